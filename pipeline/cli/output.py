"""Shared terminal output: progress bars, run summaries and rows.

Every command that prints rows takes ``--format table|json|csv``
(:data:`format_option`) and prints through :func:`emit`: JSON keeps every
value whole (IDs and URLs never cut, lists as lists, times in ISO 8601), CSV
writes list columns as plain text joined by "; ", and the table is for eyes.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click

from pipeline.models import RunSummary

# rich is loaded when a table or a progress bar is drawn: `run` and `import`
# print their summaries with click alone
if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import TaskID

__all__ = [
    "FORMATS",
    "all_failed_line",
    "console",
    "emit",
    "every_feed_failed",
    "format_option",
    "plain",
    "print_rows",
    "print_summary",
    "progress_bar",
    "readable",
    "to_json",
]

FORMATS = ("table", "json", "csv")
F = TypeVar("F", bound=Callable[..., Any])


def format_option(command: F) -> F:
    """``--format table|json|csv`` for a command that prints rows."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="table for reading; json or csv for scripts (nothing cut or wrapped).",
    )(command)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


def to_json(value: Any) -> str:
    """``value`` as JSON text: UTF-8 as written, ISO times, lists as lists."""
    return json.dumps(value, default=_json_value, ensure_ascii=False, indent=2)


def plain(value: Any) -> str:
    """One cell as plain text: lists joined by "; ", times in ISO 8601, None empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(plain(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    *,
    title: str | None = None,
    table: Callable[[Sequence[dict[str, Any]]], None] | None = None,
) -> None:
    """Print ``rows`` as JSON, CSV or a table (``table`` draws a custom one)."""
    if fmt == "json":
        click.echo(to_json(list(rows)))
    elif fmt == "csv":
        out = csv.writer(sys.stdout, lineterminator="\n")
        columns = list(rows[0]) if rows else []
        out.writerow(columns)
        for row in rows:
            out.writerow([plain(row.get(c)) for c in columns])
    elif table is not None:
        table(rows)
    else:
        print_rows(list(rows), title=title)


def console() -> Console:
    """A console for tables on standard output."""
    from rich.console import Console

    return Console(highlight=False)


@contextmanager
def progress_bar() -> Iterator[Any]:
    """A callback ``(stage, done, total)`` drawing bars on a terminal, or None."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    bars = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield update


def every_feed_failed(summary: RunSummary) -> bool:
    """True when feeds were polled and not one of them answered."""
    return summary.feeds_polled > 0 and summary.feeds_failed >= summary.feeds_polled


def _reason(error: str) -> str:
    """A feed error without its URLs, so that the same failure reads the same everywhere."""
    text = re.sub(r"^feed\s+", "", error)
    text = re.sub(r"'?https?://[^\s']*'?:?\s*", "", text)
    return " ".join(text.split()) or error


def all_failed_line(summary: RunSummary) -> str:
    """One line for a run in which every feed failed, with the commonest reason."""
    reasons = Counter(_reason(e) for e in summary.errors if e.startswith("feed "))
    line = f"every feed failed ({summary.feeds_failed} of {summary.feeds_polled})"
    if reasons:
        reason, count = reasons.most_common(1)[0]
        line += f", most often: {reason} ({count} feeds)"
    return line + "; details: pardonwatch feeds list"


def print_summary(
    summary: RunSummary, extra: dict[str, Any] | None = None, *, feed_errors: bool = True
) -> None:
    """Print a run's counts and errors (``feed_errors=False`` leaves out the per-feed ones)."""
    s = summary
    lines = [
        f"run {s.run_id}",
        f"  feeds: {s.feeds_polled} polled, {s.feeds_not_modified} not modified,"
        f" {s.feeds_failed} failed",
        f"  pages: {s.pages_fetched} fetched, {s.pages_failed} failed",
        f"  articles: {s.new_articles} new, {s.duplicate_articles} already known",
        f"  detections: {s.detections} ({s.announcements} pardon announcements)",
        f"  events: {s.events_new} new, {s.events_updated} updated",
        f"  alerts: {s.alerts_sent} sent, {s.alerts_failed} failed",
    ]
    for line in lines:
        click.echo(line)
    if extra and extra.get("resumed"):
        click.echo(f"  resumed interrupted runs: {', '.join(extra['resumed'])}")
    if extra and extra.get("published"):
        click.echo(f"  analysts' copy: {extra['published']}")
    errors = [e for e in s.errors if feed_errors or not e.startswith("feed ")]
    if errors:
        click.echo(f"  errors ({len(errors)}):")
        for error in errors:
            click.echo(f"    - {error}")


def print_rows(rows: list[dict[str, Any]], *, title: str | None = None) -> None:
    if not rows:
        click.echo("(no rows)")
        return
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in rows[0]:
        table.add_column(str(column), overflow="fold")
    for row in rows:
        table.add_row(*(readable(v) for v in row.values()))
    console().print(table)


def readable(value: Any) -> str:
    """One cell for eyes: whole numbers of five digits or more with thousands
    separators (four-digit ones, often years, as written), times to the minute."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return plain(value)
