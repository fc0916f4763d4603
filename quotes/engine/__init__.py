"""Pure extraction core: article text in, `Quote`s out. No files, no database, no click.

The pipeline: paragraphs and sentences (`text`), quoted passages (`marks`),
the article's cast of people (`people`), attribution of every passage and
reported clause (`attribution`), the date each was said (`dates`).
"""
from __future__ import annotations

import bisect
import dataclasses
from typing import Iterable, Optional, Union

from ..model import KINDS, Article, Quote, wanted_kinds
from .attribution import Attribution, Attributor
from .dates import SAID_LATER, date_written, occasion_dates, parse_iso
from .marks import quoted_passages, reading_of_single_marks
from .people import Cast
from .text import normalise, paragraphs, sentences

CONTEXT_CHARS = 600


def extract(
    text: str,
    *,
    date: Optional[str] = None,
    source: Optional[str] = None,
    url: Optional[str] = None,
    title: Optional[str] = None,
    article_id: Optional[str] = None,
    kinds: Union[str, Iterable[str], None] = None,
) -> list[Quote]:
    """Every quote in ``text``, attributed where the article says who spoke.

    ``kinds`` keeps only quotes of those kinds (`KINDS`: "direct", "partial", "indirect"); ``("direct",
    "partial")`` is every passage in quotation marks, what a reader who wants a person's own words asks for.
    """
    article = Article(text=text, id=article_id, date=date, source=source, url=url, title=title)
    return extract_article(article, kinds=kinds)


def extract_article(article: Article, *, kinds: Union[str, Iterable[str], None] = None) -> list[Quote]:
    """Like `extract`, for an `Article` that already carries its metadata.

    Unwanted kinds are dropped after attribution, so each quote kept has the speaker, role and date it has
    in a run of every kind.
    """
    wanted = wanted_kinds(kinds)
    # (the engine reads straight single marks as curly ones where the article quotes with them; quotes are
    # cut from the text as given, at the same offsets)
    text = reading_of_single_marks(article.text)
    paras = paragraphs(text)
    ends = [[s.end for s in sentences(text, ps, pe)][:-1] for ps, pe in paras]
    passages = quoted_passages(text, paras)
    cast = Cast(text, quoted=[(q.open_at, q.close_end) for q in passages])
    found = Attributor(text, paras, ends, passages, cast).run()
    when = parse_iso(article.date)
    found.sort(key=lambda a: (a.pieces[0].start, a.pieces[-1].end))
    dates = occasion_dates([_occasion(text, a, ends, when) for a in found], when)
    quotes = [_to_quote(article, a, paras, date) for a, date in zip(found, dates)]
    if text is not article.text:
        quotes = [_as_written(q) for q in quotes]
    quotes.sort(key=lambda q: (q.start, q.end))
    if wanted != frozenset(KINDS):
        quotes = [q for q in quotes if q.kind in wanted]
    return quotes


def _as_written(q: Quote) -> Quote:
    """A quote whose names and cue were read from `reading_of_single_marks`, with them as the article wrote them
    (only such articles pay for the copy)."""
    return dataclasses.replace(q, speaker=_straight_single_marks(q.speaker), mention=_straight_single_marks(q.mention),
                               role=_straight_single_marks(q.role), cue=_straight_single_marks(q.cue))


def _straight_single_marks(words: Optional[str]) -> Optional[str]:
    """A name or cue read from `reading_of_single_marks`, as the article wrote it ("O’Hara" -> "O'Hara")."""
    return words.replace("’", "'").replace("‘", "'") if words else words


def _speaker_at(sp) -> Optional[int]:
    """Where the speaker is written in the text, if they are (a dash or a heading may name nobody there)."""
    return sp.start if sp is not None and sp.end > sp.start else None


def _pieces(a: Attribution) -> tuple[tuple[int, int], ...]:
    """The quote's words, piece by piece (a split quote has several)."""
    return tuple((s, e) for s, e in a.pieces if e > s) or (tuple(a.pieces[0]),)


def _sentence_of(a: Attribution, ends: list[list[int]]) -> int:
    """Which sentence of its paragraph the quote starts in."""
    return bisect.bisect_right(ends[a.paragraph], a.pieces[0].start) if a.paragraph < len(ends) else 0


def _occasion(text: str, a: Attribution, ends: list[list[int]], when) -> tuple:
    """What `occasion_dates` needs of a quote: where it is, who said it, its cue, the date written around it
    and, where there is none, whether it was said later than what went before."""
    written = date_written(text, a.windows, when, _pieces(a), _speaker_at(a.speaker))
    return (a.paragraph, _sentence_of(a, ends), _speaker_key(a.speaker), a.cue, written,
            written is None and _said_later(text, a))


def _said_later(text: str, a: Attribution) -> bool:
    """Do the words around the quote (outside it) say it came after what went before ("She later said …")?"""
    lo, hi = a.windows[0] if a.windows else (a.pieces[0].start, a.pieces[-1].end)
    for s, e in _between(lo, hi, _pieces(a)):
        low = text[s:e].lower()
        # (the regex only where one of its words could be: string tests are much cheaper)
        if ("later" in low or "afterward" in low or "subsequently" in low or "since" in low or " day" in low) \
                and SAID_LATER.search(text, s, e) is not None:
            return True
    return False


def _between(lo: int, hi: int, pieces) -> list[tuple[int, int]]:
    """The stretches of [lo, hi) outside the quote's pieces."""
    out, at = [], lo
    for s, e in pieces:
        if s > at:
            out.append((at, min(s, hi)))
        at = max(at, e)
    if hi > at:
        out.append((at, hi))
    return out


def _speaker_key(sp) -> Optional[str]:
    """Who the speaker is, for telling two quotes of one person apart from two of different people."""
    return sp.final_name() if sp is not None else None


def _to_quote(article: Article, a: Attribution, paras, date: Optional[str]) -> Quote:
    text = article.text
    pieces = list(_pieces(a))
    start, end = pieces[0][0], pieces[-1][1]
    sp = a.speaker
    ps = paras[a.paragraph].start
    pe = paras[min(len(paras) - 1, a.paragraph)].end
    ctx_lo = max(ps, start - CONTEXT_CHARS)
    ctx_hi = min(max(pe, end), end + CONTEXT_CHARS)
    return Quote(
        article_id=article.id,
        text=normalise(" ".join(text[s:e] for s, e in pieces)),
        start=start,
        end=end,
        kind=a.kind,
        speaker=sp.final_name() if sp else None,
        mention=sp.mention if sp else None,
        speaker_type=sp.final_kind() if sp else None,
        role=sp.final_role() if sp else None,
        cue=a.cue,
        date=date,
        context=normalise(text[ctx_lo:ctx_hi]),
        paragraph=a.paragraph,
        confidence=round(max(0.0, min(1.0, a.confidence)), 2),
        rule=a.rule,
        spans=tuple(pieces),
    )
