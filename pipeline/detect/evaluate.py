"""Measures the detector on the labelled set in ``tests/fixtures/detect``.

A case is one YAML mapping: ``id``, ``text``, optional ``title``, ``published``,
``lang``, ``kind`` (for negatives: which hard negative it is) and ``expected``
(``is_pardon_announcement`` plus the fields to check).  The split is the name
of the folder the file sits in (``dev`` or ``heldout``).

Fields are scored over the true positives whose ``expected`` names the field
(``null`` included: it then means "must be empty").  ``issuer`` matches when the
expected text occurs in the detected one (case and spelling folded);
``conditions`` and ``exclusions`` when every expected phrase was found;
``decrees`` when there are as many decrees as expected and each expected one
(country code, and count when given) is among them.  Other fields must be equal.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from pipeline.models import Decree, Detection

from .core import detect
from .normalize import fold

__all__ = [
    "DEFAULT_FIXTURES",
    "FLOORS",
    "Case",
    "Report",
    "evaluate",
    "format_report",
    "load_cases",
]

DEFAULT_FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "detect"
FLOORS = {"f1": 0.95, "field": 0.90}
FIELDS = (
    "country_code",
    "issuer",
    "count",
    "count_text",
    "count_low",
    "count_high",
    "count_magnitude",
    "announced_on",
    "occasion",
    "conditions",
    "exclusions",
    "decrees",
)


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    text: str
    expected: dict[str, Any]
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    kind: str | None = None
    split: str = "dev"
    lang_hint: bool = True  # give ``lang`` to the detector (False: only report by it)

    @property
    def positive(self) -> bool:
        return bool(self.expected.get("is_pardon_announcement"))


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Report:
    """Plain figures: overall counts, per-field accuracy, per-language counts, misses."""

    cases: int = 0
    overall: Counts = field(default_factory=Counts)
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, total]
    languages: dict[str, Counts] = field(default_factory=dict)
    kinds: dict[str, Counts] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def field_accuracy(self) -> dict[str, float]:
        return {k: (c / t if t else 1.0) for k, (c, t) in sorted(self.fields.items())}

    def failures(self, floors: dict[str, float] | None = None) -> list[str]:
        """The floors this report falls below (empty when all hold)."""
        floors = floors or FLOORS
        out = []
        if self.overall.f1 < floors["f1"]:
            out.append(f"F1 {self.overall.f1:.3f} < {floors['f1']}")
        for name, acc in self.field_accuracy().items():
            if acc < floors["field"]:
                out.append(f"{name} accuracy {acc:.3f} < {floors['field']}")
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "overall": self.overall.as_dict(),
            "fields": {
                k: {"accuracy": round(a, 4), "n": self.fields[k][1]}
                for k, a in self.field_accuracy().items()
            },
            "languages": {k: v.as_dict() for k, v in sorted(self.languages.items())},
            "misses": self.misses,
            "seconds": round(self.seconds, 3),
        }


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return None


def load_cases(path: Path | str | None = None) -> list[Case]:
    """Every case in the YAML files under ``path`` (a file or a folder)."""
    root = Path(path) if path else DEFAULT_FIXTURES
    files = [root] if root.is_file() else sorted(root.rglob("*.yaml"))
    cases: list[Case] = []
    for file in files:
        split = file.parent.name if file.parent != root else "dev"
        for raw in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            cases.append(
                Case(
                    id=str(raw["id"]),
                    text=str(raw.get("text") or ""),
                    expected=dict(raw.get("expected") or {"is_pardon_announcement": False}),
                    title=raw.get("title"),
                    published=_as_date(raw.get("published")),
                    lang=raw.get("lang"),
                    kind=raw.get("kind"),
                    split=split,
                )
            )
    return cases


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _field_ok(name: str, want: Any, got: Decree, detection: Detection) -> bool:
    if name == "decrees":
        if len(detection.decrees) != len(want):
            return False
        return all(
            any(
                d.country_code == w.get("country_code")
                and ("count" not in w or d.count == w["count"])
                for d in detection.decrees
            )
            for w in want
        )
    value = getattr(got, name)
    if name == "issuer":
        return (want is None and value is None) or bool(
            want and value and fold(str(want)) in fold(value)
        )
    if name in ("conditions", "exclusions"):
        return set(want or ()) <= set(value)
    if name == "announced_on":
        return _as_date(want) == value
    if name == "count_text":
        return (want is None and value is None) or bool(
            want and value and fold(str(want)) == fold(value)
        )
    return bool(want == value)


def _got(name: str, decree: Decree, detection: Detection) -> Any:
    if name == "decrees":
        return [{"country_code": d.country_code, "count": d.count} for d in detection.decrees]
    return _plain(getattr(decree, name))


def evaluate(cases: Iterable[Case], detector: Callable[..., Detection] = detect) -> Report:
    """Run ``detector`` on every case and score it (see the module doc)."""
    report = Report()
    start = time.perf_counter()
    for case in cases:
        report.cases += 1
        detection = detector(
            case.text,
            title=case.title,
            published=case.published,
            lang=case.lang if case.lang_hint else None,
        )
        want, got = case.positive, detection.is_pardon_announcement
        lang = case.lang or "?"
        buckets = [report.overall, report.languages.setdefault(lang, Counts())]
        if case.kind:
            buckets.append(report.kinds.setdefault(case.kind, Counts()))
        outcome = "tp" if want and got else "fn" if want else "fp" if got else "tn"
        for bucket in buckets:
            setattr(bucket, outcome, getattr(bucket, outcome) + 1)
        if outcome in ("fp", "fn"):
            report.misses.append(
                {
                    "id": case.id,
                    "field": "is_pardon_announcement",
                    "expected": want,
                    "got": got,
                    "kind": case.kind,
                    "confidence": round(detection.confidence, 3),
                    "rules": list(detection.rules),
                }
            )
            continue
        if outcome != "tp":
            continue
        for name in FIELDS:
            if name not in case.expected:
                continue
            score = report.fields.setdefault(name, [0, 0])
            score[1] += 1
            if _field_ok(name, case.expected[name], detection.primary, detection):
                score[0] += 1
            else:
                report.misses.append(
                    {
                        "id": case.id,
                        "field": name,
                        "expected": _plain(case.expected[name]),
                        "got": _got(name, detection.primary, detection),
                        "rules": list(detection.rules),
                    }
                )
    report.seconds = time.perf_counter() - start
    return report


def format_report(
    report: Report, *, title: str = "detector evaluation", misses: bool = True, floors: bool = True
) -> str:
    """The report as text: figures first, then one line per miss."""
    o = report.overall
    lines = [
        f"== {title}: {report.cases} cases in {report.seconds:.2f}s",
        f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}  "
        f"(tp {o.tp}, fp {o.fp}, fn {o.fn}, tn {o.tn})",
        "fields (over true positives that state them):",
    ]
    for name, acc in report.field_accuracy().items():
        correct, total = report.fields[name]
        lines.append(f"  {name:<14} {acc:6.3f}  ({correct}/{total})")
    lines.append("languages:")
    for lang, c in sorted(report.languages.items()):
        lines.append(
            f"  {lang:<3} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
            f"(tp {c.tp}, fp {c.fp}, fn {c.fn}, tn {c.tn})"
        )
    if report.kinds:
        rejected = sum(c.tn for c in report.kinds.values())
        total = sum(c.tn + c.fp for c in report.kinds.values())
        lines.append(f"hard negatives rejected: {rejected}/{total} over {len(report.kinds)} kinds")
    if report.misses and misses:
        lines.append("misses:")
        for miss in report.misses:
            lines.append(
                f"  {miss['id']} [{miss['field']}] expected {miss['expected']!r} "
                f"got {miss['got']!r} rules={','.join(miss['rules'][:6])}"
            )
    if floors:
        failures = report.failures()
        lines.append("floors: " + ("all met" if not failures else "; ".join(failures)))
    return "\n".join(lines)
