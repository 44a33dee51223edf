"""Shared terminal output: progress bars and run summaries."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from pipeline.models import RunSummary

__all__ = ["console", "print_rows", "print_summary", "progress_bar"]

console = Console(highlight=False)


@contextmanager
def progress_bar() -> Iterator[Any]:
    """A callback ``(stage, done, total)`` drawing bars on a terminal, or None."""
    if not sys.stderr.isatty():
        yield None
        return
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


def print_summary(summary: RunSummary, extra: dict[str, Any] | None = None) -> None:
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
    if extra and extra.get("published"):
        click.echo(f"  analysts' copy: {extra['published']}")
    if s.errors:
        click.echo(f"  errors ({len(s.errors)}):")
        for error in s.errors:
            click.echo(f"    - {error}")


def print_rows(rows: list[dict[str, Any]], *, title: str | None = None) -> None:
    if not rows:
        click.echo("(no rows)")
        return
    table = Table(title=title, show_lines=False)
    for column in rows[0]:
        table.add_column(str(column), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    console.print(table)
