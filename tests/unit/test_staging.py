"""Run folders: claims, interrupted runs, pruning (see pipeline.staging)."""

import os
import time

from pipeline import staging
from pipeline.staging import Claim


def _polled(folder, db, *, done=False):
    staging.write_json(folder / staging.POLL_MARKER, {"batches": [], "db": str(db.resolve())})
    if done:
        staging.mark_done([folder], by="test")
    return folder


def test_a_claimed_folder_cannot_be_claimed_again_until_released(tmp_path):
    first = Claim.take(tmp_path / "run-1")
    assert first is not None
    assert Claim.take(tmp_path / "run-1") is None
    first.release()
    assert Claim.take(tmp_path / "run-1") is not None


def test_interrupted_runs_are_the_polled_and_unloaded_folders_of_this_db(tmp_path):
    db, other = tmp_path / "pw.duckdb", tmp_path / "other.duckdb"
    pending = _polled(tmp_path / "s" / "a", db)
    _polled(tmp_path / "s" / "b", db, done=True)
    _polled(tmp_path / "s" / "c", other)
    (tmp_path / "s" / "d").mkdir()  # poll never finished
    assert staging.interrupted_runs(tmp_path / "s", db) == [pending]


def test_prune_keeps_unloaded_folders_whatever_their_age(tmp_path):
    db = tmp_path / "pw.duckdb"
    pending = _polled(tmp_path / "s" / "pending", db)
    done = _polled(tmp_path / "s" / "done", db, done=True)
    busy = _polled(tmp_path / "s" / "busy", db, done=True)
    stale = tmp_path / "s" / "stale"
    stale.mkdir()
    for folder in (pending, done, busy, stale):
        old = time.time() - 30 * 86400
        os.utime(folder, (old, old))
    with Claim.take(busy):
        assert staging.prune_staging(tmp_path / "s") == 2
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["busy", "pending"]


def test_prune_ages_out_markers_that_name_no_database(tmp_path):
    legacy = tmp_path / "s" / "legacy"
    staging.write_json(legacy / staging.POLL_MARKER, {"batches": []})
    old = time.time() - 30 * 86400
    os.utime(legacy, (old, old))
    assert staging.prune_staging(tmp_path / "s") == 1
