"""Commands that move articles in: run, import, reprocess; and runs."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline import tasks
from pipeline.cli.output import (
    all_failed_line,
    every_feed_failed,
    print_rows,
    print_summary,
    progress_bar,
)
from pipeline.feeds import FeedFileError
from pipeline.ingest import ImportLineError
from pipeline.settings import Settings
from pipeline.store import Store, StoreError
from pipeline.store.runs import recent_runs

__all__ = ["import_command", "reprocess_command", "run_command", "runs_command"]


@click.command("run")
@click.option("--force", is_flag=True, help="Poll every feed now, even those not yet due.")
@click.pass_obj
def run_command(settings: Settings, force: bool) -> None:
    """Run one full cycle without Airflow: poll, fetch, extract, detect, store, cluster, alert."""
    try:
        with progress_bar() as progress:
            summary, extra = tasks.run_cycle(settings=settings, force=force, progress=progress)
    except (FeedFileError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    failed_all = every_feed_failed(summary)
    print_summary(summary, extra, feed_errors=not failed_all)
    if failed_all:
        # the per-feed reasons are in `feeds list` and the runs row; here one line
        raise click.ClickException(all_failed_line(summary))


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def import_command(settings: Settings, file: Path) -> None:
    """Ingest articles from FILE (JSON Lines) without the network.

    Each line: url (required), text or html, and optionally title, published
    (date or ISO datetime), source, lang.  Bad lines are reported with their
    line number; good lines still go in.  Re-importing changes nothing.
    """
    try:
        summary, extra = tasks.import_jsonl(file, settings=settings)
    except (ImportLineError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    print_summary(summary, extra)
    if summary.errors:
        # the good lines are stored; the exit status tells scripts that some were not
        raise SystemExit(1)


@click.command("reprocess")
@click.pass_obj
def reprocess_command(settings: Settings) -> None:
    """Re-run extraction and detection over stored pages, then rebuild events (no network)."""
    try:
        with progress_bar() as progress:
            summary, extra = tasks.reprocess(settings=settings, progress=progress)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    print_summary(summary, extra)


@click.command("runs")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many runs to show.",
)
@click.pass_obj
def runs_command(settings: Settings, limit: int) -> None:
    """Show the latest runs with their counts and errors."""
    try:
        with Store.open(settings.db, read_only=True) as store:
            rows = recent_runs(store, limit)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    columns = (
        "run_id",
        "kind",
        "started_at",
        "feeds_polled",
        "new_articles",
        "events_new",
        "alerts_sent",
    )
    print_rows([{k: r[k] for k in columns} | {"errors": len(r["errors"] or [])} for r in rows])
