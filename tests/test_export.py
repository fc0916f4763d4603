"""CSV and JSON exports for journalists: parsed back, formula-safe, text kept as stored."""
import csv
import io
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli
from quotes.export import EXPORT_COLUMNS, export_rows, neutralise_formula, write_csv, write_json

FORMULA_QUOTES = {
    "=SUM(A1:A9) is not a budget,",
    "+40 per cent for fuel, and nobody asked why.",
    "-- we stand by every figure.",
    "@everyone who rides the ferry will see the numbers in March.",
}


def parse_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def run(*args):
    return CliRunner().invoke(cli, ["export", *map(str, args)], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(site_db_path):
    return sqlite_utils.Database(site_db_path)


def test_every_formula_start_is_neutralised_and_nothing_else():
    assert [neutralise_formula(v) for v in
            ["=1+1", "+44 20", "-5", "@cmd", "\tTab", "\rCR", "plain", "“=quoted”", "", None, 7]] == \
           ["'=1+1", "'+44 20", "'-5", "'@cmd", "'\tTab", "'\rCR", "plain", "“=quoted”", "", None, 7]


def test_write_csv_round_trips_through_the_csv_module():
    rows = [
        {"date": "2025-01-02", "speaker": "Łucja Wróbel", "role": "Ministra", "kind": "direct",
         "quote": "=HYPERLINK(\"http://x.example\", \"click\")", "outlet": "Gazeta Próbna",
         "title": "Tytuł, z przecinkiem", "url": "https://gazeta.example/a",
         "context": "Line one\nline two with “curly” quotes and a tab\there"},
        {"date": None, "speaker": "İbrahim Çelik", "role": None, "quote": "\tindented", "kind":
         "partial", "outlet": None, "title": None, "url": None, "context": "日本語のテキスト"},
    ]
    buffer = io.StringIO(newline="")
    assert write_csv(rows, buffer) == 2
    text = buffer.getvalue()
    assert text.startswith(",".join(EXPORT_COLUMNS) + "\r\n")
    back = parse_csv(text)
    assert back[0]["quote"] == "'=HYPERLINK(\"http://x.example\", \"click\")"
    assert back[0]["speaker"] == "Łucja Wróbel"
    assert back[0]["context"] == rows[0]["context"]
    assert back[1] == {"date": "", "speaker": "İbrahim Çelik", "role": "", "quote": "'\tindented",
                       "kind": "partial", "outlet": "", "title": "", "url": "", "context": "日本語のテキスト"}


def test_write_csv_with_a_byte_order_mark_for_excel():
    buffer = io.StringIO(newline="")
    write_csv([], buffer, bom=True)
    assert buffer.getvalue() == "\ufeff" + ",".join(EXPORT_COLUMNS) + "\r\n"


def test_export_rows_yields_every_quote_newest_first(db):
    rows = list(export_rows(db))
    assert len(rows) == db["quotes"].count
    assert all(list(r) == list(EXPORT_COLUMNS) for r in rows)
    dates = [r["date"] for r in rows if r["date"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("asked, speakers", [
    ("Ortiz", {"Tomás Ortiz"}),          # a surname, as a journalist asks for "Blinken"
    ("ortiz", {"Tomás Ortiz"}),
    ("Sørensen", {"Ingrid Sørensen"}),
    ("tiz", set()),                       # no part of a word
    ("%", set()),                         # LIKE's wildcards are plain characters
    ("office", set()),                    # a body's last word is no surname: "transport office" as written
    ("Dockworkers’", {"the Dockworkers’ Alliance"}),  # a body's proper name by its first word, as stories call it
    ("eastbank", {"the Eastbank Residents’ Association"}),
    ("transport", set()),                 # not a description's first word: "transport office" as written
    ("the", set()),                       # nor an article
])
def test_export_by_a_surname_or_a_body_s_first_word(db, asked, speakers):
    assert {r["speaker"] for r in export_rows(db, speaker=asked)} == speakers


def test_export_rows_filters(db):
    ortiz = list(export_rows(db, speaker="tomás ortiz"))
    assert sorted(r["quote"] for r in ortiz) == ["+40 per cent for fuel, and nobody asked why.",
                                                "=SUM(A1:A9) is not a budget,"]
    assert {r["outlet"] for r in export_rows(db, source="FJORD EVENING POST")} == {"Fjord Evening Post"}
    assert [r["date"] for r in export_rows(db, since="2024-11", until="2024-11")] == ["2024-11-02"]
    years = {r["date"][:4] for r in export_rows(db, since="2025", until="2025")}
    assert years == {"2025"}
    found = list(export_rows(db, search="deceive people"))
    assert found and all("deceive" in (r["quote"] + r["context"]).lower() for r in found)
    assert list(export_rows(db, search='"people deceive"')) == []  # a quoted phrase keeps its order
    # FTS syntax is escaped, not an error: the words are searched for as words (and none has "zzqx")
    assert list(export_rows(db, search="AND OR NOT ( zzqx")) == []


def test_export_rows_rejects_a_date_that_is_not_iso(db):
    with pytest.raises(ValueError, match="ISO date"):
        list(export_rows(db, since="29/03/2022"))


def test_cli_csv_is_the_whole_database_formula_safe_and_leaves_the_text_alone(site_db_path, db):
    stored_before = {r["text"] for r in db.query("select text from quotes")}
    result = run(site_db_path, "--csv")
    assert result.exit_code == 0
    rows = parse_csv(result.stdout_bytes.decode("utf-8"))
    assert len(rows) == db["quotes"].count
    exported = {r["quote"] for r in rows}
    assert {"'" + q for q in FORMULA_QUOTES} <= exported
    assert not FORMULA_QUOTES & exported
    assert "Ingrid Sørensen" in {r["speaker"] for r in rows}
    assert {r["text"] for r in db.query("select text from quotes")} == stored_before
    assert FORMULA_QUOTES <= stored_before


def test_cli_speaker_csv_to_a_file_with_bom(site_db_path, tmp_path):
    out = tmp_path / "ortiz.csv"
    result = run(site_db_path, "--csv", "--speaker", "Tomás Ortiz", "--bom", "-o", out)
    assert result.exit_code == 0
    assert "Wrote 2 quotes" in result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = parse_csv(raw.decode("utf-8-sig"))
    assert {(r["speaker"], r["role"], r["outlet"]) for r in rows} == {
        ("Tomás Ortiz", "councillor", "The Harbour Ledger")}
    assert {r["quote"] for r in rows} == {"'=SUM(A1:A9) is not a budget,",
                                         "'+40 per cent for fuel, and nobody asked why."}


def test_cli_json_keeps_text_as_stored(site_db_path):
    result = run(site_db_path, "--format", "json", "--source", "The Harbour Ledger")
    assert result.exit_code == 0
    rows = json.loads(result.stdout_bytes.decode("utf-8"))
    assert {r["quote"] for r in rows} >= FORMULA_QUOTES
    assert all(list(r) == list(EXPORT_COLUMNS) for r in rows)


def test_cli_search_and_dates(site_db_path):
    rows = parse_csv(run(site_db_path, "--search", "brutalization", "--since", "2022-03-01",
                         "--until", "2022-03-31").stdout)
    assert any("brutalization of Ukraine" in r["quote"] for r in rows)
    assert all("brutal" in (r["quote"] + r["context"]).lower() for r in rows)  # porter stems
    assert {(r["date"], r["outlet"]) for r in rows} == {("2022-03-29", "The Washington Times")}


def test_cli_reports_a_bad_date_clearly(site_db_path):
    result = run(site_db_path, "--since", "last tuesday")
    assert result.exit_code == 2
    assert "ISO date" in result.output
    assert result.stdout == "" or "date,speaker" not in result.stdout


def test_cli_refuses_a_file_that_is_not_a_quotes_database(tmp_path):
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["dogs"].insert({"name": "Cleo"})
    result = run(other)
    assert result.exit_code == 1
    assert "has no quotes table" in result.output
    assert run(tmp_path / "missing.db").exit_code == 2


def test_cli_csv_and_json_flags_contradict(site_db_path):
    result = run(site_db_path, "--csv", "--format", "json")
    assert result.exit_code == 2
    assert "contradict" in result.output


def test_json_export_of_nothing_is_an_empty_array():
    buffer = io.StringIO()
    assert write_json(iter([]), buffer) == 0
    assert json.loads(buffer.getvalue()) == []
