"""Judgments of how things seem, in sentences the team wrote.

"The ferry seemed to drift", "Ruiz appears tired", "the toll seems like a gamble", "it now seems likely that …":
the writer's reading of how things look, which the corpus counts as a report with no source, its content the
subject and the complement. Whoever holds a stance the subject seems to hold ("Bell seems to recognize the
risk") or to whom the thing seemed so ("… seemed far away to most voters", "To Ruiz, …") is its speaker.
("Bell seemed to recognize the risk" reports its object for Bell instead, as after "tried to": tests/test_seem13.py.)
"Appear" with a place or an occasion after it ("appeared on the radio") is no judgment.
"""
import pytest

from quotes import extract


def seeming(text):
    return [q for q in extract(text) if q.rule == "seeming"]


SEEMING = [
    ("a thing seems to act", "Late on Friday, the old ferry seemed to drift toward the rocks.",
     "the old ferry seemed to drift toward the rocks", None),
    ("an adjective after 'appears'", "After the long meeting, Councilman Dorn appears tired.",
     "Councilman Dorn appears tired", None),
    ("'it' with nothing it stands for", "It now seems likely that the toll will pass in March.",
     "likely that the toll will pass in March", None),
    ("a stance the subject seems to hold", "Mayor Ana Ruiz seems to recognize the risk of a second levy.",
     "Mayor Ana Ruiz seems to recognize the risk of a second levy", "Ana Ruiz"),
    ("to whom it seemed so", "For a while the harbor strike had seemed remote to most island voters.",
     "the harbor strike had seemed remote", "most island voters"),
]


@pytest.mark.parametrize("name,text,said,speaker", SEEMING, ids=[c[0] for c in SEEMING])
def test_a_judgment_of_seeming_is_reported(name, text, said, speaker):
    found = seeming(text)
    assert [q.text for q in found] == [said], [(q.text, q.rule) for q in extract(text)]
    assert found[0].speaker == speaker
    assert found[0].confidence <= 0.5


NOT_SEEMING = [
    ("'appeared' and a place", "Harbor master Tom Vell appeared on the radio on Monday."),
    ("a concession with 'as it may seem'", "Odd as it may seem, the pier reopened on Sunday."),
    ("a hedge inside a noun phrase", "The crew found what appeared to be a leak in the hull."),
]


@pytest.mark.parametrize("name,text", NOT_SEEMING, ids=[c[0] for c in NOT_SEEMING])
def test_no_judgment_of_seeming(name, text):
    assert seeming(text) == []


UNDERSTANDING = [
    ("a that-clause", "The pilots understood that the storm would close the harbor.",
     "that the storm would close the harbor"),
    ("a question after a negation", "Mayor Ruiz does not understand why the ferry keeps breaking down.",
     "why the ferry keeps breaking down"),
]


@pytest.mark.parametrize("name,text,said", UNDERSTANDING, ids=[c[0] for c in UNDERSTANDING])
def test_what_someone_understands_is_reported(name, text, said):
    assert said in [q.text for q in extract(text)], [(q.text, q.rule) for q in extract(text)]


WISHES = [
    ("'would like to' after a singular subject", "The council would like to make the election a vote on the pier.",
     "to make the election a vote on the pier", "the council"),
    ("'would love to'", "All five candidates would love to shrink the harbor board.",
     "to shrink the harbor board", None),
]


@pytest.mark.parametrize("name,text,said,mention", WISHES, ids=[c[0] for c in WISHES])
def test_a_wish_with_would_is_reported(name, text, said, mention):
    found = [q for q in extract(text) if q.text == said]
    assert found, [(q.text, q.rule) for q in extract(text)]
    assert mention is None or found[0].mention.lower() == mention
