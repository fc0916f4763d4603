"""Datasette's own pages take turns; the site's lean pages never queue behind them.

A table page with a facet costs about five times the server CPU of a search, speaker or
quote page, and awaits an SQL thread about fifteen times. One server process serves every
request on one event loop, so with many pages in progress each await waits for everybody
else's work: under 50 back-to-back clients a search took as long as the heavy pages it was
interleaved with (seconds). Letting at most ``at_once`` of Datasette's own pages (home,
database, table, row, query and SQL pages, their JSON and one-page CSV) run at a time per
process, and queueing the others in arrival order before they start, keeps the event loop
short: the plugin's pages (``/<db>/-/search``, ``speaker``, ``quote``, ``export``), static
files, ``/-/`` instance pages and ``_stream`` CSV downloads (long, paced by the client)
pass straight through. Heavy pages are not refused and not slowed in total: they take the
same CPU, one or two at a time instead of all at once (bench/bench_load.py reports both).

Configured with the ``quotes`` plugin's ``datasette_pages_at_once`` in metadata.yml
(0 turns the queue off).
"""
from __future__ import annotations

import asyncio
import re
import weakref
from urllib.parse import parse_qsl

DEFAULT_AT_ONCE = 2

_LIGHT_PATH = re.compile(r"^/(?:-/|[^/]+/-/(?:search|speaker|quote|export)(?:[/.?]|$))")


def is_light(scope: dict) -> bool:
    """True for a request that bypasses the queue (see the module docstring)."""
    if _LIGHT_PATH.match(scope.get("path", "")):
        return True
    query = scope.get("query_string", b"").decode("latin-1")
    return "_stream" in query and any(k == "_stream" and v for k, v in parse_qsl(query))


def queue_datasette_pages(app, at_once: int = DEFAULT_AT_ONCE):
    """``app`` with at most ``at_once`` heavy requests in progress at a time."""
    if at_once <= 0:
        return app
    # One semaphore per event loop: the tests run each request in a loop of its own.
    gates: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]" = (
        weakref.WeakKeyDictionary())

    async def queued(scope, receive, send):
        if scope["type"] != "http" or is_light(scope):
            await app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        gate = gates.get(loop)
        if gate is None:
            gate = gates[loop] = asyncio.Semaphore(at_once)
        async with gate:
            await app(scope, receive, send)

    return queued
