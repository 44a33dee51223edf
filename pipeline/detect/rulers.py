"""One English form for the issuer of a decree, whatever script the report used.

Reports name the same ruler as "العاهل المغربي الملك محمد السادس", "le roi
Mohammed VI", "Moroccan King Mohammed VI" or just "the king".  Analysts, alerts
and grouping want one form: the office in English and the ruler's usual
English name ("King Mohammed VI").  :func:`canonical_issuer` gives it:

1. a ruler of :data:`RULERS` named in the issuer's words (any script) gives
   that ruler, office and name;
2. otherwise the office word (in any of the supported languages) gives the
   English office, completed with the ruler of the decree's country who held
   that office on the decree's date, when the table knows one;
3. otherwise a collective issuer (parliament, council, pardons board) gets its
   English name, and anything else is left as written.

The words as the report wrote them stay in ``Decree.issuer_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from .normalize import fold_accents

__all__ = [
    "LEGISLATURES",
    "OFFICE_WORDS",
    "RULERS",
    "SOLE_PARDONER",
    "Ruler",
    "canonical_issuer",
    "collective_body",
    "holder",
    "known_issuer",
    "names_ruler",
    "office_by_adjective",
    "office_of",
    "ruler_country",
    "ruler_named",
    "settled",
]


@dataclass(frozen=True, slots=True)
class Ruler:
    country_code: str
    office: str
    name: str
    aliases: tuple[str, ...]
    start: int  # first year in office
    end: int | None  # last year in office; None while in office
    since: int = 1  # month of the first year the office was taken, where known
    until: int = 12  # month of the last year the office was left, where known

    @property
    def canonical(self) -> str:
        return f"{self.office} {self.name}"

    def held(self, on: date) -> bool:
        """Whether the ruler held the office in ``on``'s month."""
        month = (on.year, on.month)
        if month < (self.start, self.since):
            return False
        return self.end is None or month <= (self.end, self.until)


def _r(
    cc: str,
    office: str,
    name: str,
    aliases: str,
    start: int,
    end: int | None = None,
    *,
    since: int = 1,
    until: int = 12,
) -> Ruler:
    return Ruler(
        cc, office, name, tuple(a for a in aliases.split("|") if a), start, end, since, until
    )


# a surname shared by father and son: the decree's date tells which one
_BERDIMUHAMEDOV = "Berdimuhamedov|Berdymukhamedov|Berdimuhamedow|Бердымухамедов"

# Rulers who pardon, with the names reports use for them in the supported
# scripts.  An alias is matched as a whole word (case and accents folded)
# inside the issuer's words only, never in the whole text.
RULERS: tuple[Ruler, ...] = (
    _r(
        "IR",
        "Supreme Leader",
        "Ali Khamenei",
        "Khamenei|Jamenei|Chamenei|Khamenei|خامنه ای|خامنه‌ای|خامنهای|خامنئي|الخامنئي|خامنه اى"
        "|Хаменеи|খামেনি|খামেনির|খামেনী|খামেনীর|খামেনেয়ী|খামেনেয়ীর|খামেনেই|খামেনেইর"
        "|ख़ामेनेई|खामेनेई|खामनेई|खामेनई|खमेनेई",
        1989,
    ),
    _r(
        "IR",
        "Supreme Leader",
        "Ruhollah Khomeini",
        "Khomeini|خمینی|الخميني|Хомейни|খোমেনি",
        1979,
        1989,
    ),
    _r(
        "MA",
        "King",
        "Mohammed VI",
        "Mohammed VI|Mohamed VI|Muhammad VI|Mohammed 6|محمد السادس|Мухаммед VI|Mohammed Vl",
        1999,
    ),
    _r("MA", "King", "Hassan II", "Hassan II|الحسن الثاني|Хасан II", 1961, 1999),
    _r(
        "AE",
        "President",
        "Sheikh Mohamed bin Zayed Al Nahyan",
        "Mohamed bin Zayed|Mohammed bin Zayed|Mohamed Bin Zayed|محمد بن زايد",
        2022,
    ),
    _r(
        "AE",
        "President",
        "Sheikh Khalifa bin Zayed Al Nahyan",
        "Khalifa bin Zayed|خليفة بن زايد",
        2004,
        2022,
    ),
    _r(
        "AE",
        "Vice President",
        "Sheikh Mohammed bin Rashid Al Maktoum",
        "Mohammed bin Rashid|Mohammed Bin Rashid|محمد بن راشد",
        2006,
    ),
    _r(
        "OM",
        "Sultan",
        "Haitham bin Tarik",
        "Haitham bin Tarik|Haitham bin Tariq|Haitham|هيثم بن طارق|هيثم",
        2020,
    ),
    _r("OM", "Sultan", "Qaboos bin Said", "Qaboos|قابوس", 1970, 2019),
    _r(
        "KW",
        "Emir",
        "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Mishal|Meshal|Mishaal|مشعل الأحمد|مشعل",
        2023,
        since=12,
    ),
    _r(
        "KW",
        "Emir",
        "Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah",
        "Nawaf|نواف الأحمد|نواف",
        2020,
        2023,
        since=9,
    ),
    _r(
        "KW",
        "Emir",
        "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah",
        "Sabah al-Ahmad|Sabah Al-Ahmad|صباح الأحمد",
        2006,
        2020,
        until=9,
    ),
    _r("BH", "King", "Hamad bin Isa Al Khalifa", "Hamad bin Isa|Hamad Bin Isa|حمد بن عيسى", 1999),
    _r("QA", "Emir", "Sheikh Tamim bin Hamad Al Thani", "Tamim|تميم بن حمد|تميم", 2013),
    _r(
        "QA",
        "Emir",
        "Sheikh Hamad bin Khalifa Al Thani",
        "Hamad bin Khalifa|حمد بن خليفة",
        1995,
        2013,
    ),
    _r(
        "SA",
        "King",
        "Salman bin Abdulaziz",
        "Salman|سلمان بن عبدالعزيز|سلمان بن عبد العزيز|الملك سلمان|Сальман",
        2015,
    ),
    _r(
        "SA",
        "King",
        "Abdullah bin Abdulaziz",
        "Abdullah bin Abdulaziz|عبدالله بن عبدالعزيز|عبد الله بن عبد العزيز",
        2005,
        2015,
    ),
    _r("JO", "King", "Abdullah II", "Abdullah II|Abdallah II|عبدالله الثاني|عبد الله الثاني", 1999),
    _r(
        "EG",
        "President",
        "Abdel Fattah al-Sisi",
        "Sisi|Sissi|el-Sisi|al-Sisi|Al-Sissi|السيسي|Сиси|سیسی",
        2014,
    ),
    _r("EG", "President", "Mohamed Morsi", "Morsi|Morsy|مرسي", 2012, 2013),
    _r("EG", "President", "Hosni Mubarak", "Mubarak|Moubarak|مبارك", 1981, 2011),
    _r("DZ", "President", "Abdelmadjid Tebboune", "Tebboune|تبون|Теббун", 2019),
    _r("DZ", "President", "Abdelaziz Bouteflika", "Bouteflika|بوتفليقة", 1999, 2019),
    _r(
        "TN",
        "President",
        "Kais Saied",
        "Kais Saied|Kaïs Saïed|Kais Saïed|Saied|Saïed|قيس سعيد",
        2019,
    ),
    _r("TN", "President", "Beji Caid Essebsi", "Essebsi|السبسي", 2014, 2019),
    _r("TN", "President", "Zine El Abidine Ben Ali", "Ben Ali|بن علي", 1987, 2011),
    _r("SY", "President", "Bashar al-Assad", "Assad|al-Assad|الأسد|Асад", 2000, 2024),
    _r("SY", "President", "Ahmed al-Sharaa", "al-Sharaa|Sharaa|الشرع", 2025),
    _r("MR", "President", "Mohamed Ould Ghazouani", "Ghazouani|الغزواني", 2019),
    _r("SD", "President", "Omar al-Bashir", "Bashir|al-Bashir|el-Béchir|Béchir|البشير", 1989, 2019),
    _r(
        "SD",
        "Sovereign Council Chairman",
        "Abdel Fattah al-Burhan",
        "Burhan|al-Burhan|البرهان",
        2019,
        since=8,
    ),
    _r("MM", "Senior General", "Min Aung Hlaing", "Min Aung Hlaing|မင်းအောင်လှိုင်", 2021),
    _r("MM", "President", "Win Myint", "Win Myint", 2018, 2021),
    _r("MM", "President", "Htin Kyaw", "Htin Kyaw", 2016, 2018),
    _r("MM", "President", "Thein Sein", "Thein Sein", 2011, 2016),
    _r("KH", "King", "Norodom Sihamoni", "Sihamoni|Norodom Sihamoni", 2004, since=10),
    _r(
        "KH", "King", "Norodom Sihanouk", "Sihanouk|Norodom Sihanouk", 1993, 2004, since=9, until=10
    ),
    _r("TH", "King", "Maha Vajiralongkorn", "Vajiralongkorn|Rama X", 2016, since=10),
    _r("TH", "King", "Bhumibol Adulyadej", "Bhumibol", 1946, 2016, until=10),
    _r("VN", "President", "Luong Cuong", "Luong Cuong|Lương Cường", 2024),
    _r("VN", "President", "To Lam", "To Lam|Tô Lâm", 2024, 2024),
    _r("VN", "President", "Vo Van Thuong", "Vo Van Thuong|Võ Văn Thưởng", 2023, 2024),
    _r("VN", "President", "Nguyen Xuan Phuc", "Nguyen Xuan Phuc|Nguyễn Xuân Phúc", 2021, 2023),
    _r("VN", "President", "Nguyen Phu Trong", "Nguyen Phu Trong|Nguyễn Phú Trọng", 2018, 2021),
    _r("VN", "President", "Tran Dai Quang", "Tran Dai Quang|Trần Đại Quang", 2016, 2018),
    _r("VN", "President", "Truong Tan Sang", "Truong Tan Sang|Trương Tấn Sang", 2011, 2016),
    _r("VN", "President", "Nguyen Minh Triet", "Nguyen Minh Triet|Nguyễn Minh Triết", 2006, 2011),
    _r("VN", "President", "Tran Duc Luong", "Tran Duc Luong|Trần Đức Lương", 1997, 2006),
    _r(
        "BY",
        "President",
        "Alexander Lukashenko",
        "Lukashenko|Loukachenko|Lukaschenko|Lukashenka|Lukaszenka|Lukasjenko|Lukachenko|Лукашенко|Лукашэнка|لوكاشينكو|لوکاشنکو",
        1994,
    ),
    _r("RU", "President", "Vladimir Putin", "Putin|Poutine|Путин|بوتين|پوتین", 2012),
    _r("RU", "President", "Dmitry Medvedev", "Medvedev|Medwedew|Медведев", 2008, 2012),
    _r("RU", "President", "Vladimir Putin", "Putin|Poutine|Путин", 2000, 2008),
    _r("RU", "President", "Boris Yeltsin", "Yeltsin|Eltsine|Jelzin|Ельцин", 1991, 1999),
    _r(
        "UZ",
        "President",
        "Shavkat Mirziyoyev",
        "Mirziyoyev|Mirziyoev|Mirziïoïev|Mirzijojew|Мирзиёев|Mirziyoyevning|Mirziyoyev's",
        2016,
    ),
    _r("UZ", "President", "Islam Karimov", "Karimov|Каримов", 1991, 2016),
    _r(
        "KZ",
        "President",
        "Kassym-Jomart Tokayev",
        "Tokayev|Toqaev|Tokaïev|Tokajew|Токаев|Тоқаев",
        2019,
        since=3,
    ),
    _r(
        "KZ",
        "President",
        "Nursultan Nazarbayev",
        "Nazarbayev|Nazarbaïev|Назарбаев",
        1991,
        2019,
        until=3,
    ),
    _r("TJ", "President", "Emomali Rahmon", "Rahmon|Rakhmonov|Рахмон|Рахмонов", 1994),
    _r(
        "TM",
        "President",
        "Serdar Berdimuhamedov",
        f"Serdar Berdimuhamedov|Serdar Berdimuhamedow|Сердар Бердымухамедов|{_BERDIMUHAMEDOV}",
        2022,
        since=3,
    ),
    _r(
        "TM",
        "President",
        "Gurbanguly Berdimuhamedov",
        f"Gurbanguly|Гурбангулы|{_BERDIMUHAMEDOV}",
        2007,
        2022,
        since=2,
        until=3,
    ),
    _r("KG", "President", "Sadyr Japarov", "Japarov|Zhaparov|Jäparov|Жапаров", 2021),
    _r(
        "AZ",
        "President",
        "Ilham Aliyev",
        "Ilham Aliyev|Aliyev|Aliev|Alíyev|Əliyev|Алиев|علی‌اف|علييف",
        2003,
    ),
    _r("TR", "President", "Recep Tayyip Erdogan", "Erdogan|Erdoğan|Эрдоган|أردوغان", 2014),
    _r("CU", "President", "Miguel Diaz-Canel", "Díaz-Canel|Diaz-Canel|Díaz Canel", 2018),
    _r("CU", "President", "Raúl Castro", "Raúl Castro|Raul Castro", 2008, 2018),
    _r("CU", "President", "Fidel Castro", "Fidel Castro|Fidel", 1976, 2008),
    _r("VE", "President", "Nicolás Maduro", "Maduro|مادورو|Мадуро", 2013),
    _r("VE", "President", "Hugo Chavez", "Chávez|Chavez", 1999, 2013),
    _r("NI", "President", "Daniel Ortega", "Ortega", 2007),
    _r("BO", "President", "Luis Arce", "Luis Arce|Arce", 2020, 2025),
    _r("BO", "President", "Evo Morales", "Evo Morales", 2006, 2019),
    _r(
        "MX",
        "President",
        "Andres Manuel Lopez Obrador",
        "López Obrador|Lopez Obrador|AMLO",
        2018,
        2024,
    ),
    _r("MX", "President", "Claudia Sheinbaum", "Sheinbaum", 2024),
    _r("PE", "President", "Pedro Pablo Kuczynski", "Kuczynski", 2016, 2018),
    _r("BR", "President", "Luiz Inácio Lula da Silva", "Lula|Luiz Inácio Lula da Silva", 2023),
    _r("BR", "President", "Jair Bolsonaro", "Bolsonaro", 2019, 2022),
    _r("BR", "President", "Michel Temer", "Temer", 2016, 2018),
    _r("BR", "President", "Dilma Rousseff", "Dilma|Rousseff", 2011, 2016),
    _r("BR", "President", "Luiz Inácio Lula da Silva", "Lula", 2003, 2010),
    _r("PT", "President", "Marcelo Rebelo de Sousa", "Rebelo de Sousa|Marcelo", 2016),
    _r("AO", "President", "João Lourenço", "João Lourenço|Joao Lourenco|Lourenço", 2017),
    _r("AO", "President", "José Eduardo dos Santos", "dos Santos|José Eduardo", 1979, 2017),
    _r("MZ", "President", "Daniel Chapo", "Chapo", 2025),
    _r("MZ", "President", "Filipe Nyusi", "Nyusi", 2015, 2024),
    _r("US", "President", "Donald Trump", "Trump|ترامب|ترامپ|Трамп", 2025, since=1),
    _r("US", "President", "Joe Biden", "Biden|بايدن|بایدن|Байден", 2021, 2025, until=1),
    _r("US", "President", "Donald Trump", "Trump|ترامب|ترامپ|Трамп", 2017, 2021),
    _r("US", "President", "Barack Obama", "Obama|أوباما|اوباما|Обама", 2009, 2017),
    _r("US", "President", "George W. Bush", "George W. Bush|Bush", 2001, 2009),
    _r("US", "President", "Bill Clinton", "Bill Clinton|Clinton", 1993, 2001),
    _r("FR", "President", "Jacques Chirac", "Chirac", 1995, 2007),
    _r("FR", "President", "Nicolas Sarkozy", "Sarkozy", 2007, 2012),
    _r("FR", "President", "Emmanuel Macron", "Macron", 2017),
    _r("ID", "President", "Prabowo Subianto", "Prabowo", 2024),
    _r("ID", "President", "Joko Widodo", "Jokowi|Joko Widodo", 2014, 2024, since=10, until=10),
    _r(
        "ID",
        "President",
        "Susilo Bambang Yudhoyono",
        "Yudhoyono|SBY",
        2004,
        2014,
        since=10,
        until=10,
    ),
    _r("ID", "President", "Megawati Sukarnoputri", "Megawati", 2001, 2004, since=7, until=10),
    _r(
        "ID",
        "President",
        "Abdurrahman Wahid",
        "Abdurrahman Wahid|Gus Dur",
        1999,
        2001,
        since=10,
        until=7,
    ),
    _r("ID", "President", "B.J. Habibie", "Habibie", 1998, 1999, since=5, until=10),
    _r("ID", "President", "Suharto", "Suharto|Soeharto", 1967, 1998, until=5),
    _r("LK", "President", "Anura Kumara Dissanayake", "Dissanayake|Anura Kumara", 2024, since=9),
    _r("LK", "President", "Ranil Wickremesinghe", "Wickremesinghe", 2022, 2024, since=7, until=9),
    _r("LK", "President", "Gotabaya Rajapaksa", "Gotabaya", 2019, 2022, since=11, until=7),
    _r("LK", "President", "Maithripala Sirisena", "Sirisena", 2015, 2019, until=11),
    _r("LK", "President", "Mahinda Rajapaksa", "Mahinda Rajapaksa|Mahinda", 2005, 2015, since=11),
    _r(
        "LK",
        "President",
        "Chandrika Kumaratunga",
        "Kumaratunga|Chandrika",
        1994,
        2005,
        since=11,
        until=11,
    ),
    _r("PH", "President", "Ferdinand Marcos Jr.", "Marcos", 2022),
    _r("PH", "President", "Rodrigo Duterte", "Duterte", 2016, 2022),
    _r(
        "BD",
        "President",
        "Mohammed Shahabuddin",
        "Shahabuddin|সাহাবুদ্দিন|শাহাবুদ্দিন|সাহাবুদ্দিনের|শাহাবুদ্দিনের",
        2023,
    ),
    _r("BD", "President", "Abdul Hamid", "Abdul Hamid|আবদুল হামিদ|আব্দুল হামিদ", 2013, 2023),
    _r("NP", "President", "Ram Chandra Paudel", "Paudel|Poudel", 2023, since=3),
    _r("NP", "President", "Bidhya Devi Bhandari", "Bhandari", 2015, 2023, since=10, until=3),
    _r("PK", "President", "Asif Ali Zardari", "Zardari|زرداری", 2024, since=3),
    _r("PK", "President", "Arif Alvi", "Arif Alvi|Alvi|عارف علوی", 2018, 2024, since=9, until=3),
    _r("PK", "President", "Mamnoon Hussain", "Mamnoon|ممنون حسین", 2013, 2018, since=9, until=9),
    _r("PK", "President", "Asif Ali Zardari", "Zardari|زرداری", 2008, 2013, since=9, until=9),
    _r("PK", "President", "Pervez Musharraf", "Musharraf|مشرف", 2001, 2008, since=6, until=8),
    _r(
        "AF",
        "President",
        "Ashraf Ghani",
        "Ashraf Ghani|Ghani|اشرف غنی|غنی|আশরাফ গনি|গনি|গনির",
        2014,
        2021,
        since=9,
    ),
    _r("AF", "President", "Hamid Karzai", "Karzai|کرزی|كرزاي", 2001, 2014, until=9),
    _r("LA", "President", "Thongloun Sisoulith", "Thongloun", 2021),
    _r("LA", "President", "Bounnhang Vorachith", "Bounnhang", 2016, 2021),
    _r("LA", "President", "Choummaly Sayasone", "Choummaly", 2006, 2016),
    _r("TD", "President", "Mahamat Idriss Déby Itno", "Mahamat Idriss Déby|Mahamat Déby", 2021),
    _r("KM", "President", "Azali Assoumani", "Azali", 2016),
    _r(
        "AF",
        "Supreme Leader",
        "Hibatullah Akhundzada",
        "Akhundzada|Akhunzada|Akhundzadah|Hibatullah|هبت الله|هبت‌الله|هبتالله|هیبت الله"
        "|آخوندزاده|اخوندزاده",
        2021,
    ),
    _r("CN", "President", "Xi Jinping", "Xi Jinping|习近平|Си Цзиньпин", 2013),
    _r("KR", "President", "Lee Jae-myung", "Lee Jae-myung|Lee Jae Myung", 2025),
    _r("KR", "President", "Yoon Suk Yeol", "Yoon Suk Yeol|Yoon Suk-yeol|Yoon", 2022, 2025),
    _r("KR", "President", "Moon Jae-in", "Moon Jae-in|Moon Jae In", 2017, 2022),
    _r("ZW", "President", "Emmerson Mnangagwa", "Mnangagwa", 2017),
    _r("ZW", "President", "Robert Mugabe", "Mugabe", 1987, 2017),
    _r("ZM", "President", "Hakainde Hichilema", "Hichilema", 2021),
    _r("ZM", "President", "Edgar Lungu", "Lungu", 2015, 2021),
    _r("KE", "President", "William Ruto", "Ruto", 2022),
    _r("KE", "President", "Uhuru Kenyatta", "Kenyatta", 2013, 2022),
    _r("NG", "President", "Bola Tinubu", "Tinubu", 2023),
    _r("NG", "President", "Muhammadu Buhari", "Buhari", 2015, 2023),
    _r("GH", "President", "John Mahama", "Mahama", 2025, since=1),
    _r("GH", "President", "Nana Akufo-Addo", "Akufo-Addo|Akufo Addo", 2017, 2025, until=1),
    _r("GH", "President", "John Mahama", "Mahama", 2012, 2017, since=7, until=1),
    _r("CM", "President", "Paul Biya", "Biya", 1982),
    _r("SN", "President", "Bassirou Diomaye Faye", "Diomaye Faye|Diomaye", 2024),
    _r("SN", "President", "Macky Sall", "Macky Sall", 2012, 2024),
    _r("CI", "President", "Alassane Ouattara", "Ouattara", 2011),
    _r("TG", "President", "Faure Gnassingbe", "Gnassingbé|Gnassingbe", 2005),
    _r("CG", "President", "Denis Sassou Nguesso", "Sassou Nguesso|Sassou-Nguesso|Sassou", 1997),
    _r("GA", "President", "Brice Oligui Nguema", "Oligui Nguema|Oligui", 2023),
    _r("GA", "President", "Ali Bongo Ondimba", "Ali Bongo", 2009, 2023),
    _r("ML", "President", "Assimi Goita", "Goïta|Goita", 2021),
    _r("GN", "President", "Mamadi Doumbouya", "Doumbouya", 2021),
    _r("BF", "President", "Ibrahim Traore", "Ibrahim Traoré|Ibrahim Traore", 2022),
    _r("NE", "President", "Abdourahamane Tiani", "Tiani", 2023),
    _r("MG", "President", "Andry Rajoelina", "Rajoelina", 2019, 2025),
    _r("TZ", "President", "Samia Suluhu Hassan", "Samia Suluhu|Suluhu|Samia", 2021),
    _r("TZ", "President", "John Magufuli", "Magufuli", 2015, 2021),
    _r("UG", "President", "Yoweri Museveni", "Museveni", 1986),
    _r("ER", "President", "Isaias Afwerki", "Isaias|Afwerki", 1993),
    _r("SS", "President", "Salva Kiir", "Salva Kiir|Kiir", 2011),
    _r("ET", "President", "Taye Atske Selassie", "Taye Atske", 2024),
    _r("ET", "President", "Sahle-Work Zewde", "Sahle-Work|Sahle-Work Zewde", 2018, 2024),
    _r("IQ", "President", "Abdul Latif Rashid", "Abdul Latif Rashid|عبد اللطيف رشيد", 2022),
    _r("AM", "President", "Vahagn Khachaturyan", "Khachaturyan|Хачатурян", 2022),
    _r(
        "AM",
        "President",
        "Armen Sarkissian",
        "Armen Sarkissian|Armen Sargsyan|Армен Саркисян",
        2018,
        2022,
    ),
    _r("GE", "President", "Mikheil Kavelashvili", "Kavelashvili|Кавелашвили", 2024, since=12),
    _r(
        "GE",
        "President",
        "Salome Zourabichvili",
        "Zourabichvili|Zurabishvili|Зурабишвили",
        2018,
        2024,
        since=12,
        until=12,
    ),
    _r("KP", "Chairman", "Kim Jong Un", "Kim Jong Un|Kim Jong-un", 2011),
    _r("IT", "President", "Sergio Mattarella", "Mattarella", 2015),
    _r("IT", "President", "Giorgio Napolitano", "Napolitano", 2006, 2015),
)

# Countries whose constitution gives the pardon to one office alone: a report
# that names no issuer (or only the minister or prisons chief carrying it out)
# still reports that office's decree.
SOLE_PARDONER: dict[str, str] = {
    "IR": "Supreme Leader",
    "MA": "King",
    "BH": "King",
    "SA": "King",
    "JO": "King",
    "OM": "Sultan",
    "KW": "Emir",
    "QA": "Emir",
}

# Legislatures that reports of their amnesty laws call by their own name
# ("the State Duma", "the NPC Standing Committee"), where a report may also say
# only "parliament", "the lower house" or "the top legislature".
LEGISLATURES: dict[str, str] = {
    "RU": "State Duma",
    "CN": "National People's Congress Standing Committee",
    "NI": "National Assembly",
}

# Office words of the supported languages -> the English office.  Searched
# in order: the first that occurs in the issuer's words wins.
OFFICE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Supreme Leader",
        (
            "supreme leader",
            "guide supreme",
            "lider supremo",
            "oberster fuhrer",
            "رهبر",
            "المرشد",
            "верховный лидер",
            "rahbar",
            "قائد الثورة",
            "الزعيم الأعلى",
            "سپریم لیڈر",
            "رہبر",
            "guida suprema",
            "leader supremo",
            "সর্বোচ্চ নেতা",
            "সর্বোচ্চ ধর্মীয় নেতা",
            "সুপ্রিম লিডার",
            "सर्वोच्च नेता",
            "सुप्रीम लीडर",
            "क्रांति के नेता",
        ),
    ),
    ("Vice President", ("vice president", "vice-president", "vicepresidente", "نائب رئيس")),
    (
        "Prime Minister",
        (
            "prime minister",
            "premier ministre",
            "primer ministro",
            "primeiro-ministro",
            "primo ministro",
            "प्रधानमंत्री",
            "प्रधान मंत्री",
            "رئيس الوزراء",
            "رئیس ‌وزیر",
            "премьер",
            "thu tuong",
            "প্রধানমন্ত্রী",
        ),
    ),
    (
        "Sovereign Council Chairman",
        ("sovereign council", "sovereignty council", "مجلس السيادة", "conseil de souveraineté"),
    ),
    ("Senior General", ("senior general", "general mayor", "ဗိုလ်ချုပ်မှူးကြီး")),
    ("Sultan", ("sultan", "sultano", "سلطان", "султан", "সুলতান", "सुल्तान")),
    (
        "Emir",
        ("emir", "emiro", "amir", "amiri", "emiri", "أمير", "الأمير", "امیر", "эмир", "আমির"),
    ),
    (
        "King",
        (
            "king",
            "roi",
            "rey",
            "rei",
            "re",
            "sovrano",
            "konig",
            "ملك",
            "الملك",
            "العاهل",
            "عاهل",
            "خادم الحرمين",
            "پادشاه",
            "король",
            "kral",
            "raja",
            "nha vua",
            "quoc vuong",
            "monarch",
            "monarque",
            "monarca",
            "sa majeste",
            "his majesty",
            "majesty",
            "جلالة",
            "রাজা",
            "বাদশা",
            "राजा",
            "बादशाह",
            "सम्राट",
        ),
    ),
    (
        "President",
        (
            "president",
            "presidente",
            "prasident",
            "presiden",
            "رئيس",
            "رئیس",
            "президент",
            "cumhurbaskani",
            "chủ tịch nước",
            "chu tich nuoc",
            "tong thong",
            "head of state",
            "صدر مملکت",
            "صدر",
            "ریاست جمهوری",
            "رئاسة الجمهورية",
            "chef de l'etat",
            "jefe de estado",
            "chefe de estado",
            "capo dello stato",
            "রাষ্ট্রপতি",
            "প্রেসিডেন্ট",
            "राष्ट्रपति",
        ),
    ),
    ("Chairman", ("chairman",)),
)

# Collective issuers -> their English name ("Government" is completed with the
# country's name by :func:`canonical_issuer`).
COLLECTIVE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "State Duma",
        (
            "state duma",
            "staatsduma",
            "госдум",
            "государственной думы",
            "государственная дума",
            "duma",
        ),
    ),
    (
        "National People's Congress Standing Committee",
        (
            "standing committee of the national people's congress",
            "national people's congress standing committee",
            "npc standing committee",
            "top legislature",
        ),
    ),
    (
        "Ministry of Law and Human Rights",
        (
            "ministry of law and human rights",
            "law and human rights ministry",
            "minister of law and human rights",
            "kementerian hukum dan ham",
            "kementerian hukum dan hak asasi manusia",
            "kemenkumham",
            "menkumham",
            "menteri hukum dan ham",
        ),
    ),
    ("State justice ministries", ("justizministerien", "landesjustizministerien")),
    ("State Administration Council", ("state administration council",)),
    (
        "Council of State",
        ("council of state", "consejo de estado", "conseil d'etat", "consiglio di stato"),
    ),
    (
        "Council of Ministers",
        (
            "council of ministers",
            "consejo de ministros",
            "conselho de ministros",
            "consiglio dei ministri",
            "conseil des ministres",
            "مجلس الوزراء",
        ),
    ),
    (
        "National Assembly",
        (
            "national assembly",
            "assemblee nationale",
            "asamblea nacional",
            "assembleia nacional",
            "assemblea nazionale",
            "quoc hoi",
        ),
    ),
    (
        "Parliament",
        (
            "parliament",
            "lower house",
            "unterhaus",
            "нижняя палата",
            "parlement",
            "parlamento",
            "parlament",
            "assembleia",
            "congress",
            "congreso",
            "congresso",
            "majlis",
            "مجلس النواب",
            "مجلس الشعب",
            "البرلمان",
            "مجلس",
            "парламент",
            "верховн",
            "tbmm",
            "meclis",
            "legislature",
            "senate",
            "sénat",
            "senado",
            "senat",
            "senato",
            "সংসদ",
        ),
    ),
    (
        "Pardons Board",
        ("pardons board", "board of pardons", "pardon board", "clemency board", "parole board"),
    ),
    (
        "Military government",
        (
            "junta",
            "military council",
            "জান্তা",
            "conseil national",
            "comite national",
        ),
    ),
    (
        "Government",
        (
            "government",
            "gouvernement",
            "gobierno",
            "governo",
            "regierung",
            "الحكومة",
            "دولت",
            "правительство",
            "hükümet",
            "chinh phu",
            "সরকার",
            "सरकार",
        ),
    ),
    ("Judiciary", ("judiciary", "قوه قضاییه", "رئیس قوه قضاییه", "judiciaire", "न्यायपालिका")),
    (
        "Ministry of Justice",
        ("ministry of justice", "ministere de la justice", "ministerio de justicia", "وزارة العدل"),
    ),
)


def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(fold_accents(w)) for w in longest_first)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@cache
def _alias_patterns() -> tuple[tuple[Ruler, re.Pattern[str]], ...]:
    return tuple((r, _word_pattern(r.aliases)) for r in RULERS)


@cache
def _any_alias() -> re.Pattern[str]:
    """Every alias at once: most texts name no ruler, and one search says so."""
    return _word_pattern(tuple(a for r in RULERS for a in r.aliases))


def _rulers_in(folded: str) -> list[Ruler]:
    """The rulers whose aliases occur in ``folded`` (table order)."""
    if not _any_alias().search(folded):
        return []
    return [r for r, pattern in _alias_patterns() if pattern.search(folded)]


@cache
def _office_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((office, _prefix_pattern(words)) for office, words in OFFICE_WORDS)


@cache
def _collective_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, _prefix_pattern(words)) for name, words in COLLECTIVE)


def _prefix_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Latin-script words whole (with a plural or gender ending: "reyes",
    "presidenta", "Präsidenten"); Arabic and Cyrillic ones as a word start, with
    case endings or a one-letter proclitic ("королём", "والملك")."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        folded = re.escape(fold_accents(word))
        forms.append(f"{folded}(?:s|es|en|e|a)?(?!\\w)" if word[0].isascii() else folded)
    return re.compile(rf"(?<![^\W\u0648\u0628\u0644\u0641])(?:{'|'.join(forms)})")


def office_of(text: str) -> str | None:
    """The English office named in ``text``, if any (the first in table order)."""
    folded = fold_accents(text)
    for office, pattern in _office_patterns():
        if pattern.search(folded):
            return office
    return None


def _in_office(rulers: list[Ruler], on: date | None, *, strict: bool = False) -> list[Ruler]:
    """Those of ``rulers`` in office on ``on``; undated, those in office now.

    With ``strict`` an empty list when none fits, else ``rulers`` unchanged.
    """
    fitting = [r for r in rulers if r.held(on)] if on else [r for r in rulers if not r.end]
    return fitting if fitting or strict else rulers


def ruler_named(
    text: str, country_code: str | None, on: date | None, office: str | None = None
) -> str | None:
    """The canonical form of a ruler of ``country_code`` (holding ``office``, when
    given) named in ``text``; of several, the one named first.

    For a decree whose issuer phrase was not found, or gives only an office:
    the deciding sentences often still name the ruler ("... approved by
    Khamenei").
    """
    if not country_code:
        return None
    folded = fold_accents(text)
    named = [r for r in _rulers_in(folded) if r.country_code == country_code]
    if office is not None:
        named = [r for r in named if r.office == office]
    # a namesake out of office on the decree's date (a spokesman called Prabowo in
    # 2014) is not the ruler
    fitting = _in_office(named, on, strict=on is not None)
    if not fitting:
        return None
    # the ruler the decree's sentences name first ("the head of the council,
    # al-Burhan, pardoned ..." before "under the former regime of al-Bashir")
    patterns = dict(_alias_patterns())
    first = min(fitting, key=lambda r: _first_at(patterns[r], folded))
    return first.canonical


def _first_at(pattern: re.Pattern[str], folded: str) -> int:
    m = pattern.search(folded)
    return m.start() if m else len(folded)


def canonical_issuer(text: str | None, country_code: str | None, on: date | None) -> str | None:
    """The English canonical form of the issuer written as ``text`` (see the module doc).

    A ruler of another country than the decree's ("President Barack Obama" in a
    report of a Myanmar amnesty), or one named but out of office on the decree's
    date ("the late King Bhumibol's birthday"), is not the issuer: the office
    holder of the decree's country on that date is, when the table knows one.
    """
    if not text:
        return None
    folded = fold_accents(text)
    named = _rulers_in(folded)
    fitting = [r for r in named if country_code in (None, r.country_code)]
    if fitting:
        # a ruler whose reign ended before the decree is only its occasion
        dated = [r for r in fitting if on is None or r.end is None or on.year <= r.end]
        if dated:
            return _in_office(dated, on)[0].canonical
    office = office_of(text)
    if office is not None:
        if country_code:
            holders = [r for r in RULERS if r.country_code == country_code and r.office == office]
            held = _in_office(holders, on, strict=True)
            if held:
                return held[0].canonical
        if fitting:
            return fitting[0].canonical
        if named:  # only a foreign ruler is named: the office is all that is known
            return office
        written = _with_office(text, folded, office)
        if written:
            return written
        return office
    if fitting:
        return fitting[0].canonical
    for name, pattern in _collective_patterns():
        if pattern.search(folded):
            if name == "Government" and country_code:
                from .countries import name_of

                country = name_of(country_code)
                return f"Government of {country}" if country else name
            if name == "Parliament" and country_code in LEGISLATURES:
                return LEGISLATURES[country_code]
            return name
    return text


def holder(country_code: str | None, office: str, on: date | None) -> str | None:
    """The canonical form of who held ``office`` in ``country_code`` on ``on``."""
    held = _in_office(
        [r for r in RULERS if r.country_code == country_code and r.office == office],
        on,
        strict=True,
    )
    return held[0].canonical if held else None


# "a presidential pardon", "the royal amnesty", "grâce présidentielle", "العفو
# الملكي": the decree names its issuer's office by an adjective
_OFFICE_ADJECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "President",
        (
            "presidential",
            "presidency",
            "presidence",
            "presidencia",
            "الرئاسة",
            "ریاست جمهوری",
            "presidentielle",
            "presidentiel",
            "presidencial",
            "presidenciais",
            "presidenziale",
            "الرئاسي",
            "رئاسي",
            "رئاسية",
            "президентск",
            "riyasi",
            "রাষ্ট্রপতির",
        ),
    ),
    ("King", ("royal", "royale", "royaux", "ملكي", "الملكي", "ملكية", "королевск", "রাজকীয়")),
    ("Emir", ("amiri", "emiri", "أميري", "الأميري", "اميري")),
    ("Sultan", ("sultani", "سلطاني", "السلطاني")),
)


@cache
def _adjective_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((office, _prefix_pattern(words)) for office, words in _OFFICE_ADJECTIVES)


def office_by_adjective(text: str) -> str | None:
    """The office an adjective in ``text`` names ("presidential pardon" -> President)."""
    folded = fold_accents(text)
    for office, pattern in _adjective_patterns():
        if pattern.search(folded):
            return office
    return None


def ruler_country(text: str, on: date | None) -> str | None:
    """The country of the ruler ``text`` names ("President B.J. Habibie" -> ID), the
    one in office on ``on`` when the name is shared; None when it names none or
    rulers of several countries."""
    named = _in_office(_rulers_in(fold_accents(text)), on)
    codes = {r.country_code for r in named}
    return codes.pop() if len(codes) == 1 else None


def names_ruler(text: str) -> bool:
    """Whether ``text`` names a ruler of the table (in any country)."""
    return bool(_any_alias().search(fold_accents(text)))


def collective_body(text: str) -> str | None:
    """The English name of the body ``text`` names (a legislature, a council, a
    ministry), not a government at large; None for a ruler or an office."""
    if office_of(text) is not None or names_ruler(text):
        return None
    folded = fold_accents(text)
    for name, pattern in _collective_patterns():
        if name not in ("Government", "Military government") and pattern.search(folded):
            return name
    return None


def known_issuer(text: str) -> bool:
    """Whether ``text`` names a ruler, an office or a collective body of the tables."""
    folded = fold_accents(text)
    return (
        office_of(text) is not None
        or bool(_any_alias().search(folded))
        or any(pattern.search(folded) for _, pattern in _collective_patterns())
    )


def settled(canonical: str) -> bool:
    """Whether a canonical issuer names a ruler of the table or a collective body
    (not a bare office, nor words left as written)."""
    if canonical == "Military government":  # "the junta": its named leader says more
        return False
    return (
        canonical in _canonical_names()
        or canonical.startswith("Government of ")
        or any(canonical == name for name, _ in COLLECTIVE)
    )


@cache
def _canonical_names() -> frozenset[str]:
    return frozenset(r.canonical for r in RULERS)


def _with_office(text: str, folded: str, office: str) -> str | None:
    """The English office and the name the report gives after its office word
    ("le président Mahamat Idriss Déby Itno" -> "President Mahamat Idriss Déby
    Itno"); None when no capitalised name follows."""
    for key, pattern in _office_patterns():
        if key != office:
            continue
        m = pattern.search(folded)
        if m is None or len(folded) != len(text):
            return None
        rest = text[m.end() :].strip(" ,")
        words = rest.split()
        if words and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
            return f"{office} {rest}"
    return None


_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "del", "van", "von"}
