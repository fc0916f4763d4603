"""Interrupting someone cuts them off; it reports nothing. "“Not now,” Vale interrupted." still quotes Vale."""
import quotes

LEAD = "The council met on Monday. "


def test_interrupting_a_person_is_no_report():
    assert quotes.extract(LEAD + "Tom Vale kept interrupting the mayor.") == []
    assert quotes.extract(LEAD + "Tom Vale interrupted the mayor twice.") == []


def test_interrupted_still_attributes_a_quote():
    [q] = quotes.extract(LEAD + "“Not now,” Tom Vale interrupted.")
    assert (q.kind, q.text, q.speaker) == ("direct", "Not now,", "Tom Vale")
