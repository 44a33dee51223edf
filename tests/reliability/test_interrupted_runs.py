"""A run killed with SIGKILL at any stage boundary loses nothing.

Each case starts a real ``pardonwatch run`` process against the sample
newsroom on loopback with ``PARDONWATCH_FAULT_KILL_AFTER=<stage>`` (see
:mod:`pipeline.faults`): the process kills itself with SIGKILL right after
that stage's results are durable.  An ordinary run follows, as the next
scheduled run would (without ``force``: every feed was polled moments ago
and is not due); it runs in the test's process (``tasks.run_cycle``, what
``pardonwatch run`` calls) to save a process start per case.  The database
rows, the analysts' copy and the emails in the outbox must then be those of
one uninterrupted run.
"""

from __future__ import annotations

import email
import re
import signal
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from reliability_cases import KILL_CASES
from reliability_support import pardonwatch, run_env

from pipeline import tasks
from pipeline.faults import KILL_AFTER_ENV, STAGES
from pipeline.settings import Settings
from pipeline.store import Store

TABLES = ("articles", "article_urls", "detections", "events", "claims", "alerts")
# moments and run ids differ from run to run; the raw email carries its Date
# header (the outbox files are compared instead, without it)
# run ids, raw messages and the change numbers publishing reads (their values
# follow the order rows were written in, which a resumed run changes)
LEFT_OUT = {"first_run_id", "message", "rev"}

# what the killed run has left undone, per stage: counts before the rerun
UNFINISHED = {
    "poll": {"articles": 0, "events": 0, "emails": 0, "published": False},
    "fetch": {"articles": 0, "events": 0, "emails": 0, "published": False},
    "extract": {"articles": 0, "events": 0, "emails": 0, "published": False},
    "store": {"articles": 27, "events": 0, "emails": 0, "published": False},
    "cluster": {"articles": 27, "events": 5, "emails": 0, "published": False},
    "alert": {"articles": 27, "events": 5, "emails": 5, "published": False},
    "publish": {"articles": 27, "events": 5, "emails": 5, "published": True},
}


def rows(db: Path, home: Path) -> dict[str, list[str]]:
    """Every row of the content tables, without timestamps and run ids, sorted
    (``home``, the test's folder, written as ``<home>`` where a path names it)."""
    out = {}
    with Store.open(db, read_only=True) as store:
        for table in TABLES:
            columns = [
                r["column_name"]
                for r in store.query(
                    "select column_name, data_type from information_schema.columns"
                    " where table_name = ? order by ordinal_position",
                    [table],
                )
                if "TIMESTAMP" not in r["data_type"] and r["column_name"] not in LEFT_OUT
            ]
            found = store.con.execute(f"select {', '.join(columns)} from {table}").fetchall()
            out[table] = sorted(repr(row).replace(str(home), "<home>") for row in found)
    return out


def emails(outbox: Path) -> dict[str, tuple[Any, ...]]:
    """Each .eml file of the outbox: recipients, subject, threading and text."""
    out = {}
    # the body shows when the event was first seen and last updated, to the minute
    moment = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\+00:00|Z)?")
    for path in sorted(outbox.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=default)
        body = message.get_body(preferencelist=("plain",))
        out[path.name] = (
            message["To"],
            message["Subject"],
            message["In-Reply-To"],
            moment.sub("<moment>", body.get_content()) if body is not None else None,
        )
    return out


def progress(data: Path) -> dict[str, Any]:
    db = data / "pardonwatch.duckdb"
    with Store.open(db, read_only=True) as store:
        counts = store.counts(["articles", "events"])
    return {
        **counts,
        "emails": len(list((data / "outbox").glob("*.eml"))),
        "published": (data / "published" / "pardonwatch.duckdb").exists(),
    }


@pytest.fixture(scope="module")
def reference(newsroom, tmp_path_factory) -> dict[str, Any]:
    """One uninterrupted run over the newsroom."""
    folder = tmp_path_factory.mktemp("uninterrupted")
    newsroom.write_feeds_yaml(folder / "feeds.yaml")
    done = pardonwatch(run_env(folder), "run")
    assert done.returncode == 0, done.stdout + done.stderr
    data = folder / "data"
    return {
        "rows": rows(data / "pardonwatch.duckdb", folder),
        "emails": emails(data / "outbox"),
        "published": rows(data / "published" / "pardonwatch.duckdb", folder),
    }


def test_the_uninterrupted_run_is_worth_comparing_with(reference):
    assert len(reference["rows"]["articles"]) == 27
    assert len(reference["rows"]["events"]) == 5
    assert len(reference["emails"]) == 5


@pytest.mark.parametrize("stage", STAGES, ids=KILL_CASES)
def test_a_run_killed_after_a_stage_is_completed_by_the_next_run(
    stage, newsroom, reference, tmp_path
):
    newsroom.write_feeds_yaml(tmp_path / "feeds.yaml")
    env = run_env(tmp_path)
    data = tmp_path / "data"

    killed = pardonwatch({**env, KILL_AFTER_ENV: stage}, "run")
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert progress(data) == UNFINISHED[stage]

    summary, extra = tasks.run_cycle(settings=Settings.from_env(env))
    assert summary.feeds_polled == 0  # nothing was due: all came from the killed run
    # the killed run is resumed when its articles were not all stored and clustered
    assert bool(extra["resumed"]) == (stage in {"poll", "fetch", "extract", "store", "cluster"})
    assert list((data / "staging").iterdir()) == []
    assert rows(data / "pardonwatch.duckdb", tmp_path) == reference["rows"]
    assert emails(data / "outbox") == reference["emails"]
    assert rows(data / "published" / "pardonwatch.duckdb", tmp_path) == reference["published"]
