"""Visits: who went where, when, of what type, and what was signed or opened.

A sentence proposes a visit when it says "visit" (or "arrived in", "summit") and names a day
(resolved against the article's date), a visitor (name or office, see people.py) and a place
(a capital, or a country of the tie states other than the visitor's). Later sentences about "the
visit" add documents signed ("three documents were signed"; "numerous documents" -> signed,
number not stated) and openings ("a street named after Heydar Aliyev").

A visit is often told without the word: "Bayramov held talks with his Turkish counterpart Hakan Fidan
in Ankara on September 18". A sentence with talks/met/meeting that names a capital and a day (and
is not a phone or video call) proposes a visit of whichever of the two parties (the subject, or the
one after "with") is not from the capital's country; when both are, or neither resolves, none.
Only a capital or one of the cities of places.CITIES ("met in Nakhchivan") counts here: without the
word "visit" the rule needs the place's state to tell visitor from host.

"President Ilham Aliyev received Foreign Minister Jeenbek Kulubaev" (the President.az form) is a visit
of the one received to the receiver's country, on the day the sentence names.

Russian, Azerbaijani and Turkish reports put the subject first and the verb last: "Президент Казахстана
Касым-Жомарт Токаев, прибывший в воскресенье вечером в Ташкент с официальным визитом", "Xarici işlər
naziri Ceyhun Bayramov fevralın 17-də Macarıstana işgüzar səfərə gedib". Their visitors are those named
before the visit word (when.local_dates_in reads their days, places their capitals' spellings); when
no one is, those named after it: a Russian genitive or a subject after the verb ("визит Президента
Казахстана Касым-Жомарта Токаева в Узбекистан", "В Анкару прибыл президент …"), or the one after a Turkish
or Azerbaijani participle ("Kazakistan'ı ziyaret eden Cumhurbaşkanı Erdoğan").

A summit told with a day and a place, and then who took part ("… Tokayev, Mirziyoyev and Japarov took
part in the meeting"), is a summit visit of each leader named who is not of the host state.

A lead without a day of its own ("President of Türkiye Recep Tayyip Erdoğan has held talks with
President Ilham Aliyev in Nakhchivan.") takes the day of the dateline right before it ("Baku,
September 25, Trend"): news agencies date the report there and not in the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from dashboard.data import countries, officeholders
from dashboard.data.text import fold

from . import money, places, when
from .cheap import lowered, search_after_literal
from .document import POST_SIGNATURE, Document, Sentence  # round 81 (links81): an embedded post's signature
from .figures import _links_another_story  # round 71 (docs0): a line linking another report
from .quotes import _lead_s_one_person, paragraphs  # round 86 (w1, profile_subject)
from .quotes import _TR_CASE_ENDING_SPLIT  # "Cumhurbaşkanı Erdoğan'ın Azerbaycan'a": the name ends at the case ending
from .quotes import _LIVE_STAMP  # round 67 (summit67): a live blog's time-stamped entries, read by the quotes first
from .sentences import TIMECODE_OPENERS  # round 81 (caption81): "[00:02:35]" or "(12:40)"
from .quotes import _TIMECODE_OPENING  # round 72 (tvb72): a TV transcript turn's "[00:02:35] ", as the quotes read it
from .name_forms import (TURKIC_GENITIVE_ENDINGS, az_accusative_stripped, az_bare_name_written,
                         az_n_final_genitive_written, az_nominative, has_turkic_patronymic, ru_nominative,
                         ru_nominative_of_genitive, ru_nominative_of_oblique, with_turkic_patronymic)
from .people import (TITLE_STATE_ABBREVIATIONS, _en_minister_counterparts, _local_demonym_country,
                     _place_or_title_word_in, ru_titled_mentions, state_abbreviated_in_title)
from .people import _TITLE_WORDS  # round 86 (w1, titled_genitive_surname)
from .people import (CAPITALS, NAME_RUN, PRONOUNS, TITLES_OF_ONE, TR_GOVERNOR, Person, Resolver, full_names,
                     has_name_word, named_in_full, names_a_namesake, other_office)
from .romanize import is_cyrillic, romanize
from .sentences import FOOTNOTE_MARK  # round 71 (visits71, trade71): one form of a footnote's marker

# Round 41: the stay told in the present, a place and the visit next ("The Chairman of …, X, is in Tashkent on an official
# visit that began on Tuesday"; not "the key is in Tashkent's hands", nor "X, …, is in favour of a visit to Ankara")
_IS_IN_ON_A_VISIT = (r"is\s+in(?=\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:on|for)\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:visit|trip)\b)")
# Round 31 (English): where a delegation was led, its members told between ("led a delegation of more than 60 companies
# to"), and an event in a place after ("to a business forum in Almaty"): the place after "to" or "in"
# round 41: or a meeting of a body told with the place it was held in after it ("led his country's delegation to the 11th
# meeting of the … intergovernmental commission …, held in the Azerbaijani capital on November 12"): the place after
# "held in" (a capital told by its state's adjective, "the" kept for it)
_DELEGATION_TO = (r"(?:of\s+(?:[\w-]+\s+){1,6}?)?to(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                  r"(?:forum|conference|fair|exhibition|expo)\s+in"
                  r"|\s+the\s+(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+[^.;]{0,160}?,\s+held\s+in"
                  r"(?:\s+the(?=\s+[A-Z][\w-]+\s+capital\b))?)?")
# a delegation told with its leader's state before it ("led his country's delegation", "led a large delegation")
_LED_DELEGATION = r"(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?delegation\s+"
# Round 80 (check80): taking companies or a delegation to a place is leading it there, a visit: "Minister X took
# some 60 companies to Budapest on Tuesday for a business forum", "brought a business delegation to Baku" (dev/1252);
# a count of firms or a delegation before "to" and a capitalised place after it (not "took part", "brought to light")
_COMPANIES_TO = (r"(?:(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?\d+\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:companies|firms|businesses|entrepreneurs|businessmen|business\s+people|exporters|investors)\s+to"
                 r"|" + _LED_DELEGATION + _DELEGATION_TO + r")")
_TOOK_COMPANIES_TO = r"(?:took|brought)\s+" + _COMPANIES_TO
# An arrival or journey may name its day between the verb and the place: "travelled on Monday to",
# "arrived on Saturday morning in", "flew to"; "was in Baku on July 29" is a stay (a capitalised place next)
# (round 43: "late on Wednesday", "early on Tuesday")
_ARRIVAL_DAY_TOLD = (r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:\w+day|yesterday|today|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                     r"(?:\s+(?:morning|afternoon|evening|night))?)")
_ARRIVAL_DAY = _ARRIVAL_DAY_TOLD + "?"
# Round 72 (events72): an arrival told with its day and no place, the clause ending there ("Kazakh President X flew in
# on Friday afternoon and had …", "Y arrived late on Friday evening.", "Z landed on Saturday morning, only hours
# before …", dev/1150): the place is the newsroom's dateline in capitals ("CHOLPON-ATA – …", _bare_dateline_place).
# Not in a relative clause: "X, who also arrived on Nov 12, said …", "who had arrived on Thursday" is a guest of the
# summit the article tells (dev/145, dev/757); nor told in the pluperfect or perfect at all
# Round 75 (transcript75, dev/1186): the event one came for between, "X flew in for the forum on Thursday, May 14, on
# a working visit", "Y arrived for the business conference on Monday and …"
_FOR_AN_EVENT = (r"(?:\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                 r"(?:forum|conference|meeting|session|fair|exhibition|expo|talks)\b)?")
_EN_ARRIVED_UNPLACED = (r"(?<!\bwho\s)(?<!\balso\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?:arrived|flew\s+in|landed)"
                        + _FOR_AN_EVENT + _ARRIVAL_DAY_TOLD
                        + r"(?=\s*[,.;]|\s+(?:and|with|only|ahead|before)\b)")
_EN_ARRIVED_UNPLACED_RE = re.compile(_EN_ARRIVED_UNPLACED)
# Round 38 (visits A): a stay told by the days it lasted ("spent two days in Tashkent", "spent the weekend in Baku")
_SPENT_DAYS = r"(?:a|an|the|two|three|four|five|several|a\s+few|\d)\s+(?:days?|nights?|weekend)"
# Round 65 (visits65b): one day spent, named by its date, day first or month first ("14 October", "October 14")
# (round 70, factcheck70, dev/1126: or by its weekday, "spent Monday in Ankara for a session of …", when.WEEKDAY)
_SPENT_ONE_DATE = (r"(?-i:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}"
                   r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
# Round 83 (old83, crossed_over): "crossed over" is crossing the border only for an event ("crossed over for the
# ceremony", "for the opening"); not "crossed over into politics", nor "crossed over to the opposition"
_EN_CROSSED_OVER = (r"crossed\s+over(?=\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:ceremony|opening|event|launch|inauguration|forum|fair|talks|meeting)\b)")
# Round 43: an event one came to open or attend ("to open the Hungarian-Uzbek business forum")
_TO_AN_EVENT = (r"(?:open|attend|address|take\s+part\s+in)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:forum|conference|summit|meeting|session|fair|exhibition|expo)\b")
# Round 80 (chrono80): a chronology's dated lines tell in the historical present ("25 October 2017 – X pays a state
# visit to Türkiye", "Y arrives in Tashkent on a state visit", "Z travels to Ankara", "W stops in Tashkent on his
# tour", "V attends the summit … in Samarkand", dev/1248): "arrives"/"travels" here, "pays"/"stops" in
# _VISITOR_CUES (b), "attends" in _ATTEND; "stop(s|ped) in" only before a capitalised place ("exports stopped in
# 2020" is none)
_VISIT = re.compile(r"\b(visit(?:ed|s|ing)?|(?:arrived|arrives|travels|travell?ed|flew|flown|landed|touched\s+down)"
                    + _ARRIVAL_DAY + r"\s+(?:in|to|into)|stop(?:s|ped)\s+in(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    r"|summit|trip to"
                    # round 46: "the trip of our Minister of Agriculture, X, to Shymkent on 3 April" (_VISITOR_CUES (a))
                    r"|trip\s+of"
                    # "Aliyev went to Ankara on Wednesday", "headed to Ankara for talks"
                    r"|(?:went|headed)" + _ARRIVAL_DAY + r"\s+to"
                    # round 43: coming to a place named right after ("Zavqizoda came to Almaty for the meeting of the
                    # commission"; not "came to power", "came to $1.2 billion")
                    r"|came" + _ARRIVAL_DAY + r"\s+to(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    # and coming to open or attend an event, the place told before ("X, Hungary's minister …, had come
                    # with more than 60 companies … to open the Hungarian-Uzbek business forum")
                    r"|(?:came|(?:had|has)\s+come)\s+(?:with\s+[^.;]{1,160}?\s+)?to\s+" + _TO_AN_EVENT +
                    # round 18: leaving for a place: "Aliyev left for Astana on Tuesday", "departed on Monday for Bishkek"
                    r"|(?:left|departed|set\s+off|set\s+out)" + _ARRIVAL_DAY + r"\s+for(?-i:(?=\s+[A-Z]))"
                    # round 24: "has been in Türkiye since Monday" (a stay told from its first day; a name's second
                    # letter may be any letter, "Türkiye")
                    # round 46: "was recently in Türkiye" (an interviewer's question telling a trip the answer dates)
                    r"|(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|recently\s+)?in(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    # round 22: landing at the capital's airport, named ("landed at Manas International Airport on
                    # Thursday morning"); the airport tells the place (places.airport_city)
                    # round 43: a regional airport, "airport" in lower case ("landed at Kokshetau airport late on
                    # Wednesday and was driven on to Burabay"): the place is read as for any arrival
                    # round 72 (events72): the participle too ("was the first to arrive, landing at Tamchy airport on
                    # Thursday", dev/1150)
                    r"|(?:arrived|landed|landing|touched\s+down)\s+at\s+(?:the\s+)?"
                    r"(?-i:(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                    r"\s+(?:International\s+)?[Aa]irport\b))"
                    # stepping off the plane is arriving: "when Viktor Orbán stepped off his plane here" (a dateline's
                    # city: "TASHKENT, Uzbekistan — …"), "stepped off the plane in Baku"
                    # round 86 (n5): and a caption's present, a qualifier before the plane ("steps off the
                    # government aircraft at Samarkand International Airport", dev/1324)
                    r"|(?:stepped|steps)\s+off\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:plane|aircraft|jet)"
                    # round 35 (visits): crossing the border by land is arriving ("crossed the Dostuk checkpoint on
                    # October 22", "crossed the border at Yallama on Monday")
                    r"|crossed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|checkpoint|frontier)"
                    # round 83 (old83): or "crossed over" for an event told before at a border post ("X crossed over
                    # for the ceremony, where …", dev/1070): _EN_CROSSED_OVER
                    r"|" + _EN_CROSSED_OVER +
                    # and arriving for an event told before, its place not named again ("arrived on April 14 for the
                    # forum": _event_told_before reads the place)
                    r"|arrived" + _ARRIVAL_DAY + r"\s+for\s+the\s+(?:[\w-]+\s+){0,2}?(?:forum|event|fair|conference|exhibition)\b"
                    # round 25: leading a delegation to a place is going there: "Bektenov led a large delegation to
                    # Dushanbe on September 24" (not "led the delegation's talks")
                    r"|led\s+" + _LED_DELEGATION + _DELEGATION_TO + r"(?-i:(?=\s+[A-Z]))"
                    # round 36 (visits): reaching a place is arriving ("X, who reached Shymkent on May 14, was met");
                    # a capitalised place right after, not "trade reached $600 million"
                    r"|reached(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    # round 38 (visits A): days spent in a place are a stay there ("spent two days in Tashkent")
                    r"|spent\s+" + _SPENT_DAYS + r"\s+in(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    # round 65 (visits65b): and a day spent there, named by its date ("spent 14 October in Astana,
                    # where he met …", dev/1070)
                    r"|spent\s+" + _SPENT_ONE_DATE + r"\s+in(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    # round 53: a stay is a visit ("a delegation … headed by Minister X stayed in Ankara, where …")
                    r"|stayed" + _ARRIVAL_DAY + r"\s+in(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    r"|" + _TOOK_COMPANIES_TO + r"(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"  # round 80 (check80)
                    r"|" + _EN_ARRIVED_UNPLACED +  # round 72 (events72)
                    # Round 86 (w1, ended_the_run_in): a run of travel ended in a place named right after is a stay
                    # there ("He had ended the run in Baku on 28 April", dev/1312; not "ended the talks")
                    r"|ended\s+(?:the|his|her)\s+(?:run|trip|tour|journey)\s+in(?-i:(?=\s+[A-Z][^\W\d_A-Z]))"
                    r")\b", re.I)
# every _VISIT match holds one of these
_VISIT_WORDS = ("visit", "arrived", "summit", "trip to", "travel", "flew", "landed", "was in", "were in", "also in", "stepped off",
                "steps off",  # round 86 (n5)
                "landing at",  # round 72 (events72)
                "arrives", "travels", "stops in", "stopped in",  # round 80 (chrono80)
                "recently in", "trip of",
                "been in", "delegation to", "delegation of",
                "touched down", "went", "headed", "came", "come", "left", "departed", "set off", "set out", "crossed",
                "reached", "spent", "stayed", "took", "brought",  # round 80 (check80): _TOOK_COMPANIES_TO
                "flown", "ended the", "ended his", "ended her")  # round 86 (w1): "had flown to", ended_the_run_in
_STAY = re.compile(r"\b(?:was|were)\s+(?:also\s+)?in\b")  # "was in Baku": a stay, told more loosely than a visit
# Round 69 (turkpa): Azerbaijani "reached" a place is coming there ("Numan Kurtulmuş səhər saatlarında Bakıya çatıb",
# dev/1100), as Turkish "ulaştı" after a name's apostrophe: only right after a capitalised word in the dative (the
# place's name; Azerbaijani writes no apostrophe), never after a sum or volume ("ticarət 1 milyard dollara çatıb"). A
# lookbehind is fixed in width, so one for each length of the name's stem, tried only where "çat" stands
_AZ_AFTER_A_NAMED_DATIVE = "|".join(rf"(?<=\b(?-i:[{CAPITALS}])[\w-]{{{n}}}[aə]\s)" for n in range(1, 16))
# (or "the capital", named by the article elsewhere: "paytaxta çatıb", _capital_of_the_visits_host)
_AZ_REACHED_A_NAMED_PLACE = rf"(?=çat(?:ıb|dı))(?:{_AZ_AFTER_A_NAMED_DATIVE}|(?<=\bpaytaxta\s))çat(?:ıb|dı)(?:lar)?\b"
# Russian, Azerbaijani, Turkish: визит, поездка (trip, round 18: "совершил рабочую поездку в Турцию"), прибыл(и)/прибывший, прилетел (flew in), посетил (visited; not "посетит", will visit), саммит; səfər, gəlib, Zirvə; ziyaret, geldi, zirve
# also the participle "came" right after a place in the dative ("dün akşam Bakü'ye gelen Cumhurbaşkanı …", "Bakıya
# gələn"): who follows it came there (_participle_visitors)
# Round 71 (review71): Russian three states' meeting, "трёхсторонняя встреча (на высшем уровне)", "трёхстороннее
# заседание": group 1 the adjective (_LOCAL_TYPES: a summit)
_RU_THREE_WAY_MEETING = r"\b(тр[её]хсторонн)\w*\s+(?:[\w-]+\s+){0,2}?(?:встреч|заседани|совещани)\w*"
# Round 73 (border73): crossing the border by land is arriving, as English "crossed the border" is (_VISIT): "Глава …
# правительства пересек границу через новый терминал" (dev/1166), "пересекла государственную границу", "пересекли
# пункт пропуска"
_RU_CROSSED_THE_BORDER = r"\bпересе(?:к|кла|кли|кш\w*)\s+(?:[\w-]+\s+)?(?:границ|пункт\w*\s+пропуска)\w*"
# Round 84 (h4, _TR_IN_CITY_FOR_EVENT): being in a city for an event, the purpose told before it ("Foruma katılmak üzere
# Bakü'de bulunan Kudratov", dev/1301): a visit (_LOCAL_VISIT) on the report's day, as the participle is the present
# (_in_city_for_event_day); "Bakü'de bulunan iş insanları" alone is people living there, no visit
_TR_IN_CITY_FOR_EVENT = r"\bkatılmak\s+(?:üzere|için)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+['’][dt][ae]\s+bulunan\b"
_TR_IN_CITY_FOR_EVENT_RE = re.compile(_TR_IN_CITY_FOR_EVENT, re.I)
_LOCAL_VISIT = re.compile(r"\b(?:визит|поездк|прибы(?:л|ва|вш)|прилете(?:л|вш)|посети(?:л|вш)|побыва(?:л|вш)|саммит|səfər|zirvə|ziyaret|zirve)\w*"
                          # round 78 (summit78): Azerbaijani "sammit", as "Zirvə" ("Səmərqənddə keçirilən … sammitində")
                          r"|\bsammit\w*"
                          # round 76 (digest76): "приехал" (came, by road) as "прибыл" ("Губернатор … в четверг
                          # приехал в Исфару", dev/1199)
                          r"|\bприеха(?:л|вш)\w*"
                          # round 35 (visits): and their plural, told of the guests ("Qonaqlar dünən Bakıya gəliblər")
                          r"|\b(?:gəlib|gəldi|geldi)(?:lər|ler)?\b"
                          # Turkish contacts held ("12 Mart'ta Bakü'de temaslarda bulundu", "bir dizi temasta bulundu")
                          r"|\btemas(?:lar)?[dt]a\s+bulun\w*"
                          # a stay in a place told in the locative: Azerbaijani "martın 12-də Bakıda olub", Turkish "Bakü'de
                          # bulundu" (was in)
                          r"|(?<=[dt][aə]\s)olub\b|(?<=['’][dt][ae]\s)bulundu\b"
                          # round 51 (visits): and in a release's perfect ("… 9-10 Haziran tarihlerinde Budapeşte'de
                          # bulunmuştur")
                          r"|(?<=['’][dt][ae]\s)bulunmuş(?:tur)?\b(?!\s+olan)"
                          # round 59 (visits): and in the past of "to be" on the name itself ("Ticaret Bakanımız X,
                          # … toplantısı için Bakü'deydi", was in Baku)
                          r"|(?<=['’])[dt][ae]yd[ıi]\b"
                          # round 77 (tvtr77): or on the city's noun after its name ("Bakan Bolat bugün Oş
                          # kentindeydi", dev/1217; "dün Konya şehrindeydi")
                          r"|(?<=\s)(?:kent|şehr)indeyd[ıi]\b"
                          # round 84 (h4): being in a city for an event ("Foruma katılmak üzere Bakü'de bulunan X")
                          rf"|{_TR_IN_CITY_FOR_EVENT}"
                          # round 19: going there, as coming ("dün Bakü'ye giden Ticaret Bakanı …", "Daşkəndə gedən")
                          r"|(?<=[aeə]\s)(?:gelen|gələn|giden|gedən)\b"
                          # the day told between the place and the participle: "Türkiye'ye … Çarşamba günü gelen
                          # Kuçkarov", "Bakıya cümə günü gələn nazir", "dün gelen", "dünən axşam gələn"; round 66
                          # (visits66b): reaching so, "Aşkabat'a çarşamba akşamı ulaşan Yılmaz" (dev/1085),
                          # "cuma sabahı"
                          r"|(?:(?<=\bgünü\s)|(?<=\bdün\s)|(?<=\bdünən\s)|(?<=\bakşamı\s)|(?<=\baxşam\s)"
                          r"|(?<=\bsabahı\s))"
                          r"(?:gelen|gələn|ulaşan)\b"
                          # round 25: the converb, coming there and then meeting: "3 Aralık'ta Ankara'ya gelerek Bolat ile bir
                          # araya gelmişti", "Bakıya gələrək … görüşüb"
                          r"|(?<=[aeə]\s)(?:gelerek|gələrək)\b"
                          # round 50: and going there so ("dün Bakü'ye giderek Başbakan … ile bir araya geldi", "Bakıya
                          # gedərək"); Turkish after a name's apostrophe only, as "giderek" alone is "increasingly"
                          r"|(?:(?<=['’][ae]\s)|(?<=['’]y[ae]\s))giderek\b|(?<=[aə]\s)gedərək\b"
                          # round 24: reaching a place named after its apostrophe is coming there ("Dün akşam Taşkent'e
                          # ulaşan Bolat, …"); not "3 milyar dolara ulaşan ticaret" (no apostrophe: no place's name)
                          r"|(?:(?<=['’][ae]\s)|(?<=['’]y[ae]\s))ulaşan\b"
                          # round 58 (visits): an airport's, after its name's -na ("Ercan Havalimanı'na ulaşan X");
                          # Round 85 (k4): and landing there, the participle before its subject ("Salı günü Malatya
                          # Havalimanı'na inen Özbek heyeti, …", dev/1309), as "Havalimanı'na indi" is
                          r"|(?<=[Hh]avalimanı['’]na\s)(?:ulaşan|inen)\b"
                          # Turkish going to a place named in the dative after its apostrophe: "dün sabah Ercan
                          # Havalimanı'ndan Ankara'ya geçti", "Bakü'ye gitti", "İstanbul'a gitti" (not "ikinci
                          # aşamaya geçti", no name); reaching it is arriving: "bugün öğle saatlerinde Budapeşte'ye ulaştı"
                          r"|(?:(?<=['’][ae]\s)|(?<=['’]y[ae]\s))(?:gitti|geçti|ulaştı)\b"
                          # round 72 (events72): and reaching "the city" the article names (_THE_TOWN), "bu sabah
                          # şehre ulaştı" (dev/1154); round 76 (squote76): and its participle before the visitor,
                          # "Dün kente ulaşan X, …" (dev/1196)
                          r"|(?:(?<=\bşehre\s)|(?<=\bkente\s))ulaş(?:tı|an)\b"
                          rf"|{_AZ_REACHED_A_NAMED_PLACE}"  # round 69 (turkpa): "Bakıya çatıb"
                          # round 54 (visits): the noun of coming, the visitor in the genitive before ("Baş naziri
                          # Olcas Bektenovun oktyabrın 14-də Bakıya gəlişi …", "Bakan X'in dün Ankara'ya gelişi")
                          r"|(?<=[aə]\s)gəlişi\w*|(?:(?<=['’][ae]\s)|(?<=['’]y[ae]\s))gelişi\w*"
                          # Round 86 (w1, nominalised_coming): the verb of coming or going nominalised (-DIğI), its
                          # subject in the genitive, in reported speech ("Tuncel'in 18 Eylül'de Pavlodar'a geldiği
                          # hatırlatıldı"), as "ziyaret ettiği" (_surname_in_genitive_told_before); after a named
                          # dative only, as "gelişi"
                          r"|(?:(?<=['’][ae]\s)|(?<=['’]y[ae]\s))(?:geldiğ|gittiğ)[iı]\w*"
                          # Round 88 (v2, came_for_to_city): the relative "geldiği" before the city in the locative,
                          # its purpose told by "için"/"üzere" ("X, … Forumu için geldiği Konya'da … söyledi",
                          # dev/1345): the city he came to (not "Konya'dan geldiği", the place he came from)
                          # Round 91 (v2, went_for_to_country): and "gittiği", the day between ("için dün gittiği"),
                          # the place's locative made an adjective by -ki ("KEK Toplantısı için dün gittiği
                          # Türkmenistan'daki temaslarını … duyurdu", dev/1377: his contacts in the country he went to
                          # for the meeting)
                          r"|(?:(?<=\biçin\s)|(?<=\büzere\s)|(?<=\biçin\sdün\s)|(?<=\büzere\sdün\s))(?:geldiği|gittiği)"
                          r"(?=\s+(?-i:[A-ZÇĞİÖŞÜ])[^\W\d_]+['’][dt][ae](?:ki)?\b)"
                          # the plane landing, with the visitor on board: "Самолет Президента Азербайджана … приземлился в
                          # аэропорту Ашхабада", "Prezident İlham Əliyevi daşıyan təyyarə … Hava Limanına enib" (after a
                          # dative: not "indi", now), "Cumhurbaşkanı Erdoğan'ı taşıyan uçak … Havalimanı'na indi";
                          # round 58 (visits): its converb ("dün akşam Ankara Esenboğa Havalimanı'na inerek …");
                          # Round 86 (n6): and its "when it landed" ("Salı günü Erdoğan'ın uçağı Gence Havalimanı'na
                          # indiğinde, …", dev/1325), the landing told in a clause of time
                          r"|\bприземлил(?:ся|ась|ись)\b|(?<=[aə]\s)enib\b|(?:(?<=['’][ae]\s)|(?<=['’][ny][ae]\s))indi\b"
                          r"|(?:(?<=['’][ae]\s)|(?<=['’][ny][ae]\s))(?:inerek|indiğinde)\b"
                          # round 38 (visits B): leaving or flying out for a place is going there, "а затем отбыл в
                          # Ташкент", "вылетел в понедельник в Баку" (not "вылетел из Баку": leaving it)
                          r"|\b(?:отбы|вылете)(?:л|ла|ли|вш\w*)\b(?!\s+из\b)(?=(?:\s+[^\s.,;]+){0,3}?\s+в\s)"
                          # round 65 (visits65a): a stay told in Russian as Turkish "Bakü'de bulundu" is, the place
                          # right before the verb, the visitor after it ("12 мая в Баку находился министр … X",
                          # dev/1071)
                          r"|\bв\s+(?-i:[А-ЯЁ])[а-яё-]+\s+находил(?:ся|ась|ись)\b"
                          # round 71 (review71): a meeting of three states held at the highest level is a summit its
                          # guests came to, as Azerbaijani "üçtərəfli görüş" is (_LOCAL_TYPE): "31 марта в Худжанде
                          # президенты … провели трёхстороннюю встречу на высшем уровне" (dev/1139)
                          r"|" + _RU_THREE_WAY_MEETING
                          + "|" + _RU_CROSSED_THE_BORDER, re.I)  # round 73 (border73)
_LOCAL_VISIT_WORDS = ("визит", "поездк", "прибы", "прилете", "посети", "саммит", "səfər", "zirvə", "ziyaret", "zirve", "gəlib", "gəldi", "geldi",
                      "sammit",  # round 78 (summit78)
                      "gelen", "gələn", "gelerek", "gələrək", "giden", "gedən", "gitti", "geçti", "ulaştı", "ulaşan", "приземлил", "enib", "indi", "побыва", "temas", "olub",
                      "bulundu", "bulunmuş", "отбы", "вылете",
                      "katılmak",  # round 84 (h4): "Foruma katılmak üzere Bakü'de bulunan X"
                      "inen",  # round 85 (k4): "Havalimanı'na inen Özbek heyeti"
                      "giderek", "gedərək",  # round 50
                      "inerek",  # round 58
                      "находил",  # round 65 (visits65a)
                      "приеха",  # round 76 (digest76)
                      "deyd", "dayd", "teyd", "tayd",  # round 59 (visits)
                      "gəlişi", "gelişi",  # round 54
                      "geldiğ", "gittiğ",  # round 86 (w1, nominalised_coming)
                      "çatıb", "çatdı",  # round 69 (turkpa)
                      "трёхсторонн", "трехсторонн",  # round 71 (review71)
                      "пересе")  # round 73 (border73)
# not a compound's first word: "state-owned Botas", "state-run media" say no type; round 18: a visit, trip or tour within
# two words after it ("an official two-day visit"), as "the state gas concern", "official talks" say no type either
# round 20: a meeting of a council of heads of state is a summit, no "summit" word ("attended the meeting of the CIS
# Council of Heads of State in Dushanbe", "a session of the Heads of State Council")
# round 76 (wire76): "official" before "to" and the verb is the noun, a person ("the most senior Turkish official to
# visit Kyrgyzstan's second city", "the first state to visit", "the first official ever to visit", "an official who
# will visit"), no type: a later sentence may type the visit (dev/1202)
_TYPE = re.compile(r"\b(?:(state|official|working)\b(?!-|\s+(?:(?:ever|yet)\s+)?to\b|\s+who\b)"
                   r"(?=\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b)"
                   r"|(summit)\b"
                   r"|(?P<leaders>(?:meeting|session)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?heads\s+of\s+state"
                   r"|heads\s+of\s+state\s+council"
                   # Round 86 (w1, body_s_ministers_meeting): a meeting of a body's ministers of its member states is
                   # a summit ("flew to Tashkent for a meeting of the organisation's economy ministers", dev/1312; not
                   # "a meeting of the two ministers", a pair's talks)
                   r"|(?:meeting|session)\s+of\s+(?:the\s+)?(?:organi[sz]ation['’]s|member\s+states['’]?"
                   r"|(?-i:OTS|CIS|SCO|CSTO|EAEU)(?:['’]s)?)\s+(?:[\w-]+\s+){0,2}?ministers)\b)", re.I)
# The type in Russian ("с официальным визитом", "государственного визита", "саммит"), Azerbaijani
# ("işgüzar səfərə", "rəsmi səfər", "dövlət səfəri", "Zirvə") and Turkish ("çalışma ziyareti", "resmi
# ziyaret", "devlet ziyareti", "zirve"): the adjective right before the visit word.
# "abroad" may stand between them: "ilk resmi yurt dışı ziyaretini", "rəsmi xarici səfəri"
_LOCAL_TYPE = re.compile(r"\b(государственн|официальн|рабоч)\w*\s+(?:визит|поездк)|\b(dövlət|rəsmi|işgüzar|işçi)\s+(?:bir\s+)?(?:xarici\s+)?səfər"
                         # round 18: "bir" (a) between: "Özbekistan'a resmi bir ziyaret gerçekleştirdi"
                         r"|\b(devlet|resm[iî]|çalışma)\s+(?:bir\s+)?(?:yurt\s*dışı\s+)?ziyaret"
                         r"|\b(саммит|zirvə|zirve|sammit)"  # round 78 (summit78): Azerbaijani "sammit"
                         # a meeting of heads of state is a summit: "dövlət başçılarının VII Məşvərət Görüşündə",
                         # "Devlet Başkanları Konseyi Toplantısı", "встреча/заседание глав государств"
                         r"|\b(dövlət\s+başçılarının)\s+(?:[\w-]+\s+){0,3}?(?:görüş|iclas|toplant|zirv)"
                         # round 20: the council's meeting, "dövlət başçıları Şurasının iclasında" (of the heads of state
                         # council)
                         r"|\b(dövlət\s+başçıları)\s+(?:şura|zirv)\w*\s+(?:[\w-]+\s+){0,2}?(?:görüş|iclas|toplant)"
                         r"|\b(devlet\s+başkanları)\s+(?:[\w-]+\s+){0,3}?(?:toplant|zirve|konsey|görüş)"
                         r"|\b(?:встреч|заседани|совет)\w*\s+(глав\s+государств)"
                         # round 55: a council or meeting of foreign ministers is a summit too ("TDT Dışişleri
                         # Bakanları Konseyi'nin gayriresmi toplantısı", "xarici işlər nazirləri şurasının iclası";
                         # the Russian one below)
                         r"|\b(dışişleri\s+bakanları)\s+(?:[\w-]+\s+){0,2}?(?:toplant|zirve|konsey)"
                         # round 66 (visits66b): a meeting of three states is a summit ("Türkmenistan–Türkiye–Azerbaycan
                         # üçlü işbirliği toplantısına katılmak üzere", dev/1085; "üçtərəfli görüşdə")
                         r"|\b(üçlü|üçtərəfli)\s+(?:[\w-]+\s+){0,2}?(?:toplant|görüş|iclas|zirv)"
                         r"|\b(xarici\s+işlər\s+nazirləri)\w*\s+(?:[\w-]+\s+){0,2}?(?:şura|görüş|iclas|toplant)"
                         # round 63, visits63a: the Russian one of a body of states ("заседание Совета министров
                         # иностранных дел Организации тюркских государств", "… ОТГ"), not of a pair of states
                         # ("… иностранных дел Казахстана и Узбекистана": a bilateral meeting stays other)
                         r"|\b(?:заседани|совет|встреч|совещани)\w*\s+(?:[\w-]+\s+){0,2}?"
                         r"(министров\s+иностранных\s+дел)"
                         r"(?=\s+(?:государств|стран|организаци|содружеств|тюркск|(?-i:[А-ЯЁ]{3,}\b)))"
                         r"|" + _RU_THREE_WAY_MEETING,  # round 71 (review71): "провели трёхстороннюю встречу"
                         re.I)
_LOCAL_TYPES = {lowered(word): kind for word, kind in {
    "государственн": "state", "официальн": "official", "рабоч": "working", "dövlət": "state", "rəsmi": "official",
    "işgüzar": "working", "işçi": "working", "devlet": "state", "resmi": "official",
    "resmî": "official", "çalışma": "working", "саммит": "summit",
    "zirvə": "summit", "zirve": "summit", "sammit": "summit", "dövlət başçılarının": "summit",
    "devlet başkanları": "summit",
    "глав государств": "summit", "dövlət başçıları": "summit", "dışişleri bakanları": "summit",
    "xarici işlər nazirləri": "summit", "министров иностранных дел": "summit", "üçlü": "summit",
    "üçtərəfli": "summit", "трёхсторонн": "summit", "трехсторонн": "summit"}.items()}


def _type_of(sentence: str, local: bool) -> str | None:
    """The visit type a sentence says, in English or (`local`: it holds a visit word of theirs) in Russian,
    Azerbaijani or Turkish."""
    for kind in _TYPE.finditer(sentence):
        if kind["leaders"]:
            return "summit"
        if lowered((kind[1] or kind[2])) == "state" and lowered(sentence[max(0, kind.start() - 3):kind.start()]) == "of ":
            continue  # "heads of state" names no type
        return lowered((kind[1] or kind[2]))
    if local and (kind := _local_type_match(sentence)):
        return _local_type(kind)
    return None


# Round 86 (n6): "zirve"/"zirvə" is a mountain's peak as well as a summit: after a mountain in the genitive, a word
# (an adjective) at most between, it types no visit ("uçak indiğinde Kepez Dağı'nın karlı zirvesi görünüyordu",
# "Tanrı Dağları'nın zirveleri", "Kəpəz dağının zirvəsi", dev/1325)
_MOUNTAIN_S_PEAK = re.compile(r"\bda[ğg](?:ı|ları)?['’]?n?[ıi]n\s+(?:[\w-]+\s+)?$", re.I)


def _local_type_match(sentence: str) -> re.Match | None:
    """The first _LOCAL_TYPE match of the sentence that is no mountain's peak (_MOUNTAIN_S_PEAK)."""
    for m in _LOCAL_TYPE.finditer(sentence):
        if not (m[0][:3].lower() == "zir" and _MOUNTAIN_S_PEAK.search(sentence, max(0, m.start() - 40), m.start())):
            return m
    return None


def _local_type(m: re.Match) -> str:
    """The type a _LOCAL_TYPE match names (its one group that matched, spaces made single)."""
    return _LOCAL_TYPES[" ".join(lowered(next(g for g in m.groups() if g)).split())]
# round 18: "a dozen agreements were signed", "signed half a dozen documents" (the longer first, as the pattern tries them)
# (round 56, visits A: "the ministers signed a pair of documents: the protocol … and a memorandum …" is two)
# round 60 (visits B): the tens and a ten joined to a unit by a hyphen ("twenty-three documents signed", "thirty
# agreements"), the compounds first, so that no pattern stops at the ten ("twenty") or starts at the unit ("three")
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COUNT_WORDS = {"half a dozen": 6, "a dozen": 12, "a pair of": 2} | {
    f"{ten}-{unit}": tens + units for ten, tens in _EN_TENS.items() for unit, units in _EN_UNITS.items()} | {
    w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                "eighteen", "nineteen", "twenty"])} | _EN_TENS


def _en_count_value(count: str) -> int:
    """The number an English count of documents says: digits or a word of _COUNT_WORDS ("Twelve", "a dozen"); read
    as the IGNORECASE pattern that found it reads it (cheap.lowered: "ſix" is six)."""
    count = lowered(count)
    return int(count) if count.isdigit() else _COUNT_WORDS[count]


# round 48: a word that is no count (digits or a word of _COUNT_WORDS), for the words between a count and its noun
_NOT_A_COUNT = r"(?!(?:\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\b)"
# the count not followed by "of": "one of three documents signed" counts the three; nor by a unit of time (round 18:
# "for nearly three decades until a memorandum was signed" counts no documents)
_DOCUMENTS = re.compile(r"\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r"|numerous|several|a number of|some|many|a package of|"
                        r"a series of|various)(?!\s+(?:of|decades?|years?|months?|weeks?|days?)\b)\s+"
                        # round 44: companies' contracts count ("twelve export contracts … were signed")
                        # round 48: no other count among the words between ("a joint session of the two governments
                        # and sixteen documents signed": sixteen, the count nearest the noun)
                        r"(?:" + _NOT_A_COUNT + r"[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|contracts|"
                        # (round 44: a decimal point is no stop: "… agreements worth $38.4 million were signed")
                        r"declarations|deals)\b(?:(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\b"
                        r"(?:were\s+|was\s+|had been\s+|been\s+)?|"
                        # an aside between commas before the verb: "17 documents on …, including an agreement …, were signed"
                        r"[^.,]{0,60},[^.]{0,200}?,\s+(?:were|was|had been|have been)\s+)(?:signed|inked)"
                        # "signed a package of 12 documents", "signed more than 20 documents"
                        # news also writes "inked": "the two sides inked 10 agreements", "ten agreements were inked"
                        # round 44: companies "concluded 17 export-import contracts" (a count right after: not talks)
                        r"|\b(?:signed|inked|concluded)\s+"
                        # (round 45: "another four agreements", "a further 3 contracts", more than those told before)
                        r"(?:a\s+package\s+of\s+|a\s+total\s+of\s+|more\s+than\s+|over\s+|another\s+|a\s+further\s+"
                        r"|an\s+additional\s+)?"
                        # round 18b: a package with no number is documents signed ("signed a package of documents")
                        r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + r"|numerous|several|a number of|some|many|a package of"
                        r"|a set of|a series of|a range of)\s+"
                        r"(?:[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|contracts|deals)"
                        # "signed" as the adjective: "ended on Wednesday with 15 signed documents" (round 24: not the verb
                        # after "the two", "the two signed a memorandum": one; round 77, brief77: nor before a
                        # count of its own, "The two signed three documents: …", dev/1206: three)
                        r"|\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+signed\s+(?!an?\s)" + _NOT_A_COUNT
                        + r"(?:[\w-]+\s+){0,2}?"
                        r"(documents|agreements|memorand\w+|treaties|deals)\b"
                        # the noun: "oversaw the signing of ten agreements", "witnessed the signing of 12 documents"
                        # the exchange of the signed texts is their signing: "witnessed the exchange of 12 documents"
                        r"|\b(?:signing|exchange)\s+of\s+(?:a\s+package\s+of\s+|a\s+total\s+of\s+|more\s+than\s+|over\s+)?(\d{1,3}|" + "|".join(_COUNT_WORDS) + r"|numerous|several|a number of)\s+"
                        r"(?:[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|deals)\b"
                        # what the visit or talks yielded: "The visit … produced eleven intergovernmental agreements",
                        # "yielded 12 documents", "resulted in seven agreements", "the sides concluded 5 agreements"
                        # round 43: what it ended with ("The session ended with two documents: the protocol and …")
                        r"|\b(?:produced|yielded|resulted\s+in|concluded|(?:ended|closed|concluded)\s+with)\s+"
                        r"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+)?"
                        r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + r"|numerous|several|a number of)\s+"
                        # Round 78 (docs78): what it ended with told as its signatures, each a document signed ("The
                        # trip … ended with four signatures: the protocol itself, a memorandum …", dev/1222); not the
                        # signers' own ("two signatures on a single protocol", "the signatures of both ministers")
                        r"(?:[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|deals"
                        r"|signatures(?!\s+(?:on|under|of|from|by)\b))\b"
                        # round 22: the leaders looking on as others sign: "the two presidents watched ministers sign
                        # nine documents", "saw their ministers sign 12 agreements" (the bare infinitive after them)
                        # round 45: the signers told with whence ("watched companies from both countries sign four
                        # agreements")
                        r"|\b(?:watched|saw|looked\s+on\s+as)\s+(?:[\w-]+\s+){1,5}?sign\s+(\d{1,3}|"
                        + "|".join(_COUNT_WORDS)
                        + r")\s+(?:[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|deals)\b", re.I)
# one of these is in every _DOCUMENTS match (lower case), for the sentence's cheap gate; round 42: and " signing ", of
# _EN_SIGNING_COUNT, so that a lead told before the visit counts ("The commission held its session in Bishkek on Tuesday,
# with the two sides signing six documents." … "Kerekes, who arrived in the Kyrgyz capital on Monday, …")
_SIGNED_WORDS = ("signed", "inked", "signing of", "exchange of", "produced", "yielded", "resulted in", "concluded",
                 " sign ", " signing ", "ended with", "closed with")
# The count as a total of what was signed: "signed a declaration … and concluded 15 other agreements, bringing
# the total to 16 documents", "a total of 12 documents were signed"
# round 27: the number told with its noun and the count in words after ("bringing the number of documents signed to three")
_TOTAL_DOCUMENTS = re.compile(r"\b(?:bringing|brings|bring|brought|raising|taking)\s+the\s+(?:total\s+(?:number\s+)?to\s+"
                              r"(\d{1,3})\s+(?:documents|agreements)\b|number\s+of\s+(?:documents|agreements)\s+"
                              # round 42: and when ("bringing the number of documents signed during the visit to three")
                              # round 44: or at the visit's forum ("signed on the occasion of the forum to twelve")
                              r"(?:signed\s+(?:(?:during|in\s+the\s+course\s+of|at|on\s+the\s+occasion\s+of)\s+"
                              r"(?:the|this|his|her|their)\s+(?:visit|trip|talks|forum|meeting)\s+"
                              # Round 85 (k5): or on the day ("bringing the number of documents signed on Monday to
                              # four", dev/1308)
                              r"|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|that\s+day)\s+)?)?to\s+(\d{1,3}|"
                              + "|".join(_COUNT_WORDS) + r")\b)", re.I)
# Documents counted in Russian ("подписано 10 документов", "подписан пакет из 10 документов", "10 соглашений
# были подписаны"), Azerbaijani ("5 sənəd imzalanıb") and Turkish ("17 anlaşma imzalandı", "imzalanan 17 belge")
# Russian count words before a plural ("были подписаны четыре документа"), nominative as news writes them
# (round 44: the qualifiers between may be two joined by "и": "подписали шестнадцать межгосударственных и
# межправительственных документов")
_RU_COUNT_WORDS = {w: i for i, w in enumerate(["два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
                                                "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
                                                "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
                                                "девятнадцать", "двадцать"], start=2)} | {"две": 2}
_RU_COUNT = r"\d{1,3}|" + "|".join(sorted(_RU_COUNT_WORDS, key=len, reverse=True))
# and in the genitive, only after "пакет из" / "более" / "свыше" ("подписали пакет из двенадцати документов",
# "подписано более пяти соглашений"): "двух", "трёх", "четырёх", "восьми", and the rest with "-ь" made "-и" ("пяти",
# "двенадцати"); not elsewhere ("в присутствии глав двух государств документы были подписаны" counts the states)
_RU_GENITIVE_COUNT_WORDS = {"двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "восьми": 8} | {
    word[:-1] + "и": n for word, n in _RU_COUNT_WORDS.items() if word.endswith("ь") and n != 8}
_RU_COUNT_WORDS |= _RU_GENITIVE_COUNT_WORDS  # to read the count (_count_value)
# Round 75 (visits75): and in the instrumental after "exchanged" ("обменялись шестью документами", dev/1191; "двумя
# меморандумами"): "двумя", "тремя", "четырьмя", and the rest with "-ю" after their "-ь" ("пятью", "двенадцатью")
_RU_INSTRUMENTAL_COUNT_WORDS = {"двумя": 2, "тремя": 3, "четырьмя": 4} | {
    word + "ю": n for word, n in _RU_COUNT_WORDS.items() if word.endswith("ь") and n > 4}
_RU_COUNT_WORDS |= _RU_INSTRUMENTAL_COUNT_WORDS  # to read the count (_count_value)
_RU_INSTRUMENTAL_COUNT = "(?:" + "|".join(sorted(_RU_INSTRUMENTAL_COUNT_WORDS, key=len, reverse=True)) + ")"
_RU_GENITIVE_COUNT = "(?:" + "|".join(sorted(_RU_GENITIVE_COUNT_WORDS, key=len, reverse=True)) + ")"
# Azerbaijani and Turkish: the documents, "signed" ("imzalandı", "imzalanıb", Turkish also "imza atıldı"), and
# count words: units, tens, and a ten then a unit ("on dört" 14, "iyirmi iki" 22); Azerbaijani spellings too
_TA_DOCUMENT = (r"(?:sənəd|saziş|memorandum|müqavilə|anlaşma|belge|mutabakat|protokol|antlaşma"
                r"|karar|qərar)")  # round 55: decisions signed ("iki kararı imzaladı")
# the document in the dative with "imza at-" (put a signature to): "4 belgeye imza attı", "sənədlərə imza atıblar"
# (round 38, visits B: "put under signature", Turkish "toplam 4 belge imza altına alındı")
# round 57 (visits): an agreement "concluded" too, Azerbaijani and Turkish "saziş bağlandı", "dörd müqavilə bağlayıb",
# "iki sözleşme bağlandı" (past forms only: "bağlanması" is to come)
# round 75 (bold75): not a signing to come, the future ("imzalanacak", "imzalayacağız") or the verbal noun with a verb
# of expecting or planning after it ("en az beş belgenin imzalanmasını bekliyoruz", dev/1188; "üç sənədin
# imzalanması nəzərdə tutulur", "iki anlaşma imzalamayı planlıyoruz"); the verbal noun of an event told done stays
# ("… imzalanmasıyla")
_TA_SIGNING_TO_COME_AFTER = (r"(?!n?aca[kğ]|yaca[kğ]|n?ma(?:s[ıi]|y[ıi])\w*\s+"
                             r"(?:bekl|planl|öngör|nəzərdə|gözlə|hedefle))")
_TA_SIGNED = (r"(?:imzala" + _TA_SIGNING_TO_COME_AFTER
              + r"|imza\s+at(?:ıl|tı|ıb|mış)|imza\s+altına\s+alın|bağla(?:n(?:dı|ıb|mış)|dı|yıb|mış))")
# a document named by two nouns, the second in the compound's ending: Turkish "mutabakat zaptı" / "mutabakat
# muhtırası" (memorandum of understanding), "işbirliği protokolü", Azerbaijani "anlaşma memorandumu"
_TA_DOCUMENT_NOUN = _TA_DOCUMENT + r"\w*(?:\s+(?:zapt|muhtıra|memorandum|protokol)\w*)?"
# Round 39 (visits C): a count over two kinds of document joined by "ve"/"və" ("altı anlaşma ve mutabakat zaptı
# imzalandı", "beş saziş və memorandum imzalanıb"): the count is of both kinds, not one document and one listed before
_TA_DOCUMENT_NOUNS_JOINED = _TA_DOCUMENT_NOUN + r"(?:\s+(?:ve|və)\s+" + _TA_DOCUMENT_NOUN + r")?"
_TA_UNITS = money.TURKIC_UNITS  # the unit words' one table
_TA_TENS = {"on": 10, "yirmi": 20, "iyirmi": 20, "otuz": 30}
_TA_COUNT = (r"(?:" + "|".join(_TA_TENS) + r")(?:\s+(?:" + "|".join(_TA_UNITS) + r"))?(?![^\W\d_])|(?:"
             + "|".join(_TA_UNITS) + r")(?![^\W\d_])")
_TA_NUMBER_OF = {lowered(word): value for word, value in {**_TA_UNITS, **_TA_TENS}.items()}  # "altı" lowered is "alti"
# ("iş birliği": the spelling in two words the Turkish Language Association gives, "bir iş birliği mutabakat zaptı")
_TA_QUALIFIERS = (r"(?:ikili|ikitərəfli|hükümetlerarası|hökumətlərarası|yeni|önemli|mühüm|müxtəlif|çeşitli|işbirliği|"
                  # round 46: "separate", before another ("üç ayrı iş birliği protokolüne imza attı")
                  r"ayrı\s+(?:iş\s+birliği|işbirliği|ticari)|ayrı|"
                  r"iş\s+birliği|əməkdaşlıq|"
                  # round 44: companies' deals ("üç kommersiya müqaviləsi imzalanıb", "beş ticari anlaşma imzalandı")
                  r"kommersiya|ticari|"
                  # round 49: implementation ("iki uygulama protokolüne imza atıldı")
                  r"uygulama|icra|"
                  # Round 89 (g1): companies' joint production deals, "separate" before it or not ("üç ayrı ortak
                  # üretim anlaşmasına imza atıldı", dev/1356)
                  r"(?:ayrı\s+)?ortak\s+üretim)")
# Round 83 (h6): a number followed by a money word is an amount, no count of documents ("toplam 150 milyon dolarlık
# anlaşma imzalandı", deals worth $150m; "3 min dollarlıq"; dev/1285)
_NO_AMOUNT_WORD = r"(?!(?:milyon|milyar|milyard|mln|mlrd|trilyon|bin|min|dolar|dollar|manat|lira|avro|euro)\w*\s)"
# round 45: companies' deals "concluded" too ("компании двух стран заключили три соглашения")
# round 60 (visits60a): the forum told before, "on it" between ("Компании … заключили на нём семь … соглашений")
# (Round 89, b1: the counterpart between the verb and the count, "подписали с турецкими коллегами два меморандума",
# dev/1355)
_LOCAL_DOCUMENTS = re.compile(r"\b(?:подписа\w*|заключил[аио]?|заключен[аоы]?)\s+(?:на\s+н[её]м\s+)?"
                              r"(?:с\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+)?(?:ещ[её]\s+)?"
                              r"(?:(?:пакет|более|свыше)\s+(?:из\s+)?)?(" + _RU_COUNT + r"|(?<=из\s)"
                              + _RU_GENITIVE_COUNT + r"|(?<=более\s)" + _RU_GENITIVE_COUNT + r"|(?<=свыше\s)"
                              + _RU_GENITIVE_COUNT
                              # round 51 (visits gaps): the genitive after "подписанием" ("завершился подписанием
                              # трех соглашений")
                              + r"|(?<=подписанием\s)" + _RU_GENITIVE_COUNT
                              # round 61 (visits61): and after "подписание" / "подписания" ("Итогом дня стало
                              # подписание четырёх документов")
                              + r"|(?<=подписание\s)" + _RU_GENITIVE_COUNT + r"|(?<=подписания\s)" + _RU_GENITIVE_COUNT
                              + r")\s+(?:[\w-]+\s+(?:и\s+)?){0,2}?"
                              # round 46: companies' contracts too ("компании подписали три контракта")
                              r"(?:документ|соглашени|меморандум|договор|контракт)"
                              r"|\b(" + _RU_COUNT + r")\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:документ|соглашени|меморандум|договор|контракт)\w*\s+"
                              # round 58 (visits): their worth between ("… соглашений общей стоимостью более 300 млн
                              # долларов заключили компании …")
                              r"(?:(?:общей\s+)?(?:стоимостью|на\s+сумму)\s+[^.;,]{1,40}?\s+)?"
                              # round 53: "concluded" after the noun too ("Ещё шесть соглашений заключили компании …")
                              r"(?:был[аио]?\s+)?(?:подписа|заключил)"
                              # (round 83, h6: not an amount's words, "150 milyon dolarlık anlaşma imzalandı" is
                              # deals worth $150m, no count of them; dev/1285)
                              r"|\b(\d{1,3})\s+" + _NO_AMOUNT_WORD + r"(?:[\w-]+\s+){0,2}?" + _TA_DOCUMENT_NOUNS_JOINED
                              + r"\s+(?:daha\s+)?" + _TA_SIGNED +
                              r"|\bimzalan(?:an|mış)\s+(\d{1,3})\s+(?:[\w-]+\s+){0,2}?(?:sənəd|anlaşma|belge|saziş)"
                              # round 74 (minutes74): the count in words, right before the noun or a qualifier
                              # ("imzalanan üç belgeden biri olan Anlaşma", dev/1181; "imzalanan beş ikili anlaşma")
                              # (round 77, az77: or the perfect participle, "Nazirlər imzalanmış üç sənədi mübadilə
                              # edirlər", a photo caption, dev/1209; "imzalanmış iki anlaşmayı")
                              # Round 91 (v1, letter_my_visit): or the active participle of the first person
                              # plural, "Səfər çərçivəsində imzaladığımız yeddi sənəd …" (a letter's, dev/1381)
                              r"|\b(?:imzalan(?:an|mış)|imzaladığımız)\s+(" + _TA_COUNT + r")\s+(?:"
                              + _TA_QUALIFIERS + r"\s+)?"
                              r"(?:sənəd|anlaşma|belge|saziş)"
                              # exchanged, and a signing ceremony of: "Стороны обменялись 12 документами", "12 anlaşmanın
                              # imza törenine katıldı", "12 sənədin imzalanma mərasimi"
                              # the count, the documents listed after a dash, then "signed": "Два документа – меморандум …
                              # и протокол … – были подписаны"
                              r"|\b(" + _RU_COUNT + r")\s+(?:[\w-]+\s+)?(?:документ|соглашени|меморандум|договор)\w*"
                              r"\s*[–—:]\s[^.;]{1,200}?\s(?:был[аио]?\s+)?подписа"
                              r"|\bобменял\w*\s+(" + _RU_COUNT + "|" + _RU_INSTRUMENTAL_COUNT + r")\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:документ|соглашени|меморандум)"
                              # (round 44: the count in words too, right before the noun or a qualifier: "üç anlaşmanın
                              # imza törenine katıldı", not "iki lider dört anlaşmanın …", the two leaders')
                              r"|\b(\d{1,3}(?=\s+(?:[\w-]+\s+){0,2}?" + _TA_DOCUMENT + r")|(?:" + _TA_COUNT
                              + r")(?=\s+(?:" + _TA_QUALIFIERS + r"\s+)?" + _TA_DOCUMENT + r"))\s+(?:[\w-]+\s+){0,2}?"
                              + _TA_DOCUMENT
                              + r"\w*\s+(?:imza\s+tören|imzalanma\s+mərasim)"
                              # the count in words, right before the noun or one word that qualifies it
                              # ("on dört anlaşma imzalandı", "on iki ikitərəfli sənəd imzalanıb"): not
                              # further, as "iki ülke arasında anlaşmalar imzalandı" counts the countries
                              r"|\b(" + _TA_COUNT + r")\s+(?:" + _TA_QUALIFIERS + r"\s+)?" + _TA_DOCUMENT_NOUNS_JOINED + r"\s+"
                              r"(?:daha\s+)?" + _TA_SIGNED +
                              # the count, then the documents listed after a dash or colon, then "signed": "iki sənəd –
                              # … haqqında memorandum və … protokol imzalanıb", "üç belge: … imzalandı"
                              r"|\b(\d{1,3}|" + _TA_COUNT + r")\s+(?:" + _TA_QUALIFIERS + r"\s+)?" + _TA_DOCUMENT +
                              r"(?:\s*[–—:]|\s+-|,\s+(?:o\s+cümlədən|bunlar\s+arasında|aralarında))\s[^.;]{1,200}?\s"
                              + _TA_SIGNED, re.I)
# Round 42 (visits): an Azerbaijani or Turkish total of the documents signed, told as their number reaching a count:
# "səfər çərçivəsində imzalanan sənədlərin sayı altıya çatıb", "imzalanan belge sayısı 22'ye ulaştı", "imzalanan
# anlaşmaların toplam sayısı 9 oldu" (the total over the count told before it: "dörd sənəd imzalayıblar")
_TA_COUNT_BARE = (r"(?:" + "|".join(_TA_TENS) + r")(?:\s+(?:" + "|".join(_TA_UNITS) + r"))?|(?:" + "|".join(_TA_UNITS) + r")")
_TA_TOTAL_DOCUMENTS = re.compile(r"\bimzalanan\s+(?:[\w-]+\s+){0,2}?" + _TA_DOCUMENT + r"\w*\s+(?:ümumi\s+|toplam\s+)?"
                                 r"say[ıi](?:s[ıi])?\s+(\d{1,3}|" + _TA_COUNT_BARE + r")"
                                 r"(?:[-'’]?y?[aəe]\s+(?:çat|ulaş|yüksəl|yüksel)|\s+(?:olub|oldu|olmuş|təşkil)"
                                 # round 77 (column77): or the count as a predicate in the past copula, "imzalanan
                                 # belgelerin sayısı on beşti" (dev/1212), "… sayısı 12'ydi", "… sayı səkkiz idi"
                                 r"|['’]?y?[dt][ıiuü](?![\w])|\s+idi\b)", re.I)
# Documents signed, number not stated, in Azerbaijani and Turkish: a plural ("anlaşmalar imzalandı",
# "sənədlər imzalanıb", "imzalanan belgeler") or a quantifier ("bir sıra sənədlər", "bir dizi anlaşma",
# "çok sayıda belge"), as "numerous documents" in English
_TA_DOCUMENTS_SAID = re.compile(r"\b" + _TA_DOCUMENT + r"\w{0,3}?(?:lar|lər|ler)\w{0,4}\s+(?:da\s+|də\s+|de\s+)?" + _TA_SIGNED
                                # round 33: not in the genitive, an attribute of another noun ("imzalanan sazişlərin
                                # ratifikasiyası", the ratification of agreements signed, at any time)
                                + r"|\bimzalanan\s+" + _TA_DOCUMENT + r"\w{0,3}?(?:lar|lər|ler)(?![ıiuü]n\b)"
                                r"|\b(?:bir\s+sıra|bir\s+neçə|bir\s+dizi|birçok|bir\s+çok|çok\s+sayıda|çoxsaylı|bir\s+paket)"
                                r"\s+(?:[\w-]+\s+){0,2}?" + _TA_DOCUMENT + r"\w*\s+" + _TA_SIGNED, re.I)
# Round 18b: Russian documents signed, the number not stated: a quantifier and the genitive plural ("подписан пакет
# документов", "подписали ряд соглашений", "несколько меморандумов были подписаны") or the plural itself next to the
# verb ("подписаны документы", "соглашения были подписаны")
_RU_DOCUMENTS_SAID = re.compile(r"\b(?:пакет|ряд|целый\s+ряд|несколько|комплекс)\s+(?:[а-яё-]+(?:ых|их)\s+){0,2}"
                                r"(?:документов|соглашений|меморандумов|договоров)\s+(?:был[аио]?\s+)?подписа"
                                r"|\bподписа\w*\s+(?:пакет|ряд|целый\s+ряд|несколько|комплекс)\s+(?:[а-яё-]+(?:ых|их)\s+){0,2}"
                                r"(?:документов|соглашений|меморандумов|договоров)(?![^\W\d_])"
                                r"|\bподписа(?:ны|ли)\s+(?:[а-яё-]+(?:ые|ие)\s+){0,2}(?:документы|соглашения|меморандумы|договоры)(?![^\W\d_])"
                                r"|\b(?:документы|соглашения|меморандумы|договоры)\s+(?:были\s+)?подписаны", re.I)
# Round 70 (numq70): documents counted in tens with no number ("больше двух десятков документов", "несколько
# десятков соглашений", "десятки меморандумов"): a lower bound or a round guess, never the count
# (_UNCOUNTED_MORE_SIGNED)
_RU_TENS_OF_DOCUMENTS = (r"(?:(?:больше|более|свыше|около|порядка|почти)\s+)?(?:(?:двух|трёх|трех|четырёх|четырех|пяти"
                         r"|нескольких)\s+)?десят(?:ка|ков|ки)\s+(?:[а-яё-]+(?:ых|их)\s+){0,2}"
                         r"(?:документов|соглашений|меморандумов|договоров)")
# Round 65 (visits65b): more documents signed, told by a quantifier with no number, after a count of the visit's
# ("doqquz sənəd imzalanıb" … "şirkətləri arasında bir sıra kommersiya sazişləri imzalanıb", "подписан ряд
# коммерческих соглашений"): the visit's total is not stated (dev/1072), its count becomes unknown
_UNCOUNTED_MORE_SIGNED = re.compile(r"\b(?:bir\s+sıra|bir\s+neçə|bir\s+dizi|birçok|bir\s+çok|çok\s+sayıda|çoxsaylı)"
                                    r"\s+(?:[\w-]+\s+){0,2}?" + _TA_DOCUMENT + r"\w*\s+" + _TA_SIGNED
                                    + r"|\b(?:ряд|целый\s+ряд|несколько)\s+(?:[а-яё-]+(?:ых|их)\s+){0,2}"
                                    r"(?:документов|соглашений|меморандумов|договоров)\s+(?:был[аио]?\s+)?подписа"
                                    r"|\bподписа\w*\s+(?:ряд|целый\s+ряд|несколько)\s+(?:[а-яё-]+(?:ых|их)\s+){0,2}"
                                    r"(?:документов|соглашений|меморандумов|договоров)(?![^\W\d_])"
                                    # round 70 (numq70): or counted in tens, "было подписано больше двух десятков
                                    # документов" after "был подписан Договор …" (dev/1127), "десятки соглашений
                                    # были подписаны": some twenty, no number stated
                                    r"|\bподписа\w*\s+" + _RU_TENS_OF_DOCUMENTS + r"(?![^\W\d_])"
                                    r"|" + _RU_TENS_OF_DOCUMENTS + r"\s+(?:был[аио]?\s+)?подписа", re.I)
# One document, as Russian tells it by the singular: "министры подписали план консультаций", "был подписан
# меморандум" (the plural "подписали соглашения" says no number)
_RU_GENITIVE_DOCUMENT = r"(?:плана|соглашения|меморандума|договора|протокола|программы|декларации|дорожной\s+карты)"
_RU_ONE_DOCUMENT = re.compile(r"\bподписа(?:л[иао]?|н[оа]?)\s+(?:[а-яё-]+(?:ый|ий|ой|ое|ую|ая)\s+)?"
                              r"(?:план|соглашение|меморандум|договор|протокол|программу|декларацию|дорожную карту"
                              # round 75 (visits75): a statement the leaders signed ("главы государств подписали
                              # совместное заявление", dev/1191)
                              r"|заявление|коммюнике)(?![^\W\d_])"
                              # the signing told by its noun, the document in the genitive ("Итогом переговоров стало
                              # подписание программы сотрудничества …, а также меморандума …")
                              r"|\bподписани[еюя]\s+(?:[а-яё-]+(?:ого|его|ой|ей)\s+)?" + _RU_GENITIVE_DOCUMENT
                              + r"(?![^\W\d_])"
                              # round 54 (visits): the plural passive before a list, its first one named in the
                              # nominative ("были подписаны дорожная карта … и два меморандума": with the count after
                              # it, three, _documents_named)
                              r"|\bподписаны\s+(?:[а-яё-]+(?:ый|ий|ой|ое|ая)\s+)?(?:план|соглашение|меморандум|договор"
                              r"|протокол|программа|декларация|дорожная\s+карта)(?![^\W\d_])"
                              # Round 79 (parl79): the feminine singular passive and its noun in the nominative ("По
                              # их итогам была подписана дорожная карта …", "подписана программа"): one, as "был
                              # подписан меморандум" is, not one to come ("будет подписана …") (dev/1235)
                              r"|(?<!будет )(?<!быть )\bподписана\s+(?:[а-яё-]+(?:ая|яя)\s+)?"
                              r"(?:программа|декларация|дорожная\s+карта)(?![^\W\d_])",
                              re.I)
# A Russian total after the documents listed: "подписали план … и меморандум … — всего два документа", "в общей
# сложности 12 документов" (the total, not the singular of the first one named)
# round 34: or the total alone after the documents listed, its noun left out ("подписан протокол и еще шесть документов
# – всего семь, в том числе …")
_RU_TOTAL_DOCUMENTS = re.compile(r"\b(?:всего|в\s+общей\s+сложности|итого)\s+(" + _RU_COUNT + r")(?:\s+"
                                 r"(?:[\w-]+\s+)?(?:документ|соглашени|договор)|(?=\s*[,.;:)–—]))", re.I)
# Round 21: one document, as Azerbaijani and Turkish tell it by the singular noun right before the past passive:
# "Anlaşma Memorandumu imzalanıb", "işbirliği protokolü imzalandı" (the plural "anlaşmalar imzalandı" says no number,
# and "imzalanması"/"imzalanacak" is a signing to come)
# Round 32: or a plan, programme, declaration or road map ("… memorandum və … birgə tədbirlər planı imzalanıb": two,
# with the one listed before it)
# Round 83 (h6): not after an amount's adjective, "toplam 150 milyon dolarlık anlaşma imzalandı" is deals worth $150m,
# a mass of them with no number ("1 milyard dollarlıq saziş"; dev/1285)
_TA_ONE_DOCUMENT = re.compile(r"(?<!dolarlık\s)(?<!dollarlıq\s)(?<!dolarlik\s)"
                              r"\b(?:" + _TA_DOCUMENT + r"|plan|proqram|program|bəyannamə|beyanname|bildiri"
                              r"|bildirge"  # round 71 (docs0): Turkish "Çolpon-Ata Bildirgesi imzalandı" (dev/155)
                              r"|yol\s+xəritə|yol\s+harita)"
                              r"(?!\w*(?:lar|lər|ler))\w{0,4}(?:\s+(?:zapt|muhtıra|memorandum|protokol)"
                              r"(?!\w*(?:lar|lər|ler))\w{0,4})?[\"”»]?"
                              # round 72 (events72): a named document's case ending after its apostrophe ("Nahçıvan
                              # Ortak Bildirisi'ni imzaladı", dev/1154)
                              r"(?:['’]\w{1,3})?"
                              # round 88 (v2, signed_by_agents): its signers between, in the passive's agent ("…
                              # Toplantısı Protokolü, Bakan X ve Bakan Y tarafından imzalandı", dev/1349)
                              r"(?:,?\s+(?:[^\W\d_]+\s+){1,6}?(?:tarafından|tərəfindən)(?=\s+imzalan))?"
                              r"\s+(?:imzalan(?:ıb|dı|mışdır|mıştır|mış)"
                              # round 27: the active past, the document its object in the accusative (a vowel ending it):
                              # "iki başkan … işbirliği protokolünü imzaladı", "nazirlər … memorandumu imzalayıblar"; not
                              # the bare noun of a headline ("… yeni memorandum imzalayıb")
                              # round 75 (bold75): the first person's too, an interviewee's own ("… için mutabakat zaptı
                              # imzaladık", dev/1188; "işbirliği protokolünü imzaladım")
                              r"|(?<=[ıiuü]\s)imzala(?:dı|dılar|dık|dım|yıb|yıblar|mıştır|mışlardır))\b", re.I)

# The English singular, one document told signed: "an agreement on strategic partnership was signed", "a memorandum
# between the two ministries was signed" (the article "a/an", so not "the treaty signed in 2022", told before); round 33:
# a road map, plan or programme too ("A roadmap on the localization of components was signed during his visit")
_EN_ONE_DOCUMENT = re.compile(r"\b(?:an?)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|treaty|declaration|protocol"
                              r"|road\s?map|plan|programme|program|accord)\b"
                              # a long name of its two parties with no comma in it ("a Memorandum of Understanding on
                              # cooperation between the Legislative Chamber of … Uzbekistan and the National Assembly of
                              # Hungary was signed"): one noun phrase, so the verb is still the document's
                              r"(?:[^.;]{0,120}?|[^.;,]{121,240}?)\s+(?:was|has\s+been)\s+signed\b", re.I)


# Round 72 (visits72): one document each signed in two or more active clauses of an English sentence ("the TRNC
# Tourism Department and Uzbekistan's Tourism Committee signed a memorandum on joint promotion, and two tour operators
# … signed an agreement on charter flights", dev/1149): one each, as _EN_ONE_DOCUMENT reads the passive one
_EN_SIGNED_ONE_ACTIVE = re.compile(r"\bsigned\s+an?\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|treaty|declaration"
                                   r"|protocol|road\s?map|plan|programme|program|accord)\b", re.I)


def _en_one_signed_clause_by_clause(sentence: str, visit: VisitFound) -> list[re.Match]:
    """The _EN_SIGNED_ONE_ACTIVE clauses of a sentence that holds two or more of them and names the host and the
    visitor's state (as _one_document_between_the_two asks of one); [] otherwise."""
    each = list(_EN_SIGNED_ONE_ACTIVE.finditer(sentence))
    if len(each) < 2:
        return []
    states = set(places.codes_in(sentence))
    return each if visit.host in states and visit.visitor.iso3 in states else []


def _one_document_between_the_two(sentence: str, visit: VisitFound) -> re.Match | None:
    """A _TA_ONE_DOCUMENT signed in a sentence that names both the visitor's state and the host ("Azərbaycan … Milli
    Məclisi ilə Macarıstan Milli Assambleyası arasında … Memorandumu imzalanıb"): a document of the visit; one
    between two agencies at a fair the visitor opened ("… ile Azerbaycan … Ajansı arasında … mutabakatı imzalandı")
    is no document of his. A visitor of no known state ("Ticaret Bakanı Ömer Bolat") needs the host and another state
    named. The pattern first: the places are looked up only when it matches."""
    if not (m := _TA_ONE_DOCUMENT.search(sentence) or (_EN_ONE_DOCUMENT.search(sentence) if "signed" in sentence else None)):
        return None
    states = set(places.codes_in(sentence))
    ours = visit.visitor.iso3 in states if visit.visitor.iso3 else len(states) > 1
    return m if (visit.host in states and ours) or _signed_by_the_two(sentence) or _DURING_THE_VISIT.search(sentence) \
        or _DURING_OWN_VISIT.search(sentence) or _TA_DURING_THE_VISIT.match(sentence) \
        or _ta_between_the_visited_city(sentence, visit) else None


# Round 89 (g1, _TA_BETWEEN_TWO_PLACES): a document signed between the city the visit came to and another place
# ("Bursa ile Fergana arasında "kardeş bölge" protokolü imzalandı" under "… heyet, dün kentimize geldi" filed from
# "BURSA –", dev/1356): the visit's, as a sister-region protocol is; two cities name no state for the test above
_TA_BETWEEN_TWO_PLACES = re.compile(r"(?<![\w'’])(?P<a>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)\s+ile\s+(?P<b>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)"
                                    r"\s+arasında\b")


def _ta_between_the_visited_city(sentence: str, visit: VisitFound) -> bool:
    """Does `sentence` tell a signing "between" the visit's own city and another place (_TA_BETWEEN_TWO_PLACES)?"""
    if not visit.city or " arasında" not in sentence or visit.city not in sentence:
        return False
    return any(visit.city in (m["a"], m["b"]) for m in _TA_BETWEEN_TWO_PLACES.finditer(sentence))


# Round 47: the protocol of a (joint, intergovernmental) commission's meeting is the two states' by what it is, their
# names left out ("İclasın yekununda Hökumətlərarası Komissiyanın iclasının protokolu imzalanıb", "Karma Ekonomik
# Komisyon Toplantısı Protokolü imzalandı"); read where no count was told (_commission_protocol_signed)
_COMMISSION_PROTOCOL = re.compile(r"\bKomis(?:si)?ya\w*\s+(?:[^\W\d_]+\s+){0,3}?protokol|\bKomisyon\w*\s+"
                                  r"(?:[^\W\d_]+\s+){0,3}?protokol|\bKEK\s+(?:[^\W\d_]+\s+){0,2}?protokol"
                                  r"|\bprotocol\s+of\s+the\s+(?:[\w-]+\s+){0,5}?commission\b", re.I)


_TA_COUNTED = re.compile(r"\b(?:" + _TA_COUNT_BARE + r"|\d{1,3})\s+(?:[^\W\d_]+\s+){0,2}?" + _TA_DOCUMENT, re.I)


def _commission_protocol_signed(sentence: str) -> re.Match | None:
    """The _TA_ONE_DOCUMENT of a sentence telling a commission's protocol signed (_COMMISSION_PROTOCOL); None when the
    sentence counts documents (_TA_COUNTED: "yeddi sənəd, o cümlədən komissiyanın iclasının protokolu, …": one of
    them)."""
    if not _COMMISSION_PROTOCOL.search(sentence) or _TA_COUNTED.search(sentence):
        return None
    return _TA_ONE_DOCUMENT.search(sentence)


# A Turkish or Azerbaijani sentence opening on the visit or its place ("Ziyarette …", "Ziyaret kapsamında …", "Səfər
# çərçivəsində …", "Burada …" after the place the delegation went to) tells a document signed there as the visit's,
# whoever its two parties are ("Burada KTO ile Soğd Ticaret ve Sanayi Odası arasında mutabakat zaptı imzalandı": one)
_TA_DURING_THE_VISIT = re.compile(r"(?:Ziyarette|Ziyarətdə|Ziyaret\s+kapsamında|Ziyaret\s+sırasında|Səfər\s+zamanı"
                                  r"|Səfər\s+çərçivəsində|Burada|Orada)\b")


# Round 66 (visits66b): a sentence opening on the end of the meeting the visit was for tells a document signed then as
# the visit's, its parties unnamed ("Toplantının sonunda üç ülke adına ortak bildiri imzalandı", dev/1085; "Görüşün
# sonunda birgə bəyannamə imzalanıb")
_TA_AT_THE_MEETING_S_END = re.compile(r"(?:Toplantı|Görüşme|Görüş|Zirve|Zirvə|İclas)(?:nın|nin|ın|in|ün|un)\s+"
                                      r"(?:sonunda|sonrasında|yekununda|nəticəsində|ardından)\b")


def _one_document_at_the_meeting_s_end(sentence: str) -> re.Match | None:
    """The _TA_ONE_DOCUMENT of a sentence opening on the meeting's end (_TA_AT_THE_MEETING_S_END); None when it counts
    documents (_TA_COUNTED: "Görüşün yekununda yeddi sənəd, o cümlədən … memorandumu imzalanıb" is seven, dev/250)."""
    if not _TA_AT_THE_MEETING_S_END.match(sentence) or _TA_COUNTED.search(sentence):
        return None
    return _TA_ONE_DOCUMENT.search(sentence)


# one is in every _LOCAL_DOCUMENTS and _TA_DOCUMENTS_SAID match; round 24: and "подписыва" in _RU_NO_DOCUMENTS's
# "документы … не подписывались", which the others do not hold
_LOCAL_SIGNED_WORDS = ("подписа", "imza", "обменял", "подписыва", "заключил", "заключено", "заключены",
                       "заключена",  # not "заключение" (a conclusion)
                       "bağlandı", "bağlanıb", "bağlanmış", "bağladı", "bağlayıb", "bağlamış")  # round 57 (_TA_SIGNED)
_NAMED_AFTER = re.compile(r"(?i:\b(street|avenue|park|school|square|centre|center|monument|bust)s?\b[^.]{0,80}?\bnamed after\s+"
                          r"(?:the\s+)?)(?:[\w-]+\s+){0,4}?(?P<name>[A-Z][\w-]+\s+[A-Z][\w-]+)")
# An aside on the visit after the visitor: "Ilham Aliyev, in Tashkent for a state visit, held talks …", "X, on a visit
# to Tashkent, …", "… hosted his Kyrgyz counterpart Sadyr Japarov, who is on an official visit to Baku" (the one after
# the host verb, as in d): the visitor the run before it, from the last stop
# "X, speaking during a visit to Baku on Tuesday, said …" too
_ON_A_VISIT = (r",\s+(?:who\s+(?:is|was)\s+)?(?:(?:currently\s+)?in\s+[A-Z][\w'’-]+\s+)?"
               r"(?:on|for|(?:speaking|talking)\s+(?:during|on|while\s+on))\s+(?:a|an|his|her)\s+"
               r"(?:[\w-]+\s+){0,2}?(?:visit|trip)\b")
# Round 28 (earlier sets): a visit's first day told as it ends: "Mirziyoyev wrapped up the first day of a state visit to
# Hungary on Tuesday" (the day told is the visit's first; _VISITOR_CUES)
_FIRST_DAY_OF = r"(?:the\s+(?:first|opening)\s+day\s+of\s+)?"
# Round 77 (chrono77): the day told between the verb of ending and the visit ("X completed yesterday his official visit
# to …, which began in Istanbul on April 21", dev/1213)
_DAY_WORD_AFTER_ENDING = r"(?:(?:yesterday|today)\s+)?"
_VISITOR_CUES = re.compile(r"\b(?:visit|trip) of\s+(?P<a>.{3,80}?)\s+to\b"  # round 46: "the trip of X to Y"
                           # round 19b: the place visited as the subject ("Baku was visited on Monday by Kazakh
                           # President X", "Ankara was visited by …")
                           r"|\b(?:was|were)\s+visited\s+(?:on\s+\w+day\s+|(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+\s+)?by\s+"
                           r"(?P<g>[A-Z][^,.;]{2,80}?)(?=\s+(?:on|in|at|during|who|to)\b|[,.;]|$)"
                           # "during a working visit by Bayramov", "a state visit by Kyrgyz President X to Baku"
                           r"|\bvisit\s+by\s+(?P<e>[A-Z][^,.;]{2,80}?)(?=\s+(?:to|in|on|at|during)\b|[,.;]|$)"
                           # "X has become the first Hungarian prime minister to pay an official visit to …", "X became
                           # the first Turkish leader to visit …": the subject of "the first … to" visited
                           r"|(?P<f>[A-Z][^,.]{2,80}?)\s+(?:has\s+become|became|is|was)\s+the\s+first\s+[^,.]{0,60}?\bto\s+"
                           r"(?:pay|make|visit|arrive)\b"  # round 72 (events72): "X was the first to arrive, landing …"
                           # "X visited Baku on Wednesday" (a name right after: not "visited the Kazakh pavilion at …"),
                           # "X kicked off/embarked on an official visit to …"; round 43 (second wave): a region named
                           # as such ("visited the Mangystau region")
                           r"|(?P<b>[A-Z][^,.]{2,80}?)\s+(?:paid|made|will pay|is paying"
                           r"|pays|arrives|travels|stop(?:s|ped)(?=\s+in\s+[A-Z])"  # round 80 (chrono80)
                           r"|visited(?=\s+[A-Z]|"
                           r"\s+the\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:[Rr]egion|[Pp]rovince|[Oo]blast|viloyat|velayat)\b)"
                           r"|kicked off|embarked on|"
                           r"arrived|began|started|concluded|travell?ed|flew|landed|touched down|was in|were in|was also in|were also in|stepped off"
                           # round 86 (n5): a photo caption's present ("X steps off the government aircraft at …
                           # Airport on Tuesday morning", dev/1324)
                           r"|steps\s+off(?=\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:plane|aircraft|jet)\b)"
                           r"|ha[ds]\s+flown"  # round 58 (visits): "X had flown into Bukhara on Monday evening"
                           r"|crossed(?=\s+over\s+for\s)"  # round 83 (old83): "X crossed over for the ceremony"
                           r"|(?:was|were)\s+recently\s+in(?=\s+[A-Z])"  # round 46
                           r"|" + _IS_IN_ON_A_VISIT +
                           # round 31: a day spent there ("X spent Tuesday, February 10, in Budapest on an official visit")
                           r"|spent(?=\s+(?:\w+day|[A-Z][a-z]+\s+\d{1,2})\b[^.;]{0,30}?\s+in\s+[A-Z])"
                           # round 65 (visits65b): "X spent 14 October in Astana" (_SPENT_ONE_DATE)
                           r"|spent(?=\s+" + _SPENT_ONE_DATE + r"\s+in\s+[A-Z])"
                           # round 38 (visits A): "X spent two days in Tashkent"
                           r"|spent(?=\s+" + _SPENT_DAYS + r"\s+in\s+[A-Z])"
                           # round 53: a stay ("X stayed in Budapest on January 20")
                           r"|stayed(?=\s+in\s+[A-Z])"
                           # round 80 (check80): "X took some 60 companies to Budapest" (_TOOK_COMPANIES_TO)
                           r"|(?:took|brought)(?=\s+" + _COMPANIES_TO + r"\s+[A-Z])"
                           # round 20: a visit told as it ends, as "concluded" ("X wrapped up a two-day state visit to …")
                           r"|(?:completed|ended|wrapped\s+up|rounded\s+off)(?=\s+" + _DAY_WORD_AFTER_ENDING
                           + _FIRST_DAY_OF + r"(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b)"
                           # not "headed" alone: "A delegation headed by X arrived" is X's
                           r"|went(?=\s+to\b)|headed(?=\s+(?:to|for)\b)"
                           # round 43: "X came to Almaty for …", "X had come with 60 companies to open the … forum"
                           r"|came(?=" + _ARRIVAL_DAY + r"\s+to\s+[A-Z])"
                           r"|(?:came|(?:had|has)\s+come)(?=\s+(?:with\s+[^.;]{1,160}?\s+)?to\s+" + _TO_AN_EVENT + r")"
                           # round 25: "X led a large delegation to Dushanbe on September 24"
                           r"|led(?=\s+" + _LED_DELEGATION + _DELEGATION_TO + r"\s+[A-Z])"
                           # round 18: "X left for Astana on Tuesday", "X departed on Monday for Bishkek"; "X is on a state
                           # visit to Azerbaijan, which began on Tuesday"
                           r"|(?:left|departed|set\s+off)(?=" + _ARRIVAL_DAY + r"\s+for\s+[A-Z])"
                           r"|(?:is|was)\s+on(?=\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\b))\b|(?P<c>[A-Z][^,.]{2,80}?)(?:'s|’s)\s+(?:state |official |working )?visit"
                           # "President of Tajikistan Emomali Rahmon, who arrived in Baku on a state visit on …"
                           # "Turkish President Recep Tayyip Erdogan, who flew into Baku on Nov 12, …", "…, who also
                           # arrived on Nov 12", "…, who landed in Baku on the evening of Nov 11"
                           r"|(?P<d>[A-Z][^,.]{2,80}?),\s+who\s+(?:has\s+|had\s+)?(?:also\s+)?(?:arrived|landed|touched\s+down|flew\s+in(?:to)?"
                           # round 36 (visits): "…, who reached Shymkent on May 14, was met …"
                           r"|reached(?=\s+[A-Z])"
                           # round 25: a stay told in the aside: "Economy Minister X, who was in Tashkent on Tuesday for
                           # the … Business Forum, said …"
                           r"|was\s+in(?=\s+[A-Z]))\b")
# The visit opening the sentence, its visitor the subject after it: "During his visit to Baku on Wednesday, Kyrgyz
# President Sadyr Japarov laid a wreath …" (up to the verb, the first word in lower case)
# round 39 (visits A2): "On the second day of his official visit to Azerbaijan, X toured …"
_DURING_HIS_VISIT = re.compile(r"^(?:During|On)\s+(?:the\s+(?:first|second|third|fourth)\s+day\s+of\s+)?(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+[^,]{2,80},\s+"
                               r"(?P<who>[A-Z][^,.]{2,80}?)(?=\s+[a-z])")
# Who spoke during a visit made it: "…, Turkish energy minister X said during a two-day working visit to Baku that
# began on Tuesday", "X told reporters on Monday during an official visit to Astana", "X said while on a visit to …"
_SAID_DURING_VISIT = re.compile(r"(?P<who>[A-Z][^,.;:\"“”«»]{2,80}?)\s+(?:said|told\s+(?:\w+\s+)?\w+|stated|noted|announced|added)"
                                r"(?:\s+on\s+\w+day)?\s+(?:during|on|while\s+on|in\s+the\s+course\s+of)\s+(?:a|an|his|her)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\b")
_SAID_VERBS = ("said", "told", "stated", "noted", "announced", "added")  # one is in every _SAID_DURING_VISIT match

_MEETING = re.compile(r"\b(?:(?:held|had|holds|has held|have held|conducted)\s+(?:\w+\s+){0,2}?talks|talks|met|meets|meeting"
                      r"|sat\s+down\s+with"  # round 28: "X sat down with his Kazakh counterpart Y in Astana on …"
                      # round 69 (mfa69): two foreign ministries' consultations held ("On Wednesday, Deputy Foreign
                      # Minister X held political consultations with … Y in Tashkent", dev/1118): talks by their name
                      r"|(?:held|holds|has held|have held|conducted)\s+(?:\w+\s+){0,2}?consultations)\b",
                      re.I)
_MEETING_WORDS = ("talks", "met", "meeting", "sat down with", "consultations")  # a sentence is searched for _MEETING
_REMOTE = re.compile(r"\b(?:phone|telephone|video|online|virtual\w*|remote\w*)\b", re.I)
# What may lead a visitor's phrase and is no part of the name: "the recent", "April", and a time told first
# ("On Thursday the two presidents flew to …", "On June 2, Aliyev arrived", "Late on Monday evening, X")
# round 27: and a dateline of capitals and a dash ("BAKU — Kazakh Trade Minister X arrived …": not the place of his title)
# round 31: or a colon ("BISHKEK: Azerbaijan's Economy Minister X arrived …")
_VISITOR_LEAD = re.compile(r"^[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ'’.-]+(?:\s[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ'’.-]+)?(?:\s+(?:—|–|--)|:)\s+"
                           r"|^(?:the\s+)?(?:recent|April|\d+|[A-Z][a-z]+ \d+)\s+"
                           r"|^(?:(?:Early|Late)\s+)?(?:On|on|Last|This|Earlier|Later)?\s*"
                           r"(?:\w+day|[A-Z][a-z]+\.?\s+\d{1,2})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+")
_POSSESSIVE = re.compile(r"^(?:his|her|their)\s+")
# Round 19b: the subject of a parliament committee is no part of its chair's name ("Chairman of the Milli Majlis Committee
# on International Relations Samad Seyidov", "Head of the Senate Commission for Foreign Affairs and Security X Y"): the
# title up to the last two capitalised words goes
_COMMITTEE_SUBJECT = re.compile(r"^.*\b(?:Committee|Commission)\s+(?:on|for)\s+"
                                r"(?:[A-Z][\w'’-]+\s+|(?:and|of|the)\s+)+?(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$)")
# The party of talks as a group: "Heads of state of the Organization of Turkic States met in Astana"
_GROUP = re.compile(r"(?:the\s+)?(?:heads|leaders|ministers|presidents|delegations|members|officials)\b", re.I)
# round 27: the visit told with its length or kind between ("No agreements were signed during the two-day visit")
# round 43: a length and a type both ("The two-day working visit ended … with the signing of five documents")
_THE_VISIT = re.compile(r"\bthe (?:[a-z]+-day )?(?:state |official |working )?visit\b|\bthe summit\b", re.I)
_PARTIES_VERBS = ("held", "had", "holds", "conducted", "met", "sat down")  # one is in every _PARTIES match
# the one received may be the head of a delegation: "received a delegation of the Republic of Azerbaijan headed by
# Deputy Prime Minister Shahin Mustafayev" (the delegation's country is his, when the table does not know him)
# The place, and "the visiting", between the host's verb and the guest: "Ilham Aliyev on Wednesday received in Baku the
# visiting Kazakh Foreign Minister Murat Nurtleu"
_GUEST_LEAD = r"(?:in\s+[A-Z][\w'’-]+\s+)?(?:the\s+visiting\s+)?"
# also "hosted" and "welcomed" (not "greeted", also said of wishes), the guest maybe told as a counterpart ("Tokayev hosted Mirziyoyev in Astana on
# Wednesday for talks on water", "Aliyev welcomed his Kyrgyz counterpart Sadyr Japarov at the airport on Wednesday";
# not "welcomed Tokayev's proposal", which names no one)
_RECEIVED = re.compile(r"(?P<host>[A-Z][^,.;]{2,80}?)\s+(?:received|hosted|welcomed)\s+"
                       r"(?:(?P<delegation>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?delegation\b[^,.;]{0,80}?)"
                       r"\s+(?:headed|led)\s+by\s+)?" + _GUEST_LEAD + r"(?P<guest>(?:(?:his|her)\s+)?[A-Z][^,.;]{2,120}?)"
                       r"(?=\s+(?:in|on|at|who|during|for)\b|[,.;]|$)")
# Round 18: the reception in the passive, one guest the subject: "Uzbek President Shavkat Mirziyoyev was received by
# Turkish President Recep Tayyip Erdoğan in Ankara on Tuesday", "X was officially welcomed by Y at the airport"; not
# "were" nor a list ("X, Y and Z were greeted by Aliyev": the guests of a summit, _attendees)
_RECEIVED_BY = re.compile(r"(?P<guest>[A-Z](?:(?!\sand\s)[^,.;]){2,120}?)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                          # round 18b: met at the airport ("was met at Heydar Aliyev International Airport by …",
                          # "was greeted at the airport by"): the place between the verb and "by"
                          r"(?:received|hosted|welcomed|greeted|met)(?:\s+at\s+(?:the\s+)?[A-Z]?[^,.;]{2,60}?)?"
                          r"\s+by\s+(?P<host>[A-Z][^,.;]{2,80}?)"
                          r"(?=\s+(?:in|on|at|during|for|to|who)\b|[,.;]|$)(?P<delegation>(?!))?")
# "Baku, September 25, Trend" / "Astana, June 8 (Kazinform)": a place, a comma, then the day; also
# "Bişkek. 6 noyabr. APA." / "Ташкент. 15 апреля. ИНТЕРФАКС" (a full stop after the place)
_UPPER = "A-ZА-ЯЁƏÇĞİÖŞÜ"
_DATELINE = re.compile(rf"^\s*[{_UPPER}][\w'’.-]*(?:\s[{_UPPER}][\w'’.-]*)?[,.]\s")
# The publication's own time stamp as a line of its own near the top, when there is no dateline:
# "18.12.2023 20:41 | Güncelleme: …", "Mehmet Aslan |25.02.2020 - Güncelleme : 25.02.2020"
_STAMP = re.compile(r"^[^\d\n]{0,40}?\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_STAMP_LENGTH = 80
DATELINE_SENTENCES = 3  # a dateline is among the first sentences (after the headline)
# a time stamp line may follow a headline and a subheading of two sentences ("SÖZCÜ / Ankara | 05.11.2026 - 11:48")
STAMP_SENTENCES = 5
# the other party also right after "met" when he is told as a counterpart, without "with" ("Bayramov met his Hungarian
# counterpart Peter Szijjarto in Baku on Tuesday")
_PARTIES = re.compile(r"(?P<subj>[A-Z][^,.;]{2,80}?)\s+(?:held|had|holds|has held|have held|conducted|met|meets|sat\s+down)\b"
                      r"(?:(?:[^,.;]{0,40}?\bwith\s+|(?<=met)\s+(?=(?:his|her)\s+(?:[\w-]+\s+)?counterpart\b)"
                      # round 20: the other party right after "met", by title or name ("Japarov met Uzbek President
                      # Shavkat Mirziyoyev in Bishkek"; not "met on Tuesday", a day)
                      r"|(?<=met)\s+(?=[A-Z])(?![A-Z][a-z]+day\b))(?P<obj>[^,.;]{3,90}?)(?=\s+(?:in|on|at|during)\b|[,.;]|$))?")


@dataclass
class VisitFound:
    start: date
    end: date | None
    visitor: Person
    host: str
    city: str
    visit_type: str
    span: tuple[int, int]
    confidence: float
    documents: int | None = None
    documents_said: bool = False
    events: list[str] = field(default_factory=list)
    extra_spans: list[tuple[int, int]] = field(default_factory=list)
    recalled: bool = False  # told as one the report looks back on (_sidelines_leader): what is signed later is not its
    at_meeting: bool = False  # round 26: one minister's visit of several to a ministers' meeting (_attendees): its documents are all's
    documents_noun: str = ""  # round 41: the Russian noun of the count told ("меморандум" of "семь меморандумов")
    documents_listed: bool = False  # round 51: its count is of single documents told one by one, no count word
    documents_more: bool = False  # round 58: its count is told "a further" one with none told before it (round 79: or
    # the forum's company deals)
    firms_count: int | None = None  # round 67: the count of companies' deals read into its documents
    officials_count: bool = False  # round 82 (s2): its count was told signed by ministers (_EN_OFFICIALS_SIGNED)
    one_signed_end: int = -1  # round 83 (w2): where the last sentence telling one document signed, no count, ends
    headed_count_end: int = -1  # round 88 (v2, count_in_subheading): where a subheading counting its documents ends


_ON_A_VISIT_RE = re.compile(_ON_A_VISIT)
# Words one of the three _VISITOR_CUES alternatives needs (the pattern is case-sensitive): without them
# the search, slow for its lazy runs from every capital, is not made.
_CUE_VERBS = ("paid", "made", "will pay", "is paying", "visited", "kicked off", "embarked on", "arrived", "began", "started",
              "concluded", "reached", "completed a", "completed his", "completed her", "completed the",
              "completed yesterday", "ended yesterday",
              "completed today", "ended today", "ended a", "ended his",
              "ended her", "ended the", "wrapped up", "rounded off", "travelled", "touched down", "traveled", "flew", "landed", "was in", "were in", "also in", "stepped off",
              "went", "headed", "came", "had come", "has come", "left", "departed", "set off", "is on", "was on",
              "led a", "led an", "led the", "led his",
              "led her", "led their", "spent", "recently in", "stayed",
              "had flown", "has flown",  # round 58 (visits)
              "pays", "arrives", "travels", "stops in", "stopped in",  # round 80 (chrono80)
              "steps off")  # round 86 (n5)
# one is in every _VISITOR_CUES match of (b) (round 83, old83: "crossed over for")
_CUE_GATE_WORDS = _CUE_VERBS + ("is in", "took", "brought", "crossed over")


def _after_last_stop(sentence: str, before: int, stops: str) -> int:
    """Where a run of no `stops` characters that reaches `before` can begin: just after the last stop."""
    return max(sentence.rfind(ch, 0, before) for ch in stops) + 1


def _cue_start(sentence: str) -> int | None:
    """Where a _VISITOR_CUES match can begin at the earliest, or None when none can match. Why: re
    tries its lazy runs from every capital of the sentence. (a) begins at a "visit of"; (b) and (c)
    are a run of no comma or full stop up to a cue verb / "'s", so begin after the last one before
    the first cue. Searching from there finds the same match (nothing looks behind its start)."""
    starts = []
    if (i := sentence.find(" the first ")) >= 0:  # (f): "X became the first … to visit"
        starts.append(_after_last_stop(sentence, i, ",."))
    for cue in ("visit of", "visit by", "trip of"):
        if (i := sentence.find(cue)) >= 0:
            starts.append(i)
    verbs = [i for i in (sentence.find(verb) for verb in _CUE_GATE_WORDS) if i >= 0]
    if verbs:
        starts.append(_after_last_stop(sentence, min(verbs), ",."))
    if (i := sentence.find(", who ")) >= 0:
        starts.append(_after_last_stop(sentence, i, ",."))
    if "visit" in sentence:
        owns = [i for i in (sentence.find("'s"), sentence.find("’s")) if i >= 0]
        if owns:
            starts.append(_after_last_stop(sentence, min(owns), ",."))
    return min(starts) if starts else None


def _visitors(sentence: str, resolver: Resolver) -> list[Person]:
    """The visitor a cue names (_VISITOR_CUES), or all of a list that is the subject of a cue verb ("Erdoğan,
    Tokayev and Japarov arrived in Budapest on Tuesday"); none when no cue names anyone."""
    if "our country" in sentence and (guest := _guest_in_our_country(sentence, resolver)):
        return [guest]  # round 28
    if "welcom" in sentence and " of h" in sentence and (guest := _welcomed_at_visit_start(sentence, resolver)):
        return [guest]  # round 89 (b1): "welcoming our Minister …, Mr. X, at … at the start of his working visit to …"
    if "(" in sentence[:40] and (head := _OUTLET_DATELINE.match(sentence)):
        sentence = sentence[head.end():]  # round 31: "Ashgabat (AsiaNews) – The Speaker of …, X, concluded …"
    if "–" in sentence or "—" in sentence:  # "X – the former president who now chairs … – arrived": X
        sentence = _DASH_ASIDE.sub("", _without_place_dateline(sentence))
    if ", " in sentence and any(w in sentence for w in (", c", ", h", ", p", ", d", ", s", ", g", ", m", ", v", ", a",
                                                         ", e", ", f")):
        sentence = _without_stateless_office_aside(sentence)  # round 39 (visits A)
    # round 30, first: the name right before the clause, wherever it is ("A received Y, who arrived in Baku yesterday")
    if ", who " in sentence and (came := _named_before_who_came(sentence, resolver)
                                 or _who_visited_on_a_day(sentence, resolver)
                                 or _titled_before_who_came(sentence, resolver)):  # round 37 (visits A)
        return [came]  # round 29: "X, who visited Baku on 15 October for talks with …, insists …"
    if ", the " in sentence or ", a " in sentence or ", who " in sentence:  # "X, the president of …, arrived": X
        sentence = _COMMA_ASIDE.sub("", sentence)
    if (said := _said_during_visit(sentence, resolver)) is not None:
        return said
    if ", " in sentence and (named := _appositive_visitor(sentence, resolver)):
        return [named]
    if " to " in sentence and "during " in sentence and (talked := _spoken_to_during_visit(sentence, resolver)):
        return [talked]  # round 43
    start = _cue_start(sentence)
    m = _VISITOR_CUES.search(sentence, start) if start is not None else None
    if m is None and "visit" in sentence and (own := _en_visitor_after_or_subject_of_own_visit(sentence, resolver)):
        return [own]  # round 39 (visits A)
    if m is None and ("visit" in sentence or "trip" in sentence):
        return _aside_visitor(sentence, resolver)
    if m:
        phrase = m["a"] or m["f"] or m["g"] or m["b"] or m["c"] or m["e"] or _who_arrived(m["d"])
        phrase = _COMMITTEE_SUBJECT.sub("", _PLANE_OWNED.sub("", _VISITOR_LEAD.sub("", phrase)))
        person = _no_place_first(resolver.resolve(phrase, speaking=False), resolver)
        if person:
            listed = _listed(sentence[:m.end("b")], resolver) if m["b"] else []
            return listed if len(listed) > 1 else [person]
    # a cue that names no one ("… visit to Baku that began on Tuesday") leaves the asides to name the visitor
    if m and ("visit" in sentence or "trip" in sentence):
        return _aside_visitor(sentence, resolver)
    return []


# Round 89 (b1, welcomed_at_visit_start): the guest a writer welcomed at the start of his visit, the object of
# "welcomed"/"welcoming" before "at the start of his … visit to" ("On Tuesday I had the honour of welcoming our Minister
# of Treasury and Finance, Mr. Mehmet Şimşek, at Manas International Airport ✈️ at the start of his working visit to the
# Kyrgyz Republic.", dev/1354; "X welcomed Turkish Finance Minister Y at the airport at the start of his visit to …"):
# the name after the title's comma ("our …, Mr. Y,": the writer's own side, no state named), else the titled name
_WELCOMED_AT_VISIT_START = re.compile(
    r"\bwelcom(?:ed|ing)\s+(?:(?:our|the|his|her|[A-Z][\w'’-]*)\s[^,.;]{2,80}?,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"(?P<named>[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,2}}),|(?P<titled>[A-Z][^,.;]{{2,100}}?))"
    r"\s+(?:at\s+[^,.;]{2,80}?\s+)?at\s+the\s+(?:start|beginning|outset)\s+of\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"visit\s+to\b")


def _welcomed_at_visit_start(sentence: str, resolver: Resolver) -> Person | None:
    """The guest welcomed at the start of his visit (_WELCOMED_AT_VISIT_START), a name resolved; None otherwise."""
    m = _WELCOMED_AT_VISIT_START.search(sentence)
    if m is None:
        return None
    person = resolver.resolve(m["named"] or _VISITOR_LEAD.sub("", m["titled"]), speaking=False)
    return person if person is not None and person.rule in ("name", "office", "unlisted name") else None


def _no_place_first(person: Person | None, resolver: Resolver) -> Person | None:
    """An unlisted name of three words or more whose first is a place is the title's place and a name (round 19b:
    "Hokim of Samarkand Erkinjon Turdimov", "Governor of Mangystau Nurlan Nogayev"): the name without it."""
    if person is None or person.rule != "unlisted name" or person.name.count(" ") < 2:
        return person
    first, rest = person.name.split(" ", 1)
    if not places.mentions(first) and places.city_start(first) != 0:
        return person
    return resolver.resolve(rest, speaking=False) or person


# Round 43: the one a report spoke to during his visit, named after "spoke to" ("Azeri Observer spoke to X, co-chair of
# the … Business Council, during his visit to Baku for the council's annual meeting"): his visit
_SPOKEN_TO_DURING_VISIT = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\s+"
                                     r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,[^.;:\"“”«»]{1,120}?,)?"
                                     r"\s+during\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:visit|trip)\s+to\b")


def _spoken_to_during_visit(sentence: str, resolver: Resolver) -> Person | None:
    """The one named after "spoke to" whose own visit the sentence tells (_SPOKEN_TO_DURING_VISIT), by his full name
    (the table's or not: a businessman the report introduces)."""
    m = _SPOKEN_TO_DURING_VISIT.search(sentence)
    person = resolver.resolve(m["who"], speaking=False) if m else None
    return person if person is not None and person.rule in ("name", "office", "unlisted name") else None


def _said_during_visit(sentence: str, resolver: Resolver) -> list[Person] | None:
    """The one who spoke during a visit (_SAID_DURING_VISIT), before the other cues: one of them ("… that began on
    Tuesday") would take the whole clause for its subject. None when the form is not there."""
    if "visit" not in sentence and "trip" not in sentence or not any(verb in sentence for verb in _SAID_VERBS):
        return None
    m = _SAID_DURING_VISIT.search(sentence)
    person = resolver.resolve(_VISITOR_LEAD.sub("", m["who"]), speaking=False) if m else None
    return [person] if person else None


# Round 18: the comma right before a cue verb that closes an appositive of the subject ("Turkmenistan's Deputy Chairman of
# the Cabinet of Ministers …, Batyr Amanov, arrived in Baku", "Batyr Amanov, Turkmenistan's deputy prime minister,
# paid …", "…, Batyr Amanov, who arrived …")
_APPOSITIVE_END = re.compile(r",\s+(?=(?:who\s+(?:has\s+|had\s+)?)?(?:also\s+)?(?:" + "|".join(_CUE_VERBS) + r"|"
                             + _IS_IN_ON_A_VISIT + r")\b)")
_BARE_NAME = re.compile(rf"[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,2}}")
# English office words an appositive title holds besides those of _LOCAL_OFFICE_STEMS ("the head of Turkmenistan's
# state gas concern", "Kazakhstan's top diplomat")
_APPOSITIVE_OFFICES = ("head of", "chief", "secretary", "governor", "mayor", "director", "envoy", "diplomat",
                       "chairperson", "chairwoman")  # round 30: "The Chairperson of the Mejlis of Turkmenistan, X,"


# Round 42 (visits): the last items of a list in the title, which the title's commas split off ("Jasur Tillayev,
# Uzbekistan's deputy minister of investment, industry and trade, arrived in Astana": "industry and trade" is the
# title's, not a part of its own; "The Kazakh minister of energy, mining and water, Nurlan Baibazarov, arrived"): a few
# words with "and" before the last, not a name ("Bakhtiyor Saidov and Aziz Ahmedov" is no list end: two names)
_TITLE_LIST_END = re.compile(r"(?:[\w-]+\s+){0,3}?(?:and|&)\s+[\w-]+(?:\s+[\w-]+)?")


def _two_names(part: str) -> bool:
    """Is a list end two names joined by "and" ("Bakhtiyor Saidov and Aziz Ahmedov"), or one name?"""
    return all(_BARE_NAME.fullmatch(side.strip()) for side in re.split(r"\s(?:and|&)\s", part))


def _title_list_joined(parts: list[str]) -> list[str]:
    """Comma-split parts of an appositive with the title's list ends (_TITLE_LIST_END) joined back to the part before,
    the title, in either order ("<name>, <title …>, <… and …>", "<title …>, <… and …>, <name>")."""
    for i in range(len(parts) - 1, 0, -1):
        part = parts[i].strip()
        if len(parts) >= 3 and _TITLE_LIST_END.fullmatch(part) and not _two_names(part):
            parts = parts[:i - 1] + [parts[i - 1] + "," + parts[i]] + parts[i + 1:]
    return parts


def _title_states(title: str) -> list[str]:
    """The states an appositive title names; else the state of the city it names (round 42: "The head of the Ganja City
    Executive Power, Elshan Mammadli, arrived in Eskişehir": Azerbaijan's)."""
    return places.codes_in(title) or [city[0] for city in [places.city_in(title)] if city] \
        or state_abbreviated_in_title(title)  # round 72 (abbrev72): "Министр торговли и интеграции РК"


def _appositive_visitor(sentence: str, resolver: Resolver, ends: re.Pattern = _APPOSITIVE_END) -> Person | None:
    """The subject of a cue verb told as a title and a name set apart by commas, in either order: "<title>, <name>,
    arrived" or "<name>, <title>, arrived" (the title holding an office word, the name two or three capitalised words).
    Someone the office holders table knows is himself; else the name, of the one state the title names ("Turkmenistan's
    Deputy Chairman …"); None otherwise (no office in the title, no state or several)."""
    for end in ends.finditer(sentence):
        parts = _title_list_joined(sentence[_after_last_stop(sentence, end.start(), ".;"):end.start()].split(","))
        if len(parts) < 2:
            continue
        before, last = parts[-2].strip(), parts[-1].strip()
        if _BARE_NAME.fullmatch(last):
            name, title = last, before
        elif (runs := NAME_RUN.findall(before)) and before.endswith(runs[-1]) and _BARE_NAME.fullmatch(runs[-1]):
            name, title = runs[-1], last
        else:
            continue
        person = resolver.resolve(name, speaking=False)
        if person is None or person.rule == "name":
            return person
        low, codes = title.lower(), _title_states(_without_dash_dateline(title))
        if person.rule == "unlisted name" and len(codes) == 1 and \
                any(word in low for word in _LOCAL_OFFICE_STEMS + _APPOSITIVE_OFFICES):
            return person._replace(iso3=codes[0])
        if person.rule == "unlisted name" and not codes and _OUR_TITLE.search(title) and \
                any(word in low for word in _LOCAL_OFFICE_STEMS + _APPOSITIVE_OFFICES):
            return person  # round 43: the speaker's own state, which the sentence does not name (his state unknown)
    return None


# Round 43: an office told as the speaker's own state's, as an ambassador says it in an interview ("In April our
# Minister of Economic Development and Trade, X, came to Almaty"): the one so named is no host's man
_OUR_TITLE = re.compile(r"(?:^|\s)[Oo]ur\s+(?:[\w-]+\s+){0,2}?[A-Z]?[a-z]")




def _our_offices_state(doc: Document, visit: VisitFound, dateline: tuple[int, date] | None) -> str:
    """The state of a visitor told by "our <office>" (_OUR_TITLE) when the article makes it clear: the one state other
    than the host the sentence names ("Tajikistan's ambassador recalled that our Minister …, X, came to Almaty for the
    Kazakh–Tajik commission"), else the dateline's, when it is not the host's ("DUSHANBE, May 3 — … our Minister …, X,
    came to Almaty"): the report's home. "" otherwise (round 43, second wave)."""
    name = visit.visitor.name
    for s in doc.sentences:
        at = s.text.find(name)
        if at < 0 or not _OUR_TITLE.search(s.text[max(0, at - _OUR_REACH):at]):
            continue
        others = {m.iso3 for m in doc.mentions(s)} - {visit.host}
        if len(others) == 1:
            return others.pop()
        if others:
            return ""
        place = _dateline_place(doc, dateline[0]) if dateline else None
        return place[0] if place and place[0] != visit.host else ""
    return ""


_OUR_REACH = 120  # characters before a name where its "our <office>" may begin


# Whose plane landed: "Aliyev's plane touched down in Ashgabat on Wednesday afternoon" (Aliyev's visit)
_PLANE_OWNED = re.compile(r"['’]s\s+(?:plane|aircraft|jet)$")
def _aside_visitor(sentence: str, resolver: Resolver) -> list[Person]:
    """The visitor an aside on the visit names (_ON_A_VISIT: the run before it, after its host verb if any), or the
    subject after a visit opening the sentence (_DURING_HIS_VISIT); none otherwise. Apart from _VISITOR_CUES, whose
    lazy runs would try them from every capital of the sentence."""
    if m := _DURING_HIS_VISIT.match(sentence):
        phrase = m["who"]
    elif m := _ON_A_VISIT_RE.search(sentence):
        before = sentence[_after_last_stop(sentence, m.start(), ",."):m.start()].strip()
        if not before[:1].isupper():
            return []
        phrase = _who_arrived(before)
    else:
        return []
    person = resolver.resolve(_VISITOR_LEAD.sub("", phrase), speaking=False)
    return [person] if person else []


# Who the host met, before ", who arrived": "X on Thursday received Minister Y, who had arrived …", "X met with Y,
# who arrived …", "welcomed by X"
_HOST_VERB = re.compile(r"\b(?:received|welcomed|hosted|met|with|by)\s+")


def _who_arrived(phrase: str) -> str:
    """The one of a "…, who arrived" phrase (_VISITOR_CUES d; _ON_A_VISIT: "…, who is on a visit") who arrived: what
    follows its last host verb."""
    verbs = list(_HOST_VERB.finditer(phrase))
    return phrase[verbs[-1].end():] if verbs else phrase


# An aside between commas that describes the subject, right before a cue verb: "Ersin Tatar, the president of the
# self-proclaimed Turkish Republic of Northern Cyprus (TRNC), arrived in …", "X, a former prime minister, paid …"; round 18:
# a relative clause, "Aliyev, who last visited Astana in 2019, arrived in Astana on Tuesday"
# round 31: the aside may hold an appositive of its own ("X, the former president who now chairs the Halk Maslahaty, the
# country's supreme representative body, arrived in …")
_COMMA_ASIDE = re.compile(r",\s+(?:the|a|who)\s[^,.;]{1,150}?(?:,\s+(?:the|a|an)\s[^,.;]{1,80}?)?,(?=\s+(?:"
                          + "|".join(_CUE_VERBS) + r")\b)")
# An aside between dashes, which the subject of a cue verb may carry as it may one between commas
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]{1,200}?\s[–—](?=\s)")
# Round 41: a dateline of a place written as a name, a dash after it ("Baku — Uzbekistan's Deputy Prime Minister X led
# …"): no part of the visitor's phrase, whose state it would become
_DASH_DATELINE = re.compile(r"^([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)\s[–—]\s")


def _without_place_dateline(sentence: str) -> str:
    """`sentence` less a _DASH_DATELINE that names a country's place; all of it else ("Kazakh Senate Speaker — X")."""
    head = _DASH_DATELINE.match(sentence)
    return sentence[head.end():] if head and (places.mentions(head[1]) or places.city_in(head[1])) else sentence


# The links of a list of people: ", ", ", and ", " and "
_LIST_LINK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed(subject: str, resolver: Resolver) -> list[Person]:
    """The people of a list that ends a subject ("Turkish President Recep Tayyip Erdoğan, Kazakh President
    Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov"), each once, in order. Only a list whose
    last link is "and" is one; it is read from its end back to the first item that names no one ("On
    Tuesday, X and Y"), so "Aliyev and his delegation" lists no one (the cue's visitor stays)."""
    links = _LIST_LINK.findall(subject)
    if not links or "and" not in links[-1]:
        return []
    people = [resolver.resolve(_VISITOR_LEAD.sub("", item), speaking=False) for item in _LIST_LINK.split(subject)]
    people = [p if p and p.rule in ("name", "office") and p.iso3 else None for p in people]
    found: list[Person] = []
    for person in reversed(people):
        if person is None:
            break
        if all(p.name != person.name for p in found):
            found.insert(0, person)
    return found


def _place(found: list[places.Mention], visitor_iso3: str, sentence: str = "") -> tuple[str, str] | None:
    """(host ISO-3, city) of a visit sentence (`found`: its country words): the capital named (its
    country), else a city of places.CITIES, else another tie state."""
    for m in found:
        if m.is_capital and m.iso3 != visitor_iso3 and not _capital_in_a_landmark(m.word, sentence):  # round 29
            return m.iso3, countries.get(m.iso3).capital if m.word.lower() != "akorda" else "Astana"
    if sentence and (city := places.city_in(sentence)) and city[0] != visitor_iso3:  # "arrived in Shusha"
        return city
    if sentence and ("capital" in sentence or "столиц" in sentence) and \
            (named := _capital_by_demonym(sentence, visitor_iso3) or _southern_capital(sentence, visitor_iso3)
             or _capital_of_the_state_named(sentence, visitor_iso3)):  # round 39 (visits B)
        return named
    for m in found:
        if m.iso3 != visitor_iso3 and not m.is_demonym and not _owner_of_name(m.word, sentence) \
                and not _state_as_direction(m.word, sentence) and not _capital_in_a_landmark(m.word, sentence):  # round 29
            return m.iso3, ""
    return None


# Round 44: a state told only in the titles of a summit's leaders ("zirveye Azerbaycan Cumhurbaşkanı İlham Aliyev,
# Kazakistan Cumhurbaşkanı … katıldı", "Azərbaycan Prezidenti …", "Президент Азербайджана …") is whose they are, no
# place of the summit: its city is the one the sentences right before name (_summit_city_told_before)
_LEADERS_TITLE_AFTER = re.compile(r"\s+(?:Cumhurbaşkanı|Başbakanı|Devlet\s+Başkanı|Prezidenti|Baş\s+naziri"
                                  r"|President|Prime\s+Minister)\b")
_LEADERS_TITLE_BEFORE = re.compile(r"(?:Президент|Премьер-министр|президент|премьер-министр)\w*\s+$")


def _state_of_leaders_titles(doc: Document, s: Sentence, iso3: str) -> bool:
    """Is every word of the state `iso3` in the sentence part of a leader's title (_LEADERS_TITLE_AFTER/BEFORE)?"""
    told = [m for m in doc.mentions(s) if m.iso3 == iso3]
    return bool(told) and all(_LEADERS_TITLE_AFTER.match(doc.text, m.end)
                              or _LEADERS_TITLE_BEFORE.search(doc.text, max(0, m.start - 30), m.start) for m in told)


def _summit_city_told_before(doc: Document, k: int) -> tuple[str, str] | None:
    """(host, city) the nearest of the SUMMIT_SENTENCES sentences before k names, when one names a city."""
    for j in range(k - 1, max(-1, k - 1 - SUMMIT_SENTENCES), -1):
        if (place := _sentence_place(doc, doc.sentences[j], "")) and place[1]:
            return place
    return None


def _owner_of_name(word: str, sentence: str) -> bool:
    """Is the country `word` told as whose a person is, right before the name ("Kazakhstan's Kassym-Jomart Tokayev,
    Uzbekistan's Shavkat Mirziyoyev … arrived on Friday morning"), or as the end of his title (round 71, places71:
    "President of the Republic of Uzbekistan Shavkat Mirziyoyev and … arrived in Lachin", dev/1144)? Then it is no
    place of the visit (the mentions carry no place in the sentence, so the word is whose each time it is named)."""
    if word.endswith(("'s", "’s")):
        return re.search(re.escape(word) + r"\s+[A-Z][\w-]+\s+[A-Z]", sentence) is not None
    # each time the sentence names it (not "arrived in Uzbekistan … with the Prime Minister of Uzbekistan X Y")
    return f"{word} " in sentence and sentence.count(word) == len(
        re.findall(r"\bof\s+(?:the\s+)?" + re.escape(word) + _NAME_AFTER_TITLE, sentence))


_NAME_AFTER_TITLE = r"\s+[A-Z][\w-]+\s+[A-Z][\w-]+\b(?!\s+(?:on|in|last|this|next)\b)"  # a given name and a surname


# A capital told by its country's adjective: "arrived in the Tajik capital", "the Kazakh capital, Astana"
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+([A-Z][\w-]+)\s+capital\b")
# the same in Russian, the adjective declined with "столица": "в туркменскую столицу", "в казахстанской столице"
_RU_DEMONYM_CAPITAL = re.compile(r"\b(" + "|".join(stem.lower() for stem in places.RU_ADJECTIVE_STEMS)
                                 + r")(?:ая|ую|ой)\s+столиц[аеуыи]\b", re.I)
# round 53: the same in Turkish and Azerbaijani, a bare demonym before "başkent"/"paytaxt" in or to it ("Kırgız
# başkentinde toplanan … Komisyonu", "Qazax paytaxtına"; not "başkentinden", from it)
_TA_DEMONYM_CAPITAL = re.compile(r"(?<!\w)(Özbək|Özbek|Qazax|Kazak|Qırğız|Kırgız|Türkmən|Türkmen|Türk|Macar)\s+"
                                 r"(?:başkent(?:(?:in)?[dt]?e)"
                                 r"|paytaxt(?:(?:ın)?d?a))\b")


def _capital_by_demonym(sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    for m in _RU_DEMONYM_CAPITAL.finditer(sentence):
        iso3 = places.RU_ADJECTIVE_STEMS[m[1].capitalize()]
        if iso3 != visitor_iso3:
            return iso3, countries.get(iso3).capital
    for m in _DEMONYM_CAPITAL.finditer(sentence):
        found = places.mentions(m[1])
        if len(found) == 1 and found[0].is_demonym and found[0].iso3 != visitor_iso3:
            return found[0].iso3, countries.get(found[0].iso3).capital
    if "başkent" in sentence or "paytaxt" in sentence:
        for m in _TA_DEMONYM_CAPITAL.finditer(sentence):
            if (iso3 := _LOCAL_DEMONYMS[lowered(m[1])]) != visitor_iso3:
                return iso3, countries.get(iso3).capital
    return None


def _destination(doc: Document, s: Sentence, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) named right after a verb of arrival or journey, in its clause ("travelled on Monday to
    Azerbaijan's Nakhchivan exclave, where …", "arrived in North Nicosia, …"): where the visitor went, which
    a capital named elsewhere in the sentence ("BAKU/ANKARA, Sept 25 (Reuters) -", "days after Baku
    retook …") is not. Only a capital or a city of places.CITIES; else None (the whole sentence decides)."""
    if (ended := _ended_with_last_stop(doc, s, visitor_iso3)) is not None:
        return ended  # round 23: "wrapped up a state visit to X … with a trip to Y"
    if "visit to " in s.text and (told := _state_city_visited(s.text, visitor_iso3)):
        return told  # round 30: "began an official visit to Uzbekistan in Samarkand on Monday and travelled to …"
    asides = [a.span() for a in _COMMA_ASIDE.finditer(s.text)] if ", who " in s.text else []
    for m in _VISIT.finditer(s.text):
        if not m[1].endswith((" to", " in", " for")) or any(a <= m.start() < b for a, b in asides):
            continue  # round 18: not in an aside on the subject ("Mirziyoyev, who was in Baku in 2024, arrived in Astana")
        stop = min((i for i in (s.text.find(ch, m.end()) for ch in ",;") if i >= 0), default=len(s.text))
        if (onward := _VISIT.search(s.text, m.end(), stop)) is not None:
            stop = onward.start()  # round 30: "arrived in Samarkand on Monday and travelled to Tashkent": Samarkand
        found = [x for x in doc.mentions(s) if s.start + m.end() <= x.start < s.start + stop]
        if any(w in s.text for w in _TRANSIT_WORDS):
            found = _without_transit(doc, found, s.text[m.end():stop])  # round 44: "arrived in Shusha via Baku"
        place = _place(found, visitor_iso3, s.text[m.end():stop])
        if place and place[1]:
            return place
    return None


# Round 23: a visit told as ended "with a trip to" a city ("wrapped up a two-day state visit to Kazakhstan on Tuesday
# with a trip to Turkistan"): that city is the visit's last stop, not the city where it began; the visit began in the
# host's capital. Only with a verb of ending before it ("began the visit with a trip to Turkistan" is the first city).
_VERB_OF_ENDING = re.compile(r"\b(?:wrapped\s+up|conclude[ds]|ended|completed|finished|rounded\s+off)\b")
_WITH_TRIP_TO = re.compile(r"\bwith\s+(?:a\s+|an?\s+\w+\s+)?(?:trip|visit|stop|tour|journey)\s+to\b")


def _ended_with_last_stop(doc: Document, s: Sentence, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, its capital) of a visit told as ended "with a trip to" a city of the host named before the trip; None
    when the sentence tells no such ending, or the trip goes to a city of another state."""
    if "with a" not in s.text or not (trip := _WITH_TRIP_TO.search(s.text)) or \
            not _VERB_OF_ENDING.search(s.text, 0, trip.start()):
        return None
    host = _capital_of_host([x for x in doc.mentions(s) if x.start < s.start + trip.start()], visitor_iso3)
    city = places.city_in(s.text[trip.end():])
    return host if host and city and city[0] == host[0] else None


def _capital_of_host(found: list[places.Mention], visitor_iso3: str) -> tuple[str, str] | None:
    """(host, its capital) of the first country word of another state in `found`, else None."""
    for m in found:
        if m.iso3 != visitor_iso3 and not m.is_demonym:
            return m.iso3, countries.get(m.iso3).capital
    return None


# Round 22: the Greek Cypriot press calls the Turkish Cypriot state "the north" ("Turkish Vice President … arrived in
# the north on Wednesday for a one-day working visit"): a journey's goal when the article speaks of Turkish Cypriots;
# not the north of a country ("a visit to the north of Kazakhstan"), nor a direction ("travelled north")
_TO_THE_NORTH = re.compile(r"\b(?:arrived|landed|visit(?:ed|ing|s)?|trip|travell?ed|flew)\s+(?:\w+\s+){0,3}?(?:in|to)\s+"
                           # round 29: "the north of Cyprus" (or "of the island") is the Turkish Cypriot state
                           r"the\s+north\b(?!\s+of\b(?!\s+(?:Cyprus|the\s+island)\b)|[-\s]+(?:east|west)|ern\b)")


def _the_turkish_cypriot_north(doc: Document, sentence: str) -> tuple[str, str] | None:
    """(CYN, no city) when a sentence of an article about Turkish Cypriots tells a journey to "the north"."""
    if _TO_THE_NORTH.search(sentence) and "Turkish Cypriot" in doc.text:
        return "CYN", ""
    return None


# Round 46: the Turkish press calls Cyprus "the island" ("Salı günü Ercan Havalimanı üzerinden adaya gelen heyet"): a
# journey's goal, told in the dative or the locative before a verb of coming, is the Turkish Cypriot state when the
# article names it (its city, if any, is read from the sentences before: _city_from_before)
_TR_TO_THE_ISLAND = re.compile(r"\bada(?:ya|da)\s+(?:[^\W\d_]+\s+){0,2}?"
                               r"(?:gelen|geldi|gelmiş|ulaştı|ulaşan|bulundu|bulunan)\b")


def _the_island(doc: Document, sentence: str) -> tuple[str, str] | None:
    """(CYN, no city) when a Turkish sentence of an article naming Northern Cyprus (or a city of it) tells coming to
    "the island"."""
    if "ada" in sentence and _TR_TO_THE_ISLAND.search(sentence) and (
            "CYN" in places.codes_in(doc.text) or any(places.names_city(doc.text, c) for c in places.CITIES["CYN"])):
        return "CYN", ""
    return None


# Turkish and Azerbaijani verbs of coming and going, whose goal is a place in the dative before them, and of staying,
# whose place is in the locative ("Astana'da temaslarda bulundu", "Bakü'de bulundu", "Bakıda olub")
_LOCAL_GOING = re.compile(r"\b(?:geldi|gitti|geçti|ulaştı|gəlib|gəldi)\b")
_LOCAL_STAYING = re.compile(r"\btemas(?:lar)?[dt]a\s+bulun\w*|(?<=['’][dt][ae]\s)bulundu\b|(?<=[dt][aə]\s)olub\b"
                            r"|(?<=['’])[dt][ae]yd[ıi]\b")  # round 59 (visits): "Bakü'deydi" (was in Baku)
_TR_DATIVE = re.compile(r"['’]y?[ae]\b")
_TR_LOCATIVE = re.compile(r"['’][dt][ae](?:yd[ıi])?\b")  # round 59 (visits): "Bakü'deydi" too


def _local_destination(doc: Document, s: Sentence, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) of a Turkish or Azerbaijani sentence of coming or going: the capital in the dative last before the
    verb ("…, Ankara'da düzenlenen forumun ardından dün Bakü'ye geldi", "Ankarada keçirilən forumdan sonra Bakıya
    gəlib": Baku, not Ankara where the clause before it was); of staying, the capital in the locative ("Ankara'ya
    dönmeden önce dün Astana'da temaslarda bulundu": Astana). None when no capital there is in that case."""
    going = _LOCAL_GOING.search(s.text)
    m = going or _LOCAL_STAYING.search(s.text)
    if not m:
        return None
    in_case = _in_dative if going else _in_locative
    before = [x for x in doc.mentions(s) if x.start < s.start + m.start() and x.is_capital]
    if any(w in s.text for w in _TRANSIT_WORDS):
        before = [x for x in before if not _is_transit(doc, x)]  # round 44: a capital passed through
    for x in reversed(before):
        if in_case(doc.text, x) and x.iso3 != visitor_iso3:
            return x.iso3, countries.get(x.iso3).capital
    if going and (word := _TR_CITY_IN_DATIVE_BEFORE.search(s.text, 0, m.start())) \
            and (city := places.city_in(word[1])) and city[0] != visitor_iso3:
        return city  # round 53: a city of places.CITIES right before the verb ("… heyetle dün Mersin'e geçti")
    return None


# Round 53: a Turkish name in the dative right before the verb of going ("dün Mersin'e geçti", "Kayseri'ye geldi")
_TR_CITY_IN_DATIVE_BEFORE = re.compile(r"([A-ZÇĞİÖŞÜ][^\W\d_]+)['’]y?[ae]\s+$")


def _in_dative(text: str, x: places.Mention) -> bool:
    """A place word in the Turkish dative ("Bakü'ye", "Astana'ya") or the Azerbaijani ("Bakıya", "Daşkəndə": the
    name itself with -ya/-yə, or -a/-ə after a consonant)."""
    if _TR_DATIVE.match(text, x.end):
        return True
    word = x.word.lower()
    if word.endswith(("ya", "yə")) and places.mentions(x.word[:-2]):
        return True
    return word.endswith(("a", "ə")) and word[-2:-1] not in "aeıioöuüə" and bool(places.mentions(x.word[:-1]))


def _in_locative(text: str, x: places.Mention) -> bool:
    """A place word in the Turkish locative ("Astana'da", "Taşkent'te") or the Azerbaijani ("Bakıda", "Astanada")."""
    return bool(_TR_LOCATIVE.match(text, x.end)) or (
        x.word.lower().endswith(("da", "də", "ta", "tə")) and bool(places.mentions(x.word[:-2])))


def _dateline_day(doc: Document, published: date) -> tuple[int, date] | None:
    """(sentence index, day) of the article's dateline ("Baku, September 25, Trend"), if it has one; else
    of the publication's time stamp on a line of its own ("18.12.2023 20:41 | Güncelleme: …")."""
    stamp = None
    for k, s in enumerate(doc.sentences[:STAMP_SENTENCES]):
        if k < DATELINE_SENTENCES and (head := _DATELINE.match(s.text)) and _dateline_names_a_place(doc, s, head):
            days = [d for d in _dates(s, published, True) if d[2] < 30]
            if days:
                return k, days[0][0]
        elif k < DATELINE_SENTENCES and (day := _day_after_lone_place_line(doc, k, published)):
            return k + 1, day
        elif stamp is None and len(s.text) < _STAMP_LENGTH and _STAMP.match(s.text):
            days = when.local_dates_in(s.text, published, s.check)
            if days and days[0][0] <= published:
                stamp = k, days[0][0]
    return stamp


LIVE_BLOG_ENTRIES = 3  # time-stamped entries that make a live blog (as quotes._live_entry_speakers reads one)


def _live_entry_starts(doc: Document, live_lead_end: int | None) -> list[int]:
    """Round 68 (turkpa68c): where a live blog's time-stamped entries begin (quotes._LIVE_STAMP), when it has
    LIVE_BLOG_ENTRIES or more; else none. Each entry is an item of its own: a guest's arrival its entry tells with no
    signing signed nothing (0), whatever another entry or the background recalls as signed (dev/1100); not a summit's
    guest, whose documents the summit's entries count (dev/1054, dev/1090)."""
    if live_lead_end is None:  # (_live_blog_lead_end, which find_visits has read once)
        return []
    return [m.start() for m in _LIVE_STAMP.finditer(doc.text)]


def _live_blog_lead_end(doc: Document) -> int | None:
    """Round 67 (summit67): where the lead of a live blog ends, its first time-stamped entry (quotes._LIVE_STAMP, "08:15
    – Overnight arrivals."), when it has LIVE_BLOG_ENTRIES or more; else None. A live blog tells the day it is published
    ("Welcome to our live coverage of the summit of … in Alanya", dev/1090): a summit its lead tells with no day is
    that day's, and the arrivals its entries tell are the summit's guests."""
    if "\n" not in doc.text or ":" not in doc.text:
        return None
    stamps = [m.start() for m in _LIVE_STAMP.finditer(doc.text)]
    return stamps[0] if len(stamps) >= LIVE_BLOG_ENTRIES else None


# Round 76 (live76): a visit the lead of a live blog tells as going on, in the present and with no day ("Uzbek President
# X is in Azerbaijan on a two-day state visit, the first leg of which is being held in Zangilan", dev/1194; "X is
# paying an official visit to Y", "X arrives in Y today on a visit"): the blog's own day, as its lead's summit is
# (_live_blog_lead_end); a past or a future visit the lead recalls or announces is not
_LIVE_LEAD_VISIT_NOW = re.compile(r"\b(?:is|are)\s+(?:(?:now|currently)\s+)?(?:in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?"
                                  r"\s+(?:on|for)|on|paying|making)\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,3}?"
                                  r"(?:visit|trip)\b|\barrives?\s+(?:in|at)\s"
                                  # Round 90 (v2, live_lead_visit_now_ru): the Russian lead "X находится с рабочим
                                  # визитом в Азербайджане" of a chronicle, its entries stamped "09:55 …" (dev/1371)
                                  r"|\bнаход(?:ится|ятся)\s+с\s+(?:[а-яё-]+\s+){0,2}?визитом\b")


def _live_lead_visit_now(sentence: str) -> re.Match | None:
    """Round 76 (live76): the visit a sentence of a live blog's lead tells as going on now (_LIVE_LEAD_VISIT_NOW), no
    future of it told; else None."""
    return None if _FUTURE.search(sentence) else _LIVE_LEAD_VISIT_NOW.search(sentence)


def _live_entry_stamp_day(doc: Document, at: int, published: date, end: int) -> list:
    """Round 68 (turkpa68c): the day of the live-blog entry holding `at`, read from its stamp when the stamp tells a
    day ("14 aprel, 19:40" on a line of its own, dev/1100): an arrival its entry tells with no day of its own
    ("… Bakıya gəlib") is of that day; (round 69) a bare time's entry is of the one day the blog's lead tells
    (_live_lead_day), else empty."""
    stamp = None
    for m in _LIVE_STAMP.finditer(doc.text):
        if m.start() > at:  # (round 69: the stamp may open the sentence at `at`)
            break
        stamp = m
    if stamp is None:
        return []
    days = when.local_dates_in(stamp.group(0), published) or _live_lead_day(doc, published)
    return [(days[0][0], None, end, end)] if days and days[0][0] <= published else []


# Round 81 (links81): a report built around embedded social-media posts, each signed under its text "— X Y (@handle)
# 19 Kasım 2026" (document.POST_SIGNATURE): an arrival its lead tells with no day ("… başkanlığındaki heyet, … İş
# Forumu için Kayseri'ye geldi.") is of the day the first post after it is signed, on or before the publication's
# day, the posts telling the visit as it went (dev/1257); a post of another day, or none, dates nothing.
def _day_of_the_post_after(s: Sentence, published: date, posts: list) -> list:
    after = next((m for m in posts if m.start() >= s.end), None)
    told = (when.dates_in(after["day"], published) or when.local_dates_in(after["day"], published)) if after else []
    return [(told[0][0], None, 0, 0)] if len(told) == 1 and told[0][1] is None and told[0][0] <= published else []


def _live_lead_day(doc: Document, published: date) -> list:
    """Round 69 (khujand69): the one day a live blog's lead tells (before its first time-stamped entry), which its
    entries stamped with a bare time are of: "24.kg ведет текстовую трансляцию заседания …, которое проходит сегодня в
    Худжанде" then "09:40 Самолет с делегацией … приземлился в аэропорту Худжанда" (dev/1111). Empty when the lead
    tells no day or more than one (the entries' days are then unknown)."""
    lead = doc.text[:_live_blog_lead_end(doc) or 0]
    days = {day[0] for day in when.local_dates_in(lead, published) + when.dates_in(lead, published)}
    return [(days.pop(), None, 0, 0)] if len(days) == 1 else []


# Round 70 (history70): a day told without its year ("… 2 Kasım'da İstanbul'a geçerek …") right after a sentence of the
# same paragraph that dates its day with a year ("… 30 Ekim 1992'de Ankara'da toplanan … Zirvesi'ne katıldı", dev/1125,
# an anniversary piece telling the trips of the 1990s) is a day of that year (of the next, when it would fall before
# that day), not the latest such day before publication. The year is read in the day's own span.
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
YEAR_TOLD_SENTENCES = 2  # the sentences before, within the paragraph, that may date a yearless day


def _in_the_year_told_before(doc: Document, k: int, days: list, published: date) -> list:
    """`days` (none of them told with a year) moved into the year of the last day with a year that one of the
    YEAR_TOLD_SENTENCES sentences before, in the same paragraph, tells; `days` as they are when none does."""
    for j in range(k - 1, max(-1, k - 1 - YEAR_TOLD_SENTENCES), -1):
        before = doc.sentences[j]
        if "\n" in doc.text[before.end:doc.sentences[j + 1].start]:
            return days  # another paragraph
        if not _YEAR_DIGITS.search(before.text):
            continue
        dated = [d for d in _dates(before, published, True) if _YEAR_DIGITS.search(before.text, d[2], d[3])]
        if not dated:
            continue
        told = dated[-1][0]
        moved = [_day_moved_after(d, told) for d in days]
        return moved if all(m is not None and m[0] <= published for m in moved) else days
    return days


# Round 74 (oped74): a day told without its year after a year the same sentence told first, a month's or a bare
# year's ("Уже в марте 2007 года, …, X приехал в Ташкент – 6 марта он вышел из самолета", dev/1179; "In May 2008 …,
# on 12 May he landed in …"), is a day of that year, not the latest such day before publication.


def _in_the_year_told_earlier_in_sentence(sentence: str, days: list, published: date) -> list:
    """`days` (the first told without a year) moved into the last year `sentence` tells before the first of them;
    `days` as they are when one would fall after publication."""
    years = _YEAR_DIGITS.findall(sentence, 0, days[0][2])
    if not years:
        return days
    told = date(int(years[-1]), 1, 1)
    moved = [_day_moved_after(d, told) if not _YEAR_DIGITS.search(sentence, d[2], d[3]) else d for d in days]
    return moved if all(m is not None and m[0] <= published for m in moved) else days


def _day_moved_after(day: tuple, told: date) -> tuple | None:
    """A yearless day (start, end, span) in the year of `told`, or the next when it would fall before `told`; None
    for a day that year has not (29 February)."""
    try:
        start = day[0].replace(year=told.year)
        if start < told:
            start = start.replace(year=told.year + 1)
        shift = start.year - day[0].year
        end = day[1].replace(year=day[1].year + shift) if day[1] is not None else None
    except ValueError:
        return None
    return (start, end, *day[2:])


def _dates(s: Sentence, published: date, local: bool = False) -> list:
    """The days a sentence names, in English or as "25.02.2020", and (`local`: a dateline, or a sentence with a
    Russian, Azerbaijani or Turkish visit word) in those languages; resolved, none after publication."""
    days = when.dates_in(s.text, published, s.check)
    if local and (found := when.local_dates_in(s.text, published, s.check)):
        days = sorted(days + found, key=lambda d: d[2])
    elif not local and (found := when.numeric_dates_in(s.text)):  # English too: "arrived in Bishkek on 11.03.2026"
        days = sorted(days + found, key=lambda d: d[2])
    return [d for d in days if d[0] <= published and not _names_a_holiday(s.text, s.check, d)]


# "who is in Kazakhstan on a state visit": a type said in a sentence that proposes no visit (no day, or no visitor)
_SAID_TYPE = re.compile(r"\b(state|official|working)\s+visit", re.I)
# A visit still to come gives no type to the one told: "Aliyev is expected to pay a state visit later this year",
# "Ожидается, что … посетит … с государственным визитом", "dövlət səfəri gözlənilir", "devlet ziyareti planlanıyor"
# an invitation to come is one still to come: "Japarov accepted an invitation to pay a state visit to Azerbaijan",
# "invited Tokayev to make an official visit" (not "At the invitation of …, X paid", which is told as done)
_FUTURE = re.compile(r"\b(?:expected\s+to|will|is\s+to|are\s+to|plans?\s+to|planned|scheduled|upcoming|forthcoming"
                     r"|invit(?:ed|ation)\s+(?:\w+\s+)?to\s+(?:pay|make|visit)"
                     # round 73 (visits73a): the future reported in the past ("told reporters that X would pay a state
                     # visit to Kyrgyzstan next month", dev/1158)
                     r"|would\s+(?:pay|make|visit)"
                     r"|ожида\w*|предстоя\w*|планир\w*|запланир\w*|посетит|gözlənil\w*|planlaşdırıl\w*|bekleniyor"
                     r"|planlan\w*|edecek|edəcək"
                     # the Azerbaijani and Turkish future of any verb: "martın 10-da Şuşaya gedəcək", "yarın Nahçıvan'a
                     # geçecek", "поедет"/"отправится" in Russian; not the nouns so made ("yanacaq", fuel; "içecek", drink)
                     r"|(?!(?:yanacaq|yakacak|içecek|yiyecek|içəcək)\b)[^\W\d_]{2,}(?:acaq|əcək|acak|ecek)"
                     # round 45: and nominalised, a future reported ("dövlət səfəri edəcəyini bildirib", "ziyaret
                     # edeceğini açıkladı"); not the noun "gelecek/gələcək" so declined ("geleceği", its future)
                     r"|(?!geleceğ|gələcəy)[^\W\d_]{2,}(?:acağ|eceğ|əcəy)[^\W\d_]*"
                     r"|поедет|отправится|полетит"
                     # round 53: preparing for it ("Мы готовимся к государственному визиту Президента …")
                     r"|готов(?:им|ит|ят)ся\s+к|подготовк[аеиу]\s+к"
                     # round 62 (visits62): invited to come ("Алиев приглашен посетить Казахстан с государственным
                     # визитом")
                     r"|приглаш[её]н[аы]?\s+(?:[\w-]+\s+)?посетить)\b", re.I)


# Round 80 (own, after chrono80's historical present): the present with a weekday, "tomorrow" or "next week" after it
# is news of a visit still to come ("Erdoğan arrives in Baku on Monday for talks", printed the Saturday before), which
# the present verbs read for a chronology's dated lines ("25 October 2017 – X pays a state visit …") would date to the
# weekday past, as a day with no year after the verb ("on 11 May") to that day a year before; such a sentence gives
# no visit unless it also tells one done ("arrived", "visited", …)
_PRESENT_VERBS = ("arrives", "pays", "travels", "attends")
_PRESENT_VERB = re.compile(r"\b(?:" + "|".join(_PRESENT_VERBS) + r")\b", re.I)
_PRESENT_TO_COME = re.compile(_PRESENT_VERB.pattern + r"(?=[^.;]{0,80}?\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday"
                              r"|Friday|Saturday|Sunday)|tomorrow|next\s+(?:week|month))\b)", re.I)
_CLAUSE_STOP = re.compile(r"[.;]")
_TOLD_AS_DONE = re.compile(r"\b(?:arrived|visited|paid|travell?ed|flew|landed|attended)\b", re.I)


def _present_to_come(s: Sentence) -> bool:
    """Round 80 (own): is `s` a visit still to come told in the present (_PRESENT_TO_COME), and none told as done?"""
    if not any(w in s.check for w in _PRESENT_VERBS) or _TOLD_AS_DONE.search(s.text):
        return False
    if _PRESENT_TO_COME.search(s.text):
        return True
    # a day with no year after the verb ("arrives in Baku on 11 May", printed on 9 May, would be dated to the May 11
    # a year before, the latest such day by the article's date); a chronology's day has its year
    if not (verb := _PRESENT_VERB.search(s.text)):
        return False
    clause = _CLAUSE_STOP.split(s.text[verb.end():verb.end() + 80], maxsplit=1)[0]
    return any(day[4] is None for days in (when.DAY_MONTH, when.MONTH_DAY) for day in days.finditer(clause))


# The visit as the subject of a verb of the future: "the Kazakh leader's visit would take place in May", "the trip will
# begin on Monday" (the sentence's day is another's, the speaking's)
# Visits told as many, the day the sentence names not theirs: "… told Kazakh media on Tuesday that he had visited
# Astana many times", "has repeatedly visited Baku"
_VISITED_OFTEN = re.compile(r"\bvisited\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:many|several|numerous|multiple|countless)\s+times"
                            r"|\b(?:repeatedly|frequently|often|regularly)\s+visit")
# A visit put off, called off or still being prepared is none, whatever day its sentence names (round 19b): "Tokayev's
# visit to Baku, planned for 14–16 May, has been postponed", "cancelled his visit to Tashkent on Monday",
# "Preparations are under way for Aliyev's state visit", "визит … перенесен/отменён", "готовится визит",
# "səfəri təxirə salınıb/ləğv edilib", "səfərinə hazırlıq", "ziyareti ertelendi/iptal edildi", "ziyaretine hazırlık"
_VISIT_OFF = re.compile(
    r"\b(?:visit|trip)\b[^.;]{0,80}?\b(?:has|have|had|was|were|is|is\s+being)\s+(?:been\s+)?"
    r"(?:postponed|cancell?ed|called\s+off|put\s+off|delayed|rescheduled)\b"
    r"|\b(?:postponed|cancell?ed|called\s+off|put\s+off)\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:visit|trip)\b"
    r"|\bpreparations?\s+(?:(?:are|were|is)\s+(?:under\s*way|being\s+made)\s+)?for\s+[^.;]{0,60}?\b(?:visit|trip)\b"
    r"|\bвизит\w*[^.;]{0,100}?\b(?:(?:перенес[её]н|отложен|отмен[её]н)[аоы]?\b|перенесли|отменили|отменил)"
    r"|\b(?:готовится|готовят|подготовк\w*\s+к)\s+(?:\w+\s+){0,2}?визит"
    r"|\bsəfər\w*\b[^.;]{0,80}?(?:təxirə\s+salın|ləğv\s+edil)\w*|\bsəfər\w*\s+hazırlıq"
    r"|\bziyaret\w*\b[^.;]{0,60}?(?:ertelen\w*|ertele(?:di|ndi)|iptal\s+(?:edil|etti)\w*)|\bziyaret\w*\s+hazırlık",
    re.I)
_VISIT_TO_COME = re.compile(r"\b(?:visit|trip)\b[^.;,]{0,40}?\b(?:will|would|is\s+to|was\s+to)\s+"
                            r"(?:take\s+place|begin|start|be\s+held|happen)\b", re.I)


def _dateline_names_a_place(doc: Document, s: Sentence, head: re.Match) -> bool:
    """Does the head of a would-be dateline ("Baku, …", "Turkmenbashi, 22 August (Orient).") name a place? "On
    Thursday, the last day, Rahmon travelled to Dashoguz, where he visited the old Baku Khan mausoleum" has a
    dateline's shape and a day, but its head names none, so it is no dateline and Baku no place it was filed from."""
    # round 43 (second wave): a city of places.CITIES in capitals too ("ALMATY, May 3 (Kazinform) — …")
    return any(m.start < s.start + head.end() for m in doc.mentions(s)) or places.city_in(head[0]) is not None \
        or (head[0].isupper() and places.city_in(head[0].title()) is not None)


# Round 65 (visits65b): a dateline the sentence splitter cut in two, its place a line of its own in capitals before
# the day ("ТУРКМЕНБАШИ. 16 апреля. КАЗИНФОРМ – …", dev/1063; "ASTANA. 3 May. …"): the place alone with its stop
_LONE_PLACE_LINE = re.compile(rf"[{_UPPER}][{_UPPER}'’-]+(?:\s[{_UPPER}][{_UPPER}'’-]+)?\.")


def _day_after_lone_place_line(doc: Document, k: int, published: date) -> date | None:
    """The day of the sentence after a _LONE_PLACE_LINE naming a city when that sentence opens with it (then the
    dateline is that next sentence, and the place is read back from k: _dateline_place)."""
    s = doc.sentences[k]
    if len(s.text) > 40 or not _LONE_PLACE_LINE.fullmatch(s.text) or k + 1 >= len(doc.sentences) \
            or places.city_in(s.text.title()) is None:
        return None
    days = [d for d in _dates(doc.sentences[k + 1], published, True) if d[2] < 3]
    return days[0][0] if days else None


def _dateline_place(doc: Document, k: int) -> tuple[str, str] | None:
    """(ISO-3, city) of the dateline sentence k ("Turkmenbashi, 22 August (Orient)."): the city the
    report was filed from, which is where a visit the lead tells without a city took place."""
    if k > 0 and _LONE_PLACE_LINE.fullmatch(doc.sentences[k - 1].text) and not doc.mentions(doc.sentences[k]):
        return places.city_in(doc.sentences[k - 1].text.title())  # round 65 (visits65b): the place on its own line
    s = doc.sentences[k]
    capital = next((m for m in doc.mentions(s) if m.is_capital), None)
    if capital:
        return capital.iso3, countries.get(capital.iso3).capital
    head = _DATELINE.match(s.text)
    return places.city_in(s.text) or (places.city_in(head[0].title()) if head and head[0].isupper() else None)


# A dateline at the head of the lead's own sentence: "DUSHANBE, June 10, 2026, Asia-Plus -- …", "BAKU/ANKARA,
# Sept 25 (Reuters) - …" (a place in capitals, a comma, then a dash within a few words); a place in ordinary case
# when the outlet follows in brackets before the dash: "London, 16 October (Argus) — …", "Astana, 3 May (Reuters) - …";
# round 33: the place in capitals may have its country in brackets ("SOFIA (Bulgaria), February 18 (SeeNews) - …"),
# and a place in ordinary case a full day with its year and no outlet ("Tashkent, 14 May 2026 — …")
_INLINE_DATELINE = re.compile(r"^(?:[A-ZА-ЯЁÇĞİÖŞÜƏ][A-ZА-ЯЁÇĞİÖŞÜƏ/ '’.-]+(?:\s\([A-Z][\w .-]{1,30}\))?,\s[^\n]{0,60}?"
                              r"|[A-ZА-ЯЁ][\w'’.-]+(?:\s[A-ZА-ЯЁ][\w'’.-]+)?,\s[^\n()]{0,30}?\([\w .-]{2,30}\)"
                              r"|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?,\s"
                              r"(?:\d{1,2}\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s\d{1,2}),?\s\d{4}"
                              # Round 86 (n5): the place in capitals, its day in digits in brackets ("ANKARA
                              # (19.11.2026) – …", dev/1321)
                              r"|[A-ZА-ЯЁÇĞİÖŞÜƏ]{3,}(?:\s[A-ZА-ЯЁÇĞİÖŞÜƏ]{3,})?\s\(\d{1,2}\.\d{1,2}\.\d{4}\))"
                              r"\s(?:--|–|—|-)\s")
# Round 86 (n5): the lead's event told of last week after the dateline heading it ("ANKARA (19.11.2026) – Bakan X'in
# geçen hafta Oş kentine yaptığı ziyaretin ardından …", dev/1321; "на прошлой неделе", "ötən həftə"): the dateline's
# day is the report's, not the event's (its day is told later, if at all). Not "geçen hafta sonu" (last weekend: a day)
_LAST_WEEK = re.compile(r"\b(?:geçen|ötən|keçən)\s+həftə(?!\s?sonu)|\bgeçen\s+hafta(?!\s?sonu)\b"
                        r"|\b(?:last|past)\s+week\b|\bна\s+(?:прошлой|минувшей)\s+неделе\b", re.I)
# (its cheap gate is the older _LAST_WEEK_WORDS below, one home for the words of "last week")


# A wire dateline heading the sentence with a colon: "ANKARA: Leaders of Turkic-speaking nations gathered in
# Istanbul on Friday for a summit", "BAKU: …" (the place in capitals is the newsroom's)
_COLON_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ/ '’.-]+:\s")


def _sentence_place(doc: Document, s: Sentence, visitor_iso3: str) -> tuple[str, str] | None:
    """_place of a whole sentence, leaving out a dateline heading it (_INLINE_DATELINE, _COLON_DATELINE): where
    the report was filed is not where the leaders met, when the sentence names another place; the dateline's
    place stands when it is the only one ("BAKU, Sept 25 (Reuters) - Erdogan arrived on Monday …"); and the
    city whose governor or mayor the visitor is (_TITLE_OWNER_CITY)."""
    text, found = s.text, doc.mentions(s)
    if any(title in text for title in _CITY_HEAD_TITLES) and (owned := list(_TITLE_OWNER_CITY.finditer(text))):
        text = _TITLE_OWNER_CITY.sub(lambda m: " " * len(m[1]) + m[0][len(m[1]):], text)
        found = [x for x in found if not any(m.start() <= x.start - s.start < m.end(1) for m in owned)]
    if any(w in text for w in _TRANSIT_WORDS):
        found = _without_transit(doc, found, text)  # round 44: "Bakü üzerinden Şuşa'ya gelen X": Shusha
    head = _INLINE_DATELINE.match(text) or _COLON_DATELINE.match(text)
    if not head and text[:2].isupper() and (bare := _BARE_DATELINE.match(text)) \
            and (filed := {m.iso3 for m in found if m.start < s.start + bare.end()} | {
                city[0] for city in [places.city_in(bare[0].title())] if city}) \
            and (place := _place([m for m in found if m.start >= s.start + bare.end()], visitor_iso3,
                                 text[bare.end():])) and place[0] not in filed:
        # Round 84 (h5): a wire's place in capitals and a dash, no comma or day ("BISHKEK (AKIpress) - X held talks
        # with Y in Shusha on Tuesday", _BARE_DATELINE), at home while the sentence names another state's place: the
        # newsroom's, not where they met (dev/1290); a place of the dateline's own state ("ANKARA – … Türkiye'ye
        # geldi", "TASHKENT -- … with a stop in Samarkand") leaves the dateline read as before
        return place
    if head:
        after = [m for m in found if m.start >= s.start + head.end()]
        if place := _place(after, visitor_iso3, text[head.end():]):
            return place
    return _place(found, visitor_iso3, text)


# Round 44: a place the visitor passed through on his way is not where he went: "Bakü üzerinden Şuşa'ya gelen X"
# (Turkish), "Bakı üzərindən Şuşaya gələn" (Azerbaijani), "прибыл в Шушу через Баку", "arrived in Shusha via Baku"
_TRANSIT_AFTER = re.compile(r"['’]?\s+(?:üzerinden|üzərindən)\b")
_TRANSIT_BEFORE = re.compile(r"\b(?:via|через)\s+$")
_TRANSIT_WORDS = ("üzerinden", "üzərindən", "via ", "через ")  # one is in every transit match


def _is_transit(doc: Document, x: places.Mention) -> bool:
    """Is the place mention `x` one passed through (_TRANSIT_AFTER, _TRANSIT_BEFORE)?"""
    return bool(_TRANSIT_AFTER.match(doc.text, x.end) or _TRANSIT_BEFORE.search(doc.text[max(0, x.start - 8):x.start]))


def _without_transit(doc: Document, found: list, text: str) -> list:
    """The mentions of `found` but the places passed through, when another place is left: a mention, or a city of
    places.CITIES that `text` names (cities are no mentions)."""
    kept = [x for x in found if not _is_transit(doc, x)]
    return kept if kept or places.city_in(text) else found


# Round 41 (Azerbaijani): a city in the genitive before its head's title ("Almatının akimi Yerbolat Dosayevin başçılıq
# etdiyi nümayəndə heyəti … Azərbaycanda işgüzar səfərdədir", "Bakının meri"; "Türküstan vilayətinin akimi") is the
# visitor's own, no place he went to
# and so is his state's, told first in the genitive, bare or with an apposition ending "olan" ("Qazaxıstanın Almatı
# şəhərinin akimi", "Qazaxıstanın ən böyük şəhəri olan Almatının akimi"): without it the state reads as the place; a
# name ending in a consonant takes the genitive without "n" ("Şımkəndin akimi", "İstanbulun meri")
_OWNER_APPOSITION = r"(?:[^,.;:()]{1,40}?\s+olan\s+)?"
# round 44: "hakimi", the Azerbaijani spelling of an Uzbek region's hokim ("Buxara vilayətinin hakimi X")
# one is in every _TITLE_OWNER_CITY match ("hakimi" holds "akimi")
_CITY_HEAD_TITLES = ("akimi", "hokimi", "meri", "qubernatoru")
_TITLE_OWNER_CITY = re.compile(rf"((?:[{CAPITALS}][\w'’-]+?n?[ıiuü]n\s+{_OWNER_APPOSITION})?"
                               rf"[{CAPITALS}][\w'’-]+?(?:n?[ıiuü]n|\s+(?:şəhərinin|vilayətinin)))\s+"
                               r"(?:akimi|hokimi|hakimi|meri|qubernatoru)\b")


# Where the visitor came from, with what he did there: "travelled to Shusha from Brussels, where he attended a
# Nato summit on Monday", "flew in from Ankara, where he had met … on Friday": that clause's day is not the visit's
_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+where\b[^,;]*")


# A call told in the visit's sentence, with its own day: "The visit follows a phone call between the two presidents
# on March 4 in which …, and Mirziyoyev's state visit to Ankara in February 2020" (March 4 is the call's)
_CALL_CLAUSE = re.compile(r"\b(?:phone|telephone|video)\s+(?:call|conversation|talks|conference)\b[^,;]*"
                          # round 24: "spoke by phone on Tuesday about the upcoming visit of President Tokayev to Baku"
                          r"|\b(?:spoke|talked|conferred)\s+(?:by|over\s+the)\s+(?:phone|telephone|video\s+link)\b[^,;]*", re.I)


# The day something was said: "…, his office said on Thursday", "the Kremlin announced on Monday" (of a visit to
# come, the day of the announcement is not the visit's)
_SAID_ON = re.compile(r"\b(?:said|announced|reported|stated|confirmed|told\s+\w+)\s+(?:on\s+)?(?:\w+day|yesterday|today)\b")


def _came_from_days(s: Sentence, place: tuple[str, str], published: date, local: bool) -> list:
    """The days told in the clause of where the visitor came from (_CAME_FROM) when that place is the visit's (the
    one he went on to is no place of the ties: "Tokayev arrived in Tokyo on Friday from Ashgabat, where he had held
    talks on Thursday with …" is his visit to Ashgabat on Thursday); else none."""
    m = _CAME_FROM.search(s.text)
    if not m:
        return []
    where = m["place"]
    if not (any(x.is_capital and x.iso3 == place[0] for x in places.mentions(where)) or places.city_in(where) == place):
        return []
    return [d for d in _dates(s, published, local) if m.start() <= d[2] < m.end()]


# A clause told in the future: its day is one still to come, which when.py (the latest such day on or before the
# publication) would read as a day past. English tells the day after the verb ("Aliyev will pay a state visit to
# Kazakhstan on April 2", "Tokayev arrived in Baku on Monday and will travel to Shusha on Thursday"): from the verb to
# the next comma or semicolon; Russian on either side ("Токаев 2 апреля посетит Баку"): the clause around it, from the
# last comma, semicolon or "и" to the next; Turkish and Azerbaijani before it, the verb last ("Erdoğan 2 Nisan'da
# Bakü'yü ziyaret edecek", "… ziyaret edeceği bildirildi", "aprelin 2-də Bakıya səfərə gələcək"): from the clause's
# start to the verb
_CLAUSE_BODY = r"(?:(?!\s(?:и|ve|və)\s)[^,;])*?"
# one pattern a language, each searched only in a sentence holding one of its words (the words after it): the clause
# bodies are slow to try at every comma
_FUTURE_CLAUSES = (
    (re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|scheduled|set|due|slated|going)\s+to|plans?\s+to"
                r"|intends?\s+to)\s[^,;]*", re.I),
     ("will", "expected to", "scheduled to", "set to", "due to", "slated to", "going to", "plan to", "plans to",
      "intend")),
    (re.compile(r"(?:^|(?<=[,;])|(?<=\sи\s))" + _CLAUSE_BODY + r"\b(?:посетит|прибудет|прилетит|совершит"
                r"|отправится|поедет|полетит|проведе?ёт|примет|встретится|будет|состоится)\b" + _CLAUSE_BODY
                + r"(?=[,;]|\sи\s|$)", re.I),
     ("посетит", "прибудет", "прилетит", "совершит", "отправится", "поедет", "полетит", "провед", "примет",
      "встретится", "будет", "состоится")),
    (re.compile(r"(?:^|(?<=[,;])|(?<=\sve\s)|(?<=\svə\s))" + _CLAUSE_BODY
                # not the nouns so made: "yanacaq" (fuel), "içecek" (drink), "geleceği" (its future)
                + r"\b(?!(?:yanacaq|yakacak|içecek|yiyecek|içəcək)\b|geleceğ|gələcəy)"
                r"[^\W\d_]{2,}(?:acak|ecek|acaq|əcək|acağ|eceğ|əcəy)[^\W\d_]*"
                r"|(?:^|(?<=[,;])|(?<=\sve\s)|(?<=\svə\s))" + _CLAUSE_BODY + r"\b(?:gözlənilir|bekleniyor|planlanıyor)",
                re.I),
     ("acak", "ecek", "acaq", "əcək", "acağ", "eceğ", "əcəy", "gözlənilir", "bekleniyor", "planlanıyor")),
)


def _outside(days: list, clause: re.Pattern, text: str) -> list:
    """`days` less those told inside a match of `clause` in `text`."""
    away = [m.span() for m in clause.finditer(text)]
    return [d for d in days if not any(a <= d[2] < b for a, b in away)]


_CLAUSE_BREAK = re.compile(r";|\s(?:but|however|но|однако|ancaq|lakin|amma|ancak)\s", re.I)


def _after_clause(days: list, text: str, at: int) -> list:
    """`days` told in a clause after the one that ends past `at` (none when no clause follows)."""
    nxt = _CLAUSE_BREAK.search(text, at)
    return [d for d in days if d[2] >= nxt.end()] if nxt else []


def _day_of_the_place_before(doc: Document, k: int, published: date) -> list:
    """Round 21: a local visit sentence with no day, in a city the sentence before names with its day: that day, as
    the event told there is the one the visitor came to ("Oktyabrın 8-də Şəkidə … Forumunun iclası keçirilib."
    "… forumda … işgüzar səfərlə Şəkidə olan … Baş naziri … iştirak ediblər."). Only a city other than a capital, as
    capitals are named in passing far more often; none when the sentence before names no day or another city."""
    city = places.city_in(doc.sentences[k].text)
    if city is None and _capital_told_back(doc, k):
        city = True  # round 25: "… прошло 14 октября в Бишкеке. В кыргызскую столицу … прилетел …"
    elif city is None or places.city_in(doc.sentences[k - 1].text) != city:
        return []
    return [(d[0], d[1], 0, 0) for d in _days(doc.sentences[k - 1], published, None, True)[:1]]


# Round 73 (border73): a border crossed with no day told, right after a sentence telling an event at a border post
# with its day ("Премьер-министры … сегодня, 14 мая, приняли участие в открытии … пункта пропуска «Кен-Булун» …"
# "Глава казахстанского правительства пересек границу через новый терминал …", dev/1166): the crossing is of the
# event's day, as _day_of_the_place_before reads a city's. Only when the sentence before names a border post or border.
_RU_BORDER_CROSSED = re.compile(_RU_CROSSED_THE_BORDER, re.I)
# the sentences looked back over: the lead, and the source's line after it ("Об этом сообщает пресс-служба …")
BORDER_POST_SENTENCES = 2
_RU_BORDER_POST = re.compile(r"\bпункт\w*\s+пропуска\b|\bгранице\b|\b(?:по)?гранич\w+", re.I)
# Round 83 (old83, border_post_before): the English form ("On Tuesday, … officials cut the ribbon on a new border
# trading market on the Tajik side of the Oybek–Fotehobod crossing …" "Tashkent region governor X crossed over for the
# ceremony, where …", dev/1070): the crossing told by _VISIT's border alternatives, the post by its noun (not "border
# villages"), the host by the side of it the sentence names (_EN_SIDE_OF_THE_BORDER)
_EN_BORDER_CROSSED = re.compile(r"\bcrossed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|checkpoint|frontier)|\b"
                                + _EN_CROSSED_OVER)
_EN_BORDER_POST = re.compile(r"\b(?:crossing|checkpoint|border\s+(?:post|point|terminal|(?:trading\s+)?market))\b",
                             re.I)
_EN_SIDE_OF_THE_BORDER = re.compile(r"\bon\s+the\s+([A-Z][a-z]+)\s+side\s+of\s+the\s+(?:[\w–-]+\s+){0,3}?"
                                    r"(?:crossing|checkpoint|border|frontier)\b")


def _border_posts_before(doc: Document, k: int) -> list[Sentence]:
    """Those of the BORDER_POST_SENTENCES before sentence k that name a border post, nearest first, when sentence k
    tells a border crossed (Russian _RU_BORDER_CROSSED, English _EN_BORDER_CROSSED); else []."""
    check = doc.sentences[k].check
    if "пересе" in check and _RU_BORDER_CROSSED.search(doc.sentences[k].text):
        post = _RU_BORDER_POST
    elif "crossed" in check and _EN_BORDER_CROSSED.search(doc.sentences[k].text):
        post = _EN_BORDER_POST
    else:
        return []
    return [doc.sentences[j] for j in range(k - 1, max(k - 1 - BORDER_POST_SENTENCES, -1), -1)
            if post.search(doc.sentences[j].text)]


def _en_side_of_the_border_post_before(doc: Document, k: int, visitor_iso3: str) -> tuple[str, str] | None:
    """Round 83 (old83): (host, "") of the state whose side of a border post told before an English crossing
    (_border_posts_before) the nearest such sentence names, other than the visitor's own; else None."""
    for before in _border_posts_before(doc, k) if "crossed" in doc.sentences[k].check else []:
        for m in _EN_SIDE_OF_THE_BORDER.finditer(before.text):
            codes = places.codes_in(m[1])
            if len(codes) == 1 and codes[0] != visitor_iso3:
                return codes[0], ""
    return None


def _day_of_the_border_post_before(doc: Document, k: int, published: date) -> list:
    """The day of the nearest of the BORDER_POST_SENTENCES before a border crossing told with no day that names a
    border post or the border and a day (_border_posts_before; round 83, old83: one naming no day, "The checkpoint has
    twelve lanes", passed over); none when none names a day."""
    for before in _border_posts_before(doc, k):
        if days := _days(before, published, None, True):
            return [(d[0], d[1], 0, 0) for d in days[:1]]
    return []


# Round 69 (az69): an entry of a dated chronicle opens with a stamp of its own, a day and a clock time and nothing
# else, a sentence of its own ("Foto 1. Aprelin 21-i, saat 21:15.", dev/1117): an arrival its next sentence tells with
# no day is of that day (round 71: the one form of such a stamp is when.DAY_AND_TIME_STAMP, which quotes reads too).
STAMP_SENTENCE_LENGTH = 40  # characters: a day and a time, no more


def _day_of_the_stamp_before(doc: Document, k: int, published: date) -> list:
    """The day of the sentence before when it is an entry's stamp of a day and a time alone (when.DAY_AND_TIME_STAMP);
    else none."""
    before = doc.sentences[k - 1]
    if len(before.text) > STAMP_SENTENCE_LENGTH or not (stamp := when.DAY_AND_TIME_STAMP.match(before.text)):
        return []
    days = when.local_dates_in(before.text, published, before.check) or when.dates_in(before.text, published,
                                                                                         before.check)
    return [(d[0], None, 0, 0) for d in days[:1] if d[0] <= published and d[3] <= stamp.end("day")]


def _days(s: Sentence, published: date, lead_day: date | None, local: bool = False) -> list:
    """The days a sentence names (resolved), else the dateline's day when the sentence is the lead. The day of
    a dateline heading the sentence is the report's: the event's is the one the sentence tells, if any
    ("DUSHANBE, June 10, … -- Aliyev, who arrived in Dushanbe yesterday afternoon" started on June 9)."""
    days = _dates(s, published, local)
    if len(days) > 1 and (head := _INLINE_DATELINE.match(s.text)):
        days = _counted_from_the_dateline(s, days, head.end(), published, local)
        days = [d for d in days if d[2] >= head.end()] or days
    if days and any(w in s.check for w in _LAST_WEEK_WORDS) and (head := _INLINE_DATELINE.match(s.text)) \
            and all(d[2] < head.end() for d in days) and _LAST_WEEK.search(s.text, head.end()):
        return []  # round 86 (n5): _LAST_WEEK
    if days and ", where" in s.text:
        days = _outside(days, _CAME_FROM, s.text)
    if days and ("phone" in s.text or "video" in s.text):
        days = _outside(days, _CALL_CLAUSE, s.text)
    for clause, words in _FUTURE_CLAUSES:
        if days and any(word in s.check for word in words):
            days = _outside(days, clause, s.text)
    if days and any(word in s.check for word in _YEARS_SINCE_THE_VISIT_WORDS):
        days = _back_by_the_years_since(s.text, days)  # round 73 (history73)
    return days or ([(lead_day, None, 0, 0)] if lead_day else [])


# Round 79 (roundup79): a day told relative to another ("dün", "yesterday", "on Tuesday") after a dateline heading the
# sentence that names its own day earlier than the publication's is counted from the dateline's day: a roundup's item
# filed the day before ("TAŞKENT, 19 Kasım – Bakan X, resmi ziyaret için dün geldiği Özbekistan'da …" in a bulletin of
# 20 November: the 18th, dev/1241; "BAKU, May 3 — X, who arrived yesterday, …" published on the 4th: the 2nd). The days
# the sentence names by the calendar keep their reading.
def _counted_from_the_dateline(s: Sentence, days: list, head_end: int, published: date, local: bool) -> list:
    """`days` with those after the dateline heading `s` (ending at head_end) told by no calendar date read again against
    the dateline's own day (the first of `days`, inside the dateline), when that day is before `published`."""
    filed = days[0]
    if filed[2] >= head_end or filed[1] is not None or filed[0] >= published:
        return days
    again = {(d[2], d[3]): d for d in _dates(s, filed[0], local)}
    return [again.get((d[2], d[3]), d) if d[2] >= head_end and not _calendar_date_told(s.text[d[2]:d[3]]) else d
            for d in days]


# Round 73 (history73): an anniversary piece's lead tells the visit by the years gone since it, on the day of writing
# ("Bu gün … Heydər Əliyevin Türkmənistana ilk rəsmi səfərindən 30 il ötür", dev/1161; "Today marks 25 years since
# …'s state visit to …", "… ziyaretinin üzerinden 20 yıl geçti", "исполняется 30 лет со дня визита …"): the visit was
# that many years before the day the sentence names without a year ("today"), not on it. Only when the years are
# counted from the visit noun itself (a visit today in a sentence that counts the years of the two states' ties keeps
# its day).
_YEARS_SINCE_THE_VISIT = re.compile(r"\bsəfər\w*(?:dən|dan)\s+(\d{1,3})\s+il\s+(?:ötür|ötüb|keçir|keçib|tamam\s+olur)\b"
                                    r"|\bziyaret\w*\s+(?:üzerinden\s+)?(\d{1,3})\s+yıl\s+(?:geç|dol)"
                                    r"|\b(\d{1,3})\s+(?:years?\s+(?:have\s+passed\s+|has\s+passed\s+)?since|"
                                    r"(?:st|nd|rd|th)\s+anniversary\s+of)\s+[^.;]{0,80}?\bvisit"
                                    r"|\b(\d{1,3})\s+(?:год|года|лет)\s+(?:со\s+дня|с\s+момента)\s+[^.;]{0,80}?визит",
                                    re.I)
_YEARS_SINCE_THE_VISIT_WORDS = (" il ötü", " il keçi", " il tamam", " yıl geç", " yıl dol", " since ", "anniversary",
                                " со дня", " с момента")  # one is in every _YEARS_SINCE_THE_VISIT match


def _back_by_the_years_since(sentence: str, days: list) -> list:
    """`days` told without a year moved back by the years the sentence counts since the visit
    (_YEARS_SINCE_THE_VISIT); `days` as they are when it counts none."""
    if not (m := _YEARS_SINCE_THE_VISIT.search(sentence)):
        return days
    years = int(next(g for g in m.groups() if g))
    return [_years_before(d, years) if not _YEAR_DIGITS.search(sentence, d[2], d[3]) else d for d in days]


def _years_before(day: tuple, years: int) -> tuple:
    """A day (start, end, span) `years` years earlier (when.years_before, 28 February for a 29th the year has not)."""
    return (when.years_before(day[0], years), when.years_before(day[1], years) if day[1] is not None else None,
            *day[2:])


# The arrival told in a clause of a sentence that tells a later day first: "Mirziyoyev on Thursday received
# Jabbarov, who had arrived in Tashkent the day before", "провел в четверг переговоры с …, прибывшим в Бишкек
# накануне вечером": the visit starts on the arrival's day (precision: the day of the meeting is not its start).
# The clause runs from the arrival word to the next comma or stop.
_ARRIVAL_CLAUSE = re.compile(r"\b(?:arrived|landed|reached|(?:flew|flown)\s+in|прибы\w*|прилете\w*)[^,.;]*", re.I)
# the day before the one the sentence tells, in English ("the day before", "a day earlier", "the previous evening")
_DAY_BEFORE = re.compile(r"\b(?:the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+(?:day|evening|night)"
                         r"|the\s+(?:evening|night)\s+before)\b", re.I)


# A visit of a few days told as it ends: its day is the last, and it began the days before ("on Wednesday concluded a
# two-day state visit to Uzbekistan" began on Tuesday; "11 марта завершил двухдневный государственный визит", "dün …
# iki günlük devlet ziyaretini tamamladı", "martın 11-də … iki günlük dövlət səfərini başa vurub")
# Round 83 (h3): or told as ended with its beginning the day before in an aside, "сегодня завершил
# государственный визит в Венгрию, начавшийся накануне" (dev/1287): two days, the eve and the day told
_DAYS_OF = {"two": 2, "three": 3, "2": 2, "3": 3, "двух": 2, "трех": 3, "трёх": 3, "iki": 2, "üç": 3, "накануне": 2}
_ENDED_VISIT = re.compile(r"\b(?:concluded|ended|completed|wrapped\s+up|rounded\s+off)\s+(?:a|an|his|her|their|the)\s+"
                          r"(two|three|2|3)-day\b"
                          r"|\bзаверши\w*\s+(?:свой\s+)?(двух|трех|трёх)дневн"
                          r"|\bзаверши\w*\s+(?:свой\s+)?(?:[а-яё]+\s+){0,2}визит[^.;,]{0,60},\s+"
                          r"начавшийся\s+(?:ещ[её]\s+)?(накануне)(?=\s*[.,;])"
                          r"|\b(iki|üç)\s+günlük\s+[^.;]{0,60}?(?:ziyaretini\s+tamamla|səfərini\s+(?:başa\s+vur|yekunlaşdır))", re.I)
_ENDED_WORDS = ("conclud", "ended", "complet", "wrapped", "rounded", "заверши", "günlük")  # one is in every match


def _ended_first(sentence: str, days: list) -> list:
    """`days` with the first made the visit's span when the sentence tells a visit of a few days as it ends
    (_ENDED_VISIT): from the days before to that day."""
    if not days or days[0][1] is not None or not any(w in sentence for w in _ENDED_WORDS) \
            or not (m := _ENDED_VISIT.search(sentence)):
        return days
    day, _, *span = days[0]
    n = _DAYS_OF[lowered(next(g for g in m.groups() if g))] - 1
    if ("began" in sentence or "started" in sentence) and (b := _EN_VISIT_BEGAN.search(sentence, m.end())) \
            and b.start() <= span[0] < b.end():
        # Round 91 (ended_began_t1): the day told is the one the ended visit began ("wrapped up a two-day working
        # visit to Türkiye that began in Bursa on Monday" began on Monday, not the day before it) (dev/1374)
        return [(day, day + timedelta(days=n), *span)] + days[1:]
    return [(day - timedelta(days=n), day, *span)] + days[1:]


def _arrival_first(sentence: str, days: list) -> list:
    """`days` with the day of arrival first when an arrival clause after the first day names its own day
    (_ARRIVAL_CLAUSE), or "the day before" that day; unchanged otherwise."""
    if not days or not (m := _ARRIVAL_CLAUSE.search(sentence, days[0][3])):
        return days
    arrival = next((d for d in days[1:] if m.start() <= d[2] < m.end()), None)
    if arrival is not None and not _eve_of_the_day_told(sentence, arrival):
        return [arrival] + [d for d in days if d is not arrival]
    if (before := _DAY_BEFORE.search(m[0]) or _RU_EVE.search(m[0])) \
            and (days[0][1] is None or _OPENING_AFTER.match(m[0], before.end())):
        day = days[0][0] - timedelta(days=1)
        return [(day, None, m.start() + before.start(), m.start() + before.end())] + [d for d in days if d is not arrival]
    return days


# Round 49: the day told is "a day after arriving" ("held talks with X on Wednesday, a day after arriving in the Turkish
# capital"): the arrival, the visit's first day, is the day before it; "two days after" two before
_DAYS_AFTER_ARRIVING = re.compile(r"\b(a|one|two)\s+days?\s+after\s+(?:arriving|landing|(?:his|her|their)\s+arrival)\b")


def _days_after_arriving_first(sentence: str, days: list) -> list:
    """`days` with the first moved back to the arrival when a clause after it tells that day came a day (two days) after
    arriving (_DAYS_AFTER_ARRIVING); unchanged otherwise."""
    if not days or days[0][1] is not None or " after " not in sentence \
            or not (m := _DAYS_AFTER_ARRIVING.search(sentence, days[0][3])):
        return days
    back = 2 if m[1] == "two" else 1
    return [(days[0][0] - timedelta(days=back), None, m.start(), m.end())] + days[1:]


# Russian "накануне" in an arrival clause after a day the sentence names is the eve of that day, not of the report's
# ("В четверг, 8 октября, в Бишкеке прошло заседание … Жумангарин, прибывший в кыргызскую столицу накануне вечером":
# 7 October, whenever the report came out)
_RU_EVE = re.compile(r"\bнакануне\b(?!\s+(?:визита|встречи|саммита|форума|переговоров))", re.I)
# Round 45: the eve of an event's opening is the eve of its first day, when the day told before is a span too ("Форум
# прошёл 12–13 марта, …, который прилетел в Стамбул накануне открытия": 11 March; "the day before the opening")
_OPENING_AFTER = re.compile(r"\s+(?:открытия|начала|(?:the|its)\s+opening)\b", re.I)


def _date_in_apposition(sentence: str, days: list) -> bool:
    """Does the calendar date right after the first day, set off by a comma, say which day that one is ("прибыл …
    накануне, 7 октября", "вчера, 12 мая", "dün, 3 Mart'ta")? The date is then the day, not the relative word read
    against the report's day."""
    between = sentence[days[0][3]:days[1][2]]
    return days[0][1] is None and between.strip() == "," and days[1][0] != days[0][0] \
        and _calendar_date_told(sentence[days[1][2]:days[1][3]])


def _calendar_date_told(said: str) -> bool:
    """Round 64 (visits64b): does a day as written name its calendar date (a number of the month: "7 октября", "3
    Mart'ta")? A weekday after a comma starts the next clause, it names no day of the one before ("прибывший в Баку
    вечером 22 апреля, в среду провёл переговоры": arrived on the 22nd, the talks on Wednesday; dev/1057)."""
    return any(c.isdigit() for c in said)


EVE_SENTENCES = 2  # the event whose eve a sentence tells is in one of the sentences right before


def _eve_of_the_event_before(doc: Document, k: int, day: tuple, published: date) -> tuple | None:
    """The eve of the day the nearest of the EVE_SENTENCES before tells, when sentence k's only day is "накануне"
    (_RU_EVE) and that day is not the report's: the arrival is told against the event, not the report ("Форум,
    который в четверг прошел в Оше, …" … "Ходжаев, который прибыл в Ош накануне вечером": Wednesday). None otherwise."""
    if not _RU_EVE.match(doc.sentences[k].text, day[2]):
        return None
    for before in reversed(doc.sentences[max(0, k - EVE_SENTENCES):k]):
        if told := _dates(before, published, True):
            return (told[0][0] - timedelta(days=1), None, day[2], day[3]) if told[0][0] != published else None
    return None


# Round 44 (English): "on the eve of the meeting" after a sentence that told the meeting's day ("On 13 November,
# Tashkent hosted the meeting …" … "The Turkmen delegation, which arrived in the Uzbek capital on the eve of the
# meeting, …")
_EN_EVE = re.compile(r"\bon\s+the\s+eve\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:meeting|session|forum|summit|talks|commission)\b")


def _en_eve_of_the_event_before(doc: Document, k: int, published: date) -> list:
    """[the eve of the day the nearest of the EVE_SENTENCES before sentence k tells] when sentence k's only time is
    "on the eve of the <event>" (_EN_EVE); [] otherwise, or when that day is the report's."""
    m = _EN_EVE.search(doc.sentences[k].text)
    if not m:
        return []
    for before in reversed(doc.sentences[max(0, k - EVE_SENTENCES):k]):
        if told := _dates(before, published):
            return [(told[0][0] - timedelta(days=1), None, m.start(), m.end())] if told[0][0] != published else []
    return []


def _eve_of_the_day_told(sentence: str, arrival: tuple) -> bool:
    """Is the arrival's day one read from "накануне" (_RU_EVE, the eve of a day told before it in the sentence)?"""
    return _RU_EVE.match(sentence, arrival[2]) is not None


_OWNS = re.compile(r"['’]s\s+[a-z]")


# Round 20: an ambassador met or received is posted there, no visitor ("Aliyev met Kazakh Ambassador …", "received the
# Ambassador of …"); an ambassador-at-large travels
_AMBASSADOR = re.compile(r"\b(?:ambassador|посол|посла|послом|səfir|büyükelçi)(?!-at-large)", re.I)


# A relative clause between commas right after a name, before the verb: ", who visited Ashgabat in 2024,"
_WHO_ASIDE = re.compile(r",\s+who\s[^,.;]{1,120},")


def _reception(doc: Document, s: Sentence, published: date, resolver: Resolver,
               lead_day: date | None) -> VisitFound | None:
    """'President Ilham Aliyev received Foreign Minister Jeenbek Kulubaev' -> the Kyrgyz minister's visit
    to Azerbaijan. The receiver must be someone of one tie state and the one received of another."""
    sentence, a, b = s.text, s.start, s.end
    if _REMOTE.search(sentence):
        return None
    if ", who " in sentence:  # round 21: the host's aside read as spaces ("Aliyev, who visited Ashgabat in 2024, received")
        sentence = _WHO_ASIDE.sub(lambda m: " " * len(m[0]), sentence)
    verbs = [i for i in (sentence.find(word) for word in _WELCOMED_WORDS) if i >= 0]
    m = _RECEIVED.search(sentence, _after_last_stop(sentence, min(verbs), ",.;")) if verbs else None
    if m is None and verbs and " by " in sentence:
        m = _RECEIVED_BY.search(sentence, _after_last_stop(sentence, min(verbs), ",.;"))
    days = _days(s, published, lead_day) if m else None
    if not days:
        return None
    host = resolver.resolve(m["host"], speaking=False)
    # a guest's thing is no guest: "welcomed Kazakh President Kassym-Jomart Tokayev's initiative"; an ambassador
    # received lives there (round 20)
    guest = resolver.resolve(m["guest"], speaking=False) \
        if not _OWNS.search(m["guest"]) and not _AMBASSADOR.search(m["guest"]) else None
    if guest and not guest.iso3 and m["delegation"] and len(codes := places.codes_in(m["delegation"])) == 1:
        guest = guest._replace(iso3=codes[0])
    if not (host and guest and host.iso3 and guest.iso3 and host.iso3 != guest.iso3):
        return None
    if (port := places.airport_city(sentence)) and port[0] != host.iso3:
        return None  # round 18b: met at an airport of another state than the host's (the guest's own, say)
    city = _received_in(doc, s, host.iso3)
    day, end, *_ = days[0]
    return VisitFound(day, end, guest, host.iso3, city, "other", (a, b), min(guest.confidence, 0.7))


# "received", told as Azerbaijani, Turkish and Russian news tell it: the host first, the guest right before the verb
# ("Prezident İlham Əliyev mayın 15-də Türkiyənin xarici işlər naziri Hakan Fidanı qəbul edib", "Cumhurbaşkanı
# Erdoğan, … Kazakistan Dışişleri Bakanı … 'yu kabul etti") or, in Russian, after it in the genitive ("Президент
# Ильхам Алиев 15 мая принял министра иностранных дел Турции Хакана Фидана"); not the passive ("qəbul edilib") nor
# "принял участие" (took part) or "принял решение" (decided: no one is received)
# the host greeting his guests, Russian (_LOCAL_RECEIVED, _ATTEND, _CAME_TO_IT): "встречал(а/и)", "встретил(а/и)"; not
# "встретился" (met)
_RU_GREETED = r"\bвстреча(?:л|ла|ли)\b|\bвстрети(?:л|ла|ли)\b"
_LOCAL_RECEIVED = re.compile(r"\b(?:qəbul\s+(?:edib|etdi|etmişdir)|kabul\s+(?:etti|etmiş|ederek))\b"
                             r"|\bприня(?:л|ла|ли)\b(?!\s+(?:участие|решение))"
                             # welcomed with a ceremony, Turkish and Azerbaijani: "Erdoğan, … Mirziyoyev'i Beştepe'de resmi
                             # törenle karşıladı", "… Tokayevi qarşılayıb"; passive, the host before "tarafından" (by):
                             # "Tokayev, … Cumhurbaşkanı Erdoğan tarafından resmi törenle karşılandı"
                             r"|\b(?:karşıladı|karşılamış|qarşılayıb|qarşıladı)\b"
                             # round 18b: Azerbaijani too, "… Baş nazir Əli Əsədov tərəfindən qarşılanıb"
                             r"|(?P<passive>\b(?:tarafından|tərəfindən)\s+(?:(?:resmi|rəsmi|askeri|hərbi)\s+)?(?:törenle\s+|mərasimlə\s+)?"
                             r"(?:karşılan(?:dı|mış)|qarşılan(?:ıb|dı|mışdır))\b"
                             # round 18: received, in the passive: "Kırgızistan Cumhurbaşkanı …, Cumhurbaşkanı Erdoğan
                             # tarafından dün Ankara'da kabul edildi", "… Prezident İlham Əliyev tərəfindən qəbul edilib"
                             # (the day and place may stand between)
                             r"|\b(?:tarafından|tərəfindən)\s+(?:[^\s,.;]+\s+){0,3}?(?:kabul\s+edil(?:di|miş)|qəbul\s+edil(?:ib|di))\b)"
                             # round 18: greeted, Russian, the guest in the accusative on either side ("Вчера в аэропорту
                             # Баку премьер-министра Казахстана Олжаса Бектенова встретил премьер-министр Азербайджана …")
                             r"|(?P<greeted>" + _RU_GREETED + ")"
                             # round 20: received, Russian passive, the guest the subject, the host after in the
                             # instrumental ("Шавкат Мирзиёев был принят в Анкаре президентом Турции …")
                             r"|(?P<ru_passive>\b(?:был|была|были)\s+принят[аыо]?\b)", re.I)
_LOCAL_RECEIVED_WORDS = ("qəbul", "kabul", "принял", "приняли", "приняла", "karşıla", "qarşıla", "встрети", "встреча",
                         "принят")  # one is in every match


# The guest's name (with its case ending) right before the verb, a place in the locative allowed between ("… Ceyhun
# Bayramov'u Beştepe'de kabul etti", "… Hakan Fidanı Bakıda qəbul edib"); not "Aliyev'in davetini kabul etti"
# (accepted Aliyev's invitation: no one is received)
_LOCATIVE_LAST = re.compile(r"\s+\S+?(?:da|də|de|ta|tə|te)\s*$")
# the ceremony the guest was welcomed with, right before the verb: "… Mirziyoyev'i Beştepe'de resmi törenle karşıladı"
_CEREMONY_LAST = re.compile(r"\s+(?:(?:resmi|askeri|rəsmi)\s+)?(?:törenle|mərasimlə)\s*$", re.I)
_GUEST_LAST = re.compile(rf"[{CAPITALS}][\w'’-]*\s*$")


# Round 18: a name in the genitive before a noun, Turkish after an apostrophe ("Caparov'un teklifi") or Azerbaijani
# without ("Japarovun təklifi"): what is his, no person, is the subject
_OWNED_BY = re.compile(rf"([{CAPITALS}][\w-]+?)(?:['’]n?[ıiuü]n|nın|nin|nun|nün|ın|in|un|ün)\s+[a-zçğıöşüə]")


def _thing_of_someone(subject: str) -> bool:
    """Does a Turkish or Azerbaijani passive's subject name a thing of someone ("Kırgızistan Cumhurbaşkanı Sadır
    Caparov'un teklifi … Erdoğan tarafından kabul edildi": his proposal was accepted, no one was received)? A country
    in the genitive is no owner ("Kırgızistan'ın Dışişleri Bakanı …")."""
    return any(not places.is_place_word(m[1]) and not _OWNERS_OFFICE.match(subject, m.end() - 1)
               for m in _OWNED_BY.finditer(subject))


# Round 63 (visits63b): an owner's office and the holder's name after it ("Macarıstanın xarici işlər və ticarət naziri
# Peter Siyyarto …"): the owner a state of no table (is_place_word knows the tie states only), the holder received
_OWNERS_OFFICE = re.compile(r"(?:[a-zçğıöşüə]+\s+){0,5}?(?:nazir|bakan|prezident|cumhurbaşkan|başbakan|sədr|başkan"
                            r"|səfir|büyükelçi)[ıi]\s+(?:[A-ZÇĞİÖŞÜƏ][\w-]+\s+){1,3}")


def _ru_greeted(sentence: str, resolver: Resolver) -> tuple[Person | None, Person | None]:
    """(host, guest) of a Russian greeting (_RU_GREETED): the one person named in the nominative, and the one named only
    once the accusative's "-а" is read off (_RU_GENITIVE_A), on either side of the verb; (None, None) unless there is
    one of each (several guests are a summit's, _attendees)."""
    hosts = _persons_in(sentence, resolver)
    guests = [p for p in _persons_in(_RU_GENITIVE_A.sub("", sentence), resolver) if all(p.name != h.name for h in hosts)]
    return (hosts[0], guests[0]) if len(hosts) == 1 and len(guests) == 1 else (None, None)


# Round 20: the place or day a Russian reception may tell between the verb and the one received: "принял в Ашхабаде
# министра …", "принял во вторник в Кремле …", "принял вчера …" (a preposition and one word, or an adverb of the day)
_RU_LEADING_WHERE_WHEN = re.compile(r"^(?:\s*(?:(?:в|во|на)\s+[^\s,.;]+|вчера|сегодня|\d{1,2}\s+[а-яё]+))+", re.I)
# Round 20: the day a Turkish or Azerbaijani reception may tell between the one received and the verb: "… Saidov'u dün
# Ankara'da kabul etti", "… Bayramovu dünən qəbul edib"
_DAY_LAST = re.compile(r"\s+(?:dün|bugün|dünən|bu\s+gün|(?:dün\s+)?(?:akşam|sabah))\s*$", re.I)


def _received_first(clause: str) -> bool:
    """Does a Russian clause after "принял" open with the one received, by title or name ("министра иностранных дел
    Турции …", "Хакана Фидана"), not with a thing ("верительные грамоты посла …", "поздравления от …")?"""
    words = clause.split()
    return bool(words) and (words[0][:1].isupper() or any(words[0].lower().startswith(stem)
                                                          for stem in _LOCAL_OFFICE_STEMS)
                            or _RU_DELEGATION_RECEIVED.match(clause) is not None)  # round 28


def _received_in(doc: Document, s: Sentence, host: str) -> str:
    """The city of a reception: the host's capital when the sentence names it, else a city of the host that the
    sentence names ("received … in Baku"), else "" (President.az often names none)."""
    if any(c.is_capital and c.iso3 == host for c in doc.mentions(s)):
        return countries.get(host).capital
    return place[1] if (place := places.city_in(s.text)) and place[0] == host else ""


def _guest_end(before: str) -> str:
    """The text before a Turkish or Azerbaijani verb of receiving up to the guest's name: the ceremony, the place in
    the locative and the day (_DAY_LAST, round 20) told between read off, in either order ("… Saidov'u dün Ankara'da
    kabul etti", "… Saidov'u Ankara'da dün kabul etti")."""
    rest = _CEREMONY_LAST.sub("", before)
    return _DAY_LAST.sub("", _LOCATIVE_LAST.sub("", _DAY_LAST.sub("", rest)))


def _local_reception(doc: Document, s: Sentence, published: date, resolver: Resolver,
                     lead_day: date | None) -> VisitFound | None:
    """A reception told in Azerbaijani, Turkish or Russian (_LOCAL_RECEIVED) with its day: the visit of the guest to
    the host's country, as _reception reads the English one (type `other`, confidence ≤ 0.7). The host is the first
    person named before the verb, the guest the last (Russian: the first after it, in its clause); both of the table,
    of two states."""
    sentence = s.text
    m = _LOCAL_RECEIVED.search(sentence)
    if not m or _LOCAL_NOT_VISIT.search(sentence) or _FUTURE.search(sentence):
        return None
    before = _persons_in(sentence[:m.start()], resolver)
    host, guest = None, None
    if m["greeted"]:
        host, guest = _ru_greeted(sentence, resolver)
    elif m["ru_passive"]:
        hosts = _persons_in(sentence[m.end():], resolver)
        host, guest = (hosts[0], before[0]) if before and hosts else (None, None)
    elif is_cyrillic(m[0]):
        clause = _RU_LEADING_WHERE_WHEN.sub("", sentence[m.end():].split(",", 1)[0])
        guests = _persons_in(_RU_GENITIVE_A.sub("", clause), resolver) if _received_first(clause) else []
        if not guests and "главе" in clause:
            guests = _ru_received_delegation_head(clause, resolver)  # round 28
        host, guest = (before[0], guests[0]) if before and guests else (None, None)
    elif m["passive"]:  # the guest the subject, the host named before "tarafından"
        if len(before) > 1 and not _thing_of_someone(sentence[:m.start()]):
            host, guest = before[-1], before[0]
    elif len(before) > 1 and _GUEST_LAST.search(_guest_end(sentence[:m.start()])) \
            and not _guest_welcomed_by_title(sentence, before[0]):  # round 41: the first the object, by state and title
        host, guest = before[0], before[-1]
    days = _days(s, published, lead_day, local=True) if host and guest and host.iso3 != guest.iso3 else None
    if not days:
        return None
    city = _received_in(doc, s, host.iso3)
    day, end, *_ = days[0]
    return VisitFound(day, end, guest, host.iso3, city, "other", (s.start, s.end), min(guest.confidence, 0.7))


# Round 67 (visits67): someone "was in" a place, told in Turkish by the locative with the past copula ("Macaristan
# Enerji Bakanı X geçen salı Ankara'daydı", dev/1096; "Bakan Y dün İzmir'deydi") or in Azerbaijani by the locative and
# "idi" ("Nazir Z ötən həftə Bakıda idi"): the visit of the one named before it to the place's state, with the day
_TA_WAS_IN_PLACE = re.compile(rf"(?<![\w'’])[{CAPITALS}][\w-]*?(?:['’](?:da|de|ta|te)y(?:dı|di)(?:lar|ler)?"
                              r"|(?<=[^\W\d_])(?:da|də|ta|tə)\s+idi(?:lər)?)\b")
_TA_WAS_IN_WORDS = ("daydı", "deydi", "taydı", "teydi", "da idi", "də idi", "ta idi", "tə idi")  # one in every match


def _ta_was_in_place_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                           lead_day: date | None) -> VisitFound | None:
    """The visit _TA_WAS_IN_PLACE tells, type `other` (confidence ≤ 0.7): the one named before the place (by name, or
    as a titled newcomer), of another state than the place's; None without a day, a capital or city of
    places.CITIES, or with more such guests than one."""
    m = _TA_WAS_IN_PLACE.search(s.text)
    place = _place_right_after(doc, s, m.start()) if m else None
    days = _days(s, published, lead_day, local=True) if place else None
    if not days:
        return None
    subject = s.text[:m.start()]
    named = _persons_in(subject, resolver) or [p for p in (_first_titled_newcomer(subject, resolver),) if p]
    guests = [p for p in named if p.iso3 and p.iso3 != place[0]]
    if len(guests) != 1:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, guests[0], place[0], place[1], "other", (s.start, s.end),
                      min(guests[0].confidence, 0.7))


# Talks told in Azerbaijani, Turkish or Russian ("Bolat, 15 Mayıs'ta Kazakistan Ticaret Bakanı … ile Astana'da görüştü",
# "… Hakan Fidan ilə Bakıda görüşüb", "встретился с премьер-министром Азербайджана Али Асадовым в Ташкенте", "провел
# переговоры с …"); not a call ("telefonda görüştü": _LOCAL_NOT_VISIT)
_LOCAL_MET = re.compile(r"\b(?:görüştü|görüşmüş|görüşüb|görüşdü|встретил(?:ся|ась|ись)"
                       # round 67 (fidanq67): talks "held" as a noun and its verb ("… ile heyetler arası görüşme
                       # gerçekleştirdi", "görüşmeler yaptı", "görüş keçirib", dev/1089)
                       r"|görüşme(?:ler)?(?:i|ini)?\s+(?:gerçekleştirdi|yaptı)|görüş(?:lər)?\s+keçirib"
                       # the place or day may stand between: "провел в Баку переговоры с …"
                       r"|провел[аи]?\s+(?:[^\s,.;]+\s+){0,3}?переговоры"
                        # talks that took place, the parties in the genitive after them: "В четверг в Астане состоялись
                        # переговоры министра иностранных дел Азербайджана Джейхуна Байрамова с главой МИД Казахстана …"
                        r"|(?P<held>состоял(?:ись|ась)\s+(?:переговоры|встреча))"
                        # a meeting told without a verb of meeting, as the English "at a meeting with": "В ходе встречи
                        # с президентом Казахстана … в Баку в среду Ильхам Алиев отметил …", "на встрече с", "во время переговоров с"
                        r"|(?:в\s+ходе|на|во\s+время)\s+(?:встречи|встрече|переговоров)\s+с)\b", re.I)
_LOCAL_MET_WORDS = ("görüş", "встретил", "переговор", "состоял", "встреч")  # one is in every _LOCAL_MET match


def _local_meeting_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                         lead_day: date | None) -> VisitFound | None:
    """Talks told in these languages (_LOCAL_MET) with a day and a capital or a city of places.CITIES: the visit of
    the one party (of the table, named in the sentence) not of that place's state, when another party is of it, as
    _meeting_visit reads the English ("has held talks … in Nakhchivan"); type `other`, confidence ≤ 0.7."""
    sentence = s.text
    m = _LOCAL_MET.search(sentence)
    if not m or _LOCAL_NOT_VISIT.search(sentence) or _FUTURE.search(sentence):
        return None
    capitals = [c for c in doc.mentions(s) if c.is_capital]
    place = (capitals[0].iso3, countries.get(capitals[0].iso3).capital) if capitals else places.city_in(sentence)
    days = _days(s, published, lead_day, local=True) if place else None
    if not days:
        return None
    persons = _persons_in(sentence, resolver) if not m["held"] else \
        _persons_in(sentence[:m.end()], resolver) + _persons_in(_RU_GENITIVE_A.sub("", sentence[m.end():]), resolver)
    away = [p for p in persons if p.iso3 != place[0]]
    counterparts = _met_host_counterparts(doc, s, m.start(), place[0]) if " il" in sentence else None
    if not persons and counterparts and (guest := _newcomer_before_counterparts(doc, s, counterparts, place[0],
                                                                               resolver)):
        away = persons = [guest]  # round 66 (visits66b)
    if len(away) != 1 or (len(away) == len(persons) and not _met_an_office_of(sentence, doc.mentions(s), place[0])
                          and not counterparts):
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, away[0], place[0], place[1], "other", (s.start, s.end), min(away[0].confidence, 0.7))


# Round 66 (visits66b): the one met told as the guest's counterparts of the place's state, by its demonym, with "ilə"/
# "ile" right before the verb ("Martın 12-də Aşqabadda Macarıstanın enerji naziri X türkmən həmkarları ilə görüşüb",
# dev/1082; "… Kazak mevkidaşı ile görüştü"): the subject a title and a name the table need not know (_titled_newcomer),
# after the place and day, of another state
_MET_COUNTERPARTS = re.compile(r"\s(?P<demonym>[^\W\d_]+)\s+(?:həmkar|meslektaş|mevkidaş|muadil)[^\W\d_]*\s+"
                               r"(?:ilə|ile)\s+$")


def _met_host_counterparts(doc: Document, s: Sentence, verb: int, host: str) -> re.Match | None:
    """The _MET_COUNTERPARTS before the verb of meeting at `verb`, when its demonym is of the host state."""
    m = _MET_COUNTERPARTS.search(s.text, 0, verb)
    # the state word as a delegation's is read ("türkmən", "Kazak", "Azərbaycan"; lower-case, so no place mention)
    return m if m and _state_word(m["demonym"]) == host else None


def _newcomer_before_counterparts(doc: Document, s: Sentence, m: re.Match, host: str,
                                  resolver: Resolver) -> Person | None:
    """The titled newcomer of the subject between the place (or the host state's word) and the counterparts `m`."""
    told = [x for x in doc.mentions(s) if x.start < s.start + m.start() and (x.is_capital or x.iso3 == host)]
    start = told[-1].end - s.start if told else 0  # the subject after the place ("Aşqabadda") the sentence opens on
    guest = _titled_newcomer(_without_leading_day(s.text[start:m.start()].strip(" ,"), resolver.day), resolver)
    return guest if guest and guest.iso3 and guest.iso3 != host else None


# Round 63 (visits63b): the host party told by his state's office, his name (of no table) in the instrumental
# ("… bu gün Bakıda Azərbaycanın xarici işlər naziri Ceyhun Bayramovla görüşüb", "… Türkiye Ticaret Bakanı X ile")
_OFFICE_MET_WITH = re.compile(r"(?:['’]?n?[ıiuü]n|nın|nin|nun|nün|ın|in|un|ün|nıñ)?\s+(?:[^\W\d_]+\s+){0,5}?"
                              r"(?i:nazir|bakan|prezident|cumhurbaşkan|başbakan|sədr|başkan|səfir|büyükelçi)[ıi]\s+"
                              r"(?:[A-ZÇĞİÖŞÜƏ][\w-]+\s+){0,2}[A-ZÇĞİÖŞÜƏ][\w-]+?(?:['’]?y?l[aeə]|\s+il[əe])\b")


def _met_an_office_of(sentence: str, mentions: list[places.Mention], iso3: str) -> bool:
    """Does the sentence name the one met by an office of the place's state, with "ilə"/"ile" (_OFFICE_MET_WITH)?"""
    for c in mentions:
        if c.iso3 == iso3 and not c.is_capital and not c.is_demonym and (at := sentence.find(c.word)) >= 0 \
                and _OFFICE_MET_WITH.match(sentence, at + len(c.word)):
            return True
    return False


# Round 46: Turkish talks told with the guest as the subject, the host's party after him with "ile", the place in the
# locative between ("LEFKOŞA – Ekonomi ve Enerji Bakanı X, 11 Kasım'da Ankara'da Türkiye Ticaret Bakanı Y ile bir araya
# gelmiş, …"): X's visit when the other party's title names the place's state (he is the host) and X is of another:
# his own state, else, his title naming none, the dateline's (a minister of the outlet's government). The table need
# know neither (_local_meeting_visit reads the parties it knows).
_TR_SUBJECT_MET = re.compile(r"\s+ile\s+(?:bir\s+araya\s+gel(?:di|miş|mişti)|görüş(?:tü|müş|müştü))\b")


def _tr_subject_met_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                          lead_day: date | None) -> VisitFound | None:
    sentence = s.text
    m = _TR_SUBJECT_MET.search(sentence)
    if not m or _LOCAL_NOT_VISIT.search(sentence) or _FUTURE.search(sentence):
        return None
    body = len(sentence) - len(_without_place_dateline(sentence))
    subject_end = sentence.find(", ", body)
    if not 0 < subject_end < m.start():
        return None
    subject = sentence[body:subject_end].strip()
    guest = _titled_newcomer(subject, resolver) or resolver.resolve(subject, speaking=False)  # the title's state
    if guest is None or " " not in guest.name:
        return None
    between = [x for x in doc.mentions(s) if s.start + subject_end < x.start < s.start + m.start()]
    place = next(((x.iso3, countries.get(x.iso3).capital) for x in between
                  if x.is_capital and _in_locative(doc.text, x)), None)
    if place is None or not any(x.iso3 == place[0] and not x.is_capital and x.start > next(
            y.end for y in between if y.is_capital) for x in between):
        return None  # the other party's title does not name the place's state
    home = guest.iso3 or next((x.iso3 for x in doc.mentions(s) if x.start < s.start + body), "")
    days = _days(s, published, lead_day, local=True)
    if not home or home == place[0] or not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, guest if guest.iso3 else guest._replace(iso3=home), place[0], place[1], "other",
                      (s.start, s.end), min(guest.confidence, 0.7))



# Round 63 (visits63b): a Turkish reception of a delegation told by its head, his title naming his state ("Ticaret
# Bakanı X, 10 Haziran … günü Bakanlıkta KKTC Ekonomi ve Enerji Bakanı Y başkanlığındaki heyeti kabul etti"): Y's visit
# to the capital named in the locative there or in the next two sentences ("Ankara'da düzenlenen toplantıya …"), of
# another state than his; the table need know neither
_TR_RECEIVED_DELEGATION = re.compile(r"\s+başkanlığındaki\s+(?:[^\W\d_]+\s+){0,2}?heyeti\s+kabul\s+etti\b")


def _tr_received_delegation_of(doc: Document, k: int, published: date, resolver: Resolver,
                               lead_day: date | None) -> VisitFound | None:
    s = doc.sentences[k]
    m = _TR_RECEIVED_DELEGATION.search(s.text)
    if not m or _LOCAL_NOT_VISIT.search(s.text) or _FUTURE.search(s.text):
        return None
    comma = s.text.rfind(", ", 0, m.start())
    guest = _titled_newcomer(s.text[comma + 2 if comma >= 0 else 0:m.start()], resolver)
    if guest is None or " " not in guest.name:
        return None
    before = [x for x in doc.mentions(s) if s.start + comma < x.start < s.start + m.start() and not x.is_capital]
    home = guest.iso3 or (before[-1].iso3 if before else "")
    told = [x for j in (k, k + 1, k + 2) if j < len(doc.sentences) for x in doc.mentions(doc.sentences[j])]
    place = next(((x.iso3, countries.get(x.iso3).capital) for x in told
                  if x.is_capital and x.iso3 != home and _in_locative(doc.text, x)), None)
    days = _days(s, published, lead_day, local=True) if home and place else None
    if not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, guest if guest.iso3 else guest._replace(iso3=home), place[0], place[1], "other",
                      (s.start, s.end), min(guest.confidence, 0.7))

def _parties(sentence: str) -> re.Match | None:
    """The parties of talks ("X held talks with Y"): _PARTIES, searched from the last stop before the first
    of its verbs (none without one)."""
    verbs = [i for i in (sentence.find(verb) for verb in _PARTIES_VERBS) if i >= 0]
    m = _PARTIES.search(sentence, _after_last_stop(sentence, min(verbs), ",.;")) if verbs else None
    if m is None and verbs and ", who " in sentence:
        # round 65 (visits65b): the guest's aside read as spaces, as _reception reads the host's ("…, where
        # Turkmenistan's Deputy Prime Minister X, who oversees the gas complex, held talks on Friday with …", dev/1070)
        sentence = _WHO_ASIDE.sub(lambda w: " " * len(w[0]), sentence)
        m = _PARTIES.search(sentence, _after_last_stop(sentence, min(verbs), ",.;"))
    return m


def _meeting_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                   lead_day: date | None = None) -> VisitFound | None:
    """'X held talks with Y in Ankara on September 18' -> the visit of whichever of X, Y is not Turkish."""
    sentence, a, b = s.text, s.start, s.end
    if _REMOTE.search(sentence):
        return None
    # each of the three is needed: the parties first (a few finds, then one pattern from the first verb),
    # the place last (it needs the country pattern over the sentence)
    m = _parties(sentence)
    if not m:
        return _meeting_with_visit(doc, s, published, resolver, lead_day) if "with" in sentence else None
    capitals = [c for c in doc.mentions(s) if c.is_capital]
    if capitals and "/" in sentence[:40] and (head := _INLINE_DATELINE.match(sentence)):
        capitals = [c for c in capitals if c.start >= s.start + head.end()]  # "BAKU/ANKARA/ASTANA, Oct 14 (dpa) -"
    if capitals and ("before " in sentence or "ahead of " in sentence):
        capitals = _not_left_for(sentence, s.start, capitals)  # round 26: "… met X on Friday, before leaving for Astana"
    city_place = None if capitals else places.city_in(sentence)  # "in Nakhchivan": a city that is no capital
    if not capitals and city_place is None and "capital" in sentence:
        city_place = _capital_by_demonym(sentence, "")  # round 57 (visits): "held talks in the Turkmen capital"
    if not capitals and city_place is None:
        return None
    # round 20: the arrival told after the talks, with its own day ("…, having arrived the previous evening")
    days = _days_after_arriving_first(sentence, _arrival_first(sentence, _days(s, published, lead_day)))
    if not days:
        return None
    host = capitals[0].iso3 if capitals else city_place[0]
    # round 20: the subject after a leading day, no comma between ("On Tuesday Aliyev held talks with …")
    for phrase in (m["subj"] and _VISITOR_LEAD.sub("", m["subj"]), m["obj"]):
        person = resolver.resolve(_POSSESSIVE.sub("", phrase), speaking=False) \
            if phrase and not _AMBASSADOR.search(phrase) else None
        if person and not person.iso3 and "delegation from " in phrase:
            person = _delegation_led_by(phrase, resolver) or person  # round 51: "A delegation from Samarkand led by …"
        if person and person.iso3 and person.iso3 != host:
            break
    else:
        person = _bare_titled_guest_of_host(doc, m, host, resolver)  # round 69 (mfa69)
        if person is None:
            return None
    if city_place:
        city = city_place[1]
    else:
        city = countries.get(host).capital if capitals[0].word.lower() != "akorda" else "Astana"
    day, end, *_ = days[0]
    return VisitFound(day, end, person, host, city, "other", (a, b), min(person.confidence, 0.7))


# Round 69 (mfa69): a report's own official told by a bare title, no state word, meeting the host's titled official in
# the host's place ("ASTANA – …" / "On Wednesday, Deputy Foreign Minister X held political consultations with First
# Deputy Foreign Minister of Uzbekistan Y in Tashkent", a Kazakh ministry's briefing, dev/1118): the subject came to the
# host, from the state of the report's dash dateline (_DASH_DATELINE), when it is another than the host's.
def _bare_titled_guest_of_host(doc: Document, m: re.Match, host: str, resolver: Resolver) -> Person | None:
    """The subject of talks (_PARTIES match `m`), a titled newcomer of no state, when the other party is of `host`
    and the report's dateline names another state: he, of that state; else None."""
    if not m["subj"] or not m["obj"]:
        return None
    guest = resolver.resolve(_VISITOR_LEAD.sub("", m["subj"]), speaking=False)
    if guest is None or guest.iso3 or guest.rule != "unlisted name" or not guest.role:
        return None
    other = resolver.resolve(_POSSESSIVE.sub("", m["obj"]), speaking=False)
    if other is None and "counterpart" in m["obj"] and (their := _DEMONYM_COUNTERPART.fullmatch(m["obj"])):
        # round 90 (v2, own_ministry_official_abroad): "… with his Uzbek counterpart", the demonym's state's
        other_state = next((x.iso3 for x in places.mentions(their["demonym"]) if x.is_demonym), "")
        home = _own_foreign_ministry_state(doc) if other_state == host and "Foreign" in m["subj"] else ""
        return guest._replace(iso3=home) if home and home != host else None
    home = _dash_dateline_state(doc) if other is not None and other.iso3 == host else ""
    return guest._replace(iso3=home) if home and home != host else None


# Round 90 (v2, own_ministry_official_abroad): a foreign ministry's own briefing, its headline or lead naming it with
# its state ("… Head of the Press Service Department of the Ministry of Foreign Affairs of the Republic of Azerbaijan
# …"), tells its official by a bare title, met with a counterpart told by his demonym alone ("Deputy Minister of
# Foreign Affairs X held political consultations with his Uzbek counterpart in Tashkent", dev/1366): X is of the
# ministry's state, a guest where the demonym's state hosts the talks.
_DEMONYM_COUNTERPART = re.compile(r"(?:his|her)\s+(?P<demonym>[A-Z][\w-]+)\s+counterpart")
_OWN_FOREIGN_MINISTRY = re.compile(r"\bMinistry\s+of\s+Foreign\s+Affairs\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                                   r"(?P<state>[A-Z][\w-]+)")


def _own_foreign_ministry_state(doc: Document) -> str:
    """The state of the one foreign ministry the report's first sentences name with it (_OWN_FOREIGN_MINISTRY); ""
    when they name none, or two."""
    lead = doc.text[:doc.sentences[min(DATELINE_SENTENCES, len(doc.sentences) - 1)].end] if doc.sentences else ""
    states = {code for m in _OWN_FOREIGN_MINISTRY.finditer(lead) for code in places.codes_in(m["state"])} \
        if "Ministry of Foreign Affairs" in lead else set()
    return states.pop() if len(states) == 1 else ""


def _dash_dateline_state(doc: Document) -> str:
    """The state of the place of the report's dash dateline ("ASTANA – The Foreign Ministry …"), among its first
    sentences; "" when it has none."""
    for s in doc.sentences[:DATELINE_SENTENCES + 1]:
        if head := _DASH_DATELINE.match(s.text):  # a capital, or a city ("Kazakh Senate Speaker — X" names neither)
            place = next((x.iso3 for x in places.mentions(head[1]) if x.is_capital), None) \
                or (city[0] if (city := places.city_in(head[1].title())) else None)
            if place:
                return place
    return ""


# A meeting told without a meeting verb: "“…,” Japarov said on Friday, at a meeting with Azerbaijani Prime Minister
# Ali Asadov in Bishkek", "During talks with X in Ankara on Monday, Y stressed …"
_MEETING_WITH = re.compile(r"\b(?:at|during|after|in)\s+(?:(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?"
                           r"(?:meeting|talks)\s+with\s+(?P<obj>[^,.;]{3,90}?)(?=\s+(?:in|on|at|during)\b|[,.;]|$)", re.I)
# what is quoted names no party of the meeting
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


def _meeting_with_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                        lead_day: date | None) -> VisitFound | None:
    """A meeting told as "at a meeting with Y" (_MEETING_WITH) in a capital or a city of places.CITIES, with a day:
    the visit of the one of its two parties, Y and the one other person the sentence names outside quotes, who is
    not of the place's state, when the other is (type `other`, confidence ≤ 0.7). None for more or fewer parties."""
    m = _MEETING_WITH.search(sentence := s.text)
    capitals = [c for c in doc.mentions(s) if c.is_capital] if m else []
    place = (capitals[0].iso3, countries.get(capitals[0].iso3).capital) if capitals else \
        places.city_in(sentence) if m else None
    days = _days(s, published, lead_day) if place else None
    if not days:
        return None
    guest = resolver.resolve(_POSSESSIVE.sub("", m["obj"]), speaking=False)
    rest = _QUOTED.sub(" ", sentence[:m.start()] + " " + sentence[m.end():])
    others = [p for p in _persons_in(rest, resolver) if guest is None or p.name != guest.name]
    # a name the table does not know counts with its title's country ("Turkish Vice President Cevdet Yilmaz")
    if not guest or guest.rule not in ("name", "office", "unlisted name") or not guest.iso3 or len(others) != 1:
        return None
    parties = (guest, others[0])
    away = [p for p in parties if p.iso3 != place[0]]
    if len(away) != 1:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, away[0], place[0], place[1], "other", (s.start, s.end), min(away[0].confidence, 0.7))


# One of two co-chairs of a meeting of two states' body: "Amangeldiev co-chaired a meeting of the Kyrgyz-Azerbaijani
# intergovernmental commission in Baku on Jan. 28", "The deputy prime minister has co-chaired the joint commission …"
# (round 76, firstperson76: a co-chair "held a meeting of the intergovernmental commission in Ashgabat", a side's
# co-chair holding its meeting abroad as co-chairing it, dev/1182; "held the session of the joint commission")
_CO_CHAIRED = re.compile(r"(?P<subj>[A-Z][^,.;]{2,80}?)(?:,\s+who)?\s+(?:has\s+|had\s+)?(?:co-chair(?:ed|s)\b"
                         r"(?!\s+by\b)"  # round 39 (visits A): "… at the commission co-chaired by" is _CO_CHAIRED_BY's
                         r"|held\s+(?:a|the|its)\s+(?:meeting|session)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?commission\b)")
_HELD_COMMISSION_WORD = "held "  # where _CO_CHAIRED's "held a meeting of the … commission" may start
# the same told in Azerbaijani, Russian and Turkish, the subject first and the verb last: "Azərbaycanın iqtisadiyyat
# naziri Mikayıl Cabbarov martın 12-də Daşkənddə hökumətlərarası komissiyanın iclasına həmsədrlik edib", "…
# сопредседательствовал на заседании …", "… eş başkanlık etti"
_LOCAL_CO_CHAIRED = re.compile(r"\b(?:həmsədrlik\s+(?:edib|etdi|etmişdir)|сопредседательствовал\w*"
                               r"|eş\s+başkanlık\s+(?:etti|yaptı|etmiş))", re.I)
_CO_CHAIRED_WORDS = ("co-chair", "həmsədrlik", "сопредседательствовал", "başkanlık",  # one is in every match of the two
                     "meeting of the", "session of the",
                     "председательством")  # round 82 (v82a): _RU_CHAIRED_BY


def _co_chair_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                    lead_day: date | None, k: int = 0) -> VisitFound | None:
    """The visit of the co-chair (_CO_CHAIRED) who came to a meeting told with its day and a capital or city of
    places.CITIES: each side has its own co-chair, so the subject, unless of the host state, came from the other.
    His state is the table's, else (one the table does not know, a surname alone being the person named in full
    before: people.named_in_full) the one other state the sentence names ("the Kyrgyz-Azerbaijani commission in
    Baku"); None when it names more or none. Type `other`, confidence ≤ 0.7."""
    sentence = s.text
    at = sentence.find("co-chair")
    if at < 0 and "ommission" in sentence:
        at = sentence.find(_HELD_COMMISSION_WORD)  # round 76 (firstperson76): "X held a meeting of the … commission"
    if at > 6 and sentence.startswith(", who", at - 6):
        at -= 6  # round 50: the subject before a relative clause ("Bolat, who co-chaired the commission in Ashgabat")
    m = _CO_CHAIRED.search(sentence, _after_last_stop(sentence, at, ",.;")) if at >= 0 else None
    by = _CO_CHAIRED_BY.search(sentence) if not m and "co-chaired by" in sentence else None
    if not (m or by) and "председательством" in s.check and "комисси" in s.check:
        by = _RU_CHAIRED_BY.search(sentence)  # round 82 (v82a)
    local = _LOCAL_CO_CHAIRED.search(sentence) if not (m or by) else None
    if not (m or by or local) or _REMOTE.search(sentence) or _LOCAL_NOT_VISIT.search(sentence):
        return None
    capital = next((c for c in doc.mentions(s) if c.is_capital), None)
    place = (capital.iso3, countries.get(capital.iso3).capital) if capital else places.city_in(sentence)
    if place is None and local:
        place = _capital_by_demonym(sentence, "")  # round 53: "Kırgız başkentinde toplanan … eş başkanlık etmiş"
    ru_by = by is not None and by.re is _RU_CHAIRED_BY  # its day told as the local languages tell it ("12 марта")
    days = _days(s, published, lead_day, local is not None or ru_by) if place else None
    if not days:
        return None
    if local:
        # the subject up to the place and day these languages put before the verb: the capital named ("Министр экономики
        # Азербайджана Микаил Джаббаров 12 марта в Ташкенте сопредседательствовал"), else the first place after the
        # subject's first word
        if capital and capital.start - s.start < local.start():
            subject = sentence[:capital.start - s.start].strip()
        else:
            subject = _up_to_place(sentence[:local.start()].strip())
        person = next(iter(_persons_in(subject, resolver)), None) or _titled_newcomer(subject, resolver)
    elif by:
        # round 19: the co-chairs after "co-chaired by", the one not of the host state ("The meeting of the commission
        # was held in Aktau on Tuesday, co-chaired by Azerbaijani Deputy Prime Minister X and Kazakh Trade Minister Y")
        subject = by["who"]
        chairs = [_ru_co_chair(part, resolver) for part in _ru_co_chair_parts(subject)] if ru_by \
            else [_co_chair(part, resolver) for part in _co_chair_parts(subject, resolver)]
        guests = [p for p in chairs if p and p.iso3 != place[0]]  # round 39 (visits A): a title's "and" kept
        person = guests[0] if len(guests) == 1 else None
    else:
        subject = _VISITOR_LEAD.sub("", m["subj"])
        person = resolver.resolve(subject, speaking=False)
    if person is None or person.rule == "unlisted name":
        # round 53: the surname before a comma and the day ("Bolat, 14 Mayıs'ta Kırgız başkentinde …")
        person = named_in_full(doc.text[:s.start], subject.strip(" ,"), resolver) or person
    if (person is None or person.rule == "anaphor") and local and k:
        # round 72 (table72): a bare title, "Xatırladaq ki, nazir oktyabrın 20-də Daşkənddə … komissiyasının iclasına
        # həmsədrlik edib" (dev/1157): the one so titled the article named before, of a state other than the place's
        person = _ta_title_told_before(doc, k, resolver, hosts={place[0]}, back=k, of_no_state=True) or person
    if person is None or person.rule == "anaphor" or person.iso3 == place[0]:
        return None
    if not person.iso3:
        others = [c for c in places.codes_in(sentence) if c != place[0]]
        if not others and m and (speaker := _labelled_answer_speaker(doc, s, resolver)) is not None \
                and speaker.iso3 and speaker.iso3 != place[0]:
            others = [speaker.iso3]  # round 76 (firstperson76): the answerer's own side ("our"), dev/1182
        if not others and m and "ommission" in sentence:
            # round 50: a commission's co-chair of no known state whose sentence names the place's state alone
            # ("Bolat, who co-chaired the intergovernmental economic commission in Ashgabat on Jan. 14"): of the one
            # other of the nine states the article names, the commission's other side
            others = [c for c in places.codes_in(doc.text) if c != place[0] and c in places.TIE_CODES]
        if len(others) != 1:
            return None
        person = person._replace(iso3=others[0])
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], "other", (s.start, s.end), min(person.confidence, 0.7))


_CO_CHAIRED_BY = re.compile(r"\bco-chaired\s+by\s+(?P<who>(?:the\s+)?[A-Z][^.;]{2,200}?)(?=\s+(?:on|in|at)\s|[.;]|$)")
# Round 82 (v82a): the same told in Russian, the session held and its chairs after "под (со)председательством", each
# title and name in the genitive ("13 марта в Душанбе состоялось заседание межправительственной комиссии … под
# председательством заместителя премьер-министра Казахстана X Y и заместителя премьер-министра Таджикистана Z W",
# dev/1259): the chair not of the host state came (read only of a commission's session: co_chaired's gate)
_RU_CHAIRED_BY = re.compile(r"\bпод\s+(?:со)?председательством\s+(?P<who>[а-яё][^.;]{2,300}?)(?=[.;]|$)")
_RU_CHAIRS_LINK = re.compile(r"(\s*,\s*|\s+и\s+)")


def _ru_co_chair_parts(who: str) -> list[str]:
    """The chairs of a "под председательством" list, each a title ending in a capitalised name: a part whose last word
    is no name ("министра экономики и торговли …": the title's own "и") is joined to the part after it."""
    pieces = _RU_CHAIRS_LINK.split(who)  # a part, then a link and a part, …
    parts = [pieces[0]]
    for link, part in zip(pieces[1::2], pieces[2::2]):
        if not parts[-1].rsplit(" ", 1)[-1][:1].isupper():
            parts[-1] += link + part
        else:
            parts.append(part)
    return parts


def _ru_co_chair(phrase: str, resolver: Resolver) -> Person | None:
    """The chair a Russian genitive title and name names: the table's, else the name read back to the nominative under
    its title (_titled_newcomer), else the resolver's reading (its state is enough to tell the host's own chair)."""
    person = resolver.resolve(phrase, speaking=False)
    if person is None or person.rule not in ("name", "office"):
        person = _titled_newcomer(phrase, resolver, as_written=True) or person
    return person if person and person.rule != "anaphor" and person.iso3 else None


def _co_chair(phrase: str, resolver: Resolver) -> Person | None:
    """The person a co-chair's phrase names: the table's, else a title and a name it does not know (of the title's
    country)."""
    person = resolver.resolve(phrase, speaking=False)
    if person is None or person.rule not in ("name", "office"):
        person = _newcomer_over(person, phrase, resolver)
    return person if person and person.rule != "anaphor" and person.iso3 else None


def _newcomer_over(person: Person | None, phrase: str, resolver: Resolver) -> Person | None:
    """A title with a name of its own that the table does not know ("Uzbek Deputy Prime Minister Jamshid Khodjaev" is
    not the Prime Minister): that name, of the title's country, over the person the resolver read; but a newcomer whose
    title left its state out of reach ("Turkmen Minister of Trade and Foreign Economic Relations X": the state word is
    more than the title's words before the name) does not replace a resolved person who has one."""
    newcomer = _titled_newcomer(phrase, resolver)
    return newcomer if newcomer and (newcomer.iso3 or not (person and person.iso3)) else person


# Speaking at an event held in a capital: "“…,” Uzbek Deputy Prime Minister Jamshid Khodjaev said at the same
# conference in Baku on Wednesday", "X told a logistics forum in Astana on Tuesday", "X addressed the meeting …";
# the verb first after a quote ("…,” said X at a forum in Baku on May 3"); or the event first ("Speaking at a
# business forum in Tashkent on Monday, X said"). `where` is the event's clause, where its place is, in the event's
# name too ("addressed the Antalya Diplomacy Forum on Friday").
# a capitalised "Week" is an event's name ("Baku Energy Week"), told with no article: "spoke at Baku Energy Week"
# round 70 (factcheck70, dev/1122): a council in session is such an event, "X told the Kazakh–Kyrgyz business council
# in Almaty on March 5", "addressed the intergovernmental council in Tashkent"
_EVENT = (r"(?:(?i:conference|forum|congress|meeting|session|symposium|round\s?table|exhibition|expo|fair|council)"
          r"|Week)s?\b")
# Round 75 (podcast75, dev/1189): a state's facility abroad its minister opened is as good as an event there, "On 27
# January Minister X opened the Hungarian trade house in Tashkent", "X opened the new consulate in Izmir on Monday"
_OPENED_FACILITY = r"(?i:trade\s+house|trading\s+house|trade\s+mission|consulate|embassy)s?\b"
_EVENT_WORDS = ("conference", "forum", "congress", "meeting", "session", "symposium", "roundtable", "round table",
                "exhibition", "expo", "week", "fair", "council",
                "trade house", "trading house", "trade mission", "consulate",
                "embassy")  # one is in every _SPOKE_AT match
# round 19: taking part is as good as speaking ("attended the Baku Energy Week exhibition on Tuesday", "took part in a
# forum in Samarkand", "participated in the fair in Izmir", "opened the national pavilion at the fair in Izmir")
_SPOKE_VERB = (r"(?:said|told|stated|noted|spoke|remarked|added|addressed|stressed|argued|warned|declared|attended"
               r"|took part in|participated in|opened)")
_EVENT_PHRASE = (r"(?:at\s+(?:(?:the|a|an|this|that)\s+)?(?=[A-Z])|(?:at\s+|to\s+|before\s+)?(?:the|a|an|this|that)\s+)"
                 r"(?:[\w'’–-]+\s+){0,5}?" + _EVENT)  # (round 70: an en dash joining two, "Kazakh–Kyrgyz")
_SPOKE_AT = re.compile(rf"(?P<who>[A-Z][^,.;:\"“”«»]{{2,80}}?)\s+{_SPOKE_VERB}\s+(?P<where>{_EVENT_PHRASE}[^,;.]*)"
                       rf"|\b{_SPOKE_VERB}\s+(?P<who2>[A-Z][^,.;:]{{2,80}}?)\s+(?P<where2>{_EVENT_PHRASE}[^,;.]*)"
                       rf"|^Speaking\s+(?P<where3>{_EVENT_PHRASE}[^,;]*),\s+(?P<who3>[A-Z][^,.;:]{{2,80}}?)\s+"
                       # round 71 (visits71): after "Speaking at …" any verb of the past is his at the event ("…,
                       # Hungary's foreign minister X described Uzbekistan as …", dev/1141)
                       # Round 86 (n4, speaking_irregular_past): or a common irregular past, "…, Kazakhstan's trade
                       # minister X gave his audience a striking number" (dev/1318)
                       rf"(?:{_SPOKE_VERB}|(?-i:[a-z]+ed|gave|made|put|set|laid|drew|struck|brought|sought|held|took"
                       rf"|cast|led|won|saw))\b"
                       rf"|(?P<who4>[A-Z][^,.;:\"“”«»]{{2,80}}?)\s+opened\s+"
                       rf"(?P<where4>(?:the|a|an)\s+(?:[\w'’–-]+\s+){{0,3}}?{_OPENED_FACILITY}[^,;.]*)"
                       # Round 80 (fact80b): the event he was opening or addressing as he spoke, a participle after
                       # a comma, "'…,' X said on September 24, opening the Kazakh–Turkish business forum in
                       # Karaganda" (dev/1242); his day may stand between ("said on Monday,")
                       rf"|(?P<who5>[A-Z][^,.;:\"“”«»]{{2,80}}?)\s+{_SPOKE_VERB}(?:\s+[^,.;:\"“”«»]{{2,30}}?)?,\s+"
                       rf"(?:opening|addressing)\s+(?P<where5>(?:the|a|an)\s+(?:[\w'’–-]+\s+){{0,5}}?{_EVENT}[^,;.]*)")


# Round 16: each alternative of _SPOKE_AT needs one of the verbs of _SPOKE_VERB as written (no IGNORECASE), so a
# sentence holding none is not searched (made from _SPOKE_VERB, so that a verb added there widens the check)
assert re.fullmatch(r"\(\?:[a-z| ]+\)", _SPOKE_VERB) and not _SPOKE_AT.flags & re.IGNORECASE
# round 71 (visits71): and the opening "Speaking " of the third alternative, whose verb may be any of the past
_SPOKE_VERBS = (*_SPOKE_VERB[3:-1].split("|"), "Speaking ")


def _spoke_at_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                    lead_day: date | None) -> VisitFound | None:
    """The visit of one who spoke at an event (_SPOKE_AT) held, its clause says, in a capital or a city of
    places.CITIES of another state than his, on a day the sentence names: type `other`, confidence ≤ 0.7. None for
    one of no known state, one at home ("Rashad Nabiyev, Azerbaijan's minister …, told a logistics conference in
    Baku on Wednesday"), and an event joined from afar (phone, video, online)."""
    if not any(verb in s.text for verb in _SPOKE_VERBS):
        return None  # round 16: _SPOKE_AT cannot match (_SPOKE_VERBS)
    m = _SPOKE_AT.search(s.text)
    if not m or _REMOTE.search(s.text):
        return None
    where_at = next(i for i in (m.start("where"), m.start("where2"), m.start("where3"), m.start("where4"),
                                m.start("where5")) if i >= 0)
    where = next(w for w in (m["where"], m["where2"], m["where3"], m["where4"], m["where5"]) if w is not None)
    found = [c for c in doc.mentions(s) if c.is_capital and s.start + where_at <= c.start < s.start + where_at + len(where)]
    place = (found[0].iso3, countries.get(found[0].iso3).capital) if found else places.city_in(where)
    days = _days(s, published, lead_day) if place else None
    noted = _day_of_its_footnote(doc, s, published) if place and "[" in doc.text[s.start:s.end + 2] \
        and not _dates(s, published) else []
    days = noted or days  # round 71 (visits71)
    if not days:
        return None
    phrase = _VISITOR_LEAD.sub("", m["who"] or m["who2"] or m["who3"] or m["who4"] or m["who5"])
    person = resolver.resolve(phrase, speaking=False)
    if person is None or person.rule not in ("name", "anaphor"):
        person = _newcomer_over(person, phrase, resolver)
    if person is None:
        # round 80 (fact80b): his surname alone, named in full with his title before ("Turkish Trade Minister Ömer
        # Bolat told …" … "Bolat said on September 24, opening the … forum in Karaganda", dev/1242)
        person = _surname_told_before(doc, s, phrase, resolver)
    if person is None or person.rule == "anaphor" or not person.iso3 or person.iso3 == place[0]:
        return None
    day, end, *_ = days[0]
    # round 71 (visits71): dated only in its source note, a speech the commentary looks back on, no signing told in
    # its sentence: none (dev/1141)
    quiet = bool(noted) and "sign" not in s.check
    return VisitFound(day, end, person, place[0], place[1], _event_type(s.text, False), (s.start, s.end),
                      min(person.confidence, 0.7), documents=0 if quiet else None, documents_said=quiet,
                      recalled=bool(noted))


# Round 71 (visits71): a commentary's sentence dated only in its footnote: the marker after its words ("… in the
# region".[3]) and the note at the end, a line of its own opening on the number ("[3] Speech by X at the Tashkent
# International Investment Forum, 10 June 2025, as published by …", dev/1141), or one of the notes a paragraph runs on,
# the first after the word "Notes" or "Sources", each next after the one before's stop; a day the note says the source
# was accessed or retrieved on is no day of the event. The sentences end after the stop and its marker
# (sentences._END), so the marker is sought in the sentence's words and right after its stop.
_FOOTNOTE_MARK_IN_SENTENCE = re.compile(rf"(?<=\S){FOOTNOTE_MARK}")
_FOOTNOTE_MARK_AFTER_STOP = re.compile(rf"[”\"»]?{FOOTNOTE_MARK}")
_FOOTNOTE_LINE = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=Notes\s)|(?<=Notes:\s)|(?<=Sources\s)|(?<=Sources:\s))"
                            rf"{FOOTNOTE_MARK}[ \t]+([^\n]+?)(?=\s\[\d{{1,3}}\]\s|\n|$)", re.M)
_SOURCE_CONSULTED = re.compile(r"\b(?:accessed|retrieved|consulted|viewed)\s+(?:on\s+)?$", re.I)


def _day_of_its_footnote(doc: Document, s: Sentence, published: date) -> list:
    """The first day the footnote of the sentence's first marker (in its words or right after its stop) names, its
    note sought after the sentence (_FOOTNOTE_LINE); [] when there is no such note or day."""
    if not (mark := _FOOTNOTE_MARK_IN_SENTENCE.search(s.text) or _FOOTNOTE_MARK_AFTER_STOP.match(doc.text, s.end)):
        return []
    note = next((n for n in _FOOTNOTE_LINE.finditer(doc.text, s.end) if n[1] == mark[1]), None)
    if note is None:
        return []
    text = note[2]
    days = _dates(Sentence(note.start(2), note.end(2), text, lowered(text)), published)
    return [d for d in days if not _SOURCE_CONSULTED.search(text, 0, d[2])][:1]


# Round 51: a delegation's head, his title then his name in an aside, taking part in an event whose place a clause of
# its own tells after a comma: "A delegation of the Republic of Tajikistan headed by the Minister of Trade, Mr. X Y,
# took part in the meeting of the Intergovernmental Commission …, held in the city of Baku on 27–28 January"
_DELEGATION_AT_EVENT_HELD_IN = re.compile(r"\bdelegation\b(?P<of>[^,;.]{0,60}?)\s(?:led|headed)\s+by\s+"
                                          r"(?P<head>[^;]{3,120}?),?\s+(?:took\s+part|participated)\s+in\s+"
                                          r"(?P<event>[^;]{3,250}?),\s+held\s+in\s+(?:the\s+city\s+of\s+)?"
                                          r"(?P<place>[A-Z][\w'’-]+)")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+")


def _delegation_at_event_held_in(doc: Document, s: Sentence, published: date, resolver: Resolver,
                                 lead_day: date | None) -> VisitFound | None:
    """The visit of a delegation's head to an event held (_DELEGATION_AT_EVENT_HELD_IN) in a capital or a city of
    places.CITIES of another state than his (his own or the delegation's), on a day the sentence names: type `other`,
    confidence ≤ 0.7; None otherwise."""
    if "delegation" not in s.text or " held in " not in s.text:
        return None
    m = _DELEGATION_AT_EVENT_HELD_IN.search(s.text)
    if m is None or _REMOTE.search(s.text):
        return None
    place = places.city_in(m["place"]) or _capital_word(m["place"])
    days = _days(s, published, lead_day) if place else None
    if not days:
        return None
    phrase = _HONORIFIC.sub("", m["head"].rsplit(",", 1)[-1].strip())  # the name of "the Minister of Trade, Mr. X Y"
    head = resolver.resolve(phrase, speaking=False)
    if head is None or head.rule == "anaphor":
        return None
    codes = places.codes_in(s.text[m.start():m.end("of")] + " " + m["head"])
    iso3 = head.iso3 or (codes[0] if len(set(codes)) == 1 else "")
    if not iso3 or iso3 == place[0]:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, head._replace(iso3=iso3), place[0], place[1], "other", (s.start, s.end),
                      min(head.confidence, 0.7))


def _capital_word(word: str) -> tuple[str, str] | None:
    """(ISO-3, capital) of a word that is a state's capital, else None."""
    capital = next((x for x in places.mentions(word) if x.is_capital), None)
    return (capital.iso3, countries.get(capital.iso3).capital) if capital else None


def _event_type(sentence: str, local: bool) -> str:
    """Round 20: the type of a visit to an event taken part in: a summit when the sentence names one or a meeting of
    heads of state ("attended the meeting of the CIS Council of Heads of State in Dushanbe", "принял участие в
    заседании Совета глав государств", "Devlet Başkanları Konseyi toplantısına katıldı"), else other (a forum, a
    fair, a commission's meeting)."""
    return "summit" if _type_of(sentence, local) == "summit" else "other"


# Round 19: taking part in an event abroad, in Russian, Azerbaijani and Turkish, told as done: "Министр торговли
# Казахстана … в среду принял участие в бизнес-форуме в Стамбуле", "… martın 11-də İzmir Beynəlxalq Sərgisində
# iştirak edib", "… dün İzmir Enternasyonal Fuarı'na katıldı" (not "примет участие", "iştirak edəcək", "katılacak")
# round 47: the past perfect of a visit recalled ("Qeyd edək ki, X iyunun 2-də … Bakı Enerji Forumunda iştirak etmiş,
# … görüş keçirmişdi", "… Forumuna katılmıştı")
_LOCAL_TOOK_PART = re.compile(r"\b(?:принял[аи]?\s+участие|участвовал[аи]?"
                              # round 48: the past continuous of an interview's answer ("… forumunda iqtisadiyyat
                              # naziri X da iştirak edirdi")
                              r"|iştirak\s+(?:edib|etdi|etmişdir|etmiştir|etmiş(?:di)?|edirdi)"
                              # round 46: a relative clause of the event ("… heyetin 14 Mayıs'ta Almatı'da katıldığı iş
                              # forumu"): the subject before it took part
                              r"|katıldı|katılmıştır|katılmıştı|katıldığı)\b", re.I)
_LOCAL_TOOK_PART_WORDS = ("участ", "iştirak", "katıl")  # one is in every _LOCAL_TOOK_PART match
# the event taken part in: a forum, fair, exhibition, conference, a commission's meeting (round 76, tracks76: or a
# ceremony, "Törene … Başkanı X Y başkanlığındaki heyet de katıldı" after "… bugün düzenlenen törenle … açıldı",
# dev/1193)
_LOCAL_EVENT = re.compile(r"\b(?:форум|выставк|ярмарк|заседани|конференц|конгресс|forum|sərgi|yarmark|iclas|konfrans"
                          r"|konqres|fuar|toplantı|konferans|kongre|sergi|tören)", re.I)


# Round 73 (history73): "he"/"she" as the subject of a Russian, Azerbaijani or Turkish sentence of taking part ("Heydər
# Əliyev bir il sonra yenidən Türkmənistan paytaxtında olub. O, 1997-ci il mayın 13-14-də Aşqabadda keçirilən … zirvə
# toplantısında iştirak edib", dev/1161; "Он принял участие в форуме …"): the one the sentence before opens with
# (_pronoun_of_the_subject_before, as for an English "he")
_LOCAL_PRONOUN_SUBJECT = re.compile(r"(?:O|Он|Она)\b,?\s")


# Round 46: a Turkish Cypriot body in a title before a name ("Kıbrıs Türk Ticaret Odası Başkanı", "Kıbrıslı Türk
# iş insanları"): the words Cyprus and Turkish, as the Turkish Cypriot state's titles join them, are none of Türkiye's
_TURKISH_CYPRIOT_OFFICE = re.compile(r"\bKıbrıs(?:lı)?\s+Türk\b")
# round 46: a name in the Turkish genitive, the subject of a participle ("Cabbarov'un", "Şakkaliyev'in", "Bolat'ın")
_TR_GENITIVE = re.compile(r"(?<=[A-ZÇĞİÖŞÜa-zçğıöşü])['’]n?[ıiuü]n\b")


def _local_took_part_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                           lead_day: date | None) -> VisitFound | None:
    """The visit of one who took part in an event (_LOCAL_TOOK_PART, _LOCAL_EVENT) held in a capital or a city of
    places.CITIES of another state than his, on a day the sentence names: the subject before the verb, type
    `other`, confidence ≤ 0.7. None for one at home, one of no known state, and an event joined from afar or to come."""
    m = _LOCAL_TOOK_PART.search(s.text)
    if not m or not _LOCAL_EVENT.search(s.text) or _LOCAL_NOT_VISIT.search(s.text):
        return None
    days, told = _days(s, published, lead_day, True), s
    if not days and (before := _local_event_told_before(doc, s, published)):
        told, days = before  # round 43: "… foruma, … heyet katıldı" after "dün Kocaeli'de düzenlenen … Forumu"
    if not days:
        return None
    # round 72 (visits72): an interview's answer opens with a dash ("– Aprelin 22-də … naziri X … forumunda iştirak
    # edib", dev/1151): the subject is the words after it
    subject = _ANSWER_DASH.sub("", s.text[:m.start()]).strip(" ,")
    if m[0] == "katıldığı" and (genitive := _TR_GENITIVE.search(subject)):
        subject = subject[:genitive.start()]  # round 46: "Bakanı X Y'nin dün Ankara'da katıldığı forum": X Y's
    found = _named_in_subject(subject, resolver)
    if not found and "." in subject and (person := _initialled_name_told_before(doc, s, subject, resolver)):
        found = [person]  # round 43: "… N.Abılqasımov Düşənbədə keçirilən … forumunda iştirak edib"
    if not found and (person := _full_name_told_before(doc, s, subject, resolver)):
        found = [person]  # round 47: "Qeyd edək ki, Daler Cuma iyunun 2-də … Forumunda iştirak etmiş", titled before
    if not found and _LOCAL_PRONOUN_SUBJECT.match(subject) and (k := doc.sentences.index(s)) \
            and (person := _pronoun_of_the_subject_before(doc, k, resolver)):
        found = [person]  # round 73 (history73): "O, 1997-ci il mayın 13-14-də Aşqabadda keçirilən … iştirak edib"
    if not found:
        return _took_part_after_relative(doc, s, m, days, resolver)  # round 35
    person = found[0]
    if not person.iso3 and _TURKISH_CYPRIOT_OFFICE.search(subject, 0, max(0, subject.find(person.name))):
        person = person._replace(iso3="CYN")  # round 46: "Kıbrıs Türk Ticaret Odası Başkanı Turgay Deniz"
    if person.rule == "unlisted name" and (event := _last_event_word_before(subject, person.name)) is not None \
            and (titled := _state_of_title_after_event(person, subject[event:])).iso3:
        # round 48: the title after the event's name, which may name the states or the host's city ("… Qarsda
        # keçirilən Azərbaycan–Türkiyə biznes forumunda iqtisadiyyat naziri Mikayıl Cabbarov da iştirak edirdi")
        person = titled
    place = _event_place(doc, told, person.iso3)
    if not person.iso3 or place is None:
        return None
    day, end, *_ = days[0]
    visit = VisitFound(day, end, person, place[0], place[1], _event_type(s.text, True), (s.start, s.end),
                       min(person.confidence, 0.7))
    # taking part told of another year, the day the telling's ("в прошлом году принял участие …, напомнил он во вторник")
    return None if _another_time(visit, s.text) else visit


def _state_of_title_after_event(person: Person, clause: str) -> Person:
    """A newcomer with the state of his title in `clause` (the subject after the event's name): the one it names,
    else the outlet's own for a bare minister's title (_with_outlet_own_state); no state when it tells none."""
    at = clause.find(person.name.split()[0])
    codes = _title_states(clause[:at]) if at > 0 else []
    bare = person._replace(iso3="")
    return bare._replace(iso3=codes[0]) if len(codes) == 1 else _with_outlet_own_state(bare, clause)


def _last_event_word_before(subject: str, name: str) -> int | None:
    """Where the word after the last _LOCAL_EVENT word before `name` in `subject` begins; None when there is none."""
    at = subject.find(name)
    ends = [m.end() for m in _LOCAL_EVENT.finditer(subject, 0, max(0, at))]
    if not ends:
        return None
    space = subject.find(" ", ends[-1], at)
    return space + 1 if space >= 0 else None


# Round 43: the event taken part in named back in lower case, its day and place told in a sentence or two before
# ("dün Kocaeli'de düzenlenen Türkiye-Macaristan İş Forumu'nda …" … "… gerçekleştirilen foruma, … heyet katıldı";
# round 76, tracks76: a ceremony, "… bugün düzenlenen törenle …" … "Törene … heyet de katıldı", dev/1193)
_LOCAL_EVENT_NAMED_BACK = re.compile(r"\b(?:форум|выставк|forum|sərgi|fuar|sergi|tören)\w*", re.I)
LOCAL_EVENT_BEFORE_SENTENCES = 2


def _local_event_told_before(doc: Document, s: Sentence, published: date) -> tuple[Sentence, list] | None:
    """(the sentence, its days) of the event a dayless sentence names back by its lower-case word: the nearest of the
    sentences before that names that word, capitalised or not, and a day; None when none does."""
    # in lower case, or opening the sentence ("Foruma, … heyet katıldı"), not a name's word ("İş Forumu'na")
    back = next((m for m in _LOCAL_EVENT_NAMED_BACK.finditer(s.text)
                 if m[0][0].islower() or not s.text[:m.start()].strip()), None)
    if back is None:
        return None
    stem = re.match(r"форум|выставк|forum|sərgi|fuar|sergi|tören", back[0].lower())
    k = next((i for i, x in enumerate(doc.sentences) if x.start == s.start), 0)
    for j in range(k - 1, max(k - 1 - LOCAL_EVENT_BEFORE_SENTENCES, -1), -1):
        before = doc.sentences[j]
        if stem and stem[0] in before.text.lower() and (days := _days(before, published, None, True)):
            return before, days
    return None


def _event_place(doc: Document, s: Sentence, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) of the first capital or city of places.CITIES in the sentence that is not the visitor's state's."""
    capital = next(((m.start - s.start, m.iso3, countries.get(m.iso3).capital) for m in doc.mentions(s)
                    if m.is_capital and m.iso3 != visitor_iso3), None)
    at = places.city_start(s.text)
    city = places.city_in(s.text[at:]) if at is not None else None
    candidates = [c for c in (capital, (at, *city) if city and city[0] != visitor_iso3 else None) if c]
    if not candidates and (named := places.event_city_by_adjective(s.text)) and named[0] != visitor_iso3:
        return named  # round 77 (chrono77): "… принял участие в Анталийском дипломатическом форуме" (dev/1215)
    return min(candidates)[1:] if candidates else None


# A visit told with its length: "arrived in Ashgabat on Tuesday for a two-day state visit", "a three-day official
# visit", "a 2-day trip": it runs to its last day, and a leg told on one of its days ("On Wednesday, Aliyev
# traveled to the port city of Turkmenbashi") is part of it (_same_trip)
_DAYS_LONG = re.compile(r"\b(two|three|four|five|[2-5])-day\s+(?:(?:state|official|working)\s+)?(?:visit|trip|tour)\b",
                        re.I)


def _last_day(sentence: str, start: date) -> date | None:
    """The last day of a visit starting on `start` that the sentence tells the length of (_DAYS_LONG); else None."""
    m = _DAYS_LONG.search(sentence) if "-day" in sentence else None
    if not m:
        return None
    length = int(m[1]) if m[1].isdigit() else _COUNT_WORDS[lowered(m[1])]
    return start + timedelta(days=length - 1)


def _same_trip(visit: VisitFound, other: VisitFound) -> bool:
    """Talks on a day of a visit already proposed are part of it, not a second visit; so is an arrival
    told for a day or two before it ("Aliyev, who arrived in Budapest on Tuesday evening" and the summit
    on Wednesday): the visit then starts on the day of arrival (see _merge)."""
    if (visit.visitor.name, visit.host) != (other.visitor.name, other.host):
        return False
    return visit.start - _ARRIVED_BEFORE <= other.start <= (visit.end or visit.start) or _leg_of(visit, other) \
        or _stay_in_the_same_city(visit, other)


def _stay_in_the_same_city(visit: VisitFound, other: VisitFound) -> bool:
    """Is `other` told in the city of `visit` on one of the _ARRIVED_BEFORE days after its start, whatever the types?
    A guest's next day where he arrived is his stay going on, not a second trip ("X dün Kayseri'ye geldi" … "X'in
    programı bugün Kayseri'deki öğrencilerle görüşmesiyle sona erecek")."""
    return bool(visit.city) and other.city == visit.city and visit.start < other.start <= visit.start + _ARRIVED_BEFORE


def _leg_of(visit: VisitFound, other: VisitFound) -> bool:
    """Is `other`, told with no type of its own, a leg of `visit`, a typed visit told with no last day, on one of
    the _ARRIVED_BEFORE days after its start ("landed in Baku on 13 June for an official visit" … "On 14 June, Novák
    traveled to Shusha, where …")? A stay of a state, official or working visit runs on past its first day."""
    return visit.end is None and visit.visit_type in ("state", "official", "working") and \
        other.visit_type == "other" and visit.start < other.start <= visit.start + _ARRIVED_BEFORE


_ARRIVED_BEFORE = timedelta(days=2)


# Round 83 (v83): an arrival in a city, then a reception or talks the next day told with no place ("X arrived in
# Ashgabat yesterday evening." "Today X was received by the President of Turkmenistan"): one stay, from the arrival
# to the reception's day, not a second visit (_stay_in_the_same_city needs the city the reception does not name)
def _arrived_before_the_reception(visits: list[VisitFound], met: VisitFound) -> VisitFound | None:
    """The visit of `met`'s visitor to its host, in a city, that began one of the _ARRIVED_BEFORE days before `met`
    (a meeting told with no city), now running to `met`'s day; None when there is none."""
    stay = next((v for v in reversed(visits) if (v.visitor.name, v.host) == (met.visitor.name, met.host) and v.city
                 and not v.recalled and v.start < met.start <= v.start + _ARRIVED_BEFORE), None)
    if stay is not None:
        stay.end = max(stay.end or stay.start, met.end or met.start)
        if stay.visit_type == "other":
            stay.visit_type = met.visit_type
    return stay


# Round 54 (visits): a tour of sites told on a later day ("16 апреля делегация посетила Алятскую свободную
# экономическую зону и индустриальный парк в Сумгаите", "toured a plant in Samarkand", "fabrikayı ziyaret etti"), not a
# coming ("İzmir'e geçti", "прибыл в Бишкек": another leg, round 41)
_TOURED = re.compile(r"\b(?:visited|toured|посетил[аи]?|осмотрел[аи]?|ziyaret\s+etti\w*|gezdi\w*|"
                     r"ziyarət\s+(?:edib|etdi)\w*)(?![^\W\d_])", re.I)
_TOURED_WORDS = ("visited", "toured", "посетил", "осмотрел", "ziyaret etti", "gezdi", "ziyarət ed", "ziyarət etdi")


def _toured_within(visit: VisitFound, other: VisitFound, sentence: str) -> bool:
    """Is `other`, told by a tour of sites (_TOURED) on one of the _ARRIVED_BEFORE days after the start of `visit`, an
    untyped visit of no last day by the same visitor to the same state, part of it (a city toured within the visit,
    whatever city)? A stay runs on past its first day whatever its type (_leg_of, for typed visits, whatever verb)."""
    return (visit.visitor.name, visit.host) == (other.visitor.name, other.host) and visit.end is None \
        and visit.visit_type == other.visit_type == "other" \
        and visit.start < other.start <= visit.start + _ARRIVED_BEFORE \
        and any(w in sentence for w in _TOURED_WORDS) and _TOURED.search(sentence) is not None


# Round 70 (history70): what the visitor did after the event he came for, a few days later and perhaps in another city
# of the host ("Niyazov, Ankara'daki zirvenin ardından 2 Kasım'da İstanbul'a geçerek …", dev/1125; "after the summit",
# "после саммита", "sammitdən sonra"): his stay going on, not a second trip
_AFTER_THE_EVENT = re.compile(r"\b(?:zirve(?:si)?nin|görüşme(?:si)?nin|toplantı(?:sı)?nın|ziyareti(?:ni)?n)\s+"
                              r"(?:ardından|sonrasında)"
                              r"|\b(?:sammit|görüş|iclas|səfər)(?:in)?dən\s+sonra"
                              r"|\bafter\s+the\s+(?:summit|talks|meeting|forum)\b"
                              r"|\bпосле\s+(?:саммита|переговоров|заседания|встречи)\b", re.I)
_AFTER_THE_EVENT_WORDS = ("ardından", "sonra", "after the", "после")  # one is in every _AFTER_THE_EVENT match, lowered
STAYED_ON_DAYS = timedelta(days=7)  # the days after the event that a stay told "after" it may reach


def _stayed_on_after_the_event(visit: VisitFound, other: VisitFound, sentence: str) -> bool:
    """Is `other`, the same visitor's to the same host told "after" an event (_AFTER_THE_EVENT) within STAYED_ON_DAYS
    of the start of `visit`, a later day of that visit?"""
    return (visit.visitor.name, visit.host) == (other.visitor.name, other.host) \
        and visit.start < other.start <= visit.start + STAYED_ON_DAYS \
        and any(w in sentence.lower() for w in _AFTER_THE_EVENT_WORDS) and _AFTER_THE_EVENT.search(sentence) is not None


# Round 90 (v1, WITHIN_HIS_VISIT): a place told as seen within a visit of his already told, by its ordinal day or its
# frame ("Cabbarov, ziyaretinin ikinci gününde bugün Gazimağusa Serbest Liman ve Bölgesi'ni ziyaret edecek", dev/1373;
# "səfərinin ikinci günündə", "ziyareti kapsamında", "во второй день визита", "в рамках визита", "on the second day of
# his visit"): a day of that visit, whatever the verb's tense, not a trip of its own
_WITHIN_HIS_VISIT = re.compile(r"\b(?:ziyaret|səfər)\w{0,5}\s+(?:ilk|birinci|ikinci|üçüncü|dördüncü|son|növbəti)\s+"
                               r"gün(?:ünde|ündə|ü)\b"
                               r"|\b(?:ziyaret|səfər)\w{0,5}\s+(?:kapsamında|çərçivəsində|sırasında|zamanı)\b"
                               r"|\b(?:в\s+рамках|в\s+ходе|во\s+(?:второй|третий)\s+день)\s+(?:своего\s+)?"
                               r"(?:визита|поездки)\b"
                               r"|\b(?:on|during)\s+the\s+(?:second|third|fourth|last)\s+day\s+of\s+(?:his|her)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:visit|trip)\b", re.I)
_WITHIN_HIS_VISIT_WORDS = ("ziyaret", "səfər", "визит", "поездк", "visit", "trip")  # one is in every match, lowered


def _within_his_visit(visit: VisitFound, other: VisitFound, sentence: str) -> bool:
    """Is `other`, the same visitor's to the same host within STAYED_ON_DAYS of the start of `visit`, told as a day or
    the frame of his visit (_WITHIN_HIS_VISIT), part of that visit?"""
    return (visit.visitor.name, visit.host) == (other.visitor.name, other.host) \
        and visit.start <= other.start <= visit.start + STAYED_ON_DAYS \
        and any(w in sentence.lower() for w in _WITHIN_HIS_VISIT_WORDS) \
        and _WITHIN_HIS_VISIT.search(sentence) is not None


def _merge(same: VisitFound, visit: VisitFound) -> None:
    """`visit` told again (see _same_trip): it may give the visit its type and its day of arrival."""
    if same.visit_type == "other":  # "Tokayev, who arrived in Ankara on Tuesday" after "paid an
        same.visit_type = visit.visit_type  # official visit ... on Tuesday": one visit, told twice
    if visit.start < same.start:  # the visit runs from the arrival to (at least) the day first told
        same.start, same.end = visit.start, same.end or same.start
        same.city = same.city or visit.city


_TR_CASE_ENDING = _TR_CASE_ENDING_SPLIT  # round 87 (p1): one home, quotes.py's (the speaker of a speech printed whole)


def _persons_in(text: str, resolver: Resolver) -> list[Person]:
    """Everyone `text` names by name or by office and country ("Президент Азербайджана Ильхам Алиев",
    "Kazakh President Kassym-Jomart Tokayev", "Azərbaycan Prezidenti"), each once, in order. Not an
    anaphor ("he", "Prezident" alone) and not someone of no known country."""
    found: list[Person] = []
    # a Turkish case ending after an apostrophe ends the name ("Cumhurbaşkanı Erdoğan'ın Azerbaycan'a"
    # is Erdoğan, then a country): not the English "'s"
    runs = [part for run in NAME_RUN.findall(text) for part in _TR_CASE_ENDING.split(run) if part]
    for run in runs:
        run = _ru_nominative_run(run, text)
        # only a run with a word of an office holder's name or an office word can name someone (most
        # capitalised runs, "Zirvədə", "Manas Beynəlxalq Hava Limanında", hold neither): the rest are not resolved
        if ("lider" in text or "лидер" in text) and (leader := _country_leader(run, text, resolver)):
            if all(p.name != leader.name for p in found):
                found.append(leader)  # round 80 (gv3)
            continue
        if not (has_name_word(run) or officeholders.office_of(run) or other_office(run)
                or run.lower() in TITLES_OF_ONE) or run.lower() in PRONOUNS:  # "Prezident" alone: an anaphor
            continue
        if names_a_namesake(run, text[:max(0, text.find(run))]):
            continue  # round 73 (history73): "Heydər Əliyev Beynəlxalq Hava Limanında", "аэропорт имени Гейдара Алиева"
        person = resolver.resolve(run, speaking=False)
        if person and person.rule == "unlisted name":
            person = _accusative_holder(run, resolver) or _without_ru_patronymic(run, resolver) or person
        if person and person.rule in ("name", "office") and person.iso3 and \
                all(p.name != person.name for p in found):
            found.append(person)
    return found


# Round 80 (gv3, _country_leader): a state's head named by the state and the lower-case "leader" alone, as a summit's
# attendee ("Zirveye Azerbaycan Cumhurbaşkanı X ve Kazakistan lideri katıldı", "Zirvədə … və Qazaxıstan lideri iştirak
# edib", "… и лидер Казахстана"): the holder of that office on the day (the resolver's office rule, as "the Kazakh
# President" is read); the capitalised run is the state's name alone, the leader word right after it (Turkish,
# Azerbaijani) or right before it (Russian).
_LEADER_AFTER_STATE = re.compile(r"\s+lideri(?![^\W\d_])")
_LEADER_BEFORE_STATE = re.compile(r"\bлидер\s+$", re.I)


def _country_leader(run: str, text: str, resolver: Resolver) -> Person | None:
    """The head of the state a capitalised run names alone, "lideri" right after it or "лидер" right before it, on
    the resolver's day; else None."""
    at = text.find(run)
    if at < 0 or places.codes_in(run) == [] or len(run.split()) > 2:
        return None
    if _LEADER_AFTER_STATE.match(text, at + len(run)):
        phrase = run + " lideri"
    elif _LEADER_BEFORE_STATE.search(text, max(0, at - 8), at):
        phrase = "лидер " + run
    else:
        return None
    person = resolver.resolve(phrase, speaking=False)
    return person if person and person.rule == "office" and person.iso3 else None


def _accusative_holder(run: str, resolver: Resolver) -> Person | None:
    """The office holder an Azerbaijani run names in the accusative, as the object of the verb ("… ölkəmizdə olan
    Türkiyə Respublikasının xarici işlər naziri Hakan Fidanı qəbul edib"); None unless the run without the ending
    is a holder the table knows by name (a name that ends so stays as written)."""
    for bare in az_accusative_stripped(run):
        person = resolver.resolve(bare, speaking=False)
        if person and person.rule == "name":
            return person
    return None


# Round 51: a Russian patronymic between the given name and the surname ("визит Садыра Нургожоевича Жапарова",
# "Касым-Жомарт Кемелевич Токаев"): the office holders table knows the name without it
_RU_PATRONYMIC_WORD = re.compile(r"\s[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|ична|инична)(?=\s)")


def _without_ru_patronymic(run: str, resolver: Resolver) -> Person | None:
    """The office holder a Cyrillic run names with a patronymic, when the run without it is one the table knows by
    name; else None."""
    if not is_cyrillic(run) or "вич " not in run and "вна " not in run and "чна " not in run:
        return None
    bare = _RU_PATRONYMIC_WORD.sub("", run, 1)
    person = resolver.resolve(bare, speaking=False) if bare != run else None
    return person if person and person.rule == "name" else None


# A Russian name in the instrumental ("переговоры с премьер-министром Азербайджана Али Асадовым", "встретился с
# министром Айгуль Исмаиловой"): a surname in "-ым", or a title in "-ом"/"-ем" among the few words before the name
_RU_INSTRUMENTAL_SURNAME = re.compile(r"[а-яё](?:ов|ев|ин)ым$")
_RU_INSTRUMENTAL_TITLE = re.compile(r"[а-яё]{3}(?:ом|ем)\b")
_TITLE_LOOKBACK = 40  # characters before the name: the title and the country it names
# "с"/"со" (with) right before the name: it is in the instrumental ("встретился в Анкаре с Хаканом Фиданом")
_RU_WITH = re.compile(r"(?:^|\s)со?\s$", re.I)


def _ru_nominative_run(run: str, text: str) -> str:
    """A Cyrillic name run in the nominative (people.resolve knows names as news writes them first), when it is
    in the instrumental (_RU_INSTRUMENTAL_SURNAME / _RU_INSTRUMENTAL_TITLE); any other run unchanged."""
    if not is_cyrillic(run):
        return run
    if not _RU_INSTRUMENTAL_SURNAME.search(run):
        at = text.find(run)
        if at < 0 or not (_RU_INSTRUMENTAL_TITLE.search(text, max(0, at - _TITLE_LOOKBACK), at)
                          or _RU_WITH.search(text, max(0, at - len(" со ")), at)):
            return run
    return ru_nominative(run)


_HONORIFIC_SAYIN = re.compile(r"\bSayın\s+(?=[A-ZÇĞİÖŞÜ])")


def _local_visitors(sentence: str, resolver: Resolver, text: str = "") -> list[Person]:
    """The visitors of a Russian, Azerbaijani or Turkish visit sentence: those named before its first
    visit word, where these languages put the subject ("Президент Азербайджана Ильхам Алиев и президент
    Турции Реджеп Тайип Эрдоган прибыли в среду в Туркменбаши", "Xarici işlər naziri Ceyhun Bayramov
    fevralın 17-də Macarıstana işgüzar səfərə gedib", "Cumhurbaşkanı Erdoğan, … ziyaret kapsamında"). `text`: the
    article, for a head's name in the genitive (_az_head_nominative, round 81)."""
    m = _LOCAL_VISIT.search(sentence)
    if not m:
        return []
    if sentence[:1].isdigit():  # round 69 (khujand69): a live entry's stamp before the subject ("09:40 Самолет …")
        sentence = _without_live_stamp(sentence).lstrip()
        m = _LOCAL_VISIT.search(sentence)
    subject = _without_inline_dateline(sentence[:m.start()].strip(" ,"))
    if (port := places.airport_start(subject)) is not None:
        subject = subject[:port].strip(" ,")  # round 68 (turkpa68c): the airport arrived at, after its subject
    if "Sayın " in subject:  # round 49: the honorific between the title and the name ("Bakan Sayın X Y …")
        subject = _HONORIFIC_SAYIN.sub("", subject)
    if _RU_PLANE_OF.match(subject):  # "Самолет Президента Азербайджана Ильхама Алиева": the genitive read as the nominative
        subject = _RU_GENITIVE_A.sub("", subject)
    head = None
    if "etdiyi" in subject or "ilə" in subject:  # round 18b: the head of a delegation in the genitive
        head = _AZ_HEAD_OF.search(subject)
        subject = _AZ_HEAD_OF.sub(lambda h: _az_head_nominative(h[0], text), subject)
    found = _named_in_subject(subject, resolver)
    if not found and head and (
            person := _titled_newcomer(head.string[:head.start()] + _az_head_nominative(head[0], text), resolver)):
        # round 56 (visits A): a head the table does not know, his title naming a city ("Türkiyənin Qaziantep
        # Böyükşəhər Bələdiyyəsinin sədri X Y-nin başçılıq etdiyi nümayəndə heyəti … Şəkiyə gəlib"): read up to his name
        found = [_with_outlet_own_state(person, subject)]
    if not found and (genitive := _TR_GENITIVE.search(subject)) \
            and (_TR_VERBAL_NOUN_OF_COMING.search(sentence, m.start())
                 or (("yaptığı" in subject or "gerçekleştirdiği" in subject)
                     and _TR_VISIT_MADE.search(sentence, genitive.end()))):
        found = _named_in_subject(subject[:genitive.start()], resolver)  # round 47
    if len(found) > 1 and ("yaptığı" in subject or "gerçekleştirdiği" in subject) \
            and (owner := _tr_owner_of_the_visit_made(subject, sentence, resolver)):
        found = owner  # round 82 (s3)
    if not found and m[0].lower().startswith(("səfəri", "gəlişi")):
        found = _az_genitive_owner_of_the_visit(subject, resolver)  # round 52 (visits); round 54: "Bakıya gəlişi"
    if len(found) < 2 and (" ve " in subject or " və " in subject) and (pair := _ta_titled_pair(subject, resolver)):
        found = pair  # round 80 (gv3)
    return found


# Round 80 (gv3, _ta_titled_pair): two titled persons joined by Turkish "ve" or Azerbaijani "və" as the subject
# ("Dışişleri Bakanı X Y ve Ticaret Bakanı Z W Bakü'de …", "Nazir X Y və nazir müavini Z W Astanaya səfər edib"): each
# a visitor, though the table knows one or neither (_persons_in finds only the known, _titled_newcomer only the last).
# The "ve" is one after a capitalised word with an office word and a capitalised name after it; not a ministry of two
# fields ("Sanayi ve Teknoloji Bakanı X": no person before "ve"), nor a visitor and his wife ("X ve eşi Y": no office).
# One with no state named is of the other's ("Nazir X və nazir müavini Y": the same side's).
_TA_NAME_AND = re.compile(rf"\b[{CAPITALS}][\w'’-]*(\s+(?:ve|və)\s+)")


def _ta_titled_pair(subject: str, resolver: Resolver) -> list[Person]:
    """The two titled persons of a subject joined by "ve"/"və" (_TA_NAME_AND), one each side; else []."""
    for m in _TA_NAME_AND.finditer(subject):
        after = subject[m.end(1):]
        if not any(stem in after.lower() for stem in _LOCAL_OFFICE_STEMS):
            continue
        first, second = _named_in_subject(subject[:m.start(1)], resolver), _named_in_subject(after, resolver)
        if len(first) == 1 and len(second) == 1 and first[0].name != second[0].name:
            state = first[0].iso3 or second[0].iso3
            return [person if person.iso3 else person._replace(iso3=state) for person in first + second]
    return []


# Round 52 (visits): an Azerbaijani visit noun with its possessive ending ("səfəri") owned by a name in the genitive
# right before it, only a place, a type or a day between ("… xarici işlər naziri Ceyhun Bayramovun Aşqabada işgüzar
# səfəri də … yadda qaldı", "Prezident Tokayevin Bakıya dövlət səfəri çərçivəsində"): the owner made the visit. The
# name is the subject's last capitalised word of a certain genitive (name_forms.az_nominative), no comma after it
_AZ_CAPITALISED_WORD = re.compile(rf"[{CAPITALS}][\w'’-]+")
_AZ_OWNER_TO_VISIT_WORDS = 4  # "Aşqabada işgüzar", "mayın 27-də Bakıya rəsmi"
# Round 71 (visits71): the year leading the day is no word between ("Saidovun 2026-cı il fevralın 24-də Bakıya rəsmi
# səfəri zamanı imzalanıb", dev/1140): the day with its year is still one day
# Round 80 (letter80): or the year said as this, the current or last one ("Əsədovun bu il martın 5-də Özbəkistana
# rəsmi səfəri çərçivəsində", dev/1245): the day with its year word is still one day
_AZ_YEAR_BEFORE_ITS_DAY = re.compile(r"\b(?:\d{4}-c[iıuü]|[Bb]u|[Cc]ari|[Öö]tən|[Kk]eçən)\s+il(?:in)?\s+(?=\w+\s+\d)")


def _az_genitive_owner_of_the_visit(subject: str, resolver: Resolver) -> list[Person]:
    """The one person named in the genitive that owns the visit noun after `subject` (the words before it); [] when
    no such name is there, or more than _AZ_OWNER_TO_VISIT_WORDS words or a comma stand between."""
    owner = next((w for w in reversed(list(_AZ_CAPITALISED_WORD.finditer(subject))) if az_nominative(w[0]) != w[0]),
                 None)
    if owner is None:
        return []
    between = subject[owner.end():]
    if "," in between or len(_AZ_YEAR_BEFORE_ITS_DAY.sub("", between).split()) > _AZ_OWNER_TO_VISIT_WORDS:
        return []
    clause = subject[subject.rfind(",", 0, owner.start()) + 1:owner.start()]
    return _named_in_subject(clause + az_nominative(owner[0]), resolver)[-1:]


# Round 47: the coming told as a verbal noun, its subject in the genitive ("Bakanı Laziz Kudratov’un salı günü Bursa’ya
# gelerek … Forumu’na katılması, … tartışmayı alevlendirdi", "X'in dün Bakü'ye gelmesi"): the genitive's owner came;
# round 54 (visits): the noun of coming too ("X'in 5 Mayıs'ta Ankara'ya gelişi")
_TR_VERBAL_NOUN_OF_COMING = re.compile(r"\b(?:gelmesi|gitmesi|ulaşması|gelişi\w*|ziyaret\s+etmesi"
                                       r"|gelerek\s[^.;]{0,120}?"
                                       r"(?:katılması|görüşmesi|ziyaret\s+etmesi))\b", re.I)

# Round 49: or the visit he "made" to a place, in the dative ("X’ın 9 Ocak’ta Lefkoşa’ya yaptığı ziyarette imzalandı");
# round 74 (minutes74): "carried out" too, the dative after a possessive's "n" ("X'ın 17 Kasım 2025 tarihinde Nahçıvan
# Özerk Cumhuriyeti'ne gerçekleştirdiği çalışma ziyareti sırasında … imzalanmıştır", dev/1181)
_TR_VISIT_MADE = re.compile(r"['’][yn]?[ae]\s+(?:yaptığı|gerçekleştirdiği)\s+(?:[^\W\d_]+\s+){0,2}?ziyaret")


# Round 82 (s3, _tr_owner_of_the_visit_made): the subject tells of another's visit made, the owner in the genitive in
# the clause after the subject's comma ("Cumhurbaşkanı Erdoğan, Sayın X'in 9 Temmuz'da İstanbul'a gerçekleştirdiği
# çalışma ziyaretini memnuniyetle hatırlatarak, …", dev/1268): the owner made the visit, the subject (the host, who
# may be named first) only tells of it. Only a clause naming one person, and one the subject's names are not.
def _tr_owner_of_the_visit_made(subject: str, sentence: str, resolver: Resolver) -> list[Person]:
    """The one person named in the genitive that owns the visit made (_TR_VISIT_MADE) after it, read from the clause
    between the subject's last comma before the genitive and the genitive; [] when none or more."""
    for genitive in reversed(list(_TR_GENITIVE.finditer(subject))):
        if not _TR_VISIT_MADE.search(sentence, genitive.end()):
            continue
        comma = subject.rfind(",", 0, genitive.start())
        if comma < 0:
            return []
        owner = _named_in_subject(subject[comma + 1:genitive.start()], resolver)
        return owner if len(owner) == 1 and owner[0].name not in {
            p.name for p in _named_in_subject(subject[:comma], resolver)} else []
    return []


# Round 82 (s3, _tr_day_of_the_visit_made): the day inside the clause of a visit made that the sentence recalls, between
# the owner's genitive and the place ("X'in 9 Temmuz'da İstanbul'a gerçekleştirdiği çalışma ziyaretini hatırlatarak",
# dev/1268; "X'ın 17 Kasım 2025 tarihinde Nahçıvan'a yaptığı ziyareti"): the visit's own day, not the recalling's
# (round 18b's "Erdoğan dün Bakü ziyaretini hatırlattı" has no such clause)
_TR_GENITIVE_BEFORE_DAY = re.compile(r"['’]n?[ıiuü]n\s+$")
_TR_DAY_TO_THE_VISIT_MADE = re.compile(r"(?:['’][dt][ae])?(?:\s+tarihinde)?\s+[\w-]+(?:\s+[\w-]+){0,2}?"
                                       + _TR_VISIT_MADE.pattern)


def _tr_day_of_the_visit_made(sentence: str, days: list) -> bool:
    """Whether the first day of `days` stands right after a genitive and before the place and participle of a visit
    made (_TR_VISIT_MADE)."""
    start, end = days[0][2], days[0][3]
    return bool(_TR_GENITIVE_BEFORE_DAY.search(sentence[max(0, start - 6):start])
                and _TR_DAY_TO_THE_VISIT_MADE.match(sentence, end))


def _office_of_the_opening_clause(sentence: str, day: date, resolver: Resolver) -> Person | None:
    """Round 70 (history70): the visitor of a local visit sentence whose first clause is an office alone, the day and
    place in the clause after it ("Türkmen lider, 30 Ekim 1992'de Ankara'da toplanan … Zirvesi'ne katıldı", dev/1125):
    the holder of that office on the visit's day, who may be another than the article's day's (a look back decades
    on). None when the clause names a person or is no office of a state."""
    clause = _first_clause(sentence).strip()
    if not 0 < clause.count(" ") < _OFFICE_WORDS_AT_MOST or _persons_in(clause, resolver):
        return None
    person = resolver.resolve(clause, speaking=False)
    if person is None or person.rule != "office" or not person.iso3:
        return None
    term = officeholders.holder(person.iso3, person.role, day)
    return Person(term.name, term.office, term.country, person.confidence, "office") if term else None


def _named_in_subject(subject: str, resolver: Resolver) -> list[Person]:
    """Who a Russian, Azerbaijani or Turkish subject names: by name or office and country (_persons_in), by an
    office in lower case alone, or by a title and a name the table does not know (_titled_newcomer)."""
    found = _persons_in(subject, resolver)
    if not found and 0 < (office := _office_subject(subject, resolver.day)).count(" ") < _OFFICE_WORDS_AT_MOST:
        # an office in lower case, which no capitalised run holds: "Глава азербайджанского государства прилетел …"
        person = resolver.resolve(office, speaking=False)
        found = [person] if person and person.rule == "office" else []
    # the title and name may close the first clause, a purpose and the day between it and the verb ("Ticaret Bakanı
    # Ömer Bolat, KEK Toplantısı'na katılmak üzere dün Astana'ya gitti"): that name, before any later run's
    if not found and (person := _titled_newcomer(_first_clause(subject), resolver)
                      or _titled_newcomer(subject, resolver)
                      or _titled_newcomer(_up_to_place(_without_leading_day(subject, resolver.day)), resolver)
                      or _titled_newcomer_after_aside(subject, resolver)  # round 29
                      or _ru_titled_newcomer_before_place(subject, resolver)):  # round 31
        found = [_with_outlet_own_state(person, subject)]  # round 34 (visits, second pass)
    return found


# Round 18b: an Azerbaijani delegation's head, his name in the genitive before the verb of heading: "Özbəkistanın Baş
# naziri Abdulla Aripovun rəhbərlik etdiyi nümayəndə heyəti dünən Bakıya gəlib", "başçılıq etdiyi", "X-in rəhbərliyi
# ilə", "başçılığı ilə"; read in the nominative, the head is the delegation's visitor
_AZ_HEAD_OF = re.compile(rf"[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+(?=\s+(?:(?:rəhbərlik|başçılıq)\s+etdiyi"
                         r"|(?:rəhbərliyi|başçılığı)\s+ilə)\b)")


def _first_clause(subject: str) -> str:
    """`subject` up to its first comma (all of it when it has none)."""
    return subject.split(",", 1)[0]


# The plane of someone, the subject of its landing ("Самолет Президента Азербайджана Ильхама Алиева … приземлился")
_RU_PLANE_OF = re.compile(r"(?:Самол[её]т|Борт)\s", re.I)
# A surname alone as the subject ("Мустафаев прибыл в туркменскую столицу в среду", "Nurtleu Bakıya gəlib")
_SURNAME = re.compile(r"[A-ZА-ЯЁƏÇĞİÖŞÜ][\w-]{2,}")
_TITLE_BEFORE = 80  # characters before a full name that its title may take
# a quote's end, punctuation with the closing mark ('… western China," Deputy Minister X said'); not a title in quotes
# ('Turkish Cypriot "prime minister" X')
_QUOTE_END = re.compile(r"(?:[,.!?…][\"”»]|[\"”»],)\s")


# Round 21: a surname alone opening the sentence, an aside on his stay right after: "Kudratov, who is in Budapest on a …"
_SURNAME_ASIDE = re.compile(rf"(?P<surname>[{CAPITALS}][\w'’-]+),\s+who\s+(?:(?:is|was|has\s+been)\s+(?:currently\s+)?in\s"
                            # round 24: the arrival itself, "Kurtulmuş, who arrived in the Kazakh capital on Monday, …"
                            r"|(?=(?:had\s+)?arrived\s)"
                            # round 36 (visits): "Mustafayev, who reached Shymkent on May 14, was met …"
                            r"|(?=(?:had\s+)?reached\s)"
                            # round 45: "Akbarov, who visited Bishkek on 14–15 October to co-chair …, added …"
                            r"|(?=(?:had\s+)?visited\s[A-Z])"
                            # round 38 (visits A): "Uraloğlu, who was on an official visit to Turkmenistan, was received"
                            r"|(?=(?:is|was)\s+on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\b))")


# Round 83 (v83): a surname alone as the subject of a visit the verb and its article tell before the visit word
# ("Kudratov paid a working visit to Budapest on 27 October", "X is on a two-day official visit to …"): what stands
# before "visit" cut down to the surname, whom the article named in full with a title before (dev: none, a gap)
_EN_SURNAME_PAID_A = re.compile(rf"([{CAPITALS}][\w'’-]+)\s+(?:paid|pays|made|makes|is\s+paying|is\s+making|began"
                                r"|begins|started|starts|embarked\s+on|kicked\s+off|(?:is|was)\s+on)"
                                r"\s+(?:a|an|his|her)(?:\s+[a-z][\w-]*){0,3}")


def _surname_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    """The visitor a local visit sentence names by surname alone, whom the office holders table does not know:
    the one the article named in full with a title before ("заявил вице-премьер Азербайджана Шахин Мустафаев"
    … "Мустафаев прибыл …"), as _titled_newcomer reads him there (the title's country is his)."""
    if not _SURNAME.fullmatch(subject):
        return None
    # the first where the article introduced him with his title (round 24: a standfirst may name him first without
    # one, "Numan Kurtulmuş met President Tokayev …" before "Turkish Grand National Assembly Speaker Numan Kurtulmuş")
    for full in full_names(doc.text[:s.start], subject):
        start = max(0, full.start() - _TITLE_BEFORE)
        # round 45: the title starts after a quote that ends right before it ('… and western China," Deputy Minister
        # of Economy X said': the quote's state is not his)
        start = max((m.end() for m in _QUOTE_END.finditer(doc.text, start, full.start())), default=start)
        if person := _titled_newcomer(doc.text[start:full.end()], resolver):
            return person
        if person := _titled_after_name(doc.text, full, resolver):
            return person
        if person := _minister_counterpart_named(doc.text, full):
            return person  # round 83 (h5, counterpart)
    return _the_one_listed_named_in_full_before(doc, s, subject, resolver)


# Round 83 (h5, counterpart): a minister's counterpart named in full with no title of his own ("Kazakh Energy Minister
# X Y … signed three documents with his Kyrgyz counterpart, Z W, …", then "W traveled to Astana on Oct. 6 for
# talks", dev/1282): the counterpart is his state's minister, as the quotes read him
# (people._en_minister_counterparts, only with a minister's title before "counterpart" in the sentence)
_COUNTERPART_BEFORE = 250  # characters before the full name: the minister's title and the words up to it


def _minister_counterpart_named(text: str, full: re.Match) -> Person | None:
    """The unlisted minister the full name `full` in `text` is told as, a minister's counterpart of a state; else
    None."""
    window = text[max(0, full.start() - _COUNTERPART_BEFORE):full.end()]
    if "counterpart" not in window:
        return None
    return next((person for person in _en_minister_counterparts(window) if person.name == full[0]), None)


def _the_one_listed_named_in_full_before(doc: Document, s: Sentence, surname: str, resolver: Resolver) -> Person | None:
    """Round 73 (visits73a): a surname two office holders of the table share ("Berdimuhamedov", father and son), which
    the table cannot resolve alone: the holder the article named in full before the sentence ("former president
    Gurbanguly Berdimuhamedov … held talks" then "Berdimuhamedov arrived in the Tajik capital on Tuesday, July 14",
    dev/1162); None when it named more than one so (both the father and the son)."""
    held = {person.name: person for full in full_names(doc.text[:s.start], surname)
            if (person := resolver.resolve(full[0], speaking=False)) is not None and person.rule == "name"}
    return next(iter(held.values())) if len(held) == 1 else None


# Round 59 (visits): talks someone held elsewhere on a day, told in an aside after his surname, the sentence on
# another matter ("Shakkaliyev, who held talks in Baku on May 12 with Azerbaijan's deputy prime minister on transit
# tariffs, told reporters …"): his visit there that day, one the report looks back on (no documents told)
_WHO_HELD_TALKS_IN = re.compile(rf"(?P<surname>[{CAPITALS}][\w'’-]+),\s+who\s+(?:had\s+)?(?:held|had)\s+"
                                r"(?:[\w-]+\s+)?talks\s+(?:[^,.;]{0,60}?\s)?in\s+(?P<place>[A-Z][\w'’-]+)[^,;]*,")


def _aside_talks_recalled(doc: Document, s: Sentence, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit an aside of talks held in a place on a day tells (_WHO_HELD_TALKS_IN), of the one the surname names
    (the table's, or the one named in full before with a title), to another state than his."""
    m = _WHO_HELD_TALKS_IN.search(s.text)
    if m is None or _REMOTE.search(m[0]):
        return None
    days = [d for d in _days(s, published, None) if m.start() <= d[2] < m.end()]
    person = resolver.resolve(m["surname"], speaking=False) or _surname_told_before(doc, s, m["surname"], resolver) \
        or _titled_newcomer(s.text[max(0, m.start() - _TITLE_BEFORE):m.end("surname")], resolver)  # named in full here
    capital = next((x for x in doc.mentions(s) if x.is_capital
                    and s.start + m.start("place") <= x.start < s.start + m.end("place")), None)
    place = (capital.iso3, countries.get(capital.iso3).capital) if capital else places.city_in(m["place"])
    if not days or person is None or not person.iso3 or place is None or place[0] == person.iso3:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], "other", (s.start, s.end), min(person.confidence, 0.6),
                      documents=0, documents_said=True, recalled=True)


# Round 57 (visits): the surname alone before a comma, the day and place after it before the visit word ("Tuncel, 18
# Eylül 2025'te Pavlodar'ı ziyaret etmiş, …", "Nurtleu, mayın 14-də Bakıya gəlib"): the one named in full before, as
# _surname_told_before reads him
_SURNAME_COMMA = re.compile(rf"\s*([{CAPITALS}][\w-]{{2,}}),\s")


def _surname_before_comma_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    m = _SURNAME_COMMA.match(subject)
    return _surname_told_before(doc, s, m[1], resolver) if m else None


# Round 86 (m3, genitive surname): the surname alone in the genitive, a "da"/"de" (too) at most, as the subject of a
# visit told in a nominalised clause ("Seytcanov'un da 22 Mayıs'ta Semerkant'ı ziyaret ettiği … hatırlatıldı", dev/833;
# "Tuncel'in 18 Eylül'de Pavlodar'ı ziyaret ettiği belirtildi"): the one named in full before, as _surname_told_before
# reads him. Only with the visit word's verb nominalised (-DIğI), which is what puts its subject in the genitive (not
# "ziyaret etmesi kararlaştırıldı", a visit decided on).
# (round 86, w1, titled_genitive_surname: a title word before the surname, "Vali Seytcanov'un da 22 Mayıs'ta
# Semerkant'ı ziyaret ettiği hatırlatıldı": a word of people's title words, not a first name)
_SURNAME_GENITIVE = re.compile(rf"\s*(?:(?P<title>[{CAPITALS}][\w-]+)\s+)?([{CAPITALS}][\w-]{{2,}})['’]n?[ıiuü]n"
                               r"(?:\s+d[ae])?\s")
_TR_NOMINALISED_VISIT = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+)?[dt][ıiuü][ğk][ıiuü]", re.I)


def _surname_in_genitive_told_before(doc: Document, s: Sentence, subject: str, visit_at: int,
                                     resolver: Resolver) -> Person | None:
    m = _SURNAME_GENITIVE.match(subject) if "'" in subject or "’" in subject else None
    if m is None or not _TR_NOMINALISED_VISIT.match(s.text, visit_at) \
            or (m["title"] and m["title"].lower() not in _TITLE_WORDS):
        return None
    return _surname_told_before(doc, s, m[2], resolver)


# Round 66 (visits66b): the surname alone after a participle's clause that qualifies it, the topic particle "ise"/"isə"
# (as for) after it, then the day and place ("Azerbaycan heyetine başkanlık eden Şahbazov ise perşembe sabahı Aşkabat'a
# geldi", dev/1085; "Özbək nümayəndə heyətinə rəhbərlik edən Saidov isə çərşənbə günü Bakıya gəlib"): the one named in
# full before, as _surname_told_before reads him
_SURNAME_THEN_TOPIC = re.compile(rf"(?:^|\s)([{CAPITALS}][\w-]{{2,}})\s+(?:ise|isə)\s")


def _surname_before_topic_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    m = _SURNAME_THEN_TOPIC.search(subject) if " is" in subject else None
    return _surname_told_before(doc, s, m[1], resolver) if m else None


# Round 42 (visits): a full name the article introduced with its title after it, between commas ("co-chaired by Zoltán
# Kerekes, Hungary's state secretary for foreign economic relations, and …" … "Kerekes, who arrived in the Kyrgyz capital
# on Monday, …"): the one state the title names is his; not a title of no office ("X, a Budapest native,")
_TITLE_AFTER_NAME = re.compile(r",\s+([^,.;]{3,100}?)(?=,|\s+and\s|[.;])")


# Round 72 (visits72): the title's portfolio a list, one word each, the last after "and", then the state it is "of"
# ("Fikri Ataoğlu, Minister of Tourism, Culture, Youth and Environment of the Turkish Republic of Northern Cyprus.",
# dev/1149; "…, Minister of Trade and Integration of Kazakhstan,"): read whole when the title up to the list names no
# state (not "X, the economy minister, and Kyrgyz Minister Y": no "of" after the word after "and")
_TITLE_LIST_AFTER_NAME = re.compile(r",\s+([^,.;]{3,100}?(?:,\s+[A-Za-z][\w-]*){0,4},?\s+and\s+[A-Za-z][\w-]*"
                                    r"\s+(?:of|for)\s+[^,.;]{3,100}?)(?=[,.;]|$)")


def _titled_after_name(text: str, full: re.Match, resolver: Resolver) -> Person | None:
    """The unlisted name of match `full` in `text`, of the one state of the office title right after it."""
    title = _TITLE_AFTER_NAME.match(text, full.end())
    if title is not None and not _title_states(title[1]) and (listed := _TITLE_LIST_AFTER_NAME.match(text, full.end())):
        title = listed  # round 72 (visits72): the title's portfolio a list (_TITLE_LIST_AFTER_NAME)
    if title is None or not any(word in title[1].lower() for word in _LOCAL_OFFICE_STEMS + _APPOSITIVE_OFFICES):
        return None
    person, codes = resolver.resolve(full[0], speaking=False), _title_states(title[1])
    if person is None or person.rule != "unlisted name" or len(codes) != 1:
        return None
    return person._replace(iso3=codes[0])


# A given name and a surname opening a clause, the subject of its visit word ("Xatırladaq ki, Fuat Oktay çərşənbə
# günü işgüzar səfərlə Bakıya gəlib")
_CLAUSE_NAME = re.compile(rf"(?:^|,\s+)(?P<name>[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+)(?=\s+[^\W\d_]*[a-zəçğıöşü])")
# an Azerbaijani or Turkish case ending the name had where the article first named it ("vitse-prezidenti Fuat
# Oktayı qəbul edib", "Fuat Oktay'ı", "Fuat Oktayın"): at most a few letters, after an apostrophe or not
_CASE_TAIL = r"(?:['’]?[^\W\d_]{1,3})?\b"


# Round 43: a subject named by an initial and a surname ("Xatırladaq ki, sentyabrın 18-də N.Abılqasımov Düşənbədə …
# forumunda iştirak edib"), of one the article named before in full with a title ("Türküstan vilayətinin akimi Nurbol
# Abılqasımov"): read there, when the initial is his given name's.
_INITIAL_THEN_SURNAME = re.compile(rf"(?<![\w.])(?P<initial>[{CAPITALS}])\.\s?(?P<surname>[{CAPITALS}][\w'’-]+)")


def _initialled_name_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    """The one an initial and a surname in `subject` stand for (_INITIAL_THEN_SURNAME), read as _titled_newcomer reads
    him where the article named him in full before; None when it did not, or not with a title."""
    m = _INITIAL_THEN_SURNAME.search(subject)
    if not m:
        return None
    full = re.search(rf"\b{re.escape(m['initial'])}[\w'’-]+\s+{re.escape(m['surname'])}\b", doc.text[:s.start])
    return _titled_where_named_before(doc, s, full[0], resolver) if full else None


def _full_name_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    """The visitor of a local visit sentence whose clause opens with a full name the office holders table does not
    know, told bare ("Xatırladaq ki, Fuat Oktay çərşənbə günü işgüzar səfərlə Bakıya gəlib"): the one the article
    named before with a title ("Türkiyə Respublikasının vitse-prezidenti Fuat Oktayı qəbul edib"), in any case, read
    as _titled_newcomer reads him there (the title's country is his). None when no title came with the name."""
    m = _CLAUSE_NAME.search(subject)
    if not m or (person := resolver.resolve(m["name"], speaking=False)) is None or person.rule != "unlisted name":
        return None
    return _titled_where_named_before(doc, s, m["name"], resolver, _CASE_TAIL)


def _titled_where_named_before(doc: Document, s: Sentence, name: str, resolver: Resolver,
                               case_tail: str = "") -> Person | None:
    """`name` read as _titled_newcomer reads it where the article first named it before sentence `s` (in any case when
    `case_tail` allows one after it), with the title before it there; None when it was not named before."""
    earlier = doc.text[:s.start]
    first = re.search(re.escape(name) + case_tail, earlier)
    if not first:
        return None
    return _titled_newcomer(earlier[max(0, first.start() - _TITLE_BEFORE):first.start()] + name, resolver)


# Round 19b: the head of state as a bare subject, the one named in the sentences before ("Prezident İlham Əliyev
# Astanadan qayıdıb. Dövlət başçısı mayın 18-də Qazaxıstana dövlət səfərinə gəlmişdi", "Глава государства 18 мая
# прибыл в Астану", "Devlet başkanı …")
_BARE_HEAD_OF_STATE = re.compile(r"(?:dövlət\s+başçısı|dövlətimizin\s+başçısı|глава\s+государства|devlet\s+başkanı"
                                 # round 26: the English of a state's own press service ("The Head of our state arrived in
                                 # Kyrgyzstan on the evening of 14 May", "The head of state arrived …")
                                 r"|(?:the\s+)?head\s+of\s+(?:our\s+)?state)", re.I)
_HEAD_BEFORE = 600  # characters before the sentence where the head of state it means was named


def _head_of_state_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    """The visitor of a local visit sentence whose subject is "the head of state" alone (_BARE_HEAD_OF_STATE): the
    president named last in the few sentences before; None when none was."""
    office = _office_subject(subject, resolver.day)
    # a day's lower-case month may stay after it ("Dövlət başçısı mayın 18-də"), no name nor country
    if not (m := _BARE_HEAD_OF_STATE.match(office)) or any(c.isupper() or c.isdigit() for c in office[m.end():]):
        return None
    named = _persons_in(doc.text[max(0, s.start - _HEAD_BEFORE):s.start], resolver)
    return next((p for p in reversed(named) if p.role == "President"), None)


def _guest_first(persons: list[Person], doc: Document, s: Sentence) -> list[Person]:
    """Those named before a local visit word, the host's own first when the sentence names the capital of a
    country of one of them: who came is the other ("Президент Кыргызстана … встретился с премьер-министром
    Азербайджана …, прибывшим в Бишкек": the Azerbaijani). The visit's place is then looked for as his. None
    when all are of the one country whose capital is named."""
    capitals = {m.iso3 for m in doc.mentions(s) if m.is_capital and not _city_of_a_title(doc, m)} if persons else set()
    if not capitals and persons and "столиц" in s.text and (told := _capital_by_demonym(s.text, "")):
        capitals = {told[0]}  # round 60 (visits60a): "…, прибывшим в казахстанскую столицу накануне вечером"
    if not capitals:
        return persons
    if len(capitals) == 1 and all(p.iso3 in capitals for p in persons):
        return []  # the host alone, in his own capital: the guest is someone the table does not know
    return sorted(persons, key=lambda p: p.iso3 in capitals)  # stable: the guests keep their order


# Round 43: an interview's answer telling the interviewee's own trip in the first person, a day and a place in it ("–
# Sentyabrın 10-da Xucəndə 40 şirkətdən ibarət nümayəndə heyətinə rəhbərlik etdim.", "– 3 Mart'ta Bakü'ye gittim",
# "— I led a delegation of 30 companies to Tashkent on May 4"): the visit of the one the lead before the first question
# names as who answers (quotes._interviewee), to the place's state, type `other`, confidence ≤ 0.7.
# (round 69, az69: or co-chaired a meeting there, "… Daşkənddə … Komissiyasının iclasına həmsədrlik etdim", dev/1112;
# "I co-chaired")
_FIRST_PERSON_TRIP = re.compile(r"\b(?:rəhbərlik|başçılıq|səfər|iştirak|həmsədrlik|sədrlik)\s+etdim\b"
                                r"|\b(?:getdim|gəldim)\b|\bI\s+(?:co-)?chaired\b"
                                r"|(?<=[dt][aə]\s)oldum\b|\b(?:başkanlık|ziyaret)\s+ettim\b|\b(?:gittim|katıldım)\b"
                                r"|(?<=['’][dt][ae]\s)bulundum\b|\bI\s+(?:led|travelled|traveled|visited|went|flew)\b"
                                r"|\bI\s+was\s+in\b|\bя\s+(?:возглавил|посетил|побывал|прилетел|приехал)а?\b"
                                # round 46: "we" in an answer, the question before asking of the interviewee's own
                                # trip (_YOUR_TRIP): "— 11–12 декабря мы вместе с … компаний работали в Бурсе."
                                r"|\bмы\s+(?:[^.?!]{0,80}?\s)?(?:(?:работали|были|побывали|провели)\s+в\b|посетили\b)"
                                r"|\bwe\s+(?:[^.?!]{0,80}?\s)?(?:were|worked|travelled|traveled|went)\s+(?:in|to)\b"
                                # round 65 (visits65b): the Turkish and Azerbaijani "we" in the verb's ending ("19
                                # Mart'ta Aktau'da … Forumu'na katıldık", dev/1068), read as "мы"/"we" are
                                r"|\b(?:katıldık|gittik|bulunduk|ziyaret\s+ettik|iştirak\s+etdik|getdik|olduq)\b"
                                # round 75 (bold75): the Turkish "when I attended, went, visited" of a clause of time
                                # ("Geçen yıl 14 Ekim'de İstanbul Enerji Forumu'na katıldığımda … imzaladık", dev/1188)
                                r"|\b(?:katıldığımda|gittiğimde|bulunduğumda|ziyaret\s+ettiğimde)\b",
                                re.I)
_WE_TRIP_OPENINGS = ("мы", "we")
_TA_WE_TRIP_ENDINGS = ("dık", "dik", "duk", "tik", "duq")
# the question asking of the interviewee's own trip: "В декабре вы возглавляли таджикскую делегацию в Бурсе.", "You led
# the delegation to Bursa in December."
_YOUR_TRIP = re.compile(r"\bвы\s+(?:возглавляли|посетили|побывали|были\s+в|ездили)|\byou\s+(?:led|visited|were\s+in"
                        r"|travelled|traveled|went)\b|\bdid\s+you\s+(?:visit|go|travel|lead)\b"
                        # round 65 (visits65b): Turkish and Azerbaijani "you were" on a place's locative ("Geçen ay
                        # Hazar kıyısındaydınız.", "Ötən ay Aktauda idiniz"), "you went, attended, visited"
                        r"|(?<=[^\W\d_]|['’])[dt][aeə]yd[ıi]n[ıi]z\b|[dt][aeə]\s+idiniz\b"
                        r"|\b(?:gittiniz|katıldınız|bulundunuz|ziyaret\s+ettiniz|getdiniz|iştirak\s+etdiniz"
                        r"|səfər\s+etdiniz)\b", re.I)
# Round 89 (b1): an answer that is only a day and a place, its verb left to the question before ("Когда вы в последний
# раз были в Турции по работе?" — "— 14 апреля, в Мерсине.", dev/1355; "When were you last in Türkiye?" — "— On April
# 14, in Mersin."): the interviewee's trip, only when that question asks of his own trip (_YOUR_TRIP_ASKED)
_DATED_PLACE_ANSWER = re.compile(r"^\s*[-–—]\s*(?:(?:on\s+)?\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[^\W\d]+|(?:on\s+)?"
                                 r"[A-Z][a-z]+\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)(?:,?\s+\d{4}(?:\s+года)?)?,\s+"
                                 r"(?:в|во|in)\s+[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?\s*\.$", re.I)
# the question asking when or where the interviewee went: "вы" (with at most three words between) "были, побывали,
# ездили в", "ваша последняя поездка/ваш визит", "were you (last) in", "your (last) trip/visit"
_YOUR_TRIP_ASKED = re.compile(r"\bвы\s+(?:[^\W\d]+\s+){0,3}?(?:были|побывали|ездили|летали)\s+в\b"
                              r"|\bваш[аеи]?\s+(?:[^\W\d]+\s+)?(?:поездк|визит)\w*"
                              r"|\bwere\s+you\s+(?:last\s+)?in\b|\byour\s+(?:last\s+|latest\s+)?(?:trip|visit)\b", re.I)
_FIRST_PERSON_TRIP_WORDS = tuple(lowered(w) for w in (
    "etdim", "getdim", "gəldim", "oldum", "ettim", "gittim", "katıldım", "bulundum", "i led", "i travel", "i visited",
    "i went", "i flew", "i was in", "chaired", "я возглав", "я посет", "я побыв", "я прилет", "я приех", "мы ", "we ",
    "katıldık", "gittik", "bulunduk", "ettik", "etdik", "getdik", "olduq", "katıldığımda", "gittiğimde", "bulunduğumda",
    "ettiğimde"))
_ANSWER_DASH = re.compile(r"^\s*[-–—]\s*")


def _interview_answer_trip(doc: Document, s: Sentence, published: date, resolver: Resolver) -> VisitFound | None:
    """The interviewee's trip an answer paragraph's sentence tells in the first person (_FIRST_PERSON_TRIP), with a day
    and a capital or a city of places.CITIES of another state than his; None otherwise, and outside an interview."""
    from .quotes import _interviewee, _question_line  # the interview's reading is the quotes' (one home)
    dated_place = s.text[:1] in "-–—" and _DATED_PLACE_ANSWER.match(s.text)  # round 89 (b1): "— 14 апреля, в Мерсине."
    if not (m := dated_place or _FIRST_PERSON_TRIP.search(s.text)) or _LOCAL_NOT_VISIT.search(s.text):
        return None
    para_start = doc.text.rfind("\n", 0, s.start) + 1
    paragraph = doc.text[para_start:doc.text.find("\n", s.start) % (len(doc.text) + 1)]
    if paragraph[:1] in TIMECODE_OPENERS and (stamp := _TIMECODE_OPENING.match(paragraph)):
        paragraph = paragraph[stamp.end():]  # round 72 (tvb72): a TV transcript's turn, "[00:02:35] NAME SURNAME: …"
    labelled = _labelled_answer(paragraph)
    if not (_ANSWER_DASH.match(paragraph) or labelled) or _question_line(paragraph):
        return None
    # the lead: the paragraph before the interview's first question
    paragraphs = [(i, p) for i, p in _paragraphs(doc.text[:para_start])]
    asks = _labelled_question if labelled else _question_line
    if (m[0].lower().startswith(_WE_TRIP_OPENINGS) or m[0].lower().endswith(_TA_WE_TRIP_ENDINGS)) and not (
            paragraphs and asks(paragraphs[-1][1]) and _YOUR_TRIP.search(paragraphs[-1][1])):
        return None  # round 46: "we" went where the question before says the interviewee went, else not his trip
    if dated_place and not (paragraphs and asks(paragraphs[-1][1]) and _YOUR_TRIP_ASKED.search(paragraphs[-1][1])):
        return None  # round 89 (b1): a day and a place answer a question of his trip, else they are not one
    if labelled:
        person = _answer_label_person(labelled, doc.text[:para_start], resolver)
    else:
        first_question = next((i for i, (at, p) in enumerate(paragraphs) if _question_line(p)), None)
        if not first_question:
            return None
        person = _interviewee(paragraphs[first_question - 1][1], resolver)
    days = _days(s, published, None, True)
    if person is None or not days:
        return None
    place = _event_place(doc, s, person.iso3)
    if place is None:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], "other", (s.start, s.end), min(person.confidence, 0.7))


# Round 83 (w1, we_were_there_with): a reporter travelling with an official tells the official's trip in the Turkish
# first person plural, "we were in City with Minister X" ("Bakan X ile birlikte Taşkent'teydik", dev/1280): X's visit
# to the place's state; its day the one the sentence names, else the day the next sentence of the paragraph tells
# "we" landed or arrived on ("cuma sabahı … başkentine indik"). Only a titled X (the reporter's own trip is no record);
# a bare "Bakan" of no state named is his country's, so his visit is abroad.
_TR_WE_WERE_THERE_WITH = re.compile(rf"(?:^|\s)(?:Cumhurbaşkanı|Başbakan|Bakan|Bakanı|Başkanı)\s+"
                                    rf"(?P<who>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{1,2}})\s+ile\s+"
                                    rf"(?:birlikte|beraber)\s+(?:[a-zçğıöşü]+\s+){{0,2}}?[{CAPITALS}][\w\-]*['’]"
                                    r"[dt](?:eydik|aydık)\b")
# "we" landed, arrived (the next sentence's day the arrival's, the nearest before the verb)
_TR_WE_ARRIVED = re.compile(r"\b(?:indik|vardık|ulaştık|geldik)\b")
_TR_WE_WERE_THERE_GATE = ("ydik", "ydık")


def _tr_we_were_there_with(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit of the official the reporter tells being in a place with (_TR_WE_WERE_THERE_WITH) in sentence `k`,
    dated by its own day or the arrival (_TR_WE_ARRIVED) the next sentence of its paragraph tells; None otherwise."""
    s = doc.sentences[k]
    if not (m := _TR_WE_WERE_THERE_WITH.search(s.text)) \
            or (person := resolver.resolve(m["who"], speaking=False)) is None or person.rule == "anaphor":
        return None
    place = _event_place(doc, s, person.iso3 or "TUR")
    if place is None:
        return None
    days = _days(s, published, None, True)
    if not days and k + 1 < len(doc.sentences) and "\n" not in doc.text[s.end:doc.sentences[k + 1].start] \
            and (arrived := _TR_WE_ARRIVED.search((after := doc.sentences[k + 1]).text)):
        days = [d for d in _days(after, published, None, True) if d[3] <= arrived.start()][-1:]
    if not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], _type_told_in_the_paragraph_after(doc, k, place[0]),
                      (s.start, s.end), min(person.confidence, 0.7))


WE_WERE_THERE_TYPE_SENTENCES = 2  # the sentences after "we were there with X" that may tell his visit's type


def _type_told_in_the_paragraph_after(doc: Document, k: int, host: str) -> str:
    """The type a sentence of the paragraph right after sentence `k` says the visit is (_said_type: "Bakanın resmi
    ziyareti iki gün sürdü"), when it names no other host; "other" otherwise."""
    for after in doc.sentences[k + 1:k + 1 + WE_WERE_THERE_TYPE_SENTENCES]:
        if "\n" in doc.text[doc.sentences[k].end:after.start]:
            break
        if (kind := _said_type(after.text, True)) and set(_typed_hosts_or_ours(doc, after)) <= {host}:
            return kind
    return "other"


# Round 69 (az69): an op-ed signed by its author at its end (his name alone on a line, a comma after it, his title on
# the next: "Mikayıl Cabbarov,\nAzərbaycan Respublikasının iqtisadiyyat naziri", dev/1112) tells the author's own trip
# in the first person as an interview's answer does ("Ötən il oktyabrın 14-də Daşkənddə … iclasına həmsədrlik etdim"):
# his visit, type `other`, confidence ≤ 0.7. Not a "we" (_WE_TRIP_OPENINGS, _TA_WE_TRIP_ENDINGS): whose is not told.
# (the title on the name's line when the lines of a paragraph are joined, "Mikayıl Cabbarov, Azərbaycan Respublikasının
# iqtisadiyyat naziri")
_SIGNATURE_NAME = re.compile(rf"^\s*(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})\s*,"
                             r"(?:\s*(?P<title>[^\W\d_][^.!?\n:;“”\"«»]{2,100}?))?\.?\s*$")
SIGNATURE_LINES = 2  # the last lines the signature's name may stand on (the title after it)
SIGNATURE_END = 300  # characters at the article's end that hold its signature
# Round 76 (firstperson76): or a byline under the title, "By" and the name and title as a signature has them ("By Péter
# Szijjártó, Minister of Foreign Affairs and Trade of Hungary", dev/1198); a journalist's byline ("By James Crisp,
# Europe Editor") names no one the resolver knows of a state, and no trip is his
_BYLINE_BY = re.compile(r"^\s*By\s+(?=[^\W\d_])")
BYLINE_LINES = 3  # the first lines (title, standfirst) the byline may stand on
BYLINE_START = 600  # characters at the article's start that hold its byline


def _signature_author(doc: Document, resolver: Resolver) -> Person | None:
    """The author an article's signature at its end names (_SIGNATURE_NAME), of the state his title after it (on its
    line or the next) names ("…, iqtisadiyyat naziri"); else the author its byline names (_byline_author); else None."""
    lines = _paragraphs(doc.text[max(0, len(doc.text.rstrip()) - SIGNATURE_END):])[-SIGNATURE_LINES:]
    for i, (_, line) in enumerate(lines):
        if m := _SIGNATURE_NAME.match(line):
            title = m["title"] or (lines[i + 1][1].strip().rstrip(".") if i + 1 < len(lines) else "")
            return resolver.resolve(f"{title} {m['name']}".strip(), speaking=False)
    return _byline_author(doc, resolver)


def _byline_author(doc: Document, resolver: Resolver) -> Person | None:
    """Round 76 (firstperson76): the author a byline among the article's first lines names with his title ("By NAME,
    TITLE", _BYLINE_BY then _SIGNATURE_NAME), of the state the title names; None without one or without a title."""
    for _, line in _paragraphs(doc.text[:BYLINE_START])[:BYLINE_LINES]:
        if (by := _BYLINE_BY.match(line)) and (m := _SIGNATURE_NAME.match(line[by.end():])) and m["title"]:
            return resolver.resolve(f"{m['title']} {m['name']}", speaking=False)
    return None


def _signed_author_trip(doc: Document, s: Sentence, published: date, resolver: Resolver) -> VisitFound | None:
    """The signed author's trip a sentence tells in the first person singular (_FIRST_PERSON_TRIP), with a day and a
    capital or a city of places.CITIES of another state than his; None otherwise."""
    if not (m := _FIRST_PERSON_TRIP.search(s.text)) or _LOCAL_NOT_VISIT.search(s.text) \
            or m[0].lower().startswith(_WE_TRIP_OPENINGS) or m[0].lower().endswith(_TA_WE_TRIP_ENDINGS) \
            or (person := _signature_author(doc, resolver)) is None or not person.iso3:
        return None
    days = _days(s, published, None, True)
    if not days or (place := _event_place(doc, s, person.iso3)) is None:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], "other", (s.start, s.end), min(person.confidence, 0.7))


# Round 91 (v1, letter_my_visit): a letter printed whole after the article tells who sent it ("Prezident İlham Əliyev
# … təbrik məktubu ünvanlayıb." then "Məktubda deyilir:", quotes' _LETTER_SAYS, no quote marks) recalls its writer's
# trip in the first person, "my visit" with a day and a place ("Bu il mayın 21-də Türkmənbaşı şəhərinə işgüzar səfərim
# zamanı …", dev/1381; "ziyaretim", "мой визит", "my visit"): the sender's visit, its type the one told. Only inside
# the letter: after the paragraph that opens it, before its closing ("Hörmətlə," …: _LETTER_CLOSING); not "our visit"
# ("səfərimiz": whose is not told), nor one to come (_LOCAL_NOT_VISIT, _FUTURE, _LETTER_AWAITED).
_MY_VISIT = re.compile(r"\bsəfərim(?!iz)\w*|\bziyaretim(?!iz)\w*|\bмо(?:й|его|[её]м|им)\s+(?:[а-яё-]+\s+){0,2}?визит"
                       r"|\bmy\s+(?:[\w-]+\s+){0,2}?visit\b", re.I)
_MY_VISIT_WORDS = ("səfərim", "ziyaretim", "визит", "my ")  # (lowered: one is in every _MY_VISIT match's sentence)
_LETTER_CLOSING = re.compile(r"^\s*(?:Hörmətlə|Saygılarımla|С\s+уважением|Sincerely|Respectfully)\b", re.I)
# a trip the writer looks forward to or plans is one to come, though told in the present ("Mayın 12-də Astanaya dövlət
# səfərimi səbirsizliklə gözləyirəm", "С нетерпением жду мой государственный визит в Астану 12 мая", "I look forward to
# my state visit to Astana on 12 May", "ziyaretimi sabırsızlıkla bekliyorum", "səfərimi planlaşdırıram")
_LETTER_AWAITED = re.compile(r"\bgözləyirəm|\bplanlaşdırıram|\bbekliyorum|\bplanlıyorum|\bжду\b|\bпланирую"
                             r"|\bс\s+нетерпением|\blook(?:ing)?\s+forward|\bI\s+(?:plan|intend)\b", re.I)
LETTER_PARAGRAPHS = 12  # the letter's paragraphs after its opening that may recall the trip


def _letter_writer_s_trip(doc: Document, s: Sentence, published: date, resolver: Resolver) -> VisitFound | None:
    """The trip sentence `s` of a printed letter tells as its sender's ("my visit", _MY_VISIT), with a day and a
    capital or a city of places.CITIES of another state than his; None otherwise."""
    from .quotes import _LETTER_SAYS, _letter_says  # the letter's sender is read as its quotes' (one home)
    if not _MY_VISIT.search(s.text) or _LOCAL_NOT_VISIT.search(s.text) or _FUTURE.search(s.text) \
            or _LETTER_AWAITED.search(s.text):
        return None
    paras = paragraphs(doc.text)
    at = next((i for i, (a, b) in enumerate(paras) if a <= s.start < b), None)
    if at is None:
        return None
    for i in range(at - 1, max(-1, at - 1 - LETTER_PARAGRAPHS), -1):
        text = doc.text[paras[i][0]:paras[i][1]]
        if _LETTER_CLOSING.match(text):
            return None  # the letter closed before the sentence
        if text.rstrip().endswith(":") and _LETTER_SAYS.search(text.rstrip() + "\n"):
            person = _letter_says(doc.text, paras, paras[i][0], text, resolver)
            break
    else:
        return None
    if person is None or not person.iso3 or not (days := _days(s, published, None, True)) \
            or (place := _event_place(doc, s, person.iso3)) is None:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], _said_type(s.text, True) or "other", (s.start, s.end),
                      min(person.confidence, 0.7))


def _labelled_answer_speaker(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    """Round 76 (firstperson76): the one whose labelled answer (_labelled_answer) sentence `s` stands in, as the label
    names him ("PRESIDENT KASSYM-JOMART TOKAYEV: … On June 11 Deputy Prime Minister X held a meeting of the
    intergovernmental commission in Ashgabat …", dev/1182): a title of no state word in his answer is of his own side;
    None outside a labelled answer."""
    para_start = doc.text.rfind("\n", 0, s.start) + 1
    paragraph = doc.text[para_start:doc.text.find("\n", s.start) % (len(doc.text) + 1)]
    label = _labelled_answer(paragraph)
    return _answer_label_person(label, doc.text[:para_start], resolver) if label else None


# Round 65 (visits65b): an interview laid out under capitals labels, the interviewer's and the answerer's ("TRT HABER:
# Geçen ay Hazar kıyısındaydınız. Aktau'da neler konuşuldu?" / "BAKAN BOLAT: Evet, 19 Mart'ta Aktau'da … katıldık.",
# dev/1068): an answer is a labelled paragraph that asks nothing, its answerer the one the label names (quotes' reading)
def _labelled_answer(paragraph: str) -> str | None:
    """The capitals label (_TA_ANSWER_LABEL) opening a paragraph that asks nothing; None otherwise."""
    if ":" not in paragraph[:40] or paragraph.rstrip("”\"’» ").endswith("?"):
        return None
    if m := _TA_ANSWER_LABEL.match(paragraph):
        return m[0].rstrip(": ")
    # round 86 (n5): a Russian interview's answer under the answerer's surname alone, as the quotes read it (round
    # 68's _RU_SURNAME_LABEL_LINE: "«Курсив»: В октябре вы были в Чолпон-Ате. …?" then "Жумангарин: Я прилетел в
    # Чолпон-Ату 9 октября …", dev/1323); _answer_label_person finds him named in full before, else no one
    if "А" <= paragraph[:1] <= "Я" or paragraph[:1] == "Ё":
        from .quotes import _RU_SURNAME_LABEL_LINE
        if m := _RU_SURNAME_LABEL_LINE.match(paragraph):
            return m["spk"]
    return _bold_label(paragraph)


def _bold_label(paragraph: str) -> str | None:
    """Round 75 (bold75): a label in Markdown bold opening a paragraph ("**Bakan Cuma:** …", dev/1188), as the quotes
    read it (TRANSCRIPT's `bold`): the label without the bold; None otherwise."""
    from .quotes import TRANSCRIPT
    return m["spk"] if paragraph[:2] == "**" and (m := TRANSCRIPT.match(paragraph)) else None


def _labelled_question(paragraph: str) -> bool:
    """Is a paragraph a question under a capitals label ("TRT HABER: … konuşuldu?")? As the quotes read it: one home."""
    from .quotes import _caps_labelled_asking
    return _caps_labelled_asking(paragraph)


def _answer_label_person(label: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person an answer's capitals label names ("BAKAN BOLAT" after "Ticaret Bakanı Ömer Bolat"), as the quotes
    read it: the full name, or the surname of one named in full before (`earlier`)."""
    from .quotes import _caps_label_forms, _label_named_before, _ru_surname_named_before
    if not label.isupper() and is_cyrillic(label):
        return _ru_surname_named_before(label, earlier, resolver)  # round 86 (n5): "Жумангарин" (_labelled_answer)
    return _label_named_before(_caps_label_forms(label), earlier, resolver)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(start, text) of each non-empty line of `text`."""
    found, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((at, line))
        at += len(line) + 1
    return found


# Office words of Turkish, Azerbaijani and Russian titles (stems, lower case): "Cumhurbaşkanı Yardımcısı",
# "Milli Məclisin Sədri", "Премьер-министр", "Xarici işlər naziri", "Председатель Сената"
_LOCAL_OFFICE_STEMS = ("cumhurbaşkan", "yardımcı", "bakan", "başkan", "prezident", "nazir", "sədr", "müavin", "spiker",
                       "президент", "министр", "председател", "спикер", "глава", "премьер", "вице-",
                       # and English ones, for a title before an unknown name in English (_spoke_at_visit)
                       "minister", "president", "chairman", "deputy", "ambassador", "speaker",
                       # governors of regions: Kazakh "аким", Uzbek "хоким", Turkish "vali" (not "губернатор"/"governor",
                       # Russia's and others' as often; round 84, g: "vali" from its home, people.TR_GOVERNOR)
                       "аким", "хоким", TR_GOVERNOR,
                       # round 29: the head of an agency ("AZPROMO-nun icraçı direktoru", "Genel Müdürü")
                       "direktor", "müdür",
                       # round 31: a city's mayor, a second title of a parliament's chair ("Tacikistan Məclisi Millisinin
                       # sədri, Düşənbə şəhərinin meri Rüstəm Emoməli"); Russian "мэр"
                       "şəhərinin meri", "мэр",
                       # round 39 (visits C): the Kazakh and Uzbek governors in Azerbaijani ("Mangistau vilayətinin akimi",
                       # "Səmərqənd vilayətinin hokimi")
                       "akimi", "hokimi",
                       # round 43: a ministry's state secretary ("… Bakanlığı'nın Devlet Sekreteri", "state secretary")
                       "sekreter", "secretary", "секретар",
                       # round 51: the Kazakh and Uzbek governors in English ("Kazakh akim X", "the regional khokim X")
                       "akim", "khokim",
                       # round 69 (turkpa): the Kyrgyz parliament's chair by the Kyrgyz word, "Торага" as Azerbaijani
                       # ("Jogorku Keneşinin Toraqası X Y … Bakıya gəlib", dev/1100), Turkish and Russian spell it
                       "toraqa", "toraga", "торага")
_NAME_WORDS = 2  # a given name and a surname
# a Turkish case ending after an apostrophe ("Toplantısı'na", "Astana'ya"), not a capital after it ("O'Brien")
_TA_CASE_SUFFIX = re.compile(r"['’][a-zçğıöşü]{1,5}\b")
_TITLE_WORDS_AT_MOST = 6  # the title right before the name: "Премьер-министр Республики Таджикистан"


def _titled_newcomer(subject: str, resolver: Resolver, as_written: bool = False) -> Person | None:
    """The visitor of a local visit sentence whose name the office holders table does not know, told as news
    in these languages tells one: a title, then the given name and surname, all capitalised, ending the subject
    ("Премьер-министр Республики Таджикистан Кохир Расулзода 9 июля прибыл …", "Cumhurbaşkanı Yardımcısı Cevdet
    Yılmaz, çalışma ziyareti kapsamında …"). The name is the last two words of the last capitalised run; the country
    the title's, if it names one. None unless the few words before the name hold an office word. `as_written`: the
    subject is the article's text, no case read off it before, so a name after a Russian title in the genitive is
    read back from the genitive (round 48)."""
    runs = list(NAME_RUN.finditer(subject))
    words = runs[-1][0].split() if runs else []
    start = runs[-1].start() if runs else 0
    if len(runs) > 1 and len(words) <= _NAME_WORDS and subject[runs[-2].end():start] == " ":
        # round 19: a long run the name pattern cut ("Türkiye Ticaret Bakan Yardımcısı Mehmet Ali | Yıldız")
        words, start = runs[-2][0].split() + words, runs[-2].start()
    if len(words) < _NAME_WORDS:
        return None
    raw = " ".join(words[-_name_words(words, subject[:start]):])
    if _TA_CASE_SUFFIX.search(raw):  # "KEK Toplantısı'na": a noun in a case, the subject's name has none
        return None
    if _ru_body_in_name(raw):  # round 31
        return None
    # a Russian name in the instrumental in the nominative ("во главе с министром экономики Микаилом Джаббаровым")
    name = _ru_nominative_run(az_nominative(raw), subject)
    # the title may run outside the name's capitalised run: "Министр энергетики Республики Казахстан"
    title = _title_before_name(_without_bracket_asides(subject[:subject.rfind(raw)]))
    if " и " in title:
        title = _ru_title_after_other_name(title)  # round 79 (table79)
    if as_written and name == raw and _ru_genitive_title(title) \
            and (genitive := ru_nominative_of_genitive(raw)).split()[-1] != raw.split()[-1]:
        name = genitive  # round 48: "… и Заместителя Премьер-министра … Шахина Мустафаева"
    governed = _region_of_governor_title(title)
    if not governed and not any(stem in title.lower() for stem in _LOCAL_OFFICE_STEMS):
        return None
    person = resolver.resolve(name, speaking=False)
    if person is None or person.rule != "unlisted name" or person.name.count(" ") != raw.count(" "):
        return None
    # round 43: a title naming only a city gives its state, as in English ("Türküstan vilayətinin akimi X")
    codes = _title_states(title) or _codes_of_dash_joined_title(subject[:subject.rfind(raw)]) \
        or _codes_of_owning_ministry(subject[:subject.rfind(raw)]) or ([governed] if governed else []) \
        or (["TUR"] if "Valisi" in title and _tr_province_governor(title) else [])
    return Person(person.name, "", codes[0] if len(codes) == 1 else "", person.confidence, person.rule)


# Round 82 (v82a): a Turkish province's governor titled by the province alone, no state named ("Iğdır Valisi X Y
# Nahçıvan'a geldi"): the province is Türkiye's, but places.city_in passes over a city before "Valisi" (the head's
# own, no place gone to: _HEAD_OF_CITY_TITLE), so _title_states names none. Read only when the one word is a Turkish
# city of places.CITIES: Turkish calls the Kyrgyz governors "vali" too ("Oş Valisi"), so a vali alone is no Turk
_TR_PROVINCE_GOVERNOR = re.compile(r"(?P<province>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)\s+Valisi")


def _tr_province_governor(title: str) -> bool:
    m = _TR_PROVINCE_GOVERNOR.fullmatch(title.strip(" ,"))
    return m is not None and (places.city_in(m["province"]) or ("", ""))[0] == "TUR"


# Round 79 (table79): two titled names joined by "и" ("заместитель премьер-министра Узбекистана Джамшид Ходжаев и
# министр экономики Азербайджана Микаил Джаббаров", dev/1239): the second's title (the few words read before it) runs
# back over the first name, whose state is not the second's; it begins after the first name's "и". Not a ministry of
# two fields ("Министр энергетики и природных ресурсов": no name before "и"), nor a state's formal name before it.
_RU_NAME_AND = re.compile(r"\b[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+и\s+")


def _ru_title_after_other_name(title: str) -> str:
    """The part of a Russian title after the last full name and "и" in it (_RU_NAME_AND) that names no place and holds
    no office word, else the title."""
    for m in reversed(list(_RU_NAME_AND.finditer(title))):
        run = m[0].lower()
        if not places.mentions(m[0]) and not any(stem in run for stem in _LOCAL_OFFICE_STEMS):
            return title[m.end():]
    return title


# Round 76 (digest76): "губернатор" titles Russia's governors as often (_LOCAL_OFFICE_STEMS leaves it out), but with a
# region of a Turkic state named by its centre's adjective ("Губернатор Баткенской области X Y в четверг приехал в
# Исфару", dev/1199: Kyrgyz regions are headed by governors) it is that state's office
def _region_of_governor_title(title: str) -> str | None:
    """The state of the region a Russian governor's title names (places.region_state), else None."""
    return places.region_state(title) if "губернатор" in title.lower() else None


# Round 48: a Russian title whose head word (its first office word after the last "и" or comma) is in the genitive
# ("под сопредседательством … и Заместителя Премьер-министра Азербайджанской Республики Шахина Мустафаева"): the name
# after it is in the genitive too, "Shakhin Mustafayev", not a woman's "Shakhina Mustafayeva"
_RU_GENITIVE_OFFICE = re.compile(r"(?:вице-премьер|премьер-министр|министр|заместител|председател|президент|посл|глав"
                                 r"|аким|хоким|губернатор|мэр|спикер|руководител|советник|сопредседател)(?:а|я|ы)$")
_RU_OFFICE_HEAD = re.compile(r"(?:вице-премьер|премьер-министр|министр|заместител|председател|президент|аким|хоким"
                             r"|губернатор|мэр|спикер|руководител|советник|сопредседател)[а-яё]{0,3}"
                             r"|посол|посла|послом|послу|глав(?:а|ы|е|у|ой)")


def _ru_genitive_title(title: str) -> bool:
    """Is the head word of a Russian title (_RU_OFFICE_HEAD, the first after its last "и" or comma) in the genitive
    (_RU_GENITIVE_OFFICE)? Round 77 (ru77): an "и" inside the title's field joins no two titles ("Министра экономики
    и коммерции Кыргызской Республики Данияра Амангельдиева", dev/1211): a part after it with no office word is read
    back to the part before it that has one."""
    if not is_cyrillic(title):
        return False
    for part in reversed(re.split(r",|\sи\s", title)):
        if head := next((w.lower() for w in part.split() if _RU_OFFICE_HEAD.fullmatch(w.lower())), None):
            return _RU_GENITIVE_OFFICE.search(head) is not None
    return False


def _name_words(words: list[str], before: str) -> int:
    """How many of a run's last words are the name: three when the word before those three is a title's office word
    and the first of them is none, nor a place (round 19: "Sənaye və Texnologiya naziri Mehmet Fatih Kacır", "Ticaret
    Bakanı Mehmet Ali Yıldız"), else two ("Ekonomi Bakanı Mikayıl Cabbarov", "Республики Таджикистан Кохир
    Расулзода")."""
    if len(words) < _NAME_WORDS + 1 or _TA_CASE_SUFFIX.search(words[-1]):
        return _NAME_WORDS
    first, last = words[-3], words[-1]
    # round 19b: a city of the title's as the first ("Аким Алматы Ерболат Досаев" is "Yerbolat Dosayev")
    if any(stem in first.lower() for stem in _LOCAL_OFFICE_STEMS) or places.mentions(first) or places.mentions(last) \
            or places.city_start(first) == 0 or places.city_start(last) is not None \
            or first.lower().startswith(_PARLIAMENT_STEMS) \
            or first in TITLE_STATE_ABBREVIATIONS and state_abbreviated_in_title(f"{before[-80:]} {first}"):
        # round 24: "председателем Мажилиса Ерланом Кошановым"; round 72 (abbrev72): the title's state abbreviated,
        # "Министр торговли и интеграции РК Арман Шаккалиев" (dev/1146)
        return _NAME_WORDS
    # the office word right before, or in Russian a few words before with only lower-case words and the title's
    # country between ("Министр промышленности Турции Мехмет Фатих Качыр"; not English "Minister of Energy Parviz
    # Shahbazov", whose "Energy" is the title's)
    for word in reversed((before.split() + words[:-3])[-(_TITLE_GAP if is_cyrillic(first) else 1):]):
        if any(stem in word.lower() for stem in _LOCAL_OFFICE_STEMS):
            return _NAME_WORDS + 1
        if word[:1].isupper() and not places.mentions(word):
            return _NAME_WORDS
    return _NAME_WORDS


# words between an office word and a name: "министр иностранных дел Казахстана"; round 31: a ministry of two fields,
# "министр промышленности и технологий Турции Мехмет Фатих Качыр" (five)
_TITLE_GAP = 6
# Round 24: a parliament's name in the genitive after its chair's title is no given name ("председатель Мажилиса Ерлан
# Кошанов", "спикер Сената …", "Milli Məclisin sədri …")
_PARLIAMENT_STEMS = ("мажилис", "сенат", "парламент", "меджлис", "кенеш", "маслахат", "курултай")


_OFFICE_WORDS_AT_MOST = 4  # an office as the whole subject is a few words ("глава азербайджанского государства")


def _office_subject(subject: str, day: date) -> str:
    """The subject of a local visit word told by office, in its clause (after the last comma: "Xatırladaq ki,
    Türkiyənin xarici işlər naziri Bakıya bazar ertəsi axşam gəlib"), up to the place it came to (_up_to_place) and
    (round 18) the day told before that place ("Tacikistan XİN başçısı oktyabrın 20-də Azərbaycana rəsmi səfərə
    gəlib", "Türkiyənin xarici işlər naziri dünən …": `day` the article's, to read the day's words)."""
    clause = subject[subject.rfind(",") + 1:].strip()
    # Russian names the office's state after it, in the genitive, and the place after a preposition ("Министр
    # иностранных дел Казахстана в среду прибыл …", "Президент Казахстана прибыл в Баку"): up to the preposition
    office = _RU_PLACE_PREPOSITION.split(clause, 1)[0] if is_cyrillic(clause) else _up_to_place(clause)
    first_word = office.find(" ")
    at = next((d[2] for d in when.local_dates_in(office, day) if d[2] > first_word > 0), None)
    return office[:at].strip() if at is not None else office


_RU_PLACE_PREPOSITION = re.compile(r"\s(?:в|во|на)\s", re.I)


def _without_leading_day(subject: str, day: date) -> str:
    """`subject` without the day that opens it (round 18b: "Bu gün Türkiyə Böyük Millət Məclisinin sədri …", "Вчера
    …", "Martın 10-da …"), so that the country word of the title after it is the subject's own (_up_to_place)."""
    found = when.local_dates_in(subject, day)
    return subject[found[0][3]:].strip(" ,") if found and found[0][2] == 0 else subject


def _up_to_place(subject: str) -> str:
    """`subject` up to the first place it names after its first word: these languages put the destination and
    the day between the subject and the verb ("Qazaxıstanın xarici işlər naziri Yermek Koşerbayev dünən
    Azərbaycana rəsmi səfərə gəlib"), and a country word opening it is the subject's own ("Qazaxıstanın")."""
    seen = _without_owned_city(subject)  # where places are looked for
    first_word = subject.find(" ")
    after = next((m.start for m in places.mentions(seen) if m.start > first_word > 0), None)
    # round 19: a city of places.CITIES too ("Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov dün İzmir'e geldi")
    city = places.city_start(seen[first_word:]) if first_word > 0 else None
    if city is not None:
        after = min(after, first_word + city) if after is not None else first_word + city
    # round 19b: a day between the subject and the place, its Turkish month capitalised ("… Mikayıl Cabbarov 18
    # Mayıs'ta Ankara'ya geldi", "14-16 Mayıs tarihlerinde"): no name holds a number
    if first_word > 0 and (number := _NUMBER_WORD.search(subject, first_word)):
        after = min(after, number.start()) if after is not None else number.start()
    return subject[:after].strip() if after is not None else subject


_NUMBER_WORD = re.compile(r"\s\d")


def _without_owned_city(subject: str) -> str:
    """`subject` with the city whose governor or mayor the subject is (_TITLE_OWNER_CITY) blanked to spaces but its
    first letter: no destination ("Qazaxıstanın Almatı şəhərinin akimi Yerbolat Dosayev noyabrın 11-də Bakıya gəlib":
    the subject runs on past "Almatı" to the name)."""
    if not any(title in subject for title in _CITY_HEAD_TITLES):
        return subject
    return _TITLE_OWNER_CITY.sub(lambda m: m[0][0] + " " * (len(m[1]) - 1) + m[0][len(m[1]):], subject)


# Round 78 (summit78): a summit told in the locative, its place and day in its clause, and the person named right after
# it in the nominative, the sentence's subject, whatever he did there ("Altı ay sonra, 11 Kasım 2022'de Semerkant'ta
# toplanan … zirvesinde Erdoğan bu kez daha geniş bir çerçeve çizdi", "… Səmərqənddə keçirilən … Zirvəsində Ərdoğan …
# danışıb"): he was at the summit (dev/1212). Not a name in another case ("zirvesinde Erdoğan'ın yokluğu", told of him
# by anyone: the apostrophe ends no run here), nor one spoken for or absent ("Erdoğan adına", "yerine", "yoktu", "yer
# almadı"); the summit's host at home stays no visitor (find_visits skips a person of the host state)
_NAMED_AT_THE_SUMMIT = re.compile(r"(?i:\b(?:zirve(?:si['’]?n)?de|zirvə(?:si)?n?də|sammit(?:i)?n?də))\b,?\s+"
                                  rf"(?P<who>[{CAPITALS}][\w-]*"
                                  rf"(?:\s+(?:(?:ve|ile|və|ilə)\s+)?[{CAPITALS}][\w-]*){{0,6}})"
                                  r"(?=,|\s+(?!(?:adına|namına|yerine|əvəzinə|adından|yoktu|yoxdu|yox\s+idi"
                                  r"|yer\s+almadı|katılmadı|bulunmadı|iştirak\s+etmə(?:di|yib))\b)[a-zçğıöşüə])")


def _named_at_the_summit(sentence: str, resolver: Resolver) -> list[Person]:
    """Those a _NAMED_AT_THE_SUMMIT match names right after the summit in the locative; [] without one."""
    m = _NAMED_AT_THE_SUMMIT.search(sentence)
    return _persons_in(m["who"], resolver) if m else []


def _visitors_after(sentence: str, resolver: Resolver) -> list[Person]:
    """The visitors of a Russian visit sentence that names no one before its visit word: those named after
    it in the same clause, in the genitive ("государственный визит Президента Казахстана Касым-Жомарта Токаева
    в Узбекистан") or, the verb first, in the nominative ("В Баку с визитом прибыл президент Узбекистана
    Шавкат Мирзиёев"). A genitive "-а" is dropped: the office holders table knows the nominative. Turkish and
    Azerbaijani name the visitor after the visit word only after a participle ("Perşembe günü Kazakistan'ı
    resmi ziyaret eden Cumhurbaşkanı Erdoğan, …", "Bakıda rəsmi səfərdə olan Prezident …")."""
    m = _LOCAL_VISIT.search(sentence)
    if not m:
        return []
    if not is_cyrillic(m[0]):
        return _participle_visitors(sentence, resolver)
    clause = _RU_OTHER_PARTY.split(sentence[m.end():].split(",", 1)[0], 1)[0]
    found = _persons_in(_RU_GENITIVE_A.sub("", clause), resolver)
    if not found and "а" in clause:
        # round 53: a nominative name ending in "-а" the genitive rule cut ("11 марта в Алматы прибыл Премьер-министр
        # Таджикистана Кохир Расулзода"), as written
        found = _persons_in(clause, resolver)
    # round 18b: a titled name the table does not know, the verb first ("10–11 марта в Анкаре с официальным визитом
    # находился председатель Мажилиса Казахстана Ерлан Кошанов")
    return found or ([person] if (person := _titled_newcomer(clause.rstrip(" .;"), resolver)) else [])


# The other party of a Russian meeting, after "с" in the instrumental ("В рамках визита в Ашхабад … встретилась с
# президентом Туркменистана …"): the host, never the visitor; "с официальным визитом" is no party
# round 20: the host as the agent of a passive reception, "… был принят Президентом Касым-Жомартом Токаевым"
_RU_OTHER_PARTY = re.compile(r"\s(?:с|со)\s+(?![\w-]+\s+визит|визит)|\s(?:(?:был|была|были)\s+)?принят[аыо]?\s")


def _two_of_the_visit_before(event: tuple[int, VisitFound] | None, k: int, sentence: str) -> VisitFound | None:
    """Round 44: the visit told in the sentence right before, when this one tells what "the two leaders" did
    (_BILATERAL): at a summit the guest the host received ("Dün akşam İstanbul'a gelen Caparov'u Erdoğan … kabul
    etti. … iki lider … üç anlaşmanın imza törenine katıldı"), not the last leader listed (_latest)."""
    return event[1] if event and event[0] == k - 1 and _BILATERAL.search(sentence) else None


def _later_than_all_told(day: date, visits: list[VisitFound]) -> bool:
    """Round 74 (oped74): is `day` after the start of every visit told before it? A memoir telling visits of past
    years in their order ("19 ноября 2004 года X прилетел …", then "18 октября 2007 года Y прибыл …", dev/1179) goes
    forward: a later one of a past year is no look back on the one before (round 57's), and takes what the sentences
    after it tell signed (a visit of the publication's year months before stays round 57's look back)."""
    return all(v.start is not None and v.start < day for v in visits)


def _latest(visits: list[VisitFound]) -> VisitFound | None:
    """The visit later sentences add documents and openings to: the last told that the report does not look back on."""
    return next((v for v in reversed(visits) if not v.recalled), None)


# what may follow a visitor's surname in _visit_named, compiled once (not once per surname: cheap.search_after_literal)
_SURNAME_CASE_ENDING = re.compile(r"(?:'?\w{0,3})\b")


def _visit_named(sentence: str, visits: list[VisitFound]) -> VisitFound | None:
    """Of an article telling two visitors, the visit of the one a later sentence names by his surname, he alone
    ("During Tokayev's visit, 12 documents were signed" after Tokayev's and Kasymaliev's arrivals); None when it
    names none of them or several, and then the last visit takes what the sentence tells (_latest)."""
    if len({v.visitor.name for v in visits}) < 2:
        return None
    # declined in any of the four languages: a case ending of a few letters after the surname ("визита Эрдогана",
    # "Erdoğan'ın ziyareti", "Tokayevin səfəri"), Russian read in Latin letters
    text = fold(romanize(sentence) if is_cyrillic(sentence) else sentence)
    named = {v.visitor.name for v in visits if not v.recalled
             and search_after_literal(text, fold(v.visitor.name.split()[-1]), _SURNAME_CASE_ENDING, word_start=True)}
    return next(v for v in visits if v.visitor.name in named) if len(named) == 1 else None


# Talks of "the two presidents" at a summit: "the sides recalled … the talks between the two Presidents on the
# sidelines of the Turkic Council summit in Baku on 15 October"
_TWO_LEADERS_AT_SUMMIT = re.compile(r"\b(?:between|of|by)\s+the\s+two\s+(?:presidents|heads\s+of\s+state)\b[^.;]{0,60}?"
                                    r"\bon\s+the\s+(?:sidelines|margins)\s+of\b[^.;]{0,80}?\bsummit\b", re.I)


def _sidelines_leader(sentence: str, first: VisitFound, host: str, day: date) -> Person | None:
    """Of the talks of "the two presidents" on the sidelines of a summit, the one who came to it: the president,
    on that day, of whichever of the report's two states (its first visit's visitor's and host's) is not the
    summit's host. None when the summit is in neither, or the office holders table does not know him."""
    pair = {first.visitor.iso3, first.host}
    if not _TWO_LEADERS_AT_SUMMIT.search(sentence) or host not in pair or len(pair) != 2:
        return None
    term = officeholders.holder(next(iso3 for iso3 in pair if iso3 != host), "President", day)
    return Person(term.name, term.office, term.country, _SIDELINES_CONFIDENCE, "office") if term else None


_SIDELINES_CONFIDENCE = 0.6  # who "the two presidents" are is read from the report's own visit


# A delegation named by its country's adjective as the subject of an arrival
# its head told by a bare title in between, the visitor told before ("The Azerbaijani delegation headed by the Minister
# arrived in the Turkmen capital on 13 June", "…, led by the deputy prime minister, arrived …")
_DELEGATION_ARRIVED = re.compile(r"\b[Tt]he\s+([A-Z][\w-]+)\s+delegation"
                                 r"(?:,?\s+(?:headed|led)\s+by\s+(?:the|its)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+,?)?"
                                 r"\s+(?:has\s+|had\s+)?(?:arrived|landed|flew)\b")


def _delegation_head(sentence: str, visits: list[VisitFound]) -> Person | None:
    """The visitor of the last visit told whose country the delegation arriving is of ("… received a delegation of
    the Republic of Azerbaijan headed by Deputy Prime Minister Shahin Mustafayev." "The Azerbaijani delegation
    arrived in Tashkent on Tuesday"): the delegation's arrival is its head's (told on an earlier day, his visit's
    start, see _merge). None when no visit of someone of that country was told."""
    m = _DELEGATION_ARRIVED.search(sentence)
    found = places.mentions(m[1]) if m else []
    if len(found) != 1 or not found[0].is_demonym:
        return None
    return next((v.visitor for v in reversed(visits) if v.visitor.iso3 == found[0].iso3), None)


# A delegation named by its country in Azerbaijani, Turkish or Russian as the subject of a local visit word:
# "özbək nümayəndə heyəti martın 4-də Bakıya gəlib", "Özbəkistan nümayəndə heyəti", "Kazak heyeti Ankara'ya geldi",
# "узбекская делегация прибыла в Баку" (the adjective by places.RU_ADJECTIVE_STEMS); in any case ("Azərbaycan
# nümayəndə heyətinə", "Azerbaycan heyetine", "Делегацию Азербайджана") and, in Russian and English, the country
# after it ("делегация Азербайджана", "the delegation of Azerbaijan"); English by its adjective ("The Azerbaijani
# delegation")
_LOCAL_DELEGATION = re.compile(r"\b(?P<before>[^\W\d_]+)\s+(?:nümayəndə\s+heyət|heyet|делегаци|delegation\b)\w*"
                               r"|\b(?:делегаци\w*|delegation\s+of\s+(?:the\s+)?)\s*(?P<after>[^\W\d_]+)", re.I)
_LOCAL_DELEGATION_WORDS = ("heyət", "heyet", "делегаци", "delegation")  # one is in every _LOCAL_DELEGATION match
# demonyms these languages write in lower case (Turkish capitalises them; both are matched ignoring case)
_LOCAL_DEMONYMS = {lowered(word): iso3 for word, iso3 in {
    "özbək": "UZB", "özbek": "UZB", "qazax": "KAZ", "kazak": "KAZ", "qırğız": "KGZ", "kırgız": "KGZ", "türkmən": "TKM",
    "türkmen": "TKM", "türk": "TUR", "azərbaycan": "AZE", "azerbaycan": "AZE", "macar": "HUN"}.items()}
# two capitalised words, overlapping ("Азербайджана Шахин Мустафаев" holds "Шахин Мустафаев")
_TWO_NAMES = re.compile(rf"\b(?=(?P<name>[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+))")


def _delegation_country(sentence: str) -> str | None:
    """The state of a delegation a visit sentence names (_LOCAL_DELEGATION), if one: the first of the words next to
    a delegation word that names a state ("прибыла делегация Азербайджана": not "прибыла")."""
    for m in _LOCAL_DELEGATION.finditer(sentence):
        for word in (m["before"], m["after"] or _word_after_the_delegation(sentence, m)):
            if word and (iso3 := _state_word(word)):
                return iso3
    return None


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _word_after_the_delegation(sentence: str, m: re.Match[str]) -> str:
    """Round 72 (arrive72): the word right after the delegation noun of a _LOCAL_DELEGATION match read by the word
    before it ("прибыла делегация турецкой провинции …", dev/1152: that match ends at the noun, so its other branch
    never reads "турецкой"); "" when none follows."""
    after = _NEXT_WORD.match(sentence, m.end()) if m["before"] else None
    return after[1] if after else ""


def _state_word(word: str) -> str | None:
    """The state one word names: a demonym these languages write in lower case, a Russian adjective
    (places.RU_ADJECTIVE_STEMS), or a country word of places in any case; else None."""
    low = lowered(word)
    if low in _LOCAL_DEMONYMS:
        return _LOCAL_DEMONYMS[low]
    stem = next((st for st in places.RU_ADJECTIVE_STEMS if low.startswith(st.lower())), None)
    if stem:
        return places.RU_ADJECTIVE_STEMS[stem]
    codes = places.codes_in(word)
    return codes[0] if len(codes) == 1 else None


# Round 73 (border73): the side of a border post or border one is met on, named by its state's adjective, is where
# one came ("… был встречен … на кыргызской стороне пункта пропуска в Чуйской области", dev/1166; "на узбекской
# стороне границы"): that state the host, no city (a checkpoint is none, nor is the region after it)
_RU_SIDE_OF_THE_BORDER = re.compile(r"\bна\s+([^\W\d_]+(?:ой|ей))\s+стороне\s+(?:[\w-]+\s+)?"
                                    r"(?:пункт\w*\s+пропуска|границ\w*|КПП)\b", re.I)


def _side_of_the_border_post(sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, "") of the first state whose side of a border post the sentence names (_RU_SIDE_OF_THE_BORDER), other
    than the visitor's own; else None."""
    for m in _RU_SIDE_OF_THE_BORDER.finditer(sentence):
        if (iso3 := _state_word(m[1])) and iso3 != visitor_iso3:
            return iso3, ""
    return None


def _local_delegation_head(doc: Document, s: Sentence, visits: list[VisitFound], resolver: Resolver) -> Person | None:
    """The head of a delegation whose arrival a local visit sentence tells by its country ("Qeyd edək ki, özbək
    nümayəndə heyəti martın 4-də Bakıya gəlib"): the last visitor of that country told, else the last person of that
    country the article named before with a title, of the table or not ("… və Özbəkistanın Baş nazirinin müavini
    Cəmşid Xocayev iştirak ediblər"). None when no one of that country was named."""
    iso3 = _delegation_country(s.text)
    if iso3 is None:
        return None
    if told := next((v.visitor for v in reversed(visits) if v.visitor.iso3 == iso3), None):
        return told
    earlier = doc.text[:s.start]
    for m in reversed(list(_TWO_NAMES.finditer(earlier))):
        end = m.start() + len(m["name"])
        person = _titled_newcomer(earlier[max(0, m.start() - _TITLE_BEFORE):end], resolver, as_written=True)
        if person is None:
            person = next(iter(_persons_in(m["name"], resolver)), None)
        if person is not None and person.iso3 == iso3:
            return person
    return None


def _participle_visitors(sentence: str, resolver: Resolver) -> list[Person]:
    """Those named after the first Turkish or Azerbaijani participle of a visit word, in its clause ("Kazakistan'ı
    resmi ziyaret eden Cumhurbaşkanı Erdoğan, …", "rəsmi səfərdə olan Macarıstan Prezidenti …", "Resmi ziyaret için
    dün akşam Bakü'ye gelen Cumhurbaşkanı …"); none without one."""
    for m in _LOCAL_VISIT.finditer(sentence):
        if is_cyrillic(m[0]):
            return _ru_staying(sentence, m.start(), resolver) or _ru_received_who_arrived(sentence, m, resolver)
        end = m.end() if _came_participle(m) else (p.end() if (p := _PARTICIPLE.match(sentence, m.end())) else None)
        if end is not None:
            clause, *rest = sentence[end:].split(",", 1)
            if _ACCUSATIVE_NAME_FIRST.match(clause) and _WELCOMED_ACTIVE.search(clause):
                return []  # round 88 (v2, guest_in_accusative): those named are the hosts
            found = _persons_in(clause, resolver) or [p for p in (_first_titled_newcomer(clause, resolver),) if p]
            if not found and rest and _ALL_CAPITALISED.fullmatch(clause.strip()) \
                    and (listed := _TITLE_LIST_GOES_ON.match(rest[0])):
                # round 47: a ministry's fields listed in its title ("gelen Kırgızistan Su Kaynakları, Tarım ve
                # İşleme Sanayii Bakanı Bakıt Torobayev ile"): the comma is the list's, the name after it
                clause = clause + "," + listed[0] + rest[0][listed.end():].split(",", 1)[0]
                found = _persons_in(clause, resolver) or [p for p in (_first_titled_newcomer(clause, resolver),) if p]
            return found
    return []


_ALL_CAPITALISED = re.compile(rf"[{CAPITALS}][\w'’-]*(?:\s[{CAPITALS}][\w'’-]*)*")  # the title's start, no verb
# Round 47: capitalised words then "ve"/"və" and one more capitalised word: a list of a title's fields going on after
# a comma ("Su Kaynakları, Tarım ve İşleme Sanayii Bakanı"), no new clause
_TITLE_LIST_GOES_ON = re.compile(rf"\s[{CAPITALS}][\w'’-]*(?:\s[{CAPITALS}][\w'’-]*)*\s(?:ve|və|и|and)\s"
                                 rf"(?=[{CAPITALS}])")


def _participle_surname_told_before(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    """Round 23: a surname alone after a Turkish or Azerbaijani participle of coming ("Dün akşam Ankara'ya gelen
    Berdimuhamedov, …") that the table gives to more than one holder (a father and son): the holder the article
    named in full before with it ("Türkmenistan Devlet Başkanı Serdar Berdimuhamedov … Ankara'ya gelen
    Berdimuhamedov"); none when it named nobody so."""
    for m in _LOCAL_VISIT.finditer(s.text):
        if is_cyrillic(m[0]) or not _came_participle(m):
            continue
        surname = s.text[m.end():].split(",", 1)[0].strip()
        if not _SURNAME.fullmatch(surname) or not (named := full_names(doc.text[:s.start], surname)):
            return None
        return resolver.resolve(named[-1][0])
    return None


# Round 88 (v2, participle_titled_head): after a participle of visiting or coming, a bare title and a surname heading a
# delegation ("13-14 Ekim tarihlerinde ülkemizi ziyaret eden Bakan Garayev başkanlığındaki Türkmen heyetinde, …",
# dev/1349): the head is the visitor, the one the article named in full with his title before (_surname_told_before)
_TR_TITLED_HEAD_AFTER = re.compile(r"\s+(?:Bakan|Başbakan|Cumhurbaşkanı|Bakan\s+Yardımcısı)"
                                   rf"\s+(?P<surname>[{CAPITALS}][\w-]{{2,}})"
                                   r"\s+başkanlığındaki\s+(?:[^\W\d_]+\s+){0,2}?heyet")


def _participle_titled_head_told_before(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    for m in _LOCAL_VISIT.finditer(s.text):
        if is_cyrillic(m[0]):
            continue
        end = m.end() if _came_participle(m) else (p.end() if (p := _PARTICIPLE.match(s.text, m.end())) else None)
        if end is None:
            continue
        head = _TR_TITLED_HEAD_AFTER.match(s.text, end)
        return _surname_told_before(doc, s, head["surname"], resolver) if head else None
    return None


# Round 61 (visits61): a demonym and an office after the participle of coming, for the one of that state named in the
# sentence before ("Fidan, Kazakistan Dışişleri Bakanı Yermek Koşerbayev ile Ankara'da bir araya geldi. Dün akşam
# Ankara'ya gelen Kazak Bakan, bugün … karşılandı")
_CAME_DEMONYM_OFFICE = re.compile(r"\b(?:gelen|gələn)\s+(?P<who>(?-i:[A-ZÇĞİÖŞÜƏ])\w+\s+(?:lider|cumhurbaşkanı|"
                                  r"dışişleri\s+bakanı|başbakan|bakan|devlet\s+başkanı|prezident|nazir|baş\s+nazir)\b)",
                                  re.I)


def _participle_demonym_office_told_before(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    """The one of a demonym's state (people: "Kazak", "Özbək") that the sentence before names, when a demonym and an
    office follow a participle of coming (_CAME_DEMONYM_OFFICE) and the sentence names nobody; None otherwise."""
    m = _CAME_DEMONYM_OFFICE.search(s.text)
    k = doc.sentences.index(s) if m else 0
    if not k or _persons_in(s.text, resolver):
        return None
    codes = _local_demonym_country(m["who"])
    before = [p for p in _persons_in(doc.sentences[k - 1].text, resolver) if codes and p.iso3 == codes[0]]
    return before[0] if len(before) == 1 else None


def _first_titled_newcomer(clause: str, resolver: Resolver) -> Person | None:
    """The first titled name the table does not know in a clause (_titled_newcomer), read up to the end of each
    capitalised run in turn (round 19: "Bakıya gələn Türkiyə Respublikasının Sənaye və Texnologiya naziri Mehmet
    Fatih Kacır bu gün Sumqayıtda olub", "dün İzmir'e gelen Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov, …")."""
    for run in NAME_RUN.finditer(clause):
        end = run.end()
        if "görüş" in clause and (case := _AZ_MET_IN_COMITATIVE.match(clause, end - 3)
                                  or _AZ_MET_IN_COMITATIVE.match(clause, end - 2)):
            end = case.start()  # round 80 (post80)
        if person := _titled_newcomer(clause[:end], resolver):
            return person
    return None


# Round 80 (post80): the one met, named in the comitative right before the verb of meeting ("işgüzar səfərlə ölkəmizdə
# olan Macarıstanın … naziri Yanoş Lazarla görüşüb", dev/1249; after a vowel "-yla/-ylə"): the name without the ending,
# as he is told bare later ("Yanoş Lazar dünən Bakıya gəlib"). Only before "görüş": a name ending so is read as written.
_AZ_MET_IN_COMITATIVE = re.compile(r"(?:(?<=[^\W\daeıioöuüə])l[aə]|(?<=[aeıioöuüə])yl[aə])\s+görüş")


# A Russian participle of staying before the visit word, the visitor named right before it: "министр национальной
# экономики Казахстана Серик Жумангарин, находящийся в Азербайджане с рабочим визитом", "…, пребывающая в Баку
# с официальным визитом"
_RU_STAYING = re.compile(r",\s+(?:находящ|пребывающ)\w+\s+в\s+\S+(?:\s+\S+)?\s+с\s+(?:\w+\s+)?$", re.I)
_CLAUSE_START = re.compile(r".*(?:^|[,;:–—(«]\s*)", re.S)  # up to the last clause mark before the name


def _ru_staying(sentence: str, at: int, resolver: Resolver) -> list[Person]:
    """The visitor of a Russian visit word told after a participle of staying (_RU_STAYING): the one named in the
    clause right before the participle, by name or as a titled newcomer (_titled_newcomer); none otherwise."""
    m = _RU_STAYING.search(sentence, 0, at)
    if not m:
        return []
    if _RU_OBJECT_PARTICIPLE.match(sentence, m.start()):
        return _ru_object_named_before(sentence, m.start(), resolver)  # round 67: "…, находящегося в Баку с …"
    clause = sentence[_CLAUSE_START.match(sentence, 0, m.start()).end():m.start()]
    return _persons_in(clause, resolver) or [p for p in (_titled_newcomer(clause, resolver),) if p]


# Round 67 (visits67): a Russian participle of coming or staying in the accusative (or genitive) after a comma, the
# one received named right before it ("… принял министра иностранных дел Таджикистана X-а, прибывшего 8 сентября в
# Ашхабад с рабочим визитом", dev/1095; "встретил …, прилетевшую в Баку"; "принял …, находящегося в Баку с
# официальным визитом"): the object's participle, not the subject's ("прибывший", "находящийся")
_RU_ARRIVED_OBJECT = re.compile(r"(?:прибывш|прилетевш|посетивш|побывавш)(?:его|ую|их)", re.I)
_RU_OBJECT_PARTICIPLE = re.compile(r",\s+(?:находящ|пребывающ)(?:его|ую|их)(?:ся)?\b", re.I)  # of _RU_STAYING
_RU_COMMA_BEFORE = re.compile(r",\s*$")
_RU_RECEIVED_VERB = re.compile(r"\b(?:принял[аи]?|встретил[аи]?(?!сь))\s", re.I)  # of _ru_object_named_before


def _ru_received_who_arrived(sentence: str, m: re.Match, resolver: Resolver) -> list[Person]:
    """The visitor of a Russian visit word `m` that is a participle of coming in the accusative after a comma
    (_RU_ARRIVED_OBJECT): the one named right before it (_ru_object_named_before); none otherwise."""
    if not _RU_ARRIVED_OBJECT.fullmatch(m[0]) \
            or not _RU_COMMA_BEFORE.search(sentence, max(0, m.start() - 3), m.start()):
        return []
    return _ru_object_named_before(sentence, sentence.rindex(",", 0, m.start()), resolver)


def _ru_object_named_before(sentence: str, comma: int, resolver: Resolver) -> list[Person]:
    """The last one named in the clause before the comma at `comma`, the accusative's "-а" read off (an object's
    participle after it, _RU_ARRIVED_OBJECT, _RU_OBJECT_PARTICIPLE); none when the clause ends on no name (a title
    ending on its state, "принял в Бишкеке министра иностранных дел Азербайджана, прибывшего …": the host named
    before is no guest)."""
    clause = sentence[_CLAUSE_START.match(sentence, 0, comma).end():comma]
    last = clause.split()[-1] if clause.strip() else ""
    if not last[:1].isupper() or places.codes_in(last):
        return []
    # Round 87 (p3, ru_received_titled_newcomer): the one received may be a titled newcomer the table does not know,
    # in the accusative ("… принял Министра энергетики Азербайджанской Республики Парвиза Шахбазова, находящегося в
    # нашей стране с рабочим визитом", dev/1335): read after the verb of receiving (the host before it is no guest),
    # the genitive read back
    received = _RU_RECEIVED_VERB.search(clause) if "принял" in clause or "встретил" in clause else None
    if received:
        clause = clause[received.end():]
    if (found := _persons_in(_RU_GENITIVE_A.sub("", clause), resolver)[-1:]) or not received:
        return found
    newcomer = _titled_newcomer(clause, resolver, as_written=True)
    return [newcomer] if newcomer else []


_CAME = ("gelen", "gələn", "giden", "gedən", "ulaşan")  # the _LOCAL_VISIT words that are participles themselves


def _came_participle(m: re.Match) -> bool:
    """Is the _LOCAL_VISIT match `m` a participle itself, the visitor named right after it (_CAME; round 84, h4:
    _TR_IN_CITY_FOR_EVENT, "… katılmak üzere Bakü'de bulunan X")?"""
    return lowered(m[0]) in _CAME or m[0].endswith("bulunan")


# "ziyaret eden", "ziyarette bulunan", "səfər edən", "səfərdə olan": (who is) visiting; a place in the locative may
# stand between ("işgüzar səfərlə ölkəmizdə olan", "resmi ziyaretle Ankara'da bulunan": (who is) in our country/Ankara)
# round 20: the visit's purpose between: "resmi ziyaret için Türkiye'de bulunan", "rəsmi səfər üçün Bakıda olan"
_PARTICIPLE = re.compile(r"\s+(?:(?:için|üçün)\s+)?(?:[^\W\d_]+['’]?(?:da|də|ta|tə|de|te)\s+)?(?:eden|edən|bulunan|olan)\b",
                         re.I)
# a Russian genitive "-а" after a consonant ("Токаева", "Касым-Жомарта", "Казахстана"), at a word's end
_RU_GENITIVE_A = re.compile(r"(?<=[а-яё]{2}[бвгджзклмнпрстфхцчшщ])а\b")


# Not a visit: a call ("телефонный разговор", "telefon danışığı", "video konferans") or one still to come
# ("предстоящему визиту", "gələcək səfərinə", "önümüzdeki ziyaret")
_LOCAL_NOT_VISIT = re.compile(r"\b(?:телефон|видео|онлайн|предстоящ|запланирован|telefon|video|onlayn|online|gələcək"
                              r"|önümüzdeki|planlaşdırıl|planlanan)"
                              # the visit word after a future participle: "Azerbaycan'a yapacağı resmi ziyaret öncesinde",
                              # "gerçekleştireceği ziyaret", "edəcəyi səfər"
                              r"|\w(?:acağı|eceği|acağı|əcəyi)\s+(?:[^\W\d_]+\s+)?(?:ziyaret|səfər)", re.I)
# Round 65 (visits65a): a visit told as one of several, none of them dated ("Президент X во время одного из визитов в
# Баку назвал …, и сегодня эти слова …", dev/1071; "during one of his visits to Ankara"): no visit of a day ("сегодня"
# there is the words', not a trip's)
_ONE_OF_SEVERAL_VISITS = re.compile(r"\bодн(?:ого|ом|ой|им)\s+из\s+(?:(?:своих|его|её|ее|их|прошлых|прежних)\s+)?"
                                    r"(?:визитов|поездок)\b"
                                    r"|\bone\s+of\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:visits|trips)\b", re.I)
# Round 18b: a visit recalled, the visit word the object of the recalling ("Erdoğan dün Bakü ziyaretini hatırlattı",
# "ziyaretini anımsattı", "Prezident … dünən Qazaxıstana səfərini xatırladıb", "səfərini yada salıb", "Мирзиёев во
# вторник вспомнил свой визит в Баку", "напомнил о визите")
_RECALLED = re.compile(r"\bziyaret(?:ini|lerini|i)\s+(?:[^\W\d_]+\s+){0,2}?(?:hatırla|anımsa|and[ıi]\b|anarak)"
                       r"|\bsəfər(?:ini|lərini|i)\s+(?:[^\W\d_]+\s+){0,2}?(?:xatırla|yada\s+sal|and[ıi]\b)"
                       r"|\b(?:вспомни|вспомина|напомни|напомина)\w*\s+(?:[^\W\d_]+\s+){0,3}?(?:визит|поездк)", re.I)


def _recalled_only(sentence: str) -> bool:
    """Whether the sentence's first visit word is one it recalls (_RECALLED), no visit told before it."""
    recalled = _RECALLED.search(sentence)
    first = _LOCAL_VISIT.search(sentence) if recalled else None
    return bool(first) and recalled.start() <= first.start() < recalled.end()


# Round 86 (n1): been in the summit's place since a day ("have been in the city since Thursday evening", "has been in
# Ganja since Wednesday"): come then, as "arrived"; a place named there must be the summit's city (_attendees: "has
# been in Tashkent since Friday", his own capital, tells no coming to a summit elsewhere)
_BEEN_HERE_SINCE = r"\b(?:has|have)\s+been\s+(?:here|in\s+(?:the\s+city|(?P<been_in>[A-Z][\w-]+)))\s+since\b"


# Taking part in a summit, told as done (not "will take part"): "was also attended by …", "took part in the
# meeting", "brought together …", "joined their host"/"were joined by" (right after a summit's sentence, joining
# is coming to it), "приняли участие", "iştirak edib", "katıldı"
_ATTEND = re.compile(r"\b(?:attended|attends|took part|taking part|participated|joined|brought together)\b"
                     # the list inverted: "Also attending were Uzbek President …, Tajik President …"
                     r"|\b(?:also\s+attending|attending\s+(?:were|was))\b"
                     # present: "Also present were Kyrgyz President …", "… were also present"
                     r"|\balso\s+present\s+(?:were|was)\b|\b(?:were|was)\s+also\s+present\b"
                     # welcomed by the host on arrival: "X, Y and Z were greeted by Aliyev at the entrance"
                     r"|\b(?:were|was)\s+(?:greeted|welcomed)\s+by\b"
                     # the host receiving them, the guests named right after the verb: "Erdogan hosted Azerbaijan's
                     # Ilham Aliyev, … at the summit", "welcomed Kazakh President Tokayev, …" (the host's own are skipped)
                     r"|\b(?:hosted|welcomed|greeted)\s+(?=(?-i:[A-Z]))"
                     # come for it: "Orban flew in on Monday evening" (_ARRIVED: its day may start the visit)
                     r"|\b(?:arrived|landed)\b|\b(?:flew|flown)\s+in\b"  # round 46: "who had flown in on Sunday"
                     # round 67 (summit67): a live blog's arrivals, "X's plane has just touched down", "X is here too,
                     # arriving this morning" (dev/1090)
                     r"|\btouched\s+down\b|\b(?:is|are)\s+(?:also\s+)?here\s+too\b|\b(?:is|are)\s+also\s+here\b"
                     # seated with them ("On Friday he took his seat … next to Turkey's Recep Tayyip Erdoğan, …", "sat
                     # alongside"), or a state's envoy ("Turkmenistan was represented by its former president …")
                     r"|\btook\s+(?:his|her|their)\s+seats?\b|\bsat\s+(?:down\s+)?(?:next\s+to|alongside|beside)\b"
                     # round 56 (visits A): the list inverted after the table ("Around the table sat Azerbaijan's
                     # Minister …, …"), and a state's delegation and its head ("Turkmenistan sent a delegation headed
                     # by X")
                     r"|\b(?:around|at)\s+the\s+table\s+(?:sat|were)\b|\bsent\s+a\s+delegation\s+(?:headed|led)\s+by\b"
                     r"|\b(?:was|were)\s+represented\s+by\b"
                     # came for it: "Orbán also came for the day, as did Ersin Tatar"; sent an envoy: "Erdoğan stayed
                     # at home and sent his vice-president, Cevdet Yılmaz" (only who was sent came: _SENT)
                     r"|\b(?:also\s+came|came\s+for)\b|\bsent\s+(?:his|her|its|their)\b"
                     # the host's guests: "Tokayev's guests included Ilham Aliyev and Sadyr Japarov", "Among the guests
                     # were …"
                     r"|\bguests\s+(?:included|were)\b|\bamong\s+(?:the|his|her)\s+guests\b"
                     r"|\bприня(?:л|ли|ла)\s+участие|\bучаствовал\w*|\biştirak\s+(?:edib|etdi|etti|etmiş)\w*|\bkatıl(?:dı|mış|an)"
                     # round 78 (summit78): the Azerbaijani participle as the Turkish "katılan" ("Zirvədə iştirak edən
                     # qazax lider …")
                     r"|\biştirak\s+edən\b"
                     # round 24: a state represented by its leader ("… ölkələri Macarıstanın Baş naziri Viktor Orban …
                     # təmsil ediblər", "… temsil etti")
                     r"|\btəmsil\s+(?:edib|etdi|etmiş)\w*|\btemsil\s+(?:etti|etmiş|ettiler)\w*"
                     # round 57 (summit): a state's delegation and its head ("Azerbaycan heyetine … Orhan Zeynalov
                     # başkanlık etti", "… heyətinə … başçılıq edib")
                     r"|\b(?:heyetine|heyətinə)\b[^.;]*?\b(?:başkanlık\s+et|başçılıq\s+et|başçılıq\s+edi"
                     r"|rəhbərlik\s+edi)"  # round 61 (visits61): Azerbaijani "rəhbərlik edib" (led) too
                     # and the host greeting the guests, Turkish and Azerbaijani ("Erdoğan, … Aliyev ile … Berdimuhamedov'u
                     # … resmî törenle karşıladı")
                     r"|\b(?:karşıladı|karşılamış|qarşılayıb|qarşıladı)\b"
                     # round 18: greeted by the host, Russian, the guests in the accusative: "В аэропорту президента
                     # Азербайджана Ильхама Алиева, президента Турции … встречал Касым-Жомарт Токаев" (not "встретился",
                     # met with)
                     r"|" + _RU_GREETED
                     # round 29: Russian, come for it, the guests after the verb ("В Туркестан прибыли министр …
                     # Турции …"), and a state represented by one ("Туркменистан … представлял министр …")
                     + r"|\bприбыл[иа]?\b|\bпредставлял[аи]?\b"
                     # round 86 (n1): been there since a day, come then ("Tokayev and Mirziyoyev have been in the
                     # city since Thursday evening", dev/1314): _ARRIVED
                     + r"|" + _BEEN_HERE_SINCE, re.I)
_ATTEND_WORDS = ("attends",  # round 80 (chrono80)
                 "встреча", "встрети", "прибыл", "представлял", "attended", "attending", "took part", "taking part",
                 "participated", "joined", "brought together", "greeted", "present",
                 "welcomed", "hosted", "arrived", "landed",
                 "flew in", "flown in",  # round 46
                 " since ",  # round 86 (n1): _BEEN_HERE_SINCE
                 "touched down", " here",  # round 67 (summit67)
                 "seat", "sat ", "the table", "represented by", "came", "sent", "guests", "участ", "iştirak", "katıl",
                 "təmsil", "temsil", "karşıla", "qarşıla", "heyetine", "heyətinə")  # one is in every _ATTEND match
SUMMIT_SENTENCES = 2  # a list of those who took part follows the summit's sentence closely


# round 29: Russian; round 67 (summit67): a plane "touched down" (dev/1090)
_ARRIVED = re.compile(r"\b(?:arrived|landed|touched\s+down)\b|\b(?:flew|flown)\s+in\b|\bприбыл[иа]?\b"
                      r"|" + _BEEN_HERE_SINCE)  # round 86 (n1)
_RU_GREETED_RE = re.compile(_RU_GREETED, re.I)
_SENT = re.compile(r"\bsent\s+(?:his|her|its|their)\b")


def _ministers_council_type(doc: Document, summit: VisitFound) -> str:
    """Round 55: the type of a ministers' meeting's guests: summit when its sentence names a council (or meeting) of
    foreign ministers (_LOCAL_TYPE: "Dışişleri Bakanları Konseyi'nin toplantısı"), as annotating.md has a meeting
    of several states' ministers; else the meeting's own type."""
    if summit.visit_type != "other":
        return summit.visit_type
    text = doc.text[summit.span[0]:summit.span[1]]
    if "inisters of the" in text and (gathered := _MINISTERS_GATHERING.search(text)) and gathered["body"]:
        return "summit"  # round 56 (visits A): the ministers of a body of states ("… of the Organization of …")
    return "summit" if ("işleri" in text or "işlər" in text or "иностранных дел" in text) \
        and _type_of(text, True) == "summit" else "other"


def _attendees(doc: Document, s: Sentence, summit: VisitFound, resolver: Resolver,
               visits: list[VisitFound], published: date, gathering: bool = False) -> bool:
    """A summit told with its day and place ("Heads of state of the OTS gathered in Budapest on Wednesday
    for an informal summit"), then who took part ("Azerbaijani President Ilham Aliyev, Turkish President
    Recep Tayyip Erdoğan … took part in the meeting", "The summit … was also attended by … Ilham Aliyev"):
    a summit visit for each leader named who is not of the host state. One who arrived for it a day or two
    before ("Orban flew in on Monday evening", no other place named) starts then; one told there already, later, starts
    on the earlier day. True when someone was added. `gathering`: s is the summit's own _GATHERING sentence, whose
    leaders came to it (round 18), with no word of _ATTEND."""
    if not (gathering or _ATTEND.search(s.text)) or _REMOTE.search(s.text):  # "joined the summit by video link": not there
        return False
    start = summit.start
    sent = _SENT.search(s.text)  # who sent an envoy stayed away: only those named after it came
    # the guests a Russian host greeted are in the accusative, the genitive's form: read in the nominative
    greeted = _RU_GREETED_RE.search(s.text) if "встре" in s.check else None
    persons = _envoys(s.text, sent, resolver) if sent else \
        _persons_in(_RU_GENITIVE_A.sub("", s.text) if greeted else _without_kin_named(s.text), resolver)
    if summit.visit_type != "summit":  # round 21: ministers the table does not know, each told with his state
        persons += [p for p in _titled_attendees(s.text, resolver) if all(p.name != q.name for q in persons)]
        if "Bakan" in s.text or "nazir" in s.text:  # round 29: "Toplantıya … Bakanı X Y, Azerbaycan … Bakanı Z W … katıldı"
            persons += [p for p in _local_listed_ministers(s.text, resolver) if all(p.name != q.name for q in persons)]
        if "sent a delegation" in s.text and (head := _delegation_sent(s.text, resolver)) \
                and all(head.name != q.name for q in persons):
            persons.append(head)  # round 56 (visits A)
        if "represented by" in s.text and ", " in s.text:  # round 60 (visits60a)
            persons += [p for p in _represented_by_name_titled(s.text, resolver)
                        if all(p.name != q.name for q in persons)]
        if "represented by" in s.text or "sent its" in s.text:  # round 66 (visits66a): a ministers' meeting too
            persons += [p for p in _heads_of_their_named_states(_STATE_REPRESENTED_OR_SENT_ITS, s.text, resolver)
                        if all(p.name != q.name for q in persons)]
        if "heyetine" in s.text or "heyətinə" in s.text:  # round 57 (summit)
            persons += [p for p in _local_delegation_heads(s.text, resolver) if all(p.name != q.name for q in persons)]
        if "inister of" in s.text or "delegation of" in s.text:  # round 57 (summit)
            persons += [p for p in _of_state_titled_attendees(s.text, resolver)
                        if all(p.name != q.name for q in persons)]
        persons = [_guest_by_surname(p, summit, visits) for p in persons]
    elif not sent:  # round 65 (visits65a): leaders the office holders table does not know, told with their state
        newcomers = _state_titled_leading_newcomers(s.text, resolver)
        if "represented by" in s.text:
            newcomers += _heads_of_their_named_states(_STATE_REPRESENTED_OR_SENT_ITS, s.text, resolver)
        # only of the ties' states: a guest of another (a Georgian premier, a Romanian minister at a Baku energy
        # summit, dev/816) is no record, and counted as a guest he changed the documents read for the others
        persons += [p for p in newcomers if p.iso3 in places.TIE_CODES and all(p.name != q.name for q in persons)]
    if " with " in s.text or "accompanied by" in s.text:
        persons = _without_own_companions(s.text, persons, resolver)  # round 67 (summit67)
    if not sent and any(word in s.check for word in _LEADERS_WORDS):  # "attended by the leaders of Azerbaijan, …"
        persons += [p for p in _leaders_of(s.text, summit.start) if all(p.name != q.name for q in persons)]
    if not sent and summit.visit_type == "summit" and any(word in s.check for word in _DEMONYM_LEADER_WORDS):
        # round 78 (summit78): "Zirveye katılan … Kazak lider ise …"
        persons += [p for p in _demonym_leader_attending(s.text, summit.start, resolver)
                    if all(p.name != q.name for q in persons)]
    arrived = None  # the names a relative clause tells the arrival of (None: every one named arrived then)
    if arrival := _ARRIVED.search(s.text):
        if arrival["been_in"] and arrival["been_in"].lower() != summit.city.lower():
            return False  # round 86 (n1): been in another place since (_BEEN_HERE_SINCE)
        # the country of one named is his, not a place ("Tokayev of Kazakhstan arrived a day early")
        theirs = {p.iso3 for p in persons}
        if any(m.iso3 != summit.host and not m.is_demonym and m.iso3 not in theirs for m in doc.mentions(s)):
            return False  # arrived somewhere else
        # round 34: a Russian arrival reads its Russian day ("прибыл в древний город накануне вечером")
        dates = _dates(s, published, arrival[0].startswith("прибыл"))
        start = next((d[0] for d in dates if summit.start - _ARRIVED_BEFORE <= d[0] < summit.start), start)
        arrived = _arrived_by_clause(s.text, arrival.start(), resolver)
        contrast = _CONTRAST.search(s.text) if ", wh" in s.text else None
    elif not gathering and (later := _later_day(s, summit, published)):  # round 44: the gathering's own day stands
        start = summit.start = later
    added = False
    if (kind := _ministers_council_type(doc, summit)) != summit.visit_type:  # round 55: those who came for it before
        for told in visits:
            if told.span[0] >= summit.span[0] and told.visit_type == "other" and told.city == summit.city:
                _came_for(told, replace(summit, visit_type=kind))
    for person in persons:
        if person.iso3 == summit.host:
            continue
        came = start if arrived is None or person.name in arrived else summit.start
        if arrival and contrast:
            came = _arrival_of_clause(s.text, person, contrast, dates, summit.start, came)
        visit = VisitFound(came, summit.end, person, summit.host, summit.city, kind, (s.start, s.end),
                           min(person.confidence, 0.8), at_meeting=summit.visit_type != "summit")
        same = next((v for v in visits if _same_trip(v, visit)), None)
        if same is None:
            visits.append(visit)
            added = True
        elif visit.start < same.start:  # round 18: told at the gathering, then his arrival the evening before
            _merge(same, visit)
    return added


# Round 59 (visits59a): a relative named to tell who an attendee is ("represented by Gurbanguly Berdimuhamedow,
# chairman of the People's Council and father of President Serdar Berdimuhamedow", "… father of the country's
# president, Serdar …"; Turkish and Azerbaijani, the relative in the genitive before the kin word: "Devlet Başkanı
# Serdar Berdimuhamedov'un babası", "Prezident Serdar Berdiməhəmmədovun atası"): the relative did not come; his title
# and name are left out of the sentence's names
_KIN_OF = re.compile(rf"\b(?:father|mother|son|daughter|brother|sister|wife|husband|widow|nephew|niece|uncle|aunt|"
                     rf"grandson|granddaughter|son-in-law|daughter-in-law)\s+of\s+(?:the\s+)?(?:[\w'’-]+,?\s+){{0,5}}?"
                     rf"[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,4}}"
                     rf"|(?:[{CAPITALS}][\w'’-]+\s+){{1,4}}[{CAPITALS}][\w-]+['’]?n?[ıiuüə]n\s+"
                     r"(?:babası|annesi|eşi|kardeşi|atası|anası|həyat\s+yoldaşı)\b")  # not "oğlu", "qızı": a patronymic
_KIN_WORDS = ("father", "mother", "son ", "daughter", "brother", "sister", "wife", "husband", "widow", "niece",
              "nephew", "uncle", "aunt", "-in-law", "babası", "annesi", "eşi", "kardeşi", "atası", "anası",
              "yoldaşı")  # one is in every _KIN_OF match


# Round 67 (summit67): one who came with a leader of his own state ("X is here too, arriving this morning together with
# Foreign Minister Y", dev/1090) is of that leader's delegation, whose visit is its head's
_COMPANION = re.compile(r"\b(?:together\s+with|along\s+with|accompanied\s+by)\s+")


def _without_own_companions(sentence: str, persons: list[Person], resolver: Resolver) -> list[Person]:
    """`persons` without those named after _COMPANION who are of the state of one named before it (a leader's own
    minister travels in his delegation); another state's leader named there ("Aliyev arrived together with Tokayev")
    stays a guest of his own."""
    if not (m := _COMPANION.search(sentence)):
        return persons
    before = _persons_in(sentence[:m.start()], resolver)
    states = {p.iso3 for p in before if p.iso3}
    names = {p.name for p in before}
    companions = {p.name for p in _persons_in(sentence[m.end():], resolver) if p.iso3 in states and p.name not in names}
    return [p for p in persons if p.name not in companions]


# Round 72 (visits72): the host's man who met the guest on arrival, named after the verb's "by" ("…, where he was
# welcomed by Deputy Chairman Rashid Meredov", dev/1153)
_WELCOMED_ON_ARRIVAL_BY = re.compile(r"\b(?:welcomed|greeted|met|received)\s+(?:at\s+[^,.;]{2,60}?\s+)?by\s+")


def _only_the_visitors_companions(sentence: str, visit: VisitFound, resolver: Resolver) -> bool:
    """Round 72 (visits72): is everyone the sentence names but the visitor either named after _COMPANION, of the
    visitor's own state, or after _WELCOMED_ON_ARRIVAL_BY, of the host? "The Prime Minister, accompanied by Minister of
    Foreign Affairs Péter Szijjártó, arrived in Avaza on Monday evening, where he was welcomed by … Rashid Meredov"
    (dev/1153) tells the visitor's own arrival, his minister in his delegation (as _without_own_companions reads a
    summit's guests), not another one's."""
    visitor = visit.visitor
    if not visitor.iso3 or not (m := _COMPANION.search(sentence)):
        return False
    welcomed = _WELCOMED_ON_ARRIVAL_BY.search(sentence, m.end())
    if any(p.name != visitor.name for p in _persons_in(sentence[:m.start()], resolver)):
        return False
    companions = sentence[m.end():welcomed.start() if welcomed else len(sentence)]
    if any(p.iso3 != visitor.iso3 for p in _persons_in(companions, resolver) if p.name != visitor.name):
        return False
    return not welcomed or all(p.iso3 == visit.host for p in _persons_in(sentence[welcomed.end():], resolver))


def _without_kin_named(sentence: str) -> str:
    """The sentence without a relative named by his kin word (_KIN_OF): he is no attendee."""
    if not any(w in sentence for w in _KIN_WORDS):
        return sentence
    return _KIN_OF.sub("", sentence)


# Round 56 (visits A): a state opening the sentence that sent a delegation to the meeting, its head named after
# ("Turkmenistan, an observer state, sent a delegation headed by Mammetkhan Chakyev, chairman of …"): he came, of that
# state, whether or not the office holders table knows him
_DELEGATION_SENT = re.compile(r"^(?P<state>[A-Z][\w-]+)\b[^.;]{0,60}?\bsent\s+a\s+delegation\s+(?:headed|led)\s+by\s+"
                              r"(?:[a-z][\w-]*\s+){0,4}?(?P<head>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
                              r"(?=[,.;]|\s+of\b|$)")


def _delegation_sent(sentence: str, resolver: Resolver) -> Person | None:
    """The head of a delegation the state opening the sentence sent (_DELEGATION_SENT), of that state; None when the
    sentence tells none, or its opening word is no state, or the head is known as another state's."""
    m = _DELEGATION_SENT.match(sentence)
    codes = places.codes_in(m["state"]) if m else []
    if len(codes) != 1:
        return None
    head = next(iter(_persons_in(m["head"], resolver)), None) or resolver.resolve(m["head"], speaking=False)
    if head is None or head.iso3 not in ("", codes[0]):
        return None
    return head._replace(iso3=codes[0])


# Round 60 (visits60a): one who represented his state named before his title, the state's possessive in it ("were
# represented by … and by Mammetkhan Chakyev, chairman of Turkmenistan's Agency of Transport"): he came, of that state
_REPRESENTED_BY_NAME_TITLED = re.compile(r"\bby\s+(?P<head>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:the\s+)?"
                                         r"(?:[a-z][\w-]*\s+){0,2}?(?:chairman|chairwoman|chair|head|director|president"
                                         r"|minister|secretary)\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w-]+)['’]s\s")


def _represented_by_name_titled(sentence: str, resolver: Resolver) -> list[Person]:
    """Each one _REPRESENTED_BY_NAME_TITLED reads, of the state his title names (_heads_of_their_named_states)."""
    return _heads_of_their_named_states(_REPRESENTED_BY_NAME_TITLED, sentence, resolver)


# Round 65 (visits65a): a state told represented at a summit by one the office holders table does not know, the
# state opening its clause ("Northern Cyprus was represented by Prime Minister X Y, while …", dev/1073): he came, of
# that state (_heads_of_their_named_states)
# Round 66 (visits66a): an appositive after the state ("Hungary, an observer state, was represented by …"), and the
# state that "sent its" office holder ("…, while Northern Cyprus sent its Foreign Minister X Y", dev/1081): a state,
# not a leader, sent him, so he came (a leader who "sent his" envoy stayed away: _SENT, _envoys)
_STATE_REPRESENTED_OR_SENT_ITS = re.compile(rf"(?:^|[,;]\s+(?:while|and|whereas)\s+)"
                                            rf"(?P<state>[{CAPITALS}][\w-]+(?:\s+[{CAPITALS}][\w-]+)?)"
                                            rf"(?:,\s+(?:an?|the)\s+[^\W\d_][^,;.]{{0,40}},)?\s+"
                                            rf"(?:(?:was|were)\s+represented\s+by|sent\s+its)\s+"
                                            rf"(?P<head>[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,5}})")
# the offices of a state's leader or its government's head, as the office holders resolver spells them (lower case,
# a hyphen read as a space): one holding such an office comes to a summit in his own right, not in a leader's suite
_LEADING_OFFICES = ("president", "vice president", "prime minister")


def _state_titled_leading_newcomers(text: str, resolver: Resolver) -> list[Person]:
    """Round 65 (visits65a): those a summit's list names with their state's adjective and a leading office
    (_LEADING_OFFICES) whom the office holders table does not know ("… and Turkish Vice President X Y", dev/1073):
    each of the state his title names. A minister so named may be in a leader's suite: not read."""
    found = []
    for run in NAME_RUN.findall(text):
        person = resolver.resolve(run, speaking=False)
        if person is not None and person.rule == "unlisted name" and person.iso3 \
                and person.role.lower().replace("-", " ") in _LEADING_OFFICES:
            found.append(person)
    if "резидент" in text or "ремьер-министр" in text:  # (a cheap gate: a Russian leading office)
        found += [p for p in _ru_leading_newcomers(text, resolver) if all(p.name != q.name for q in found)]
    return found


# Round 78 (sovet78): Russian writes the leading office in lower case before the state's genitive and the name, so the
# name's capitalised run holds the state, no title ("… и вице-президент Турции Джевдет Йылмаз, а также в качестве
# почетного гостя – премьер-министр ТРСК Унал Юстель", dev/1223): each item read from its office word to its end (a
# comma, a dash, "и", "а"). Not a deputy's office ("вице-премьер-министр", "заместитель премьер-министра": a hyphen
# or a genitive), nor a minister's (in a leader's suite, as in English).
_RU_LEADING_OFFICE = re.compile(r"(?<![\w-])(?P<office>(?i:вице-президент|президент|премьер-министр))\s+(?=[А-ЯЁ])")
_RU_LEADING_ROLES = {"вице-президент": "Vice President", "президент": "President", "премьер-министр": "Prime Minister"}
_RU_LIST_ITEM_END = re.compile(r"\s*(?:[,;.()«»]|\s[–—-]\s|\s(?:и|а)\s)")


def _ru_leading_newcomers(text: str, resolver: Resolver) -> list[Person]:
    """Those a Russian summit list names by a leading office, their state and a name the office holders table does not
    know (_RU_LEADING_OFFICE, _titled_newcomer of the item): each of the state the item names, with that office."""
    found = []
    for m in _RU_LEADING_OFFICE.finditer(text):
        end = _RU_LIST_ITEM_END.search(text, m.end())
        person = _titled_newcomer(text[m.start():end.start() if end else len(text)], resolver)
        if person is not None and person.iso3:
            found.append(person._replace(role=_RU_LEADING_ROLES[m["office"].lower()]))
    return found


# Round 57 (summit): the heads of states' delegations to a ministers' meeting, Turkish and Azerbaijani, the state in
# the dative of its delegation, the head's title and name after it, one "başkanlık etti" for all: "Azerbaycan
# heyetine Enerji Bakan Yardımcısı Orhan Zeynalov, gözlemci Macaristan'ın heyetine ise … Attila Steiner başkanlık
# etti", "Qazaxıstan nümayəndə heyətinə … başçılıq edib": each head came, of that state
_LOCAL_DELEGATION_HEAD = re.compile(rf"\b(?P<state>[{CAPITALS}][\w'’]+)\s+(?:nümayəndə\s+)?(?:heyetine|heyətinə)"
                                    rf"(?:\s+ise|\s+isə)?\s+(?:[\w'’-]+\s+){{0,8}}?"
                                    rf"(?P<head>[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+)"
                                    r"(?=\s*,|\s+(?:başkanlık|başçılıq)\b)")


def _local_delegation_heads(sentence: str, resolver: Resolver) -> list[Person]:
    """The heads of the delegations a sentence names (_LOCAL_DELEGATION_HEAD), each of the one state his delegation's
    word names (_heads_of_their_named_states)."""
    return _heads_of_their_named_states(_LOCAL_DELEGATION_HEAD, sentence, resolver)


def _heads_of_their_named_states(pattern: re.Pattern[str], sentence: str, resolver: Resolver) -> list[Person]:
    """Each person `pattern`'s "head" group names, of the one state its "state" group names; a head the office holders
    table knows as another state's, or a "state" naming none or several, is left out."""
    heads = []
    for m in pattern.finditer(sentence):
        codes = places.codes_in(m["state"])
        head = next(iter(_persons_in(m["head"], resolver)), None) or resolver.resolve(m["head"], speaking=False)
        if len(codes) == 1 and head is not None and head.iso3 in ("", codes[0]):
            heads.append(head._replace(iso3=codes[0]))
    return heads


# Round 57 (summit): ministers listed with their title and state after it, "of (the Republic of) <state>", then the
# name ("brought together the Minister of Trade of the Republic of Türkiye Ömer Bolat, the Minister of Investment,
# Industry and Trade of the Republic of Uzbekistan Laziz Kudratov, and a delegation of the Republic of Azerbaijan
# headed by Deputy Minister of Economy Elnur Aliyev"): each one of that state
_OF_STATE_TITLED = re.compile(
    rf"\bMinisters?\s+(?:of|for|in\s+charge\s+of)\b(?:(?!\bMinister|\bdelegation\b)[^;.])*?\bof\s+"
    rf"(?:the\s+(?:Kyrgyz\s+)?Republic\s+of\s+)?(?:the\s+(?P<adj>[{CAPITALS}][\w-]+)\s+Republic\s+)?"
    rf"(?(adj)|(?P<state>[{CAPITALS}][\w'’-]+)\s+)(?P<name>[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+)"
    r"(?=\s*[,;.]|\s+and\b|$)"
    rf"|\bdelegation\s+of\s+(?:the\s+(?:Kyrgyz\s+)?Republic\s+of\s+)?(?P<dstate>[{CAPITALS}][\w'’-]+)\s+"
    rf"(?:headed|led)\s+by\s+(?:[\w-]+\s+){{0,5}}?(?P<head>[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+)"
    r"(?=\s*[,;.]|\s+and\b|$)")


def _of_state_titled_attendees(sentence: str, resolver: Resolver) -> list[Person]:
    """The people a list names with their title and state (_OF_STATE_TITLED), each of that state; one the office
    holders table knows as another state's is left out."""
    found = []
    for m in _OF_STATE_TITLED.finditer(sentence):
        codes = places.codes_in(m["state"] or m["adj"] or m["dstate"])
        name = m["name"] or m["head"]
        person = next(iter(_persons_in(name, resolver)), None) or resolver.resolve(name, speaking=False)
        if len(codes) == 1 and person is not None and person.iso3 in ("", codes[0]):
            found.append(person._replace(iso3=codes[0]))
    return found


def _guest_by_surname(person: Person, summit: VisitFound, visits: list[VisitFound]) -> Person:
    """Round 57 (summit): a guest of the ministers' meeting named again by surname ("Minister Szijjártó and Deputy
    Minister Aliyev arrived …"): the guest already proposed at it with that surname and state, not the office holder
    the surname alone would be (Ilham Aliyev); else the person as found."""
    if summit.visit_type == "summit":
        return person
    surname = person.name.split()[-1]
    return next((v.visitor for v in visits if v.at_meeting and v.host == summit.host and v.city == summit.city
                 and v.visitor.iso3 == person.iso3 and v.visitor.name != person.name
                 and v.visitor.name.split()[-1] == surname), person)


# Round 86 (w1, listed_legs): a recalled run of travel told as a list after "visited", each city with its own day:
# "X had visited Budapest on 3 March, where he signed …, and Ashgabat on 14 April, where he held talks …" (dev/1312):
# after the first, ", (and) <City> on <day>" is a visit of its own, to a city of the nine states (places.city_in); the
# clause up to the next leg is its own (its signing none of the others')
_LISTED_LEG = re.compile(r",\s+(?:and\s+)?(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+on\s+(?=\d|[A-Z])")


def _listed_legs(sentence: str, visit: VisitFound, days: list) -> list[tuple[int, int, VisitFound]]:
    """(start, end, visit) of each further leg of a list after "visited" (_LISTED_LEG), its day the one of `days` told
    right after its city; an item with no such day, no city of CITIES nor capital, or the first visit's is no leg."""
    items = list(_LISTED_LEG.finditer(sentence, sentence.find("visited ")))
    ends = [m.start() for m in items[1:]] + [len(sentence)]
    found = []
    for m, until in zip(items, ends):
        day = next((d for d in days if d[2] == m.end()), None)
        place = places.city_in(m["city"]) or next(((x.iso3, countries.get(x.iso3).capital)
                                                   for x in places.mentions(m["city"])
                                                   if x.is_capital and x.start == 0), None)
        if day is None or place is None or place[1] == visit.city or place[0] == visit.visitor.iso3:
            continue  # (a place of no state of the nine, or not a place: no leg, its clause no other's)
        found.append((m.start(), until, replace(visit, start=day[0], end=day[1] or day[0], host=place[0], city=place[1],
                                                 documents=None, documents_said=False, events=[], extra_spans=[])))
    return found


# Round 22: two arrivals contrasted in one sentence, each with its own day: "A and B arrived in the city on Wednesday
# evening, while C flew in on Thursday morning" (C came on the summit's day, not the evening before)
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s", re.I)


def _arrival_of_clause(sentence: str, person: Person, contrast: re.Match, dates: list, summit_day: date,
                       came: date) -> date:
    """The day a summit guest arrived by the clause of a contrasting ", while" that names him: the first day that
    clause tells from _ARRIVED_BEFORE days before the summit to its first day; `came` when his clause tells none."""
    at = _name_at(sentence, person.name)
    if at < 0:
        return came
    own = [d[0] for d in dates if (d[2] >= contrast.end()) == (at >= contrast.end())
           and summit_day - _ARRIVED_BEFORE <= d[0] <= summit_day]
    return own[0] if own else came


# Round 21: a state's possessive opening each one listed at a ministers' meeting: "brought together Türkiye's Trade
# Minister Ömer Bolat, Uzbekistan's Minister of Investment, Industry and Trade Laziz Kudratov and …"
_POSSESSIVE_STATE = re.compile(r"\b([A-Z][\w-]+)['’]s\s")


def _titled_attendees(text: str, resolver: Resolver) -> list[Person]:
    """Those a list at a ministers' meeting names with a title and their state's possessive (_POSSESSIVE_STATE), whom
    the office holders table does not know (_titled_newcomer): each of the state the possessive names. A title alone
    ("OTS Secretary-General …", a body's head) names no state, so no one."""
    opens = [m for m in _POSSESSIVE_STATE.finditer(text) if (states := places.codes_in(m[1])) and len(states) == 1]
    local = not opens and bool(_LOCAL_GENITIVE_STATE.search(text))  # round 26: "Türkiyənin nəqliyyat naziri X Y, …"
    if local:
        opens = [m for m in _LOCAL_GENITIVE_STATE.finditer(text) if (states := places.codes_in(m[1])) and len(states) == 1]
    newcomer = _first_titled_newcomer if local else _titled_newcomer  # a local list runs on after the name
    if not opens and is_cyrillic(text):
        return _ru_titled_attendees(text, resolver)  # round 26
    found = []
    for m, after in zip(opens, [*opens[1:], None]):
        piece = text[m.start():after.start() if after else len(text)]
        if " and by " in piece:  # round 60 (visits60a): "… by Hungary's … Gábor Tarnai and by X, chairman of …"
            piece = piece[:piece.index(" and by ")]
        person = newcomer(piece.rstrip(" ,.;"), resolver)
        if person is not None:
            found.append(person._replace(iso3=person.iso3 or places.codes_in(m[1])[0]))
    return found


# Leaders told by their states, a list of country names right after: "The presidents of Azerbaijan, Kazakhstan,
# Kyrgyzstan and Uzbekistan joined host …", "which was attended by the leaders of Azerbaijan, Türkiye and Uzbekistan"
# (round 18: Russian, the states in the genitive after it, "приняли участие президенты Азербайджана, Турции и Узбекистана")
_LEADERS_OF = re.compile(r"\b(?:presidents|leaders|heads\s+of\s+state)\s+of\s+(?:the\s+)?"
                         r"|\b(?:президент(?:ы|ов|ам)|лидер(?:ы|ов|ам)|глав(?:ы|ам)?\s+государств)\s+", re.I)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+и\s+")
# Round 18: Turkish and Azerbaijani name the states first, the office after ("Zirveye Azerbaycan, Türkiye ve Özbekistan
# cumhurbaşkanları katıldı", "Azərbaycan, Türkiyə və Özbəkistan prezidentləri iştirak ediblər")
_LEADERS_AFTER = re.compile(r"\b(?:(?P<leaders>liderleri|liderləri)|cumhurbaşkanları|devlet\s+başkanları|prezidentləri"
                            r"|dövlət\s+başçıları)\b", re.I)
_LOCAL_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:ve|və)\s+")
# one is in every sentence _LEADERS_OF or _LEADERS_AFTER may match (lower case)
_LEADERS_WORDS = ("of ", "президент", "лидер", "глав", "liderleri", "liderləri", "başkanları", "prezidentləri", "başçıları")
# the state a "leader" of which is not its president: Hungary's is its prime minister
_LEADING_OFFICE = {"HUN": "Prime Minister"}
_LEADERS_OF_CONFIDENCE = 0.7  # who they are is read from the office holders table, not from their names


def _leaders_of(text: str, day: date) -> list[Person]:
    """The heads of the states a list right after "the presidents/leaders/heads of state of" names, on `day` (a
    "leader" of Hungary is its prime minister, a "president" its president); none for a body ("heads of state of the
    Organization of Turkic States") or a state the office holders table has no holder of."""
    m = _LEADERS_OF.search(text)
    if m is None:
        return _leaders_before(text, day)
    presidents = not m[0].lower().startswith(("leaders", "лидер"))
    found, pos = [], m.end()
    for mention in places.mentions(text):
        if mention.start < pos:
            continue
        if mention.start != pos or mention.is_capital or mention.is_demonym:
            break
        found += _leader(mention.iso3, presidents, day)
        if (gap := _LIST_GAP.match(text, mention.end)) is None:
            break
        pos = gap.end()
    return found


def _leader(iso3: str, presidents: bool, day: date) -> list[Person]:
    """The head of state of `iso3` on `day` (its "leader": Hungary's prime minister), none when the table has none."""
    office = officeholders.HEAD_OF_STATE if presidents else _LEADING_OFFICE.get(iso3, officeholders.HEAD_OF_STATE)
    term = officeholders.holder(iso3, office, day)
    return [Person(term.name, term.office, term.country, _LEADERS_OF_CONFIDENCE, "office")] if term else []


# Round 78 (summit78): one leader told only by his state's demonym and a leader's office, in the singular, as one who
# took part in the summit told just before: after a participle of attending in his clause ("Zirveye katılan ve aynı
# gün aynı salonda söz alan Kazak lider ise …", "Zirvədə iştirak edən qazax lider …", dev/1212) or before a verb of it
# ("Kazak lider de zirveye katıldı", "The Kazakh leader, who also attended the summit, …", "Казахстанский лидер также
# принял участие …"): the holder of that office on the summit's day (_leader: a Hungarian "leader" is its prime
# minister). Not when someone named stands between (his is the attending: "Zirveye katılan Erdoğan Kazak lider ile
# görüştü"), nor an office in another case ("Kazak liderin", "lideri": \b after the office), nor an attending denied
# ("katılmadı"), nor a former leader ("the former Kazakh president": not the holder then)
_DEMONYM_LEADER = re.compile(r"(?<![\w-])(?<!former\s)(?<!eski\s)(?<!sabiq\s)(?<!keçmiş\s)(?<!бывший\s)"
                             r"(?P<state>[^\W\d_]+)\s+(?P<office>lider|leader|лидер|president|президент"
                             r"|cumhurbaşkanı|prezident)\b(?!['’])", re.I)
_DEMONYM_LEADER_WORDS = ("lider", "leader", "лидер", "president", "президент", "cumhurba", "prezident")  # one in each
_ATTENDING_BEFORE = re.compile(r"\b(?:katılan|iştirak\s+edən|qatılan)\b", re.I)
_ATTENDED_AFTER = re.compile(r"[^.;:\"“”«»]{0,60}?(?:\b(?:katıldı|katılmıştı|katılmış|iştirak\s+edib|iştirak\s+etmişdi"
                             r"|attended|took\s+part|participated|участвовал[аи]?)\b"
                             r"|(?<!не\s)\bпринял[аи]?\s+участие\b)", re.I)
_CLAUSE_MARK = re.compile(r"[,;:–—(«“\"]")


def _demonym_leader_attending(text: str, day: date, resolver: Resolver) -> list[Person]:
    """The leaders a _DEMONYM_LEADER phrase of `text` names as attending (_ATTENDING_BEFORE in its clause before it,
    or _ATTENDED_AFTER right after it), each the holder of his state's office on `day`; [] when there is none."""
    found: list[Person] = []
    for m in _DEMONYM_LEADER.finditer(text):
        iso3 = _state_word(m["state"])
        if iso3 is None:
            continue
        clause = text[:m.start()]
        clause = clause[max((c.end() for c in _CLAUSE_MARK.finditer(clause)), default=0):]
        before = _ATTENDING_BEFORE.search(clause)
        between = clause[before.end():] if before else None
        if between is None and (after := _ATTENDED_AFTER.match(text, m.end())):
            between = after[0]
        if between is None or _persons_in(between, resolver):
            continue
        presidents = m["office"].lower() not in ("lider", "leader", "лидер")
        found += [p for p in _leader(iso3, presidents, day) if all(p.name != q.name for q in found)]
    return found


def _leaders_before(text: str, day: date) -> list[Person]:
    """The heads of the states a Turkish or Azerbaijani list right before the plural office names (_LEADERS_AFTER),
    in the list's order; none when no state stands right before it."""
    m = _LEADERS_AFTER.search(text)
    if m is None:
        return []
    found, end = [], m.start()
    for mention in reversed(places.mentions(text[:m.start()])):
        gap = text[mention.end:end]
        if mention.is_capital or mention.is_demonym or not (gap.isspace() if not found else _LOCAL_LIST_GAP.fullmatch(gap)):
            break
        found[:0] = _leader(mention.iso3, not m["leaders"], day)
        end = mention.start
    return found


# What a report on one summit names when it tells who came to it further on: arriving, "also attending were", or
# attending the summit itself (not "took part in a forum on energy", another event; nor the looser words of _ATTEND,
# "joined", "welcomed", "hosted", which say more than that far from the summit's sentence)
_CAME_TO_IT = re.compile(r"\b(?:arrived|landed|(?:flew|flown)\s+in)\b|\b(?:also\s+attending|attending\s+(?:were|was))\b"
                         # round 26: the summit the subject of the passive ("It was attended by President …", "The
                         # meeting was also attended by …"); a guest of honour taking part ("X took part as guest of honour")
                         r"|\b(?:[Ii]t|[Tt]he\s+(?:summit|meeting|gathering))\s+was\s+(?:also\s+)?attended\s+by\b"
                         r"|\btook\s+part\s+as\s+(?:a\s+|the\s+)?(?:guest|guests)\s+of\s+honou?r\b"
                         r"|\b(?:attended|attending|took\s+part\s+in|participated\s+in)\s+(?:the\s+(?:summit|meeting|gathering)|it)\b"
                         # the summit in the dative or locative, then the verb of attending, as Turkish, Azerbaijani and
                         # Russian tell it: "Zirveye ev sahibi … Aliyev ve … Nazarbayev katıldı", "Zirvədə … iştirak
                         # edib", "В саммите приняли участие …" (also the verb first: "приняли участие в саммите")
                         r"|(?i:\b(?:zirve(?:ye|de|sine|sinde)|zirvəyə|zirvədə|zirvəsində|в\s+саммите)\b[^.;]{0,200}?"
                         r"(?:\bkatıl(?:dı|mış)|\biştirak\s+(?:etti|etdi|edib|etmiş)|\bприня(?:л|ли|ла)\s+участие|\bучаствовал)"
                         r"|\bприня(?:л|ли|ла)\s+участие\s+в\s+саммите\b"
                         # round 18: Russian, the verb first ("участвовал в саммите в качестве почётного гостя"), and
                         # the host greeting them on arrival ("В аэропорту … встречал Касым-Жомарт Токаев")
                         r"|\bучаствовал\w*\s+в\s+саммите\b|" + _RU_GREETED
                         # round 29: Russian, the guests after the verb of arrival ("В Туркестан прибыли министр …"), or
                         # a state represented by one ("Туркменистан … представлял министр …")
                         + r"|\bприбыли\b|\bпредставлял[аи]?\b)")
# another time: "in 2019", "last year", "two years ago", "next year"
_ANOTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|next|previous)\s+(?:year|month|week)\b|\bago\b")


def _about_the_summit(doc: Document, s: Sentence, summit: VisitFound, published: date) -> bool:
    """May sentence s, beyond the SUMMIT_SENTENCES after the summit's, tell who came to it? Only in a report the
    summit opens (the first visit the article tells: its lead), and only when it tells an arrival or attendance
    (_CAME_TO_IT), names no capital or city but the summit's, no other time (_ANOTHER_TIME) and no day but the
    summit's and the two before ("Azerbaijani President Ilham Aliyev, who flew in Saturday evening and held …",
    "Also attending were Uzbek President Shavkat Mirziyoyev, …")."""
    if not _CAME_TO_IT.search(s.text) or _ANOTHER_TIME.search(s.text):
        return False
    if any(m.is_capital and m.iso3 != summit.host for m in doc.mentions(s)):
        return False
    if (city := places.city_in(s.text)) and city[1] != summit.city:
        return False
    last = summit.end or summit.start
    return all(summit.start - _ARRIVED_BEFORE <= d[0] <= last for d in _dates(s, published))


# A relative clause of one person: its verb singular ("…, and Kazakhstan's former leader Nursultan Nazarbayev, who
# remains the council's honorary chairman and arrived in Baku on Sunday"), not "who both/all …"
_WHO_CLAUSE = re.compile(r",\s+who\s+(?:(?P<one>is|was|has|remains|[a-z]+[^s\W]s)\b|(?P<all>both|all)\b)?")


def _arrived_by_clause(text: str, at: int, resolver: Resolver) -> set[str] | None:
    """The names of those whose arrival a relative clause before `at` tells, of a list before it: the last named
    before ", who", when the clause's verb is singular or the list has three or more ("Also at the table were Kyrgyz
    president X, Y of Uzbekistan, and Kazakhstan's former leader Z, who … arrived in Baku on Sunday": Z alone
    arrived then; the others came on the summit's day); all named before it when the clause tells of all ("X and Y,
    who both arrived", "X and Y, who arrived …"). Round 44: one named before the clause arrived alone ("Tokayev, who
    arrived in Awaza on Thursday evening, met Japarov on Friday morning": Japarov came on the summit's day), and
    those named after it did not arrive then ("X and Y, who arrived on Thursday, met Z"). None when no such clause
    stands before `at` (every one named arrived then)."""
    who = [m for m in _WHO_CLAUSE.finditer(text, 0, at)]
    if not who:
        return None
    before = _persons_in(text[:who[-1].start()], resolver)
    if not before:
        return None
    if who[-1]["all"] or (len(before) == 2 and not who[-1]["one"]):
        return {p.name for p in before}
    return {before[-1].name}


def _envoys(text: str, sent: re.Match, resolver: Resolver) -> list[Person]:
    """Those a leader sent ("Erdoğan … stayed at home and sent his vice-president, Cevdet Yılmaz"): the people named
    after "sent"; one the office holders table does not know is of the sender's country ("his")."""
    envoys = _persons_in(text[sent.end():], resolver)
    if envoys or not (runs := NAME_RUN.findall(text[sent.end():])):
        return envoys
    senders = _persons_in(text[:sent.start()], resolver)
    envoy = resolver.resolve(runs[0], speaking=False)
    if len(senders) != 1 or envoy is None or envoy.rule != "unlisted name" or envoy.iso3:
        return []
    return [envoy._replace(iso3=senders[0].iso3)]


def _later_day(s: Sentence, summit: VisitFound, published: date) -> date | None:
    """The day, a day or two after the summit's, that a sentence telling who took part names: the summit's
    sentence may have told an arrival ("The Hungarian prime minister flew into the Kazakh capital on Thursday
    evening for the summit"), and those who sat with him "On Friday" came on Friday, which is then the
    gathering's day for those named after them. None when the sentence names no such day."""
    later = next((d[0] for d in _dates(s, published) if summit.start < d[0] <= summit.start + _ARRIVED_BEFORE), None)
    if later and summit.end and summit.end >= later:
        return None  # a day within a summit told as several days ("July 5-6") moves nothing
    return later


# Round 20: the day may stand between the verb and the place: "was held on Thursday in the resort of …", "gathered
# last Friday in Samarkand", "took place on 6 August at …"
_DATE_WORDS = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})"
# the weekday may come with its date: "took place on Tuesday, 10 March, in …"
_HELD_DAY = (r"(?:\s+(?:on\s+|last\s+)?(?:\w+day(?:,?\s+" + _DATE_WORDS + r")?|yesterday|today|" + _DATE_WORDS + r")"
             r"(?:\s+(?:morning|afternoon|evening))?,?)?")
# Round 44: on a state's coast or shore, "as the leaders of Central Asia gathered on Turkmenistan's Caspian coast for
# their eighth Consultative Meeting": that state is the place (_gathering), not another the sentence names before
_GATHERED_ON_A_COAST = (r"\b(?:presidents|leaders|heads of state|heads of government)\b[^.;]{0,80}?"
                        r"\b(?:gathered|convened|assembled)"
                        + _HELD_DAY + r"\s+on\s+(?P<coast>[A-Z][\w-]+)['’]s\s+(?:[A-Z][\w-]+\s+)?"
                        r"(?:coast|shore|shores|banks)\b")
# A summit told as leaders gathering, no "summit" word: "When the presidents of the five Central Asian republics
# gathered in Dushanbe last Thursday for their fifth Consultative Meeting", "heads of state convened in Astana"
# (round 65, visits65a: and heads of government, as on a coast, dev/1073)
_GATHERING = re.compile(r"\b(?:presidents|leaders|heads of state|heads of government)\b[^.;]{0,80}?"
                        r"\b(?:gathered|convened|assembled)" + _HELD_DAY + r"\s+(?:in|at)\b"
                        r"|" + _GATHERED_ON_A_COAST +
                        # round 20: the leaders holding the summit: "The leaders of Azerbaijan, Türkiye and Turkmenistan
                        # held a trilateral summit in Ashgabat on Tuesday" (its subjects came to it; two named ones:
                        # _TWO_HELD_SUMMIT)
                        r"|\b(?:presidents|leaders|heads of state)\s+of\b[^.;]{0,80}?\bheld\s+(?:a|an|their)\s+"
                        r"(?:[\w-]+\s+){0,2}?summit\b"
                        # round 46: the leaders (and ministers) of three or more countries meeting: "Leaders and
                        # ministers of the four countries behind the … Corridor met in Baku on Monday" (of two, a
                        # bilateral visit)
                        r"|\b(?:presidents|leaders|heads of state)(?:\s+and\s+(?:[\w-]+\s+)?ministers)?\s+of\s+"
                        r"(?:the\s+)?(?:three|four|five|six|seven|eight|nine|[3-9])\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:countries|states|nations)\b"
                        r"[^.;]{0,80}?"
                        r"\bmet" + _HELD_DAY + r"\s+(?:in|at)\b"
                        # a meeting of heads of state held, as the local forms say it ("заседание глав государств"):
                        # "The 24th meeting of the Council of Heads of State of the SCO concluded in Astana on Thursday",
                        # "a session of the Heads of State Council was held in Baku"
                        r"|\b(?:meeting|session|summit)\s+of\s+(?:the\s+)?(?:council\s+of\s+)?heads\s+of\s+state\b"
                        r"[^.;]{0,80}?\b(?:concluded|opened|ended|closed|was\s+held|took\s+place)" + _HELD_DAY + r"\s+(?:in|at)\b"
                        r"|\bheads\s+of\s+state\s+council\s+(?:meeting|session)\b[^.;]{0,80}?"
                        r"\b(?:concluded|opened|ended|closed|was\s+held|took\s+place)" + _HELD_DAY + r"\s+(?:in|at)\b", re.I)
# Round 20: the same in Russian, Azerbaijani and Turkish, a meeting of heads of state told held, without a visit word
# ("Во вторник в Туркменбаши состоялась Консультативная встреча глав государств Центральной Азии", "Türkmənbaşıda
# Mərkəzi Asiya dövlət başçılarının Məşvərət görüşü keçirilib", "Devlet Başkanları Konseyi toplantısı dün Astana'da
# yapıldı"); not one still to come ("пройдет", "keçiriləcək", "yapılacak")
# Round 78 (sovet78): or of heads of government, as a body's council ("состоялось заседание Совета глав правительств
# государств – членов Организации тюркских государств", dev/1223); not of two states' heads ("встреча глав
# правительств Казахстана и Кыргызстана", "двух стран": a bilateral visit, no summit)
_LOCAL_LEADERS_MEETING = re.compile(r"\b(?:встреч|заседани|совет|саммит)\w*\s+(?:[\w-]+\s+){0,2}?глав\s+(?:государств"
                                    r"|правительств(?!\s+(?:двух|обеих|(?-i:[А-ЯЁ])[\w-]+\s+и\s+(?-i:[А-ЯЁ]))))"
                                    r"|\bdövlət\s+başçı(?:larının|ları)\s+(?:[\w-]+\s+){0,3}?(?:görüş|iclas|toplant|zirv)"
                                    r"|\bdevlet\s+başkanları\s+(?:[\w'’-]+\s+){0,3}?(?:toplant|zirve|konsey|görüş)", re.I)
_LOCAL_HELD = re.compile(r"\b(?:прош(?:ел|ёл|ла|ло|ли)|состоял(?:ась|ось|ся|ись)|завершил(?:ась|ось|ся)|открыл(?:ась|ось|ся)"
                         r"|keçirilib|keçirildi|keçirilmişdir|yapıldı|düzenlendi|gerçekleştirildi)\b", re.I)
# one is in every _GATHERING match, and (round 20) in every _LOCAL_LEADERS_MEETING match (lower case)
# Round 20: two leaders named holding a summit, "Mirziyoyev and Japarov held a summit in Osh on Tuesday" (searched apart
# from _GATHERING, on sentences holding "held" and "summit": the pattern opens with no word to look for)
_TWO_HELD_SUMMIT = re.compile(r"\b[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+\s+held\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?summit\b")


def _is_gathering(sentence: str) -> bool:
    """Does the sentence tell leaders gathering (_GATHERING), or two named ones holding a summit (_TWO_HELD_SUMMIT)?"""
    return bool(_GATHERING.search(sentence)) or (
        "held" in sentence and "summit" in sentence and bool(_TWO_HELD_SUMMIT.search(sentence)))


_GATHERING_WORDS = ("gathered", "convened", "assembled", "heads of state", "глав государств", "dövlət başçı",
                    "глав правительств",  # round 78 (sovet78): a heads of government council (_LOCAL_LEADERS_MEETING)
                    "devlet başkanları", "held a", "held an", "held their",
                    "leaders of", "leaders and", "presidents of", "presidents and",  # round 46: "… met in"
                    # round 26: a meeting of ministers held (_LOCAL_MINISTERS_MEETING)
                    "nazirləri", "bakanları", "министров",
                    "council of",  # round 29: "The OTS Council of Foreign Ministers met in …" (_MINISTERS_GATHERING)
                    "ministers of the",  # round 56 (visits A): "Transport ministers of the Organization of … met on …"
                    "meeting of the ministers", "meeting of ministers")  # round 57 (summit)


# A summit told with its host as "it", the place the sentence before named: "THE ROAD to Shusha is new … On July
# 6th it played host to an informal summit of …", "the city hosted", "the town was host to"
_HOSTED_BY_IT = re.compile(r"\b(?:it|the\s+(?:city|town|resort))\s+(?:played\s+host\s+to|hosted|was\s+host\s+to)\b", re.I)


def _hosted_by_it(doc: Document, k: int) -> tuple[str, str] | None:
    """(host, city) of a sentence k that tells its summit's place as "it" (_HOSTED_BY_IT): the one city or capital
    named by the nearest of the few sentences before that names any ("THE ROAD to Shusha is new …" "Four years ago
    the hilltop town … was in Armenian hands" "On July 6th it played host …"); None when that one names several."""
    if not _HOSTED_BY_IT.search(doc.sentences[k].text):
        return None
    for before in reversed(doc.sentences[max(0, k - HOST_SENTENCES):k]):
        capitals = {(m.iso3, countries.get(m.iso3).capital) for m in doc.mentions(before) if m.is_capital}
        city = places.city_in(before.text)
        if found := capitals | ({city} if city else set()):
            return found.pop() if len(found) == 1 else None
    return None


HOST_SENTENCES = 2  # "it" is a place named in one of the two sentences before


def _gathering(doc: Document, s: Sentence, published: date, lead_day: date | None) -> VisitFound | None:
    """The summit (no visitor) of a _GATHERING sentence with its day and place, for those who came (_attendees); of a
    local one (round 20: _LOCAL_LEADERS_MEETING told held), its day read in its language; of ministers gathering
    (round 21), a meeting of type other."""
    kind = "summit"
    if _is_gathering(s.text):
        days = _days(s, published, lead_day)
    elif _LOCAL_HELD.search(s.text) and _LOCAL_LEADERS_MEETING.search(s.text):
        days = _days(s, published, lead_day, local=True)
    elif gathered := _MINISTERS_GATHERING.search(s.text):
        days = _days(s, published, lead_day)
        kind = "other"
    elif _LOCAL_HELD.search(s.text) and _LOCAL_MINISTERS_MEETING.search(s.text):  # round 26
        return _local_ministers_meeting(doc, s, published, lead_day)
    elif "topla" in s.check and _LOCAL_COUNCIL_GATHERED.search(s.text):  # round 59 (visits59a)
        return _local_ministers_meeting(doc, s, published, lead_day)
    else:
        days = None
    if days and kind == "other":  # the place they gathered in, not another the sentence names ("ahead of the summit in …")
        place = _place_right_after(doc, s, gathered.end())
        if not place and (named := _CITY_OF_THE_STATE.match(s.text, gathered.end())):
            place = places.city_in(named[0])  # round 60 (visits60a): "… held in the Uzbek city of Khiva"
        if not place and (gathered["body"] or gathered["org"]) and (head := _INLINE_DATELINE.match(s.text)):
            # round 56 (visits A): "CHOLPON-ATA, Kyrgyzstan, Aug 29 — …", "BAKU, Azerbaijan, May 15 — …"
            place = places.city_in(head[0].title()) or _dateline_city(head[0].split(",")[0] + " — ")
    else:
        place = (_gathered_on_a_coast(doc, s) or _sentence_place(doc, s, "")) if days else None
    if not place:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, None, place[0], place[1], kind, (s.start, s.end), 0.8)


_GATHERED_ON_A_COAST_RE = re.compile(_GATHERED_ON_A_COAST, re.I)


def _gathered_on_a_coast(doc: Document, s: Sentence) -> tuple[str, str] | None:
    """(host, city) of leaders gathered on a state's coast (_GATHERED_ON_A_COAST): that state, and the city of the
    sentence's own dateline when it is of that state ("AWAZA, Turkmenistan, August 8 — … gathered on Turkmenistan's
    Caspian coast": Awaza); None when the sentence tells no such gathering."""
    if " on " not in s.text:  # the cheap check first: most sentences tell no gathering
        return None
    coast = _GATHERED_ON_A_COAST_RE.search(s.text)
    named = places.codes_in(coast["coast"]) if coast else []
    if not named:
        return None
    if (head := _INLINE_DATELINE.match(s.text)) and (city := places.city_in(head[0].title())) and city[0] == named[0]:
        return city
    return named[0], ""


def _place_right_after(doc: Document, s: Sentence, at: int) -> tuple[str, str] | None:
    """(host, city) of the capital or city named right after position `at` of sentence s (after its spaces), or None."""
    at += len(s.text[at:]) - len(s.text[at:].lstrip())
    if capital := next((m for m in doc.mentions(s) if m.start == s.start + at and m.is_capital), None):
        return capital.iso3, countries.get(capital.iso3).capital
    return places.city_in(s.text[at:]) if places.city_start(s.text[at:]) == 0 else None


# Round 60 (visits60a): the place right after the gathering told as a state's city: "in the Uzbek city of Khiva"
_CITY_OF_THE_STATE = re.compile(r"\s+the\s+(?-i:[A-Z])[\w-]+\s+(?:city|town)\s+of\s+(?-i:[A-Z])[\w'’-]+"
                                r"(?:\s+(?-i:[A-Z])[\w-]+)?", re.I)


# Round 21: ministers gathering, as leaders do (_GATHERING), for a meeting of their own: "Economy and trade ministers of
# the OTS gathered in Ganja on Thursday for a meeting", "foreign ministers convened in Astana": each one named after as
# taking part came to it (_attendees), a visit of type other (a summit is a meeting of leaders only). Searched only on
# sentences holding a _GATHERING_WORDS word, and after _GATHERING.
_MINISTERS_GATHERING = re.compile(r"(?:\bministers\b[^.;]{0,80}?\b(?:gathered|convened|assembled)"
                                  # round 29: the ministers' council meeting ("The OTS Council of Foreign Ministers met
                                  # in Astana on Thursday"; not two ministers meeting, "the ministers met in Astana")
                                  r"|\bcouncil\s+of\s+(?:[\w-]+\s+){0,2}?ministers\s+(?:[\w-]+\s+){0,6}?met)"
                                  + _HELD_DAY + r"\s+(?:in|at)\b"
                                  # round 56 (visits A): the ministers of a body of states meeting ("Transport ministers
                                  # of the Organization of Turkic States (OTS) met on Thursday on the shore of Lake
                                  # Issyk-Kul for their seventh meeting"), its place maybe the dateline's alone
                                  r"|\bministers\s+of\s+the\s+"
                                  r"(?P<body>(?-i:[A-Z][\w-]*)(?:\s+(?:of|(?-i:[A-Z][\w-]*)))+)"
                                  r"(?:\s+\((?-i:[A-Z]{2,6})\))?(?:\s+met" + _HELD_DAY + r"\s+(?:in|at|on)\b"
                                  # round 60 (visits60a): their signing told first, the meeting after ("Transport
                                  # ministers of the OTS on May 27 signed a protocol … at their ninth meeting, held this
                                  # year in the Uzbek city of Khiva")
                                  r"|" + _HELD_DAY + r"\s+signed\b[^.;]{0,200}?\bat\s+(?:their|the)\s+"
                                  r"(?:[\w-]+\s+)?meeting,?\s+(?:held|hosted)\s+(?:this\s+year\s+)?in\b)"
                                  # round 57 (summit): the meeting of a body's ministers told held ("The meeting of the
                                  # Ministers in charge of Economy and Trade of the Organization of Turkic States (OTS)
                                  # took place on Thursday at …"), its place maybe the dateline's alone
                                  r"|\bmeeting\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?ministers\b[^.;]{0,80}?"
                                  r"\bof\s+the\s+"
                                  r"(?P<org>(?-i:[A-Z][\w-]*)(?:\s+(?:of|(?-i:[A-Z][\w-]*)))*)"
                                  r"(?:\s+\((?-i:[A-Z]{2,6})\))?\s+(?:took\s+place|was\s+held)" + _HELD_DAY
                                  + r"\s+(?:in|at|on)\b", re.I)


# The head of a state's delegation, told in Russian right after the meeting's day and place: "В Бишкеке в среду,
# 18 октября, прошло заседание … комиссии." "Азербайджанскую делегацию возглавил вице-премьер-министр Шахин
# Мустафаев", "Делегацию казахстанской стороны возглавила …" is not this form (the stem must open the phrase)
# the one who headed it, after the verb; the title may list with commas, up to the name: "возглавил министр
# инвестиций, промышленности и торговли Лазиз Кудратов, прибывший …"
# round 67 (visits67): or the imperfective "возглавлял" ("Узбекскую делегацию возглавлял заместитель премьер-министра
# X", dev/1091)
_RU_HEADED = r"возглав(?:и|ля)(?:л|ла|ли)\s+(?P<head>[^;.]+?(?-i:[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)(?=[,;.]|$)|[^,;.]+)"
_RU_DELEGATION_HEAD = re.compile(r"\b(" + "|".join(stem.lower() for stem in places.RU_ADJECTIVE_STEMS)
                                 # round 62 (visits62): its part of a commission ("Азербайджанскую часть комиссии
                                 # возглавил вице-премьер …")
                                 + r")\w*\s+(?:делегаци\w+|част[ьи]\s+(?:[\w-]+\s+)?комисси[ия])\s+" + _RU_HEADED, re.I)
# The head of a delegation named in its visit sentence, by the verb of heading: "Делегацию Азербайджана, прибывшую в
# Астану во вторник, 14 мая, возглавил заместитель премьер-министра …", "The Azerbaijani delegation, which arrived in
# Astana on Tuesday, was led by …", Azerbaijani and Turkish the head before the verb ("Astanaya gələn Azərbaycan
# nümayəndə heyətinə Baş nazirin müavini … başçılıq edib", "Astana'ya gelen Azerbaycan heyetine … başkanlık etti")
# Round 61 (visits61): the state in the genitive after the noun, opening the sentence ("Делегацию Кыргызстана
# возглавил Председатель Кабинета министров …, который в тот же день прибыл в Турцию")
_RU_DELEGATION_OF_STATE_HEAD = re.compile(r"^\W*делегаци\w+\s+(?P<state>(?-i:[А-ЯЁ])[а-яё]+)\s+" + _RU_HEADED, re.I)
_HEADED_BY = re.compile(_RU_HEADED + r"|\b(?:was|were|is|has\s+been)\s+(?:led|headed)\s+by\s+(?P<en>[^,;.]+)"
                        # (round 26: a comma may set the delegation off, "Dün Ercan Havalimanı'na gelen heyete, … başkanlık
                        # ediyor")
                        r"|\b(?:heyətinə|heyetine|heyete),?\s+(?P<ta>[^,;.]+?)\s+(?:başçılıq|başkanlık)\s+(?:ed|et)", re.I)
_HEADED_BY_WORDS = ("возглав", "led by", "headed by", "başçılıq", "başkanlık")  # one is in every _HEADED_BY match


def _headed_delegation(sentence: str, resolver: Resolver) -> Person | None:
    """The visitor of a delegation's visit sentence that names its head by the verb of heading (_HEADED_BY): the one
    named there, of the table or a titled newcomer, of the delegation's state (_delegation_country) when his own is
    not known. None when the head is of no known state or the sentence names no delegation."""
    m = _HEADED_BY.search(sentence)
    iso3 = _delegation_country(sentence) if m else None
    if iso3 is None and not (m and m["ta"]):
        return None
    phrase = m["head"] or m["en"] or m["ta"]
    head = next(iter(_persons_in(phrase, resolver)), None) or _titled_newcomer(phrase, resolver) \
        or (_ru_titled_head(phrase, resolver) if iso3 and m["head"] else None)
    if iso3 is None and head is not None:
        # round 26: a Turkish or Azerbaijani delegation told by no state ("Dün Ercan Havalimanı'na gelen heyete, Azerbaycan
        # Girişimciler Konfederasyonu Başkanı X başkanlık ediyor"): its head's title names it
        iso3 = head.iso3 or (codes[0] if len(codes := places.codes_in(phrase)) == 1 else None)
    if iso3 is None:
        return None
    if head is None or head.iso3 not in ("", iso3):
        return None
    return head._replace(iso3=iso3)


def _ru_titled_head(phrase: str, resolver: Resolver) -> Person | None:
    """Round 72 (arrive72): the head the Russian verb of heading names after a title _titled_newcomer leaves to the
    state's own offices ("которую возглавил губернатор (вали) X Y", dev/1152: "губернатор" titles Russia's governors as
    often, _LOCAL_OFFICE_STEMS), read when the delegation's own words name its state: the one name
    people.ru_titled_mentions reads after a title, a newcomer to the table; None otherwise."""
    named = {name for _title, _of, name in ru_titled_mentions(phrase)}
    person = resolver.resolve(named.pop(), speaking=False) if len(named) == 1 else None
    return person if person and person.rule == "unlisted name" else None


_RU_SAME_DAY = re.compile(r"\bв\s+тот\s+же\s+день\b", re.I)


def _ru_delegation_head(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """A visit of the head of a foreign delegation (_RU_DELEGATION_HEAD, sentence k) to the meeting the sentence
    before tells with its day and a city of another state; type `other`, confidence ≤ 0.7. None otherwise."""
    m = _RU_DELEGATION_HEAD.search(doc.sentences[k].text)
    if m:
        iso3 = places.RU_ADJECTIVE_STEMS[m[1].capitalize()]
    elif (m := _RU_DELEGATION_OF_STATE_HEAD.search(doc.sentences[k].text)) \
            and len(codes := places.codes_in(m["state"])) == 1:
        iso3 = codes[0]
    else:
        return None
    head = next((p for p in _persons_in(m["head"], resolver) if p.iso3 == iso3), None) \
        or _titled_newcomer(m["head"], resolver)
    before = doc.sentences[k - 1]
    days = _days(before, published, None, local=True)
    if not days and head and k > 1 and _RU_SAME_DAY.search(doc.sentences[k].text):
        # round 61 (visits61): "…, который в тот же день прибыл в …" after a sentence of no day ("В пятницу в Измире
        # прошел форум. В нем приняли участие …"): the day and place of the one before that
        before = doc.sentences[k - 2]
        days = _days(before, published, None, local=True)
    last = doc.sentences[k]
    if not days and head and (after := _ru_meeting_told_after(doc, k)):  # round 39 (visits B2)
        before, last, days = after, after, _days(after, published, None, local=True)
    if not days and head and (after := _ru_guests_arrived_after(doc, k)):  # round 68 (forum68b)
        before, last, days = after, after, _days(after, published, None, local=True)
    place = _sentence_place(doc, before, iso3) if days and head else None
    if not place or not place[1] or head.iso3 not in ("", iso3):
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, head._replace(iso3=iso3), place[0], place[1], "other",
                      (min(before.start, doc.sentences[k - 1].start), last.end), min(head.confidence, 0.7))


# Round 50 (Azerbaijani, Turkish): a meeting told held with its day and city, and in the same sentence the visiting
# delegation's head ("İclas noyabrın 20-də Düşənbədə keçirildi, Azərbaycan nümayəndə heyətinə … naziri X başçılıq
# edirdi", "Toplantı 3 Mart'ta Bakü'de yapıldı, Türkiye heyetine … Bakanı X başkanlık etti"): his visit there, of type
# other
_TA_HELD = re.compile(r"\b(?:keçiril(?:di|ib|mişdir)|düzenlendi|yapıldı|gerçekleştirildi)\b")
_TA_HELD_WORDS = ("keçiril", "düzenlendi", "yapildi", "gerçekleştirildi")  # as s.check (lowered, "ı" as "i") holds them


def _ta_held_with_delegation_head(doc: Document, s: Sentence, published: date, resolver: Resolver,
                                  lead_day: date | None) -> VisitFound | None:
    """The visit of the head of a delegation (_headed_delegation) named after a meeting told held (_TA_HELD) in the
    same sentence, with the sentence's first day and a place of another state than his; None otherwise."""
    held = _TA_HELD.search(s.text)
    head = _headed_delegation(s.text[held.end():], resolver) if held else None
    days = _days(s, published, lead_day, True) if head else None
    place = _sentence_place(doc, s, head.iso3) if days else None
    if not place or not place[1] or place[0] == head.iso3:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, head, place[0], place[1], "other", (s.start, s.end), min(head.confidence, 0.7))


def _summit_day(doc: Document, k: int, published: date, days: list) -> tuple:
    """The day of the summit sentence k tells: its first day, unless that is an arrival's told in a clause without
    the summit ("The Turkish president, who flew into the Azerbaijani capital on Monday evening, told the seventh
    summit …"): then the sentence's first day outside that clause, else the day a day or two later that one of the
    SUMMIT_SENTENCES before names ("… used a gathering … on Tuesday"), else the arrival's."""
    first, text = days[0], doc.sentences[k].text
    m = _ARRIVAL_CLAUSE.search(text)
    if not m or not m.start() <= first[2] < m.end() or _SUMMIT_WORD.search(m[0]):
        return first
    if other := next((d for d in days if not m.start() <= d[2] < m.end()), None):
        return other
    for before in reversed(doc.sentences[max(0, k - SUMMIT_SENTENCES):k]):
        if later := [d for d in _dates(before, published) if first[0] < d[0] <= first[0] + _ARRIVED_BEFORE]:
            return later[0]
    return first


_SUMMIT_WORD = re.compile(r"summit|саммит|zirv|sammit", re.I)  # round 78 (summit78): Azerbaijani "sammit"


def _same_gathering(summit: VisitFound, other: VisitFound) -> bool:
    """Does `other` tell the summit `summit` again: the same host, no other city, and the same first day or, told
    with an arrival's day, one of the _ARRIVED_BEFORE days before ("… Zirvesi dün … Çolpon-Ata'da yapıldı." "… pazar
    günü Kırgızistan'a gelen Cumhurbaşkanı …, zirvede yaptığı konuşmada …": Sunday is his arrival, not a summit)?"""
    return summit.host == other.host and summit.start - _ARRIVED_BEFORE <= other.start <= summit.start \
        and other.city in ("", summit.city)


def _came_for(visit: VisitFound, summit: VisitFound) -> bool:
    """A visit told right after a summit, to its host, starting on its day or a day or two before ("The first
    summit of … was held today in Turkmenbashi." "Aliyev arrived in Turkmenbashi on 13 December"): the
    leader came for the summit, a summit visit (in the summit's city when the visit names none); a state or
    official visit told with it stays one. True then."""
    if visit.host != summit.host or not summit.start - _ARRIVED_BEFORE <= visit.start <= (summit.end or summit.start):
        return False
    if visit.visit_type in ("other", "working") and summit.visit_type == "summit":  # a working visit for a summit is told as the summit
        visit.visit_type = "summit"
    visit.city = visit.city or summit.city
    return True


def _arrived_for_the_meeting(doc: Document, visit: VisitFound, summit: VisitFound) -> bool:
    """Round 64 (visits64a): is the visit, told right after a ministers' meeting (_gathering's, of no visitor and type
    other) and come for it (_came_for), one of its guests as those listed at it are (at_meeting: "… nazirlərinin
    növbəti iclası noyabrın 20-də … Buxara şəhərində keçirilib." "… nazir X dünən axşam Buxaraya gəlib", dev/1052), so
    that with the ministers of two more states it is a summit (_ministers_of_several_states)? Not one read from a
    surname the article never gives in full ("Deputy Minister Aliyev arrived …", dev/792: _surname_twin's)."""
    return summit.visitor is None and summit.visit_type == "other" and visit.visitor.name in doc.text


# Round 61 (visits61): the delegations, plural and unnamed, told come ("Nümayəndə heyətləri … gəliblər", Turkish
# "Heyetler … geldi")
_DELEGATIONS_CAME = re.compile(r"^\W*(?:nümayəndə\s+)?(?:heyətləri|heyetler(?:i)?)\b[^.;]{0,80}?"
                               r"\b(?:gəlib|geldi|gelmiş)", re.I)


def _attended(doc: Document, s: Sentence, k: int, summit: tuple[int, VisitFound] | None, attending: list[bool],
              resolver: Resolver, visits: list[VisitFound], published: date,
              article_summit: VisitFound | None = None, live: bool = False) -> tuple[int, VisitFound] | None:
    """_attendees of sentence k when a summit was told in the SUMMIT_SENTENCES before and the sentence holds an
    _ATTEND_WORDS word (`attending`: filled from the article on first need, as most articles tell no summit), or
    further on when the summit is the one the article is about (`article_summit`, see _about_the_summit); the
    summit, as the last sentence that told who came when one did: a list of those who came runs on over sentences
    ("… were greeted by Aliyev." "Orban flew in on Monday evening …" "Tatar and Berdimuhamedow also attended on
    Tuesday."). Round 67 (summit67): in a live blog (`live`, _live_blog_lead_end) every entry is of the summit its lead
    tells, however far."""
    far = summit is not None and k - summit[0] > SUMMIT_SENTENCES and not (live and summit[1] is article_summit)
    if summit is None or (far and summit[1] is not article_summit) or _in_another_digest_item(doc, summit[1], s.start):
        return summit  # (round 77, chrono77: a summit of an earlier dated item is none a later item's people came to)
    if not far and ("heyətləri" in s.text or "eyetler" in s.text) and _DELEGATIONS_CAME.search(s.text):
        # round 61 (visits61): all the delegations came a day or two before ("Nümayəndə heyətləri bir gün əvvəl –
        # iyunun 17-də Şuşaya gəliblər"): those listed next start then, the list runs on
        came = [d[0] for d in _days(s, published, None, local=True)
                if summit[1].start - _ARRIVED_BEFORE <= d[0] < summit[1].start]
        if came:
            summit[1].start = came[0]
            return k, summit[1]
    if not far and s.text.rstrip()[-1:] == ":" and _ATTENDEES_LIST_HEAD.search(s.text):
        return _attendees_listed_by_line(doc, k, summit, resolver, visits, published)  # round 89 (o1)
    if not attending:
        attending.extend(doc.holding(_ATTEND_WORDS))
    if not attending[k] or (far and not _about_the_summit(doc, s, summit[1], published)):
        return summit
    return (k, summit[1]) if _attendees(doc, s, summit[1], resolver, visits, published) else summit


# Round 89 (o1, attendees_listed_by_line): the heads of delegation at a meeting told just before, announced by a line
# ending in a colon and listed one a line with their state and title ("Toplantıya katılan heyet başkanları:" /
# "Azerbaycan Cumhuriyeti Tarım Bakanı X Y" / "Macaristan Tarım Bakanlığı Devlet Sekreteri Z W (gözlemci)", dev/1361;
# "Участники:", "Attending:"): each line is read as a sentence of those who took part (_attendees). The list ends at
# the first line that is a sentence (a full stop: "Türkmenistan'ı ise … video konferans yoluyla temsil etti.").
_ATTENDEES_LIST_HEAD = re.compile(r"(?:\bkatılan\s+(?:heyet\s+başkanları|bakanlar)|\bkatılımcılar|\bkatılanlar"
                                  r"|\bучастники(?:\s+(?:встречи|заседания|совещания))?|\battending|\bparticipants)"
                                  r"\s*:\s*$", re.I)
_LIST_LINE_MAX = 160  # a line of a state, a title and a name; longer is running text
# Round 89 (o1): the heads of delegation told arrived after their list, with a day ("23 Eylül'de Türkistan'a ulaşan
# heyet başkanları onuruna …", dev/1361): those listed came then, when it is a day or two before the meeting
_LISTED_HEADS_ARRIVED = re.compile(r"\b(?:ulaşan|gelen)\s+heyet\s+başkanları\b|\bheyet\s+başkanları\b[^.;]{0,60}?"
                                   r"\b(?:ulaştı|geldi)\b", re.I)


def _attendees_listed_by_line(doc: Document, k: int, summit: tuple[int, VisitFound], resolver: Resolver,
                              visits: list[VisitFound], published: date) -> tuple[int, VisitFound]:
    """The visits of those a list under sentence k names, one a line (_ATTENDEES_LIST_HEAD); their start the day the
    sentence after the list tells them arrived (_LISTED_HEADS_ARRIVED), if any. The summit, as of the list's last line
    when anyone was added."""
    told, last = len(visits), k
    for j in range(k + 1, len(doc.sentences)):
        line = doc.sentences[j]
        text = line.text.rstrip()
        if not text or len(text) > _LIST_LINE_MAX or text[-1] in ".!?:;" \
                or "\n" not in doc.text[doc.sentences[j - 1].end:line.start]:  # a line of its own
            break
        _attendees(doc, line, summit[1], resolver, visits, published, gathering=True)
        last = j
    added = visits[told:]
    if not added:
        return summit
    for after in doc.sentences[last + 1:last + 3]:
        if "heyet" in after.check and _LISTED_HEADS_ARRIVED.search(after.text):
            came = [d[0] for d in _days(after, published, None, local=True)
                    if summit[1].start - _ARRIVED_BEFORE <= d[0] < summit[1].start]
            for visit in added if came else ():
                visit.start = came[0]
            break
    return last, summit[1]


_POSSESSIVE_VISIT = re.compile(r"\b(?P<name>(?:[A-Z][\w-]+\s){0,2}[A-Z][\w-]+)['’]s\s+(?:first\s+)?"
                               r"(?:state|official|working)\s+visit\b")


def _possessive_visit_of_another(sentence: str, visitor: Person, place: tuple[str, str],
                                 resolver: Resolver) -> tuple[Person, list, tuple[str, str]] | None:
    """Round 63 (visits63b): a leader read as the visitor of a state whose own leader's name owns the visit told
    ("The presidents of A and B made statements …, following talks held within the framework of X's state visit"):
    the visit is X's, and its host the state of the one read first (its city told with the arrival, if any)."""
    if not (m := _POSSESSIVE_VISIT.search(sentence)):
        return None
    owner = resolver.resolve(m["name"], speaking=False)
    if owner is None or owner.iso3 != place[0] or owner.iso3 == visitor.iso3:
        return None
    return owner, [], (visitor.iso3, "")

# Round 69 (timeline69): a timeline's dated item, told with no verb (dev/1114, an explainer's "Visits and signings"): a
# bullet, a day with its month and year, a dash, who (a name, its title after a comma at most) and "in" a city of
# another state, then what happened, in clauses parted by commas or semicolons: "- 17 July 2025 — Mikayil Jabbarov,
# Azerbaijan's economy minister, in Ashgabat; 11th session of the intergovernmental commission; 6 documents", "- 12
# March 2026 — Serdar Berdimuhamedow in Baku, state visit; 9 documents, including a roadmap …". Its type is the one the
# item says (_type_of), else other; a count of documents opening a clause is what was signed (the list's way, no verb),
# and an item counting none tells that none was (a timeline lists each signing). A month with no day ("- August 2025 —
# X in Baku; private visit") dates no visit; "Second half of 2026 — X expected in …" is none.
_TIMELINE_ITEM = re.compile(r"[•*·–—-][ \t]*(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)[ \t]*[–—-][ \t]+"
                            r"(?P<who>[^;\n]{3,120}?),?\s+in\s+(?P<place>[A-Z][^\s,;]*(?:\s+[A-Z][^\s,;]*)?)"
                            r"(?P<rest>(?:[,;][^\n]*)?)$")
_TIMELINE_COUNT = re.compile(r"[,;]\s*(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+"
                             r"(?P<more>(?:more|further|additional)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:documents|agreements|memorand\w+|treaties|contracts|deals)\b",
                             re.I)
# A later item of the visit's days that names the visit and counts more: "- 13 March 2026 — Business Forum in Baku on
# the second day of the state visit; 4 more agreements between companies" adds its four to the visit's nine.
_TIMELINE_DAY_OF_THE_VISIT = re.compile(r"\b(?:day|days|sidelines|margins)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?visit\b",
                                        re.I)


def _timeline_item_visit(s: Sentence, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit a timeline's dated item tells (_TIMELINE_ITEM): one person of a known state, a city of places.CITIES
    or a capital of another state; its documents those the item counts (_TIMELINE_COUNT), else none."""
    if (m := _TIMELINE_ITEM.match(s.text)) is None or not (days := when.dates_in(m["day"], published)):
        return None
    # (a name the office holders table does not know, of the state its title names: "X, Azerbaijan's economy minister")
    named = _persons_in(m["who"], resolver) or [person for person in (_appositive_visitor(
        s.text[m.start("who"):m.start("place")], resolver, _TIMELINE_PLACE_AFTER),) if person]
    if len(named) != 1 or not named[0].iso3:
        return None
    visitor = named[0]
    place = _place(places.mentions(m["place"]), visitor.iso3, m["place"])
    if not place or not place[1] or place[0] == visitor.iso3:
        return None
    visit = VisitFound(days[0][0], None, visitor, place[0], place[1], _type_of(m["rest"], False) or "other",
                       (s.start, s.end), min(visitor.confidence, 0.7))
    count = _TIMELINE_COUNT.search(m["rest"])
    visit.documents_said, visit.documents = True, _en_count_value(count[1]) if count else 0
    return visit


# Round 87 (year_first_chronology): an Azerbaijani chronology's dated line, its year first, then its day and month, a
# dash and a noun phrase with no verb: the visitor in the genitive, the host by its country in the dative or its city
# in the locative, the visit noun last ("2022, 24 avqust – Qasım-Jomart Tokayevin Azərbaycana dövlət səfəri (Bakı)",
# "2025, 22 aprel – Baş nazir Olcas Bektenovun Bakıya işgüzar səfəri, 6 sənəd imzalanıb"), or his participation in a
# summit ("2024, 4 iyul – İlham Əliyevin Astanada ŞƏT+ formatında dövlət başçılarının görüşündə iştirakı"; dev/1329's
# "Xronologiya" box). Its type the line's; documents those a clause counts as signed, else none (the box lists each
# signing). A month with no day ("2023, noyabr – …") dates none; a line of no visit noun ("telefon danışığı") is none,
# and a participation in anything but a summit (a forum, a ceremony) is none.
_YEAR_FIRST_ITEM = re.compile(r"((?:19|20)\d\d),[ \t]+(\d{1,2})[ \t]+([^\W\d_]{3,})[ \t]+[–—-][ \t]+(?P<rest>[^\n]+?)"
                              r"(?P<head>\s(?:səfəri|iştirakı))(?P<tail>\s*\([^()\n]{2,30}\))?"
                              r"(?:,\s*(?P<signed>\d{1,3})\s+(?:sənəd|saziş)\w*\s+imzalan\w*)?\s*$")


def _year_first_chronology_visit(s: Sentence, resolver: Resolver) -> VisitFound | None:
    """The visit an Azerbaijani chronology's year-first dated line tells (_YEAR_FIRST_ITEM): one person of a known
    state in the genitive, a place of another state, a visit noun (a summit's for a participation) last."""
    if (m := _YEAR_FIRST_ITEM.match(s.text)) is None or (month := when._AZ_MONTHS.get(m[3].lower())) is None:
        return None
    found = places.mentions(m["rest"] + (m["tail"] or ""))
    # the visitor: the genitive owner before the place (the run of capitals may go on to a city: "Əliyevin Astanada")
    named = _az_genitive_owner_of_the_visit(m["rest"][:found[0].start], resolver) if found else []
    if len(named) != 1 or not named[0].iso3:
        return None
    visitor = named[0]
    place = _place(found, visitor.iso3, m["rest"])
    if not place or not place[1] or place[0] == visitor.iso3:
        return None
    kind = _type_of(m["rest"], True)
    if m["head"].strip() == "iştirakı" and kind != "summit":
        return None
    try:
        day = date(int(m[1]), month, int(m[2]))
    except ValueError:
        return None
    visit = VisitFound(day, None, visitor, place[0], place[1], kind or "other", (s.start, s.end),
                       min(visitor.confidence, 0.7))
    visit.documents_said, visit.documents = True, int(m["signed"]) if m["signed"] else 0
    return visit


def _timeline_more_signed(s: Sentence, visit: VisitFound | None, published: date) -> bool:
    """Does the dated item `s`, of the days of the timeline's visit just told (from its day to a week after), name that
    visit and count more documents signed (_TIMELINE_COUNT's "more")? Then they are added to its count."""
    if visit is None or not visit.documents_said or (m := _TIMELINE_ITEM_DAY.match(s.text)) is None \
            or not _TIMELINE_DAY_OF_THE_VISIT.search(s.text) \
            or not (count := _TIMELINE_COUNT.search(s.text)) or not count["more"]:
        return False
    days = when.dates_in(m["day"], published)
    if not days or not timedelta(0) <= days[0][0] - visit.start <= timedelta(days=7):
        return False
    visit.documents = (visit.documents or 0) + _en_count_value(count[1])
    return True


def _told_in_a_timeline(doc: Document, visit: VisitFound) -> bool:
    """Is the visit told by a timeline's dated item (_timeline_item_visit: its span opens with the item's day)? Round
    77 (chrono77): or by a chronology's (Document.chronology_items), which says its own type or none ("1 марта 2024
    г. — X принял участие в … форуме" takes no "официальный визит" of a year-only item, dev/1215)?"""
    return (doc.text[visit.span[0]:visit.span[0] + 1] in _BULLETS
            and bool(_TIMELINE_ITEM_DAY.match(doc.text, visit.span[0]))) \
        or (bool(items := doc.chronology_items) and visit.span[0] in items)


_TIMELINE_PLACE_AFTER = re.compile(r",\s+in\s+$")  # the end of a titled visitor's appositive before the item's place
_BULLETS = "•*·–—-"  # how a list's item opens (a cheap gate before _TIMELINE_ITEM_DAY)
_TIMELINE_ITEM_DAY = re.compile(r"[•*·–—-][ \t]*(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)[ \t]*[–—-][ \t]")


# Round 70 (review70): a grid of visits written as text (dev/1129, a year's review: "Date | Visitor | Place | Type |
# Documents", then rows like "12 Mar | X, President of Azerbaijan | Tashkent | State | 9" or "4 Jul | Y | Khankendi,
# Azerbaijan | OTS summit | –"): its header names a column of the day, one of the visitor and one of the place (of the
# type and of the documents maybe), and each row is a visit, read with no verb, as a timeline's item is. The rows and
# cells are Document.grids' (the figures' grids of partners read them too). A day with no year takes the one year the
# headline names (a review of that year), else when's; a bare type ("State", "Working") is that visit's type; a
# count of documents is what was signed, a dash or nothing tells that none were (the grid counts each visit's).
_VISIT_GRID_COLUMNS = (
    ("day", re.compile(r"dates?|days?|when|дата|tarih|tarix", re.I)),
    # round 85 (k2): a city's own column beside the host state's ("Host | City"), its place if the grid has no other
    ("city", re.compile(r"city|town|город|şehir|şəhər", re.I)),
    ("visitor", re.compile(r"(?:visiting\s+)?(?:visitors?|guests?|leaders?|who|delegation)|гост\w*|кто|"
                           r"ziyaret[cç]i|konuk|qonaq", re.I)),
    ("place", re.compile(r"place|venue|where|destination|location|host(?:\s+country)?|место|yer", re.I)),
    ("type", re.compile(r"(?:visit\s+)?(?:type|kind|format)(?:\s+of\s+visit)?|тип|формат|tür|növ", re.I)),
    ("documents", re.compile(r"(?:documents?|agreements?)(?:\s+signed)?|signed|документ\w*|соглашени\w*|"
                             r"belge\w*|anlaşma\w*|sənəd\w*", re.I)))
_VISIT_GRID_NONE = re.compile(r"[–—-]*|none|no|nil|нет|yok|yoxdur", re.I)  # a cell telling no documents signed
# Round 85 (k2): a cell telling documents signed but not how many ("n/d", "n/a", "undisclosed"; dev/1306): the count
# stated unknown, as "more than 20 documents" is (no 0 by _none_signed_unless_told)
_VISIT_GRID_UNDISCLOSED = re.compile(r"n/[da]|undisclosed|not\s+disclosed|unknown|\?|н/д", re.I)
_HEADLINE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Round 85 (k2, _GRID_ROW_TO_COME): a row told as still to come in its day's or type's cell ("10 Dec (scheduled) |
# X | Kyrgyzstan | Bishkek | –") is a trip on the calendar, no visit (dev/1306)
_GRID_ROW_TO_COME = re.compile(r"\b(?:scheduled|planned|expected|upcoming|forthcoming|tbc|tba)\b|планир|ожида|"
                               r"planlan|gözlən", re.I)
# Round 85 (k2, _grid_visitor): a visitor's cell as a name and a title after a comma, the name not in the office
# holders table ("Alparslan Bayraktar, Turkish energy minister"): the appositive's rule (_appositive_visitor), the cell
# its whole sentence (dev/1306)
_GRID_CELL_END = re.compile(r"$")
# Round 85 (k2, _grid_city): a city's cell, a capitalised name of one to three words ("Paks", "Sumgait") (dev/1306)
_GRID_CITY = re.compile(rf"[{CAPITALS}][\w'’-]+(?:[\s-][{CAPITALS}][\w'’-]+){{0,2}}")


def _visit_grid_columns(doc: Document, header: tuple[int, int]) -> dict[str, int]:
    """Which cell of the header row holds each column of a grid of visits (_VISIT_GRID_COLUMNS); none unless the day,
    the visitor and the place each have one."""
    columns: dict[str, int] = {}
    for i, (x, y) in enumerate(doc.grid_cells(*header)):
        for role, pattern in _VISIT_GRID_COLUMNS:
            if role not in columns and pattern.fullmatch(doc.text, x, y):
                columns[role] = i
                break
    if "place" not in columns and "city" in columns:
        columns["place"] = columns.pop("city")  # the city the grid's place
    return columns if {"day", "visitor", "place"} <= columns.keys() else {}


def _headline_year(doc: Document, published: date) -> int | None:
    """The one year the article's headline (its first line) names, none later than its publication (a year's review,
    "… diplomacy in 2025: …"), else None."""
    years = set(_HEADLINE_YEAR.findall(doc.text.split("\n", 1)[0]))
    return int(years.pop()) if len(years) == 1 and int(min(years)) <= published.year else None


def _caption_year(doc: Document, header: tuple[int, int], published: date) -> int | None:
    """Round 85 (k2): the one year the grid's caption, the line right before its header, names, none later than its
    publication ("Bilateral high-level visits between Hungary and Turkic states, 2026"; dev/1306), else None."""
    caption = doc.text[:header[0]].rstrip().rsplit("\n", 1)[-1]
    years = set(_HEADLINE_YEAR.findall(caption)) if len(caption) < 200 else set()
    return int(years.pop()) if len(years) == 1 and int(min(years)) <= published.year else None


def _grid_visitor(text: str, resolver: Resolver, home: str | None) -> list[Person]:
    """Who a visitor's cell names: a person of a known state (_persons_in), else a name the office holders table does
    not know with its title after a comma, of the state the title names (_appositive_visitor); a title naming no state
    ("Márton Nagy, economy minister") is the grid's home state's (_grid_home), if it has one."""
    if named := _persons_in(text, resolver):
        return named
    if "," not in text:
        return []
    if person := _appositive_visitor(text, resolver, _GRID_CELL_END):
        return [person] if person.iso3 else [person._replace(iso3=home)] if home else []
    name, _, title = text.partition(",")
    if home and _BARE_NAME.fullmatch(name.strip()) and not _title_states(title) \
            and any(word in title.lower() for word in _LOCAL_OFFICE_STEMS + _APPOSITIVE_OFFICES) \
            and (person := resolver.resolve(name.strip(), speaking=False)) and person.rule == "unlisted name":
        return [person._replace(iso3=home)]
    return []


def _grid_home(doc: Document, grid: list[tuple[int, int]], column: int, resolver: Resolver) -> str | None:
    """Round 85 (k2): the grid's home state, whose officials it titles with no state ("Péter Szijjártó, foreign
    minister", "Tamás Sulyok, president", while the guests are "Turkish energy minister"): the one state of the
    visitors the office holders table knows whose cell names no state, two of them at least (dev/1306)."""
    homes = []
    for row in grid[1:]:
        cells = doc.grid_cells(*row)
        if len(cells) > column and not _title_states(text := doc.text[slice(*cells[column])]):
            homes += [person.iso3 for person in _persons_in(text, resolver) if person.rule == "name" and person.iso3]
    return homes[0] if len(homes) >= 2 and len(set(homes)) == 1 else None


def _grid_city(text: str, host: str) -> str:
    """The city a city's cell names for a visit to `host`: one of places.CITIES of that state, else a capitalised name
    (_GRID_CITY) that names no state; "" otherwise (round 85, k2)."""
    if city := places.city_in(text):
        return city[1] if city[0] == host else ""
    if any(m.is_capital for m in places.mentions(text)):
        return countries.get(host).capital if all(m.iso3 == host for m in places.mentions(text)) else ""
    return text.strip() if _GRID_CITY.fullmatch(text.strip()) and not places.mentions(text) else ""


def _grid_visit(doc: Document, span: tuple[int, int], columns: dict[str, int], published: date, year: int | None,
                resolver: Resolver, home: str | None = None) -> VisitFound | None:
    """The visit a row of a grid of visits tells: one person of a known state in its visitor's cell, a capital, a city
    of places.CITIES or a state of the ties other than his in its place's, a day in its day's; the city its city's
    cell names, if the grid has one (round 85, k2). A row still to come (_GRID_ROW_TO_COME) is none."""
    row = doc.grid_cells(*span)
    if len(row) <= max(columns.values()):
        return None

    def cell(role: str) -> str:
        return doc.text[slice(*row[columns[role]])] if role in columns else ""
    day = cell("day")
    if _GRID_ROW_TO_COME.search(day) or _GRID_ROW_TO_COME.search(cell("type")):
        return None
    day = day if year is None or _HEADLINE_YEAR.search(day) else f"{day} {year}"
    # a day in English, else in Russian, Azerbaijani or Turkish ("12 марта"), else in figures ("12.03.2025")
    days = when.dates_in(day, published) or when.local_dates_in(day, published) or when.numeric_dates_in(day)
    named = _grid_visitor(cell("visitor"), resolver, home)
    if not days or len(named) != 1 or not named[0].iso3:
        return None
    visitor, where = named[0], cell("place")
    place = _place(places.mentions(where), visitor.iso3, where)
    if not place or place[0] == visitor.iso3:
        return None
    if "city" in columns and (city := _grid_city(cell("city"), place[0])):
        place = place[0], city
    kind = cell("type")
    visit = VisitFound(days[0][0], days[0][1], visitor, place[0], place[1],
                       _type_of(kind, False) or _type_of(f"{kind} visit", False) or "other",
                       span, min(visitor.confidence, 0.7))
    if "documents" in columns:
        count = cell("documents")
        if count.isdigit() or _VISIT_GRID_NONE.fullmatch(count):
            visit.documents_said, visit.documents = True, int(count) if count.isdigit() else 0
        elif _VISIT_GRID_UNDISCLOSED.fullmatch(count):
            visit.documents_said = True  # round 85 (k2): a number not disclosed, no 0 by default (documents None)
    return visit


def _grid_visits(doc: Document, published: date, resolver: Resolver) -> list[tuple[tuple[int, int], list[VisitFound]]]:
    """Each grid of visits in the article (_visit_grid_columns), its span and the visits of its rows."""
    found = []
    for grid in doc.grids:
        if not (columns := _visit_grid_columns(doc, grid[0])):
            continue
        year = _headline_year(doc, published) or _caption_year(doc, grid[0], published)
        home = _grid_home(doc, grid, columns["visitor"], resolver)
        told = [visit for row in grid[1:]
                if (visit := _grid_visit(doc, row, columns, published, year, resolver, home))]
        found.append(((grid[0][0], grid[-1][1]), told))
    return found


# Round 80 (ru_signing_to_come): a Russian signing told to come, not done: the future or a verb of planning or
# expecting right before the signing word ("Будут подписаны 12 соглашений", "будет подписано …", "Планируется
# подписать …", "Стороны намерены подписать …", "Ожидается подписание …"): the sentence tells no signing of the
# visit (its documents as without it), as "imzalanacak" and "will be signed" are not (_TA_SIGNED, _TO_BE_SIGNED).
# Only when every signing word of the sentence is so told: "подписаны 5 соглашений, ещё 3 будут подписаны" keeps its 5.
# Not the imperfective, "Документы будут подписываться позже": signed later, so unstated (round 24 reads it so).
_RU_TO_COME_WORDS = ("буд", "планир", "ожида", "намерен", "предполага")  # one is in every _RU_SIGNING_TO_COME match
_RU_SIGNING_TO_COME = re.compile(r"\b(?:буд(?:ут|ет)|(?:за)?планирова\w*|планиру\w*|ожида\w*|намерен\w*|"
                                 r"предполага\w*)(?:,?\s+(?:также|ещё|еще|что|и))*\s+подпис(?!ыва)")


def _ru_signing_only_to_come(check: str) -> bool:
    """Is every signing word ("подпис…") of the lower-cased sentence told to come (_RU_SIGNING_TO_COME)?"""
    if not any(word in check for word in _RU_TO_COME_WORDS):
        return False
    to_come = len(_RU_SIGNING_TO_COME.findall(check))
    return to_come > 0 and to_come == check.count("подпис")


def find_visits(doc: Document, published: date, resolver: Resolver) -> list[VisitFound]:
    visits: list[VisitFound] = []
    # word checks first (over the whole article at once): most sentences have none of the words the patterns need
    visit_words, meeting_words = doc.holding(_VISIT_WORDS), doc.holding(_MEETING_WORDS)
    local_words = doc.holding(_LOCAL_VISIT_WORDS)
    signed, named_after = doc.holding(_SIGNED_WORDS), doc.holding(("named after",))
    signed_local = doc.holding(_LOCAL_SIGNED_WORDS)
    signed_local = [told and not _ru_signing_only_to_come(s.check) for told, s in zip(signed_local, doc.sentences)]
    # what a sentence may add to a visit it names (_visit_named): only these are asked whose visit it is
    told_in = [any(kinds) for kinds in zip(signed, signed_local, named_after)]
    attending: list[bool] = []  # _ATTEND_WORDS, looked for once a summit is told (most articles tell none)
    welcomed = doc.holding(_WELCOMED_WORDS)  # _WELCOMED, in visit sentences
    received_local = doc.holding(_LOCAL_RECEIVED_WORDS)
    met_local = doc.holding(_LOCAL_MET_WORDS)
    was_in_local = doc.holding(_TA_WAS_IN_WORDS)  # _TA_WAS_IN_PLACE (round 67)
    headed = doc.holding(("возглав",))  # _RU_DELEGATION_HEAD
    headed_to = doc.holding(_HEADED_AT_EVENT_WORDS)  # round 34 (visits, second pass): _HEADED_AT_EVENT
    delegated = doc.holding(_LOCAL_DELEGATION_WORDS)  # _LOCAL_DELEGATION
    headed_by = doc.holding(_HEADED_BY_WORDS)  # _HEADED_BY, in visit sentences
    also_there = doc.holding(_ALSO_THERE_WORDS)  # _ALSO_THERE
    event: tuple[int, VisitFound] | None = None  # the last visit told, and where: who else was there may follow
    co_chaired = doc.holding(_CO_CHAIRED_WORDS)  # _CO_CHAIRED, _LOCAL_CO_CHAIRED
    spoke_at = doc.holding(_EVENT_WORDS)  # _SPOKE_AT
    took_part = doc.holding(_LOCAL_TOOK_PART_WORDS)  # _LOCAL_TOOK_PART
    spoke_local = doc.holding(_LOCAL_SPOKE_WORDS)  # _LOCAL_SPOKE_AT (round 26)
    said_local = doc.holding(_LOCAL_SAID_WORDS)  # _SPEAKING_END (round 28)
    gathering = doc.holding(_GATHERING_WORDS)
    dateline = _dateline_day(doc, published)
    bulletins = "/." in doc.text  # round 82 (s2): a chronicle of bulletins, each with its own dateline
    live_lead_end = _live_blog_lead_end(doc)  # round 67 (summit67)
    posts = list(POST_SIGNATURE.finditer(doc.text)) if "(@" in doc.text else []  # round 81 (links81)
    # (type, countries, years its clause tells) of dayless sentences that say "state visit"
    typed: list[tuple[str, list[str], list[int], str]] = []  # round 48: and whose visit it says it is ("" for any)
    summit: tuple[int, VisitFound] | None = None  # the last summit told with a day and a place, and where
    article_summit: VisitFound | None = None  # the summit the article is about (_about_the_summit)
    cityless: tuple[int, VisitFound] | None = None  # a visit told without its city, and in which sentence
    # round 24: a summit told with its place and no day (sentence, host, city), read from the last dayless sentence
    # with a summit word (`untimed_at`) only when an arrival follows it (most such sentences are followed by none)
    untimed: tuple[int, str, str] | None = None
    untimed_at: int | None = None
    lead_guest: tuple[int, Person, str] | None = None  # round 25: (sentence, visitor, host) of a dayless visit in the lead
    en_guest: tuple[int, Person, str] | None = None  # round 38 (visits A): the same of an English dayless visit sentence
    timeline_visit: VisitFound | None = None  # round 69: the last visit a timeline's dated item told
    grids = _grid_visits(doc, published, resolver) if doc.grids else []  # round 70 (review70): grids of visits
    grid_spans = [span for span, _ in grids]
    for k, s in enumerate(doc.sentences):
        a, b, sentence = s.start, s.end, s.text
        while grids and grids[0][0][1] <= a:
            grids.pop(0)
        if _present_to_come(s):
            continue  # round 80 (own): "X arrives in Baku on Monday", printed before the Monday
        if grids and grids[0][0][0] < b:
            # round 70 (review70): a sentence of a grid of visits: each row a visit (_grid_visits), the grid no prose
            visits += [told for told in grids[0][1] if not any(_same_trip(v, told) for v in visits)]
            grids[0] = grids[0][0], []
            continue
        if sentence[:1] in _BULLETS and _TIMELINE_ITEM_DAY.match(sentence):
            # round 69 (timeline69): a timeline's dated item, "- 12 March 2026 — X in Baku, state visit; 9 documents"
            if (told := _timeline_item_visit(s, published, resolver)) and not any(_same_trip(v, told) for v in visits):
                visits.append(told)
                timeline_visit = told
                continue
            if _timeline_more_signed(s, timeline_visit, published):
                continue
        if sentence[:2] in ("19", "20") and (told := _year_first_chronology_visit(s, resolver)):
            # round 87 (year_first_chronology): "2022, 24 avqust – X-in Azərbaycana dövlət səfəri (Bakı)"
            if not any(_same_trip(v, told) for v in visits):
                visits.append(told)
            continue
        lead_day = dateline[1] if dateline and k == dateline[0] + 1 \
            and not _dateline_holds_its_lead(doc.sentences[dateline[0]]) else None  # the lead, right after it (round 39)
        if lead_day is None and k > 1 and bulletins and (visit_words[k] or local_words[k]):
            lead_day = _bulletin_dateline_day(doc.sentences[k - 1], published)  # round 82 (s2)
        if cityless is not None and (k - cityless[0] > CITY_SENTENCES or _city_from_next(doc, s, cityless[1])):
            cityless = None
        if gathering[k] and _MINISTERS_GATHERING.search(sentence) and (gathered := _gathering(doc, s, published, lead_day)):
            # round 21: ministers gathered, whatever summit the sentence names besides ("… gathered in Ganja on
            # Thursday for a meeting … ahead of the organization's summit in Gabala next month"): the meeting is
            # what those listed next came to
            summit = k, gathered
            continue
        if "araya gel" in s.check and " ile " in sentence \
                and all(sentence.endswith("araya ", 0, m.start()) for m in _LOCAL_VISIT.finditer(sentence)) \
                and (met := _tr_subject_met_visit(doc, s, published, resolver, lead_day)):
            # round 46: "X, … Ankara'da Türkiye Ticaret Bakanı Y ile bir araya geldi" is a meeting where Y is at home,
            # not X's coming (geldi) to the place the dateline names; a visit word besides ("… ziyareti kapsamında …")
            # leaves the sentence to the visit's own reading
            if not any(_same_trip(v, met) for v in visits):
                visits.append(met)
                _add_details(met, sentence, a, signed[k], named_after[k], signed_local[k])
                event = k, met
            continue
        if (_TR_WE_WERE_THERE_GATE[0] in s.check or _TR_WE_WERE_THERE_GATE[1] in s.check) and " ile " in sentence \
                and (told := _tr_we_were_there_with(doc, k, published, resolver)):
            if not any(_same_trip(v, told) for v in visits):  # round 83 (w1): "Bakan X ile birlikte Taşkent'teydik."
                visits.append(told)
                _add_details(told, sentence, a, signed[k], named_after[k], signed_local[k])
                event = k, told
            continue
        if (any(w in s.check for w in _FIRST_PERSON_TRIP_WORDS)
                or (sentence[:1] in "-–—" and sentence and _DATED_PLACE_ANSWER.match(sentence))) \
                and (told := _interview_answer_trip(doc, s, published, resolver)
                     or _signed_author_trip(doc, s, published, resolver)) \
                or (any(w in s.check for w in _MY_VISIT_WORDS)  # round 91 (v1, letter_my_visit); round 69 (az69)
                    and (told := _letter_writer_s_trip(doc, s, published, resolver))):
            if not any(_same_trip(v, told) for v in visits):  # round 43: "– … Xucəndə … rəhbərlik etdim."
                visits.append(told)
                _add_details(told, sentence, a, signed[k], named_after[k], signed_local[k])
                event = k, told
                if sentence[:1] in "-–—" and k + 1 < len(doc.sentences) and (signed[k + 1] or signed_local[k + 1]) \
                        and "\n" not in doc.text[b:doc.sentences[k + 1].start] and _DATED_PLACE_ANSWER.match(sentence):
                    # round 89 (b1): what the day and place answer was (its next sentence, same paragraph) is that
                    # trip's: "— 14 апреля, в Мерсине. Смотрели терминал, подписали … два меморандума …" (dev/1355)
                    after = doc.sentences[k + 1]
                    _add_details(told, after.text, after.start, signed[k + 1], named_after[k + 1], signed_local[k + 1])
            continue
        # (round 69, turkpa: "nazir iyulun 9-da Aşqabada çatıb" is a visit sentence of its own since "Bakıya çatıb" is,
        # _AZ_REACHED_A_NAMED_PLACE; the lead's title reaching its host's capital still dates the lead's visit, dev/358)
        if not ((visit_words[k] and _VISIT.search(sentence)) or (local_words[k] and _LOCAL_VISIT.search(sentence))) \
                or (local_words[k] and lead_guest and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES
                    and _lead_guest_reached(doc, s, published, lead_guest)) \
                or (k and headed[k] and not _days(s, published, lead_day, local_words[k])) \
                or ((" из " in sentence or "one of" in s.check) and _ONE_OF_SEVERAL_VISITS.search(sentence)) \
                or (", who " in sentence and _visits_of_past_years_only(sentence, published)):
            # a delegation's head told with an arrival of no day of its own ("…, прибывший в азербайджанскую столицу
            # в тот же день") is read as the one told without it: the day and place are the sentence's before
            if gathering[k] and (gathered := _gathering(doc, s, published, lead_day)):
                summit = k, gathered
                if not visits and article_summit is None:
                    # round 29: a ministers' meeting the report opens with, as a summit; round 44: the leaders' own
                    # ("… the leaders of Central Asia gathered on …": "Rahmon, who arrived on Friday" later is a guest)
                    article_summit = gathered
                # round 18: who gathered, named there ("The leaders of Azerbaijan, Kazakhstan and Uzbekistan gathered in
                # Astana on Tuesday", "Presidents X, Y and Z convened in …")
                _attendees(doc, s, gathered, resolver, visits, published, gathering=True)
                continue
            met = _meeting_visit(doc, s, published, resolver, lead_day) \
                if meeting_words[k] and _MEETING.search(sentence) else None
            if met is None and meeting_words[k] and ", who " in sentence and " talks " in sentence:
                met = _aside_talks_recalled(doc, s, published, resolver)  # round 59 (visits)
            if met is None and welcomed[k]:
                met = _reception(doc, s, published, resolver, lead_day)
            if met is None and received_local[k]:
                met = _local_reception(doc, s, published, resolver, lead_day)
            if met is None and met_local[k]:
                met = _local_meeting_visit(doc, s, published, resolver, lead_day)
            if met is None and was_in_local[k]:
                met = _ta_was_in_place_visit(doc, s, published, resolver, lead_day)  # round 67 (visits67)
            if met is None and (met_local[k] or "araya" in s.check) and " ile " in sentence:
                met = _tr_subject_met_visit(doc, s, published, resolver, lead_day)  # round 46
            if met is None and received_local[k] and "başkanlığındaki" in sentence:
                met = _tr_received_delegation_of(doc, k, published, resolver, lead_day)  # round 63 (visits63b)
            if met is None and k and headed[k]:
                met = _ru_delegation_head(doc, k, published, resolver)
            if met is None and headed_by[k] and any(w in s.check for w in _TA_HELD_WORDS):
                met = _ta_held_with_delegation_head(doc, s, published, resolver, lead_day)  # round 50
            if met is None and k and headed_to[k]:
                met = _delegation_head_at_event(doc, k, published, resolver)
            if met is None and co_chaired[k]:
                met = _co_chair_visit(doc, s, published, resolver, lead_day, k) \
                    or _sides_co_chair_visit(doc, k, published, resolver)  # round 24: "X tərəfdən A, Y tərəfdən B"
            if met is None and ("led by" in s.check or "headed by" in s.check or "leading" in s.check
                                or "heading" in s.check or "led the" in s.check or "headed the" in s.check):
                met = _side_leader_at_the_event(doc, k, published, resolver)  # round 39 (visits A2)
            if met is None and spoke_at[k]:
                met = _spoke_at_visit(doc, s, published, resolver, lead_day) \
                    or _delegation_at_event_held_in(doc, s, published, resolver, lead_day)  # round 51
            if met is None and took_part[k]:
                met = _local_took_part_visit(doc, s, published, resolver, lead_day)
            if met is None and k and spoke_local[k]:
                met = _local_speaker_at_event_before(doc, k, published, resolver)  # round 26
            if met is None and k and said_local[k]:
                met = _listed_state_minister_speaking(doc, k, published, resolver)  # round 28
            if met is None and lead_guest and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES:
                met = _lead_guest_reached(doc, s, published, lead_guest) \
                    or _lead_guest_welcomed(doc, s, published, lead_guest) \
                    or _lead_guest_attended(doc, s, published, lead_guest, visits)  # round 29, 31, 37
            if met is None and en_guest and 0 < k - en_guest[0] <= EN_GUEST_PRONOUN_SENTENCES \
                    and s.text[:3] in ("He ", "She", "We ", "I m", "I i", "I s", "I t"):
                met = _en_guest_dated_by_pronoun(doc, k, published, en_guest, resolver)  # round 43
            if met is None and k and s.text.startswith(("The ", "A: The ")):
                met = _en_titled_arrival(doc, k, published, resolver)  # round 48: "A: The minister arrived on 8 July"
            if met is None and "заседани" in s.check:
                met = _ru_commission_held_visit(doc, s, published, resolver, lead_day)  # round 31
            if met is None and k and "переговор" in s.check:
                met = _talks_held_after_dayless_visit(doc, k, published, resolver)  # round 76 (digest76)
            if met is None and k and visit_words[k] and "arrived " in sentence:
                met = _arrival_after_the_stay(doc, k, published, resolver, lead_day)  # round 32
            if met is None and meeting_words[k] and "counterpart" in sentence and sentence.startswith(("At ", "During ")):
                met, *more = _at_meeting_with_counterparts(doc, s, published, resolver, lead_day) or [None]  # round 30
                visits.extend(v for v in more if not any(_same_trip(told, v) for told in visits))
            if met and not met.city and (stay := _arrived_before_the_reception(visits, met)):
                met = stay  # round 83 (v83): the reception the day after the arrival is a day of the same stay
            if met and not any(_same_trip(v, met) for v in visits):
                visits.append(met)
                if summit and k - summit[0] <= SUMMIT_SENTENCES and met.visitor is not None \
                        and _arrived_for_the_meeting(doc, met, summit[1]) and _came_for(met, summit[1]):
                    # round 64 (visits64a): "… nazir X dünən axşam Buxaraya gəlib və … qarşılanıb" (_local_reception),
                    # as the arrival told of the visit's own sentence: who else came may follow it
                    met.at_meeting = True
                    summit = k, summit[1]
                # what its own sentence says was signed: "…, where the two sides signed six documents"
                _add_details(met, sentence, a, signed[k], named_after[k], signed_local[k])
                if not met.city and k and received_local[k]:
                    _city_from_before(doc, k, met)  # round 28: "В Ташкенте с рабочим визитом побывал X." "… принял X"
            elif (latest := (told_in[k] and (_visit_named(sentence, visits)
                                             or _two_of_the_visit_before(event, k, sentence))) or _latest(visits)) \
                    and not _in_another_digest_item(doc, latest, a):  # round 76 (digest76)
                _add_details(latest, sentence, a, signed[k], named_after[k], signed_local[k],
                             forum_before=_forum_before(doc, k, sentence),
                             more_over_another=_another_visit_signed_right_before(event, k, latest))
                if not latest.documents_said and len(sentence) < BARE_COUNT_LENGTH \
                        and (bare := _bare_count_answer(doc, k, latest, signed)):
                    latest.documents_said, latest.documents = True, _en_count_value(bare[1])  # round 89 (v1)
                    latest.extra_spans.append((a + bare.start(), a + bare.end()))
            if met is None and also_there[k] and event and k - event[0] <= EVENT_SENTENCES:
                _also_there(doc, s, event[1], resolver, visits, published)
            elif met is None and also_there[k] and visits and "forum" in s.check:
                _also_at_the_forum(doc, s, visits, resolver, published)  # round 31
            if met is not None:
                event = k, met
            summit = _attended(doc, s, k, summit, attending, resolver, visits, published, article_summit,
                               live_lead_end is not None)
            if met is None and k and ("üçlü " in s.check or "üçtərəfli " in s.check):
                # round 72 (events72): a meeting of three states told held with no visit word ("… dışişleri
                # bakanlarının üçlü toplantısı, Azerbaycan'ın Nahçıvan Özerk Cumhuriyeti'nde yapıldı", dev/1154):
                # an untimed summit (_untimed_summit) the arrivals told next came for
                untimed_at = k
            continue
        days = _ended_first(sentence, _arrival_first(sentence, _days(s, published, lead_day, local_words[k])))
        if days and " day" in sentence:
            days = _days_after_arriving_first(sentence, days)  # round 49
        if len(days) == 1 and k and "накануне" in s.check and (eve := _eve_of_the_event_before(doc, k, days[0], published)):
            days = [eve]
        if not days and k and "on the eve of the " in sentence:
            days = _en_eve_of_the_event_before(doc, k, published)  # round 44
        if days and local_words[k] and not _YEAR_DIGITS.search(sentence, days[0][2], days[0][3]) \
                and _YEAR_DIGITS.search(sentence, 0, days[0][2]) \
                and any(c.isdigit() for c in sentence[days[0][2]:days[0][3]]):  # a date, no "во вторник" (round 18)
            days = _in_the_year_told_earlier_in_sentence(sentence, days, published)  # round 74 (oped74)
        elif days and k and local_words[k] and not _YEAR_DIGITS.search(sentence, days[0][2], days[0][3]):
            days = _in_the_year_told_before(doc, k, days, published)  # round 70 (history70)
        if len(days) > 1 and _date_in_apposition(sentence, days):
            days = days[1:]
        if len(days) > 1 and ("began" in sentence or "started" in sentence):
            days = _began_first(sentence, days)  # round 31
        if len(days) > 1 and days[0][1] is None:
            days = _span_holding_first(days)  # round 35
        if not days and k and local_words[k]:
            days = _day_of_the_place_before(doc, k, published) or _day_of_the_place_two_before(doc, k, published) \
                or _day_of_the_stamp_before(doc, k, published) \
                or _day_of_the_border_post_before(doc, k, published)  # round 69 (az69), round 73 (border73)
        if not days and "katilmak" in s.check and (there := _TR_IN_CITY_FOR_EVENT_RE.search(sentence)) \
                and not _FUTURE.search(sentence, 0, there.end()):  # (the quote after it may tell the future)
            days = [(published, None, there.start(), there.end())]  # round 84 (h4): "… katılmak üzere Bakü'de …"
        if not days and local_words[k] and live_lead_end is not None and a >= live_lead_end:
            # round 68 (turkpa68c); round 69 (khujand69): the first entry's sentence opens with its stamp (dev/1111)
            days = _live_entry_stamp_day(doc, a, published, len(sentence))
        if not days and k and visit_words[k]:
            days = _en_day_of_the_host_place_before(doc, k, published) \
                or _day_of_the_stamp_before(doc, k, published) \
                or _day_of_the_border_post_before(doc, k, published)  # round 38, round 69 (az69), round 83 (old83)
        event_before = None  # round 43: (host, city) of the event told with its day in the sentence before
        border_side = False  # round 83 (old83): the host read off the side of a border post, a place with no city
        capital_unnamed = False  # round 67: the visit's city is its host's capital only for want of a city named
        if not days and k and visit_words[k] and " to " in sentence \
                and (came := _came_to_the_event_before(doc, k, published)):
            days, event_before = came
        if not days and k and local_words[k] and (led := _event_co_chaired_before(doc, k, published)):
            days, event_before = led  # round 92 (v2, DAY_OF_THE_EVENT_CO_CHAIRED)
        if days and _SAID_ON.search(sentence) and _FUTURE.search(sentence):
            days = _outside(days, _SAID_ON, sentence)  # "X will pay a state visit …, his office said on Thursday"
        if days and "spent " in sentence and _SAID_ON.search(sentence):
            days = _outside(days, _SAID_ON, sentence)  # round 38 (visits A): "spent two days in X, it said on Friday"
        if days and visit_words[k] and (_VISIT_TO_COME.search(sentence) or _VISITED_OFTEN.search(sentence)):
            days = []  # "Speaking in Baku on Wednesday, … said the Kazakh leader's visit would take place in May"
        if days and visits and visit_words[k] and any(w in sentence for w in _VISIT_CONTINUES_WORDS) \
                and _VISIT_CONTINUES.search(sentence):
            days = []  # round 31: "Kulubaev's visit continues on Wednesday with …": a later day of the visit told
        if days and visits and local_words[k] and any(w in sentence for w in _LOCAL_VISIT_ENDS_WORDS) \
                and _LOCAL_VISIT_ENDS.search(sentence):
            days = []  # round 57 (visits): "X-in Azərbaycana rəsmi səfəri mayın 22-də başa çatıb": its last day
        if days and (visit_words[k] or local_words[k]) and (off := _VISIT_OFF.search(sentence)):
            # round 19b: "Tokayev's visit …, planned for 14–16 May, has been postponed" (not the day of a clause
            # told after it: "…; he arrived in Baku on Monday")
            days = _after_clause(days, sentence, off.end())
        if days and ("last " in sentence or " ago" in sentence) and _told_at_an_earlier_time(sentence, days[0]):
            days = []  # round 39 (visits A2): "X was in Baku last year for the same forum, he recalled on Tuesday"
        if days and _IN_YEAR.search(sentence) and _told_in_another_year(sentence, days[0]):
            days = []  # round 18: "Mirziyoyev was on a visit to Baku in 2024, he recalled on Tuesday"
        if days and local_words[k] and _recalled_only(sentence) and not _tr_day_of_the_visit_made(sentence, days):
            days = []  # round 18b: "Erdoğan dün Bakü ziyaretini hatırlattı" (the day is the recalling's)
        if len(days) > 1 and ("began" in sentence or "started" in sentence):
            days = _begun_day_first(sentence, days)  # round 39 (visits C): "… on Tuesday, … a visit that began on Monday"
        if days and "day of" in sentence:
            days = _nth_day_of_the_visit_shifted(sentence, days)  # round 39 (visits A2): "on the second day of his visit"
        if not days and k and posts and k <= OPENING_SENTENCES and (visit_words[k] or local_words[k]) \
                and not _FUTURE.search(sentence):
            days = _day_of_the_post_after(s, published, posts)  # round 81 (links81)
        if not days and k and live_lead_end is not None and b <= live_lead_end \
                and (told := _SUMMIT_WORD.search(sentence)) and not _FUTURE.search(sentence):
            days = [(published, None, told.start(), told.end())]  # round 67 (summit67): _live_blog_lead_end
        if not days and k and live_lead_end is not None and b <= live_lead_end and (visit_words[k] or local_words[k]) \
                and (told := _live_lead_visit_now(sentence)):
            days = [(published, None, told.start(), told.end())]  # round 76 (live76): "X is in Y on a state visit"
        if not days and k and (_SUMMIT_WORD.search(sentence) or (local_words[k] and "üç" in sentence)):
            # round 24: "провёл в Алматы … саммит"; round 66: "… üçlü … toplantısına … gitti" (_LOCAL_TYPE)
            untimed_at = k
        if not days and k <= OPENING_SENTENCES and local_words[k]:
            lead_guest = _dayless_lead_told_again(doc, k, resolver, lead_guest)  # round 25
        if not days and visit_words[k]:
            en_guest = _en_dayless_visit(doc, k, resolver) or en_guest  # round 38 (visits A)
        # without a day nothing below is proposed: the visitor, place and type are not looked for
        # more visitors than one: "X, Y and Z arrived in …", "X and Y прибыли"
        visitor, *others = (_visitors(sentence, resolver) if days else None) or [None]
        if days and k and ": The " in sentence[:40] and _EN_ANSWER_LABEL.match(sentence) \
                and (titled := _title_told_before(doc, k, resolver)):
            visitor, others = titled, []  # round 52 (visits): "Karimov: The minister was in …": the label answers
        local = days and visitor is None and local_words[k] and not _LOCAL_NOT_VISIT.search(sentence)
        after = False  # the visitor named after the visit word: "визит Токаева в Узбекистан"
        if local:
            # a participle right after the visit word qualifies who follows it, whoever the sentence names
            # first ("İlham Əliyevin və rəsmi səfərdə olan Macarıstan Prezidenti … bəyanatları": the Hungarian)
            named = _participle_visitors(sentence, resolver) or (
                _ru_relative_visitors(sentence, resolver) if "котор" in sentence else [])  # round 24
            if not named and "наш" in sentence:
                named = _ru_guest_in_our_country(sentence, resolver)  # round 28
            visitor, *others = named or _guest_first(_local_visitors(sentence, resolver, doc.text), doc, s) or [None]
            if visitor is None and (m := _LOCAL_VISIT.search(sentence)):
                visitor = _surname_told_before(doc, s, sentence[:m.start()].strip(" ,"), resolver) \
                    or _surname_before_comma_told_before(doc, s, sentence[:m.start()], resolver) \
                    or _surname_before_topic_told_before(doc, s, sentence[:m.start()], resolver) \
                    or _surname_in_genitive_told_before(doc, s, sentence[:m.start()], m.start(), resolver) \
                    or (is_cyrillic(sentence[:m.start()]) and _ru_surname_after_the_day_told_before(  # round 38
                        doc, s, sentence[:m.start()].strip(" ,"), resolver)) \
                    or _full_name_told_before(doc, s, sentence[:m.start()], resolver) \
                    or _head_of_state_told_before(doc, s, sentence[:m.start()], resolver)
            if visitor is None and "," in sentence:
                visitor = _office_of_the_opening_clause(sentence, days[0][0], resolver)  # round 70 (history70)
            if visitor is None and k and is_cyrillic(sentence) and (m := _LOCAL_VISIT.search(sentence)):
                visitor = _ru_title_told_before(doc, k, sentence[:m.start()], resolver)
            if visitor is None and "министр" in s.check:
                visitor = _ru_unnamed_title_named_after(doc, k, resolver)  # round 82 (v82b)
            if visitor is None and k and not is_cyrillic(sentence):
                visitor = _ta_title_told_before(doc, k, resolver)  # round 46: "Nazir oktyabrın 7-də Fərqanəyə gəlib"
            if visitor is None and "во главе" in sentence and (m := _LOCAL_VISIT.search(sentence)):
                visitor = _ru_delegation_head_told_before(doc, s, sentence[:m.start()], resolver)  # round 33
            if visitor is None and "во главе" in sentence and (led := _RU_DELEGATION_AFTER_VERB.search(sentence)):
                # round 45: the delegation after the verb ("в Ашхабаде побывала делегация … во главе с хокимом X")
                visitor = next(iter(_named_in_subject(led["subject"], resolver)), None)
            # round 71 (places71): going there too, as _CAME reads it ("Pazartesi günü … Aşkabat'a giden Amcaoğlu,
            # temaslarını yarın tamamlayacak", dev/1136; "Daşkəndə gedən Cabbarov")
            if visitor is None and (any(word in sentence for word in _CAME) or "bulunan" in sentence):
                visitor = _participle_surname_told_before(doc, s, resolver) \
                    or _participle_name_told_before(doc, s, resolver) \
                    or _participle_demonym_office_told_before(doc, s, resolver)  # round 29, 61
            if visitor is None and "başkanlığındaki" in sentence:
                visitor = _participle_titled_head_told_before(doc, s, resolver)  # round 88 (v2)
            after = bool(named)
            if visitor is None and (named := _visitors_after(sentence, resolver)):
                (visitor, *others), after = named, True
            if visitor is None and ("zirv" in s.check or "sammit" in s.check) \
                    and (named := _named_at_the_summit(sentence, resolver)):
                (visitor, *others), after = named, True  # round 78 (summit78): "… zirvesinde Erdoğan …"
            if visitor is None and k and "изит" in sentence:
                visitor = _ru_visit_of_name_told_before(doc, s, resolver)  # round 32: "Визит Кошанова в Бишкек …"
                after = visitor is not None
            if visitor is None and k and "изит" in sentence:
                visitor = _ru_visit_of_title_told_before(doc, k, sentence, resolver)
                after = visitor is not None
            if visitor is None and "изит" in sentence and "лав" in sentence:
                visitor = _ru_visit_of_own_head_of_state(doc, sentence, days[0][0])  # round 73 (stenogram73)
                after = visitor is not None
        if visitor is None and days and visit_words[k] and (m := _VISIT.search(sentence)):
            # a surname alone before the English visit word, of someone named in full with a title before ("Energy
            # Minister Alparslan Bayraktar said …" … "Bayraktar arrived in Baku on Monday morning")
            subject = _EN_HONORIFIC.sub("", sentence[:m.start()].strip())
            if subject.endswith((" had", " has")):  # round 56 (visits A): "Uraloğlu had arrived in Kyrgyzstan a day …"
                subject = subject[:-4]
            visitor = _surname_told_before(doc, s, subject, resolver)
            if visitor is None and " " in subject and (paid := _EN_SURNAME_PAID_A.fullmatch(subject)):
                visitor = _surname_told_before(doc, s, paid[1], resolver)  # round 83 (v83)
            if visitor is None and (aside := _SURNAME_ASIDE.match(sentence)) and aside.end() <= m.start():
                # round 21: the surname before a ", who is in …" aside ("Kudratov, who is in Budapest on a two-day
                # visit that began on Wednesday, said …")
                visitor = _surname_told_before(doc, s, aside["surname"], resolver)
            if visitor is None and k and "he " in s.check \
                    and _PROFILE_SUBJECT.fullmatch(subject):  # ("he " is in "the " too)
                visitor = _profile_s_one_person(doc, k, subject, resolver)  # round 86 (w1, profile_subject)
            if visitor is None and ("summit in" in sentence or "summit held in" in sentence):  # round 78 (summit78)
                visitor = _subject_at_the_summit(sentence, resolver) or _when_at_the_summit(sentence, resolver)  # round 26, 28
            if visitor is None and "describe" in sentence:
                visitor = _recalled_own_trip(doc, k, sentence, resolver)  # round 82 (v82b)
            if visitor is None and "recall" in sentence:
                visitor = _recalled_own_visit(sentence, resolver)  # round 26
                if visitor is None and "recalled " in sentence:
                    visitor = _recalled_own_trip(doc, k, sentence, resolver)  # round 50
                if visitor is None and "recalled that" in sentence and ", when " in sentence:
                    visitor = _recalled_when_he_went(doc, s, m, resolver)  # round 50
            if visitor is None and "ead of" in sentence[:m.start()]:
                visitor = _head_of_state_told_before(doc, s, sentence[:m.start()], resolver)  # round 26
        if visitor is None and days and k and (sentence.startswith("The ") or (
                ": The " in sentence[:40] and _EN_ANSWER_LABEL.match(sentence))):  # round 52 (visits): "Q: The …"
            visitor = _title_told_before(doc, k, resolver)  # round 24: "The minister, who travelled to Uzbekistan …"
        if visitor is None and days and k and ("his " in s.check or "her " in s.check):
            visitor = _possessive_visitor_told_before(doc, k, sentence, resolver)  # round 33
        if visitor is None and local and delegated[k]:
            visitor = _local_delegation_head(doc, s, visits, resolver)  # "özbək nümayəndə heyəti martın 4-də Bakıya gəlib"
        if visitor is None and days and headed_by[k]:
            visitor = _headed_delegation(sentence, resolver)  # "Делегацию Азербайджана, прибывшую …, возглавил …"
        if visitor is None and days and "delegation" in sentence:
            visitor = _delegation_led_by(sentence, resolver)  # round 24: "A delegation … led by Speaker X has been in …"
        if visitor is None and days and "delegation, " in sentence:
            visitor = _delegation_aside_led_by(sentence, resolver)  # round 35: "The Kyrgyz delegation, led by …, crossed"
        if visitor is None and days and ("delegation from " in sentence or "delegation of " in sentence):
            visitor = _delegation_from_aside_led_by(sentence, resolver)  # round 51: "A delegation from Osh, led by …,"
        if visitor is None and days and visits and "delegation" in sentence:
            visitor = _delegation_head(sentence, visits)  # "The Azerbaijani delegation arrived in Tashkent on Tuesday"
        if visitor is None and days and k and visit_words[k] and "delegation" in sentence:
            visitor = _delegation_of_dayless_lead(doc, k, visit_words, resolver)  # round 26
        if visitor is None and days and visit_words[k] and ("delegation" in sentence or "mission" in sentence):
            visitor = _delegation_head_named_next(doc, k, resolver)  # round 30
        if visitor is None and days and k and visit_words[k] and "delegation" in sentence:
            # round 44: "The Uzbek delegation, …, arrived"
            visitor = _co_chair_of_the_delegation_before(doc, k, resolver)
        if visitor is None and days and k and visit_words[k] and _THE_DELEGATION_OPENS.match(sentence):
            visitor = _en_delegation_head_told_before(doc, k, resolver)  # round 44: "The delegation arrived in …"
        if visitor is None and days and visit_words[k] and ", who " in sentence:
            # round 39 (visits A2): "Mr X, who chairs …, arrived"; round 51: "Mr X, who arrived in Budapest on …, met"
            visitor = _surname_before_who_aside(doc, s, resolver)
        if visitor is None and days and visit_words[k] and "visited the " in sentence:
            visitor = _visitor_of_a_site_in_a_city(sentence, resolver)  # round 39 (visits A2): "visited the … zone in Almaty"
        if visitor is None and days and meeting_words[k] and ", " in sentence and ("his " in sentence or "her " in sentence):
            visitor = _appositive_meeting_party(sentence, resolver)  # round 39 (visits A2): "<title>, X, held talks"
        place = (_destination(doc, s, visitor.iso3 if visitor else "")
                 or (_local_destination(doc, s, visitor.iso3 if visitor else "") if local_words[k] else None)
                 or _sentence_place(doc, s, visitor.iso3 if visitor else "")) if days else None
        if days and visitor and "стороне" in s.check and (side := _side_of_the_border_post(sentence, visitor.iso3)):
            place = side  # round 73 (border73): not the centre of the post's region told after it
        if visitor and place and "'s " in sentence and (own := _possessive_visit_of_another(sentence, visitor, place,
                                                                                             resolver)):
            visitor, others, place = own  # round 63 (visits63b): "… talks held within the framework of X's visit"
        if days and local_words[k] and "ada" in s.check and (place is None or place[0] != "CYN") \
                and (island := _the_island(doc, sentence)):
            # round 46: the island the verb of coming names is the goal, not a city named in a body's name after it
            # ("adaya gelen heyette Mersin Ticaret ve Sanayi Odası yöneticileri …")
            place = island
        if days and visitor and place and " from " in sentence and (came := _arrived_in_before_from(doc, s)) \
                and came != place:
            place = None if came[0] == visitor.iso3 else came  # round 39 (visits A2): "X arrived in Tashkent from Baku"
        if days and place and ", who " in sentence and (landed := _arrival_place_before_a_leg_to_come(sentence)):
            place = landed  # round 51 (visits): "X, who landed at Esenboğa Airport …, is to go to Istanbul on Friday"
        if days and event_before and (place is None or place == (event_before[0], "")):
            place = event_before  # round 43
        if days and place and not place[1] and ", the " in sentence and _only_in_title_aside(doc, s, place[0]):
            place = None  # round 26: "…, and X, the leader of the self-declared Turkish Republic of Northern Cyprus, also attended"
        if days and place and ", where" in sentence:
            days = _came_from_days(s, place, published, local_words[k]) or days
        if days and visitor and (place is None or place[0] == visitor.iso3) and " in from " in sentence \
                and _FLEW_IN_FROM.search(sentence):
            # round 53: "X, who flew in from Budapest early on Tuesday, held talks": home, came from; under a newsroom's
            # dateline in capitals ("ALMATY – …"), that place
            place = _bare_dateline_place(doc, visitor.iso3)
        if days and visitor and place is None and dateline and \
                (filed := _dateline_place(doc, dateline[0])) and filed[0] != visitor.iso3:
            # a visit sentence that names no place at all is where the report was filed, another state's ("SÖZCÜ /
            # Ankara | 05.11.2026" … "Kırgızistan Cumhurbaşkanı Sadır Caparov, dün başlayan devlet ziyareti kapsamında
            # … resmi törenle karşılandı")
            place = filed
        if days and visitor and visit_words[k] \
                and (unplaced := _unplaced_arrival_s_dateline(doc, sentence, visitor, place)):
            place = unplaced  # round 72 (events72): "X flew in on Friday afternoon", under "CHOLPON-ATA – …"
        # round 25: and the local names of it ("Ercan Havalimanı'na geldi"), behind airport_city's own word check
        if days and visitor and place is None and ("irport" in sentence or local_words[k]) \
                and (port := places.airport_city(sentence)):
            place = port  # round 22: "Erdogan landed at Manas International Airport on Thursday morning"
        if days and visitor and place is None:
            place = _host_by_pronoun(doc, s, visitor.iso3, k)  # round 28: "dün bu ülkeye … ziyaret başlattı"
        if days and visitor and place is None and "imiz" in s.check and _TR_OUR_CITY.search(sentence):
            place = _bare_dateline_place(doc, visitor.iso3)  # round 89 (g1, _TR_OUR_CITY): "dün kentimize geldi"
        if days and visitor and place is None and visits and ("aytaxt" in sentence or "aşkent" in sentence):
            place = _capital_of_the_visits_host(visits, sentence, visitor.iso3)  # round 69 (turkpa): "paytaxta gəlib"
        if days and visitor and not visitor.iso3 and lead_guest and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and visitor.name == lead_guest[1].name:
            # round 70 (history70): the dayless lead's guest named again by a participle ("Salı günü başkente gelen
            # Bozumbayev, …", dev/1130) is the lead's person, his state read from the lead's title
            visitor = lead_guest[1]
        if days and visitor and place is None and not visits and ("aytaxt" in sentence or "aşkent" in sentence):
            # round 70 (history70): the first visit told, to "the capital" unnamed under a newsroom's dateline in
            # capitals ("ANKARA (AA) - …" then "Salı günü başkente gelen X, …", dev/1130): the dateline's capital
            place = _capital_of_the_dateline(doc, sentence, visitor.iso3)
        if days and visitor and place is None and "the north" in sentence:
            place = _the_turkish_cypriot_north(doc, sentence)  # round 22: "arrived in the north on Wednesday"
        if days and visitor and (place is None or place == (visitor.iso3, "")) and k \
                and any(w in sentence for w in _THE_TOWN_WORDS):
            # round 24: "arrived in the resort town on Wednesday"; round 76 (squote76): the visitor's own state named
            # after reaching "the city" is no goal ("Dün kente ulaşan X, Türkiye-Türkmenistan Karma … Komisyonu
            # toplantısına başkanlık etti", a body's name, dev/1196): the town told before is
            place = _town_told_before(doc, k, visitor.iso3) or place
        if days and visitor and place is None and k and " the " in sentence:
            place = _event_told_before(doc, k, visitor.iso3)  # round 35: "crossed … on October 22 for the two-day event"
        if days and visitor and place is None and k:
            place = _en_side_of_the_border_post_before(doc, k, visitor.iso3)  # round 83 (old83): "on the Tajik side"
            border_side = place is not None
        if days and visitor and place is None and k and " region" in sentence:
            place = _city_of_the_region_told_before(doc, k, visitor.iso3)  # round 38 (visits A)
        if days and visitor and place is None and visits and _ARRIVED.search(sentence):
            place = _arrived_there_too(doc, k, visits[-1], days[0][0])
        if days and visitor and place is None and k and visit_words[k]:
            place = _place_of_the_stay_told_before(doc, k, visitor)  # round 54 (visits): "X was in Ankara last month."
        if local and visitor and place and not place[1] and any(p.iso3 == place[0] for p in others) \
                and _host_by_pronoun(doc, s, visitor.iso3) != place:  # round 28: "bu ülkeye" says whose it is
            # the host told by a country word alone, and someone of that country named as well: whose
            # visit it is the word order does not say ("Prezident İlham Əliyev Türkiyə Prezidentinin
            # Azərbaycana səfəri çərçivəsində …")
            visitor, others = None, []
        if visitor is None and days and lead_guest and k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and (guest_place := _guest_arrival_place(doc, s, place, lead_guest[2])):
            visitor, place = lead_guest[1], guest_place  # round 25: "… nümayəndə heyəti dünən axşam Bakıya gəlib"
        if visitor is None and days and place and lead_guest and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and place[0] == lead_guest[2] and "цы " in sentence and _home_people_arrived(doc, s, lead_guest[0]):
            visitor = lead_guest[1]  # round 63 (visits63b): "Наманганцы прибыли в Денизли во вторник, 19 мая"
        if visitor is None and days and place and lead_guest and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and place[0] == lead_guest[2] and _surname_of_the_lead_guest(sentence, lead_guest[1]):
            visitor = lead_guest[1]  # "Dün sabah … karşılanan Nagy, Türkiye'ye yaptığı … ziyaretinin …"
        if days and lead_guest and (visitor is None or visitor.iso3 == lead_guest[2]) \
                and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES and (place is None or place[0] == lead_guest[2]) \
                and any(w in s.check for w in _WELCOMED_WORDS_EITHER_VOICE) \
                and _guest_welcomed_by_surname(sentence, lead_guest[1]):
            # round 59 (visits): "Dün … Ercan Havalimanı'na ulaşan Bakan Kurum'u, … Bakanı X karşıladı"
            # (the host who welcomed him, at home, is no visitor); round 88 (v2, guest_in_accusative): "kente gelen
            # Cabbarov'u … karşıladı" (dev/1345), the town the lead named ("… geldiği Konya'da"), before the capital
            town = _town_told_before(doc, k, lead_guest[1].iso3) \
                if any(w in sentence for w in _THE_TOWN_WORDS) else None
            visitor, others, place = lead_guest[1], [], place or town or _guest_welcomed_place(s.text, lead_guest[2])
        if days and lead_guest and (visitor is None or visitor.iso3 == lead_guest[2]) and k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and (guest_place := _office_came_to_the_lead_host(doc, s, place, lead_guest[2])):
            visitor, others, place = lead_guest[1], [], guest_place  # round 39 (visits C): "… gələn nazir … ilə görüşüb"
        if days and visitor and place and not place[1] and ("aşkent" in sentence or "aytaxt" in sentence):
            place = _capital_of_the_dateline(doc, sentence, visitor.iso3) or place  # round 39 (visits C): "başkente gelen"
        if days and lead_guest and (visitor is None or place is None) and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and (begun := _lead_guest_begun(doc, s, visitor, place, lead_guest, resolver)):
            # round 35: "Официальный визит главы … правительства в Ашхабад начался накануне, в среду"
            visitor, place, capital_unnamed = begun
        if days and en_guest and (visitor is None or place is None) and 0 < k - en_guest[0] <= EN_GUEST_SENTENCES \
                and (begun := _lead_guest_begun(doc, s, visitor, place, en_guest, resolver)):
            # round 38 (visits A): "… spent two days in Tashkent. The visit, which began on …"
            visitor, place, capital_unnamed = begun
        if days and en_guest and visitor is None and 0 < k - en_guest[0] <= EN_GUEST_PRONOUN_SENTENCES \
                and _QA_LABEL.sub("", sentence[:6], 1)[:3] in ("He ", "She") \
                and (dated := _en_guest_dated_by_pronoun(doc, k, published, en_guest, resolver)):
            # round 43 (second wave): "He flew into Baku on Monday" after a dayless visit of one visitor
            visitor, place = dated.visitor, (dated.host, dated.city)
        if days and visitor is None and (place is None or " из " in sentence) and k \
                and _RU_PRONOUN_ARRIVED.match(sentence) \
                and (dated := _ru_guest_dated_by_pronoun(doc, k, published, resolver)):
            # round 56 (visits B): "… стал рабочий визит премьер-министра Азербайджана Али Асадова в Астану. Он
            # прилетел 13 августа …"
            visitor, place = dated.visitor, (dated.host, dated.city)
        if days and visitor is None and k and sentence.startswith(("The ", "A: The ")) \
                and (titled := _en_title_dated_after_named(doc, k, resolver)):
            visitor, place = titled  # round 48: "Q: … Foreign Minister X came to Baku in July. …" "A: The minister
            # arrived on 8 July …"
        if days and visitor is None and place is None and lead_guest and 0 < k - lead_guest[0] <= LEAD_GUEST_SENTENCES \
                and (typed_talks := _lead_guest_typed_days(doc, s, published, lead_guest, resolver)):
            # round 55: "14-15 Ekim tarihlerinde çalışma ziyareti olarak gerçekleştirilen temaslarda …"
            visitor, place = typed_talks.visitor, (typed_talks.host, typed_talks.city)
        if visitor is None and days and place and k and visit_words[k] and (m := _VISIT.search(sentence)) \
                and not (en_guest and 0 < k - en_guest[0] <= EN_GUEST_PRONOUN_SENTENCES) \
                and _PRONOUN_SUBJECT.fullmatch(sentence[:m.start()].strip()):
            # round 46: not after a dayless visit, whose pronoun it is (above: "He flew into Ankara" then is no visit)
            visitor = _pronoun_of_the_subject_before(doc, k, resolver)
        if visitor is None and local and place and k and _LOCAL_PRONOUN_SUBJECT.match(sentence):
            visitor = _pronoun_of_the_subject_before(doc, k, resolver)  # round 73 (history73): "O, … iştirak edib"
        if visitor is None and local and delegated[k] and k and place and _place_in_case_of_coming(doc, s, place):
            # round 29: "… heyet, salı günü Almatı'ya ulaştı"
            visitor = _delegation_head_named_before(doc, k, place[0], resolver)
        if visitor is None and local and delegated[k] and days and place and k + 1 < len(doc.sentences):
            # round 44: "Tacikistan Sektörel Ticaret Heyeti, 12-14 Mayıs'ta Duşanbe'de temaslarda bulundu. … Bakan
            # Yardımcısı X başkanlığındaki heyete …" (the head told in the sentence after)
            visitor = _delegation_head_named_next_local(doc, k, place[0], resolver)
        if visitor is None and days and place and meeting_words[k]:
            visitor = _meeting_party(sentence, place[0], resolver)  # "Bolat held talks in Baku … during a visit"
        if visitor is None and days and place and welcomed[k]:
            visitor = _welcomed_guest(sentence, place[0], resolver)  # "X welcomed Y to Ankara … for a working visit"
        # "the talks between the two Presidents on the sidelines of the … summit in Baku on 15 October"
        recalled = bool(visitor is None and days and place and visits
                        and ("sidelines" in sentence or "margins" in sentence)
                        and (visitor := _sidelines_leader(sentence, visits[0], place[0], days[0][0])) is not None)
        if visitor is not None and "recall" in sentence and (_RECALLED_OWN_VISIT.search(sentence)
                                                             or ((mt := _RECALLED_OWN_TRIP.match(sentence))
                                                                 and mt["verb"] == "recalled")
                                                             or _RECALLED_THAT_WHEN.match(sentence)):
            recalled = True  # round 26: a visit of the past: what later sentences tell signed is not its
        if visitor is not None and days and visits and (published - days[0][0]).days > _LOOKED_BACK_DAYS \
                and not _under_a_month_head(doc, a) \
                and not (days[0][0].year < published.year and _later_than_all_told(days[0][0], visits)):
            recalled = True  # round 57 (visits): told after the article's visit, months before: a look back
        if visitor is None and days and k and "host" in sentence and (named := _hosted_by_it(doc, k)):
            place = named
        visit_type = (_type_of(sentence, local_words[k]) or "other") if place else "other"
        if days and place and visit_type == "summit" and visitor is None and (coast := _gathered_on_a_coast(doc, s)):
            place = coast  # round 44: "…, as the leaders of the Turkic states gathered on Kazakhstan's Caspian coast"
        if days and place and visit_type == "summit" and visitor is None and not place[1] \
                and _state_of_leaders_titles(doc, s, place[0]) and (told := _summit_city_told_before(doc, k)):
            place = told  # round 44: "… zirveye Azerbaycan Cumhurbaşkanı İlham Aliyev, … katıldı" after "İstanbul'da"
        if days and place and visit_type == "summit":
            day, end, *_ = _summit_day(doc, k, published, days)
            summit = k, VisitFound(day, end, visitor, place[0], place[1], "summit", (a, b), 0.8)
            if not visits and article_summit is None:
                article_summit = summit[1]  # the first thing the article tells: the summit it is about
            elif article_summit is not None and _same_gathering(article_summit, summit[1]):
                summit = k, article_summit  # told again ("PHOTO: … addressing the … Summit in Baku on Nov 12")
            for told in _told_since(doc, k - SUMMIT_SENTENCES, visits):
                _came_for(told, summit[1])  # "Erdoğan arrived in Khankendi on Thursday, a day ahead of the other guests."
            if gathering[k] and _is_gathering(sentence):  # round 18: "The leaders of A, B and C gathered in …"
                _attendees(doc, s, summit[1], resolver, visits, published, gathering=True)
            elif "counterparts" in sentence and _HOSTED_COUNTERPARTS.search(sentence):  # round 24
                _attendees(doc, s, summit[1], resolver, visits, published, gathering=True)
        if days and visitor and place and " the same day" in sentence:
            others = [*others, *_who_arrived_the_same_day(sentence, visitor, resolver)]  # round 72 (events72)
        if days and visitor and place:
            same = None
            for person in (visitor, *others):
                if person.iso3 == place[0]:
                    continue
                confidence = min(person.confidence, 0.9 if visit_type != "other" else 0.8,
                                 0.7 if visit_words[k] and _STAY.search(sentence) else 1.0)
                day, end, *_ = days[0]
                visit = VisitFound(day, end or _last_day(sentence, day), person, place[0], place[1], visit_type, (a, b),
                                   confidence)
                if summit and k - summit[0] <= SUMMIT_SENTENCES and _came_for(visit, summit[1]):
                    summit = k, summit[1]  # who else came may follow this arrival
                elif live_lead_end is not None and article_summit is not None and _came_for(visit, article_summit):
                    summit = k, article_summit  # round 67 (summit67): a live blog's every entry tells its guests
                elif (untimed := _untimed_since(doc, k, untimed, untimed_at)) \
                        and _came_for_untimed(visit, untimed):
                    untimed = k, untimed[1], untimed[2]  # round 24: who else came may follow
                same = next((v for v in visits if _same_trip(v, visit)), None) \
                    or next((v for v in visits if _toured_within(v, visit, sentence)), None) \
                    or next((v for v in visits if _stayed_on_after_the_event(v, visit, sentence)), None) \
                    or next((v for v in visits if _within_his_visit(v, visit, sentence)), None)  # round 54, 70, 90
                # "Визит Эрдогана в Нахчыван стал первым после … 19-20 сентября": a visit named after its
                # visitor refers to the one told before, and the day there may be another's
                # (round 77, chrono77: not one of another dated item of a chronology, "2 февраля 2024 г. — визит X в
                # Ташкент" after X's item of 2023 there: _in_another_digest_item)
                told = after and next((v for v in visits if (v.visitor.name, v.host) == (person.name, visit.host)
                                       and not _in_another_digest_item(doc, v, a)), None)
                if told:
                    same = told
                    if told.visit_type == "summit" and _same_trip(told, visit):
                        _merge(told, visit)  # round 44: a summit's guest listed, then "Dün akşam İstanbul'a gelen X'i"
                elif same is None:
                    visit.recalled = recalled
                    visits.append(visit)
                    same = visit
                else:
                    _merge(same, visit)
                    _arrival_city_first(same, visit, sentence)
            # the lead may tell the visit and what was signed in one sentence: "Türkiye and Kazakhstan
            # signed 15 agreements on Tuesday as Tokayev paid an official visit to Ankara"
            legs = _listed_legs(sentence, same, days) if same is not None and visit_words[k] and ", and " in sentence \
                and "visited " in sentence else []
            if legs:
                # round 86 (w1, listed_legs): each leg its own visit, told with what its own clause says
                _add_details(same, sentence[:legs[0][0]], a, signed[k], named_after[k], signed_local[k])
                for (at, until, leg) in legs:
                    if not any(_same_trip(v, leg) for v in visits):
                        visits.append(leg)
                        _add_details(leg, sentence[at:until], a + at, signed[k], named_after[k], signed_local[k])
            if same is not None:
                if not legs:
                    _add_details(same, sentence, a, signed[k], named_after[k], signed_local[k])
                if not same.city and not border_side:  # round 83 (old83): a checkpoint is in no city told before
                    _city_from_before(doc, k, same)
                # round 67 (visits67): a capital set for want of a city named is open to the next sentences as well
                # ("… avqustun 27-də başlayan Özbəkistana dövlət səfəri …" then "Səfər çərçivəsində Səmərqənddə …",
                # dev/1097)
                cityless = (k, same) if (not same.city and not border_side) \
                    or (capital_unnamed and place[1] == same.city) else None
                event = k, same
        elif (latest := (told_in[k] and (_visit_named(sentence, visits)
                                         or _two_of_the_visit_before(event, k, sentence))) or (
                _latest(visits) if local_words[k] or _THE_VISIT.search(sentence)
                or _visit_is_typed(sentence)  # round 45: "… described the trip as a working visit"
                or _visitor_s_visit(sentence, visits)
                or ("during" in s.check and _DURING_OWN_VISIT.search(sentence)) else None)) \
                and not _in_another_digest_item(doc, latest, a):  # "По итогам визита …"; round 76 (digest76)
            _add_details(latest, sentence, a, signed[k], named_after[k], signed_local[k],
                         forum_before=_forum_before(doc, k, sentence),
                         more_over_another=_another_visit_signed_right_before(event, k, latest))
            if latest.visit_type == "other" and (kind := _visit_is_typed(sentence)):
                latest.visit_type = kind  # "The visit is official."
            elif latest.visit_type == "other" and (_LASTS_UNTIL.search(sentence) or _LASTING_TYPED.search(sentence)) \
                    and (kind := _said_type(sentence, local_words[k])) \
                    and (latest.host in (hosts := _typed_hosts_or_ours(doc, s))
                         or not set(hosts) - {latest.visitor.iso3}):
                # round 90 (v1, VISIT_ENDS): of the visit to the host the sentence names, when it names one (the
                # visitor's own state is his title's: "Qırğızıstan nümayəndə heyətinin işgüzar səfəri …")
                # round 46: "The official visit will last until Friday."; round 69 (tr69): the Turkish participle of
                # its length before the type, "Üç gün sürecek resmi ziyaretin ilk durağı …" (dev/1116)
                latest.visit_type = kind
        elif event is not None and event[0] == k - 1 and event[1].recalled and event[1].visit_type == "other" \
                and _THE_VISIT.search(sentence) and (kind := _visit_is_typed(sentence)):
            # round 75 (visits75): a recalled visit typed by the next sentence, whose subject it is ("… recalled his
            # visit to Ankara on 13 November 2025." "The visit, which was carried out at the official level, …",
            # dev/1192): _latest passes recalled visits over, but the type is of the one just told
            event[1].visit_type = kind
        summit = _attended(doc, s, k, summit, attending, resolver, visits, published, article_summit,
                           live_lead_end is not None)
        if not (days and visitor and place) and (said := _said_type(sentence, local_words[k])) \
                and not _future_beyond_lasting(sentence) and not _EXPECTED_IN.search(sentence):
            typed.append((said, _typed_hosts_or_ours(doc, s), _years_of_the_type(sentence),
                          _owner_of_the_type(sentence, resolver)  # round 38; round 48: whose
                          or _owner_of_the_visit_opening(sentence, visits)))
    if visits and (not visits[0].documents_said or visits[0].documents is None):
        # round 43: a count told before the visit beats a later "imzalanan anlaşmalar" with no number
        _signed_before(doc, visits[0], signed, signed_local)
    elif visits and visits[0].documents_more:
        _further_over_signed_before(doc, visits[0], signed, signed_local)  # round 58 (visits)
    if visits and not visits[0].documents_said:
        _signed_during_the_visit_before(doc, visits[0], signed_local)  # round 28
    elif visits and visits[0].documents is not None and any(signed_local):
        _larger_count_during_the_visit_before(doc, visits[0], signed_local)  # round 71 (visits71)
    if visits and not visits[0].documents_said:
        _two_signed_before(doc, visits[0], signed)  # round 31
    for visit in visits:
        if not visit.documents_said:
            _signed_with_the_visitors_body(doc, visit, signed_local)  # round 27
    if len(visits) == 1 and not visits[0].documents_said and "ceremony:" in doc.text:
        # round 89 (v1, schedule_signing_count): before the live blog's reading, which a schedule's timed lines are
        _schedule_signing_count(doc, visits[0])
    # round 68 (turkpa68c): in a live blog, an arrival whose entry tells no signing (a summit's share of its
    # signing stays)
    if visits and (entries := _live_entry_starts(doc, live_lead_end)):
        arrivals = [visit for visit in visits if visit.visit_type != "summit"]
        _digest_item_with_nothing_signed(doc, arrivals, entries, signed, signed_local)
    for visit in visits:
        _earlier_start_told_after(doc, visit, published, resolver)  # round 28
        if "Foto" in doc.text or "Фото" in doc.text or "Photo" in doc.text \
                or any(word in doc.text for word in _REMINDER_WORDS):
            _arrival_told_in_a_caption(doc, visit, published, resolver)  # round 77 (az77); round 82 (s3): reminders
        _arrival_told_before(doc, visit, published, resolver)  # round 68 (visits68)
        _delegation_received_the_day_before(doc, visit, published, resolver)  # round 29
        _visitor_with_patronymic(doc, visit)  # round 28
        _visitor_as_written_bare(doc, visit)
    if any(signed_local):
        _named_document_signed_after(doc, visits, signed_local)  # round 29
    if ":" in doc.text:
        for visit in visits:
            _documents_listed_by_number(doc, visit)  # round 74 (visits74)
    if " documents were " in doc.text and sum(v.at_meeting for v in visits) > 1:
        _meeting_signed_counted(doc, visits)  # round 60 (visits60a)
    if any(w in doc.text for w in _MINISTERS_MEETING_WORDS) and any(w in doc.text for w in _TOOK_PART_ANY_WORDS):
        _listed_states_ministers_named_later(doc, visits, published, resolver, signed, signed_local)  # round 63
    if any(v.visit_type == "summit" and not v.documents_said for v in visits) and (any(signed) or any(signed_local)):
        _summit_total_told_apart(doc, visits, signed, signed_local)  # round 64 (visits64a)
    _summit_documents_for_all(doc, visits)  # round 24
    if any(v.visit_type == "summit" and not v.documents_said for v in visits) \
            and any(w in doc.text for w in (" leaders ", " presidents ", "heads of state", "They ")):
        _summit_leaders_signed_one(doc, visits)  # round 62 (visits62)
    if any(v.visit_type == "summit" for v in visits):
        _demonym_leaders_came_before(doc, visits, published)  # round 62 (visits62)
    if sum(v.at_meeting for v in visits) > 1:
        _ministers_of_several_states(visits)  # round 57 (summit)
        _guest_came_the_day_before(doc, visits, published)
        visits = [v for v in visits if not _surname_twin(doc, v, visits)]
        if " signed " in doc.text:
            _meeting_signed_one(doc, visits)
    if any(signed) or any(signed_local):
        _guest_bilateral_signing(doc, visits, signed, signed_local)  # round 56 (visits A)
    if visits and visits[0].documents:
        _en_firm_deals_on_the_sidelines(doc, visits[0], signed)  # round 38 (visits A)
        _en_forum_added_deals(doc, visits[0])  # round 48
        _en_forum_company_deals(doc, visits[0])  # round 49
    # round 28: sentences telling a visit "last week(end)"
    last_week = [w and (v or lo) for w, v, lo in zip(doc.holding(_LAST_WEEK_WORDS), visit_words, local_words)] \
        if visits else []
    if any(last_week):
        for visit in visits:
            _weekday_of_last_week(doc, visit, published, last_week)
        visits = _one_of_each_day(visits)
    if visits and visits[0].documents is None and " signed " in doc.text and ":" in doc.text:
        _en_documents_we_signed(doc, visits[0])  # round 49
    for visit in visits:
        if not visit.recalled and not _told_in_a_timeline(doc, visit) \
                and not any(x <= visit.span[0] < y for x, y in grid_spans):
            # round 59 (visits): a visit looked back on takes no type said of another; round 69 (timeline69): nor one a
            # timeline's dated item tells, which says its own ("- 3 October 2025 — X in Baku; political consultations");
            # round 70 (review70): nor a grid's row, which has its column of the type
            _type_said_elsewhere(visit, typed)
        _turkish_cypriot_title(doc, visit)  # round 43
        if visit.visit_type == "other" and "s " in doc.text:
            _typed_as_the_visitor_s(doc, visit)  # round 39 (visits C): "Fidan's working visit, his first …"
        if visit.visit_type in ("other", "summit") and any(w in doc.text for w in _LOCAL_VISITOR_S_TYPE_WORDS):
            # round 54 (visits): "Bektenovun işgüzar səfəri çərçivəsində"; round 66 (visits66b): over the summit his
            # arrival came for, "Yılmaz'ın Türkmenistan'a yaptığı çalışma ziyareti" (dev/1085)
            _typed_as_the_visitor_s_local(doc, visit)
        if visit.visit_type == "other" and ("tarafı" in doc.text or "tərəfi" in doc.text):
            _typed_by_the_visitor_s_side(doc, visit)  # round 61 (visits61): "Kazak tarafı, … resmi ziyaret statüsünde"
        if not visit.city and dateline and (place := _dateline_place(doc, dateline[0])) and place[0] == visit.host:
            visit.city = place[1]
        if not visit.visitor.iso3 and (home := _our_offices_state(doc, visit, dateline)):
            visit.visitor = visit.visitor._replace(iso3=home)  # round 43 (second wave)
        if visit.city and dateline and places.told_by_its_region(doc.text[visit.span[0]:visit.span[1]], visit.city) \
                and (place := _dateline_place(doc, dateline[0])) and place[0] == visit.host \
                and place[1] != countries.get(visit.host).capital:
            # round 43 (second wave): "KHIVA, Uzbekistan — … arrived in Uzbekistan's Khorezm region": the region's
            # centre only stands in for a city; the dateline's, of that state (not the capital, where an agency files
            # from), is where he was
            visit.city = place[1]
        if not visit.city and (place := _two_capitals_dateline(doc, visit.host)):
            visit.city = place  # round 39 (visits B2)
        if not visit.city:
            _city_of_the_headline(doc, visit)  # round 29
        if not visit.city and visit.host == "CYN":
            _northern_nicosia(doc, visit)  # round 29
        # round 18b: the airport of the host's capital, where the visit's sentence says he was met
        if not visit.city and (port := places.airport_city(doc.text[visit.span[0]:visit.span[1]])) \
                and port[0] == visit.host:
            visit.city = port[1]
    if any(not visit.documents_said for visit in visits):
        _none_signed_unless_told(doc, visits, signed, signed_local)  # round 71 (docs0)
    # a trip to a state outside the ties is none of theirs ("arrived in Beijing on Monday for a state visit to China"),
    # and neither is one by a visitor of such a state ("Chinese Foreign Minister Wang Yi arrived in Astana …")
    return [visit for visit in visits if visit.host in places.TIE_CODES and not _visitor_of_another_state(doc, visit)
            and not (visit.visitor.iso3 == "" and (_head_of_a_body(doc, visit)  # round 24
                                                     or _parliament_chair_at_home(doc, visit)))]  # round 38


# Round 71 (docs0): docs/annotating.md's convention for a visit's documents: 0 when the article tells no signing during
# it, null only when it tells one without a count. A visit whose documents no count rule above read signed none, unless
# the article tells a signing that may be its own with no count (_uncounted_signings): a sentence telling documents
# signed (a signing word and a document noun) at the visit's time (not _another_time), not one to come
# (_SIGNING_TO_COME), not none told signed, not counted (a count is some visit's number, never a null), and not read
# for another visit; or, for a visit recalled, its own sentence or the next naming a document with no signing word
# ("Həmin səfər zamanı … razılaşmaların əsası qoyulub", dev/88). A summit whose declaration the article tells adopted,
# not signed (_summit_adoption_told: "The summit ended with the adoption of the Baku Declaration", dev/35), stays
# unstated, as the gold has it.
_SIGNING_TO_COME = re.compile(r"\b(?:to\s+be|will\s+be|would\s+be|shall\s+be|to)\s+(?:\w+\s+)?sign(?:ed)?\b"
                              # round 78 (summit78): and its participle, "yeni anlaşmalar imzalanacağı kesin" (dev/1212)
                              r"|imzalanaca[kğ]|imzalanması|подпишут|будут\s+подписаны|будет\s+подписан", re.I)
# a signing told only to name a document in force, not as an event: "… için imzalanan … Anlaşması kapsamında/
# çerçevesinde" (under the agreement signed for the year, dev/119, dev/341), "the goal the two presidents set when they
# signed the Treaty …" (dev/282), "… until a memorandum was signed"
_SIGNING_REFERRED_TO = re.compile(r"\bimzalanan\s+(?:[^\s.;]+\s+){0,6}?(?:kapsamında|çerçevesinde|çərçivəsində)\b"
                                  r"|\bwhen\s+(?:they|he|she|the\s+(?:two\s+)?\w+)\s+signed\b"
                                  # and as the end of a span of time: "disputed for three decades until a memorandum
                                  # was signed" (round 18's test)
                                  r"|\buntil\s+(?:[\w-]+\s+){1,4}?(?:was|were)\s+signed\b"
                                  # round 73 (visits73b): the documents of a typed visit as a thing by the attributive
                                  # participle, "Qazaxıstan Prezidentinin Azərbaycana dövlət səfəri zamanı imzalanmış
                                  # sənədlər … yeni imkanlar açıb" (dev/1167: another visit's, told for what they did)
                                  r"|\b(?:dövlət|rəsmi|işgüzar|işçi)\s+səfəri\s+(?:zamanı|çərçivəsində|ərzində)\s+"
                                  r"imzalanmış\b", re.I)
# Round 83 (old83, still_signing): a signing told as a habit going on is no event of a visit: "Hungary is still signing
# long-term contracts with Gazprom" (a commentator's quote under a recalled visit, dev/151); not "are signing", a live
# report's signing now
_SIGNING_AS_A_HABIT = re.compile(r"\b(?:is|are|was|were)\s+still\s+signing\b|\b(?:keeps?|kept)\s+signing\b", re.I)
# Round 83 (old83, lead_signing_elsewhere): the lead tells its signing in a capital of another state than a visit's
# host ("Four leaders … gathered in Bucharest on Saturday to sign a strategic partnership"), the visit told further
# down as what came before it ("The deal follows a series of contacts … X held talks in Baku on 24 November",
# dev/151): the signings the lead tells with no place ("… sign deal on …", "The agreement, signed by …") are that
# event's, none of the visit's. The capital after "in"; not when a lead sentence names the visit's own city or host's
# capital (a summit's city is its host's)
_IN_A_CAPITALISED_PLACE = re.compile(r"\bin\s+(?:[\w-]+\s+)?$")
_ADOPTED_VERBS = ("adopt", "approv", "qəbul olun", "qəbul edil", "kabul edil", "принял", "принят", "утвержд", "одобр",
                  "təsdiq", "onaylan", "ended with a",
                  # round 73 (history73): the Azerbaijani and Turkish noun of adopting ("Zirvə toplantısı Aşqabad
                  # bəyannaməsinin qəbulu ilə başa çatıb", dev/1161; "… Bildirisinin kabulüyle sona erdi")
                  "qəbulu ilə", "kabulüyle", "kabulü ile")
_ADOPTED_NOUNS = ("declaration", "statement", "communiqu", "document", "resolution", "декларац", "заявлени",
                  "документ", "коммюнике", "bəyannamə", "bəyanat", "sənəd", "bildiri", "beyanname", "belge", "karar")
# the documents a signing may name beyond _DOCUMENT_NOUNS: deals and contracts ("подписали контракты на сотни
# миллионов долларов", dev/657), declarations, statements and road maps ("They signed the Gabala Declaration and the
# Transport Roadmap")
_SIGNED_DEAL_NOUNS = ("contract", "контракт", "kontrakt", "sözleşme", "deal", "declaration", "statement", "communiqu",
                      "roadmap", "road map", "декларац", "заявлени", "коммюнике", "дорожн", "bəyannamə", "bəyanat",
                      "beyanname", "bildiri", "bildirge", "yol xəritə", "yol harita")


def _summit_adoption_told(doc: Document) -> bool:
    """Does a sentence tell a declaration or document adopted (_ADOPTED_VERBS with one of _ADOPTED_NOUNS), not denied
    (_ADOPTION_DENIED)?"""
    return any(any(v in s.check for v in _ADOPTED_VERBS_CHECK) and any(n in s.check for n in _ADOPTED_NOUNS_CHECK)
               and not ("no " in s.check and _ADOPTION_DENIED.search(s.text)) for s in doc.sentences)


# Round 91 (v1, adoption_denied): a summit's adoption told as not made is none: "As is customary for informal
# gatherings, no final declaration was adopted" (dev/1382); the denial's "no" before the noun, a word or two between
_ADOPTION_DENIED = re.compile(r"\bno\s+(?:[\w-]+\s+){0,2}?(?:declaration|statement|communiqu[eé]|document|resolution)s?"
                              r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:adopted|approved)\b", re.I)


_ADOPTED_VERBS_CHECK, _ADOPTED_NOUNS_CHECK = tuple(map(lowered, _ADOPTED_VERBS)), tuple(map(lowered, _ADOPTED_NOUNS))


def _signing_counted(sentence: str) -> bool:
    """Does the sentence count the documents it tells signed (a number or count word, English or local)?"""
    count = (m[1] or m[3] or m[5] or m[7] or m[9] or m[11] or "").lower() if (m := _DOCUMENTS.search(sentence)) else ""
    return count.isdigit() or count in _COUNT_WORDS or bool(_LOCAL_DOCUMENTS.search(sentence))


def _told_in_the_visit_s_account(visit: VisitFound, visits: list[VisitFound], at: int) -> bool:
    """Is a sentence starting at `at` in the visit's account: after no visit told (the lead sums up any), or after the
    visit itself or one at its host and city (a summit's guests) last of those told before it?"""
    last = max((v for v in visits if v.span[0] <= at), key=lambda v: v.span[0], default=None)
    return last is None or last is visit or (last.host, last.city) == (visit.host, visit.city)


def _lead_signing_elsewhere(doc: Document, visit: VisitFound, visits: list[VisitFound], signed: list[bool]) -> bool:
    """Round 83 (old83): does the lead, before any visit told, place its signing in a capital of another state than the
    visit's host (_IN_A_CAPITALISED_PLACE), naming neither the host's capital nor the visit's city?"""
    first = min(v.span[0] for v in visits)
    elsewhere = False
    for j, s in enumerate(doc.sentences):
        if s.start >= first:
            break
        if not signed[j]:
            continue
        for m in doc.mentions(s):
            if m.is_capital and (m.iso3 == visit.host or (visit.city and m.word == visit.city)):
                return False
            if m.is_capital and _IN_A_CAPITALISED_PLACE.search(doc.text, max(s.start, m.start - 30), m.start):
                elsewhere = True
    return elsewhere


def _uncounted_signings(doc: Document, visit: VisitFound, visits: list[VisitFound], signed: list[bool],
                        signed_local: list[bool]) -> list[Sentence]:
    """The sentences telling a signing that may be the visit's, with no count (see _none_signed_unless_told)."""
    read = [span for other in visits if other is not visit and other.documents_said
            for span in (other.span, *other.extra_spans)]
    told = []
    elsewhere = None  # _lead_signing_elsewhere, asked once a lead sentence tells a signing
    for j, s in enumerate(doc.sentences):
        if not (signed[j] or signed_local[j]) or not _told_in_the_visit_s_account(visit, visits, s.start):
            continue
        if s.start < visit.span[0] and all(v.span[0] > s.start for v in visits):
            if elsewhere is None:
                elsewhere = _lead_signing_elsewhere(doc, visit, visits, signed)
            if elsewhere:
                continue  # round 83 (old83): the lead's signing was elsewhere
        if not (_names_a_document(s, deals=True) or _one_document_told(s.text)) \
                or _another_time(visit, s.text) \
                or _SIGNING_TO_COME.search(s.text) or _no_document_signed(s.text, signed[j], signed_local[j]) \
                or _signing_counted(s.text) or any(s.start <= a < s.end for a, _ in read) \
                or _SIGNING_REFERRED_TO.search(s.text) or _links_another_story(s.check) \
                or ("signing" in s.check and _SIGNING_AS_A_HABIT.search(s.text)):  # round 83 (old83)
            continue
        told.append(s)
    return told


# Round 43: a reminder of another, earlier visit ("Xatırladaq ki, sentyabrın 17-də … Talqat Lastayev Bakıda olub və …",
# "Напомним, …", "Hatırlatalım ki, …"): a visit recalled, whose own sentence or the next may tell of its documents
# Round 84 (g): the reminder's opening words have one home, _REMINDER_WORDS: _REMINDER is built from them (a space any
# run of spaces) and so is the cheap gate before it (_arrival_told_in_a_caption), so a word added once reaches both
_REMINDER_WORDS = ("Xatırladaq", "Xatırladım", "Qeyd edək", "Напомним", "Hatırlatalım", "Hatırlatmak gerekirse",
                  "Recall that")
_REMINDER = re.compile(r"^\s*(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _REMINDER_WORDS)
                       + r")\b", re.I)
# the reminder and its "ki," up to its clause ("Xatırladaq ki, nazir …")
_REMINDER_LEAD = re.compile(_REMINDER.pattern + r"(?:\s+ki)?\s*,?\s*", re.I)


def _recalled_with_a_document(doc: Document, visit: VisitFound, signed: list[bool], signed_local: list[bool]) -> bool:
    """Does a visit recalled (or told in a reminder, _REMINDER) have its own sentence or the next name a document, with
    no signing word nor another time ("Həmin səfər zamanı … razılaşmaların əsası qoyulub", dev/88)?"""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None or not (visit.recalled or _REMINDER.search(doc.sentences[k].text)):
        return False
    return any(_names_a_document(doc.sentences[j]) and not _another_time(visit, doc.sentences[j].text)
               for j in range(k, min(k + 2, len(doc.sentences))) if not (signed[j] or signed_local[j]))


def _none_signed_unless_told(doc: Document, visits: list[VisitFound], signed: list[bool],
                             signed_local: list[bool]) -> None:
    """Each visit left unstated by the count rules: 0 unless a signing that may be its own is told (_uncounted_signings,
    _recalled_with_a_document) or, for a summit, a declaration adopted; one such signing of one document is 1."""
    adopted = None
    for visit in visits:
        if visit.documents_said:
            continue
        if visit.visit_type == "summit":
            adopted = _summit_adoption_told(doc) if adopted is None else adopted
            if adopted:
                continue
        told = _uncounted_signings(doc, visit, visits, signed, signed_local)
        if len(told) > 1 and _one_document_told_again(told):
            told = told[:1]  # round 85 (k4)
        if len(told) == 1 and (one := _one_document_told(told[0].text)):
            visit.documents_said, visit.documents = True, _documents_named(told[0].text, one)
            visit.extra_spans.append((told[0].start + one.start(), told[0].start + one.end()))
        elif not told and not _recalled_with_a_document(doc, visit, signed, signed_local):
            visit.documents_said, visit.documents = True, 0


# Round 85 (k4, _one_document_told_again): one document told signed (the lead's "… arasında kardeş şehir protokolü
# imzalandı"), then told again by the same singular noun, no other document named nor a count ("Protokole … Başkanı
# X ile … Hokimi Y imza attı.", "Kardeş şehir protokolü dün … törenle imzalandı.", dev/1309): one, not a signing each.
# Not "protokoller" (a plural), nor a second noun ("… protokolü ve bir mutabakat zaptı"), nor a count ("iki protokol")
_TA_DOCUMENT_STEM = re.compile(_TA_DOCUMENT, re.I)


def _one_document_told_again(told: list[Sentence]) -> bool:
    """Do the signings `told` (_uncounted_signings) tell one Turkish or Azerbaijani document (_TA_ONE_DOCUMENT in the
    first), each later one naming only its noun, in the singular, with no count (_TA_COUNTED)?"""
    first = _TA_ONE_DOCUMENT.search(told[0].text)
    stem = _TA_DOCUMENT_STEM.search(first[0]) if first else None
    if stem is None:
        return False
    noun = lowered(stem[0])
    for s in told[1:]:
        at = s.check.find(noun)
        if at < 0 or s.check.startswith(("lar", "lər", "ler"), at + len(noun)) or _TA_COUNTED.search(s.text) \
                or any(other in s.check for other in _DOCUMENT_NOUNS_CHECK if other != noun and other not in noun) \
                or s.check.count(noun) != sum(1 for _ in _TA_DOCUMENT_STEM.finditer(s.text)):
            return False
    return True


def _one_document_told(sentence: str) -> re.Match | None:
    """One document told signed, by its singular noun (_TA_ONE_DOCUMENT, _RU_ONE_DOCUMENT, _EN_ONE_DOCUMENT; round 72,
    tvb72: or the speaker's own side's, _we_signed_one)."""
    return _TA_ONE_DOCUMENT.search(sentence) or _RU_ONE_DOCUMENT.search(sentence) or _EN_ONE_DOCUMENT.search(sentence) \
        or (_we_signed_one(sentence) if "e signed" in sentence else None)


def _we_signed_one(sentence: str) -> re.Match | None:
    """Round 72 (tvb72): one document an answer's speaker says his side signed, "we" and the active verb
    (_EN_SIGNED_ONE_ACTIVE): "I was in Baku … We signed a plan of consultations …" (dev/1156); not the active verb of
    others ("Two firms signed a memorandum"), a signing the visit's count leaves unstated."""
    m = _EN_SIGNED_ONE_ACTIVE.search(sentence)
    return m if m and sentence[:m.start()].rstrip().lower().endswith(("we", "we have", "we also")) else None


# The nouns of documents (Azerbaijani, Turkish, Russian, English stems): a sentence naming one tells of documents.
# (Round 43 read them for a reminder of an earlier visit, rounds 63–70 for a digest item, a tour's leg, another
# visitor's trip and a recalled trip's own paragraph with nothing signed: round 71 (docs0) made those one rule,
# _none_signed_unless_told.)
_DOCUMENT_NOUNS = ("sənəd", "razılaşma", "saziş", "müqavilə", "memorandum", "anlaşma", "belge", "protokol", "документ",
                   "соглашен", "договор", "меморандум", "протокол", "agreement", "document", "protocol", "treat")


def _names_a_document(sentence: Sentence, deals: bool = False) -> bool:
    """Does the sentence name a document (_DOCUMENT_NOUNS; with `deals`, _SIGNED_DEAL_NOUNS too)? Read on its check
    text, hence the nouns folded the same way (dotless ı as i: "razılaşma")."""
    return any(w in sentence.check for w in _DOCUMENT_NOUNS_CHECK) \
        or (deals and any(w in sentence.check for w in _SIGNED_DEAL_NOUNS_CHECK))


_DOCUMENT_NOUNS_CHECK = tuple(map(lowered, _DOCUMENT_NOUNS))
_SIGNED_DEAL_NOUNS_CHECK = tuple(map(lowered, _SIGNED_DEAL_NOUNS))


# Round 76 (digest76): a digest's items are separate stories (Document.digest_items): a sentence of one item lends no
# documents (nor anything else _add_details reads) to a visit another item told ("Стороны подписали три документа"
# in the third item of dev/1199 is not the second item's visit, whose signing was put off). Round 77 (chrono77): so are
# a chronology's dated items (Document.chronology_items): "20 мая 2025 г. — визит … в Ашхабад, подписаны два
# документа" lends its two to no summit an item of 2022 told, nor is one an earlier item's summit gathered (dev/1215)
def _in_another_digest_item(doc: Document, visit: VisitFound, at: int) -> bool:
    """Is the article a digest (or holds a chronology), and `at` in another of its items than the visit's own
    sentence?"""
    return any(items and bisect_right(items, visit.span[0]) != bisect_right(items, at)
               for items in (doc.digest_items, doc.chronology_items))


# Round 63 (visits63b): in a digest of the day's news (Document.digest_items), a visit whose item tells no signing and
# names no document signed none (0); round 71 (docs0): now read for a live blog's entries only (round 68), whose newest
# come first, so that _none_signed_unless_told's "the visit told last before" is no account of them
def _digest_item_with_nothing_signed(doc: Document, visits: list[VisitFound], items: list[int], signed: list[bool],
                                     signed_local: list[bool]) -> None:
    ends = [*items[1:], len(doc.text)]
    for visit in visits:
        if visit.documents_said or visit.span[0] < items[0]:
            continue
        start, end = next((a, b) for a, b in zip(items, ends) if a <= visit.span[0] < b)
        told = [j for j, x in enumerate(doc.sentences) if start <= x.start < end]
        if not any(signed[j] or signed_local[j] or _names_a_document(doc.sentences[j]) for j in told):
            visit.documents_said, visit.documents = True, 0


SIGNED_BEFORE_SENTENCES = 2  # the lead may tell what was signed a sentence or two before who came
# Round 22: a visit first told within the article's opening sentences (title, standfirst, byline and time stamp, then
# the body's first sentence) may have its documents summed up anywhere before it, in the title or the standfirst:
# "Sulyok's first state visit to Kazakhstan produced nine documents … | Márton Kovács 2025.10.15. 18:40 | Sulyok
# arrived in Astana on Tuesday", "KEK Toplantısı Aşkabat'ta yapıldı. Ardından 5 belge imzalandı. … | Bolat … geldi"
OPENING_SENTENCES = 6
# Round 83 (w2, quoted_text_follows): a report that quotes a document's text after its own account ("Below is the
# text of the Joint Statement." "JOINT STATEMENT of …" "1." "At the invitation of …, X paid a state visit to …",
# dev/1288) tells the visit only in the quoted text, the signing in its own account before: the whole account may
# count it. Only a sentence opening by what follows being the text of something, a few sentences before the visit
# (the text's heading and clause number between).
_QUOTED_TEXT_FOLLOWS = re.compile(r"(?:Below|Here|Following|The\s+following)\s+(?:is|are)\s+the\s+(?:full\s+)?"
                                  r"texts?\s+of\s+the\s")
QUOTED_TEXT_SENTENCES = 4  # sentences from the one telling the text follows to the visit's


# Round 25: what was signed "during the visit" / "in the course of the visit", wherever the article tells it before the
# visit's own first sentence (a report that names the visit itself only under a later subheading): its first visit's
_DURING_THE_VISIT = re.compile(r"\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+)?visit\b", re.I)


def _signed_before(doc: Document, visit: VisitFound, signed: list[bool], signed_local: list[bool]) -> None:
    """Round 19: documents told signed in the sentences right before the article's first visit, where the meeting
    of its place was told ("В Алматы прошло заседание Межправкомиссии … Стороны подписали семь документов. Делегацию
    возглавил вице-премьер X, который прибыл в Алматы 8 июля"): that visit's, when the signing sentence or the one
    before it names the visit's city (or its capital, or host) and no visit was told before it."""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None:
        return
    said = visit.documents_said  # signed, the number not stated, by a later sentence: a count before may give it
    first = 0 if k <= OPENING_SENTENCES or (" text of the " in doc.text and _quoted_text_before(doc, k)) \
        else k - SIGNED_BEFORE_SENTENCES
    for j in range(first, k):
        # round 83 (w2): "a further" count right after one document read signed there continues its signing
        if (signed[j] or signed_local[j]) \
                and (any(_names_place_of(doc, doc.sentences[i], visit) for i in (j - 1, j) if i >= 0)
                     or _right_after_one_signed(visit, doc.sentences[j].start)):
            s = doc.sentences[j]
            _add_details(visit, s.text, s.start, signed[j], False, signed_local[j])
            if visit.documents is not None or (visit.documents_said and not said):
                return
    # round 92 (v2, DAY_OF_THE_EVENT_CO_CHAIRED): a visit sentence of no number, dated by the meeting its visitor
    # co-chaired: what was signed from the co-chair's sentence on is that meeting's ("İclasın yekununda aşağıdakı
    # sənədlər imzalanıb:" … "Qeyd edək ki, X Azərbaycana işgüzar səfərə gəlib.", dev/1388)
    if not any(c.isdigit() for c in doc.sentences[k].text) and (led := _meeting_co_chaired_before(doc, k)) is not None:
        for j in range(led, k):
            if signed[j] or signed_local[j]:
                s = doc.sentences[j]
                _add_details(visit, s.text, s.start, signed[j], False, signed_local[j])
                if visit.documents is not None or (visit.documents_said and not said):
                    return
    for j in range(k):  # round 25: "During the visit, the two sides signed four documents", told before the visit
        if signed[j] and _DURING_THE_VISIT.search(doc.sentences[j].text):
            s = doc.sentences[j]
            _add_details(visit, s.text, s.start, signed[j], False, signed_local[j])
            if visit.documents is not None or (visit.documents_said and not said):
                return


def _quoted_text_before(doc: Document, k: int) -> bool:
    """Is the visit's sentence `k` in a document's text the report quotes (_QUOTED_TEXT_FOLLOWS told at most
    QUOTED_TEXT_SENTENCES before it)?"""
    return any(_QUOTED_TEXT_FOLLOWS.match(doc.sentences[i].text) for i in range(max(0, k - QUOTED_TEXT_SENTENCES), k))


def _further_over_signed_before(doc: Document, visit: VisitFound, signed: list[bool], signed_local: list[bool]) -> None:
    """Round 58 (visits): a count told "a further" one after the visit's sentence ("X and Y signed a further two
    intergovernmental documents") is more than the count the lead told signed before the visit (_signed_before:
    "Kazakh and Azerbaijani companies signed seventeen commercial agreements …"): the two add up (nineteen)."""
    further, spans = visit.documents, list(visit.extra_spans)
    visit.documents, visit.documents_said = None, False
    _signed_before(doc, visit, signed, signed_local)
    if visit.documents is None:
        visit.documents, visit.extra_spans = further, spans
    else:
        visit.documents += further
    visit.documents_said = True


def _names_place_of(doc: Document, s: Sentence, visit: VisitFound) -> bool:
    """Whether a sentence names where the visit was: its city, or its host's capital or name. Another city named
    too leaves the capital named (round 22: "signed 14 agreements in Bishkek before travelling to … Osh"). Round 24: a
    dateline in capitals heading it names it too ("CHOLPON-ATA — Kyrgyzstan and Azerbaijan signed seven documents …")."""
    city = places.city_in(s.text) or (_dateline_city(s.text) if s.text[:2].isupper() else None)
    if city and city == (visit.host, visit.city):
        return True
    if city and city[0] != visit.host and visit.city and places.names_city(s.text, visit.city):
        return True  # round 45: the visitors' own region first ("A trade mission of the Karaganda region … in Kayseri")
    if city:
        return visit.city == countries.get(visit.host).capital and any(
            m.iso3 == visit.host and m.is_capital for m in doc.mentions(s))
    return any(m.iso3 == visit.host and (m.is_capital or not visit.city) for m in doc.mentions(s))


_OFFICE_BEFORE_NAME = 50  # characters before a visitor's name that his title takes ("Russia's Deputy Prime Minister")


def _visitor_of_another_state(doc: Document, visit: VisitFound) -> bool:
    """Whether the visitor is of a state outside the ties: by his own country, or, the office holders table not
    knowing him, by the title right before his name in the visit's sentence ("Chinese Foreign Minister Wang Yi",
    "Çin Dışişleri Bakanı Wang Yi"). A name the sentence does not spell as he is proposed (another script) is kept."""
    if visit.visitor.iso3:  # a group's officer ("GRP_OTS", its secretary general) travels for its states
        return visit.visitor.iso3 not in places.TIE_CODES and not visit.visitor.iso3.startswith("GRP_")
    sentence = doc.text[visit.span[0]:visit.span[1]]
    at = _name_at(sentence, visit.visitor.name)
    if at < 0:
        return False
    title = sentence[max(0, sentence.rfind(",", 0, at) + 1, at - _OFFICE_BEFORE_NAME):at]
    if _OUTSIDE_BODY.search(title):  # round 18: "European Council President António Costa visited Tashkent"
        return True
    codes = places.codes_in(title)
    if not codes:  # round 18b: a state the table does not hold ("French President …", "Президент Франции …")
        return places.other_state_in(title)
    return not any(code in places.TIE_CODES for code in codes)


def _name_at(sentence: str, name: str) -> int:
    """Where the sentence names the person: as proposed, else (round 18b) a Cyrillic name by the word whose
    romanisation begins as his surname does, in any case ("Эммануэля Макрона" for Emmanuel Makron)."""
    at = sentence.find(name)
    if at >= 0:
        return at
    if not is_cyrillic(sentence):
        return _surname_at(sentence, name)  # round 26: "…, while Tokayev arrived on Friday morning"
    surname = name.split()[-1][:4].lower()
    return next((m.start() for m in _CYRILLIC_WORD.finditer(sentence) if romanize(m[0]).lower().startswith(surname)), -1)


_CYRILLIC_WORD = re.compile(r"\b[А-ЯЁ][а-яё-]+")


# Round 18: bodies of states outside the ties, whose officers' titles name no state ("European Council President",
# "EU Special Representative", "UN Secretary-General", "глава Евросовета", "AB Komisyonu Başkanı", "Aİ-nin xüsusi
# nümayəndəsi", "BMT-nin Baş katibi"); the Turkic bodies (OTS) are the ties' own
_OUTSIDE_BODY = re.compile(r"\b(?:European|EU|UN|United\s+Nations|NATO|OSCE|World\s+Bank|IMF|Европейск\w*|Евросо\w*|ЕС|ООН|НАТО"
                           r"|ОБСЕ|Avrupa|AB|BM|Avropa|Aİ|BMT)\b")


CITY_SENTENCES = 2  # the city of a visit told without one is named in one of the next two sentences
EVENT_SENTENCES = 2  # who else was there is told right after the visit


# Others there too, told right after a visit: "Azerbaijan's President Ilham Aliyev arrived in Ankara on Saturday
# morning …" "Hungarian Prime Minister Viktor Orban, … and Uzbekistan's Prime Minister Abdulla Aripov were also
# present, as was Ersin Tatar, …"; "Also present were …", "… also attended the ceremony", "were also in attendance",
# "were also among the guests"; Russian "также присутствовали …", "также приняли участие"; Azerbaijani "Mərasimdə
# həmçinin … iştirak ediblər", "… də iştirak edib"; Turkish "Törene … da katıldı", "ayrıca … hazır bulundu"
_ALSO_THERE = re.compile(r"\b(?:were|was)\s+also\s+(?:present|there|in\s+attendance|among\s+the\s+(?:guests|leaders))\b"
                         r"|\balso\s+(?:present|in\s+attendance)\s+(?:were|was)\b|\balso\s+(?:attended|came)\b"
                         r"|\bтакже\s+(?:присутствовал\w*|приня(?:л|ла|ли)\s+участие)|\bприсутствовал\w*\s+также\b"
                         r"|\bhəmçinin\b[^.;]{0,200}?\biştirak\s+(?:edib|etmiş|etdi)|\b(?:da|də)\s+iştirak\s+(?:edib|etmiş|etdi)"
                         r"|\bayrıca\b[^.;]{0,200}?\b(?:katıldı|katılmış|hazır\s+bulundu)"
                         r"|\b(?:da|de|ta|te)\s+(?:katıldı|katılmış|hazır\s+bulundu)", re.I)
_ALSO_THERE_WORDS = ("also", "также", "həmçinin", "iştirak", "ayrıca", "katıl", "hazır")  # one is in every match


def _also_there(doc: Document, s: Sentence, event: VisitFound, resolver: Resolver, visits: list[VisitFound],
                published: date) -> None:
    """Those a sentence right after a visit says were there too (_ALSO_THERE) came to the same place on the same day:
    a visit of type `other` (a summit's own guests are read by _attendees) for each one of the table named outside
    quotes who is of neither the host's state nor the visitor's (his own delegation). None when the sentence names
    another day or another capital or city, or a call or video link."""
    if event.visit_type == "summit" or not _ALSO_THERE.search(s.text) or _REMOTE.search(s.text) \
            or _LOCAL_NOT_VISIT.search(s.text):
        return
    if any(not event.start <= d[0] <= (event.end or event.start) for d in _dates(s, published, True)):
        return
    if any(m.is_capital and m.iso3 != event.host for m in doc.mentions(s)) or \
            ((city := places.city_in(s.text)) and city[1] != event.city):
        return
    for person in _persons_in(_QUOTED.sub(" ", s.text), resolver):
        if person.iso3 in (event.host, event.visitor.iso3):
            continue
        visit = VisitFound(event.start, event.end, person, event.host, event.city, "other", (s.start, s.end),
                           min(person.confidence, 0.7))
        if not any(_same_trip(v, visit) for v in visits):
            visits.append(visit)


def _told_since(doc: Document, k: int, visits: list[VisitFound]) -> list[VisitFound]:
    """The visits told in sentence k (at least 0) or after."""
    start = doc.sentences[max(0, k)].start
    return [v for v in visits if v.span[0] >= start]


def _arrived_there_too(doc: Document, k: int, last: VisitFound, day: date) -> tuple[str, str] | None:
    """(host, city) of an arrival that names no place (sentence k), when the visit told last was told in one of the
    CITY_SENTENCES before, with its city, within _ARRIVED_BEFORE of its day: those who arrive next came there too
    ("Erdoğan arrived in Khankendi on Thursday evening, a day ahead of the other guests." "Kazakhstan's Tokayev,
    … and Tajikistan's Rahmon arrived on Friday morning"). None otherwise."""
    if not last.city or not _told_since(doc, k - CITY_SENTENCES, [last]) or abs(day - last.start) > _ARRIVED_BEFORE:
        return None
    return last.host, last.city


# Round 75 (visits75): a capital named as its government, the owner of a stance or initiative, is no place of the visit:
# "поблагодарил гостя за поддержку инициатив Ташкента" (dev/1191), "позицию Анкары", "Baku's initiatives"
_CAPITAL_AS_GOVERNMENT_BEFORE = re.compile(r"\b(?:инициатив|позици|политик|интерес|предложени|курс)\w*\s+$", re.I)
_CAPITAL_AS_GOVERNMENT_AFTER = re.compile(r"['’]s\s+(?:initiatives?|position|policy|policies|stance|interests?"
                                          r"|proposals?)\b", re.I)


def _capital_as_government(sentence: str, start: int, end: int) -> bool:
    """Is the capital at sentence[start:end] named as its government (_CAPITAL_AS_GOVERNMENT_BEFORE/AFTER)?"""
    return bool(_CAPITAL_AS_GOVERNMENT_BEFORE.search(sentence[max(0, start - 30):start])
                or _CAPITAL_AS_GOVERNMENT_AFTER.match(sentence, end))


# Round 75 (visits75): met on arrival in one city, then on to another where the talks were: the other is the visit's
# place ("В аэропорту Ургенча его встретил Мирзиёев, после чего лидеры направились в Хиву, где …", dev/1191; "met at
# the airport, the two leaders then drove to Samarkand")
_WENT_ON_TO_CITY = re.compile(r"\b(?:после\s+чего|затем|then|after\s+which)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:направил\w*|отправил\w*|поехал\w*|проследовал\w*|headed|proceeded|travell?ed|drove"
                              r"|went|flew)\s+(?:в|во|to|on\s+to)\s+(?=[A-ZА-ЯЁ])", re.I)


def _city_went_on_to(sentence: str, host: str) -> str:
    """The host's city the sentence tells the visitor went on to (_WENT_ON_TO_CITY), else ""."""
    if not (m := _WENT_ON_TO_CITY.search(sentence)) or not (city := places.city_in(sentence[m.end():m.end() + 40])):
        return ""
    return city[1] if city[0] == host else ""


def _city_from_next(doc: Document, s: Sentence, visit: VisitFound) -> bool:
    """A visit told without a city ("… fevralın 17-də Macarıstana işgüzar səfərə gedib.") is in the host's
    capital when the next sentence names it and no other place of the host ("Budapeştdə Bayramov …"), or
    the one after when the next names no place ("Milli.az xəbər verir ki, …" then "Astana Beynəlxalq Hava
    Limanında …"). True when the sentence names a capital or city: the question is settled."""
    if visit.host == "CYN" and "Nicosia" in s.text and _NORTH_OF_NICOSIA.search(s.text):
        visit.city = countries.get("CYN").capital  # round 31: "held talks … in the north part of Nicosia"
        return True
    # round 24: the visitor's own capital in a name is no place ("had barely landed from Tashkent when he sat down with
    # The Budapest Times")
    denied = _places_denied(s.text)
    capitals = {m.iso3 for m in doc.mentions(s) if m.is_capital
                and not (m.iso3 == visit.visitor.iso3 and _in_a_name(doc.text, m))
                and not any(a <= m.start - s.start < b for a, b in denied)  # round 66 (visits66a)
                and not _capital_as_government(s.text, m.start - s.start, m.end - s.start)}  # round 75
    city = places.city_in(s.text)
    if city and city[0] == visit.host and (went := _city_went_on_to(s.text, visit.host)):
        city = visit.host, went  # round 75 (visits75): "после чего лидеры направились в Хиву"
    if capitals == {visit.host} and not (city and city[0] == visit.host):
        visit.city = countries.get(visit.host).capital
    elif capitals == {visit.host} and city and city[0] == visit.host and _capital_named_first(doc, s, visit.host):
        visit.city = countries.get(visit.host).capital  # round 25: "В Астане подписаны …, в Алматы прошёл бизнес-форум"
    elif not capitals and city and city[0] == visit.host and not _FUTURE.search(s.text) \
            and not _VISIT_PROGRAMME.search(s.text):  # round 39 (visits B2)
        # a city of the host that is no capital, alone: "… Türkiyəyə işgüzar səfərə gəlib." "… dövlətimizin başçısı
        # Antalya Diplomatiya Forumunda iştirak edir" (not one still to come: "sabah Şuşaya gedəcək")
        visit.city = city[1]
    elif not capitals and not city and _AT_MINISTRY.search(s.text) and set(doc.codes(s)) <= {visit.host}:
        # round 18: talks held at a ministry, which sits in the capital ("Görüş oktyabrın 21-də Xarici İşlər
        # Nazirliyində … keçib"); the sentence names no state but the host's (not "Tacikistan XİN-də")
        visit.city = countries.get(visit.host).capital
        return True
    elif not capitals and not city and (port := places.airport_city(s.text)) and port[0] == visit.host:
        # round 20: met at the airport of the host's capital, told after the arrival in a country ("… Qırğızıstan
        # Respublikasına rəsmi səfərə gəlib." "Manas Beynəlxalq Hava Limanında nazirini … qarşılayıb")
        visit.city = port[1]
        return True
    return bool(capitals or city)


# Round 66 (visits66a): a place told as not the one, then the one it was: "прошли не в Анкаре, а в Измире" (dev/1079),
# "held not in Astana but in Turkistan", "Ankara'da değil, İzmir'de", "Bakıda deyil, Gəncədə": the denied place (the
# group) is no place of the visit
_PLACE_DENIED = re.compile(r"\b(?:не\s+в|not\s+in)\s+([^\W\d_][\w-]*)\s*,?\s+(?:а|but)\s+(?:в|in)\s"
                           r"|\b([^\W\d_][\w'’-]*)\s+(?:değil|deyil)\s*,", re.I)
_DENIAL_WORDS = ("не в ", "not in ", "değil", "deyil")  # one is in every _PLACE_DENIED match (lower case)


def _places_denied(sentence: str) -> list[tuple[int, int]]:
    """The spans, in the sentence, of the places it tells as not the one (_PLACE_DENIED)."""
    low = sentence.lower()
    if not any(w in low for w in _DENIAL_WORDS):
        return []
    return [m.span(1) if m[1] else m.span(2) for m in _PLACE_DENIED.finditer(sentence)]


# Round 18: at a ministry, in the locative: Azerbaijani "Xarici İşlər Nazirliyində", "Nazirliyin binasında", Turkish
# "Dışişleri Bakanlığı'nda", Russian "в МИД", "в здании Министерства …", "в Министерстве …", English "at the Foreign
# Ministry", "at the Ministry of Energy" (not "Nazirliyinin məlumatına görə", according to the ministry)
_AT_MINISTRY = re.compile(r"\bNazirliy(?:ində|in\s+binasında)|\bBakanlığı['’]?nda\b"
                          r"|\bв\s+(?:здании\s+)?(?:МИД|Министерств[еа])\b"
                          r"|\bat\s+the\s+(?:[A-Z][\w-]+\s+){0,3}Ministry\b")


def _city_from_before(doc: Document, k: int, visit: VisitFound) -> None:
    """A visit told without a city in sentence k, the place told first: "В Баку прошло заседание комиссии …"
    "Стороны обсудили …" "Заседание провели … Серик Жумангарин, находящийся в Азербайджане с рабочим визитом":
    the host's capital, as _city_from_next reads it, from the nearest of the CITY_SENTENCES before that names a
    capital or city. Round 21: a dateline among them ("БИШКЕК, 15 апр — Sputnik.") names where the report was filed,
    not the visit's place: it is passed over and not counted, so a lead after a headline and a subheading reads the
    city the subheading names ("… провели переговоры в Душанбе." "БИШКЕК, 15 апр — Sputnik." "Президент …, прибывший
    … с государственным визитом в Таджикистан, …")."""
    told = [before for before in doc.sentences[max(0, k - CITY_SENTENCES - 1):k] if not _filed_from(before)]
    for before in reversed(told[-CITY_SENTENCES:]):
        if _city_from_next(doc, before, visit):
            return


_FILED_LENGTH = 60  # a dateline is a short sentence of its own


def _filed_from(s: Sentence) -> bool:
    """Is the sentence a dateline of its own, a place then a day ("БИШКЕК, 15 апр — Sputnik.", "Baku, 12 March,
    AZERTAC.")? Cheap checks first: short, a digit, then the pattern."""
    return len(s.text) < _FILED_LENGTH and any(c.isdigit() for c in s.text) and bool(_DATELINE.match(s.text))


# Round 46: a visit under way told as lasting until a day ("Nazirin Özbəkistana işgüzar səfəri oktyabrın 9-dək davam
# edəcək", "визит продлится до пятницы", "the visit will last until Friday"): the future is its end's, the type it
# says is of the visit made, no visit to come
# Round 90 (v1, VISIT_ENDS): or as ending, its type told only there ("Bakanın Azerbaycan'a yaptığı resmi ziyaret yarın
# sona erecek", dev/1364; "… Azərbaycana rəsmi səfəri martın 18-də başa çatacaq", dev/1365; "визит завершится",
# "the official visit will end on Friday")
_LASTS_UNTIL = re.compile(r"\b(?:davam\s+edəcək|devam\s+edecek|продлится"
                          r"|will\s+(?:last|continue)\s+(?:until|till|through))"
                          r"|\b(?:sona\s+er(?:ecek|di)|başa\s+çat(?:acaq|ıb|dı)|заверш(?:ится|ился|ён)"
                          r"|(?:will\s+end|ended|ends|concludes|concluded)\b)", re.I)


# Round 48: a type said of someone's visit by the possessive ("After President Tamás Sulyok's state visit in May,
# Foreign Minister X came to Baku in July"): that person's visit's, not the visit of another the sentence names
_POSSESSED_TYPE = re.compile(rf"([{CAPITALS}][\w-]+(?:\s+[{CAPITALS}][\w-]+){{0,2}})['’]s\s+(?:[\w-]+\s+)?"
                            r"(?:state|official|working)\s+visit\b")


# Round 49: or named after "of", or the subject of "made/paid his … visit" ("the agreements reached during the state
# visit of Serdar Berdimuhamedow to Astana", "When Mirziyoyev made his landmark 2018 state visit to Dushanbe")
# round 51 (visits): or after "by" ("… including a state visit by President Ilham Aliyev to Turkmenistan")
_NAMED_TYPE_OWNER = re.compile(rf"\b(?:state|official|working)\s+visit\s+(?:of|by)\s+"
                               rf"([{CAPITALS}][\w-]+(?:\s+[{CAPITALS}][\w-]+){{0,3}})"
                               rf"|([{CAPITALS}][\w-]+(?:\s+[{CAPITALS}][\w-]+){{0,2}})\s+(?:made|paid)\s+"
                               r"(?:his|her)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:state|official|working)\s+visit\b")


# Round 69 (az69): the Azerbaijani owner in the genitive, his time and host between it and the type ("Prezident
# İlham Əliyevin 2024-cü ilin avqustunda Özbəkistana dövlət səfəri zamanı imzalanan sənədlər …", dev/1112): that
# person's visit, its type no other's (an op-ed's author's own trip told elsewhere)
_LOCAL_GENITIVE_TYPE_OWNER = re.compile(rf"\b([{CAPITALS}][\w-]+(?:\s+[{CAPITALS}][\w-]+){{0,2}}?[ıiuü]n)\s+"
                                        r"(?:[\w'’-]+\s+){0,5}?(?:dövlət|rəsmi|işgüzar)\s+səfər")


# Round 70 (history70): the Turkish owner in the genitive after his apostrophe, the visit noun owned a few words on and
# its type told later in the sentence ("… karşılanan Demirel'in bu ziyareti, … ilk resmi ziyaret olarak kayıtlara
# geçti", dev/1125): that person's visit, its type no other's (a minister's trip the anniversary piece tells decades on)
_TR_GENITIVE_VISIT_OWNER = re.compile(rf"\b([{CAPITALS}][\w-]+(?:\s+[{CAPITALS}][\w-]+){{0,2}}?)['’]n?[ıiuü]n\s+"
                                      r"(?:[\w'’-]+\s+){0,3}?ziyareti\b")


def _tr_genitive_type_owner(sentence: str, resolver: Resolver) -> str:
    """The owner of the visit a Turkish sentence types (_TR_GENITIVE_VISIT_OWNER): the table's name, else his name as
    written (the surname of someone the table does not know, matched by _owns_the_type); "" for a state's genitive."""
    if not (m := _TR_GENITIVE_VISIT_OWNER.search(sentence)) or places.mentions(m[1]):
        return ""
    person = resolver.resolve(m[1], speaking=False)
    return person.name if person and person.rule in ("name", "office") else m[1]


def _owns_the_type(owner: str, visitor: Person) -> bool:
    """Is the typed visit's owner ("" for anyone's) the visitor, by his name or (round 70) his surname as written?"""
    return owner in ("", visitor.name) or (" " not in owner and visitor.name.split()[-1] == owner)


def _owner_of_the_type(sentence: str, resolver: Resolver) -> str:
    """The name of the one whose visit's type an English sentence says by the possessive (_POSSESSED_TYPE) or by
    name (_NAMED_TYPE_OWNER), an Azerbaijani one by the genitive (_LOCAL_GENITIVE_TYPE_OWNER), a Turkish one by the
    genitive (_tr_genitive_type_owner), else ""."""
    if "səfər" in sentence and (local := _LOCAL_GENITIVE_TYPE_OWNER.search(sentence)):
        person = resolver.resolve(az_nominative(local[1]), speaking=False)
        if person and person.rule in ("name", "office"):
            return person.name
    if "ziyareti" in sentence and (owner := _tr_genitive_type_owner(sentence, resolver)):
        return owner
    if not (("'s " in sentence or "’s " in sentence) and (m := _POSSESSED_TYPE.search(sentence))):
        m = _NAMED_TYPE_OWNER.search(sentence) if " visit" in sentence else None
        if not m:
            return ""
        person = resolver.resolve(m[1] or m[2], speaking=False)
        return person.name if person and person.rule in ("name", "office") else ""
    person = resolver.resolve(m[1], speaking=False)
    return person.name if person and person.rule in ("name", "office") else ""


# Round 72 (events72): the visit's status told of "the trip" or "the visit", an aside between ("The trip, the Kyrgyz
# presidential press service said later in the day, had the status of an official visit", dev/1150)
_EN_TRIP_HAD_THE_STATUS = r"(?:visit|trip)(?:,[^,;]{1,80},)?\s+(?:had|has|carried)\s+the\s+status\s+of\s+(?:an?\s+)?"
# Round 51 (visits): a sentence opening on "the" typed visit ("The working visit, the first by …, began with talks")
# speaks of the visit told before it: its type is that visit's, not one for any other visit to the host (a trip someone
# made there last year, told in a relative clause later)
# (round 72, events72: or on the trip whose status it tells, "The trip, …, had the status of an official visit")
_OPENS_ON_THE_TYPED_VISIT = re.compile(r"(?:The|This)\s+(?:[\w-]+-day\s+)?(?:state|official|working)\s+visit\b"
                                       r"|(?:The|This)\s+" + _EN_TRIP_HAD_THE_STATUS)


def _owner_of_the_visit_opening(sentence: str, visits: list[VisitFound]) -> str:
    """The visitor of the visit told last when the sentence opens on the typed visit (_OPENS_ON_THE_TYPED_VISIT),
    else ""."""
    latest = _latest(visits) if visits and sentence.startswith(("The ", "This ")) else None
    return latest.visitor.name if latest and _OPENS_ON_THE_TYPED_VISIT.match(sentence) else ""


def _said_type(sentence: str, local: bool) -> str | None:
    """state/official/working, said in English or in the other three languages (not summit)."""
    if said := _SAID_TYPE.search(sentence):
        return lowered(said[1])
    kind = _local_type(m) if local and (m := _LOCAL_TYPE.search(sentence)) else None
    return kind if kind != "summit" else None


# A host receiving his guest in a visit sentence: "Turkish President Recep Tayyip Erdoğan welcomed Azerbaijani
# President Ilham Aliyev to Ankara on Tuesday for a working visit", "X hosted Y in Baku …", "X received Y, who …";
# not a thing welcomed ("welcomed the proposal", "welcomed Aliyev's initiative")
_WELCOMED = re.compile(r"(?P<host>[A-Z][^,.;]{2,80}?)\s+(?:welcomed|hosted|received|greeted)\s+" + _GUEST_LEAD +
                       r"(?P<guest>[A-Z][^,.;]{2,120}?)(?=\s+(?:to|in|on|at|who|during|for)\b|[,.;]|$)")
_WELCOMED_WORDS = ("welcomed", "hosted", "received", "greeted", "was met")  # one is in every _WELCOMED/_RECEIVED_BY match


def _welcomed_guest(sentence: str, host: str, resolver: Resolver) -> Person | None:
    """The guest a visit sentence's host welcomed (_WELCOMED): someone of the table, of another state than the host
    and the visit's place ("welcomed Azerbaijan's Ilham Aliyev"). None for one who does not resolve ("welcomed Aliyev's
    initiative": the resolver takes no possessive for a person)."""
    verbs = [i for i in (sentence.find(word) for word in _WELCOMED_WORDS) if i >= 0]
    m = _WELCOMED.search(sentence, _after_last_stop(sentence, min(verbs), ",.;")) if verbs else None
    if not m:
        return None
    receiver = resolver.resolve(_VISITOR_LEAD.sub("", m["host"]), speaking=False)
    guest = resolver.resolve(m["guest"], speaking=False)
    if not (receiver and guest and receiver.rule in ("name", "office") and guest.rule in ("name", "office")):
        return None
    return guest if guest.iso3 and receiver.iso3 and guest.iso3 not in (receiver.iso3, host) else None


def _meeting_party(sentence: str, host: str, resolver: Resolver) -> Person | None:
    """The visitor of a visit sentence that says who held talks but not who visited ("Trade Minister Ömer
    Bolat held talks in Baku on Feb. 3 with Azerbaijani officials during a working visit"): the party of
    the talks (the subject, else the one after "with") who is not of the host state. Someone of no known
    country counts, as the capital named is the host's."""
    m = _parties(sentence)
    if not m:
        return None
    for phrase in (m["subj"], m["obj"]):
        if phrase and _GROUP.match(phrase):
            continue  # a group is no visitor (its "Turkic States" would be taken for an unlisted name)
        person = resolver.resolve(_POSSESSIVE.sub("", phrase), speaking=False) if phrase else None
        if person is None and phrase:
            # round 24: a title longer than a name run, which cuts the name ("Turkish Grand National Assembly Speaker
            # Numan | Kurtulmuş")
            person = _titled_newcomer(phrase, resolver)
        if person and person.rule != "anaphor" and person.iso3 != host:
            return person
    return None


# The host a typed visit names after it: "Tokayev's state visit to Azerbaijan in August 2022"
_TYPED_TO = re.compile(r"\b(?:state|official|working)\s+visit\s+to\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _typed_hosts(doc: Document, s: Sentence) -> list[str]:
    """The states a dayless sentence that says a visit's type may give it to: the one named right after "visit to"
    when it names one ("Relations between Astana and Baku gained momentum after Kazakh President …'s state visit to
    Azerbaijan": Azerbaijan's, not Kazakhstan's), else every state the sentence names."""
    m = _TYPED_TO.search(s.text) if " visit to " in s.text else None
    named = places.codes_in(m[1]) if m else []
    if named:
        return named[:1]
    # the state of a city that is no capital, which names no state ("… çalışma ziyareti kapsamında geldiği Kayseri'de")
    city = places.city_in(s.text)
    return doc.codes(s) + [city[0]] if city and city[0] not in doc.codes(s) else doc.codes(s)


# Round 18b: the type of the visit just told said in a sentence of its own, the visit its subject: "The visit is
# official.", "The visit is a working one", "is of an official nature"; Russian "Визит носит официальный характер",
# "Визит является рабочим"; Azerbaijani "Səfər rəsmi xarakter daşıyır", "rəsmi xarakterlidir"; Turkish "Ziyaret resmi
# nitelikte", "Ziyaret, çalışma ziyareti niteliğinde"
# Round 75 (transcript75, dev/1182): an aside between there too, "The visit, made at the invitation of the Kazakh
# side, is a working one", "The visit, his second this year, was an official one"
# Round 88 (v1, visit_aside_which): the aside a longer relative clause on the visit ("The visit, which is taking place
# at the invitation of Toraga of the Jogorku Kenesh Nurlanbek Turgunbek uulu, is an official one", dev/1338), and
# "this"/"his"/"her" visit its subject too ("Her visit, which …, was a working one")
_VISIT_ASIDE = r"(?:,\s+which\s+[^,;]{1,140},|,[^,;]{1,80},)?"
_VISIT_IS_TYPED = re.compile(r"\b(?:the|this|his|her)\s+visit" + _VISIT_ASIDE
                             + r"\s+(?:is|was|had\s+been|has\s+been)\s+"
                             r"(?:an?\s+|of\s+an?\s+)?(state|official|working)\b"
                             r"(?!\s+(?:talks|meeting|ceremony|delegation))"
                             r"|\bthe\s+" + _EN_TRIP_HAD_THE_STATUS + r"(state|official|working)\b"  # round 72
                             # round 32: described or called so, an aside on the visit between ("The visit, which ends
                             # today, was described by his ministry as a \"working visit\"", "has been billed as an
                             # official one")
                             r"|\bthe\s+visit(?:,[^,;]{1,80},)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:being\s+)?"
                             r"(?:described|called|termed|billed|characteri[sz]ed|classified|designated|label+ed)"
                             r"\s+(?:by\s+[^,;\"“]{1,60}?\s+)?(?:as\s+)?(?:an?\s+)?[\"“]?(state|official|working)\b"
                             # round 45: and in the active voice, the trip the thing described ("The ministry in Baku
                             # described the trip as a working visit", "Ankara called his visit an official one")
                             r"|\b(?:described|called|termed|billed|characteri[sz]ed|classified|labell?ed)\s+"
                             r"(?:the|his|her|this)\s+(?:visit|trip)\s+(?:as\s+)?(?:an?\s+)?[\"“]?"
                             r"(state|official|working)\b"
                             # round 44: an aside between in Russian too ("Визит, который продлится три дня, носит
                             # официальный характер")
                             r"|\bвизит(?:,[^,;]{1,80},)?\s+(?:носит|носил|имеет|имел|является|был)\s+"
                             # round 55: the status word first ("Визит, первый для … лидера в этом году, носит статус
                             # государственного")
                             r"(?:статус\s+)?(государственн|официальн|рабоч)\w*"
                             # round 52 (visits): whose visit in the genitive between ("Визит главы казахстанского
                             # внешнеполитического ведомства носит официальный характер", "Визит Е.Кошербаева носит …");
                             # not a visit to come ("Предстоящий визит … лидера … имеет государственный статус")
                             # round 60 (visits60a): an aside after whose ("Визит кыргызского лидера, начавшийся
                             # 11 марта, имеет статус государственного")
                             r"|(?<!предстоящий\s)(?<!будущий\s)(?<!ответный\s)\bвизит\s+(?:[а-яё.-]+\s+){0,5}?"
                             r"[а-яё.-]+(?:,[^,;]{1,80},)?\s+(?:носит|носил|имеет|имел|является|являлся|был)\s+"
                             r"(?:статус\s+)?(государственн|официальн|рабоч)\w*"
                             r"|\bsəfəri?\s+(dövlət|rəsmi|işgüzar)\s+(?:xarakter|səciyyə)"
                             # round 67 (fidanq67): and the subject of a clause told in the genitive ("Fidan,
                             # Kırgızistan'a yaptığı ziyaretin resmi nitelikte olduğunu … söyledi", dev/1089)
                             r"|\bziyaret(?:in)?,?\s+(devlet|resmi|çalışma)\s+(?:ziyareti\s+)?nitelik"
                             # round 86 (n5): or its predicate a typed visit, "olduğu" after ("açıklamada ziyaretin
                             # bir çalışma ziyareti olduğu belirtildi", dev/1321)
                             r"|\bziyaretin\s+(?:bir\s+)?(devlet|resm[iî]|çalışma)\s+ziyareti?\s+olduğu"
                             # round 50: the visit's nature its subject ("programında ziyaretin niteliği \"çalışma
                             # ziyareti\" olarak yer aldı", "səfərin xarakteri işgüzar səfər kimi")
                             r"|\bziyaretin\s+niteliği,?\s+[\"“]?(devlet|resmi|çalışma)\s+ziyaret"
                             r"|\bsəfərin\s+(?:xarakteri|statusu),?\s+[\"“]?(dövlət|rəsmi|işgüzar)\s+səfər"
                             # round 58 (visits): the visit the subject, its type the Turkish noun predicate that
                             # ends the sentence ("Kırgız liderin ziyareti, … davetiyle gerçekleşen resmi bir ziyaret.")
                             r"|\bziyareti?,\s+[^.;]{0,120}?\b(devlet|resm[iî]|çalışma)\s+(?:bir\s+)?"
                             r"ziyaret(?:tir)?\s*\.?$"
                             # what a sentence opens with as done within the visit: "Çalışma ziyareti kapsamında ilk
                             # olarak … ziyaret eden X", "В рамках рабочего визита X посетил …", "İşgüzar səfər
                             # çərçivəsində …" (at its start or after a comma: not "Erdoğan'ın resmi ziyareti kapsamında")
                             r"|(?:^|,\s)(devlet|resmi|çalışma)\s+ziyareti\s+kapsamında"
                             # round 51 (visits): a release's "Resmî ziyaret çerçevesinde Bakanımız, …"
                             r"|^(devlet|resm[iî]|çalışma)\s+ziyareti?\s+(?:çerçevesinde|kapsamında)"
                             # round 64 (visits64b): the contacts told as held within "a" typed visit, the
                             # indefinite article and the verb of its taking place after ("Azerbaycanlı bakanın
                             # temasları … bir çalışma ziyareti kapsamında gerçekleşiyor"; dev/1059)
                             r"|\bbir\s+(devlet|resm[iî]|çalışma)\s+ziyareti\s+(?:kapsamında|çerçevesinde)\s+"
                             # (under way or done: "gerçekleşecek", a visit to come, types none told now)
                             r"(?:gerçekleş(?:iyor|ti|mekte)|sür(?:dürül)?(?:üyor|dü)|devam\s+ed(?:iyor|ti))"
                             r"|(?:^|,\s)в\s+рамках\s+(государственн|официальн|рабоч)\w*\s+визита"
                             r"|(?:^|,\s)(dövlət|rəsmi|işgüzar)\s+səfəri?\s+çərçivəsində"
                             # round 44: and in English ("During the working visit, the sides signed …")
                             r"|(?:^|,\s)(?:during|in\s+the\s+course\s+of)\s+the\s+(state|official|working)\s+visit\b"
                             # round 50: a sentence opening on the typed visit, what it is devoted to or how long it
                             # lasts after ("Рабочий визит посвящен увеличению перевозок …", "The working visit is
                             # devoted to …")
                             r"|^(государственн|официальн|рабоч)\w*\s+визит\s+(?:[а-яё]+\s+)?(?:посвящ|прод[ло]л|"
                             r"прох[оу]д|прош[её]л|заверш|начал|начина)"
                             r"|^the\s+(state|official|working)\s+visit\s+(?:is|was)\s+(?:being\s+)?(?:devoted|"
                             r"dedicated|focused|aimed)\b"
                             # round 51 (visits): or how it began ("Официальный визит начался с переговоров …", "The
                             # official visit began with talks …")
                             r"|^the\s+(state|official|working)\s+visit(?:,[^,;]{1,80},)?\s+(?:began|started|opened)\b"
                             # round 51 (visits gaps): a sentence opening on "this" typed visit, its verb right after
                             # ("This working visit is short.", "Этот рабочий визит продлится два дня", "Bu çalışma
                             # ziyareti iki gün sürecek", "Bu işgüzar səfər iki gün davam edəcək")
                             r"|^this\s+(state|official|working)\s+visit(?:,[^,;]{1,80},)?\s+(?:is|was|will|lasts|"
                             r"lasted|ends|ended|continues|includes|included|has|had)\b"
                             r"|^(?:этот|данный)\s+(государственн|официальн|рабоч)\w*\s+визит\b"
                             r"|^bu\s+(devlet|resm[iî]|çalışma)\s+ziyareti\b|^bu\s+(dövlət|rəsmi|işgüzar)\s+səfər"
                             # and what someone called the visit, its object ("Tuesday's talks opened what the
                             # regional administration described as a two-day working visit")
                             r"|\bwhat\s+[^,;]{1,60}?\s+(?:described|called|termed|billed|characteri[sz]ed)\s+"
                             # Round 92 (v2, WHAT_DESCRIBED_IN): where it said so between ("was paying what Ankara
                             # described in a later statement as an official visit", dev/1393)
                             r"(?:(?:in|on)\s+[^,;]{1,40}?\s+(?=as\s))?(?:as\s+)?"
                             r"(?:an?\s+)?(?:[\w-]+\s+)?(state|official|working)\s+visit\b",
                             re.I)


# Round 49: the visit's type told in a relative clause on it ("The visit, which the presidency in North Nicosia
# described as a working visit, ended …", "Визит, который в пресс-службе акимата назвали рабочим, продлится …")
_VISIT_TYPED_BY_WHICH = re.compile(r"\bthe\s+(?:visit|trip),\s+which\s+[^,;]{1,80}?\s+(?:described|called|termed|"
                                   r"billed|characteri[sz]ed|labell?ed)\s+(?:as\s+)?(?:an?\s+)?[\"“]?"
                                   r"(state|official|working)\b"
                                   # Round 78 (docs78): the participle with no "which", whoever described it
                                   # between ("The trip, described by Ankara as a working visit, ended with …",
                                   # dev/1222; "The visit, billed as an official one, …")
                                   r"|\bthe\s+(?:visit|trip),\s+(?:described|called|termed|billed|characteri[sz]ed"
                                   r"|labell?ed)\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+(?:an?\s+)?[\"“]?"
                                   r"(state|official|working)\b"
                                   # round 53: whose visit between, the aside saying its nature ("The visit, which was
                                   # of a working nature, began …", "The visit of the Azerbaijani delegation, which was
                                   # of a working nature, continued on 13 August")
                                   r"|\bthe\s+(?:visit|trip)(?:\s+(?:of|by)\s+[^,;]{1,60}?)?,\s+which\s+(?:is|was)\s+"
                                   r"of\s+an?\s+(state|official|working)\s+(?:nature|character)\b"
                                   r"|\b(?:визит|поездк[уа]),\s+(?:который|которую)\s+[^,;]{1,80}?\s+(?:назвал[иа]?|"
                                   r"охарактеризовал[иа]?)\s+(?:как\s+)?(государственн|официальн|рабоч)\w*"
                                   # round 57 (visits): the aside itself saying its nature ("Визит, который носит
                                   # официальный характер, продлится до …", "Визит, который имеет статус рабочего, …")
                                   r"|\bвизит,\s+который\s+(?:носит|имеет)\s+(?:статус\s+)?"
                                   r"(государственн|официальн|рабоч)\w*"
                                   # "It is the first official visit to Türkiye by the Turkmen president since …"
                                   r"|^(?:It|This)\s+(?:is|was)\s+(?:the|his|her)\s+(?:first|second|third)\s+"
                                   r"(state|official|working)\s+visit\b", re.I)


# Round 54 (visits): the talks told as held at the level (in the format) of a typed visit, a sentence after the arrival
# ("Devlet ziyareti düzeyinde gerçekleştirilen temasların merkezinde …", "resmi ziyaret seviyesinde", "dövlət səfəri
# səviyyəsində keçirilən danışıqlar", "Переговоры прошли в формате государственного визита", "at the level of a state
# visit"): the type of the visit told before; not of a visit to come (_FUTURE, in _visit_is_typed)
_AT_THE_LEVEL_OF_THE_TYPE = re.compile(r"\b(devlet|resm[iî]|çalışma)\s+ziyareti?\s+(?:düzeyinde|seviyesinde|formatında)"
                                       r"|\b(dövlət|rəsmi|işgüzar)\s+səfəri?\s+(?:səviyyəsində|formatında)"
                                       r"|\b(?:на\s+уровне|в\s+формате|в\s+ранге)\s+(государственн|официальн|рабоч)\w*"
                                       r"\s+визита"
                                       r"|\b(?:at\s+the\s+level|in\s+the\s+format)\s+of\s+an?\s+"
                                       r"(state|official|working)\s+visit\b"
                                       # round 75 (visits75): the visit, the subject, "carried out at the official
                                       # level" (dev/1192), "held at the state level"
                                       r"|\bvisit\b[^.;]{0,60}?\b(?:carried\s+out|held|conducted|made|paid)\s+at\s+"
                                       r"the\s+(state|official|working)\s+level\b", re.I)
_LEVEL_WORDS = ("düzeyinde", "seviyesinde", "formatında", "səviyyəsində", "уровне", "формате", "ранге", "the level of",
                "the format of", " level")


# Round 56 (visits B): a sentence saying "this is" someone's typed visit, the type its predicate at the sentence's end
# ("Qeyd edək ki, bu, Şamaxı rəhbərinin işgüzar səfəridir.", "Bu, Bakanın Türkiye'ye ilk resmi ziyaretiydi.", "Это
# рабочий визит главы района."): the type of the visit told before. Not one denied or to come ("… səfəri deyil",
# "… olacaq", "Это будет …": the type word must end the sentence, a copula at most after it).
_THIS_IS_THE_TYPED_VISIT = re.compile(r"(?:^|\bki,?\s+)bu,?\s+(?:\S+\s+){0,4}?"
                                      r"(?:(dövlət|rəsmi|işgüzar)\s+səfəri(?:dir|dır|\s+idi)?"
                                      r"|(devlet|resm[iî]|çalışma)\s+ziyareti(?:dir|ydi|ydı|\s+idi)?)\s*[.!]?\s*$"
                                      r"|(?:^|\bчто\s+)это\s+(?!будет)(?:[а-яё-]+\s+){0,2}?"
                                      r"(государственн|официальн|рабоч)\w*\s+визит(?:\s+[^.,;:!?]{1,60})?\s*[.!]?\s*$"
                                      # and in English ("This is a working visit.", "It is an official visit of the
                                      # governor")
                                      r"|^(?:this|it)\s+is\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?"
                                      r"(state|official|working)\s+visit(?:\s+[^.,;:!?]{1,60})?\s*[.!]?\s*$"
                                      # round 57 (visits): in the past, maybe "formally", a clause joined after ("It
                                      # was formally a working visit, and it was planned that way")
                                      r"|^(?:this|it)\s+was\s+(?:formally\s+|officially\s+)?(?:an?|his|her)\s+"
                                      r"(?:[\w-]+\s+){0,2}?(state|official|working)\s+visit"
                                      r"(?:\s*[.!]?\s*$|,\s+(?:and|but)\s)", re.I)
# one is in every _THIS_IS_THE_TYPED_VISIT match
_THIS_IS_WORDS = ("bu", "Bu", "это", "Это", "This is", "It is", "This was", "It was")


def _visit_is_typed(sentence: str) -> str | None:
    """The type a sentence whose subject is the visit says it is (_VISIT_IS_TYPED, _VISIT_TYPED_BY_WHICH,
    _AT_THE_LEVEL_OF_THE_TYPE, _THIS_IS_THE_TYPED_VISIT)."""
    m = _VISIT_IS_TYPED.search(sentence) or ((", " in sentence or sentence.startswith(("It ", "This ")))
                                                 and _VISIT_TYPED_BY_WHICH.search(sentence))
    if not m and any(w in sentence for w in _THIS_IS_WORDS):
        m = _THIS_IS_THE_TYPED_VISIT.search(sentence)
    if not m and any(w in sentence for w in _LEVEL_WORDS) and not _FUTURE.search(sentence):
        m = _AT_THE_LEVEL_OF_THE_TYPE.search(sentence)
    if not m:
        return None
    word = lowered(next(g for g in m.groups() if g))
    return _LOCAL_TYPES.get(word) or word


# Round 47: the clause of a typed visit told in a year ("… a target first set when Viktor Orbán paid a state visit to
# Astana in November 2023"): that year's visit, no type for the one the article tells of another year
_TYPED_CLAUSE = re.compile(r"[^,;]*")


def _years_of_the_type(sentence: str) -> list[int]:
    """The years told in the clause that says a visit's type, from the type word on (_IN_YEAR); round 70
    (history70): the type said in Turkish or Azerbaijani as well ("… ilk resmi ziyareti ise 1993 yılı içinde
    gerçekleşti", dev/1125)."""
    m = _SAID_TYPE.search(sentence) or _LOCAL_TYPE.search(sentence)
    if not m:
        return []
    return [_in_year_told(y) for y in _IN_YEAR.finditer(_TYPED_CLAUSE.match(sentence, m.start())[0])]


# Round 59 (visits): a Turkish or Azerbaijani future participle of the visit's length, right before its type ("İki gün
# sürecek çalışma ziyareti kapsamında …", the working visit that will last two days): the visit under way, no future
# round 60 (visits B): or the visit word between, the type told of it after ("iki gün sürecek ziyareti resmi ziyaret
# statüsünde gerçekleşiyor", the visit that will last two days is of official status)
_LASTING_TYPED = re.compile(r"s[üu]r(?:ecek|əcək)\s+(?:(?:ziyaret|səfər)\w{0,3}\s+)?"
                            r"(?:resm[iî]|çalışma|devlet|rəsmi|işgüzar|dövlət)\s", re.I)


# Round 80 (aghdam80b, _SPEAKER_S_CANDOUR): a speaker's "I will be honest with you" is how he says what follows, no
# visit to come ("I will be honest with you, it was one of the most emotional days of my working visit to Azerbaijan",
# dev/1246; Turkish "Açık konuşacağım, …", "Dürüst olacağım, …", Azerbaijani "Açığını deyəcəyəm, …"): the future in it
# is not the typed visit's. Only the first person's candour: "He will be frank about his state visit" is left a future.
_CANDOUR_WORDS = ("honest", "frank", "candid", "çık", "ürüst", "çığını", "əmimi")  # any case of the first letter
_SPEAKER_S_CANDOUR = re.compile(r"\bI\s+will\s+be\s+(?:honest|frank|candid)(?:\s+with\s+you)?\s*[,:]"
                                r"|(?<![^\W\d_])(?:açık(?:ça)?\s+(?:konuşacağım|söyleyeceğim)|dürüst\s+olacağım"
                                r"|(?:açığını|səmimi)\s+deyəcəyəm)\s*[,:]", re.I)


def _future_beyond_lasting(sentence: str) -> bool:
    """Does the sentence tell a future (_FUTURE) other than its typed visit's length (_LASTING_TYPED) or the speaker's
    candour (_SPEAKER_S_CANDOUR)?"""
    candour = [(c.start(), c.end()) for c in _SPEAKER_S_CANDOUR.finditer(sentence)] \
        if any(w in sentence for w in _CANDOUR_WORDS) else []
    return any(not (m[0].lower() in ("sürecek", "sürəcək") and _LASTING_TYPED.match(sentence, m.start()))
               and not any(x <= m.start() < y for x, y in candour)
               for m in _FUTURE.finditer(sentence))


# Round 49: a visit someone "is expected in" a state on is still to come ("President X is expected in Turkmenistan on a
# state visit in the autumn"): its type is no other visit's
_EXPECTED_IN = re.compile(r"\b(?:is|are)\s+expected\s+(?:in|at)\s+[A-Z]")


def _type_said_elsewhere(visit: VisitFound, typed: list[tuple[str, list[str], list[int], str]]) -> None:
    """A visit of no type takes the type a dayless sentence of the article gave a visit to its host
    ("Ilham Aliyev, who is in Kazakhstan on a state visit" + "Aliyev arrived in Astana on Monday"); not the type of a
    visit told in another year than its own, nor (round 48) of another person's visit ("President X's state visit")."""
    if visit.visit_type == "other":
        kind = next((kind for kind, codes, years, owner in typed
                     if visit.host in codes and all(year == visit.start.year for year in years)
                     and _owns_the_type(owner, visit.visitor)), None)
        if kind:
            visit.visit_type = kind


# Another time than the visit's told in a documents sentence: "Hungary and China concluded 7 agreements last year",
# "in 2019 the two countries signed 12 agreements" (a year other than the visit's, _another_year; round 18: a month or
# "late" between, "a memorandum was signed in January 2021", "в январе 2021 года")
_LAST_YEAR = re.compile(r"\b(?:last|previous)\s+year\b|\bgeçen\s+yıl|\bötən\s+il|\bkeçən\s+il|\bв\s+прошлом\s+году"
                        # round 20: years ago ("a package of 11 documents signed in Shusha a year ago", "год назад",
                        # "bir yıl önce", "iki il əvvəl")
                        r"|\b(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+(?:ago|earlier)\b|\b(?:год|года|лет)\s+назад\b"
                        r"|\byıl\s+önce\b|\bil\s+əvvəl\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|в)\s+(?:[^\W\d_]+\s+)?((?:19|20)\d\d)(?!\d)"
                      r"|\b((?:19|20)\d\d)(?:['’]?(?:de|da|te|ta)|-?(?:ci|cı|cu|cü)\s+ildə"
                      # round 70 (history70): Turkish "1993 yılı içinde", "1993 yılında" (in 1993, dev/1125)
                      r"|\s+yılı(?:nda|\s+içinde))\b"
                      # round 42: a whole date after "on" ("That session was held in Budapest on 14 October 2025, when
                      # … four documents were signed", "on October 14, 2025")
                      r"|\bon\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+((?:19|20)\d\d)(?!\d)", re.I)


def _in_year_told(m: re.Match) -> int:
    """The year an _IN_YEAR match tells, whichever of its forms."""
    return int(next(g for g in m.groups() if g))


# Round 72 (tv72): "last year" right after the visit's own day and month is its date, no other time: "The state visit
# … was on the 27th of August last year, and nine documents were signed then" (dev/1156), "on August 27 last year"
_VISIT_DAY_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<after_day>[A-Z][a-z]+)"
                               r"|\b(?P<before_day>[A-Z][a-z]+)\s+\d{1,2}(?:st|nd|rd|th)?),?\s+$")


def _the_visits_own_day(visit: VisitFound, sentence: str, last_year: re.Match) -> bool:
    """Does the "last year" match follow a day and month of the visit's start ("the 27th of August last year")?"""
    day = _VISIT_DAY_BEFORE.search(sentence, max(0, last_year.start() - 24), last_year.start())
    month = day and when.MONTHS.get((day["after_day"] or day["before_day"]).lower())
    if not month and (after := _TR_VISIT_DAY_AFTER.match(sentence, last_year.end())):
        month = when.local_month(after["month"])
    return bool(month) and month == visit.start.month


# Round 75 (bold75): Turkish puts the day and month after "last year": "Geçen yıl 14 Ekim'de İstanbul Enerji Forumu'na
# katıldığımda … imzaladık" (dev/1188), "geçen yıl 3 Mart'ta"
_TR_VISIT_DAY_AFTER = re.compile(r"\s+\d{1,2}\s+(?P<month>[^\W\d_]+)")


# Round 74 (oped74): "in recent years" tells years, no one visit's time: what it tells signed is no visit's ("Son
# illərdə … memorandum imzalanıb" after the paragraphs of a visit of 1997, dev/1161, now that a memoir's visits told in
# their order are no look back: _later_than_all_told)
_IN_RECENT_YEARS = re.compile(r"\b(?:son\s+illərdə|son\s+yıllarda|(?:в|за)\s+последние\s+годы|in\s+recent\s+years)\b",
                              re.I)


# Round 77 (chart77, dev/1216): a weekday ("on Tuesday") names a day of the report's own week: a signing told so is
# none of a visit recalled months before ("X, who last visited Baku on June 2, …" then "His company signed a
# distribution agreement with a Baku dealer on Tuesday": Szijjártó's visit signed nothing)
_ON_A_WEEKDAY = re.compile(r"\bon\s+(?:" + "|".join(when.WEEKDAYS) + r")\b", re.I)


def _another_time(visit: VisitFound, sentence: str) -> bool:
    """The sentence tells its signing at another time than the visit: last year, or a year not the visit's, or (a
    visit recalled) a day of this week (_ON_A_WEEKDAY)."""
    if visit.recalled and "day" in sentence and _ON_A_WEEKDAY.search(sentence):
        return True  # round 77 (chart77)
    if (last_year := _LAST_YEAR.search(sentence)) and not _the_visits_own_day(visit, sentence, last_year):
        return True
    if ("illərdə" in sentence or "yıllarda" in sentence or "последние" in sentence or "recent years" in sentence) \
            and _IN_RECENT_YEARS.search(sentence):
        return True  # round 74 (oped74)
    if any(_in_year_told(m) != visit.start.year and not _TR_SIGNED_THEN.match(sentence, m.end())
           for m in _IN_YEAR.finditer(sentence)):
        return True
    return ("20" in sentence or "19" in sentence) \
        and any(_another_month_told(visit, m) for m in _MONTH_THEN_YEAR.finditer(sentence))  # round 78 (summit78)


# Round 78 (summit78): a month told with its year, neither the visit's, is another time too, the year alone being the
# visit's ("Tokayev'in Mayıs 2022'deki Ankara ziyaretinde imzalanan belgeler …" under a summit of November 2022,
# dev/1212; "the memorandum signed in May 2022"); the visit's own date ("11 Kasım 2022'de") is no other
_MONTH_THEN_YEAR = re.compile(r"\b(?P<month>[^\W\d_]{3,9})\s+(?P<year>(?:19|20)\d\d)(?!\d)")


def _another_month_told(visit: VisitFound, m: re.Match) -> bool:
    """Does a _MONTH_THEN_YEAR match name a month (English, Turkish, Azerbaijani, Russian) outside the visit's
    months?"""
    # round 80 (gv3): the Russian prepositional too, "соглашение, подписанное в мае 2022 года", "документы,
    # подписанные в ноябре 2024 г." (another month than the visit's)
    month = when.MONTHS.get(m["month"].lower()) or when.local_month(m["month"]) or when.ru_month_in(m["month"])
    if not month:
        return False
    told, end = (int(m["year"]), month), visit.end or visit.start
    return not (visit.start.year, visit.start.month) <= told <= (end.year, end.month)


# Round 53: a year in a Turkish participle of a document signed then ("biri 2014'te imzalanan kardeş şehir protokolünün
# yenilenmesi … olmak üzere iki protokol imzalandı"): the document it qualifies is renewed now, not signed then
_TR_SIGNED_THEN = re.compile(r"(?:['’][dt][ae])?\s+imzalan(?:an|mış)\s")


_CLAUSE = re.compile(r"[^,;]+")


# A Turkish or Azerbaijani verb nominalised in the past, as reported speech puts it ("ziyarette bulunduğunu", "ziyaret
# ettiğini", "səfər etdiyini", "gəldiyini")
_NOMINALISED_PAST = re.compile(r"[dt](?:ığ|iğ|uğ|üğ|ıy|iy|uy|üy)(?:ını|ini|unu|ünü)\b", re.I)
_NEXT_WORDS = re.compile(r"\S*(?:\s+\S+){0,2}")  # the visit word and the two words after it


def _reported_local_visit(sentence: str) -> bool:
    """Is a Turkish or Azerbaijani visit word's verb, within two words of it, nominalised in the past: a visit the
    sentence reports someone told of ("Erdoğan, 2024'te Bakü'ye resmi ziyarette bulunduğunu dün hatırlattı")?"""
    return any(_NOMINALISED_PAST.search(_NEXT_WORDS.match(sentence, m.start())[0]) for m in _LOCAL_VISIT.finditer(sentence)
               if not is_cyrillic(m[0]))


def _visits_of_past_years_only(sentence: str, published: date) -> bool:
    """Round 21: is every clause of an English sentence that holds a visit word told in a year before the article's
    ("Aliyev, who visited Ashgabat in 2024, received … in Baku on Tuesday": asked only of a sentence with a ", who "
    aside)? Then the sentence tells no visit by that word, and is read as any other (a reception, talks); not when a
    clause with no year tells one ("…, who last visited Astana in 2019, arrived in Astana on Tuesday")."""
    told = [c for c in _CLAUSE.finditer(sentence) if _VISIT.search(c[0])]
    return bool(told) and all((years := [_in_year_told(m) for m in _IN_YEAR.finditer(c[0])])
                              and max(years) < published.year for c in told)


def _told_in_another_year(sentence: str, day: tuple) -> bool:
    """Is every clause of the sentence that holds a visit word told in a year other than its first day's, that day
    outside it (round 18: "Mirziyoyev, who was on a state visit to Baku in 2024, spoke on Tuesday", "Erdoğan, 2024'te
    Bakü'ye resmi ziyarette bulunduğunu dün hatırlattı", "Мирзиёев, посетивший Баку в 2024 году, во вторник …")? Then
    the day is another event's. Not when another clause tells a visit with no year ("Aliyev, who last visited Astana
    in 2019, arrived in Astana on Tuesday"). Turkish and Azerbaijani report it in one clause, the verb nominalised
    (_reported_local_visit) and a year other than the day's named."""
    if _reported_local_visit(sentence) and any(_in_year_told(m) != day[0].year for m in _IN_YEAR.finditer(sentence)):
        return True
    told = [c for c in _CLAUSE.finditer(sentence) if _VISIT.search(c[0]) or _LOCAL_VISIT.search(c[0])]
    return bool(told) and all(not c.start() <= day[2] < c.end() and (years := [_in_year_told(m) for m in _IN_YEAR.finditer(c[0])])
                              and day[0].year not in years for c in told)


# Round 83 (h5, in addition to the count): a sentence that opens on the count the visit was told, as what more was
# signed besides ("In addition to these six documents, the two foreign ministers signed a protocol on …", dev/1284):
# that count is told again, not signed again; what the sentence signs is one more (round 44's "In addition, … signed a
# memorandum"), or a count of its own after the phrase. Only the count already told: "In addition to six documents
# …" with none before may be the visit's first count.
_IN_ADDITION_TO_OPENERS = ("In addition to ", "Besides ")
_IN_ADDITION_TO_THE_COUNT = re.compile(r"(?:In\s+addition\s+to|Besides)\s+(?:these|those|the)\s+(\d{1,3}|"
                                       + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?"
                                       r"(?:documents|agreements|memorand\w+|treaties|contracts|deals)\s*,")


# Round 66 (visits66a): a count of documents told as a lower bound, "более"/"свыше"/"more than"/"over" right before it
# ("Всего … было подписано более 20 документов", dev/1079; "the sides signed over 30 agreements"): the number is not
# stated, so documents is null (docs/annotating.md; as "40-dan çox müqavilə imzalanıb" of dev/634)
_LOWER_BOUND_BEFORE = re.compile(r"(?:\bболее|\bсвыше|\bmore\s+than|\bover)\s+$", re.I)


def _firms_count_again(visit: VisitFound, sentence: str, m: re.Match, told: int | None, total: re.Match | None) -> bool:
    """Is the count match `m` (read into visit.documents) the companies' deals already read into the visit's count,
    told again by companies (round 67, dev/1094: the lead, "… with a business forum at which companies … signed 14
    agreements, a day after … nine intergovernmental documents", then "Hungarian and Uzbek firms signed 14 agreements
    there")? Then it is no more than the count told."""
    return (told is not None and total is None and visit.firms_count is not None
            and visit.documents == visit.firms_count and visit.documents < told
            and bool(_EN_FIRMS_SIGNED.search(sentence, 0, m.start())))


def _count_told_as_lower_bound(sentence: str, m: re.Match) -> bool:
    """Is the count a documents match `m` read (its first group that matched) told as a lower bound
    (_LOWER_BOUND_BEFORE right before it)?"""
    group = next((i for i in range(1, (m.re.groups or 0) + 1) if m[i]), 0)
    return bool(group) and bool(_LOWER_BOUND_BEFORE.search(sentence, max(0, m.start(group) - 12), m.start(group)))


def _another_visit_signed_right_before(event: tuple[int, VisitFound] | None, k: int, latest: VisitFound) -> bool:
    """Round 76 (firstperson76): did the sentence right before sentence k tell another visit than `latest` with its
    documents ("… our Minister … visited Almaty and signed a memorandum …", a trip recalled, which _latest passes
    over)? Then "four more memorandums were signed here" is more than that one, not more than the count `latest` was
    told before (dev/1204: the forum's four, told again)."""
    return event is not None and event[0] == k - 1 and event[1] is not latest and event[1].documents_said


# Round 88 (v2, count_in_subheading): a subheading, a line of a few words with no sentence end, that counts the
# documents signed ("Üç belge imzalandı", dev/1345): the paragraph right under it tells them, its first sentence
# SUBHEADING_GAP characters (the line breaks) after it
_SUBHEADING_COUNT = re.compile(r"[^\W\d_]\w*(?:\s+\w+){1,4}")
SUBHEADING_GAP = 3


def _add_details(visit: VisitFound, sentence: str, offset: int, signed: bool, named_after: bool,
                 signed_local: bool = False, forum_before: bool = False, more_over_another: bool = False) -> None:
    if sentence[:1].isdigit():
        sentence = _without_live_stamp(sentence)  # round 69 (khujand69)
    if (signed or signed_local) and _another_time(visit, sentence) \
            and not (visit.recalled and ", when " in sentence and visit.span[0] <= offset < visit.span[1]):
        # round 50: not the recalled visit's own sentence, the signing told by "when" after its day ("… recalled his
        # own trip to Denizli on November 18 last year, when the two regions signed a protocol of intent")
        signed = signed_local = False  # "… signed 7 agreements last year": none of this visit's
    # both patterns need a word the sentence (lower-cased) holds, "signed"/"signing of" / "named after"; most have neither
    total = _TOTAL_DOCUMENTS.search(sentence) if signed and ("total" in sentence or "number of" in sentence) else None
    if not total and signed and any(w in sentence for w in _IN_ALL_WORDS):
        total = _SIGNED_IN_ALL.search(sentence)  # round 62 (visits62): "… documents was signed today – twelve in all"
    other = _OTHER_DOCUMENTS.search(sentence) if signed and not total and any(w in sentence for w in _OTHER_WORDS) else None
    if not other and signed and not total and any(w in sentence for w in _ANOTHER_WORDS):
        other = _ANOTHER_DOCUMENTS.search(sentence)  # round 52 (visits)
    if not other and signed and not total and " with " in sentence and any(w in sentence for w in _OTHER_WORDS):
        other = _OTHER_DOCUMENTS_PASSIVE.search(sentence)  # round 53 (visits)
    if other:  # round 18: "signed a treaty on allied relations and 11 other documents": twelve
        visit.documents_said, visit.documents = True, _other_documents(other)
        visit.extra_spans.append((offset + other.start(), offset + other.end()))
    m = total or other or (_DOCUMENTS.search(sentence) if signed else None)
    if m and not total and not other and visit.documents_said and sentence.startswith(_IN_ADDITION_TO_OPENERS) \
            and (told_again := _IN_ADDITION_TO_THE_COUNT.match(sentence)) \
            and _en_count_value(told_again[1].lower()) == visit.documents:
        m = _DOCUMENTS.search(sentence, told_again.end())  # round 83 (h5): the count told again is no count signed
    if m and not total and not other and _TO_BE_SIGNED.search(m[0]):
        m = None  # round 18b: "A package of documents is expected to be signed", "Five agreements will be signed"
    if m and not other:
        count = (m[1] or m[3] or m[5] or m[7] or m[9] or m[11]).lower() if not total else (m[1] or m[2]).lower()
        if count in _COUNTED_LATER and (n := _NUMBER_AFTER.match(sentence, m.end(next(i for i in (1, 3) if m[i])))):
            count = n[1]  # round 20: "A package of 14 documents was signed"
        told = visit.documents if visit.documents_said else None
        visit.documents_said = True
        if count.isdigit():
            visit.documents = int(count)
        elif count in _COUNT_WORDS:
            visit.documents = _COUNT_WORDS[count]
        if not total and (count.isdigit() or count in _COUNT_WORDS) and (" and " in sentence or " while " in sentence
                                                                      or " whereas " in sentence
                                                                      or " as well as " in sentence
                                                                      or " along" in sentence):
            visit.documents += _one_more_named_after_count(sentence, m)  # round 32: "three agreements and a memorandum"
            if " while " in sentence or " whereas " in sentence:
                visit.documents += _en_while_more_counted(sentence, m.end())  # round 57 (visits)
        if not total and (count.isdigit() or count in _COUNT_WORDS):
            visit.documents += _en_day_after_more_counted(sentence, m.end())  # round 67 (visits67)
        one_before = told is None and _right_after_one_signed(visit, offset)  # round 83 (w2)
        if not more_over_another and (more := _en_count_told_as_more(sentence, m.start(), told, visit.documents, m[0],
                                                                     one_before)) is not None:
            visit.documents = more  # round 38 (visits A): "In addition, eight agreements were signed": over those before
        elif _firms_count_again(visit, sentence, m, told, total):
            visit.documents = told  # round 67 (visits67): the companies' deals the lead counted, told again (dev/1094)
        elif told and not total and "orum" in sentence and _EN_FORUM_COMPANY_DEALS.search(sentence):
            visit.documents += told  # round 49: companies' deals at the visit's forum, fewer than the told, add too
        elif told is None and not total and "orum" in sentence and _EN_FORUM_COMPANY_DEALS.search(sentence):
            # Round 79 (keyq79): the forum's company deals the first count the visit's sentences tell, the states'
            # documents told in the lead before the visit ("… signed seven intergovernmental documents in Atyrau …"
            # / "… a business forum … brought together some 120 companies, which signed five …", dev/1230): more
            # than the lead's count, as "a further" one is (_further_over_signed_before adds the two)
            visit.documents_more = True
        elif told and not total and forum_before and _EN_FIRM_DEALS_THERE.search(sentence):
            visit.documents += told  # round 57 (visits): "… business forum at …. Companies … signed nine … there"
        elif told and not total and " its " in sentence and _EN_SIGNED_ON_ITS_SIDELINES.match(sentence):
            visit.documents += told  # round 51 (visits): "Four commercial agreements … were signed on its sidelines"
        elif told and not total and visit.documents != told and _opens_on_the_forum(sentence, m.start()):
            visit.documents += told  # round 51 (visits gaps): "On the sidelines of the forum, companies signed four …"
        elif told and not total and visit.documents_listed and _EN_FIRMS_SIGNED.search(sentence, 0, m.start()):
            visit.documents += told  # round 51: companies' deals are no part of documents told one by one before
        elif told and not total and visit.officials_count and _EN_FIRMS_SIGNED.search(sentence, 0, m.start()):
            visit.documents += told  # round 82 (s2, firms after ministers): companies' deals are none of the ministers'
        elif _part_of_the_told_count(told, visit.documents, total):
            visit.documents = told  # round 25: "… signed seven agreements …. Three commercial agreements were signed …"
        elif told is None and visit.documents is not None and " further " in sentence \
                and (" further " in m[0] or _EN_MORE_RIGHT_BEFORE.search(sentence[max(0, m.start() - 16):m.start()])):
            visit.documents_more = True  # round 58 (visits): "a further two", more than a count the lead may tell
        if not total and _EN_FIRMS_SIGNED.search(sentence, 0, m.start()) and (count.isdigit() or count in _COUNT_WORDS):
            visit.firms_count = _en_count_value(count)
        elif told is None and (count.isdigit() or count in _COUNT_WORDS) and "minister" in sentence:
            visit.officials_count = bool(_EN_OFFICIALS_SIGNED.search(sentence, 0, m.start())
                                         and _EN_COUNCIL_MEETING.search(sentence, 0, m.start()))
        if not total and _count_told_as_lower_bound(sentence, m):
            visit.documents = None  # round 66 (visits66a): "signed more than 20 documents" states no number
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    # round 23: "no document was signed during the visit" is 0; read first, as "heç bir sənəd" holds "bir sənəd" (one)
    if not m and (signed or signed_local) and not visit.documents_said and (
            m := _no_document_signed(sentence, signed, signed_local)):
        visit.documents_said, visit.documents = True, 0
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed_local and (m := _RU_TOTAL_DOCUMENTS.search(sentence) or _ta_total_documents(sentence)
                                     or _LOCAL_DOCUMENTS.search(sentence)):
        told = visit.documents if visit.documents_said else None
        visit.documents_said = True
        visit.documents = _count_value(next(g for g in m.groups() if g))
        if m.re is _LOCAL_DOCUMENTS and (noun := _RU_DOCUMENT_NOUN.search(m[0])):
            visit.documents_noun = noun[0].lower()
        if visit.documents == 1 and m.re is _LOCAL_DOCUMENTS and not is_cyrillic(m[0]):
            visit.documents += _ta_documents_listed_before(sentence, m)  # round 32: "… planı ve bir mutabakat zaptı"
        elif m.re is _LOCAL_DOCUMENTS and not is_cyrillic(m[0]) and _TA_COUNTED_KIND.search(m[0]):
            visit.documents += _ta_documents_listed_before(sentence, m)  # round 55: "… Bildirisi ile iki kararı"
        elif m.re is _LOCAL_DOCUMENTS and "rken" in sentence and not is_cyrillic(m[0]):
            visit.documents += _ta_while_one_more_signed(sentence, m.end())  # round 71 (visits71)
        elif m.re is _LOCAL_DOCUMENTS and " и " in sentence:
            visit.documents += _one_more_named_after_count(sentence, m)  # round 32: "три соглашения и меморандум"
            visit.documents += _ru_counted_more_after_count(sentence, m)  # "три меморандума и 19 соглашений"
            if "ещ" in m[0]:
                visit.documents += _ru_named_before_more(sentence, m)
        if told and visit.documents_said and visit.documents is not None and visit.documents <= told \
                and 0 <= offset - visit.headed_count_end <= SUBHEADING_GAP:
            # round 88 (v2, count_in_subheading): a count under the subheading that counted the documents ("Üç belge
            # imzalandı" then "Forum kapsamında … bir mutabakat zaptı imzalandı", dev/1345) is a part of it
            visit.documents = told
        elif told and visit.documents != told and m.re is not _TA_TOTAL_DOCUMENTS and (
                _told_as_more(sentence, m.start()) or (m.re is _LOCAL_DOCUMENTS and _RU_MORE_IN_COUNT.search(m[0]))
                or _opens_on_the_forum(sentence, m.start())  # round 51 (visits gaps): "На полях форума подписано …"
                or _ta_forum_as_for(sentence, m.start())):  # round 60 (visits B): "İş Forumu'nda ise … imzalandı"
            # round 34: "Forum kapsamında ayrıca … bir mutabakat zaptı imzalandı"; round 47: not a total told after
            # "also" ("Ayrıca … bir işbirliği anlaşması imzalanarak … imzalanan belge sayısı üçe ulaştı": three)
            visit.documents += told
        elif not told and _LOCAL_BESIDES_NAMED.search(sentence, 0, m.start()):
            visit.documents += 1  # round 45: "Protokolün yanı sıra … dört ticari anlaşma imzalandı": five
        elif _part_of_the_told_count(told, visit.documents, m if m.re is _RU_TOTAL_DOCUMENTS else None):
            visit.documents = told  # round 25: "Forumda iki protokol imzalandı" … "… ile … bir protokol imzalandı"
        if _SUBHEADING_COUNT.fullmatch(sentence):
            visit.headed_count_end = offset + len(sentence)
        if _count_told_as_lower_bound(sentence, m):
            visit.documents = None  # round 66 (visits66a): "подписано более 20 документов" states no number (dev/1079)
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed_local and not visit.documents_said and (
            m := _TA_DOCUMENTS_SAID.search(sentence) or _RU_DOCUMENTS_SAID.search(sentence)):
        visit.documents_said = True  # the number not stated
        if (listed := _documents_listed_after_a_colon(sentence, m)) is not None:
            visit.documents = listed  # round 70 (joint70): "подписаны следующие документы: …; …" (dev/1123)
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed_local and visit.documents is not None and (m := _UNCOUNTED_MORE_SIGNED.search(sentence)):
        visit.documents = None  # round 65 (visits65b): the count told, then "bir sıra … sazişləri imzalanıb" (1072)
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed_local and visit.documents and (m := _ta_forum_as_for_one_bare(sentence)):
        visit.documents += 1  # round 75 (manat75): "Biznes forumunda isə … saziş imzalanıb" after the count (dev/1190)
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and (signed or signed_local) and not visit.documents_said and (
            m := (_RU_ONE_DOCUMENT.search(sentence) if signed_local else None)
            or _one_document_between_the_two(sentence, visit) or _commission_protocol_signed(sentence)
            or _one_document_at_the_meeting_s_end(sentence)  # round 66 (visits66b)
            or _ta_sides_signed_one(sentence)):
        visit.documents_said, visit.documents = True, _documents_named(sentence, m)  # round 24: "… а также план …"
        if _ru_uncounted_more_after(sentence, m):
            visit.documents = None  # round 71 (review71): "… Договор …, а также ряд других документов" (dev/1139)
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed and not visit.documents_said and " signed a" in sentence \
            and (each := _en_one_signed_clause_by_clause(sentence, visit)):
        visit.documents_said, visit.documents = True, len(each)  # round 72 (visits72): "… signed a memorandum …, and
        # … signed an agreement …" (_EN_SIGNED_ONE_ACTIVE)
        visit.extra_spans += [(offset + x.start(), offset + x.end()) for x in each]
    elif not m and signed and not visit.documents_said and visit.recalled and ", when " in sentence \
            and visit.span[0] <= offset < visit.span[1] and (m := _WHEN_HE_SIGNED_ONE.search(sentence)):
        visit.documents_said, visit.documents = True, 1  # round 50: "…, when he led a delegation to X and signed a …"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed and not visit.documents_said and " and signed a" in sentence \
            and visit.span[0] <= offset < visit.span[1] and (m := _TALKS_AND_SIGNED_ONE.search(sentence)):
        visit.documents_said, visit.documents = True, 1  # round 51 (visits gaps): "… held talks … and signed a …"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed and not visit.documents_said and " during " in sentence \
            and visit.span[0] <= offset < visit.span[1] and (m := _SIGNED_ONE_DURING_A_VISIT.search(sentence)):
        visit.documents_said, visit.documents = True, 1  # round 71 (visits71): "… signed the … during a visit"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed and not visit.documents_said and " signed there" in sentence \
            and visit.span[0] <= offset < visit.span[1] and (m := _EN_ONE_SIGNED_THERE.search(sentence)):
        visit.documents_said, visit.documents = True, 1  # round 50: "said the protocol signed there had cleared …"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed_local and not visit.documents_said and visit.span[0] <= offset < visit.span[1] \
            and (m := _TA_ONE_ON_THAT_VISIT.search(sentence)):
        visit.documents_said, visit.documents = True, 1  # round 57 (visits): "o ziyarette … bir … imzalanmıştı"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and (signed or signed_local) and not visit.documents_said and (m := _parties_signed_one(sentence)):  # round 24
        visit.documents_said, visit.documents = True, 1
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed and not visit.documents_said and " and a" in sentence \
            and (m := _THREE_SIGNED.search(sentence)):
        visit.documents_said, visit.documents = True, 3  # round 49: "the sides signed a …, a … and a …"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed and not visit.documents_said and any(w in sentence for w in _SECOND_WORDS) \
            and (m := _TWO_SIGNED.search(sentence)):
        visit.documents_said, visit.documents = True, 2  # round 30: "the two ministers signed a plan … and a memorandum …"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif not m and signed_local and visit.documents and (m := _ru_sides_signed_another_kind(sentence, visit)):
        visit.documents += 1  # round 41: "подписано семь меморандумов" … "Стороны подписали протокол о намерениях"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    if not m and signed_local and visit.documents and ("yrıca" in sentence or "əmçinin" in sentence
                                                       or "arasında d" in sentence
                                                       or any(w in sentence for w in _TA_TOO_SIGNED_WORDS)
                                                       or sentence.startswith(("Bundan ", "Bunun ") + _RU_ALSO_WORDS)):
        _one_more_signed(visit, sentence, offset)  # round 27
    if not m and signed_local and visit.documents_said and visit.documents is None:
        _ta_documents_listed_after_the_plural(visit, sentence, offset)  # round 39 (visits C)
    if not m and signed and visit.documents and _EN_MORE_ADVERB.match(sentence) \
            and (one := _EN_ONE_SIGNED_BEFORE.search(sentence)):
        visit.documents += 1  # round 44: after a count, "In addition, the ministry and the chamber signed a memorandum"
        visit.extra_spans.append((offset + one.start(), offset + one.end()))
    elif not m and signed and visit.documents and _EN_MORE_ADVERB.match(sentence) \
            and (ones := _en_ones_signed_in_passive(sentence)):
        visit.documents += ones[0]  # round 51: "In addition, a memorandum … and an agreement … were signed": two more
        visit.documents_listed = True
        visit.extra_spans.append((offset + ones[1].start(), offset + ones[1].end()))
    if signed and not m and " signed " in sentence and _EN_ONE_SIGNED_NO_COUNT.search(sentence):
        visit.one_signed_end = offset + len(sentence)  # round 83 (w2, one_signed_then_further)
    if signed:  # round 29: over companies' deals; one by title; a second one; one signed and one adopted
        _en_documents_signed_and_adopted(visit, sentence, offset, counted=bool(m))
    if signed and not m and not visit.documents_said and " to sign " in sentence:
        _en_went_on_to_sign(visit, sentence, offset)  # round 31
    if signed and not m and not visit.documents_said and " and " in sentence and " signed a" in sentence:
        _en_pair_signed_documents(visit, sentence, offset)  # round 31
    _documents_adopted(visit, sentence, offset)  # round 24: "9 sənəd qəbul edilib", "nine documents were adopted"
    if signed or " adopted" in sentence:  # round 37 (visits A): "A second document … was also adopted"
        _en_documents_told_otherwise(visit, sentence, offset, counted=bool(m))
    if not visit.documents_said and ("signing " in sentence or " documents" in sentence or " agreements" in sentence):
        _en_documents_signing_count(visit, sentence, offset)  # round 39 (visits B)
    m = _NAMED_AFTER.search(sentence) if named_after else None
    if m:
        visit.events.append(f"opening of a {lowered(m[1])} named after {m['name']}")
        visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 70 (joint70): documents said signed with no number (_RU_DOCUMENTS_SAID, _TA_DOCUMENTS_SAID), then listed
# after a colon one by one, parted by semicolons ("В ходе визита подписаны следующие документы: Декларация …;
# Соглашение …; Программа …", dev/1123; "Aşağıdakı sənədlər imzalanıb: … saziş; … memorandum"): the list tells how
# many. Commas part no items: a document's own name holds them ("Соглашение между Правительством …, … и …").
def _documents_listed_after_a_colon(sentence: str, said: re.Match) -> int | None:
    """How many documents the list after a colon right after `said` names, by its semicolons; None when no list of two
    or more follows."""
    rest = sentence[said.end():].lstrip()
    if not rest.startswith(":") or ";" not in rest:
        return None
    items = [item for item in rest[1:].split(";") if item.strip(" .")]
    return len(items) if len(items) > 1 else None


# Round 74 (visits74): documents said signed with no number ("İmzalanan sənədlər bunlardır:", "Подписаны следующие
# документы:"), the paragraph ending on a colon, then listed item by item, each numbered in turn from one ("1. …
# Bəyannamə; 2. … Saziş; … 7. … Memorandum.", dev/1173, or one item a line): the list's last number tells how many.
# The colon may end the next sentence of the same paragraph: "Sonra sənədlərin imzalanması mərasimi keçirilib.
# İmzalanan sənədlər bunlardır:" (the signing said by the first).
# Round 92 (v2, LIST_AFTER_THE_COLON): or the list run on after the colon in one paragraph, as a pasted article's
# lines are joined ("İclasın yekununda aşağıdakı sənədlər imzalanıb: 1. … Protokolu; 2. … Yol Xəritəsi; … 5. …",
# dev/1388): its first item numbered 1 right after the colon
_COLON_AT_LINE_END = re.compile(r"[^\n;:]{0,100}:[^\S\n]*(?:\n|(?=1[.)][^\S\n]))")
# An item runs to its semicolon or its line's end: the list may be one paragraph, "1. … Bəyannamə; 2. … Saziş; …".
_NUMBERED_LINE = re.compile(r"\s*(\d{1,2})[.)][^\S\n]+[^\s;][^;\n]*;?")
# Round 82 (s4 bulleted_documents): the list's items each a line opening with a dash or a bullet instead of a number
# ("подписаны следующие документы:" / "– Совместное заявление …;" / "– Соглашение … о взаимной защите инвестиций;" /
# …, dev/1271): the count of its items. An item runs to its semicolon or its line's end, so a dash inside its name
# ("железной дороги Казахстан – Туркменистан") opens no item; one ending in a stop is the list's last (a dash line
# after it is a line of dialogue).
_BULLETED_LINE = re.compile(r"\s*[-–—•][^\S\n]+[^\s;][^;\n]*;?")


def _bulleted_lines_counted(text: str, start: int) -> int:
    """Round 82 (s4 bulleted_documents): how many bulleted items (_BULLETED_LINE) follow each other from `start`, up to
    and with the first that ends in a stop (the list's last). Round 84 (g): a function of its own, out of
    _listed_lines_counted's second loop."""
    count = 0
    while m := _BULLETED_LINE.match(text, start):
        count, start = count + 1, m.end()
        if m[0].rstrip().endswith("."):
            break
    return count


def _listed_lines_counted(text: str, start: int) -> int:
    """How many items numbered in turn from one (_NUMBERED_LINE) follow each other from `start`; when none, how many
    bulleted items do (_bulleted_lines_counted)."""
    count = 0
    while (m := _NUMBERED_LINE.match(text, start)) and int(m[1]) == count + 1:
        count, start = count + 1, m.end()
    return count or _bulleted_lines_counted(text, start)


def _documents_listed_by_number(doc: Document, visit: VisitFound) -> None:
    """Round 74 (visits74): the count of a numbered list of documents right after the words saying them signed with
    no number (a span the visit kept), when their paragraph ends on a colon soon after them; two items at least.
    Round 82 (s4 bulleted_documents): or of a list of dash or bullet lines."""
    if not visit.documents_said or visit.documents is not None:
        return
    for _, end in visit.extra_spans:
        if (colon := _COLON_AT_LINE_END.match(doc.text, end)) \
                and (count := _listed_lines_counted(doc.text, colon.end())) >= 2:
            visit.documents = count
            return


# Round 23: none signed, told as such, is a count of 0 ("no document was signed during the visit", "no agreements
# were signed"; Turkish/Azerbaijani "hiçbir belge imzalanmadı", "heç bir sənəd imzalanmayıb"; Russian "никаких
# документов подписано не было", "документы не подписывались"). Not "no agreement will be signed" (the future).
_NO_DOCUMENTS = re.compile(r"\bno\s+(?:[\w-]+\s+){0,2}?(?:documents?|agreements?|memorand\w+|treat(?:y|ies)|deals?)\s+"
                           r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?signed\b"
                           r"|\bsigned\s+no\s+(?:[\w-]+\s+){0,2}?(?:documents?|agreements?|memorand\w+|treaties|deals?)\b", re.I)
_TA_NO_DOCUMENTS = re.compile(r"\b(?:hiçbir|heç\s+bir|herhangi\s+bir|hər\s+hansı(?:\s+bir)?)\s+(?:[\w-]+\s+){0,2}?"
                              + _TA_DOCUMENT
                              + r"\w*\s+(?:[\w-]+\s+)?imzalanma(?:dı|yıb|mış|mıştır|yib|mişdir|yıbdır"
                              # round 52 (visits): "although none was signed", "hər hansı (any) sənəd imzalanmasa
                              # da, …"
                              r"|sa(?=\s+d[aə]\b))\b", re.I)
_RU_NO_DOCUMENTS = re.compile(r"\bникаких\s+(?:\w+\s+){0,2}?(?:документов|соглашений|меморандумов)\s+"
                              r"(?:\w+\s+){0,4}?подписано\s+не\s+было"
                              r"|\b(?:документы|соглашения)\s+(?:[\w-]+\s+){0,4}?не\s+(?:были\s+)?подпис(?:ывались|аны)\b"
                              # round 32: the genitive plural without "никаких" ("Документов по итогам визита подписано
                              # не было") and "не было подписано ни одного документа"
                              r"|\b(?:документов|соглашений|меморандумов)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:подписано\s+не\s+было|не\s+было\s+подписано)\b"
                              r"|\bне\s+было\s+подписано\s+ни\s+одного\s+(?:документа|соглашения|меморандума)\b", re.I)


def _ta_total_documents(sentence: str) -> re.Match | None:
    """An Azerbaijani or Turkish total of the documents signed (_TA_TOTAL_DOCUMENTS), behind the word for "number"."""
    return _TA_TOTAL_DOCUMENTS.search(sentence) if "say" in sentence else None


# Round 76 (digest76): the signing put off to a later visit or meeting ("подписание новых соглашений отложено до визита
# президента", dev/1199; "подписание документов перенесли на …"; "the signing of the agreements was put off until …"):
# none signed on this one
_RU_SIGNING_PUT_OFF = re.compile(r"\bподписани[еяю]\s+(?:[\w-]+\s+){0,3}?(?:документ|соглашени|договор|меморандум)\w*"
                                 r"\s+(?:[\w-]+\s+){0,3}?(?:было\s+|был[оиа]\s+)?(?:отложен[оы]?|перенесен[оы]?"
                                 r"|перенесли|отложили)\b", re.I)
_EN_SIGNING_PUT_OFF = re.compile(r"\bsigning\s+of\s+(?:[\w-]+\s+){0,3}?(?:documents?|agreements?|deals?|memorand\w+"
                                 r"|treat(?:y|ies))\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been)"
                                 r"\s+(?:put\s+off|postponed|deferred)\b", re.I)


# Round 83 (h5, ended without a deal): talks told as ending with nothing agreed ("Ibraev traveled to Astana on Oct. 6
# for preliminary talks, which ended without a deal over …", dev/1282; "the talks ended without an agreement"): none
# signed on that visit, 0, not a signing the lead tells of another day left to it (null)
_EN_ENDED_WITHOUT_A_DEAL = re.compile(r"\b(?:talks|negotiations|meeting|visit|which|they)\s+(?:had\s+)?ended\s+without"
                                      r"\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord)\b")


def _no_document_signed(sentence: str, signed: bool, signed_local: bool) -> re.Match | None:
    """None signed, told as such (_NO_DOCUMENTS and the local forms; round 76, the signing put off: _RU_SIGNING_PUT_OFF,
    _EN_SIGNING_PUT_OFF), each behind its cheap word check."""
    if signed and "no " in sentence.lower():
        return _NO_DOCUMENTS.search(sentence)
    if signed and ("put off" in sentence or "postponed" in sentence or "deferred" in sentence):
        return _EN_SIGNING_PUT_OFF.search(sentence)
    if signed and "ended without " in sentence:  # (_SIGNED_WORDS' "ended with" is in every such sentence)
        return _EN_ENDED_WITHOUT_A_DEAL.search(sentence)  # round 83 (h5, ended without a deal)
    if signed_local and "imzalanma" in sentence:
        return _TA_NO_DOCUMENTS.search(sentence)
    if signed_local and " не " in sentence:
        return _RU_NO_DOCUMENTS.search(sentence)
    if signed_local and ("отлож" in sentence or "перенес" in sentence):
        return _RU_SIGNING_PUT_OFF.search(sentence)
    return None


# Round 20: a package or set told with its number right after ("a package of 14 documents"): the number
# round 37 (visits A): and "some" with its number after ("Some 15 documents were signed": fifteen)
_COUNTED_LATER = ("a package of", "a set of", "a series of", "some")
# round 37 (visits A): the number in words too ("in a package of four documents signed during the visit")
_NUMBER_AFTER = re.compile(r"\s+(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s", re.I)
# Round 62 (visits62): the count told after the signing, set off by a dash or comma, as a total ("A solid package of
# documents was signed today – twelve in all, covering …", "Several agreements were signed, 9 in total")
_SIGNED_IN_ALL = re.compile(r"\b(?:documents|agreements|memorand\w+|treaties|contracts|deals)\s+(?:was|were|have\s+been"
                            r"|had\s+been)\s+signed\b[^.;]{0,40}?(?:\s[–—-]|,)\s*(\d{1,3}|" + "|".join(_COUNT_WORDS)
                            + r")\s+(?:in\s+all|in\s+total|altogether)\b", re.I)
_IN_ALL_WORDS = (" in all", " in total", " altogether")  # one is in every _SIGNED_IN_ALL match


# Documents still to be signed, told between the count and the verb (round 18b): "is expected to be signed", "are to
# be signed", "will be signed", "planned to be signed"
_TO_BE_SIGNED = re.compile(r"\b(?:to\s+be|will\s+be|would\s+be|shall\s+be)\s+(?:\w+\s+)?signed\b", re.I)


# Round 18: documents named one by one, then the rest counted ("signed a treaty on allied relations and 11 other
# documents", "signed a declaration, a road map and ten other agreements"): the count and the ones named
# round 25: the others adopted, not signed: "the leaders signed the Cholpon-Ata Declaration and adopted three other documents"
# round 41: "further" or "additional" as "other" ("the co-chairs signed the commission's protocol, and three further
# documents were adopted": four)
_OTHER_WORDS = (" other ", " further ", " additional ")  # one is in every _OTHER_DOCUMENTS match
# round 41: adopted too, the others joined by "along with" ("the commission … adopted a protocol along with five other
# documents on agriculture, …": six)
_OTHER_DOCUMENTS = re.compile(r"\b(?:signed|inked|adopted)\s+(?P<named>(?:a|an|the)\s[^.;]{2,200}?)"
                              r"\s+(?:and|along\s+with|together\s+with)\s+(?:adopted\s+|approved\s+)?"
                              # round 43: the others in a clause of their own ("the co-chairs signed the protocol, and
                              # the two governments signed six further documents": seven)
                              r"(?:(?:the|they|both)\b[^,.;]{0,40}?\s(?:signed|inked|adopted)\s+)?"
                              r"(?P<count>\d{1,3}|"
                              + "|".join(_COUNT_WORDS) + r")\s+(?:other|further|additional)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:documents|agreements|memorand\w+|treaties|deals)\b", re.I)
# Round 52 (visits): the others counted as "another" after the ones named, signed or their exchange witnessed ("the
# presidents signed a joint declaration and witnessed the exchange of another fourteen intergovernmental documents":
# fifteen; "… and witnessed the exchange of 9 other documents": ten); the named group and the count as
# _OTHER_DOCUMENTS has them, for _other_documents
_ANOTHER_WORDS = (" another ", " further ", " additional ", " other ")  # one is in every _ANOTHER_DOCUMENTS match
_ANOTHER_COUNT = r"(?:\d{1,3}|" + "|".join(_COUNT_WORDS) + r")"
_ANOTHER_DOCUMENTS = re.compile(r"\b(?:signed|inked)\s+(?P<named>(?:a|an|the)\s[^.;]{2,200}?)\s+and\s+"
                                r"(?:(?:witnessed|oversaw|attended|watched)\s+the\s+(?:exchange|signing)\s+of\s+"
                                r"|signed\s+|inked\s+)?"
                                r"(?:(?:another|a\s+further|an\s+additional)\s+(?=" + _ANOTHER_COUNT + r"\s)"
                                r"|(?=" + _ANOTHER_COUNT + r"\s+(?:other|further|additional)\s))"
                                r"(?P<count>" + _ANOTHER_COUNT + r")\s+(?:(?:other|further|additional)\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?:documents|agreements|memorand\w+|treaties|deals)\b", re.I)
# Round 53: in the passive, the named one the subject ("the Protocol of the ninth meeting was signed, together with
# five other documents on customs …": six); the named run holds no comma, so an opening "Following the meeting," is
# none of it
_OTHER_DOCUMENTS_PASSIVE = re.compile(r"\b(?P<named>(?:a|an|the)\s[^.;,]{2,200}?)\s+(?:was|were)\s+(?:signed|adopted)"
                                      r",?\s+(?:together|along)\s+with\s+(?P<count>" + _ANOTHER_COUNT + r")\s+"
                                      r"(?:other|further|additional)\s+(?:[\w-]+\s+){0,2}?"
                                      r"(?:documents|agreements|memorand\w+|treaties|deals)\b", re.I)
_NAMED_DOCUMENT = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:a|an|the)\s", re.I)  # each one named opens so (round 41: "as well as a" too)


def _other_documents(m: re.Match) -> int:
    """The documents of an _OTHER_DOCUMENTS match: the count of the others and each one named before them."""
    return _en_count_value(m["count"]) + len(_NAMED_DOCUMENT.findall(m["named"]))


def _count_value(count: str) -> int:
    """The number a count of _LOCAL_DOCUMENTS says: digits, a Russian word, or Azerbaijani/Turkish words
    ("on dört" = 10 + 4)."""
    if count.isdigit():
        return int(count)
    low = lowered(count)
    if low in _RU_COUNT_WORDS:
        return _RU_COUNT_WORDS[low]
    return sum(_TA_NUMBER_OF[word] for word in low.split())


def summary(visit: VisitFound) -> str:
    where = visit.city or places.name(visit.host)
    kind = {"other": "Visit", "summit": "Summit"}.get(visit.visit_type, f"{visit.visit_type.capitalize()} visit")
    parts = [f"{kind} of {visit.visitor.name} to {where}"]
    parts += visit.events
    if visit.documents_said:
        parts.append(f"{visit.documents} documents signed" if visit.documents is not None
                     else "documents signed (number not stated)")
    return "; ".join(parts)


# --- round 24 ---------------------------------------------------------------------------------------------------
# One document told signed in the active voice by the two parties of the visit: "the two speakers signed a memorandum
# on cooperation between the parliaments", "the two signed a memorandum on …", "the sides signed an agreement on …";
# or told as the visit's only one ("…, the only document of the visit"). Not when more are listed after it ("signed a
# memorandum and three agreements", "… and an action plan": those are counted elsewhere or not at all).
_DOCUMENT_NOUN = (r"(?:agreement|memorandum|treaty|declaration|protocol|road\s?map|action\s+plan|convention"
                  # round 31: a ministries' plan of consultations ("signed a plan of consultations for 2026-2027")
                  r"|plan\s+of\s+(?:[\w-]+\s+)?consultations"
                  # round 69 (mfa69): two ministries' programme of cooperation ("Following the consultations, the two
                  # ministries signed a programme of cooperation for 2026–2027", dev/1118)
                  r"|program(?:me)?\s+of\s+(?:[\w-]+\s+)?cooperation)")
_PARTIES_SIGNED_ONE = re.compile(r"\b(?:the\s+(?:two|three)(?:\s+(?:sides|speakers|ministers|leaders|presidents|parliaments|chambers|houses|chairmen"
                                 # round 50: the two ministries of a foreign minister's consultations ("at which
                                 # the two ministries signed a plan of consultations"), two regions or cities too
                                 r"|ministries|regions|cities"
                                 # (round 41: "chambers", "houses", two parliaments' chambers: "after which the two
                                 # chambers signed a memorandum on inter-parliamentary cooperation")
                                 r"|co-chairs|heads|delegations|governments|parties))?|both\s+sides|the\s+sides|they"
                                 # round 76 (firstperson76): "the parties" as "the sides" ("…, where the parties signed
                                 # a roadmap on industrial cooperation", dev/1182)
                                 r"|the\s+co-chairs|the\s+parties"
                                 # round 31: three parties ("the three governments signed a protocol"), and the
                                 # ministers told without their number ("The ministers met … and signed a plan …")
                                 r"|the\s+(?:ministers|governments"
                                 # round 34: the speakers and other pairs of office told without their number
                                 # ("Following the talks, the speakers signed a memorandum of understanding")
                                 r"|speakers|presidents|prime\s+ministers|premiers|parliaments|delegations)"
                                 # and the talks told before the signing ("The ministers met in narrow and extended
                                 # formats … and signed a plan of consultations")
                                 r"|the\s+(?:two\s+)?(?:ministers|leaders|presidents|sides)\s+(?:met|held\s+talks)\b[^.;]{0,100}?\band"
                                 # round 30: the host the visitor signed it with ("…, with whom she signed a memorandum")
                                 r"|with\s+whom\s+(?:he|she|they)"
                                 # round 83 (old83): the visitor and the one he signed it with as the subject ("…,
                                 # where he and Sughd governor X signed a memorandum on …", dev/1070)
                                 r"|(?:he|she)\s+and\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+signed\s)"
                                 # and the visitor signing it with the host ("He signed an agreement with Minister X")
                                 # (round 86, w1: and recalled in the past perfect, "where he had signed a
                                 # cooperation memorandum with the … Academy", dev/1312)
                                 r"|(?:he|she)(?=\s+(?:also\s+|had\s+)?signed\s+an?\s+[^.;]{0,60}?\bwith\s))"
                                 r"\s+(?:also\s+|had\s+)?signed\s+"
                                 # round 50: the words before the noun none of "and" ("a memorandum and a plan of
                                 # consultations" is two, not one plan with three words before it)
                                 r"(?:an?\s+(?:(?!and\s)[\w-]+\s+){0,3}?" + _DOCUMENT_NOUN
                                 # round 27: the protocol of the commission or committee whose session it was
                                 # (round 44: or meeting, "the Protocol of the tenth meeting of the … Commission")
                                 + r"|the\s+protocol\s+of\s+the\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:commission|committee|session|meeting))\b"
                                 # round 34: not the "and" of "between" ("… on cooperation between the Milli Majlis and the
                                 # National Assembly": its parties, no second document; one after them still counts)
                                 r"(?!(?:\bbetween\s+(?:(?!\band\b)[^.;])*\band\s|(?!\bbetween\b)[^.;])*\b(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three|four|five|six|seven|eight"
                                 r"|nine|ten|several|other|some)\s)"
                                 r"|\bthe\s+only\s+(?:document|agreement)\s+(?:of|signed|adopted)\b", re.I)


# Round 50: "the sides" (tərəflər, taraflar) told as signing one document, the bare singular noun right before the
# active plural past ("Görüşdən sonra tərəflər Gəncə ilə Kayseri arasında … haqqında protokol imzalayıblar", "taraflar …
# mutabakat zaptı imzaladılar"): one, whoever the two parties it names (two cities too); the plural ("sənədlər
# imzalayıblar") says no number
_TA_SIDES_SIGNED_ONE = re.compile(r"\b" + _TA_DOCUMENT + r"(?!\w*(?:lar|lər|ler))\w{0,4}(?:\s+(?:zapt|muhtıra)\w*)?"
                                  r"\s+imzala(?:yıblar|dılar|mışlar|mışlardır)\b", re.I)
_TA_SIDES = re.compile(r"\b(?:tərəflər|taraflar)\b", re.I)


def _ta_sides_signed_one(sentence: str) -> re.Match | None:
    """The document of _TA_SIDES_SIGNED_ONE when "the sides" are told before it; None otherwise."""
    if "imzala" not in sentence or not ("ərəflər" in sentence or "araflar" in sentence):
        return None
    m = _TA_SIDES_SIGNED_ONE.search(sentence)
    return m if m and _TA_SIDES.search(sentence, 0, m.start()) else None


# Round 50: one document told "signed there", at the place the sentence's visit names ("Bolat, who co-chaired the
# commission in Ashgabat on Jan. 14, said the protocol signed there had cleared the way …"): the singular only
_EN_ONE_SIGNED_THERE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:protocol|agreement|memorandum|treaty"
                                  r"|declaration|road\s?map|plan|programme|accord)\s+signed\s+there\b", re.I)


# Round 57 (visits): a visit told after another, more days than these before the article's date, is one the report
# looks back on ("… hatırlattı. Tuncel, 18 Eylül 2025'te Pavlodar'ı ziyaret etmiş, …"): what later sentences tell
# signed is the article's visit's
_LOOKED_BACK_DAYS = 60


# Round 71 (review71): an entry of a chronicle laid out by months ("Июнь. 10 июня с официальным визитом в Бишкек прибыл
# …", Document.month_heads) is the year's event told in its turn, months before the article's date as all of them are
# (a year's review, dev/1139): what it tells signed is its own, no look back (_LOOKED_BACK_DAYS)
def _under_a_month_head(doc: Document, at: int) -> bool:
    """Does the text at `at` stand under a month's head of a chronicle laid out by months?"""
    heads = doc.month_heads
    return bool(heads) and heads[0] <= at
# Round 57 (visits): one document told signed "on that visit" in the visit's own sentence ("…'ı ziyaret etmiş, o
# ziyarette iki bölge arasında bir niyet mektubu imzalanmıştı", "…, həmin səfərdə bir memorandum imzalanmışdı")
_TA_ONE_ON_THAT_VISIT = re.compile(r"\b(?:o|həmin|bu)\s+(?:ziyarette|ziyaret\s+sırasında|səfərdə|səfər\s+zamanı)\s"
                                   r"[^.;]{0,80}?\bbir\s+(?:[^\W\d_]+\s+){1,3}?"
                                   r"imzalan(?:dı|ıb|mış|mıştı|mışdı|mışdır|mıştır)\b", re.I)


# Round 50: one document the visitor of a recalled trip signed on it, told after its "when he" ("…, when he led a
# Gabala delegation to Cholpon-Ata and signed a memorandum on trade …"): the singular only
_WHEN_HE_SIGNED_ONE = re.compile(r",\s+when\s+(?:he|she)\s+[^.;]{0,120}?\band\s+signed\s+an?\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:agreement|memorandum|protocol|treaty|declaration|road\s?map|plan|programme)\b")


# Round 51 (visits gaps): in the visit's own sentence, the visitor "held talks" (met) "and signed a" document ("…, where
# he held talks with X and signed a memorandum on energy"): one; not when a second is listed after it
# (round 76, firstperson76: or "visited" the place, "…, Fikri Ataoğlu, visited Almaty and signed a memorandum on …",
# dev/1204)
# (round 78, docs78: or "spent" days there, "…, when X, the speaker of …, spent two days in Bishkek and signed a
# memorandum of cooperation with …", dev/1228; a capitalised place after "in")
_TALKS_AND_SIGNED_ONE = re.compile(r"\b(?:held\s+talks|met|visited|spent\s+(?:[\w-]+\s+){1,3}?in\s+(?=[A-Z]))"
                                   r"\b[^.;]{0,120}?\band\s+signed\s+an?\s+"
                                   r"(?:[\w-]+\s+){0,3}?"
                                   r"(?:agreement|memorandum|protocol|treaty|declaration|road\s?map|plan|programme"
                                   r"|accord)\b(?![^.;]{0,100}?\b(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three)\s)")


# Round 71 (visits71): in the visit's own sentence, the visitor "signed the/an" document "during a visit" there ("…
# Deputy Foreign Minister X signed the air services agreement with Hungary's transport ministry during a visit to
# Budapest on Jan. 28", dev/1134): one; not when a second is listed after it
_SIGNED_ONE_DURING_A_VISIT = re.compile(r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|protocol"
                                        r"|treaty|declaration|road\s?map|plan|programme|accord)\b"
                                        r"(?![^.;]{0,100}?\b(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three)\s)"
                                        r"[^.;]{0,100}?\bduring\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+)?"
                                        r"(?:visit|trip)\b")


def _parties_signed_one(sentence: str) -> re.Match | None:
    """_PARTIES_SIGNED_ONE behind its cheap word check (the sentence holds " signed a" or "the only ")."""
    return _PARTIES_SIGNED_ONE.search(sentence) if " signed a" in sentence or "the only " in sentence \
        or " signed the protocol " in sentence or " signed the Protocol " in sentence else None  # round 44: its name


# A delegation told with its head by "led by" and no verb before it: "A delegation of the Hungarian National Assembly
# led by Speaker László Kövér has been in Azerbaijan since Tuesday", "a Kyrgyz delegation headed by Deputy Prime
# Minister X arrived in Baku": the head (a title and a capitalised name, up to the verb) is the visitor, of the
# delegation's state (the one state the words between name).
_DELEGATION_LED_BY = re.compile(r"\bdelegation\b(?P<of>[^,;.]{0,60}?)\s(?:led|headed)\s+by\s+"
                                r"(?P<head>(?:[\w'’-]+\s+){0,5}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")


def _delegation_led_by(sentence: str, resolver: Resolver) -> Person | None:
    """The head of a delegation told "led by"/"headed by" (_DELEGATION_LED_BY), of his own state or else the one the
    delegation's words name; None when neither is known."""
    m = _DELEGATION_LED_BY.search(sentence) if "delegation" in sentence else None
    if m is None:
        return None
    head = resolver.resolve(m["head"], speaking=False)
    if head is None or head.rule == "anaphor":
        return None
    codes = places.codes_in(sentence[m.start():m.end("of")] + " " + m["head"])
    if not codes and " from " in m["of"] and (city := places.city_in(m["of"])):
        codes = [city[0]]  # round 51: "a delegation from Samarkand led by …", the city's state
    iso3 = head.iso3 or (codes[0] if len(codes) == 1 else "")
    return head._replace(iso3=iso3) if iso3 else None


# A place told as "the resort town", "the city", "the lakeside resort" in a visit sentence that names none ("…, who
# arrived in the resort town on Wednesday evening"): the city the sentences right before named, a wire dateline's in
# capitals too ("CHOLPON-ATA — Kyrgyzstan and Azerbaijan signed …"), when it is of another state than the visitor's.
# Turkish and Azerbaijani tell it by the noun in the dative before coming ("Pazartesi akşamı … heyetiyle kente gelen
# Şakkaliyev", "şehre geldi", "şəhərə gələn nazir").
_THE_TOWN = re.compile(r"\b(?:in|to|at)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:town|city|resort)\b"
                       r"|\b(?:kente|şehre|şəhərə)\s+(?:gel|gəl|ulaş)\w*"
                       # round 74 (oped74): the Russian "there" after or before a verb of coming ("… вспоминаю Бухару.
                       # 19 ноября 2004 года X прилетел туда с официальным визитом", dev/1179)
                       r"|\b(?:прилетел|приехал|прибыл|отправил\w*)\w{0,2}\s+туда\b"
                       r"|\bтуда\s+(?:прилетел|приехал|прибыл)")
_THE_TOWN_WORDS = (" the ", "kente ", "şehre ", "şəhərə ", "туда")  # one is in every _THE_TOWN match
_CAPS_DATELINE = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+)?)\s(?:--|–|—|-)\s")
TOWN_SENTENCES = 3  # the town is named in one of the sentences right before


def _dateline_city(text: str) -> tuple[str, str] | None:
    """(ISO-3, city) of a dateline in capitals heading a sentence ("CHOLPON-ATA — …"), if it is a city of
    places.CITIES or a capital."""
    m = _CAPS_DATELINE.match(text) or _COLON_CAPS_DATELINE.match(text)  # round 39 (visits B): "SAMARKAND: …"
    if m is None:
        return None
    word = m[1].title()
    if city := places.city_in(word):
        return city
    capital = next((x for x in places.mentions(word) if x.is_capital), None)
    return (capital.iso3, countries.get(capital.iso3).capital) if capital else None


def _town_told_before(doc: Document, k: int, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) of "the resort town" in sentence k (_THE_TOWN): the nearest city or capital dateline of the
    TOWN_SENTENCES before, of another state than the visitor's; None otherwise."""
    if not _THE_TOWN.search(doc.sentences[k].text):
        return None
    for before in reversed(doc.sentences[max(0, k - TOWN_SENTENCES):k]):
        place = _dateline_city(before.text) or places.city_in(before.text)
        if place and place[0] != visitor_iso3:
            return place
    return None


# The co-chairs of a commission told side by side, the meeting's day and place in the sentence before: "İclasa
# Azərbaycan tərəfdən X, Türkmənistan tərəfdən isə Y həmsədrlik edib", "Toplantıya Türkiye tarafından X, Özbekistan
# tarafından Y eş başkanlık etti": the co-chair of the side that is not the host's came to it (type `other`).
_SIDE = re.compile(r"\b([^\W\d_]+)\s+(?:tərəfdən|tarafından)\b(?:\s+isə|\s+ise)?", re.I)


def _sides_co_chair_visit(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit of the one co-chair (sentence k) of a side not the host's, to the place and day of the sentence
    before (type `other`, confidence ≤ 0.7); None unless exactly one such co-chair is named."""
    s = doc.sentences[k]
    if k == 0 or ("tərəfdən" not in s.text and "tarafından" not in s.text) or not _LOCAL_CO_CHAIRED.search(s.text):
        return None
    before = doc.sentences[k - 1]
    if any(_REMOTE.search(text) or _LOCAL_NOT_VISIT.search(text) for text in (before.text, s.text)):
        return None  # held by video link, or still to come
    capital = next((c for c in doc.mentions(before) if c.is_capital), None)
    place = (capital.iso3, countries.get(capital.iso3).capital) if capital else places.city_in(before.text)
    days = _days(before, published, None, local=True) if place else None
    if not days:
        return None
    sides = list(_SIDE.finditer(s.text))
    guests = []
    for i, side in enumerate(sides):
        iso3 = _state_word(side[1])
        if iso3 is None or iso3 == place[0]:
            continue
        end = sides[i + 1].start() if i + 1 < len(sides) else _LOCAL_CO_CHAIRED.search(s.text).start()
        clause = s.text[side.end():end]
        person = next(iter(_persons_in(clause, resolver)), None) or _titled_newcomer(clause.strip(" ,"), resolver)
        if person is not None and person.iso3 in ("", iso3):
            guests.append(person._replace(iso3=iso3))
    if len(guests) != 1:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, guests[0], place[0], place[1], "other", (before.start, s.end), min(guests[0].confidence, 0.7))


# Documents adopted, as a summit's are: "Zirvədə Türküstan Bəyannaməsi də daxil olmaqla 9 sənəd qəbul edilib", "zirvede
# 5 belge kabul edildi", "по итогам саммита принято 7 документов", "nine documents were adopted at the summit", "the
# leaders adopted 12 documents"; the count as _LOCAL_DOCUMENTS and _DOCUMENTS read it.
_ADOPTED_DOCUMENTS = re.compile(r"\b(\d{1,3}|" + _TA_COUNT + r")\s+(?:" + _TA_QUALIFIERS + r"\s+)?" + _TA_DOCUMENT_NOUN
                                + r"\s+(?:qəbul\s+edil|kabul\s+edil)"
                                r"|\bпринят[оыа]?\s+(" + _RU_COUNT + r")\s+(?:[\w-]+\s+){0,2}?(?:документ|соглашени|декларац)"
                                r"|\b(" + _RU_COUNT + r")\s+(?:[\w-]+\s+){0,2}?(?:документ|соглашени|декларац)\w*\s+(?:был[аио]?\s+)?принят"
                                r"|\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?(?:documents|declarations"
                                r"|agreements|resolutions)\s+(?:were|have\s+been|had\s+been)\s+adopted\b"
                                r"|\badopted\s+(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?(?:documents"
                                r"|declarations|agreements|resolutions)\b", re.I)
_ADOPTED_WORDS = ("qəbul edil", "kabul edil", "принят", "adopted")  # one is in every _ADOPTED_DOCUMENTS match


def _documents_adopted(visit: VisitFound, sentence: str, offset: int) -> None:
    """The count of an _ADOPTED_DOCUMENTS match, when the visit has none yet (behind the cheap word check)."""
    if visit.documents_said or not any(word in sentence for word in _ADOPTED_WORDS) or _another_time(visit, sentence):
        return
    if m := _ADOPTED_DOCUMENTS.search(sentence):
        count = next(g for g in m.groups() if g)
        visit.documents_said = True
        visit.documents = _COUNT_WORDS.get(lowered(count)) or _count_value(count)  # English words, else the others'
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif any(mark in sentence for mark in _OPENING_MARKS) and (m := _NAMED_DOCUMENTS_ADOPTED.search(sentence)):
        visit.documents_said, visit.documents = True, len(_QUOTED_TITLE.findall(m[0]))  # round 26
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    elif any(word in sentence for word in _OTHER_WORDS) and (m := _OTHER_DOCUMENTS.search(sentence)):
        visit.documents_said, visit.documents = True, _other_documents(m)  # round 41: "adopted a protocol along with …"
        visit.extra_spans.append((offset + m.start(), offset + m.end()))


# two of the leaders signing on their own: "The two leaders later witnessed the signing of three documents", "ikitərəfli
# sənədlər", "двусторонних документов" (those are no summit's)
_BILATERAL = re.compile(r"\b(?:the\s+two\s+(?:leaders|presidents|heads)|both\s+(?:leaders|presidents)|bilateral|iki\s+lider"
                        r"|ikili|ikitərəfli|двусторон|оба\s+президента|два\s+президента"
                        # round 86 (n1): two of them meeting alone ("Aliyev and Tokayev met one-on-one … and then
                        # watched the signing of four documents", dev/1314)
                        r"|\bmet\s+one-on-one\b|\bone-on-one\s+(?:talks|meeting)\b)", re.I)


def _summit_total_told_apart(doc: Document, visits: list[VisitFound], signed: list[bool],
                             signed_local: list[bool]) -> None:
    """Round 64 (visits64a): the documents signed at a summit told in a sentence of their own that names the summit
    before any of its guests' visits is told, so that no visit took the count ("Всего по итогам саммита подписаны
    четыре документа" in a live blog whose newest entries come first, dev/1054; "Three documents in all were signed
    at the summit" in an English one): on the first summit visit found, when every summit visit is at one host and
    city and none has a count told, and the sentence names no other state and no two leaders (_BILATERAL). Round 72
    (events72): or opens on the meeting's end, the summit's word before it ("… üçlü toplantısı … yapıldı.
    Toplantının sonunda bakanlar … Ortak Bildirisi'ni imzaladı", dev/1154; _TA_AT_THE_MEETING_S_END).
    _summit_documents_for_all then gives the count to the other guests."""
    guests = [v for v in visits if v.visit_type == "summit"]
    if len({(v.host, v.city) for v in guests}) != 1 or any(v.documents_said for v in guests):
        return
    first = min(v.span[0] for v in guests)
    for j, s in enumerate(doc.sentences):
        if s.start >= first:
            return
        if (signed[j] or signed_local[j]) and (_SUMMIT_WORD.search(s.text) or _TA_AT_THE_MEETING_S_END.match(s.text)) \
                and not _BILATERAL.search(s.text) and all(m.iso3 == guests[0].host for m in doc.mentions(s)):
            _add_details(guests[0], s.text, s.start, signed[j], False, signed_local[j])
            if guests[0].documents_said:
                return


def _summit_documents_for_all(doc: Document, visits: list[VisitFound]) -> None:
    """A summit's documents are on each leader's visit: the count told for one summit visit (the latest when the
    documents were told) given to the others at the same summit (host, city, a day or two apart) that have none.
    Not a count told of two of them (_BILATERAL in the sentence that tells it)."""
    told = [v for v in visits if (v.visit_type == "summit" or v.at_meeting) and v.documents_said and v.extra_spans
            and not _BILATERAL.search(_sentence_at(doc, v.extra_spans[-1][0]))]
    for visit in visits:
        if not (visit.visit_type == "summit" or visit.at_meeting) or visit.documents_said:
            continue
        # round 44: a city told for one and not yet for the other (the gathering's own filled from the dateline later)
        source = next((v for v in told if v.host == visit.host and (v.city == visit.city or "" in (v.city, visit.city))
                       and abs(v.start - visit.start) <= _ARRIVED_BEFORE), None)
        if source is not None:
            visit.documents_said, visit.documents = True, source.documents
    _bilateral_documents_at_the_summit(doc, visits)


# Round 57 (summit): a meeting of ministers (deputy ministers, heads of delegation) of several states is a summit
# (docs/annotating.md), in a body or not: the guests at one ministers' meeting (at_meeting: _attendees,
# _at_meeting_with_counterparts; the same host and city, a day or two apart) of two or more states besides the host's
# are each a summit visit; one guest with his host's counterpart (a bilateral meeting) stays other.
def _ministers_of_several_states(visits: list[VisitFound]) -> None:
    for visit in visits:
        if not visit.at_meeting or visit.visit_type != "other":
            continue
        same = [v for v in visits if v.at_meeting and v.host == visit.host and v.city == visit.city
                and abs(v.start - visit.start) <= _ARRIVED_BEFORE]
        if len({v.visitor.iso3 for v in same if v.visitor.iso3 != visit.host}) > 1:
            for v in same:
                if v.visit_type == "other":
                    v.visit_type = "summit"


# Round 63 (visits63a): a ministers' meeting told held in the article's opening ("В пятницу в Бухаре прошло заседание
# Совета министров иностранных дел …", "The OTS Council of Foreign Ministers met in Baku on Friday", "… xarici işlər
# nazirləri şurasının iclası keçirilib"), the states taking part named with no names ("Во встрече приняли участие
# главы внешнеполитических ведомств Азербайджана, Казахстана …", "Foreign ministers of Kazakhstan and … took part"),
# then each minister named further on, one a sentence, by his title first ("Министр иностранных дел Азербайджана X
# проинформировал коллег", "Казахстанскую делегацию возглавил министр иностранных дел Y", "Kazakh Foreign Minister
# Z …"): each of a state the participation names, not the host's, came to it on its day, a visit of the meeting's type
# (_ministers_council_type: a council of foreign ministers of a body of states is a summit), at_meeting (so that
# _ministers_of_several_states makes a meeting of several states' ministers a summit)
_MINISTER_OPENING = re.compile(r"^\W*(?:[\w'’-]+\s+){0,5}?(?:министр|глава\s+МИД|minister|nazir|bakan)", re.I)
_REMOTE_ANY = re.compile(r"\b(?:phone|telephone|video|online|virtual\w*|remote\w*|видео\w*|онлайн|телефон\w*"
                         r"|videokonfrans|videobağlantı|onlayn|video\s*konferans|çevrim\s*içi)\b", re.I)
_EN_TOOK_PART = re.compile(r"\b(?:took\s+part|attended|participated)\b")
_MINISTERS_MEETING_WORDS = ("инистров", "inisters", "azirləri", "akanları")  # ahead of the meeting's patterns
_TOOK_PART_ANY_WORDS = ("участ", "iştirak", "katıl", "took part", "attended", "participated")
_TRIP_CHECK = tuple(lowered(w) for w in _LOCAL_VISIT_WORDS + ("visit", "travel", "trip"))
_TOOK_PART_ANY_CHECK = tuple(lowered(w) for w in _TOOK_PART_ANY_WORDS)  # as in Sentence.check
MINISTERS_OPENING_SENTENCES = 5  # headline, dateline, the meeting held, the states taking part


def _listed_states_ministers_named_later(doc: Document, visits: list[VisitFound], published: date,
                                         resolver: Resolver, signed: list[bool], signed_local: list[bool]) -> None:
    opening = doc.sentences[:MINISTERS_OPENING_SENTENCES]
    held, meeting = None, None
    for k, o in enumerate(opening):
        if any(w in o.text for w in _MINISTERS_MEETING_WORDS) and (meeting := _gathering(doc, o, published, None)):
            held = k
            break
    if meeting is None:
        return
    kind = _ministers_council_type(doc, meeting)
    taking_part = set()
    for o in opening[held:]:
        if any(w in o.check for w in _TOOK_PART_ANY_CHECK) and (_LOCAL_TOOK_PART.search(o.text)
                                                                 or _EN_TOOK_PART.search(o.text)):
            taking_part.update(doc.codes(o))
    taking_part.discard(meeting.host)
    if not taking_part:
        return
    for s in doc.sentences[held + 1:]:
        if not _MINISTER_OPENING.match(s.text):
            continue
        head = s.text[:TITLE_AT_MOST]
        named = _persons_in(head, resolver) or _titled_attendees(head, resolver)  # one the table does not know
        person = named[0] if len(named) == 1 else None
        if person is None or person.iso3 not in taking_part or _REMOTE_ANY.search(s.text):
            continue  # not there (by video link)
        if any(w in s.check for w in _TRIP_CHECK) and (
                any(m.is_capital and m.iso3 != meeting.host for m in doc.mentions(s))
                or ((city := places.city_in(s.text)) and city[1] != meeting.city)):
            continue  # a trip of his elsewhere ("… в мае побывал в Анкаре"), not a place he talks of
        visit = VisitFound(meeting.start, meeting.end, person, meeting.host, meeting.city, kind, (s.start, s.end),
                           min(person.confidence, 0.7), at_meeting=True)
        if not any(_same_trip(v, visit) for v in visits):
            if not any(v.host == meeting.host and v.city == meeting.city for v in visits):
                # the first of the meeting's guests: what the article says was signed at it (none, a count), for
                # _summit_documents_for_all to give the others
                for k in range(held + 1, len(doc.sentences)):
                    if signed[k] or signed_local[k]:
                        after = doc.sentences[k]
                        _add_details(visit, after.text, after.start, signed[k], False, signed_local[k])
            visits.append(visit)


# Round 57 (summit): one guest of a ministers' meeting told further on as come a day or two before it, by surname
# ("Bakan Bayraktar, çarşamba günü Kırgızistan'a gelerek İbrayev ile ikili bir görüşme yapmış …", "X arrived in
# Astana on Tuesday", "X прибыл в Туркестан во вторник"): his visit starts that day (the sentence names no other guest
# and no state but the host's and his)
_GUEST_CAME = re.compile(r"\b(?:gelerek|geldi|gəlib|gələrək|gəldi|arrived|прибыл\w*|flew\s+in|flown\s+in)", re.I)
_GUEST_CAME_WORDS = ("gelerek", "geldi", "gəlib", "gələrək", "gəldi", "arrived", "прибыл",
                     "flew in", "flown in")  # one is in every match (round 60, visits60a: "X, who flew in on Tuesday")


def _guest_came_the_day_before(doc: Document, visits: list[VisitFound], published: date) -> None:
    guests = [v for v in visits if v.at_meeting and v.visit_type == "summit"]
    if len(guests) < 2:
        return
    for s, told in zip(doc.sentences, doc.holding(_GUEST_CAME_WORDS)):
        if not told or not _GUEST_CAME.search(s.text) or _FUTURE.search(s.text):
            continue
        named = [v for v in guests if _surname_at(s.text, v.visitor.name) >= 0]
        if len(named) != 1 or not set(doc.codes(s)) <= {named[0].host, named[0].visitor.iso3}:
            continue
        guest = named[0]
        day = next((d[0] for d in _dates(s, published, True)
                    if guest.start - _ARRIVED_BEFORE <= d[0] < guest.start), None)
        if day is not None:
            guest.start, guest.end = day, guest.end or guest.start


# Round 57 (summit): the one document the guests of a ministers' meeting signed, told by its title in the singular
# and no count ("At the end of the meeting the heads of delegation signed the Protocol of the meeting", "the ministers
# signed a joint statement"): one on each guest's visit that has no count yet (not "… the Protocol and the …": two)
_MEETING_SIGNED_ONE = re.compile(r"\b(?:ministers|heads\s+of\s+(?:the\s+)?delegations?|participants)\s+(?:also\s+)?"
                                 r"signed\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:protocol|statement|declaration"
                                 r"|communiqu[eé]|memorandum|roadmap)\b(?![^.;]*\s(?:and|as\s+well\s+as)\s)", re.I)


# Round 60 (visits60a): the count of a ministers' meeting's documents told with those who signed them ("Both documents
# were signed by the heads of all seven delegations", "All three documents were signed by the ministers"): each
# guest's, over a count that only a signing of two of them gave him (_BILATERAL: "The two ministers signed …", another
# guest's own, _guest_bilateral_signing)
_MEETING_SIGNED_COUNTED = re.compile(r"\b(?:(?P<both>both)|(?:all\s+)?(?:the\s+)?(?P<count>two|three|four|five|six"
                                     r"|seven|eight|nine|ten|\d{1,2}))\s+documents\s+were\s+(?:all\s+)?signed\s+by\s+"
                                     r"(?:all\s+)?(?:the\s+)?(?:heads\s+of|ministers\b|participants\b|delegations\b)",
                                     re.I)


_TWO_MINISTERS = re.compile(r"\b(?:the\s+two|both)\s+ministers\b", re.I)


def _meeting_signed_counted(doc: Document, visits: list[VisitFound]) -> None:
    for s in doc.sentences:
        if " documents were " not in s.text or not (m := _MEETING_SIGNED_COUNTED.search(s.text)) \
                or _FUTURE.search(s.text):
            continue
        count = 2 if m["both"] else _COUNT_WORDS.get(m["count"].lower()) or int(m["count"])
        for guest in visits:
            if guest.at_meeting and s.start >= guest.span[0] and (not guest.documents_said or all(
                    _BILATERAL.search(told := _sentence_at(doc, at)) or _TWO_MINISTERS.search(told)
                    for at, _ in guest.extra_spans)):
                guest.documents_said, guest.documents = True, count
                guest.extra_spans = [(s.start + m.start(), s.start + m.end())]
        return


def _meeting_signed_one(doc: Document, visits: list[VisitFound]) -> None:
    guests = [v for v in visits if v.at_meeting and not v.documents_said]
    if not guests:
        return
    for s in doc.sentences:
        if " signed " in s.text and (m := _MEETING_SIGNED_ONE.search(s.text)) and not _FUTURE.search(s.text):
            for guest in guests:
                if s.start >= guest.span[0]:
                    guest.documents_said, guest.documents = True, 1
                    guest.extra_spans.append((s.start + m.start(), s.start + m.end()))
            return


# Round 62 (visits62): the one document a summit's leaders, counted or all, signed, told in the singular and no count
# ("The seven leaders have put their signatures to a joint declaration", "All the presidents signed a joint
# communiqué"): one on each summit visit with no count yet told before it (not "the two leaders", a bilateral signing,
# nor "… a declaration and …", more than one)
_LEADERS_SIGNED_ONE = re.compile(
    r"\b(?:(?:the|all)\s+(?:the\s+)?(?:(?!two\b)(?:three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:leaders|presidents|heads\s+of\s+state))\s+(?:have\s+|had\s+|also\s+)*"
    r"(?:signed|put\s+their\s+signatures?\s+(?:to|on|under))\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:declaration|statement|communiqu[eé]|memorandum|roadmap|road\s+map)\b"
    r"(?![^.;]*\s(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three|four|five|other)\s)", re.I)
_LEADERS_SIGNED_WORDS = (" signed ", " signatures ", " signature ")  # one is in every _LEADERS_SIGNED_ONE match
# Round 68 (podcastv68, dev/1109): the leaders named just before by a sentence-opening "They", the one document told by
# its capitalised title ("… Aliyev was the host. They signed the Gabala Declaration, and the mood was confident", "They
# adopted and signed the Shusha Declaration"): one; a clause after it is no second document unless it names one ("…
# and the Transport Roadmap", "… and two other documents")
_THEY_SIGNED_TITLED_ONE = re.compile(
    r"^They\s+(?:have\s+|had\s+|also\s+|then\s+|(?:adopted|approved)\s+and\s+)*signed\s+the\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Declaration|Statement|Communiqu[eé]|Memorandum|Roadmap|Road\s+Map)\b"
    r"(?![^.;]*\s(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three|four|five|other)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:documents?|" + _DOCUMENT_NOUN + r"s?|statements?|communiqu[eé]s?|road\s?maps?)\b)", re.I)


def _summit_leaders_signed_one(doc: Document, visits: list[VisitFound]) -> None:
    guests = [v for v in visits if v.visit_type == "summit" and not v.documents_said]
    if not guests:
        return
    for s in doc.sentences:
        if any(w in s.text for w in _LEADERS_SIGNED_WORDS) and (
                m := _LEADERS_SIGNED_ONE.search(s.text) or _they_signed_titled_one(s.text)) \
                and not _FUTURE.search(s.text):
            for guest in guests:
                if s.start >= guest.span[0]:
                    guest.documents_said, guest.documents = True, 1
                    guest.extra_spans.append((s.start + m.start(), s.start + m.end()))
            return


def _they_signed_titled_one(sentence: str) -> re.Match[str] | None:
    """_THEY_SIGNED_TITLED_ONE in a sentence that opens with "They" (the cheap check first)."""
    return _THEY_SIGNED_TITLED_ONE.match(sentence) if sentence.startswith("They ") else None


# Round 62 (visits62): two or more leaders told by their states' demonyms as come a day or two before the summit
# ("Kazak ve Özbek liderler ise dün akşam Nahçıvan'a gelmişti", "Qazax və özbək liderləri dünən axşam gəliblər",
# "The Kazakh and Uzbek leaders had arrived on Thursday evening"): each of those states' summit guests starts then.
# (Round 66, speed: the list opens where a run of letters does, not inside one: tried from each letter of each word, a
# long sentence cost milliseconds.)
_DEMONYM_LEADERS_CAME = re.compile(r"(?P<states>(?<![^\W\d_])[^\W\d_]+(?:(?:\s*,\s*|\s+(?:ve|və|and|и)\s+)[^\W\d_]+)*)\s+"
                                   r"(?:liderler|liderləri?|leaders|presidents|cumhurbaşkanları|prezidentləri?|лидеры"
                                   # one state's leader alone ("The Kazakh leader had arrived on Thursday evening")
                                   r"|президенты|lider|leader|лидер)\b"
                                   r"[^.;]{0,80}?\b(?:gel(?:di|miş|mişti|mişlerdi)|gəl(?:ib|iblər|mişdi|mişdilər)"
                                   r"|arrived|flew\s+in|landed|прибыл[аи]?|прилетел[аи]?)\b", re.I)
# one is in every _DEMONYM_LEADERS_CAME match (s.check: lower case)
_DEMONYM_LEADERS_WORDS = ("lider", "leader", "president", "cumhurba", "prezident", "лидер", "президент")
_STATE_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:ve|və|and|и)\s+", re.I)


def _demonym_leaders_came_before(doc: Document, visits: list[VisitFound], published: date) -> None:
    """The summit guests of the states a _DEMONYM_LEADERS_CAME sentence names (every word of its list a state's)
    start on the day it tells, when that is one of the _ARRIVED_BEFORE days before their summit start."""
    for s in doc.sentences:
        if not any(w in s.check for w in _DEMONYM_LEADERS_WORDS):
            continue
        lists = [[_state_word(w) for w in _STATE_LIST_GAP.split(m["states"])]
                 for m in _DEMONYM_LEADERS_CAME.finditer(s.text)]
        states = next((found for found in lists if None not in found), None)
        if states is None or _FUTURE.search(s.text):
            continue
        days = [d[0] for d in _dates(s, published, True)]
        if len(set(days)) != 1:
            continue
        for visit in visits:
            if visit.visit_type == "summit" and visit.visitor.iso3 in states \
                    and visit.start - _ARRIVED_BEFORE <= days[0] < visit.start:
                visit.start = days[0]


def _surname_twin(doc: Document, visit: VisitFound, visits: list[VisitFound]) -> bool:
    """Round 57 (summit): is `visit` an office holder's whom the article never names in full, read from a surname
    that is a ministers' meeting guest's (the same state, host and city: "Deputy Minister Aliyev arrived …" after
    "… headed by Deputy Minister of Economy Elnur Aliyev" is no visit of Ilham Aliyev)?"""
    if visit.at_meeting or visit.visitor.name in doc.text:
        return False
    surname = visit.visitor.name.split()[-1]
    return any(v.at_meeting and v.host == visit.host and v.city == visit.city and v.visitor.iso3 == visit.visitor.iso3
               and v.visitor.name.split()[-1] == surname and v.visitor.name != visit.visitor.name for v in visits)


# Round 44: at a summit whose report tells only a bilateral signing ("On the sidelines X held a separate meeting with
# Japarov. … the two leaders witnessed the signing of two documents", Turkish "iki lider … üç anlaşmanın imza
# törenine katıldı"), the count is the two leaders' both: the other one's visit, named in the signing's sentence or the
# one before it, takes it too; every other leader at the summit signed nothing there (0: the report tells the signing
# and they were not in it, docs/annotating.md), unless something of his own is told (documents_said), or another
# signing sentence names him or his state ("the leaders of Azerbaijan, Kazakhstan and Uzbekistan signed documents":
# his count not stated). Round 86 (n1, summit_adopted_beside_bilateral): a summit whose declaration the report tells
# adopted ("The leaders adopted the Ganja Declaration", dev/1314) had a document of its own, its signing untold: the
# other leaders' counts stay unstated (null, as _none_signed_unless_told leaves a summit's), not 0.
BILATERAL_MEETING_SENTENCES = 1  # the meeting the signing ends is told in the sentence before it at most


def _bilateral_documents_at_the_summit(doc: Document, visits: list[VisitFound]) -> None:
    bilateral = [v for v in visits if v.visit_type == "summit" and v.documents and v.extra_spans
                 and _BILATERAL.search(_sentence_at(doc, v.extra_spans[-1][0]))]
    if not bilateral:
        return
    signing = [s for s, told in zip(doc.sentences, doc.holding(_SIGNED_WORDS + _LOCAL_SIGNED_WORDS)) if told]
    adopted = None  # _summit_adoption_told, read on first need
    for source in bilateral:
        at = next(k for k, s in enumerate(doc.sentences) if s.start <= source.extra_spans[-1][0] < s.end)
        others = [s for s in signing if s is not doc.sentences[at]]
        guests = [v for v in visits if v is not source and v.visit_type == "summit" and not v.documents_said
                  and v.host == source.host and v.city == source.city
                  and abs(v.start - source.start) <= _ARRIVED_BEFORE]
        if len(guests) < 2:
            continue  # two guests in all: "the two presidents signed three bilateral documents" may be both of them
        # the other party: named in the signing's sentence, else in the meeting told right before it (not in a list
        # of all who came)
        parties = [v for v in guests if _name_at(doc.sentences[at].text, v.visitor.name) >= 0]
        before = doc.sentences[at - BILATERAL_MEETING_SENTENCES] if at >= BILATERAL_MEETING_SENTENCES else None
        if not parties and before is not None and _MEETING.search(before.text):
            parties = [v for v in guests if _name_at(before.text, v.visitor.name) >= 0]
        if len(parties) >= 2:  # "Mirziyoyev met Tokayev, and the two leaders signed four agreements": the two named,
            guests.append(source)  # not the last guest listed the count was first given to
            source.documents_said = False
        elif parties and not any(_name_at(t.text, source.visitor.name) >= 0 or source.visitor.iso3 in doc.codes(t)
                                 for t in (doc.sentences[at], before)
                                 if t is not None and (t is doc.sentences[at] or _MEETING.search(t.text))):
            # round 86 (n1): the signing's party is another guest, named there ("Aliyev and Tokayev met one-on-one …
            # and then watched the signing of four documents"), the count first given to a guest of an entry before
            # it that it names neither by name nor by state (a live blog's newest entries first, dev/1314): his is
            # no party's count
            guests.append(source)
            source.documents_said = False
        for visit in guests:
            if any((visit.visitor.iso3 in doc.codes(s) or _name_at(s.text, visit.visitor.name) >= 0)
                   and not (visit in parties and _tells_the_count(s.text, source.documents)) for s in others):
                continue
            if visit not in parties and (adopted := _summit_adoption_told(doc) if adopted is None else adopted):
                visit.documents = None  # round 86 (n1, summit_adopted_beside_bilateral): unstated, see above
                continue
            visit.documents_said, visit.documents = True, source.documents if visit in parties else 0


# Round 56 (visits A): a summit guest's own bilateral talks told apart, with a signing right after or in the same
# sentence ("Fidan, toplantıdan önce dün akşam ev sahibi Koşerbayev ile ikili görüşme de gerçekleştirdi. Görüşmede …
# istişare planı imzalandı", "… when he held bilateral talks with the host. The two ministers signed an agreement …"):
# what that signing counts is his besides the summit's documents (annotating.md: documents signed during the visit)
_BILATERAL_TALKS = re.compile(r"\b(?:bilateral|ikili|ikitərəfli|двусторонн\w*)\s+"
                              r"(?:bir\s+)?(?:talks|meeting|görüş\w*|danışıq\w*"
                              r"|müzakir\w*|müzaker\w*|переговор\w*|встреч\w*)", re.I)
_CLAUSE_AFTER_SIGNING = re.compile(r",\s+(?:and|while|whereas)\s+"
                                   r"(?=[^,;.]{0,40}\b(?:said|noted|added|stressed|told)\b)")
_BILATERAL_TALKS_WORDS = ("bilateral", "ikili", "ikitərəfli", "двусторонн")  # one is in every _BILATERAL_TALKS match
# Round 60 (visits60a): at a ministers' meeting (at_meeting guests), "separate talks" with the host are bilateral too
# ("X, who flew in on Tuesday, held separate talks with Y on the eve of the meeting"); not a leaders' summit's
_MEETING_TALKS = re.compile(r"\bseparate\s+(?:talks|meeting)|" + _BILATERAL_TALKS.pattern, re.I)


# Round 91 (v1, same_signing_retold): a party's signing told again with its count, in the headline or the lead
# ("Sidelines of Taraz: Tokayev, Mirziyoyev sign three documents …" over "… The two leaders signed three documents: …",
# dev/1382), is the same signing, no other one naming him whose count is unstated
# (a headline's present tense too, "sign three documents", which _DOCUMENTS does not read)
_COUNT_BEFORE_DOCUMENTS = re.compile(r"\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:documents|agreements|memorand\w+|treaties)\b", re.I)


def _tells_the_count(sentence: str, count: int | None) -> bool:
    """Does the sentence count documents (_COUNT_BEFORE_DOCUMENTS) as `count`?"""
    return count is not None and any(_en_count_value(m[1]) == count
                                     for m in _COUNT_BEFORE_DOCUMENTS.finditer(sentence))


def _guest_bilateral_signing(doc: Document, visits: list[VisitFound], signed: list[bool],
                             signed_local: list[bool]) -> None:
    """Add to a summit guest's counted documents those of a signing sentence no visit counted yet that ends (or is)
    a sentence telling his bilateral talks (_BILATERAL_TALKS naming him, and no other guest of that summit)."""
    guests = [v for v in visits if v.visit_type == "summit" and v.documents_said and v.documents is not None]
    if len(guests) < 2:
        return
    talks_re = _MEETING_TALKS if any(v.at_meeting for v in guests) else _BILATERAL_TALKS
    talks = doc.holding(_BILATERAL_TALKS_WORDS + (("separate",) if talks_re is _MEETING_TALKS else ()))
    if not any(talks):
        return
    # his count told only in his talks' own sentence ("…, and the two signed a plan"): the summit's too
    for guest in guests:
        own = {_sentence_at(doc, at) for at, _ in guest.extra_spans}
        if not own or not all(talks_re.search(text) for text in own):
            continue
        if source := next((v for v in guests if v is not guest and v.host == guest.host and v.city == guest.city
                           and abs(v.start - guest.start) <= _ARRIVED_BEFORE and v.extra_spans
                           and not _BILATERAL.search(_sentence_at(doc, v.extra_spans[-1][0]))), None):
            guest.documents += source.documents
    for k, s in enumerate(doc.sentences):
        if not (signed[k] or signed_local[k]) or not (talks[k] or (k and talks[k - 1])):
            continue
        # counted already: by a visit of its own, or by a guest's (not a count the sentence only failed to change)
        if any(s.start <= at < s.end for v in visits if v.visit_type != "summit" for at, _ in v.extra_spans):
            continue
        told = next((t for t in (s, doc.sentences[k - 1] if k else s) if talks_re.search(t.text)), None)
        named = [v for v in guests if _name_at(told.text, v.visitor.name) >= 0] if told else []
        if len(named) != 1:
            continue
        guest = named[0]
        if guest.extra_spans and all(s.start <= at < s.end for at, _ in guest.extra_spans):
            continue  # his count is this sentence's own (the summit's added above); one it left unchanged is not
        scratch = replace(guest, documents=None, documents_said=False, events=[], extra_spans=[])
        # the signing's own clause: a later one may tell another time ("…, and X noted that trade … last year")
        clause = _CLAUSE_AFTER_SIGNING.split(s.text, 1)[0]
        _add_details(scratch, clause, s.start, signed[k], False, signed_local[k])
        if not scratch.documents_said and (one := _TA_ONE_DOCUMENT.search(clause) or _EN_ONE_DOCUMENT.search(clause)):
            # the talks' own signing, its parties left out ("Görüşmede … istişare planı imzalandı"): one, and those
            # listed with it
            scratch.documents = _documents_named(clause, one)
            scratch.extra_spans.append((s.start + one.start(), s.start + one.end()))
        if scratch.documents:
            guest.documents += scratch.documents
            guest.extra_spans.extend(scratch.extra_spans)


def _sentence_at(doc: Document, at: int) -> str:
    """The text of the sentence holding offset `at`."""
    return next((s.text for s in doc.sentences if s.start <= at < s.end), "")


# Almaty, Kazakhstan's former capital, is its "southern capital" in Russian and English reports ("Ильхам Алиев прилетел в
# южную столицу накануне вечером", "arrived in the southern capital on Monday")
_SOUTHERN_CAPITAL = re.compile(r"\bюжн(?:ая|ую|ой)\s+столиц[аеуыи]\b|\bthe\s+southern\s+capital\b", re.I)


def _southern_capital(sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    """Almaty, for a visitor from outside Kazakhstan, when the sentence says "southern capital" (_SOUTHERN_CAPITAL)."""
    return ("KAZ", "Almaty") if visitor_iso3 != "KAZ" and _SOUTHERN_CAPITAL.search(sentence) else None


# A summit told with its place and no day ("Президент Казахстана … провёл в Алматы первый трёхсторонний саммит с …",
# the report's day in a stamp of its own before it), then the leaders' arrivals with their days ("Ильхам Алиев прилетел
# в южную столицу накануне вечером", "Шавкат Мирзиёев прибыл в Алматы сегодня утром"): they came for the summit.
# a summit still to come, Russian, Azerbaijani, Turkish: "проведёт в Алматы саммит", "саммит состоится", "keçiriləcək",
# "yapılacak", "düzenlenecek"
_LOCAL_FUTURE = re.compile(r"\b(?:провед[её]т|пройд[её]т|состоится|keçiriləcək|yapılacak|düzenlenecek)\b", re.I)


def _untimed_summit(doc: Document, k: int, local: bool) -> tuple[int, str, str] | None:
    """(k, host, city) of a sentence that tells a summit in a capital or a city of places.CITIES, or None."""
    s = doc.sentences[k]
    if _type_of(s.text, local) != "summit" or _FUTURE.search(s.text) or _LOCAL_NOT_VISIT.search(s.text) \
            or _LOCAL_FUTURE.search(s.text):
        return None
    place = _sentence_place(doc, s, "")
    return (k, place[0], place[1]) if place and place[1] else None


def _untimed_since(doc: Document, k: int, untimed: tuple[int, str, str] | None,
                   at: int | None) -> tuple[int, str, str] | None:
    """The untimed summit told in the SUMMIT_SENTENCES before sentence k: the one already read (`untimed`, moved on by
    those who came), else the one of sentence `at` (_untimed_summit), else None. Its type is read in their words
    too (_LOCAL_TYPE) whether or not it holds a visit word of theirs: round 72 (events72), a three states' meeting told
    held ("… üçlü toplantısı … yapıldı", dev/1154) holds none."""
    if untimed and k - untimed[0] <= SUMMIT_SENTENCES:
        return untimed
    if at is not None and k - at <= SUMMIT_SENTENCES:
        return _untimed_summit(doc, at, True)
    return None


def _came_for_untimed(visit: VisitFound, untimed: tuple[int, str, str]) -> bool:
    """Is `visit` an arrival in the untimed summit's city (or its country, no city told)? Then it is a summit visit,
    in that city."""
    if (visit.host, visit.city or untimed[2]) != untimed[1:] or visit.visit_type not in ("other", "working"):
        return False
    visit.visit_type, visit.city = "summit", untimed[2]
    return True


# A visitor named before a Russian relative clause that tells the arrival: "Рахмон … принял … председателя Милли
# Меджлиса Азербайджанской Республики Сахибу Гафарову, которая прибыла в Душанбе накануне с официальным визитом": the
# one received, in the accusative (a feminine "-у", a masculine "-а" read off), is the visitor, not the host named first.
_RU_WHO_CAME = re.compile(r",\s+котор(?:ый|ая|ые)\s+(?:\S+\s+){0,2}?(?:прибы|прилете|находи|пребыва)", re.I)
_RU_ACCUSATIVE_U = re.compile(r"\b([А-ЯЁ][а-яё-]+)у\b")  # a capitalised word in "-у": a feminine name's accusative


def _ru_relative_visitors(sentence: str, resolver: Resolver) -> list[Person]:
    """The one named right before a Russian relative clause of arrival (_RU_WHO_CAME), read in the nominative; none
    without one."""
    m = _RU_WHO_CAME.search(sentence)
    if m is None:
        return []
    clause = sentence[_CLAUSE_START.match(sentence, 0, m.start()).end():m.start()]
    # a feminine name in "-у" ("Сахибу Гафарову") read back, else a masculine one's "-а" ("Ильхама Алиева")
    feminine = _RU_ACCUSATIVE_U.sub(r"\1а", clause)
    clause = feminine if feminine != clause else _RU_GENITIVE_A.sub("", clause)
    # the name right before the comma (not the host named first in the clause), else a titled newcomer there
    runs = NAME_RUN.findall(clause)
    named = _persons_in(runs[-1], resolver)[-1:] if runs else []
    return named or [p for p in (_titled_newcomer(clause, resolver),) if p]


# A visitor told by his title alone opening the sentence, named in the sentence right before: "Péter Szijjártó had
# barely landed from Tashkent when …" "The minister, who travelled to Uzbekistan on a working visit on Monday, …"
_THE_TITLE = re.compile(r"^The\s+(?:[a-z]+\s+){0,2}?(minister|president|speaker|premier|chairman|chairwoman)\b")
TITLE_SENTENCES = 2  # the one the title means is named in one of the sentences right before


def _title_told_before(doc: Document, k: int, resolver: Resolver) -> Person | None:
    """The one person of the office holders table the TITLE_SENTENCES before name whose role holds the title word;
    None when they name none or more than one. Round 52 (visits): the title may open an interview's answer after its
    one-word label ("Ergashev: The minister was in Budapest on 10 and 11 June …"), and the one meant may be named in
    the possessive, as a question names whose trip it asks of ("What happened during Foreign Minister X's trip …?")."""
    m = _THE_TITLE.match(_EN_ANSWER_LABEL.sub("", doc.sentences[k].text, 1))
    if m is None:
        return None
    before = doc.sentences[max(0, k - TITLE_SENTENCES):k]
    named = {p.name: p for b in before for p in _persons_in(b.text, resolver) if m[1] in p.role.lower()}
    if not named and any("'s " in b.text or "’s " in b.text for b in before):
        named = {p.name: p for b in before for p in _persons_in(_EN_POSSESSIVE_S.sub("", b.text), resolver)
                 if m[1] in p.role.lower()}
    return next(iter(named.values())) if len(named) == 1 else None


# Round 82 (v82b): a Russian visit sentence telling its visitor by his full title and state but no name ("Турецкую
# делегацию возглавил министр культуры и туризма Турции, прибывший в Бишкек накануне с рабочим визитом"), the name
# first told right after with the same title, as a photo caption gives it ("На фото: министр культуры и туризма
# Турции Мехмет Нури Эрсой выступает …", dev/1263): that titled name (_titled_newcomer). The title ends with its
# state's name, no name after it; the same title must stand right before the name, so another office of the state
# named after is not taken.
_RU_UNNAMED_TITLE = re.compile(r"(?<![а-яё-])(?:министр|вице-премьер|премьер-министр)(?:\s+[а-яё-]+){0,6}?"
                               r"\s+[А-ЯЁ][а-яё]+(?=\s*,|\s+(?:прибыл|с\s|на\s|в\s))")
_RU_NAME_AFTER_TITLE = re.compile(r"\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){1,2}")
_TITLE_NAMED_AFTER_SENTENCES = 2  # the caption naming him stands right after the sentence, or one later


def _ru_unnamed_title_named_after(doc: Document, k: int, resolver: Resolver) -> Person | None:
    """The visitor a Russian visit sentence tells by a title of one state and no name (_RU_UNNAMED_TITLE): the one
    the next _TITLE_NAMED_AFTER_SENTENCES sentences name right after that same title; None when none."""
    for m in _RU_UNNAMED_TITLE.finditer(doc.sentences[k].text):
        title = m[0].lower()
        if len(_title_states(title)) != 1:
            continue
        for after in doc.sentences[k + 1:k + 1 + _TITLE_NAMED_AFTER_SENTENCES]:
            if (i := after.check.find(title)) >= 0 \
                    and (name := _RU_NAME_AFTER_TITLE.match(after.text, i + len(title))) \
                    and (person := _titled_newcomer(after.text[i:name.end()], resolver)):
                return person
    return None


# Round 52 (visits): an interview answer's label, the answerer's one name and a colon ("Ergashev: The minister …");
# the English possessive ending of a name ("Saidov's trip"), which the resolver takes for no person
_EN_ANSWER_LABEL = re.compile(r"^[A-Z][\w'’-]{0,30}:\s+")
_EN_POSSESSIVE_S = re.compile(r"(?<=[^\W\d_])['’]s\b")


# A Russian visit sentence whose subject is a bare title, with its state's adjective or none ("Турецкий министр
# прибыл в южную столицу накануне, 7 октября", "Министр прибыл в Ташкент во вторник"): the one person of that state
# the TITLE_SENTENCES before name with a title (_ru_titled_attendees), whether the office holders table knows him or not.
_RU_BARE_TITLE = re.compile(r"(?:(?P<adjective>[А-ЯЁ]?[а-яё]+(?:ский|цкий|ской|цкой))\s+)?(?:министр|вице-премьер"
                            r"|премьер-министр|спикер|аким|хоким|мэр|губернатор|гость)", re.I)


def _ru_titled_named_in(text: str, resolver: Resolver) -> list[Person]:
    """Those a Russian sentence names with a title and their state: a list's (_ru_titled_attendees), else the first
    titled name of the sentence (_first_titled_newcomer: "Министр … Казахстана Айдарбек Сапаров провёл …"), else
    those the office holders table knows (_persons_in)."""
    return _ru_titled_attendees(text, resolver) or [p for p in (_first_titled_newcomer(text, resolver),) if p] \
        or _persons_in(text, resolver)  # one the office holders table knows ("Министр … Узбекистана Бахтиёр Саидов")


def _ru_title_told_before(doc: Document, k: int, subject: str, resolver: Resolver) -> Person | None:
    """The visitor a Russian bare title (_RU_BARE_TITLE) means: the one titled person of the adjective's state (of any
    state but the host's when no adjective is said) named in the TITLE_SENTENCES before; None when none or more."""
    m = _RU_BARE_TITLE.fullmatch(subject.strip(" ,"))
    if m is None:
        return None
    stem = next((iso3 for stem, iso3 in places.RU_ADJECTIVE_STEMS.items()
                 if m["adjective"] and m["adjective"].capitalize().startswith(stem)), None)
    if m["adjective"] and stem is None:
        return None
    hosts = set(doc.codes(doc.sentences[k]))
    named = {p.name: p for before in doc.sentences[max(0, k - TITLE_SENTENCES):k]
             for p in _ru_titled_named_in(before.text, resolver)
             if (p.iso3 == stem if stem else p.iso3 and p.iso3 not in hosts)}
    return next(iter(named.values())) if len(named) == 1 else None


# Round 46: an Azerbaijani or Turkish visit sentence opening with a bare title, its verb at the end ("Nazir oktyabrın
# 7-də Fərqanəyə gəlib …", "Bakan salı günü Almatı'ya geldi"): the title in the nominative, a space after it (not
# "Nazirin …", the minister's).
# Round 56 (visits B): the title with "our" ("Bakanımız 12 Ocak'ta Ankara'ya resmi bir ziyaret gerçekleştirdi",
# "Nazirimiz …"), and after an interview's answer label ("AĞZAMHOCAYEV: Bakanımız …", the question before naming
# "Dışişleri Bakanınız Bahtiyar Saidov"): the title is the same, its stem compared
_TA_BARE_TITLE = re.compile(r"(?P<title>baş\s+nazir|nazir|səfir|spiker|sədr|hakim|bakan|başbakan|büyükelçi|vali|başkan)"
                            r"(?:[ıi]m[ıi]z|[uü]m[uü]z|m[ıi]z)?(?=\s)", re.I)
_TA_ANSWER_LABEL = re.compile(r"^[A-ZÇĞİÖŞÜƏ][A-ZÇĞİÖŞÜƏ'’.-]+(?:\s[A-ZÇĞİÖŞÜƏ][A-ZÇĞİÖŞÜƏ'’.-]+){0,2}:\s+")
_TA_TITLE_BEFORE_NAME = 40  # characters before a name where its title stands ("iqtisadiyyat naziri Mikayıl Cabbarov")


def _ta_title_told_before(doc: Document, k: int, resolver: Resolver, hosts: set[str] | None = None,
                          back: int = TITLE_SENTENCES, of_no_state: bool = False) -> Person | None:
    """The visitor an Azerbaijani or Turkish bare title opening the sentence means (_TA_BARE_TITLE): the one person of
    a state the sentence does not name (else of none of `hosts`), named with that title in the `back` sentences before
    ("Azərbaycan nümayəndə heyətinə iqtisadiyyat naziri Mikayıl Cabbarov rəhbərlik edir."); None when none or more
    than one; `of_no_state`: a titled name of no known state too (the caller reads his state). (Round 72: a
    reminder's lead before the title, "Xatırladaq ki, nazir …", _REMINDER_LEAD.)"""
    text = doc.sentences[k].text
    if ":" in text[:40] and (label := _TA_ANSWER_LABEL.match(text)):
        text = text[label.end():]  # round 56 (visits B): an answer's label
    if (reminder := _REMINDER_LEAD.match(text)):
        text = text[reminder.end():]
    m = _TA_BARE_TITLE.match(text)
    if m is None:
        return None
    title, hosts = lowered(m["title"]), set(doc.codes(doc.sentences[k])) if hosts is None else hosts
    named, others = {}, set()
    for before in doc.sentences[max(0, k - back):k]:
        for p in _ta_titled_named_in(before.text, resolver):
            # the name as the table spells it may not be the text's ("Əli Əsədov" is Ali Asadov): then the sentence's
            at = before.text.find(p.name)
            around = before.text[max(0, at - _TA_TITLE_BEFORE_NAME):at] if at >= 0 else before.text
            if (p.iso3 and title in lowered(around) or of_no_state and _title_word_before(title, lowered(around))) \
                    and p.iso3 not in hosts:
                named[p.name] = p
            else:
                others.add(p.name)
    # (of_no_state: the one titled so, whoever else the article names: the title word stands before each name it counts)
    return next(iter(named.values())) if len(named) == 1 and (of_no_state or not others - set(named)) else None


def _title_word_before(title: str, around: str) -> bool:
    """Is the lowered title a word of its own in the lowered text before a name, its possessive after it ("iqtisadiyyat
    naziri", "Ticaret Bakanı"; not "Nazirliyi", the ministry)? Round 72 (table72): a name of no known state is only
    the title's when the title itself stands before it."""
    return bool(re.search(r"(?<!\w)" + re.escape(title) + r"(?:s?[ıiuü])?(?!\w)", around))


def _ta_titled_named_in(text: str, resolver: Resolver) -> list[Person]:
    """Everyone a Turkish or Azerbaijani sentence names: those the office holders table knows, and each titled name
    it does not (_titled_newcomer, read up to the end of each capitalised run: "Türkiye Ticaret Bakanı Ömer Bolat ve
    Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov" is two)."""
    found = {p.name: p for p in _persons_in(text, resolver)}
    for run in NAME_RUN.finditer(text):
        # the run may go on into a place ("Arman Şakkaliyev Bakıya səfər edəcək"): read it up to each of its words
        ends = [run.start() + w.end() for w in re.finditer(r"\S+", run[0])][::-1]
        person = next((p for end in ends if (p := _titled_newcomer(text[:end], resolver))), None)
        if person and person.name not in found \
                and not any(person.name in name or name in person.name for name in found):
            found[person.name] = person
    return list(found.values())


# A Russian visit told by its visitor's title in the genitive, his state's adjective after it ("Рабочий визит главы
# казахстанского агроведомства в Узбекистан прошёл 8–9 июня", "визит министра узбекского …"): the one titled person
# of that state the TITLE_SENTENCES before name ("Министр сельского хозяйства Казахстана Айдарбек Сапаров провёл в
# Ташкенте переговоры …").
_RU_VISIT_OF_TITLE = re.compile(r"\bвизит\w*\s+(?:глав[ыу]|министра|вице-премьера|премьер-министра|спикера|акима|хокима"
                                r"|мэра|председателя)\s+(?P<adjective>[а-яё]+(?:ского|цкого|ской|цкой))\b", re.I)


def _ru_visit_of_title_told_before(doc: Document, k: int, sentence: str, resolver: Resolver) -> Person | None:
    """The visitor a Russian visit names by a title of a state's adjective (_RU_VISIT_OF_TITLE), named before."""
    m = _RU_VISIT_OF_TITLE.search(sentence)
    state = m and next((iso3 for stem, iso3 in places.RU_ADJECTIVE_STEMS.items()
                        if m["adjective"].capitalize().startswith(stem)), None)
    if not state:
        return None
    named = {p.name: p for before in doc.sentences[max(0, k - TITLE_SENTENCES):k]
             for p in _ru_titled_named_in(before.text, resolver) if p.iso3 == state}
    return next(iter(named.values())) if len(named) == 1 else None



# Round 73 (stenogram73): a state's own record (a parliament's stenogram, dev/1159) names its president by the bare
# office in a visit abroad, "в ходе государственного визита Главы государства в Республику Таджикистан" (also "визит
# Главы нашего государства"): the head of state, on the visit's day, of the one state the record's first line names
# ("Стенограмма … Мажилиса Парламента Республики Казахстан …"), when the visit's sentence names another state
_RU_VISIT_OF_HEAD_OF_STATE = re.compile(r"визит\w*\s+глав(?:ы|е|ой)\s+(?:нашего\s+)?государства\b", re.I)


def _ru_visit_of_own_head_of_state(doc: Document, sentence: str, day: date) -> Person | None:
    """The head of state a Russian visit of "Главы государства" means: the leader of the text's first line's one
    state, when the visit's sentence names another; else None."""
    if not _RU_VISIT_OF_HEAD_OF_STATE.search(sentence):
        return None
    own = {m.iso3 for m in places.mentions(doc.text.split("\n", 1)[0]) if m.iso3 in places.TIE_CODES}
    if len(own) != 1 or not {m.iso3 for m in places.mentions(sentence) if m.iso3 in places.TIE_CODES} - own:
        return None
    return next(iter(_leader(own.pop(), True, day)), None)

# Russian documents named one by one after the verb: "стороны подписали меморандум о сотрудничестве …, а также план
# совместных мероприятий" (two), "подписали соглашение … и протокол …": each named after "и"/"а также" counts too.
# (round 35: and by a comma, "подписали программу …, меморандум … и протокол …": three)
# (round 56, visits A: "включая" (including) is no adjective: "девять документов, включая договор" is nine)
_RU_MORE_DOCUMENTS = re.compile(r"(?:,\s*а\s+также|\s+и|,)\s+(?:приняли\s+|утвердили\s+)?"
                                r"(?:(?!включая\s)[а-яё-]+(?:ый|ий|ой|ое|ую|ая)\s+)?"
                                r"(?:план|соглашение|меморандум|договор|протокол|программу|декларацию|дорожную\s+карту"
                                # round 54 (visits): the nominative, listed after the plural passive ("были подписаны
                                # программа …, дорожная карта и …")
                                r"|программа|декларация|дорожная\s+карта"
                                # round 29: one adopted with it ("подписали протокол и приняли совместное заявление")
                                r"|заявление|коммюнике)"
                                r"(?![^\W\d_])", re.I)


# Round 41: after a Russian count of one kind of document ("По итогам форума подписано семь меморандумов"), the sides
# signing one of another kind in a later sentence ("Стороны подписали протокол о намерениях …", on the visit's second
# leg) sign one more: a protocol is none of the seven memoranda. A count of "документов" may hold any kind: none added.
_RU_DOCUMENT_NOUN = re.compile(r"документ|соглашени|меморандум|договор", re.I)
_RU_SIDES_SIGNED_ONE = re.compile(r"Стороны\s+(?:также\s+)?подписали\s+(?:[а-яё-]+(?:ый|ий|ой|ое|ую|ая)\s+)?"
                                  r"(план|соглашение|меморандум|договор|протокол|программу|декларацию|дорожную\s+карту)"
                                  r"(?![^\W\d_])")


def _ru_sides_signed_another_kind(sentence: str, visit: VisitFound) -> re.Match | None:
    """A sentence opening on the sides signing one document (_RU_SIDES_SIGNED_ONE) of a kind other than the visit's
    counted one (visit.documents_noun), else None."""
    if not visit.documents_noun or visit.documents_noun == "документ" or not sentence.startswith("Стороны"):
        return None
    m = _RU_SIDES_SIGNED_ONE.match(sentence)
    return m if m and not m[1].lower().startswith(visit.documents_noun[:6]) else None


def _documents_named(sentence: str, first: re.Match) -> int:
    """The documents a one-document match (`first`) names with those listed after it: 1, plus each Russian one named
    after it by "и"/"а также" (_RU_MORE_DOCUMENTS), up to the sentence's end."""
    if not is_cyrillic(first[0]):
        return 1 + _ta_documents_listed_before(sentence, first)  # round 29
    more = _RU_MORE_GENITIVE_DOCUMENTS if first[0].lower().startswith("подписани") else _RU_MORE_DOCUMENTS
    if counted := _RU_MORE_COUNTED.search(sentence, first.end()):
        # round 46: "подписали протокол …, а также ещё семь документов – соглашения …, программу …": eight; the ones
        # listed after the count are among it
        return 1 + len(more.findall(sentence, first.end(), counted.start())) \
            + _count_value(counted["count"] or counted["count2"] or counted["count3"]
                                 or counted["count4"])
    return 1 + len(more.findall(sentence, first.end()))


# Round 71 (review71): further documents told after one named with no number, a quantifier and the genitive plural
# ("подписали Договор о границе, а также ряд других документов", dev/1139; "… и несколько межведомственных
# соглашений") or "other" and the plural ("… и другие документы"): the count is not stated
_RU_UNCOUNTED_MORE = re.compile(r"(?:,\s*а\s+также|\s+и)\s+(?:(?:ряд|целый\s+ряд|несколько|пакет|комплекс)\s+"
                                r"(?:[а-яё-]+(?:ых|их)\s+){0,2}(?:документов|соглашений|меморандумов|договоров)"
                                r"|(?:другие|иные)\s+(?:[а-яё-]+(?:ые|ие)\s+){0,2}"
                                r"(?:документы|соглашения|меморандумы|договоры))(?![^\W\d_])", re.I)


def _ru_uncounted_more_after(sentence: str, first: re.Match) -> bool:
    """Does the sentence tell more documents signed, their number not stated (_RU_UNCOUNTED_MORE), after the one
    Russian `first` names?"""
    return is_cyrillic(first[0]) and bool(_RU_UNCOUNTED_MORE.search(sentence, first.end()))


# Round 46: a count of further documents after one named ("…, а также ещё семь документов", "и шесть других
# соглашений")
# round 48: or after "а также" / "и" ("подписан Протокол …, а также три документа: меморандум …, соглашение …":
# four)
# round 56 (visits A): the further ones told as a package in the genitive ("подписан Протокол, а также пакет из девяти
# межведомственных документов": ten)
_RU_MORE_COUNTED = re.compile(r"(?:\bещ[её]\s+(?P<count>" + _RU_COUNT + r")|\b(?P<count2>" + _RU_COUNT
                              + r")\s+(?:других|иных)|(?:,\s*а\s+также|\s+и)\s+(?:(?P<count3>" + _RU_COUNT
                              + r")|пакет\s+из\s+(?P<count4>" + _RU_GENITIVE_COUNT
                              + r")))\s+«?(?:[\w-]+\s+){0,2}?(?:документ|соглашени|меморандум|договор"
                              # round 62 (visits62): named ones counted, quoted or not ("подписаны протокол и две
                              # «дорожные карты»": three)
                              r"|дорожн\w*\s+карт|протокол|программ)",
                              re.I)


# The same, after a signing told by its noun: the documents in the genitive ("подписание программы …, а также
# меморандума …": two)
_RU_MORE_GENITIVE_DOCUMENTS = re.compile(r"(?:,\s*а\s+также|\s+и|,)\s+(?:[а-яё-]+(?:ого|его|ой|ей)\s+)?"
                                         + _RU_GENITIVE_DOCUMENT + r"(?![^\W\d_])", re.I)


_NAME_AROUND = re.compile(r"\s[A-Z][a-z]")  # a capitalised word right after a place: part of a name ("Budapest Times")


def _in_a_name(text: str, mention: places.Mention) -> bool:
    """Is the place named inside a capitalised name, "The Budapest Times" (after "The", a capitalised word after it)?"""
    return text[max(0, mention.start - 4):mention.start] == "The " and bool(_NAME_AROUND.match(text, mention.end))


# The head of an international body is no state's visitor ("OTS Secretary-General Kubanychbek Omuraliev arrived in
# Ashgabat", "Генеральный секретарь ОТГ …", "TDT Genel Sekreteri …", "TDT-nin Baş katibi …"): his title is in his
# name as proposed or right before it in the visit's sentence.
_BODY_HEAD = re.compile(r"\bSecretary[- ]General\b|\bГенеральн\w*\s+секретар|\bBaş\s+katib|\bGenel\s+Sekreter", re.I)


def _head_of_a_body(doc: Document, visit: VisitFound) -> bool:
    """Is the visitor titled the secretary-general of a body (_BODY_HEAD), in his name or right before it?"""
    sentence = doc.text[visit.span[0]:visit.span[1]]
    at = _name_at(sentence, visit.visitor.name)
    title = sentence[max(0, at - _OFFICE_BEFORE_NAME):at] if at >= 0 else ""
    return bool(_BODY_HEAD.search(visit.visitor.name + " " + title))


# A summit's host receiving the guests in its own sentence, their titles in a list before the names: "President Ilham
# Aliyev hosted his Turkish and Turkmen counterparts, Recep Tayyip Erdoğan and Serdar Berdimuhamedow, at a trilateral
# summit in Baku on Wednesday": those named came to it.
_HOSTED_COUNTERPARTS = re.compile(r"\b(?:hosted|welcomed|received)\s+(?:his|her)\s+(?:[\w-]+\s+){0,4}?counterparts\b")


# Round 25: a smaller count told after the visit's count is a part of it: "Hungary and Kazakhstan signed seven
# agreements in Budapest on Tuesday … Three commercial agreements were signed by companies" is seven; a total told
# after ("bringing the total to 16 documents") is the count.
def _part_of_the_told_count(told: int | None, count: int | None, total: re.Match | None) -> bool:
    """Is a newly read count smaller than the count already told for the visit (and not told as a total)?"""
    return told is not None and count is not None and total is None and count < told


# Round 25: one document the two parties of the talks signed, told without naming both states: Turkish and
# Azerbaijani "the two (parliaments, countries, sides)" between whom it was signed ("iki parlamento arasında …
# mutabakat zaptı imzalandı"), or the signing told as the end of the talks ("Görüşün sonunda Milli Məclis ilə …
# memorandum imzalanıb", "görüşmelerin ardından … anlaşma imzalandı"); not a signing after a fair's opening
_BY_THE_TWO = re.compile(r"\biki\s+(?:[^\W\d_]+\s+){0,2}?arasında\b"
                         # round 32: the talks' end too, "Danışıqların sonunda … proqramı imzalanıb", "Müzakerelerin
                         # ardından … protokolü imzalandı"
                         r"|\b(?:görüş|danışıq|müzakir|müzaker)\w*\s+"
                         r"(?:sonunda|ardından|sonrasında|nəticəsində|yekununda)"
                         r"|\b(?:görüş|danışıq|müzakir|müzaker)\w*(?:dən|den|dan)\s+sonra\b", re.I)
# one is in every _BY_THE_TWO match, as cheap.lowered() has it ("danışıq" is "danişiq")
_BY_THE_TWO_WORDS = tuple(lowered(word) for word in ("görüş", "iki ", "danışıq", "müzakir", "müzaker"))


def _signed_by_the_two(sentence: str) -> bool:
    """Does a Turkish or Azerbaijani signing sentence tell its document as the talks' own (_BY_THE_TWO)?"""
    low = lowered(sentence)
    return any(word in low for word in _BY_THE_TWO_WORDS) and bool(_BY_THE_TWO.search(sentence)) \
        and not _ONE_OF_SEVERAL.search(sentence)


# the document named as one of several signed: "yeddi sənəd, o cümlədən … memorandumu imzalanıb", "… dahil"
_ONE_OF_SEVERAL = re.compile(r"\bo\s+cümlədən\b|\b(?:de|da)\s+dahil\b|\bbaşta\s+olmak\s+üzere\b|\baralarında\b", re.I)


# Round 25: a lead that tells the visit with no day ("Türkmənistan Məclisinin sədri Dünyagözəl Gulmanovanın başçılıq
# etdiyi nümayəndə heyəti rəsmi səfərlə Azərbaycanda olur", "Президент Таджикистана Эмомали Рахмон завершил
# двухдневный государственный визит в Казахстан"), then its day told of the guest by a noun a sentence or three
# later: the delegation, the guest, the leader's plane ("Türkmənistan parlamentinin nümayəndə heyəti dünən axşam
# Bakıya gəlib", "Самолет таджикского лидера приземлился в столичном аэропорту в среду, 20 мая"). That arrival is the
# lead's visitor's, when its place is in the lead's host (a capital's airport told as "the capital's": the host's).
LEAD_GUEST_SENTENCES = 4
_GUEST_NOUN = re.compile(r"\b(?:nümayəndə\s+heyət|heyet|делегаци|самол[её]т|борт|гост[ья]|qonaq|misafir|konuk"
                         r"|delegation|(?:his|her)\s+(?:plane|aircraft)|the\s+guests?\b)", re.I)
_GUEST_NOUN_WORDS = ("heyət", "heyet", "делегаци", "самол", "борт", "гост", "qonaq", "misafir", "konuk", "delegation",
                     "plane", "aircraft", "guest")  # one is in every _GUEST_NOUN match
_THE_CAPITALS = re.compile(r"\bстоличн\w*\s+аэропорт|\bpaytaxt\s+hava\s+liman|\bbaşkent\s+havaliman"
                           r"|\bthe\s+capital['’]s\s+airport", re.I)


# Round 59 (visits): a Turkish lead telling the visit as contacts held in the state ("Bakanı X, Kuzey Kıbrıs Türk
# Cumhuriyeti'nde temaslarda bulundu"): the state in the locative right before
_TR_HELD_CONTACTS_IN = re.compile(r"['’][dt][ae](?:\s+\([^()]{2,12}\))?\s+temas(?:lar)?[dt]a\s+bulun(?:du|muş)\w*")


def _dayless_lead_visit(doc: Document, k: int, resolver: Resolver) -> tuple[int, Person, str] | None:
    """(sentence, visitor, host) of an opening Russian, Azerbaijani or Turkish sentence that tells a visit with one named
    visitor and one other state, and no day."""
    s = doc.sentences[k]
    sentence = s.text
    if not _LOCAL_VISIT.search(sentence) and not ("temas" in s.check and _TR_HELD_CONTACTS_IN.search(sentence)):
        return None
    persons = _local_visitors(sentence, resolver)
    if len(persons) != 1:
        return None
    hosts = {m.iso3 for m in doc.mentions(s)} - {persons[0].iso3}
    if not hosts and (city := places.city_in(sentence)):
        hosts = {city[0]} - {persons[0].iso3}  # the state of a city that is no capital ("… Konya'ya geldi")
    return (k, persons[0], hosts.pop()) if len(hosts) == 1 else None


def _dayless_lead_told_again(doc: Document, k: int, resolver: Resolver,
                             lead_guest: tuple[int, Person, str] | None) -> tuple[int, Person, str] | None:
    """The dayless lead visit (_dayless_lead_visit) of an opening sentence: the first one told, or the same visitor's
    to the same state told again by the body's lead, whose later sentences then tell its day (standfirst "Macar Bakan
    Nagy … Türk mevkidaşı … ile bir araya geldi", lead "Nagy … Konya'ya geldi", then "Dün sabah … karşılanan Nagy")."""
    if lead_guest is None:
        return _dayless_lead_visit(doc, k, resolver)
    again = _dayless_lead_visit(doc, k, resolver)
    return again if again and (again[1].name, again[2]) == (lead_guest[1].name, lead_guest[2]) else lead_guest


def _surname_of_the_lead_guest(sentence: str, guest: Person) -> bool:
    """Does a visit sentence name the dayless lead's visitor by his surname alone, which the resolver leaves unknown
    for one of no office it knows ("Macaristan Tarım Bakanı István Nagy … Konya'ya geldi." "Dün sabah … karşılanan Nagy,
    Türkiye'ye yaptığı iki günlük çalışma ziyaretinin …")? The surname, in any case ("Nagy'nin"), as a word of its own."""
    surname = guest.name.split()[-1]
    return len(guest.name.split()) > 1 and re.search(rf"(?<!\w){re.escape(surname)}(?:['’]\w+)?(?!\w)", sentence) is not None


def _guest_arrival_place(doc: Document, s: Sentence, place: tuple[str, str] | None, host: str) -> tuple[str, str] | None:
    """The place of an arrival told of the guest by a noun (_GUEST_NOUN), when it is in the lead's host: the place read,
    or the host's capital when the sentence names "the capital's airport"."""
    low = lowered(s.text)
    if not any(w in low for w in _GUEST_NOUN_WORDS) or not _GUEST_NOUN.search(s.text):
        return None
    if place is None and _THE_CAPITALS.search(s.text):
        place = host, countries.get(host).capital
    if place is None:
        place = places.airport_city(s.text)  # "Qonaq dünən Heydər Əliyev Beynəlxalq Hava Limanına gəlib"
    return place if place and place[0] == host else None



# Round 63 (visits63b): the lead's delegation told again by the people of its home, a plural noun of the place its
# lead names ("Делегация Наманганской области во главе с хокимом … находится с рабочим визитом в … Денизли. …
# Наманганцы прибыли в Денизли во вторник, 19 мая")
_RU_HOME_PEOPLE_ARRIVED = re.compile(r"(?P<stem>[А-ЯЁ][а-яё]{3,})цы\s+(?:[а-яё]+\s+)?(?:прибыли|приехали|прилетели)\b")


def _home_people_arrived(doc: Document, s: Sentence, lead: int) -> bool:
    m = _RU_HOME_PEOPLE_ARRIVED.match(s.text)
    return bool(m) and m["stem"] in doc.sentences[lead].text

def _capital_named_first(doc: Document, s: Sentence, host: str) -> bool:
    """Round 25: does a sentence that names the host's capital and another city of the host name the capital first
    ("В Астане подписаны 14 документов, в Алматы прошёл бизнес-форум": the visit began in the capital)?"""
    at = min((m.start for m in doc.mentions(s) if m.is_capital and m.iso3 == host), default=None)
    city_at = places.city_start(s.text)
    return at is not None and city_at is not None and at < s.start + city_at


def _capital_told_back(doc: Document, k: int) -> bool:
    """Round 25: does a Russian or English sentence name by its country's adjective ("в кыргызскую столицу", "the
    Kyrgyz capital") the capital the sentence before named by its name? It then refers back to that place, and the
    event told there with its day is what the visitor came to."""
    if "столиц" not in doc.sentences[k].text and "capital" not in doc.sentences[k].text:
        return False
    told = _capital_by_demonym(doc.sentences[k].text, "")
    return told is not None and any(m.is_capital and m.iso3 == told[0] for m in doc.mentions(doc.sentences[k - 1]))


# --- round 26 (visits) ----------------------------------------------------------------------------------------------
# The British business press names a man by surname after a title of address: "Mr Karimov arrived in Aktau on Monday on
# a working visit" is the Karimov named in full with his title before (_surname_told_before reads a bare surname)
_EN_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z])")


# The lead tells an English visit without its day ("Prime Minister of Kazakhstan X has paid a working visit to the Kyrgyz
# Republic, where …") and a later sentence its arrival by the delegation ("The Kazakh delegation arrived in Bishkek on
# Thursday"): the delegation's arrival is the visit of the one the lead named, of the delegation's country
DELEGATION_LEAD_SENTENCES = 4  # how far back the dayless lead may be


def _delegation_of_dayless_lead(doc: Document, k: int, visit_words: list[bool], resolver: Resolver) -> Person | None:
    """The visitor of a "The <demonym> delegation arrived" sentence (_DELEGATION_ARRIVED): the one visitor an English
    visit sentence up to DELEGATION_LEAD_SENTENCES before names (_visitors), of the delegation's country; None when
    none or several such."""
    m = _DELEGATION_ARRIVED.search(doc.sentences[k].text)
    found = places.mentions(m[1]) if m else []
    if len(found) != 1 or not found[0].is_demonym:
        return None
    for j in range(k - 1, max(-1, k - 1 - DELEGATION_LEAD_SENTENCES), -1):
        if not visit_words[j] or "visit" not in doc.sentences[j].text:
            continue
        named = _visitors(doc.sentences[j].text, resolver)
        if len(named) == 1 and named[0].iso3 == found[0].iso3:
            return named[0]
    return None



# A meeting of ministers told held, in Azerbaijani, Turkish or Russian, as _MINISTERS_GATHERING tells it in English:
# "Bu gün Bakıda türk dövlətlərinin nəqliyyat nazirlərinin növbəti iclası keçirilib", "Ticaret bakanları toplantısı dün
# Astana'da yapıldı", "В Ташкенте прошло заседание министров транспорта …": each minister named next as taking part
# (_attendees, _titled_attendees) came to it, a visit of type other. Searched only behind a _GATHERING_WORDS word and
# _LOCAL_HELD.
_LOCAL_MINISTERS_MEETING = re.compile(r"\bnazirləri(?:nin)?\s+(?:[\w-]+\s+){0,3}?(?:iclas|görüş|toplant|forum|konfrans)"
                                      # (round 89, o1: the meeting's ordinal, "Tarım Bakanları 5. Toplantısı", dev/1361)
                                      r"|\bbakanları(?:nın)?\s+(?:(?:\d{1,2}\.|[\w'’-]+)\s+){0,3}?"
                                      r"(?:toplantı|görüş|forum|konferans)"
                                      r"|\b(?:заседани|встреч|совещани|конференци)\w*\s+(?:[\w-]+\s+){0,3}?министров\b", re.I)


# Round 59 (visits59a): a council of ministers told gathered, not held, Turkish and Azerbaijani, the council the
# sentence's subject ("TDT Dışişleri Bakanları Konseyi, Kırgızistan'ın … Çolpon-Ata kentinde dün toplandı", "… xarici
# işlər nazirləri şurası dünən Bakıda toplanıb"): a meeting as _local_ministers_meeting reads it; not one still to come
# ("toplanacak", "toplanacaq")
_LOCAL_COUNCIL_GATHERED = re.compile(r"\b(?:bakanları\s+konseyi|nazirləri\s+şurası)\b[^.;]{0,120}?"
                                     r"\btopla(?:ndı|nmış|nıb|şdı|şıb)\b"
                                     # before it, the council's participle: "Dün Bakü'de toplanan TDT Dışişleri
                                     # Bakanları Konseyi'ne … katıldı"
                                     r"|\btopla(?:nan|şan)\s+(?:[\w'’()-]+\s+){0,5}?"
                                     r"(?:bakanları\s+konsey|nazirləri\s+şura)", re.I)


# A state in the Azerbaijani or Turkish genitive opening a minister's title: "Türkiyənin nəqliyyat naziri", "Özbəkistanın",
# "Kazakistan'ın Ticaret Bakanı" (_titled_attendees, as _POSSESSIVE_STATE reads "Kazakhstan's")
_LOCAL_GENITIVE_STATE = re.compile(rf"\b([{CAPITALS}][^\W\d_]+?['’]?n?[ıiuüə]n)\s")


def _local_ministers_meeting(doc: Document, s: Sentence, published: date, lead_day: date | None) -> VisitFound | None:
    """The meeting (no visitor, type other) of a _LOCAL_MINISTERS_MEETING sentence, with its day read in its language
    and its capital or city; None without either."""
    days = _days(s, published, lead_day, local=True)
    place = _sentence_place(doc, s, "") if days else None
    if not place:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, None, place[0], place[1], "other", (s.start, s.end), 0.8)



# Documents adopted told by their titles in quote marks, no count: "İclasın yekununda “Ələt Bəyannaməsi” və “… Fəaliyyət
# Planı” qəbul edilib", "«Декларация …» и «План действий …» приняты", "the “Aktau Declaration” and the “Transit Roadmap” were
# adopted": as many documents as titles (_documents_adopted, behind its _ADOPTED_WORDS check and a quote mark)
_QUOTED_TITLE = re.compile(r"[“\"«„][^”\"»“«„]{3,150}[”\"»“]")
_TITLE_LINK = r"(?:\s*,\s*|\s+(?:və|ve|и|and)\s+)(?:the\s+)?"
_NAMED_DOCUMENTS_ADOPTED = re.compile(r"(?:the\s+)?" + _QUOTED_TITLE.pattern + r"(?:" + _TITLE_LINK + _QUOTED_TITLE.pattern
                                      + r")*\s+(?:(?:[\w-]+\s+){0,2}?(?:qəbul\s+edil|kabul\s+edil)|(?:был[аио]?\s+)?принят"
                                      r"|(?:were|was|have\s+been|has\s+been)\s+adopted\b)", re.I)
_OPENING_MARKS = ("“", '"', "«", "„")


# A place named as where the visitor went on to after the talks is not where they were held: "Bektenov also met President
# Japarov on Friday, before leaving for Astana", "ahead of his departure for Baku", "before flying home to Ankara"
_LEFT_FOR = re.compile(r"\b(?:before|ahead\s+of)\s+(?:(?:his|her|their)\s+departure\s+(?:for|to)"
                       r"|(?:leaving|departing|flying|heading|returning|travell?ing)\s+(?:(?:back|home|on)\s+)?(?:for|to))\s+"
                       r"(?:the\s+)?[A-Z][\w'’-]+")


def _not_left_for(sentence: str, offset: int, capitals: list[places.Mention]) -> list[places.Mention]:
    """The capitals of a meeting sentence but those a _LEFT_FOR clause names."""
    spans = [(offset + m.start(), offset + m.end()) for m in _LEFT_FOR.finditer(sentence)]
    return [c for c in capitals if not any(a <= c.start < b for a, b in spans)]


def _surname_at(sentence: str, name: str) -> int:
    """Where a Latin sentence names a person by his surname alone, a word of its own (news names a leader in full once,
    then by surname: "Aliyev flew in on Thursday evening, while Tokayev arrived on Friday morning"); -1 when it does not."""
    surname = name.split()[-1]
    at = sentence.find(surname)
    while at >= 0:
        end = at + len(surname)
        if (at == 0 or not sentence[at - 1].isalpha()) and (end == len(sentence) or not sentence[end].isalpha()):
            return at
        at = sentence.find(surname, end)
    return -1


# Russian names the minister's state after his title, in the genitive ("приняли участие министр транспорта Азербайджана
# Рашад Набиев и министр транспорта Узбекистана Илхом Махкамов"): each item of such a list opens with an office word
_RU_OFFICE_START = re.compile(r"\b(?:министр|вице-премьер|премьер-министр|председател|заместител|президент)\w*", re.I)


def _ru_titled_attendees(text: str, resolver: Resolver) -> list[Person]:
    """Those a Russian list at a ministers' meeting names with a title and their state (_titled_newcomer of each item,
    from one office word to the next), the table not knowing them; each of the state his title names."""
    starts = [m.start() for m in _RU_OFFICE_START.finditer(text)]
    found = []
    for at, after in zip(starts, [*starts[1:], len(text)]):
        person = _titled_newcomer(text[at:after].rstrip(" ,.;").removesuffix(" и").rstrip(" ,"), resolver)
        if person is not None and person.iso3:
            found.append(person)
    return found


# A state named only in an aside that gives someone's title is his own, not where the sentence's visit went: "Tokayev,
# Mirziyoyev and Tufan Erhürman, the leader of the self-declared Turkish Republic of Northern Cyprus, also attended the
# summit on Friday" (the summit told before is in Kyrgyzstan)
_TITLE_ASIDE = re.compile(r",\s+the\s+(?:[\w-]+\s+){0,3}?(?:leader|president|head|prime\s+minister|premier|chairman|speaker)"
                          r"\s+of\s+[^,;.]{2,120}(?=,|$)")


def _only_in_title_aside(doc: Document, s: Sentence, iso3: str) -> bool:
    """Does sentence s name state `iso3` only inside _TITLE_ASIDE asides (and at least once)?"""
    spans = [(s.start + m.start(), s.start + m.end()) for m in _TITLE_ASIDE.finditer(s.text)]
    named = [m.start for m in doc.mentions(s) if m.iso3 == iso3]
    return bool(spans) and bool(named) and all(any(a <= at < b for a, b in spans) for at in named)


# One who spoke at the event an Azerbaijani, Turkish or Russian report opens with, told held with its day and place
# ("Sentyabrın 24-də Bakıda … beynəlxalq forum keçirilib." … "Forumda çıxış edən Özbəkistanın investisiya, sənaye və
# ticarət naziri X …", "Forumda konuşan Kazakistan Ticaret Bakanı X …", "Выступивший на форуме министр … Y"): he came to
# it, a visit of type other when his title's state is another than the event's.
_LOCAL_SPOKE_AT = re.compile(r"\b(?P<event>forum|tədbir|iclas|konfrans|toplantı|konferans)\w*?(?:da|də|de|te|ta)\s+"
                             r"(?:çıxış\s+edən|konuşan|konuşma\s+yapan)\s+(?P<who>[^.;]+)", re.I)
_LOCAL_SPOKE_WORDS = ("çıxış edən", "konuşan", "konuşma yapan")  # one is in every _LOCAL_SPOKE_AT match
EVENT_OPENING_SENTENCES = 4  # the event is told held in one of the article's first sentences


def _local_speaker_at_event_before(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit of a titled newcomer of sentence k who spoke at the event (_LOCAL_SPOKE_AT) one of the article's
    first EVENT_OPENING_SENTENCES tells held (_LOCAL_HELD) with its day and a capital or city not his state's."""
    m = _LOCAL_SPOKE_AT.search(doc.sentences[k].text)
    person = _first_titled_newcomer(_up_to_a_later_place(m["who"]), resolver) if m else None
    if person is None or not person.iso3:
        return None
    event = lowered(m["event"])
    opening = [o for o in doc.sentences[:min(k, EVENT_OPENING_SENTENCES)] if event in lowered(o.text)]
    return _visit_at_the_event_held(doc, opening, person, published, (doc.sentences[k].start, doc.sentences[k].end))


def _visit_at_the_event_held(doc: Document, opening: list[Sentence], person: Person, published: date,
                             span: tuple[int, int]) -> VisitFound | None:
    """person's visit (type other) to the event the first of the opening sentences that tells one held (_LOCAL_HELD,
    not _LOCAL_NOT_VISIT) gives with its day and a place not his state's; none when that sentence gives no place."""
    for before in opening:
        if not _LOCAL_HELD.search(before.text) or _LOCAL_NOT_VISIT.search(before.text):
            continue
        days = _days(before, published, None, local=True)
        place = _event_place(doc, before, person.iso3) if days else None
        if place is None:
            return None
        day, end, *_ = days[0]
        return VisitFound(day, end, person, place[0], place[1], "other", span, min(person.confidence, 0.7))
    return None


def _up_to_a_later_place(phrase: str) -> str:
    """A title and name up to the first place named after its first word ("Özbəkistanın … naziri Laziz Kudratov Bakı
    limanını …": not "Kudratov Bakı"); the phrase whole when it names none."""
    later = [m.start for m in places.mentions(phrase) if m.start > 0]
    return phrase[:min(later)] if later else phrase


# A speaker recalling his own visit, told with its day: "Japarov, for his part, described Hungary as a friend, recalling
# that he had visited Budapest on 21 May 2025, when …": the visit is the subject's, the one the sentence opens with
_RECALLED_OWN_VISIT = re.compile(r"^(?P<who>[A-Z][^,.;]{2,80}?),[^;]*?\brecall(?:ing|ed)\s+that\s+(?:he|she)\s+"
                                 r"(?:had\s+)?visited\s+[A-Z]")


def _recalled_own_visit(sentence: str, resolver: Resolver) -> Person | None:
    """The subject opening a sentence who recalls that he visited a place (_RECALLED_OWN_VISIT), by name; else None."""
    return _named_who(_RECALLED_OWN_VISIT.search(sentence), resolver)


# Round 50: the same told as the trip recalled, its subject by name or by a bare title ("The khokim recalled his own
# trip to Denizli on November 18 last year, when …"): the one person the sentences before name with that title right
# before the name ("… with regional khokim Davronbek Ergashev"), within _RECALLED_TITLE_SENTENCES
# Round 82 (v82b): or described, an interview's or podcast's guest telling of his own trip, dated ("Kudratov describes
# his working visit to Hungary on October 27-28, when he led …", dev/1264): his visit, and by surname alone too (named
# in full with his title before, _surname_told_before); only "recalled" marks it one of the past (the signing told
# after is then another's), a trip described being the one the talk is about
_RECALLED_OWN_TRIP = re.compile(r"^(?P<who>[A-Z][^,.;]{2,80}?)\s+(?P<verb>recalled|describe[sd])\s+(?:his|her)\s+"
                                r"(?:own\s+)?(?:[\w-]+\s+)?(?:trip|visit)\s+to\s+[A-Z]")
_THE_BARE_TITLE = re.compile(r"The\s+(?P<title>[a-z]+)")
_RECALLED_TITLE_SENTENCES = 8


def _recalled_own_trip(doc: Document, k: int, sentence: str, resolver: Resolver) -> Person | None:
    """The subject of a _RECALLED_OWN_TRIP sentence: by name, else the one person the sentences before name right after
    its bare title; None when none or more than one."""
    m = _RECALLED_OWN_TRIP.match(sentence)
    if m is None:
        return None
    person = _named_who(m, resolver) or _surname_told_before(doc, doc.sentences[k], m["who"], resolver)  # round 82
    if person:
        return person
    if not (bare := _THE_BARE_TITLE.fullmatch(m["who"])):
        return None
    titled = re.compile(r"\b" + bare["title"] + r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
    named = {p.name: p for before in doc.sentences[max(0, k - _RECALLED_TITLE_SENTENCES):k]
             for t in titled.finditer(before.text) if (p := resolver.resolve(t["name"], speaking=False))}
    return next(iter(named.values())) if len(named) == 1 else None


# Round 50: a trip the speaker recalls as the time of something else, told by "when he" ("Abdullayev recalled that
# the first contacts date back to June 12 last year, when he led a Gabala delegation to Cholpon-Ata"): the visit is
# the subject's, named by surname alone (in full before); his state, when no table or title tells it, the one other of
# the nine states the article names than the place's
_RECALLED_THAT_WHEN = re.compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+recalled\s+that\s[^;]{0,200}?,"
                                 r"\s+when\s+(?:he|she)\s+")


def _recalled_when_he_went(doc: Document, s: Sentence, visit: re.Match, resolver: Resolver) -> Person | None:
    """The subject of a _RECALLED_THAT_WHEN sentence whose visit words (`visit`) follow its "when he"; None when the
    visit words are elsewhere or the person or his state is not known."""
    m = _RECALLED_THAT_WHEN.match(s.text)
    if m is None or visit.start() != m.end():
        return None
    person = _named_who(m, resolver) or _surname_told_before(doc, s, m["who"], resolver)
    if person is None:
        full = next(iter(full_names(doc.text[:s.start], m["who"])), None)
        person = resolver.resolve(full[0], speaking=False) if full else None
    if person is None or person.rule == "anaphor" or person.iso3:
        return person
    to = places.city_in(s.text[visit.end():])
    others = [c for c in places.codes_in(doc.text) if c in places.TIE_CODES and (not to or c != to[0])]
    return person._replace(iso3=others[0]) if to and len(others) == 1 else None


def _named_who(m: re.Match | None, resolver: Resolver) -> Person | None:
    """The person a match's `who` group names, by name or office (not a pronoun or a guess); None without a match."""
    person = resolver.resolve(m["who"], speaking=False) if m else None
    return person if person is not None and person.rule in ("name", "office") else None


# What a leader opening the sentence did at a summit told with its place (and day): "Orbán himself framed it more grandly
# at the OTS summit in Gabala on 7 October, when …": he was there (round 78, summit78: "at the OTS summit held in
# Samarkand on …" too)
_SUBJECT_AT_THE_SUMMIT = re.compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:himself\s+|herself\s+)?"
                                    r"(?-i:[a-z])[^,;:\"“”«»]{0,60}?\bat\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?summit\s+"
                                    r"(?:held\s+)?in\s+[A-Z]")
# Round 78 (summit78): the same told the other way round, the summit with its place opening the sentence and the leader
# the subject after its comma ("At the OTS summit held in Samarkand on 11 November 2022, Erdoğan outlined a broader
# vision", the English of dev/1212's Turkish, as _NAMED_AT_THE_SUMMIT reads it): he was there. Not his name owning
# something ("Erdoğan's absence"), nor one absent or spoken for ("was represented by", "did not attend", "sent")
_AT_THE_SUMMIT_OPENING = re.compile(r"^At\s+(?:the|an?)\s+(?:[\w()'’-]+\s+){0,8}?summit\s+(?:held\s+)?in\s+[A-Z]"
                                    r"[^,;:\"“”«»]{0,60},\s+(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,4})(?![\w'’-])\s+"
                                    r"(?:himself\s+|herself\s+)?(?!was\s+(?:absent|represented|not)\b|did\s+not\b"
                                    r"|didn['’]t\b|sent\b|stayed\s+away\b)(?-i:[a-z])")


def _subject_at_the_summit(sentence: str, resolver: Resolver) -> Person | None:
    """The named subject of a _SUBJECT_AT_THE_SUMMIT or _AT_THE_SUMMIT_OPENING sentence; None when there is none or no
    one it names."""
    return _named_who(_SUBJECT_AT_THE_SUMMIT.match(sentence) or (
        _AT_THE_SUMMIT_OPENING.match(sentence) if sentence.startswith("At ") else None), resolver)


def _arrival_city_first(same: VisitFound, visit: VisitFound, sentence: str) -> None:
    """Round 27: a trip told first by its end or its last stop ("wrapped up an official visit to Türkiye on Wednesday
    with a business forum in Istanbul"), then by the arrival on its first day in another city ("Kasymaliyev arrived
    in Ankara on Monday"): the visit's city is the first one, where he arrived."""
    if visit.city and visit.city != same.city and visit.start == same.start and visit.host == same.host \
            and _ARRIVAL_CLAUSE.search(sentence):
        same.city = visit.city


# Round 27: one document signed during the visit between two bodies named by capitalised words ("Forumun ardından KTTO
# ile ASK arasında işbirliği protokolü imzalandı"), one of them the body the visitor heads as the article titles him
# ("ASK Başkanı Memmed Musayev", "… Konfederasyonu (ASK) Başkanı Memmed Musayev"): a document of his visit. A signing
# between two bodies neither of which he heads ("ihracat ajansı ile yatırım fonu arasında") stays none of his.
_BETWEEN_BODIES = re.compile(r"\b([A-ZÇĞİÖŞÜƏ][\w-]*)\s+(?:ile|ilə)\s+([A-ZÇĞİÖŞÜƏ][\w-]*)\s+arasında\b")
_HEAD_TITLES = ("Başkanı", "başkanı", "sədri", "rəhbəri")


def _signed_with_the_visitors_body(doc: Document, visit: VisitFound, signed_local: list[bool]) -> None:
    """The one document (_TA_ONE_DOCUMENT) signed after the visit was told, between the body the visitor heads and
    another (_BETWEEN_BODIES): the visit's one."""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None:
        return
    for j in range(k + 1, len(doc.sentences)):
        s = doc.sentences[j]
        if not (signed_local[j] and " arasında " in s.text):
            continue
        m = _TA_ONE_DOCUMENT.search(s.text)
        parties = _BETWEEN_BODIES.search(s.text) if m else None
        if parties and any(_heads(doc.text, body, visit.visitor.name) for body in parties.groups()):
            visit.documents_said, visit.documents = True, 1
            visit.extra_spans.append((s.start + m.start(), s.start + m.end()))
            return


def _heads(text: str, body: str, name: str) -> bool:
    """Does the article title `name` the head of `body` ("ASK Başkanı X", "(ASK) Başkanı X")?"""
    return any(f"{body}{close} {title} {name}" in text for title in _HEAD_TITLES for close in ("", ")"))


# Round 27: one more document told signed "also" after the count ("… üç mutabakat zaptı imzaladı. Ayrıca KEK Protokolü
# de imzalandı", Azerbaijani "Həmçinin … protokolu da imzalanıb"): the count and one. The singular noun only: "Ayrıca
# anlaşmalar da imzalandı" says no number.
_ALSO_ONE_SIGNED = re.compile(r"(?:\b(?:Ayrıca|Həmçinin)\b[^.;]{0,80}?" + _TA_DOCUMENT
                              + r"(?!\w*(?:lar|lər|ler))\w{0,4}"
                              r"\s+(?:de|da|də)"
                              # round 47: "besides this" opening the sentence says "also" with no "da" after the noun
                              # ("Bundan başqa, “Azərenerji” ASC ilə … ASC arasında … niyyət protokolu imzalanıb")
                              r"|^(?:Bundan\s+(?:başqa|əlavə)|Bunun\s+(?:dışında|yanı\s+sıra)),?\s[^.;]{0,120}?"
                              + _TA_DOCUMENT + r"(?!\w*(?:lar|lər|ler))\w{0,4}(?:\s+(?:de|da|də))?"
                              # round 50: "too" after the two parties ("Səfərin ikinci günü X ilə Y arasında da
                              # əməkdaşlıq memorandumu imzalanıb", "A ile B arasında da bir protokol imzalandı")
                              r"|\barasında\s+(?:da|də|de)\s+(?:[^\W\d_]+\s+){0,4}?" + _TA_DOCUMENT
                              + r"(?!\w*(?:lar|lər|ler))\w{0,4}(?:\s+(?:zapt|muhtıra)\w*)?)"
                              r"\s+(?:imzalan(?:dı|ıb|mıştır|mışdır)"
                              # round 41: the signature "put to" it, the document in the dative ("Ayrıca … iyi niyet
                              # protokolüne de imza atıldı")
                              r"|imza\s+atıl(?:dı|ıb|mıştır|mışdır))\b", re.I)


# Round 50: the same in Russian, a sentence opening on "besides" with one document (the singular) signed or concluded,
# by the ministers or by companies in their presence ("Кроме того, в присутствии глав ведомств АО … и ЗАО … заключили
# соглашение о …"): one more after the count; the plural ("заключили соглашения") says no number
_RU_ALSO_ONE_SIGNED = re.compile(r"^(?:Кроме\s+того|Кроме\s+этого|Помимо\s+этого|Помимо\s+того|Также)\b,?\s"
                                 r"[^.;]{0,200}?\b(?:подписа(?:л[иао]?|н[оа]?)|заключ(?:ил[иао]?|ен[оа]?))\s+"
                                 r"(?:[а-яё-]+(?:ый|ий|ой|ое|ую|ая)\s+)?(?:соглашение|меморандум|договор|протокол"
                                 r"|контракт|план|программу|дорожную\s+карту)(?![^\W\d_])")
_RU_ALSO_WORDS = ("Кроме ", "Помимо ", "Также ")  # one opens every _RU_ALSO_ONE_SIGNED match


# Round 84 (h1 signed_while_too): a sentence that lists the documents of the count just told, the first in a clause of
# "while" ("İki belgeye imza atıldı. A ile B arasında mutabakat zaptı imzalanırken, C ile D arasında da ön anlaşma
# imzalandı", dev/1297; Azerbaijani "imzalanarkən"): the second one's "too" is said of the first, no document more
_SIGNED_WHILE_CLAUSE = re.compile(r"\b(?:imzalan(?:ı|a)rken|imzalanarkən|imza\s+atıl(?:ı|a)rken|imza\s+atılarkən)\b")


def _one_more_signed(visit: VisitFound, sentence: str, offset: int) -> None:
    """A document told signed "also" (_ALSO_ONE_SIGNED; round 48: _TA_ALSO_ONE_MORE, "bir" and a company contract too;
    round 50: _RU_ALSO_ONE_SIGNED) after the visit's count: one more."""
    if m := _ALSO_ONE_SIGNED.search(sentence) or _TA_ALSO_ONE_MORE.search(sentence) or (
            _TA_ONE_MORE_TOO.search(sentence) if any(w in sentence for w in _TA_TOO_SIGNED_WORDS) else None) or (
            _RU_ALSO_ONE_SIGNED.search(sentence) if sentence.startswith(_RU_ALSO_WORDS) else None):
        if "rken" in sentence[:m.start()] and _SIGNED_WHILE_CLAUSE.search(sentence, 0, m.start()):
            return  # round 84 (h1 signed_while_too): its "too" is the sentence's own first document's, both the count's
        visit.documents += 1
        visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 28 (earlier sets): a day that is part of a holiday's name is no day of the visit: Turkish and Azerbaijani name
# holidays by their date, "20 Temmuz Barış ve Özgürlük Bayramı'nın yıl dönümü dolayısıyla KKTC'de" (for the
# anniversary of the 20 July Peace and Freedom Day), "29 Ekim Cumhuriyet Bayramı", "15 İyun Milli Qurtuluş Günü",
# "9 May Qələbə Günü": the day, then capitalised words ending in a holiday noun (Bayram, Gün). The visit's day is the
# one the sentence tells besides ("dün KKTC'ye geldi"); a day then told with a capitalised place ("20 Temmuz Ankara'da")
# is no name.
_HOLIDAY_NAME_AFTER = re.compile(r"(?:['’](?:[a-zçğıöşüə]{1,3}))?\s+(?:[A-ZÇĞİÖŞÜƏ][\w'’]*\s+(?:(?:ve|və)\s+)?){0,5}?"
                                 r"(?:Bayram|Gün)\w*")
_HOLIDAY_WORDS = ("bayram", "gün")  # as cheap.lowered() has them; one is in every _HOLIDAY_NAME_AFTER match


def _names_a_holiday(text: str, check: str, day: tuple) -> bool:
    """Is the day at `day`'s span (told with its month by number) the start of a holiday's name (_HOLIDAY_NAME_AFTER)?"""
    return any(word in check for word in _HOLIDAY_WORDS) and text[day[2]:day[2] + 1].isdigit() \
        and bool(_HOLIDAY_NAME_AFTER.match(text, day[3]))


# Round 28 (earlier sets): the wire's dateline heading a Turkish, Azerbaijani or Russian lead ("LEFKOŞA, 20 Temmuz 2026
# (TAK) – TBMM Başkanı Numan Kurtulmuş … dün KKTC'ye geldi") is no part of the subject before the visit word: the
# newsroom's place and day would hide the visitor (_INLINE_DATELINE, whose place in capitals may hold the Turkish and
# Azerbaijani letters: "LEFKOŞA", "İZMİR").
def _without_inline_dateline(subject: str) -> str:
    """`subject` less a dateline heading it (_INLINE_DATELINE); all of it when it has none."""
    head = (_INLINE_DATELINE.match(subject) or _BARE_DATELINE.match(subject)) if subject[:2].isupper() else None
    return subject[head.end():] if head else subject


# Round 28 (earlier sets): a weekday told after "last weekend" or "last week" is of that week, not of the report's own:
# "Kurtulmuş was in the north last weekend … He arrived at Ercan Airport on Saturday afternoon" in a report dated a
# Saturday arrived a week before it (when.py reads "on Saturday" as the latest Saturday, the report's own day). So in
# Russian ("в минувшие выходные", "на прошлой неделе"), Turkish ("geçen hafta sonu", "geçtiğimiz hafta") and Azerbaijani
# ("ötən həftə", "keçən həftəsonu"). Read in one of the two sentences before the visit's that tells a visit itself ("was
# in", "побывал"; not "Markets fell last week", nor the visit's own sentence: "Bayramov, who spoke by phone … last
# week, arrived in Astana on Tuesday" arrived this week); only a day of the report's own week (from its Monday) moves
# back seven days.
_LAST_WEEK_WORDS = ("last weekend", "last week", "past weekend", "past week", "минувшие выходные", "прошлые выходные",
                    "прошедшие выходные", "прошлой неделе", "минувшей неделе", "прошедшей неделе", "geçen hafta",
                    "geçtiğimiz hafta", "ötən həftə", "keçən həftə")  # as lower() has them
LAST_WEEK_SENTENCES = 2  # how many sentences before the visit's may tell "last weekend"
_WEEKDAY_WORDS = (*when.WEEKDAYS, "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
                  "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "pazar", "ertəsi", "axşamı", "şənbə", "bazar")


def _last_week_told(doc: Document, last_week: list[bool], k: int, visit: VisitFound) -> bool:
    """Does one of the LAST_WEEK_SENTENCES before sentence k tell a visit "last week(end)" (`last_week`), naming no
    state but the visit's host's and the visitor's ("Aliyev was in Astana last week. On Monday he arrived in Tashkent":
    Monday is of this week)?"""
    return any(last_week[j] and all(m.iso3 in (visit.host, visit.visitor.iso3) for m in doc.mentions(doc.sentences[j]))
               for j in range(max(0, k - LAST_WEEK_SENTENCES), k))


def _weekday_of_last_week(doc: Document, visit: VisitFound, published: date, last_week: list[bool]) -> None:
    """Move the visit's start (and end) back a week when it was read from a weekday of the report's own week in a
    sentence told after "last week(end)" (_LAST_WEEK_WORDS)."""
    monday = published - timedelta(days=published.weekday())
    if visit.start < monday:
        return
    k = next((j for j, s in enumerate(doc.sentences) if s.start <= visit.span[0] < s.end), None)
    if k is None or not _last_week_told(doc, last_week, k, visit):
        return
    s = doc.sentences[k]
    told = [d for d in _dates(s, published, True) if d[0] == visit.start]
    if told and all(any(w in s.check[d[2]:d[3]] for w in _WEEKDAY_WORDS) for d in told):
        visit.start -= timedelta(days=7)
        visit.end = visit.end - timedelta(days=7) if visit.end else None


# Round 28 (earlier sets): a dateline in capitals and a dash heading the lead ("TASHKENT -- The chairman of Tajikistan's
# upper house of parliament, Rustam Emomali, wrapped up …", "BAKU — …") is the newsroom's place, not the state of the
# title it stands before: the title's one state is read without it (_appositive_visitor).
def _without_dash_dateline(title: str) -> str:
    """`title` less a dateline in capitals and a dash heading it (_CAPS_DATELINE); all of it when it has none."""
    head = _CAPS_DATELINE.match(title) if title[:2].isupper() else None
    return title[head.end():] if head else title


def _one_of_each_day(visits: list[VisitFound]) -> list[VisitFound]:
    """`visits` less a later one of the same visitor, host and start (a weekday moved back to last week's may now be the
    day "last weekend" told before), its documents given to the first when that has none."""
    kept: dict[tuple, VisitFound] = {}
    for visit in visits:
        key = (visit.visitor.name, visit.host, visit.start)
        if (first := kept.get(key)) is None:
            kept[key] = visit
        elif visit.documents_said and not first.documents_said:
            first.documents_said, first.documents = True, visit.documents
    return list(kept.values())


# Round 28 (earlier sets): the minister of a state the opening lists as taking part in an event held with its day and
# place, who opens a sentence of his own with his title and speaks ("Foruma Azərbaycan, Özbəkistan, Qırğızıstan və
# Tacikistanın iqtisadi qurumlarının rəhbərləri … qatılıb." … "Qırğızıstanın iqtisadiyyat və kommersiya naziri X …
# maraq göstərdiyini deyib."): he came to it, a visit of type other, as one told "Forumda çıxış edən" is
# (_local_speaker_at_event_before). Only a state the participation sentence names, not the event's own.
_TOOK_PART_WORDS = tuple(lowered(w) for w in ("qatılıb", "iştirak edib", "katıldı", "iştirak etdi"))  # as in Sentence.check
_SPEAKING_END = re.compile(r"\b(?:deyib|bildirib|qeyd\s+edib|vurğulayıb|söyləyib|dedi|söyledi|belirtti|ifade\s+etti)\W*$")
_LOCAL_SAID_WORDS = ("deyib", "bildirib", "qeyd edib", "vurğulayıb", "söyləyib", "dedi", "söyledi", "belirtti",
                     "ifade etti")  # as lower() has them; one is in every _SPEAKING_END match
TITLE_AT_MOST = 80  # the titled name opens the sentence: it ends within this many characters


def _listed_state_minister_speaking(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit of the titled newcomer opening sentence k who speaks (_SPEAKING_END), of a state other than the event's
    that one of the article's first sentences names as taking part (_TOOK_PART_WORDS) in the event held there
    (_LOCAL_HELD, with its day and place)."""
    s = doc.sentences[k]
    if not _SPEAKING_END.search(s.text):
        return None
    person = _first_titled_newcomer(_up_to_a_later_place(s.text[:TITLE_AT_MOST]), resolver)
    if person is None or not person.iso3:
        return None
    opening = doc.sentences[:min(k, EVENT_OPENING_SENTENCES)]
    if not any(any(w in o.check for w in _TOOK_PART_WORDS) and person.iso3 in doc.codes(o) for o in opening):
        return None
    return _visit_at_the_event_held(doc, opening, person, published, (s.start, s.end))


# Round 28 (twenty-ninth set): the host told by a pronoun, as its own press service or a report that has just named it
# writes: "President X and President Y, who is in our country on a state visit, travelled to …" (the one "in our
# country" is the guest, whoever the list names first), "… Rahman'ın davetlisi olarak dün bu ülkeye … ziyaret
# başlattı" ("this country": the state of the other one named). The host is the one tie state the sentence names that
# is not the visitor's.
_IN_OUR_COUNTRY_GUEST = re.compile(r"(?P<who>[A-Z][^,.;]{2,80}?),\s+who\s+(?:is|was|has\s+been|had\s+been|arrived|came)\s+"
                                   r"(?:currently\s+)?(?:in|to)\s+our\s+country\b")
_HOST_BY_PRONOUN = re.compile(r"\b(?:our\s+country|this\s+country|the\s+country)\b|\bв\s+(?:нашу|эту)\s+стран[уе]\b"
                              r"|\b(?:нашей|этой)\s+стране\b|\b(?:ölkəmizə|ölkəmizdə|bu\s+ölkəyə|bu\s+ölkədə|ülkemize|ülkemizde"
                              r"|bu\s+ülkeye|bu\s+ülkede"
                              # round 88 (v2, our_country_visited): the country visited, in the accusative ("ülkemizi
                              # ziyaret eden Bakan X", dev/1349), only in a release of the state's own body
                              # (_TR_RELEASE_OWN_WORDS)
                              r"|ülkemizi(?=\s+ziyaret\s+ed))\b", re.I)
# Round 88 (v2, our_country_visited): the words a Turkish state body's own release names itself and its state's head
# with ("Bakanlığımız ev sahipliğinde …", "Cumhurbaşkanımız Sayın …"): its "ülkemizi" is Türkiye, as "Cumhurbaşkanımız"
# is Türkiye's president (people._OUR_HEAD_OF_STATE); another outlet's "ülkemizi" names no host
_TR_RELEASE_OWN_WORDS = ("Bakanlığımız", "Cumhurbaşkanımız")
_HOST_BY_PRONOUN_WORDS = ("country", "стран", "ölkə", "ülke")  # one is in every _HOST_BY_PRONOUN match


# Round 89 (g1, _TR_OUR_CITY): a local paper's "our city/province" as the place a guest came to ("Fergana Hokimi X
# başkanlığındaki heyet, dün kentimize geldi", "ilimize gelen …", "şehrimizde temaslarda bulundu"): the city of its
# dateline in capitals ("BURSA – …", _bare_dateline_place), none without one (dev/1356)
_TR_OUR_CITY = re.compile(r"\b(?:kentimiz|şehrimiz|ilimiz)(?:e|de|i)\b")


def _guest_in_our_country(sentence: str, resolver: Resolver) -> Person | None:
    """The one a ", who is in our country" aside follows (_IN_OUR_COUNTRY_GUEST), from the last link of a list
    before it ("X and Y, who is in our country …": Y)."""
    m = _IN_OUR_COUNTRY_GUEST.search(sentence)
    if m is None:
        return None
    last = _LIST_LINK.split(m["who"])[-1]
    return resolver.resolve(_VISITOR_LEAD.sub("", last), speaking=False)


def _host_by_pronoun(doc: Document, s: Sentence, visitor_iso3: str, k: int | None = None) -> tuple[str, str] | None:
    """(host, "") of a sentence that tells the host as "our country" / "this country" (_HOST_BY_PRONOUN): the one tie
    state it names that is not the visitor's; None when it names none or several. "Our country" told with no other
    state (the host's press service: "On April 15, the President of Kyrgyzstan arrived in our country on a state
    visit."), when sentence `k` is given: the one such state of the next sentence, where the host's own leader or
    capital is named ("President X welcomed the high guest at Tashkent International Airport")."""
    if not any(word in s.text for word in _HOST_BY_PRONOUN_WORDS) or not (m := _HOST_BY_PRONOUN.search(s.text)):
        return None
    if m[0].lower() == "ülkemizi" and not any(word in doc.text for word in _TR_RELEASE_OWN_WORDS):
        return None  # round 88 (v2, our_country_visited)
    codes = {x.iso3 for x in doc.mentions(s) if x.iso3 != visitor_iso3 and x.iso3 in places.TIE_CODES}
    if not codes and k is not None and k + 1 < len(doc.sentences) and _OUR_COUNTRY.match(m[0]):
        codes = {x.iso3 for x in doc.mentions(doc.sentences[k + 1]) if x.iso3 != visitor_iso3 and x.iso3 in places.TIE_CODES}
    if not codes and k and _OUR_COUNTRY.match(m[0]):
        codes = _our_state_told_before(doc, k, visitor_iso3, m[0])
    return (codes.pop(), "") if len(codes) == 1 else None


# Round 41 (Azerbaijani, Turkish): "our country" of a sentence whose next names no other state, in the language of one
# state, is that state when the sentence before names it and it alone besides the visitor's ("İclasa Azərbaycanın …
# naziri X və Qırğızıstanın … naziri Y həmsədrlik ediblər. Qırğızıstan nümayəndə heyəti ölkəmizə oktyabrın 6-da
# gəlib.": Azerbaijan; after "Türkiyənin … naziri X və Qazaxıstanın … naziri Y", none: an Azerbaijani outlet's "our
# country" is not Türkiye)
_OUR_COUNTRY_STATE = (("ölkəmiz", "AZE"), ("ülkemiz", "TUR"))


def _our_state_told_before(doc: Document, k: int, visitor_iso3: str, our: str) -> set[str]:
    state = next((iso3 for word, iso3 in _OUR_COUNTRY_STATE if our.lower().startswith(word)), None)
    told = {x.iso3 for x in doc.mentions(doc.sentences[k - 1]) if x.iso3 != visitor_iso3 and x.iso3 in places.TIE_CODES}
    return told if told == {state} else set()


def _our_country_is(s: Sentence, host: str) -> bool:
    """Round 82 (s3): does the sentence name `host` as "our country" in its language ("… rəsmi səfərlə ölkəmizə gəlib":
    Azerbaijan, _OUR_COUNTRY_STATE; dev/1269)?"""
    return any(iso3 == host and word in s.check for word, iso3 in _OUR_COUNTRY_STATE)


# the first person's "our country" of _HOST_BY_PRONOUN (not "this country", which names one told before)
_OUR_COUNTRY = re.compile(r"our\s|в\s+нашу|нашей|ölkəmiz|ülkemiz", re.I)


# Round 28 (twenty-ninth set): the visit's first day told after its sentence, looking back: "As reported earlier, the
# visit began in Tashkent the day before." (after "On May 29, … who is in our country on a state visit, travelled to
# …"), "Xatırladaq ki, Qırğızıstan hökumətinin başçısı oktyabrın 13-də axşam Bakıya gəlib." (after the talks of the
# 14th), "Напомним, глава правительства Кыргызстана прибыл в Баку 13 октября". The visit began then, in the city named.
_BEGAN_EARLIER = re.compile(r"\b(?:the\s+visit\s+(?:began|started|kicked\s+off)|arrived|landed|flew\s+in"
                            # round 35 (visits): the visit told with its type and visitor before the verb, "The official
                            # visit of the Head of the Cabinet to Hungary began yesterday, on November 18"
                            r"|the\s+(?:state|official|working)\s+visit\s+of\s+(?:[\w-]+\s+){1,8}?(?:began|started)"
                            r"|визит\s+(?:[а-яё-]+\s+){0,4}?начался|прибыл\w*|прилетел\w*|gəlib|gəldi|geldi|ulaştı"
                            # round 34: the participle of arriving, "Dün akşam İstanbul'a gelen Kazak bakan …"
                            r"|gelen|gələn"
                            # round 68 (visits68): landing at the airport, "Dün … Havalimanı'na inen Erhürman'ı …
                            # karşıladı" (dev/1104), "… hava limanına enən nazir …"
                            r"|havaliman[\w'’]*\s+(?:inen|indi)|hava\s+liman\w*\s+(?:enən|endi)"
                            # round 77 (az77): the welcome ceremony at the airport, a photo caption's noun phrase
                            # ("Macarıstan nazirinin oktyabrın 14-də Gəncə Beynəlxalq Aeroportunda qarşılanma mərasimi",
                            # dev/1209; "Esenboğa Havalimanı'nda karşılama töreni")
                            r"|(?:aeroport|hava\s+liman|havaliman)[\w'’]*\s+(?:rəsmi\s+|resmi\s+)?"
                            r"(?:qarşılanma|karşılama)\s+(?:mərasim|tören)"
                            r"|(?:ziyaret|səfər)\w*\s+başla\w*"
                            # Round 91 (v1, crossed_in_by_road): an arrival overland into a place named, "Japarov, who
                            # crossed into Kazakhstan by road on Wednesday evening, was the first guest to arrive"
                            # (dev/1382), "drove into Taraz", "crossed the border into Kazakhstan"
                            r"|(?:crossed\s+(?:the\s+border\s+)?|drove\s+)into\s+(?-i:[A-Z]))", re.I)
_BEGAN_EARLIER_WORDS = ("visit", "arrived", "landed", "flew", "crossed", "drove into", "визит", "прибыл", "прилетел",
                        "gəl", "geldi", "gelen", "ulaşt", "başla", "havaliman", "hava liman", "aeroport")
# (one is in every _BEGAN_EARLIER match, lowered: Sentence.check)
# "the day before" in Russian, Azerbaijani and Turkish ("Визит начался в Ташкенте накануне", "bir gün əvvəl")
_LOCAL_DAY_BEFORE = re.compile(r"\b(?:накануне|дн[её]м\s+ранее|bir\s+gün\s+(?:önce|əvvəl|öncə))\b", re.I)
EARLIER_START_SENTENCES = 3  # the look back follows the visit's sentence closely
EARLIER_START_DAYS = 2  # and tells the eve of the visit's day, or the day before it


# Round 77 (az77): a report's photo captions close it ("Foto: …", "Фото: …", "Photo: …", "Fotoğraf: …"), each a line of
# the article like its sentences: one telling the visitor's arrival on an earlier day ("Foto: Macarıstan nazirinin
# oktyabrın 14-də Gəncə Beynəlxalq Aeroportunda qarşılanma mərasimi", dev/1209) dates the visit's start as a sentence
# right after the visit's would (_took_the_earlier_arrival), however far below it stands
_PHOTO_CAPTION = re.compile(r"(?:Foto|Фото|Photo|Fotoğraf)(?:\s+\d{1,2})?\s*:\s")
_PHOTO_CAPTION_OPENINGS = ("Foto", "Фото", "Photo")  # (a cheap test before _PHOTO_CAPTION)
# Round 82 (s3): so does a reminder closing the report (_REMINDER), however far below the visit's sentence: "Xatırladaq
# ki, Qırğızıstanın xarici işlər naziri iyunun 22-də rəsmi səfərlə ölkəmizə gəlib." under a reception of the 23rd
# (dev/1269), "Напомним, министр прибыл в Баку 22 июня"; its "our country" is the host (_OUR_COUNTRY_STATE)
# (the cheap test before _REMINDER, of a sentence's start or the article's text: its words as written, _REMINDER_WORDS)


def _arrival_told_in_a_caption(doc: Document, visit: VisitFound, published: date, resolver: Resolver) -> None:
    """Move the visit's start to the earlier day a photo caption (_PHOTO_CAPTION) after the visit's sentence tells the
    visitor's arrival on (the conditions of _took_the_earlier_arrival)."""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None:
        return
    for s in doc.sentences[k + 1:]:
        if (s.text.startswith(_PHOTO_CAPTION_OPENINGS) and _PHOTO_CAPTION.match(s.text)
                or s.text.startswith(_REMINDER_WORDS) and _REMINDER.match(s.text)
                # (a reminder naming another titled, whom _persons_in may not know: his arrival)
                and all(p.name == visit.visitor.name for p in _ta_titled_named_in(s.text, resolver))) \
                and _took_the_earlier_arrival(doc, doc.sentences[k], s, visit, published, resolver):
            return


# Round 82 (s2, speech arrival): a speech as a president's website prints it, a lead telling the visit and that the
# head of state "made a speech", then the speech itself with no quote marks ("Dear Mr. President, …" "First of all, I
# would like to thank …" "Yesterday, when we landed in Samarkand, I …", dev/1266): the speaker's arrival told in the
# first person in the speech's opening sentences dates the visit's start as a sentence right after the visit's would
# (_took_the_earlier_arrival). Only "we"/"I" with the verb of arriving: the speech's other sentences tell no trip of
# his.
_SPEECH_FOLLOWS = re.compile(r"\b(?:made|delivered|gave)\s+(?:a\s+|his\s+)?speech\b", re.I)
_FIRST_PERSON_ARRIVED = re.compile(r"\b(?:we|I)\s+(?:have\s+|had\s+)?(?:arrived|landed|flew\s+in)\b")
SPEECH_OPENING_SENTENCES = 4  # the salutation, the thanks, then the arrival


def _earlier_start_told_after(doc: Document, visit: VisitFound, published: date, resolver: Resolver) -> None:
    """Move the visit's start to the earlier day a sentence right after it tells its beginning or the visitor's
    arrival (_BEGAN_EARLIER): the sentence names no state but the host's and the visitor's, no one but the visitor,
    nothing to come, and either "the visit" or the host (its city, capital or name). The city it names is the
    visit's."""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None:
        return
    for j, s in enumerate(doc.sentences[k + 1:k + 1 + EARLIER_START_SENTENCES], k + 1):
        if _took_the_earlier_arrival(doc, doc.sentences[k], s, visit, published, resolver):
            return
        if "speech" in s.check and _SPEECH_FOLLOWS.search(s.text):
            # round 82 (s2): the visitor's own speech follows; its opening may tell his arrival in the first person
            for said in doc.sentences[j + 1:j + 1 + SPEECH_OPENING_SENTENCES]:
                if ("we " in said.check or "i " in said.check) and _FIRST_PERSON_ARRIVED.search(said.text) \
                        and _took_the_earlier_arrival(doc, doc.sentences[k], said, visit, published, resolver):
                    return
            return


def _arrival_told_before(doc: Document, visit: VisitFound, published: date, resolver: Resolver) -> None:
    """Round 68 (visits68): the visit read off its talks ("Erhürman bugün sabah saatlerinde … Bakanı … ile bir araya
    geldi.") after a sentence that told the visitor, named, landing the day before ("Dün öğle saatlerinde Budapeşte …
    Havalimanı'na inen Erhürman'ı, … yetkilileri … karşıladı.", dev/1104): it began then, in the city named, as an
    arrival told after it (_took_the_earlier_arrival)."""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if not k:
        return
    for j in range(k - 1, max(0, k - EARLIER_START_SENTENCES) - 1, -1):
        s = doc.sentences[j]
        if (_surname_at(s.text, visit.visitor.name) >= 0 or _visitors_title_arrived(doc, j, visit, resolver)) \
                and _took_the_earlier_arrival(doc, doc.sentences[k], s, visit, published, resolver):
            return


# Round 82 (s3, _visitors_title_arrived): the arrival told before the visit's sentence with the visitor's bare title as
# its subject, the visitor named in full in the lead right before ("Chairman of the Cabinet … X is on a working visit
# to Turkmenistan. … The head of the Cabinet arrived in Ashgabat yesterday evening. … Today X was received by …",
# dev/1270; "The minister arrived in Baku on Monday", _EN_TITLE_ARRIVED): his arrival. The title must be in his role
# (a head of the cabinet or government: a role of one), and the sentences before it name no one else.
_HEAD_OF_BODY_ROLES = ("cabinet", "prime minister", "premier", "government")


def _visitors_title_arrived(doc: Document, j: int, visit: VisitFound, resolver: Resolver) -> bool:
    """Whether sentence `j` opens with a bare title of the visitor arriving (_EN_TITLE_ARRIVED), the visitor the one
    person the TITLE_SENTENCES before it name."""
    text = doc.sentences[j].text
    if not text.startswith("The ") or not (m := _EN_TITLE_ARRIVED.match(text)):
        return False
    role = visit.visitor.role.lower()
    if not (" ".join(m["title"].split()) in role if m["title"] else any(word in role for word in _HEAD_OF_BODY_ROLES)):
        return False
    named = {p.name for b in doc.sentences[max(0, j - TITLE_SENTENCES):j] for p in _persons_in(b.text, resolver)}
    return named == {visit.visitor.name}


def _took_the_earlier_arrival(doc: Document, visit_sentence: Sentence, s: Sentence, visit: VisitFound,
                              published: date, resolver: Resolver) -> bool:
    """Whether `s` tells the visit's beginning or the visitor's arrival (_BEGAN_EARLIER) a day or two before its start
    (the conditions of _earlier_start_told_after); if so the visit starts then, in the host's city `s` names."""
    if not any(word in s.check for word in _BEGAN_EARLIER_WORDS) or not (m := _BEGAN_EARLIER.search(s.text)) \
            or _FUTURE.search(s.text):
        return False
    day = _earlier_day(s, visit.start, published)
    if day is not None and (eve := _eve_of_the_visit_sentence(visit_sentence, s, published)):
        day = eve  # round 39 (visits B2)
    codes = set(doc.codes(s))
    if day is None or not codes <= {visit.host, visit.visitor.iso3} or (
            visit.host not in codes and "visit" not in m[0].lower() and "визит" not in m[0].lower()
            and not _names_host_city(s.text, visit.host) and not _our_country_is(s, visit.host)):
        return False
    if any(p.name != visit.visitor.name for p in _persons_in(s.text, resolver)) \
            and not _only_the_visitors_companions(s.text, visit, resolver):
        return False  # another one's arrival ("Kyrgyz Foreign Minister X arrived in Baku the day before")
    if visit.at_meeting and _surname_at(s.text, visit.visitor.name) < 0:
        return False  # round 57 (summit): at a ministers' meeting, the arrival of a guest named, not of all
    if visit.visit_type == "summit":
        visit.end = visit.end or visit.start  # round 91 (v1): a guest come the eve stays to the summit's day
    visit.start = day
    if (city := places.city_in(s.text) or _capital_named(doc, s, visit.host)) and city[0] == visit.host:
        visit.city = city[1]
    return True


def _earlier_day(s: Sentence, start: date, published: date) -> date | None:
    """The day before `start` a sentence tells ("the day before", or a day named), up to EARLIER_START_DAYS before."""
    if _DAY_BEFORE.search(s.text) or _LOCAL_DAY_BEFORE.search(s.text):
        return start - timedelta(days=1)
    return next((d[0] for d in _dates(s, published, True)
                 if start - timedelta(days=EARLIER_START_DAYS) <= d[0] < start), None)


def _capital_named(doc: Document, s: Sentence, host: str) -> tuple[str, str] | None:
    """(host, capital) when the sentence names the host's capital."""
    return next(((host, countries.get(host).capital) for m in doc.mentions(s) if m.is_capital and m.iso3 == host), None)


# Round 28 (twenty-ninth set): a Russian reception of a delegation, its head named after "во главе с" in the
# instrumental ("Президент … 12 ноября принял делегацию Венгрии во главе с министром иностранных дел Петером
# Сийярто"): the head is the one received (_local_reception reads the clause's first person named)
_RU_DELEGATION_RECEIVED = re.compile(r"\s*делегаци[юи]\s+(?:[^\s,.;]+\s+){0,3}?во\s+главе\s+с[о]?\s", re.I)


# Round 28 (twenty-ninth set): a visitor's name the article writes with a Kyrgyz patronymic ("Jogorku Keneşin Sədri
# Nurlanbek Turqunbek uulunun rəhbərlik etdiyi … nümayəndə heyəti …", later "… ilə Nurlanbek Turqunbek uulu arasında
# görüş"): the name runs end at the lower-case word, so he is read as "Nurlanbek Turqunbek"; the name as the article
# gives it (in the nominative somewhere) holds the patronymic, as quotes._turkic_patronymic_names reads a speaker's.
def _visitor_with_patronymic(doc: Document, visit: VisitFound) -> None:
    if has_turkic_patronymic(doc.text):
        visit.visitor = visit.visitor._replace(name=with_turkic_patronymic(doc.text, visit.visitor.name))


# Round 41 (Azerbaijani): a delegation head's genitive "-ının" is "-ı" + "-nın" or "-ın" + "-ın" (_az_head_nominative
# drops the second reading's ending: "Dərxan Satıbaldının" -> "Dərxan Satıbaldın"); when the article never writes that
# name whole but writes it less its last "n" ("Dərxan Satıbaldı isə …"), the visitor is the one it writes
# Round 47: the genitive of a surname ending in a consonant is "-in/-ın/-un/-ün" ("Baş naziri Ünal Üstelin yanvarın
# 20-də Bakıya etdiyi işgüzar səfər", later "Ünal Üstel … qəbul edilib"): the whole ending goes when the article writes
# the name without it, even where it writes the genitive whole too; the bare "n" is tried first (the round 41 reading,
# for a name not written whole; name_forms.TURKIC_GENITIVE_ENDINGS)


def _visitor_as_written_bare(doc: Document, visit: VisitFound) -> None:
    name = visit.visitor.name
    if name[-1:] != "n" or " " not in name:
        return
    endings = (TURKIC_GENITIVE_ENDINGS if az_bare_name_written(doc.text, name)
               else ("n",) + TURKIC_GENITIVE_ENDINGS)
    for ending in endings:
        if name.endswith(ending) and az_bare_name_written(doc.text, name[:-len(ending)]):
            visit.visitor = visit.visitor._replace(name=name[:-len(ending)])
            return


# Round 28 (twenty-ninth set): what was signed "within the visit" told in Azerbaijani, Turkish or Russian before the
# visit's own first sentence, in the standfirst ("… rəsmi səfəri başa çatıb. Səfər çərçivəsində parlamentlər arasında
# iki sənəd imzalanıb", "Ziyaret kapsamında 7 anlaşma imzalandı", "В ходе визита подписано семь документов"), as
# _signed_before reads the English "during the visit": the article's first visit's.
_LOCAL_DURING_THE_VISIT = re.compile(r"\b(?:səfər|ziyaret)\w{0,4}\s+(?:çərçivəsində|kapsamında|zamanı|sırasında|esnasında)\b"
                                     # round 29: the Turkish locative alone, "Ziyarette iki işbirliği belgesi imzalandı"
                                     r"|\bziyarette\b"
                                     r"|\bв\s+(?:ходе|рамках)\s+(?:[а-яё]+\s+){0,2}?визита\b", re.I)


def _signed_during_the_visit_before(doc: Document, visit: VisitFound, signed_local: list[bool],
                                    or_the_one_before: bool = False) -> None:
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    for j in range(k or 0):
        s = doc.sentences[j]
        if signed_local[j] and (_LOCAL_DURING_THE_VISIT.search(s.text) or or_the_one_before and j
                                and _LOCAL_DURING_THE_VISIT.search(doc.sentences[j - 1].text)):
            _add_details(visit, s.text, s.start, False, False, True)
            if visit.documents_said:
                return


def _larger_count_during_the_visit_before(doc: Document, visit: VisitFound, signed_local: list[bool]) -> None:
    """Round 71 (visits71): a count told after the visit's sentence ("Forumda imzalanan 11 ticari anlaşmanın toplam
    değeri …") is part of a larger one the lead told before it, in the sentence telling the visit's event or the next
    ("… çalışma ziyareti kapsamında katıldığı … İş Forumu'nda …. Forumda … 11 ticari anlaşma imzalanırken, … bir
    işbirliği mutabakatı imza altına alındı": twelve, dev/1142); a smaller or no count before leaves the told."""
    told, spans = visit.documents, list(visit.extra_spans)
    visit.documents_said, visit.documents = False, None
    _signed_during_the_visit_before(doc, visit, signed_local, or_the_one_before=True)
    if visit.documents is None or visit.documents <= told:
        visit.documents, visit.extra_spans = told, spans
    visit.documents_said = True


# Round 28 (twenty-ninth set): a commentary opening on a leader's moment at a summit told with its place and day, in a
# "When …" clause: "When President X stood on the stage of the Organization of Turkic States (OTS) summit in Gabala on
# October 7 last year, he …", "As X spoke at the summit in Astana on …": he was there. Only "at" the summit or on its
# stage, podium or sidelines ("When X spoke of the summit in Gabala" talks about it).
_WHEN_AT_THE_SUMMIT = re.compile(r"^(?:When|As|While)\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})\s+(?-i:[a-z])"
                                 r"[^,;:\"“”«»]{0,60}?(?:\bat|\b(?:stage|podium|rostrum|sidelines|margins)\s+of)\s+"
                                 r"(?:the|an?)\s+(?:[\w()-]+\s+){0,8}?summit\s+in\s+[A-Z]")


def _when_at_the_summit(sentence: str, resolver: Resolver) -> Person | None:
    """The named subject of a _WHEN_AT_THE_SUMMIT sentence; None when there is none or no one it names."""
    return _named_who(_WHEN_AT_THE_SUMMIT.match(sentence), resolver) if sentence[:1] in "AW" else None


# Round 28 (twenty-ninth set): the Russian participle of the guest's stay before his title and name, as the host's press
# service writes it: "Президент Узбекистана Шавкат Мирзиёев и находящийся в нашей стране с государственным визитом
# Президент Казахстана Касым-Жомарт Токаев посетили Самарканд" (the one after the participle is the guest, whoever the
# subject names first)
_RU_IN_OUR_COUNTRY = re.compile(r"\b(?:находящ|пребывающ|прибывш)\w*\s+(?:в\s+нашей\s+стране|в\s+нашу\s+страну)\s+"
                                r"(?:с\s+[а-яё]+\s+визитом\s+)?", re.I)
_RU_GUEST_CLAUSE_END = re.compile(r"[,;.]|\s(?:посетил|провел|провёл|принял|осмотрел|ознакомил|прибыл|открыл)\w*\b")


def _ru_guest_in_our_country(sentence: str, resolver: Resolver) -> list[Person]:
    """The one named right after a _RU_IN_OUR_COUNTRY participle, up to the clause's verb; none otherwise."""
    m = _RU_IN_OUR_COUNTRY.search(sentence)
    if m is None:
        return []
    end = _RU_GUEST_CLAUSE_END.search(sentence, m.end())
    return _persons_in(sentence[m.end():end.start() if end else len(sentence)], resolver)[:1]


# Round 28: the head of a delegation received whom the office holders table does not know, the last name of the clause
# after "во главе с" in the instrumental ("принял делегацию Казахстана во главе с министром торговли Арманом
# Шаккалиевым": Arman Shakkaliyev, of the delegation's state)
_RU_HEADED_BY_NAME = re.compile(r"^\s*(?P<delegation>делегаци[юи]\s+(?:[^\s,.;]+\s+){0,3}?)во\s+главе\s+со?\s+[^,;]*?"
                                r"(?P<name>[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)[\s.]*$")


def _ru_received_delegation_head(clause: str, resolver: Resolver) -> list[Person]:
    m = _RU_HEADED_BY_NAME.match(clause)
    codes = places.codes_in(m["delegation"]) if m else []
    person = resolver.resolve(ru_nominative(m["name"]), speaking=False) if len(codes) == 1 else None
    if person is None or (person.iso3 and person.iso3 != codes[0]):
        return []
    return [person._replace(iso3=codes[0])]


# Round 29 (Azerbaijani and Turkish): a visit sentence opened by a discourse word or an aside before its subject, set
# off by a comma or a dash ("Yeri gəlmişkən, sentyabrın 25-də iqtisadiyyat naziri X Daşkəndə işgüzar səfər edib",
# "Xatırladaq ki, …", "Ötən həftə - sentyabrın 25-də …"): the titled name is the last clause's, after its day
_ASIDE_BREAK = re.compile(r".*(?:,|\s[-–—])\s", re.S)  # up to the last comma or dash before the subject


def _titled_newcomer_after_aside(subject: str, resolver: Resolver) -> Person | None:
    """_titled_newcomer of the subject's last clause, without the day opening it and up to the place after it."""
    m = _ASIDE_BREAK.match(subject)
    if m is None:
        return None
    return _titled_newcomer(_up_to_place(_without_leading_day(subject[m.end():], resolver.day)), resolver)


# Round 29 (Azerbaijani and Turkish): a lead tells the visit with no day ("Xarici işlər naziri X Türkmənistana rəsmi
# səfərə gəlib") and the next sentences its arrival by the guest's title alone, reaching the host's capital told in the
# dative ("Baku TV xəbər verir ki, nazir iyulun 9-da Aşqabada çatıb", "Bakan dün akşam Aşkabat'a vardı"): that day and
# capital are the lead visitor's. "Reaching" is told of sums as well ("1 milyard dollara çatıb"): only a capital's name
# right before the verb counts, and only the office word of the lead's own title as the subject
_REACHED = re.compile(r"\b(?P<place>[A-ZÇĞİÖŞÜƏ][\w'’-]+)\s+(?:çatıb|çatdı|varıb|vardı|ulaşıb)\b")
_REACHED_WORDS = tuple(lowered(w) for w in ("çatıb", "çatdı", "varıb", "vardı", "ulaşıb"))  # one is in every _REACHED match
_TITLE_WORD = re.compile(r"\b(" + "|".join(("nazir", "bakan", "prezident", "cumhurbaşkanı", "sədr", "başkan", "spiker"))
                         + r")\w*\b")


def _lead_guest_reached(doc: Document, s: Sentence, published: date,
                        lead_guest: tuple[int, Person, str]) -> VisitFound | None:
    """The lead's dayless visit, dated by a later sentence in which the lead's title word reaches the host's capital."""
    low = lowered(s.text)
    if not any(w in low for w in _REACHED_WORDS) or not (m := _REACHED.search(s.text)):
        return None
    k, visitor, host = lead_guest
    capital = next((x for x in doc.mentions(s) if x.is_capital and x.iso3 == host and x.start == s.start + m.start()
                    and _in_dative(doc.text, x)), None)
    title = _TITLE_WORD.search(s.text.lower()[:m.start()])
    lead = doc.sentences[k].text
    if capital is None or title is None or title[1] not in lead.lower():
        return None
    days = _days(s, published, None, True)
    if not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, visitor, host, countries.get(host).capital, _type_of(lead, True) or "other",
                      (s.start, s.end), min(visitor.confidence, 0.8))


# Round 29 (Azerbaijani and Turkish): the documents signed named one by one before the verb, the last one read by
# _TA_ONE_DOCUMENT ("… əməkdaşlıq proqramı, akademiyalar arasında memorandum və konsulluq məsələlərinə dair protokol
# imzalanıb": three; "… mutabakat zaptı ve bir eylem planı imzalandı": two). Each one listed before it ends with its
# noun and then a comma or "və"/"ve" (round 31: or "ile"/"ilə", "istişare planı ile … işbirliği protokolünü imzaladı": two);
# not "Azərbaycan və Türkiyə arasında" (no document noun before the link)
_TA_LISTED_DOCUMENT = re.compile(r"\b(?:proqram|program|memorand|protokol|saziş|müqavilə|anlaşma|antlaşma|zapt|bəyannamə"
                                 r"|beyanname|bildiri|bildirge|deklarasyon"  # round 55: a declaration
                                 r"|plan|mektub|sənəd|belge|yol\s+xəritə|yol\s+harita)"
                                 r"\w*(?=\s*,\s|\s+(?:və|ve|ile|ilə)\s)",
                                 re.I)


# Round 55: a count of decisions after a named document ("… Bildirisi ile teşkilatın … iki kararı imzaladı": three); a
# count of "belge"/"sənəd" (documents) may be the whole of those named ("X ile Y olmak üzere iki belge"): not read so
_TA_COUNTED_KIND = re.compile(r"\b(?:karar|qərar)\w*\s+(?:imzala|imza\s)", re.I)


# Round 59 (visits): a listed document counted, the count right before its noun or one qualifier ("üç protokol ile bir
# mutabakat zaptı imzalandı": four; "iki ticari anlaşma ve bir protokol": three)
_TA_COUNT_BEFORE_NOUN = re.compile(r"(?:^|\s)(" + _TA_COUNT_BARE + r"|\d{1,2})\s+(?:" + _TA_QUALIFIERS + r"\s+)?$",
                                   re.I)
_TA_COUNT_REACH = 40  # characters before a listed noun that may hold its count and a qualifier


# Round 71 (visits71): one more document told in the clause after a count's "while" converb ("Forumda … 11 ticari
# anlaşma imzalanırken, DEİK ile … Odası arasında da bir işbirliği mutabakatı imza altına alındı": twelve, dev/1142;
# Azerbaijani "… beş saziş imzalanarkən, … bir memorandum da imzalanıb")
_TA_WHILE_ONE_SIGNED = re.compile(r"\w*(?:rken|rkən)\s*,\s+[^.;]{1,120}?\bbir\s+(?:[^\W\d_]+\s+){0,2}?"
                                  + _TA_DOCUMENT_NOUN + r"\s+(?:da\s+|də\s+|de\s+)?" + _TA_SIGNED, re.I)


def _ta_while_one_more_signed(sentence: str, at: int) -> int:
    """1 when the count's verb, its stem ending at `at`, is the "while" converb and one more document is told signed
    after it (_TA_WHILE_ONE_SIGNED), else 0."""
    return 1 if _TA_WHILE_ONE_SIGNED.match(sentence, at) else 0


def _ta_documents_listed_before(sentence: str, first: re.Match) -> int:
    """How many documents a Turkish or Azerbaijani sentence lists before the one `first` reads, in its clause: one
    for each noun, its count for a counted one (_TA_COUNT_BEFORE_NOUN)."""
    start = max(sentence.rfind(";", 0, first.start()), sentence.rfind(":", 0, first.start())) + 1
    total = 0
    for m in _TA_LISTED_DOCUMENT.finditer(sentence, start, first.start()):
        count = _TA_COUNT_BEFORE_NOUN.search(sentence, max(start, m.start() - _TA_COUNT_REACH), m.start())
        total += _count_value(count[1]) if count else 1
    return total


# Round 29 (Azerbaijani and Turkish): a full name after a participle of coming, bare ("Çərşənbə günü Budapeştə gələn X
# Y açılışda çıxış edib"), of someone the article named before with a title ("… agentliyinin icraçı direktoru X Y,
# … iştirak ediblər"): read as _full_name_told_before reads a bare subject
def _participle_name_told_before(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    for m in _LOCAL_VISIT.finditer(s.text):
        if not is_cyrillic(m[0]) and _came_participle(m):
            return _full_name_told_before(doc, s, s.text[m.end():].split(",", 1)[0].strip(), resolver)
    return None


# Round 29 (Azerbaijani and Turkish): a delegation's arrival told by the delegation alone ("35 temsilcinin katıldığı
# heyet, salı günü Almatı'ya ulaştı", "Nümayəndə heyəti dünən Daşkəndə gəlib"), its head named a few sentences before
# as the one heading it ("İzmir Ticaret Odası Başkanı X Y başkanlığındaki heyet, …", "… X Y-nin başçılıq etdiyi
# nümayəndə heyəti …", "X Y başçılığı ilə"): the head's visit, read with his title (_titled_newcomer) or the table.
# Round 78 (tr78): a genitive ending with no apostrophe is cut off the surname only before the Azerbaijani forms
# ("Rustam Nazarovun başçılıq etdiyi"); Turkish writes a name's genitive with one ("X Y'nin başkanlığında"), so
# "Cemal Özbilgin başkanlığındaki heyet" is Özbilgin, not "Özbilg" (dev/1225)
_HEAD_OF_DELEGATION = re.compile(rf"(?P<name>[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+?)"
                                 r"(?:['’]n?[ıiuüə]n|n?[ıiuüə]n(?=\s+(?:rəhbərl|başçılı)))?\s+"
                                 r"(?:başkanlığındaki|başkanlığında|başkanlığında\s+bir|(?:rəhbərlik|başçılıq)\s+etdiyi"
                                 r"|(?:rəhbərliyi|başçılığı)\s+ilə)\s+(?:[\w-]+\s+){0,3}?(?:nümayəndə\s+heyət|heyet|heyət)",
                                 re.I)
DELEGATION_HEAD_SENTENCES = 5  # the head is named in the sentences right before the arrival
_CITY_WORD = re.compile(r"[\w'’-]+")
_TO_OR_IN_ENDINGS = ("ya", "ye", "yə", "a", "e", "ə", "da", "de", "də", "ta", "te", "tə")  # dative or locative


def _place_in_case_of_coming(doc: Document, s: Sentence, place: tuple[str, str]) -> bool:
    """Does the sentence name the place read for a delegation's arrival in the dative or locative ("Almatı'ya
    ulaştı", "Aşqabada gəlib", "Taşkent'te")? Not a state named otherwise ("Azerbaycan Girişimciler … Başkanı",
    "Azerbaycan'dan gelen"): whose state that is says nothing of where the delegation went."""
    if any(x.iso3 == place[0] and x.is_capital and (_in_dative(doc.text, x) or _in_locative(doc.text, x))
           for x in doc.mentions(s)):
        return True
    if place == ("CYN", "") and _TR_TO_THE_ISLAND.search(s.text):
        return True  # round 46: "adaya gelen heyet" (_the_island)
    at = places.city_start(s.text)
    word = _CITY_WORD.match(s.text, at) if at is not None else None
    return bool(word) and places.city_in(word[0]) == place and word[0].lower().endswith(_TO_OR_IN_ENDINGS)


def _delegation_head_named_before(doc: Document, k: int, host: str, resolver: Resolver) -> Person | None:
    """The one named heading a delegation (_HEAD_OF_DELEGATION) in the sentences before k, when only one is; none when
    sentence k names a state other than the host (the delegation of that state: "Qırğızıstan parlamentinin nümayəndə
    heyəti …")."""
    if any(m.iso3 != host for m in doc.mentions(doc.sentences[k])):
        return None
    first = doc.sentences[max(0, k - DELEGATION_HEAD_SENTENCES)].start
    earlier = doc.text[first:doc.sentences[k].start]
    if "başkanlığ" not in earlier and "etdiyi" not in earlier and " ilə " not in earlier:
        return None
    found = _one_head_told_twice(list(_HEAD_OF_DELEGATION.finditer(earlier)))
    if len(found) != 1:
        return None
    m = found[0]
    named = _persons_in(m["name"], resolver)
    if named:
        return named[0]
    return _titled_newcomer(earlier[max(0, m.start() - _TITLE_BEFORE):m.start("name")] + az_nominative(m["name"]), resolver)


# Round 80 (cyprus80b): a headline names the head by his title and surname, the body by his full name: "Bakan Ataoğlu
# başkanlığındaki KKTC heyeti Bakü'de" then "… Bakanı Fikri Ataoğlu başkanlığındaki KKTC heyeti, …" (Azerbaijani
# "Nazir X-un rəhbərlik etdiyi …" then "… naziri Y X-un …"). One head told twice, not two: the match by his full name
# (its first word no title, _TITLE_WORD), when every match has the same surname (dev/1250)
_GENITIVE_APOSTROPHE = re.compile(r"['’].*$")


def _one_head_told_twice(found: list[re.Match]) -> list[re.Match]:
    """`found` (_HEAD_OF_DELEGATION matches) as the one match by a full name when all name one surname; else as is."""
    if len(found) < 2 or len({_GENITIVE_APOSTROPHE.sub("", m["name"].split()[-1]) for m in found}) != 1:
        return found
    return [m for m in found if not _TITLE_WORD.match(m["name"].lower())][-1:]


def _delegation_head_named_next_local(doc: Document, k: int, host: str, resolver: Resolver) -> Person | None:
    """The one named heading a delegation (_HEAD_OF_DELEGATION) in the sentence after k, of a state other than the
    host: his own, else the one other state sentence k names (the organisers': "… Türkiye İhracatçılar Meclisi
    iş birliğiyle düzenlenen Tacikistan … Heyeti"); none when it names two or more.
    Round 85 (k4, _head_by_title_and_surname): the head by a title and his surname alone, named in full before ("Salı
    günü Malatya Havalimanı'na inen Özbek heyeti, …" then "Hokim Tursunov başkanlığındaki heyette …" after "Cizzah
    Şehir Hokimi Alişer Tursunov", dev/1309): that one; the state of a delegation told by its demonym ("Özbek
    heyeti", _delegation_country) is the other state when the sentence names none."""
    others = {m.iso3 for m in doc.mentions(doc.sentences[k]) if m.iso3 != host}
    if len(others) > 1:
        return None
    after = doc.sentences[k + 1].text
    found = list(_HEAD_OF_DELEGATION.finditer(after)) if "başkanlığ" in after or "etdiyi" in after else []
    if len(found) != 1:
        return None
    if not others and (of := _delegation_country(doc.sentences[k].text)) and of != host:
        others = {of}
    m = found[0]
    named = _persons_in(m["name"], resolver) or [
        _titled_newcomer(after[max(0, m.start() - _TITLE_BEFORE):m.start("name")] + az_nominative(m["name"]), resolver)
        or _surname_told_before(doc, doc.sentences[k + 1], _GENITIVE_APOSTROPHE.sub("", m["name"].split()[-1]),
                                resolver)]
    person = named[0]
    if person and not person.iso3 and others:
        person = person._replace(iso3=others.pop())
    return person if person and person.iso3 != host else None


# Round 29 (Azerbaijani and Turkish): ministers listed as taking part in a ministers' meeting, each by his title and
# name, his state named in the nominative before the title or not at all ("Toplantıya Ulaştırma ve Altyapı Bakanı X Y,
# Azerbaycan Dijital Kalkınma ve Ulaştırma Bakanı Z W ve ev sahibi Özbekistan'ın Ulaştırma Bakanı … katıldı"). A title
# with no state is the outlet's own government's, as these reports name it: a Turkish "Bakanı" Türkiye's, an
# Azerbaijani "naziri" Azerbaijan's (so the host's own minister at a meeting at home is no visitor)
# (round 89, o1: or a ministry's state secretary, "Macaristan Tarım Bakanlığı Devlet Sekreteri X Y", dev/1361: his
# state must be named, no outlet's own government is told so)
_LISTED_MINISTER = re.compile(rf"\b(?P<title>Bakanı|Bakan\s+Yardımcısı|naziri|nazirinin\s+müavini"
                              rf"|Bakanlığı\s+Devlet\s+Sekreteri)\s+"
                              rf"(?P<name>[{CAPITALS}][\w-]+\s+[{CAPITALS}][\w-]+)(?![\w'’-])")
_OWN_GOVERNMENT = {"bakan": "TUR", "nazir": "AZE"}  # the title's first letters -> the outlet's state


def _local_listed_ministers(text: str, resolver: Resolver) -> list[Person]:
    found, start = [], 0
    for m in _LISTED_MINISTER.finditer(text):
        codes = places.codes_in(text[start:m.start()])
        start = m.end()
        own = None if m["title"].endswith("Sekreteri") else _OWN_GOVERNMENT[m["title"][:5].lower()]  # round 89 (o1)
        iso3 = codes[0] if len(codes) == 1 else own if not codes else None
        person = resolver.resolve(m["name"], speaking=False) if iso3 else None
        if person is not None and person.rule == "unlisted name":
            found.append(person._replace(iso3=iso3))
        elif person is not None and person.iso3 == iso3:
            found.append(person)
    return found


# Round 29 (Azerbaijani and Turkish): one document told by its proper name, in the accusative after an apostrophe or
# not, signed by those at the meeting or visit after it was told ("Toplantının sonunda bakanlar … Taşkent Bildirisi'ni
# imzaladı", "nazirlər Bakı Bəyannaməsini imzalayıblar"): one document of the last visit told before it (of each
# minister's at a meeting, by _summit_documents_for_all). Not a document's bare noun ("bir bildiri imzaladı" is read
# by the counts) nor one signed before ("… imzaladığı", a participle)
_NAMED_ONE_SIGNED = re.compile(r"\b[A-ZÇĞİÖŞÜƏ][\w-]+\s+(?:Ortak\s+)?(?:Bildirisi|Bildirgesi|Deklarasyonu|Beyannamesi"
                               r"|Bəyannaməsi|Protokolü|Protokolu|Mutabakatı|Anlaşması|Sazişi|Memorandumu)"
                               r"(?:['’]?n[ıiuü])\s+imzala(?:dı|dılar|yıb|yıblar|mıştır|mışlardır)\b")
NAMED_DOCUMENT_SENTENCES = 25  # how far after the visit's sentence the signing may be told (quoted speeches between)


def _named_document_signed_after(doc: Document, visits: list[VisitFound], signed_local: list[bool]) -> None:
    for k, s in enumerate(doc.sentences):
        if not signed_local[k] or not (m := _NAMED_ONE_SIGNED.search(s.text)):
            continue
        before = [v for v in visits if v.span[1] <= s.start]
        last = max((v.span[0] for v in before), default=None)
        for visit in before:
            told_at = next((j for j, t in enumerate(doc.sentences) if t.start == visit.span[0]), k)
            if visit.span[0] != last or k - told_at > NAMED_DOCUMENT_SENTENCES:
                continue
            # round 48: with those named before it in its clause ("… Mutabakat Zaptı ile … Uygulama Protokolünü
            # imzaladı": two), and one more told signed "also" right after (_TA_ALSO_ONE_MORE), which the visit's
            # own reading may have taken alone as its count of one
            also = _ta_one_more_also_after(doc, k, signed_local)
            if visit.documents_said and not (also and visit.documents == 1
                                             and any(also[0] <= at < also[1] for at, _ in visit.extra_spans)):
                continue
            visit.documents_said, visit.documents = True, 1 + _ta_documents_listed_before(s.text, m) + bool(also)
            visit.extra_spans.append((s.start + m.start(), s.start + m.end()))
            if also:
                visit.extra_spans.append(also)


# Round 48: after documents named and signed, one more told signed "also" in a sentence right after, by "bir" and a
# document noun, a company contract (sözleşme, müqavilə) too: "İki bakanın huzurunda ayrıca BOTAŞ ile SOCAR arasında …
# bir sözleşme imzalandı" (Azerbaijani "həmçinin … bir saziş imzalanıb")
_TA_ALSO_ONE_MORE = re.compile(r"\b(?:ayrıca|həmçinin)\b[^.;]{0,160}?\bbir\s+(?:[^\W\d_]+\s+){0,2}?"
                               r"(?:" + _TA_DOCUMENT + r"|sözleşme)(?!\w*(?:lar|lər|ler))\w{0,4}\s+"
                               r"(?:de\s+|da\s+|də\s+)?"
                               r"(?:imzalan(?:dı|ıb|mıştır|mışdır)|imza\s+atıl(?:dı|ıb))\b", re.I)
# Round 53: one more told by "de/da" (too) after the document, no "ayrıca" before ("Ziyaret kapsamında … Odası ile …
# Odası arasında bir işbirliği mutabakatı da imza altına alındı" after the visit's two protocols: three)
_TA_ONE_MORE_TOO = re.compile(r"\bbir\s+(?:[^\W\d_]+\s+){0,2}?(?:" + _TA_DOCUMENT + r"|sözleşme)(?!\w*(?:lar|lər|ler))"
                              r"\w{0,4}\s+(?:de|da|də)\s+(?:imzalan(?:dı|ıb|mıştır|mışdır)|imza\s+atıl(?:dı|ıb)"
                              r"|imza\s+altına\s+alın(?:dı|ıb|mıştır))\b", re.I)
_TA_TOO_SIGNED_WORDS = (" de imza", " da imza", " də imza")  # one is in every _TA_ONE_MORE_TOO match
TA_ALSO_AFTER_SENTENCES = 2


def _ta_one_more_also_after(doc: Document, k: int, signed_local: list[bool]) -> tuple[int, int] | None:
    """The span of the first _TA_ALSO_ONE_MORE in the TA_ALSO_AFTER_SENTENCES sentences after k, else None."""
    for j in range(k + 1, min(k + 1 + TA_ALSO_AFTER_SENTENCES, len(doc.sentences))):
        t = doc.sentences[j]
        if signed_local[j] and ("yrica" in t.check or "əmçinin" in t.check) and (m := _TA_ALSO_ONE_MORE.search(t.text)):
            return t.start + m.start(), t.start + m.end()
    return None


# Round 29 (English and Russian): the states' own documents told as not signed ("Intergovernmental documents were not
# signed during the visit", "no interstate agreements were signed") are the visit's 0, whatever count of companies'
# deals was told before it ("companies signed 23 commercial agreements" at the forum): the visit's documents are the
# states' ones.
_EN_OFFICIAL_NOT_SIGNED = re.compile(
    r"\b(?:no\s+(?:new\s+)?)?(?:inter-?governmental|inter-?state|government)\s+(?:documents?|agreements?)\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:not\s+)?signed\b", re.I)


def _official_documents_not_signed(sentence: str) -> re.Match | None:
    """An _EN_OFFICIAL_NOT_SIGNED match that is a negation ("no …" first, or "… not signed"); None otherwise."""
    if "overnment" not in sentence and "nterstate" not in sentence and "nter-state" not in sentence:
        return None
    m = _EN_OFFICIAL_NOT_SIGNED.search(sentence)
    return m if m and (m[0][:3].lower() == "no " or " not " in m[0]) else None


# Round 29 (English and Russian): the visitor and his host signing one document named by its capitalised title ("Yilmaz
# and Ustel signed the 2026 Economic and Financial Cooperation Protocol"): one, when the visitor's surname is one of the
# two and no other document is listed after it.
_EN_TWO_SIGNED_TITLED = re.compile(
    r"\b(?P<a>[^\W\d_][\w'’-]+)\s+and\s+(?:(?:his|her)\s+(?:[\w-]+\s+)?counterpart\s+)?(?P<b>[^\W\d_][\w'’-]+)\s+"
    r"(?:also\s+|jointly\s+)?signed\s+the\s+(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+(?:(?:and|on|of|for|in)\s+)?){1,8}?"
    r"(?:Protocol|Agreement|Memorandum|Treaty|Declaration|Programme|Program)\b"
    r"(?![^.;]*\b(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|other)\s)")
# One more told by its ordinal after a count: "A second agreement, on the water pipeline, was also signed" (the count
# told so far one less than the ordinal)
# One document signed and one adopted by the same subject: "The presidents signed a treaty on allied relations and adopted
# a joint statement" (two, each of the visit)
_EN_SIGNED_AND_ADOPTED = re.compile(r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|treaty|protocol"
                                    r"|road\s?map|action\s+plan)\b[^.;]{0,120}?\s+and\s+(?:also\s+)?adopted\s+(?:an?|the)\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu[eé])\b", re.I)
_EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_EN_ORDINAL_DOCUMENT = re.compile(r"\b(?:a|the)\s+(second|third|fourth|fifth)\s+(?:document|agreement|memorandum|protocol"
                                  r"|treaty|declaration)\b[^.;]{0,160}?\s(?:was|has\s+been)\s+(?:also\s+)?signed\b", re.I)


def _en_documents_signed_and_adopted(visit: VisitFound, sentence: str, offset: int, counted: bool) -> None:
    """The round-29 English counts of a signing sentence: one document signed and one adopted (2, over the one an
    earlier rule read), and when no earlier rule `counted` it, the states' documents not signed (0), one titled
    document the visitor signed with another (1), or one more by its ordinal."""
    if visit.documents in (None, 1) and " adopted " in sentence and (m := _EN_SIGNED_AND_ADOPTED.search(sentence)):
        visit.documents_said, visit.documents = True, 2
    elif counted:
        return
    elif m := _official_documents_not_signed(sentence):
        visit.documents_said, visit.documents = True, 0
    elif not visit.documents_said and " signed the " in sentence and (m := _EN_TWO_SIGNED_TITLED.search(sentence)) \
            and fold(visit.visitor.name).split()[-1:] in ([fold(m["a"])], [fold(m["b"])]):
        visit.documents_said, visit.documents = True, 1
    elif visit.documents and ("econd " in sentence or "hird " in sentence or "ourth " in sentence or "ifth " in sentence) \
            and (m := _EN_ORDINAL_DOCUMENT.search(sentence)) and _EN_ORDINALS[m[1].lower()] == visit.documents + 1:
        visit.documents += 1
    if m:
        visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 29 (English and Russian): a headline that puts the visitor in the host's capital ("Gafarova in Budapest: …",
# "Сахиба Гафарова в Будапеште: …") tells the city of a visit whose sentences name none ("находящаяся с официальным
# визитом в Венгрии"): the capital right after "in"/"в" in the article's first line, when it is the host's.
_IN_BEFORE_CAPITAL = (" in ", " в ", " во ")


# Round 79 (labels79): or a headline that opens with the host's capital as the place of what it tells, "in" it:
# Azerbaijani "Budapeştdə … biznes forumu keçirilib" (dev/1237), Turkish "Budapeşte'de …", Russian "В Будапеште …",
# English "In Budapest, …" (the Azerbaijani locative, not "Budapeştdəki", of Budapest; the Turkish one after the
# apostrophe)
_HEADLINE_IN_CAPITAL_BEFORE = ("в ", "во ", "in ")
_AZ_LOCATIVE_ENDS = ("da", "də", "ta", "tə")  # (the Turkish locative after the apostrophe: _TR_LOCATIVE, round 59)


def _headline_opens_in_capital(headline: str, m: places.Mention) -> bool:
    """Does the headline open with the capital `m` in the locative (_HEADLINE_IN_CAPITAL_BEFORE, _AZ_LOCATIVE_ENDS,
    _TR_LOCATIVE)?"""
    if m.start:
        return headline[:m.start].lower() in _HEADLINE_IN_CAPITAL_BEFORE
    return m.word.endswith(_AZ_LOCATIVE_ENDS) and m.word != countries.get(m.iso3).capital \
        or bool(_TR_LOCATIVE.match(headline, m.end))  # (not a capital so named, "Valletta")


def _city_of_the_headline(doc: Document, visit: VisitFound) -> None:
    headline = doc.text[:doc.text.find("\n")] if "\n" in doc.text else ""
    for m in places.mentions(headline) if ":" in headline else ():
        if m.is_capital and m.iso3 == visit.host and headline[max(0, m.start - 4):m.start].endswith(_IN_BEFORE_CAPITAL):
            visit.city = countries.get(m.iso3).capital
            return
    if headline and (first := places.mentions(headline[:30])) and first[0].start <= 3 and first[0].is_capital \
            and first[0].iso3 == visit.host and _headline_opens_in_capital(headline, first[0]):
        visit.city = countries.get(visit.host).capital  # round 79 (labels79): "Budapeştdə … forumu keçirilib"


# Round 29 (English and Russian): the visitor's delegation received by a host of the visit's state the day before, told
# right after the visit's sentence ("Накануне, в среду, азербайджанскую делегацию … принял председатель Государственного
# собрания …", "The day before, the Azerbaijani delegation was received by Speaker …"): the visit began that day.
_DELEGATION_RECEIVED = re.compile(r"делегаци\w*\s+(?:[^\s,.;]+\s+){0,6}?принял\w*|принял\w*\s+(?:[^\s,.;]+\s+){0,3}?"
                                  r"делегаци|delegation\s+(?:was\s+)?received|received\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                  r"delegation", re.I)


def _delegation_received_the_day_before(doc: Document, visit: VisitFound, published: date, resolver: Resolver) -> None:
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None or not visit.visitor.iso3:
        return
    for s in doc.sentences[k + 1:k + 1 + EARLIER_START_SENTENCES]:
        if "делегаци" not in s.check and "delegation" not in s.check or not _DELEGATION_RECEIVED.search(s.text):
            continue
        day = _earlier_day(s, visit.start, published)
        codes = set(doc.codes(s))
        if day is None or not codes <= {visit.host, visit.visitor.iso3} \
                or visit.visitor.iso3 not in codes and _delegation_country(s.text) != visit.visitor.iso3 \
                or any(p.iso3 != visit.host for p in _persons_in(s.text, resolver)):
            continue  # the visitor's own state's delegation, received by one of the host state only
        visit.start = day
        return


# Round 29 (English and Russian): a capital's word opening the name of a landmark elsewhere is no place of the visit:
# "visited the medieval Astana Baba mausoleum complex" (in Turkmenistan), "the Baku Bulvar hotel"; the capital, a
# capitalised word and the landmark's noun.
_LANDMARK_NOUNS = ("mausoleum", "mosque", "shrine", "tomb", "madrasa", "necropolis")
_LANDMARK_AFTER = re.compile(r"\s+[A-Z][\w'’-]+\s+(?:" + "|".join(_LANDMARK_NOUNS) + r")\b")


def _capital_in_a_landmark(word: str, sentence: str) -> bool:
    if not sentence or not any(noun in sentence for noun in _LANDMARK_NOUNS):
        return False
    at = sentence.find(word)
    return at >= 0 and _LANDMARK_AFTER.match(sentence, at + len(word)) is not None


# A state named as a direction is no place of the visit: "inspected the rail junction on the line towards Uzbekistan and
# Afghanistan", "the road to the border with Kazakhstan" (the state, or the first of a list, right after the words)
_TOWARDS_STATE = re.compile(r"\b(?:towards?|border\s+with|bound\s+for)\s+(?:the\s+)?$")


def _state_as_direction(word: str, sentence: str) -> bool:
    if "toward" not in sentence and "border" not in sentence and "bound" not in sentence:
        return False
    at = sentence.find(word)
    return at > 0 and _TOWARDS_STATE.search(sentence, max(0, at - 20), at) is not None


# Round 29 (English and Russian): the visit told in a relative clause right after the visitor's name, with its place and
# day in the clause ("Turkish Trade Minister Ömer Bolat, who visited Baku on 15 October for talks with …, insists
# that …"): the one named before it; an aside of a past visit with no day of its own ("Aliyev, who visited Ashgabat in
# 2024, received …") is not this form.
# Round 77 (chart77, dev/1216): an adverb of when before the verb, "X, who last visited Baku on June 2 for …, said"
_WHO_VISITED_ON = re.compile(r"^(?P<name>[^,;]{3,120}?),\s+who\s+(?:(?:last|recently|also|previously)\s+)?"
                             r"(?:visited|arrived\s+in|travell?ed\s+to|flew\s+to)\s+"
                             # round 45: the days a span ("who visited Bishkek on 14–15 October to co-chair …")
                             r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:last\s+|on\s+)?"
                             r"(?:\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s+[A-Z][a-z]+"
                             r"|[A-Z][a-z]+\s+\d{1,2}|[A-Z]?[a-z]+day)\b")


def _who_visited_on_a_day(sentence: str, resolver: Resolver) -> Person | None:
    m = _WHO_VISITED_ON.match(sentence)
    return resolver.resolve(m["name"], speaking=False) if m else None


# Round 29 (English): the Greek Cypriot press names the Turkish Cypriot capital as the north of the divided city ("a
# military parade in the northern part of Nicosia", "in northern Nicosia"): a Turkish Cypriot visit's city, North
# Nicosia, when a sentence from the visit's own on says so (_NORTH_OF_NICOSIA, the one pattern of these descriptions).
NORTH_OF_NICOSIA_BEFORE = 60  # characters before "Nicosia" where its description starts


def _northern_nicosia(doc: Document, visit: VisitFound) -> None:
    at = doc.text.find("Nicosia", visit.span[0])
    if at >= 0 and _NORTH_OF_NICOSIA.search(doc.text, max(visit.span[0], at - NORTH_OF_NICOSIA_BEFORE), at + 7):
        visit.city = countries.get("CYN").capital


# Round 30 (English): the visitor named last before a relative clause of his arrival, anywhere in the sentence ("… the
# talks held yesterday in Ankara between Turkish Foreign Minister X and Kyrgyz Foreign Minister Y, who arrived in the
# Turkish capital on Tuesday on an official visit"): Y, the one the clause is about (the host, of the place's state, is
# dropped later as any visitor of the host state is). Read first in _visitors: the cues would take the receiver
# opening the sentence ("A received Y, who arrived in Baku yesterday").
_NAMED_BEFORE_WHO_CAME = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,5}}),\s+who\s+"
                                    r"(?:has\s+|had\s+)?(?:arrived\s+(?:in|on)|travell?ed\s+to|flew\s+(?:in)?to|came\s+to"
                                    r"|been\s+in\s+[A-Z][\w'’-]+\s+since"  # "…, who has been in Tashkent since Monday"
                                    r"|(?:is|was)\s+(?:visiting|on\s+an?\s+(?:official|working|state)\s+visit))\b")


# Round 72 (events72): a second guest in the visit's sentence, told arriving "the same day" in a relative clause on his
# name ("X landed on Saturday morning, and Türkiye was represented by Minister Y, who arrived the same day with the
# Turkish team", dev/1150): the name after "by" (or the clause's start) before ", who"
_EN_WHO_ARRIVED_THE_SAME_DAY = re.compile(r"(?:\bby\s+|[,;]\s+(?:and\s+)?)(?P<name>[A-Z][^,.;]{2,80}?),\s+who\s+"
                                          r"(?:also\s+)?(?:arrived|landed|flew\s+in)\s+(?:on\s+)?the\s+same\s+day\b")


def _who_arrived_the_same_day(sentence: str, visitor: Person, resolver: Resolver) -> list[Person]:
    """The one _EN_WHO_ARRIVED_THE_SAME_DAY names, when the table knows him and he is not the visitor; else none."""
    m = _EN_WHO_ARRIVED_THE_SAME_DAY.search(sentence)
    person = resolver.resolve(m["name"], speaking=False) if m else None
    return [person] if person and person.name != visitor.name else []


def _named_before_who_came(sentence: str, resolver: Resolver) -> Person | None:
    m = _NAMED_BEFORE_WHO_CAME.search(sentence)
    return resolver.resolve(m["name"], speaking=False) if m else None


# Round 30 (English): a delegation or mission told arriving with no head named, its head in the next sentence ("… a
# business mission from Kayseri arrived in the region on Tuesday." "The delegation is headed by X, chairman of …"): the
# head is the visitor; a name the table does not know is of the one state the arrival sentence names by a country word
# (not a capital: "A Turkish mission arrived in Namangan"), none when it names none or several (a visitor of the
# place's own state is dropped as any is).
_DELEGATION_HEADED_NEXT = re.compile(r"(?:The|This|Our)\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission)\s+(?:is|was)\s+"
                                     r"(?:headed|led)\s+by\s+(?P<head>(?:[\w'’-]+\s+){0,5}?"
                                     rf"[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+)+)")


def _delegation_head_named_next(doc: Document, k: int, resolver: Resolver) -> Person | None:
    if k + 1 >= len(doc.sentences) or not (m := _DELEGATION_HEADED_NEXT.match(doc.sentences[k + 1].text)):
        return None
    person = resolver.resolve(m["head"], speaking=False)
    if person is None or person.iso3:
        return person
    states = {c.iso3 for c in doc.mentions(doc.sentences[k]) if not c.is_capital}
    return person._replace(iso3=states.pop()) if len(states) == 1 else None


# Round 44 (English): a delegation named by its state's adjective arriving, an aside on it allowed ("The Turkmen
# delegation, which arrived in the Uzbek capital on the eve of the meeting, included …"), after a sentence that told the
# meeting "co-chaired by" a minister of each side: the co-chair of the delegation's state is its head, the visitor.
_STATE_DELEGATION_ARRIVED = re.compile(r"^(?:The|This)\s+(?P<of>[A-Z][\w-]+)\s+delegation\b(?:,\s+(?:which|that)\b"
                                       r"[^;]{0,200}?)?\s+(?:has\s+|had\s+)?(?:arrived|landed|flew\s+in)\b")
CO_CHAIRS_SENTENCES = 3  # the co-chairs are told in one of the sentences right before


def _co_chair_of_the_delegation_before(doc: Document, k: int, resolver: Resolver) -> Person | None:
    """The one co-chair of the delegation's state (_STATE_DELEGATION_ARRIVED) that a "co-chaired by" sentence up to
    CO_CHAIRS_SENTENCES before k names; None when none or several."""
    m = _STATE_DELEGATION_ARRIVED.match(doc.sentences[k].text)
    found = places.mentions(m["of"]) if m else []
    if len(found) != 1 or not found[0].is_demonym:
        return None
    for j in range(k - 1, max(-1, k - 1 - CO_CHAIRS_SENTENCES), -1):
        by = _CO_CHAIRED_BY.search(doc.sentences[j].text) if "co-chaired by" in doc.sentences[j].text else None
        if by:
            chairs = [p for p in (_co_chair(part, resolver) for part in _co_chair_parts(by["who"], resolver))
                      if p and p.iso3 == found[0].iso3]
            return chairs[0] if len(chairs) == 1 else None
    return None


# Round 44 (English): a sentence opening on "The delegation" / "The mission" with no head named, whose head a sentence
# before told by "led by" ("A trade mission of 26 Uzbek exporters led by Deputy Minister X has completed a programme in
# Hungary. The delegation arrived in Budapest on Monday"): that head, the one one such sentence names.
# (round 45: or the head in an aside of its own, "The delegation, led by Deputy State Secretary X, arrived in …")
# round 64 (visits64b): or an aside on what it brought together ("The delegation, which brought together the heads of
# the region's mining companies, arrived in Kocaeli on Tuesday"; dev/1055; "The delegation, comprising 20 firms, …"),
# or its size before it ("The 35-strong delegation arrived …")
_THE_DELEGATION_OPENS = re.compile(r"(?:The|This)\s+(?:[\w-]+-strong\s+)?(?:delegation|mission)"
                                   r"(?:\s|,\s+(?:(?:led|headed)\s+by|which|comprising|including|"
                                   r"(?:made\s+up|consisting)\s+of)\s)")
# (what it is of may be a list: "a trade mission of 26 fruit, vegetable and dried-fruit exporters led by …")
_HEAD_LED_BY = re.compile(r"\b(?:delegation|mission)\b(?P<of>[^;.]{0,80}?)\s(?:led|headed)\s+by\s+"
                          # the title's words greedily, so its own capitals ("Deputy Minister of …") are not the name
                          # round 46: a gloss in brackets among them ("led by regional hokim (governor) X Y")
                          r"(?P<head>(?:(?:[\w'’-]+|\([\w\s'’-]{1,30}\))\s+){0,5}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")


def _en_delegation_head_told_before(doc: Document, k: int, resolver: Resolver) -> Person | None:
    """The head of the delegation or mission one of the DELEGATION_HEAD_SENTENCES before k tells led by him
    (_HEAD_LED_BY), of his own state or else the one state the delegation's words name; None when none or several."""
    found = [(j, m) for j in range(max(0, k - DELEGATION_HEAD_SENTENCES), k)
             for m in _HEAD_LED_BY.finditer(doc.sentences[j].text)]
    if not found and (m := _HEAD_LED_BY.match(doc.sentences[k].text, 4)):
        found = [(k, m)]  # round 45: the head in the sentence's own aside
    if len(found) > 1 and _one_head_named(found, resolver):
        found = found[-1:]  # round 72 (arrive72): the head told in the headline and again in the lead (dev/1147)
    if len(found) != 1:
        return None
    j, m = found[0]
    head = resolver.resolve(m["head"], speaking=False)
    if (head is None or head.rule == "unlisted name" and len(head.name.split()) > _NAME_WORDS) \
            and (titled := _titled_newcomer(m["head"], resolver)):
        head = titled  # round 45: a long title's capitals are no name ("… for Foreign Economic Relations X Y")
    if head is None or head.rule == "anaphor":
        return None
    codes = places.codes_in(m["of"] + " " + m["head"])
    iso3 = head.iso3 or (codes[0] if len(codes) == 1 else "") or _delegation_state_told(doc, k)
    return head._replace(iso3=iso3) if iso3 else None


def _one_head_named(found: list[tuple[int, re.Match[str]]], resolver: Resolver) -> bool:
    """Round 72 (arrive72): do the delegations told led by someone (_HEAD_LED_BY) all name one person, once with the
    title before the name and once after it ("Business delegation led by State Secretary X Y signs …" over "A
    delegation of 26 companies, led by X Y, State Secretary for …", dev/1147)? Then they are one delegation's head
    told twice, not the heads of several."""
    names = {_person_name_of(m["head"], resolver) for _, m in found}
    return len(names) == 1 and "" not in names


def _person_name_of(written: str, resolver: Resolver) -> str:
    """The name of the person a head's words name, title words dropped; "" when they name none."""
    head = resolver.resolve(written, speaking=False)
    if head is None or head.rule == "anaphor":
        return ""
    if head.rule == "unlisted name" and len(head.name.split()) > _NAME_WORDS:
        titled = _titled_newcomer(written, resolver)
        return titled.name if titled else ""
    return head.name


# Round 45: the state of a delegation told by what it is made of ("The delegation of 34 Kazakh companies — …",
# "A delegation of twenty-three Hungarian companies concluded …") or by its adjective ("A Hungarian business
# delegation")
_DELEGATION_OF_STATE = re.compile(r"\b(?:delegation|mission)\s+of\s+(?:[\w-]+\s+){0,2}?(?P<of>[A-Z][\w-]+)\s+"
                                  r"(?:companies|firms|businesses|businessmen|entrepreneurs|exporters|producers"
                                  r"|manufacturers)\b"
                                  r"|\b(?!(?:The|This|A|An)\s)(?P<adj>[A-Z][\w-]+)\s+(?:[a-z][\w-]+\s+){0,2}?"
                                  r"(?:delegation|mission)\b")


def _delegation_state_told(doc: Document, k: int) -> str:
    """The one state a delegation is told of (_DELEGATION_OF_STATE) in sentence k or, nearest first, the
    DELEGATION_HEAD_SENTENCES before it; "" when none is."""
    for j in range(k, max(-1, k - 1 - DELEGATION_HEAD_SENTENCES), -1):
        for m in _DELEGATION_OF_STATE.finditer(doc.sentences[j].text):
            found = places.mentions(m["of"] or m["adj"])
            if len(found) == 1 and found[0].is_demonym:
                return found[0].iso3
    return ""


# Round 30 (English): ministers of two or more states told meeting their hosts' ministers at a meeting in a city, the
# hosts named by their state's adjective ("At a meeting in Bishkek on May 28, Uzbek Energy Minister X and Kazakhstan's
# Water Minister Y signed a protocol with their Kyrgyz counterparts"): a visit of each one named before the verb who is
# not of the hosts' state, to their capital (or a city of places.CITIES of theirs), sharing what was signed there
# (at_meeting, as the ministers at a gathering do).
_AT_MEETING_WITH_COUNTERPARTS = re.compile(
    r"(?:At|During)\s+(?:(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?)?(?:meeting|talks|session)\s+in\s+(?P<place>[A-Z][\w'’-]+)"
    r"[^,;]{0,40},\s+(?P<who>[^;:]{5,300}?)\s+(?:also\s+)?(?:signed|held\s+talks|met|agreed|discussed)\b[^.;]*?"
    r"\bwith\s+(?:their|his|her)\s+(?P<hosts>[A-Z][\w-]+)\s+counterparts?\b")


def _at_meeting_with_counterparts(doc: Document, s: Sentence, published: date, resolver: Resolver,
                                  lead_day: date | None) -> list[VisitFound]:
    if not (m := _AT_MEETING_WITH_COUNTERPARTS.match(s.text)):
        return []
    hosts = [c.iso3 for c in places.mentions(m["hosts"]) if c.is_demonym]
    if len(hosts) != 1:
        return []
    host = hosts[0]
    if any(c.is_capital and c.iso3 == host for c in places.mentions(m["place"])):
        city = countries.get(host).capital
    elif (town := places.city_in(m["place"])) and town[0] == host:
        city = town[1]
    else:
        return []  # a place not of the hosts' state: whose visit it was is not told
    if not (days := _days(s, published, lead_day)):
        return []
    day, end, *_ = days[0]
    return [VisitFound(day, end, person, host, city, "other", (s.start, s.end), min(person.confidence, 0.7),
                       at_meeting=True)
            for person in _state_titled_list(m["who"], resolver) if person.iso3 and person.iso3 != host]


_LIST_SPLIT = re.compile(r"(,\s+|\s+and\s+)")


def _state_titled_list(who: str, resolver: Resolver) -> list[Person]:
    """The people of a list whose every item opens with its state ("Uzbek Energy Minister X and Kazakhstan's Minister
    of Water Resources and Irrigation Y"): an "and" or comma before a word that names no state is inside a title."""
    pieces = _LIST_SPLIT.split(who)  # items and the links between them
    items = [pieces[0]]
    for link, piece in zip(pieces[1::2], pieces[2::2]):
        if places.mentions(piece.split(" ", 1)[0]):
            items.append(piece)
        else:
            items[-1] += link + piece
    people = [resolver.resolve(item, speaking=False) for item in items]
    return [p for p in people if p and p.iso3] if all(people) else []


# Round 30 (English): a visit told to a state and, right after, in one of its cities ("began an official visit to
# Uzbekistan in Samarkand on Monday and travelled to Tashkent on Tuesday"): that city, where the visit began, whatever
# journey the sentence tells next.
_VISIT_TO_STATE_IN_CITY = re.compile(r"\bvisit\s+to\s+(?P<state>[A-Z][\w'’-]+)\s+in\s+(?P<city>[A-Z][\w'’-]+)")


def _state_city_visited(sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    if not (m := _VISIT_TO_STATE_IN_CITY.search(sentence)):
        return None
    states = [c.iso3 for c in places.mentions(m["state"]) if not c.is_demonym]
    city = places.city_in(m["city"])
    if not (len(states) == 1 and states[0] != visitor_iso3):
        return None
    if city and city[0] == states[0]:
        return city
    capitals = [c for c in places.mentions(m["city"]) if c.is_capital and c.iso3 == states[0]]
    return (states[0], countries.get(states[0]).capital) if capitals else None


# Round 30 (English): the two sides told signing two documents, each with its article ("the two ministers signed a plan of
# political consultations for 2026-2027 and a memorandum on cooperation between the diplomatic academies"): two; not
# when a third follows ("… and a protocol, as well as five agreements").
_SIGNED_PAIR_NOUN = r"(?:" + _DOCUMENT_NOUN + r"|plan|programme|program|statement)"
# round 41: the second joined by "as well as" ("… signed an agreement on …, as well as a plan of joint events")
_AND_A_SECOND = r"(?:,?\s+and|,?\s+as\s+well\s+as)\s+an?\s+"
_SECOND_WORDS = (" and a", " as well as a")  # one is in every _AND_A_SECOND match
# round 41: the words before a document's noun are none of "and" ("signed a protocol and a road map" is two, not a "road
# map" with three words before it), and what stands between the first and the second holds no other second (not "a
# protocol …, as well as a road map, and a plan" read as the protocol and the plan)
_NOUN_WORDS = r"(?:(?!and\s)[\w-]+\s+){0,3}?"
_UP_TO_THE_SECOND = r"(?:(?!,?\s+and\s+an?\s|,?\s+as\s+well\s+as\s)[^.;]){0,200}?"
# not when a third follows ("… and a protocol, as well as five agreements")
_NO_THIRD_AFTER = (r"(?![^.;]*\b(?:and|as\s+well\s+as)\s+(?:an?|the|\d+|two|three|four|five|six|seven|eight"
                   r"|nine|ten|several|other|some)\s)")
# (round 35: "the ministers signed the Plan of Consultations … and a protocol on …", no "two", the first by "the")
_TWO_SIGNED = re.compile(r"\b(?:the\s+(?:two\s+)?(?:sides|ministers|leaders|presidents|speakers|delegations|co-chairs"
                         # round 50: two ministries, regions or cities ("the two ministries signed a memorandum and a
                         # plan of consultations": two)
                         r"|chambers|houses|ministries|regions|cities)|both\s+sides"
                         # round 65 (visits65b): "the two" with no noun, as _PARTIES_SIGNED_ONE reads it ("The two
                         # signed a memorandum of understanding on … and a roadmap for …", dev/1070)
                         r"|the\s+two"
                         r"|they)\s+(?:also\s+)?signed\s+(?:an?|the)\s+" + _NOUN_WORDS + _SIGNED_PAIR_NOUN
                         + r"\b" + _UP_TO_THE_SECOND + _AND_A_SECOND + _NOUN_WORDS + _SIGNED_PAIR_NOUN
                         + r"\b" + _NO_THIRD_AFTER, re.I)


# Round 31 (English): documents counted as what others went on to sign after the leaders' talks ("Ministers from both
# sides went on to sign 14 documents", "the delegations then proceeded to sign five agreements"): the count. Not a
# signing to come ("are expected to go on to sign …" is read by no rule here: the verb must be "went"/"proceeded").
_EN_WENT_ON_TO_SIGN = re.compile(r"\b(?:went\s+on|proceeded|moved\s+on)\s+to\s+sign\s+(?:a\s+total\s+of\s+|more\s+than\s+)?"
                                 r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:documents|agreements|memorand\w+|treaties|deals)\b", re.I)


def _en_went_on_to_sign(visit: VisitFound, sentence: str, offset: int) -> None:
    if not (m := _EN_WENT_ON_TO_SIGN.search(sentence)):
        return
    visit.documents_said, visit.documents = True, _en_count_value(m[1])
    visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 31 (English): a sentence telling a visit told before go on ("Kulubaev's visit continues on Wednesday with a
# meeting at the ministry", "The visit will continue on Friday in Samarkand"): its day is a later one of that visit,
# no new visit's (read backwards from the article's date it became the week before).
# round 45: or its last day still to come ("Tokayev's state visit ends on Friday, when he is due to …")
# Round 89 (v1, visit_of_continues): the visit told with whose and where before the verb, "The state visit of President
# X to Uzbekistan continues on 15 October" (dev/1357): no commas between (not "the visit to Baku, where talks continue")
_VISIT_CONTINUES = re.compile(r"\bvisit\s+(?:(?:of|to|by)\s+[^.;,]{1,80}?\s+)?"
                              r"(?:continues|will\s+continue|is\s+to\s+continue|is\s+set\s+to\s+continue"
                              r"|ends|concludes|will\s+(?:end|conclude)|is\s+(?:due|set|expected|scheduled)\s+to\s+"
                              r"(?:end|conclude))\b", re.I)
_VISIT_CONTINUES_WORDS = ("continue", " end", "conclude")  # one is in every _VISIT_CONTINUES match
# Round 57 (visits): the same in Azerbaijani and Turkish, the visit told as ending on a day ("… rəsmi səfəri mayın
# 22-də başa çatıb", "… resmi ziyareti 20 Mayıs'ta sona erdi"): the last day of a visit told before, no new visit
_LOCAL_VISIT_ENDS = re.compile(r"\b(?:səfəri|ziyareti)\s+(?:[^\s.;]+\s+){0,4}?(?:(?:başa|sona)\s+çat(?:ıb|dı|acaq)"
                               r"|sona\s+er(?:di|miş|ecek)|tamamlan(?:ıb|dı|acaq))\b", re.I)
_LOCAL_VISIT_ENDS_WORDS = ("başa çat", "sona çat", "sona er", "tamamlan")  # one is in every _LOCAL_VISIT_ENDS match


# Round 31 (English): the two parties told holding talks and signing a count of documents ("The two ministers held
# talks at the Foreign Ministry and signed three documents: …") before a visit the article names only later ("…,
# who arrived in Budapest on Sunday for a three-day official visit, …"): that visit's documents, when the signing
# sentence or the one before names the visit's place. Only "the two …" as subject: a count of others' signing is not.
_THE_TWO_HELD_TALKS_AND_SIGNED = re.compile(r"\bthe\s+two\s+(?:sides|ministers|leaders|presidents|speakers|delegations)\s+"
                                            r"(?:held|had)\s+talks\b[^.;]{0,120}?\band\s+signed\s", re.I)


def _two_signed_before(doc: Document, visit: VisitFound, signed: list[bool]) -> None:
    k = next((i for i, s in enumerate(doc.sentences) if s.start == visit.span[0]), None)
    if k is None:
        return
    for j in range(k):
        s = doc.sentences[j]
        if signed[j] and "talks" in s.text and _THE_TWO_HELD_TALKS_AND_SIGNED.search(s.text) \
                and any(_names_place_of(doc, doc.sentences[i], visit) for i in (j - 1, j) if i >= 0):
            _add_details(visit, s.text, s.start, True, False)
            if visit.documents_said:
                return


# Round 31 (English): the Turkish Cypriot part of the divided city told by a description, not its name ("in the north
# part of Nicosia", "in northern Nicosia", "the Turkish Cypriot half of Nicosia", round 29's "the north of Nicosia"):
# North Nicosia, for a visit to the north told without its city (_city_from_next, _northern_nicosia). Not "south of
# Nicosia" or "the northern suburbs" of another city.
_NORTH_OF_NICOSIA = re.compile(r"\b(?:northern\s+Nicosia|the\s+north\s+of\s+Nicosia"
                               r"|the\s+(?:north(?:ern)?|Turkish(?:\s+Cypriot)?|occupied)\s+"
                               r"(?:part|half|side|sector)\s+of\s+(?:the\s+(?:divided\s+)?(?:city|capital)\s+of\s+)?Nicosia)\b")


# Round 31 (English): the visitor and the host named by surname signing one document ("Kosherbayev and Bayramov signed
# a plan of consultations for 2026-2028", "Saidov and his Hungarian counterpart Szijjarto signed an agreement on …"):
# one, when one of the two is the visitor; not when more are listed after it ("… and three other agreements"), nor
# two others' signing ("KazMunayGas and SOCAR signed an agreement").
# round 38 (visits A): the other's title before his name ("He and Uzbek Deputy Prime Minister X signed a road map"),
# and a plan or programme signed ("Güler and his counterpart X signed a military cooperation plan")
# round 41: a Kyrgyz name ending in its lower-case patronymic ("Nurlanbek Turgunbek uulu and Nuriddinjon Ismoilov signed …")
# round 73 (visits73a): the visitor as "he" of a relative clause on his visit's place ("X visited Bishkek on November 6,
# where he and his Kyrgyz counterpart Y signed a plan of consultations", dev/1158)
_PAIR_SIGNED = (r"\b(?P<a>[A-Z][\w'’-]+|(?<=,\swhere\s)(?:he|she))(?:\s+(?:uulu|kyzy))?\s+and\s+"
                r"(?:(?:his|her)\s+(?:[\w-]+\s+){0,2}?counterpart\s+)?"
                r"(?:[A-Z][\w'’-]+\s+){0,5}?(?P<b>[A-Z][\w'’-]+)(?:\s+(?:uulu|kyzy))?\s+(?:also\s+)?signed\s+an?\s+")
_PAIR_SIGNED_ONE = re.compile(_PAIR_SIGNED + _NOUN_WORDS + _SIGNED_PAIR_NOUN + r"\b" + _NO_THIRD_AFTER)
# Round 41 (English): the pair signing two documents, each with its article, as _TWO_SIGNED reads the sides' ("Nurlanbek
# Turgunbek uulu and Nuriddinjon Ismoilov signed an Agreement on inter-parliamentary cooperation …, as well as a Plan of
# joint events for 2025–2026"): two; not when a third follows
_PAIR_SIGNED_TWO = re.compile(_PAIR_SIGNED + _NOUN_WORDS + r"(?i:" + _SIGNED_PAIR_NOUN + r")\b" + _UP_TO_THE_SECOND
                              + _AND_A_SECOND + _NOUN_WORDS + r"(?i:" + _SIGNED_PAIR_NOUN + r")\b" + _NO_THIRD_AFTER)

# Round 49: three, the second after a comma with its article ("the sides signed a twinning agreement between …, a
# memorandum of understanding on …, and a roadmap of joint events"); each item's words hold no comma of their own
_LISTED_ITEM = r"(?:(?!,?\s+and\s+an?\s)[^.;,]){0,160}?"
_THREE_SIGNED = re.compile(r"\b(?:the\s+(?:two\s+)?(?:sides|ministers|leaders|presidents|speakers|delegations|co-chairs"
                           r"|chambers|houses|governors|mayors|parties)|both\s+sides|they)\s+(?:also\s+)?signed\s+"
                           r"(?:an?|the)\s+" + _NOUN_WORDS + _SIGNED_PAIR_NOUN + r"\b" + _LISTED_ITEM
                           + r",\s+an?\s+" + _NOUN_WORDS + _SIGNED_PAIR_NOUN + r"\b" + _LISTED_ITEM
                           + _AND_A_SECOND + _NOUN_WORDS + _SIGNED_PAIR_NOUN + r"\b"
                           + _NO_THIRD_AFTER, re.I)


def _pair_holds_the_visitor(m: re.Match, visit: VisitFound) -> bool:
    """Is one of the pair (_PAIR_SIGNED's a and b) the visitor, by his surname, the word before a Kyrgyz patronymic
    ("Turgunbek" of "Nurlanbek Turgunbek uulu"), or "He"/"She" opening the sentence right after the visit is told?"""
    words = fold(visit.visitor.name).split()
    surname = words[-2] if len(words) > 2 and words[-1] in ("uulu", "kyzy") else words[-1] if words else ""
    # round 38 (visits A): "He and X signed …" right after the visit is told: the visitor is "he"
    # round 73 (visits73a): ", where he and X signed …" in the visit's own sentence: "he" is its visitor
    return surname in (fold(m["a"]), fold(m["b"])) or (m.start() == 0 and m["a"] in ("He", "She")) \
        or m["a"] in ("he", "she")


def _en_pair_signed_documents(visit: VisitFound, sentence: str, offset: int) -> None:
    """One document the visitor and another signed (_PAIR_SIGNED_ONE), or two (_PAIR_SIGNED_TWO)."""
    if (m := _PAIR_SIGNED_ONE.search(sentence)) and _pair_holds_the_visitor(m, visit):
        visit.documents_said, visit.documents = True, 1
    elif (m := _PAIR_SIGNED_TWO.search(sentence)) and _pair_holds_the_visitor(m, visit):
        visit.documents_said, visit.documents = True, 2
    else:
        return
    visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 31 (English): a visit told as it ends, its first day in a clause on the visit after it ("concluded yesterday an
# official visit to Turkmenistan, which began on Monday, 21 September"): the visit began that day, from there to the day
# it ended. Not a clause on something else ("…, days after a forum that began on Monday").
_WHICH_BEGAN = re.compile(r"\b(?:visit|trip|tour)\b[^,;.]{0,40},\s+(?:which|that)\s+(?:had\s+)?(?:began|started)\b[^,;.]*")


def _began_first(sentence: str, days: list) -> list:
    """`days` with the day of a "which began on …" clause after the first day made the first, ending on that day."""
    if not (m := _WHICH_BEGAN.search(sentence, days[0][3])):
        return days
    began = next((d for d in days[1:] if m.start() <= d[2] < m.end() + 20 and d[0] < days[0][0]), None)
    if began is None:
        return days
    return [(began[0], days[0][0], began[2], began[3])] + [d for d in days[1:] if d is not began]


# Round 31 (English): the visit told by its visitor's surname and "'s" ("During Nagy's visit, the two sides signed five
# documents") when the article tells one visitor: that visit (_visit_named asks only among two or more).
def _visitor_s_visit(sentence: str, visits: list[VisitFound]) -> bool:
    if "s visit" not in sentence or not visits:
        return False
    surname = visits[-1].visitor.name.split()[-1]
    return f"{surname}'s visit" in sentence or f"{surname}’s visit" in sentence


# Round 31 (English): a dateline of a place and the outlet in brackets, then a dash ("Ashgabat (AsiaNews) – ",
# "Baku (AFP) - "): no part of the subject after it, which an appositive visitor ("The Speaker of Kazakhstan's Senate,
# X, concluded …") is read from the start of
_OUTLET_DATELINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?\s+\([^()]{2,30}\)\s+(?:—|–|--|-)\s+")


# Round 31 (Russian, Azerbaijani, Turkish): a Russian title naming its parliament and state in the genitive before the
# name ("Председатель Сената Олий Мажлиса Республики Узбекистан Танзила Нарбаева …"): cut at the state's name, the
# title's last words ("Мажлиса Республики") are no newcomer's name: a name holds no parliament's or republic's word.
_RU_BODY_NAME_STEMS = _PARLIAMENT_STEMS + ("мажлис", "республик", "маджлис")


def _ru_body_in_name(raw: str) -> bool:
    """Whether a Cyrillic name run holds a parliament's or a republic's word (_RU_BODY_NAME_STEMS)."""
    return is_cyrillic(raw) and any(word.lower().startswith(_RU_BODY_NAME_STEMS) for word in raw.split())


def _ru_titled_newcomer_before_place(subject: str, resolver: Resolver) -> Person | None:
    """The titled newcomer of a Russian subject read up to its place's preposition and day (_office_subject), so that
    the title's state ("Республики Узбекистан") is not taken for the destination the subject is cut at."""
    return _titled_newcomer(_office_subject(subject, resolver.day), resolver) if is_cyrillic(subject) else None


# Round 31 (Russian, Azerbaijani, Turkish): a capital named as the city its mayor heads, in a title ("Düşənbə
# şəhərinin meri Rüstəm Emoməli …", "Ankara Büyükşehir Belediye Başkanı"), is the visitor's own, not where he is.
# round 53: "Türk" between ("Lefkoşa Türk Belediyesi (LTB) Başkanı", the Turkish municipality of North Nicosia)
_CITY_OF_TITLE = re.compile(r"\s+(?:Türk\s+)?(?:şəhərinin|şəhər\s+icra|şehrinin|büyükşehir|belediye)", re.I)


def _city_of_a_title(doc: Document, mention: places.Mention) -> bool:
    """Whether the capital `mention` is named as the city of a title (_CITY_OF_TITLE) right after it."""
    return _CITY_OF_TITLE.match(doc.text, mention.end) is not None


# Round 31 (Russian, Azerbaijani, Turkish): a lead tells the visit with no day ("Kırgızistan Meclis Başkanı X, resmi ziyaret
# için Ankara'ya geldi") and a later sentence its day by the guest's welcome, told in the passive of its subject: the
# lead's visitor by his surname or his delegation ("X ve beraberindeki heyet, dün akşam Esenboğa Havalimanı'nda …
# tarafından karşılandı", "Qonaq dünən axşam hava limanında … tərəfindən qarşılanıb"). Its day is the visit's first;
# its place the host's capital, unless the sentence names another city of the host's.
# The welcome may be told by a participle before the guest, its subject after it ("Dün sabah Konya Havalimanı'nda Vali
# tarafından karşılanan Nagy, …", "… tərəfindən qarşılanan nazir …").
_WELCOMED_PASSIVE = re.compile(r"\b(?:tarafından|tərəfindən)\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?:karşılandı|qarşılanıb|qarşılandı|(?P<participle>karşılanan|qarşılanan))\b")


_PARTICIPLE_SUBJECT = 40  # characters after a participle that may hold the noun it qualifies ("karşılanan Nagy, …")

# Round 41 (Azerbaijani, Turkish): the welcome told in the active, the host the subject, the guest the object by his
# state and title in the accusative ("… dünən Heydər Əliyev Beynəlxalq Aeroportunda Tacikistan Prezidentini Baş nazirin
# birinci müavini X qarşılayıb", "Kazakistan Başbakanını … karşıladı"): the title word right after the state's name, in
# the accusative (-ı/-i/-u/-ü, -nı/…), not a genitive ("Tacikistan Prezidentinin köməkçisini": his aide)
# Round 88 (v2, guest_in_accusative): or hosted or received ("… gelen Cabbarov'u … Bakanı X ağırladı/kabul etti")
_WELCOMED_ACTIVE = re.compile(r"\b(?:qarşılayıb|qarşıladı|karşıladı|karşılamış|ağırladı|kabul\s+etti)\b")
# one is in every _WELCOMED_PASSIVE and _WELCOMED_ACTIVE match
_WELCOMED_WORDS_EITHER_VOICE = tuple(lowered(w) for w in ("karşıla", "qarşıla", "ağırladı", "kabul etti"))
# Round 88 (v2, guest_in_accusative): the noun a participle of coming qualifies is a name in the accusative, the
# object of an active welcome after it ("Dün sabah kente gelen Cabbarov'u Konya Valisi ve Ticaret Bakanı Ömer Bolat
# havalimanında karşıladı", dev/1345): the one who came is the object, those named after it the hosts
_ACCUSATIVE_NAME_FIRST = re.compile(rf"\s*[{CAPITALS}][^\W\d_]+['’][yn]?[ıiuü]\s")
_ACCUSATIVE_TITLE_AFTER = re.compile(r"\s+[^\W\d_]+?[ıiuü]\b")


def _guest_welcomed_by_title(sentence: str, visitor: Person) -> bool:
    """Does an active welcome (_WELCOMED_ACTIVE) have as its object, before the verb, the visitor's state with a title
    in the accusative (_ACCUSATIVE_TITLE_AFTER)?"""
    m = _WELCOMED_ACTIVE.search(sentence)
    if m is None or not visitor.iso3:
        return False
    before = sentence[:m.start()]
    return any(x.iso3 == visitor.iso3 and _ACCUSATIVE_TITLE_AFTER.match(before, x.end) for x in places.mentions(before))


def _guest_welcomed_by_surname(sentence: str, visitor: Person) -> bool:
    """Round 59 (visits): does an active welcome (_WELCOMED_ACTIVE) have as its object, before the verb, the lead
    visitor's surname in the accusative ("… ulaşan Bakan Kurum'u, KKTC … Bakanı X karşıladı"; Turkish after an
    apostrophe, "-yı/-yi/…" after a vowel; Azerbaijani without one, "-nı/-ni/…" after a vowel)?"""
    m = _WELCOMED_ACTIVE.search(sentence)
    words = visitor.name.split()
    if m is None or len(words) < 2:
        return False
    return re.search(rf"(?<!\w){re.escape(words[-1])}['’]?[yn]?[ıiuü](?!\w)", sentence[:m.start()]) is not None


def _guest_welcomed_place(sentence: str, host: str) -> tuple[str, str]:
    """The host's city a welcome names (its airport's city), else the host's capital."""
    city = places.city_in(sentence) or places.airport_city(sentence)
    return city if city and city[0] == host else (host, countries.get(host).capital)


def _lead_guest_welcomed(doc: Document, s: Sentence, published: date,
                         lead_guest: tuple[int, Person, str]) -> VisitFound | None:
    """The lead's dayless visit, dated by a later sentence telling the welcome of the lead's visitor or his guest noun
    (_WELCOMED_PASSIVE) on a day."""
    if not any(w in s.check for w in _WELCOMED_WORDS_EITHER_VOICE):
        return None
    k, visitor, host = lead_guest
    if m := _WELCOMED_PASSIVE.search(s.text):
        subject = s.text[m.end():m.end() + _PARTICIPLE_SUBJECT] if m["participle"] else s.text[:m.start()]
        surname = visitor.name.split()[-1]
        if surname not in subject and not _GUEST_NOUN.search(subject):
            return None
    elif not _guest_welcomed_by_title(s.text, visitor) and not _guest_welcomed_by_surname(s.text, visitor):
        return None
    days = _days(s, published, None, True)
    if not days:
        return None
    city = places.city_in(s.text)
    lead = doc.sentences[k].text
    day, end, *_ = days[0]
    return VisitFound(day, end, visitor, host, city[1] if city and city[0] == host else countries.get(host).capital,
                      _type_of(lead, True) or "other", (s.start, s.end), min(visitor.confidence, 0.8))


# Round 31 (Russian, Azerbaijani, Turkish): the event held in a city on a day, then a sentence on who took part that names
# no place and no day, then the visitor come to that city with no day ("… İş Forumu, dün İstanbul'da gerçekleştirildi.
# Foruma 300'ü aşkın iş insanı katıldı. Forum için çalışma ziyaretiyle İstanbul'a gelen … Bakanı X, …"): the event's day,
# as _day_of_the_place_before reads it from the sentence right before.
def _day_of_the_place_two_before(doc: Document, k: int, published: date) -> list:
    """The day of a city's event told two sentences before a local visit sentence with no day, in the same city (a city
    other than a capital, as _day_of_the_place_before), when the sentence between names no place and no day."""
    if k < 2:
        return []
    between = doc.sentences[k - 1]
    if doc.mentions(between) or places.city_in(between.text) or _days(between, published, None, True):
        return []
    city = places.city_in(doc.sentences[k].text)
    if city is None or places.city_in(doc.sentences[k - 2].text) != city:
        return []
    return [(d[0], d[1], 0, 0) for d in _days(doc.sentences[k - 2], published, None, True)[:1]]


# Round 92 (v2, DAY_OF_THE_EVENT_CO_CHAIRED): a local visit sentence with no day whose subject is a full name the
# article named before as the co-chair or head of a meeting told with its day and city ("Oktyabrın 7-də Şuşa
# şəhərində … Komissiyanın iclası keçirilib." "İclasa … həmsədrləri – … X və … naziri Laziz Qudratov rəhbərlik
# ediblər." … "Qeyd edək ki, Laziz Qudratov Azərbaycana işgüzar səfərə gəlib.", dev/1388): the meeting's day and city,
# the meeting the visitor came to (the co-chair's sentence, or the one right before it, tells the day and a city)
_LED_THE_MEETING = re.compile(r"\b(?:həmsədr\w*|rəhbərlik\s+edib\w*|сопредседател\w*|co-chair\w*|eş\s+başkan\w*)",
                              re.I)
_LED_THE_MEETING_WORDS = ("həmsədr", "rəhbərlik", "сопредседател", "co-chair", "başkan")  # one in every match, lowered


def _meeting_co_chaired_before(doc: Document, k: int) -> int | None:
    """The sentence before local visit sentence k that names the full name opening its clause with a word of leading
    the meeting (_LED_THE_MEETING), the nearest; None when there is none."""
    s = doc.sentences[k]
    if (visit := _LOCAL_VISIT.search(s.text)) is None or not (m := _CLAUSE_NAME.search(s.text[:visit.start()])):
        return None
    return next((j for j in range(k - 1, 0, -1) if m["name"] in doc.sentences[j].text
                 and any(w in doc.sentences[j].check for w in _LED_THE_MEETING_WORDS)
                 and _LED_THE_MEETING.search(doc.sentences[j].text)), None)


def _event_co_chaired_before(doc: Document, k: int, published: date) -> tuple[list, tuple[str, str]] | None:
    """(its first day, (host, city)) of the meeting (a sentence with a day and a city, the co-chair's or the one before
    it) whose co-chair or head is the full name opening local visit sentence k's clause (_meeting_co_chaired_before);
    None when there is none."""
    if (j := _meeting_co_chaired_before(doc, k)) is None:
        return None
    for event in (doc.sentences[j], doc.sentences[j - 1]):
        if (city := places.city_in(event.text)) and (days := _days(event, published, None, True)):
            return [(d[0], d[1], 0, 0) for d in days[:1]], city
    return None


# Round 31 (Russian, Azerbaijani, Turkish): a co-chair told holding the session of an intergovernmental commission in the
# other state's capital ("Заместитель премьер-министра Казахстана X в четверг провёл в Душанбе заседание
# межправительственной комиссии …"): his visit there, of type other, the subject named before the verb.
# Round 66 (visits66a): or of a joint working group ("… провела в Ташкенте заседание казахстанско-узбекской рабочей
# группы по …", dev/1083), a commission's smaller kin
_RU_HELD_SESSION = re.compile(r"\bпров[её]л[аи]?\s+(?:[^\s,.;]+\s+){0,4}?заседани[ея]\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:комисси|рабоч(?:ей|их)\s+групп)", re.I)


def _ru_commission_held_visit(doc: Document, s: Sentence, published: date, resolver: Resolver,
                              lead_day: date | None) -> VisitFound | None:
    """The visit of the one named before a Russian "провёл … заседание … комиссии" (_RU_HELD_SESSION) to the capital the
    sentence names, of another state than his, on the sentence's day."""
    if "комисси" not in s.check and "групп" not in s.check or not (m := _RU_HELD_SESSION.search(s.text)):
        return None
    subject = _without_inline_dateline(s.text[:m.start()].strip(" ,"))
    persons = _named_in_subject(subject, resolver)
    if (not persons or len(persons) == 1 and not persons[0].iso3) \
            and (official := _ru_official_of_a_ministry_named(doc, s, subject, resolver)):
        persons = [official]  # round 66 (visits66a)
    if len(persons) != 1 or not persons[0].iso3:
        return None
    visitor = persons[0]
    capital = next((c for c in doc.mentions(s) if c.is_capital and c.iso3 != visitor.iso3), None)
    days = _days(s, published, lead_day, local=True) if capital else None
    if not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, visitor, capital.iso3, countries.get(capital.iso3).capital, "other", (s.start, s.end),
                      min(visitor.confidence, 0.7))



# Round 76 (digest76): a visit told with no day as a noun phrase, its owner in the genitive after it ("Я бы выделил
# государственный визит Президента X Y в Турцию.", dev/1195, an interview's answer), then dated by the next sentence,
# which tells the talks held on a day in a city of the host ("10 мая 2022 года в Анкаре прошли переговоры двух
# лидеров, по итогам которых …"; "Переговоры состоялись 5 июня в Баку", "… лидеры провели переговоры"): that day and
# city are the visit's, its type the first sentence's. Not a visit to come (_FUTURE).
_RU_TALKS_HELD = re.compile(r"\b(?:прошли|состоялись|проходили|провели)\s+(?:[\w-]+\s+){0,2}?переговоры\b"
                            r"|\bпереговоры\s+(?:[\w-]+\s+){0,3}?(?:прошли|состоялись|проходили)\b", re.I)


def _dayless_visit_before(doc: Document, k: int, published: date, resolver: Resolver) -> tuple[Person, str] | None:
    """(visitor, host) of sentence k-1 when it tells a visit with no day (_LOCAL_VISIT), one visitor named before its
    visit word or after it (_visitors_after) and one other state, nothing to come."""
    before = doc.sentences[k - 1]
    if not _LOCAL_VISIT.search(before.text) or _FUTURE.search(before.text) \
            or _days(before, published, None, True):
        return None
    persons = _local_visitors(before.text, resolver) or _visitors_after(before.text, resolver)
    if len(persons) != 1 or not persons[0].iso3:
        return None
    hosts = set(doc.codes(before)) - {persons[0].iso3}
    return (persons[0], hosts.pop()) if len(hosts) == 1 else None


def _talks_held_after_dayless_visit(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The dayless visit of the sentence before (_dayless_visit_before), dated and placed by sentence k's talks held
    (_RU_TALKS_HELD) on a day in a city of its host; type the visit sentence's, confidence ≤ 0.7. None otherwise."""
    s = doc.sentences[k]
    if not _RU_TALKS_HELD.search(s.text) or not (told := _dayless_visit_before(doc, k, published, resolver)):
        return None
    visitor, host = told
    place = _sentence_place(doc, s, visitor.iso3)
    days = _days(s, published, None, True) if place and place[0] == host else None
    if not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, visitor, host, place[1], _type_of(doc.sentences[k - 1].text, True) or "other",
                      (s.start, s.end), min(visitor.confidence, 0.7))


# Round 66 (visits66a): a ministry's own release names its ministry with the state ("Министерство торговли и интеграции
# Республики Казахстан информирует …") and its official by the title of the ministry's field alone ("— отметила
# вице-министр торговли и интеграции X Y", dev/1083): the official named bare later ("15 октября X Y провела в …") is
# of that ministry's state. _RU_FIELD_TITLE reads the field after the title, right before the name;
# _RU_MINISTRY_OF_STATE the state after the same field in the ministry's name.
_RU_FIELD_TITLE = re.compile(r"\b(?:вице-|заместитель\s+)?министр[а-яё]*\s+"
                             r"(?P<field>[а-яё]+(?:\s+(?:и\s+)?[а-яё]+){0,3})\s+$")
_RU_MINISTRY_OF_STATE = r"\bМинистерств[а-яё]*\s+{field}\s+(?:Республики\s+)?(?P<state>[А-ЯЁ][а-яё]+)"


def _ru_official_of_a_ministry_named(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    """The one a Russian subject names bare, of no state the office holders table knows, with the state of the
    ministry whose title the article named him with before (_RU_FIELD_TITLE) when it names that ministry with its
    state (_RU_MINISTRY_OF_STATE); None otherwise."""
    runs = NAME_RUN.findall(subject)
    person = resolver.resolve(runs[-1], speaking=False) if runs else None
    if person is None or person.rule != "unlisted name" or person.iso3:
        return None
    earlier = doc.text[:s.start]
    at = earlier.find(runs[-1])
    title = _RU_FIELD_TITLE.search(earlier, max(0, at - _TITLE_BEFORE), at) if at > 0 else None
    if title is None:
        return None
    ministry = re.search(_RU_MINISTRY_OF_STATE.format(field=re.escape(title["field"])), doc.text)
    codes = places.codes_in(ministry["state"]) if ministry else []
    return person._replace(iso3=codes[0]) if len(codes) == 1 else None


# Round 31 (Russian, Azerbaijani, Turkish): one more there, told far after the visit to a forum by the forum named back
# in a case ("Forumun ilk gününe KKTC Cumhurbaşkanı X da katıldı", "Foruma … də iştirak edib"): the forum's first visit's
# place and day, as _also_there reads those told right after a visit. A forum named anew ("… Forumu'na") is another.
_THE_FORUM_BACK = re.compile(r"(?<![\w'’])[Ff]orum(?:un|a|da|də|dan|u)\b(?!['’])")
_CAPITALISED_WORD_END = re.compile(rf"[{CAPITALS}][\w'’-]*\s+$")  # "… Yatırım Forumu": a forum named anew


def _also_at_the_forum(doc: Document, s: Sentence, visits: list[VisitFound], resolver: Resolver,
                       published: date) -> None:
    """_also_there for the first visit told in a sentence naming a forum, when `s` names the forum back (_THE_FORUM_BACK)."""
    back = _THE_FORUM_BACK.search(s.text)
    if back is None or _CAPITALISED_WORD_END.search(s.text, 0, back.start()):
        return
    forum = next((v for v in visits if "forum" in lowered(doc.text[v.span[0]:v.span[1]])), None)
    if forum is not None:
        _also_there(doc, s, forum, resolver, visits, published)


# Round 32 (visits, Russian): the visitor after the visit word in the genitive, by surname or full name, someone the
# table does not know whom the article named in full with a title before ("Председатель Мажилиса … Ерлан Кошанов,
# находящийся с официальным визитом …" … "Визит Кошанова в Бишкек начался в понедельник, 21 сентября"): read back in
# the nominative, he is the one named before, as _surname_told_before reads a surname before the visit word. A name
# right after the visit word and before the place ("в", "во", "на"); "визит Президента …" is _visitors_after's.
_RU_VISIT_OF_NAME = re.compile(r"\b(?i:визит|поездк)[а-яё]*\s+((?:[А-ЯЁ][а-яё-]+\s+)?[А-ЯЁ][а-яё-]{2,})"
                               r"(?=\s+(?:в|во|на)\s)")


def _ru_visit_of_name_told_before(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    """The visitor a Russian sentence names in the genitive right after its visit word (_RU_VISIT_OF_NAME), named in
    full with a title before in the article."""
    m = _RU_VISIT_OF_NAME.search(s.text)
    if m is None:
        return None
    surname = ru_nominative_of_genitive(m[1]).split()[-1]
    return _surname_told_before(doc, s, surname, resolver)


# Round 32 (visits, English): an arrival told with its day and no place, right after a sentence that told the same
# visitor's stay or visit in a place with no day ("Foreign Minister X was in Budapest this week on an official visit,
# …" "X arrived on Wednesday evening and held talks …"): the place and type of the sentence before, read as
# _destination and _type_of read them there. The visitor's surname must be in that sentence: another's stay says
# nothing of his arrival.
_ARRIVED_NO_PLACE = re.compile(r"\barrived\s+(?:on\s+|late\s+|early\s+)?"
                               r"(?:\w+day|yesterday|today|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                               r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s+and\s|[,.;]|$)")


def _arrival_after_the_stay(doc: Document, k: int, published: date, resolver: Resolver,
                            lead_day: date | None) -> VisitFound | None:
    """The visit of one who "arrived on <day>" (_ARRIVED_NO_PLACE) in sentence `k`, to the place the sentence before
    told him in (_place_of_the_stay_before)."""
    s = doc.sentences[k]
    m = _ARRIVED_NO_PLACE.search(s.text)
    if m is None:
        return None
    persons = _persons_in(s.text[:m.start()], resolver)
    days = _days(s, published, lead_day) if len(persons) == 1 else None
    place = _place_of_the_stay_before(doc, k, persons[0]) if days else None
    if place is None:
        return None
    day, end, *_ = days[0]
    kind = _type_of(doc.sentences[k - 1].text, False) or "other"
    return VisitFound(day, end, persons[0], place[0], place[1], kind, (s.start, s.end), min(persons[0].confidence, 0.8))


def _place_of_the_stay_before(doc: Document, k: int, visitor: Person) -> tuple[str, str] | None:
    """(host, city) of the sentence before `k` when it names `visitor` by surname and his stay or visit there."""
    before = doc.sentences[k - 1]
    if not visitor.iso3 or visitor.name.split()[-1] not in before.text or not _VISIT.search(before.text):
        return None
    place = _destination(doc, before, visitor.iso3) or _sentence_place(doc, before, visitor.iso3)
    return place if place and place[0] != visitor.iso3 else None


STAY_BEFORE_SENTENCES = 3  # round 54 (visits): a question may tell where he was a sentence or two before its answer


def _place_of_the_stay_told_before(doc: Document, k: int, visitor: Person) -> tuple[str, str] | None:
    """Round 54 (visits): (host, city) of a visit sentence that names no place (an interview's answer "Minister X paid
    an official visit on 21 and 22 May"), from one of the STAY_BEFORE_SENTENCES before it that names the visitor's
    surname and his stay or visit in another state ("Foreign Minister X was in Ankara last month. What came out of the
    visit?", _place_of_the_stay_before)."""
    return next((place for j in range(k - 1, max(0, k - STAY_BEFORE_SENTENCES) - 1, -1)
                 if (place := _place_of_the_stay_before(doc, j + 1, visitor))), None)


# Round 32 (visits, English and Russian): one more document named right after the counted ones, joined by "and a"/"и":
# "signed three agreements and a memorandum on tourism", "были подписаны три соглашения и меморандум" (four). Only right
# after the count's noun: "…, including an agreement … and a protocol" lists some of those counted. Not a declaration or
# statement, which a report often counts among the documents ("ended with 15 signed documents and a joint declaration").
_EN_AND_ONE_MORE = re.compile(r"\s+and\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|treaty"
                              r"|protocol|road\s?map|plan|programme|program)\b", re.I)
_RU_DECLARED = ("деклараци", "заявлени", "коммюнике")  # the _RU_MORE_DOCUMENTS nouns _one_more_named_after_count passes
_WORD_REST = re.compile(r"\w*")  # the rest of a word a pattern matched the stem of ("соглашени|я")


def _one_more_named_after_count(sentence: str, m: re.Match) -> int:
    """1 when a document is named right after the noun of a count match `m` (_DOCUMENTS: the noun its even group;
    _LOCAL_DOCUMENTS in Russian: the noun's stem at its end), or (English) told signed by others in a clause after
    the count (_EN_WHILE_ONE_SIGNED), else 0."""
    if m.re is _LOCAL_DOCUMENTS:
        at = _WORD_REST.match(sentence, m.end()).end()
        more = _RU_MORE_DOCUMENTS.match(sentence, at) if is_cyrillic(m[0]) else None
        return 1 if more and not any(word in more[0].lower() for word in _RU_DECLARED) else 0
    noun = next((i for i in range(2, m.re.groups + 1, 2) if m[i]), None)
    if noun and _EN_AND_ONE_MORE.match(sentence, m.end(noun)):
        return 1
    if noun and " as well as " in sentence and _EN_AS_WELL_AS_ONE.match(sentence, m.end()):
        return 1  # round 50
    if noun and "along" in sentence and _EN_ALONGSIDE_ONE.match(sentence, m.end()):
        return 1  # round 72 (arrive72)
    return 1 if noun and _EN_WHILE_ONE_SIGNED.search(sentence, m.end(noun)) else 0


# Round 50: one more document told after the count's verb with "as well as" ("four intergovernmental documents were
# signed, as well as a commercial contract between …"): the five
_EN_AS_WELL_AS_ONE = re.compile(r",?\s+as\s+well\s+as\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|treaty"
                                r"|protocol|contract|road\s?map|plan|programme|program)\b", re.I)


# Round 72 (arrive72): one more document told after the count's clause with "alongside" ("Seven agreements were signed
# between … companies at the forum, alongside a memorandum of understanding between the chambers …", dev/1147; "…,
# along with a protocol on …"): that one too
_EN_ALONGSIDE_ONE = re.compile(r"[^;.]{0,120}?,\s+(?:alongside|along\s+with)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:agreement|memorandum|treaty|protocol|contract|road\s?map|plan|programme|program)\b",
                               re.I)


# Round 45: one more document signed by other parties in a clause after the count ("companies signed eleven commercial
# agreements …, while HEPA and the Denizli Chamber of Industry signed a memorandum of understanding on …")
_EN_WHILE_ONE_SIGNED = re.compile(r",\s+(?:while|whereas|and)\s+[^,;.]{1,80}?\s+(?:also\s+)?signed\s+(?:an?|one)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|treaty|protocol|contract|road\s?map)\b")


# Round 57 (visits): a count of others' documents in a "while" clause after the count ("The two sides signed five
# intergovernmental documents, …, while MOL and KazMunayGas concluded two further agreements at the business forum"):
# more, when told "further" (more, additional) or signed at the forum (company deals at the visit's forum count)
_EN_WHILE_MORE_SIGNED = re.compile(r",\s+(?:while|whereas)\s+[^,;.]{1,80}?\s+(?:also\s+)?(?:signed|concluded|inked)\s+"
                                   r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+"
                                   r"(?:(?:further|more|additional|other)\s+"
                                   r"(?:[\w-]+\s+){0,2}?(?:agreements|contracts|deals|memorand\w+|documents)\b"
                                   r"|(?:[\w-]+\s+){0,2}?(?:agreements|contracts|deals|memorand\w+|documents)\b"
                                   r"[^,;.]{0,60}?\bat\s+the\s+(?:[\w-]+\s+){0,3}?forum\b)", re.I)


def _en_while_more_counted(sentence: str, at: int) -> int:
    """The count of _EN_WHILE_MORE_SIGNED after `at` (a count match's end), else 0."""
    more = _EN_WHILE_MORE_SIGNED.search(sentence, at)
    return _en_count_value(more[1]) if more else 0


# Round 42 (visits, Russian): a second count of documents joined by "и" right after the first count's noun: "были
# подписаны три межведомственных меморандума и 19 коммерческих соглашений" is 22 (not "и две стороны договорились", no document)
_RU_AND_COUNTED_MORE = re.compile(r"\s+и\s+(" + _RU_COUNT + r")\s+(?:[а-яё-]+\s+){0,2}?"
                                  r"(?:документ|соглашени|меморандум|договор|контракт)[а-яё]{0,3}(?![а-яё])", re.I)


def _ru_counted_more_after_count(sentence: str, m: re.Match) -> int:
    """The count joined by "и" right after the Russian noun of a count match `m` of _LOCAL_DOCUMENTS, else 0."""
    if m.re is not _LOCAL_DOCUMENTS or not is_cyrillic(m[0]):
        return 0
    more = _RU_AND_COUNTED_MORE.match(sentence, _WORD_REST.match(sentence, m.end()).end())
    return _count_value(more[1]) if more else 0


# Round 33 (visits): one document signed "during his visit" in a sentence after the visit's own (no state named in it):
# "A roadmap on the localization of components was signed during his visit" is the visit's (_one_document_between_the_two)
# Round 76 (firstperson76): the first person's own and the one just told, "During that visit we signed six agreements"
# after the signed author's "I travelled to Astana …" (dev/1198), "during my trip"
_DURING_OWN_VISIT = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:his|her|their|my|our|that)\s+(?:[\w-]+\s+)?"
                               r"(?:visit|trip)\b"
                               # round 44: a delegation's trade mission ("… were signed between companies during the
                               # mission")
                               r"|\b(?:during|in\s+the\s+course\s+of)\s+the\s+(?:trade\s+|business\s+)?mission\b", re.I)


# Round 33 (visits, Azerbaijani): the head of a delegation before "başçılıq/rəhbərlik etdiyi" is in the genitive by the
# grammar, whatever his surname ("Ticarət naziri Ömər Bolatın başçılıq etdiyi nümayəndə heyəti"): after az_nominative's
# certain endings, the genitive ending by vowel harmony (-ın/-in/-un/-ün after a consonant, -nın/… after a vowel)
_AZ_GENITIVE_ENDING = re.compile(r"(?<=[^aeıioöuüəAEIİOÖUÜƏ'’\W])['’]?(?:ın|in|un|ün)$|(?<=[aeıioöuüə])['’]?(?:nın|nin|nun|nün)$")


def _az_head_nominative(name: str, text: str = "") -> str:
    """The head of a delegation named in the genitive (_AZ_HEAD_OF) in the nominative (`text`: the article, whose bare
    mention of the name decides "Turanın" between "Turan" and "Tura", round 81)."""
    nominative = az_nominative(name)
    if nominative != name:
        return nominative
    return (text and az_n_final_genitive_written(name, text)) or _AZ_GENITIVE_ENDING.sub("", name)


# Round 33 (visits, Russian): a delegation as the subject, its head after "во главе с" in the instrumental and no title
# ("Делегация во главе с Микаилом Джаббаровым прилетела в Фергану в среду"): the head is the visitor, read as the article
# named him before with his title ("Министр экономики Азербайджана Микаил Джаббаров привез …"); none without that title
_RU_DELEGATION_SUBJECT_HEAD = re.compile(r"^\s*делегаци\w*\s+(?:[^\s,.;]+\s+){0,3}?во\s+главе\s+со?\s+"
                                         r"(?P<name>[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)\s*$", re.I)


# Round 45: a delegation and its head told after the verb of the visit, as Russian puts the subject after a place and a
# day first ("4 февраля в Ашхабаде побывала делегация Кашкадарьинской области во главе с хокимом Бахтиёром Юсуповым"):
# the subject, up to the clause's end, read as one before the verb is (_named_in_subject).
# (round 74, visits74: an adjective or two before the noun, "В Алматы прибыла деловая делегация Турецкой Республики
# Северного Кипра во главе с министром …", dev/1175, "прибыла официальная правительственная делегация …")
_RU_DELEGATION_AFTER_VERB = re.compile(r"\b(?:побывал|прибыл|прилетел|находил)\w*\s+(?:[а-яё-]+(?:ая|ой|ые|ие)\s+){0,2}"
                                       r"(?P<subject>делегаци\w*\s+"
                                       r"(?:[^\s,.;]+\s+){0,4}?во\s+главе\s+со?\s+[^,.;]+)", re.I)


def _ru_delegation_head_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_DELEGATION_SUBJECT_HEAD.match(subject)):
        return None
    return _titled_where_named_before(doc, s, ru_nominative(m["name"]), resolver)


# Round 33 (visits, English): the visit told as "his/her visit to X" with the visitor named only in the sentence before
# ("Emomali Rahmon does not travel to the EU often. So his official visit to Hungary this week, which began in Budapest
# on Tuesday, …"): the one office holder that sentence names, when this one names no one
_OWN_VISIT_TO = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\b", re.I)


# Round 80 (aghdam80b, _only_the_trip_s_hosts): the only ones the sentence names are of the state "his trip to" goes
# to, who cannot be the "his" ("… after his trip to Azerbaijan on October 20, when he and President Ilham Aliyev opened
# a school in Aghdam", dev/1246): the visitor is still the one named in the sentence before. Anyone else named (another
# state's, or of no state read) may be the "his", and the sentence is left as before.
def _only_the_trip_s_hosts(sentence: str, to_end: int, named: list[Person]) -> bool:
    # the state is the word right after "to" ("his trip to the region" names none)
    host = next((x for x in places.mentions(sentence) if x.start >= to_end), None)
    return host is not None and not host.is_demonym and not sentence[to_end:host.start].strip() \
        and all(p.iso3 == host.iso3 for p in named)


def _possessive_visitor_told_before(doc: Document, k: int, sentence: str, resolver: Resolver) -> Person | None:
    if not (own := _OWN_VISIT_TO.search(sentence)):
        return None
    if (named := _persons_in(sentence, resolver)) and not _only_the_trip_s_hosts(sentence, own.end(), named):
        return None
    before = _persons_in(doc.sentences[k - 1].text, resolver)
    return before[0] if len(before) == 1 else None


# Round 34 (visits, trade and targets): a city of the host names the host for a look back to the visit's first day, as
# its state's name does (the doc's mentions hold no city outside the capitals): "Dün akşam İstanbul'a gelen Kazak bakan
# …" (_earlier_start_told_after).
def _names_host_city(text: str, host: str) -> bool:
    """Does the text name a city of `host` (places.city_in)?"""
    city = places.city_in(text)
    return city is not None and city[0] == host


# Round 34 (visits, trade and targets): a count told "also" after the visit's count adds to it, however far the word stands
# before the count: "Forumda 22 ticari anlaşma imzalandı." … "Forum kapsamında ayrıca iki bakanlık arasında … bir
# mutabakat zaptı imzalandı" (23), Azerbaijani "Bundan əlavə, … iki memorandum imzalanıb", Russian "Кроме того, …
# подписан меморандум"; without the word a smaller count is part of the one told (_part_of_the_told_count).
# Round 44: so does a count businessmen signed, told after the leaders' ("главы государств подписали шестнадцать
# документов" … "Бизнесмены двух стран подписали 27 соглашений": 43), as the deals of a visit's forum count too
_TOLD_AS_MORE = re.compile(r"\b(?:ayrıca|həmçinin|bundan\s+(?:əlavə|başka|başqa)|bunun\s+dışında|кроме\s+того"
                           r"|также\s+был\w*|in\s+addition"
                           r"|yanı\s+sıra|yanaşı"  # round 45: besides (_LOCAL_BESIDES_NAMED)
                           # round 46: "between … too" ("MTSO ile … Ticaret Odası arasında da … bir mutabakat zaptı")
                           r"|arasında\s+d[aeə]"
                           r"|бизнесмены|предприниматели|деловые\s+круги|iş\s+(?:adamları|insanları)|sahibkarlar"
                           # round 47: companies in Azerbaijani and Turkish ("Forum çərçivəsində Azərbaycan və
                           # Macarıstan şirkətləri arasında beş sənəd … imzalanıb" after the commission's protocol)
                           r"|şirkətlər\w{0,2}\s+arasında|şirketler\w{0,2}\s+arasında"
                           # round 46: companies ("На полях форума компании подписали три контракта")
                           r"|компании)\b",
                           re.I)


# Russian documents told as "more" after those the sentence named first ("лидеры одобрили Туркестанскую декларацию и
# подписали ещё пять документов": six): each document named before the count, signed or adopted, counts too.
_RU_DOCUMENT_NAMED = re.compile(r"\b(?:декларацию|соглашение|меморандум|договор|протокол|программу|заявление|коммюнике"
                                r"|дорожную\s+карту|план|устав)\b", re.I)


def _ru_named_before_more(sentence: str, m: re.Match) -> int:
    """The documents the sentence names before a count told with "ещё" (`m`, a _LOCAL_DOCUMENTS match)."""
    return len(_RU_DOCUMENT_NAMED.findall(sentence, 0, m.start()))


# Round 45: a document named as "besides" it before a count not told before ("Protokolün yanı sıra … dört ticari
# anlaşma imzalandı", "Memorandumla yanaşı üç saziş imzalanıb", "Помимо меморандума, подписано три соглашения"): one
# more than the count (with a count told before, "yanı sıra" is _TOLD_AS_MORE's "also").
_LOCAL_BESIDES_NAMED = re.compile(r"\b" + _TA_DOCUMENT_NOUN  # round 49: in the genitive too ("Anlaşması’nın")
                                  + r"(?:['’]n?[ıiuü]n)?\s+(?:yanı\s+sıra|(?:ilə\s+)?yanaşı)\b"
                                  r"|\b(?:помимо|кроме)\s+(?:[а-яё-]+\s+){0,2}?(?:соглашения|меморандума|протокола"
                                  r"|декларации|договора|программы)\b", re.I)


# Round 49: "ещё" between the verb and the count ("На его полях было подписано ещё девять коммерческих соглашений"
# after the commission's six): more than those told before, not a new total
_RU_MORE_IN_COUNT = re.compile(r"^\w+\s+ещ[её]\s", re.I)


# Round 53: a sentence opening on "Ещё" and the count ("Ещё шесть коммерческих соглашений заключили компании двух
# стран на бизнес-форуме" after the leaders' eleven): more than those told before, as "ещё" after the verb is
# (round 69, khujand69: after a live ticker's time stamp that opens the entry, "14:45 Еще два документа … подписаны на
# полях бизнес-форума", dev/1111, the stamp blanked by _without_live_stamp)
_RU_MORE_OPENING = re.compile(r"\s*ещ[её]\s+$", re.I)
MORE_OPENING_REACH = 10  # characters before the count: a time stamp and "Ещё"


def _without_live_stamp(sentence: str) -> str:
    """Round 69 (khujand69): `sentence` with a live ticker's time stamp that opens it (quotes._LIVE_STAMP, "14:45
    Еще два документа …", dev/1111) blanked, the same length: its minutes are no count of documents."""
    m = _LIVE_STAMP.match(sentence)
    return sentence if m is None else " " * m.end() + sentence[m.end():]


def _told_as_more(sentence: str, count_at: int) -> bool:
    """Does the sentence say "also" (_TOLD_AS_MORE) before the count at `count_at`, or open on "Ещё" right before
    it?"""
    return _TOLD_AS_MORE.search(sentence, 0, count_at) is not None \
        or (count_at <= MORE_OPENING_REACH and _RU_MORE_OPENING.match(sentence, 0, count_at) is not None)


# Round 34 (visits, second pass): a Turkish, Azerbaijani or Russian wire's dateline of the place alone, in capitals, and a
# dash ("BAKÜ - Sanayi ve Teknoloji Bakanı … Bakü'ye gelerek …", "ANKARA (AA) – …", "АСТАНА — …"): no comma or day as
# _INLINE_DATELINE needs, yet the newsroom's place all the same; left in the subject it stands for the visitor's state
# (_without_inline_dateline). Capitals of three letters or more, at most three words, then a spaced dash.
# (round 72, events72: a hyphenated name too, "CHOLPON-ATA – …", dev/1150)
_BARE_DATELINE = re.compile(r"^[A-ZА-ЯЁÇĞİÖŞÜƏ]{3,}(?:-[A-ZА-ЯЁÇĞİÖŞÜƏ]{2,})?(?:[ /][A-ZА-ЯЁÇĞİÖŞÜƏ]{3,}){0,2}"
                            r"(?:\s\([\w .-]{2,30}\))?\s(?:--|–|—|-)\s")


# Round 34 (visits, second pass): two titles of one person joined by a dash, the state named before the first ("Qazaxıstanın
# Baş nazirinin müavini - milli iqtisadiyyat naziri Serik Jumanqarin", "Kazakistan Başbakan Yardımcısı - Ulusal Ekonomi
# Bakanı …", "вице-премьер Казахстана — министр национальной экономики …"): the words right before the name hold only
# the second title, so the state is read in the title before the dash (at most _TITLE_WORDS_AT_MOST words of it).
_TITLE_DASH = re.compile(r"\s(?:-|–|—)\s(?=[^-–—]*$)")


def _codes_of_dash_joined_title(before_name: str) -> list[str]:
    """The states named by the title before a spaced dash that ends `before_name` up to its second title; [] when no
    dash stands within the last _TITLE_WORDS_AT_MOST words."""
    if " - " not in before_name and " – " not in before_name and " — " not in before_name:
        return []
    m = _TITLE_DASH.search(before_name)
    if m is None or before_name[m.end():].count(" ") > _TITLE_WORDS_AT_MOST:
        return []
    return places.codes_in(" ".join(before_name[:m.start()].split()[-_TITLE_WORDS_AT_MOST:]))


# Round 43: a title held in a ministry named in the genitive before it, the state in the ministry's name ("Macaristan
# Dışişleri ve Dış Ticaret Bakanlığı'nın Dış Ekonomik İlişkilerden Sorumlu Devlet Sekreteri X", "Qazaxıstan Ticarət
# Nazirliyinin departament direktoru X", "… министерства экономики Казахстана X"): the ministry's state, read in the
# clause holding the title (after its last comma).
_OWNING_MINISTRY = re.compile(r"Bakanlığı['’]?n[ıi]n\b|[Nn]azirliyinin\b|[Мм]инистерства\b")


def _codes_of_owning_ministry(before_name: str) -> list[str]:
    """The states the clause of the title before a name names, when a ministry in the genitive owns the title; []
    otherwise."""
    clause = before_name[before_name.rfind(",") + 1:]
    return places.codes_in(clause) if _OWNING_MINISTRY.search(clause) else []


# Round 34 (visits, second pass): an event held on a day in a place, told first ("Bu gün Almatıda Azərbaycan-Qazaxıstan
# biznes forumu keçirilib", "Dün İstanbul'da Türkiye-Kazakistan İş Forumu düzenlendi"), then the head of one state's
# delegation to it by the Azerbaijani or Turkish verb of heading and no visit word ("Forumda Azərbaycan nümayəndə
# heyətinə iqtisadiyyat naziri X rəhbərlik edib", "Foruma Türkiye heyetine Ticaret Bakanı X başkanlık etti"): the head's
# visit to that place when it is another state's (the Russian form is _ru_delegation_head's), type other.
# Round 41 (Azerbaijani): the other side's head may share the verb, after a comma ("Azərbaycan nümayəndə heyətinə Baş
# nazirin müavini X, Türkiyə tərəfinə isə vitse-prezident Y rəhbərlik edib", "…, Türkiye heyetine ise Z başkanlık etti"):
# his visit when the first side's head is at home ("Bakıda … forumu keçirilib. Forumda Azərbaycan nümayəndə heyətinə X,
# Özbəkistan tərəfinə isə Y rəhbərlik edib": Y's)
_OTHER_SIDE_HEADED = (r"(?:,\s+(?P<state2>[^\W\d_]+)\s+(?:tərəfinə|nümayəndə\s+heyətinə|tarafına|heyetine)\s+(?:isə|ise)\s+"
                      r"(?P<head2>[^,;.]+?))?")
_HEADED_AT_EVENT = re.compile(r"\b(?P<state>[^\W\d_]+)\s+(?:nümayəndə\s+heyətinə|heyetine),?\s+(?P<head>[^,;.]+?)"
                              + _OTHER_SIDE_HEADED + r"\s+"
                              r"(?:rəhbərlik|başçılıq|başkanlık)\s+(?:edib|etdi|etti|ediyor|etmiştir|edirdi)\b", re.I)
_HEADED_AT_EVENT_WORDS = ("heyətinə", "heyetine")  # one is in every _HEADED_AT_EVENT match
# the event the sentence before names: a forum, conference, commission's meeting, exhibition or fair
_EVENT_HELD_STEMS = ("forum", "konfrans", "konferans", "iclas", "toplantı", "sərgi", "sergi", "fuar", "komissiya", "komisyon")


def _delegation_head_at_event(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit of the head of a delegation (_HEADED_AT_EVENT, sentence k) to the event the sentence before tells with
    its day and a place of another state than the delegation's: the first side's head, else the other side's; None
    otherwise."""
    m = _HEADED_AT_EVENT.search(doc.sentences[k].text)
    before = doc.sentences[k - 1]
    if m is None or not any(stem in before.text.lower() for stem in _EVENT_HELD_STEMS):
        return None
    days = _days(before, published, None, local=True)
    if not days:
        return None
    sides = (("state", "head"), ("state2", "head2")) if m["state2"] else (("state", "head"),)
    return next((found for state, head in sides
                 if (found := _side_head_at_event(doc, k, m, state, head, days[0], resolver))), None)


def _side_head_at_event(doc: Document, k: int, m: re.Match, state: str, head: str, day: tuple,
                        resolver: Resolver) -> VisitFound | None:
    """The visit of one side's head (groups `state`, `head` of _HEADED_AT_EVENT match `m`) to the event of the
    sentence before, on `day`, when its place is another state's."""
    iso3 = _state_word(m[state])
    if iso3 is None:
        return None
    # a newcomer's title read from the delegation's state word on ("Türkiyə nümayəndə heyətinə ticarət naziri X"): the
    # title alone would be the outlet's own government's (_outlet_own_state_of_title)
    person = next(iter(_persons_in(m[head], resolver)), None) \
        or _titled_newcomer(doc.sentences[k].text[m.start(state):m.end(head)], resolver)
    if person is None or person.iso3 not in ("", iso3):
        return None
    before = doc.sentences[k - 1]
    place = _sentence_place(doc, before, iso3)
    if not place or not place[1] or place[0] == iso3:
        return None
    return VisitFound(day[0], day[1], person._replace(iso3=iso3), place[0], place[1], "other",
                      (before.start, doc.sentences[k].end), min(person.confidence, 0.7))


# Round 34 (visits, second pass): a Turkish or Azerbaijani outlet names its own state's minister by the bare title, no
# state word ("Sanayi ve Teknoloji Bakanı Mehmet Fatih Kacır, … Bakü'ye gelerek", "Xarici işlər naziri X … Daşkəndə
# gedib"), and another state's with it ("Kazakistan Ticaret Bakanı …", "Qazaxıstanın … naziri"): the subject of a visit
# sentence (_named_in_subject) titled so, of no state word, is Türkiye's after a Turkish "Bakanı", Azerbaijan's after an
# Azerbaijani "naziri" (as _OWN_GOVERNMENT reads a listed minister), so that minister's stay at home ("… salı günü
# Ankara'da bir dizi temasta bulundu") is no visit. Only the subject: a delegation's or a side's head ("Özbəkistan
# tərəfdən isə investisiya naziri X") takes the state the sentence gives it.
_OWN_TITLE_ENDINGS = (("bakanı", "TUR"), ("bakan yardımcısı", "TUR"), ("naziri", "AZE"), ("nazirinin müavini", "AZE"),
                      ("nazir müavini", "AZE"))


def _outlet_own_state_of_title(title: str, before_name: str) -> list[str]:
    """[the outlet's state] when a title ends in its minister's title word (_OWN_TITLE_ENDINGS) and no state is named
    anywhere before the name (a long title may hold it beyond the title's words: "Kazakistan Başbakan Yardımcısı ve
    Ulusal Ekonomi Bakanı …"); [] otherwise."""
    low = title.lower()
    own = next(([iso3] for ending, iso3 in _OWN_TITLE_ENDINGS if low.endswith(ending)), [])
    return own if own and not places.codes_in(before_name) else []


# Round 84 (h2): a state named only in a joint institution's name, the other state before it by a hyphen and the
# institution's own name after it, "Kırgızistan-Türkiye Manas Üniversitesi'ne" (dev/1297), "Azerbaycan-Türkiye
# Üniversitesi", is no mention of that state for _turkish_cypriot_title (its school, not its minister). Read at the end
# of the mention, the hyphen checked there too.
_JOINT_INSTITUTION_NAME = re.compile(r"(?<=[-–]T[üu]rkiye)(?:\s+[A-ZÇĞİÖŞÜ][\w']*){0,3}\s+"
                                     r"(?:Üniversitesi|Universitesi|Vakfı|Enstitüsü|Lisesi|Okulu|Akademisi)")


def _turkish_cypriot_title(doc: Document, visit: VisitFound) -> None:
    """Round 43: Turkish Cypriot outlets write Turkish too, so a bare "Bakanı" read as Türkiye's (_OWN_TITLE_ENDINGS) is
    Northern Cyprus's in an article that names Northern Cyprus and never Türkiye ("Ekonomi ve Enerji Bakanı X … Bakü'ye
    … Azerbaycan–KKTC İş Forumu"): the minister's trade and targets are then Northern Cyprus's, not Türkiye's."""
    if visit.visitor.rule != "unlisted name" or visit.visitor.iso3 != "TUR" or visit.host == "CYN":
        return
    named = {m.iso3 for m in doc.countries.within(0, len(doc.text))
             if not (m.iso3 == "TUR" and _JOINT_INSTITUTION_NAME.match(doc.text, m.end))}
    if "CYN" in named and "TUR" not in named:
        visit.visitor = visit.visitor._replace(iso3="CYN")


def _with_outlet_own_state(person: Person, subject: str) -> Person:
    """A newcomer of no state titled in the subject as the outlet's own minister (_outlet_own_state_of_title) with
    that state; anyone else as he is."""
    at = subject.find(person.name.split()[0]) if not person.iso3 and person.rule == "unlisted name" else -1
    if at < 0:
        return person
    before = subject[:at]
    own = _outlet_own_state_of_title(" ".join(before.split()[-_TITLE_WORDS_AT_MOST:]).rstrip(" ,"), before)
    return person._replace(iso3=own[0]) if own else person


# Round 35 (visits): a visit's span of days told after a day inside it: "Today, on June 16, … received …, who is in
# Bishkek on an official visit on June 15–17" began on the span's first day, not on the day of the meeting told first.
def _span_holding_first(days: list) -> list:
    """`days` with the first span of days (start and end told) that holds the first day put first."""
    first = days[0][0]
    span = next((d for d in days[1:] if d[1] is not None and d[0] <= first <= d[1]), None)
    return days if span is None else [span] + [d for d in days if d is not span]


# Round 35 (visits): a lead tells the visit with no day ("Премьер-министр Казахстана X находится с официальным визитом в
# Туркменистане", "X, resmi ziyaret için geldiği Ankara'da … görüştü") and a sentence or few later its beginning, by
# the visitor's title alone or with no place: "Официальный визит главы казахстанского правительства в Ашхабад начался
# накануне, в среду", "X, dün başlayan resmi ziyareti kapsamında bugün … törenle karşılandı", "The visit of the Prime
# Minister began on Tuesday". That day is the lead visitor's start, in the host's city the lead or the sentence names
# (else its capital). Not when the sentence names someone else, or a place in another state.
_VISIT_BEGUN = re.compile(r"\bвизит\w*\s+(?:[^\s.,;]+\s+){0,6}?начал\w*|\bначавш\w+ся\s+(?:[^\s.,;]+\s+){0,2}визит"
                          r"|\bbaşla(?:yan|nan)\s+(?:\w+\s+){0,2}(?:ziyaret|səfər)|\b(?:ziyaret|səfər)\w*\s+başla\w*"
                          # round 38 (visits A): and the aside "The visit, which began on February 11, …"
                          r"|\bvisit,?\s+(?:[\w-]+\s+){0,8}?(?:began|started)\b", re.I)
_VISIT_BEGUN_WORDS = ("начал", "начавш", "başla", "began", "started")  # one is in every _VISIT_BEGUN match, lowered


def _lead_guest_begun(doc: Document, s: Sentence, visitor: Person | None, place: tuple[str, str] | None,
                      lead_guest: tuple[int, Person, str], resolver: Resolver
                      ) -> tuple[Person, tuple[str, str], bool] | None:
    """(visitor, place, whether its city is the host's capital only for want of a city named) of the dayless lead visit
    when sentence `s` tells that visit began (_VISIT_BEGUN)."""
    k, guest, host = lead_guest
    if not any(word in s.check for word in _VISIT_BEGUN_WORDS) or not _VISIT_BEGUN.search(s.text):
        return None
    if (visitor is not None and visitor.name != guest.name) or (place is not None and place[0] != host):
        return None
    if visitor is None and any(p.name != guest.name for p in _persons_in(s.text, resolver)):
        return None  # another one named ("Визит министра X начался …" of someone else)
    if place is None or not place[1]:
        lead_city = places.city_in(doc.sentences[k].text) or _capital_named(doc, doc.sentences[k], host)
        if not (lead_city and lead_city[0] == host):
            # round 67: the host's capital for want of a city named: the next sentences may name it still
            # (_city_from_next, dev/1097)
            return guest, (host, countries.get(host).capital), True
        place = lead_city
    return guest, place, False


# Round 35 (visits): the event's participants named after the verb, in a Russian relative clause of the event: "В Актау
# в среду прошел … бизнес-форум, в котором приняли участие министр экономики Азербайджана X и министр торговли
# Казахстана Y": the one of them not of the event's state visited it (one only: with several guests, none is read).
# the participants listed, by a comma or "и" before the next one's title or name ("министр торговли и интеграции" is one)
_PARTICIPANTS_SPLIT = re.compile(r",\s+|\s+и\s+(?=(?:министр|президент|премьер|вице|глав|председател|замести|спикер|аким|губернатор|хоким|посол|[А-ЯЁ]))")
_RELATIVE_EVENT_BEFORE = re.compile(r"(?:\bв\s+котор(?:ом|ой|ых)|\bгде)\s+(?:также\s+|тоже\s+)?$", re.I)


def _took_part_after_relative(doc: Document, s: Sentence, m: re.Match, days: list,
                              resolver: Resolver) -> VisitFound | None:
    """The visit of the one guest named after a taking-part verb (`m`) that opens a relative clause of the event."""
    if not _RELATIVE_EVENT_BEFORE.search(s.text, max(0, m.start() - 20), m.start()):
        return None
    place = _event_place(doc, s, "")
    if place is None:
        return None
    guests = [p for part in _PARTICIPANTS_SPLIT.split(s.text[m.end():].strip(" .;"))
              for p in _named_in_subject(part, resolver)[:1] if p.iso3 and p.iso3 != place[0]]
    if len(guests) != 1:
        return None
    day, end, *_ = days[0]
    visit = VisitFound(day, end, guests[0], place[0], place[1], _event_type(s.text, True), (s.start, s.end),
                       min(guests[0].confidence, 0.7))
    return None if _another_time(visit, s.text) else visit


# Round 35 (visits): an arrival for an event told before by its place ("The Kyrgyz–Uzbek interregional forum in Andijan
# last week was …" … "The Kyrgyz delegation, led by X, crossed the Dostuk checkpoint on October 22 for the two-day
# event"): the event's city, named in one of the TOWN_SENTENCES before, is the visit's.
_FOR_THE_EVENT = re.compile(r"\b(?:for|to|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:event|forum|fair|conference|exhibition)\b")


def _event_told_before(doc: Document, k: int, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) of "the event" of sentence k (_FOR_THE_EVENT): the nearest city of the TOWN_SENTENCES before that
    names an event too, of another state than the visitor's; None otherwise."""
    if not _FOR_THE_EVENT.search(doc.sentences[k].text):
        return None
    for before in reversed(doc.sentences[max(0, k - TOWN_SENTENCES):k]):
        if not _LOCAL_EVENT.search(before.text):
            continue
        capital = next(((m.iso3, countries.get(m.iso3).capital) for m in doc.mentions(before) if m.is_capital), None)
        place = places.city_in(before.text) or capital  # a city of places.CITIES, else a capital ("forum in Baku")
        if place and place[0] != visitor_iso3:
            return place
    return None


# Round 35 (visits): a delegation's head told in an aside between commas, its state by the adjective before it: "The
# Kyrgyz delegation, led by Deputy Chairman of the Cabinet of Ministers X, crossed the Dostuk checkpoint on October 22"
# (the whole aside is the head's title and name; _DELEGATION_LED_BY reads none across the comma)
# Round 44: up to two lower-case words may tell the delegation's kind between ("The Turkish business delegation, led
# by …, arrived", "trade delegation").
_DELEGATION_ASIDE_LED_BY = re.compile(r"\b(?P<of>[A-Z][\w-]+)\s+(?:[a-z][\w-]+\s+){0,2}?delegation,\s+"
                                      r"(?:led|headed)\s+by\s+(?P<head>[^,;.]{4,90}),")


def _delegation_aside_led_by(sentence: str, resolver: Resolver) -> Person | None:
    """The head named in a "<Demonym> delegation, led by <title and name>," aside, of the demonym's state."""
    m = _DELEGATION_ASIDE_LED_BY.search(sentence)
    head = resolver.resolve(m["head"], speaking=False) if m else None
    if head is None or head.rule == "anaphor":
        return None
    codes = places.codes_in(m["of"])
    iso3 = head.iso3 or (codes[0] if len(codes) == 1 else "")
    return head._replace(iso3=iso3) if iso3 else None


# Round 51: the delegation told by where it is from, its head in the aside ("A delegation from Samarkand, led by khokim
# X, arrived", "A delegation of Uzbekistan's Samarkand region, headed by …,"): the state the words name, or the state of
# the one city they name when they name none
_DELEGATION_FROM_ASIDE_LED_BY = re.compile(r"\bdelegation\s+(?:from|of)\s+(?P<of>[^,;.]{3,60}),\s+"
                                           r"(?:led|headed)\s+by\s+(?P<head>[^,;.]{4,90}),")


def _delegation_from_aside_led_by(sentence: str, resolver: Resolver) -> Person | None:
    """The head named in a "delegation from <place>, led by <title and name>," aside, of the place's state."""
    m = _DELEGATION_FROM_ASIDE_LED_BY.search(sentence)
    head = resolver.resolve(m["head"], speaking=False) if m else None
    if head is None or head.rule == "anaphor":
        return None
    codes = places.codes_in(m["of"]) or [city[0] for city in [places.city_in(m["of"])] if city]
    iso3 = head.iso3 or (codes[0] if len(set(codes)) == 1 else "")
    return head._replace(iso3=iso3) if iso3 else None


# Round 37 (visits B): a title may hold a bracketed aside that explains it ("Председатель Маджлиси намояндагон
# (нижней палаты) Маджлиси Оли Таджикистана Махмадтоир Зокирзода прибыл …", "Milli Məclisin (parlamentin) sədri"):
# the aside is no word of the title, so the office word before it is still within _TITLE_WORDS_AT_MOST of the name.
_BRACKET_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")


def _without_bracket_asides(text: str) -> str:
    """`text` without its short bracketed asides (_BRACKET_ASIDE); the text itself when it holds no bracket."""
    return _BRACKET_ASIDE.sub("", text) if "(" in text else text


# Round 37 (visits B): a lead tells the visit with no day ("Ekonomi Bakanı X, iki günlük temaslar için Bakü'ye gitti") and
# a later sentence, its subject the lead visitor's surname, the event he took part in on a day, in the host's city or
# capital ("Bakan X, dün Bakü'de düzenlenen İş Forumu'na katıldı", "Nazir X mayın 14-də Bakıda keçirilən forumda iştirak
# edib", "X 14 мая принял участие в форуме в Баку"): that day is the visit's, the place the one named (the host's).
# Round 86 (n5): or met the host's party there, told in the reported past too ("Fidan, 12.11.2026 tarihinde Oş'ta
# mevkidaşı X ile bir araya gelmiş, …" after the lead's "geçen hafta Oş kentine yaptığı ziyaret", dev/1321)
_ATTENDED = re.compile(r"\b(?:katıldı|iştirak\s+(?:edib|etdi)|принял[аи]?\s+участие"
                       r"|ile\s+(?:bir\s+araya\s+gel(?:di|miş|mişti)|görüş(?:tü|müş|müştü)))\b", re.I)
# one is in every _ATTENDED match
_ATTENDED_WORDS = tuple(lowered(w) for w in ("katıldı", "iştirak", "участие", "araya gel", "görüş"))


# Round 55: the lead's dayless visit ("Bakanımız X Y, Macaristan'a gerçekleştirdiği ziyaret kapsamında Budapeşte'de …
# bir araya geldi"), its days and type told by a later sentence opening on them, of the talks held as a typed visit
# ("14-15 Ekim tarihlerinde çalışma ziyareti olarak gerçekleştirilen temaslarda …"): no one else's visit (no other
# visitor named, no third state), in the lead's city of the host, else its capital
_TYPED_ON_DAYS_WORDS = ("ziyaret", "səfər", "визит")


def _lead_guest_typed_days(doc: Document, s: Sentence, published: date, lead_guest: tuple[int, Person, str],
                           resolver: Resolver) -> VisitFound | None:
    low = lowered(s.text)
    if not any(w in low for w in _TYPED_ON_DAYS_WORDS) or (kind := _type_of(s.text, True)) not in _TYPED_VISITS:
        return None
    k, visitor, host = lead_guest
    days = _days(s, published, None, True)
    if not days or days[0][2] != 0 or _local_visitors(s.text, resolver) \
            or any(m.iso3 not in (host, visitor.iso3) for m in doc.mentions(s)):
        return None
    lead = doc.sentences[k].text
    city = places.city_in(lead)
    day, end, *_ = days[0]
    return VisitFound(day, end, visitor, host, city[1] if city and city[0] == host else countries.get(host).capital,
                      kind, (s.start, s.end), min(visitor.confidence, 0.8))


_TYPED_VISITS = ("state", "official", "working")


def _lead_guest_attended(doc: Document, s: Sentence, published: date, lead_guest: tuple[int, Person, str],
                         visits: list[VisitFound]) -> VisitFound | None:
    """The lead's dayless visit, dated by a later sentence in which the lead visitor (by surname) took part in an event
    (_ATTENDED) on a day, in a place of the host's (its city, else its capital) or with no place named. None when a
    visit of his is told already (the lead's day was read after all)."""
    if not any(w in s.check for w in _ATTENDED_WORDS) or not (m := _ATTENDED.search(s.text)):
        return None
    k, visitor, host = lead_guest
    if any(v.visitor.name == visitor.name for v in visits):
        return None
    clause = s.text[:m.start()].split(",", 1)[0]
    # a Russian subject names him in Cyrillic ("Норкулов 14 мая принял участие …"), the visitor romanised
    if visitor.name.split()[-1] not in (romanize(clause) if is_cyrillic(clause) else clause):
        return None
    if any(x.iso3 != host for x in doc.mentions(s) if x.is_capital):
        return None  # a capital of another state: an event somewhere else
    days = _days(s, published, None, True)
    if not days:
        return None
    city = places.city_in(s.text)
    if city and city[0] != host:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, _guest_of_the_event_pair(doc, s, visitor, host), host,
                      city[1] if city else countries.get(host).capital,
                      _type_of(doc.sentences[k].text, True) or "other", (s.start, s.end), min(visitor.confidence, 0.8))


def _guest_of_the_event_pair(doc: Document, s: Sentence, visitor: Person, host: str) -> Person:
    """A visitor the table does not know, of the one state other than the host that the event's sentence names ("X,
    dün Bakü'de düzenlenen KKTC-Azerbaycan İş Forumu'na katıldı": the forum is of his state and the host's), not of
    the state his country was guessed as (the outlet's own); `visitor` as he is otherwise."""
    if visitor.rule != "unlisted name":
        return visitor
    others = {x.iso3 for x in doc.mentions(s) if x.iso3 != host}
    if len(others) != 1 or visitor.iso3 in others:
        return visitor
    return Person(visitor.name, visitor.role, others.pop(), visitor.confidence, visitor.rule)


# Round 37 (visits A): English documents counts the forms before read none of.
# (a) protocols, road maps and programmes counted ("The two sides signed two protocols, on irrigation and on animal
# health", "three road maps were signed"): _DOCUMENTS counts documents, agreements, memorandums, treaties and deals only.
_EN_COUNTED_OTHER_NOUNS = r"(?:protocols|road\s?maps|programmes|programs)"
_EN_COUNTED_PROTOCOLS = re.compile(r"\b(?:signed|inked)\s+(?:a\s+total\s+of\s+)?(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+"
                                   r"(?:[\w-]+\s+){0,2}?" + _EN_COUNTED_OTHER_NOUNS + r"\b"
                                   r"|\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?" + _EN_COUNTED_OTHER_NOUNS
                                   + r"\b[^.;]{0,80}?\s(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?signed\b", re.I)
# (b) "No other documents were signed" after the one named before ("The two ministers signed a programme of cooperation.
# No other documents were signed"): one, not the none _NO_DOCUMENTS reads ("other" says one was signed).
_NO_OTHER_DOCUMENTS = re.compile(r"\bno\s+other\s+(?:[\w-]+\s+)?(?:documents?|agreements?)\s+(?:was|were|has\s+been|have\s+been"
                                 r"|had\s+been)\s+(?:\w+\s+)?signed\b", re.I)
# (c) a document told as the second (third) of the visit ("A second document, a plan of joint events for 2025-2026,
# was also adopted"): the ordinal is the count so far, when none was counted before or one less (round 29's
# _EN_ORDINAL_DOCUMENT reads "signed" only, and only after a count).
_EN_ORDINAL_DOCUMENT_TOLD = re.compile(r"\b[Aa]\s+(second|third|fourth)\s+(?:document|agreement|memorandum|protocol)\b"
                                       r"[^.;]{0,120}?\b(?:was|has\s+been)\s+(?:also\s+)?(?:signed|adopted|approved)\b")


def _en_documents_told_otherwise(visit: VisitFound, sentence: str, offset: int, counted: bool) -> None:
    """The round-37 English counts (a)-(c) above, each behind a cheap word check."""
    if not counted and not visit.documents_said and ("protocols" in sentence or "maps" in sentence
                                                      or "programs" in sentence or "programmes" in sentence):
        if m := _EN_COUNTED_PROTOCOLS.search(sentence):
            visit.documents_said, visit.documents = True, _en_count_value(m[1] or m[2])
            visit.extra_spans.append((offset + m.start(), offset + m.end()))
    if visit.documents_said and visit.documents == 0 and "other " in sentence and _NO_OTHER_DOCUMENTS.search(sentence):
        visit.documents = 1
    if ("second " in sentence or "third " in sentence or "fourth " in sentence) and (m := _EN_ORDINAL_DOCUMENT_TOLD.search(sentence)) \
            and (not visit.documents_said or _EN_ORDINALS[m[1]] == visit.documents + 1):
        visit.documents_said, visit.documents = True, _EN_ORDINALS[m[1]]  # the ordinal says the ones before were signed
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    if " and " in sentence and "signed" in sentence:
        _en_counts_joined(visit, sentence, offset)


# (d) two counts joined by "and" ("Two intergovernmental agreements and three memorandums were signed": five) and (e)
# one document named and a count after it ("the prime ministers signed a road map and two protocols": three); the
# earlier rules read the first count only, or none. Not over a different count told before (another rule's total).
_EN_COUNT = r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")"
_EN_COUNTED_NOUNS = r"(?:documents|agreements|memorand\w+|treaties|deals|protocols|road\s?maps|programmes|programs|declarations)"
_EN_TWO_COUNTS = re.compile(r"\b" + _EN_COUNT + r"\s+(?:[\w-]+\s+){0,2}?" + _EN_COUNTED_NOUNS + r"\s+and\s+" + _EN_COUNT
                            + r"\s+(?:[\w-]+\s+){0,2}?" + _EN_COUNTED_NOUNS + r"\b", re.I)
_EN_ONE_AND_COUNT = re.compile(r"\bsigned\s+an?\s+(?:[\w-]+\s+){0,3}?(?:" + _DOCUMENT_NOUN + r"|plan|programme|program)\b"
                               r"[^.;,]{0,60}?\s+and\s+" + _EN_COUNT + r"\s+(?:[\w-]+\s+){0,2}?" + _EN_COUNTED_NOUNS + r"\b", re.I)


# Round 67 (visits67): a count of documents signed the day before, in a clause of "a day after" after the count ("…
# companies … signed 14 agreements, a day after he and the prime minister oversaw the signing of nine
# intergovernmental documents", dev/1094): both signings are the visit's, so more. Only a day's distance (the visit's
# own days), not "a year after", another visit's.
_EN_DAY_AFTER_MORE_SIGNED = re.compile(r",\s+(?:a|one|the)\s+day\s+after\s+[^,;.]{1,80}?\b"
                                       r"(?:signed|concluded|inked|(?:oversaw|witnessed|attended)\s+the\s+signing\s+of)"
                                       r"\s+" + _EN_COUNT + r"\s+(?:[\w-]+\s+){0,2}?" + _EN_COUNTED_NOUNS, re.I)


def _en_day_after_more_counted(sentence: str, at: int) -> int:
    """The count of _EN_DAY_AFTER_MORE_SIGNED after `at` (a count match's end), else 0."""
    more = _EN_DAY_AFTER_MORE_SIGNED.search(sentence, at) if " day after " in sentence else None
    return _en_count_value(more[1]) if more else 0


def _en_counts_joined(visit: VisitFound, sentence: str, offset: int) -> None:
    if m := _EN_TWO_COUNTS.search(sentence):
        first, second = _en_count_value(m[1]), _en_count_value(m[2])
        total = first + second
    elif m := _EN_ONE_AND_COUNT.search(sentence):
        first = second = _en_count_value(m[1])
        total = first + 1
    else:
        return
    if visit.documents_said and visit.documents not in (None, first, second):
        return
    visit.documents_said, visit.documents = True, total
    visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 37 (visits A): the visitor named before his title in an aside, then the clause of his arrival ("… welcomed
# Nurlanbek Turgunbek uulu, the Speaker of the Jogorku Kenesh of the Kyrgyz Republic, who arrived in the Hungarian
# capital on Monday"): the name, with a Kyrgyz "uulu"/"kyzy" that ends it; not the state the title names ("Kyrgyz
# Republic", which the cues took as the visitor). _NAMED_BEFORE_WHO_CAME needs the name right before ", who".
_TITLED_BEFORE_WHO_CAME = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,4}}(?:\s+(?:uulu|kyzy))?),"
                                     r"\s+(?:the|a)\s+[^,;.]{3,120}?,\s+who\s+(?:has\s+|had\s+)?(?:arrived\s+(?:in|on)"
                                     r"|travell?ed\s+to|flew\s+(?:in)?to|came\s+to|(?:is|was)\s+(?:visiting|on\s+an?\s+"
                                     r"(?:official|working|state)\s+visit))\b")


def _titled_before_who_came(sentence: str, resolver: Resolver) -> Person | None:
    m = _TITLED_BEFORE_WHO_CAME.search(sentence)
    return resolver.resolve(m["name"], speaking=False) if m else None


# Round 38 (visits A): an English visit sentence with no day, one visitor and one other state named ("Last week
# Tajikistan's foreign minister, X, spent two days in Tashkent."), then the visit's first day told right after with no
# visitor or place: "The visit, which began on February 11, …" (_VISIT_BEGUN, read by _lead_guest_begun as for a
# Russian, Azerbaijani or Turkish lead, but anywhere in the article and for the next sentence or two only).
EN_GUEST_SENTENCES = 2


# Round 46: the visitor told by a pronoun, the subject of the sentence before naming him and no one else ("Kemal
# Yazıcıoğlu chairs the Türkiye–Uzbekistan Business Council. Earlier this month he led a delegation of 34 Turkish
# companies to Namangan, where on February 5 …"): only "he"/"she" (after a time adverbial at most) before the visit
# word, and only when the sentence before opens with the name (a title before it), the one person it names.
_PRONOUN_SUBJECT = re.compile(r"(?:(?:[A-Za-z]+|\d{1,2}),?\s+){1,4}?(?:he|she)|He|She")


# Round 86 (w1, profile_subject): in a profile, "he"/"she" or a bare title as the subject of the visit verb ("In the
# ten weeks before our conversation, the Kyrgyz diplomat had visited Budapest on 3 March", "A week later, on 21 April,
# he had flown to Tashkent", dev/1312), after at most an opening phrase and its comma: the one person the headline and
# lead name in full (quotes._lead_s_one_person), whom the profile goes on calling so
_PROFILE_SUBJECT = re.compile(r"(?:[A-Z][^.;:“”\"]{0,60},\s+)?(?:[Hh]e|[Ss]he|[Tt]he\s+(?:[A-Z][a-z]+\s+)?"
                              r"(?:diplomat|envoy|minister|secretary[\s-]general|official|politician|statesman))")


def _profile_s_one_person(doc: Document, k: int, subject: str, resolver: Resolver) -> Person | None:
    """The one person named in full in the headline and the lead before sentence k (_PROFILE_SUBJECT), the headline
    naming him (a profile's); None when they name no one or two people, or the headline no one, or the subject is "he"
    right after a sentence opening with another's full name."""
    s = doc.sentences[k]
    paras = paragraphs(doc.text)
    if len(paras) < 2 or paras[1][1] > s.start:
        return None
    name = _lead_s_one_person(doc.text, paras, s.start, resolver)
    if name is None or name not in doc.text[paras[0][0]:paras[0][1]]:
        return None
    before = doc.sentences[k - 1].text
    if subject.endswith(("he", "He")) and (runs := NAME_RUN.findall(before)) and before.startswith(runs[0]) \
            and " " in runs[0] and (other := resolver.resolve(runs[0], speaking=False)) and other.name != name:
        return None  # "he" right after a sentence opening with another's full name is his (as in
        # _pronoun_of_the_subject_before)
    person = resolver.resolve(name, speaking=False)
    return person if person is not None and person.rule in ("name", "office", "unlisted name") else None


def _pronoun_of_the_subject_before(doc: Document, k: int, resolver: Resolver) -> Person | None:
    before = doc.sentences[k - 1].text
    runs = NAME_RUN.findall(before)
    if not runs or not before.startswith(runs[0]):
        return None
    person = resolver.resolve(runs[0], speaking=False)
    if person is None or person.rule not in ("name", "office", "unlisted name") or " " not in person.name:
        return None
    others = [p for p in _persons_in(before, resolver) if p.name != person.name]
    return None if others else person


def _en_dayless_visit(doc: Document, k: int, resolver: Resolver) -> tuple[int, Person, str] | None:
    """(sentence, visitor, host) of English visit sentence k with one visitor and one state other than his named."""
    s = doc.sentences[k]
    if not (m := _VISIT.search(s.text)) or len(persons := _visitors(s.text, resolver)) != 1:
        return None
    if not persons[0].iso3:  # round 43: a visitor of no known state ("our minister", a businessman): the place right
        # after the visit word tells the host ("came to Almaty", "during his visit to Baku")
        after = s.text[m.end():]
        city = places.city_in(after)
        capital = next((x for x in doc.mentions(s) if x.is_capital and x.start >= s.start + m.end()), None)
        if city and (capital is None or places.city_start(after) < capital.start - s.start - m.end()):
            return k, persons[0], city[0]
        return (k, persons[0], capital.iso3) if capital else None
    hosts = {m.iso3 for m in doc.mentions(s)} - {persons[0].iso3}
    return (k, persons[0], hosts.pop()) if len(hosts) == 1 else None


# Round 43: the dayless visit dated a few sentences later by a pronoun for its visitor, with no place of another state:
# his arrival ("In April our Minister …, X, came to Almaty for the meeting of the commission. He arrived on 16 April,
# and …") or the report's meeting him ("Azeri Observer spoke to X … during his visit to Baku …" … "We met him on
# Thursday in Baku, on the sidelines of …"). The day is the visit's first, in the city the visit sentence named (else
# the host's capital); only when the visitor is the last one named before (the pronoun is his).
# Round 43 (second wave): flying in is arriving ("He flew in on 16 April", "She flew into Baku late on Monday", "He
# touched down in Astana on …"), and the place may be told, the host's ("He landed in Baku …"), and where he came from,
# his own state's ("He flew in from Tashkent on Monday"); not arriving back (home)
EN_GUEST_PRONOUN_SENTENCES = 4
# round 46: an interview's answer opens with its label ("A: He arrived in Budapest on 3 November …")
_QA_LABEL = re.compile(r"^[A-Z]:\s+")
_EN_PRONOUN_DATED = re.compile(r"^(?:(?:He|She)\s+(?:arrived|landed|touched\s+down|flew\s+in|got\s+in"
                               r"|flew\s+(?=(?:in)?to\b))\b(?!\s+back\b)"
                               r"|(?:We|I)\s+(?:met|interviewed|(?:spoke|talked)\s+(?:to|with))\s+(?:him|her)\b)")


def _en_guest_dated_by_pronoun(doc: Document, k: int, published: date, en_guest: tuple[int, Person, str],
                               resolver: Resolver) -> VisitFound | None:
    s = doc.sentences[k]
    if not _EN_PRONOUN_DATED.match(_QA_LABEL.sub("", s.text, 1)) or _FUTURE.search(s.text) \
            or not (days := _days(s, published, None)):
        return None
    guest_k, visitor, host = en_guest
    told_here = places.city_in(s.text)
    if any(x.iso3 != host and not _from_home(doc.text, x.start, x.iso3, visitor) for x in doc.mentions(s)) \
            or (told_here and told_here[0] != host and not _from_home(s.text, places.city_start(s.text), told_here[0],
                                                                      visitor)):
        return None  # a place of another state: not the visit told
    lead = doc.sentences[guest_k]
    between = doc.text[lead.start:s.start]
    told = between.rfind(visitor.name.split()[-1])
    if told < 0 or any(_BARE_NAME.fullmatch(name) and (other := resolver.resolve(name, speaking=False))
                       and other.name != visitor.name for name in _BARE_NAME.findall(between, told)):
        return None  # someone else named after him: the pronoun may be that one's
    city = (told_here if told_here and told_here[0] == host else None) \
        or _capital_named(doc, s, host) or places.city_in(lead.text) or _capital_named(doc, lead, host)
    place = city if city and city[0] == host else (host, countries.get(host).capital)
    day, end, *_ = days[0]
    return VisitFound(day, end, visitor, place[0], place[1], _type_of(lead.text, False) or "other", (s.start, s.end),
                      min(visitor.confidence, 0.7))


# Round 56 (visits B): the same in Russian: a dayless sentence naming a visit of someone to a place of another state,
# the visitor in the genitive after the visit word (_visitors_after: "Главным событием лета стал рабочий визит
# премьер-министра Азербайджана Али Асадова в Астану"), then its day told by "он"/"она" arriving, the sentence right
# after or the next but one ("Он прилетел 13 августа и в тот же день провёл переговоры …"; an interview's answer may
# open on its dash): his visit, in the city the visit sentence named (else the host's capital), of the type it said.
# Only when no one else is named between (the pronoun is his) and the arrival names no place of another state (but where
# he flew in from: "Он прилетел 14 апреля из Анкары").
RU_GUEST_PRONOUN_SENTENCES = 2
_RU_PRONOUN_ARRIVED = re.compile(r"^(?:[-–—]\s*)?(?:Он|Она)\s+(?:(?:уже|же|тогда|затем|вчера)\s+)?"
                                 r"(?:прилетел|прибыл|приехал|прибывал)а?\b")


def _ru_guest_dated_by_pronoun(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    s = doc.sentences[k]
    if _LOCAL_NOT_VISIT.search(s.text) or not (days := _days(s, published, None, True)):
        return None
    for guest_k in range(k - 1, max(-1, k - 1 - RU_GUEST_PRONOUN_SENTENCES), -1):
        lead = doc.sentences[guest_k]
        if "визит" not in lead.text or _dates(lead, published, True) or _LOCAL_NOT_VISIT.search(lead.text):
            continue
        persons = _visitors_after(lead.text, resolver)
        if len(persons) != 1 or not persons[0].iso3:
            return None
        visitor = persons[0]
        hosts = {x.iso3 for x in doc.mentions(lead)} - {visitor.iso3}
        if len(hosts) != 1:
            return None
        host = hosts.pop()
        between = doc.text[lead.end:s.start]
        if any(x.iso3 != host and doc.text[max(0, x.start - 3):x.start] != "из " for x in doc.mentions(s)) \
                or any(p.name != visitor.name for p in _persons_in(between, resolver)):
            return None  # a place of another state, or someone else named after him: the pronoun may be that one's
        city = _capital_named(doc, s, host) or places.city_in(lead.text) or _capital_named(doc, lead, host)
        place = city if city and city[0] == host else (host, countries.get(host).capital)
        day, end, *_ = days[0]
        return VisitFound(day, end, visitor, place[0], place[1], _type_of(lead.text, True) or "other",
                          (s.start, s.end), min(visitor.confidence, 0.7))
    return None


# Round 48: an arrival whose subject is a bare title ("The minister arrived on 8 July to co-chair …", an interview's
# answer "A: The minister …"), after a sentence that names someone with that title coming to a place of another state
# ("Q: After President X's state visit in May, Foreign Minister Péter Szijjártó came to Baku in July."): his visit,
# there (a place told in the arrival's own sentence first); the nearest sentence naming one so titled decides, and
# only when it names one so titled
_EN_TITLE_ARRIVED = re.compile(r"^(?:[A-Z]:\s+)?The\s+(?:(?P<title>minister|president|prime\s+minister|premier|speaker"
                               r"|ambassador|governor|mayor|chairman|chairwoman|deputy\s+prime\s+minister)"
                               # round 82 (s3): the head of a cabinet or government ("The head of the Cabinet arrived
                               # in Ashgabat yesterday evening", dev/1270; _visitors_title_arrived)
                               r"|head\s+of\s+the\s+(?P<body>[Cc]abinet|[Gg]overnment))\s+"
                               r"(?:arrived|landed|touched\s+down|flew\s+in|came)\b(?!\s+back\b)")
EN_TITLE_BEFORE_SENTENCES = 4


def _en_title_dated_after_named(doc: Document, k: int, resolver: Resolver) -> tuple[Person, tuple[str, str]] | None:
    """(visitor, (host, city)) of an _EN_TITLE_ARRIVED sentence k; None when no sentence before names one so titled
    and the place he came to, or names two so titled."""
    s = doc.sentences[k]
    if not (m := _EN_TITLE_ARRIVED.match(s.text)) or not m["title"] or _FUTURE.search(s.text):
        return None
    title = " ".join(m["title"].lower().split())
    for j in range(k - 1, max(k - 1 - EN_TITLE_BEFORE_SENTENCES, -1), -1):
        before = doc.sentences[j].text
        titled = [(p, at) for p in _persons_in(before, resolver) if (at := _name_at(before, p.name)) >= 0
                  and title in before[max(0, at - _OFFICE_BEFORE_NAME):at].lower()]
        if not titled:
            continue
        if len(titled) > 1:
            return None
        person, at = titled[0]
        after = before[at:]
        told = _event_place(doc, s, person.iso3)
        city = places.city_in(after)
        capital = next((x for x in doc.mentions(doc.sentences[j]) if x.is_capital and x.iso3 != person.iso3
                        and x.start >= doc.sentences[j].start + at), None)
        place = told or (city if city and city[0] != person.iso3 else None) \
            or ((capital.iso3, countries.get(capital.iso3).capital) if capital else None)
        return (person, place) if place else None
    return None


def _en_titled_arrival(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    """The visit of an _EN_TITLE_ARRIVED sentence k with a day of its own and no visit word the visit sentences read
    ("The minister arrived on 8 July to co-chair …"): _en_title_dated_after_named's visitor and place."""
    s = doc.sentences[k]
    if not (days := _days(s, published, None)) or not (titled := _en_title_dated_after_named(doc, k, resolver)):
        return None
    (visitor, (host, city)), (day, end, *_) = titled, days[0]
    return VisitFound(day, end, visitor, host, city, _type_of(s.text, False) or "other", (s.start, s.end),
                      min(visitor.confidence, 0.7))


# Round 53: flying in from a place is coming from it ("Szijjártó, who flew in from Budapest early on Tuesday morning,
# held talks …"): the visitor's own state's place so told is no destination (the dateline's place is)
_FLEW_IN_FROM = re.compile(r"\b(?:flew|flown|came|jetted)\s+in\s+from\s+[A-Z]")


def _from_home(text: str, at: int, iso3: str, visitor: Person) -> bool:
    """Is the place at text[at] one of the visitor's own state, told as where he came from ("flew in from Tashkent")?"""
    return bool(visitor.iso3) and iso3 == visitor.iso3 and text[max(0, at - 5):at] == "from "


# Round 43: an English sentence of coming to open or attend an event (_TO_AN_EVENT) that names no day and no place of
# its own, after a sentence that names a day and a city or capital of a state this one names ("The conference hall of
# the Silk Road Samarkand complex was decorated with Hungarian and Uzbek flags … on Tuesday …" "X, Hungary's minister
# …, had come with … to open the Hungarian-Uzbek business forum"): the event was there, on that day.
_CAME_TO_AN_EVENT = re.compile(r"\b(?:came|come)\s+(?:with\s+[^.;]{1,160}?\s+)?to\s+" + _TO_AN_EVENT)


def _came_to_the_event_before(doc: Document, k: int, published: date) -> tuple[list, tuple[str, str]] | None:
    s, before = doc.sentences[k], doc.sentences[k - 1]
    if not _CAME_TO_AN_EVENT.search(s.text) or places.city_in(s.text) or any(x.is_capital for x in doc.mentions(s)):
        return None
    named = {x.iso3 for x in doc.mentions(s)}
    city = places.city_in(before.text)
    if city is None and len(capitals := {x.iso3 for x in doc.mentions(before) if x.is_capital}) == 1:
        iso3 = capitals.pop()
        city = iso3, countries.get(iso3).capital
    if city is None or city[0] not in named or not (days := _days(before, published, None)):
        return None
    return [(d[0], d[1], 0, 0) for d in days[:1]], city


# Round 38 (visits A): an English visit sentence with no day whose subject the sentence before named, with a day and a
# place of the state this one names: "… Uraloğlu has agreed …, following talks in Ashgabat on October 6-7." "Uraloğlu,
# who was on an official visit to Turkmenistan, was received by …": the day before is the visit's (the place told
# before is in the host, and the one named there is the visitor). Not when the subject is not named before.
_EN_SUBJECT_WORD = re.compile(rf"^(?:[A-Z][\w.]*\s+){{0,4}}?([{CAPITALS}][^\W\d_]{{2,}})(?:'s|’s)?,?\s+(?:who\s|was\s|is\s|has\s|had\s)")


def _en_day_of_the_host_place_before(doc: Document, k: int, published: date) -> list:
    """The first day of sentence k-1 when it names the subject of English visit sentence k and a capital or city of a
    state sentence k names; [] otherwise."""
    s, before = doc.sentences[k], doc.sentences[k - 1]
    if not (m := _EN_SUBJECT_WORD.match(s.text)) or m[1] not in before.text:
        return []
    told = {x.iso3 for x in doc.mentions(before) if x.is_capital}
    if city := places.city_in(before.text):
        told.add(city[0])
    if not told & {x.iso3 for x in doc.mentions(s)}:
        return []
    return [(d[0], d[1], 0, 0) for d in _days(before, published, None)[:1]]


# Round 38 (visits A): an arrival in a region the tables do not know ("…, who arrived in the Sughd region on Thursday
# morning"), right after an event told in one of its cities ("The … Business Forum … took place in Khujand on 11 June"):
# that city, of another state than the visitor's (a region is no place the visit can be filed under by itself).
_IN_THE_REGION = re.compile(r"\b(?:arrived|landed|travell?ed|flew|came)\s+(?:in|to|into)\s+the\s+(?:[A-Z][\w'’-]+\s+){1,2}region\b")


def _city_of_the_region_told_before(doc: Document, k: int, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) of the event city named in one of the TOWN_SENTENCES before an arrival "in the X region"."""
    if not _IN_THE_REGION.search(doc.sentences[k].text):
        return None
    for before in reversed(doc.sentences[max(0, k - TOWN_SENTENCES):k]):
        if not _LOCAL_EVENT.search(before.text):
            continue
        place = places.city_in(before.text)
        if place and place[0] != visitor_iso3:
            return place
    return None


# Round 38 (visits A): an English count told as more than what was signed before: "In addition, eight agreements were
# signed" after "The presidents signed a joint declaration" (nine), "Besides, …", "another 12 documents", "a further 16
# documents were signed by ministers" (over a count told before, or over one named in the same sentence before it:
# "The presidents signed the Treaty on …, and a further 16 documents were signed": seventeen). An adverb over the same
# count as told is the count told again; "also" is too often a retelling to read as more.
_EN_MORE_ADVERB = re.compile(r"\b(?:in\s+addition|besides|additionally|moreover)\b", re.I)
# Round 82 (s2, firms after ministers): a count told signed by the ministers ("… at the meeting of the Supreme
# Interstate Council … our ministers signed 11 documents …"), then the companies' deals of the visit's forum ("…
# companies of our two countries signed five commercial agreements …", dev/1266): the council's documents are the
# governments', none of the firms' deals, so these add to the count, not fall within it (as _part_of_the_told_count
# reads a smaller count told after). Only the ministers' count told as a council's or commission's meeting's: "The
# ministers signed nine documents" alone may hold the forum's deals (round 45).
_EN_OFFICIALS_SIGNED = re.compile(r"\bministers\s+(?:have\s+|also\s+)?(?:signed\s+)?[^.;]{0,10}$")
_EN_COUNCIL_MEETING = re.compile(r"\b(?:meeting|session)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:Council|[Cc]ommission)\b")
_EN_FIRMS_SIGNED = re.compile(r"\b(?:companies|firms|businesses|entrepreneurs)\b[^.;]{0,60}$", re.I)  # the signers
_EN_MORE_RIGHT_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional)\s+$", re.I)
# round 45: or "more" right after the count, or "another" before it after the verb ("firms signed six more agreements",
# "companies signed another four contracts")
_EN_MORE_RIGHT_AFTER = re.compile(r"\b(?:(?:another|a\s+further|an\s+additional)\s+(?:\d{1,3}|"
                                  + "|".join(_COUNT_WORDS) + r")|(?:\d{1,3}|" + "|".join(_COUNT_WORDS)
                                  + r")\s+(?:more|further|additional))\s", re.I)
_EN_ONE_SIGNED_BEFORE = re.compile(r"\bsigned\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENT_NOUN + r"\b", re.I)


# Round 51: after a count, single documents listed as the subject of a passive "signed" ("In addition, a memorandum of
# understanding between … and an agreement on … were signed"): each "a/an <document>" of the subject is one more
_EN_ONES_SIGNED_PASSIVE = re.compile(r"^[^;]*?\s(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?signed\b")
_EN_A_DOCUMENT = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENT_NOUN + r"\b", re.I)


def _en_ones_signed_in_passive(sentence: str) -> tuple[int, re.Match] | None:
    """(how many, the match) of the single documents a passive "signed" sentence lists as its subject
    (_EN_ONES_SIGNED_PASSIVE); None when it lists none."""
    m = _EN_ONES_SIGNED_PASSIVE.match(sentence) if " signed" in sentence else None
    count = len(_EN_A_DOCUMENT.findall(m[0])) if m else 0
    return (count, m) if count else None


def _en_count_told_as_more(sentence: str, count_at: int, told: int | None, count: int | None,
                           counted: str = "", one_before: bool = False) -> int | None:
    """The visit's documents when the count at `count_at` (`counted`, the words that count) is told as more than those
    before (`one_before`: than the one document the sentence right before told signed); None otherwise."""
    if count is None:
        return None
    right_before = _EN_MORE_RIGHT_BEFORE.search(sentence[max(0, count_at - 16):count_at]) is not None \
        or ((bool(told) or one_before) and _EN_MORE_RIGHT_AFTER.search(counted) is not None)
    # round 44: companies' deals at the forum, more than the states' documents told before, cannot be a part of those
    # ("the two sides signed two intergovernmental documents" … "Companies of the two countries signed seven
    # commercial agreements there": nine)
    firms = bool(told) and count > told and _EN_FIRMS_SIGNED.search(sentence[:count_at]) is not None
    more = bool(told) and told != count and _EN_MORE_ADVERB.search(sentence, 0, count_at) is not None
    if not right_before and not firms and not more:
        return None
    if told:
        return told + count
    return count + 1 if one_before or _EN_ONE_SIGNED_BEFORE.search(sentence, 0, count_at) else None


# Round 83 (w2, one_signed_then_further): one document told signed with no count, the next sentence counting "a
# further" ones ("The two presidents signed the Joint Statement. In their presence, a further thirteen documents were
# signed": fourteen, dev/1288), as one signed before "a further" count in the same sentence is (_en_count_told_as_more).
# Only one document: none more listed after it ("signed the Joint Statement and an agreement on …"). A joint statement
# or communiqué signed is a document too.
_EN_ONE_SIGNED_NO_COUNT = re.compile(r"\bsigned\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _DOCUMENT_NOUN
                                     + r"|statement|communiqu[eé])\b(?![^.;]*\b(?:and|as\s+well\s+as)\s+"
                                     r"(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|other)\s)",
                                     re.I)
SENTENCE_GAP = 3  # characters between a sentence's end and the next's start (a space, a paragraph's line breaks)


def _right_after_one_signed(visit: VisitFound, start: int) -> bool:
    """Does the sentence starting at `start` come right after one telling one document signed with no count
    (_EN_ONE_SIGNED_NO_COUNT, read into `visit`)?"""
    return visit.one_signed_end >= 0 and 0 <= start - visit.one_signed_end <= SENTENCE_GAP


# Round 38 (visits A): a firm's agreement told signed on the sidelines of the visit's forum, after the states' documents
# were counted: "He said his firm had signed a preliminary agreement with a Bishkek distributor on the sidelines of the
# forum" is one more (company agreements signed at a forum during the visit count); a firm's deal told without the
# sidelines ("a company that signed a contract with …") may be one of a count of companies' deals, and is not added.
_FIRM_SIGNED_ON_SIDELINES = re.compile(r"\b(?:his|her|their|the|its)\s+(?:firm|company)\s+(?:had\s+|has\s+)?signed\s+an?\s+"
                                       r"(?:[\w-]+\s+){0,3}?(?:agreement|contract|memorandum|deal)\b[^.;]{0,120}?"
                                       r"\bon\s+the\s+sidelines\s+of\s+the\s+(?:forum|visit|talks)\b")


def _en_firm_deals_on_the_sidelines(doc: Document, visit: VisitFound, signed: list[bool]) -> None:
    """One more document for each firm's deal told signed on the sidelines after the visit's sentence (read once the
    count is known: the lead may tell it before the visit's own sentence)."""
    for k, s in enumerate(doc.sentences):
        if signed[k] and s.start >= visit.span[1] and "sidelines" in s.text \
                and (m := _FIRM_SIGNED_ON_SIDELINES.search(s.text)):
            visit.documents += 1
            visit.extra_spans.append((s.start + m.start(), s.start + m.end()))


# Round 48: the visit's business forum (fair, exhibition) or its companies "added" a count of deals after the states'
# documents were counted ("… witnessed the signing of eleven … documents" … "The Kyrgyz-Uzbek business forum at the
# Sheraton hotel on Friday added 26 commercial agreements worth about $1.3 billion": 37): company deals signed at the
# visit's forum count. The count right after "added" (another, a further), a document noun after at most two words,
# and no verb of its own after it ("added 26 agreements were ready" is speech)
_EN_FORUM_ADDED = re.compile(r"\b(?:forum|fair|exhibition|expo|companies|firms|businesses|business\s+people)\b"
                             r"[^.;\"“”]{0,100}?\badded\s+(?:another\s+|a\s+further\s+)?(\d{1,3}|"
                             + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:documents|agreements|memorand\w+|contracts|deals)\b"
                             r"(?!\s+(?:were|was|had|have|would|will|could|are|is)\b)", re.I)


def _en_forum_added_deals(doc: Document, visit: VisitFound) -> None:
    """The count of deals each sentence after the visit's tells its forum "added" (_EN_FORUM_ADDED), over the count."""
    for s in doc.sentences:
        if s.start >= visit.span[1] and " added " in s.text and (m := _EN_FORUM_ADDED.search(s.text)):
            visit.documents += _en_count_value(m[1])
            visit.extra_spans.append((s.start + m.start(), s.start + m.end()))


# Round 49: companies' deals told signed at the visit's forum in a sentence of their own, after the states' documents
# were counted ("Companies from the two countries signed six commercial agreements on the sidelines of the forum",
# "Three agreements between Turkish and Kazakh companies … were signed at the Forum"): they count too (annotating.md).
_EN_AT_FORUM = r"(?:on\s+the\s+(?:sidelines|margins)\s+of|at)\s+the\s+(?:[\w-]+\s+){0,4}?forum\b"
_EN_DEAL_NOUN = r"(?:[\w-]+\s+){0,2}?(?:agreements|contracts|deals|memorand\w+|documents)\b"
_EN_FORUM_COMPANY_DEALS = re.compile(
    r"\b(?:companies|firms|businesses|business\s+people|entrepreneurs)\b[^.;\"“”]{0,80}?\bsigned\s+(?:another\s+)?"
    + _EN_COUNT + r"\s+" + _EN_DEAL_NOUN + r"[^.;\"“”]{0,120}?\b" + _EN_AT_FORUM
    + r"|\b" + _EN_COUNT + r"\s+" + _EN_DEAL_NOUN + r"\s+between\s+[^.;\"“”]{0,80}?\b(?:companies|firms)\b"
    r"[^.;\"“”]{0,80}?\bwere\s+signed\s+" + _EN_AT_FORUM
    # "… addressed the Business Forum hosted by TOBB, where Turkish and Turkmen companies signed four agreements"
    + r"|\bforum\b[^.;\"“”]{0,120}?,\s+where\s+[^.;,\"“”]{0,60}?\b(?:companies|firms|businesses)\s+signed\s+"
    + _EN_COUNT + r"\s+" + _EN_DEAL_NOUN
    # Round 79 (keyq79): the forum "brought together" the companies, "which signed" the count ("a … business forum at
    # the regional akimat brought together some 120 companies, which signed five commercial agreements", dev/1230)
    + r"|\bforum\b[^.;\"“”]{0,120}?\b(?:brought\s+together|gathered|drew)\s+[^.;,\"“”]{0,40}?"
    r"\b(?:companies|firms|businesses),\s+which\s+signed\s+" + _EN_COUNT + r"\s+" + _EN_DEAL_NOUN, re.I)


def _en_forum_company_deals(doc: Document, visit: VisitFound) -> None:
    """The count of companies' deals each sentence after the visit's tells signed at its forum
    (_EN_FORUM_COMPANY_DEALS), over the count; not when the sentence tells a total ("bringing the total to"), nor a
    sentence the visit's own reading took (_add_details adds those)."""
    for s in doc.sentences:
        if s.start >= visit.span[1] and "signed" in s.text and "orum" in s.text \
                and (m := _EN_FORUM_COMPANY_DEALS.search(s.text)) and not _TOTAL_DOCUMENTS.search(s.text):
            if any(s.start <= at < s.end for at, _ in visit.extra_spans):
                continue  # the visit's reading (_add_details) counted the sentence already
            # the count of whichever alternative matched: each has one group, and reading a fixed few of them
            # crashed on the fourth (round 79's "which signed") when the third was the last read
            visit.documents += _en_count_value(next(count for count in m.groups() if count))
            visit.extra_spans.append((s.start + m.start(), s.start + m.end()))


# Round 57 (visits): companies' deals told signed "there", the sentence before naming the visit's forum ("… took part
# in an Azerbaijan–Uzbekistan business forum at the Baku Congress Centre. Companies from the two countries signed nine
# agreements worth about $1.4 billion there"): more than the states' documents told, as _EN_FORUM_COMPANY_DEALS
_EN_FIRM_DEALS_THERE = re.compile(r"\b(?:companies|firms|businesses|business\s+people|entrepreneurs)\b[^.;\"“”]{0,80}?"
                                  r"\bsigned\s+" + _EN_COUNT + r"\s+" + _EN_DEAL_NOUN
                                  + r"(?:[^.;\"“”]|\.(?=\d)){0,80}?\bthere\b",
                                  re.I)


def _forum_before(doc: Document, k: int, sentence: str) -> bool:
    """Does sentence k say "there" after one naming a forum (_EN_FIRM_DEALS_THERE's place)?"""
    return k > 0 and " there" in sentence and "forum" in doc.sentences[k - 1].check


# Round 51 (visits): deals told signed on "its" sidelines, a sentence of their own opening on the count (the forum or
# talks named before: "In the evening the … Business Forum brought together some 300 executives at an Ankara hotel.
# Four commercial agreements, in …, were signed on its sidelines"): more than the states' documents told, as company
# deals at the visit's forum count (annotating.md), not a part of them
_EN_SIGNED_ON_ITS_SIDELINES = re.compile(_EN_COUNT + r"\s+" + _EN_DEAL_NOUN + r"[^.;\"“”]{0,120}?\b"
                                         r"(?:were|have\s+been)\s+signed\s+(?:on|at)\s+its\s+"
                                         r"(?:sidelines|margins)\b", re.I)


# Round 51 (visits gaps): a sentence that opens on the visit's forum, its count after ("On the sidelines of the forum,
# companies signed four agreements", "На полях форума подписано …", "Forum kapsamında … imzalandı", "Forum
# çərçivəsində … imzalanıb"): the forum's deals, over the documents told before, as company deals at the forum count
# (not "At the business forum, companies signed four agreements", a smaller count that may be a part: round 45)
_OPENS_ON_THE_FORUM = re.compile(r"(?:(?:On|At)\s+the\s+(?:sidelines|margins)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?forum"
                                 # round 59 (visits): the forum's own margins ("On the forum's margins, companies …")
                                 r"|(?:On|At)\s+the\s+(?:[\w-]+\s+){0,3}?forum['’]s\s+(?:sidelines|margins)"
                                 r"|На\s+полях\s+(?:[\w-]+\s+){0,3}?[\w-]*форума"
                                 r"|В\s+рамках\s+(?:[\w-]+\s+){0,3}?[\w-]*форума"
                                 r"|(?:[^\W\d_]+\s+){0,3}?forum\w*\s+(?:kapsamında|çərçivəsində|sırasında|marjında))\b",
                                 re.I)


# Round 79 (roundup79): a business meeting of the two states' companies set against the talks as a forum is ("Ziyaret
# kapsamında düzenlenen Türk-Özbek tarım iş toplantısında ise iki ülke şirketleri … dört anlaşmaya imza attı" after
# the ministries' three documents: seven, dev/1241; "İş Konseyi toplantısında ise", "biznes görüşündə isə"): its
# deals over the documents counted before. Only a meeting named as of business ("iş", "biznes", "işgüzar"): the
# talks' own meeting ("heyetler arası toplantıda ise") may count the same documents again.
_TA_BUSINESS_MEETING = r"\b(?:iş\s+(?:konseyi\s+)?toplantı[\w'’]*?|(?:biznes|işgüzar)\s+görüş[\w'’]*?)"
_TA_BUSINESS_MEETING_WORDS = ("oplant", "örüş")  # one is in every _TA_BUSINESS_MEETING match, in any case


# Round 60 (visits B): a Turkish or Azerbaijani forum told with "ise"/"isə" (as for) before the count ("Öğleden sonra
# düzenlenen İş Forumu'nda ise … iki ticari mutabakat zaptı imzalandı", "Biznes forumunda isə … üç saziş imzalanıb"):
# the forum set against the talks told before, its deals over the documents signed there, as company deals at the
# forum count
_TA_FORUM_AS_FOR = re.compile(r"(?:\bforum[\w'’]*?|" + _TA_BUSINESS_MEETING + r")(?:da|de|də|ta|te|tə)\s+(?:ise|isə)\b",
                              re.I)


def _ta_forum_as_for(sentence: str, count_at: int) -> bool:
    """Is the count at `count_at` told after a Turkish or Azerbaijani "forum(da) ise/isə", or a business meeting's
    ("iş toplantısında ise", round 79) (_TA_FORUM_AS_FOR)?"""
    head = sentence[:count_at]
    return (" is" in head and ("orum" in head or any(w in head for w in _TA_BUSINESS_MEETING_WORDS))) \
        and _TA_FORUM_AS_FOR.search(head) is not None


# Round 75 (manat75): the forum told with "isə"/"ise" after the visit's documents were counted, one document signed
# there with no count, the noun bare and singular right before the verb ("Biznes forumunda isə … şirkəti arasında birgə
# müəssisənin yaradılmasına dair saziş imzalanıb" after three memorandums, dev/1190; Turkish "İş forumunda ise … bir
# anlaşma imzalandı" is _LOCAL_DOCUMENTS' count): one more, as a counted forum deal is (_ta_forum_as_for)
_TA_BARE_DOCUMENT_SIGNED = re.compile(r"(?<!\w)" + _TA_DOCUMENT_NOUN + r"(?<!lar)(?<!lər)(?<!ler)(?<!ları)(?<!ləri)"
                                      r"(?<!leri)\s+(?:imzalan(?:dı|ıb|mıştır|mışdır)|imza\s+atıl(?:dı|ıb))\b", re.I)


def _ta_forum_as_for_one_bare(sentence: str) -> re.Match | None:
    """The bare singular document signed (_TA_BARE_DOCUMENT_SIGNED) told after "forum(da) isə" (_ta_forum_as_for)."""
    if "orum" not in sentence or not (m := _TA_BARE_DOCUMENT_SIGNED.search(sentence)):
        return None
    return m if _ta_forum_as_for(sentence, m.start()) else None


def _opens_on_the_forum(sentence: str, count_at: int) -> bool:
    """Does the sentence open on the forum (_OPENS_ON_THE_FORUM), its count after that opening?"""
    head = sentence[:count_at]
    m = _OPENS_ON_THE_FORUM.match(sentence) if "orum" in head or "орум" in head else None
    return m is not None and m.end() <= count_at


# Round 49: an interview's visitor telling, in an answer of his own ("Zhumangarin: …", "JK: …"), what "we" (or "X and
# I") signed, the documents listed one by one or counted ("we signed the protocol of the meeting, a roadmap on …, and
# three agreements between …": five; "Minister Bayramov and I signed a programme … and a memorandum …": two), when the
# visit's own sentences told no count
_EN_WE_SIGNED = re.compile(r"\b(?:we|[A-Z][\w-]+\s+and\s+I)\s+signed\s+(?=an?\s|the\s|" + _EN_COUNT[1:-1]
                           + r"\s)([^.;]{5,400})")
_EN_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:an?|the|" + _EN_COUNT[1:-1] + r")\s)", re.I)
_EN_LISTED_ONE = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _DOCUMENT_NOUN + r"|plan|programme|program)\b",
                            re.I)
_EN_LISTED_COUNT = re.compile(r"^" + _EN_COUNT + r"\s+(?:[\w-]+\s+){0,2}?(?:agreements|memorand\w+|protocols|documents"
                              r"|contracts|treaties|declarations)\b", re.I)
_ANSWER_HEAD = re.compile(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?):\s")


def _en_documents_we_signed(doc: Document, visit: VisitFound) -> None:
    """The documents the visitor's own answer lists as signed by "we" (_EN_WE_SIGNED), each named one one and each
    count its number, all items of the list documents; the answer's head his surname or his initials."""
    words = fold(visit.visitor.name).split()
    initials = "".join(w[0] for w in words).upper()
    for s in doc.sentences:
        if s.start < visit.span[1] or " signed " not in s.text or not (m := _EN_WE_SIGNED.search(s.text)):
            continue
        head = _ANSWER_HEAD.match(doc.text, doc.text.rfind("\n", 0, s.start) + 1)
        if not head or (fold(head[1]) != words[-1] and head[1] != initials):
            continue
        total = 0
        for item in _EN_LIST_SPLIT.split(m[1]):
            if one := _EN_LISTED_ONE.match(item):
                total += 1
            elif counted := _EN_LISTED_COUNT.match(item):
                total += _en_count_value(counted[1])
            if not (one or counted):
                break
        if total:
            visit.documents_said, visit.documents = True, total
            visit.extra_spans.append((s.start + m.start(), s.start + m.end()))
            return


# Round 38 (visits B): a parliament named by its own name, with no state's ("Спикер Мажилиса X заявил 14 мая в Астане",
# "Milli Məclisin sədri X mayın 14-də Bakıda bildirib", "Спикер Сената Олий Мажлиса X … в Ташкенте"): the name tells the
# state, so a visitor the table does not know, titled so, at home in that state's place is no visitor there.
_PARLIAMENT_OF_STATE = (
    (re.compile(r"\b(?:мажилис|mazhilis|majilis|mäjilis)", re.I), "KAZ"),
    # (round 91, q1 joqorku: Azerbaijani writes "g" as "q", "Joqorku Keneşinin Toraqası X Y … Bakıya gəlib", dev/1375)
    (re.compile(r"\b(?:жогорку\s+кенеш|jo[gq]orku\s+kene[sş])", re.I), "KGZ"),
    (re.compile(r"\b(?:олий\s+мажлис|oliy\s+(?:m[əe]clis|majlis))", re.I), "UZB"),
    (re.compile(r"\b(?:маджлис|m[əe]clis[iı]?\s+(?:ali|milli)|majlisi\s+oli)", re.I), "TJK"),
    (re.compile(r"\b(?:милли\s+меджлис|milli\s+m[əe]clis)", re.I), "AZE"),
    (re.compile(r"\b(?:TBMM|Türkiye\s+Büyük\s+Millet\s+Meclis)"), "TUR"),
    (re.compile(r"(?<!милли\s)(?<!Милли\s)\bМеджлис"), "TKM"),
)
_PARLIAMENT_NAME_WORDS = ("мажилис", "mazhilis", "majilis", "mäjilis", "кенеш", "kene", "мажлис", "m\u0259clis", "meclis",
                          "majlis", "маджлис", "меджлис", "tbmm")  # one is in every _PARLIAMENT_OF_STATE match, lowered


def _parliament_states(title: str) -> set[str]:
    """The states whose parliaments `title` names by their own names (_PARLIAMENT_OF_STATE)."""
    low = title.lower()
    if not any(w in low for w in _PARLIAMENT_NAME_WORDS):
        return set()
    return {code for pattern, code in _PARLIAMENT_OF_STATE if pattern.search(title)}


def _parliament_chair_at_home(doc: Document, visit: VisitFound) -> bool:
    """Whether the visitor, of no state the table knows, is titled by a parliament of the host state in the visit's
    sentence (the title right before his name, as _visitor_of_another_state reads it): one at home, no visit."""
    sentence = doc.text[visit.span[0]:visit.span[1]]
    at = _name_at(sentence, visit.visitor.name)
    if at < 0:
        return False
    title = sentence[max(0, sentence.rfind(",", 0, at) + 1, at - _OFFICE_BEFORE_NAME):at]
    return visit.host in _parliament_states(title)


# Round 38 (visits B): a Russian visitor named by surname alone after the day or a time word that opens the sentence,
# and perhaps a bare office word ("В среду Байрактар … отбыл в Ташкент", "14 мая министр Байрактар прибыл в Ашхабад",
# "Затем Байрактар посетил …"): the day is no word of the subject; the surname is the one _surname_told_before reads.
_RU_DAY_OPENING_SUBJECT = re.compile(
    r"^(?:напомним,?\s+(?:что\s+)?)?"  # round 88 (v1, month_opening_full_name): "Напомним, в марте X Y побывал …"
    r"(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"(?:\s+(?:утром|днём|днем|вечером))?"
    r"|\d{1,2}\s+[а-я]{3,8}(?:\s+\d{4}(?:\s+года)?)?|затем|после\s+этого|позднее|позже|вечером|утром|на\s+следующий\s+день"
    r"|в\s+тот\s+же\s+день|накануне|сегодня|вчера"
    # Round 88 (v1, month_opening_full_name): or a month ("В мае Эркин Чечейбаев побывал в Турции: 14 мая …", dev/1343)
    r"|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?:\s+\d{4}\s+года)?)"
    r"\s*,?\s+(?:(?:министр|глава|премьер|президент|вице-премьер|спикер|гость)\s+)?",
    re.I)


# Round 90 (v2, stayed_on_a_visit_full_name): the subject before "визитом" holds the stay's verb and the type's
# adjective ("Напомним, 27 января Арман Шаккалиев находился с рабочим визитом в Ташкенте", dev/1363): set aside, the
# name alone is left for _ru_full_name_told_before
_RU_STAYED_ON_A_VISIT_TAIL = re.compile(r"\s+наход(?:ил(?:ся|ась|ись)|ится|ятся)\s+с(?:\s+[а-яё-]+){0,2}$")


def _ru_surname_after_the_day_told_before(doc: Document, s: Sentence, subject: str, resolver: Resolver) -> Person | None:
    """The visitor of `subject` (the words before the visit verb) once its opening day or time word and bare office word
    (_RU_DAY_OPENING_SUBJECT) are set aside: the surname of one named in full with a title before
    (_surname_told_before); None when the subject opens with no such word."""
    if not (m := _RU_DAY_OPENING_SUBJECT.match(subject)):
        return None
    rest = subject[m.end():].strip(" ,")
    if "наход" in rest:  # round 90 (v2): the stay's verb before "визитом", _RU_STAYED_ON_A_VISIT_TAIL
        rest = _RU_STAYED_ON_A_VISIT_TAIL.sub("", rest)
    if _RU_GIVEN_AND_SURNAME.fullmatch(rest):
        return _ru_full_name_told_before(doc, s, rest, resolver)  # round 88 (v1, month_opening_full_name)
    return _surname_told_before(doc, s, rest, resolver)


# Round 88 (v1, month_opening_full_name): the visitor told in full and bare after the opening day or month ("В мае
# Эркин Чечейбаев побывал в Турции: 14 мая в Стамбуле он …", dev/1343), whom the article named before with his title in
# another case ("переговоры с министром здравоохранения Кыргызстана Эркином Чечейбаевым"): read there, as
# _titled_newcomer reads him (the title's country is his); None when no title came with the name
_RU_GIVEN_AND_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё-]+")
# (the given name right before a place of the surname, and the surname's word there with its case ending)
_RU_GIVEN_BEFORE = re.compile(r"\b([А-ЯЁ][а-яё]+)\s+$")
_RU_WORD_TAIL = re.compile(r"[А-ЯЁ][а-яё-]*")


# Round 90 (v2, talks_with_the_city_s_official): a visitor titled before with no state ("министр торговли и интеграции
# X Y" in the outlet's own words) is still a guest where the sentence tells his talks, in the city it names, with an
# official of that city's state ("… находился с рабочим визитом в Ташкенте, где провёл переговоры с министром …
# Узбекистана Лазизом Кудратовым", dev/1363); a stay with no such talks may be a trip at home
_RU_TALKS_WITH = re.compile(r"\b(?:переговоры|встречу|встретил(?:ся|ась))\s+с\s+(?P<who>[^.;«»]{3,120})")


def _ru_talks_with_the_city_s_official(sentence: str) -> bool:
    if not (m := _RU_TALKS_WITH.search(sentence)):
        return False
    cities = {c.iso3 for c in places.mentions(sentence[:m.start()]) if c.is_capital} \
        | ({city[0]} if (city := places.city_in(sentence[:m.start()])) else set())
    return bool(cities & set(places.codes_in(m["who"])))


def _ru_full_name_told_before(doc: Document, s: Sentence, name: str, resolver: Resolver) -> Person | None:
    """The titled newcomer of the first place before sentence `s` that names `name` (a given name and a surname, in the
    nominative) in any case (read back by name_forms); None when none does or no title came with it there."""
    earlier = doc.text[:s.start]
    surname = name.split()[-1]
    stem = surname[:-1] if surname.endswith("а") else surname  # "Асанова" is "Асановой" in the instrumental
    if stem not in earlier:
        return None
    at = earlier.find(stem)
    while at >= 0:
        # the given name right before the surname, the surname's case ending after it
        given = _RU_GIVEN_BEFORE.search(earlier, max(0, at - 30), at)
        if given and (tail := _RU_WORD_TAIL.match(earlier, at)):
            written = f"{given[1]} {tail[0]}"
            if name in (written, ru_nominative_of_oblique(written), ru_nominative_of_genitive(written)):
                person = _titled_newcomer(earlier[max(0, given.start() - _TITLE_BEFORE):tail.end()], resolver)
                return person if person is not None and (person.iso3 or _ru_talks_with_the_city_s_official(s.text)) \
                    else None
        at = earlier.find(stem, at + 1)
    return None


# Round 38 (visits B): a dayless sentence that types a visit to "our country" ("X ölkəmizə işgüzar səfərə gəlib", "… в
# нашу страну с официальным визитом", "ülkemize resmi ziyarette bulunan"): the outlet's own state is the host, one the
# sentence does not name (it names the visitor's), so the type goes to a visit of any other tie state.
def _typed_hosts_or_ours(doc: Document, s: Sentence) -> list[str]:
    """_typed_hosts, and for a sentence that tells the host as "our country" (_OUR_COUNTRY) every tie state it does
    not name."""
    codes = _typed_hosts(doc, s)
    if any(w in s.check for w in ("наш", "ölkəmiz", "ülkemiz")) and _OUR_COUNTRY.search(s.text):
        return codes + sorted(places.TIE_CODES - set(doc.codes(s)))
    if any(w in s.check for w in _EPITHET_COUNTRY_WORDS) and _EPITHET_COUNTRY.search(s.text):
        return codes + sorted(places.TIE_CODES - set(doc.codes(s)))  # round 73 (visits73b): "в братскую страну"
    return codes


# Round 73 (visits73b): the host told by an epithet, not by name, as "our country" tells it: "церемония встречи
# Президента Туркменистана, прибывшего в братскую страну с государственным визитом" (dev/1169, the outlet the guest's),
# "находящегося в дружественной стране с официальным визитом"
_EPITHET_COUNTRY_WORDS = ("братск", "дружественн")
_EPITHET_COUNTRY = re.compile(r"\b(?:в|во)\s+(?:братскую|дружественную|братской|дружественной)\s+(?:страну|стране)\b")


# Round 39 (visits C): documents told signed by a plural with no number ("Sənədlər imzalanıb" as a subheading, "Hansı
# sənədlər imzalanıb?", "anlaşmalar imzalandı"), then listed in a later sentence of the visit ("Görüşdən sonra …
# proqramı, … memorandumu və … planı imzalanıb", "Səfər çərçivəsində … protokol və … saziş imzalanıb"): the list tells
# how many (two or more, as the plural said). One document named alone is no count of a plural.
def _ta_documents_listed_after_the_plural(visit: VisitFound, sentence: str, offset: int) -> None:
    m = _one_document_between_the_two(sentence, visit) or (
        _TA_ONE_DOCUMENT.search(sentence) if _LOCAL_DURING_THE_VISIT.search(sentence) else None)  # "Səfər çərçivəsində …"
    if not m or is_cyrillic(m[0]):
        return
    if (count := _documents_named(sentence, m)) >= 2:
        visit.documents = count
        visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 39 (visits C): the lead's dayless visit ("X Macarıstanda işgüzar səfərdədir"), then its day told of the guest by
# a bare office after a participle of coming, the host's own minister named after as the one met ("Çərşənbə axşamı
# Budapeştə gələn nazir Macarıstanın … naziri Y ilə görüşüb"): the host's man is read first, yet no visitor in his own
# state; the one who came is the lead's visitor.
_OFFICE_CAME = re.compile(r"\b(?:gələn|gelen)\s+(?:nazir|bakan|prezident|cumhurbaşkanı|baş\s+nazir|başbakan)\b", re.I)


def _office_came_to_the_lead_host(doc: Document, s: Sentence, place: tuple[str, str] | None,
                                  host: str) -> tuple[str, str] | None:
    """The arrival's place of a sentence telling the coming of a bare office (_OFFICE_CAME): the place read, else the
    host's capital or a city of the host the sentence names."""
    if "gələn" not in s.text and "gelen" not in s.text or not _OFFICE_CAME.search(s.text):
        return None
    if place is None and any(m.is_capital and m.iso3 == host for m in doc.mentions(s)):
        place = host, countries.get(host).capital
    if place is None:
        place = places.city_in(s.text)
    return place if place and place[0] == host else None


# Round 39 (visits C): a coming told to "the capital" unnamed ("Dün resmi temaslarda bulunmak üzere başkente gelen
# Kırgızistan … Bakanı X", Azerbaijani "paytaxta gələn"), under a newsroom's dateline in capitals ("ANKARA (QHA) – …"):
# the capital is the dateline's (the country named in the sentence is the visitor's title's, no place of the visit).
_TO_THE_CAPITAL = re.compile(r"\b(?:başkente|paytaxta)\s+(?:[\w'’-]+\s+){0,2}?"
                             # round 69 (turkpa): reached, "paytaxta çatıb" (visits._AZ_REACHED_A_NAMED_PLACE)
                             r"(?:gelen|gələn|geldi|gəlib|ulaşan|ulaştı|çatıb|çatdı)\b", re.I)


def _capital_of_the_dateline(doc: Document, sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, capital) of a dateline in capitals (_BARE_DATELINE) among the article's opening sentences, for a sentence
    telling a coming to the unnamed capital (_TO_THE_CAPITAL); None when the capital is the visitor's own."""
    if not _TO_THE_CAPITAL.search(sentence):
        return None
    for s in doc.sentences[:OPENING_SENTENCES]:
        if s.text[:2].isupper() and (head := _BARE_DATELINE.match(s.text)):
            capital = next((x for x in places.mentions(head[0].split()[0].title()) if x.is_capital), None)
            if capital and capital.iso3 != visitor_iso3:
                return capital.iso3, countries.get(capital.iso3).capital
            return None
    return None


def _capital_of_the_visits_host(visits: list[VisitFound], sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    """Round 69 (turkpa): (host, capital) for a sentence telling a coming to "the capital" unnamed (_TO_THE_CAPITAL,
    "… da müşahidəçi qismində paytaxta gəlib" after other guests' arrivals in Baku, dev/1100): the capital of the one
    host every visit told before is to. None when they are to two hosts or more, or the host is the visitor's own
    state: then no host can be told, and the capital is none."""
    if not _TO_THE_CAPITAL.search(sentence):
        return None
    hosts = {visit.host for visit in visits}
    if len(hosts) != 1 or visitor_iso3 in hosts:
        return None
    host = hosts.pop()
    return host, countries.get(host).capital


def _unplaced_arrival_s_dateline(doc: Document, sentence: str, visitor: Person,
                                 place: tuple[str, str] | None) -> tuple[str, str] | None:
    """Round 72 (events72): the place of a sentence whose first visit word is an arrival told with its day and no place
    (_EN_ARRIVED_UNPLACED): the newsroom's dateline in capitals (_bare_dateline_place), whatever place an aside or
    another clause names ("X, who also attended the 2024 Games in Astana, arrived late on Friday evening", "Y landed
    on Saturday morning, and Türkiye was represented by …", dev/1150); so too a landing at an airport no table knows,
    no place read (`place`: "landing at Tamchy airport on Thursday"). None without such an arrival or dateline."""
    m = _VISIT.search(sentence)
    if m is None or not (_EN_ARRIVED_UNPLACED_RE.match(sentence, m.start())
                         or (place is None and m[0].lower().startswith(("landing at", "landed at", "arrived at")))):
        return None
    return _bare_dateline_place(doc, visitor.iso3)


def _bare_dateline_place(doc: Document, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, city) of a dateline in capitals (_BARE_DATELINE: "ALMATY – …") among the article's opening sentences, a
    capital or a city of `places.CITIES`; None when it names none or a place of the visitor's own state."""
    for s in doc.sentences[:OPENING_SENTENCES]:
        if s.text[:2].isupper() and (head := _BARE_DATELINE.match(s.text)):
            word = head[0].split()[0].title()
            capital = next((x for x in places.mentions(word) if x.is_capital), None)
            place = (capital.iso3, countries.get(capital.iso3).capital) if capital else places.city_in(word)
            return place if place and place[0] != visitor_iso3 else None
    return None


# Round 39 (visits C): the type told after the visit by the visitor's surname in the possessive ("Fidan's working
# visit, his first to Azerbaijan this year, focused on …"), in a sentence the visit's own reading did not type: the
# type of that visitor's visit (of one with no type yet, and told after its first sentence).
_EN_VISITOR_S_TYPED = re.compile(r"\b([A-Z][\w-]+)['’]s\s+"
                                 r"(?:(?:(?:two|three|one)-day\s+)?(state|official|working)\s+visit\b"
                                 # round 64 (visits64b): or the visitor's trip, its type told in a relative clause on
                                 # it ("Kasymaliyev's trip, which the cabinet's press office billed as a working visit,
                                 # ends on Thursday"; dev/1051)
                                 r"|(?:visit|trip),\s+which\s+[^,;]{1,80}?\s+(?:described|called|termed|billed|"
                                 r"characteri[sz]ed|labell?ed)\s+(?:as\s+)?(?:an?\s+)?[\"“]?"
                                 r"(state|official|working)\b)")


def _typed_as_the_visitor_s(doc: Document, visit: VisitFound) -> None:
    surname = visit.visitor.name.split()[-1]
    for m in _EN_VISITOR_S_TYPED.finditer(doc.text, visit.span[0]):
        if m[1] == surname:
            visit.visit_type = lowered(m[2] or m[3])
            return


# Round 54 (visits): the same in Azerbaijani and Turkish, the surname in the genitive, a place or two words between
# ("Bektenovun işgüzar səfəri çərçivəsində … üç sənəd imzalanıb", "Bektenov'un Bakü'ye çalışma ziyareti kapsamında"),
# and in Russian after the typed visit ("В рамках рабочего визита Бектенова …"). The surname as the visit's own sentence
# writes it (the article's spelling, not the table's): "Bektenovun" read as "Bektenov" (name_forms.az_nominative)
_LOCAL_VISITOR_S_TYPED = re.compile(rf"\b([{CAPITALS}][\w-]+?)(?:['’]?(?:[ny]?[ıiuü]n))\s+(?:[\w'’-]+\s+){{0,2}}?"
                                    r"(dövlət|rəsmi|işgüzar|devlet|resm[iî]|çalışma)\s+(?:səfəri\b|ziyareti\b"
                                    # round 56 (visits B): or a bare visit word, its "within" after ("Szijjártó'nun
                                    # resmi ziyaret kapsamında başkente geldiği bu temasta", "rəsmi səfər çərçivəsində")
                                    r"|(?:səfər|ziyaret)\s+(?:kapsamında|çerçevesinde|çərçivəsində))"
                                    r"|\b(государственн|официальн|рабоч)\w*\s+визита\s+"
                                    rf"([{CAPITALS}][\w-]+?)(?:а|я|ой|ы)?\b")
_LOCAL_VISITOR_S_TYPE_WORDS = ("səfəri", "ziyareti", "визита", "ziyaret kapsamında", "ziyaret çerçevesinde",
                               "səfər çərçivəsində")


# Round 60 (visits B): the visitor's visit told first, its type after as its status or nature ("Orbán'ın iki gün
# sürecek ziyareti resmi ziyaret statüsünde gerçekleşiyor", "Tokayevin səfəri rəsmi səfər statusundadır"): the type
# of that visitor's visit, the surname as for _LOCAL_VISITOR_S_TYPED
_LOCAL_VISITOR_S_VISIT_OF_TYPE = re.compile(rf"\b([{CAPITALS}][\w-]+?)(?:['’]?(?:[ny]?[ıiuü]n))\s+"
                                            r"(?:[\w'’-]+\s+){0,3}?(?:ziyaret|səfər)\w{0,5}\s+(?:bir\s+)?"
                                            r"(dövlət|rəsmi|işgüzar|devlet|resm[iî]|çalışma)\s+(?:səfər|ziyaret)\w*\s+"
                                            r"(?:statü|niteli|status|xarakter)")


def _genitive_names_the_visitor(doc: Document, visit: VisitFound, surname: str, written: str, at: int) -> bool:
    """Does the genitive's word `written` (read as `surname`) at `at` name the visit's visitor: a surname the visit's
    own sentence wrote? Round 66: a title's word ("Bakanın çalışma ziyareti", the minister's working visit, read "Baka"
    + "nın" or "Bakan" + "ın") is the visitor's whose sentence wrote the title last before it, not every visit's whose
    sentence holds "Ticaret Bakanı …", or with its state's word before it the visitor's of that state; a place's word
    is no visitor."""
    if len(surname) <= 3:
        return False
    own = doc.text[visit.span[0]:visit.span[1]]
    title = next((w for w in (written[:len(surname) + 1], surname) if _place_or_title_word_in(w)), None)
    if title is None:
        return re.search(rf"\b{re.escape(surname)}", own) is not None
    if places.is_place_word(title) or re.search(rf"\b{re.escape(title)}", own) is None:
        return False
    # "Özbəkistan Prezidentinin … dövlət səfəri": a state's title is its visitor's, whoever was titled since
    state = places.codes_in(" ".join(doc.text[max(0, at - _STATE_BEFORE_TITLE):at].split()[-1:]))
    if state:
        return visit.visitor.iso3 in state
    return re.search(rf"\b{re.escape(title)}", doc.text[visit.span[1]:at]) is None


_STATE_BEFORE_TITLE = 40  # characters before a title's genitive that hold the word of its state


def _local_visitor_s_typed(text: str, start: int, pattern: re.Pattern = _LOCAL_VISITOR_S_TYPED,
                           end: int | None = None):
    """_LOCAL_VISITOR_S_TYPED's (or `pattern`'s) matches from `start` (to `end`), each next one sought from the word
    after the last one's first: a first name read as the genitive ("Məcnun Məmmədovun Tacikistana işgüzar səfəri":
    "Məc" + "nun", dev/1137) leaves the surname after it a match of its own; so does another's genitive a few words
    before ("Başkanlığı'nın açıklamasına göre Tokayev'in ziyareti …", round 78)."""
    while m := pattern.search(text, start, len(text) if end is None else end):
        yield m
        start = m.start() + len(m[0].split()[0])


# Round 78 (tr78): the visitor's visit typed by its nature or status in a sentence BEFORE the visit's own, a live
# report's lead typing the visit under way before its hours tell the arrival ("Tokayev'in ziyareti bir çalışma ziyareti
# niteliği taşıyor." then "09:40 — Tokayev'i taşıyan uçak İstanbul Havalimanı'na indi.", dev/1229): only in the present
# (the visit now), right after the nature's or status's word; a past one's ("… statüsündeydi", "… niteliği taşıyordu")
# may be an earlier visit's
_TYPED_NOW_AFTER = re.compile(r"\w*?(?:\s+(?:taşıyor|taşımaktadır|gerçekleşiyor|daşıyır)|n(?:de|da)(?:dir|dır)?)"
                              r"\s*(?:[.;]|$)", re.M)


def _typed_as_the_visitor_s_local(doc: Document, visit: VisitFound) -> None:
    """Round 54 (visits): a visit of no type takes the type a later Azerbaijani, Turkish or Russian sentence gives the
    visit of its visitor, named by the surname its own sentence wrote (_LOCAL_VISITOR_S_TYPED)."""
    for m in _local_visitor_s_typed(doc.text, visit.span[0]):
        surname = m[1] or m[4]
        if _genitive_names_the_visitor(doc, visit, surname, m[0].split()[0] if m[1] else m[4], m.start()):
            visit.visit_type = _LOCAL_TYPES[lowered(m[2] or m[3])]
            return
    if not any(w in doc.text for w in ("statü", "niteli", "status", "xarakter")):
        return
    for m in _LOCAL_VISITOR_S_VISIT_OF_TYPE.finditer(doc.text, visit.span[0]):  # round 60 (visits B)
        if _genitive_names_the_visitor(doc, visit, m[1], m[0].split()[0], m.start()):
            visit.visit_type = _LOCAL_TYPES[lowered(m[2])]
            return
    for m in _local_visitor_s_typed(doc.text, 0, _LOCAL_VISITOR_S_VISIT_OF_TYPE, visit.span[0]):  # round 78 (tr78)
        if _TYPED_NOW_AFTER.match(doc.text, m.end()) \
                and _genitive_names_the_visitor(doc, visit, m[1], m[0].split()[0], m.start()):
            visit.visit_type = _LOCAL_TYPES[lowered(m[2])]
            return


# Round 61 (visits61): the visitor's side told the type by its demonym ("Kazak tarafı, programın resmi ziyaret
# statüsünde düzenlendiğini açıkladı", Azerbaijani "Özbək tərəfi … işgüzar səfər statusunda …"): the type of the
# visit of one of that state
_SIDE_SAID_TYPE = re.compile(rf"\b([{CAPITALS}]\w+)\s+(?:tarafı|tərəfi)\b[^.;]{{0,60}}?"
                             r"\b(dövlət|rəsmi|işgüzar|devlet|resm[iî]|çalışma)\s+(?:səfər|ziyaret)\w*\s+"
                             r"(?:statü|niteli|status|xarakter)")


def _typed_by_the_visitor_s_side(doc: Document, visit: VisitFound) -> None:
    """A visit of no type takes the type a later sentence says its visitor's state's side told (_SIDE_SAID_TYPE)."""
    for m in _SIDE_SAID_TYPE.finditer(doc.text, visit.span[0]):
        if _local_demonym_country(m[1] + " bakan") == [visit.visitor.iso3]:
            visit.visit_type = _LOCAL_TYPES[lowered(m[2])]
            return


# Round 39 (visits C): a sentence dated by a later day of the visit, and its first day told in a clause on the visit
# ("met Erdoğan in Ankara on Tuesday, on the second day of an official visit that began on Monday evening"): the visit
# starts on the day the clause tells (the days read, in the order of the sentence, put that one first).
# Round 91 (ended_began_t1): the place visited may come between ("a visit to Türkiye that began in Bursa on Monday")
_EN_VISIT_BEGAN = re.compile(r"\b(?:visit|trip|tour)(?:\s+to\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                             r"\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:began|started)\s+[^.;]{0,40}")


def _begun_day_first(sentence: str, days: list) -> list:
    if not (m := _EN_VISIT_BEGAN.search(sentence)):
        return days
    begun = [d for d in days if m.start() <= d[2] < m.end()]
    return begun + [d for d in days if d not in begun] if begun else days


# Round 39 (visits A): English visitors named where the cues before read none. (1) After the place: "during a working
# visit to Tashkent by Hungarian Agriculture Minister X" (the "visit by X to Tashkent" form with the place told first).
# (2) As the subject of a verb that is no cue but tells what he did on a visit of his own: "X used a two-day working
# visit to Ankara to press for …", "X signed three agreements in Tashkent on 4 March, at the start of an official
# visit" (an indefinite or his own visit: "during Erdoğan's visit" is another's, and names no article).
_EN_VISIT_TO_PLACE_BY = re.compile(r"\bvisit\s+to\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+by\s+"
                                   r"(?P<who>[A-Z][^,.;]{2,80}?)(?=\s+(?:on|in|at|during|which|that|who)\b|[,.;]|$)")
_EN_SUBJECT_OF_OWN_VISIT = re.compile(
    r"^(?P<who>[A-Z][^.;:\"“”«»]{2,100}?)\s+(?:used\s+(?=(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\b)"
    r"|signed\s+[^.;:\"“”«»]{0,80}?,?\s+(?:at\s+the\s+(?:start|beginning|end|close)\s+of|during|on|in\s+the\s+course\s+of)"
    r"\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\b)")


def _en_visitor_after_or_subject_of_own_visit(sentence: str, resolver: Resolver) -> Person | None:
    """The visitor named after the place of "visit to <place> by …", or the subject of "used a … visit to" / "signed …
    during an official visit" (_EN_VISIT_TO_PLACE_BY, _EN_SUBJECT_OF_OWN_VISIT); None when neither form is there."""
    m = _EN_VISIT_TO_PLACE_BY.search(sentence) if " by " in sentence else None
    if m is None and ("used " in sentence or "signed " in sentence):
        m = _EN_SUBJECT_OF_OWN_VISIT.search(sentence)
    return resolver.resolve(_VISITOR_LEAD.sub("", m["who"]), speaking=False) if m else None


# Round 39 (visits A): a name then an office that names no one tie state, set apart by commas, before a cue verb or its
# "who" ("Nedim Karaağaçlı, chairman of the business council of DEİK, who arrived in Osh on Thursday", "X, head of the
# chamber of commerce, arrived in …"): the aside is no part of the subject (as _COMMA_ASIDE's "the"/"a" asides), so the
# name before it is the one who came. An office naming one state is _appositive_visitor's, who reads his nationality
# (two, "of the Türkiye-Kyrgyzstan Business Council", tell none).
_EN_OFFICE_ASIDE = re.compile(r"(?<=[\w.])(?P<aside>,\s+(?:chairman|chairwoman|chair|head|chief|president|director|"
                              r"secretary|governor|mayor|speaker|deputy|vice|minister|ambassador|envoy|founder)\b"
                              r"[^,.;:\"“”«»]{1,120}?),(?=\s+(?:who\s+(?:has\s+|had\s+)?)?(?:also\s+)?(?:"
                              + "|".join(_CUE_VERBS) + r")\b)")


def _without_stateless_office_aside(sentence: str) -> str:
    """The sentence with an office aside that names no one tie state (_EN_OFFICE_ASIDE) taken out, the comma before a
    "who" kept; the sentence itself when there is none (or the aside names one state: his own)."""
    m = _EN_OFFICE_ASIDE.search(sentence)
    if m is None or len(places.codes_in(m["aside"])) == 1:
        return sentence
    return sentence[:m.start()] + ("," if sentence.startswith(" who", m.end()) else "") + sentence[m.end():]


# Round 39 (visits A): co-chairs whose titles hold "and" ("co-chaired by Hungarian Minister of Foreign Affairs and Trade
# X and Kazakh Minister of Trade and Integration Y"): a list link splits a title in two, so a part that names no one
# joins the next ("Kazakh Minister of Trade" + "Integration Y"), unless the next opens with a state's word (a co-chair of
# his own: "… and Kazakh Minister Y").
def _co_chair_parts(subject: str, resolver: Resolver) -> list[str]:
    """The co-chairs of a "co-chaired by" list (_CO_CHAIRED_BY), a title cut at its "and" joined again."""
    parts: list[str] = []
    for part in _LIST_LINK.split(subject):
        if parts and " and " in subject and not places.codes_in(part.split(" ", 1)[0]) \
                and _co_chair(parts[-1], resolver) is None:
            parts[-1] += " and " + part
        else:
            parts.append(part)
    return parts


# Round 39 (visits B): English counts of documents and a dateline that is its own lead.
# A press service's dateline runs into its lead in one sentence ("Bishkek, 11 November 2025 – Minister X paid an official
# visit …"): the lead has its day, and the sentence after it is no dayless lead that takes the dateline's day ("During
# the meeting with the Head of the Kyrgyz State, the Minister conveyed …" is the visit told, no meeting of its own).
_DATELINE_LEAD_DASH = re.compile(r"\s[–—-]\s+\S")
_OWN_LEAD_LENGTH = 80  # characters after the dash that make a lead, not an agency's name ("Baku, 25 May – AZERTAC")


# Round 82 (s2, bulletin dateline): an agency's chronicle of a visit is a series of bulletins, each opened by a dateline
# of its own, the newest first ("ТУРКЕСТАН, 23 сентября. /Казинформ/. …" … "ТУРКЕСТАН, 22 сентября. /Казинформ/.
# Президент Турции … прибыл в Казахстан с государственным визитом.", dev/1267): the lead right after a later
# bulletin's dateline is of that dateline's day, as the article's own lead is of its (_dateline_day). Only a sentence
# that is a dateline alone: a place in capitals, a comma, a day, and the outlet between slashes.
_BULLETIN_DATELINE = re.compile(rf"^[{_UPPER}][{_UPPER}'’-]{{2,}}(?:[ /-][{_UPPER}][{_UPPER}'’-]+)?,\s+"
                                r"[^\n/]{3,30}?\.\s*/\s*[^\s/][^/\n]{1,40}/\.?$")


def _bulletin_dateline_day(s: Sentence, published: date) -> date | None:
    """The day of `s` when it is a bulletin's dateline alone (_BULLETIN_DATELINE); else None."""
    if not s.text.endswith(("/.", "/")) or not _BULLETIN_DATELINE.match(s.text):
        return None
    days = _dates(s, published, True)
    return days[0][0] if days else None


def _dateline_holds_its_lead(s: Sentence) -> bool:
    """Whether the dateline's sentence goes on after a dash into a lead of its own."""
    m = _DATELINE_LEAD_DASH.search(s.text) if ("–" in s.text or "—" in s.text or " - " in s.text) else None
    return m is not None and len(s.text) - m.end() > _OWN_LEAD_LENGTH


# A dateline in capitals closed by a colon, as Asian and South Asian papers write it ("SAMARKAND: Azerbaijan and
# Uzbekistan signed 11 documents on Thursday …"): it names the place of what the sentence tells, as "CHOLPON-ATA — …".
_COLON_CAPS_DATELINE = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+)?):\s")
# Documents counted after the participle "signing" ("with the two neighbours signing 12 agreements on water"; "signing
# of" is _DOCUMENTS's; not a signing to come, "ahead of signing", "will be signing"); and a list of documents summed up
# in an apposition after it ("signed a roadmap on … and a memorandum on …, the two documents the forum produced", "…,
# both documents …"): the count of the apposition.
_EN_NUMBER = r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")"
_EN_SIGNING_COUNT = re.compile(r"(?<!ahead of )(?<!prior to )(?<!be )\bsigning\s+(?:a\s+package\s+of\s+|a\s+total\s+of\s+|more\s+than\s+|over\s+)?"
                               + _EN_NUMBER + r"\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|memorand\w+|treaties|deals)\b",
                               re.I)
_EN_LIST_SUMMED_UP = re.compile(r"\bsigned\s+(?:an?|the)\s[^.;]{2,300}?\s+and\s+(?:an?|the)\s[^.;]{2,200}?,\s+"
                                r"(?:the\s+" + _EN_NUMBER + r"|(both))\s+(?:[\w-]+\s+)?(?:documents|agreements|deals|texts)\b",
                                re.I)


def _en_documents_signing_count(visit: VisitFound, sentence: str, offset: int) -> None:
    """The count of "signing N agreements" or of a list summed up ("…, the two documents …"), for a visit whose
    documents no other rule read; none when the sentence tells another year's signing."""
    m = (_EN_SIGNING_COUNT.search(sentence) if "signing " in sentence else None) \
        or (_EN_LIST_SUMMED_UP.search(sentence) if "signed " in sentence and " and " in sentence else None)
    if m is None or _TO_BE_SIGNED.search(m[0]) or _another_time(visit, sentence):
        return
    visit.documents_said, visit.documents = True, 2 if m.lastindex == 2 and m[2] else _en_count_value(m[1])
    visit.extra_spans.append((offset + m.start(), offset + m.end()))


# Round 89 (v1, bare_count_answer): a count of documents told as a bare noun phrase, a sentence of its own, answering
# a question heading about the signing ("What was signed?" / "Six documents. The two presidents signed …", dev/1350)
# or told signed by the sentence right after it ("Seven agreements. Ministers signed five of them, …"): the visit's
# count. Only a sentence that is the count and its noun (a word between at most), no verb, no more.
_BARE_DOCUMENTS_COUNT = re.compile(_EN_NUMBER + r"\s+(?:[\w-]+\s+)?(?:documents|agreements|memorand\w+|treaties)\.",
                                   re.I)
BARE_COUNT_LENGTH = 40  # the cheap gate: a longer sentence is no bare count


def _bare_count_answer(doc: Document, k: int, visit: VisitFound, signed: list[bool]) -> re.Match | None:
    """Round 89 (v1, bare_count_answer): the bare count (_BARE_DOCUMENTS_COUNT) sentence k is, when the sentence before
    is a question about the signing or the one after tells a signing of this visit; None otherwise."""
    if not (m := _BARE_DOCUMENTS_COUNT.fullmatch(doc.sentences[k].text.rstrip())):
        return None
    if k and doc.sentences[k - 1].text.rstrip().endswith("?") and "sign" in doc.sentences[k - 1].check:
        return m
    if k + 1 >= len(doc.sentences) or not signed[k + 1]:
        return None
    after = doc.sentences[k + 1].text  # told signed then, not to come ("… will be signed") nor another year
    return m if not _TO_BE_SIGNED.search(after) and not _another_time(visit, after) else None


# Round 89 (v1, schedule_signing_count): a leader's public schedule, each line a time and an item, one of them the
# signing ceremony with its count ("15:00 — Signing ceremony: 7 documents", dev/1357): the count of the one visit the
# page reports (the schedule told before the visit's own sentence, so read once the visits are known)
_SCHEDULE_SIGNING_COUNT = re.compile(r"^[^\S\n]*\d{1,2}[:.]\d{2}[^\S\n]*[–—-][^\S\n]*(?:documents?[^\S\n]+)?signing"
                                     r"[^\S\n]+ceremony[^\S\n]*:[^\S\n]*" + _EN_NUMBER
                                     + r"[^\S\n]+(?:documents|agreements)[^\S\n]*$", re.I | re.M)


def _schedule_signing_count(doc: Document, visit: VisitFound) -> None:
    if (m := _SCHEDULE_SIGNING_COUNT.search(doc.text)) is None:
        return
    visit.documents_said, visit.documents = True, _en_count_value(m[1])
    visit.extra_spans.append((m.start(), m.end()))


# A capital told by its state's name in the genitive, as Russian and English write it without the city's name ("В
# столице Казахстана в четверг прошло заседание межправкомиссии", "arrived in the capital of Uzbekistan"): that state's
# capital. Not a former or southern capital ("в бывшей столице Казахстана", "the southern capital"), nor the visitor's.
_CAPITAL_OF_STATE = re.compile(r"(?<![\w-])(?:столиц[аеуыи]\s+(?:Республики\s+)?(?P<ru>[А-ЯЁ][а-яё-]+)"
                               r"|capital\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<en>[A-Z][\w-]+))")
_OTHER_CAPITAL = re.compile(r"(?:бывш|прежн|южн|северн|former|southern|northern|old|cultural)\w*\s+$", re.I)


def _capital_of_the_state_named(sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    """(host, capital) of the first capital a sentence tells by its state's name (_CAPITAL_OF_STATE), of a state
    other than the visitor's; None otherwise."""
    for m in _CAPITAL_OF_STATE.finditer(sentence):
        if _OTHER_CAPITAL.search(sentence, max(0, m.start() - 16), m.start()):
            continue
        found = places.mentions(m["ru"] or m["en"])
        if len(found) == 1 and not found[0].is_demonym and found[0].iso3 != visitor_iso3 \
                and found[0].iso3 in places.TIE_CODES:
            return found[0].iso3, countries.get(found[0].iso3).capital
    return None


# Round 39 (visits B2): a ministry of two fields joined by "and" makes a long title ("Министр энергетики и природных
# ресурсов Турецкой Республики Алпарслан Байрактар", "Kənd təsərrüfatı və ərzaq naziri"): the conjunction is no word of
# the title's count, or the office word falls outside the few words read before the name
_TITLE_CONJUNCTIONS = frozenset({"и", "və", "ve", "and"})
# A state named by its formal name takes two words where its genitive takes one ("Олий Мажлиса Республики Узбекистан"
# for "Олий Мажлиса Узбекистана"): "Республики" is no word of the title's count either, or a parliament chamber's chair
# ("Председатель Законодательной палаты Олий Мажлиса Республики Узбекистан X Y") falls outside the words read
_TITLE_UNCOUNTED = _TITLE_CONJUNCTIONS | {"Республики"}


def _title_before_name(before: str) -> str:
    """The last _TITLE_WORDS_AT_MOST words of `before` (the title right before a name), "and" and "Республики" not
    counted (_TITLE_UNCOUNTED)."""
    words = before.split()
    taken, counted = 0, 0
    while taken < len(words) and counted < _TITLE_WORDS_AT_MOST:
        taken += 1
        counted += words[-taken] not in _TITLE_UNCOUNTED
    return " ".join(words[-taken:]) if taken else ""


# Round 39 (visits B2): the meeting a delegation's head came to may be told with its day right after the head, not
# before ("В Актау прошло заседание комиссии. Делегацию возглавил вице-премьер X. Заседание состоялось в среду,
# 7 октября, в Актау."): a sentence opening with the meeting and its verb of taking place
_RU_MEETING_HELD = re.compile(r"(?:Заседание|Встреча|Переговоры|Совещание|Форум|Мероприятие)\s+(?:[а-яё-]+\s+){0,3}?"
                              r"(?:состоял|прош[её]л|прошл|проходил|был[аои]?\s+проведен)")


# Round 68 (forum68b): the delegation's arrival told right after its head, with the day and the city ("Узбекскую
# делегацию возглавил … X Y. Гости прибыли в Дашогуз накануне, 21 октября, …", dev/1107; "Делегация прилетела в Нукус
# 5 мая"), when the sentence before tells no day: the head's visit starts on that day, in that city
_RU_GUESTS_ARRIVED = re.compile(r"(?:Гости|Делегаци[яи]|Делегаты)\s+(?:[а-яё]+\s+)?(?:прибыл|приехал|прилетел)[аи]?\s")


def _ru_guests_arrived_after(doc: Document, k: int) -> Sentence | None:
    """The sentence after k when it opens by telling the guests or the delegation arrived (_RU_GUESTS_ARRIVED)."""
    if k + 1 >= len(doc.sentences):
        return None
    after = doc.sentences[k + 1]
    return after if _RU_GUESTS_ARRIVED.match(after.text) else None


def _ru_meeting_told_after(doc: Document, k: int) -> Sentence | None:
    """The sentence after k when it opens by telling the meeting took place (_RU_MEETING_HELD), else None."""
    if k + 1 >= len(doc.sentences):
        return None
    after = doc.sentences[k + 1]
    return after if _RU_MEETING_HELD.match(after.text) else None


# Round 39 (visits B2): an arrival "the day before" told right after the visit's sentence ("… 17 февраля был принят
# президентом. Делегация прибыла в Душанбе накануне вечером.") is the eve of the day that sentence tells: the visit's
# start may have been moved already (the arrival read against the report's day), and counted back from it again it
# would be a day early.
def _eve_of_the_visit_sentence(visit_sentence: Sentence, s: Sentence, published: date) -> date | None:
    """The day before the first day `visit_sentence` tells, when `s` says "the day before"; None otherwise."""
    if not (_DAY_BEFORE.search(s.text) or _LOCAL_DAY_BEFORE.search(s.text)):
        return None
    days = _dates(visit_sentence, published, True)
    return days[0][0] - timedelta(days=1) if days else None


# Round 39 (visits B2): what the visit's programme holds is still to come ("Визит продлится до 15 мая. В программе –
# посещение Самарканда …", "Программой визита предусмотрена поездка в Бухару", "The programme includes a trip to
# Khiva"): its city is no place of the visit so far
_VISIT_PROGRAMME = re.compile(r"\b(?:[Вв]\s+программ[еу]|[Пп]рограмм\w*\s+(?:визита|пребывания|предусмотрен)"
                              r"|programme\s+(?:of\s+the\s+visit\s+)?(?:also\s+)?includes"
                              r"|program\s+(?:of\s+the\s+visit\s+)?(?:also\s+)?includes)")
# Round 39 (visits B2): a dateline of two capitals joined by a dash heading the lead ("Ташкент – Астана. Председатель
# …"): the report is about ties between the two, and the visit, told without a city, was in the host's capital of them
_TWO_PLACES_DATELINE = re.compile(r"([A-ZА-ЯЁ][\w-]+)\s+[–—-]\s+([A-ZА-ЯЁ][\w-]+)\.(?:\s|$)")
TWO_PLACES_DATELINE_SENTENCES = 4  # the dateline opens the report: looked for in its first sentences only


def _two_capitals_dateline(doc: Document, host: str) -> str | None:
    """The host's capital, when one of the first sentences is a dateline of two capitals (_TWO_PLACES_DATELINE) and
    it is one of them; None otherwise."""
    for s in doc.sentences[:TWO_PLACES_DATELINE_SENTENCES]:
        if "–" not in s.text and "—" not in s.text and " - " not in s.text:
            continue
        m = _TWO_PLACES_DATELINE.match(s.text)
        if not m:
            continue
        found = [places.mentions(m[1]), places.mentions(m[2])]
        if all(len(f) == 1 and f[0].is_capital for f in found) and host in (found[0][0].iso3, found[1][0].iso3):
            return countries.get(host).capital
    return None


# Round 39 (visits A2): a sentence dated by a later day of the visit, told as its ordinal day ("held talks on Wednesday
# … on the second day of his official visit to Turkmenistan"): the visit began that many days before (the second day's
# visit began the day before): the day told before the ordinal. Not when the sentence tells the first day itself ("a
# visit that began on Monday", read by _begun_day_first; "…, who arrived on Monday" after it), nor for a span read.
_EN_NTH_DAY_OF_VISIT = re.compile(r"\b(?:[Oo]n|[Ii]n|[Dd]uring)\s+the\s+(second|third|fourth)\s+day\s+of\s+(?:his|her|their|an?|the)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b")
_EN_ARRIVAL_WORD = re.compile(r"\b(?:arrived|landed|began|started|came|flew)\b")


def _nth_day_of_the_visit_shifted(sentence: str, days: list) -> list:
    """`days` with the first moved back to the visit's first day when the sentence tells it as the visit's second (third,
    fourth) day (_EN_NTH_DAY_OF_VISIT); `days` itself otherwise."""
    m = _EN_NTH_DAY_OF_VISIT.search(sentence)
    if m is None or days[0][1] is not None or _EN_VISIT_BEGAN.search(sentence) \
            or (days[0][2] > m.start() and _EN_ARRIVAL_WORD.search(sentence, m.end(), days[0][2])):
        return days  # (a day told after the ordinal with an arrival is the arrival's: "…, who arrived on Monday")
    day, end, *span = days[0]
    return [(day - timedelta(days=_EN_ORDINALS[m[1]] - 1), end, *span)] + days[1:]


# Round 39 (visits A2): the party of talks told as a title and a name set apart by commas before the meeting verb ("The
# Speaker of the Legislative Chamber of Uzbekistan, X, held talks on Wednesday with …, on the second day of his official
# visit"): _PARTIES reads a subject with no comma before its verb, so the appositive is read as _appositive_visitor
# reads one before an arrival (the title's one state his), when the visit is told as his own ("his official visit"): a
# host's official so named, with a guest's visit told of ("during the visit of …"), is no visitor.
_APPOSITIVE_MEETING_END = re.compile(r",\s+(?=(?:also\s+)?(?:held|had|met|conducted)\b)")
_HIS_OWN_VISIT = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b")


def _appositive_meeting_party(sentence: str, resolver: Resolver) -> Person | None:
    if not _HIS_OWN_VISIT.search(sentence):
        return None
    if "(" in sentence[:40] and (head := _OUTLET_DATELINE.match(sentence)):
        sentence = sentence[head.end():]  # "Ashgabat (UzA) – The Speaker of …": the dateline's city is no title's
    person = _appositive_visitor(sentence, resolver, _APPOSITIVE_MEETING_END)
    return person if person and person.rule != "anaphor" and person.iso3 else None


# Round 39 (visits A2): a surname, maybe after "Mr", opening the sentence with a relative aside that is no arrival of
# its own ("Mr Emomali, who chairs Tajikistan's upper house of parliament, the Majlisi Milli, arrived in the Kazakh
# capital on Wednesday"; _SURNAME_ASIDE reads "who is in" / "who arrived" asides only): the one named in full with that
# surname before (the latest), of the one state the aside names when the table does not know him ("chairs Tajikistan's
# upper house"); a host's own man so told is no visitor (the visit of one of the host's state is dropped).
_EN_SURNAME_WHO_ASIDE = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[{CAPITALS}][\w'’-]+),\s+who\s+"
                                   r"(?P<aside>[^.;:\"“”«»]{3,160}?),(?=\s+(?:also\s+)?(?:"
                                   + "|".join(_CUE_VERBS) + r")\b)")


# Round 51 (visits): or the clause is the arrival itself ("Mr Jabbarov, who arrived in Budapest on Sunday at the head
# of a delegation, also met …"), the full name told in a sentence before
_EN_SURNAME_WHO_ARRIVED = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[{CAPITALS}][\w'’-]+),\s+who\s+"
                                     r"(?:had\s+|has\s+)?(?:arrived|landed)\s+in\s+(?P<aside>[A-Z][^.;:\"“”«»,]{2,60})")


def _surname_before_who_aside(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    if not (m := _EN_SURNAME_WHO_ASIDE.match(s.text)):
        arrived = "arrived in" in s.text or "landed in" in s.text
        return _surname_before_who_arrived(doc, s, resolver) if arrived else None
    told = full_names(doc.text[:s.start], m["surname"])
    person = resolver.resolve(told[-1][0], speaking=False) if told else None
    if person is None or person.rule == "anaphor":
        return None
    codes = places.codes_in(m["aside"])
    return person._replace(iso3=codes[0]) if not person.iso3 and len(codes) == 1 else person


def _surname_before_who_arrived(doc: Document, s: Sentence, resolver: Resolver) -> Person | None:
    """The one a surname before ", who arrived in" names (_EN_SURNAME_WHO_ARRIVED), read where a sentence before named
    him in full (his state the title's there, not the place he arrived in)."""
    if not (m := _EN_SURNAME_WHO_ARRIVED.match(s.text)):
        return None
    told = full_names(doc.text[:s.start], m["surname"])
    if not told:
        return None
    person = resolver.resolve(told[-1][0], speaking=False)
    if person is not None and not person.iso3:
        person = _state_of_the_title_after(doc.text, told[-1].end(), person)
    # (one of no state the table, his title or its aside tells, a banker or a host's official, is no visitor here)
    return person if person is not None and person.iso3 and person.rule != "anaphor" else None


# Round 51 (visits): an arrival told in a relative clause, the main clause a leg still to come ("Berdimuhamedow, who
# landed at Esenboğa Airport on Wednesday evening, is scheduled to travel to Istanbul on Friday"): the visit's place is
# where he arrived (a capital's airport by its name, else the city the clause names), not the later leg's
_WHO_ARRIVED_BEFORE_A_LEG = re.compile(r",\s+who\s+(?:had\s+|has\s+)?(?:landed|arrived)\s+(?P<clause>[^,;]{3,140}),\s+"
                                       r"(?:(?:is|was)\s+(?:scheduled|due|expected|set|to)\b|will\s+(?:travel|fly|go|"
                                       r"head|leave|move)\b)")


def _arrival_place_before_a_leg_to_come(sentence: str) -> tuple[str, str] | None:
    """(host, city) of the arrival a relative clause tells before a leg still to come (_WHO_ARRIVED_BEFORE_A_LEG)."""
    if not (m := _WHO_ARRIVED_BEFORE_A_LEG.search(sentence)):
        return None
    return places.airport_city(m["clause"]) or places.city_in(m["clause"])


# Round 51 (visits): the title an aside after a full name gives, its state named with "of" ("Mikayil Jabbarov, Minister
# of Economy of the Republic of Azerbaijan, at …")
_TITLE_ASIDE_OF_STATE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}?(?:Minister|Deputy|Chairman|Speaker|"
                                   r"President|Ambassador|Governor|Mayor)\b[^,.;]{0,80}?\s+of\s+(?:the\s+)?"
                                   r"([^,.;]{3,60}),")


def _state_of_the_title_after(text: str, at: int, person: Person) -> Person:
    """`person` with the state the title aside right after his name at `at` names (_TITLE_ASIDE_OF_STATE), if one."""
    m = _TITLE_ASIDE_OF_STATE.match(text, at)
    codes = places.codes_in(m[1]) if m else []
    return person._replace(iso3=codes[0]) if len(codes) == 1 else person


# Round 39 (visits A2): a side's or delegation's leader at a meeting of two states, told with no visit word: "The Kazakh
# side was led by Deputy Prime Minister X, who co-chaired the session with …", "The session opened on Thursday …, with
# Azerbaijani Deputy Prime Minister X leading his country's delegation". The meeting's day and place are the sentence's,
# else the sentence's before ("… the commission met in Istanbul on Thursday."); the one who led came to the place, of
# another state than his (the table's, his title's, else the side's word: "The Kazakh side"). A meeting joined by video
# or one still to come is no visit.
_EN_SIDE_LED_BY = re.compile(r"\b(?:(?P<adj>[A-Z][\w'’-]+)\s+)?(?:side|delegation)\s+(?:was|is)\s+(?:led|headed)\s+by\s+"
                             r"(?P<who>[A-Z][^,.;]{3,120}?)(?=\s*,|\s+(?:on|in|at|to|for)\s|[.;]|$)"
                             r"|\bwith\s+(?P<who2>[A-Z][^,.;]{3,100}?)\s+(?:leading|heading)\s+(?:his|her|the|its|their)\s+"
                             r"(?:[\w'’-]+\s+){0,2}?delegation\b"
                             # round 43: the active voice, a name leading his state's side ("That session was held in
                             # Budapest on 14 October 2025, when X led the Kyrgyz side")
                             r"|(?P<who3>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:led|headed)\s+the\s+"
                             r"(?P<adj3>[A-Z][\w'’-]+)\s+(?:side|delegation)\b")
_SIDE_EVENT = re.compile(r"\b(?:session|commission|meeting|talks|forum|council|conference)\b", re.I)


def _side_leader_at_the_event(doc: Document, k: int, published: date, resolver: Resolver) -> VisitFound | None:
    s = doc.sentences[k]
    if not (m := _EN_SIDE_LED_BY.search(s.text)) or _FUTURE.search(s.text):
        return None
    before = doc.sentences[k - 1] if k else s  # the lead's own sentence has none before it
    told = (s, before)
    if not any(_SIDE_EVENT.search(x.text) for x in told) or any(_REMOTE.search(x.text) for x in told):
        return None
    who = m["who"] or m["who2"] or m["who3"]
    person = resolver.resolve(who, speaking=False) or _surname_told_before(doc, s, who, resolver)
    if person is None or person.rule not in ("name", "office"):
        person = _titled_newcomer(who, resolver) or person
    if person is None or person.rule == "anaphor":
        return None
    if not person.iso3 and (adj := m["adj"] or m["adj3"]) and (iso3 := _state_word(adj)):
        person = person._replace(iso3=iso3)
    if not person.iso3:
        return None
    place = _side_event_place(doc, s, person.iso3) or _side_event_place(doc, before, person.iso3)
    days = (_days(s, published, None) or _days(before, published, None)) if place else []
    if not days:
        return None
    day, end, *_ = days[0]
    return VisitFound(day, end, person, place[0], place[1], "other", (s.start, s.end), min(person.confidence, 0.7))


# A resort of places.CITIES is filed under the city it belongs to (the gold set's convention, as places._PART_OF_CITY:
# "at the Avaza tourist zone" is Turkmenbashi's meeting, dev/600); round 70 (joint70): keyed by the resort's one name,
# Awaza, which places gives each of its spellings
_RESORT_CITY = {"Awaza": "Turkmenbashi"}


def _side_event_place(doc: Document, s: Sentence, visitor_iso3: str) -> tuple[str, str] | None:
    """The city (places.CITIES) a sentence names, else its one capital, of a state other than the visitor's."""
    if (city := places.city_in(s.text)) and city[0] != visitor_iso3:
        return city[0], _RESORT_CITY.get(city[1], city[1])
    capitals = {x.iso3 for x in doc.mentions(s) if x.is_capital} - {visitor_iso3}
    if len(capitals) != 1:
        return None
    host = capitals.pop()
    return host, countries.get(host).capital


# Round 39 (visits A2): the subject who visited a site in a place of another state ("Uzbek Investment Minister X visited
# the Alatau free zone in Almaty on Tuesday", "… visited the Navoi mining complex on Friday, on the third day of his
# state visit"): _VISITOR_CUES reads "visited" only before a name ("not visited the Kazakh pavilion at …", where a
# host's man at home is as likely), so the subject counts only when his state is known (the table's or his title's):
# one of the host's state is then set aside as at home.
_EN_VISITED_SITE = re.compile(r"^(?P<who>[A-Z][^,.;:\"“”«»]{2,100}?)\s+(?:also\s+|then\s+)?visited\s+the\s+(?:[\w'’-]+\s+){0,5}?"
                              r"(?:zone|complex|plant|factory|park|pavilion|port|centre|center|hub|university|museum"
                              r"|mausoleum|memorial|enterprise|terminal|cluster|technopark|works|mine|refinery)"
                              r"(?:\s+(?:at|of)\s+the(?:\s+[\w'’-]+){0,3}?)?\s+(?:in|near|outside)\s+(?P<place>[A-Z][\w'’-]+)")


def _visitor_of_a_site_in_a_city(sentence: str, resolver: Resolver) -> Person | None:
    """The subject of _EN_VISITED_SITE when the site is told in a capital or a city of places.CITIES (not "visited the
    Kazakhstan pavilion at the Osaka expo": a state's name in a site abroad is no place of the visit)."""
    if not (m := _EN_VISITED_SITE.match(sentence)):
        return None
    if places.city_in(m["place"]) is None and not any(x.is_capital for x in places.mentions(m["place"])):
        return None
    person = resolver.resolve(_VISITOR_LEAD.sub("", m["who"]), speaking=False)
    return person if person and person.rule != "anaphor" and person.iso3 else None


# Round 39 (visits A2): an arrival in a capital or city, then the place he came from ("X, mayor of Tashkent, arrived in
# Tashkent on Monday from Baku"): the place after "from" is his origin, never the visit's, which the rules that set aside
# the visitor's own places would take (Tashkent his own); the place arrived in is the visit's, and one of his own state
# is a coming home, no visit.
_EN_ARRIVED_FROM = re.compile(r"\b(?:arrived|returned|came\s+back|flew\s+back|travell?ed\s+back)\s+(?:in|to|home\s+to)\s+"
                              r"(?P<place>[A-Z][\w'’-]+)[^.;]{0,60}?\bfrom\s+[A-Z]")


def _arrived_in_before_from(doc: Document, s: Sentence) -> tuple[str, str] | None:
    """(state, city) of the capital or city of places.CITIES arrived in before a "from" (_EN_ARRIVED_FROM); None when
    the form is not there or the place is neither."""
    if not (m := _EN_ARRIVED_FROM.search(s.text)):
        return None
    at = s.start + m.start("place")
    if capital := next((x for x in doc.mentions(s) if x.start == at and x.is_capital), None):
        return capital.iso3, countries.get(capital.iso3).capital
    return places.city_in(m["place"])


# Round 39 (visits A2): a visit told at an earlier time by words, not a year ("X was in Baku last year for the same forum,
# he recalled on Tuesday", "… visited Tashkent two years ago"): as _told_in_another_year, when every clause holding a
# visit word tells such a time and the day read is outside it, the day is another event's (the recalling).
_EN_EARLIER_TIME = re.compile(r"\b(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|(?:a|one|two|three|several|\d+)"
                              r"\s+(?:years?|months?)\s+ago)\b")


def _told_at_an_earlier_time(sentence: str, day: tuple) -> bool:
    told = [c for c in _CLAUSE.finditer(sentence) if _VISIT.search(c[0])]
    return bool(told) and all(not c.start() <= day[2] < c.end() and _EN_EARLIER_TIME.search(c[0]) for c in told)

