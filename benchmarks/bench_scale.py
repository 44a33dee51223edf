"""Import cost and peak memory against the archive's size.

Rows of issue 13 measured here, each in fresh ``pardonwatch`` processes:

* ``--row memory``: peak RSS importing 10,000 articles into an empty database;
* ``--row scale``: importing 1,000 new articles into a database holding
  100,000 (built first through the same ``pardonwatch import`` path, in
  files of 10,000), against the same 1,000 into an empty database, with the
  peak RSS of both; then a ``pardonwatch run`` with nothing new at that size
  (publish row: nothing changed, nothing written).

Prints figures and ratios; asserts nothing.  ``--quick`` divides the sizes by
ten (1,000 articles; 100 into 10,000) for a short check.
Run with ``.venv/bin/python benchmarks/bench_scale.py --row scale [--quick]``.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

# synthetic.py sits beside this script, on sys.path when it runs
from synthetic import operator_environ, run_cli, write_jsonl


def _prepare(data: Path) -> dict[str, str]:
    data.mkdir(parents=True)
    (data / "feeds.yaml").write_text("feeds: []\n")
    (data / "subscribers.yaml").write_text("subscribers: []\n")
    return {
        **operator_environ(),
        "PARDONWATCH_DATA_DIR": str(data),
        "PARDONWATCH_FEEDS": str(data / "feeds.yaml"),
        "PARDONWATCH_SUBSCRIBERS": str(data / "subscribers.yaml"),
    }


def memory(articles: int, work: Path) -> None:
    env = _prepare(work / "memory")
    source = write_jsonl(work / "memory.jsonl", articles)
    size = source.stat().st_size / 2**20
    seconds, rss = run_cli("import", str(source), env=env)
    print(f"import {articles:,} articles ({size:,.0f} MiB of JSON Lines) into an empty database:")
    print(f"  {seconds:.1f} s ({articles / seconds:,.0f} articles/s), peak RSS {rss:,.0f} MiB")
    print(f"  aim: peak RSS <= 500 MiB -> {'met' if rss <= 500 else 'NOT met'}")


def scale(stored: int, new: int, work: Path) -> None:
    batch = write_jsonl(work / "new.jsonl", new, start=10_000_000)
    empty_s, empty_rss = run_cli("import", str(batch), env=_prepare(work / "empty"))
    full_env = _prepare(work / "full")
    step = min(stored, 10_000)
    build_s, build_rss = 0.0, 0.0
    for start in range(0, stored, step):
        chunk = write_jsonl(work / "chunk.jsonl", min(step, stored - start), start=start)
        seconds, rss = run_cli("import", str(chunk), env=full_env)
        build_s += seconds
        build_rss = max(build_rss, rss)
        print(f"  built {start + step:,} of {stored:,} ({build_s:.0f} s so far)", flush=True)
    full_s, full_rss = run_cli("import", str(batch), env=full_env)
    # nothing new: the run checks what changed since the last publish and writes nothing
    idle_s, idle_rss = run_cli("run", env=full_env)
    db = Path(full_env["PARDONWATCH_DATA_DIR"]) / "pardonwatch.duckdb"
    print(
        f"building {stored:,} stored articles through import: {build_s:.0f} s, "
        f"peak RSS {build_rss:,.0f} MiB, database {db.stat().st_size / 2**20:,.0f} MiB"
    )
    print(f"import {new:,} into an empty database: {empty_s:.1f} s, peak RSS {empty_rss:,.0f} MiB")
    print(f"import {new:,} into {stored:,}: {full_s:.1f} s, peak RSS {full_rss:,.0f} MiB")
    print(f"ratio: {full_s / empty_s:.2f}x (aim <= 1.3x); peak RSS aim <= 500 MiB")
    print(
        f"pardonwatch run with nothing new at {stored:,} (publish finds nothing changed): "
        f"{idle_s:.1f} s, peak RSS {idle_rss:,.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--row", choices=["memory", "scale"], required=True)
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    args = parser.parse_args()
    factor = 10 if args.quick else 1
    with tempfile.TemporaryDirectory(prefix="pardonwatch-bench-") as tmp:
        if args.row == "memory":
            memory(10_000 // factor, Path(tmp))
        else:
            scale(100_000 // factor, 1_000 // factor, Path(tmp))


if __name__ == "__main__":
    main()
