"""Pages that are not articles, remembered by link and validators.

A rejected page is asked for again conditionally and is not extracted again
while the server says (304) or the body shows (same digest) that it has not
changed.  See ``sql/schema/041_rejected_pages.sql``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.store import Store

__all__ = ["forget", "remember", "validators_for"]


def validators_for(store: Store, urls: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``url -> {etag, last_modified, body_sha256}`` for the rejected ones among ``urls``."""
    if not urls:
        return {}
    return {
        row.pop("url"): row for row in store.rows("rejected_pages_of", {"urls": sorted(set(urls))})
    }


def remember(store: Store, pages: Sequence[dict[str, Any]]) -> None:
    """Store rejections (url, final_url, etag, last_modified, body_sha256, reason, rejected_at)."""
    if pages:
        store.run("rejected_pages_upsert", {"pages": list(pages)})


def forget(store: Store, urls: Sequence[str]) -> None:
    if urls:
        store.run("rejected_pages_forget", {"urls": sorted(set(urls))})
