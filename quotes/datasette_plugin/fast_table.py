"""Datasette's table rows as HTML, written by Python instead of the async template loop.

Datasette 0.65 renders every cell of a table page through ``_table.html``, inside a Jinja
environment in async mode, where each ``{{ }}`` and filter call goes through an awaitable
check: for the quotes table's 20 columns x 25 rows that loop cost more server CPU than the
page's SQL (bench/bench_load.py --profile). The plugin's ``_table.html`` keeps Datasette's
header markup and hands the body to `table_body`, which writes the same elements, classes
and escaped values in one pass.
"""
from __future__ import annotations

from typing import Any, Iterable

from datasette.utils import to_css_class
from markupsafe import Markup, escape


def table_body(display_rows: Iterable[Iterable[dict[str, Any]]]) -> Markup:
    """The ``<tr>`` elements of ``_table.html`` for Datasette's display rows."""
    classes: dict[str, str] = {}
    out: list[str] = []
    for row in display_rows:
        out.append("<tr>")
        for cell in row:
            column = cell["column"]
            css = classes.get(column)
            if css is None:
                css = classes[column] = to_css_class(str(column))
            out.append(f'<td class="col-{css} type-{cell["value_type"]}">{escape(cell["value"])}</td>')
        out.append("</tr>\n")
    return Markup("".join(out))
