"""Cue verbs whose words after them are no speech, next to look-alikes of the same shape that report.

A verb of knowing followed by "about", "of" or "because" says someone is aware of a thing, not what
they hold true; "challenging" with a named person and only where or for what names a rival in a race.
Each rule has rows it must drop and rows (same verb, a clause or a put question after it) it must keep.
"""
import pytest

from quotes import extract


def reports(text):
    """The text of every reported (indirect or partial) quote found in ``text``."""
    return [q.text for q in extract(text) if q.kind in ("indirect", "partial")]


NOT_REPORTS = [
    ("did not know about", "I did not know about the Halvorsen audit when the board met in Dunmore."),
    ("know of, dash", "The best ferry plan I know of -- the one the pilots like -- comes from Nell Brandt."),
    ("know because", "Many tenants will turn out for Brandt in Dunmore. We know because they already did so in May."),
    ("who is challenging, in", "Tessa Vole, who is challenging Sen. Orrin Haldane in Montera, spoke first."),
    ("is challenging, for", "Mayor Pia Lund, who is challenging Kessler for his council seat, toured the docks."),
    ("is challenging, long title", "The ferry captain Bo Maren, who is challenging Harbor Board Chair Rep. Ida Fenwick "
                                   "in the August primary, sailed to Dunmore."),
]

REPORTS = [
    ("knows a clause", "Nell Brandt knows the ferry will not run in winter."),
    ("know that", "We know that the pilots voted against the plan in Dunmore."),
    ("know from records that", "We know from the harbor records that the pier was sold twice."),
    ("is challenging, on a record", "Vole is challenging Haldane on his record of missed votes."),
    ("challenged to a debate", "Tessa Vole challenged Haldane to a debate on the ferry budget."),
]


@pytest.mark.parametrize("text", [row[1] for row in NOT_REPORTS], ids=[row[0] for row in NOT_REPORTS])
def test_no_report(text):
    assert reports(text) == []


@pytest.mark.parametrize("text", [row[1] for row in REPORTS], ids=[row[0] for row in REPORTS])
def test_still_a_report(text):
    assert reports(text) != []
