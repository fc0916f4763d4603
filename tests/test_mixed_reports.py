"""Mixed reports: reported speech whose content holds some quoted words ("called the mayor a “liar”"),
found with their speaker and cut where the quoted name ends, next to look-alikes that report nothing.

Each row gives a sentence, a phrase of the report, the report's text and its speaker (or, for a
look-alike, a phrase no quote may hold).
"""
import pytest

from found import find
from quotes import extract


def _quote_with(text, phrase):
    return find(extract(text), phrase)


# A participle of a naming verb that opens a phrase of its own after the sentence's verb ("…, at one point
# calling", "… and calling"), its object holding quoted words: the sentence's subject names the thing.
PARTICIPLE_NAMING = [
    ("after an adverbial phrase", 'Tom Hale fought the council for years, at one point calling the harbor master a '
                                  '"liar" and walking out.', "liar", 'the harbor master a "liar"', "Tom Hale"),
    ("after and", 'Ana Ruiz defended her brother, saying he had hired many sailors and calling him "a fair '
                  'boss."', "fair boss", 'him "a fair boss."', "Ana Ruiz"),
    ("after an -ly adverb", 'Mayor Ana Ruiz spoke for an hour, repeatedly describing the ferry deal as “a '
                            'bad bargain,” and then left.', "bad bargain", "the ferry deal as “a bad bargain,”",
     "Ana Ruiz"),
]

# look-alikes: a participle that calls for something, or names nothing in quoted words
PARTICIPLE_NOT_NAMING = [
    ("calling for", "Tom Hale spoke for an hour, at one point calling for calm on the docks.", "calm on"),
    ("no quoted words", "Ana Ruiz toured the pier and calling it a day, went home.", "a day"),
]


@pytest.mark.parametrize("name,text,phrase,report,speaker", PARTICIPLE_NAMING,
                         ids=[c[0] for c in PARTICIPLE_NAMING])
def test_participle_naming_reports_its_object(name, text, phrase, report, speaker):
    q = _quote_with(text, phrase)
    assert q.text.strip() == report
    assert q.speaker == speaker


@pytest.mark.parametrize("name,text,phrase", PARTICIPLE_NOT_NAMING, ids=[c[0] for c in PARTICIPLE_NOT_NAMING])
def test_participle_not_naming_reports_nothing(name, text, phrase):
    assert not [q for q in extract(text) if phrase in q.text]


# A naming verb whose object came before it ("what Hale called", "one he calls"): the quoted name after the
# verb is all that was said, cut at its closing mark when a preposition, a dash or a conjunction follows.
# Not when an object stands between verb and name, nor when the name's own noun follows the marks.
GAP_NAME_ENDS = [
    ("then a preposition", "The port grew fast in what planner Tom Hale called “the golden decade” in his "
                           "memoir.", "golden decade", "“the golden decade”"),
    ("then a dash", "It offered a plan, one Hale calls ''Bright Harbor'' - but it is not for the mayor.",
     "Bright Harbor", "''Bright Harbor''"),
]

GAP_NAME_GOES_ON = [
    ("object before the name", "Ana Ruiz called the pier deal “cruel” and the fee “worse.”", "cruel",
     "the pier deal"),
    ("noun after the marks", "Hale keeps fighting what he calls the “rigged” harbor board.", "rigged",
     "harbor board"),
]


@pytest.mark.parametrize("name,text,phrase,report", GAP_NAME_ENDS, ids=[c[0] for c in GAP_NAME_ENDS])
def test_gap_name_ends_at_its_marks(name, text, phrase, report):
    assert _quote_with(text, phrase).text.strip() == report


@pytest.mark.parametrize("name,text,phrase,words", GAP_NAME_GOES_ON, ids=[c[0] for c in GAP_NAME_GOES_ON])
def test_name_with_more_words_goes_on(name, text, phrase, words):
    assert words in _quote_with(text, phrase).text
