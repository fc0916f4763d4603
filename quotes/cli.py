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


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting quotes (default: number of CPUs)")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Articles saved per transaction")
@input_options
def ingest(db_path, paths, workers, batch_size, **options):
    """Extract the quotes of each article and save them into a SQLite database

    Takes files, folders (recursively) and - for stdin. Running it again adds
    only new or changed articles, and completes a run that was interrupted.

    \b
    Example:
        quotes ingest quotes.db seeds/
    """
    import sqlite_utils

    from .ingest import default_workers, ingest as run_ingest

    def report(error):
        click.echo(f"Error: {error}", err=True)

    items = _read(paths, **options)
    db = sqlite_utils.Database(db_path)
    try:
        if sys.stderr.isatty():
            counts = {"line": ""}
            with click.progressbar(items, label="Ingesting", file=sys.stderr, show_pos=True,
                                   item_show_func=lambda _: counts["line"]) as bar:
                summary = run_ingest(db, bar, workers=workers or default_workers(),
                                     batch_size=batch_size, on_error=report,
                                     on_progress=lambda s: counts.update(line=str(s)))
        else:
            summary = run_ingest(db, items, workers=workers or default_workers(),
                                 batch_size=batch_size, on_error=report)
    finally:
        db.close()
    click.echo(str(summary), err=True)
    if summary.failed:
        sys.exit(1)
