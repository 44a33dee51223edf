"""The section "Interrupted runs and bad input" of docs/reliability.md lists
exactly the cases the reliability tests run, with the right counts."""

from __future__ import annotations

import re

import test_bad_input
import test_interrupted_runs
from reliability_cases import ALL_CASES, BAD_INPUT_CASES, KILL_CASES

from pipeline.settings import PROJECT_ROOT

SECTION = "## Interrupted runs and bad input"


def _section() -> str:
    text = (PROJECT_ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    start = text.index(SECTION) + len(SECTION)
    end = text.find("\n## ", start)
    return text[start : end if end != -1 else len(text)]


def _parametrized_ids(function: object) -> list[str]:
    [mark] = [m for m in getattr(function, "pytestmark", []) if m.name == "parametrize"]
    return list(mark.kwargs["ids"])


def test_the_doc_lists_exactly_the_cases_tried():
    listed = re.findall(r"^\| `([a-z0-9-]+)` \|", _section(), flags=re.MULTILINE)
    assert sorted(listed) == sorted(ALL_CASES)


def test_the_tests_run_every_listed_case():
    killed = _parametrized_ids(
        test_interrupted_runs.test_a_run_killed_after_a_stage_is_completed_by_the_next_run
    )
    fed = _parametrized_ids(
        test_bad_input.test_one_bad_url_is_one_error_and_the_healthy_feeds_are_stored
    )
    assert killed == KILL_CASES
    assert [*fed, "import-url-control-char"] == list(BAD_INPUT_CASES)


def test_the_doc_counts_match():
    match = re.search(r"Cases: (\d+) \((\d+) interrupted runs, (\d+) bad inputs\)", _section())
    assert match, "the section states its case counts"
    assert tuple(map(int, match.groups())) == (
        len(ALL_CASES),
        len(KILL_CASES),
        len(BAD_INPUT_CASES),
    )
    assert f"all {len(ALL_CASES)} pass" in _section()
