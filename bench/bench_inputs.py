"""How fast articles are read, next to how fast their quotes are extracted.

Run from the repository root:

    .venv/bin/python bench/bench_inputs.py            # full run (under a minute)
    .venv/bin/python bench/bench_inputs.py --quick    # fewer repetitions, smaller dump

Parts, each printing its figures:

1. HTML: the invented news page (tests/fixtures/inputs/news-page.html) read through
   `read_articles` (decode + trafilatura) many times: pages/s and ms/page, printed next to
   `quotes.extract_article` on the very same article, so a slow HTML step is visible as a
   ratio. Then the same page with its story body made ten times longer.
2. JSON Lines: a generated dump of invented records streamed through `read_articles`:
   articles/s and MB/s, and the peak Python memory (tracemalloc) at two dump sizes ten times
   apart -- flat memory means the two peaks are about the same.
3. The dev corpus (../shared/eval/dev.jsonl) if present, read only (never copied): articles/s.

Figures are printed, never asserted in tests: machines differ.
"""
from __future__ import annotations

import argparse
import gc
import json
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

import quotes
from quotes.inputs import InputError, read_articles

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "tests" / "fixtures" / "inputs" / "news-page.html"
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"


def per_second(fn, repeats: int, rounds: int = 3) -> float:
    """Median calls per second over a few rounds of ``repeats`` calls."""
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeats):
            fn()
        rates.append(repeats / (time.perf_counter() - start))
    return statistics.median(rates)


def read_one(path: Path):
    [article] = read_articles([str(path)])
    if isinstance(article, InputError):
        raise SystemExit(f"bench: could not read {path}: {article}")
    return article


def bench_html(repeats: int, tmp: Path) -> None:
    print("1. HTML pages (decode + trafilatura) vs extraction on the same article")
    longer = tmp / "long-page.html"
    page = PAGE.read_text("utf-8")
    start, end = page.index('<div class="story-body">'), page.index("</article>")
    longer.write_text(page[:start] + page[start:end] * 10 + page[end:], "utf-8")
    for label, path in (("news page", PAGE), ("10x body", longer)):
        article = read_one(path)
        html_rate = per_second(lambda: read_one(path), repeats)
        extract_rate = per_second(lambda: quotes.extract_article(article), repeats)
        print(f"   {label:<9} {path.stat().st_size / 1000:7.1f} KB page, {len(article.text):6d} chars of text")
        print(f"     HTML read  {html_rate:9.1f} pages/s    {1000 / html_rate:7.2f} ms/page")
        print(f"     extraction {extract_rate:9.1f} articles/s {1000 / extract_rate:7.2f} ms/article")
        print(f"     HTML reading takes {extract_rate / html_rate:.1f}x the time of extraction")


def write_dump(path: Path, records: int) -> int:
    paragraph = ("The committee met on Thursday to discuss the budget. “We have to make choices,” "
                 "the treasurer, Odile Marchetti, said. “Not every project can go ahead this year.”")
    with open(path, "w", encoding="utf-8") as f:
        for n in range(records):
            f.write(json.dumps({"guid": f"r{n}", "body": f"Record {n}.\n\n{paragraph}\n\n{paragraph}",
                                "headline": f"Budget meeting {n}", "published": "2024-06-0%d" % (n % 9 + 1),
                                "unused": {"tags": ["a", "b"], "score": n}}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def consume(path: Path) -> tuple[int, int]:
    from quotes.inputs import FieldNames
    fields = FieldNames(text="body", id="guid", title="headline", date="published")
    good = bad = 0
    for item in read_articles([str(path)], fields=fields):
        if isinstance(item, InputError):
            bad += 1
        else:
            good += 1
    return good, bad


def bench_jsonl(records: int, tmp: Path) -> None:
    print(f"2. JSON Lines streaming ({records:,} invented records)")
    big, small = tmp / "big.jsonl", tmp / "small.jsonl"
    size = write_dump(big, records)
    write_dump(small, records // 10)
    start = time.perf_counter()
    good, bad = consume(big)
    seconds = time.perf_counter() - start
    print(f"   {good:,} articles ({bad} errors) in {seconds:.2f} s: {good / seconds:,.0f} articles/s, "
          f"{size / seconds / 1e6:.1f} MB/s")
    peaks = []
    for path in (small, big):
        gc.collect()
        tracemalloc.start()
        consume(path)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    print(f"   peak Python memory: {peaks[0] / 1e6:.2f} MB for {records // 10:,} records, "
          f"{peaks[1] / 1e6:.2f} MB for {records:,} ({big.stat().st_size / 1e6:.0f} MB file)"
          f" -> {'flat' if peaks[1] < 2 * peaks[0] + 1e6 else 'GROWS WITH INPUT'}")


def bench_dev() -> None:
    print("3. Dev corpus (read only)")
    if not DEV.exists():
        print(f"   skipped: {DEV} not found")
        return
    start = time.perf_counter()
    good = bad = 0
    for item in read_articles([str(DEV)]):
        good, bad = (good, bad + 1) if isinstance(item, InputError) else (good + 1, bad)
    seconds = time.perf_counter() - start
    print(f"   {good} articles ({bad} errors) in {seconds:.2f} s: {good / seconds:,.0f} articles/s, "
          f"{DEV.stat().st_size / seconds / 1e6:.1f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller dump")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_html(repeats=10 if args.quick else 40, tmp=Path(tmp))
        bench_jsonl(records=10_000 if args.quick else 100_000, tmp=Path(tmp))
    bench_dev()


if __name__ == "__main__":
    main()
