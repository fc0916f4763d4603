"""The Datasette side of `quotes`: speaker and quote pages, readable cells, full CSV export.

Loaded through the ``datasette`` entry point declared in pyproject.toml. It is a package,
not a module, so that Datasette finds ``templates/`` and ``static/`` next to it.

Pages (``<db>`` is the database name, ``quotes`` for quotes.db):

- ``/<db>/-/search?_search=words``: the site's search box (home and database pages): one lean
  page of matching quotes, newest first (`search.py` says why it is not the table page).
- ``/<db>/-/speaker/<id>``: who the speaker is, the roles they held over time, every quote.
- ``/<db>/-/quote/<id>``: the quote highlighted in its paragraph, with speaker, role, date,
  the article and the same words reported elsewhere.
- ``/<db>/-/export.csv`` and ``.json``: the whole result of `quotes.export.export_rows`
  (filters ``speaker``, ``speaker_id``, ``search``, ``since``, ``until``, ``source``, ``kind`` (repeatable);
  ``bom=1`` for Excel), streamed, formula-safe, the same file as ``quotes export``.

All of them only read, and they check Datasette's view permissions like its own pages.
Requests other than GET/HEAD/OPTIONS get a 405 anywhere on the site, and Datasette's own
pages are worked on a few at a time so that these pages never wait behind them
(`asgi_wrapper`, `lanes`).
"""
from __future__ import annotations

import json
from typing import Any, Optional

import markupsafe
from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from ..export import fts_query
from .cache import ResponseCache
from .export_stream import export_response
from .fast_table import table_body
from .highlight import highlight_in_article, highlight_in_context
from .lanes import DEFAULT_AT_ONCE, queue_datasette_pages
from .reads import read, require_table
from .search import search_page

_DB = r"(?P<database>[^/]+)"


@hookimpl
def register_routes():
    return [
        (rf"^/{_DB}/-/search$", search_view),
        (rf"^/{_DB}/-/speaker/(?P<speaker_id>\d+)$", speaker_page),
        (rf"^/{_DB}/-/quote/(?P<quote_id>[^/]+)$", quote_page),
        (rf"^/{_DB}/-/export\.(?P<format>csv|json)$", export_view),
    ]


READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@hookimpl
def asgi_wrapper(datasette):
    """Refuse writes; queue Datasette's own pages so that the lean pages never wait (lanes.py).

    Every request that is not a read gets 405: Datasette 0.65 already cannot write to an
    immutable file, but some of its POST paths fail with a 500 on the way; a plain
    "read-only" answer is clearer and leaves nothing to probe. (No login or writable canned
    query is part of this site.)
    """
    config = datasette.plugin_config("quotes") or {}
    at_once = int(config.get("datasette_pages_at_once", DEFAULT_AT_ONCE))
    cache_mb = float(config.get("response_cache_mb") or 0)
    immutable = all(not db.is_mutable for name, db in datasette.databases.items()
                    if name != "_internal")

    def wrap(app):
        queued = queue_datasette_pages(app, at_once)
        if cache_mb > 0 and immutable:  # cache.py: only what cannot change is kept
            queued = ResponseCache(queued, int(cache_mb * 2**20))

        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope.get("method", "GET") not in READ_METHODS:
                await Response.text(
                    "This site is read-only: only GET and HEAD requests are served.\n",
                    status=405, headers={"allow": "GET, HEAD, OPTIONS"},
                ).asgi_send(send)
                return
            await queued(scope, receive, send)

        return read_only

    return wrap


# SQLite reads an immutable file through a memory map rather than read() calls into each
# connection's 2 MB page cache: the pages are the operating system's, shared by every SQL
# thread and worker process. A role filter with its facet spent 40% less CPU in SQLite.
MMAP_BYTES = 1 << 30


@hookimpl
def prepare_connection(conn, database, datasette):
    db = datasette.databases.get(database)
    if db is not None and db.path and not db.is_mutable:
        conn.execute(f"pragma mmap_size = {MMAP_BYTES}")


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["quotes_table_body"] = table_body


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("quotes", "quotes.css")]


@hookimpl
def extra_template_vars(template, datasette):
    """The search page of each database, for the search box on the home page."""
    if template != "index.html":
        return {}

    async def search_actions():
        return {"quotes_search_actions": [
            datasette.urls.path(f"/{name}/-/search")
            for name, db in datasette.databases.items()
            if name != "_internal" and db.path and await db.table_exists("quotes_fts")
        ]}

    return search_actions


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Show quotes as quotes linking to their page, speakers linking to theirs.

    Applies to the quotes table, the quotes_full view and canned queries that name their
    columns the same way (``quote`` with ``quote_id``, ``speaker`` with ``speaker_id``).
    Returns None (Datasette's own rendering) for everything else.
    """
    # Called for every cell of every table page (500 on a page of quotes): decline fast.
    if column not in _RENDERED_COLUMNS or table not in _QUOTE_TABLES:
        return None
    if isinstance(value, (bytes, dict)) or value is None:
        return None
    if (table, column) == ("quotes", "text") or (column == "quote" and table != "quotes"):
        quote_id = _cell(row, "id" if table == "quotes" else "quote_id")
        if quote_id is None:
            return None
        return markupsafe.Markup('<a class="quotes-quote" href="{}">“{}”</a>').format(
            datasette.urls.path(f"/{database}/-/quote/{quote_id}"), value
        )
    if column == "context" and table in ("quotes", "quotes_full"):
        quoted = _cell(row, "text" if table == "quotes" else "quote")
        return highlight_in_context(str(value), quoted)
    speaker_column = (table, column) == ("speakers", "name") or (
        column in ("speaker", "speaker_name") and table != "speakers"
    )
    if speaker_column:
        speaker_id = _cell(row, "id" if table == "speakers" else "speaker_id")
        if speaker_id is None or isinstance(speaker_id, dict):
            return None
        return markupsafe.Markup('<a class="quotes-speaker" href="{}">{}</a>').format(
            datasette.urls.path(f"/{database}/-/speaker/{speaker_id}"), value
        )
    if column in ("aliases", "outlets") and isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        return ", ".join(str(item) for item in items) if items else markupsafe.Markup("&nbsp;")
    return None


# None is a canned query or arbitrary SQL: it is rendered only when it names its columns
# like the view does.
_QUOTE_TABLES = {"quotes", "quotes_full", "speakers", "quote_groups", None}
_RENDERED_COLUMNS = {"text", "quote", "context", "name", "speaker", "speaker_name", "aliases",
                     "outlets"}


def _cell(row, key: str) -> Any:
    try:
        value = row[key]
    except (KeyError, IndexError, TypeError):
        return None
    if isinstance(value, dict):  # a foreign key Datasette expanded to {value, label}
        value = value.get("value")
    return value


async def _quotes_database(datasette, request, check_table: bool = True):
    """The requested database, after Datasette's own view checks; 404 if it has no quotes.

    Pages that read in one trip (`reads.read`) check the table there: ``check_table=False``.
    """
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}")
    await datasette.ensure_permissions(
        request.actor,
        [("view-table", (name, "quotes")), ("view-database", name), "view-instance"],
    )
    if check_table and not await db.table_exists("quotes"):
        raise NotFound(f"{name} has no quotes table")
    return db


async def search_view(datasette, request):
    db = await _quotes_database(datasette, request, check_table=False)
    return _cache_headers(datasette, db, await search_page(datasette, request, db))


async def speaker_page(datasette, request):
    db = await _quotes_database(datasette, request, check_table=False)
    speaker_id = int(request.url_vars["speaker_id"])

    def speaker_roles_quotes(conn):
        require_table(conn, "quotes", db.name)
        speaker = conn.execute("select * from speakers where id = ?", [speaker_id]).fetchone()
        if speaker is None:
            raise NotFound(f"No speaker with id {speaker_id}")
        roles = conn.execute(
            "select role, first_seen, last_seen, article_count from speaker_roles where"
            " speaker_id = ? order by coalesce(first_seen, ''), coalesce(last_seen, ''), role",
            [speaker_id],
        ).fetchall()
        quotes = conn.execute(
            """select quotes.id, quotes.date, quotes.text, quotes.kind, quotes.role,
                      articles.source as outlet, articles.title, articles.url, quotes.article_id
               from quotes left join articles on articles.id = quotes.article_id
               where quotes.speaker_id = ? order by quotes.date desc, quotes.id""",
            [speaker_id],
        ).fetchall()
        return speaker, roles, quotes

    speaker, roles, quotes = await read(datasette, db, speaker_roles_quotes)
    name = request.url_vars["database"]
    export_url = datasette.urls.path(f"/{name}/-/export.csv") + f"?speaker_id={speaker_id}"
    return _cache_headers(datasette, db, Response.html(await datasette.render_template(
        "quotes-speaker.html",
        {
            "database": name,
            "speaker": dict(speaker),
            "aliases": _json_list(speaker["aliases"]),
            "roles": [dict(r) for r in roles],
            "quotes": [dict(q) for q in quotes],
            "csv_url": export_url,
            "csv_excel_url": export_url + "&bom=1",
            "json_url": datasette.urls.path(f"/{name}/-/export.json") + f"?speaker_id={speaker_id}",
            "row_url": datasette.urls.row(name, "speakers", str(speaker_id)),
        },
        request=request,
    )))


async def quote_page(datasette, request):
    db = await _quotes_database(datasette, request, check_table=False)
    quote_id = request.url_vars["quote_id"]

    def quote_and_others(conn):
        require_table(conn, "quotes", db.name)
        quote = conn.execute(
            """select quotes.*, articles.title, articles.source as outlet, articles.url,
                      articles.published, articles.text as article_text,
                      speakers.name as speaker, speakers.type as speaker_type
               from quotes left join articles on articles.id = quotes.article_id
                           left join speakers on speakers.id = quotes.speaker_id
               where quotes.id = ?""",
            [quote_id],
        ).fetchone()
        if quote is None:
            raise NotFound(f"No quote with id {quote_id}")
        others = []
        if quote["group_key"]:
            others = conn.execute(
                """select quotes.id, quotes.date, articles.source as outlet, articles.title,
                          coalesce(speakers.name, quotes.speaker_name) as speaker
                   from quotes left join articles on articles.id = quotes.article_id
                               left join speakers on speakers.id = quotes.speaker_id
                   where quotes.group_key = ? and quotes.id != ?
                   order by quotes.date, quotes.id""",
                [quote["group_key"], quote_id],
            ).fetchall()
        return dict(quote), [dict(r) for r in others]

    quote, others = await read(datasette, db, quote_and_others)
    passage = highlight_in_article(
        quote.pop("article_text"), quote["start"], quote["end"], _json_list(quote["spans"])
    ) or highlight_in_context(quote["context"] or "", quote["text"])
    name = request.url_vars["database"]
    return _cache_headers(datasette, db, Response.html(await datasette.render_template(
        "quotes-quote.html",
        {
            "database": name,
            "quote": quote,
            "speaker_name": quote["speaker"] or quote["speaker_name"],
            "passage": passage,
            "others": others,
            "row_url": datasette.urls.row(name, "quotes", quote_id),
            "article_url": datasette.urls.row(name, "articles", quote["article_id"])
            if quote["article_id"] else None,
        },
        request=request,
    )))


async def export_view(datasette, request):
    db = await _quotes_database(datasette, request)
    args = request.args
    filters: dict[str, Any] = {
        key: args.get(key) or None
        for key in ("speaker", "search", "since", "until", "source")
    }
    if filters["search"] and not fts_query(filters["search"]):
        return Response.text("search has no words to look for\n", status=400)
    speaker_id = args.get("speaker_id")
    if speaker_id:
        if not speaker_id.isdigit():
            return Response.text("speaker_id must be a number\n", status=400)
        filters["speaker_id"] = int(speaker_id)
    if args.getlist("kind"):
        filters["kinds"] = tuple(args.getlist("kind"))
    # No cache header: a failure mid-stream ends a 200 response, which a proxy must not keep.
    return await export_response(
        db, request.url_vars["format"], filters,
        bom=bool(args.get("bom")), filename=_export_filename(db.name, filters),
    )


def _cache_headers(datasette, db, response):
    """Let browsers and proxies keep a page of an immutable database, as Datasette's own do.

    Datasette sends ``Cache-Control: max-age=<default_cache_ttl>`` with its table and query
    pages; plugin routes get no header unless they set one. (Datasette swaps it for
    ``private, no-store`` on a request that carries a cookie or a login.)
    """
    ttl = datasette.setting("default_cache_ttl")
    if response.status == 200 and ttl and not db.is_mutable and datasette.cache_headers:
        response.headers["cache-control"] = f"max-age={ttl}"
    return response


def _export_filename(database: str, filters: dict[str, Any]) -> str:
    parts = [database] + ["-".join(v) if isinstance(v, tuple) else str(v) for v in filters.values() if v]
    slug = "-".join(parts)
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in slug)[:80]


def _json_list(value: Optional[str]) -> list:
    if not value:
        return []
    try:
        items = json.loads(value)
    except ValueError:
        return []
    return items if isinstance(items, list) else []
