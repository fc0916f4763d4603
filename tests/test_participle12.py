"""Participles after a comma, and descriptions with a place, in sentences the team wrote.

"the Ohio senator": a place before the head noun says where the person serves, so a senator of another state named
earlier in the story is not the one meant; the person just named still is, when the head fits them.
"""
import pytest

from quotes import extract


def found(text):
    return [(q.text, q.speaker) for q in extract(text)]


PLACE_IN_A_DESCRIPTION = [
    ("another state's senator named first",
     "Sen. Rita Vance spoke in the morning. Later, Mayor Tom Okoye opened the new ferry pier.\n\n"
     "The Ohio senator said the harbour toll would be cut.",
     ("the harbour toll would be cut", "Rita Vance", False)),
    ("the senator just named",
     "Sen. Rita Vance toured the ferry pier on Monday.\n\nThe Ohio senator said the harbour toll would be cut.",
     ("the harbour toll would be cut", "Rita Vance", True)),
    ("the place in the role",
     "Ohio Sen. Rita Vance spoke first. Mayor Tom Okoye opened the new ferry pier.\n\n"
     "The Ohio senator said the harbour toll would be cut.",
     ("the harbour toll would be cut", "Rita Vance", True)),
]


@pytest.mark.parametrize("name,text,report", PLACE_IN_A_DESCRIPTION, ids=[c[0] for c in PLACE_IN_A_DESCRIPTION])
def test_a_place_in_a_description_picks_who_serves_there(name, text, report):
    said, speaker, meant = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert (hits[0] == speaker) is meant, hits
