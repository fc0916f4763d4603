"""The two nouns of the product: an `Article` goes in, `Quote`s come out.

Frozen dataclasses with no I/O, so every layer (extraction, storage, export,
the Datasette plugin) can pass them around and test them as plain values.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Union

KINDS = ("direct", "partial", "indirect")
SPEAKER_TYPES = ("person", "organization", "group")


def wanted_kinds(kinds: Union[str, Iterable[str], None]) -> frozenset[str]:
    """The quote kinds asked for: all of them for None, one for a plain string ("direct").

    Raises ValueError for a kind that does not exist, before any work, so a typo ("indirct") is reported
    instead of silently returning nothing.
    """
    if kinds is None:
        return frozenset(KINDS)
    asked = frozenset([kinds] if isinstance(kinds, str) else kinds)
    unknown = sorted(asked - set(KINDS))
    if unknown:
        raise ValueError(f"unknown quote kind {', '.join(map(repr, unknown))}: use {', '.join(KINDS)}")
    return asked


@dataclass(frozen=True)
class Article:
    """An article's text plus what is known about it.

    ``text`` is kept exactly as given: quote offsets point into it.
    ``date`` is an ISO date string (``YYYY-MM-DD``) or None.
    """

    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    byline: Optional[str] = None
    path: Optional[str] = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Article.text must be a str, got %s" % type(self.text).__name__)
        if self.id is None:
            object.__setattr__(self, "id", article_id_for(self.text, self.url))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def article_id_for(text: str, url: Optional[str] = None) -> str:
    """A stable id: from the URL when there is one, else from the normalised text.

    Normalising whitespace means the same article saved twice with different
    line endings or trailing blanks still gets the same id.
    """
    if url:
        basis = "url:" + url.strip()
    else:
        basis = "text:" + " ".join(text.split())
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Quote:
    """One attributed quote.

    ``start``/``end`` are offsets into the article text as given, so
    ``article_text[start:end]`` is the raw quoted content (for a quote split
    around its attribution, the hull; the parts are in ``spans``).
    """

    article_id: Optional[str]
    text: str
    start: int
    end: int
    kind: str
    speaker: Optional[str] = None
    mention: Optional[str] = None
    speaker_type: Optional[str] = None
    role: Optional[str] = None
    cue: Optional[str] = None
    date: Optional[str] = None
    context: str = ""
    paragraph: int = 0
    confidence: float = 0.0
    rule: Optional[str] = None
    spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["spans"] = [list(s) for s in self.spans]
        return d
