"""How fast and how lean `quotes.extract` is, and whether it stays linear on hostile text.

Run from the repository root:

    .venv/bin/python bench/bench_extract.py            # full run (about a minute on a healthy engine)
    .venv/bin/python bench/bench_extract.py --quick    # smaller sizes and fewer repetitions

Four parts, each printing its figures and a verdict line:

1. The seed article (seeds/russia-ukraine-talks.txt, front matter stripped) extracted 1,000 times in
   one process: articles/s, MB/s, peak memory. Goal: at least 1,000 articles/s.
2. The dev corpus (../shared/eval/dev.jsonl) if present: articles/s, MB/s, quotes found. It is only
   read here, never copied anywhere.
3. Linearity on ordinary text: the seed body repeated 1x, 10x and 100x as ONE article.
   time(10x)/time(1x) must be at most 12.
4. Hostile text at two sizes four times apart (250 KB and 1 MB), each run in a subprocess with a
   timeout, so a catastrophic regex or a quadratic scan shows up as TIMEOUT or SUPERLINEAR instead
   of a hang. Both sizes are well past the CPU caches: at 100 KB the per-MB time is up to 1.6x lower
   only because the text still fits in cache, which reads as growth where there is none.

Timings are the CPU time of the measuring process (time.process_time), so other work on a shared
machine does not count; where a run is cheap the median of a few runs is reported.
Figures are printed, never asserted in tests: machines differ, and a timed test is a flaky test.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Optional

import yaml

import quotes

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "russia-ukraine-talks.txt"
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"

THROUGHPUT_GOAL = 1000.0  # articles per second on the seed article
LINEARITY_LIMIT_10X = 12.0  # time(10x) / time(1x)
HOSTILE_TOLERANCE = 1.5  # per-MB time at the big size / per-MB time at the small size
NOISE_FLOOR = 0.1  # seconds: below this at the big size, a ratio reflects caches and timers, not growth


# --------------------------------------------------------------------------- helpers

def read_seed(path: Path = SEED) -> tuple[dict, str]:
    """The seed's front matter and its body (the text after the closing ``---``)."""
    raw = path.read_text(encoding="utf-8")
    meta: dict = {}
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end != -1:
            meta = yaml.safe_load(raw[4:end]) or {}
            raw = raw[end + 5:]
    meta = {k: str(v) for k, v in meta.items() if v is not None}
    return meta, raw


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def timings(fn: Callable[[], object], *, runs: int, budget: float = float("inf")) -> tuple[list[float], object]:
    """Wall times of up to ``runs`` calls (fewer once ``budget`` seconds are spent), and the last result."""
    times: list[float] = []
    result = None
    while len(times) < runs and sum(times) < budget:
        t0 = time.process_time()
        result = fn()
        times.append(time.process_time() - t0)
    return times, result


def timed(fn: Callable[[], object], *, runs: int, budget: float = float("inf")) -> tuple[float, object]:
    """Median wall time of up to ``runs`` calls, and the last result."""
    times, result = timings(fn, runs=runs, budget=budget)
    return statistics.median(times), result


def runs_for(seconds_per_call: float, budget: float = 0.5, most: int = 5) -> int:
    """How many repetitions fit a small time budget (at least one, at most ``most``)."""
    if seconds_per_call <= 0:
        return most
    return max(1, min(most, int(budget / seconds_per_call)))


def maxrss_mb() -> float:
    # Linux reports ru_maxrss in kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh(text: str) -> str:
    """A copy of ``text`` that is a new string object (``text + ""`` would be the same one)."""
    return text[:1] + text[1:]


def heading(title: str) -> None:
    print()
    print(title)
    print("-" * len(title))


# --------------------------------------------------------------------------- 1. seed throughput

def bench_seed(n: int, runs: int) -> None:
    heading(f"1. Seed article x {n:,} calls (one process)")
    meta, body = read_seed()
    kwargs = dict(date=meta.get("date"), source=meta.get("source"), title=meta.get("title"), url=meta.get("url"))
    found = quotes.extract(body, **kwargs)  # warm up: compiled regexes, imports, caches

    # (each call gets its own copy of the text, as each article read from disk is its own string: the engine
    # keeps what it learnt of the text it is working on, and must not be timed reusing it)
    copies = [fresh(body) for _ in range(n)]

    def loop() -> None:
        for text in copies:
            quotes.extract(text, **kwargs)

    # A slow engine gets one run, not three: the figure is clear enough and the bench stays short.
    times, _ = timings(loop, runs=runs, budget=5.0)
    seconds = statistics.median(times)
    rate = n / seconds
    print(f"article size        {len(body):,} chars, {mb(body) * 1000:.1f} KB (UTF-8)")
    print(f"quotes per article  {len(found)}")
    print(f"time                {seconds:.3f} s for {n:,} articles (median of {len(times)} run(s))")
    print(f"throughput          {rate:,.0f} articles/s, {rate * mb(body):.2f} MB/s")

    # tracemalloc slows Python down several times, so memory is measured in a separate, shorter pass.
    traced = min(n, 200)
    tracemalloc.start()
    for _ in range(traced):
        quotes.extract(body, **kwargs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory         tracemalloc peak {peak / 1e6:.2f} MB over {traced} calls; "
          f"process ru_maxrss {maxrss_mb():.1f} MB")
    verdict = "PASS" if rate >= THROUGHPUT_GOAL else "FAIL"
    print(f"verdict             {verdict}: {rate:,.0f} articles/s (goal >= {THROUGHPUT_GOAL:,.0f})")


# --------------------------------------------------------------------------- 2. dev corpus

def bench_dev(path: Path, limit: Optional[int]) -> None:
    heading("2. Dev corpus")
    if not path.is_file():
        print(f"skipped: {path} not found")
        return
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    total_mb = sum(mb(r.get("text") or "") for r in records)
    # One warm-up article, so regex compilation is not billed to the corpus.
    if records:
        quotes.extract(records[0].get("text") or "")
    counts = {"direct": 0, "partial": 0, "indirect": 0}
    attributed = 0
    t0 = time.process_time()
    for r in records:
        for q in quotes.extract(r.get("text") or "", date=r.get("date"), source=r.get("publisher"),
                                title=r.get("title"), article_id=r.get("id")):
            counts[q.kind] = counts.get(q.kind, 0) + 1
            attributed += q.speaker is not None
    seconds = time.process_time() - t0
    found = sum(counts.values())
    print(f"corpus              {len(records):,} articles, {total_mb:.2f} MB  ({path})")
    print(f"time                {seconds:.3f} s")
    print(f"throughput          {len(records) / seconds:,.0f} articles/s, {total_mb / seconds:.2f} MB/s")
    print(f"quotes found        {found:,} ({', '.join(f'{k} {v:,}' for k, v in counts.items())}); "
          f"{attributed:,} with a speaker")


# --------------------------------------------------------------------------- 3. linearity

def bench_linearity(factors: tuple[int, ...]) -> None:
    heading("3. Linearity: seed body repeated as ONE article")
    _, body = read_seed()
    median, best = {}, {}
    print(f"{'copies':>7} {'size KB':>10} {'median s':>10} {'best s':>10} {'ms per KB':>10} {'runs':>5} {'quotes':>7}")
    for k in factors:
        text = "\n\n".join([body.strip()] * k)
        first, found = timed(lambda: quotes.extract(fresh(text)), runs=1)
        times, found = timings(lambda: quotes.extract(fresh(text)), runs=runs_for(first, budget=2.0, most=7))
        median[k], best[k] = statistics.median(times), min(times)
        kb = mb(text) * 1000
        print(f"{k:>7} {kb:>10.1f} {median[k]:>10.4f} {best[k]:>10.4f} {median[k] * 1000 / kb:>10.4f} "
              f"{len(times):>5} {len(found):>7}")
    # Other processes on a shared machine inflate single timings; the best of several runs is the
    # least disturbed estimate, so the verdict uses it, and the median ratio is shown beside it.
    for a, b in zip(factors, factors[1:]):
        r_best = best[b] / best[a] if best[a] else float("inf")
        r_median = median[b] / median[a] if median[a] else float("inf")
        line = f"time({b}x)/time({a}x) = {r_best:.2f} best-of-runs, {r_median:.2f} median (linear would be {b // a})"
        if (a, b) == (1, 10):
            line += f"  -> {'PASS' if r_best <= LINEARITY_LIMIT_10X else 'FAIL'} (limit {LINEARITY_LIMIT_10X:g})"
        print(line)


# --------------------------------------------------------------------------- 4. hostile text

def _words(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def hostile_marks(size: int) -> str:
    """Quotation marks of every kind, mostly unbalanced, with short words between."""
    rng = random.Random(1)
    marks = ["“", "”", '"', "«", "»"]
    parts, length = [], 0
    while length < size:
        piece = rng.choice(marks) + _words(rng, rng.randint(0, 3)) + rng.choice(["", " ", ", ", ". "])
        parts.append(piece)
        length += len(piece)
    return "".join(parts)[:size]


def hostile_no_whitespace(size: int) -> str:
    """One enormous token: letters, capitals, digits and punctuation, never a space or newline."""
    rng = random.Random(2)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-'"
    return "".join(rng.choice(alphabet) for _ in range(size))


def hostile_capitalised(size: int) -> str:
    """'Aaaa Bbbb Cccc ...': every word looks like part of a name, and there is no full stop."""
    rng = random.Random(3)
    parts, length = [], 0
    while length < size:
        w = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _words(rng, rng.randint(2, 7)) + " "
        parts.append(w)
        length += len(w)
    return "".join(parts)[:size]


def hostile_nested(size: int) -> str:
    """“‘“‘ … opened size/2 levels deep, a few words, then closed in reverse order."""
    depth = max(1, size // 2)
    opens = "".join("“" if i % 2 == 0 else "‘" for i in range(depth))
    closes = "".join("”" if i % 2 == 0 else "’" for i in reversed(range(depth)))
    return opens + "deep words, she said" + closes


def hostile_unclosed(size: int) -> str:
    """One opening mark, then ordinary news prose (the seed with its marks removed) that never closes."""
    _, body = read_seed()
    plain = body.translate({ord(c): None for c in "“”\"«»„‘’"})
    reps = size // len(plain) + 1
    return ("“" + "\n\n".join([plain] * reps))[:size]


def hostile_said(size: int) -> str:
    """Cue words everywhere and no names at all, in ONE paragraph."""
    rng = random.Random(4)
    tokens = ["said", "says", "said,", "told", "according to", "that", "he", "she", "they", "the",
              "“ok,”", "“no.”", "added", "said.", "warned", ",", "."]
    parts, length = [], 0
    while length < size:
        t = rng.choice(tokens) + " "
        parts.append(t)
        length += len(t)
    return "".join(parts)[:size]


def hostile_many_names(size: int) -> str:
    """One paragraph of attributed quotes by thousands of different people, with titles and pronouns."""
    rng = random.Random(5)
    syll = ["ka", "lo", "mi", "ren", "to", "sa", "vik", "na", "dor", "el", "bru", "an", "ste", "fi"]

    def name() -> str:
        return " ".join(rng.choice(syll).capitalize() + rng.choice(syll) + rng.choice(syll) for _ in range(2))

    titles = ["Minister", "Councillor", "Judge", "Coach", "Dr.", "Professor", "spokeswoman", "Mayor"]
    parts, length = [], 0
    while length < size:
        n = name()
        s = rng.choice([
            f"“We will see,” said {n}. ",
            f"{rng.choice(titles)} {n} said the plan was “not ready.” ",
            f"{n}, the head of the {rng.choice(syll)}{rng.choice(syll)} board, told reporters that it was fine. ",
            f"“It is late,” {n.split()[-1]} said. “Very late.” ",
            f"Mr. {n.split()[-1]} disagreed. She said: “No.” ",
        ])
        parts.append(s)
        length += len(s)
    return "".join(parts)[:size]


def hostile_one_sentence(size: int) -> str:
    """ONE sentence with no full stop: a report every few words, with participles, asides and sources.

    Every cue's clause runs to the sentence end, so per-cue work that reads the whole sentence
    (or every cue before it) would cost time quadratic in its length.
    """
    rng = random.Random(6)
    pieces = ["officials said the plan would work and ", "the mayor attacked the board, calling it weak, ",
              "supporters of the plan, however, say there is a link and ", "according to a study ",
              "although the minister said the bridge would open, ", "everything the council says is ",
              "saying “it is fine,” ", "polls showed that ", "aides to the mayor say "]
    parts, length = [], 0
    while length < size:
        t = rng.choice(pieces)
        parts.append(t)
        length += len(t)
    return "".join(parts)[:size]


HOSTILE: dict[str, Callable[[int], str]] = {
    "quotation marks, mixed and unbalanced": hostile_marks,
    "no whitespace at all": hostile_no_whitespace,
    "capitalised words (Aaaa Bbbb ...)": hostile_capitalised,
    "deeply nested “‘“‘ … ’”’”": hostile_nested,
    "one unclosed opening mark + prose": hostile_unclosed,
    "cue words ('said') without names": hostile_said,
    "one paragraph, thousands of names": hostile_many_names,
    "one sentence, a report every few words": hostile_one_sentence,
}


def run_hostile_child(case: str, size: int) -> None:
    """Child process: build one hostile text, time extract on it, print one JSON line."""
    text = HOSTILE[case](size)
    extra = {}
    if case.startswith("quotation marks"):
        extra["marks"] = sum(text.count(m) for m in "“”\"«»")
    if case.startswith("deeply nested"):
        extra["levels"] = text.count("“") + text.count("‘")
    first, found = timed(lambda: quotes.extract(text), runs=1)
    # Small inputs run in milliseconds; repeat them so the per-MB comparison is not noise. Every size
    # runs at least three times and the best run counts: the first also pays for warming caches and the
    # allocator, which is not growth with the input.
    runs = max(3, runs_for(first, budget=1.0, most=15))
    seconds = min([first] + [timed(lambda: quotes.extract(text), runs=1)[0] for _ in range(runs - 1)])
    print(json.dumps({"chars": len(text), "mb": mb(text), "seconds": seconds, "runs": runs,
                      "quotes": len(found), "maxrss_mb": maxrss_mb(), **extra}))


def bench_hostile(sizes: tuple[int, int], timeout: float) -> None:
    heading(f"4. Hostile text (each in a subprocess, timeout {timeout:g} s)")
    print(f"{'case':<40} {'chars':>10} {'time s':>9} {'s per MB':>9} {'quotes':>7} {'RSS MB':>7}  note")
    for case in HOSTILE:
        per_mb = []
        for size in sizes:
            cmd = [sys.executable, __file__, "--hostile-case", case, "--size", str(size)]
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO)
            except subprocess.TimeoutExpired:
                print(f"{case:<40} {size:>10,} {'TIMEOUT':>9}  (> {timeout:g} s)")
                per_mb.append(None)
                break
            if proc.returncode != 0:
                last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
                print(f"{case:<40} {size:>10,} {'ERROR':>9}  {last}")
                per_mb.append(None)
                break
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            note = ", ".join(f"{k} {r[k]:,}" for k in ("marks", "levels") if k in r)
            spm = r["seconds"] / r["mb"] if r["mb"] else 0.0
            per_mb.append(spm)
            big_seconds = r["seconds"]
            print(f"{case:<40} {r['chars']:>10,} {r['seconds']:>9.4f} {spm:>9.4f} {r['quotes']:>7,} "
                  f"{r['maxrss_mb']:>7.0f}  {note}")
        if len(per_mb) == 2 and None not in per_mb:
            small, big = per_mb
            ratio = big / small if small else float("inf")
            if ratio <= HOSTILE_TOLERANCE:
                verdict = "linear"
            elif big_seconds < NOISE_FLOOR:
                verdict = f"fast (under {NOISE_FLOOR:g} s at the big size, so the ratio is noise, not growth)"
            else:
                verdict = "SUPERLINEAR"
            print(f"{'':<40} verdict: {verdict} (per-MB time ratio {ratio:.2f}, tolerance {HOSTILE_TOLERANCE:g})")
        else:
            print(f"{'':<40} verdict: FAILED (timeout or error)")


# --------------------------------------------------------------------------- main

def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repetitions")
    parser.add_argument("--dev", type=Path, default=DEV, help="dev corpus (JSON Lines with a 'text' field)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per hostile case and size")
    parser.add_argument("--hostile-case", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.hostile_case:
        run_hostile_child(args.hostile_case, args.size)
        return

    print(f"quotes.extract benchmark  (python {sys.version.split()[0]}{', --quick' if args.quick else ''})")
    if args.quick:
        bench_seed(n=200, runs=1)
        bench_dev(args.dev, limit=100)
        bench_linearity((1, 10, 100))
        bench_hostile((50_000, 200_000), args.timeout)
    else:
        bench_seed(n=1000, runs=3)
        bench_dev(args.dev, limit=None)
        bench_linearity((1, 10, 100))
        bench_hostile((250_000, 1_000_000), args.timeout)


if __name__ == "__main__":
    main()
