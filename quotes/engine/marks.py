"""Quotation marks: which stretches of an article are inside quotes.

One left-to-right pass over the marks of each paragraph, so the cost is linear
in the text whatever the marks do: nested, unbalanced or 100,000 of them.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from .text import Span

# '' (NYT style) must be tried before a lone apostrophe; single quotes are handled separately.
_MARK = regex.compile(r"''|``|[“”„‟«»\"‘’‹›]")
_CLOSERS = {"“": "”\"", "„": "“”", "‟": "”", "«": "»", '"': '"”', "''": "''", "``": "''", "‘": "’", "‹": "›"}


class Quoted(NamedTuple):
    """A quoted passage: content pieces (one per paragraph it runs over) and its marks."""

    pieces: tuple[Span, ...]   # content without the marks, per paragraph
    open_at: int               # offset of the opening mark
    close_end: int             # offset just after the closing mark (or the paragraph end if unclosed)
    closed: bool
    first_paragraph: int
    last_paragraph: int

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def _is_apostrophe(text: str, i: int) -> bool:
    """’ between letters (don’t) or after a plural s followed by space is an apostrophe, not a closing mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _opens_single(text: str, i: int) -> bool:
    """‘ opens a quote at a word start (not ’90s or rock ‘n’ roll mid-word)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (after.isalnum() or after in "“\"…")


_OTHER_MARKS = ("\"", "“", "”", "„", "«", "»", "''", "‘", "’")
_STRAIGHT_SINGLE = regex.compile(r"'")


def reading_of_single_marks(text: str) -> str:
    """``text`` with straight single quotation marks read as curly ones, when the article quotes with them.

    British plain text writes 'We cannot keep the pier open,' said Tom Bell. With no double marks
    anywhere, a straight single mark is an opening ‘ at a word's start and a closing ’ (or an apostrophe,
    which the curly reading already tells apart) everywhere else. Each mark stays one character, so
    every offset into the reading is an offset into the text as given, and (with no curly single mark
    in the text) every ‘ or ’ of the reading was a straight one. Articles with double marks, where a
    straight single mark is an apostrophe or a nested quote, are read as they are.
    """
    if "'" not in text or any(mark in text for mark in _OTHER_MARKS):
        return text
    return _STRAIGHT_SINGLE.sub(lambda m: "‘" if _opens_single(text, m.start()) else "’", text)


def quoted_passages(text: str, paragraphs: list[Span]) -> list[Quoted]:
    """Every quoted passage, across paragraphs where each paragraph reopens the mark."""
    out: list[Quoted] = []
    carry = None  # (opener, pieces, open_at, first_paragraph) of a quote left open at a paragraph end
    markup = _marks_in_markup(text)
    marks = _ArticleMarks(text)
    for pi, (ps, pe) in enumerate(paragraphs):
        opener = None
        content_start = open_at = 0
        first_p = pi
        pieces: list[Span] = []
        if carry is not None:
            c_opener, c_pieces, c_open_at, c_first = carry
            carry = None
            m = _MARK.match(text, ps)
            if m and m.group() in ("“", '"', "''", "„", "«", "‘", "``") and _family(m.group()) == _family(c_opener):
                opener, pieces, open_at, first_p = c_opener, list(c_pieces), c_open_at, c_first
                content_start = m.end()
            else:
                out.append(Quoted(tuple(c_pieces), c_open_at, c_pieces[-1].end, False, c_first, pi - 1))
        for i, j, mark in marks.between(ps if opener is None else content_start, pe):
            if i in markup:
                continue
            if opener is None:
                if mark in ("”", "»", "›", "’"):
                    continue  # a stray closer (or apostrophe) outside any quote
                if mark in ("‘", "‹") and not _opens_single(text, i):
                    continue
                if mark == '"' and i > 0 and text[i - 1].isdigit():
                    continue  # 6'3" tall, a 12" pipe: a unit of inches after a number, not a quotation mark
                opener, content_start, open_at, first_p, pieces = mark, j, i, pi, []
                continue
            if mark in _CLOSERS[opener]:
                if mark == "’" and _is_apostrophe(text, i):
                    continue
                if mark == '"' and j < pe and text[j].isalnum() and i > 0 and text[i - 1] == " ":
                    # a straight quote glued to the next word opens, it does not close: '"Yes," he said "no'
                    pieces.append(Span(content_start, i))
                    out.append(Quoted(tuple(pieces), open_at, i, False, first_p, pi))
                    opener, content_start, open_at, first_p, pieces = mark, j, i, pi, []
                    continue
                close_end = j
                if mark == "''" and text[close_end:close_end + 1] == "'":
                    # "… at all,''' said Mr. Meyer": a nested single quote closes, then the outer ''
                    close_end += 1
                pieces.append(Span(content_start, i))
                out.append(Quoted(tuple(pieces), open_at, close_end, True, first_p, pi))
                opener = None
            elif opener == "“" and mark == "“" and i > 0 and not text[i - 1].isspace() and (
                    j >= pe or text[j].isspace()):
                # a closing mark typed the wrong way round: “Apparently not,“ he said.
                pieces.append(Span(content_start, i))
                out.append(Quoted(tuple(pieces), open_at, j, True, first_p, pi))
                opener = None
            elif opener in ("‘", "‹"):
                # a double mark inside a single-quoted passage: the single quote was an apostrophe after all
                if mark in ("“", "„", "«", '"', "''", "``"):
                    opener, content_start, open_at, first_p, pieces = mark, j, i, pi, []
        if opener is not None:
            end = pe
            pieces.append(Span(content_start, end))
            if opener in ("‘", "‹"):
                if _reopens_single(text, paragraphs, pi, opener):
                    # ‘A. / ‘B,’ she said.: single marks quoting over paragraphs, each reopening the mark
                    carry = (opener, pieces, open_at, first_p)
                elif first_p < pi:
                    # the last paragraph of such a quote left open: kept to its end, like any unclosed quote
                    out.append(Quoted(tuple(pieces), open_at, end, False, first_p, pi))
                continue  # otherwise an unmatched single mark is an apostrophe, not a quote
            if len(_WORD.findall(text, content_start, end)) < 4:
                # a stray mark near the paragraph's end ("… ''family fortunes.'.')") does not open a
                # quote running on into the next paragraph: a few words left open are a typo
                out.append(Quoted(tuple(pieces), open_at, end, False, first_p, pi))
                continue
            carry = (opener, pieces, open_at, first_p)
    if carry is not None:
        c_opener, c_pieces, c_open_at, c_first = carry
        out.append(Quoted(tuple(c_pieces), c_open_at, c_pieces[-1].end, False, c_first, len(paragraphs) - 1))
    return [q for q in out if any(s.end > s.start for s in q.pieces)]


_WORD = regex.compile(r"\w+")


def _reopens_single(text: str, paragraphs: list[Span], pi: int, opener: str) -> bool:
    """Does the paragraph after ``pi`` open with the single mark left open at the end of ``pi``?

    Only then is an unmatched ‘ a quote running on (British style, each paragraph reopening the mark)
    rather than an apostrophe ('‘90s', 'rock ‘n’ roll').
    """
    if pi + 1 >= len(paragraphs):
        return False
    nxt = paragraphs[pi + 1].start
    return text.startswith(opener, nxt) and _opens_single(text, nxt)
# a markup tag with attributes, as pasted-in embeds leave them: <tweet author="@x" date="May 1">; its
# values may hold anything, newlines too, but never a tag bracket, and stop at a bounded length
_MARKUP_TAG = regex.compile(r"<[A-Za-z][\w\-]*\s+[\w\-]+=[^<>]{0,3000}>")


def _marks_in_markup(text: str) -> set[int]:
    """Offsets of the quotation marks inside markup tags: they delimit attribute values, not quotes.

    Pairing them with the marks of the prose would quote the tag's values or the text between two tags.
    Only articles holding a tag pay for the scan.
    """
    if "=" not in text or "<" not in text:
        return set()
    inside = set()
    for tag in _MARKUP_TAG.finditer(text):
        for i, _, _ in _marks(text, tag.start(), tag.end()):
            inside.add(i)
    return inside


_ONE_CHAR_MARKS = "“”„‟«»\"‘’‹›"   # _MARK's one-character marks; '' and `` are its two-character ones


def _marks(text: str, pos: int, endpos: int) -> list[tuple[int, int, str]]:
    """What _MARK.finditer(text, pos, endpos) finds, as sorted (start, end, mark), found with str.find.

    The regex tries its three alternatives at every offset, the costliest scan of a paragraph;
    str.find runs in C. The alternatives never compete: '' and `` hold no one-character mark, so
    every one-character mark is a match, and the two-character ones pair left to right.
    """
    found = []
    add = found.append
    find = text.find
    for mark in _ONE_CHAR_MARKS:
        i = find(mark, pos, endpos)
        while i != -1:
            add((i, i + 1, mark))
            i = find(mark, i + 1, endpos)
    for mark in ("''", "``"):
        i = find(mark, pos, endpos)
        while i != -1:
            add((i, i + 2, mark))
            i = find(mark, i + 2, endpos)
    found.sort()
    return found


class _ArticleMarks:
    """The marks of a whole article, found once, and handed out stretch by stretch.

    Each paragraph asking _marks for its own costs a dozen str.find calls, most of them for marks the
    article never uses; one scan of the article and a bisection per paragraph cost less. What
    ``between`` gives is what _marks(text, pos, endpos) finds: the one-character marks in the stretch,
    and the two-character ones that fit inside it, paired left to right, which is how the whole
    article's scan pairs them too, unless one of its pairs straddles ``pos`` (then the stretch is
    scanned on its own).
    """

    def __init__(self, text: str):
        self.text = text
        self.found = _marks(text, 0, len(text))
        self.starts = [i for i, _, _ in self.found]
        self.pair_starts = {i for i, j, _ in self.found if j - i == 2}

    def between(self, pos: int, endpos: int) -> list[tuple[int, int, str]]:
        if pos - 1 in self.pair_starts:
            return _marks(self.text, pos, endpos)
        starts = self.starts
        out = self.found[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, endpos)]
        if out and out[-1][1] > endpos:
            out.pop()   # a two-character mark running past the stretch (only the last one can)
        return out


def _family(mark: str) -> str:
    return {"„": "“", "``": "''", "‹": "‘"}.get(mark, mark)
