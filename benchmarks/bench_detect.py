"""Throughput of ``pipeline.detect.detect`` on realistic ~5 KB texts, on one core.

Builds document sets from the labelled fixtures, each padded to about 5 KB
with ordinary news prose in the article's own language, written for this
benchmark:

* ``plain``: news without any pardon word (what most of a general feed is):
  the gate rejects these;
* ``hard negatives``: the labelled negatives (tax amnesties, calls for pardon,
  Amnesty International...), which pass the gate and are read in full;
* ``positives``: the labelled announcements, read in full and their fields
  extracted;
* a mix of the three (by default 90 % plain, 5 % and 5 %), as a general feed;
* a keyword-search mix (no plain news; half negatives, half announcements),
  as a feed of a search for "pardon" or "amnesty" would be.

Each set runs with the language hint a run gives the detector (the page's
``lang``), and the two mixes run again without it (``pardonwatch detect`` on
text of unknown language).  Figures are documents per second of wall-clock
time and of process CPU time (the second is less disturbed by other work on
the machine), with the ratio to the 2,000 docs/s aim.  It measures; it
asserts nothing.

    uv run python benchmarks/bench_detect.py [--seconds 2] [--plain-share 0.9]
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass

from pipeline.detect import detect
from pipeline.detect.evaluate import Case, load_cases
from pipeline.detect.gate import passes

AIM = 2000.0
SIZE = 5000

# Everyday news in each supported language, free of pardon words.
PROSE: dict[str, list[str]] = {
    "en": [
        "The city council approved a new budget for road repairs on Tuesday after a long debate.",
        "Shares in the region's largest lender rose after quarterly profits beat forecasts.",
        "Heavy rain is expected across the north of the country this weekend, forecasters said.",
        "The national football team will play two friendly matches in June before the tournament.",
        "Officials said the new metro line would open to passengers by the end of next year.",
        "Farmers reported a strong harvest of wheat and barley thanks to late winter rainfall.",
        "The central bank kept its main interest rate unchanged at its monthly meeting.",
        "A new exhibition of contemporary photography opened at the national museum on Friday.",
        "The health ministry launched a vaccination campaign for children under five.",
        "Negotiators from both sides met in Geneva for a third round of talks on trade.",
    ],
    "fr": [
        "Le gouvernement a présenté mercredi un plan de rénovation des écoles primaires.",
        "Les prix de l'énergie ont légèrement baissé au cours du dernier trimestre.",
        "La municipalité a inauguré une nouvelle piste cyclable le long du fleuve.",
        "Le festival de cinéma accueillera cette année plus de deux cents films.",
        "Les agriculteurs s'inquiètent de la sécheresse qui touche le sud du pays.",
        "Le ministre de l'Économie a rencontré les représentants des syndicats lundi.",
    ],
    "es": [
        "La compañía anunció la apertura de dos nuevas fábricas en el norte del país.",
        "El ayuntamiento aprobó un plan para ampliar las zonas verdes de la ciudad.",
        "Las lluvias de la última semana aliviaron la sequía en varias provincias.",
        "El equipo nacional ganó su tercer partido consecutivo en el torneo regional.",
        "El banco central mantuvo los tipos de interés sin cambios este mes.",
        "Miles de turistas visitaron el centro histórico durante el fin de semana largo.",
    ],
    "pt": [
        "A prefeitura anunciou obras de ampliação no principal hospital da cidade.",
        "O preço do café subiu pelo terceiro mês seguido nos mercados internacionais.",
        "O novo aeroporto regional deve receber os primeiros voos no próximo ano.",
        "A seleção feminina venceu o amistoso disputado no sábado à noite.",
        "Os professores da rede estadual discutem um novo plano de carreira.",
        "A safra de soja deve bater recorde, segundo a estimativa do governo.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
        "Die Bahn kündigte neue Verbindungen zwischen den größten Städten des Landes an.",
        "Die Arbeitslosigkeit ist im vergangenen Monat leicht zurückgegangen.",
        "Im Museum der Stadt wird eine Ausstellung über moderne Architektur eröffnet.",
        "Die Landwirte rechnen wegen des milden Winters mit einer guten Ernte.",
        "Der Verein gewann das Heimspiel am Samstag mit zwei zu eins.",
    ],
    "ar": [
        "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير.",
        "ارتفعت أسعار النفط في الأسواق العالمية خلال تعاملات الأسبوع الماضي.",
        "افتتح وزير التعليم مدرسة جديدة في المنطقة الشرقية يوم الأحد.",
        "تتوقع الأرصاد الجوية أمطارا غزيرة على المناطق الساحلية غدا.",
        "وقع البلدان اتفاقية للتعاون في مجالي الطاقة والنقل.",
        "شهد معرض الكتاب إقبالا كبيرا من الزوار في يومه الأول.",
    ],
    "fa": [
        "شهرداری از آغاز عملیات ساخت یک پارک جدید در منطقه شمالی شهر خبر داد.",
        "قیمت طلا در بازار امروز نسبت به هفته گذشته کاهش یافت.",
        "وزیر نیرو از افتتاح یک نیروگاه خورشیدی در استان یزد خبر داد.",
        "تیم ملی فوتبال برای دیدار دوستانه هفته آینده آماده می‌شود.",
        "نمایشگاه بین‌المللی کتاب تهران با حضور صدها ناشر آغاز شد.",
        "بارش باران در استان‌های شمالی تا پایان هفته ادامه خواهد داشت.",
    ],
    "ur": [
        "شہر کی انتظامیہ نے نئی سڑک کی تعمیر کا کام اگلے ماہ شروع کرنے کا اعلان کیا ہے۔",
        "بازار میں آج سونے کی قیمت میں معمولی اضافہ دیکھا گیا۔",
        "محکمہ موسمیات کے مطابق ملک کے شمالی علاقوں میں بارش کا سلسلہ جاری رہے گا۔",
        "قومی ٹیم اگلے ہفتے دو دوستانہ میچ کھیلنے کے لیے روانہ ہو رہی ہے۔",
        "وزیر تعلیم نے کہا کہ نئے اسکولوں میں داخلے کا عمل جاری ہے۔",
        "کسانوں کا کہنا ہے کہ اس سال گندم کی فصل اچھی رہی ہے۔",
    ],
    "ru": [
        "Городские власти объявили о ремонте главного моста до конца лета.",
        "Цены на бензин в регионе выросли на два процента за месяц.",
        "В музее открылась выставка работ молодых художников.",
        "Сборная страны выиграла товарищеский матч в субботу вечером.",
        "Синоптики обещают тёплую погоду на всю следующую неделю.",
    ],
    "tr": [
        "Belediye, şehir merkezindeki yeni parkın yapımına başladığını açıkladı.",
        "Merkez bankası faiz oranlarını bu ay da sabit tuttu.",
        "Milli takım hazırlık maçında rakibini iki golle yendi.",
        "Meteoroloji, hafta sonu için kuvvetli yağış uyarısı yaptı.",
        "Yeni metro hattının gelecek yıl hizmete girmesi bekleniyor.",
    ],
    "id": [
        "Pemerintah kota meresmikan jembatan baru di pusat kota pada hari Senin.",
        "Harga beras di pasar tradisional turun menjelang musim panen.",
        "Tim nasional akan menjalani dua laga uji coba bulan depan.",
        "Badan cuaca memperkirakan hujan lebat di wilayah pesisir.",
        "Bank sentral mempertahankan suku bunga acuan bulan ini.",
    ],
}


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    case: Case | None
    lang: str | None


def pad(text: str, lang: str | None, rng: random.Random) -> str:
    prose = PROSE.get(lang or "en", PROSE["en"])
    parts = [text]
    while sum(len(p) + 1 for p in parts) < SIZE:
        parts.append(rng.choice(prose))
    return "\n".join(parts)[: SIZE + 400]


def plain_docs(n: int, rng: random.Random) -> list[Doc]:
    langs = sorted(PROSE)
    out: list[Doc] = []
    for i in range(n):
        lang = langs[i % len(langs)]
        out.append(Doc(pad(rng.choice(PROSE[lang]), lang, rng), None, lang))
    return out


def rate(docs: list[Doc], seconds: float, *, hint: bool) -> tuple[float, float, int]:
    """Documents per second of wall-clock time and of CPU time, and how many were done."""
    done = 0
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for doc in docs:
            case, lang = doc.case, doc.lang if hint else None
            if case is None:
                detect(doc.text, lang=lang)
            else:
                detect(doc.text, title=case.title, published=case.published, lang=lang)
            done += 1
    wall = time.perf_counter() - start
    used = time.process_time() - cpu
    return done / wall, done / used if used else float("inf"), done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent per set")
    parser.add_argument(
        "--plain-share",
        type=float,
        default=0.9,
        help="share of gate-rejected news in the general mix",
    )
    args = parser.parse_args()
    rng = random.Random(7)
    cases = load_cases()
    positives = [Doc(pad(c.text, c.lang, rng), c, c.lang) for c in cases if c.positive]
    negatives = [Doc(pad(c.text, c.lang, rng), c, c.lang) for c in cases if not c.positive]
    plain = plain_docs(200, rng)
    leaks = sum(passes(d.text.lower()) for d in plain)
    detect(positives[0].text)  # warm the lazily loaded language model
    n_mixed = 400
    hard = (1 - args.plain_share) / 2
    mixed = (
        rng.sample(plain, min(len(plain), int(n_mixed * args.plain_share)))
        + rng.sample(negatives, min(len(negatives), int(n_mixed * hard)))
        + rng.sample(positives, min(len(positives), int(n_mixed * hard)))
    )
    rng.shuffle(mixed)
    search = positives + negatives
    rng.shuffle(search)
    size = sum(len(d.text) for d in mixed) / len(mixed)
    print(
        f"documents: ~{size:.0f} chars each; {args.seconds:.1f}s per set, one core; "
        f"plain news passing the gate: {leaks}/{len(plain)}"
    )
    print(f"{'set':<40} {'docs/s wall':>12} {'docs/s CPU':>11} {'of aim (CPU)':>13}")
    rows = [
        ("plain news (gate rejects)", plain, True),
        ("hard negatives (full read)", negatives, True),
        ("positives (full read + fields)", positives, True),
        (f"general feed mix ({args.plain_share:.0%} plain)", mixed, True),
        ("keyword-search feed mix (no plain)", search, True),
        ("general feed mix, no language hint", mixed, False),
        ("keyword-search mix, no language hint", search, False),
    ]
    for name, docs, hint in rows:
        wall, cpu, done = rate(list(docs), args.seconds, hint=hint)
        print(f"{name:<40} {wall:12.0f} {cpu:11.0f} {'x':>7}{cpu / AIM:.2f}  ({done} docs)")


if __name__ == "__main__":
    main()
