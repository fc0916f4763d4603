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


# ---------------------------------------------------------------- forecasts with no source
# Forecasts the article reports without saying whose they are, in sentences the team wrote.
#
# "The ferry board is expected to vote on Monday": the corpus counts "is expected to" as a report with no source,
# its content the subject with the infinitive clause. The subject is the last noun phrase before the verb (after an
# opening phrase, a subordinating word or ", and"), with its appositive or relative clause when commas set one off;
# a relative or personal pronoun right before the verb is the subject itself. The clause ends at a comma, a dash or
# a semicolon. A forecast about a thing ("sales are expected to rise") is left alone, and so are the subject's own
# words ("is expected to announce", "to endorse"), a forecast inside what someone else reports, and a headline's deck.


def reports(text):
    return [(q.text, q.kind, q.speaker) for q in extract(text)]


FORECASTS = [
    ("a named subject",
     "Mara Quill is expected to win the harbor seat in May.",
     "Mara Quill is expected to win the harbor seat in May"),
    ("a noun for people",
     "Dock workers are widely expected to reject the new contract.",
     "Dock workers are widely expected to reject the new contract"),
    ("a subject with its relative clause between commas",
     "The Ashford council, which has delayed the toll vote twice, is expected to settle it in June.",
     "The Ashford council, which has delayed the toll vote twice, is expected to settle it in June"),
    ("after an opening phrase and its comma",
     "After a long winter of storms, the Ashford crews are expected to repair the pier by March.",
     "the Ashford crews are expected to repair the pier by March"),
    ("after a comma and 'and'",
     "The pier closed in April, and Quill was expected to reopen it within weeks.",
     "Quill was expected to reopen it within weeks"),
    ("a subordinating word before the subject",
     "While Quill is not expected to attend the hearing, her deputy will.",
     "Quill is not expected to attend the hearing"),
    ("a personal pronoun",
     "Her rivals trail badly, and she is expected to coast to victory.",
     "she is expected to coast to victory"),
    ("a relative pronoun",
     "The ferry vote, which the Ashford board is expected to hold next week, has split the town.",
     "which the Ashford board is expected to hold next week"),
    ("a modal before 'be expected'",
     "Any mayor facing that harbor could be expected to defend the budget.",
     "Any mayor facing that harbor could be expected to defend the budget"),
    ("the forecast's own relative clause, not its subordinating word",
     "The Tollen pilots, who have struck twice since March, are expected to walk out again.",
     "The Tollen pilots, who have struck twice since March, are expected to walk out again"),
    ("the clause ends at a comma",
     "Quill is expected to sign the ferry bill, possibly ending a long fight over fares.",
     "Quill is expected to sign the ferry bill"),
    ("'including' goes on",
     "Pilots are expected to unveil new routes beyond the bay, including one to Tollen.",
     "Pilots are expected to unveil new routes beyond the bay, including one to Tollen"),
    ("a thing, as someone", "Ticket sales are expected to climb a little this year.",
     "Ticket sales are expected to climb a little this year"),
]


@pytest.mark.parametrize("name,text,said", FORECASTS, ids=[c[0] for c in FORECASTS])
def test_a_forecast_is_a_report_with_no_source(name, text, said):
    found = reports(text)
    assert (said, "indirect", None) in found, found


NO_FORECAST = [
    ("the subject's own announcement",
     "The Ashford board is expected to announce on Friday that fares will stay the same.",
     "is expected to announce"),
    ("the subject's own endorsement",
     "The Tollen Herald is expected to endorse Mara Quill for mayor.",
     "expected to endorse"),
    ("a second verb phrase of one subject",
     "Quill has led every poll and is expected to win the seat.",
     "expected to win"),
    ("a comparison's measure",
     "The grant was smaller than the harbor board might be expected to spend in a week.",
     "expected to spend"),
    ("a headline's deck",
     "Mayor wins ferry vote;\nQuill is expected to run the line herself.\n\nThe board met on Monday.",
     "expected to run"),
]


@pytest.mark.parametrize("name,text,words", NO_FORECAST, ids=[c[0] for c in NO_FORECAST])
def test_no_forecast_report(name, text, words):
    found = reports(text)
    assert not any(words in said for said, _, _ in found), found


def test_a_forecast_inside_a_report_stays_part_of_it():
    found = reports("Harbor officials said the ferry vote is expected to be close.")
    assert found == [("the ferry vote is expected to be close", "indirect", "Harbor officials")], found
