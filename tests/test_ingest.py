"""`quotes ingest` and `quotes.ingest.ingest` on real files: seeds in, a database Datasette can serve."""
import asyncio
import json
import os
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli
from quotes.ingest import ingest
from quotes.inputs import InputError, read_articles
from quotes.model import Article, Quote

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def articles_in(path):
    """How many articles the reader finds in ``path`` (whatever files seeds/ holds)."""
    return sum(isinstance(a, Article) for a in read_articles([str(path)]))


def run(*args, input=None):
    return CliRunner().invoke(cli, ["ingest", *map(str, args)], input=input)


def table_contents(path):
    """Every row of the quote tables, without rowids/ids that may differ and without timestamps."""
    db = sqlite_utils.Database(path)
    out = {
        "articles": sorted(tuple(r[k] for k in r if k != "ingested_at") for r in db["articles"].rows),
        "quotes": sorted(db.execute(
            "select q.id, q.article_id, s.name, s.type, q.group_key, q.text, q.kind, q.speaker_name,"
            " q.extracted_speaker, q.role, q.date, q.start, q.end, q.context from quotes q"
            " left join speakers s on s.id = q.speaker_id").fetchall()),
        "speakers": sorted(db.execute(
            "select name, type, aliases, first_seen, last_seen, quote_count from speakers").fetchall()),
        "speaker_roles": sorted(db.execute(
            "select s.name, r.role, r.first_seen, r.last_seen, r.article_count"
            " from speaker_roles r join speakers s on s.id = r.speaker_id").fetchall()),
        "quote_groups": sorted(tuple(r.values()) for r in db["quote_groups"].rows),
        # FTS rows as the index sees them, by quote id (rowids may differ between runs)
        "fts": sorted(db.execute(
            "select quotes.id, quotes_fts.text, quotes_fts.context, quotes_fts.speaker_name"
            " from quotes_fts join quotes on quotes.rowid = quotes_fts.rowid").fetchall()),
        "fts_matches": sorted(db.execute(
            "select quotes.id from quotes_fts join quotes on quotes.rowid = quotes_fts.rowid"
            " where quotes_fts match 'said OR people OR plan'").fetchall()),
    }
    db.close()
    return out


@pytest.fixture
def seeded(tmp_path):
    path = tmp_path / "quotes.db"
    result = run(path, SEEDS)
    assert result.exit_code == 0, result.output
    return path


def test_ingest_seeds_makes_a_searchable_database(seeded):
    db = sqlite_utils.Database(seeded)
    assert db["articles"].count == articles_in(SEEDS)
    assert db["quotes"].count > 20
    hits = [r["text"] for r in db["quotes"].search("brutalization")]
    assert any("brutalization of Ukraine" in t for t in hits)
    found = db.execute("select quote, outlet, date from quotes_full where quote like '%deceive people%'").fetchall()
    assert found and found[0][1:] == ("The Washington Times", "2022-03-29")


def test_ingest_prints_a_one_line_summary(tmp_path):
    result = run(tmp_path / "q.db", SEEDS)
    n = articles_in(SEEDS)
    last = result.output.strip().splitlines()[-1]
    assert last.startswith(f"{n} articles: {n} new, 0 unchanged, 0 updated, 0 failed; ")
    assert last.endswith(" quotes added")


def test_ingest_again_adds_nothing(seeded):
    before = table_contents(seeded)
    result = run(seeded, SEEDS)
    assert result.exit_code == 0
    n = articles_in(SEEDS)
    assert f"{n} articles: 0 new, {n} unchanged, 0 updated, 0 failed; 0 quotes added" in result.output
    assert table_contents(seeded) == before


def test_an_edited_file_replaces_its_quotes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    story = folder / "story.txt"
    story.write_text('---\nurl: https://example.test/story\ndate: 2024-05-01\n---\n'
                     '"The old sentence stays for now," said Ada Park.\n', encoding="utf-8")
    db_path = tmp_path / "q.db"
    assert run(db_path, folder).exit_code == 0
    story.write_text('---\nurl: https://example.test/story\ndate: 2024-05-01\n---\n'
                     '"A corrected sentence replaces it," said Ada Park.\n', encoding="utf-8")
    result = run(db_path, folder)
    assert "1 articles: 0 new, 0 unchanged, 1 updated, 0 failed" in result.output
    db = sqlite_utils.Database(db_path)
    texts = [r["text"] for r in db["quotes"].rows]
    assert any("corrected sentence" in t for t in texts)
    assert not any("old sentence" in t for t in texts)
    assert list(db["quotes"].search("old")) == []
    assert db["articles"].count == 1
    assert db.execute("select count(*) from quote_groups where key like '%old sentence%'").fetchone()[0] == 0


def test_a_bad_file_is_reported_and_the_rest_go_in(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    missing = tmp_path / "no-such-article.txt"
    result = run(tmp_path / "q.db", folder, missing)
    assert result.exit_code == 1
    assert f"Error: {missing}" in result.output
    n = articles_in(SEEDS)
    assert f"{n + 1} articles: {n} new, 0 unchanged, 0 updated, 1 failed" in result.output
    assert sqlite_utils.Database(tmp_path / "q.db")["articles"].count == n


def test_ingest_reads_jsonl_from_stdin(tmp_path):
    lines = "\n".join(json.dumps({"text": f'"Line {i} is quoted here," said Ada Park.', "id": f"a{i}",
                                  "date": "2024-05-0%d" % (i + 1)}) for i in range(3))
    result = run(tmp_path / "q.db", "-", input=lines + "\n")
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "q.db")
    assert sorted(r["id"] for r in db["articles"].rows) == ["a0", "a1", "a2"]


def test_the_result_is_one_file_that_sqlite_utils_and_datasette_open(seeded):
    assert not os.path.exists(str(seeded) + "-wal")
    assert sqlite_utils.Database(seeded).journal_mode == "delete"
    assert {"articles", "quotes", "speakers", "quote_groups", "speaker_roles"} <= set(
        sqlite_utils.Database(seeded).table_names())
    from datasette.app import Datasette

    ds = Datasette(immutables=[str(seeded)])

    async def get(path):
        return await ds.client.get(path)

    response = asyncio.run(get("/quotes/quotes.json?_shape=array"))
    assert response.status_code == 200
    assert len(response.json()) > 20
    view = asyncio.run(get("/quotes/quotes_full.json?_shape=array&_search=brutalization"))
    assert view.status_code == 200
    search = asyncio.run(get("/quotes/quotes.json?_shape=array&_search=brutalization"))
    assert any("brutalization" in r["text"] for r in search.json())


def test_several_workers_give_the_same_database_as_one(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run(one, SEEDS, "--workers", "1").exit_code == 0
    assert run(two, SEEDS, "--workers", "2", "--batch-size", "3").exit_code == 0
    assert table_contents(one) == table_contents(two)


def unreliable_extract(article):
    """An engine that fails on one article (the real one promises never to)."""
    if "explode" in article.text:
        raise RuntimeError("boom")
    return [Quote(article_id=article.id, text=article.text.strip('"'), start=1,
                  end=len(article.text) - 1, kind="direct", speaker="Ada Park", speaker_type="person")]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_python_api_reports_failures_and_goes_on(tmp_path, workers):
    items = [Article(text='"first"'), InputError("bad.html", "not UTF-8"),
             Article(text='"explode"', path="boom.txt"), Article(text='"second"')]
    errors = []
    db = sqlite_utils.Database(tmp_path / "q.db")
    summary = ingest(db, items, workers=workers, extract=unreliable_extract, on_error=errors.append)
    assert (summary.new, summary.failed, summary.quotes_added) == (2, 2, 2)
    assert [str(e) for e in errors] == ["bad.html: not UTF-8",
                                        "boom.txt: extraction failed: RuntimeError: boom"]
    assert sorted(r["text"] for r in db["quotes"].rows) == ["first", "second"]
    assert [(r["name"], r["quote_count"]) for r in db["speakers"].rows] == [("Ada Park", 2)]


def test_memory_stays_bounded_by_reading_ahead_only_a_window(tmp_path):
    """The pipeline pulls articles lazily: with workers it never reads far ahead of the writer."""
    pulled = []

    def articles():
        for i in range(2000):
            pulled.append(i)
            yield Article(text=f'"Quote number {i}" said Ada Park.', id=f"a{i}")

    seen_at_first_batch = []

    def progress(summary):
        if not seen_at_first_batch:
            seen_at_first_batch.append(len(pulled))

    db = sqlite_utils.Database(tmp_path / "q.db")
    summary = ingest(db, articles(), workers=2, batch_size=50, on_progress=progress)
    assert summary.new == 2000
    assert seen_at_first_batch[0] < 1000


def said_extract(article):
    """'"Words," said Name.' -> one quote by Name."""
    words, _, name = article.text.partition(" said ")
    return [Quote(article_id=article.id, text=words.strip('",'), start=1, end=len(words) - 2,
                  kind="direct", speaker=name.rstrip("."), speaker_type="person")]


def test_a_run_that_died_before_its_final_pass_is_completed_by_the_next(tmp_path):
    from quotes.store import save_articles

    articles = [Article(text=f'"Words {i}," said {name}.', id=f"a{i}")
                for i, name in enumerate(["Antony Blinken", "Mr. Blinken", "Antony J. Blinken"])]
    db = sqlite_utils.Database(tmp_path / "q.db")
    ingest(db, [], workers=1)  # creates the schema
    # What a killed run leaves: batches committed, the final pass not run.
    save_articles(db, [(a, said_extract(a)) for a in articles])
    db.close()
    db = sqlite_utils.Database(tmp_path / "q.db")
    assert db["pending_refresh"].count > 0
    summary = ingest(db, articles, workers=1, extract=said_extract)
    assert (summary.new, summary.unchanged) == (0, 3)
    assert db["pending_refresh"].count == 0
    assert [(r["name"], r["quote_count"], sorted(json.loads(r["aliases"]))) for r in db["speakers"].rows] == [
        ("Antony Blinken", 3, ["Antony Blinken", "Antony J. Blinken", "Mr. Blinken"])]


def test_a_batch_also_ends_at_a_text_budget_so_long_articles_stay_few_in_memory(tmp_path, monkeypatch):
    import quotes.ingest

    monkeypatch.setattr(quotes.ingest, "BATCH_MAX_CHARS", 250)
    articles = [Article(text=f'"Words number {i}," said Ada Park. ' + "x" * 80, id=f"a{i}") for i in range(10)]
    batches = []
    db = sqlite_utils.Database(tmp_path / "q.db")
    summary = ingest(db, articles, workers=1, batch_size=1000, extract=said_extract,
                     on_progress=lambda s: batches.append(s.new))
    # ~115 characters an article: a batch closes at its third article, whatever batch_size says
    assert batches == [3, 6, 9, 10]
    assert summary.new == db["articles"].count == 10


def test_the_load_settings_are_undone_after_a_run(tmp_path):
    db = sqlite_utils.Database(tmp_path / "q.db")
    before = [db.execute(f"pragma {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")]
    ingest(db, [Article(text='"Words," said Ada Park.')], workers=1, extract=said_extract)
    after = [db.execute(f"pragma {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")]
    assert after == before
    assert db.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert not os.path.exists(str(tmp_path / "q.db") + "-wal")


def test_a_new_engine_extracts_stored_articles_again(tmp_path, monkeypatch):
    """After an upgrade, ingesting the same articles replaces the old engine's quotes."""
    db = sqlite_utils.Database(tmp_path / "q.db")
    articles = [Article(text="“The ferry runs again on Monday,” said Ada Park.", url="https://example.test/ferry")]
    first = ingest(db, articles)
    assert (first.new, first.unchanged) == (1, 0)
    assert ingest(db, articles).unchanged == 1

    import quotes.store
    monkeypatch.setattr(quotes.store, "engine_fingerprint", lambda: "a-later-engine")
    again = ingest(db, articles)
    assert (again.unchanged, again.updated) == (0, 1)
    assert [r["text"] for r in db["quotes"].rows] == ["The ferry runs again on Monday,"]
