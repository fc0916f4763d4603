"""Paragraphs, sentences and whitespace: the offsets every other rule builds on.

All functions return offsets into the text exactly as given, never into a
normalised copy, so `text[start:end]` always shows the raw passage.
"""
from __future__ import annotations

import bisect
from itertools import repeat
from typing import NamedTuple, Optional

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
    spans: list[Span] = []
    pos = 0
    for m in _paragraph_breaks(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _paragraph_breaks(text: str) -> list:
    """The matches of _PARAGRAPH_BREAK.finditer(text), tried only where a line break starts one.

    Every match starts with \\n or \\r: finding those with str.find and matching there spares the
    regex its attempt at every other offset of the article.
    """
    at = []
    for brk in ("\n", "\r"):
        i = text.find(brk)
        while i != -1:
            at.append(i)
            i = text.find(brk, i + 1)
    at.sort()
    out = []
    pos = 0
    match = _PARAGRAPH_BREAK.match
    for i in at:
        if i >= pos:
            m = match(text, i)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


# quotation marks that may open the sentence after a full stop
_OPENING_MARKS = "\"“‘'«„"
# "No." abbreviates "number" only before one
_NUMBER_SIGNS = ("no", "nos")
# abbreviations that stand before a name ("Mr. He", "Dr. It Lee"): whatever follows is the name
_TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "adm", "sgt", "rev",
                        "prof", "pres", "amb", "cmdr", "maj", "supt", "det", "insp", "atty", "st", "mt", "ft", "r", "d",
                        "a.m", "p.m", "no", "vs"}
# a subject pronoun or "The", "But", "This" right after the full stop: the start of a sentence, not of a name
_OPENS_A_SENTENCE = regex.compile(r"[ \u00a0]{1,2}(?:He|She|They|It|We|I|The|But|This)[ \u00a0’']")


def _initials(word: str) -> bool:
    """Is ``word`` (its last period dropped) initials run together: "j.r", "j.m.w"?"""
    return len(word) >= 3 and word[1] == "." and all(len(p) == 1 and p.isalpha() for p in word.split("."))


# a dot of a spaced ellipsis (". . ." or ". . . .") with another dot of it after: the ellipsis has not ended, and
# only its last dot may end a sentence
_SPACED_ELLIPSIS_GOES_ON = regex.compile(r"[ \u00a0]\.(?:[ \u00a0]|$)")


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]``. Abbreviations ("Mr.", "U.S.") and initials do not end one."""
    spans = []
    pos = start
    for at, stop in _sentence_ends(text, start, end):
        if text[at] == ".":
            word = _word_before(text, max(start, at - 12), at).lower().strip(".")
            if word in ("a.m", "p.m"):
                # "since 5 a.m. Another driver …" ends a sentence, and so does "after 10 p.m. “I called …";
                # "at 5 p.m. Tuesday" does not
                following = [w.lstrip(_OPENING_MARKS) for w in text[stop:stop + 24].split()[:1]]
                if not following or not following[0][:1].isupper() or following[0].lower().strip(",.") in _DAYS:
                    continue
            elif word in _NUMBER_SIGNS:
                if text[stop:stop + 3].lstrip()[:1].isdigit():
                    continue    # "No. 2 in the polls"; but "The council voted no. Then …" ends one
            elif word in ABBREVIATIONS and word not in _TITLE_ABBREVIATIONS \
                    and _OPENS_A_SENTENCE.match(text, stop, min(end, stop + 8)) is not None:
                pass    # "… in the U.S. He says …": a pronoun or "The" after a place's or firm's abbreviation opens one
            elif word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            elif _initials(word) and _OPENS_A_SENTENCE.match(text, stop, min(end, stop + 8)) is None \
                    and not _word_before(text, max(start, at - 40), at - len(word) - 1).strip()[:1].isupper():
                continue    # "said J.R. Holm, a fellow …": a person's initials, before the rest of the name
        if _next_starts_lower(text, stop, end) or _SPACED_ELLIPSIS_GOES_ON.match(text, stop, end) is not None:
            continue
        _add_trimmed(text, pos, stop, spans)
        pos = stop
    _add_trimmed(text, pos, end, spans)
    return spans


# Fast paths for the two lookups `sentences` makes at every full stop, for plain ASCII
# around it; anything else goes to the regexes, which define the answer.
_LETTERS_AND_DOT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."
_ASCII_SPACE = " \t\n\r\x0b\x0c"   # regex's \s in ASCII; \x1c-\x1f (str.isspace only) go to the regex
_STOPS = ".!?…"                    # what _SENTENCE_END's first class holds
_ASCII_CLOSERS = "\"')]"            # the ASCII characters of its second class
_CLOSER = regex.compile(r"[\p{Pf}\"'’”»)\]]")
_SPACE = regex.compile(r"\s")


class _ArticleSentenceEnds:
    """The sentence ends of a whole text, found once, and handed out stretch by stretch.

    An article asks for the sentences of every paragraph and of many windows inside them; one scan
    of the text and a bisection per stretch cost less than a dozen str.find calls per stretch. A
    stretch gets what _scan_sentence_ends finds in it: the text's ends that start in it and end
    before its end (the closing marks and the space after them must fit inside), unless a run of
    stops straddles its start (then the stretch is scanned on its own: its run starts at ``pos``).
    """

    def __init__(self, text: str):
        self.text = text
        self.found = _scan_sentence_ends(text, 0, len(text))
        self.starts = [s for s, _ in self.found]
        self.ends = [e for _, e in self.found]

    def between(self, pos: int, endpos: int) -> list[tuple[int, int]]:
        text = self.text
        if 0 < pos < len(text) and text[pos - 1] in _STOPS and text[pos] in _STOPS:
            return _scan_sentence_ends(text, pos, endpos)
        return self.found[bisect.bisect_left(self.starts, pos):bisect.bisect_left(self.ends, endpos)]


# The last text asked about, with its ends: every caller asks about the same article, stretch by stretch
_last_article: list[_ArticleSentenceEnds] = []


def _sentence_ends(text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    """The (start, end) of every _SENTENCE_END match in ``text[pos:endpos]``, from the text's ends found once."""
    if not _last_article or _last_article[0].text is not text:
        _last_article[:] = [_ArticleSentenceEnds(text)]
    return _last_article[0].between(pos, endpos)


def _scan_sentence_ends(text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    """The (start, end) of every _SENTENCE_END match in ``text[pos:endpos]``, found with str.find.

    The regex is tried at every offset; the stops it needs are few. A match is a whole run of
    stops (a shorter one is followed by a stop, not white space) with every closing mark after it,
    then white space; where a run is not followed so, no offset inside it matches either.
    """
    endpos = min(endpos, len(text))
    at = []
    find = text.find
    for stop in _STOPS:
        i = find(stop, pos, endpos)
        while i != -1:
            at.append(i)
            i = find(stop, i + 1, endpos)
    at.sort()
    out = []
    k, n = 0, len(at)
    while k < n:
        s = e = at[k]
        while k < n and at[k] == e:     # the run of stops
            e += 1
            k += 1
        while e < endpos:                # the closing marks after it
            c = text[e]
            if c in _ASCII_CLOSERS or (not c.isascii() and _CLOSER.match(c) is not None):
                e += 1
            else:
                break
        if e < endpos:
            c = text[e]
            if c in _ASCII_SPACE or (not c.isascii() and _SPACE.match(c) is not None):
                out.append((s, e))
    return out
_ASCII_OPENERS = "([{\"'"           # the ASCII characters of _NEXT_START's opening marks


def _word_before(text: str, lo: int, hi: int) -> str:
    """The run of letters and periods that ends at ``hi`` (from ``lo`` on): _WORD_BEFORE's group."""
    seg = text[lo:hi]
    if seg.isascii() and not seg.endswith("\n"):     # ("$" also matches before a final newline)
        return seg[len(seg.rstrip(_LETTERS_AND_DOT)):]
    w = _WORD_BEFORE.search(text, lo, hi)
    return w.group(1) if w else ""


def _next_starts_lower(text: str, stop: int, end: int) -> bool:
    """Does the text after a sentence end go on in lower case (after white space and opening marks)?"""
    seg = text[stop:min(end, stop + 8)]
    if seg.isascii() and "\x1c" not in seg and "\x1d" not in seg and "\x1e" not in seg and "\x1f" not in seg:
        rest = seg.lstrip(_ASCII_SPACE)
        if len(rest) == len(seg):
            return False            # no white space: _NEXT_START does not match
        rest = rest.lstrip(_ASCII_OPENERS)
        if rest:
            return rest[0].islower()
        if stop + 8 >= end:
            return False            # the paragraph ends first
    nxt = _NEXT_START.match(text, stop, end)
    return bool(nxt and nxt.group(2) and nxt.group(2).islower())


def normalise(s: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) to one space."""
    # Most quotes and contexts already are: no white space but single spaces (every other
    # white-space character is unprintable), none at the ends. Checking that runs in C and
    # spares splitting a context into hundreds of words.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


def word_set(text: str) -> set[str]:
    """The distinct words of ``text``, stripped of punctuation, as written (both cases).

    Built once per article: the cue index looks up which cue words occur, the cast
    which words the article writes in lower case. Stripping (the costly part) is
    needed only by words that are not alphanumeric, since no punctuation character is.
    """
    raw = set(text.split())
    words = set(filter(str.isalnum, raw))
    words.update(map(str.strip, raw - words, repeat(PUNCTUATION)))
    return words


# "Kremlin’s", and a plural's or a name's bare apostrophe: "Sanders’ campaign", "the officials' view"
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


_CONTRACTION = regex.compile(r"(\p{L}+)['’](s|ll|d|ve|re|m)", regex.IGNORECASE)


def split_contraction(word: str) -> Optional[tuple[str, str]]:
    """"She’ll" -> ("She", "ll"), "we've" -> ("we", "ve"); "Trump’s" -> ("Trump", "s"), which may as well be a
    possessive: the caller knows which words can contract."""
    # most words have no apostrophe, which every contraction holds (neither mark has a case pair, so the
    # pattern's ignoring case adds none): the cheap test spares a regex call for each word a rule looks at
    if "'" not in word and "’" not in word:
        return None
    m = _CONTRACTION.fullmatch(word)
    return (m.group(1), m.group(2).lower()) if m is not None else None


def is_possessive(word: str) -> bool:
    """Does ``word`` end in a possessive ("Trump’s", "Sanders’")?"""
    return len(word) > 2 and word.endswith(POSSESSIVE_ENDINGS)


def strip_possessive(word: str) -> str:
    """"Kremlin’s" -> "Kremlin", "Sanders’" -> "Sanders"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if len(word) > 2 and word.endswith(("s'", "s’")):
        return word[:-1]
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
