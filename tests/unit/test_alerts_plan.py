from dataclasses import replace
from datetime import UTC, date, datetime

from pipeline.alerts.plan import (
    AlertState,
    Snapshot,
    material_changes,
    message_id,
    plan_alerts,
    plan_digests,
    state_of,
)
from pipeline.alerts.subscribers import Filters, Subscriber
from pipeline.models import Claim, Event

DAY = date(2022, 2, 10)
EVENT = Event(
    event_id="ev-ir",
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    announced_on=DAY,
    count=3388,
    confidence=0.9,
    sources=2,
    independent_sources=2,
    first_seen=datetime(2022, 2, 10, 8, tzinfo=UTC),
    last_updated=datetime(2022, 2, 10, 9, tzinfo=UTC),
    claims=(Claim("ev-ir", "a1", "https://irna.ir/1", count=3388, language="fa"),),
)
ANALYST = Subscriber("a@example.org")


def alerted(event: Event = EVENT, version: int = 1) -> dict[tuple[str, str], Snapshot]:
    snap = Snapshot(version, state_of(event), "<pw-root@pardonwatch>", "[PardonWatch] root")
    return {(event.event_id, ANALYST.email): snap}


def test_new_event_passing_filters_plans_one_new_alert():
    [alert] = plan_alerts([EVENT], [ANALYST], {}, min_confidence=0.6)
    assert (alert.kind, alert.version, alert.subscriber) == ("new", 1, ANALYST)


def test_event_failing_filters_plans_nothing():
    gulf = Subscriber("g@example.org", filters=Filters(countries=frozenset({"sa"})))
    assert plan_alerts([EVENT], [gulf], {}, min_confidence=0.6) == []


def test_event_below_global_confidence_plans_nothing():
    assert plan_alerts([replace(EVENT, confidence=0.5)], [ANALYST], {}, min_confidence=0.6) == []


def test_event_unchanged_for_long_gets_no_new_alert_but_still_followups():
    since = datetime(2022, 3, 1, tzinfo=UTC)
    assert plan_alerts([EVENT], [ANALYST], {}, min_confidence=0.6, updated_since=since) == []
    changed = replace(EVENT, count=9000)
    [alert] = plan_alerts([changed], [ANALYST], alerted(), min_confidence=0.6, updated_since=since)
    assert alert.kind == "followup"


def test_digest_only_subscriber_gets_no_instant_alert():
    reader = Subscriber("d@example.org", mode="digest")
    assert plan_alerts([EVENT], [reader], {}, min_confidence=0.6) == []


def test_unchanged_alerted_event_plans_nothing():
    assert plan_alerts([EVENT], [ANALYST], alerted(), min_confidence=0.6) == []


def test_figure_outside_alerted_range_plans_threaded_followup():
    changed = replace(EVENT, count=4000)
    [alert] = plan_alerts([changed], [ANALYST], alerted(), min_confidence=0.6)
    assert (alert.kind, alert.version) == ("followup", 2)
    assert alert.previous and alert.previous.root_message_id == "<pw-root@pardonwatch>"
    assert "new figure 4,000 outside the alerted figure 3,388" in alert.reasons


def test_figure_inside_alerted_range_is_not_material():
    ranged = replace(EVENT, count=None, count_low=3000, count_high=4000, claims=())
    inside = replace(ranged, count=3500)
    assert material_changes(inside, state_of(ranged), 0.6) == ()


def test_new_independent_source_is_material():
    more = replace(EVENT, independent_sources=3)
    assert material_changes(more, state_of(EVENT), 0.6) == ("independent sources rose from 2 to 3",)


def test_confidence_crossing_threshold_either_way_is_material():
    low = AlertState(confidence=0.5, independent_sources=2, figure_low=3388, figure_high=3388)
    assert material_changes(EVENT, low, 0.6) == ("confidence rose above 0.60 (0.50 -> 0.90)",)
    dropped = replace(EVENT, confidence=0.4)
    assert material_changes(dropped, state_of(EVENT), 0.6) == (
        "confidence fell below 0.60 (0.90 -> 0.40)",
    )


def test_alerted_range_only_widens():
    wider = state_of(replace(EVENT, count=2000), state_of(EVENT))
    assert (wider.figure_low, wider.figure_high) == (2000, 3388)


def test_subscriber_without_follow_ups_gets_none():
    quiet = Subscriber("a@example.org", follow_ups=False)
    assert plan_alerts([replace(EVENT, count=9000)], [quiet], alerted(), min_confidence=0.6) == []


def test_message_id_is_deterministic_per_event_version_recipient():
    assert message_id("ev", 1, "a@example.org") == message_id("ev", 1, "a@example.org")
    assert message_id("ev", 1, "a@example.org") != message_id("ev", 2, "a@example.org")
    assert message_id("ev", 1, "a@example.org").startswith("<pw-")


def test_digest_lists_new_and_updated_events_of_the_day():
    older = replace(EVENT, event_id="old", first_seen=datetime(2022, 2, 1, tzinfo=UTC))
    reader = Subscriber("d@example.org", mode="digest")
    [digest] = plan_digests([EVENT, older], [reader], DAY, already_planned=(), min_confidence=0.6)
    assert ([e.event_id for e in digest.new], [e.event_id for e in digest.updated]) == (
        ["ev-ir"],
        ["old"],
    )


def test_no_digest_on_an_empty_day_unless_nothing_new_notes_wanted():
    reader = Subscriber("d@example.org", mode="digest")
    noter = Subscriber("n@example.org", mode="both", nothing_new=True)
    other_day = date(2022, 3, 1)
    plans = plan_digests(
        [EVENT], [reader, noter], other_day, already_planned=(), min_confidence=0.6
    )
    assert [(p.subscriber.email, p.new, p.updated) for p in plans] == [("n@example.org", (), ())]


def test_digest_already_in_ledger_is_not_planned_again():
    reader = Subscriber("d@example.org", mode="digest")
    done = ["d@example.org"]
    assert plan_digests([EVENT], [reader], DAY, already_planned=done, min_confidence=0.6) == []
