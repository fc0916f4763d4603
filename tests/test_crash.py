"""kill -9 a real `quotes ingest` at random moments; rerunning it must give the uninterrupted result."""
import importlib.util
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_ingest import table_contents

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 800


def generated_articles(n):
    """The benchmark's corpus generator (team-written sentences, varied names and numbers)."""
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "bench_ingest.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.generated_articles(n)


def ingest_command(db_path, corpus):
    return [sys.executable, "-m", "quotes", "ingest", str(db_path), str(corpus),
            "--workers", "2", "--batch-size", "50"]


def frozen_package(tmp_path):
    """A copy of the package to run, so every run in this test uses the same engine code
    even while someone edits the working tree."""
    where = tmp_path / "frozen"
    shutil.copytree(ROOT / "quotes", where / "quotes", ignore=shutil.ignore_patterns("__pycache__"))
    return where


def assert_consistent(db_path):
    """What a killed run leaves must already be a sound database."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        for fts in ("quotes_fts", "speakers_fts"):
            if conn.execute("select 1 from sqlite_master where name = ?", [fts]).fetchone():
                conn.execute(f"insert into {fts}({fts}) values('integrity-check')")
        if conn.execute("select 1 from sqlite_master where name = 'quotes_fts'").fetchone():
            assert (conn.execute("select count(*) from quotes").fetchone()
                    == conn.execute("select count(*) from quotes_fts").fetchone())
    finally:
        conn.close()


def _count(db_path, table):
    """Rows in ``table``, read while an ingest may be writing (0 if not there yet)."""
    if not os.path.exists(db_path):
        return 0
    conn = sqlite3.connect(db_path, timeout=0.1)
    try:
        if conn.execute("select 1 from sqlite_master where name = ?", [table]).fetchone() is None:
            return 0
        return conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    except sqlite3.OperationalError:  # locked while the schema is being created
        return 0
    finally:
        conn.close()


def test_killed_ingests_rerun_to_the_same_database(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:
        for record in generated_articles(ARTICLES):
            f.write(json.dumps(record) + "\n")
        # The same story twice, then a corrected version under the same URL.
        story = {"url": "https://example.test/story", "date": "2024-05-01",
                 "text": '"The first version of this sentence," said Ada Park.'}
        f.write(json.dumps(story) + "\n" + json.dumps(story) + "\n")
        f.write(json.dumps(dict(story, text='"The corrected sentence," said Ada Park.')) + "\n")

    code = frozen_package(tmp_path)  # the current directory comes first on sys.path with -m
    reference = tmp_path / "reference.db"
    started = time.monotonic()
    subprocess.run(ingest_command(reference, corpus), check=True, capture_output=True, cwd=code)
    full_run = time.monotonic() - started

    target = tmp_path / "target.db"
    rng = random.Random(os.environ.get("CRASH_SEED", 1))
    killed = 0
    stored_at_kill = []
    for attempt in range(5):
        process = subprocess.Popen(ingest_command(target, corpus), cwd=code, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if attempt == 0:
            time.sleep(rng.uniform(0.05, 1.0))  # start-up: opening, creating the schema, first batch
        else:
            # Wait until this run has stored a few more articles, then a little longer, so the
            # kill lands at a random point of a random batch.
            goal = _count(target, "articles") + rng.randint(30, 120)
            while process.poll() is None and _count(target, "articles") < goal:
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.3))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the ingest and its extraction workers
            killed += 1
        process.wait()
        if target.exists():
            assert_consistent(target)
            stored_at_kill.append(_count(target, "articles"))
    assert killed >= 4, f"only {killed} runs were still going when killed (full run {full_run:.1f}s)"
    # The kills landed mid-ingest, with some articles stored and others not yet.
    assert any(0 < n < ARTICLES for n in stored_at_kill), stored_at_kill
    print("articles stored at each kill:", stored_at_kill)

    finished = subprocess.run(ingest_command(target, corpus), capture_output=True, text=True, cwd=code)
    assert finished.returncode == 0, finished.stderr
    assert not os.path.exists(str(target) + "-wal")
    assert table_contents(target) == table_contents(reference)
    conn = sqlite3.connect(target)
    assert conn.execute("select count(*) from articles").fetchone() == (ARTICLES + 1,)
    assert conn.execute("select count(*) from pending_refresh").fetchone() == (0,)
    assert conn.execute("select text from quotes where text like '%version of this sentence%'").fetchall() == []
    conn.close()
