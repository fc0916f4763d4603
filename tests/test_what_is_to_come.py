"""What a report says is to come, and times that are not reports.

"The union said it was “deeply concerned” and would discuss the request at a meeting on Friday": the
modal after "and" goes on the reported clause (the union's words are about what it would do), so the
report runs to the end of the sentence, and Friday, a day to come, is not the day it spoke. After "but"
the verb is the speaker's own ("confirmed the closure but would not discuss the cost"). "Ruiz conceded
shortly after 10 p.m.": a verb without an object, then when; the time is not what was said.
"""
import pytest

import quotes

ARTICLE_DATE = "2024-04-10"     # a Wednesday

REPORTS = [
    # (article, the reports' words)
    ('The dockers\' union said in a statement that it was "deeply concerned" and would discuss the request at '
     'a meeting on Friday.',
     ['that it was "deeply concerned" and would discuss the request at a meeting on Friday']),
    ("The ferry company said the old boat was unsafe and would review the timetable next month.",
     ["the old boat was unsafe and would review the timetable next month"]),
    ("The harbour board confirmed that the pier would close but would not discuss the cost.",
     ["that the pier would close"]),
    # a time alone is no report
    ("Ruiz conceded shortly after 10 p.m. Her aides packed up the posters.", []),
    ("Ruiz conceded the race late on Friday.", ["the race"]),
]


@pytest.mark.parametrize("article, words", REPORTS)
def test_reports(article, words):
    assert [q.text for q in quotes.extract(article, date=ARTICLE_DATE)] == words


DATES = [
    # (article, the date of its one report)
    ('The dockers\' union said in a statement that it was "deeply concerned" and would discuss the request at '
     'a meeting on Friday.', ARTICLE_DATE),
    ("Ruiz said on Friday that the pier was unsafe.", "2024-04-05"),
    # a day to come after a verb of the future, in the words around the report
    ("Mayor Ruiz said voters were tired of the pier, and they will vote on it on Friday.", ARTICLE_DATE),
    # every verb of the future the report reader knows, "due to" too: the deadline is not when the clerk spoke
    ("Every stallholder was due to renew the licence on March 15, a rule the clerk said most of them had "
     "missed.", ARTICLE_DATE),
    # "could" is no future: the vote's day stays the day of the words
    ("The levy could hurt the ferry after the vote on Monday, a risk that the clerk said the council had "
     "ignored.", "2024-04-08"),
    # not past a verb of speaking: the day is when the later words were said
    ("Ruiz, who once said she would sell the pier, said at a Monday rally that she had changed her mind.",
     "2024-04-08"),
]


@pytest.mark.parametrize("article, date", DATES)
def test_dates(article, date):
    found = quotes.extract(article, date=ARTICLE_DATE)
    assert found and found[-1].date == date


# Two days after "on" end a report as one day does; a day after "was expected" or "is due" is the time of what
# is to come, so it stays in the report and the words are dated by the article.
DAYS = [
    ("The forecaster said rain was still expected in the hills on Thursday and Friday.",
     "rain was still expected in the hills on Thursday and Friday", ARTICLE_DATE),
    ("The forecaster said on Monday that the storm had passed.", "that the storm had passed", "2024-04-08"),
    ("The clerk said the vote is due on Tuesday.", "the vote is due on Tuesday", ARTICLE_DATE),
    # the cue itself can be the verb of what is to come: the plan is for Friday, not made on it
    ("Ana Ruiz plans to vote for the ferry levy on Friday.", "to vote for the ferry levy on Friday", ARTICLE_DATE),
]


@pytest.mark.parametrize("article, words, date", DAYS)
def test_days_to_come(article, words, date):
    assert [(q.text, q.date) for q in quotes.extract(article, date=ARTICLE_DATE)] == [(words, date)]
