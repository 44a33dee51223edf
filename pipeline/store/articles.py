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

from pipeline.dedup import containment, shingles
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

# two shared sketch values make a candidate pair (see pipeline.dedup)
MIN_SHARED = 2


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
        if aliases:
            store.run("article_urls_insert", {"urls": aliases})
        save_detections(store, [(i.article.article_id, i.detection) for i in fresh], now=now)
    return SaveResult(tuple(i.article.article_id for i in fresh), duplicates, tuple(placed))


def _assign_stories(
    store: Store, articles: Sequence[Article], min_containment: float
) -> dict[str, str]:
    """story_id of each new article: an earlier near-duplicate's story, or its own id."""
    stories: dict[str, str] = {}
    if not articles:
        return stories
    candidates: dict[int, list[dict[str, Any]]] = {}
    texts = [{"idx": i, "sketch": list(a.sketch)} for i, a in enumerate(articles)]
    for row in store.rows("articles_near", {"texts": texts, "min_shared": MIN_SHARED}):
        candidates.setdefault(row["idx"], []).append(row)
    stored_shingles: dict[str, set[str]] = {}  # a stored text may be a candidate of many
    earlier: list[tuple[Article, set[str]]] = []
    for index, article in enumerate(articles):
        own = shingles(article.text)
        story = None
        for row in sorted(candidates.get(index, []), key=lambda r: r["article_id"]):
            theirs = stored_shingles.get(row["article_id"])
            if theirs is None:
                theirs = stored_shingles[row["article_id"]] = shingles(row["text"])
            if containment(own, theirs) >= min_containment:
                story = row["story_id"]
                break
        if story is None:
            for other, other_shingles in earlier:
                shared = len(set(other.sketch) & set(article.sketch))
                if shared >= MIN_SHARED and containment(own, other_shingles) >= min_containment:
                    story = stories[other.article_id]
                    break
        stories[article.article_id] = story or article.article_id
        earlier.append((article, own))
    return stories


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
