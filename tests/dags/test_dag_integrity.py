"""The DAGs load, are wired as designed, and do nothing when parsed."""

from __future__ import annotations

from typing import Any

from pipeline.orchestration import EVENTS_ASSET_URI, WRITER_POOL, default_args

DAG_IDS = {"pardonwatch_ingest", "pardonwatch_alerts", "pardonwatch_digest"}


def tasks(report: dict[str, Any], dag_id: str) -> dict[str, Any]:
    return report["dags"][dag_id]["tasks"]


def test_dagbag_loads_every_dag_without_import_errors(dag_report: dict[str, Any]) -> None:
    assert dag_report["import_errors"] == {}
    assert set(dag_report["dags"]) == DAG_IDS


def test_every_dag_is_tagged_and_does_not_catch_up(dag_report: dict[str, Any]) -> None:
    for dag in dag_report["dags"].values():
        assert dag["tags"] == ["pardonwatch"]
        assert dag["catchup"] is False


def test_every_task_retries_with_exponential_backoff(dag_report: dict[str, Any]) -> None:
    defaults = default_args()
    for dag in dag_report["dags"].values():
        for task in dag["tasks"].values():
            assert task["retries"] == defaults["retries"] == 3
            assert task["backoff"] == defaults["retry_exponential_backoff"] > 1
            assert task["retry_delay"] == defaults["retry_delay"].total_seconds() > 0


def test_ingest_runs_daily_by_default_and_alerts_on_the_events_asset(
    dag_report: dict[str, Any],
) -> None:
    dags = dag_report["dags"]
    assert dags["pardonwatch_ingest"]["summary"] == "0 0 * * *"
    assert dags["pardonwatch_digest"]["summary"] == "0 7 * * *"
    assert dags["pardonwatch_alerts"]["timetable"] == "AssetTriggeredTimetable"
    assert dags["pardonwatch_alerts"]["assets"] == [dag_report["events_asset_uri"]]


def test_alerts_are_scheduled_on_the_asset_ingest_updates(dag_report: dict[str, Any]) -> None:
    announce = tasks(dag_report, "pardonwatch_ingest")["announce"]
    alerts = dag_report["dags"]["pardonwatch_alerts"]
    assert announce["outlets"] == alerts["assets"] == [dag_report["events_asset_uri"]]
    assert announce["outlet_names"] == alerts["asset_names"] == [EVENTS_ASSET_URI]


def test_schedules_follow_their_environment_variables(dag_report: dict[str, Any]) -> None:
    assert dag_report["overridden"]["pardonwatch_ingest"] == "0 */6 * * *"
    assert dag_report["overridden"]["pardonwatch_digest"] == "30 5 * * *"


def test_ingest_is_poll_fetch_extract_load_publish(dag_report: dict[str, Any]) -> None:
    ingest = tasks(dag_report, "pardonwatch_ingest")
    assert ingest["plan"]["upstream"] == ["poll"] and not ingest["plan"]["mapped"]
    assert ingest["fetch_extract"]["upstream"] == ["plan"] and ingest["fetch_extract"]["mapped"]
    assert ingest["load"]["upstream"] == ["fetch_extract"]
    assert ingest["publish"]["upstream"] == ["load"]
    assert ingest["announce"]["upstream"] == ["load"]


def test_load_runs_when_poll_found_nothing(dag_report: dict[str, Any]) -> None:
    # an empty poll skips the mapped tasks; load must still run (and add nothing)
    assert tasks(dag_report, "pardonwatch_ingest")["load"]["trigger_rule"] == "none_failed"


def test_every_duckdb_writer_takes_the_one_slot_pool(dag_report: dict[str, Any]) -> None:
    writers = {
        "pardonwatch_ingest": {"poll", "load", "publish"},
        "pardonwatch_alerts": {"send_alerts"},
        "pardonwatch_digest": {"send_digest"},
    }
    for dag_id, task_ids in writers.items():
        for task_id, task in tasks(dag_report, dag_id).items():
            expected = WRITER_POOL if task_id in task_ids else "default_pool"
            assert task["pool"] == expected, f"{dag_id}.{task_id}"


def test_only_announce_updates_the_events_asset(dag_report: dict[str, Any]) -> None:
    for dag_id in DAG_IDS:
        for task_id, task in tasks(dag_report, dag_id).items():
            announces = (dag_id, task_id) == ("pardonwatch_ingest", "announce")
            expected = [dag_report["events_asset_uri"]] if announces else []
            assert task["outlets"] == expected, f"{dag_id}.{task_id}"


def test_parsing_imports_only_the_shared_constants(dag_report: dict[str, Any]) -> None:
    # pipeline.orchestration holds plain names (asset URI, pool, default args); the
    # stages, settings and store are imported inside task bodies only
    assert dag_report["pipeline_modules"] == ["pipeline", "pipeline.orchestration"]
    assert dag_report["heavy_modules"] == []


def test_parsing_creates_no_data_folder(dag_report: dict[str, Any]) -> None:
    assert dag_report["data_dir_created"] is False


def test_dags_come_from_the_repo_dags_folder(dag_report: dict[str, Any]) -> None:
    for dag_id, dag in dag_report["dags"].items():
        assert dag["fileloc"].endswith(f"dags/{dag_id}.py")
