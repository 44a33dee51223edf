"""``pardonwatch alerts``: preview, send and inspect email alerts.

A thin wrapper over :mod:`pipeline.alerts`; the lead registers
``alerts_group`` on the main command, whose context object is the
:class:`~pipeline.settings.Settings`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from pipeline.alerts import AlertOutcome, SubscribersError, preview_message, run_alerts, run_digest
from pipeline.cli.output import emit, format_option
from pipeline.settings import Settings
from pipeline.store import Store, StoreError
from pipeline.store import alerts as ledger

__all__ = ["alerts_group"]


@click.group("alerts")
def alerts_group() -> None:
    """Email alerts about new and changed decrees."""


@alerts_group.command("preview")
@click.argument("event_id")
@click.option(
    "--to",
    "target",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the rendering to this file instead of the terminal.",
)
@click.option("--html", "as_html", is_flag=True, help="Render the HTML part, not the text part.")
@click.pass_obj
def preview(settings: Settings, event_id: str, target: Path | None, as_html: bool) -> None:
    """Render the new-decree email for EVENT_ID without sending or storing it."""
    from pipeline.store.events import load_events

    with _open(settings, read_only=True) as store:
        events = load_events(store, [event_id])
    if not events:
        raise click.ClickException(f"no event with id {event_id!r} in {settings.db}")
    msg = preview_message(events[0], sender=settings.smtp_from, now=datetime.now(UTC))
    part = msg.get_body(preferencelist=("html",) if as_html else ("plain",))
    body = part.get_content() if part is not None else ""
    if as_html:
        rendered = body
    else:
        headers = "".join(f"{k}: {msg[k]}\n" for k in ("From", "To", "Subject", "Message-ID"))
        rendered = f"{headers}\n{body}"
    if target is None:
        click.echo(rendered, nl=False)
    else:
        target.write_text(rendered, encoding="utf-8")
        click.echo(f"wrote {target}")


@alerts_group.command("send")
@click.pass_obj
def send(settings: Settings) -> None:
    """Enqueue alerts for new and changed decrees, then send every pending alert."""
    with _open(settings) as store:
        outcome = _guard(lambda: run_alerts(store, settings, now=datetime.now(UTC)))
    _report(outcome, settings)


@alerts_group.command("digest")
@click.option(
    "--day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Day to summarise (default: yesterday, UTC).",
)
@click.pass_obj
def digest(settings: Settings, day: datetime | None) -> None:
    """Enqueue and send the daily digest of DAY (once per subscriber and day)."""
    now = datetime.now(UTC)
    chosen: date = day.date() if day else (now - timedelta(days=1)).date()
    with _open(settings) as store:
        outcome = _guard(lambda: run_digest(store, settings, day=chosen, now=now))
    _report(outcome, settings)


@alerts_group.command("list")
@click.option(
    "--status",
    type=click.Choice(["pending", "sending", "sent", "failed"]),
    help="Only alerts in this state.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=100, show_default=True, help="Most rows shown."
)
@format_option
@click.pass_obj
def list_(settings: Settings, status: str | None, limit: int, fmt: str) -> None:
    """Show the alert ledger: event, version, recipient, status, attempts, error, sent_at."""
    with _open(settings, read_only=True) as store:
        rows = ledger.list_alerts(store, status=status, limit=limit)
    if fmt != "table":
        emit([dict(row) for row in rows], fmt)
        return
    table = Table(
        "event", "version", "kind", "recipient", "status", "attempts", "last error", "sent_at"
    )
    for row in rows:
        table.add_row(
            row["event_id"],
            str(row["version"]),
            row["kind"],
            row["recipient"],
            row["status"],
            str(row["attempts"]),
            (row["last_error"] or "")[:80],
            row["sent_at"].isoformat(timespec="seconds") if row["sent_at"] else "",
        )
    Console().print(table)


def _open(settings: Settings, *, read_only: bool = False) -> Store:
    """The working database, which must exist: a mistyped --db creates nothing."""
    try:
        return Store.open(settings.db, read_only=read_only, create=False)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _guard(action: Callable[[], AlertOutcome]) -> AlertOutcome:
    try:
        return action()
    except SubscribersError as exc:
        raise click.ClickException(str(exc)) from exc


def _report(outcome: AlertOutcome, settings: Settings) -> None:
    click.echo(
        f"planned {outcome.planned}, sent {outcome.sent}, failed {outcome.failed},"
        f" pending {outcome.pending}"
    )
    if outcome.outbox:
        click.echo(f"wrote {len(outcome.outbox)} email(s) to {settings.outbox_dir}")
    for error in outcome.errors:
        click.echo(f"error: {error}", err=True)
