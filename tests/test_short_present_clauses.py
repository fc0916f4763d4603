"""A short clause in the present tense before "…, X said" is what X said.

"The levy harms the poor, Vale said." has five words and a verb ("harms") that no list of finite forms holds, so
it used to read as an opening phrase and the sentence reported nothing. A personal pronoun and the word after it,
or a noun phrase, a verb in -s and its object's determiner, make it a clause. Not "it", which puts off its real
subject: "It helps a great deal, she said, that …" reports the that-clause.
"""
import pytest

import quotes

LEAD = "The council met on Monday. "

CASES = [
    # (sentence, the report, its speaker)
    ("The levy harms the poor, Vale said.", "The levy harms the poor", "Vale"),
    ("The new toll costs too much, said Ana Ruiz.", "The new toll costs too much", "Ana Ruiz"),
    ("She still owes us, the harbour master said.", "She still owes us", "the harbour master"),
    ("They never listen, said Tom Vale.", "They never listen", "Tom Vale"),
]


@pytest.mark.parametrize("sentence, report, speaker", CASES)
def test_a_short_present_clause_before_the_cue_is_the_report(sentence, report, speaker):
    found = quotes.extract(LEAD + sentence)
    assert [(q.kind, q.text, q.speaker) for q in found] == [("indirect", report, speaker)]


def test_an_opening_phrase_is_still_no_report():
    found = quotes.extract(LEAD + "As for the levy, Vale said it was unfair.")
    assert [(q.text, q.speaker) for q in found] == [("it was unfair", "Vale")]


def test_it_with_a_that_clause_after_the_cue_reports_the_that_clause():
    found = quotes.extract(LEAD + "It helps a great deal, Ana Ruiz said later, that the ferry stops here.")
    assert [(q.text, q.speaker) for q in found] == [("that the ferry stops here", "Ana Ruiz")]
