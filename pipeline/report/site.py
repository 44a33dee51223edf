"""Writing the report's pages: view rows -> page data -> Jinja2 templates -> files."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from pipeline.alerts.render import safe_url
from pipeline.report.chart import timeline_points, timeline_svg
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store.report import ReportRows, report_rows

# Jinja2 is loaded when a site is written: a run that finds the report
# current (nothing new, same day) never loads it
if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = ["HORIZON_DAYS", "MISSED_LOOKBACK_DAYS", "ReportError", "build_report", "write_report"]

#: the calendar shows the occasions of the coming this many days
HORIZON_DAYS = 60
#: and the customs missed in the past this many days
MISSED_LOOKBACK_DAYS = 365
#: a folder holding this file is a report this module may replace
MARKER = ".pardonwatch-report"
#: what each decree page was rendered from, so that the next build keeps the unchanged ones
PAGES_FILE = ".pardonwatch-pages.json"
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "yi"})
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


class ReportError(RuntimeError):
    """The report cannot be written where it was asked to go."""


def write_report(settings: Settings, *, today: date | None = None) -> Path:
    """Rebuild the report of the published copy in ``settings.report_dir``; return index.html."""
    from pipeline.store.publish import open_published

    with open_published(settings.published_db) as store:
        return build_report(store, settings.report_dir, today=today)


def build_report(store: Store, out: Path, *, today: date | None = None) -> Path:
    """Write the whole site for ``store`` to ``out`` (replaced as a whole); return index.html.

    ``out`` must be missing, empty, or an earlier report: any other folder is
    left alone and a ``ReportError`` names it.
    """
    today = today or datetime.now(UTC).date()
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise ReportError(f"{out}: not empty and not a PardonWatch report; choose another folder")
    built = _built_pages(out)
    keys: dict[str, str] = {}
    pages = render_pages(report_rows(store), today=today, built=built, keys=keys)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for name, text in pages.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if text is None:  # the same page as in the last build: its file is kept
                os.link(out / name, target)
            else:
                target.write_text(text, encoding="utf-8")
        (staging / PAGES_FILE).write_text(json.dumps(keys), encoding="utf-8")
        (staging / MARKER).write_text("written by pardonwatch report\n", encoding="utf-8")
        staging.chmod(0o755)
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out / "index.html"


def _built_pages(out: Path) -> dict[str, str]:
    """The decree pages of the report at ``out`` with the digest of what each
    was rendered from (empty when there is no earlier report)."""
    try:
        built = json.loads((out / PAGES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(built, dict):
        return {}
    return {k: v for k, v in built.items() if isinstance(v, str) and (out / k).is_file()}


def _templates_digest() -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for template in sorted((Path(__file__).parent / "templates").glob("*.html")):
        digest.update(template.read_bytes())
    return digest.hexdigest()


def _page_key(*parts: Any) -> str:
    """A digest of everything a page is rendered from."""
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render_pages(
    rows: ReportRows,
    *,
    today: date,
    built: Mapping[str, str] | None = None,
    keys: dict[str, str] | None = None,
) -> dict[str, str | None]:
    """Every page of the site: relative path -> HTML.

    A decree page whose digest (its decree, its claims, the day and the
    templates) is the one ``built`` gives for it is not rendered again: its
    value is ``None`` and the earlier file stands.  ``keys`` receives the
    digest of every decree page.
    """
    built = built or {}
    keys = {} if keys is None else keys
    templates = _templates_digest()
    env = _environment()
    href = {d["event_id"]: f"decrees/{page_name(d['event_id'])}" for d in rows.decrees}
    decrees = [_decree(d, href[d["event_id"]]) for d in rows.decrees]
    # the sources' rows as read; made page-ready (_claim) only for the pages rendered
    by_event: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for source in rows.sources:
        by_event[source["event_id"]].append(source)
    words = {
        event: [c["count_text"] for c in claims if c.get("count_text")]
        for event, claims in by_event.items()
    }
    chart = timeline_svg(timeline_points(rows.decrees, words, href))
    upcoming, missed = _calendar(rows.expected, href, today)
    dated = sorted(d["date"] for d in decrees if d["date"])
    common = {"today": today.isoformat(), "root": ""}
    pages: dict[str, str | None] = {
        "index.html": env.get_template("index.html").render(
            common,
            page="index",
            decrees=decrees,
            countries=sorted({d["country"] for d in decrees}),
            first_date=dated[0] if dated else None,
            last_date=dated[-1] if dated else None,
            undated=sum(1 for d in decrees if not d["date"]),
            chart=Markup(chart) if chart else None,  # Vega's SVG: its text is escaped by Vega
            upcoming=upcoming,
            horizon=HORIZON_DAYS,
        ),
        "decrees.html": env.get_template("decrees.html").render(
            common,
            page="decrees",
            decrees=decrees,
            countries=sorted({d["country"] for d in decrees}),
            years=sorted({d["year"] for d in decrees if d["year"]}, reverse=True),
            occasions=sorted({d["occasion"] for d in decrees if d["occasion"]}),
        ),
        "disagreements.html": env.get_template("disagreements.html").render(
            common,
            page="disagreements",
            rows=[{**r, "href": href.get(r["event_id"], "")} for r in rows.disagreements],
        ),
        "calendar.html": env.get_template("calendar.html").render(
            common,
            page="calendar",
            upcoming=upcoming,
            missed=missed,
            horizon=HORIZON_DAYS,
            lookback=MISSED_LOOKBACK_DAYS,
        ),
        "feeds.html": env.get_template("feeds.html").render(common, page="feeds", feeds=rows.feeds),
    }
    template = env.get_template("decree.html")
    for decree in decrees:
        sources = by_event.get(decree["event_id"], [])
        key = _page_key(templates, today, decree, sources)
        keys[decree["href"]] = key
        if built.get(decree["href"]) == key:
            pages[decree["href"]] = None
            continue
        claims = [_claim(source) for source in sources]
        pages[decree["href"]] = template.render(
            common,
            root="../",
            page="decree",
            d=decree,
            reports=[c for c in claims if c["kind"] != "implementation"],
            implementations=[c for c in claims if c["kind"] == "implementation"],
        )
    return pages


def page_name(event_id: str) -> str:
    """The file name of a decree's page (event IDs are plain, but never trust a name)."""
    return _SAFE_NAME.sub("_", event_id)[:120] + ".html"


def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _decree(row: Mapping[str, Any], href: str) -> dict[str, Any]:
    day = row.get("decree_date")
    occasion = row.get("occasion")
    low, high, count = row.get("count_low"), row.get("count_high"), row.get("count")
    figure = row.get("claim_spread") or (
        f"{count:,}" if count is not None else _range(low, high) or "not stated"
    )
    frm, to = row.get("announced_from"), row.get("announced_to")
    return {
        **row,
        "href": href,
        "date": day.isoformat() if day else "",
        "year": str(day.year) if day else "",
        "country": row.get("country") or row.get("country_code") or "Unknown",
        "occasion": occasion.replace("_", " ") if occasion else "",
        "figure": figure,
        "size": max((v for v in (count, low, high) if v is not None), default=None),
        "announced_range": f"{frm} to {to}" if frm and to and frm != to else "",
        "conditions": list(row.get("conditions") or []),
        "exclusions": list(row.get("exclusions") or []),
    }


def _range(low: int | None, high: int | None) -> str:
    if low is not None and high is not None and low != high:
        return f"{min(low, high):,}-{max(low, high):,}"
    value = low if low is not None else high
    return f"{value:,}" if value is not None else ""


def _claim(row: Mapping[str, Any]) -> dict[str, Any]:
    language = (row.get("language") or "").split("-")[0].lower()
    published = row.get("published")
    return {
        **row,
        "language": language,
        "dir": "rtl" if language in RTL_LANGUAGES else "auto",
        "link": safe_url(row.get("article_url")),
        "published": published.strftime("%Y-%m-%d %H:%M") if published else "",
        "evidence": [e for e in (row.get("evidence") or []) if e][:6],
    }


def _calendar(
    expected: Sequence[Mapping[str, Any]], href: Mapping[str, str], today: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The occasions of the coming days, and the customs missed lately (newest first)."""
    horizon = today + timedelta(days=HORIZON_DAYS)
    since = today - timedelta(days=MISSED_LOOKBACK_DAYS)
    upcoming, missed = [], []
    for row in expected:
        item = {**row, "href": href.get(row.get("event_id") or "", "")}
        day = row["occasion_date"]
        if today <= day <= horizon:
            upcoming.append(item)
        elif (
            since <= day
            and row["window_to"] < today
            and row["covered"]
            and not row["found"]
            and row["prior_found"] > 0
        ):
            missed.append(item)
    missed.reverse()
    return upcoming, missed
