"""Where a report starts: past a wire story's dateline at the head of its first paragraph.

Each row is a sentence of the team's own (invented people and places) and the report it must give; the
look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


# a dateline (a place, perhaps a state and a date, an agency in brackets, then a dash) is no part of the report
DATELINE = [
    ("a place in capitals, its state and a date before the agency",
     "BRAMLEY, Vt., Oct. 4 (UPI) — The new ferry terminal will open next spring, Mayor Ines Vallo announced on "
     "Friday.",
     "ferry terminal", "The new ferry terminal will open next spring"),
    ("a place in capitals and a date",
     "OSTERBY, March 9 (UPI) — The harbor tunnel is safe for trucks again, Governor Tomas Reyes said.",
     "harbor tunnel", "The harbor tunnel is safe for trucks again"),
    ("a place as written, then its agency",
     "Lake Aldon (AFP) – The same anger that closed the mills could send voters to the fringe, Senator Orla "
     "Brink warned on Sunday.",
     "same anger", "The same anger that closed the mills could send voters to the fringe"),
    # look-alikes: a name and a dash before an aside, and a place in capitals with its aside closed again
    ("look-alike: a name and its title before a dash is the sentence's subject",
     "Council chair Pavel Drey - who once said he would \"sink the [whole] budget\" over the dam - said on "
     "Monday that the town should also close the old quay.",
     "sink", 'he would "sink the [whole] budget" over the dam'),
    ("look-alike: a second dash closes an aside after an acronym",
     "BRAMLEY (UPI) — the alliance of mill towns — will meet in May, the organisers said.",
     "will meet", "BRAMLEY (UPI) — the alliance of mill towns — will meet in May"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in DATELINE], ids=[r[0] for r in DATELINE])
def test_a_dateline_is_no_part_of_the_report(text, phrase, said):
    assert report_text(text, phrase) == said
