"""Two reports joined by "and", and a "called" that reports nothing, in sentences the team wrote.

Each table row: a name, the text, the cue verb, and the text of every report that cue verb makes (none at all
for a telephone call).
"""
import pytest

from quotes import extract


def reports_of(text, cue):
    """The text of each report in ``text`` whose cue is ``cue`` (auxiliaries and all: "has criticized")."""
    return [q.text for q in extract(text) if q.cue == cue]


def speakers_of(text, cue):
    return [q.speaker for q in extract(text) if q.cue == cue]


TELEPHONE_CALLS = [
    ("telephoned, then when", "Mayor Ana Ruiz, who called Ben Adler shortly after the count, conceded the race.",
     "called", []),
    ("telephoned both, then the night", "Governor Lena Marsh called both candidates Tuesday night.", "called", []),
    ("telephoned someone, then their name",
     "Governor Lena Marsh called a harbour organiser, Ben Adler, and urged him to run.", "called", []),
    # look-alikes: a name or a description after the one called, or a particle, is a report
    ("named, then when", "Mayor Ana Ruiz called Ben Adler a liar on Monday.", "called", ["Ben Adler a liar"]),
    ("named in marks, then when", "Mayor Ana Ruiz called him “reckless” on Monday.", "called",
     ["him “reckless”"]),
    ("'called for', then when", "Governor Lena Marsh called for a new vote on Tuesday night.", "called",
     ["a new vote"]),
]


@pytest.mark.parametrize("name,text,cue,said", TELEPHONE_CALLS, ids=[c[0] for c in TELEPHONE_CALLS])
def test_a_telephone_call_reports_nothing(name, text, cue, said):
    assert reports_of(text, cue) == said
