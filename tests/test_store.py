"""The quote database on real SQLite files: schema, saving, re-saving, merging speakers."""
import json

import pytest
import sqlite_utils
from sqlite_utils.db import ForeignKey

from quotes.model import Article, Quote
from quotes.store import (
    FTS_CONFIG, TABLES, VIEWS, ensure_db_shape, finish, group_key, pending_count, save_article,
    save_articles,
)


@pytest.fixture
def db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "quotes.db")
    ensure_db_shape(db)
    yield db
    db.close()


def article(text="Body text.", **kw):
    kw.setdefault("date", "2022-03-29")
    kw.setdefault("source", "Daily Example")
    return Article(text=text, **kw)


def quote(a, text, speaker=None, *, start=0, type_="person", role=None, date=None, kind="direct"):
    return Quote(article_id=a.id, text=text, start=start, end=start + len(text), kind=kind,
                 speaker=speaker, speaker_type=type_ if speaker else None, role=role,
                 date=date or a.date, context=f"... {text} ...", spans=((start, start + len(text)),))


def rows(db, sql, params=()):
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


# ---------------------------------------------------------------- schema

def test_schema_has_every_table_view_and_fts_index(db):
    assert set(TABLES) <= set(db.table_names())
    assert {"quotes_fts", "speakers_fts"} <= set(db.table_names())
    assert set(db.view_names()) == set(VIEWS)
    for table, columns in FTS_CONFIG.items():
        assert db[table].detect_fts() == f"{table}_fts"
        assert {t.name for t in db[table].triggers} == {f"{table}_ai", f"{table}_ad", f"{table}_au"}


def test_schema_has_real_foreign_keys_each_with_an_index(db):
    assert set(db["quotes"].foreign_keys) == {
        ForeignKey(table="quotes", column="article_id", other_table="articles", other_column="id"),
        ForeignKey(table="quotes", column="speaker_id", other_table="speakers", other_column="id"),
        ForeignKey(table="quotes", column="group_key", other_table="quote_groups", other_column="key"),
    }
    assert set(db["speaker_roles"].foreign_keys) == {
        ForeignKey(table="speaker_roles", column="speaker_id", other_table="speakers", other_column="id"),
    }
    indexed = {(t, tuple(i.columns)[0]) for t in TABLES for i in db[t].indexes}
    for t, column in [("quotes", "article_id"), ("quotes", "speaker_id"), ("quotes", "group_key"),
                      ("speaker_roles", "speaker_id"), ("quotes", "date"),
                      ("articles", "published"), ("articles", "source")]:
        assert (t, column) in indexed


def test_schema_columns_match_the_contract(db):
    assert list(db["articles"].columns_dict) == [
        "id", "title", "source", "url", "published", "byline", "text", "path", "content_hash",
        "ingested_at"]
    assert db["articles"].pks == ["id"]
    assert db["speakers"].pks == ["id"] and db["speakers"].columns_dict["id"] is int
    assert db["speaker_roles"].pks == ["speaker_id", "role"]
    assert db["quote_groups"].pks == ["key"]
    assert db["quotes"].pks == ["id"]
    assert [c.name for c in db.view("quotes_full").columns] == [
        "quote_id", "date", "speaker", "role", "quote", "kind", "outlet", "title", "url",
        "context", "year", "speaker_id", "article_id"]


def test_ensure_db_shape_is_idempotent(db):
    before = db.execute("select type, name, sql from sqlite_master order by name").fetchall()
    ensure_db_shape(db)
    ensure_db_shape(db)
    assert db.execute("select type, name, sql from sqlite_master order by name").fetchall() == before


def test_ensure_db_shape_repairs_fts_left_without_triggers(db):
    a = article("One.")
    save_article(db, a, [quote(a, "deceive people", "Antony Blinken")])
    for suffix in ("ai", "ad", "au"):
        db.execute(f"drop trigger quotes_{suffix}")  # as if killed half-way through enable_fts
    ensure_db_shape(db)
    assert {t.name for t in db["quotes"].triggers} == {"quotes_ai", "quotes_ad", "quotes_au"}
    assert [r["text"] for r in db["quotes"].search("deceive")] == ["deceive people"]


# ---------------------------------------------------------------- saving

def test_saving_an_article_stores_it_with_its_quotes(db):
    a = article("Text", title="Talks", url="https://example.com/talks")
    result = save_article(db, a, [quote(a, "We will see.", "Joe Biden", role="President"),
                                  quote(a, "Unattributed words", None, start=20)])
    assert (result.status, result.quotes_added) == ("new", 2)
    row = db["articles"].get(a.id)
    assert (row["title"], row["published"], row["source"]) == ("Talks", "2022-03-29", "Daily Example")
    assert rows(db, "select speaker, role, quote, outlet from quotes_full order by quote") == [
        (None, None, "Unattributed words", "Daily Example"),
        ("Joe Biden", "President", "We will see.", "Daily Example"),
    ]
    assert rows(db, "select speaker_id from quotes where text = 'Unattributed words'") == [(None,)]


def test_saving_the_same_article_twice_adds_nothing(db):
    a = article("Text")
    qs = [quote(a, "deceive people", "Antony Blinken")]
    save_article(db, a, qs)
    snapshot = {t: rows(db, f"select * from [{t}]") for t in TABLES}
    result = save_article(db, a, qs)
    assert (result.status, result.quotes_added) == ("unchanged", 0)
    assert {t: rows(db, f"select * from [{t}]") for t in TABLES} == snapshot


def test_an_edited_article_replaces_its_quotes_and_leaves_nothing_stale(db):
    a = article("First version", url="https://example.com/a")
    save_article(db, a, [quote(a, "Old words", "Jane Roe", role="Mayor"),
                         quote(a, "Kept words", "John Doe", start=30)])
    edited = article("Second version", url="https://example.com/a")
    assert edited.id == a.id
    result = save_article(db, edited, [quote(edited, "New words", "John Doe")])
    assert (result.status, result.quotes_added) == ("updated", 1)
    assert rows(db, "select text from quotes") == [("New words",)]
    assert rows(db, "select name, quote_count from speakers") == [("John Doe", 1)]
    assert rows(db, "select * from speaker_roles") == []
    assert rows(db, "select key, occurrences from quote_groups") == [("new words", 1)]
    assert [r["text"] for r in db["quotes"].search("old")] == []
    assert [r["text"] for r in db["quotes"].search("new")] == ["New words"]
    assert db["articles"].get(a.id)["text"] == "Second version"


def test_quote_groups_collect_one_quote_carried_by_several_outlets(db):
    a1 = article("A", source="Outlet B", date="2022-03-30")
    a2 = article("B", source="Outlet A", date="2022-03-29")
    a3 = article("C", source="Outlet B", date="2022-04-01")
    save_article(db, a1, [quote(a1, "We're focused on the latter.", "Antony Blinken")])
    save_article(db, a2, [quote(a2, "we’re focused on the latter", "Antony Blinken")])
    save_article(db, a3, [quote(a3, "Something else", "Antony Blinken")])
    key = group_key("We're focused on the latter.")
    assert key == "were focused on the latter"
    g = db["quote_groups"].get(key)
    assert (g["occurrences"], g["articles"], g["earliest_date"], json.loads(g["outlets"])) == (
        2, 2, "2022-03-29", ["Outlet A", "Outlet B"])
    assert g["text"] == "we’re focused on the latter"  # the earliest wording


def test_speaker_counts_dates_and_roles_over_time(db):
    a1 = article("A", date="2021-01-20")
    a2 = article("B", date="2022-03-29")
    save_article(db, a1, [quote(a1, "One", "Antony Blinken", role="Secretary of State nominee")])
    save_article(db, a2, [quote(a2, "Two", "Antony Blinken", role="Secretary of State"),
                          quote(a2, "Three", "Antony Blinken", role="secretary of state", start=9)])
    assert rows(db, "select name, type, quote_count, first_seen, last_seen from speakers") == [
        ("Antony Blinken", "person", 3, "2021-01-20", "2022-03-29")]
    assert rows(db, "select role, first_seen, last_seen, article_count from speaker_roles order by role") == [
        ("Secretary of State", "2022-03-29", "2022-03-29", 1),
        ("Secretary of State nominee", "2021-01-20", "2021-01-20", 1)]


def test_full_text_search_finds_quotes_by_words_context_and_speaker(db):
    a = article("A")
    save_article(db, a, [quote(a, "the continued brutalization of Ukraine", "Antony Blinken")])
    assert [r["text"] for r in db["quotes"].search("brutalization")] == [
        "the continued brutalization of Ukraine"]
    assert len(list(db["quotes"].search("blinken"))) == 1
    assert [r["name"] for r in db["speakers"].search("blinken")] == ["Antony Blinken"]


# ---------------------------------------------------------------- speakers across articles

def save_names(db, *names_and_types):
    """One article per speaker name, saved as one batch (aggregates left to `finish`)."""
    batch = []
    for i, (name, type_) in enumerate(names_and_types):
        a = article(f"Article {i} quoting {name}", date=f"2022-01-{i + 1:02d}")
        batch.append((a, [quote(a, f"Quote number {i}", name, type_=type_)]))
    save_articles(db, batch)


def speaker_table(db):
    return {(r["name"], r["type"]): set(json.loads(r["aliases"])) for r in db["speakers"].rows}


def test_finish_merges_variants_of_one_person(db):
    save_names(db, ("Antony J. Blinken", "person"), ("Mr. Blinken", "person"),
               ("Antony Blinken", "person"), ("Secretary of State Blinken", "person"),
               ("Volodymyr Zelenskyy", "person"), ("Volodymyr Zelensky", "person"),
               ("the Kremlin", "organization"), ("Kremlin", "organization"))
    assert pending_count(db) > 0
    finish(db)
    assert pending_count(db) == 0
    assert speaker_table(db) == {
        ("Antony Blinken", "person"): {"Antony J. Blinken", "Mr. Blinken", "Antony Blinken",
                                       "Secretary of State Blinken"},
        # equally quoted spellings: the alphabetically first names the speaker
        ("Volodymyr Zelensky", "person"): {"Volodymyr Zelenskyy", "Volodymyr Zelensky"},
        ("Kremlin", "organization"): {"the Kremlin", "Kremlin"},
    }
    assert rows(db, "select speaker, count(*) from quotes_full group by speaker order by 1") == [
        ("Antony Blinken", 4), ("Kremlin", 2), ("Volodymyr Zelensky", 2)]
    assert rows(db, "select name, quote_count, first_seen, last_seen from speakers where name like 'Antony%'") == [
        ("Antony Blinken", 4, "2022-01-01", "2022-01-04")]
    assert rows(db, "select count(*) from quotes where speaker_name = 'Antony Blinken'") == [(4,)]
    assert [r["name"] for r in db["speakers"].search("zelenskyy")] == ["Volodymyr Zelensky"]


def test_finish_never_merges_two_people(db):
    save_names(db, ("Bill Clinton", "person"), ("Hillary Clinton", "person"), ("Clinton", "person"),
               ("John Smith", "person"), ("Jane Smith", "person"), ("Ford", "organization"),
               ("Gerald Ford", "person"))
    finish(db)
    assert set(speaker_table(db)) == {
        ("Bill Clinton", "person"), ("Hillary Clinton", "person"), ("Clinton", "person"),
        ("John Smith", "person"), ("Jane Smith", "person"), ("Ford", "organization"),
        ("Gerald Ford", "person")}


def test_a_bare_surname_stops_merging_once_a_second_person_shares_it(db):
    save_names(db, ("Bill Clinton", "person"), ("Mr. Clinton", "person"))
    finish(db)
    assert speaker_table(db) == {("Bill Clinton", "person"): {"Bill Clinton", "Mr. Clinton"}}
    a = article("Later article", date="2022-02-01")
    save_article(db, a, [quote(a, "Later quote", "Hillary Clinton")])
    assert speaker_table(db) == {("Bill Clinton", "person"): {"Bill Clinton"},
                                 ("Hillary Clinton", "person"): {"Hillary Clinton"},
                                 ("Clinton", "person"): {"Mr. Clinton"}}


def test_a_title_alone_gets_no_speaker_row_but_keeps_its_words(db):
    a1, a2 = article("One court"), article("Another court")
    save_article(db, a1, [quote(a1, "The ruling stands.", "the judge")])
    save_article(db, a2, [quote(a2, "The appeal fails.", "the judge")])
    assert db["speakers"].count == 0
    assert rows(db, "select speaker, quote from quotes_full order by quote") == [
        ("the judge", "The appeal fails."), ("the judge", "The ruling stands.")]
    assert rows(db, "select count(*) from quotes where speaker_id is null") == [(2,)]


def test_merging_keeps_speaker_ids_stable(db):
    save_names(db, ("Antony Blinken", "person"), ("Dmitry Peskov", "person"))
    finish(db)
    ids = {r["name"]: r["id"] for r in db["speakers"].rows}
    a = article("Another article")
    save_article(db, a, [quote(a, "Another quote", "Mr. Blinken")])
    assert {r["name"]: r["id"] for r in db["speakers"].rows} == ids


def test_before_finish_every_batch_is_already_consistent(db):
    """What a crash between batches leaves: valid foreign keys, in-sync FTS, a to-do list."""
    save_names(db, ("Antony Blinken", "person"), ("Mr. Blinken", "person"))
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == 2
    db.execute("insert into quotes_fts(quotes_fts) values('integrity-check')")
    assert rows(db, "select kind, count(*) from pending_refresh group by kind") == [
        ("group", 2), ("speaker", 2)]


def test_spans_are_stored_as_json_lists(db):
    a = article("“Part one,” she said, “part two.”")
    q = Quote(article_id=a.id, text="Part one, part two.", start=1, end=32, kind="direct",
              spans=((1, 10), (22, 32)))
    save_article(db, a, [q])
    (stored,), = rows(db, "select spans from quotes")
    assert stored == json.dumps([[1, 10], [22, 32]])


def test_names_resolved_in_one_batch_are_reused_by_the_next(db):
    """`ingest` keeps one name -> speaker dict across batches; the result is the same as without it."""
    resolved = {}
    for i, name in enumerate(["Antony Blinken", "Mr. Blinken", "Antony Blinken", "the judge"]):
        a = article(f"Article {i}", date=f"2022-01-{i + 1:02d}")
        save_articles(db, [(a, [quote(a, f"Quote {i}", name)])], speakers=resolved)
    assert set(resolved) == {("Antony Blinken", "person"), ("Mr. Blinken", "person"), ("the judge", "person")}
    assert resolved[("the judge", "person")] == (None, "the judge")
    assert rows(db, "select name from speakers order by name") == [("Antony Blinken",), ("Blinken",)]
    finish(db)
    assert speaker_table(db) == {("Antony Blinken", "person"): {"Antony Blinken", "Mr. Blinken"}}
    assert rows(db, "select count(*) from quotes where speaker_id is null") == [(1,)]
