"""The quote database: its schema as data, and saving articles with their quotes.

Knows SQLite (through sqlite-utils) and the `model` types; nothing about files
or extraction. Every public function takes the `Database` first.

Consistency rule: every write function leaves the database consistent when it
commits -- foreign keys point at rows, FTS matches its table (triggers), and
the per-speaker and per-quote-group aggregates are recomputed for what the
write touched. The one thing deferred is *merging* speaker variants across
articles ("Mr. Blinken" into "Antony Blinken"), which needs every name at
once: writes flag it as pending in ``ingest_state`` and `merge_speakers`
completes it, so a run killed before the merge is finished by the next run.
"""
from __future__ import annotations

import datetime
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

import regex
import sqlite_utils
from sqlite_utils.utils import hash_record

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
    # Bookkeeping that must survive a crash, e.g. "speaker merging is pending".
    "ingest_state": {"columns": {"key": str, "value": str}, "pk": "key"},
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
    ("quotes", ["extracted_speaker", "speaker_type"]),
    ("articles", ["published"]),
    ("articles", ["source"]),
    ("speakers", ["name"]),
]

FTS_CONFIG = {
    "quotes": ["text", "context", "speaker_name"],
    "speakers": ["name", "aliases"],
}

VIEWS = {
    "quotes_full": """
select
  quotes.id as quote_id,
  quotes.date as date,
  coalesce(speakers.name, quotes.speaker_name) as speaker,
  quotes.role as role,
  quotes.text as quote,
  quotes.kind as kind,
  articles.source as outlet,
  articles.title as title,
  articles.url as url,
  quotes.context as context,
  quotes.speaker_id as speaker_id,
  quotes.article_id as article_id
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
order by quotes.date desc, quotes.article_id, quotes.start""".strip(),
}

MERGE_PENDING = "speaker_merge_pending"


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create or complete every table, foreign key, index, FTS index and view. Idempotent.

    Safe to rerun after a crash part-way through: each step checks what exists.
    """
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
    for name, columns in FTS_CONFIG.items():
        # replace=True is a no-op when the index and its triggers are already right,
        # and rebuilds them when a crash left the FTS table without triggers.
        db.table(name).enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


# ---------------------------------------------------------------- pure helpers

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")


def group_key(text: str) -> str:
    """The key shared by one quote carried by several articles: lower-case, no punctuation."""
    key = " ".join(_NOT_WORD.sub("", text.lower()).split())
    return key or " ".join(text.lower().split())


def content_hash(article: Article) -> str:
    """Changes when the article's text or metadata changes (not when it is only moved)."""
    basis = [article.text, article.title, article.date, article.source, article.url, article.byline]
    return hashlib.sha1(json.dumps(basis, ensure_ascii=False).encode("utf-8")).hexdigest()


def quote_id(article_id: str, q: Quote) -> str:
    """Stable across re-ingests, so Datasette row URLs survive a rebuild."""
    return hash_record({"article_id": article_id, "start": q.start, "end": q.end,
                        "kind": q.kind, "text": q.text})


def article_row(article: Article, now: str) -> dict:
    return {"id": article.id, "title": article.title, "source": article.source,
            "url": article.url, "published": article.date, "byline": article.byline,
            "text": article.text, "path": article.path, "content_hash": content_hash(article),
            "ingested_at": now}


def quote_row(article: Article, q: Quote, speaker_id: Optional[int], speaker_name: Optional[str]) -> dict:
    return {
        "id": quote_id(article.id, q), "article_id": article.id, "speaker_id": speaker_id,
        "group_key": group_key(q.text), "text": q.text, "kind": q.kind,
        "speaker_name": speaker_name, "speaker_type": _speaker_type(q),
        "extracted_speaker": q.speaker or None, "mention": q.mention, "role": q.role,
        "cue": q.cue, "date": q.date or article.date, "start": q.start, "end": q.end,
        "spans": json.dumps([list(s) for s in q.spans]), "context": q.context,
        "paragraph": q.paragraph, "confidence": q.confidence, "rule": q.rule,
    }


def _speaker_type(q: Quote) -> Optional[str]:
    if not q.speaker:
        return None
    return q.speaker_type or "person"


def display_name(name: str, type_: str) -> str:
    """A new speaker's name: titles dropped for persons ("Mr. Blinken" -> "Blinken")."""
    if type_ == "person":
        parsed = parse_person(name)
        if parsed is not None:
            return parsed.display
    return name.strip()


# ---------------------------------------------------------------- writes

@dataclass
class SaveResult:
    """What saving one article did: status is 'new', 'unchanged' or 'updated'."""

    article_id: str
    status: str
    quotes_added: int = 0


@dataclass
class _Touched:
    speakers: set = field(default_factory=set)
    groups: set = field(default_factory=set)


def save_article(db: sqlite_utils.Database, article: Article, quotes: Sequence[Quote]) -> SaveResult:
    """Save one article and its quotes in one transaction; see `save_articles`."""
    return save_articles(db, [(article, quotes)])[0]


def save_articles(
    db: sqlite_utils.Database,
    batch: Iterable[tuple[Article, Sequence[Quote]]],
    *,
    now: Optional[str] = None,
) -> list[SaveResult]:
    """Save articles with their quotes, all in one transaction.

    An article already stored with the same content hash is left alone
    ('unchanged'); one whose id is stored with another hash has its old quotes
    deleted and replaced ('updated'). Aggregates touched by the batch are
    recomputed before the transaction commits.
    """
    now = now or datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    results = []
    touched = _Touched()
    speaker_cache: dict[tuple[str, str], int] = {}
    with db.atomic():
        for article, quotes in batch:
            results.append(_save_one(db, article, quotes, now, touched, speaker_cache))
        if touched.speakers or touched.groups:
            refresh_speakers(db, touched.speakers)
            refresh_quote_groups(db, touched.groups)
        if any(r.status != "unchanged" for r in results):
            _set_state(db, MERGE_PENDING, "1")
    return results


def _save_one(db, article: Article, quotes: Sequence[Quote], now, touched: _Touched, cache) -> SaveResult:
    row = article_row(article, now)
    old = db.execute("select content_hash from articles where id = ?", [article.id]).fetchone()
    if old is not None and old[0] == row["content_hash"]:
        return SaveResult(article.id, "unchanged")
    status = "new"
    if old is not None:
        status = "updated"
        for speaker_id, key in db.execute(
                "select speaker_id, group_key from quotes where article_id = ?", [article.id]):
            if speaker_id is not None:
                touched.speakers.add(speaker_id)
            touched.groups.add(key)
        # Explicit delete (not INSERT OR REPLACE) so the FTS delete trigger fires.
        db.execute("delete from quotes where article_id = ?", [article.id])
    db.table("articles").upsert(row, pk="id")
    rows = []
    for q in quotes:
        speaker_id = speaker_name = None
        if q.speaker:
            speaker_id, speaker_name = _speaker_for(db, q.speaker, _speaker_type(q), cache)
            touched.speakers.add(speaker_id)
        r = quote_row(article, q, speaker_id, speaker_name)
        touched.groups.add(r["group_key"])
        rows.append(r)
    # Group rows first, so the foreign key holds even with PRAGMA foreign_keys=on;
    # refresh_quote_groups fills in their figures before the commit.
    db.conn.executemany("insert or ignore into quote_groups (key, text, occurrences, articles)"
                        " values (?, ?, 0, 0)", [(r["group_key"], r["text"]) for r in rows])
    added = _insert_ignore(db, "quotes", rows) if rows else 0
    return SaveResult(article.id, status, added)


def _insert_ignore(db, table: str, rows: list[dict]) -> int:
    """Insert rows, skipping ids already present; returns how many went in."""
    columns = list(TABLES[table]["columns"])
    sql = "insert or ignore into [{}] ({}) values ({})".format(
        table, ", ".join(f"[{c}]" for c in columns), ", ".join("?" for _ in columns))
    return db.conn.executemany(sql, [[r.get(c) for c in columns] for r in rows]).rowcount


def _speaker_for(db, name: str, type_: str, cache: dict) -> tuple[int, str]:
    """The speaker a name already belongs to, else a new speaker (merged later by `merge_speakers`)."""
    key = (name, type_)
    if key in cache:
        return cache[key]
    found = db.execute(
        "select speaker_id, speaker_name from quotes where extracted_speaker = ? and speaker_type = ?"
        " and speaker_id is not null limit 1", [name, type_]).fetchone()
    if found is None:
        display = display_name(name, type_)
        same = db.execute("select id, name from speakers where name = ? and type = ? limit 1",
                          [display, type_]).fetchone()
        if same is not None:
            found = same
        else:
            cur = db.execute("insert into speakers (name, type, aliases, quote_count) values (?, ?, ?, 0)",
                             [display, type_, json.dumps([name], ensure_ascii=False)])
            found = (cur.lastrowid, display)
    cache[key] = (found[0], found[1])
    return cache[key]


# ---------------------------------------------------------------- aggregates

def _where_in(column: str, values: Optional[set]) -> tuple[str, list]:
    if values is None:
        return "1", []
    return f"{column} in (select value from json_each(?))", [json.dumps(sorted(values))]


def refresh_speakers(db: sqlite_utils.Database, speaker_ids: Optional[set] = None) -> None:
    """Recompute counts, dates, aliases and roles of these speakers (all when None); drop unquoted ones."""
    where, params = _where_in("id", speaker_ids)
    if speaker_ids is not None and not speaker_ids:
        return
    db.execute(f"""
        update speakers set
          quote_count = (select count(*) from quotes where speaker_id = speakers.id),
          first_seen = (select min(date) from quotes where speaker_id = speakers.id),
          last_seen = (select max(date) from quotes where speaker_id = speakers.id),
          aliases = coalesce((select json_group_array(extracted_speaker) from (
              select distinct extracted_speaker from quotes
              where speaker_id = speakers.id and extracted_speaker is not null
              order by extracted_speaker)), '[]')
        where {where}""", params)
    role_where, role_params = _where_in("speaker_id", speaker_ids)
    db.execute(f"delete from speaker_roles where {role_where}", role_params)
    db.execute(f"""
        insert into speaker_roles (speaker_id, role, first_seen, last_seen, article_count)
        select speaker_id, min(role), min(date), max(date), count(distinct article_id)
        from quotes
        where speaker_id is not null and role is not null and trim(role) != '' and {role_where}
        group by speaker_id, lower(role)""", role_params)
    db.execute(f"delete from speakers where quote_count = 0 and {where}", params)


def refresh_quote_groups(db: sqlite_utils.Database, keys: Optional[set] = None) -> None:
    """Recompute these quote groups (all when None) from the quotes; drop groups left empty."""
    if keys is not None and not keys:
        return
    where, params = _where_in("q.group_key", keys)
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
    gwhere, gparams = _where_in("key", keys)
    db.execute(f"delete from quote_groups where {gwhere} and not exists "
               "(select 1 from quotes where quotes.group_key = quote_groups.key)", gparams)


# ---------------------------------------------------------------- merging speakers

def merge_pending(db: sqlite_utils.Database) -> bool:
    row = db.execute("select value from ingest_state where key = ?", [MERGE_PENDING]).fetchone()
    return row is not None and row[0] == "1"


def merge_speakers(db: sqlite_utils.Database) -> int:
    """Merge speaker variants across all articles (see `quotes.speakers`), in one transaction.

    Rebuilds the speaker assignment of every quote from the names the engine
    extracted, so the result depends only on what is stored -- not on the
    order articles arrived in, nor on where an earlier run was interrupted.
    Keeps each speaker's id when it can (the id most of its quotes already
    had). Returns how many quotes changed speaker.
    """
    with db.atomic():
        seen = Counter()
        votes: dict[tuple[str, str], Counter] = {}
        for name, type_, speaker_id, n in db.execute(
                "select extracted_speaker, speaker_type, speaker_id, count(*) from quotes"
                " where extracted_speaker is not null group by 1, 2, 3"):
            seen[(name, type_)] += n
            votes.setdefault((name, type_), Counter())[speaker_id] += n
        clusters = cluster_names(NameSeen(n, t, c) for (n, t), c in seen.items())
        claimed: set = set()
        mapping = []
        for cluster in sorted(clusters, key=lambda c: (-c.count, c.type, c.name)):
            tally = Counter()
            for alias in cluster.aliases:
                tally.update(votes.get((alias, cluster.type), {}))
            candidates = sorted((-n, sid) for sid, n in tally.items()
                                if sid is not None and sid not in claimed)
            speaker_id = candidates[0][1] if candidates else None
            if speaker_id is not None and db.execute(
                    "select 1 from speakers where id = ?", [speaker_id]).fetchone() is None:
                speaker_id = None
            if speaker_id is None:
                speaker_id = db.execute(
                    "insert into speakers (name, type, aliases, quote_count) values (?, ?, '[]', 0)",
                    [cluster.name, cluster.type]).lastrowid
            else:
                db.execute("update speakers set name = ?, type = ? where id = ?"
                           " and (name != ? or type != ?)",
                           [cluster.name, cluster.type, speaker_id, cluster.name, cluster.type])
            claimed.add(speaker_id)
            mapping.extend((alias, cluster.type, speaker_id, cluster.name) for alias in cluster.aliases)
        changed = db.conn.executemany(
            "update quotes set speaker_id = ?3, speaker_name = ?4"
            " where extracted_speaker = ?1 and speaker_type = ?2"
            " and (speaker_id is not ?3 or speaker_name is not ?4)", mapping).rowcount
        refresh_speakers(db, None)
        _set_state(db, MERGE_PENDING, "0")
    return changed


def _set_state(db, key: str, value: str) -> None:
    db.execute("insert into ingest_state (key, value) values (?, ?)"
               " on conflict(key) do update set value = excluded.value", [key, value])
