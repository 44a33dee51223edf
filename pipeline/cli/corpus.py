"""``pardonwatch corpus``: add to, check and restore the real-news corpus.

A thin wrapper over :mod:`pipeline.detect.corpus`; the procedure is written in
``tests/fixtures/realnews/README.md``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import click

from pipeline.detect.corpus import Corpus, CorpusError, corpus_id, split_search_excerpt

__all__ = ["corpus_group"]


def _records(stream: Any) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"<stdin>:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise click.ClickException(f"<stdin>:{number}: expected a JSON object")
        records.append(record)
    return records


@click.group("corpus")
def corpus_group() -> None:
    """Add to, check and restore the real-news corpus (labels committed, texts cached)."""


@corpus_group.command("add")
def add_command() -> None:
    """Add texts with their labels, one JSON object per stdin line (label fields + text)."""
    corpus = Corpus()
    counts: Counter[str] = Counter()
    try:
        for item_id, outcome in corpus.add(_records(sys.stdin)):
            counts[outcome] += 1
            click.echo(f"{item_id} {outcome}")
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{counts['added']} added, {counts['duplicate']} already in the corpus")


@corpus_group.command("status")
def status_command() -> None:
    """How many texts are labelled, cached, and of which kinds, languages and splits."""
    items = Corpus().load()
    cached = [i for i in items if i.text is not None]
    click.echo(f"{len(items)} labelled, {len(cached)} cached, {len(items) - len(cached)} missing")
    pos = [i for i in items if i.positive]
    events = {i.data["event_key"] for i in pos}
    per_event = Counter(i.data["event_key"] for i in pos)
    countries = {i.data["country_code"] for i in pos if i.data["country_code"]}
    kinds = Counter(i.data["negative_kind"] for i in items if not i.positive)
    langs = Counter(i.data["lang"] for i in items)
    splits = Counter(i.split for i in items)
    years = sorted({i.data["event_key"].split("-")[1] for i in pos if "-" in i.data["event_key"]})
    click.echo(
        f"decree reports {len(pos)}, decrees {len(events)}, "
        f"with 2+ reports {sum(1 for n in per_event.values() if n >= 2)}, "
        f"countries {len(countries)}, years {years[:1]}..{years[-1:]}"
    )
    click.echo(f"negatives {len(items) - len(pos)} of {len(kinds)} kinds")
    click.echo("languages " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    click.echo("splits " + ", ".join(f"{k} {v}" for k, v in sorted(splits.items())))


@corpus_group.command("missing")
def missing_command() -> None:
    """Print, as JSON Lines, each label whose text is not cached: id, url and query."""
    for label in Corpus().missing():
        row = {k: label.get(k) for k in ("id", "url", "query")}
        click.echo(json.dumps(row, ensure_ascii=False))


@corpus_group.command("put")
def put_command() -> None:
    """Restore cached texts: stdin lines of {"url" or "id", "text"}; each checked by hash."""
    corpus = Corpus()
    bad = 0
    for record in _records(sys.stdin):
        item_id = record.get("id") or corpus_id(str(record.get("url", "")))
        text = record.get("text")
        if not isinstance(text, str):
            raise click.ClickException(f"{item_id}: text is missing")
        body, _ = split_search_excerpt(text)
        try:
            ok = corpus.put(item_id, body)
        except CorpusError as exc:
            raise click.ClickException(str(exc)) from exc
        bad += not ok
        click.echo(f"{item_id} {'restored' if ok else 'hash differs: kept as .mismatch.txt'}")
    if bad:
        raise SystemExit(1)
