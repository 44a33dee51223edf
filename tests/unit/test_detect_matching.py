"""The matcher's pre-filter: what it requires of a text, and that it never changes a result."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.detect.evaluate import load_cases
from pipeline.detect.matching import Matcher, MatcherSet, required_literals
from pipeline.detect.normalize import normalize
from pipeline.detect.rules import COMPILED


def _matchers() -> list[Matcher]:
    out: list[Matcher] = []
    for lex in COMPILED.values():
        for rule in (*lex.announce, *lex.block, *lex.mask, *lex.earlier):
            out.append(rule.regex)
        out += [lex.term, lex.official, lex.essay, lex.issuer, lex.people, lex.exclusion_cue]
        out += [regex for regex, _ in lex.occasion_named] + [lex.occasion_other]
        out += [regex for regex, _ in lex.conditions]
    return out


MATCHERS = _matchers()


def _spans(matcher: Matcher, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in matcher.finditer(text)]


def _reference(matcher: Matcher, text: str) -> list[tuple[int, int]]:
    """The spans the matcher finds without its pre-filter."""
    lowered = text.lower()
    if matcher._lc is not None and len(lowered) == len(text):
        return [m.span() for m in matcher._lc.finditer(lowered)]
    return [m.span() for m in matcher._ci.finditer(text)]


def test_a_literal_run_is_required() -> None:
    assert frozenset({"pardon"}) in required_literals(r"\bpardon(?:ed|s)?\b", ignorecase=False)


def test_every_branch_gives_one_string_of_a_clause() -> None:
    clauses = required_literals(r"\b(?:king|emir)\s+pardoned\b", ignorecase=False)
    assert frozenset({"king", "emir"}) in clauses
    assert frozenset({"pardoned"}) in clauses


def test_optional_parts_and_lookarounds_require_nothing() -> None:
    clauses = required_literals(r"(?:royal\s+)?(?<!tax )amnesty(?= was)", ignorecase=False)
    assert clauses == (frozenset({"amnesty"}),)


def test_a_branch_without_a_literal_voids_the_clause() -> None:
    assert required_literals(r"(?:\d+|many) prisoners", ignorecase=False) == (
        frozenset({" prisoners"}),
    )


def test_case_insensitive_runs_stop_at_letters_that_fold_widely() -> None:
    # re.IGNORECASE equates "ı" with "i" and "I": "CUMHURBAŞKANI" matches
    # "cumhurbaşkanı", yet its lower-cased form holds "cumhurbaşkani".
    clauses = required_literals("Cumhurbaşkanı Aliyev", ignorecase=True)
    assert all("ı" not in needle for clause in clauses for needle in clause)
    assert frozenset({"cumhurbaşkanı aliyev"}) in required_literals(
        "cumhurbaşkanı aliyev", ignorecase=False
    )
    matcher = Matcher(r"(?-i:C)umhurbaşkanı Aliyev")
    assert _spans(matcher, "CUMHURBAŞKANI ALIYEV") == _reference(matcher, "CUMHURBAŞKANI ALIYEV")


def test_a_missing_literal_skips_the_search() -> None:
    matcher = Matcher(r"\b(?:king|emir)\s+\w+\s+pardoned\b")
    assert matcher.search("The king has pardoned 500 prisoners.") is not None
    assert matcher.search("The king has freed 500 prisoners.") is None


def test_tables_match_exactly_as_without_the_pre_filter() -> None:
    """Every table pattern, on every labelled text (as written and upper-cased), finds
    the same spans as the plain case-insensitive regex."""
    texts: list[str] = []
    for case in load_cases():
        body = normalize(case.text)
        texts += [body, body.upper(), normalize(case.title or "")]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?؟])\s+|\n", t) if s.strip()]
    assert len(sentences) > 500
    for matcher in MATCHERS:
        for sentence in sentences:
            assert _spans(matcher, sentence) == _reference(matcher, sentence), (
                matcher.pattern[:80],
                sentence,
            )


WORDS = sorted({n for m in MATCHERS for clause in m._lc_needles for n in clause})[:400]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(max_size=6), st.sampled_from([" ", "\n", "."])),
        max_size=30,
    ),
    st.sampled_from(MATCHERS),
)
def test_arbitrary_text_matches_exactly_as_without_the_pre_filter(
    parts: list[str], matcher: Matcher
) -> None:
    text = normalize("".join(parts))
    assert _spans(matcher, text) == _reference(matcher, text)


def test_a_matcher_set_never_rules_out_a_pattern_that_matches() -> None:
    """``MatcherSet.possible`` holds for every table rule that finds a match, and rules
    most rules out on ordinary sentences."""
    sentences = [s for case in load_cases() for s in normalize(case.text).split(". ")]
    ruled_out = checked = 0
    for lex in COMPILED.values():
        rules = (*lex.announce, *lex.block, *lex.mask, *lex.earlier)
        for sentence in sentences:
            for text in (sentence, sentence.upper()):
                ok = lex.rule_set.possible(text, text.lower())
                for rule in rules:
                    checked += 1
                    if rule.regex.search(text) is not None:
                        assert ok[rule.slot], (rule.id, text)
                    ruled_out += not ok[rule.slot]
    assert ruled_out > checked / 2


def test_a_matcher_set_sees_strings_inside_other_strings() -> None:
    sets = MatcherSet([Matcher(r"\bamnesty\b"), Matcher(r"nest\w+"), Matcher(r"\bwas pardoned")])
    assert sets.possible("The amnesty was pardoned", "the amnesty was pardoned") == [
        True,
        True,
        True,
    ]
    assert sets.possible("nothing here", "nothing here") == [False, False, False]


def test_every_table_pattern_compiles_in_both_forms() -> None:
    """Patterns are compiled when first run; this compiles every one of them now."""
    for matcher in MATCHERS:
        assert matcher.compile()._ci.pattern == matcher.pattern


def test_a_language_is_compiled_when_first_asked_for_and_once() -> None:
    from pipeline.detect.lexicon import LEXICONS
    from pipeline.detect.rules import _Compiled

    tables = _Compiled(LEXICONS)
    assert "fr" in tables and "xx" not in tables and len(tables) == len(LEXICONS)
    assert tables["fr"] is tables["fr"] and list(tables._done) == ["fr"]


def test_a_matcher_set_finds_the_same_in_text_whose_length_lower_casing_changes() -> None:
    sets = MatcherSet([Matcher(r"\bamnesty\b"), Matcher(r"\bpardoned\b")])
    assert sets.possible("AMNESTY", "amnesty") == [True, False]
    text = "İ AMNESTY"  # lower-cases to one character more: the case-insensitive forms run
    assert sets.possible(text, text.lower()) == [True, False]
    assert sets.possible("PARDONED", "pardoned") == [False, True]
