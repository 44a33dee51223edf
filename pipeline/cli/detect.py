"""``pardonwatch detect`` and ``pardonwatch eval``: thin wrappers over :mod:`pipeline.detect`."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

import click

from pipeline.detect import detect
from pipeline.detect.evaluate import DEFAULT_FIXTURES, evaluate, format_report, load_cases

__all__ = ["detect_command", "eval_command"]


def _published(value: Any, line_no: int) -> date | datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"line {line_no}: 'published' must be an ISO date string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"line {line_no}: bad 'published' value {value!r}") from exc


def _jsonl(stream: TextIO, out: TextIO) -> int:
    """Read JSON Lines, write one result line per input line; returns the error count."""
    errors = 0
    for line_no, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        record: dict[str, Any] = {}
        try:
            parsed = json.loads(line)
            if not isinstance(parsed, dict):
                raise ValueError(f"line {line_no}: expected a JSON object")
            record = parsed
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError(f"line {line_no}: 'text' must be a string")
            result = detect(
                text,
                title=record.get("title") if isinstance(record.get("title"), str) else None,
                url=record.get("url") if isinstance(record.get("url"), str) else None,
                published=_published(record.get("published"), line_no),
                lang=record.get("lang") if isinstance(record.get("lang"), str) else None,
            )
            row = {"id": record.get("id"), **result.to_dict()}
        except (ValueError, json.JSONDecodeError) as exc:
            errors += 1
            message = str(exc)
            if not message.startswith(f"line {line_no}:"):
                message = f"line {line_no}: {message}"
            row = {"id": record.get("id"), "error": message}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return errors


def _readable(name: str, text: str, published: date | None, lang: str | None) -> str:
    result = detect(text, published=published, lang=lang)
    verdict = "ANNOUNCEMENT" if result.is_pardon_announcement else "no announcement"
    lines = [f"{name}: {verdict} (confidence {result.confidence:.2f}, language {result.language})"]
    for i, decree in enumerate(result.decrees, start=1):
        fields = {k: v for k, v in decree.to_dict().items() if v not in (None, [], "")}
        evidence = fields.pop("evidence", [])
        lines.append(f"  decree {i}: " + ", ".join(f"{k}={v}" for k, v in fields.items()))
        lines.extend(f"    evidence: {e}" for e in evidence)
    if result.rules:
        lines.append("  rules: " + ", ".join(result.rules))
    return "\n".join(lines)


@click.command("detect")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--jsonl",
    is_flag=True,
    help="Read JSON Lines on stdin (id, text, optional title, url, published, lang) "
    "and write one JSON result per line, in order.",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date of the FILES (resolves 'on Monday', 'yesterday').",
)
@click.option("--lang", default=None, help="Language of the FILES (ISO 639-1), if known.")
def detect_command(
    files: tuple[Path, ...], jsonl: bool, published: datetime | None, lang: str | None
) -> None:
    """Say whether articles report a granted pardon or amnesty, with evidence and fields.

    Give text FILES for a readable verdict each, or --jsonl to process a stream.
    """
    if jsonl:
        errors = _jsonl(sys.stdin, sys.stdout)
        if errors:
            click.echo(f"{errors} input line(s) could not be read", err=True)
        return
    if not files:
        raise click.UsageError("give FILES to read, or --jsonl to read JSON Lines on stdin")
    day = published.date() if published else None
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        click.echo(_readable(str(path), text, day, lang))


@click.command("eval")
@click.option(
    "--fixtures",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help=f"Labelled cases: a YAML file or a folder of them (default {DEFAULT_FIXTURES}).",
)
@click.option(
    "--split",
    type=click.Choice(["all", "dev", "heldout"]),
    default="all",
    show_default=True,
    help="Which split of the written (synthetic) set to score.",
)
@click.option(
    "--real",
    "real_only",
    is_flag=True,
    help="Score only the real-news corpus (tests/fixtures/realnews, texts in .cache/realnews).",
)
@click.option(
    "--real-split",
    type=click.Choice(["dev", "test", "all"]),
    default="dev",
    show_default=True,
    help="Which split of the real-news corpus to score (test: the held-out fifth).",
)
@click.option(
    "--real-batch",
    "real_batches",
    multiple=True,
    metavar="NAME",
    help="Score only the real-news texts of this collection batch (repeatable): a new "
    "batch's first figure, before anyone looks at it.",
)
@click.option(
    "--grouping",
    type=click.Choice(["none", "import", "run", "both", "fields"]),
    default="none",
    show_default=True,
    help="Also score grouping of the real-news texts into decrees, through import and/or "
    "run; or, with 'fields', of every labelled text from its labelled fields (the grouping "
    "alone, as if the detector read them perfectly; needs no cached text).",
)
@click.option("--misses/--no-misses", default=True, help="List every miss after the figures.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(
    fixtures: Path | None,
    split: str,
    real_only: bool,
    real_split: str,
    real_batches: tuple[str, ...],
    grouping: str,
    misses: bool,
    as_json: bool,
) -> None:
    """Score the detector on the written set and on the cached real-news corpus.

    Exits 1 if the written set falls below its pinned floors.  The real-news
    figures are printed for whatever texts are cached; missing ones are named.
    """
    reports: dict[str, Any] = {}
    failed: list[str] = []
    if not real_only:
        cases = load_cases(fixtures)
        if not cases:
            raise click.ClickException("no labelled cases found")
        splits = sorted({c.split for c in cases}) if split == "all" else [split]
        for name in splits:
            chosen = [c for c in cases if c.split == name]
            if not chosen:
                continue
            report = evaluate(chosen)
            failed += [f"{name}: {f}" for f in report.failures()]
            reports[name] = report.as_dict()
            if not as_json:
                click.echo(format_report(report, title=f"written {name}", misses=misses))
                click.echo()
    reports.update(
        _real(real_split, grouping, misses=misses, echo=not as_json, batches=real_batches)
    )
    if as_json:
        click.echo(json.dumps(reports, ensure_ascii=False, indent=2))
    if failed:
        click.echo("below floors: " + "; ".join(failed), err=True)
        sys.exit(1)


def _real(
    split: str, grouping: str, *, misses: bool, echo: bool, batches: tuple[str, ...] = ()
) -> dict[str, Any]:
    import tempfile

    from pipeline.detect.corpus import Corpus
    from pipeline.detect.evaluate_real import real_cases

    corpus = Corpus()
    items = corpus.load()
    chosen = [
        i
        for i in items
        if (split == "all" or i.split == split) and (not batches or i.data.get("batch") in batches)
    ]
    if batches and not chosen:
        raise click.ClickException(
            f"no real-news text of batch {', '.join(batches)} in the {split} split"
        )
    cached = [i for i in chosen if i.text is not None]
    out: dict[str, Any] = {}
    where = f"{split}, batch {', '.join(batches)}" if batches else split
    note = (
        f"real-news corpus ({where}): {len(chosen)} labelled, {len(cached)} cached, "
        f"{len(chosen) - len(cached)} missing"
    )
    if len(cached) < len(chosen):
        note += f" (restore them: see {corpus.corpus_dir / 'README.md'})"
    if echo:
        click.echo(note)
    out["real_coverage"] = {"labelled": len(chosen), "cached": len(cached)}
    if grouping == "fields":
        from pipeline.realnews import group_from_labels

        _score_grouping(
            chosen,
            group_from_labels(chosen),
            "fields",
            f"from labelled fields ({split})",
            out,
            echo,
        )
    if not cached:
        return out
    report = evaluate(real_cases(cached, split="all"))
    out[f"real_{split}"] = report.as_dict()
    if echo:
        click.echo(format_report(report, title=f"real news {split}", misses=misses, floors=False))
    for way in ("import", "run") if grouping == "both" else (grouping,):
        if way in ("none", "fields"):
            continue
        from pipeline import realnews

        runner = realnews.group_via_import if way == "import" else realnews.group_via_run
        with tempfile.TemporaryDirectory(prefix="pardonwatch-eval-") as tmp:
            assigned = runner(cached, Path(tmp))
        _score_grouping(cached, assigned, way, f"through {way} ({split})", out, echo)
    return out


def _score_grouping(
    items: list[Any],
    assigned: dict[str, str | None],
    way: str,
    title: str,
    out: dict[str, Any],
    echo: bool,
) -> None:
    from pipeline.detect.evaluate_real import format_grouping, score_grouping

    scored = score_grouping(items, assigned)
    # the pairs of texts that carry their publication date, as a feed or a
    # page's markup gives it in operation (search excerpts often lack one)
    dated = score_grouping([i for i in items if i.published], assigned)
    out[f"grouping_{way}"] = scored.as_dict()
    out[f"grouping_{way}_dated"] = dated.as_dict()
    if echo:
        click.echo()
        click.echo(format_grouping(scored, title=title))
        click.echo(format_grouping(dated, title=f"{title}, dated texts only"))
