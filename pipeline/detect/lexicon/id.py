"""Indonesian tables."""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule
from .common import latin_issuer, one_person

_T = r"(?:grasi|amnesti|abolisi|remisi|pengampunan)"
_PEOPLE = r"(?:narapidana|napi|warga binaan|tahanan|orang|terpidana|WBP|anak binaan)"

LEXICON = Lexicon(
    code="id",
    gate=("grasi", "amnesti", "abolisi", "remisi", "pengampunan"),
    parts={"T": _T, "PEOPLE": _PEOPLE},
    term=_T,
    numbers=NumberWords(
        units={
            "satu": 1,
            "dua": 2,
            "tiga": 3,
            "empat": 4,
            "lima": 5,
            "enam": 6,
            "tujuh": 7,
            "delapan": 8,
            "sembilan": 9,
            "sepuluh": 10,
            "seratus": 100,
            "seribu": 1000,
        },
        scales={"puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000},
        vague=(
            (r"puluhan ribu", 20_000, 99_999),
            (r"ratusan ribu", 200_000, 999_999),
            (r"ribuan", 2000, 9999),
            (r"ratusan", 200, 999),
            (r"puluhan", 20, 99),
        ),
        qualifiers=r"lebih dari|sekitar|hampir|sedikitnya|sebanyak|setidaknya|kurang lebih|total",
        joiners=r"(?!x)x",
        range_words=r"-|hingga|sampai",
        range_open=r"antara",
        range_and=r"dan",
    ),
    announce=(
        Rule(
            "id.grant.give",
            r"\b(?:memberikan|memberi|menerima|mendapat(?:kan)?|diberikan|diberi|mengabulkan"
            r"|menandatangani|menyetujui|menetapkan|mengeluarkan|dikabulkan)\s+(?:\S+\s+){0,4}?"
            r"<T>",
            "grant",
            0.85,
        ),
        Rule(
            # parliament's consent to the president's amnesty: "DPR menyetujui usulan
            # Presiden terkait pemberian amnesti kepada 1.000 narapidana"
            "id.grant.consent",
            r"\b(?:menyetujui|disetujui|menyetujuinya)\s+(?:\S+\s+){0,6}?(?:pemberian\s+)?<T>",
            "grant",
            0.8,
        ),
        Rule(
            "id.grant.keppres",
            r"\bkeppres\s+(?:\S+\s+){0,2}?(?:grasi|amnesti|abolisi)",
            "grant",
            0.7,
        ),
        Rule(
            "id.grant.passive",
            r"\b<T>\s+(?:\S+\s+){0,2}?(?:diberikan|dikabulkan|diterima)",
            "grant",
            0.8,
        ),
    ),
    block=(
        Rule(
            "id.block.call",
            r"\b(?:mengajukan|meminta|minta|permohonan|mendesak|menuntut|petisi|berharap"
            r"|memohon|usul\w*)\s+(?:\S+\s+){0,6}?<T>",
            "call",
        ),
        Rule(
            "id.block.speculation",
            r"\b(?:akan|berencana|rencana|mempertimbangkan|kemungkinan|bisa|dapat|wacana|jika"
            r"|apabila|RUU)\s+(?:\S+\s+){0,5}?<T>",
            "speculation",
        ),
        Rule(
            "id.block.refusal",
            r"\b(?:menolak|ditolak|penolakan|tidak|tak|belum)\s+(?:\S+\s+){0,4}?<T>"
            r"|<T>\s+(?:\S+\s+){0,2}?ditolak",
            "refusal",
        ),
        Rule(
            # the power or the procedure, not a grant: "presiden berwenang memberikan
            # grasi", "dalam memberikan grasi, presiden meminta pertimbangan MA"
            "id.block.power",
            # ("hak" alone is in "Hak Asasi Manusia", the ministry's name)
            r"\b(?:kewenangan|wewenang|berwenang|hak prerogatif|hak untuk|prerogatif)\s+"
            r"(?:\S+\s+){0,3}?(?:untuk\s+)?"
            r"(?:memberikan|memberi|mengeluarkan)\s+(?:\S+\s+){0,2}?<T>"
            r"|\bdalam\s+(?:memberikan|mengeluarkan|menerbitkan|memutuskan)\s+(?:\S+\s+){0,2}?<T>",
            "pardon_power_essay",
        ),
    ),
    mask=(
        Rule(
            "id.mask.tax",
            r"tax amnesty|amnesti pajak|pengampunan pajak"
            # "pengampunan ... kepada wajib pajak" is a tax amnesty too
            r"|\b(?:pengampunan|amnesti)\b[^.;]{0,80}?\b(?:pajak|perpajakan)\b",
            "tax_amnesty",
        ),
        Rule(
            "id.mask.amnesty_international",
            r"amnesty international(?: indonesia)?",
            "amnesty_international",
        ),
    ),
    earlier=(
        Rule("id.earlier.cue", r"\b(?:sebelumnya|tahun lalu|bulan lalu|pernah)\b", "earlier"),
    ),
    aggregate=r"\b(?:tahun ini|sepanjang|sejauh ini|setiap tahun|total keseluruhan)\b",
    official=r"kementerian|menteri|keppres|keputusan presiden|kemenkumham|ditjenpas|siaran pers",
    people=_PEOPLE,
    count_noise=r"\b(?:ditangkap|ditahan di|dieksekusi|tewas)\b",
    exclusion_cue=r"\b(?:kecuali|tidak termasuk|dikecualikan)\b",
    one_person=one_person(
        r"\b(?:memberikan|memberi|berikan|diberikan)\s+(?:amnesti|grasi|abolisi)\s+(?:kepada"
        r"|untuk|bagi)|\b(?:amnesti|grasi|abolisi)\s+(?:kepada|untuk|bagi)"
        r"|\bpemberian\s+(?:amnesti|grasi|abolisi)(?:\s+(?:kepada|untuk|bagi))?",
        r"mantan|eks|terpidana|aktivis|wartawan|guru|politikus|gubernur",
    ),
    issuer=latin_issuer(
        r"presiden|raja|sultan|menteri hukum(?: dan ham)?|menkumham|kemenkumham"
        r"|kementerian hukum(?: dan (?:ham|hak asasi manusia))?"
        r"|wakil presiden"
    ),
    weekdays={"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6},
    months={
        "januari": 1,
        "februari": 2,
        "maret": 3,
        "april": 4,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "agustus": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "desember": 12,
    },
    relative_days={"hari ini": 0, "kemarin": -1},
    occasions=(
        (
            r"hut ri|hut kemerdekaan|hari kemerdekaan|kemerdekaan|proklamasi"
            r"|(?:hut|hari ulang tahun|ulang tahun) (?:ke-?\s?\d+ )?(?:ri|republik indonesia)\b",
            "independence_day",
        ),
        (r"idul fitri|idulfitri|lebaran", "eid_al_fitr"),
        (r"idul adha|iduladha", "eid_al_adha"),
        (r"tahun baru(?! saka)|imlek", "new_year"),  # the Saka new year is Nyepi
        (r"covid|pandemi|corona", "covid19"),
        (r"\bnatal\b", "christmas"),
        (r"paskah", "easter"),
        (r"waisak|waisyak|vesak", "buddhist_holiday"),
        (r"nyepi|hari raya", "other"),
    ),
    exclusions=(
        (r"terorisme", "terrorism"),
        (r"korupsi", "corruption"),
        (r"narkotika|narkoba", "drug trafficking"),
    ),
    stopwords=("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak"),
)
