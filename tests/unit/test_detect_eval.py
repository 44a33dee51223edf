"""The labelled set pins the detector's floors: they cannot drop silently."""

from __future__ import annotations

import pytest

from pipeline.detect.evaluate import evaluate, format_report, load_cases

F1_FLOOR = 0.97
FIELD_FLOOR = 0.95


@pytest.fixture(scope="module")
def cases():
    return load_cases()


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_split_meets_f1_and_field_floors(cases, split):
    report = evaluate([c for c in cases if c.split == split])
    assert report.overall.f1 >= F1_FLOOR, format_report(report, title=split)
    low = {k: v for k, v in report.field_accuracy().items() if v < FIELD_FLOOR}
    assert not low, format_report(report, title=split)


def test_labelled_set_is_large_and_varied(cases):
    positives = [c for c in cases if c.positive]
    negatives = [c for c in cases if not c.positive]
    assert len(cases) >= 200 and len(positives) >= 80 and len(negatives) >= 80
    assert len({c.lang for c in positives}) >= 7
    assert len({c.kind for c in negatives}) >= 15


def test_every_negative_names_its_kind(cases):
    assert all(c.kind for c in cases if not c.positive)


def test_report_lists_each_miss_with_rules(cases):
    def wrong(text, **_):
        from pipeline.models import Detection

        return Detection(True, 1.0, rules=("x.rule",))

    report = evaluate([c for c in cases if not c.positive][:2], detector=wrong)
    assert [m["rules"] for m in report.misses] == [["x.rule"], ["x.rule"]]
