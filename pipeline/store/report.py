"""What the static report reads: rows of the analysts' views, as plain dicts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from pipeline.store import Store, StoreError

__all__ = ["ReportRows", "report_rows"]


@dataclass(frozen=True, slots=True)
class ReportRows:
    """The rows of each view the report is built from."""

    decrees: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    disagreements: list[dict[str, Any]]
    feeds: list[dict[str, Any]]
    expected: list[dict[str, Any]]


def report_rows(store: Store, *, disagreements: int = 25) -> ReportRows:
    """Read every view the report shows (``disagreements``: how many of the largest).

    A copy published by an older version lacks some views: ``StoreError`` says so.
    """
    try:
        return ReportRows(
            decrees=store.rows("report_decrees"),
            sources=store.rows("report_sources"),
            disagreements=store.rows("report_disagreements", {"limit": disagreements}),
            feeds=store.rows("report_feeds"),
            expected=store.rows("customs_expected"),
        )
    except duckdb.CatalogException as exc:
        raise StoreError(
            f"{store.path or 'the database'} lacks a view the report needs ({exc});"
            " publish it again with this version (pardonwatch run)"
        ) from exc
