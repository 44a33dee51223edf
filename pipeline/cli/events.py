"""``pardonwatch events``: list decrees with their sources, correct the clustering.

Reading commands use the analysts' published copy (``--live``, or no copy
published yet, reads the working database read-only); ``merge`` and
``split`` write to the working database and publish a new copy at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import click
from rich.table import Table

from pipeline.cli.output import console, emit, format_option, to_json
from pipeline.events import normalise
from pipeline.events.corrections import CorrectionError, merge_events, split_event
from pipeline.models import Claim, Decree, Event
from pipeline.settings import Settings
from pipeline.store import Store, StoreError
from pipeline.store.events import load_events, recent_event_ids, resolve_ids
from pipeline.store.publish import open_published, publish

__all__ = ["events_group"]

_LIVE_HELP = "Read the working database (read-only) instead of the published copy."


def _reader(settings: Settings, live: bool) -> Store:
    path = settings.db if live or not settings.published_db.exists() else settings.published_db
    try:
        return open_published(path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _day(value: date | None) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if value else "-"


def _figure(claim: Claim) -> str:
    """The claim's figure as written: words as the source wrote them, numbers
    with thousands separators."""
    if claim.count_magnitude is not None and claim.count_text:
        return claim.count_text
    decree = Decree(
        count=claim.count,
        count_text=claim.count_text,
        count_low=claim.count_low,
        count_high=claim.count_high,
        count_magnitude=claim.count_magnitude,
    )
    return normalise.count_label(decree) or "-"


def _event_figure(e: Event) -> str | None:
    if e.count is not None:
        return f"{e.count:,}"
    if e.count_low is not None and e.count_high is not None and e.count_low != e.count_high:
        return f"{e.count_low:,}-{e.count_high:,}"
    number = e.count_low if e.count_low is not None else e.count_high
    if number is not None:
        return f"{number:,}"
    return normalise.magnitude_words(e.count_magnitude)


def event_row(e: Event) -> dict[str, Any]:
    """One decree as a flat row (the JSON and CSV form of ``events``)."""
    return {
        "event_id": e.event_id,
        "decree_date": e.announced_on or e.announced_to,
        "country": e.country,
        "country_code": e.country_code,
        "issuer": e.issuer,
        "occasion": e.occasion,
        "figure": _event_figure(e),
        "count": e.count,
        "count_low": e.count_low,
        "count_high": e.count_high,
        "count_magnitude": e.count_magnitude,
        "claim_spread": e.spread,
        "sources": e.sources,
        "independent_sources": e.independent_sources,
        "outlets": sorted({c.outlet for c in e.claims if c.outlet}),
        "urls": [c.article_url for c in e.claims],
        "confidence": e.confidence,
        "first_seen": e.first_seen,
        "last_updated": e.last_updated,
    }


def claim_row(c: Claim) -> dict[str, Any]:
    """One source's claim as a flat row (``events show`` in JSON and CSV)."""
    return {
        "event_id": c.event_id,
        "article_id": c.article_id,
        "decree_index": c.decree_index,
        "kind": c.kind,
        "outlet": c.outlet,
        "title": c.title,
        "url": c.article_url,
        "published": c.published,
        "language": c.language,
        "figure": _figure(c),
        "count": c.count,
        "count_low": c.count_low,
        "count_high": c.count_high,
        "count_magnitude": c.count_magnitude,
        "announced_on": c.announced_on,
        "occasion": c.occasion,
        "evidence": list(c.evidence),
        "confidence": c.confidence,
    }


def _print_events(rows: Sequence[dict[str, Any]], events: list[Event]) -> None:
    if not events:
        click.echo("(no decrees)")
        return
    table = Table(show_lines=True)
    for column in ("event", "date", "country", "issuer", "occasion", "claims", "sources"):
        table.add_column(column, overflow="fold")
    for e in events:
        outlets = sorted({c.outlet or c.article_url for c in e.claims})
        table.add_row(
            e.event_id,
            _day(e.announced_on or e.announced_to),
            e.country or "-",
            e.issuer or "-",
            e.occasion or "-",
            e.spread or "-",
            f"{e.sources} ({e.independent_sources} independent): " + ", ".join(outlets),
        )
    console().print(table)


def _list(settings: Settings, limit: int, country: str | None, live: bool, fmt: str) -> None:
    with _reader(settings, live) as store:
        events = load_events(store, recent_event_ids(store, limit=limit, country=country))
    emit([event_row(e) for e in events], fmt, table=lambda rows: _print_events(rows, events))


def _writer(settings: Settings) -> Store:
    try:
        return Store.open(settings.db, create=False)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


_limit = click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Most decrees to show.",
)
_country = click.option("--country", help="Only this country (ISO code or name).")
_live = click.option("--live", is_flag=True, help=_LIVE_HELP)


@click.group("events", invoke_without_command=True)
@_limit
@_country
@_live
@format_option
@click.pass_context
def events_group(ctx: click.Context, limit: int, country: str | None, live: bool, fmt: str) -> None:
    """Decrees (events): without a subcommand, list the recent ones with their
    sources and the range of figures claimed."""
    if ctx.invoked_subcommand is None:
        _list(ctx.obj, limit, country, live, fmt)


@events_group.command("unplaced")
@_limit
@_live
@click.pass_obj
def unplaced_command(settings: Settings, limit: int, live: bool) -> None:
    """Announcements with no country or no date: never grouped with other reports.

    Each stays an event of its own (with its syndicated copies) for review;
    merge it into the right decree with `pardonwatch events merge`.
    """
    with _reader(settings, live) as store:
        rows = store.rows("events_unplaced", {"limit": limit})
    if not rows:
        click.echo("no unplaced announcements")
        return
    table = Table("event", "reason", "country", "issuer", "count", "published", "url")
    for r in rows:
        table.add_row(
            r["event_id"],
            r["reason"],
            r["country"] or "-",
            r["issuer"] or "-",
            "-" if r["count"] is None else f"{r['count']:,}",
            _day(r["published"]),
            r["url"],
        )
    console().print(table)


@events_group.command("list")
@_limit
@_country
@_live
@format_option
@click.pass_obj
def list_command(settings: Settings, limit: int, country: str | None, live: bool, fmt: str) -> None:
    """List the most recent decrees (by decree date) with their sources and claims."""
    _list(settings, limit, country, live, fmt)


@events_group.command("show")
@click.argument("event_id")
@_live
@format_option
@click.pass_obj
def show_command(settings: Settings, event_id: str, live: bool, fmt: str) -> None:
    """Show one decree and every source's claim about it.

    --format json prints the decree with a "claims" list; --format csv prints
    one row per claim.
    """
    with _reader(settings, live) as store:
        current = resolve_ids(store, [event_id]).get(event_id)
        found = load_events(store, [current]) if current else []
    if not found:
        raise click.ClickException(f"no event with ID {event_id}")
    if current != event_id:
        click.echo(f"{event_id} was merged into {current}")
    e = found[0]
    if fmt == "json":
        click.echo(to_json(event_row(e) | {"claims": [claim_row(c) for c in e.claims]}))
        return
    if fmt == "csv":
        emit([claim_row(c) for c in e.claims], "csv")
        return
    fields = {
        "event": e.event_id,
        "country": f"{e.country or '-'} ({e.country_code or '-'})",
        "issuer": e.issuer or "-",
        "announced on": f"{_day(e.announced_on)} (sources allow {_day(e.announced_from)}"
        f" to {_day(e.announced_to)})",
        "occasion": f"{e.occasion or '-'}" + (f" ({e.occasion_text})" if e.occasion_text else ""),
        "count": f"{_event_figure(e) or '-'}" + _bounds(e),
        "claims": e.spread or "-",
        "conditions": "; ".join(e.conditions) or "-",
        "exclusions": "; ".join(e.exclusions) or "-",
        "sources": f"{e.sources} ({e.independent_sources} independent)",
        "confidence": f"{e.confidence:.2f}",
        "first seen": _day(e.first_seen),
        "last updated": _day(e.last_updated),
    }
    for key, value in fields.items():
        click.echo(f"{key:>13}: {value}")
    table = Table(title="claims", show_lines=True)
    for column in ("published", "outlet", "kind", "figure", "date", "occasion", "evidence", "url"):
        table.add_column(column, overflow="fold")
    for c in e.claims:
        table.add_row(
            _day(c.published),
            c.outlet or "-",
            c.kind,
            _figure(c),
            _day(c.announced_on),
            c.occasion or "-",
            c.evidence[0] if c.evidence else "-",
            c.article_url,
        )
    console().print(table)


def _bounds(e: Event) -> str:
    if e.count is None or e.count_low is None or e.count_high is None:
        return ""
    if e.count_low == e.count_high == e.count:
        return ""
    return f" (lowest {e.count_low:,}, highest {e.count_high:,})"


@events_group.command("merge")
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@click.pass_obj
def merge_command(settings: Settings, keep: str, others: tuple[str, ...]) -> None:
    """Merge the events OTHERS into KEEP, which keeps its ID.

    The correction is stored and applied again after every run and rebuild.
    """
    with _writer(settings) as store:
        try:
            merge_events(store, keep, others, now=datetime.now(UTC))
        except CorrectionError as exc:
            raise click.ClickException(str(exc)) from exc
        publish(store, settings.published_db)
    click.echo(f"merged {', '.join(others)} into {keep}")


@events_group.command("split")
@click.argument("event_id")
@click.argument("article_urls", nargs=-1, required=True)
@click.pass_obj
def split_command(settings: Settings, event_id: str, article_urls: tuple[str, ...]) -> None:
    """Move the claims of the articles at ARTICLE_URLS out of EVENT_ID into a new event.

    The correction is stored and applied again after every run and rebuild.
    """
    with _writer(settings) as store:
        try:
            new_id, _ = split_event(store, event_id, article_urls, now=datetime.now(UTC))
        except CorrectionError as exc:
            raise click.ClickException(str(exc)) from exc
        publish(store, settings.published_db)
    click.echo(f"split {len(article_urls)} article(s) off {event_id} into {new_id}")
