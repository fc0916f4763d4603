"""Mark a quote inside the text around it, as escaped HTML. Pure functions.

The quote page prefers the article itself: a quote's ``start``/``end`` (and ``spans`` for a
quote split around its attribution) are offsets into the article text, so the paragraph
around them shows exactly the words quoted. When the offsets do not fit the stored text,
it falls back to finding the quote inside its ``context``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from markupsafe import Markup, escape

_MARK = Markup('<mark class="quotes-mark">{}</mark>')


def highlight_in_article(article_text: Optional[str], start: Optional[int],
                         end: Optional[int], spans: Sequence[Sequence[int]] = ()) -> Optional[Markup]:
    """The paragraph holding ``article_text[start:end]``, with the quoted spans marked.

    Paragraphs are blocks separated by a blank line. Returns None when the offsets do not
    describe a range of the text, so the caller can fall back to the context.
    """
    if not article_text or start is None or end is None:
        return None
    if not 0 <= start < end <= len(article_text):
        return None
    parts = [(s, e) for s, e in (tuple(span) for span in spans if len(span) == 2)
             if start <= s < e <= end] or [(start, end)]
    para_start = article_text.rfind("\n\n", 0, start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = article_text.find("\n\n", end)
    para_end = len(article_text) if para_end == -1 else para_end
    return _mark(article_text, sorted(parts), para_start, para_end)


def highlight_in_context(context: str, quote: Optional[str]) -> Markup:
    """``context`` with the first occurrence of ``quote`` marked (or just escaped)."""
    if quote:
        at = context.find(quote)
        if at == -1:
            # The context may hold the quote with its marks or spacing changed; its
            # opening words are usually enough to find it.
            words = " ".join(quote.split()[:6])
            at = context.find(words) if words else -1
            length = len(words)
        else:
            length = len(quote)
        if at != -1 and length:
            return _mark(context, [(at, at + length)], 0, len(context))
    return escape(context)


def _mark(text: str, parts: list[tuple[int, int]], lo: int, hi: int) -> Markup:
    out = Markup("")
    cursor = lo
    for s, e in parts:
        if s < cursor:
            continue
        out += escape(text[cursor:s]) + _MARK.format(text[s:e])
        cursor = e
    return out + escape(text[cursor:hi])
