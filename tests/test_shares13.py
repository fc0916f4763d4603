"""A share of those polled with a verb of choice, in sentences the team wrote.

"Choose", "pick", "approve of" (and "would back") report a stance only when a share of people is their subject:
"40 percent would choose Ruiz". Each share after a comma and a conjunction makes its own choice; with any other
subject the verb is a plain act and reports nothing.
"""
import pytest

from quotes import extract


SHARE_CHOICES = [
    ("a share with 'would choose'", "Forty percent would choose Ruiz to lead the council.",
     [("Ruiz to lead the council", "Forty percent")]),
    ("two shares, each its own choice", "Forty percent would choose Ruiz, and 44 percent would back Vale.",
     [("Ruiz", "Forty percent"), ("Vale", "44 percent")]),
    ("a share with 'approve of'", "Fewer than a third of residents approve of the new toll.",
     [("the new toll", "Fewer than a third of residents")]),
    ("a person choosing is no report", "Vale chose a red car last week.", []),
    ("a board approving is no report", "The board approved of the match.", []),
]


@pytest.mark.parametrize("label,text,expected", SHARE_CHOICES, ids=[r[0] for r in SHARE_CHOICES])
def test_share_choice(label, text, expected):
    assert [(q.text, q.mention) for q in extract(text)] == expected
