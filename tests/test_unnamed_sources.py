"""Sources who go unnamed: "…, said a councilwoman who asked not to be named."

The relative clause describes the inverted subject; its finite verb makes no clause of the cue's own, so the words
before the cue are what was said. And a wish to go unnamed ("asked not to be named", "requested anonymity") is no
report of its own: the source speaks through the sentence's verb of speech.
"""
import pytest

import quotes

UNNAMED_CASES = [
    # (text, what was said, the speaker as written)
    ("The levy will pass, said a councilwoman who asked not to be named.", "The levy will pass", "a councilwoman"),
    ("The channel is unsafe, said one pilot who was on the water that night.", "The channel is unsafe", "one pilot"),
    ("The talks have stalled, said an official who spoke on condition of anonymity.", "The talks have stalled",
     "an official"),
    ("The levy will pass, a councilwoman who asked not to be named said.", "The levy will pass", "a councilwoman"),
    ("A pilot who asked not to be identified said the channel was unsafe.", "the channel was unsafe", "A pilot"),
]


@pytest.mark.parametrize("text, said, mention", UNNAMED_CASES)
def test_an_unnamed_source_speaks_the_words_before_or_after_the_cue(text, said, mention):
    found = quotes.extract(text, date="2024-05-06")
    assert [(q.text, q.mention) for q in found] == [(said, mention)]


def test_asking_a_question_is_still_a_report():
    found = quotes.extract("Ruiz asked whether the levy would pass.", date="2024-05-06")
    assert [(q.text, q.speaker) for q in found] == [("whether the levy would pass", "Ruiz")]
