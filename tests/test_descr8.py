"""Quoted words later in the sentence of a body's or a thing's quote.

'"…," the board said, reasoning that she "…"': the quoted words after the cue are the board's too. A body or a
thing as written (no person the article names) keeps them only within its own sentence; "according to the
survey, the rise "…"" gives the survey the words the same way.
"""
import pytest

import quotes

SAME_SENTENCE_CASES = [
    # (text, the later quoted words, their speaker)
    ('The panel met Friday. "Mira Talbot qualifies by birth," the board ruled, arguing that she '
     '"did not need to apply at any point."', 'did not need to apply at any point.', "the board"),
    ('Staff at the mill were angry. "Sick leave," the handbook states, becomes available "after one year of '
     'steady work."', 'after one year of steady work.', "the handbook"),
    ('Dozens of aldermen objected to the raids. "We are deeply worried," the members wrote to the '
     'mayor, that the Harbor Transit Authority "may have already cut the night ferries."',
     'may have already cut the night ferries.', "the members"),
    ('Over the coming decade, according to the survey office, the rise in costs "is mostly due to older '
     'ferries and longer routes."', 'is mostly due to older ferries and longer routes.', "the survey office"),
]


@pytest.mark.parametrize("text, words, speaker", SAME_SENTENCE_CASES)
def test_quoted_words_in_a_body_quote_sentence(text, words, speaker):
    found = quotes.extract(text, date="2024-05-06")
    later = [q for q in found if words in q.text]
    assert later and later[0].speaker == speaker


def test_the_next_sentence_is_not_the_body_quote():
    found = quotes.extract('"We are deeply worried," the members wrote. Later the harbor tours were called '
                           '"a waste of good money and a waste of time" in the local paper.', date="2024-05-06")
    later = [q for q in found if "waste of good money" in q.text]
    assert all(q.speaker != "the members" for q in later)
