"""Ingest throughput and memory: the dev corpus, and a large generated corpus.

    .venv/bin/python bench/bench_ingest.py                  # dev corpus + 100,000 generated articles
    .venv/bin/python bench/bench_ingest.py --articles 2000  # quick run
    .venv/bin/python bench/bench_ingest.py --workers 1 --no-dev
    .venv/bin/python bench/bench_ingest.py --extractor simple   # pipeline + store alone

Each corpus is ingested in a fresh subprocess (`quotes ingest`'s own code path:
read_articles -> ingest), so its peak memory is its own: peak RSS of the
writer process and of the largest extraction worker, from resource.getrusage.
Full-text search is on (triggers maintained during the load). The corpus is
written to a JSONL file first; writing it is not timed.

CPU is reported beside wall time, because the machine is shared: CPU
seconds of the writer (reading, saving, the final pass) and of the workers,
and the CPU spent inside ``extract()`` itself (summed over every process),
per article. "Everything else" is the total minus extraction: what the
pipeline and the store cost. On C cores the throughput cannot exceed
C / (CPU per article), nor 1 / (writer CPU per article) with workers.

The dev corpus (../shared/eval/dev.jsonl) is read at run time and skipped when
absent; nothing from it is stored. The generated corpus is built from the
team's own sample sentences below, with names and numbers varied so every
article is distinct.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"

FIRST = ["Maria", "Tomas", "Lena", "Kofi", "Ines", "Pavel", "Amira", "Jonas", "Helena", "Rafael",
         "Yuki", "Oskar", "Nadia", "Samuel", "Greta", "Idris", "Carmen", "Viktor", "Leila", "Hugo"]
LAST = ["Ortega", "Okafor", "Varga", "Lindqvist", "Moreau", "Brandt", "Delgado", "Kamara",
        "Solberg", "Lehner", "Novak", "Haddad", "Reyes", "Castell", "Ferreira", "Adeyemi",
        "Kowalski", "Marchetti", "Sato", "Whitfield"]
TITLES = ["Mayor", "Transport Minister", "Professor", "Council Member", "Union Leader",
          "Harbor Commissioner", "Judge", "Health Director"]
ORGS = ["the city council", "the port authority", "the residents' association",
        "Harbor Police", "the transport ministry", "the dockworkers' union"]
TOPICS = ["the housing plan", "the port strike", "the new tram line", "the flood barrier",
          "the school budget", "the water tariff", "the glacier survey", "the festival"]
PLACES = ["Northfield", "Tidewater", "Lakeside", "Riverside", "Harborview", "Eastmoor"]

PARAGRAPHS = [
    "{title} {name} said on {day} that {topic} would cost {n} million over {m} years. "
    "“We have looked at every number twice, and this is the plan that works for {place},” {surname} said.",
    "“Nobody in {place} should wait {m} more years for {topic},” said {name2}, who has lived in the "
    "district for {k} years. “We were promised answers in {year}.”",
    "{org_cap} said in a statement that it had received {n} complaints since {day}.",
    "“This is not the end of the discussion,” {surname} told reporters. “It is the beginning of "
    "a much harder one, and I expect it to take until {year}.”",
    "Critics warned that {topic} could “deceive voters” and leave {k} families without support.",
    "“We can count {n} empty flats on this street alone,” said {name3}. “Fix those first.”",
    "The vote is expected on {day}. {surname2} said the group would “keep pressing until the "
    "last seat is counted.”",
    "Figures published by {org} show a rise of {k} percent in {year}, the highest in {m} years.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated_articles(n: int, seed: int = 7):
    """``n`` distinct articles as JSON-ready dicts, varied names, numbers and paragraph order."""
    rng = random.Random(seed)
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name2 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        name3 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        org = rng.choice(ORGS)
        slots = dict(
            title=rng.choice(TITLES), name=f"{first} {last}", surname=("Mr. " if i % 2 else "Ms. ") + last,
            name2=name2, name3=name3, surname2=name2.split()[-1], org=org, org_cap=org[0].upper() + org[1:],
            topic=rng.choice(TOPICS), place=rng.choice(PLACES), day=rng.choice(DAYS),
            n=rng.randint(2, 900), m=rng.randint(2, 30), k=rng.randint(2, 60), year=rng.randint(2019, 2027))
        paragraphs = rng.sample(PARAGRAPHS, k=rng.randint(5, len(PARAGRAPHS)))
        body = "\n\n".join(p.format(**slots) for p in paragraphs)
        yield {
            "id": f"gen-{i:07d}",
            "title": f"{slots['place']} debates {slots['topic']} ({i})",
            "date": f"20{rng.randint(19, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "source": rng.choice(["The Harbor Ledger", "Tidewater Gazette", "Lakeside Courier"]),
            "url": f"https://news.example.test/{i}",
            "text": f"{slots['place']} debates {slots['topic']}\n\n{body}\n",
        }


_PAIR = None
# CPU seconds spent inside extract(), summed over the writer and every (forked) worker.
_EXTRACT_CPU = None
_EXTRACTOR = None


def timed_extract(article):
    """The chosen extractor, its CPU time added to a counter shared with the parent."""
    t = time.process_time()
    try:
        return _EXTRACTOR(article)
    finally:
        spent = time.process_time() - t
        with _EXTRACT_CPU.get_lock():
            _EXTRACT_CPU.value += spent


def simple_extract(article):
    """A stand-in engine (paired quotation marks, the next capitalised words as speaker).

    With ``--extractor simple`` the figures show what the pipeline and the
    store cost on their own, whatever the real engine costs today.
    """
    global _PAIR
    import regex

    from quotes.model import Quote
    if _PAIR is None:
        _PAIR = regex.compile(r"“([^”]{1,2000})”(?: (?:said )?((?:[A-Z][\w.]*(?: |$)){1,3}))?")
    out = []
    for m in _PAIR.finditer(article.text):
        speaker = (m.group(2) or "").strip() or None
        out.append(Quote(article_id=article.id, text=m.group(1), start=m.start(1), end=m.end(1),
                         kind="direct", speaker=speaker, speaker_type="person" if speaker else None,
                         date=article.date, context=m.group(0), spans=((m.start(1), m.end(1)),)))
    return out


def write_corpus(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for record in generated_articles(n):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_one(corpus: Path, db_path: Path, workers: int, source_field: str, extractor: str) -> dict:
    """Ingest one corpus in this process; return the figures."""
    import multiprocessing

    import sqlite_utils

    from quotes.engine import extract_article
    from quotes.ingest import ingest
    from quotes.inputs import FieldNames, read_articles

    global _EXTRACT_CPU, _EXTRACTOR
    _EXTRACT_CPU = multiprocessing.Value("d", 0.0)
    _EXTRACTOR = simple_extract if extractor == "simple" else extract_article

    def cpu(who):
        r = resource.getrusage(who)
        return r.ru_utime + r.ru_stime

    start, start_cpu = time.perf_counter(), cpu(resource.RUSAGE_SELF)
    db = sqlite_utils.Database(db_path)
    items = read_articles([str(corpus)], fields=FieldNames(source=source_field))
    streaming = {}

    def progress(_):  # high-water mark so far: at the last batch, the peak while streaming
        streaming["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        streaming["at"], streaming["cpu"] = time.perf_counter(), cpu(resource.RUSAGE_SELF)

    summary = ingest(db, items, workers=workers, on_progress=progress, extract=timed_extract)
    db.close()
    seconds = time.perf_counter() - start
    writer_cpu = cpu(resource.RUSAGE_SELF) - start_cpu
    return {
        "workers": workers, "extract_cpu": _EXTRACT_CPU.value, "writer_cpu": writer_cpu,
        "worker_cpu": cpu(resource.RUSAGE_CHILDREN),
        "final_seconds": seconds - (streaming.get("at", start) - start),
        "final_cpu": writer_cpu - (streaming.get("cpu", start_cpu) - start_cpu),
        "articles": summary.articles, "failed": summary.failed, "quotes": summary.quotes_added,
        "seconds": seconds, "input_mb": corpus.stat().st_size / 1e6,
        "db_mb": db_path.stat().st_size / 1e6,
        "wal_left": os.path.exists(str(db_path) + "-wal"),
        "rss_streaming_mb": streaming.get("rss", 0),
        "rss_writer_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def measure(name: str, corpus: Path, workers: int, source_field: str, tmp: Path, extractor: str) -> dict:
    db_path = tmp / f"{name}.db"
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(corpus), "--db", str(db_path),
         "--workers", str(workers), "--source-field", source_field, "--extractor", extractor],
        check=True, capture_output=True, text=True, cwd=ROOT)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["name"] = name
    return figures


def report(f: dict) -> None:
    s = f["seconds"]
    print(f"{f['name']:<22} {f['articles']:>8,} articles ({f['failed']} failed)  {f['quotes']:>9,} quotes  "
          f"{s:7.1f} s  {f['articles'] / s:7.0f} articles/s  {f['quotes'] / s:8.0f} quotes/s  "
          f"{f['input_mb'] / s:5.2f} MB/s  peak RSS: writer {f['rss_streaming_mb']:.0f} MB while streaming, "
          f"{f['rss_writer_mb']:.0f} MB with the final pass; worker {f['rss_worker_mb']:.0f} MB  "
          f"db {f['db_mb']:.0f} MB"
          + ("  (WAL LEFT BEHIND!)" if f["wal_left"] else ""))
    n = max(f["articles"], 1)
    total = f["writer_cpu"] + f["worker_cpu"]
    other = total - f["extract_cpu"]
    print(f"{'':<22} CPU ms/article: extract() {1000 * f['extract_cpu'] / n:.2f}, everything else "
          f"{1000 * other / n:.2f} (writer {1000 * f['writer_cpu'] / n:.2f}, workers {1000 * f['worker_cpu'] / n:.2f}, "
          f"total {1000 * total / n:.2f}); final pass {f['final_seconds']:.1f} s ({f['final_cpu']:.1f} s CPU)")
    cores = os.cpu_count() or 1
    print(f"{'':<22} CPU-bound ceiling on {cores} cores: {cores * n / total:.0f} articles/s; "
          f"for 500/s extract() must cost at most {1000 * cores / 500 - 1000 * other / n:.2f} ms/article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="size of the generated corpus")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-dev", action="store_true", help="skip the dev corpus")
    parser.add_argument("--extractor", choices=["engine", "simple"], default="engine",
                        help="the real engine, or a trivial stand-in to time the pipeline and store alone")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--source-field", default="source", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(Path(args.one), Path(args.db), args.workers, args.source_field,
                                 args.extractor)))
        return

    import sqlite3
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, "
          f"{os.cpu_count()} CPUs, workers={args.workers}, extractor={args.extractor}, full-text search on")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        results = []
        if args.no_dev:
            pass
        elif DEV.exists():
            results.append(measure("dev corpus", DEV, args.workers, "publisher", tmp, args.extractor))
            report(results[-1])
        else:
            print(f"dev corpus: {DEV} not found, skipped")
        sizes = sorted({min(args.articles, 10_000), args.articles})
        for n in sizes:
            corpus = tmp / f"generated-{n}.jsonl"
            write_corpus(corpus, n)
            results.append(measure(f"generated {n:,}", corpus, args.workers, "source", tmp, args.extractor))
            report(results[-1])
            corpus.unlink()
        if len(sizes) > 1:
            small, large = results[-2], results[-1]
            print(f"memory flatness: writer peak while streaming {small['rss_streaming_mb']:.0f} MB at "
                  f"{small['articles']:,} articles vs {large['rss_streaming_mb']:.0f} MB at {large['articles']:,}; "
                  f"with the final pass {small['rss_writer_mb']:.0f} vs {large['rss_writer_mb']:.0f} MB")


if __name__ == "__main__":
    main()
