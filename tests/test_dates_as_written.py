"""The date a quote was said, as precise as the article gives it, and never a day it does not name.

"Ruiz said in 2019 that …" was said some day in 2019: the quote's date is "2019", not the article's day,
and not a made-up 1 January. ISO 8601 writes a month as "2019-03" and a year as "2019".
"""
import pytest
import sqlite_utils

from quotes import Article, extract
from quotes.export import export_rows
from quotes.ingest import ingest

ARTICLE_DATE = "2024-05-01"

PRECISION = [
    ("a year", "Ruiz said in 2019 that the pier was unsafe.", "2019"),
    ("a year opening the sentence", "In 2019, Ruiz said the pier was unsafe.", "2019"),
    ("last year", "Ruiz said last year that the pier was unsafe.", "2023"),
    ("last month", "Ruiz said last month that the pier was unsafe.", "2024-04"),
    ("a month this year", "In March, Ruiz said the pier was unsafe.", "2024-03"),
    ("a month after the article's is last year's", "Ruiz said in December that the pier was unsafe.", "2023-12"),
    ("a month and a year", "Ruiz said in a March 2019 interview that the pier was unsafe.", "2019-03"),
    ("a day, as before", "Ruiz said on April 3 that the pier was unsafe.", "2024-04-03"),
    ("the year of an interview", "Ruiz said in a 2019 radio interview that the pier was unsafe.", "2019"),
    ("the year of a book", "“The pier was unsafe,” Ruiz wrote in her 2019 memoir.", "2019"),
    # look-alikes: the article's date
    ("a year inside the report", "Ruiz said the pier was built in 1950.", ARTICLE_DATE),
    ("a year to come", "Ruiz said in 2027 the pier would close.", ARTICLE_DATE),
    ("a day inside the report", "Ruiz said the vote on March 3 went badly.", ARTICLE_DATE),
    ("a modal, not a month", "Ruiz said the pier in may be unsafe.", ARTICLE_DATE),
    ("the year of an event", "Ruiz, hurt in the 2019 storm, said the pier was unsafe.", ARTICLE_DATE),
    ("the year of a campaign", "Ruiz, an aide in his 2019 campaign, said the pier was unsafe.", ARTICLE_DATE),
]


@pytest.mark.parametrize("name,text,said", PRECISION, ids=[c[0] for c in PRECISION])
def test_the_date_is_as_precise_as_the_article(name, text, said):
    found = extract(text, date=ARTICLE_DATE)
    assert [q.date for q in found][:1] == [said]


def test_a_quote_dated_by_its_year_is_in_every_period_that_overlaps_it(tmp_path):
    db = sqlite_utils.Database(tmp_path / "quotes.db")
    ingest(db, [Article(id="pier", text="Ruiz said in 2019 that the pier was unsafe.", date=ARTICLE_DATE)])
    assert [r["date"] for r in export_rows(db)] == ["2019"]
    assert [r["date"] for r in export_rows(db, since="2019-06", until="2019-08")] == ["2019"]
    assert [r["date"] for r in export_rows(db, since="2019-06-01")] == ["2019"]
    assert list(export_rows(db, since="2020")) == []
    assert list(export_rows(db, until="2018-12-31")) == []
