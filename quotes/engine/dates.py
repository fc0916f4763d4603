"""When the words were said: "on Tuesday", "yesterday", "last week", "on March 3" against the article's date."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from dateutil.relativedelta import relativedelta

from .lexicon import FUTURE_VERB, MONTH_ABBR, MONTHS, SPEECH_VERBS, WEEKDAYS, WORK_NOUNS, WRITTEN_WORKS

_MONTH_NAMES = "|".join(list(MONTHS) + sorted(MONTH_ABBR, key=len, reverse=True))
# what words are said or written in, whose year is when: "in a 2014 interview", "in his 2002 book"
_SAID_IN = WORK_NOUNS | set(WRITTEN_WORKS) | {
    "interview", "speech", "address", "remarks", "statement", "letter", "memo", "email", "e-mail", "tweet", "post",
    "video", "testimony", "deposition", "debate", "autobiography", "lecture", "sermon", "report", "filing"}
_FULL_MONTHS = "|".join(m.capitalize() for m in MONTHS)
DATE_PHRASE = regex.compile(
    r"\b(?:(?P<weekday>%s)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<yesterday>yesterday)|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|last\s+(?P<last>week|month|year|night)"
    r"|(?P<month>%s)\.?\s+(?P<day>\d{1,2})(?!\d)(?:,?[^\S\n]+(?P<day_year>(?:19|20)\d\d)(?!\d))?"
    # a month or a year with no day: "in March", "in a March 2019 interview", "in 2019"; the month's name
    # written with its capital ("in may" is no month), the year as four digits
    r"|(?<=\bin\s)(?-i:(?P<month_of>%s))(?![^\S\n]*\d)"
    r"|(?-i:(?P<month_of>%s))\s+(?P<month_year>(?:19|20)\d\d)(?!\d)"
    r"|(?:in|during) (?P<year>(?:19|20)\d\d)(?![\d%%]|\s+percent)"
    # the year of something said or written: "in a 1994 interview", "in her 2011 memoir" (not of an event: "the
    # 2012 attack", "his 2012 campaign" are no occasions of speech)
    r"|(?<=\bin\s(?:a|an|the|his|her|their|its)\s)(?P<year_of>(?:19|20)\d\d)"
    r"(?=[^\S\n]+(?:[\p{L}\-]+[^\S\n]+){0,2}(?:%s)s?\b))\b" % (
        "|".join(WEEKDAYS), _MONTH_NAMES, _FULL_MONTHS, _FULL_MONTHS, "|".join(sorted(_SAID_IN, key=len, reverse=True))),
    regex.IGNORECASE,
)

# Every DATE_PHRASE match holds one of these words in lower case: the weekdays, "today" and
# "yesterday" end in "day", and each month's name or abbreviation starts with its first three
# letters (a test checks the list against the lexicon); a year follows a space ("in 2019", "in a 2019 interview"). The
# pattern ignores case, which pairs three non-ASCII characters with ASCII letters: where one of
# those occurs, the regex decides.
_DATE_WORDS = ("day", "this", "last", "tonight", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
               "oct", "nov", "dec", " 19", " 20")


def _may_name_a_date(window: str) -> bool:
    """False when DATE_PHRASE cannot match in ``window``: substring tests, much cheaper than the regex."""
    low = window.lower()
    # (spelt out: a loop over _DATE_WORDS costs twice as much)
    return ("day" in low or "this" in low or "last" in low or "tonight" in low or "jan" in low or "feb" in low
            or "mar" in low or "apr" in low or "may" in low or "jun" in low or "jul" in low or "aug" in low
            or "sep" in low or "oct" in low or "nov" in low or "dec" in low or " 19" in low or " 20" in low
            or "\u0130" in window or "\u017f" in window or "\u212a" in window)   # İ, ſ, Kelvin sign


# Every DATE_PHRASE match holds one of these in lower case, at most so many characters after its start: "day"
# ends the weekdays (six letters before it in "wednesday"), "today" and "yesterday"; a month's name or abbreviation
# opens with its first three letters; a year's digits start the match ("in a 2019 interview" matches "2019") or
# come after "in " or "during " (a test checks the list and the reaches against the pattern)
_DATE_ANCHORS = (("day", 6), ("this", 0), ("last", 0), ("tonight", 0), ("19", 7), ("20", 7),
                 *((month, 0) for month in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                            "nov", "dec")))


def _date_scan_offset(window: str) -> int:
    """An offset into ``window`` before which no DATE_PHRASE match inside it starts, so its scan can start there.

    The regex's lookbehinds and word boundaries read the text before where a scan starts, so a later start
    finds the same matches; and it tries every offset of the window at the cost of many alternatives, most
    of them before the first date word. (Where a character that the pattern's ignoring case pairs with an
    ASCII letter occurs, the scan starts at the beginning.)"""
    if "\u0130" in window or "\u017f" in window or "\u212a" in window:   # İ, ſ, Kelvin sign
        return 0
    low = window.lower()
    first = len(window)
    for anchor, reach in _DATE_ANCHORS:
        at = low.find(anchor)
        if at != -1 and at - reach < first:
            first = at - reach
    return max(0, first) if first < len(window) else 0


def parse_iso(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def resolve(phrase_match, article_date: dt.date) -> Optional[str]:
    """The ISO date a matched phrase names, looking back from the article's date, as precise as the phrase:
    "on Tuesday" a day, "last month" or "in March" a month ("2024-03"), "last year" or "in 2019" a year.
    None for a year or month after the article's (words said before it was written cannot be)."""
    g = phrase_match.groupdict()
    if g["weekday"]:
        wd = WEEKDAYS.index(g["weekday"].lower())
        back = (article_date.weekday() - wd) % 7
        return (article_date - dt.timedelta(days=back)).isoformat()
    if g["yesterday"]:
        return (article_date - dt.timedelta(days=1)).isoformat()
    if g["today"]:
        return article_date.isoformat()
    if g["last"]:
        unit = g["last"].lower()
        if unit == "night":
            return (article_date - dt.timedelta(days=1)).isoformat()
        if unit == "week":
            return (article_date - dt.timedelta(days=7)).isoformat()
        before = article_date - relativedelta(**{unit + "s": 1})
        return before.isoformat()[:7] if unit == "month" else str(before.year)
    year = g["year"] or g["year_of"]
    if year:
        return year if int(year) <= article_date.year else None
    if g["month_of"]:
        month = MONTHS.index(g["month_of"].lower()) + 1
        year = int(g["month_year"]) if g["month_year"] else (
            article_date.year if month <= article_date.month else article_date.year - 1)
        return f"{year:04d}-{month:02d}" if (year, month) <= (article_date.year, article_date.month) else None
    name = g["month"].lower().rstrip(".")
    month = MONTHS.index(name) + 1 if name in MONTHS else MONTH_ABBR[name]
    day = int(g["day"])
    if g["day_year"]:
        # "on March 3, 2015": the year as written, and no day after the article's
        try:
            when = dt.date(int(g["day_year"]), month, day)
        except ValueError:
            return article_date.isoformat()
        return when.isoformat() if when <= article_date + dt.timedelta(days=1) else None
    year = article_date.year
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return article_date.isoformat()
    if when > article_date + dt.timedelta(days=1):
        try:
            when = dt.date(year - 1, month, day)
        except ValueError:
            return article_date.isoformat()
    return when.isoformat()


def date_said(text: str, windows: list[tuple[int, int]], article_date: Optional[dt.date],
              said: tuple[tuple[int, int], ...] = (), speaker_at: Optional[int] = None) -> Optional[str]:
    """The date the words were said: the one the article writes around them (`date_written`), else the
    article's date; None when the article has no date."""
    if article_date is None:
        return None
    return date_written(text, windows, article_date, said, speaker_at) or article_date.isoformat()


def date_written(text: str, windows: list[tuple[int, int]], article_date: Optional[dt.date],
                 said: tuple[tuple[int, int], ...] = (), speaker_at: Optional[int] = None) -> Optional[str]:
    """The first date phrase inside the attribution windows and outside the words ``said`` (the vote "on
    March 3" that a report speaks of is no date it was said on), resolved; None when there is none.

    Before the speaker (at ``speaker_at``) a phrase inside an aside opened by a participle says when
    something else happened: in "The pier, built in 1911, was shut after a report found …" 1911 is when the
    pier was built. (Not one opened by a verb of speech: "The mayor, asked on Monday about the pier, said".)"""
    if article_date is None:
        return None
    for lo, hi in windows:
        for start, end in _outside(lo, hi, said):
            # a phrase that starts before the words said may run on into them ("on Monday that …" has
            # no phrase longer than _LONGEST_PHRASE): the scan goes that far past, no further
            stop = min(hi, end + _LONGEST_PHRASE)
            window = text[start:stop]
            if not _may_name_a_date(window):
                continue
            for m in DATE_PHRASE.finditer(text, start + _date_scan_offset(window), stop):
                if m.start() >= end:
                    break
                if speaker_at is not None and m.start() < speaker_at and _in_a_participle_aside(text, lo, m.start()):
                    continue
                if _in_a_relative_clause(text, start, m.start()) or _after_a_future(text, start, m.start()):
                    continue
                when = resolve(m, article_date)
                if when is not None:
                    return when
    return None


def occasion_dates(quotes: list[tuple[int, int, Optional[str], Optional[str], Optional[str], bool]],
                   article_date: Optional[dt.date]) -> list[Optional[str]]:
    """The date of each quote, given in text order as (paragraph, sentence, speaker, cue, date written or None,
    said later?).

    News gives the occasion once: "Ruiz said on Monday that the pier was unsafe. “It is rotten,” she said." The
    second quote was said at the same hearing, so a quote with no date of its own takes the day of the last
    dated quote of the same speaker in its paragraph, from an earlier sentence (within one sentence, "Ruiz, who
    said on Monday she would run, said the race was open", a date the report did not take is another
    occasion's). Only a recent day is an occasion: "in 2008" or "in March" says when something else went on.
    Not in the present tense ("…,” she says."): that is the speaker now, not then; and not what was said
    later ("She later defended the remarks"). Else the article's date."""
    if article_date is None:
        return [None] * len(quotes)
    out: list[Optional[str]] = []
    last: dict[tuple[int, str], tuple[int, str]] = {}     # (paragraph, speaker) -> (sentence, day)
    for paragraph, sentence, speaker, cue, written, later in quotes:
        date = written
        if speaker is not None:
            key = (paragraph, speaker)
            if written is not None:
                if len(written) == len("2024-04-10") and _recent(written, article_date):
                    last[key] = (sentence, written)
                else:
                    last.pop(key, None)
            elif key in last and last[key][0] < sentence and not later and not _in_the_present(cue):
                date = last[key][1]
            elif later:
                last.pop(key, None)
        out.append(date or article_date.isoformat())
    return out


# how many days before the article a day may be and still be the occasion a story reports
_OCCASION_DAYS = 31


def _recent(day: str, article_date: dt.date) -> bool:
    """Is ``day`` within a month before the article? A story goes on about the occasion it reports; a day long
    past ("after the attacks of Sept. 11, 2001") is history it recalls."""
    return (article_date - parse_iso(day)).days <= _OCCASION_DAYS


# words that move the story on from an occasion: "She later defended …", "…, he said afterwards"
SAID_LATER = regex.compile(r"(?<!\p{L})(?:later|afterwards?|subsequently|since|next\s+day|following\s+day)"
                           r"(?!\p{L})", regex.I)


def _in_the_present(cue: Optional[str]) -> bool:
    """"says", "adds", "argues", "is saying": a cue in the present tense (not "discussed", "process")."""
    if not cue:
        return False
    verb = cue.split()[0].lower()
    return verb in ("is", "are") or (verb.endswith("s") and not verb.endswith("ss"))


# ", built in", ", founded by the monks in": a participle right after a comma, a few words before the date
_PARTICIPLE_ASIDE = regex.compile(r",[^\S\n]+(\p{Ll}+(?:ed|en|lt|rn|de|un))(?:[^\S\n]+[\p{L}\p{N}'’\-]+){0,6}[^\S\n]+$")


def _in_a_participle_aside(text: str, lo: int, pos: int) -> bool:
    m = _PARTICIPLE_ASIDE.search(text, max(lo, pos - 80), pos)
    return m is not None and m.group(1) not in SPEECH_VERBS


# a relative clause opening before a date, and the words up to it: "a retired teacher who has attended every
# festival since the first, in 1994", "the harbor district, where the sea wall was raised in 2011"
_RELATIVE_BEFORE = regex.compile(r"(?r)(?<!\p{L})(?:who|whom|whose|which|where)(?!\p{L})(?P<clause>[^.;:!?\n]*)$")


def _in_a_relative_clause(text: str, lo: int, pos: int) -> bool:
    """Does a relative clause hold the date at ``pos``? It says when something of the speaker or of a place
    happened, not when the words were said, unless its own verb is one of speech ("Ruiz, who spoke on
    Monday, said …")."""
    window = text[max(lo, pos - 100):pos]
    if "wh" not in window:
        return False    # (no relative pronoun: no regex)
    m = _RELATIVE_BEFORE.search(text, max(lo, pos - 100), pos)
    return m is not None and not any(w.lower() in _SPEAKING for w in m.group("clause").split())


# a verb of what is to come, and the words from it up to a date: "… and would discuss the request at a meeting"
_FUTURE_BEFORE = regex.compile(r"(?r)" + FUTURE_VERB + r"[^.;:!?\n]*$", regex.I)
# letters every such verb holds ("will", "would", "won't", "going", "plans", "expected", "due", …): without
# one of them the window needs no reading
_MAY_HOLD_A_FUTURE = regex.compile(r"ll|uld|won|oing|plan|set|expect|due|sched", regex.I)


def _after_a_future(text: str, lo: int, pos: int) -> bool:
    """Is the date at ``pos`` the time of something to come, a verb of the future before it in the words
    around the report ("… said it was concerned and would discuss the request at a meeting on Friday")? The
    words were not said on that day."""
    window = text[max(lo, pos - 100):pos]
    if not _MAY_HOLD_A_FUTURE.search(window):
        return False    # (no such verb: no regex)
    m = _FUTURE_BEFORE.search(text, max(lo, pos - 100), pos)
    # (not past a verb of speaking: in "who said he would bomb them - said at a Saturday rally" the day is
    # when the later words were said)
    return m is not None and not any(w.lower() in _SPEAKING for w in m.group().split())


# the verbs of a relative clause that tell when the speaker spoke: "who spoke on Monday", "who was asked"
_SPEAKING = set(SPEECH_VERBS) | {"spoke", "spoken", "speaks", "talked", "talks", "asked", "interviewed", "appeared"}


# Longer than any DATE_PHRASE match with what its lookaheads read after it ("Wednesday afternoon",
# "in 2019" not followed by " percent").
_LONGEST_PHRASE = 40


def _outside(lo: int, hi: int, said: tuple[tuple[int, int], ...]):
    """The stretches of [lo, hi) outside the words said, in order: only there can a date say when they
    were said, and a report's words are most of a sentence, so scanning around them is the cheaper scan."""
    for s, e in sorted(said):
        if e <= lo or s >= hi:
            continue
        if s > lo:
            yield lo, s
        lo = max(lo, e)
    if hi > lo:
        yield lo, hi
