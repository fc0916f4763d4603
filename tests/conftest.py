"""Shared fixtures: real SQLite files built by the real ingest, and a real Datasette over them.

- ``db_path``: an empty file path in a temporary folder.
- ``seeded_db_path``: every article in ``seeds/`` through `quotes.ingest.ingest` (session).
- ``site_db_path``: the seeds plus two newsroom articles whose quotes are written out by
  hand (`NEWSROOM`), so tests can rely on exact speakers, roles, outlets, a quote carried
  by two outlets, non-ASCII names and quotes that look like spreadsheet formulas (session).
- ``ds``: the Datasette `quotes serve` would run over ``site_db_path`` (session).
- ``client``: a small synchronous wrapper around ``ds.client``.
"""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from quotes import Article, Quote
from quotes.engine import extract_article
from quotes.ingest import ingest
from quotes.inputs import read_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_report_header(config):
    from importlib.metadata import version

    return (f"sqlite {sqlite3.sqlite_version}, sqlite-utils {version('sqlite-utils')}, "
            f"datasette {version('datasette')}")


def _quote(article: Article, text: str, speaker: str, *, role=None, kind="direct",
           speaker_type="person", confidence=0.9) -> Quote:
    """A Quote whose offsets, paragraph and context are computed from the article text."""
    start = article.text.index(text)
    end = start + len(text)
    para_start = article.text.rfind("\n\n", 0, start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = article.text.find("\n\n", end)
    para_end = len(article.text) if para_end == -1 else para_end
    return Quote(
        article_id=article.id, text=text, start=start, end=end, kind=kind, speaker=speaker,
        mention=speaker, speaker_type=speaker_type, role=role, cue="said", date=article.date,
        context=article.text[para_start:para_end], paragraph=article.text.count("\n\n", 0, start),
        confidence=confidence, rule="hand-written test fixture", spans=((start, end),),
    )


FERRY = Article(
    title="Ferry to keep hourly service, mayor says",
    date="2025-02-03",
    source="The Harbour Ledger",
    url="https://harbour-ledger.example/2025/ferry-hourly",
    text=(
        "Ferry to keep hourly service, mayor says\n\n"
        "Mayor Ingrid Sørensen said on Monday that the harbour ferry “will keep running every "
        "hour, even in winter,” ending weeks of doubt on the island.\n\n"
        "“=SUM(A1:A9) is not a budget,” said councillor Tomás Ortiz, holding up the "
        "spreadsheet the transport office had sent round. “+40 per cent for fuel, and nobody "
        "asked why.”\n\n"
        "The transport office replied in a statement: “-- we stand by every figure.” Its "
        "director, Ayşe Demir, added: “@everyone who rides the ferry will see the numbers in "
        "March.”\n"
    ),
)

FERRY_EARLIER = Article(
    title="Deputy mayor promises winter ferries",
    date="2024-11-02",
    source="Fjord Evening Post",
    url="https://fjord-post.example/winter-ferries",
    text=(
        "Deputy mayor promises winter ferries\n\n"
        "Deputy Mayor Ingrid Sørensen promised on Saturday that the ferry “will keep running "
        "every hour, even in winter,” to applause from the harbour crowd.\n"
    ),
)

NEWSROOM = {
    FERRY.id: [
        _quote(FERRY, "will keep running every hour, even in winter,", "Ingrid Sørensen",
               role="Mayor", kind="partial"),
        _quote(FERRY, "=SUM(A1:A9) is not a budget,", "Tomás Ortiz", role="councillor"),
        _quote(FERRY, "+40 per cent for fuel, and nobody asked why.", "Tomás Ortiz",
               role="councillor"),
        _quote(FERRY, "-- we stand by every figure.", "transport office",
               speaker_type="organization"),
        _quote(FERRY, "@everyone who rides the ferry will see the numbers in March.",
               "Ayşe Demir", role="director of the transport office"),
    ],
    FERRY_EARLIER.id: [
        _quote(FERRY_EARLIER, "will keep running every hour, even in winter,", "Ingrid Sørensen",
               role="Deputy Mayor", kind="partial"),
    ],
}


def _newsroom_or_engine(article: Article):
    """The hand-written quotes for the newsroom articles, the real engine for the seeds."""
    if article.id in NEWSROOM:
        return NEWSROOM[article.id]
    return extract_article(article)


def build_db(path: Path, *, newsroom: bool) -> Path:
    """Run the real ingest of seeds/ (and the newsroom articles) into a new file at ``path``."""
    items = list(read_articles([str(SEEDS)], exclude=("README.md",)))
    if newsroom:
        items += [FERRY, FERRY_EARLIER]
    db = sqlite_utils.Database(path)
    try:
        summary = ingest(db, items, workers=1, extract=_newsroom_or_engine)
    finally:
        db.close()
    assert summary.failed == 0, summary.errors
    return path


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "quotes.db"


@pytest.fixture(scope="session")
def seeded_db_path(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("seeded") / "quotes.db", newsroom=False)


@pytest.fixture(scope="session")
def site_db_path(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("site") / "quotes.db", newsroom=True)


@pytest.fixture(scope="session")
def ds(site_db_path):
    from quotes.datasette_plugin.site import make_datasette

    return make_datasette(site_db_path)


class Client:
    """Synchronous GET/POST against a Datasette's in-process client (no pytest-asyncio)."""

    def __init__(self, ds):
        self.ds = ds

    def get(self, path, **kwargs):
        return asyncio.run(self.ds.client.get(path, **kwargs))

    def post(self, path, **kwargs):
        return asyncio.run(self.ds.client.post(path, **kwargs))


@pytest.fixture(scope="session")
def client(ds):
    return Client(ds)
