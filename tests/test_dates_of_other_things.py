"""A date in the sentence that says when something else happened is not the date the words were said.

A relative clause tells of the speaker or of a place ("a retired teacher who has attended every festival
since the first, in 1994", "the harbor district, where the wall was raised in 2011"), unless its own verb
is one of speaking ("Ruiz, who spoke on Monday, said …"). A time that a preposition takes as its object is
part of what was said ("the company's cooperation since last year").
"""
import pytest

import quotes

ARTICLE_DATE = "2024-04-10"     # a Wednesday

CASES = [
    # (article, the quote's words, the date said)
    ("“Just fund it,” said Lia Brenn, a retired nurse who has attended every regatta since the first, in 1994.",
     "Just fund it,", ARTICLE_DATE),
    ("Officials say the town is still pumping water out of the dock district, where the sea wall was "
     "overtopped for the first time since it was raised in 2011.",
     "the town is still pumping water out of the dock district", ARTICLE_DATE),
    ("Ana Ruiz, who spoke on Monday, said the pier would close.", "the pier would close", "2024-04-08"),
    ("Ana Ruiz said on Monday that the pier, which opened in 1990, would close.",
     "that the pier, which opened in 1990, would close", "2024-04-08"),
    ("Judge Orla Wend said the fine took into account the firm’s cooperation since last year.",
     "the fine took into account the firm’s cooperation since last year", ARTICLE_DATE),
    # a time after the report that no preposition takes is still when it was said
    ("Judge Orla Wend praised the firm's cooperation last week.", "the firm's cooperation", "2024-04-03"),
]


@pytest.mark.parametrize("article, words, date", CASES)
def test_the_date_said_is_not_the_date_of_something_else(article, words, date):
    found = {q.text: q.date for q in quotes.extract(article, date=ARTICLE_DATE)}
    assert found.get(words, "not found") == date, found
