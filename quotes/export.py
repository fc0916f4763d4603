"""CSV and JSON for journalists: every matching quote with who said it, when and where.

One query shape (`export_query`) serves `quotes export` and the site's download link, so the
file a journalist gets from the command line and from the browser is the same. Rows stream
straight from SQLite: an export of the whole database never sits in memory.

Spreadsheets run any cell that starts with ``= + - @``, a tab or a carriage return as a
formula, and news quotes can start that way ("-- and that was that", "=HYPERLINK(...)").
`write_csv` neutralises such cells with a leading apostrophe. Only the CSV file is
changed: the stored text and the JSON export stay exactly as written.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import IO, Any, Iterable, Iterator, Optional

from sqlite_utils import Database

from .model import wanted_kinds
from .store import JOURNALIST_COLUMNS

EXPORT_COLUMNS = ("date", "speaker", "role", "quote", "kind", "outlet", "title", "url", "context")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_QUOTER = Database(memory=True)  # quote_fts is pure; it needs an instance, not a file

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Built on the base tables (not the quotes_full view) so a filter on the speaker or the
# full-text index can use their indexes; the columns match the view's journalist columns.
_SELECT = f"""
select
{JOURNALIST_COLUMNS}
from quotes
  left join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
"""


def export_query(
    *,
    speaker: Optional[str] = None,
    speaker_id: Optional[int] = None,
    search: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    source: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters for an export, newest quote first.

    ``speaker`` matches a canonical name or any alias, ignoring case; a single word also matches the
    people whose name ends in it, as a journalist asks for "Blinken" or "Ortiz", and the organisations whose
    proper name starts with it ("Kestrel" for Kestrel Systems, not "transport" for the transport office).
    ``search`` uses the
    full-text index with Datasette's escaping: every word must appear, and a "quoted
    phrase" must appear as written. ``since``/``until`` are inclusive ISO dates; a year or a
    month (``2022``, ``2022-03``) covers the whole period. ``source`` is an outlet name,
    ignoring case. ``kinds`` keeps quotes of those kinds ("direct", "partial", "indirect").
    Raises ValueError for a date that is not ISO or a kind that does not exist.
    """
    where: list[str] = []
    params: dict[str, Any] = {}
    if speaker:
        where.append(
            "(quotes.speaker_name = :speaker collate nocase or quotes.speaker_id in ("
            "select id from speakers where name = :speaker collate nocase or exists ("
            "select 1 from json_each(coalesce(speakers.aliases, '[]'))"
            " where value = :speaker collate nocase)"
            " or (:surname is not null and speakers.type = 'person' and speakers.name like :surname escape '\\')"
            " or (:company is not null and speakers.type = 'organization' and ("
            "(speakers.name like :company escape '\\' and substr(speakers.name, 1, 1) not glob '[a-z]')"
            " or (speakers.name like 'the ' || :company escape '\\' and substr(speakers.name, 5, 1) not glob '[a-z]')))))"
        )
        params["speaker"] = speaker.strip()
        params["surname"] = _surname_pattern(speaker.strip())
        params["company"] = _first_word_pattern(speaker.strip())
    if speaker_id is not None:
        where.append("quotes.speaker_id = :speaker_id")
        params["speaker_id"] = int(speaker_id)
    if search and search.strip():
        where.append(
            "quotes.rowid in (select rowid from quotes_fts where quotes_fts match :search)"
        )
        params["search"] = fts_query(search)
    if since:
        # a quote dated by its month or year only ("2019") is in any period that overlaps it
        where.append("quotes.date >= substr(:since, 1, length(quotes.date))")
        params["since"] = _check_date("since", since)
    if until:
        # "~" sorts after every digit and "-", so "2022-03~" is after every day of March 2022.
        where.append("quotes.date <= :until")
        params["until"] = _check_date("until", until) + "~"
    if source:
        where.append("articles.source = :source collate nocase")
        params["source"] = source.strip()
    if kinds:
        wanted = sorted(wanted_kinds(kinds))
        where.append("quotes.kind in (%s)" % ", ".join(f":kind{i}" for i in range(len(wanted))))
        params.update({f"kind{i}": kind for i, kind in enumerate(wanted)})
    sql = _SELECT
    if where:
        sql += "where " + "\n  and ".join(where) + "\n"
    sql += "order by quotes.date desc, quotes.id"
    return sql, params


def _surname_pattern(speaker: str) -> Optional[str]:
    """The LIKE pattern for names ending in a one-word ``speaker`` ("Ortiz" -> "% Ortiz"), else None."""
    if not speaker or any(c.isspace() for c in speaker):
        return None
    return "% " + _like_escaped(speaker)


def _first_word_pattern(speaker: str) -> Optional[str]:
    """The LIKE pattern for names that start with a one-word ``speaker`` ("Kestrel" -> "Kestrel %", for
    Kestrel Systems, as a story calls a company after naming it once), else None."""
    if not speaker or any(c.isspace() for c in speaker):
        return None
    return _like_escaped(speaker) + " %"


def _like_escaped(word: str) -> str:
    """``word`` with LIKE's wildcards and escape made plain characters (the query says ``escape '\\'``)."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def export_rows(
    db: Database,
    *,
    speaker: Optional[str] = None,
    speaker_id: Optional[int] = None,
    search: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    source: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
) -> Iterator[dict[str, Any]]:
    """Yield one dict per matching quote (keys: `EXPORT_COLUMNS`), streamed from SQLite.

    Filters are those of `export_query`; with none, every quote in the database.
    """
    sql, params = export_query(
        speaker=speaker, speaker_id=speaker_id, search=search,
        since=since, until=until, source=source, kinds=kinds,
    )
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row))


def fts_query(search: str) -> str:
    """Escape a user's search for FTS5 (sqlite-utils' quote_fts, as Datasette's search box does).

    Each bare word becomes a quoted term (all must match) and a balanced "quoted phrase"
    stays a phrase, so punctuation in a search never raises an FTS syntax error.
    """
    return _QUOTER.quote_fts(search.strip())


def neutralise_formula(value: Any) -> Any:
    """Prefix a text cell a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_lines(rows: Iterable[dict[str, Any]], *, bom: bool = False) -> Iterator[str]:
    """The export CSV as text chunks: header, then one line per row (``\\r\\n`` endings).

    A generator so that a web response can stream it; `write_csv` writes it to a file.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(EXPORT_COLUMNS)
    yield ("\ufeff" if bom else "") + flush()
    for row in rows:
        writer.writerow([neutralise_formula(row.get(column)) for column in EXPORT_COLUMNS])
        yield flush()


def write_csv(rows: Iterable[dict[str, Any]], fp: IO[str], *, bom: bool = False) -> int:
    """Write rows as a formula-safe CSV to a text file; return how many rows were written.

    Open ``fp`` with ``newline=""`` and UTF-8. ``bom=True`` starts the file with a
    byte-order mark so that Excel reads it as UTF-8 when the file is double-clicked.
    """
    count = -1  # the first chunk is the header
    for chunk in csv_lines(rows, bom=bom):
        fp.write(chunk)
        count += 1
    return count


def json_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The export as a JSON array, one object per line, produced row by row."""
    first = True
    yield "["
    for row in rows:
        yield ("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]\n"


def write_json(rows: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """Write rows as a JSON array (text as stored, nothing escaped); return the row count."""
    count = -2  # the opening and closing chunks
    for chunk in json_chunks(rows):
        fp.write(chunk)
        count += 1
    return count


def _check_date(name: str, value: str) -> str:
    value = value.strip()
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"--{name} must be an ISO date like 2022-03-29, 2022-03 or 2022, not {value!r}")
    return value
