"""The ingest pipeline: articles in, quotes saved; extraction in workers, one writer.

    read (caller's iterator) -> skip unchanged -> extract (N processes) -> save in batches

Memory stays flat whatever the corpus size: at most a few batches of
articles are in flight at once (``multiprocessing.Pool.imap`` would read the
whole input ahead, so work is handed out through a bounded window instead).

Crash safety comes from the store: every batch is one transaction, and an
article whose id and content hash are already stored is 'unchanged'. A run
killed at any moment is completed by running it again.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

import sqlite_utils

from .engine import extract_article
from .inputs import InputError
from .model import Article, Quote
from .store import ARTICLE_COLUMNS, ArticleRows, content_hash, ensure_db_shape, finish, save_articles, to_rows

Extractor = Callable[[Article], Sequence[Quote]]


@dataclass
class IngestSummary:
    """Running totals of one ingest; `str()` is the one-line summary the CLI prints."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    quotes_added: int = 0
    speakers_merged: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.updated + self.failed

    def __str__(self) -> str:
        return (f"{self.articles} articles: {self.new} new, {self.unchanged} unchanged, "
                f"{self.updated} updated, {self.failed} failed; {self.quotes_added} quotes added")


def default_workers() -> int:
    return os.cpu_count() or 1


def ingest(
    db: sqlite_utils.Database,
    items: Iterable[Union[Article, InputError]],
    *,
    workers: int = 1,
    batch_size: int = 500,
    extract: Extractor = extract_article,
    on_error: Optional[Callable[[InputError], None]] = None,
    on_progress: Optional[Callable[[IngestSummary], None]] = None,
) -> IngestSummary:
    """Extract and save every article; report unreadable ones and go on.

    ``items`` is what `quotes.inputs.read_articles` yields: `Article`s and
    `InputError`s. ``extract`` must be a module-level function when
    ``workers > 1`` (it is sent to worker processes). Each batch of
    ``batch_size`` articles (fewer once they hold `BATCH_MAX_CHARS` of text)
    is saved in one transaction; speaker variants are
    merged and aggregates recomputed by `quotes.store.finish` at the end (or
    by the next run, if this one is killed first). The database is left in rollback-journal mode, one file
    with no pending WAL, ready for ``datasette -i``.
    """
    summary = IngestSummary()

    def fail(error: InputError) -> None:
        summary.failed += 1
        summary.errors.append(error)
        if on_error:
            on_error(error)

    ensure_db_shape(db)
    file_backed = _is_file_backed(db)
    if file_backed:
        db.enable_wal()
        # WAL + synchronous=NORMAL survives a killed process (not a power cut) and is much faster.
        db.execute("PRAGMA synchronous=NORMAL")
    connection_settings = _tune_for_bulk_writes(db)
    try:
        in_flight: Counter = Counter()
        speakers: dict = {}
        todo = _skip_unchanged(db, items, summary, fail, in_flight)
        for batch in _batches(_extracted(todo, extract, workers, batch_size), batch_size):
            ok = []
            for article_id, rows in batch:
                in_flight[article_id] -= 1
                if in_flight[article_id] <= 0:
                    del in_flight[article_id]
                if isinstance(rows, InputError):
                    fail(rows)
                else:
                    ok.append(rows)
            for result in save_articles(db, ok, speakers=speakers):
                setattr(summary, result.status, getattr(summary, result.status) + 1)
                summary.quotes_added += result.quotes_added
            if on_progress:
                on_progress(summary)
        summary.speakers_merged = finish(db)
    finally:
        if not db.conn.in_transaction:
            if file_backed:
                db.disable_wal()
            for name, value in connection_settings.items():
                db.execute(f"PRAGMA {name}={value}")
    return summary


# Page cache of the writer during an ingest (KiB): the quotes' indexes (text ids, group keys,
# speaker names) take inserts all over their b-trees, and with SQLite's default 2 MB cache
# most of those pages were read back from disk batch after batch. Bounded, so memory stays flat.
INGEST_CACHE_KIB = 32 * 1024
# Pages the WAL may reach before it is copied into the database. Each checkpoint writes
# (and syncs) every page changed since the last one; the default of 1000 pages meant a
# checkpoint every few batches, rewriting the same index pages again and again.
INGEST_WAL_PAGES = 20_000


_BULK_SETTINGS = {
    "cache_size": -INGEST_CACHE_KIB,
    "wal_autocheckpoint": INGEST_WAL_PAGES,
}


def _tune_for_bulk_writes(db: sqlite_utils.Database) -> dict:
    """Connection settings for the load only (none is stored in the file); returns the old ones."""
    old = {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in _BULK_SETTINGS}
    for name, value in _BULK_SETTINGS.items():
        db.execute(f"PRAGMA {name}={value}")
    return old


def _is_file_backed(db: sqlite_utils.Database) -> bool:
    row = db.execute("select file from pragma_database_list where name = 'main'").fetchone()
    return bool(row and row[0])


def _skip_unchanged(db, items, summary: IngestSummary, fail, in_flight: Counter) -> Iterator[Article]:
    """Drop articles already stored with the same content, before paying for extraction.

    Only when no article with that id is still on its way to the writer: the
    stored row is then the last word. (An input holding two versions of one
    URL must end with the later one, even when a rerun finds the later one
    already stored and the earlier one about to overwrite it.) The writer
    checks again, so a repeat within one run is counted as unchanged.
    """
    for item in items:
        if isinstance(item, InputError):
            fail(item)
            continue
        if item.id not in in_flight:
            row = db.conn.execute("select content_hash from articles where id = ?", [item.id]).fetchone()
            if row is not None and row[0] == content_hash(item):
                summary.unchanged += 1
                continue
        in_flight[item.id] += 1
        yield item


def _extract_one(extract: Extractor, article: Article) -> tuple[str, Union[ArticleRows, InputError]]:
    """Extract and turn into rows (in a worker, so the writer only writes)."""
    try:
        return article.id, to_rows(article, extract(article))
    except Exception as e:  # the engine promises not to raise; if it does, lose one article, not the run
        where = article.path or article.url or article.id
        return article.id, InputError(str(where), f"extraction failed: {type(e).__name__}: {e}")


def _extract_chunk(args):
    extract, chunk = args
    return [_extract_one(extract, a) for a in chunk]


def _extracted(articles: Iterable[Article], extract: Extractor, workers: int, batch_size: int):
    """(article id, `ArticleRows` or `InputError`) in input order, extracted in ``workers`` processes."""
    if workers <= 1:
        for a in articles:
            yield _extract_one(extract, a)
        return
    chunk = max(1, min(50, batch_size // workers))
    window = workers * 4  # chunks in flight: enough to keep workers busy, few enough to stay small
    source = iter(articles)
    with multiprocessing.Pool(workers) as pool:
        pending: deque = deque()

        def submit() -> bool:
            part = list(islice(source, chunk))
            if part:
                pending.append(pool.apply_async(_extract_chunk, ((extract, part),)))
            return bool(part)

        while len(pending) < window and submit():
            pass
        while pending:
            results = pending.popleft().get()
            submit()
            yield from results


# A batch also ends once its articles hold this many characters of text, so a run of
# very long articles (HTML pages of megabytes) cannot swell the writer's memory.
BATCH_MAX_CHARS = 16_000_000


def _batches(extracted, size: int):
    """Lists of at most ``size`` extraction results and about `BATCH_MAX_CHARS` of article text."""
    max_chars = BATCH_MAX_CHARS
    batch: list = []
    chars = 0
    for item in extracted:
        batch.append(item)
        rows = item[1]
        if isinstance(rows, ArticleRows):
            chars += len(rows.article[_TEXT] or "")
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


_TEXT = ARTICLE_COLUMNS.index("text")
