"""A document is the source of what it says: "according to court records" is the records' word, not a
court's; "according to figures released by the ministry" the figures'. Its speaker is the document as
written (an organisation's kind of source), without the time it appeared; a document that names a body
by its name ("a report by the Vela Institute") keeps the reading of names.
"""
import pytest

import quotes

REPORT = "Ticket sales at the Lindmoor ferry fell by a third"

CASES = [
    ("according to court records", "court records"),
    ("according to police records", "police records"),
    ("according to figures released by the ministry on Monday", "figures released by the ministry"),
    ("according to data from the statistics office", "data from the statistics office"),
    ("according to a filing with port regulators in March", "a filing with port regulators"),
    ("according to surveys at the time", "surveys"),
    # people, and documents that name their body, are read as before
    ("according to court officials", "court officials"),
    ("according to a report by the Vela Institute", "a report by the Vela Institute"),
]


@pytest.mark.parametrize("source, speaker", CASES)
def test_a_document_speaks_for_itself(source, speaker):
    found = quotes.extract(f"{REPORT}, {source}.", date="2024-05-06")
    assert [(q.text, q.speaker) for q in found] == [(REPORT, speaker)]


def test_a_document_is_no_person():
    [quote] = quotes.extract(f"{REPORT}, according to court records.", date="2024-05-06")
    assert quote.speaker_type == "organization"
