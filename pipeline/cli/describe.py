"""``pardonwatch describe``: the meaning of every view and column, from the
database's own comments."""

from __future__ import annotations

import click

from pipeline.cli.output import emit
from pipeline.settings import Settings
from pipeline.store import Store, StoreError, dictionary

__all__ = ["describe_command"]


@click.command("describe")
@click.argument("view", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "markdown"]),
    default="table",
    show_default=True,
    help="markdown prints the data dictionary of sql/README.md.",
)
@click.option("--live", is_flag=True, help="Read the working database (read-only) instead.")
@click.pass_obj
def describe_command(settings: Settings, view: str | None, fmt: str, live: bool) -> None:
    """List the analysts' views with what they hold, or VIEW's columns with
    their types and meanings (the COMMENT ON text of sql/views/).

    Without a published copy yet, the views are described from a fresh,
    empty schema.
    """
    path = settings.db if live else settings.published_db
    try:
        store = (
            Store.open(path, read_only=True, migrate=False, lock_timeout=5.0)
            if path.exists()
            else Store.open(None)
        )
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    with store:
        if fmt == "markdown":
            click.echo(dictionary.markdown(store), nl=False)
            return
        if view is None:
            emit(dictionary.views(store), fmt, title="views (pardonwatch describe VIEW)")
            return
        rows = dictionary.columns(store, view)
    if not rows:
        raise click.UsageError(f"no view {view!r}: `pardonwatch describe` lists them")
    emit(
        [{k: r[k] for k in ("column_name", "data_type", "comment")} for r in rows], fmt, title=view
    )
