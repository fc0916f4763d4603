"""A date in the sentence that says when something else happened is not the date the words were said.

A relative clause tells of the speaker or of a place ("a retired teacher who has attended every festival
since the first, in 1994", "the harbor district, where the wall was raised in 2011"), unless its own verb
is one of speaking ("Ruiz, who spoke on Monday, said …"). A time that a preposition takes as its object is
part of what was said ("the company's cooperation since last year"), and so is a day still to come after
words of what is to come ("schools would stay closed on Friday").
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
    # a day that can lie ahead, after words of what is to come, is the day of what comes
    ("Mayor Tobi Engel told reporters that schools would stay closed on Friday.",
     "that schools would stay closed on Friday", ARTICLE_DATE),
    ("Forecaster Ada Bell said heavy rain was expected to reach the hills on Thursday.",
     "heavy rain was expected to reach the hills on Thursday", ARTICLE_DATE),
    ("Ada Bell said the ferry will sail again this weekend.", "the ferry will sail again this weekend", ARTICLE_DATE),
    # set off by a comma, or with nothing ahead in the report, the day is the saying's
    ("Ada Bell said the plan would work, on Tuesday.", "the plan would work", "2024-04-09"),
    ("Ada Bell said the plan worked on Tuesday.", "the plan worked", "2024-04-09"),
]


@pytest.mark.parametrize("article, words, date", CASES)
def test_the_date_said_is_not_the_date_of_something_else(article, words, date):
    found = {q.text: q.date for q in quotes.extract(article, date=ARTICLE_DATE)}
    assert found.get(words, "not found") == date, found
