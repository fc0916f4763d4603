"""Quoted words that open inside a sentence and close a sentence or more later, before the cue.

'Her first budget "was a mess. It left the schools short," Ana Ruiz wrote.': the cue after the marks gives its
speaker to the whole quoted passage, not only to the last sentence inside the marks; the subject of the
sentence the marks open in ("Her first budget") said none of it.
"""
import pytest

import quotes

SPANNING_CASES = [
    # (text, words the partial quote holds, its speaker)
    ('The council vote “came too early. Nobody had read the plan yet,” said Tom Vale, a harbor pilot.',
     'came too early.', "Tom Vale"),
    ('Her first budget “was a mess. It left the schools short,” Ana Ruiz wrote in a letter.',
     'was a mess.', "Ana Ruiz"),
    ('The ferry plan “is dead. Nobody will pay for it,” the mayor said.', 'is dead.', "the mayor"),
    ('Councilwoman Lena Ortiz spoke first. The old depot “was a ruin. We rebuilt it from the ground up,” '
     'said Mark Dale, who chairs the trust.', 'was a ruin.', "Mark Dale"),
]


@pytest.mark.parametrize("text, words, speaker", SPANNING_CASES)
def test_the_cue_after_the_marks_names_the_whole_passage(text, words, speaker):
    found = quotes.extract(text, date="2024-05-06")
    holding = [q for q in found if words in q.text]
    assert holding and all(q.speaker == speaker for q in holding)


def test_a_quote_within_one_sentence_keeps_its_reading():
    found = quotes.extract('The board “acted in good faith,” said Tom Vale.', date="2024-05-06")
    assert [q.speaker for q in found] == ["Tom Vale"]
