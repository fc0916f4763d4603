"""`quotes ingest` on batches that mix one good article with each kind of bad input.

The reader's own tests (test_inputs_cli.py) check the exact messages; these check the
database side: the bad input is reported with its path and reason, the exit status
says something failed, and the good article of the same batch is in the database.
"""
from __future__ import annotations

import json
import os

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli

GOOD_QUOTE = "The tide waits for no council"


def png(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    return [path], "binary file"


def nul_bytes(tmp_path):
    path = tmp_path / "blob.md"
    path.write_bytes(b"some text\x00\x00\x01\x02 more")
    return [path], "binary file"


def empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text(" \n\t\n")
    return [path], "empty article"


def undecodable(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Council minutes \x81\x8d\x8f\x90 were lost.")
    return [path], "undecodable byte sequence"


def malformed_json_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "broken because it never closes}\n')
    return [path], "malformed JSON"


def oversize(tmp_path):
    path = tmp_path / "big.html"
    path.write_text("<html><body>" + "<p>Filler paragraph.</p>" * 100 + "</body></html>")
    return [path, "--max-bytes", "1000"], "over the 1 KB limit"


def missing(tmp_path):
    return [tmp_path / "not-there.html"], "no such file or directory"


def dangling_symlink(tmp_path):
    path = tmp_path / "moved.txt"
    path.symlink_to(tmp_path / "gone.txt")
    return [path], "broken symbolic link"


def named_pipe(tmp_path):
    path = tmp_path / "feed.txt"
    os.mkfifo(path)
    return [path], "not a regular file"


CASES = [png, nul_bytes, empty, undecodable, malformed_json_line, oversize, missing, dangling_symlink,
         named_pipe]


@pytest.mark.parametrize("bad_input", CASES, ids=[c.__name__ for c in CASES])
def test_a_bad_input_is_reported_and_the_good_article_goes_in(tmp_path, bad_input):
    good = tmp_path / "good.txt"
    good.write_text(f"---\ntitle: Good\ndate: 2024-05-01\n---\n“{GOOD_QUOTE},” the harbour master said.\n")
    args, reason = bad_input(tmp_path)
    db_path = tmp_path / "quotes.db"

    result = CliRunner().invoke(cli, ["ingest", str(db_path), *map(str, args), str(good), "--workers", "1"])

    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and str(args[0]) in errors[0] and reason in errors[0], result.stderr
    assert "1 failed" in result.stderr.splitlines()[-1]
    db = sqlite_utils.Database(db_path)
    assert [row["title"] for row in db["articles"].rows] == ["Good"]
    assert any(GOOD_QUOTE in row["text"] for row in db["quotes"].rows)


def test_the_good_lines_of_a_dump_with_a_malformed_line_go_in(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([
        json.dumps({"id": "a", "text": "“First line stays,” she said."}),
        '{"id": "b", "text": "broken',
        json.dumps({"id": "c", "text": "“Third line stays,” he said."}),
    ]) + "\n")
    db_path = tmp_path / "quotes.db"

    result = CliRunner().invoke(cli, ["ingest", str(db_path), str(dump), "--workers", "1"])

    assert result.exit_code == 1
    assert f"Error: {dump}:2: malformed JSON" in result.stderr
    texts = {row["text"] for row in sqlite_utils.Database(db_path)["quotes"].rows}
    assert {"First line stays,", "Third line stays,"} <= texts
