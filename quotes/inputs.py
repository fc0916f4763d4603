"""Files, folders and stdin in; `Article`s (or `InputError`s) out.

Placeholder: plain text and JSON Lines only. The full reader (HTML, encodings,
globs, size limits, configurable fields) replaces this module.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import yaml

from .model import Article


@dataclass(frozen=True)
class FieldNames:
    """Which keys of a JSON/JSONL record hold which article field."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str = "date"
    source: str = "source"
    url: str = "url"


@dataclass(frozen=True)
class InputError:
    """Something that could not be read, and why; the batch goes on without it."""

    path: str
    reason: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


def read_articles(
    paths: Iterable[str],
    *,
    fields: FieldNames = FieldNames(),
    overrides: Optional[dict] = None,
) -> Iterator[Union[Article, InputError]]:
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    for p in paths:
        if p == "-":
            yield from _from_text("<stdin>", sys.stdin.read(), fields, overrides)
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() not in (".txt", ".md", ".jsonl", ".json"):
                continue
            try:
                raw = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                yield InputError(str(f), str(e))
                continue
            if f.suffix.lower() in (".jsonl", ".json"):
                for n, line in enumerate(raw.splitlines(), 1):
                    if line.strip():
                        rec = json.loads(line)
                        yield Article(text=rec[fields.text], id=rec.get(fields.id),
                                      title=rec.get(fields.title), date=rec.get(fields.date),
                                      source=rec.get(fields.source), url=rec.get(fields.url),
                                      path=str(f), **overrides)
            else:
                yield from _from_text(str(f), raw, fields, overrides)


def _from_text(name, raw, fields, overrides):
    meta = {}
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end != -1:
            meta = yaml.safe_load(raw[4:end]) or {}
            raw = raw[end + 5:]
    meta = {k: str(v) for k, v in meta.items() if v is not None and k in ("title", "date", "source", "url", "byline")}
    meta.update(overrides)
    yield Article(text=raw, path=name, **meta)
