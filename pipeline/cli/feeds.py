"""``pardonwatch feeds``: the feed list (a YAML file) and its health (DuckDB)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from pipeline.cli.output import emit, format_option, print_rows
from pipeline.feeds import (
    FeedFileError,
    add_to_feeds_yaml,
    load_feeds,
    parse_feeds_yaml,
    parse_opml,
)
from pipeline.models import Feed, FeedState
from pipeline.settings import Settings
from pipeline.store import Store, StoreError
from pipeline.store import feeds as feed_store
from pipeline.textfiles import read_text_file
from pipeline.urls import URLError, check_url

__all__ = ["feeds_group"]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _health(word: str, status: int | None) -> str:
    """The health word with the last HTTP status: ``ok (200)``, ``failing (503)``."""
    return f"{word} ({status})" if status else word


def _add(settings: Settings, new: list[Feed]) -> tuple[list[Feed], list[Feed]]:
    """Append ``new`` feeds to the feed file and register them; return (added, skipped).

    The file is edited round-trip: its comments and layout stay as they were.
    """
    path = settings.feeds
    text = read_text_file(path, "a feed list", FeedFileError) if path.exists() else None
    current = parse_feeds_yaml(text, source=str(path)) if text is not None else []
    known = {f.url for f in current}
    added: list[Feed] = []
    for feed in new:
        if feed.url not in known:
            known.add(feed.url)
            added.append(feed)
    skipped = [f for f in new if f not in added]
    if added:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(add_to_feeds_yaml(text, added, source=str(path)), encoding="utf-8")
        tmp.replace(path)
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
    known: dict[str, FeedState] = {}
    health: dict[str, str] = {}
    if settings.db.is_file():  # read-only: listing never creates a database
        try:
            with Store.open(settings.db, read_only=True) as store:
                known = {s.url: s for s in feed_store.all_states(store)}
                health = feed_store.health(store)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
    else:
        click.echo(f"no database at {settings.db} yet: no feed polled (check --db)")
    states = [known.get(f.url) or FeedState(url=f.url, name=f.name) for f in feeds]
    rows = [
        {
            "feed": s.name or s.url,
            "url": s.current_url or s.url,
            "health": _health(health.get(s.url, "never polled"), s.last_status),
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
    try:
        url = check_url(url)
    except URLError as exc:
        raise click.BadParameter(str(exc), param_hint="URL") from exc
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
    except OSError as exc:
        raise click.ClickException(f"{file}: cannot read: {exc.strerror or exc}") from exc
    except FeedFileError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{len(added)} feeds added to {settings.feeds}, {len(skipped)} already there")
