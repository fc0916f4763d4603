"""Publication dates as articles and dumps write them, normalised to ISO ``YYYY-MM-DD``.

Only for metadata (a front-matter ``date:``, a JSON ``published_at``, an HTML page's
``datePublished``); relative dates inside article text ("on Tuesday") are the
extraction engine's business.

The date kept is the calendar date *as written* by the publisher: a timestamp
``2024-04-09T21:15:00-04:00`` is April 9, not converted to UTC (where it would
already be April 10), because that is the date printed on the article.
"""
from __future__ import annotations

import datetime as dt
import warnings
from typing import Any, Optional

from dateutil import parser as dateutil_parser

# Two defaults that differ in every field: a date string that leaves a field out
# ("March 2022", "Tuesday") parses differently against each, and is refused
# rather than silently completed with today's day or month.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)

# Unix timestamps beyond this are taken as milliseconds (JavaScript dumps).
_MILLISECONDS_FROM = 10**11


class UnparseableDate(ValueError):
    """A date value that is present but cannot be read as a full calendar date."""


def parse_date(value: Any, *, dayfirst: bool = False) -> Optional[str]:
    """Return ``value`` as an ISO ``YYYY-MM-DD`` string, or None when it is empty.

    Accepts ``date``/``datetime`` objects (YAML front matter gives these),
    Unix timestamps in seconds or milliseconds, and strings such as
    ``"March 29, 2022"``, ``"2022-03-29T10:00:00Z"``, ``"Tue, 29 Mar 2022 10:00:00 GMT"``
    and ``"29/03/2022"`` (day first only when ``dayfirst`` is true; otherwise
    ``03/04/2022`` is March 4, the US reading).

    :raises UnparseableDate: when the value is not empty but is not a full date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise UnparseableDate(f"not a date: {value!r}")
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    if not isinstance(value, str):
        raise UnparseableDate(f"not a date: {value!r}")
    text = value.strip()
    if not text:
        return None
    if text.isdigit() and len(text) >= 9:
        return _from_timestamp(int(text))
    # ISO 8601 first: dateutil with dayfirst=True reads "2022-03-04" as April 3.
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z")).date().isoformat()
    except ValueError:
        pass
    for fuzzy in (False, True):
        parsed = _parse_complete(text, dayfirst=dayfirst, fuzzy=fuzzy)
        if parsed is not None:
            return parsed.date().isoformat()
    raise UnparseableDate(f"unparseable date {value!r}")


def _parse_complete(text: str, *, dayfirst: bool, fuzzy: bool) -> Optional[dt.datetime]:
    try:
        with warnings.catch_warnings():
            # "10:00 a.m. ET": an unknown zone name does not change the calendar date.
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            a = dateutil_parser.parse(text, default=_DEFAULT_A, dayfirst=dayfirst, fuzzy=fuzzy)
            b = dateutil_parser.parse(text, default=_DEFAULT_B, dayfirst=dayfirst, fuzzy=fuzzy)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.date() != b.date():
        return None  # year, month or day was missing and came from the default
    return a


def _from_timestamp(number: float) -> str:
    seconds = number / 1000 if abs(number) >= _MILLISECONDS_FROM else number
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError) as e:
        raise UnparseableDate(f"timestamp out of range: {number!r}") from e
