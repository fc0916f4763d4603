"""`quotes serve` as a real server on 127.0.0.1, driven by a real headless Chromium."""
import csv
import io
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(site_db_path):
    """The URL of `quotes serve` running on a free port; stopped after the module."""
    yield from run_server(site_db_path)


@pytest.fixture(scope="module")
def two_worker_server(site_db_path):
    """`quotes serve --workers 2`: two processes answering on one port."""
    yield from run_server(site_db_path, "--workers", "2")


def run_server(site_db_path, *options):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", str(site_db_path), "--port", str(port), *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            pytest.fail(f"quotes serve exited with {process.returncode}: {process.stdout.read()}")
        try:
            if httpx.get(url + "/-/versions.json", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"quotes serve did not answer on {url} within 30 s")
        time.sleep(0.1)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_two_worker_processes_serve_the_same_read_only_site(two_worker_server):
    with httpx.Client(base_url=two_worker_server, timeout=10) as http:
        # Enough requests that both processes answer some (each keeps its own connection pool).
        pages = [http.get("/quotes/quotes", params={"_search": "deceive people"}) for _ in range(6)]
        assert {page.status_code for page in pages} == {200}
        assert all("deceive people" in page.text for page in pages)
        assert http.get("/quotes/-/export.csv").text.startswith("date,speaker,")
        assert http.post("/quotes/quotes/-/insert", json={"row": {"id": "x"}}).status_code == 405


def test_the_served_site_reads_but_refuses_writes(server):
    assert httpx.get(server + "/").status_code == 200
    refused = httpx.post(server + "/quotes/quotes/-/insert", json={"row": {"id": "x"}})
    assert refused.status_code == 405
    response = httpx.get(server + "/quotes/-/export.csv", params={"source": "The Harbour Ledger"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5
    assert "'=SUM(A1:A9) is not a budget," in {r["quote"] for r in rows}


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                    "(apt-get install chromium; .ci/run installs it)")
def test_a_journalist_searches_opens_a_speaker_and_downloads_their_quotes(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(accept_downloads=True)
            page.goto(server + "/")
            expect(page.locator("h1")).to_have_text("Quotes")

            page.click('a[href="/quotes/quotes"]')
            page.fill('input[name="_search"]', "deceive people")
            page.press('input[name="_search"]', "Enter")
            page.wait_for_url("**_search=deceive*")
            result = page.locator("table.rows-and-columns tbody tr", has_text="deceive people")
            expect(result.first).to_be_visible()

            speaker_link = page.locator("table.rows-and-columns tbody a.quotes-speaker").first
            name = speaker_link.inner_text()
            speaker_link.click()
            expect(page.locator("h1")).to_have_text(name)
            listed = page.locator("table.quotes-list tbody tr").count()
            assert listed >= 1

            with page.expect_download() as download_info:
                page.click("a.quotes-csv")
            download = download_info.value
            target = tmp_path / download.suggested_filename
            download.save_as(target)
        finally:
            browser.close()

    assert target.suffix == ".csv"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == listed
    assert {r["speaker"] for r in rows} == {name}
    assert list(rows[0]) == ["date", "speaker", "role", "quote", "kind", "outlet", "title", "url", "context"]
    # The speaker was picked from the search results, so one of their quotes matches.
    assert any("deceiv" in (r["quote"] + r["context"]).lower() for r in rows)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                    "(apt-get install chromium; .ci/run installs it)")
def test_the_home_page_search_box_finds_quotes_and_opens_their_speaker(server):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(server + "/")
            page.fill("form.quotes-search-form input[name=_search]", "deceive people")
            page.press("form.quotes-search-form input[name=_search]", "Enter")
            page.wait_for_url("**/quotes/-/search?_search=deceive*")
            expect(page.locator("h3.quotes-count")).to_contain_text("with deceive people")
            result = page.locator("table.quotes-results tbody tr", has_text="deceive people")
            expect(result.first).to_be_visible()
            expect(result.first.locator("mark.quotes-mark")).to_be_visible()

            speaker_link = result.first.locator("a.quotes-speaker")
            name = speaker_link.inner_text()
            speaker_link.click()
            expect(page.locator("h1")).to_have_text(name)
            expect(page.locator("table.quotes-list tbody tr", has_text="deceive people").first).to_be_visible()
        finally:
            browser.close()


def test_an_idle_connection_outlives_the_clients_own_keep_alive(server):
    """The server keeps idle connections longer than httpx's 5 s, so a client never sends a
    request on a connection the server is closing at that very moment."""
    import http.client

    from quotes.datasette_plugin.site import KEEP_ALIVE_S

    assert KEEP_ALIVE_S > 5
    host, port = server.rsplit("/", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", "/-/versions.json")
        assert conn.getresponse().read().startswith(b"{")
        local = conn.sock.getsockname()
        time.sleep(6)  # longer than uvicorn's default keep-alive (5 s)
        conn.request("GET", "/-/versions.json")
        assert conn.getresponse().read().startswith(b"{")
        assert conn.sock.getsockname() == local  # the same connection answered
    finally:
        conn.close()
