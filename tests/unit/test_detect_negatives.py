"""One short case per hard-negative kind: each must be rejected."""

import pytest

from pipeline.detect import detect

NEGATIVES = {
    "call": "Activists called on the king to pardon the jailed bloggers.",
    "petition": "His family filed a petition for a presidential pardon last week.",
    "speculation": "The emir is expected to pardon hundreds of inmates before Ramadan.",
    "future_conditional": "He said he would pardon the protesters if he were elected.",
    "refusal": "The governor refused to grant clemency to the condemned man.",
    "tax_amnesty": "The ministry announced a tax amnesty for undeclared offshore assets.",
    "gun_amnesty": "Police collected 500 weapons during the gun amnesty.",
    "knife_amnesty": "A knife amnesty saw 2,000 blades handed in across the city.",
    "immigration_amnesty": "The UAE announced a visa amnesty for residency violators.",
    "library_amnesty": "The library declared a fines amnesty for overdue books.",
    "amnesty_international": "Amnesty International said executions had doubled.",
    "pardon_me": "Pardon me, is this seat free? she asked.",
    "turkey_pardon": "The president pardoned two turkeys ahead of Thanksgiving.",
    "pardon_power_essay": "Legal scholars debate the limits of the pardon power under Article II.",
    "arrest": "Police arrested 40 protesters in the capital on Sunday.",
    "execution": "Iran executed a protester despite appeals for clemency.",
    "bail": "The activist was released on bail pending appeal.",
    "court_quash": "The appeals court quashed the conviction and ordered a retrial.",
    "debt_forgiveness": "The government announced student loan forgiveness for 50,000 borrowers.",
    "historical": "In 1974, President Ford pardoned Richard Nixon.",
}


@pytest.mark.parametrize("kind", sorted(NEGATIVES))
def test_hard_negative_is_rejected(kind):
    result = detect(NEGATIVES[kind], published="2024-05-01", lang="en")
    assert not result.is_pardon_announcement, (kind, result.rules)


def test_negative_names_the_rule_that_blocked_it():
    result = detect(NEGATIVES["call"], lang="en")
    assert "en.block.call" in result.rules


def test_mask_rules_show_in_rules():
    assert "en.mask.tax" in detect(NEGATIVES["tax_amnesty"], lang="en").rules


def test_bullfight_indulto_is_not_a_pardon():
    text = "El toro fue indultado por el presidente de la plaza tras una gran faena."
    assert not detect(text, lang="es").is_pardon_announcement


def test_persian_amnesty_international_is_not_a_pardon():
    text = "سازمان عفو بین‌الملل از افزایش اعدام‌ها در ایران خبر داد."
    assert not detect(text).is_pardon_announcement
