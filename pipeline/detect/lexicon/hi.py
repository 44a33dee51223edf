"""Hindi tables (Devanagari; written in ordinary spelling, normalised when compiled).

Hindi shares its grammar with Urdu: a pardon is ``माफ़ी`` (remission) or ``माफ़``
(pardoned), formally ``क्षमा`` / ``क्षमादान``, an amnesty ``आम माफ़ी``, a
reduction ``सज़ा में कमी`` / ``सज़ा कम``, a release ``रिहाई`` / ``रिहा``; the verb
is a light-verb compound whose last word carries the tense (``मंज़ूरी दे दी``,
``माफ़ कर दिया``, ``रिहा किया गया``).  Normalisation drops the nukta (``सज़ा`` and
``सजा`` are one word), turns Devanagari digits into ASCII ones and the danda
``।`` into a full stop, so the patterns stop a clause at ``.``.

Python's ``\\w`` leaves out the vowel signs (``ा ि ी ो``...), so these patterns
never use ``\\w`` or ``\\b``: a word is bounded by :data:`_B` and :data:`_A`
(no Devanagari letter or sign before or after) and spans ``[^\\s.,]``.

The nouns have everyday senses that are no pardon of prisoners: an apology
(``माफ़ी माँगी``), a loan, tax or fee waiver (``कर्ज़ माफ़``), a family forgiving an
offender; those are masked or blocked, and a release alone (bail, a swap, an
acquittal) weighs less than a pardon.  Like Urdu, Hindi puts the call after
the pardon word (``रिहाई की मांग``), so calls are read in both orders; the
ergative ``ने`` marks who acted, so a court that quashed or reduced a sentence
is a court ruling, not a decree.
"""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule

# a Devanagari letter or sign (not the danda, nor a digit)
_L = r"[\u0900-\u0963\u0971-\u097f]"
_B = rf"(?<!{_L})"  # a word starts here
_A = rf"(?!{_L})"  # a word ends here
_W = r"(?:[^\s.,;:]+\s+)"  # one word inside a clause
_E = r"[^.;]"  # a character of the same clause
_T = (
    rf"(?:माफी|{_B}माफ{_A}|क्षमादान|{_B}क्षमा{_A}|सजा[^\s.,]*\s+{_W}{{0,3}}?(?:में\s+)?"
    rf"(?:कमी|कटौती|छूट|{_B}कम\s+(?:कर|किय|की))|रिहाई|{_B}रिहा\s+(?:कर|किय|की|हो))"
)
_PEOPLE = (
    r"(?:कैदि[^\s.,]*|कैदी|बंदि[^\s.,]*|बंदी|लोग[^\s.,]*|व्यक्ति[^\s.,]*|दोषि[^\s.,]*|दोषी"
    r"|अपराधि[^\s.,]*|अपराधी|मुजरिम[^\s.,]*|सजायाफ्ता|सजा\s+पाने\s+वाले|प्रदर्शनकारि[^\s.,]*"
    r"|प्रदर्शनकारी|नागरिक[^\s.,]*|अभियुक्त[^\s.,]*|विचाराधीन)"
)
# the last word of a completed light verb: "(कर) दिया", "(दे) दी", "की", "किया गया"
_DONE = (
    r"(?:(?:कर|दे)\s+(?:दिया|दी|दिए|दिये|दीं|लिया|ली|लिए|लिये)"
    r"|(?:किया|की|किए|किये|दिया|दी|दिए|दिये)\s+(?:गया|गई|गयी|गए|गये|गईं)"
    r"|हो\s+(?:गया|गई|गयी|गए|गये)|दिया|दी|दिए|दिये|दीं|किया|की|किए|किये|कीं|लिया|ली)"
)
# a completed verb, not a past perfect (an earlier decree: "दी थी") nor a wish or a
# future ("रिहा किया जाए", "माफ किया जाएगा")
_NOT_DONE = (
    rf"{_A}(?!\s*(?:था|थी|थे|थीं|जाए|जाएं|जाये|जायें|जाएगा|जाएगी|जाएंगे|जायेगा|जायेगी"
    rf"|जायेंगे|जाना|गा|गी|गे){_A})"
)
# an approval given: "मंज़ूरी दे दी", "स्वीकार कर लिया", "सहमति जताई"
_APPROVED = (
    rf"{_B}(?:मंजूरी|स्वीकृति|अनुमोदन|सहमति|स्वीकार|मंजूर)\s+{_W}{{0,1}}?"
    r"(?:<DONE>|जताई|जताया|व्यक्त\s+की|प्रदान\s+की|दे\s+दी\s+गई)"
)
# a request later granted: a call that ends in an approval is no call
_NOT_GRANTED = rf"(?!{_E}{{0,250}}?{_B}(?:मंजूरी|मंजूर|स्वीकार|स्वीकृति|सहमति|अनुमोदन))"
_CALL = r"(?:मांग|अपील|अनुरोध|आग्रह|गुहार|याचिका|आह्वान|मुहिम|अभियान)"
_REFUSE = r"(?:खारिज|ठुकरा|अस्वीकार|नामंजूर|इनकार|इंकार)"

LEXICON = Lexicon(
    code="hi",
    # raw text is gated too, so the nukta spellings are listed (decomposed and as one
    # character).  Words that hold a space or start with a common syllable ("में कमी",
    # "कम कर") make the gate's byte prefilter useless on every other script: "सजा"
    # stands for the reductions instead
    gate=(
        "माफ",
        "मा\u095e",
        "क्षमा",
        "रिहा",
        "कमी",
        "कटौती",
        "छूट",
        "सजा",
        "सज\u093cा",
        "सज\u095bा",
    ),
    parts={"T": _T, "PEOPLE": _PEOPLE, "DONE": _DONE, "APPROVED": _APPROVED, "W": _W},
    term=_T,
    numbers=NumberWords(
        units={
            "एक": 1,
            "दो": 2,
            "तीन": 3,
            "चार": 4,
            "पांच": 5,
            "छह": 6,
            "छः": 6,
            "सात": 7,
            "आठ": 8,
            "नौ": 9,
            "दस": 10,
            "ग्यारह": 11,
            "बारह": 12,
            "तेरह": 13,
            "चौदह": 14,
            "पंद्रह": 15,
            "पन्द्रह": 15,
            "सोलह": 16,
            "सत्रह": 17,
            "अठारह": 18,
            "उन्नीस": 19,
            "बीस": 20,
            "पच्चीस": 25,
            "तीस": 30,
            "चालीस": 40,
            "पचास": 50,
            "साठ": 60,
            "सत्तर": 70,
            "अस्सी": 80,
            "नब्बे": 90,
        },
        scales={"सौ": 100, "हजार": 1000, "लाख": 100_000, "करोड": 10_000_000},
        vague=(
            (r"दसियों\s+हजार", 20_000, 99_999),
            (r"हजारों", 2000, 9999),
            (r"लाखों", 200_000, 999_999),
            (r"सैकडों|सैंकडों", 200, 999),
            (r"दर्जनों", 24, 99),
        ),
        qualifiers=r"लगभग|करीब|करीबन|तकरीबन|कम\s+से\s+कम|कुल|अनुमानित",
        # "2 हजार 272" (2,272): the smaller part after a scale, without "and"
        joiners=r"और|",
        range_words=r"-|से",
        range_open=r"(?!x)x",
        range_and=r"(?!x)x",
    ),
    announce=(
        # "... सज़ाएं माफ़ करने या कम करने के सुझाव को मंज़ूरी दे दी", "माफ़ी ... स्वीकार कर ली"
        Rule("hi.grant.approve", rf"<T>{_E}{{0,160}}?<APPROVED>" + _NOT_DONE, "grant", 0.9),
        # "कैदियों की सज़ा माफ़ कर दी", "सज़ा में कमी की गई", "N बंदियों को माफ़ी दी"
        # (prisoners or sentences before it: "the father forgave him" is no pardon)
        Rule(
            "hi.grant.done",
            rf"(?:<PEOPLE>|सजा[^\s.,]*){_E}{{0,80}}?"
            rf"(?:माफी\s+{_W}{{0,1}}?(?:दे\s+दी|दी\s+गई|दी\s+गयी|दी|मिल\s+गई|मिली)"
            rf"|{_B}(?:माफ|क्षमा)\s+(?:<DONE>)|क्षमादान\s+{_W}{{0,1}}?(?:<DONE>))"
            rf"|सजा[^\s.,]*\s+{_W}{{0,2}}?(?:में\s+)?(?:कमी|कटौती|छूट)\s+(?:<DONE>)"
            rf"|सजा[^\s.,]*\s+{_W}{{0,3}}?{_B}कम\s+(?:<DONE>)" + _NOT_DONE,
            "grant",
            0.8,
        ),
        # prisoners released: "स्वतंत्रता दिवस पर 150 कैदियों को रिहा कर दिया" (weaker: a
        # release alone may be bail, a swap or an acquittal, which are blocked)
        Rule(
            "hi.grant.released",
            rf"<PEOPLE>{_E}{{0,60}}?{_B}रिहा\s+(?:<DONE>)" + _NOT_DONE,
            "grant",
            0.6,
        ),
        # "आम माफ़ी की घोषणा की", "रिहाई का आदेश दिया", "क्षमादान का आदेश जारी किया"
        Rule(
            "hi.grant.order",
            r"(?:माफी|क्षमादान|रिहाई)\s+" + _W + r"{0,1}?(?:का|के|की)\s+" + _W + r"{0,1}?"
            r"(?:आदेश|घोषणा|ऐलान|फरमान|अध्यादेश)\s+(?:जारी\s+)?<DONE>" + _NOT_DONE,
            "grant",
            0.85,
        ),
        # "कैदियों को रिहा करने का आदेश दिया", "सज़ाएं माफ़ करने का फ़ैसला किया"
        Rule(
            "hi.grant.order_to",
            rf"{_B}(?:रिहा|माफ|क्षमा)\s+करने\s+(?:का|के|की)\s+{_W}{{0,1}}?"
            r"(?:आदेश|घोषणा|ऐलान|फैसला|निर्णय|फरमान)\s+(?:जारी\s+)?<DONE>" + _NOT_DONE,
            "grant",
            0.8,
        ),
        # "क्षमादान का यह आदेश ... जारी किया गया"
        Rule(
            "hi.grant.decree",
            r"(?:माफी|क्षमादान)\s+(?:का|के)\s+"
            + _W
            + r"{0,1}?(?:आदेश|फरमान|अध्यादेश|डिक्री)"
            + _E
            + r"{0,80}?जारी\s+<DONE>"
            + _NOT_DONE,
            "grant",
            0.8,
        ),
        # "1,200 कैदियों को आम माफ़ी का लाभ मिला"
        Rule(
            "hi.grant.benefit",
            rf"<NUM>\s+{_W}{{0,2}}?<PEOPLE>{_E}{{0,60}}?(?:माफी|क्षमादान|रिहाई|सजा\s+में"
            r"\s+(?:कमी|छूट))\s+(?:का\s+)?(?:लाभ\s+)?(?:मिला|मिली|मिल\s+गया|मिल\s+गई)" + _NOT_DONE,
            "grant",
            0.8,
        ),
        Rule(
            "hi.future.will",
            rf"{_B}(?:माफ|रिहा|क्षमा)\s+(?:कर\s+)?(?:दिया|दिए|दिये|दी|किया|किए|किये|की)\s+"
            r"जा(?:एगा|एगी|एंगे|एंगी|येगा|येगी|येंगे)",
            "future",
            0.75,
        ),
        Rule(
            "hi.ref.general",
            r"(?:आम|विशेष|सामूहिक|राष्ट्रपति|शाही)\s+(?:की\s+)?(?:माफी|क्षमादान)",
            "reference",
            0.45,
        ),
    ),
    block=(
        Rule(
            "hi.block.call",
            rf"{_B}(?:{_CALL}|उम्मीद|आशा|चाहिए|चाहते|अपेक्षा)" + _NOT_GRANTED + _E + r"{0,90}?<T>"
            # the word order of Hindi: the call after the pardon ("रिहाई की मांग की")
            r"|<T>" + _E + r"{0,60}?(?:का|की|के|को\s+लेकर)\s+" + _W + r"{0,1}?"
            rf"(?:{_CALL}|सिफारिश|प्रस्ताव|सुझाव)" + _NOT_GRANTED,
            "call",
        ),
        Rule(
            "hi.block.speculation",
            rf"{_B}(?:संभावना|संभावित|अटकल[^\s.,]*|विधेयक|मसौदा|मसौदे|प्रस्तावित|अगर|यदि|तैयारी"
            rf"|योजना){_A}{_E}{{0,60}}?<T>"
            r"|<T>" + _E + r"{0,40}?(?:की|का|के)\s+(?:संभावना|उम्मीद|तैयारी|योजना|अटकल[^\s.,]*"
            r"|विधेयक|मसौदा)"
            r"|<T>" + _E + r"{0,40}?विचार\s+(?:कर\s+(?:रहा|रही|रहे)|किया\s+जा\s+रहा)"
            r"|<T>" + _E + r"{0,30}?(?:सकता|सकती|सकते)\s+(?:है|हैं)",
            "speculation",
        ),
        Rule(
            "hi.block.refusal",
            rf"<T>{_E}{{0,60}}?{_B}{_REFUSE}|{_B}{_REFUSE}{_E}{{0,40}}?<T>",
            "refusal",
        ),
        # "such pardons are granted every year": the custom, not a decree
        Rule(
            "hi.block.habitual",
            r"<T>" + _E + r"{0,60}?(?:करते|करता|करती|देते|देता|देती|जाता|जाती|जाते)\s+(?:है|हैं)",
            "habitual",
        ),
        Rule(
            "hi.block.bail",
            r"(?:जमानत|पैरोल|परोल|फरलो)" + _E + r"{0,40}?<T>|<T>" + _E + r"{0,40}?(?:जमानत|पैरोल)",
            "bail",
        ),
        # swaps, hostages, acquittals: released, not pardoned
        Rule(
            "hi.block.swap",
            rf"(?:अदला-बदली|अदला\s+बदली|आदान-प्रदान|आदान\s+प्रदान|बंधक|अगवा|अपहरण|{_B}बरी{_A}"
            rf"|युद्धबंदि[^\s.,]*|युद्धबंदी|युद्ध\s+बंदि[^\s.,]*){_E}{{0,80}}?<T>"
            r"|<T>" + _E + r"{0,60}?(?:अदला|आदान-प्रदान|आदान\s+प्रदान|बदले\s+में)",
            "prisoner_swap",
        ),
        # a court as the one who acted (the ergative "ने"): "हाईकोर्ट ने ... सज़ा कम कर दी"
        Rule(
            "hi.block.court",
            rf"(?:अदालत|कोर्ट|न्यायालय|पीठ|न्यायाधीश|जज)[^\s.,]*\s+ने{_A}{_E}{{0,100}}?"
            rf"(?:{_B}बरी{_A}|रद्द|<T>|उम्रकैद\s+में\s+बदल|आजीवन\s+कारावास\s+में\s+बदल)",
            "court_quash",
        ),
        # a victim's family forgiving an offender, not a state pardon
        Rule(
            "hi.block.heirs",
            rf"(?:परिवार|परिजन|पीडित|वारिस|माता-पिता){_W}{{0,8}}?माफ",
            "other",
        ),
    ),
    mask=(
        Rule(
            "hi.mask.apology",
            rf"माफी\s+{_W}{{0,2}}?मांग[^\s.,]*"
            rf"|{_B}(?:माफ|क्षमा)\s+(?:कीजिए|कीजिये|करें|करना|करिए|करिये|करो){_A}"
            r"|क्षमा\s*(?:मांग|प्रार्थी|याचना)[^\s.,]*"
            rf"|(?:भगवान|ईश्वर|खुदा|अल्लाह)\s+{_W}{{0,2}}?माफ",
            "pardon_me",
        ),
        Rule(
            "hi.mask.waiver",
            r"(?:टैक्स|बिल|जुर्मान|फीस|शुल्क|लगान|पेनल्टी|चालान|किराय|किराया)[^\s.,]*\s+"
            rf"{_W}{{0,3}}?माफ[^\s.,]*|{_B}माफ[^\s.,]*\s+{_W}{{0,2}}?(?:टैक्स|फीस|शुल्क|जुर्मान)",
            "tax_amnesty",
        ),
        Rule(
            "hi.mask.loans",
            rf"(?:कर्ज|ऋण|लोन|ब्याज|बकाया)[^\s.,]*\s+{_W}{{0,3}}?माफ[^\s.,]*|कर्जमाफी|ऋणमाफी"
            rf"|{_B}माफ[^\s.,]*\s+{_W}{{0,2}}?(?:कर्ज|ऋण|ब्याज)",
            "debt_forgiveness",
        ),
        Rule(
            "hi.mask.amnesty_international",
            r"एमनेस्टी\s+इंटरनेशनल|एमनेस्टी\s+इंटरनैशनल",
            "amnesty_international",
        ),
    ),
    earlier=(
        Rule(
            "hi.earlier.cue",
            r"(?:पिछले|गत|बीते)\s+(?:साल|वर्ष|महीने|माह|हफ्ते|सप्ताह)|इससे\s+(?:पहले|पूर्व)"
            r"|इसके\s+पहले|अतीत\s+में",
            "earlier",
        ),
    ),
    count_cue=r"(?:संख्या|कुल)",
    aggregate=r"(?:इस\s+साल|इस\s+वर्ष|हर\s+साल|हर\s+वर्ष|प्रतिवर्ष|सालाना|अब\s+तक)",
    official=(
        r"सरकारी|के\s+मुताबिक|के\s+अनुसार|समाचार\s+एजेंसी|न्यूज\s+एजेंसी|बयान|प्रवक्ता"
        r"|मंत्रालय|राष्ट्रपति\s+भवन|अधिसूचना|घोषणा|ऐलान|आदेश"
    ),
    essay=r"(?:संवैधानिक\s+(?:अधिकार|शक्ति)|क्षमादान\s+की\s+शक्ति|इतिहासकार|इतिहास\s+में)",
    people=_PEOPLE,
    count_noise=(r"(?:गिरफ्तार|फांसी|मौत|मृत्युदंड|मारे\s+गए|जमानत|पैरोल|दिन|दिनों|साल\s+की\s+(?:कैद|सजा))"),
    exclusion_cue=r"(?:शामिल\s+नहीं|लागू\s+नहीं|छोडकर|अलावा|बाहर\s+रखा|अपवाद)",
    issuer=(
        r"(?:राष्ट्रपति|सर्वोच्च\s+नेता|सुप्रीम\s+लीडर|(?:इस्लामी|इस्लामिक)\s+क्रांति\s+के\s+नेता"
        r"|क्रांति\s+के\s+नेता|आयतुल्ला[^\s.,]*|अयातुल्ला[^\s.,]*|राजा|बादशाह|सम्राट|सुल्तान"
        r"|अमीर|प्रधानमंत्री|प्रधान\s+मंत्री|राज्यपाल)"
        r"(?:\s+(?!ने|की|के|का|को|से|पर|में|और|द्वारा)[^\s,.]+){0,6}"
    ),
    weekdays={
        "सोमवार": 0,
        "मंगलवार": 1,
        "बुधवार": 2,
        "गुरुवार": 3,
        "बृहस्पतिवार": 3,
        "वीरवार": 3,
        "शुक्रवार": 4,
        "शनिवार": 5,
        "रविवार": 6,
        "इतवार": 6,
    },
    months={
        "जनवरी": 1,
        "फरवरी": 2,
        "मार्च": 3,
        "अप्रैल": 4,
        "अप्रेल": 4,
        "मई": 5,
        "जून": 6,
        "जुलाई": 7,
        "अगस्त": 8,
        "सितंबर": 9,
        "सितम्बर": 9,
        "अक्टूबर": 10,
        "अक्तूबर": 10,
        "नवंबर": 11,
        "नवम्बर": 11,
        "दिसंबर": 12,
        "दिसम्बर": 12,
    },
    # (a pattern: "आज" is also the start of "आजाद", free, and "आजीवन", for life)
    relative_days={"आज" + _A: 0},
    occasions=(
        (
            r"(?:(?:इस्लामी|इस्लामिक)\s+)?क्रांति\s+की\s+" + _W + r"{0,2}?(?:वर्षगांठ|सालगिरह)"
            r"|22\s+बहमन",
            "islamic_revolution_anniversary",
        ),
        (r"नौरोज|नवरोज|नौरूज|नोरूज|(?:ईरानी|फारसी)\s+नव\s*वर्ष", "nowruz"),
        (
            r"ईद\s*-?\s*(?:उल|अल)\s*-?\s*(?:फित्र|फितर)|ईदुल\s*-?\s*(?:फित्र|फितर)",
            "eid_al_fitr",
        ),
        (
            r"ईद\s*-?\s*(?:उल|अल)\s*-?\s*अजहा|ईदुल\s*-?\s*अजहा|बकरीद|बकरा\s+ईद"
            r"|ईद\s*-?\s*(?:ए\s*-?\s*)?कुर्बान",
            "eid_al_adha",
        ),
        (r"गदीर", "eid_al_ghadir"),
        (
            r"(?:पैगंबर|पैगम्बर|रसूल|नबी|हजरत\s+मुहम्मद)" + _E + r"{0,80}?(?:जन्मदिन|जन्मदिवस"
            r"|जन्म\s+दिवस|विलादत|मीलाद)|मीलाद\s*-?\s*उन\s*-?\s*नबी|ईद\s*-?\s*(?:ए\s*-?\s*)?मीलाद"
            r"|बारावफात",
            "prophet_birthday",
        ),
        (r"बेसत|बिअसत|मबअस", "mabath"),
        (
            r"(?:इमाम|हजरत\s+अली|हजरत\s+फातिमा)\s+" + _W + r"{0,3}?(?:जन्मदिन|जन्मदिवस|विलादत)"
            r"|शबे\s*बरात",
            "imam_birthday",
        ),
        (r"स्वतंत्रता\s+दिवस|स्वाधीनता\s+दिवस|आजादी\s+(?:का\s+|के\s+)?(?:दिवस|दिन)", "independence_day"),
        (r"गणतंत्र\s+दिवस|राष्ट्रीय\s+दिवस|संविधान\s+दिवस", "national_day"),
        (r"नव\s*वर्ष|नए\s+साल|नये\s+साल", "new_year"),
        (r"कोरोना|कोविड", "covid19"),
        (r"रमजान|रमदान", "ramadan"),
        (r"क्रिसमस", "christmas"),
        (r"बुद्ध\s+(?:पूर्णिमा|जयंती)", "buddhist_holiday"),
        (r"गांधी\s+जयंती", "other"),
        (_B + r"ईद" + _A, "eid"),  # a bare "Eid": which one is read off the date
    ),
    stopwords=("है", "के", "की", "में", "ने", "को", "से", "और", "का"),
)
