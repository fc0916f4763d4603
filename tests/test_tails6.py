"""Where the object of a verb that takes no clause ends, in sentences the team wrote: a noun phrase set off
after it, even one with commas of its own, is the writer's note, not what was said.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The whole text of the report in ``text`` that holds ``phrase``."""
    return find(extract(text), phrase).text


OBJECT_ENDS = [
    ("an appositive with commas of its own", "Senator Ana Ruiz is endorsing the harbour levy campaign, the latest "
     "turn in a feud that has run from praise to insults to, now, a truce.", "levy campaign",
     "the harbour levy campaign"),
    ("an appositive then a phrase of its own", "The council endorsed the summer ferry timetable, the busiest one in "
     "years, from May to the end of October.", "ferry timetable", "the summer ferry timetable"),
    # a list's next item after the phrase: the phrase is an item too, and the list is what was spoken of
    ("a list of noun phrases", "Mayor Ben Adler spoke of the flooded roads, the closed schools and the idle ferry.",
     "flooded roads", "the flooded roads, the closed schools and the idle ferry"),
    ("a list of three, commas throughout", "Mayor Ben Adler spoke of the flooded roads in the valley, the closed "
     "schools on the island, the idle ferry.", "flooded roads",
     "the flooded roads in the valley, the closed schools on the island, the idle ferry"),
]


@pytest.mark.parametrize("name,text,phrase,said", OBJECT_ENDS, ids=[c[0] for c in OBJECT_ENDS])
def test_where_an_object_ends(name, text, phrase, said):
    assert report_text(text, phrase) == said
