"""The `quotes` command line: each command parses options and makes one call."""
from __future__ import annotations

import csv
import json
import sys

import click

from . import inputs
from .engine import extract_article


def input_options(fn):
    """Options shared by every command that reads articles (extract, ingest)."""
    options = [
        click.option("--date", help="Article date (overrides the file's own)"),
        click.option("--source", help="Outlet name (overrides the file's own)"),
        click.option("--url", help="Article URL (overrides the file's own)"),
        click.option("--title", help="Article title (overrides the file's own)"),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _read(paths, date, source, url, title, **_):
    overrides = {"date": date, "source": source, "url": url, "title": title}
    return inputs.read_articles(paths or ["-"], overrides=overrides)


@click.group()
@click.version_option()
def cli():
    "Turn news articles into a searchable database of attributed quotes"


QUOTE_COLUMNS = ["article_id", "text", "start", "end", "kind", "speaker", "mention",
                 "speaker_type", "role", "cue", "date", "context", "paragraph",
                 "confidence", "rule"]


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "table"]),
              default="jsonl", show_default=True, help="Output format")
@input_options
def extract(paths, fmt, **options):
    """Print the quotes of each article

    \b
    Example:
        quotes extract seeds/ --format table
    """
    failed = 0
    rows = []
    for item in _read(paths, **options):
        if isinstance(item, inputs.InputError):
            click.echo(f"Error: {item}", err=True)
            failed += 1
            continue
        for q in extract_article(item):
            d = q.to_dict()
            if fmt == "jsonl":
                click.echo(json.dumps(d, ensure_ascii=False))
            else:
                rows.append(d)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=QUOTE_COLUMNS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "table":
        for d in rows:
            click.echo(f"{d['kind']:<8} {str(d['speaker'] or '-')[:24]:<24} {d['text'][:90]}")
    if failed:
        sys.exit(1)
