"""The `quotes` command line: each command parses options and makes one call."""
from __future__ import annotations

import csv
import json
import sys

import click

from . import inputs
from .engine import extract_article
from .metadata_dates import UnparseableDate, parse_date
from .model import KINDS


def _check_date(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date(value, dayfirst=bool(ctx.params.get("dayfirst")))
    except UnparseableDate as e:
        raise click.BadParameter(str(e)) from None


def input_options(fn):
    """Options shared by every command that reads articles (extract, ingest)."""
    fields = inputs.FieldNames()
    options = [
        click.option("--dayfirst", is_flag=True, is_eager=True,
                     help="Read dates like 03/04/2022 as 3 April (default: March 4)"),
        click.option("--date", callback=_check_date, help="Article date (overrides the file's own)"),
        click.option("--source", help="Outlet name (overrides the file's own)"),
        click.option("--url", help="Article URL (overrides the file's own)"),
        click.option("--title", help="Article title (overrides the file's own)"),
        click.option("--include", multiple=True, metavar="GLOB",
                     help="In folders, read only files matching this glob (repeatable; "
                          "default: .html .htm .txt .md .json .jsonl .ndjson)"),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="In folders, skip files matching this glob (repeatable)"),
        click.option("--max-bytes", type=click.IntRange(min=1), default=inputs.DEFAULT_MAX_BYTES,
                     show_default=True, help="Largest file read whole, and largest JSON line"),
    ] + [
        click.option(f"--{name}-field", default=getattr(fields, name), show_default=True, metavar="KEY",
                     help=f"JSON/JSONL key of the {label}" + (" (a.b for nested keys)" if name == "text" else ""))
        for name, label in (("text", "article text"), ("id", "article id"), ("title", "headline"),
                            ("date", "publication date"), ("source", "outlet name"), ("url", "URL"),
                            ("byline", "byline"))
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _read(paths, *, date=None, source=None, url=None, title=None, include=(), exclude=(),
          max_bytes=inputs.DEFAULT_MAX_BYTES, dayfirst=False, **options):
    """The articles (and InputErrors) of ``paths`` (stdin when empty) as the options ask.

    Warnings (an unreadable date: the article is kept without it) go to stderr.
    """
    defaults = inputs.FieldNames()
    fields = inputs.FieldNames(**{name: options.get(f"{name}_field") or getattr(defaults, name)
                                  for name in defaults.__dataclass_fields__})
    return inputs.read_articles(
        paths or ["-"],
        fields=fields,
        overrides={"date": date, "source": source, "url": url, "title": title},
        include=include,
        exclude=exclude,
        max_bytes=max_bytes,
        dayfirst=dayfirst,
        on_warning=lambda warning: click.echo(f"Warning: {warning}", err=True),
    )


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
@click.option("--kind", "kinds", type=click.Choice(KINDS), multiple=True,
              help="Only quotes of this kind (repeatable; default: all). "
                   "--kind direct --kind partial is every passage in quotation marks")
@input_options
def extract(paths, fmt, kinds, **options):
    """Print the quotes of each article

    Takes HTML pages, text/Markdown, JSON and JSON Lines files, folders
    (recursively) and - for stdin. Files that cannot be read are reported on
    stderr and skipped; the exit status is then 1.

    \b
    Examples:
        quotes extract page.html
        quotes extract seeds/ --format table
        quotes extract dump.jsonl --text-field body --date-field published_at
        quotes extract seeds/ --kind direct --kind partial --format csv
    """
    read = failed = 0
    rows = []
    for item in _read(paths, **options):
        if isinstance(item, inputs.InputError):
            click.echo(f"Error: {item}", err=True)
            failed += 1
            continue
        read += 1
        for q in extract_article(item, kinds=kinds or None):
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
    click.echo(f"{read} article{'' if read == 1 else 's'} read, {failed} failed", err=True)
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting quotes (default: number of CPUs)")
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles saved per transaction (fewer, larger transactions load faster)")
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


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--csv", "as_csv", is_flag=True, help="CSV output (the default; same as --format csv)")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default=None,
              help="Output format  [default: csv]")
@click.option("--speaker", help="Only quotes by this speaker (canonical name, alias or a person's surname, any case)")
@click.option("--search", help='Only quotes matching these words (all must appear; "a phrase" in quotes)')
@click.option("--since", help="Only quotes on or after this ISO date (2022, 2022-03 or 2022-03-29)")
@click.option("--until", help="Only quotes on or before this ISO date (inclusive)")
@click.option("--source", help="Only quotes from this outlet (any case)")
@click.option("--kind", "kinds", type=click.Choice(KINDS), multiple=True,
              help="Only quotes of this kind (repeatable; default: all)")
@click.option("--bom", is_flag=True, help="Start the CSV with a byte-order mark so Excel reads UTF-8")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output")
def export(db_path, as_csv, fmt, speaker, search, since, until, source, kinds, bom, output):
    """Write quotes as CSV or JSON for journalists, newest first

    Columns: date, speaker, role, quote, kind, outlet, title, url, context.
    CSV cells that a spreadsheet would run as a formula get a leading apostrophe;
    the database keeps the text as written.

    \b
    Example:
        quotes export quotes.db --csv --speaker "Antony Blinken" --bom -o blinken.csv
    """
    import io
    import itertools

    import sqlite_utils

    from . import export as exporting

    if as_csv and fmt == "json":
        raise click.UsageError("--csv and --format json contradict each other")
    fmt = fmt or "csv"
    db = sqlite_utils.Database(db_path)
    if "quotes" not in db.table_names():
        raise click.ClickException(f"{db_path} has no quotes table: build it with `quotes ingest`")
    try:
        rows = exporting.export_rows(db, speaker=speaker, search=search, since=since,
                                     until=until, source=source, kinds=kinds or None)
        first = next(rows, None)  # runs the query: report a bad filter before any output
    except ValueError as error:
        raise click.BadParameter(str(error))
    rows = itertools.chain([first] if first is not None else [], rows)
    binary = open(output, "wb") if output else sys.stdout.buffer
    fp = io.TextIOWrapper(binary, encoding="utf-8", newline="")
    try:
        if fmt == "csv":
            count = exporting.write_csv(rows, fp, bom=bom)
        else:
            count = exporting.write_json(rows, fp)
        fp.flush()
    finally:
        fp.detach()
        if output:
            binary.close()
    if output:
        click.echo(f"Wrote {count} quote{'' if count == 1 else 's'} to {output}", err=True)


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("-h", "--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0 to accept outside connections)")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on")
@click.option("--allow-sql/--no-allow-sql", default=True, show_default=True,
              help="Let visitors run their own read-only SQL (the file is immutable either way)")
@click.option("-m", "--metadata", "metadata_path", type=click.Path(exists=True, dir_okay=False),
              help="Datasette metadata file  [default: the one shipped with quotes]")
@click.option("-w", "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (Datasette renders pages on one core per process)")
def serve(db_path, host, port, allow_sql, metadata_path, workers):
    """Publish a quotes database read-only with Datasette

    \b
    Example:
        quotes serve quotes.db --port 8001
    """
    from .datasette_plugin import site

    try:
        site.serve(db_path, host=host, port=port, allow_sql=allow_sql,
                   metadata_path=metadata_path, workers=workers)
    except ValueError as error:
        raise click.ClickException(str(error))
