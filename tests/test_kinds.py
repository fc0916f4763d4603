"""Asking for some kinds of quote only: the API, `quotes extract --kind`, `quotes export --kind` and the
site's export link all keep the same quotes, attributed as in a run of every kind."""
import csv
import io
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

import quotes
from quotes.cli import cli

HARBOUR = (
    "“The ferry will run again in May,” said Ana Ruiz, the harbour master. "
    "She said the new pier would open in June. "
    "Tom Vale called the delay “a slow disaster” for the island."
)


def kinds_and_texts(found):
    return [(q.kind, q.text) for q in found]


@pytest.mark.parametrize("kinds, expected", [
    (None, {"direct", "indirect", "partial"}),
    ("direct", {"direct"}),
    (("direct", "partial"), {"direct", "partial"}),
    (["indirect"], {"indirect"}),
])
def test_extract_keeps_only_the_kinds_asked_for(kinds, expected):
    assert {q.kind for q in quotes.extract(HARBOUR, kinds=kinds)} == expected


def test_a_kept_quote_is_the_same_quote_as_in_a_run_of_every_kind():
    every = quotes.extract(HARBOUR)
    marks = quotes.extract(HARBOUR, kinds=("direct", "partial"))
    assert marks == [q for q in every if q.kind != "indirect"]
    assert [(q.kind, q.speaker) for q in marks] == [("direct", "Ana Ruiz"), ("partial", "Tom Vale")]


def test_an_unknown_kind_is_an_error_not_an_empty_list():
    with pytest.raises(ValueError, match="unknown quote kind 'indirct'"):
        quotes.extract(HARBOUR, kinds=["direct", "indirct"])


def test_cli_extract_kind_is_repeatable(tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--kind", "direct", "--kind", "partial"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["kind"] for d in lines] == ["direct", "partial"]


def test_cli_extract_rejects_an_unknown_kind(tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--kind", "quoted"])
    assert result.exit_code == 2
    assert "'quoted' is not one of 'direct', 'partial', 'indirect'" in result.output


def test_cli_export_kind_filters_the_csv(site_db_path):
    db = sqlite_utils.Database(site_db_path)
    direct = db.execute("select count(*) from quotes where kind = 'direct'").fetchone()[0]
    result = CliRunner().invoke(cli, ["export", str(site_db_path), "--kind", "direct"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert direct > 0
    assert len(rows) == direct
    assert {r["kind"] for r in rows} == {"direct"}


def test_site_export_takes_kind_more_than_once(client, site_db_path):
    db = sqlite_utils.Database(site_db_path)
    in_marks = db.execute("select count(*) from quotes where kind in ('direct', 'partial')").fetchone()[0]
    rows = client.get("/quotes/-/export.json?kind=direct&kind=partial").json()
    assert len(rows) == in_marks
    assert {r["kind"] for r in rows} == {"direct", "partial"}


def test_site_export_rejects_an_unknown_kind(client):
    response = client.get("/quotes/-/export.csv?kind=quoted")
    assert response.status_code == 400
    assert "unknown quote kind 'quoted'" in response.text
