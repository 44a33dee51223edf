"""``pardonwatch feeds``: the feed list (a YAML file) and its health (DuckDB)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from pipeline.cli.output import emit, format_option, print_rows
from pipeline.feeds import FeedFileError, dump_feeds_yaml, load_feeds, parse_opml
from pipeline.models import Feed, FeedState
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store import feeds as feed_store
from pipeline.urls import is_http_url

__all__ = ["feeds_group"]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _add(settings: Settings, new: list[Feed]) -> tuple[list[Feed], list[Feed]]:
    """Append ``new`` feeds to the feed file and register them; return (added, skipped)."""
    current = load_feeds(settings.feeds) if settings.feeds.exists() else []
    known = {f.url for f in current}
    added = [f for f in new if f.url not in known]
    skipped = [f for f in new if f.url in known]
    if added:
        settings.feeds.parent.mkdir(parents=True, exist_ok=True)
        tmp = settings.feeds.with_suffix(".tmp")
        tmp.write_text(dump_feeds_yaml([*current, *added]), encoding="utf-8")
        tmp.replace(settings.feeds)
        with Store.open(settings.db) as store:
            feed_store.register_feeds(store, added)
    return added, skipped


@click.group("feeds")
def feeds_group() -> None:
    """List, add and import the feeds to poll (kept in the feed file, PARDONWATCH_FEEDS)."""


@feeds_group.command("list")
@format_option
@click.pass_obj
def list_command(settings: Settings, fmt: str) -> None:
    """Show every feed with its health: last status, last success, failures, next poll."""
    try:
        feeds = load_feeds(settings.feeds)
    except FeedFileError as exc:
        raise click.ClickException(str(exc)) from exc
    with Store.open(settings.db) as store:
        states = feed_store.states_for(store, feeds)
    rows = [
        {
            "feed": s.name or s.url,
            "url": s.current_url or s.url,
            "status": "retired" if s.retired else (s.last_status or "-"),
            "last success": _when(s.last_success_at),
            "failures": s.consecutive_failures,
            "next poll": _when(s.next_poll_at) if s.next_poll_at else "now",
            "last error": (s.last_error or "")[:80],
        }
        for s in states
    ]
    if fmt != "table":
        emit([_feed_row(s) for s in states], fmt)
        return
    print_rows(rows, title=f"{len(rows)} feeds in {settings.feeds}")


def _feed_row(s: FeedState) -> dict[str, Any]:
    """One feed's state, whole (the JSON and CSV form of ``feeds list``)."""
    return {
        "url": s.url,
        "current_url": s.current_url or s.url,
        "name": s.name,
        "language": s.language,
        "tags": list(s.tags),
        "last_status": s.last_status,
        "last_polled_at": s.last_polled_at,
        "last_success_at": s.last_success_at,
        "consecutive_failures": s.consecutive_failures,
        "next_poll_at": s.next_poll_at,
        "last_error": s.last_error,
        "retired": s.retired,
    }


@feeds_group.command("add")
@click.argument("url")
@click.option("--name", help="Display name of the feed.")
@click.option("--language", help="Language code of the feed (en, fa, ar, fr, ...).")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for several.")
@click.pass_obj
def add_command(
    settings: Settings, url: str, name: str | None, language: str | None, tags: tuple[str, ...]
) -> None:
    """Add the feed at URL to the feed file."""
    if not is_http_url(url):
        raise click.BadParameter(f"not an http(s) URL: {url!r}", param_hint="URL")
    try:
        added, _ = _add(settings, [Feed(url=url, name=name, language=language, tags=tags)])
    except FeedFileError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"added {url} to {settings.feeds}" if added else f"{url} is already in {settings.feeds}"
    )


@feeds_group.command("import-opml")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def import_opml_command(settings: Settings, file: Path) -> None:
    """Add every feed of an OPML export (what feed readers export) to the feed file."""
    try:
        feeds = parse_opml(file.read_bytes(), source=str(file))
        added, skipped = _add(settings, feeds)
    except FeedFileError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{len(added)} feeds added to {settings.feeds}, {len(skipped)} already there")
