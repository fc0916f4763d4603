"""A full stop after a place's or a body's abbreviation ("the U.S.", "Fresno, Calif.", "Washington, D.C.")
ends its sentence when a pronoun or "The", "But", "This" comes next: the next report is a report of its
own, and its subject starts after the stop. After a title ("Dr. It Lee", "Mr. He") the name goes on.
"""
import pytest

import quotes

CASES = [
    ("Tom Bell says the mayor is trying to distract from the port's troubles in the U.S. He says voters "
     "need more facts.",
     [("the mayor is trying to distract from the port's troubles in the U.S", "Tom Bell"),
      ("voters need more facts", "Tom Bell")]),
    ("Two people died in a crash in Fresno, Calif. The county sheriff said the road was icy.",
     [("the road was icy", "The county sheriff")]),
]


@pytest.mark.parametrize("article, expected", CASES)
def test_a_sentence_ends_at_a_place_abbreviation(article, expected):
    assert [(q.text, q.speaker) for q in quotes.extract(article, date="2024-05-06")] == expected


def test_a_title_abbreviation_goes_on_into_the_name():
    from quotes.engine.text import sentences
    text = "The clinic hired Dr. He Lin last year."
    assert len(sentences(text, 0, len(text))) == 1


# A spaced ellipsis (". . .") leaves words out inside a sentence: only its last dot may end one, and then only
# where a full stop follows it (". . . .") or a new sentence starts.
ELLIPSES = [
    ("Ruiz said the ferry . . . would be sold by the council before the winter came.",
     [("the ferry . . . would be sold by the council before the winter came", "Ruiz")]),
    ("Ruiz said the crossing was safe . . . . The council said it was not.",
     [("the crossing was safe", "Ruiz"), ("it was not", "the council")]),
]


@pytest.mark.parametrize("article, expected", ELLIPSES)
def test_a_spaced_ellipsis_ends_no_sentence_inside_it(article, expected):
    assert [(q.text, q.speaker) for q in quotes.extract(article, date="2024-05-06")] == expected
