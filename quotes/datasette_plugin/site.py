"""How `quotes serve` runs Datasette: read-only, with our metadata and settings.

The tests build their Datasette with `make_datasette` too, so what they check is what
`quotes serve` publishes.

`metadata.yml` ships inside this package (the repository's top-level `metadata.yml` is a
symlink to it), so an installed `quotes serve` works outside the repository, and
`datasette -i quotes.db -m metadata.yml` works inside it.
"""
from __future__ import annotations

import asyncio
import copy
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any, Optional, Union

import yaml

# The database name the metadata is written for; a file with another stem is served
# under its own name and gets the same metadata (see `load_metadata`).
METADATA_DATABASE = "quotes"

# Raw SQL is allowed by default: the file is opened immutable (SQLite refuses every
# write and Datasette gives it no write connection), every query is cut off at
# sql_time_limit_ms, and journalists ask questions no canned query foresaw.
# `quotes serve --no-allow-sql` turns the SQL editor and ?_where= off for a busy public site.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 2000,
    "max_returned_rows": 2000,  # also caps canned-query CSV; full downloads use /-/export.csv
    "default_page_size": 25,  # quotes and their context are long; rendering rows is the main cost
    "allow_csv_stream": True,  # "stream all rows" on table and view pages
    "max_csv_mb": 500,
    "allow_download": True,  # the whole .db file, for people who want SQLite itself
    "facet_time_limit_ms": 300,  # a facet over a broad filter says "timed out" rather than stall others
    "facet_suggest_time_limit_ms": 100,
    "suggest_facets": False,  # the useful facets are configured; suggestions cost a query each
    "default_cache_ttl": 300,  # immutable: nothing changes until the file is replaced
}


# How long an idle keep-alive connection stays open. uvicorn's default, 5 s, is also httpx's
# and the like: both ends then drop an idle connection at the same moment, and a request
# sent on it just as the server closes it fails (probably the one httpx ReadError seen in
# ~2,000 requests of bench_load under heavy load). Browsers keep connections longer, too.
KEEP_ALIVE_S = 30


def metadata_file() -> Path:
    """The packaged metadata.yml."""
    return Path(str(resources.files(__package__) / "metadata.yml"))


def load_metadata(database_name: str = METADATA_DATABASE,
                  path: Optional[Union[str, Path]] = None) -> dict[str, Any]:
    """Read metadata.yml, keyed for the database Datasette will name ``database_name``.

    Datasette names a database after its file stem and looks metadata up by that name,
    so a copy of the published file called ``news-2024.db`` would otherwise lose every
    description, facet and canned query.
    """
    with open(path or metadata_file(), encoding="utf-8") as fp:
        metadata = yaml.safe_load(fp) or {}
    metadata = copy.deepcopy(metadata)
    databases = metadata.get("databases") or {}
    if database_name != METADATA_DATABASE and METADATA_DATABASE in databases:
        databases[database_name] = databases.pop(METADATA_DATABASE)
    return metadata


def make_datasette(db_path: Union[str, Path], *, allow_sql: bool = True,
                   metadata_path: Optional[Union[str, Path]] = None,
                   settings: Optional[dict[str, Any]] = None):
    """A Datasette serving ``db_path`` immutable, with our metadata and settings.

    ``settings`` overrides entries of `SETTINGS` (tests use it for small limits).
    """
    from datasette.app import Datasette

    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"No database at {db_path}")
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        # Opened immutable, SQLite would not read the pages still in the WAL file.
        raise ValueError(f"{db_path} has unsaved pages in {wal.name}: run "
                         f"`sqlite-utils disable-wal {db_path}` (or finish the ingest) first")
    merged = {**SETTINGS, **(settings or {}), "default_allow_sql": allow_sql}
    return Datasette(
        immutables=[str(db_path)],
        metadata=load_metadata(db_path.stem, metadata_path),
        settings=merged,
    )


def serve(db_path: Union[str, Path], *, host: str = "127.0.0.1", port: int = 8001,
          allow_sql: bool = True, metadata_path: Optional[Union[str, Path]] = None,
          workers: int = 1) -> None:
    """Run the site with uvicorn until interrupted, as `datasette serve -i` does.

    ``workers`` > 1 runs that many uvicorn processes on one socket, each with its own
    Datasette (built by `app_from_environment`): Datasette renders pages in Python under
    one GIL, so one process uses about one core however many SQL threads it has.
    """
    import uvicorn

    ds = make_datasette(db_path, allow_sql=allow_sql, metadata_path=metadata_path)
    # What `datasette serve` does before handing the app to uvicorn: fail now, with a clear
    # message, on a file that is not SQLite, and run the plugins' startup hooks.
    asyncio.run(_check_and_start(ds))
    print(f"Serving {db_path} read-only on http://{host}:{port}/"
          + (f" with {workers} worker processes" if workers > 1 else ""), flush=True)
    if workers <= 1:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on",
                    timeout_keep_alive=KEEP_ALIVE_S)
        return
    os.environ[_ENV] = json.dumps({"db_path": str(Path(db_path).resolve()), "allow_sql": allow_sql,
                                   "metadata_path": str(metadata_path) if metadata_path else None})
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers,
                host=host, port=port, log_level="warning", lifespan="on",
                timeout_keep_alive=KEEP_ALIVE_S)


# How `serve` tells its worker processes what to serve (uvicorn imports the app by name).
_ENV = "QUOTES_SERVE_SETTINGS"


def app_from_environment():
    """The ASGI app of one `serve --workers N` process, configured by `serve`."""
    options = json.loads(os.environ[_ENV])
    ds = make_datasette(options["db_path"], allow_sql=options["allow_sql"],
                        metadata_path=options["metadata_path"])
    app = ds.app()

    async def started_app(scope, receive, send):
        await ds.invoke_startup()  # once per process; a no-op after the first call
        await app(scope, receive, send)

    return started_app


async def _check_and_start(ds) -> None:
    import sqlite3

    from datasette.cli import check_databases

    try:
        await check_databases(ds)
    except sqlite3.DatabaseError as error:
        paths = ", ".join(str(db.path) for db in ds.databases.values() if db.path)
        raise ValueError(f"Cannot serve {paths}: {error}") from None
    await ds.invoke_startup()
