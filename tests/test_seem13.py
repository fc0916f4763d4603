"""A verb of stance after "seemed to", "appeared to" or "appears to", in sentences the team wrote.

"Ruiz seemed to mock the board", "the senator appeared to endorse Vale": as after "tried to", the stance is
the subject's own, and what it is taken on (the verb's object) is the subject's report. The corpus marks the
object, not the writer's whole clause of seeming. "Seems to" stays a judgment of the writer's ("Bell seems to
recognize the risk"): it is as often a guess at what someone holds as a stance they took.
"""
import pytest

from quotes import extract


def report_of(text, said):
    """The quote whose text is ``said``."""
    quotes = extract(text)
    hits = [q for q in quotes if q.text == said]
    assert hits, f"no quote reads {said!r}; found {[(q.text, q.mention, q.rule) for q in quotes]}"
    return hits[0]


STANCE_AFTER_SEEMING = [
    ("'seemed to' and a verb of stance", "Mayor Ana Ruiz seemed to recognize the risk of a second levy.",
     "the risk of a second levy", "Ana Ruiz"),
    ("'seemed to' and mockery", "At the hearing, Councilman Dorn seemed to mock the harbor board.",
     "the harbor board", "Dorn"),
    ("'appeared to' and a rejection", "Governor Lena Marsh appeared to reject the ferry plan outright.",
     "the ferry plan outright", "Lena Marsh"),
]


@pytest.mark.parametrize("name,text,said,speaker", STANCE_AFTER_SEEMING, ids=[c[0] for c in STANCE_AFTER_SEEMING])
def test_a_stance_after_seeming_reports_its_object(name, text, said, speaker):
    found = report_of(text, said)
    assert found.kind == "indirect"
    assert found.speaker == speaker
    assert not [q for q in extract(text) if q.rule == "seeming"]


def test_seems_to_stays_a_judgment():
    found = [q for q in extract("Mayor Ana Ruiz seems to recognize the risk of a second levy.") if q.rule == "seeming"]
    assert [q.text for q in found] == ["Mayor Ana Ruiz seems to recognize the risk of a second levy"]
    assert found[0].confidence <= 0.5
