"""The timeline chart: a Vega-Lite spec of the decrees, rendered to inline SVG.

One point per decree at its date and figure (log scale), coloured by
country; a vague figure ("30,000-40,000", "thousands") is drawn as a vertical
rule from its lowest to its highest reading with the point at their geometric
middle; decrees that state no figure sit in a strip below, on the same time
axis.  Every point links to its decree's page and carries its details as an
``aria-label`` (the page's script shows it on hover).

Vega-Lite (through vl-convert, which bundles Vega and renders without a
browser or the network) draws the marks; nothing here computes coordinates.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

__all__ = [
    "TimelinePoint",
    "start_renderer",
    "stop_renderer",
    "timeline_points",
    "timeline_spec",
    "timeline_svg",
]

#: word figures as the ranges they allow (most specific first)
WORD_RANGES: tuple[tuple[str, int, int], ...] = (
    ("hundreds of thousands", 100_000, 999_999),
    ("tens of thousands", 10_000, 99_999),
    ("thousands", 1_000, 9_999),
    ("hundreds", 100, 999),
    ("scores", 40, 99),
    ("dozens", 24, 99),
)
# vl-convert resolves links against its own base URL; this marker lets us
# take that base off again so the links stay relative to the report
_HREF_MARK = "__pardonwatch__/"
_HREF = re.compile(r'xlink:href="[^"]*?' + re.escape(_HREF_MARK))


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One decree as the chart draws it."""

    event_id: str
    day: date
    country: str
    low: int | None
    high: int | None
    label: str
    href: str

    @property
    def point(self) -> float | None:
        """Where the point sits: the figure, or the geometric middle of a range."""
        if self.low is None or self.high is None:
            return None
        return math.sqrt(self.low * self.high)


def _figure_range(decree: Mapping[str, Any], words: Sequence[str]) -> tuple[int | None, int | None]:
    count, low, high = decree.get("count"), decree.get("count_low"), decree.get("count_high")
    low = low if low is not None else count
    high = high if high is not None else count
    if low is None and high is not None:
        low = high
    if high is None and low is not None:
        high = low
    if low is not None and high is not None and min(low, high) > 0:
        return min(low, high), max(low, high)
    for text in words:
        lowered = (text or "").lower()
        for word, word_low, word_high in WORD_RANGES:
            if word in lowered:
                return word_low, word_high
    return None, None


def timeline_points(
    decrees: Sequence[Mapping[str, Any]],
    words: Mapping[str, Sequence[str]],
    href: Mapping[str, str],
) -> list[TimelinePoint]:
    """The chart's points: every decree with a date (its own, or its first report's).

    ``words`` maps an event to its sources' figures in words, ``href`` to its page.
    """
    out = []
    for decree in decrees:
        day = decree.get("decree_date") or decree.get("first_published")
        if isinstance(day, datetime):
            day = day.date()
        if day is None:
            continue
        event_id = decree["event_id"]
        low, high = _figure_range(decree, words.get(event_id, ()))
        country = decree.get("country") or decree.get("country_code") or "Unknown"
        if low is None:
            figure = "figure not stated"
        elif low == high:
            figure = f"{low:,} people"
        else:
            figure = f"{low:,}-{high:,} people"
        occasion = (decree.get("occasion") or "").replace("_", " ")
        label = f"{day.isoformat()} {country}: {figure}" + (f" ({occasion})" if occasion else "")
        out.append(TimelinePoint(event_id, day, str(country), low, high, label, href[event_id]))
    return out


def timeline_spec(points: Sequence[TimelinePoint], *, width: int = 820) -> dict[str, Any]:
    """The Vega-Lite spec of the timeline (a strip below for decrees without a figure)."""
    rows = [
        {
            "event_id": p.event_id,
            "date": p.day.isoformat(),
            "country": p.country,
            "low": p.low,
            "high": p.high,
            "point": p.point,
            "label": p.label,
            "href": _HREF_MARK + p.href,
        }
        for p in points
    ]
    countries = sorted({p.country for p in points})
    color = {
        "field": "country",
        "type": "nominal",
        "title": "Country",
        # ten strong colours while they last; twenty (paired light shades) beyond
        "scale": {
            "domain": countries,
            "scheme": "tableau10" if len(countries) <= 10 else "tableau20",
        },
    }
    x = {
        "field": "date",
        "type": "temporal",
        "title": None,
        "scale": {"padding": 14},
        "axis": {"format": "%b %Y", "labelOverlap": True, "tickCount": 8},
    }
    figured = {"filter": "datum.point != null"}
    charts: list[dict[str, Any]] = []
    if any(p.point is not None for p in points):
        y = {
            "field": "point",
            "type": "quantitative",
            "title": "People pardoned (log scale)",
            "scale": {"type": "log"},
            "axis": {"format": "~s", "tickCount": 6},
        }
        charts.append(
            {
                "width": width,
                "height": 320,
                "transform": [figured],
                "layer": [
                    {
                        "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.45},
                        "encoding": {
                            "x": x,
                            "y": {**y, "field": "low"},
                            "y2": {"field": "high"},
                            "color": color,
                        },
                    },
                    {
                        "mark": {"type": "point", "filled": True, "size": 90, "opacity": 0.9},
                        "encoding": {
                            "x": x,
                            "y": y,
                            "color": color,
                            "href": {"field": "href"},
                            "description": {"field": "label"},
                        },
                    },
                ],
            }
        )
    if any(p.point is None for p in points):
        charts.append(
            {
                "width": width,
                "height": 36,
                "title": {"text": "no figure stated", "fontSize": 11, "anchor": "start"},
                "transform": [{"filter": "datum.point == null"}],
                "mark": {"type": "point", "shape": "diamond", "filled": True, "size": 90},
                "encoding": {
                    "x": x,
                    "color": color,
                    "href": {"field": "href"},
                    "description": {"field": "label"},
                },
            }
        )
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": "Pardon decrees over time: date against number pardoned",
        "data": {"values": rows},
        "vconcat": charts,
        "resolve": {"scale": {"x": "shared", "color": "shared"}},
        "config": {"font": "sans-serif", "view": {"stroke": "#ddd"}},
    }


def timeline_svg(points: Sequence[TimelinePoint]) -> str | None:
    """The chart as an SVG document (``None`` when there is no decree to draw).

    Drawn by the renderer's process when :func:`start_renderer` started one
    (in this process if that process is gone), else in this process.
    """
    if not points:
        return None
    spec = timeline_spec(points)
    svg = None
    if _RENDERER is not None:
        from concurrent.futures.process import BrokenProcessPool

        with suppress(BrokenProcessPool):
            svg = _RENDERER.submit(_render, spec).result()
    if svg is None:
        svg = _render(spec)
    return _HREF.sub('xlink:href="', svg)


def _render(spec: dict[str, Any]) -> str:
    import vl_convert

    svg: str = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])
    return svg


def _boot() -> None:
    # a renderer that cannot start fails again, with its context, when the
    # report draws the chart: nothing to report from here
    with suppress(Exception):
        _render({"mark": "point", "data": {"values": []}})


_RENDERER: ProcessPoolExecutor | None = None


def start_renderer(context: BaseContext | None = None) -> None:
    """Boot the renderer: in a process forked from ``context``, where
    :func:`timeline_svg` then draws until :func:`stop_renderer`, or without one
    in a background thread of this process.

    vl-convert's first call starts its JavaScript engine (0.3-1 s of a core)
    and later calls take a few milliseconds.  That first call holds the GIL
    (vl-convert 1.9: the process's other threads wait for it, measured 0.97
    s), so a thread moves the boot rather than hiding it; a process forked
    from a warm server (the extraction workers', see
    :func:`pipeline.flow.warm_context`) boots it on the core that storing
    leaves free.  A new interpreter is not started for it: in a run with
    little to store that costs more than the boot it hides.
    """
    global _RENDERER
    stop_renderer()
    if context is None:
        threading.Thread(target=_boot, name="chart-renderer").start()
        return
    from concurrent.futures import ProcessPoolExecutor

    _RENDERER = ProcessPoolExecutor(max_workers=1, mp_context=context)
    _RENDERER.submit(_boot)


def stop_renderer() -> None:
    """Stop the renderer's process, if one was started; charts are drawn in this
    process again."""
    global _RENDERER
    if _RENDERER is not None:
        renderer, _RENDERER = _RENDERER, None
        renderer.shutdown(cancel_futures=True)
