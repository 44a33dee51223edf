"""Staged batches: the files that stages hand to each other.

Under Airflow, tasks pass file paths through XCom, never payloads.  Each file
is JSON Lines (gzip-compressed for pages and articles), written to a
temporary name and renamed, so a retried task either finds a complete file
and reuses it or writes it again from scratch.

A run's folder is also what makes an interrupted run resumable.  Its life:

1. poll writes the entry batches, then the marker ``poll.json`` (the batches,
   the database they belong to), and only then advances the feeds' poll
   state in the database: from that moment the entries live in the folder;
2. load stores the articles and clusters them, then writes ``done.json``;
3. a folder with ``poll.json`` and no ``done.json`` whose lock is free (its
   process is gone: killed, crashed, or a failed Airflow run) is an
   *interrupted run*: the next poll for the same database claims it and
   hands its batches on with its own (pages and articles already staged are
   reused), and its load marks both folders done.

The lock is ``fcntl.flock`` on ``.lock`` in the folder: the kernel releases
it when the process dies, even by ``kill -9``.
"""

from __future__ import annotations

import base64
import fcntl
import gzip
import json
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline.ingest import Ingested
from pipeline.models import Article, Detection, Entry

__all__ = [
    "DONE_MARKER",
    "POLL_MARKER",
    "Claim",
    "article_from_json",
    "article_to_json",
    "entry_from_json",
    "entry_to_json",
    "ingested_from_json",
    "ingested_to_json",
    "interrupted_runs",
    "mark_done",
    "prune_staging",
    "read_json",
    "read_jsonl",
    "run_dir",
    "write_json",
    "write_jsonl",
]

POLL_MARKER = "poll.json"
DONE_MARKER = "done.json"
_LOCK = ".lock"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def run_dir(staging_dir: Path, run_key: str) -> Path:
    """The folder of one run's staged files (the run key made file-safe)."""
    return staging_dir / _UNSAFE.sub("_", run_key).strip("_")


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # staged files live for one run: the fastest compression (a fifth of the
    # time of gzip's default level, files a sixth larger)
    with (
        gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1)
        if path.suffix == ".gz"
        else open(tmp, "w", encoding="utf-8")
    ) as handle:
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


def write_json(path: Path, data: dict[str, Any]) -> Path:
    """Write one JSON document atomically (temporary name, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, default=str)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path


def read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return data


class Claim:
    """An exclusive hold on one run folder, released by ``release`` or by process exit."""

    def __init__(self, folder: Path, fd: int) -> None:
        self.folder = folder
        self._fd: int | None = fd

    @classmethod
    def take(cls, folder: Path) -> Claim | None:
        """Hold ``folder`` unless another live process holds it (then ``None``)."""
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        return cls(folder, fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def __enter__(self) -> Claim:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _same_db(marker: dict[str, Any], db: Path) -> bool:
    return str(marker.get("db")) == str(Path(db).resolve())


def interrupted_runs(staging_dir: Path, db: Path) -> list[Path]:
    """Run folders of ``db`` whose poll finished and whose load did not, oldest first."""
    if not staging_dir.exists():
        return []
    found: list[tuple[str, Path]] = []
    for child in staging_dir.iterdir():
        marker = child / POLL_MARKER
        if not child.is_dir() or not marker.exists() or (child / DONE_MARKER).exists():
            continue
        try:
            data = read_json(marker)
        except (OSError, ValueError):
            continue
        if _same_db(data, db):
            found.append((str(data.get("polled_at", "")), child))
    return [folder for _, folder in sorted(found)]


def mark_done(folders: Sequence[Path], *, by: str) -> None:
    """Record that the articles staged in ``folders`` are stored (by run ``by``)."""
    for folder in folders:
        if folder.exists():
            write_json(folder / DONE_MARKER, {"loaded_by": by, "at": time.time()})


def _pending(folder: Path) -> bool:
    """Polled and not loaded (a marker written before markers named their
    database belongs to no database we can tell, and ages out like the rest)."""
    try:
        return "db" in read_json(folder / POLL_MARKER)
    except (OSError, ValueError):
        return False


def prune_staging(staging_dir: Path, *, older_than_days: float = 7.0) -> int:
    """Remove the run folders no one needs any more; return how many.

    Gone: folders whose articles are stored (``done.json``) and that no live
    process holds, and folders whose poll never finished once they are
    ``older_than_days`` old.  A folder whose poll finished but whose articles
    were never stored is kept whatever its age: it holds entries no feed will
    offer again, and the next poll resumes it.
    """
    if not staging_dir.exists():
        return 0
    cutoff = time.time() - older_than_days * 86400
    removed = 0
    for child in staging_dir.iterdir():
        if not child.is_dir():
            continue
        if (child / DONE_MARKER).exists():
            claim = Claim.take(child)
            if claim is None:
                continue  # its run is still finishing (alerts, publish)
            claim.release()
        elif _pending(child) or child.stat().st_mtime >= cutoff:
            continue
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
