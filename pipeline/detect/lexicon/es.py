"""Spanish tables."""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule
from .common import first_reading, latin_issuer, one_person

_T = (
    r"(?:indult\w*|amnist[ií]\w*|conmut\w*|clemencia|rebajas? de (?:la |las )?penas?"
    r"|reducci[oó]n(?:es)? de (?:la |las )?penas?)"
)
_PEOPLE = (
    r"(?:pres[oa]s|reclus[oa]s|prisioneros|detenid[oa]s|personas|condenad[oa]s|reos|internos"
    r"|manifestantes|activistas|opositores|ciudadanos|extranjeros|mujeres|jóvenes|privados de "
    r"libertad|sentenciados|encarcelados|políticos)"
)

# an amnesty or pardon law by name ("la ley de amnistía", "el decreto de indulto")
_LAW = r"(?:ley|leyes|decretos?)\s+de\s+(?:indultos?|amnist[ií]a)"

NUMBERS = NumberWords(
    units={
        "uno": 1,
        "una": 1,
        "un": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "quince": 15,
        "veinte": 20,
        "treinta": 30,
        "cuarenta": 40,
        "cincuenta": 50,
        "sesenta": 60,
        "setenta": 70,
        "ochenta": 80,
        "noventa": 90,
        "cien": 100,
        "doscientos": 200,
        "doscientas": 200,
        "trescientos": 300,
        "trescientas": 300,
        "cuatrocientos": 400,
        "quinientos": 500,
        "quinientas": 500,
        "seiscientos": 600,
        "setecientos": 700,
        "ochocientos": 800,
        "novecientos": 900,
    },
    scales={"ciento": 100, "mil": 1000, "millón": 1_000_000, "millones": 1_000_000},
    vague=(
        (r"decenas de miles", 20_000, 99_999),
        (r"(?:cientos|centenares) de miles", 200_000, 999_999),
        (r"(?:varios |unos )?miles", 2000, 9999),
        (r"(?:varios |unos )?(?:cientos|centenares)", 200, 999),
        (r"decenas|docenas", 20, 99),
    ),
    qualifiers=(
        r"más de|cerca de|unos|unas|alrededor de|casi|al menos|aproximadamente|hasta"
        r"|un total de|poco más de|otros|otras"
    ),
    # "3 mil 15 detenidos" (3,015): the smaller part may follow a scale without "y"
    joiners=r"y|",
    range_words=r"-|a",
    range_open=r"entre|de",
    range_and=r"y",
)

# a measure that still awaits a step: "remitido al Congreso", "pendiente de firma",
# "un anteproyecto de ley"
_PENDING = (
    r"(?:remitid[ao]s?|enviad[ao]s?|elevad[ao]s?|trasladad[ao]s?)\s+(?:\S+\s+){0,3}?(?:al congreso"
    r"|a las cortes|al parlamento|a la asamblea|al presidente|al rey)\b|pendientes? de (?:su |la )?"
    r"(?:aprobación|firma|publicación|ratificación|sanción)|a la espera de (?:su |la )?"
    r"(?:aprobación|firma|publicación|ratificación|sanción)|aún (?:debe|tiene que) ser"
    r" (?:aprobad|firmad|ratificad|sancionad)\w*|anteproyectos?"
)

LEXICON = Lexicon(
    code="es",
    gate=(
        "indult",
        "amnist",
        "conmut",
        "clemencia",
        "rebaja de pena",
        "rebajas de pena",
        "reducción de pena",
    ),
    parts={"T": _T, "PEOPLE": _PEOPLE, "LAW": _LAW, "PENDING": _PENDING},
    term=_T,
    numbers=NUMBERS,
    announce=(
        Rule(
            "es.grant.verb",
            # an impersonal present ("se indultan más mujeres que hombres") is a statistic
            r"\b(?:indultó|indultaron|(?<!\bse )indulta|(?<!\bse )indultan|ha indultado"
            r"|han indultado|amnistió|amnistiaron|conmutó|conmutaron|(?<!\bse )conmuta)\b",
            "grant",
            0.9,
        ),
        Rule(
            "es.grant.passive",
            r"\b(?:fue|fueron|han sido|ha sido|serán|será|resultaron|quedaron|salen|salieron)\s+"
            r"(?:\w+\s+)?(?:indultad\w+|amnistiad\w+|conmutad\w+)",
            "grant",
            0.8,
        ),
        Rule(
            "es.grant.approve",
            r"\b(?:concedió|concede|conceden|otorgó|otorga|aprobó|aprueba|aprobaron|firmó|firma"
            r"|decretó|decreta|anunció|anuncia|ordenó|ordena|dispuso|dictó|promulgó|acordó|decidió"
            r"|emitió|emite|emitieron|autorizó|determinó"
            r"|benefició|beneficia|benefician|beneficiaron|recibieron|reciben)\b[^.;:]{0,60}?\b<T>",
            "grant",
            0.85,
        ),
        Rule(
            # an amnesty law voted through or in force: "el Senado aprobó por mayoría la
            # ley de amnistía", "la ley de amnistía fue aprobada", "la aprobación en el
            # Senado de la ley de amnistía"
            "es.grant.law_passed",
            r"\b(?:aprobó|aprobaron|ha aprobado|han aprobado|sancionó|promulgó|ratificó"
            r"|aprobación|promulgación|entrada en vigor)\b[^.;:]{0,100}?\b<LAW>"
            r"|\b<LAW>\b[^.;:]{0,40}?\b(?:fue|ha sido|quedó|fueron|han sido|quedaron)\s+"
            r"(?:\w+\s+)?(?:aprobad|promulgad|sancionad|ratificad)[ao]s?\b",
            "grant",
            0.8,
        ),
        Rule(
            # "el indulto concedido por el Gobierno a 300 reclusos"
            "es.grant.passive_by",
            r"\b<T>[^.;]{0,60}?\b(?:concedid|otorgad|decretad|firmad)[oa]s?\s+(?:\w+\s+)?por\s+"
            r"(?:el|la)\s+(?:gobierno|presidente|presidenta|rey|consejo|jefe del estado)\b",
            "grant",
            0.8,
        ),
        Rule(
            "es.future",
            r"\b(?:recibirán|recibirá|concederá|otorgará|indultará|serán indultad\w+"
            r"|se beneficiarán)\b[^.;:]{0,40}?(?:<T>)?",
            "future",
            0.75,
        ),
        Rule(
            "es.grant.freed",
            r"\b(?:liberad\w+|excarcelad\w+|salieron|libera|liberó|excarceló)\b[^.;]{0,60}?"
            r"\b(?:indulto|amnist[ií]a)",
            "grant",
            0.75,
        ),
        Rule("es.ref.participle", r"\b(?:indultad|amnistiad)[oa]s\b", "reference", 0.5),
        Rule(
            "es.ref.decree",
            r"\b(?:decretos?|ley|leyes|medidas?)\s+de\s+(?:indulto|amnist[ií]a)",
            "reference",
            0.55,
        ),
        Rule(
            "es.ref.royal",
            r"\bindultos?\s+(?:presidencial\w*|real\w*|masivos?|navideños?|generales?"
            r"|humanitarios?)|amnist[ií]a\s+(?:general|presidencial)",
            "reference",
            0.4,
        ),
    ),
    block=(
        # a bill passed in a first reading only, to be voted again ("en primera discusión")
        first_reading("es", r"en\s+primera\s+(?:discusi[oó]n|lectura|votaci[oó]n|vuelta)"),
        Rule(
            "es.block.call",
            r"\b(?:pid\w*|solicit\w*|exig\w*|reclam\w*|llam\w* a|inst[aeó]\w*|urg\w*|pedi\w*"
            r"|pedí\w*"
            r"|suplic\w*|petici\w*|campaña|esper\w*|clam\w*)\b[^.;]{0,90}?\b<T>",
            "call",
        ),
        Rule(
            "es.block.speculation",
            r"\b(?:podría\w*|podrá|podrían|debería\w*|estudi\w*|analiz\w*|evalú\w*|consider\w*"
            r"|prevé|planea\w*|posibles?|eventual\w*|probable\w*|si|proyecto(?! de ley)|propuesta"
            r"|propone"
            r"|rumores?|espera|baraj\w*)\b[^.;]{0,60}?\b<T>",
            "speculation",
        ),
        Rule(
            # a law still before the chamber: "el Congreso debatirá la ley de amnistía",
            # "una ley de amnistía propuesta por la oposición"
            "es.block.bill",
            r"\b(?:debatir\w*|debate|debaten|votar\w*|vota|votan|tramit\w*|examinar\w*"
            r"|discut\w*)\b[^.;]{0,60}?\b<T>"
            r"|\b(?:ley|leyes|proyecto de ley)\s+de\s+(?:indulto|amnist[ií]a)\b[^.;]{0,30}?"
            r"\b(?:propuest[ao]s?|presentad[ao]s?|en trámite|pendiente)\b",
            "speculation",
        ),
        Rule(
            # a law passed by one chamber that goes on to the other, or a committee
            # stage: "la ley de amnistía, que ahora pasa al Senado", "la comisión
            # aprobó el proyecto", "la proposición de ley de amnistía"
            "es.block.pending",
            r"\b<T>[^.;]{0,200}?\b(?:remitid[ao]|enviad[ao]|pasa|pasará|irá|llegará|continuará"
            r"|continúe|continúa|inicia|iniciará)\b[^.;]{0,30}?\b(?:al senado|a la cámara alta"
            r"|su trámite|su tramitación)"
            r"|\bcomisi[oó]n\b[^.;]{0,40}?\b(?:aprob\w+|dictamin\w+)\b[^.;]{0,60}?\b<T>"
            r"|\b(?:proposición|proyecto|reforma|reformas|modificación)\s+(?:de|a)\s+(?:la\s+)?<LAW>",
            "bill_debated",
        ),
        Rule(
            # a measure that still awaits a step (see _PENDING)
            "es.block.pending_step",
            r"\b<T>[^.;]{0,150}?\b(?:<PENDING>)|\b(?:<PENDING>)[^.;]{0,60}?\b<T>",
            "pending",
        ),
        Rule(
            "es.block.refusal",
            r"\b(?:rechaz\w*|neg\w*|deneg\w*|no|nunca|sin|revoc\w*|anul\w*)\b[^.;]{0,40}?\b<T>",
            "refusal",
        ),
        Rule(
            "es.block.court",
            r"\b(?:tribunal|juez\w*|jueza|corte|supremo|casación|audiencia)\b[^.;]{0,80}?"
            r"\b(?:anul\w*|absol\w*|revoc\w*|reduj\w*|rebaj\w*|conmut\w*)",
            "court_quash",
        ),
        Rule(
            "es.block.habitual",
            r"\b(?:tradicionalmente|habitualmente|suele\w*|cada año|normalmente)\b[^.;]{0,50}?"
            r"\b<T>",
            "background",
        ),
    ),
    mask=(
        Rule(
            "es.mask.amnesty_international",
            r"\bamnist[ií]a internacional|\bamnesty international",
            "amnesty_international",
        ),
        Rule(
            "es.mask.tax",
            r"\bamnist[ií]a\s+(?:fiscal|tributaria)|\bindulto fiscal|\bamnist[ií]a\b[^.;]{0,40}?"
            r"\b(?:impuestos|tributari\w*|fiscal)",
            "tax_amnesty",
        ),
        Rule(
            "es.mask.immigration",
            r"\bamnist[ií]a\b[^.;]{0,60}?\b(?:migra\w*|inmigra\w*|indocumentados|regulariza\w*)",
            "immigration_amnesty",
        ),
        Rule(
            "es.mask.bull",
            r"\bindult\w*[^.;]{0,60}?\btoros?\b|\btoros?\b[^.;]{0,60}?indult\w*",
            "other_sense",
        ),
        Rule(
            "es.mask.power",
            r"\b(?:facultad|derecho|potestad|poder) de (?:indulto|indultar|gracia)",
            "pardon_power_essay",
        ),
    ),
    earlier=(
        Rule(
            # a pardon told as a step of a story: "un día después", "ese mismo día"
            "es.earlier.narrative",
            r"\b(?:(?:un|una|dos|tres|cuatro|cinco|seis|unos|unas|pocos|pocas|varios|varias|\d+)"
            r"\s+(?:días?|semanas?|meses|mes|años?)\s+(?:después|más tarde)|ese mismo día"
            r"|aquel mismo día|al día siguiente|poco después)\b",
            "earlier",
        ),
        Rule(
            "es.earlier.cue",
            r"\b(?:tras|después de)\b[^.;]{0,30}?\b(?:indult|amnist)"
            # (not a participle's qualifier: "la ley previamente aprobada por la Asamblea")
            r"|\b(?:anteriormente|previamente)\b(?!\s+\w+(?:ad|id)[oa]s?\b)"
            r"|\bel año pasado\b|\bel mes pasado\b"
            # "desde hace varios años" is a duration, not a time back
            r"|(?<!desde )\bhace \w+ (?:años|meses)\b"
            r"|\bhabía (?:indultado|concedido)"
            # "desde 1992, cuando se concedió el indulto": a time long back
            r"|\b(?:desde|hasta)\s+(?:19|20)\d\d\s*,?\s*cuando\b",
            "earlier",
        ),
    ),
    # "desde hace años" tells how long a policy has held, not a tally
    aggregate=r"\b(?:este año|en total|desde(?! hace)|cada año|al año|en lo que va)\b",
    # "serán liberados gracias a una amnistía": a future, not a grant
    future_aux=(
        r"\b(?:será|serán|sería|serían|va a ser|van a ser|podrá ser|podrán ser|podría ser"
        r"|podrían ser|deberá ser|deberán ser|debería ser|deberían ser)\s+(?:\w+mente\s+)?"
    ),
    official=(
        r"(?:según|de acuerdo con)(?!\s+(?:\S+\s+){0,2}?(?:abogad\w*|famili\w+|allegados"
        r"|activistas|ong|fuentes?|testigos|rumores|oposición|amigos)\b)|agencia|comunicado|anunci\w*|decreto|gaceta|ministerio|gobierno"
        r"|presidencia|oficial\w*|televisión estatal|medios estatales"
    ),
    essay=r"\b(?:constitución|constitucional|historiadores?|juristas?|derecho de gracia)\b",
    # the beneficiaries of the measure, and the sentenced by their Cuban name
    people=rf"(?:{_PEOPLE}|beneficiad[oa]s|beneficiari[oa]s|sancionad[oa]s)",
    count_noise=(
        r"\b(?:detenid\w+ (?:en|durante)|arrest\w*|ejecut\w*|muert\w*|encarcelad\w+ en"
        r"|población|temporalmente|libertad condicional)\b"
    ),
    exclusion_cue=(
        r"\b(?:excluy\w*|excepto|salvo|con excepción|no incluye|no se aplica"
        r"|quedan fuera|excluid\w*|no beneficia)\b"
    ),
    one_person=one_person(
        r"\bindult(?:a|ó|ará)\s+a|\bindulto\s+(?:a|al|para|de)|\bconmut(?:a|ó)\s+la\s+pena\s+(?:a|de)",
        r"el|la|al|su|expresidente|exministro|periodista|líder|activista|opositor\w*|hijo"
        r"|dirigente|político|exjefe|militar",
    ),
    issuer=latin_issuer(
        r"(?:el )?(?:rey|reina|presidente|presidenta|emir|sultán|líder supremo|jefe de estado"
        r"|mandatario|ayatolá|jeque|gobierno|consejo de estado|consejo de ministros|congreso"
        r"|senado|parlamento|asamblea nacional|cortes)"
    ),
    weekdays={
        "lunes": 0,
        "martes": 1,
        "miércoles": 2,
        "miercoles": 2,
        "jueves": 3,
        "viernes": 4,
        "sábado": 5,
        "sabado": 5,
        "domingo": 6,
    },
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
    },
    relative_days={"hoy": 0, "esta mañana": 0, "ayer": -1, "anteayer": -2},
    occasions=(
        (r"revolución islámica", "islamic_revolution_anniversary"),
        (r"nowruz|año nuevo persa", "nowruz"),
        (r"(?:fiesta|día) del trono", "throne_day"),
        (r"\b(?:eid|aid) al-fitr|fin del ramadán", "eid_al_fitr"),
        (r"\b(?:eid|aid) al-adha|fiesta del (?:sacrificio|cordero)", "eid_al_adha"),
        (r"\beid\b", "eid"),  # a bare "Eid": which one is read off the date
        (
            r"visita (?:del papa|papal|del pontífice|de(?:l)? (?:sumo )?pontífice)",
            "religious_visit",
        ),
        (r"(?:día|aniversario) de la independencia|independencia", "independence_day"),
        (
            r"fiesta nacional|día nacional|aniversario de la revolución|triunfo de la revolución"
            r"|día de la victoria",
            "national_day",
        ),
        (r"año nuevo", "new_year"),
        (r"ramadán", "ramadan"),
        (
            r"coronavirus|covid|pandemia|(?:evitar|prevenir|frenar) (?:los |el )?contagios?",
            "covid19",
        ),
        (r"navidad\w*|navideñ\w*", "christmas"),
        (r"semana santa|pascua", "easter"),
        (
            r"fiestas?|reconciliación nacional|razones humanitarias|gesto humanitario"
            r"|gesto de buena voluntad",
            "other",
        ),
    ),
    conditions=(
        (r"buena conducta", "good conduct"),
        (r"compromiso (?:por )?escrito", "written commitment"),
    ),
    exclusions=(
        (r"asesinatos?|homicidios?", "murder"),
        (r"narcotráfico|tráfico de drogas", "drug trafficking"),
        (r"terroris\w*", "terrorism"),
        (r"violaci\w+|delitos sexuales|abuso sexual", "sexual offences"),
        (r"corrupción|malversación", "corruption"),
        (r"secuestros?", "kidnapping"),
        (r"espionaje", "espionage"),
    ),
    stopwords=(
        "el",
        "los",
        "las",
        "del",
        "que",
        "y",
        "en",
        "por",
        "con",
        "una",
        "para",
        "fue",
        "su",
        "al",
        "se",
    ),
)
