"""An optional in-process response cache, for a site whose database cannot change.

The file is served immutable, so a page answered once is the same page until the server
is restarted with a new file. Datasette already says so in HTTP (``Cache-Control:
max-age=<default_cache_ttl>``), which a CDN or a caching proxy in front of the site obeys;
this cache does the same inside each server process, for a site with nothing in front of
it. It keeps only what a shared proxy may keep: answers to anonymous GETs (no cookie, no
``authorization``) with status 200, a positive ``max-age`` and no ``set-cookie``, for
``max-age`` seconds, least recently used out first, within ``max_bytes`` (a body larger
than a sixteenth of it is never kept, so one download cannot evict everything). Every
answer says ``x-quotes-cache: hit`` or ``miss``.

Off by default (``response_cache_mb: 0`` in metadata.yml's ``quotes`` plugin settings):
what a cache gives depends on how often visitors ask the same thing, which bench_load
reports as a hit rate per request type next to the uncached figures.
"""
from __future__ import annotations

import re
import time
from collections import OrderedDict
from typing import Optional

_MAX_AGE = re.compile(rb"(?:^|,)\s*max-age=(\d+)")
_PRIVATE = re.compile(rb"private|no-store|no-cache")


class ResponseCache:
    """ASGI middleware keeping whole responses by URL (see the module docstring)."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 16
        self.entries: "OrderedDict[bytes, tuple[float, int, list, bytes]]" = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    async def __call__(self, scope, receive, send):
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        entry = self.entries.get(key)
        if entry is not None and entry[0] > time.monotonic():
            self.entries.move_to_end(key)
            self.hits += 1
            _, status, headers, body = entry
            await send({"type": "http.response.start", "status": status,
                        "headers": headers + [(b"x-quotes-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: dict = {}
        chunks: list[bytes] = []
        keep = True

        async def capture(message):
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = _ttl(message) is not None
                message = {**message, "headers": list(message.get("headers", []))
                           + [(b"x-quotes-cache", b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > self.max_entry:
                    keep = False
                    chunks.clear()
            await send(message)

        await self.app(scope, receive, capture)
        if keep and start:
            self._store(key, start, b"".join(chunks))

    def _key(self, scope) -> Optional[bytes]:
        if scope["type"] != "http" or scope.get("method") != "GET":
            return None
        if any(name in (b"cookie", b"authorization") for name, _ in scope.get("headers", [])):
            return None
        return scope["path"].encode() + b"?" + scope.get("query_string", b"")

    def _store(self, key: bytes, start: dict, body: bytes) -> None:
        ttl = _ttl(start)
        if ttl is None:
            return
        headers = list(start.get("headers", []))
        size = len(key) + len(body) + sum(len(k) + len(v) for k, v in headers)
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= _size(key, old)
        while self.entries and self.size + size > self.max_bytes:
            evicted_key, evicted = self.entries.popitem(last=False)
            self.size -= _size(evicted_key, evicted)
        self.entries[key] = (time.monotonic() + ttl, start["status"], headers, body)
        self.size += size


def _ttl(start: dict) -> Optional[int]:
    """Seconds a shared cache may keep this response, or None."""
    if start.get("status") != 200:
        return None
    headers = start.get("headers", [])
    if any(name.lower() == b"set-cookie" for name, _ in headers):
        return None
    control = b",".join(v for k, v in headers if k.lower() == b"cache-control").lower()
    match = _MAX_AGE.search(control)
    if not match or _PRIVATE.search(control) or int(match.group(1)) <= 0:
        return None
    return int(match.group(1))


def _size(key: bytes, entry: tuple) -> int:
    _, _, headers, body = entry
    return len(key) + len(body) + sum(len(k) + len(v) for k, v in headers)
