"""Italian tables.

A pardon is ``la grazia`` (``graziare``, ``graziato``), a collective measure an
``amnistia`` or an ``indulto``, a commutation ``commutare la pena``; a decree is
an ``atto``/``provvedimento di clemenza``.  ``Grazia`` is also a first name and
stands in set phrases ("colpo di grazia", "periodo di grazia", "stato di
grazia"), which are masked; the plural ``grazie`` ("thanks", "grazie a": "thanks
to") is never a pardon word.
"""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule
from .common import latin_issuer, one_person

# the verb and its participles, never the plural noun "grazie" (thanks)
_GRAZIA = r"grazi(?:a|are|ato|ata|ati|ate|ando|ò|arono|erà|eranno|erebbe|erebbero)\b"
_T = (
    rf"(?:{_GRAZIA}|amnisti\w*|indult\w*|clemenza|commutazion\w*"
    r"|commut\w*(?=[^.;]{0,60}?\b(?:pen[ae]|condann\w*|ergastolo|morte))"
    r"|(?:riduzion[ei]|sconti?|condono) (?:della |delle |di )?pen[ae])"
)
_PEOPLE = (
    r"(?:detenut[ie]|carcerat[ie]|prigionier[ie]|condannat[ie]|reclus[ie]|persone|cittadin[ie]"
    r"|stranier[ie]|donne|giovani|manifestanti|attivisti|oppositori|dissidenti|ergastolani"
    r"|minorenni|giornalisti|militari|ostaggi|graziat[ie]|amnistiat[ie])"
)

# an amnesty or pardon law or decree by name ("la legge di amnistia", "il decreto di grazia")
_LAW = (
    r"(?:legge|leggi|decreto|decreti|provvedimento|provvedimenti)\s+(?:di|sull'|sulla|dell')\s*"
    r"(?:grazia|amnistia|indulto|clemenza)"
)

# a measure that still awaits a step: "all'esame del Senato", "in attesa della firma",
# "deve ancora essere approvato"
_PENDING = (
    r"(?:trasmess[oa]|inviat[oa]|passa|passerà)\s+(?:ora\s+)?(?:al senato|alla camera"
    r"|al parlamento|al presidente)\b|in attesa (?:della |di )(?:approvazione|firma"
    r"|pubblicazione|ratifica|promulgazione)|(?:deve|dovrà) ancora essere (?:approvat|firmat"
    r"|ratificat|promulgat)\w*|all'esame (?:del|della|delle)\b"
)

NUMBERS = NumberWords(
    units={
        "uno": 1,
        "una": 1,
        "un": 1,
        "due": 2,
        "tre": 3,
        "tré": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "tredici": 13,
        "quattordici": 14,
        "quindici": 15,
        "sedici": 16,
        "diciassette": 17,
        "diciotto": 18,
        "diciannove": 19,
        "venti": 20,
        "vent": 20,
        "trenta": 30,
        "trent": 30,
        "quaranta": 40,
        "quarant": 40,
        "cinquanta": 50,
        "cinquant": 50,
        "sessanta": 60,
        "sessant": 60,
        "settanta": 70,
        "settant": 70,
        "ottanta": 80,
        "ottant": 80,
        "novanta": 90,
        "novant": 90,
    },
    # compounds are written as one word: "duemila", "trecentocinquanta"
    scales={"cento": 100, "mille": 1000, "mila": 1000, "milione": 1_000_000, "milioni": 1_000_000},
    vague=(
        (r"decine di migliaia", 20_000, 99_999),
        (r"centinaia di migliaia", 200_000, 999_999),
        (r"(?:alcune |diverse |varie )?migliaia", 2000, 9999),
        (r"(?:alcune |diverse |varie )?centinaia", 200, 999),
        (r"decine|dozzine", 20, 99),
    ),
    qualifiers=(
        r"più di|oltre|circa|quasi|almeno|fino a|un totale di|poco più di|intorno a|altri|altre"
        r"|complessivamente|in tutto"
    ),
    joiners=r"e",
    range_words=r"-|a",
    range_open=r"tra|fra|da",
    range_and=r"e",
    compound=True,
)

LEXICON = Lexicon(
    code="it",
    # "amnisti" and "indult" are already gate words of the Iberian tables, and an
    # Italian text reads every gated sentence: only the Italian stems are added
    gate=(
        "grazia",
        "graziat",
        "graziò",
        "graziar",
        "grazier",
        "clemenza",
        # not "commutat(i)": English "commutation" would bring the Italian table in
        "commutato",
        "commutata",
        "commutazion",
        "commutò",
        "riduzione di pena",
        "riduzione della pena",
        "sconto di pena",
        "sconti di pena",
    ),
    parts={"T": _T, "PEOPLE": _PEOPLE, "LAW": _LAW, "PENDING": _PENDING},
    term=_T,
    numbers=NUMBERS,
    announce=(
        Rule(
            "it.grant.verb",
            r"\b(?:ha|hanno)\s+(?:\w+\s+)?(?:graziato|amnistiato|commutato)\b"
            r"|\b(?:graziò|graziarono|amnistiò|commutò|commutarono)\b",
            "grant",
            0.9,
        ),
        Rule(
            # the headline present: "Saied grazia 1.467 detenuti", "il re grazia altri 500"
            "it.grant.present",
            r"\b(?:grazia|commuta)\s+(?:<NUM>)\s+(?:\w+\s+)?<PEOPLE>",
            "grant",
            0.85,
        ),
        Rule(
            "it.grant.passive",
            r"\b(?:è|sono|era|erano|fu|furono|vengono|viene)\s+(?:stat[oaie]\s+)?(?:\w+\s+)?"
            r"(?:graziat|amnistiat|commutat|indultat)[oaie]\b",
            "grant",
            0.8,
        ),
        Rule(
            "it.grant.approve",
            r"\b(?:concesso|concede|concedono|concedere|accordato|accorda|firmato|firma|firmò"
            r"|decretato|decreta|disposto|dispone|approvato|approva|annunciato|annuncia"
            r"|ordinato|ordina|emanato|emana|promulgato|promulga|varato|vara|beneficiato"
            r"|beneficiano|ottenuto|ottengono|ricevuto|ricevono|concesse|firmati|concessa"
            r"|firmata|approvata|varata|emanata)\b[^.;:]{0,60}?\b<T>",
            "grant",
            0.85,
        ),
        Rule(
            # "la grazia concessa dal presidente a 300 detenuti", "l'amnistia decretata dal re"
            "it.grant.passive_by",
            r"\b<T>[^.;]{0,60}?\b(?:concess|decretat|firmat|disposta|dispost|accordat)[oaie]?\s+"
            r"(?:\w+\s+)?(?:dal|dalla|dallo)\s+(?:presidente|re|governo|capo dello stato|sovrano"
            r"|emiro|sultano|consiglio)\b",
            "grant",
            0.8,
        ),
        Rule(
            # an amnesty law voted through or in force: "il Parlamento ha approvato la legge
            # di amnistia", "la legge sull'indulto è entrata in vigore"
            "it.grant.law_passed",
            r"\b(?:approvato|approvata|promulgato|promulgata|entrat[oa] in vigore|approvazione"
            r"|promulgazione|entrata in vigore)\b[^.;:]{0,100}?\b<LAW>"
            r"|\b<LAW>\b[^.;:]{0,40}?\b(?:è stat[oa]|sono stat[ie])\s+(?:\w+\s+)?"
            r"(?:approvat|promulgat|ratificat)[oaie]\b",
            "grant",
            0.8,
        ),
        Rule(
            "it.grant.freed",
            r"\b(?:scarcerat\w+|liberat\w+|rilasciat\w+|uscit[ie]|tornat[ie] in libertà"
            r"|rimess[ie] in libertà)\b[^.;]{0,60}?\b(?:grazia|amnistia|indulto)\b",
            "grant",
            0.75,
        ),
        Rule(
            "it.future",
            r"\b(?:concederà|graziera|grazierà|grazieranno|commuterà|beneficeranno|beneficerà"
            r"|saranno graziat\w+|verranno graziat\w+|saranno scarcerat\w+|verranno scarcerat\w+"
            r"|usciranno)\b[^.;:]{0,40}?(?:<T>)?",
            "future",
            0.75,
        ),
        Rule("it.ref.participle", r"\b(?:graziat|amnistiat)[ie]\b", "reference", 0.5),
        Rule(
            "it.ref.decree",
            r"\b<LAW>|\b(?:atto|atti|misura|misure|provvedimento|provvedimenti) di clemenza",
            "reference",
            0.55,
        ),
        Rule(
            "it.ref.royal",
            r"\bgrazia\s+(?:presidenziale|reale|sovrana|collettiva)|\bamnistia\s+(?:generale"
            r"|presidenziale|reale)|\bindulto\s+(?:generale|presidenziale)",
            "reference",
            0.4,
        ),
    ),
    block=(
        Rule(
            "it.block.call",
            r"\b(?:chied\w*|chiest\w*|richiest\w*|richied\w*|domand[ae]|istanz[ae]|sollecit\w*"
            r"|invoc\w*|appell\w*|petizion\w*|esort\w*|implor\w*|campagna|sper\w*|auspic\w*"
            r"|reclam\w*|supplic\w*|pretend\w*|preghier\w*)\b[^.;]{0,90}?\b<T>",
            "call",
        ),
        Rule(
            "it.block.speculation",
            r"\b(?:potrebbe\w*|potrà|potranno|dovrebbe\w*|valut\w*|ipotesi|ipotizz\w*|studi\w*"
            r"|consider\w*|possibil\w*|eventual\w*|probabil\w*|se|proposta(?! di legge)|propone"
            r"|voci|indiscrezion\w*|si parla)\b[^.;]{0,60}?\b<T>"
            # a fact-check: "non è vero che il presidente ha concesso la grazia"
            r"|\b(?:non è vero|è falso|bufala|fake news)\b[^.;]{0,150}?\b<T>",
            "speculation",
        ),
        Rule(
            # a bill still before the chamber: "il Parlamento discuterà il disegno di legge
            # sull'amnistia", "una proposta di legge per l'indulto"
            "it.block.bill",
            r"\b(?:discut\w*|dibatt\w*|vot(?:a|ano|are|erà|eranno|azione)|esamin\w*|in esame)"
            r"\b[^.;]{0,60}?\b<T>"
            r"|\b(?:disegno|disegni|proposta|proposte) di legge\b[^.;]{0,40}?\b<T>"
            r"|\bddl\b[^.;]{0,40}?\b<T>",
            "speculation",
        ),
        Rule(
            # a measure that still awaits a step (see _PENDING)
            "it.block.pending_step",
            r"\b<T>[^.;]{0,150}?\b(?:<PENDING>)|\b(?:<PENDING>)[^.;]{0,60}?\b<T>",
            "pending",
        ),
        Rule(
            "it.block.refusal",
            r"\b(?:respint\w*|resping\w*|rifiut\w*|neg(?:a|ano|ato|ata|ò|are)|non|mai|senza"
            r"|nessun\w*|revoc\w*|annull\w*|niente)\b[^.;]{0,40}?\b<T>",
            "refusal",
        ),
        Rule(
            "it.block.court",
            r"\b(?:tribunale|giudic[ei]|corte|cassazione|consulta|magistrat\w*)\b[^.;]{0,80}?"
            r"\b(?:annull\w*|assol\w*|ridott[oaie]|ridotto|riduce|ridus\w*|revoc\w*)",
            "court_quash",
        ),
        Rule(
            "it.block.habitual",
            r"\b(?:tradizionalmente|di solito|solitamente|abitualmente|di norma)\b[^.;]{0,50}?"
            r"\b<T>",
            "background",
        ),
    ),
    mask=(
        Rule(
            "it.mask.amnesty_international",
            r"\bamnesty international|\bamnistia internazionale",
            "amnesty_international",
        ),
        Rule(
            "it.mask.tax",
            r"\b(?:amnistia|condono)\s+(?:fiscale|tributari\w*|edilizi\w*|valutari\w*)"
            r"|\bamnistia\b[^.;]{0,40}?\b(?:tasse|fisc\w*|tribut\w*|capitali|evasori)",
            "tax_amnesty",
        ),
        Rule(
            # "grazia" in set phrases and names, not a pardon
            "it.mask.grace",
            r"\b(?:colpo|periodo|stato|anno|giorni|termine) di grazia\b|\bper grazia ricevuta"
            r"|\bgrazia (?:di dio|divina|santificante)|\bin grazia di dio\b|\bcon grazia\b"
            r"|\b(?-i:Maria Grazia|Grazia(?=\s+[A-Z]))"
            r"|\b(?:madonna|santa maria|chiesa|santuario) (?:delle|della) grazi\w*",
            "other_sense",
        ),
        Rule(
            "it.mask.power",
            r"\b(?:potere|facoltà|prerogativa|diritto) di (?:grazia|concedere la grazia|clemenza)",
            "pardon_power_essay",
        ),
    ),
    earlier=(
        Rule(
            # a pardon told as a step of a story: "un giorno dopo", "il giorno seguente"
            "it.earlier.narrative",
            r"\b(?:(?:un|una|due|tre|quattro|cinque|sei|qualche|pochi|alcuni|alcune|\d+)"
            r"\s+(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+(?:dopo|più tardi)|lo stesso giorno"
            r"|il giorno (?:dopo|seguente|successivo)|poco dopo)\b",
            "earlier",
        ),
        Rule(
            "it.earlier.cue",
            r"\b(?:dopo|in seguito a)\b[^.;]{0,30}?\b(?:grazi[ae]\b|amnisti|indult)"
            r"|\bin precedenza\b|\bprecedentemente\b|\b(?:l'anno|il mese) scorso\b"
            r"|\blo scorso (?:anno|mese)\b|\b\w+ (?:anni|mesi) fa\b|\bun precedente\b",
            "earlier",
        ),
        Rule("it.earlier.backshift", r"\baveva (?:già )?(?:graziato|concesso)\b", "earlier"),
    ),
    reporting=r"\b(?:ha|hanno)\s+(?:dichiarato|detto|affermato|riferito|precisato|confermato)",
    decree_noun=r"grazia|amnistia|indulto|decreto|provvedimento",
    decree_date_link=r"del|di|firmato il|annunciato il|emanato il",
    reported=(
        r"\b(?:ha|hanno|aveva)\s+(?:annunciato|dichiarato|detto|affermato|riferito|precisato"
        r"|confermato)\b[^.;]{0,50}?\bche\b"
    ),
    # "da anni" tells how long a policy has held, not a tally
    aggregate=r"\b(?:quest'anno|in totale|complessivamente|dall'inizio|ogni anno|all'anno)\b",
    # "saranno scarcerati grazie all'amnistia": a future, not a grant
    future_aux=(
        r"\b(?:sarà|saranno|sarebbe|sarebbero|verrà|verranno|potrà|potranno|potrebbe"
        r"|potrebbero|dovrà|dovranno|dovrebbe|dovrebbero)\s+(?:essere\s+)?(?:\w+mente\s+)?"
    ),
    official=(
        r"(?:secondo|stando a)(?!\s+(?:\S+\s+){0,2}?(?:avvocat\w*|famil\w+|parenti|attivisti"
        r"|ong|fonti|testimoni|voci|opposizione|amici)\b)|agenzia|comunicato|annunci\w*"
        r"|decreto|gazzetta ufficiale|ministero|governo|presidenza|ufficial\w*|portavoce"
        r"|tv di stato|media statali"
    ),
    essay=r"\b(?:costituzione|costituzionale|storici|giuristi|potere di grazia)\b",
    people=rf"(?:{_PEOPLE}|beneficiari[ie]?|beneficiat[ie])",
    count_noise=(
        r"\b(?:arrestat\w*|arresti|giustiziat\w*|esecuzion\w*|mort[ie]|popolazione"
        r"|temporaneamente|libertà condizionale|rimangono|restano|ancora)\b"
    ),
    exclusion_cue=(
        r"\b(?:esclus\w*|eccetto|tranne|ad eccezione|non si applica|non riguarda"
        r"|restano fuori|non beneficia\w*)\b"
    ),
    one_person=one_person(
        r"\bha\s+graziato|\bgrazia(?:to|ta)?\s+(?:a|per)|\bconcess\w*\s+la\s+grazia\s+a",
        r"il|la|lo|l['’]|al|alla|suo|sua|giornalista|attivista|ex|scrittore|detenut\w*",
    ),
    issuer=latin_issuer(
        r"(?:il |la )?(?:re|regina|presidente|presidentessa|emiro|sultano|guida suprema"
        r"|leader supremo|capo dello stato|sovrano|monarca|sceicco|ayatollah|governo"
        r"|consiglio dei ministri|parlamento)"
    ),
    weekdays={
        "lunedì": 0,
        "lunedi": 0,
        "martedì": 1,
        "martedi": 1,
        "mercoledì": 2,
        "mercoledi": 2,
        "giovedì": 3,
        "giovedi": 3,
        "venerdì": 4,
        "venerdi": 4,
        "sabato": 5,
        "domenica": 6,
    },
    months={
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
    },
    relative_days={"oggi": 0, "stamattina": 0, "stamane": 0, "ieri": -1, "l'altro ieri": -2},
    occasions=(
        (r"rivoluzione islamica", "islamic_revolution_anniversary"),
        (r"nowruz|capodanno persiano", "nowruz"),
        (r"festa del trono", "throne_day"),
        (r"eid al-fitr|aid al-fitr|fine del ramadan", "eid_al_fitr"),
        (r"eid al-adha|aid al-adha|festa del sacrificio", "eid_al_adha"),
        (r"(?:nascita|compleanno) del profeta|mawlid|mouloud", "prophet_birthday"),
        (r"visita (?:del papa|papale|del pontefice|del santo padre)", "religious_visit"),
        (
            r"(?:giornata|festa|anniversario|giorno) (?:nazionale )?dell'indipendenza"
            r"|indipendenza",
            "independence_day",
        ),
        (
            r"festa nazionale|giornata nazionale|festa della repubblica"
            r"|anniversario della rivoluzione|giorno della vittoria|festa della vittoria",
            "national_day",
        ),
        (r"capodanno|anno nuovo", "new_year"),
        (r"ramadan", "ramadan"),
        (r"coronavirus|covid|pandemia", "covid19"),
        (r"natale|natalizi[oae]", "christmas"),
        (r"pasqua", "easter"),
        (
            r"festività|riconciliazione nazionale|motivi umanitari|ragioni umanitarie"
            r"|gesto umanitario|gesto di buona volontà",
            "other",
        ),
    ),
    conditions=(
        (r"buona condotta", "good conduct"),
        (r"impegno scritto", "written commitment"),
    ),
    exclusions=(
        (r"omicidi\w*|assassini\w*", "murder"),
        (r"traffico di (?:droga|stupefacenti)|narcotraffico", "drug trafficking"),
        (r"terroris\w*", "terrorism"),
        (r"stupr\w*|violenza sessuale|reati sessuali", "sexual offences"),
        (r"corruzione|peculato", "corruption"),
        (r"sequestr\w* di persona|rapimenti?", "kidnapping"),
        (r"spionaggio", "espionage"),
        (r"mafia|mafios\w*", "organised crime"),
    ),
    # words Italian has and its neighbours do not ("il" is French too, "di" Indonesian)
    stopwords=(
        "che",
        "della",
        "delle",
        "degli",
        "dello",
        "dei",
        "gli",
        "nel",
        "nella",
        "alla",
        "sono",
        "anche",
        "è",
        "per",
        "dal",
        "dalla",
        "stato",
    ),
)
