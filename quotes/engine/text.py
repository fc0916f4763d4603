"""Paragraphs, sentences and whitespace: the offsets every other rule builds on.

All functions return offsets into the text exactly as given, never into a
normalised copy, so `text[start:end]` always shows the raw passage.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from .lexicon import ABBREVIATIONS, MONTHS, WEEKDAYS

_DAYS = set(WEEKDAYS) | set(MONTHS) | {"today", "tonight", "tomorrow", "yesterday", "et", "est", "edt", "pt", "gmt", "utc"}


class Span(NamedTuple):
    start: int
    end: int


_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*|\r\n?\s*\r\n?\s*|\n(?=[ \t]*\S)")
# A sentence ends at . ! ? (or …) with any closing marks/brackets after it, then whitespace.
_SENTENCE_END = regex.compile(r"[.!?…]+[\p{Pf}\"'’”»)\]]*(?=\s)")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")
_NEXT_START = regex.compile(r"\s+([\p{Pi}\p{Ps}\"'“‘«„(]*)(\p{L}|\d)?")


def paragraphs(text: str) -> list[Span]:
    """Non-empty paragraphs. A line break starts a new paragraph: news text puts one per line."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]``. Abbreviations ("Mr.", "U.S.") and initials do not end one."""
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
            word = w.group(1).lower().strip(".") if w else ""
            if word in ("a.m", "p.m"):
                # "since 5 a.m. Another driver …" ends a sentence; "at 5 p.m. Tuesday" does not
                following = text[stop:stop + 24].split()[:1]
                if not following or not following[0][:1].isupper() or following[0].lower().strip(",.") in _DAYS:
                    continue
            elif word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        nxt = _NEXT_START.match(text, stop, end)
        if nxt and nxt.group(2) and nxt.group(2).islower():
            continue
        _add_trimmed(text, pos, stop, spans)
        pos = stop
    _add_trimmed(text, pos, end, spans)
    return spans


def normalise(s: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) to one space."""
    # Most quotes and contexts already are: no white space but single spaces (every other
    # white-space character is unprintable), none at the ends. Checking that runs in C and
    # spares splitting a context into hundreds of words.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


def strip_possessive(word: str) -> str:
    """"Kremlin’s" -> "Kremlin"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word


_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)


def strip_article(phrase: str) -> str:
    """"the Ukrainian leader" -> "Ukrainian leader"."""
    if phrase[:1] not in ("t", "T", "a", "A"):
        return phrase   # no article (no other character folds to t or a), without the regex
    return _ARTICLE.sub("", phrase)



PUNCTUATION = ',.;:!?"“”‘’()[]{}—–―«»„/\\…*\'\u00a0'   # stripped from words before counting or looking them up


def words(s: str) -> list[str]:
    """The words of ``s`` (punctuation-only tokens dropped); cheap, for counting."""
    # (an alphanumeric word has something left after stripping: the cheap test first)
    return [w for w in s.split() if w.isalnum() or w.strip(PUNCTUATION)]
