from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline.alerts.subscribers import SubscribersError, load_subscribers, parse_subscribers
from pipeline.models import Claim, Event
from pipeline.settings import PROJECT_ROOT

IRAN = Event(
    event_id="ev-ir",
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    announced_on=date(2022, 2, 10),
    count=3388,
    confidence=0.9,
    claims=(Claim("ev-ir", "a1", "https://irna.ir/1", language="fa"),),
)


def one(filters: str) -> Event | None:
    [subscriber] = parse_subscribers(f"subscribers:\n  - email: a@example.org\n{filters}")
    return IRAN if subscriber.filters.matches(IRAN, 0.6) else None


def test_shipped_example_file_loads():
    subscribers = load_subscribers(PROJECT_ROOT / "subscribers.yaml")
    assert 2 <= len(subscribers) <= 3
    assert all(s.email.endswith("@example.org") for s in subscribers)


def test_defaults_are_instant_with_follow_ups_and_no_filters():
    [s] = parse_subscribers("subscribers:\n  - email: A@Example.org\n")
    assert (s.email, s.mode, s.follow_ups, s.nothing_new) == (
        "a@example.org",
        "instant",
        True,
        False,
    )


def test_bad_yaml_error_names_the_file(tmp_path: Path):
    path = tmp_path / "subs.yaml"
    path.write_text("subscribers: [\n")
    with pytest.raises(SubscribersError, match=r"subs\.yaml: not valid YAML"):
        load_subscribers(path)


def test_bad_mode_error_names_the_entry():
    text = "subscribers:\n  - email: a@example.org\n  - email: b@example.org\n    mode: hourly\n"
    with pytest.raises(
        SubscribersError, match=r"x\.yaml: subscriber #2 \(b@example\.org\): 'mode'"
    ):
        parse_subscribers(text, source="x.yaml")


def test_unknown_filter_key_is_an_error():
    with pytest.raises(SubscribersError, match="unknown filter keys"):
        parse_subscribers("subscribers:\n  - email: a@example.org\n    filters: {country: IR}\n")


def test_address_with_header_injection_is_rejected():
    with pytest.raises(SubscribersError, match="'email'"):
        parse_subscribers('subscribers:\n  - email: "a@example.org\\r\\nBcc: evil@x"\n')


def test_same_address_twice_is_an_error():
    text = "subscribers:\n  - email: a@example.org\n  - email: A@example.org\n"
    with pytest.raises(SubscribersError, match="listed twice"):
        parse_subscribers(text)


def test_country_filter_accepts_iso_code_or_name():
    assert one("    filters: {countries: [ir]}\n")
    assert one("    filters: {countries: [IRAN]}\n")
    assert not one("    filters: {countries: [SA]}\n")


def test_min_count_filter():
    assert one("    filters: {min_count: 3000}\n")
    assert not one("    filters: {min_count: 5000}\n")


def test_min_confidence_filter_never_goes_below_the_global_threshold():
    assert not one("    filters: {min_confidence: 0.95}\n")
    [s] = parse_subscribers(
        "subscribers:\n  - email: a@example.org\n    filters: {min_confidence: 0.1}\n"
    )
    assert not s.filters.matches(replace(IRAN, confidence=0.5), 0.6)


def test_language_filter_looks_at_source_languages():
    assert one("    filters: {languages: [fa-IR]}\n")
    assert not one("    filters: {languages: [ar]}\n")
