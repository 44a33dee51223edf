"""docs/reliability.md states how many cases each test tries: keep those counts true."""

from __future__ import annotations

import re

import pytest
import test_careless_input as careless
import test_slow_servers as slow
import test_sql_escapes as escapes
import test_ssrf_matrix as ssrf

from pipeline.settings import PROJECT_ROOT

DOC = (PROJECT_ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", DOC, flags=re.M | re.S)
    assert match, f"no section '## {title}'"
    return match.group(1)


def _count(section: str, row_start: str) -> int:
    """The 'cases' column of the table row that begins with ``row_start``."""
    for line in _section(section).splitlines():
        if line.startswith(f"| {row_start}"):
            return int(line.split("|")[2].strip())
    raise AssertionError(f"no row starting {row_start!r} in '## {section}'")


def test_doc_starts_with_its_title():
    assert DOC.splitlines()[0] == "# Reliability"


@pytest.mark.parametrize(
    ("section", "row", "actual"),
    [
        ("Network and SSRF", "address forms and redirect chains", len(ssrf.CASES)),
        ("Network and SSRF", "servers trickling", len(slow.SLOW)),
        ("Analysts' SQL", "escapes", len(escapes.ESCAPES)),
        ("Careless input", "feed entries of the wrong type", len(careless.BAD_ENTRIES)),
        ("Careless input", "unreadable files", len(careless.BAD_BYTES)),
    ],
)
def test_doc_counts_match_the_tests(section, row, actual):
    assert _count(section, row) == actual


def test_prose_counts_match_the_tests():
    assert f"The {len(ssrf.CASES)} cases:" in _section("Network and SSRF")
    assert f"The {len(escapes.ESCAPES)} statements:" in _section("Analysts' SQL")


def test_every_test_file_named_in_the_doc_exists():
    named = set(re.findall(r"`(test_[a-z_]+\.py)", DOC))
    folder = PROJECT_ROOT / "tests" / "reliability"
    assert named and all((folder / name).exists() for name in named)


def test_deadline_and_cap_in_the_doc_are_the_defaults():
    from pipeline.settings import Settings

    defaults = Settings()
    assert f"`PARDONWATCH_REQUEST_DEADLINE`, {defaults.request_deadline:g} s" in DOC
    assert f"({defaults.max_import_line_bytes:,} bytes)" in DOC
