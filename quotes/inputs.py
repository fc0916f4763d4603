"""Files, folders and stdin in; `Article`s (or `InputError`s) out, one at a time.

What it reads:

- **HTML** pages (``.html``, ``.htm``): the article body and metadata, by trafilatura
  (see ``html_article``);
- **text and Markdown** (``.txt``, ``.md``) with optional YAML front matter
  (``title``, ``date``, ``source``, ``url``, ``byline``, ``id``);
- **JSON** (an object or an array of objects) and **JSON Lines** (``.jsonl``,
  ``.ndjson``), with configurable field names (`FieldNames`); other keys are ignored;
- **stdin** (``-``), its format sniffed from the first bytes;
- **folders**, recursively, filtered by ``include``/``exclude`` globs.

How it fails: every problem with one file, one JSON line or one record is
yielded as an `InputError` (path, reason, line) and the batch goes on, so
nothing that could be read is lost. A date that is present but unreadable does
*not* fail the article: it is kept with ``date=None`` and an `InputWarning` goes
to ``on_warning``, because the quotes in it are still worth having.

Memory stays flat: articles are yielded as they are read, folders are walked
lazily, JSON Lines are streamed line by line (``max_bytes`` then limits each
line, not the file), and whole-document formats (HTML, text, JSON) are refused
above ``max_bytes`` before they are read.
"""
from __future__ import annotations

import fnmatch
import html
import io
import json
import logging
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional, Union

import yaml

from .html_article import NoArticleText, extract_html
from .metadata_dates import UnparseableDate, parse_date
from .model import Article
from .text_decoding import DecodeError, binary_reason, decode, decode_line, normalise_newlines, split_bom

DEFAULT_MAX_BYTES = 20_000_000

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
#: What a folder walk reads when no ``include`` globs are given.
KNOWN_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

STDIN = "<stdin>"
_HEAD_BYTES = 65536
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldNames:
    """Which keys of a JSON/JSONL record hold which article field.

    A dotted name (``"meta.headline"``) reaches into nested objects when no key
    has that exact name.
    """

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str = "date"
    source: str = "source"
    url: str = "url"
    byline: str = "byline"


@dataclass(frozen=True)
class _Report:
    """A path (and line, in a JSON Lines file) and what happened there, printed as `path:line: reason`."""

    path: str
    reason: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class InputError(_Report):
    """Something that could not be read, and why; the batch goes on without it."""


@dataclass(frozen=True)
class InputWarning(_Report):
    """Something odd about an article that was still read (an unreadable date)."""


Item = Union[Article, InputError]


def read_articles(
    paths: Iterable[str],
    *,
    fields: FieldNames = FieldNames(),
    overrides: Optional[dict] = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    dayfirst: bool = False,
    on_warning: Optional[Callable[[InputWarning], None]] = None,
    stdin: Optional[BinaryIO] = None,
) -> Iterator[Item]:
    """Yield an `Article` for each article found in ``paths``, an `InputError` for each failure.

    :param paths: files, folders, or ``"-"`` for stdin.
    :param fields: record keys for JSON and JSON Lines input.
    :param overrides: ``title``/``date``/``source``/``url``/``byline`` values that
        replace what each article says about itself (None values are ignored).
    :param include: globs a file in a folder must match (default: the known suffixes).
        Matched against the path relative to the folder and against the file name.
    :param exclude: globs that skip files in a folder. Paths named directly are
        always read.
    :param max_bytes: largest file read whole, and largest JSON line.
    :param dayfirst: read ``03/04/2022`` as 3 April rather than March 4.
    :param on_warning: called with each `InputWarning`; default: logged.
    :param stdin: binary stream for ``"-"``; default ``sys.stdin.buffer``.
    """
    reader = _Reader(
        fields=fields,
        overrides={k: v for k, v in (overrides or {}).items() if v is not None},
        max_bytes=max_bytes,
        dayfirst=dayfirst,
        on_warning=on_warning or (lambda w: _log.warning("%s", w)),
    )
    include, exclude = tuple(include), tuple(exclude)
    for given in map(os.fspath, paths):
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from reader.read_stream(STDIN, stream, fmt=None)
        elif os.path.isdir(given):
            for found in _walk(Path(given), include, exclude):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from reader.read_file(str(found))
        else:
            yield from reader.read_file(given)


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Union[Path, InputError]]:
    """Files under ``root`` in a stable (sorted) order, skipping hidden files and folders."""
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        for error in errors:
            yield InputError(str(error.filename or dirpath), _os_reason(error))
        errors.clear()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if _selected(path.relative_to(root).as_posix(), name, include, exclude):
                yield path
    for error in errors:
        yield InputError(str(error.filename or root), _os_reason(error))


def _selected(relative: str, name: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    def matches(patterns: tuple[str, ...]) -> bool:
        return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in patterns)

    if exclude and matches(exclude):
        return False
    if include:
        return matches(include)
    return Path(name).suffix.lower() in KNOWN_SUFFIXES


def _format_for(path: str) -> Optional[str]:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "markdown" if suffix in (".md", ".markdown") else "text"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


class _Reader:
    """The reading options, and one method per way of reading."""

    def __init__(self, *, fields: FieldNames, overrides: dict, max_bytes: int, dayfirst: bool,
                 on_warning: Callable[[InputWarning], None]) -> None:
        if max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        self.fields = fields
        self.max_bytes = max_bytes
        self.dayfirst = dayfirst
        self.on_warning = on_warning
        self.overrides = dict(overrides)
        if "date" in self.overrides:
            self.overrides["date"] = parse_date(self.overrides["date"], dayfirst=dayfirst)

    # -- files and streams -------------------------------------------------

    def read_file(self, path: str) -> Iterator[Item]:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                yield InputError(path, f"broken symbolic link (points to {os.readlink(path)!r}, which does not exist)")
            else:
                yield InputError(path, "no such file or directory")
            return
        except OSError as e:
            yield InputError(path, _os_reason(e))
            return
        if not stat.S_ISREG(info.st_mode):
            # Opening a named pipe would block forever; a device could be endless.
            yield InputError(path, f"not a regular file ({_file_kind(info.st_mode)})")
            return
        fmt = _format_for(path)
        # JSON may turn out to be JSON Lines, which is streamed and limited per line.
        if fmt not in ("jsonl", "json") and info.st_size > self.max_bytes:
            yield InputError(path, f"file is {_size(info.st_size)}, over the {_size(self.max_bytes)} limit"
                                   " (raise it with --max-bytes)")
            return
        try:
            stream = open(path, "rb")
        except OSError as e:
            yield InputError(path, _os_reason(e))
            return
        with stream:
            try:
                yield from self.read_stream(path, stream, fmt=fmt)
            except OSError as e:  # e.g. EIO halfway through
                yield InputError(path, _os_reason(e))

    def read_stream(self, name: str, raw: BinaryIO, *, fmt: Optional[str]) -> Iterator[Item]:
        head = raw.read(_HEAD_BYTES)
        stream = io.BufferedReader(_Prefixed(head, raw), buffer_size=_HEAD_BYTES)
        bom, after_bom = split_bom(head)
        if bom is None:
            reason = binary_reason(head)
            if reason:
                yield InputError(name, reason)
                return
        if fmt is None:
            fmt = _sniff(after_bom)
        if fmt == "json":
            fmt = _json_layout(head, full=len(head) == _HEAD_BYTES)
        if fmt == "jsonl":
            yield from self._json_lines(name, stream, bom)
            return
        data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            yield InputError(name, f"input is over the {_size(self.max_bytes)} limit (raise it with --max-bytes)")
            return
        declared = _declared_charset(head) if fmt == "html" else None
        try:
            text = normalise_newlines(decode(data, declared=declared))
        except DecodeError as e:
            yield InputError(name, str(e))
            return
        if fmt == "html":
            yield self._from_html(name, text)
        elif fmt == "json-document":
            yield from self._json_document(name, text)
        else:
            yield self._from_text(name, text, markdown=fmt == "markdown")

    # -- formats -----------------------------------------------------------

    def _from_text(self, name: str, text: str, *, markdown: bool) -> Item:
        try:
            meta, body = _split_front_matter(text)
        except ValueError as e:
            return InputError(name, str(e))
        if markdown and "title" not in meta:
            heading = re.match(r"\s*#\s+(.+?)\s*#*\s*\n", body)
            if heading:
                meta["title"] = heading.group(1)
        return self._article(name, body, meta)

    def _from_html(self, name: str, page: str) -> Item:
        try:
            found = extract_html(page, url=self.overrides.get("url"))
        except NoArticleText as e:
            return InputError(name, str(e))
        meta = {"title": found.title, "date": found.date, "source": found.source,
                "url": found.url, "byline": found.byline}
        return self._article(name, found.text, meta)

    def _json_document(self, name: str, text: str) -> Iterator[Item]:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as e:
            yield InputError(name, f"invalid JSON: {e.msg} (column {e.colno})", line=e.lineno)
            return
        if isinstance(document, list):
            for number, record in enumerate(document, 1):
                yield self._from_record(name, record, where=f"item {number}: ")
        else:
            yield self._from_record(name, document)

    def _json_lines(self, name: str, stream: io.BufferedReader, bom: Optional[str]) -> Iterator[Item]:
        # Universal newlines; undecodable bytes survive as surrogates, and only
        # the lines that have them are decoded again (as Windows-1252).
        encoding = _STREAM_ENCODINGS[bom]  # these codecs consume the byte-order mark themselves
        text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline=None)
        number = 0
        while True:
            line = text.readline(self.max_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) > self.max_bytes and not line.endswith("\n"):
                while line and not line.endswith("\n"):  # skip the rest of the over-long line
                    line = text.readline(_HEAD_BYTES)
                yield InputError(name, f"line is over the {_size(self.max_bytes)} limit (raise it with --max-bytes)",
                                 line=number)
                continue
            if not line.strip():
                continue
            if _has_surrogates(line):
                try:
                    line = decode_line(line.encode("utf-8", "surrogateescape"))
                except DecodeError as e:
                    yield InputError(name, str(e), line=number)
                    continue
            try:
                record = json.loads(line.rstrip("\n"))
            except json.JSONDecodeError as e:
                yield InputError(name, f"malformed JSON: {e.msg} (column {e.colno})", line=number)
                continue
            yield self._from_record(name, record, line=number)

    def _from_record(self, name: str, record: Any, *, line: Optional[int] = None, where: str = "") -> Item:
        if not isinstance(record, dict):
            return InputError(name, f"{where}not a JSON object but {_json_kind(record)}", line=line)
        f = self.fields
        raw_text = _lookup(record, f.text)
        if raw_text is None:
            keys = ", ".join(sorted(map(str, record))[:12])
            return InputError(name, f"{where}no {f.text!r} field (keys: {keys}); choose one with --text-field",
                              line=line)
        text = _record_text(raw_text)
        if text is None:
            return InputError(name, f"{where}field {f.text!r} is {_json_kind(raw_text)}, not text", line=line)
        meta = {key: _unescape(_as_text(_lookup(record, getattr(f, key))))
                for key in ("id", "title", "source", "url", "byline")}
        meta["date"] = _lookup(record, f.date)
        return self._article(name, normalise_newlines(_unescape(text)), meta, line=line, where=where)

    # -- the one place an Article is made ----------------------------------

    def _article(self, name: str, text: str, meta: dict, *, line: Optional[int] = None, where: str = "") -> Item:
        text = text.strip()
        if not text:
            return InputError(name, f"{where}empty article (no text)", line=line)
        meta = {k: v for k, v in meta.items() if v not in (None, "")}
        meta.update(self.overrides)
        if "date" in meta and "date" not in self.overrides:
            try:
                meta["date"] = parse_date(meta["date"], dayfirst=self.dayfirst)
            except UnparseableDate as e:
                self.on_warning(InputWarning(name, f"{where}{e}; article kept without a date", line))
                meta["date"] = None
        return Article(text=text, path=name, **meta)


# -- helpers ---------------------------------------------------------------


class _Prefixed(io.RawIOBase):
    """A raw stream that replays the bytes already read for sniffing, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


_STREAM_ENCODINGS = {None: "utf-8", "utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
                     "utf-32-le": "utf-32", "utf-32-be": "utf-32"}
_HTML_START = re.compile(rb"\s*<(\?xml|!doctype\s+html|html|head|body|article|main|div|p|meta|title|section|!--)[\s>]",
                         re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _sniff(head: bytes) -> str:
    """The format of a stream with no file name: JSON, HTML or text."""
    start = head.lstrip()[:1]
    if start in (b"{", b"["):
        return "json"
    if _HTML_START.match(head):
        return "html"
    return "text"


def _json_layout(head: bytes, *, full: bool) -> str:
    """``jsonl`` when the first line is a whole JSON object (one record per line),
    else ``json-document`` (an array, or one pretty-printed object)."""
    _, body = split_bom(head)
    text = body.decode("utf-8", "replace").lstrip()
    if text.startswith("["):
        return "json-document"
    first, newline, _ = text.partition("\n")
    if not newline and full:
        return "jsonl"  # a first record longer than the sniffing window
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "json-document"
    except json.JSONDecodeError:
        return "json-document"


def _declared_charset(head: bytes) -> Optional[str]:
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii") if match else None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEYS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "published_at": "date",
    "source": "source", "outlet": "source", "publication": "source", "site": "source",
    "url": "url", "link": "url",
    "byline": "byline", "author": "byline", "authors": "byline",
    "id": "id",
}


def _split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (between ``---`` lines at the very top) and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ValueError(f"invalid YAML front matter: {problem}{where}") from None
    if not isinstance(data, dict):
        return {}, text  # a horizontal rule, not front matter
    meta: dict = {}
    for key, value in data.items():
        field = _FRONT_MATTER_KEYS.get(str(key).strip().lower())
        if field and field not in meta:
            meta[field] = value if field == "date" else _as_text(value)
    return meta, text[match.end():]


def _lookup(record: dict, key: str) -> Any:
    if key in record:
        return record[key]
    if "." in key:
        value: Any = record
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value
    return None


def _record_text(value: Any) -> Optional[str]:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip())  # a list of paragraphs
    return None


def _as_text(value: Any) -> Optional[str]:
    """A metadata value as one line of text: names of author objects, lists joined."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    if isinstance(value, (list, tuple)):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    text = " ".join(str(value).split())
    return text or None


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescape(value: Optional[str]) -> Optional[str]:
    """Scrapers leave ``&amp;``/``&#8217;`` in JSON text; only complete entities are decoded."""
    if value is None or "&" not in value:
        return value
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), value)


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _has_surrogates(text: str) -> bool:
    """Does ``text`` hold bytes that surrogateescape could not decode? (One C-speed search, not a loop.)"""
    return not text.isascii() and _ESCAPED_BYTE.search(text) is not None


def _json_kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return error.strerror.lower() if error.strerror else str(error)


def _size(n: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"
