"""Stream `quotes.export` output from a Datasette route, without loading it into memory.

`export_rows` is a plain synchronous generator over a sqlite3 cursor. It runs in a worker
thread on its own read-only connection, and hands chunks of text to the response through a
small bounded queue, so a slow client slows the query down rather than filling memory.
"""
from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path
from typing import Any, Optional

from datasette.utils.asgi import AsgiStream, Response
from sqlite_utils import Database

from ..export import csv_lines, export_query, export_rows, json_chunks

CHUNK_CHARS = 64 * 1024
# A producer waiting longer than this for the client to take a chunk gives up, so a
# dropped connection does not leave a thread behind.
PUT_TIMEOUT_S = 60

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


async def export_response(db, fmt: str, filters: dict[str, Any], *, bom: bool, filename: str):
    """A streaming response with the whole export of ``db`` (a Datasette Database)."""
    try:
        export_query(**filters)  # reject a bad date before any header is sent
    except ValueError as error:
        return Response.text(f"{error}\n", status=400)
    if db.path is None:
        return Response.text("Export needs a database file\n", status=400)

    async def stream(writer) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Optional[str]] = asyncio.Queue(maxsize=4)
        stop = threading.Event()

        def put(item: Optional[str]) -> None:
            future = asyncio.run_coroutine_threadsafe(queue.put(item), loop)
            try:
                future.result(timeout=PUT_TIMEOUT_S)
            except Exception:
                future.cancel()
                stop.set()
                raise

        def produce() -> None:
            try:
                conn = _read_only_connection(db.path, db.is_mutable)
                try:
                    rows = export_rows(Database(conn), **filters)
                    chunks = csv_lines(rows, bom=bom) if fmt == "csv" else json_chunks(rows)
                    pending: list[str] = []
                    size = 0
                    for chunk in chunks:
                        if stop.is_set():
                            return
                        pending.append(chunk)
                        size += len(chunk)
                        if size >= CHUNK_CHARS:
                            put("".join(pending))
                            pending, size = [], 0
                    put("".join(pending))
                finally:
                    conn.close()
            except Exception as error:  # noqa: BLE001 - reported in the body, see below
                # The 200 header is already sent; say so in the file rather than end it
                # silently, which would look like a complete export.
                if not stop.is_set():
                    put(f"\nExport failed: {error}\n")
            finally:
                if not stop.is_set():
                    put(None)

        producer = loop.run_in_executor(None, produce)
        try:
            while (chunk := await queue.get()) is not None:
                await writer.write(chunk)
        finally:
            stop.set()
            while not queue.empty():  # unblock a producer waiting on a full queue
                queue.get_nowait()
            await asyncio.wait([producer], timeout=PUT_TIMEOUT_S)

    return AsgiStream(
        stream,
        headers={"content-disposition": f'attachment; filename="{filename}.{fmt}"'},
        content_type=CONTENT_TYPES[fmt],
    )


def _read_only_connection(path: str, mutable: bool) -> sqlite3.Connection:
    mode = "mode=ro" if mutable else "immutable=1"
    uri = Path(path).resolve().as_uri() + "?" + mode
    return sqlite3.connect(uri, uri=True, check_same_thread=False)
