"""``pardonwatch report``: write the static site of the decrees (works offline)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from pipeline.settings import Settings
from pipeline.store import StoreError

__all__ = ["report_command"]


@click.command("report")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the site to (default: PARDONWATCH_REPORT_DIR, DATA_DIR/report).",
)
@click.option(
    "--live",
    is_flag=True,
    help="Read the working database read-only instead of the published copy.",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The date the calendar counts from (default: today, UTC).",
)
@click.pass_obj
def report_command(
    settings: Settings, out: Path | None, live: bool, today: datetime | None
) -> None:
    """Write the report: timeline, decrees table, one page per decree, disagreements,
    the expected-pardon calendar and feed health, as static HTML files.

    The site is self-contained (no external scripts, fonts or images); open
    OUT/index.html in a browser.  A run refreshes it after publishing.
    """
    from pipeline.report import ReportError, build_report
    from pipeline.store.publish import open_published

    target = out or settings.report_dir
    source = settings.db if live else settings.published_db
    day: date | None = today.date() if today else None
    try:
        with open_published(source) as store:
            index = build_report(store, target, today=day)
    except (ReportError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"report written: {index}")
