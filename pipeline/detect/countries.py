"""Countries, the titles of those who pardon, and the leaders' names.

``COUNTRIES`` maps an ISO 3166-1 alpha-2 code to an English short name, the
ways the country is written (names and adjectives in the supported
languages, as regular expressions, case-sensitive for Latin script) and the
names of rulers who pardon.  The granting country of a decree is read from
an *authority-bound* mention: a country next to a title ("Iran's Supreme
Leader", "the Emir of Qatar", "العاهل المغربي") or a ruler's name; a country
merely named in a sentence is only a fallback.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import ahocorasick_rs

from .matching import Matcher
from .normalize import normalize

__all__ = ["COUNTRIES", "CountryMention", "authority_countries", "country_mentions", "name_of"]

# code: (English name, aliases, leaders).  Aliases and leaders are literal
# strings separated by "|"; a trailing "*" lets any word ending follow (a stem:
# "Росси*", "المغرب*").  Latin and Cyrillic aliases match with their case as
# written; Arabic-script ones may carry a one-letter proclitic (و ب ل ف).
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "IR": (
        "Iran",
        "Iran|Iranian|Irán|iraní|iranien*|iranisch*|Irã|iraniano|ایران*|Иран*"
        "|иранск*|Islamic Republic|جمهوری اسلامی|الجمهوریة الإسلامية",
        "Khamenei|Jamenei|Chamenei|خامنه ای|خامنه‌ای|Хаменеи|Rouhani|Raisi|Pezeshkian"
        "|رهبر انقلاب|رهبر معظم انقلاب|مقام معظم رهبری|مرشد الثورة|المرشد الأعلى الإيراني",
    ),
    "MA": (
        "Morocco",
        "Morocco|Moroccan|Maroc|marocain*|Marruecos|marroquí|Marrocos|Marokko"
        "|marokkanisch*|Fas|المغرب*|مراکش|Maroko",
        "Mohammed VI|Mohamed VI|محمد السادس",
    ),
    "AE": (
        "United Arab Emirates",
        "UAE|United Arab Emirates|Emirati|Emirats arabes unis"
        "|émirati*|Emiratos Árabes Unidos|Emirados Árabes Unidos|Vereinigte Arabische Emirate"
        "|Vereinigten Arabischen Emirate*|الإمارات*|اماراتی|Dubai|Abu Dhabi|Sharjah|Ajman"
        "|Ras Al Khaimah|Fujairah|Umm Al Quwain|دبي|أبوظبي|أبو ظبي|الشارقة|رأس الخيمة|عجمان"
        "|الفجيرة|أم القيوين",
        "Mohamed bin Zayed|Mohammed bin Zayed|Khalifa bin Zayed|Mohammed bin Rashid"
        "|Sultan bin Mohammed Al Qasimi|Saud bin Saqr|محمد بن زايد|محمد بن راشد|خليفة بن زايد",
    ),
    "OM": (
        "Oman",
        "Oman|Omani|omanais|Omán|Omã|سلطنة عمان|عمان|عماني|Umman",
        "Haitham bin Tarik|Haitham bin Tariq|Qaboos|هيثم بن طارق|قابوس",
    ),
    "KW": (
        "Kuwait",
        "Kuwait|Kuwaiti|koweïtien*|Koweït|الكويت*|کویت|Kuveyt",
        "Nawaf|Mishal al-Ahmad|Mishaal|Meshal|Sabah al-Ahmad|نواف الأحمد|مشعل الأحمد",
    ),
    "BH": (
        "Bahrain",
        "Bahrain|Bahraini|Bahreïn|Baréin|Bahrein|البحرين*|بحرین",
        "Hamad bin Isa|حمد بن عيسى",
    ),
    "QA": ("Qatar", "Qatar|Qatari|qatari*|Katar|قطر*", "Tamim bin Hamad|Tamim|تميم بن حمد"),
    "SA": (
        "Saudi Arabia",
        "Saudi Arabia|Saudi|Arabie saoudite|saoudien*|Arabia Saudita"
        "|Arábia Saudita|Saudi-Arabien|السعودية|السعودي*|عربستان|Suudi",
        "Salman bin Abdulaziz|King Salman|Mohammed bin Salman|سلمان بن عبد العزيز"
        "|سلمان بن عبدالعزيز|خادم الحرمين الشريفين",
    ),
    "EG": (
        "Egypt",
        "Egypt|Egyptian|Égypte|égyptien*|Egipto|egipcio|Egito|Ägypten|ägyptisch*"
        "|مصر|المصري*|Mısır|Mesir",
        "Sisi|el-Sisi|al-Sisi|السيسي",
    ),
    "DZ": (
        "Algeria",
        "Algeria|Algerian|Algérie|algérien*|Argelia|Argélia|Algerien|الجزائر*|Cezayir|Aljazair",
        "Tebboune|Bouteflika|تبون|بوتفليقة",
    ),
    "TN": (
        "Tunisia",
        "Tunisia|Tunisian|Tunisie|tunisien*|Túnez|Tunísia|Tunesien|تونس|التونسي*|Tunus",
        "Kais Saied|Kaïs Saïed|قيس سعيد|Saied",
    ),
    "JO": ("Jordan", "Jordanian|Jordanie|jordanien*|الأردن*", "Abdullah II"),
    "SY": (
        "Syria",
        "Syria|Syrian|Syrie|syrien*|Siria|Síria|Syrien|سوريا|سوریه|السوري*",
        "Assad|الأسد",
    ),
    "IQ": ("Iraq", "Iraq|Iraqi|Irak|irakien*|العراق*|عراق", ""),
    "LB": ("Lebanon", "Lebanon|Lebanese|Liban|لبنان", ""),
    "SD": ("Sudan", "Sudan|Sudanese|Soudan|السودان*", "Burhan|البرهان"),
    "LY": ("Libya", "Libya|Libyan|Libye|ليبيا", ""),
    "YE": ("Yemen", "Yemen|Yemeni|Yémen|اليمن*", ""),
    "MR": ("Mauritania", "Mauritania|Mauritanian|Mauritanie|موريتانيا", ""),
    "MM": (
        "Myanmar",
        "Myanmar|Burma|Burmese|Birmanie|birman*|Myanmars",
        "Min Aung Hlaing|Win Myint|Htin Kyaw|Myint Swe",
    ),
    "KH": (
        "Cambodia",
        "Cambodia|Cambodian|Cambodge|cambodgien*|Camboya|Kambodscha|Kamboja",
        "Hun Sen|Hun Manet|Norodom Sihamoni|Sihamoni",
    ),
    "VN": (
        "Vietnam",
        "Vietnam|Viet Nam|Vietnamese|vietnamien*|vietnamita|vietnamesisch*",
        "Nguyen Xuan Phuc|Vo Van Thuong|To Lam|Luong Cuong|Tran Dai Quang",
    ),
    "TH": (
        "Thailand",
        "Thailand|Thai|Thaïlande|thaïlandais*|Tailandia|Tailândia",
        "Vajiralongkorn|Rama X|Bhumibol",
    ),
    "LA": ("Laos", "Laos|Laotian", ""),
    "ID": (
        "Indonesia",
        "Indonesia|Indonesian|Indonésie",
        "Jokowi|Joko Widodo|Prabowo|RI|Kemenkumham|Ditjenpas"
        "|Direktorat Jenderal Pemasyarakatan|Kementerian Hukum dan HAM",
    ),
    "MY": ("Malaysia", "Malaysia|Malaysian|Malaisie", "Anwar Ibrahim"),
    "PH": ("Philippines", "Philippines|Philippine|Filipino", "Marcos|Duterte"),
    "CN": ("China", "China|Chinese|Chine|chinois*|Китай*|китайск*|Çin", "Xi Jinping"),
    "KP": ("North Korea", "North Korea|North Korean|Corée du Nord", "Kim Jong Un"),
    "AZ": (
        "Azerbaijan",
        "Azerbaijan|Azerbaijani|Azerbaïdjan|Azerbaiyán|Aserbaidschan"
        "|Азербайджан*|азербайджанск*|Azerbaycan|آذربایجان",
        "Ilham Aliyev|Aliyev|Алиев*",
    ),
    "UZ": (
        "Uzbekistan",
        "Uzbekistan|Uzbek|Ouzbékistan|Usbekistan|Узбекистан*|узбекск*|Özbekistan",
        "Mirziyoyev|Мирзиёев*",
    ),
    "KZ": ("Kazakhstan", "Kazakhstan|Kazakh|Казахстан*|Kazakistan", "Tokayev|Токаев*"),
    "TJ": ("Tajikistan", "Tajikistan|Tajik|Таджикистан*", "Rahmon|Рахмон*"),
    "TM": ("Turkmenistan", "Turkmenistan|Turkmen|Туркменистан*", "Berdimuhamedov"),
    "KG": ("Kyrgyzstan", "Kyrgyzstan|Kyrgyz|Киргизи*|Кыргызстан*", "Japarov|Жапаров*"),
    "BY": (
        "Belarus",
        "Belarus|Belarusian|Biélorussie|Bielorrusia|Weißrussland|Беларус*|белорусск*",
        "Lukashenko|Loukachenko|Lukaschenko|Лукашенко",
    ),
    "RU": (
        "Russia",
        "Russia|Russian|Russie|russe|Rusia|ruso|Rússia|russo|Russland|russisch*"
        "|Росси*|российск*|Rusya|روسیه|روسيا",
        "Putin|Poutine|Путин*|Kremlin|Кремл*|Госдум*|Государственная дума|State Duma",
    ),
    "UA": (
        "Ukraine",
        "Ukraine|Ukrainian|Украин*|украинск*|Ucrania|Ukrayna",
        "Zelensky|Zelenskyy|Зеленск*",
    ),
    "TR": (
        "Turkey",
        "Turkey|Turkish|Türkiye|Turquie|turc|Turquía|turco|Turquia|Türkei"
        "|türkisch*|ترکیه|تركيا|Турци*",
        "Erdogan|Erdoğan|Эрдоган*",
    ),
    "CU": (
        "Cuba",
        "Cuba|Cuban|cubain*|cubano|cubana|Kuba|kubanisch*|Куба|Кубы",
        "Díaz-Canel|Diaz-Canel|Raúl Castro|Raul Castro|Fidel Castro",
    ),
    "VE": ("Venezuela", "Venezuela|Venezuelan|venezolano|vénézuélien*", "Maduro"),
    "NI": ("Nicaragua", "Nicaragua|Nicaraguan|nicaragüense", "Ortega"),
    "BO": ("Bolivia", "Bolivia|Bolivian|boliviano", "Arce"),
    "BR": (
        "Brazil",
        "Brazil|Brazilian|Brasil|brasileiro|brasileira|Brésil|Brasilien",
        "Lula|Bolsonaro|Temer",
    ),
    "US": (
        "United States",
        "United States|U.S.|US|USA|American|Estados Unidos"
        "|estadounidense|États-Unis|américain*|EUA|Vereinigte Staaten|Vereinigten Staaten"
        "|США|امریکا|آمریکا|الولايات المتحدة",
        "Biden|Trump|Obama|White House|Clinton",
    ),
    "GB": (
        "United Kingdom",
        "United Kingdom|UK|Britain|British|Royaume-Uni|britannique",
        "Charles III",
    ),
    "FR": ("France", "France|French|français*|Francia|França|Frankreich|französisch*", "Macron"),
    "ES": (
        "Spain",
        "Spain|Spanish|Espagne|espagnol*|España|español*|Espanha|Spanien|spanisch*",
        "Felipe VI|Pedro Sánchez",
    ),
    "PT": (
        "Portugal",
        "Portugal|Portuguese|portugais|português|portuguesa",
        "Marcelo Rebelo de Sousa",
    ),
    "DE": (
        "Germany",
        "Germany|German|Allemagne|Alemania|Alemanha|Deutschland|Bundespräsident",
        "Steinmeier",
    ),
    "AF": ("Afghanistan", "Afghanistan|Afghan|افغانستان|أفغانستان|Taliban|طالبان", "Akhundzada"),
    "PK": ("Pakistan", "Pakistan|Pakistani", ""),
    "IN": ("India", "India|Indian", ""),
    "LK": ("Sri Lanka", "Sri Lanka|Sri Lankan", ""),
    "BD": ("Bangladesh", "Bangladesh|Bangladeshi", ""),
    "NG": ("Nigeria", "Nigeria|Nigerian", "Tinubu"),
    "ZW": ("Zimbabwe", "Zimbabwe|Zimbabwean", "Mnangagwa"),
    "ET": ("Ethiopia", "Ethiopia|Ethiopian|Éthiopie", "Abiy Ahmed"),
    "ER": ("Eritrea", "Eritrea|Eritrean", "Afwerki"),
    "RW": ("Rwanda", "Rwanda|Rwandan", "Kagame"),
    "UG": ("Uganda", "Uganda|Ugandan", "Museveni"),
    "ZA": ("South Africa", "South Africa|South African", "Ramaphosa"),
    "CM": ("Cameroon", "Cameroon|Cameroun|camerounais*", "Biya"),
    "SN": ("Senegal", "Senegal|Sénégal|sénégalais*", "Macky Sall"),
    "CI": ("Côte d'Ivoire", "Côte d'Ivoire|Ivory Coast|ivoirien*", "Ouattara"),
    "ML": ("Mali", "Mali|malien*", "Goïta|Goita"),
    "TD": ("Chad", "Chad|Tchad|tchadien*", "Déby|Deby"),
    "IL": ("Israel", "Israel|Israeli|Israël|إسرائيل|اسرائیل", "Herzog"),
    "AM": ("Armenia", "Armenia|Armenian|Arménie", ""),
    "GE": ("Georgia", "Georgian|Géorgie", ""),
    "KR": ("South Korea", "South Korea|South Korean|Corée du Sud", "Yoon Suk Yeol|Lee Jae-myung"),
    "AO": ("Angola", "Angola|angolano|angolana|Angolan", "João Lourenço"),
    "MZ": ("Mozambique", "Mozambique|Moçambique|moçambicano", "Daniel Chapo|Filipe Nyusi"),
    "NP": ("Nepal", "Nepal|Nepali|Nepalese", ""),
}

# Titles and offices of those who pardon, in every supported language.
TITLES = normalize(
    r"supreme leader|leader|king|queen|emir|amir|sultan|president|monarch|sheikh|crown prince"
    r"|prime minister|government|authorities|junta|ruler|head of state|judiciary|regime"
    r"|parliament|state administration council|military|majesty|highness"
    r"|roi|reine|émir|président|souverain|gouvernement|autorités|monarque"
    r"|rey|presidente|gobierno|autoridades|emir|monarca|rei|governo"
    r"|könig|präsident|staatschef|regierung|revolutionsführer|behörden|herrscher"
    r"|президент\w*|власт\w*|правительств\w*|король"
    r"|cumhurbaşkanı\w*|kral\w*|hükümet\w*|presiden|pemerintah|raja"
    r"|الملک|العاهل|الرییس|رییس|الامیر|امیر|السلطان|سلطان|الشیخ|الحکومه|السلطات|ملک"
    r"|رهبر|رییس جمهور|مقام معظم رهبری|دولت|قوه قضاییه|خادم الحرمین"
)


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str
    leader: bool


_PROCLITICS = "وبلف"


def _is_arabic(text: str) -> bool:
    return "\u0600" <= text[:1] <= "\u06ff"


def _build() -> tuple[ahocorasick_rs.AhoCorasick, list[list[tuple[str, str, bool, bool]]]]:
    entries: dict[str, list[tuple[str, str, bool, bool]]] = {}
    for code, (_, aliases, leaders) in COUNTRIES.items():
        for kind, names in (("c", aliases), ("l", leaders)):
            for raw in filter(None, names.split("|")):
                stem = raw.endswith("*")
                alias = normalize(raw.rstrip("*"))
                key = alias.lower()
                entries.setdefault(key, []).append((code, alias, stem, kind == "l"))
    keys = sorted(entries)
    return ahocorasick_rs.AhoCorasick(keys), [entries[k] for k in keys]


_AUTOMATON, _ENTRIES = _build()
_TITLE = Matcher(rf"(?<![\w])(?:{TITLES})(?!\w)")


def _left_ok(text: str, start: int, alias: str) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return True
    if _is_arabic(alias) and text[start - 1] in _PROCLITICS:
        return start == 1 or not text[start - 2].isalnum()
    return False


def name_of(code: str | None) -> str | None:
    """English short name of a country code."""
    return COUNTRIES[code][0] if code in COUNTRIES else None


def country_mentions(text: str) -> list[CountryMention]:
    """Every country or leader named in ``text`` (normalised), left to right."""
    out: list[CountryMention] = []
    lowered = text.lower()
    for index, _, stop in _AUTOMATON.find_matches_as_indexes(lowered, overlapping=True):
        end = stop - 1
        for code, alias, stem, leader in _ENTRIES[index]:
            start = end - len(alias) + 1
            if not _left_ok(text, start, alias):
                continue
            if not stem and end + 1 < len(text) and text[end + 1].isalnum():
                continue
            if not _is_arabic(alias) and text[start : end + 1] != alias:
                continue
            out.append(CountryMention(start, end + 1, code, leader))
            break
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[CountryMention] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def authority_countries(text: str) -> list[CountryMention]:
    """Countries bound to an authority: a ruler's name, or a country beside a title."""
    mentions = country_mentions(text)
    if not mentions:
        return []
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    out: list[CountryMention] = []
    for mention in mentions:
        if mention.leader:
            out.append(mention)
            continue
        for start, end in titles:
            after = 0 <= start - mention.end <= 40
            before = 0 <= mention.start - end <= 25
            if after or before:
                out.append(mention)
                break
    return out


def majority(mentions: list[CountryMention]) -> str | None:
    """The most mentioned country (leaders count double); ties go to the first."""
    if not mentions:
        return None
    counts: Counter[str] = Counter()
    for m in mentions:
        counts[m.code] += 2 if m.leader else 1
    best = max(counts.values())
    for m in mentions:
        if counts[m.code] == best:
            return m.code
    return None
