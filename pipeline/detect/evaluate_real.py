"""Scores on the real-news corpus: the detector's verdicts and fields, and grouping.

The corpus (:mod:`pipeline.detect.corpus`) labels each text from the text
alone and leaves a field null where the text does not settle it, so a null
label is not scored: only the fields a label states are.  The announcement
date is scored only where the publication date is known (it is what resolves
"on Monday").  Texts are given to the detector as an import would give them:
title and language unknown, publication date known when labelled.

Grouping is scored pairwise over the texts: two texts are a true pair when
they are reports of one decree (the same ``event_key``); a predicted pair when
the pipeline put them in one event.  Negatives placed in any event are counted
on their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .corpus import Label
from .evaluate import Case, Counts

__all__ = [
    "REAL_FIELDS",
    "GroupingReport",
    "format_grouping",
    "real_cases",
    "score_grouping",
]

REAL_FIELDS = ("country_code", "issuer", "count", "announced_on", "occasion")


def real_cases(items: Iterable[Label], split: str = "all") -> list[Case]:
    """The cached texts of ``split`` (``dev``, ``test`` or ``all``) as evaluation cases."""
    cases = []
    for item in items:
        if item.text is None or (split != "all" and item.split != split):
            continue
        data = item.data
        expected: dict[str, Any] = {"is_pardon_announcement": item.positive}
        if item.positive:
            for name in REAL_FIELDS:
                if data.get(name) is None:
                    continue
                if name == "announced_on" and not data.get("published"):
                    continue
                expected[name] = data[name]
        cases.append(
            Case(
                id=item.id,
                text=item.text,
                expected=expected,
                title=data.get("title"),
                published=item.published,
                lang=data.get("lang"),
                lang_hint=False,
                kind=data.get("negative_kind"),
                split=item.split,
            )
        )
    return cases


@dataclass(slots=True)
class GroupingReport:
    """Pairwise grouping figures and the errors behind them."""

    pairs: Counts = field(default_factory=Counts)
    texts: int = 0
    decrees: int = 0
    events: int = 0
    negatives_in_events: list[str] = field(default_factory=list)
    split_decrees: list[str] = field(default_factory=list)  # event_keys spread over events
    mixed_events: list[str] = field(default_factory=list)  # events holding 2+ event_keys

    def as_dict(self) -> dict[str, Any]:
        return {
            "texts": self.texts,
            "decrees": self.decrees,
            "events": self.events,
            "pairs": self.pairs.as_dict(),
            "negatives_in_events": self.negatives_in_events,
            "split_decrees": self.split_decrees,
            "mixed_events": self.mixed_events,
        }


def score_grouping(items: Iterable[Label], assigned: Mapping[str, str | None]) -> GroupingReport:
    """Pairwise precision and recall of ``assigned`` (text id -> event id or ``None``).

    Every text of ``items`` is scored; a text missing from ``assigned`` was not
    placed in any event.
    """
    items = list(items)
    report = GroupingReport(texts=len(items))
    truth = {i.id: i.data["event_key"] for i in items if i.positive}
    report.decrees = len(set(truth.values()))
    predicted = {i.id: assigned.get(i.id) for i in items if assigned.get(i.id)}
    report.events = len(set(predicted.values()))
    report.negatives_in_events = sorted(i.id for i in items if not i.positive and i.id in predicted)
    true_pairs = _pairs(truth)
    pred_pairs = _pairs(predicted)
    report.pairs.tp = len(true_pairs & pred_pairs)
    report.pairs.fp = len(pred_pairs - true_pairs)
    report.pairs.fn = len(true_pairs - pred_pairs)
    by_key: dict[str, set[str | None]] = defaultdict(set)
    for item_id, key in truth.items():
        by_key[key].add(predicted.get(item_id))
    report.split_decrees = sorted(k for k, events in by_key.items() if len(events) > 1)
    by_event: dict[str, set[str]] = defaultdict(set)
    for item_id, event in predicted.items():
        by_event[str(event)].add(truth.get(item_id, "negative"))
    report.mixed_events = sorted(e for e, keys in by_event.items() if len(keys) > 1)
    return report


def _pairs(groups: Mapping[str, Any]) -> set[tuple[str, str]]:
    members: dict[Any, list[str]] = defaultdict(list)
    for item_id, group in groups.items():
        members[group].append(item_id)
    return {
        tuple(sorted(pair))  # type: ignore[misc]
        for ids in members.values()
        for pair in combinations(ids, 2)
    }


def format_grouping(report: GroupingReport, *, title: str) -> str:
    p = report.pairs
    lines = [
        f"== grouping {title}: {report.texts} texts, {report.decrees} decrees, "
        f"{report.events} events",
        f"pairwise precision {p.precision:.3f}  recall {p.recall:.3f}  F1 {p.f1:.3f}  "
        f"(tp {p.tp}, fp {p.fp}, fn {p.fn})",
        f"negatives placed in events: {len(report.negatives_in_events)}",
    ]
    if report.split_decrees:
        lines.append(f"decrees split over several events: {', '.join(report.split_decrees)}")
    if report.mixed_events:
        lines.append(f"events mixing decrees or negatives: {len(report.mixed_events)}")
    return "\n".join(lines)
