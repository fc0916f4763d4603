"""`quotes extract` on batches that mix good files with each kind of bad input.

Every test checks three things: the `Error: path: reason` line on stderr, the
exit status (1 when anything failed), and that the good file in the same batch
was still read (its quote is in the output, and the summary counts it).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
GOOD_QUOTE = "The tide waits for no council"


@pytest.fixture
def good(tmp_path):
    """A good article that every bad batch also contains."""
    path = tmp_path / "good.txt"
    path.write_text(f"---\ntitle: Good\ndate: 2024-05-01\n---\n“{GOOD_QUOTE},” the harbour master said.\n")
    return path


def extract(*args, input=None):
    return CliRunner().invoke(cli, ["extract", *map(str, args)], input=input)


def quote_texts(result):
    return [json.loads(line)["text"] for line in result.stdout.splitlines()]


def assert_batch(result, errors, *, read=1):
    """The errors are reported, the good file is read, the summary and status say so."""
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    for error in errors:
        assert f"Error: {error}" in lines, lines
    assert lines[-1] == f"{read} article{'' if read == 1 else 's'} read, {len(errors)} failed"
    assert any(GOOD_QUOTE in t for t in quote_texts(result)), result.stdout


def test_extract_a_saved_news_page():
    result = extract(FIXTURES / "news-page.html")
    assert result.exit_code == 0, result.output
    assert any("harbour with a door" in t for t in quote_texts(result))
    assert result.stderr.splitlines()[-1] == "1 article read, 0 failed"


def test_extract_reads_stdin(good):
    result = extract("-", input=(FIXTURES / "news-page.html").read_bytes())
    assert result.exit_code == 0, result.output
    assert any("harbour with a door" in t for t in quote_texts(result))


def test_json_field_options():
    result = extract(FIXTURES / "wire-dump.jsonl", "--text-field", "body_text", "--date-field", "pubDate",
                     "--id-field", "guid", "--title-field", "headline", "--source-field", "meta.outlet",
                     "--url-field", "permalink", "--dayfirst")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any("We lost the blossom" in r["text"] and r["article_id"] == "wire-2024-0001" for r in rows)
    assert result.stderr.splitlines()[-1] == "3 articles read, 0 failed"


def test_png_file(tmp_path, good):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    assert_batch(extract(png, good), [f"{png}: binary file (PNG image), not text"])


def test_file_with_nul_bytes(tmp_path, good):
    blob = tmp_path / "blob.md"
    blob.write_bytes(b"some text\x00\x00\x01\x02 more")
    assert_batch(extract(blob, good), [f"{blob}: binary file (contains NUL bytes), not text"])


def test_empty_and_whitespace_only_articles(tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_text("---\ntitle: Only a title\n---\n \n\t\n")
    record = tmp_path / "records.jsonl"
    record.write_text('{"text": "   "}\n')
    assert_batch(extract(empty, blank, record, good), [
        f"{empty}: empty article (no text)",
        f"{blank}: empty article (no text)",
        f"{record}:1: empty article (no text)",
    ])


def test_undecodable_bytes(tmp_path, good):
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes(b"Council minutes \x81\x8d\x8f\x90 were lost.")
    assert_batch(extract(garbled, good), [
        f"{garbled}: undecodable byte sequence: byte 0x81 at offset 16 is not UTF-8, "
        "Windows-1252 or Latin-1 text (convert the file to UTF-8)"])


def test_malformed_json_line_keeps_the_other_lines(tmp_path, good):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([
        json.dumps({"text": "“First line stays,” she said."}),
        '{"text": "broken because the quote never closes}',
        json.dumps({"text": "“Third line stays,” he said."}),
    ]) + "\n")
    result = extract(dump, good)
    assert_batch(result, [f"{dump}:2: malformed JSON: Unterminated string starting at (column 10)"], read=3)
    texts = quote_texts(result)
    assert any("First line stays" in t for t in texts) and any("Third line stays" in t for t in texts)


def test_file_over_the_size_limit(tmp_path, good):
    big = tmp_path / "big.html"
    big.write_text("<html><body>" + "<p>Filler paragraph.</p>" * 100 + "</body></html>")
    assert_batch(extract(big, good, "--max-bytes", "1000"),
                 [f"{big}: file is 2.4 KB, over the 1 KB limit (raise it with --max-bytes)"])


def test_missing_path(tmp_path, good):
    missing = tmp_path / "not-there.html"
    assert_batch(extract(missing, good), [f"{missing}: no such file or directory"])


def test_dangling_symlink(tmp_path, good):
    link = tmp_path / "moved.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert_batch(extract(link, good), [
        f"{link}: broken symbolic link (points to '{tmp_path / 'gone.txt'}', which does not exist)"])


def test_named_pipe_is_refused_without_blocking(tmp_path, good):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    assert_batch(extract(fifo, good), [f"{fifo}: not a regular file (a named pipe)"])


def test_unreadable_file(tmp_path, good):
    locked = tmp_path / "locked.txt"
    locked.write_text("“Secret,” she said.")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root, where mode 000 is still readable; "
                        "the FIFO and dangling-symlink tests cover unreadable paths")
        assert_batch(extract(locked, good), [f"{locked}: permission denied"])
    finally:
        locked.chmod(0o644)


def test_bad_files_in_a_folder(tmp_path, good):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(good, folder / "good.txt")
    (folder / "empty.md").write_text("\n\n")
    (folder / "notes.csv").write_text("ignored: not a known suffix\n")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    result = extract(folder)
    assert_batch(result, [
        f"{folder / 'dangling.txt'}: broken symbolic link (points to '{folder / 'nowhere.txt'}', "
        "which does not exist)",
        f"{folder / 'empty.md'}: empty article (no text)",
    ])


def test_unparseable_date_is_a_warning_not_a_failure(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(f"---\ndate: the other day\n---\n“{GOOD_QUOTE},” the harbour master said.\n")
    result = extract(path)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"Warning: {path}: unparseable date 'the other day'; article kept without a date",
        "1 article read, 0 failed",
    ]
    assert any(GOOD_QUOTE in t for t in quote_texts(result))  # the article was kept


def test_bad_date_option_is_a_usage_error(good):
    result = extract(good, "--date", "someday")
    assert result.exit_code == 2
    assert "Invalid value for '--date': unparseable date 'someday'" in result.stderr
