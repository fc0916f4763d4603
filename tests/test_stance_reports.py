"""Stances the engine reports: who backs, supports or opposes whom, in sentences the team wrote.

The holder of a position is the source, the verb of stance the cue, and what it is taken on the report.
Each table pairs the reports a reader would list with look-alikes that take no side, so a rule that
finds more also shows what it leaves alone.
"""
import pytest

from quotes import extract


def reported(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(text)
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]


def not_reported(text, words):
    """No quote holds ``words``."""
    quotes = extract(text)
    assert not [q for q in quotes if words in q.text], [(q.text, q.rule) for q in quotes]


BACKS = [
    ("a name backed a name", "Harbour Commissioner Lena Marsh backed Tom Okoye in the spring.", "Tom Okoye",
     "Lena Marsh"),
    ("a name backs a plan", "Rita Vance, a councillor, backs the new ferry levy.",
     "the new ferry levy", "Rita Vance"),
    ("with an auxiliary", "Mayor Ana Ruiz has backed a second pier for the eastern bay.",
     "a second pier for the eastern bay", "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,speaker", BACKS, ids=[c[0] for c in BACKS])
def test_backing_someone_or_something_is_a_stance(name, text, said, speaker):
    q = reported(text, said)
    assert q.speaker == speaker, (q.speaker, q.rule)


NOT_BACKS = [
    ("backed away", "Mayor Ana Ruiz backed away from the ferry levy after the vote.", "from the ferry levy"),
    ("backed down", "The harbour board backed down, and the pier stayed open all summer.", "the pier stayed open"),
    ("a participle with its agent", "Dockers marched behind a slate of candidates backed by the harbour union.",
     "the harbour union"),
]


@pytest.mark.parametrize("name,text,words", NOT_BACKS, ids=[c[0] for c in NOT_BACKS])
def test_backing_off_or_being_backed_is_no_stance(name, text, words):
    not_reported(text, words)


CENSURE_NOUNS = [
    ("a possessive pronoun", "Mayor Ana Ruiz spoke for an hour in the square. Her attacks on the harbour board "
     "won loud cheers.", "the harbour board", "Ana Ruiz"),
    ("a name's possessive", "Tom Okoye’s criticism of the ferry levy, delivered at a rally, drew boos.",
     "the ferry levy", "Tom Okoye"),
    ("the sentence's verb ends the object", "Rita Vance’s attacks on the council have cost her a ward.",
     "the council", "Rita Vance"),
    ("an adjective between", "Councillor Lena Marsh has toned down her sharp criticisms of the port authority.",
     "the port authority", "Lena Marsh"),
]


@pytest.mark.parametrize("name,text,said,speaker", CENSURE_NOUNS, ids=[c[0] for c in CENSURE_NOUNS])
def test_a_noun_of_censure_after_a_possessive_reports_its_object(name, text, said, speaker):
    q = reported(text, said)
    assert q.speaker == speaker, (q.speaker, q.rule)


NOT_CENSURE_NOUNS = [
    ("'their' names no one", "The rebels pressed their attacks on the garrison through the night.", "the garrison"),
    ("'its' names no one", "The militia kept up its attacks on the eastern villages.", "the eastern villages"),
    ("one attack, no possessive", "Gunmen launched an attack on the river barracks at dawn.", "the river barracks"),
    ("criticism with no holder", "The plan drew criticism of its cost from every ward.", "its cost"),
]


@pytest.mark.parametrize("name,text,words", NOT_CENSURE_NOUNS, ids=[c[0] for c in NOT_CENSURE_NOUNS])
def test_a_noun_of_censure_with_no_possessor_reports_nothing(name, text, words):
    not_reported(text, words)
