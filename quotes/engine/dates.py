"""When the words were said: "on Tuesday", "yesterday", "last week", "on March 3" against the article's date."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from dateutil.relativedelta import relativedelta

from .lexicon import MONTH_ABBR, MONTHS, WEEKDAYS

_MONTH_NAMES = "|".join(list(MONTHS) + sorted(MONTH_ABBR, key=len, reverse=True))
DATE_PHRASE = regex.compile(
    r"\b(?:(?P<weekday>%s)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<yesterday>yesterday)|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|last\s+(?P<last>week|month|year|night)"
    r"|(?P<month>%s)\.?\s+(?P<day>\d{1,2})(?!\d))\b" % ("|".join(WEEKDAYS), _MONTH_NAMES),
    regex.IGNORECASE,
)

# Every DATE_PHRASE match holds one of these words in lower case: the weekdays, "today" and
# "yesterday" end in "day", and each month's name or abbreviation starts with its first three
# letters (a test checks the list against the lexicon). The pattern ignores case, which pairs
# three non-ASCII characters with ASCII letters: where one of those occurs, the regex decides.
_DATE_WORDS = ("day", "this", "last", "tonight", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
               "oct", "nov", "dec")


def _may_name_a_date(window: str) -> bool:
    """False when DATE_PHRASE cannot match in ``window``: substring tests, much cheaper than the regex."""
    low = window.lower()
    # (spelt out: a loop over _DATE_WORDS costs twice as much)
    return ("day" in low or "this" in low or "last" in low or "tonight" in low or "jan" in low or "feb" in low
            or "mar" in low or "apr" in low or "may" in low or "jun" in low or "jul" in low or "aug" in low
            or "sep" in low or "oct" in low or "nov" in low or "dec" in low
            or "\u0130" in window or "\u017f" in window or "\u212a" in window)   # İ, ſ, Kelvin sign


def parse_iso(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def resolve(phrase_match, article_date: dt.date) -> dt.date:
    """The calendar date a matched phrase names, looking back from the article's date."""
    g = phrase_match.groupdict()
    if g["weekday"]:
        wd = WEEKDAYS.index(g["weekday"].lower())
        back = (article_date.weekday() - wd) % 7
        return article_date - dt.timedelta(days=back)
    if g["yesterday"]:
        return article_date - dt.timedelta(days=1)
    if g["today"]:
        return article_date
    if g["last"]:
        unit = g["last"].lower()
        if unit == "night":
            return article_date - dt.timedelta(days=1)
        return article_date - relativedelta(**{unit + "s": 1})
    name = g["month"].lower().rstrip(".")
    month = MONTHS.index(name) + 1 if name in MONTHS else MONTH_ABBR[name]
    day = int(g["day"])
    year = article_date.year
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return article_date
    if when > article_date + dt.timedelta(days=1):
        try:
            when = dt.date(year - 1, month, day)
        except ValueError:
            return article_date
    return when


def date_said(text: str, windows: list[tuple[int, int]], article_date: Optional[dt.date]) -> Optional[str]:
    """The first date phrase inside the attribution windows, resolved; else the article's date."""
    if article_date is None:
        return None
    for lo, hi in windows:
        if hi <= lo:
            continue
        m = DATE_PHRASE.search(text, lo, hi) if _may_name_a_date(text[lo:hi]) else None
        if m:
            return resolve(m, article_date).isoformat()
    return article_date.isoformat()
