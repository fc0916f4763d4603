"""A saved news page in, its article body and metadata out, with trafilatura.

trafilatura is the field's standard for this: it drops navigation, ads, cookie
banners, share buttons, related-links boxes and (with ``include_comments=False``)
reader comments, and reads the headline, date, outlet and author from JSON-LD,
OpenGraph and ``<meta>`` tags.

Its plain-text output joins paragraphs with a single newline. Quotes run on
across paragraphs (an open quotation mark at the start of each new paragraph),
so the paragraph boundaries matter to the extraction engine: this module walks
trafilatura's XML body instead and joins paragraphs with one blank line.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Optional

import trafilatura

# Block elements of trafilatura's XML body; anything else is inline.
_BLOCKS = {"p", "head", "quote", "list", "item", "table", "row", "cell", "div", "code"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_HAS_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)

# trafilatura logs "empty HTML tree" and the like; the reader reports its own
# error for such pages, so without a logging setup these stay quiet.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class NoArticleText(ValueError):
    """The page has no article body that trafilatura can find."""


@dataclass(frozen=True)
class HtmlArticle:
    """What a page says about itself; ``date`` is as the page gives it (ISO when
    trafilatura found one), for the caller to normalise with the other inputs."""

    text: str
    title: Optional[str]
    date: Optional[str]
    source: Optional[str]
    url: Optional[str]
    byline: Optional[str]


def extract_html(html: str, *, url: Optional[str] = None) -> HtmlArticle:
    """Read the article body and metadata of one saved page.

    :param url: the page's address when known, for pages that do not name their
        own canonical URL.
    :raises NoArticleText: when no body text is found.
    """
    document = _bare_extraction(html, url)
    if document is None and not _HAS_BODY.search(html):
        # A fragment ("<p>...</p>" from a scraper): trafilatura needs a document.
        document = _bare_extraction(f"<html><body>{html}</body></html>", url)
    if document is None or document.body is None:
        raise NoArticleText("no article text found in the HTML page")
    text = "\n\n".join(_paragraphs(document.body))
    if not text.strip():
        raise NoArticleText("no article text found in the HTML page")
    return HtmlArticle(
        text=text,
        title=_clean(document.title),
        date=_clean(document.date),
        source=_clean(document.sitename) or _clean(document.hostname),
        url=_clean(document.url) or url,
        byline=_clean(document.author),
    )


def _bare_extraction(html: str, url: Optional[str]) -> Any:
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # The date the article was first published, from the page's metadata;
        # not a guess from any date-like string in the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _paragraphs(element: Any) -> list[str]:
    """One string per block, in document order; a list's items become lines of one block."""
    paragraphs: list[str] = []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            items = [_inline_text(item) for item in child if item.tag == "item"]
            block = "\n".join(i for i in items if i)
        elif any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in child):
            paragraphs.extend(_paragraphs(child))
            continue
        else:
            block = _inline_text(child)
        if block:
            paragraphs.append(block)
    return paragraphs


def _inline_text(element: Any) -> str:
    for line_break in element.iter("lb"):
        line_break.text = "\n"  # itertext() then yields the break in document order
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(element.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
