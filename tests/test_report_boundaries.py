"""Where a reported clause starts and ends, in sentences the team wrote.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from quotes import extract


def find(quotes, phrase):
    """The quote whose text contains ``phrase``."""
    hits = [q for q in quotes if phrase in q.text]
    assert hits, f"no quote contains {phrase!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]


REPORT_STARTS = [
    ("'that' after the verb", "Mayor Ana Ruiz said that the ferry would run all winter.", "ferry would run",
     "that the ferry would run all winter"),
    ("'that' after a day", "Councillor Ben Adler said on Monday that the pier was unsafe.", "pier was unsafe",
     "that the pier was unsafe"),
    ("'that' after the audience", "The harbour master told reporters that the dredger had broken down.",
     "dredger had broken", "that the dredger had broken down"),
    ("'that' before quoted words", "Mayor Ana Ruiz said that the levy was “a fair price for a safe harbour.”",
     "fair price", "that the levy was “a fair price for a safe harbour.”"),
    ("no 'that', nothing added", "Mayor Ana Ruiz said the ferry would run all winter.", "ferry would run",
     "the ferry would run all winter"),
]


@pytest.mark.parametrize("name,text,phrase,said", REPORT_STARTS, ids=[c[0] for c in REPORT_STARTS])
def test_where_a_report_starts(name, text, phrase, said):
    q = find(extract(text), phrase)
    assert q.text == said, (q.text, q.rule)
