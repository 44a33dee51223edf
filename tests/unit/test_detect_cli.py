import json

from click.testing import CliRunner

from pipeline.cli.detect import detect_command, eval_command


def run_jsonl(lines):
    result = CliRunner().invoke(detect_command, ["--jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_jsonl_writes_one_line_per_input_in_order():
    rows = run_jsonl(
        [
            json.dumps({"id": "a", "text": "The king pardoned 500 prisoners.", "lang": "en"}),
            json.dumps({"id": "b", "text": "Rain is expected tomorrow."}),
        ]
    )
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["is_pardon_announcement"] and not rows[1]["is_pardon_announcement"]


def test_jsonl_bad_line_reports_error_and_goes_on():
    rows = run_jsonl(["{not json", json.dumps({"id": "ok", "text": "x"})])
    assert rows[0]["error"].startswith("line 1:") and rows[1]["id"] == "ok"


def test_jsonl_missing_text_is_an_error_line():
    rows = run_jsonl([json.dumps({"id": 7})])
    assert rows == [{"id": 7, "error": "line 1: 'text' must be a string"}]


def test_jsonl_resolves_dates_with_published():
    rows = run_jsonl(
        [
            json.dumps(
                {
                    "id": "d",
                    "published": "2024-03-08",
                    "lang": "en",
                    "text": "The emir pardoned 200 inmates on Monday.",
                }
            )
        ]
    )
    assert rows[0]["announced_on"] == "2024-03-04"


def test_files_get_a_readable_verdict(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The king pardoned 500 prisoners on Throne Day.", encoding="utf-8")
    result = CliRunner().invoke(detect_command, [str(path)])
    assert result.exit_code == 0 and "ANNOUNCEMENT" in result.output


def test_eval_exits_zero_on_the_labelled_set():
    result = CliRunner().invoke(eval_command, ["--split", "dev"])
    assert result.exit_code == 0, result.output
    assert "F1" in result.output


def test_every_command_has_help_text():
    for command in (detect_command, eval_command):
        assert command.help and all(
            p.help for p in command.params if hasattr(p, "help") and p.param_type_name == "option"
        )
