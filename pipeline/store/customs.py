"""The expected-pardon calendar in the database: the ``expected_occasions`` table.

:func:`refresh_occasions` rewrites it from the curated customs and the customs
the decrees show (``pipeline.customs``), for the years the decrees cover and
the next one; ``v_expected_pardons`` matches the occasions with the decrees.
:func:`expected_pardons` reads that view for the alerts and the report.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.customs import CUSTOMS_FILE, learn_customs, load_customs, occurrences
from pipeline.store import Store

__all__ = ["expected_pardons", "refresh_occasions"]


def refresh_occasions(store: Store, *, today: date, customs_file: Path = CUSTOMS_FILE) -> int:
    """Rewrite ``expected_occasions`` (one transaction); return the number of rows.

    Nothing is rewritten (and -1 returned) when its inputs are those of the
    last refresh: the customs file, the decrees' history, the years covered.

    The years run from the first decree's (or last year, with no decree) to
    the year after ``today``.  Running it twice on the same data writes the
    same rows.
    """
    history = store.rows("customs_history")
    years = store.rows("customs_years")[0]
    first = min(years["first_year"] or today.year - 1, today.year - 1)
    digest = _inputs_digest(customs_file, history, first, today.year)
    kept = store.rows("calendar_state_get")
    if kept and kept[0]["inputs_sha256"] == digest:
        return -1
    from pipeline.detect.countries import name_of

    curated = load_customs(customs_file)
    learned = learn_customs(history, curated)
    rows = []
    for occurrence in occurrences([*curated.customs, *learned], first, today.year + 1):
        row = occurrence.to_row()
        row["country"] = name_of(row["country_code"]) or row["country_code"]
        rows.append(row)
    with store.transaction():
        store.run("customs_delete")
        if rows:
            store.run("customs_insert", {"occasions": rows})
        store.run("calendar_state_set", {"digest": digest})
    return len(rows)


def _inputs_digest(
    customs_file: Path, history: list[dict[str, Any]], first: int, this_year: int
) -> str:
    """SHA-256 over everything the calendar is built from."""
    digest = hashlib.sha256(customs_file.read_bytes())
    digest.update(json.dumps([history, first, this_year], default=str).encode())
    return digest.hexdigest()


def expected_pardons(store: Store) -> list[dict[str, Any]]:
    """Every row of ``v_expected_pardons``, by date."""
    return store.rows("customs_expected")
