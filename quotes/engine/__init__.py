"""Pure extraction core: article text in, `Quote`s out. No files, no database, no click."""
from __future__ import annotations

from typing import Optional

import regex

from ..model import Article, Quote

_PAIR = regex.compile(r"[“\"]([^“”\"\n]{1,2000})[”\"]")


def extract(
    text: str,
    *,
    date: Optional[str] = None,
    source: Optional[str] = None,
    url: Optional[str] = None,
    title: Optional[str] = None,
    article_id: Optional[str] = None,
) -> list[Quote]:
    """Every quote in ``text``, attributed where the article says who spoke."""
    article = Article(text=text, id=article_id, date=date, source=source, url=url, title=title)
    return extract_article(article)


def extract_article(article: Article) -> list[Quote]:
    """Like `extract`, for an `Article` that already carries its metadata."""
    # Placeholder engine (replaced by the rule engine): paired double quotes only.
    out = []
    for m in _PAIR.finditer(article.text):
        out.append(Quote(article_id=article.id, text=" ".join(m.group(1).split()),
                         start=m.start(1), end=m.end(1), kind="direct", date=article.date,
                         spans=((m.start(1), m.end(1)),)))
    return out
