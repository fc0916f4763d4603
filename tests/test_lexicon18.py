"""Stance verbs of the lexicon: a plan set out as good, and verbs that are verbs only after "to".

"promoted the levy as a fix" reports the thing promoted as the subject's stance, as "touted" does.
"""
import pytest

import quotes

PROMOTE_CASES = [
    # (text, words the report holds, its speaker)
    ("Councilwoman Dana Pryce promoted the ferry levy as a cheap fix for the harbor.",
     "the ferry levy as a cheap fix", "Dana Pryce"),
    ("Mayor Rita Vale has promoted the new toll plan at every town meeting this spring.",
     "the new toll plan", "Rita Vale"),
]


@pytest.mark.parametrize("text, words, speaker", PROMOTE_CASES)
def test_what_is_promoted_is_the_subjects_stance(text, words, speaker):
    found = [q for q in quotes.extract(text) if words in q.text]
    assert found and found[0].speaker == speaker
