"""Whole DAG runs with ``dag.test()``: the sample newsroom in, emails out, twice.

One embedded Airflow (SQLite, migrated once per session) runs in a subprocess
per call, as ``pardonwatch demo`` does; the newsroom and the SMTP server run
in this process on loopback.  Running the ingest DAG again for the same
logical date must store nothing and send nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

pytestmark = pytest.mark.slow

LOGICAL_DATE = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)
DIGEST_DATE = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def runs(embedded: Any) -> dict[str, Any]:
    """Run ingest then alerts twice for one logical date; keep counts and mail after each."""
    first = embedded.run(LOGICAL_DATE)
    after_first = embedded.counts()
    mail_first = len(embedded.smtp.received)
    second = embedded.run(LOGICAL_DATE, always_alert=True)
    next_day = embedded.run(LOGICAL_DATE + timedelta(days=1))
    return {
        "first": first,
        "second": second,
        "next_day": next_day,
        "counts_first": after_first,
        "counts_after": embedded.counts(),
        "mail_first": mail_first,
        "mail_second": len(embedded.smtp.received),
    }


def test_first_ingest_run_succeeds_in_every_task(runs: dict[str, Any]) -> None:
    ingest = runs["first"]["ingest"]
    assert ingest["state"] == "success"
    assert ingest["tasks"]["poll"] == "success"
    assert ingest["tasks"]["plan"] == "success"
    assert ingest["tasks"]["fetch_extract"]
    assert set(ingest["tasks"]["fetch_extract"]) == {"success"}
    assert ingest["tasks"]["load"] == ingest["tasks"]["publish"] == "success"


def test_xcom_carries_staged_file_paths_not_payloads(runs: dict[str, Any]) -> None:
    results = runs["first"]["ingest"]["results"]
    batches, groups = results["poll"], results["plan"]
    assert [b for group in groups for b in group] == batches
    staged = [p for group in results["fetch_extract"] for p in group]
    assert len(staged) == len(batches)
    for path in [*batches, *staged]:
        assert isinstance(path, str) and "/staging/" in path


def test_first_run_finds_events_and_updates_the_asset(runs: dict[str, Any]) -> None:
    ingest = runs["first"]["ingest"]
    assert ingest["results"]["load"]["new_articles"] > 0
    assert ingest["results"]["load"]["events_new"]
    assert ingest["tasks"]["announce"] == "success"
    assert ingest["asset_events"] == 1
    assert runs["counts_first"]["events"] == len(ingest["results"]["load"]["events_new"])


def test_alerts_run_after_the_asset_update_and_mail_through_smtp_default(
    runs: dict[str, Any],
) -> None:
    alerts = runs["first"]["alerts"]
    assert runs["first"]["alerts_skipped"] is None
    assert alerts["state"] == "success"
    sent = alerts["results"]["send_alerts"]
    assert sent["sent"] > 0 and sent["failed"] == 0
    assert runs["mail_first"] == sent["sent"]
    assert sent["outbox"] == []  # delivered over SMTP, nothing left in the outbox


def test_second_run_for_the_same_logical_date_stores_nothing(runs: dict[str, Any]) -> None:
    load = runs["second"]["ingest"]["results"]["load"]
    assert runs["second"]["ingest"]["state"] == "success"
    assert load["new_articles"] == 0
    assert load["events_new"] == [] and load["events_updated"] == []
    assert runs["counts_after"]["articles"] == runs["counts_first"]["articles"]
    assert runs["counts_after"]["events"] == runs["counts_first"]["events"]
    assert runs["counts_after"]["alerts"] == runs["counts_first"]["alerts"]


def test_second_run_leaves_the_asset_alone(runs: dict[str, Any]) -> None:
    ingest = runs["second"]["ingest"]
    assert ingest["tasks"]["announce"] == "skipped"
    assert ingest["asset_events"] == 0


def test_second_run_sends_no_email_even_when_alerts_run_again(runs: dict[str, Any]) -> None:
    alerts = runs["second"]["alerts"]
    assert alerts["state"] == "success"
    assert alerts["results"]["send_alerts"]["sent"] == 0
    assert runs["mail_second"] == runs["mail_first"]


def test_a_later_run_with_nothing_new_skips_the_mapped_tasks_but_loads(
    runs: dict[str, Any],
) -> None:
    ingest = runs["next_day"]["ingest"]
    assert ingest["state"] == "success"
    assert ingest["results"]["poll"] == []
    assert ingest["results"]["plan"] == []
    assert ingest["tasks"]["fetch_extract"] == "skipped"
    assert ingest["tasks"]["load"] == "success"
    assert ingest["results"]["load"]["new_articles"] == 0
    assert ingest["tasks"]["announce"] == "skipped"
    assert runs["next_day"]["alerts"] is None and runs["next_day"]["alerts_skipped"]


def test_digest_reports_the_day_before_its_run_once(runs: dict[str, Any], embedded: Any) -> None:
    mail_before = len(embedded.smtp.received)
    first, second = embedded.dag(DIGEST_DATE, "pardonwatch_digest", "pardonwatch_digest")
    assert first["state"] == second["state"] == "success"
    assert first["results"]["send_digest"]["day"] == "2026-11-22"
    assert first["results"]["send_digest"]["sent"] == 1
    assert second["results"]["send_digest"]["sent"] == 0
    assert len(embedded.smtp.received) == mail_before + 1
