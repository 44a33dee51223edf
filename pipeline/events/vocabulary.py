"""The words the event stage reads: offices, occasions, quantities, cues.

Tables and compiled patterns only; :mod:`pipeline.events.normalise` uses
them.  Keys follow the detector's vocabulary (``pipeline/detect/occasions.py``)
so that events and claims speak one language.
"""

from __future__ import annotations

import re

__all__ = [
    "ABOUT",
    "ANNIVERSARY",
    "ANNOUNCERS",
    "CLAUSE",
    "DECREE_NUMBER",
    "IMPLEMENTATION",
    "LATER_BATCH",
    "LESS",
    "MAGNITUDE_WORDS",
    "MONTH_AFTER",
    "MONTH_BEFORE",
    "MORE",
    "OCCASIONS",
    "OFFICES",
    "ORDINALS",
    "ORDINAL_BATCH",
    "TITLES",
    "UNINFORMATIVE",
    "VAGUE",
]

# (key, label, words): the first office whose word appears in the issuer wins.
# Names of long-serving rulers map to their office, so that "Ayatollah Ali
# Khamenei", "Supreme Leader" and "Khamenei" are one issuer.
OFFICES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "supreme_leader",
        "Supreme Leader",
        (
            "supreme leader",
            "khamenei",
            "khomeini",
            "leader of the islamic revolution",
            "leader of the revolution",
            "rahbar",
            "guide suprême",
            "guide supreme",
            "oberster führer",
            "líder supremo",
            "رهبر",
            "خامنه ای",
            "خامنهای",
            "خامنیی",
            "خامنئي",
            "المرشد",
        ),
    ),
    (
        "junta",
        "Military government",
        ("min aung hlaing", "state administration council", "military council", "junta"),
    ),
    ("prime_minister", "Prime Minister", ("prime minister", "premier")),
    (
        "parliament",
        "Parliament",
        (
            "parliament",
            "national assembly",
            "amnesty law",
            "duma",
            "majlis",
            "congress",
            "senate",
            "legislature",
        ),
    ),
    (
        "king",
        "King",
        (
            "king",
            "his majesty",
            "monarch",
            "royal",
            "mohammed vi",
            "abdullah ii",
            "salman",
            "hamad bin isa",
            "vajiralongkorn",
            "sihamoni",
            "roi",
            "rey",
            "könig",
            "الملك",
            "العاهل",
            "پادشاه",
        ),
    ),
    ("emir", "Emir", ("emir", "émir", "amir", "tamim", "أمير", "امير")),
    ("sultan", "Sultan", ("sultan", "haitham", "سلطان")),
    (
        "president",
        "President",
        (
            "president",
            "sisi",
            "tebboune",
            "saied",
            "lukashenko",
            "aliyev",
            "mirziyoyev",
            "tokayev",
            "putin",
            "président",
            "presidente",
            "präsident",
            "رئيس",
            "رئيس الدولة",
            "رئیس جمهور",
        ),
    ),
    ("governor", "Governor", ("governor",)),
)

# Bodies that propose or announce a pardon without granting it: a text naming
# only them leaves the issuer unknown (compatible with any).
ANNOUNCERS = re.compile(
    r"\b(?:judiciary|judicial|spokes(?:man|woman|person)|ministry|minister of justice|"
    r"prosecutor|state (?:media|television|tv)|news agency|irna|authorities|government)\b"
)
TITLES = re.compile(r"\b(?:his|her|excellency|highness|majesty|ayatollah|sheikh|mr|mrs|dr)\b\.?")

# keys as the detector names them (pipeline/detect/occasions.py), so that
# events and claims speak one vocabulary; "other" says nothing to compare
OCCASIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "nowruz",
        (
            "nowruz",
            "nowrouz",
            "norooz",
            "noruz",
            "nauryz",
            "iranian new year",
            "persian new year",
            "نوروز",
        ),
    ),
    (
        "islamic_revolution_anniversary",
        (
            "revolution anniversary",
            "anniversary of the islamic",
            "anniversary of the revolution",
            "1979 revolution",
            "22 bahman",
            "islamic revolution",
            "revolution",
        ),
    ),
    ("eid_al_fitr", ("fitr", "فطر")),
    ("eid_al_adha", ("adha", "qurban", "kurban", "أضحى", "قربان")),
    ("eid_al_ghadir", ("ghadir", "غدیر")),
    ("mabath", ("mab'ath", "mabath", "mabaath", "mab’ath", "mabas", "مبعث")),
    (
        "imam_birthday",
        ("imam ali", "imam reza", "imam mahdi", "mid sha'ban", "fatima", "imam birthday"),
    ),
    ("prophet_birthday", ("prophet", "mawlid", "mouloud", "milad", "mawlud")),
    ("ramadan", ("ramadan", "ramazan", "رمضان")),
    ("throne_day", ("throne day", "fête du trône", "fete du trone", "accession", "عيد العرش")),
    ("royal_birthday", ("royal birthday", "king's birthday", "birthday of the king")),
    ("green_march", ("green march", "marche verte")),
    ("independence_day", ("independence",)),
    ("national_day", ("national day", "union day", "unity day", "victory day", "constitution day")),
    ("new_year", ("new year", "songkran", "thingyan", "khmer new year", "tet")),
    ("religious_visit", ("religious visit", "pope", "papal")),
)
UNINFORMATIVE = {"other", "unknown", "none"}

VAGUE: tuple[tuple[str, int, int], ...] = (
    ("hundreds of thousands", 100_000, 999_999),
    ("tens of thousands", 10_000, 99_999),
    ("thousands", 1_000, 9_999),
    ("hundreds", 100, 999),
    ("dozens", 24, 99),
    ("scores", 40, 200),
)
# a figure in words by its order of magnitude, in English, whatever the
# language it was written in ("ده‌ها هزار", "des dizaines de milliers")
MAGNITUDE_WORDS: dict[int, str] = {
    10: "dozens",
    100: "hundreds",
    1_000: "thousands",
    10_000: "tens of thousands",
    100_000: "hundreds of thousands",
    1_000_000: "millions",
}
MORE = re.compile(r"\b(?:more than|over|at least|in excess of|exceeding|upwards of)\b|\+")
LESS = re.compile(r"\b(?:nearly|almost|up to|under|fewer than|less than|as many as)\b")
ABOUT = re.compile(r"\b(?:about|around|approximately|roughly|some|an estimated|circa)\b|~")

ORDINALS = {
    "first": "1",
    "1st": "1",
    "second": "2",
    "2nd": "2",
    "third": "3",
    "3rd": "3",
    "fourth": "4",
    "4th": "4",
    "fifth": "5",
    "5th": "5",
}
_BATCH_WORDS = r"(?:list|batch|group|round|tranche|wave)"
ORDINAL_BATCH = re.compile(rf"\b({'|'.join(ORDINALS)})\s+{_BATCH_WORDS}\b")
LATER_BATCH = re.compile(rf"\b(?:another|new|additional|further|fresh)\s+{_BATCH_WORDS}\b")

# an anniversary's ordinal as reports write it: "52nd National Day", "70e
# anniversaire", "75º aniversario", "70-летие", "العيد الوطني الـ54", "44مین
# سالگرد", "HUT RI ke-73" (digits already folded to ASCII, "الـ" to "ال")
ANNIVERSARY = re.compile(
    r"(?<![\d.,])(\d{1,3})(?:st|nd|rd|th|e|er|ème|eme|\.?º|\.?ª"
    r"|-?(?:й|я|го|летие|летия|летию|летием|годовщин\w*)|مین|امین)(?!\w)"
    r"|(?<!\w)(?:ال|ke-?\s?)(\d{1,3})(?![\d.,]\d|\w)",
    re.IGNORECASE,
)

# a day of the month written as an ordinal ("August 11th", "the 30th of June")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"^\s*(?:of\s+)?{_MONTHS}\b|^,?\s*(?:19|20)\d\d\b", re.IGNORECASE)

CLAUSE = re.compile(r"[.;:!?\"“”«»]\s*")
IMPLEMENTATION = re.compile(
    r"\bimplement(?:ation|ed)\b|\bso far\b|\bto date\b|\bin total\b|\bhave benefited\b"
    r"|\bbenefited from\b"
    r"|\b(?:pardoned|released|freed|benefited)\s+under\b"
    r"|\bthis year\b.*\b(?:were|have been|had been)\s+(?:pardoned|released|freed)\b"
    r"|\b(?:were|have been|had been)\s+(?:pardoned|released|freed)\b.*\bthis year\b"
)


# a decree's own number: "Decree No. 212", "décret n° 2024-12", "Указ № 1035",
# "المرسوم رقم 15", "فرمان شماره ۱۲" (digits already folded to ASCII)
DECREE_NUMBER = re.compile(
    r"(?:\b(?:decree|order|resolution|décret|decreto|dekret|указ\w*|постановлени\w*|keppres"
    r"|keputusan)\b[^.;\d]{0,20}?(?:\bno\.?|\bnumber|\bn[°º]|№|\bnr\.?|\bnúm\.?|\bnomor)\s*"
    r"|(?:مرسوم|امر|قرار|فرمان)\S*\s+(?:\S+\s+)?(?:رقم|شماره)\s*)"
    r"(\d[\d/.-]*\d|\d)",
    re.IGNORECASE,
)
