"""``pardonwatch sql``: run an analyst's query against the published copy.

The published copy (PARDONWATCH_PUBLISHED_DB) is opened read-only, so a
query never blocks the pipeline; ``--live`` reads the working database
read-only instead (it waits while the pipeline is writing).  Either way the
connection is locked down (:mod:`pipeline.store.analysts`): no other file,
database, extension or setting is within reach.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click
import duckdb
from rich.table import Table

from pipeline.cli.output import console, plain, readable
from pipeline.settings import Settings
from pipeline.store import StoreError
from pipeline.store.analysts import open_for_analysts, query_table

__all__ = ["sql_command"]


def _cell(value: Any) -> str:
    return plain(value)  # lists as "a; b", not Python's repr


def _print(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    elif fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        click.echo(json.dumps(records, default=str, ensure_ascii=False, indent=2))
    else:
        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(readable(v) if v is not None else "" for v in row))
        console().print(table)
        click.echo(f"({len(rows)} rows)")


@click.command("sql")
@click.argument("query", required=False)
@click.option(
    "-f",
    "--file",
    "file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the query from this file (e.g. sql/queries/largest_decrees.sql).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output as a table, CSV or JSON.",
)
@click.option("--live", is_flag=True, help="Read the working database (read-only) instead.")
@click.pass_obj
def sql_command(
    settings: Settings, query: str | None, file: Path | None, fmt: str, live: bool
) -> None:
    """Run QUERY (or the query in --file) against the analysts' published copy.

    Views: v_decrees, v_claims, v_event_articles, v_decrees_by_month,
    v_feed_health (see sql/README.md).

    \b
    The query can only read the database it opened. Refused, with a clear
    message ("query refused: ..."):
      - writing data: INSERT, UPDATE, DELETE, CREATE, DROP (read-only file)
      - other files: COPY ... TO/FROM, EXPORT DATABASE, read_csv, read_text,
        read_parquet, read_blob, glob
      - other databases: ATTACH
      - extensions: INSTALL, LOAD
      - settings: SET, RESET, PRAGMA that change the configuration
    Why: a saved query shared between analysts must not be able to read
    private files, overwrite a database or switch these limits back off.
    To save results, use --format csv or json and redirect the output.
    """
    if query is None and file is None:
        raise click.UsageError(
            'give a query, e.g. pardonwatch sql "select * from v_decrees limit 5",'
            " or a file with -f sql/queries/recent_decrees.sql (views: see sql/README.md)"
        )
    if query is not None and file is not None:
        raise click.UsageError("give either a QUERY or --file, not both")
    text = file.read_text(encoding="utf-8") if file else str(query)
    statements = _split(text)
    if len(statements) > 1 and fmt != "table":
        raise click.UsageError(
            f"{len(statements)} statements given, and --format {fmt} prints one result:"
            " run them one at a time, or use --format table to print every result"
        )
    path = settings.db if live else settings.published_db
    try:
        with open_for_analysts(path) as store:
            for number, statement in enumerate(statements, start=1):
                columns, rows = query_table(store, statement)
                if len(statements) > 1:
                    head = " ".join(statement.split())[:100]
                    click.echo(f"-- statement {number} of {len(statements)}: {head}")
                _print(columns, rows, fmt)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _split(text: str) -> list[str]:
    """The statements of ``text`` (DuckDB's own parser splits them)."""
    try:
        statements = [s.query for s in duckdb.extract_statements(text)]
    except duckdb.Error as exc:
        raise click.ClickException(f"query failed: {exc}") from exc
    if not statements:
        raise click.UsageError("the query is empty: give at least one SQL statement")
    return statements
