"""How the published site holds up: 100,000 quotes, 50 concurrent clients, 60 seconds.

Run from the repository root:

    .venv/bin/python bench/bench_load.py                       # the full run (about 2 minutes)
    .venv/bin/python bench/bench_load.py --seconds 10 --clients 10 --quotes 20000   # a quick look
    .venv/bin/python bench/bench_load.py --db /tmp/load.db     # keep (and reuse) the database

1. Builds a database of ``--quotes`` quotes (default 100,000; 10 per article, about 1,500
   speakers, 20 outlets, 2015-2025) with `quotes.store.ensure_db_shape` for the schema, FTS and
   views, direct inserts for the rows, and the store's own speaker merge and aggregate refresh. The words are
   runs of the team-written articles in seeds/, so search terms have natural frequencies.
2. Starts the real `quotes serve DB` (immutable, our metadata and settings) on 127.0.0.1.
3. Runs ``--clients`` asyncio clients (httpx) for ``--seconds``, each sending one request after
   another (``--think S`` adds a random pause averaging S seconds, like people reading), mixing:
     search   the site's search page (/quotes/-/search, HTML) for one or two words (distinct
              words of the seeds, uniformly): what the search box on the home and database
              pages submits. ``--table-search`` searches the quotes table page instead
              (/quotes/quotes?_search=, what that page's own filter box submits; no facets
              unless asked), which costs about four times the CPU.
     facet    the quotes table page filtered to one role (5% of quotes), faceted by speaker
     speaker  a speaker's page (/quotes/-/speaker/N): roles and every quote
     csv      a speaker's full CSV export (/quotes/-/export.csv?speaker_id=N)
4. Prints requests, errors and p50/p95/p99 latency per type. Any error (non-200 status,
   timeout, connection failure) is counted and printed; the goal is zero errors and a search
   p95 under 100 ms. Client and server share the machine's cores, so figures are pessimistic;
   the CPU used by the server and by the load generator, and the server's CPU per request (the
   figure least disturbed by other work on the machine), are printed too.
5. ``--workers N`` serves with `quotes serve --workers N`; ``--extra-indexes`` adds the indexes
   in EXTRA_INDEXES to the bench's own database (and says so) to measure what they would give.
   ``--pages-at-once N`` and ``--cache-mb N`` serve with a copy of metadata.yml where the
   quotes plugin's ``datasette_pages_at_once`` (0: no queue for Datasette's own pages) or
   ``response_cache_mb`` is N; with a cache, the share of each type answered from it is
   printed (the ``x-quotes-cache`` header). The server's stderr is printed if it wrote any.
6. ``--profile`` skips the load: it times each request type in-process (Datasette's test
   client, CPU per request from time.process_time, so other work on the machine barely
   shows) and prints the top of a cProfile of the search page.

With ``--think 0`` the clients send back to back, so each waits for the 49 others: latency is
about clients / throughput, and the run measures the server's capacity. ``--think 5`` is closer
to 50 people reading what they get.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Optional

import httpx
import sqlite_utils

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from quotes.store import ensure_db_shape, group_key, merge_speakers, refresh_quote_groups  # noqa: E402

FIRST = ("Ada Bruno Chiara Dmitri Elena Farid Greta Hugo Ines Jonas Kaveh Lena Marco Nadia Oskar "
         "Priya Quentin Rosa Samir Tove Ugo Vera Wiktor Ximena Yusuf Zofia Amara Bjorn Carmen Dario "
         "Esther Felix Gael Hana Ivo Jade Kofi Lucia Mateo Noor").split()
LAST = ("Abara Berg Costa Dahl Eze Fischer Gomez Haddad Ivanova Jensen Kowalski Lindqvist Moreau "
        "Nakamura Okafor Petrov Quispe Rossi Sato Tanaka Umarov Varga Weber Xu Yilmaz Zapata Alves "
        "Brandt Cruz Diallo Engel Ferreira Grant Holm Iqbal Juarez Kim Lopez Mensah Novak").split()
ORGS = ["the city council", "the port authority", "the health ministry", "the rail union",
        "Harbor Police", "the school board", "the energy regulator", "the football club"]
ROLES = ["Mayor", "Deputy Mayor", "Minister of Transport", "union leader", "spokeswoman",
         "spokesman", "chief executive", "police chief", "professor", "coach", "judge",
         "council member", "director", "senator", "governor", "economist", "lawyer", "nurse",
         "head teacher", "fisherman"]
OUTLETS = [f"The {place} {kind}" for place, kind in zip(
    "Harbor Riverside Northfield Lakeside Danube Coastline Tidewater Fjord Valley Summit "
    "Prairie Delta Canyon Meadow Island Forest Granite Bay Cedar Hill".split(),
    "Ledger Review Post Courier Chronicle Press Gazette Times Herald Tribune Star Mail Sun "
    "Standard Observer Journal Record Daily Echo Bulletin".split())]


def seed_words() -> list[str]:
    words = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8").split("---", 2)[-1]
        words += re.findall(r"[\w’'-]+|[.,;:]", text)
    return words


# Not (yet) in quotes.store.INDEXES (see --extra-indexes). A role filter sorted by date (the
# table's default order) and its speaker facet read every quote with that role (5,000 here)
# through idx_quotes_role; with these they read 26 index entries and one covering index.
EXTRA_INDEXES = [("quotes", ["role", "date"]), ("quotes", ["role", "speaker_id"])]


def build(path: Path, n_quotes: int, rng: random.Random, extra_indexes: bool = False) -> None:
    """Write a quotes database of ``n_quotes`` quotes to ``path`` (the store's schema)."""
    words = seed_words()
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    for table in ("quotes", "speakers"):
        db[table].disable_fts()  # rebuilt once at the end: far faster than triggers per row
    people = [(f"{f} {l}", "person") for f in FIRST for l in LAST][:1500]
    speakers = people + [(o, "organization") for o in ORGS]
    speaker_roles = {i + 1: rng.sample(ROLES, 2) for i in range(len(speakers))}
    popular = [" ".join(words[s:s + 12]) for s in rng.sample(range(len(words) - 20), 200)]

    def phrase(lo: int, hi: int) -> str:
        start = rng.randrange(len(words) - hi)
        return " ".join(words[start:start + rng.randint(lo, hi)]).replace(" ,", ",").replace(" .", ".")

    with db.atomic():
        db.conn.executemany(
            "insert into speakers (id, name, type, aliases, quote_count) values (?, ?, ?, ?, 0)",
            [(i + 1, name, kind, json.dumps([name])) for i, (name, kind) in enumerate(speakers)])
        articles, quotes = [], []
        for a in range((n_quotes + 9) // 10):
            article_id = f"a{a:07d}"
            date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            outlet = rng.choice(OUTLETS)
            text = phrase(5, 12) + "\n\n"
            for p in range(min(10, n_quotes - len(quotes))):
                sid = rng.randint(1, len(speakers))
                name, kind = speakers[sid - 1]
                said = rng.choice(popular) if rng.random() < 0.03 else phrase(8, 30)
                lead = phrase(5, 20) + ". "
                start = len(text) + len(lead) + 1
                text += f"{lead}“{said}” {name} said.\n\n"
                role = rng.choice(speaker_roles[sid]) if kind == "person" else None
                quotes.append({
                    "id": hashlib.sha1(f"{article_id}:{p}".encode()).hexdigest(),
                    "article_id": article_id, "speaker_id": sid, "group_key": group_key(said),
                    "text": said, "kind": rng.choice(["direct", "direct", "partial", "indirect"]),
                    "speaker_name": name, "speaker_type": kind, "extracted_speaker": name,
                    "mention": name, "role": role, "cue": "said", "date": date, "start": start,
                    "end": start + len(said), "spans": json.dumps([[start, start + len(said)]]),
                    "context": f"{lead}“{said}” {name} said.", "paragraph": p + 1,
                    "confidence": 0.9, "rule": "bench",
                })
            articles.append({"id": article_id, "title": phrase(4, 10), "source": outlet,
                             "url": f"https://news.example/{article_id}", "published": date,
                             "byline": None, "text": text, "path": None,
                             "content_hash": article_id, "ingested_at": "2026-01-01T00:00:00"})
        db["articles"].insert_all(articles, batch_size=1000)
        db.conn.executemany("insert or ignore into quote_groups (key, text, occurrences, articles)"
                            " values (?, ?, 0, 0)", [(q["group_key"], q["text"]) for q in quotes])
        db["quotes"].insert_all(quotes, batch_size=1000)
        merge_speakers(db)  # also recounts every speaker and their roles
        refresh_quote_groups(db)
    ensure_db_shape(db)  # FTS indexes and triggers, populated in one pass
    if extra_indexes:
        for table, columns in EXTRA_INDEXES:
            db[table].create_index(columns, if_not_exists=True)
    db.close()


def write_metadata(path: Path, **plugin_settings) -> Path:
    """The packaged metadata.yml with the quotes plugin's ``plugin_settings`` changed."""
    import yaml

    from quotes.datasette_plugin.site import load_metadata

    metadata = load_metadata()
    metadata.setdefault("plugins", {}).setdefault("quotes", {}).update(plugin_settings)
    path.write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    return path


def plugin_settings(metadata: Optional[Path] = None) -> str:
    """How the server will queue and cache, for the report."""
    from quotes.datasette_plugin.lanes import DEFAULT_AT_ONCE
    from quotes.datasette_plugin.site import load_metadata

    config = (load_metadata(path=metadata).get("plugins") or {}).get("quotes") or {}
    cache = float(config.get("response_cache_mb") or 0)
    return (f"Datasette pages at once: {config.get('datasette_pages_at_once', DEFAULT_AT_ONCE)}, "
            f"response cache: {f'{cache:g} MB' if cache else 'off'}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_path: Path, workers: int = 1, metadata: Optional[Path] = None,
                 log: Optional[Path] = None) -> tuple[subprocess.Popen, str]:
    """Start `quotes serve`; its stderr goes to ``log`` (a pipe nobody reads would block it)."""
    port = free_port()
    log = log or Path(tempfile.mkdtemp()) / "serve.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", str(db_path), "--port", str(port),
         "--workers", str(workers), *(["-m", str(metadata)] if metadata else [])],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=open(log, "w"), text=True)
    process.log = log  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"quotes serve exited: {log.read_text()}")
        try:
            if httpx.get(url + "/-/versions.json", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    sys.exit("quotes serve did not start within 60 s")


def search_words() -> list[str]:
    return sorted({w.lower() for w in seed_words() if w.isalpha() and len(w) > 3})


def request_maker(speaker_ids: list[int], name: str = "quotes", table_search: bool = False):
    """A function of a Random giving (kind, path, params) of the next request of the mix."""
    # Distinct words, drawn uniformly: people search names and specific terms. (A search for
    # a word in every quote, like "said", costs several times more: the count and the sort by
    # date read all 100,000 matches.)
    words = search_words()
    mix = ["search"] * 4 + ["facet"] * 2 + ["speaker"] * 3 + ["csv"]
    search_path = f"/{name}/quotes" if table_search else f"/{name}/-/search"

    def request_for(rng: random.Random) -> tuple[str, str, dict]:
        kind = rng.choice(mix)
        if kind == "search":
            terms = " ".join(rng.sample(words, rng.choice([1, 1, 2])))
            return kind, search_path, {"_search": terms}
        if kind == "facet":  # a journalist clicks a role, then looks at who holds it
            return kind, f"/{name}/quotes", {"role": rng.choice(ROLES), "_facet": "speaker_id"}
        sid = rng.choice(speaker_ids)
        if kind == "speaker":
            return kind, f"/{name}/-/speaker/{sid}", {}
        return kind, f"/{name}/-/export.csv", {"speaker_id": str(sid)}

    return request_for


def check(kind: str, response: httpx.Response, table_search: bool) -> Optional[str]:
    """What is wrong with a response, or None."""
    if response.status_code != 200:
        return f"{response.status_code}"
    if kind == "csv" and not response.text.startswith("date,speaker,"):
        return "bad CSV"
    if kind == "search" and not table_search and 'class="quotes-count"' not in response.text:
        return "no result count"
    return None


async def load(url: str, seconds: float, clients: int, speaker_ids: list[int], seed: int,
               name: str = "quotes", think: float = 0.0, table_search: bool = False):
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    cache_hits: dict[str, int] = defaultdict(int)
    request_for = request_maker(speaker_ids, name, table_search)

    async def client(n: int, http: httpx.AsyncClient, stop_at: float) -> None:
        rng = random.Random(seed * 1000 + n)
        while time.monotonic() < stop_at:
            if think:
                await asyncio.sleep(rng.uniform(0, 2 * think))
            kind, path, params = request_for(rng)
            began = time.perf_counter()
            try:
                response = await http.get(path, params=params)
                elapsed = time.perf_counter() - began
                problem = check(kind, response, table_search)
                if problem:
                    errors[kind].append(f"{problem} {path} {params}")
                else:
                    latencies[kind].append(elapsed)
                    cache_hits[kind] += response.headers.get("x-quotes-cache") == "hit"
            except httpx.HTTPError as error:
                errors[kind].append(f"{type(error).__name__} {path} {params}")

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        stop_at = time.monotonic() + seconds
        await asyncio.gather(*(client(n, http, stop_at) for n in range(clients)))
    return latencies, errors, cache_hits


def process_tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its live children (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
        todo += children.get(current, [])
    return total


def own_cpu() -> float:
    usage = os.times()
    return usage.user + usage.system


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def profile(db_path: Path, speaker_ids: list[int], seed: int, table_search: bool,
            per_kind: int = 40, repeats: int = 3) -> None:
    """Server CPU per request of each type, in-process (no HTTP, no load generator)."""
    import cProfile
    import pstats

    from quotes.datasette_plugin.site import make_datasette

    ds = make_datasette(db_path)
    request_for = request_maker(speaker_ids, db_path.stem, table_search)
    rng = random.Random(seed)
    requests: dict[str, list] = defaultdict(list)
    while min((len(requests[k]) for k in ("search", "facet", "speaker", "csv")), default=0) < per_kind:
        kind, path, params = request_for(rng)
        if len(requests[kind]) < per_kind:
            requests[kind].append((path, params))

    async def run(kind: str) -> None:
        for path, params in requests[kind]:
            response = await ds.client.get(path, params=params)
            problem = check(kind, response, table_search)
            if problem:
                sys.exit(f"{kind} {path} {params}: {problem}")

    async def measure() -> None:
        await ds.invoke_startup()
        print(f"In-process CPU per request (ms; {per_kind} requests of each type, "
              f"{repeats} rounds, includes the test client's own share):")
        for kind in requests:
            await run(kind)  # warm the page cache and the templates
            rounds = []
            for _ in range(repeats):
                began = time.process_time()
                await run(kind)
                rounds.append(1000 * (time.process_time() - began) / per_kind)
            print(f"  {kind:<8} {min(rounds):6.1f} - {max(rounds):6.1f}")
        profiler = cProfile.Profile()
        profiler.enable()
        await run("search")
        profiler.disable()
        print("\nThe search requests under cProfile (cumulative; SQL runs in Datasette's threads):")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"quotes|datasette/(views|app)", 25)

    asyncio.run(measure())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--db", type=Path, help="database file to build (reused if it exists)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--extra-indexes", action="store_true",
                        help="also add EXTRA_INDEXES to the bench's own database "
                             "(proposed for the store; also applied to a reused --db)")
    parser.add_argument("--workers", type=int, default=1,
                        help="`quotes serve --workers N` (server processes)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause of each client between requests, in seconds (0: back to back)")
    parser.add_argument("--table-search", action="store_true",
                        help="search the quotes table page (/quotes/quotes?_search=) instead of "
                             "the site's search page (/quotes/-/search)")
    parser.add_argument("--pages-at-once", type=int, default=None,
                        help="serve with the quotes plugin's datasette_pages_at_once set to N "
                             "(a copy of metadata.yml; 0: no queue for Datasette's own pages)")
    parser.add_argument("--cache-mb", type=float, default=None,
                        help="serve with the quotes plugin's response_cache_mb set to N (a copy "
                             "of metadata.yml); hit rates per type are printed")
    parser.add_argument("--profile", action="store_true",
                        help="no load: CPU per request of each type in-process, and a cProfile "
                             "of the search")
    args = parser.parse_args()

    workdir = None
    db_path = args.db
    if db_path is None:
        workdir = tempfile.TemporaryDirectory()
        db_path = Path(workdir.name) / "quotes.db"
    if db_path.exists():
        print(f"Reusing {db_path}")
    else:
        began = time.perf_counter()
        build(db_path, args.quotes, random.Random(args.seed), args.extra_indexes)
        print(f"Built {db_path}: {args.quotes:,} quotes, {db_path.stat().st_size / 1e6:.0f} MB "
              f"in {time.perf_counter() - began:.1f} s")
    db = sqlite_utils.Database(db_path)
    if args.extra_indexes:
        for table, columns in EXTRA_INDEXES:
            db[table].create_index(columns, if_not_exists=True)
        db.execute("analyze")
        print("EXTRA INDEXES (not in quotes.store, added to this bench database only): "
              + ", ".join(f"{t}({', '.join(c)})" for t, c in EXTRA_INDEXES))
    else:
        print("Indexes: only those of quotes.store (run with --extra-indexes to add "
              + ", ".join(f"{t}({', '.join(c)})" for t, c in EXTRA_INDEXES) + ")")
    n_quotes = db["quotes"].count
    speaker_ids = [r[0] for r in db.execute("select id from speakers")]
    db.close()
    search_target = "/quotes/quotes?_search=" if args.table_search else "/quotes/-/search?_search="
    if args.profile:
        profile(db_path, speaker_ids, args.seed, args.table_search)
        return

    metadata = None
    changed = {name: value for name, value in [("datasette_pages_at_once", args.pages_at_once),
                                               ("response_cache_mb", args.cache_mb)]
               if value is not None}
    if changed:
        metadata = write_metadata(Path(tempfile.mkdtemp()) / "metadata.yml", **changed)
    process, url = start_server(db_path, args.workers, metadata)
    try:
        print(f"Serving on {url} ({args.workers} worker process"
              f"{'es' if args.workers > 1 else ''}); {args.clients} clients for {args.seconds:g} s, "
              f"think time {args.think:g} s, searches on {search_target}, "
              f"{plugin_settings(metadata)} "
              f"({n_quotes:,} quotes, {len(speaker_ids):,} speakers, {os.cpu_count()} CPUs shared "
              "with the clients)")
        server_cpu, client_cpu = process_tree_cpu(process.pid), own_cpu()
        began = time.monotonic()
        latencies, errors, cache_hits = asyncio.run(
            load(url, args.seconds, args.clients, speaker_ids, args.seed, db_path.stem,
                 args.think, args.table_search))
        wall = time.monotonic() - began
        server_cpu = process_tree_cpu(process.pid) - server_cpu
        client_cpu = own_cpu() - client_cpu
    finally:
        process.terminate()
        process.wait(timeout=10)
        if workdir:
            workdir.cleanup()

    print(f"\n{'type':<8} {'requests':>9} {'errors':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    total_ok = total_err = 0
    for kind in ("search", "facet", "speaker", "csv"):
        ok, bad = latencies.get(kind, []), errors.get(kind, [])
        total_ok += len(ok)
        total_err += len(bad)
        if ok:
            p50, p95, p99 = (percentile(ok, p) * 1000 for p in (50, 95, 99))
            print(f"{kind:<8} {len(ok) + len(bad):>9,} {len(bad):>7} {len(ok) / args.seconds:>7.1f} "
                  f"{p50:>8.1f} {p95:>8.1f} {p99:>8.1f}")
        else:
            print(f"{kind:<8} {len(bad):>9,} {len(bad):>7}")
    print(f"{'all':<8} {total_ok + total_err:>9,} {total_err:>7} {total_ok / args.seconds:>7.1f}")
    if args.cache_mb:
        print("Answered from the response cache: " + ", ".join(
            f"{kind} {100 * cache_hits[kind] / max(len(latencies.get(kind, [])), 1):.0f}%"
            for kind in ("search", "facet", "speaker", "csv"))
            + f"; all {100 * sum(cache_hits.values()) / max(total_ok, 1):.0f}%")
    for kind, bad in errors.items():
        for line in bad[:5]:
            print(f"  error ({kind}): {line}")
    server_log = process.log.read_text(errors="replace").strip()  # type: ignore[attr-defined]
    if server_log:
        lines = server_log.splitlines()
        print(f"\nThe server wrote {len(lines)} lines to stderr; the last ones:")
        print("\n".join("  " + line for line in lines[-15:]))
    print(f"\nCPU during the run ({wall:.0f} s wall, {os.cpu_count()} CPUs): server "
          f"{server_cpu / wall:.2f} cores, load generator {client_cpu / wall:.2f} cores "
          f"({100 * client_cpu / max(server_cpu + client_cpu, 1e-9):.0f}% of the CPU both used); "
          f"server CPU per request {1000 * server_cpu / max(total_ok + total_err, 1):.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine shows here)")
    search = latencies.get("search", [])
    if search:
        p95 = percentile(search, 95) * 1000
        print(f"\nsearch p95 {p95:.0f} ms: {'meets' if p95 < 100 else 'MISSES'} the 100 ms goal; "
              f"{'zero errors' if not total_err else f'{total_err} ERRORS'}")
    if total_err:
        sys.exit(1)


if __name__ == "__main__":
    main()
