"""Bengali tables (written in ordinary spelling; normalised when compiled).

Bengali writes its own script (U+0980-U+09FF) and its own digits (``০-৯``, read
as ASCII digits after normalisation).  A pardon is ``ক্ষমা`` (``সাধারণ ক্ষমা``,
amnesty), a remission ``মওকুফ`` or ``মাফ``, a reduction ``সাজা কমানো`` /
``দণ্ড হ্রাস``, a release ``মুক্তি`` / ``মুক্ত`` / ``ছেড়ে দেওয়া``.  The verb
closes the clause and its last word carries the tense (``মওকুফ করে
দিয়েছেন``, ``ক্ষমা করা হয়েছে``, ``সম্মতি দিয়েছেন``); the issuer may stand
before the figure or after the verb ("... মওকুফ করেছেন ইরানের সর্বোচ্চ নেতা").
Figures come with ``হাজার`` (1,000), ``লাখ`` (100,000) and ``কোটি``, and a
smaller part after the scale without a joiner ("৩ হাজার ৩৮৮").

Vowel signs and the virama are not ``\\w`` to Python's ``re``: every word edge
here is written as "no Bengali character" (``<NB>`` before, ``<NA>`` after),
never ``\\b``.  A completed verb must end its word, so the negated forms
(``করেননি``, ``হয়নি``) and the past perfect of an earlier decree (``করেছিলেন``)
never count as granted.

The same words have senses that are no pardon of prisoners: an apology
(``ক্ষমা চেয়েছেন``), a tax, loan or fee waiver (``কর মওকুফ``), a film released
(``ছবি মুক্তি পেয়েছে``), freedom from a hardship; those are masked.  Bengali
puts a call after the pardon word (``মুক্তির দাবি``), so calls are read in both
orders.
"""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule

# a Bengali character (letter, vowel sign, virama...): word edges are written
# with it, since ``\w`` stops at a vowel sign
_L = r"[\u0980-\u09ff]"
_NB = rf"(?<!{_L})"  # no Bengali character before
_NA = rf"(?!{_L})"  # no Bengali character after
# inside one clause: the danda, a full stop or a semicolon ends it
_C = r"[^.।;]"
# the pardon words proper: pardon, remission, clemency, a sentence reduced
_PARDON = (
    rf"(?:ক্ষমা|মওকুফ|{_NB}মাফ(?:ের)?{_NA}|অনুকম্পা|প্রাণভিক্ষা|রেহাই"
    rf"|(?:সাজা|দণ্ড|শাস্তি){_L}*\s+(?:\S+\s+){{0,2}}?(?:হ্রাস|লাঘব|কম(?!পক্ষে|বেশি){_L}))"
)
# a release: weaker alone (bail, a swap, a sentence served, a film)
_RELEASE = rf"(?:মুক্তি(?!যুদ্ধ|যোদ্ধা|পণ|বাহিনী|সংগ্রাম)|{_NB}মুক্ত{_NA}|ছেড়ে\s+(?:দে|দি))"
_T = rf"(?:{_PARDON}|{_RELEASE})"
_PEOPLE = (
    rf"(?:{_NB}(?:বন্দ[িী]|কারাবন্দ[িী]|রাজবন্দ[িী]|কয়েদ[িী]|আসাম[িী]|অপরাধী|দণ্ডিত"
    rf"|দণ্ডপ্রাপ্ত|সাজাপ্রাপ্ত|হাজতি|বিক্ষোভকারী|আন্দোলনকারী|নাগরিক|মানুষ|ব্যক্তি"
    rf"|নারী|বিদেশি|বিদেশী){_L}*|{_NB}জন(?:ের|কে|ই)?{_NA})"
)
# the last word of a completed verb (the word must end there: "করেননি" is negated)
_DONE = (
    r"(?:করেছেন|করেছে|করেন|করলেন|করল|করলো|দিয়েছেন|দিয়েছে|দেন|দিলেন|দিল|দিলো|নিয়েছেন"
    r"|নিয়েছে|নেন|নিলেন|নিল|পেয়েছেন|পেয়েছে|পেলেন|পেল|পেলো|হয়েছে|হয়েছেন|হলো|হল|হলেন"
    r"|(?:করা|দেওয়া|দেয়া)\s+হয়|জারি\s+করেছেন|জারি\s+করেছে|জারি\s+করা\s+হয়েছে)"
    rf"{_NA}(?!\s+(?:না|নয়){_NA})"
)
# the words between a pardon word and its verb: "মওকুফ করে দিয়েছেন", "ক্ষমা ঘোষণা
# করেছেন", "ক্ষমার আওতায় আনা হয়েছে"
_MID = (
    r"(?:(?:করে|দিয়ে|করা|দেওয়া|দেয়া|ঘোষণা|প্রদান|মঞ্জুর|দান|কার্যকর|আওতায়|আনা"
    r"|অনুমোদন)\s+){0,3}"
)
# an approval given: "প্রস্তাবে সম্মতি দিয়েছেন", "অনুমোদন করেছেন", "মঞ্জুর করেছেন"
_APPROVED = rf"{_NB}(?:সম্মতি|অনুমোদন|মঞ্জুর|অনুমতি|সায়)\s+(?:\S+\s+){{0,1}}?<DONE>"
# a request later granted: a call that ends in an approval is no call
_NOT_GRANTED = rf"(?!{_C}{{0,250}}?{_NB}(?:মঞ্জুর|অনুমোদন|সম্মতি|গ্রহণ\s+কর))"
_TITLES = (
    r"সর্বোচ্চ\s+(?:ধর্মীয়\s+)?নেতা|সুপ্রিম\s+লিডার|রাষ্ট্রপতি|প্রেসিডেন্ট|রাজা|বাদশাহ|বাদশা"
    r"|আমির|সুলতান|প্রধানমন্ত্রী|সরকার|সংসদ|জান্তা"
)
# words that end an issuer's name: figures, people, pardon words, days, pronouns
_NOT_NAME = (
    r"(?!\d|(?:জন|কে|ও|এবং|এ|এই|ঐ|সে|তার|তাঁর|তিনি|গত|প্রায়|মোট|আজ|গতকাল|দেশটির|দেশের"
    r"|ক্ষমা|মওকুফ|মাফ|সাজা|দণ্ড|শাস্তি|মুক্তি|মুক্ত|বন্দ|কারাবন্দ|কয়েদ|আসাম|সম্মতি|অনুমোদন"
    r"|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার|রোববার|এক|বিশেষ"
    r"|উপলক্ষে|সাধারণ|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|দশ|কয়েক|শতাধিক|হাজার|লাখ|কিছু|বহু|সব"
    r")(?![\u0980-\u09ff]))"
)


def _months() -> dict[str, int]:
    names = {
        "জানুয়ারি": 1,
        "জানুয়ারী": 1,
        "ফেব্রুয়ারি": 2,
        "ফেব্রুয়ারী": 2,
        "মার্চ": 3,
        "এপ্রিল": 4,
        "মে": 5,
        "জুন": 6,
        "জুলাই": 7,
        "আগস্ট": 8,
        "আগষ্ট": 8,
        "অগাস্ট": 8,
        "সেপ্টেম্বর": 9,
        "অক্টোবর": 10,
        "নভেম্বর": 11,
        "ডিসেম্বর": 12,
    }
    # the genitive: "১১ ফেব্রুয়ারির", "৫ মার্চের"
    vowel = ("ি", "ী", "ে", "া", "ই")
    out = dict(names)
    for name, number in names.items():
        out[name + ("র" if name.endswith(vowel) else "ের")] = number
    return out


LEXICON = Lexicon(
    code="bn",
    gate=(
        "ক্ষমা",
        "মওকুফ",
        "মাফ",
        "অনুকম্পা",
        "প্রাণভিক্ষা",
        "রেহাই",
        "হ্রাস",
        "লাঘব",
        "সাজা কম",
        "দণ্ড কম",
        "শাস্তি কম",
        "মুক্তি",
        "মুক্ত ",
        "ছেড়ে দে",
        "ছেড়ে দি",
    ),
    parts={
        "T": _T,
        "PARDON": _PARDON,
        "RELEASE": _RELEASE,
        "PEOPLE": _PEOPLE,
        "DONE": _DONE,
        "MID": _MID,
        "APPROVED": _APPROVED,
        "NB": _NB,
        "NA": _NA,
    },
    term=_T,
    numbers=NumberWords(
        units={
            "এক": 1,
            "দুই": 2,
            "তিন": 3,
            "চার": 4,
            "পাঁচ": 5,
            "ছয়": 6,
            "সাত": 7,
            "আট": 8,
            "দশ": 10,
            "বারো": 12,
            "পনেরো": 15,
            "বিশ": 20,
            "পঁচিশ": 25,
            "ত্রিশ": 30,
            "চল্লিশ": 40,
            "পঞ্চাশ": 50,
            "ষাট": 60,
            "সত্তর": 70,
            "আশি": 80,
            "নব্বই": 90,
            "একশ": 100,
            "একশো": 100,
            "দুইশ": 200,
            "দুশো": 200,
            "তিনশ": 300,
            "চারশ": 400,
            "পাঁচশ": 500,
            "দেড়": 1,
        },
        # the genitive forms too: a number word must end its word ("লাখের কাছাকাছি")
        scales={
            "শ": 100,
            "শো": 100,
            "শত": 100,
            "হাজার": 1000,
            "হাজারের": 1000,
            "লাখ": 100_000,
            "লাখের": 100_000,
            "লক্ষ": 100_000,
            "লক্ষের": 100_000,
            "কোটি": 10_000_000,
            "কোটির": 10_000_000,
        },
        vague=(
            (r"হাজার\s+হাজার|কয়েক\s+হাজার|হাজারো|সহস্রাধিক|সহস্রাধিক", 2000, 9999),
            (r"কয়েক\s+লাখ|লাখ\s+লাখ|লাখো", 200_000, 999_999),
            (r"কয়েক\s+কোটি", 20_000_000, 99_999_999),
            (r"কয়েকশ|কয়েকশো|কয়েক\s+শ|শত\s+শত|শতাধিক", 200, 999),
            (r"কয়েক\s+ডজন|ডজন\s+ডজন", 24, 99),
        ),
        qualifiers=r"প্রায়|অন্তত|কমপক্ষে|সর্বমোট|মোট|আনুমানিক|প্রায়\s+সাড়ে",
        # "৩ হাজার ৩৮৮" (3,388): the smaller part after a scale, with or without "ও"
        joiners=r"ও|এবং|",
        range_words=r"-|থেকে",
        range_open=r"(?!x)x",
        range_and=r"(?!x)x",
    ),
    announce=(
        # "... মওকুফের প্রস্তাবে সম্মতি দিয়েছেন", "ক্ষমার আবেদন মঞ্জুর করেছেন"
        Rule("bn.grant.approve", rf"<T>{_C}{{0,160}}?<APPROVED>", "grant", 0.9),
        # "সাজা মওকুফ করে দিয়েছেন", "ক্ষমা করেছেন", "সাধারণ ক্ষমা ঘোষণা করেছেন",
        # "ক্ষমার আওতায় আনা হয়েছে", "ক্ষমা পেয়েছেন"
        Rule("bn.grant.done", rf"<PARDON>{_L}*\s+<MID><DONE>", "grant", 0.85),
        # a sentence reduced in one verb: "সাজা কমিয়েছেন", "দণ্ড কমিয়ে দিয়েছেন"
        Rule(
            "bn.grant.reduced",
            rf"(?:সাজা|দণ্ড|শাস্তি){_L}*\s+(?:\S+\s+){{0,2}}?(?:কমিয়েছেন|কমিয়েছে|কমালেন"
            rf"|কমিয়ে\s+(?:দিয়েছেন|দিয়েছে|দেন|দিলেন)|কমানো\s+হয়েছে){_NA}",
            "grant",
            0.85,
        ),
        # "... মওকুফের নির্দেশ দিয়েছেন", "ছেড়ে দেয়ার সিদ্ধান্ত নিয়েছেন", "হ্রাস করার
        # সিদ্ধান্ত নিয়েছেন", "সাধারণ ক্ষমার আদেশ জারি করেছেন"
        Rule(
            "bn.grant.order",
            rf"<T>{_L}*\s+(?:\S+\s+){{0,1}}?(?:(?:করার|দেওয়ার|দেয়ার|প্রদানের|দেবার)\s+)?"
            r"(?:সিদ্ধান্ত|নির্দেশ|আদেশ|ঘোষণা|ফরমান|অধ্যাদেশ|প্রজ্ঞাপন|ডিক্রি)\s+(?:জারি\s+)?<DONE>",
            "grant",
            0.85,
        ),
        # prisoners released by an authority: "৫০০ বন্দিকে মুক্তি দেওয়া হয়েছে" (weaker:
        # a release alone may be bail or a swap, which are blocked)
        Rule(
            "bn.grant.released",
            rf"<PEOPLE>{_C}{{0,80}}?<RELEASE>{_L}*\s+<MID><DONE>",
            "grant",
            0.6,
        ),
        Rule(
            "bn.future.will",
            rf"<T>{_L}*\s+<MID>(?:হবে|করবেন|করবে|দেবেন|দেবে|দিবেন|পাবেন|পাবে){_NA}"
            rf"(?!\s+(?:না|নয়){_NA})",
            "future",
            0.75,
        ),
        # a headline without a verb: "৩৩৮৮ বন্দির সাজা মওকুফ"
        Rule(
            "bn.headline.count",
            r"<NUM>\s+(?:\S+\s+){0,2}?<PEOPLE>\s+(?:\S+\s+){0,2}?<PARDON>",
            "headline",
            0.7,
        ),
        Rule(
            "bn.ref.general",
            rf"{_NB}(?:সাধারণ|রাষ্ট্রপতির|রাজকীয়|বিশেষ)\s+ক্ষমা",
            "reference",
            0.45,
        ),
    ),
    block=(
        Rule(
            "bn.block.call",
            rf"{_NB}(?:দাবি|দাবী|আহ্বান|আবেদন|অনুরোধ|আর্জি|প্রার্থনা|আকুতি|পিটিশন|স্মারকলিপি"
            rf"|প্রচারণা){_L}*{_NOT_GRANTED}{_C}{{0,90}}?<T>"
            # the word order of Bengali: the call after the pardon ("মুক্তির দাবি জানিয়েছে")
            rf"|<T>{_C}{{0,60}}?{_NB}(?:দাবি|দাবী|আহ্বান|আবেদন|অনুরোধ|আর্জি|সুপারিশ|উচিত"
            rf"|চেয়েছে|চেয়েছেন|চাইছে|চাইছেন|চান){_L}*{_NOT_GRANTED}",
            "call",
        ),
        Rule(
            "bn.block.speculation",
            rf"{_NB}(?:সম্ভাবনা|সম্ভবত|আশা|আশাবাদী|গুঞ্জন|জল্পনা|গুজব|বিবেচনাধীন|খসড়া|বিল"
            rf"|প্রস্তাবিত|যদি|পরিকল্পনা|প্রস্তুতি|ভাবছে|ভাবছেন|চিন্তাভাবনা){_L}*{_C}{{0,60}}?<T>"
            rf"|<T>{_C}{{0,40}}?{_NB}(?:হতে\s+পারে|পারেন|পারে|সম্ভাবনা|বিবেচনা\s+কর|খসড়া|বিল"
            rf"|পরিকল্পনা|আলোচনা\s+চল){_L}*",
            "speculation",
        ),
        Rule(
            "bn.block.refusal",
            rf"<T>{_C}{{0,60}}?{_NB}(?:প্রত্যাখ্যান|নাকচ|খারিজ|অস্বীকৃতি|অস্বীকার){_L}*"
            rf"|{_NB}(?:প্রত্যাখ্যান|নাকচ|অস্বীকৃতি|অস্বীকার){_L}*{_C}{{0,40}}?<T>"
            rf"|<T>{_L}*\s+(?:\S+\s+){{0,2}}?(?:করেননি|করেনি|দেননি|দেয়নি|হয়নি|পাননি|পায়নি"
            rf"|(?:হবে|করবেন|দেবেন|পাবেন|পাবে)\s+না){_NA}",
            "refusal",
        ),
        # "every year on the anniversary the Leader pardons...": the custom, not a decree
        Rule(
            "bn.block.habitual",
            rf"{_NB}(?:প্রতি\s*বছর|প্রত্যেক\s+বছর|সাধারণত|রীতি|প্রথা|ঐতিহ্য|নিয়মিত){_L}*"
            rf"{_C}{{0,120}}?<T>|<T>{_C}{{0,60}}?(?:থাকেন|থাকে){_NA}",
            "habitual",
        ),
        Rule("bn.block.bail", rf"জামিন{_C}{{0,40}}?<T>|<T>{_C}{{0,40}}?জামিন", "bail"),
        # swaps, hostages, acquittals: released, not pardoned
        Rule(
            "bn.block.swap",
            rf"{_NB}(?:বিনিময়|জিম্মি|অপহৃত|অপহরণ|খালাস|যুদ্ধবন্দি|যুদ্ধবন্দী){_L}*{_C}{{0,80}}?<T>"
            rf"|<T>{_C}{{0,60}}?{_NB}(?:বিনিময়|বদলে){_L}*",
            "prisoner_swap",
        ),
        Rule(
            "bn.block.court",
            rf"{_NB}(?:আদালত|হাইকোর্ট|হাই\s+কোর্ট|সুপ্রিম\s+কোর্ট|আপিল\s+বিভাগ|ট্রাইব্যুনাল"
            rf"|বিচারক|বিচারপতি){_L}*{_C}{{0,80}}?(?:খালাস|বাতিল|রায়(?:ে|ের)?{_NA}"
            rf"|(?:সাজা|দণ্ড)\s+(?:\S+\s+){{0,1}}?(?:কমিয়ে|হ্রাস))",
            "court_quash",
        ),
        # a victim's family forgiving an offender, not a state pardon
        Rule(
            "bn.block.heirs",
            rf"{_NB}(?:পরিবার|স্বজন|উত্তরাধিকারী|নিহতের|ভুক্তভোগী|বাদী){_L}*\s+(?:\S+\s+){{0,8}}?"
            r"(?:ক্ষমা|মাফ)",
            "other",
        ),
    ),
    mask=(
        Rule(
            "bn.mask.apology",
            rf"(?:ক্ষমা|মাফ){_L}*\s+(?:\S+\s+){{0,2}}?(?:চাও|চাই|চেয়ে|চান|চাইল|চাইত|চাইছ|চাওয়া"
            rf"|প্রার্থনা|প্রার্থী|করুন|করো|করবেন\s+আমা){_L}*|ক্ষমাপ্রার্থী|নিঃশর্ত\s+ক্ষমা"
            rf"|(?:আল্লাহ|ঈশ্বর|খোদা|ভগবান){_L}*\s+(?:\S+\s+){{0,3}}?(?:ক্ষমা|মাফ){_L}*",
            "pardon_me",
        ),
        Rule(
            "bn.mask.waiver",
            rf"{_NB}(?:কর|করের|আয়কর|ঋণ|ঋণের|সুদ|সুদের|ফি|ফিস|বেতন|জরিমানা|শুল্ক|ভাড়া|বিল|বিলের"
            rf"|মাশুল|খাজনা|ভ্যাট|বকেয়া|দেনা|কিস্তি){_NA}\s+(?:\S+\s+){{0,3}}?(?:মওকুফ|মাফ){_L}*"
            rf"|(?:মওকুফ|মাফ){_L}*\s+(?:\S+\s+){{0,2}}?(?:কর|ঋণ|সুদ|ফি|জরিমানা|শুল্ক){_NA}"
            r"|কালো\s+টাকা",
            "tax_amnesty",
        ),
        Rule(
            "bn.mask.amnesty_international",
            r"অ্যামনেস্টি\s+ইন্টারন্যাশনাল|এমনেস্টি\s+ইন্টারন্যাশনাল|আন্তর্জাতিক\s+ক্ষমা\s+সংস্থা",
            "amnesty_international",
        ),
        # a film or a book released; freedom from a hardship
        Rule(
            "bn.mask.release",
            rf"{_NB}(?:ছবি|সিনেমা|চলচ্চিত্র|গান|অ্যালবাম|ট্রেলার|টিজার|বই|সিরিজ|নাটক|ভিডিও)"
            rf"{_L}*\s+(?:\S+\s+){{0,4}}?মুক্তি{_L}*"
            rf"|(?:দারিদ্র্য|যানজট|জলাবদ্ধতা|দুর্ভোগ|ঋণ|রোগ|যন্ত্রণা|দায়)[\u0980-\u09ff]*\s+"
            rf"(?:থেকে\s+)?মুক্তি{_L}*",
            "other_sense",
        ),
    ),
    earlier=(
        Rule(
            "bn.earlier.cue",
            rf"{_NB}(?:গত\s+(?:বছর|মাসে|সপ্তাহে)|এর\s+আগে|এর\s+আগেও|আগেও|ইতিপূর্বে|ইতোপূর্বে"
            rf"|অতীতে|সে\s+সময়|সেসময়){_NA}",
            "earlier",
        ),
    ),
    reported=rf"{_NB}(?:বলেন|বলেছেন|জানান|জানিয়েছেন|জানিয়েছে){_NA}",
    count_cue=r"(?:সংখ্যা|সংখ্যাটা|সংখ্যাটি)\s*(?:হলো|প্রায়)?",
    reporting=r"(?:বলেন|বলেছেন|জানান|জানিয়েছেন|ঘোষণা\s+করেন)",
    aggregate=rf"{_NB}(?:সব\s+মিলিয়ে|এ\s+পর্যন্ত|এখন\s+পর্যন্ত|চলতি\s+বছর|এ\s+বছর|প্রতি\s+বছর){_NA}",
    official=(
        r"সরকারি|বার্তা\s+সংস্থা|বিবৃতি|ঘোষণা|মুখপাত্র|মন্ত্রণালয়|প্রজ্ঞাপন|আদেশ"
        r"|কার্যালয়|বঙ্গভবন|কারা\s+অধিদপ্তর|অনুযায়ী|জানিয়েছে|জানিয়েছেন"
    ),
    essay=r"(?:সাংবিধানিক\s+ক্ষমতা|ক্ষমা\s+প্রদর্শনের\s+ক্ষমতা|ইতিহাসে|ঐতিহাসিকভাবে)",
    people=_PEOPLE,
    count_noise=(rf"{_NB}(?:গ্রেপ্তার|গ্রেফতার|আটক|নিহত|মৃত্যুদণ্ড|ফাঁসি|জামিন|বছর|দিন|মাস|বয়স){_L}*"),
    exclusion_cue=(
        r"(?:ছাড়া|বাদে|ব্যতীত|আওতার\s+বাইরে|অন্তর্ভুক্ত\s+নয়|প্রযোজ্য\s+নয়|পাবেন\s+না"
        r"|আসবেন\s+না|আসবে\s+না|হবেন\s+না)"
    ),
    issuer=(
        rf"{_NB}(?:{_TITLES}){_L}*"
        rf"(?:\s+{_NOT_NAME}[^\s,।;:()\"']+){{0,4}}"
    ),
    weekdays={
        "সোমবার": 0,
        "মঙ্গলবার": 1,
        "বুধবার": 2,
        "বৃহস্পতিবার": 3,
        "শুক্রবার": 4,
        "শনিবার": 5,
        "রবিবার": 6,
        "রোববার": 6,
    },
    months=_months(),
    relative_days={"আজ": 0, "গতকাল": -1},
    occasions=(
        (
            rf"(?:ইসলামি|ইসলামী)\s+বিপ্লব{_L}*\s+(?:\S+\s+){{0,2}}?(?:বার্ষিকী|বিজয়|বর্ষপূর্তি)"
            r"|বিপ্লব\s+বার্ষিকী",
            "islamic_revolution_anniversary",
        ),
        (r"নওরোজ|নওরুজ|নাওরোজ|ইরানি\s+নববর্ষ|ফারসি\s+নববর্ষ", "nowruz"),
        (r"ঈদুল\s*-?\s*ফিতর|ঈদ\s*-?\s*উল\s*-?\s*ফিতর|রোজার\s+ঈদ", "eid_al_fitr"),
        (
            r"ঈদুল\s*-?\s*আ(?:জ|য|দ)হা|ঈদ\s*-?\s*উল\s*-?\s*আ(?:জ|য|দ)হা|(?:কোরবানির|কুরবানির)\s+ঈদ",
            "eid_al_adha",
        ),
        (r"গাদির|গাদীর", "eid_al_ghadir"),
        (r"মিলাদুন্নবী|মিলাদুন্নবি|(?:মহানবী|নবীজি|নবী)\S*\s+(?:\S+\s+){0,2}?জন্ম", "prophet_birthday"),
        (r"মাবআস|মাব'আস|বেসাত", "mabath"),
        (
            r"ইমাম\s+(?:আলী|আলি|রেজা|মাহদি|মাহদী|হুসাইন|হোসাইন)\S*\s+(?:\S+\s+){0,3}?জন্ম"
            r"|শবে\s*বরাত|মধ্য\s+শাবান",
            "imam_birthday",
        ),
        (r"স্বাধীনতা\s+দিবস|স্বাধীনতার\s+(?:\S+\s+){0,2}?বার্ষিকী", "independence_day"),
        (
            r"জাতীয়\s+দিবস|বিজয়\s+দিবস|প্রজাতন্ত্র\s+দিবস|সংবিধান\s+দিবস"
            rf"|বিপ্লব{_L}*\s+(?:\S+\s+){{0,2}}?বার্ষিকী",
            "national_day",
        ),
        (r"পহেলা\s+বৈশাখ|পয়লা\s+বৈশাখ|বাংলা\s+নববর্ষ|নববর্ষ|নতুন\s+বছর", "new_year"),
        (r"বুদ্ধ\s+পূর্ণিমা|বৌদ্ধ\s+পূর্ণিমা|প্রবারণা", "buddhist_holiday"),
        (r"বড়দিন|ক্রিসমাস", "christmas"),
        (r"করোনা|কোভিড", "covid19"),
        (r"রমজান|রমযান", "ramadan"),
        (rf"{_NB}ঈদ(?:ের|ে)?{_NA}", "eid"),  # a bare "Eid": which one is read off the date
    ),
    exclusions=(
        (r"গুপ্তচর", "espionage"),
        (r"ইচ্ছাকৃত\s+হত্যা|হত্যা", "murder"),
        (r"মাদক", "drug trafficking"),
        (r"দুর্নীতি", "corruption"),
        (r"সন্ত্রাস", "terrorism"),
        (r"অস্ত্র", "armed offences"),
        (r"ধর্ষণ", "rape"),
        (r"রাষ্ট্রদ্রোহ", "treason"),
    ),
)
