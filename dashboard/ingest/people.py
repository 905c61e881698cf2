"""Who a phrase names: "Kassym-Jomart Tokayev", "President Aliyev", "the Kazakh leader", "he".

Resolution order (each with the confidence it earns):
1. a full name or known surname/alias of an office holder in office on the article's date (0.95);
2. a surname of someone named in full earlier in the article (0.9);
3. a country word plus an office word ("the Kazakh leader", "President of Kazakhstan") -> the
   holder of that office on the date, from data/reference/officeholders.csv (0.85);
4. a pronoun or "the head of state"/"the president" alone -> the last named speaker (0.75);
5. a country word plus a bare "minister" ("the Azerbaijani minister") names no office, so it is the
   minister of that country named last in the article (0.8); when none was named it stays unresolved
   rather than guessing which ministry (docs/extraction.md, "The rules");
6. last, a surname of someone the table does not know, named in full after a title in running text
   ("Trade Minister Ömer Bolat") or as a speaker, is that person (0.6).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from dashboard.data import officeholders
from dashboard.data.sources import publisher_names
from dashboard.data.text import fold

from . import places
from .cheap import lowered
from .name_forms import english_spelling, holder_spelling, ru_nominative, ru_nominative_of_genitive, spelled_alike
from .name_forms import ru_nominative_of_oblique  # round 43
from .name_forms import ru_nominative_of_dative  # round 26
from .name_forms import az_nominative  # round 28
from .name_forms import az_accusative_stripped  # round 95 (q3)
from .name_forms import az_name_before_genitive_phrase  # round 76
from .name_forms import turkic_surname  # round 101 (q2): "Mehmet Akif Soydan", no "-ov" second, is two given names
from .romanize import is_cyrillic, romanize

PRONOUNS = ("he", "she", "the head of state", "the president", "the leader", "the minister",
            "the prime minister", "the foreign minister", "the latter", "the former",
            # round 20: the wires' "the top diplomat" (the foreign minister, as "the foreign minister")
            "the top diplomat",
            # Azerbaijani: "the president", "our head of state", "the head of state", "the (prime) minister" (APA, Report.az)
            "prezident", "dövlətimizin başçısı", "dövlət başçısı", "nazir", "baş nazir",
            # Turkish: "the president", "the minister"; Russian: he, she, "the president", "the leader"
            "cumhurbaşkanı", "bakan", "он", "она", "президент", "лидер", "министр",
            # Azerbaijani "the expert"/"the economist" after a named expert ('"…", – ekspert vurğulayıb')
            "ekspert", "iqtisadçı", "analitik")
# Azerbaijani and Turkish "he/she" ('"…", - o bildirib'): a pronoun only when it is the whole phrase (as a
# word in a clause it is as often "that").
PRONOUNS_ALONE = ("o",)
# Round 15: Azerbaijani "the head of the (Uzbek) delegation" after a quote ('“…”, – deyə özbək nümayəndə heyətinin
# rəhbəri bildirib') is a bare title, as "nazir" is: the last speaker (quotes.py reads the paragraph's lead for him)
_DELEGATION_HEAD = re.compile(r"^(?:[\w'’]+\s+)?nümayəndə\s+heyətinin\s+(?:rəhbəri|başçısı)$")
# Words for "the head of state" that, before anyone has spoken, mean the article's first-named head of
# state: Kazinform's "the Head of State noted that" is Tokayev, APA's "dövlətimizin başçısı" Aliyev.
HEAD_OF_STATE_WORDS = ("the head of state", "head of state", "dövlətimizin başçısı", "dövlət başçısı",
                       "the president",  # round 26: "The President emphasized that “…”" before anyone spoke
                       # round 37: the same bare title in Azerbaijani, Russian and Turkish ('“…”, – deyə Prezident
                       # bildirib' under "Prezident İlham Əliyev … qəbul edib")
                       "prezident", "президент", "cumhurbaşkanı")
# A title that names one person, not an office ("the National Leader of the Turkmen people").
TITLES_OF_ONE = {"national leader of the turkmen people": "Gurbanguly Berdimuhamedow",
                 "leader of the nation": "Nursultan Nazarbayev", "elbasy": "Nursultan Nazarbayev",
                 # round 73 (history73): Azerbaijani press calls Heydar Aliyev "ümummilli lider" (the national leader)
                 # and "ulu öndər" (the great leader): "Ümummilli lider toplantıdakı çıxışında … “…” deyib" (dev/1161)
                 "ümummilli lider": "Heydar Aliyev",
                 # round 74 (oped74): "Туркменбаши" (Head of the Turkmen), Saparmurat Niyazov's title, names him as a
                 # speaker ("За обедом Туркменбаши неожиданно сказал: «…»", dev/1179); the city of that name is places'
                 "туркменбаши": "Saparmurat Niyazov"}
# Round 74 (oped74): a one-word title of one stands among the words of a longer speaker phrase ("За обедом Туркменбаши
# неожиданно сказал"): read it there, capitalised and not after a preposition of place (the city Туркменбаши is one)
_ONE_WORD_TITLES_OF_ONE = tuple(title for title in TITLES_OF_ONE if " " not in title)
_ONE_WORD_TITLE_IN_PHRASE = re.compile(r"(?<!\S)(?<!в )(?<!из )(?<!до )(?<!города )(?<!порт )(?<!порта )"
                                       rf"({'|'.join(title.capitalize() for title in _ONE_WORD_TITLES_OF_ONE)})(?!\w)")


def _one_word_title_of_one(phrase: str) -> str:
    """The key of TITLES_OF_ONE a speaker phrase holds as one capitalised word ("Туркменбаши", "Elbasy"), or ""."""
    m = _ONE_WORD_TITLE_IN_PHRASE.search(phrase)
    return m[1].lower() if m else ""


# Round 46 (quotes): the honorifics that name one person in any language and case ("По словам Героя-Аркадага", "the
# Hero-Arkadag said", "Kahraman Arkadağ'ın", "Arkadaqın", "Елбасы"): Turkmen press calls Gurbanguly Berdimuhamedow
# Arkadag (the Protector), Kazakh press Nazarbayev Elbasy; each is read as TITLES_OF_ONE's key (whole phrase only)
# Round 66 (quotes66): the states whose head of state the law titles "Лидер нации" (Peshvoi millat: Tajikistan's)
_NATION_LEADER_STATES = frozenset({"TJK"})
_EPITHETS_OF_ONE = (
    (re.compile(r"(?:the\s+)?(?:(?:hero|герой|героя|герою|героем|герое|kahraman|qəhrəman|gahryman)[\s\-]+)?"
                r"(?:arkadag|arkadağ|arkadaq|аркадаг)(?:а|у|ом|е|['’]?[a-zəıöüşçğ]{1,4})?"),
     "national leader of the turkmen people"),
    (re.compile(r"(?:национальн\w+\s+лидер\w*\s+туркменского\s+народа)"), "national leader of the turkmen people"),
    # round 86 (n1): the English title told with the state, "Turkmenistan's National Leader" (dev/1314): the father's
    # title, not the office of the state's head (the president)
    (re.compile(r"(?:the\s+)?(?:turkmenistan['’]s\s+national\s+leader|national\s+leader\s+of\s+turkmenistan)"),
     "national leader of the turkmen people"),
    (re.compile(r"(?:the\s+)?(?:elbasy|елбасы)(?:['’]?[a-zəıöüşçğ]{1,4})?"), "elbasy"),
    (re.compile(r"(?:ümummilli\s+lider|ulu\s+öndər)(?:in|i|ə|dən)?|общенациональн\w+\s+лидер\w*"), "ümummilli lider"))
# Russian country adjectives (stems) before an office word: "азербайджанский лидер", "турецкий президент"
# (places knows the Russian country names, "Турции", not these adjectives).
RU_COUNTRY_ADJECTIVES = {"азербайджанск": "AZE", "турецк": "TUR", "казахстанск": "KAZ", "казахск": "KAZ",
                         "узбекистанск": "UZB", "узбекск": "UZB", "кыргызск": "KGZ", "киргизск": "KGZ",
                         "туркменск": "TKM", "таджикск": "TJK", "венгерск": "HUN",
                         # round 67 (quotesru67): the one Cyprus the tables know is the Turkish Cypriot state ("Кипрский
                         # министр поддержал …" after "министр … Турецкой Республики Северного Кипра X Y", dev/1086)
                         "кипрск": "CYN"}
_RU_OFFICE = re.compile(r"^(?P<adj>[а-яё]+?)(?:ий|ый|ого|ому|им|ом)\s+(?P<office>лидер|президент|премьер|"
                        r"министр иностранных дел|глава государства)$")
# "глава азербайджанского государства" (the head of the Azerbaijani state): the adjective after the noun
# (round 28: "глава казахстанского правительства", the head of the Kazakh government, is its prime minister)
_RU_HEAD_OF_STATE = re.compile(r"^глав[аеуыой]{1,2}\s+(?P<adj>[а-яё]+?)(?:ого)\s+(?P<office>государства|правительства)$")
_RU_OFFICES = {"государства": "President", "правительства": "Prime Minister", "глава правительства": "Prime Minister", "лидер": "President", "президент": "President", "глава государства": "President",
               "премьер": "Prime Minister", "министр иностранных дел": "Foreign Minister"}
# "the Kazakh minister", "Azerbaijan's minister": a country word and "minister" with no ministry named.
_BARE_MINISTER = re.compile(r"^(?:the\s+)?(?P<country>[\w'’\- ]{3,40}?)\s+minister$", re.I)
# A capital letter of the Latin and Cyrillic scripts the articles use. Latin Extended-A mixes cases
# (Ş ş, Ğ ğ, İ ı side by side), so the class is built from its capitals only: a lower-case ş or ı must
# not start a "name" ("şunları söyledi" is no person).
# Round 51 (quotes_gaps51): and the Kazakh and Kyrgyz letters Russian has not ("Нурдаулет Қилыбай", "Жээнбек
# Өмүралиев"), so that their names are read as the Russian ones (romanize gives them BGN/PCGN Latin)
KAZAKH_KYRGYZ_CAPITALS = "ӘҒҚҢӨҰҮҺІ"
CAPITALS = ("A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "ƏЁА-Я"
            + KAZAKH_KYRGYZ_CAPITALS)
# Round 14: lower-case particles inside a name, between capitalised words ("Ursula von der Leyen", "Ludwig van
# den Berg", "Mohammed bin Salman"); not "de"/"da", which Turkish puts after a name ("Hasan Özbey de …")
NAME_PARTICLES = r"von|van|der|den|ter|bin|ibn|zu"
_PARTICLE_WORDS = frozenset(NAME_PARTICLES.split("|"))
NAME_RUN = re.compile(rf"[{CAPITALS}][\w'’\-]+(?:\s+(?:(?:{NAME_PARTICLES})\s+){{0,2}}[{CAPITALS}][\w'’\-]+){{0,5}}")
# Ministry words are part of a title, not of a name: "Kazakh Trade Minister Bakhyt Sultanov".
_MINISTRY_WORDS = {"trade", "economy", "energy", "finance", "defence", "defense", "transport", "agriculture",
                   "culture", "education", "health", "justice", "interior", "industry", "digital", "development",
                   "ministry", "integration", "investment", "investments", "labour", "emergency", "situations",
                   # round 39 (visits C): "Minister of Economy and Commerce X Y", "Minister of Tourism and Sports X Y"
                   "commerce", "tourism", "sports"}
_TITLE_WORDS = _MINISTRY_WORDS | {"president", "prime", "minister", "foreign", "leader", "head", "state", "ambassador", "deputy",
                "chairman", "speaker", "mr", "mrs", "ms", "national", "the", "of", "and", "his", "her", "counterpart",
                # (round 47: not "said", which is a name as well, "Davlatali Said" … '“…,” Said said')
                "affairs", "he", "she", "told", "added", "noted", "stated",
                # occupations before a name ("İqtisadçı Rauf Qarayev", "экономист Ерлан Абдикаримов")
                # ("İ".lower() is "i" and a combining dot: the capitalised word's own lower case)
                "iqtisadçı", "İqtisadçı".lower(), "ekspert", "analitik", "politoloq", "economist", "analyst", "expert",
                # round 24: more English occupations capitalised at a sentence's start ("Sociologist X Y told …")
                "sociologist", "historian", "journalist", "commentator", "columnist", "consultant", "lawyer",
                "orientalist", "turkologist", "scholar", "banker", "diplomat", "businessman", "businesswoman",
                "entrepreneur", "activist", "blogger",
                # round 38 (found re-planting its tests): a university's head before his name ("Rector X Y", "Rector Y")
                "rector", "prorector",
                # round 106 (h2): and the Turkish rector's, bare before his surname after his quote ('"…," diye konuştu
                # Rektör Smagulov.' under "Üniversitenin Rektörü Prof. Dr. Jandos Smagulov", dev/1568)
                "rektör",
                # round 32: business people capitalised at a sentence's start ("Hotelier X Y, who owns …", "Investor X Y")
                "hotelier", "investor", "exporter", "importer", "farmer", "scientist",
                # round 37 (English quotes A): a Kazakh region's or city's governor ("Akim X Y said …")
                "akim",
                # Round 85 (k4): an Uzbek one's by his own word, capitalised before his name ('"…," diyen Hokim X Y',
                # "Hokim Y başkanlığındaki heyet"): a title, no given name (dev/1309)
                "hokim", "khokim",
                # round 37 (English quotes B): a job title's last word before the name ("Chief Executive Officer X Y",
                # "Chief Engineer X Y", "Truck driver X Y") is no given name
                "officer", "engineer", "driver", "trader", "teacher", "manager", "founder", "owner", "doctor",
                "student", "worker", "shopkeeper", "pilot", "technician", "accountant", "architect",
                "lecturer", "surgeon", "nurse", "miner", "builder", "merchant", "broker", "vendor",
                # round 38 (English quotes): "Osh resident X Y", "Freight forwarder X Y", "Tour guide X Y"
                "co-owner", "co-founder", "resident", "grower", "retailer", "wholesaler", "forwarder", "editor", "chef",
                "guide",
                # round 33 (English full quotes): plural titles before two surnames ("Presidents Erdoğan and Tokayev",
                # "Foreign Ministers Fidan and Bayramov") are no given name of the first
                "presidents", "ministers", "leaders", "premiers", "ambassadors", "envoys", "chairmen", "heads",
                # Turkish titles are capitalised ("Ticaret Bakanı Ömer Bolat", "Cumhurbaşkanı Erdoğan")
                "bakan", "bakanı", "ticaret", "dışişleri", "ekonomi", "enerji", "cumhurbaşkanı", "başbakan", "başbakanı",
                # round 24: "Başkan Erdoğan" (Sabah, A Haber: the president called chairman of his party)
                "başkan",
                # round 20: the honorific of a late leader ("Ulu Önder Haydar Aliyev", "Ulu Önder Atatürk")
                "ulu", "önder",
                # round 98 (q3): a veteran's honorific, Atatürk's own ('Gazi Mustafa Kemal Atatürk'ün "…"', dev/1464)
                "gazi",
                # round 44: the Turkish "Mr"/"Ms" before a name or title ("Sayın Cabbarov bana açıkça '…' dedi")
                "sayın",
                # round 21: Turkish business occupations capitalised at a sentence's start ("Yatırımcı Hasan Aksoy")
                "yatırımcı", "yatırımcısı", "girişimci", "girişimcisi", "ihracatçı", "ihracatçısı", "sanayici",
                "gazeteci", "üretici", "üreticisi", "tüccar", "İhracatçı".lower(), "İhracatçısı".lower(),
                "nakliyeci", "lojistikçi", "otelci", "turizmci", "çiftçi", "esnaf",
                # round 21: Turkish locatives opening a sentence before its subject are no part of a name
                # ("Görüşmede Aliyev, … dedi" is Aliyev; as RU_OPENING_ADVERBS for Russian)
                *(word.lower() for word in ("Görüşmede", "Görüşmelerde", "Toplantıda", "Ziyarette", "Açıklamada",
                                            "Konuşmada", "Törende", "Forumda", "Zirvede", "Oturumda", "Mesajında",
                                            "Ayrıca", "Öte", "Bugün", "Dün", "Ardından", "Sonrasında",
                                            "Ziyaretinde", "Görüşmesinde", "Toplantısında", "Konuşmasında",
                                            "İlk", "Daha"))}

# Russian titles and occupations, capitalised at a sentence's start ("Экономист Азамат Келдибеков считает",
# "Посол Рустам Назарзода"): no part of the name after them
_TITLE_WORDS |= {"экономист", "эксперт", "аналитик", "политолог", "министр", "посол", "президент", "премьер-министр",
                 "вице-премьер", "заместитель", "председатель", "глава", "замминистра",
                 "директор", "руководитель", "советник", "сотрудник",  # round 14
                 # round 36: occupations of the people local papers quote ("Бизнесмен Эрмек Сатаркулов, поставляющий …")
                 "бизнесмен", "бизнесвумен", "предприниматель", "предпринимательница", "водитель", "фермер",
                 "перевозчик", "дальнобойщик", "экспортер", "экспортёр", "импортер", "импортёр", "торговец",
                 "продавец", "пенсионер", "пенсионерка", "студент", "студентка", "экономистка",
                 # round 40 (Russian quotes): more occupations experts are quoted by ("Энергетик Азамат Борончиев считает")
                 "энергетик", "юрист", "инженер", "историк", "журналист", "журналистка", "социолог", "финансист",
                 "логист", "аграрий", "востоковед", "тюрколог", "банкир", "эколог", "аналитика", "экспертка",
                 # round 101 (q1): clerics and scholars of religion ("Муфтий Кыргызстана Замирбек Абдыкалыков",
                 # "Религиовед Асель Нурмаганбетова считает", dev/1498)
                 "муфтий", "религиовед", "богослов", "теолог",
                 # round 107 (h2): a railwayman's trade opening a sentence ("Машинист Серик Утегенов, который провел
                 # через Болашак первый поезд, говорит …", dev/1583)
                 "машинист"}


# Office words of Azerbaijani and Turkish reports (stems: "Azərbaycan Prezidenti", "Dışişleri Bakanı"),
# for when officeholders.office_of, which reads English ones, finds none.
OTHER_OFFICE_WORDS = {"prezident": officeholders.HEAD_OF_STATE, "cumhurbaşkan": officeholders.HEAD_OF_STATE,
                      "dövlət başçı": officeholders.HEAD_OF_STATE, "baş nazir": "Prime Minister",
                      "başbakan": "Prime Minister", "xarici işlər nazir": "Foreign Minister",
                      "dışişleri bakan": "Foreign Minister"}

# Azerbaijani and Turkish "leader" of a country: '“…”, - deyə Türkiyə lideri bildirib' is Türkiye's president
OTHER_OFFICE_WORDS["lider"] = officeholders.HEAD_OF_STATE
# Round 16: Azerbaijani "the head of the MFA" (XİN, Xarici İşlər Nazirliyi), as the Russian "глава МИД": the foreign
# minister ('– deyə Macarıstan XİN başçısı bildirib'; "XİN".lower() keeps the dot of İ as a combining mark)
OTHER_OFFICE_WORDS |= {f"{xin} {head}": "Foreign Minister"
                       for xin in ("xin", "XİN".lower()) for head in ("başçı", "rəhbər")}


# Round 13: a deputy's, an aide's or an institution's title holds the office word but names no holder of the office:
# "Türkiyənin vitse-prezidenti Fuat Oktay", "Cumhurbaşkanı Yardımcısı Cevdet Yılmaz", "Baş nazirin müavini",
# "Prezidentin köməkçisi", "Cumhurbaşkanlığı Sözcüsü", "Prezident Administrasiyasının rəhbəri" (taken out first)
# Round 14: likewise a ministry's title ("Dışişleri Bakanlığı Sözcüsü Ayhan Hacızade", "Xarici İşlər Nazirliyinin
# mətbuat katibi"), which holds the minister's office words but is the ministry's, no minister's
_NOT_THE_OFFICE = re.compile(r"vitse-\w+|\w+\s+(?:yardımcı|müavin|köməkçi|müşavir|danışman|başdanışman)\w*"
                             r"|cumhurbaşkanlığı\w*|prezident\s+administrasiya\w*|\w*bakanlığı\w*|\w*nazirliy\w*"
                             r"|devlet\s+başkanlığı\w*"  # (round 18: "Devlet Başkanlığı", the presidency)
                             # round 102 (q2): a body's president or leader, its noun in the possessive genitive
                             # ("Azərbaycan Şahmat Federasiyasının prezidenti X Y", "Özbəkistan komandasının lideri",
                             # dev/1512), not the state's: the state's own is "Respublikasının Prezidenti"
                             r"|\w+(?<!respublika)s[ıiuü]n[ıiuü]n\s+(?:prezident|lider)\w*")


def other_office(phrase: str) -> str | None:
    low = phrase.lower()
    office = next((office for word, office in OTHER_OFFICE_WORDS.items() if word in low), None)
    if office is not None and _NOT_THE_OFFICE.search(low):  # round 13 (most phrases hold no office word at all)
        low = _NOT_THE_OFFICE.sub(" ", low)
        office = next((office for word, office in OTHER_OFFICE_WORDS.items() if word in low), None)
    return office


# An Azerbaijani or Turkish common noun declined, which no word of a full name is: a plural (possessive)
# or with a case ending ("Türk Devletleri", "Məşvərət Görüşlərinə"), a third-person possessive with one ("Respublikasının",
# "Zirvesinde"), a locative/ablative after ı/i/ü ("Görüşündə"). Names in full that say something carry
# no case ending, so the unlisted name of rule 6 must have no word of this shape (Turkish puts a name's
# own ending after an apostrophe; the shapes avoid given names like Səbinə, Linda, Valeri).
# (round 39, English quotes A: not after "oğul"/"ogul", the family names "Yazganoğulları", "Karaosmanoğulları", "sons of")
_DECLINED_NOUN = re.compile(r"(?<=\w{3})(?<!oğul)(?<!ogul)(?:lar|lər|ler)(?:ı|i|ın|in|a|ə|e|da|də|de|dan|dən|den|ına|inə|ine|ını|ini|ında|"
                            r"ində|inde|ından|indən|inden|ının|inin)$"
                            r"|(?<=\w{2})s[ıiuü]n(?:ın|in|un|ün|a|ə|e|ı|i|u|ü|da|də|de|dan|dən|den)$"
                            r"|(?<=\w{2})(?:ında|ində|inde|ündə|ünde|ından|indən|inden|ündən|ünden)$"
                            # round 23: a Russian body's adjective in a case ("Турецко-кыргызского", "Деловой
                            # Ассоциации Казахстанской") and a title in -тель ("Вице-председатель", "Руководитель"),
                            # capitalised at a sentence's start, are no word of a person's name
                            r"|(?<=\w{3})(?:ского|цкого|ской|цкой|ских|цких|ским|цким)$|(?<=\w{3})тел[ья]$"
                            r"|^[Вв]ице-")  # round 23: "Вице-президент Ассоциации …", a title, never a name


_POSSESSIVE = re.compile(r"\w['’]s\b")
# Nouns of bodies, places, regions and events, which no person's name holds: "Organization of Turkic States" is read
# as the runs "Organization" and "Turkic States", and the second must not be taken for someone's name.
_BODY_WORDS = frozenset({"states", "organization", "organisation", "council", "union", "committee", "bank", "corridor",
                         "forum", "agency", "republic", "company", "fund", "declaration", "treaty", "service",
                         "party", "assembly", "parliament", "government", "cabinet", "commission", "association",
                         "university", "institute", "centre", "center", "summit", "news", "times", "press",
                         # round 31: more newspapers' last words ("told the Visegrád Post", "the Budapest Herald")
                         "post", "herald", "tribune", "telegraph", "chronicle", "courier", "observer", "monitor",
                         "bulletin", "insider",
                         "railway", "railways", "port", "airport", "pipeline", "route", "group", "office",
                         # round 98 (v1): a burial's and a funeral prayer's places ("laid to rest at Karşıyaka Cemetery
                         # … after a funeral prayer at Kocatepe Mosque", dev/1458), no person's name
                         "cemetery", "mosque",
                         # round 25: "the Trans-Caspian International Transport Route" ("Transport Route" cut as a
                         # title's words, "Trans-Caspian International" left)
                         "international",
                         # round 38 (English quotes): a firm's last word ("…, Kumush Holding said in a statement"), no
                         # person's name, so a later "he said" is not the firm's
                         "holding", "holdings", "textiles", "industries", "logistics", "airlines", "enterprises",
                         "llc", "jsc", "plc", "ltd", "inc",
                         # round 27: Russian kinds of places and firms opening a sentence before the thing's name
                         # ("Порт Алят уже расширен", "Завод Кока-Кола …"), no person's name
                         "порт", "аэропорт", "город", "станция", "терминал", "завод", "комбинат", "компания", "банк",
                         "фонд", "холдинг", "корпорация", "месторождение", "трасса", "река", "озеро",
                         # round 25: places by their kind ("Armenia's Syunik Province", "the Fergana Valley", "Lake
                         # Issyk-Kul"), no person's name
                         "province", "region", "district", "oblast", "valley", "lake", "river", "gulf", "peninsula",
                         # the region's councils and parliaments by their own words ("Halk Maslahaty", "Milli
                         # Majlis", "Jogorku Kenesh", "Oliy Majlis", "Milli Gengesh", "Kurultai")
                         "dəhliz", "dəhlizi", "koridor", "koridoru",  # round 15: "Orta Dəhliz" (the Middle Corridor)
                         "maslahaty", "majlis", "mejlis", "majilis", "mazhilis", "kenesh", "gengesh", "kurultai",
                         # round 20: as Azerbaijani and Turkish decline them ("Milli Məclisin deputatı X Y", "Türkiye
                         # Büyük Millet Meclisi'nin")
                         "məclis", "məclisi", "məclisin", "məclisinin", "meclis", "meclisi", "meclisinin", "meclisi'nin",
                         "meclisi’nin",
                         "senate",
                         # regions: "saying Central Asia could not afford …" names no one
                         "asia", "europe", "caucasus", "caspian", "africa", "america", "sea",
                         # round 24: and their adjectives ("said the Central Asian states were “…”" names no one)
                         "asian", "european", "eurasian", "caucasian", "african", "american",
                         # round 24: named routes, projects and formats, often quoted as terms ('the so-called “Steppe
                         # Road”', "the Green Bridge Initiative", "the Samarkand Format") and no one's name
                         "road", "way", "highway", "bridge", "project", "initiative", "programme", "program",
                         "strategy", "vision", "format", "platform"})


@lru_cache(maxsize=1)
def _one_state_offices() -> dict[str, tuple[str, str]]:
    """Offices of the table that one state alone has, by their folded name ("chairman of the halk maslahaty")
    -> (country, office): the office's name says whose it is, with no country word."""
    states: dict[str, set[str]] = {}
    for term in officeholders.terms():
        states.setdefault(term.office, set()).add(term.country)
    return {office.lower(): (next(iter(codes)), office) for office, codes in states.items()
            if len(codes) == 1 and " of " in office}


def _one_state_office(low: str, day: date) -> officeholders.Term | None:
    """The holder on `day` of an office of one state named in full in the (lower-cased) phrase; none when
    the phrase names another state ("Chairman of the Cabinet of Ministers of Ukraine")."""
    for name, (country, office) in _one_state_offices().items():
        if name in low and all(code == country for code in places.codes_in(low)) \
                and not _DEPUTY_BEFORE_OFFICE.search(low, 0, low.find(name)):
            return officeholders.holder(country, office, day)
    return None


# Round 30: a deputy of a one-state office is no holder of it ("Deputy Chairman of the Cabinet of Ministers X", the
# Kyrgyz and Turkmen deputy premiers' title, is X, not the Chairman)
_DEPUTY_BEFORE_OFFICE = re.compile(r"\b(?:deputy|vice)[\s-]+$")


_WEB_NAME = re.compile(r"[\w\-]+\.(?:az|kz|uz|kg|tj|tm|tr|ru|hu|com|net|org|info|news|media|tv|online|press)\b[\w'’\-]*")


def _latin(name: str) -> str:
    """An unlisted person's name as records carry it: a Russian Cyrillic one in BGN/PCGN Latin (romanize)."""
    return romanize(name) if is_cyrillic(name) else name


def _after_title(run: str) -> str:
    """The words of a capitalised run after its last title word, when two or more: "Cyprus President Nikos
    Christodoulides" -> "Nikos Christodoulides" (a country the places table does not know, before the
    title, is no part of the name); else the run."""
    words = run.split()
    last = max((i for i, w in enumerate(words) if w.lower() in _TITLE_WORDS or _title_compound(w)), default=-1)  # r27
    return " ".join(words[last + 1:]) if 0 <= last <= len(words) - 3 else run


# Round 20: a body's noun with its possessive and a case ending after "n", Azerbaijani and Turkish ("Dövlət Gömrük
# Komitəsindən bildirilib", "Xarici İşlər Nazirliyində", "Ticaret Bakanlığı'ndan", "İletişim Başkanlığı'nın"): the
# run is the body's name, whose two words before the noun ("Dövlət Gömrük") are no person's (the word sets hold the
# nominative and genitive only, and _without_place_case would cut the ablative as a city's)
_DECLINED_BODY_NOUN = re.compile(
    r"(?:komit[əe]si|nazirliyi|bakanlığı|agentliyi|ajansı|xidməti|idarəsi|müdürlüğü|başkanlığı|kurumu|mərkəzi|"
    r"merkezi|institutu|enstitüsü|təşkilatı|teşkilatı|administrasiyası|aparatı|palatası|odası|şirkəti|şirketi|"
    r"universiteti|üniversitesi|fondu|vakfı|assosiasiyası|derneği|birliyi|birliği|şurası|konseyi|bankı"
    # a zone's or an industrial park's name ("Ələt Azad İqtisadi Zonasında", "Sumqayıt Kimya Sənaye Parkında")
    r"|zonası|parkı"
    # round 72 (quotes72a): an event's name, "… Uluslararası Yatırım Forumu'na davet etti" (dev/1148), "Zirvesi'nde"
    r"|forumu|zirvesi|fuarı|sammiti|sərgisi"
    # round 86 (n3 cabinet_genitive): a government's, "Türkmənistan Nazirlər Kabinetinin sədr müavini X Y" (the deputy
    # chairman of the Cabinet of Ministers), read as the person "Nazirlər Kabinetinin" (dev/1317)
    r"|kabineti|kabinesi)"
    r"['’]?n(?:d[aeə]n?|d[aeə]ki|[ıiuü]n|[aeəıiuü])(?!\w)")


def _body_name(name: str) -> bool:
    low = name.lower()
    return not _BODY_WORDS.isdisjoint(low.split()) or ("n" in low and _DECLINED_BODY_NOUN.search(low) is not None) \
        or ("-" in low and not _BODY_WORDS.isdisjoint(low.replace("-", " ").split()))  # round 59: "Black Sea-Europe"


def _declined_noun(name: str) -> bool:
    return any(_DECLINED_NOUN.search(word) for word in name.split())


class Person(NamedTuple):  # a tuple: made by the thousand, and a frozen dataclass is slow to make
    name: str
    role: str
    iso3: str
    confidence: float
    rule: str


@lru_cache(maxsize=1024)
def _surnames_of(name: str) -> frozenset[str]:
    """The folded surnames an office holder goes by: his name's last word and each alias's ("Serdar
    Berdimuhamedow" → berdimuhamedow, berdimuhamedov, бердымухамедов, …), so that a surname alone spelt as an
    alias spells it ("Berdimuhamedov called the talks …") is still the person named in full before."""
    return frozenset({fold(name.split()[-1])} | {fold(alias.split()[-1]) for term in officeholders.by_name(name)
                                                 if term.name == name for alias in term.aliases})


def _from_term(term: officeholders.Term, confidence: float, rule: str) -> Person:
    return Person(term.name, term.office, term.country, confidence, rule)


def head_of_state_on(iso3: str | None, day: date, confidence: float) -> Person | None:
    """The head of state of `iso3` on `day`, from the office holders table (rule "office"); None when the table does
    not know or no state is given. The one reading of "that state's head on the day" for every rule that finds a
    state and not its head (the "our" words, a release's sign-off, a capital dateline, a visit's host, a title)."""
    term = officeholders.holder(iso3, officeholders.HEAD_OF_STATE, day) if iso3 else None
    return _from_term(term, confidence, "office") if term else None


def _candidate_names(phrase: str):
    """Capitalised word runs of a phrase, with title words stripped: 'Kazakh President Kassym-Jomart Tokayev'
    -> 'Kassym-Jomart Tokayev', 'Tokayev', ... (longest first). A generator: the first that names
    someone ends the search, and the rest need not be made."""
    for run in NAME_RUN.findall(phrase):
        yield from _run_candidates(run)


@lru_cache(maxsize=8192)
def _run_candidates(run: str) -> tuple[str, ...]:
    """The candidates of one capitalised run, longest first. Cached by the run (a pure function of its
    words: _TITLE_WORDS is fixed and is_place_word is itself cached by word), bounded; runs are names
    and titles that repeat from article to article ("President Ilham Aliyev"), never a whole article."""
    words = run.split()
    if len(words) > 1 and not _LOCAL_TITLES.isdisjoint(words[1:]):
        words = _turkic_after_local_title(words)  # round 18
    if len(words) > 2 and not _TR_LOWER_RANKS.isdisjoint(words[:-2]):
        words = _after_lower_rank(words)  # round 106 (h2): "Piyade Uzman Çavuş Mehmet Yıldız"
    words = [w for w in words if w.lower().strip("'’") not in _TITLE_WORDS and not places.is_place_word(w)]
    if len(words) > 1 and _local_demonym(words[0]):
        words = words[1:]  # round 17: "Kazak Bakan Şakkaliyev", "Özbek Kudratov": a demonym opening it is no given name
    return tuple(" ".join(part) for size in range(len(words), 0, -1) for i in range(len(words) - size + 1)
                 if not _particle_edge(part := words[i:i + size]))


def _particle_edge(words: list[str]) -> bool:
    """Does a candidate open or end with a name particle ("von der Leyen", "Ursula von")? Not a name of its own:
    "Von der Leyen said" is the surname Leyen of the person named in full before (round 14)."""
    return words[0].lower() in _PARTICLE_WORDS or words[-1] in _PARTICLE_WORDS


_MINISTER_TITLE = re.compile(r"\b((?:[A-Z][\w-]+\s+){0,3}Minister(?:\s+of\s+[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+)*)?)")


def _minister_title(phrase: str, name: str) -> str:
    """'Kazakh Trade Minister Bakhyt Sultanov' -> 'Trade Minister' (country and name words dropped), else ''."""
    m = _MINISTER_TITLE.search(phrase)
    if not m:
        return ""
    return " ".join(w for w in m[1].split() if w not in name.split() and not places.is_place_word(w))


# Titles that stand right before a name in running text ("Trade Minister Ömer Bolat held talks"): the
# name after one is remembered even when the office holders table does not know it (ministers of trade or
# economy, ambassadors), so that a later "Bolat said" is that person (Resolver.note_names_in).
_PERSON_TITLES = frozenset({"Minister", "Ambassador", "Chairman", "Chairwoman", "Governor", "Mayor", "Spokesman",
                            "Spokeswoman", "Spokesperson", "Secretary-General", "Ombudsman", "Director", "CEO",
                            # round 20: "Secretary General Kubanychbek Omuraliev" written without the hyphen
                            "General",
                            # round 25: the bare Turkish title in a run that a declined word opens ("Ticaret
                            # Bakanlığı'nda Bakan Ömer Bolat ile görüştü": the name after it, not the ministry's)
                            "Bakan"})
_NAME_WORD = re.compile(rf"[{CAPITALS}][a-zß-öø-ÿā-ſəа-яёәғқңөұүһі'’\-]+")
# Round 101 (q3): the Turkish ranks of generals and admirals, bare before the name as "Büyükelçi" is ("Savunma Bakanı
# Korgeneral X Y", "Kara Kuvvetleri Komutanı Orgeneral X Y"): the name is the words after the rank, not a newcomer
# "Korgeneral X" (dev/1495); an office too before a visitor's name (visits._LOCAL_OFFICE_STEMS)
TR_GENERAL_RANKS = ("Orgeneral", "Korgeneral", "Tümgeneral", "Tuğgeneral", "Oramiral", "Koramiral", "Tümamiral",
                    "Tuğamiral")
# Round 106 (h2): the ranks below a general's, of officers and of soldiers, capitalised before the name after his arm
# and grade ("Piyade Uzman Çavuş Mehmet Yıldız, … şöyle anlattı:", dev/1576): the name is the words after the rank
# (_after_lower_rank), not "Çavuş Mehmet Yıldız". Only before two words or more: a rank is a surname too ("Hüseyin
# Çavuş", dev/1361), so no title word (_TITLE_WORDS) and no office of a visitor (visits._LOCAL_OFFICE_STEMS)
_TR_LOWER_RANKS = frozenset({"Albay", "Yarbay", "Binbaşı", "Yüzbaşı", "Üsteğmen", "Teğmen", "Astsubay", "Çavuş",
                             "Onbaşı"})


def _after_lower_rank(words: list[str]) -> list[str]:
    """The words of a capitalised run after its last rank of _TR_LOWER_RANKS that two words or more follow, none a
    place's (the rank and the words before it its holder's grade and arm; "Bakan Hüseyin Çavuş Türkistan'da" is the
    surname), else the run's words."""
    last = max((i for i, word in enumerate(words[:-2]) if word in _TR_LOWER_RANKS), default=-1)
    if last < 0 or any(places.is_place_word(word) or places.is_city_word(word) for word in words[last + 1:]):
        return words
    return words[last + 1:]


# Turkish and Azerbaijani titles before a name, capitalised in running text ("Cumhurbaşkanı Yardımcısı Cevdet
# Yılmaz", "İş Konseyi Başkanı Hüseyin Tekin", "Gömrük Komitəsinin Sədri …"): the name after them is a person's
_LOCAL_TITLES = {"Bakanı", "Yardımcısı", "Başkanı", "Başbakanı", "Büyükelçisi", "Sözcüsü", "Müdürü", "Genel Müdürü",
                 "Naziri", "Sədri", "Səfiri", "Müavini", "Rəisi", "Direktoru",
                 # round 19: a member of parliament or of a board, a representative, a founder ("CHP Milletvekili Ayşe
                 # Nur Demirel", "Yönetim Kurulu Üyesi …", "Derneği Genel Sekreteri …", "Şirketin Kurucusu …")
                 "Milletvekili", "Üyesi", "Temsilcisi", "Sekreteri", "Danışmanı", "Kurucusu", "Koordinatörü", "CEO'su", "CEO’su",
                 # round 12: the bare Turkish title before a name ("Başbakan Ünal Üstel, … Bakü'ye geldi")
                 "Başbakan",
                 # round 32 (Turkish quotes): a governor, district governor, rector or consul of the local press
                 # ("Kars Valisi Ziya Polat", "Erzurum Başkonsolosu …"), the place before it no part of the name
                 "Valisi", "Kaymakamı", "Rektörü", "Başkonsolosu", "Konsolosu", "Müsteşarı",
                 # round 44: the bare title of an envoy before the name, as "Başbakan" ("Bakü Temsilcisi Büyükelçi Ayşe
                 # Nur Yılmazer": the name is the three words after it, not a newcomer "Büyükelçi Ayşe")
                 "Büyükelçi", "Başkonsolos",
                 # round 55 (quotestr55): an institution's release titles its own head "our" ("Hazine ve Maliye
                 # Bakanımız Sayın Mehmet Şimşek", "Büyükelçimiz Sayın X Y"), often with the honorific "Sayın" (Mr/Ms)
                 # between the title and the name (_titled_name steps over it)
                 "Bakanımız", "Başkanımız", "Büyükelçimiz", "Valimiz", "Rektörümüz", "Müdürümüz", "Yardımcımız",
                 # round 59 (quotesaztr59): an acting or deputy head ("Meclis Başkan Vekili X Y", "Genel Müdür
                 # Vekili …"), the name after it a person's as after "Yardımcısı"
                 "Vekili",
                 # Round 89 (g1): an Uzbek region's governor by the Uzbek word in Turkish ("Fergana Bölgesi'nin Hokimi
                 # (Valisi) Dilşod Rahmatullayev"), as "Valisi" (dev/1356)
                 "Hokimi",
                 # round 104 (h2): an ombudsman's titles, "Kamu Başdenetçisi X Y" (Türkiye's Chief Ombudsman; "Kamu" the
                 # title's own word, no given name) and "Azerbaycan İnsan Hakları Komiseri (Ombudsman) X Y" (dev/1548;
                 # the bare "Başdenetçi" after it is _TURKIC_BARE_OCCUPATIONS')
                 "Başdenetçisi", "Komiseri",
                 # round 101 (q3): a general's or an admiral's rank between the office and the name (TR_GENERAL_RANKS)
                 *TR_GENERAL_RANKS}
_PERSON_TITLES = _PERSON_TITLES | _LOCAL_TITLES
# any(title in text for title in _LOCAL_TITLES) in one C call: the titles as plain alternatives (escaped, no
# flags), so the pattern finds a match exactly when one of them is a substring
_ANY_LOCAL_TITLE = re.compile("|".join(re.escape(title) for title in sorted(_LOCAL_TITLES)))
# the title and the name after it, for a long capitalised run that the name pattern cuts before the surname
# ("DEİK Türkiye-Azerbaycan İş Konseyi Başkanı Hüseyin Tekin")
_LOCAL_TITLED = re.compile(rf"\b(?:{'|'.join(sorted(_LOCAL_TITLES))})\s+[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+")
# Round 15: a name of three words, two given names ("İş Konseyi Başkanı Mehmet Ali Yıldız"), the third without a
# suffix after an apostrophe ("… Hakan Güldağ Bakü'de" is two); a place as the third word leaves the two
_LOCAL_TITLED_THREE = re.compile(_LOCAL_TITLED.pattern + rf"\s+[{CAPITALS}][\w\-]+(?![\w'’\-])")
_TITLE_WORDS |= {title.lower() for title in _LOCAL_TITLES}
# Round 57 (quotesaztr57): a title glossed by the local word in brackets before the name ("Pavlodar Bölgesi Valisi
# (Akim) Yermek Jaksıbekov", "Governor (Hokim) X Y"): the gloss read as none, the name after it is the title's
_TITLE_GLOSS_BEFORE_NAME = re.compile(rf"(?P<title>\b(?:{'|'.join(sorted(_PERSON_TITLES))}))\s+\([{CAPITALS}][\w\-]+\)"
                                      rf"(?=\s+[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}])")

# Round 84 (h4, _TR_NAME_TITLE_AFTER): a Turkish name first, its capitalised title after it between commas or in
# brackets, as wires name a panel's speakers ("Arman Şakkaliyev, Kazakistan Ticaret ve Entegrasyon Bakanı, …",
# "Laziz Kudratov (Özbekistan Yatırım, Sanayi ve Ticaret Bakanı) ise …"): the name remembered for a later lone
# surname ("Kudratov, "…" dedi"). The title ends in a title word of _LOCAL_TITLES and closes the apposition right
# after it (no name follows: "X Y, Kazakistan Ticaret Bakanı Z W ile" is a list); commas only inside brackets
# (dev/1301)
_TR_TITLE_ENDS = ("Bakanı", "Başkanı", "Başbakanı", "Büyükelçisi", "Sözcüsü", "Müdürü", "Yardımcısı", "Temsilcisi",
                  "Valisi", "Sekreteri", "Danışmanı", "Vekili")
_TR_NAME_TITLE_AFTER = re.compile(
    rf"(?<![\w'’\-])(?P<name>[{CAPITALS}][a-zçğıöşüâîû\-]+(?:\s+[{CAPITALS}][a-zçğıöşüâîû\-]+){{1,2}})"
    rf"(?:,\s+(?P<body>(?:[{CAPITALS}][\w'’\-]*\s+|ve\s+){{1,6}}?)(?P<title>{'|'.join(_TR_TITLE_ENDS)}),"
    rf"|\s+\((?P<gloss>(?:[{CAPITALS}][\w'’\-]*,?\s+|ve\s+){{1,6}}?)(?P<gtitle>{'|'.join(_TR_TITLE_ENDS)})\))")

# the cheap gate: one C scan, most slices hold no title closed by a comma or a bracket
_TR_TITLE_CLOSED = re.compile(rf"(?:{'|'.join(_TR_TITLE_ENDS)})[,)]")


def _tr_names_titled_after(text: str) -> list[Person]:
    """The people of _TR_NAME_TITLE_AFTER in `text` the table does not know, with the title and its state."""
    found = []
    for m in _TR_NAME_TITLE_AFTER.finditer(text):
        name = m["name"]
        if _place_or_title_word_in(name) or officeholders.by_name(name) or holder_spelling(name):
            continue  # a place's run ("Orta Asya, …") or a holder the table names in its own spelling
        codes = places.codes_in(m["body"] or m["gloss"])
        found.append(Person(_latin(name), m["title"] or m["gtitle"], codes[0] if codes else "", 0.6, "unlisted name"))
    return found

# Round 10: a Turkish/Azerbaijani title before a name ends what the name pattern reads as one run: in "DEİK
# Türkiye-Kazakistan İş Konseyi Başkanı Hakan Güldağ ise …" the run (six words at most) is cut before the surname,
# and its words before the title are a body's ("İş Konseyi"), never part of the name; the two words after the
# title are the person
def _local_titled_person(phrase: str) -> Person | None:
    if not _ANY_LOCAL_TITLE.search(phrase):  # a substring test first: most phrases hold none
        return None
    if (m := _LOCAL_TITLED_THREE.search(phrase)) and _without_place_case(m[0]) == m[0] \
            and (person := Resolver._titled_person(m[0])):
        return person  # (round 16b: not "Bakanı Ömer Bolat Almatıda", a city in the locative third)
    m = _LOCAL_TITLED.search(phrase)
    return Resolver._titled_person(m[0]) if m else None


# Round 89 (g1, _tr_place_in_case): a capitalised word after a titled name carrying a Turkish case suffix after an
# apostrophe is the place the person is at or goes to, no part of the name, when the suffix is the locative or ablative
# ("Fergana Valisi Rahmatullayev Bursa'da: …", a headline) or the word a city of places.CITIES in any case ("… Konya'ya
# geldi"); a surname in the dative or genitive stays one ("Bakanı Ömer Bolat'a", "Bolat'ın") (dev/1356)
_TR_LOCATIVE_ABLATIVE_AFTER_APOSTROPHE = re.compile(r"(?<=\w\w)['’][dt][ae]n?$")


def _tr_place_in_case(word: str) -> bool:
    """Is `word` ("Bursa'da", "Konya'ya") a place in a case rather than a name word ("Bolat'ın")?"""
    return bool(_TR_LOCATIVE_ABLATIVE_AFTER_APOSTROPHE.search(word)) \
        or places.is_city_word(word.replace("’", "'").split("'", 1)[0])


def _titled_name(run: str, words: list[str]) -> tuple[str, str] | None:
    """(name, title) of 'Azerbaijani Economy Minister Mikayil Jabbarov': two or three name-shaped words
    right after the run's last title word, none of them a title or a country word; else None."""
    last = max(i for i, w in enumerate(words) if w in _PERSON_TITLES)
    first = last + 2 if words[last + 1:last + 2] == ["Sayın"] else last + 1  # round 55: "Bakanımız Sayın X Y"
    name = words[first:first + 3]
    if name and ("'" in name[-1] or "’" in name[-1]) and _tr_place_in_case(name[-1]):
        name = name[:-1]  # round 89 (g1): "Fergana Valisi Rahmatullayev Bursa'da" names Rahmatullayev, not "… Bursa"
    if not 2 <= len(name) <= 3 or not all(_NAME_WORD.fullmatch(w) and w.lower() not in _TITLE_WORDS
                                          and not places.is_place_word(w) for w in name):
        return None
    return " ".join(name), " ".join(w for w in words[:last + 1] if not places.is_place_word(w))


# "<title> of <ministry words> <two-word name>": the name is the run's last two words (nothing capitalised
# after them), the ministry one to four words ("Economy", "National Economy", "the State Customs Committee")
# (round 29: a comma between a ministry's words, "Minister of Investment, Industry and Trade X Y", Uzbekistan's)
# (round 20: "Secretary General of the Organization of Turkic States X Y")
_TITLES_OF = ("Minister of", "Chairman of", "Chairwoman of", "Governor of", "Director of", "Ambassador of", "General of")
_TITLE_OF_NAME = re.compile(
    rf"(?P<title>(?:[{CAPITALS}][\w'’\-]+\s+){{0,2}}(?:Minister|Chairman|Chairwoman|Governor|Director|Ambassador|"
    rf"Secretary[\s\-]General))"
    rf"\s+of\s+(?:the\s+)?(?:[{CAPITALS}][\w'’\-]+,?\s+(?:(?:and|of)\s+(?:the\s+)?)?){{1,4}}?"  # round 20: "… of Turkic States"
    # (round 32: "of the" inside the body too, "Chairwoman of the Senate of the Oliy Majlis X Y")
    rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)\b(?!\s+[{CAPITALS}])")


# Round 30: what joins two heads of state named as one pair: "and", "and his Kazakh counterpart", "and the visiting"
# (the title before the second name is part of its capitalised run: "and President Y")
_JOINT_HEADS_GAP = re.compile(r"\s+and\s+(?:(?:his|her|the)\s+(?:[\w'’\-]+\s+)?(?:counterpart|colleague|guest)\s+)?")
# English words for the head of state ("the president") that mean the head of state named last, not a
# minister who spoke last (Resolver._head_for_title)
_HEAD_WORDS = ("head of state", "president")
# more words of a body or place, no part of a person's name: "the Alat Free Economic Zone"
_BODY_WORDS = _BODY_WORDS | {"zone", "terminal", "ministry"}

# Round 49 (English quotes): a courtesy title before a full name ("the Minister of Economic Development and Trade, Mr.
# Zavqi Zavqizoda,"): left out, so that the name after a title and a comma is read as without it
_EN_COURTESY_BEFORE_NAME = re.compile(rf"(?<![\w.])(?:Mr|Ms|Mrs)\.\s+(?=[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}])")

# Round 49 (English quotes): a state's official named by the demonym alone ("The Kyrgyz official pointed to …"), after
# his quote: the last speaker when of that state (Resolver._official_of_state)
# (round 102, q2: the Turkish "Kazak yetkili, "…" ifadesini kullandı", dev/1524, a local demonym before "yetkili")
_EN_STATES_OFFICIAL = re.compile(r"the\s+(?P<demonym>[a-z]+)\s+official|(?P<local>[a-zçğıöşü]+)\s+yetkili")
# Round 97 (q5): a state's guest named by the Russian adjective alone ("Венгерский гость назвал Таджикистан «…»" in a
# report of the Hungarian president's visit, dev/1457): the person of that state named last (Resolver._guest_of_state)
_RU_STATES_GUEST = re.compile(r"(?P<adj>[а-яё]+?)(?:ий|ый)\s+гость")

_NO_NAME_WORDS: set[str] = set()  # words found to be no part of any holder's name (by word; bounded)


def has_name_word(run: str) -> bool:
    """Is a word of `run` part of an office holder's name? Asked for every capitalised run of every
    article, so the words known not to be are kept in a set and a run of only those is one C call."""
    words = run.split()
    if _NO_NAME_WORDS.issuperset(words):
        return False
    for word in words:
        if officeholders.is_name_word(word):
            return True
        if len(_NO_NAME_WORDS) >= 50_000:
            _NO_NAME_WORDS.clear()
        _NO_NAME_WORDS.add(word)
    return False


def full_names(earlier: str, surname: str) -> list[re.Match]:
    """Where `earlier` names someone in full with `surname` (a capitalised given name, then it), in order: news
    names a person in full once and then by surname alone ("dış ticaret müdürü Selin Aydemir" … '"…," dedi
    Aydemir'; "вице-премьер Азербайджана Шахин Мустафаев" … "Мустафаев прибыл …"). None when `surname` is
    more than one word. Which of them a rule takes, and how it reads the person there, is the rule's: a speaker
    is the last so named (named_in_full); a visitor the table does not know is read, with his title, where the
    article first named him (visits)."""
    if " " in surname.strip():
        return []
    # (round 16: a title or a conjunction before the surname is no given name: "As Irnazarov put it", "Mr Irnazarov")
    return [m for m in _full_name_matches(earlier, surname.strip()) if m[1].lower() not in _TITLE_WORDS
            and m[1].lower() not in _EN_DAY_MONTH_WORDS  # round 40: "On Wednesday Zokirzoda …"
            and not _namesake_at(earlier, m)]  # round 47


# --- round 47 (English quotes): a name a place or body bears is nobody named in the text -----------------------------
# "… was met at Heydar Aliyev International Airport by …", "the Heydar Aliyev Foundation", "a street named after Heydar
# Aliyev": the full name is the airport's, the foundation's or the street's, a namesake (often long dead), so a later
# "Aliyev said" is the Aliyev the article named as a person (President Ilham Aliyev), never the namesake. Read on the
# words right after the name (up to two capitalised words, then a place's or body's noun: "Heydar Aliyev Congress
# Center") or right before it ("named after", "in honour of"); the Azerbaijani and Turkish "X adına", "X Parkı",
# "X Caddesi" as well (the round 27 _TURKIC_NAMESAKE reads "adına" in another path). And one whose grave, monument or
# bust is told of ("laid a wreath at the grave of Heydar Aliyev") is remembered, no speaker of the day.
_NAMESAKE_NOUNS = ("Airport|Airports|Street|Avenue|Prospekt|Prospect|Boulevard|Square|Park|Centre|Center|Foundation|"
                   "Fund|Palace|Museum|School|Lyceum|University|Academy|Mosque|Stadium|Library|Bridge|Station|Hall|"
                   "Institute|Highway|Order|Prize|Award|Scholarship|"
                   # Azerbaijani and Turkish (the noun's possessive after the name)
                   r"Beynəlxalq|Aeroportu|Havalimanı|Havaalanı|küçəsi|Küçəsi|prospekti|Prospekti|Caddesi|"
                   r"Bulvarı|Parkı|parkı|Mərkəzi|Merkezi|Fondu|Vakfı|Sarayı|Muzeyi|Müzesi|Məktəbi|Okulu|Lisesi")
_NAMESAKE_AFTER = re.compile(rf"[^\S\n]+(?:[{CAPITALS}][\w\-]+[^\S\n]+){{0,2}}?(?:{_NAMESAKE_NOUNS})(?![\w\-])"
                             r"|[^\S\n]+ad(?:ına|ını\s+daşıyan|ını\s+taşıyan)(?![\w\-])")
_NAMESAKE_BEFORE = re.compile(r"(?:\bnamed\s+after|\bin\s+(?:honou?r|memory)\s+of|"
                              r"\b(?:grave|tomb|mausoleum|monument|bust|statue|memorial)s?\s+(?:to|of)|\bимени)"
                              r"[^\S\n]+(?:the\s+)?(?:[a-z]+\s+){0,3}$")


# Round 73 (history73): a capitalised run that goes on from a name to a place's or body's noun ("… heyətini Heydər
# Əliyev Beynəlxalq Hava Limanında rəsmi şəxslər qarşılayıb", dev/466, now that the table knows Heydar Aliyev): the
# run names the airport, no person (the visit rules' _persons_in asks)
_NAMESAKE_NOUN_IN_RUN = re.compile(rf"\s(?:{_NAMESAKE_NOUNS}|ad(?:ına|ını\s+daşıyan|ını\s+taşıyan))(?![\w\-])")


def names_a_namesake(run: str, before: str = "") -> bool:
    """Does a capitalised run go on from a name to a place's or body's noun (_NAMESAKE_NOUN_IN_RUN), or follow
    "named after"/"имени" (_NAMESAKE_BEFORE, read on the text `before` it)?"""
    return bool((" " in run and _NAMESAKE_NOUN_IN_RUN.search(run))
                or (before and _NAMESAKE_BEFORE.search(before, max(0, len(before) - 60))))


def _namesake_at(text: str, m: re.Match) -> bool:
    """Is the full name `m` of `text` a place's or body's namesake (_NAMESAKE_AFTER, _NAMESAKE_BEFORE)?"""
    return bool(_NAMESAKE_AFTER.match(text, m.end()) or _NAMESAKE_BEFORE.search(text, max(0, m.start() - 60),
                                                                                  m.start()))


def _full_name_pattern(surname: str) -> re.Pattern:
    """A capitalised word, up to two particles, then `surname`: what full_names reads (_full_name_matches finds
    its matches without compiling it)."""
    # (round 14: particles may stand between, "Ursula von der Leyen" for "Leyen")
    # (round 16b: not across a line break, "Talks\n\nAliyev said" names no "Talks Aliyev")
    return re.compile(rf"([{CAPITALS}Ё][\w'’\-]+)[^\S\n]+(?:(?:{NAME_PARTICLES})\s+){{0,2}}{re.escape(surname)}\b")


def note_named_in_full(earlier: str, surname: str, resolver: Resolver) -> bool:
    """Round 17: make a surname alone resolve to the one `earlier` named in full with it (full_names), without making
    him the last speaker: "Azerbaijani energy minister Parviz Shahbazov" leaves the name unremembered (a lower-case
    title), so a later "Shahbazov described Turkey as “…”" found no subject. True when the surname now resolves."""
    names = [m[0] for m in full_names(earlier, surname)]
    if not names and is_cyrillic(surname):
        names = [name for _, name in _ru_oblique_names_in_full(earlier, surname)]  # round 102 (v2)
    person = resolver.resolve(names[-1], speaking=False) if names else None
    if person is None:
        return False
    if person.rule == "unlisted name" and " " in person.name:
        resolver.unlisted.append(person)
    if person.rule == "name" and person.name != names[-1] and holder_spelling(names[-1]):
        resolver._remember(person)  # round 26: "Yermek Kosherbaev" is the table's Kosherbayev, for "Kosherbaev said"
    return resolver.resolve(surname, speaking=False) is not None


def named_in_full(earlier: str, surname: str, resolver: Resolver) -> Person | None:
    """The person a surname alone means: the last one `earlier` named in full with it (full_names), resolved (a
    lower-case title before the name leaves it unremembered by the resolver, so the text is read again)."""
    names = full_names(earlier, surname)
    return resolver.resolve(names[-1][0]) if names else None


def initial_named_in_full(earlier: str, phrase: str, resolver: Resolver) -> Person | None:
    """Round 49 (quotes, local): the person "N.Bayramov" means: the last one `earlier` named in full with that surname
    and a given name the initial stands for ("Gəncə … başçısı Niyazi Bayramov"), when the table's namesake does not
    fit the initial."""
    phrase = phrase.strip(" ,")
    if not (m := _INITIAL_SURNAME.fullmatch(phrase) or _initial_surname_then_lower(phrase)):
        return None
    initial = fold(m["initial"])
    names = [found[0] for found in full_names(earlier, m["surname"]) if fold(found[1])[:1] == initial]
    if not names and m["second"] and not m["hyphen"]:
        names = two_given_names_in_full(earlier, m["surname"], initial, fold(m["second"]))  # round 104 (h6)
    if not names:  # round 56 (quotes, other): named in full only in the genitive ("Tahir Kərimovun rəhbərlik etdiyi")
        names = [name for _, name in _genitive_names_in_full(earlier, m["surname"]) if fold(name)[:1] == initial]
    if not names:  # round 77 (az77): named in full only in the comitative ("Məcnun Məmmədovla görüşü", dev/1209)
        names = [name for name in _comitative_names_in_full(earlier, m["surname"]) if fold(name)[:1] == initial]
    return resolver.resolve(names[-1]) if names else None


def two_given_names_in_full(earlier: str, surname: str, first: str, second: str) -> list[str]:
    """Round 104 (h6): the full names `earlier` gives with `surname` after two given names whose initials are `first`
    and `second` (folded), the two initials' "Yusuf Kenan Aydın" for "Y.K.Aydın" (dev/1553), in order."""
    names = []
    for found in full_names(earlier, surname):
        before = _GIVEN_NAME_BEFORE.search(earlier, 0, found.start())
        if fold(found[1])[:1] == second and before and fold(before[1])[:1] == first:
            names.append(f"{before[1]} {found[0]}")
    return names


_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’\-])([{CAPITALS}][\w'’\-]+)[^\S\n]+\Z")


def _initial_surname_then_lower(phrase: str) -> re.Match | None:
    """Round 56 (quotes, other): "T.Kərimov jurnalistlərə" (whom it was told, lower-case words after the name): the
    initial and surname at the start, else None."""
    m = _INITIAL_SURNAME.match(phrase)
    return m if m and phrase[m.end():m.end() + 1] == " " and phrase[m.end():].strip().islower() else None


# Round 56 (quotes, other): Azerbaijani news may name a person in full only in the genitive, as whose delegation or
# office it is ("Şamaxı Rayon İcra Hakimiyyətinin başçısı Tahir Kərimovun rəhbərlik etdiyi nümayəndə heyəti"), then
# shorten him to "T.Kərimov": the endings az_nominative takes off, tried after the surname
_AZ_GENITIVE_AFTER_SURNAME = ("un", "in", "ün", "ın", "nın", "nin")


def _genitive_names_in_full(earlier: str, surname: str) -> list[tuple[int, str]]:
    """(place, name in the nominative) of each full name `earlier` gives in the genitive with `surname`, in order."""
    found = []
    for ending in _AZ_GENITIVE_AFTER_SURNAME:
        if surname + ending in earlier:  # (a cheap test before full_names)
            found += [(each.start(), name) for each in full_names(earlier, surname + ending)
                      if (name := az_nominative(each[0])).endswith(" " + surname)]
    return sorted(found)


# Round 102 (v2): Russian running text may name a man in full only in an oblique case, as the leader of a band
# ("ансамбль комузистов под руководством Айбека Токтогулова", dev/1518), then by the surname alone in the nominative
# ("Токтогулов считает, что … «…»"): the case endings of a man's surname tried after the surname, the full name read
# back in the case whose reading ends in the surname as written (a genitive "-ова" is a woman's nominative too, which
# ru_nominative_of_oblique leaves alone: here the surname written alone in "-ов" says the name is a man's)
_RU_OBLIQUE_AFTER_SURNAME = ("а", "у", "ым", "е")


def _ru_oblique_names_in_full(earlier: str, surname: str) -> list[tuple[int, str]]:
    """(place, name in the nominative) of each full name `earlier` gives in an oblique case with `surname`, in order."""
    found = []
    for ending in _RU_OBLIQUE_AFTER_SURNAME:
        if surname + ending in earlier:  # (a cheap test before full_names)
            found += [(each.start(), name) for each in full_names(earlier, surname + ending)
                      if (name := next((read(each[0]) for read in (ru_nominative_of_genitive, ru_nominative_of_dative,
                                                                    ru_nominative)
                                        if read(each[0]).endswith(" " + surname)), None))]
    return sorted(found)


# Round 77 (az77): or only in the comitative, as whom a meeting was with ("naziri Məcnun Məmmədovla İştvan Nadın
# görüşü", dev/1209; "Əliyevlə", after a vowel "Həsənovayla"), then shortened to "M.Məmmədov" after a quote
_AZ_COMITATIVE_AFTER_SURNAME = ("la", "lə", "yla", "ylə")


def _comitative_names_in_full(earlier: str, surname: str) -> list[str]:
    """Each full name `earlier` gives in the comitative with `surname`, in the nominative, in order."""
    found = []
    for ending in _AZ_COMITATIVE_AFTER_SURNAME:
        if surname + ending in earlier:  # (a cheap test before full_names)
            found += [(each.start(), each[0][:-len(ending)]) for each in full_names(earlier, surname + ending)]
    return [name for _, name in sorted(found)]


# --- round 9 (English): one surname, two people ------------------------------------------------------
# "said Ruslan Akhmetov, a driver from Shymkent": a given name before a holder's surname that is no word of
# the holder's name or aliases names someone else (an unlisted person, the name kept as written). Spelling
# variants of the holder's own given name ("Ilkham"/"Ilham", "Kasym"/"Kassym") share its first two letters.
def _another_bearer(phrase: str, surname: str, term: officeholders.Term) -> bool:
    """Does `phrase` put a given name before `surname` that the holder `term` does not bear?"""
    given = _word_before_surname(phrase, surname)
    if not given or given.lower() in _TITLE_WORDS or places.is_place_word(given):
        return False
    return _other_given_name(given, (term.name, *term.aliases))


def _other_given_name(given: str, names: tuple[str, ...]) -> bool:
    """Is `given` (the word before a surname) no given name of any of `names` (a person's name and aliases)?"""
    own = {_fold2(word) for name in names for word in name.split()[:-1]}
    # round 15: a given name in the Turkish/Azerbaijani alphabet is the holder's as English spells it ("Ceenbek
    # Kulubayev" is Jeenbek Kulubaev, not someone else of that surname)
    # (round 42: or in another transliteration, name_forms' variants: "Qohir Rasulzoda" is Kokhir Rasulzoda)
    if not own:
        return False
    if _fold2(given) not in own and _fold2(english_spelling(given)) not in own \
            and not any(spelled_alike(_fold2(given), word) for word in own):
        return True
    return _given_name_apart(given, names)  # round 51 (visits gaps): "Bahodir" is not Bakhtiyor


# Round 51 (visits gaps): two given names that open on the same two letters are still two people when, their
# transliterations made one (x, kh and h; q and k; y dropped; a doubled letter single), they differ in three letters or
# more ("Bahodir Saidov" is not Bakhtiyor Saidov); "Baxtiyor"/"Bakhtiyor"/"Бахтиёр", "Ilkham"/"Ilham", "Kasym"/"Kassym"
# stay one. Asked only of names of five letters or more, compared with each of the holder's given names.
_SAME_SOUND = ((re.compile(r"x|kh|q"), "h"), (re.compile(r"y|ʼ|'|’"), ""), (re.compile(r"(.)\1"), r"\1"))


@lru_cache(maxsize=4096)
def _sound_key(word: str) -> str:
    key = fold(romanize(word) if is_cyrillic(word) else english_spelling(word))
    for pattern, repl in _SAME_SOUND:
        key = pattern.sub(repl, key)
    return key


def _letters_apart(a: str, b: str) -> int:
    """The edit distance of two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _given_name_apart(given: str, names: tuple[str, ...]) -> bool:
    """Is `given` (of five letters or more) three letters or more apart from each given name of `names` of five letters
    or more (_sound_key), and such a name there?"""
    if len(given) < 5:
        return False
    key = _sound_key(given)
    own = [_sound_key(part) for name in names for word in name.split()[:-1]
           for part in (word, *word.split("-")[:1]) if len(part) >= 5]  # "Kassym-Jomart", and "Kassym" alone
    return bool(own) and all(_letters_apart(key, word) >= 3 for word in own)


# Round 16b: nor is the one the article named before: "Anar Aliyev, head of a logistics firm" after "President Ilham
# Aliyev" is someone else, whether the phrase is read whole or by its surname alone
def _another_named(phrase: str, surname: str, person_name: str) -> bool:
    """Does `phrase` put given names before `surname` of which `person_name` (named before, listed or not) bears
    none? (Any one of them his keeps him: "Kassym-Jomart Kemelevich Tokayev", a patronymic between.)"""
    before = _words_before_surname(phrase, surname)
    given = [word for word in before.split() if word.lower() not in _TITLE_WORDS
             and not places.is_place_word(word)] if before else []
    names = _names_of(person_name)
    return bool(given) and all(_other_given_name(word, names) for word in given)


def _given_names_pattern(surname: str) -> re.Pattern:
    """Up to three capitalised words right before `surname` on one line, not the owner of a possessive (what
    _words_before_surname finds without compiling it)."""
    return re.compile(rf"((?:[{CAPITALS}][\w'’\-]+[^\S\n]+){{1,3}}){re.escape(surname)}\b(?!['’]s\b)")


@lru_cache(maxsize=1024)
def _names_of(name: str) -> tuple[str, ...]:
    """A person's name and, when the office holders table lists him, its aliases."""
    return (name, *(alias for term in officeholders.by_name(name) if term.name == name for alias in term.aliases))


def _by_holder_spelling(name: str, day: date) -> list:
    """Round 42: the terms of a holder whose full name `name` writes in another transliteration ("Baş naziri Qohir
    Rasulzoda" names Kokhir Rasulzoda), else none; name_forms.holder_spelling asked only for a run the table lacks."""
    spelled = holder_spelling(name)
    return officeholders.by_name(spelled, day) if spelled and spelled != name else []


def _place_or_title_word_in(name: str) -> bool:
    """Does a run read as a name hold a place's or a title's word ("Azerbaijan Airlines", "Deputy Minister")? Then it
    is no person's name: the one home of the check every unlisted-name reader makes."""
    return any(places.is_place_word(w) or w.lower() in _TITLE_WORDS for w in name.split())


def _holder_named(name: str) -> bool:
    """Is a titled full name an office holder of the table: in full, or by his surname with a given name of his in any
    spelling ("Ceyhun Bayramov")? Round 16b: not someone else of a holder's surname ("Ticaret Bakanı Ahmet Yıldırım"
    is not the former prime minister Binali Yıldırım, and a later "Yıldırım" is Ahmet Yıldırım)."""
    if officeholders.by_name(name):
        return True
    surname = name.split()[-1]
    return any(not _another_bearer(name, surname, term) for term in officeholders.by_name(surname))


def _bearer_pattern(surname: str) -> re.Pattern:
    """A capitalised word right before `surname`, not the owner of a possessive (what _word_before_surname finds
    without compiling it)."""
    # (round 16b: not the owner of a possessive, "Viktor Orban's political director Balazs Orban": the one whose
    # director speaks is no bearer the phrase names as its person)
    return re.compile(rf"([{CAPITALS}][\w'’\-]+)\s+{re.escape(surname)}\b(?!['’]s\b)")


# --- Round 18 (speed): the name before a surname, read without a pattern per surname ----------------------------
# full_names, _another_bearer and _another_named each compiled the pattern of their surname above, and compiling one
# (its capital-letter class) takes 0.3–1 ms: on new articles, whose surnames no cache holds, that was about 8% of
# propose(). The scans below find what those patterns find, reading the text the way re does (same word characters,
# white space, capitals; the leftmost match, and of several from one start the one re's backtracking takes), so
# every result is the pattern's; tests/ingest/test_speed_gates.py compares them on the gold articles and on random
# text. A surname the argument below does not cover (a character outside a name's, a particle) uses the pattern.
_CAPITAL = frozenset(c for c in map(chr, range(0x500)) if re.match(f"[{CAPITALS}]", c))  # the class has none above
_CAPITAL_OR_YO = _CAPITAL | {"Ё"}
_NAME_PUNCTUATION = frozenset("_'’-")
_APOSTROPHES = frozenset("'’")


def _in_name(char: str) -> bool:
    r"""Is `char` one of the pattern's [\w'’\-] (re's \w is str.isalnum() and the underscore)?"""
    return char.isalnum() or char in _NAME_PUNCTUATION


def _is_word(text: str, i: int) -> bool:
    r"""Is text[i] a \w character (False outside the text, as \b reads it)?"""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _scannable(surname: str) -> bool:
    """May the scans stand in for the pattern? A surname of name characters only, not a particle: then a particle
    word is never the surname, so each start leads to one surname at most (see _full_name_matches)."""
    return bool(surname) and all(map(_in_name, surname)) and surname not in _PARTICLE_WORDS


def _surname_places(text: str, surname: str, *, possessive: bool) -> list[int]:
    r"""Where re.escape(surname) + r"\b" matches in `text`, and, when not `possessive`, (?!['’]s\b) too."""
    places_, end_is_word, size = [], surname[-1].isalnum() or surname[-1] == "_", len(surname)
    at = text.find(surname)
    while at >= 0:
        end = at + size
        if end_is_word != _is_word(text, end) and (
                possessive or not (end + 1 < len(text) and text[end] in _APOSTROPHES and text[end + 1] == "s"
                                   and not _is_word(text, end + 2))):
            places_.append(at)
        at = text.find(surname, at + 1)
    return places_


def _space_before(text: str, end: int) -> int:
    """The start of the white space that ends at `end` (`end` when there is none)."""
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return start


def _word_start(text: str, end: int) -> int:
    """The start of the run of name characters that ends at `end`."""
    start = end
    while start and _in_name(text[start - 1]):
        start -= 1
    return start


def _first_capital(text: str, start: int, end: int, capitals: frozenset[str]) -> int | None:
    r"""The first i in [start, end - 2] with text[i] a capital: where [CAPITALS][\w'’\-]+ can begin in a run that
    ends at `end` (it needs one more character after the capital)."""
    return next((i for i in range(start, end - 1) if text[i] in capitals), None)


_FULL_NAME_AT = re.compile(rf"([{CAPITALS}Ё][\w'’\-]+)[^\S\n]+(?:(?:{NAME_PARTICLES})\s+){{0,2}}[\w'’\-]+\Z")


def _full_name_matches(text: str, surname: str) -> list[re.Match]:
    r"""_full_name_pattern(surname).finditer(text), as a list. Read backwards from each place of the surname: the
    white space before it, up to two particles each with white space after, then the capitalised word, with only
    spaces and tabs between it and what follows (the pattern's [^\S\n]+). re takes the leftmost start, and a start
    leads to one place (no particle is the surname), so the places give the matches in order; after one, re goes on
    from its end."""
    if not _scannable(surname):
        return list(_full_name_pattern(surname).finditer(text))
    found, resume = [], 0
    for place in _surname_places(text, surname, possessive=True):
        if place < resume:
            continue
        end, particles = place, 0
        while (space := _space_before(text, end)) < end:
            word = _word_start(text, space)
            if text[word:space] in _PARTICLE_WORDS and particles < 2:
                end, particles = word, particles + 1
                continue
            start = _first_capital(text, max(word, resume), space, _CAPITAL_OR_YO)
            if start is not None and "\n" not in text[space:end]:
                # the same span and groups as the pattern's match (re itself reads the span, no search)
                found.append(_FULL_NAME_AT.match(text, start, place + len(surname)))
                resume = place + len(surname)
            break
    return found


def _word_before_surname(phrase: str, surname: str) -> str | None:
    """_bearer_pattern(surname).search(phrase)[1]: the capitalised word before the first place of the surname that
    has one, white space of any kind between (a start leads to the word after its white space only, so the first
    place with a word is the leftmost match)."""
    if not _scannable(surname):
        m = _bearer_pattern(surname).search(phrase)
        return m[1] if m else None
    for place in _surname_places(phrase, surname, possessive=False):
        space = _space_before(phrase, place)
        if space < place and (start := _first_capital(phrase, _word_start(phrase, space), space, _CAPITAL)) is not None:
            return phrase[start:space]
    return None


def _words_before_surname(phrase: str, surname: str) -> str | None:
    """_given_names_pattern(surname).search(phrase)[1]: one to three capitalised words, each with spaces or tabs
    after, right before the surname. The leftmost start of any place and any count of words is re's; from it re
    takes the most words that end at a place of the surname (its greedy {1,3})."""
    if not _scannable(surname):
        m = _given_names_pattern(surname).search(phrase)
        return m[1] if m else None
    places_ = _surname_places(phrase, surname, possessive=False)
    starts = [start for place in places_ for start in _starts_of_words_before(phrase, place)]
    if not starts:
        return None
    start = at = min(starts)
    ends = []
    for _ in range(3):  # the words re's {1,3} reads forwards from the start
        if at != start and phrase[at] not in _CAPITAL:
            break
        word_end = at + 1
        while word_end < len(phrase) and _in_name(phrase[word_end]):
            word_end += 1
        space_end = word_end
        while space_end < len(phrase) and phrase[space_end].isspace() and phrase[space_end] != "\n":
            space_end += 1
        if word_end - at < 2 or space_end == word_end:
            break
        ends.append(at := space_end)
        if at == len(phrase):
            break
    return next(phrase[start:end] for end in reversed(ends) if end in places_)


def _starts_of_words_before(phrase: str, place: int) -> list[int]:
    """Where the pattern's words can begin to end at `place`: one to three words back, each with only spaces and
    tabs after it; the first may begin at any capital of its run, the others at their first character, a capital,
    and each holds two characters at least."""
    starts, end = [], place
    for _ in range(3):
        space = _space_before(phrase, end)
        if space == end or "\n" in phrase[space:end]:
            break
        word = _word_start(phrase, space)
        if (start := _first_capital(phrase, word, space, _CAPITAL)) is not None:
            starts.append(start)
        if space - word < 2 or phrase[word] not in _CAPITAL:
            break  # no word of the pattern but the first: none further back
        end = word
    return starts


@lru_cache(maxsize=8192)  # a pure function of the word (a holder's given names and the name before a surname)
def _fold2(word: str) -> str:
    return fold(word)[:2]


@lru_cache(maxsize=8192)  # round 16: fold() is a pure function of its text, here a word (a surname, a ministry's name)
def _fold_word(word: str) -> str:
    return fold(word)


# A lower-case title and then the name between commas: "Azerbaijan's minister for digital development and transport,
# Rashad Nabiyev, visited …" (the name remembered for a later "“…,” Nabiyev told reporters")
_APPOSITIVE_TITLES = ("minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman",
                      "chairwoman", "governor", "mayor", "director", "adviser", "advisor",
                      # round 37 (English quotes B): the neutral title of a chamber's chair ("X Y, Chairperson of the
                      # Senate,"), whom a later "Y said …" makes the last speaker
                      "chairperson",
                      # round 49 (English quotes): a Kazakh or Uzbek region's governor by the local word ("The akim of
                      # Kazakhstan's Turkistan region, X Y,", "the regional khokim, X Y,"), whom "the akim said" means
                      "akim", "hokim", "khokim")
# Round 44 (English quotes): a ministry's name may list its fields with commas ("the Minister of Investment, Industry
# and Trade of Uzbekistan, X Y," as _TITLE_OF_NAME reads it without the comma; "minister of agriculture, water and …"):
# one word between commas, the list closed by "and" (a two-word item would be a name: "minister of economy, X Y and …"
# stays the name's)
_EN_TITLE_BODY = r"[^,.;:“”\"«»„]{1,60}(?:(?:,\s+[A-Za-z][\w\-]*)+,?\s+and\s+[^,.;:“”\"«»„]{1,60})?"
_TITLE_APPOSITIVE = re.compile(
    # (the title capitalised too, as press services write it: "talks with the Mayor of Budapest, X Y, at …"; only the
    # two forms article_titles gates on, no "MAYOR")
    rf"\b(?P<title>{'|'.join(form for title in _APPOSITIVE_TITLES for form in (title, title.capitalize()))})\b"
    rf"(?P<of>\s+(?:for|of|to|at|in)\s+{_EN_TITLE_BODY})?,\s+"
    # round 34 (English quotes A): or the sentence's end, "… received the new Hungarian ambassador, X Y. “…,” the
    # ambassador said" (press services name the guest last)
    rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})(?:,|\.(?=\s|$))")


# Round 18b: "ambassador to Uzbekistan, X Y," (to, at, in, as "of" above), and the name first, the title after it
# between commas, "X Y, chairman of Kazakh Caspian Shipping Company, signed …" (not a deputy's, acting or former
# title: "the chairman" later is not he)
_EN_NAME_TITLE_APPOSITIVE = re.compile(
    rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),\s+(?:(?:the|an?)\s+)?"
    # round 30: a state's possessive before the title, as wires write it ("X Y, Kazakhstan's ambassador to Hungary,")
    rf"(?:[{CAPITALS}][\w\-]+['’]s\s+)?"
    # round 30: the title capitalised too, as press releases write it ("X Y, Chairman of the Board of …,")
    # (the title lower-case or capitalised only, the two forms article_titles gates on: an all-capitals line "THANK YOU,
    # MINISTER." names no one)
    rf"(?:(?!(?:deputy|vice|former|acting|ex)\b)[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?P<title>{'|'.join(form for title in _APPOSITIVE_TITLES for form in (title, title.capitalize()))})\b"
    # (round 37 (English quotes B): up to 120 characters, as quotes._ASIDE: a trade paper's firm described at length,
    # "X Y, managing director of an Istanbul-based logistics company that runs block trains to …, said")
    # Round 94 (q1, PANEL_LIST_SEMICOLON): or a semicolon, a list's entries as event reports write them ("Panelists:
    # X Y, Minister of Economy of the Republic of Azerbaijan; Z W, Head of …"): a later "the minister" is X Y (dev/1413)
    rf"(?P<of>\s+(?:for|of|to|at|in)\s+{_EN_TITLE_BODY.replace('{1,60}', '{1,120}', 1)})?[,.;]")


def _state_of_title(of: str | None) -> list[str]:
    """The state an appositive title is "of" ("X Y, Minister of Trade and Integration of the Republic of Kazakhstan,"
    is Kazakhstan's, whom a later "the Kazakh minister added" means); none for "to"/"at"/"in" ("ambassador to Hungary"
    is another state's envoy) or no title's body."""
    return places.codes_in(of) if of and of.lstrip().startswith("of ") else []


# Round 60 (quotesen60): a name-first appositive's "name" that goes on a capitalised title's body ("… Minister of
# Transport and Infrastructure X Y, Azerbaijan's Minister of … Z W"): the tail of a titled run after "Minister of …",
# a list of titled names, no "X Y, title" apposition ("at the invitation of X Y, Chairperson of …" stays one)
_EN_BODY_RUN_BEFORE_NAME = re.compile(r"\b(?:Minister|Ministry|Secretary|Chair(?:man|woman|person)?|Head|Director|"
                                      rf"Governor)\s+(?:of|for)\s+(?:(?:the\s+)?[{CAPITALS}][\w\-]*,?\s+(?:and\s+)?)"
                                      r"{0,5}$")


def _titled_appositives(text: str) -> list[Person]:
    """The people named after a lower-case title between commas, the office holders table not knowing them."""
    found = []
    for m in (*_TITLE_APPOSITIVE.finditer(text), *_EN_NAME_TITLE_APPOSITIVE.finditer(text)):
        name = m["name"]
        if m.re is _EN_NAME_TITLE_APPOSITIVE and _EN_BODY_RUN_BEFORE_NAME.search(text, max(0, m.start() - 80),
                                                                                 m.start()):
            continue  # round 60 (quotesen60): the tail of "Minister of Transport and Infrastructure X Y" in a list
        if officeholders.by_name(name) or _place_or_title_word_in(name):
            continue
        if holder_spelling(name):
            continue  # round 26: "Adylbek Kasymaliev, chairman of …" is the holder the table spells Kasymaliyev
        codes = _state_of_title(m["of"]) or places.codes_in(text[max(0, m.start() - 40):m.end("title")])  # "Azerbaijan's minister"
        found.append(Person(_latin(name), m["title"].capitalize(), codes[0] if codes else "", 0.6, "unlisted name"))
    return found


# --- Round 9 (Russian) ---
# an office and the country in the genitive after it: "сказал премьер Казахстана", "президент Азербайджана"
# (_RU_OFFICE has the adjective before the office: "казахстанский премьер")
_RU_OFFICE_OF = re.compile(r"^(?:господин\s+)?(?P<office>президент|премьер-министр|премьер|лидер|глава государства|"
                           r"глава правительства|"  # round 28: "глава правительства Казахстана", its prime minister
                           r"министр иностранных дел|"
                           # round 32 (Russian quotes): Kyrgyzstan's head of government by his cabinet, "глава Кабинета
                           # министров Кыргызстана", "председатель кабмина Кыргызстана"
                           r"глава кабинета министров|председатель кабинета министров|глава кабмина|председатель кабмина)"
                           r"\s+(?P<country>[а-яё\-]+)$")
_RU_OFFICE_OF_NAMES = {"премьер-министр": "Prime Minister", **_RU_OFFICES,
                       **dict.fromkeys(("глава кабинета министров", "председатель кабинета министров", "глава кабмина",
                                        "председатель кабмина"), "Prime Minister")}


# Round 56 (quotesru56): an official title written with capitals ("Заместитель Председателя Кабинета министров
# Туркменистана X Y"): its genitive nouns of office and body are no given name and surname
_RU_CAPITALISED_BODY_WORDS = frozenset({"Председателя", "Кабинета", "Министров", "Совета", "Правительства",
                                        "Министерства", "Комитета", "Республики", "Парламента", "Меджлиса", "Сената",
                                        "Палаты", "Премьер-министра", "Президента"})


def _ru_capitalised_body_words(name: str) -> bool:
    return any(word in _RU_CAPITALISED_BODY_WORDS for word in name.split())


def _ru_capitalised_body_pair(run: str) -> bool:
    """Round 87 (p3): two _RU_CAPITALISED_BODY_WORDS running in `run` ("Кабинета Министров")."""
    words = run.split()
    return any(a in _RU_CAPITALISED_BODY_WORDS and b in _RU_CAPITALISED_BODY_WORDS for a, b in zip(words, words[1:]))


# Round 56 (quotesru56): "глава Узбекистана" (the head of Uzbekistan), the state by its name in the genitive, is its
# president; a capital there names a city's head ("глава Ташкента"), no state's
_RU_HEAD_OF_NAMED_STATE = re.compile(r"[Гг]лава\s+(?P<country>[А-ЯЁ][а-яё\-]+)")


def _ru_head_of_state_by_name(phrase: str, day: date) -> Person | None:
    if not (m := _RU_HEAD_OF_NAMED_STATE.fullmatch(phrase)):
        return None
    found = places.mentions(m["country"])
    if len(found) != 1 or found[0].is_capital or found[0].is_demonym or found[0].word != m["country"]:
        return None
    term = ru_office_holder(found[0].iso3, "President", day)
    return _from_term(term, 0.85, "office") if term else None


# Round 16: the foreign minister as Russian reports name him by his ministry, "глава венгерского МИД" (the head of
# the Hungarian MFA), "глава МИД Венгрии", "руководитель внешнеполитического ведомства Турции", "глава казахстанской
# дипломатии": the country by an adjective before the ministry or its genitive after it (one of the two)
_RU_FOREIGN_HEAD = re.compile(r"^(?:глава|руководитель)\s+(?:(?P<adj>[а-яё]+?)(?:ого|ой)\s+)?"
                              r"(?:мид|внешнеполитического\s+ведомства|дипломатии)(?:\s+(?P<country>[а-яё\-]+))?$")


def _ru_foreign_head(low: str, day: date) -> Person | None:
    if not (m := _RU_FOREIGN_HEAD.match(low)) or bool(m["adj"]) == bool(m["country"]):
        return None
    if m["adj"]:
        codes = [iso3 for stem, iso3 in RU_COUNTRY_ADJECTIVES.items() if m["adj"].startswith(stem)][:1]
    else:
        codes = places.codes_in(m["country"].capitalize())
    term = officeholders.holder(codes[0], "Foreign Minister", day) if len(codes) == 1 else None
    return _from_term(term, 0.85, "office") if term else None


def _ru_office_of(m: re.Match, day: date) -> Person | None:
    codes = places.codes_in(m["country"].capitalize())
    term = ru_office_holder(codes[0], _RU_OFFICE_OF_NAMES[m["office"]], day) if len(codes) == 1 else None
    return _from_term(term, 0.85, "office") if term else None


# a lower-case Russian title, up to sixty characters of what it is of, then a full name in the nominative that
# ends the capitalised run: "министр экономики Азербайджана Микаил Джаббаров, который …" (a later "господин
# Джаббаров" is he); the name is taken as written, so a declined one ("с министром … Джаббаровым") finds no
# later nominative surname
# (round 18: a title ending in a soft sign has its instrumental without it, "с председателем Милли Меджлиса Лейлой
# Гасановой", "с руководителем …", "с заместителем …"; _RU_TITLED read only "председатель" + "ем", which no text
# writes: the name after it is remembered in the nominative, "Лейла Гасанова", for a later "Гасанова назвала визит «…»")
_RU_SOFT_TITLES = ("председателем", "руководителем", "заместителем")
# Round 42: the instrumental of "глава" too ("встретился с главой исполнительной власти Гянджи Рауфом Мамедовым"), the
# name after it read in the nominative, for a later "— сказал глава исполнительной власти"
_RU_INSTRUMENTAL_TITLES = (*_RU_SOFT_TITLES, "главой")
# Round 43, second wave: their genitives, whose name after them is a genitive ("Марата Казакпаева"), which the name's
# own endings leave uncertain ("Марина Иванова" ends so in the nominative): read back as after "экономиста"
_RU_GENITIVE_TITLES = ("председателя", "руководителя", "заместителя", "главы")
_RU_TITLED = re.compile(r"(?<![\w\-])(?i:председателем|руководителем|заместителем|главой|заместитель|министр|вице-премьер|премьер-министр|посол|председатель|замминистра|глава|"
                        r"советник|директор|руководитель|эксперт|экономист|аналитик|политолог"
                        # round 16b: a region's governor, a speaker of parliament, a mayor, a deputy ("Аким Мангистауской
                        # области X Y", "Торага Жогорку Кенеша X Y", "хоким", "спикер", "депутат")
                        r"|аким|хоким|торага|спикер|губернатор|мэр|депутат"
                        # round 43 (Russian quotes): a Turkmen province's governor ("с хякимом велаята X Y")
                        r"|хяким"
                        # round 33: a vice minister ("Вице-министр торговли Казахстана X Y провела встречу." before
                        # "— …, — сказала Y."; "министр" alone does not match after the hyphen)
                        r"|вице-министр"
                        # Round 84 (h6 vice_president_titled): a state's vice-president, in any case ("переговоры с
                        # вице-президентом Турции Джевдетом Йылмазом", dev/1291), remembered in the nominative for a
                        # later "Йылмаз … заверил гостя, что Анкара «…»" ("президент" alone stays the table's)
                        r"|вице-президент"
                        # round 43, second wave: the genitive of a soft-sign title and of "глава" ("по словам
                        # председателя ассоциации Марата Казакпаева"), the name then in the genitive too
                        r"|председателя|руководителя|заместителя|главы)"
                        # round 16b: in the instrumental after "с", the name then too ("встретился с акимом … Нурланом
                        # Ногаевым", read in the nominative)
                        # (round 26: or in the genitive/accusative, "попросил экономиста Нурлана Сыдыкова", or the
                        # dative, "обратилась к экономисту Азизу Рахимову", the name then too: _ru_titled_name reads
                        # it back in the nominative)
                        r"(?P<case>ом|ем|а|у)?(?![\w\-])"
                        # (round 14: capitalised too, opening a sentence: "Министр экономики Азербайджана X Y прибыл")
                        # (round 24: "заместитель" in the nominative too, "Заместитель председателя кабинета X Y"; and a
                        # body's short name in marks in the title, "Председатель правления АО «КТЖ» X Y")
                        # (round 43, Russian quotes: or a ministry's portfolios listed with commas, "министр
                        # инвестиций, промышленности и торговли X Y": a comma before a lower-case word and the next
                        # comma or "и", no clause's)
                        # (round 57, quotesru57: or a body's acronym in brackets after its name, "Председателем
                        # Великого национального собрания Турции (ВНСТ) Нуманом Куртулмушем"; a body's two capitalised
                        # words before it are no name, "Олий Мажлиса Узбекистана (ОМ)")
                        # (round 72, quotes72a: or a lower-case gloss of the title in brackets, "губернатор (вали)
                        # X Y", a Turkish governor's own word, dev/1152)
                        # (round 103 (h6): a listed portfolio of two words too, and each listed one is one step of
                        # the sixty, so a ministry of three portfolios fits: "заместителя министра водных ресурсов,
                        # сельского хозяйства и перерабатывающей промышленности X Y", dev/1539)
                        r"(?P<of>(?:[^.,;:«»“”\"()]|«[^«».,;:]{1,30}»|,\s[а-яё]+(?:\s[а-яё]+)?(?=,|\s+и\s)"
                        r"|\([А-ЯЁA-Z]{2,8}\)"
                        r"|\([а-яё]{2,12}\))"
                        # (round 67, quotesru67: and a state's long name up to a hundred, when the acronym's gloss
                        # closes it, "Министр экономики и энергетики Турецкой Республики Северного Кипра (ТРСК) X Y",
                        # dev/1086; tried only when the sixty find no name)
                        r"{0,60}?(?:\s\([А-ЯЁA-Z]{2,8}\))?|[^.,;:«»“”\"()]{40,100}?\s\([А-ЯЁA-Z]{2,8}\))"
                        # Round 95 (q1): the name opens with no capitalised body word, so a Turkmen title's
                        # "Председателя Кабинета" is read past to the name ("с заместителем Председателя Кабинета
                        # министров X Y", the "министров" in lower case, dev/1426), not taken for it and dropped
                        rf"\s(?!(?:{'|'.join(sorted(_RU_CAPITALISED_BODY_WORDS))})\s)"
                        r"(?P<name>[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+)"
                        r"(?![\w\-]|\s+[А-ЯЁ]|\s\([А-ЯЁA-Z]{2,8}\))")


# Round 16: the titles of _RU_TITLED, one of which (case-insensitive) is in every match: a text whose cheap.lowered()
# holds none is not searched (read from the pattern, so that a title added there widens the check)
_RU_TITLE_WORDS = tuple(re.search(r"\(\?i:([^()]*)\)", _RU_TITLED.pattern)[1].split("|"))
assert all(re.fullmatch(r"[а-яё\-]+", word) for word in _RU_TITLE_WORDS)


# Round 43 (Russian quotes): a title whose "of" words run on through a clause to a second title after a preposition
# ("В Дашогузе хоким встретился с хякимом велаята X Y"): the name is the second title's (the first, the clause's
# subject, is named elsewhere), not both titles' as one ("заместитель министра экономики X Y", no preposition between)
_RU_PREPOSITION_IN_TITLE = re.compile(r"\s(?:с|со|к|ко|у|от)\s")


def ru_titled_matches(text: str):
    """_RU_TITLED's matches in `text`, a title's own name found past a second title's (_RU_PREPOSITION_IN_TITLE)."""
    for m in _RU_TITLED.finditer(text):
        if (gap := _RU_PREPOSITION_IN_TITLE.search(m["of"])) \
                and (inner := _RU_TITLED.search(text, m.start("of") + gap.start(), m.end())) and inner.end() == m.end():
            yield inner
        else:
            yield m


# Round 72 (abbrev72): a state told by its abbreviation inside a title, after the office or ministry word and its
# lower-case body in Russian, "Министр торговли и интеграции РК X Y" (the Republic of Kazakhstan, dev/1146), "Министр
# экономики КР" (the Kyrgyz Republic), "посол РУз", "Премьер-министр РТ"; before it in Azerbaijani, "AR İqtisadiyyat
# naziri" (the Republic of Azerbaijan). Read only there: as a mention anywhere the letters would make a state of every
# text they stand in.
TITLE_STATE_ABBREVIATIONS = {"РК": "KAZ", "КР": "KGZ", "РУз": "UZB", "РТ": "TJK", "AR": "AZE"}
_STATE_ABBREVIATED_IN_TITLE = re.compile(
    r"(?<![\w\-])(?i:министр\w*|вице-министр\w*|замминистра|министерств\w*|премьер-министр\w*|посол\w*|"
    r"посольств\w*|президент\w*|правительств\w*|председател\w*|глав[аыуе]|МИД)"
    r"(?:\s+[а-яё\-]+){0,5}\s+(?P<ru>РК|КР|РУз|РТ)(?![\w\-])"
    r"|(?<![\w\-])(?P<az>AR)\s+(?:[A-ZÇƏĞİÖŞÜ][\wçəğıöşü]+\s+){0,4}"
    r"(?:nazir\w*|[Pp]rezident\w*|səfir\w*|[Bb]aş\s+nazir\w*|sədr\w*)")
_STATE_ABBREVIATION_WORDS = ("рк", "кр", "руз", "рт", "ar ")  # one is in every match, as cheap.lowered() has them


def state_abbreviated_in_title(title: str) -> list[str]:
    """The state whose abbreviation stands inside the title (_STATE_ABBREVIATED_IN_TITLE), else none."""
    check = lowered(title)
    if not any(word in check for word in _STATE_ABBREVIATION_WORDS) \
            or not (m := _STATE_ABBREVIATED_IN_TITLE.search(title)):
        return []
    return [TITLE_STATE_ABBREVIATIONS[m["ru"] or m["az"]]]


# Round 97 (q4): a Russian title set off from its name by an aside in the nominative, a participle or "ответственный
# за" telling what the holder is in charge of ("заместитель Председателя Кабинета Министров Туркменистана, курирующий
# вопросы торговли, текстильной промышленности и внешнеэкономических связей, Хыдыр Овезгелдиев", dev/1453): the aside
# read away (without_ru_title_aside), the title stands before its name as _RU_TITLED reads one
_RU_TITLE_ASIDE = re.compile(r"(?<=[а-яё]),\s+(?:[а-яё]+(?:ющ|ящ|ущ|ащ|вш)(?:ий|ая)|ответственн(?:ый|ая)\s+за)\s"
                             r"[^;.«»]*?,\s+(?=[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+(?:\s*[,;.]|\s*$))")
_RU_TITLE_ASIDE_WORDS = ("щий", "щая", "вший", "вшая", "ответственн")  # one is in every _RU_TITLE_ASIDE match


def without_ru_title_aside(text: str) -> str:
    """`text` with each aside between a Russian title and its name (_RU_TITLE_ASIDE) read away, else as it is."""
    if not any(word in text for word in _RU_TITLE_ASIDE_WORDS):
        return text
    return _RU_TITLE_ASIDE.sub(" ", text)


def _ru_titled_people(text: str, occupations: set[str]) -> list[Person]:
    """The titled people of `text`; those named with an occupation and no office go into `occupations` too."""
    check = lowered(text)  # as IGNORECASE reads it (cheap.py): a look-alike "ᲂ" is an "о"
    if not any(word in check for word in _RU_TITLE_WORDS):
        return []  # round 16: _RU_TITLED cannot match
    text = without_ru_title_aside(text)  # round 97 (q4)
    people = []
    for m in ru_titled_matches(text):  # (round 43: a second title's name its own)
        name = _ru_titled_name(m)  # (round 18: the function below)
        if _body_name(name) or _ru_capitalised_body_words(name) or _one_place_name(name):
            continue  # round 17: "эксперт Института стран Центральной Азии" names a body, no one (round 56: nor
            # "Заместитель Председателя Кабинета министров", _RU_CAPITALISED_BODY_WORDS; round 67, quotesru67: nor
            # a state's two-word name in the genitive, "Министр экономики Северного Кипра в Бишкеке", dev/1086)
        if m[0][:4].lower() in ("эксп", "экон", "анал", "поли", "аким", "хоки", "хяки", "губе") \
                and not officeholders.by_name(name):
            occupations.add(_latin(name))  # an expert, economist, analyst or political scientist (round 33: or a
            # region's governor, whom a bare "аким" after his quote means: _TURKIC_BARE_OCCUPATIONS)
        if _holder_named(name):
            continue  # the table's holder, found by name
        codes = places.codes_in(m["of"]) or state_abbreviated_in_title(m[0])
        role = _ru_minister_role(m[0]) or _ru_deputy_premier_role(text, m) or _ru_city_head_role(m[0])
        people.append(Person(_latin(name), role, codes[0] if codes else "", 0.6, "unlisted name"))
    if "инистры" in text:  # a cheap gate: round 105 (h1), two ministers under one plural title
        people += ru_plural_titled_ministers(text)
    return people


# Round 105 (h1): a plural title before two states and two names, each state's the name in its place ("Министры
# энергетики Кыргызстана и Узбекистана Эмиль Джумагулов и Азиз Турсунходжаев …", dev/1559): each a minister of his
# state, for a later "— подчеркнул узбекский министр" (Resolver._named_minister) and "Узбекский министр прибыл в Бишкек"
# (visits._ru_titled_named_in); _RU_TITLED reads one title's one name.
# Not a prime minister's ("Премьер-министры": the hyphen), nor names in another case than the nominative's two words.
_RU_PLURAL_MINISTERS = re.compile(r"(?<![\w\-])[Мм]инистры(?:\s+[а-яё]+){0,4}"
                                  r"\s+(?P<a>[А-ЯЁ][а-яё]+)\s+и\s+(?P<b>[А-ЯЁ][а-яё]+)"
                                  r"\s+(?P<n1>[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+)\s+и"
                                  r"\s+(?P<n2>[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+)(?![\w\-]|\s+[А-ЯЁ])")


def ru_plural_titled_ministers(text: str) -> list[Person]:
    """The two ministers of each _RU_PLURAL_MINISTERS match, the first name the first state's, the second the
    second's; none when a state word names no one state or both the same, and not the table's holders."""
    people = []
    for m in _RU_PLURAL_MINISTERS.finditer(text):
        states = [places.codes_in(m["a"]), places.codes_in(m["b"])]
        if any(len(codes) != 1 for codes in states) or states[0] == states[1]:
            continue
        people += [Person(_latin(name), "Minister", codes[0], 0.6, "unlisted name")
                   for name, codes in zip((m["n1"], m["n2"]), states) if not _holder_named(name)]
    return people


# Round 61 (quotesru61): the one region's governor the text titled so in any case ("во главе с акимом Мангистауской
# области X Y"), whom a bare "— отметил аким." means when another (a deputy minister) spoke last; None when two were
_RU_REGION_HEAD_TITLES = ("аким", "хоким", "хяким", "губернатор")


def ru_one_titled_named(earlier: str, titles: tuple[str, ...]) -> str | None:
    """The one name `earlier` gives one of `titles` (lower case, as the nominative opens: "аким", "мэр") in any case
    ("с акимом … X Y", "хокима … X Y"), in the nominative; None when it titles no one or two so. The one home of
    reading a bare title back to its holder: round 61's region head and round 63's head of a place both call it."""
    names = {name for title, _of, name in ru_titled_mentions(earlier) if title.startswith(titles)}
    return next(iter(names)) if len(names) == 1 else None


def ru_one_region_head_named(earlier: str) -> str | None:
    if "ким" not in earlier and "убернатор" not in earlier:
        return None  # a cheap gate ("Аким", "акимом", "хоким", "хяким", "Губернатор")
    return ru_one_titled_named(earlier, _RU_REGION_HEAD_TITLES)


# Round 65 (quotes65): a dash line's attribution names the governor by his title, bare or with his region's noun in the
# genitive ("— сказал аким области.", dev/1067), after the text titled two heads of regions, the guest hokim and the
# host akim: the one titled with that very word, else (round 61) the one titled with any governor's word
# (Round 91, q4: or whom he told it after it, "— сказал аким журналистам. —", dev/1383)
_RU_REGION_HEAD_OF_REGION = re.compile(rf"(?P<title>{'|'.join(_RU_REGION_HEAD_TITLES)})"
                                       r"(?:\s+(?:области|региона|вилоята|велаята|края|провинции))?"
                                       r"(?:\s+(?:журналистам|корреспонденту|корреспондентам|прессе))?")


def ru_region_head_said(phrase: str, earlier: str) -> str | None:
    """The one governor named in `earlier` whom `phrase` ("аким", "аким области") means, in the nominative; None when
    the phrase is no governor's title or names no one or two."""
    if not (m := _RU_REGION_HEAD_OF_REGION.fullmatch(phrase)):
        return None
    return ru_one_titled_named(earlier, (m["title"],)) or ru_one_region_head_named(earlier)


# Round 43, second wave: a full name right after "по словам" / "по мнению" / "со слов" ("according to"), which govern
# the genitive: "по словам Мухтара Алиева" names Mukhtar Aliyev (not the president of that surname, for a later
# "— сказал Алиев"), read back as after a genitive title (the name's own endings leave "Марата"/"Марина" uncertain)
_RU_ACCORDING_TO_NAME = re.compile(r"(?<![\w\-])(?:[Пп]о\s+(?:словам|мнению|оценке|оценкам|данным|информации|признанию|"
                                   r"убеждению|подсч[её]там)|[Сс]о\s+слов)"
                                   r"\s+(?P<name>[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+)(?![\w\-]|\s+[А-ЯЁ])")


def _ru_according_to_people(text: str) -> list[Person]:
    """The people `text` names in full after "по словам" and its like, in the nominative; not the table's holders."""
    return [Person(_latin(name), "", "", 0.6, "unlisted name") for m in _RU_ACCORDING_TO_NAME.finditer(text)
            if not _body_name(name := ru_nominative_of_genitive(m["name"])) and not _holder_named(name)]


# Round 42: a city's head ("мэр Оша X Y", "с главой исполнительной власти Гянджи X Y", "глава города"), the role "Mayor":
# whom alone a later bare "— сказал глава исполнительной власти" / "мэр" means (Resolver._city_head_anaphor), as "аким"
# a region's (_TURKIC_BARE_OCCUPATIONS)
# (round 72, quotes72a: or a city's akim, "аким города X Y" as Kazakh papers title a city's head, dev/1152)
_RU_CITY_HEAD_TITLES = ("мэр", "глава исполнительной власти", "главой исполнительной власти", "глава города",
                        "главой города", "аким города", "акимом города", "акима города")
_RU_CITY_HEAD_WORDS = frozenset({"мэр", "глава исполнительной власти", "глава города"})


def _ru_city_head_role(titled: str) -> str:
    return "Mayor" if lowered(titled[:28]).startswith(_RU_CITY_HEAD_TITLES) else ""  # (28: the longest title's length)


def _ru_minister_role(titled: str) -> str:
    """Round 22: "Minister" for a minister's title ("Министр торговли Казахстана X Y"), so that a later "казахстанский
    министр" / "министр Казахстана" finds him (Resolver._named_minister) when two ministers of two states met; a prime
    minister's or a deputy's title ("премьер-министр", "заместитель министра") is none."""
    low = titled.lower()
    if _RU_DEPUTY_MINISTER_TITLE.match(low):
        return "Deputy Minister"  # round 43, second wave: whom alone a bare "замминистра" means (_one_deputy_minister)
    return "Minister" if low.startswith("министр") else ""


# Round 48: a deputy prime minister's Russian title, in any case ("вице-премьер", "заместитель премьер-министра",
# "Заместителя Премьер-министра …", the "заместитель" standing before the match _RU_TITLED makes of "Премьер-министра
# … X Y"): the role "Deputy Prime Minister", whom a later "азербайджанский вице-премьер" / "вице-премьер Казахстана"
# means when two co-chairs of two states are named (Resolver._deputy_premier_of)
_DEPUTY_PREMIER_ROLE = "Deputy Prime Minister"
# (round 97, q4: or the deputy chairman of a Cabinet of Ministers, the Turkmen and Kyrgyz deputy premiers' title,
# "заместитель Председателя Кабинета Министров Туркменистана", dev/1453; read lowered from a title's first 40 letters)
_RU_DEPUTY_PREMIER_TITLE = re.compile(r"(?:вице-премьер(?:а|у|ом|е)?|(?:перв(?:ый|ого|ым)\s+)?заместител(?:ь|я|ю|ем)\s+"
                                      r"(?:премьер-министра|председателя\s+кабинета))(?![\w\-])")
_RU_DEPUTY_BEFORE = re.compile(r"заместител(?:ь|я|ю|ем)\s+$")
_RU_STATE_DEPUTY_PREMIER = re.compile(r"(?:(?P<adj>[а-яё]+?)(?:ий|ый|ого|ому|им|ом)\s+)?вице-премьер[а-я]{0,2}"
                                      r"(?:\s+(?P<state>[а-яё\-]+))?")


# Round 56 (quotesru56): a commission's co-chair by his state's adjective ("Открывая заседание, узбекский
# сопредседатель подчеркнул …"), in the nominative (Resolver._co_chair_of); a head of state chairs no commission
_RU_STATE_CO_CHAIR = re.compile(r"(?P<adj>[а-яё]+?)(?:ий|ый)\s+сопредседатель")
# Round 71 (quotes71a): the Azerbaijani co-chair by his state's bare demonym ("«…», – deyə tacik həmsədr əlavə edib"
# under "Tacikistan tərəfindən isə həmsədr, … naziri X Y …", dev/1137), with or without the possessive
_AZ_STATE_CO_CHAIR = re.compile(r"(?P<demonym>tacik|özbək|qazax|qırğız|türkmən|türk|macar)\s+həmsədri?")
_CO_CHAIR_NOT_ROLES = ("president", "leader", "head of state")
# Round 92 (q4, SIDE_CO_CHAIR): a commission's co-chair by the side of the state he heads ("Azərbaycan tərəfinin
# həmsədri … toxunub: “…”" under "İclasa Komissiyanın həmsədrləri – … naziri X Y və … naziri Z W rəhbərlik ediblər",
# dev/1388; Turkish "Azerbaycan tarafının eş başkanı"): that state's co-chair, as "özbək həmsədr" (_az_co_chair_of)
SIDE_CO_CHAIR = re.compile(r"(?P<state>[A-ZÇƏĞİÖŞÜ][\wəıöüşçğ]+)\s+(?:tərəfinin\s+həmsədri|tarafının\s+eş\s+başkanı)")
SIDE_CO_CHAIR_WORDS = ("tərəfinin həmsədri", "tarafının eş başkanı")  # one is in every match (a cheap gate)


def _ru_deputy_premier_role(text: str, m: re.Match) -> str:
    low = lowered(m[0][:40])
    if _RU_DEPUTY_PREMIER_TITLE.match(low):
        return _DEPUTY_PREMIER_ROLE
    if low.startswith("премьер-министр") and _RU_DEPUTY_BEFORE.search(lowered(text[max(0, m.start() - 16):m.start()])):
        return _DEPUTY_PREMIER_ROLE
    return ""


def _a_ministers_role(role: str) -> bool:
    """Is `role` a minister's ("the Kazakh minister" means him), not a prime minister's nor (round 43, second wave, as
    Russian deputies now have the role) a deputy minister's?"""
    low = role.lower()
    if "bakan" in low or "nazir" in low:  # round 48 (quotes, other): a Turkish or Azerbaijani title kept as written
        return "başbakan" not in low and "baş nazir" not in low and "yardımcı" not in low and "müavin" not in low
    return "minister" in low and "prime" not in low and "deputy" not in low


# Round 43, second wave: a deputy minister's Russian title in any case ("заместитель министра", "с заместителем
# министра", "заместителя министра", the short "замминистра", "вице-министр")
_RU_DEPUTY_MINISTER_TITLE = re.compile(r"(?:заместител(?:ь|я|ю|ем)\s+министра|замминистра"
                                       r"|вице-министр(?:ом|а|у)?)(?![\w\-])")  # (round 61: "с вице-министром")


class ArticleTitles(NamedTuple):
    """Which of note_names_in's title checks can match anywhere in an article (article_titles)."""
    titles_of: bool
    local_titles: bool
    appositive_titles: tuple[str, ...]  # those of _APPOSITIVE_TITLES the article holds (round 16: was a bool)
    cyrillic_a: bool
    az_titles: tuple[str, ...]  # round 16: those of _AZ_TITLES the article holds
    region_nouns: bool = True  # round 104 (h3): a noun of _PLACE_REGION_NOUN_GATE (a place's before it lowered)


def article_titles(article: str) -> ArticleTitles:
    """Asked once per article, so that note_names_in, asked for each of its ~90 slices, skips the title
    checks whose words the article does not hold (each check needs one of them as a substring).
    Round 16: for two checks, the titles the article holds, so that each slice is asked for only those
    (a title the article does not hold is in none of its slices): a few `in` tests instead of a pattern."""
    return ArticleTitles(any(title in article for title in _TITLES_OF),
                         any(title in article for title in _LOCAL_TITLES),
                         # (round 30: capitalised too, "X Y, Chairman of the Board of …,", _EN_NAME_TITLE_APPOSITIVE)
                         tuple(form for title in _APPOSITIVE_TITLES for form in (title, title.capitalize())
                               if form in article),
                         "а" in article,
                         tuple(title for title in _AZ_TITLES if title in article),
                         _PLACE_REGION_NOUN_GATE.search(article) is not None)


# Round 59 (quotesru59): the emphatic pronoun before a surname ("Сам Касымалиев в Астане говорил …", "Сама Осмоналиева
# считает …", "самого Токаева") means "X himself": no first name, the surname alone is who is named.
_RU_EMPHATIC_SELF = re.compile(r"Сам(?:а|ого|ой|ому|им|у)?\s+(?=[А-ЯЁ])")


# Round 86 (n6): a surname opening a sentence, then "ise" (as for): the text turns to that person ("Erdoğan ise
# konuşmasına … başladı"); the name capitalised, so "bu ise" (this) and "Ankara ise"'s place, named by nobody, pass
_TR_TOPIC_SURNAME = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=\n))([A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+)\s+ise\s")


class Resolver:
    """Resolves speaker phrases in one article, remembering who was named so far."""

    def __init__(self, day: date):
        self.day = day
        self.named: list[Person] = []  # people named in full so far, latest last
        # round 74 (oped74): each office holder named in full so far, present or former, by his given name (in Latin):
        # whom a Russian given name and patronymic ("Ислам Абдуганиевич") means (_named_by_given_name)
        self.holders_by_given_name: dict[str, Person] = {}
        self.last_speaker: Person | None = None
        self.first_head: Person | None = None  # the first head of state named (HEAD_OF_STATE_WORDS)
        # round 68 (tacik68): the head of state the article names as "our President" ("Sayın Cumhurbaşkanımız Emomali
        # Rahmon", a Tajik ambassador's interview, dev/1101): a bare "Cumhurbaşkanımız" later is that head, not
        # Türkiye's (_OUR_HEAD_OF_STATE's default)
        self.our_head_named: Person | None = None
        # Round 86 (n2): the head of state whose own press service signs the release (release_own_head): its bare
        # "Глава государства" / "Президент" is he, the host, not the visiting head of state named last (dev/1315)
        self.release_head: Person | None = None
        # Round 91 (q5): the head of state of the capital the report is datelined in (dateline_capital_head)
        self.dateline_head: Person | None = None
        # round 51 (quotes_gaps51): a release's opening sentence, set by find_quotes when the text says "Bakanımız"
        # or "nazirimiz": of two ministers of its state, the one it names is "our minister" (_our_minister)
        self.opening = ""
        # people named in full whom the office holders table does not know, latest last: speakers, and the
        # runs of running text with a title in them (a run is read only when a surname is looked up)
        self.unlisted: list[Person | str] = []
        # round 16b: people named with an occupation and no office ("İqtisadçı Elnur Məmmədli", "экономист X Y"),
        # whom a bare "Nazir"/"министр" never means
        self.occupations: set[str] = set()
        # round 16b: the minister running text named in full since the last quote given a speaker by name or title
        # (cleared by find_quotes): a bare "the minister" after him may mean either him or that speaker
        self.minister_mentioned = ""
        # round 28: (body, name) of each chair of a body named in running text ("Jogorku Keneşinin Sədri X Y")
        self.body_chairs: list[tuple[str, str]] = []
        # round 102 (q4): the state of each acronym the text glossed after a body's name ("Türkiyə … Mərkəzi (MAFAM)"),
        # for a later title of that body ("MAFAM-ın rəisi X Y": acronym_gloss_states)
        self.acronym_states: dict[str, str] = {}
        # round 30: (first, second) of two heads of state running text named joined by "and" ("President X and
        # President Y agreed …"), whom a later bare "the head of state" means the first of (_joint_first_head)
        self.joint_heads: tuple[str, str] | None = None
        # round 33: ministers the table lacks named after a lower-case title opened by their state ("Turkish energy
        # minister X Y"), read only by a later "the Turkish minister" (_named_minister), never for a surname alone
        self.lower_titled_ministers: list[Person] = []
        # the person a sentence of running text opening "According to X, …" made the last speaker (_en_one_titled)
        self.according_to = ""
        self.last_quoted = ""  # round 62 (quotesen62): the speaker of the last quote in marks (quotes.find_quotes)
        # round 41 (titles): the name each local title glossed in English named ("Toraga (Speaker) of … X Y": "toraga"),
        # "" when two were so titled; and the chairs of parliaments named with a title ("Chairperson of the Mejlis X Y")
        self.glossed_titles: dict[str, str] = {}
        self.parliament_chairs: list[Person] = []
        # round 48: officials named as a titled one's host, guest or counterpart, with that title
        # (en_counterparts_named): read only for a title that names a state ("the Kyrgyz mayor"), never for a bare one
        self.counterparts: list[Person] = []
        # round 53 (quotesen): the heads of a city's executive power named (en_city_executive_heads), mayors whom a bare
        # "the mayor" means only when no one was titled so in English words (_narrowed_mayors)
        self.executive_heads: set[str] = set()

    def _note_our_head_named(self, run: str, name: str, person: Person) -> None:
        """Remember `person` as "our head of state" when the name run `run` is that word before the name `name`
        ("Sayın Cumhurbaşkanımız Emomali Rahmon")."""
        before_name = run[:run.rfind(name)].translate(_FOLDED_I).lower().strip() if name in run else ""
        if before_name in _OUR_HEAD_OF_STATE:
            self.our_head_named = person

    def note_names_in(self, text: str, article: ArticleTitles | None = None) -> None:
        """Remember full names of office holders mentioned in running text (not only speakers).
        `article`: article_titles() of a text that holds `text` (find_quotes passes slices of its article),
        so the title checks below are skipped when the whole article holds none of their words."""
        if not text:
            return  # an empty slice (most gaps between a paragraph and the next event): nothing below matches
        no_name = _NO_NAME_WORDS
        if "greetings" in text or "regards" in text:  # round 27: a substring test first, few slices greet anyone
            text = _EN_GREETED.sub(_unnamed_greeted, text)
        if "Mr. " in text or "Ms. " in text or "Mrs. " in text:  # round 49: a substring test first, few slices hold one
            text = _EN_COURTESY_BEFORE_NAME.sub("", text)
        # round 104 (h3): a place's name before its region's or dig's noun is no name word of a titled run either
        # ('Bakan Yardımcısı Karaağaç Sauran kazısında: "…"' names no "Karaağaç Sauran", dev/1544)
        placeless = without_place_before_region_noun(text) if article is None or article.region_nouns else text
        runs_of = placeless  # round 57 (quotesaztr57): the name runs of "Valisi (Akim) Yermek Jaksıbekov" read without
        if ") " in text and "(" in text:  # the gloss (substring tests first); the rules below still see the gloss
            runs_of = _TITLE_GLOSS_BEFORE_NAME.sub(r"\g<title>", placeless)
        heads_here: list[tuple[str, Person]] = []  # round 30: the heads of state this text names, with their runs
        for run in _whole_name_runs(runs_of):
            # most capitalised runs ("The", "Trade Turnover") hold no word of any holder's name: skip them
            # (the set test first: it answers most runs in one C call)
            words = run.split()
            if len(words) < 2:
                continue  # one word: no candidate has two, and only those are looked up below
            titled = len(words) >= 3 and not _PERSON_TITLES.isdisjoint(words)
            if "А" <= run[0] <= "Я" and (not has_name_word(run) or not officeholders.by_name(run)):
                # round 14: "с главой МИД Турции Хаканом Фиданом" names Hakan Fidan; round 16b: also when a word of
                # the run is a holder's name as written, an indeclinable surname ("с … Муратом Нуртлеу")
                run = _ru_declined_holder(run)
                words = run.split()
            if no_name.issuperset(words) or not has_name_word(run):
                if titled:
                    self._note_titled(run, words)
                elif words[-1][-2:] in ("'s", "’s") and words[0] == "President":  # round 30: "President Aliyev's visit"
                    self._note_president_surname(run, words, heads_here)
                continue
            holder = False
            for candidate in _run_candidates(run):
                if " " in candidate:
                    if self.first_head is None and candidate[-2:] in ("'s", "’s"):
                        self._note_possessive_first_head(candidate[:-2])  # round 101 (v1)
                        continue
                    terms = officeholders.by_name(candidate, self.day) or _by_holder_spelling(candidate, self.day)
                    if terms:  # the one named last last (_only_former_holder_named)
                        self.holders_by_given_name.pop(given := terms[0].name.split()[0], None)
                        self.holders_by_given_name[given] = _from_term(terms[0], 0.85, "name")
                    if terms and terms[0].covers(self.day):
                        self._remember(person := _from_term(terms[0], 0.95, "name"))
                        holder = True
                        if person.role == officeholders.HEAD_OF_STATE:
                            heads_here.append((run, person))
                            if "ımız" in run:  # a cheap gate: round 68, "Cumhurbaşkanımız Emomali Rahmon"
                                self._note_our_head_named(run, candidate, person)
                        # round 93 (q2, CABINET_CHAIR_NO_MINISTER): nor the Kyrgyz premier's "Chairman of the
                        # Cabinet of Ministers" ("X was received by Y, Chairman of the Cabinet of Ministers. … “…,” the
                        # Minister said" is X's, dev/1400)
                        if "Minister" in person.role and "Prime" not in person.role \
                                and "Cabinet of Ministers" not in person.role:
                            self.minister_mentioned = person.name  # round 16b
            if titled and not holder:  # "Trade Minister Ömer Bolat": no office holder, a name after a title
                self._note_titled(run, words)
            elif not holder and ("President" in words or "Presidents" in words):
                self._note_president_surname(run, words, heads_here)
        if len(heads_here) >= 2:  # round 30: rare (two heads of state named in one slice), so no cost elsewhere
            self._note_joint_heads(text, heads_here)
        # Each check below first asks the article (when given): a substring of `text` is a substring of the
        # article that holds it, so an article without any of the words has no slice with one.
        if (article is None or article.titles_of) and " of" in text and any(title in text for title in _TITLES_OF):
            self._note_title_of_names(text)  # substring tests first: most texts hold none (each holds " of")
        if ") of " in text and (glossed := glossed_titled_names(text)):  # round 41 (titles): "Toraga (Speaker) of …"
            self._note_glossed_titles(glossed)
        if (article is None or article.local_titles) and _ANY_LOCAL_TITLE.search(text):
            self.unlisted += _LOCAL_TITLED.findall(placeless)
        # round 9; _TITLE_APPOSITIVE matches one of _APPOSITIVE_TITLES as written (no IGNORECASE)
        # (round 16: _TITLE_APPOSITIVE and _AZ_TITLE_WORD are case-sensitive, and each of their matches holds one of
        # _APPOSITIVE_TITLES or _AZ_TITLES as written: a slice holding none of the article's own cannot match)
        if (article is None or any(title in text for title in article.appositive_titles)) and ", " in text \
                and (found := _titled_appositives(text)):
            self.unlisted += found
        if "(" in text:  # round 102 (q4): an acronym's gloss, for a title of its body in a later slice
            self.acronym_states |= acronym_gloss_states(text)
        if (article is None or any(title in text for title in article.az_titles)) and _AZ_TITLE_WORD.search(text):
            # round 14: "İqtisadiyyat naziri Mikayıl Cabbarov", lower-case titles
            self.unlisted += _az_titled_people(text, self.occupations, self.acronym_states)
        if _TR_TITLE_CLOSED.search(text) and (found := _tr_names_titled_after(text)):
            self.unlisted += found  # round 84 (h4): "X Y, Kazakistan Ticaret Bakanı," / "X Y (… Bakanı)"
        if " olan " in text and (found := _tr_occupation_olan_names(text)):
            self.occupations |= found  # round 37: "bir makine üreticisi olan Levent Karakoyunlu"
        if (article is None or article.cyrillic_a) and "а" in text:  # Cyrillic "а": Russian text, where a title is lower-case
            self.unlisted += _ru_titled_people(text, self.occupations)
            if "по " in text or "По " in text or "со слов" in text:  # round 43, second wave (substring tests first)
                self.unlisted += _ru_according_to_people(text)
        if "Vice" in text:  # round 20: a substring test first, most slices name no vice president
            self.unlisted += _en_vice_presidents(text)
        if "Deputy " in text and " and " in text:  # round 102 (v2): substring tests first, few slices hold both
            self.unlisted += _en_deputy_ministers_of_portfolios(text)
        if "Ambassador " in text or "Envoy " in text:  # round 30: a substring test first, few slices name an envoy so
            self.unlisted += _en_ambassadors_to(text)
        if " minister " in text:  # round 33: "Turkish energy minister X Y" (a substring test first)
            self.lower_titled_ministers += _en_lower_titled_ministers(text)
        if "counterpart" in text:  # round 33: "Minister X met his Kazakh counterpart Y Z" (a substring test first)
            self.lower_titled_ministers += _en_minister_counterparts(text)
        if "ədri " in text or "pikeri " in text:  # round 28: a substring test first, most slices name no chair ("Sədri",
            # "sədri"; round 34: or speaker, "spikeri")
            self.body_chairs += _az_body_chairs(text)
        if any(word in text for word in _TURKIC_SPEAKING_PARTICIPLES):  # round 30 (substring tests: few slices hold one)
            self.unlisted += _turkic_participle_named(text)
        if "Dr." in text:  # round 22: a substring test first, most slices name no academic
            academics = _tr_academic_people(text)
            self.unlisted += academics
            self.occupations.update(p.name for p in academics)  # round 28: an academic title is an occupation's
        if "akim " in text:  # round 37 (English quotes A): a substring test first, few slices name an akim
            self.unlisted += _en_akims_named(text)
        if "hokim " in text or "governor " in text or "mayor " in text or "akim (" in text:  # round 46 (substrings)
            for person, local in _en_lower_heads_named(text):
                self.unlisted.append(person)
                if local:  # the local word glossed: a later "the hokim" is this one, as a glossed title's (round 41)
                    self.glossed_titles[local] = person.name \
                        if self.glossed_titles.get(local, person.name) == person.name else ""
        if "xecutive " in text and (heads := en_city_executive_heads(text)):  # round 53 (quotesen; a substring first)
            self.unlisted += heads
            self.executive_heads.update(person.name for person in heads)
        if "overnor)" in text or "ayor)" in text:  # round 53 (quotesen): "the khokim (governor) of …, X Y,"
            for person, local in en_glossed_region_heads(text):
                self.unlisted.append(person)
                for word in _EN_TITLE_KIN.get(local, (local,)):  # round 59: "hokim" for "khokim" too
                    self.glossed_titles[word] = person.name \
                        if self.glossed_titles.get(word, person.name) == person.name else ""
        if "delegation" in text and ("headed by" in text or "led by" in text):  # round 53 (quotesen)
            self.unlisted += en_delegation_heads(text)
        if "eputy Prime Minister" in text or "eputy prime minister" in text:  # round 63 (a substring test first)
            self.unlisted += _en_deputy_prime_ministers_named(text)
        if " ise " in text:  # Round 86 (n6): a substring test first, few slices turn to one so
            self._note_topic_surnames(text)

    def _note_topic_surnames(self, text: str) -> None:
        """Round 86 (n6): the Turkish topic turned to a person by his surname and "ise" (as for) at a sentence's start
        ("Aliyev, "…" dedi. Erdoğan ise konuşmasına bir beyitle başladı. Cumhurbaşkanı, "…" dedi", dev/1325) names him
        again, one named before in full or the sitting head of state of that surname (the article may title him only,
        "Cumhurbaşkanı Erdoğan"): a later bare title is his, not the last speaker's (_head_for_title)."""
        for m in _TR_TOPIC_SURNAME.finditer(text):
            person = next((p for p in reversed(self.named) if p.name.split()[-1] == m[1]
                           or _fold_word(m[1]) in _surnames_of(p.name)), None) \
                or _president_by_surname([m[1]], self.day)
            if person is not None:
                self._remember(person)

    def _note_president_surname(self, run: str, words: list[str], heads_here: list[tuple[str, Person]]) -> None:
        """Round 30: "President Mirziyoyev opened …" before "the head of state said": the head of state of that surname
        is named (_president_by_surname), as a full name would name him."""
        if head := _president_by_surname(words, self.day):
            self._remember(head)
            heads_here.append((run, head))

    def _note_joint_heads(self, text: str, heads: list[tuple[str, Person]]) -> None:
        """Round 30: two heads of state named one after the other joined by "and" ("President Shavkat Mirziyoyev and
        President Kassym-Jomart Tokayev have agreed …", "Presidents X and Y", "X and his Kazakh counterpart Y"): the
        outlet names its own or the host first, the subject of what follows, so a later bare "the head of state" means
        him, not the one named last (_joint_first_head). "X received Y", "Y was received by X" join no pair."""
        (first_run, first), (second_run, second) = heads[-2:]
        start = text.rfind(second_run)
        end = text.rfind(first_run, 0, start) + len(first_run)
        if first.name != second.name and end >= len(first_run) and _JOINT_HEADS_GAP.fullmatch(text, end, start):
            self.joint_heads = (first.name, second.name)

    def _joint_first_head(self, head: Person) -> Person:
        """Round 30: the first of two heads of state named jointly when `head` is the second and nobody has been named
        since ("President X and President Y agreed …. … the head of state said …" is X); else `head`."""
        if self.joint_heads is None or head.name != self.joint_heads[1] or len(self.named) < 2 \
                or self.named[-2].name != self.joint_heads[0]:
            return head
        first = self.named[-2]
        return Person(first.name, first.role, first.iso3, head.confidence, head.rule)

    def _note_titled(self, run: str, words: list[str]) -> None:
        """A titled run of running text, read when a surname is looked up. Round 18b: a minister the table does not
        know is the minister mentioned last too ("Kazakh Energy Minister X Y met Azerbaijani Energy Minister Z W.
        “…,” the minister said." is either's: Resolver.resolve gives none)."""
        self.unlisted.append(run)
        if "Minister" in words and "Prime" not in words and (found := _titled_name(run, words)):
            self.minister_mentioned = found[0]

    def _note_title_of_names(self, text: str) -> None:
        """'Azerbaijani Minister of Economy Mikayil Jabbarov', 'Chairman of the State Customs Committee X Y':
        the title's "of" splits the capitalised run, so the name after the ministry's words is remembered
        here, as the title and the name ("Azerbaijani Minister Mikayil Jabbarov"), for a later "Jabbarov"."""
        for m in _TITLE_OF_NAME.finditer(text):
            if not _BODY_WORDS.isdisjoint(m["name"].lower().split()) \
                    and (m := _TITLE_OF_LONGER_BODY.match(text, m.start())) is not None \
                    and not _BODY_WORDS.isdisjoint(m["name"].lower().split()):
                m = None  # round 62: "Speaker of the Grand National Assembly of Türkiye X Y", the body read whole
            if m is None:
                continue  # round 30: "Chairman of the Board of Kazakh Caspian Shipping Company" ends in a body, no name
            body = text[m.end('title'):m.start('name')]
            # (round 41: a parliament's own name gives the state too, "Chairperson of the Mejlis X Y" is Turkmen)
            name = _name_of_title_of(m)
            self.unlisted.append(f"{_state_of_body(body) or _parliament_state_words(body)}{m['title']} {name}")
            if chair := parliament_chair_named(m["title"], body, name):
                self.parliament_chairs.append(chair)

    def _note_glossed_titles(self, glossed: list[tuple[str, str, str, str]]) -> None:
        """Round 41 (titles): each person a glossed local title named, remembered with the English title (a later
        surname, "the Speaker"), by the local word (a later "the Toraga": _glossed_title) and as a parliament's chair."""
        for local, title, body, name in glossed:
            self.unlisted.append(f"{title} {name}")
            named = _latin(name)
            self.glossed_titles[local] = named if self.glossed_titles.get(local, named) == named else ""
            if chair := parliament_chair_named(title, body, name):
                self.parliament_chairs.append(chair)

    def _glossed_title(self, low: str) -> Person | None:
        """Round 41 (titles): "the Toraga" after "Toraga (Speaker) of the Jogorku Kenesh … X Y" is X Y, though a second
        Speaker was named (the local word is his alone); None when the word glossed no one, or two people."""
        name = self.glossed_titles.get(low.removeprefix("the "))
        people = [p for p in reversed(self.unlisted_people()) if p.name == name] if name else []
        person = next((p for p in people if p.role), people[0] if people else None)  # the titled mention first
        return Person(person.name, person.role, person.iso3, 0.7, "anaphor") if person else None

    def _parliament_head(self, low: str) -> Person | None:
        """Round 41 (titles): "the head of the Turkmen parliament" is the one chair of a Turkmen parliament the text
        named with a title (_EN_PARLIAMENT_HEAD); None when it named none of that state, or two."""
        if (m := _EN_PARLIAMENT_HEAD.fullmatch(low)) is None or not (codes := places.codes_in(m["state"])):
            return None
        chairs = {p.name: p for p in self.parliament_chairs if p.iso3 in codes}
        return next(iter(chairs.values())) if len(chairs) == 1 else None

    @staticmethod
    def _titled_person(run: str) -> Person | None:
        """'Trade Minister Ömer Bolat' in running text: Ömer Bolat, unless the table knows him."""
        found = _titled_name(run, run.split())
        if found is None:
            return None
        name = _TR_APOSTROPHE_CASE.sub("", found[0]) if "'" in found[0] or "’" in found[0] else found[0]  # round 27
        if _holder_named(name):  # round 55 (quotestr55): the holder asked without the case ("Reşit Meredov'un")
            return None
        codes = places.codes_in(run)
        return Person(_latin(name), found[1], codes[0] if codes else "", 0.6, "unlisted name")

    def _unlisted_surname(self, phrase: str) -> Person | None:
        """'Bolat' after 'Trade Minister Ömer Bolat' (or a quote of 'Ömer Bolat'): the unlisted person of
        that surname named last. Asked only when nothing else resolves the phrase, so a surname the table
        knows (Aliyev) stays the office holder's."""
        self.unlisted_people()
        for candidate in _candidate_names(phrase):
            if " " in candidate:
                continue
            candidate = _latin(candidate)  # "Шаккалиев" is the Shakkaliyev named before
            for person in reversed(self.unlisted):
                if person.name.split()[-1] == candidate:
                    return person
            # Round 95 (q3): or the one the lead named as an object in the Azerbaijani accusative ("… naziri Əli
            # Yerlikayanı … qəbul edib", dev/1431): the surname written bare ("Nazir Yerlikaya … deyib") tells the
            # ending a case (name_forms.az_accusative_stripped), and the person is named without it
            for person in reversed(self.unlisted):
                if person.name.split()[-1].startswith(candidate) and (bare := next(
                        (name for name in az_accusative_stripped(person.name) if name.split()[-1] == candidate), None)):
                    return person._replace(name=bare)
        return None

    def _only_minister(self) -> Person | None:
        """Round 14: "the minister" before anyone has spoken ("Глава МИД … Джейхун Байрамов встретился с коллегой. По
        мнению министра, …: «…»"): the one minister the article has named (not a prime minister), else None."""
        ministers = {p.name: p for p in self.named if "minister" in p.role.lower() and "prime" not in p.role.lower()}
        if len(ministers) != 1:
            return None
        person = next(iter(ministers.values()))
        return Person(person.name, person.role, person.iso3, 0.7, "anaphor")

    def _only_prime_minister(self) -> Person | None:
        """Round 30: "the prime minister" before anyone has spoken ("Prime Minister Viktor Orbán and President X Y
        signed …. “…,” the prime minister said"): the one prime minister the article has named, else None."""
        # (round 35: or Kyrgyzstan's Chairman of the Cabinet, whom English calls the prime minister)
        premiers = {p.name: p for p in self.named if p.role.lower().startswith(_PREMIER_ROLES)}
        if len(premiers) != 1:
            return None
        person = next(iter(premiers.values()))
        return Person(person.name, person.role, person.iso3, 0.7, "anaphor")

    def _our_minister(self, code: str) -> Person | None:
        """Round 51 (quotes51b): "Bakanımız" (our minister), as a Turkish ministry's release calls its own minister
        ("Dışişleri Bakanı Hakan Fidan … Szijjártó ile görüştü. … Bakanımız, "…" demiştir"; Azerbaijani "nazirimiz"):
        the one minister of that state the article has named, whoever of another state spoke last; None when it
        named none or two. One the table does not know counts when titled a minister with no other state named for
        him ("Ticaret Bakanı Ömer Bolat", beside "Kazakistan Ticaret Bakanı Arman Şakkaliyev")."""
        ministers = {p.name: p for p in self.named if p.iso3 == code and "minister" in p.role.lower()
                     and "prime" not in p.role.lower() and "deputy" not in p.role.lower()}
        if self.unlisted:
            unlisted = [p for p in self.unlisted_people() if _TURKIC_MINISTER_ROLE.search(p.role)]
            foreign = {p.name for p in (*unlisted, *self.named) if p.iso3 not in ("", code)}
            for p in unlisted:  # (a holder of another state the table knows, "Péter Szijjártó'nun", is none)
                if p.name not in foreign and p.name not in ministers \
                        and not any(term.country != code for term in officeholders.by_name(p.name, self.day)):
                    ministers[p.name] = p._replace(iso3=code)
        if self.unlisted and (ours := {p.name: p._replace(iso3=code) for p in self.unlisted_people()
                                       if p.role.lower().endswith(_OUR_MINISTER_TITLE[code])}):
            ministers = ours  # Round 78 (squote78): the one the text titled "ours"; see _OUR_MINISTER_TITLE
        if len(ministers) > 1 and self.opening:  # round 51 (quotes_gaps51): the visitor or host the lead names
            ministers = {name: p for name, p in ministers.items() if name.split()[-1] in self.opening}
        if len(ministers) != 1:
            return None
        person = next(iter(ministers.values()))
        return Person(person.name, person.role, person.iso3, 0.75, "anaphor")

    def _turkic_only_minister(self, low: str) -> Person | None:
        """Round 18b: Azerbaijani "Nazir" and Turkish "Bakan" before anyone has spoken are the one minister the article
        has named, the table's or one it does not know named with a minister's title ("Türkiyənin ticarət naziri Ömer
        Bolat Bakıda səfərdədir. … Nazir qeyd edib:", "Ticaret Bakanı Ömer Bolat Taşkent'e gitti. … Bakan, "…" dedi");
        none when two are named. Other languages' words: _only_minister."""
        if low not in ("nazir", "bakan"):
            # Round 87 (p3, sole_unlisted_minister): the Russian bare "Министр подчеркнул: «…»" too, the one minister
            # named being a titled one the table does not know ("принял Министра энергетики … Парвиза Шахбазова")
            return self._only_minister() or (_en_sole_unlisted_minister(self) if low in ("the minister", "министр")
                                             else None)
        # (round 34: nor the chairman of a cabinet of ministers, Kyrgyzstan's head of government, "Baş nazir")
        ministers = {p.name: p for p in self.named if "minister" in p.role.lower() and "prime" not in p.role.lower()
                     and "cabinet" not in p.role.lower()}
        if self.unlisted:
            ministers |= {p.name: p for p in self.unlisted_people() if _TURKIC_MINISTER_ROLE.search(p.role)}
        if len(ministers) != 1:
            return None
        person = next(iter(ministers.values()))
        return Person(person.name, person.role, person.iso3, 0.7, "anaphor")

    def _another_minister_named_last(self) -> bool:
        """Round 16b: is the minister the article named last someone other than the last speaker ("Байрамов провел
        переговоры с министром иностранных дел Казахстана Муратом Нуртлеу.")? Then a bare "the minister" after it
        may mean either."""
        return bool(self.minister_mentioned) and self.minister_mentioned != self.last_speaker.name

    def _ru_declined_unlisted(self, name: str) -> Person | None:
        """Round 26: 'Нурлана Сыдыкова' (a Russian name in the genitive or accusative, as running text declines it;
        or in the instrumental or dative, "Талантом Бакировым", "Азизу Рахимову") is the unlisted 'Nurlan Sydykov' a
        declined title named before ("попросил экономиста Нурлана Сыдыкова"), not a second person of that name; None
        when the name is no declined form or nobody so named was noted."""
        if not is_cyrillic(name):
            return None
        forms = {romanize(form) for read in (ru_nominative_of_genitive, ru_nominative, ru_nominative_of_dative)
                 if (form := read(name)) != name}
        return next((person for person in reversed(self.unlisted_people()) if person.name in forms), None) \
            if forms else None

    def _titled_minister(self, person: Person | None) -> bool:
        """Round 41: did the text title `person` a minister (an unlisted name read without its title has no role)?"""
        return person is not None and any(_MINISTER_ROLE_WORD.search(p.role) for p in self.titled_as(person))

    def titled_as(self, person: Person) -> list[Person]:
        """`person` as the text titled him before, one entry a title ("Özbəkistanın kənd təsərrüfatı nazirinin
        müavini X Y": Agriculture Deputy Minister): an unlisted name read again without its title has no role.
        Public, as quotes._bare_title_lead asks it too (round 104, h4)."""
        return [p for p in self.unlisted_people() if p.name == person.name and p.role] if self.unlisted else []

    def _titled_other_office(self, person: Person) -> bool:
        """Round 101 (q3): did the text title `person` only with an office that is no minister's ("universitetin
        rektoru X Y": Rector)? Then a bare "nazir" is not he (_turkic_only_minister)."""
        roles = [p.role for p in self.titled_as(person)]
        return bool(roles) and not any(_MINISTER_ROLE_WORD.search(role) for role in roles)

    def _titled_city_head(self, person: Person | None) -> bool:
        """Round 42: did the text title `person` a city's head ("мэр Оша X Y": the role "Mayor", _ru_city_head_role)?"""
        return person is not None and any(p.name == person.name and p.role == "Mayor"
                                          for p in (self.unlisted_people() if self.unlisted else []))

    def _one_city_head(self) -> Person | None:
        """Round 72 (quotes72a): the one person the text titled a city's head (the role "Mayor"), else None."""
        heads = {p.name: p for p in (self.unlisted_people() if self.unlisted else []) if p.role == "Mayor"}
        if len(heads) != 1:
            return None
        head = next(iter(heads.values()))
        return Person(head.name, head.role, head.iso3, 0.7, "anaphor")

    # Round 87 (p2): a bare governor's title after a quote ('“…”, – deyə vali qeyd edib', '– deyə akim bildirib') is
    # the one person the text titled a region's governor ("Qars valisi X Y", "vilayətinin akimi X Y": the role
    # "Governor", its genitive "X Polatın rəhbərlik etdiyi" the same man) when another spoke last: the host chair who
    # spoke before the guest governor is no "vali" (dev/1334)
    def _one_governor_not_last(self) -> Person | None:
        last = self.last_speaker
        if last is not None and last.role == "Governor":
            return None
        governors = {p.name: p for p in (self.unlisted_people() if self.unlisted else []) if p.role == "Governor"}
        for name in [name for name in governors if any(other != name and name.startswith(other)
                                                       and len(name) - len(other) <= 3 for other in governors)]:
            del governors[name]  # a case ending read into the name: "X Polatın", "X Satıbaldın" (of "Satıbaldının")
        if len(governors) != 1 or (last is not None and any(
                name.startswith(last.name) and len(name) - len(last.name) <= 3 for name in governors)):
            return None  # (the governor spoke last, named so or in the genitive, "X Satıbaldının": the rules before)
        governor = next(iter(governors.values()))
        return Person(governor.name, governor.role, governor.iso3, 0.7, "anaphor")

    def _mp_titled(self) -> Person | None:
        """Round 92 (q3 bare_mp_title): a Turkish member of parliament by his bare title opening a sentence
        ('Milletvekili, … belirterek "…" dedi.') is the one person the text titled so ("CHP Eskişehir Milletvekili X
        Y"), whoever spoke last (a minister answering his question, dev/1394); of several, the last speaker when he is
        one of them, else no one."""
        mps = {p.name: p for p in (self.unlisted_people() if self.unlisted else [])
               if p.role.rsplit(None, 1)[-1:] == ["Milletvekili"]}
        last = self.last_speaker
        mp = next(iter(mps.values())) if len(mps) == 1 else mps.get(last.name) if last is not None else None
        return Person(mp.name, mp.role, mp.iso3, 0.7, "anaphor") if mp else None

    def _speakers_own_head(self) -> Person | None:
        """Round 70 (numq70): the head of state of the state the last speaker serves (his "our President"), that
        state as the running text's titled mention of him gave it ("Посол Узбекистана X Y": Uzbekistan, though the
        run he was read from named his host state, "в Республике Таджикистан X Y"); None when no state is known."""
        speaker = self.last_speaker
        if speaker is None:
            return None
        code = next((p.iso3 for p in self.unlisted_people() if p.name == speaker.name and p.iso3), speaker.iso3) \
            if self.unlisted else speaker.iso3
        return head_of_state_on(code, self.day, 0.8)

    def _deputy_last_speaker(self, iso3: str) -> Person | None:
        """Round 91 (q3, demonym_deputy_title): the last speaker, when a deputy's title is his role and his state is
        `iso3` or untold."""
        last = self.last_speaker
        if last is None or not any(word in last.role.lower() for word in ("yardımcısı", "müavini", "deputy")) \
                or (last.iso3 and last.iso3 != iso3):
            return None
        return Person(last.name, last.role, last.iso3 or iso3, 0.7, "anaphor")

    def _titled_of_state(self, title: str, codes: list[str]) -> Person | None:
        """Round 104 (h2): the person of a state of `codes` whose role ends in `title`, as it is or in the possessive
        ("Komiser": "İnsan Hakları Komiseri"): the last speaker when he is one, else the one such person named; None
        for none or two, or for a minister's or a president's title (the rules of those read them)."""
        if not codes or _MINISTER_ROLE_WORD.search(title):
            return None
        fitting = re.compile(rf"{re.escape(title)}(?:{AZ_POSSESSIVE_END})?")
        people = [self.last_speaker] if self.last_speaker is not None else []
        for group in (people, self.everyone_named()):
            found = {p.name: p for p in group
                     if p.iso3 in codes and p.role and fitting.fullmatch(p.role.split()[-1]) is not None}
            if len(found) == 1:
                person = found.popitem()[1]
                return Person(person.name, person.role, person.iso3, 0.7, "anaphor")
        return None

    def _en_our_state_head(self) -> Person | None:
        """Round 91 (q3): the head of state, on the day, of the state of the first head of state the text named (a
        state outlet names its own first: _EN_OUR_HEAD_OF_STATE); None before any head of state was named."""
        first = self.first_head
        if first is None or not first.iso3:
            return None
        return head_of_state_on(first.iso3, self.day, 0.8) or Person(first.name, first.role, first.iso3, 0.75,
                                                                      "anaphor")

    def unlisted_people(self) -> list[Person]:
        """self.unlisted with its runs of running text read (once) as the people they name: those the article titled
        or named who are not in the office-holders table. Public, as the quote rules ask it too."""
        if any(not isinstance(entry, Person) for entry in self.unlisted):
            self.unlisted = [person for entry in self.unlisted
                             if (person := entry if isinstance(entry, Person) else self._titled_person(entry))]
        return self.unlisted

    def everyone_named(self) -> list[Person]:
        """Everyone the article named so far: those resolved (self.named), then the unlisted people."""
        return [*self.named, *self.unlisted_people()]

    def _ru_named_after_place_word(self, run: str) -> Person | None:
        """Round 33 (Russian quotes): a run of three Cyrillic words whose last two are a person a title named
        ("Генеральный директор порта Алят Тахир Зиядов": _RU_TITLED read "Тахир Зиядов"): the first word is the
        port's, the company's or the town's name before his, so the run is he, not a newcomer "Alyat Takhir Ziyadov"."""
        if not is_cyrillic(run):
            return None
        tail = _latin(run.split(None, 1)[1])
        return next((person for person in self.unlisted_people() if person.name == tail), None)

    def _surname_before_other_word(self, run: str) -> Person | None:
        """Round 43, second wave: a two-word run whose first word is the surname of the one person named in full
        before, the table's or an unlisted one ("Cabbarov Ələt" of "Nazir Cabbarov Ələt limanının “…” deyib", after
        "Nazir Mikayıl Cabbarov"), and whose second word is no word of that name: a Turkic surname then a port's or a
        body's name in the genitive (Azerbaijani and Turkish put the given name first), so the run is he, not a
        newcomer "Cabbarov Ələt". Round 101 (q3): the surname written in the Turkic Latin letters of the table's
        English spelling ("Koşerbayev Xəzər dənizi …" after "Yermek Koşerbayev", the table's Yermek Kosherbayev:
        name_forms.english_spelling, dev/1496); not any alias of his (the table's "Rahman" of Emomali Rahmon is a given
        name's too: "Rahman Rahimov")."""
        first, second = run.split()
        if second.lower() in _PATRONYMIC_ENDS:
            return None  # "Turgunbek Uulu" is the Kyrgyz name's own end, "uulu" (son of), no word after a surname
        spelled = english_spelling(first)
        bearers = {person.name: person for person in self.everyone_named()
                   if " " in person.name and person.name.split()[-1] in (first, spelled)
                   and second not in person.name.split()}
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def _named_longer(self, name: str) -> Person | None:
        """Round 44: the one unlisted person the article named in full with a given name more before a two-word
        `name` ("Büyükelçi Ayşe Nur Yılmazer", "Bakan Yardımcısı Ahmet Hamdi Yiğit"): a surname alone is read back to
        one given name and the surname (full_names), and "Nur Yılmazer" is she, not a newcomer of two names."""
        tail = " " + _latin(name)
        # (the words before are given names: no title or acronym, "MP Tural Ganjaliyev" is Tural Ganjaliyev's run)
        bearers = {person.name: person for person in self.unlisted_people() if person.name.endswith(tail)
                   and all(_NAME_WORD.fullmatch(word) and word.lower() not in _TITLE_WORDS and not word[1:2].isupper()
                           for word in person.name[:-len(tail)].split())}
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def _unlisted_first_word(self, phrase: str) -> Person | None:
        """Round 14: '“…,” Zhu said' after "Zhu Yongbiao, director of …": a word alone that is no unlisted person's
        surname but the first word of one's name is that person (Chinese and Korean names put the family name first;
        a given name alone is the same person too). Only when one person named so far has that first word, and not in
        Cyrillic (Russian puts a surname after "господин"; the names are kept in Latin letters). Asked
        after _unlisted_surname, which has turned every entry into a Person."""
        for candidate in _candidate_names(phrase):
            if " " in candidate:  # (kept as written: a Cyrillic word never matches, "господин Рашад" is a surname's place)
                continue
            bearers = {person.name: person for person in self.unlisted if isinstance(person, Person)
                       and " " in person.name and person.name.split()[0] == candidate}
            if len(bearers) == 1:
                return next(iter(bearers.values()))
        return None

    def _note_possessive_first_head(self, name: str) -> None:
        """Round 101 (v1): a head of state in office named first in the possessive ("Turkmen President Serdar
        Berdimuhamedow's state visit to Hungary" opening a press review, dev/1504) is the one a bare "the head of
        state" means before anyone spoke ("It quoted the head of state as telling the Hungarian side: “…”"), as one
        named plainly is (first_head); only that: a possessive is no mention that makes him the surname's bearer or
        the one named last (an explainer's "Serdar Berdimuhamedov's state visit took place in 2024" leaves a later
        "Berdimuhamedov said" his father's, dev/1162)."""
        terms = officeholders.by_name(name, self.day) or _by_holder_spelling(name, self.day)
        if terms and terms[0].covers(self.day) and (person := _from_term(terms[0], 0.95, "name")).role \
                == officeholders.HEAD_OF_STATE:
            self.first_head = person

    def _remember(self, person: Person) -> None:
        if self.first_head is None and person.role == officeholders.HEAD_OF_STATE:
            self.first_head = person
        self.named = [p for p in self.named if p.name != person.name] + [person]
        self.joint_heads = None  # round 30: anyone named after a pair ends it (note_names_in notes a pair after its names)

    def _head_for_title(self) -> Person | None:
        """'The Kazakh delegation was received by President Ilham Aliyev. The head of state said …': a word
        for the head of state is not the last speaker when that was a minister, but the head of state named
        last (None when the last speaker is one, or no head of state was named: the plain anaphor then)."""
        if self.last_speaker is None:
            return None
        head = next((p for p in reversed(self.named) if p.role == officeholders.HEAD_OF_STATE), None)
        if self.last_speaker.role == officeholders.HEAD_OF_STATE and (head is None or head.name == self.last_speaker.name
                                                                      or self.named[-1].name != head.name):
            # round 10: after a head of state spoke, the title means another head of state only when he is
            # the one named last ("“…,” Tatar said. He was received by President Ilham Aliyev. … the head of
            # state assured his guest …")
            return None
        return self._joint_first_head(Person(head.name, head.role, head.iso3, 0.75, "anaphor")) if head else None

    def _host_or_guest_of_last_speaker(self) -> Person | None:
        """The person named last of another known state than the last speaker's (_EN_HOST_OR_GUEST_WORDS), else
        None (no speaker yet, or his state unknown)."""
        last = self.last_speaker
        if last is None or not last.iso3:
            return None
        other = next((p for p in reversed(self.named) if p.iso3 and p.iso3 != last.iso3), None)
        return Person(other.name, other.role, other.iso3, 0.7, "anaphor") if other else None

    def _nation_leader(self) -> Person | None:
        """Round 66 (quotes66): Russian "Лидер нации" (the Leader of the Nation) is the Tajik president's title by law
        ("… принял Президент Республики Таджикистан X Y. Лидер нации … выразил уверенность, что …", dev/1075): the head
        of state named last when he is a state's whose head bears it (_NATION_LEADER_STATES), else nobody (the
        English "Leader of the Nation", Kazakhstan's Elbasy, stays TITLES_OF_ONE's)."""
        head = next((p for p in reversed(self.named) if p.role == officeholders.HEAD_OF_STATE), None)
        return Person(head.name, head.role, head.iso3, 0.75, "anaphor") \
            if head is not None and head.iso3 in _NATION_LEADER_STATES else None

    def _named_with_surname(self, surname: str, phrase: str = "") -> Person | None:
        """The person named last whose surname `surname` is, unless `phrase` puts another given name before it."""
        folded = None  # the surname folded, made only when a name's last word is not it as written
        for person in reversed(self.named):
            if surname != person.name.split()[-1]:
                folded = folded or _fold_word(surname)  # (round 16: fold() of a word, remembered)
                if folded not in _surnames_of(person.name) and not _surname_spelled_alike(surname, person.name):
                    continue
            if phrase and (_another_named(phrase, surname, person.name)
                           or _given_name_of_another(phrase, surname, _names_of(person.name))):
                return None  # round 16b (round 24: "Rahman Aliyev" after "Emomali Rahmon")
            return Person(person.name, person.role, person.iso3, 0.9, "name")
        return None

    def _named_minister(self, phrase: str) -> Person | None:
        """'the Azerbaijani minister' -> the minister of that country named last (not a prime minister)."""
        m = _BARE_MINISTER.match(phrase.strip(" ,."))
        codes = places.codes_in(m["country"]) if m else _local_minister_country(phrase)  # round 12
        ru_bare = False  # round 43: a Russian bare title of a state's minister, no name in it
        # ("мин" holds "министр" and "министерств"; round 88, q1: "Мин" a ministry's short name, "Минздрава")
        if not m and not codes and ("мин" in phrase or "Мин" in phrase or "ведомств" in phrase):
            codes = _ru_minister_country(phrase)  # round 18 (round 43: "глава узбекского министерства")
            ru_bare = bool(codes)
        if len(codes) != 1:
            return None
        # round 14: then a minister the table does not know, named in running text ("Türkiyənin ticarət naziri Ömer
        # Bolat ilə görüşüb" … '"…", – Türkiyə naziri deyib')
        for person in (*reversed(self.named), *reversed(self.unlisted_people() if self.unlisted else []),
                       *reversed(self.lower_titled_ministers)):  # round 33
            if person.iso3 == codes[0] and _a_ministers_role(person.role):
                return Person(person.name, person.role, person.iso3, 0.8, "country minister")
        # round 43 (Russian quotes): else the minister who spoke last, titled so with no state ("министр инвестиций,
        # промышленности и торговли X Y" … "— подчеркнул глава узбекского министерства"), none of another state; before
        # anyone spoke, the one minister so titled
        # round 62 (quotesen62): the English "The Turkish minister added:" after "Trade Minister X Y said …" too
        # round 64 (quotesruaz64): and when the last speaker is no minister of that state (the other side's co-chair,
        # "— заявил сопредседатель с казахстанской стороны" … "По словам узбекского министра, …", dev/1060), the one
        # minister so titled
        # round 84 (h1 woven_case_quote): the Turkish and Azerbaijani "Kırgız Bakan" / "Qazaxıstanlı nazir" too, when no
        # minister named was told of that state ("Kırgızistan Ekonomi ve Ticaret Bakanı X Y": the run stops at "ve"),
        # dev/1297; the two words alone ("Kazak Bakan Şakkaliyev" is his surname's to resolve)
        bare = ru_bare or m is not None or (bool(codes) and len(phrase.split()) == 2)
        last = self.last_speaker if bare else None
        if not self._titled_minister_of(last, codes[0]) and bare:
            stateless = {p.name: p for p in (self.unlisted_people() if self.unlisted else [])
                         if not p.iso3 and _a_ministers_role(p.role)}
            last = next(iter(stateless.values())) if len(stateless) == 1 else None
        if self._titled_minister_of(last, codes[0]):  # (round 62: the same minister again, now of that state)
            return Person(last.name, last.role, codes[0], 0.7, "country minister")
        return None

    def _titled_minister_of(self, person: Person | None, state: str) -> bool:
        """Is `person` a minister the text titled so, of `state` or of no state told?"""
        return person is not None and person.iso3 in ("", state) and self._titled_minister(person) \
            and _a_ministers_role(person.role)

    def _minister_of_state(self, phrase: str, low: str) -> Person | None:
        """Round 53 (quotesen): "the Minister of Transport of Uzbekistan" (_EN_MINISTER_OF_STATE) is the one minister
        of that state named so far (of that ministry when more were), else the one named with no state when every
        minister named with one is of another state; None when the phrase names no one state or more would fit."""
        m = _EN_MINISTER_OF_STATE.fullmatch(low)
        if m is None or (m["demonym"] and m["demonym"] in _NOT_A_MINISTERS_WORDS) \
                or len(codes := places.codes_in(phrase)) != 1:
            return None
        # (a role that names a ministry must be of this one: "the Minister for National Economy of Hungary" is not the
        # Foreign Minister; a bare "Minister" fits any)
        ministry = m["ministry"].split()[0]
        ministers = [p for p in (*self.named, *self.unlisted_people(), *self.lower_titled_ministers)
                     if _a_ministers_role(p.role)]
        stated = {p.name for p in ministers if p.iso3}
        ministers = [p for p in ministers if p.role.lower() == "minister" or ministry in p.role.lower()]
        of_state = {p.name: p for p in ministers if p.iso3 == codes[0]}
        if not of_state and stated:
            of_state = {p.name: p for p in ministers if p.name not in stated}
        if len(of_state) != 1:
            return None
        person = next(iter(of_state.values()))
        return Person(person.name, person.role, codes[0], 0.75, "country minister")

    def _guest_of_state(self, adjective: str) -> Person | None:
        """Round 97 (q5): "венгерский гость" is the person named last of the state the adjective
        (RU_COUNTRY_ADJECTIVES) names; None when it names none of them or no one of it was named."""
        code = next((iso3 for stem, iso3 in RU_COUNTRY_ADJECTIVES.items() if adjective.startswith(stem)), None)
        guest = next((p for p in reversed(self.named) if code and p.iso3 == code), None)
        return Person(guest.name, guest.role, guest.iso3, 0.7, "anaphor") if guest else None

    def _official_of_state(self, demonym: str) -> Person | None:
        """Round 49: "the Kyrgyz official" is the last speaker when he is of that state or of none told."""
        last, codes = self.last_speaker, places.codes_in(demonym)
        if not codes and demonym in _LOCAL_DEMONYMS:
            codes = [_LOCAL_DEMONYMS[demonym]]  # round 102 (q2): the Turkish "Kazak yetkili"
        if last is None or not codes or (last.iso3 and last.iso3 not in codes):
            return None
        return Person(last.name, last.role, last.iso3, 0.7, "anaphor")

    def resolve(self, phrase: str, *, speaking: bool = True) -> Person | None:
        person = self._resolve(phrase.strip())
        if person is not None and person.rule == "name" and " " in phrase and names_a_namesake(phrase):
            return None  # round 73 (history73): "The Heydar Aliyev Foundation" is no person, now the table knows him
        if person is not None and "." in phrase and not initials_fit(phrase, person):
            return None  # round 14: "A.Cabbarov" is not the Mikayıl Cabbarov named before
        if person is not None and speaking:
            self.last_speaker = person
            if person.rule == "unlisted name" and " " in person.name:
                self.unlisted.append(person)
            if person.rule in ("name", "office") or (person.rule == "unlisted name" and person.iso3
                                                      and "minister" in person.role.lower()):
                self._remember(person)  # an unlisted minister too, for a later "the Kazakh minister"
        return person

    def _resolve(self, phrase: str) -> Person | None:
        if phrase.startswith("Сам") and (m := _RU_EMPHATIC_SELF.match(phrase)):  # round 59: "Сам Касымалиев"
            phrase = phrase[m.end():]
        if "FM" in phrase:  # round 20: the wires' "the Azerbaijani FM", "Kazakhstan's FM" is the foreign minister
            phrase = _en_fm_spelled_out(phrase)
        if "rade minister" in phrase or "rade Minister" in phrase:  # round 82 (v82a): _EN_FOREIGN_AND_TRADE
            phrase = _EN_FOREIGN_AND_TRADE.sub("foreign minister", phrase)
        low = phrase.translate(_FOLDED_I).lower().strip(" ,.")  # round 18: "İqtisadçı" is "iqtisadçı", one letter each
        if low in _OUR_HEAD_OF_STATE and self.our_head_named:  # round 68: the head the article called "ours"
            return self.our_head_named
        if low in _OUR_HEAD_OF_STATE and (head := _our_head_of_state(low, self.day)):  # round 11
            return head
        if self.release_head is not None and low in RELEASE_OWN_HEAD_WORDS:
            return self.release_head  # round 86 (n2): "– отметил Глава государства" in his own office's release
        if ("yardımcısı" in low or "müavini" in low) and (m := _LOCAL_DEMONYM_DEPUTY.fullmatch(low)) \
                and (deputy := self._deputy_last_speaker(_LOCAL_DEMONYMS[m[1]])):
            return deputy  # round 91 (q3, demonym_deputy_title): "Türkmen Başbakan Yardımcısı, "…" diye konuştu"
        if low.count(" ") == 1 and (m := _LOCAL_DEMONYM_TITLE.fullmatch(phrase.strip(" ,."))) \
                and (titled := self._titled_of_state(m["title"], local_demonym_codes(m["demonym"]))):
            return titled  # round 104 (h2): "Azerbaycanlı Komiser, …" (_LOCAL_DEMONYM_TITLE)
        if self.dateline_head is not None and low == "глава государства" \
                and any(person.name == self.dateline_head.name for person in self.named):
            return self.dateline_head  # round 91 (q5, DATELINE_CAPITAL_HEAD): the dateline's head, once named
        if low in _EN_OUR_HEAD_OF_STATE:  # round 91 (q3): "the head of our state said" (dev/1385)
            return self._en_our_state_head()
        if low in _RU_OUR_HEAD_OF_STATE and (head := self._speakers_own_head()):
            return head  # round 70 (numq70): an envoy's "Наш Президент … сказал так: «…»" (dev/1127)
        if low in _OUR_MINISTER:  # round 51 (quotes51b): a ministry release's "Bakanımız" (our minister)
            return self._our_minister(_OUR_MINISTER[low])
        if self.glossed_titles and (glossed := self._glossed_title(low)):  # round 41 (titles): "the Toraga"
            return glossed
        if low.endswith((" official", " yetkili")) and (m := _EN_STATES_OFFICIAL.fullmatch(low)):
            # round 49: "the Kyrgyz official"; round 102 (q2): "Kazak yetkili"
            return self._official_of_state(m["demonym"] or m["local"])
        if low.endswith(" гость") and (m := _RU_STATES_GUEST.fullmatch(low)):  # round 97 (q5): "венгерский гость"
            return self._guest_of_state(m["adj"])
        if "parliament" in low and self.parliament_chairs and (chair := self._parliament_head(low)):
            return chair  # round 41 (titles): "the head of the Turkmen parliament"
        if "heyət" in low and _DELEGATION_HEAD.match(low):  # round 15
            low = "o"
        if low in _RU_CITY_HEAD_WORDS and not self._titled_city_head(self.last_speaker):
            # round 42: "— сказал мэр" after "Экономист X Y считает …" is no mayor's; round 72 (quotes72a): but the
            # one the text titled a city's head, when it titled one, after a guest spoke ("— заверил глава города."
            # after the visiting governor's words, under "аким города X Y", dev/1152)
            return self._one_city_head()
        if low == "milletvekili":  # round 92 (q3 bare_mp_title): 'Milletvekili, … "…" dedi.' (_mp_titled)
            return self._mp_titled()
        if low in _TURKIC_BARE_OCCUPATIONS:  # round 19: '"…", – deyə direktor bildirib', "Deputatın sözlərinə görə"
            if low in _RU_REGION_HEAD_WORDS and self._titled_minister(self.last_speaker):
                return None  # round 41: "— сказал глава региона" after "Министр торговли X Y …" is not the minister
            if low in GOVERNOR_BARE_TITLES and (governor := self._one_governor_not_last()):
                return governor  # round 87 (p2): the guest governor, not the host who spoke last (dev/1334)
            return _turkic_occupation_anaphor(self.last_speaker, self.occupations | {
                p.name for p in (self.unlisted_people() if self.unlisted else []) if p.role})
        if _TURKIC_PATRONYMIC_WORD.search(low) and (m := _TURKIC_FORMAL_PATRONYMIC.search(phrase)):  # round 19
            return _turkic_formal_patronymic(m, self.day)
        if low in _RU_PREMIER_WORDS:  # round 25
            # round 96 (q3): a title of the Cabinet's head, "«…», – отметил глава Кабмина." before anyone spoke (or
            # after one who heads no government), is the one the text named that Cabinet's chairman (dev/1439), as the
            # English "the Chairman of the Cabinet" is (_en_cabinet_head)
            return _premier_anaphor(self.last_speaker) \
                or (_en_cabinet_head(low, self.last_speaker, self.named) if "каб" in low else None)
        if low in _EN_HOST_OR_GUEST_WORDS:  # round 86 (n4): "His host spoke of “…”" (_EN_HOST_OR_GUEST_WORDS)
            return self._host_or_guest_of_last_speaker()
        if low in _EN_CABINET_HEAD_WORDS:  # round 35 (English quotes B): "“…,” the Chairman of the Cabinet said"
            return _en_cabinet_head(low, self.last_speaker, self.named)
        if "sədri" in low and (chair := az_state_chamber_chair(low, self)):
            return chair  # round 35: "Qazaxıstan Senatının sədri isə bildirib ki"
        if "sədri" in low and (chair := _AZ_CHAIR_OF_PARLIAMENT.match(low) or _AZ_CHAIR_THEN_CLAUSE.match(phrase)):
            # round 25; round 28: the body's chair named before first, and the title opening a clause
            return self._chair_of_body(chair["body"].lower()) or _chair_anaphor(self.last_speaker)
        if "sədri" in low and (chair := az_acronym_body_chair(phrase, self.body_chairs, self.day)):
            return chair  # round 35: "deyə TBMM Sədri vurğulayıb"
        if "başkanı" in low and _TR_CHAIR_OF_PARLIAMENT.match(low):  # round 27
            return _chair_anaphor(self.last_speaker)
        if low in _DEPUTY_MINISTER_WORDS:  # round 28: '“…”, - deyə nazir müavini bildirib'
            return self._one_deputy_minister()
        if "вице-премьер" in low and (m := _RU_STATE_DEPUTY_PREMIER.fullmatch(low)) and (m["adj"] or m["state"]) \
                and self.unlisted:
            return self._deputy_premier_of(m)  # round 48: "азербайджанский вице-премьер" of two co-chairs
        if "сопредседател" in low and (m := _RU_STATE_CO_CHAIR.fullmatch(low)):
            return self._co_chair_of([iso3 for stem, iso3 in RU_COUNTRY_ADJECTIVES.items()
                                      if m["adj"].startswith(stem)][:1])  # round 56: "узбекский сопредседатель"
        if "həmsədr" in low and (m := _AZ_STATE_CO_CHAIR.fullmatch(low)):
            return self._az_co_chair_of(_LOCAL_DEMONYMS[m["demonym"]])  # round 71 (quotes71a): "tacik həmsədr"
        if ("tərəfinin" in low or "tarafının" in low) and (m := SIDE_CO_CHAIR.fullmatch(phrase.strip())) \
                and (states := {mention.iso3 for mention in places.mentions(m["state"])}) and len(states) == 1:
            return self._az_co_chair_of(states.pop())  # round 92 (q4, SIDE_CO_CHAIR): "Azərbaycan tərəfinin həmsədri"
        if ("müavini" in low and (m := _AZ_DEPUTY_PREMIER.match(low))) or (m := _RU_BARE_DEPUTY_PREMIER.match(low)):
            return self._deputy_premier_anaphor(m)  # round 30
        if "vitse-prezident" in low and (m := _AZ_VICE_PRESIDENT.fullmatch(low)):
            return self._deputy_premier_anaphor(m)  # round 40: '– deyə Türkiyənin vitse-prezidenti qeyd edib'
        if low in PRONOUNS or low in PRONOUNS_ALONE or low.removeprefix("the ") in ("head of state", "president", "leader"):
            if low.removeprefix("the ") in _HEAD_WORDS and (head := self._head_for_title()):
                return head
            if self.last_speaker and low in _MINISTER_WORDS:
                if low in ("nazir", "bakan") and _head_of_government_role(self.last_speaker.role):
                    return self._turkic_only_minister(low)  # round 34: "nazir" after a premier spoke is a minister
                if self.last_speaker.name in self.occupations or low in ("nazir", "bakan") \
                        and self._titled_other_office(self.last_speaker):
                    # round 16b: "Nazir bildirib:" after an economist spoke; round 101 (q3): or after one the text
                    # titled with another office only ('"…", – deyə nazir mühazirəsinə başlayıb' after the rector,
                    # dev/1496)
                    return self._turkic_only_minister(low)
                if self._another_minister_named_last():
                    return None  # round 16b: "X провел переговоры с министром … Y. «…», — сказал министр"
            if low == "spiker" and (chair := az_speaker_after_officer(self.last_speaker, self.body_chairs, self.day)):
                return chair  # round 32: "– deyə Spiker bildirib" after the president spoke is the chair named last
            if (low in _AZ_PREMIER_ANAPHORS or low == "the prime minister") and self.last_speaker \
                    and not _head_of_government_role(self.last_speaker.role) \
                    and (premier := self._only_prime_minister()):
                # round 37: "Görüşdə Baş nazir … deyib" after a guest minister spoke; round 72 (quotes72b): the English
                # "the Prime Minister said: “…”" after his foreign minister spoke (dev/1153)
                return premier
            if self.last_speaker:
                return Person(self.last_speaker.name, self.last_speaker.role, self.last_speaker.iso3, 0.75, "anaphor")
            if self.first_head and low in HEAD_OF_STATE_WORDS:
                return Person(self.first_head.name, self.first_head.role, self.first_head.iso3, 0.7, "anaphor")
            if low == "spiker" and self.body_chairs:  # round 28: before anyone spoke, the one parliament chair named
                return _chair_of_body_named("", [c for c in self.body_chairs if _AZ_PARLIAMENT_WORD.search(c[0])],
                                            self.day)
            if low == "the prime minister" or low in _AZ_PREMIER_ANAPHORS:
                # round 30: before anyone spoke, the one prime minister named (round 42: the Azerbaijani "Baş nazir
                # … “…” vurğulayıb" too)
                return self._only_prime_minister()
            return self._turkic_only_minister(low) if low in _MINISTER_WORDS else None  # round 14
        if low == "лидер нации":  # round 66 (quotes66): the honorific, before the epithets of one person
            return self._nation_leader()
        if ("arkada" in low or "аркадаг" in low or "лидер" in low or "elbas" in low or "елбас" in low
                or "lider" in low or "öndər" in low or "national leader" in low) \
                and (key := next((key for pattern, key in _EPITHETS_OF_ONE if pattern.fullmatch(low)), None)):
            low = key  # round 46: an honorific in another language or case (a substring test first)
        if any(word in low for word in _ONE_WORD_TITLES_OF_ONE) and (word := _one_word_title_of_one(phrase)):
            low = word  # round 74 (oped74): "За обедом Туркменбаши неожиданно сказал: «…»" (dev/1179)
        if (title := TITLES_OF_ONE.get(low.removeprefix("the "))) and (terms := officeholders.by_name(title, self.day)):
            return _from_term(terms[0], 0.9 if terms[0].covers(self.day) else 0.8, "name")
        if (m := _RU_OFFICE.match(low) or _RU_HEAD_OF_STATE.match(low)) and (term := self._ru_office(m)):
            return term
        if (m := _RU_OFFICE_OF.match(low)) and (term := _ru_office_of(m, self.day)):
            return term
        if low[:6] == "глава " and (term := _ru_head_of_state_by_name(phrase.strip(" ,."), self.day)):
            return term  # round 56 (quotesru56): "глава Узбекистана"
        if low[:4] in ("глав", "руко") and (term := _ru_foreign_head(low, self.day)):  # round 16
            return term
        untitled = None  # asked once: does the phrase hold no office word ("Japarov", not "President Japarov")?
        for candidate in _candidate_names(phrase):
            # A surname alone is first someone of that name the article has named in full: "Chairman of the
            # Cabinet Akylbek Japarov arrived … Japarov said" is not President Sadyr Japarov, whose alias
            # "Japarov" is. Not when the phrase holds an office word: "President Japarov" is the president.
            if " " not in candidate and (named := self._named_with_surname(candidate, phrase)):
                if untitled is None:
                    untitled = officeholders.office_of(phrase) is None
                if untitled:
                    return named
            terms = officeholders.by_name(candidate, self.day)
            if not terms and (english := english_spelling(candidate)) != candidate:
                terms = officeholders.by_name(english, self.day)  # round 14: "Ceenbekov" is Jeenbekov
            if not terms and (spelled := holder_spelling(candidate)):
                terms = officeholders.by_name(spelled, self.day)  # round 26: "Adylbek Kasymaliev" is Kasymaliyev
            if terms and " " not in candidate and (_another_bearer(phrase, candidate, terms[0])
                                                   or _given_name_of_another(phrase, candidate,
                                                                             (terms[0].name, *terms[0].aliases))):
                continue  # round 9: "Ruslan Akhmetov" is not Prime Minister Daniyal Akhmetov (round 24: "Rahman Aliyev")
            if terms and " " not in candidate and self.unlisted and officeholders.office_of(phrase) is None \
                    and (unlisted := self._unlisted_surname(candidate)):
                return unlisted  # round 9: the unlisted "Ruslan Akhmetov" named before, not a holder never named
            if terms and terms[0].covers(self.day):
                return _from_term(terms[0], 0.95, "name")
            last = candidate.split()[-1]
            for person in reversed(self.named):
                if last == person.name.split()[-1]:
                    if " " in candidate and _another_named(candidate, last, person.name):
                        break  # round 16b: "Anar Aliyev" is not the Ilham Aliyev named before
                    return Person(person.name, person.role, person.iso3, 0.9, "name")
            if terms:  # a former office holder, named: keep the name, the role from the last term
                return _from_term(terms[0], 0.8, "name")
        english_office = officeholders.office_of(phrase)
        office = english_office or other_office(phrase)
        deputy = _DEPUTY_OFFICE.search(phrase) if office else None  # round 13: no office of its own
        if deputy:
            office = None
        former = bool(office) and ("former" in low or "ex-" in low) and bool(_EN_FORMER_OFFICE.search(low))
        if former and (person := self._former_holder(office, places.codes_in(phrase))):
            return person  # round 24: "the former president" is a past holder named before, never today's
        if office is None and not deputy and (term := _one_state_office(low, self.day)):
            return _from_term(term, 0.85, "office")  # "the Chairman of the Halk Maslahaty"
        if office is None and not deputy and (minister := self._named_minister(phrase)):
            return minister
        if office is None and "head of" in low \
                and (term := _en_ministry_head(low, self.day) or _en_government_head(low, self.day)
                     or en_state_head_of_government(low, self.day)  # round 37: "the Kyrgyz head of government"
                     or _en_head_of_country(low, self.day)):  # round 83 (h4): "the head of Turkmenistan"
            return term  # round 19: "the head of the Azerbaijani foreign ministry"; round 20: "… of the Kazakh government"
        # the countries of the phrase as given (before the web-name cut below), read only with an office or
        # for an unlisted name: most phrases reach neither, and codes_in is a pure function of the phrase
        given = phrase
        # round 18: an Azerbaijani or Turkish office's country stands before its word, a place after it is elsewhere
        scope = phrase if english_office or not office else _turkic_office_scope(phrase)
        codes = places.codes_in(scope) if office else None
        if office and not codes:
            codes = _local_demonym_country(scope)  # round 15: "Kırgız lider", "Kazak Cumhurbaşkanı"
        if office and codes and not former:
            # round 33: "Qırğızıstan Baş naziri", the cabinet's head; round 35 (English quotes B): the English "the Kyrgyz
            # premier/prime minister" too (the wires' word for the Chairman of the Cabinet of Ministers)
            term = ru_office_holder(codes[0], office, self.day)
            if term and "leader" in low and office == officeholders.HEAD_OF_STATE \
                    and (premier := self._leading_premier(codes[0], term.name)):
                return premier  # round 44 (English quotes): "the Hungarian leader" at a summit Orbán attends
            if term and not _names_another(phrase, term):  # round 13
                return _from_term(term, 0.85, "office")
        if "." in phrase:  # an outlet's web name is no part of a name: "Rauf Qarayev Modern.az-a açıqlamasında"
            phrase = _WEB_NAME.sub(" ", phrase)
        if "-" in phrase:  # round 14: nor an outlet's name with a case ending after a hyphen ("… Report-a açıqlamasında")
            phrase = _OUTLET_CASE.sub(" ", phrase)
        phrase = without_turkic_outlet(phrase)  # round 19: nor one before "agentliyinə", "qəzetinə", "gazetesine" …
        phrase = without_region_name_after_name(phrase)  # nor a region's name before its noun, "X Y Atırau vilayəti"
        phrase = without_place_before_region_noun(phrase)  # round 48: nor a place's, "Doğu Zengezur bölgelerinde"
        phrase = without_tr_outlet_dative(phrase)  # round 38: nor "Dünya Gazetesi'ne yaptığı değerlendirmede"
        if "'" in phrase or "’" in phrase:  # round 29: nor the owner of a title ("Ege Mobilya'nın genel müdürü X Y")
            phrase = _without_tr_title_owner(phrase)
        if "”" in phrase or '"' in phrase or "»" in phrase:  # round 34: nor a body in quote marks ('"X Holding"in')
            phrase = _without_az_quoted_body(phrase)
        if (titled := _local_titled_person(phrase)) is not None:  # round 10
            return titled
        if " of " in phrase and (speaker := _speaker_of(phrase)):  # round 16b
            return speaker
        # "Tokayev’s Government", "Turkic States" are no one's name: a name has no possessive or word of a body
        # (the body word judged on the whole run: "Energy Policy Research" of "… Research Centre" is no name)
        # round 19: "KTZ Express deputy head X Y" is X Y, "KTZ Express" alone no one
        names = _en_acronym_free(_en_name_after_body_title(phrase, _unlisted_names(phrase)))
        if names and "А" <= names[0][:1] <= "Я":  # round 39 (Russian quotes): a Cyrillic name looks like one
            names = ru_name_shaped_names(names, phrase)
        if names and (en_outlet_named(phrase) or fold(names[0]) in publisher_names()):
            return None  # round 18b: "the pro-government daily Magyar Nemzet", "Yeni Şafak" are newspapers
        if names and names[0].count(" ") == 3 and (" ilə " in phrase or " ile " in phrase):
            names[0] = _subject_before_with(phrase, names[0])  # round 28
        if not names and self.unlisted and phrase.count(" ") == 1 and (declined := self._ru_declined_unlisted(phrase)):
            return declined  # round 43, second wave: "Алексея Горского" (-ского, no run: _DECLINED_NOUN), a title's man
        if names:  # someone named who is not in the office table: keep what the text says (Cyrillic romanized)
            if self.unlisted and (declined := self._ru_declined_unlisted(names[0])):
                return declined  # round 26
            if self.unlisted and names[0].count(" ") == 2 and (named := self._ru_named_after_place_word(names[0])):
                return named  # round 33: "порта Алят Тахир Зиядов" is the Takhir Ziyadov a title named
            if names[0].count(" ") == 1 and self.holders_by_given_name \
                    and _RU_GIVEN_AND_PATRONYMIC.fullmatch(names[0]) \
                    and (holder := self.holders_by_given_name.get(_latin(names[0]).split()[0])):
                return holder  # round 74 (oped74): "– сказал Ислам Абдуганиевич" after "Ислама Каримова" (dev/1179)
            if names[0].count(" ") == 1 and self.unlisted and (longer := self._named_longer(names[0])):
                return longer  # round 44: "Nur Yılmazer" (full_names reads one given name) is "Ayşe Nur Yılmazer"
            if names[0].count(" ") == 1 and (named := self._surname_before_other_word(names[0])):
                return named  # round 43, second wave: "Nazir Cabbarov Ələt limanının …" is the Mikayıl Cabbarov named
            if names[0].count(" ") == 1 and _surname_before_directed_region(names[0], phrase):
                return None  # round 67 (fidanq67): "Fidan Orta Asya turunu …" before the body named him (dev/1089)
            if codes is None:
                codes = [] if _RU_POSTED_IN_REPUBLIC.match(given) else places.codes_in(given)
            if "А" <= names[0][:1] <= "Я":  # round 43: first met declined ("по словам … Дилнозы Юсуповой")
                if _ru_capitalised_body_words(names[0]):
                    return None  # round 56 (quotesru56): "Заместитель Председателя Кабинета министров …"
                names[0] = ru_nominative_of_oblique(names[0])
            return Person(_latin(names[0]), office or _deputy_title(deputy) or _minister_title(phrase, names[0]),
                          codes[0] if codes else "", 0.6,
                          "unlisted name")
        if self.unlisted and (m := _EN_BARE_TITLE.fullmatch(low)):
            return self._en_one_titled(m)  # round 18b: "“…,” the envoy told reporters"
        if office is None and "minister " in low and self.unlisted \
                and (minister := self._minister_of_state(phrase, low)):
            return minister  # round 53 (quotesen): "the Minister of Transport of Uzbekistan said", when nothing else is
        return (self._unlisted_surname(phrase) or self._unlisted_first_word(phrase)) if self.unlisted else None

    def _leading_premier(self, iso3: str, head: str) -> Person | None:
        """Round 44 (English quotes): "the Hungarian leader" is the state's head of government when the article named
        him and never its head of state `head` (a prime minister at a summit of presidents); else None."""
        if any(p.name == head for p in self.named):
            return None
        premiers = {p.name: p for p in self.named if p.iso3 == iso3 and _head_of_government_role(p.role)}
        if len(premiers) != 1:
            return None
        person = next(iter(premiers.values()))
        return Person(person.name, person.role, person.iso3, 0.8, "office")

    def _chair_of_body(self, body: str) -> Person | None:
        """Round 28: '“…”, – deyə Jogorku Keneşin sədri vurğulayıb' names the body whose chair spoke: the one person
        named with that title, though a president spoke last (people._chair_anaphor reads the last speaker only)."""
        stem = _AZ_GENITIVE_BODY_END.sub("", body)
        return _chair_of_body_named(stem, self.body_chairs, self.day) if self.body_chairs else None

    def _deputy_premier_anaphor(self, m: re.Match) -> Person | None:
        """Round 30: "Qazaxıstan Baş nazirinin müavini" (a deputy prime minister, whom the table does not list) after a
        quote is the last speaker when he is a name the table does not know, no expert, of that state if it is told."""
        last = self.last_speaker
        if last is None or last.rule not in ("unlisted name", "anaphor") or officeholders.by_name(last.name) \
                or last.name in self.occupations:
            return None
        codes = places.codes_in(m["state"].strip().title()) if m["state"] else []
        if codes and last.iso3 and last.iso3 not in codes:
            return None
        return Person(last.name, last.role, last.iso3, 0.7, "anaphor")

    def _deputy_premier_of(self, m: re.Match) -> Person | None:
        """Round 48: "азербайджанский вице-премьер" / "вице-премьер Казахстана" (a commission's two co-chairs, deputy
        prime ministers of two states) is the one person a title named deputy prime minister of that state
        (_ru_deputy_premier_role), not the co-chair who spoke last; None when none or two were."""
        if m["adj"]:
            codes = [iso3 for stem, iso3 in RU_COUNTRY_ADJECTIVES.items() if m["adj"].startswith(stem)][:1]
        else:
            codes = places.codes_in(m["state"].capitalize())
        people = {p.name: p for p in self.unlisted_people() if p.role == _DEPUTY_PREMIER_ROLE and p.iso3 in codes}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return Person(person.name, person.role, person.iso3, 0.75, "anaphor")

    def _co_chair_of(self, codes: list[str]) -> Person | None:
        """Round 56 (quotesru56): "узбекский сопредседатель" (a commission's co-chair of that state, whatever his
        office) is the one person of that state named so far who is no head of state; None when none or two were.
        (Round 71: the state's code read from a Russian adjective or an Azerbaijani demonym, "tacik həmsədr".)"""
        people = {p.name: p for p in self.everyone_named() if p.iso3 in codes
                  and p.role.lower() not in _CO_CHAIR_NOT_ROLES}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return Person(person.name, person.role, person.iso3, 0.75, "anaphor")

    def _az_co_chair_of(self, code: str) -> Person | None:
        """Round 71 (quotes71a): "tacik həmsədr" after a quote is the last speaker when he is of that state (the lead
        sentence before the quote, "X isə çıxışında Tacikistanın … deyib.", made him so: _AZ_TITLE_ANAPHOR in quotes.py;
        the co-chairs' sentence gives the state as "Tacikistan tərəfindən", which no name carries, dev/1137), else the
        one person of that state named so far (_co_chair_of)."""
        last = self.last_speaker
        if last is not None and last.iso3 == code and last.role.lower() not in _CO_CHAIR_NOT_ROLES:
            return Person(last.name, last.role, last.iso3, 0.75, "anaphor")
        return self._co_chair_of([code])

    def _one_deputy_minister(self) -> Person | None:
        """Round 28: the bare Azerbaijani "nazir müavini" (the deputy minister) is the last speaker when a deputy minister,
        else the one deputy minister the article named ("İqtisadiyyat nazirinin müavini X Y … çıxış edib"); none of two."""
        if self.last_speaker is not None and "deputy minister" in self.last_speaker.role.lower():
            return Person(self.last_speaker.name, self.last_speaker.role, self.last_speaker.iso3, 0.75, "anaphor")
        deputies = {p.name: p for p in self.everyone_named()
                    if "deputy minister" in p.role.lower()}
        if len(deputies) != 1:
            return None
        person = next(iter(deputies.values()))
        return Person(person.name, person.role, person.iso3, 0.7, "anaphor")

    def _former_holder(self, office: str, codes: list[str]) -> Person | None:
        """Round 24: the person named last (or the last speaker) who held `office` before the article's date, of a
        state the phrase names if it names one: "… joined by Gurbanguly Berdimuhamedow, the Chairman of the Halk
        Maslahaty. The former president told the delegations that “…”" is Gurbanguly, not today's president."""
        people = [*reversed(self.named), *([self.last_speaker] if self.last_speaker else [])]
        for person in people:
            if any(term.office == office and term.end is not None and term.end < self.day
                   and (not codes or term.country in codes) for term in officeholders.by_name(person.name)):
                return Person(person.name, person.role, person.iso3, 0.75, "anaphor")
        return None

    def _en_one_titled(self, m: re.Match) -> Person | None:
        """Round 18b: the one person the article has named with that title ("Hungary's ambassador to Uzbekistan, Zoltán
        Varga, …" / "X Y, chairman of …, …" before "the envoy said", "the chairman added"), of the country the phrase
        names if it names one ("the Hungarian envoy"); none when two were."""
        roles = _EN_TITLE_KIN[m["title"]]
        codes = places.codes_in(m["country"]) if m["country"] else []
        if m["body"] and not codes:
            codes = places.codes_in(m["body"])
        people = {p.name: p for p in self.unlisted_people()
                  if _role_ends_in(p.role, roles) and (not codes or _titled_state(p) in codes)}
        if m["title"] == "chief":  # round 101 (q2): "the Azercosmos chief" is the head of the body it names
            people = {name: p for name, p in people.items() if m["country"] and m["country"] in p.role.lower().split()}
        if len(people) > 1 and self.last_speaker is not None and self.last_speaker.name in people \
                and self.last_speaker.name in (self.according_to, self.last_quoted):
            # two so titled (both Speakers at talks of two parliaments): the one running text reported last ("According
            # to Ismoilov, …" before "“…,” the Speaker said": quotes._en_according_sentence_subject); a name as a
            # sentence's subject ("X met Y") chooses neither; round 62 (quotesen62): or the one quoted last ('X said
            # relations rested on “…”.' / '“…,” the Speaker stressed.')
            people = {self.last_speaker.name: people[self.last_speaker.name]}
        if codes and self.counterparts:  # round 48: "the Kazakh mayor" after "X Y and his Kazakh counterpart Z W"
            people |= {p.name: p for p in self.counterparts if _role_ends_in(p.role, roles) and p.iso3 in codes}
        if not people and codes:
            people = self._counterpart_of_another_state(roles, codes)  # round 48: "the Kyrgyz mayor" of two mayors
        if len(people) > 1 and not codes and m["title"] == "mayor":  # round 53 (quotesen): "the Ganja mayor"
            people = _narrowed_mayors(people, m["country"], self.executive_heads)
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return Person(person.name, person.role, person.iso3, 0.7, "anaphor")

    def _counterpart_of_another_state(self, roles: tuple[str, ...], codes: list[str]) -> dict[str, Person]:
        """Round 48: two officials of one rank met ("Asanov and his host, Eskişehir Metropolitan Mayor Ayşe Ünlüce":
        en_counterparts_named; or two co-chairs, one's state not read), and the title names a state none of them is
        known to be of (`codes`): when one so titled is of another state ("the Kyrgyz mayor", the Turkish mayor's city
        in Türkiye), the one so titled with no state told is that state's; else none."""
        titled = [p for p in (*self.unlisted_people(), *self.counterparts) if _role_ends_in(p.role, roles)]
        stated = {p.name: state for p in titled if (state := _titled_state(p))}
        stateless = {p.name: p for p in titled if p.name not in stated}
        return stateless if len(stateless) == 1 and any(state not in codes for state in stated.values()) else {}

    def _ru_office(self, m: re.Match) -> Person | None:
        """'турецкий президент' -> the holder of that office of Türkiye on the article's date."""
        code = next((iso3 for stem, iso3 in RU_COUNTRY_ADJECTIVES.items() if m["adj"].startswith(stem)), None)
        term = ru_office_holder(code, _RU_OFFICES[m["office"]], self.day) if code else None
        if term and m["office"] == "лидер" and self.holders_by_given_name \
                and (former := self._only_former_holder_named(term)):
            return former  # round 74 (oped74)
        return _from_term(term, 0.85, "office") if term else None

    def _only_former_holder_named(self, term: officeholders.Term) -> Person | None:
        """Round 74 (oped74): "туркменский лидер" in a memoir that named former holders of the office and not today's
        ("Гурбангулы Бердымухамедов приехал в Ташкент …" in 2007, then "туркменский лидер … сказал:", dev/1179) is
        the one of them it named last; None when it named today's holder, or none."""
        named = {person.name: person for person in self.holders_by_given_name.values()}
        if term.name in named:
            return None
        former = [person for name, person in named.items()
                  if any(t.country == term.country and t.office == term.office for t in officeholders.by_name(name))]
        return Person(former[-1].name, term.office, term.country, 0.75, "anaphor") if former else None

    def holder_name(self, iso3: str) -> str:
        """The head of state of `iso3` on the article's date, or "" when the table does not know."""
        term = officeholders.holder(iso3, officeholders.HEAD_OF_STATE, self.day)
        return term.name if term else ""


# --- round 10 (English) -------------------------------------------------------------------------------
# a speaker of a parliament titled "Chair of"/"Speaker of": "Chair of the Milli Majlis Sahiba Gafarova" is
# remembered as a titled name, so that a later "Gafarova noted that …" is her (Resolver.note_names_in)
_TITLES_OF = _TITLES_OF + ("Chair of", "Speaker of")
assert all(" of" in title for title in _TITLES_OF)  # note_names_in's " of" check before them
_TITLE_OF_NAME = re.compile(_TITLE_OF_NAME.pattern.replace("(?:Minister|Chairman|", "(?:Minister|Chairman|Chair|Speaker|", 1))
assert "Chair|Speaker" in _TITLE_OF_NAME.pattern
_PERSON_TITLES = _PERSON_TITLES | {"Chair", "Speaker"}  # _titled_name reads the name after the title
# a compass word makes a place of its run, no person's name: "Northern Cyprus", "Western Europe"
_BODY_WORDS = _BODY_WORDS | {"northern", "southern", "eastern", "western"}
# a weekday is no part of a name: "On Thursday he was received by …" names no "On Thursday"
_BODY_WORDS = _BODY_WORDS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# --- round 11 (English) -------------------------------------------------------------------------------
# a month is no part of a name either: "In January he told …" names no "In January" (as a weekday above)
_BODY_WORDS = _BODY_WORDS | {"january", "february", "march", "april", "june", "july", "august", "september",
                             "october", "november", "december"}  # not "may", a verb

# --- round 11 (head-of-state words) --------------------------------------------------------------------
# Russian "глава государства" (the head of state) is such a word too: "Позднее гостя принял президент X Y.
# Глава государства подчеркнул, что …" is X Y, not the minister who spoke last (Resolver._head_for_title)
PRONOUNS = PRONOUNS + ("глава государства",)
HEAD_OF_STATE_WORDS = HEAD_OF_STATE_WORDS + ("глава государства",)
_HEAD_WORDS = _HEAD_WORDS + ("глава государства",)
# Azerbaijani "dövlətimizin başçısı" (our state's head), "ölkəmizin prezidenti" (our country's president): the
# Azerbaijani press means Azerbaijan's president on the article's date, whoever spoke last (an economist's
# quote before "Dövlətimizin başçısı o zaman bildirmişdi: «…»" does not make it the economist)
# (round 66, quotestr66: the Turkish "Cumhurbaşkanımız" (our President), as a Turkish minister calls Türkiye's
# president, "Cumhurbaşkanımızın ifadesiyle "…"", dev/1080: Türkiye's head of state on the day)
_OUR_HEAD_OF_STATE = {"dövlətimizin başçısı": "AZE", "ölkəmizin prezidenti": "AZE", "dövlət başçımız": "AZE",
                      "cumhurbaşkanımız": "TUR", "sayın cumhurbaşkanımız": "TUR"}
PRONOUNS = PRONOUNS + ("ölkəmizin prezidenti", "dövlət başçımız")
# Round 51 (quotes51b): a ministry's release names its own minister "Bakanımız" (our minister; "Sayın Bakanımız"), the
# Azerbaijani "nazirimiz": that state's one minister the article named (Resolver._our_minister)
_OUR_MINISTER = {"bakanımız": "TUR", "sayın bakanımız": "TUR", "nazirimiz": "AZE", "hörmətli nazirimiz": "AZE"}
PRONOUNS = PRONOUNS + ("bakanımız", "nazirimiz")  # as a title in a sentence ("Bakanımız burada yaptığı konuşmada")
# Round 78 (squote78): the minister the text titled "ours" by name ("Hazine ve Maliye Bakanımız Sayın Mehmet Şimşek"):
# a later bare "Bakanımız" is he, though the title's "-ımız" is no minister's role (_TURKIC_MINISTER_ROLE) and the
# other state's minister named after him ("Türkmenistan … Ekonomi Bakanı X Y") carried no state (dev/1220)
_OUR_MINISTER_TITLE = {iso3: word for word, iso3 in _OUR_MINISTER.items() if " " not in word}  # the bare words


# Round 70 (numq70): Russian "our President" in a speaker's own words ("Наш Президент на встрече … сказал так: «…»",
# an Uzbek envoy's interview answer, dev/1127; "наш лидер"): the head of the speaker's state, whichever it is
# (Resolver._speakers_own_head), not one state's as the Turkic words of _OUR_HEAD_OF_STATE are
_RU_OUR_HEAD_OF_STATE = frozenset({"наш президент", "наш лидер", "глава нашего государства", "президент нашей страны"})
# Round 91 (q3): a state outlet's English "the head of our state" in its own voice ('"…," the head of our state said.',
# dev/1385, Turkmenistan's state press after "President of Turkmenistan Serdar Berdimuhamedov held talks with …"): the
# head of state of the outlet's state, which such an outlet names first of all heads of state (Resolver.first_head);
# never the guest head of state who spoke last, as the bare "the head of state" would be (Resolver._en_our_state_head)
_EN_OUR_HEAD_OF_STATE = frozenset({"the head of our state", "head of our state", "our head of state",
                                   "the leader of our country", "the leader of our state",
                                   "the president of our country"})


# Round 86 (n2): a release its president's own press service signs on its last line ("Пресс-служба Президента
# Кыргызской Республики", dev/1315) calls its own president "Глава государства" or "Президент" bare, and titles the
# visiting head of state with his state ("Президент Казахстана"): the bare title is the signing state's head of state
# on the day, whoever was named last (Resolver.release_head); a ministry's or a parliament's press service names no
# head of state so
_RELEASE_OWN_HEAD_SIGNOFF = re.compile(r"(?:^|\n)[^\S\n]*Пресс-служба\s+Президента\s+"
                                       r"(?P<state>[^\n]{3,60}?)[^\S\n]*\.?\s*$")
RELEASE_OWN_HEAD_WORDS = frozenset({"глава государства", "президент"})
RELEASE_SIGNOFF_END = 120  # characters at the text's end that hold the press service's sign-off line


def release_own_head(text: str, day: date) -> Person | None:
    """The head of state, on `day`, of the state whose president's press service signs `text` on its last line."""
    tail = text[-RELEASE_SIGNOFF_END:]
    if "Пресс-служба Президента" not in tail or not (m := _RELEASE_OWN_HEAD_SIGNOFF.search(tail)) \
            or len(codes := places.codes_in(m["state"])) != 1:
        return None
    return head_of_state_on(codes[0], day, 0.85)


# Round 91 (q5, DATELINE_CAPITAL_HEAD): a Russian report datelined in a capital ("Бишкек, 18 июня — 24.kg. Президент
# Кыргызстана X Y прибыл в Алматы, где провел переговоры с Президентом Казахстана …", dev/1376) calls the head of the
# dateline's state a bare "глава государства" ("Для этого, как отметил глава государства, нужно «…»"): he, once the text
# named him, not the other president named last (Resolver._resolve); a dateline abroad (Budapest) names no head the
# text names, and "глава государства" stays the last-named head
_RU_DATELINE_CITY = re.compile(r"(?:^|\n)[^\S\n]*(?P<city>[А-ЯЁ][а-яё\-]+),\s+\d{1,2}\s+[а-яё]+\s+[—–-]\s+\S")
DATELINE_WINDOW = 400  # characters at the text's start that hold its title and dateline


def dateline_capital_head(text: str, day: date) -> Person | None:
    """The head of state, on `day`, of the state whose capital `text` is datelined in (Russian "Город, DD месяц —")."""
    if not (m := _RU_DATELINE_CITY.search(text[:DATELINE_WINDOW])) or len(found := places.mentions(m["city"])) != 1 \
            or not found[0].is_capital:
        return None
    return head_of_state_on(found[0].iso3, day, 0.8)


# Round 90 (v1, HOST_WELCOMING_GUEST): the host's head of state, whose "guest" the visit's guest is ("Welcoming his
# guest at the Council, the Head of State said: “…”" after "X paid a State Visit to Kazakhstan", dev/1362): the head
# of state, on the day, of the state the text's first "visit to" names
_VISIT_TO_STATE = re.compile(r"\b[Vv]isit\s+to\s+(?:the\s+)?"
                             r"([A-ZÇĞİÖŞÜ][\w'’-]+(?:\s+(?:of\s+)?[A-ZÇĞİÖŞÜ][\w'’-]+){0,3})")


def visit_host_head(text: str, day: date) -> Person | None:
    """The head of state, on `day`, of the one state the first "visit to …" of `text` names (_VISIT_TO_STATE)."""
    m = _VISIT_TO_STATE.search(text) if "isit to " in text else None
    if not m or len(codes := places.codes_in(m[1])) != 1:
        return None
    return head_of_state_on(codes[0], day, 0.75)


def _our_head_of_state(low: str, day: date) -> Person | None:
    return head_of_state_on(_OUR_HEAD_OF_STATE.get(low), day, 0.85)


# --- round 12 (Azerbaijani, Turkish) ------------------------------------------------------------------
# "the Kazakh minister" as Azerbaijani and Turkish write it, opening the phrase: "Qazaxıstanlı nazir isə …
# diqqət çəkib:" (a demonym in -lı/-li/-lu/-lü), "Qazaxıstanın naziri", "Kazakistanlı bakan": the minister of
# that country named last (_named_minister), not whoever spoke last, as "nazir" alone would be
_LOCAL_BARE_MINISTER = re.compile(r"^(?P<country>[\w'’]+)\s+(?:nazir|naziri|bakan|bakanı)(?:\s|$)", re.I)
_DEMONYM_END = re.compile(r"(?:lı|li|lu|lü)$")
# the third person possessive ending a Turkish or Azerbaijani title: "naziri", "başçısı", "Komiseri" (one home for the
# rules of quotes.py and Resolver._titled_of_state)
AZ_POSSESSIVE_END = r"s?[ıiuü]"


def _local_minister_country(phrase: str) -> list[str]:
    """The country of an Azerbaijani or Turkish "X minister" opening `phrase` (its demonym or genitive)."""
    if "nazir" not in phrase and "bakan" not in phrase and "Bakan" not in phrase and "Nazir" not in phrase:
        return []  # a cheap gate: most phrases hold neither (round 34: "Kırgız Bakan, …" capitalised, as Turkish writes it)
    m = _LOCAL_BARE_MINISTER.match(phrase)
    if m and (code := _LOCAL_DEMONYMS.get(m["country"].lower())):
        return [code]  # round 15: "türk nazir", "qazax naziri"
    return places.codes_in(_DEMONYM_END.sub("", m["country"])) if m else []


# Round 15: Turkish and Azerbaijani demonyms without a suffix, which the places table (country names and English
# adjectives) does not hold: "Kırgız lider, "…" diye konuştu", "Kazak Cumhurbaşkanı", "Özbək prezidenti" (the word
# opening the phrase, before an office word: "Türk Devletleri Teşkilatı" holds none)
_LOCAL_DEMONYMS = {"kırgız": "KGZ", "qırğız": "KGZ", "kazak": "KAZ", "qazax": "KAZ", "özbek": "UZB", "özbək": "UZB",
                   "türkmen": "TKM", "türkmən": "TKM", "tacik": "TJK", "macar": "HUN", "türk": "TUR"}


def _local_demonym(word: str) -> bool:
    """Round 17: is `word` a Turkish or Azerbaijani demonym, bare ("Kazak", "Özbək") or a country name with -lı/-li/-lu/-lü
    ("Kazakistanlı", "Qazaxıstanlı")? Capitalised, it opens a run before a title and a surname ("Kazak Bakan
    Şakkaliyev ise …", "Özbekistanlı Bakan Kudratov"), as an English "Kazakh" does."""
    low = word.lower()
    return low in _LOCAL_DEMONYMS or (_DEMONYM_END.search(low) is not None
                                      and places.is_place_word(_DEMONYM_END.sub("", word)))


_LOCAL_DEMONYM_OFFICE = re.compile(rf"(?<!\w)({'|'.join(_LOCAL_DEMONYMS)})\s+(?:lider|cumhurbaşkan|dışişleri bakan|"
                                   r"başbakan|bakan|devlet başkan|prezident|nazir|xarici işlər nazir|baş nazir)")


# Round 91 (q3, demonym_deputy_title): a deputy's title told by his state's demonym after he spoke ('Geldimıradov, "…"
# dedi. Türkmen Başbakan Yardımcısı, "…" diye konuştu.', dev/1377): the last speaker, when he is a deputy ("… Başkan
# Yardımcısı X Y") of that state or of none told; a title of no deputy ("Türkmen Bakan") is not read so
_LOCAL_DEMONYM_DEPUTY = re.compile(rf"({'|'.join(_LOCAL_DEMONYMS)})\s+(?:başbakan|cumhurbaşkanı|bakan|bakanlar kurulu"
                                   r" başkan|baş nazirin|nazirin)\s+(?:yardımcısı|müavini)")


# Round 104 (h2): a title told by its holder's demonym, capitalised as Turkish writes it ('Azerbaycanlı Komiser,
# toplantıda şunları kaydetti: "…"' after "Azerbaycan İnsan Hakları Komiseri (Ombudsman) X Y", dev/1548): the one of
# that state the text titled so (Resolver._titled_of_state)
_LOCAL_DEMONYM_TITLE = re.compile(rf"(?P<demonym>[{CAPITALS}][\w]+)\s+(?P<title>[{CAPITALS}][a-zçğıöşü]+)")


def local_demonym_codes(word: str) -> list[str]:
    """Round 104 (h2): the state of a Turkish or Azerbaijani demonym, bare ("Kazak") or in -lı ("Azerbaycanlı")."""
    if code := _LOCAL_DEMONYMS.get(word.lower()):
        return [code]
    return places.codes_in(_DEMONYM_END.sub("", word)) if _local_demonym(word) else []


def _local_demonym_country(phrase: str) -> list[str]:
    """The country of a demonym right before an office word ("Basın toplantısında konuşan Özbek Dışişleri Bakanı")."""
    m = _LOCAL_DEMONYM_OFFICE.search(phrase.lower())
    return [_LOCAL_DEMONYMS[m[1]]] if m else []


# Azerbaijani "dövlət başçısı" (the head of state) is, as English "the president", the head of state named last
# when the last speaker was a minister ("Həmin gün Prezident İlham Əliyev X-i qəbul edib. Dövlət başçısı …")
_HEAD_WORDS = _HEAD_WORDS + ("dövlət başçısı",)
# Round 86 (n6): and Turkish "Cumhurbaşkanı", the head of state the text turned to last, not the last speaker
# ('Aliyev, "…" dedi. Erdoğan ise … başladı. Cumhurbaşkanı, "…" dedi' is Erdoğan's, _note_topic_surnames, dev/1325)
_HEAD_WORDS = _HEAD_WORDS + ("cumhurbaşkanı",)


# Round 12 (Russian): a Latin-script company or brand before a Cyrillic name is read by NAME_RUN as one run
# ("директор логистической компании Silk Cargo Line Рустам Хакимов"); a Russian name is written in Cyrillic, so
# the Cyrillic words ending the run are the name, the Latin ones before them the company's
_CYRILLIC_TAIL = re.compile(r"(?:^|\s)((?:[А-ЯЁ][а-яё'’\-]+)(?:\s+[А-ЯЁ][а-яё'’\-]+)*)$")


def _cyrillic_tail(run: str) -> str:
    # a cheap gate: a Latin start and Cyrillic after it (round 102, q3: Latin with diacritics too, up to U+02AF, "Özkaya
    # İnşaat Хакан Озкая" of "Председатель совета директоров Özkaya İnşaat Хакан Озкая напомнил …", dev/1523)
    if not ("A" <= run[0] <= "ʯ") or not is_cyrillic(run):
        return run
    m = _CYRILLIC_TAIL.search(run)
    return m[1] if m and m.start(1) > 0 else run


# --- round 13 (English) -------------------------------------------------------------------------------
# Titles of address are no part of a name: "said Dr Kamila Nurmatova, a Central Asia specialist" is Kamila
# Nurmatova (as "Mr"/"Ms" already were)
_TITLE_WORDS |= {"dr", "prof", "professor", "mx", "sir", "dame"}
# Round 93 (q2, EXCELLENCY_HONORIFIC): a diplomat's honorific ("Her Excellency Ms. Dogdurkul Kendirbaeva said",
# "His Excellency X Y, Minister of …") is no given name either (dev/1400)
_TITLE_WORDS |= {"excellency"}
# nor is a preposition capitalised at a sentence's start: "For Nigina Rakhimova, a trader in Tashkent, the route
# matters" names Nigina Rakhimova
_TITLE_WORDS |= {"for", "to", "with", "from", "by", "at", "in", "on", "after", "like", "unlike", "among",
                 # round 31: more sentence-opening prepositions and adverbs ("During Nagy's visit, …" is no
                 # "During Nagy"; "Before Tokayev spoke", "Under Mirziyoyev", "Meanwhile Aliyev …")
                 "during", "before", "following", "under", "despite", "according", "without", "through", "throughout",
                 "against", "towards", "toward", "within", "upon", "amid", "amidst", "beyond", "besides", "including",
                 "regarding", "ahead", "then", "meanwhile", "also", "both", "neither", "only", "even", "now", "thus",
                 "however", "still", "here", "there", "this", "that", "these", "those", "what", "why", "how",
                 "where", "earlier", "later", "today", "yesterday", "tomorrow"}
# A deputy holds no office of the table: "Uzbek Deputy Prime Minister Jamshid Khodjaev" is not the prime minister,
# "Turkish Vice President X Y" not the president (the name after the title is the speaker, else nobody); nor does a
# leader of a party, the opposition or a business (round 16): "Azerbaijani opposition leader Ali Karimli" is not
# President Ilham Aliyev (whose surname shares the given name's first letters), but the name after the title
_DEPUTY_OFFICE = re.compile(r"\b(?:first\s+)?(?:deputy|vice)[\s\-]+(?:prime\s+minister|premier|president|"
                            r"foreign\s+minister|leader)\b"
                            r"|\b(?:opposition|party|business|community|religious|"
                            r"spiritual|rebel|union|faction|parliamentary|youth)\s+leader\b", re.I)


def _deputy_title(deputy: re.Match | None) -> str:
    """The role of a deputy ("Deputy Prime Minister") as records carry an office, else ""."""
    return " ".join(word.capitalize() for word in deputy[0].split()) if deputy else ""


def _names_another(phrase: str, term: officeholders.Term) -> bool:
    """Does an office phrase end in the full name of someone the table does not list, so not the office's holder
    ("Azerbaijan's oil company president Rovshan Najaf")? A spelling of the holder's own surname or given name, by
    its first three letters ("Ilkham Aliev", "Sadyr Zhaparov"), is still he."""
    end = phrase.rstrip(" ,.")
    names = [name for name in _unlisted_names(end) if end.endswith(name)]
    if not names:
        return False
    words = names[0].split()
    own = {fold(word)[:3] for name in (term.name, *term.aliases) for word in (name.split()[0], name.split()[-1])}
    if fold(words[0])[:3] not in own and fold(words[-1])[:3] not in own:
        return True
    # round 51 (visits gaps): the holder's surname after a given name apart from his ("Uzbek Foreign Minister Bahodir
    # Saidov" is not Bakhtiyor Saidov)
    return len(words) > 1 and _given_name_apart(words[0], (term.name, *term.aliases))


def _without_acronym(run: str) -> str:
    """Round 14: a run from after its last acronym ("ИМЭМО РАН Станислав Притчин", "Директор ЦАИ Тимур Ахмедов" ->
    "Тимур Ахмедов"): a body's short name, written in capitals, and what stands before it are no part of a person's
    name (an acronym among the run's last two words leaves it whole)."""
    return _after_last_word(run, _acronym)


def _acronym(word: str) -> bool:
    """A body's short name: a word of two or more capitals ("РАН"), or one ending in two after a syllable in lower
    case ("ТашГТУ", "КазНУ"); a name's inner capital ("McDonald") is followed by lower case."""
    # round 102 (q3): "Ректор ТашГТУ Шухрат Эргашев назвал …" is Shukhrat Ergashev's, no "TashGTU Shukhrat" (dev/1527)
    return len(word) > 1 and (word.isupper() or word[-2:].isupper())


def _after_last_word(run: str, cut) -> str:
    """The words of a capitalised run after its last word that `cut` holds true of, when two or more follow; else the
    run (a person's name follows what is cut)."""
    if run.count(" ") < 2:
        return run  # most runs: fewer than three words leave nothing to cut
    words = run.split()
    last = max((i for i, word in enumerate(words) if cut(word)), default=-1)
    return " ".join(words[last + 1:]) if 0 <= last <= len(words) - 3 else run


# an outlet or agency named with an Azerbaijani or Turkish case ending after a hyphen, as the one told ("Report-a
# açıqlamasında", "APA-ya", "Trend-ə", "AA-ya"): no word of a name
# Round 23: an outlet of two words whose second is a country's name, with the case after a hyphen ("Elçin Məmmədzadə
# Virtual Azərbaycan-a açıqlamasında", "Sputnik Azərbaycan-a", "Yeni Türkiye-ye"): a country takes its case with no
# hyphen ("Azərbaycana"), so the hyphen marks an outlet's name, and the capitalised word before it is the outlet's too;
# so is "Yeni" (new, never a surname) before any outlet with a hyphenated case ("Yeni Müsavat-a", "Yeni Şafak-a"), and
# "Bizim" (our, a pronoun, never a name's: "Vüqar Səfərzadə Bizim Əsr-ə açıqlamasında", "Bizim Yol-a")
# Round 37 (Russian, Azerbaijani and Turkish quotes): an outlet of two words in the genitive-possessive pair, the case
# after a hyphen on the second ("Elçin Nəbiyarlı Günün Səsi-nə bildirib", "Xalqın Sesi-ye"): a genitive then a
# possessive is a noun phrase, never a given name and surname, so the first word is the outlet's too
_OUTLET_IZAFET_HEAD = rf"[{CAPITALS}]\w+(?:ın|in|un|ün)\s+(?=[{CAPITALS}]\w*(?:ı|i|u|ü)-)"
_OUTLET_COUNTRY_WORDS = r"(?:Azərbaycan|Türkiyə|Türkiye|Qazaxıstan|Kazakistan|Özbəkistan|Özbekistan|Qırğızıstan|Kırgızistan|Türkmənistan|Türkmenistan|Macarıstan|Macaristan|Tacikistan)"
_OUTLET_CASE = re.compile(rf"(?<!\S)(?:[{CAPITALS}][\w.]*\s+(?={_OUTLET_COUNTRY_WORDS}-|TV-)|(?:Yeni|Bizim)\s+"
                          rf"|{_OUTLET_IZAFET_HEAD})?"
                          r"[\w.]+-(?:a|ə|ya|yə|e|ye|na|nə|ne|ın|in|un|ün|nın|nin|da|də|de|dan|dən|den)(?!\S)")


# A region's name right after a person's, before the region's noun in the possessive of a name compound ("Çıxışında
# Serik Şapkenov Atırau vilayəti ilə …", "X Y Qəbələ rayonunun …"): Azerbaijani puts what the subject speaks of right
# after his name, so that capitalised word is the region's, no surname (a word with a surname's ending stays: "Akim
# X Yusupov vilayəti gəzib" has the accusative "the region" after the name)
_REGION_NAME_AFTER_NAME = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]*\s+[{CAPITALS}][\w'’\-]*\s+)"
                                     r"(?![\w'’\-]*(?:ov|ev|ova|eva|yev|yeva|zadə|lı|li|lu|lü)\s)"
                                     rf"(?P<place>[{CAPITALS}][\w'’\-]*)"
                                     r"(?=\s+(?:vilayəti|vilayətinin|vilayətində|vilayətinə|vilayətindən|rayonu|"
                                     r"rayonunun|rayonunda|rayonuna|oblastı|oblastının|bölgəsi|bölgəsinin|əyaləti|"
                                     r"əyalətinin)\b)")
_REGION_NOUN_GATE = re.compile("vilayət|rayonu|oblast|bölgəsi|əyalət")  # a cheap gate, one C call


def _region_name_lowered(m: re.Match) -> str:
    place = m["place"]
    return m["name"] + ("i" if place[0] == "İ" else place[0].lower()) + place[1:]


def without_region_name_after_name(text: str) -> str:
    """`text` with a region's name after a person's written in lower case (_REGION_NAME_AFTER_NAME), so no run of
    capitalised words takes it into the name; the length kept (quotes.py reads runs of a clause with this)."""
    return _REGION_NAME_AFTER_NAME.sub(_region_name_lowered, text) if _REGION_NOUN_GATE.search(text) else text


# Round 48 (quotes, other): a place's name right before a noun of a region, province or district in the possessive of
# a name compound ("Karabağ ve Doğu Zengezur bölgelerinde", "Şərqi Zəngəzur iqtisadi rayonunda", "Mersin ilinde",
# "the Isyk Kul region") names a place, and a place is never a speaker: its word and a compass word before it are
# written in lower case, so no run takes them for a name ("Azerbaycanlı Bakan, … Doğu Zengezur bölgelerinde …" is the
# minister's). A word with a surname's ending stays ("Akim X Yusupov vilayəti gəzib": the region is the object)
# Round 104 (h3): so does a site's name before the noun of the dig there, Turkish "kazı", Azerbaijani "qazıntı", in the
# possessive ('Bakan Yardımcısı Karaağaç Sauran kazısında: "…"', a headline, dev/1544): the dig's place, no surname
# glued to the one before it ("Karaağaç", the title's surname, the one the body names in full)
_PLACE_BEFORE_REGION_NOUN = re.compile(
    r"(?:(?:Doğu|Batı|Kuzey|Güney|Orta|Yukarı|Aşağı|Şərqi|Qərbi|Cənubi|Şimali|Mərkəzi|Yuxarı|East|West|North|South|"
    r"Central|Upper|Lower)\s+)?"
    rf"(?<![\w'’\-])[{CAPITALS}][\w\-]*(?<!ov)(?<!ev)(?<!ova)(?<!eva)(?<!zadə)(?<!zade)"
    r"(?=\s+(?:iqtisadi\s+)?(?:bölgesi|bölgeleri|bölgəsi|bölgələri|vilayeti|vilayəti|eyaleti|əyaləti|ilçesi|"
    r"rayonu|rayonları|oblastı|ilinde|iline|ilinden|ilindeki|ilinin|regions?\b|province\b|district\b"
    r"|kazısı|kazıları|qazıntısı|qazıntıları))")  # round 104 (h3): a dig's site (dev/1544)
_PLACE_REGION_NOUN_GATE = re.compile("bölg|vilay|eyalet|əyalət|ilçesi|rayon|oblastı| ilin|region|province|district"
                                     "|kazı|qazıntı")


def _place_lowered(m: re.Match) -> str:
    words = m[0]
    return "".join(("i" if c == "İ" else c.lower()) if k == 0 or words[k - 1].isspace() else c
                   for k, c in enumerate(words))


def without_place_before_region_noun(text: str) -> str:
    """`text` with a place's name before a region's noun in lower case (_PLACE_BEFORE_REGION_NOUN), the length kept."""
    return _PLACE_BEFORE_REGION_NOUN.sub(_place_lowered, text) if _PLACE_REGION_NOUN_GATE.search(text) else text


# Round 101 (q2): the first of two Turkish given names, as Turkish, Azerbaijani and BGN/PCGN-romanised Russian write
# it (round 31, quotes._third_name_word). A run of three words opening with one, its second no surname (-ov, -zadə:
# name_forms.turkic_surname), is given name, given name, surname: its third word ending as the locative or ablative
# does is the surname ("TUA President Mehmet Akif Soydan arrived …", dev/1500), no place (_without_place_case)
TURKISH_FIRST_GIVEN_NAMES = frozenset({
    "Mehmet", "Ahmet", "Mustafa", "Ali", "Hasan", "Hüseyin", "İbrahim", "Osman", "Abdullah", "Muhammed", "Yusuf",
    "Ömer", "Məhəmməd", "Əhməd", "Həsən", "Hüseyn", "Mekhmet", "Akhmet", "Khasan", "Khuseyn", "Ibragim", "Abdulla",
    "Mukhammed", "Omer"})


def _two_given_names_and_surname(words: list[str]) -> bool:
    """Round 101 (q2): are three words two Turkish given names and a surname ("Mehmet Akif Soydan")?"""
    return len(words) == 3 and words[0] in TURKISH_FIRST_GIVEN_NAMES and not turkic_surname(words[1])


# Round 16b: Azerbaijani and Turkish put where the subject is right after the name, a city in the locative or ablative
# with no apostrophe ("naziri Rəşad Nəbiyev Aktauda bildirib", "Bakan Ömer Bolat Almatıda gazetecilere"): a third
# capitalised word so declined is no part of the name ("-zadə"/"-zade" is a surname's own ending, not a case)
_PLACE_CASE_WORD = re.compile(r"(?<=\w{3})(?<!za)(?:da|də|de|ta|tə|te|dan|dən|den|tan|tən|ten)$")


def _without_place_case(run: str) -> str:
    """A run of three or more name words without its last when that is a place word in the locative or ablative."""
    words = run.split()
    while len(words) >= 4 and places.is_place_word(words[-1]):
        # round 46: a country's name ending the run is no name's (_run_candidates drops it) and hides a city in any
        # case before it ("nazir X Y Naxçıvanın Türkiyə ilə …", Nakhchivan's border with Türkiye): dropped first
        words = words[:-1]
    if len(words) >= 3 and places.is_city_word(words[-1]):
        return " ".join(words[:-1])  # a city in any case, the dative too: "X Y Şuşaya gəlib" (came to Shusha)
    return " ".join(words[:-1]) if len(words) >= 3 and _PLACE_CASE_WORD.search(words[-1]) \
        and not _DECLINED_BODY_NOUN.search(words[-1].lower()) \
        and not _two_given_names_and_surname(words) else run  # (round 20: "… Komitəsindən" is a body's; round 101, q2)


# Round 17: bodies and regions as Turkish, Azerbaijani and Russian name them, in the forms they take before an
# occupation or a name ("Orta Asya Araştırmaları Merkezi uzmanı", "Strateji Araşdırmalar Mərkəzinin eksperti",
# "эксперт Института стран Центральной Азии Тимур Ахметжанов", where _RU_TITLED reads the name after them): no
# person's name holds one
_LOCAL_BODY_WORDS = frozenset({
    "merkezi", "merkezinin", "enstitüsü", "enstitüsünün", "üniversitesi", "üniversitesinin", "vakfı", "vakfının",
    "derneği", "derneğinin", "akademisi", "fakültesi", "ajansı", "bakanlığı", "bakanlığının", "teşkilatı",
    "komitesi", "konseyi", "mərkəzi", "mərkəzinin", "institutu", "institutunun", "universiteti", "universitetinin",
    "fondu", "fondunun", "akademiyası", "akademiyasının", "agentliyi", "agentliyinin", "nazirliyi", "nazirliyinin",
    "təşkilatı", "təşkilatının", "komitəsi", "komitəsinin", "assosiasiyası", "assosiasiyasının",
    "центра", "института", "университета", "академии", "фонда", "агентства", "министерства", "комитета",
    "азии", "европы", "кавказа", "каспия",
    "İnstitutu".lower(), "İnstitutunun".lower(),  # str.lower keeps the dot of "İ" ("i̇"), as "İktisatçı" above
    # round 27: a document's name ("İktisadi ve Mali İşbirliği Anlaşması çerçevesinde", "Ticarət Sazişi") is no person's
    "anlaşması", "anlaşmasının", "antlaşması", "sözleşmesi", "beyannamesi", "protokolü", "mutabakat", "müqaviləsi",
    "müqaviləsinin", "sazişi", "sazişinin", "bəyannaməsi", "memorandumu", "protokolu", "konvensiyası",
    # round 31: a region's bare name of two words ("Türk dünyası ile Orta Avrupa arasında \"…\"") is no person's
    "avrupa", "asya", "asiya", "avropa", "kafkasya", "qafqaz", "avrasya", "avrasiya",
    # round 32 (Turkish quotes): a sea, lake, gulf, port or corridor of two words before the speaker ("Hazar Denizi
    # üzerinden geçen … dikkati çeken X, "…" diye konuştu") is no second person in the nominative
    "denizi", "denizinin", "dənizi", "dənizinin", "gölü", "gölünün", "körfezi", "körfəzi", "boğazı", "nehri",
    "havzası", "hövzəsi", "limanı", "limanının", "havalimanı", "koridoru", "koridorunun",
    "dəhlizi", "dəhlizinin",
    # round 99 (v1): and in the genitive ("… bildirib ki, yeni marşrut Orta Dəhlizin “…” olduğunu …", dev/1473)
    "dəhlizin", "koridorun",
    # round 54 (quotesaz): or in the locative, opening a sentence ("Orta Dəhlizdə yük daşımaları … artır"): a place
    "dəhlizdə", "dəhlizində", "koridorda", "koridorunda", "limanda", "limanında", "dənizində", "hövzəsində",
    "denizinde", "havzasında",
    # round 66 (quotes66): a ministry's name capitalised before its lower-case title ("Türkmənistanın Xarici İşlər
    # naziri X Y «…» deyib", "Kənd Təsərrüfatı naziri"): "Xarici İşlər" is no second person beside X Y (dev/1082)
    "işlər", "İşlər".lower(), "işləri", "İşləri".lower(), "işleri", "İşleri".lower(), "təsərrüfatı",
    # Round 93 (q3, body_board_words): a Turkish board's or institution's name ("Dış Ekonomik İlişkiler Kurulu
    # (DEİK) … İş Konseyi Başkanı X Y da … savundu: "…"", "Türkiye İstatistik Kurumu") is no second person beside
    # X Y (dev/1406)
    "kurulu", "kurulunun", "kurumu", "kurumunun",
    # Round 106 (h4): a film studio ("heyette Kazakfilm Stüdyosu yöneticilerinin yanı sıra …", dev/1572; Azerbaijani
    # "studiyası") is no person, so no visitor of the delegation it is in
    "stüdyosu", "stüdyosunun", "studiyası", "studiyasının"})
_BODY_WORDS = _BODY_WORDS | _LOCAL_BODY_WORDS


# Round 20: Azerbaijani and Turkish put what the subject speaks of right after his name, with no comma ("Ekspert Kamal
# Əliyev Cənubi Qafqaz regionunda …", "Politoloq X Y Mərkəzi Asiya ölkələri ilə …", "X Y Xəzər regionundakı …"): a
# region's name from the run's third word on is no part of the name, which it would make a body's ("Mərkəzi" is one)
# or four words long. A direction word opens it only before a region's noun ("Strateji Araşdırmalar Mərkəzi" is a
# centre, a body's name, and stays whole).
_REGION_NOUN = re.compile(r"(?:asiya|asya|qafqaz|kafkas|xəzər|hazar|avropa|avrupa|avrasiya|avrasya)[\w'’]*$")
_REGION_DIRECTIONS = frozenset({"cənubi", "şimali", "mərkəzi", "orta", "qərbi", "şərqi", "güney", "kuzey", "yaxın",
                                "doğu", "batı"})  # round 31: "Doğu Avrupa", "Batı Asya"


def _surname_before_directed_region(name: str, phrase: str) -> bool:
    """Round 67 (fidanq67): is a two-word run a surname and the direction word opening a region's name, the region's
    noun right after it in the phrase ("Fidan Orta" of the headline "Fidan Orta Asya turunu Bişkek'te tamamladı",
    dev/1089; "Bayraktar Güney Kafkasya'da")? _without_region cuts a region from a run's third word only, and this
    run is no newcomer's name: the surname alone, of one named in full before (_surname_before_other_word), or no
    one."""
    second = name.split()[1]
    if second.lower() not in _REGION_DIRECTIONS or (at := phrase.find(name)) < 0:
        return False
    after = phrase[at + len(name):].split(maxsplit=1)
    return bool(after) and _REGION_NOUN.match(after[0].lower()) is not None


def _without_region(run: str) -> str:
    """A run of three or more words up to the region named from its third word on; else the run."""
    if run.count(" ") < 2:
        return run  # most runs: a region third needs three words
    words = [word.lower() for word in run.split()]
    for i in range(2, len(words)):
        if _REGION_NOUN.match(words[i]) or (words[i] in _REGION_DIRECTIONS and i + 1 < len(words)
                                            and _REGION_NOUN.match(words[i + 1])):
            return " ".join(run.split()[:i])
    return run


def _unlisted_names(phrase: str) -> list[str]:
    """The full names of a phrase that can be a person's (no body word, case ending or possessive), titles cut
    (round 14: the body word judged after the title, "Commission President Ursula von der Leyen" a name; an acronym
    and what stands before it cut, "ИМЭМО РАН Станислав Притчин")."""
    if "А" <= phrase.rstrip(" ,.")[-1:] <= "я" and _RU_NAMED_BEFORE_NAME.search(phrase):
        phrase = _ru_named_before_name(phrase)  # round 19: "директор порта Актау Нурлан Жумабаев"
    if " " in phrase and "А" <= phrase.rstrip(" ,.")[-1:] <= "я" and _RU_OBLIQUE_BEFORE_NAME.search(phrase):
        phrase = ru_without_oblique_before_name(phrase)  # round 40: "с Нурланом Ахметовым Серик Иманов"
    if " ad" in phrase and _TURKIC_NAMESAKE.search(phrase):
        phrase = _without_namesakes(phrase)  # round 27: "Mirzə Uluqbəy adına məktəb" names a school, not a speaker
    if " və " in phrase and _AZ_BODY_NAME_WITH_AND.search(phrase):
        phrase = _AZ_BODY_NAME_WITH_AND.sub(" ", phrase)  # round 33: "Aqrar Kredit və İnkişaf Agentliyi" is one body
    if any(title in phrase for title in AZ_POSSESSIVE_TITLES):
        phrase = _without_bodies_before_titles(phrase)  # round 28: "Jogorku Keneşin sədri X Y" names X Y, no "Jogorku Keneşin"
    # (round 19: and a body's name before the person's, "Head of the Presidential Administration Samir Nuriyev")
    return [c for run in map(_en_after_body_word, map(_without_acronym, map(_cyrillic_tail, _whole_name_runs(phrase))))
            if not _body_name(named := az_name_before_genitive_phrase(  # round 76
                _without_region(_without_place_case(_after_title(run)))))
            for c in _run_candidates(named) if " " in c and not _declined_noun(c) and not _POSSESSIVE.search(c)
            and not ("-" in c and _EN_COMPOUND_DESCRIPTOR.search(c))  # round 32
            and not (("'" in c or "’" in c) and _TR_CASED_INNER_WORD.search(c))  # round 37
            and not _one_place_name(c)  # round 42
            and not _peoples_name(c)  # round 67
            # round 54 (quotesaz): a last word in the Azerbaijani locative ("Orta Dəhlizdə", "Yaşıl Körpüdə" opening a
            # sentence: in the corridor, on the bridge) names a place, never a person ("-zadə" is a surname's end)
            and not (c.endswith("də") and not c.endswith("zadə"))
            # round 102 (q4): nor a direction word opening a region's name in the locative or ablative, whatever its
            # vowel ("Qarabağda və Şərqi Zəngəzurda işləyir" after "ANAMA rəhbəri əlavə edib ki", dev/1529)
            and not (c.split(None, 1)[0].lower() in _REGION_DIRECTIONS and _PLACE_CASE_WORD.search(c))]


def _peoples_name(candidate: str) -> bool:
    """Round 67 (quotestr67): is a two-word candidate a people's name, a state's name before a bare demonym ("Kıbrıs
    Türk halkı", the Turkish Cypriot people; "Suriye Türkmen toplumu")? Read as a person, "Erhürman konuşmasında, Kıbrıs
    Türk halkının … vurgu yaparak şunları söyledi:" gave the quote to "Kıbrıs Türk" (dev/1092). A surname that is a
    demonym ("Ahmet Türk", "Ali Özbek") follows a given name, no state's name."""
    first, _, last = candidate.partition(" ")
    return last.lower() in _LOCAL_DEMONYMS and " " not in last and places.names_a_state(first)


@lru_cache(maxsize=4096)  # (candidates repeat: a name is read at each of its mentions)
def _one_place_name(candidate: str) -> bool:
    """Round 42: is a two-word candidate one country's name whole ("Kuzey Kıbrıs", Northern Cyprus, whose words alone
    name no country: "Bolat, Kuzey Kıbrıs ile ilişkilerin …" read it as a person met)?"""
    found = places.mentions(candidate)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate)


# --- round 13 (Azerbaijani, Turkish) ------------------------------------------------------------------
# Round 84 (g): the Turkish title of a province's governor (Turkish calls the Kyrgyz and Uzbek ones so too), one home
# for the title lists that hold it: _TITLE_WORDS, GOVERNOR_BARE_TITLES and visits._LOCAL_OFFICE_STEMS
TR_GOVERNOR = "vali"
# the region's governor told by his bare title after his quote, as the Azerbaijani papers write it ('“…”, – deyə akim
# bildirib' under "… akimi X Y", '“…”, deyə vali vurğulayıb' under "İğdır valisi X Y", dev/1265): one home for
# _TURKIC_BARE_OCCUPATIONS (who the title is) and quotes._AZ_TITLE_ANAPHOR (that the lead sentence's person speaks)
GOVERNOR_BARE_TITLES = ("akim", TR_GOVERNOR)
# Titles capitalised before a name at a sentence's start are no part of it: "Vitse-spiker Adil Əliyev bildirib",
# "Vitse-prezident Fuat Oktay", "Səfir Rəşad Məmmədov", "Deputat …", "Milletvekili …", "Büyükelçi …"
_TITLE_WORDS |= {"vitse-prezident", "vitse-spiker", "vitse-premyer", "spiker", "deputat", "səfir", "sədr", "nazir",
                 "milletvekili", "büyükelçi", TR_GOVERNOR, "sözcü", "sözcüsü"}


# --- round 14 (Azerbaijani, Turkish) ------------------------------------------------------------------
# Azerbaijani writes a title in lower case before a full name in running text ("İqtisadiyyat naziri Mikayıl Cabbarov
# Ankaraya səfər edib", "nazir Türkiyənin ticarət naziri Ömer Bolat ilə görüşüb", "Gömrük Komitəsinin sədri X Y",
# "iqtisadçı ekspert X Y"): the name is remembered, with the country its clause names before the title, for a later
# "Cabbarov"/"M.Cabbarov" or "Türkiyə naziri" (the Turkish minister named last)
_AZ_TITLES = {"naziri": "Minister", "nazir": "Minister", "nazirinin müavini": "Deputy Minister",
              "sədri": "Chairman", "sədr": "Chairman", "səfiri": "Ambassador", "səfir": "Ambassador",
              "müavini": "Deputy", "rəisi": "Head", "rəhbəri": "Head", "direktoru": "Director", "katibi": "Secretary",
              "sözçüsü": "Spokesperson", "nümayəndəsi": "Representative",
              # round 39 (Azerbaijani and Turkish quotes): a Kazakh region's governor ("Mangistau vilayətinin akimi X
              # Y"), whom a later '– deyə akim bildirib' means; a Kyrgyz one's ("Çuy vilayətinin qubernatoru X Y"),
              # remembered for a later '– deyə Y bildirib'
              "akimi": "Governor", "qubernatoru": "Governor",
              # Round 81 (nakh81): a Turkish province's governor as Azerbaijani and Turkish papers title him ("İğdır
              # valisi X Y"), whom a later '“…”, deyə vali vurğulayıb' means (dev/1265)
              "valisi": "Governor",
              "ekspert": "", "iqtisadçı": "", "politoloq": "", "analitik": "",
              # round 21: Turkish business people ("turizm yatırımcısı Hasan Aksoy", "tekstil ihracatçısı X Y")
              "yatırımcı": "", "yatırımcısı": "", "girişimci": "", "girişimcisi": "", "ihracatçı": "",
              "ihracatçısı": "", "sanayici": "", "gazeteci": "", "üretici": "", "üreticisi": "", "tüccar": "",
              "nakliyeci": "", "lojistikçi": "", "otelci": "", "turizmci": "", "çiftçi": "", "esnaf": "",
              # round 30: the possessive after a sector ("tekstil sanayicisi X Y", "inşaat müteahhidi", "gıda
              # imalatçısı", "pamuk tüccarı"), as "yatırımcısı" is
              "sanayicisi": "", "müteahhit": "", "müteahhidi": "", "imalatçı": "", "imalatçısı": "", "tüccarı": ""}
# Round 15: Turkish occupations in lower case before a name ("ekonomist Doç. Dr. Serkan Yılmaz", "uzman X Y",
# "siyaset bilimci X Y"), the academic titles after them no part of the name (_ACADEMIC)
_AZ_TITLES |= {"ekonomist": "", "uzman": "", "uzmanı": "", "analist": "", "akademisyen": "", "siyaset bilimci": ""}
# Round 69 (tuik69, dev/1120): a statistics office's "istatistikçi Gülşen Akbulut" (statistician), for a later '"…,"
# dedi.' paragraph of hers
_AZ_TITLES |= {"istatistikçi": "", "istatistikçisi": ""}
# Round 101 (q4): a literature prize's poets and writers ("Kazak şair Nurlan Sarsenbayulı", "Özbek yazar X Y";
# Azerbaijani "şair" too), for a later surname alone ('Sarsenbayulı, … şu dizeleri okudu: "…"', dev/1499)
_AZ_TITLES |= {"şair": "", "yazar": ""}
# Round 102 (v1): a film festival's directors ("Kırgız yönetmen Ernis Cumabayev"; Azerbaijani "rejissor X Y"), for a
# later surname alone ('Cumabayev, … şunları söyledi:', dev/1528)
# Round 106 (h4): and its actors ("genç oyuncu Dinara Sultanbekova"; Azerbaijani "aktyor", "aktrisa"), for a later
# surname alone ('… anlatan Sultanbekova, … "…" … dile getirdi', dev/1572)
_AZ_TITLES |= {"yönetmen": "", "rejissor": "", "oyuncu": "", "aktyor": "", "aktrisa": ""}
# Round 103 (h3): a restoration's architect, capitalised before her name ("Restorasyon ekibinin şefi Mimar Zeynep
# Ocakoğlu", dev/1536; _TITLE_WORDS below: no part of the name), for her partial quote in the sentence
_AZ_TITLES |= {"mimar": ""}
_ACADEMIC = r"(?:(?:Prof|Doç|Dr|Yrd|Öğr|Üyesi)\.?\s+){0,3}"
# Round 16: the occupations capitalised at a sentence's start too ("İktisatçı Deniz Kaptan gazetemize konuştu", "Uzman X
# Y", "İqtisadçı Rauf Qarayev …"), and Turkish "iktisatçı" (economist), for a later '"…" diyen Kaptan'
_AZ_TITLES["iktisatçı"] = ""
# Round 19: business people, members of parliament, activists and journalists before a name ("sahibkar Elvin Qasımov",
# "hüquq müdafiəçisi X Y", "ekoloji fəal X Y", "millət vəkili X Y", "iş insanı Murat Kaya", "aktivist …", "sendikacı …"),
# capitalised at a sentence's start too (the line below and round 19's block), for a later surname
_AZ_TITLES |= {"sahibkar": "", "biznesmen": "", "jurnalist": "", "fermer": "", "hüquq müdafiəçisi": "", "fəal": "",
               "millət vəkili": "", "deputat": "", "tədqiqatçı": "", "sosioloq": "", "hüquqşünas": "",
               "iş insanı": "", "iş adamı": "", "işadamı": "", "iş kadını": "", "aktivist": "", "sendikacı": "",
               "avukat": "", "milletvekili": "", "sosyolog": "",
               "Hüquq müdafiəçisi": "", "Millət vəkili": "", "İş insanı": "", "İş adamı": "", "İş kadını": ""}
_AZ_TITLES |= {("İ" if title[0] == "i" else title[0].upper()) + title[1:]: ""
               for title, role in list(_AZ_TITLES.items()) if not role and " " not in title}
# Round 43, second wave: a bare office title capitalised at a sentence's start before a full name ("Nazir Mikayıl
# Cabbarov Daşkənddə …", "Səfir X Y …", "Sədr X Y …"), and a rector's or a judge's in lower case ("universitetin
# rektoru X Y", "Məhkəmənin hakimi X Y"): the name is remembered with its role, for a later "Nazir Cabbarov … “…” deyib"
# or "– deyə rektor bildirib" (not "Hakim", a given name as well)
# Round 71 (quotes71a): a parliamentary committee's member ("… komitəsinin üzvü X Y … danışıb."), an occupation with no
# office, whom a later '«…», – deyə deputat bildirib' means (dev/1140)
_AZ_TITLES |= {"üzvü": "", "Üzvü": ""}
_AZ_TITLES |= {"Nazir": "Minister", "Səfir": "Ambassador", "Sədr": "Chairman", "rektoru": "Rector",
               "rektor": "Rector", "Rektor": "Rector", "hakimi": "Judge"}
_AZ_MINISTRIES = {"iqtisadiyyat": "Economy", "ticarət": "Trade", "xarici işlər": "Foreign", "energetika": "Energy",
                  "nəqliyyat": "Transport", "maliyyə": "Finance", "müdafiə": "Defence", "kənd təsərrüfatı": "Agriculture",
                  "rəqəmsal inkişaf və nəqliyyat": "Digital Development and Transport"}
_AZ_TITLE_WORD = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted(_AZ_TITLES, key=len, reverse=True))})\s+[{CAPITALS}]")
_AZ_TITLED = re.compile(rf"(?<![\w\-])(?P<title>{'|'.join(sorted(_AZ_TITLES, key=len, reverse=True))})\s+"
                        rf"{_ACADEMIC}(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])(?P<next>\s+[{CAPITALS}][\w'’\-]*)?")
_AZ_PLACE_CASE = re.compile(r"\w\w(?:da|də|ta|tə|dan|dən|tan|tən|ya|yə)$")
# (a feminine "-ova" is no "-ov" in the dative: "Sahibə Qafarova")
_AZ_NAME_CASE = re.compile(r"(?:ov|ev)(?:ə|u|ü|ı|i|un|ün|ın|in|da|də|dan|dən|la|lə)$|(?:ova|eva)(?:ya|nın|nı|da|dan|la)$")


def _az_titled_people(text: str, occupations: set[str], glossed: dict[str, str]) -> list[Person]:
    """The titled people of `text`; those named with an occupation (no role: "ekspert", "İqtisadçı", "uzman") go into
    `occupations` too. `glossed`: the states of the acronyms the article glossed so far (acronym_gloss_states)."""
    people = []
    for m in _AZ_TITLED.finditer(text):
        name, cased = m["name"], False
        if "'" in name or "’" in name:  # round 106 (h4): a Turkish case ending is no part of the name (as in
            # _titled_person) and ends it, a capital after it no word of it ("yönetmen X Y'in Türkistan …", dev/1572)
            cased = (name := _TR_APOSTROPHE_CASE.sub("", name)) != m["name"]
        if m["next"] is None and ("başçılıq" in text or "rəhbərlik" in text):
            name = _az_head_of_delegation_name(text, m) or name  # round 30
        if not _AZ_TITLES[m["title"]] and not officeholders.by_name(name):
            occupations.add(name)  # (also "İqtisadçı Vüqar Bayramov", whose surname a holder's is)
        if _holder_named(name) or _declined_noun(name) \
                or _AZ_NAME_CASE.search(name) or _body_name(name) or _TURKIC_NAMESAKE.match(text, m.start("name")) \
                or _place_or_title_word_in(name):
            continue  # the table's holder, found by name; a name in another case ("Ceyhun Bayramovla"); a place; a
            # namesake ("Nazir Heydər Əliyev adına parkın …": the park's, not a minister's name)
        if m["next"] and not cased and not (places.is_place_word(m["next"].strip()) or _AZ_PLACE_CASE.search(m["next"])
                                            or _az_outlet_after(text, m.start("next"))):
            continue  # a longer run of capitals, whose name is unclear (a place after it is no part of it: "Daşkəndə",
            # nor a word in the locative, ablative or dative: "Aktauda olub"; round 18b: nor the outlet told, "Report-a")
        clause = re.split(r"[.,;:!?«»“”\"]", text[max(0, m.start() - 50):m.start()])[-1]
        codes = places.codes_in(clause) or _az_country_before_long_ministry(text, m.start()) \
            or (glossed_state_before(text, m.start(), glossed) if glossed else [])  # round 102 (q4)
        folded = fold(clause)  # (round 16: once, not once per ministry; each ministry's name folded once)
        ministry = next((en for az, en in _AZ_MINISTRIES.items() if folded.endswith(_fold_word(az))), "")
        role = f"{ministry} {_AZ_TITLES[m['title']]}".strip() if _AZ_TITLES[m["title"]] else ""
        people.append(Person(name, role, codes[0] if codes else "", 0.6, "unlisted name"))
    return people


# Round 39 (Azerbaijani and Turkish quotes): a ministry of many capitalised words, listed with commas and "və"
# ("Qazaxıstanın Rəqəmsal İnkişaf, İnnovasiyalar və Aerokosmik Sənaye naziri X Y"), puts its country further back than
# the clause _az_titled_people reads (a comma ends it): the country word the capitalised run opens with is the
# minister's, for a later "– Qazaxıstan naziri qeyd edib"
# (round 102, v1: and Turkish "ve", "Kırgızistan Kültür, Enformasyon, Spor ve Gençlik Politikası Bakanı X Y", whose
# state the visits read so too, visits._titled_newcomer, dev/1528)
_AZ_COUNTRY_THEN_CAPITAL_RUN = re.compile(rf"(?P<country>[{CAPITALS}][\w'’]+)\s+(?:[{CAPITALS}][\w'’\-]*,?\s+|v[əe]\s+)"
                                          r"{2,10}$")


# Round 93 (q3, state_then_lower_ministry): or a ministry of two lower-case names joined by "və", after the state's
# genitive or "X Respublikasının" ("Qırğızıstan Respublikasının nəqliyyat və kommunikasiyalar naziri X Y", dev/1409),
# longer than that clause too; a state in another case ("Türkiyədə …") is none
_AZ_STATE_THEN_LOWER_MINISTRY = re.compile(
    rf"(?P<country>[{CAPITALS}][\w'’]+?(?:\s+Respublikasının|(?<=[ıiuü]n)))\s+"
    r"(?:[a-zçğıöşüə][\w\-]*\s+){1,3}və\s+(?:[a-zçğıöşüə][\w\-]*\s+){1,3}$")


def _az_country_before_long_ministry(text: str, start: int) -> list[str]:
    """The country codes of the word opening a run of capitalised words and commas before the title at `start` (round
    93: or a state's genitive before a lower-case ministry with "və")."""
    wide = re.split(r"[.;:!?«»“”\"]", text[max(0, start - 140):start])[-1]
    if "," in wide and (m := _AZ_COUNTRY_THEN_CAPITAL_RUN.search(wide)):
        return places.codes_in(m["country"])
    if " və " in wide and (m := _AZ_STATE_THEN_LOWER_MINISTRY.search(wide.rsplit(",", 1)[-1])):
        return places.codes_in(m["country"])
    return []


# Round 102 (q4): a body's acronym in the possessive right before the title ("… və MAFAM-ın rəisi Kenan Aydoğan …",
# dev/1529), the text having glossed it in brackets after the body's full name, its state's in it ("Türkiyə Milli
# Müdafiə Nazirliyinin Mina Fəaliyyətləri Mərkəzi (MAFAM)"): the titled one is of that state, as of a state's ministry
# named before his title. None when the acronym was not so glossed, or its body's name names no state or two.
_ACRONYM_BEFORE_TITLE = re.compile(r"(?<![\w\-])(?P<acronym>[A-ZÇĞİÖŞÜƏ]{2,8})(?:-?[a-zçğıöşüə]{1,4})?"
                                   rf"\s+(?:[{CAPITALS}][\w'’\-]*\s+){{0,3}}(?:[a-zçğıöşüə]+\s+)?$")
_ACRONYM_IN_BRACKETS = re.compile(r"\((?P<acronym>[A-ZÇĞİÖŞÜƏ]{2,8})\)")
_CAPITAL_RUN_BEFORE_GLOSS = re.compile(rf"(?:[{CAPITALS}][\w'’\-]*\s+){{1,8}}$")
_GLOSSED_BODY_CHARACTERS = 160  # the body's full name before its gloss


def acronym_gloss_states(text: str) -> dict[str, str]:
    """{acronym: state code} of each acronym `text` glosses in brackets after a body's name that names one state."""
    states = {}
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        body = _CAPITAL_RUN_BEFORE_GLOSS.search(text, max(0, m.start() - _GLOSSED_BODY_CHARACTERS), m.start())
        if body and len(codes := places.codes_in(body[0])) == 1:
            states[m["acronym"]] = codes[0]
    return states


def glossed_state_before(text: str, start: int, states: dict[str, str]) -> list[str]:
    """[the state `states` gives the acronym standing right before the title at `start` (or before the title and the
    name at `start`)], else []."""
    m = _ACRONYM_BEFORE_TITLE.search(text, max(0, start - 60), start)
    return [states[m["acronym"]]] if m and m["acronym"] in states else []


# Round 18b: the outlet a titled person spoke to, right after his name with a case ending after a hyphen or as a web
# name ("İqtisadçı Vüsal Kərimov Report-a danışıb", "… Oxu.az-a açıqlamasında", "… APA-ya bildirib"), is no part of
# the name: the person is remembered for a later "– deyə Kərimov bildirib" (else a holder of that surname)
def _az_outlet_after(text: str, start: int) -> bool:
    word = text[start:start + 40].split(None, 1)[0] if text[start:start + 40].strip() else ""
    return bool(_OUTLET_CASE.fullmatch(word) or _WEB_NAME.fullmatch(word))


# Azerbaijani and Turkish (and Russian) news shorten a given name to its initial once the person is named in full:
# "M.Cabbarov", "Ö.Bolat", "N. Cəfərli", "И.Алиев". The surname finds the person; the initial must be his given
# name's (in any spelling the table has, or as English writes it: "C.Bayramov" is Jeyhun Bayramov), else it is
# someone else of that surname.
# Round 85 (k1): or a double given name's hyphened initials, "К.-Ж. Токаев" (Kassym-Jomart): the first one opens it
# Round 104 (h6): the second of two initials without a hyphen is the second given name's ("Y.K.Aydın" for "Yusuf Kenan
# Aydın", dev/1553): kept apart (initial_named_in_full)
_INITIAL_SURNAME = re.compile(rf"(?<![\w.])(?P<initial>[{CAPITALS}Ё])\.\s?"
                              rf"(?:(?P<hyphen>-)?(?P<second>[{CAPITALS}Ё])\.\s?)?(?P<surname>[{CAPITALS}Ё][\w'’\-]+)")


def initials_fit(phrase: str, person: Person) -> bool:
    """Does every initial before `person`'s surname in `phrase` stand for his given name?"""
    given = {person.name.split()[0]} | {alias.split()[0] for term in officeholders.by_name(person.name)
                                        for alias in term.aliases if " " in alias}
    surnames = {fold(name.split()[-1]) for name in (person.name, *given)} | _surnames_of(person.name)
    firsts = {fold(english_spelling(_latin(name)))[:1] for name in given} | {fold(name)[:1] for name in given}
    for m in _INITIAL_SURNAME.finditer(phrase):
        surname = m["surname"]
        if fold(surname) in surnames or fold(_latin(surname)) in surnames \
                or fold(english_spelling(surname)) in {fold(english_spelling(s)) for s in surnames}:
            initial = m["initial"]
            # "Q.Rasulzoda" is Kokhir Rasulzoda: the Azerbaijani q of the initial is English k (name_forms' variants)
            if not {fold(initial), fold(english_spelling(_latin(initial)))} & firsts \
                    and not any(spelled_alike(initial, first) for first in firsts) \
                    and not _digraph_initial_fits(initial, given):
                return False
    return True


def _digraph_initial_fits(initial: str, given: set[str]) -> bool:
    """Round 56 (quotesru56): a Cyrillic initial romanized as two letters opens the given name ("Ж. Ходжаев" is
    Zhamshid Khodzhayev, "Ш." Shavkat: Ж zh, Ш sh, Ч ch, Х kh, Ю yu, Я ya)."""
    latin = fold(_latin(initial))
    return len(latin) > 1 and any(fold(_latin(name)).startswith(latin) for name in given)


# "the minister" as a pronoun with nobody who spoke before it: the one minister named (Resolver._only_minister)
_MINISTER_WORDS = ("the minister", "nazir", "bakan", "министр")
# Round 18b: the role of a minister the table does not know, as note_names_in reads his title ("Trade Minister" of
# "ticarət naziri", "Ticaret Bakanı"): the title's last word, so no deputy ("Bakan Yardımcısı", "Deputy Minister"), no
# ministry's spokesman ("Dışişleri Bakanlığı Sözcüsü") and no prime minister ("Başbakan")
_TURKIC_MINISTER_ROLE = re.compile(r"(?<![\w\-])(?<!Deputy )(?<!Prime )(?:Minister|Bakanı|Bakan|naziri|Naziri)$")


def _ru_declined_holder(run: str) -> str:
    """A Russian run in the instrumental or genitive ("Хаканом Фиданом", "Хакана Фидана") put back in the nominative
    when that names an office holder, so that running text that names him in another case names him too; else the
    run as it was."""
    for form in (ru_nominative(run), ru_nominative_of_genitive(run)):
        if form != run and has_name_word(form):
            return run if _holder_named_as_written(run) else form
    return run


# Round 100 (q2): a run ending in a holder's full name as the table writes it is in the nominative already, though a
# name of it ends as a Russian genitive does ("Председатель Халк Маслахаты Гурбангулы Бердымухамедов", "глава
# Туркменистана Гурбангулы Бердымухамедов", dev/1483): read "back" to "Гурбангула", it named no one, and a later
# "— заявил Бердымухамедов" was the namesake named before him
def _holder_named_as_written(run: str) -> bool:
    return any(officeholders.by_name(candidate) for candidate in _run_candidates(run) if " " in candidate)


# Azerbaijani "the speaker" (of parliament) after a quote, as "nazir" ('"…", - deyə spiker əlavə edib'): the last speaker
PRONOUNS = PRONOUNS + ("spiker",)


# Round 16: Turkish occupations and academic titles capitalised at a sentence's start are no part of the name after
# them, as the Azerbaijani and Russian ones are not ("İktisatçı Deniz Kaptan, … hatırlattı:", "Uzman X Y", "Doç. Dr.")
_TITLE_WORDS |= {"iktisatçı", "İktisatçı".lower(), "ekonomist", "uzman", "analist", "akademisyen", "araştırmacı",
                 "gazeteci", "profesör", "doç", "doçent"}
# round 69 (tuik69): dev/1120's occupation capitalised too, "İstatistikçi X Y, …"
_TITLE_WORDS |= {"istatistikçi", "İstatistikçi".lower()}
_TITLE_WORDS |= {"mimar"}  # round 103 (h3): "Mimar Zeynep Ocakoğlu" (dev/1536)


# --- round 14 (English) -------------------------------------------------------------------------------
# "Premier" is a title like "President": "Chinese Premier Li Qiang" names Li Qiang, and "Premier Li" is no full name
# of Li's
_TITLE_WORDS |= {"premier"}


# --- round 16 (English) -------------------------------------------------------------------------------
# A conjunction capitalised at a sentence's start is no part of a name, as a preposition is not: "As Irnazarov
# put it: “…”" and "When Nurlan Abenov spoke …" name Irnazarov and Nurlan Abenov
_TITLE_WORDS |= {"as", "when", "while", "whereas", "although", "though", "because", "if", "since", "until", "once",
                 "but", "and", "yet", "whether"}
# English titles capitalised before a name are no part of it either ("Spokesman Ruslan Zheldibay said:",
# "Presidential Adviser Erlan Karin", "Governor …", "Envoy …", "Secretary General …")
_TITLE_WORDS |= {"spokesman", "spokeswoman", "spokesperson", "presidential", "adviser", "advisor", "aide", "envoy",
                 "governor", "mayor", "director", "secretary", "general", "chief", "executive", "ceo", "chairwoman",
                 "chair", "senator", "lawmaker", "consul", "commissioner", "representative", "researcher", "senior",
                 "special", "press", "vice"}


# --- round 16b (English) ------------------------------------------------------------------------------
# Hyphenated English titles and "First" before them are no part of a name: "First Vice-President Mehriban Aliyeva"
# is Mehriban Aliyeva ("Vice-Premier", "Vice-Chairman", "Vice-Speaker" alike)
_TITLE_WORDS |= {"first", "vice-president", "vice-premier", "vice-chairman", "vice-chairwoman", "vice-speaker",
                 "vice-minister", "vice-rector"}


# --- round 16b (visits) ------------------------------------------------------------------------------
# The region's parliaments by their own words, whose state the words say ("Speaker of the Milli Majlis" is
# Azerbaijan's speaker): lower-cased, as the phrase is read
_PARLIAMENTS = {"milli majlis": "AZE", "jogorku kenesh": "KGZ", "oliy majlis": "UZB", "mazhilis": "KAZ",
                "majilis": "KAZ", "halk maslahaty": "TKM", "milli gengesh": "TKM", "mejlis": "TKM",
                "grand national assembly": "TUR", "majlisi oli": "TJK", "majlisi namoyandagon": "TJK"}


# A minister's name of three words after a portfolio of two ("Minister of Industry and Technology Mehmet Fatih Kacır"):
# _TITLE_OF_NAME reads the run's last two words as the name, so the portfolio's last word is the first given name when
# a capitalised word stands before it (a word straight after "and"/"of" is the portfolio's: "Trade and Integration Arman
# Shakkaliyev") and it has no shape of a portfolio's noun ("Natural Resources Alparslan Bayraktar", "Foreign Affairs",
# "National Economy", "Culture", "Tourism", "Transport")
_PORTFOLIO_NOUN_END = re.compile(r"(?:s|[^aeiouy]y|ce|ion|ment|ure|ism|ing|port|th|ge|ate|ic|our|er|re|ship)$")


def _name_of_title_of(m: re.Match) -> str:
    """The name a _TITLE_OF_NAME match reads: its two words, or three after a minister's title when the word before
    them is a given name, not the portfolio's (_PORTFOLIO_NOUN_END)."""
    if not m["title"].endswith("Minister"):
        return m["name"]
    body = m.string[m.end("title"):m.start("name")].split()
    if len(body) < 3 or body[-2] in ("and", "of", "the") or body[-2].endswith(","):
        return m["name"]
    given = body[-1]
    low = given.lower()
    if not given[1:].islower() or low in _TITLE_WORDS or low in _BODY_WORDS or _PORTFOLIO_NOUN_END.search(low) \
            or places.is_place_word(given):
        return m["name"]
    return f"{given} {m['name']}"


def _speaker_of(phrase: str) -> Person | None:
    """A whole phrase "<title> of <body words> <two-word name>" the table does not know ("Speaker of the Milli
    Majlis Sahiba Gafarova arrived …", "Chairman of the Jogorku Kenesh …"): the body's words, a parliament's
    among them, kept its name from being read; the person is of the state the parliament's or a country word
    names, else of none."""
    m = _TITLE_OF_NAME.fullmatch(phrase.strip(" ,"))
    if m is None or officeholders.by_name(m["name"]):
        return None
    low = phrase.lower()
    codes = [iso3 for words, iso3 in _PARLIAMENTS.items() if words in low] or places.codes_in(phrase)
    return Person(_latin(_name_of_title_of(m)), m["title"], codes[0] if codes else "", 0.6, "unlisted name")


# --- round 18 (Azerbaijani, Turkish) ------------------------------------------------------------------
# Turkish "Devlet Başkanı" (head of state: Turkmenistan's, Northern Cyprus's) is the head of state's office, as
# "Cumhurbaşkanı" is ("Türkmenistan Devlet Başkanı Berdimuhammedov ise …"); not the presidency ("Devlet Başkanlığı")
OTHER_OFFICE_WORDS["devlet başkan"] = officeholders.HEAD_OF_STATE


def _turkic_after_local_title(words: list[str]) -> list[str]:
    """The words of a capitalised run after its last Turkish/Azerbaijani title ("Türkmenistan Devlet Başkanı
    Berdimuhammedov" -> ["Berdimuhammedov"], "İş Konseyi Başkanı Mehmet Ali Yıldız" -> the name): the capitalised words
    before such a title are the title's own ("Devlet", "İş Konseyi"), never a given name."""
    last = max(i for i, word in enumerate(words) if word in _LOCAL_TITLES)
    return words[last + 1:]


_FOLDED_I = str.maketrans({"İ": "I"})  # lower() keeps the length of every other letter the office words hold


def _turkic_office_scope(phrase: str) -> str:
    """The phrase up to the end of its last Azerbaijani/Turkish office word, without places in the dative, locative,
    ablative or comitative: the office's country stands before it, bare or in the genitive ("Tacikistan Prezidenti",
    "Türkmenistan Devlet Başkanı", "Qazaxıstanın xarici işlər naziri"), and a place after it or declined before it is
    where he went or spoke ("Dövlət başçısı … Düşənbəyə etdiyi səfəri xatırladaraq", "Qazaxıstana səfər edən
    Prezident" are not the head of state of Tajikistan, of Kazakhstan)."""
    low = phrase.translate(_FOLDED_I).lower()
    end = max((low.rfind(word) + len(word) for word in OTHER_OFFICE_WORDS if word in low), default=-1)
    if end < 0:
        return phrase
    while end < len(phrase) and (phrase[end].isalnum() or phrase[end] in "'’"):
        end += 1  # the rest of the office word ("Prezidenti", "Başkanı'nın")
    return " ".join(word for word in phrase[:end].split() if not _turkic_oblique_place(word))


# the dative, locative, ablative and comitative endings of a place, after a Turkish apostrophe or on an Azerbaijani
# name ("Türkmenistan'a", "Ankara'dan", "Qazaxıstana", "Bakıda", "Düşənbəyə", "Astanadan", "Türkiyəylə")
_TURKIC_OBLIQUE = re.compile(r"(?:['’](?:y?[ae]|n[ae]|n?[dt][ae]n?|y?l[ae])|(?<=\w)(?:y?[aə]|[dt][aə]n?|y?l[aə]))$")


def _turkic_oblique_place(word: str) -> bool:
    """Is `word` a country or capital in one of those cases (its stem still a place word, "Ankara" no stem "Ankar")?"""
    m = _TURKIC_OBLIQUE.search(word)
    return m is not None and places.is_place_word(word[:m.start()])


# --- round 18b (English) ------------------------------------------------------------------------------
# A newspaper, a channel or a news site is no one: round 17's "wrote" made "“…,” the Daily Sabah newspaper wrote"
# and "… wrote the pro-government daily Magyar Nemzet" speak. The media nouns are body words when capitalised in the
# run ("Daily Sabah", "Kazakh TV", "Turkmenistan News Gazette"), and a lower-case one right before or after a name
# ("the daily Magyar Nemzet", "the Yeni Şafak newspaper") makes the name an outlet's.
_EN_MEDIA_NOUNS = ("daily", "newspaper", "weekly", "magazine", "gazette", "journal", "tabloid", "broadsheet", "broadcaster",
                   "channel", "website", "portal", "outlet", "tv")
_BODY_WORDS = _BODY_WORDS | set(_EN_MEDIA_NOUNS)
_EN_MEDIA_NOUN = re.compile(r"\b(?:" + "|".join(_EN_MEDIA_NOUNS) + r"|news\s+(?:agency|site)|paper)\b")
_EN_OUTLET = re.compile(rf"(?:{_EN_MEDIA_NOUN.pattern})\s+[{CAPITALS}]|[{CAPITALS}][\w'’\-]*\s+(?:{_EN_MEDIA_NOUN.pattern})")


def en_outlet_named(phrase: str) -> bool:
    """Round 18b: does a lower-case media noun stand right before or after a capitalised word of the phrase (also
    quotes.py's lower-case title before a name, "the pro-government daily Magyar Nemzet wrote")?"""
    return _EN_OUTLET.search(phrase) is not None


# Round 18b: a bare English title as the speaker ("the envoy", "the chairman", "the Hungarian ambassador") is the one
# person named with it (Resolver._en_one_titled); the words of one title, each the others' kin
_EN_TITLE_KIN = {"envoy": ("envoy", "ambassador"), "ambassador": ("ambassador", "envoy"),
                 "chairman": ("chairman", "chairwoman", "chair"), "chairwoman": ("chairwoman", "chair"),
                 "governor": ("governor",), "mayor": ("mayor",), "director": ("director",),
                 # round 37 (English quotes A): "“…,” the akim said" after "the city's akim X Y"
                 "akim": ("akim",),
                 # round 46 (quotes): "“…,” the hokim said" after "regional hokim X Y" (an Uzbek region's governor)
                 "hokim": ("hokim", "khokim"),
                 "khokim": ("khokim", "hokim"),  # round 49: the Uzbek word spelt with "kh" too
                 "spokesman": ("spokesman", "spokesperson"), "spokeswoman": ("spokeswoman", "spokesperson"),
                 "spokesperson": ("spokesperson", "spokesman", "spokeswoman"), "adviser": ("adviser", "advisor"),
                 "advisor": ("advisor", "adviser"),
                 # round 20: "“…,” the Turkish Vice President said" after "Vice President of Türkiye X Y" (_en_vice_presidents)
                 "vice president": ("vice president",), "vice-president": ("vice president",),
                 # round 20: "“…,” the Secretary General said" after "OTS Secretary General X Y"
                 "secretary general": ("secretary general",), "secretary-general": ("secretary general",),
                 # round 20: "the deputy prime minister said" after "Deputy Prime Minister of Uzbekistan X Y"
                 "deputy prime minister": ("deputy prime minister", "deputy premier", "vice premier"),
                 # Round 79 (keyq79): the wires' short word for it, "The Kazakh deputy premier said … “…”" after
                 # "Deputy Prime Minister and Minister of National Economy X Y" (dev/1230)
                 "deputy premier": ("deputy prime minister", "deputy premier", "vice premier"),
                 # Round 80 (gq1 vice_premier): the same office's other short word, '“…,” the vice-premier said.'
                 # after "Deputy Prime Minister X Y" (or "Vice-Premier X Y"); a role's hyphen reads as a space
                 "vice-premier": ("deputy prime minister", "deputy premier", "vice premier"),
                 "vice premier": ("deputy prime minister", "deputy premier", "vice premier"),
                 # round 30: "the deputy minister said" after "Deputy Minister of Trade of Kazakhstan X Y" (no minister's)
                 "deputy minister": ("deputy minister",),
                 # round 34 (English quotes A): "“…,” the speaker said" after "Speaker of the … National Assembly X Y"
                 # (parliament news; the one person named with that title, as "the chairman")
                 "speaker": ("speaker",),
                 # Round 101 (q2): a body's head by its name and "chief" ('“…,” the Azercosmos chief said' after
                 # "Azercosmos Chairman of the Board X Y", dev/1500): the one so titled whose title names that body
                 # (Resolver._en_one_titled), never a bare "the chief"
                 "chief": ("chairman", "chairwoman", "chairperson", "chair", "president", "director", "head", "chief",
                           "ceo")}


# Round 102 (v2): a deputy minister's role with his portfolio between the words ("Deputy Foreign Minister", "Deputy
# Treasury and Finance Minister", dev/1513) is a deputy minister's; not a deputy prime minister's
_DEPUTY_OF_PORTFOLIOS = re.compile(r"(?:.*\s)?deputy\s+(?!prime\s)(?:[^\W\d]+,?\s+){1,5}minister")


def _role_ends_in(role: str, kin: tuple[str, ...]) -> bool:
    """Does the role end in one of the title's words ("Deputy Chairman" in "chairman"; round 20: "Vice-President" in
    "vice president", a hyphen read as a space; round 102, v2: "deputy minister" with the portfolio between its
    words, _DEPUTY_OF_PORTFOLIOS)?"""
    words = " " + role.lower().replace("-", " ")
    return any(words.endswith(" " + title) for title in kin) \
        or ("deputy minister" in kin and _DEPUTY_OF_PORTFOLIOS.fullmatch(words.strip()) is not None)
# (round 44, English quotes: the title said again with its body, "“…,” the Deputy Chairman of the Cabinet of Ministers
# said" after "the Deputy Chairman of the Cabinet of Ministers of Turkmenistan, X Y": still the one so titled, of the
# state the body names if it names one)
_EN_BARE_TITLE = re.compile(rf"the\s+(?:(?P<country>[a-z]+)\s+)?(?P<title>{'|'.join(_EN_TITLE_KIN)})"
                            r"(?:\s+(?:of|for)\s+(?P<body>[a-z][a-z\-]*(?:,?\s+[a-z][a-z\-]*){0,8}))?")


def _titled_state(person: Person) -> str:
    """Round 47 (English quotes): the state of a titled person the text named with no state, through the city his title
    names ("Gaziantep Metropolitan Mayor X Y" is Türkiye's, so a later "“…,” the Turkish mayor said" is he); "" when
    none."""
    if person.iso3 or not person.role:
        return person.iso3
    city = places.city_in(person.role)
    return city[0] if city else ""


# --- round 18 (Russian) -------------------------------------------------------------------------------


def _ru_titled_name(m: re.Match) -> str:
    """The name of a _RU_TITLED match in the nominative: after a title in the instrumental, read so."""
    if m["case"] == "а" or lowered(m[0][:12]).startswith(_RU_GENITIVE_TITLES):
        return _ru_genitive_titled_name(m)  # round 26 (round 43, second wave: or a soft-sign title's genitive)
    if m["case"] == "у":
        return ru_nominative_of_dative(m["name"])  # round 26
    instrumental = lowered(m[0][:13]).startswith(_RU_INSTRUMENTAL_TITLES)
    if (m["case"] in ("ом", "ем") or instrumental) and (given := _RU_INSTRUMENTAL_GIVEN_BEFORE.search(m["of"])):
        # round 63: "мэром Денизли Бюлентом Нури Чавушоглу"; round 101 (q1): after a soft-sign title's or "глава"'s
        # instrumental too, "во главе с его председателем Ахметом Хамди Ташкыраном" (dev/1498)
        return ru_nominative(given[1] + " " + m["name"])
    return ru_nominative(m["name"]) if m["case"] or instrumental else m["name"]


# Round 63 (quotesru63): a first given name in the instrumental before the two words _RU_TITLED reads as the name, after
# a title in the instrumental ("с мэром Денизли Бюлентом Нури Чавушоглу", a Turkish name's two given names): the name's
_RU_INSTRUMENTAL_GIVEN_BEFORE = re.compile(r"\s([А-ЯЁ][а-яё]+[^аеиоуыэюяё\W]ом)$")
# Words opening a Russian sentence before its subject are no part of a name: "Отдельно Алиев поблагодарил …" is
# Aliyev, "Затем Сарым добавил" Sarym
RU_OPENING_ADVERBS = ("Отдельно", "Также", "Затем", "Далее", "Позже", "Позднее", "Ранее", "Вчера", "Сегодня", "Накануне",
                      "Тогда", "Потом", "Впоследствии", "Особо", "Однако", "Сейчас", "Теперь", "Впрочем", "Кстати",
                      "Кроме", "Помимо", "Между",
                      # round 27: times of day ("Вечером Токаева принял …" is no name "Vecherom Tokayeva")
                      "Вечером", "Утром", "Днем", "Днём", "Ночью")
_TITLE_WORDS |= {word.lower() for word in RU_OPENING_ADVERBS}
# round 61 (quotesother61): a Russian event noun opening a sentence before its owner in the genitive ("Визит Кошербаева
# продлится …") is no given name ("Vizit Kosherbayeva"): the genitive after it is the person
_TITLE_WORDS |= {"визит", "приезд", "поездка", "встреча", "переговоры"}
# Russian titles capitalised at a sentence's start, and the genitives of the bodies they are of, are no part of the
# name after them: "Депутат Мажилиса Айдос Сарым считает …" is Aydos Sarym, "глава Минторговли Казахстана Арман
# Шаккалиев" Arman Shakkaliyev (as "Ministry" in English titles)
_TITLE_WORDS |= {"хяким"}  # round 43: a Turkmen province's governor ("Хяким велаята X Y")
_TITLE_WORDS |= {"депутат", "спикер", "аким", "хоким", "сенатор", "вице-министр", "замглавы", "пресс-секретарь",
                 "представитель", "профессор", "ректор", "мэр", "губернатор", "торага", "посланник", "консул",
                 "мажилиса", "сената", "парламента", "правительства", "меджлиса", "кенеша", "курултая", "хурала",
                 "министерства", "агентства", "комитета", "ассамблеи", "палаты", "минторговли", "минэкономики",
                 "минэнерго", "минфина", "минтранса", "минсельхоза", "минюста", "минздрава", "минобороны",
                 "минпромторга", "минцифры", "минтруда", "минкультуры", "минпросвещения", "минэкологии", "минстроя",
                 "миннацэкономики", "минтрансмаша"}
# Round 70 (numq70): an envoy's post told by the host state's formal name, "Посол … в Республике Таджикистан X Y"
# (dev/1127): the word "Республика" in a case other than the genitive (which _RU_CAPITALISED_BODY_WORDS reads) is
# no given name ("Respublike X Y"); the state's name after it is a place word already
_TITLE_WORDS |= {"республика", "республике", "республикой", "республику"}
# and the state so named in the locative opening the run is where he serves, not whose he is ("Республике Таджикистан
# X Y" of an Uzbek envoy): no state of his (the titled mention, "Посол Узбекистана X Y", gives it)
_RU_POSTED_IN_REPUBLIC = re.compile(r"(?:[А-ЯЁ][а-яё]+[ио]й\s+)?Республике\s")


def ru_titled_mentions(text: str) -> list[tuple[str, str, str]]:
    """(title, what it is of, name in the nominative) of each lower- or upper-case Russian title before a full name in
    `text` ("Председатель Сената Парламента Казахстана Иван Петров" -> ("председатель", " Сената Парламента
    Казахстана", "Иван Петров"); "с председателем Милли Меджлиса Лейлой Гасановой" -> ("председателем", " Милли
    Меджлиса", "Лейла Гасанова")), by the pattern the resolver remembers them with."""
    return [(m[0][:m.start("of") - m.start()].lower().removesuffix(m["case"] or ""), m["of"], _ru_titled_name(m))
            for m in ru_titled_matches(text)]


# "the Kazakh minister" as Russian writes it, with no ministry: "«…», — сказал казахстанский министр", "— отметил министр
# Азербайджана": the minister of that country named last (_named_minister), not whoever spoke last
# (round 24: the adjective capitalised as a sentence opens with it, "Турецкий министр назвал …": its case is no name's)
# (round 43, Russian quotes: or "the head of the Uzbek ministry", "— подчеркнул глава узбекского министерства" /
# "ведомства", the papers' second word for the minister named before)
# (round 64, quotesruaz64: the adjective left in the genitive, as ru_genitive_phrase leaves it: "По словам узбекского
# министра, …" → "узбекского министр", dev/1060)
# Round 88 (q1): or the ministry by its compound short name, "Глава турецкого Минздрава отметил, что … «…»" after
# "Министр здравоохранения Турции X Y" (dev/1343): the minister of that state named before, as "министерства"
_RU_BARE_MINISTER = re.compile(r"^(?:(?P<adj>[А-ЯЁа-яё][а-яё]+?)(?:ий|ый|ого)\s+министр"
                               r"|министр\s+(?P<country>[А-ЯЁ][а-яё]+)"
                               r"|[Гг]лава\s+(?P<adj_of>[а-яё]+?)(?:ого)\s+"
                               r"(?:министерства|ведомства|[Мм]ин[а-яё]{3,}))$")


def _ru_minister_country(phrase: str) -> list[str]:
    if not (m := _RU_BARE_MINISTER.match(phrase.strip(" ,."))):
        return []
    if m["country"]:
        return places.codes_in(m["country"])
    adj = (m["adj"] or m["adj_of"]).lower()
    return [code for stem, code in RU_COUNTRY_ADJECTIVES.items() if adj.startswith(stem)][:1]


# --- round 19 (Russian) -------------------------------------------------------------------------------
# A named place or body right before a person's full name in a Russian title is no part of the name: "директор порта
# Актау Нурлан Жумабаев" (a facility noun in lower case before the place's name), "председатель Ассоциации Айгерим
# Сарсенова", "директор Центра Тимур Ахметжанов" (a body word in the genitive, capitalised as the first word of the
# body's name). It is lower-cased (same length) only when the two words after it end the phrase's capitalised run and
# have a name's shape: the first no patronymic or adjective ("Центра Стратегических Исследований" is a body's name),
# the second no adjective ("Нурлан Сапарович Жумабаев" after "порта" keeps his given name)
_RU_FACILITIES = "порта|аэропорта|города|района|станции|месторождения|села|поселка|посёлка|терминала|хаба"
_RU_BODY_GENITIVES = ("Ассоциации|Союза|Центра|Института|Фонда|Совета|Палаты|Агентства|Комитета|Федерации|Академии|"
                      "Университета|Банка|Корпорации|Холдинга|Компании|Конфедерации|Биржи|Партии|"
                      # round 19b: a body's compound short name ("председатель Госкомстата", "глава Минфина")
                      "Госкомстата|Госкомитета|Минфина|Минэкономики|Минэнерго|Минтранса|Минсельхоза|Минпромторга|"
                      "Минюста|Минздрава|Минобороны|Минцифры|Нацбанка|Центробанка|Нацстаткома|Росстата|Госдумы|"
                      # round 106 (h5): the Cabinet's short name, "заместитель председателя Кабмина Нурбек Сыдыков"
                      # (dev/1571), no given name of his
                      "Кабмина")
# (a word of them alone, as visits._name_words asks of a titled name's first word: "председателя Кабмина X Y" is X Y)
RU_BODY_GENITIVE = re.compile(_RU_BODY_GENITIVES)
_RU_FIRST_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?<!ович)(?<!евич)(?<!овна)(?<!евна)(?<!ична)(?<!ских)(?<!ого)" \
                 r"(?<!его)(?<!ых)(?<!их)(?<!ой)(?<!ый)(?<!ая)(?<!ое)(?<!ые)(?<!ие)"
_RU_LAST_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?<!ских)(?<!ого)(?<!его)(?<!ых)(?<!их)(?<!ый)(?<!ая)(?<!ое)"
_RU_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|ична|инична)"
# round 74 (oped74): a given name and patronymic alone, the respectful way to name someone in Russian ("Ислам
# Абдуганиевич", "Нурсултан Абишевич"): the holder of that given name named in full before (dev/1179)
_RU_GIVEN_AND_PATRONYMIC = re.compile(rf"[А-ЯЁ][а-яё]+\s+{_RU_PATRONYMIC}")
# Round 20: a city's or region's head before its name in the genitive ("аким Шымкента X Y", "хокима Самарканда X Y",
# "мэр Оша X Y", "глава Сумгайыта X Y"): the place is no part of the head's name, as after a facility noun
_RU_LOCAL_HEADS = "аким|акима|хоким|хокима|мэр|мэра|губернатор|губернатора|глава|главы|Аким|Хоким|Мэр|Губернатор|Глава"
# (round 30: or the preposition "из", where someone is from: "— говорит фермер из Хорезма X Y")
_RU_NAMED_BEFORE_NAME = re.compile(rf"(?:(?<![\w\-])(?:{_RU_FACILITIES}|{_RU_LOCAL_HEADS}|из)\s+(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                                   rf"|(?<![\w\-])(?P<body>{_RU_BODY_GENITIVES}))"
                                   # (round 29: a hyphenated place, "житель села Кок-Таш X Y", "аким Джалал-Абада")
                                   # round 19b: a state in the genitive may stand between ("председатель
                                   # Госкомстата Узбекистана X Y"); it is cut as a place later
                                   rf"(?=(?:\s+[А-ЯЁ][а-яё]+(?:стана|ана|ии))?"
                                   # round 97 (q2): or a Turkish name's two given names ("губернатор Амасьи Мустафа
                                   # Эрдем Кылыч", dev/1449), as _RU_PLACE_HEAD_NAME reads them after a place's head
                                   rf"\s+{_RU_FIRST_NAME}(?:\s+{_RU_PATRONYMIC}|\s+{_RU_FIRST_NAME})?\s+{_RU_LAST_NAME}"
                                   r"(?![\w\-])(?!\s+[А-ЯЁ]))")


def _ru_named_before_name(phrase: str) -> str:
    return _RU_NAMED_BEFORE_NAME.sub(lambda m: m[0][:m.start(m.lastgroup) - m.start()] + m[m.lastgroup].lower(),
                                     phrase)


# Russian news agencies' and papers' own words are no part of a name: "— сообщил РИА Новости источник в правительстве"
# names no "RIA Novosti" (the acronym before the word kept the run whole)
_BODY_WORDS = _BODY_WORDS | {"новости", "известия", "ведомости"}


# --- round 19 (English) -------------------------------------------------------------------------------
# The head of a state's foreign ministry, as state agencies' English editions name the foreign minister: "the head of
# the Azerbaijani foreign ministry", "head of Azerbaijan's Foreign Ministry", "the head of the Ministry of Foreign Affairs
# of Kazakhstan", "the head of Azerbaijani diplomacy", "the head of the Turkish MFA": the holder of that office on the
# day (the table holds no other ministers; "deputy head of …" is no head)
_EN_FOREIGN_MINISTRY = r"(?:foreign\s+ministry|foreign\s+office|ministry\s+of\s+foreign\s+affairs|mfa|diplomacy)"
_EN_MINISTRY_HEAD = re.compile(rf"(?:the\s+)?(?:head|chief)\s+of\s+(?:the\s+)?(?:(?P<before>[\w'’\- ]{{3,40}}?)\s+"
                               rf"{_EN_FOREIGN_MINISTRY}|{_EN_FOREIGN_MINISTRY}\s+of\s+(?:the\s+)?(?P<after>[\w'’\- ]{{3,60}}))")


def _en_ministry_head(low: str, day: date) -> Person | None:
    """The foreign minister an English phrase names as the head of his state's ministry (_EN_MINISTRY_HEAD), else None."""
    if not (m := _EN_MINISTRY_HEAD.fullmatch(low)):
        return None
    codes = places.codes_in(m["before"] or m["after"])
    term = officeholders.holder(codes[0], "Foreign Minister", day) if len(codes) == 1 else None
    return _from_term(term, 0.85, "office") if term else None


# A body's name before a lower-case title and a full name in an English speaker phrase ("KTZ Express deputy head Aidos
# Zhaksybekov", "TCDD Taşımacılık general manager Ufuk Yalçın", "Port of Baku commercial director X Y"): the body is no
# person, the name after the title is the speaker
_EN_LOWER_TITLE_WORDS = (r"head|chief|chairman|chairwoman|chair|director|manager|president|executive|officer|"
                         r"spokesman|spokeswoman|spokesperson|secretary|adviser|advisor|analyst|economist|founder|"
                         r"partner|representative|envoy|ambassador|minister|governor|mayor|official|engineer|"
                         r"strategist|researcher|lead|boss|owner|coordinator|specialist|expert|counsel")
_EN_BODY_TITLE_NAME = re.compile(rf"[{CAPITALS}][^,;:]*?\s(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_EN_LOWER_TITLE_WORDS})\s+"
                                 rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")


def _en_name_after_body_title(phrase: str, names: list[str]) -> list[str]:
    """The names of a speaker phrase with a body's name before a lower-case title cut (_EN_BODY_TITLE_NAME): only the
    name after the title, when the phrase names more than one run; else `names` as they were."""
    if len(names) < 2 or not (m := _EN_BODY_TITLE_NAME.fullmatch(phrase.strip(" ,."))):
        return names
    return _unlisted_names(m["name"]) or names


# A body's short name in capitals in a run ("KTZ Express", "ADY Container", "SOCAR Trading") makes it a company's, no
# person's (a person's name holds no word of two or more capitals; _without_acronym cuts what stands before one that a
# name follows, "ИМЭМО РАН Станислав Притчин")
def _en_acronym_free(names: list[str]) -> list[str]:
    return [name for name in names if not any(len(word) > 1 and word.isupper() for word in name.split())]


# more words of a body, no part of a person's name ("the Presidential Administration", "the Chamber of Commerce")
# (round 44: "Türkiye's Foreign Economic Relations Board" too, which an interview's lead named as a second person;
# round 57: a power plant's, a dam's or a project's name is no one's, "Kambarata-1 Hidroelektrik Santrali projesinin …"
# after "Ev sahibi İbrayev ise", the Azerbaijani "Su Elektrik Stansiyası", the English "Power Plant")
_BODY_WORDS = _BODY_WORDS | {"administration", "directorate", "secretariat", "chamber", "authority", "corporation",
                             "board",
                             "santrali", "santralı", "santralinin", "santralının", "hidroelektrik", "barajı",
                             "projesi", "projesinin", "stansiyası", "stansiyasının", "layihəsi", "layihəsinin",
                             "plant", "station", "dam"}


def _en_after_body_word(run: str) -> str:
    """A capitalised run from after its last body word ("Presidential Administration Samir Nuriyev", "State Customs
    Committee Shahin Baghirov" -> the name), when two or more words follow it; else the run (as _without_acronym).
    Not a Cyrillic run: Russian capitalises a body's words after its noun ("Центра Стратегических Исследований"), and
    _ru_named_before_name reads a place or body before a Russian name."""
    if is_cyrillic(run):
        # Round 87 (p3, ru_capitalised_body_run): a Turkmen title capitalises every noun of its body, country cut
        # after ("заместитель Председателя Кабинета Министров Туркменистана Батыр Аманов" left "Кабинета Министров
        # Батыр Аманов"): the name is what follows a body named in two such genitive words running (dev/1335). One
        # alone ("приветствие Президента Казахстана X Y") is left to the rules that read a holder's title
        return _after_last_word(run, _RU_CAPITALISED_BODY_WORDS.__contains__) \
            if run.count(" ") >= 3 and _ru_capitalised_body_pair(run) else run
    return _after_last_word(run, lambda word: word.lower() in _BODY_WORDS)


# --- round 19 (Azerbaijani, Turkish) ------------------------------------------------------------------
# Azerbaijani "Prezident" (and "Baş nazir", "Premyer") capitalised before a surname is a title, no given name: "Prezident
# Japarov … vurğulayıb" is the Sadır Japarov named before (the holder), not an unlisted "Prezident Japarov"
_TITLE_WORDS |= {"prezident", "prezidenti", "premyer", "premyer-nazir", "baş"}
# and the occupations of round 19's _AZ_TITLES, capitalised at a sentence's start ("Sahibkar Elvin Qasımov", "Hüquq
# müdafiəçisi …", "Jurnalist …", "İş insanı …"), are no part of the name either
_TITLE_WORDS |= {"sahibkar", "biznesmen", "jurnalist", "fermer", "hüquq", "müdafiəçisi", "fəal", "ictimai", "ekoloji",
                 "millət", "vəkili", "tədqiqatçı", "sosioloq", "hüquqşünas", "iş", "insanı", "adamı", "işadamı", "kadını",
                 "aktivist", "sendikacı", "avukat", "sosyolog", "ceo'su", "ceo’su"}
# An outlet named before its Azerbaijani or Turkish noun in a case ("Leyla Əlizadə Turan agentliyinə açıqlamasında",
# "Azadlıq radiosuna", "Evrensel gazetesine", "… Sözcü televizyonuna") is no part of the name before it (one
# capitalised word: the outlet's other words cannot be told from a surname)
_TURKIC_OUTLET_NOUNS = ("agentliy", "qəzet", "sayt", "portal", "telekanal", "kanal", "radio", "ajans", "gazete", "site",
                        "televizyon", "televiziya")
_TURKIC_OUTLET_NOUN = re.compile("|".join(_TURKIC_OUTLET_NOUNS))  # any(noun in phrase …) in one C call
_TURKIC_OUTLET = re.compile(rf"(?<!\S)[{CAPITALS}][\w'’\-]*\s+(?:{'|'.join(_TURKIC_OUTLET_NOUNS)})[a-zçğıöşüə]*"
                            r"(?:[iıuü]n[ae]|[iıuü]na|[iıuü]nə|s[iıuü]n[ae]|s[iıuü]nə|[iıuü]nd[ae]n?|[iıuü]ndə|y[ae])\b")


def without_turkic_outlet(phrase: str) -> str:
    """`phrase` with an outlet before its noun in a case blanked (quotes.py reads a sentence's capitalised runs
    apart, so it asks this of the sentence first)."""
    return _TURKIC_OUTLET.sub(" ", phrase) if _TURKIC_OUTLET_NOUN.search(phrase) else phrase
# A bare Azerbaijani occupation after a quote or before "sözlərinə görə" ('"…", – deyə direktor bildirib', "Deputatın
# sözlərinə görə, …: “…”", "– deyə sahibkar əlavə edib") is the last speaker when he is someone the table does not
# know, named by the text (quotes.py first makes the lead sentence's person the last speaker, _AZ_TITLE_ANAPHOR): never
# an office holder or a minister ("direktor" after Aliyev spoke names nobody). Only the whole phrase: in a clause,
# "jurnalist" or "fəal" (also "active") is no one
_TURKIC_BARE_OCCUPATIONS = frozenset({"direktor", "baş direktor", "sahibkar", "deputat", "jurnalist", "fəal",
                                      "hüquq müdafiəçisi", "millət vəkili",
                                      # round 24: '"…" deyə səfir vurğulayıb' under "X-in Y-dakı səfiri Z W …", and
                                      # "deyə politoloq bildirib" under "Politoloq X Y APA-ya açıqlama verib."
                                      "səfir", "politoloq",
                                      # round 33 (Azerbaijani quotes): '"…", – deyə diplomat bildirib' under "X-in
                                      # … səfiri Y Z Report-a müsahibə verib", the ambassador named before
                                      "diplomat",
                                      # round 33: a Russian region's governor after his name and title ("«…», —
                                      # добавил аким." under "Аким Мангистауской области X Y …"), the regional papers'
                                      "аким", "хоким", "губернатор",
                                      "хяким",  # round 43: a Turkmen province's ("хякимом велаята X Y")
                                      # round 41 (Russian and Turkish quotes): the same governor by his office's
                                      # words ("«…», – подчеркнул глава региона." under "во главе с акимом … X Y")
                                      "глава региона", "глава области", "руководитель региона",
                                      # round 42 (Russian and Turkish quotes): a city's head, Azerbaijan's "head of
                                      # the executive power" ("«…», — сказал глава исполнительной власти." under "с
                                      # главой исполнительной власти Гянджи X Y"), a mayor
                                      "глава исполнительной власти", "глава города", "мэр",
                                      # round 39 (Azerbaijani and Turkish quotes): the Azerbaijani papers' Kazakh
                                      # region's governor, '"…", – deyə akim bildirib' under "… akimi X Y …";
                                      # round 81 (nakh81): a Turkish province's, '“…”, deyə vali vurğulayıb' under
                                      # "İğdır valisi X Y …" (dev/1265); round 84 (g): GOVERNOR_BARE_TITLES
                                      *GOVERNOR_BARE_TITLES,
                                      # round 40 (Azerbaijani quotes): '"…", – deyə xüsusi nümayəndə bildirib' under
                                      # "Prezidentin xüsusi nümayəndəsi X Y …", the special envoy named before
                                      "xüsusi nümayəndə", "nümayəndə",
                                      # round 103 (h3): a Turkish architect after the participle of her clause ("…
                                      # pişirildiğini belirten genç mimar, şunları söyledi:" under "… Mimar X Y, …
                                      # anlattı", dev/1536; quotes._TR_PARTICIPLE_OCCUPATION)
                                      "mimar",
                                      # round 104 (h2): the Turkish ombudsman's bare title after the participle
                                      # ('"…," diyen Başdenetçi, "…" ifadesini kullandı' under "Kamu Başdenetçisi X Y",
                                      # dev/1548; _LOCAL_TITLES' "Başdenetçisi")
                                      "başdenetçi"})


# Round 41: the Russian words for a region's governor, which a minister is never called
_RU_REGION_HEAD_WORDS = frozenset({"аким", "хоким", "хяким", "губернатор", "глава региона", "глава области",
                                   "руководитель региона", "глава исполнительной власти", "глава города", "мэр"})


def _turkic_occupation_anaphor(last: Person | None, occupations: set[str]) -> Person | None:
    """(`occupations`: the names the text gave an occupation or a title. The last speaker must be one of them or have a
    role: a place read as a name, "Milli Məclisdə büdcə müzakirə olunub.", is no one a "deputat" means.)"""
    if last is not None and (titled := _titled_name_in_run(last.name, occupations)):
        last = Person(titled, last.role, last.iso3, last.confidence, last.rule)  # round 40
    if last is None or _MINISTER_ROLE_WORD.search(last.role) or officeholders.by_name(last.name) \
            or not (last.role or last.name in occupations or _genitive_form_named_with_occupation(last.name, occupations)
                    or _vowel_final_genitive_named(last.name, occupations)):  # round 40
        return None
    return Person(last.name, last.role, last.iso3, 0.7, "anaphor")


# Round 39 (Azerbaijani and Turkish quotes): the title may be given to the name in the genitive only ("vilayətinin akimi
# X Kılıbayın rəhbərlik etdiyi heyət"), the bare name then speaking ("X Kılıbay çıxışında … toxunub. «…», – deyə akim
# bildirib"): the genitive form in `occupations` names the same person
_AZ_GENITIVE_NAME_SUFFIXES = ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün")


def _genitive_form_named_with_occupation(name: str, occupations: set[str]) -> bool:
    return " " in name and any(name + suffix in occupations for suffix in _AZ_GENITIVE_NAME_SUFFIXES)


_MINISTER_ROLE_WORD = re.compile(r"minister|nazir|bakan|министр|prime|president", re.I)
# An Azerbaijani or Turkish full name with the father's name and "oğlu"/"qızı" between the given name and the surname
# ("Jurnalist Vaqif Əli oğlu Məmmədov", "İlham Heydər oğlu Əliyev") is one person, as the article gives it (a holder
# when his given name and surname are the table's): not the holder of the surname alone (a former prime minister
# Məmmədov)
_PATRONYMIC_ENDS = frozenset({"oğlu", "qızı", "kızı", "oglu", "ogly", "kyzy", "uulu", "uly", "qyzy"})
_TURKIC_PATRONYMIC_WORD = re.compile(r" (?:oğlu|qızı|kızı|oglu|ogly|kyzy|uulu) ")  # one C call, a cheap gate
_TURKIC_FORMAL_PATRONYMIC = re.compile(rf"(?<![\w\-])(?P<given>[{CAPITALS}][\w'’\-]+)\s+(?P<father>[{CAPITALS}][\w'’\-]+)\s+"
                                       # (not Kyrgyz "uulu"/"kyzy": it ends the name, "Nurlanbek Turqunbek uulu Milli
                                       # Məclisdə" has no surname "Milli"; round 28)
                                       rf"(?P<word>oğlu|qızı|kızı|oglu|ogly)\s+(?P<surname>[{CAPITALS}][\w'’\-]+)")


def _turkic_formal_patronymic(m: re.Match, day: date) -> Person:
    terms = officeholders.by_name(f"{m['given']} {m['surname']}", day)
    if terms:
        return _from_term(terms[0], 0.95 if terms[0].covers(day) else 0.8, "name")
    return Person(f"{m['given']} {m['father']} {m['word']} {m['surname']}", "", "", 0.6, "unlisted name")



# --- round 20 (English) --------------------------------------------------------------------------------------------
# A vice president the office holders table does not know, named after the title in running text ("Vice President of
# Türkiye Cevdet Yılmaz", "Turkish Vice-President X Y", "Vice President of the Republic of Türkiye X Y"): remembered
# with the title and the state (before the title or after its "of"), so that a later "“…,” the Turkish Vice President
# said" is that person (Resolver._en_one_titled); "Vice" ends no capitalised run the name pattern reads as a title
_EN_VICE_PRESIDENT = re.compile(
    rf"(?P<title>Vice[\s\-]President)(?:\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<of>[{CAPITALS}][\w'’\-]+))?"
    rf"\s+(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])")


def _en_vice_presidents(text: str) -> list[Person]:
    return [person for m in _EN_VICE_PRESIDENT.finditer(text)
            if (person := _unlisted_titled_person(m, text, "Vice President", state_named_last=False)) is not None]


# Round 102 (v2): a deputy minister whose portfolios are a list joined by "and" ("a Turkish delegation led by Deputy
# Treasury and Finance Minister Kerem Aydoğdu", dev/1513): "and" cuts the capitalised run, read alone "Finance Minister
# X Y", another office; remembered with the whole title, so that a later "“…,” the deputy minister said" is he
# (Resolver._en_one_titled, _DEPUTY_OF_PORTFOLIOS)
_EN_DEPUTY_PORTFOLIOS = re.compile(
    rf"(?P<title>Deputy\s+(?:[{CAPITALS}][\w'’\-]+,?\s+){{1,3}}and\s+(?:[{CAPITALS}][\w'’\-]+\s+){{1,2}}?Minister)"
    rf"(?:\s+of\s+(?P<of>[{CAPITALS}][\w'’\-]+))?"
    rf"\s+(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])")


def _en_deputy_ministers_of_portfolios(text: str) -> list[Person]:
    return [person for m in _EN_DEPUTY_PORTFOLIOS.finditer(text)
            if (person := _unlisted_titled_person(m, text, " ".join(m["title"].split()), state_named_last=False))]


def _unlisted_titled_person(m: re.Match, text: str, title: str, *, state_named_last: bool) -> Person | None:
    """The person a title-before-name match names (its groups: name, and the state after the title's "of"), with the
    state of the title: after its "of", else the words just before it ("Turkish Vice-President", "Kazakhstan's
    Ambassador"); None for the table's holder (resolved by name) or a run that is no name ("Vice President of
    Azerbaijan Airlines", "Ambassador to the Republic of Korea")."""
    name = m["name"]
    if _holder_named(name) or _place_or_title_word_in(name):
        return None
    codes = places.codes_in(m["of"]) if m["of"] else places.codes_in(text[max(0, m.start() - 25):m.start()])
    code = (codes[-1] if state_named_last else codes[0]) if codes else ""
    return Person(_latin(name), title, code, 0.6, "unlisted name")


# The head of a state's government, as state agencies' English editions name the prime minister: "the head of the
# Kazakh government", "head of the Government of Uzbekistan", "the head of Azerbaijan's cabinet": the holder of that
# office on the day ("deputy head of …" is no head; a state without one in the table gives none)
_EN_GOVERNMENT_HEAD = re.compile(r"(?:the\s+)?head\s+of\s+(?:the\s+)?(?:(?P<before>[\w'’\- ]{3,40}?)\s+(?P<body>government|cabinet|state)"
                                 r"|(?P<body2>government|cabinet)(?:\s+of\s+ministers)?\s+of\s+(?:the\s+)?(?P<after>[\w'’\- ]{3,60}))")
# and of a state, Kabar's and Azertac's "the head of the Kyrgyz state" (the president: "head of state" is office_of's)
_EN_HEAD_OFFICES = {"government": "Prime Minister", "cabinet": "Prime Minister", "state": officeholders.HEAD_OF_STATE}


def _en_government_head(low: str, day: date) -> Person | None:
    if not (m := _EN_GOVERNMENT_HEAD.fullmatch(low)):
        return None
    codes = places.codes_in(m["before"] or m["after"])
    office = _EN_HEAD_OFFICES[m["body"] or m["body2"]]
    term = officeholders.holder(codes[0], office, day) if len(codes) == 1 else None
    return _from_term(term, 0.85, "office") if term else None


# Round 83 (h4): a state agency's English calls its president "the head of" the state by its name ("Addressing the
# media, the head of Turkmenistan noted: “…”", dev/1288): the head of state of that state on the day. The name must
# be all that follows "of" ("the head of Turkmenistan's delegation", "head of Kazakhstan Temir Zholy" are others)
_EN_HEAD_OF_COUNTRY = re.compile(r"(?:the\s+)?head\s+of\s+(?P<land>[^\W\d][\w'’\- ]{2,40})")


def _en_head_of_country(low: str, day: date) -> Person | None:
    if not (m := _EN_HEAD_OF_COUNTRY.fullmatch(low)):
        return None
    land = m["land"]
    found = places.mentions(land)
    if len(found) != 1 or found[0].is_demonym or found[0].is_capital or found[0].end != len(land) \
            or land[:found[0].start] not in ("", "the "):
        return None
    return head_of_state_on(found[0].iso3, day, 0.85)


def _state_of_body(body: str) -> str:
    """Round 20: the place words of a title's "of" part ("of Kazakhstan", "of Economy of Azerbaijan"), each with a space
    after it, put before the title in the run _note_title_of_names remembers, so that the person keeps the state
    ("Deputy Prime Minister of Kazakhstan X Y" is "the Kazakh deputy prime minister"); "" when it names none."""
    return "".join(word + " " for word in body.split() if places.is_place_word(word))


# Round 20: "FM" closing a speaker phrase after "the" or a state's word ("the Azerbaijani FM", "Kazakhstan's FM"); a
# radio station's "FM" ("Radio FM Baku", "Europa FM", "Baku FM") is none
_EN_FM = re.compile(r"(?P<before>(?:[Tt]he\s+)?(?:(?P<state>[\w\-]+?)(?:['’]s)?\s+)?)FM")


# Round 82 (v82a): a foreign ministry that holds trade too is told as one office of two nouns ("Hungary's foreign and
# trade minister", Hungary's Minister of Foreign Affairs and Trade): the foreign minister (dev/1258)
_EN_FOREIGN_AND_TRADE = re.compile(r"\b[Ff]oreign\s+and\s+[Tt]rade\s+[Mm]inister\b")


def _en_fm_spelled_out(phrase: str) -> str:
    m = _EN_FM.fullmatch(phrase.strip(" ,."))
    if m is None or (m["state"] and not any(not mention.is_capital for mention in places.mentions(m["state"]))):
        return phrase  # (a state's name or word, not its capital: "Baku FM" is a station)
    return m["before"] + "foreign minister"


# Round 22: a Turkish academic title before a name of two or three words ('Doç. Dr. Mehmet Ali Kaya, …', 'Prof. Dr.
# Selin Arıkan'a göre'), with no occupation word before it: the name is remembered for a later surname alone ("Kaya,
# şunları kaydetti:"). The third word is the name's only when nothing capitalised follows it and it carries no case
# ending ("Prof. Dr. Selin Arıkan Ankara'da" is two).
# Round 102 (q4): the two-word name may carry its case ending after an apostrophe, no part of it (_TR_APOSTROPHE_ENDING:
# "Sağlık Bakanı Prof. Dr. Ahmet Kurtuluş'un katıldığı törenle", for a later 'Bakan Kurtuluş, "…" dedi.', dev/1520)
_TR_APOSTROPHE_ENDING = r"['’](?:n?[ıiuü]n|[yn]?[aeı]|[yn]?[iuü]|[dt][ae]n?|y?l[ae]|n[ıiuü]n)"
_TR_ACADEMIC_NAME = re.compile(
    rf"\b(?:Prof|Doç|Dr)\.\s+(?:(?:Dr|Öğr|Üyesi)\.?\s+){{0,3}}(?P<name>[{CAPITALS}][\w\-]+\s+[{CAPITALS}][\w\-]+"
    rf"(?:\s+[{CAPITALS}][\w\-]+(?![\w'’\-]|\s+[{CAPITALS}]))?)(?:{_TR_APOSTROPHE_ENDING})?(?![\w'’\-])")


def _tr_academic_people(text: str) -> list[Person]:
    """The people named after "Prof. Dr.", "Doç. Dr.", "Dr." in `text` (no office holder of the table)."""
    return [Person(m["name"], "", "", 0.6, "unlisted name") for m in _TR_ACADEMIC_NAME.finditer(text)
            if not officeholders.by_name(m["name"]) and not any(places.is_place_word(w) for w in m["name"].split())]


# Round 24: "former" or "ex-" before an office word, a state's word between them or not ("the former president",
# "the former Turkmen leader", "Kyrgyzstan's ex-president"): a past holder of the office (Resolver._former_holder), never
# the one holding it on the article's date, whom the office word alone would name
_EN_FORMER_OFFICE = re.compile(r"\b(?:former|ex-)\s*(?:[\w'’\-]+\s+){0,2}?(?:president|leader|head of state|"
                               r"prime minister|premier|foreign minister|top diplomat)\b")


# Round 24: a holder's surname or one-word alias used as a given name, another surname right after it ("Rahman Aliyev, an
# analyst" is not Emomali Rahmon, whose Turkish spelling "Rahman" the table lists; "Ekonomist Rahman Aliyev, … dedi"):
# the word after is capitalised, no title, place, body or case-ended word, and no name of the holder's own (the
# surname-first "Токаев Касым-Жомарт" stays Tokayev's)
def _given_name_of_another(phrase: str, candidate: str, names: tuple[str, ...]) -> bool:
    """Does `phrase` put another surname right after `candidate`, a surname of `names` (a person's name, aliases)?"""
    words = phrase.split()
    for i, word in enumerate(words[:-1]):
        if word != candidate:  # a comma or a stop after it ends the run: "Rahman, …" stays the alias
            continue
        after = words[i + 1].rstrip(",.;:")
        if after[:1].isupper() and "'" not in after and "’" not in after and after.lower() not in _TITLE_WORDS \
                and after.lower() not in _BODY_WORDS and not places.is_place_word(after) \
                and _other_given_name(after, names):
            return True
    return False


# --- round 25: a bare Russian "the prime minister" after a quote ---------------------------------------------------
# "Олжас Бектенов отметил, что …. «…», – подчеркнул премьер-министр.": the head of government the running text before
# named (the last speaker), never whoever spoke last when that one holds another office (an economist, a president)
_RU_PREMIER_WORDS = frozenset({"премьер-министр", "премьер", "глава правительства",
                               # round 28: Kyrgyzstan's head of government, "председатель кабмина" (of the cabinet)
                               "председатель кабмина", "председатель кабинета министров", "глава кабмина"})
_PREMIER_ROLES = ("prime minister", "chairman of the cabinet")


def _premier_anaphor(last: Person | None) -> Person | None:
    if last is None or not any(role in last.role.lower() for role in _PREMIER_ROLES):
        return None
    return Person(last.name, last.role, last.iso3, 0.75, "anaphor")


# --- round 25: Azerbaijani "the chair of the Majlis/Senate" after a quote, as "spiker" ------------------------------
# "X isə … minnətdarlığını bildirib. “…”, - deyə Məclis sədri vurğulayıb.": the guest speaker of parliament the lead
# sentence named (quotes.py makes that one the last speaker); never a minister or a head of state who spoke last
_AZ_CHAIR_OF_PARLIAMENT = re.compile(r"^(?P<body>(?:milli\s+)?(?:məclis|məclisin|senat|senatın|parlament|parlamentin|"
                                     r"kurultay|kurultayın|jogorku\s+keneş|oliy\s+məclis))"
                                     # round 28: the body's name in the genitive, as a paper declines a foreign one
                                     # either way ("Jogorku Keneşin sədri", "Jogorku Keneşinin", "Oliy Məclisinin")
                                     r"(?:[ıi]n|[ıi]n[ıi]n)?\s+sədri$")
# Round 28: the chair's title opening the sentence before a colon, the rest of it in lower case (no name of its own):
# "Jogorku Keneşin sədri jurnalistlərə açıqlamasında təəssüratlarını bölüşüb:" (the dash-led line after it is his)
# (a qualifier or two before the body's word: "Milli Məclisin", "Xalq Məclisinin", "Oliy Məclis Senatının", "Jogorku Keneşin")
_AZ_CHAIR_THEN_CLAUSE = re.compile(r"^(?P<body>(?:[A-ZÇĞİÖŞÜƏ][\w\-]+\s+){0,2}(?i:(?:məclis|senat|parlament|kurultay|"
                                   r"keneş)(?:[ıi]n|[ıi]n[ıi]n)?))\s+sədri\s+[a-zçğıöşüə][^A-ZÇĞİÖŞÜƏ]*$")
# Round 28: a parliament's word in a body's name ("Milli Məclisin", "Senatının", "Jogorku Keneşinin"): its chair is the
# "spiker" (a customs committee's chair is none)
_AZ_PARLIAMENT_WORD = re.compile(r"məclis|senat|parlament|kurultay|keneş|assamble")
_AZ_GENITIVE_BODY_END = re.compile(r"(?<=[^ıi])[ıi]n$")  # round 28: "məclisin" -> "məclis", "senatın" -> "senat"


# Round 28: a body's chair named in running text, "Qırğızıstan Respublikası Jogorku Keneşinin Sədri X Y", "Milli Məclisin
# sədri X Y": (the body's words in lower case, the name in the nominative) remembered by Resolver.note_names_in
# (round 34: also a chamber's speaker, "Özbəkistan Oliy Məclisinin Qanunvericilik palatasının spikeri X Y", whom "Özbəkistan
# parlamentinin rəhbəri" later means: quotes._az_state_parliament_head)
_AZ_BODY_CHAIR_NAMED = re.compile(rf"(?P<body>(?:[{CAPITALS}][\w'’\-]+\s+){{0,3}}[{CAPITALS}][\w'’\-]+"
                                  r"(?:\s+palatas[ıi]n[ıi]n)?)\s+(?:[Ss]ədri|[Ss]pikeri)\s+"
                                  rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)")


def _az_body_chairs(text: str) -> list[tuple[str, str]]:
    # round 65 (quotes65): a place after the title starts what the chair is received by, no name ("Milli Məclisin Sədri
    # Şimali Kipr Türk Cümhuriyyətinin Prezidenti … tərəfindən qəbul olunub", dev/1064), as quotes._az_one_named_after
    # reads it: else "Şimali Kipr" is a second chair and the bare "Milli Məclisin Sədri" no one
    return [(m["body"].translate(_FOLDED_I).lower(), _az_chair_nominative(m))
            for m in _AZ_BODY_CHAIR_NAMED.finditer(text) if not places.codes_in(m["name"])]


def _chair_of_body_named(body: str, chairs: list[tuple[str, str]], day: date) -> Person | None:
    """Round 28: the one person the article named as the chair of `body` ("… Jogorku Keneşinin Sədri X Y" for a later
    "Jogorku Keneşin sədri"), the body read without its case ending; none when two were (the name in the nominative:
    "Milli Məclisin Sədri Sahibə Qafarovanın başçılıq etdiyi …")."""
    names = {name for words, name in chairs if body in words}
    if len(names) != 1:
        return None
    name = names.pop()
    if terms := officeholders.by_name(name, day):
        return _from_term(terms[0], 0.7, "anaphor")
    return Person(name, "Chairman", "", 0.7, "anaphor")


def _chair_anaphor(last: Person | None) -> Person | None:
    if last is None or _MINISTER_ROLE_WORD.search(last.role):
        return None
    return Person(last.name, last.role, last.iso3, 0.7, "anaphor")


# --- round 26: a Russian title in the genitive or accusative before a name ---------------------------------------
# "Прокомментировать данные попросил экономиста Нурлана Сыдыкова", "по оценке аналитика Марата Ибраева": the title
# declined ("экономиста") declines the name after it too, so the name is read back in the nominative ("Нурлан
# Сыдыков"), as the records and a later "— отметил он" want it. Not when the genitive title is what another person's
# title is of ("пресс-секретарь министра Анна Петрова", "помощник директора …"): the name then is that person's, in
# the nominative already.
_RU_HEADS_OF_A_GENITIVE_TITLE = frozenset({"пресс-секретарь", "помощник", "помощница", "представитель", "супруга",
                                           "супруг", "секретарь", "референт"})


def _ru_genitive_titled_name(m: re.Match) -> str:
    before = m.string[max(0, m.start() - 40):m.start()].split()
    if before and before[-1].lower() in _RU_HEADS_OF_A_GENITIVE_TITLE:
        return m["name"]
    return ru_nominative_of_genitive(m["name"])


# Round 26: a surname alone in another transliteration than the full name named before ("Yermek Kosherbaev" resolved to
# the table's Kosherbayev, then "Kosherbaev said"); the first two letters alike before the key is made (a cheap gate).
def _surname_spelled_alike(surname: str, name: str) -> bool:
    """Is `surname` the last word of `name` in another transliteration (name_forms.spelled_alike)?"""
    last = name.rsplit(None, 1)[-1]
    return surname[:2] == last[:2] and len(surname) > 3 and spelled_alike(surname, last)


# --- round 27 (English) -------------------------------------------------------------------------------
# A long title before a name ("Turkish Grand National Assembly Speaker Numan Kurtulmuş", "Republican Turkish Party MP
# X Y Z", as Cypriot and British papers write it): NAME_RUN stops after six words, cutting the name in two, so that
# the title and the given name are one run and the surname another. A run that goes on right after the one before it
# (a single space between them: NAME_RUN would have read on unless it had stopped) is joined to it again, and
# _after_title, _without_acronym cut the title off the whole run. Read by _unlisted_names, and by note_names_in so that
# a later surname alone is the person named in full ("Deputy Speaker Adil Aliyev" … "Aliyev said", not the holder).
def _whole_name_runs(phrase: str) -> list[str]:
    found = NAME_RUN.findall(phrase)
    if not any(run.count(" ") >= 5 for run in found):  # no run of six words: none was cut (one C call each)
        return found
    runs: list[str] = []
    end = -2
    for m in NAME_RUN.finditer(phrase):
        if runs and m.start() == end + 1 and phrase[end] == " ":
            runs[-1] = f"{runs[-1]} {m[0]}"
        else:
            runs.append(m[0])
        end = m.end()
    return runs


# Round 27: a head of state greeted through a visitor ("asked Emomali to convey greetings to President Emomali Rahmon",
# "passed on warm regards from President X"), as the presidential press services write, is not at the meeting: he is
# not remembered as named, so a later "The president urged …" is still the host who spoke, not the absent one named
# last (Resolver._head_for_title)
_EN_GREETED = re.compile(rf"\b(?:greetings|regards)\s+(?:to|from|of)\s+(?:[a-z]+\s+)?"
                         rf"(?P<run>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{0,4}})")


def _unnamed_greeted(m: re.Match) -> str:
    """The greeting with the greeted one's run in lower case: no name run, the offsets kept."""
    return m[0][:m.start("run") - m.start()] + m["run"].lower()


# --- round 27 (Azerbaijani, Turkish): a name a place or body bears is no person in the text ---------------------------
# "Füzulidə inşa edilmiş Mirzə Uluqbəy adına məktəbin … olduğunu deyib" (the school named after Mirzə Uluqbəy),
# "Yunus Emre adını taşıyan enstitü": the name before "adına" / "adını daşıyan" / "adını taşıyan" is a namesake of a
# school, street or institute, a historical figure and no speaker (Turkish "X adına" alone is "on behalf of X": not read)
_TURKIC_NAMESAKE = re.compile(rf"[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+)*\s+(?:adına\s+[a-zçğıöşüə]|ad[ıi]n[ıi]\s+"
                              r"(?:daşıyan|taşıyan))")


def _without_namesakes(phrase: str) -> str:
    """`phrase` with each name a school, street or institute is named after put in lower case (so no name run)."""
    return _TURKIC_NAMESAKE.sub(lambda m: m[0].lower(), phrase)


# --- round 27 (Azerbaijani, Turkish): two occupations joined by a hyphen before a name -------------------------------
# "İqtisadçı-ekspert Elçin Rəhimli … bildirib", "Ekonomist-yazar …": a capitalised compound of title words is a title as
# each word is (_after_title cuts it; a name's hyphenated parts are capitalised, "Mir-Cəlal"). (And round 27 in
# _OUTLET_CASE: the capitalised word before "TV-yə" is the channel's, "Real TV-yə açıqlamasında".)
def _title_compound(word: str) -> bool:
    """Is `word` two or more title words joined by hyphens ("İqtisadçı-ekspert")?"""
    return "-" in word and all(part in _TITLE_WORDS for part in word.lower().split("-"))


# --- round 27 (Turkish): a titled name in an oblique case ---------------------------------------------------------
# "Temsilciler Meclisi Başkanı Mahmadtoir Zokirzoda'nın davetlisi olarak …": Turkish writes a name's case after an
# apostrophe, which is no part of the name (a later "Zokirzoda ise …" is the same person); a suffix of the case endings
# only, so "O'Brien" (a capital after the apostrophe) stays whole
_TR_APOSTROPHE_CASE = re.compile(_TR_APOSTROPHE_ENDING + "$")  # (round 102, q4: the ending's one home, above)


# --- round 27 (Turkish): "the (Tajik) parliament's chairman" after a quote, as Azerbaijani "Məclis sədri" -------------
# 'Zokirzoda ise … nitelendirdi. Tacik meclis başkanı, "…" dedi.': the speaker of parliament the text spoke of last (the
# last speaker), in lower case as a description, never a minister or a president who spoke last (_chair_anaphor); and
# the bare "TBMM Başkanı," opening a sentence (quotes._clause_subject reads the words before its comma); with a name after
# it ("TBMM Başkanı Numan Kurtulmuş") it is a title, not this
_TR_CHAIR_OF_PARLIAMENT = re.compile(r"^(?:(?:tacik|kazak|kırgız|özbek|türkmen|azerbaycanlı|azeri|macar)\s+)?"
                                     r"(?:meclis|parlamento|senato|tbmm|cumhuriyet\s+meclisi)\s+başkanı$")


# --- round 28 (Azerbaijani): a body's name in the genitive before its official's title ----------------------------------
# "Jogorku Keneşin sədri Almazbek Toktobayev jurnalistlərə …", "Gömrük Komitəsinin sədri …": the capitalised run right
# before a title in the possessive ("sədri", "naziri", "rəhbəri", … of it) names the body whose official the title is,
# no person: put in lower case (no name run), as _without_namesakes does for a school's namesake
AZ_POSSESSIVE_TITLES = ("sədri", "naziri", "səfiri", "müavini", "rəisi", "rəhbəri", "başçısı", "direktoru", "katibi",
                        "analitiki", "eksperti",  # round 64 (quotesruaz64): "… Mərkəzinin analitiki X Y", dev/1056
                        "sözçüsü", "nümayəndəsi")
# (round 103 (h4): and before such a title in the genitive, a deputy's of it: "Qazaxıstanın Əmək və Əhalinin Sosial
# Müdafiəsi nazirinin müavini X Y" names X Y, no "Əhalinin Sosial Müdafiəsi", dev/1537)
_AZ_BODY_BEFORE_TITLE = re.compile(rf"[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+)*"
                                   rf"(?=\s+(?:{'|'.join(AZ_POSSESSIVE_TITLES)})(?:n[ıiuü]n\s+müavini)?(?![\w'’\-]))")


def _without_bodies_before_titles(phrase: str) -> str:
    """`phrase` with each body's name before an official's possessive title in lower case."""
    return _AZ_BODY_BEFORE_TITLE.sub(lambda m: m[0].lower(), phrase)


# --- round 28 (Azerbaijani, Turkish): two full names in one capitalised run before "ilə"/"ile" -------------------------
# "X Y Z W ilə görüşdə qeyd edib: “…”" (X Y, in a meeting with Z W): a run of four name words right before "with" is
# the subject's name and the other one's (titles are cut before: "Ticarət naziri Ömer Bolat ilə" is one name); the
# subject is the first two words
def _subject_before_with(phrase: str, run: str) -> str:
    if f"{run} ilə " not in phrase and f"{run} ile " not in phrase:
        return run
    return run.rsplit(" ", 2)[0]


# Round 28: Azerbaijani "the deputy minister" alone after a quote (Resolver._one_deputy_minister)
# (round 43, second wave: and Russian, "— пояснил замминистра", "заместитель министра", "вице-министр": the deputy
# minister named before, titled so (_ru_minister_role), not a president who spoke last)
# (round 61, quotesru61: and "замминистр", what "По словам замминистра, … «…»" reads back in the nominative)
_DEPUTY_MINISTER_WORDS = frozenset({"nazir müavini", "nazirin müavini", "замминистра", "заместитель министра",
                                    "вице-министр", "замминистр"})


# --- round 29 (Turkish) --------------------------------------------------------------------------------------------
# A title's owner in the genitive with an apostrophe before the title in lower case and a full name ("Ege Mobilya'nın
# genel müdürü Selin Aydın", "Konya Şeker'in yönetim kurulu başkanı X Y"): the owner, a firm or a person, is no part of
# the name (the speaker is the name after the title); a name alone after the owner ("Bolat'ın danışmanı Aydın") is
# left to the rules that read it
_TR_TITLE_OWNER = re.compile(rf"^.*?[{CAPITALS}][\w]*['’]n?[ıiuü]n\s+(?:[a-zçğıöşü]+\s+){{1,3}}"
                             rf"(?=[{CAPITALS}][\w]+\s+[{CAPITALS}][\w]+)")


def _without_tr_title_owner(phrase: str) -> str:
    return phrase[m.end():] if (m := _TR_TITLE_OWNER.match(phrase)) else phrase


# --- round 30 (English): an ambassador titled before his name with the state he is sent to -------------------------
# "Kazakhstan's Ambassador to Hungary Aidar Kuanyshev opened …", "Uzbek Envoy to the United Arab Emirates X Y": the
# title's "to" splits the capitalised run (as "of" does, _TITLE_OF_NAME), so the name after the host state's words is
# remembered here with the state before the title, for a later "Kuanyshev said" or "the ambassador said"
# (Resolver._en_one_titled); the host's words are one to three capitalised words, the name the run's last two. The
# press services' "Ambassador (Extraordinary and Plenipotentiary) of Uzbekistan to Türkiye X Y" names the sending
# state after "of"
_EN_AMBASSADOR_TO_NAME = re.compile(
    r"\b(?P<title>Ambassador|Envoy)(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{0,2}}))?"
    rf"\s+to\s+(?:the\s+)?(?:[{CAPITALS}][\w'’\-]+\s+){{1,3}}?"
    rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])(?!\s+[{CAPITALS}])")


def _en_ambassadors_to(text: str) -> list[Person]:
    # the sending state: "Kazakhstan's Ambassador", "Ambassador of Uzbekistan" (the last state named before the title)
    return [person for m in _EN_AMBASSADOR_TO_NAME.finditer(text)
            if (person := _unlisted_titled_person(m, text, m["title"], state_named_last=True)) is not None]


# --- round 30 (English): a head of state named by "President" and his surname alone --------------------------------
# "President Mirziyoyev opened the plant. … The head of state said: “…”": running text names a head of state by title
# and surname as often as in full, and he is the one the title means after it (Resolver._head_for_title), not an
# economist who spoke before; the surname must be that of one head of state in office on the day ("former President
# Nazarbayev" is none), and the run end in it ("President Aliyev's" is read by its words, the possessive dropped)
def _president_by_surname(words: list[str], day: date) -> Person | None:
    if len(words) > 3 or words[-1] in ("President", "Presidents"):
        return None
    surname = words[-1].split("'")[0].split("’")[0]  # "President Aliyev's visit"
    terms = [term for term in officeholders.by_name(surname, day)
             if term.office == officeholders.HEAD_OF_STATE and term.covers(day)]
    return _from_term(terms[0], 0.9, "name") if len(terms) == 1 else None


# --- round 30: Kyrgyzstan's head of government in Russian reports ---------------------------------------------------
# "– сказал кыргызский премьер", "глава кыргызского правительства", "премьер Кыргызстана": Russian papers call the
# Chairman of the Cabinet of Ministers (the office's name in the table since 2021) the premier; a state whose table has
# a Prime Minister keeps it
_HEAD_OF_GOVERNMENT_ALSO = {"Prime Minister": "Chairman of the Cabinet of Ministers"}


def ru_office_holder(code: str, office: str, day: date) -> officeholders.Term | None:
    """The holder of `office` of `code` on `day`, a premier being the cabinet's chairman where no prime minister is."""
    term = officeholders.holder(code, office, day)
    if term is None and office in _HEAD_OF_GOVERNMENT_ALSO:
        term = officeholders.holder(code, _HEAD_OF_GOVERNMENT_ALSO[office], day)
    return term


# --- round 30: an Azerbaijani delegation's head in the genitive, and the bare deputy prime minister ----------------------
# "… naziri Serik Jumanqarinin başçılıq etdiyi nümayəndə heyəti" (the delegation headed by X): the titled name is in the
# genitive before "başçılıq/rəhbərlik etdiyi", remembered in the nominative ("Serik Jumanqarin") for a later "S.Jumanqarin"
_AZ_HEADED_BY_AFTER = re.compile(r"\s+(?:başçılıq|rəhbərlik)\s+etdiyi\b")


def _az_head_of_delegation_name(text: str, m: re.Match) -> str | None:
    """The nominative of the titled name of `m` (an _AZ_TITLED match) when "başçılıq etdiyi" follows it, else None."""
    return az_nominative(m["name"]) if _AZ_HEADED_BY_AFTER.match(text, m.end("name")) else None


# '“…”, – deyə Qazaxıstan Baş nazirinin müavini bildirib': a deputy prime minister, a state's name before it or none
# and the Russian "— добавил вице-премьер" (no state told)
_RU_BARE_DEPUTY_PREMIER = re.compile(r"^вице-премьер(?P<state>)$")
_AZ_DEPUTY_PREMIER = re.compile(r"^(?P<state>[\wçğıöşüə]+(?:ın|in|un|ün|nın|nin)?\s+)??baş\s+nazir(?:in|inin)\s+müavini$")


# --- round 30: a Turkic sentence opening "Forumda konuşan X Y, …" / "Görüşdə çıxış edən X Y …" names X Y ---------------
# (who spoke at the forum): no title before the name, so no title rule remembers him for a later '"…" diyen Y' or
# 'Y, "…" dedi'; the participle of speaking or taking part, then two capitalised words and a lower-case word or comma
# Round 103 (h7): or of coming from a place told in the Turkish ablative ("Budapeşte'den gelen Bence Kovács ise kampa
# ilk kez katılan … arasındaydı. Kovács, "…" ifadesini kullandı.", dev/1540): a participant introduced by where he
# came from
_TURKIC_SPEAKING_PARTICIPLES = ("konuşan", "katılan", " edən ", "danışan", "söz alan", "n gelen")
_TURKIC_PARTICIPLE_NAMED = re.compile(
    rf"(?:^|[.!?]\s+|\n)[{CAPITALS}][\w'’]*(?:\s+[a-zçğıöşüə][\w'’]*){{0,2}}?\s+(?:konuşan|katılan|çıxış\s+edən|"
    rf"iştirak\s+edən|danışan|söz\s+alan|(?<=['’][dt][ae]n\s)gelen)"
    rf"\s+(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w\-]+)(?![\w'’\-]),?\s+"
    # (not a body in the genitive before its head's title: "Görüşdə çıxış edən Milli Məclisin sədri")
    r"(?=[a-zçğıöşüə])(?!(?:sədri|naziri|səfiri|rəhbəri|müavini|rəisi|direktoru|başkanı|bakanı|müdürü)\b)")


def _turkic_participle_named(text: str) -> list[Person]:
    return [Person(m["name"], "", "", 0.6, "unlisted name") for m in _TURKIC_PARTICIPLE_NAMED.finditer(text)
            if not any(places.is_place_word(word) or word.lower() in _TITLE_WORDS for word in m["name"].split())
            and not _holder_named(m["name"])]  # ("Forumda konuşan Bakan Bolat": a title and a holder, read so already)


# --- Round 32 (Azerbaijani quotes): "the speaker" after a head of state or minister spoke -----------------------------
# "“…”, – deyə Prezident bildirib. … Daha sonra Milli Məclisin Sədri X Y ilə qonaq arasında görüş keçirilib. “…”, – deyə
# Spiker bildirib.": a president, prime minister or minister who spoke last is no speaker of parliament, so "spiker" is
# the parliament chair the article named last (a chair who spoke last stays the anaphor's, as before)
def az_speaker_after_officer(last: Person | None, chairs: list[tuple[str, str]], day: date) -> Person | None:
    if last is None or not chairs or not _MINISTER_ROLE_WORD.search(last.role):
        return None
    named = [name for body, name in chairs if _AZ_PARLIAMENT_WORD.search(body)]
    if not named or named[-1] == last.name:
        return None
    return _chair_of_body_named("", [("", named[-1])], day)


# --- Round 32 (English quotes): "the minister" before anyone spoke, the one minister named being one the table lacks ------
# "Kazakhstan's Minister of Trade and Integration X Y began a visit. … “…,” the minister said": the title rules note X Y
# as unlisted (Resolver._note_title_of_names), and Resolver._only_minister reads the table's ministers only. When the
# article has named no minister the table knows, and exactly one unlisted minister (no deputy, no prime minister), the
# bare "the minister" is that one; two unlisted ministers leave it unresolved, as two listed ones do.
def _en_sole_unlisted_minister(resolver: Resolver) -> Person | None:
    if not resolver.unlisted or any("minister" in p.role.lower() and "prime" not in p.role.lower()
                                    for p in resolver.named):
        return None
    ministers = {p.name: p for p in resolver.unlisted_people() if _TURKIC_MINISTER_ROLE.search(p.role)}
    if len(ministers) != 1:
        return None
    person = next(iter(ministers.values()))
    return Person(person.name, person.role, person.iso3, 0.7, "anaphor")


# --- Round 32 (English quotes): "London-based", "Cyprus-born" describe a person, no word of a name ---------------------
# "London-based Turkish Cypriot businessman X Y told …": the capitalised run before the title, its demonym dropped, read
# as a name "London-based Cypriot"; a capitalised word joined to a participle of place or origin is a descriptor
_EN_COMPOUND_DESCRIPTOR = re.compile(r"\w-(?:based|born|registered|headquartered|educated|trained)\b")


# --- Round 33 (English full quotes): a lower-case minister's title before the name, the state first ---------------------
# Wires and trade papers write titles in lower case before a name, with no commas: "a visit by Turkish energy and natural
# resources minister Alparslan Bayraktar", "Hungary's energy minister Csaba Lantos". The capitalised run is then the name
# alone, so a minister the office table lacks was noted with no state, and a later "“…,” the Turkish minister said"
# (Resolver._named_minister) found nobody. A deputy's, a former or acting minister's and a prime minister's title is none.
_EN_LOWER_MINISTER_NAME = re.compile(
    r"(?<!former )(?<!acting )(?<!deputy )(?<!ex-)"  # "former Uzbek water minister X Y" is no minister now
    rf"(?P<state>[{CAPITALS}][\w\-]+)(?:['’]s)?\s+(?:(?!(?:deputy|vice|former|acting|prime|ex)\b)[a-z][\w\-]*\s+){{0,6}}?"
    # (the portfolio after the title in lower case too: "Kyrgyzstan's minister of economy X Y")
    rf"minister(?:\s+(?:of|for)(?:\s+[a-z][\w\-]*){{1,5}}?)?\s+(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")


def _en_lower_titled_ministers(text: str) -> list[Person]:
    """The ministers `text` names after a lower-case title opened by their state, the office table not knowing them."""
    return _en_state_ministers(_EN_LOWER_MINISTER_NAME.finditer(text))


def _en_state_ministers(matches) -> list[Person]:
    """The unlisted ministers of matches with a `state` (one state's name or demonym) and a `name` group."""
    found = []
    for m in matches:
        name, codes = m["name"], places.codes_in(m["state"])
        if len(codes) != 1 or _holder_named(name) or holder_spelling(name) \
                or _place_or_title_word_in(name):
            continue
        found.append(Person(_latin(name), "Minister", codes[0], 0.6, "unlisted name"))
    return found


# Round 33 (English full quotes): a minister's counterpart is his state's minister: "Hungary's energy minister X Y met his
# Kazakh counterpart(,) Z W in Astana" names Z W the Kazakh minister a later "“…,” the Kazakh minister said" means. Only
# when a minister's title stands before "counterpart" in the sentence (a president's counterpart is a president).
_EN_MINISTER_COUNTERPART = re.compile(
    rf"(?i:minister)\b[^.;:“”\"«»„]{{1,200}}?\b(?:his|her)\s+(?P<state>[{CAPITALS}][\w\-]+)\s+counterpart,?\s+"
    rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")


def _en_minister_counterparts(text: str) -> list[Person]:
    """The ministers `text` names as a minister's counterpart of a state, the office table not knowing them."""
    return _en_state_ministers(_EN_MINISTER_COUNTERPART.finditer(text))


# Round 33 (Azerbaijani quotes): a body's name joined by "və" ("Aqrar Kredit və İnkişaf Agentliyinin rəhbərləri",
# "Sənaye və Ticarət Palatası"): its capitalised words before "və" are no person's name (_unlisted_names reads runs
# apart, so "Aqrar Kredit" alone looked like one), when the words after "və" end in a body's noun in any case
# (AZ_BODY_NOUN: the stems of an Azerbaijani body's last word, any case after them; round 43: also the quotes' test of
# a "person" the resolver read that is a body, "Ticarət-Sənaye Palatası")
AZ_BODY_NOUN = (r"(?:Komitə|Nazirliy|Agentliy|Xidmət|İdarə|Mərkəz|İnstitut|Təşkilat|Palata|Şirkət|Universitet|Fond"
                r"|Assosiasiya|Birliy|Şura|Bank|Akademiya)")
_AZ_BODY_NAME_WITH_AND = re.compile(
    rf"(?:[{CAPITALS}][\w\-]*\s+){{1,4}}və\s+(?:[{CAPITALS}][\w\-]*\s+){{0,3}}{AZ_BODY_NOUN}\w*")


# Round 34 (Azerbaijani quotes): a company or body in quote marks with its case glued after the closing mark
# ('– deyə forumda iştirak edən "Azersun Holding"in nümayəndəsi Fərid Əliyev deyib', "«Azərsu» ASC-nin sədri X Y") is the
# owner of the title after it, no person: the run goes, and the name after the title is read (a body in marks is never
# a speaker by itself).
_AZ_QUOTED_BODY = re.compile(r"[“\"«][^“”\"«»]{1,60}[”\"»](?:-?[a-zəıöüşçğ]{1,4}|\s+[A-ZƏ]{2,5}-?[a-zəıöüşçğ]{0,4})?(?=[\s,]|$)")


def _without_az_quoted_body(phrase: str) -> str:
    """`phrase` without its runs in quote marks (and the case ending or company form glued after them)."""
    return _AZ_QUOTED_BODY.sub(" ", phrase)


# Round 34 (Azerbaijani quotes): the bare "nazir" (Turkish "bakan") is never a head of government: after a prime minister
# or a cabinet's chairman spoke or was named last ("… Baş naziri Abdulla Aripov tərəfindən qəbul olunub. “…”, - deyə nazir
# bildirib"), it is the one minister the article named, as before anyone spoke (Resolver._turkic_only_minister)
def _head_of_government_role(role: str) -> bool:
    low = role.lower()  # (a deputy premier is often a minister too: "Deputy Prime Minister – Minister of Trade")
    return ("prime minister" in low or "cabinet of ministers" in low) and "deputy" not in low


# Round 86 (n4, host_of_last_speaker): the one who spoke last is a visitor or a host, and "his host" or "his guest"
# is the one he met, named last of another state: "X landed in Ashgabat and spent two days with President Y. “…,” X told
# reporters. His host spoke of “a new chapter in our brotherly relations”" (Y, dev/1320). Only the possessive: a bare
# "the host" may be an event's or a show's (round 81).
_EN_HOST_OR_GUEST_WORDS = frozenset({"his host", "her host", "his guest", "her guest", "his hosts", "her hosts",
                                     "his guests", "her guests"})


# Round 35 (English quotes B): a government press service's short title of its head after a quote, with no state: "“…,”
# the Chairman of the Cabinet said", "the Head of the Cabinet noted", "the head of government stressed" (the Kyrgyz
# cabinet's English releases). It is the head of government who spoke last or, failing him, the one the article named
# (a cabinet's chairman before a prime minister for the cabinet's words); never a minister or a president who spoke last.
_EN_CABINET_HEAD_WORDS = frozenset({"the chairman of the cabinet", "chairman of the cabinet", "the head of the cabinet",
                                    "head of the cabinet", "the cabinet chairman", "the head of government",
                                    "the head of the government"})


def _cabinet_chair_role(role: str) -> bool:
    return "cabinet of ministers" in role.lower() and "deputy" not in role.lower()


def _en_cabinet_head(low: str, last: Person | None, named: list[Person]) -> Person | None:
    """The head of government a bare "the Chairman of the Cabinet" / "the head of government" means, else None
    (round 96, q3: the Russian "глава кабмина", "председатель кабинета министров" too)."""
    fits = (_cabinet_chair_role, _head_of_government_role) if "cabinet" in low or "каб" in low \
        else (_head_of_government_role,)
    for fit in fits:
        if last is not None and fit(last.role):
            return Person(last.name, last.role, last.iso3, 0.75, "anaphor")
        heads = {p.name: p for p in named if fit(p.role)}
        if len(heads) == 1:
            head = next(iter(heads.values()))
            return Person(head.name, head.role, head.iso3, 0.7, "anaphor")
    return None


# Round 35 (Azerbaijani quotes): a body's acronym before the chair's title after a quote ('“…”, - deyə TBMM Sədri
# vurğulayıb', "TBMM-in sədri", "ATBMM-nin Sədri") names the one person the article called that body's chair ("TBMM-nin
# Sədri Numan Kurtulmuş ilə görüşüb"); _AZ_CHAIR_OF_PARLIAMENT reads the spelt-out bodies only ("Milli Məclisin sədri")
_AZ_ACRONYM_BODY_CHAIR = re.compile(r"^(?P<body>[A-ZÇĞİÖŞÜƏ]{2,8})(?:-?[a-zçğıöşüə]{1,4})?\s+[Ss]ədri$")


def az_acronym_body_chair(phrase: str, chairs: list[tuple[str, str]], day: date) -> Person | None:
    """The chair the article named of the body whose acronym opens `phrase` ('TBMM Sədri'), or None."""
    if not chairs or not (m := _AZ_ACRONYM_BODY_CHAIR.match(phrase.strip(" ,."))):
        return None
    acronym = m["body"].translate(_FOLDED_I).lower()
    return _chair_of_body_named(acronym, chairs, day)  # (its words read as the chair's body, "tbmm-nin")


# Round 35 (Azerbaijani quotes): a state's name before the chamber's chair ("Qazaxıstan Senatının sədri isə bildirib ki,
# …", "Türkiyə parlamentinin sədri") is the chair the article named of that chamber ("Qazaxıstan Parlamenti Senatının
# sədri Maulen Aşimbayevin rəhbərlik etdiyi …"), so a guest chair's reported speech makes him the last speaker and a
# later "– o deyib" is his, not the host chair's quoted before; _AZ_CHAIR_OF_PARLIAMENT reads the title without a state
_AZ_STATE_CHAMBER_CHAIR = re.compile(r"(?P<body>(?:məclis|senat|parlament|kurultay|keneş)[ıi]?n?(?:[ıi]n)?)\s+sədri\b")


def az_state_chamber_chair(low: str, resolver: Resolver) -> Person | None:
    """The named chair of the chamber of the state whose name opens `low` ('qazaxıstan senatının sədri'), or None."""
    state, _, rest = low.partition(" ")
    if not rest or not resolver.body_chairs or not (chair := _AZ_STATE_CHAMBER_CHAIR.match(rest)) \
            or not places.is_place_word(state.capitalize()):
        return None
    # (of the chairs named, those of a body with the state's name, when any: "Türkiyə Məclisinin sədri" after both "Milli
    # Məclisin sədri X" and "Türkiyə Böyük Millət Məclisinin Sədri Y" is Y)
    of_state = [c for c in resolver.body_chairs if state in c[0].split()]
    return _chair_of_body_named(_AZ_GENITIVE_BODY_END.sub("", chair["body"]), of_state or resolver.body_chairs,
                                resolver.day)


# Round 35 (Azerbaijani quotes): a chair named as whose delegation it is ("Türkiyə Böyük Millət Məclisinin Sədri Numan
# Kurtulmuşun başçılıq etdiyi nümayəndə heyəti") is in the genitive whatever the surname's ending, so the ending goes
# (name_forms.az_nominative is sure of it after -ov/-ev/-in only; the grammar of "başçılıq etdiyi" makes it sure here)
_AZ_GENITIVE_BEFORE_HEADED = re.compile(r"(?<=[^\Waeəıioöuü])[ıiuü]n$|(?<=[aeəıioöuü])n[ıiuü]n$")


def _az_chair_nominative(m: re.Match) -> str:
    """The name of an _AZ_BODY_CHAIR_NAMED match in the nominative."""
    name = az_nominative(m["name"])
    if name == m["name"] and _AZ_HEADED_BY_AFTER.match(m.string, m.end("name")):
        return _AZ_GENITIVE_BEFORE_HEADED.sub("", name)
    return name


# Round 37 (English quotes A): "the city's akim X Y" / "the regional akim X Y" (English-language Kazakh and Azerbaijani
# outlets write the governor's title in lower case right before the name, no comma): the akim is remembered with that
# role, so a later "“…,” the akim said" is him (Resolver._en_one_titled, _EN_TITLE_KIN)
_EN_AKIM_NAME = re.compile(rf"\bakim\s+(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")


def _en_akims_named(text: str) -> list[Person]:
    """The people named right after a lower-case "akim", the office holders table not knowing them."""
    found = []
    for m in _EN_AKIM_NAME.finditer(text):
        if officeholders.by_name(m["name"]) or _place_or_title_word_in(m["name"]):
            continue
        codes = places.codes_in(text[max(0, m.start() - 40):m.start()])  # "Kazakhstan's akim", "the Kyrgyz akim"
        found.append(Person(_latin(m["name"]), "Akim", codes[0] if codes else "", 0.6, "unlisted name"))
    return found


# Round 46 (quotes): the same lower-case title right before the name for an Uzbek region's hokim and for the English
# governor and mayor ("regional hokim X Y", "Samarkand governor X Y", "city mayor X Y"), the local word maybe glossed
# in brackets ("regional hokim (governor) X Y", "akim (mayor) X Y"): the person is remembered with the title (the
# gloss's when glossed, the local word then a glossed title: Resolver._glossed_title), so that a later "“…,” the hokim
# said" or "the governor said" is him. A deputy's, a vice's or a former holder's title is not his office.
_EN_LOWER_HEAD_NAME = re.compile(r"(?<![\w\-])(?<![Dd]eputy )(?<![Vv]ice )(?<![Vv]ice-)(?<![Ff]ormer )(?<![Ee]x-)"
                                 r"(?<![Ll]ieutenant )"
                                 r"(?P<title>k?hokim|governor|mayor|akim(?=\s+\())"  # (round 49: "khokim")
                                 r"(?:\s+\((?P<gloss>governor|mayor)\))?\s+"
                                 rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")


_SENTENCE_END_BEFORE = re.compile(r"[.!?;]\s")


def _en_lower_heads_named(text: str) -> list[tuple[Person, str]]:
    """(person, the local word lowered when a gloss followed it, else "") of each name right after a lower-case hokim's,
    governor's or mayor's title (_EN_LOWER_HEAD_NAME), the office holders table not knowing the name."""
    found = []
    for m in _EN_LOWER_HEAD_NAME.finditer(text):
        if officeholders.by_name(m["name"]) or _place_or_title_word_in(m["name"]):
            continue
        # the state the title's clause names, the nearest ("the Kyrgyz mayor", "Uzbekistan's Namangan region, led by
        # regional hokim"), for a later "the Uzbek hokim"
        codes = places.codes_in(_SENTENCE_END_BEFORE.split(text[max(0, m.start() - 120):m.start()])[-1])
        role = (m["gloss"] or m["title"]).capitalize()
        found.append((Person(_latin(m["name"]), role, codes[-1] if codes else "", 0.6, "unlisted name"),
                      m["title"] if m["gloss"] else ""))
    return found


# Round 37 (Russian, Azerbaijani and Turkish quotes): Azerbaijani "Baş nazir" (the prime minister) as a bare title
# after another person spoke is the one prime minister the article named ("Həmin gün Baş nazir Əli Əsədov nümayəndə
# heyətini qəbul edib. Görüşdə Baş nazir … “…” kimi gördüyünü deyib"), not the guest minister who spoke last
_AZ_PREMIER_ANAPHORS = frozenset({"baş nazir"})


# Round 37 (Russian, Azerbaijani and Turkish quotes): Turkish glues a case to the last word of a name after an
# apostrophe ("Erdoğan'ın", "Ankara'da"); a word so declined with another capitalised word after it ends a place's or
# body's name, never starts a person's ("OSTİM'de Kazak heyetini ağırlayan … Levent Karakoyunlu": "OSTİM'de Kazak" is
# no one). Only whole case endings: an Uzbek name's own apostrophe ("Ma'ruf", "Sa'dullayev") is no case.
# Round 105 (h4): the locative and ablative after a compound's possessive too ("Nahçıvan Uluslararası Havalimanı'nda
# Zeynalov tarafından …", dev/1560: no "Havalimanı'nda Zeynalov"; visits._participle_surname_told_before)
_TR_CASED_INNER_WORD = re.compile(r"\w['’](?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya|ne|na|nin|nın|nun|nün|in|ın|un|ün"
                                  r"|yi|yı|yu|yü|le|la|yle|yla|nde|nda|nden|ndan)\s+\S")


# Round 37 (Russian, Azerbaijani and Turkish quotes): Turkish names an occupation in a relative clause before the name,
# "bir makine üreticisi olan Levent Karakoyunlu" (who is a machine maker), "tekstil ihracatçısı olan X Y": the name is
# one with an occupation, as "makine üreticisi X Y" is, for a '"…" diye konuştu.' opening the next paragraph
_TR_OCCUPATION_OLAN = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted((t for t, r in _AZ_TITLES.items() if not r), key=len, reverse=True))})"
                                 rf"\s+olan\s+(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])")


def _tr_occupation_olan_names(text: str) -> set[str]:
    """The full names after "OCCUPATION olan" in `text`."""
    return {m["name"] for m in _TR_OCCUPATION_OLAN.finditer(text)}


# Round 37 (English quotes B): a state's adjective or possessive before "head of government" after a quote ("“…,” the
# Kyrgyz head of government said", "Kazakhstan's head of government") is that state's premier on the day, as "the Kyrgyz
# prime minister" is (ru_office_holder: the cabinet's chairman where the table has no prime minister); _EN_GOVERNMENT_HEAD
# reads "the head of the Kyrgyz government", the state after "head of". A deputy's title is none ("deputy head of …").
_EN_STATE_HEAD_OF_GOVERNMENT = re.compile(r"(?:the\s+)?(?P<state>[\w'’\-]+(?:\s+[\w'’\-]+)?)\s+head\s+of\s+(?:the\s+)?government")


def en_state_head_of_government(low: str, day: date) -> Person | None:
    """The premier of the state named before "head of government" in `low` (lower case), else None."""
    if not (m := _EN_STATE_HEAD_OF_GOVERNMENT.fullmatch(low)) or "deputy" in m["state"] or "vice" in m["state"]:
        return None
    codes = places.codes_in(m["state"])
    term = ru_office_holder(codes[0], "Prime Minister", day) if len(codes) == 1 else None
    return _from_term(term, 0.85, "office") if term else None


# Round 38 (Russian, Azerbaijani and Turkish quotes): a Turkish outlet or agency in the dative with an apostrophe right
# after a name, as the one told ("Ekonomist X Y Dünya Gazetesi'ne yaptığı değerlendirmede", "X Y AA'ya verdiği
# demeçte", "X Y Anadolu Ajansı'na konuşan"), is no word of the name: a subject's name takes no case, and a word of the
# outlet's noun ("Gazetesi", "Ajansı") takes the capitalised word before it along. Only before the verbal noun of
# telling, so a person in the dative ("Bolat, Aliyev'e teşekkür etti") is left to the rules that read objects.
_TR_OUTLET_NOUN_WORDS = r"(?:Gazetesi|Ajansı|Televizyonu|Radyosu|Sitesi|Portalı|Dergisi|Haber|TV)"
_TR_OUTLET_DATIVE = re.compile(rf"(?<!\S)(?:Yeni\s+)?(?:[{CAPITALS}][\w.\-]*\s+(?={_TR_OUTLET_NOUN_WORDS}['’]))?"
                               rf"[{CAPITALS}][\w.\-]*['’](?:ya|ye|a|e|na|ne)"
                               r"(?=\s+(?:yaptığı|verdiği|konuşan|açıklama|demeç|değerlendirme|bilgi|özel))")


def without_tr_outlet_dative(phrase: str) -> str:
    """`phrase` with an outlet in the dative before "yaptığı açıklamada" and its kin blanked."""
    return _TR_OUTLET_DATIVE.sub(" ", phrase) if ("'" in phrase or "’" in phrase) else phrase


# Round 39 (Russian quotes): a Russian Cyrillic name must look like a name. A capitalised pair that opens a sentence
# with a participle or adjective ("Опрошенные Азаттыком эксперты …") is no one; nor is an outlet's or body's name whose
# closing quote mark follows it ("корреспонденту «Огней Мангистау» директор …", the phrase cut after the opening
# mark); a city before a full name ("директор компании Актау Данияр Кожахметов") is where he works, no given name.
# Adjective and participle endings are no given name's or patronymic's (a surname may end in -ая/-ых: "Ковальская",
# "Черных"); a plural noun's instrumental or an adjective's plural ends no surname.
_RU_NOT_GIVEN_NAME_END = re.compile(r"(?:ые|ие|ый|ое|ого|ому|ыми|ими|ая|яя)$")  # (not -их: "Фатих")
_RU_NOT_SURNAME_END = re.compile(r"(?:ые|ие|ыми|ими|ами|ями)$")


def _ru_name_shaped(name: str, phrase: str) -> str | None:
    """`name` (a Cyrillic candidate of `phrase`), a leading city cut, when it looks like a person's name, else None
    (round 107, h2: a leading word not declined with the man's name after it cut too, _ru_undeclined_before_name)."""
    if f"{name}»" in phrase:
        return None
    words = name.split()
    if len(words) == 3 and places.city_in(words[0]) is not None and places.city_in(words[0])[1] \
            and not places.city_in(" ".join(words[1:])):
        words = words[1:]
    elif len(words) == 3 and _ru_undeclined_before_name(words):
        words = words[1:]
    if any(_RU_NOT_GIVEN_NAME_END.search(word) for word in words[:-1]) or _RU_NOT_SURNAME_END.search(words[-1]):
        return None
    return " ".join(words)


# Round 107 (h2): a company's name in quote marks right before a man's name declined by its sentence ("во главе с
# председателем агентства «Туркмендемирёллары» Мергеном Аннамурадовым", dev/1583) is read with it as one run once a
# quoted term's marks are read away: its word keeps its own ending while the given name and surname take the case, so
# it is no word of his name (a man's given name and patronymic decline with his surname; a woman's given name may not,
# "Айгуль Сейтовой", so only a man's surname read back cuts it)
_RU_MANS_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)$")


def _ru_undeclined_before_name(words: list[str]) -> bool:
    """Does the first of three Cyrillic words keep its ending while the two after it read back from an oblique case
    as a man's given name and surname?"""
    read = ru_nominative_of_oblique(" ".join(words)).split()
    return read[0] == words[0] and read[1] != words[1] and _RU_MANS_SURNAME.search(read[2]) is not None


def ru_name_shaped_names(names: list[str], phrase: str) -> list[str]:
    """The Cyrillic candidate names of `phrase` that look like a person's (_ru_name_shaped), others as they are."""
    return [shaped for name in names if (shaped := _ru_name_shaped(name, phrase) if is_cyrillic(name) else name)]


# Round 40 (Azerbaijani quotes): a name ending in a vowel takes the genitive in "-nın" ("vilayətinin akimi X Satıbaldının
# başçılıq etdiyi heyət"), and the titled-name reader keeps it as "X Satıbaldın" (one "-ın" cut); the bare name speaking
# later ("X Satıbaldı isə … deyib. «…», – akim qeyd edib") is the same titled person
_AZ_VOWELS = frozenset("aeıioöuüə")


def _vowel_final_genitive_named(name: str, occupations: set[str]) -> bool:
    return " " in name and name[-1:] in _AZ_VOWELS and name + "n" in occupations


# Round 40 (Azerbaijani quotes): a sentence's run of capitalised words may hold a titled name between a locative opening
# it and a place's genitive after it ("Görüşdə X Y Şuşanın bərpası barədə məlumat verib": "at the meeting X Y … about
# Shusha's restoration"); the run read as one name ("Görüşdə X Y Şuşanın") is the titled X Y when the text gave X Y a
# title, so a bare title after his quote ('– deyə xüsusi nümayəndə bildirib') finds him
_AZ_LOCATIVE_WORD = re.compile(r"\w+(?:da|də|ta|tə)")
_AZ_GENITIVE_WORD = re.compile(r"\w+(?:ın|in|un|ün)")


def _titled_name_in_run(name: str, occupations: set[str]) -> str | None:
    """The titled name inside a run of three or four capitalised words, without its locative and genitive edges."""
    words = name.split()
    if len(words) < 3 or name in occupations:
        return None
    if _AZ_LOCATIVE_WORD.fullmatch(words[0]):
        words = words[1:]
    if len(words) > 2 and _AZ_GENITIVE_WORD.fullmatch(words[-1]):
        words = words[:-1]
    trimmed = " ".join(words)
    return trimmed if trimmed != name and trimmed in occupations else None


# Round 40 (Azerbaijani quotes): a state's vice-president after a quote ('“…”, – deyə Türkiyənin vitse-prezidenti qeyd
# edib', "– vitse-prezident bildirib"), whom the table does not list, is the last speaker as a deputy prime minister is
# (Resolver._deputy_premier_anaphor: a name the table does not know, no expert, of that state if told)
_AZ_VICE_PRESIDENT = re.compile(r"(?:deyə\s+)?(?:(?P<state>[^\W\d]+?)(?:nın|nin|nun|nün|ın|in|un|ün)?\s+)?"
                                r"vitse-prezidenti?")


# Round 40 (Russian quotes): a name or place in an oblique case after a preposition, right before a full name in the
# nominative ("В ходе встречи с Нурланом Ахметовым Серик Иманов сказал", "владелец ресторана в Анталье Мехмет Йылмаз"):
# the oblique words are whom he met or where he works, no part of the speaker's name; lowered, as _ru_named_before_name
# lowers a place, so that the capitalised run is the name alone (a name of three words after it is left as it was)
_RU_OBLIQUE_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ом|ем|ым|им|ой|ей|е|и|у|ю)"
_RU_OBLIQUE_BEFORE_NAME = re.compile(rf"(?<![\w\-])(?:[СсВв]о?|на|На|при|При|к|К)\s+(?P<oblique>{_RU_OBLIQUE_WORD}"
                                     rf"(?:\s+{_RU_OBLIQUE_WORD})?)(?=\s+{_RU_FIRST_NAME}\s+{_RU_LAST_NAME}(?![\w\-])"
                                     rf"(?!\s+[А-ЯЁ]))")


def ru_without_oblique_before_name(phrase: str) -> str:
    """`phrase` with the oblique words after a preposition before a full name lowered (_RU_OBLIQUE_BEFORE_NAME)."""
    return _RU_OBLIQUE_BEFORE_NAME.sub(lambda m: m[0][:m.start("oblique") - m.start()] + m["oblique"].lower(), phrase)


# Round 40 (English quotes A): a weekday or a month before a surname is no given name ("On Wednesday Zokirzoda and
# Ismoilov held talks" names no "Wednesday Zokirzoda"): full_names took it for the last full name, so a later
# "Zokirzoda, speaking through an interpreter, called …" resolved to no one. The time phrases English news opens a
# sentence with; "May" stays a given name it may be.
_EN_DAY_MONTH_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "january", "february", "march", "april", "june", "july", "august", "september",
                                 "october", "november", "december"})


# Round 41 (titles): a chair's title "Chairperson of" as "Chairman of" ("Chairperson of the Mejlis Dunyagozel Gulmanova",
# "Chairperson of the Senate X Y"): the name after the body is remembered with the title (_note_title_of_names), and
# a later bare "the chairperson" is the one person so titled (Resolver._en_one_titled)
_TITLES_OF = _TITLES_OF + ("Chairperson of",)
_TITLE_OF_NAME = re.compile(_TITLE_OF_NAME.pattern.replace("(?:Minister|Chairman|", "(?:Minister|Chairperson|Chairman|", 1))
_PERSON_TITLES = _PERSON_TITLES | {"Chairperson"}
_EN_TITLE_KIN["chairperson"] = ("chairperson", "chairman", "chairwoman", "chair")
_EN_BARE_TITLE = re.compile(_EN_BARE_TITLE.pattern.replace("(?P<title>", "(?P<title>chairperson|", 1))
# Round 62 (quotesen62): the same with the body's words read greedily, tried where the shortest body left a body word
# in the name ("Speaker of the Grand National Assembly of Türkiye Numan Kurtulmuş" is not "National Assembly")
_TITLE_OF_LONGER_BODY = re.compile(_TITLE_OF_NAME.pattern.replace("{1,4}?", "{1,5}", 1))
assert _TITLE_OF_LONGER_BODY.pattern != _TITLE_OF_NAME.pattern

# Round 41 (titles): a local title glossed in English in brackets before "of" ("Toraga (Speaker) of the Jogorku Kenesh
# of the Kyrgyz Republic Nurlanbek Turgunbek uulu", "Hokim (Governor) of Namangan Region X Y"): the English title is
# the person's, as "Speaker of …" would be, and a later bare "the Toraga" is that person (Resolver._glossed_title)
_GLOSSED_TITLE_OF_NAME = re.compile(
    rf"(?<![\w'’\-])(?P<local>[{CAPITALS}][\w'’\-]+)\s+\((?P<title>Speaker|Chairperson|Chairman|Chairwoman|Chair|"
    rf"Governor|Mayor|Director|Minister|Head)\)\s+of\s+(?P<body>)" + _TITLE_OF_NAME.pattern.split(r"\s+of\s+", 1)[1])


def glossed_titled_names(text: str) -> list[tuple[str, str, str, str]]:
    """(local word lowered, English title with the state's words before it, body, name) of each glossed title of
    `text` ("Toraga (Speaker) of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Turgunbek uulu" -> ("toraga",
    "Kyrgyz Speaker", "the Jogorku Kenesh of the Kyrgyz Republic ", "Nurlanbek Turgunbek")); none when no name follows
    the title's body."""
    found = []
    for m in _GLOSSED_TITLE_OF_NAME.finditer(text):
        body = text[m.end("body"):m.start("name")]
        if _BODY_WORDS.isdisjoint(m["name"].lower().split()):
            state = _state_of_body(body) or _parliament_state_words(body)
            found.append((m["local"].lower(), f"{state}{m['title']}", body, m["name"]))
    return found


def _parliament_state_words(body: str) -> str:
    """The state's name, a space after it, of a parliament a title's body names by its own words ("the Mejlis" ->
    "Turkmenistan "), so that the chair keeps the state as "… of Turkmenistan" would give it; "" when it names none."""
    low = body.lower()
    codes = [iso3 for words, iso3 in _PARLIAMENTS.items() if words in low]
    return f"{places.name(codes[0])} " if codes and places.name(codes[0]) else ""


# Round 41 (titles): the head of a state's parliament named by the state's word, no name ("“…,” the head of the Turkmen
# parliament said", "the Speaker of the Kyrgyz parliament"): the one chair or speaker of a parliament of that state the
# text named with a title ("Chairperson of the Mejlis Dunyagozel Gulmanova": Resolver.parliament_chairs)
_EN_PARLIAMENT_HEAD = re.compile(r"(?:the\s+)?(?:head|chair|chairman|chairwoman|chairperson|speaker)\s+of\s+(?:the\s+)?"
                                 r"(?P<state>[a-z]+)\s+(?:parliament|legislature)")
# (not the Halk Maslahaty: Turkmenistan's People's Council stands above its parliament, the Mejlis, since 2023)
_PARLIAMENT_BODY = re.compile("|".join([*(words for words in _PARLIAMENTS if words != "halk maslahaty"), "parliament",
                                        "national assembly", "senate"]))


def parliament_chair_named(title: str, body: str, name: str) -> Person | None:
    """The chair `name` of a parliament (`body` holds a parliament's words: "the Mejlis", "the Senate of the Oliy
    Majlis"), with the state the body names; None when the body is no parliament's or names no state."""
    low = body.lower()
    if not _PARLIAMENT_BODY.search(low):
        return None
    codes = [iso3 for words, iso3 in _PARLIAMENTS.items() if words in low and _PARLIAMENT_BODY.search(words)] \
        or places.codes_in(body)
    return Person(_latin(name), title, codes[0], 0.7, "anaphor") if codes else None


# Round 48: two officials of one rank in an exchange, one named with the title and the other as his or her host, guest
# or counterpart ("Asanov and his host, Eskişehir Metropolitan Mayor Ayşe Ünlüce, signed …", "Governor X Y and her
# Kazakh counterpart Z W"): the other holds the same rank, so a later "the Kyrgyz mayor" (Resolver._en_one_titled) may
# be he when the titled one is of another state. The other may be a surname alone, named in full before.
_EN_COUNTERPART_WORDS = r"(?:his|her)\s+(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?:host|guest|counterpart|colleague)"
_EN_RANK_TITLE = (rf"(?P<title>(?:[{CAPITALS}][\w'’\-]*\s+){{0,3}}?(?:Deputy\s+Prime\s+Minister|Prime\s+Minister|Mayor|"
                  rf"Governor|Akim|Hokim|Speaker|Chairman|Chairwoman|Ambassador))\s+"
                  rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)")
_EN_OTHER_NAME = rf"(?P<other>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+)?)"
_EN_COUNTERPARTS = (re.compile(rf"{_EN_OTHER_NAME}\s+and\s+{_EN_COUNTERPART_WORDS},?\s+{_EN_RANK_TITLE}"),
                    re.compile(rf"{_EN_RANK_TITLE},?\s+and\s+{_EN_COUNTERPART_WORDS},?\s+{_EN_OTHER_NAME}(?![\w'’\-])"))

_EN_COUNTERPART_GATE = re.compile(r"\b(?:his|her)\s+(?:[A-Z][a-z]+\s+)?(?:host|guest|counterpart|colleague)\b")


def en_counterparts_named(text: str) -> list[Person]:
    """The people `text` names as a titled official's host, guest or counterpart (_EN_COUNTERPARTS), with the title's
    last word as their role and the state a demonym before "counterpart" gives; not the table's holders."""
    if not _EN_COUNTERPART_GATE.search(text):
        return []  # (most articles name no host, guest or counterpart: one cheap search before the two patterns)
    found = []
    for pattern in _EN_COUNTERPARTS:
        for m in pattern.finditer(text):
            other = m["other"]
            if " " not in other:
                names = full_names(text[:m.start()], other)
                if not names:
                    continue
                other = names[-1][0]
            if officeholders.by_name(other) or officeholders.by_name(other.split()[-1]) \
                    or not _PERSON_TITLES.isdisjoint(other.split()) \
                    or not _BODY_WORDS.isdisjoint(other.lower().split()) or places.is_place_word(other.split()[-1]):
                continue
            rank = m["title"].split()[-1] if "Minister" not in m["title"] else \
                ("Deputy Prime Minister" if "Deputy" in m["title"] else "Prime Minister")
            codes = places.codes_in(m["demonym"]) if m["demonym"] and m["other"] == m[0][-len(m["other"]):] else []
            found.append(Person(other, rank, codes[0] if codes else "", 0.6, "unlisted name"))
    return found


# Round 48: a commission's co-chair named by the state alone ("“…,” the Azerbaijani co-chair said"): the one official
# of that state the text titled a minister or deputy prime minister (the co-chairs' offices), or, when every such one
# with a state told is of another state, the one with none (Resolver._counterpart_of_another_state)
_CO_CHAIR_KIN = ("co-chair", "co-chairman", "co-chairwoman", "deputy prime minister", "prime minister", "minister")
_EN_TITLE_KIN.update(dict.fromkeys(("co-chair", "co-chairman", "co-chairwoman"), _CO_CHAIR_KIN))
_EN_BARE_TITLE = re.compile(_EN_BARE_TITLE.pattern.replace("(?P<title>",
                                                           "(?P<title>co-chairman|co-chairwoman|co-chair|", 1))


# --- Round 53 (quotesen): English titles a ministry's release or a regional exchange tells again in full -------------

# The head of a delegation told "<delegation> of <state> headed/led by <Title> <Name>" ("a delegation of the Ministry of
# Transport of the Republic of Uzbekistan headed by Minister X Y", "the Azerbaijani delegation led by Deputy Prime
# Minister X Y"): he is of the delegation's state when his title names none, so that a later "“…,” the Deputy Prime
# Minister of Azerbaijan noted" (Resolver._en_one_titled) or "the Minister of Transport of Uzbekistan said"
# (Resolver._minister_of_state) is he. The words of the delegation must name one state.
_EN_DELEGATION_HEAD = re.compile(
    rf"(?P<before>[{CAPITALS}][\w'’\-]+\s+)?delegation\b(?P<of>[^,;.:“”\"«»]{{0,90}}?)\s+(?:headed|led)\s+by\s+"
    rf"(?P<head>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{2,7}})(?![\w'’\-])")


def en_delegation_heads(text: str) -> list[Person]:
    """The titled head of each delegation `text` tells headed or led by him (_EN_DELEGATION_HEAD), with the delegation's
    state when his title names none; only those whose state is so learnt."""
    found = []
    for m in _EN_DELEGATION_HEAD.finditer(text):
        if _PERSON_TITLES.isdisjoint(m["head"].split()):
            continue  # no title word ("Miniſter" with a look-alike letter): _titled_person reads none
        head = Resolver._titled_person(m["head"])
        if head is None or head.iso3:
            continue
        of = m["of"] if m["of"].startswith((" of ", " from ")) else ""  # (not "a delegation to Uzbekistan headed by")
        codes = places.codes_in(f"{m['before'] or ''}{of}")
        if len(codes) == 1:
            found.append(head._replace(iso3=codes[0]))
    return found


# A minister named by his title told again in full with the state, no name ("“…,” the Minister of Transport of
# Uzbekistan said", "the Uzbek Minister of Transport", "Uzbekistan's Minister of Transport and Communications"): the
# office holders table knows no such office, so it is the one minister of that state the article named (of that
# ministry when it named more than one), or, when every minister named with a state is of another one, the one named
# with none (Resolver._minister_of_state). Never a prime minister's or a deputy's title.
_EN_MINISTER_OF_STATE = re.compile(
    r"(?:the\s+)?(?:(?P<demonym>[a-zçğıöşüə'’\-]+)\s+)?minister\s+(?:of|for)\s+"
    # (the ministry's words may list its fields with commas, the list closed by "and", as _EN_TITLE_BODY reads them)
    r"(?P<ministry>[a-z\-]+(?:\s+[a-z\-]+){0,4}?(?:(?:,\s+[a-z\-]+)+,?\s+and\s+[a-z\-]+(?:\s+[a-z\-]+){0,2}?)?)"
    r"(?:\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?(?P<state>[a-zçğıöşüə\-]+))?")
_NOT_A_MINISTERS_WORDS = frozenset({"prime", "deputy", "vice", "former", "acting", "first", "ex-", "foreign"})


# The head of a city's executive power, as English writes the Azerbaijani mayor's title ("The Head of the Ganja City
# Executive Power, X Y,", "head of the Executive Power of Ganja city X Y"): a mayor, of the city's state, so that a
# later "“…,” the Ganja mayor said" or "the mayor said" is he (as the Russian "глава исполнительной власти Гянджи",
# round 42).
_EN_NAME_AFTER = rf",?\s+(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})(?![\w'’\-])"
_EN_CITY_EXECUTIVE_HEAD = re.compile(
    r"(?<![\w\-])(?<![Dd]eputy )(?<![Ff]ormer )(?i:head|chief)\s+of\s+(?:the\s+)?"
    rf"(?:(?P<city>[{CAPITALS}][\w'’\-]+)\s+(?i:city\s+)?(?i:executive\s+(?:power|authority))"
    rf"|(?i:executive\s+(?:power|authority))\s+of\s+(?P<city_after>[{CAPITALS}][\w'’\-]+)(?:\s+(?i:city))?)"
    + _EN_NAME_AFTER)

# A regional head's local title glossed in brackets, with what the office is of and the name after a comma ("the
# khokim (governor) of the Fergana region, X Y,", "the regional akim (governor), X Y,"): the English word is his role,
# so a later "“…,” the governor said" is he, and the local word a glossed title's (Resolver._glossed_title: "the
# khokim").
# (Without the comma, "khokim (governor) X Y" is _EN_LOWER_HEAD_NAME's.)
_EN_GLOSSED_HEAD_APPOSITIVE = re.compile(
    r"(?<![\w\-])(?<![Dd]eputy )(?<![Vv]ice )(?<![Ff]ormer )(?P<local>(?i:k?hokim|akim))"
    r"\s+\((?P<gloss>(?i:governor|mayor))\)"
    r"(?P<of>\s+of\s+[^,.;:“”\"«»„()]{1,80}?)?," + _EN_NAME_AFTER + r"(?=\s*[,.;)]|\s+[a-z])")


# Round 59 (quotesen59): the name first, the glossed title in its appositive ("a delegation led by X Y, khokim
# (governor) of Uzbekistan's Namangan region, arrived …"), read as the title before the name is
_EN_NAME_GLOSSED_HEAD = re.compile(
    rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),\s+(?:the\s+)?(?:regional\s+|city\s+)?"
    r"(?<![Dd]eputy )(?<![Vv]ice )(?<![Ff]ormer )(?P<local>(?i:k?hokim|akim))\s+\((?P<gloss>(?i:governor|mayor))\)"
    r"(?P<of>\s+of\s+[^,.;:“”\"«»„()]{1,80}?)?(?=\s*[,.;)]|\s+[a-z])")


def _unlisted_head(name: str) -> bool:
    """Is `name` a person's the office holders table does not know, with no place's or title's word in it?"""
    return not officeholders.by_name(name) \
        and not _place_or_title_word_in(name)


def en_city_executive_heads(text: str) -> list[Person]:
    """The head of a city's executive power each _EN_CITY_EXECUTIVE_HEAD match names, a mayor of the city's state."""
    found = []
    for m in _EN_CITY_EXECUTIVE_HEAD.finditer(text):
        city = places.city_in(m["city"] or m["city_after"])
        if _unlisted_head(name := _latin(m["name"])):
            found.append(Person(name, "Mayor", city[0] if city else "", 0.6, "unlisted name"))
    return found


def en_glossed_region_heads(text: str) -> list[tuple[Person, str]]:
    """(person, the local word lowered) of each _EN_GLOSSED_HEAD_APPOSITIVE match, the gloss his role, the state the
    words of what he heads name (or the 40 characters before the title: "Uzbekistan's regional khokim (governor)")."""
    found = []
    for m in [*_EN_GLOSSED_HEAD_APPOSITIVE.finditer(text), *_EN_NAME_GLOSSED_HEAD.finditer(text)]:
        place = m["of"] or text[max(0, m.start() - 40):m.start()]
        codes = places.codes_in(place) or [city[0] for city in [places.city_in(place)] if city]
        if _unlisted_head(name := _latin(m["name"])):
            found.append((Person(name, m["gloss"].capitalize(), codes[0] if codes else "", 0.6, "unlisted name"),
                          m["local"].lower()))
    return found


def _narrowed_mayors(people: dict[str, Person], word: str | None, executive_heads: set[str]) -> dict[str, Person]:
    """Round 53 (quotesen): of two or more so titled, "the Ganja mayor" is the one of the city's state (when the word
    before the title is a city of places.CITIES; else the one of no state told, the others being of other states), and
    a bare "the mayor" the one the text titled so in English words, not the head of a city's executive power
    (en_city_executive_heads: "The head of the Baku City Executive Power, X Y, held talks with the Mayor of Budapest,
    Z W. … “…,” the mayor said" is Z W); `people` as it was when that leaves none."""
    if word:
        city = places.city_in(word.title())
        states = {name: _titled_state(p) for name, p in people.items()} if city else {}
        narrowed = {name: p for name, p in people.items() if states and states[name] == city[0]} \
            or {name: p for name, p in people.items() if states and not states[name]}  # the others of other states
    else:
        narrowed = {name: p for name, p in people.items() if name not in executive_heads}
    return narrowed or people

# Round 63 (quotesother63): a Turkic kin or friendship word in the vocative before a surname inside a leader's quote
# ('"Kardeşim Caparov ile …"', "Qardaşım Tokayevlə …": my brother, my friend) is no given name; the run names no
# newcomer "Kardeşim Caparov", so a later "Caparov, … dedi" stays the holder of that surname
_KIN_VOCATIVES = frozenset({"kardeşim", "kardeşimiz", "dostum", "dostumuz", "qardaşım", "qardaşımız", "ağabeyim",
                            "abim"})
_BODY_WORDS = _BODY_WORDS | _KIN_VOCATIVES

# Round 63 (quotesother63): the name first and a deputy prime minister's title after it between commas, capitalised as
# wires write it ("X Y, Kazakhstan's Deputy Prime Minister and Minister of National Economy, arrived …", "X Y, Deputy
# Prime Minister of Uzbekistan,"): _EN_NAME_TITLE_APPOSITIVE takes no deputy's title, so a later "“…,” the deputy prime
# minister said" (Resolver._en_one_titled) had no one so titled; a second office after "and" is his too
_EN_NAME_DEPUTY_PM = re.compile(
    rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),\s+(?:the\s+)?"
    rf"(?:(?P<state>[{CAPITALS}][\w\-]+)(?:['’]s)?\s+)?(?:[Ff]irst\s+)?[Dd]eputy\s+[Pp]rime\s+[Mm]inister\b"
    rf"(?P<of>\s+of\s+(?:the\s+)?[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{0,3}})?"
    r"(?:\s+and\s+[^,.;:“”\"«»]{1,80})?(?=[,.])")


# Round 79 (keyq79): the title first, a second office after "and", then the name ("his Kazakh co-chair, Deputy Prime
# Minister and Minister of National Economy X Y", dev/1230): the capitalised run after "and" gives the minister's title
# alone, so a later "The Kazakh deputy premier said …" had no one so titled; the state of a co-chair, counterpart or
# host said right before the title is his
# Round 84 (h5): the two offices joined by a spaced dash instead ("Deputy Prime Minister – Minister of National Economy
# X Y", as Kazakh agencies write it, dev/1294), then '"…," the deputy prime minister said' is his
_EN_DEPUTY_PM_AND_OFFICE_NAME = re.compile(
    rf"(?:(?P<state>[{CAPITALS}][\w\-]+)(?:['’]s)?\s+(?:co-chair|co-chairman|counterpart|host),\s+)?"
    rf"(?<![\w\-])(?:[Ff]irst\s+)?Deputy\s+Prime\s+Minister\s+(?:and|–|—|-)\s+(?:[{CAPITALS}][\w\-]+\s+){{0,2}}"
    rf"Minister\s+"
    rf"(?:of\s+(?:the\s+)?(?:[{CAPITALS}][\w\-]+,?\s+(?:and\s+)?){{1,4}}?)?"
    rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)\b(?!\s+[{CAPITALS}])")


def _en_deputy_prime_ministers_named(text: str) -> list[Person]:
    """The people `text` names with a deputy prime minister's title after the name (none the table knows); round 79
    (keyq79): or before it, with a second office after "and" (_EN_DEPUTY_PM_AND_OFFICE_NAME)."""
    found = []
    for m in (*_EN_NAME_DEPUTY_PM.finditer(text), *_EN_DEPUTY_PM_AND_OFFICE_NAME.finditer(text)):
        name = m["name"]
        if officeholders.by_name(name) or holder_spelling(name) \
                or _place_or_title_word_in(name):
            continue
        codes = places.codes_in(m["state"] or m.groupdict().get("of") or "")
        found.append(Person(_latin(name), "Deputy Prime Minister", codes[0] if codes else "", 0.6, "unlisted name"))
    return found


# Round 100 (v1): a page that prints one person's speech whole, in the first person and in no quote marks, under a
# headline naming it his ("Full text: Foreign Minister Bakhtiyor Saidov's address at the Turkic World Connectivity
# Forum in Izmir", dev/1484; "Full text of President X's speech", "Transcript: X's remarks"): the speech's "I" and "our"
# are his (visits._signature_author's trips, figures._envoys_our's trade). Its words are no quotes (no marks).
_SPEECH_HEADLINE = re.compile(r"\s*(?:full\s+text|transcript)(?:\s*:\s*|\s+of\s+)(?P<who>[^\n:'’]{3,120}?)['’]s?\s+"
                              r"(?:address|speech|remarks|statement|lecture|keynote)\b", re.I)
_SPEECH_HEADLINE_WORDS = ("full text", "transcript")  # as cheap.lowered() has them; one is in every match


def speech_headline_speaker(text: str, resolver: Resolver) -> Person | None:
    """The person of a known state whose speech the article's headline (its first line) says it prints whole
    (_SPEECH_HEADLINE), else None."""
    head = lowered(text[:20])
    if not any(word in head for word in _SPEECH_HEADLINE_WORDS) or not (m := _SPEECH_HEADLINE.match(text)):
        return None
    person = resolver.resolve(m["who"], speaking=False)
    return person if person is not None and person.rule != "anaphor" and person.iso3 else None


# Round 101 (t1): a letter to the editor, opened by its salutation on a line of its own ("Sir,", "Dear Editor,") and
# signed by its last paragraph: the writer's name, his title and his town ("Gábor Keresztes" / "Former Deputy State
# Secretary for External Economic Relations (2009–2014)" / "Budapest", one line or three, dev/1497). The letter's "I"
# and "our" are his (visits._signature_author's trips, quotes' "I remember telling …:", figures._envoys_our's trade),
# of the town's state when the table knows him by none. His name is the capitalised words before the title's first
# word (_TITLE_WORDS, _SIGNATURE_TITLE_OPENERS): two or three of them.
# Round 102 (t1): so too an envoy's blog, a letter to its readers ("Dear Readers,", dev/1526), signed by his name and
# a title that names his state and no town ("Gergely Szabó" / "Ambassador of Hungary to the Republic of Uzbekistan and
# the Republic of Tajikistan"): the title's state, before a state or town its last words name (the one he is posted to)
_LETTER_SALUTATION = re.compile(r"\n[^\S\n]*(?:Sir|Madam|Sir\s+or\s+Madam"
                                r"|Dear\s+(?:Sir|Sirs|Madam|Editor|Editors|Readers))"
                                r"[^\S\n]*[,:]?[^\S\n]*\n")
LETTER_SALUTATION_CHARS = 400  # characters at the article's start (its headline first) that hold the salutation
LETTER_SIGNATURE_CHARS = 300  # characters at the article's end that hold the signing paragraph
_SIGNATURE_TITLE_OPENERS = frozenset({"former", "retired", "honorary", "emeritus", "ex"})
_SIGNER_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})


def letter_signer(text: str, resolver: Resolver) -> Person | None:
    """The writer of a letter to the editor (_LETTER_SALUTATION) its last paragraph signs (his name, a title, his
    town), of the state his title names (round 102, t1) or else the town's when the table knows him by none; else
    None."""
    head = text[:LETTER_SALUTATION_CHARS]
    if ("Sir" not in head and "Dear" not in head) or not _LETTER_SALUTATION.search(head):
        return None
    signing = " ".join(text.rstrip()[-LETTER_SIGNATURE_CHARS:].rsplit("\n\n", 1)[-1].split())
    town = _town_closing(signing)
    words = (signing[:town[0]].rstrip(" ,") if town else signing).split()
    words = words[1:] if words and words[0].lower() in _SIGNER_HONORIFICS else words
    name = []
    for word in words[:3]:
        if not word[:1].isupper() or word.lower().split("-")[0] in _TITLE_WORDS | _SIGNATURE_TITLE_OPENERS:
            break
        name.append(word)
    if len(name) < 2 or places.mentions(" ".join(name)) \
            or (person := resolver.resolve(" ".join(name), speaking=False)) is None or person.rule == "anaphor":
        return None
    if person.iso3:
        return person
    # round 102 (t1): the whole title after the name, a state its last words name too
    title = signing[signing.find(name[-1]) + len(name[-1]):].strip(" ,")
    if title and (titled := resolver.resolve(f"{title} {person.name}", speaking=False)) is not None \
            and titled.name == person.name and titled.iso3:
        return titled  # round 102 (t1): "Ambassador of Hungary to the Republic of …" (dev/1526)
    return person._replace(iso3=town[1], role=" ".join(words[len(name):])) if town else None


def _town_closing(signing: str) -> tuple[int, str] | None:
    """(where it starts, its state) of the town closing a letter's signing paragraph: a capital or state
    (places.mentions) or a city of places.CITIES as its last word ("Debrecen"); else None."""
    if (at := places.mentions(signing)) and at[-1].end == len(signing):
        return at[-1].start, at[-1].iso3
    last = signing.rsplit(" ", 1)[-1]
    city = places.city_in(last) if last[:1].isupper() and places.city_start(last) == 0 else None
    return (len(signing) - len(last), city[0]) if city else None
