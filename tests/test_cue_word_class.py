"""The word class of a cue word, read from its neighbours, and the number of the subject before it.

A plural bare noun or a capitalised plural at a sentence's start ("Sailors call …", "Police say …") is the
subject of a plural verb; an indefinite pronoun ("Someone called …") is a subject too. Each row that must
report has a look-alike of the same shape that must not.
"""
import pytest

from quotes import extract


def reported(text):
    """(text, speaker mention) of every reported (indirect or partial) quote found in ``text``."""
    return [(q.text, q.mention) for q in extract(text) if q.kind in ("indirect", "partial")]


# (id, sentence, words the report must hold, the subject as written)
REPORTS = [
    ("plural bare noun calls a thing", "Sailors call this stretch the “graveyard” of the Vell coast.",
     "“graveyard”", "Sailors"),
    ("plural after an opening phrase", "In Dunmore, pilots call the old pier a “death trap.”",
     "“death trap.”", "pilots"),
    ("capitalised plural of a person noun", "Voters call the levy a “tax on tides.”", "“tax on tides.”", "Voters"),
    ("authorities, a plural in the lexicon", "Authorities want the ferry kept in port at Marrow Bay.",
     "the ferry kept in port", "Authorities"),
    ("a plural in -ians", "Valdorians want the border at Hobb Point reopened.", "the border at Hobb Point",
     "Valdorians"),
    ("a plural in -ists", "Alpinists want the old hut on Mount Vell rebuilt.", "the old hut", "Alpinists"),
    ("someone calls a thing", "Someone called the harbor plan a “disgrace” at the hearing.", "“disgrace”",
     "Someone"),
    ("everyone says", "Everyone says the Dunmore ferry will be late again.", "the Dunmore ferry will be late",
     "Everyone"),
    ("nobody calls", "Nobody calls the new bridge a “success” in Marrow Bay.", "“success”", "Nobody"),
]

# (id, sentence): the same words, and no report
NOT_REPORTS = [
    ("call for, no quoted name", "Sailors call for a new lighthouse at Hobb Point."),
    ("call a body, no quoted name", "Residents call the harbor board every week about the noise."),
    ("a noun call after a noun", "During their phone call Tuesday, the two mayors “agreed to meet again.”"),
    ("a nickname, a proper name in marks", "Pilots call the old skipper “the Anchor” in Marrow Bay."),
    ("what they call: the clause's own object", "Vell contrasted her plan with what they call the “old way.”"),
]

SINGULAR = [
    ("a surname in -ers still takes says", "Tom Sanders says the Dunmore ferry will be late again.",
     "the Dunmore ferry will be late", "Tom Sanders"),
    ("a surname in -ers still takes wants", "Tom Sanders wants the old hut on Mount Vell rebuilt.",
     "the old hut", "Tom Sanders"),
]


@pytest.mark.parametrize("text, words, mention", [r[1:] for r in REPORTS], ids=[r[0] for r in REPORTS])
def test_subject_reports(text, words, mention):
    found = reported(text)
    assert any(words in t and m == mention for t, m in found), found


@pytest.mark.parametrize("text", [r[1] for r in NOT_REPORTS], ids=[r[0] for r in NOT_REPORTS])
def test_no_report(text):
    found = reported(text)
    assert found == [], found


@pytest.mark.parametrize("text, words, mention", [r[1:] for r in SINGULAR], ids=[r[0] for r in SINGULAR])
def test_singular_subject_kept(text, words, mention):
    found = reported(text)
    assert any(words in t and m == mention for t, m in found), found
