"""A surname spelt like a verb of speech ("Said", "Read", "Told") after a given name is part of the name, not
the verb: "Omar Said told reporters …" is Omar Said telling. A headline's verb after a given name goes on in
capitals ("Hillary Says She Will Run") and stays a verb.
"""
import pytest

import quotes

CASES = [
    ("Omar Said told reporters that the ferry would run again.", "that the ferry would run again", "Omar Said"),
    ("Tom Said said the vote was rigged.", "the vote was rigged", "Tom Said"),
]


@pytest.mark.parametrize("article, words, speaker", CASES)
def test_a_surname_spelt_like_a_verb(article, words, speaker):
    found = {q.text: q.speaker for q in quotes.extract(article, date="2024-05-06")}
    assert found.get(words, "not found") == speaker, found


def test_a_headline_verb_after_a_given_name_is_still_a_verb():
    from quotes.engine.cues import _a_surname_here
    text = "Hillary Says She Will Run"
    assert not _a_surname_here(text, text.index("Says"), text.index("Says") + 4)
