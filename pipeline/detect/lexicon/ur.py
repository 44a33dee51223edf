"""Urdu tables (written in ordinary spelling; normalised when compiled).

Urdu shares the Arabic script with Arabic and Persian but not their grammar:
a pardon is ``معافی`` (remission) or ``معاف`` (pardoned), a reduction ``سزا میں
کمی``, a release ``رہائی`` / ``رہا``; the verb is a light-verb compound whose
last word carries the tense (``منظوری دے دی``, ``معاف کر دیا``, ``رہا کیا گیا``).
The letters ``ے ں ٹ ڈ ڑ`` (kept by normalisation) tell it from Persian (see
:mod:`..langid`); ``ہ ھ ۃ`` are folded to ``ه``, so names read as in Persian.

The same nouns have everyday senses that are no pardon of prisoners: an
apology (``معافی مانگی``), a tax, loan or fee waiver (``ٹیکس معاف``), a family
forgiving an offender; those are masked or blocked, and a release alone (a
swap, a hostage, bail) weighs less than a pardon.  Urdu puts the call after
the pardon word (``رہائی کا مطالبہ``), so calls are read in both orders.
"""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule

# end of a clause: the Urdu full stop, the Arabic semicolon, a full stop
_E = r"[^.۔؛]"
_T = (
    r"(?:معافی|(?<!\w)معاف(?!\w)|سزا\w*\s+(?:\S+\s+){0,2}?(?:میں\s+)?(?:کمی|کم\s+کر)"
    r"|رہائی|(?<!\w)رہا\s+(?:کر|کیا|کی|کیے|ہو))"
)
_PEOPLE = (
    r"(?:قیدی\w*|اسیر\w*|مجرم\w*|ملزم\w*|افراد|شخص|لوگوں|سزا\s+یافتہ|زیر\s+حراست|محبوس\w*"
    r"|مظاہرین|مظاہرے\s+کرنے\s+والوں)"
)
# the last word of a completed light verb: "(کر) دیا", "(دے) دی", "کی", "(کر) لی", "کیا گیا"
_DONE = (
    r"(?:(?:کر|دے)\s*(?:دیا|دی|دیے|دئیے|لیا|لی|دیں)|کرلیا|کرلی|کردیا|کردی|دیدی|دی|دیا|دیے"
    r"|کی|کیا|کیے|لی|لیا|(?:کیا|کی|کیے|دیا|دی|دیے)\s+(?:گیا|گئی|گئے)|ہو\s*(?:گیا|گئی|گئے))"
)
# an approval given: "منظوری دی", "منظور کر لی", "قبول کر لی", "اتفاق کیا", "موافقت کر دی"
_APPROVED = r"(?:منظوری|منظور|قبول|اتفاق|موافقت|توثیق)\s*(?:\S+\s+){0,1}?<DONE>"
# a request later granted: a call that ends in an approval is no call
_NOT_GRANTED = rf"(?!{_E}{{0,250}}?(?<!\w)(?:منظوری|منظور|قبول|اتفاق|موافقت))"  # whole words
# a completed verb, not a past perfect (an earlier decree: "دیا تھا") nor a wish or a
# future ("رہا کیا جائے", "معاف کیا جائے گا")
_NOT_DONE = r"(?!\w)(?!\s*(?:تھا|تھی|تھے|جائے|جائیں|جاے|جایں|گا|گی|گے)(?!\w))"

LEXICON = Lexicon(
    code="ur",
    gate=("معافی", "معاف", "رہائی", "رہا کر", "رہا کیا", "سزا میں کمی", "سزاؤں میں کمی"),
    parts={"T": _T, "PEOPLE": _PEOPLE, "DONE": _DONE, "APPROVED": _APPROVED},
    term=_T,
    numbers=NumberWords(
        units={
            "ایک": 1,
            "دو": 2,
            "تین": 3,
            "چار": 4,
            "پانچ": 5,
            "چھ": 6,
            "سات": 7,
            "آٹھ": 8,
            "نو": 9,
            "دس": 10,
            "گیارہ": 11,
            "بارہ": 12,
            "تیرہ": 13,
            "چودہ": 14,
            "پندرہ": 15,
            "سولہ": 16,
            "سترہ": 17,
            "اٹھارہ": 18,
            "انیس": 19,
            "بیس": 20,
            "پچیس": 25,
            "تیس": 30,
            "چالیس": 40,
            "پچاس": 50,
            "ساٹھ": 60,
            "ستر": 70,
            "اسی": 80,
            "نوے": 90,
            "اٹھاون": 58,
            "ڈیڑھ": 1,
        },
        scales={"سو": 100, "ہزار": 1000, "لاکھ": 100_000, "کروڑ": 10_000_000},
        vague=(
            (r"ہزاروں", 2000, 9999),
            (r"لاکھوں", 200_000, 999_999),
            (r"سینکڑوں|سیکڑوں", 200, 999),
            (r"درجنوں", 24, 99),
        ),
        qualifiers=r"تقریبا|تقریباً|لگ\s+بھگ|قریب|کم\s+از\s+کم|سے\s+زائد|سے\s+زیادہ",
        # "2 ہزار 272" (2,272): Urdu writes the smaller part after a scale without "and"
        joiners=r"اور|",
        range_words=r"-|سے",
        range_open=r"(?!x)x",
        range_and=r"(?!x)x",
    ),
    announce=(
        # "... قیدیوں کی سزائیں معاف کرنے کی درخواست کو منظوری دی", "معافی ... منظور کر لی"
        Rule("ur.grant.approve", rf"<T>{_E}{{0,160}}?<APPROVED>", "grant", 0.9),
        # "معاف کر دیا", "معافی دے دی", "رہا کر دیا", "سزا میں کمی کر دی", "رہا کیا گیا"
        # (a bare "کی" after "معافی" is the genitive, not the verb)
        Rule(
            "ur.grant.done",
            # (prisoners or sentences before it: "the father forgave him" is no pardon)
            r"(?:(?:<PEOPLE>|سزا)" + _E + r"{0,80}?"
            r"(?:معافی\s+(?:\S+\s+){0,1}?(?:دے\s*دی|دیدی|دی\s+گئی|دی|مل\s*گئی|ملی)"
            r"|(?<!\w)معاف\s+(?:<DONE>))"
            r"|سزا\w*\s+(?:\S+\s+){0,2}?میں\s+کمی\s+(?:کر\s*دی|کردی|کی\s+گئی|کی))" + _NOT_DONE,
            "grant",
            0.8,
        ),
        # prisoners released: "عید کے موقع پر 2,463 قیدیوں کو رہا کر دیا" (weaker: a release
        # alone may be a swap, a hostage or bail, which are blocked)
        Rule(
            "ur.grant.released",
            r"(?<!\w)رہا\s+(?:<DONE>)" + _NOT_DONE,
            "grant",
            0.6,
        ),
        # "معافی کا اعلان کر دیا", "رہائی کا حکم دیا", "رہائی کا حکم جاری کیا"
        Rule(
            "ur.grant.order",
            r"(?:معافی|رہائی)\s+(?:\S+\s+){0,1}?(?:کا|کے)\s+(?:\S+\s+){0,1}?(?:حکم|اعلان|فرمان"
            r"|حکم\s*نامہ)\s+(?:جاری\s+)?<DONE>" + _NOT_DONE,
            "grant",
            0.85,
        ),
        # "قیدیوں کو رہا کرنے کا حکم دیا", "سزائیں معاف کرنے کا فیصلہ کیا"
        Rule(
            "ur.grant.order_to",
            r"(?<!\w)(?:رہا|معاف)\s+کرنے\s+(?:کا|کے)\s+(?:\S+\s+){0,1}?(?:حکم|اعلان|فیصلہ|فرمان)"
            r"\s+(?:جاری\s+)?<DONE>" + _NOT_DONE,
            "grant",
            0.8,
        ),
        # "معافی کا یہ حکم نامہ ... جاری کیا گیا"
        Rule(
            "ur.grant.decree",
            r"(?:معافی|رہائی)\s+(?:کا|کے)\s+(?:\S+\s+){0,1}?(?:حکم\s*نامہ|فرمان)" + _E + r"{0,80}?"
            r"جاری\s+<DONE>",
            "grant",
            0.8,
        ),
        # the release of prisoners under way: "قیدیوں کی رہائی کا عمل شروع کر دیا گیا"
        Rule(
            "ur.grant.underway",
            r"<PEOPLE>\s+کی\s+رہائی\s+(?:کا|کے)\s+(?:عمل|سلسلہ)\s+شروع\s+<DONE>",
            "grant",
            0.7,
        ),
        Rule(
            "ur.future.will",
            r"(?:معاف|رہا)\s+(?:کر\s+)?(?:دیا|دیے|کیا|کیے)\s+جا(?:ئے|ئیں|یں|یے)\s+گ[ےای]",
            "future",
            0.75,
        ),
        Rule(
            "ur.ref.general",
            r"(?:عام|خصوصی|صدارتی|شاہی)\s+معافی",
            "reference",
            0.45,
        ),
    ),
    block=(
        Rule(
            "ur.block.call",
            r"(?<!\w)(?:مطالب\w*|اپیل\w*|درخواست\w*|استدعا|التجا|گزارش|زور\s+دیا|پٹیشن\w*|امید"
            r"|چاہتے|چاہیے|چاہئے|مہم)" + _NOT_GRANTED + _E + r"{0,90}?<T>"
            # the word order of Urdu: the call after the pardon ("رہائی کا مطالبہ کیا")
            r"|<T>" + _E + r"{0,60}?(?:کا|کی|کے)\s+(?:\S+\s+){0,1}?(?:مطالب\w*|اپیل\w*|درخواست\w*"
            r"|سفارش\w*|تجویز\w*|استدعا)(?!\w)" + _NOT_GRANTED,
            "call",
        ),
        Rule(
            "ur.block.speculation",
            r"(?<!\w)(?:ممکن|امکان|توقع|متوقع|شاید|افواہ\w*|قیاس\w*|زیر\s+غور|غور|مسودہ|مسودے"
            r"|بل|اگر|تیاری|تیاریاں|منصوبہ)(?!\w)" + _E + r"{0,60}?<T>"
            r"|<T>" + _E + r"{0,40}?(?:کا|کی|کے)\s+(?:امکان|توقع|تیاری|تیاریاں|منصوبہ|افواہ\w*|بل"
            r"|مسودہ)(?!\w)|<T>\s+(?:\S+\s+){0,2}?(?:پر|کے\s+بارے\s+میں)\s+غور",
            "speculation",
        ),
        Rule(
            "ur.block.refusal",
            r"<T>" + _E + r"{0,60}?(?:مسترد|انکار|رد)\s+(?:\S+\s+){0,1}?<DONE>"
            r"|(?<!\w)(?:مسترد|انکار)" + _E + r"{0,40}?<T>",
            "refusal",
        ),
        # "meets the pardon on such occasions", "is released every year": the custom
        Rule(
            "ur.block.habitual",
            r"<T>" + _E + r"{0,60}?(?:کرتے|کرتا|کرتی|دیتے|دیتا|دیتی|جاتا|جاتی|جاتے)\s+(?:ہیں|ہے)"
            r"|<T>\s+(?:\S+\s+){0,2}?(?:کر\s+)?(?:دیا|دی)\s+جاتا|<T>\s+(?:\S+\s+){0,4}?جاتی\s+ہے",
            "habitual",
        ),
        Rule("ur.block.bail", r"ضمانت" + _E + r"{0,40}?<T>|<T>" + _E + r"{0,40}?ضمانت", "bail"),
        # swaps, hostages, acquittals: released, not pardoned
        Rule(
            "ur.block.swap",
            r"(?:تبادل\w*|تبادلے|مغوی\w*|یرغمال\w*|اغوا\w*|(?<!\w)بری(?!\w)|جنگی\s+قیدی\w*)"
            + _E
            + r"{0,80}?<T>|<T>"
            + _E
            + r"{0,60}?(?:تبادل\w*|تبادلے|بدلے\s+میں)",
            "prisoner_swap",
        ),
        Rule(
            "ur.block.court",
            r"(?:عدالت|کورٹ|جج)\w*" + _E + r"{0,80}?(?:بری|کالعدم|سزا\s+میں\s+کمی)",
            "court_quash",
        ),
        # a victim's heirs forgiving an offender (qisas), not a state pardon
        Rule(
            "ur.block.heirs",
            r"(?:ورثا|ورثاء|لواحقین|اہل\s*خانہ|والدین)\s+(?:\S+\s+){0,8}?معاف",
            "other",
        ),
    ),
    mask=(
        Rule(
            "ur.mask.apology",
            r"معافی\s+(?:\S+\s+){0,2}?(?:مانگ\w*|طلب\s+ک\w*|کا\s+طلبگار)"
            r"|(?<!\w)معاف\s+(?:کیجیے|کیجئے|کریں|کرنا|فرمائیں|کیجیئے)(?!\w)"
            r"|(?:اللہ|خدا)\s+معاف",
            "pardon_me",
        ),
        Rule(
            "ur.mask.waiver",
            r"(?:ٹیکس|قرض|قرضوں|قرضے|فیس|بلوں|جرمانے|جرمانوں|جرمانہ|ڈیوٹی|سود|واجبات|کرایہ|کرائے"
            r"|چالان|محصول)\w*\s+(?:\S+\s+){0,4}?معاف\w*"
            r"|معاف\w*\s+(?:\S+\s+){0,2}?(?:ٹیکس|قرض|فیس|ڈیوٹی|جرمان)",
            "tax_amnesty",
        ),
    ),
    earlier=(
        Rule(
            "ur.earlier.cue",
            r"(?:گزشتہ|گذشتہ|گزتہ|پچھلے|پچھلی)\s+(?:برس|سال|ماہ|مہینے|ہفتے)|اس\s+سے\s+(?:قبل|پہلے)"
            r"|ماضی\s+میں",
            "earlier",
        ),
    ),
    aggregate=r"(?:اس\s+سال|امسال|ہر\s+سال|سالانہ|اب\s+تک)",
    official=(
        r"سرکاری|کے\s+مطابق|نیوز\s+ایجنسی|بیان|اعلامیہ|ترجمان|وزارت|ایوان\s+صدر|حکم\s*نامہ"
        r"|اعلان"
    ),
    essay=r"(?:آئینی\s+اختیار\w*|صوابدیدی\s+اختیار\w*|مورخین|تاریخ\s+میں)",
    people=_PEOPLE,
    count_noise=r"(?:گرفتار|پھانسی|سزائے\s+موت|ہلاک|ضمانت|روز|دن|دنوں|سال\s+قید)",
    exclusion_cue=r"(?:مستثنی|مستثنیٰ|اطلاق\s+نہیں|شامل\s+نہیں|علاوہ)",
    issuer=(
        r"(?:صدر\s+مملکت|صدر|سپریم\s+لیڈر|رہبر\s+انقلاب(?:\s+اسلامی)?|ولی\s+امر\s+مسلمین"
        r"|خادم\s+الحرمین\s+الشریفین|بادشاہ|شاہ|امیر|حاکم|وزیر\s+اعظم)"
        r"(?:\s+(?!نے|کی|کے|کا|کو|سے|پر|میں|اور|کیلئے|کےلیے)[^\s،,.۔]+){0,6}"
    ),
    weekdays={
        "پیر": 0,
        "سوموار": 0,
        "منگل": 1,
        "بدھ": 2,
        "جمعرات": 3,
        "جمعہ": 4,
        "ہفتہ": 5,
        "ہفتے": 5,
        "اتوار": 6,
    },
    months={
        "جنوری": 1,
        "فروری": 2,
        "مارچ": 3,
        "اپریل": 4,
        "مئی": 5,
        "جون": 6,
        "جولائی": 7,
        "اگست": 8,
        "ستمبر": 9,
        "اکتوبر": 10,
        "نومبر": 11,
        "دسمبر": 12,
    },
    relative_days={"آج": 0, "گزشتہ روز": -1, "گذشتہ روز": -1},
    occasions=(
        (
            r"(?:اسلامی\s+انقلاب|انقلاب\s+اسلامی|انقلاب)\s+کی\s+(?:کامیابی\s+کی\s+)?"
            r"(?:\S+\s+){0,2}?سال\s*گرہ",
            "islamic_revolution_anniversary",
        ),
        (r"نوروز", "nowruz"),
        (r"عید\s*ال\s*فطر|عید\s+فطر", "eid_al_fitr"),
        (r"عید\s*ال\s*اضحی|(?:عید|اعیاد)\s+قربان|بقر\s*عید|بقرہ\s+عید", "eid_al_adha"),
        (r"غدیر", "eid_al_ghadir"),
        (
            r"(?:عید\s+)?میلاد\s+النبی|(?:ولادت|میلاد)\s+(?:\S+\s+){0,3}?(?:پیغمبر|رسول|نبی)"
            r"|(?:پیغمبر|رسول)" + _E + r"{0,150}?یوم\s+(?:ولادت|میلاد)|ربیع\s+الاول",
            "prophet_birthday",
        ),
        (r"(?:ولادت|میلاد)\s+(?:\S+\s+){0,2}?(?:امام|حضرت\s+علی)|نیمہ\s+شعبان", "imam_birthday"),
        (r"یوم\s+آزادی|یوم\s+استقلال|جشن\s+آزادی", "independence_day"),
        (r"قومی\s+دن|یوم\s+پاکستان|یوم\s+جمہوریہ|یوم\s+الاتحاد", "national_day"),
        (r"کورونا|کووڈ", "covid19"),
        (r"رمضان", "ramadan"),
        (r"کرسمس", "other"),
        (r"(?<!\w)عید(?!\w)", "eid"),  # a bare "Eid": which one is read off the date
    ),
    stopwords=("ہے", "کے", "کی", "میں", "نے", "کو", "سے", "اور", "کا"),
)
