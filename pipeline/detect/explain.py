"""Why a text was or was not taken as a decree: the deciding sentences and
the rules that decided, in words (``pardonwatch explain``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pipeline.models import Detection

from .catalogue import describe
from .core import THRESHOLD, SentenceTrace, detect_traced

__all__ = ["Deciding", "Explanation", "explain"]


@dataclass(frozen=True, slots=True)
class Deciding:
    """One sentence that decided the verdict and the rules it matched."""

    sentence: str
    rules: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "rules": [{"id": r, "words": describe(r)} for r in self.rules],
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    detection: Detection
    reason: str
    deciding: tuple[Deciding, ...] = ()
    sentences: tuple[SentenceTrace, ...] = field(default=())

    @property
    def taken(self) -> bool:
        return self.detection.is_pardon_announcement

    def to_dict(self) -> dict[str, Any]:
        return {
            "taken": self.taken,
            "confidence": round(self.detection.confidence, 3),
            "language": self.detection.language,
            "reason": self.reason,
            "deciding": [d.to_dict() for d in self.deciding],
            "rules": list(self.detection.rules),
            "sentences_judged": len(self.sentences),
        }

    def lines(self) -> list[str]:
        d = self.detection
        verdict = "TAKEN as a decree" if self.taken else "NOT taken as a decree"
        out = [
            f"{verdict} (confidence {d.confidence:.2f}, threshold {THRESHOLD:.2f},"
            f" language {d.language or 'unknown'})",
            f"why: {self.reason}",
        ]
        for item in self.deciding:
            out.append(f'  sentence: "{item.sentence}"')
            out.extend(f"    {rule}: {describe(rule)}" for rule in item.rules)
        return out


def _unique(items: list[Deciding]) -> tuple[Deciding, ...]:
    """One entry per sentence (a headline printed twice is one statement)."""
    seen: dict[str, Deciding] = {}
    for item in items:
        if item.sentence in seen:
            rules = seen[item.sentence].rules
            item = Deciding(item.sentence, tuple(dict.fromkeys(rules + item.rules)))
        seen[item.sentence] = item
    return tuple(seen.values())


def _positive_rules(t: SentenceTrace) -> tuple[str, ...]:
    return t.positives + (() if not t.earlier else (f"{t.lang}.earlier",))


def explain(
    text: str,
    *,
    title: str | None = None,
    published: date | datetime | None = None,
    lang: str | None = None,
) -> Explanation:
    """Detect ``text`` and say which sentences and rules decided, in words."""
    detection, trace = detect_traced(text, title=title, published=published, lang=lang)
    errors = [r for r in detection.rules if r.startswith("error.")]
    if errors:
        return Explanation(detection, describe(errors[0]))
    if not trace:
        return Explanation(
            detection, "no sentence holds a pardon or amnesty word the rules could judge"
        )
    if detection.is_pardon_announcement:
        deciding = tuple(
            Deciding(t.text, t.positives) for t in trace if t.positives and not t.earlier and t.text
        )
        return Explanation(
            detection,
            "announcement rules matched and nothing cancelled them",
            deciding,
            tuple(trace),
        )
    blocked = [t for t in trace if t.blocks]
    masked = [t for t in trace if t.masks and not t.positives]
    earlier = [t for t in trace if t.earlier]
    weak = [t for t in trace if t.positives and not t.earlier]
    if blocked:
        first = blocked[0].blocks[0]
        reason = f"a block rule cancelled the announcement wording: {describe(first)}"
        picked = [Deciding(t.text, t.blocks + t.masks) for t in blocked]
    elif weak:
        reason = (
            f"the announcement wording found was too weak (confidence"
            f" {detection.confidence:.2f} is below {THRESHOLD:.2f})"
        )
        picked = [Deciding(t.text, t.positives) for t in weak]
    elif earlier:
        reason = "only an earlier decree is mentioned, in passing"
        picked = [Deciding(t.text, _positive_rules(t)) for t in earlier]
    elif masked:
        reason = f"the pardon words here mean something else: {describe(masked[0].masks[0])}"
        picked = [Deciding(t.text, t.masks) for t in masked]
    else:
        reason = "no sentence matched an announcement rule"
        picked = []
    return Explanation(detection, reason, _unique(picked)[:5], tuple(trace))
