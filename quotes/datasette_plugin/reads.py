"""Each plugin page reads everything it shows in one trip to a Datasette SQL thread.

Every ``await db.execute(...)`` hands a query to the thread pool and waits for the event
loop to pick the answer up again. Under load the loop has every other request's work
queued, so a page's latency grows with its number of trips more than with its SQL time
(bench/bench_load.py: at 50 clients, the table page with a facet and its ~15 trips waited
several times longer than the search page for the same CPU). `read` runs a function of
the connection on one SQL thread, under the site's ``sql_time_limit_ms`` as
`Database.execute` does.
"""
from __future__ import annotations

import sqlite3
from typing import Callable, TypeVar

from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import NotFound
from datasette.views.base import DatasetteError

T = TypeVar("T")


async def read(datasette, db, fn: Callable[[sqlite3.Connection], T]) -> T:
    """``fn(conn)`` on one of ``db``'s SQL threads, interrupted after the SQL time limit."""
    limit_ms = datasette.setting("sql_time_limit_ms")

    def run(conn: sqlite3.Connection) -> T:
        with sqlite_timelimit(conn, limit_ms):
            return fn(conn)

    try:
        return await db.execute_fn(run)
    except sqlite3.OperationalError as error:
        if error.args == ("interrupted",):
            raise DatasetteError(f"The page's queries took longer than {limit_ms} ms",
                                 title="Too slow", status=400) from None
        raise


def require_table(conn: sqlite3.Connection, table: str, database: str) -> None:
    """404 unless ``table`` exists (a file without quotes served by mistake)."""
    if conn.execute("select 1 from sqlite_master where type = 'table' and name = ?",
                    [table]).fetchone() is None:
        raise NotFound(f"{database} has no {table} table")
