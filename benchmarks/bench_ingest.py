"""Ingestion throughput: extraction, fingerprints, and the set-based DuckDB load.

Prints figures and ratios; asserts nothing.  Run with
``.venv/bin/python benchmarks/bench_ingest.py [--pages N]``.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pipeline.dedup import fingerprint, sketch
from pipeline.detect import detect
from pipeline.extract import NotAnArticle, extract_page
from pipeline.ingest import Ingested, build_article
from pipeline.newsroom import NEWSROOM_DIR
from pipeline.store import Store
from pipeline.store.articles import save_ingested


def _pages() -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted(NEWSROOM_DIR.rglob("*.html")):
        html = re.sub(
            r"\{\{BASE(?::[a-z0-9-]+)?\}\}", "http://127.0.0.1:1", path.read_text("utf-8")
        )
        pages.append((f"http://127.0.0.1:1/{path.relative_to(NEWSROOM_DIR)}", html.encode()))
    return pages


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s ({seconds / count * 1000:.2f} ms each)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000, help="articles to load into DuckDB")
    args = parser.parse_args()
    pages = _pages()
    size = sum(len(b) for _, b in pages) / len(pages)
    print(f"sample newsroom: {len(pages)} pages, {size / 1024:.1f} KB on average")

    def extract_all() -> list[str]:
        out = []
        for url, body in pages:
            try:
                out.append(extract_page(body, url=url).text)
            except NotAnArticle:
                continue
        return out

    start = time.perf_counter()
    texts = extract_all()
    first_s = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(3):
        extract_all()
    extract_s = (time.perf_counter() - start) / 3
    print(f"extraction, first pass (imports, warm-up): {_rate(len(pages), first_s)}")
    print(f"extraction, steady state (trafilatura):   {_rate(len(pages), extract_s)}")

    start = time.perf_counter()
    for text in texts * 5:
        fingerprint(text)
        sketch(text)
    finger_s = time.perf_counter() - start
    print(f"fingerprint + sketch:       {_rate(len(texts) * 5, finger_s)}")

    now = datetime.now(UTC)
    items = []
    for i in range(args.pages):
        text = (
            texts[i % len(texts)]
            + f"\nUpdate {i}: a further paragraph that makes this copy distinct."
        )
        article = build_article(url=f"https://bench.example/{i}", text=text, extraction="bench")
        items.append(Ingested(article, detect(text), (article.url,)))
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "bench.duckdb") as store:
            start = time.perf_counter()
            save_ingested(store, items, run_id="bench", min_containment=0.5, now=now)
            load_s = time.perf_counter() - start
        with Store.open(Path(tmp) / "rows.duckdb") as store:
            rows = [(a.article.article_id, a.article.url, a.article.text) for a in items]
            store.con.execute(
                "create table row_by_row (article_id varchar, url varchar, text varchar)"
            )
            start = time.perf_counter()
            store.con.executemany("insert into row_by_row values (?, ?, ?)", rows)
            rows_s = time.perf_counter() - start
    print(
        f"set-based load ({args.pages} articles, dedup + stories + detections): "
        f"{_rate(args.pages, load_s)}"
    )
    print(f"per-row executemany of 3 columns only, for comparison:  {_rate(args.pages, rows_s)}")
    print(f"ratio executemany / set-based load: {rows_s / load_s:.1f}x")
    per_page = extract_s / len(pages) + finger_s / (len(texts) * 5) + load_s / args.pages
    print(f"ingest cost per page excluding network and detection: {per_page * 1000:.2f} ms")


if __name__ == "__main__":
    main()
