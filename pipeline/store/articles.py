"""Articles, their URL forms and detections in DuckDB.

``save_ingested`` decides, for a batch of freshly built articles, which are
new, which are another URL of a page already stored (same canonical URL, or
the exact same text on the same site), and which story each new article
belongs to (near-duplicate wire copy on other sites: one story, every URL
still a source).  Loads are set-based: one statement per table per batch.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from pipeline.dedup import (
    MAX_CANDIDATES,
    MAX_DF,
    MIN_SHARED,
    SketchIndex,
    containment,
    shingles,
)
from pipeline.ingest import Ingested
from pipeline.models import Article, Detection
from pipeline.store import Store
from pipeline.urls import host_of

__all__ = [
    "SaveResult",
    "iter_stored_articles",
    "known_urls",
    "save_detections",
    "save_ingested",
    "update_extractions",
]
# shingle sets of stored candidates kept at once while one batch is placed
_SHINGLE_CACHE = 256


@dataclass(frozen=True, slots=True)
class SaveResult:
    new_ids: tuple[str, ...]
    duplicates: int
    #: every stored article the batch's items went to, new or already there
    placed: tuple[str, ...] = ()


def known_urls(store: Store, urls: Sequence[str]) -> set[str]:
    if not urls:
        return set()
    return {row["url"] for row in store.rows("articles_known_urls", {"urls": list(urls)})}


def _site(url: str) -> str:
    host = host_of(url)
    return host[4:] if host.startswith("www.") else host


def save_ingested(
    store: Store,
    items: Sequence[Ingested],
    *,
    run_id: str,
    min_containment: float,
    now: datetime | None = None,
) -> SaveResult:
    """Store new articles with their detections; return the new article ids."""
    now = now or datetime.now(UTC)
    known = {
        row["url"]: row["article_id"]
        for row in store.rows(
            "articles_known_urls", {"urls": sorted({u for i in items for u in i.urls})}
        )
    }
    by_fp: dict[str, list[dict[str, Any]]] = {}
    fps = sorted({i.article.fingerprint for i in items})
    if fps:
        for row in store.rows("articles_by_fingerprint", {"fingerprints": fps}):
            by_fp.setdefault(row["fingerprint"], []).append(row)

    fresh: list[Ingested] = []
    aliases: list[dict[str, str]] = []
    placed: dict[str, None] = {}
    duplicates = 0
    for item in items:
        article = item.article
        # ``known`` also holds the URLs of this batch's articles placed so far
        existing = known.get(article.url)
        if existing is None:
            same_site = [
                r
                for r in by_fp.get(article.fingerprint, [])
                if _site(r["url"]) == _site(article.url)
            ]
            existing = same_site[0]["article_id"] if same_site else None
        if existing is not None:
            duplicates += 1
            placed[existing] = None
            new_urls = [u for u in item.urls if u not in known]
            aliases.extend({"url": u, "article_id": existing} for u in new_urls)
            known.update(dict.fromkeys(new_urls, existing))
            continue
        known.update({u: article.article_id for u in item.urls})
        fresh.append(item)
        placed[article.article_id] = None
        by_fp.setdefault(article.fingerprint, []).append(
            {"article_id": article.article_id, "url": article.url, "story_id": article.article_id}
        )
        aliases.extend({"url": u, "article_id": article.article_id} for u in item.urls)

    stories = _assign_stories(store, [i.article for i in fresh], min_containment)
    rows = [
        _article_row(replace(i.article, story_id=stories[i.article.article_id]), run_id)
        for i in fresh
    ]
    with store.transaction():
        if rows:
            store.run("articles_insert", {"articles": rows})
            store.run("article_sketch_insert", _index_rows([i.article for i in fresh]))
        if aliases:
            store.run("article_urls_insert", {"urls": aliases})
        save_detections(store, [(i.article.article_id, i.detection) for i in fresh], now=now)
    return SaveResult(tuple(i.article.article_id for i in fresh), duplicates, tuple(placed))


def _assign_stories(
    store: Store, articles: Sequence[Article], min_containment: float
) -> dict[str, str]:
    """story_id of each new article: an earlier near-duplicate's story, or its own id.

    Candidates come from the sketch index (stored articles) and from an index
    of this batch built as it goes, never from comparing every pair; only the
    few candidates' texts are read to confirm by shingle containment.
    """
    stories: dict[str, str] = {}
    if not articles:
        return stories
    stored = _stored_candidates(store, articles)
    texts = _texts(store, sorted({row["article_id"] for rows in stored.values() for row in rows}))
    stored_shingles: dict[str, set[str]] = {}  # a stored text may be a candidate of many
    batch: SketchIndex[int] = SketchIndex()
    batch_shingles: dict[int, set[str]] = {}

    def shingled(index: int) -> set[str]:
        # only an article with a candidate is compared: most have none
        found = batch_shingles.get(index)
        if found is None:
            found = batch_shingles[index] = shingles(articles[index].text)
        return found

    for index, article in enumerate(articles):
        story = None
        for row in stored.get(index, []):
            theirs = stored_shingles.get(row["article_id"])
            if theirs is None:
                if len(stored_shingles) >= _SHINGLE_CACHE:
                    stored_shingles.clear()
                theirs = stored_shingles[row["article_id"]] = shingles(texts[row["article_id"]])
            if containment(shingled(index), theirs) >= min_containment:
                story = row["story_id"]
                break
        if story is None:
            for other in batch.candidates(article.sketch):
                if containment(shingled(index), shingled(other)) >= min_containment:
                    story = stories[articles[other].article_id]
                    break
        stories[article.article_id] = story or article.article_id
        batch.add(index, article.sketch)
    return stories


def _stored_candidates(
    store: Store, articles: Sequence[Article]
) -> dict[int, list[dict[str, Any]]]:
    """Index lookups of each new article's sketch: at most MAX_CANDIDATES stories each."""
    idx = [i for i, a in enumerate(articles) for _ in a.sketch]
    values = [v for a in articles for v in a.sketch]
    candidates: dict[int, list[dict[str, Any]]] = {}
    if not values:
        return candidates
    params = {
        "idx": idx,
        "h": values,
        "min_shared": MIN_SHARED,
        "max_df": MAX_DF,
        "max_candidates": MAX_CANDIDATES,
    }
    for row in store.rows("articles_near", params):
        candidates.setdefault(row["idx"], []).append(row)
    return candidates


def _texts(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """The clean texts of the stored candidates, and of no other stored article."""
    if not ids:
        return {}
    return {r["article_id"]: r["text"] for r in store.rows("articles_texts", {"ids": ids})}


def _index_rows(articles: Sequence[Article]) -> dict[str, list[Any]]:
    pairs = [(a.article_id, v) for a in articles for v in set(a.sketch)]
    return {"article_id": [p[0] for p in pairs], "h": [p[1] for p in pairs]}


def _article_row(article: Article, run_id: str) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "url": article.url,
        "original_url": article.original_url,
        "feed_url": article.feed_url,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "extraction": article.extraction,
        "fingerprint": article.fingerprint,
        "sketch": list(article.sketch),
        "story_id": article.story_id or article.article_id,
        "html_zlib": zlib.compress(article.html, 6) if article.html else None,
        "fetched_at": article.fetched_at,
        "first_run_id": run_id,
    }


def save_detections(
    store: Store, detections: Sequence[tuple[str, Detection]], *, now: datetime
) -> None:
    if not detections:
        return
    rows = [
        {
            "article_id": article_id,
            "is_pardon_announcement": d.is_pardon_announcement,
            "confidence": float(d.confidence),
            "language": d.language,
            "rules": list(d.rules),
            "payload": json.dumps(d.to_dict(), ensure_ascii=False),
            "detected_at": now,
        }
        for article_id, d in detections
    ]
    store.run("detections_upsert", {"detections": rows})


def update_extractions(store: Store, articles: Sequence[Article]) -> None:
    """Write back re-extracted text for ``pardonwatch reprocess`` (keys unchanged)."""
    if not articles:
        return
    rows = [
        {
            "article_id": a.article_id,
            "title": a.title,
            "published": a.published,
            "language": a.language,
            "text": a.text,
            "extraction": a.extraction,
            "fingerprint": a.fingerprint,
            "sketch": list(a.sketch),
        }
        for a in articles
    ]
    store.run("articles_update_text", {"articles": rows})
    store.run("article_sketch_delete", {"ids": [a.article_id for a in articles]})
    store.run("article_sketch_insert", _index_rows(articles))


def iter_stored_articles(store: Store, *, batch: int = 500) -> Iterator[list[Article]]:
    """Stored articles with their raw HTML, in stable batches."""
    offset = 0
    while True:
        rows = store.rows("articles_stored_pages", {"limit": batch, "offset": offset})
        if not rows:
            return
        yield [
            Article(
                article_id=r["article_id"],
                url=r["url"],
                original_url=r["original_url"],
                text=r["text"],
                extraction=r["extraction"],
                fingerprint="",
                sketch=(),
                feed_url=r["feed_url"],
                source=r["source"],
                title=r["title"],
                published=r["published"],
                language=r["language"],
                html=zlib.decompress(r["html_zlib"]) if r["html_zlib"] else None,
                fetched_at=r["fetched_at"],
                story_id=r["story_id"],
            )
            for r in rows
        ]
        offset += batch
