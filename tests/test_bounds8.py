"""Where a report ends before a phrase the writer adds about it, in sentences the team wrote.

A noun phrase set off by the report's last comma is the writer's note on what was said, not more of it: besides
"…, the first tax the island has voted in a decade", a bare plural or "one" that a relative clause describes
("…, claims the board could not confirm" with "that", "…, one that will shape the vote"). The comma inside a
figure ("10,000") sets nothing off, so the appositive's own comma is the one read.
"""
import pytest

from quotes import extract


def texts(text):
    return [q.text for q in extract(text)]


ENDS_BEFORE_THE_WRITERS_PHRASE = [
    ("a plural noun and 'that' after a that-clause",
     "Ana Ruiz insisted that the ferry had never missed a sailing, claims that the harbor board could not confirm.",
     "that the ferry had never missed a sailing"),
    ("a plural noun and 'which' after a clause",
     "Tom Bell said the pier would reopen in May, remarks which were printed in every paper in Ashford.",
     "the pier would reopen in May"),
    ("'one that' after a clause",
     "The mayor said there is a long debate ahead about the toll, one that will shape the vote next spring.",
     "there is a long debate ahead about the toll"),
    ("a figure inside the appositive",
     "Harbor officials say the work should be done by local crews, a 2,000-strong force the town has struggled to hire.",
     "the work should be done by local crews"),
]


@pytest.mark.parametrize("name,text,said", ENDS_BEFORE_THE_WRITERS_PHRASE,
                         ids=[c[0] for c in ENDS_BEFORE_THE_WRITERS_PHRASE])
def test_the_report_ends_before_the_writers_phrase(name, text, said):
    found = texts(text)
    assert said in found, found


GOES_ON = [
    ("a list's next plural item",
     "Ruiz praised the ferry crews, the dock hands and the pilots at the rally.",
     "the ferry crews, the dock hands and the pilots"),
    ("a plural noun with no relative pronoun after it",
     "Bell said the town needs new boats, ferries big enough for the winter crossings.",
     "the town needs new boats, ferries big enough for the winter crossings"),
]


@pytest.mark.parametrize("name,text,said", GOES_ON, ids=[c[0] for c in GOES_ON])
def test_the_report_goes_on(name, text, said):
    found = texts(text)
    assert said in found, found
