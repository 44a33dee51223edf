"""Bengali: pardons and remissions told as granted, and what is not one."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.detect import detect
from pipeline.detect.langid import detect_language
from pipeline.detect.normalize import normalize
from pipeline.detect.rules import compiled
from pipeline.detect.sentences import split_sentences

PUB = date(2025, 3, 27)  # a Thursday


def test_a_presidential_remission_with_its_fields():
    d = detect(
        "স্বাধীনতা দিবস উপলক্ষে রাষ্ট্রপতি মো. সাহাবুদ্দিন ৪৫০ জন কারাবন্দির সাজা মওকুফ করেছেন।",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement and d.language == "bn"
    assert (p.country_code, p.issuer, p.count) == ("BD", "President Mohammed Shahabuddin", 450)
    assert p.occasion == "independence_day"


def test_the_leaders_approval_of_the_judiciarys_proposal():
    d = detect(
        "নওরোজ উপলক্ষে ইরানের সর্বোচ্চ নেতা আয়াতুল্লাহ আলী খামেনি ২ হাজার ১৩৪ জন বন্দির"
        " দণ্ড হ্রাসের প্রস্তাবে সম্মতি দিয়েছেন।",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.country_code, p.issuer, p.count) == ("IR", "Supreme Leader Ali Khamenei", 2134)
    assert p.occasion == "nowruz"


def test_the_issuer_may_follow_the_verb():
    d = detect(
        "ঈদুল ফিতর উপলক্ষে ১,২০০ বন্দিকে ক্ষমা করেছেন কুয়েতের আমির, জানিয়েছে বার্তা সংস্থা।",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.country_code, p.count, p.occasion) == ("KW", 1200, "eid_al_fitr")
    assert p.issuer is not None and p.issuer.startswith("Emir")


def test_a_day_and_month_date_the_decree():
    d = detect("১৫ মার্চ রাষ্ট্রপতি ২০০ বন্দির সাজা কমিয়ে দিয়েছেন।", published=PUB)
    assert d.is_pardon_announcement
    assert (d.primary.count, d.primary.announced_on) == (200, date(2025, 3, 15))


def test_a_weekday_dates_the_decree():
    d = detect(
        "মিয়ানমারের জান্তা সরকার মঙ্গলবার ৫ হাজার ৮৬৪ জন বন্দিকে সাধারণ ক্ষমা ঘোষণা করেছে।",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.country_code, p.count, p.announced_on) == ("MM", 5864, date(2025, 3, 25))


def test_a_decision_to_pardon_or_reduce_is_granted():
    d = detect(
        "ঈদুল আজহা উপলক্ষে ইরানের সর্বোচ্চ নেতা ৯৮০ জন বন্দির সাজা মাফ বা হ্রাস করার সিদ্ধান্ত নিয়েছেন।",
        published=PUB,
    )
    assert d.is_pardon_announcement
    assert (d.primary.count, d.primary.occasion) == (980, "eid_al_adha")
    assert (d.primary.country_code, d.primary.issuer) == ("IR", "Supreme Leader Ali Khamenei")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("মানবাধিকার সংগঠনগুলো রাজবন্দিদের মুক্তির দাবি জানিয়েছে।", "bn.block.call"),
        (
            "সরকার শিগগিরই বন্দিদের সাধারণ ক্ষমা ঘোষণা করতে পারে বলে গুঞ্জন রয়েছে।",
            "bn.block.speculation",
        ),
        ("রাষ্ট্রপতি তার প্রাণভিক্ষার আবেদন নাকচ করেছেন।", "bn.block.refusal"),
        ("রাষ্ট্রপতি কোনো বন্দিকে ক্ষমা করেননি।", "bn.block.refusal"),
        ("সংসদে সাধারণ ক্ষমা বিলের খসড়া নিয়ে আলোচনা চলছে।", "bn.block.speculation"),
        ("হাইকোর্ট তাকে খালাস দিয়েছেন এবং তিনি কারাগার থেকে মুক্তি পেয়েছেন।", "bn.block.court"),
        ("সাবেক মন্ত্রী জামিনে মুক্তি পেয়েছেন।", "bn.block.bail"),
        ("বন্দি বিনিময় চুক্তির আওতায় ৫০ জন বন্দিকে মুক্তি দেওয়া হয়েছে।", "bn.block.swap"),
        ("নিহতের পরিবার আসামিকে ক্ষমা করে দিয়েছে।", "bn.block.heirs"),
        ("প্রতি বছর ঈদ উপলক্ষে রাষ্ট্রপতি কিছু বন্দির সাজা মওকুফ করেন।", "bn.block.habitual"),
        ("সরকার ব্যবসায়ীদের জন্য আয়কর মওকুফ করেছে।", "bn.mask.waiver"),
        ("মন্ত্রী জনগণের কাছে ক্ষমা চেয়েছেন।", "bn.mask.apology"),
        ("নতুন ছবিটি শুক্রবার মুক্তি পেয়েছে।", "bn.mask.release"),
        (
            "অ্যামনেস্টি ইন্টারন্যাশনাল বলেছে, রাজবন্দিদের মুক্তি দেওয়া উচিত।",
            "bn.mask.amnesty_international",
        ),
    ],
)
def test_what_is_not_a_granted_decree(text, rule):
    d = detect(text, published=PUB)
    assert not d.is_pardon_announcement
    assert rule in d.rules


def test_a_future_decree_needs_an_official_source():
    said = "রাষ্ট্রপতির কার্যালয় জানিয়েছে, ঈদ উপলক্ষে ৩০০ বন্দিকে ক্ষমা করা হবে।"
    assert detect(said, published=PUB).is_pardon_announcement
    assert not detect("ঈদ উপলক্ষে বন্দিদের ক্ষমা করা হবে।", published=PUB).is_pardon_announcement


def test_bengali_script_is_bengali_and_its_digits_are_digits():
    assert detect_language("রাষ্ট্রপতি বন্দিদের সাজা মওকুফ করেছেন") == "bn"
    assert normalize("৩ হাজার ৩৮৮") == "3 হাজার 388"
    # a letter with a nukta reads alike in its one- and two-character spellings
    assert normalize("\u09af\u09bc") == normalize("\u09df")


def test_the_danda_ends_a_sentence():
    text = "প্রথম বাক্য। দ্বিতীয় বাক্য।"
    assert len(split_sentences(text)) == 2


def test_number_words_end_their_word():
    numbers = compiled("bn").numbers
    assert [q.value for q in numbers.find("তিনি বিশেষ আদেশে")] == []
    assert [q.value for q in numbers.find("দুই হাজার বন্দি")] == [2000]
    assert [q.value for q in numbers.find("৫ শতাংশ")] == [5]
