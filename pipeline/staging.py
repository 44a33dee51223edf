"""Staged batches: the files that stages hand to each other.

Under Airflow, tasks pass file paths through XCom, never payloads.  Each file
is JSON Lines (gzip-compressed for pages and articles), written to a
temporary name and renamed, so a retried task either finds a complete file
and reuses it or writes it again from scratch.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline.ingest import Ingested
from pipeline.models import Article, Detection, Entry

__all__ = [
    "article_from_json",
    "article_to_json",
    "entry_from_json",
    "entry_to_json",
    "ingested_from_json",
    "ingested_to_json",
    "prune_staging",
    "read_jsonl",
    "run_dir",
    "write_jsonl",
]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def run_dir(staging_dir: Path, run_key: str) -> Path:
    """The folder of one run's staged files (the run key made file-safe)."""
    return staging_dir / _UNSAFE.sub("_", run_key).strip("_")


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(tmp, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=str))
            handle.write("\n")
    os.replace(tmp, path)
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def prune_staging(staging_dir: Path, *, older_than_days: float = 7.0) -> int:
    """Remove run folders not touched for ``older_than_days``; return how many."""
    if not staging_dir.exists():
        return 0
    cutoff = time.time() - older_than_days * 86400
    removed = 0
    for child in staging_dir.iterdir():
        if child.is_dir() and child.stat().st_mtime < cutoff:
            shutil.rmtree(child, ignore_errors=True)
            removed += 1
    return removed


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "url": entry.url,
        "feed_url": entry.feed_url,
        "title": entry.title,
        "summary": entry.summary,
        "published": entry.published.isoformat() if entry.published else None,
        "language": entry.language,
        "source": entry.source,
    }


def entry_from_json(data: dict[str, Any]) -> Entry:
    return Entry(**{**data, "published": _dt(data.get("published"))})


def article_to_json(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "url": article.url,
        "original_url": article.original_url,
        "text": article.text,
        "extraction": article.extraction,
        "fingerprint": article.fingerprint,
        "sketch": list(article.sketch),
        "feed_url": article.feed_url,
        "source": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "html": base64.b64encode(article.html).decode("ascii") if article.html else None,
        "fetched_at": article.fetched_at.isoformat() if article.fetched_at else None,
        "story_id": article.story_id,
    }


def article_from_json(data: dict[str, Any]) -> Article:
    return Article(
        **{
            **data,
            "published": _dt(data.get("published")),
            "sketch": tuple(data.get("sketch") or ()),
            "fetched_at": _dt(data.get("fetched_at")),
            "html": base64.b64decode(data["html"]) if data.get("html") else None,
        }
    )


def ingested_to_json(item: Ingested) -> dict[str, Any]:
    return {
        "article": article_to_json(item.article),
        "detection": item.detection.to_dict(),
        "urls": list(item.urls),
    }


def ingested_from_json(data: dict[str, Any]) -> Ingested:
    return Ingested(
        article=article_from_json(data["article"]),
        detection=Detection.from_dict(data["detection"]),
        urls=tuple(data["urls"]),
    )
