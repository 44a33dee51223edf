"""`pardonwatch doctor`: one line per check, ok or what to do."""

import json

from click.testing import CliRunner
from smtp_fixtures import free_port, smtp_server_fixture  # noqa: F401 (fixture)

from pipeline.cli import main
from pipeline.doctor import run_checks
from pipeline.settings import Settings


def _by_name(settings: Settings) -> dict[str, tuple[str, str]]:
    return {c.name: (c.status, c.message) for c in run_checks(settings)}


def test_a_missing_feed_file_fails_with_what_to_do(settings):
    status, message = _by_name(settings)["feeds file"]
    assert status == "fail"
    assert str(settings.feeds) in message and "PARDONWATCH_FEEDS" in message


def test_an_smtp_server_that_does_not_answer_fails_with_the_settings_to_check(settings):
    broken = settings.replace(smtp_host="127.0.0.1", smtp_port=free_port())
    status, message = _by_name(broken)["smtp"]
    assert status == "fail"
    assert "cannot connect" in message and "PARDONWATCH_SMTP_PORT" in message


def test_a_working_smtp_server_is_ok(settings, smtp_server):
    working = settings.replace(smtp_host="127.0.0.1", smtp_port=smtp_server.port)
    assert _by_name(working)["smtp"][0] == "ok"


def test_a_bad_smtp_setting_is_reported_not_raised(tmp_path, monkeypatch):
    monkeypatch.setenv("PARDONWATCH_SMTP_TLS", "sometimes")
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "doctor"])
    assert result.exit_code == 1
    assert result.output.startswith("FAIL  settings") and "'sometimes'" in result.output


def test_every_check_is_one_line_in_json(settings):
    settings.feeds.write_text("feeds:\n  - url: https://a.example/rss\n")
    args = ["--data-dir", str(settings.data_dir), "--feeds", str(settings.feeds)]
    result = CliRunner().invoke(main, [*args, "doctor", "--format", "json"])
    checks = json.loads(result.output)
    assert [c["check"] for c in checks] == [
        "settings",
        "feeds file",
        "subscribers file",
        "database",
        "published copy",
        "smtp",
        "airflow home",
        "disk space",
        "feed health",
    ]
    assert all("\n" not in c["message"] for c in checks)
