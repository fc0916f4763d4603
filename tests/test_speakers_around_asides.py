"""Who speaks when a few words stand between a quote and its speaker: "an angry Ruiz" after the quote is
Ruiz; whoever issues a statement is the speaker of the quote it introduces, with a comma before the quote
as with "saying".
"""
import pytest

import quotes

CASES = [
    ("Ana Ruiz faced the council on Monday. “That is a lie,” an angry Ruiz retaliated.",
     "That is a lie,", "Ana Ruiz"),
    ("After the storm, Mayor Ana Ruiz issued a statement, “We will rebuild every pier.”",
     "We will rebuild every pier.", "Ana Ruiz"),
]


@pytest.mark.parametrize("article, words, speaker", CASES)
def test_the_speaker_across_what_stands_between(article, words, speaker):
    found = {q.text: q.speaker for q in quotes.extract(article, date="2024-05-06")}
    assert found.get(words, "not found") == speaker, found
