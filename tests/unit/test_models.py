"""The record types' JSON forms."""

import dataclasses
import json
from datetime import date

from pipeline.models import Decree

EVERY_FIELD = Decree(
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    count=2000,
    count_text="2,000",
    count_low=1900,
    count_high=2100,
    count_magnitude=1000,
    announced_on=date(2026, 2, 10),
    occasion="national_day",
    occasion_text="the anniversary of the revolution",
    conditions=("first offenders",),
    exclusions=("espionage", "armed robbery"),
    evidence=("pardoned 2,000",),
    issuer_text="the Leader",
)


def test_a_decree_as_json_names_every_field_and_reads_back_the_same():
    data = json.loads(json.dumps(EVERY_FIELD.to_dict()))
    assert set(data) == {f.name for f in dataclasses.fields(Decree)}
    assert data["announced_on"] == "2026-02-10" and data["exclusions"] == [
        "espionage",
        "armed robbery",
    ]
    assert Decree.from_dict(data) == EVERY_FIELD
    assert Decree.from_dict(Decree().to_dict()) == Decree()
