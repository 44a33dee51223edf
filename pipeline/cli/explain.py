"""``pardonwatch explain`` and ``pardonwatch rules``: why a text was or was
not taken as a decree, and the catalogue of rule ids behind the answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import click

from pipeline.cli.output import emit, to_json
from pipeline.settings import Settings

__all__ = ["explain_command", "rules_command"]


@dataclass(frozen=True, slots=True)
class _Source:
    text: str
    title: str | None = None
    published: date | datetime | None = None
    lang: str | None = None
    where: str = ""


def _stored(settings: Settings, url: str) -> _Source | None:
    """The stored article at ``url`` (canonical or as linked), if any."""
    from pipeline.store import Store, StoreError
    from pipeline.urls import canonical_url

    if not settings.db.exists():
        return None
    try:
        with Store.open(settings.db, read_only=True, lock_timeout=5.0) as store:
            rows = store.rows("articles_by_url", {"urls": sorted({url, canonical_url(url)})})
    except StoreError:
        return None
    if not rows:
        return None
    row = rows[0]
    return _Source(row["text"], row["title"], row["published"], row["language"], "stored article")


def _fetched(settings: Settings, url: str) -> _Source:
    from pipeline.extract import NotAnArticle, extract_page
    from pipeline.http import HttpClient

    with HttpClient(settings) as client:
        result = client.get(url, max_bytes=settings.max_page_bytes)
    if not result.ok:
        raise click.ClickException(f"{url}: {result.error or f'HTTP {result.status}'}")
    try:
        page = extract_page(result.body, url=result.final_url, min_chars=settings.min_text_chars)
    except NotAnArticle as exc:
        raise click.ClickException(f"{url}: {exc}") from exc
    return _Source(page.text, page.title, page.published, page.language, "fetched page")


def _from_file(path: Path) -> _Source:
    raw = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm"):
        from pipeline.extract import NotAnArticle, extract_page

        try:
            page = extract_page(raw, url=path.resolve().as_uri(), min_chars=0)
        except NotAnArticle as exc:
            raise click.ClickException(f"{path}: {exc}") from exc
        return _Source(page.text, page.title, page.published, page.language, "HTML file")
    return _Source(raw.decode("utf-8", errors="replace"), where="text file")


@click.command("explain")
@click.argument("target")
@click.option("--lang", default=None, help="Language of the text (ISO 639-1), if known.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (resolves 'on Monday'); default: the page's own.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Readable lines, or JSON.",
)
@click.pass_obj
def explain_command(
    settings: Settings, target: str, lang: str | None, published: datetime | None, fmt: str
) -> None:
    """Say why TARGET (a text or HTML file, or a URL) was or was not taken as
    a decree: the deciding sentences and the rule ids, in words.

    A URL already stored is read from the database (no network); any other
    URL is fetched with the pipeline's own client and extracted first.
    """
    from pipeline.detect.explain import explain
    from pipeline.urls import is_http_url

    if is_http_url(target):
        source = _stored(settings, target) or _fetched(settings, target)
    else:
        path = Path(target)
        if not path.is_file():
            raise click.UsageError(f"{target}: not a file, and not an http(s) URL")
        source = _from_file(path)
    result = explain(
        source.text,
        title=source.title,
        published=published.date() if published else source.published,
        lang=lang or source.lang,
    )
    if fmt == "json":
        click.echo(to_json({"target": target, "read_from": source.where, **result.to_dict()}))
        return
    click.echo(f"{target} ({source.where})")
    for line in result.lines():
        click.echo(line)


@click.command("rules")
@click.option("--lang", default=None, help="Only the rules of this language (en, fa, ar...).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "markdown"]),
    default="table",
    show_default=True,
    help="markdown writes the page docs/rules.md is made of.",
)
def rules_command(lang: str | None, fmt: str) -> None:
    """List every detector rule id with its language, table, kind and meaning
    (generated from the rule tables)."""
    from pipeline.detect.catalogue import catalogue, markdown

    if fmt == "markdown":
        click.echo(markdown(), nl=False)
        return
    rules = [r.to_dict() for r in catalogue() if lang is None or r.lang == lang]
    if lang is not None and not rules:
        raise click.UsageError(f"no rules for language {lang!r}")
    emit(rules, fmt, title=f"{len(rules)} rules")
