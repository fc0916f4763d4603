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

# Every DATE_PHRASE match holds one of these, in lower case: the weekdays, "today" and "yesterday"
# end in "day", and each month's name or abbreviation starts with its first three letters. The
# pattern ignores case, which pairs three non-ASCII characters with ASCII letters: where one of
# those occurs, the regex decides.
_DATE_WORDS = tuple(sorted({"day", "tonight", "this", "last"} | {m[:3] for m in MONTHS}
                           | {a[:3] for a in MONTH_ABBR}))
_FOLDS_TO_ASCII = ("\u0130", "\u017f", "\u212a")   # İ, ſ, Kelvin sign


def _may_name_a_date(window: str) -> bool:
    """False when DATE_PHRASE cannot match in ``window``: a few substring tests instead of the regex."""
    low = window.lower()
    return any(w in low for w in _DATE_WORDS) or any(c in window for c in _FOLDS_TO_ASCII)


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
