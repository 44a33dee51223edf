"""What an extraction worker process needs, loaded once for all of them.

``pipeline.flow`` extracts pages in worker processes forked from a server
process that imports this module first (multiprocessing's ``forkserver``
with this module preloaded).  Importing it loads what every worker would
otherwise load on its first page: trafilatura and htmldate, the detector
with its English tables compiled, and the language identifier's model
(about a second of one core together).  Each worker starts with them in
memory.
"""

from __future__ import annotations

from typing import Any

from pipeline.flow import extract_record

__all__ = ["extract_record", "warm", "warm_up_page"]

# an English page that reaches every stage: extraction and metadata, language
# identification, the detector's gate, its English tables and fields
_URL = "https://warm-up.invalid/page"
_HTML = (
    "<html><head><title>Warm-up</title></head><body><article><p>"
    + "The president pardoned 120 prisoners on Independence Day, the agency said. " * 4
    + "</p></article></body></html>"
)


def warm_up_page() -> dict[str, Any]:
    """A staged page record of the built-in page (see :func:`pipeline.flow.fetch_record`)."""
    from pipeline.models import Entry
    from pipeline.staging import entry_to_json

    return {
        "entry": entry_to_json(Entry(url=_URL)),
        "final_url": _URL,
        "error": None,
        "body": _HTML,
        "fetched_at": "2026-01-01T00:00:00+00:00",
    }


def warm() -> None:
    """Extract and detect the built-in page, so that a worker's first page costs
    what any other does."""
    extract_record(warm_up_page(), 80)


warm()
