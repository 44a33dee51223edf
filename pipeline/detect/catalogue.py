"""Every rule id of the detector in words, generated from the rule tables.

The tables (``pipeline/detect/lexicon/*.py``) give each rule an id, a kind
and a weight; this module adds what each table and kind means, so that a
verdict's ``rules`` can be read without opening the code.  Ids the detector
makes up on the way (``<lang>.block.question``, ``<lang>.earlier``,
``error.<Exception>``) are described too.  ``pardonwatch rules`` prints the
catalogue; ``docs/rules.md`` is its Markdown form (checked by a test).
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import LEXICONS

__all__ = [
    "KIND_WORDS",
    "LANGUAGES",
    "TABLE_WORDS",
    "RuleInfo",
    "catalogue",
    "describe",
    "markdown",
]

LANGUAGES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "de": "German",
    "ar": "Arabic",
    "fa": "Persian",
    "ru": "Russian",
    "tr": "Turkish",
    "id": "Indonesian",
    "ur": "Urdu",
    "hi": "Hindi",
    "vi": "Vietnamese",
    "bn": "Bengali",
}

TABLE_WORDS = {
    "announce": "counts toward an announcement",
    "block": "cancels the announcement matches it overlaps",
    "mask": "blanks a sense of a pardon word that is not about prisoners",
    "earlier": "sets a sentence aside as about an earlier decree",
}

KIND_WORDS = {
    # announce
    "grant": "a pardon, amnesty or commutation granted or approved",
    "future": "a decree announced for the coming days by an official source",
    "reference": "a reaction or commentary referring to a specific announced decree",
    "headline": "a headline form of an announcement",
    "effect": "what a specific announced decree covers or does",
    # block
    "background": "background on pardons in general, not a decree",
    "bail": "a release on bail, not a pardon",
    "bill_debated": "an amnesty bill still debated or sent on, not passed",
    "condition": "the conditions for benefiting from a pardon, not a decree",
    "habitual": "what a ruler usually or yearly does, not a decree",
    "prisoner_swap": "a prisoner swap, hostages or an acquittal, not a pardon",
    "other": "another kind of forgiveness (by a victim's heirs), not a decree",
    "call": "a call or demand for a pardon",
    "court_quash": "a court quashing a conviction, not a pardon",
    "court_ruling": "a court ruling on a pardon or applying an amnesty law, not a decree",
    "organisation_remit": "what an organisation works on, not a decree",
    "pardon_power_essay": "an essay or history of the pardon power",
    "pending": "a measure still awaiting a step (sent to parliament, put to the ruler for"
    " approval, not yet signed); the article's future forms do not count either",
    "petition": "a petition or campaign for clemency",
    "refusal": "a pardon refused, denied or ruled out",
    "speculation": "speculation that a pardon may come",
    "question": "the sentence is a question",
    # earlier
    "earlier": "an earlier decree mentioned in passing",
    # mask
    "amnesty_international": "Amnesty International, the organisation",
    "debt_forgiveness": "forgiveness of debts or loans",
    "gun_amnesty": "a gun or weapons amnesty",
    "immigration_amnesty": "an immigration amnesty",
    "institution": "the name of an institution or office",
    "knife_amnesty": "a knife amnesty",
    "library_amnesty": "a library-fine amnesty",
    "other_sense": "another sense of the word",
    "pardon_me": '"pardon" meaning "excuse me"',
    "tax_amnesty": "a tax amnesty",
    "turkey_pardon": "the White House turkey pardon",
}


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One rule id with its language, table, kind and meaning in words."""

    id: str
    lang: str
    table: str
    kind: str
    weight: float
    words: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "language": self.lang,
            "table": self.table,
            "kind": self.kind,
            "weight": self.weight,
            "words": self.words,
        }


def _words(lang: str, table: str, kind: str, name: str) -> str:
    language = LANGUAGES.get(lang, lang)
    what = KIND_WORDS.get(kind, kind.replace("_", " "))
    detail = f' ("{name.replace("_", " ")}")' if name and name != kind else ""
    return f"{language} {table} rule: {what}{detail}; it {TABLE_WORDS.get(table, table)}"


def catalogue() -> list[RuleInfo]:
    """Every rule of every table, in table order, plus the made-up ids."""
    out: list[RuleInfo] = []
    for code, lex in LEXICONS.items():
        for table in ("announce", "block", "mask", "earlier"):
            for rule in getattr(lex, table):
                name = rule.id.split(".")[-1]
                weight = rule.weight if table == "announce" else 0.0
                out.append(
                    RuleInfo(
                        rule.id,
                        code,
                        table,
                        rule.kind,
                        weight,
                        _words(code, table, rule.kind, name),
                    )
                )
        out.append(
            RuleInfo(
                f"{code}.block.question",
                code,
                "block",
                "question",
                0.0,
                _words(code, "block", "question", ""),
            )
        )
        out.append(
            RuleInfo(
                f"{code}.earlier",
                code,
                "earlier",
                "earlier",
                0.0,
                f"{LANGUAGES.get(code, code)}: a positive sentence set aside as about an earlier"
                " decree (an earlier rule, or a date weeks or years before publication)",
            )
        )
    return out


_BY_ID: dict[str, RuleInfo] = {}


def describe(rule_id: str) -> str:
    """``rule_id`` in words (an unknown id is returned as it is)."""
    if not _BY_ID:
        _BY_ID.update((r.id, r) for r in catalogue())
    if rule_id in _BY_ID:
        return _BY_ID[rule_id].words
    if rule_id.startswith("error."):
        return f"the detector failed on this input ({rule_id[6:]}) and rejected it"
    return rule_id


def markdown() -> str:
    """The catalogue as a Markdown page (``docs/rules.md``)."""
    lines = [
        "# Detector rules",
        "",
        "Generated from the rule tables in `pipeline/detect/lexicon/` by",
        "`pardonwatch rules --format markdown > docs/rules.md`; a test checks that",
        "this page is current.  A verdict's `rules` (and `pardonwatch explain`)",
        "name these ids.",
        "",
        "Tables: " + "; ".join(f"**{t}** {w}" for t, w in TABLE_WORDS.items()) + ".",
        "",
    ]
    by_lang: dict[str, list[RuleInfo]] = {}
    for rule in catalogue():
        by_lang.setdefault(rule.lang, []).append(rule)
    for code, rules in by_lang.items():
        lines += [f"## {LANGUAGES.get(code, code)} (`{code}`)", ""]
        lines += ["| id | table | kind | weight | meaning |", "|---|---|---|---|---|"]
        for r in rules:
            weight = f"{r.weight:g}" if r.table == "announce" else ""
            meaning = KIND_WORDS.get(r.kind, r.kind.replace("_", " "))
            if r.id.endswith(".earlier") and r.table == "earlier" and r.id.count(".") == 1:
                meaning = "set aside as about an earlier decree"
            lines.append(f"| `{r.id}` | {r.table} | {r.kind} | {weight} | {meaning} |")
        lines.append("")
    return "\n".join(lines)
