"""Offset intervals the attribution rules query many times: sorted, bisected, linear overall."""
from __future__ import annotations

import bisect
import heapq
from typing import Optional


class Intervals:
    """Sorted, non-overlapping intervals with logarithmic lookups (quoted stretches of a paragraph)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def containing(self, pos: int) -> Optional[tuple[int, int]]:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]:
            return self.spans[k]
        return None

    def contains(self, pos: int) -> bool:
        return self.containing(pos) is not None

    def any_within(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.spans) and self.spans[k][1] <= hi

    def last_end_before(self, pos: int) -> Optional[int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k][1] > pos:
            k -= 1     # pos is inside spans[k]: the one before it ended earlier
        return self.spans[k][1] if k >= 0 else None

    def first_start_from(self, pos: int) -> Optional[int]:
        k = bisect.bisect_left(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else None


class Claims:
    """Clauses already attributed, queried at increasing positions (amortised constant time)."""

    def __init__(self) -> None:
        self._ends: list[int] = []     # min-heap of the ends of claims that started at or before the last query
        self._pending: list[tuple[int, int]] = []   # claims starting after the last query

    def add(self, start: int, end: int) -> None:
        heapq.heappush(self._pending, (start, end))

    def contains(self, pos: int) -> bool:
        while self._pending and self._pending[0][0] <= pos:
            heapq.heappush(self._ends, heapq.heappop(self._pending)[1])
        while self._ends and self._ends[0] <= pos:
            heapq.heappop(self._ends)
        return bool(self._ends)
