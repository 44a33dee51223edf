"""Turkish tables."""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule
from .common import latin_issuer

_T = (
    r"(?:\baf\b|\baff[ıi]\w*|\baffet\w*|\baffedil\w*|cezas\w*\s+(?:\S+\s+){0,4}?kaldır\w*"
    r"|ceza indirim\w*|infaz düzenlemesi\w*)"
)
_PEOPLE = r"(?:mahk[uû]m\w*|hükümlü\w*|tutuklu\w*|kişi\w*|mahpus\w*|kadın\w*)"

LEXICON = Lexicon(
    code="tr",
    gate=(
        " af ",
        " af.",
        "affı",
        "affet",
        "affedil",
        "cezasını",
        "cezalarını",
        "infaz düzenlemesi",
        "af yasası",
        "genel af",
    ),
    parts={"T": _T, "PEOPLE": _PEOPLE},
    term=_T,
    numbers=NumberWords(
        units={
            "bir": 1,
            "iki": 2,
            "üç": 3,
            "dört": 4,
            "beş": 5,
            "altı": 6,
            "yedi": 7,
            "sekiz": 8,
            "dokuz": 9,
            "on": 10,
            "yirmi": 20,
            "otuz": 30,
            "kırk": 40,
            "elli": 50,
        },
        scales={"yüz": 100, "bin": 1000, "milyon": 1_000_000},
        vague=(
            (r"on binlerce", 20_000, 99_999),
            (r"yüz binlerce", 200_000, 999_999),
            (r"binlerce", 2000, 9999),
            (r"yüzlerce", 200, 999),
            (r"onlarca", 20, 99),
        ),
        qualifiers=r"yaklaşık|en az|toplam|toplamda",
        joiners=r"(?!x)x",
        range_words=r"-|ile",
        range_open=r"(?!x)x",
        range_and=r"ile",
    ),
    announce=(
        Rule(
            "tr.grant.verb",
            r"\b(?:affetti\w*|affedildi\w*|affedilen\w*|af ilan et\w*|af çıkar(?:dı|ttı)\w*)"
            r"|cezas\w*\s+(?:\S+\s+){0,4}?kaldır(?:dı|ıldı)"
            # "4.317 mahkumun ceza sürelerinin kısaltıldığı bildirildi"
            r"|\bceza sürel\w*\s+(?:\S+\s+){0,2}?kısalt(?:ıldı|tı)\w*"
            # "136 mahkumun affedilmesine ilişkin kararnameyi imzaladı"
            r"|<T>\s+(?:\S+\s+){0,3}?karar\w*\s+(?:\S+\s+){0,2}?(?:imzala|onayla)(?:dı|dığı)\w*",
            "grant",
            0.85,
        ),
        Rule(
            "tr.grant.law",
            r"\b(?:af yasası|genel af|infaz düzenlemesi)\w*\s+(?:\S+\s+){0,4}?(?:kabul edildi"
            r"|yürürlüğe girdi|meclis'ten geçti|resmi gazete|hayata geçti|uygulamaya kon\w*)",
            "grant",
            0.8,
        ),
        Rule(
            "tr.grant.freed",
            r"\btahliye\s+(?:edildi|edilecek)\w*[^.;]{0,60}?(?:af|infaz)"
            # "af kapsamında 3.204 mahkumu serbest bıraktı", "kısmi af ... tahliye yolu açıldı"
            r"|<T>[^.;]{0,80}?(?:serbest bırak(?:tı|ıldı)\w*|tahliye edildi\w*"
            r"|tahliye yolu açıldı)",
            "grant",
            0.7,
        ),
    ),
    block=(
        Rule(
            "tr.block.call",
            r"(?:talep\w*|çağrı\w*|istedi|istiyor|dilekçe\w*|başvur\w*|kampanya)\b[^.;]{0,90}?<T>"
            r"|<T>\s+(?:talebi|çağrısı|talep|beklentisi)",
            "call",
        ),
        Rule(
            "tr.block.speculation",
            r"<T>[^.;]{0,30}?(?:bekleniyor|gündemde|tartışıl\w*|önerisi|teklifi|taslağı"
            r"|olabilir|iddia)|(?:olabilir|bekleniyor|taslak|planlan\w*)\b[^.;]{0,60}?<T>",
            "speculation",
        ),
        Rule("tr.block.refusal", r"<T>[^.;]{0,30}?(?:reddetti|reddedildi|kabul etmedi)", "refusal"),
    ),
    mask=(
        Rule(
            "tr.mask.tax",
            r"vergi aff\w*|imar aff\w*|vergi barışı|trafik cezası aff\w*"
            r"|öğrenci aff\w*|borç aff\w*",
            "tax_amnesty",
        ),
        Rule(
            "tr.mask.amnesty_international",
            r"uluslararası af örgütü|af örgütü|amnesty international",
            "amnesty_international",
        ),
    ),
    earlier=(
        Rule("tr.earlier.cue", r"\b(?:daha önce|geçen yıl|geçtiğimiz yıl|önceki)\b", "earlier"),
    ),
    aggregate=r"\b(?:bu yıl|toplamda|şimdiye kadar|her yıl)\b",
    official=r"resmi gazete|açıklama\w*|karar\w*|bildirildi|duyurdu|ajans\w*|iletişim başkanlığı",
    people=_PEOPLE,
    count_noise=r"\b(?:gözaltı\w*|tutuklandı|idam|öldü)\b",
    exclusion_cue=r"\b(?:hariç|kapsam dışı\w*|kapsamında değil|dışında)\b",
    issuer=latin_issuer(r"cumhurbaşkanı|kral|emir|sultan|başbakan|devlet başkanı|dini lider"),
    weekdays={
        "pazartesi": 0,
        "salı": 1,
        "çarşamba": 2,
        "perşembe": 3,
        "cuma": 4,
        "cumartesi": 5,
        "pazar": 6,
    },
    months={
        "ocak": 1,
        "şubat": 2,
        "mart": 3,
        "nisan": 4,
        "mayıs": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8,
        "eylül": 9,
        "ekim": 10,
        "kasım": 11,
        "aralık": 12,
    },
    relative_days={"bugün": 0, "dün": -1},
    occasions=(
        (r"nevruz", "nowruz"),
        (r"ramazan bayram\w*", "eid_al_fitr"),
        (r"kurban bayram\w*", "eid_al_adha"),
        (r"bağımsızlık\w*", "independence_day"),
        (
            r"cumhuriyet\w*|anayasa bayram\w*|anayasa\w* kabul\w* (?:\S+ ){0,2}?yıl ?dönüm\w*"
            r"|zafer bayram\w*",
            "national_day",
        ),
        (r"yeni yıl|yılbaşı", "new_year"),
        (r"koronavirüs|salgın|pandemi", "covid19"),
        (r"ramazan", "ramadan"),
    ),
    exclusions=(
        (r"terör\w*", "terrorism"),
        (r"cinsel suç\w*", "sexual offences"),
        (r"kasten öldürme", "murder"),
        (r"uyuşturucu", "drug trafficking"),
    ),
    stopwords=("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan"),
)
