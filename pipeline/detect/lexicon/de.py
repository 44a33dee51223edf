"""German tables."""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule
from .common import first_reading, latin_issuer, one_person

_T = (
    r"(?:begnadig\w*|\w*amnestie\w*|straferlass\w*|gnadenerlass\w*|strafmilderung\w*"
    r"|umgewandelt|gnade)"
)
_PN = r"(?:\w*amnestie\w*|begnadigung\w*|straferlass\w*|gnadenerlass\w*|strafmilderung\w*)"
_PEOPLE = (
    r"(?:häftling\w*|gefangene\w*|strafgefangene\w*|inhaftierte\w*|menschen|personen"
    r"|verurteilte\w*|insassen|demonstranten|aktivist\w*|oppositionelle\w*|journalist\w*"
    r"|ausländer\w*|frauen|politische\w*)"
)

LEXICON = Lexicon(
    code="de",
    gate=("begnadig", "amnestie", "straferlass", "gnadenerlass", "strafmilderung", "umgewandelt"),
    parts={"T": _T, "PN": _PN, "PEOPLE": _PEOPLE},
    term=_T,
    numbers=NumberWords(
        units={
            "ein": 1,
            "eine": 1,
            "einen": 1,
            "zwei": 2,
            "drei": 3,
            "vier": 4,
            "fünf": 5,
            "sechs": 6,
            "sieben": 7,
            "acht": 8,
            "neun": 9,
            "zehn": 10,
            "elf": 11,
            "zwölf": 12,
            "zwanzig": 20,
            "dreißig": 30,
            "vierzig": 40,
            "fünfzig": 50,
            "sechzig": 60,
            "siebzig": 70,
            "achtzig": 80,
            "neunzig": 90,
        },
        scales={"hundert": 100, "tausend": 1000, "million": 1_000_000, "millionen": 1_000_000},
        vague=(
            (r"zehntausende\w*", 20_000, 99_999),
            (r"hunderttausende\w*", 200_000, 999_999),
            (r"tausende\w*|(?:mehrere|einige) tausend", 2000, 9999),
            (r"hunderte\w*|(?:mehrere|einige) hundert", 200, 999),
            (r"dutzende\w*", 24, 99),
        ),
        qualifiers=(
            r"mehr als|über|rund|etwa|knapp|fast|nahezu|mindestens|bis zu|ungefähr|gut"
            r"|insgesamt|weitere"
        ),
        joiners=r"und",
        range_words=r"-|bis",
        range_open=r"zwischen|von",
        range_and=r"und",
        compound=True,
    ),
    announce=(
        Rule("de.grant.verb", r"\b(?:begnadigt|amnestiert)(?:e|en)?\b", "grant", 0.9),
        Rule(
            "de.grant.approve",
            r"\b(?:erließ|erlässt|erlassen|verkündete|verkündet|ordnete|ordnet|gewährte|gewährt"
            r"|unterzeichnete|unterzeichnet|billigte|billigt|beschloss|beschlossen|verabschiedete"
            r"|verabschiedet|genehmigte|kündigte|angekündigt|verfügte|verfügt|bewilligte|bewilligt"
            r"|profitier\w*)\b[^.;:]{0,90}?\b(?:<PN>|strafen?\s+(?:\w+\s+)?(?:erlassen|verkürzt|reduziert))",
            "grant",
            0.85,
        ),
        Rule(
            "de.grant.verb_final",
            r"\b<PN>\b[^.;:]{0,80}?\b(?:erlassen|verkündet|gewährt|angeordnet|unterzeichnet"
            r"|gebilligt|beschlossen|verabschiedet|angekündigt|verfügt|bewilligt|in kraft)\b",
            "grant",
            0.8,
        ),
        Rule(
            "de.grant.freed",
            r"\b(?:freigelassen|entlassen|kamen frei|kommen frei|auf freien fuß)\b[^.;]{0,60}?"
            r"\b(?:<PN>)|\b<PN>\w*[^.;]{0,60}?\b(?:freigelassen|entlassen|kamen frei|kommen frei"
            r"|in (?:die )?freiheit)"
            # "sollen 36 Häftlinge in den Genuss der Amnestie kommen"
            r"|\bin den genuss (?:der|einer|des)\s+(?:\w+\s+)?<PN>",
            "grant",
            0.75,
        ),
        Rule(
            "de.grant.commute",
            r"\b(?:todesstrafen?|todesurteile?|haftstrafen?|strafen)\b[^.;]{0,60}?"
            r"\b(?:umgewandelt|verkürzt|reduziert|erlassen)",
            "grant",
            0.75,
        ),
        Rule(
            "de.ref.decree",
            r"\b(?:amnestie|begnadigungs)(?:gesetz|dekret|erlass)\w*|\bgnadenerlass",
            "reference",
            0.55,
        ),
        Rule(
            "de.ref.general",
            r"\b(?:massen|general)amnestie\w*|\bamnestie\s+für\b",
            "reference",
            0.4,
        ),
    ),
    block=(
        # a bill passed in a first reading only, to be voted again ("in erster Lesung")
        first_reading("de", r"in\s+erster\s+lesung"),
        Rule(
            "de.block.call",
            r"\b(?:forder\w*|appell\w*|ruft\w*|riefen|bitte\w*|bat|gnadengesuch\w*|gesuch\w*"
            r"|petition\w*|drängt\w*|verlangt\w*|hoff\w*|setzt\w* sich)\b[^.;]{0,90}?\b<T>",
            "call",
        ),
        Rule(
            # a law still before the chamber: "der Bundestag wird über ein
            # Amnestiegesetz beraten"
            "de.block.bill",
            r"\b(?:wird|werden|soll|sollen|will|wollen)\b[^.;]{0,80}?\b<T>[^.;]{0,40}?"
            r"\b(?:beraten|abstimmen|debattieren|prüfen|verhandeln|beschließen|entscheiden)\b",
            "speculation",
        ),
        Rule(
            "de.block.speculation",
            r"\b(?:könnte\w*|dürfte\w*|würde\w*|erwäg\w*|plant\w*|prüft\w*|möglich\w*"
            r"|wahrscheinlich|ob|falls|wenn|entwurf|gesetzentwurf|diskutiert\w*|debattiert\w*"
            r"|spekul\w*|kann)\b[^.;]{0,60}?\b<T>",
            "speculation",
        ),
        Rule(
            # the effect as a possibility: "ein Amnestiegesetz, von dem 8.000 Personen
            # profitieren könnten"
            "de.block.could",
            r"\b<T>[^.;]{0,80}?\b(?:könnte|könnten|dürfte|dürften|würde|würden)\b",
            "speculation",
        ),
        Rule(
            # the power or the law in general: "der Bundespräsident hat das Recht,
            # Strafen zu erlassen", "ein Amnestiegesetz gewährt Straffreiheit",
            # "eine Begnadigung wird nur in Ausnahmefällen gewährt"
            "de.block.generic",
            r"\b(?:das recht|befugt|befugnis|ermächtigt|zuständig)\b[^.;]{0,150}?\bzu\s+"
            r"(?:erlassen|mildern|gewähren|begnadigen|umzuwandeln|verkürzen)\b"
            r"|\bein(?:e|en)?\s+(?:\w+\s+)?<PN>\s+(?:gewährt|bewirkt|bedeutet|ist|kann|erlässt)\b"
            r"|\b<PN>\b[^.;]{0,80}?\b(?:gewährt|erlassen|ausgesprochen)\s+(?:wird|werden)\b"
            r"|\bgrundsätzlich\b[^.;]{0,60}?\b<T>",
            "pardon_power_essay",
        ),
        Rule(
            "de.block.refusal",
            r"\b(?:lehnt\w*|abgelehnt|verweigert\w*|nicht|kein\w*|nie|widerruf\w*)\b[^.;]{0,40}?"
            r"\b<T>|\b<PN>[^.;]{0,40}?\b(?:abgelehnt|verweigert|ab\b)",
            "refusal",
        ),
        Rule(
            "de.block.court",
            r"\b(?:gericht\w*|richter\w*|berufung\w*|revision\w*|bundesgerichtshof)\b[^.;]{0,80}?"
            r"\b(?:aufgehoben|hob|freigesprochen|sprach|verkürzt|reduziert|milderte"
            r"|umgewandelt)",
            "court_quash",
        ),
    ),
    mask=(
        Rule("de.mask.amnesty_international", r"\bamnesty international", "amnesty_international"),
        Rule(
            "de.mask.tax",
            r"\bsteuer\w*amnestie\w*|\bsteuer\w*\s+amnestie\w*"
            r"|\bamnestie\w*\b[^.;]{0,40}?\b(?:steuer\w*|schwarzgeld\w*)",
            "tax_amnesty",
        ),
        Rule(
            "de.mask.gun",
            r"\bwaffen\w*amnestie\w*|\bamnestie\w*[^.;]{0,40}?\bwaffen\b",
            "gun_amnesty",
        ),
        Rule("de.mask.knife", r"\bmesser\w*amnestie\w*", "knife_amnesty"),
        Rule("de.mask.power", r"\bbegnadigungsrecht\w*|\bgnadenrecht\w*", "pardon_power_essay"),
        Rule(
            "de.mask.turkey",
            r"\btruthahn\w*[^.;]{0,80}?begnadig\w*|\bbegnadig\w*[^.;]{0,80}?truthahn\w*"
            r"|\bthanksgiving\b[^.;]{0,80}?begnadig\w*",
            "turkey_pardon",
        ),
    ),
    earlier=(
        Rule(
            "de.earlier.cue",
            r"\b(?:zuvor|bereits im|vergangenes jahr|vergangenen jahres|letztes jahr|im vorjahr"
            r"|vor \w+ (?:jahren|monaten)|hatte (?:bereits )?\w* ?begnadigt)\b",
            "earlier",
        ),
    ),
    aggregate=r"\b(?:in diesem jahr|dieses jahr|insgesamt|seit|jedes jahr|jährlich|bislang)\b",
    official=(
        r"nach angaben|laut|agentur|staatsmedien|staatsfernsehen|mitteilung|erklärung"
        r"|dekret|erlass|verkündet|ministerium|präsidialamt|königshaus|amtlich\w*"
    ),
    essay=r"\b(?:verfassung\w*|historiker\w*|jurist\w*|begnadigungsrecht|gnadenrecht)\b",
    people=_PEOPLE,
    count_noise=(
        r"\b(?:festgenommen|verhaftet|inhaftiert|hingerichtet|getötet|gefängnissen"
        r"|vorübergehend|hafturlaub|kaution)\b"
    ),
    exclusion_cue=(
        r"\b(?:ausgenommen|ausgeschlossen|nicht für|gilt nicht|ausnahme|außer"
        r"|nicht betroffen)\b"
    ),
    one_person=one_person(
        r"\bbegnadigt(?:e|en)?|\bBegnadigung\s+(?:von|für|des|der)",
        r"seinen|ihren|den|die|Sohn|Tochter|Journalisten|Aktivisten|früheren|ehemaligen|Ex-\w+",
        tokens=2,
    ),
    issuer=latin_issuer(
        r"(?:der |die )?(?:könig|königin|emir|sultan|präsident\w*|staatschef|revolutionsführer"
        r"|oberste[rn]? führer|staatsoberhaupt|regierungschef|ajatollah|scheich|machthaber"
        r"|staatsduma|duma|unterhaus|parlament)"
    ),
    weekdays={
        "montag": 0,
        "dienstag": 1,
        "mittwoch": 2,
        "donnerstag": 3,
        "freitag": 4,
        "samstag": 5,
        "sonnabend": 5,
        "sonntag": 6,
    },
    months={
        "januar": 1,
        "jänner": 1,
        "februar": 2,
        "märz": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "dezember": 12,
    },
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2},
    occasions=(
        (
            r"jahrestag\w* der islamischen revolution|islamischen revolution",
            "islamic_revolution_anniversary",
        ),
        (r"nowruz|nouruz|(?:persische|iranische)\w* neujahr\w*", "nowruz"),
        (r"fastenbrechen|zuckerfest|eid al-fitr|ende des ramadan", "eid_al_fitr"),
        (r"opferfest|eid al-adha|kurban", "eid_al_adha"),
        (r"geburtstag\w* des propheten", "prophet_birthday"),
        (r"thronfest|thronjubiläum|thronbesteigung", "throne_day"),
        (r"unabhängigkeitstag\w*|jahrestag\w* der unabhängigkeit", "independence_day"),
        (
            r"nationalfeiertag\w*|tag des sieges|jahrestag\w* der revolution|tag der einheit"
            r"|verfassungstag|tag der republik|siegestag\w*|jahrestag\w* des sieges"
            r"|ende\w* des zweiten weltkrieg\w*",
            "national_day",
        ),
        (r"geburtstag\w* des (?:königs|monarchen|sultans)", "royal_birthday"),
        (r"neujahr\w*|jahreswechsel", "new_year"),
        (r"papstbesuch\w*|besuch\w* des papstes", "religious_visit"),
        (r"ramadan", "ramadan"),
        (r"corona\w*|covid\w*|pandemie", "covid19"),
        (r"weihnacht\w*", "christmas"),
        (r"ostern|oster\w+", "easter"),
        (r"feiertag\w*", "other"),
    ),
    conditions=((r"gute\w* führung", "good conduct"),),
    exclusions=(
        (r"mord\w*|tötungsdelikt\w*", "murder"),
        (r"terror\w*", "terrorism"),
        (r"drogenhandel\w*|rauschgift\w*", "drug trafficking"),
        (r"sexualstraft\w*|vergewaltigung\w*", "sexual offences"),
        (r"korruption\w*", "corruption"),
        (r"spionage\w*", "espionage"),
        (r"doppelte\w* staatsbürger\w*|doppelstaatler\w*", "dual nationals"),
    ),
    stopwords=(
        "der",
        "die",
        "das",
        "und",
        "nicht",
        "ist",
        "den",
        "von",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "im",
        "dem",
        "wurde",
        "ein",
        "eine",
    ),
)
