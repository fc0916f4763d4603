"""The quote database: its schema as data, and saving articles with their quotes.

Knows SQLite (through sqlite-utils) and the `model` types; nothing about files
or extraction. Every public function takes the `Database` first.

Consistency rule: `save_articles` writes one batch in one transaction, so a
crash never leaves half an article, and the FTS indexes (kept by triggers)
always match their tables. What is derived from *many* articles -- speaker
variants merged across articles, speaker counts, dates, aliases and roles,
and quote groups -- is recomputed once per ingest by `finish`, not per batch
(a popular speaker's figures would otherwise be recounted in every batch).
Each batch records what it touched in ``pending_refresh`` inside its own
transaction, so a run killed before `finish` leaves a durable to-do list and
the next run (or `finish(db)`) completes it.
"""
from __future__ import annotations

import datetime
import functools
import hashlib
import importlib.resources
import json
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence, Union

import regex
import sqlite_utils

from .model import Article, Quote
from .speakers import NameSeen, cluster_names, parse_person

# ---------------------------------------------------------------- schema as data

TABLES: dict[str, dict] = {
    "articles": {
        "columns": {"id": str, "title": str, "source": str, "url": str, "published": str,
                    "byline": str, "text": str, "path": str, "content_hash": str,
                    "ingested_at": str},
        "pk": "id",
    },
    "speakers": {
        "columns": {"id": int, "name": str, "type": str, "aliases": str, "first_seen": str,
                    "last_seen": str, "quote_count": int},
        "pk": "id",
        "not_null": {"name", "type"},
    },
    "speaker_roles": {
        "columns": {"speaker_id": int, "role": str, "first_seen": str, "last_seen": str,
                    "article_count": int},
        "pk": ("speaker_id", "role"),
    },
    "quote_groups": {
        "columns": {"key": str, "text": str, "occurrences": int, "articles": int,
                    "earliest_date": str, "outlets": str},
        "pk": "key",
    },
    "quotes": {
        "columns": {"id": str, "article_id": str, "speaker_id": int, "group_key": str,
                    "text": str, "kind": str, "speaker_name": str, "speaker_type": str,
                    "extracted_speaker": str, "mention": str, "role": str, "cue": str,
                    "date": str, "start": int, "end": int, "spans": str, "context": str,
                    "paragraph": int, "confidence": float, "rule": str},
        "pk": "id",
        "not_null": {"article_id", "text"},
    },
    # What `finish` still has to recompute: kind 'speaker' (a speaker id) or 'group' (a group key).
    "pending_refresh": {"columns": {"kind": str, "key": str}, "pk": ("kind", "key")},
}

# (table, column, other table, other column); the order tables are created in
# above satisfies every reference.
FOREIGN_KEYS = [
    ("speaker_roles", "speaker_id", "speakers", "id"),
    ("quotes", "article_id", "articles", "id"),
    ("quotes", "speaker_id", "speakers", "id"),
    ("quotes", "group_key", "quote_groups", "key"),
]

# Foreign-key columns are indexed by db.index_foreign_keys(); these are the rest.
INDEXES = [
    ("quotes", ["date"]),
    # Facets and filters on the site: a role facet over a search went 6-8x faster with it (bench_load).
    ("quotes", ["role"]),
    ("quotes", ["kind"]),
    # Covers the writer's name -> speaker lookup and the merge's scan of every name.
    ("quotes", ["extracted_speaker", "speaker_type", "speaker_id", "speaker_name"]),
    ("articles", ["published"]),
    ("articles", ["source"]),
    ("speakers", ["name"]),
]

FTS_CONFIG = {
    "quotes": ["text", "context", "speaker_name"],
    "speakers": ["name", "aliases"],
}

# The columns a journalist reads, one row per quote: the view and the CSV export both select them.
JOURNALIST_COLUMNS = """
  quotes.date as date,
  coalesce(speakers.name, quotes.speaker_name) as speaker,
  quotes.role as role,
  quotes.text as quote,
  quotes.kind as kind,
  articles.source as outlet,
  articles.title as title,
  articles.url as url,
  quotes.context as context""".strip("\n")

# `year` is there to count by: a quote dated by its day, its month or its year alone ("said in
# 2019") counts in the year its date begins with.
VIEWS = {
    "quotes_full": f"""
select
  quotes.id as quote_id,
{JOURNALIST_COLUMNS},
  substr(quotes.date, 1, 4) as year,
  quotes.speaker_id as speaker_id,
  quotes.article_id as article_id
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
order by quotes.date desc, quotes.article_id, quotes.start""".strip(),
}



def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create or complete every table, foreign key, index, FTS index and view. Idempotent.

    Safe to rerun after a crash part-way through: each step checks what exists.
    """
    # One transaction for the plain DDL: one fsync instead of dozens. (FTS setup
    # uses executescript, which commits, so it comes after, step by checked step.)
    with db.atomic():
        for name, spec in TABLES.items():
            table = db.table(name)
            fks = [(c, ot, oc) for t, c, ot, oc in FOREIGN_KEYS if t == name]
            if not table.exists():
                table.create(spec["columns"], pk=spec["pk"], foreign_keys=fks,
                             not_null=spec.get("not_null"), if_not_exists=True)
                continue
            existing = table.columns_dict
            for column, type_ in spec["columns"].items():
                if column not in existing:
                    table.add_column(column, type_)
            have = {(fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys}
            missing = [(name, c, ot, oc) for c, ot, oc in fks if (c, ot, oc) not in have]
            if missing:
                db.add_foreign_keys(missing)
        db.index_foreign_keys()
        for name, columns in INDEXES:
            db.table(name).create_index(columns, if_not_exists=True, find_unique_name=False,
                                        index_name="idx_{}_{}".format(name, "_".join(columns)))
        for name, sql in VIEWS.items():
            db.create_view(name, sql, replace=True)
    for name, columns in FTS_CONFIG.items():
        # replace=True is a no-op when the index and its triggers are already right,
        # and rebuilds them when a crash left the FTS table without triggers.
        db.table(name).enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)


# ---------------------------------------------------------------- pure helpers

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")


def group_key(text: str) -> str:
    """The key shared by one quote carried by several articles: lower-case, no punctuation."""
    key = " ".join(_NOT_WORD.sub("", text.lower()).split())
    return key or " ".join(text.lower().split())


def content_hash(article: Article) -> str:
    """What an article's stored quotes were made from: its text and metadata, and the engine's rules.

    Changes when the text or metadata changes (not when the file is only moved), and when
    the extraction engine changes, so that ingesting the same articles after an upgrade
    extracts them again instead of keeping the old engine's quotes as "unchanged".
    """
    basis = "\x1f".join(v or "" for v in (article.text, article.title, article.date, article.source,
                                           article.url, article.byline, engine_fingerprint()))
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()


@functools.lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """A hash of the extraction engine's source: its rules and word lists."""
    digest = hashlib.sha1()
    for path in sorted(importlib.resources.files("quotes.engine").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".py"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def quote_id(article_id: str, q: Quote) -> str:
    """Stable across re-ingests, so Datasette row URLs survive a rebuild."""
    basis = f"{article_id}\x1f{q.start}\x1f{q.end}\x1f{q.kind}\x1f{q.text}"
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True)
class ArticleRows:
    """An article and its quotes as database rows, before speakers are resolved.

    The pure half of saving: `to_rows` can run in an extraction worker, so
    the single writer process only resolves speakers and inserts.
    ``article`` is in ARTICLE_COLUMNS order (``ingested_at`` None); each quote
    row is in QUOTE_COLUMNS order with ``speaker_id``/``speaker_name`` None,
    one row per quote id.
    """

    article: tuple
    quotes: tuple

    @property
    def id(self) -> str:
        return self.article[0]


def to_rows(article: Article, quotes: Sequence[Quote]) -> ArticleRows:
    """Turn an article and its quotes into rows (pure; no database)."""
    article_row = (article.id, article.title, article.source, article.url, article.date,
                   article.byline, article.text, article.path, content_hash(article), None)
    rows = {}
    for q in quotes:
        row = (
            quote_id(article.id, q), article.id, None, group_key(q.text), q.text, q.kind,
            None, _speaker_type(q), q.speaker or None, q.mention, q.role, q.cue,
            q.date or article.date, q.start, q.end, _spans_json(q.spans),
            q.context, q.paragraph, q.confidence, q.rule,
        )
        rows.setdefault(row[0], row)
    return ArticleRows(article_row, tuple(rows.values()))


def _spans_json(spans) -> str:
    """``json.dumps([list(s) for s in spans])``, byte for byte, without the encoder (a tenth of to_rows)."""
    return "[" + ", ".join(f"[{int(a)}, {int(b)}]" for a, b in spans) + "]"


ARTICLE_COLUMNS = list(TABLES["articles"]["columns"])
QUOTE_COLUMNS = list(TABLES["quotes"]["columns"])
_UPSERT_ARTICLE = "insert into articles ({}) values ({}) on conflict(id) do update set {}".format(
    ", ".join(f"[{c}]" for c in ARTICLE_COLUMNS), ", ".join("?" * len(ARTICLE_COLUMNS)),
    ", ".join(f"[{c}] = excluded.[{c}]" for c in ARTICLE_COLUMNS[1:]))
_QUOTE_LIST = ", ".join(f"[{c}]" for c in QUOTE_COLUMNS)
_CREATE_STAGING = "create temp table if not exists quote_staging as select * from main.quotes where 0"
_STAGE_QUOTE = "insert into temp.quote_staging ({}) values ({})".format(
    _QUOTE_LIST, ", ".join("?" * len(QUOTE_COLUMNS)))
_FROM_STAGING = "insert or ignore into main.quotes ({0}) select {0} from temp.quote_staging".format(
    _QUOTE_LIST)


def _speaker_type(q: Quote) -> Optional[str]:
    if not q.speaker:
        return None
    return q.speaker_type or "person"


# ---------------------------------------------------------------- writes

@dataclass
class SaveResult:
    """What saving one article did: status is 'new', 'unchanged' or 'updated'."""

    article_id: str
    status: str
    quotes_added: int = 0


def save_article(db: sqlite_utils.Database, article: Article, quotes: Sequence[Quote]) -> SaveResult:
    """Save one article with its quotes, then bring every aggregate up to date.

    Convenient for a few articles; to load many, call `save_articles` per
    batch and `finish` once at the end.
    """
    result = save_articles(db, [(article, quotes)])[0]
    finish(db)
    return result


def save_articles(
    db: sqlite_utils.Database,
    batch: Iterable[Union[tuple[Article, Sequence[Quote]], ArticleRows]],
    *,
    now: Optional[str] = None,
    speakers: Optional[dict] = None,
) -> list[SaveResult]:
    """Save articles with their quotes, all in one transaction.

    An article already stored with the same content hash is left alone
    ('unchanged'); one whose id is stored with another hash has its old quotes
    deleted and replaced ('updated'). Quotes without a speaker are kept with a
    null ``speaker_id``. Speakers and quote groups touched are queued in
    ``pending_refresh`` for `finish`. Items may be ``(article, quotes)`` pairs
    or `ArticleRows` already made by `to_rows`.

    ``speakers`` may be a dict kept from one batch to the next (as `ingest`
    does) so that a name resolved once is not looked up again; it holds
    speaker ids, so it is only valid until `finish` merges speakers.
    """
    now = now or datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    rows = [item if isinstance(item, ArticleRows) else to_rows(*item) for item in batch]
    if speakers is None or len(speakers) > _SPEAKER_CACHE_SIZE:
        speakers = {} if speakers is None else (speakers.clear() or speakers)
    results = []
    with db.atomic():
        # One query for the stored hashes of the whole batch, not one per article.
        stored = dict(db.conn.execute(
            "select id, content_hash from articles where id in (select value from json_each(?))",
            [json.dumps(sorted({r.id for r in rows}))]))
        staged = _Staging(db, speakers)
        for r in rows:
            results.append(_save_one(db, staged, r, stored, now))
        staged.flush()
        db.conn.executemany("insert or ignore into pending_refresh (kind, key) values (?, ?)",
                            sorted(staged.pending))
    return results


# Names kept resolved across batches; bounded so the writer's memory stays flat.
_SPEAKER_CACHE_SIZE = 50_000


class _Staging:
    """Quote rows of a batch, inserted into `quotes` by one statement.

    Why: the FTS triggers run inside each INSERT's statement savepoint, and
    FTS5 flushes its pending index at every savepoint; one row per statement
    makes the index several times slower to build than one statement per batch.
    """

    def __init__(self, db, speakers: dict) -> None:
        self.db = db
        self.rows: list[tuple] = []
        self.groups: set[tuple[str, str]] = set()
        self.pending: set[tuple[str, str]] = set()
        self.speakers: dict[tuple[str, str], tuple[Optional[int], str]] = speakers

    def flush(self) -> None:
        if not self.rows:
            return
        # Group rows go in first so the foreign key holds even with PRAGMA foreign_keys=on;
        # `finish` fills in their figures.
        self.db.conn.executemany("insert or ignore into quote_groups (key, text, occurrences, articles)"
                                 " values (?, ?, 0, 0)", sorted(self.groups))
        conn = self.db.conn
        conn.execute(_CREATE_STAGING)
        conn.executemany(_STAGE_QUOTE, self.rows)
        conn.execute(_FROM_STAGING)
        conn.execute("delete from temp.quote_staging")
        self.rows, self.groups = [], set()


def _save_one(db, staged: _Staging, rows: ArticleRows, stored: dict, now: str) -> SaveResult:
    """Save one article of a batch; ``stored`` is id -> content hash, kept current as the batch goes."""
    article_id, new_hash = rows.id, rows.article[_HASH]
    old = stored.get(article_id)
    if old == new_hash:
        return SaveResult(article_id, "unchanged")
    conn = db.conn
    status = "new"
    if old is not None:
        status = "updated"
        staged.flush()  # the same article may have been staged earlier in this batch
        for speaker_id, key in conn.execute(
                "select speaker_id, group_key from quotes where article_id = ?", [article_id]):
            if speaker_id is not None:
                staged.pending.add(("speaker", str(speaker_id)))
            staged.pending.add(("group", key))
        # Explicit delete (not INSERT OR REPLACE) so the FTS delete trigger fires.
        conn.execute("delete from quotes where article_id = ?", [article_id])
    conn.execute(_UPSERT_ARTICLE, rows.article[:-1] + (now,))
    stored[article_id] = new_hash
    for r in rows.quotes:
        if r[8] is not None:  # extracted_speaker, speaker_type -> speaker_id, speaker_name
            speaker_id, speaker_name = _speaker_for(conn, r[8], r[7], staged.speakers)
            if speaker_id is not None:
                staged.pending.add(("speaker", str(speaker_id)))
            r = r[:2] + (speaker_id,) + r[3:6] + (speaker_name,) + r[7:]
        staged.rows.append(r)
        staged.groups.add((r[3], r[4]))
        staged.pending.add(("group", r[3]))
    return SaveResult(article_id, status, len(rows.quotes))


_HASH = ARTICLE_COLUMNS.index("content_hash")


def _speaker_for(conn, name: str, type_: str, cache: dict) -> tuple[Optional[int], str]:
    """The speaker a name already belongs to, else a new speaker (merged later by `finish`).

    A person "name" that is only a title ("the judge") gets no speaker row
    (see `quotes.speakers`); the quote keeps the words as ``speaker_name``.
    Looked up before the name is parsed: only a real name ever gets a speaker id.
    """
    key = (name, type_)
    found = cache.get(key)
    if found is not None:
        return found
    found = conn.execute(
        "select speaker_id, speaker_name from quotes where extracted_speaker = ? and speaker_type = ?"
        " and speaker_id is not null limit 1", [name, type_]).fetchone()
    if found is None:
        parsed = parse_person(name) if type_ == "person" else None
        if type_ == "person" and parsed is None:
            cache[key] = (None, name)
            return cache[key]
        display = parsed.display if parsed is not None else name.strip()
        found = conn.execute("select id, name from speakers where name = ? and type = ? limit 1",
                             [display, type_]).fetchone()
        if found is None:
            cur = conn.execute("insert into speakers (name, type, aliases, quote_count) values (?, ?, ?, 0)",
                               [display, type_, json.dumps([name], ensure_ascii=False)])
            found = (cur.lastrowid, display)
    cache[key] = (found[0], found[1])
    return cache[key]


# ---------------------------------------------------------------- aggregates

def pending_count(db: sqlite_utils.Database) -> int:
    """How many speakers and quote groups wait for `finish` (0 when the database is complete)."""
    return db.execute("select count(*) from pending_refresh").fetchone()[0]


def finish(db: sqlite_utils.Database) -> int:
    """Complete what batches left pending, in one transaction: merge speakers, recount, regroup.

    Idempotent; a no-op when nothing is pending. Returns how many quotes
    changed speaker in the merge.
    """
    if not pending_count(db):
        return 0
    changed = 0
    with db.atomic():
        if db.execute("select 1 from pending_refresh where kind = 'speaker' limit 1").fetchone():
            changed = merge_speakers(db)
        keys = [k for (k,) in db.execute("select key from pending_refresh where kind = 'group'")]
        for i in range(0, len(keys), 5000):
            refresh_quote_groups(db, set(keys[i:i + 5000]))
        db.execute("delete from pending_refresh")
    return changed


def merge_speakers(db: sqlite_utils.Database) -> int:
    """Merge speaker variants across all articles (see `quotes.speakers`) and recount every speaker.

    Rebuilds the speaker of every quote from the names the engine extracted,
    so the result depends only on what is stored -- not on the order articles
    arrived in, nor on where an earlier run was interrupted. Keeps a speaker's
    id when it can (the id most of its quotes already had). Returns how many
    quotes changed speaker.
    """
    with db.atomic():
        seen: Counter = Counter()
        votes: dict[tuple[str, str], Counter] = {}
        for name, type_, speaker_id, n in db.execute(
                "select extracted_speaker, speaker_type, speaker_id, count(*) from quotes"
                " where extracted_speaker is not null group by 1, 2, 3"):
            seen[(name, type_)] += n
            votes.setdefault((name, type_), Counter())[speaker_id] += n
        clusters = cluster_names(NameSeen(n, t, c) for (n, t), c in seen.items())
        existing = {sid for (sid,) in db.execute("select id from speakers")}
        claimed: set = set()
        mapping = []
        for cluster in sorted(clusters, key=lambda c: (-c.count, c.type, c.name)):
            tally: Counter = Counter()
            for alias in cluster.aliases:
                tally.update(votes.get((alias, cluster.type), {}))
            candidates = sorted((-n, sid) for sid, n in tally.items()
                                if sid in existing and sid not in claimed)
            if candidates:
                speaker_id = candidates[0][1]
                db.execute("update speakers set name = ?, type = ? where id = ? and (name, type) != (?, ?)",
                           [cluster.name, cluster.type, speaker_id, cluster.name, cluster.type])
            else:
                speaker_id = db.execute(
                    "insert into speakers (name, type, aliases, quote_count) values (?, ?, '[]', 0)",
                    [cluster.name, cluster.type]).lastrowid
            claimed.add(speaker_id)
            mapping.extend((alias, cluster.type, speaker_id, cluster.name) for alias in cluster.aliases)
        in_clusters = {(alias, c.type) for c in clusters for alias in c.aliases}
        mapping.extend((name, type_, None, name) for name, type_ in seen if (name, type_) not in in_clusters)
        # One UPDATE statement, not one per name: see `_Staging` on FTS and savepoints.
        db.execute("create temp table if not exists speaker_map"
                   " (name text, type text, speaker_id integer, speaker_name text, primary key (name, type))")
        db.execute("delete from temp.speaker_map")
        db.conn.executemany("insert or replace into temp.speaker_map values (?, ?, ?, ?)", mapping)
        changed = db.execute("""
            update main.quotes set speaker_id = m.speaker_id, speaker_name = m.speaker_name
            from temp.speaker_map as m
            where quotes.extracted_speaker = m.name and quotes.speaker_type = m.type
              and (quotes.speaker_id is not m.speaker_id or quotes.speaker_name is not m.speaker_name)
            """).rowcount
        refresh_speakers(db)
    return changed


def refresh_speakers(db: sqlite_utils.Database) -> None:
    """Recount every speaker's quotes, dates, aliases and roles from the quotes; drop unquoted speakers.

    One pass over the quotes; rows whose figures did not change are not
    rewritten (so the speakers FTS index is not churned).
    """
    db.execute("""
        with stats as (
          select speaker_id, count(*) as n, min(date) as first, max(date) as last
          from quotes where speaker_id is not null group by speaker_id
        ), names as (
          select speaker_id, json_group_array(extracted_speaker) as aliases from (
            select distinct speaker_id, extracted_speaker from quotes
            where speaker_id is not null and extracted_speaker is not null
            order by speaker_id, extracted_speaker)
          group by speaker_id
        ), fresh as (
          select stats.speaker_id, stats.n, stats.first, stats.last,
                 coalesce(names.aliases, '[]') as aliases
          from stats left join names on names.speaker_id = stats.speaker_id
        )
        update speakers set quote_count = fresh.n, first_seen = fresh.first,
          last_seen = fresh.last, aliases = fresh.aliases
        from fresh
        where fresh.speaker_id = speakers.id
          and (quote_count is not fresh.n or first_seen is not fresh.first
               or last_seen is not fresh.last or speakers.aliases is not fresh.aliases)""")
    db.execute("delete from speaker_roles")
    db.execute("""
        insert into speaker_roles (speaker_id, role, first_seen, last_seen, article_count)
        select speaker_id, min(role), min(date), max(date), count(distinct article_id)
        from quotes
        where speaker_id is not null and role is not null and trim(role) != ''
        group by speaker_id, lower(role)""")
    db.execute("delete from speakers where not exists"
               " (select 1 from quotes where quotes.speaker_id = speakers.id)")


def refresh_quote_groups(db: sqlite_utils.Database, keys: Optional[set] = None) -> None:
    """Recompute these quote groups (all when None) from the quotes; drop groups left empty."""
    if keys is not None and not keys:
        return
    where, params = ("1", []) if keys is None else (
        "q.group_key in (select value from json_each(?))", [json.dumps(sorted(keys))])
    db.execute(f"""
        insert into quote_groups (key, text, occurrences, articles, earliest_date, outlets)
        select q.group_key,
          (select text from quotes q2 where q2.group_key = q.group_key
             order by q2.date is null, q2.date, q2.id limit 1),
          count(*), count(distinct q.article_id), min(q.date),
          (select json_group_array(source) from (
             select distinct a.source from quotes q3 join articles a on a.id = q3.article_id
             where q3.group_key = q.group_key and a.source is not null order by a.source))
        from quotes q where {where}
        group by q.group_key
        on conflict(key) do update set text = excluded.text, occurrences = excluded.occurrences,
          articles = excluded.articles, earliest_date = excluded.earliest_date,
          outlets = excluded.outlets""", params)
    gwhere = "1" if keys is None else "key in (select value from json_each(?))"
    db.execute(f"delete from quote_groups where {gwhere} and not exists "
               "(select 1 from quotes where quotes.group_key = quote_groups.key)", params)
