"""The site's search page: quotes matching some words, newest first, one cheap page.

``/<db>/-/search?_search=words`` answers what the search box on the home and database pages
asks. It searches the same full-text index with the same escaping as Datasette's table page
(``/<db>/quotes?_search=words``: every word must appear, a "quoted phrase" as written), so
its rows are the table's rows; it shows the columns a journalist reads (date, quote,
speaker, role, outlet, the paragraph with the quote marked) and links to the table page for
filters, facets and JSON, and to ``/-/export.csv`` for every match.

Why a page of its own: the table page renders all 20 columns of 25 rows through
Datasette's per-cell hooks and templates, and runs a dozen queries; a search there cost
about 50 ms of server CPU, this page a quarter of it (bench/bench_load.py --profile). Two
queries, run in one trip to an SQL thread (`reads`), do the work: the matches sorted by
date (``limit``/``offset``), and their number, counted in the full-text index alone (it
holds one row per quote: the store keeps it in sync with triggers), which is about 15
times cheaper than counting through the quotes table as the table page does.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from datasette.utils.asgi import Response

from ..export import fts_query
from .highlight import highlight_in_context
from .reads import read, require_table

PAGE_SIZE = 25
# A page number past this is refused: each page re-sorts every match, and nobody reads
# 4,000 quotes 25 at a time (the CSV export has them all).
MAX_PAGE = 160

_ROWS = """
select quotes.id, quotes.date, quotes.text, quotes.kind, quotes.role, quotes.speaker_id,
       coalesce(speakers.name, quotes.speaker_name) as speaker, quotes.context,
       articles.source as outlet, articles.title, articles.url
from quotes
  left join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where quotes.rowid in (select rowid from quotes_fts where quotes_fts match :search)
order by quotes.date desc, quotes.id
limit :limit offset :offset
"""

_COUNT = "select count(*) from quotes_fts where quotes_fts match :search"


async def search_page(datasette, request, db) -> Response:
    """The search form and, when words were given, one page of matching quotes."""
    name = db.name
    words = (request.args.get("_search") or "").strip()
    page_arg = request.args.get("page") or "1"
    if not page_arg.isdigit() or not 1 <= int(page_arg) <= MAX_PAGE:
        return Response.text(f"page must be a number from 1 to {MAX_PAGE}\n", status=400)
    page = int(page_arg)
    context: dict[str, Any] = {
        "database": name,
        "search": words,
        "action": datasette.urls.path(f"/{name}/-/search"),
        "rows": [],
        "count": None,
    }
    params = {"search": fts_query(words) if words else "", "limit": PAGE_SIZE,
              "offset": (page - 1) * PAGE_SIZE}

    def matches_and_count(conn):
        require_table(conn, "quotes", name)
        if not words:
            return None
        if not params["search"]:  # only quote marks: nothing to look for (FTS5: syntax error)
            return [], 0
        require_table(conn, "quotes_fts", name)
        return (conn.execute(_ROWS, params).fetchall(),
                conn.execute(_COUNT, params).fetchone()[0])

    found = await read(datasette, db, matches_and_count)
    if found is not None:
        rows, count = found
        quote_path = datasette.urls.path(f"/{name}/-/quote/")
        speaker_path = datasette.urls.path(f"/{name}/-/speaker/")
        context.update(
            count=count,
            first=(page - 1) * PAGE_SIZE + 1,
            rows=[{
                **dict(row),
                "quote_url": quote_path + row["id"],
                "speaker_url": speaker_path + str(row["speaker_id"])
                if row["speaker_id"] is not None else None,
                "passage": highlight_in_context(row["context"] or "", row["text"]),
            } for row in rows],
            previous_url=_page_url(context["action"], words, page - 1) if page > 1 else None,
            next_url=_page_url(context["action"], words, page + 1)
            if page * PAGE_SIZE < count and page < MAX_PAGE else None,
            table_url=datasette.urls.table(name, "quotes") + "?" + urlencode({"_search": words}),
            csv_url=datasette.urls.path(f"/{name}/-/export.csv") + "?"
            + urlencode({"search": words}),
            json_url=datasette.urls.path(f"/{name}/-/export.json") + "?"
            + urlencode({"search": words}),
        )
    return Response.html(await datasette.render_template(
        "quotes-search.html", context, request=request))


def _page_url(action: str, words: str, page: int) -> str:
    query = {"_search": words}
    if page > 1:
        query["page"] = str(page)
    return action + "?" + urlencode(query)
