"""The day of an occasion, given once, dates the quotes that follow it.

News names the occasion once and then quotes from it: "Ruiz said on Monday that the pier was unsafe. “It is
rotten,” she said." Both were said on Monday. A quote with no date of its own takes the day of the last dated
quote of the same speaker in its paragraph; not another speaker's, not across paragraphs, not a year or a day
long past, not what was said later or is said now ("she says"). A date written with its year is that year's.
"""
import pytest

import quotes

ARTICLE_DATE = "2024-04-10"     # a Wednesday
MONDAY = "2024-04-08"

OCCASIONS = [
    # (article, the date of each quote in text order)
    ('Mayor Ana Ruiz said on Monday that the pier was unsafe. "It is rotten," she said.', [MONDAY, MONDAY]),
    ('Mayor Ana Ruiz told the council on Monday that the pier was unsafe. "Nobody should walk on it," Ruiz said. '
     '"Not even the gulls."', [MONDAY, MONDAY]),
    # another speaker's quote has its own occasion
    ('Mayor Ana Ruiz said on Monday that the pier was unsafe. "It is fine," said Ben Adler, the harbour master.',
     [MONDAY, ARTICLE_DATE]),
    # a new paragraph is a new stretch of the story
    ('Mayor Ana Ruiz said on Monday that the pier was unsafe.\n\n"It is rotten," she said.', [MONDAY, ARTICLE_DATE]),
    # the present tense is the speaker now
    ('Mayor Ana Ruiz said on Monday that the pier was unsafe. "It is rotten," she says.', [MONDAY, ARTICLE_DATE]),
    # what she said later is another occasion
    ('Mayor Ana Ruiz said on Monday that the pier was unsafe. She later said the council would decide.',
     [MONDAY, ARTICLE_DATE]),
    # a year, or a month, is when something else went on, not an occasion
    ('Mayor Ana Ruiz said in 2019 that the pier was unsafe. "It is rotten," she said.', ["2019", ARTICLE_DATE]),
]


@pytest.mark.parametrize("article, dates", OCCASIONS)
def test_occasions(article, dates):
    assert [q.date for q in quotes.extract(article, date=ARTICLE_DATE)] == dates


YEARS = [
    # (article, the date of its one quote)
    ('In a letter dated June 10, 2019, the harbour master wrote that the pier "will not last the winter."',
     "2019-06-10"),
    ('Mayor Ana Ruiz said on March 3 that the pier was unsafe.', "2024-03-03"),
    # a day long past is history the story recalls, and dates nothing after it
    ('On March 3, 2009, Ana Ruiz said the pier was unsafe. "It is rotten," she said.', None),
]


@pytest.mark.parametrize("article, date", YEARS)
def test_dates_with_their_year(article, date):
    found = quotes.extract(article, date=ARTICLE_DATE)
    assert found[0].date == (date or "2009-03-03")
    if date is None:
        assert found[-1].date == ARTICLE_DATE


def test_no_article_date_no_dates():
    found = quotes.extract('Mayor Ana Ruiz said on Monday that the pier was unsafe. "It is rotten," she said.')
    assert [q.date for q in found] == [None, None]
