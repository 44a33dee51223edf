"""Calibrate the grouping weights on the real-news corpus (dev split).

Detects every cached dev text once, makes its mentions as an import would
(publication date at 09:00 UTC, outlet from the host), then clusters them with
each candidate set of weights and prints pairwise precision, recall and F1
against the ``event_key`` labels, best first.  Measures; asserts nothing.

    .venv/bin/python benchmarks/calibrate_grouping.py [--split dev] [--top 15]

Needs the corpus cache (tests/fixtures/realnews/README.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
from datetime import UTC, datetime, time

from pipeline.detect import detect
from pipeline.detect.corpus import Corpus, Label
from pipeline.detect.evaluate_real import score_grouping
from pipeline.events.cluster import WEIGHTS, Weights, assign
from pipeline.events.mentions import Mention, mentions_from_detection

GRID = {
    "threshold": (-0.5, 0.0, 0.5, 1.0),
    "per_day": (-0.3, -0.6, -1.0),
    "undated": (-1.5, -2.5, -3.5),
    "near_figure": (0.0, 0.5),
    "far_figure": (-1.5, -3.0),
    "same_occasion": (1.0, 2.0, 3.0),
}


def mentions_of(items: list[Label]) -> list[Mention]:
    out: list[Mention] = []
    for item in items:
        assert item.text is not None
        day = item.published
        published = datetime.combine(day, time(9), tzinfo=UTC) if day else None
        detection = detect(item.text, published=published)
        article = {"article_id": item.id, "url": item.data["url"], "published": published}
        out += mentions_from_detection(article, detection.to_dict(), prior={})
    return out


def evaluate(items: list[Label], mentions: list[Mention], weights: Weights) -> tuple[float, ...]:
    clusters = assign([], mentions, weights)
    assigned = {m.article_id: f"c{n}" for n, c in enumerate(clusters) for m in c}
    # a text with several decrees is placed by its first one
    for n, cluster in enumerate(clusters):
        for m in cluster:
            if m.decree_index == 0:
                assigned[m.article_id] = f"c{n}"
    report = score_grouping(items, assigned)
    p = report.pairs
    return p.f1, p.precision, p.recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument(
        "--dated-only", action="store_true", help="only texts with a publication date"
    )
    args = parser.parse_args()
    items = [
        i
        for i in Corpus().load()
        if i.text is not None
        and args.split in ("all", i.split)
        and (i.published or not args.dated_only)
    ]
    mentions = mentions_of(items)
    print(f"{len(items)} texts, {len(mentions)} mentions")
    base = evaluate(items, mentions, WEIGHTS)
    print(f"current weights: F1 {base[0]:.3f}  P {base[1]:.3f}  R {base[2]:.3f}")
    results = []
    names = list(GRID)
    for values in itertools.product(*(GRID[n] for n in names)):
        weights = dataclasses.replace(WEIGHTS, **dict(zip(names, values, strict=True)))
        results.append((evaluate(items, mentions, weights), dict(zip(names, values, strict=True))))
    results.sort(key=lambda r: r[0], reverse=True)
    for (f1, p, r), values in results[: args.top]:
        print(f"F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  {values}")


if __name__ == "__main__":
    main()
