""""X told Y that …": whom X told is no part of what was said, and the clause after "that" is, whatever it
opens with ("told reporters that Tom Hale had resigned": Tom Hale is the clause's subject, not an audience).

Each row is a sentence of the team's own and the report it must give.
"""
import pytest

from quotes import extract

TOLD = [
    ("a name opens the clause after an audience and 'that'",
     "The mayor told reporters that Tom Hale had resigned from the board.", "that Tom Hale had resigned from the board"),
    ("a day between the audience and 'that'",
     "The mayor told reporters on Monday that Tom Hale had resigned.", "that Tom Hale had resigned"),
    ("a body opens the clause", "Ms. Ruiz told supporters that the Harbor Council had lied.",
     "that the Harbor Council had lied"),
    # look-alikes: a named audience, with and without "that"
    ("a named audience, then 'that'", "The mayor told CNN that the board had resigned.", "that the board had resigned"),
    ("a named audience, no 'that'", "The mayor told Tom Hale the board had resigned.", "the board had resigned"),
]


@pytest.mark.parametrize("why,text,report", TOLD, ids=[r[0] for r in TOLD])
def test_whom_someone_told_is_not_what_they_said(why, text, report):
    assert report in [q.text for q in extract(text)]
