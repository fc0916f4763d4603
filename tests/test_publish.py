"""The published site, through Datasette itself: pages, facets, search, canned queries,
the plugin's speaker and quote pages, JSON and CSV, and every write refused."""
import csv
import io
import re
import shutil

import markupsafe
import pytest
import sqlite_utils
import yaml

from quotes.datasette_plugin.site import load_metadata, make_datasette, metadata_file
from conftest import FERRY, Client

TABLES = ["articles", "speakers", "speaker_roles", "quote_groups", "quotes"]
VIEWS = ["quotes_full"]


def parse_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def speaker_id(client, name):
    rows = client.get("/quotes/speakers.json", params={"name": name, "_shape": "array"}).json()
    assert len(rows) == 1, rows
    return rows[0]["id"]


def quote_id(client, text):
    rows = client.get("/quotes/quotes.json", params={"text": text, "_shape": "array"}).json()
    assert len(rows) == 1, rows
    return rows[0]["id"]


def test_the_plugin_is_installed_with_its_templates_and_static_files(client):
    plugins = {p["name"]: p for p in client.get("/-/plugins.json").json()}
    assert plugins["quotes"]["templates"] is True
    assert plugins["quotes"]["static"] is True
    assert {"register_routes", "render_cell", "asgi_wrapper"} <= set(plugins["quotes"]["hooks"])


def test_settings_are_the_published_ones(client):
    settings = client.get("/-/settings.json").json()
    assert settings["default_allow_sql"] is True
    assert settings["allow_csv_stream"] is True
    assert settings["sql_time_limit_ms"] == 2000


def test_home_page_names_the_site_and_the_database(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "<h1>Quotes</h1>" in response.text
    assert 'href="/quotes"' in response.text


def test_database_page_lists_tables_views_and_canned_queries_but_no_shadow_tables(client):
    data = client.get("/quotes.json").json()
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert visible == set(TABLES)
    assert {v["name"] for v in data["views"]} == set(VIEWS)
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    assert {"quotes_fts", "quotes_fts_data", "speakers_fts"} <= hidden
    assert {q["name"] for q in data["queries"]} == {
        "speaker_quotes", "phrase", "most_quoted", "same_quote_across_outlets", "date_range"}


@pytest.mark.parametrize("table", TABLES + VIEWS)
def test_every_table_page_renders_with_its_description(client, table):
    response = client.get(f"/quotes/{table}")
    assert response.status_code == 200
    description = load_metadata()["databases"]["quotes"]["tables"][table]["description"]
    assert str(markupsafe.escape(description.split(".")[0])) in response.text


def test_every_column_a_visitor_sees_is_described(site_db_path):
    db = sqlite_utils.Database(site_db_path)
    described = load_metadata()["databases"]["quotes"]["tables"]
    for name in TABLES + VIEWS:
        columns = {c.name for c in db[name].columns}
        assert columns == set(described[name]["columns"]), name


def test_quotes_are_newest_first_by_default(client):
    dates = [r["date"] for r in client.get("/quotes/quotes.json?_shape=array&_size=max").json()]
    assert dates == sorted(dates, reverse=True)


def test_configured_facets_are_shown_on_the_view(client):
    data = client.get("/quotes/quotes_full.json?_size=0").json()
    assert {"speaker", "role", "outlet", "kind", "date"} <= set(data["facet_results"])
    outlets = {f["value"]: f["count"] for f in data["facet_results"]["outlet"]["results"]}
    assert outlets["The Harbour Ledger"] == 5
    assert outlets["Fjord Evening Post"] == 1


def test_the_year_facet_counts_every_dated_quote_even_one_dated_only_by_its_year(client):
    # "said in 2019" is dated 2019, which Datasette's date facet (SQLite's date()) cannot read.
    data = client.get("/quotes/quotes_full.json?_size=0").json()
    years = {f["value"]: f["count"] for f in data["facet_results"]["year"]["results"]}
    assert years["2019"] >= 1
    dated = client.get("/quotes/quotes_full.json?_size=0&date__notblank=1").json()["filtered_table_rows_count"]
    assert sum(years.values()) == dated



def test_the_date_facet_shows_dates_as_the_quotes_have_them(client):
    # SQLite's date() reads "2019" as a Julian day number: a facet by date() showed "-4707-06-04".
    data = client.get("/quotes/quotes_full.json?_size=0").json()
    shown = {f["value"] for f in data["facet_results"]["date"]["results"]}
    stored = {r["date"] for r in client.get("/quotes/quotes_full.json?_shape=array&_size=max").json()}
    assert "2019" in shown
    assert shown <= stored


def test_a_search_of_the_quotes_table_counts_facets_only_when_asked(client):
    # Every search lands on this page; facets re-run the search over all its matches.
    plain = client.get("/quotes/quotes.json", params={"_search": "budget"}).json()
    assert plain["rows"] and plain["facet_results"] == {}
    asked = client.get("/quotes/quotes.json", params={"_search": "budget", "_facet": "kind"}).json()
    assert sum(f["count"] for f in asked["facet_results"]["kind"]["results"]) == asked["filtered_table_rows_count"]


def test_facet_by_speaker_on_the_quotes_table_shows_names(client):
    data = client.get("/quotes/quotes.json?_size=0&_facet=speaker_id&_facet_size=max").json()
    labels = {f["label"]: f["count"] for f in data["facet_results"]["speaker_id"]["results"]}
    assert labels["Tomás Ortiz"] == 2
    assert labels["Ingrid Sørensen"] == 2


def test_search_finds_a_phrase_from_the_seed_article(client):
    rows = client.get("/quotes/quotes.json",
                      params={"_search": "deceive people", "_shape": "array"}).json()
    assert rows
    assert all("deceive" in (r["text"] + r["context"]).lower() for r in rows)
    assert any("deceive people" in r["text"] for r in rows)


def test_search_finds_quotes_by_the_speakers_name(client):
    rows = client.get("/quotes/quotes.json", params={"_search": "Sørensen", "_shape": "array"}).json()
    assert {r["speaker_name"] for r in rows} == {"Ingrid Sørensen"}


def test_canned_query_for_a_phrase(client):
    rows = client.get("/quotes/phrase.json",
                      params={"phrase": "brutalization of Ukraine", "_shape": "array"}).json()
    assert len(rows) == 1
    assert "brutalization of Ukraine" in rows[0]["quote"]
    assert rows[0]["outlet"] == "The Washington Times"


def test_canned_query_for_a_speaker_shows_every_role(client):
    rows = client.get("/quotes/speaker_quotes.json",
                      params={"speaker": "Sørensen", "_shape": "array"}).json()
    assert [(r["date"], r["role"], r["outlet"]) for r in rows] == [
        ("2025-02-03", "Mayor", "The Harbour Ledger"),
        ("2024-11-02", "Deputy Mayor", "Fjord Evening Post"),
    ]


def test_canned_query_for_the_same_words_across_outlets(client):
    rows = client.get("/quotes/same_quote_across_outlets.json?_shape=array").json()
    ferry = [r for r in rows if r["quote"].startswith("will keep running every hour")]
    assert len(ferry) == 1
    assert ferry[0]["outlet_count"] == 2
    assert ferry[0]["earliest_date"] == "2024-11-02"
    assert ferry[0]["speakers"] == "Ingrid Sørensen"


def test_canned_query_for_most_quoted_speakers(client):
    rows = client.get("/quotes/most_quoted.json?_shape=array").json()
    counts = [r["quotes"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    ortiz = next(r for r in rows if r["speaker"] == "Tomás Ortiz")
    assert (ortiz["quotes"], ortiz["articles"], ortiz["outlets"]) == (2, 1, 1)


def test_canned_query_for_a_date_range_includes_whole_months(client):
    rows = client.get("/quotes/date_range.json",
                      params={"since": "2024-11", "until": "2024-11", "_shape": "array"}).json()
    assert [(r["date"], r["speaker"]) for r in rows] == [("2024-11-02", "Ingrid Sørensen")]


def test_tables_show_quotes_as_links_to_their_page_and_speakers_to_theirs(client):
    html = client.get("/quotes/quotes", params={"_search": "budget"}).text
    qid = quote_id(client, "=SUM(A1:A9) is not a budget,")
    sid = speaker_id(client, "Tomás Ortiz")
    assert f'<a class="quotes-quote" href="/quotes/-/quote/{qid}">“=SUM(A1:A9) is not a budget,”</a>' in html
    assert f'<a class="quotes-speaker" href="/quotes/-/speaker/{sid}">Tomás Ortiz</a>' in html
    assert '<mark class="quotes-mark">=SUM(A1:A9) is not a budget,</mark>' in html
    speakers = client.get("/quotes/speakers", params={"name": "Tomás Ortiz"}).text
    assert f'href="/quotes/-/speaker/{sid}">Tomás Ortiz</a>' in speakers


def test_speaker_page_shows_roles_over_time_every_quote_and_a_csv_link(client):
    sid = speaker_id(client, "Ingrid Sørensen")
    response = client.get(f"/quotes/-/speaker/{sid}")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Ingrid Sørensen</h1>" in html
    assert html.index("<td>Deputy Mayor</td>") < html.index("<td>Mayor</td>")  # oldest role first
    assert html.count('class="quotes-quote"') == 2
    assert "Fjord Evening Post" in html and "The Harbour Ledger" in html
    csv_url = re.search(r'<a class="quotes-csv" href="([^"]+)"', html).group(1)
    download = client.get(csv_url.replace("&amp;", "&"))
    assert download.status_code == 200
    assert download.headers["content-disposition"].startswith("attachment;")
    rows = parse_csv(download.text)
    assert [(r["date"], r["speaker"], r["role"], r["outlet"]) for r in rows] == [
        ("2025-02-03", "Ingrid Sørensen", "Mayor", "The Harbour Ledger"),
        ("2024-11-02", "Ingrid Sørensen", "Deputy Mayor", "Fjord Evening Post"),
    ]


def test_quote_page_highlights_the_quote_in_its_paragraph(client):
    qid = quote_id(client, "-- we stand by every figure.")
    response = client.get(f"/quotes/-/quote/{qid}")
    assert response.status_code == 200
    html = response.text
    assert ('<p class="quotes-passage">The transport office replied in a statement: “'
            '<mark class="quotes-mark">-- we stand by every figure.</mark>” Its director') in html
    assert "transport office" in html
    assert f'href="{FERRY.url}"' in html
    assert "2025-02-03" in html


def test_quote_page_lists_the_same_words_in_other_outlets(client):
    rows = client.get("/quotes/quotes.json", params={
        "text": "will keep running every hour, even in winter,", "_sort": "date",
        "_shape": "array"}).json()
    older, newer = rows
    html = client.get(f"/quotes/-/quote/{newer['id']}").text
    assert "Mayor" in html and "Ingrid Sørensen" in html
    assert f'href="/quotes/-/quote/{older["id"]}">2024-11-02</a>' in html
    assert "Fjord Evening Post" in html


@pytest.mark.parametrize("path", [
    "/quotes/-/speaker/999999", "/quotes/-/quote/no-such-quote", "/nodb/-/speaker/1",
])
def test_unknown_speakers_and_quotes_are_404(client, path):
    assert client.get(path).status_code == 404


def test_json_of_a_table(client):
    data = client.get("/quotes/quotes_full.json?_shape=objects&outlet=Fjord+Evening+Post").json()
    assert [r["speaker"] for r in data["rows"]] == ["Ingrid Sørensen"]


def test_datasette_csv_streams_every_row_of_the_view(client, site_db_path):
    total = sqlite_utils.Database(site_db_path)["quotes"].count
    response = client.get("/quotes/quotes_full.csv?_stream=on&_size=5")
    assert response.status_code == 200
    rows = parse_csv(response.text)
    assert len(rows) == total


def test_site_export_is_the_whole_database_and_formula_safe(client, site_db_path):
    total = sqlite_utils.Database(site_db_path)["quotes"].count
    response = client.get("/quotes/-/export.csv?bom=1")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode("utf-8"))
    rows = parse_csv(response.content.decode("utf-8-sig"))
    assert len(rows) == total
    quotes = {r["quote"] for r in rows}
    assert "'=SUM(A1:A9) is not a budget," in quotes
    assert "'@everyone who rides the ferry will see the numbers in March." in quotes


def test_site_export_filters_and_json(client):
    rows = client.get("/quotes/-/export.json?search=ferry&source=the+harbour+ledger").json()
    assert {r["outlet"] for r in rows} == {"The Harbour Ledger"}
    assert "=SUM(A1:A9) is not a budget," not in {r["quote"] for r in rows}  # no "ferry" in it
    assert any(r["quote"].startswith("@everyone") for r in rows)  # JSON keeps the text as stored


def test_site_export_rejects_a_bad_date(client):
    response = client.get("/quotes/-/export.csv?since=yesterday")
    assert response.status_code == 400
    assert "ISO date" in response.text


WRITE_POSTS = [
    "/quotes/quotes",                       # a table
    "/quotes/phrase",                       # a canned query
    "/quotes/quotes/-/insert",              # Datasette 1.0 JSON write API
    "/quotes/quotes/-/upsert",
    f"/quotes/articles/{FERRY.id}/-/update",
    f"/quotes/articles/{FERRY.id}/-/delete",
    "/quotes/-/create",
    "/quotes/quotes/-/drop",
    "/quotes/-/export.csv",
]


@pytest.mark.parametrize("path", WRITE_POSTS)
def test_every_post_is_refused(client, site_db_path, path):
    before = sqlite_utils.Database(site_db_path)["quotes"].count
    as_json = client.post(path, json={"row": {"id": "x", "article_id": FERRY.id, "text": "forged"},
                                      "rows": [], "update": {"text": "forged"}})
    as_form = client.post(path, data={"sql": "delete from quotes", "text": "forged"})
    assert (as_json.status_code, as_form.status_code) == (405, 405)
    assert sqlite_utils.Database(site_db_path)["quotes"].count == before


@pytest.mark.parametrize("sql", [
    "delete from quotes",
    "update quotes set text = 'forged'",
    "insert into quotes (id, article_id, text) values ('x', 'y', 'z')",
    "drop table quotes",
    "select 1; delete from quotes",
    "with doomed as (select 1) delete from quotes",
    "attach database 'elsewhere.db' as other",
    "pragma writable_schema = 1",
])
def test_sql_that_writes_is_refused(client, site_db_path, sql):
    response = client.get("/quotes.json", params={"sql": sql})
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert sqlite_utils.Database(site_db_path).execute(
        "select count(*) from quotes where text = 'forged'").fetchone()[0] == 0


@pytest.fixture(scope="module")
def no_sql_client(site_db_path):
    return Client(make_datasette(site_db_path, allow_sql=False))


def test_without_sql_the_editor_is_off_but_canned_queries_work(no_sql_client):
    assert no_sql_client.get("/quotes.json", params={"sql": "select 1"}).status_code == 403
    assert no_sql_client.get("/quotes/quotes.json?_where=1").status_code == 403
    rows = no_sql_client.get("/quotes/phrase.json",
                             params={"phrase": "deceive people", "_shape": "array"}).json()
    assert len(rows) == 1


def test_metadata_follows_a_database_with_another_file_name(site_db_path, tmp_path):
    copy = tmp_path / "news-2025.db"
    shutil.copy(site_db_path, copy)
    other = Client(make_datasette(copy))
    page = other.get("/news-2025/quotes")
    assert page.status_code == 200
    assert "Every quote found, newest first" in page.text
    assert other.get("/news-2025/phrase.json?phrase=winter&_shape=array").json()
    assert other.get("/news-2025/-/speaker/1").status_code == 200


def test_the_repository_metadata_is_the_packaged_one():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "metadata.yml"
    assert root.resolve() == metadata_file().resolve()
    assert yaml.safe_load(root.read_text())["title"] == "Quotes"


def test_serve_refuses_a_file_that_is_not_sqlite(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    bogus = tmp_path / "notes.db"
    bogus.write_text("these are notes, not a database")
    result = CliRunner().invoke(cli, ["serve", str(bogus), "--port", "0"])
    assert result.exit_code == 1
    assert "Cannot serve" in result.output and "not a database" in result.output


def test_serve_refuses_a_database_with_pages_left_in_its_wal(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    path = tmp_path / "quotes.db"
    db = sqlite_utils.Database(path)
    db.enable_wal()
    db["quotes"].insert({"id": "q1", "text": "still in the WAL"})
    result = CliRunner().invoke(cli, ["serve", str(path), "--port", "0"])
    db.close()
    assert result.exit_code == 1
    assert "disable-wal" in result.output


# The search page: what the search box on the home and database pages submits.

def table_search(client, words):
    """Every row Datasette's own table search gives for ``words``, and their number."""
    data = client.get("/quotes/quotes.json", params={"_search": words, "_size": "max",
                                                          "_shape": "objects"}).json()
    return data["rows"], data["filtered_table_rows_count"]


@pytest.mark.parametrize("words", ["ferry", "budget", '"deceive people"', "Sørensen", "winter hour"])
def test_search_page_finds_what_the_table_search_finds_newest_first(client, words):
    rows, count = table_search(client, words)
    assert rows, words
    response = client.get("/quotes/-/search", params={"_search": words})
    assert response.status_code == 200
    html = response.text
    found = re.findall(r'<td class="quotes-date">([^<]*)</td>\s*<td><a class="quotes-quote" '
                       r'href="/quotes/-/quote/([^"]+)"', html)
    assert {qid for _, qid in found} == {r["id"] for r in rows}
    dates = [date for date, _ in found]
    assert dates == sorted(dates, reverse=True)
    noun = "quote" if count == 1 else "quotes"
    assert f'<h3 class="quotes-count">{count} {noun} with {markupsafe.escape(words)}' in html


def test_search_page_links_quotes_speakers_the_table_and_the_full_csv(client):
    html = client.get("/quotes/-/search", params={"_search": "budget"}).text
    qid = quote_id(client, "=SUM(A1:A9) is not a budget,")
    sid = speaker_id(client, "Tomás Ortiz")
    assert f'<a class="quotes-quote" href="/quotes/-/quote/{qid}">“=SUM(A1:A9) is not a budget,”</a>' in html
    assert f'<a class="quotes-speaker" href="/quotes/-/speaker/{sid}">Tomás Ortiz</a>' in html
    assert '<mark class="quotes-mark">=SUM(A1:A9) is not a budget,</mark>' in html
    assert 'href="/quotes/quotes?_search=budget"' in html
    csv_url = re.search(r'<a class="quotes-csv" href="([^"]+)"', html).group(1)
    rows = parse_csv(client.get(csv_url.replace("&amp;", "&")).text)
    assert len(rows) == table_search(client, "budget")[1]
    assert "'=SUM(A1:A9) is not a budget," in {r["quote"] for r in rows}


def test_search_page_pages_through_every_match(client, monkeypatch):
    from quotes.datasette_plugin import search

    monkeypatch.setattr(search, "PAGE_SIZE", 2)
    rows, count = table_search(client, "ferry")
    assert count > 2
    seen, url, pages = [], "/quotes/-/search?_search=ferry", 0
    while url:
        html = client.get(url).text
        pages += 1
        seen += re.findall(r'<a class="quotes-quote" href="/quotes/-/quote/([^"]+)"', html)
        next_link = re.search(r'<a rel="next" href="([^"]+)"', html)
        url = next_link.group(1).replace("&amp;", "&") if next_link else None
    assert pages == -(-count // 2)
    assert sorted(seen) == sorted(r["id"] for r in rows)
    assert 'rel="prev" href="/quotes/-/search?_search=ferry"' in client.get(
        "/quotes/-/search?_search=ferry&page=2").text


@pytest.mark.parametrize("words", ['"', '""', "zzzznotaword"])
def test_search_page_without_matches_says_so(client, words):
    response = client.get("/quotes/-/search", params={"_search": words})
    assert response.status_code == 200
    assert '<h3 class="quotes-count">0 quotes with' in response.text
    assert "quotes-results" not in response.text


@pytest.mark.parametrize("page", ["0", "-1", "two", "100000"])
def test_search_page_refuses_a_bad_page_number(client, page):
    response = client.get("/quotes/-/search", params={"_search": "ferry", "page": page})
    assert response.status_code == 400


def test_export_refuses_a_search_with_no_words(client):
    response = client.get("/quotes/-/export.csv", params={"search": '""'})
    assert response.status_code == 400


def test_search_page_without_words_is_the_search_box(client):
    response = client.get("/quotes/-/search")
    assert response.status_code == 200
    assert 'action="/quotes/-/search"' in response.text
    assert "quotes-count" not in response.text


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_home_and_database_pages_have_the_search_box(client, path):
    html = client.get(path).text
    form = re.search(r'<form class="quotes-search-form" action="([^"]+)"[^>]*>(.*?)</form>', html, re.S)
    assert form.group(1) == "/quotes/-/search"
    assert 'name="_search"' in form.group(2)


def test_the_search_box_follows_a_database_with_another_file_name(site_db_path, tmp_path):
    copy = tmp_path / "news-2025.db"
    shutil.copy(site_db_path, copy)
    other = Client(make_datasette(copy))
    assert 'action="/news-2025/-/search"' in other.get("/").text
    assert 'action="/news-2025/-/search"' in other.get("/news-2025").text
    page = other.get("/news-2025/-/search", params={"_search": "ferry"}).text
    assert 'href="/news-2025/-/quote/' in page


def test_the_home_page_offers_a_search_box_only_for_databases_with_quotes(site_db_path, tmp_path):
    notes = tmp_path / "notes.db"
    sqlite_utils.Database(notes)["notes"].insert({"id": 1, "text": "not quotes"})
    from datasette.app import Datasette

    both = Client(Datasette(immutables=[str(site_db_path), str(notes)]))
    actions = re.findall(r'<form class="quotes-search-form" action="([^"]+)"', both.get("/").text)
    assert actions == ["/quotes/-/search"]


@pytest.mark.parametrize("path", ["/quotes/-/search?_search=ferry", "/quotes/-/speaker/1"])
def test_plugin_pages_of_an_immutable_file_may_be_cached_like_datasettes(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "max-age=300"
    assert client.get("/quotes/quotes").headers["cache-control"] == "max-age=300"


def test_table_rows_are_written_as_datasettes_own_template_writes_them(ds):
    """The plugin's _table.html (rows written in Python) against Datasette's original."""
    import asyncio

    def normalised(html):
        return re.sub(r">\s+<", "><", html).strip()

    cell = lambda column, value, kind="text": {"column": column, "value": value, "value_type": kind}
    context = {
        "display_columns": [{"name": n, "sortable": False, "is_pk": n == "id", "type": "TEXT",
                             "notnull": 0, "description": d}
                            for n, d in [("id", None), ("text", "The <words>"), ("odd column!", None)]],
        "display_rows": [
            [cell("id", markupsafe.Markup('<a href="/quotes/quotes/q1">q1</a>'), "pk"),
             cell("text", 'He said "<b>no</b>" & left'), cell("odd column!", None, "none")],
            [cell("id", 7, "pk"), cell("text", markupsafe.Markup("&nbsp;")), cell("odd column!", 2.5, "float")],
        ],
    }

    async def render(name):
        await ds.invoke_startup()
        return await ds.jinja_env.get_template(name).render_async(context)

    ours, theirs = asyncio.run(render("_table.html")), asyncio.run(render("default:_table.html"))
    assert normalised(ours) == normalised(theirs)
    assert "He said &#34;&lt;b&gt;no&lt;/b&gt;&#34; &amp; left" in ours


def test_a_real_table_page_is_rendered_as_datasette_renders_it(client, ds):
    html = client.get("/quotes/quotes", params={"_search": "ferry"}).text
    rows = re.findall(r"<tr>(.*?)</tr>", html.split("<tbody>")[1].split("</tbody>")[0], re.S)
    assert len(rows) == client.get("/quotes/quotes.json?_search=ferry").json()["filtered_table_rows_count"]
    columns = [c.name for c in sqlite_utils.Database(ds.databases["quotes"].path)["quotes"].columns]
    for row in rows:
        assert re.findall(r'<td class="col-([^ "]+) type-', row) == columns


def test_the_immutable_file_is_read_through_a_memory_map(ds):
    import asyncio

    from quotes.datasette_plugin import MMAP_BYTES

    async def mmap_size():
        await ds.invoke_startup()
        return (await ds.get_database("quotes").execute("pragma mmap_size")).first()[0]

    assert asyncio.run(mmap_size()) == MMAP_BYTES


@pytest.mark.parametrize("path", ["/other/-/search?_search=x", "/other/-/speaker/1",
                                  "/other/-/quote/q1", "/other/-/export.csv"])
def test_plugin_pages_of_a_database_without_quotes_are_404(tmp_path, path):
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["notes"].insert({"id": 1, "text": "not quotes"})
    assert Client(make_datasette(other)).get(path).status_code == 404


def test_a_page_whose_queries_run_too_long_is_stopped_at_the_sql_time_limit(site_db_path):
    import asyncio

    from datasette.views.base import DatasetteError

    from quotes.datasette_plugin.reads import read

    ds = make_datasette(site_db_path, settings={"sql_time_limit_ms": 20})
    endless = ("with recursive n(x) as (select 1 union all select x + 1 from n where x < 1e9)"
               " select count(*) from n")

    async def run():
        await ds.invoke_startup()
        return await read(ds, ds.get_database("quotes"), lambda conn: conn.execute(endless).fetchone())

    with pytest.raises(DatasetteError) as stopped:
        asyncio.run(run())
    assert stopped.value.status == 400


@pytest.mark.parametrize("path, query, light", [
    ("/quotes/-/search", b"_search=ferry", True),
    ("/quotes/-/speaker/3", b"", True),
    ("/quotes/-/quote/abc", b"", True),
    ("/quotes/-/export.csv", b"speaker_id=3", True),
    ("/-/static/app.css", b"", True),
    ("/-/static-plugins/quotes/quotes.css", b"", True),
    ("/quotes/quotes_full.csv", b"_stream=on&_size=max", True),
    ("/", b"", False),
    ("/quotes", b"", False),
    ("/quotes/quotes", b"_search=ferry", False),
    ("/quotes/quotes.json", b"role=Mayor&_facet=speaker_id", False),
    ("/quotes/quotes_full.csv", b"_stream=", False),
    ("/quotes/-/searching", b"", False),
    ("/quotes/phrase", b"phrase=winter", False),
])
def test_which_requests_wait_their_turn(path, query, light):
    from quotes.datasette_plugin.lanes import is_light

    assert is_light({"type": "http", "path": path, "query_string": query}) is light


def test_heavy_requests_run_a_few_at_a_time_and_light_ones_never_wait():
    import asyncio

    from quotes.datasette_plugin.lanes import queue_datasette_pages

    in_progress, finished, most = set(), [], [0]

    async def scenario():
        heavy_may_finish = asyncio.Event()

        async def app(scope, receive, send):  # stands in for Datasette behind the queue
            in_progress.add(id(scope))
            most[0] = max(most[0], len(in_progress))
            if scope["path"] == "/quotes/quotes":
                await heavy_may_finish.wait()
            in_progress.discard(id(scope))
            finished.append(scope["path"])

        queued = queue_datasette_pages(app, at_once=2)
        scope = lambda path: {"type": "http", "path": path, "query_string": b""}
        heavy = [asyncio.create_task(queued(scope("/quotes/quotes"), None, None)) for _ in range(5)]
        await asyncio.sleep(0.01)
        assert len(in_progress) == 2  # two heavy pages in progress, three waiting to start
        await queued(scope("/quotes/-/search"), None, None)  # not queued behind them
        assert finished == ["/quotes/-/search"]
        heavy_may_finish.set()
        await asyncio.gather(*heavy)

    asyncio.run(scenario())
    assert most[0] == 3  # two heavy pages and the search
    assert finished.count("/quotes/quotes") == 5


def cached_site(site_db_path, tmp_path, cache_mb):
    metadata = load_metadata()
    metadata["plugins"]["quotes"]["response_cache_mb"] = cache_mb
    path = tmp_path / "metadata.yml"
    path.write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    return Client(make_datasette(site_db_path, metadata_path=path))


def test_the_response_cache_is_off_by_default(client):
    assert "x-quotes-cache" not in client.get("/quotes/-/search?_search=ferry").headers


def test_the_response_cache_answers_a_repeated_anonymous_get_from_memory(site_db_path, tmp_path):
    site = cached_site(site_db_path, tmp_path, 8)
    for path in ["/quotes/-/search?_search=ferry", "/quotes/quotes?role=Mayor&_facet=speaker_id",
                 "/quotes/-/speaker/1"]:
        first, second = site.get(path), site.get(path)
        assert (first.headers["x-quotes-cache"], second.headers["x-quotes-cache"]) == ("miss", "hit")
        assert second.status_code == 200 and second.content == first.content
        assert second.headers["content-type"] == first.headers["content-type"]
    other = site.get("/quotes/-/search?_search=budget")
    assert other.headers["x-quotes-cache"] == "miss" and "budget" in other.text


def test_the_response_cache_keeps_nothing_personal_failed_or_unbounded(site_db_path, tmp_path):
    site = cached_site(site_db_path, tmp_path, 8)
    with_cookie = [site.get("/quotes/-/speaker/1", headers={"cookie": "ds_actor=x"}) for _ in range(2)]
    assert ["x-quotes-cache" in r.headers for r in with_cookie] == [False, False]
    missing = [site.get("/quotes/-/speaker/999999") for _ in range(2)]
    assert [(r.status_code, r.headers["x-quotes-cache"]) for r in missing] == [(404, "miss")] * 2
    streamed = [site.get("/quotes/-/export.csv") for _ in range(2)]  # no max-age: not kept
    assert [r.headers["x-quotes-cache"] for r in streamed] == ["miss", "miss"]
    assert site.post("/quotes/quotes", data={"sql": "delete from quotes"}).status_code == 405


def test_the_response_cache_stays_within_its_size(site_db_path):
    import asyncio

    import httpx

    from quotes.datasette_plugin.cache import ResponseCache

    ds = make_datasette(site_db_path)
    cache = ResponseCache(ds.app(), 256 * 1024)  # a few pages of the real site

    async def browse():
        transport = httpx.ASGITransport(app=cache)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as http:
            for words in ["ferry", "budget", "winter", "hour", "council", "people", "mayor"]:
                for path in ["/quotes/-/search", "/quotes/quotes"]:
                    assert (await http.get(path, params={"_search": words})).status_code == 200

    asyncio.run(browse())
    assert cache.misses == 14 and cache.entries
    assert cache.size <= cache.max_bytes
    assert len(cache.entries) < 14  # the oldest pages made room
    assert cache.size == sum(len(k) + len(e[3]) + sum(len(a) + len(b) for a, b in e[2])
                             for k, e in cache.entries.items())
