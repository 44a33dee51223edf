"""Portuguese tables."""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule
from .common import first_reading, latin_issuer, one_person

_T = (
    r"(?:indult\w*|a(?:m)?nisti\w*|comut\w*|clemência|perdo(?:ou|ar|ados?|adas?)"
    r"|perdão (?:parcial |total |genérico )?(?:de|das) penas?|perdão (?:parcial|total|genérico)"
    r"|medidas? de graça|perdão\b(?=[^.;]{0,40}?\bpenas?\b)|perdão (?:real|presidencial|régio)"
    r"|redução de (?:pena|penas)|reduções de penas?)"
)
_PEOPLE = (
    r"(?:pres[oa]s|reclus[oa]s|prisioneiros|detid[oa]s|pessoas|condenad[oa]s|réus|detentos"
    r"|manifestantes|ativistas|opositores|cidadãos|estrangeiros|mulheres|jovens|apenados)"
)

# a measure that still awaits a step: "enviada ao Parlamento", "aguarda sanção",
# "ainda precisa ser aprovado", "um anteprojeto"
_PENDING = (
    r"(?:enviad[oa]s?|encaminhad[oa]s?|remetid[oa]s?|submetid[oa]s?)\s+(?:\S+\s+){0,3}?"
    r"(?:ao congresso|ao parlamento|à assembleia|ao senado|à câmara|ao presidente|para sanção"
    r"|para aprovação)\b|aguard\w* (?:a |de |pela )?(?:sanção|aprovação|assinatura|publicação"
    r"|promulgação)|ainda (?:precisa|tem de|tem que) ser (?:aprovad|sancionad|assinad"
    r"|promulgad)\w*|anteprojetos?"
)

LEXICON = Lexicon(
    code="pt",
    gate=(
        "indult",
        "anisti",
        "amnisti",
        "comut",
        "clemência",
        "perdoou",
        "perdoad",
        "redução de pena",
        "perdão",
        "medida de graça",
        "medidas de graça",
    ),
    parts={"T": _T, "PEOPLE": _PEOPLE, "PENDING": _PENDING},
    term=_T,
    numbers=NumberWords(
        units={
            "um": 1,
            "uma": 1,
            "dois": 2,
            "duas": 2,
            "três": 3,
            "quatro": 4,
            "cinco": 5,
            "seis": 6,
            "sete": 7,
            "oito": 8,
            "nove": 9,
            "dez": 10,
            "vinte": 20,
            "trinta": 30,
            "quarenta": 40,
            "cinquenta": 50,
            "sessenta": 60,
            "setenta": 70,
            "oitenta": 80,
            "noventa": 90,
            "cem": 100,
            "duzentos": 200,
            "duzentas": 200,
            "trezentos": 300,
            "quatrocentos": 400,
            "quinhentos": 500,
            "quinhentas": 500,
        },
        scales={"cento": 100, "mil": 1000, "milhão": 1_000_000, "milhões": 1_000_000},
        vague=(
            (r"dezenas de milhares", 20_000, 99_999),
            (r"centenas de milhares", 200_000, 999_999),
            (r"(?:alguns |vários )?milhares", 2000, 9999),
            (r"(?:algumas |várias )?centenas", 200, 999),
            (r"dezenas", 20, 99),
        ),
        qualifiers=(
            r"mais de|cerca de|quase|pelo menos|aproximadamente|até|um total de"
            r"|perto de|outros|outras"
        ),
        joiners=r"e",
        range_words=r"-|a",
        range_open=r"entre|de",
        range_and=r"e",
    ),
    announce=(
        Rule(
            "pt.grant.verb",
            r"\b(?:indultou|indultaram|indulta|anistiou|amnistiou|comutou|perdoou)\b",
            "grant",
            0.9,
        ),
        Rule(
            "pt.grant.passive",
            r"\b(?:foi|foram|serão|será|têm sido|tinham sido)\s+(?:\w+\s+)?(?:indultad\w+"
            r"|a(?:m)?nistiad\w+|comutad\w+|perdoad\w+)",
            "grant",
            0.8,
        ),
        Rule(
            "pt.grant.approve",
            r"\b(?:concedeu|concede|concederam|assinou|assina|decretou|decreta|anunciou|anuncia"
            r"|promulgou|promulga|sancionou|sanciona|aprovad[oa]s?"
            r"|ordenou|aprovou|aprova|publicou|outorgou|beneficiou|beneficia|beneficiaram"
            r"|emitiu|emite|emitiram|determinou|autorizou"
            r"|receberam|recebem)\b[^.;:]{0,60}?\b<T>",
            "grant",
            0.85,
        ),
        Rule(
            "pt.grant.freed",
            r"\b(?:libertad\w+|soltos?|soltas?|saíram|deixaram a prisão)\b[^.;]{0,60}?"
            r"\b(?:indulto|a(?:m)?nistia)",
            "grant",
            0.75,
        ),
        Rule(
            # "o perdão das penas decretado pelo Governo", "o indulto concedido pelo
            # Presidente"
            "pt.grant.passive_by",
            r"\b<T>[^.;]{0,60}?\b(?:concedid|outorgad|decretad|assinad)[oa]s?\s+(?:\w+\s+)?"
            r"pel[oa]\s+(?:governo|presidente|presidenta|rei|conselho|chefe de estado)\b",
            "grant",
            0.8,
        ),
        Rule(
            # a pardon law promulgated, published or in force: "o Presidente promulgou
            # a lei que cria um regime de perdão de penas", "a lei do perdão entrou em vigor"
            "pt.grant.law_passed",
            r"\b(?:promulgou|sancionou|publicou|promulgação|publicação|entrada em vigor)\b"
            r"[^.;:]{0,100}?\b<T>"
            r"|\b<T>[^.;]{0,150}?\b(?:entrou|entraram|entra|entram)\s+em\s+vigor\b",
            "grant",
            0.8,
        ),
        Rule(
            # what the decree did: "a anistia libertou 300 presos"; in the present only
            # an "indulto", a decree (an "anistia" may be a bill): "o indulto de Natal
            # inclui presos doentes", "o indulto presidencial prevê a comutação..."
            "pt.grant.noun_action",
            r"\b(?:indultos?|a(?:m)?nistias?|perdão)\s+(?:[\w-]+\s+){0,3}?(?:incluiu|beneficiou"
            r"|abrangeu|contemplou|libertou|alcançou|previu)\b"
            r"|\bindultos?\s+(?:[\w-]+\s+){0,3}?(?:inclui|beneficia|abrange|contempla|liberta"
            r"|alcança|prevê)\b",
            "grant",
            0.7,
        ),
        Rule(
            "pt.ref.decree",
            r"\b(?:decretos?|lei|medida)\s+de\s+(?:indulto|a(?:m)?nistia)",
            "reference",
            0.55,
        ),
        Rule("pt.ref.participle", r"\b(?:indultad|a(?:m)?nistiad)[oa]s\b", "reference", 0.5),
        Rule(
            "pt.ref.royal",
            r"\bindultos?\s+(?:presidencial|natalino|de natal|coletivo|humanitário)"
            r"|a(?:m)?nistia\s+(?:geral|presidencial)",
            "reference",
            0.4,
        ),
    ),
    block=(
        # a bill passed in a first reading only, to be voted again ("em primeira leitura")
        first_reading("pt", r"em\s+primeira\s+(?:leitura|discussão|votação|volta)"),
        Rule(
            "pt.block.call",
            r"\b(?:pedi\w*|pede\w*|solicit\w*|exig\w*|reclam\w*|apel\w*|implor\w*|petição"
            r"|campanha|esper\w*|defend\w*)\b[^.;]{0,90}?\b<T>",
            "call",
        ),
        Rule(
            # a law still before the chamber: "o Congresso vai votar o projeto de lei de anistia"
            "pt.block.bill",
            r"\b(?:vai|vão|irá|irão)\s+(?:votar|debater|analisar|discutir)\b[^.;]{0,60}?\b<T>"
            r"|\b(?:votará\w*|debaterá\w*|analisará\w*|discutirá\w*|tramit\w*)\b[^.;]{0,60}?"
            r"\b<T>"
            # a bill by its Brazilian abbreviation: "o PL da Anistia", "PL 2858/2022"
            r"|(?-i:\bPLs?\b)\s+(?:\S+\s+){0,2}?<T>",
            "speculation",
        ),
        Rule(
            "pt.block.speculation",
            r"\b(?:poderá|poderia\w*|pode|deve(?:rá|ria)?|estud\w*|avali\w*|consider\w*"
            r"|planej\w*|possível|eventual\w*|provável|se|caso|projeto(?! de lei)|proposta|propõe"
            r"|rumores?"
            r"|cogit\w*|prevê(?:-se| que| \w+r\b))\b[^.;]{0,60}?\b<T>"
            # a fact-check: "não é verdade que a Câmara aprovou a anistia"
            r"|\b(?:não é verdade|é falso|é fake|boato)\b[^.;]{0,150}?\b<T>"
            # a bill that goes on to the other chamber
            r"|\b<T>[^.;]{0,200}?\b(?:segue|seguirá|vai|irá)\s+(?:agora\s+)?(?:para\s+o|ao)\s+senado",
            "speculation",
        ),
        Rule(
            # a measure that still awaits a step (see _PENDING)
            "pt.block.pending_step",
            r"\b<T>[^.;]{0,150}?\b(?:<PENDING>)|\b(?:<PENDING>)[^.;]{0,60}?\b<T>",
            "pending",
        ),
        Rule(
            "pt.block.refusal",
            r"\b(?:recus\w*|rejeit\w*|neg\w*|não|nunca|sem|revog\w*|anul\w*)\b[^.;]{0,40}?\b<T>",
            "refusal",
        ),
        Rule(
            "pt.block.court",
            r"\b(?:tribunal|juiz\w*|juíza|corte|supremo|STF|STJ)\b[^.;]{0,80}?"
            r"\b(?:anul\w*|absolv\w*|revog\w*|reduz\w*|comut\w*|derrub\w*|invalid\w*)",
            "court_quash",
        ),
    ),
    mask=(
        Rule(
            "pt.mask.amnesty_international",
            r"\ba(?:m)?nistia internacional|\bamnesty international",
            "amnesty_international",
        ),
        Rule(
            "pt.mask.tax",
            r"\ba(?:m)?nistia\s+(?:fiscal|tributária)|\bperdão de dívidas?|\bperdoou (?:as )?"
            r"dívidas?",
            "tax_amnesty",
        ),
        Rule(
            "pt.mask.power",
            r"\b(?:poder|prerrogativa|competência) de (?:indultar|conceder indulto)",
            "pardon_power_essay",
        ),
    ),
    earlier=(
        Rule(
            # a pardon told as a step of a story: "um dia depois", "no dia seguinte"
            "pt.earlier.narrative",
            r"\b(?:(?:um|uma|dois|duas|três|quatro|cinco|seis|alguns|algumas|poucos|poucas|\d+)"
            r"\s+(?:dias?|semanas?|meses|mês|anos?)\s+(?:depois|mais tarde)|naquele mesmo dia"
            r"|nesse mesmo dia|no dia seguinte|pouco depois)\b",
            "earlier",
        ),
        Rule(
            "pt.earlier.cue",
            r"\b(?:após|depois de)\b[^.;]{0,30}?\b(?:indult|anisti)"
            r"|\banteriormente\b(?!\s+\w+(?:ad|id)[oa]s?\b)"
            r"|\bno ano passado\b|\bno mês passado\b|\bhá \w+ (?:anos|meses)\b",
            "earlier",
        ),
    ),
    # "desde há anos" tells how long a policy has held, not a tally
    aggregate=r"\b(?:este ano|neste ano|no total|desde(?! há)|todos os anos|por ano)\b",
    # "serão libertados ao abrigo de uma amnistia": a future, not a grant
    future_aux=(
        r"\b(?:será|serão|seria|seriam|vai ser|vão ser|irá ser|irão ser|poderá ser"
        r"|poderão ser|poderia ser|poderiam ser|deverá ser|deverão ser|deve ser|devem ser)"
        r"\s+(?:\w+mente\s+)?"
    ),
    official=(
        r"(?:segundo|de acordo com)(?!\s+(?:\S+\s+){0,2}?(?:advogad\w*|famíli\w+|familiares"
        r"|parentes|ativistas|ong|fontes?|testemunhas|rumores|oposição|amigos)\b)"
        r"|agência|comunicado|anunci\w*|decreto|diário oficial"
        r"|ministério|presidência|oficial\w*"
    ),
    essay=r"\b(?:constituição|constitucional|historiadores?|juristas?)\b",
    # the beneficiaries of the measure count too ("os 310 beneficiados")
    people=rf"(?:{_PEOPLE}|beneficiad[oa]s|beneficiári[oa]s)",
    count_noise=r"\b(?:pres[oa]s em|execut\w*|mort\w*|população|temporariamente|saidinha)\b",
    exclusion_cue=(
        r"\b(?:exclu\w*|exceto|salvo|com exceção|não inclui|não se aplica|ficam de fora"
        r"|não beneficia)\b"
    ),
    one_person=one_person(
        r"\bindult(?:a|ou)|\bconced(?:e|eu)\s+(?:a\s+)?(?:graça|indulto|perdão)\s+(?:a|ao|à)"
        r"|\bperdoou|\b(?:graça|indulto)\s+(?:a|ao|à|para)",
        r"o|a|ao|à|deputado|ex-\w+|jornalista|ativista|político|filho",
    ),
    issuer=latin_issuer(
        r"(?:o )?(?:rei|rainha|presidente|presidenta|emir|sultão|líder supremo"
        r"|chefe de estado|governo)"
    ),
    weekdays={
        "segunda-feira": 0,
        "segunda": 0,
        "terça-feira": 1,
        "terça": 1,
        "quarta-feira": 2,
        "quarta": 2,
        "quinta-feira": 3,
        "quinta": 3,
        "sexta-feira": 4,
        "sexta": 4,
        "sábado": 5,
        "domingo": 6,
    },
    months={
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
    },
    relative_days={"hoje": 0, "ontem": -1, "anteontem": -2},
    occasions=(
        (r"revolução islâmica", "islamic_revolution_anniversary"),
        (r"nowruz|ano novo persa", "nowruz"),
        (r"(?:dia|festa) do trono", "throne_day"),
        (r"\b(?:eid|aid) al-fitr|fim do ramad[ãa]o?", "eid_al_fitr"),
        (r"\b(?:eid|aid) al-adha|festa do (?:sacrifício|cordeiro)", "eid_al_adha"),
        (r"\beid\b", "eid"),  # a bare "Eid": which one is read off the date
        (r"visita (?:do papa|papal|do pontífice)", "religious_visit"),
        (r"(?:dia|aniversário) da independência|independência", "independence_day"),
        (r"dia nacional|festa nacional|aniversário da revolução|dia da vitória", "national_day"),
        (r"ano novo", "new_year"),
        (r"ramad[ãa]o?\b|ramadan", "ramadan"),
        (r"coronavírus|covid|pandemia", "covid19"),
        (r"natal\w*", "christmas"),
        (r"páscoa", "easter"),
        (r"festas?|reconciliação nacional|razões humanitárias|gesto humanitário", "other"),
    ),
    conditions=((r"bom comportamento", "good conduct"),),
    exclusions=(
        (r"hediondos?", "heinous crimes"),
        (r"homicídios?|assassinatos?", "murder"),
        (r"tráfico de drogas|tráfico de entorpecentes", "drug trafficking"),
        (r"terroris\w*", "terrorism"),
        (r"corrupção|peculato", "corruption"),
        (r"estupros?|crimes sexuais", "sexual offences"),
        (r"tortura", "torture"),
    ),
    stopwords=(
        "o",
        "os",
        "as",
        "do",
        "da",
        "dos",
        "das",
        "não",
        "em",
        "que",
        "e",
        "um",
        "uma",
        "para",
        "com",
        "foi",
        "pelo",
        "pela",
    ),
)
