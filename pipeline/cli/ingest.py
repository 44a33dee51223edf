"""Commands that move articles in: run, import, reprocess; and runs."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline import tasks
from pipeline.cli.output import (
    all_failed_line,
    emit,
    every_feed_failed,
    format_option,
    print_summary,
    progress_bar,
)
from pipeline.feeds import FeedFileError
from pipeline.ingest import ImportLineError
from pipeline.settings import Settings
from pipeline.store import Store, StoreError
from pipeline.store.runs import get_run, recent_runs

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


_RUN_COLUMNS = (
    "run_id",
    "kind",
    "started_at",
    "finished_at",
    "feeds_polled",
    "feeds_failed",
    "pages_fetched",
    "new_articles",
    "detections",
    "announcements",
    "events_new",
    "events_updated",
    "alerts_sent",
    "alerts_failed",
)


def _runs_store(settings: Settings) -> Store:
    if not settings.db.exists():
        raise click.ClickException(
            f"no database at {settings.db}: run `pardonwatch run` first (or check --db)"
        )
    try:
        return Store.open(settings.db, read_only=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("runs", invoke_without_command=True)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many runs to show.",
)
@format_option
@click.pass_context
def runs_command(ctx: click.Context, limit: int, fmt: str) -> None:
    """Show the latest runs with their counts (alerts sent included) and how
    many errors each had; `pardonwatch runs show RUN_ID` lists the errors."""
    if ctx.invoked_subcommand is not None:
        return
    with _runs_store(ctx.obj) as store:
        rows = recent_runs(store, limit)
    if fmt == "table":
        shown = [
            {k: r[k] for k in ("run_id", "kind", "started_at", "feeds_polled", "new_articles")}
            | {k: r[k] for k in ("announcements", "events_new", "alerts_sent", "alerts_failed")}
            | {"errors": len(r["errors"] or [])}
            for r in rows
        ]
        emit(shown, fmt)
        return
    emit([{k: r[k] for k in _RUN_COLUMNS} | {"errors": r["errors"] or []} for r in rows], fmt)


@runs_command.command("show")
@click.argument("run_id")
@format_option
@click.pass_obj
def run_show_command(settings: Settings, run_id: str, fmt: str) -> None:
    """Show one run's counts and every error it recorded."""
    with _runs_store(settings) as store:
        row = get_run(store, run_id)
    if row is None:
        raise click.ClickException(f"no run with ID {run_id} (see `pardonwatch runs`)")
    errors = list(row["errors"] or [])
    if fmt != "table":
        emit([{k: row[k] for k in _RUN_COLUMNS} | {"errors": errors}], fmt)
        return
    for key in _RUN_COLUMNS:
        value = row[key]
        shown = f"{value:,}" if isinstance(value, int) else (value if value is not None else "-")
        click.echo(f"{key:>15}: {shown}")
    click.echo(f"{'errors':>15}: {len(errors)}")
    for error in errors:
        click.echo(f"  - {error}")
