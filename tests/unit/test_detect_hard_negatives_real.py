"""Hard negatives by class and language, each beside a positive of the same shape.

The classes the real-news corpus showed to be the weak spot of the verdict:
speculation, drafts and bills, calls and petitions, court rulings, past
pardons told as background, and the future tense.  Every sentence is made
up; a negative must be rejected and its positive twin kept.
"""

import pytest

from pipeline.detect import detect

PUBLISHED = "2024-06-15"

NEGATIVES = [
    # speculation
    ("en", "The president is expected to pardon several hundred prisoners before the holiday."),
    ("en", "Thousands of inmates could receive an amnesty if parliament approves the measure."),
    ("en", "The king agreed to consider clemency for the jailed journalists."),
    ("en", "The justice minister said the government would study an amnesty for petty offenders."),
    ("fr", "Le président devrait gracier plusieurs centaines de détenus pour la fête nationale."),
    ("fr", "Les détenus pourraient bénéficier d'une amnistie."),
    ("es", "Se espera que el presidente indulte a varios presos políticos antes de Navidad."),
    ("es", "Los reclusos podrían recibir un indulto."),
    ("pt", "O presidente deve conceder indulto a presos no Natal, segundo fontes do governo."),
    ("pt", "O governo estuda conceder um indulto aos presos."),
    ("ar", "من المتوقع أن يصدر الملك عفوا عن مئات السجناء بمناسبة عيد العرش."),
    ("ar", "قد يشمل العفو آلاف السجناء بحسب مصادر مطلعة."),
    ("fa", "انتظار می‌رود رهبر انقلاب با عفو گروهی از محکومان موافقت کند."),
    ("ru", "Президент может помиловать осуждённых к Новому году."),
    ("ru", "Ожидается, что амнистия коснётся около 10 тысяч заключённых."),
    # drafts and bills
    ("en", "The cabinet approved a draft amnesty law on Tuesday; it now goes to parliament."),
    ("en", "Lawmakers debated a bill that would grant amnesty to some 5,000 prisoners."),
    (
        "fr",
        "Le gouvernement a adopté un projet de loi d'amnistie qui sera transmis au Parlement.",
    ),
    ("fr", "Les députés ont débattu d'une proposition de loi d'amnistie pour les manifestants."),
    ("es", "El Congreso debate una proposición de ley de amnistía para los condenados."),
    ("pt", "A Câmara dos Deputados debate um projeto de lei de anistia para os condenados."),
    ("ar", "وافق مجلس الوزراء على مشروع قانون العفو العام وإحالته إلى مجلس النواب."),
    ("ar", "ناقش البرلمان مشروع قانون العفو العام دون التصويت عليه."),
    ("fa", "طرح عفو عمومی زندانیان در مجلس بررسی می‌شود."),
    ("ru", "Госдума рассмотрит законопроект об амнистии в первом чтении."),
    ("ru", "Правительство внесло в Думу проект постановления об амнистии."),
    # a measure still awaiting a step: sent to a legislature or a ruler, not yet signed
    ("en", "The government approved an amnesty bill on Thursday and sent it to parliament."),
    ("en", "The list of inmates eligible for the pardon goes to the president for approval."),
    ("en", "Prisoners who benefit from the amnesty will be freed once the decree is signed."),
    ("en", "The amnesty decree has not yet been signed by the president."),
    ("es", "El Gobierno aprobó el anteproyecto de ley de amnistía, que irá al Congreso."),
    ("es", "El indulto aprobado por el Gobierno está pendiente de la firma del rey."),
    ("fr", "Le décret de grâce est en attente de signature du président."),
    ("fr", "Le gouvernement a approuvé la liste des détenus graciés, qui sera soumise au roi."),
    ("pt", "O indulto aprovado pelo governo aguarda a sanção do presidente."),
    ("ru", "Постановление об амнистии внесено в Госдуму."),
    ("ru", "Указ о помиловании ещё не подписан президентом."),
    ("ar", "أقر مجلس الوزراء مشروع مرسوم العفو ورفعه إلى الأمير للمصادقة عليه."),
    ("ar", "وافقت الحكومة على العفو عن 300 سجين بانتظار مصادقة الملك."),
    # calls and petitions
    ("en", "Rights groups called on the president to pardon the detained activists."),
    ("en", "More than 20,000 people signed a petition asking the governor for clemency."),
    ("fr", "Les familles ont appelé le roi à gracier les détenus."),
    ("fr", "Les avocats ont déposé une demande de grâce auprès du président."),
    ("es", "Los familiares pidieron al gobierno un indulto para los presos."),
    ("pt", "A defesa pediu o indulto ao presidente."),
    ("ar", "طالبت عائلات المعتقلين الرئيس بإصدار عفو عام عن أبنائهم."),
    ("fa", "خانواده‌های زندانیان خواستار عفو آنها شدند."),
    ("fa", "وکیل او درخواست عفو را به رئیس قوه قضاییه ارائه کرد."),
    ("ru", "Правозащитники призвали президента помиловать политзаключённых."),
    # court rulings
    ("en", "The supreme court cut his sentence to ten years after the pardon request failed."),
    ("pt", "O Supremo Tribunal anulou o indulto concedido ao ex-deputado."),
    ("ar", "قضت محكمة الاستئناف بتخفيف الحكم الصادر بحقه إلى خمس سنوات."),
    ("en", "A judge ruled that the prisoner is eligible for clemency."),
    ("en", "The supreme court held that the amnesty covers the former officers."),
    ("ru", "Суд постановил, что осуждённый подпадает под амнистию."),
    ("ru", "Суд применил амнистию к осуждённому."),
    ("ar", "قررت المحكمة شمول المتهم بقانون العفو العام."),
    # past pardons as background
    ("en", "He was pardoned by the king in 2009 and has since returned to politics."),
    ("fr", "Gracié en 2009 par le roi, il était ensuite revenu en politique."),
    ("es", "Fue indultado en 1998 por el entonces presidente."),
    # (a year nearer the pardon than the weekday of today's news dates the pardon)
    ("en", "The former minister, who was pardoned in 2015, announced his candidacy on Monday."),
    ("fr", "Déjà gracié en 2015, l'opposant a de nouveau été arrêté lundi."),
    ("en", "In 2009 the king pardoned 500 prisoners, and he has done so since."),
    ("ar", "وكان الرئيس قد أصدر عفوا عن 500 سجين في 2009."),
    # a pardon told as a step of an old story ("weeks later", "un día después")
    (
        "en",
        "Jailed for eight years, the editor was pardoned weeks later after praising the rulers.",
    ),
    (
        "en",
        "Sentenced in 2019, the blogger was pardoned a few months later and now runs a charity.",
    ),
    ("es", "Condenado a cadena perpetua, el preso fue indultado unos meses después."),
    ("pt", "Condenado a oito anos, o jornalista foi indultado poucos meses depois."),
    ("fr", "Condamné à dix ans de prison, il a été gracié quelques mois plus tard par le roi."),
    ("ru", "Его осудили на восемь лет, но спустя год президент помиловал его."),
    # the future tense, with no official source
    ("en", "The prisoners will be released under an amnesty next week, their lawyers said."),
    (
        "fr",
        "Les détenus seront libérés lundi grâce à une amnistie, selon leurs avocats.",
    ),
    (
        "es",
        "Los presos serán liberados la próxima semana gracias a una amnistía, según sus abogados.",
    ),
    (
        "pt",
        "Os presos serão libertados na segunda ao abrigo de uma amnistia, segundo os advogados.",
    ),
    ("ru", "Заключённые будут освобождены по амнистии на следующей неделе, сообщили адвокаты."),
    ("es", "Los presos serán indultados la próxima semana, aseguran sus familias."),
    ("pt", "Os presos serão indultados na próxima semana, dizem os familiares."),
    ("ru", "Заключённые выйдут на свободу по амнистии на следующей неделе, считают адвокаты."),
]

POSITIVES = [
    ("en", "The president pardoned several hundred prisoners before the holiday, officials said."),
    ("en", "The king granted clemency to the jailed journalists after meeting their families."),
    ("en", "The president signed a decree granting amnesty to some 5,000 prisoners."),
    ("en", "The prisoners were released under an amnesty on Monday, their lawyers said."),
    ("en", "The presidency announced that 3,000 prisoners will be released under an amnesty."),
    ("fr", "Le roi a gracié 1.200 détenus à l'occasion de la fête du Trône."),
    ("fr", "Le président a signé le décret d'amnistie, publié au Journal officiel."),
    (
        "fr",
        "Les détenus ont été libérés lundi dans le cadre d'une amnistie décrétée par le président.",
    ),
    ("es", "El presidente indultó a 300 presos con motivo de la Navidad."),
    ("es", "El Consejo de Ministros aprobó este martes el indulto de cinco condenados."),
    (
        "es",
        "Los presos fueron liberados el lunes gracias a la amnistía decretada por el presidente.",
    ),
    (
        "pt",
        "O presidente assinou o decreto de indulto natalino, que beneficia presos idosos.",
    ),
    (
        "pt",
        "Os presos foram libertados na segunda ao abrigo da amnistia aprovada pelo Parlamento.",
    ),
    ("ar", "أصدر الملك محمد السادس عفوا عن 1200 سجين بمناسبة عيد العرش."),
    ("ar", "أصدر الرئيس قرارا بالعفو عن باقي العقوبة لـ 500 سجين."),
    ("ru", "Президент Лукашенко помиловал 30 осуждённых."),
    ("en", "The government approved an amnesty for 4,000 prisoners on Thursday."),
    ("en", "Sentenced on Sunday, the blogger was pardoned a day later by the king."),
    ("fr", "Le président a accordé sa grâce aux militants vendredi."),
    ("ru", "Заключённые вышли на свободу по амнистии, сообщила пресс-служба ФСИН."),
    ("en", "After a court found him guilty of treason the king pardoned him on Monday."),
    ("ru", "Суд признал его виновным, но президент помиловал его в понедельник."),
    ("en", "On Monday the king pardoned the activist, who was jailed in 2015."),
    ("es", "Condenado el lunes, el preso fue indultado al día siguiente por el gobierno."),
    ("pt", "Condenado na segunda-feira, o preso foi indultado no dia seguinte pelo presidente."),
    ("fr", "Condamné lundi, il a été gracié le lendemain par le roi."),
    ("ru", "Осуждённый в понедельник журналист на следующий день был помилован президентом."),
    ("en", "Prisoners who benefit from the amnesty were freed after the decree was signed."),
    ("es", "El indulto aprobado por el Gobierno fue firmado por el rey."),
    ("fr", "Le décret de grâce a été signé par le président."),
    ("pt", "O presidente assinou o indulto aprovado pelo governo."),
    ("ru", "Президент подписал указ о помиловании."),
    ("ar", "صادق الأمير على مرسوم العفو عن 300 سجين."),
    ("ar", "وافقت الحكومة على العفو عن 300 سجين."),
    ("ru", "Госдума приняла постановление об амнистии к 70-летию Победы."),
    ("ru", "Заключённые были освобождены по амнистии, объявленной президентом в понедельник."),
]

# a figure that looks like a year ("2000 prisoners") is a count, not an earlier decree
FIGURES_LIKE_YEARS = [
    ("en", "The king pardoned 2000 prisoners on Throne Day."),
    ("fr", "Le roi a gracié 2000 détenus à l'occasion de la fête du Trône."),
    ("ar", "أصدر الرئيس عفوا عن 2000 سجين بمناسبة عيد الاستقلال."),
    ("fa", "رهبر انقلاب با عفو و تخفیف مجازات ۲۰۰۰ نفر از محکومان موافقت کرد."),
    ("ru", "Президент помиловал 2000 осуждённых."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_hard_negative_is_rejected(lang, text):
    result = detect(text, published=PUBLISHED, lang=lang)
    assert not result.is_pardon_announcement, result.rules


@pytest.mark.parametrize(("lang", "text"), POSITIVES + FIGURES_LIKE_YEARS)
def test_positive_of_the_same_shape_is_kept(lang, text):
    result = detect(text, published=PUBLISHED, lang=lang)
    assert result.is_pardon_announcement, result.rules


def test_a_grant_form_in_the_future_tense_needs_an_official_source():
    said = "Los presos serán liberados gracias a una amnistía, según el comunicado oficial."
    assert detect(said, published=PUBLISHED, lang="es").is_pardon_announcement
    rumoured = "Los presos serán liberados gracias a una amnistía, según sus familiares."
    assert not detect(rumoured, published=PUBLISHED, lang="es").is_pardon_announcement


ANNOUNCED = "The government announced on Monday that it will release 5,000 prisoners in an amnesty."


def test_an_article_saying_its_measure_awaits_approval_reports_no_grant():
    pending = (
        ANNOUNCED
        + " The list of those eligible for the amnesty goes to the president for approval."
    )
    result = detect(pending, title="Country to free 5,000 inmates in amnesty", lang="en")
    assert not result.is_pardon_announcement, result.rules


def test_the_same_announcement_with_the_decree_signed_is_kept():
    signed = ANNOUNCED + " The president signed the amnesty decision on Sunday."
    result = detect(signed, title="Country to free 5,000 inmates in amnesty", lang="en")
    assert result.is_pardon_announcement, result.rules


def test_an_announced_future_release_alone_is_kept():
    result = detect(ANNOUNCED, title="Country to free 5,000 inmates in amnesty", lang="en")
    assert result.is_pardon_announcement, result.rules
