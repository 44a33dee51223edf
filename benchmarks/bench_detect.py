"""Throughput of ``pipeline.detect.detect`` on realistic ~5 KB texts, on one core.

Builds three document sets from the labelled fixtures, each padded to about
5 KB with ordinary news prose written for this benchmark:

* ``plain``: news without any pardon word (what most of a feed is): the gate
  rejects these;
* ``hard negatives``: the labelled negatives (tax amnesties, calls for pardon,
  Amnesty International...), which pass the gate and are read in full;
* ``positives``: the labelled announcements, read in full and their fields
  extracted.

It prints documents per second for each set, for a realistic mix (by default
90 % plain, 5 % hard negatives, 5 % positives) and the ratio to the 2,000
docs/s aim.  It measures; it asserts nothing.

    uv run python benchmarks/bench_detect.py [--seconds 2] [--plain-share 0.9]
"""

from __future__ import annotations

import argparse
import random
import time

from pipeline.detect import detect
from pipeline.detect.evaluate import Case, load_cases

AIM = 2000.0
SIZE = 5000

PROSE = [
    "The city council approved a new budget for road repairs on Tuesday after a long debate.",
    "Shares in the region's largest lender rose 3 percent after quarterly profits beat forecasts.",
    "Heavy rain is expected across the north of the country over the weekend, forecasters said.",
    "The national football team will play two friendly matches in June before the tournament.",
    "Officials said the new metro line would open to passengers by the end of next year.",
    "Farmers reported a strong harvest of wheat and barley thanks to late winter rainfall.",
    "The central bank kept its main interest rate unchanged at its monthly meeting.",
    "A new exhibition of contemporary photography opened at the national museum on Friday.",
    "The health ministry launched a vaccination campaign for children under five.",
    "Negotiators from both sides met in Geneva for a third round of talks on trade.",
    "Le gouvernement a présenté mercredi un plan de rénovation des écoles primaires.",
    "La compañía anunció la apertura de dos nuevas fábricas en el norte del país.",
    "شهرداری از آغاز عملیات ساخت یک پارک جدید در منطقه شمالی شهر خبر داد.",
    "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير.",
]


def pad(text: str, rng: random.Random) -> str:
    parts = [text]
    while sum(len(p) for p in parts) < SIZE:
        parts.append(rng.choice(PROSE))
    rng.shuffle(parts[1:])
    return "\n".join(parts)[: SIZE + 400]


def plain_docs(n: int, rng: random.Random) -> list[str]:
    return [pad(rng.choice(PROSE), rng) for _ in range(n)]


def rate(docs: list[tuple[str, Case | None]], seconds: float) -> tuple[float, int]:
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, case in docs:
            if case is None:
                detect(text)
            else:
                detect(text, title=case.title, published=case.published, lang=case.lang)
            done += 1
    elapsed = time.perf_counter() - start
    return done / elapsed, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent per set")
    parser.add_argument(
        "--plain-share",
        type=float,
        default=0.9,
        help="share of gate-rejected news in the mixed set",
    )
    args = parser.parse_args()
    rng = random.Random(7)
    cases = load_cases()
    positives = [(pad(c.text, rng), c) for c in cases if c.positive]
    negatives = [(pad(c.text, rng), c) for c in cases if not c.positive]
    plain: list[tuple[str, Case | None]] = [(t, None) for t in plain_docs(200, rng)]
    detect(positives[0][0])  # warm the lazily loaded language model
    n_mixed = 400
    hard = (1 - args.plain_share) / 2
    mixed = (
        rng.sample(plain, min(len(plain), int(n_mixed * args.plain_share)))
        + rng.sample(negatives, min(len(negatives), int(n_mixed * hard)))
        + rng.sample(positives, min(len(positives), int(n_mixed * hard)))
    )
    rng.shuffle(mixed)
    size = sum(len(t) for t, _ in mixed) / len(mixed)
    print(f"documents: ~{size:.0f} chars each; {args.seconds:.1f}s per set, one core")
    rows = [
        ("plain news (gate rejects)", plain),
        ("hard negatives (full read)", negatives),
        ("positives (full read + fields)", positives),
        (f"mixed ({args.plain_share:.0%} plain)", mixed),
    ]
    for name, docs in rows:
        per_second, done = rate(list(docs), args.seconds)
        print(
            f"{name:<32} {per_second:9.0f} docs/s  ({done} docs)  "
            f"x{per_second / AIM:.2f} of the {AIM:.0f} docs/s aim"
        )


if __name__ == "__main__":
    main()
