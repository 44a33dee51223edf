"""Countries, the titles of those who pardon, and the leaders' names.

``COUNTRIES`` maps an ISO 3166-1 alpha-2 code to an English short name, the
ways the country is written (names and adjectives in the supported
languages, as literal strings, case-sensitive for Latin and Cyrillic script)
and the names of rulers who pardon.  The granting country of a decree is read from
an *authority-bound* mention: a country next to a title ("Iran's Supreme
Leader", "the Emir of Qatar", "العاهل المغربي") or a ruler's name; a country
merely named in a sentence is only a fallback.
"""

from __future__ import annotations

import re
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
# Where names overlap the one that starts first, then the longest, wins
# ("South Sudan" over "Sudan", "Guinea-Bissau" over "Guinea"); a name not
# stemmed must not run on into a letter ("Niger" is not found in "Nigeria").
# Left out on purpose, being words or other places too: bare "Congo" and
# "Congolese" (either Congo), "Georgia", "Jordan", Spanish "Granada", French
# "Grenade" and "Maurice", German "Island", "Palau", Arabic "مالي" and Persian
# "مالی" ("financial"), Arabic "المجري*" ("course"), "بنين" ("sons"), "بوتان"
# ("butane"), Persian "چک" ("cheque"), "غنا", "مالت", "بلیز", Indonesian "Belanda",
# Turkish "Karadağ", Russian "Того"; and popes among the rulers.
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "IR": (
        "Iran",
        "iranian*|Iran|Iranian|Irán|iraní|iranien*|iranisch*|Irã|iraniano|ایران*|Иран*"
        "|иранск*|Islamic Republic|جمهوری اسلامی|الجمهوریة الإسلامية|ईरान*",
        "Khamenei|Jamenei|Chamenei|خامنه ای|خامنه‌ای|Хаменеи|Rouhani|Raisi|Pezeshkian"
        "|رهبر انقلاب|رهبر معظم انقلاب|مقام معظم رهبری|مرشد الثورة|المرشد الأعلى الإيراني"
        "|الخامنئي|خامنئي|قائد الثورة الإسلامية|قائد الثورة الاسلامية"
        "|ख़ामेनेई|खामेनेई|खामनेई|खामेनई|खमेनेई|इस्लामी क्रांति के नेता|इस्लामिक क्रांति के नेता",
    ),
    "MA": (
        "Morocco",
        "Marocco|marocchin*|Morocco|Moroccan|Maroc|marocain*|Marruecos|marroquí|Marrocos|Marokko"
        "|marokkanisch*|Fas|المغرب*|مراکش|Maroko",
        "Mohammed VI|Mohamed VI|محمد السادس",
    ),
    "AE": (
        "United Arab Emirates",
        "Emirati Arabi Uniti|emiratin*|UAE|United Arab Emirates|Emirati|Emirats arabes unis"
        "|émirati*|Emiratos Árabes Unidos|Emirados Árabes Unidos|Vereinigte Arabische Emirate"
        "|Vereinigten Arabischen Emirate*|الإمارات*|اماراتی|Dubai|Abu Dhabi|Sharjah|Ajman"
        "|Ras Al Khaimah|Fujairah|Umm Al Quwain|دبي|أبوظبي|أبو ظبي|الشارقة|رأس الخيمة|عجمان"
        "|الفجيرة|أم القيوين",
        "Mohamed bin Zayed|Mohammed bin Zayed|Khalifa bin Zayed|Mohammed bin Rashid"
        "|Sultan bin Mohammed Al Qasimi|Saud bin Saqr|محمد بن زايد|محمد بن راشد|خليفة بن زايد",
    ),
    "OM": (
        "Oman",
        "omanit*|Oman|Omani|omanais|Omán|Omã|سلطنة عمان|عمان|عماني|Umman",
        "Haitham bin Tarik|Haitham bin Tariq|Qaboos|هيثم بن طارق|قابوس",
    ),
    "KW": (
        "Kuwait",
        "kuwaitian*|Kuwait|Kuwaiti|koweïtien*|Koweït|الكويت*|کویت|Kuveyt",
        "Nawaf|Mishal al-Ahmad|Mishaal|Meshal|Sabah al-Ahmad|نواف الأحمد|مشعل الأحمد",
    ),
    "BH": (
        "Bahrain",
        "Bahrein|bahreinit*|Bahrain|Bahraini|Bahreïn|Baréin|Bahrein|البحرين*|بحرین",
        "Hamad bin Isa|حمد بن عيسى",
    ),
    "QA": ("Qatar", "Qatar|Qatari|qatari*|Katar|قطر*", "Tamim bin Hamad|Tamim|تميم بن حمد"),
    "SA": (
        "Saudi Arabia",
        "saudit*|Saudi Arabia|Saudi|Arabie saoudite|saoudien*|Arabia Saudita"
        "|Arábia Saudita|Saudi-Arabien|السعودية|السعودي*|عربستان|Suudi",
        "Salman bin Abdulaziz|King Salman|Mohammed bin Salman|سلمان بن عبد العزيز"
        "|سلمان بن عبدالعزيز|خادم الحرمين الشريفين",
    ),
    "EG": (
        "Egypt",
        "Egitto|egizian*|Egypt|Egyptian|Égypte|égyptien*|Egipto|egipcio|Egito|Ägypten|ägyptisch*"
        "|مصر|المصري*|Mısır|Mesir",
        "Sisi|el-Sisi|al-Sisi|السيسي",
    ),
    "DZ": (
        "Algeria",
        "algerin*|Algeria|Algerian|Algérie|algérien*|Argelia|Argélia|Algerien|الجزائر*|Cezayir|Aljazair",
        "Tebboune|Bouteflika|تبون|بوتفليقة",
    ),
    "TN": (
        "Tunisia",
        "tunisin*|Tunisia|Tunisian|Tunisie|tunisien*|Túnez|Tunísia|Tunesien|تونس|التونسي*|Tunus",
        "Kais Saied|Kaïs Saïed|قيس سعيد|Saied",
    ),
    "JO": (
        "Jordan",
        "Giordania|giordan*|Jordanian|Jordanie|jordanien*|الأردن*|اردن|Jordania|jordano|Jordânia|Jordanien"
        "|jordanisch*|Иордани*|Ürdün|Yordania",
        "Abdullah II|Abdallah II|عبدالله الثاني|عبد الله الثاني",
    ),
    "SY": (
        "Syria",
        "sirian*|Syria|Syrian|Syrie|syrien*|Siria|Síria|Syrien|سوريا|سوریه|السوري*",
        "Assad|الأسد",
    ),
    "IQ": ("Iraq", "irachen*|Iraq|Iraqi|Irak|irakien*|العراق*|عراق|عراقي*", ""),
    "LB": ("Lebanon", "Libano|libanes*|Lebanon|Lebanese|Liban|لبنان", ""),
    "SD": (
        "Sudan",
        "sudanes*|Sudan|Sudanese|Soudan|السودان*",
        "Burhan|البرهان|Bashir|al-Bashir|البشير",
    ),
    "LY": ("Libya", "Libia|libic*|Libya|Libyan|Libye|ليبيا", ""),
    "YE": ("Yemen", "yemenit*|Yemen|Yemeni|Yémen|اليمن*", ""),
    "MR": ("Mauritania", "mauritan*|Mauritania|Mauritanian|Mauritanie|موريتانيا", ""),
    "MM": (
        "Myanmar",
        "Birmania|Myanmar|Burma|Burmese|Birmanie|birman*|Myanmars|म्यांमार",
        "Min Aung Hlaing|Win Myint|Htin Kyaw|Myint Swe",
    ),
    "KH": (
        "Cambodia",
        "Cambogia|cambogian*|Cambodia|Cambodian|Cambodge|cambodgien*|Camboya|Kambodscha|Kamboja|Campuchia",
        "Hun Sen|Hun Manet|Norodom Sihamoni|Sihamoni",
    ),
    "VN": (
        "Vietnam",
        "Vietnam|Viet Nam|Việt Nam|Vietnamese|vietnamien*|vietnamita|vietnamesisch*",
        "Nguyen Xuan Phuc|Vo Van Thuong|To Lam|Luong Cuong|Tran Dai Quang",
    ),
    "TH": (
        "Thailand",
        "Thailandia|Tailandia|thailandes*|tailandes*|Thailand|Thai|Thaïlande|thaïlandais*"
        "|Tailândia|Thái Lan",
        "Vajiralongkorn|Rama X|Bhumibol",
    ),
    "LA": (
        "Laos",
        "laotian*|Laos|Laotian|Lao PDR|Lao government|Lao state|Lào",
        "Thongloun|Bounnhang",
    ),
    "ID": (
        "Indonesia",
        "indonesian*|Indonesia|Indonesian|Indonésie",
        "Jokowi|Joko Widodo|Prabowo|RI|Kemenkumham|Ditjenpas"
        "|Direktorat Jenderal Pemasyarakatan|Kementerian Hukum dan HAM",
    ),
    "MY": ("Malaysia", "Malaysia|Malaysian|Malaisie", "Anwar Ibrahim"),
    "PH": ("Philippines", "Filippine|filippin*|Philippines|Philippine|Filipino", "Marcos|Duterte"),
    "CN": (
        "China",
        "Cina|cinese|cinesi|China|Chinese|Chine|chinois*|Китай*|китайск*|Çin|Trung Quốc",
        "Xi Jinping",
    ),
    "KP": (
        "North Korea",
        "Corea del Nord|nordcorean*|North Korea|North Korean|Corée du Nord|Triều Tiên",
        "Kim Jong Un",
    ),
    "AZ": (
        "Azerbaijan",
        "Azerbaigian|azero|azera|azeri|azere|Azerbaijan|Azerbaijani|Azerbaïdjan*|azerbaïdjan*"
        "|Azerbaiyán|Aserbaidschan|Азербайджан*|азербайджанск*|Azerbaycan|آذربایجان",
        "Ilham Aliyev|Aliyev|Aliev|Əliyev|Алиев*",
    ),
    "UZ": (
        "Uzbekistan",
        "uzbek*|Uzbekistan|Uzbek|Ouzbékistan|Usbekistan|Узбекистан*|узбекск*|Özbekistan",
        "Mirziyoyev|Мирзиёев*",
    ),
    "KZ": (
        "Kazakhstan",
        "Kazakistan|kazak*|Kazakhstan|Kazakh|Казахстан*|Kazakistan",
        "Tokayev|Токаев*",
    ),
    "TJ": ("Tajikistan", "Tagikistan|tagik*|Tajikistan|Tajik|Таджикистан*", "Rahmon|Рахмон*"),
    "TM": ("Turkmenistan", "turkmen*|Turkmenistan|Turkmen|Туркменистан*", "Berdimuhamedov"),
    "KG": (
        "Kyrgyzstan",
        "Kirghizistan|kirghis*|Kyrgyzstan|Kyrgyz|Киргизи*|Кыргызстан*",
        "Japarov|Жапаров*",
    ),
    "BY": (
        "Belarus",
        "Bielorussia|bielorus*|Belarus|Belarusian|Biélorussie|Bielorrusia|Weißrussland|Беларус*|белорусск*"
        "|بيلاروسيا|روسيا البيضاء|بلاروس",
        "Lukashenko|Loukachenko|Lukaschenko|Lukashenka|Лукашенко|Лукашэнка|لوكاشينكو|لوکاشنکو",
    ),
    "RU": (
        "Russia",
        "Russia|russo|russa|russi|russe|Russia|Russian|Russie|russe|Rusia|ruso|Rússia|russo|Russland|russisch*"
        "|Росси*|российск*|Rusya|روسیه|روسيا|रूस|रूसी",
        "Putin|Poutine|Путин*|Kremlin|Кремл*|Госдум*|Государственная дума|State Duma|पुतिन",
    ),
    "UA": (
        "Ukraine",
        "Ucraina|ucrain*|Ukraine|Ukrainian|Украин*|украинск*|Ucrania|Ukrayna",
        "Zelensky|Zelenskyy|Зеленск*",
    ),
    "TR": (
        "Turkey",
        "Turchia|turc*|Turkey|Turkish|Türkiye|Turquie|turc|Turquía|turco|Turquia|Türkei"
        "|türkisch*|ترکیه|تركيا|Турци*|TBMM|Türkiye Büyük Millet Meclisi",
        "Erdogan|Erdoğan|Эрдоган*",
    ),
    "CU": (
        "Cuba",
        "Cuba|Cuban|cubain*|cubano|cubana|Kuba|kubanisch*|Куба|Кубы",
        "Díaz-Canel|Diaz-Canel|Raúl Castro|Raul Castro|Fidel Castro",
    ),
    "VE": ("Venezuela", "venezuelan*|Venezuela|Venezuelan|venezolano|vénézuélien*", "Maduro"),
    "NI": ("Nicaragua", "nicaraguens*|Nicaragua|Nicaraguan|nicaragüense", "Ortega"),
    "BO": ("Bolivia", "Bolivia|Bolivian|boliviano", "Arce"),
    "BR": (
        "Brazil",
        "Brasile|brasilian*|Brazil|Brazilian|Brasil|brasileiro|brasileira|Brésil|Brasilien",
        "Lula|Bolsonaro|Temer",
    ),
    "US": (
        "United States",
        "Stati Uniti|statunitens*|United States|U.S.|US|USA|American|Estados Unidos"
        "|estadounidense|États-Unis|américain*|EUA|Vereinigte Staaten|Vereinigten Staaten"
        "|США|امریکا|آمریکا|الولايات المتحدة|New Mexico|अमेरिका*|अमरीका*",
        "Biden|Trump|Obama|White House|Clinton|बाइडन|बाइडेन|ट्रंप|ओबामा",
    ),
    "GB": (
        "United Kingdom",
        "United Kingdom|UK|Britain|British|Royaume-Uni|britannique|Northern Ireland"
        "|Irlande du Nord|Irlanda del Norte|Irlanda do Norte|Nordirland|أيرلندا الشمالية"
        "|ایرلند شمالی|Северная Ирландия|Северной Ирландии|Kuzey İrlanda|Irlandia Utara",
        "Charles III",
    ),
    "FR": (
        "France",
        "frances*|France|French|français*|Francia|França|Frankreich|französisch*",
        "Macron",
    ),
    "ES": (
        "Spain",
        "Spagna|spagnol*|Spain|Spanish|Espagne|espagnol*|España|español*|Espanha|Spanien|spanisch*",
        "Felipe VI|Pedro Sánchez",
    ),
    "PT": (
        "Portugal",
        "Portogallo|portoghes*|Portugal|Portuguese|portugais|português|portuguesa",
        "Marcelo Rebelo de Sousa",
    ),
    "DE": (
        "Germany",
        "Germania|tedesc*|Germany|German|Allemagne|Alemania|Alemanha|Deutschland|Bundespräsident",
        "Steinmeier",
    ),
    "AF": (
        "Afghanistan",
        "afghan*|Afghanistan|Afghan|افغانستان|أفغانستان|Taliban|طالبان|अफगानिस्तान*|तालिबान",
        "Akhundzada|Ashraf Ghani|اشرف غنی",
    ),
    "PK": ("Pakistan", "pakistan*|Pakistan|Pakistani|पाकिस्तान*", ""),
    "IN": ("India", "India|Indian|भारत*", ""),
    "LK": ("Sri Lanka", "Sri Lanka|Sri Lankan|श्रीलंका*", ""),
    "BD": ("Bangladesh", "bengales*|Bangladesh|Bangladeshi|बांग्लादेश*", ""),
    "NG": ("Nigeria", "Nigeria|Nigerian", "Tinubu|Buhari|Goodluck Jonathan|Obasanjo"),
    "ZW": ("Zimbabwe", "zimbabwes*|Zimbabwe|Zimbabwean", "Mnangagwa"),
    "ET": ("Ethiopia", "Etiopia|etiop*|Ethiopia|Ethiopian|Éthiopie", "Abiy Ahmed"),
    "ER": ("Eritrea", "eritre*|Eritrea|Eritrean", "Afwerki"),
    "RW": ("Rwanda", "Ruanda|ruandes*|Rwanda|Rwandan", "Kagame"),
    "UG": ("Uganda", "Uganda|Ugandan", "Museveni"),
    "ZA": ("South Africa", "South Africa|South African", "Ramaphosa"),
    "CM": ("Cameroon", "Camerun|camerunes*|Cameroon|Cameroun|camerounais*", "Biya"),
    "SN": ("Senegal", "senegales*|Senegal|Sénégal|sénégalais*", "Macky Sall"),
    "CI": (
        "Côte d'Ivoire",
        "Costa d'Avorio|ivorian*|Côte d'Ivoire|Ivory Coast|ivoirien*",
        "Ouattara",
    ),
    "ML": ("Mali", "malian*|Mali|malien*", "Goïta|Goita"),
    "TD": ("Chad", "Ciad|ciadian*|Chad|Tchad|tchadien*", "Déby|Deby"),
    "IL": ("Israel", "Israel|Israeli|Israël|إسرائيل|اسرائیل", "Herzog"),
    "AM": (
        "Armenia",
        "armen*|Armenia|Armenian|Arménie|Armenien|Армени*|армянск*|Ermenistan|أرمينيا",
        "Pashinyan|Пашинян*",
    ),
    # (not "Georgia": a US state too; not the Russian "грузи-" of "to load")
    "GE": (
        "Georgia",
        "Georgian|Géorgie|Georgien|Грузия|Грузии|Грузию|грузинск*|Gürcistan",
        "Kavelashvili|Кавелашвили|Zourabichvili|Zurabishvili|Зурабишвили",
    ),
    "KR": (
        "South Korea",
        "South Korea|South Korean|Corée du Sud|Hàn Quốc",
        "Yoon Suk Yeol|Yoon Suk-yeol|Lee Jae-myung|Lee Jae Myung",
    ),
    "AO": ("Angola", "Angola|angolano|angolana|Angolan", "João Lourenço"),
    "MZ": ("Mozambique", "Mozambique|Moçambique|moçambicano", "Daniel Chapo|Filipe Nyusi"),
    "NP": ("Nepal", "nepales*|Nepal|Nepali|Nepalese|नेपाल*", "Paudel|Poudel|Bhandari"),
    # The Americas
    "AG": (
        "Antigua and Barbuda",
        "Antigua and Barbuda|Antiguan|Antigua-et-Barbuda|Antigua y Barbuda|Antígua e Barbuda"
        "|Antigua und Barbuda|أنتيغوا وباربودا|آنتیگوا و باربودا|Антигуа и Барбуда"
        "|Antigua ve Barbuda|Antigua dan Barbuda",
        "",
    ),
    "AR": (
        "Argentina",
        "Argentina|Argentine|Argentinian|argentin*|Argentinien|Argentiniens|argentinisch*"
        "|الأرجنتين|الأرجنتيني*|آرژانتین*|Аргентин*|аргентинск*|Arjantin*",
        "Javier Milei|Milei|Alberto Fernández|Mauricio Macri|Casa Rosada",
    ),
    "BS": (
        "Bahamas",
        "Bahama*|bahaméen*|bahameñ*|البهاما|باهاما*|Багам*|багамск*",
        "",
    ),
    "BB": (
        "Barbados",
        "Barbados|Barbadian|Bajan|barbadien*|barbadense*|باربادوس|Барбадос*",
        "",
    ),
    "BZ": (
        "Belize",
        "Belize|Belizean|bélizien*|Belice|beliceñ*|Белиз*|белизск*",
        "",
    ),
    "CA": (
        "Canada",
        "Canada|Canadian|canadien*|Canadá|canadiense*|canadense*|Kanada|Kanadas|kanadisch*|كندا"
        "|الكندي*|کانادا*|Канад*|канадск*",
        "Justin Trudeau|Trudeau|Mark Carney",
    ),
    "CL": (
        "Chile",
        "Chile|Chilean|Chili|chilien*|chilen*|Chiles|chilenisch*|تشيلي|شيلي|التشيلي*|شیلی|Чили"
        "|чилийск*|Şili",
        "Gabriel Boric|Boric|Sebastián Piñera|Sebastian Piñera|Piñera",
    ),
    "CO": (
        "Colombia",
        "Colombia|Colombian|colombien*|colombian*|Kolumbien|Kolumbiens|kolumbianisch*|كولومبيا"
        "|الكولومبي*|کلمبیا*|Колумбия|Колумбии|Колумбию|Kolombiya*|Kolombia",
        "Gustavo Petro|Petro|Iván Duque|Ivan Duque|Casa de Nariño",
    ),
    "CR": (
        "Costa Rica",
        "Costa Rica|Costa Rican|costaricien*|costaricain*|costarricense*|costa-riquenh*"
        "|costa-ricanisch*|كوستاريكا|کاستاریکا|Коста-Рик*|костариканск*|Kosta Rika",
        "Rodrigo Chaves",
    ),
    "DM": (
        "Dominica",
        "Dominica|Commonwealth of Dominica|دومينيكا|Доминика|Доминики",
        "",
    ),
    "DO": (
        "Dominican Republic",
        "Dominican Republic|Dominican|République dominicaine|dominicain*|República Dominicana"
        "|dominican*|Dominikanische Republik|Dominikanischen Republik|dominikanisch*"
        "|جمهورية الدومينيكان|الدومينيكان|جمهوری دومینیکن|Доминиканск*|доминиканск*"
        "|Dominik Cumhuriyeti|Republik Dominika",
        "Luis Abinader|Abinader",
    ),
    "EC": (
        "Ecuador",
        "Ecuador|Ecuadorian|Ecuadorean|Équateur|équatorien*|ecuatorian*|Equador|equatorian*"
        "|Ecuadors|ecuadorianisch*|الإكوادور|إكوادور|اکوادور*|Эквадор*|эквадорск*|Ekvador"
        "|Ekuador",
        "Daniel Noboa|Noboa|Guillermo Lasso",
    ),
    "SV": (
        "El Salvador",
        "El Salvador|Salvadoran|Salvadorean|salvadorien*|salvadoreñ*|salvadorenh*"
        "|salvadorianisch*|السلفادور|السالفادور|السالوادور|сальвадорск*",
        "Nayib Bukele|Bukele",
    ),
    "GD": (
        "Grenada",
        "Grenada|Grenadian|غرينادا|گرنادا|Гренада|Гренады",
        "",
    ),
    "GT": (
        "Guatemala",
        "Guatemala|Guatemalan|guatémaltèque*|guatemaltec*|Guatemalas|guatemaltekisch*|غواتيمالا"
        "|گواتمالا*|Гватемал*|гватемальск*",
        "Bernardo Arévalo|Bernardo Arevalo|Alejandro Giammattei|Giammattei",
    ),
    "GY": (
        "Guyana",
        "Guyana|Guyanese|guyanien*|guyanés|guyanesa|guyanisch*|غيانا|Гайан*|гайанск*",
        "Irfaan Ali",
    ),
    "HT": (
        "Haiti",
        "Haiti|Haitian|Haïti|haïtien*|Haití|haitian*|haitianisch*|هايتي|هائیتی|Гаити|гаитянск*",
        "",
    ),
    "HN": (
        "Honduras",
        "Honduras|Honduran|hondurien*|hondureñ*|hondurenh*|honduranisch*|هندوراس|Гондурас*"
        "|гондурасск*",
        "Xiomara Castro",
    ),
    "JM": (
        "Jamaica",
        "Jamaica|Jamaican|Jamaïque|jamaïcain*|jamaican*|jamaiquin*|Jamaika*|jamaikanisch*"
        "|جامايكا|جامائیکا|Ямайк*|ямайск*",
        "Andrew Holness|Holness",
    ),
    "MX": (
        "Mexico",
        "Mexico|Mexican|Mexique|mexicain*|México|mexican*|Mexiko|Mexikos|mexikanisch*|المكسيك*"
        "|مکزیک*|Мексик*|мексиканск*|Meksika*|Meksiko",
        "Andrés Manuel López Obrador|López Obrador|Lopez Obrador|AMLO|Claudia Sheinbaum|Sheinbaum",
    ),
    "PA": (
        "Panama",
        "Panama|Panamanian|Panamá|panaméen*|panameñ*|panamenh*|panamaisch*|بنما|پاناما|Панам*"
        "|панамск*",
        "José Raúl Mulino|Mulino|Laurentino Cortizo",
    ),
    "PY": (
        "Paraguay",
        "Paraguay|Paraguayan|paraguay*|Paraguai|paraguai*|الباراغواي|باراغواي|باراجواي|پاراگوئه"
        "|Парагва*|парагвайск*",
        "Santiago Peña|Mario Abdo Benítez",
    ),
    "PE": (
        "Peru",
        "Peru|Peruvian|Pérou|péruvien*|Perú|peruan*|البيرو|بيرو|پرو|Перу|перуанск*",
        "Dina Boluarte|Boluarte|Pedro Castillo|Pedro Pablo Kuczynski|Kuczynski",
    ),
    "KN": (
        "Saint Kitts and Nevis",
        "Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis|Saint Kitts|St Kitts"
        "|St. Kitts|Kittitian|Saint-Christophe-et-Niévès|San Cristóbal y Nieves"
        "|São Cristóvão e Névis|St. Kitts und Nevis|سانت كيتس ونيفيس|سنت کیتس و نویس"
        "|Сент-Китс и Невис",
        "",
    ),
    "LC": (
        "Saint Lucia",
        "Saint Lucia|St Lucia|St. Lucia|Saint Lucian|Sainte-Lucie|سانت لوسيا|سنت لوسیا"
        "|Сент-Люсия|Сент-Люсии",
        "",
    ),
    "VC": (
        "Saint Vincent and the Grenadines",
        "Saint Vincent and the Grenadines|St Vincent and the Grenadines"
        "|St. Vincent and the Grenadines|Vincentian|Saint-Vincent-et-les-Grenadines"
        "|San Vicente y las Granadinas|São Vicente e Granadinas|St. Vincent und die Grenadinen"
        "|سانت فينسنت والغرينادين|سنت وینسنت و گرنادین|Сент-Винсент и Гренадины",
        "",
    ),
    "SR": (
        "Suriname",
        "Suriname|Surinamese|Surinam|surinamais*|surinamés|surinamesa|surinamês|surinamisch*"
        "|سورينام|سورینام|Суринам*|суринамск*",
        "Chan Santokhi|Santokhi",
    ),
    "TT": (
        "Trinidad and Tobago",
        "Trinidad and Tobago|Trinidad & Tobago|Trinidadian|Trinité-et-Tobago|Trinidad y Tobago"
        "|Trinidad e Tobago|Trinidad und Tobago|ترينيداد وتوباغو|ترینیداد و توباگو"
        "|Тринидад и Тобаго|Trinidad ve Tobago|Trinidad dan Tobago",
        "",
    ),
    "UY": (
        "Uruguay",
        "Uruguay|Uruguayan|uruguay*|Uruguai|uruguai*|الأوروغواي|أوروغواي|الأوروجواي|اروگوئه"
        "|Уругва*|уругвайск*",
        "Yamandú Orsi|Luis Lacalle Pou|Lacalle Pou",
    ),
    # Europe
    "AL": (
        "Albania",
        "Albania|Albanian|Albanie|albanais*|albanés|albanes*|albanês|Albanien|Albaniens"
        "|albanisch*|ألبانيا|Албани*|албанск*|Arnavutluk*",
        "Bajram Begaj|Begaj|Edi Rama",
    ),
    "AD": (
        "Andorra",
        "Andorra|Andorran|Andorre|andorran*|Andorras|أندورا|آندورا|Андорр*|андоррск*",
        "",
    ),
    "AT": (
        "Austria",
        "Austria|Austrian|Autriche|autrichien*|austríac*|austriac*|Áustria|Österreich"
        "|Österreichs|österreichisch*|النمسا*|اتریش*|Австри*|австрийск*|Avusturya*",
        "Alexander Van der Bellen|Van der Bellen",
    ),
    "BE": (
        "Belgium",
        "Belgium|Belgian|Belgique|Bélgica|belga|belgas|Belgien|Belgiens|belgisch*|بلجيكا"
        "|البلجيكي*|بلژیک*|Бельги*|бельгийск*|Belçika*|Belgia",
        "King Philippe",
    ),
    "BA": (
        "Bosnia and Herzegovina",
        "Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|Bosnian|Bosnie-Herzégovine|Bosnie"
        "|bosnien*|Bosnia y Herzegovina|bosni*|Bósnia e Herzegovina|Bósnia|bósni*"
        "|Bosnien und Herzegowina|Bosnien-Herzegowina|Bosnien|Bosniens|bosnisch*"
        "|البوسنة والهرسك|البوسنة|بوسنی*|Босни*|боснийск*|Bosna Hersek|Bosna*"
        "|Bosnia dan Herzegovina",
        "",
    ),
    "BG": (
        "Bulgaria",
        "Bulgaria|Bulgarian|Bulgarie|bulgare*|búlgar*|Bulgária|Bulgarien|Bulgariens|bulgarisch*"
        "|بلغاريا|البلغاري*|بلغارستان*|Болгари*|болгарск*|Bulgaristan*",
        "Rumen Radev|Radev",
    ),
    "HR": (
        "Croatia",
        "Croatia|Croatian|Croatie|croate*|Croacia|croata*|Croácia|Kroatien|Kroatiens|kroatisch*"
        "|كرواتيا|الكرواتي*|کرواسی*|Хорвати*|хорватск*|Hırvatistan*|Kroasia",
        "Zoran Milanović|Zoran Milanovic",
    ),
    "CY": (
        "Cyprus",
        "Cyprus|Cypriot|Chypre|chypriote*|Chipre|chipriot*|cipriot*|Zypern|Zyperns|zypriotisch*"
        "|قبرص|القبرصي*|قبرس|Кипр*|кипрск*|Kıbrıs*|Siprus",
        "Nikos Christodoulides|Christodoulides",
    ),
    "CZ": (
        "Czech Republic",
        "Czech Republic|Czechia|Czech|République tchèque|Tchéquie|tchèque*|República Checa"
        "|Chequia|checo|checa|checos|checas|República Tcheca|Chéquia|tcheco|tcheca|tchecos"
        "|Tschechien|Tschechiens|tschechisch*|Tschechische Republik|جمهورية التشيك|التشيك"
        "|التشيكي*|جمهوری چک|Чехия|Чехии|Чехию|чешск*|Çekya*|Çek Cumhuriyeti|Republik Ceko|Ceko",
        "Petr Pavel|Miloš Zeman|Milos Zeman|Zeman",
    ),
    "DK": (
        "Denmark",
        "Denmark|Danish|Danemark|danois*|Dinamarca|danés|danesa|daneses|dinamarqu*|Dänemark"
        "|Dänemarks|dänisch*|الدنمارك|الدانمارك|الدنماركي*|دانمارک*|Дания|Дании|Данию|датск*"
        "|Danimarka*",
        "",
    ),
    "EE": (
        "Estonia",
        "Estonia|Estonian|Estonie|estoni*|Estónia|Estônia|Estland|Estlands|estnisch*|إستونيا"
        "|استونی*|Эстони*|эстонск*|Estonya*",
        "Alar Karis",
    ),
    "FI": (
        "Finland",
        "Finland|Finnish|Finlande|finlandais*|Finlandia|finland*|Finlândia|Finnland|Finnlands"
        "|finnisch*|فنلندا|الفنلندي*|فنلاند*|Финлянди*|финск*|Finlandiya*",
        "Alexander Stubb|Stubb|Sauli Niinistö|Niinistö",
    ),
    "GR": (
        "Greece",
        "Greece|Greek|Grèce|grec|grecque*|grecs|Grecia|griego|griega|griegos|griegas|Grécia"
        "|grego|grega|gregos|Griechenland*|griechisch*|اليونان*|یونان*|Греци*|греческ*"
        "|Yunanistan*|Yunani",
        "",
    ),
    "HU": (
        "Hungary",
        "Hungary|Hungarian|Hongrie|hongrois*|Hungría|húngar*|Hungria|Ungarn|Ungarns|ungarisch*"
        "|المجر|هنغاريا|مجارستان*|Венгри*|венгерск*|Macaristan*|Hongaria",
        "Katalin Novák|Katalin Novak|Tamás Sulyok|Tamas Sulyok|Viktor Orbán|Viktor Orban|Orbán",
    ),
    "IS": (
        "Iceland",
        "Iceland|Icelandic|Islande|islandais*|Islandia|islandés|islandesa|Islândia|islandês"
        "|isländisch*|آيسلندا|أيسلندا|ایسلند*|Исланди*|исландск*|İzlanda",
        "",
    ),
    "IE": (
        "Ireland",
        "Ireland|Irish|Irlande|irlandais*|Irlanda|irlandés|irlandesa|irlandês|Irland|Irlands"
        "|irisch*|أيرلندا|إيرلندا|ايرلندا|الأيرلندي*|ایرلند*|Ирланди*|ирландск*|İrlanda"
        "|Irlandia",
        "Michael D. Higgins|Catherine Connolly",
    ),
    "IT": (
        "Italy",
        "Italy|Italian|Italie|italien*|Italia|italian*|Itália|Italien|Italiens|إيطاليا"
        "|الإيطالي*|ایتالیا*|Итали*|итальянск*|İtalya*",
        "Sergio Mattarella|Mattarella|Giorgia Meloni|Meloni",
    ),
    "XK": (
        "Kosovo",
        "Kosovo|Kosovar|Kosovan|kosovar*|Kosova*|كوسوفو|کوزوو|Косово|косовск*",
        "Vjosa Osmani|Albin Kurti",
    ),
    "LV": (
        "Latvia",
        "Latvia|Latvian|Lettonie|letton*|Letonia|letón|letona|Letónia|Letônia|letão|Lettland"
        "|Lettlands|lettisch*|لاتفيا|لتونی*|Латви*|латвийск*|Letonya*",
        "Edgars Rinkēvičs|Edgars Rinkevics|Rinkēvičs",
    ),
    "LI": (
        "Liechtenstein",
        "Liechtenstein|ليختنشتاين|Лихтенштейн*",
        "",
    ),
    "LT": (
        "Lithuania",
        "Lithuania|Lithuanian|Lituanie|lituan*|Lituânia|Litauen|Litauens|litauisch*|ليتوانيا"
        "|لیتوانی*|Литва|Литвы|Литве|Литву|литовск*|Litvanya*",
        "Gitanas Nausėda|Gitanas Nauseda|Nausėda",
    ),
    "LU": (
        "Luxembourg",
        "Luxembourg|Luxembourgish|luxembourgeois*|Luxemburgo|luxemburgu*|Luxemburg|Luxemburgs"
        "|luxemburgisch*|لوكسمبورغ|لوکزامبورگ|Люксембург*|люксембургск*|Lüksemburg|Luksemburg",
        "",
    ),
    "MT": (
        "Malta",
        "Malta|Maltese|maltais*|maltés|maltes*|maltês|مالطا|Мальта|Мальты|мальтийск*",
        "",
    ),
    "MD": (
        "Moldova",
        "Moldova|Moldovan|Moldavie|moldav*|Moldávia|Moldawien|Republik Moldau|moldauisch*"
        "|moldawisch*|مولدوفا|مولداوی*|Молдави*|Молдов*|молдавск*",
        "Maia Sandu",
    ),
    "MC": (
        "Monaco",
        "Monaco|Monégasque|monégasque*|Mónaco|monegasc*|Monako|موناكو|Монако",
        "",
    ),
    "ME": (
        "Montenegro",
        "Montenegro|Montenegrin|Monténégro|monténégrin*|montenegrin*|Montenegros|الجبل الأسود"
        "|مونته نگرو|Черногори*|черногорск*",
        "Jakov Milatović|Jakov Milatovic",
    ),
    "NL": (
        "Netherlands",
        "Netherlands|Dutch|Holland|Pays-Bas|néerlandais*|Países Bajos|neerlandés|neerlandesa"
        "|holandés|holandesa|Holanda|Países Baixos|holandês|neerlandês|Niederlande*"
        "|niederländisch*|هولندا|الهولندي*|هلند*|Нидерланд*|нидерландск*|Голланди*|голландск*"
        "|Hollanda*",
        "",
    ),
    "MK": (
        "North Macedonia",
        "North Macedonia|Macedonia|Macedonian|Macédoine du Nord|Macédoine|macédonien*"
        "|Macedonia del Norte|macedoni*|Macedônia do Norte|Macedónia do Norte|Nordmazedonien"
        "|Nordmazedoniens|Mazedonien|nordmazedonisch*|مقدونيا الشمالية|مقدونيا|مقدونیه*"
        "|Македони*|македонск*|Kuzey Makedonya|Makedonya*|Makedonia Utara",
        "Gordana Siljanovska-Davkova|Stevo Pendarovski",
    ),
    "NO": (
        "Norway",
        "Norway|Norwegian|Norvège|norvégien*|Noruega|norueg*|Norwegen|Norwegens|norwegisch*"
        "|النرويج*|نروژ*|Норвеги*|норвежск*|Norveç*|Norwegia",
        "",
    ),
    "PL": (
        "Poland",
        "Poland|Polish|Pologne|polonais*|Polonia|polaco|polaca|polacos|polacas|Polónia|Polônia"
        "|polonês|polonesa|Polen|Polens|polnisch*|بولندا|البولندي*|لهستان*|Польш*|польск*"
        "|Polonya*|Polandia",
        "Andrzej Duda|Karol Nawrocki|Nawrocki",
    ),
    "RO": (
        "Romania",
        "Romania|Romanian|Roumanie|roumain*|Rumania|Rumanía|ruman*|Roménia|Romênia|romeno"
        "|romena|Rumänien|Rumäniens|rumänisch*|رومانيا|رومانی|رومانیایی|Румыни*|румынск*"
        "|Romanya*",
        "Klaus Iohannis|Iohannis|Nicușor Dan|Nicuşor Dan|Nicusor Dan",
    ),
    "SM": (
        "San Marino",
        "San Marino|Saint-Marin|سان مارينو|Сан-Марино",
        "",
    ),
    "RS": (
        "Serbia",
        "Serbia|Serbian|Serbie|serbe|serbes|serbio|serbia|serbios|Sérvia|sérvio|Serbien"
        "|Serbiens|serbisch*|صربيا|الصربي*|صربستان*|Серби*|сербск*|Sırbistan*",
        "Aleksandar Vučić|Aleksandar Vucic|Vučić|Vucic",
    ),
    "SK": (
        "Slovakia",
        "Slovakia|Slovak|Slovaquie|slovaque*|Eslovaquia|eslovac*|Eslováquia|Slowakei"
        "|slowakisch*|سلوفاكيا|اسلواکی*|Словаки*|словацк*|Slovakya*|Slowakia",
        "Peter Pellegrini|Zuzana Čaputová|Zuzana Caputova|Robert Fico",
    ),
    "SI": (
        "Slovenia",
        "Slovenia|Slovenian|Slovene|Slovénie|slovène*|Eslovenia|esloven*|Eslovénia|Eslovênia"
        "|Slowenien|Sloweniens|slowenisch*|سلوفينيا|اسلوونی*|Словени*|словенск*|Slovenya*",
        "Nataša Pirc Musar|Natasa Pirc Musar|Pirc Musar",
    ),
    "SE": (
        "Sweden",
        "Sweden|Swedish|Suède|suédois*|Suecia|sueco|sueca|suecos|suecas|Suécia|Schweden"
        "|Schwedens|schwedisch*|السويد|السويدي*|سوئد*|Швеци*|шведск*|İsveç*|Swedia",
        "",
    ),
    "CH": (
        "Switzerland",
        "Switzerland|Swiss|Suisse|suisse|suisses|Suiza|suizo|suiza|suizos|suizas|Suíça|suíço"
        "|suíça|Schweiz|schweizerisch*|سويسرا|السويسري*|سوئیس*|Швейцари*|швейцарск*|İsviçre*",
        "",
    ),
    "VA": (
        "Vatican",
        "Holy See|Vatican|Vatican City|Saint-Siège|Vaticano|Santa Sede|Vatikan|Vatikans"
        "|Heiliger Stuhl|Heiligen Stuhl|الفاتيكان|واتیکان|Ватикан*|Takhta Suci",
        "",
    ),
    # Asia and the Pacific
    "AU": (
        "Australia",
        "Australia|Australian|Australie|australien*|australian*|Austrália|Australien"
        "|Australiens|australisch*|أستراليا|الأسترالي*|استرالیا*|Австрали*|австралийск*"
        "|Avustralya*",
        "Anthony Albanese|Scott Morrison",
    ),
    "BT": (
        "Bhutan",
        "Bhutan|Bhutanese|Bhoutan|bhoutanais*|Bután|butanés|Butão|butanês|Bhutans|bhutanisch*"
        "|Бутан|Бутана|Бутане|бутанск*",
        "Jigme Khesar Namgyel Wangchuck|Jigme Khesar",
    ),
    "BN": (
        "Brunei",
        "Brunei|Bruneian|brunéien*|Brunéi|Brunei Darussalam|Bruneis|بروناي|برونئی|Бруней|Брунея"
        "|Брунее|Bruney",
        "Hassanal Bolkiah",
    ),
    "TL": (
        "East Timor",
        "East Timor|Timor-Leste|Timor Leste|East Timorese|Timorese|Timor oriental|timorais*"
        "|Osttimor|Osttimors|osttimoresisch*|تيمور الشرقية|تیمور شرقی|Восточный Тимор"
        "|Восточного Тимора|Тимор-Лешти|Doğu Timor",
        "José Ramos-Horta|Jose Ramos-Horta|Ramos-Horta|Ramos Horta|Xanana Gusmão|Xanana Gusmao"
        "|Xanana",
    ),
    "FJ": (
        "Fiji",
        "Fiji|Fijian|Fidji|fidjien*|Fiyi|Fidschi|فيجي|Фиджи",
        "Sitiveni Rabuka|Rabuka",
    ),
    "JP": (
        "Japan",
        "Japan|Japanese|Japon|japon*|Japón|Japão|Japans|japanisch*|اليابان*|ژاپن*|Япони*"
        "|японск*|Japonya*|Jepang",
        "Emperor Naruhito|Naruhito|Fumio Kishida|Kishida|Shigeru Ishiba|Ishiba|Sanae Takaichi"
        "|Takaichi",
    ),
    "KI": (
        "Kiribati",
        "Kiribati|كيريباتي|Кирибати",
        "",
    ),
    "MV": (
        "Maldives",
        "Maldives|Maldivian|maldiv*|Maldivas|Malediven|maledivisch*|المالديف|مالدیو*|Мальдив*"
        "|мальдивск*|Maldivler|Maladewa",
        "Mohamed Muizzu|Muizzu|Ibrahim Mohamed Solih",
    ),
    "MH": (
        "Marshall Islands",
        "Marshall Islands|Marshallese|Îles Marshall|Islas Marshall|Ilhas Marshall"
        "|Marshallinseln|جزر مارشال|جزایر مارشال|Маршалловы Острова|Маршалловых Островов"
        "|Kepulauan Marshall",
        "",
    ),
    "FM": (
        "Micronesia",
        "Micronesia|Micronesian|Micronésie|Micronésia|Mikronesien|ميكرونيزيا|میکرونزی|Микронези*",
        "",
    ),
    "MN": (
        "Mongolia",
        "Mongolia|Mongolian|Mongolie|mongol|mongole|mongols|mongoles|Mongólia|Mongolei"
        "|mongolisch*|منغوليا|مغولستان*|Монголи*|монгольск*|Moğolistan*",
        "Ukhnaagiin Khürelsükh|Khürelsükh|Khurelsukh",
    ),
    "NR": (
        "Nauru",
        "Nauru|Nauruan|ناورو|نائورو|Науру",
        "",
    ),
    "NZ": (
        "New Zealand",
        "New Zealand|New Zealander|Nouvelle-Zélande|néo-zélandais*|Nueva Zelanda|neozeland*"
        "|Nova Zelândia|Neuseeland|Neuseelands|neuseeländisch*|نيوزيلندا|نیوزیلند*"
        "|Новая Зеландия|Новой Зеландии|Новую Зеландию|новозеландск*|Yeni Zelanda|Selandia Baru",
        "Christopher Luxon|Jacinda Ardern|Chris Hipkins",
    ),
    "PW": (
        "Palau",
        "Republic of Palau|Palauan|بالاو|پالائو|Палау",
        "",
    ),
    "PG": (
        "Papua New Guinea",
        "Papua New Guinea|Papua New Guinean|Papouasie-Nouvelle-Guinée|papouan-néo-guinéen*"
        "|Papúa Nueva Guinea|Papua-Nova Guiné|Papua-Neuguinea|بابوا غينيا الجديدة|پاپوآ گینه نو"
        "|Папуа-Новая Гвинея|Папуа - Новая Гвинея|Папуа-Новой Гвинеи|Папуа - Новой Гвинеи"
        "|Papua Yeni Gine|Papua Nugini",
        "James Marape|Marape",
    ),
    "WS": (
        "Samoa",
        "Samoa|Samoan|ساموا|Самоа",
        "",
    ),
    "SG": (
        "Singapore",
        "Singapore|Singaporean|Singapour|singapourien*|Singapur|singapurense*|Singapura"
        "|singapurisch*|سنغافورة|سنگاپور*|Сингапур*|сингапурск*",
        "Tharman Shanmugaratnam|Lawrence Wong|Lee Hsien Loong|Halimah Yacob",
    ),
    "SB": (
        "Solomon Islands",
        "Solomon Islands|Solomon Islander|Îles Salomon|Islas Salomón|Ilhas Salomão|Salomonen"
        "|جزر سليمان|جزایر سلیمان|Соломоновы Острова|Соломоновых Островов|Kepulauan Solomon",
        "",
    ),
    "TW": (
        "Taiwan",
        "Taiwan|Taiwanese|Taïwan|taïwanais*|Taiwán|taiwanés|taiwanesa|taiwanês|Taiwans"
        "|taiwanisch*|تايوان|التايواني*|Тайван*|тайваньск*|Tayvan*",
        "Lai Ching-te|William Lai|Tsai Ing-wen",
    ),
    "TO": (
        "Tonga",
        "Tonga|Tongan|تونغا|تونگا|Тонга",
        "Tupou VI",
    ),
    "TV": (
        "Tuvalu",
        "Tuvalu|Tuvaluan|توفالو|تووالو|Тувалу",
        "",
    ),
    "VU": (
        "Vanuatu",
        "Vanuatu|Ni-Vanuatu|فانواتو|وانواتو|Вануату",
        "",
    ),
    # Africa and the Middle East
    "BJ": (
        "Benin",
        "Benin|Beninese|Bénin|béninois*|Benín|beninés|Benim|beninense*|Benins|beninisch*"
        "|جمهورية بنين|Бенин*|бенинск*",
        "Patrice Talon",
    ),
    "BW": (
        "Botswana",
        "Botswana|Motswana|Batswana|botswanais*|Botsuana|botsuan*|Botswanas|botswanisch*"
        "|بوتسوانا|Ботсван*|Botsvana",
        "Duma Boko|Mokgweetsi Masisi|Masisi",
    ),
    "BF": (
        "Burkina Faso",
        "Burkina Faso|Burkina|Burkinabe|Burkinabè|burkinabè*|burkinés|بوركينا فاسو|بورکینافاسو"
        "|بورکینا فاسو|Буркина-Фасо|Буркина Фасо",
        "Ibrahim Traoré|Ibrahim Traore|Paul-Henri Sandaogo Damiba|Damiba"
        "|Roch Marc Christian Kaboré",
    ),
    "BI": (
        "Burundi",
        "burundes*|Burundi|Burundian|burundais*|burundés|burundiano|burundisch*|بوروندي|Бурунди|бурундийск*",
        "Évariste Ndayishimiye|Evariste Ndayishimiye|Ndayishimiye",
    ),
    "CV": (
        "Cape Verde",
        "Cape Verde|Cabo Verde|Cape Verdean|Cap-Vert|capverdien*|caboverdian*|cabo-verdian*"
        "|Kap Verde|Kapverden|kapverdisch*|الرأس الأخضر|کیپ ورد|Кабо-Верде",
        "José Maria Neves|Jose Maria Neves",
    ),
    "CF": (
        "Central African Republic",
        "Central African Republic|Centrafrique|centrafricain*|République centrafricaine"
        "|República Centroafricana|centroafrican*|República Centro-Africana"
        "|Zentralafrikanische Republik|Zentralafrikanischen Republik|جمهورية أفريقيا الوسطى"
        "|أفريقيا الوسطى|افريقيا الوسطى|جمهوری آفریقای مرکزی|Центральноафриканск*|ЦАР"
        "|Orta Afrika Cumhuriyeti|Republik Afrika Tengah",
        "Faustin-Archange Touadéra|Touadéra|Touadera",
    ),
    "KM": (
        "Comoros",
        "Comoros|Comorian|Comores|comorien*|Comoras|comorense*|Komoren|komorisch*|جزر القمر"
        "|کومور|Коморы|Коморских|Коморск*|Komorlar|Komoro",
        "Azali Assoumani|Azali",
    ),
    "CD": (
        "Democratic Republic of the Congo",
        "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC"
        "|Congo-Kinshasa|République démocratique du Congo|RDC|RD Congo"
        "|République Démocratique du Congo|República Democrática del Congo"
        "|República Democrática do Congo|Demokratische Republik Kongo"
        "|Demokratischen Republik Kongo|DR Kongo|Kongo-Kinshasa|جمهورية الكونغو الديمقراطية"
        "|الكونغو الديمقراطية|جمهوری دموکراتیک کنگو|Демократическая Республика Конго"
        "|Демократической Республики Конго|Демократической Республике Конго|ДРК"
        "|Kongo Demokratik Cumhuriyeti|Republik Demokratik Kongo|RD Kongo",
        "Félix Tshisekedi|Felix Tshisekedi|Tshisekedi|Joseph Kabila|Kabila",
    ),
    "DJ": (
        "Djibouti",
        "Djibouti|Djiboutian|djiboutien*|Yibuti|Djibuti|Dschibuti|dschibutisch*|جيبوتي|Джибути"
        "|Cibuti",
        "Ismaïl Omar Guelleh|Ismail Omar Guelleh|Guelleh",
    ),
    "GQ": (
        "Equatorial Guinea",
        "Equatorial Guinea|Equatorial Guinean|Equatoguinean|Guinée équatoriale|équato-guinéen*"
        "|Guinea Ecuatorial|ecuatoguinean*|Guiné Equatorial|equato-guineense*|Äquatorialguinea"
        "|äquatorialguineisch*|غينيا الاستوائية|گینه استوایی|Экваториальная Гвинея"
        "|Экваториальной Гвинеи|Экваториальную Гвинею|Ekvator Ginesi|Guinea Khatulistiwa",
        "Teodoro Obiang|Obiang",
    ),
    "SZ": (
        "Eswatini",
        "Eswatini|Swaziland|Swazi|Esuatini|Essuatíni|Suazilandia|Suazilândia|Swasiland|إسواتيني"
        "|سوازيلاند|سوازیلند|اسواتینی|Эсватини|Свазиленд*|Esvatini",
        "Mswati III|King Mswati|Mswati",
    ),
    "GA": (
        "Gabon",
        "Gabon|Gabonese|gabonais*|Gabón|gabonés|Gabão|gabonense*|Gabun|Gabuns|gabunisch*"
        "|الغابون|گابن|Габон*|габонск*",
        "Brice Clotaire Oligui Nguema|Oligui Nguema|Ali Bongo",
    ),
    "GM": (
        "Gambia",
        "Gambia|Gambian|Gambie|gambien*|gambian*|Gâmbia|gambisch*|غامبيا|گامبیا|Гамби*"
        "|гамбийск*|Gambiya",
        "Adama Barrow",
    ),
    "GH": (
        "Ghana",
        "Ghana|Ghanaian|ghanéen*|ghanés|ghanesa|Gana|ganense*|ghanaisch*|غانا|Гана|Ганы|Гане"
        "|Гану|ганск*",
        "Nana Akufo-Addo|Nana Addo Dankwa Akufo-Addo|Akufo-Addo|John Mahama|John Dramani Mahama"
        "|Mahama",
    ),
    "GN": (
        "Guinea",
        "Guinea|Guinean|Guinée|guinéen*|guinean*|Guiné|Guinea-Conakry|Guinée-Conakry|guineisch*"
        "|غينيا|گینه|Гвине*|гвинейск*|Gine|Gineli",
        "Mamadi Doumbouya|Doumbouya|Alpha Condé",
    ),
    "GW": (
        "Guinea-Bissau",
        "Guinea-Bissau|Guinea Bissau|Bissau-Guinean|Guinée-Bissau|bissau-guinéen*"
        "|Bissau-Guinéen*|Bissau-guinéen*|Guinea-Bisáu|Guiné-Bissau|Guiné Bissau"
        "|غينيا بيساو|گینه بیسائو|Гвинея-Бисау|Гвинеи-Бисау|Гвинее-Бисау|Gine-Bissau",
        "Umaro Sissoco Embaló|Sissoco Embaló|Embaló|Embalo",
    ),
    "KE": (
        "Kenya",
        "Kenya|Kenyan|kényan*|Kenia|kenian*|keniata*|Quénia|Quênia|quenian*|Kenias|كينيا"
        "|الكيني*|کنیا|Кения|Кении|Кению|кенийск*",
        "William Ruto|Ruto|Uhuru Kenyatta|Kenyatta",
    ),
    "LS": (
        "Lesotho",
        "Lesotho|Basotho|Mosotho|Lesoto|ليسوتو|لسوتو|Лесото",
        "",
    ),
    "LR": (
        "Liberia",
        "Liberia|Liberian|Libéria|libérien*|liberian*|Liberias|ليبيريا|لیبریا|Либери*"
        "|либерийск*|Liberya",
        "Joseph Boakai|Boakai|George Weah",
    ),
    "MG": (
        "Madagascar",
        "Madagascar|Malagasy|malgache*|Madagáscar|Madagaskar*|madagassisch*|مدغشقر|ماداگاسکار"
        "|Мадагаскар*|мадагаскарск*",
        "Andry Rajoelina|Rajoelina",
    ),
    "MW": (
        "Malawi",
        "Malawi|Malawian|malawien*|Malaui|malauí|malawian*|malauian*|malawisch*|مالاوي|Малави"
        "|малавийск*",
        "Lazarus Chakwera|Chakwera|Peter Mutharika|Mutharika",
    ),
    "MU": (
        "Mauritius",
        "Mauritius|Mauritian|île Maurice|Île Maurice|Ile Maurice|mauricien*|mauriciano|موريشيوس"
        "|Маврики*|маврикийск*",
        "",
    ),
    "NA": (
        "Namibia",
        "Namibia|Namibian|Namibie|namibien*|namibio|namibia|namibios|namibian*|Namíbia"
        "|namibisch*|ناميبيا|Намиби*|намибийск*|Namibya",
        "Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah|Hage Geingob|Geingob|Nangolo Mbumba",
    ),
    "NE": (
        "Niger",
        "Niger|Nigerien|nigérien*|Níger|nigerino|nigerina|nigerinos|nigerinas|nigrisch*|النيجر"
        "|نیجر|Нигер|Нигера|Нигере|нигерск*|Nijer",
        "Abdourahamane Tiani|Abdourahamane Tchiani|Tiani|Tchiani|Mohamed Bazoum|Bazoum",
    ),
    "PS": (
        "Palestine",
        "Palestine|Palestinian|Palestinian Authority|palestinien*|Palestina|palestin*|Palästina"
        "|palästinensisch*|فلسطين|الفلسطيني*|السلطة الفلسطينية|فلسطین*|Палестин*|палестинск*"
        "|Filistin*",
        "Mahmoud Abbas|Mahmud Abbas|محمود عباس|Махмуд Аббас",
    ),
    "CG": (
        "Republic of the Congo",
        "Republic of the Congo|Republic of Congo|Congo-Brazzaville|Congo Brazzaville"
        "|Congo-Brazza|République du Congo|República del Congo|República do Congo"
        "|Republik Kongo|Kongo-Brazzaville|جمهورية الكونغو|الكونغو برازافيل|کنگو برازاویل"
        "|Республика Конго|Республики Конго|Конго-Браззавиль|Kongo Cumhuriyeti",
        "Denis Sassou Nguesso|Sassou Nguesso|Sassou-Nguesso",
    ),
    "SC": (
        "Seychelles",
        "Seychelles|Seychellois|seychellois*|Seychellen|سيشل|Сейшел*|Seyşeller",
        "",
    ),
    "SL": (
        "Sierra Leone",
        "Sierra Leone|Sierra Leonean|sierra-léonais*|Sierra Leona|sierraleonés|Serra Leoa"
        "|سيراليون|سیرالئون|Сьерра-Леоне",
        "Julius Maada Bio|Maada Bio",
    ),
    "SO": (
        "Somalia",
        "Somalia|Somali|Somalie|somalien*|somalí|Somália|somalisch*|الصومال*|سومالی*|Сомали"
        "|сомалийск*",
        "Hassan Sheikh Mohamud",
    ),
    "SS": (
        "South Sudan",
        "South Sudan|South Sudanese|Soudan du Sud|sud-soudanais*|Sudán del Sur|sursudanés"
        "|Sudão do Sul|sul-sudanês|Südsudan|Südsudans|südsudanesisch*|جنوب السودان|سودان جنوبی"
        "|Южный Судан|Южного Судана|Южном Судане|Южному Судану|южносуданск*|Güney Sudan"
        "|Sudan Selatan",
        "Salva Kiir",
    ),
    "ST": (
        "São Tomé and Príncipe",
        "São Tomé and Príncipe|Sao Tome and Principe|São Tomé e Príncipe|Sao Tomé-et-Principe"
        "|São Tomé-et-Principe|Santo Tomé y Príncipe|São Tomé und Príncipe|ساو تومي وبرينسيب"
        "|سائوتومه و پرنسیپ|Сан-Томе и Принсипи",
        "",
    ),
    "TZ": (
        "Tanzania",
        "Tanzania|Tanzanian|Tanzanie|tanzanien*|tanzan*|Tanzânia|Tansania|Tansanias|tansanisch*"
        "|تنزانيا|تانزانیا|Танзани*|танзанийск*|Tanzanya*",
        "Samia Suluhu Hassan|Samia Suluhu|John Magufuli|Magufuli",
    ),
    "TG": (
        "Togo",
        "Togo|Togolese|togolais*|togolés|togolesa|togolense*|Togos|togoisch*|توغو|توگو|тоголезск*",
        "Faure Gnassingbé|Faure Gnassingbe|Gnassingbé",
    ),
    "ZM": (
        "Zambia",
        "Zambia|Zambian|Zambie|zambien*|zambian*|Zâmbia|Sambia|Sambias|sambisch*|زامبيا|Замби*"
        "|замбийск*|Zambiya",
        "Hakainde Hichilema|Hichilema|Edgar Lungu",
    ),
}

# Bengali names, as stems ("ইরানের", Iran's; "ইরানি", Iranian), and the
# Bengali spellings of rulers' names, added to the table above.
_BENGALI: dict[str, tuple[str, str]] = {
    "IR": ("ইরান*", "খামেনি*|খামেনী*|খামেনেয়ী*|খামেনেই*|রুহানি*|রাইসি*|পেজেশকিয়ান*"),
    "BD": ("বাংলাদেশ*", "সাহাবুদ্দিন*|শাহাবুদ্দিন*|আবদুল হামিদ*|আব্দুল হামিদ*"),
    "AF": ("আফগানিস্তান*|আফগান*", "আশরাফ গনি*|কারজাই*|আখুন্দজাদা*"),
    "PK": ("পাকিস্তান*", ""),
    "IN": ("ভারত*", ""),
    "MM": ("মিয়ানমার*|মায়ানমার*|বার্মা*", ""),
    "SA": ("সৌদি*", ""),
    "AE": ("সংযুক্ত আরব আমিরাত*|আমিরাত*", ""),
    "US": ("যুক্তরাষ্ট্র*|মার্কিন*|আমেরিকা*", ""),
    "RU": ("রাশিয়া*|রুশ*", "পুতিন*"),
    "MA": ("মরক্কো*", ""),
    "EG": ("মিসর*|মিশর*", ""),
    "KW": ("কুয়েত*", ""),
    "QA": ("কাতার*", ""),
    "OM": ("ওমান*", ""),
    "BH": ("বাহরাইন*", ""),
    "LK": ("শ্রীলঙ্কা*", ""),
    "NP": ("নেপাল*", ""),
    "CN": ("চীন*", ""),
    "TR": ("তুরস্ক*", ""),
    "IQ": ("ইরাক*", ""),
    "SY": ("সিরিয়া*", ""),
    "TH": ("থাইল্যান্ড*", ""),
    "VN": ("ভিয়েতনাম*", ""),
    "KH": ("কম্বোডিয়া*", ""),
    "ID": ("ইন্দোনেশিয়া*", ""),
    "MY": ("মালয়েশিয়া*", ""),
    "JO": ("জর্ডান*", ""),
    "DZ": ("আলজেরিয়া*", ""),
    "TN": ("তিউনিসিয়া*", ""),
    "UZ": ("উজবেকিস্তান*", ""),
    "AZ": ("আজারবাইজান*", ""),
    "BY": ("বেলারুশ*", ""),
    "CU": ("কিউবা*", ""),
}
for _code, (_aliases, _leaders) in _BENGALI.items():
    _name, _known, _rulers = COUNTRIES[_code]
    COUNTRIES[_code] = (_name, f"{_known}|{_aliases}", "|".join(filter(None, (_rulers, _leaders))))

# Titles and offices of those who pardon, in every supported language.
TITLES = normalize(
    r"supreme leader|leader|king|queen|emir|amir|sultan|president|monarch|sheikh|crown prince"
    r"|prime minister|government|authorities|junta|ruler|head of state|judiciary|regime"
    r"|parliament|state administration council|military|majesty|highness"
    r"|governor-general|governor general|gouverneur général|presidenta|présidente|präsidentin"
    r"|roi|reine|émir|président|souverain|gouvernement|autorités|monarque"
    r"|rey|presidente|gobierno|autoridades|emir|monarca|rei|governo"
    r"|re|regina|emiro|sultano|sovrano|capo dello stato|autorità|guida suprema|sceicco"
    r"|könig|präsident|staatschef|regierung|revolutionsführer|behörden|herrscher"
    r"|президент\w*|власт\w*|правительств\w*|король"
    r"|cumhurbaşkanı\w*|devlet başkanı\w*|kral\w*|hükümet\w*|presiden|pemerintah|raja"
    r"|chủ tịch nước|tổng thống|nhà vua|quốc vương|thủ tướng|chính phủ|chính quyền|nhà chức trách"
    r"|الملک|العاهل|الرییس|رییس|الامیر|امیر|السلطان|سلطان|الشیخ|الحکومه|السلطات|ملک"
    r"|رهبر|رییس جمهور|مقام معظم رهبری|دولت|قوه قضاییه|خادم الحرمین"
    # Bengali: a title with its case ending ("নেতার", the Leader's)
    r"|(?:সর্বোচ্চ\s+(?:ধর্মীয়\s+)?নেতা|সুপ্রিম\s+লিডার|রাষ্ট্রপতি|প্রেসিডেন্ট|রাজা|বাদশা"
    r"|আমির|সুলতান|প্রধানমন্ত্রী|সরকার|কর্তৃপক্ষ|জান্তা|বিচার\s+বিভাগ)[\u0980-\u09ff]*"
    r"|राष्ट्रपति|सर्वोच्च नेता|सुप्रीम लीडर|नेता|राजा|सरकार|प्रधानमंत्री|न्यायपालिका|शासक"
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


# the former ruler of a country's independence day ("independence from British
# colonial rule", "l'indépendance vis-à-vis de la France") grants nothing
_FORMER_BEFORE = re.compile(
    r"(?:independence|liberation|freedom|independent)\s+from\s+(?:the\s+)?$"
    r"|(?:indépendance|libération)\s+(?:vis-à-vis\s+)?(?:de\s+la\s+|du\s+|de\s+l'|des\s+)$",
    re.IGNORECASE,
)
_FORMER_AFTER = re.compile(
    r"\s*(?:colonial|colonialism|colonizers|colonisers|coloniale?|colonialisme)\b",
    re.IGNORECASE,
)


def _former_ruler(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(_FORMER_BEFORE.search(before) or _FORMER_AFTER.match(text, end))


def _left_ok(text: str, start: int, alias: str) -> bool:
    # (a Bengali vowel sign is no letter to isalnum, but is inside a word: "প্রাচীন")
    if start == 0 or not (text[start - 1].isalnum() or "\u0980" <= text[start - 1] <= "\u09ff"):
        return True
    if _is_arabic(alias) and text[start - 1] in _PROCLITICS:
        return start == 1 or not text[start - 2].isalnum()
    return False


def name_of(code: str | None) -> str | None:
    """English short name of a country code."""
    return COUNTRIES[code][0] if code in COUNTRIES else None


def country_mentions(text: str) -> list[CountryMention]:
    """Every country or leader named in ``text`` (normalised), left to right.

    Of overlapping names the one that starts first is kept, the longest on a tie.
    """
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
            said = text[start : end + 1]
            # as written, or in capitals in a dateline ("VIETNAM, Aug 31 -", "THAILAND:")
            capitals = len(alias) >= 4 and said == alias.upper()
            if not _is_arabic(alias) and said != alias and not capitals:
                continue
            if _former_ruler(text, start, end + 1):
                break
            out.append(CountryMention(start, end + 1, code, leader))
            break
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[CountryMention] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _few_words(gap: str) -> bool:
    """Whether ``gap`` holds at most three words: a possessive and an adjective or
    two, not a clause."""
    return len(gap.split()) <= 3


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
            # "Iran's Supreme Leader", "Myanmar's military-run government"; not a title
            # a clause later ("headed to the United States after being released
            # under a government amnesty")
            after = 0 <= start - mention.end <= 40 and _few_words(text[mention.end : start])
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
