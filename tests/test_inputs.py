"""Reading real-world inputs: saved news pages, dumps, encodings, dates, folders, stdin.

Fixtures in tests/fixtures/inputs/ are invented articles written for these tests.
Assertions about quotes go through `quotes.extract_article` and only check that a
sentence of the page is among the quotes found, so they hold as the engine improves.
"""
from __future__ import annotations

import inspect
import io
import json
from pathlib import Path

import pytest

import quotes
from quotes.inputs import FieldNames, InputError, read_articles
from quotes.metadata_dates import UnparseableDate, parse_date

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
PAGE = FIXTURES / "news-page.html"


def read_all(paths, **options):
    return list(read_articles([str(p) for p in paths], **options))


def only_article(paths, **options):
    items = read_all(paths, **options)
    assert len(items) == 1, items
    assert not isinstance(items[0], InputError), str(items[0])
    return items[0]


def quote_texts(article):
    return [q.text for q in quotes.extract_article(article)]


# -- a saved news page ------------------------------------------------------


@pytest.fixture(scope="module")
def page_article():
    return only_article([PAGE])


def test_news_page_body_keeps_the_story_and_drops_the_clutter(page_article):
    text = page_article.text
    assert text.startswith("Tidewater votes for a sea wall after six-hour meeting\n\n")
    assert "The Tidewater town council voted 6–3 late on Tuesday" in text
    assert text.endswith("“It is the end of waiting.”")
    for clutter in [
        "We use cookies",                # cookie banner
        "Subscribe for $1 a week",       # navigation menu
        "Refinance your boat",           # ads
        "Crunchy Oat Clusters",          # ad inside the story body
        "ADVERTISEMENT",
        "Storm floods Quay Street",      # related links
        "Beloved bakery",                # most-read sidebar
        "Typical council",               # reader comments
        "harbourwatcher42",
        "Morning Ledger",                # newsletter box
        "All rights reserved",           # footer
        "gtag", "dataLayer", "font-family",  # scripts and styles
    ]:
        assert clutter not in text, clutter


def test_news_page_metadata_comes_from_json_ld_and_opengraph(page_article):
    assert page_article.title == "Tidewater votes for a sea wall after six-hour meeting"
    assert page_article.date == "2024-04-09"  # published (local date), not modified
    assert page_article.source == "The Lakeshore Ledger"
    assert page_article.url == "https://ledger.example.org/news/2024/04/09/tidewater-sea-wall-vote"
    assert page_article.byline == "Hester Quill"
    assert page_article.path == str(PAGE)


def test_news_page_paragraphs_are_separated_by_one_blank_line(page_article):
    paragraphs = page_article.text.split("\n\n")
    assert "\n\n\n" not in page_article.text
    assert "What happens next" in paragraphs  # the subheading is its own paragraph
    # A quote that runs on into the next paragraph keeps its paragraph break.
    assert ("there is more than one way to meet it.\n\n“Six hours of public comment tells you something,”"
            in page_article.text)
    assert len(paragraphs) == 10


def test_news_page_entities_are_decoded(page_article):
    assert "people’s kitchens" in page_article.text
    assert "half of the cost & the rest" in page_article.text
    assert "&amp;" not in page_article.text and "&rsquo;" not in page_article.text


def test_quotes_are_found_in_the_page_body_and_their_offsets_point_into_it(page_article):
    found = quotes.extract_article(page_article)
    texts = [q.text for q in found]
    assert any("harbour with a door, not a harbour with a lid" in t for t in texts), texts
    assert any("Nobody here is saying the water isn’t coming" in t for t in texts), texts
    assert not any("Typical council" in t for t in texts)  # a comment, not the story
    for q in found:
        assert q.article_id == page_article.id
        assert 0 <= q.start < q.end <= len(page_article.text)
    door = next(q for q in found if "harbour with a door" in q.text)
    assert "harbour with a door" in page_article.text[door.start:door.end]


def test_html_page_in_windows_1252_with_a_meta_charset(tmp_path):
    page = PAGE.read_text("utf-8").replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("&ldquo;We can argue", "“We can argue")  # a real cp1252 curly quote byte
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    article = only_article([path])
    assert "“We can argue about the colour of the concrete" in article.text
    assert article.title == "Tidewater votes for a sea wall after six-hour meeting"


def test_html_without_any_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    [error] = read_all([path])
    assert isinstance(error, InputError)
    assert error.reason == "no article text found in the HTML page"


def test_an_html_fragment_is_read_as_a_page(tmp_path):
    path = tmp_path / "fragment.htm"
    path.write_text("<p>“We are ready,” the coach said.</p>\n<p>The season starts in May.</p>")
    article = only_article([path])
    assert article.text == "“We are ready,” the coach said.\n\nThe season starts in May."


# -- text and Markdown --------------------------------------------------------


def test_markdown_with_front_matter():
    article = only_article([FIXTURES / "ferry-fares.md"])
    assert article.title == "Ferry fares to rise by a fifth, operator says"
    assert article.date == "2023-11-14"  # YAML reads this as a date object
    assert article.source == "Northshore Weekly"
    assert article.url == "https://northshore.example.com/2023/11/14/ferry-fares"
    assert article.byline == "Callum Dray"
    assert article.text.startswith("# Ferry fares to rise by a fifth")
    assert "tags:" not in article.text and "---" not in article.text
    assert any("We cannot hold them for a fourth." in t for t in quote_texts(article))


def test_markdown_heading_gives_the_title_when_front_matter_has_none(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Dam inspection passes\n\nEngineers said the dam was \"in good shape\".\n")
    assert only_article([path]).title == "Dam inspection passes"


def test_text_without_front_matter_is_all_body(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\n\n“Hello,” he said.\n\n---\n\nA rule above is not front matter.\n\n")
    article = only_article([path])
    assert article.text == "“Hello,” he said.\n\n---\n\nA rule above is not front matter."
    assert (article.title, article.date, article.source) == (None, None, None)


def test_invalid_front_matter_is_an_error_not_text(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\ndate: 2024-01-01\n---\nBody text.\n")
    [error] = read_all([path])
    assert isinstance(error, InputError)
    assert error.reason.startswith("invalid YAML front matter")


# -- dates ------------------------------------------------------------------------


@pytest.mark.parametrize("written, dayfirst, iso", [
    ("March 29, 2022", False, "2022-03-29"),
    ("2022-03-29T10:00:00Z", False, "2022-03-29"),
    ("2022-03-29T23:30:00-05:00", False, "2022-03-29"),  # the date as published, not UTC
    ("Tue, 29 Mar 2022 10:00:00 GMT", False, "2022-03-29"),
    ("29/03/2022", True, "2022-03-29"),
    ("03/04/2022", False, "2022-03-04"),
    ("03/04/2022", True, "2022-04-03"),
    ("2022-03-04", True, "2022-03-04"),  # ISO is never read day-first
    ("Published: March 29, 2022 at 10:00 a.m. ET", False, "2022-03-29"),
    ("1648548000", False, "2022-03-29"),     # Unix seconds
    (1648548000000, False, "2022-03-29"),   # JavaScript milliseconds
    ("", False, None),
    (None, False, None),
])
def test_parse_date(written, dayfirst, iso):
    assert parse_date(written, dayfirst=dayfirst) == iso


@pytest.mark.parametrize("written", ["March 2022", "Tuesday", "yesterday", "soon", "2022", True])
def test_parse_date_refuses_incomplete_or_unreadable_dates(written):
    with pytest.raises(UnparseableDate):
        parse_date(written)


@pytest.mark.parametrize("written, dayfirst, iso", [
    ("March 29, 2022", False, "2022-03-29"),
    ("Tue, 29 Mar 2022 10:00:00 GMT", False, "2022-03-29"),
    ("05/04/2022", True, "2022-04-05"),
    ("05/04/2022", False, "2022-05-04"),
])
def test_front_matter_dates_are_normalised(tmp_path, written, dayfirst, iso):
    path = tmp_path / "a.txt"
    path.write_text(f"---\ndate: '{written}'\n---\nThe mayor spoke.\n")
    assert only_article([path], dayfirst=dayfirst).date == iso


def test_unparseable_date_keeps_the_article_and_warns(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: Late post\ndate: sometime last spring\n---\n“Fine,” she said.\n")
    warnings = []
    article = only_article([path], on_warning=warnings.append)
    assert article.date is None and article.title == "Late post"
    assert [str(w) for w in warnings] == [
        f"{path}: unparseable date 'sometime last spring'; article kept without a date"]


def test_override_date_is_normalised_and_wins(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ndate: 2020-01-01\n---\nText.\n")
    assert only_article([path], overrides={"date": "March 3, 2021", "source": None}).date == "2021-03-03"


# -- JSON and JSON Lines --------------------------------------------------------------


WIRE_FIELDS = FieldNames(text="body_text", id="guid", title="headline", date="pubDate",
                         source="meta.outlet", url="permalink", byline="author")


def test_json_lines_dump_with_odd_keys():
    items = read_all([FIXTURES / "wire-dump.jsonl"], fields=WIRE_FIELDS, dayfirst=True)
    assert all(not isinstance(i, InputError) for i in items), items
    first, second, third = items
    assert first.id == "wire-2024-0001"
    assert first.title == "Orchard growers warn of poor apple harvest"
    assert first.date == "2024-09-17"
    assert first.source == "Midlands Wire"  # a dotted key reaches into "meta"
    assert first.url == "https://wire.example.net/a/0001"
    assert first.text.startswith("Apple growers in the Vale of Ashby")
    assert "\n\n“We lost the blossom in a single night,”" in first.text
    assert any("We lost the blossom in a single night" in t for t in quote_texts(first))
    # Entities left by a scraper are decoded, \r\n normalised, an author object named.
    assert second.title == "Library to open on Sundays & holidays"
    assert "“Reading doesn’t stop at the weekend,” librarian" in second.text
    assert "\r" not in second.text
    assert second.byline == "Ines Varga" and second.date == "2024-09-18"
    # A numeric id, a list of paragraphs, and a day-first date.
    assert third.id == "3"
    assert third.text == ("Route 12 will stop running in October, the transport authority said.\n\n"
                          "“The numbers simply are not there,” spokesperson Dilys Amberley said.")
    assert third.date == "2024-09-19"
    assert all(i.path == str(FIXTURES / "wire-dump.jsonl") for i in items)


def test_json_array_of_objects_ignores_other_keys():
    first, second = read_all([FIXTURES / "council-briefs.json"])
    assert (first.id, first.title, first.date, first.source) == (
        "brief-1", "Parking fees frozen for another year", "2025-01-08", "Valley Courier")
    assert second.date == "2025-01-09" and second.url is None
    assert any("Parents have asked for this for years" in t for t in quote_texts(second))


def test_a_single_pretty_printed_json_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "“Yes,” he said.", "title": "One"}, indent=2))
    assert only_article([path]).title == "One"


def test_missing_text_field_names_the_keys_and_the_option(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"body": "Text", "headline": "H"}\n')
    [error] = read_all([path])
    assert error == InputError(str(path), "no 'text' field (keys: body, headline); choose one with --text-field", 1)


def test_json_lines_limit_applies_per_line_not_per_file(tmp_path):
    path = tmp_path / "dump.jsonl"
    small = json.dumps({"text": "“Short,” she said."})
    big = json.dumps({"text": "x " * 400})
    path.write_text("\n".join([small, big, small, small]) + "\n")
    items = read_all([path], max_bytes=200)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article", "Article"]
    assert items[1].line == 2 and "over the 200 bytes limit" in items[1].reason


# -- encodings and line endings --------------------------------------------------------------


STORY = ("Café owner Zoë Müller said the “crème brûlée” was gone by noon.\n\n"
         "«Nous avons tout vendu», she said — “every last one.”")


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),  # with a byte-order mark
    ("utf-16", b""),             # Python writes the BOM
    ("utf-16-be", b"\xfe\xff"),
    ("cp1252", b""),
])
def test_text_files_in_each_encoding_give_the_same_text(tmp_path, encoding, prefix):
    path = tmp_path / "story.txt"
    path.write_bytes(prefix + STORY.encode(encoding))
    assert only_article([path]).text == STORY


def test_latin_1_text_is_decoded(tmp_path):
    story = "Zoë Müller said the «crème brûlée» was gone by noon, at 5 € less… no: 5 francs."
    latin1 = story.replace("€", "").replace("…", "...")
    path = tmp_path / "latin1.txt"
    path.write_bytes(latin1.encode("latin-1"))
    assert only_article([path]).text == latin1


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings_become_newlines(tmp_path, newline):
    path = tmp_path / "story.txt"
    path.write_bytes(("---\ntitle: T\n---\n" + STORY).replace("\n", newline).encode("utf-8"))
    article = only_article([path])
    assert article.text == STORY and article.title == "T"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_json_lines_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"text": STORY, "id": str(n)}, ensure_ascii=False) for n in range(3)]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    items = read_all([path])
    assert [i.text for i in items] == [STORY] * 3


# -- folders, globs, stdin, streaming -------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "2024" / "april").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text("“One,” she said.")
    (root / "2024" / "b.md").write_text("“Two,” he said.")
    (root / "2024" / "april" / "c.html").write_text("<p>“Three,” they said.</p>")
    (root / "2024" / "april" / "draft-d.txt").write_text("“Draft,” said nobody.")
    (root / "2024" / "notes.csv").write_text("not,an,article\n")
    (root / ".git" / "config.txt").write_text("[core]")
    (root / ".hidden.txt").write_text("secret")


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    make_tree(tmp_path)
    items = read_all([tmp_path])
    assert not [i for i in items if isinstance(i, InputError)]
    # A folder's own files first, then its subfolders, each sorted by name.
    assert [Path(i.path).relative_to(tmp_path).as_posix() for i in items] == [
        "a.txt", "2024/b.md", "2024/april/c.html", "2024/april/draft-d.txt"]


def test_include_and_exclude_globs(tmp_path):
    make_tree(tmp_path)
    items = read_all([tmp_path], include=["*.txt", "2024/*.md"], exclude=["draft-*"])
    assert not [i for i in items if isinstance(i, InputError)]
    assert [Path(i.path).name for i in items] == ["a.txt", "b.md"]
    csv_only = read_all([tmp_path], include=["*.csv"])
    assert [i.text for i in csv_only] == ["not,an,article"]  # an included file of any suffix is read


@pytest.mark.parametrize("data, expected", [
    (b'{"text": "\xe2\x80\x9cLine one,\xe2\x80\x9d she said."}\n{"text": "Second."}\n',
     ["“Line one,” she said.", "Second."]),
    (b"<!DOCTYPE html><html><body><p>\xe2\x80\x9cFrom a page,\xe2\x80\x9d he said.</p></body></html>",
     ["“From a page,” he said."]),
    (b"---\ntitle: Piped\n---\nPlain \xe2\x80\x9cpiped\xe2\x80\x9d text.\n", ["Plain “piped” text."]),
    (b'[{"text": "In an array."}]', ["In an array."]),
])
def test_stdin_format_is_sniffed(data, expected):
    items = list(read_articles(["-"], stdin=io.BytesIO(data)))
    assert [i.text for i in items] == expected
    assert all(i.path == "<stdin>" for i in items)


class CountingStream(io.RawIOBase):
    """A JSON Lines dump produced on demand, counting how much has been read."""

    def __init__(self, records: int):
        self.lines = (json.dumps({"text": f"“Record {n},” said the clerk.", "id": n}).encode() + b"\n"
                      for n in range(records))
        self.consumed = 0
        self.pending = b""

    def readable(self):
        return True

    def readinto(self, buffer):
        while len(self.pending) < len(buffer):
            line = next(self.lines, None)
            if line is None:
                break
            self.pending += line
        n = min(len(buffer), len(self.pending))
        buffer[:n], self.pending = self.pending[:n], self.pending[n:]
        self.consumed += n
        return n


def test_json_lines_are_streamed_not_read_whole():
    assert inspect.isgeneratorfunction(read_articles)
    stream = CountingStream(records=200_000)  # about 11 MB if read whole
    items = read_articles(["-"], stdin=io.BufferedReader(stream))
    first = [next(items) for _ in range(3)]
    assert [a.id for a in first] == ["0", "1", "2"]
    assert stream.consumed < 300_000  # a few buffers, not the whole dump


def test_stdin_over_the_size_limit_is_refused():
    [error] = read_articles(["-"], stdin=io.BytesIO(b"<p>" + b"word " * 500 + b"</p>"), max_bytes=1000)
    assert error == InputError("<stdin>", "input is over the 1 KB limit (raise it with --max-bytes)")


def test_an_undecodable_json_line_is_reported_and_the_next_line_read(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b'{"text": "bad \x81\x8d bytes"}\n{"text": "Good line."}\n')
    error, article = read_all([path])
    assert error.line == 1 and error.reason.startswith("undecodable byte sequence: byte 0x81")
    assert article.text == "Good line."


def test_xhtml_with_an_xml_declaration(tmp_path):
    path = tmp_path / "story.xhtml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Derby day</title></head><body>'
                    "<article><h1>Derby day</h1><p>“We did it,” the captain said after the match on Sunday.</p>"
                    "<p>The crowd stayed long after the final whistle to sing.</p></article></body></html>",
                    encoding="utf-8")
    article = only_article([path])
    assert article.text == ("Derby day\n\n“We did it,” the captain said after the match on Sunday.\n\n"
                            "The crowd stayed long after the final whistle to sing.")
