"""Where a report stops before the writer's next clause, in sentences the team wrote.

A report must not swallow a second clause that has its own subject and its own verb of stance, joined to it by
"and" or "but": "… opposed the levy, and Governor Bell wants the port closed" holds two reports, the mayor's and
the governor's. A comma before the conjunction marks the new clause after any verb; with no comma it holds only
after the object of a verb that takes no clause ("criticized the schedule and Hale wants …"). Two subjects of one
verb ("he and the other pilots are planning …") and a poll's list of results stay whole.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.to_dict()["speaker"]) for q in extract(text)]


def texts(text):
    return [q.text for q in extract(text)]


SECOND_CLAUSE_OF_ITS_OWN = [
    ("', and' and a named subject",
     "The harbor board rejected the toll plan, and Governor Tim Bell wants the old port to close.",
     [("the toll plan", "the harbor board"), ("the old port to close", "Tim Bell")]),
    ("'and' after a noun object, no comma",
     "Mayor Ana Ruiz criticized the ferry schedule and Tom Hale wants a second pier.",
     [("the ferry schedule", "Ana Ruiz"), ("a second pier", "Tom Hale")]),
    ("', but' and a described subject with an auxiliary",
     "Ana Ruiz opposed the dockers' strike, but her deputy does see the strike as a warning.",
     [("the dockers' strike", "Ana Ruiz"), ("the strike as a warning", "her deputy")]),
    ("', and' and a pronoun after a clause verb",
     "Mayor Ana Ruiz said the levy could pay for the dredging by autumn, and she wants the council to vote on it soon.",
     [("the levy could pay for the dredging by autumn", "Ana Ruiz"), ("the council to vote on it soon", "Ana Ruiz")]),
]


@pytest.mark.parametrize("name,text,said", SECOND_CLAUSE_OF_ITS_OWN, ids=[c[0] for c in SECOND_CLAUSE_OF_ITS_OWN])
def test_the_report_stops_before_a_clause_of_its_own(name, text, said):
    found = reports(text)
    for one in said:
        assert one in found, found


STAYS_WHOLE = [
    ("two subjects of one verb after a pronoun",
     "Captain Lena Ortiz said she and the other pilots are planning to skip the harbor gala this year.",
     "she and the other pilots are planning to skip the harbor gala"),
    ("a poll's next result",
     "The survey found that 45 percent of the dockers backed Ana Ruiz and 40 percent favored Tom Hale.",
     "that 45 percent of the dockers backed Ana Ruiz and 40 percent favored Tom Hale"),
    ("a deciding verb after the comma",
     "Ana Ruiz has said that she entered the race because the old board failed, and she decided to run.",
     "that she entered the race because the old board failed, and she decided to run"),
]


@pytest.mark.parametrize("name,text,said", STAYS_WHOLE, ids=[c[0] for c in STAYS_WHOLE])
def test_the_report_stays_whole(name, text, said):
    found = texts(text)
    assert said in found, found


def test_a_deciding_verb_starts_no_report():
    found = texts("Ana Ruiz has said that she entered the race because the old board failed, and she decided to run.")
    assert "to run" not in found, found
