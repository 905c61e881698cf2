"""Trade figures and trade targets.

A sentence about trade ("trade", "turnover", "exports", "imports") that states an amount proposes:
- a target when the amount follows "to" after bring/increase/raise/boost/reach/double (or a goal or
  target word): "to bring trade to $1 billion by 2030" -> value 1000, target year 2030. A verb in the
  past tense ("increased/rose/grew ... to $X") reports what happened, so it makes a figure unless an
  intent word stands before it ("agreed", "plan", "aim", "will": "the sides agreed and increased" is
  rare, "aim to raise" is common);
- otherwise a figure: pair (the two states named, else the pair of the article's visit), period
  (when.period_in, resolved against the article's date; "last year" -> the year before), flow
  (export/import when the sentence says so, else turnover), growth %, and the approximate word in
  front of the amount as value_qualifier.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from dashboard.data import countries
from dashboard.data.periods import BadPeriod, parse_period

from . import money, places, when
from .cheap import lowered
from .document import Document, Sentence, bold_label_end, readout_heading_at
from .name_forms import ru_nominative
from .people import _LOCAL_DEMONYMS, NAME_RUN, _local_demonym_country, Person, Resolver, has_name_word
from .people import speech_headline_speaker  # round 100 (v1): "Full text: X's address at …" (_envoys_our)
from .people import letter_signer  # round 101 (t1): a letter to the editor's writer (_envoys_our)
from .romanize import is_cyrillic

# "traded goods worth $X" is a trade sentence too, and so is "commerce between/with" (not "Chamber of Commerce"); Russian экспорт/импорт, Azerbaijani ixrac/idxal and
# Turkish ihracat/ithalat (export/import) as reports in those languages give the breakdown of a turnover.
# The verbs too: "Kazakhstan exported $380 million worth of goods to Azerbaijan", Turkish "2 milyar dolarlık ürün ihraç
# etti", "ithal etti" (Azerbaijani "ixrac edib" and Russian "экспортировал" are matched by the nouns' stems).
# Round 18: Russian "внешнеторговый оборот" (foreign trade turnover: one state's total alone, _clause_of_a_total).
# Round 21: "sold goods/products worth" as "traded goods worth" ("Hungarian firms sold goods worth $95 million to
# Azerbaijan"; its flow, export, is _sold_before's).
# Round 37 (trade and targets): "sales to" after a state's adjective, that state's exports (as "the TRNC's sales to");
# the lookahead first, so the ten lookbehinds are tried only where "sales" stands (_TRADE runs on every sentence)
# Round 42 (trade B): "shipments to" too, "while Kyrgyz shipments to Türkiye were worth roughly $165 million"
_DEMONYM_SALES = (r"(?=(?:sales|shipments)\s)(?:(?<=Hungarian )|(?<=Turkish )|(?<=Azerbaijani )|(?<=Kazakh )|"
                  r"(?<=Kazakhstani )|(?<=Uzbek )|(?<=Kyrgyz )|(?<=Turkmen )|(?<=Tajik )|(?<=Cypriot ))"
                  r"(?:sales|shipments)(?=\s+to\b)")
# Round 60 (trade60): a state's goods sold to another, "sales of Turkish goods to Azerbaijan reached $318.6 million"
# (that state's exports; not one good's, "sales of Turkish cars to …")
_SALES_OF_DEMONYM_GOODS = (r"(?:sales|shipments)(?=\s+of\s+(?:Hungarian|Turkish|Azerbaijani|Kazakh|Kazakhstani|Uzbek|"
                           r"Kyrgyz|Turkmen|Tajik|Cypriot)\s+(?:goods|products)\s+to\b)")
# The states as Turkish and Azerbaijani name them before their goods, by name or demonym ("Qazaxıstan malları", "Kazak
# ürünleri"): the owners _DEMONYM_GOODS reads before "malları", "ürünleri", "məhsulları"
_LOCAL_GOODS_OWNERS = sorted({*_LOCAL_DEMONYMS, *(name for state in countries.tie_states()
                                                  for name in (state.name_az, state.name_tr)), "KKTC", "Azeri"})
# Round 43: a state's adjective before "goods" whose amount is a share of the total just told, that state's exports:
# "Kazakh goods, mostly wheat, flour and oil products, accounted for about $390 million of last year's total"
_DEMONYM_GOODS = (r"(?=(?:goods|products)\b)(?:(?<=Hungarian )|(?<=Turkish )|(?<=Azerbaijani )|(?<=Kazakh )|"
                  r"(?<=Kazakhstani )|(?<=Uzbek )|(?<=Kyrgyz )|(?<=Turkmen )|(?<=Tajik )|(?<=Cypriot ))"
                  r"(?:goods|products)(?=[^.;]{0,100}?\b(?:accounted\s+for|made\s+up)\b)"
                  # round 43, second wave: Turkish and Azerbaijani, a state's demonym or name before its goods, the
                  # amount a part of the total by "oluşturdu"/"təşkil edib" (made up): "Kazak malları … toplamın 390
                  # milyon dolarını oluşturdu", "Qazaxıstan malları … 390 milyon dollarını təşkil edib"
                  r"|(?=(?:mallar|ürünler|məhsullar)ı\b)(?:"
                  + "|".join(f"(?<={owner} )" for owner in _LOCAL_GOODS_OWNERS)
                  + r")(?:mallar|ürünler|məhsullar)ı(?=[^.;]{0,100}?\b(?:oluştur|t[eə]şkil\s+e[td])\w*)")
# Round 50 (trade gaps): Turkish "sales" right after a state's dative with an apostrophe, "KKTC'nin Türkiye'ye
# satışları 96,7 milyon dolarda kaldı" (the TRNC's sales to Türkiye): the exports of the state before it, as English
# "the TRNC's sales to Türkiye" (round 29). Only so: a good's sales ("alüminyum satışları") are no trade word.
# Round 51 (trade gaps): a verb of shipping with its amount right after it (a word of approximation between) and the
# partner after the amount: "Turkish exporters shipped $2.5 billion to Kazakhstan", "shipped nearly US$400 million of
# goods to Uzbekistan".
_APPROXIMATE_WORDS = (r"(?:about|around|some|roughly|approximately|nearly|almost|over|under|just|more\s+than"
                      r"|less\s+than)")
_SHIPPED_AMOUNT = r"(?=\s+(?:" + _APPROXIMATE_WORDS + r"\s+){0,2}(?:US\s?)?\$\s?\d[^;]{0,40}?\bto\s+[A-Z])"
_FLOW_THERE = (r"(?:sales|shipments|deliveries)(?=\s+(?:there|to\s+(?:it|the\s+country|this\s+country"
               # round 65 (trade65): or to the state named as the neighbour, "Deliveries to the neighbouring republic
               # totalled $11.6 million and imports from Tajikistan $3.1 million" (dev/1062): its exports
               r"|the\s+neighbou?ring\s+(?:country|republic|state)))\b)"
               # or to a state named, "Sales to Turkmenistan were little changed at …" (when it opens the sentence:
               # _only_sales_of_no_state)
               r"|(?<![\w\s,;:-])sales(?=\s+to\s+(?-i:[A-Z]))")
_SALES_TO_DATIVE = r"(?:(?<=['’]ye )|(?<=['’]ya )|(?<=['’]e )|(?<=['’]a ))satış(?:lar)?ı\w*"
_DELIVERIES_TO_RU = r"поставк[иа]\w*(?=\s+(?:в|во)\s+(?-i:[А-ЯЁ]))"  # _TRADE, _FLOW (export); a name
# Round 103 (h6): "поставки из" a state (deliveries from), the home's imports as "импорт из" is: "Кыргызский экспорт в
# Казахстан … до 610 млн, поставки из Казахстана составили около 790 млн" (dev/1539); _TRADE, _FLOW (import)
_DELIVERIES_FROM_RU = r"поставк[иа]\w*(?=\s+из\s+(?-i:[А-ЯЁ]))"
# Round 79 (boldq79): the verb of it, a state that supplied goods to a state worth an amount, its exports: "За
# январь–сентябрь Кыргызстан поставил в Узбекистан товаров почти на 402 млн долларов" (dev/1232), "поставила товаров в
# Казахстан на сумму …". Only "товаров", goods as a whole (not "поставил в Узбекистан цемента на …", one good's), and
# a state's name after "в" ("поставили в известность" is no trade)
_SUPPLIED_GOODS_TO_RU = (r"поставил[аио]?(?=\s+(?:(?:в|во)\s+(?-i:[А-ЯЁ])[\w-]*\s+товаров|товаров\s+(?:в|во)\s+"
                         r"(?-i:[А-ЯЁ])[\w-]*)\s+(?:\w+\s+)?на\s+(?:сумму\s+)?(?:\$\s?)?\d)")  # _TRADE, _FLOW (export)
_TRADE = re.compile(r"\b(trade|traded|turnover|exports?|imports?|exported|imported|commerce(?=\s+(?:between|with)\b)|"
                    # (round 46: "shipped", "supplied", "delivered" too, "Kazakh exporters shipped goods worth $1.04
                    # billion to Tajikistan")
                    # (round 54, tradetext: "bought", "purchased" too, "the TRNC bought Turkish goods worth …",
                    # _bought_goods_of)
                    r"(?:sold|shipped|supplied|delivered|bought|purchased)"
                    r"(?=\s+(?:\w+\s+)?(?:goods|products)\s+worth\b)|"
                    # round 51 (trade gaps): the amount right after the verb, "Turkish exporters shipped $2.5 billion
                    # to Kazakhstan" (_SHIPPED_AMOUNT)
                    r"(?:sold|shipped|supplied|delivered)" + _SHIPPED_AMOUNT + r"|"
                    # round 29: a state's "sales to" another (its exports): "the TRNC's sales to Türkiye amounted to
                    # about $98 million"; only after a possessive, not "arms sales to" (one good's)
                    r"(?<=['’]s )sales(?=\s+to\b)|"
                    # round 37 (trade and targets): after a state's adjective too, "while Hungarian sales to Kazakhstan
                    # came to $370 million" (_DEMONYM_SALES)
                    r"" + _DEMONYM_SALES + r"|" + _DEMONYM_GOODS + r"|" + _SALES_OF_DEMONYM_GOODS + r"|"
                    # round 31: a state's "shipments to" another (its exports), after a possessive: "Kazakhstan remains
                    # the bigger exporter: its shipments to Kyrgyzstan came to about $1.6 billion"
                    r"(?:(?<=['’]s )|(?<=\bits )|(?<=\btheir ))shipments(?=\s+to\b)|"
                    # round 52 (trade52): a flow to the partner the sentence before named, "Shipments there reached",
                    # "Sales to the country grew" (_PARTNER_PRONOUN gives the partner)
                    r"" + _FLOW_THERE + r"|"
                    # round 31: "the exchange" as the subject of an amount's verb, the trade just told ("In the whole of
                    # 2025 the exchange had reached 712 million dollars"; not "the exchange rate", "an exchange of views")
                    r"(?<=\bthe )exchange(?=\s+(?:had\s+|has\s+)?(?:reached|amounted|stood|totall?ed|came\s+to)\b)|"
                    # "goods sent from the north to Turkey amounted to $142 million": an export of the state it left
                    r"(?:(?<=goods )|(?<=products ))(?:sent|shipped|supplied|delivered)(?= from\b)|"
                    # round 23: "С Киргизией Узбекистан наторговал на $1 млрд" (traded with): the pair's turnover
                    r"товарооборот\w*|торговл\w*|внешнеторгов\w*|наторгова\w*|экспорт\w*|импорт\w*|"
                    # round 59 (trade59): "поставки в" a state (deliveries to), its exports: "кыргызские поставки в
                    # Казахстан составили около 450 млн" (_DELIVERIES_TO_RU; not "поставки газа в", one good's)
                    r"" + _DELIVERIES_TO_RU + r"|" + _DELIVERIES_FROM_RU + r"|" + _SUPPLIED_GOODS_TO_RU + r"|"
                    # round 25: bare "оборот" with a partner or a verb of its amount: "С Венгрией оборот составил $24,5
                    # млн", "оборот с Венгрией вырос" (not "оборот компании")
                    # (round 44: the imperfective too, "в 2023 году оборот составлял 493,2 млн долларов")
                    r"(?<![\w-])оборот\w*(?=\s+(?:(?:с|со)\s|составл?[яи]л|равнял|достиг|вырос|сократил|превысил|"
                    # round 52 (trade52): or of the two, "оборот между двумя странами составил", "оборот двух стран"
                    r"между\s+(?:двумя\s+|обеими\s+|нашими\s+)?(?:странами|государствами)|"
                    r"(?:двух|обеих|наших)\s+(?:стран|государств)\b|"
                    r"увеличил|снизил))|"
                    # round 57 (trade57): a mutual or bilateral "оборот" is the two's, "поставили задачу довести
                    # взаимный оборот до 2 млрд долларов"
                    # (round 64, trade64a: so are mutual deliveries, both ways, "Только в июне взаимные поставки
                    # составили 61,9 млн долларов": dev/1050)
                    r"(?<![\w-])(?:взаимн|двусторонн)\w*\s+(?:оборот|поставк)\w*|"
                    r"ticarət\w*|dövriyyə\w*|ixrac\w*|idxal\w*|ticaret\w*|ihracat\w*|ihraç\w*|ithal\w*|"
                    r"" + _SALES_TO_DATIVE + r")\b", re.I)
_TRADE_WORDS = ("trade", "turnover", "export", "import", "commerce", "sold", "sales", "shipments", "deliveries",
                "sent from", "shipped from",
                "the exchange", "goods", "products", "mallar", "ürünler", "məhsullar",
                "supplied from", "delivered from", "товарооборот", "торговл", "внешнеторгов", "наторгова",
                "экспорт", "импорт", "оборот", "поставк", "поставил", "ticarət",
                "dövriyyə", "ixrac", "idxal", "ticaret", "ihracat", "ihraç", "ithal",
                "satış", "satiş",
                "shipped", "supplied", "delivered")  # one is in every _TRADE match (lower() keeps the ı,
# cheap.lowered() makes it i)
# (the verbs after goods with one space before "from", as the words above have it)
# "take bilateral trade to $5 billion" as "bring … to" ("took it to $3 billion" a result, _PAST_CUE).
# Round 86 (n4, carry_to_target): "carry … to", the Turkish "taşımak" put in English, "the sides agreed to carry the
# bilateral trade volume to 5 billion dollars" (dev/1320); not the past "carried" (a result).
_TARGET_CUE = re.compile(r"\b(bring\w*|increas\w+|rais\w+|boost\w*|reach\w*|doubl\w+|expand\w*|grow\w*|target\w*|goal|"
                         r"aim\w*|lift\w*|push\w*|climb(?:s|ed)?|rise|rose|take|taking|took|carry|carrying)\b"
                         r"[^.]{0,120}?\bto\s+(?:the\s+)?(?:level\s+of\s+)?$",
                         re.I)
# A past-tense cue verb reports a result; with one of these words before it, it is still an intention.
# Round 21: the perfect "has/had grown … to $498 million" a result as "grew" is.
_PAST_CUE = re.compile(r"^(?:increased|raised|boosted|reached|doubled|expanded|grew|grown|lifted|pushed|climbed|rose|"
                       r"took)$", re.I)
# Round 18: an obligation too, "should/must reach $15 billion by 2030", "needs to", "is set to reach" ("could reach" is a
# potential, none).
_INTENT = re.compile(r"\b(will|shall|would|should|must|needs?\s+to|set\s+to|plan\w*|aim\w*|goal|target\w*|task|"
                     r"intend\w*|seek\w*|agree\w*|expect\w*|projected|forecast|hope\w*|want\w*|ready|determined|"
                     r"committed)\b", re.I)
_TARGET_WORD = re.compile(r"\b(target|goal|aim)\b", re.I)
# A target told as a noun with the amount: "We have set a new target of $10 billion", "The goal is $15 billion".
# Whose or for when may stand between: "Our goal with our Turkish partners is $15bn", "The target for 2030 is …".
# Or after a colon or a dash: "The next goal: $1 billion", "Target — $15 billion".
# Round 77 (xthread77): the next milestone is a goal ahead, "Our next milestone: $3 billion by 2030" (dev/1210); a
# milestone alone is often one passed ("trade passed the $1 billion milestone"), so only "next" makes it a target.
# Round 103 (h5): so is an intermediate step, a stage on the way to a goal, its amount apposed to it after a comma too:
# '"With my colleague we have agreed on an intermediate step, $7 billion by 2027, …"' right after the presidents' goal
# of $10 billion by 2030 (dev/1538); only a stage noun takes the comma ("To meet the goal, $5 billion …" is none)
# round 104 (h5): or an intermediate aim, "Artykov said the intermediate aim was to reach $3 billion by 2028" after the
# two governments' goal of $5 billion (dev/1550); "aim" alone is often the verb, the stage word makes it the noun
_GOAL_STAGES, _GOAL_STAGE_NOUNS = ("intermediate", "interim"), ("step", "stage", "milestone", "aim")
_GOAL_STAGE_WORDS = tuple(f"{a} {b}" for a in _GOAL_STAGES for b in _GOAL_STAGE_NOUNS)  # one is in every `stage` match
_TARGET_NOUN = re.compile(r"\b(?:target|goal|objective|task|instruction|next\s+milestone"
                          rf"|(?P<stage>(?:{'|'.join(_GOAL_STAGES)})\s+(?:{'|'.join(_GOAL_STAGE_NOUNS)})))"
                          r"(?:\s+(?:with|for|in)\s+[^.,;:]{1,40}?)?"
                          # round 60 (trade60): who set it, "the goal agreed by the two presidents – "$15 billion …""
                          # round 64 (trade64c): two setters with their titles, "the goal set by Prime Minister … and
                          # President …" (dev/1061), up to 80 characters
                          r"(?:\s+(?:agreed|set|announced|declared|endorsed)\s+(?:by|between)\s+[^.,;:$\d—–]{1,80}?)?"
                          # round 64 (trade64c): who set it in a contact relative clause, "The target they set is 5
                          # billion dollars" (dev/1058), "the goal our presidents agreed on is"
                          r"(?:\s+(?:(?:that|which)\s+)?(?:they|we|(?:the|our|both)(?:\s+[^\W\d][\w'’]*){1,2})\s+"
                          r"(?:have\s+|had\s+)?"
                          r"(?:set|agreed(?:\s+on)?|announced|declared|endorsed|fixed|named))?"
                          # round 30: "the stated target there is $5 billion" (there: for the pair just named)
                          r"(?:\s+(?:there|here))?(?:\s+(?:is|was|of)\s+"
                          r"(?:set\s+at\s+)?|(?:\s*[:—–]|\s+-)\s+"
                          # round 64 (trade64c): a spaced hyphen as the dash, and the trade named after it, "the goal
                          # set by … - bilateral trade of $6 billion -" (dev/1061), "The target: annual turnover of …"
                          r"(?:(?:(?:annual|yearly|bilateral|mutual|two-way)\s+)?(?:trade|turnover)(?:\s+volume)?"
                          r"\s+of\s+)?|(?(stage),\s+|(?!)))$", re.I)
# Russian, Turkish and Azerbaijani put the noun right before the amount, after a dash or nothing: "Наша цель — 15
# миллиардов долларов" (our goal), "Задача — 1 млрд долларов" (the task), "Hedefimiz 10 milyar dolar", "Məqsədimiz 1
# milyard dollardır".
# A particle may stand between: "hədəfimiz isə 15 milyard dollardır" (our goal, for its part, is), "hedefimiz ise",
# "hedefimiz de", "наша цель же".
# So may its deadline: "Məqsədimiz isə 2030-cu ilə qədər 100 milyon dollardır", "Hedefimiz 2030'a kadar 10 milyar dolar",
# "Наша цель к 2030 году — 1 млрд долларов".
# Round 51 (trade gaps): "Amacımız" (our aim) as "Hedefimiz", and a comma after the noun before its deadline,
# "Amacımız, 2030'a kadar 10 milyar dolar" (a verbless goal).
# Round 67 (fidant67, dev/1089): "our eye" on the amount is our aim, Turkish and Azerbaijani alike: "Ticaret hacmimiz
# geçen yıl 6,2 milyar doları aştı, şimdi gözümüz 10 milyar dolarda" (now our eye is on $10 billion), "gözümüzü 5 milyar
# dolara diktik" (we have fixed our eyes on).
_TARGET_NOUN_LOCAL = re.compile(r"\b(?:цел(?:ь|и|ью)|задача|ориентир(?:а|ом)?|hedef\w*|məqsəd\w*|hədəf\w*|amacımız"
                                r"|amaç|gözümüzü?)"
                                r",?\s*(?:(?:isə|ise|da|de|də|же),?\s+)?"
                                # Round 78 (az78): the noun "as" the amount's role, "hədəf olaraq 15 milyard dollar
                                # müəyyənləşdirilib" (as the target $15 billion has been set), "hedef olarak" (dev/1226)
                                # Round 90 (t2, target_which_is): "which is" our target, the amount apposed to
                                # it, "Hedefimiz olan 5 milyar dolara, … ortak üretim tesisleriyle ulaşacağız"
                                # (dev/1368), "hədəfimiz olan 1 milyard dollara … çatacağıq" (the verb past an aside)
                                r"(?:(?:olaraq|olarak|olan)\s+)?"
                                # round 67 (trade67): an "as is known" aside, "iki hükümetin masadaki hedefi ise
                                # bilindiği üzere 6 milyar dolar" (dev/1096), "hədəfi isə, məlum olduğu kimi, …"
                                # round 106 (h1): or whose words it is, "Промежуточным ориентиром, по словам
                                # вице-премьера, станет отметка в 10 млрд долларов к 2028 году" (dev/1566)
                                r"(?:,?\s*(?:bilindiği\s+(?:üzere|gibi)|məlum\s+olduğu\s+(?:kimi|üzrə)|как\s+известно"
                                r"|по\s+словам\s+[^,.;:$\d]{1,40}?),?\s+)?"
                                # round 58 (trade58): its first stage or term, "Hedefimiz ilk etapta 3 milyar dolar",
                                # "Hədəfimiz ilk mərhələdə …", "Наша цель на первом этапе — …", "kısa vadede"
                                r"(?:(?:ilk\s+(?:etapta|aşamada|mərhələdə)|öncelikle|ilkin\s+olaraq|(?:kısa|orta)\s+"
                                r"vadede|(?:qısa|orta)\s+müddətdə|на\s+первом\s+этапе|в\s+ближайш\w+\s+"
                                r"(?:годы|перспективе))\s+)?"
                                r"(?:(?:20\d\d-(?:c[iıuü])\s+il(?:ə\s+qədər|ədək)|20\d\d(?:['’]y?[ae]|\s+yılına)\s+kadar"
                                r"|к\s+20\d\d\s+году)\s+)?"
                                # round 24: the partner and the trade between, "Hedefimiz, Özbekistan ile ticarette 5 milyar
                                # dolar", "Hədəfimiz Qazaxıstanla ticarətdə 1 milyard dollardır"
                                r"(?:,?\s*[^\W\d][\w'’]*\s+(?:(?:ile|ilə)\s+)?(?:ticarette|ticarətdə)\s+)?"
                                # round 30: who set it, in a participle's aside, "а цель, поставленная президентами двух
                                # стран, – 3 млрд долларов"
                                r"(?:,\s*(?:поставленн|установленн|определ[её]нн|намеченн|озвученн)\w*\s+[^,.;$\d]{1,60}?,\s*)?"
                                # round 50 (trade text): Turkish and Azerbaijani put the setter's participle right
                                # before the amount, "Hedefimiz, liderlerimizin koyduğu 15 milyar dolarlık ticaret
                                # hacmine …", "Hədəfimiz prezidentlərin qoyduğu 2 milyard dollardır"
                                r"(?:,?\s*(?:[^\W\d][\w'’]*\s+){1,3}?(?:(?:ortaya\s+)?koyduğu|belirlediği|qoyduğu"
                                r"|müəyyən\s+etdiyi|müəyyənləşdirdiyi)\s+)?"
                                # round 19: "до цели в миллиард долларов еще далеко", "задача в 1 млрд долларов"
                                # round 106 (h1): the noun in the instrumental before a future or present copula, the
                                # mark the amount is after it, "ориентиром … станет отметка в 10 млрд долларов",
                                # "целью является уровень в …" (dev/1566)
                                r"(?:(?:станет|станут|будет|будут|является|являются)\s+"
                                r"(?:(?:отметка|планка|уровень|рубеж)\s+(?=в\s))?)?"
                                r"(?:[—–:-]\s*|это\s+|составляет\s+|в\s+)?$", re.I)
# (round 57: the benchmark, "Отдельно звучал ориентир в 1,5 млрд долларов по ненефтяной торговле")
_NOUN_LOCAL_WORDS = ("цел", "задача", "ориентир", "hedef", "məqsəd", "hədəf",
                     "amacimiz", "amaç", "gözümüz")  # as lower() has them; one is in every match
# one is in every match of either pattern (round 41, trade B: a task or an instruction as well, "Our task is to reach …",
# "a very clear instruction: $10 billion by 2030")
_TARGET_NOUN_WORDS = ("target", "goal", "objective", "task", "instruction", "next milestone",  # round 77 (xthread77)
                      *_GOAL_STAGE_WORDS, *_NOUN_LOCAL_WORDS)  # round 103 (h5)
# A headline's verb of aiming with the amount of trade after it: "Türkiye, Kazakhstan aim for $10B trade volume",
# "Türkiye, Azerbaijan eye $15 billion trade". The trade word must follow the amount ("eye $5 billion
# investment" is no trade target).
# The trade word may also stand before the amount: "agreed to aim for annual trade of $200 million", "eyeing
# bilateral turnover of $5 billion", "seek a trade volume of $3 billion".
_AIM_FOR = re.compile(r"\b(?:aim(?:s|ing)?\s+(?:for|at)|eye(?:s|ing)?|target(?:s|ing)?|seek(?:s|ing)?)\s+"
                      r"(?:an?\s+|the\s+)?(?P<trade>(?:(?:annual|yearly|bilateral|mutual)\s+)?(?:trade|turnover)"
                      r"(?:\s+volume)?\s+of\s+)?$", re.I)
# Round 103 (h5): a cue verb with no object, its rate right after it, tells a change, no goal: "with Uzbek exports to
# Kazakhstan growing by nearly a quarter to $930 million" (dev/1538) as "grew by … to"; "growing trade by 20% to", "to
# increase by 2030 to" keep their cue (an intent before it still makes it a target, as for a past cue). The rate as
# money reads it: a percentage, a fraction in words (money.EN_FRACTIONS) or an amount, an approximate word before it
_CHANGE_BY_RATE = re.compile(rf"\s+by\s+{money.APPROXIMATE_RATE}(?:\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent)"
                             rf"|(?:a|one)\s+(?:{money.EN_FRACTIONS})\b|(?:US)?\$)", re.I)
# The words each cue pattern can end with (before white space at the lead's end): see _last_word.
_CUE_LAST = frozenset(("to", "the", "of"))  # _TARGET_CUE
_REACH_LAST = frozenset(("reach", "hit", "achieve", "exceed", "surpass", "top", "pass", "of", "the"))  # _REACH_CUE
_REACH_WORDS = ("reach", "hit", "achieve", "exceed", "surpass", "top", "pass")  # one is in every _REACH_CUE match
_RU_LAST = frozenset(("до", "уровня", "уровень", "в"))  # _TARGET_CUE_RU
_NOUN_LAST = frozenset(("is", "was", "of", "at"))  # _TARGET_NOUN
_NOUN_DASHES = (":", "—", "–", "-")  # _TARGET_NOUN's marks before the amount (a spaced hyphen: round 64)
_AIM_LAST = frozenset(("for", "at", "eye", "eyes", "eyeing", "target", "targets", "targeting", "seek", "seeks",
                       "seeking", "a", "an", "the", "of"))  # _AIM_FOR
# A further "to $X" joined by "and" to a target just told is a target too: "agreed to raise trade to $5 billion by 2023
# and, in Erdogan's words, "to ten billion dollars as soon as possible"", "to $1 billion by 2025 and to $2 billion by
# 2030". Matched on the text between the two amounts.
_TARGET_AGAIN = re.compile(r"[^.;]{0,60}?\band\b[^.;]{0,40}?\bto\s+$", re.I)
def _investment_clause(segment: str, check: str) -> bool:
    """Round 21: is the text since the amount before (`segment`, `check` its cheap.lowered()) an investment's, naming no
    trade ("Kazakhstan's investment in Uzbekistan reached $1.3 billion in 2025, while trade between the two …")? An
    investment is no trade figure. Round 95 (t1): or its last clause (after its last comma) is, naming no trade, the
    trade named only before it in the amount before's words: '"Azerbaycan ile 15 milyar dolarlık ticaret hedefimize
    ulaşmakta kararlıyız," dediği, Azerbaycan'ın Türkiye'deki yatırımlarının 20 milyar doları aştığını' (dev/1430)."""
    if not any(word in check for word in _INVESTMENT_WORDS):
        return False
    if not _TRADE.search(segment):
        return True
    last = segment[segment.rfind(",") + 1:]
    return any(word in lowered(last) for word in _INVESTMENT_WORDS) and not _TRADE.search(last)


INVESTMENT_AFTER = 30  # characters after a listed amount where "in investment" would tell it is no trade's


def _investment_after(sentence: str, amount: money.Amount) -> bool:
    """Is the amount told as an investment right after it ("$1 billion next year and $2 billion in investment")?"""
    return any(word in lowered(sentence[amount.end:amount.end + INVESTMENT_AFTER]) for word in _INVESTMENT_WORDS)


# Round 21: or with no "to" again, only the first one's deadline and "and" between: "to reach $1 billion next year and $2
# billion by 2030", "довести до 1 млрд в следующем году и 2 млрд к 2030 году", "2027'de 1 milyar, 2030'da ise …" is
# not read here (its year stands before the amount).
_TARGET_LISTED_AGAIN = re.compile(r"(?:\s+(?:(?:by|in|until)\s+(?:the\s+end\s+of\s+)?20\d\d|(?:by\s+)?next\s+year|"
                                  r"(?:в|к)\s+следующ\w+\s+год\w*|(?:[кК]|до)\s+20\d\d\s+год\w*))?"
                                  r"\s*,?\s*(?:and|и)\s+(?:(?:then|about|around|nearly|almost|over|more\s+than|до)\s+)?",
                                  re.I)
# … unless it names investment: "agreed to raise trade to $5 billion and investment to $2 billion"
_INVESTMENT_WORDS = ("invest", "инвестиц", "yatirim", "investisiya", "sərmayə")  # as cheap.lowered() has them
_TRADE_NEXT = re.compile(r"\s*(?:in\s+)?(?:\w+\s+)?(?:trade|turnover)\b", re.I)
# "to reach" takes the amount with no "to" of its own: "the goal is to reach $15 billion", "plan to reach
# $1 billion". An intent word must stand before it: "rose by 10 percent to reach $5 billion" is a result.
# So too a verb of passing: "is expected to exceed $1 billion by 2027", "should top", "will surpass" (a result is
# "exceeded", "topped").
# Round 21: the trade named as the object, "the goal is to reach a trade turnover of one billion dollars by 2030", "to
# achieve an annual bilateral trade volume of $2 billion".
_REACH_CUE = re.compile(r"\b(?:to|will|would|should|shall|could|can|must)\s+(?:reach|hit|achieve|exceed|surpass|top|pass)\s+"
                        # round 41 (trade B): "the" before the amount, "to reach the one billion dollar mark"
                        r"(?:the\s+(?:(?:level|mark)\s+of\s+)?|(?:a|an|the)\s+(?:(?:annual|bilateral|mutual|total)\s+){0,2}"
                        r"(?:trade\s+)?(?:turnover|volume|trade)\s+of\s+)?$")
# Round 47: the speakers' own expectation right before the verb of reaching, "we had $1.88 billion, so we expect to
# pass the two-billion mark" (a projection of the coming figure, no goal set: "is expected to … by 2027" stays one).
_OWN_EXPECTATION = re.compile(r"\b(?:we|I)\s+(?:(?:now|still|also|fully)\s+)?expect\s+to\s+"
                              r"(?:reach|hit|achieve|exceed|surpass|top|pass)\s", re.I)
# Round 27: "could/can/might/may reach $1.5 billion" is a potential whatever intent word stands before it ("if the ferry
# works as planned, trade could reach …"): no target (_is_target).
_POSSIBLE_REACH = re.compile(r"(?:could|can|might|may)\s", re.I)
# Turkish and Azerbaijani tell a target as the future or the necessitative of an intransitive verb of reaching after the
# amount in the dative, as English "will/must reach": "10 milyar dolara ulaşacak/çıkacak", "ulaşmalı", Azerbaijani "1
# milyard dollara çatacaq", "çatmalıdır", "yüksələcək" (the past "ulaştı", "çatıb" is a result).
_WILL_REACH_AFTER = re.compile(r"(?:a|ya)\s+(?:qədər\s+|kadar\s+)?(?:ulaş|çık|yüksel|çat|yüksəl)"
                               r"(?:acak|ecek|acaq|əcək|acağ|eceğ|əcəy|malı|meli|məli)\w*", re.I)
_WILL_REACH_WORDS = ("acak", "ecek", "acaq", "əcək", "acağ", "eceğ", "əcəy", "mali", "meli", "məli")  # as cheap.lowered()
# has them; one is in every _WILL_REACH_AFTER match
# Russian "довести/увеличить/нарастить товарооборот до $X" (bring/increase ... to): the infinitive is an
# intention; a result is told with an intransitive verb ("вырос до", "увеличился до"), not listed here.
# Round 86 (n2, pledged_we_bring): or the pledge of "we" in the future, "вместе мы доведем объем взаимной торговли до 2
# миллиардов долларов" (a president's message, dev/1319): the first person plural only ("доведут", "if the sides
# bring …", tells no one's pledge)
_TARGET_CUE_RU = re.compile(r"\b(?:довести|увеличить|нарастить|поднять|вывести|доведем|доведём|нарастим|увеличим)\b"
                            r"[^.]{0,120}?\bдо\s+(?:уровня\s+)?$"
                            # "вывести товарооборот на уровень $2 млрд" (to bring … up to the level of)
                            r"|\b(?:вывести|поднять)\b[^.]{0,120}?\bна\s+уровень\s+(?:в\s+)?$"
                            # the noun: "доведение товарооборота до 1 млрд" (bringing … to); "увеличение/наращивание …
                            # до" only after a word of intent ("Целью сторон является увеличение товарооборота до 10 млрд
                            # долларов": "отмечено увеличение товарооборота до 380 млн" is a result)
                            r"|\bдоведени\w+\b[^.]{0,120}?\bдо\s+(?:уровня\s+)?$"
                            r"|\b(?:цел|задач|план|намерен|стрем|договорил|поручи|ориентир)\w*\b[^.]{0,60}?"
                            r"\b(?:увеличени|наращивани)\w+\b[^.]{0,120}?\bдо\s+(?:уровня\s+)?$", re.I)
# Russian "выйти на товарооборот в 1 миллиард долларов" (to reach a turnover of), "выйти на уровень 1 млрд",
# "достичь товарооборота в 5 млрд долларов": the infinitive is an intention (a result is "вышли на", "достиг").
# Round 19: a purpose clause with "чтобы" and a past verb of reaching is a wish, not a result: "Мы должны использовать весь
# потенциал, чтобы товарооборот достиг миллиарда долларов", "чтобы объем торговли превысил 1 млрд" (the result "достиг"
# has no "чтобы").
# "could reach" is a potential, no target: "товарооборот мог бы достичь 2 млрд долларов", "может выйти на"
_RU_ABLE = r"(?:мог(?:ла|ло|ли)?\s+бы|может|могут|способ\w+)"  # could, can, is able: also _COULD_REACH_BEFORE's
# Round 42 (trade B): a year may stand before the verb, "товарооборот может уже в 2026 году выйти на 3 млрд долларов"
# (also _COULD_REACH_BEFORE's)
_RU_YEAR_BEFORE_VERB = r"(?:(?:в|к)\s+(?:19|20)\d\d\s+году\s+)?"
# Round 53 (tradetext): the modal shared by a second infinitive whose verb a dash stands for: "объем перевозок … может
# вырасти в полтора раза, а товарооборот двух стран — достичь 2 млрд долларов" (_GAPPED_RU, also _GAPPED_REACH_RU's)
_GAPPED_RU = rf"{_RU_ABLE}\s+[а-яё]+\b[^.;]{{0,80}}?,\s+(?:а|и)\s+[^.;,]{{1,60}}?\s[—–]\s+"
_POTENTIAL_RU = re.compile(rf"\b{_RU_ABLE}\s+(?:[а-яё]+\s+){{0,2}}?{_RU_YEAR_BEFORE_VERB}(?:выйти|достичь|достигнуть)\b"
                           rf"|\b{_GAPPED_RU}(?:выйти|достичь|достигнуть)\b", re.I)
# Round 75 (visits75): the transitive "bring to" after a modal of ability is a potential too, "Казахстан и Узбекистан
# способны довести товарооборот до 10 млрд долларов уже к 2030 году" (dev/1191), "страны могут нарастить торговлю до"
# (_TARGET_CUE_RU's verbs; "договорились довести" has no modal and stays a target).
_ABLE_TO_BRING_RU = re.compile(rf"\b{_RU_ABLE}\s+(?:[а-яё]+\s+){{0,2}}?{_RU_YEAR_BEFORE_VERB}"
                               r"(?:довести|увеличить|нарастить|поднять|вывести)\b", re.I)
_TARGET_REACH_RU = re.compile(r"\b(?:выйти\s+на|достичь|достигнуть)\s+(?:[а-яё]+\s+){0,3}?(?:(?:в|до)\s+)?$"
                              r"|\bчтобы\b[^.;]{0,80}?\b(?:достиг(?:ла|ло|ли)?|превысил\w*|составил\w*|(?:вырос|увеличил)\w*"
                              r"\s+до)\s+(?:(?:отметки|уровня)\s+(?:в\s+)?)?$", re.I)
_REACH_RU_WORDS = ("выйти на", "достичь", "достигнуть", "чтобы")  # one is in every _TARGET_REACH_RU match
# A Russian forecast, a future verb after a word of expecting: "Ожидается, что товарооборот … к 2027 году достигнет 1 млрд
# долларов", "по прогнозам, превысит", "должен составить" (as "is expected to reach"; "достиг" is a result).
_FORECAST_RU = re.compile(r"\b(?:ожида\w*|прогноз\w*|должен|должна|должно|рассчитыва\w*)\b[^.]{0,120}?"
                          r"\b(?:достигнет|превысит|составит|достичь|превысить|составить|вырастет\s+до|увеличится\s+до)\s+"
                          r"(?:(?:около|почти|более|свыше|порядка)\s+)?$", re.I)
_FORECAST_RU_WORDS = ("ожида", "прогноз", "долж", "рассчитыва")  # one is in every _FORECAST_RU match
# Azerbaijani and Turkish put the verb after the amount, in the dative: "1 milyard dollara çatdırmaq/
# çatdırmağı" (to bring to), "dollaradək artırmaq" (to increase up to), Turkish "15 milyar dolara
# çıkarmayı/ulaştırmayı"; "100 milyon dollar artırmaq" is "increase by", and the past "artıb"/"artırılıb"
# is a result: neither is matched. Matched from the amount's end ("dollar"/"dolar").
# The front-vowel endings too: Turkish "5 milyar dolara yükseltmeyi", "yükseltilmesi", Azerbaijani "yüksəltmək".
# Round 24: the future too, "Bunu kısa sürede 5 milyar dolara çıkaracağız" (we will raise it to), "çıkaracaklarını",
# Azerbaijani "1 milyard dollara çatdıracağıq" (the intransitive "çıkacak" is _WILL_REACH_AFTER's).
# (round 46: "taşı", carry to, "ihracatını 10 milyon dolara taşıma hedefi")
# (round 50: "10 milyar dolar seviyesine taşımak", to the level of)
# (round 54, tradetext: "to the $1 billion level", Azerbaijani "1 milyard dollarlıq səviyyəyə çatdırılmasında", Turkish
# "5 milyar dolarlık seviyeye çıkarılması")
_TARGET_AFTER = re.compile(r"(?:a|adək|ına|ınadək|ya|\s+seviyesine|\s+səviyyəsinə|"
                           r"l[ıi][kq]\s+(?:seviyeye|səviyyəyə))\s+"
                           r"(?:qədər\s+|kadar\s+)?(?:çatdır|artır|yüksəlt|çıkar|ulaştır|"
                           r"taşı|"
                           r"yükselt)(?:maq|mağ|mək|məy|[ıiuü]lm[ae]|mak|mek|ma|me|aca[kğq]|ece[kğ]|əcə[kqy]"
                           # round 45: "let us bring", "… 1 milyard dollara çatdıraq", Turkish "… çıkaralım"
                           r"|aq\b|ək\b|alım\b|elim\b"
                           # Round 88 (t2): the third person's jussive, an order given "let them bring it to",
                           # "hökumətlərimizə tapşırıq vermişik ki, … 200 milyon dollara çatdırsınlar", Turkish
                           # "… 5 milyar dolara çıkarsınlar" (dev/1346)
                           r"|s[ıiuü]n\b|s[ıiuü]nl[ae]r\b)", re.I)
_TARGET_AFTER_WORDS = ("çatdir", "artir", "yüksəlt", "çikar", "ulaştir", "yükselt",
                       "taşi")  # as cheap.lowered() has them
# Round 43 (_TARGET_NOUN_AFTER): the amount set as a goal by a relative clause after it; round 105 (h5): or by a bare
# participle, the goal a stage of one (_GOAL_STAGES), "…, with $1 billion set as an intermediate milestone for next
# year" (dev/1562); the deadline told after the goal is the amount's (_RELATIVE_YEAR_AFTER)
_SET_AS_GOAL = (r"(?:(?:that|which)\s+(?:[^.;:,$\d]{1,80}?\s)?)?(?:set|named|adopted|agreed\s+on)\s+as\s+"
                r"(?:an?|the|their|its)\s+"
                rf"(?:(?:trade|turnover|joint|common)\s+)?(?:target|goal|(?:{'|'.join(_GOAL_STAGES)})\s+"
                rf"(?:{'|'.join(_GOAL_STAGE_NOUNS)}))\b")
# The amount names the target it is the size of: "a $10 billion trade target", "the $15bn goal", Turkish "15 milyar
# dolarlık ticaret hedefi", Azerbaijani "15 milyard dollarlıq ticarət hədəfi". Matched from the amount's end.
# Round 43: or a relative clause after it saying its setters set it as one, "the $5 billion that Presidents X and Y
# first set as a target in 2022" (no amount, no clause break between).
# Round 101 (q4): the Turkish and Azerbaijani article "bir" after the amount's adjective, "2030'a kadar 15 milyar
# dolarlık bir ticaret hedefimiz var" (we have a trade target of $15bn by 2030, dev/1499)
_TARGET_NOUN_AFTER = re.compile(r"(?:l[ıi][kq](?:\s+bir)?|['’]s)?\s+"
                                r"(?:(?:annual|bilateral|mutual|ikili|karşılıklı)\s+)?"
                                r"(?:(?:trade|turnover|ticaret|ticarət)\s+"
                                r"(?:hacmi\s+|həcmi\s+|dövriyyəsi\s+|volume\s+)?)?"
                                r"(?:(?:target|goal)s?\b|(?:hedef|hədəf)\w*)"
                                # round 105 (h5): or with no "that", the participle right after the amount, and
                                # the goal a stage of one, "…, with $1 billion set as an intermediate milestone for
                                # next year" (dev/1562; _SET_AS_GOAL)
                                r"|\s+" + _SET_AS_GOAL +
                                # Round 99 (t1): or the noun left out, the amount set by the leaders for a year,
                                # "the $10 billion set by the heads of state for 2030 is not a dream …" (dev/1481)
                                r"|\s+(?:(?:that|which)\s+(?:was\s+)?)?set by\s+(?:the|our|their)\s+(?:two\s+)?"
                                r"(?:presidents|leaders|heads\s+of\s+state)\s+(?:for|by)\s+20\d\d\b", re.I)
# (as cheap.lowered() has them; one is in every match)
_TARGET_NOUN_AFTER_WORDS = ("target", "goal", "hedef", "hədəf", "set by", *_GOAL_STAGE_WORDS)  # (round 105, h5)
# "by 2030"; Russian "к 2030 году" / "до 2030 года" (after the amount, like the English)
# "for 2030" too, the year a target is set for: "a new trade target of $15 billion for 2030" (read as "in" is: _set_when)
# Round 24: the end of the year too, "by end-2028", Russian "к концу 2028 года", "до конца 2030 года"
# Round 80 (gv3): the earliest year told as the deadline, "to bring trade to $1bn as early as 2030", "by as early as
# 2030" ("already by 2030" is read by "by" itself)
# Round 102 (v3): Russian "в 2028 году" as English "in 2028", "ставит промежуточную цель — 7 млрд долларов в 2028 году"
# (dev/1510; when the target was set, as "in" may be: _set_when)
_BY_YEAR = re.compile(r"\b(?:(?:by|until|till|in|for)\s+(?:the\s+end\s+of\s+|end[-\s])?|(?:by\s+)?as\s+early\s+as\s+)"
                      r"(20\d\d)\b"
                      # round 27: "к 2028 г." (abbreviated)
                      r"|\b(?:[кКвВ]|до)\s+(?:(?:концу|конца)\s+)?(20\d\d)\s+(?:год|г\.)")
# Azerbaijani "2030-cu ilə qədər" / "2030-cu ilədək" (until 2030) and Turkish "2023 yılında" / "2030 yılına
# kadar" / "2030'a kadar" ("2028'e", "2026'ya kadar") stand before the amount
_YEAR_BEFORE = re.compile(r"\b(20\d\d)-(?:c[iıuü])\s+il(?:ə\s+qədər|ədək|in\s+sonunadək|in\s+sonuna\s+qədər)"
                          r"|\b(20\d\d)-(?:c[iıuü])\s+il\s+üçün"  # "for 2030": the year it is set for
                          # round 24: "2028 yılı sonuna kadar", "2028 sonuna kadar", "2028'in sonuna kadar" (by the end)
                          r"|\b(20\d\d)(?:\s+yılı(?:nda|na\s+kadar|na\s+dek|\s+için|ndan\s+önce|\s+sonuna\s+kadar)"
                          r"|(?:['’][ıi]n)?\s+sonuna\s+kadar"
                          r"|['’](?:y?[ae])\s+(?:kadar|dek)|['’]d[ae]n\s+önce)"
                          # Russian puts "к 2025 году" (by 2025) before the verb too: "Мы ставим задачу к 2025 году
                          # довести этот показатель до 1 млрд долларов"
                          r"|\b[кК]\s+(20\d\d)\s+году\b"
                          r"|\b(?:[кК]\s+концу|до\s+конца)\s+(20\d\d)\s+года\b", re.I)  # round 24: "к концу 2028 года …"
# A year in the locative right before a target's amount, only a particle between, is its year: Turkish "2030'da ise 10
# milyar dolar hedefliyoruz", "2030 yılında 10 milyar dolar", Azerbaijani "2030-cu ildə isə 5 milyard dollar"; not one
# before the report's year ("2023'te 3 milyar dolar olan ticaret hacmini …" is when that amount was).
_YEAR_RIGHT_BEFORE = re.compile(r"\b(20\d\d)(?:['’][dt][ae]|\s+yılında)\s+(?:(?:ise|da|de)\s+)?$"
                                r"|\b(20\d\d)-(?:c[iıuü])\s+ildə\s+(?:(?:isə|da|də)\s+)?$", re.I)
# … or after it, within its clause: "15 milyar dolarlık ticaret hacmi hedefine 2030'a kadar ulaşmayı" (to reach the
# $15 billion target by 2030), "hədəfinə 2030-cu ilə qədər çatmaq"; only the "until" forms (a bare "2023 yılında"
# after the amount may be another clause's year)
# A bare "in 2023" right before a verb of reaching is the target's too: "15 milyar dolarlık ticaret hacmi hedefine 2023
# yılında ulaşmak için" (to reach the target in 2023), "hədəfə 2025-ci ildə çatmaq".
# Round 86 (n6): and "before 2030" with a verb of reaching there, the year the goal is for ("15 milyar dolarlık ticaret
# hedefine 2030'dan önce ulaşacağına", "2035'ten önce yakalamak", dev/1325); not "… hedef 2020'den önce de dile
# getirilmişti" (voiced before 2020: when it was said)
_UNTIL_AFTER = re.compile(r"\b(20\d\d)-(?:c[iıuü])\s+il(?:ə\s+qədər|ədək|də\s+(?:çat|nail\s+ol)\w*)"
                          r"|\b(20\d\d)(?:(?:\s+yılına|['’]y?[ae])\s+(?:kadar|dek)\b"
                          r"|\s+yılında\s+(?:ulaş|yakala|eriş)\w*"
                          r"|(?:\s+yılından|['’][dt][ae]n)\s+önce\s+(?:ulaş|yakala|eriş|başar|gerçekleştir)\w*)", re.I)
_FLOW = (("export", re.compile(r"\bexports?\b|\bexported\b|" + _DEMONYM_GOODS + r"|\b" + _FLOW_THERE  # r. 43, 52
                               + r"|\b(?:goods|products)\s+(?:sent|shipped|supplied|delivered) from\b"
                               r"|\bэкспорт\w*|\b" + _DELIVERIES_TO_RU + r"|\b" + _SUPPLIED_GOODS_TO_RU  # (round 79)
                               + r"|\bixrac\w*|\bihracat\w*|\bihraç\w*|" + _SALES_TO_DATIVE, re.I)),
         ("import", re.compile(r"\bimports?\b|\bimported\b|\bимпорт\w*|\bidxal\w*|\bithal\w*|\b" + _DELIVERIES_FROM_RU,
                               re.I)))
# A sentence right after a trade figure that only says how much it grew: "This is 12 percent more than in
# 2022", Russian "Это на 12% больше", Azerbaijani "Bu, 2022-ci illə müqayisədə 28 faiz çoxdur".
# Azerbaijani puts the source first: '"Report" … xəbər verir ki, bu, … 3,2% azdır' (reports that this is …).
# Round 40 (trade A): the source may be a site named with its domain, "News24.az … xəbər verir ki, bu, …" (a dot
# inside a word is no sentence's end).
# Round 47 (trade releases): "But this is …" too, Azerbaijani "Amma bu, 2024-cü illə müqayisədə iki dəfə çoxdur" (not
# "bu il", this year: a period of its own); or after a source of its own, Turkish "TÜİK verilerine göre bu tutar, …
# yüzde 9,1 artışa işaret ediyor", English "According to the agency, this is …" (not "bu yıl", this year: a period, no
# figure's back).
_GROWTH_NEXT = re.compile(r"^\W*(?:this|that|bu|это|что)\b"
                          # Round 83 (h2): "the figure" as the bare subject, "Göstərici ötən ilin eyni dövrü ilə
                          # müqayisədə 35,4 faiz çoxdur", "Показатель вырос на 35,4%", "Rakam yüzde 35 arttı",
                          # "The figure is 35.4% higher" (an amount in it is no rate: _growth_next) (dev/1286)
                          r"|^\W*(?:göstərici|показатель|rakam|the\s+figure)\s"
                          # round 70 (numbers70, dev/1124): the growth noun as the subject, its rate right after it,
                          # "Artım 18,5 faizdir" (the growth is 18.5 percent), "Artış yüzde 12", "Growth was 12%",
                          # "Рост составил 12%"
                          r"|^\W*(?:the\s+)?(?:artım|artış|growth|рост|прирост)\s+(?:was\s+|is\s+|составил\w*\s+|"
                          r"yüzde\s+|%\s*)?\d"
                          r"|^(?:[^.]|\.(?=\w)){0,80}\b(?:verir|bildirir|bildirilir)\s+ki,?\s+bu\b"
                          r"|^\W*(?:but|and|amma|ancaq|lakin|ama|ancak|fakat|но|и|однако),?\s+"
                          r"(?:this|that|bu|это|что)\b"
                          r"(?!\s+(?:yıl|ay|dönem|hafta|il\b|year|month|period|week|год|месяц))"
                          r"|^(?:[^.]|\.(?=\w)){0,120}?(?:\bgöre|^\W*according\s+to\s[^,.;]{2,80},)\s+"
                          r"(?:this|that|bu)\b"
                          r"(?!\s+(?:yıl|ay|dönem|hafta|year|month|period|week))"
                          # round 56 (traderel): the release's own data as the subject, "The bulletin shows a 12.6%
                          # rise on the same period of 2025", "Данные бюллетеня показывают рост на 12,6%",
                          # "Statistika … 12,6 faiz artım göstərir", "Veriler … yüzde 12,6 artış gösteriyor"
                          r"|^\W*(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:bulletin|data|figures|statistics|numbers|"
                          r"report|release)\s+(?:also\s+)?(?:shows?|showed|indicates?|indicated|points?\s+to|"
                          r"pointed\s+to|records?|recorded|reflects?|reflected)\b"
                          # round 79 (table79): the base of comparison first, then the rate and its noun with no
                          # subject of their own: "Geçen yılın aynı dönemine göre yüzde 9'luk bir artış var", "По
                          # сравнению с аналогичным периодом прошлого года рост составил 9%", "Ötən ilin eyni dövrü ilə
                          # müqayisədə artım 9 faizdir", "Compared with the same period last year, the rise is 9%"
                          # (dev/1238); not "…, exports rose 9%", a flow's growth of its own. Round 86 (n6): the
                          # Turkish one after "so" and with an approximate rate ("Yani geçen yılın aynı dönemine göre
                          # yüzde 12 civarında bir artış var", about 12%: the rate, dev/1325)
                          r"|^\W*(?:(?:yani|böylece|dolayısıyla),?\s+)?"
                          r"(?:geçen\s+yılın\s+aynı\s+dönem(?:ine|iyle)\s+(?:göre|kıyasla)|по\s+сравнению\s+с\s+"
                          r"аналогичн\w+\s+период\w*\s+(?:прошлого|предыдущего)\s+года|(?:ötən|keçən)\s+ilin\s+"
                          r"(?:eyni|müvafiq)\s+dövrü\s+ilə\s+müqayisədə|compared\s+(?:with|to)\s+the\s+same\s+period\s+"
                          r"(?:of\s+)?(?:last|the\s+previous)\s+year),?\s+(?:(?:yüzde\s+|%\s*)\d+(?:[.,]\d+)?"
                          r"(?:['’]?l[ıiuü]k|\s+(?:civarında|dolayında))?\s+(?:bir\s+)?|the\s+|a\s+)?"
                          r"(?:artış|düşüş|azalış|artım|azalma|рост|"
                          r"прирост|снижение|сокращение|increase|rise|growth|fall|decline|drop)\b"
                          r"|^\W*(?:данные|статистика|бюллетень)\b[^.]{0,40}?\b(?:показыва\w+|показал\w*|фиксиру\w+"
                          r"|зафиксировал\w*|свидетельству\w+)"
                          r"|^\W*(?:statistika|məlumatlar|bülleten|veriler|istatistikler|bülten)\b[^.]*\b(?:göstərir|"
                          r"göstərib|gösteriyor|gösterdi|işaret\s+ediyor)\b",
                          re.I)
# A sentence right after a trade figure that names no trade but whose cue verb takes it as its object:
# "The parties set the task of increasing it to $1 billion by 2030", "lift that figure to", "довести его до", Azerbaijani "onu
# … çatdırmaq", Turkish "Bunu kısa sürede 100 milyon dolara çıkarmak istiyoruz" (we want to raise this to). Not a
# bare "it" anywhere: "It is planned to increase investment to $1 billion" is no trade.
_REFERS_BACK = re.compile(r"\b(?:bring\w*|increas\w*|rais\w*|boost\w*|doubl\w*|lift\w*|push\w*|expand\w*|"
                          r"grow\w*|take|taking)\s+(?:it|(?:this|that|the)\s+(?:figure|volume|level|amount))\b"
                          # round 26: the feminine "её/ее" of "торговля" too ("Торговля … около $40 млн. Стороны намерены
                          # довести ее до $200 млн")
                          r"|\b(?:довести|увеличить|нарастить|поднять)\s+(?:его|е[её]|этот показатель)\b"
                          r"|\b(?:onu|bunu|bu göstəricini|bu rəqəmi|bu rakamı|bu hacmi)\b"
                          # "it" as the subject of a verb of reaching to come: "It is expected to pass $1 billion by
                          # 2027", "It will rise to $2 billion", "The figure is set to exceed …"
                          # (round 99, q1: or of one that must come, after the deadline that opens the sentence and an
                          # aside on who set it: "By 2030, as our presidents agreed, this figure must reach $5 billion",
                          # dev/1478)
                          r"|^\W*(?:By\s+(?:the\s+end\s+of\s+)?20\d\d\s*,\s*(?:as\s+[^,.;:$\d]{1,60},\s*)?)?"
                          r"(?:it|this\s+figure|the\s+figure)\s+(?:(?:is|are)\s+(?:expected|projected|forecast|set|"
                          r"likely|planned)\s+to|will|must|should|has\s+to|needs\s+to)\s+"
                          r"(?:reach|hit|exceed|surpass|top|pass|achieve|(?:rise|grow|climb|increase|double)\s+to)\b"
                          # an agreement to reach an amount with no object, "it" left out, right after the figure:
                          # '"We have agreed with our Turkish colleagues to reach $5bn," he says' (not "agreed to reach a
                          # deal", whose object is no amount)
                          r"|\b(?:agreed|committed)\s+(?:with\s+[^,.;:$\d]{1,40}?\s+)?to\s+(?:reach|hit|achieve)\s+"
                          r"(?=(?:US)?\$|\d)"
                          # a wish to see it at an amount, "We would like to see it at one billion"
                          r"|\bsee\s+(?:it|this\s+figure)\s+(?:at|reach\w*|top\w*|exceed\w*|hit\w*)\b", re.I)
# A figure for a group of states or for a country's trade with the world is no figure of a pair: "trade
# with the OTS countries was $681 million", "Azerbaijan's total foreign trade turnover stood at $40.2
# billion", Azerbaijani "TDT ölkələri ilə", "ümumi xarici ticarət". Read only when the sentence names
# fewer than two states and says nothing of the two ("between", "bilateral", "the two countries").
_REFERS_BACK_WORDS = ("bring", "increas", "rais", "boost", "doubl", "lift", "push", "expand", "grow", "take", "taking",
                      "довести", "увеличить", "нарастить", "поднять", "onu", "bunu", "bu göstəricini", "bu rəqəmi",
                      "bu rakami", "bu hacmi", "reach", "hit", "exceed", "surpass", "top", "pass", "achieve", "rise",
                      "climb", "see it", "see this figure")  # one is in
# every _REFERS_BACK match, as cheap.lowered() has it
# "of the total" is a share of the figure just reported ("Kazakh exports made up roughly $430 million of the total")
_GROUPS = (r"OTS|TDT|ОТГ|CIS|СНГ|EU|Organi[sz]ation of Turkic States|Turkic (?:states|countries)|"
           r"member (?:states|countries)|"
           # round 47 (trade releases): "the Organization's member and observer states", "observer countries"
           r"(?:member\s+and\s+)?observer\s+(?:states|countries)|Central Asian (?:states|countries|republics|nations)|"
           # round 25: with a case ending, "Türk devletleriyle ticareti", "с тюркскими странами"
           r"Türk Dövlətləri\w*|Türk Devletleri\w*|тюркск\w+\s+(?:стран|государств)\w*|foreign countries|the world|"
           # round 18: the Turkic Council's countries as one partner ("Со всеми странами Тюркского совета товарооборот
           # Казахстана … составил около 7,5 млрд долларов"), not the council's summit; all countries; the Turkic-speaking
           # states, the EAEU's and Central Asia's countries (English "trade with the Turkic Council countries" is left
           # out as an unknown partner's)
           r"(?:стран\w*|государств\w*|член\w*)(?:[\s-]+член\w*)?\s+(?:Тюркск\w+\s+совет\w*|ЕАЭС|Центральной\s+Азии)|"
           r"тюркоязычн\w+\s+(?:стран|государств)\w*|"
           # round 26: the Turkic world's states as one partner, "Товарооборот Кыргызстана со странами тюркского мира",
           # "trade with the Turkic world", "Türk dünyası ülkeleriyle", "Türk dünyası ölkələri ilə"
           r"(?:стран\w*|государств\w*)\s+тюркского\s+мира|Turkic\s+world|Türk\s+dünyası\s+(?:ülke|ölkə)\w*|"
           r"Türk\s+(?:Konseyi|Keneşi|Şurası)\s+(?:ülke|ölkə|üye|üzv)\w*|"
           r"(?:со\s+)?всеми\s+странами|всех\s+стран|all\s+(?:the\s+)?(?:countries|states)\b|"
           # (round 70, numbers70: the world's, "bütün dünya ölkələri ilə", "tüm dünya ülkeleriyle", dev/1124)
           r"tüm\s+(?:dünya\s+)?ülke\w*|bütün\s+(?:dünya\s+)?ölkə\w*|"
           # round 20: a count of states other than two, or the region's states: "Azerbaijan's trade with the five
           # countries of the region rose by 18%", "с пятью странами региона", "regionun beş ölkəsi ilə", "bölge ülkeleri"
           r"(?:three|four|five|six|seven|eight|nine)\s+(?:\w+\s+)?(?:countries|states|nations|republics)|"
           r"(?:countries|states|nations)\s+of\s+the\s+region|region['’]s\s+(?:countries|states)|"
           r"(?:тремя|тр[её]х|четырьмя|четыр[её]х|пятью|пяти|шестью|шести)\s+(?:\w+\s+)?(?:стран|государств)\w*|"
           r"(?:стран\w*|государств\w*)\s+региона|"
           r"(?:üç|dörd|dört|beş|altı)\s+(?:\w+\s+)?(?:ölkə|ülke|dövlət|devlet)\w*|"
           r"region(?:un)?\s+ölkə\w*|bölge\s+ülke\w*|"
           # round 56 (tradetext56): the organization named by its common noun, with its area or members, "teşkilat
           # coğrafyasıyla toplam ticaret hacmi" (trade with the organization's area), "təşkilatın üzv ölkələri ilə",
           # "the organisation's members", "the bloc's area"
           r"teşkilat\w*\s+(?:coğrafya|üye|ülke)\w*|təşkilat\w*\s+(?:coğrafiya|üzv|ölkə)\w*|"
           r"(?:organi[sz]ation|bloc)['’]s\s+(?:geography|area|members)")
_GROUP_OR_TOTAL = re.compile(r"\b(?:" + _GROUPS + r"|"
                             # round 40 (trade B): not a year's total, the pair's own figure of a year ("a pace that
                             # would barely beat last year's total")
                             # (nor a share "of that total" just told: "Kazakh exports … accounted for about $205 million
                             # of that total")
                             # (round 53, tradetext: nor a part-year's ending its phrase, "Turkmen exports accounted
                             # for approximately USD 205 million of the half-year total", "of the nine-month total"; not
                             # "Turkmenistan's half-year total trade")
                             # (round 86, n4: nor "that total" as the subject, the figure just told: "But that
                             # total is 11.8 percent higher than in January–September 2025, when …", dev/1318)
                             r"(?<!in )(?<!of the )(?<!this )(?<!that )(?<!year's )(?<!year’s )(?<!-year )"
                             r"(?<!-month )total|(?:(?<=-year )|(?<=-month ))total(?=\s+[^\W\d])|"
                             r"overall|foreign trade|"
                             # round 43, second wave: nor Azerbaijani "of the total volume" ("Qazaxıstan malları ümumi
                             # həcmin 390 milyon dollarını təşkil edib": a part of the pair's figure, as "of the total")
                             r"ümumi(?!\s+(?:həcmin|məbləğin)\b)|xarici(?!\s+işlər)|toplam|dış ticaret|"
                             # not "наша общая задача/цель" (our common task/goal: a target's words)
                             # (round 50: nor a foreign ministry, "глава узбекского внешнеполитического ведомства",
                             # "Xarici İşlər Nazirliyi", telling who spoke)
                             # (round 99, v2: nor with the partners between, "Наша общая с узбекскими партнерами
                             # задача – довести товарооборот до …", dev/1479)
                             r"общ\w+(?!\s+(?:с\s+(?:[\w-]+\s+){1,3}?)?(?:задач|цел))|внешн(?!еполитич)\w+)\b", re.I)
_A_GROUP = re.compile(r"\b(?:" + _GROUPS + r")\b", re.I)  # a group of states or the world, not a total word
_GROUP_OR_TOTAL_WORDS = ("ots", "tdt", "отг", "cis", "снг", "eu", "organi", "turkic", "member", "observer",
                         "central asian", "türk", "teşkilat", "təşkilat", "bloc",
                         "тюркских", "стран", "государств", "член", "тюркоязычн", "konsey", "keneş",
                         "şura", "all the", "all countries", "all states", "tüm ülke", "bütün ölkə",
                         "total", "overall", "foreign", "world", "ümumi", "xarici", "toplam", "diş ticaret", "общ",
                         "внешн", "three", "four", "five", "six", "seven", "eight", "nine", "region", "трем", "трех", "трёх",
                         "четыр", "пят", "шест", "региона", "üç", "dörd", "dört", "beş", "alti", "bölge")  # as
# cheap.lowered() has them; one is in every match
# Round 20: the two named by a count, "Главы двух государств поставили задачу …" (the heads of the two states), "обеих
# стран", "iki dövlətin", "both countries"; or as the sides.
_OF_THE_TWO = re.compile(r"\b(?:between|bilateral|mutual|two countries|two states|our countries|both countries|iki ölkə|"
                         r"iki dövlət\w*|ikitərəfli|qarşılıqlı|ikili|iki ülke|karşılıklı|"
                         r"(?<!tərəfdaşlar )(?<!ortaklar )(?<!ölkələr )(?<!ülkeler )arasında\w*|между|двусторонн\w*|"
                         r"взаимн\w*|двух\s+(?:стран|государств)|обеих\s+стран|"
                         # (round 58, trade58: not among many, "tərəfdaşlar arasında" among the partners, "ölkələr
                         # arasında" among the countries: "Region ölkələri ilə dövriyyə …, tərəfdaşlar arasında …")
                         # the sides, as a report of talks names the two ("Стороны поручили довести товарооборот …"),
                         # not "со стороны" (on the part of)
                         r"the\s+sides|both\s+sides|(?<!со )стороны|(?:обеих|двух)\s+сторон|tərəflər\w*|taraflar\w*)\b"
                         # round 19: not of investment ("объём взаимных инвестиций вырос до 120 млрд тенге, а товарооборот
                         # Казахстана со странами ОТГ …": the trade is still the group's)
                         r"(?!\s+(?:инвестиц|investment|investisiya|yatırım|sərmayə))", re.I)
# A sentence right after a trade figure that names no trade word but reports another figure of it: "In
# January–May 2025, it reached $126.4 million", "In 2024, the figure stood at USD 383 million" (the period may stand
# before "it" without a comma: "In the first five months of this year it was worth $246m"; "It topped $40 million in
# 2023", "it crossed", "climbed", "jumped").
# Round 19: also after "A year earlier" ("A year earlier it stood at $360 million": when.period_back_in gives its period).
# Round 21: an opening "for comparison," may stand before its period: "Для сравнения, в 2022 году он составлял менее 30
# миллионов долларов", "For comparison, in 2022 it stood at under $30 million".
_COMPARISON_LEAD = r"(?:\W*" + when.COMPARISON_WORDS + r"),\s*"
# Round 81 (oped81): a contrast's or emphasis's words before the earlier period of "он"'s sentence ("А ведь ещё в 2017
# году он едва превышал 100 млн долларов", dev/1255; "Но в 2020 году он …"), as _ELLIPTIC_BEFORE reads them
_RU_BACK_OPENER = r"(?:(?:а|но|и)\s+)?(?:ведь\s+)?(?:(?:ещё|еще)\s+)?"
# Round 68 (podcastv68, dev/1109): a source's lead told by "by" and its statistics before "it", "By Uzbek statistics it
# was under $5 million last year", "By Kazakh customs data, it reached …" (one home for _FIGURE_BACK and _SOURCE_LEAD;
# the noun is needed: "By 2030 it …" is a deadline, no source)
_SOURCE_BEFORE_IT = (r"(?:(?:according\s+to|citing)\s[^,.;]{3,80}?"
                     r"|by\s+(?:[\w'’-]+\s+){0,4}?(?:statistics|data|figures|estimates|numbers|count|calculations))"
                     r",?\s+(?=it\s)")
# Round 70 (factcheck70, dev/1122): the source's publication before "the exact figure", "In its annual bulletin
# released on February 16, …", "According to the committee's final data, …": a lead with no year of its own (a year
# there would be the exact figure's period, not the round one's it tells again)
_EXACT_SOURCE_LEAD = r"(?:in|according\s+to)\s(?:(?!(?:19|20)\d\d)[^,.;]){3,80}?,\s*"
# Another source's count of the figure just told, "puts the figure at" (round 100, q3: one home for _FIGURE_BACK, a
# sentence of its own, and _ANOTHER_COUNT_CLAUSE, a further clause of the figure's sentence)
_PUTS_THE_FIGURE = (r"\bput(?:s|ting)?\s+(?:the|this|that)\s+(?:(?P<year>(?:19|20)\d\d)\s+|same\s+|year['’]s\s+)?"
                    r"figure\b")
# (round 71, trade71, dev/1141: or after a colon, "The Uzbek series also shows where that growth came from: the 2024
# figure in the same table was $296.8 million")
_FIGURE_BACK = re.compile(r"(?:^|,\s*|:\s+|(?:^|,\s*)(?:" + _COMPARISON_LEAD
                          + r")?(?:in|during|for|over)\s[^,.;]{3,50}?\s"
                          # round 72 (tvb72, dev/1156): or its span from one month to another, "From January to April
                          # it was …", "From January through May it stood at …"
                          r"|^from\s[^,.;]{3,25}?\s(?:to|through|till|until)\s[^,.;]{3,25}?\s"
                          r"|^(?:a|one)\s+year\s+(?:earlier|before|ago),?\s+"
                          # round 48 (trade A): the year before by its relative name, "Last year the figure stood at"
                          r"|^last\s+year,?\s+"
                          # Round 91 (recently_as_t1): an earlier year told with emphasis, "As recently as 2018 it was
                          # under $200 million", "Back in 2019, it stood at …" (dev/1378; the Russian "А ведь ещё в 2017
                          # году он …" is _RU_BACK_OPENER's)
                          r"|^(?:as\s+(?:recently|late)\s+as|back\s+in)\s+(?:19|20)\d\d,?\s+"
                          # round 75 (podcast75, dev/1189): a side's own count as the lead, "On our side the figure
                          # for 2025 is just over …", "On the Kazakh side, it was …"
                          r"|^on\s+(?:our|their|the\s+[\w-]+)\s+side,?\s+"
                          # round 46: its source first, "According to Azerbaijan's State Customs Committee it stood at"
                          r"|^" + _SOURCE_BEFORE_IT + r")"
                          # round 40 (trade A): the figure named by its span, "the nine-month figure", "the 10-month figure"
                          # round 71 (trade71, dev/1141): or by its year, and the table it stands in after it, "the
                          # 2024 figure in the same table was $296.8 million", "the 2023 figure in that series stood at"
                          r"(?:it|the (?:[\w-]+-month |(?P<figure_year>(?:19|20)\d\d) )?figure|this figure"
                          r"|the indicator|this indicator|the volume|this volume"
                          # round 80 (post80): an interviewee's "we" of his country's trade, only with a verb of
                          # passing, "In nine months of this year we have already passed 700 million dollars" (dev/1246)
                          r"|we(?=\s+(?:have\s+|had\s+)?(?:already\s+)?"
                          r"(?:passed|exceeded|surpassed|crossed|topped)\s))\s+"
                          r"(?:(?<=figure )(?:in|from)\s+(?:the\s+same|that|this)\s+"
                          r"(?:table|series|dataset|data|report|release|bulletin)\s+)?"
                          # round 42 (trade B): the year after "the figure" and its source between commas, "The figure
                          # for 2024, according to Azerbaijan's State Customs Committee, was $432 million"
                          r"(?:(?<=figure )for\s+(?P<figure_for_year>(?:19|20)\d\d)"
                          r"(?:,\s+according\s+to\s+[^,.;]{3,80},)?\s+"
                          # round 49 (trade other): or a span of months, and a relative clause as the aside, "The
                          # figure for January through August, which the agency published last month, stood at"
                          # (round 99, t1: or the same span as the figure just told, "A year earlier the figure
                          # for the same nine months stood at $3.46 billion", dev/1481)
                          # (round 102, q1: or a participle of its release as the aside, "The figure for the first four
                          # months of this year, released by the bureau last week, was …", dev/1506)
                          r"|(?<=figure )for\s+(?:January\s+(?:through|to)\s+[a-z]+"
                          r"|the\s+(?:first|same)\s+[\w-]+\s+months)"
                          r"(?:\s+(?:of\s+)?(?:19|20)\d\d|\s+of\s+this\s+year)?"
                          r"(?:,\s+(?:according\s+to|which|that|released|published|issued)\s+[^,.;]{3,80},)?\s+)?"
                          # round 75 (transcript75, dev/1182): "already" before the verb, "In the first half of this
                          # year it already exceeded 340 million dollars", "it has already topped …"
                          r"(?:has\s+|had\s+|(?<=we )have\s+)?(?:already\s+)?"
                          r"(?:reached|amounted|stood|totall?ed|was|came|exceeded|surpassed|rose|grew|passed|"
                          # round 75 (podcast75): "is" right after the figure's year, an amount next ("the figure for
                          # 2025 is just over $350 million")
                          r"(?<=\d\d\s)is(?=\s+(?:just\s+|about\s+|around\s+|roughly\s+|some\s+|over\s+"
                          r"|under\s+|almost\s+|nearly\s+)*(?:US\$|USD|\$|\d))|"
                          r"topped|crossed|climbed|jumped|"
                          r"increased|fell|dropped|declined|decreased)\b"
                          # round 48 (trade A): a round figure told exactly next, "The exact figure is $495.7 million",
                          # "To be precise, it was …": of the flow just told, the amount right after the verb; the round
                          # figure before it is then left out (_told_exactly)
                          # (round 70, factcheck70, dev/1122: after the source's publication as a lead, "In its
                          # annual bulletin released on February 16, the exact figure is …"; _EXACT_SOURCE_LEAD)
                          # Round 80 (fact80b): the highest figure of the series as the subject, who published it
                          # between, a source's possessive before the amount: "The highest annual figure either office
                          # has published is the bureau's $6.3 billion for 2022" (dev/1242): a figure of the trade told
                          r"|^\W*the\s+(?:highest|largest|biggest|record|peak)\s+"
                          r"(?:(?:annual\s+|yearly\s+)?figure|(?:annual|yearly)\s+(?:total|level))"
                          r"(?:\s+on\s+record|\s+(?:[\w'’-]+\s+){1,3}?(?:has|have|had)\s+(?:ever\s+)?"
                          r"(?:published|recorded|reported|registered|shown))?"
                          r"\s+(?:is|was)\s+(?:the\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?"
                          r"(?=(?:US\$|USD|\$)\s?\d[\d.,]*\s*(?:billion|million|bn|m)?"
                          r"(?:\s+(?:for|in)\s+(?P<record_year>(?:19|20)\d\d)\b)?)"
                          r"|(?P<exact>^\W*(?:" + _EXACT_SOURCE_LEAD + r")?"
                          r"(?:(?:the|this)\s+(?:exact|precise|actual)\s+(?:figure|amount|number)"
                          r"|(?:to\s+be\s+(?:exact|precise)|more\s+precisely|precisely),?\s+(?:it|the\s+figure))"
                          r"\s+(?:is|was|stood\s+at|came\s+to|amounted\s+to)(?=\s+(?:US\$|USD|\$|\d))"
                          # "Точная цифра — 495,7 млн долларов", "Kesin rakam 495,7 milyon dolar", "Dəqiq rəqəm …"
                          r"|^\W*(?:точн(?:ая|ое|ый)\s+(?:цифра|значение|показатель|объ[её]м)|kesin\s+(?:rakam|tutar)"
                          r"|dəqiq\s+(?:rəqəm|məbləğ)"
                          # round 53 (traderel): "in full figures", "Tam rakamla 3 milyar 84 milyon dolar olan hacim …"
                          # (the volume, 3,084 million in full, grew …), "Dəqiq rəqəmlə …", "In exact figures, …"
                          r"|(?:tam|kesin)\s+rakamla|dəqiq\s+rəqəmlə|in\s+(?:exact|precise|full)\s+figures,?"
                          r"(?:\s+(?:it|the\s+figure)\s+(?:was|stood\s+at|came\s+to|amounted\s+to))?)"
                          r"\s*(?:[–—:-]\s*)?(?=\d|US\$|\$))"
                          # another source's count of it: "Azerbaijan's customs committee puts the 2022 figure somewhat
                          # lower, at around US$446 million", "put this year's figure at"
                          r"|" + _PUTS_THE_FIGURE +
                          # Azerbaijani, Turkish, Russian "this figure" (the verb comes last there, or is left out)
                          # (round 55, traderel: "the same figure", "Aynı rakam 2023'te 1,95 milyar dolardı")
                          r"|(?P<local>\b(?:bu|həmin|söz konusu|aynı|eyni)\s+(?:rakam|rəqəm|göstərici|gösterge)\w*"
                          # round 42 (trade B): "the figure" right after "in that period", "Ötən il həmin dövrdə
                          # göstərici 30,8 milyon dollar idi" (last year in the same period the figure was)
                          r"|\b(?:dövrdə|dönemde)\s+(?:rakam|rəqəm|göstərici|gösterge)\b"
                          # round 55 (tradetext55): or right after a year of its own, "Halbuki 2023-cü ildə göstərici
                          # cəmi 21 milyon dollara yaxın idi" (whereas in 2023 the figure was), Turkish "2023 yılında
                          # rakam …"
                          r"|\b(?:ildə|yılında)\s+(?:(?:isə|ise|da|də)\s+)?(?:rakam|rəqəm|göstərici|gösterge)\b"
                          # round 62 (trade62a): or right after a span of months or its period, "Ötən ilin
                          # yanvar-oktyabrında göstərici 5 milyard 868 milyon dollar idi", "geçen yılın ocak-ekim
                          # döneminde rakam …"
                          r"|(?:\b\w+-\w+n|\b(?:dövrün|dönemin))d[aeə]\s+(?:(?:isə|ise)\s+)?"
                          r"(?:rakam|rəqəm|göstərici|gösterge)\b"
                          # round 60 (trade60): or right after "that year", "… – həmin il göstərici 334,3 milyon dollar
                          # olmuşdu", Turkish "o yıl rakam …"
                          r"|\b(?:həmin\s+il(?:də)?|o\s+yıl(?:da)?)\s+(?:(?:isə|ise)\s+)?"
                          r"(?:rakam|rəqəm|göstərici|gösterge)\b"
                          r"|\b(?:этот|данный)\s+показател\w*|\bэта\s+цифра"
                          # Russian "it" of the trade just told, the verb after it: "За январь–февраль текущего года он
                          # достиг 52,3 млн долл.", "В первом квартале она составила …"
                          # (round 20: "Годом ранее он составлял 960 млн долларов", a year earlier it was)
                          # (round 46: or after a colon, "Январь начался хорошо: за месяц он составил …")
                          # (round 56, tradetext56: the comparison's lead before a colon too, "Для сравнения: в 2023
                          # году он едва превышал 450 млн", and "barely", "only" before the verb)
                          r"|(?:^|,\s*|(?:^|[,:]\s*)(?:" + _COMPARISON_LEAD.replace(r"),\s*", r")[,:]\s*")
                          + r")?" + _RU_BACK_OPENER + r"(?:за|в|во|по\s+итогам)\s[^,.;:]{3,50}?\s"
                          # (round 53, traderel: after a reminder's opener, "Напомним, что годом ранее он …")
                          r"|^\W*(?:напомним,?\s+(?:что\s+)?)?(?:годом\s+(?:ранее|раньше)|год\s+назад),?\s+)"
                          # Round 83 (h2): or "the indicator" as its subject, and "stood at the level of", "Годом ранее
                          # показатель находился на уровне 504,9 млн долларов" (dev/1283)
                          r"(?:он|она|оно|показатель)\s+(?:уже\s+|не\s+|едва\s+|лишь\s+|только\s+|чуть\s+)?"
                          # round 37 (trade and targets): a verb of reaching denied, "Годом ранее он не дотягивал до 1,45
                          # млрд долларов" (a year earlier it fell short of; under, money._DENIED)
                          # round 43: "Годом ранее он равнялся 48,5 млн" (it equalled)
                          r"(?:достиг|состави|составля|превыси|вырос|увеличи|сократи|снизи|дотягива|дотяну|превыша|"
                          r"равнял|равен|равна|находил|был)\w*)"
                          # round 20: "Годом ранее оборот составлял около $534 млн" (a year earlier the turnover was;
                          # "оборот" alone is no trade word of _TRADE): when.period_back_in gives its year; the
                          # turnover, not the flow just reported
                          r"|^\W*(?:годом\s+(?:ранее|раньше)|год\s+назад),?\s+(?:оборот|товарооборот|объ[её]м\s+торговли)\s+"
                          r"(?:достиг|состави|составля|превыш|вырос|был)\w*"
                          # round 46: a year earlier the source recorded: "Годом ранее таджикская статистика фиксировала
                          # 48,3 млн", "A year earlier, Tajik statistics had recorded $48.3 million"
                          r"|^\W*(?:годом\s+(?:ранее|раньше)|год\s+назад),?\s+(?:[а-яё]+(?:ая|ий|ое|ые|ой)\s+){0,2}"
                          r"(?:статистика|таможня|ведомство|агентство|комитет|служба)\s+(?:за)?фиксирова\w*"
                          r"|^\W*(?:a|one)\s+year\s+(?:earlier|before),?\s+(?:[\w-]+\s+){0,3}(?:statistics|customs|"
                          r"agency|committee|office|service)\s+(?:had\s+)?(?:recorded|registered|counted)\b"
                          # Round 98 (q3): the figure just told in another currency, in dollars next, the amount closing
                          # the sentence: "Converted at average monthly rates, that is about $4.31 billion." after
                          # "… reached €3.96 billion (HUF 1,548 billion) …" (dev/1463), "In dollars, this is …"; not
                          # "That is $300 million more than …" (a difference)
                          r"|(?:^\W*|,\s*)(?:that|this)\s+(?:is|was|comes\s+to|came\s+to)\s+(?=(?:"
                          + _APPROXIMATE_WORDS + r"\s+){0,2}(?:US\$|USD\s?|\$)\s?\d[\d.,]*\s*(?:billion|million|bn|m)?"
                          r"\s*[.!]?$)"
                          # the figure compared with an earlier one: "That compares with some $300 million for the whole
                          # of 2021", "This is up from $1.2 billion a year earlier" (_compared_period)
                          r"|(?P<compared>^\W*(?:this|that|it|the\s+figure|this\s+figure)\s+(?:(?:compares|compared)\s+(?:with|to)"
                          r"|(?:is|was)\s+(?:up|down)\s+from"
                          # Round 86 (n4, near_compared): the figure just told set near an earlier one, "That puts
                          # the pair within touching distance of the $538.6 million recorded for the whole of 2025"
                          # (dev/1320), "That brings trade close to …"; not a goal's amount ("within reach of the
                          # $5 billion target")
                          r"|(?:puts|brings|leaves|takes)\s+(?:the\s+pair|the\s+two|it|them|trade|turnover)\s+"
                          r"(?:within\s+(?:touching|striking)\s+distance\s+of|close\s+to|just\s+short\s+of)"
                          r"(?![^.]*\b(?:target|goal|aim)))\s)", re.I)
# Round 60 (trade60): a round-up's line on the next partner, the partner named before "the figure for": Azerbaijani
# "Özbəkistan üzrə göstərici 213,9 milyon dollar (+29,7%) olub", Turkish "Özbekistan için rakam …"; its turnover with
# the report's home (the states it names, with the report's home as the pair rules give it)
_PARTNER_LINE = re.compile(r"\W*[A-ZÇƏĞİÖŞÜ][\w’'-]+\s+(?:üzrə|için)\s+"
                           r"(?:(?:bu\s+)?(?:göstərici|rəqəm|rakam|gösterge)\w*)\s")


# A sentence right after a trade figure that is only a period and an amount goes on with that trade, the subject
# left out: Turkish "Bu yılın ocak-ekim döneminde ise 5,2 milyar dolara ulaştık" (in this year's January–October we
# reached $5.2 billion), "In the first quarter, $1.3 billion", Russian "В первом квартале – 300 млн долларов". Before
# the period at most a conjunction, between it and the amount only connectives (and a growth, _ELLIPTIC_GROWTH), and
# after the amount a verb of reaching or the sentence's end.
# (round 45: after a comparison's lead and a colon, "Для сравнения: в 2021 году было около 700 млн.")
# (round 53, tradetext: or after the dash opening an interview's answer, "— За январь–февраль этого года мы уже вышли на
# 171,3 млн долларов.")
# (round 70, numq70: and "ещё" (as early as) before an earlier year, "Для сравнения: ещё в 2017 году мы торговали почти
# на 240 млн долларов", dev/1127)
_ELLIPTIC_BEFORE = re.compile(r"[\s\"“”«„'(]*(?:[—–]\s+)?(?:" + _COMPARISON_LEAD.replace(r"),\s*", r")[,:]\s*") + r")?"
                              r"(?:(?:and|but|ve|ama|amma|а|и|но)\s+)?(?:(?:ещё|еще)\s+)?"
                              r"(?:(?:in|for|during|over|в|за)\s+)?"
                              r"(?:the\s+)?(?:(?:whole|entire)\s+(?:of\s+)?)?$", re.I)  # "For the whole of 2024 …"
# Between them also its growth: Turkish "Bu yılın ilk çeyreğinde ise yüzde 18 artışla 1 milyar doları aştı" ("%18
# artışla", "yüzde 14'lük bir artışla", round 29: "yüzde 9'luk artışla", "yüzde 5 azalarak"), Azerbaijani "12 faiz artaraq", Russian "с ростом на 18%", English "up 18 percent at".
# Round 93 (t1, near_rate_between): or the rate told as near one, "yüzde 9'a yakın bir artışla" (dev/1404)
_ELLIPTIC_GROWTH = (r"(?:yüzde\s+|%\s?)\d+(?:[.,]\d+)?(?:['’]?l[ıiuü]k(?:\s+bir)?|['’]y?[ae]\s+yakın(?:\s+bir)?)?"
                    r"\s+(?:artış|artarak|art[ıi]ş|azal|düş|büyü|geril)\w*"
                    r"|\d+(?:[.,]\d+)?\s?(?:%|faiz)\s+(?:art|azal)\w*"
                    r"|с\s+(?:ростом|падением|увеличением|снижением)\s+на\s+\d+(?:[.,]\d+)?\s?(?:%|процент\w*)"
                    r"|(?:up|down)\s+\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)(?:\s+(?:at|to))?"
                    # Round 89 (a1 multiple_growth_between): or a multiple with its converb, "2025-ci ildə isə bu
                    # göstərici beş dəfədən çox artaraq 812,6 milyon dollara çatıb" (dev/1353), "iki dəfə artaraq",
                    # Turkish "beş kattan fazla artarak" (money._MULTIPLE_GROWTH reads the rate, of the numbers
                    # money.TIMES_NUMBERS spells)
                    rf"|(?:{money.TIMES_NUMBERS})\s+(?:dəfə|kat)"
                    r"(?:dən\s+(?:çox|artıq)|tan\s+fazla)?\s+(?:artaraq|artarak|azalaraq|azalarak)")
# (round 45: the case ending a year's period leaves, "в 2021 году было около 700 млн")
# (round 53, tradetext: and the locative ending of a Turkish or Azerbaijani year, "2023 yılında hacim …",
# "2024-cü ildə")
_ELLIPTIC_BETWEEN = re.compile(r"(?:[\s,;:–—-]|(?<=год)[ау]|(?<=yılı)nda|(?<=il)də|"
                               r"\b(?:döneminde|dönemde|aylarında|ayında|ise|isə|da|de|də|and|then|"
                               r"of|this|the|current|year|"
                               r"already|alone|а|же|уже|have|"
                               # round 36 (trade and targets): the trade's stand-in as subject and a verb of amounting
                               # before the amount, "За январь–март текущего года показатель достиг 1,2 млрд долларов",
                               # "In January–June the figure had reached $90 million"
                               r"текущего|этого|года|показатель|он|достиг\w*|составил\w*|превысил\w*|"
                               # round 86 (n5): "За девять месяцев нынешнего года – около 1,5 млрд долларов" (dev/1323)
                               r"нынешнего|"
                               # round 53 (tradetext): Turkish and Azerbaijani "the volume", "2024'te hacim 1 milyar 84
                               # milyon dolar seviyesindeydi" (in 2024 the volume was at the level of …)
                               r"hacim|hacmi|həcm|həcmi|"
                               # round 54 (tradetext): or its genitive before a reported verb, "Bu yılın ilk yedi
                               # ayında ise hacmin 1,4 milyar doları aştığını belirten …"
                               r"hacmin|hacminin|həcmin|həcminin|"
                               # round 45: "в 2021 году было около 700 млн", "In 2024 it was $1.2 billion"
                               r"было|был|была|was|were|"
                               r"figure|it|had|has|reached|totall?ed|amounted\s+to|came\s+to|stood\s+at|"
                               # round 50 (trade text): or nearing it, "In the first five months it approached $310m"
                               r"approached|neared|"
                               # the two as subject with a verb of recording: "For the whole of 2024 the two countries
                               # recorded $3.4bn"
                               r"(?:two|both)\s+countries|they|recorded|registered|posted|"
                               # round 44: a speaker's own "we" as subject, "In 2024 we had about $60 million"
                               r"we|"
                               # round 46: and Russian "мы" with its verb of trading, "в 2023 году мы торговали примерно
                               # на 580 миллионов" (we traded for about 580 million)
                               # (round 51: the perfective too, "за весь 2024 год мы наторговали примерно на 1,4
                               # миллиарда")
                               r"мы|(?:на)?торговал\w*(?:\s+(?:примерно|почти|около|более|свыше|всего|лишь|только))?"
                               r"\s+на|"
                               # round 49 (trade other): or of reaching, "в 2023 году мы вышли примерно на 1,7
                               # миллиарда"
                               r"вышли(?:\s+(?:примерно|почти|около|более|свыше|всего|лишь|только))?\s+на|"
                               # round 45: and its "are at" / "were (still) below", "In 2020 we were still below $2.2
                               # billion" (the word before the amount its qualifier)
                               r"(?:are|were)(?:\s+still)?\s+(?:at|below|under|above|over)|"
                               # and its verb of closing a year, "For the whole of 2024 we ended at $5.1 billion"
                               r"(?:ended|finished|closed)(?:\s+(?:up|the\s+year))?\s+at|"
                               # round 29: the amount's approximate word ("… artışla yaklaşık 2,5 milyar dolara ulaştı")
                               r"yaklaşık|təxminən|about|around|nearly|almost|roughly|почти|около|примерно|свыше)\b|"
                               + _ELLIPTIC_GROWTH + r")*", re.I)
# (round 46: or of falling or rising to it, "Bu yılın ilk çeyreğinde ise 1,4 milyar dolara geriledi")
# (round 99, q2: a Turkish word of "already" before the verb, "… 1 milyar dolar çoktan aşılmış.", dev/1480,
# money.TR_ALREADY)
_ELLIPTIC_AFTER = re.compile(r"\w{0,4}\s*" + rf"(?:{money.TR_ALREADY})?"
                             r"(?:[.!?\"”»]|$|(?:ulaş|aş|çat|yetiş|gerçekleş|reached|exceeded|stood)\w*"
                             r"|(?:geriledi|düştü|yükseldi)\b"
                             # round 77 (column77): or of going up to it, "… yüzde 6 artışla 1,62 milyar dolara çıktı"
                             # (dev/1212), "… 2 milyar dolara çıkmıştı"
                             r"|(?:çıktı|çıkmıştı)\b"
                             # round 50 (trade text): or of nearing it, "… yüzde 12 artışla 842 milyon dolara yaklaştı"
                             r"|(?:yaklaş|yaxınlaş)\w*"
                             # round 53 (tradetext): or at its level, "… 1 milyar 84 milyon dolar seviyesindeydi"
                             r"|(?:seviyesinde|səviyyəsində)\w*"
                             r"|oldu\b|olub\b|təşkil edib\b"
                             # round 54 (tradetext): or its verbal noun before a participle of saying, "… 3,2 milyar
                             # dolar olduğunu hatırlatan …" (_REPORTED_BY_PARTICIPLE)
                             r"|olduğunu\b"
                             # round 86 (n5): or its growth told after it as a noun, "За девять месяцев нынешнего года
                             # – около 1,5 млрд долларов, рост примерно 6%." (dev/1323), ", снижение на 3%"
                             r"|,\s+(?:рост|прирост|снижение|падение)\s+(?:на\s+)?(?:примерно\s+|около\s+|почти\s+)?"
                             r"\d+(?:[.,]\d+)?\s?(?:%|процент\w*)\s*[.!]?$"
                             # Round 88 (t2): the English one, "in the first nine months we are at $4.4 billion, up
                             # almost 7 percent." (dev/1342), ", down 3%": the growth alone closes the sentence
                             r"|,\s+(?:up|down)\s+(?:(?:almost|nearly|about|around|roughly|some|over|more\s+than)\s+)?"
                             r"\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s*[.!]?$)", re.I)


# Round 30: the attribution after a quote that ends in the elliptic sentence counts for none of its size: '"… Bu yılın ilk
# beş ayında ise yüzde 12 artışla 1,7 milyar doları aştı" diye konuştu.', '… – 1,2 млрд долларов», – сказал он.', '…
# $1.2 billion," he said.' (a closing quote mark, then at most four words).
_SAID_AFTER_QUOTE = re.compile(r"[\"”»],?\s*(?:[–—-]\s*)?(?:[^\W\d]+\s*){1,4}[.!]$")
ELLIPTIC_LENGTH = 100  # characters: a sentence that is only a period and an amount is a short one
ELLIPTIC_WORDS = 14  # and has few words ("Bu yılın ocak-ekim döneminde ise 5,2 milyar dolara ulaştık": 9)
COMPOUND_AMOUNT_SPACES = 4  # spaces a compound amount may hold beyond those ("4 milyar 185 milyon dolar": 4)
_A_DIGIT = re.compile(r"\d")  # every amount that follows a period has one (no "half a billion" there)


_TWO_AS_SUBJECT = re.compile(r"\b(?:we|мы|(?:the\s+)?(?:two|both)\s+countries)\s+(?!(?:sold|bought|exported|imported|"
                             r"shipped|purchased|продал\w*|купил\w*|экспортировал\w*|импортировал\w*|поставил\w*)\b)",
                             re.I)  # an elliptic sentence's subject: the two, no flow's verb
# (not "they", which may be the exports just told: "Turkish exports were $2 billion. In 2021 they were at $1.2 billion")
_SO_TAIL = re.compile(r",\s+so\s+[^\d$%]*$")  # a remark ending the sentence, its consequence (_elliptic)
# Round 77 (column77): or a contrasting remark after a semicolon, which may weigh the figure against a target ("… 1,62
# milyar dolara çıktı; ama bu tempo, 10 milyar dolarlık hedefin yarısına bile yetmez.", dev/1212; "…; but that is far
# from the $5 billion goal"): no part of the period-and-amount clause before it
_SEMICOLON_BUT_TAIL = re.compile(r";\s+(?:ama|ancak|fakat|lakin|amma|but|yet|но|однако)\s+[^;]*$", re.I)
# Round 54 (tradetext): a Turkish amount told as reported by a participle clause, its speaker and the rest of the
# sentence after it: "Bu yılın ilk yedi ayında ise hacmin 1,4 milyar doları aştığını belirten Erdoğan, …" (noting
# that the volume exceeded …): the sentence up to the verbal noun is read as the elliptic one (_elliptic).
_REPORTED_BY_PARTICIPLE = re.compile(r"(?<=\w)(?:d|t)[ıiuü]ğ[ıiuü]n[ıiuü]\s+(?=(?:belirten|söyleyen|kaydeden|"
                                     r"vurgulayan|hatırlatan|ifade\s+eden|dile\s+getiren|aktaran)\b)", re.I)


# Round 52 (trade52): a remark with no number leading up to the figure with a colon, "This year the dynamic is even
# better: in January–May we recorded $148.3 million", "Картина ещё лучше: за январь–май он составил …": the clause
# after the colon, opening with its period, is read as the sentence.
_REMARK_COLON_LEAD = re.compile(r"^[^\d:;.,\"“”«»]{8,60}?:\s+(?=(?:in|for|during|over|в|за)\s)", re.I)


# Round 72 (tv72): a speaker's clause of looking back before the period, "And if you look a little further back, in
# 2023 we were at around four hundred and fifty million." (dev/1156), "If we look back to 2022, …": no part of the
# period-and-amount sentence, read after it as after a remark's colon
_LOOKING_BACK_LEAD = re.compile(r"\W*(?:(?:and|but|so)\s+)?if\s+(?:you|we|one)\s+look\s+(?:[a-z]+\s+){0,3}?"
                                r"(?:back|further|earlier)\b[^,.;:!?]{0,30},\s+(?=(?:in|for|during|over)\s)", re.I)


# Round 77 (brief77): a month named as the subject of a judgement, a colon, then its amount, "January was softer:
# $318.4 million, 6.5% below the same month a year earlier" (dev/1206), "March proved stronger: $402 million": right
# after a trade figure, that trade's figure for the month (_month_judged_before_colon).
_MONTH_JUDGED_LEAD = re.compile(r"\W*(?:(?:but|and)\s+)?(?P<month>January|February|March|April|May|June|July|August|"
                                r"September|October|November|December)\s+(?:was|proved|came\s+in|looked|turned\s+out)"
                                r"\s+[^\d:;.,\"“”]{2,30}?:\s+(?=(?:US)?\$|(?:about|around|some|nearly|almost)\s)",
                                re.I)
_MONTH_JUDGED_WORDS = ("was", "proved", "came in", "looked", "turned out")  # cheap gate, as cheap.lowered() has them


def _month_judged_before_colon(sentence: str, check: str, published: date) -> tuple[str, int, int] | None:
    """The month the sentence opens with as the subject of a judgement and a colon before an amount
    (_MONTH_JUDGED_LEAD), as a period spanning the month's name; else None."""
    if ":" not in check or not any(word in check for word in _MONTH_JUDGED_WORDS) \
            or not (m := _MONTH_JUDGED_LEAD.match(sentence)):
        return None
    period = when.period_in("in " + m["month"], published)
    return (period[0], m.start("month"), m.end("month")) if period else None


# Round 80 (check80): a second statistics office's count of the same trade, judged against the one just told, a colon,
# then its amount: "The Turkish Statistical Institute (TurkStat) counts even less for the same year: just under $4.8
# billion" (dev/1242), "Kazakh customs record slightly more: $5.5 billion". Read right after a trade figure as that
# trade's figure of the period just told (or of the year it names), the flow of its headline figure.
_OFFICE_COUNTS_LEAD = re.compile(r"\W*(?:(?:but|and)\s+)?(?:the\s+)?[^\d:;.,\"“”]{0,60}?"
                                 r"(?:statistic\w*|customs|bureau|institute|committee|agency|TurkStat|Geostat)\b"
                                 r"(?:\s+\([^()]{2,20}\))?\s+"
                                 r"(?:counts|records|reports|shows|puts\s+it|gives|has|sees)\s+"
                                 r"(?:(?:even|slightly|somewhat|still|much|far|a\s+little|a\s+bit)\s+)?"
                                 r"(?:less|more|lower|higher|fewer)\b"
                                 r"(?:\s+for\s+(?:the\s+same\s+(?:year|period)|(?P<year>(?:19|20)\d\d)))?"
                                 r":\s+(?=(?:US)?\$"
                                 r"|(?:just\s+)?(?:about|around|some|nearly|almost|under|over|below|above)\s)",
                                 re.I)
_OFFICE_COUNTS_WORDS = (" less", " more", " lower", " higher", " fewer")  # cheap gate, one in every match
# Round 84 (h2): so too a second office's count told straight, its amount then "for the same" period (or the year):
# "Kyrgyzstan's National Statistical Committee reports $1.42 billion for the same twelve months" right after the first
# office's "$1.87 billion in 2025" (dev/1300), "Georgia's statistics office records $980 million for 2025"
_OFFICE_REPORTS_SAME_PERIOD = re.compile(r"\W*(?:(?:but|and|while)\s+)?(?:the\s+)?[^\d:;.,\"“”]{0,60}?"
                                         r"(?:statistic\w*|customs|bureau|institute|committee|office|service|agency"
                                         r"|TurkStat|Geostat)\b"
                                         r"(?:\s+\([^()]{2,20}\))?\s+"
                                         r"(?:counts|records|reports|shows|puts|gives|has)\s+"
                                         r"(?:(?:only|just|some|about|around|nearly|almost|over|under)\s+)?"
                                         r"(?=(?:US)?\$\s?\d[\d.,]*\s*(?:billion|million|bn|mln|m)?\s+for\s+"
                                         r"(?:the\s+same\s+(?:year|period|twelve\s+months|\w+\s+months)"
                                         r"|(?P<year>(?:19|20)\d\d))\s*[.;]?$)", re.I)
_OFFICE_REPORTS_WORDS = ("for the same", " for 20", " for 19")  # cheap gate, one in every match


def _office_counts_before_colon(sentence: str, check: str) -> re.Match | None:
    """The lead of a statistics office's count judged against the one told before and a colon before its amount
    (_OFFICE_COUNTS_LEAD), or told straight with its period after (_OFFICE_REPORTS_SAME_PERIOD), else None."""
    if ":" in check and any(word in check for word in _OFFICE_COUNTS_WORDS):
        return _OFFICE_COUNTS_LEAD.match(sentence)
    if any(word in check for word in _OFFICE_REPORTS_WORDS):
        return _OFFICE_REPORTS_SAME_PERIOD.match(sentence)
    return None


def _elliptic(sentence: str, check: str, published: date) -> bool:
    """Is the sentence only a period and an amount (_ELLIPTIC_BEFORE/_BETWEEN/_AFTER)?"""
    if ":" in check[:62] and (lead := _REMARK_COLON_LEAD.match(sentence)):
        sentence, check = sentence[lead.end():], check[lead.end():]
    elif " look" in check[:24] and (lead := _LOOKING_BACK_LEAD.match(sentence)):
        sentence, check = sentence[lead.end():], check[lead.end():]  # round 72: "And if you look … back, in 2023 …"
    said = _SAID_AFTER_QUOTE.search(sentence) if sentence[-1:] in ".!" else None
    core = sentence[:said.start() + 1] if said else sentence  # round 30: not its attribution's words (_SAID_AFTER_QUOTE)
    tail = _growth_compared_tail(core, check)  # round 39: ", что на 12% больше, чем …" counts for none of its size
    so = None
    if tail is not None:
        core = core[:tail.start()] + "."
    elif (so := _SO_TAIL.search(core) or (_SEMICOLON_BUT_TAIL.search(core) if ";" in core else None)) is not None:
        core = core[:so.start()] + "."  # round 45: ", so nobody can say …", a remark with no number (r77: "; ama …")
    elif ("ğını" in check or "ğini" in check or "ğunu" in check or "ğünü" in check) \
            and (told := _REPORTED_BY_PARTICIPLE.search(core)) is not None:
        sentence = core = core[:told.end()].rstrip() + "."  # round 54: "… doları aştığını belirten Erdoğan, …"
    if len(core) > ELLIPTIC_LENGTH or core.count(" ") >= ELLIPTIC_WORDS + COMPOUND_AMOUNT_SPACES \
            or not _A_DIGIT.search(sentence):
        return False
    # (round 45: or bare, the currency the figure's before: "In 2024 we were at about 325 million.")
    amounts = money.amounts_in(sentence, check) or money.bare_amounts(sentence)
    # Round 84 (h6): the words of the amount itself count for one, a Turkish compound amount told in four ("Bu yılın
    # ilk dokuz ayında ise yüzde 11 artışla 4 milyar 185 milyon dolara ulaştık", dev/1292) as short as a decimal one
    if amounts and core.count(" ") - sentence.count(" ", amounts[0].start, amounts[0].end) >= ELLIPTIC_WORDS:
        return False
    period = when.period_in(sentence, published, check) if amounts else None
    if period is None or period[2] > amounts[0].start:
        return False
    return bool(_ELLIPTIC_BEFORE.match(sentence, 0, period[1]) and _ELLIPTIC_BETWEEN.fullmatch(sentence, period[2],
                amounts[0].start) and (_ELLIPTIC_AFTER.match(sentence, amounts[0].end)
                                       or tail is not None and tail.start() == amounts[0].end
                                       or so is not None and so.start() == amounts[0].end))


def _we_traded_elliptic(doc: Document, s, published: date) -> bool:
    """Round 51: "Для сравнения: за весь 2024 год мы наторговали примерно на 1,4 миллиарда." — a short sentence of a
    period, "we traded" and an amount, naming no state: the trade just told, its verb no trade figure of its own."""
    return "наторгова" in s.check and not doc.codes(s) and _elliptic(s.text, s.check, published)


_WHO = re.compile(r"\b(the sides|both sides|the parties|the heads of state|the presidents|the leaders|the two leaders)\b", re.I)
_SAID_BY = re.compile(r"(?:^|,\s*|according to\s+)(?P<spk>[^,.;]{2,70}?)\s+(?:said|noted|stated|added|told|reported|"
                      r"announced|underlined|stressed)\b|according to (?P<spk2>[^,.;]{2,70})", re.I)
# non-oil trade also as Azerbaijani "qeyri-neft ixracı", Russian "ненефтяной экспорт", Turkish "petrol dışı ihracat"
_NON_OIL = re.compile(r"\bnon-oil\b|\bqeyri-neft\w*|\bненефтян\w*|\bpetrol\s+dışı\b", re.I)
_NON_OIL_WORDS = ("non-oil", "qeyri-neft", "ненефтян", "petrol dişi")  # as cheap.lowered() has them


def _scope(sentence: str, check: str) -> str:
    """The trade table's scope of a figure told in `sentence` (`check`: its cheap.lowered twin)."""
    return "non-oil" if any(w in check for w in _NON_OIL_WORDS) and _NON_OIL.search(sentence) else "all goods"


@dataclass
class FigureFound:
    kind: str  # "trade" or "target"
    pair: tuple[str, str]
    value_usd_m: float
    qualifier: str
    span: tuple[int, int]
    confidence: float
    period: str = ""
    flow: str = "turnover"
    growth_pct: float | None = None
    target_year: int | None = None
    stated_by: str = ""
    scope: str = "all goods"
    rule: str = ""


# A Turkish release's participle between a state and its flow: "Kazakistan'a yapılan ihracat" (the exports made to
# Kazakhstan), "Azerbaycan'dan gerçekleştirilen ithalat" (round 45); _WITH_ONE and _FLOW_AFTER read past it.
_MADE_TR = r"(?i:(?:yapılan|gerçekleştirilen)\s+)?"


# Turkish "Kazakistan ile ticaret hacmi", Azerbaijani "Qazaxıstanla ticarət dövriyyəsi": trade "with" one state
# and no subject is the trade of the state whose language the report is in.
# Round 65 (tradetr65, dev/1068): so too with the first-person plural possessive, "Türkmenistan ile ticaretimiz" (our
# trade), "Qazaxıstanla ticarətimiz", a case ending after it ("ticaretimizde"): the speaker's "our" is in that language.
_WITH_ONE = re.compile(r"(?i:(?P<TUR>\s+ile\s+(?:(?:olan|dış)\s+)?ticaret(?:imiz\w*)?)\b"
                       r"|(?P<AZE>(?:la|lə)\s+(?:(?:olan|xarici)\s+)?ticarət(?:imiz\w*)?)\b"
                       # round 53 (traderel): the goal with one state, "Bakan, Kazakistan ile hedefin 2030 yılına kadar
                       # 10 milyar dolar olduğunu …", Azerbaijani "Qazaxıstanla hədəf"
                       r"|(?P<TUR_GOAL>\s+ile\s+hedef)|(?P<AZE_GOAL>(?:la|lə)\s+hədəf))"
                       # round 24: so too exports to one state or imports from it: "Kazakistan'a ihracatın 2025'te 1,5
                       # milyar dolar olduğunu söyledi", Azerbaijani "Qazaxıstana ixrac"
                       r"|(?P<TUR_FLOW>['’](?:y?[ae]|n[ae])\s+" + _MADE_TR + r"(?i:ihracat)"
                       r"|['’](?:[dt][ae]n)\s+" + _MADE_TR + r"(?i:ithalat))"
                       # (a name: a capital first, "Qazaxıstana ixrac"; not "9 ay ərzində ixrac")
                       r"|(?P<AZE_FLOW>\b[A-ZÇĞİÖŞÜƏ][^\W\d]+?(?:y?[aə]\s+ixrac|d[aə]n\s+idxal))")
_WITH_ONE_WORDS = ("ticar", "ihracat", "ithalat", "ixrac", "idxal", "hedef", "hədəf")  # one is in every _WITH_ONE match


def _home_of_language(sentence: str) -> str | None:
    """The state of the language a sentence says "trade with one state" in, else None."""
    m = _WITH_ONE.search(sentence) if any(word in sentence for word in _WITH_ONE_WORDS) else None
    return m.lastgroup[:3] if m else None


def _pair(codes: list[str], context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The pair a sentence (`codes`: the countries it names, in order) is about."""
    if len(codes) >= 2:
        return codes[0], codes[1]
    if len(codes) == 1 and context_pair and codes[0] in context_pair:
        return context_pair if context_pair[0] == codes[0] else (context_pair[1], context_pair[0])
    if len(codes) == 1 and context_pair:
        return context_pair[0], codes[0]
    return context_pair


# Words one of which each match of _WHO / _SAID_BY holds: checked in cheap.lowered(sentence) first.
_WHO_WORDS = ("sides", "parties", "heads of state", "presidents", "leaders")
_SAID_WORDS = ("said", "noted", "stated", "added", "told", "reported", "announced", "underlined", "stressed",
               "according to")


def _stated_by(sentence: str, check: str, pair: tuple[str, str], resolver: Resolver, outlet: str) -> str:
    by = f" (as reported by {outlet})" if outlet else ""
    m = _WHO.search(sentence) if any(word in check for word in _WHO_WORDS) else None
    if m:
        leaders = [resolver.holder_name(code) for code in pair]
        named = " and ".join(n for n in leaders if n)
        who = lowered(m[1]).removeprefix("the ")
        return f"{who.capitalize()}{': ' + named if named else ''}{by}"
    m = _SAID_BY.search(sentence) if any(word in check for word in _SAID_WORDS) else None
    person = resolver.resolve(m["spk"] or m["spk2"], speaking=False) if m else None
    if person:
        return f"{person.role} {person.name}{by}".strip()
    return f"{outlet or 'the article'} (not attributed to an official)"


def _last_word(check: str) -> str:
    """The word the text ends with, before white space at its end ("" when it ends otherwise, "(" or ","):
    each cue pattern ends with one of a few words and then white space, so a pattern whose words are
    not this one cannot match and is not run."""
    tail = check.rstrip()
    i = len(tail)
    while i and (tail[i - 1].isalnum() or tail[i - 1] == "_"):  # what \w matches
        i -= 1
    return tail[i:]


# An approximate word between a cue and its amount: "raise it to at least one billion dollars"
# Round 19: a wish to see trade at an amount: "By 2030 we want to see trade between our two countries at 500 million
# dollars a year", "we would like to see bilateral turnover reach $1 billion", "hope to see trade topping $2 billion"
# (a trade word between; "saw trade at $3 billion" is a result, no wish).
# Round 21: in reported speech the wish is past and trade may be "it" after its figure: "said trade had grown to $498
# million and that Astana wanted to see it reach $1 billion by 2030".
# Round 106 (h6): or the amount itself what they want to see, right after "to see" (the `how` group left out), when a
# figure before it in the sentence is what it means: 'trade … had reached $6.7 billion last year and that the two
# governments "want to see $10 billion by 2030"' (dev/1574); alone in its sentence it tells no target (_is_target)
_WANT_TO_SEE = re.compile(r"\b(?:want|wants|wanted|hope|hopes|hoped|wish|wishes|wished|like|expect|expects|expected|plan|"
                          r"plans|planned|aim|aims|aimed|intend|intends|intended)\s+to\s+see\s+"
                          r"(?P<how>(?:(?:it|this|that)\s+|[^.;]{0,60}?\b(?:trade|turnover|commerce)\b[^.;$]{0,60}?)"
                          r"\b(?:at|reach(?:ing)?|hit(?:ting)?|top(?:ping)?|exceed(?:ing)?|of)\s+)?$", re.I)
# Round 85 (k5, want_it_at): the wish told without "to see", trade its object after its figure: "reached $2.1 billion
# last year, and the two governments want it at $5 billion by 2030" (dev/1312); only "want" and "it"/trade then "at"
_WANT_IT_AT = re.compile(r"\b(?:want|wants|wanted)\s+(?:it|(?:bilateral\s+|mutual\s+)?(?:trade|turnover))\s+at\s+$",
                         re.I)
_QUALIFIER_TAIL = re.compile(r"\b(?:at\s+least|about|around|nearly|almost|over|more\s+than|some|roughly|"
                             r"approximately)\s+$", re.I)
_QUALIFIER_LAST = frozenset(("least", "about", "around", "nearly", "almost", "over", "than", "some", "roughly",
                             "approximately"))  # _QUALIFIER_TAIL


_OPENING_QUOTES = frozenset('"“«„')  # a quote opening right before an amount (_is_target reads the lead past it)


def _is_target(lead: str, after_amount: bool = False, last: str | None = None,
               check: str | None = None) -> bool:
    """Does the text before an amount (since the previous one) make it a target? `after_amount`: an amount
    stands before it in the sentence; `last`: _last_word(cheap.lowered(lead)) and `check`: cheap.lowered(lead),
    when the caller has them."""
    if check is None:
        check = lowered(lead)
    if lead[-1:] in _OPENING_QUOTES and lead[-2:-1].isspace():
        # round 41 (trade B): a quote opens with the amount, 'the trade goal was "one hundred million dollars, …"'
        lead, check = lead[:-1], check[:-1]
        last = _last_word(check)
    if last is None:
        last = _last_word(check)
    if last in _QUALIFIER_LAST and (q := _QUALIFIER_TAIL.search(lead)):  # "to raise it to at least $1 billion"
        lead = lead[:q.start()]
        check = lowered(lead)
        last = _last_word(check)
    if last == "to" and any(word in check for word in _WHICH_AMOUNTED_WORDS) and _WHICH_AMOUNTED_TO.search(lead):
        return False  # round 83 (h4): the relative clause's own past verb reports the amount (round 99, q3: or the
        # main clause's "came to")
    start = 0 if lead[-1:].isspace() else len(lead)  # a cue ends "to ": without white space at the end, none
    # the cheap word checks first: each pattern needs its word ("reach"/"hit"/"achieve", "до") and ends with one
    if start == 0 and last in _REACH_LAST and any(word in lead for word in _REACH_WORDS) \
            and (cue := _REACH_CUE.search(lead)) and _INTENT.search(lead, 0, cue.end()) \
            and not _POSSIBLE_REACH.match(cue[0]) \
            and not ("expect" in check and _OWN_EXPECTATION.search(lead, max(0, cue.start() - 30), cue.end())):
        # round 27: "could reach" a potential, though "as planned" is before; round 47: the speaker's own expectation
        return True
    if start == 0 and last in _RU_LAST and not lead.isascii() and _TARGET_CUE_RU.search(lead) \
            and not _ABLE_TO_BRING_RU.search(lead):  # Russian; round 75: "способны довести … до" a potential
        return True
    if start == 0 and any(word in check for word in _REACH_RU_WORDS) and _TARGET_REACH_RU.search(lead) \
            and not _POTENTIAL_RU.search(lead):
        return True
    if start == 0 and any(word in check for word in _FORECAST_RU_WORDS) and _FORECAST_RU.search(lead) \
            and not _POTENTIAL_FORECAST_RU.search(lead):  # round 39: "по прогнозу, может превысить" a potential
        return True
    while last in _CUE_LAST and (cue := _TARGET_CUE.search(lead, start)):
        # ", bringing the total trade volume to $6.3 billion" (", taking total trade to") after the amounts it adds up
        # is a result too
        result = _PAST_CUE.match(cue[1]) or (after_amount and cue[1].lower() in _ADDING_UP
                                            and lead[:cue.start()].rstrip().endswith(",")) \
            or " by " in check and _CHANGE_BY_RATE.match(lead, cue.end(1))
        if not (result and not _INTENT.search(lead[:cue.start()])):
            return True
        start = cue.end(1)  # "increased by 40 percent in 2021 to $331.5 million": a result; a later cue may still count
    if start == 0 and "see" in check and (wish := _WANT_TO_SEE.search(lead)) and (wish["how"] or after_amount):
        return True  # "we want to see trade … at $500 million" (round 106, h6: "… and they want to see $10 billion")
    if start == 0 and last == "at" and "want" in check and _WANT_IT_AT.search(lead):  # round 85 (k5): "want it at"
        return True
    if start == 0 and (last in _NOUN_LAST or lead.rstrip()[-1:] in _NOUN_DASHES
                       or lead.rstrip()[-1:] == "," and any(word in check for word in _GOAL_STAGE_WORDS)) \
            and _TARGET_NOUN.search(lead):  # (round 103, h5: a stage's comma, _TARGET_NOUN)
        return True
    # a local noun ends the lead: only its tail is read (the same characters of `check` when it is as long)
    tail = max(0, len(lead) - 60)
    tail_check = check[tail:] if len(check) == len(lead) else check
    if any(word in tail_check for word in _NOUN_LOCAL_WORDS) and _TARGET_NOUN_LOCAL.search(lead, tail):
        return True
    if start == 0 and "toward" in check and _WORK_TOWARDS.search(lead):  # round 29
        return True
    if start == 0 and last in _REACHING_LAST and _GOAL_OF_REACHING.search(lead):  # round 31
        return True
    return bool("to" in lead[-6:] and _TARGET_WORD.search(lead))


# Round 83 (h4): a relative clause with a past verb of its own before the amount tells a result, whatever cue stands
# before it: "noted the growth of bilateral trade turnover, which amounted to about 1.3 billion US dollars in
# January–July 2026" is no target of "growth … to" (dev/1288); "agreed to bring trade, which is expected to grow, to
# $5 billion" keeps its cue (no past verb right after "which")
# Round 99 (q3): so does a past verb of amounting that is no cue of its own in the main clause, right before "to":
# "There is room to grow: trade between … came to $19.7 million in the first half of this year" is no target of "grow
# … to" (dev/1470); "rose to", "grew to" stay the cue's, which an intent before it makes a target ("expected to have
# grown to")
_WHICH_AMOUNTED_TO = re.compile(r"(?:,\s+which\s+(?:has\s+|had\s+)?(?:amounted|came|rose|grew|climbed|increased|jumped|"
                                r"totall?ed)|\b(?:amounted|came))\s+to\s+$", re.I)
_WHICH_AMOUNTED_WORDS = ("which", "amounted", "came")  # as cheap.lowered() has them; one is in every match


# Round 31: the goal named with the gerund of reaching and the amount: "had set themselves the goal of reaching $1
# billion by 2030", "the target of achieving $500 million in annual trade" ("a potential of reaching" is none: no goal word).
_GOAL_OF_REACHING = re.compile(r"\b(?:goal|target|aim|objective|task)\s+of\s+"
                               r"(?:reaching|achieving|hitting|attaining)\s+$", re.I)
_REACHING_LAST = frozenset(("reaching", "achieving", "hitting", "attaining"))  # _GOAL_OF_REACHING ends with one


# A target told from the present amount: "hope to lift trade from $600 million last year to $1 billion by 2027", Russian
# "увеличить товарооборот с 500 млн долларов до 1 млрд": the cue stands before "from", the target after "to".
_FROM_BEFORE = re.compile(r"\s(?:from|с|со)\s+$", re.I)
_TO_AFTER_FROM = re.compile(r"(?:\s+[^\s.,;$]+){0,3}?\s+(?:to|до)\s+$", re.I)


def _from_to_target(sentence: str, before: money.Amount, segment: str) -> bool:
    """The amount after `segment` is the "to" of "<cue> from <amount before> … to" (_FROM_BEFORE, _TO_AFTER_FROM)."""
    if not _TO_AFTER_FROM.fullmatch(segment) or not (m := _FROM_BEFORE.search(sentence, 0, before.start)):
        return False
    return _is_target(sentence[:m.start()] + " to " if segment.rstrip().endswith("to") else sentence[:m.start()] + " до ")


# After a trade figure, a sentence with no trade word of its own aims at that trade when nothing follows the amount but
# a deadline: "Kazakhstan and Azerbaijan traded goods worth $520m last year. The countries target $1bn by 2026." (not
# "They also eye $5 billion in investment")
# (round 56, traderel: a yearly amount and a term with no year, "aim for $5 billion a year in the near term")
_AIM_TAIL = re.compile(r"\s*(?:(?:a|per)\s+year\s*|annually\s*)?"
                       r"(?:(?:by|until|in)\s+(?:the\s+end\s+of\s+)?20\d\d\b\s*"
                       r"|in\s+the\s+(?:near|short|medium)(?:\s+|-)term\s*|soon\s*)?(?:[.;!]|$)", re.I)


def _aims_for(lead: str, last: str, sentence: str, amount: money.Amount, trade_before: bool = False) -> bool:
    """"aim for $10B trade volume", "eye $15 billion trade": a verb of aiming, the amount, then trade.
    `last`: _last_word(cheap.lowered(lead)); `trade_before`: the sentence goes on with a trade just reported (round
    30: or a target of it just told, "… to bring trade to $500 million, while Ankara and Budapest aim for $6 billion"),
    so the amount need not name trade (_AIM_TAIL)."""
    return lead[-1:].isspace() and last in _AIM_LAST and (aim := _AIM_FOR.search(lead)) is not None \
        and (aim["trade"] is not None or bool(_TRADE_NEXT.match(sentence, amount.end))
             or trade_before and bool(_AIM_TAIL.match(sentence, amount.end)))


# Turkish and Azerbaijani put a verb of aiming after the amount: "10 milyar dolar hedefliyoruz" (we aim at), "hedefliyor",
# "hedefleniyor", Azerbaijani "1 milyard dollar hədəfləyirik"; an amount listed before that one aims too: "Kısa vadede 5
# milyar dolar, 2030'da ise 10 milyar dolar hedefliyoruz" (in the short term $5 billion, and $10 billion in 2030).
_AIMED_AFTER = re.compile(r"\w{0,4}\s+(?:(?:ticaret|ticarət)\s+(?:hacmi|həcmi|dövriyyəsi)\s+)?(?:hedefl|hədəfl)\w*", re.I)
_AIMED_WORDS = ("hedefl", "hədəfl")  # as cheap.lowered() has them; one is in every _AIMED_AFTER match
_LISTED_BEFORE = re.compile(r"\s*(?:,|\bve\b|\bvə\b)\s*(?:[^\s,.;:]+\s+){0,4}", re.I)  # between two listed amounts
# … the first in the dative as the verb after the second takes it (round 18: "önce 5 milyar dolara, ardından 10 milyar
# dolara çıkarmak", "əvvəlcə 1 milyard dollara, sonra 2 milyard dollara çatdırmaq")
_LISTED_DATIVE = re.compile(r"(?:a|ya)\s*(?:,|\bve\b|\bvə\b)\s*(?:[^\s,.;:]+\s+){0,4}", re.I)


# A forecast is a target, as "is expected to reach $1 billion by 2027" is: Turkish "15 milyar dolara ulaşması bekleniyor"
# (is expected to reach), "… olması öngörülüyor", Azerbaijani "1 milyard dollara çatacağı gözlənilir", "çatması
# proqnozlaşdırılır". Matched from the amount's end.
# Round 18: the passive of aiming or planning too, "10 milyar dolara ulaşması hedefleniyor" (is aimed at), "amaçlanıyor",
# "planlanıyor", Azerbaijani "1 milyard dollara çatması hədəflənir", "planlaşdırılır", "nəzərdə tutulur" (is envisaged).
# Round 46: "bulması" (to come to) and "aşması" (to exceed) too, "ihracatın yıl sonunda 2,3 milyar doları bulması
# bekleniyor" (exports are expected to come to $2.3 billion by the year's end).
# Round 64 (trade64b, dev/1056): the verbal noun of a causative's passive too, "Özbəkistanla isə 2030-cu ilədək
# dövriyyənin 2 milyard dollara yüksəldilməsi nəzərdə tutulur" (that turnover be raised to … is envisaged),
# "çatdırılması planlaşdırılır", Turkish "5 milyar dolara çıkarılması hedefleniyor".
_FORECAST_AFTER = re.compile(r"\w{0,4}\s+(?:ulaşma|çıkma|yükselme|olma|çatma|yüksəlmə|ulaşaca|çıkaca|çataca|yüksələcə|"
                             r"olaca|bulma|bulaca|aşma|aşaca|"
                             # round 67 (komite67, dev/1088): Azerbaijani verbs of passing an amount, "ilin sonunadək
                             # … 800 milyon dolları ötəcəyi gözlənilir" (is expected to pass), "keçməsi gözlənilir"
                             r"ötəcə|ötmə|keçəcə|keçmə|"
                             r"(?:çatdır|artır|yüksəld|yüksəlt|çıkar|ulaştır|yükselt)[ıiuü]lm[aeə])\w*"
                             # round 70 (numbers70, dev/1124): a quote closed after the verb, 'dövriyyənin ilin sonunda
                             # "8 milyard dolları keçəcəyi" gözlənilir' (the words quoted, the expecting the writer's)
                             r"[\"”»]?\s+(?:bekleni|öngörül|gözləni|proqnozlaşdırıl|hedeflen|amaçlan|planlan|hədəflən|"
                             r"planlaşdırıl|nəzərdə\s+tutul)\w*", re.I)
_FORECAST_WORDS = ("bekleni", "öngörül", "gözləni", "proqnozlaşdiril", "hedeflen", "amaçlan", "planlan", "hədəflən",
                   "planlaşdiril", "nəzərdə tutul")  # as cheap.lowered() has them
# Round 65 (trade65): … but not with the end of the year under way, no year's number, as its horizon before the
# amount: "Qeyd edək ki, ilin sonunadək Türkiyə ilə dövriyyənin 8,5 milyard dollara çatacağı gözlənilir" (by the
# year's end turnover is expected to reach: dev/1069), "yıl sonunda ticaretin 5 milyar dolara ulaşacağı bekleniyor"
# is a forecast of this year's figure, as English "By the end of the year, turnover is expected to exceed …" is
# (_ESTIMATE): no target, no figure.
_YEAR_END_BEFORE = re.compile(r"(?<![\d\w-])(?:(?:bu|cari)\s+)?(?:ilin|yılın|il|yıl)\s+"
                              r"sonun(?:ad[əa]k|a\s+(?:qədər|kadar|dek)|da)\b", re.I)
_YEAR_END_WORDS = ("sonunad", "sonuna", "sonunda")  # as cheap.lowered() has them; one is in every match
YEAR_END_REACH = 80  # characters before the amount where the year's end is told
# the future participle of reaching before a passive of expecting, "çatacağı gözlənilir", "ulaşacağı bekleniyor" (it is
# expected that it will reach): no plan nor aim. Round 66: the verbal noun too, "Yıl sonunda ihracatın 4 milyar doları
# aşması bekleniyor" (exports are expected to pass $4 billion at the year's end), as dev/725, dev/803 and dev/845 read
# it (docs/annotating.md: a forecast is no record); with a numbered year it stays a target, as the plans' passives do.
_EXPECTED_FUTURE = re.compile(r"(?:acağ|eceğ|acaq|əcəy|əcək|(?<=m)[aeə]s[ıiə])\w*[\"”»]?\s+"
                              r"(?:bekleni|öngörül|gözləni|proqnozlaşdırıl)", re.I)
_NUMBERED_BEFORE = re.compile(r"\d\W*\w*\s*$")  # "2027-ci ilin sonunadək": a numbered year's end, a deadline


def _forecast_of_the_year_end(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount a forecast, the future of reaching and a verb of expecting after it (_FORECAST_AFTER,
    _EXPECTED_FUTURE; a plan or an aim stays a target), with the end of the year under way as its horizon before it
    (_YEAR_END_BEFORE), the year told by no number ("2027-ci ilin sonunadək" is a deadline)?"""
    if not any(word in check for word in _YEAR_END_WORDS) or not any(word in check for word in _FORECAST_WORDS) \
            or not (forecast := _FORECAST_AFTER.match(sentence, amount.end)) \
            or not _EXPECTED_FUTURE.search(forecast.group()):
        return False
    end = _YEAR_END_BEFORE.search(sentence, max(0, amount.start - YEAR_END_REACH), amount.start)
    return end is not None and not _NUMBERED_BEFORE.search(sentence, max(0, end.start() - 12), end.start())


# Round 50 (trade gaps): a goal noun before the amount ("Amacımız", "Hedefimiz", "Məqsədimiz") and the infinitive or
# verbal noun of an intransitive verb of reaching after it in the dative: "Amacımız, ticaret hacminin 10 milyar dolara
# ulaşması" (our aim is that trade reach), "Hedefimiz 5 milyar dolara ulaşmak" (with no goal noun "ulaşması" is a
# result: "10 milyar dolara ulaşması memnuniyet verici").
_GOAL_NOUN_BEFORE = re.compile(r"\b(?:ama[cç]|hedef|məqsəd|hədəf)\w*", re.I)
_GOAL_NOUN_BEFORE_WORDS = ("amac", "amaç", "hedef", "məqsəd", "hədəf")  # as cheap.lowered() has them
_REACHING_AFTER = re.compile(r"(?:a|ya|ə|yə)\s+(?:qədər\s+|kadar\s+)?(?:ulaş|çık|yüksel|çat|yüksəl)"
                             r"m[aeə](?:k|q|s[ıiə])", re.I)


def _goal_then_reaching(sentence: str, check: str, amount: money.Amount) -> bool:
    return any(word in check for word in _GOAL_NOUN_BEFORE_WORDS) \
        and _REACHING_AFTER.match(sentence, amount.end) is not None \
        and _GOAL_NOUN_BEFORE.search(sentence, 0, amount.start) is not None


# Round 70 (numbers70, dev/1124): a "by the numbers" line (_amount_led_line) whose words after the dash end in a
# target noun, the head of an Azerbaijani or Turkish phrase: "15 milyard dollar — iki ölkə prezidentlərinin ticarət
# dövriyyəsi üzrə qarşıya qoyduğu hədəf" (the target the two presidents set), "1 milyard dollar — … 2030-cu ilədək
# dövriyyə üzrə hədəfi", "5 milyar dolar – iki ülkenin ticaret hedefi"; English puts it first, "$5 billion — the
# target the two leaders set".
_GOAL_LINE_HEAD = re.compile(r"[^.;!?]*?\b(?:hədəf|hedef)\w*[\s\W]*$|\s*[—–]\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
                             r"(?:target|goal)s?\b", re.I)
_GOAL_LINE_WORDS = ("hədəf", "hedef", "target", "goal")  # as cheap.lowered() has them; one is in every match


def _goal_line(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount a by-the-numbers line's whose words after the dash are a target's (_GOAL_LINE_HEAD)?"""
    return any(word in check for word in _GOAL_LINE_WORDS) and _amount_led_line(sentence, amount) \
        and bool(_GOAL_LINE_HEAD.match(sentence, amount.end))


def _is_target_after(sentence: str, check: str, amount: money.Amount, following: money.Amount | None = None) -> bool:
    """Does what follows the amount make it a target: an Azerbaijani or Turkish verb ("1 milyard dollara
    çatdırmağı"), a target noun in any of the languages ("a $10 billion trade target", _TARGET_NOUN_AFTER), or a verb of
    aiming after it or after the `following` amount listed with it (_AIMED_AFTER, _LISTED_BEFORE)?"""
    # `check` is cheap.lowered(): its ı is an i
    if home := money.home_amount_of_conversion(sentence, amount.start, amount.end):
        # round 75 (manat75): a conversion in brackets, the words after it are told on the home amount: "850 milyon
        # manata (500 milyon dollar) çatdırmağı" read as "… dollara çatdırmağı" (dev/1190)
        sentence, following = sentence[:amount.end] + home[1], None
    if _forecast_of_the_year_end(sentence, check, amount):
        return False  # round 65 (trade65): a forecast of this year's figure, no target ("çatacağı" neither)
    if _goal_line(sentence, check, amount):
        return True  # round 70 (numbers70): "15 milyard dollar — … qarşıya qoyduğu hədəf" (_GOAL_LINE_HEAD)
    if any(word in check for word in _FORECAST_WORDS) and _FORECAST_AFTER.match(sentence, amount.end):
        return True
    if any(word in check for word in _AIMED_WORDS) and (
            _AIMED_AFTER.match(sentence, amount.end)
            or following and _AIMED_AFTER.match(sentence, following.end)
            and _LISTED_BEFORE.fullmatch(sentence, amount.end, following.start)):
        return True
    if any(word in check for word in _WILL_REACH_WORDS) and _WILL_REACH_AFTER.match(sentence, amount.end):
        return True
    if following and any(word in check for word in _TARGET_AFTER_WORDS) and _TARGET_AFTER.match(sentence, following.end) \
            and _LISTED_DATIVE.fullmatch(sentence, amount.end, following.start):
        return True  # "önce 5 milyar dolara, ardından 10 milyar dolara çıkarmak istiyoruz": both are targets
    if any(word in check for word in _REACH_WISHED_WORDS) and _REACH_WISHED_AFTER.match(sentence, amount.end):
        return True  # round 24: "2030 yılında 10 milyar doları yakalamak istiyoruz"
    if _goal_then_reaching(sentence, check, amount):
        return True  # round 50: "Amacımız, ticaret hacminin 10 milyar dolara ulaşması"
    if _goal_named_after(sentence, check, amount):
        return True  # round 31: "we can reach $100 million by 2030, and that is the goal we agreed on today"
    return any(word in check for word in _TARGET_AFTER_WORDS) and bool(_TARGET_AFTER.match(sentence, amount.end)) \
        or any(word in check for word in _TARGET_NOUN_AFTER_WORDS) and bool(_TARGET_NOUN_AFTER.match(sentence, amount.end))


# Round 31: what "we can reach" named the goal right after it in its clause: "we can reach $100 million by 2030, and that is
# the goal we agreed on today", "… and this is our target": a target (_is_target_after), no potential.
# Round 102 (t1): or the amount the subject of a goal named right after it, its deadline between ("We agreed with the
# Deputy Minister that $100 million by 2030 is a fair goal for both sides", dev/1526; "… would be a realistic target")
_GOAL_NAMED_AFTER = re.compile(r"[^.;:!?]{0,40}?,?\s+(?:and\s+)?(?:that|this)\s+is\s+(?:the|our)\s+"
                               r"(?:(?:common|joint|shared)\s+)?(?:goal|target|aim)\b"
                               r"|(?:\s+by\s+20\d\d)?\s+(?:is|would\s+be)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+)?"
                               r"(?:goal|target|aim)\b", re.I)


# Round 42 (trade B): a Turkish or Azerbaijani amount made an adjective ("-lık") of a goal a word or two later is the
# goal's size, no trade figure: "Bakü, petrol dışı ticarette de 5 milyar dolarlık ayrı bir hedef konuşuyor" (a separate
# goal of $5 billion); right before the goal noun it is a target (_TARGET_NOUN_AFTER).
_GOAL_SIZED_AFTER = re.compile(r"l[ıi][kq]\s+(?:[^\W\d]+\s+){1,2}?(?:hedef|hədəf)\w*", re.I)


def _size_of_a_goal(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount the size of a goal named a word or two after it (_GOAL_SIZED_AFTER)?"""
    return ("hedef" in check or "hədəf" in check) and bool(_GOAL_SIZED_AFTER.match(sentence, amount.end))


def _goal_named_after(sentence: str, check: str, amount: money.Amount) -> bool:
    """Does the amount's clause go on to name it the goal (_GOAL_NAMED_AFTER)? `check`: cheap.lowered(sentence)."""
    return ("goal" in check or "target" in check or "aim" in check) \
        and bool(_GOAL_NAMED_AFTER.match(sentence, amount.end))


_CLAUSE_BREAK = re.compile(r"[,;]\s|\s\(|\s[–—]\s|$")  # where an amount's clause ends (always found: "$")


# "in 2020" after "back" is when a target was set, not its deadline: "set a goal of $15bn in annual trade back in 2020"
_BACK_IN = re.compile(r"\bback\s+$", re.I)


def _set_when(window: str, m: re.Match, published: date) -> bool:
    """Is the "in/for <year>" of _BY_YEAR when the target was set ("back in 2020", or a year before the report's)?"""
    return m[0][:2].lower() in ("in", "fo", "в ") \
        and (int(m[1] or m[2]) < published.year or bool(_BACK_IN.search(window, 0, m.start())))


_BY_BEFORE = re.compile(r"\b[Bb]y\s+(?:the\s+end\s+of\s+)?(20\d\d)\b")
_CLAUSE_BREAK_BEFORE = re.compile(r"[;.]|\$|\d\s?(?:bn|billion|million)\b")  # another amount or clause between


# Round 21: a deadline told relative to the report's year right after the amount: "to reach $1 billion next year and $2
# billion by 2030" (next year: the year after the report's), "в следующем году", "gelecek yıl", "gələn il"; "by the end of
# this year", "до конца этого года", "bu yılın sonuna kadar" the report's own.
# (round 24: "by the end of next year", "до конца следующего года")
# (round 105, h5: or after the goal the amount is set as, "with $1 billion set as an intermediate milestone for next
# year", dev/1562: _SET_AS_GOAL, "for" as well)
_RELATIVE_YEAR_AFTER = re.compile(r"(?:\s+" + _SET_AS_GOAL + r"\s+(?:by|in|until|for)\s+|\s*(?:(?:by|in|until)\s+)?)"
                                  r"(?:(?P<next>(?:the\s+end\s+of\s+)?next\s+year|the\s+next\s+year|"
                                  r"(?:в|к|до\s+конца)\s+следующ\w+\s+год\w*|(?:gelecek|önümüzdeki)\s+yıl\w*|gələn\s+il\w*)"
                                  r"|(?P<this>(?:the\s+end\s+of\s+)?this\s+year|до\s+конца\s+(?:этого|текущего)\s+года|"
                                  r"bu\s+yılın\s+sonuna\s+kadar|bu\s+ilin\s+sonunadək))\b", re.I)
# … and before it in Turkish and Azerbaijani, where the deadline precedes the amount: "ticaret hacmini gelecek yıl 5 milyar
# dolara çıkarmayı hedefliyoruz", "gələn il 1 milyard dollara çatdırmaq"; Russian "в следующем году – до 1 млрд".
_RELATIVE_YEAR_BEFORE = re.compile(r"\b(?:(?:gelecek|önümüzdeki)\s+yıl(?:a|da)?|gələn\s+il(?:də)?|в\s+следующем\s+году)"
                                   r"\s+(?:(?:ise|isə|da|de|də)\s+)?(?:[–—-]\s+)?(?:до\s+)?$", re.I)
RELATIVE_BEFORE = 30  # characters before a target's amount where its relative deadline is told
# Another amount in the window after an amount: its deadline is that one's ("$1 billion next year and $2 billion by 2030")
_ANOTHER_AMOUNT_AFTER = re.compile(r"\$|\d\s?(?:bn|billion|million)\b|\d\s+(?:milyar|milyon|млрд|млн|миллиард|миллион)",
                                   re.I)


def _deadline_window_end(window: str) -> int:
    """Where an amount's own deadline window ends: its clause (_CLAUSE_BREAK) or another amount (_ANOTHER_AMOUNT_AFTER)."""
    end = _CLAUSE_BREAK.search(window).start()
    other = _ANOTHER_AMOUNT_AFTER.search(window, 0, end)
    return other.start() if other else end


# Round 31: the deadline year as the target noun's attribute right before the amount: Turkish "ticaret hacminde 2030
# hedefinin 6 milyar dolar olduğunu" (that the 2030 target is $6 billion), Azerbaijani "2030 hədəfi 2 milyard dollardır",
# English "the 2030 target of $6 billion", "the 2030 goal is $2 billion".
_YEAR_TARGET_BEFORE = re.compile(r"\b(20\d\d)(?:['’]\w+)?\s+(?:hedef\w*|hədəf\w*|target|goal)\s+(?:(?:of|is|was)\s+)?$",
                                 re.I)


# Round 43: a deadline moved later in the target's sentence is its deadline now, whatever year it was set in or for:
# "the $5 billion that Presidents X and Y first set as a target in 2022 and, when …, quietly moved to 2027", "срок
# перенесли на 2027 год". Only with no further amount between (whose deadline it may be).
# Round 43, second wave: Turkish and Azerbaijani put the year, in the dative, before the verb: "hedefin 2027'ye
# ertelendiği", "2029 yılına kaydırıldı", "2028-ci ilə keçirilib", "2027-ci ilə təxirə salınıb", "2030-cu ilə uzadılıb"
# (not the locative, "2028-ci ildə keçirilib": held in 2028).
_MOVED_TO = re.compile(r"\b(?:moved|pushed\s+back|postponed|shifted|put\s+off|перенес\w*|перенос\w*|сдвину\w*)\s+"
                       r"(?:(?:it|back|the\s+deadline|срок)\s+)?(?:to|until|на|до)\s+((?:19|20)\d\d)\b"
                       r"|\b((?:19|20)\d\d)(?:['’]y?[ae]|\s+yılına|-(?:c[iıuü])\s+ilə)\s+"
                       r"(?:ertele\w*|ötele\w*|kaydır\w*|keçiril\w*|keçirib\w*|təxirə\s+sal\w*|uzadıl\w*|"
                       r"uzatıl\w*)", re.I)
_MOVED_WORDS = ("moved", "pushed back", "postponed", "shifted", "put off", "перенес", "перенос", "сдвину",
                "ertele", "ötele", "kaydır", "keçiril", "keçirib", "təxirə", "uzadıl",
                "uzatıl")  # as str.lower() has them


def _moved_deadline(sentence: str, amount: money.Amount) -> int | None:
    """The year a deadline was moved to after the amount (_MOVED_TO), with no other amount between; else None."""
    if not any(word in sentence.lower() for word in _MOVED_WORDS):
        return None
    m = _MOVED_TO.search(sentence, amount.end)
    if m is None or money.amounts_in(sentence[amount.end:m.start()]):
        return None
    return int(m[1] or m[2])


def _target_year(sentence: str, amount: money.Amount, published: date) -> int | None:
    """"by 2030" / "к 2030 году" right after the amount, else "2030-cu ilə qədər" / "2030 yılına kadar" before it."""
    if (moved := _moved_deadline(sentence, amount)) is not None:
        return moved
    if (relative := _RELATIVE_YEAR_AFTER.match(sentence, amount.end)):
        return published.year + 1 if relative["next"] else published.year
    if _RELATIVE_YEAR_BEFORE.search(sentence, max(0, amount.start - RELATIVE_BEFORE), amount.start):
        return published.year + 1
    # only within the amount's own clause: not "to $15bn, a figure first floated in 2015"
    window = sentence[amount.end:amount.end + 40]
    m = _BY_YEAR.search(window, 0, _deadline_window_end(window))
    if m and not _set_when(window, m, published):
        return int(m[1] or m[2])
    # a longer trade phrase between: "a target of $5 billion in trade between Turkey and Kazakhstan by 2030" ("by",
    # "until", "к … году" only: a farther "in 2019" may be when the target was set)
    window = sentence[amount.end:amount.end + 80]
    m = _BY_YEAR.search(window, 0, _deadline_window_end(window))
    if m and not m[0].lower().startswith(("in", "for", "в ")):
        return int(m[1] or m[2])
    if _amount_led_line(sentence, amount) and (m := _UNTIL_AFTER.search(sentence, amount.end)):
        return int(m[1] or m[2])  # round 70 (numbers70): "1 milyard dollar — … 2030-cu ilədək dövriyyə üzrə hədəfi"
        # (dev/1124): the dash opens the line's words on its amount, no clause of another
    window = sentence[amount.end:amount.end + 60]
    # round 74 (visits74, dev/1173): Azerbaijani "dək" too, "1 milyard dollar hədəfinə 2030-cu ilədək çatmalıyıq"
    if "kadar" in window or "dek" in window or "dək" in window or "qədər" in window or "yılında" in window \
            or "ildə" in window or "önce" in window:  # (round 86, n6: "önce", before)
        m = _UNTIL_AFTER.search(window, 0, _CLAUSE_BREAK.search(window).start())
        if m:
            return int(m[1] or m[2])
    if (m := _YEAR_RIGHT_BEFORE.search(sentence, max(0, amount.start - 30), amount.start)) \
            and int(m[1] or m[2]) >= published.year:
        return int(m[1] or m[2])
    if (m := _YEAR_TARGET_BEFORE.search(sentence, max(0, amount.start - 30), amount.start)) \
            and int(m[1]) >= published.year:
        return int(m[1])  # round 31
    # round 19: an English deadline before the amount in its clause, "By 2030 we want to see trade … at $500 million"
    # (not a year before the report's: "by 2024 trade had reached …")
    by = None
    for by in _BY_BEFORE.finditer(sentence, 0, amount.start):
        pass
    if by and int(by[1]) >= published.year and not _CLAUSE_BREAK_BEFORE.search(sentence, by.end(), amount.start) \
            and not money.amounts_in(sentence[:by.start()]):  # not another amount's: "to $5 billion by 2023 and … to $10bn"
        return int(by[1])
    m = _YEAR_BEFORE.search(sentence, 0, amount.start) \
        if "-c" in sentence or "yıl" in sentence or "kadar" in sentence or "dek" in sentence or "önce" in sentence \
        or "году" in sentence or "конц" in sentence \
        else None
    if m and _trails_another_amount(sentence, m.start(), amount):
        m = None  # round 30: "до 10 млрд долларов к 2030 году, а с Кыргызстаном – до 2 млрд" (the first amount's)
    if m and _deadline_of_a_potential_between(sentence, m.end(), amount):
        m = None  # round 57: "к концу 2026 года показатель может достичь 1,5 млрд, а … задачу довести … до 2 млрд"
    return int(next(year for year in m.groups() if year)) if m \
        else (_years_from_now(sentence, amount, published) or _goal_deadline_later(sentence, amount, published))


# Round 19b: a deadline told later in the sentence of the goal just quoted, by a word pointing back at it: '"We aim to
# bring trade to $5 billion," he said, adding that the goal should be reached by 2030', '"… 1 milyard dollara
# çatdırmaq istəyirik", - prezidentlər 2027-ci ilədək bu məqsədi qoyublar', "bu hedefe 2030 yılına kadar", "этой цели
# к 2030 году". Only with no further amount after it (whose deadline it may be), and no year before the report's.
# Round 20: or a verb of reaching with a pronoun for it, '"… bringing trade turnover to $100 million, and we must reach
# it by 2028 at the latest"', "achieve this by 2030", Russian "достичь этого к 2030 году".
_GOAL_BACK = re.compile(r"\b(?:the|this|that)\s+(?:goal|target|aim)\b|\b(?:bu|həmin)\s+(?:hedef|məqsəd|hədəf)\w*"
                        r"|\b(?:эт|данн)\w+\s+цел\w*"
                        r"|\b(?:reach|achieve|attain|meet|hit)\s+(?:it|this|that)\b|\bдостичь\s+(?:его|этого)\b"
                        # "a target of $1 billion in annual trade, to be reached by 2030"
                        r"|\bto\s+be\s+(?:reached|achieved|attained|met|hit)\b"
                        # round 24: Russian "Цель в 3 млрд долларов … должна быть достигнута к 2028 году" (is to be reached)
                        r"|\bбыть\s+достигнут\w*"
                        # round 24: a relative clause of reaching it, "a goal of $3 billion, which they hope to reach by
                        # 2030", "которую планируется достичь к 2030 году"
                        r"|\b(?:which|that)\s+(?:\w+\s+){0,3}?(?:reach|achieve|attain|meet|hit)\b"
                        r"|(?<!\w)котор\w+\s+(?:\w+\s+){0,2}?достичь\b"
                        # round 39 (trade and targets B): "this figure" or "this level" with a verb of reaching after it,
                        # '"Biz bu rəqəmə 2030-cu ilə qədər çatmalıyıq"', "bu seviyeye 2028'e kadar ulaşmalıyız",
                        # "этой цифры мы должны достичь к 2030 году" (not "this figure" alone: "bu rəqəm artacaq")
                        r"|\b(?:bu|həmin)\s+(?:rəqəm|rakam|səviyyə|seviye)\w*\s+(?:[^\s.,;]+\s+){0,4}?(?:çat|ulaş)\w*"
                        r"|(?<!\w)(?:эт|данн)\w+\s+(?:цифр|уровн|отметк)\w*\s+(?:[^\s.,;]+\s+){0,4}?(?:достич|достигн)\w*"
                        # round 75 (bold75): the Turkish pronoun for it with a verb of achieving, "Bunu 2030'dan önce
                        # başarmamız gerekiyor" (dev/1188), "buna 2028'e kadar ulaşacağız", "bunu … gerçekleştirmek"
                        r"|\bbun[ua]\s+(?:[^\s.,;]+\s+){0,4}?(?:başar|ulaş|gerçekleştir)\w*"
                        # Round 87 (goal_deadline_attached): a deadline attached to the goal by a pronoun, its year
                        # after a colon or dash: "restated the goal of $10bn … and attached a deadline to it: 2030"
                        # (dev/1330; _DEADLINE_ANY reads its year)
                        r"|\bdeadline\s+(?:to|for|on)\s+(?:it|this|that)\b"
                        # Round 88 (t2, goal_deadline_attached): or with no pronoun, the deadline joined to the goal
                        # by "with"/"and": "set a target of $5 billion, with a deadline of 2030" (round 87's probes)
                        r"|\b(?:with|and)\s+a\s+deadline\s+of\s+20\d\d\b",
                        re.I)
_GOAL_BACK_WORDS = ("goal", "target", "aim", "hedef", "məqsəd", "hədəf", "цел", "reach", "achieve", "attain", "meet", "hit",
                    "достичь", "to be ", "быть достигнут", "çat", "ulaş", "достигн", "başar",
                    "gerçekleştir", "deadline")  # one is in every _GOAL_BACK match
# Round 65 (tradetr65, dev/1068): so too by a year's end, "bu hedefe 2028 yılı sonuna kadar ulaşmayı planlıyoruz",
# "2028'in sonuna kadar" (as _YEAR_BEFORE reads it before an amount).
_DEADLINE_ANY = re.compile(r"\bby\s+(20\d\d)\b|\b(20\d\d)(?:'\w+|-(?:c[iıuü])\s+il\w*|\s+yılına"
                           r"|(?:\s+yılı|['’][ıi]n)?\s+sonuna)?\s*(?:kadar|dek|qədər)\b"
                           r"|\b(20\d\d)-(?:c[iıuü])\s+ilədək\b|\bк\s+(20\d\d)\s+году\b"
                           # round 75 (bold75): "before 2030", Turkish "2030'dan önce" (as _YEAR_BEFORE reads it,
                           # dev/1188)
                           r"|\b(20\d\d)['’]d[ae]n\s+önce\b"
                           # round 87 (goal_deadline_attached): "a deadline to it: 2030" (dev/1330)
                           r"|\bdeadline\s+(?:to|for|on)\s+(?:it|this|that)\s*[:–—]\s*(20\d\d)\b"
                           # round 88 (t2): "…, with a deadline of 2030"
                           r"|\b(?:with|and)\s+a\s+deadline\s+of\s+(20\d\d)\b", re.I)


def _goal_deadline_later(sentence: str, amount: money.Amount, published: date) -> int | None:
    """The year of a deadline later in the sentence told of the goal by a word pointing back at it (_GOAL_BACK)."""
    rest = sentence[amount.end:]
    check = lowered(rest)
    if not any(word in check for word in _GOAL_BACK_WORDS) or not _GOAL_BACK.search(rest) or money.amounts_in(rest):
        return None
    m = _DEADLINE_ANY.search(rest)
    year = int(next(y for y in m.groups() if y)) if m else None
    return year if year and year >= published.year else None


def _only_target_of(found: list[FigureFound], before) -> bool:
    """The last record found is a target and the only record of sentence `before`."""
    return before.start <= found[-1].span[0] < before.end and (len(found) < 2 or found[-2].span[0] < before.start)


def _deadline_told_after(sentence: str, check: str, published: date) -> int | None:
    """Round 20: the year of a deadline the sentence right after a target tells of it, by a word pointing back at it and
    with no amount of its own (_GOAL_BACK, _DEADLINE_ANY): "… до 2 млрд долларов. Достичь этого планируется к 2028 году",
    "… to $5 billion. This goal should be reached by 2030"; not a year before the report's."""
    if not any(word in check for word in _GOAL_BACK_WORDS) or not _GOAL_BACK.search(sentence) \
            or not (m := _DEADLINE_ANY.search(sentence)) or money.amounts_in(sentence, check):
        return None
    year = int(next(y for y in m.groups() if y))
    return year if year >= published.year else None


# Round 92 (t2): an amount of trade told with no target word and no period of its own is a goal when the next sentence,
# with no amount, ties it to a deadline by a word pointing back at it: "Ankara and Ashgabat have spoken of $5 billion
# in annual trade for years. In Arkadag the two sides … tied the figure to a date, agreeing to reach it by 2030."
# (dev/1393; the year is then _deadline_told_after's); not a figure of a time ("… came to $2.4 billion in 2025. …")
def _made_a_goal_next(doc: Document, k: int, has_word: bool, published: date) -> bool:
    """Is the k-th sentence, holding one amount and a trade word, of no period, and the next sentence the deadline of
    that amount as a goal (_deadline_told_after)?"""
    if not has_word or k + 1 >= len(doc.sentences):
        return False
    s, after = doc.sentences[k], doc.sentences[k + 1]
    return _deadline_told_after(after.text, after.check, published) is not None \
        and not when.period_in(s.text, published, s.check)


# A comparison amount after a figure, with the period it was of: "reached $28.4 million in 2024, up from $24.5 million a
# year earlier", "compared with $400 million in 2022", Russian "против 400 млн долларов годом ранее". Before it "from",
# "compared with", "against" (an approximate word may stand between); right after it a year or "a year earlier".
_BASELINE_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|против|по\s+сравнению\s+с"
                              # round 28: Russian "вырос до 3,6 млрд долларов в 2025 году с 3,2 млрд долларов в 2024 году"
                              r"|с"
                              # round 25: "3.8 per cent less than the $2.4 billion recorded in 2024" (not "more than $2
                              # billion", a qualifier: "the" after it)
                              r"|than(?=\s+the\s)"
                              # round 35: "well above the $80.7 million recorded in 2024", "below the $2 billion of 2023"
                              r"|(?:above|below)(?=\s+the\s)"
                              # round 47: "more than double the $298 million recorded in 2021", a multiple of it
                              r"|(?:double|triple|treble|twice|(?:two|three|four)\s+times)(?=\s+the\s)"
                              # "a 62.4% increase on the US$293.9 million recorded in 2021", "a rise over the $2 billion"
                              r"|(?:increase|rise|growth|jump|gain|decline|drop|fall)\s+(?:on|over)(?:\s+the)?"
                              # round 42 (trade B): "on" right after the rate, "up 9.6% on the $1.08 billion recorded a
                              # year earlier" (not "up 9.6% on a year earlier", no amount there)
                              r"|(?:%|percent|per\s+cent)\s+(?:on|over)(?=\s+the\s))\s+"
                              # round 19: "up 18.4 per cent from the $128 million recorded in the same four months of 2024"
                              # round 28: "compared with just over $1.5 billion in 2024", "just under" (two words of approximation)
                              r"(?:the\s+)?(?:(?:just\s+)?(?:about|around|roughly|nearly|almost|over|under|below|more\s+than|less\s+than|just|some|"
                              r"около|почти|более|свыше)\s+)?$", re.I)
# (round 35: "of" before its year too, "below the $6.3 billion of 2022")
# round 44: a speaker's own "than the $3.4 billion we had in 2024"
_MONTH_NAME_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_BASELINE_AFTER = re.compile(r",?\s*(?:(?:(?:recorded|registered|reported|seen|posted|(?:we|they)\s+had)\s+)?"
                             r"(?:in|during|for|of)\s+"
                             # (round 59, trade59: "corresponding" as "same", "compared with $3.31 billion in the
                             # corresponding period of 2025")
                             r"(?:the\s+(?:same|corresponding)\s+(?:period|(?:\w+\s+)?months|quarter|half)\s+of\s+"
                             # round 25: its months told again, "down from $26.9 million in January–October 2025"
                             r"|[a-z]+\s?[–-]\s?[a-z]+\s+"
                             # round 47 (trade releases): one month of that year, "than the $391.5 million recorded in
                             # July 2024" (the figure's month a year before)
                             r"|" + _MONTH_NAME_EN + r"\s+"
                             # round 51: a quarter or half of that year, "against $1.74bn in the first half of 2025"
                             r"|the\s+(?P<part_n>first|second|third|fourth)\s+(?P<part_unit>quarter|half)\s+of\s+)?"
                             r"(?P<year>(?:19|20)\d\d)\b"
                             r"|(?:в|за)\s+(?P<ru_year>(?:19|20)\d\d)\s+год"
                             # round 42 (trade B): "recorded" before "a year earlier" too
                             r"|(?:(?:recorded|registered|reported|seen|posted|(?:we|they)\s+had)\s+)?"
                             r"(?P<before>(?:a|one)\s+year\s+(?:earlier|before|ago|prior)"
                             r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before"
                             # (round 57: "of" too, "7% below the $688 million of the same period last year")
                             # Round 92 (t1, same months of last year): "up 8.1% from $3.94 billion in the same
                             # months of last year" (dev/1396), the figure's months a year before as "the same period"
                             r"|(?:in|during|for|of)\s+the\s+same\s+(?:period|(?:\w+\s+)?months)\s+(?:of\s+)?"
                             r"(?:last|the\s+previous|a)\s+year"
                             # round 30: its months told again, of last year: "compared with $298 million in
                             # January–September last year", "in the first nine months of the previous year"
                             r"|(?:in|during|for)\s+(?:[a-z]+\s?[–-]\s?[a-z]+|the\s+first\s+(?:\w+\s+)?(?:months|quarter|half))"
                             r"\s+(?:of\s+)?(?:last|the\s+previous)\s+year"
                             # round 47 (trade releases): "recorded in July last year"
                             r"|(?:in|during|for)\s+" + _MONTH_NAME_EN + r"\s+(?:of\s+)?(?:last|the\s+previous)\s+year"
                             # (round 100, t1 and q2: or "тот же период", "составил 2,1 млрд долларов против 1,87 млрд
                             # долларов за тот же период прошлого года", dev/1493, dev/1483)
                             r"|годом\s+ранее|(?:в|за)\s+(?:аналогичн\w+|тот\s+же)\s+период\w*\s+"
                             r"прошлого\s+года"
                             # round 44: an earlier quarter of the same year, the figure's a later one: "in the second
                             # quarter … $418.6 million, compared with $324.2 million in the first quarter"
                             r"|(?:in|during|for)\s+the\s+(?P<quarter>first|second|third)\s+quarter\b(?!\s+of\b)))",
                             re.I)


# The compared year told first, its amount in brackets: "увеличившись на 23,4% по сравнению с 2023 годом (47,6 млн
# долларов)", "up 23% compared with 2023 ($47.6 million)", "from 2023 ($47.6 million)".
# Round 19: so too the period a year before, "что на 12,6% больше, чем годом ранее (255,2 млн долларов)", "up 12.6% from
# a year earlier ($255.2 million)", "по сравнению с аналогичным периодом прошлого года (…)", Azerbaijani "ötən ilin eyni
# dövrü ilə müqayisədə (…)", Turkish "geçen yılın aynı dönemine göre (…)".
# Round 104 (h5): Russian "the same period of last year" told by "тот же" as by "аналогичный", "что на 11,7% больше,
# чем за тот же период прошлого года (2,9 млрд)" (dev/1551), "по сравнению с тем же периодом прошлого года (…)"; one
# home for the phrase, round 97's bracket opening with it (_BASELINE_IN_BRACKET) reads it too
_RU_SAME_PERIOD_LAST_YEAR = r"(?:аналогичн\w+|(?:тот|тем|этот|этим)\s+же)\s+период\w*\s+прошлого\s+года"
_BASELINE_YEAR_PAREN = re.compile(r"\b(?:compared\s+(?:with|to)|from|по\s+сравнению\s+с)\s+(?P<year>(?:19|20)\d\d)"
                                  r"(?:\s+год\w*)?\s*\(\s*$"
                                  r"|(?P<before>\b(?:than|from|over|on|compared\s+(?:with|to))\s+(?:a|one)\s+year\s+"
                                  r"(?:earlier|before|ago)|\b(?:than|from|over|on|compared\s+(?:with|to))\s+the\s+same\s+"
                                  r"period\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year(?:\s+earlier)?|\bгодом\s+ранее|"
                                  r"\b" + _RU_SAME_PERIOD_LAST_YEAR + r"|\b(?:ötən|keçən)\s+ilin\s+(?:eyni|müvafiq)\s+"
                                  r"dövrü\s+ilə\s+müqayisədə|\bgeçen\s+yılın\s+aynı\s+dönem(?:ine|iyle)\s+(?:göre|kıyasla))"
                                  r",?\s*\(\s*$", re.I)


# The compared period told first, the amount after "when it stood at": "reached $3.1 billion in 2021, 33 percent more
# than a year earlier, when it stood at $2.3 billion", "up 20% from 2022, when it was about $900 million".
# Round 31: "an increase of 23 percent compared to 2024, when it stood at 55 million dollars" ("compared with/to").
# Round 43: the same period of that year, "22.4% more than in the same period of 2025, when it stood at $244 million"
# (the figure's months a year before: "2026-H1" -> "2025-H1"). Round 47: "…, when it had been some 4.5 million dollars".
# Round 48 (trade A): a named quarter or half of the year before, "an increase of 18.4% on the first quarter of 2024,
# when it stood at $100.2 million" (that quarter, `part`), and a speaker's "when we had $116.4 million".
_BASELINE_WHEN = re.compile(r"\b(?:than|from|over|on|since|compared\s+(?:with|to))\s+"
                            r"(?:(?:in|during|for)\s+)?(?:the\s+(?:same|corresponding)\s+period\s+(?:of\s+)?"
                            r"|the\s+(?P<part>first|second|third|fourth)\s+(?P<unit>quarter|half)\s+of\s+"
                            r"(?=(?:19|20)\d\d\b)"
                            # round 73 (stat73): months to date named, "down 3.2% compared with January–May 2025, when
                            # it stood at USD 527.6 million" (dev/1164): that span of that year (_baseline_period)
                            r"|january\s*[-–—]\s*(?P<span_end>february|march|april|may|june|july|august|september"
                            r"|october|november|december)\s+(?:of\s+)?(?=(?:19|20)\d\d\b))?"
                            r"(?:(?P<before>(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year"
                            r"|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)|(?:in\s+)?(?P<year>(?:19|20)\d\d))"
                            r",?\s+when\s+(?:it|the\s+figure|trade|turnover|we|they"
                            # round 63 (trade63): "…, when the two countries traded goods worth $1,950.6 million"
                            r"|(?:the\s+two|both)\s+(?:countries|states|sides))\s+(?:had\s+)?"
                            r"(?:stood\s+at|was|been|traded\s+(?:goods\s+)?(?:worth|valued\s+at)|"
                            r"amounted\s+to|totall?ed|came\s+to|reached|had|recorded)\s+"
                            r"(?:(?:just\s+)?(?:about|around|roughly|nearly|almost|over|under|more\s+than|"
                            r"less\s+than|just|some)\s+)?$", re.I)


# Round 42 (trade B): the same in Russian, "что на 6,8% больше, чем годом ранее, когда он равнялся 2 млрд 125 млн
# долларов" (than a year earlier, when it was), "чем в 2023 году, когда товарооборот составлял …"; round 44: the year's
# short form, "чем в 2024-м, когда он равнялся 35,9 млн".
# And the same months of a year, "чем за тот же период 2025 года, когда он составлял 58,0 млн долларов".
_BASELINE_WHEN_RU = re.compile(r"\b(?:чем|по\s+сравнению\s+со?)\s+"
                               r"(?:(?P<before>годом\s+(?:ранее|раньше)|прошлым\s+годом|"
                               # round 52 (trade52): "по сравнению с аналогичным периодом прошлого года, когда он …"
                               r"(?:(?:с|за|в)\s+)?аналогичн\w+\s+период\w*\s+(?:прошлого|предыдущего)\s+года|"
                               r"предыдущим\s+годом)|(?:(?:за|в)\s+(?:тот\s+же|аналогичный)\s+период\s+"
                               # round 64 (trade64a): the period in the instrumental after "по сравнению с", "по
                               # сравнению с тем же периодом 2025 года, когда он равнялся …" (dev/1050)
                               r"|(?:тем\s+же|аналогичным)\s+периодом\s+"
                               # round 48 (trade A): a named quarter or half, "чем в первом квартале 2025 года, когда он
                               # равнялся …" (that quarter, as _BASELINE_WHEN's `part`)
                               # (round 64, trade64a: or in the instrumental after "по сравнению с", "по сравнению
                               # с первым полугодием 2025 года, когда он составлял …")
                               r"|(?:(?:в|во|за)\s+)?(?P<part>перв|втор|трет|четв[её]рт)\w*\s+"
                               r"(?P<unit>квартал|полугоди)\w*\s+"
                               r"(?=(?:19|20)\d\d\s+год))?(?:в\s+)?(?P<year>(?:19|20)\d\d)(?:\s+год\w*|-м))"
                               # round 58 (trade58): the same period and a passive of recording, "чем годом ранее,
                               # когда за тот же период было зафиксировано 3 307,1 млн" (was recorded)
                               r",?\s+когда\s+(?:(?:за|в)\s+(?:тот\s+же|аналогичный)\s+период\s+)?"
                               # round 97 (q4): "этот показатель" (this figure), "…, когда этот показатель
                               # составлял 298 млн долларов" (dev/1453)
                               r"(?:(?:он|она|товарооборот|оборот|(?:этот\s+)?показатель)\s+"
                               r"(?:равнял\w*|составлял\w*|составил\w*|достигал\w*|был\w*"
                               # Round 92 (t1, when it stood at the level): "чем в 2024 году, когда он был на уровне
                               # 517,7 млн" (dev/1391), "был на уровне" as "составлял"
                               r"(?:\s+на\s+уровне)?)|мы\s+имели|"
                               # round 86 (n5): the speaker's "we reached", "Это на 7,4% больше, чем в 2024 году, когда
                               # мы вышли на 1,83 млрд." (dev/1323), as _ELLIPTIC_BETWEEN reads "мы вышли на"
                               r"мы\s+вышли\s+на|"
                               r"(?:было\s+|был\s+)?(?:зафиксирован\w*|зарегистрирован\w*|отмечен\w*))\s+"
                               r"(?:(?:около|почти|более|свыше|менее)\s+)?$", re.I)


# A further clause of the same trade with a period of its own before its amount, joined by a conjunction: "превысил
# $300 млн, а в январе–марте 2025 года составил около $90 млн", "reached $3 billion in 2024, and in the first quarter
# of 2025 stood at $800 million". Only a verb of amounting (and a qualifier) between the period and the amount.
# Round 21: in reported speech "that" opens it, and the figure may be named: "said trade had reached $850 million last
# year and that the figure for the first ten months of 2025 stood at $734 million", Russian "и что за январь–октябрь".
# Round 47: Russian "whereas" too, "…, тогда как в 2024 году — 96 млн долларов".
# Round 102 (q1): and the "then" of "if …, then …" setting two years side by side, "если в 2004 году он не превышал 200
# млн долларов, то в 2009-м составил около 780 млн" (dev/1507); not "то есть" (that is)
_CLAUSE_OPEN = re.compile(r"\s*[,;]?\s*(?:а|и|но|and|but|while|whereas|ve|ise|isə|тогда\s+как|в\s+то\s+время\s+как"
                          r"|то(?!\s+есть))\s+"
                          r"(?:(?:that|что)\s+)?"
                          r"(?:(?:он|она|it|the\s+figure|this\s+figure|the\s+total|trade|turnover)\s+)?", re.I)
# Its "of this year" may follow the period: "in the first quarter of this year it reached" (when.period_in stops before);
# round 33: also "this year" without "of", "and in January–August this year it stood at about $19 million"
_CLAUSE_VERB = re.compile(r"(?:(?<=год)[ау])?"  # round 24: the case ending a year's period leaves ("всего 2025 год|а")
                          r"(?:\s+(?:of\s+(?:this|the\s+current)|this)\s+year|\s+(?:этого|текущего)\s+года)?"
                          # round 107 (h2): the source told in an aside after the period, "а в 2024 году, по данным
                          # разных ведомств, он находился в пределах от 470 до 490 млн долларов" (dev/1583)
                          r"(?:\s*,\s*по\s+данным\s+[^,.;:«»]{1,60}(?=,))?"
                          r"[\s,]*(?:(?:он|она|it|показатель|the\s+figure)\s+)?"
                          # round 36 (trade and targets): a perfect tense and "already" before the verb, "and in the first
                          # nine months of this year it had already reached $341 million", "а за январь–март уже достиг"
                          r"(?:(?:had|has)\s+)?(?:already\s+|уже\s+)?"
                          r"(?:составил\w*|составлял\w*|достиг\w*|превысил\w*|reached|stood\s+at|"
                          # round 24: a verb of nearing or passing, "а по итогам всего 2025 года приблизился к 4,4 млрд"
                          r"приблизил\w*\s+к|approached|neared|exceeded|topped|surpassed|"
                          # round 99 (q3): Russian "был" as "was", "…, тогда как в 2017 году был меньше 250 млн"
                          # (dev/1471), and the colloquial "меньше" with "менее" below
                          r"came\s+to|amounted\s+to|totall?ed|was|был[аио]?|[—–-]"
                          # round 107 (h2): "stood within" a range, "он находился в пределах от 470 до 490 млн"
                          # (dev/1583)
                          r"|находил(?:ся|ась)"
                          # round 25: a verb of change with its rate, "while in the first eight months of this year it
                          # grew by 21 percent to $33.5 million", "а за январь–июнь вырос на 12% до …"
                          r"|(?:grew|rose|increased|climbed|jumped|fell|declined|dropped|decreased)\s+(?:by\s+)?"
                          # round 39 (trade and targets): "it rose by about 14 percent to", "rose 7% year on year to"
                          r"(?:(?:about|around|roughly|nearly|almost|some)\s+)?"
                          # Round 80 (live80): the rate set off by a dash or comma before "to"/"до", "а за январь–апрель
                          # текущего года вырос на 7,5% – до 1,6 млрд долларов" (dev/1247), "rose 7.5%, to $1.6 billion"
                          r"\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent)(?:\s+year[\s-]on[\s-]year)?(?:,|\s+[–—-])?\s+to"
                          r"|(?:вырос|увеличил|сократил|снизил)\w*\s+на\s+\d+(?:[.,]\d+)?\s?(?:%|процент\w*)"
                          r"(?:,|\s+[–—-])?\s+до"
                          # round 26: the rate and a verb of amounting joined by "and", "а за первое полугодие вырос на 18%
                          # и достиг 31 млн долларов", "and in the first half grew 18% and reached $31 million"
                          r"|(?:вырос|увеличил|сократил|снизил)\w*\s+на\s+\d+(?:[.,]\d+)?\s?%\s+и\s+(?:достиг|составил|превысил)\w*"
                          r"|(?:grew|rose|increased|fell|declined)\s+(?:by\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent)\s+and\s+"
                          r"(?:reached|stood\s+at|came\s+to|amounted\s+to|totall?ed|exceeded)"
                          r"|to(?=\s+(?:nearly|almost|about|around|over|more\s+than|some|roughly|\$|\d))"
                          r")?\s*"
                          # round 106 (h5): "only" before the amount, "а в 2024 году – лишь 31 млн" (dev/1571): exact
                          r"(?:(?:лишь|только|всего|only)\s+)?"
                          r"(?:около|почти|более|свыше|about|around|"
                          r"nearly|almost|over|more\s+than|some|roughly"
                          # round 66 (trade66): a bound from above, and "just" before either, "and in the first quarter
                          # of 2026 it reached just under $170 million" (dev/1078), "а за январь–март составил менее …"
                          r"|(?:just\s+)?(?:under|below|over|less\s+than)|менее|меньше"
                          # round 107 (h2): a range's lower end, "(в пределах) от 470 до 490 млн" (dev/1583), which
                          # money reads as the one amount "over" 470
                          r"|(?:в\s+пределах\s+)?от)?\s*\$?$", re.I)

# (round 24: "по итогам (всего)" as "за", "for the whole of", "in all of": "…, а по итогам всего 2025 года приблизился к …")
_CLAUSE_GAP = re.compile(r"(?:(?:rose|grew|increased|climbed|fell|declined|dropped)\s+(?:by\s+)?(?:a\s+further\s+|another\s+)?"
                         # round 25: the verb and its rate first, "…, and rose by a further 12 percent in the first nine
                         # months of this year to nearly 17 million dollars" (its "to" then _CLAUSE_VERB's)
                         r"\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent)\s+)?"
                         r"(?:(?:в|во|за|in|during|for|по\s+итогам)\s+)?"
                         r"(?:the\s+|всего\s+|(?:the\s+)?whole(?:\s+of)?\s+|all(?:\s+of)?\s+)?",
                         re.I)  # between the conjunction and the period


AFTER_AMOUNT = 60  # characters: the amount before's own period and rate, before a further clause opens (round 31: 60,
# "$2.1 billion in the first nine months of 2025, up 6.8% year on year, while for the whole of 2024 it stood at …")


# Round 21: the amount before's own year right before the conjunction, no comma between: "had reached $850 million last
# year and that the figure for …", "составил 1,2 млрд долларов в 2024 году, а …" has its comma and is found by it.
_OWN_YEAR_THEN = re.compile(r"\s+(?:(?:in|for)\s+(?:19|20)\d\d|last\s+year|(?:in\s+)?the\s+previous\s+year|"
                            r"в\s+(?:19|20)\d\d\s+году|в\s+прошлом\s+году)(?=\s+(?:and|but|а|но)\s)", re.I)


# Round 70 (joint70): Russian tells the dollars' state after the amount ("млн долларов США"), which money.Amount ends
# before
_US_OF_THE_DOLLARS = re.compile(r"\s+США\b")


def _clause_opening(segment: str) -> int | None:
    """Where a further clause opens in the text since the amount before (_CLAUSE_OPEN): at its start, or at a comma
    after that amount's own period or rate ("exceeded $7.5 billion last year, and in the first four months …", "$6
    billion in 2024, up 5 percent, and in the first quarter …", at most AFTER_AMOUNT characters), or right after its
    own year (_OWN_YEAR_THEN); else None. Round 70 (joint70): AFTER_AMOUNT counts from after the amount's currency
    told whose it is (_US_OF_THE_DOLLARS: "146,8 млн долларов США, увеличившись на 27,3 процента по сравнению с 2024
    годом, а в январе–апреле 2026 года превысил 58 млн", dev/1123), no part of its own period or rate."""
    start = told.end() if (told := _US_OF_THE_DOLLARS.match(segment)) else 0
    comma = start
    while comma >= 0 and comma - start <= AFTER_AMOUNT:
        if _CLAUSE_OPEN.match(segment, comma) and (comma == start or segment[comma] == ","):
            return comma
        comma = segment.find(",", comma + 1)
    if (own := _OWN_YEAR_THEN.match(segment)) and _CLAUSE_OPEN.match(segment, own.end()):
        return own.end()
    return None


# Turkish and Azerbaijani open the further clause with its period and "ise"/"isə" after it, the verb after the amount:
# "… geçen yıl 7,5 milyar dolar oldu, bu yılın ilk yarısında ise yüzde 9 artışla 4 milyar dolara ulaştı", "… olub, bu
# ilin ilk yarısında isə 9 faiz artaraq …". Between "ise" and the amount at most a growth and an approximate word.
# (round 24: the months' word after a range, "bu ilin yanvar-sentyabr aylarında isə 41 milyon dolları ötüb")
# Round 43: "this figure" may stand after "ise" as the clause's subject, "… 21,6 milyon dolara ulaştığını, 2024 yılında
# ise bu rakamın 16 milyon dolar olduğunu", "2024-cü ildə isə bu rəqəm 16 milyon dollar olub".
# (round 43: the locative when.period_in leaves first, "2024 yılı|nda")
_CLAUSE_LOCAL_TAIL = re.compile(r"(?:n?[dt][aeə](?=\s))?"
                                r"(?:\s+(?:aylarında|döneminde|dövründə))?"
                                # round 96 (t1): the clause's own subject, a flow noun, between its period and "ise", or
                                # with no "ise" the subject is what opens the clause (_local_clause_period): "…; on
                                # aylık dönemde bu ülkeye yapılan ihracat ise yüzde 11,3 artarak …", "… dolarda kaldı,
                                # yılın ilk on ayında bu ülkeye yapılan ihracat 1 milyar dolara yaklaştı" (dev/1436)
                                r"(?P<subject>\s+(?:[^\W\d][\w'’]*\s+){0,3}?(?:ihracat|ithalat|ixrac|idxal)\w*)?"
                                r"(?:\s+(?P<ise>ise|isə))?"
                                r"\s+(?:bu\s+(?:rakam|rəqəm|gösterge|göstərici|tutar|hacim|həcm)\w*\s+)?"
                                # round 47: the growth's comparison before it, "yılın ilk yedi ayında ise bir önceki
                                # yılın aynı dönemine göre yüzde 9,3 artışla …", "ötən ilin eyni dövrü ilə müqayisədə"
                                r"(?:(?:geçen|bir\s+önceki)\s+yıl(?:ın\s+aynı\s+dönemine|a)\s+"
                                r"(?:göre|kıyasla|oranla)\s+"
                                r"|(?:ötən|keçən|əvvəlki)\s+(?:ilə\s+nisbətən|illə\s+müqayisədə|il\s+ilə\s+müqayisədə"
                                r"|ilin\s+(?:eyni|müvafiq|analoji)\s+dövrü(?:\s+ilə\s+müqayisədə|nə\s+nisbətən))\s+)?"
                                r"(?:(?:" + _ELLIPTIC_GROWTH + r")\s+)?(?:(?:yaklaşık|təxminən)\s+)?$",
                                re.I)


_CLAUSE_LOCAL_WORDS = ("ise", "isə", "ihracat", "ithalat", "ixrac", "idxal")  # as the text has them: "ise" or a flow
# noun (_CLAUSE_LOCAL_TAIL's subject) is in every clause it opens


def _local_clause_period(segment: str, published: date, period: str) -> tuple[str, int] | None:
    """The period of a further Turkish/Azerbaijani clause (_CLAUSE_LOCAL_TAIL, "ise" or its own flow noun as subject)
    opened at a comma at most AFTER_AMOUNT characters after the amount before, when not the figure's, and where it
    opens; else None."""
    if not any(word in segment for word in _CLAUSE_LOCAL_WORDS):
        return None
    comma = _clause_comma(segment)
    if comma < 0 or comma > AFTER_AMOUNT:
        return None
    rest = segment[comma + 1:]
    own = when.period_in(rest, published)
    if own is None or rest[:own[1]].strip() or not (tail := _CLAUSE_LOCAL_TAIL.fullmatch(rest, own[2])) \
            or not (tail["ise"] or tail["subject"]):
        return None
    return (own[0], comma) if own[0] != period else None


# Round 69 (az69): a list of one trade's yearly figures told in one sentence, each further year after a comma, its
# amount right after it and no verb or conjunction of its own: Azerbaijani "2023-cü ildə … 214,6 milyon dollar,
# 2024-cü ildə 273,9 milyon dollar təşkil edib" (dev/1112), Turkish "…, 2024 yılında 273,9 milyon dolar", Russian
# "…, в 2024 году – 273,9 млн долларов", English "…, in 2024 at $273.9 million" (the amount before's own year may stand
# before the comma: "$6.1 billion in 2023, in 2024 at $6.9 billion"). The further year's amount is its own figure (not
# a comparison), and the first amount's clause ends at that comma (_first_clause_end).
# (round 86, n2: and Russian "во" before a vowel cluster, "…, во втором квартале — 187,9 млн")
_LISTED_PERIOD_BEFORE = re.compile(r"\s*(?:(?:in|for|в|во|за)\s+)?", re.I)
_LISTED_PERIOD_ENDING = r"(?:n?[dt][aeə]|(?<=год)[уа])?"  # what when.period_in leaves of the period's case
_LISTED_PERIOD_TAIL = re.compile(_LISTED_PERIOD_ENDING + r"\s*(?:[–—:-]\s*|at\s+)?"
                                 r"(?:(?:about|around|nearly|almost|some|roughly|около|почти|yaklaşık|təxminən)\s+)?"
                                 r"(?:US)?\$?\s*", re.I)
_LISTED_PERIOD_END = re.compile(_LISTED_PERIOD_ENDING + r"\s*", re.I)


def _period_alone_in(text: str, published: date, after: re.Pattern) -> tuple[str, int, int] | None:
    """The period `text` names with nothing but a preposition before it (_LISTED_PERIOD_BEFORE) and `after` after it;
    else None."""
    own = when.period_in(text, published)
    if own is None or not _LISTED_PERIOD_BEFORE.fullmatch(text, 0, own[1]) or not after.fullmatch(text, own[2]):
        return None
    return own


def _listed_clause_period(segment: str, published: date, period: str) -> tuple[str, int] | None:
    """(the period, where its comma stands) of a further amount told in a list of one trade's periods: the segment's
    last comma, nothing or the amount before's own period before it (_LISTED_PERIOD_END), the further period after it
    and nothing but _LISTED_PERIOD_TAIL up to the amount; when not the figure's period, else None."""
    comma = segment.rfind(",")
    if comma < 0 or len(segment) > AFTER_AMOUNT:
        return None
    if segment[:comma].strip() and _period_alone_in(segment[:comma], published, _LISTED_PERIOD_END) is None:
        return None
    own = _period_alone_in(segment[comma + 1:], published, _LISTED_PERIOD_TAIL) \
        or _listed_ordinal_part(segment[comma + 1:], period)
    return (own[0], comma) if own and own[0] != period else None


# Round 86 (n2, listed_ordinal_part): a list of one trade's quarters (or halves) that names the unit once, each further
# part its ordinal alone after a comma and a dash before its amount: "в первом квартале — 163,4 млн долларов, во втором
# — 187,9 млн, в третьем — 201,6 млн" (dev/1319): that part of the year of the part before (`period`, "2026-Q1"); the
# ordinal after it only (a list goes forward), and the dash wanted (no "во втором чтении", a reading)
_LISTED_ORDINAL_PART = re.compile(r"\s*(?:в|во|за)\s+(втор|трет|четв[её]рт)[а-яё]{1,3}\s*[–—-]\s*"
                                  r"(?:(?:около|почти|более|свыше)\s+)?$", re.I)
_PART_PERIOD = re.compile(r"(\d{4})-([QH])([1-4])")


def _listed_ordinal_part(text: str, period: str) -> tuple[str, int, int] | None:
    """(the period, 0, len) of a further part of a list told by its ordinal alone (_LISTED_ORDINAL_PART) after the
    part `period`; else None."""
    if not ("втор" in text or "трет" in text or "четв" in text) or not (last := _PART_PERIOD.fullmatch(period)) \
            or not (m := _LISTED_ORDINAL_PART.fullmatch(text)):
        return None
    number = when._RU_ORDINAL[m[1].lower().replace("ё", "е")]  # (one table of the Russian ordinals)
    if number <= int(last[3]) or (last[2] == "H" and number > 2):
        return None
    return f"{last[1]}-{last[2]}{number}", 0, len(text)


# Round 53 (traderel): a round threshold passed on the way, then the exact amount: Turkish "ihracat 500 milyon doları
# aşarak 517,3 milyon dolar olarak kayda geçti" (exceeding $500 million, was recorded at $517.3 million), Azerbaijani
# "500 milyon dolları ötərək 517,3 milyon dollar olub", English "exceeding $500 million to reach $517.3 million",
# Russian "превысив 500 млн долларов, составил 517,3 млн". One figure, the exact one (the round one is dropped by
# _rounded_told_exactly, its growth kept).
_THRESHOLD_CONVERB_AFTER = re.compile(r"[\w'’]*\s+(?:aşarak|geçerek|ötərək|keçərək)\s+$", re.I)
_THRESHOLD_CONVERB_BEFORE = re.compile(r"\b(?:exceeding|surpassing|topping|passing|crossing|превысив|перевалив\s+за)\s+"
                                       r"(?:the\s+)?(?:US)?\$?$", re.I)
_THRESHOLD_TO_EXACT = re.compile(r"[\w'’]*,?\s+(?:to\s+(?:reach|stand\s+at|hit)|reaching|and\s+(?:reached|stood\s+at)"
                                 r"|at|составив|составил\w*|достигнув|достиг\w*|и\s+составил\w*)"
                                 r"\s+(?:(?:US)?\$\s?)?$", re.I)
THRESHOLD_BEFORE = 30  # characters before the round amount where the English or Russian converb stands


def _threshold_then_exact(sentence: str, amounts: list[money.Amount], i: int, period: str) -> tuple[str, int] | None:
    """(`period`, 0) when amounts[i] is the exact value of the round threshold amounts[i - 1] passed on the way
    (_THRESHOLD_CONVERB_AFTER, or _THRESHOLD_CONVERB_BEFORE and _THRESHOLD_TO_EXACT): greater than it and the same
    when cut to its significant digits; else None."""
    if i == 0:
        return None
    rounded, exact = amounts[i - 1], amounts[i]
    value = rounded.usd_m
    if not (0 < value < exact.usd_m) or value != int(value):
        return None
    digits = str(int(value))
    scale = 10 ** (len(digits) - len(digits.rstrip("0")))
    if (exact.usd_m // scale) * scale != value:
        return None
    if _THRESHOLD_CONVERB_AFTER.fullmatch(sentence, rounded.end, exact.start) \
            or _THRESHOLD_CONVERB_BEFORE.search(sentence, max(0, rounded.start - THRESHOLD_BEFORE), rounded.start) \
            and _THRESHOLD_TO_EXACT.fullmatch(sentence, rounded.end, exact.start):
        return period, 0
    return None


# Round 100 (q3): a further clause of the figure's sentence, opened by a conjunction, in which another source puts the
# same figure at its own amount: "TurkStat counted $6.6 billion last year, and Kazakhstan's Bureau of National
# Statistics puts the figure at just over $5.8 billion" (dev/1488). The clause names no trade word, so its amount had
# been read as a comparison of the first; it is the same trade's figure of the same period (or of the year it names).
_ANOTHER_COUNT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+[^,;.:\"“”]{2,80}?" + _PUTS_THE_FIGURE
                                   + r"\s+(?:(?:somewhat|slightly|much|far|a\s+little|a\s+bit|even|still)\s+)?"
                                   r"(?:(?:lower|higher),?\s+)?at\s+(?:" + _APPROXIMATE_WORDS + r"\s+){0,2}"
                                   r"(?:US\$|USD|\$)?\s?$", re.I)


def _another_count_further(segment: str, segment_check: str, period: str) -> tuple[str, int] | None:
    """(the period, where the clause opens in `segment`) of a further clause in which another source puts the figure
    just told at its own amount (_ANOTHER_COUNT_CLAUSE): `period`, or the year the clause names; else None."""
    if "figure" not in segment_check or "put" not in segment_check \
            or not (m := _ANOTHER_COUNT_CLAUSE.search(segment)):
        return None
    return m["year"] or period, m.start()


def _clause_period(segment: str, published: date, period: str) -> tuple[str, int] | None:
    """The period of a further clause's amount (_CLAUSE_OPEN, the period, _CLAUSE_VERB), when not the figure's, and
    where the clause opens in `segment` (_clause_opening)."""
    at = _clause_opening(segment)
    if at is None:
        return _local_clause_period(segment, published, period) or _local_and_clause_period(segment, published, period) \
            or _semicolon_clause_period(segment, published, period) or _listed_clause_period(segment, published, period)
    opened = _CLAUSE_OPEN.match(segment, at)
    rest = segment[opened.end():] if opened else ""
    own = when.period_in(rest, published) if opened else None
    if own is None or not _CLAUSE_GAP.fullmatch(rest, 0, own[1]):
        return None
    end = opened.end() + own[2]
    return (own[0], at) if own[0] != period and _CLAUSE_VERB.match(segment, end) else None


# Round 53 (traderel): a sentence that opens by comparing with the level of a period before, the amount told with it:
# Turkish "Bir yıl önceki 1,31 milyar dolarlık seviyeyle kıyaslandığında gerileme dikkat çekiyor" (compared with the
# level of $1.31bn a year before, the fall stands out), "Geçen yılın aynı dönemindeki 900 milyon dolarla
# karşılaştırıldığında", Azerbaijani "Bir il əvvəlki 1,3 milyard dollarlıq səviyyə ilə müqayisədə", English "Compared
# with the $1.31 billion level of a year earlier, …". The amount is the figure just told, of that earlier period.
_LEVEL_OPENER = re.compile(r"^\W*(?:(?P<before>bir\s+yıl\s+önceki|bir\s+önceki\s+yılın(?:\s+aynı\s+dönemindeki)?"
                           r"|geçen\s+yılın(?:\s+aynı\s+dönemindeki)?|bir\s+il\s+(?:əvvəlki|öncəki)"
                           r"|(?:ötən|keçən)\s+ilin(?:\s+(?:eyni|müvafiq|analoji)\s+dövründəki)?)"
                           r"|(?P<year>(?:19|20)\d\d)(?:\s+yılındaki|['’]?[dt][ea]ki|-c[iıuü]\s+ildəki))\s+$"
                           r"|^\W*compared\s+(?:with|to)\s+(?:the\s+)?(?:(?:about|around|some)\s+)?(?:US)?\$?$", re.I)
_LEVEL_AFTER = re.compile(r"[\w'’]*\s+(?:(?:seviye|düzey|səviyyə)\w*\s+)?(?:(?:ile|ilə)\s+)?"
                          r"(?:kıyasla|karşılaştır|müqayisə)\w*"
                          r"|\s+(?:level\s+)?(?:(?:of|in)\s+)?(?P<before>(?:a|one)\s+year\s+(?:earlier|before|ago))"
                          r"|\s+(?:level\s+)?(?:of|in)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_LEVEL_COMPARED_WORDS = ("kiyasla", "karşilaştir", "müqayisə", "compared")  # as cheap.lowered() has them; one is in
# every match of _LEVEL_AFTER's Turkic words or _LEVEL_OPENER's English one


def _level_compared(sentence: str, published: date, check: str, last: str) -> str | None:
    """The earlier period of a sentence's first amount told as the level compared with (_LEVEL_OPENER, _LEVEL_AFTER),
    before the figure just told (of period `last`): a year before it, or the year named; else None."""
    amounts = money.amounts_in(sentence, check)
    if not amounts or not last[:4].isdigit():
        return None
    opener = _LEVEL_OPENER.search(sentence, 0, amounts[0].start)
    after = opener and _LEVEL_AFTER.match(sentence, amounts[0].end)
    if not after:
        return None
    year = opener["year"] or after["year"]
    label = year if year else f"{int(last[:4]) - 1}{last[4:]}" if opener["before"] or after["before"] else None
    return label if label and _ends_before(label, last) else None


def _compared_period(sentence: str, published: date, check: str, last: str) -> str | None:
    """The period of the amount a sentence compares the figure just told (of period `last`) with ("That compares with
    some $300 million for the whole of 2021", "This is up from $1.2 billion a year earlier", "… in the same period of
    2024"): its own, or `last` a year before; None unless it ends before `last` ("That compares with $2 billion for
    Turkey" names none)."""
    m = _BASELINE_AFTER.search(sentence) if last[:4].isdigit() else None
    if m and m["before"]:
        label = f"{int(last[:4]) - 1}{last[4:]}"
    elif m and ("same" in m[0].lower() or "corresponding" in m[0].lower()):  # "in the same period of 2024": `last`'s
        label = f"{m['year'] or m['ru_year']}{last[4:]}"
    elif own := when.period_in(sentence, published, check):
        label = own[0]
    else:
        return None
    return label if _ends_before(label, last) else None


# Round 57 (trade57): the sentence after a figure says by how much "this figure" is above or below the level of an
# earlier period, that level's amount told with it: Turkish "Bu rakam, geçen yılın ilk üç ayındaki 1 milyar 16 milyon
# dolarlık seviyenin yüzde 9,4 üzerinde bulunuyor", Azerbaijani "Bu rəqəm ötən ilin ilk üç ayındakı 100 milyon
# dollarlıq səviyyədən 20 faiz çoxdur", English "This figure is 9.4% above the $1.02 billion recorded in the first
# quarter of 2025", Russian "Этот показатель на 9,4% выше, чем годом ранее, когда он составлял 1,02 млрд долларов". The
# rate is the figure's before; the amount is that trade's level of the earlier period (no growth of its own). The
# level's amount stands after the rate in English and Russian, before it (in the genitive or ablative) in Turkish and
# Azerbaijani.
# Round 94 (t1, year_figure_over_level): or "the <year> figure" naming the figure's own year, "The 2025 figure was 8
# percent above the 5 billion dollars recorded in 2024" (dev/1411); only that year (_rate_over_level).
_THIS_FIGURE_OPENS = re.compile(r"^\W*(?:(?:but|and|ama|amma|ancak|lakin|но|и|однако),?\s+)?"
                                r"(?:(?:this|that|bu|это|этот|эта|данный)\b"
                                r"(?!\s+(?:yıl|ay|dönem|hafta|il\b|year|month|period|week|год|месяц|период))"
                                r"|the\s+(?P<year>(?:19|20)\d\d)\s+(?:figure|total)\b)", re.I)
_RATE_COMPARED = re.compile(r"[^\d.,;]{0,12}?(?<![\w-])(?:üzerinde|üstünde|altında|fazla|yüksek|düşük|çox(?:dur)?|"
                            r"az(?:dır)?|yüksək(?:dir)?|aşağı(?:dır)?|above|below|higher|lower|more|less|выше|больше|"
                            r"ниже|меньше|превыша\w*"
                            # round 61 (trade61): "… hacme kıyasla yüzde 12,6'lık bir artışa karşılık geliyor"
                            r"|artış\w*|düşüş\w*|azalış\w*|gerileme\w*"
                            # round 61 (t1020): Azerbaijani "… həcmlə müqayisədə 17,7 faiz artım deməkdir"
                            r"|artım\w*|azalma\w*)\b", re.I)
_RATE_COMPARED_WORDS = ("üzerinde", "üstünde", "altinda", "fazla", "yüksek", "düşük", "çox", "az", "yüksək", "aşaği",
                        "artiq", "above", "below", "higher", "lower", "more", "less", "выше", "больше", "ниже",
                        "меньше", "превыша", "artiş", "düşüş", "azaliş", "gerileme", "artim", "azalma")
# (as cheap.lowered() has them; one is in every _RATE_COMPARED match)
_LEVEL_CASE_BEFORE_RATE = re.compile(r"[\w'’]*(?:\s+(?:seviye|düzey|səviyyə|rakam|tutar|rəqəm|məbləğ)\w*)?"
                                     r"(?<=[nN][ıiuüİ]n|[dDtT][aeə]n)\s+(?:göre\s+|nisbətən\s+)?$"
                                     # round 61 (trade61): the level in the dative with "compared", "… 2 milyar 827
                                     # milyon dolarlık hacme kıyasla", "… səviyyə ilə müqayisədə"
                                     r"|[\w'’]*(?:\s+(?:hacm|hacim|seviye|düzey|rakam|tutar|həcm|səviyyə)\w*)?"
                                     r"\s+(?:ile\s+|ilə\s+)?(?:kıyasla|karşılaştırıldığında|müqayisədə)\s+"
                                     # round 98 (q2): the rate told as about ("… dollarla müqayisədə təxminən 9 faiz
                                     # artım deməkdir", dev/1462; "… kıyasla yaklaşık yüzde 9")
                                     r"(?:(?:təxminən|yaklaşık)\s+)?$"
                                     # round 62 (trade62b): the level in the dative with "göre"/"nisbətən", its year
                                     # between, "Bu, 2 milyar 22 milyon dolarlık 2024 seviyesine göre yüzde 14,6'lık
                                     # bir artış demek", "… 2024-cü il səviyyəsinə nisbətən"
                                     r"|[\w'’]*(?:\s+(?P<year>(?:19|20)\d\d)(?:['’-]?\w+)?(?:\s+(?:yılı|il)\b)?)?"
                                     r"(?:\s+(?:hacm|hacim|seviye|düzey|rakam|tutar|həcm|səviyyə|rəqəm)\w*)?"
                                     r"(?<=[aeəAEƏ])\s+(?:göre|nisbətən)\s+$", re.I)


def _rate_over_level(sentence: str, check: str, published: date, last: str,
                     named: re.Match | None = None) -> tuple[float, str] | None:
    """The rate a sentence opening with "this (figure)" gives the figure before it (of period `last`) and the earlier
    period of the one amount it tells as the level compared with (_THIS_FIGURE_OPENS, _RATE_COMPARED,
    _LEVEL_CASE_BEFORE_RATE); else None. Round 98 (q2): `named`, the sentence's opening that names the figure by its
    round amount instead (_ROUND_FIGURE_NAMED), that amount no level."""
    if not (opens := named or _THIS_FIGURE_OPENS.match(sentence)) or not last[:4].isdigit() \
            or opens.groupdict().get("year") and opens["year"] != last or not (rate := money.growth_in(sentence)):
        return None  # (round 94, t1: "the 2025 figure" gives its rate only to a figure of the whole year 2025)
    amounts = [amount for amount in money.amounts_in(sentence, check) if amount.start >= opens.end()]
    # Round 86 (w2, level_when_bare): the level told after "when" with its currency left out, the figure's before:
    # "… составил 1,96 млрд долларов. Это на 7,4% больше, чем в 2024 году, когда мы вышли на 1,83 млрд." (dev/1323),
    # "That is 7.4% more than in 2024, when it stood at 1.83 billion" (money.bare_amounts); only right after that
    # "when" (_baseline_when), not a bare number anywhere
    bare = not amounts and ("когда" in check or "when" in check)
    if bare:
        amounts = money.bare_amounts(sentence)
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    # round 86 (w2, level_when_bare): the year the "when" clause names before the amount, "than in 2024, when it
    # stood at $1.83 billion" (when.period_in reads no period after "than")
    told = _baseline_when(sentence[:amount.start]) if amount.start > rate[2] else None
    if bare and told is None:
        return None
    if not any(word in check for word in _RATE_COMPARED_WORDS) \
            or not (compared := _RATE_COMPARED.match(sentence, rate[2])):
        return None
    level = None
    if not (compared.end() <= amount.start
            or amount.end <= rate[1] and (level := _LEVEL_CASE_BEFORE_RATE.search(sentence, amount.end, rate[1]))):
        return None
    back = when.period_back_in(sentence, last, check)
    # the level's period after the word of comparing (which makes it a baseline to when.period_in): "выше уровня первого
    # квартала 2025 года", "above the $1.02 billion recorded in the first quarter of 2025"
    own = compared.end() <= amount.start and when.period_in(sentence[compared.end():], published)
    label = back[0] if back and back[0] != last \
        else _compared_period(sentence, published, check, last) or (own[0] if own else None)
    if told is not None:
        label = _label_of_baseline_when(told, last)
    if label is None and level and level["year"]:  # round 62: "… dolarlık 2024 seviyesine göre", a year's level
        label = level["year"] + last[4:]
    if label is None and level and (year := _YEAR_OF_FROM.search(sentence, max(0, amount.start - 25), amount.start)):
        label = year[1] + last[4:]  # round 98 (q2): the year right before the level, "2024'teki 4 milyar … dolara"
    return (rate[0], label) if label and _ends_before(label, last) else None


# Round 98 (q2, round_figure_named): a trade figure named again later by its amount told round, as an adjective, after
# its source maybe ("DGK-nın 5,4 milyardlıq rəqəmi", the customs committee's 5.4-billion figure; "5,4 milyard
# dollarlıq rəqəm"; Turkish "TÜİK'in 7,7 milyarlık rakamı"), opening a sentence of no trade figure that weighs it
# against an earlier period's level: "… rəqəmi 2024-cü ildəki 4 milyard 965 milyon dollarla müqayisədə təxminən 9 faiz
# artım deməkdir" (dev/1462, an expert's words after other figures were told). The figure is the one exact trade figure
# told before that the round amount is, cut to its digits (5,412 million is 5.4 billion, 5,463 million is not); the rate
# is its growth and the level its trade's figure of that earlier period, as _rate_over_level reads them after "this
# figure" right after it (_give_round_figure_levels).
_ROUND_FIGURE_NAMED = re.compile(r"^\W*(?:(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+(?:n[ıiuü]n|[ıiuü]n)\s+)?"
                                 r"(?P<number>\d{1,3}(?:[.,]\d{1,2})?)\s?(?P<unit>milyard|milyar|milyon)"
                                 r"(?:\s+dol+ar)?(?:lıq|liq|lık|lik|luq|luk|lüq|lük)\s+(?:rəqəm|rakam)\w*", re.I)
_ROUND_FIGURE_NAMED_WORDS = ("q rəqəm", "k rakam")  # one is in every match, as cheap.lowered() has it


def _figure_told_round(named: re.Match, told: list[FigureFound]) -> FigureFound | None:
    """The one exact trade figure of `told` whose value the round amount `named` (_ROUND_FIGURE_NAMED) is, cut to
    its digits; else None."""
    number = named["number"].replace(",", ".")
    scale = 1000 if named["unit"].lower().startswith("milyar") else 1
    step = scale / 10 ** (len(number) - number.find(".") - 1 if "." in number else 0)
    value = float(number) * scale
    fitting = [f for f in told if f.kind == "trade" and f.qualifier == "exact"
               and abs(round(f.value_usd_m / step) * step - value) < 1e-6]
    return fitting[0] if len({(f.pair, f.period, f.flow, f.value_usd_m) for f in fitting}) == 1 else None


def _give_round_figure_levels(doc: Document, found: list[FigureFound], published: date) -> None:
    """Each figure a later sentence names by its round amount (_ROUND_FIGURE_NAMED) its rate against an earlier
    level, when it has none, and that level as its trade's figure of the earlier period (see above)."""
    if not any(flags := doc.held(_ROUND_FIGURE_NAMED_WORDS)):
        return  # (most articles: one find() over the article per word)
    for s, held in zip(doc.sentences, flags):
        if not held or not (named := _ROUND_FIGURE_NAMED.match(s.text)) \
                or any(s.start <= f.span[0] < s.end for f in found):
            continue
        figure = _figure_told_round(named, [f for f in found if f.span[1] <= s.start])
        if figure is None or not (over := _rate_over_level(s.text, s.check, published, figure.period, named)):
            continue
        amounts = [amount for amount in money.amounts_in(s.text, s.check) if amount.start >= named.end()]
        if len(amounts) != 1:
            continue
        rate, label = over
        if figure.growth_pct is None:
            figure.growth_pct = rate
        amount = amounts[0]
        if any(f.kind == "trade" and set(f.pair) == set(figure.pair) and (f.period, f.flow) == (label, figure.flow)
               and f.value_usd_m == amount.usd_m for f in found):
            continue
        level = FigureFound("trade", figure.pair, amount.usd_m, amount.qualifier,
                            (s.start + amount.start, s.start + amount.end), figure.confidence, period=label,
                            flow=figure.flow, stated_by=figure.stated_by, scope=figure.scope,
                            rule=f"figure: {amount.rule}, the level a round figure named is weighed against, "
                                 f"period {label!r}")
        found.insert(next((i for i, f in enumerate(found) if f.span[0] > level.span[0]), len(found)), level)


_PART_ORDINALS = (("first", "перв"), ("second", "втор"), ("third", "трет"), ("fourth", "четв"))  # by the word's start


def _named_part(told: re.Match) -> str | None:
    """The label's part for the quarter or half a _BASELINE_WHEN(_RU) match names ("the first quarter of 2024" ->
    "-Q1", "во втором полугодии 2024 года" -> "-H2"); None when it names none (the figure's own part stands)."""
    if not told["part"]:
        return None
    word = lowered(told["part"])
    n = next(i for i, starts in enumerate(_PART_ORDINALS, 1) if word.startswith(starts))
    unit = lowered(told["unit"])
    return f"-Q{n}" if unit in ("quarter", "квартал") else f"-H{n}" if n <= 2 else None


def _same_year_earlier_part(m: re.Match, period: str) -> str | None:
    """The quarter or half a comparison names in the figure's own year when it ends before the figure's quarter or
    half begins: "$520 million in the third quarter of 2025, compared with $410 million in the second quarter of
    2025", "in the fourth quarter …, against $900 million in the first half of 2025"."""
    n = ("first", "second", "third", "fourth").index(lowered(m["part_n"])) + 1
    kind = "Q" if lowered(m["part_unit"]) == "quarter" else "H"
    if kind == "H" and n > 2 or period[5:6] not in ("Q", "H") or not period[6:].isdigit():
        return None
    months = 3 if period[5] == "Q" else 6  # the figure's part begins after (its number - 1) such spans of months
    if n * (3 if kind == "Q" else 6) <= (int(period[6:]) - 1) * months:
        return f"{period[:4]}-{kind}{n}"
    return None


def _baseline_when(segment: str) -> re.Match | None:
    """The comparison ending `segment` right before an amount told after "when" (_BASELINE_WHEN, _BASELINE_WHEN_RU),
    else None."""
    if "when" not in segment and "когда" not in segment:
        return None
    return _BASELINE_WHEN.search(segment) or _BASELINE_WHEN_RU.search(segment)


def _label_of_baseline_when(told: re.Match, period: str) -> str | None:
    """The period of the amount a _baseline_when match `told` stands before, compared with the figure of `period`:
    the year it names or the year before `period`'s; None unless that year is before `period`'s."""
    year = int(period[:4]) - 1 if told["before"] else int(told["year"])
    if year >= int(period[:4]):
        return None
    if told.re is _BASELINE_WHEN and told["span_end"]:
        return when.months_to_date_label(year, told["span_end"])
    return f"{year}{_named_part(told) or period[4:]}"


def _baseline_period(sentence: str, segment: str, amount: money.Amount, period: str) -> str | None:
    """The period of a comparison amount that follows the figure of `period` in its sentence (_BASELINE_BEFORE and
    _AFTER): a year before the figure's ("2024-H1" -> "2023-H1"), or the year named in the figure's span of it. None
    when the amount is no such comparison ("up from $5 billion" names no period)."""
    if not period[:4].isdigit():
        return None
    if (paren := _BASELINE_YEAR_PAREN.search(segment)) and paren["before"]:
        return f"{int(period[:4]) - 1}{period[4:]}"
    if paren and int(paren["year"]) < int(period[:4]):
        return f"{paren['year']}{period[4:]}" if len(period) == 4 else None
    bracket = _BASELINE_IN_BRACKET.search(segment) if "(" in segment else None
    if bracket and bracket["same_before"]:
        return f"{int(period[:4]) - 1}{period[4:]}"  # round 97 (q5): "(за тот же период прошлого года – …)"
    if bracket and int(bracket["year"]) < int(period[:4]):
        return bracket["year"] if len(period) == 4 else None  # round 64: "(в 2024 году — 4,42 млрд долларов)"
    if (told := _baseline_when(segment)) is not None:
        return _label_of_baseline_when(told, period)
    back = when.period_back_in(segment, period)
    if back is None and ("годом ра" in segment or "год назад" in segment) and (at := _clause_opening(segment)):
        # Round 107 (h1): the further clause opening at a comma past the amount's own rate or the dollars' "США"
        # (_clause_opening), "… составил почти 612 млн долларов США, увеличившись на 31,4%, тогда как годом ранее он
        # равнялся 465,8 млн долларов" (dev/1578): its "годом ранее" read from there, as right after the amount
        back = when.period_back_in(segment[at:], period)
    if back and back[0] != period:
        # round 19: a further clause of the same period a year before, "…; geçen yılın aynı döneminde bu rakam 3,5 milyar
        # dolardı", "…, а в аналогичном периоде прошлого года – 360 млн"
        return back[0]
    if "bu ra" in segment and (told := _THIS_FIGURE_PERIOD_LOCAL.search(segment)) \
            and (own := when.period_in(told["period"], date(int(period[:4]), 12, 31))) and own[0] != period \
            and _ends_before(own[0], period):
        return own[0]  # round 93 (t2): "…; geçen yılın 3. çeyreğinde bu rakam 1,2 mlr $ idi"
    if (local := _year_compared_local(sentence, segment, amount)) is not None:
        return f"{local}{period[4:]}" if local < int(period[:4]) else None
    if "20" in segment and (back_year := _THIS_FIGURE_YEAR_LOCAL.search(segment)):  # round 77 (tvtr77)
        year = back_year["year"] or back_year["first"]  # (round 102, v3: the year first)
        return year if len(period) == 4 and int(year) < int(period[:4]) else None
    if not _BASELINE_BEFORE.search(segment):
        return None
    m = _BASELINE_AFTER.match(sentence, amount.end)
    if m is None:
        return None
    if m["quarter"]:  # an earlier quarter of the figure's own year (of a later quarter only)
        quarter = ("first", "second", "third").index(lowered(m["quarter"])) + 1
        return f"{period[:4]}-Q{quarter}" if period[5:6] == "Q" and quarter < int(period[6:]) else None
    year = int(period[:4]) - 1 if m["before"] else int(m["year"] or m["ru_year"])
    if m["part_n"] and year < int(period[:4]):  # round 51: the quarter or half it names, not the figure's part
        n = ("first", "second", "third", "fourth").index(lowered(m["part_n"])) + 1
        return f"{year}-Q{n}" if lowered(m["part_unit"]) == "quarter" else f"{year}-H{n}" if n <= 2 else None
    if m["part_n"] and year == int(period[:4]):  # round 51 (gaps): an earlier part of the figure's own year
        return _same_year_earlier_part(m, period)
    return f"{year}{period[4:]}" if year < int(period[:4]) else None


# Round 77 (tvtr77): a further clause of the same sentence telling "this figure" in an earlier year, the year in the
# locative right before the amount: Turkish "… 3 milyar 480 milyon dolara ulaştığını belirten Yılmaz, bu rakamın
# 2024'te 3,1 milyar dolar olduğunu hatırlattı" (dev/1208), "…; bu rakam 2023 yılında 2,8 milyar dolardı",
# Azerbaijani "…, bu rəqəmin 2024-cü ildə 300 milyon dollar olduğunu" (_THIS_FIGURE_LOCAL). Only a whole year's
# figure (_baseline_period).
_THIS_FIGURE_LOCAL = r"(?:bu|həmin|söz\s+konusu)\s+(?:rakam|rəqəm|tutar|gösterge|göstərici)\w*"  # "this figure"
# Round 93 (t2, THIS_FIGURE_PERIOD_LOCAL): a further clause after a semicolon, its own period and "this figure" before
# the amount: "… 1,27 mlr $ ile yıllık bazda %6,1 büyüdü; geçen yılın 3. çeyreğinde bu rakam 1,2 mlr $ idi" (dev/1406):
# the figure's earlier period, read from the clause (_baseline_period; "bu rakam" alone, no period, is no baseline here)
_THIS_FIGURE_PERIOD_LOCAL = re.compile(r";\s*(?P<period>[^,;]{4,60}?)\s+bu\s+rakam\s+$", re.I)
# Round 102 (v3): or the year first, "this figure" after it, "… 7,3 milyar dolara ulaştığını, 2024'te bu rakamın 6,4
# milyar dolar olduğunu hatırlatan Bakan" (dev/1515), "2024-cü ildə bu rəqəmin …" (`first`)
_THIS_FIGURE_YEAR_ENDING = r"(?:['’][dt][ae]|\s+yılında|-(?:c[iıuü])\s+ild[əe])"  # the year's locative
_THIS_FIGURE_YEAR_LOCAL = re.compile(r"(?:^|[,;]\s*)(?:" + _THIS_FIGURE_LOCAL + r"\s+(?P<year>(?:19|20)\d\d)"
                                     + _THIS_FIGURE_YEAR_ENDING
                                     + r"|(?P<first>(?:19|20)\d\d)" + _THIS_FIGURE_YEAR_ENDING + r"\s+"
                                     + _THIS_FIGURE_LOCAL + r")\s+$", re.I)

# Round 64 (trade64c): an earlier year's amount told in brackets after the year's figure, the year and a dash or colon
# opening the bracket: "… достиг 4 млрд 612 млн долларов, увеличившись на 4,3 процента (в 2024 году — 4,42 млрд
# долларов)" (dev/1060), "reached $4.6 billion in 2025 (in 2024 – $4.4 billion)", "(2024: $4.4 billion)",
# Azerbaijani "(2024-cü ildə – …)", Turkish "(2024'te …)". Only a whole year's figure (_baseline_period).
# Round 97 (q5): or the Russian same period of last year opening the bracket, "… за девять месяцев 2026 года составил
# 18,4 млн долларов, увеличившись в 1,6 раза (за тот же период прошлого года – 11,5 млн долларов)" (dev/1457): the
# figure's own period a year before, as a bracket's year is the year before a year's figure (`same_before`)
_BASELINE_IN_BRACKET = re.compile(r"\(\s*(?:(?:(?:в|in|за)\s+)?(?P<year>(?:19|20)\d\d)"
                                  r"(?:\s+год\w*|-(?:c[iıuü])\s+il(?:də)?|['’](?:de|da|te|ta))?"
                                  r"|(?P<same_before>(?:за|в)\s+" + _RU_SAME_PERIOD_LAST_YEAR + r"))"
                                  r"\s*[—–:-]?\s*$", re.I)

# Round 56 (tradetext56): Turkish and Azerbaijani tell the amount compared with its year right before it and the
# postposition of comparison right after it: "bu rakam, 2024'teki 7,47 milyar dolara göre yüzde 9,9'luk bir artış",
# "2024-cü ildəki 7,4 milyard dollarla müqayisədə" (the year's own ending "-deki" as in _YEAR_OF_FROM).
# Round 72 (abbrev72): or in the ablative, the rate and a comparative after it, the figure's clause before ending in
# "ki, bu da": "… 178,6 milyon dollar təşkil edib ki, bu da 2024-cü ildəki 146,3 milyon dollardan 22 faiz çoxdur"
# (dev/1151), Turkish "… 2024'teki 3,1 milyar dolardan yüzde 12 fazla".
_COMPARED_AFTER_LOCAL = re.compile(r"\w{0,4}\s+(?:göre|kıyasla|oranla|nazaran|nisbətən|(?:ilə\s+)?müqayisədə)\b"
                                   r"|\w{0,3}?(?:dan|dən|tan|tən)\s+(?:yüzde\s+|%\s?)?\d+(?:[.,]\d+)?\s?(?:%|faiz)?"
                                   r"\s+(?:daha\s+)?(?:çox|az|fazla|yüksək|yüksek|aşağı|düşük|artıq)"
                                   r"(?:d[ıiuüə]r)?\b", re.I)


def _year_compared_local(sentence: str, segment: str, amount: money.Amount) -> int | None:
    """The year of a Turkish or Azerbaijani amount compared with (_YEAR_OF_FROM before it, _COMPARED_AFTER_LOCAL after
    it); else None."""
    if not (year := _YEAR_OF_FROM.search(segment, max(0, len(segment) - 25))) \
            or not _COMPARED_AFTER_LOCAL.match(sentence, amount.end):
        return None
    return int(year[1])


# Turkish and Azerbaijani tell a rise "from A to B" as two amounts, the first in the ablative: "2,9 milyar dolardan 3,4
# milyar dolara yükseldi", "300 milyon dollardan 450 milyon dollara çatıb". Matched between the two amounts.
# Round 28: the later amount's own year may stand between, "2024'teki 3,2 milyar dolardan 2025'te 3,6 milyar dolara",
# "2024-cü ildəki 300 milyon dollardan 2025-ci ildə 450 milyon dollara".
# Round 47: the rate between, "2024’teki 3 milyar 335 milyon dolardan yüzde 8,3 artışla 3 milyar 612 milyon dolara".
_FROM_AMOUNT = re.compile(r"\w{0,3}?(?:dan|dən|tan|tən)\s+"
                          r"(?:(?:19|20)\d\d(?:['’][dt][ae]|-(?:c[iıuü])\s+ild[əe])\s+)?"
                          r"(?:(?:" + _ELLIPTIC_GROWTH + r")\s+)?"
                          # the figure's own year after the rate too
                          r"(?:(?:19|20)\d\d(?:['’][dt][ae]|-(?:c[iıuü])\s+ild[əe])\s+)?", re.I)
# The year of the amount risen from, right before it: "2021'deki 2,9 milyar dolardan", "2021-ci ildəki 300 milyon
# dollardan" (of 2021)
_YEAR_OF_FROM = re.compile(r"\b((?:19|20)\d\d)(?:['’][dt][ae]ki|-(?:c[iıuü])\s+ild[əe]ki)\s+$", re.I)
# Round 91 (t2, same period of last year's): the amount risen from told as last year's same period's, "ticaret hacmi,
# geçen yılın aynı dönemindeki 2 milyar 558 milyon dolardan 3 milyar 92 milyon dolara yükseldi" (under "Ocak-eylül
# döneminde": 2025-9M's 2,558 and 2026-9M's 3,092; dev/1384), Azerbaijani "ötən ilin eyni dövründəki 300 milyon
# dollardan": the figure's period a year before, and the phrase names no period of the figure's
_SAME_PERIOD_OF_FROM = re.compile(r"(?:geçen|bir\s+önceki)\s+yılın\s+aynı\s+dönemindeki\s+$"
                                  r"|(?:ötən|keçən)\s+ilin\s+(?:eyni|müvafiq|analoji)\s+dövründəki\s+$", re.I)


# English and Russian: "from $400 million in 2023 to $500 million in 2024", "с 400 млн долларов в 2023 году до 500 млн
# долларов в 2024 году": the year right after the amount risen from, then "to"/"до" and the figure's amount.
_FROM_YEAR_TO = re.compile(r"\s+(?:in|for|в)\s+((?:19|20)\d\d)(?:\s+году)?,?\s+(?:to|до)\s+", re.I)


def _from_year_to(sentence: str, amounts: list[money.Amount], i: int, published: date):
    """The period after the next amount when amount `i` is the "from" of "from <amount> in <year> to <amount> <period>"
    (_FROM_BEFORE, _FROM_YEAR_TO), with its span in the sentence; else None."""
    after = amounts[i + 1].end
    if not _FROM_YEAR_TO.fullmatch(sentence, amounts[i].end, amounts[i + 1].start) \
            or not _FROM_BEFORE.search(sentence, 0, amounts[i].start):
        return None
    later = when.period_in(sentence[after:], published)
    return (later[0], later[1] + after, later[2] + after) if later else None


def _from_figure(sentence: str, figure: FigureFound, amount: money.Amount, span: tuple[int, int]) -> FigureFound | None:
    """The figure of the amount a trade rose from (_FROM_AMOUNT, _FROM_YEAR_TO), when its year is told right before it
    (or after it, _FROM_YEAR_TO) and is before the `figure`'s: the same pair and flow, no growth of its own; else None
    (a rise from an amount of no year)."""
    if not figure.period[:4].isdigit():
        return None
    m = _YEAR_OF_FROM.search(sentence, max(0, amount.start - 25), amount.start) \
        or _FROM_YEAR_TO.match(sentence, amount.end)
    if m is None and _SAME_PERIOD_OF_FROM.search(sentence, max(0, amount.start - 45), amount.start):
        label = f"{int(figure.period[:4]) - 1}{figure.period[4:]}"  # round 91 (t2)
    elif m is None or int(m[1]) >= int(figure.period[:4]):
        return None
    else:
        label = f"{m[1]}{figure.period[4:]}"
    return FigureFound("trade", figure.pair, amount.usd_m, amount.qualifier, span, figure.confidence, period=label,
                       flow=figure.flow, stated_by=figure.stated_by, scope=figure.scope,
                       rule=f"figure: {amount.rule}, risen from, period {label!r}")


# Round 46: a source's lead before the figure ("According to Azerbaijan's State Customs Committee it stood at …"): the
# state it names is the source's, no party to the trade.
_SOURCE_LEAD = re.compile(_SOURCE_BEFORE_IT, re.I)
TWO_LEADERS_BACK = 4  # sentences before "the two countries" where the two leaders it means may be named


def _figure_back_of_named(doc: Document, k: int, resolver: Resolver) -> list[str]:
    """The states of the trade a sentence's figure looks back to (_FIGURE_BACK: "it reached", "он составил"): its own
    (but a source's, _SOURCE_LEAD), else those of the sentence before, which named that trade; round 46: when that one
    names "the two countries" and no state, the two leaders a sentence shortly before joins (_two_leaders_back)."""
    s = doc.sentences[k]
    lead = _SOURCE_LEAD.match(s.text) if "accord" in s.check or "citing" in s.check or s.check.startswith("by ") \
        else None
    own = [m.iso3 for m in doc.mentions(s) if not lead or m.start - s.start >= lead.end()]
    if own or (own := doc.codes(doc.sentences[k - 1])) or not _OF_THE_TWO.search(doc.sentences[k - 1].text):
        return own
    return list(_two_leaders_back(doc, k - 1, resolver) or ())


TWO_SIDES_AFTER_FIGURE = 4  # sentences after a trade figure where "the two sides" still means its pair


# Round 66 (tradetr66, dev/1080): a text that names the pair's partner again after its figure is still on that pair, so
# "the two leaders" count from there: "Geçen yıl iki ülke arasındaki ticaret hacmi 8 milyar 200 milyon doların üzerine
# çıktı. …(remarks on the energy bought from Azerbaijan, "Azerbaycan bu bağımsızlığın … sigortalarından biri")…
# Hedefimiz belli: iki liderin koyduğu 15 milyar dolarlık ticaret hedefine ulaşmak" (five sentences after the figure).
def _last_naming_the_pair(doc: Document, pair: tuple[str, str], last_trade: int, k: int) -> int:
    """The last sentence after `last_trade` and before `k` that names a state of `pair`; `last_trade` when none does."""
    return next((j for j in range(k - 1, last_trade, -1) if set(doc.codes(doc.sentences[j])) & set(pair)), last_trade)


# Round 49 (trade other): a figure told "for comparison" is another pair's aside; "the two sides" right after it are
# still the pair the report is about: "… it reached $18.2 million. For comparison, Türkiye's exports to the north alone
# exceeded $2.3 billion last year. Officials … have floated a goal of raising the two sides' annual trade to $100
# million by 2030" (Azerbaijan's and Northern Cyprus's, not Türkiye's).
_COMPARISON_OPENS = re.compile(_COMPARISON_LEAD, re.I)
_THE_TWO_SIDES = re.compile(r"\b(?:the\s+two\s+sides|both\s+(?:sides|capitals))\b", re.I)  # besides _OF_THE_TWO


def _pair_past_a_comparison(doc: Document, found: list[FigureFound], last_trade: int,
                            sentence: str) -> tuple[str, str] | None:
    """The pair of the last trade figure before the last one when the last one opens its sentence "for comparison"
    (_COMPARISON_OPENS) and the sentence now speaks of the two (_OF_THE_TWO, _THE_TWO_SIDES); else None."""
    if not _COMPARISON_OPENS.match(doc.sentences[last_trade].text) \
            or not (_OF_THE_TWO.search(sentence) or _THE_TWO_SIDES.search(sentence)):
        return None
    last = set(found[-1].pair)
    return next((f.pair for f in reversed(found[:-1]) if f.kind == "trade" and set(f.pair) != last), None)


def _the_two_of_the_last_figure(doc: Document, s, k: int, found: list[FigureFound], last_trade: int,
                                resolver: Resolver) -> tuple[str, str] | None:
    """The pair of the last trade figure when sentence `s` (k) names no state, speaks of "the two sides" (_BOTH_LEADERS,
    _OF_THE_TWO) up to TWO_SIDES_AFTER_FIGURE sentences after it, the office holders it names are of that pair and the
    sentences between name no state of the ties outside it; else None. Round 66 (tradetr66): counted from the last
    sentence between that names a state of the pair (_last_naming_the_pair), the text still on the pair."""
    if not found or found[-1].kind != "trade" or not 1 < k - last_trade <= 2 * TWO_SIDES_AFTER_FIGURE \
            or not (_OF_THE_TWO.search(s.text) or _BOTH_LEADERS.search(s.text)):
        return None
    pair = found[-1].pair
    if any(code in places.TIE_CODES and code not in pair for j in range(last_trade + 1, k)
           for code in doc.codes(doc.sentences[j])):
        return None
    if k - _last_naming_the_pair(doc, pair, last_trade, k) > TWO_SIDES_AFTER_FIGURE:
        return None
    holders = [p.iso3 for m in NAME_RUN.finditer(s.text) if (p := _holder_in(m[0], resolver))]
    return pair if all(code in pair for code in holders) else None


# Round 47 (trade releases): "the sides" naming no state, a few sentences after two states (or their capitals) were
# named as the ends of something between them: "Ankara ilə Lefkoşa arasında yeni iqtisadi protokol … Baş nazirimiz …
# Ankaraya … səfər edib. … Tərəflər qarşılıqlı ticarət dövriyyəsini 2028-ci ilə qədər 3,5 milyard dollara çatdırmağı …",
# "the new protocol between Ankara and Lefkoşa …. The sides aim to …": those two, when the sentences between name no
# other state.
_BETWEEN_TWO = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s|\s(?:ilə|ile|и)\s+\S+(?:\s+\S+)?\s+(?:arasında|между)\b|"
                          r"\bмежду\s+\S+(?:\s+\S+)?\s+и\s", re.I)
SIDES_BACK = 4  # sentences before "the sides" where the two it means may be named


def _sides_between_before(doc: Document, s, k: int) -> tuple[str, str] | None:
    """The two states a sentence at most SIDES_BACK before names as the ends of something between them (_BETWEEN_TWO),
    when sentence `s` (k) speaks of "the sides" (_BOTH_LEADERS) and the sentences between name no third state."""
    if not _BOTH_LEADERS.search(s.text):
        return None
    between: set[str] = set()  # the states the sentences between name
    for j in range(k - 1, max(-1, k - 1 - SIDES_BACK), -1):
        named = list(dict.fromkeys(m.iso3 for m in doc.mentions(doc.sentences[j])))
        if len(named) == 2 and _BETWEEN_TWO.search(doc.sentences[j].text) and places.TIE_CODES.issuperset(named):
            return (named[0], named[1]) if between <= set(named) else None
        between.update(named)
        if len(between) > 1:
            return None
    return None


def _two_leaders_back(doc: Document, k: int, resolver: Resolver) -> tuple[str, str] | None:
    """The states of the two office holders of two states joined in one of the TWO_LEADERS_BACK sentences before
    sentence k ("At their meeting on Thursday, Aliyev and Rahmon reviewed trade …"), the nearest first; None when the
    nearest sentence naming a holder joins none."""
    for j in range(k - 1, max(-1, k - 1 - TWO_LEADERS_BACK), -1):
        text = doc.sentences[j].text
        runs = [(m, p) for m in NAME_RUN.finditer(text) if (p := _holder_in(m[0], resolver))]
        if runs:
            pair = _joined_pair(text, runs)
            return pair if pair and pair != SETTERS_OF_A_GROUP else None
    return None


_FIGURE_NOUN = re.compile(r"figure|rakam|rəqəm|göstərici|gösterge|показател|цифра", re.I)  # a _FIGURE_BACK by its noun
# A sentence telling that something else moved ("Investment grew fast.", "Инвестиции выросли"): "the figure" after it
# may be that thing's, so it ends the look back to the trade figure before
_ANOTHER_QUANTITY_MOVED = re.compile(r"\b(?:grew|rose|fell|increased|decreased|declined|dropped|climbed|jumped|doubled|"
                                     r"вырос\w*|выросл\w*|снизил\w*|увеличил\w*|сократил\w*|artdı|arttı|azaldı|"
                                     r"düştü|geriledi|artıb|azalıb)\b", re.I)


# Round 75 (podcast75, dev/1189): "the figure for 2025" names its own year, so it may look back further, past a guest's
# label and his remark on how another office counts ("KT: I would add a footnote. Our committee counts it differently,
# … On our side the figure for 2025 is just over $350 million.")
_YEAR_NAMED_BACK = 5
# Round 80 (fact80b): the highest figure published of the series, its year after the amount, is that series' peak, so
# it may look back further still, past an expert's remarks on how the two offices count: "… The highest annual figure
# either has published is the Kazakh bureau's $6.3 billion for 2022" six sentences after the figures (dev/1242)
_RECORD_NAMED_BACK = 8
_RECORD_WORDS = ("highest", "largest", "biggest", "record", "peak")  # cheap gate, as cheap.lowered() has them


def _figure_named_back(doc: Document, k: int, last_trade: int, found: list) -> re.Match | None:
    """Sentence k's look back at the last trade figure by its noun ("the figure", "bu rakam", "этот показатель"; not
    "it", which a remark between may have taken) at most CARRY_PERIOD + 1 sentences after it, the sentences between
    telling no trade figure and nothing else that moved (a remark, a target): the _FIGURE_BACK match, else None."""
    far = k - last_trade > _YEAR_NAMED_BACK  # only the peak of the series named with its year (_RECORD_NAMED_BACK)
    if not found or not 1 < k - last_trade <= _RECORD_NAMED_BACK or _last_trade_figure(found) is None \
            or far and not any(word in doc.sentences[k].check for word in _RECORD_WORDS):
        return None
    # (speed, sp84: the _FIGURE_BACK match must hold a _FIGURE_NOUN, so a sentence with none of its words is answered
    # before the searches below, about 2% of extraction time on news articles, where 2 of 1,732 matched)
    if not any(word in doc.sentences[k].check for word in _FIGURE_NOUN_WORDS):
        return None
    if any(_ANOTHER_QUANTITY_MOVED.search(doc.sentences[j].text) for j in range(last_trade + 1, k)):
        return None
    back = _FIGURE_BACK.search(doc.sentences[k].text)
    if back is None or back["compared"] or not _FIGURE_NOUN.search(back[0]) or far and not back["record_year"]:
        return None
    if k - last_trade > CARRY_PERIOD + 1 and not back["figure_for_year"] and not back["record_year"]:
        return None
    last = _last_trade_figure(found)
    return back if _told_in(last, doc.sentences[last_trade]) else None


def _year_of_figure(back: re.Match) -> tuple[str, int, int] | None:
    """The year a _FIGURE_BACK match names ("puts the 2022 figure at", "the 2024 figure … was"), as a period with its
    span, else None."""
    for group in ("year", "figure_year", "record_year"):
        if back[group]:
            return (back[group], back.start(group), back.end(group))
    return None


def _growth_next(sentence: str, check: str) -> float | None:
    """The growth a sentence like "This is 12 percent more than in 2022" gives the figure before it."""
    if not any(word in check for word in money.GROWTH_WORDS) or not _GROWTH_NEXT.match(sentence):
        return None
    if money.amounts_in(sentence, check):  # "This is $40 million more": not a rate
        return None
    growth = money.growth_in(sentence)
    return growth[0] if growth else None


# Round 55 (tradetext55): the growth line goes on past a dash or semicolon with the amount of the year it compares
# with: "Bu, 2024-cü illə müqayisədə 23 faiz çoxdur – həmin il dövriyyə 568,2 milyon dollar təşkil etmişdi", "This is
# 23% more than in 2024; that year trade stood at $568.2 million": the rate is the figure's before, the amount after the
# dash that year's own (no growth).
# Round 57 (trade57): or past a comma, "Bu, 2024-cü illə müqayisədə 30,6 faiz çoxdur, həmin il dövriyyə 316 milyon
# dollar idi".
_THAT_YEAR_CLAUSE = re.compile(r"(?:\s[–—-]|[;,])\s+(?:and\s+|but\s+|а\s+|и\s+)?(?:həmin\s+il|o\s+yıl|в\s+том\s+году"
                               r"|(?:in\s+)?that\s+year)\b", re.I)


# Round 86 (n4, growth_then_when): or the period compared with and its amount in a "when" clause (_BASELINE_WHEN),
# "But that total is 11.8 percent higher than in January–September 2025, when trade stood at $2,789.4 million"
# (dev/1318), "This is 9% more than a year earlier, when it was $2.1 billion": the rate is the figure's before, the
# amount the compared period's (_baseline_period reads its label).
_WHEN_CLAUSE_OPEN = re.compile(r",\s+when\s", re.I)


def _growth_then_when(sentence: str, check: str) -> re.Match | None:
    """The opening of a "when" clause of the period compared with (_BASELINE_WHEN up to the amount after it), else
    None."""
    if ", when " not in check or not (m := _WHEN_CLAUSE_OPEN.search(sentence)):
        return None
    after = next((amount for amount in money.amounts_in(sentence, check) if amount.start > m.end()), None)
    return m if after is not None and _BASELINE_WHEN.search(sentence, 0, after.start) else None


# round 60 (trade60): or "the figure" that year, "… 23,4 faiz artım deməkdir – həmin il göstərici 334,3 milyon dollar
# olmuşdu" (as cheap.lowered() has them)
_FIGURE_NOUN_WORDS = ("göstərici", "rəqəm", "rakam", "gösterge", "figure", "показател", "цифра")
_THAT_YEAR_WORDS = tuple(lowered(word) for word in ("həmin il", "o yıl", "в том году", "that year"))  # as s.check has
# them (round 57: cheap.lowered() makes "o yıl" "o yil")


def _growth_then_that_year(sentence: str, check: str) -> tuple[float, int] | None:
    """The rate a growth line gives the figure before it and where its clause of that year's amount begins
    (_THAT_YEAR_CLAUSE, or a "when" clause of the period compared with: _growth_then_when), when only that clause tells
    an amount; else None."""
    if not (m := _THAT_YEAR_CLAUSE.search(sentence) or _growth_then_when(sentence, check)) \
            or not _GROWTH_NEXT.match(sentence) or money.amounts_in(sentence[:m.start()], check[:m.start()]):
        return None
    growth = money.growth_in(sentence[:m.start()])
    return (growth[0], m.start()) if growth else None


# Round 52 (trade52): the sentence after a figure gives the amount it rose from and the rate: "That is up from $245.6
# million in 2023, an increase of 27.3 percent", "This was down from …, a fall of 4%"; the rate is the figure's before.
_UP_FROM_NEXT = re.compile(r"^\W*(?:this|that|it)\s+(?:is|was|'s|’s)\s+(?:up|down)\s+(?:sharply\s+|slightly\s+)?"
                           r"from\s", re.I)


def _growth_up_from(sentence: str, check: str) -> float | None:
    """The rate a sentence like "That is up from $245.6 million in 2023, an increase of 27.3 percent" gives the figure
    before it (its amount is the year's before, read as a figure of its own); None for any other sentence."""
    if " from " not in check or not _UP_FROM_NEXT.match(sentence):
        return None
    growth = money.growth_in(sentence)
    return growth[0] if growth else None


def _growth_line_between(doc: Document, k: int, figure: FigureFound) -> bool:
    """Round 64 (trade64b): is sentence k - 1 the growth line (_growth_next) that gave `figure` its rate?"""
    between = doc.sentences[k - 1]
    return figure.growth_pct is not None and _growth_next(between.text, between.check) == figure.growth_pct


def _numberless_remark_between(doc: Document, k: int) -> bool:
    """Round 77 (column77): is the sentence before sentence `k` a remark with no digit and no state ("Yani … ticaret
    yerinde sayıyor, hatta geriliyor.", "So trade has stalled.")?"""
    between = doc.sentences[k - 1]
    return not _A_DIGIT.search(between.text) and not doc.codes(between)


def _after_source_line(doc: Document, k: int) -> bool:
    """Is the sentence before sentence `k` (two after a figure's) a line on where the figure comes from, with no trade
    word, amount, rate or state ("Lent.az xəbər verir ki, bu barədə DGK-nın statistik məlumatlarında bildirilir. Bu
    göstərici … 41,3 faiz çoxdur", "The data were published by the statistics agency on Monday. This is 12% more …")?"""
    between = doc.sentences[k - 1]
    if ("bu barədə" in between.check or "об этом" in between.check) and _ABOUT_THIS_SOURCE.match(between.text):
        return True
    return not any(word in between.check for word in _TRADE_WORDS + money.GROWTH_WORDS) and not doc.codes(between) \
        and not money.amounts_in(between.text, between.check)


# Round 83 (h2): a source line opening with "about this" and ending in its verb of telling, no digit in it, is one
# whatever its data are named ("Bu barədə Dövlət Gömrük Komitəsinin xarici ticarətə dair statistik məlumatlarında
# bildirilir.", "Об этом говорится в данных … о внешней торговле."): the growth line after it is the figure's
# (dev/1286).
_ABOUT_THIS_SOURCE = re.compile(r"\W*(?:bu\s+barədə|об\s+этом)\s[^\d.]*(?<!\w)(?:bildirilir|bildirib|xəbər\s+verir|"
                                r"məlumat\s+verilir|сообща\w+|сообщил\w*|говорится)\W*$", re.I)


# A trade balance: "müsbət saldo", "сальдо", "trade surplus/deficit", "дефицит", "profisit", "kəsir", "dış ticaret açığı"
# (round 19b: "ticarət balansı", "ticaret dengesi", "trade balance", "торгового баланса"; Turkish "ticaret fazlası")
_BALANCE = re.compile(r"\b(?:saldo\w*|сальдо|surplus|deficit|profisit\w*|kəsir\w*|дефицит\w*|профицит\w*|"
                      r"ticaret\s+açığı|ticaret\s+fazlası|ticarət\s+balans\w*|ticaret\s+dengesi|trade\s+balance|"
                      r"торгов\w+\s+баланс\w*|"
                      # round 45: one flow exceeding the other by the amount ("Beləliklə, ixrac idxalı 14 milyon dollar
                      # üstələyib", "ihracat ithalatı … aştı", "exports exceeded imports by $14 million")
                      # and the gap between two figures ("Aradaki fark 350 milyon doları aşıyor", "the difference
                      # between the two counts exceeds $350 million", "разница составляет")
                      r"(?:aradaki|arasındaki)\s+fark\w*|arasındakı\s+fərq\w*|(?:the\s+)?(?:gap|difference)\s+between|"
                      r"разниц\w*|"
                      r"ixrac\w*\s+idxal[ıi]|idxal\w*\s+ixrac[ıi]|ihracat\w*\s+ithalat[ıi]|ithalat\w*\s+ihracat[ıi]|"
                      r"(?:exports?|imports?)\s+(?:exceeded|outstripped|topped)\s+(?:imports?|exports?)\s+by|"
                      r"экспорт\w*\s+превысил\w*\s+импорт\w*?\s+на)\b", re.I)
# Round 91 (balance_from_t1): the value a balance changed from, told right after it ("narrowing Uzbekistan's deficit
# with Türkiye to $501.0m from roughly $505m a year earlier", dev/1374): the balance's too, no trade figure
_FROM_THE_BALANCE_BEFORE = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:(?:roughly|about|around|some|nearly|almost"
                                      r"|just|over|under|more\s+than|less\s+than)\s+)*$", re.I)
# lowered() folds the dotless ı, so the stems are taken through it too ("fazlası" is checked as "fazlasi")
_BALANCE_STEMS = tuple(lowered(word) for word in ("saldo", "сальдо", "surplus", "deficit", "profisit", "kəsir",
                                                   "дефицит", "профицит", "açığı", "fazlası", "balans", "dengesi",
                                                   "balance", "баланс", "ixrac", "ihracat", "export", "fark",
                                                   "fərq", "gap", "difference", "разниц",
                                                   "экспорт"))  # one is in every _BALANCE match


def _flow_last(text: str, check: str) -> str | None:
    """export/import as named last in `text` (`check`: cheap.lowered(text)): the flow of the amount after it."""
    if not any(word in check for word in _FLOW_WORDS):
        return None
    named = [(m.start(), name) for name, pattern in _FLOW for m in pattern.finditer(text)]
    return max(named)[1] if named else None


def _clause_start(segment: str) -> int:
    """Where a further amount's own clause begins in the text since the amount before it: at its last trade word
    ("…, импорт из Азербайджана сократился на 6,3% – до"); what stands before belongs to the amount before ("(рост на
    31,2%)"). When it names none, after a bracket right after the amount before ("3,3 млрд долларов (+7,1%), с
    Кыргызстаном – 1,6 млрд (-5,2%)": the +7,1% is the 3,3 billion's), else 0."""
    bracket = _BRACKET_FIRST.match(segment)
    if bracket and "(" in segment and _OTHER_CURRENCY_BRACKET.match(segment):
        bracket = None  # round 39: "$1.07bn (£800m) last year, up 11%": a conversion, the clause goes on
    return max((m.start() for m in _TRADE.finditer(segment)), default=bracket.end() if bracket else 0)


_BRACKET_FIRST = re.compile(r"\w{0,4}\s*\([^()]*\)")  # a bracket right after an amount (its case ending first)


def _next_clause_of_its_own(sentence: str, end: int, next_start: int) -> int:
    """Where the next amount's own clause, opened by a conjunction and naming its trade, begins after the amount
    ending at `end` (before the next amount at `next_start`), else the sentence's length: the first amount's flow is
    not read in it ("In the first half it came to nearly $24 million, and Azerbaijani exports … accounted for about
    $15 million of that": the $24 million is the turnover, the exports are the $15 million's)."""
    m = _CONJUNCTION_CLAUSE.search(sentence, end, next_start)
    return m.start() if m and _TRADE.search(sentence, m.end(), next_start) else len(sentence)


# A later clause of its own trade, opened by a conjunction: "Azerbaijan's gas exports to Europe doubled in 2022, while its
# trade with Turkey stood at $6 billion" (the rise is the gas exports', not the figure's).
# Round 84 (h6 whereas_ru): the Russian "whereas" too, "… пришлось на импорт турецких товаров, тогда как экспорт …
# составил 121,4 млн долларов" (dev/1291; "в то время как"): the import is the first amount's, the export the next's
# Round 104 (h1): and "причём" (with that), "С Казахстаном … наторговано почти на 1,9 млрд долларов, причём экспорт
# кыргызских товаров … составил около 610 млн долларов" (dev/1542): the 1.9 billion is the turnover, the export is the
# 610 million's
_CONJUNCTION_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas|а|но|ve|ise|isə|тогда\s+как|в\s+то\s+время\s+как"
                                 r"|прич[её]м)\s"
                                 r"|\s(?:while|whereas)\s", re.I)


def _own_clause_start(sentence: str, start: int) -> int:
    """Where the clause of the amount at `start` begins: after the last conjunction before it whose clause names trade
    before the amount (_CONJUNCTION_CLAUSE), else 0."""
    begins = 0
    for m in _CONJUNCTION_CLAUSE.finditer(sentence, 0, start):
        if _TRADE.search(sentence, m.end(), start):
            begins = m.end()
    return begins


def _own_clause_period(sentence: str, amount: money.Amount, period: tuple[str, int, int], published: date):
    """Round 26: the period the lone amount's own clause names when the sentence's first period is another clause's
    ("… puts exports at €143 million for the first eleven months, while Uzbek data show turnover of nearly $210 million
    in 2025": 2025, not the eleven months); None when its clause names none or the same."""
    start = _own_clause_start(sentence, amount.start)
    if not start or period[1] >= start:
        return None
    own = when.period_in(sentence[start:], published)
    return (own[0], own[1] + start, own[2] + start) if own and own[0] != period[0] else None


# Round 77 (chart77, dev/1216): a year told only in a relative or participle aside between the subject and its verb is
# the aside's, not the figure's, when the amount's own clause names a period after it: "Total bilateral trade, swollen
# by gas deliveries that began at the end of 2023, reached $412m in 2025" (2025), "Turnover, which has grown since 2019,
# stood at $2.1bn last year" (last year). The aside holds no amount.
_RELATIVE_PERIOD_ASIDE = re.compile(r",\s+(?:[^,;$\d]{0,60}?\s)?(?:that|which|who|since|after)\s[^,;$]{1,100}?,\s",
                                    re.I)
_RELATIVE_PERIOD_WORDS = ("that", "which", "who", "since", "after")  # as cheap.lowered() has them; one in every match


def _period_past_a_relative_aside(sentence: str, check: str, amount: money.Amount, period: tuple[str, int, int],
                                  published: date) -> tuple[str, int, int] | None:
    """The period the amount's clause names after a relative aside before it (_RELATIVE_PERIOD_ASIDE) that holds the
    sentence's first period `period`; None when the period is not the aside's or the clause names no other."""
    if period[2] > amount.start or not any(word in check for word in _RELATIVE_PERIOD_WORDS):
        return None
    for aside in _RELATIVE_PERIOD_ASIDE.finditer(sentence, 0, amount.start):
        if aside.start() < period[1] and period[2] <= aside.end():
            own = when.period_in(sentence[aside.end():], published)
            if own and own[0] != period[0]:
                return own[0], own[1] + aside.end(), own[2] + aside.end()
    return None


# Round 69 (az69): a further clause of a period of its own after a sentence's only amount, no amount in it, is that
# period's: its growth is not the figure's. Opened by a conjunction ("…, while in the first two months of this year it
# grew 27%", "…, а за январь–февраль он вырос на 27%", _CLAUSE_OPEN, _CLAUSE_GAP) or by the period and "isə"/"ise"
# (Azerbaijani "ötən il … 740 milyon dollar olub, bu ilin ilk iki ayında isə artım 27 faiz təşkil edib", dev/1117;
# Turkish "…, bu yılın ilk iki ayında ise yüzde 27 arttı"). Only when the amount's own clause names another period.
_PERIOD_THEN_ISE = re.compile(r"(?:n?[dt][aeə](?=\s))?(?:\s+(?:aylarında|döneminde|dövründə))?\s+(?:ise|isə)\s", re.I)
ANOTHER_PERIOD_COMMAS = 3  # commas after the amount looked at for the further clause
# Round 94 (t1, quote_resumed_clause): the further clause opens a quote resumed after its attribution, '"Last year,
# trade reached 5.4 billion dollars," the minister told MTI, "and in the first two months of this year it has grown by
# a further eleven percent."' (dev/1411): the mark after the comma is skipped before its conjunction.
_QUOTE_RESUMED = re.compile(r",\s*[\"“„«]")


def _clause_of_another_period(sentence: str, amount_end: int, published: date) -> int:
    """Where a further clause of its own period opens after the sentence's only amount (at `amount_end`), when the
    clause up to it names another period (_PERIOD_THEN_ISE, or _CLAUSE_OPEN and _CLAUSE_GAP); else the sentence's
    length."""
    comma = sentence.find(",", amount_end)
    for _ in range(ANOTHER_PERIOD_COMMAS):
        if comma < 0:
            break
        opened = _CLAUSE_OPEN.match(sentence, comma)
        if not opened and (resumed := _QUOTE_RESUMED.match(sentence, comma)):
            opened = _CLAUSE_OPEN.match(sentence, resumed.end())  # (round 94, t1: ', "and in … it has grown …')
        start = opened.end() if opened and opened.end() > comma + 1 else comma + 1
        own = when.period_in(sentence[start:], published)
        if own and (_CLAUSE_GAP.fullmatch(sentence, start, start + own[1]) if start > comma + 1
                    else not sentence[start:start + own[1]].strip()
                    and _PERIOD_THEN_ISE.match(sentence, start + own[2])) \
                and (first := when.period_in(sentence[:comma], published)) and first[0] != own[0]:
            return comma
        comma = sentence.find(",", comma + 1)
    return len(sentence)


# Round 47 (trade releases): a listed partner's clause, its conjunction left out: ", с Узбекистаном — более 1,5 млрд",
# ", with Uzbekistan at $1.5 billion" (a capitalised name right after "with"/"с").
_LISTED_PARTNER_CLAUSE = re.compile(r"[,;]\s*(?:(?:and|but|while|whereas|а|и|но)\s+)?(?:with|с|со)\s+(?:the\s+)?"
                                    r"[A-ZА-ЯЁÇĞİÖŞÜƏ]")
_OTHER_PARTNER_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas|а|и|но)\s+(?:with|с|со)\s", re.I)


def _first_clause_end(sentence: str, amounts: list[money.Amount], published: date) -> int:
    """Where the clause of a sentence's first amount ends: where the next amount's own clause begins (its trade word,
    _clause_start, or a further clause of a period of its own, _clause_opening: "…, and in the first four months of this
    year it reached $2.4 billion, up 6 percent"), else at the sentence's end ("up from $5 billion, a rise of 20%" is the
    first amount's growth)."""
    if len(amounts) < 2:
        # round 20: "…exceeded $700 million, and with Uzbekistan it doubled": another partner's clause, its growth its own
        other = _OTHER_PARTNER_CLAUSE.search(sentence, amounts[0].end) if "," in sentence or ";" in sentence else None
        if other:
            return other.start()
        return _clause_of_another_period(sentence, amounts[0].end, published) if "," in sentence else len(sentence)
    between = sentence[amounts[0].end:amounts[1].start]
    start = _clause_start(between)
    if start:
        return amounts[0].end + start
    if partner := _LISTED_PARTNER_CLAUSE.search(between):
        # round 47 (trade releases): "с Казахстаном … около 2,1 млрд долларов, с Узбекистаном — более 1,5 млрд, с
        # Турцией — … (рост на 6,4%)": a growth told after a later partner's amount is that partner's
        return amounts[0].end + partner.start()
    further = _clause_period(between, published, "")
    if further is None and (rate_to := _RATE_TO_END.search(between) or _and_alone_later(sentence, amounts, published)):
        return amounts[0].end + rate_to.start()  # round 26: "…, and rose 9% to nearly $4.1bn in …", "… and $3.6bn in 2025"
    if further is None and (step := _SERIES_STEP_END.search(between)):
        # round 80 (series80b): a series' next step, "After a dip to $2.9 billion in 2023, it recovered to $3.4 billion
        # … and reached about $3.9 billion last year, up 13.5%": the rate at the end is the last step's (dev/1248)
        return amounts[0].end + step.start()
    if further is None and (count := _another_count_further(between, lowered(between), "")):
        return amounts[0].end + count[1]  # round 100 (q3): "…, and X puts the figure at …" (_ANOTHER_COUNT_CLAUSE)
    if further:
        return amounts[0].end + further[1]
    return _semicolon_clause_end(sentence, amounts) if ";" in sentence else len(sentence)


def _semicolon_clause_end(sentence: str, amounts: list[money.Amount]) -> int:
    """Round 49 (trade releases): where a semicolon after the first amount opens a clause naming its own trade before
    an amount of its own ("Imports from Türkiye amounted to $606.7 million, of which textiles … some $210 million;
    exports to Türkiye … fell by 3.2% to $91.7 million": the fall is the exports'), else the sentence's length."""
    at = sentence.find(";", amounts[0].end)
    if at == -1:
        return len(sentence)
    after = next((x for x in amounts if x.start > at), None)
    return at if after and _TRADE.search(sentence, at, after.start) else len(sentence)


_TURNOVER = re.compile(r"\bturnover\b|\bтоварооборот|\bdövriyyə|\bticaret\s+hacm|\bticarət\s+həcm", re.I)
_FLOW_WORDS = ("export", "import", "sent from", "shipped from", "supplied from", "delivered from", "экспорт", "импорт",
               "поставк", "поставил", "ixrac", "idxal", "ihracat", "ihraç", "ithal", "satiş",
               "goods", "products", "mallar", "ürünler", "məhsullar",
               "sales", "shipments", "deliveries")  # one is in every _FLOW match (round 43: goods, products, mallar,
# ürünler, məhsullar: _DEMONYM_GOODS; round 52: sales, shipments, deliveries: _FLOW_THERE)


# An aside after an amount on what drove or made it up: ", with exports … driving", ", driven by", ", led by",
# ", thanks to", ", mainly due to"; Russian ", в основном за счёт", ", благодаря"
# The breakdown after it is an aside too: ", of which Azerbaijani exports made up $92 million", Russian ", из них",
# ", в том числе", Azerbaijani/Turkish ", bunun".
# Round 39 (trade and targets C): ", helped by", ", boosted by", ", supported by", ", fuelled by", ", buoyed by" too
# ("it came to $463.8 million, helped by … Turkmen exports of polypropylene": those exports are no flow of the amount).
_ASIDE = re.compile(r",\s+(?:with|driven\s+by|led\s+by|thanks\s+to|(?:helped|boosted|supported|fu?ell?ed|buoyed)\s+by|(?:mainly\s+|largely\s+)?due\s+to|of\s+which|"
                    r"(?:в\s+основном\s+)?за\s+сч[её]т|благодаря|из\s+(?:них|которых)|в\s+том\s+числе|bunun|"
                    # round 49: a cause told with "as", "…, down 4.2%, as lower prices … outweighed higher imports of
                    # Turkish textiles" (not "as well as", "as of", "as part of", "as against")
                    r"as(?!\s+(?:well|of|part|against|much|many|a|an|the\s+(?:same|first|second|largest)|compared)\b)"
                    r")\s", re.I)
# A later clause of a sentence, for the trade named in it: "Hungarian exports to Uzbekistan rose …, while trade between
# Azerbaijan and Hungary reached $480 million" (the second amount's trade is a turnover, not the first clause's exports)
_LATER_CLAUSE = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas|а|и|но|ve|ise|isə)?|\s(?:while|whereas))\s", re.I)
_TRADE_NOUN = re.compile(r"\b(?:trade|turnover|commerce|товарооборот\w*|торговл\w*|ticarət\w*|dövriyyə\w*|ticaret\w*)\b",
                         re.I)


# Azerbaijani and Turkish tell a flow by the verb after the amount: "…, oradan 120,4 milyon dollarlıq məhsul idxal
# edib" (imported goods worth), "50 milyon dolarlık ürün ithal etti"; the noun before it may be another flow's.
# Round 40 (trade A): the Azerbaijani passive with "olun-" too, "… 97,2 milyon dollarlıq məhsul idxal olunub".
_FLOW_VERB_AFTER = re.compile(r"\w*(?:\s+\w+){0,2}?\s+(?:(?P<export>ixrac|ihraç)|(?P<import>idxal|ithal))\s+(?:ed|et|olun)\w*",
                              re.I)


# (round 65, trade65: the partner in the dative between, "4 milyard 705 milyon dolları Azərbaycanın Türkiyəyə
# ixracının payına düşür", dev/1069)
# (round 75, manat75: the dollar amount a conversion in brackets after the home currency's, "Dövriyyənin 187 milyon
# manatı (110 milyon dollar) Azərbaycanın Macarıstana ixracının payına düşür", dev/1190: the bracket closes first)
_SHARE_FLOW_AFTER = re.compile(r"\w{0,4}\)?\s+(?:[\w'’]+\s+){0,2}(?:ixrac|idxal)\w*\s+payına\s+düş", re.I)
# Round 44 (trade-az): a part of the turnover, the turnover in the genitive right before the amount, "Dövriyyənin 3
# milyard dollarını Azərbaycandan Türkiyəyə ixrac edilən məhsullar təşkil edib" (of the turnover, X was goods exported),
# Turkish "Ticaret hacminin 2 milyar dolarını ihracat oluşturdu": the flow told after it, no turnover
_TURNOVER_GENITIVE_BEFORE = re.compile(r"\b(?:dövriyyə(?:si)?nin|həcminin|hacminin)\s+$", re.I)
_FLOW_MAKES_UP_AFTER = re.compile(r"\w*(?:\s+[\w'’]+){0,2}?\s+(?:(?P<export>ixrac\w*|ihracat\w*)|(?P<import>idxal\w*|"
                                  r"ithalat\w*))\s+(?:təşkil|oluştur)\w*", re.I)
PART_FLOW_AFTER = 70  # characters after the amount where the flow making up the part of the turnover is told


def _part_of_turnover_flow(sentence: str, segment: str, amount: money.Amount) -> str | None:
    """export/import when the amount is told as the part of the turnover (_TURNOVER_GENITIVE_BEFORE) that the flow after
    it makes up (_flow_verb_after, _FLOW_MAKES_UP_AFTER); else None."""
    if not _TURNOVER_GENITIVE_BEFORE.search(segment):
        return None
    made_up = _FLOW_MAKES_UP_AFTER.match(sentence[amount.end:amount.end + PART_FLOW_AFTER])
    return _flow_verb_after(sentence, amount.end) or (made_up.lastgroup if made_up else None)


# One good's names (round 20), English and Russian (genitive, after the flow: "экспорт зерна"); Azerbaijani and Turkish
# ones are listed in _SECTOR_FLOW and _GOOD_AFTER themselves.
# Round 27: manufactured and farm goods too, "Hungarian exports of vehicles and components to Türkiye alone reached about
# $900 million" (one good's, not the pair's).
_GOODS_EN = (r"(?:gas|oil|crude|petroleum|electricity|grain|wheat|flour|cotton|coal|uranium|vehicles?|cars|machinery|steel|"
             r"metals|fertili[sz]ers?|chemicals|fruits?|vegetables|foodstuffs?|hazelnuts|alumini?um|copper|cement|"
             r"pharmaceuticals|medicines|timber|meat|cheese|halloumi|components|"
             # round 42 (trade B): cloth and energy, "Uzbek exports of yarn and fabrics to Türkiye were worth around
             # $640 million", "Exports of Azerbaijani energy resources to Hungary accounted for about $120 million"
             r"yarn|fabrics?|textiles?|garments|clothing|energy|"
             # round 48 (trade B): "citrus sales to the Turkish market alone earned $9.4 million", "Fuel made up the
             # largest single item in imports from Türkiye"
             r"citrus|fuel|"
             # round 44: "Agricultural products alone accounted for around $120 million of the trade"
             # round 45: "Exports of Hungarian agri-food products alone grew to around USD 210 million"
             r"(?:agricultural|farm|agri-food|food)\s+(?:products|goods|produce)|"
             # round 98 (q1): building goods, as _SECTOR_FLOW has them before the flow, "Trade in construction materials
             # between the two countries rose to $412 million" (dev/1459: one sector's, not the pair's)
             r"(?:construction|building)\s+materials)")
# Round 24: the adjectives of a branch's products ("плодоовощной продукции"), one list for _GOODS_RU's genitive and
# _GOODS_RU_INSTRUMENTAL's instrumental (round 39)
# (round 101, q1: and halal goods, "объем торговли халяльной продукцией между Казахстаном и Турцией в прошлом году
# превысил 150 млн долларов", dev/1498: one branch's trade, as farm goods', not the pair's)
# (round 103, h6: and dairy goods, "экспорт молочной продукции в соседнюю республику в 2025 году составил лишь 41,3 млн
# долларов", dev/1539)
_RU_BRANCH_PRODUCTS = (r"(?:плодоовощн|сельскохозяйственн|текстильн|продовольственн|химическ|металлургическ|"
                       r"халяльн|молочн)\w*\s+")
_GOODS_RU = (r"(?:газа|нефти|нефтепродуктов|зерна|пшеницы|муки|хлопка|угля|электроэнергии|топлива|сельхозпродукции|"
             # round 27: metals, cars, fertiliser (not "стали", steel's genitive, also a verb: "поставки стали расти")
             r"алюминия|металлопроката|автомобилей|удобрений|"
             # round 57 (trade57): cloth, as _GOODS_EN has it, "поставки узбекской пряжи на азербайджанские фабрики,
             # которые в прошлом году принесли около 95 млн долларов"
             r"пряжи|тканей|текстиля|одежды|"
             # round 62 (trade62b): farm and food goods and medicines, "узбекский экспорт фруктов и овощей в Кыргызстан
             # составил порядка 140 млн долларов" (one good's, as _GOODS_EN's "fruits", "vegetables")
             r"фруктов|плодов|ягод|овощей|мяса|цемента|лекарств|медикаментов|"
             # round 24: a branch's products, "экспорт узбекской плодоовощной продукции в Казахстан превысил $412 млн"
             rf"{_RU_BRANCH_PRODUCTS}продукци\w*)\b")
# Round 39 (trade and targets C): the goods of _GOODS_RU in the instrumental, as "торговля" takes them
# ("торговля сельхозпродукцией", trade in farm goods: one good's, not the pair's).
_GOODS_RU_INSTRUMENTAL = (r"(?:газом|нефтью|нефтепродуктами|зерном|пшеницей|хлопком|угл[её]м|электроэнергией|"
                          r"топливом|сельхозпродукцией|алюминием|металлопрокатом|автомобилями|удобрениями|"
                          # round 42 (trade B): cloth, "торговля текстилем и готовой одеждой … составила около
                          # 410 млн долларов" (trade in textiles and clothing)
                          r"текстилем|(?:готовой\s+)?одеждой|"
                          r"фруктами|плодами|ягодами|овощами|мясом|цементом|лекарствами|медикаментами|"  # round 62
                          rf"{_RU_BRANCH_PRODUCTS}продукцией)\b")
# Round 64 (trade64b): a branch told as a field in Turkish and Azerbaijani, "tekstil alanındaki ticaret", "enerji
# sektöründeki", "tekstil sahəsindəki" (_SECTOR_FLOW, after a branch; round 105, h5: after services too)
_BRANCH_FIELD = r"(?:alan[ıi]nda(?:ki)?|sekt[öo]r[üu]nde(?:ki)?|sahəsində(?:ki)?|sektorunda(?:kı)?)"
# Round 19: a branch's exports are no trade of the two: "Turkish defense and aerospace exports reached a record $7.1
# billion in 2025, … with Azerbaijan among the top ten buyers", "arms exports", Russian "экспорт вооружений", "военный
# экспорт", Turkish "savunma ve havacılık ihracatı", Azerbaijani "müdafiə sənayesi ixracı". Matched in the amount's
# clause before it.
_SECTOR_FLOW = re.compile(r"(?<![-\w])(?:defen[cs]e|arms|military|weapons?|aerospace|savunma|müdafiə|военн\w*|оборонн\w*|"
                          # a good's exports too: "Azerbaijan's gas exports via Turkey to Europe earned $5 billion" (not
                          # "non-oil exports", a scope of the pair's trade)
                          # round 20: Turkish "doğal gaz ihracatı" (two words), "buğday", "pamuk"; Azerbaijani "buğda",
                          # "pambıq"; the local flow nouns in any case ("qaz ixracından", from gas exports)
                          r"gas|oil|crude|electricity|grain|wheat|cotton|газ\w*|нефт\w*|зерн\w*|qaz|neft|taxıl|doğalgaz|"
                          r"gaz|buğda\w*|pamuk|pambıq|petrol|tahıl|"
                          # round 21: fuel ("akaryakıt ithalatı", "yanacaq idxalı", "fuel imports", "импорт топлива"
                          # below) and farm goods ("kənd təsərrüfatı məhsullarının qarşılıqlı ticarəti", "tarım ürünleri
                          # ticareti", "agricultural trade"): one sector's trade, told with the pair's own words
                          r"akaryakıt|yakıt|yanacaq|fuel|"
                          # round 22: an industry's goods, "otomotiv ürünleri ihracatı" (automotive products' exports),
                          # "avtomobil ixracı", "automotive exports", "tekstil ihracatı", "textile exports"
                          # (round 59, trade59: cotton here too, for its yarn after it: "pamuk ipliği ticareti")
                          r"(?:pamuk|pambıq|cotton|"
                          r"kənd\s+təsərrüfatı|tarım|agricultural|agri-food|farm|сельскохозяйственн\w*|otomotiv|"
                          # round 104 (h4): Azerbaijani "aqrar" (agrarian), "tərəflər aqrar məhsullar üzrə ticarəti
                          # 2028-ci ilədək 300 milyon dollara çatdırmağı planlaşdırır" (a sector's goal, dev/1549)
                          r"aqrar|"
                          r"automotive|"
                          r"avtomobil|автомобил\w*|tekstil|textile|тексти\w*|"
                          # round 107 (h5): Azerbaijani textile, "toxuculuq məhsulları üzrə ticarət isə 58 milyon
                          # dollara yaxın olub" (trade in textile goods, dev/1585: one branch's, not the pair's)
                          r"toxuculuq|"
                          # round 27: a metal, "alüminyum satışlarının … 250 milyon dolar civarında olduğu" (aluminium
                          # sales), "aluminium exports"
                          r"alüminyum|alüminium|alumini?um|алюмини\w*|"
                          # round 30: medicines, "Hungarian pharmaceutical exports to Kyrgyzstan", "ilaç ihracatı",
                          # "dərman idxalı", "фармацевтический экспорт"
                          r"pharmaceutical|pharma|ilaç|dərman|фармацевтическ\w*|"
                          # round 35: energy, "Hungary's energy exports to Kazakhstan", "enerji ihracatı"
                          r"energy|enerji|"
                          # round 60 (trade60): furniture and building materials, "with furniture exports up 21 percent"
                          # after the month's exports (that good's growth, not the flow's), "mobilya ihracatı"
                          r"furniture|mobilya|mebel|(?:construction|building)\s+materials|inşaat\s+malzemeleri|"
                          r"tikinti\s+materialları|"
                          # round 47: Azerbaijani "energetika (neft) məhsulları üzrə qarşılıqlı ticarət" (energy goods)
                          r"energetika|neft|qaz|"
                          # round 41 (trade B): fruit and vegetables, "təkcə meyvə-tərəvəz ixracı 9 ayda 138 milyon
                          # dollara çatıb" (fruit-and-vegetable exports alone), "meyve ve sebze ihracatı" (the "and" below)
                          r"meyvə(?:-tərəvəz)?|tərəvəz|meyve(?:-sebze)?|sebze|"
                          # round 74 (bilingual74, dev/1177): English fruit and vegetables before the flow, "Uzbek
                          # fruit and vegetable exports to Kyrgyzstan alone amounted to $140 million" (one good's)
                          r"fruits?|vegetables?)"
                          # round 47: the goods "in" the trade, Azerbaijani "məhsulları üzrə" ("… üzrə qarşılıqlı …")
                          # (round 59, trade59: its raw material or yarn, "tekstil hammaddesi ticareti", "pamuk ipliği
                          # ticareti", "pambıq xammalı", "textile raw materials trade", "cotton yarn exports")
                          r"(?:\s+(?:məhsul\w*|ürün\w*|products?|goods|продукци\w*|hammadde\w*|ipli[kğ]\w*|xammal\w*|"
                          # round 107 (h5): or its fibre, "… 18,6 min ton pambıq lifi idxal edib, onun dəyəri 31,4
                          # milyon dollar olub" (cotton fibre imports, dev/1585)
                          r"lif\w*|"
                          r"raw\s+materials?|yarn))?(?:\s+üzrə)?"
                          r"(?:\s+(?:qarşılıqlı|karşılıklı|mutual))?)"
                          # round 35: a second branch with its goods word after it, "tarım ve gıda ürünleri ticareti";
                          # round 47: ready-made clothing in two words, "tekstil ve hazır giyim ticareti"
                          r"(?:\s+(?:and|ve|və|и)\s+(?:hazır\s+)?\w+"
                          # round 104 (h4): and "üzrə" after the second's goods, "kənd təsərrüfatı və qida məhsulları
                          # üzrə ticarət 142,6 milyon dollar təşkil edib" (trade in farm and food goods, dev/1549)
                          r"(?:\s+(?:məhsul\w*|ürün\w*|products?|goods|продукци\w*)(?:\s+üzrə)?)?)?"
                          r"(?:\s+(?:industry|sector|sanayii?|sənayesi|промышленност\w*"
                          # round 64 (trade64b, dev/1053): the branch as a field, "Sadece tekstil alanındaki
                          # ticaretimiz 900 milyon dolara yaklaştı" (our trade in the textile field alone),
                          # "enerji sektöründeki ticaret", Azerbaijani "tekstil sahəsindəki ticarət"
                          r"|" + _BRANCH_FIELD +
                          # round 101 (q3): the branch's firms in the genitive, "Türk savunma ve havacılık
                          # şirketlerinin Özbekistan'a ihracatı 240 milyon doları aştı" (dev/1495), "şirkətlərinin"
                          r"|şirketlerinin|firmalarının|şirkətlərinin))?"
                          # round 101 (q3): and the partner in the dative between the branch and its flow
                          # ("Özbekistan'a ihracatı", Azerbaijani "Özbəkistana ixracı"): still the branch's
                          r"(?:\s+(?-i:[A-ZÇĞİÖŞÜƏ])[^\W\d_]+(?:['’]y?[ae]|y?[aə]))?"
                          r"\s+(?:exports?|imports?|sales|trade|ihracat\w*|ithalat\w*|ixrac\w*|idxal\w*|экспорт\w*|импорт\w*|"
                          r"satış\w*|"  # round 27: Turkish sales
                          r"ticarət\w*|ticaret\w*|торговл\w*"
                          # round 101 (q4): or its share of the flow the sentence opened on, "İthalatta … tarım
                          # ürünlerinin payı 1,1 milyar dolara yaklaştı" (dev/1503: one sector's, not the pair's)
                          r"|pay[ıi])\b"
                          r"|\b(?:экспорт|импорт)\w*\s+(?:вооружени\w*|оружия|продукции\s+(?:военного|оборонного)\s+\w+)"
                          # round 20: the flow with the good after it, "exports of natural gas to Türkiye reached …",
                          # Russian "экспорт (казахстанского) зерна", "поставки газа"; and the good right before the
                          # amount, "экспортировал в Турцию газа на $1,6 млрд"
                          r"|\b(?:exports?|imports?|sales|supplies)\s+of\s+(?:\w+\s+)?" + _GOODS_EN + r"\b"
                          # round 36 (trade and targets): the trade "in" a branch's goods or a good, "Mutual trade in
                          # agricultural products remains modest at about $48 million", "trade in textiles"
                          r"|\b(?:trade|exports?|imports?)\s+in\s+(?:(?:agricultural|farm|agri-food|textile|automotive|"
                          r"pharmaceutical|energy|defen[cs]e)\s+(?:products?|goods)\b|(?:\w+\s+)?" + _GOODS_EN + r"\b)"
                          # round 35: the turnover of a good too, "товарооборот сельхозпродукции"
                          # (round 78, ru78: "поставок", the genitive plural's own vowel, "рост поставок
                          # сельхозпродукции: …", dev/1227)
                          r"|\b(?:экспорт|импорт|поставк|поставок|продаж|товарооборот)\w*\s+(?:\w+\s+)?" + _GOODS_RU
                          # round 39 (trade and targets C): Russian trade "in" a good, told in the instrumental,
                          # "взаимная торговля сельхозпродукцией превысила …", "торговля зерном"
                          # (round 54: two words between, "торговля одними только нефтепродуктами", in that good alone)
                          + r"|\bторговл\w*\s+(?:\w+\s+){0,2}?" + _GOODS_RU_INSTRUMENTAL
                          # round 78 (ru78): or in "it", the good named before ("…: взаимная торговля ею
                          # составила 118 млн долларов", dev/1227): the instrumental pronoun after the trade is its
                          # good, never the pair
                          + r"|\bторговл\w*\s+(?:ею|ими)\b"
                          + r"|" + _GOODS_RU + r"\s+на\s+(?:сумму\s+)?(?:более\s+|около\s+|почти\s+)?$"
                          # round 53: a branch of services, "exports of transport services reached USD 180 million",
                          # "IT services exports", "экспорт транспортных услуг", "nəqliyyat xidmətləri ixracı", "turizm
                          # hizmetleri ihracatı" (not goods and services together: "mal ve hizmet ihracatı")
                          # (round 103, h2: or two branches joined, "Trade in information and communication services
                          # remains small, at about $38 million a year", dev/1531)
                          r"|\b(?:exports?|imports?|sales|trade)\s+(?:of|in)\s+(?!goods\b)"
                          r"(?:(?:[\w-]+\s+){1,2}?|[\w-]+\s+and\s+(?!goods\b)[\w-]+\s+)services\b"
                          r"|\b(?!(?:goods|and)\b)[\w-]+\s+services\s+(?:exports?|imports?|trade)\b"
                          r"|\b(?:экспорт|импорт|поставк|поставок|торговл)\w*\s+(?:\w+\s+)?услуг"
                          # (round 105, h5: or the services as a field, "rəqəmsal xidmətlər sahəsində ticarətin
                          # həcmini … 50 milyon dollara çatdırmağı planlaşdırırlar", dev/1565: a sector's goal)
                          r"|(?<!\sve\s)(?<!\svə\s)\b(?:xidmət|hizmet)\w*\s+(?:" + _BRANCH_FIELD + r"\s+)?"
                          r"(?:ixrac|idxal|ticarət|ihracat|ithalat|ticaret)\w*",
                          re.I)
_SECTOR_WORDS = ("pharma", "ilaç", "dərman", "фармацевт", "defen", "arms", "military", "weapon", "aerospace", "savunma", "müdafiə", "военн", "оборонн",
                 "вооружени", "оружия", "gas", "oil", "crude", "electricity", "grain", "wheat", "cotton", "газ", "нефт",
                 "зерн", "qaz", "neft", "taxil", "petrol", "tahil", "gaz", "buğda", "pamuk", "pambiq", "coal", "flour",
                 "uranium", "пшениц", "хлоп", "угл", "угол", "муки", "электроэнерги", "akaryakit", "yakit",
                 "yanacaq", "fuel", "топлив", "təsərrüfati", "tarim", "agricultur", "agri-food", "farm", "сельскохоз",
                 "сельхоз", "плодоовощн", "текстильн", "продовольственн", "химическ", "металлургическ",
                 "халяльн",  # round 101 (q1): _RU_BRANCH_PRODUCTS's halal goods
                 "молочн",  # round 103 (h6): _RU_BRANCH_PRODUCTS's dairy goods
                 "aqrar",  # round 104 (h4): _SECTOR_FLOW's Azerbaijani agrarian goods (dev/1549)
                 "otomotiv", "automotive", "avtomobil", "автомобил", "tekstil", "textile", "тексти",
                 "toxuculuq",  # round 107 (h5): _SECTOR_FLOW's Azerbaijani textile (dev/1585)
                 "пряжи", "тканей", "одежды",  # round 57 (_GOODS_RU's cloth)
                 "фрукт", "плод", "ягод", "овощ", "мяс", "цемент", "лекарств", "медикамент",  # round 62 (_GOODS_RU)
                 "furniture", "mobilya", "mebel", "materials", "malzemeleri", "materialları",  # round 60 (trade60)
                 # round 27: _GOODS_EN's manufactured and farm goods
                 "vehicle", "cars", "machinery", "steel", "metals", "fertili", "chemicals", "fruit", "vegetable",
                 "foodstuff", "hazelnuts", "alumin", "copper", "cement", "pharmaceuticals", "medicines", "timber",
                 "meat", "cheese", "halloumi", "components", "alümin", "алюмини", "металлопрокат",
                 "удобрени", "energy", "enerji",  # round 35
                 "food",  # round 59 (trade59): _GOODS_EN's "food products", "trade in food products to $1bn"
                 "energetika",  # round 47
                 "yarn", "fabric", "garments", "clothing", "одежд",  # round 42 (trade B): cloth
                 "citrus",  # round 48 (trade B)
                 # round 33: Azerbaijani and Turkish farm goods after "dollarlıq"/"dolarlık" (_GOOD_AFTER)
                 "meyvə", "tərəvəz", "meyve", "sebze", "findiq", "findik", "gübrə", "gübre",
                 "services", "услуг", "xidmət", "hizmet",  # round 53: a branch of services
                 " ею", " ими")  # round 78 (ru78): "торговля ею" (in it, the good named before)
# as cheap.lowered() has them; one is in every _SECTOR_FLOW match
# Round 20: one good's trade told after the amount: "exported $1.62bn of gas to Türkiye", "$1.2 billion worth of
# Azerbaijani gas", "earned $1.6bn from gas exports", Azerbaijani "1,62 milyard dollarlıq qaz ixrac edib", Turkish
# "1,62 milyar dolarlık doğal gaz ithal etti" (not "dollarlıq məhsul", goods: total exports).
# (Words, not a year, between: not "$1.6 billion in 2025 from oil-rich Kazakhstan"; not Turkish "petrol dışı", non-oil.)
_GOOD_AFTER = re.compile(r"\s*(?:worth\s+)?(?:of|in|from)\s+(?:[^\W\d]+\s+){0,2}?" + _GOODS_EN + r"\b"
                         # round 31: "worth of" its goods with more words before, "exported nearly $96 million worth of
                         # fresh and dried fruit and vegetables to Turkey"
                         r"|\s*worth\s+of\s+(?:[^\W\d]+\s+){3,4}?" + _GOODS_EN + r"\b"
                         r"|\w{0,5}\s+(?:təbii\s+|doğal\s+)?(?:qaz|neft|taxıl|buğda\w*|pambıq|doğalgaz|gaz|petrol|tahıl|pamuk|"
                         r"elektrik\s+enerji\w*"
                         # round 33: farm goods, "9 milyon dollarlıq meyvə-tərəvəz və şirə ixrac edib", "fındık", "gübrə"
                         r"|meyvə\w*|tərəvəz\w*|meyve\w*|sebze\w*|fındıq\w*|fındık\w*|gübrə\w*|gübre\w*)\b(?!\s+dış)"
                         # round 47: the share of a branch's goods, "Dövriyyənin təxminən 3,2 milyon dolları kənd
                         # təsərrüfatı məhsullarının payına düşür" (falls to farm goods; a _SECTOR_WORDS word is told)
                         r"|\w{0,5}\s+(?:[^\W\d]+\s+){1,3}?(?:məhsul|ürün)\w*\s+pay[ıi]n[ae]\s+düş"
                         # Round 78 (az78): so of one good, its genitive before the share, "Türkiyəyə ixracın 1 milyard
                         # 322 milyon dolları təbii qazın payına düşür" (of the exports, falls to gas; dev/1226)
                         r"|\w{0,5}\s+(?:təbii\s+|xam\s+)?(?:qaz|neft|taxıl|buğda|pambıq|elektrik\s+enerji)\w*"
                         r"\s+payına\s+düş"
                         # round 25: Russian "около $90 млн пришлось на экспорт сельскохозяйственной продукции" (fell to
                         # the exports of a good), "… на поставки газа"
                         r"|\s+(?:\w+\s+)?на\s+(?:экспорт|импорт|поставк|продаж)\w*\s+(?:\w+\s+)?" + _GOODS_RU
                         # round 101 (q4): any good named between a Turkish or Azerbaijani amount and its verb of import
                         # or export, "410 milyon dolarlık ayçiçeği tohumu ithal etti" (dev/1503); not goods as a whole
                         # ("dolarlık mal ithal etti", "dollarlıq məhsul ixrac edib", "toplam ürün"), in lower case (no
                         # place: "dollarını Azərbaycandan Türkiyəyə ixrac edilən məhsullar", dev/772)
                         # (round 102, q1: up to four words, a good and its wares, "3,1 milyon dollarlıq xalça və xalça
                         # məmulatı ixrac edib", dev/1508)
                         + r"|l[ıi][kq]\s+(?:(?!(?:mal|ürün|məhsul|emtia|eşya|toplam|ümumi)\w*\s)(?-i:[a-zçğıöşüə])"
                         r"[^\W\d]*\s+){1,4}?"
                         r"(?:ithal|ihraç|idxal|ixrac)\s+(?:et|ed|olun)\w*", re.I)
_GOOD_BEFORE_FLOW_VERB_WORDS = ("ithal", "ihraç", "idxal", "ixrac")  # one is in each match of _GOOD_AFTER's last form


# Round 19b: an amount whose own clause is a state's output or a region's is no trade of the pair, though the sentence
# names trade: "Azerbaycan'ın GSYH'si 2024'te 74 milyar dolar oldu, Türkiye ile ticaret ise büyüdü", "ВВП", "ÜDM";
# "Trade between the Turkestan region of Kazakhstan and Uzbekistan reached $1.5 billion", "Туркестанская область
# Казахстана … нарастила товарооборот с Узбекистаном до …", "Naxçıvan Muxtar Respublikasının", "Gaziantep bölgesi".
# Matched in the amount's clause before it; a region is a capitalised name before its word or "region of" ("the
# region" and "в области торговли", in the field of trade, are not).
_NOT_PAIR_SUBJECT = re.compile(r"\b(?:GDP|gross\s+domestic\s+product|ВВП|валов\w+\s+внутренн\w+\s+продукт\w*|ÜDM|"
                               r"ümumi\s+daxili\s+məhsul\w*|GSY[İI]?H\w*|gayri\s*safi\s+yurt\s*içi\s+hasıla\w*)"
                               r"|\b[A-Z]\w+\s+(?:region|province|oblast)\b|\b(?:region|province)\s+of\b"
                               # round 42 (trade A): a city of the state as a unit of its statistics, and the round-up of
                               # regions: "Among the regions, Almaty city remains the main trading hub with Hungary, with
                               # turnover of $86 million", "Tashkent city accounted for $40 million"
                               r"|\b[A-Z]\w+\s+city\b|\b[Aa]mong\s+(?:the\s+|its\s+)?regions\b"
                               # round 46: a region named back as the owner of the trade, "Andijan's own share is
                               # still small: the region's trade with Hungary came to about $18 million last year"
                               r"|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:region|province|oblast|county|city)['’]s\s"
                               # round 47: the region named back as one side of the trade, "trade between the region
                               # and Turkmenistan exceeded $95 million last year"
                               r"|\bbetween\s+(?:the|this|that|its)\s+(?:region|province|oblast|county|city)\s+and\s"
                               # round 43: the trade of two regions across the border, told before the states' own
                               # ("Товарооборот двух регионов … составил около 60 млн долларов", "the two regions'
                               # trade")
                               r"|\b(?:двух|обоих|обеих)\s+(?:регионов|областей|провинций)|\b(?:two|both)\s+regions\b"
                               r"|\b[İIi]ki\s+(?:bölge|region|vilayet)\w*"
                               r"|\b\w+ск(?:ая|ой|ую)\s+област\w*|\bобласт[ьи]\s+[А-ЯЁ]"
                               # Round 91 (q4): the region named back in Russian as the trade's owner, "довести
                               # торговлю области с Турцией до 120 млн долларов", "товарооборот региона с …" (dev/1383;
                               # not "в области торговли", the field, whose noun stands after); round 99 (v2): the
                               # region its akim calls "ours", "товарооборот нашей области с Узбекистаном вырос до 640
                               # миллионов долларов" (dev/1479), or "этой"
                               r"|(?i:(?<!\w)(?:торговл|товарооборот|экспорт|импорт)\w*\s+"
                               r"(?:(?:нашей|нашего|этой|этого)\s+)?"
                               r"(?:области|региона|провинции|велаята|вилоята)\s+с\s)"
                               # round 68 (forum68): a Turkmen velayat, an Uzbek viloyat or a district named by its
                               # adjective, "товарооборот Дашогузского велаята с приграничными регионами … около 146
                               # млн долларов" (dev/1107), "Самаркандский вилоят", "Хорезмского района"
                               r"|\b[А-ЯЁ]\w+ск(?:ий|ого|ому|им|ом)\s+(?:велаят|вилоят|район)\w*"
                               r"|\b\w+\s+(?:vilayəti\w*|viloyati\w*|rayonu\w*|bölgesi\w*|eyaleti\w*|vilayeti\w*)"
                               r"|\bMuxtar\s+Respublikas\w*"
                               # Round 87 (p2): the autonomous republic named back in lower case, "ötən il muxtar
                               # respublikanın Türkiyə ilə xarici ticarət dövriyyəsi 318,7 milyon dollar" (dev/1334)
                               r"|\bmuxtar\s+respublika\w*"
                               # Round 79 (rakam79): the Turkish name of the same, the partner's region as the flow's
                               # end, "Türkiye'nin Nahçıvan Özerk Cumhuriyeti'ne ihracatı ise 312 milyon dolar oldu"
                               # (exports to the autonomous republic: a part of the pair's, dev/1233)
                               r"|\bÖzerk\s+Cumhuriyet\w*"
                               # round 62 (trade62b): the trade or goal between the two states' regions or cities,
                               # "Tərəflər vilayətlərarası ticarəti də 100 milyon dollara çatdırmağı planlaşdırırlar",
                               # "bölgeler arası ticaret", "межрегиональная торговля", "interregional trade"
                               # (the word before the trade's noun: "межрегиональное сотрудничество …: товарооборот
                               # двух стран …" stays the pair's)
                               r"|(?i:(?:\b(?:vilayət|region|bölgə|şəhər|bölge|şehir)l[əea]r\s*aras[ıi]|"
                               r"\bмежрегиональн\w*|\binter-?regional)\s+(?:(?:qarşılıqlı|karşılıklı|mutual|"
                               r"взаимн\w*)\s+)?(?:ticar|trade|торговл|товарооборот|dövriyyə|exports?|imports?))"
                               # round 71 (trade71, dev/1138): the trade through border trade zones, crossings or
                               # markets, "The ministers agreed to bring trade through the two zones to $500 million a
                               # year by 2028", "товарооборот через пограничные торговые зоны", a part of the pair's
                               r"|(?i:\b(?:trade|turnover|exports?|imports?)\s+(?:passing\s+|going\s+)?"
                               r"(?:through|via)\s+(?:the\s+|these\s+|those\s+|both\s+|its\s+|their\s+)?"
                               r"(?:two\s+|three\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:zones?|crossings?|checkpoints?|border\s+posts?|markets?)\b"
                               r"|(?<!\w)(?:товарооборот\w*|торговл\w*|экспорт\w*|импорт\w*)\s+через\s+(?:\w+\s+){0,3}?"
                               r"(?:зон\w*|пункт\w*|переход\w*|рын\w*))"
                               # round 75 (visits75): Turkish and Azerbaijani, the border gate in the ablative before
                               # the amount, "Geçen yıl bu kapıdan 486 milyon dolarlık ticaret yapıldı" (dev/1193),
                               # "sınır kapısından", "keçid məntəqəsindən": the gate's trade, a part of the pair's; the
                               # gate a few words before the amount at most (not "… bu kapıdan geçiyor," diyen X: "…
                               # 15 milyar dolarlık ticaret hedefine …", the pair's goal quoted after)
                               r"|(?i:\b(?:kap[ıi](?:s[ıi]n)?dan|məntəqə(?:sin)?dən)\s+(?:[^\W\d_]+\s+){0,2}?$)")
_NOT_PAIR_WORDS = tuple(lowered(word) for word in ("gdp", "gross domestic", "ввп", "валов", "üdm", "ümumi daxili",
                                                   "gsyh", "gsyih", "gayri", "region", "province", "oblast", "област",
                                                   "vilayəti", "viloyati", "rayonu", "bölgesi", "eyaleti", "vilayeti",
                                                   "muxtar", "city", "county", "регион", "областей", "провинц", "bölge",
                                                   "vilayet", "lərarasi", "ler arasi", "lər arasi",
                                                   "lerarasi", "lararasi", "межрегион", "велаят", "вилоят",
                                                   "район", "through", "via", "через", "kapıdan", "kapısından",
                                                   "məntəqədən", "məntəqəsindən", "özerk"))
# (one is in every _NOT_PAIR_SUBJECT match)


# Round 44: the words a speaker's title holds before a reported clause are no subject of its amount: "Председатель
# ассоциации предпринимателей Согдийской области Бахтиёр Шарипов напоминает, что правительства двух стран поставили цель
# довести товарооборот до 2 млрд долларов" (the region is the speaker's, the target the two countries').
_REPORTED_THAT = re.compile(r",\s+что\s|\b(?:says|said|notes|noted|recalls|recalled|reminds|reminded|stresses|stressed|"
                            r"adds|added)\s+that\s", re.I)


# Round 45: a place that is no state, in the ablative before the partner's flow, sends its own exports, no figure of the
# state's: Turkish "Bursa'dan Azerbaycan'a yapılan ihracat", Azerbaijani "Gəncədən Qazaxıstana ixrac" (the first word
# names no state: "Türkiye'den Azerbaycan'a yapılan ihracat" stays the pair's).
# So too its genitive, the owner of the exports: "Girne'nin geçen yıl Özbekistan'a ihracatının 900 bin dolar civarında".
_PLACE_FROM = re.compile(r"\b([A-ZÇĞİÖŞÜƏ][^\W\d]+?)(?:['’]?(?:dan|den|tan|ten|dən|tən)\s+|['’]n[ıiuü]n\s+"
                         r"(?:[^\s,.;]+\s+){0,3}?)[A-ZÇĞİÖŞÜƏ][^\W\d]+?['’]?(?:y?[aeə]|n[ae])\s+" + _MADE_TR
                         + r"(?:ihracat|ixrac)")


# Round 56 (tradetext56): Turkish and Azerbaijani name the place goods leave from as an adjective before the flow:
# "İstanbul çıkışlı ihracat" (exports leaving from Istanbul), "Mersin kaynaklı ihracat", "Bakı çıxışlı ixrac": a city's
# or a province's flow, no pair's (not a state's, "Türkiye çıkışlı ihracat": places.codes_in).
_PLACE_SOURCED = re.compile(r"\b([A-ZÇĞİÖŞÜƏ][^\W\d]+)\s+(?:çıkışlı|çıxışlı|kaynaklı|mənbəli)\s+"
                            r"(?:ihracat|ithalat|ixrac|idxal)")
_PLACE_SOURCED_WORDS = ("çikişli", "çixişli", "kaynakli", "mənbəli")  # as cheap.lowered() has them


# Round 50 (trade text): so in English a place that is no state owning the exporters or the exports: "while Denizli's
# exporters shipped goods worth $61 million to Uzbekistan", "exporters from Izmir sold …" (a province's, a city's; not
# "Türkiye's exporters", "Ankara's exports", "exporters from Kazakhstan", nor a month's, "January's exports").
_PLACE_EXPORTERS = re.compile(r"\b([A-Z][^\W\d]+)['’]s\s+(?:[a-z]+\s+)?(?:exporters|importers|exports|imports|"
                              r"companies|firms|manufacturers|producers)\b"
                              r"|\b(?:exporters|importers|companies|firms|manufacturers|producers)\s+(?:from|of|in)\s+"
                              r"([A-Z][^\W\d]+)"
                              # round 50 (trade gaps): a bare place owning them, "Gaziantep exporters"
                              r"|\b([A-Z][^\W\d]+)\s+(?:exporters|importers)\b")
_PLACE_EXPORTERS_WORDS = ("export", "import", "compan", "firms", "manufactur", "producers")  # one is in every match
_NOT_PLACES = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December", "Today", "Yesterday", "This", "Last", "Next",
                         # words opening a sentence before a bare "exporters" (round 50)
                         "The", "Our", "Their", "Its", "These", "Those", "Some", "Many", "Most", "Other", "Local",
                         "Foreign", "Domestic", "Small", "Major", "Leading", "Top", "Private", "Regional", "Big",
                         "Large", "Both", "All", "Such", "Textile", "Agricultural", "Food"))


def _stateless_place(name: str) -> bool:
    """Is `name`, read as a place owning exports or trade, one that names no state (nor one of _NOT_PLACES)?"""
    return name not in _NOT_PLACES and not places.codes_in(name)


def _place_exporters(sentence: str, start: int, end: int) -> bool:
    """Does the text from `start` to `end` name exporters or exports of a place that names no state
    (_PLACE_EXPORTERS)?"""
    for m in _PLACE_EXPORTERS.finditer(sentence, start, end):
        name = m[1] or m[2] or m[3]
        if m[3] and name.endswith(("ing", "ed")):
            continue  # a verb opening the clause, "Meeting exporters in February, …"
        if _stateless_place(name):
            return True
    return False


# Round 48 (trade B): trade "between" two places of which one at least names no state is those places' (cities',
# regions'), no figure nor target of the states: "Gəncə ilə Namanqan arasında mal dövriyyəsi ötən il 12 milyon dollara
# çatıb və tərəflər bu rəqəmi … 50 milyon dollara çatdırmağı …", "trade between Ganja and Namangan", "товарооборот между
# Гянджой и Наманганом" (a capital names its state: "Ankara ilə Lefkoşa arasında" stays the states'). The trade word
# stands right before "between" / "между", or right after "arasında" (not "the meeting between Aliyev and Mirziyoyev").
_NAMES = r"[A-ZÇĞİÖŞÜƏА-ЯЁ][\w'’-]*(?:\s+[A-ZÇĞİÖŞÜƏА-ЯЁ][\w'’-]*){0,2}"
_BETWEEN_PLACES = re.compile(r"\b(?i:trade|turnover|commerce|exchange)\s+between\s+(?:the\s+)?(?P<a>" + _NAMES
                             + r")\s+and\s+(?:the\s+)?(?P<b>" + _NAMES + r")"
                             r"|\b(?i:товарооборот|торговл|оборот)\w*\s+между\s+(?P<ru_a>" + _NAMES
                             + r")\s+и\s+(?P<ru_b>" + _NAMES + r")"
                             r"|(?P<az_a>" + _NAMES + r")\s+(?:ilə|ile)\s+(?P<az_b>" + _NAMES
                             + r")\s+arasında(?:kı|ki)?\s+"
                             r"(?:[^\W\d]+\s+){0,2}?(?:(?i:ticar|dövriyy|hacm|həcm|ixrac|idxal|ihracat|ithalat)"
                             # round 97 (q4): or the amount itself right after, a participle at most between ("Ankara
                             # ile İslamabad arasında konuşulan 5 milyar dolarlık hedef", dev/1452: the search ends
                             # at the amount), when the other end is a state's (_between_places)
                             r"|(?P<amount_next>$))")
_BETWEEN_WORDS = ("between", "между", "arasinda")  # as cheap.lowered() has them; one is in every match


def _between_places(sentence: str, start: int, end: int) -> bool:
    """Does the text from `start` to `end` tell trade between two places one of which names no state
    (_BETWEEN_PLACES)? Round 97 (q4): an amount right after "X ile Y arasında" only when the other names one (two
    names of no state before it may be two persons', "Erdoğan ile Aliyev arasında konuşulan …")."""
    for m in _BETWEEN_PLACES.finditer(sentence, start, end):
        known = [bool(places.codes_in(m["a"] or m["ru_a"] or m["az_a"])),
                 bool(places.codes_in(m["b"] or m["ru_b"] or m["az_b"]))]
        if not all(known) and (m["amount_next"] is None or any(known)):
            return True
    return False


# Round 51 (trade gaps): a city's trade with a state is no pair's (docs/annotating.md): "Mingəçevir şəhərinin Türkiyə
# ilə ticarəti 40 milyon dollar", "Mersin'in Kazakistan ile ticareti", "Almaty's trade with Kyrgyzstan", "товарооборот
# Алматы с Кыргызстаном" (the owner names no state: "Azərbaycanın Türkiyə ilə ticarəti", "Baku's trade with Astana",
# "товарооборот Казахстана с Кыргызстаном" stay the pair's).
# Round 93 (t1, honorific_not_place): the honorific "Sayın" ends like a genitive but owns nothing: "Sayın Tokayev ile
# bugün ticaret hacmimizi 2030 yılına kadar 15 milyar dolara çıkarma hedefimizi teyit ettik" is the pair's (dev/1404).
_PLACE_TRADE = re.compile(r"\b([A-Z][^\W\d]+)['’]s\s+(?:[a-z]+\s+)?(?:trade|turnover)\s+with\b"
                          r"|\b(?!Sayın\s)([A-ZÇĞİÖŞÜƏ][^\W\d]+(?:['’][^\W\d]+)?)\s+(?P<city>şəhərinin\s+|şehrinin\s+)?"
                          r"[A-ZÇĞİÖŞÜƏ][^\W\d]+\s+il[eə]\s+(?:[^\W\d]+\s+)?(?:ticar|ticaret|dövriyy)"
                          r"|\b(?:[Тт]оварооборот|[Тт]орговл)\w*\s+(?:города\s+)?([А-ЯЁ][\w-]+)\s+с\s")


def _place_trade(sentence: str, check: str, start: int, end: int) -> bool:
    """Does the text from `start` to `end` name the trade of a place that names no state with a state
    (_PLACE_TRADE)?"""
    if not ("s trade with" in check or "s turnover with" in check or " ile " in check or " ilə " in check
            or (" с " in check and ("товарооборот" in check or "торговл" in check))):
        return False
    for m in _PLACE_TRADE.finditer(sentence, start, end):
        if m["city"]:
            return True
        name = m[1] or m[2] or m[4]
        if m[2] and not lowered(name).endswith(("ın", "in", "un", "ün")):
            continue  # no genitive, no owner of the trade
        if _stateless_place(name):
            return True
    return False


# Round 52 (trade52): a city's share of the pair's trade, "На долю Алматы, по оценке акимата, приходится почти 430 млн
# долларов казахстанско-кыргызской торговли", "Samarkand's share came to $40 million", "Samarkand accounted for …":
# the city's (one of places.CITIES that is no capital standing for its state), not the pair's figure.
_CITY_SHARE = re.compile(r"\b[Нн]а\s+долю\s+(?P<ru>[А-ЯЁ][\w-]+)"
                         r"|\b(?P<en>[A-Z][\w-]+)(?:['’]s\s+share\b|\s+(?:alone\s+)?account(?:s|ed)\s+for\b)")
_CITY_SHARE_WORDS = ("на долю", "share", "account")  # as cheap.lowered() has them; one is in every match


def _city_share(sentence: str, start: int, end: int) -> bool:
    """Is there a city's share (_CITY_SHARE) between `start` and `end` of the sentence?"""
    return any(places.city_in(m["ru"] or m["en"]) and not places.codes_in(m["ru"] or m["en"])
               for m in _CITY_SHARE.finditer(sentence, start, end))


def _not_pairs_subject(sentence: str, check: str, previous_end: int, amount: money.Amount) -> bool:
    """Whether the amount's own clause, before it, is a state's output or a region's (_NOT_PAIR_SUBJECT): no figure nor
    target of the pair (round 43: one home for the figures' and the targets' check); after a reported clause's opening
    (_REPORTED_THAT) when one stands before the amount. Round 48: or trade between places not all states
    (_between_places)."""
    start = max(previous_end, _own_clause_start(sentence, amount.start))
    if any(word in check for word in _BETWEEN_WORDS) and _between_places(sentence, start, amount.start):
        return True
    if ("ihracat" in check or "ixrac" in check) and any(
            not places.codes_in(m[1]) for m in _PLACE_FROM.finditer(sentence, start, amount.start)):
        return True
    if any(word in check for word in _PLACE_EXPORTERS_WORDS) and _place_exporters(sentence, start, amount.start):
        return True
    if any(word in check for word in _PLACE_SOURCED_WORDS) and any(
            not places.codes_in(m[1]) for m in _PLACE_SOURCED.finditer(sentence, start, amount.start)):
        return True  # round 56 (tradetext56): "İstanbul çıkışlı ihracat …" (_PLACE_SOURCED)
    if _place_trade(sentence, check, start, amount.start):
        return True
    if any(word in check for word in _CITY_SHARE_WORDS) and _city_share(sentence, previous_end, amount.start):
        return True
    if not any(w in check for w in _NOT_PAIR_WORDS):
        return False
    start = max([start] + [m.end() for m in _REPORTED_THAT.finditer(sentence, start, amount.start)])
    return bool(_NOT_PAIR_SUBJECT.search(sentence, start, amount.start))


# Round 19b: a bank's, analysts' or a rating agency's forecast is no target of the two governments, though told with
# a target's words: "The World Bank forecasts that trade between Kazakhstan and Uzbekistan will reach $10 billion by
# 2030", "По прогнозу аналитиков банка, товарооборот к 2027 году достигнет", "Banka analistleri … ulaşacağını tahmin
# ediyor". Matched before the amount.
# who forecasts: banks, analysts, economists (the rating agencies only before their verb, as they are written)
# Round 27: investment houses, brokers, consultancies and think tanks as banks ("Halyk Finance, one of Kazakhstan's larger
# investment houses, expects turnover to reach around $750 million next year").
_FORECASTERS = (r"bank\w*|analysts?|economists?|IMF|EBRD|ADB|банк\w*|аналитик\w*|экономист\w*|МВФ|ЕАБР|ЕБРР|analist\w*|"
                r"investment\s+(?:house|firm)s?|brokers?|brokerages?|consultanc(?:y|ies)|think[-\s]tanks?|"
                r"ekonomist\w*|iqtisadçı\w*|"
                # round 45: "Piyasa tahminlerine göre … bulması bekleniyor", "market forecasts"
                r"piyasa|market")
_FORECASTER = re.compile(r"\b(?:" + _FORECASTERS + r"|Fitch|Moody's|S&P)\b[^.]{0,120}?"
                         # round 22: "The World Bank expects trade between … to reach $8 billion by 2030"
                         r"\b(?:forecast\w*|project(?:s|ed|ions?)|predict\w*|estimat\w*|expects?|прогноз\w*|tahmin\w*|proqnoz\w*)"
                         # round 20: "… is expected to reach $5 billion in 2026, analysts at the … Bank said"
                         r"|\b(?:forecast\w*|project(?:s|ed|ions?)|predict\w*|expect\w*|прогноз\w*|ожида\w*|tahmin\w*|"
                         r"bekleni\w*|proqnoz\w*|gözləni\w*)\b[^.]{0,40}?\b(?:" + _FORECASTERS + r")\b", re.I)
_FORECASTER_WORDS = tuple(lowered(word) for word in ("bank", "analyst", "economist", "imf", "ebrd", "adb", "fitch",
                                                     "moody", "s&p", "банк", "аналитик", "экономист", "мвф", "еабр",
                                                     "ебрр", "analist", "ekonomist", "iqtisadçı", "investment", "broker",
                                                     "consultanc", "think", "piyasa", "market"))


# An analyst's own forecast told in the first person, a paragraph opening with no quote mark: "We expect trade with
# Turkey to reach about US$730m in 2026 as a whole" (an outlet's outlook, no target of the two governments); a speaker's
# "We expect …" inside quote marks or a quote going on stays theirs.
_OWN_FORECAST = re.compile(r"(?:We|Our\s+analysts)\s+(?:now\s+|still\s+)?(?:expect|forecast|project|predict|estimate)\b")
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")


def _own_forecast(doc: Document, s, quoted) -> bool:
    """Whether the sentence is the narrator's forecast (_OWN_FORECAST): it opens a paragraph, holds no quote mark and
    stands in no quote."""
    return s.text.startswith(("We ", "Our ")) and bool(_OWN_FORECAST.match(s.text)) \
        and doc.text[max(0, s.start - 1):s.start] in ("", "\n") \
        and not any(mark in s.text for mark in _QUOTE_MARKS) and _quoted_by(quoted, s) is None


_GOOD_AFTER_CHARS = 64  # characters after the amount where its good is told (round 25: 40 -> 64, "пришлось на экспорт
# сельскохозяйственной продукции")


def _good_after(sentence: str, check: str, amount: money.Amount) -> bool:
    """One good's amount, the good told right after it (_GOOD_AFTER). `check`: cheap.lowered(sentence)."""
    end = amount.end + _GOOD_AFTER_CHARS
    window_check = check[amount.end:end] if len(check) == len(sentence) else lowered(sentence[amount.end:end])
    return (any(word in window_check for word in _SECTOR_WORDS)
            or any(word in window_check for word in _GOOD_BEFORE_FLOW_VERB_WORDS)) \
        and bool(_GOOD_AFTER.match(sentence, amount.end, end))


def _flow_verb_after(sentence: str, end: int) -> str | None:
    """export/import when a local verb of exporting or importing follows the amount ending at `end`."""
    window = sentence[end:end + 60]
    if not any(word in window for word in ("ixrac", "idxal", "ihraç", "ithal")):
        return None
    m = _FLOW_VERB_AFTER.match(window)
    return m.lastgroup if m else None


# Round 67 (trade67): Azerbaijani and Turkish may tell a part's flow as the noun predicate right after the amount, a
# state's name or "this country" in a case before it: "Bunun 33,9 milyon dolları Qırğızıstana ixrac, 7,8 milyon dolları
# isə bu ölkədən idxaldır" (of this, X is exports to Kyrgyzstan, Y imports from this country: dev/1093), Turkish "…, 400
# milyon doları ise ithalattır". Up to the clause's end, no other word between (not a good's: "neft idxalıdır").
_FLOW_NOUN_PREDICATE_AFTER = re.compile(r"\w{0,4}(?:\s+(?:isə|ise))?"
                                        r"(?:\s+(?:[A-ZÇĞİÖŞÜƏ][\w'’]*|bu\s+(?:ölkə|ülke)\w*))?"
                                        r"\s+(?:(?P<export>ixrac|ihracat)|(?P<import>idxal|ithalat))"
                                        r"(?:[ıi]?[dt][ıiuü]r|[ıi])?(?=\s*(?:[,;.]|$))")
FLOW_NOUN_PREDICATE_CHARS = 60  # characters after the amount where its flow noun predicate is told


def _flow_noun_predicate_after(sentence: str, end: int) -> str | None:
    """export/import when the flow noun is the predicate of the amount ending at `end` (_FLOW_NOUN_PREDICATE_AFTER)."""
    window = sentence[end:end + FLOW_NOUN_PREDICATE_CHARS]
    if not any(word in window for word in ("ixrac", "idxal", "ihracat", "ithalat")):
        return None
    m = _FLOW_NOUN_PREDICATE_AFTER.match(window)
    return m.lastgroup if m else None


def _clause_names_trade(segment: str) -> bool:
    """The last clause of `segment` names trade or turnover and no flow: the amount after it is a turnover."""
    clauses = list(_LATER_CLAUSE.finditer(segment))
    if not clauses:
        return False
    clause = segment[clauses[-1].end():]
    return bool(_TRADE_NOUN.search(clause)) and _flow(clause, lowered(clause)) is None and not _cause_aside(clause)


# Round 49: trade "with its neighbour" names no state: the partner named in the sentence before, beside the home.
_NEIGHBOUR = re.compile(r"\b(?:trade|turnover|exports?|imports?|commerce)\s+(?:with|to|from)\s+(?:its|their|his|her)\s+"
                        r"(?:[^\W\d]+\s+)?neighbou?r\b", re.I)


def _neighbour_back(doc: Document, k: int, context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """(home, neighbour) when sentence k names trade with "its neighbour" (_NEIGHBOUR) and the sentence before names
    two states, one of the context pair (the home) and one not; else None."""
    if not context_pair or not _NEIGHBOUR.search(doc.sentences[k].text):
        return None
    named = list(dict.fromkeys(m.iso3 for m in _trading_mentions(doc, doc.sentences[k - 1])))
    homes = [code for code in named if code in context_pair]
    others = [code for code in named if code not in context_pair]
    return (homes[0], others[0]) if len(named) == 2 and len(homes) == 1 else None


def _aside_after(sentence: str, end: int) -> int:
    """Where an aside after the amount ending at `end` begins (_ASIDE), or a clause after a semicolon ("traded $4.7
    billion …, up 2.3 percent; Turkish exports of $2.9 billion made up 62%": the turnover); the sentence's end when
    there is neither."""
    m = _ASIDE.search(sentence, end)
    semicolon = sentence.find(";", end)
    return min(m.start() if m else len(sentence), semicolon if semicolon >= 0 else len(sentence))


# Round 21: a state's companies that sold goods, worth the amount, sold them abroad: its export, told before the amount
# ("Hungarian companies sold products worth over $240 million to Uzbekistan last year, while imports from the Central
# Asian country …"); bought or purchased, its import. Only before the amount: "…, as Turkish firms sold more machinery"
# after a turnover is an aside.
_SOLD_BEFORE = re.compile(r"\b(?P<export>sold|sells?|"
                          # round 46: "shipped goods worth $1.04 billion to Tajikistan" (as _TRADE reads it)
                          r"(?:shipped|supplied|delivered)(?=\s+(?:\w+\s+)?(?:goods|products)\s+worth\b)|"
                          # round 51 (trade gaps): the amount right after it, "shipped $2.5 billion to Kazakhstan"
                          r"(?:shipped|supplied|delivered)(?=\s+(?:" + _APPROXIMATE_WORDS
                          + r"\s+){0,2}(?:US\s?)?\$?\s*$)|"
                          r"(?<=['’]s )sales(?=\s+to\b)|" + _DEMONYM_SALES + r"|shipments(?=\s+to\b)|"
                          + _SALES_OF_DEMONYM_GOODS + r")\b"
                          # round 42 (trade A): "Purchases from Hungary reached $102.8 million", an import
                          r"|\b(?P<import>bought|buys?|purchased|purchases(?=\s+from\b))\b", re.I)  # round 31: "its
# shipments to", an export
_SOLD_WORDS = ("sold", "sell", "sales to", "shipments to", "bought", "buy", "purchased", "purchases from", "shipped",
               "supplied", "delivered", "sales of", "shipments of")  # one is in
# every _SOLD_BEFORE match (round 60: "sales of Turkish goods to", _SALES_OF_DEMONYM_GOODS)


# Round 45: a clause of its own whose subject sold or bought, after a flow's figure: "Turkish exports were about $2.3
# billion, and we bought around $1.56 billion of Uzbek goods" (a flow's further figure; not a noun, "textile
# shipments to Türkiye alone were worth about $540 million", which may be one good's).
_SOLD_BY_SUBJECT = re.compile(r"\b(?:we|they|it|[A-ZÇĞİÖŞÜƏ]\w+)\s+(?:also\s+)?(?:sold|bought|purchased)\b")


# Round 54 (tradetext): a state that bought another state's goods, named by their adjective, before the amount: the
# seller's export, as an exporters' report tells it ("the TRNC bought Turkish goods worth about $1.06 billion" is
# Türkiye's export to the TRNC, not only the TRNC's import).
_BOUGHT_GOODS_OF = re.compile(r"\b(?:bought|purchased)\s+(?P<owner>[A-ZÇĞİÖŞÜ]\w+)\s+(?:goods|products)\s+worth\b")


def _bought_goods_of(segment: str, check: str, pair: tuple[str, str]) -> tuple[str, str] | None:
    """The pair with the state whose goods were bought (_BOUGHT_GOODS_OF) first, when it is `pair`'s other state."""
    if "bought" not in check and "purchased" not in check or not (m := _BOUGHT_GOODS_OF.search(segment)):
        return None
    owner = places.codes_in(m["owner"])
    if len(owner) != 1 or owner[0] not in pair or owner[0] == pair[0]:
        return None
    return owner[0], pair[0]


def _sold_before(segment: str, check: str) -> str | None:
    """"export" or "import" when the text before the amount (`segment`, `check` its cheap.lowered()) says goods were sold
    or bought (_SOLD_BEFORE), else None."""
    if not any(word in check for word in _SOLD_WORDS) or not (m := _SOLD_BEFORE.search(segment)):
        return None
    return "export" if m["export"] else "import"


def _flow(text: str, check: str) -> str | None:
    """export/import when `text` says so (`check`: cheap.lowered(text), for the word check first)."""
    if not any(word in check for word in _FLOW_WORDS):
        return None
    return next((name for name, pattern in _FLOW if pattern.search(text)), None)


# Round 61 (trade61): a figure whose subject is a pronoun, the flow it stands for named in the sentence right before
# with no amount of its own: "Особый акцент премьер сделал на кыргызском экспорте в Турцию. За семь месяцев он вырос
# в 2,3 раза — до 96,8 млн долларов", "He singled out Kazakh exports to Georgia. In nine months they rose to …": that
# flow's figure, not the last figure's flow.
_PRONOUN_SUBJECT = re.compile(r"(?<!\w)(?:он|она|оно|они|it|they)(?!\w)", re.I)
_AMOUNT_DIGIT = re.compile(r"\d")


def _flow_named_before(doc: Document, k: int, last_trade: int, sentence: str) -> str | None:
    """The export or import the sentence before names with no figure, when this one's subject is a pronoun and the
    last trade figure is further back (_PRONOUN_SUBJECT). Else None."""
    if k < 1 or last_trade >= k - 1 or not _PRONOUN_SUBJECT.search(sentence):
        return None
    before = doc.sentences[k - 1]
    if _AMOUNT_DIGIT.search(before.text):
        return None
    flow = _flow(before.text, before.check)
    return flow if flow in ("export", "import") else None


def _one_per_target(found: list[FigureFound]) -> list[FigureFound]:
    """A target stated twice (a headline repeats the body's "to bring trade to $10 billion") is one
    target: of those with the same pair and value, the first with a year stays (else the first)."""
    kept: dict[tuple, FigureFound] = {}
    for f in found:
        if f.kind == "target":
            key = (frozenset(f.pair), f.value_usd_m)
            other = kept.get(key)
            if other is None or (other.target_year is None and f.target_year is not None):
                kept[key] = f
    # another year is another target ("$1 billion by 2025 and by 2030" would be two)
    return [f for f in found if f.kind != "target" or kept[(frozenset(f.pair), f.value_usd_m)] is f
            or f.target_year not in (None, kept[(frozenset(f.pair), f.value_usd_m)].target_year)]


def _above_turnover(found: list[FigureFound]) -> list[FigureFound]:
    """`found` without each export or import larger than the same pair's turnover of the same period and scope: exports
    and imports add up to the turnover, so such a flow is one state's with the world ("Azerbaijan's trade with Türkiye
    reached $6.9 billion in January–October. Azerbaijan's exports were $22.1 billion" is no Azerbaijan–Türkiye
    export). A turnover told as a floor ("over", "at least") bounds nothing."""
    turnovers: dict[tuple, float] = {}
    for f in found:
        if f.kind == "trade" and f.flow == "turnover" and f.qualifier not in ("over", "at least"):
            # round 45: of two counts of one turnover (two agencies' figures for a year), the larger bounds the flows
            key = (frozenset(f.pair), f.period, f.scope)
            turnovers[key] = max(turnovers.get(key, 0.0), f.value_usd_m)
    if not turnovers:
        return found
    return [f for f in found if f.kind != "trade" or f.flow == "turnover"
            or f.value_usd_m <= turnovers.get((frozenset(f.pair), f.period, f.scope), f.value_usd_m)]


def _told_again(found: list[FigureFound]) -> list[FigureFound]:
    """A trade figure the body tells twice (the lead's "ilk 10 ayında yaklaşık 6,2 milyar dolar" and a later
    "ocak-ekim döneminde yaklaşık 6,2 milyar dolar") is one figure: the first of those with the same pair,
    period, flow and value stays, with the growth only the later telling gives ('"Our trade approached $8 billion
    last year," he said.' then "Official data show trade reached almost $8 billion in 2025, up 6.5 percent")."""
    seen: dict[tuple, FigureFound] = {}
    kept = []
    for f in found:
        key = (frozenset(f.pair), f.period, f.flow, f.value_usd_m) if f.kind == "trade" else None
        if key is None or key not in seen:
            kept.append(f)
            if key:
                seen[key] = f
        elif seen[key].growth_pct is None:
            seen[key].growth_pct = f.growth_pct
    return kept


def _headline_told_again(found: list[FigureFound], headline_end: int) -> list[FigureFound]:
    """A trade figure in the headline (the article's first line) that the body tells again, exactly, is
    one figure: "Uzbekistan–Türkiye trade exceeds $1.6 billion in first half of 2024" over "… amounted to
    $1.63 billion in January–June 2024". Dropped when a later figure has its pair, period and flow and a
    value it rounds (within 5%)."""
    if headline_end <= 0 or not any(f.span[1] <= headline_end and f.kind == "trade" for f in found):
        return found
    body = [f for f in found if f.kind == "trade" and f.span[0] > headline_end]
    return [f for f in found if f.kind != "trade" or f.span[1] > headline_end or not any(
        set(b.pair) == set(f.pair) and b.period == f.period and b.flow == f.flow
        and abs(b.value_usd_m - f.value_usd_m) <= 0.05 * b.value_usd_m for b in body)]


def _headline_target_told_again(found: list[FigureFound], headline_end: int) -> list[FigureFound]:
    """Round 65 (tradetr65, dev/1068): a target in the headline that the body tells again, same value, with one of its
    states but a pair of its own, is the body's (the headline 'Bakan: "Kazakistan ile 10 milyar dolar hedefine
    yakınız"' guesses the partner's other side, the body's answer names the speaker's state): dropped."""
    if headline_end <= 0 or not any(f.span[1] <= headline_end and f.kind == "target" for f in found):
        return found
    body = [f for f in found if f.kind == "target" and f.span[0] > headline_end]
    return [f for f in found if f.kind != "target" or f.span[1] > headline_end or not any(
        b.value_usd_m == f.value_usd_m and set(b.pair) != set(f.pair) and set(b.pair) & set(f.pair) for b in body)]


def _clause_pair(doc: Document, s, amount: money.Amount) -> tuple[str, str] | None:
    """Of a sentence naming more than two states, the two its first amount's clause names from its trade word on
    ("Кыргызстану стоит …: товарооборот Казахстана с Азербайджаном … приблизился к 500 млн долларов"), with the one
    owning the trade right before it ("Turkey's trade with …"); None unless they are two."""
    words = list(_TRADE.finditer(s.text, 0, amount.start))
    if not words:
        return None
    start = words[-1].start()
    mentions = doc.mentions(s)
    owner = [m.iso3 for m in mentions if m.end - s.start <= start and _owns_trade(doc.text, m)
             and m.end - s.start >= start - 4
             or "whose" in s.check and (w := _WHOSE_TRADE.match(doc.text, m.end)) and w.end() - s.start > start]
    named = list(dict.fromkeys(owner + [m.iso3 for m in mentions if start <= m.start - s.start < amount.start]))
    if len(named) != 2 and (semicolon := s.text.rfind(";", 0, amount.start)) > 0:
        return _partner_after_semicolon(doc, mentions, s.start + semicolon, s.start + amount.start)
    return (named[0], named[1]) if len(named) == 2 else None


# Round 91 (whose_trade_t1): a state owning the trade of a relative clause ("…, behind Kazakhstan, whose H1 turnover
# with Uzbekistan came to $2.43bn", dev/1374): the clause's pair is that state's and the partner's
_WHOSE_TRADE = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}?(?:trade|turnover|exports?|imports?)\s+(?:with|to|from)\s",
                          re.I)


# Round 65 (trade65): a headline of two clauses, the first one state's trade with a partner, the second another
# partner's figure naming that partner alone: "Kyrgyzstan's trade with Turkmenistan up 23.5% in January–February;
# Hungary turnover tops $4 million" (dev/1062) is Kyrgyzstan's trade with Hungary, not with Turkmenistan.
def _partner_after_semicolon(doc: Document, mentions: list, semicolon: int, amount_at: int) -> tuple[str, str] | None:
    """(owner, partner) when the clause from the semicolon to the amount names one state, the partner, and one state
    before the semicolon owns a trade with another (_owns_trade); else None."""
    after = {m.iso3 for m in mentions if semicolon < m.start < amount_at}
    owners = {m.iso3 for m in mentions if m.end <= semicolon and _owns_trade(doc.text, m)}
    if len(after) != 1 or len(owners) != 1 or after == owners:
        return None
    return next(iter(owners)), next(iter(after))


# right after a state's name: it owns the trade with the state named next ("Turkey's trade with Turkmenistan")
_OWNS_TRADE = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:trade|turnover|exports?|imports?)\s+(?:with|to|from)\s",
                         re.I)


# Turkish and Azerbaijani: the state in the genitive, then the partner in a case and the flow: "KKTC'nin Türkiye'den
# ithalatı" (Northern Cyprus's imports from Türkiye), "Kazakistan'ın Azerbaycan'a ihracatı", "Qazaxıstanın Azərbaycana
# ixracı"; the genitive on the name as the text has it after the mention (the places index leaves it out)
_OWNS_FLOW_LOCAL = re.compile(r"['’]?n?[ıiuüə]n\s+[A-ZÇĞİÖŞÜƏ][\w'’]*\s+(?:ihracat|ithalat|ixrac|idxal)", re.I)


# Round 26: a target verb taking the trade just reported as a pronoun, "Стороны намерены довести ее до $200 млн" right after
# "Торговля с Азербайджаном … около $40 млн": "it" is that trade, whoever "the sides" are; not the two named by a count
# ("the two countries aim to raise it", _OF_THE_TWO's count words), which go back to the article's pair.
_PRONOUN_BACK = re.compile(r"\b(?:довести|увеличить|нарастить|поднять)\s+е[её]\b|\b(?:bring|raise|increase|lift|boost)\s+it\s+to\b",
                           re.I)
_TWO_BY_COUNT = re.compile(r"\b(?:two|both|двух|обеих|iki)\b", re.I)


def _pronoun_back(sentence: str, refers_back: bool) -> bool:
    """Does a sentence read for "it" (`refers_back`) name the trade just reported by a pronoun, with "the two" not
    named by a count (_PRONOUN_BACK, _TWO_BY_COUNT)?"""
    return refers_back and bool(_PRONOUN_BACK.search(sentence)) and not _TWO_BY_COUNT.search(sentence)


def _to_first_clause_end(sentence: str, amount: money.Amount) -> str:
    """Round 54 (traderel): the sentence up to the end of its first amount's clause (_CLAUSE_BREAK), where "the two" a
    figure naming no state is of stand; not a later clause's ("… он достигал 1,17 млрд долларов, так что … стороны …
    могут выйти на 1,3 млрд": the sides of a forecast, the figure still the trade just reported)."""
    return sentence[:amount.end + _CLAUSE_BREAK.search(sentence, amount.end).start() - amount.end]


def _back_to_the_two(sentence: str, found: list[FigureFound], context_pair: tuple[str, str] | None) -> bool:
    """Does a sentence naming no state speak of "the two" states ("bilateral trade", "the two governments") right
    after a figure of a third state ("By comparison, Hungary's trade with Kazakhstan came to about $300 million")?
    Then the two are the article's pair, of whose trade an earlier figure was, not the comparison's."""
    if not context_pair or set(found[-1].pair) == set(context_pair) or not _OF_THE_TWO.search(sentence):
        return False
    trades = [f for f in found if f.kind == "trade"]
    if len(trades) > 1 and set(trades[-2].pair) == set(found[-1].pair):
        # round 45: two figures of the third pair in a row are no comparison but the report moved on to it (a
        # release's section: "Azerbaycan'a yapılan ihracat … ithalat … İki ülke arasındaki dış ticaret hacmi …")
        return False
    return any(set(f.pair) == set(context_pair) for f in found if f.kind == "trade")


def _partner_section_before(doc: Document, k: int, found: list[FigureFound],
                            context_pair: tuple[str, str] | None) -> bool:
    """Round 55 (traderel): was the last figure, told in the sentence right before, of the report's home with a further
    partner ("Вторым партнером стала Турция. Оборот с ней достиг 3,1 млрд долларов. Только в сентябре взаимная
    торговля …")? Then "the two" go on about that partner's section, not back to the article's pair; not when that
    figure was told as a comparison ("By comparison: Hungary’s trade with Kazakhstan came to …", _COMPARED_BEFORE)."""
    last = found[-1]
    if not context_pair or last.kind != "trade" or not k or not _told_in(last, doc.sentences[k - 1]) \
            or len(set(last.pair) & set(context_pair)) != 1:
        return False
    return not _COMPARED_BEFORE.match(doc.sentences[k - 1].text)


# Round 20: a speaker's "our trade with X" (Russian "наш товарооборот с X", Azerbaijani "X-la ticarətimiz", Turkish "X
# ile ticaretimiz"): trade of the speaker's state with X, whatever other state the sentence names after it.
_OUR_TRADE_BEFORE = re.compile(r"\b(?:our|наш\w*)\s+(?:\w+\s+){0,2}?(?:trade|turnover|commerce|товарооборот|торговл\w*)\s+"
                               r"(?:with|с|со)\s+(?:the\s+)?$", re.I)
_OUR_TRADE_AFTER = re.compile(r"[\w'’]{0,4}(?:\s+ile)?\s+(?:olan\s+)?(?:ticarət|ticaret|dövriyyə)\w*"
                              # round 30: "Özbekistan ile ticaret hacmimiz" (our trade volume)
                              # round 65 (tradetr65, dev/1068): a case ending after it, "ticaretimizde" (in our trade)
                              r"(?:\s+(?:hacm|həcm)\w*?)?(?:imiz|ımız)\w{0,4}\b", re.I)
_OUR_WORDS = ("our ", "наш", "imiz")  # as cheap.lowered() has them; one is in every match of either


def _our_trade_with(doc: Document, s) -> str | None:
    """The state the sentence's first "our trade with" names (_OUR_TRADE_BEFORE, _OUR_TRADE_AFTER), else None."""
    if not any(word in s.check for word in _OUR_WORDS):
        return None
    for mention in doc.mentions(s):
        start, end = mention.start - s.start, mention.end - s.start
        if _OUR_TRADE_BEFORE.search(s.text, max(0, start - 60), start) or _OUR_TRADE_AFTER.match(s.text, end):
            return mention.iso3
    return None


# Round 102 (t1): a further clause of a first-person "our trade with X" after another pair's figure, an aside naming a
# state between ("For comparison: Türkiye's trade with Uzbekistan was over $3.8 billion last year, and our own trade
# with Kazakhstan, still Hungary's largest partner in the region, was around $900 million", dev/1526): the trade of the
# state whose "our" it is (_envoys_our: an envoy's, a speech's, a letter's writer's) with X, not of no one told
def _our_clause_pair(doc: Document, s, start: int, end: int, quoted, resolver: Resolver) -> tuple[str, str] | None:
    """(home, X) when the clause of the sentence between `start` and `end` names X after "our trade with"
    (_OUR_TRADE_BEFORE) and _envoys_our knows whose "our" it is; else None."""
    for mention in doc.mentions(s):
        at = mention.start - s.start
        if start <= at < end and _OUR_TRADE_BEFORE.search(s.text, max(start, at - 60), at):
            home = _envoys_our(doc, s, mention.iso3, quoted, resolver)
            return (home, mention.iso3) if home else None
    return None


def _quoted_by(quoted, s, at: int | None = None) -> str | None:
    """The state of the speaker of the direct quote the sentence begins inside, if any; given `at` (an offset in the
    sentence, its amount's), else of the quote standing there ('Saidov, "Azerbaycan ile hedefimiz …" dedi', round 28;
    "10:44 He goes on: “The goal of $15 billion …”", round 99, t1)."""
    own = next((iso3 for a, b, iso3 in quoted if a <= s.start < b), None)
    if own is None and at is not None:
        own = next((iso3 for a, b, iso3 in quoted if a <= s.start + at < b), None)
    return own


# Round 99 (v2): in one of the two sides' quotes, "your country" is the other side's state, the one spoken to: "Экспорт
# Узбекистана в вашу страну за девять месяцев вырос почти до 301 млн долларов", the Uzbek premier to the Azerbaijani
# one (dev/1475); "our exports to your country", "ölkənizə", "ülkenize"
_YOUR_COUNTRY = re.compile(r"(?<!\w)(?:ваш(?:а|ей|у)\s+стран(?:а|ы|е|у|ой)|your\s+country|ölkəniz\w*|ülkeniz\w*)",
                           re.I)
_YOUR_COUNTRY_WORDS = ("ваш", "your country", "ölkəniz", "ülkeniz")  # as cheap.lowered() has them


def _your_country_pair(sentence: str, check: str, code: str, speaker: str | None,
                       context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """(the speaker's state, the other of the article's two) when the sentence, inside a quote of a speaker of one of
    the two who names his own state `code` alone, says "your country" (_YOUR_COUNTRY); else None."""
    if speaker != code or not context_pair or code not in context_pair or context_pair[0] == context_pair[1] \
            or not any(word in check for word in _YOUR_COUNTRY_WORDS) or not _YOUR_COUNTRY.search(sentence):
        return None
    return code, next(state for state in context_pair if state != code)


# Round 85 (k2, _EACH_WITH_ONE): two states that "each" traded an amount with a third ("Kyrgyzstan and Tajikistan each
# traded less than $40 million with Hungary in 2025"): one figure of each with the third, not the two's with each other
# (dev/1306). The two joined by "and" right before "each", a verb of trading, the third after "with".
_EACH_WITH_ONE = re.compile(r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?P<b>[A-Z][\w'’-]+)\s+each\s+(?:traded|did|had|recorded|"
                            r"sold|bought|exported|imported)\b[^.;]{0,80}?\bwith\s+(?P<c>[A-Z][\w'’-]+)")


def _each_with_one(doc: Document, s) -> list[tuple[str, str]]:
    """The two pairs of a sentence telling two states each trading with a third (_EACH_WITH_ONE): [(A, C), (B, C)],
    each word naming one state of the ties, three states; else []."""
    if not (m := _EACH_WITH_ONE.search(s.text)):
        return []
    named = {m.start(g): m.end(g) for g in "abc"}
    codes = [n.iso3 for n in doc.mentions(s) if named.get(n.start - s.start) == n.end - s.start]
    if len(codes) != 3 or len(set(codes)) != 3 or not places.TIE_CODES.issuperset(codes):
        return []
    return [(codes[0], codes[2]), (codes[1], codes[2])]


# Round 85 (k2, _WHERE_THE_TWO): a target told in a clause about the visit's place, "…, and Orbán's official visit to
# Samarkand, where the two sides … restated their goal of lifting bilateral trade to $1 billion by 2030": the two are
# the visitor's state and the place's, not the states the sentence named before (dev/1306)
_WHERE_THE_TWO = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:[a-z-]+\s+){0,2}?visit\s+"
                            r"(?:to|in)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+where\s+the\s+two\s+"
                            r"(?:sides|countries|leaders|states|governments)\b")


def _where_the_two_pair(doc: Document, s, end: int, resolver: Resolver) -> tuple[str, str] | None:
    """(visitor's state, host) of a target told after "<X>'s visit to <place>, where the two sides" (_WHERE_THE_TWO),
    the clause naming no state before the amount at `end`; the visitor known to the office holders table."""
    if not (m := _WHERE_THE_TWO.search(s.text, 0, end)):
        return None
    if any(m.end() <= n.start - s.start < end for n in doc.mentions(s)):
        return None
    visitor = resolver.resolve(m["name"], speaking=False)
    host = places.city_in(m["place"]) or next(((n.iso3, "") for n in places.mentions(m["place"])), None)
    if visitor is None or not visitor.iso3 or host is None or host[0] == visitor.iso3:
        return None
    return visitor.iso3, host[0]


def _segment_pair(doc: Document, s, start: int, end: int) -> tuple[str, str] | None:
    """The two states a later clause of a sentence names before its amount, when it names exactly two ("…, while Ankara
    and Tashkent speak of lifting their trade to $5 billion"): its own pair; None for the first clause (start 0)."""
    if not start:
        return None
    named = list(dict.fromkeys(m.iso3 for m in doc.mentions(s) if start <= m.start - s.start < end))
    return (named[0], named[1]) if len(named) == 2 else None


def _goes_on_without_a_state(doc: Document, s, start: int, end: int) -> bool:
    """Round 72 (visits72): does a later clause of the sentence, from `start` to its amount at `end`, name no state?
    After an amount left out as a place's or an output's (_not_pairs_subject), such a clause goes on about the same
    place ("…, а за январь–сентябрь — уже 164 млн", dev/1152), not about a pair named elsewhere in the article."""
    return bool(start) and not any(start <= m.start - s.start < end for m in doc.mentions(s))


def _owns_trade(text: str, mention) -> bool:
    """Is the state named at `mention` the possessor of a trade with another ("Turkey's trade with", "Uzbekistan's
    exports to")? The country index may keep the "'s" in the mention's word or leave it in the text."""
    possessive = mention.word.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), mention.end)
    # a state's adjective owns it too: "Turkish trade with Kazakhstan", "Uzbek exports to Azerbaijan"
    return (possessive or mention.is_demonym) and bool(_OWNS_TRADE.match(text, mention.end)) \
        or bool(_OWNS_FLOW_LOCAL.match(text, mention.end))


def _listed_partners(doc: Document, s, codes: list[str], amounts: list[money.Amount],
                     context_pair: tuple[str, str] | None) -> list[tuple[tuple[str, str], int, int]] | None:
    """A sentence of a trade round-up that lists partners of the article's country, each with its amount:
    "Kazakhstan ranked second with $600.3 million, followed by Uzbekistan, with which trade grew by 71.2
    percent to $442.6 million". Then each amount's pair is the country and the state named last before
    the amount, and its clause (for its growth and a period of its own) runs from that state to where the next
    state is named. None when the sentence names the country itself, or fewer states or amounts than two, or
    names a pair of its own ("Trade between Hungary and Uzbekistan grew … to USD 240.5 million, while Hungarian
    companies …")."""
    home = context_pair[0] if context_pair else None
    if respective := _respective_partners(doc, s, home, amounts):
        return respective  # round 43: "… Kyrgyzstan and Tajikistan …, at $8.7 million and $6.1 million respectively"
    if home is None or home in codes or len(set(codes)) < 2 or len(amounts) < 2 or _OF_THE_TWO.search(s.text) \
            or _two_joined(doc, s):  # round 30: "Uzbekistan and Kyrgyzstan, whose trade …": a pair of its own
        return None
    mentions = [m for m in doc.mentions(s) if m.iso3 != home]
    if _owns_trade(doc.text, mentions[0]):  # "Turkey's trade with Turkmenistan …": a pair of its own
        return None
    out = []
    for amount in amounts:
        before = [m for m in mentions if m.end - s.start <= amount.start]
        after = [m.start - s.start for m in mentions if m.start - s.start >= amount.end]
        if not before:
            return None
        out.append(((home, before[-1].iso3), before[-1].start - s.start, after[0] if after else len(s.text)))
    return out


ELLIPTIC_PARTNER_WORDS = 4  # words besides the state's name in a clause like ", с Кыргызстаном – " or ", and with Kyrgyzstan, "
# Round 21: the growth of the amount before, told between it and the elliptic clause, is none of that clause's words:
# "составил 4,8 млрд долларов, увеличившись на 9%, а с Азербайджаном – почти 560 млн", "…, up 9%, and with Kyrgyzstan …".
_GROWTH_ASIDE = re.compile(r"(?:увеличивш\w+|вырос\w*|сокративш\w+|снизивш\w+|up|down|rising|falling|increasing|"
                           r"decreasing|artarak|azalarak)\s+(?:на\s+|by\s+)?(?:yüzde\s+)?\d+(?:[.,]\d+)?\s?"
                           r"(?:%|процент\w*|percent|per\s+cent|faiz)?", re.I)
_WORD = re.compile(r"\w+")


def _without_own_period_and_rate(clause: str, published: date) -> str:
    """Round 100 (t1): an elliptic partner's clause without its own period and the rate of its change, which are no
    words of another subject: "…, а с Казахстаном за пять месяцев текущего года вырос в 1,4 раза – до 245 млн
    долларов" (dev/1493) is the same trade with Kazakhstan, as "…, а с Казахстаном – 245 млн" is."""
    if own := when.period_in(clause, published):
        clause = clause[:own[1]] + " " + clause[own[2]:]
    if rate := money.growth_in(clause):
        clause = clause[:rate[1]] + " " + clause[rate[2]:]
    return clause


def _other_partner(doc: Document, s, start: int, end: int, pair: tuple[str, str], segment: str,
                   published: date) -> str | None:
    """The state named between a sentence's amount before (ending at `start`) and a further one (at `end`) that is
    not of the `pair` of the figure before: the further amount is the same trade with that state ("товарооборот
    Казахстана с Узбекистаном … 3,29 млрд долларов, с Кыргызстаном – 1,43 млрд"), or with states whose is not told
    when two or more are named ("", "while trade with China and Russia exceeded $6bn each"). None when no other state
    is named, or the clause has no trade word and is more than a state and a few words ("…, and Uzbek gas supplies
    to Kyrgyzstan worth $100 million" may be anything)."""
    others = [m for m in doc.mentions(s) if start <= m.start - s.start and m.end - s.start <= end and m.iso3 not in pair]
    if not others:
        return None
    if not _TRADE.search(segment):
        head = segment[:others[0].start - s.start - start]
        head = head[head.rfind(",") + 1:]  # round 30: not the amount before's own period ("… in 2025, while with X it …")
        rest = head + " " + segment[others[-1].end - s.start - start:]
        if _A_DIGIT.search(rest):
            rest = _GROWTH_ASIDE.sub(" ", rest)
        if len(_WORD.findall(rest)) > ELLIPTIC_PARTNER_WORDS \
                and len(_WORD.findall(_without_own_period_and_rate(rest, published))) > ELLIPTIC_PARTNER_WORDS:
            return None
    named = {m.iso3 for m in others}
    return named.pop() if len(named) == 1 else ""


# Round 41 (trade B): what refers back to the trade before in a further clause of two other states: "it", Russian "он"
# (товарооборот) or "она" (торговля), "the figure", "этот показатель".
_SAME_TRADE_BACK = re.compile(r"\b(?:it|он|она|(?:the|this)\s+figure|(?:этот\s+)?показатель)\b", re.I)


def _two_others_of_the_same_trade(doc: Document, s, start: int, end: int, pair: tuple[str, str],
                                  segment: str) -> tuple[str, str] | None:
    """The two states a further clause (since the amount before, at `start`, up to the next amount at `end`) names when
    neither is of the figure before's `pair` and the clause names trade or refers back to it (_SAME_TRADE_BACK): the
    same trade of those two ("Trade between Türkiye and Kazakhstan exceeded $7 billion, while between Kyrgyzstan and
    Azerbaijan it fell short of $100 million"), else None."""
    two = _segment_pair(doc, s, start, end)
    if two is None or set(two) & set(pair) or not (_TRADE.search(segment) or _SAME_TRADE_BACK.search(segment)):
        return None
    first = next(m for m in doc.mentions(s) if m.iso3 == two[0] and m.start - s.start >= start)
    # "…, while trade with Kyrgyzstan and Uzbekistan topped $1 billion each": partners of the state before, no pair
    at = first.start - s.start
    return None if _PARTNER_WITH_BEFORE.search(s.text, max(0, at - 6), at) else two


_PARTNER_WITH_BEFORE = re.compile(r"\b(?:with|с|со)\s+$", re.I)  # right before a state: a partner, "trade with Kyrgyzstan"


# Round 21: goods sent from a state are its export, whichever state the sentence named first.
_SENT_FROM = re.compile(r"\b(?:goods|products)\s+(?:sent|shipped|supplied|delivered)\s+from\s+", re.I)
SENT_FROM_GAP = 12  # characters between "from" and the state's name ("the", "Northern")


def _sent_from(doc: Document, s, start: int, segment: str, pair: tuple[str, str]) -> tuple[str, str] | None:
    """The `pair` ordered with the state goods were sent from first (_SENT_FROM in `segment`, at `start` in sentence
    `s`), or None when the segment tells no sender of the pair."""
    m = _SENT_FROM.search(segment)
    if m is None:
        return None
    at = start + m.end()
    sender = next((n.iso3 for n in doc.mentions(s) if at <= n.start - s.start <= at + SENT_FROM_GAP), None)
    if sender not in pair:
        return None
    return (sender, pair[1] if pair[0] == sender else pair[0])


def _named_from(doc: Document, s, code: str, start: int) -> int:
    """Where in sentence `s` the state `code` is first named at or after `start` (else `start`)."""
    return next((m.start - s.start for m in doc.mentions(s) if m.iso3 == code and m.start - s.start >= start), start)


def _owner_before(doc: Document, s, start: int, pair: tuple[str, str], other: str) -> str:
    """Which state of the figure before's `pair` trades with `other` in a further clause: the one named since the amount
    before (at `start`) and before `other` ("Trade between Türkiye and Hungary hit $6.1 billion …, adding that Hungary's
    trade with Kazakhstan was $1.3 billion": Hungary), else the pair's first ("товарооборот Казахстана с Узбекистаном …,
    с Кыргызстаном – 1,43 млрд")."""
    named = [m for m in doc.mentions(s) if start <= m.start - s.start]
    first_other = next((m.start for m in named if m.iso3 == other), None)
    owners = [m.iso3 for m in named if m.iso3 in pair and (first_other is None or m.start < first_other)]
    if owners:
        return owners[-1]
    if joined := _joined_to_other(doc, named, pair, other):
        return joined
    # a ranking of one state's partners: "Uzbekistan was Turkmenistan's third-largest trade partner with $1.2 billion,
    # after China ($10.1 billion) and Türkiye ($2.1 billion)": Turkmenistan's
    return next((m.iso3 for m in doc.mentions(s) if m.iso3 in pair and m.end - s.start < start
                 and (_PARTNER_OF_AFTER.match(doc.text, m.start) or _PARTNER_OF_BEFORE.search(doc.text, m.start - 40,
                                                                                           m.start))), pair[0])


# Round 26: a pair told as joined adjectives or names, the other first: "…, while Kazakh-Azerbaijani turnover slipped to
# just under $300 million" after Uzbekistan's trade with Azerbaijan (Azerbaijan's, not Uzbekistan's), "Kazakh–Azerbaijani";
# Russian joins a combining form's stem by "о-" ("а кыргызско-таджикский — около 100 млн": places reads "кыргызск").
_JOINING_DASHES = frozenset({"-", "–", "—", "о-"})


def _joined_to_other(doc: Document, named: list, pair: tuple[str, str], other: str) -> str | None:
    """The state of `pair` joined to `other` by a dash in the mentions `named` ("Kazakh-Azerbaijani"), else None."""
    ends = [m.end for m in named if m.iso3 == other]
    return next((m.iso3 for m in named if m.iso3 in pair
                 and any(0 < m.start - end <= 2 and doc.text[end:m.start] in _JOINING_DASHES for end in ends)), None)


# Whose partners a ranking lists: "Turkmenistan's third-largest trade partner", Azerbaijani "Azərbaycanın ən böyük
# ticarət tərəfdaşları", Turkish "Türkiye'nin en büyük ikinci ticaret ortağı", Russian "торговым партнером Туркменистана".
_PARTNER_OF_AFTER = re.compile(r"[\w-]+?(?:'s|’s|'n[ıiuü]n|'[ıiuü]n|[ıiuü]n)\s+(?:[\w-]+\s+){0,3}(?:partner|tərəfdaş|ortağ)",
                               re.I)  # matched at the state's name
_PARTNER_OF_BEFORE = re.compile(r"партн[её]р\w*\s+$", re.I)

# A later clause that is only "with" a partner, the trade and its verb left out: "…, and with Kazakhstan $4.4 billion",
# Russian "…, а с Казахстаном – 4,4 млрд".
_ONLY_WITH = re.compile(r"[\s,;]*(?:(?:and|but|while|а|и|но)\s+)?(?:with|с|со)\s+(?:the\s+)?", re.I)
_ONLY_WITH_AFTER = re.compile(r"\w{0,3}[\s,:–—-]*(?:(?:it\s+)?(?:was|stood\s+at|reached|came\s+to|составил\w*)\s+)?"
                              r"(?:(?:около|почти|более|свыше|about|around|nearly|almost|over|more\s+than|some|roughly)\s+)?",
                              re.I)


def _partner_alone(doc: Document, s, start: int, segment: str) -> bool:
    """Is the text since the amount before (at `start`), from its last comma before the state on (what stands before is
    the amount before's: " in 2024, and with Kazakhstan "), only "with" one state before the next amount
    (_ONLY_WITH, _ONLY_WITH_AFTER)?"""
    named = [m for m in doc.mentions(s) if start <= m.start - s.start and m.end - s.start <= start + len(segment)]
    if len(named) != 1:
        return False
    at, end = named[0].start - s.start - start, named[0].end - s.start - start
    comma = max(segment.rfind(",", 0, at), segment.rfind(";", 0, at), 0)
    return bool(_ONLY_WITH.fullmatch(segment, comma, at) and _ONLY_WITH_AFTER.fullmatch(segment, end))


def _later_partners(doc: Document, s, pair: tuple[str, str], amounts: list[money.Amount], published: date,
                    resolver: Resolver, outlet: str) -> list[FigureFound]:
    """The figures of a sentence whose first pair is outside the ties, given by its later clauses each naming trade with
    one other state (_other_partner): "Kazakhstan's commerce with China, which reached a record US$43.8 billion in
    2024, or with Uzbekistan, …, whose trade with its northern neighbour topped US$4.4 billion last year" → KAZ–UZB.
    Each of the first state and that one, with its clause's period (else the sentence's), flow and growth."""
    out = []
    for i, (before, amount) in enumerate(zip(amounts, amounts[1:]), start=1):
        segment = s.text[before.end:amount.start]
        if not _TRADE.search(segment) and not _partner_alone(doc, s, before.end, segment):
            continue
        other = _other_partner(doc, s, before.end, amount.start, pair, segment, published)
        if not other or not places.TIE_CODES.issuperset((pair[0], other)):
            continue
        period = when.period_in(segment, published) or when.period_in(s.text, published, s.check)
        if period is None:
            continue
        growth = money.growth_in(s.text[before.end:amounts[i + 1].start if i + 1 < len(amounts) else len(s.text)])
        out.append(FigureFound("trade", (pair[0], other), amount.usd_m, amount.qualifier,
                               (s.start + amount.start, s.start + amount.end), 0.75, period=period[0],
                               flow=_flow(segment, lowered(segment)) or "turnover",
                               growth_pct=growth[0] if growth else None,
                               stated_by=_stated_by(s.text, s.check, (pair[0], other), resolver, outlet),
                               rule=f"figure: {amount.rule}, a later clause's partner, period {period[0]!r}"))
    return out


# A trade sentence naming no state of the ties may still name its partner, one the places do not know: "trade with
# Italy", Azerbaijani "İtaliya ilə ticarət", Turkish "İtalya ile", Russian "с Италией". Its figure is that
# partner's, not the article's pair's (a round-up of a country's partners: "Siyahıya İtaliya başçılıq edir").
# (English also where a flow goes: "exports to Italy", "imports from the United States"; not a currency: "trade to
# US$1 billion", "to USD 500 million")
# (round 44: the trade word may open the sentence, "Trade with Italy …", "Торговля с Российской Федерацией …")
_WITH_PARTNER = re.compile(r"\b(?i:trade|turnover|exports?|imports?)\s+(?:with|to|from)\s+(?:the\s+)?"
                           # round 44: a state's formal name, "with the Republic of Kazakhstan": the name after "of"
                           r"(?:(?:Republic|Kingdom|Federation|Sultanate|State)\s+of\s+(?:the\s+)?)?"
                           # round 21: not a description standing for the partner already named, "imports from the
                           # Central Asian country came to about $78 million", "exports to the Caucasian republic"
                           r"(?P<en>(?!(?:US|USD|EUR|AZN|KZT|UZS|TRY)\b)"
                           # (round 51, trade gaps: or a neighbour, "turnover with the Caspian neighbour")
                           r"(?![A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+"
                           r"(?:country|state|republic|nation|neighbou?r|partner)\b)"
                           r"[A-Z][\w-]+)"
                           r"|(?P<az>[A-ZÇƏĞİÖŞÜ][\w'’-]+)\s+(?:ilə|ile)\s+(?:\w+\s+){0,2}?(?:ticarət|ticaret|dövriyyə)"
                           r"|\b(?i:товарооборот\w*|торговл\w*)\s+(?:[А-ЯЁ][а-яё]+\s+)?с\s+(?P<ru>[А-ЯЁ][а-яё]+)"
                           # the owner of the trade, a state the places do not know: "India's own trade with
                           # Uzbekistan was around $760 million", "Pakistan's exports to Kazakhstan"
                           # (a lookahead: the partner after it is matched too, "Azerbaijan's exports to Italy")
                           r"|\b(?P<owner>[A-Z][\w-]+)['’]s(?=\s+(?:\w+\s+)?(?:trade|turnover|exports?|imports?)\s+"
                           r"(?:with|to|from)\s)")
_WITH_PARTNER_WORDS = ("with", "to ", "from ", "ilə", "ile", " с ", "'s", "’s")  # one is in every _WITH_PARTNER match, as
# cheap.lowered() has it


def _without_outsiders_after(doc: Document, s, codes: list[str], amounts: list[money.Amount]) -> list[str]:
    """`codes` without a state outside the ties named only in a later clause after the last amount that names no trade
    (_LATER_CLAUSE): "our trade with Azerbaijan rose by 27 percent to more than $560 million, and a large share of it
    travels through Georgia" names Azerbaijan alone ("…, making Azerbaijan Georgia's fourth-largest trading partner"
    still names Georgia; so does "Trade between the OTS member states reached $43 billion, a fraction of what each does
    with China", with no state of the ties before it)."""
    clause = _LATER_CLAUSE.search(s.text, amounts[-1].end)
    if clause is None or _TRADE.search(s.text, clause.end()):
        return codes
    after = {m.iso3 for m in doc.mentions(s) if m.start - s.start >= clause.end()}
    before = {m.iso3 for m in doc.mentions(s) if m.start - s.start < clause.end()}
    kept = [code for code in codes if code in before or code in places.TIE_CODES or code not in after]
    return kept if kept else codes  # none of the ties before it: whose trade it is stays as told


_FIGURES_WORD = re.compile(r"\b(?:figures?|data|statistics|numbers|данные|данных|цифры|статистик\w*)\b", re.I)
_TOPIC_CLAUSE = re.compile(r",\s(?=[^,.;]{1,80}?\s(?:isə|ise)\s)", re.I)  # "…, X ilə ticarət isə …"
# Round 69 (tuik69, dev/1120): a Turkish or Azerbaijani "while" converb closing the first clause, "… 5 milyar doları
# aşarken, en hızlı büyüme Özbekistan ile yaşandı" ("-(y)ken", "-(y)kən"), and a later clause telling where trade grew
# (its growth as a noun, no figure): the states it names are no pair of the amount.
_WHILE_CONVERB_CLAUSE = re.compile(r"(?<=\w)(?:ken|kən),\s", re.I)
_GROWTH_NOUN = re.compile(r"\b(?:growth|büyüme\w*|artış\w*|artım\w*|рост\w*)", re.I)


def _partners_without_figure(doc: Document, s, amounts: list[money.Amount]) -> int | None:
    """Round 48 (trade B): where a later clause after the last amount opens (a conjunction, _CONJUNCTION_CLAUSE) that
    tells the trade of the states it names with no figure, the text before it naming one state ("Exports to
    Kazakhstan were just over $0.4 million, while trade with Uzbekistan, Turkmenistan and Hungary remained negligible":
    Kazakhstan's alone, with the release's home; Azerbaijani and Turkish "…, Macarıstan və Tacikistanla ticarət isə
    cüzi qalıb", its topic marked by "isə"/"ise", _TOPIC_CLAUSE); else None."""
    clause = _CONJUNCTION_CLAUSE.search(s.text, amounts[-1].end) or _TOPIC_CLAUSE.search(s.text, amounts[-1].end)
    if clause is None and (clause := _WHILE_CONVERB_CLAUSE.search(s.text, amounts[-1].end)) is not None \
            and not _GROWTH_NOUN.search(s.text, clause.end()):
        clause = None  # round 69: "…aşarken, en hızlı büyüme Özbekistan ile yaşandı"
    if clause is None or not (_TRADE.search(s.text, clause.end()) or _FIGURES_WORD.search(s.text, clause.end())
                              or _GROWTH_NOUN.search(s.text, clause.end())):
        return None  # (round 50: or their figures, "…, while figures for Northern Cyprus are not reported separately")
    before = {m.iso3 for m in doc.mentions(s) if m.start - s.start < clause.start()}
    return clause.start() if len(before) == 1 else None


# Round 62 (trade62a): a lead telling several partners' trade with no figure in a first clause, then one partner's
# figure in a later clause marked as the next topic ("Türkiyə, Türkmənistan və Qazaxıstanla ticarətdə artım davam
# edib, Macarıstanla dövriyyə isə 300 milyon dollara yaxınlaşıb"; "…, while trade with Hungary neared $300 million",
# "…, а товарооборот с Венгрией приблизился к 300 млн долларов").
_LATER_TOPIC_WORDS = ("isə", "ise", "while", "whereas", " а ", " но ")  # as cheap.lowered() has them; one is in
_LATER_TOPIC = re.compile(r"[,;]\s+(?:(?:while|whereas|а|но)\s+[^,.;]*|[^,.;]*?\s(?:isə|ise)\s[^,.;]*)$",
                          re.I)  # the clause from its break up to the first amount


def _partners_of_a_later_clause(doc: Document, s, amounts: list[money.Amount]) -> list[str] | None:
    """The states (one or two) the clause of the first amount names when that clause opens a later topic
    (_LATER_TOPIC) after a first clause that tells trade with other states and no figure, with the state of the
    report's language before a lone partner when nothing else tells the home ("Türkiyə ilə ticarət artıb, Macarıstanla
    dövriyyə isə …": Azerbaijan's, _home_of_language); else None (each state then read as told)."""
    if not any(word in s.check for word in _LATER_TOPIC_WORDS):
        return None
    m = _LATER_TOPIC.search(s.text, 0, amounts[0].start)
    if m is None or not _TRADE.search(s.text, 0, m.start()):
        return None
    mentions = doc.mentions(s)
    later = list(dict.fromkeys(x.iso3 for x in mentions if m.start() <= x.start - s.start < amounts[0].start))
    before = [x for x in mentions if x.start - s.start < m.start()]
    earlier = {x.iso3 for x in before}
    if not 1 <= len(later) <= 2 or not earlier or earlier.intersection(later):
        return None
    owner = next((x.iso3 for x in before if _owns_trade(doc.text, x)), None)
    if len(later) == 1 and owner:  # "Azerbaijan's gas exports to Europe doubled, while its trade with Turkey …"
        return [owner, later[0]]
    if len(earlier) < 2 and not all(_after_with(doc, x) for x in before):
        return None  # one state named, not as a partner: the subject "its" may point back to
    if len(later) == 1 and (home := _home_of_language(s.text)) and home not in earlier and home != later[0] \
            and _lead_home(doc, s.start) is None:
        return [home, later[0]]
    return later


# Round 70 (factcheck70, dev/1122): so too states outside the ties named only in an opening aside on the times, before
# a subject that is a bare trade noun: "In 2022, at the height of the re-export boom that followed sanctions on Russia,
# turnover reached nearly $2.4 billion" (a figure of the pair told before; Russia is no partner), "Amid the war in
# Ukraine, trade rose to …". A partner named after the trade noun ("…, trade with China rose") is no aside's.
_CONTEXT_ASIDE_BEFORE_TRADE = re.compile(r"(?:^\W*|,\s+)(?:at\s+the\s+(?:height|peak|start|end)\s+of|amid|after|"
                                         r"following|during|before|when)\s[^,;]{3,120},\s+"
                                         r"(?=(?:the\s+)?(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade|turnover)\s"
                                         r"(?!with\b|between\b))", re.I)


def _outsiders_only_in_an_aside(doc: Document, s, sentence: str, amounts: list[money.Amount]) -> bool:
    """Round 47: does a sentence telling the two's own trade before its first amount ("Bilateral trade reached …",
    _OF_THE_TWO) name states outside the ties only in a later clause after its last amount ("…, more than double the
    $298 million recorded in 2021, the last year before the war in Ukraine reshaped both countries' trade routes")?
    Then the outsiders are the aside's, no partner of the figures (trade with one is named before its amount:
    "Bilateral trade with Georgia reached …" keeps Georgia). Round 70: or only in an opening aside on the times
    before a bare trade noun (_CONTEXT_ASIDE_BEFORE_TRADE)."""
    if (aside := _CONTEXT_ASIDE_BEFORE_TRADE.search(sentence, 0, amounts[0].start)) is not None \
            and all(aside.start() <= m.start - s.start < aside.end() for m in doc.mentions(s)):
        return True  # round 70 (factcheck70): only in an opening aside on the times, the subject a bare trade noun
    if not _OF_THE_TWO.search(sentence, 0, amounts[0].start) or _A_GROUP.search(sentence, 0, amounts[0].start):
        return False  # "Trade between the OTS member states reached $43 billion, a fraction of what … with China"
    clause = _LATER_CLAUSE.search(sentence, amounts[-1].end)
    return clause is not None and all(m.start - s.start >= clause.end() for m in doc.mentions(s))


def _unknown_partner(sentence: str, check: str) -> bool:
    """Does a trade sentence that names no state of the ties name a partner the places do not know?"""
    if not any(word in check for word in _WITH_PARTNER_WORDS):
        return False
    return any(not places.is_place_word(next(g for g in m.groups() if g)) and not _person_named(sentence, m)
               and not _state_by_republic(sentence, m) for m in _WITH_PARTNER.finditer(sentence))


# Round 44 (trade-az): a state named by its words and "Republic" ("Qırğız Respublikası ilə ticarət dövriyyəsi",
# "Şimali Kipr Türk Respublikası ilə dövriyyə"): the word before "ilə" is the republic noun, no partner of its own
_REPUBLIC_NOUN = re.compile(r"(?:Respublika|Cumhuriyet)\w*", re.I)
_NAME_RUN_BEFORE = re.compile(r"(?:[A-ZÇƏĞİÖŞÜ][\w'’-]*\s+){1,3}$")


# Round 64 (trade64a): Russian puts the republic noun first, declined, and the state's name after it undeclined
# ("товарооборот с Республикой Казахстан", "торговля с Республикой Узбекистан"): dev/1050
_REPUBLIC_NOUN_RU = re.compile(r"Республик\w*")
_NAME_AFTER_REPUBLIC_RU = re.compile(r"\s+[А-ЯЁ][а-яё-]+")


def _state_by_republic(sentence: str, m: re.Match) -> bool:
    """Is the Azerbaijani or Turkish partner of a _WITH_PARTNER match a republic noun of a state's name (the
    capitalized words right before it, with it, name a place: "Qırğız Respublikası", "Şimali Kipr Türk
    Respublikası"), or the Russian partner one whose next word names a place ("с Республикой Казахстан")?"""
    if m["ru"] and _REPUBLIC_NOUN_RU.fullmatch(m["ru"]):
        name = _NAME_AFTER_REPUBLIC_RU.match(sentence, m.end("ru"))
        return name is not None and places.is_place_word(name.group().strip())
    if not m["az"] or not _REPUBLIC_NOUN.fullmatch(m["az"]):
        return False
    run = _NAME_RUN_BEFORE.search(sentence, 0, m.start("az"))
    return run is not None and bool(places.mentions(sentence[run.start():m.end("az")]))


def _unknown_partner_clause(doc: Document, s, segment: str, check: str, start: int) -> bool:
    """Is an amount's own clause (`segment`, the text since the amount before, at `start`) of a sentence naming two states
    about a partner the places do not know, with at most one state of its own ("Azerbaijan's exports to Italy reached
    $12 billion in 2024, while exports to Turkey stood at $3 billion": the first amount is Italy's)?"""
    if not _unknown_partner(segment, check):
        return False
    return len({m.iso3 for m in doc.mentions(s) if start <= m.start - s.start < start + len(segment)}) < 2


def _outside_partner_clause(doc: Document, s, segment: str, start: int) -> bool:
    """Is the amount's own clause (the last clause of `segment`, the text since the amount before, at `start`) the trade
    of states outside the ties only ("…, and its trade in grain with Georgia reached $100 million")?"""
    clauses = list(_LATER_CLAUSE.finditer(segment))
    if not clauses:
        return False
    at = start + clauses[-1].end()
    named = {m.iso3 for m in doc.mentions(s) if at <= m.start - s.start < start + len(segment)}
    return bool(named) and not (named & places.TIE_CODES) and bool(_TRADE.search(segment, clauses[-1].end()))


_TOTAL_LEAD = re.compile(r"\b(?:total|overall)\s+(?:foreign\s+|external\s+)?(?:trade|turnover)\b"
                         r"|\bforeign\s+trade\b(?!\s+(?:with|between))"
                         r"|\b(?:trade|turnover)\s+with\s+(?:the\s+)?(?:OTS|CIS|EU|Turkic|member|world)\b"
                         # round 24: Russian, Azerbaijani and Turkish, "…, а общий внешнеторговый оборот республики — $34 млрд"
                         r"|\bвнешнеторгов\w+\s+оборот\w*|\bxarici\s+ticarət\s+dövriyyə\w*|\bdış\s+ticaret\s+hacm\w*", re.I)
# Round 44 (trade-az): what stands between a partner "with" whom and the trade words right after it,
# "Qazaxıstanla xarici ticarət dövriyyəsi", "Türkiyə ilə xarici ticarət", "Kırgız Cumhuriyeti ile dış ticaret":
# foreign trade with that state, no total (_after_with tells the partner)
_TO_TRADE_AFTER_PARTNER = re.compile(r"(?:(?:\s+[A-ZÇƏĞİÖŞÜ]\w*)?\s+(?:Respublikası|Cumhuriyeti))?\s+(?:il[əe]\s+)?")


def _partner_right_before(doc: Document, s, at: int) -> bool:
    """Is a state named as a partner "with" whom right before `at` (in the sentence `s`), nothing else between?"""
    return any(_TO_TRADE_AFTER_PARTNER.fullmatch(doc.text, m.end, s.start + at) and _after_with(doc, m)
               for m in doc.mentions(s) if m.end <= s.start + at)


def _total_words_of_a_partner(doc: Document, s, text: str) -> bool:
    """Does each group's or total's word of `text` (the sentence `s`, maybe with asides blanked) follow a state named
    as a partner "with" whom ("Türkiyə ilə xarici ticarət dövriyyəsi": the trade with Türkiye, no world total)?"""
    matches = list(_GROUP_OR_TOTAL.finditer(text))
    return bool(matches) and all(_partner_right_before(doc, s, m.start()) for m in matches)


_TOTAL_LEAD_WORDS = ("total", "overall", "foreign trade", "with", "внешнеторгов", "xarici ticarət",
                     "diş ticaret")  # one is in every _TOTAL_LEAD match, as cheap.lowered() has it


# "Trade" as a word of a name: "the Baku International Sea Trade Port plans to invest around $110 million", "World
# Trade Organization", Azerbaijani "Dəniz Ticarət Limanı"; a minister's or ministry's title, "Turkish Trade Minister Mehmet
# Muş told the forum that contractors had completed projects worth $8 billion", "Minister of Trade", Turkish "Ticaret
# Bakanı", Azerbaijani "Ticarət Naziri". A sentence whose every trade word is one is no trade sentence.
_TRADE_IN_NAME = re.compile(r"\b(?:Trade|Ticarət|Ticaret)\s+(?:Port|Organi[sz]ation|Cent(?:er|re)|House|Mission|Zone|Fair|"
                            r"Limanı|Mərkəzi|Merkezi|Evi|Palatası|Odası|Minister|Ministry|Bakanı|Bakanlığı|Naziri|"
                            r"Nazirliyi)\b|\b(?:Minister|Ministry)\s+of\s+(?:Foreign\s+)?Trade\b")


# An amount lent is no trade: "opened a credit line of $100 million", "a $50 million loan", "kredit xətti",
# "kredi hattı" (a bank's name with "Export" in it does not make it an export).
_LENT_BEFORE = re.compile(r"\b(?:credit\s+lines?|lines?\s+of\s+credit|loans?|credits?)\s+(?:of|worth|totall?ing)\s+"
                          r"(?:(?:about|around|roughly|some|up\s+to|over|more\s+than)\s+)?$", re.I)
# Round 99 (q3): so is a credit of any kind after the amount, "The $50 million export credit framework he signed with
# Tajikistan's finance ministry" (dev/1470: no export of $50 million), not only a credit line
_LENT_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:credits?|loans?|kredit\s+xətt\w*|kredi\s+hatt\w*|kredit\w*|kredi\w*)\b",
                         re.I)


# Round 50: the amount of a relative clause on a state's whole trade is no pair's, whatever states the sentence names:
# "…, with a share of 17.9% of the country's foreign trade, which totalled $38.2bn", "… внешнеторгового оборота страны,
# который составил 58,4 млрд долларов".
_TOTAL_WHICH = re.compile(r"(?:(?:foreign|external|total|overall)\s+(?:trade|turnover)(?:\s+turnover)?"
                          r"|внешнеторгов\w+\s+оборот\w*(?:\s+страны|\s+[А-ЯЁ]\w+)?"
                          r"|внешней\s+торговли(?:\s+страны|\s+[А-ЯЁ]\w+)?)"
                          r",?\s+(?:which|что|который|которая|которое)\s+(?:has\s+|had\s+)?"
                          r"(?:totall?ed|amounted\s+to|stood\s+at|reached|came\s+to|was|составил\w*|достиг\w*)\s+"
                          r"(?:(?:about|around|nearly|almost|over|some|около|почти|более)\s+)?$", re.I)
_TOTAL_WHICH_WORDS = ("which", "котор", "что")  # as cheap.lowered() has them; one is in every _TOTAL_WHICH match
TOTAL_WHICH_BEFORE = 90  # characters before the amount where the total's words and "which" stand


def _total_which(sentence: str, amount: money.Amount) -> bool:
    """Is the amount a state's whole trade told in a relative clause after its words (_TOTAL_WHICH)?"""
    return bool(_TOTAL_WHICH.search(sentence, max(0, amount.start - TOTAL_WHICH_BEFORE), amount.start))


def _lent(sentence: str, amount: money.Amount) -> bool:
    """Whether the amount is one lent (_LENT_BEFORE, _LENT_AFTER), not traded."""
    return bool(_LENT_BEFORE.search(sentence[max(0, amount.start - 40):amount.start])
                or _LENT_AFTER.match(sentence, amount.end))


# An amount that is the value of deals, investment or projects is no trade either: "signed agreements worth $3 billion
# during the visit, and trade between them reached $3.5 billion", "$2 billion in investment", Russian "соглашения на
# сумму 3 млрд долларов", "инвестиции в размере", Turkish "3 milyar dolarlık anlaşma", Azerbaijani "1 milyard dollarlıq
# investisiya/saziş/layihə".
_DEAL_BEFORE = re.compile(r"\b(?:agreements?|deals?|contracts?|projects?|investments?|memorand\w+|packages?|"
                          r"соглашени\w+|контракт\w*|инвестици\w+|проект\w*|сделк\w+)\s+(?:\w+\s+){0,2}?"
                          r"(?:worth|valued\s+at|totall?ing|amounting\s+to|на\s+сумму|стоимостью|в\s+размере|объ[её]мом)\s+"
                          r"(?:(?:about|around|roughly|some|up\s+to|over|more\s+than|nearly|almost|около|более|свыше|почти)\s+)?$"
                          # round 18: the verb, "Turkish companies have invested $15 billion in Kazakhstan, while trade …",
                          # Russian "вложили/инвестировали 15 млрд долларов"
                          r"|\b(?:invested|investing|invests?|вложил\w*|вложено|инвестировал\w*|инвестировано)\s+"
                          r"(?:(?:a\s+total\s+of|about|around|roughly|some|over|more\s+than|nearly|almost|около|более|свыше|"
                          r"почти)\s+)?$", re.I)
_DEAL_AFTER = re.compile(r"\s+(?:in|of)\s+(?:\w+\s+)?(?:investments?|deals?|contracts?|agreements?|projects?)\b"
                         r"|\w{0,4}\s+(?:\w+\s+)?(?:anlaşma|yatırım|proje|sözleşme|saziş|müqavilə|investisiya|layihə|"
                         r"sərmayə)", re.I)
_DEAL_WORDS = ("agreement", "deal", "contract", "project", "invest", "memorand", "package", "соглашени", "контракт",
               "инвестици", "инвестирова", "вложи", "вложен", "проект", "сделк", "anlaşma", "yatirim", "proje", "sözleşme", "saziş", "müqavilə",
               "layihə", "sərmayə")  # as cheap.lowered() has them; one is in every _DEAL_BEFORE/_AFTER match


# Round 83 (h6): an amount told as one that will pass into trade later is no trade yet, "Bu 150 milyon doların tamamı
# önümüzdeki iki yılda ticarete yansıyacak" (the deals signed at a fair; dev/1285), "ticarete dönüşecek", Azerbaijani
# "ticarətə çevriləcək", "these $150 million will translate into trade": the verb after the amount, in its clause.
# (the future or a verbal noun only: "ticarete yansıdı", was reflected, tells trade done)
_INTO_TRADE_LATER = re.compile(r"[^.;:]{0,80}?\b(?:ticarete\s+(?:yansı|dönüş)(?:yacak|yacağ|ecek|eceğ|ma|me)\w*"
                               r"|ticarətə\s+(?:çevril|əks\s+olun)(?:əcək|əcəy|acaq|acağ|ma|mə)\w*"
                               r"|(?:will|would|is\s+to|are\s+to)\s+(?:\w+\s+)?(?:translate|turn)\s+into\s+"
                               r"(?:actual\s+)?trade"
                               r"|(?:will|would)\s+be\s+reflected\s+in\s+trade)\b", re.I)
_INTO_TRADE_LATER_WORDS = ("ticarete", "ticarətə", "into trade", "in trade")  # as cheap.lowered() has them
_DEAL_OR_LATER_WORDS = _DEAL_WORDS + _INTO_TRADE_LATER_WORDS  # the gate of _deal_value


def _deal_value(sentence: str, amount: money.Amount) -> bool:
    """Whether the amount is the value of deals, investment or projects (_DEAL_BEFORE, _DEAL_AFTER), or one that will
    pass into trade later (_INTO_TRADE_LATER), not traded."""
    return bool(_DEAL_BEFORE.search(sentence[max(0, amount.start - 60):amount.start])
                or _DEAL_AFTER.match(sentence, amount.end)
                or _INTO_TRADE_LATER.match(sentence, amount.end))


# Round 78 (squote78): the total word of a deal's value ("Türk müteahhitlik firmaları … toplam değeri 52 milyar doları
# aşan projeler üstlendi", the projects' total value; "ümumi dəyəri", "a total value of", "общей стоимостью") names the
# projects' sum, no trade total: a target or figure of the pair later in the sentence stays the pair's (dev/1220)
_TOTAL_VALUE_BEFORE = re.compile(r"\b(?:toplam|ümumi|total|общ\w+)\s+(?:değer\w*|dəyər\w*|value\s+of|стоимост\w*)\s+"
                                 r"(?:(?:about|around|over|more\s+than|nearly|almost|yaklaşık|около|более|свыше)\s+)?$",
                                 re.I)


def _without_total_of_deals(text: str, deals: list[money.Amount]) -> str:
    """`text` (the sentence, or a start of it) with the total word before each deal's value (_TOTAL_VALUE_BEFORE)
    blanked out, so _about_group_or_world reads no total there."""
    for deal in deals:
        if deal.start <= len(text) and (m := _TOTAL_VALUE_BEFORE.search(text, max(0, deal.start - 40), deal.start)):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def _trade_only_in_names(sentence: str) -> bool:
    if "Trade" not in sentence and "Ticar" not in sentence:  # every _TRADE_IN_NAME match holds one
        return False
    names = [m.span() for m in _TRADE_IN_NAME.finditer(sentence)]
    return bool(names) and all(any(a <= m.start() < b for a, b in names) for m in _TRADE.finditer(sentence))


# Round 20: a line that links another report ("Oxşar xəbər: …", "Oxu: …", "Читайте также: …", "İlgili Haber: …", "Read
# also: …") gives that report's headline: its amount is no figure of this article's pair (nor of the partner just reported).
# Round 71 (docs0): the plural label too ("Oxşar xəbərlər: … memorandum imzalayıb", dev/50); visits read it as well, a
# signing in another report's headline being none of the article's visits' (visits._uncounted_signings)
_LINK_LINE = re.compile(r"^\W*(?:oxşar\s+xəbər(?:lər)?|oxu|oxuyun|"
                        r"həmçinin\s+oxu\w*|читайте\s+также|читайте\s+по\s+теме|"
                        r"смотрите\s+также|по\s+теме|ilgili\s+haber|ilgili\s+haberler|benzer\s+haber|bunu\s+da\s+okuyun|"
                        r"read\s+also|also\s+read|read\s+more|see\s+also|related)\s*:")
_LINK_LINE_CHARS = 30  # characters: the label ends with its colon within them


def _links_another_story(check: str) -> bool:
    """`check` (cheap.lowered sentence) opens with a label linking another report (_LINK_LINE)."""
    return ":" in check[:_LINK_LINE_CHARS] and bool(_LINK_LINE.match(check))


# Round 74 (visits74): a block of links closing the article, a heading line with no colon (or one at its end) and
# then other reports' headlines line by line ("Related coverage\n\nTurkey's exports to Uzbekistan jump 21% to $2.4
# billion in 2025\n\nKazakhstan's Tokayev says …", dev/1174; "Related stories", "Читайте также", "Oxşar xəbərlər"):
# every amount after the heading is another report's.
_LINK_HEADING = re.compile(r"^[^\S\n]*(?:related(?:\s+(?:coverage|stories|news|articles|reading))?|read\s+also"
                           r"|also\s+read|read\s+more|see\s+also|more\s+on\s+this\s+story|читайте\s+также"
                           r"|по\s+теме|oxşar\s+xəbər(?:lər)?|ilgili\s+haber(?:ler)?|benzer\s+haber(?:ler)?)"
                           r"[^\S\n]*:?[^\S\n]*$", re.I | re.M)
_LINK_HEADING_WORDS = ("related", "read", "see also", "more on", "читайте", "по теме", "oxşar", "ilgili", "benzer")
_LINKED_HEADLINE_CHARS = 160  # a linked headline is one short line: a longer one is the report's own text again


def links_block_start(text: str) -> int:
    """Where a closing block of links (_LINK_HEADING, then only short lines to the text's end) opens; the text's
    length when it has none."""
    low = text.lower()
    if not any(word in low for word in _LINK_HEADING_WORDS):
        return len(text)
    heading = None
    for heading in _LINK_HEADING.finditer(text):
        pass
    if heading is None:
        return len(text)
    lines = [line for line in text[heading.end():].split("\n") if line.strip()]
    if lines and all(len(line) <= _LINKED_HEADLINE_CHARS for line in lines):
        return heading.start()
    return len(text)


# Round 69 (khujand69): a correction note tells what an earlier version of the report got wrong, "Уточнение: в
# первоначальной версии материала ошибочно указано, что товарооборот … составил 450,3 млн долларов" (dev/1115), "An
# earlier version of this story incorrectly stated that trade reached $450 million": the figure it names is the wrong
# one and gives no record (the right one is told in the article or in the note's next sentence, with no trade word).
# The form: an adverb of error right before a verb of telling (a passive or a past tense), so an error of the deed
# ("the cargo was wrongly routed") is none.
# (Turkish and Azerbaijani tell the verb last: "yanlışlıkla … olarak belirtilmiştir", "səhvən … göstərilib".)
_WRONGLY_TOLD = re.compile(r"\b(?:(?:ошибочно|неверно|ошибкой|по\s+ошибке|erroneously|incorrectly|mistakenly|wrongly)"
                           r"\s+(?:(?:было|был[аи]?|had|was|were|been)\s+){0,2}"
                           r"(?:указан\w*|сообща\w*|сообщен\w*|написан\w*|говорилось|приведен\w*|назван\w*|"
                           r"stated|reported|said|given|gave|put|cited|quoted|named)"
                           r"|(?:yanlışlıkla|sehven|səhvən)\s[^.;]{0,120}?"
                           r"(?:belirtil|yazıl|veril|göstəril|qeyd\s+edil)\w*)\b", re.I)
_WRONGLY_WORDS = ("ошибочно", "неверно", "ошибкой", "ошибке", "erroneously", "incorrectly", "mistakenly", "wrongly",
                  "yanlişlikla", "sehven", "səhvən")  # as cheap.lowered() has them; one is in every _WRONGLY_TOLD match
# or the note names the report's earlier version with no word of error ("В первоначальной версии материала товарооборот
# … был указан как …", "An earlier version of this article gave trade … as …", "Haberin ilk versiyonunda …")
_EARLIER_VERSION = re.compile(r"\b(?:(?:первоначальн|предыдущ|прежн|ранн)\w+\s+(?:редакци|верси)и\s+(?:материала|"
                              r"статьи|заметки|новости|публикации|текста)"
                              r"|(?:earlier|previous|original|initial)\s+version\s+of\s+(?:this|the)\s+"
                              r"(?:article|story|report|item|piece|text)"
                              r"|(?:haberin|xəbərin|məqalənin)\s+ilk\s+(?:versiyon|versiya)\w*)\b", re.I)
_EARLIER_VERSION_WORDS = ("верси", "редакци", "version", "versiyon", "versiya")  # one is in every match


# Round 95 (t1): a reader's question in a written Q&A ("Ask Me Anything"), a paragraph opened by the asker's label
# and "asks:" ("@erlan_trade asks: A Turkish TV channel said trade passed $6 billion last year. Who is right?",
# dev/1422; "@madina.zh asks:", "Читатель спрашивает:", "Okurumuz soruyor:"): a figure it relays is the asker's
# hearsay, told as no fact (the answer below it tells the figure); an interviewer's question labelled "Q:" is no such
# label.
_ASKS_LABEL = re.compile(r"[^\S\n]*(?:[^\n.:!?]|\.(?=\S)){1,40}?"
                         r"\s(?:asks|asked|спрашивает|спросил\w*|soruyor|sordu|soruşur|soruşub)\s*:", re.I)
_ASKS_WORDS = ("ask", "спраш", "спрос", "soru")  # as str.lower() has them; one is in every _ASKS_LABEL match
ASKS_LABEL_CHARS = 60  # characters from the paragraph's opening where its asker's label ends


def _in_a_readers_question(doc: Document, s) -> bool:
    """Is sentence `s` in a paragraph opened by an asker's label (_ASKS_LABEL)?"""
    opens = doc.text.rfind("\n", 0, s.start) + 1
    head = doc.text[opens:opens + ASKS_LABEL_CHARS]
    return any(word in head.lower() for word in _ASKS_WORDS) and _ASKS_LABEL.match(head) is not None


# Round 99 (q1): a figure told as a claim in the impersonal passive, no one's statement of fact ('… yazıda iddia olunub
# ki, … ticarət dövriyyəsi 31 faiz azalaraq 160 milyon dollara düşüb', the figure a ministry refutes, dev/1477; Turkish
# "… düştüğü iddia edildi", Russian "утверждается, что …", English "it was claimed that …"): a claim relayed, not the
# pair's figure. A person's own claim ("X iddia edib ki", "X claimed that") names who stands by it, and is left alone.
_CLAIMED_TOLD = re.compile(r"\biddia\s+(?:olunub|olunur|olunurdu|edilib|edilir|edilirdi|edildi|ediliyor|edilmiş\w*)"
                           r"|\bутвержда(?:ется|лось),\s+что\b"
                           r"|\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:claimed|alleged)\s+that\b", re.I)
_CLAIMED_WORDS = ("iddia", "утвержда", "claimed", "alleged")  # as cheap.lowered() has them; one is in every match


def _tells_a_wrong_figure(sentence: str, check: str) -> bool:
    """`sentence` tells what an earlier version wrongly stated (_WRONGLY_TOLD) or what an earlier version of the
    report said (_EARLIER_VERSION), or relays a claim (_CLAIMED_TOLD, round 99): its amount is no figure."""
    return (any(word in check for word in _WRONGLY_WORDS) and bool(_WRONGLY_TOLD.search(sentence))) \
        or (any(word in check for word in _EARLIER_VERSION_WORDS) and bool(_EARLIER_VERSION.search(sentence))) \
        or (any(word in check for word in _CLAIMED_WORDS) and bool(_CLAIMED_TOLD.search(sentence)))


# Round 101 (t1): a figure the next sentence denies outright, a short sentence of its own ('Your correspondent wrote
# that bilateral trade "passed $820 million last year". It did not.', dev/1497; "That is not so.", "This is wrong.",
# "Это не так.", "Bu doğru değil."): what someone told wrongly, no figure (the right one is told after it)
_DENIED = re.compile(r"\W*(?:but\s+)?(?:it|that|this|they)\s+(?:did|does|was|is|has|had|were|are)(?:\s+not|n['’]t)"
                     r"(?:\s+(?:so|true|right|correct))?\W*"
                     r"|\W*(?:that|this|it)\s+is\s+(?:wrong|incorrect|false|untrue)\W*"
                     r"|\W*это\s+не\s*(?:так|верно|правда)\W*|\W*bu,?\s+(?:doğru|düz)\s+de(?:ğil|yil)\W*", re.I)
DENIAL_CHARS = 30  # a denial's length at most


def _denied_next(doc: Document, k: int) -> bool:
    """Is sentence k + 1 a short denial of sentence k's figure (_DENIED)?"""
    return k + 1 < len(doc.sentences) and len(after := doc.sentences[k + 1].text) <= DENIAL_CHARS \
        and _DENIED.fullmatch(after) is not None


# Round 44: a group a partner is ranked among is no subject of the figure: "Trade with Azerbaijan grew fastest among the
# member states, rising 21.5% to $196.3 million", "the largest among the Turkic states", Russian "быстрее всего среди
# стран ОТГ" (a superlative right before "among"/"среди").
_RANKED_AMONG = re.compile(r"(?:\b\w+est|\bmost\s+\w+|(?<!\w)(?:всего|всех|наибольш\w*|крупнейш\w*))\s+"
                           r"(?:among|среди)\s+"
                           r"(?:the\s+)?(?:\w+\s+){0,2}$", re.I)


def _about_group_or_world(sentence: str, check: str) -> bool:
    """A trade sentence about a group of states or the world, not about two of them (_GROUP_OR_TOTAL); not a group a
    partner is ranked among (_RANKED_AMONG)."""
    if not any(word in check for word in _GROUP_OR_TOTAL_WORDS):
        return False
    group = next((m for m in _GROUP_OR_TOTAL.finditer(sentence)
                  if not _RANKED_AMONG.search(sentence, max(0, m.start() - 40), m.start())), None)
    return group is not None and (not _OF_THE_TWO.search(sentence) or _BETWEEN_GROUP.search(sentence) is not None
                                  or _MUTUAL_OF_MEMBERS.search(sentence) is not None)


# Round 63 (trade63): the mutual trade of a group's members is the group's, though "mutual" is a word of the two:
# "взаимный товарооборот государств – членов ОТГ превысил 50 млрд долларов", "the mutual trade of the OTS member
# states", "TDT üzv dövlətlərinin qarşılıqlı ticarəti", "Türk Devletleri Teşkilatı üye ülkeleri arasındaki karşılıklı
# ticaret" (members named with their mutual trade; "взаимный товарооборот двух стран" stays the two's).
_MUTUAL_OF_MEMBERS = re.compile(r"\bвзаимн\w+\s+(?:товарооборот|торговл|оборот)\w*\s+(?:\w+\s+)?"
                                r"(?:стран|государств)\w*\s*[–—-]\s*член\w*"
                                r"|\bmutual\s+(?:trade|turnover)\s+(?:of|among|between)\s+(?:the\s+)?(?:\w+\s+)?"
                                r"member\s+(?:states|countries)"
                                r"|\b(?:üzv|üye)\s+(?:dövlət|ölkə|ülke|devlet)\w*\s+(?:\w+\s+)?"
                                r"(?:qarşılıqlı|karşılıklı)", re.I)


# "between" one state and a group is no pair's trade: "Trade between Turkey and the council's member states as a
# whole stood at around $11 billion", "trade between Kazakhstan and the EU"
# Round 66 (tradetr66): nor "between" a count of three or more states, a trilateral meeting's total: Turkish "Üç ülke
# arasındaki toplam ticaretin 10 milyar doları aştığını belirten …" (dev/1085), Azerbaijani "dörd ölkə arasında",
# "trade between the three countries", "между тремя странами" (the count is _GROUPS's; "arasında" is _OF_THE_TWO's)
_BETWEEN_GROUP = re.compile(r"\bbetween\s+[^,.;]{1,40}?\s+and\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:other\s+|fellow\s+)?"
                            r"(?:OTS|CIS|EU|Organi[sz]ation of Turkic States|Turkic (?:states|countries)|"
                            r"member (?:states|countries)|Central Asian (?:states|countries|republics|nations))\b|"
                            r"\b(?:üç|dört|dörd|beş|altı)\s+(?:\w+\s+)?(?:ülke|ölkə|devlet|dövlət)\w*\s+arasında\w*|"
                            r"\b(?:between|among)\s+(?:the\s+|these\s+|our\s+)?(?:three|four|five|six)\s+(?:\w+\s+)?"
                            r"(?:countries|states|nations)\b|"
                            r"\bмежду\s+(?:тремя|четырьмя|пятью|шестью)\s+(?:\w+\s+)?(?:стран|государств)\w*|"
                            # Round 78 (sovet78): nor "between" a group's states, no pair named ("Торговля между
                            # тюркскими государствами … превысила 40 миллиардов долларов", "между странами ОТГ",
                            # "trade between the Turkic states", dev/1223): the group's trade among its members
                            r"\bbetween\s+(?:the\s+)?(?:OTS\s+)?(?:Turkic|member|Central\s+Asian)\s+"
                            r"(?:states|countries)\b|"
                            r"\bмежду\s+(?:(?:тюркск|тюркоязычн)\w+\s+(?:стран|государств)\w*"
                            r"|(?:стран|государств)\w*(?:\s*[–—-]\s*член\w*)?\s+"
                            r"(?:ОТГ|СНГ|ЕАЭС|тюркского\s+мира))", re.I)


# A group's trade among its own members, in a sentence naming three or more of them: "its members' combined trade
# with one another passed $40 billion", "traded $40 billion with each other", "trade among the member states", "intra-OTS trade", Russian "торговля
# … между собой", Turkish "kendi aralarındaki ticaret", Azerbaijani "öz aralarında ticarət".
# So too the sum of one state's trade with several, "combined" after the list: "Turkey's trade with Uzbekistan, Kazakhstan
# and Azerbaijan combined exceeded $20 billion", "taken together", Russian "в совокупности", "вместе взятыми".
_AMONG_MEMBERS = re.compile(r"\b(?:combined(?!\s+with)|taken\s+together|altogether|в\s+совокупности|вместе\s+взят\w*|"
                            r"(?:with|among|between)\s+(?:one\s+another|"
                            r"each\s+other|themselves)|(?:trade|turnover)\s+(?:with|among|between)\s+"
                            r"(?:the\s+)?(?:other\s+)?members?\b|"
                            r"members['’]?\s+(?:\w+\s+)?(?:trade|turnover)|intra-\w+\s+(?:trade|turnover)|между\s+собой|"
                            r"(?:kendi|öz)\s+aralar[ıi]nda\w*)", re.I)
_AMONG_WORDS = ("combined", "together", "altogether", "совокупности", "вместе", "one another", "each other",
                "themselves", "member", "intra-", "между собой", "aralarinda")  # as cheap.lowered() has them; one is in
# every _AMONG_MEMBERS match


# Round 93 (t2, LISTED_PARTNERS_TOTAL): Turkish and Azerbaijani "with" a list of three states and "total" right after
# it, "Azerbaycan, Kazakistan ve Özbekistan ile toplam ticaret hacmi … 3,5 mlr $'ı aştı" (dev/1406), "Türkiyə,
# Qazaxıstan və Özbəkistanla ümumi dövriyyə": one home's sum with all of them, no pair's figure (the total word after
# the last partner is no partner's own total, as "Özbekistan ile toplam ticaret" alone would be)
_LISTED_PARTNERS_TOTAL = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?,\s+[^\W\d]+(?:['’][^\W\d]+)?\s+(?:ve|və)\s+"
                                    r"[^\W\d]+?(?:\s+ile|\s+ilə|la|lə)\s+(?:toplam|ümumi)\b")
_LISTED_PARTNERS_TOTAL_WORDS = (" toplam", " ümumi")  # as cheap.lowered() has them; one is in every match


def _among_members(sentence: str, check: str) -> bool:
    """Trade among a group's members (_AMONG_MEMBERS): no pair's figure."""
    return any(word in check for word in _AMONG_WORDS) and _AMONG_MEMBERS.search(sentence) is not None


# Round 87 (COMBINED_OF_A_GROUP_BEFORE): a sum named "combined" (_AMONG_MEMBERS) before the amount, in a sentence naming
# no state, right after a sentence naming one state's trade with a group: "Türkiye's trade with the five Central Asian
# republics fell in 2024 … Combined turnover reached $13.8bn last year" (dev/1326): the group's total, no pair's figure
def _combined_of_a_group_before(doc: Document, s, k: int, amount: money.Amount) -> bool:
    """Does sentence `s` (k), naming no state, name a sum ("combined", "taken together") before `amount` right after a
    sentence naming a group of states (_A_GROUP)?"""
    return k > 0 and any(word in s.check for word in _AMONG_WORDS) and not doc.mentions(s) \
        and _AMONG_MEMBERS.search(s.text, 0, amount.start) is not None \
        and _A_GROUP.search(doc.sentences[k - 1].text) is not None


def _clause_of_a_total(doc: Document, s, segment: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is an amount's own clause a group's or one state's total though the sentence names two states ("Trade among all
    the member states of the OTS was put at roughly $40 billion last year, and Uzbekistan's total foreign trade hit
    $62.6 billion – meaning Azerbaijan accounts for under one percent of it": neither is Uzbekistan–Azerbaijan trade)?
    The clause: `segment` (the text since the amount before, at `start`) from its first comma on, what stands before
    being the amount before's ("of that total, while imports …"). It names trade and fewer than two states, and a group
    (or trade among members), or a total word and the one state whose total it is: a bare "total" is the two states'
    sum ("…, bringing the total trade volume to $6.3 billion"). Not a clause without a trade word ("up from a total of
    $5 billion")."""
    if start and (comma := segment.find(", ")) >= 0:
        check = check[comma:] if len(check) == len(segment) else lowered(segment[comma:])
        start, segment = start + comma, segment[comma:]
    if not _TRADE.search(segment) or _OF_THE_TWO.search(segment):
        return False
    # round 28: not a partner's membership ("…, while trade with Tajikistan, which is not an OTS member, stayed …")
    segment, check = _without_member_aside(segment, check)
    named = {m.iso3 for m in doc.mentions(s) if start <= m.start - s.start < amount.start}
    if len(named) > 1:
        return False
    # (round 44: not the state's trade "with" whom the total word follows, "Qazaxıstanla xarici ticarət dövriyyəsi")
    return bool(_A_GROUP.search(segment)) or _among_members(segment, check) \
        or len(named) == 1 and bool(total := _GROUP_OR_TOTAL.search(segment)) \
        and not _partner_right_before(doc, s, start + total.start())


def _pair_after_a_total(doc: Document, s, amounts: list[money.Amount]) -> list[money.Amount]:
    """The amounts of a later clause of a state's total or group figure that names trade with the sentence's second
    state ("Kazakhstan's trade with the world fell 2% to $140 billion last year, while its trade with Turkey rose 5% to
    $6.2 billion": the $6.2 billion); empty when no such clause follows the first amount (the total's)."""
    clause = _LATER_CLAUSE.search(s.text, amounts[0].end)
    later = [x for x in amounts if clause and x.start >= clause.end()]
    if not later:
        return []
    text = s.text[clause.end():later[0].start]
    named = [m for m in doc.mentions(s) if clause.end() <= m.start - s.start < later[0].start]
    if not named or not _TRADE.search(text) or _GROUP_OR_TOTAL.search(text):
        return []
    return later


# Round 70 (numbers70, dev/1124): a "by the numbers" line, the amount first and then a dash and what it measures:
# Azerbaijani "312,6 milyon dollar — yeddi ayda Qazaxıstanla ticarət dövriyyəsi", "Təxminən 215 milyon dollar — …",
# "7 milyard dollardan çox — …", Turkish "4,1 milyar dolar – …", English "$4.1 billion — trade with Türkiye in …".
# Up to two words may open the line before the amount (an approximate word) and stand between it and the dash (its
# qualifier, "dollardan çox", "dollara yaxın").
_AMOUNT_LED_DASH = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?[—–]\s")
AMOUNT_LED_START = 16  # characters before the line's amount at most ("Təxminən ", "Yaklaşık ", "About ")


def _amount_led_line(sentence: str, amount: money.Amount) -> bool:
    """Does the sentence open with the amount (an approximate word before it at most) and go on with a dash and what
    the amount measures (_AMOUNT_LED_DASH)?"""
    return amount.start <= AMOUNT_LED_START and "\n" not in sentence[:amount.start] \
        and bool(_AMOUNT_LED_DASH.match(sentence, amount.end))


def _total_after_first(doc: Document, s, amounts: list[money.Amount]) -> int | None:
    """Where a state's group or world total begins when it is only a comparison after the sentence's first amount:
    "Trade came to about $280 million last year, a rounding error next to Uzbekistan's total foreign trade of $62.6
    billion". The amounts before it are the pair's; None unless nothing before the first amount names a state or a
    total and a state is named after it (whose total it is)."""
    m = _GROUP_OR_TOTAL.search(s.text)
    if m is None or m.start() < amounts[0].end:
        return None
    mentions = [x.start - s.start for x in doc.mentions(s)]
    if any(at < amounts[0].start for at in mentions) and not any(at >= amounts[0].end for at in mentions):
        # a partner's figure first, then a group's total: "Kazakistan'a ihracat … 1 milyar 80 milyon dolara
        # çıkarken, Türk Devletleri Teşkilatı üyesi ülkelere toplam ihracat 4,2 milyar doları buldu"
        # (round 59, trade59c: the pair's total of its flows keeps every amount, "Özbekistan'dan ithalat 1,06 milyar
        # dolar olurken toplam hacim 3,1 milyar dolar": _total_of_flows reads it)
        if not _partner_of_flow(doc, doc.mentions(s)[0]):
            return None
        return len(s.text) if _pairs_total_word(s.text, m) else m.start()
    if any(at < amounts[0].start for at in mentions) or not any(at >= amounts[0].end for at in mentions):
        return None
    if _amount_led_line(s.text, amounts[0]) and _A_GROUP.search(s.text, amounts[0].end):
        return None  # round 70 (numbers70): "28,4 milyard dollar — Azərbaycanın … bütün dünya ölkələri ilə xarici
        # ticarət dövriyyəsi" (dev/1124): the line's words are its amount's own, no comparison after it
    return m.start()


# A participle that adds up the amounts before it: "…, bringing the total trade volume to $5 billion" is the two states'
# sum, no state's total (nor a target: _is_target).
_ADDING_UP = frozenset(("bringing", "taking", "pushing", "lifting"))
_SUM_OF = re.compile(r"\b(?:bringing|taking|pushing|lifting)\s+(?:the\s+)?$", re.I)


def _before_total(doc: Document, s, amounts: list[money.Amount]) -> list[money.Amount]:
    """The amounts of a two-state sentence before a state's total told after its first amount as a comparison:
    "Uzbekistan's turnover with Kazakhstan exceeded $1.3 billion, while the country's total foreign trade stood at
    $16.6 billion". Not when a state is named after the total word (its trade with that state goes on), nor after a
    participle of adding up (_SUM_OF)."""
    if not any(w in s.check for w in _TOTAL_LEAD_WORDS):
        return amounts
    m = _TOTAL_LEAD.search(s.text, amounts[0].end)
    if m is None or any(x.start - s.start >= m.start() for x in doc.mentions(s)) \
            or _SUM_OF.search(s.text, max(0, m.start() - 20), m.start()) or _total_between_the_two(s.text, m):
        return amounts
    return [x for x in amounts if x.end <= m.start()]


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)


# Azerbaijani and Turkish "with" is an ending of the name: "Qazaxıstanla", "Özbəkistanla", "Kazakistan'la",
# "Türkiyə ilə" / "Kazakistan ile" after it; Russian "с/со" before it: "с Казахстаном"
_WITH_ENDING = re.compile(r"(?:y?l[aəe]|['’]y?l[ae])$", re.I)
# (round 44: after the rest of a state's full name too, "Şimali Kipr Türk Respublikası ilə", "Kırgız Cumhuriyeti ile")
_WITH_AFTER = re.compile(r"(?:(?:\s+[A-ZÇƏĞİÖŞÜ]\w*)?\s+(?:Respublikası|Cumhuriyeti))?\s+il[əe]\b")
_WITH_BEFORE_RU = re.compile(r"(?<!\w)(?:с|со)\s+$", re.I)


def _after_with(doc: Document, mention) -> bool:
    """Is the state named as a partner "with" whom ("trade with Kazakhstan", "Qazaxıstanla", "с Казахстаном")?"""
    before = doc.text[max(0, mention.start - 12):mention.start]
    return bool(_WITH_BEFORE.search(before) or _WITH_BEFORE_RU.search(before) or _WITH_AFTER.match(doc.text, mention.end)
                or ((ending := _WITH_ENDING.search(mention.word))  # the ending after a name ("Venezuela" is none)
                    and places.codes_in(mention.word[:ending.start()]) == [mention.iso3]))


# A state named as where a flow goes or comes from: "Kazakistan'a ihracat", "Qazaxıstana ixrac", "экспорт в
# Казахстан", "exports to Kazakhstan"
# (round 24: its short name in brackets between, "Kuzey Kıbrıs Türk Cumhuriyeti'ne (KKTC) ihracat")
# (round 72, table72: a scope word between, "Qazaxıstana qeyri-neft ixracı isə … 146,2 milyon dollara çatıb" (dev/1157),
# "Kazakistan'a petrol dışı ihracat": _NON_OIL)
_FLOW_AFTER = re.compile(r"(?:['’]\w+)?\)?\s+" + _MADE_TR + r"(?:(?:" + _NON_OIL.pattern + r")\s+)?"
                         r"(?:ihracat|ithalat|ixrac|idxal)", re.I)
_FLOW_BEFORE = re.compile(r"\b(?:exports?|imports?|shipments?|sales|экспорт\w*|импорт\w*)\s+(?:to|from|в|из)\s+"
                          r"(?:the\s+)?$", re.I)  # (round 52: "sales" too, "Sales to Turkmenistan were …")


# A flow whose partner is told by a word pointing back ("exports to the country", "экспорт в эту страну", "bu ölkəyə
# ixrac", "bu ülkeye ihracat") or a preposition right after it ("exports to", "экспорт в", "импорт из").
_FLOW_PARTNER_TOLD = re.compile(r"\b(?:exports?|imports?|экспорт\w*|импорт\w*)\s+(?:to|from|with|в|из|с)\b"
                                r"|\b(?:the|this|that)\s+country\b|\b(?:эт[аоуи]\w*|данн\w+)\s+стран\w*"
                                r"|\b(?:bu|həmin|o)\s+(?:ölkə|ülke)\w*|\bqarşı\s+tərəf|\bkarşı\s+taraf", re.I)


def _flows_of_one(doc: Document, s) -> bool:
    """Does the sentence give one state's exports or imports with no partner ("Azerbaijan's exports reached $22.1
    billion", "Azərbaycanın ixracı …", "экспорт Казахстана составил …", "Türkiye'nin ihracatı …")? It names a flow and
    no trade or turnover, nothing of two states, and its one state is no partner ("with" it, where a flow goes)."""
    if not any(w in s.check for w in _FLOW_WORDS) or _TRADE_NOUN.search(s.text) or _OF_THE_TWO.search(s.text) \
            or _FLOW_PARTNER_TOLD.search(s.text):
        return False
    return not any(_after_with(doc, m) or _partner_of_flow(doc, m) and not _GENITIVE_END.search(m.word)
                   for m in doc.mentions(s))


_GENITIVE_END = re.compile(r"(?:['’]?n?[ıiuüə]n)$", re.I)  # "Azərbaycanın ixracı", "Türkiye'nin ihracatı": the owner


# A further partner of the same flow, its flow word left out: "Non-oil exports to Kyrgyzstan stood at $14.2 million, and
# to Turkmenistan at more than $40 million" (Turkmenistan a partner of the exports as Kyrgyzstan is).
_FLOW_TO_AGAIN = re.compile(r"\b(?:exports?|imports?|shipments?)\s+(?:to|from)\s(?:[^.;]|\.(?=\d)){1,90}?,?\s+and\s+"
                            r"(?:to|from)\s+(?:the\s+)?$", re.I)
FLOW_AGAIN_BEFORE = 120  # characters before the state's name where its flow word stands


# Round 50: a Turkish or Azerbaijani state in the dative with its export later in the clause ("Macaristan'a ekim ayında
# 312 milyon dolarlık ihracat yapılırken"): the partner the export goes to.
# (not a city's or a firm's export, its owner in the genitive before: "Kayseri'nin geçen yıl Kırgızistan'a … ihracat")
_OWNER_BEFORE = re.compile(r"[A-ZÇĞİÖŞÜƏ]\w*['’]n[ıiuüə]n\b[^.!?]*$")
OWNER_BEFORE = 80  # characters before the state where the owner stands
_DATIVE_EXPORT_LATER = re.compile(r"['’]y?[aeə]\s+(?:[^\s,;.]+\s+|\d+[.,]\d+\s+){0,6}?(?:ihracat|ixrac)", re.I)


def _partner_of_flow(doc: Document, mention) -> bool:
    return bool(_FLOW_AFTER.match(doc.text, mention.end)
                or _DATIVE_EXPORT_LATER.match(doc.text, mention.end)
                and not _OWNER_BEFORE.search(doc.text, max(0, mention.start - OWNER_BEFORE), mention.start)
                or _FLOW_BEFORE.search(doc.text, max(0, mention.start - 24), mention.start)
                or doc.text.startswith("to ", mention.start - 3)
                and _FLOW_TO_AGAIN.search(doc.text, max(0, mention.start - FLOW_AGAIN_BEFORE), mention.start))


# Round 50 (trade gaps): a state in the case that makes it the partner of the flow told after it, with or without an
# apostrophe: the dative before an export (Azerbaijani "Macarıstana 12 milyon dollarlıq ixrac", "Qazaxıstana ixrac",
# Turkish "Macaristan'a ihracat"), the ablative before an import ("Macaristan'dan ithalat", "Kazakistan'dan yapılan
# ithalat", "Qazaxıstandan idxal"). The state named first of the pair is the reporter (_pair) unless it is so told.
_CASE_SUFFIX = re.compile(r"['’](\w+)")
_CASE_FLOW_AFTER = re.compile(r"\s+(?:[^\s,;.]+\s+|\d+[.,]\d+\s+){0,6}?"
                              r"(?:(?P<export>ihracat|ixrac)|(?P<import>ithalat|idxal))", re.I)
_DATIVE_BARE = re.compile(r"(?:[^\Wiy]|y[aeə]y)[aeə]$|[^\Wi]y[aeə]$", re.I)  # "Qazaxıstana", "Türkiyəyə"; not "Türkiyə"
_ABLATIVE_BARE = re.compile(r"d[aeə]n$", re.I)
# the Turkish and Azerbaijani export and import nouns, as cheap.lowered() has them: the gate word of every pattern
# here that reads a flow by them (_CASE_FLOW_AFTER, _FLOW_WITH_GROUP, the goods' genitive flows), one home
TA_FLOW_NOUNS = ("ihracat", "ithalat", "ixrac", "idxal")
_DATIVE_SUFFIX = frozenset(("a", "e", "ə", "ya", "ye", "yə"))
_ABLATIVE_SUFFIX = frozenset(("dan", "den", "tan", "ten", "ndan", "nden"))


def _partner_by_case(doc: Document, mention) -> bool:
    """Is the state `mention` names the partner of the flow told right after it, by its case (_CASE_FLOW_AFTER)?"""
    suffix = _CASE_SUFFIX.match(doc.text, mention.end)
    flow = _CASE_FLOW_AFTER.match(doc.text, suffix.end() if suffix else mention.end)
    if flow is None:
        return False
    if suffix:
        case = suffix[1].lower()
        return case in _DATIVE_SUFFIX if flow["export"] else case in _ABLATIVE_SUFFIX
    return bool((_DATIVE_BARE if flow["export"] else _ABLATIVE_BARE).search(mention.word))


def _sender_by_case(doc: Document, mention) -> bool:
    """Is the state `mention` names the one an export is sent from, in the ablative right before it ("Türkiye'den adaya
    201 milyon dolarlık ihracat", "Azərbaycandan Qazaxıstana ixrac")?"""
    suffix = _CASE_SUFFIX.match(doc.text, mention.end)
    flow = _CASE_FLOW_AFTER.match(doc.text, suffix.end() if suffix else mention.end)
    if flow is None or not flow["export"]:
        return False
    return suffix[1].lower() in _ABLATIVE_SUFFIX if suffix else bool(_ABLATIVE_BARE.search(mention.word))


def _pair_by_case(doc: Document, s, pair: tuple[str, str], end: int, start: int = 0) -> tuple[str, str] | None:
    """The pair turned round when its first state is told before the amount (at `end` in the sentence, after `start`,
    the amount before it) as the flow's partner by its case (_partner_by_case) and its other state is not, or its
    second state as the export's sender (_sender_by_case) and its first is not; else None."""
    mentions = [m for m in doc.mentions(s) if start <= m.start - s.start < end and m.iso3 in pair]
    partners = {m.iso3 for m in mentions if _partner_by_case(doc, m)}
    if partners == {pair[0]}:
        return pair[1], pair[0]
    senders = {m.iso3 for m in mentions if _sender_by_case(doc, m)} if not partners else set()
    return (pair[1], pair[0]) if senders == {pair[1]} else None


# Three rules find the "home" state of a round-up of one state's partners. They are not one rule: each answers a
# different sentence shape, and the evidence for the home differs with it.
# - _home_of_report: this sentence names each of its (one or two) states as a partner ("Qazaxıstanla dövriyyə …");
#   the home is the state every trade figure so far holds (_shared_by_figures), told apart by the first figure.
# - _partner_named_before: this sentence names no state; the one before named the partner with no amount; the home is
#   the shared state other than that partner, and it needs two figures or more (one figure shares both its states).
# - _home_of_partners: this sentence names two partners "with" whom right after one figure of another pair; the home
#   is read from that last figure's own sentence (its state before the amount, not after "with"), since the figures
#   before it may be of other pairs and share no state.
def _shared_by_figures(found: list[FigureFound]) -> set[str]:
    """The states every trade figure found so far holds (empty when there is none)."""
    pairs = [set(f.pair) for f in found if f.kind == "trade"]
    return set.intersection(*pairs) if pairs else set()


def _each_state_a_partner(doc: Document, mentions) -> bool:
    """Round 23: is each state a sentence names named once at least as a partner "with" whom or of a flow? A state
    named again in another case is still that partner ("Azerbaycan ile ticaret hacmi 5,1 milyar doları aştı; ancak
    bunun büyük bölümünü Azerbaycan'dan alınan gaz oluşturuyor"), not a home of its own."""
    partners = {m.iso3 for m in mentions if _after_with(doc, m) or _partner_of_flow(doc, m)}
    return all(m.iso3 in partners for m in mentions)


def _partner_of_the_two(doc: Document, first, homes: set[str]) -> set[str]:
    """Round 23: the partner of a first figure told of "the two" when its sentence names only one of them ("The
    largest partner is Kazakhstan: trade between the two countries reached $3.48bn", the home told in the lead):
    the one named; none when it names both (then the state named first is the home)."""
    named = {m.iso3 for m in doc.mentions(first)} & homes
    return named if len(named) == 1 else set()


def _home_of_report(doc: Document, s, found: list[FigureFound], end: int | None = None,
                    quoted=()) -> str | None:
    """The state a round-up of partners is about, when each state the sentence names is a partner "with" whom
    ("Doqquz ayda Qazaxıstanla dövriyyə 398,6 milyon dollar olub" after Azerbaijan–Türkiye figures): the state every
    trade figure so far holds (of two, the one the first figure does not name as a partner, else the one it names
    first); None unless one is told, or when a state named is of the figure just reported. Round 48: `end`, where a
    clause of partners with no figure opens, before which the states are read (_partners_without_figure).
    Round 95 (q2): the state of the one whose quote (`quoted`) the sentence stands in is the home when it is one of
    the two every figure holds ("А.Ж.: Да, с Турцией в прошлом году товарооборот превысил 1,1 млрд долларов" after
    Kyrgyzstan–Azerbaijan figures, a Kyrgyz minister's answer: Kyrgyzstan's trade with Türkiye, dev/1427)."""
    trades = [f for f in found if f.kind == "trade"]
    mentions = _trading_mentions(doc, s)
    if end is not None:
        mentions = [m for m in mentions if m.start - s.start < end]
    if trades and mentions and (home := _home_named_too(doc, s, mentions, trades)):
        return home
    if not trades or not mentions or not (_each_state_a_partner(doc, mentions)
                                          or len(mentions) == 1 and (_named_a_partner(doc, mentions[0])
                                                                     or _ranked_alone(s))) \
            or any(m.iso3 in trades[-1].pair for m in mentions):
        return None
    if quoted and len(homes := _shared_by_figures(trades)) == 2 and (speaker := _quoted_by(quoted, s)) in homes:
        return speaker
    return _home_of_figures(doc, trades)


def _ranked_alone(s) -> bool:
    """Round 68 (tradetr68b, dev/1108): does the sentence rank its one state among the round-up's partners (_RANKED),
    "Azerbaycan, geçen yılın aynı döneminde 3 milyar 147 milyon dolar olan ihracat değeriyle de ilk sıradaydı" (that
    partner's own earlier-period figure, not its exports to the world: _flows_of_one)?"""
    return any(word in s.check for word in _RANKED_WORDS) and _RANKED.search(s.text) is not None


# Round 31: a report of another state's statistics in the outlet's language ("TÜİK: Türkiyənin Azərbaycana ixracı …",
# then "Özbəkistana ixrac isə 1,3 milyard dollar civarında olub"): an export to one state with no subject is the
# report's home's (Türkiye's), not the language's (Azerbaijan's), once the flows told so far are that home's.
def _report_of_another_home(doc: Document, s, found: list[FigureFound], language_home: str) -> bool:
    """Is every export or import figure so far one state's (the first of its pair), other than `language_home`, and
    that state the home of a round-up (_home_of_report) of which this sentence names a further partner?"""
    reporters = {f.pair[0] for f in found if f.kind == "trade" and f.flow != "turnover"}
    if len(reporters) != 1 or language_home in reporters:
        return False
    return _home_of_report(doc, s, found) in reporters


def _home_named_too(doc: Document, s, mentions, trades: list[FigureFound]) -> str | None:
    """Round 26: the round-up's home when the sentence names it too, besides its partners "with" whom ("Trade with
    Türkiye fell by 3.2% to $412.5 million, as lower prices reduced the value of Tajikistan's exports …" in a round-up
    of Tajikistan's partners; "Turnover with Turkmenistan stood at about $150 million, while trade with Azerbaijan, which
    Dushanbe has courted, …"): each other state named first as a partner "with" whom, the first before the first amount,
    the home named only after it; else None."""
    others = [m for m in mentions if m.iso3 not in trades[-1].pair]
    named_home = {m.iso3 for m in mentions} - {m.iso3 for m in others}
    firsts = {}
    for m in others:
        firsts.setdefault(m.iso3, m)
    if len(named_home) != 1 or not others or not all(_after_with(doc, m) for m in firsts.values()):
        return None
    amounts = money.amounts_in(s.text, s.check)
    first_start = s.start + amounts[0].start if amounts else s.end
    # the partner in the first amount's clause, the home only in an aside after the amount
    if others[0].start > first_start or any(m.start < first_start for m in mentions if m.iso3 in named_home):
        return None
    home = _home_of_figures(doc, trades)
    return home if home in named_home else None


def _home_of_figures(doc: Document, trades: list[FigureFound]) -> str | None:
    """The state every trade figure so far holds (`trades`, one at least): of two, the one the first figure does not
    name as a partner, else the one it names first; None unless one is told."""
    homes = _shared_by_figures(trades)
    if len(homes) == 2 and (lead := _lead_home(doc, trades[0].span[0])) in homes:
        return lead  # round 24: the state whose trade with the group the lead told
    if len(homes) == 2:
        # the first figure's partner is no home ("Trade with Türkiye reached $4.8bn": Azerbaijan), unless that
        # sentence speaks of the two ("Azərbaycanla Türkiyə arasında"): then the state named first
        first = _first_figure_naming_sentence(doc, trades[0])
        partners = _partner_of_the_two(doc, first, homes) if _OF_THE_TWO.search(first.text) else \
            {m.iso3 for m in doc.mentions(first) if _after_with(doc, m) or _partner_of_flow(doc, m)}
        homes = (homes - partners) if len(homes - partners) == 1 else {trades[0].pair[0]}
    return homes.pop() if len(homes) == 1 else None


def _first_figure_naming_sentence(doc: Document, first: FigureFound):
    """The sentence of the first trade figure, or when it names no state nor "the two" the one right before it.
    Round 64 (trade64b, dev/1056): a figure told again exactly ("Dəqiq rəqəm 1 milyard 12 milyon dollardır") replaces
    the round one, whose sentence right before ("Özbəkistanla ticarət dövriyyəsi … 1 milyard dolları ötüb") told the
    partner."""
    k = next(i for i, x in enumerate(doc.sentences) if x.start <= first.span[0] < x.end)
    told = doc.sentences[k]
    if k and not doc.mentions(told) and not _OF_THE_TWO.search(told.text):
        return doc.sentences[k - 1]
    return told


def _partner_named_before(doc: Document, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """(home, partner) when the sentence before names trade with one state and no amount, and every trade figure found
    so far shares one state other than it (the report's home: a round-up of Azerbaijan's partners); else None."""
    if not _TRADE.search(before.text) or money.amounts_in(before.text, before.check):
        return None
    named = set(doc.codes(before))
    if len(named) != 1 or sum(f.kind == "trade" for f in found) < 2:
        return None
    homes = _shared_by_figures(found) - named
    return (homes.pop(), named.pop()) if len(homes) == 1 else None


def _partner_before_first(doc: Document, before) -> tuple[str, str] | None:
    """Round 53 (traderel): (home, partner) for a release's first figure naming no state when the sentence before names
    trade with one state and no amount ("Its main trading partner remains Türkiye. Trade with the brotherly country
    reached …") and the lead told another state's trade with a group (_lead_home); else None."""
    if not _TRADE.search(before.text) or money.amounts_in(before.text, before.check):
        return None
    return _lead_home_and_the_one_named(doc, before)


def _lead_home_and_the_one_named(doc: Document, before) -> tuple[str, str] | None:
    """(home, partner): the lead's home (_lead_home) and the one state the sentence before names, when there is one and
    it is not the home; else None. The pair of a release's first figure that names no state itself."""
    named = set(doc.codes(before))
    if len(named) != 1:
        return None
    home = _lead_home(doc, before.start)
    return (home, named.pop()) if home and home not in named else None


def _partner_of_the_two_first(doc: Document, s, before) -> tuple[str, str] | None:
    """Round 56 (tradetext56): (home, partner) for a release's first figure of "the two countries" (_TWO_BY_NAME) naming
    no state, when the sentence before names one state and no amount, trade word or not ("Listenin başında yine
    Azerbaycan yer alıyor. İki ülke arasındaki ticaret hacmi …": that state, ranked first) and the lead told another
    state's trade with a group (_lead_home); else None."""
    if not any(word in s.check for word in _TWO_BY_NAME_WORDS) or not _TWO_BY_NAME.search(s.text) \
            or money.amounts_in(before.text, before.check):
        return None
    return _lead_home_and_the_one_named(doc, before)


# Round 54 (traderel): a round-up's paragraph opened by a sentence that names its next partner as such, no amount
# ("Türkiye, Kazakhstan's largest trading partner among the Turkic states, showed a different picture."), then a figure
# naming no state ("Half-year turnover was roughly $2.3 billion"): that partner's trade with the round-up's home. And a
# state named as a partner, its subject ("Hungary, an observer state, remained a small partner, with trade … below
# $100 million"): a partner of the home as one "with" whom is (_home_of_report).
_PARTNER_WORD = re.compile(r"\b(?:partner|партн[её]р|tərəfdaş|ortağ|ortak)\w*", re.I)
_PARTNER_WORDS = ("partner", "партнер", "партнёр", "tərəfdaş", "ortağ", "ortak")  # as cheap.lowered() has them
_NAMED_A_PARTNER = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:(?:remain(?:s|ed)?|is|was|stays?|stayed|became|becomes)\s+"
                              r"(?:(?:a|an|the|its|their)\s+)?(?:[^\W\d]+\s+){0,3}?partner\b"
                              # Russian "Венгрия остается небольшим партнером", "является … партнёром"
                              r"|(?:оста[её]тся|оставал(?:ась|ся)|остал(?:ась|ся)|является|являл(?:ась|ся)|была|был)\s+"
                              r"(?:[а-яё]+\s+){0,3}?партн[её]ром\b)", re.I)  # at the name's end


# Round 59 (trade59): a round-up's line naming its next partner with a word of how things stand and no amount or trade
# word ("The picture with Türkiye was less rosy.", Russian "С Турцией картина иная", Turkish "Türkiye ile tablo
# farklı", Azerbaijani "Türkiyə ilə vəziyyət fərqlidir"), then a figure naming no state ("Over the same eight months
# turnover stood at $3.05 billion"): that partner's trade with the round-up's home (_home_of_figures).
_PICTURE_BEFORE = re.compile(r"\b(?:picture|situation|story|case|trend|outlook|dynamics?)\s+(?:with|for)\s+(?:the\s+)?$"
                             r"|(?<!\w)(?:картина|ситуация|положение|динамика)\s+(?:с|со)\s+$", re.I)
_PICTURE_AFTER = re.compile(r"\w{0,4}(?:\s+il[eə])?,?\s+(?:(?:ise|isə|же)\s+)?"
                            r"(?:tablo|durum|vəziyyət|mənzərə|картина|ситуация|положение|динамика)\b", re.I)
# Round 63 (trade63): the English partner fronted with "with", "With Türkiye, the picture was different.", "For
# Kyrgyzstan, the story is one of growth."
_PICTURE_WITH_BEFORE = re.compile(r"\b(?:with|for)\s+(?:the\s+)?$", re.I)
_PICTURE_AFTER_WITH = re.compile(r",?\s+the\s+(?:picture|situation|story|trend|outlook|dynamics?)\b", re.I)
_PICTURE_WORDS = ("picture", "situation", "story", "case", "trend", "outlook", "dynamic", "картина", "ситуация",
                  "положение", "динамика", "tablo", "durum", "vəziyyət", "mənzərə")  # as cheap.lowered() has them


# Round 63 (trade63): in a digest of short news items (Document.digest_items) a figure naming no state ("ötən il iki
# ölkə arasında ticarət dövriyyəsi 34,7 milyon dollar") is of the two states its own item names, not of another item's
# visit
def _digest_item_pair(doc: Document, s) -> tuple[str, str] | None:
    """The two states of the ties the digest item holding sentence `s` names up to the sentence's end, in the order
    it names them, when they are exactly two; else None."""
    items = doc.digest_items  # a digest's items are separate stories (document._DIGEST_DATELINE)
    if not items or s.start < items[0]:
        return None
    opens = max(start for start in items if start <= s.start)
    named = []
    for before in doc.sentences:
        if before.start >= opens and before.end <= s.end:
            named.extend(m.iso3 for m in doc.mentions(before) if m.iso3 in places.TIE_CODES)
    named = list(dict.fromkeys(named))
    if len(named) == 1 and readout_heading_at(doc.text, opens) and (home := _readouts_home(doc, items[0])) \
            and home != named[0]:
        return home, named[0]
    return (named[0], named[1]) if len(named) == 2 else None


# Round 88 (readouts_home): a readout section naming its counterpart's state alone ("… Call with President of
# Kazakhstan …", then "the leaders noted that mutual trade exceeded …") is of the page's own state with it: the one
# state the page's lines before its first section name, its headline left out ("Press Service of the President of the
# Republic of Uzbekistan", dev/1338)
def _readouts_home(doc: Document, first_item: int) -> str | None:
    """The one state of the ties the sentences after the headline and before the first readout section name, else
    None."""
    headline_end = doc.text.find("\n")
    named = {m.iso3 for t in doc.sentences if headline_end < t.start and t.end <= first_item
             for m in doc.mentions(t) if m.iso3 in places.TIE_CODES}
    return named.pop() if len(named) == 1 else None


def _partner_pictured_before(doc: Document, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """(home, partner) when the sentence `before` names one state, no amount, with a word of how things stand with it
    (_PICTURE_BEFORE, _PICTURE_AFTER), and the trade figures so far share a home other than it; else None."""
    if not any(word in before.check for word in _PICTURE_WORDS) or money.amounts_in(before.text, before.check):
        return None
    mentions = doc.mentions(before)
    if len({m.iso3 for m in mentions}) != 1 or not places.TIE_CODES.issuperset(m.iso3 for m in mentions):
        return None
    m = mentions[0]
    if not (_PICTURE_BEFORE.search(doc.text, max(0, m.start - 30), m.start) or _PICTURE_AFTER.match(doc.text, m.end)
            or _PICTURE_WITH_BEFORE.search(doc.text, max(0, m.start - 10), m.start)
            and _PICTURE_AFTER_WITH.match(doc.text, m.end)):
        return None
    trades = [f for f in found if f.kind == "trade"]
    home = _home_of_figures(doc, trades) if trades else None
    return (home, m.iso3) if home and home != m.iso3 else None


def _partner_introduced_before(doc: Document, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """(home, partner) when the sentence `before` names, with a partner word and no amount, one state besides the
    round-up's home (the state shared by every trade figure so far, one of the two told by the lead when they are all
    of one pair, or the one of them `before` names too); else None."""
    if not any(word in before.check for word in _PARTNER_WORDS) or not _PARTNER_WORD.search(before.text) \
            or money.amounts_in(before.text, before.check):
        return None
    return _next_partner_of_home(doc, before, found)


# the ordinal words of a place in a ranking (_RANKED), as cheap.lowered() has them: "second", "третье место", "ikinci"
_PLACE_IN_RANKING = ("second", "third", "fourth", "fifth", "sixth", "втор", "трет", "четв", "пят", "шест", "ikinci",
                     "üçüncü", "dördüncü", "beşinci", "altinci")


def _partner_ranked_before(doc: Document, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """Round 64 (trade64a): (home, partner) when the sentence `before` ranks one state in a place among the round-up's
    partners (_RANKED, _PLACE_IN_RANKING) with no amount of its own ("Второе место занимает Узбекистан.", "Kazakhstan
    comes third.") and the next figure names no state ("С января по июль … взаимный товарооборот составил почти 640
    млн": dev/1050); else None."""
    if not any(word in before.check for word in _RANKED_WORDS) or not (rank := _RANKED.search(before.text)) \
            or money.amounts_in(before.text, before.check):
        return None
    if not any(word in lowered(rank.group()) for word in _PLACE_IN_RANKING):
        return None  # (a partner of "the fastest growth" leaves a bare "bilateral trade" after it the last pair's)
    return _next_partner_of_home(doc, before, found)


def _next_partner_of_home(doc: Document, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """(home, partner) when the sentence `before` names one state besides the round-up's home (the state shared by
    every trade figure so far, one of the two told by the lead when they are all of one pair, or the one of them
    `before` names too); else None."""
    shared = _shared_by_figures(found)
    named = {m.iso3 for m in _trading_mentions(doc, before)}
    partners = named - shared
    if len(partners) != 1 or not shared or not places.TIE_CODES.issuperset(named):
        return None
    homes = shared & named or shared
    if len(homes) == 2:
        # round 69 (tuik69, dev/1120): with no such lead, when the line before names trade "with" the partner
        # ("Kazakistan ile ticarette eylül ayı dikkat çekti"), the home _home_of_figures tells: the state the first
        # figure's sentence names as no partner ("Azerbaycan ile … hacmi … 5 milyar doları aşarken, en hızlı büyüme
        # Özbekistan ile yaşandı": Türkiye's partners both); not a route's state ("… через Грузию, Азербайджан …")
        trades = [f for f in found if f.kind == "trade"]
        lead = _lead_home(doc, trades[0].span[0])
        homes &= {lead} if lead or not _trade_with_partner(doc, before) else {_home_of_figures(doc, trades)}
    return (homes.pop(), partners.pop()) if len(homes) == 1 else None


def _named_a_partner(doc: Document, mention) -> bool:
    """Is the state at `mention` the subject that "remained a small partner" (_NAMED_A_PARTNER)?"""
    return any(word in doc.text[mention.end:mention.end + 90].lower() for word in ("partner", "партнер", "партнёр")) \
        and bool(_NAMED_A_PARTNER.match(doc.text, mention.end))


# Round 67 (fidant67, dev/1089): a visitor's tour of several capitals tells each leg in its own paragraphs, and "the
# two countries" of a leg are the visitor's state and the host that leg names: "Fidan, Kırgızistan'a yaptığı ziyaretin
# … söyledi. … diyen Fidan, iki ülke arasındaki ticaret hacminin …" (Türkiye and Kyrgyzstan), "Özbekistan Dışişleri
# Bakanı … ile görüşen Fidan … Saidov, … iki ülke arasındaki ticaret hacminin 870 milyon dolar olduğunu" (Türkiye and
# Uzbekistan), not the first leg's host the article's pair holds.
LEG_HOST_BACK = 2  # sentences before "the two countries" where the leg's host is named


def _leg_host_of_the_two(doc: Document, s, k: int, codes: list[str], context_pair: tuple[str, str] | None,
                         resolver: Resolver) -> tuple[str, str] | None:
    """(visitor's state, host) when `s` (the k-th sentence, naming no state but the visitor's: `codes`) speaks of "the
    two countries" (_TWO_BY_NAME) and the nearest of the LEG_HOST_BACK sentences before naming a state other than the
    visitor's (context_pair[0]) names one such state of the ties, another than the article's host, and an office holder
    of the visitor's state (the leg's own sentence: not a comparison's, a related story's, a round-up's); else None."""
    if context_pair is None or set(codes) - {context_pair[0]} \
            or not any(word in s.check for word in _TWO_BY_NAME_WORDS) or not _TWO_BY_NAME.search(s.text):
        return None
    visitor = context_pair[0]
    for before in reversed(doc.sentences[max(0, k - LEG_HOST_BACK):k]):
        hosts = {m.iso3 for m in doc.mentions(before)} - {visitor}
        if hosts:
            host = hosts.pop()
            if hosts or host == context_pair[1] or host not in places.TIE_CODES:
                return None
            met = any((p := _holder_in(run[0], resolver)) and p.iso3 == visitor
                      for run in NAME_RUN.finditer(before.text))
            return (visitor, host) if met else None
    return None


def _partner_of_the_two_before(doc: Document, s, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """(home, partner) when `s` speaks of "the two countries" (_TWO_BY_NAME) and names no state, the sentence `before`
    names one state but the home and gave no figure (a forecast's amount: "Tajik officials expect the full-year figure
    with Uzbekistan to pass $700 million. Last year turnover between the two countries amounted to some $654 million")
    and every trade figure so far shares one state other than it (the round-up's home); else None."""
    if not any(word in s.check for word in _TWO_BY_NAME_WORDS) or not _TWO_BY_NAME.search(s.text) \
            or _COMPARED_BEFORE.match(before.text):  # not a comparison's ("Для сравнения: … Главы двух государств …")
        return None
    if sum(f.kind == "trade" for f in found) < 2 or any(before.start <= f.span[0] < before.end for f in found):
        return None  # (a figure of the line before is the trade just reported: "the two" go back to the article's pair)
    shared = _shared_by_figures(found)
    partners = {m.iso3 for m in _trading_mentions(doc, before)} - shared  # the home may be named too ("Tajik officials")
    homes = shared - partners
    if len(homes) == 2 and len(partners) == 1:
        # round 53 (traderel): the figures so far all of one pair, the release's home is the lead's ("Kazakistan
        # cephesinde ise tablo daha parlak. İki ülke arasındaki dış ticaret hacmi …" after Türkiye–Azerbaijan figures)
        # round 69 (tuik69, dev/1120): with no such lead, when the line before names trade "with" the partner
        # ("Kazakistan ile ticarette eylül ayı dikkat çekti"), the home _home_of_figures tells: the state the first
        # figure's sentence names as no partner ("Azerbaycan ile … hacmi … 5 milyar doları aşarken, en hızlı büyüme
        # Özbekistan ile yaşandı": Türkiye's partners both); not a route's state ("… через Грузию, Азербайджан …")
        trades = [f for f in found if f.kind == "trade"]
        lead = _lead_home(doc, trades[0].span[0])
        homes &= {lead} if lead or not _trade_with_partner(doc, before) else {_home_of_figures(doc, trades)}
    return (homes.pop(), partners.pop()) if len(partners) == 1 and len(homes) == 1 else None


def _trade_with_partner(doc: Document, before) -> bool:
    """Does the sentence name trade and a state as a partner "with" whom (_after_with)?"""
    return _TRADE.search(before.text) is not None and any(_after_with(doc, m) for m in _trading_mentions(doc, before))


def _home_of_the_two(s, named: str, found: list[FigureFound]) -> str | None:
    """The report's home when a sentence naming one state (`named`) speaks of "the two countries" (_TWO_BY_NAME) in a
    round-up of that home's partners: the one state every trade figure so far holds (two figures at least), not
    `named` ("Exports to Kazakhstan rose … Speaking about Uzbekistan, the minister recalled that the two countries aim
    to raise mutual trade to $2 billion by 2030": Azerbaijan's); else None."""
    if not any(word in s.check for word in _TWO_BY_NAME_WORDS) or sum(f.kind == "trade" for f in found) < 2 \
            or not _TWO_BY_NAME.search(s.text):
        return None
    shared = _shared_by_figures(found)
    return shared.pop() if len(shared) == 1 and named not in shared else None


def _last_trade_figure(found: list[FigureFound]) -> FigureFound | None:
    return next((f for f in reversed(found) if f.kind == "trade"), None)


def _home_of_partners(doc: Document, s, last: FigureFound | None) -> str | None:
    """The state whose partners a sentence names when each of its two states follows "with" ("Trade with Uzbekistan
    was worth roughly $270m, and with Kyrgyzstan it is far less") and neither is of the figure just reported: that
    figure's state told before its amount and not after "with" ("Azerbaijan's trade with Kazakhstan rose to $580m")."""
    if last is None or "with" not in s.check:
        return None
    mentions = doc.mentions(s)
    if any(m.iso3 in last.pair for m in mentions) or not all(_after_with(doc, m) for m in mentions):
        return None
    before = next((x for x in doc.sentences if x.start <= last.span[0] < x.end), None)
    if before is None:
        return None
    homes = {m.iso3 for m in doc.mentions(before)
             if m.iso3 in last.pair and m.start < last.span[0] and not _after_with(doc, m)}
    return homes.pop() if len(homes) == 1 else None


# Round 49 (trade releases): a release that heads each partner's paragraph with the state's name alone on its first
# line ("Kazakhstan. Turnover amounted to $1,118.6 million, up 6.1% …", "Uzbekistan. Turnover totalled …"): the
# paragraph's sentences naming no state are that partner's trade with the report's home, not the article's first two
# states'. A label is the name and a stop or a colon, nothing else (a heading "Other partners." names none).
LABEL_WORDS = 3  # words a paragraph's label runs to at most ("Republic of Kazakhstan.")
LABEL_REACH = 8  # sentences back to the paragraph's first line a label is looked for


def _paragraph_label(doc: Document, k: int) -> str | None:
    """The state the first line of sentence k's paragraph names alone (a label, before k); else None."""
    text = doc.text
    for j in range(k - 1, max(-1, k - 1 - LABEL_REACH), -1):
        t = doc.sentences[j]
        if "\n" in text[t.end:doc.sentences[j + 1].start]:
            return None  # a paragraph opens after it: k's paragraph had no label
        if j and "\n" not in text[doc.sentences[j - 1].end:t.start]:
            continue  # not the paragraph's first line
        label = t.text.strip().rstrip(".:").strip()
        if not label or len(label.split()) > LABEL_WORDS or any(c.isdigit() for c in label):
            return None
        codes = doc.codes(t)
        return codes[0] if len(codes) == 1 else None
    return None


def _subheading_before(doc: Document, k: int, words: int = LABEL_WORDS, reach: int = LABEL_REACH) -> Sentence | None:
    """The last subheading alone on its line before sentence k, within `reach` sentences: a line of a few words
    (`words` at most) with no sentence end and no digit (round 50; round 51's other-partners heading reads it too);
    None when none."""
    for j in range(k - 1, max(0, k - 1 - reach), -1):
        if _heading_line(doc, j, words):
            return doc.sentences[j]
    return None


def _heading_line(doc: Document, j: int, words: int) -> bool:
    """Is sentence j (not the first nor the last) a subheading alone on its line, `words` at most, with no sentence
    end and no digit (not a paragraph's last sentence, nor a one-sentence paragraph)?"""
    text, sentences = doc.text, doc.sentences
    t = sentences[j]
    if "\n" not in text[t.end:sentences[j + 1].start] or "\n" not in text[sentences[j - 1].end:t.start]:
        return False  # not a line of its own
    label = t.text.strip()
    return bool(label) and not label.endswith(_SENTENCE_END) and len(label.split()) <= words \
        and not any(c.isdigit() for c in label)


# Round 95 (t1): a report on several receptions gives each guest a section under a subheading of a few more words
# naming the guest's state ("Qazaxıstanın nəqliyyat naziri ilə görüş", the meeting with Kazakhstan's transport
# minister; "Meeting with the Foreign Minister of Kyrgyzstan"): "the two countries" (_TWO_BY_NAME) under it are that
# state and the host, the one state its lead (after the headline, before the first such subheading) names that no
# subheading names ("ötən il iki ölkə arasında ticarət dövriyyəsi 640 milyon dollara yaxın olub" under Kazakhstan's
# subheading, in Aliyev's receptions of Turkish, Kazakh and Hungarian ministers: Azerbaijan's and Kazakhstan's, not
# the first guest's; dev/1431)
SECTION_HEADING_WORDS = 8  # words such a subheading runs to at most


def _reception_section_pair(doc: Document, k: int) -> tuple[str, str] | None:
    """(host, guest) for sentence k under a subheading of SECTION_HEADING_WORDS at most naming one state, the guest's
    (_section_heading), the host the one state of the ties the lead names and no such subheading; else None."""
    if (guest := _section_heading(doc, k, SECTION_HEADING_WORDS)) is None:
        return None
    headline_end = doc.text.find("\n")
    lead, headed, first_heading = set(), set(), None
    for j in range(1, len(doc.sentences) - 1):
        t = doc.sentences[j]
        if _heading_line(doc, j, SECTION_HEADING_WORDS) and len(set(codes := doc.codes(t))) == 1:
            headed.update(codes)
            first_heading = j if first_heading is None else first_heading
        elif first_heading is None and t.start > headline_end:
            lead.update(code for code in doc.codes(t) if code in places.TIE_CODES)
    hosts = lead - headed
    return (hosts.pop(), guest) if len(hosts) == 1 else None


def _section_heading(doc: Document, k: int, words: int = LABEL_WORDS) -> str | None:
    """Round 50: the state a subheading alone on its line names ("Казахстан", "Kazakhstan"), the last subheading
    before sentence k's paragraph within LABEL_REACH sentences (of `words` at most); None when that subheading names
    no one state alone ("Остальные партнеры") or none is found."""
    if (t := _subheading_before(doc, k, words)) is None:
        return None
    codes = doc.codes(t)
    return codes[0] if len(codes) == 1 else None


# A paragraph under a subheading that names its partner by a description ("с южным соседом", "with the Caspian
# neighbour", "şimal qonşusu", "kuzey komşusu") speaks of another state than the heading's.
_DESCRIBED_PARTNER = re.compile(r"сосед|neighbo|qonşu|komşu", re.I)


def _paragraph_describes_partner(doc: Document, k: int) -> bool:
    """Whether sentence k's paragraph names a partner by a description (_DESCRIBED_PARTNER)."""
    text, s = doc.text, doc.sentences[k]
    opens, closes = text.rfind("\n", 0, s.start) + 1, text.find("\n", s.end) + 1 or len(text)
    return _DESCRIBED_PARTNER.search(text, opens, closes) is not None


def _described_under_heading(doc: Document, k: int) -> bool:
    """Whether sentence k (naming no state) is in a paragraph naming a partner by a description, a later paragraph
    than the first under a subheading naming one state (_section_heading) and not naming that state itself: another
    partner's figure, not the heading's (the first paragraph's "с северным соседом" is the heading's state)."""
    if k == 0 or not _paragraph_describes_partner(doc, k) or _paragraph_label(doc, k) is not None \
            or (heading := _section_heading(doc, k)) is None:
        return False
    text, s = doc.text, doc.sentences[k]
    opens = text.rfind("\n", 0, s.start) + 1
    closes = text.find("\n", s.end) + 1 or len(text)
    if any(heading in doc.codes(t) for t in doc.sentences if opens <= t.start < closes):
        return False
    previous = text[:opens].rstrip().rsplit("\n", 1)[-1].strip()  # the line before the paragraph
    return previous.endswith(_SENTENCE_END) or len(previous.split()) > LABEL_WORDS  # not the heading itself


# Round 51 (trade gaps): a subheading naming no state but the report's other partners ("Other partners", "Остальные
# партнеры", "Diğer ortaklar", "Digər tərəfdaşlar"): a sentence naming no state under it is another partner's figure,
# not the article's pair ("Trade with the southern neighbour came to $300 million").
_OTHER_PARTNERS_HEADING = re.compile(r"^\W*(?:other|остальн\w*|други\w*|diğer|digər|başqa)\s+(?:\w+\s+)?"
                                     r"(?:partners?|партн[её]р\w*|ortak\w*|tərəfdaş\w*|countries|стран\w*|ülke\w*"
                                     r"|ölkə\w*|markets|рынк\w*|pazar\w*|bazar\w*)\W*$", re.I)
_OTHER_PARTNERS_WORDS = ("other", "остальн", "други", "diğer", "digər", "başqa")  # one is in every match


def _under_other_partners(doc: Document, k: int) -> bool:
    """Whether the last subheading alone on its line before sentence k (within LABEL_REACH sentences) is one of the
    report's other partners (_OTHER_PARTNERS_HEADING)."""
    t = _subheading_before(doc, k)
    return t is not None and _OTHER_PARTNERS_HEADING.match(t.text.strip()) is not None


def _label_pair(doc: Document, k: int, found: list[FigureFound],
                context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """(home, partner) for a sentence naming no state in a paragraph a partner's label heads (_paragraph_label): the
    report's home the trade figures so far share (else the lead's, else the article's other state); round 95 (t1),
    for "the two countries" under a guest's longer subheading, the host and that guest (_reception_section_pair); else
    None."""
    if k == 0 or doc.text.find("\n", 0, doc.sentences[k].start) == -1:
        return None
    if (partner := _paragraph_label(doc, k)) is None:
        partner, heading = _section_heading(doc, k), True
    else:
        heading = False
    s, hosted = doc.sentences[k], None
    if partner is None and any(word in s.check for word in _TWO_BY_NAME_WORDS) and _TWO_BY_NAME.search(s.text):
        hosted = _reception_section_pair(doc, k)  # round 95 (t1): "the two countries" under a guest's subheading
    if hosted:
        home, partner = hosted
    elif partner is None:
        return None
    else:
        trades = [f for f in found if f.kind == "trade"]
        home = (_home_of_figures(doc, trades) if trades else None) or release_home(doc) \
            or (context_pair and partner in context_pair and next(c for c in context_pair if c != partner)) or None
    if heading and home and _another_partner_in_paragraph(doc, k, (home, partner)):
        return None  # round 57
    return (home, partner) if home and home != partner else None


# Round 57 (trade57): a later paragraph under a partner's subheading may go on to another partner, "AZERBAYCAN'DA
# İSTİKRARLI SEYİR" … "Özbekistan ile ticaret hacmi …. Yalnızca mart ayında Özbekistan'a …. İki ülke, ticaret hacmini
# 2027 yılına kadar 5 milyar dolara çıkarma hedefini …": the two countries are the home and that partner, not the
# heading's.
def _another_partner_in_paragraph(doc: Document, k: int, pair: tuple[str, str]) -> bool:
    """Does the last sentence before sentence `k` in its paragraph that names a state name one outside `pair` (the
    report's home and the heading's partner), none of the pair's partner?"""
    text, sentences = doc.text, doc.sentences
    for j in range(k - 1, 0, -1):
        codes = doc.codes(sentences[j])
        if pair[1] in codes:
            return False
        if any(code not in pair for code in codes):
            return True
        if "\n" in text[sentences[j - 1].end:sentences[j].start]:
            return False  # the paragraph's first sentence
    return False


# A period told as a part alone of the report's: Turkish "yalnızca mayıs ayında" (in May alone), "sadece", Azerbaijani
# "təkcə/yalnız may ayında", Russian "только в мае", English "in May alone", "only in May". It is an aside: "the same
# period" after it is still the report's ("Aynı dönemde … ithalat" after "yalnızca mayıs ayında": January–May).
_ALONE_BEFORE = re.compile(r"\b(?:yalnızca|yalnız|sadece|təkcə|только|only)\s+(?:(?:in|в|во)\s+)?(?:the\s+)?$", re.I)
_ALONE_AFTER = re.compile(r"\s+alone\b", re.I)


def _period_alone(sentence: str, period: tuple[str, int, int]) -> bool:
    return bool(_ALONE_BEFORE.search(sentence, max(0, period[1] - 20), period[1])
                or _ALONE_AFTER.match(sentence, period[2]))


# Round 86 (n4, growth_over_years): a rate told over a span of several years, "Over those three years turnover rose
# by 40.0 percent" after the figure of the span's first year (dev/1318), "за эти три года товарооборот вырос на 40%": a
# cumulative rise, not the figure's growth on the year before (_growth_of_last gives it to none).
_GROWTH_OVER_YEARS = re.compile(r"\b(?:over|in|across|during|within)\s+(?:those|these|the(?:\s+(?:past|last))?)\s+"
                                r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b"
                                r"|\bза\s+(?:эти|последние|те)\s+(?:два|три|четыре|пять|шесть|семь|восемь|девять|десять"
                                r"|\d{1,2})\s+(?:года|лет)\b", re.I)


def _rated_figure(doc: Document, found: list[FigureFound], period: str) -> FigureFound:
    """Round 100 (t1): the figure a rate told in a later sentence is of: the last one found, but the one of the
    report's `period` when the last is its comparison amount of an earlier period told after it in its sentence ("…
    достиг почти 1,1 млрд долларов против 908 млн долларов за тот же период прошлого года. Рост составил 21%.",
    dev/1483), which has no growth of its own."""
    last = found[-1]
    if len(found) > 1 and last.period != period and found[-2].period == period and last.kind == "trade" \
            and found[-2].kind == "trade" and found[-2].pair == last.pair and _ends_before(last.period, period) \
            and not any(found[-2].span[0] < t.start <= last.span[0] for t in doc.sentences):
        return found[-2]
    return last


def _growth_of_last(found: list[FigureFound], doc: Document, s, since: int, period: tuple[str, int, int],
                    published: date) -> bool:
    """A trade sentence with a growth and no amount, at most CARRY_PERIOD sentences after a figure that has
    none, gives it that growth: "2023-cü ildə … ticarət dövriyyəsi 7 milyard 624 milyon ABŞ dolları təşkil
    edib. … Ötən illə müqayisədə iki ölkə arasında ticarət dövriyyəsi 30,5 faiz artıb." Not when it names
    another state or another period than the figure's."""
    last = _rated_figure(doc, found, period[0]) if found else None  # (round 100, t1: not a comparison amount after it)
    if last is None or last.kind != "trade" or last.growth_pct is not None or since > CARRY_PERIOD:
        return False
    if not any(word in s.check for word in money.GROWTH_WORDS) or not set(doc.codes(s)) <= set(last.pair):
        return False
    if _flow_growth_after_turnover(last, s):
        return False
    if any(word in s.check for word in _SECTOR_WORDS) and _SECTOR_FLOW.search(s.text):
        return False  # round 45: one good's growth, "Trade in agricultural products with Kyrgyzstan doubled"
    if ("years" in s.check or "лет" in s.check or "год" in s.check) and _GROWTH_OVER_YEARS.search(s.text):
        return False  # round 86 (n4): a rise over several years is no year's growth (_GROWTH_OVER_YEARS)
    if _scope(s.text, s.check) != last.scope:
        return False  # round 89 (t1, growth_of_other_scope): non-oil trade's growth is not all trade's (dev/1358)
    if last.period.isdigit() and any(word in s.check for word in _MONTHS_COUNT_WORDS) \
            and _GROWTH_OVER_MONTHS.search(s.text):
        return False  # round 89 (t1, growth_over_months): a rise over some months is not a whole year's (dev/1358)
    own = when.period_in(s.text, published, s.check)
    growth = money.growth_in(s.text) if own is None or own[0] == period[0] else None
    if growth is None:
        return False
    if any(word in s.check for word in _NOT_PAIR_WORDS) and _NOT_PAIR_SUBJECT.search(s.text, 0, growth[1]):
        # round 86 (m1): a region's growth is not the pair's ("Особенно это видно по Баткенской области, где объем
        # приграничной торговли вырос почти вдвое", once approximate multiples told their rate; dev/753)
        return False
    last.growth_pct = growth[0]
    return True


# An amount in another currency (the sentence has no dollar amount, money.amounts_in): a number with a unit of scale
# ("EUR 187 million", "1,2 трлн тенге", "5 milyar manat")
_OTHER_CURRENCY = re.compile(r"\d\s?(?:bn|billion|mln|million|trillion|milyard|milyar|milyon|trilyon|млрд|млн|трлн|"
                             r"миллиард\w*|миллион\w*|триллион\w*)\b", re.I)


def _growth_told(doc: Document, s, published: date) -> tuple[str, float, list[str]] | None:
    """A sentence on the two states' turnover with a growth and a period but no amount, and no figure before it to
    take the growth (_growth_of_last): "in 2024 bilateral trade grew by 22%", "в 2024 году двусторонняя торговля
    выросла на 22%"; (period label, growth, the states it names), else None. Not a flow's growth ("exports grew")."""
    if not any(word in s.check for word in money.GROWTH_WORDS) or any(word in s.check for word in _FLOW_WORDS):
        return None
    codes = doc.codes(s)
    if len(set(codes)) > 2 or len(set(codes)) < 2 and not _OF_THE_TWO.search(s.text):
        return None
    if _OTHER_CURRENCY.search(s.text):
        return None  # "amounted to EUR 187 million last year, a 14 percent increase": that amount's growth, not in dollars
    period = when.period_in(s.text, published, s.check)
    growth = money.growth_in(s.text) if period else None
    return (period[0], growth[0], codes) if growth else None


# A growth told before its figure goes to the first turnover figure of its period at most this many sentences after
# it: "Bayramov recalled that in 2024 bilateral trade grew by 22%. … Last year turnover between the two countries was
# $612.4 million."
GROWTH_BEFORE = 6


def _give_growths_before(doc: Document, found: list[FigureFound], growths: list[tuple[int, str, float, list[str]]],
                         context_pair: tuple[str, str] | None) -> None:
    """Each growth of _growth_told to the first turnover figure of its period after it with no growth of its own,
    of the states it names (of the article's pair when it names none)."""
    if not growths:
        return
    starts = [s.start for s in doc.sentences]
    for k, label, growth, codes in growths:
        if len(set(codes)) == 1 and context_pair and codes[0] in context_pair:
            # round 79 (table79, dev/1239): one state named and "of the two" (_growth_told), the article's pair: "По
            # данным агентства статистики Узбекистана, в 2025 году товарооборот двух стран вырос на 29,8%"
            codes = list(context_pair)
        for figure in found:
            at = bisect_right(starts, figure.span[0]) - 1
            if figure.kind != "trade" or not k < at <= k + GROWTH_BEFORE or figure.period != label:
                continue
            if figure.flow == "turnover" and figure.growth_pct is None \
                    and set(figure.pair) == set(codes or context_pair or ()):
                figure.growth_pct = growth
            break  # only the first figure of that period after it


# A sentence without a period of its own takes the period of a figure at most this many sentences
# before: the breakdown follows its total ("Trade rose to $482.4 million in 2024. … Exports totalled
# $98.7 million, while imports …"), perhaps after one sentence on the growth. Not a sentence that names
# a year the period rules did not take (one after publication, "by 2030"): its period is its own.
# Round 70 (numbers70, dev/1124): a "by the numbers" line led by a rate, then a dash and the growth it measures, gives
# that growth to the figure of the next sentence: "2,1 dəfə — Özbəkistandan idxalın artımı. Yeddi ayda idxal 96,4
# milyon dollara çatıb" (2.1 times — the growth of imports from Uzbekistan; imports reached $96.4 million: growth 110),
# "18 faiz — Türkiyəyə ixracın artımı", Turkish "2 kat – Özbekistan'dan ithalattaki artış", English "2.1 times — the
# growth of imports from Uzbekistan". A rise of t times is (t − 1) × 100 percent, as money.growth_in reads it.
_RATE_LED_LINE = re.compile(r"\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>dəfə|kat|times|раза?|faiz|percent|%)\s+[—–]\s+"
                            r"[^.;]{0,80}?\b(?:(?P<up>artım|artış|growth|increase|rise|рост|прирост)"
                            r"|(?P<down>azalma|düşüş|decline|fall|drop|снижени|сокращени))\w*", re.I)
_RATE_LED_WORDS = ("dəfə", "kat", "times", "раз", "faiz", "percent", "%")  # one is in every match, as lowered() has it


def _rate_led_line(sentence: str, check: str) -> tuple[str, float] | None:
    """The flow ("turnover" when the line names none) and the signed growth of a line led by a rate
    (_RATE_LED_LINE), else None."""
    if not any(word in check for word in _RATE_LED_WORDS) or not (m := _RATE_LED_LINE.match(sentence)):
        return None
    n = float(m["n"].replace(",", "."))
    if m["unit"].lower() in ("faiz", "percent", "%"):
        growth = -n if m["down"] else n
    elif n <= 1:
        return None
    else:
        growth = round((1 / n - 1) * 100 if m["down"] else (n - 1) * 100, 1)
    flow = next((name for name, pattern in _FLOW if pattern.search(sentence, m.end("n"))), "turnover")
    return flow, float(growth)


def _give_rate_lines(found: list[FigureFound], doc: Document, rate_lines: list[tuple[int, str, float]]) -> None:
    """Each rate line's growth (_rate_led_line) to the first figure of its flow in the sentence right after it that has
    no growth of its own."""
    for k, flow, growth in rate_lines:
        if k + 1 >= len(doc.sentences):
            continue
        after = doc.sentences[k + 1]
        end = after.start + len(after.text)
        figure = next((f for f in found if f.kind == "trade" and after.start <= f.span[0] < end and f.flow == flow),
                      None)
        if figure is not None and figure.growth_pct is None:
            figure.growth_pct = growth


# Round 84 (h3, partner_clause_growths): after a release's figures of one home with several partners, a sentence with
# no amount telling the change of two partners' trade or more, a clause each naming one partner and its rate:
# "Türkiyə ilə ticarət 7,9 faiz, Qazaxıstanla 18,8 faiz artıb" (up 7.9% with Türkiye, 18.8% with Kazakhstan), "…,
# Qırğızıstanla ticarət 2,1 dəfə artıb", "Trade with Kazakhstan grew 18.8%, with Uzbekistan 6.3%" (dev/1298). Each
# rate (money.growth_in) goes to the turnover figure of the home and that partner of the latest period told before,
# when it has none. A clause ending on its rate shares the verb of the clause after it (Azerbaijani and Turkish put
# it last: "7,9 faiz, … 18,8 faiz azalıb" both fell), else of the clause before it ("grew 18.8%, with Uzbekistan
# 6.3%"). One partner named alone is _growth_of_last's; a sentence of another period gives nothing.
_RATE_ENDS_CLAUSE = re.compile(r"(?:faiz|%|percent|per\s+cent|процент\w*|dəfə|kat|times|раза?)\s*[.;!?]?\s*$", re.I)


def _give_partner_clause_growths(doc: Document, found: list[FigureFound], published: date) -> None:
    """Each partner's rate a sentence of rates after the figures tells (see above), to that partner's figure."""
    trades = [f for f in found if f.kind == "trade" and f.flow == "turnover"]
    homes = _shared_by_figures(trades)
    if len(trades) < 2 or len(homes) != 1:
        return
    for s in doc.sentences:
        if s.start < trades[0].span[1] or not any(word in s.check for word in money.GROWTH_WORDS):
            continue
        partners = set(doc.codes(s)) - homes
        if len(partners) < 2 or not _TRADE.search(s.text) or money.amounts_in(s.text, s.check):
            continue
        before = [f for f in trades if f.span[1] <= s.start]
        own = when.period_in(s.text, published, s.check)
        if own and own[0] not in {f.period for f in before}:
            continue
        rates: list[tuple[str, float, bool]] = []  # (partner, rate, its verb its own)
        start = 0
        for clause in _GROWTH_CLAUSE_BREAK.split(s.text):
            at = s.text.find(clause, start)
            start = at + len(clause)
            named = [m for m in doc.countries.within(s.start + at, s.start + start) if m.iso3 not in homes]
            # the partner "with" whom ("Qazaxıstanla", "with Uzbekistan"), not a place the clause names ("cargo
            # between the ports of Aktau and Baku increased by 27 percent")
            growth = money.growth_in(clause) if len({m.iso3 for m in named}) == 1 and _after_with(doc, named[0]) \
                else None
            if growth is None:
                continue
            rates.append((named[0].iso3, growth[0], not _RATE_ENDS_CLAUSE.search(clause)))
        for i, (partner, rate, own_verb) in enumerate(rates):
            if not own_verb:
                # the verb of the next clause with one (verb-final), else of the one before
                sharer = next((r for r in rates[i + 1:] if r[2]), None) or next(
                    (r for r in reversed(rates[:i]) if r[2]), None)
                if sharer is None:
                    continue
                rate = -abs(rate) if sharer[1] < 0 else abs(rate)
            mine = [f for f in before if partner in f.pair]
            if not mine:
                continue
            latest = max((f.period for f in mine), key=_period_end)
            for f in mine:
                if f.period == latest and f.growth_pct is None:
                    f.growth_pct = rate


# Round 73 (stat73): a release's bulleted list of partners' shares, each line the state, a dash, its share and the
# growth of its trade in brackets, "• Hungary — 0.4% (growth of 4.7%)" (dev/1164, after the lead "Shares of Turkic
# partners in Uzbekistan's total foreign trade turnover, January–May 2026:"), "- Kazakhstan: 6.0% (+9.8%)". The line
# holds no amount: its growth is that of the turnover figure of the lead's home and the line's state, of the lead's
# period, told before the list with no growth of its own (a line repeating a growth already told gives nothing).
_SHARE_LINE_REST = re.compile(r"(?:\s*\([^()\d]{0,40}\))?\s*[–—:-]\s*\d+(?:[.,]\d+)?\s?%\s*\(\s*(?:(?:an?\s+)?"
                              r"(?:(?P<up>growth|increase|rise|up)|(?P<down>decline|decrease|fall|drop|down))"
                              r"\s+(?:of\s+|by\s+)?)?(?P<rate>[-+−]?\d+(?:[.,]\d+)?)\s?%\s*\)\s*[;,.]?\s*$", re.I)


def _share_line_growth(doc: Document, s) -> tuple[str, float] | None:
    """The state and the signed growth of a bulleted line of a partner's share (_SHARE_LINE_REST), else None."""
    head = _BULLET_HEAD.match(s.text)
    if not head or s.text[:head.end()].isspace() or "%" not in s.text:
        return None
    mentions = _trading_mentions(doc, s)
    if len(mentions) != 1 or mentions[0].start - s.start != head.end():
        return None
    m = _SHARE_LINE_REST.match(s.text, mentions[0].end - s.start)
    if not m:
        return None
    rate = float(m["rate"].replace(",", ".").replace("−", "-"))
    return mentions[0].iso3, -abs(rate) if m["down"] else rate


def _give_share_line_growths(doc: Document, found: list[FigureFound], published: date) -> None:
    """Each share line's growth (_share_line_growth) to the one turnover figure before its list of the lead's home and
    the line's state, of the lead's period, when that figure has no growth (the lead: the sentence before the list,
    ending with a colon and naming one state of the ties and a period)."""
    lead_at: int | None = None  # the lead of the list of share lines going on
    for k, s in enumerate(doc.sentences):
        after_lead = lead_at is not None or k and doc.sentences[k - 1].text.rstrip().endswith(":")
        line = _share_line_growth(doc, s) if after_lead else None
        if line is None:
            lead_at = None
            continue
        lead_at = k - 1 if lead_at is None else lead_at
        lead = doc.sentences[lead_at]
        homes = set(doc.codes(lead)) & places.TIE_CODES
        period = when.period_in(lead.text, published, lead.check)
        if len(homes) != 1 or not period:
            continue
        pair = {*homes, line[0]}
        figures = [f for f in found if f.kind == "trade" and f.flow == "turnover" and f.span[0] < lead.start
                   and set(f.pair) == pair and f.period == period[0]]
        if len(figures) == 1 and figures[0].growth_pct is None:
            figures[0].growth_pct = line[1]


CARRY_PERIOD = 2

# Turkish and Azerbaijani "… olan" (which was): "2018'de 3,6 milyar dolar olan iki ülke arasındaki ticaret hacmi, geçen
# yıl yüzde 23 artışla 4 milyar 440 milyon dolara ulaştı" (trade, $3.6 billion in 2018, reached $4.44 billion last
# year): the first amount, with a period of its own before it, is the trade's earlier value.
_WHICH_WAS = re.compile(r"\w{0,4}\s+olan\b", re.I)


# English and Russian tell the earlier value in a relative clause between commas, the main clause's verb after it: "Turkey's
# trade with Azerbaijan, which stood at $6.9 billion in 2022, grew to $7.5 billion in 2023", "Товарооборот, который в 2022
# году составлял 300 млн долларов, в 2023 году вырос до 450 млн".
_WHICH = re.compile(r",\s+(?:which|that|который|которая|которое)\s", re.I)
_WHICH_WORDS = ("which", "that", "котор")  # one is in every _WHICH match
# (round 18: the other verbs of a fall or a rise too, "…, which stood at $2.3 billion in 2023, slid to $2.1 billion")
_MAIN_VERB = re.compile(r"(?:[^\s,]+\s+){0,4}?(?:has\s+|had\s+)?(?:grew|rose|climbed|jumped|increased|fell|declined|"
                        r"dropped|reached|exceeded|surpassed|topped|stood|amounted|totall?ed|was|came|slid|slipped|dipped|"
                        r"plunged|tumbled|sank|shrank|contracted|decreased|edged|surged|soared|expanded|doubled|вырос\w*|"
                        r"увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*|состави\w*|достиг\w*|превысил\w*)\b",
                        re.I)


def _relative_end(sentence: str, check: str, amounts: list[money.Amount]) -> int | None:
    """Where the main clause resumes after a relative clause holding the first amount (_WHICH, _MAIN_VERB), when the
    second amount is in it; else None."""
    if not any(word in check for word in _WHICH_WORDS):
        return None
    which = None
    for which in _WHICH.finditer(sentence, 0, amounts[0].start):
        pass
    if which is None or ", " in sentence[which.end():amounts[0].start]:
        return None  # no relative clause, or one closed before the amount ("…, which is growing fast, reached …")
    comma = sentence.find(", ", amounts[0].end, amounts[1].start)
    return comma + 1 if comma >= 0 and _MAIN_VERB.match(sentence, comma + 2) else None


# Round 46: two amounts each told with its own period after it, joined by "and": "amounted to $402.7 million in October
# and to $3,871.2 million in January–October 2026", Russian "составил 402,7 млн долларов в октябре и 3 871,2 млн
# долларов в январе–октябре": the month's and the months' figures, not one period for both.
_OWN_PERIOD_AND = re.compile(r"\s+(?P<when>(?:in|for|over|during|в|за)\s+[^,;$\d]{2,40}?(?:\s+\d{4})?)\s*,?\s+"
                             r"(?:and|и|а)\s+(?:(?:to|at|of|до)\s+)?(?:(?:—|–|-)\s+)?$", re.I)

_OWN_PERIOD_NEXT = re.compile(r"[\s\u00a0]*(?:[—–-][\s\u00a0]*)?(?:(?:in|for|over|during|в|за)\s+)?(?:the\s+)?", re.I)


def _own_period_each(sentence: str, amounts: list[money.Amount], published: date):
    """(the first amount's period, the second's, where the second's clause begins) of two amounts each told with its
    own period right after it (_OWN_PERIOD_AND); else None."""
    m = _OWN_PERIOD_AND.match(sentence[:amounts[1].start], amounts[0].end)
    if m is None or (first := when.period_in(m["when"], published)) is None:
        return None
    tail = sentence[amounts[1].end:]
    end = min((i for i in (tail.find(","), tail.find(";")) if i >= 0), default=len(tail))
    rest = when.period_in(tail[:end], published)
    if rest is None or not _OWN_PERIOD_NEXT.fullmatch(tail[:rest[1]]):
        return None  # the second amount's period must follow it ("… 3 871,2 млн — в январе–октябре")
    at = m.end("when")
    return ((first[0], first[1] + m.start("when"), first[2] + m.start("when")),
            (rest[0], rest[1] + amounts[1].end, rest[2] + amounts[1].end), at)


def _own_period_before_each(sentence: str, amounts: list[money.Amount], published: date):
    """Round 50: (the first amount's period, the second's, where the second's clause begins) of two amounts each told
    after its own period, the second in a further clause (_clause_period): "Только в октябре … составил 357,2 млн
    долларов, а по итогам девяти месяцев показатель составлял 3,21 млрд", "In October alone … $357 million, while for
    the nine months it stood at $3.2 billion"; else None."""
    between = sentence[amounts[0].end:amounts[1].start]
    if (further := _clause_period(between, published, "")) is None:
        return None
    at = amounts[0].end + further[1]
    first = when.period_in(sentence[:at], published)
    if first is None or first[0] == further[0] or (whole := when.period_in(sentence, published)) is None \
            or whole[0] == first[0]:
        return None  # the sentence's period is the first clause's already
    rest = when.period_in(sentence[at:], published)
    return (first, (rest[0], rest[1] + at, rest[2] + at), at) if rest else None


def _periods_split(sentence: str, check: str, amounts: list[money.Amount], published: date):
    """(the first amount's period, the rest's period, where the rest's clause begins) of a sentence told as "<period> X
    olan …, <period> Y" or with the first amount in a relative clause (_relative_end); None unless both parts have a
    period."""
    if len(amounts) < 2:
        return None
    if "olan" in sentence and (m := _WHICH_WAS.match(sentence, amounts[0].end)):
        at = m.end()
    elif (at := _relative_end(sentence, check, amounts)) is None:
        return _own_period_each(sentence, amounts, published) or _own_period_before_each(sentence, amounts, published)
    first = when.period_in(sentence[:at], published)
    rest = when.period_in(sentence[at:], published)
    return (first, rest, at) if first and rest else None


# Round 85 (k6, chained_periods): an "olan" sentence going on from its second amount to a third with a period of its
# own after a comma: "2023'te 18,6 milyon dolar olan ticaret hacmi 2024'te 24,1 milyon dolara, geçen yıl ise yüzde 31,5
# artışla 31,7 milyon dolara yükseldi" (dev/1313): the second amount's clause ends at that comma (the rate after it is
# the third's), and the third is of its own period (last year), not the second's.
def _next_own_period_clause(sentence: str, end: int, next_start: int, period, published: date) -> int:
    """Where the clause after the amount ending at `end` closes: at the last ", " before the next amount when the words
    after it name a period other than `period`; else `next_start`."""
    comma = sentence.rfind(", ", end, next_start)
    if comma < 0 or not period:
        return next_start
    own = when.period_in(sentence[comma + 1:next_start], published)
    return comma if own and own[0] != period[0] else next_start


# Round 92 (t1, those months): a flow's figure right after a dollar figure, of "those months" it told, its currency
# left out: "We had just over 196 million dollars in turnover. Our exports alone came to 71.3 million in those five
# months" (dev/1386): read as a look back's bare amount (money.bare_amounts, whose tail the months are)
_THOSE_MONTHS = re.compile(rf"\b{money.THOSE_MONTHS}\b", re.I)


def _told_in(figure: FigureFound, s) -> bool:
    """Was `figure` told in sentence `s`?"""
    return s.start <= figure.span[0] < s.start + len(s.text)


def _target_after_remark(doc: Document, s, between, pair: tuple[str, str]) -> bool:
    """A target noun's sentence two after a trade figure of `pair`, the one between a remark on it with no amount and no
    state but one of the pair (round 41, trade B: '"Tashkent is now our largest partner," he said. "The presidents have
    given us a very clear instruction: $10 billion by 2030."'):
    "Trade was about $4.3 billion last year. This figure is far below our potential. Our goal is $10 billion by
    2030", Turkish "Bu rakam potansiyelimizin çok altında. … 10 milyar dolarlık hedefe 2030 yılına kadar ulaşmak";
    so too a cue verb taking "it" (_REFERS_BACK): "Last year's figure is not bad, but it does not reflect our potential.
    I am sure we can bring it to $1 billion by 2030"."""
    return (any(word in s.check for word in _TARGET_NOUN_WORDS)
            or any(word in s.check for word in _REFERS_BACK_WORDS) and bool(_REFERS_BACK.search(s.text))) \
        and _remark_names_no_other(doc, s, between, pair) and not money.amounts_in(between.text, between.check)


# Round 55 (tradetext55): an interview's answer naming the target right after the question that asks for it, the
# trade figure two or three sentences back: "… it stood at just $190 million. That is not yet the size we want. Q: What
# size do you want? A: We have set ourselves the goal of reaching one billion dollars by 2030" (the figure's pair);
# every sentence between a remark with no amount and no other state, the last one a question.
TARGET_AFTER_QUESTION = 3  # sentences at most between the trade figure and the answer


def _target_after_question(doc: Document, s, k: int, last_trade: int, pair: tuple[str, str]) -> bool:
    """Is sentence k (a target noun's) the answer to a question right before it, the trade figure of `pair` told in
    sentence `last_trade` with only remarks between (_remark_names_no_other, no amount)?"""
    return any(word in s.check for word in _TARGET_NOUN_WORDS) and _answer_after_remarks(doc, s, k, last_trade, pair)


def _answer_after_remarks(doc: Document, s, k: int, last_trade: int, pair: tuple[str, str]) -> bool:
    """Is sentence k the answer to a question right before it, only remarks (_remarks_only_between) between it and the
    trade figure of `pair` told in sentence `last_trade`?"""
    return 2 <= k - last_trade - 1 <= TARGET_AFTER_QUESTION and doc.sentences[k - 1].text.rstrip().endswith("?") \
        and _remarks_only_between(doc, s, last_trade, k, pair)


# Round 72 (tvb72, dev/1156): an interview's answer looking back to the figure with "it" (_FIGURE_BACK) after a remark
# and the host's question, "… in 2023 we were at around $450 million. So in two years we have added almost half. — And
# this year? — From January to April it was $231 million": a further figure of that trade.
def _figure_back_after_question(doc: Document, s, k: int, last_trade: int, pair: tuple[str, str]):
    """The _FIGURE_BACK match of sentence k when it answers a question after remarks on the figure of `pair`
    (_answer_after_remarks), else None."""
    if not doc.sentences[k - 1].text.rstrip().endswith("?"):
        return None
    back = _FIGURE_BACK.search(s.text)
    return back if back and _answer_after_remarks(doc, s, k, last_trade, pair) else None


def _remarks_only_between(doc: Document, s, last_trade: int, k: int, pair: tuple[str, str]) -> bool:
    """Is every sentence between the trade figure of `pair` (told in sentence `last_trade`) and sentence k a remark with
    no amount (or only one good's, _one_good_s_amount) that names no other state (_remark_names_no_other)?"""
    return all(_remark_names_no_other(doc, s, between, pair)
               and (not (amounts := money.amounts_in(between.text, between.check))
                    or _one_good_s_amount(between, amounts[0]))  # round 102 (t1)
               for between in doc.sentences[last_trade + 1:k])


# Round 102 (t1): one good's part of the figure told between, the good its subject and no trade word (_GOOD_BEFORE:
# "Hungarian exports made up $341 million of last year's total, … Pharmaceuticals alone exceeded $120 million. In the
# first eight months of this year, trade grew by another 18 per cent to nearly $300 million", dev/1526), is a remark on
# that trade, as one with no amount is
def _one_good_s_amount(between, first: money.Amount) -> bool:
    """Is the sentence `between`'s first amount one good's, that good named before it and no trade word in it?"""
    return any(word in between.check for word in _SECTOR_WORDS) and not _TRADE.search(between.text) \
        and bool(_GOOD_BEFORE.search(between.text, 0, first.start))


# Round 65 (tradetr65, dev/1068): a speaker's bare "trade volume" of another period a few remarks after the figure
# he told, no state named between ("Türkmenistan ile ticaretimiz … 2 milyar 300 milyon doların biraz üzerinde. Bu rakam
# potansiyelimizin çok altında. Ancak yeni yılın ilk işaretleri olumlu. Bu yılın ocak-şubat döneminde ticaret hacmi …
# 390 milyon dolar oldu"): that figure's trade, not the article's first two states.
BARE_FIGURE_AFTER_REMARKS = 2  # remarks at most between


def _bare_figure_after_remarks(doc: Document, s, k: int, last_trade: int, pair: tuple[str, str]) -> bool:
    """Does sentence k, naming no state, come at most BARE_FIGURE_AFTER_REMARKS remarks (_remarks_only_between) after
    the trade figure of `pair` told in sentence `last_trade`?"""
    return 1 <= k - last_trade - 1 <= BARE_FIGURE_AFTER_REMARKS and _remarks_only_between(doc, s, last_trade, k, pair)


def _remark_names_no_other(doc: Document, s, between, pair: tuple[str, str]) -> bool:
    """Does the remark `between` name no state, or (round 41, trade B) only states of `pair` when the target sentence `s`
    is no target named by its size (that one is its setters' or the reported trade's, _target_by_size: "Hungarian
    machinery made up most of it. Still, the $1 billion target set by Orbán and Mirziyoyev looks far away")?"""
    named = set(doc.codes(between))
    return not named or named <= set(pair) and not _target_by_size(s.text, s.check)


def _ends_before(label: str, other: str) -> bool:
    """Does the period `label` end before the period `other` does (2025-H1 and 2024 before 2025-9M)? A figure of such a
    period told after the report's is a look back ("В первом полугодии показатель составлял 201 млн долларов, а по
    итогам всего 2024 года … 390 млн" after January–September): "за тот же период" next is still the report's."""
    try:
        mine, theirs = parse_period(label), parse_period(other)
    except BadPeriod:
        return False
    return mine.end is not None and theirs.end is not None and mine.end < theirs.end


def _earlier_periods(found: list[FigureFound], last: str) -> list[str]:
    """The periods of the trade figures found before, latest first, other than `last`. Round 45: latest by the time
    they end, not by where they were told: the report's own half-year before a baseline's told after it ("Geçen yılın
    aynı döneminde … 3 milyar 244 milyon dolar …" then "ilk altı ayda" after a month's figure is this year's)."""
    periods = list(dict.fromkeys(f.period for f in reversed(found) if f.kind == "trade" and f.period != last))
    return sorted(periods, key=_period_end, reverse=True)  # stable: of two ending alike, the one told later first


# Round 47 (trade releases): "the same period" far past a look back to an earlier period is the report's own: after
# "Jan–Sep trade … Geçen yılın tamamında ise … 4 milyar 116 milyon dolar" (last year as a whole), a quote and a remark,
# "Aynı dönemde Türkiye ile Azerbaycan arasındaki ticaret hacmi …" is January–September's; right after the look back
# (CARRY_PERIOD sentences at most) it is still the year's.
# Round 47 (trade releases): "that year" opening a sentence is the last year the sentence before named, a comparison's
# too: "… 2025-ci ildə 2 milyard 412 milyon dollar …, bu da 2024-cü illə müqayisədə 6,8 faiz çoxdur. Həmin il bu rəqəm 2
# milyard 258 milyon dollar idi" (2024), Turkish "O yıl", Russian "В том году", English "That year".
_THAT_YEAR = re.compile(r"^\W*(?:həmin\s+il(?:də)?|o\s+yıl(?:da)?|в\s+том\s+году|(?:in\s+)?that\s+year)\b", re.I)


def _that_year(doc: Document, k: int, sentence: str, published: date) -> tuple[str, int, int] | None:
    """The last year sentence k - 1 names, spanning the "that year" sentence k opens with (_THAT_YEAR); else None."""
    if not (m := _THAT_YEAR.match(sentence)):
        return None
    years = [y for y in _A_YEAR.findall(doc.sentences[k - 1].text) if int(y) <= published.year]
    return (years[-1], m.start(), m.end()) if years else None


# Round 101 (t1): "the previous year" before a figure's amount is the year before the last one the sentence before
# names, a narrative told of its own time ("I first travelled to Tashkent on 12 May 2010, … Our trade the previous year
# had been just under $60 million", dev/1497: 2009), not the year before the article's ("last year" is); after the
# amount it is a rate's baseline ("$338.9 million, an increase of 14.2 per cent on the previous year", dev/1141)
def _year_before_the_one_told(doc: Document, k: int, sentence: str, period: tuple[str, int, int],
                              published: date) -> tuple[str, int, int] | None:
    """The year before the last year sentence k - 1 names (up to the article's), spanning `period` when it is "the
    previous year"; else None."""
    if sentence[period[1]:period[2]].lower() != "the previous year":
        return None
    years = [y for y in _A_YEAR.findall(doc.sentences[k - 1].text) if int(y) <= published.year]
    return (str(int(years[-1]) - 1), period[1], period[2]) if years else None


# Round 75 (manat75): "that period" opening a sentence right after a figure of an earlier period told as an aside is
# that figure's period, not the report's: "… ötən il ticarət dövriyyəsi 200 milyon dollardan çox olub. Həmin dövrdə
# Azərbaycanın Macarıstana ixracı … 12 milyon dollara çatıb" (last year's exports, dev/1190); Turkish "O dönemde",
# English "In that period", Russian "В тот период". Not "the same period" ("eyni dövrdə", "за тот же период"): the
# report's own (when.period_back_in).
_THAT_PERIOD_OPENS = re.compile(r"^\W*(?:(?:həmin|o)\s+(?:dövrdə|dönemde)|(?:in|during)\s+that\s+period|"
                                r"в\s+тот\s+период)\b(?!\s+же)", re.I)


# Round 90 (t2, topic_goes_on): a subject set off by the particle "isə"/"ise"/"же" (as for …) goes on with the
# figure just told, when that figure turned to another measure of its own, earlier period: "Bu ilin yanvar-fevral
# aylarında dövriyyə 97 milyon dolları ötüb. … qeyri-neft ticarəti ötən il 540 milyon dollara yaxın olub. Qazaxıstana
# ixracımız isə 210 milyon dollardan çox olub" (last year's exports, dev/1365), "İhracat ise …", "Экспорт же …". Not
# after a look back of the same measure ("… 97 milyon. Ötən ilin eyni dövründə 80 milyon idi. İxrac isə …": the
# report's own period, as before); nor in a new paragraph ("Macarıstanla dövriyyə isə 10 ayda …": a partner's own).
_TOPIC_PARTICLE_OPENS = re.compile(r"^\W*(?:[^\W\d][\w'’-]*\s+){1,4}?(?:isə|ise|же)\b", re.I)
_TOPIC_PARTICLES = (" isə", " ise", " же")  # as the text has them; one is in every _TOPIC_PARTICLE_OPENS match


def _period_of_figure_before(doc: Document, found: list[FigureFound], k: int,
                             sentence: str) -> tuple[str, int, int] | None:
    """The period of the trade figure told in sentence k - 1, spanning the "that period" sentence k opens with
    (_THAT_PERIOD_OPENS), or the subject it sets off by a particle when that figure is another measure than the one
    before it (_TOPIC_PARTICLE_OPENS); else None."""
    if not found or found[-1].kind != "trade" or not _told_in(found[-1], doc.sentences[k - 1]):
        return None
    if (m := _THAT_PERIOD_OPENS.match(sentence)):
        return (found[-1].period, m.start(), m.end())
    if len(found) > 1 and found[-2].kind == "trade" and found[-2].period != found[-1].period \
            and (found[-2].scope, found[-2].flow) != (found[-1].scope, found[-1].flow) \
            and "\n" not in doc.text[doc.sentences[k - 1].start:doc.sentences[k].start] \
            and any(word in sentence for word in _TOPIC_PARTICLES) and (m := _TOPIC_PARTICLE_OPENS.match(sentence)):
        return (found[-1].period, m.start(), m.end())
    return None


# Round 83 (h2): "the reporting period" is the report's own, never a look back's, even right after one: "2025-ci ilin
# yanvar-oktyabr aylarında … dövriyyə 252 280,1 min ABŞ dolları olmuşdu. … Hesabat dövründə Azərbaycan Özbəkistana …
# ixrac edib" after January–October 2026 (its exports, dev/1286); "за отчетный период", "in the reporting period",
# "raporlama döneminde" (as cheap.lowered() has them; the words of when._SAME_PERIOD's reporting forms).
_REPORTING_PERIOD_WORDS = ("hesabat", "reporting", "under review", "отчетн", "отчётн", "raporlama")


def _same_period_past_a_look_back(doc: Document, found: list[FigureFound], carried, k: int, period):
    """`period` (the carried one "the same period" refers to), or the report's latest when the carried one is a look
    back told more than CARRY_PERIOD sentences before and ending before a period of the report's told earlier.
    Round 83 (h2): "the reporting period" at any distance (_REPORTING_PERIOD_WORDS)."""
    told = lowered(doc.sentences[k].text[period[1]:period[2]])
    if _sentences_since(doc, carried[0], k) <= CARRY_PERIOD \
            and not any(word in told for word in _REPORTING_PERIOD_WORDS):
        return period
    earlier = _earlier_periods(found, carried[1][0])
    if not earlier or not _ends_before(carried[1][0], earlier[0]):
        return period
    # of the periods ending last, the longest: January–September, not September alone told after it
    latest = [label for label in earlier if _period_end(label) == _period_end(earlier[0])]
    return (min(latest, key=_period_start), *period[1:])


# Round 48 (trade B): a quarter's, a half-year's or a month's figures told after a release's figures for the whole of
# that year ("Imports from Türkiye reached $1,562.4 million in 2025 … In the fourth quarter, imports from Türkiye were
# $418.9 million … In December alone, …") are a part of the year: a later paragraph that names no period of its own
# goes back to the year ("Imports from Azerbaijan … totalled $3.1 million, against $2.2 million a year earlier": 2025).
# Round 50 (trade text): a figure with no period of its own right after a short sentence that opens with one and
# tells no amount is of that period: an interview's answer "Last year was a very good year for us. Our bilateral trade
# reached $5.1 billion, which is 9.4 percent more than in 2024" (2025), Turkish "Geçen yıl bizim için iyi bir yıldı."
# Before the period at most a Q&A label ("A:"); the sentence in the same paragraph and naming no state.
# Round 92 (t1, the months as subject): or "the" before it, the answer "The first five months look even better. We had
# just over 196 million dollars in turnover, …" (dev/1386): the months told with no year are the current year's; the
# turn's label may be a word in capitals ("GUEST: The first four months …")
_OPENING_LABEL = re.compile(r"^\W*(?:[A-ZА-ЯÇĞİÖŞÜƏ]{1,3}\s*[:.]\s*|[A-ZА-ЯÇĞİÖŞÜƏ]{4,12}\s*:\s*)?(?:[Tt]he\s+)?$")
# Round 50 (trade gaps): or a bare year as the sentence's subject, "2025 was a record year for us.", "2025 bizim için
# rekor bir yıldı", Azerbaijani "2025-ci il bizim üçün uğurlu oldu", Russian "2025 год стал для нас рекордным".
_YEAR_SUBJECT = re.compile(r"\W*(?:[A-ZА-ЯÇĞİÖŞÜƏ]{1,3}\s*[:.]\s*)?(20\d\d)"
                           r"(?:-?(?:ci|cı|cu|cü)\s+il|\s+yılı|(?:-?(?:й|ый))?\s+год)?\s+"
                           r"(?:was|has\s+been|proved|turned\s+out|became|стал|был|оказался|выдался|bizim|bizə|için"
                           r"|üçün)\b",
                           re.I)
# Round 51 (trade gaps): Russian names last year as the subject in the nominative, which no period rule reads:
# "Прошлый год стал для нас рекордным.", "Минувший год выдался удачным" (the year before the article's).
_LAST_YEAR_SUBJECT_RU = re.compile(r"\W*(?:[А-ЯЁ]{1,3}\s*[:.]\s*)?(?:прошлый|минувший|прошедший)\s+год\s+"
                                   r"(?:стал|был|оказался|выдался)\b", re.I)
OPENING_PERIOD_LENGTH = 80  # characters: a short sentence, only the period and a remark on it


# Round 77 (brief77): or the year the figures to come are of, "The final 2025 figures are in." (dev/1206), "Full-year
# 2024 data are out.", "Preliminary 2025 numbers were published on Monday."
_PERIOD_OF_FIGURES_TO_COME = re.compile(r"\W*(?:the\s+)?(?:(?:final|full|full-year|latest|preliminary|official|first)"
                                        r"\s+)?(?:full-year\s+)?(20\d\d)\s+(?:trade\s+)?(?:figures|data|numbers|"
                                        r"statistics)\s+(?:are|were|have\s+been|came)\b", re.I)


def _paragraph_since(doc: Document, j: int, k: int) -> bool:
    """Does sentence k stand in a later paragraph than sentence j (a line break between them)?"""
    return j < k and "\n" in doc.text[doc.sentences[j].end:doc.sentences[k].start]


def _period_opening_before(doc: Document, k: int, published: date) -> tuple[str, int, int] | None:
    """The period sentence k - 1 opens with when it is short and tells no amount, spanning nothing; else None. Round 77
    (brief77): a bullet's bold label opening it is left out (its states are the item's, _digest_item_pair)."""
    before = doc.sentences[k - 1]
    if label := bold_label_end(before.text):
        before = Sentence(before.start + label, before.end, before.text[label:], before.check[label:])
    if len(before.text) > OPENING_PERIOD_LENGTH or "\n" in doc.text[before.end:doc.sentences[k].start] \
            or doc.codes(before) or money.amounts_in(before.text, before.check):
        return None  # not another paragraph's, nor a sentence naming states ("In 2024, Russia's trade with China …")
    if (year := _PERIOD_OF_FIGURES_TO_COME.match(before.text)) and int(year[1]) <= published.year:
        return (year[1], 0, 0)  # round 77: "The final 2025 figures are in."
    own = when.period_in(before.text, published, before.check)
    if own is None and (year := _YEAR_SUBJECT.match(before.text)) and int(year[1]) <= published.year:
        return (year[1], 0, 0)  # round 50: "2025 was a record year for us."
    if own is None and "год" in before.check and _LAST_YEAR_SUBJECT_RU.match(before.text):
        return (str(published.year - 1), 0, 0)  # round 51: "Прошлый год стал для нас рекордным."
    if own is None or not _OPENING_LABEL.match(before.text[:own[1]]):
        return None
    return (own[0], 0, 0)


_PART_OF_YEAR = re.compile(r"(20\d\d)-(?:Q[1-4]|H[12]|\d\d)")


def _year_of_the_part(doc: Document, found: list[FigureFound], carried, k: int):
    """The carried period's year, when the carried one is a part of a year (_PART_OF_YEAR) a figure before it was of
    as a whole and sentence k stands in a later paragraph than the last figure of a part; else None."""
    if not (part := _PART_OF_YEAR.fullmatch(carried[1][0])) \
            or not any(f.kind == "trade" and f.period == part[1] for f in found):
        return None
    last_part = max((f.span[1] for f in found if f.kind == "trade" and f.period.startswith(part[1] + "-")),
                    default=None)
    told_in_another = last_part is not None and "\n\n" in doc.text[last_part:doc.sentences[k].start]
    return (part[1], *carried[1][1:]) if told_in_another else None


# Round 49 (trade releases): so too a month's or a quarter's figure told after figures of a longer period of the same
# year that holds it ("In September, trade with Türkiye totalled $84.9 million." after January–September's): a later
# paragraph naming no period of its own ("Trade with Tajikistan fell by 12.4% to about $41 million") goes back to the
# longest such period, not the month.
def _whole_of_the_part(doc: Document, found: list[FigureFound], carried, k: int):
    """The longest period a trade figure before was of that holds the carried one (a part of a year, _PART_OF_YEAR),
    when sentence k stands in a later paragraph than the last figure of a part of it; else None."""
    part = carried[1][0]
    if not _PART_OF_YEAR.fullmatch(part):
        return None
    start, end = _period_start(part), _period_end(part)
    if start == date.max or end == date.min:
        return None
    wholes = {f.period for f in found if f.kind == "trade" and f.period != part
              and _period_start(f.period) <= start and end <= _period_end(f.period)}
    if not wholes:
        return None
    # the longest of those starting first ("2026-9M" before "2026-5M"), then by label: a set's order changes with
    # the hash seed, and a tie left to it gave one article two readings from run to run
    whole = min(wholes, key=lambda period: (_period_start(period), -_period_end(period).toordinal(), period))
    w_start, w_end = _period_start(whole), _period_end(whole)
    last_part = max((f.span[1] for f in found if f.kind == "trade" and f.period != whole
                     and w_start <= _period_start(f.period) and _period_end(f.period) <= w_end), default=None)
    told_in_another = last_part is not None and "\n\n" in doc.text[last_part:doc.sentences[k].start]
    return (whole, *carried[1][1:]) if told_in_another else None


def _period_start(label: str) -> date:
    """When the period `label` starts (date.max when it cannot be read)."""
    try:
        return parse_period(label).start or date.max
    except BadPeriod:
        return date.max


def _period_end(label: str) -> date:
    """When the period `label` ends (date.min when it cannot be read)."""
    try:
        return parse_period(label).end or date.min
    except BadPeriod:
        return date.min


def _report_goes_on(sentence: str, published: date, check: str, k: int, carried):
    """The carried (sentence, period) after a figure left out (a group's, the world's, another partner's): its own
    period, else the one carried if near, now carried from this sentence.
    Round 20: at any distance when it refers back to the period carried ("Hesabat dövründə Azərbaycanın ümumi xarici
    ticarət dövriyyəsi …" (in the reporting period) after a lead naming January to June and a photo caption): the same
    period, not a year before (that one is a comparison's)."""
    period = when.period_in(sentence, published, check)
    if period is None and carried and (k - carried[0] <= CARRY_PERIOD or _refers_to_carried(sentence, check, carried)):
        period = carried[1]
    return (k, period) if period else carried


def _refers_to_carried(sentence: str, check: str, carried) -> bool:
    """The sentence names the period carried by "the same period" or "the reporting period" (when.period_back_in)."""
    back = when.period_back_in(sentence, carried[1][0], check)
    return back is not None and back[0] == carried[1][0]


# Round 42 (trade A): a release's remarks with no number at all keep its period going: "Mutual trade … in January–June
# 2026 amounted to $298.6 million. Hungary thus remained Kazakhstan's fourth-largest trading partner in Central Europe.
# The growth came mostly from the Kazakh side. Kazakhstan's exports to Hungary rose by 35.1% to $171.2 million" (the
# half-year's exports). Only remarks that name a state, and only so far: twice CARRY_PERIOD sentences at most (not a
# quote's "Going from four hundred million to a billion …" after "Analysts are sceptical about the headline target.").
def _remarks_since(doc: Document, j: int, k: int) -> int:
    """How many sentences sentence k is after sentence j, not counting the remarks on a state between
    (_remark_on_a_state); more than CARRY_PERIOD when k is over twice CARRY_PERIOD sentences after j."""
    if k - j > 2 * CARRY_PERIOD:
        return k - j
    return k - j - sum(1 for t in doc.sentences[j + 1:k] if _remark_on_a_state(doc, t))


# Round 71 (trade71, dev/1141): a source's data named again by its acronym keep the period of the figure it gave, past
# remarks with numbers: "According to the Hungarian Central Statistical Office (KSH), bilateral trade in goods reached
# $412.6 million in 2025. … A difference of more than $70 million is not trivial …. Part of it is methodological. …
# The KSH data show Hungarian exports to Uzbekistan alone at just over $300 million" (2025's exports).
_SOURCE_DATA_NAMED = re.compile(r"\b([A-Z]{2,6})(?:['’]s)?\s+(?:data|figures|statistics|series|numbers)\b")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _source_of_the_period_again(doc: Document, s, k: int, found: list[FigureFound], carried) -> bool:
    """Does sentence `s` (the k-th) cite a source's data by an acronym (_SOURCE_DATA_NAMED) that a sentence before
    telling a figure of the carried period names too?"""
    if not (cited := _SOURCE_DATA_NAMED.search(s.text)):
        return False
    return any(cited[1] in _ACRONYM.findall(t.text) and any(f.period == carried[1][0] and _told_in(f, t) for f in found)
               for t in doc.sentences[:k] if cited[1] in t.text)


def _remark_on_a_state(doc: Document, s) -> bool:
    """Does the sentence name a state and hold no digit and no amount in words ("Is a billion realistic?")?"""
    return not any(c.isdigit() for c in s.text) and bool(doc.mentions(s)) and not money.amounts_in(s.text, s.check)


def _sentences_since(doc: Document, j: int, k: int) -> int:
    """How many sentences sentence k is after sentence j, not counting the lines between that end without a stop:
    a subheading ("Qazaxıstan və Türkmənistan") or a link to another story ("Oxu: …") breaks no report."""
    if k - j <= CARRY_PERIOD:
        return k - j
    return k - j - sum(1 for t in doc.sentences[j + 1:k] if not t.text.rstrip().endswith((".", "!", "?", "…", '"', "”", "»")))
# The trade and targets tables hold the ties among these states: "China remains Uzbekistan's largest trading
# partner, with bilateral trade reaching 8.1 billion U.S. dollars" is no figure of theirs.
# (not a number with a decimal part or thousands, a table's "Türkiyə – 1900,5" in millions; round 43, second wave)
_A_YEAR = re.compile(r"(?<!\d[.,])\b(?:19|20)\d\d\b(?![.,]\d)")
# round 22: a modal before a verb of trading with the amount as its object is a wish or an assessment, no result and no
# target of the two states: "the two countries should trade at least a billion dollars a year", "could easily export
# $900 million", "ought to sell" (a figure the article's period would otherwise be carried to).
_MODAL_TRADE = re.compile(r"\b(?:should|could|would|might|must|can|ought\s+to)\s+(?:(?:easily|realistically|already|"
                          r"still|be\s+able\s+to)\s+)?(?:trade|export|import|sell|buy|do)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_MODAL_WORDS = ("should", "could", "would", "might", "must", "can", "ought")  # one is in every _MODAL_TRADE match


# Round 65 (trade65): so too a negated modal before a verb of reaching: '"We see no reason why our trade should not
# reach two billion dollars," the premier said' (dev/1073), "trade will not reach $1 billion this year", "cannot
# exceed": a wish or an assessment, no result (the goal told with it is read on its own).
_NEGATED_MODAL_REACH = re.compile(r"\b(?:(?:should|could|would|will|shall|must|may|might|can)(?:\s+not|n['’]t)"
                                  r"|cannot|won['’]t)\s+(?:(?:ever|yet|soon|easily)\s+)?"
                                  r"(?:reach|hit|achieve|exceed|surpass|top|pass)\s+"
                                  r"(?:(?:more\s+than|over|about|around|roughly|nearly|almost)\s+)?(?:US\s?)?\$?$",
                                  re.I)


def _modal_trade(segment: str, check: str) -> bool:
    """Whether the text before an amount ends in a modal verb of trading taking it (_MODAL_TRADE), or a negated modal
    of reaching (_NEGATED_MODAL_REACH)."""
    return any(word in check for word in _MODAL_WORDS) and bool(_MODAL_TRADE.search(segment[-80:])) \
        or ("not" in check or "n't" in check or "n’t" in check) and bool(_NEGATED_MODAL_REACH.search(segment[-80:]))
# round 22: a year in a growth's baseline ("21% more than in January–June 2025", "up 9% compared with 2025") is no
# period of the sentence's own: the period carried from the report's lead still holds (when.BASELINE_LEAD, the words
# when._BASELINE_BEFORE reads before a period, here before a year)
_BASELINE_YEAR = re.compile(rf"(?:{when.BASELINE_LEAD})(?:[a-zа-яё]+[\s–-]+){{0,4}}(?:19|20)\d\d\b", re.I)


# Round 25: a year something began in is no period of the sentence's figures: "trade with Azerbaijan, which Dushanbe has
# courted intensively since 2024, amounted to just over $40 million" (the report's period still holds), Russian "с 2024
# года", Turkish "2024'ten beri", Azerbaijani "2024-cü ildən bəri".
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b|(?<!\w)с\s+(?:19|20)\d\d\s+год"
                         r"|\b(?:19|20)\d\d(?:['’][dt][ae]n|-(?:c[iıuü])\s+ild[əe]n)\s+(?:beri|bəri)\b", re.I)
_SINCE_WORDS = ("since", "с ", "beri", "bəri")  # as cheap.lowered() has them; one is in every _SINCE_YEAR match


# A year naming an event, "the" before it and a noun of no period or figure after it, is no period of the sentence's
# figures either: "turnover was almost unchanged at about $46 million, reflecting the slow recovery after the 2025 border
# treaty" (the report's period still holds; "the 2025 figure", "the 2025 total" name one).
_EVENT_YEAR = re.compile(r"\bthe\s+(?:19|20)\d\d\s+(?!(?:figures?|totals?|levels?|results?|data|numbers?|turnover|trade|"
                         r"volumes?|values?|exports?|imports?|period|season|harvest|level|first|second|third|fourth|"
                         r"full|whole|year|annual|calendar|fiscal)\b)[a-z]+", re.I)


def _names_own_year(sentence: str, check: str) -> bool:
    """Whether the sentence names a year that is not a growth's baseline (_BASELINE_YEAR), a start (_SINCE_YEAR) nor an
    event's (_EVENT_YEAR)."""
    years = len(_A_YEAR.findall(sentence))
    if years and any(word in check for word in _SINCE_WORDS):
        years -= len(_SINCE_YEAR.findall(sentence))
    if years and "the " in check:
        years -= len(_EVENT_YEAR.findall(sentence))
    if not years or not any(word in check for word in when.BASELINE_WORDS):
        return years > 0
    return years > len(_BASELINE_YEAR.findall(sentence))


def find_figures(doc: Document, published: date, resolver: Resolver,
                 context_pair: tuple[str, str] | None, outlet: str,
                 quoted: list[tuple[int, int, str]] = ()) -> list[FigureFound]:
    """`quoted`: each direct quote's span and its speaker's state (a figure in it is of the speaker's state)."""
    found: list[FigureFound] = []
    # round 50: a partner named by a description somewhere (_described_under_heading), looked for once
    described = "\n" in doc.text and _DESCRIBED_PARTNER.search(doc.text) is not None
    # round 51: a short line of the report's other partners somewhere (_under_other_partners), looked for once
    other_partners = "\n" in doc.text and any(len(t.text) < 40 and any(w in t.check for w in _OTHER_PARTNERS_WORDS)
                                              for t in doc.sentences)
    carried: tuple[int, tuple[str, int, int]] | None = None  # (sentence, period) of the last figure
    last_trade = -2  # the last sentence about trade that stated an amount
    left_out = -9  # the last sentence left out as a group's or a world total ("Of this, exports ..." follows it)
    left_out_home: str | None = None  # the one state whose total that was, named before its amount
    not_pair_at = -2  # the last sentence with an amount left out as a region's or an output's (_NOT_PAIR_SUBJECT)
    named = -2  # the last sentence naming trade (with an amount or not)
    growths_before: list[tuple[int, str, float, list[str]]] = []  # _growth_told, after its sentence's index
    rate_lines: list[tuple[int, str, float]] = []  # round 70: _rate_led_line, after its sentence's index
    table: Table | None = None  # the last line of a table of partners, its home and unit (_table_home)
    period_table: PeriodTable | None = None  # round 69: the last line of a table of trade by period
    table_lead: tuple[str | None, bool] = (None, False)  # its lead's one flow, its rates in brackets (_table_lead_says)
    links_from = links_block_start(doc.text)  # round 74 (visits74): a closing block of links, other reports' figures
    # a word check first: most sentences hold none of the trade words
    for k, (s, has_word) in enumerate(zip(doc.sentences, doc.held(_TRADE_WORDS))):
        a, sentence = s.start, s.text
        targets_only = refers_back = looks_back = after_remark = False
        growth_from = 0  # round 55: where a rate of the sentence may begin (_growth_then_that_year)
        growth_of = ""  # round 86 (n4): the period of the figure before that took the rate (_growth_then_when)
        after_question = 0  # round 55: how far back the trade figure is of an answer's target (_target_after_question)
        exactly = False  # round 48: "The exact figure is $X" after a round one (_FIGURE_BACK's `exact`)
        size_named = False  # round 25: a target named by its size with no trade word (_target_by_size)
        ranked_home = None  # round 24: the home of a round-up whose next partner this sentence ranks (_ranked_home)
        quote_goes_on = False  # the sentence goes on with the quote of the target just found (_quote_goes_on)
        compared = None  # the earlier period "That compares with $X for 2021" gives its amount (_compared_period)
        year_told = None  # the year "the 2022 figure" names (_FIGURE_BACK)
        restated = None  # round 64: the period of the round figure an exact one tells again (_FIGURE_BACK's `exact`)
        elliptic_flow = None
        volume_that_was = False  # round 93 (t2): the figure is a volume "olan" before a change (_VOLUME_THAT_WAS)
        line_growth = None  # round 49: a table line's bare rate in brackets, the lead saying they are the change
        period_line_amount: list[money.Amount] = []  # round 69: the bare number of a table of trade by period's line
        codes = None  # found on first need
        if k and found and found[-1].kind == "target" and found[-1].target_year is None \
                and _only_target_of(found, doc.sentences[k - 1]) \
                and (year := _deadline_told_after(sentence, s.check, published)
                     or _restated_with_deadline(sentence, s.check, found[-1].value_usd_m, published)):
            found[-1].target_year = year  # "… довести товарооборот до 2 млрд долларов. Достичь этого планируется к 2028 году"
        elif k > 1 and found and found[-1].kind == "target" and found[-1].target_year is None \
                and _only_target_of(found, doc.sentences[k - 2]) \
                and any(word in s.check for word in _TARGET_NOUN_WORDS) \
                and (year := _restated_with_deadline(sentence, s.check, found[-1].value_usd_m, published)):
            # round 46: an interviewer's question between the goal and its restatement with the deadline, "…
            # поставили цель довести товарооборот до 2 млрд долларов. Не слишком ли это амбициозно? — Цель … — 2
            # миллиарда долларов к 2030 году" (the goal named again, its amount alone the same)
            found[-1].target_year = year
        if found and carried and found[-1].kind == "trade" \
                and (carried[0] == k - 1 or carried[0] == k - 2 == last_trade and not doc.held(_TRADE_WORDS)[k - 1]) \
                and found[-1].growth_pct is None \
                and (any(word in s.check for word in _THAT_YEAR_WORDS) or ", when " in s.check) \
                and (has_word or any(word in s.check for word in _BARE_VOLUME_WORDS + _FIGURE_NOUN_WORDS)) \
                and (told := _growth_then_that_year(sentence, s.check)) is not None:
            # (round 86, n4: or past a remark of no trade word, "… came to $3,118.6 million. The minister's claim of
            # more than $3 billion is therefore correct. But that total is 11.8 percent higher than …", dev/1318)
            found[-1].growth_pct, growth_from = told  # round 55: "Bu, … 23 faiz çoxdur – həmin il dövriyyə …"
            growth_of = found[-1].period
            # (round 57: or that year's bare volume, "Bu, 2024'e göre yüzde 10 fazla, o yıl hacim 3,1 milyar dolardı")
        if has_word and (_links_another_story(s.check) or _tells_a_wrong_figure(sentence, s.check) or a >= links_from
                         or _in_a_readers_question(doc, s) or _denied_next(doc, k)):
            continue  # "Oxşar xəbər: Qeyri-neft ixracı altı ayda 1,9 milyard dollar olub": another report's headline
            # (round 69: or a correction note's wrongly stated figure, dev/1115; round 95, t1: or a reader's question's;
            # round 101, t1: or one the next sentence denies, _denied_next)
        if has_word and (series := _chart_series(s, published)):
            found.extend(series)  # round 77 (chart77): a chart in a line, "Chart: …, 2021–2025 ($m): 98, 112, …"
            continue
        if ";" in sentence and (has_word or sentence[:2] in ("19", "20")) \
                and (listed := _year_list(doc, k, published, context_pair)):
            found.extend(listed)  # round 86 (m3): "… ticaretin … grafiği. 2021: 9,8 milyon dolar; 2022: 13,2 …"
            continue
        if not has_word and k and found and found[-1].kind == "trade" and sentence[:1] in _PERIOD_BULLET_HEADS \
                and (line := _period_bullet(doc, k, published, found)):
            found.append(line)  # round 91 (period_bullet_t1): "• 9M 2025: $2.53bn" (_PERIOD_BULLET)
            last_trade = k
            continue
        if not (has_word and _TRADE.search(sentence)) or _trade_only_in_names(sentence) \
                or _only_sales_of_no_state(sentence, s.check) or _we_traded_elliptic(doc, s, published) \
                or _table_goes_on(doc, k, table) and _table_home(doc, k, table, found):
            # (round 45: a table's next line whose remark names a flow, "…, mainly due to lower re-exports;")
            # (round 31: or right after a sentence naming trade, "… ən böyük ixrac bazarı Azərbaycan olaraq qalır")
            if (line := _table_home(doc, k, table, found)):
                # round 43: a line of a table of partners, "Kazakhstan – $2.64 billion (up 7.9%);"
                if not _table_goes_on(doc, k, table):
                    table_lead = _table_lead_says(doc.sentences[k - 1])
                ranked_home, table = line
                elliptic_flow = table_lead[0]
                line_growth = _bracket_rate(sentence) if table_lead[1] else None
            elif not targets_only and doc.held(_PARTNERS_WORDS)[k] and _TRADING_PARTNERS.search(sentence) \
                    and (own := when.period_in(sentence, published, s.check)) and _opens_table(doc, k):
                # round 90 (t1): a ranking of trading partners names no _TRADE word; its period is its lines' ("Рейтинг
                # торговых партнёров Казахстана … по итогам 2025 года выглядит так:", dev/1363)
                carried = (k, own)
                continue
            elif k and (by_period := _period_table_line(doc, k, period_table, published, context_pair)):
                # round 69 (timeline69): "- 2024: 438.2 (+6.5%)" under "Trade, USD million (…)", the pair's turnover
                period_table, amount_told, year_told = by_period
                codes, elliptic_flow, period_line_amount = list(period_table[2]), "turnover", [amount_told]
            elif found and (k - last_trade <= CARRY_PERIOD or k - 1 == named) \
                    and (ranked_home := _ranked_home(doc, s, found) or _respective_home(doc, s, found)):
                # round 24: "Türkiye came second with $1.71 billion": the round-up's next partner, no trade word;
                # round 31: goods sent from the home to it are the home's export ("Türkiyədən bu ölkəyə … göndərilib")
                elliptic_flow = "export" if _RANKED_HOME_SOURCE.search(sentence) else None
            elif found and found[-1].kind == "trade" and k - last_trade <= CARRY_PERIOD \
                    and ("üzrə" in s.check or "için" in s.check) and _PARTNER_LINE.match(sentence) \
                    and (partner_codes := doc.codes(s)):
                # round 60 (trade60): "Özbəkistan üzrə göstərici 213,9 milyon dollar (+29,7%) olub" in a round-up
                codes, elliptic_flow = partner_codes, "turnover"
            elif ":" in s.check[:_PAIR_LABEL_CHARS] and (section_pair := _trade_section_pair_line(doc, k)):
                codes, elliptic_flow = section_pair, "turnover"  # round 98 (q3): "Hungary–Kyrgyzstan: Just over $38 …"
            elif k - 1 != last_trade:
                # (round 83, h2: or from the source line, a trade sentence of no amount that carried the period on)
                if k - 2 == last_trade and found and carried and carried[0] in (k - 2, k - 1) \
                        and found[-1].kind == "trade" \
                        and found[-1].growth_pct is None and _after_source_line(doc, k) \
                        and (growth := _growth_next(sentence, s.check)) is not None:
                    found[-1].growth_pct = growth  # its growth, a line on the source between (_after_source_line)
                    continue
                if k - 2 == last_trade and found and found[-1].kind == "trade" \
                        and any(word in s.check for word in _BARE_VOLUME_WORDS) and _numberless_remark_between(doc, k) \
                        and _elliptic(sentence, s.check, published):
                    # round 77 (column77, dev/1212): a remark with no number or state on the trade just told, then a
                    # short sentence of another period and "the volume": "… 4,9 milyar doları aşmıştı. Yani … ticaret
                    # yerinde sayıyor. Bu yılın ilk dört ayında hacim yüzde 6 artışla 1,62 milyar dolara çıktı"
                    elliptic_flow, after_remark = "turnover", True
                elif k - 2 == last_trade and found and found[-1].kind in ("trade", "target") \
                        and _target_after_remark(doc, s, doc.sentences[k - 1], found[-1].pair):
                    targets_only = True  # '… 4,3 milyar dolar civarında. "Bu rakam çok düşük. Hedefimiz 10 milyar dolar"'
                    after_remark = True
                    # (round 106, h1: or after a target, a remark on it between, its stage: «… поставили задачу довести
                    # товарооборот до 15 млрд долларов. Это амбициозная … цель», — подчеркнул он. Промежуточным
                    # ориентиром … станет отметка в 10 млрд долларов к 2028 году", dev/1566)
                elif k - 2 == last_trade and found and found[-1].kind == "trade" \
                        and _growth_line_between(doc, k, found[-1]) and _elliptic(sentence, s.check, published):
                    # round 64 (trade64b, dev/1053): the trade's growth line, then a short sentence of another period
                    # and an amount: "… 3 milyar 412 milyon dolar oldu. Bu, bir önceki yıla göre yüzde 9,6'lık bir
                    # artış anlamına geliyor. 2024'te yaklaşık 3,1 milyar dolar seviyesindeydik."
                    elliptic_flow = "turnover" if _TWO_AS_SUBJECT.search(sentence) else found[-1].flow
                    after_remark = True
                elif found and found[-1].kind == "trade" and _target_after_question(doc, s, k, last_trade,
                                                                                     found[-1].pair):
                    targets_only = after_remark = True  # round 55: "… Q: What size do you want? A: Our goal is …"
                    after_question = k - last_trade
                elif found and found[-1].kind == "trade" \
                        and (back := _figure_back_after_question(doc, s, k, last_trade, found[-1].pair)):
                    # round 72 (tvb72, dev/1156): "… So in two years we have added almost half. — And this year? —
                    # From January to April it was …": that trade's figure (_figure_back_after_question)
                    codes, looks_back = list(found[-1].pair), True
                    elliptic_flow = found[-1].flow if back["local"] or back["exact"] else None
                elif k - 1 == named and left_out != k - 1 and (back := _FIGURE_BACK.search(sentence)):
                    # (round 43: not after a world total left out, "Kazakhstan's total trade stood at $140 billion. In
                    # 2024 the figure was $130 billion" is that total's)
                    # right after a sentence naming trade without an amount: "Trade between the two countries remains
                    # small. It totaled around $240 million last year": a figure of that trade; so too another source's
                    # count after an amount in another currency ("… EUR 187 million last year. The customs committee put
                    # the 2025 figure at $203.5 million"), the year it names
                    codes, looks_back, year_told = _figure_back_of_named(doc, k, resolver), True, _year_of_figure(back)
                    # round 61: a pronoun's figure after a flow named with no amount ("… экспорте … он вырос")
                    elliptic_flow = _flow_named_before(doc, k, last_trade, sentence)
                elif (k - named <= TARGET_SIZE_AFTER_NAMED
                      or named >= 0 and _goal_set_by_the_two_leaders(sentence, s.check)) \
                        and _target_by_size(sentence, s.check):
                    targets_only = size_named = True  # round 25: "This leaves the $5 billion target set by …"
                elif left_out < last_trade and (back := _figure_named_back(doc, k, last_trade, found)) is not None:
                    # round 43: "the figure" a few sentences after the trade figure, remarks and a target between: "…
                    # came to $3.87 billion in 2025 … That is respectable. But it is still well short of the $5 billion
                    # … target … In 2024 the figure stood at $3.54 billion" (_figure_named_back)
                    codes, looks_back = list(_last_trade_figure(found).pair), True
                    year_told = _year_of_figure(back)
                    if back["record_year"] and len(own := doc.codes(s)) == 1 and own[0] in codes:
                        codes = own + [code for code in codes if code != own[0]]  # "the Kazakh bureau's": its reporter
                elif found and found[-1].kind == "trade" \
                        and ("президент" in s.check or "president" in s.check or "leader" in s.check
                             or "главы" in s.check) \
                        and _goal_set_by_our_leaders(sentence, s.check):  # (round 91, q4: "главы государств")
                    targets_only = True  # round 84 (h6): "Цель в три миллиарда долларов, которую поставили наши …"
                elif _target_of_the_two_before(doc, k):
                    # round 43: '… iki ülke liderlerinin belirlediği hedefi hatırlatarak şöyle konuştu: "Hedef 3
                    # milyar dolar."' (_target_of_the_two_before)
                    targets_only = True
                elif k - 1 != named or not any(word in s.check for word in _REFERS_BACK_WORDS) \
                        or not _REFERS_BACK.search(sentence):
                    continue
                else:
                    # right after a sentence naming trade without an amount: '"Our trade does not reflect our
                    # potential," he said. "We must raise it to one billion dollars"': a target for that trade
                    targets_only = refers_back = True
                    codes = doc.codes(s) or doc.codes(doc.sentences[k - 1])
            elif found and carried and carried[0] == k - 1 and found[-1].kind == "trade" \
                    and found[-1].growth_pct is None \
                    and (over := _rate_over_level(sentence, s.check, published, found[-1].period)):
                # round 57 (trade57): "Bu rakam, geçen yılın ilk üç ayındaki 1 milyar 16 milyon dolarlık seviyenin yüzde
                # 9,4 üzerinde bulunuyor": the rate the figure's before, the amount that trade's earlier level
                found[-1].growth_pct, compared = over
                elliptic_flow, looks_back = found[-1].flow, True
                if compared.isdigit():  # round 62 (trade62b): "… 2024 seviyesine göre", a year when.period_in reads not
                    year_told = (compared, 0, 0)
            elif found and carried and carried[0] == k - 1 and found[-1].kind == "trade" \
                    and _series_goes_on(sentence, s.check, published, found[-1].period):
                elliptic_flow = found[-1].flow  # round 80 (series80b): "After a dip to $2.9 billion in 2023, it …"
            # right after a trade figure: its growth ("This is 12% more"), or a target for "it"
            elif found and carried and carried[0] == k - 1 and found[-1].kind == "trade" \
                    and (rated := _rated_figure(doc, found, carried[1][0])).growth_pct is None \
                    and (growth := _growth_next(sentence, s.check)) is not None:
                rated.growth_pct = growth  # (round 100, t1: the figure's, not a comparison amount's told after it)
                # round 31: the report goes on through its growth line, so a look back right after it ("Bu, ötən ilin
                # eyni dövrü ilə müqayisədə 7,4 faiz çoxdur. 2025-ci ilin yanvar-oktyabr aylarında … təşkil etmişdi")
                # is an aside and "the same period" next is still the report's
                carried = (k, carried[1])
                continue
            elif found and found[-1].kind == "trade" and k - last_trade == 1 \
                    and any(word in s.check for word in _LEVEL_COMPARED_WORDS) \
                    and (level := _level_compared(sentence, published, s.check, found[-1].period)):
                # round 53 (traderel): "Bir yıl önceki 1,31 milyar dolarlık seviyeyle kıyaslandığında düşüş belirgin"
                compared, elliptic_flow, looks_back = level, found[-1].flow, True
            elif found and found[-1].kind == "trade" and (back := _FIGURE_BACK.search(sentence)):
                if carried and carried[0] == k - 1 and found[-1].growth_pct is None \
                        and (growth := _growth_up_from(sentence, s.check)) is not None:
                    found[-1].growth_pct = growth  # round 52: "That is up from $245.6 million …, an increase of …"
                # a further figure of the trade just reported, read as a trade sentence; "bu rakam" (this very
                # figure) is of its flow too ("İhracat 3 milyar dolar oldu. 2023'te bu rakam 2,9 milyar dolardı"),
                # while English "the figure" after a flow's figure is the pair's turnover, as the dev set has it
                elliptic_flow, looks_back = (found[-1].flow if back["local"] or back["exact"] else None), True
                exactly = bool(back["exact"])
                if exactly:
                    # round 64 (trade64b, dev/1056): the exact figure is the round one's period, a year after it only
                    # its growth's baseline ("Dəqiq rəqəm 1 milyard 12 milyon dollardır və bu, 2024-cü illə
                    # müqayisədə 36,8 faiz çoxdur"), not the period of the figure
                    restated = (found[-1].period, 0, 0)
                if back["compared"]:
                    compared = _compared_period(sentence, published, s.check, found[-1].period)
                    if compared is None:
                        continue
                    elliptic_flow = found[-1].flow
                if back["year"] or back["figure_year"]:  # "puts the 2022 figure … at": the year the figure is of
                    year_told = _year_of_figure(back)  # (round 71, trade71: "the 2024 figure … was", dev/1141)
            elif found and found[-1].kind == "target" and k - 1 == named and (back := _FIGURE_BACK.search(sentence)):
                # round 41 (trade B): right after a target naming the trade, a figure of that trade: "… поставили задачу
                # довести товарооборот между Казахстаном и Турцией до 10 млрд долларов. … в январе–августе 2025 года он
                # составил 2,9 млрд долларов"
                codes, looks_back, year_told = _figure_back_of_named(doc, k, resolver), True, _year_of_figure(back)
            elif found and found[-1].kind == "trade" and k - last_trade == 1 \
                    and any(word in s.check for word in _BARE_VOLUME_WORDS) and (volume := _bare_volume(doc, s)):
                # round 56 (tradetext56): "Yılın ilk yarısında ise hacim … 2,78 milyar dolara ulaştı", "Buna rağmen
                # yıllık hacim 6,83 milyar dolarda kaldı" right after the pair's figure: that trade's volume
                elliptic_flow = "turnover"
                volume_that_was = volume.re is _VOLUME_THAT_WAS  # round 93 (t2): its rate is the change after it
                if volume.groupdict().get("annual") and found[-1].period[:4].isdigit():
                    year_told = (found[-1].period[:4], 0, 0)  # the year of the month just told
            elif found and found[-1].kind == "trade" and k - last_trade == 1 \
                    and _bare_total_of_the_context(doc, s, sentence, len(sentence)):
                # round 45: "Toplam hacim 1 milyar 840 milyon 300 bin dolar." right after the two flows: their total
                elliptic_flow = "turnover"
            elif found and found[-1].kind == "trade" and carried and carried[0] == k - 1 \
                    and _share_of_that_alone(sentence, s.check, published, carried[1][0]):
                # round 64: "Some $91 million of that was booked in the fourth quarter alone" (of the report's figure,
                # not of the year-earlier level told after it)
                elliptic_flow = _flow_of_period(found, carried[1][0])
            elif found and found[-1].kind == "trade" and k - last_trade == 1 \
                    and (counted := _office_counts_before_colon(sentence, s.check)):
                # round 80 (check80): "TurkStat counts even less for the same year: just under $4.8 billion" right
                # after the first office's figures: the same trade's, of the period told (_OFFICE_COUNTS_LEAD)
                told = [f for f in found if f.kind == "trade" and f.pair == found[-1].pair
                        and f.period == found[-1].period]
                elliptic_flow = told[0].flow
                year_told = (counted["year"], 0, 0) if counted["year"] else (found[-1].period, 0, 0)
            elif found and found[-1].kind == "trade" and k - last_trade == 1 \
                    and (judged := _month_judged_before_colon(sentence, s.check, published)):
                # round 77 (brief77, dev/1206): "January was softer: $318.4 million, …" right after the year's figure
                elliptic_flow, year_told = found[-1].flow, judged
            elif found and found[-1].kind == "trade" and (_elliptic(sentence, s.check, published)
                                                          or _period_added_another(sentence, s.check, published)):
                # the same trade, its subject left out; round 45: with the two as its subject ("In 2020 we were still
                # below $2.2 billion"), their trade as a whole, whatever flow was told last
                elliptic_flow = "turnover" if _TWO_AS_SUBJECT.search(sentence) else found[-1].flow
            elif any(word in s.check for word in _REFERS_BACK_WORDS) and _REFERS_BACK.search(sentence):
                # no trade word of its own: only a target (with a cue) is read here, "increasing it to $1
                # billion", of the trade "it" is, the figure's pair
                targets_only = refers_back = True
            elif found and found[-1].kind == "target" and _quote_goes_on(quoted, found[-1].span[0], s.start) \
                    and not any(word in s.check for word in _INVESTMENT_WORDS + _DEAL_WORDS):
                # round 24: '"Kısa vadede 6 milyar dolar hedefimize ulaşacağız. Ardından 2030 yılında 10 milyar doları
                # yakalamak istiyoruz"': the quote of a target goes on with a further one, of the same two
                targets_only = quote_goes_on = True
            elif any(word in s.check for word in _TARGET_NOUN_WORDS + _AIMED_AT_RU_WORDS) \
                    and not any(word in s.check for word in _OTHER_TARGET_WORDS):
                targets_only = True  # "We have set a new target of $10 billion" right after the figure (round 25: not
                # "the $3 billion target for tourism revenue", _OTHER_TARGET_WORDS); round 54 (traderel): "… довести
                # товарооборот до 2 млрд долларов к 2030 году. С Казахстаном стороны ориентируются на планку в 3 млрд"
                # round 101 (v1): named by its size there too, "That, Dünya wrote, still leaves a long way to the $5
                # billion target set by Presidents X and Y" right after Türkiye's trade with Turkmenistan (dev/1504):
                # the pair of its setters named after it, as round 25's size_named reads it, not the article's
                size_named = _target_by_size(sentence, s.check)
            else:
                continue
        else:
            named = k
            if found and k - last_trade == 1 and found[-1].kind == "trade" \
                    and any(word in s.check for word in _LEVEL_COMPARED_WORDS):
                # round 53 (traderel): "Bir yıl önceki 1,31 milyar dolarlık seviyeyle kıyaslandığında …" right after a
                # figure: that trade a period before (_level_compared), whatever good the sentence names after it
                compared = _level_compared(sentence, published, s.check, found[-1].period)
        amounts = money.amounts_in(sentence, s.check) or _line_amount(doc, s, table) or period_line_amount
        if not amounts and found and found[-1].kind == "trade":
            # round 85 (k4): a goal with its currency left out, after a dollar figure ("… 40 milyon dolları ötüb.
            # Bakı ilə Budapeşt arasında ticarət yarım milyarda çatmalıdır", money.bare_goal_amounts)
            amounts = money.bare_goal_amounts(sentence, s.check)
        if not amounts and (looks_back or elliptic_flow or named == k and "months" in s.check
                                                           and _THOSE_MONTHS.search(sentence)
                            or named == k and found and _months_counted_again(sentence, s.check, found[-1].period)) \
                and found and found[-1].kind == "trade" \
                and (_told_in(found[-1], doc.sentences[k - 1])
                     or k - 2 == last_trade and _growth_line_between(doc, k, found[-1])):  # round 64: its growth line
            # round 43: the figure back of a dollar figure just told may leave its currency out, "… составил 58,7 млн
            # долларов. Годом ранее он равнялся 48,5 млн." (money.bare_amounts: a unit closing its clause)
            amounts = money.bare_amounts(sentence)
        if amounts and ("credit" in s.check or "loan" in s.check or "kredi" in s.check):
            amounts = [x for x in amounts if not _lent(sentence, x)]
        deals: list[money.Amount] = []  # round 78 (squote78): the deals' values left out (_without_total_of_deals)
        if amounts and any(word in s.check for word in _DEAL_OR_LATER_WORDS):
            deals = [x for x in amounts if _deal_value(sentence, x)]
            amounts = [x for x in amounts if x not in deals]
        if not amounts:
            took = bool(carried) and _growth_of_last(found, doc, s, k - carried[0], carried[1], published)
            if not took and not targets_only and named == k and (told := _growth_told(doc, s, published)):
                growths_before.append((k, *told))
            elif not took and not targets_only and named == k and (rate := _rate_led_line(sentence, s.check)):
                rate_lines.append((k, *rate))  # round 70 (numbers70): "2,1 dəfə — Özbəkistandan idxalın artımı."
            if took:
                carried = (k, carried[1])  # the report goes on: "Exports in the reporting period were ..."
            elif carried and k - carried[0] == 1 and not targets_only and not when.period_in(sentence, published, s.check):
                # a trade sentence with no amount and no period of its own right after a figure: the report goes on
                # ("Türkiyə xarici ticarət tərəfdaşları arasında ikinci yerdədir. İtaliya ilə … Qazaxıstanla …")
                carried = (k, carried[1])
            elif not targets_only and named == k and (own := when.period_in(sentence, published, s.check)) \
                    and ((lead_states := doc.codes(s)) and places.TIE_CODES.issuperset(lead_states)
                         or _opens_table(doc, k)) \
                    and not _when_said(sentence, own[1]):
                # a lead naming trade of a state of the ties and its period but no amount ("Yanvar-oktyabr aylarında
                # Azərbaycanın Türk dövlətləri ilə ticarəti artıb"): the period the figures after it are of
                # ("Hesabat dövründə …"); not another state's ("In 2024, Russia's trade with China grew"); round 43,
                # second wave: naming no state, the lead of a table whose lines name the pairs ("Trade among the Turkic
                # states in January–June 2026:" then "Azerbaijan and Türkiye – $4.2 billion;")
                carried = (k, own)
            elif not targets_only and named == k and any(word in s.check for word in _DATA_RELEASE_WORDS) \
                    and (own := when.period_in(sentence, published, s.check)) and not doc.codes(s) \
                    and _DATA_RELEASE_LEAD.search(sentence) and not _when_said(sentence, own[1]):
                carried = (k, own)  # round 93 (t1): _DATA_RELEASE_LEAD, the period of the figures after it
            continue
        if codes is None:
            codes = doc.codes(s)
            if codes and any(word in s.check for word in _TRANSIT_WORDS):
                codes = list(dict.fromkeys(m.iso3 for m in _trading_mentions(doc, s)))  # round 24: not a route's state
            if len(set(codes)) > 2 and any(word in s.check for word in _RELATIVE_ASIDE_WORDS):
                codes = _without_relative_aside(doc, s, codes)  # round 25: "…, which Dushanbe has courted …,"
            if codes and sentence[1:2].isupper() and (dateline := _DATELINE.match(sentence)):
                # round 44: "AWAZA, Turkmenistan, August 8 —": the states in the order the story names them after it
                codes = list(dict.fromkeys(m.iso3 for m in doc.mentions(s) if m.start - s.start >= dateline.end()
                                           and m.iso3 in codes)) or codes
            if codes and not places.TIE_CODES.issuperset(codes) \
                    and (sentence.count("—") >= 2 or sentence.count(" – ") >= 2):
                # round 44: "exports — … from China —" (a state outside the ties; a list of members stays named)
                kept = _without_relative_aside(doc, s, codes, _DASH_ASIDE)
                codes = [code for code in codes if code in kept or code in places.TIE_CODES]
            if len(set(codes)) == 1 and ("экспорт" in s.check or "импорт" in s.check) \
                    and (owner := _ru_demonym_flow_owner(sentence)) and owner != codes[0]:
                codes = [owner, *codes]  # round 30: "экспорт узбекских товаров в Таджикистан" (_RU_DEMONYM_FLOW)
            if codes and any(word in s.check for word in _COMMENT_AFTER_WORDS):
                codes = _without_comment_after(doc, s, codes, amounts[-1].end)  # round 43: ", which means that …"
            if codes and not places.TIE_CODES.intersection(codes) \
                    and _outsiders_only_in_an_aside(doc, s, sentence, amounts):
                codes = []  # round 47: "Bilateral trade reached $640 million in 2025, …, before the war in Ukraine …"
        summed_pair = None  # round 101 (t1): the pair of a partner's share of a first-person sum (_our_sum_then_share)
        if len(set(codes)) == 2 and "our " in s.check and any(word in s.check for word in _AMONG_WORDS) \
                and (summed := _our_sum_then_share(doc, s, amounts, quoted, resolver)):
            amounts, summed_pair = summed
            if not amounts:
                continue
            codes = list(summed_pair or codes)
        if not codes and k - 1 == not_pair_at and not (found and _told_in(found[-1], doc.sentences[k - 1])) \
                and not _setters_pair(doc, s, len(sentence), resolver, quoted, codes) \
                and not (any(word in s.check for word in _TWO_BY_NAME_WORDS) and _TWO_BY_NAME.search(sentence)) \
                and not (_paragraph_since(doc, k - 1, k) and not (any(word in s.check for word in _REFERS_BACK_WORDS)
                                                                  and _REFERS_BACK.search(sentence))):
            # (round 106, h1: nor when the region's figure closed its paragraph and this one opens a new one naming
            # the trade afresh, no "it" of the region's: "Товарооборот Бухарской области с Лебапским велаятом …
            # превысил 140 млн долларов." ¶ "Стороны подтвердили цель довести товарооборот до 3 млрд долларов к 2030
            # году." is the two states' target, dev/1575; "Стороны договорились довести его до …" stays the region's)
            # (round 52: not when it names "the two countries", "На долю Алматы приходится почти 430 млн долларов …
            # Напомним, что президенты двух стран поставили задачу довести товарооборот до 3 млрд долларов")
            # (round 51: not when two states' office holders set it, "the $10 billion goal set by Presidents Tokayev
            # and Erdoğan", "Prezidentlər İlham Əliyev və Qasım-Jomart Tokayev
            # ikitərəfli ticarət dövriyyəsinin həcmini 1 milyard dollara çatdırmaq barədə razılığa gəliblər")
            # round 42 (trade B): naming no state right after a region's figure, it goes on about that region: "… 2024-cü
            # ildə Türküstan vilayəti ilə Xatlon arasında ticarət dövriyyəsi 68 milyon dollar olub. Tərəflər bu rəqəmi
            # 2027-ci ilədək 100 milyon dollara çatdırmağı qarşıya qoyublar" (no target of the two states)
            continue
        if len(set(codes)) >= 2 and not places.TIE_CODES.issuperset(codes):
            codes = _without_outsiders_after(doc, s, codes, amounts)
        if len(set(codes)) >= 2 and not targets_only and (later := _partners_of_a_later_clause(doc, s, amounts)):
            codes = later  # round 62 (trade62a): "Türkiyə, … ilə ticarətdə artım davam edib, Macarıstanla isə …"
        partners_end = None  # round 48: where a clause of partners with no figure opens (_partners_without_figure)
        if len(set(codes)) >= 2 and not targets_only and (partners_end := _partners_without_figure(doc, s, amounts)):
            named_before = {m.iso3 for m in doc.mentions(s) if m.start - s.start < partners_end}
            codes = [code for code in codes if code in named_before] or codes
        # A sentence naming two states may still give one state's total when the trade word before the first amount
        # says so and the second state is named only after it: "the total foreign trade of Kazakhstan reached $64.8
        # billion …, saying there is room for Azerbaijan", "Kyrgyzstan's trade with OTS member states reached $3.2
        # billion, though most of that is with Kazakhstan and Turkey" (not "Hungary accounted for $54.2 million of
        # Azerbaijan's foreign trade", whose total word follows the amount).
        lead_codes = codes
        if len(set(codes)) >= 2 and not targets_only and any(w in s.check for w in _TOTAL_LEAD_WORDS) \
                and (total := _TOTAL_LEAD.search(sentence, 0, amounts[0].start)) and not _OF_THE_TWO.search(sentence) \
                and not _partner_right_before(doc, s, total.start()):
            lead_codes = [m.iso3 for m in doc.mentions(s) if m.end - a <= amounts[0].start]
        if len(set(codes)) >= 2 and not targets_only and len(amounts) > 1:
            amounts = _before_total(doc, s, amounts)
        group_text, group_check = _without_member_aside(*_before_comment_after(sentence, s.check, amounts[-1].end))
        if deals:
            group_text = _without_total_of_deals(group_text, deals)
        # round 24: not a partner's membership; round 27: nor a comment after the amounts
        group = not targets_only and (len(set(lead_codes)) < 2 and _about_group_or_world(group_text, group_check)
                                      or len(set(lead_codes)) > 2 and _among_members(sentence, s.check))
        if not group and len(amounts) == 1 and len(set(lead_codes)) >= 2 \
                and any(word in s.check for word in _TOTAL_WHICH_WORDS) and _total_which(sentence, amounts[0]):
            group = True  # round 50: "…, with a share of 17.9% of the country's foreign trade, which totalled $38.2bn"
        if group and codes and _total_words_of_a_partner(doc, s, group_text):
            group = False  # round 44: "Qırğız Respublikası ilə xarici ticarət dövriyyəsi …", foreign trade with it
        if not group and len(set(lead_codes)) > 2 and not targets_only \
                and any(word in s.check for word in _LISTED_PARTNERS_TOTAL_WORDS) \
                and _LISTED_PARTNERS_TOTAL.search(sentence, 0, amounts[0].start):
            group = True  # round 93 (t2): "Azerbaycan, Kazakistan ve Özbekistan ile toplam ticaret hacmi …"
        if not group and not codes and not targets_only and _combined_of_a_group_before(doc, s, k, amounts[0]):
            group = True  # round 87: "… trade with the five Central Asian republics fell … Combined turnover reached …"
        if group and not codes and _bare_total_of_the_context(doc, s, sentence, amounts[0].start):
            group = False  # round 39: "Total trade in 2024 was …" after the two states' exports and imports
        if group and not codes and k and k - last_trade == 1 and found and found[-1].kind == "trade" \
                and _total_word_of_the_two_before(sentence, doc.sentences[k - 1].text):
            group = False  # round 45: "… iki ülke arasındaki dış ticaret hacmi …. Geçen yılın aynı döneminde dış …"
        if group and k - left_out > 1 and (total_at := _total_after_first(doc, s, amounts)) is not None:
            amounts = [x for x in amounts if x.end <= total_at]  # the total after them is only a comparison
        elif group and len(set(codes)) == 2 and places.TIE_CODES.issuperset(codes) \
                and (later := _pair_after_a_total(doc, s, amounts)):
            amounts = later  # "Kazakhstan's foreign trade fell 2% to $140 billion, while its trade with Turkey rose …"
        elif group:
            # not a pair's figure, but the report goes on with its period ("Trade with Türkiye reached ...")
            carried = _report_goes_on(sentence, published, s.check, k, carried)
            left_out, left_out_home = k, (lead_codes[0] if len(set(lead_codes)) == 1 else None)
            continue
        if len(set(codes)) < 2 and not targets_only and _unknown_partner(sentence, s.check) \
                and _setters_pair(doc, s, len(sentence), resolver, quoted, codes):
            targets_only = True  # round 24: "Mirziyoyev ilə Əliyev ticarət dövriyyəsini …" names two people, no partner
        if len(set(codes)) < 2 and not targets_only and _unknown_partner(sentence, s.check):
            # "Yanvar-may aylarında İtaliya ilə ticarət dövriyyəsi …": another partner's figure, left out like a world
            # total; so too with one state named, its own trade with that partner ("товарооборот Туркмении с Китаем");
            # a round-up of partners goes on with its period ("İtaliya ilə dövriyyə … Qazaxıstanla …")
            carried = _report_goes_on(sentence, published, s.check, k, carried)
            left_out = k
            continue
        # "Of this, exports totaled $22.1 billion": the total's breakdown; not "In 2023, trade between the two
        # countries stood at $3.1 billion", which is the pair's own figure again
        if not codes and k - left_out <= 1 and not _OF_THE_TWO.search(sentence) \
                and not _setters_pair(doc, s, len(sentence), resolver, quoted, codes):  # (round 51, as above)
            carried, left_out = ((k, carried[1]) if carried and k - carried[0] <= CARRY_PERIOD else carried), k
            continue
        if not codes and other_partners and _under_other_partners(doc, k):
            # round 51 (trade gaps): "Other partners" as a subheading, then "Trade with the southern neighbour …"
            carried = _report_goes_on(sentence, published, s.check, k, carried)
            left_out = k
            continue
        if not codes and described and _described_under_heading(doc, k):
            # round 50: "Казахстан" as a subheading, then "Товарооборот с южным соседом …": another partner's figure
            carried = _report_goes_on(sentence, published, s.check, k, carried)
            left_out = k
            continue
        clause_pair = None  # the two states the first amount's clause names, of a sentence naming three or more
        report_home = None  # the state a round-up of partners is about (_home_of_report)
        if summed_pair:
            pair = summed_pair  # round 101 (t1): "… our trade with A and B taken together: B's share … was $X"
        elif ranked_home or len(set(codes)) == 1 and has_word and found and k - last_trade <= CARRY_PERIOD \
                and (ranked_home := _ranked_home(doc, s, found)):
            # round 24: a ranking of one state's partners names each next one alone ("На втором месте Турция — $2,31
            # млрд", "Türkiye came second with $1.71 billion"): the round-up's home and that partner, its period the lead's
            pair, report_home = (ranked_home, next(c for c in codes if c != ranked_home)), ranked_home
        elif len(set(codes)) == 1 and "told" in s.check and (told_pair := _told_holder_pair(s, codes[0], resolver)):
            pair = told_pair  # round 58: "the Kazakh leader told Fidan that trade between the two countries …"
        elif len(set(codes)) <= 1 and (item_pair := _digest_item_pair(doc, s)) and set(codes) <= set(item_pair):
            # round 63 (trade63): a digest's item "BAKI. …" names its own two states; round 65 (trade65): so too when
            # the sentence names one of them only by its goods ("just $41 million last year, mostly Hungarian …")
            pair = item_pair
        elif not codes and ("–" in sentence or "-" in sentence) and (code_pair := _code_pair(sentence)):
            pair = code_pair  # round 91 (code_pair_t1): "• UZ–TR turnover, H1 2026: $1,921.6m" (_CODE_PAIR)
        elif not codes and (label_pair := _label_pair(doc, k, found, context_pair)):
            pair = label_pair  # round 49: "Kazakhstan. Turnover amounted to $1,118.6 million": the label's partner
        elif len(set(codes)) <= 1 and k \
                and (pronoun_pair := _partner_by_pronoun(doc, s, doc.sentences[k - 1], found)) \
                and (not codes or pronoun_pair[0] == codes[0]):
            # (round 59, trade59: the home named too, "Özbekistan tarafında artış daha belirgin. Türkiye'nin bu ülkeye
            # ihracatı …": the home and the state just named)
            # round 24: "Самые высокие темпы показал Азербайджан. Товарооборот с ним …" (with it): the state just
            # named, with the round-up's home
            pair, report_home = pronoun_pair, pronoun_pair[0]
        elif len(set(codes)) <= 1 and k and (hyphen_pair := _hyphen_pair_before(doc, s, doc.sentences[k - 1], codes)):
            pair = hyphen_pair  # round 30: "The Kazakhstan-Türkiye relationship … Turkish data put bilateral trade at …"
        elif not codes and k and (their_pair := _their_pair_before(doc, s, doc.sentences[k - 1])):
            pair = their_pair  # round 30: "… but Kazakhstan and Uzbekistan. Their trade reached $4.6 billion in 2025"
        elif not codes and k and (ours := _ours_of_the_two_before(doc, s, doc.sentences[k - 1], quoted, context_pair)):
            pair = ours  # round 65 (tradetr65): "Kazakistan ile ticaretimiz … oldu. İki ülke arasındaki ticaret …"
        elif not codes and k and (two_before := _two_named_before(doc, s, doc.sentences[k - 1])):
            pair = two_before  # round 30: "… росте торговли между Азербайджаном и Казахстаном. … товарооборот двух стран …"
        elif not codes and k and (one_before := _partner_of_the_two_before(doc, s, doc.sentences[k - 1], found)):
            pair = one_before  # "… the full-year figure with Uzbekistan … Last year turnover between the two countries …"
        elif not codes and k and found and (pictured := _partner_pictured_before(doc, doc.sentences[k - 1], found)):
            pair = pictured  # round 59 (trade59): "The picture with Türkiye was less rosy. Over the same eight …"
        elif not codes and k and found and (ranked := _partner_ranked_before(doc, doc.sentences[k - 1], found)):
            pair = ranked  # round 64 (trade64a): "Второе место занимает Узбекистан. С января по июль … товарооборот …"
        elif not codes and k and (figure_two := _two_of_the_figure_before(doc, s, doc.sentences[k - 1], found,
                                                                                 published)):
            pair = figure_two  # round 51: "Qazaxıstanla … 512,8 milyon dollara çatıb. Təkcə oktyabr ayında iki ölkə …"
        elif len(set(codes)) <= 1 and k and (leg := _leg_host_of_the_two(doc, s, k, codes, context_pair, resolver)):
            pair = leg  # round 67 (fidant67): a tour's later leg, "Kırgızistan'a yaptığı ziyaret … iki ülke …"
        elif not codes and (met_pair := _meeting_pair(s, resolver, context_pair)):
            pair = met_pair  # round 25: "During the meeting with Sadyr Japarov, the parties noted that …"
        elif not codes and k and (received := _received_pair(doc.sentences[k - 1], sentence, resolver)):
            pair = received  # round 44: "… Tokayev'i kabul etti. Görüşmede, iki ülke arasındaki ticaret hacminin …"
        elif not codes and found and found[-1].kind == "trade" \
                and (k - last_trade <= (after_question or (2 if after_remark else 1))
                     or not targets_only and _bare_figure_after_remarks(doc, s, k, last_trade, found[-1].pair)) \
                and (refers_back or after_remark or not targets_only
                     or _quoted_by(quoted, s, amounts[0].start) in found[-1].pair) \
                and (_pronoun_back(sentence, refers_back)
                     or not targets_only and _partner_section_before(doc, k, found, context_pair)
                     or not _back_to_the_two(_to_first_clause_end(sentence, amounts[0]), found, context_pair)):
            # "it reached ...", "the figure stood at ...", "to bring it to": the pair just reported; so too a target
            # the same speaker's quote goes on with ('"Our trade with X reached $6 billion. Our target is $10 billion"')
            # (round 99, t1: or takes up again after its attribution, "10:44 He goes on: “The goal of $15 billion …”"
            # right after the speaker's figure with Türkiye: the quote its amount stands in, _quoted_by; dev/1481)
            pair = _pair_past_a_comparison(doc, found, last_trade, sentence) or found[-1].pair
        elif not codes and (two_sides := _the_two_of_the_last_figure(doc, s, k, found, last_trade, resolver)):
            # round 46: "Aliyev said the two sides had instructed their governments to raise trade to $100 million" a
            # few quoted sentences after the two's figure: that figure's pair, not the article's first two states
            pair = two_sides
        elif not codes and k and (between := _sides_between_before(doc, s, k)):
            pair = between  # round 47: "Ankara ilə Lefkoşa arasında yeni protokol … Tərəflər … 3,5 milyard dollara"
        elif not codes and found and found[-1].kind == "target" and _told_in(found[-1], doc.sentences[k - 1]):
            # round 41 (trade B): right after a target, a figure naming no state is of the target's trade: '"… $10
            # billion by 2030." Is that realistic, given that turnover was around $4.4 billion last year?'
            pair = found[-1].pair
        elif len(set(codes)) == 1 and k - left_out == 1 and left_out_home and codes[0] != left_out_home:
            # right after one state's total: "Kyrgyzstan's trade with OTS member states reached $3.2 billion …
            # Trade with Azerbaijan remains modest, at about $22 million": that state and the one now named
            pair = (left_out_home, codes[0])
        elif len(set(codes)) == 1 and any(word in s.check for word in _PARTICIPLE_OFFICE_WORDS) \
                and (teller := _participle_teller_home(sentence)) and teller != codes[0]:
            pair = (teller, codes[0])  # round 60: "Türkiye ile ticaretin … olduğunu hatırlatan Özbek lider, …"
        elif len(set(codes)) == 1 and (envoy := _envoys_our(doc, s, codes[0], quoted, resolver)):
            pair = (envoy, codes[0])  # round 47: "Türkiyədən idxalımız …" said by "KKTC-nin Bakıdakı nümayəndəsi"
        elif len(set(codes)) == 1 and (our_home := _our_home_by_language(doc, s, codes[0], quoted, context_pair)):
            pair = (our_home, codes[0])  # round 30: '"Özbekistan ile ticaret hacmimiz … ulaştı"' (a speaker of no known state)
        elif len(set(codes)) == 1 and k and k - 1 != last_trade \
                and (partner_pair := _partner_named_before(doc, doc.sentences[k - 1], found)) \
                and partner_pair[0] == codes[0]:
            # the home named alone after a line on trade with the next partner: "Trade with Türkiye moved the other way.
            # Turnover fell 4.1 percent to $301.2 million, as lower prices cut the value of Tajik shipments"
            pair = partner_pair
        elif len(set(codes)) == 1 and found and k - last_trade <= CARRY_PERIOD and codes[0] in found[-1].pair \
                and (found[-1].kind == "trade" or targets_only or not _flows_of_one(doc, s)):
            # one state named, of the pair just reported: the report goes on about that pair ("Trade between
            # Hungary and Uzbekistan grew … The goal is to raise bilateral trade to USD 500 million, … said
            # after meeting his Uzbek counterpart"), not about the article's visit
            pair = found[-1].pair
        elif not codes and k and (partner_pair := _partner_named_before(doc, doc.sentences[k - 1], found)):
            # 'Özbəkistanla ticarət əlaqələri … müzakirə olunmuşdu. … «Ticarət dövriyyəsini 1 milyard dollara
            # çatdırmalıyıq»': the trade of the state just named, with the report's home state
            pair = partner_pair
        elif not codes and k and found and (introduced := _partner_introduced_before(doc, doc.sentences[k - 1], found)):
            pair = introduced  # round 54 (traderel): "Türkiye, Kazakhstan's largest trading partner …. Half-year …"
        elif not codes and k and not found and (first_pair := _partner_before_first(doc, doc.sentences[k - 1])
                                                or _partner_of_the_two_first(doc, s, doc.sentences[k - 1])):
            # round 53 (traderel): "Əsas ticarət tərəfdaşı yenə də Türkiyə olaraq qalır. Qardaş ölkə ilə ticarət
            # dövriyyəsi …": the first figure of a release is of the partner just named, with the lead's home
            pair = first_pair
        elif len(set(codes)) >= 2 and (speaker := _quoted_by(quoted, s)) \
                and (partner := _our_trade_with(doc, s)) and partner != speaker:
            # round 20: '"Our trade with Kazakhstan reached almost $350 million …, and with Uzbekistan it is growing
            # even faster," Aliyev said': the speaker's state and the first partner, the second only compared
            pair = (speaker, partner)
        elif len(set(codes)) == 2 and found and (joined := _two_joined(doc, s)):
            pair = joined  # round 30: "Uzbekistan and Kyrgyzstan, whose trade exceeded $1.5 billion …": their own pair
        elif len(set(codes)) == 2 and found and k - last_trade <= CARRY_PERIOD \
                and (home := _home_of_partners(doc, s, _last_trade_figure(found))):
            # both states named as partners ("Trade with Uzbekistan was worth $270m, and with Kyrgyzstan …"): the
            # partners of the state the report is about, not a pair of their own
            pair = (home, codes[0])
        elif len(set(codes)) == 1 and (home := _home_of_the_two(s, codes[0], found)):
            pair = (home, codes[0])  # "Speaking about Uzbekistan, … the two countries aim to raise mutual trade to …"
        elif len(set(codes)) == 1 and (context_pair is None or codes[0] not in context_pair) \
                and (home := _home_of_language(sentence)) and (context_pair is None or home in context_pair) \
                and home != codes[0] and not _report_of_another_home(doc, s, found, home):
            # a local report's "Kazakistan ile ticaret hacmi …" (trade with Kazakhstan, no subject): trade of the
            # outlet's own state, not of the article's other state (round 24: nor of none, when the article names one
            # state alone: 'Bolat, "Özbekistan ile ticaret hacmimiz … 3 milyar dolara yaklaştı" dedi')
            pair = (home, codes[0])
        elif len(set(codes)) in (1, 2) and not targets_only \
                and (report_home := _home_of_report(doc, s, found, partners_end, quoted)):
            # a round-up of one state's partners ("Qazaxıstanla dövriyyə …", "Trade with Uzbekistan was …"): that
            # state and the partner, not the article's context pair
            pair = (report_home, next(code for code in codes if code != report_home))  # round 26: the home named too
        elif len(set(codes)) == 1 and (speaker := _quoted_by(quoted, s)) and speaker != codes[0] \
                and not (context_pair and codes[0] in context_pair and speaker in context_pair):
            # in a leader's quote naming one state: '"Our trade with Uzbekistan has exceeded $2.6 billion," Erdogan
            # said': the speaker's state and that one, not the article's visit
            pair = (speaker, codes[0])
        elif len(set(codes)) == 1 \
                and (addressed := _your_country_pair(sentence, s.check, codes[0], _quoted_by(quoted, s), context_pair)):
            pair = addressed  # round 99 (v2): "Экспорт Узбекистана в вашу страну …" (_YOUR_COUNTRY, dev/1475)
        elif len(set(codes)) == 1 and not targets_only and _flows_of_one(doc, s):
            # "Qeyd edək ki, … Azərbaycanın ixracı 22 milyard 104 milyon dollar, idxalı isə 17 milyard 408 milyon dollar
            # təşkil edib": one state's exports and imports with no partner, far from a pair's figure, are its trade
            # with the world, no figure of the article's pair
            carried = _report_goes_on(sentence, published, s.check, k, carried)
            left_out = k
            continue
        elif len(set(codes)) == 1 and (subject_home := _subject_home(doc, s, resolver)) and subject_home != codes[0]:
            # round 41 (trade B): "Uraloğlu, Özbekistan ile ticaret hacminde 5 milyar dolar hedefine vurgu yaptı": the
            # subject's state and the one named, not the article's first two states
            pair = (subject_home, codes[0])
        elif not codes and k and "neighbo" in s.check and (neighbour := _neighbour_back(doc, k, context_pair)):
            pair = neighbour  # round 49: "… Kazakhstan's largest partner. Trade with its southern neighbour …"
        elif not codes and k and (visit_sides := _sides_of_a_visit_before(doc, s, k)):
            pair = visit_sides  # round 71 (trade71): "… в Бишкек прибыл Министр … Туркменистана …. Стороны …"
        elif not codes and k and (posting_sides := _posting_sides_before(doc, s, k, context_pair)):
            pair = posting_sides  # round 102 (q1): "… представлял страну в Казахстане. … товарооборот двух стран …"
        else:
            clause_pair = len(set(codes)) > 2 and _clause_pair(doc, s, amounts[0])
            pair = clause_pair or _pair(codes, context_pair)
        if quote_goes_on and not codes:
            pair = found[-1].pair
        if size_named and len(set(codes)) < 2 \
                and (setters := _setters_pair(doc, s, len(sentence), resolver, quoted, codes)) \
                and setters != SETTERS_OF_A_GROUP:
            pair = setters  # round 25: "the $5 billion target set by Erdoğan and Berdimuhamedow": its setters after it
        elif size_named and len(set(codes)) == 1 and (reported := _last_pair_with(found, codes[0])):
            pair = reported  # round 25: 'Bolat, "Kazakistan ile 10 milyar dolarlık hedefimize …"': the trade just reported
        elif size_named and not codes and (told := _last_target_of_value(found, amounts[0].usd_m)):
            pair = told  # round 30: "Tokayev …, calling the $10 billion goal …": the $10 billion target told before
        if pair is None and (pair := _setters_pair(doc, s, len(sentence), resolver, quoted, codes)):
            targets_only = True  # round 24: "Tokayev and Japarov … to $3 billion": only a target of the two's states
        if pair is None and codes and (pair := _setters_before_any_state(doc, s, amounts[0].start, resolver, quoted)):
            targets_only = True  # round 30: "Президенты Жапаров и Мирзиёев … до 2 млрд долларов, … с Таджикистаном"
        if pair is None and k and not codes \
                and (pair := _leaders_met_before(doc.sentences[k - 1], sentence, s.check, resolver)):
            targets_only = True  # round 25: "… received President of Tajikistan Emomali Rahmon. The heads of state …"
        if pair is None and len(set(codes)) == 1 \
                and (home := _home_of_sized_target(sentence, s.check, amounts)) and home != codes[0]:
            pair, targets_only = (home, codes[0]), True  # round 25: "Özbekistan ile 5 milyar dolarlık ticaret hedefine"
        if pair is None:
            continue
        # a state outside the ties: left out like a world total (its breakdown too)
        if not places.TIE_CODES.issuperset(pair):
            if not targets_only:
                period = when.period_in(sentence, published, s.check)
                carried, left_out = ((k, period) if period else carried), k
                # … but a later clause may give the same state's trade with a partner of the ties
                found += _later_partners(doc, s, pair, amounts, published, resolver, outlet)
            continue
        if not targets_only:
            last_trade = k
        stated_by = None  # found on first need (most trade sentences with an amount give a record; not all)
        sentence_pair = pair
        # a first clause naming two states of its own ("товарооборот Казахстана с Узбекистаном … превысил 4,4 млрд
        # долларов, с Грузией – …") is their pair, no round-up of the article's country's partners
        # (round 46: nor when the states it names are its source's, "According to Azerbaijan's State Customs Committee
        # it stood at …", and its pair is the trade it looks back to: _figure_back_of_named)
        partners = None if clause_pair or looks_back and _SOURCE_LEAD.match(sentence) \
            else _listed_partners(doc, s, codes, amounts, (report_home, "") if report_home else context_pair)
        # "Bunun 12,7 milyon dolları Azərbaycanın ixracının, 47,7 milyon dolları isə idxalın payına düşüb" (of
        # this, X fell to the share of exports, Y to imports): each amount's flow is the one named after it
        # round 19: one amount too, "Dövriyyənin 11,2 milyon dolları Azərbaycanın ixracının payına düşüb" (of the turnover,
        # 11.2 million fell to Azerbaijan's exports): its flow is the one named after it (_SHARE_FLOW_AFTER)
        share_of = "payina" in s.check and (len(amounts) > 1 or bool(_SHARE_FLOW_AFTER.match(sentence, amounts[0].end)))
        figure_done = False
        period: tuple[str, int, int] | None | bool = False  # found on first need: the same for each amount
        split = None  # the first amount's and the rest's periods of "2018'de X olan …, geçen yıl Y"
        # a clause of a group's or a state's total may stand among the two states' (_clause_of_a_total)
        group_words = not targets_only and len(set(codes)) >= 2 \
            and any(word in s.check for word in _GROUP_OR_TOTAL_WORDS + _AMONG_WORDS)
        target_before = False  # the amount before was a target (_TARGET_AGAIN)
        not_pair_before = False  # an amount before was left out as a region's or an output's (_not_pairs_subject)
        from_amount = None  # the amount "from" which the next one rose (_FROM_AMOUNT), with its span
        balance_end = -1  # where the amount before ended when it was a balance's (_FROM_THE_BALANCE_BEFORE)
        good_end = -1  # where the amount before ended when it was one good's (round 102, q1)
        for i, amount in enumerate(amounts):
            lead = sentence[:amount.start]
            # only the text since the previous amount can make this one a target
            previous_end = max((x.end for x in amounts if x.end <= amount.start), default=0)
            span = (a + amount.start, a + amount.end)
            segment = lead[previous_end:]
            segment_check = s.check[previous_end:amount.start] if len(s.check) == len(sentence) else lowered(segment)
            last = _last_word(segment_check)
            if _is_target(segment, previous_end > 0, last, segment_check) \
                    or last in ("to", "до") and i > 0 and _from_to_target(sentence, amounts[i - 1], segment) \
                    or _is_target_after(sentence, s.check, amount, amounts[i + 1] if i + 1 < len(amounts) else None) \
                    or _aims_for(segment, last, sentence, amount, targets_only or figure_done or target_before) \
                    or _aimed_at_ru(segment, segment_check) \
                    or (target_before and last == "to" and _TARGET_AGAIN.match(segment)
                        and not any(word in segment_check for word in _INVESTMENT_WORDS)) \
                    or (target_before and last == "до" and _TARGET_AGAIN_RU.match(segment)
                        and not any(word in segment_check for word in _INVESTMENT_WORDS)) \
                    or (target_before and _TARGET_LISTED_AGAIN.fullmatch(segment)
                        and not _investment_after(sentence, amount)) \
                    or (target_before and _TARGET_WITH_ANOTHER.fullmatch(segment)) \
                    or len(amounts) == 1 and _made_a_goal_next(doc, k, has_word, published):  # round 28; round 92 (t2)
                target_before = True
                if any(word in segment_check for word in _SECTOR_TARGET_WORDS):
                    continue  # round 44: "… bu sahədə növbəti üç ildə 100 milyon dollar hədəfinin …" (one sector's)
                if any(word in s.check for word in _FORECASTER_WORDS) and _FORECASTER.search(sentence):
                    continue  # "The World Bank forecasts that trade … will reach $10 billion by 2030" (_FORECASTER)
                if _own_forecast(doc, s, quoted):
                    continue  # "We expect trade with Turkey to reach about US$730m in 2026" (_own_forecast)
                if _target_met(sentence, s.check, amount, amounts[i + 1] if i + 1 < len(amounts) else None):
                    continue  # round 24: "Ранее поставленная цель в 5 млрд долларов … уже достигнута" (_TARGET_MET_AFTER)
                if _told_as_potential(sentence, s.check, amount):
                    continue  # round 24: "the countries had the potential to bring turnover to $1 billion" (_POTENTIAL_TO)
                if _estimated_future(sentence, s.check, amount):
                    continue  # round 40 (trade A): "Even at the current growth rate, turnover would reach roughly $250 million"
                if _could_reach(sentence, s.check, amount) and not _goal_named_after(sentence, s.check, amount):
                    continue  # round 66 (trade66): "a projection that trade could double to $25 million by 2027"
                    # (dev/1078); not "we can reach $100 million by 2030, and that is the goal we agreed" (dev/434)
                if _expected_this_year(sentence, s.check, amount, published):
                    continue  # round 48: "… expects imports from Türkiye to exceed $1.7 billion in 2026"
                if _not_pairs_subject(sentence, segment_check, previous_end, amount) \
                        or not_pair_before and not _segment_pair(doc, s, previous_end, amount.start):
                    continue  # round 43: "Товарооборот двух регионов … около 60 млн долларов, планируется довести
                    # до 150 млн": the target of the regions whose figure was left out before it, not their states'
                if _sector_target(sentence, segment_check, previous_end, amount):
                    continue  # round 35: "tarım ürünleri ticaretini 2030'a kadar 1,5 milyar dolara çıkarmayı" (_sector_target)
                if _good_after(sentence, s.check, amount) or _sector_flow_after(sentence, s.check, amount):
                    continue  # round 61: "a separate goal of $50 million in agricultural exports" (_SECTOR_FLOW_AFTER)
                if stated_by is None:
                    stated_by = _stated_by(sentence, s.check, sentence_pair, resolver, outlet)
                target_pair = ("where the two" in s.check and _where_the_two_pair(doc, s, amount.start, resolver)) \
                    or _segment_pair(doc, s, previous_end, amount.start) \
                    or i and found and found[-1].kind == "target" and found[-1].span[0] >= a \
                    and _listed_target_partner(doc, s, previous_end, amount.start, found[-1]) \
                    or len(set(codes)) < 2 and _setters_pair(doc, s, amount.start, resolver, quoted, codes) \
                    or codes and _setters_before_any_state(doc, s, amount.start, resolver, quoted) \
                    or _speakers_target_pair(quoted, s, codes) \
                    or _speakers_clause_target_pair(doc, quoted, s, codes, previous_end, amount.start) or pair
                if target_pair == SETTERS_OF_A_GROUP:
                    continue  # round 24: "Tokayev, Aliyev and Mirziyoyev agreed to bring trade to …": a group's
                if not places.TIE_CODES.issuperset(target_pair):
                    continue  # round 25: "… to $1 billion and with Georgia to $500 million": no target of the ties
                found.append(FigureFound("target", target_pair,
                                         amount.usd_m, amount.qualifier, span, 0.85,
                                         target_year=_target_year(sentence, amount, published), stated_by=stated_by,
                                         rule=f"target: to {amount.rule}"))
                if i + 1 == len(amounts) and (same := _same_target_with(doc, s, amount, found, context_pair)):
                    found.append(same)  # round 30: "…, такая же цель зафиксирована и в отношениях с Казахстаном"
                continue
            target_before = False
            if i + 1 < len(amounts) and _FROM_AMOUNT.fullmatch(sentence, amount.end, amounts[i + 1].start):
                # "2021'deki 2,9 milyar dolardan 3,4 milyar dolara yükseldi": the amount it rose from, told before the
                # figure; a figure of its own year once the figure is found (_from_figure)
                from_amount = (amount, span)
                if period is False:  # round 28: the figure's own year told between ("… dolardan 2025'te …")
                    period = _year_between(sentence, amount.end, amounts[i + 1].start, published) or False
                if period is False and (same := _SAME_PERIOD_OF_FROM.search(sentence, max(0, amount.start - 45),
                                                                            amount.start)):
                    # round 91 (t2): "geçen yılın aynı dönemindeki … dolardan": last year's is the amount risen
                    # from's; the figure's is told before that phrase, else the report's going on
                    own = when.period_in(sentence[:same.start()], published)
                    period = own or (carried[1] if carried else False)
                continue
            if i + 1 < len(amounts) and period is False and (later := _from_year_to(sentence, amounts, i, published)):
                # "rose 25% from $400 million in 2023 to $500 million in 2024": the same, its year after it; the
                # figure's period is the one after the figure's amount
                from_amount, period = (amount, span), later
                continue
            if targets_only or any(w in segment_check for w in _BALANCE_STEMS) and _BALANCE.search(segment):
                balance_end = amount.end
                continue
            if balance_end == previous_end and "from" in segment_check and _FROM_THE_BALANCE_BEFORE.match(segment):
                continue  # round 91 (balance_from_t1): the balance's own earlier value (_FROM_THE_BALANCE_BEFORE)
            if _investment_clause(segment, segment_check):
                continue  # "Kazakhstan's investment in Uzbekistan reached $1.3 billion, while trade …" (_investment_clause)
            if any(w in segment_check for w in _SECTOR_WORDS) \
                    and _SECTOR_FLOW.search(sentence, max(previous_end, _own_clause_start(sentence, amount.start)),
                                            amount.start):
                # the report goes on with its period (round 20: "… gas exports to Uzbekistan reached $450 million in
                # 2025. Total trade between the two countries stood at $1.1 billion")
                carried = _report_goes_on(sentence, published, s.check, k, carried)
                continue  # "Turkish defense and aerospace exports reached $7.1 billion" (_SECTOR_FLOW)  # a trade balance is no trade figure ("ticarətdə müsbət saldo 3 milyard 12 milyon dollar")
            if _sector_named_back(sentence, segment_check, previous_end, amount):
                carried = _report_goes_on(sentence, published, s.check, k, carried)  # as a branch's, above
                continue  # round 35: "Sektörün 10 aylık ihracatı …" (_SECTOR_BACK; non-oil trade keeps its scope)
            if _good_after(sentence, s.check, amount) or _good_subject(sentence, segment_check, previous_end, amount) \
                    or _good_genitive_flow(sentence, segment_check, previous_end, amount) \
                    or _good_bare_flow(sentence, segment_check, previous_end, amount) \
                    or _good_words_flow(sentence, segment_check, previous_end, amount) \
                    or _good_flow_of_line(sentence, s.check, amount) \
                    or _good_opens_flow(sentence, segment_check, amount) \
                    or _place_from_to_flow(sentence, segment_check, previous_end, amount) \
                    or _place_owners_flow(sentence, segment_check, previous_end, amount) \
                    or _good_worth_before(sentence, segment_check, amount) \
                    and not (figure_done and _shipped_back(doc, s, previous_end, amount, found[-1])) \
                    or _tonnage_worth_before(sentence, segment_check, amount) \
                    or _main_place_in_flow(sentence, segment_check, previous_end, amount) \
                    or _good_value_of_flow(sentence, segment_check, previous_end, amount) \
                    or good_end == previous_end and _opens_a_share(segment):
                # round 102 (q1): a share of one good's amount is that good's too, "Azərbaycan 3,1 milyon dollarlıq
                # xalça … ixrac edib, bunun təxminən 420 min dolları Özbəkistanın payına düşüb" (dev/1508)
                good_end = amount.end
                carried = _report_goes_on(sentence, published, s.check, k, carried)  # as a branch's, above
                continue  # "Azerbaijan exported $1.62bn of gas to Türkiye" (_GOOD_AFTER, _good_subject)
            if _forecast_by_year(sentence, amount, published):
                continue  # round 27: "foresees turnover of around $4.2 billion by the end of 2026" (_FORECAST_BY_YEAR)
            if _forecast_of_the_year_end(sentence, s.check, amount):
                continue  # round 65 (trade65): "ilin sonunadək … 8,5 milyard dollara çatacağı gözlənilir"
            if any(word in s.check for word in _EXPECTS_WORDS) and _EXPECTS_AFTER.match(sentence, amount.end):
                continue  # round 49: "… ihracatın 4 milyar doları aşmasını bekliyor" (_EXPECTS_AFTER)
            if any(word in s.check for word in _BELIEVED_WORDS) and _BELIEVED_AFTER.match(sentence, amount.end):
                continue  # round 61: "… 6,5 milyar doları bulabileceğini tahmin ediyor" (_BELIEVED_AFTER)
            if _size_of_a_goal(sentence, s.check, amount):
                continue  # round 42 (trade B): "5 milyar dolarlık ayrı bir hedef konuşuyor" (_GOAL_SIZED_AFTER)
            if _amount_of_a_potential(sentence, s.check, amount):
                continue  # round 57: "ticaret potansiyelinin 5 milyar doların üzerinde" (_POTENTIAL_NOUN_BEFORE)
            if _part_of_no_flow(sentence, amount):
                continue  # round 44: "Bu ihracatın 412 milyon dolarlık kısmı Mersin'deki firmalar tarafından …"
            if _not_pairs_subject(sentence, segment_check, previous_end, amount):
                not_pair_at, not_pair_before = k, True
                continue  # "Azerbaycan'ın GSYH'si … 74 milyar dolar", "the Turkestan region of Kazakhstan" (_NOT_PAIR_SUBJECT)
            if not_pair_before and _goes_on_without_a_state(doc, s, previous_end, amount.start):
                continue  # round 72 (visits72): "товарооборот Шымкента с Турцией составил 187 млн долларов, а за
                # январь–сентябрь — уже 164 млн" (dev/1152): the place's figure goes on, no pair's
            if group_words and _clause_of_a_total(doc, s, segment, segment_check, previous_end, amount):
                continue  # "Trade among the OTS member states was put at $40 billion, and Uzbekistan's total …"
            if len(set(codes)) >= 2 and _unknown_partner_clause(doc, s, segment, segment_check, previous_end):
                continue  # "Azerbaijan's exports to Italy reached $12 billion, while exports to Turkey …"
            if not places.TIE_CODES.issuperset(codes) and _outside_partner_clause(doc, s, segment, previous_end):
                continue  # "Kazakhstan's exports to Azerbaijan rose 12%, and its trade with Georgia reached $100 million"
            # a further amount is a figure of its own when its clause names its own trade flow: "exports
            # … totalled $98.7 million, while imports … amounted to $383.7 million"; otherwise ("up from
            # $5 billion") it is a comparison, not a figure
            # … nor when it is another partner's ("Qazaxıstanla … 500 milyon dolları ötdüyünü, Özbəkistanla isə bu ilin
            # doqquz ayında … 260 milyon dollar") or the same trade's a period before ("up from $24.5 million a year
            # earlier", its own figure)
            baseline = compared if i == 0 else None
            further = None  # the period of a further clause of the same trade, and where it opens (_clause_period)
            # … and when it is the same trade of another state: "товарооборот Казахстана с Узбекистаном … достиг 3,29
            # млрд долларов, с Кыргызстаном – 1,43 млрд долларов"
            other = _other_partner(doc, s, previous_end, amount.start, found[-1].pair, segment, published) \
                if figure_done and not partners and found[-1].kind == "trade" else None
            # round 41 (trade B): "…, а у Киргизии с Азербайджаном за тот же год он не дотянул и до $100 млн": the same
            # trade of two other states (_two_others_of_the_same_trade)
            two_others = _two_others_of_the_same_trade(doc, s, previous_end, amount.start, found[-1].pair, segment) \
                if figure_done and not partners and found[-1].kind == "trade" else None
            if two_others:
                other = two_others[1]
            if other == "" and "our " in segment_check \
                    and (ours := _our_clause_pair(doc, s, previous_end, amount.start, quoted, resolver)):
                two_others, other = ours, ours[1]  # round 102 (t1): "…, and our own trade with Kazakhstan, still …"
            if other == "":  # "…, while trade with China and Russia exceeded $6bn each": whose is not told
                continue
            if _modal_trade(segment, segment_check):
                continue  # round 22: "should trade at least a billion dollars a year", a wish or an assessment
            if sentence.startswith(_GERUND_OF_REACHING_WORDS) and _GERUND_OF_REACHING.match(sentence[:amount.start]):
                continue  # round 73 (visits73a): "Reaching $200 million within three years would require …"
            if _could_reach(sentence, s.check, amount):
                continue  # round 25: "товарооборот может превысить $1,6 млрд", "100 milyon dollara çata bilər"
            if _estimated_future(sentence, s.check, amount):
                continue  # round 31: "По его оценке, … товарооборот по итогам 2025 года превысит 1,2 млрд долларов"
            if _projected_this_year(sentence, s.check, amount, published):
                continue  # round 66 (trade66): "… model suggests turnover of about $800 million this year if …"
            # (a trade word in "from 2023, when trade stood at $560 million" names the figure compared with, no clause
            # of its own)
            # round 37: "…, while sales in the other direction stood at $92 million" (the partner's same flow)
            other_way = figure_done and (_other_way_flow(segment, segment_check, found[-1])
                                         or _shipped_back(doc, s, previous_end, amount, found[-1]))
            # round 38: "…, bunun 2 milyar dolarlık kısmı Türkiye'nin KKTC'ye ihracatıydı" (a share, its flow after it)
            share_flow = figure_done and not other and _share_flow_after(doc, s, segment, amount, found[-1])
            total_of_flows = figure_done and not other and not split \
                and _total_of_flows(doc, s, segment, segment_check, previous_end, amount, found)  # round 59 (trade59c)
            if figure_done and not total_of_flows and _world_flow_total(doc, s, segment, segment_check, previous_end,
                                                                         amount):
                continue  # round 59 (trade59c): "…, dünyaya toplam ihracat 260 milyar dolar" (_WORLD_FLOW_TOTAL)
            if figure_done and not total_of_flows \
                    and (not _TRADE.search(segment) or "when" in segment and _BASELINE_WHEN.search(segment)
                         or "когда" in segment and _BASELINE_WHEN_RU.search(segment)) \
                    and not other and not split and not other_way and not share_flow \
                    and not (partners and partners[i][0] != partners[i - 1][0]) \
                    and not _SOLD_BY_SUBJECT.search(segment):  # round 45: "…, and we bought around $1.56 billion"
                baseline = _baseline_period(sentence, segment, amount, found[-1].period)
                further = None if baseline else (_clause_period(segment, published, found[-1].period)
                                                 or _rate_to_further(sentence, segment, amount, published, found[-1].period)
                                                 or _series_step_further(sentence, segment, amount, published,
                                                                         found[-1].period)
                                                 or _and_alone_further(sentence, segment, amount, published,
                                                                       found[-1].period)
                                                 or _and_verb_whole_year(sentence, segment, amount, published,
                                                                         found[-1].period)
                                                 or _part_alone_further(segment, published, found[-1].period)
                                                 or _threshold_then_exact(sentence, amounts, i, found[-1].period)
                                                 or _another_count_further(segment, segment_check,
                                                                           found[-1].period))  # round 100 (q3)
                if baseline is None and further is None:
                    continue
            if _target_told_again(found, amount, pair, s.check) and not when.period_in(sentence, published, s.check):
                continue  # round 24: 'ticaret hedeflerinin … "… 5 milyar dolar ancak kâğıt üzerinde kalır"' (the target's)
            if period is False:
                split = _periods_split(sentence, s.check, amounts, published)
                period = split[1] if split else restated or when.period_in(sentence, published, s.check) or year_told
                if period and not split and len(amounts) == 1:  # round 26
                    period = _own_clause_period(sentence, amount, period, published) or period
                if period and not split:  # round 77 (chart77): a year told only in an aside before the amount
                    period = _period_past_a_relative_aside(sentence, s.check, amount, period, published) or period
                if not split and "when" in s.check:  # round 34: with no period of its own too ("a weak 2024, when")
                    period = _year_when_before(sentence, amount) or period
                if period and not split and carried and len(amounts) > 1:
                    split = _back_then_own(sentence, amounts, period, carried[1][0])  # round 25
                    period = split[1] if split else period
                if period and not split and carried and len(amounts) > 1:  # round 28
                    period = _report_period_over_baseline(sentence, amounts, period, carried[1]) or period
                if period and not split and carried \
                        and (back := when.period_back_in(sentence, carried[1][0], s.check)) and back[1] <= period[1] < back[2]:
                    # round 19: "Geçen yılın aynı döneminde ihracat 2 milyar 48 milyon dolar seviyesindeydi": the months of
                    # the period just told a year before, not last year as a whole
                    period = back
                if period and k and "previous year" in s.check and period[2] <= amount.start \
                        and (before := _year_before_the_one_told(doc, k, sentence, period, published)):
                    period = before  # round 101 (t1): "Our trade the previous year …" after "on 12 May 2010"
                if period is None and k and (that_year := _that_year(doc, k, sentence, published)):
                    period = that_year
                if period is None and k and (not carried or _paragraph_since(doc, carried[0], k - 1)) \
                        and (opening := _period_opening_before(doc, k, published)):
                    # (round 92, t1: or past a figure of another paragraph, a new answer opening with its months)
                    period = opening
                if period is None and carried and k:
                    period = _period_of_figure_before(doc, found, k, sentence)
                if period is None and carried:
                    # "за тот же период", "On ayda" after ten months: any distance back; "ötən ilin müvafiq dövründə":
                    # the same period a year before (first: it is no carried period)
                    period = when.period_back_in(sentence, carried[1][0], s.check, published)
                    if period and i == 0 and period[1] >= amount.end and period[0] != carried[1][0]:
                        # round 60 (trade60): "yeddi ayda cəmi 38,6 milyon dollar, halbuki ötən ilin eyni dövründə bu
                        # rəqəm 31,2 milyon dollar idi": the look back a year is the later clause's; the first amount's
                        # own count of months before it is the report's period
                        period = when.period_back_in(sentence[:amount.start], carried[1][0]) or period
                    if period and period[0] == carried[1][0]:
                        period = _same_period_past_a_look_back(doc, found, carried, k, period)
                    if period is None and (earlier := _earlier_periods(found, carried[1][0])):
                        # "Exports in the eight months reached …" after "In 2023 as a whole …": the report's own
                        # eight months, told before the year
                        period = when.count_back_in(sentence, earlier, s.check)
                # round 22: a round-up of one state's partners (report_home) tells its period once in the lead and
                # keeps it past quotes and subheadings: "Turnover with Kyrgyzstan rose 12.4% to nearly $780 million"
                if period is None and carried and (_sentences_since(doc, carried[0], k) <= CARRY_PERIOD or report_home
                                                   or _remarks_since(doc, carried[0], k) <= CARRY_PERIOD
                                                   or _source_of_the_period_again(doc, s, k, found, carried)) \
                        and not _names_own_year(sentence, s.check):
                    period = _year_of_the_part(doc, found, carried, k) \
                        or _whole_of_the_part(doc, found, carried, k) or carried[1]  # round 48, 49
            if period is None:
                continue
            if stated_by is None:
                stated_by = _stated_by(sentence, s.check, sentence_pair, resolver, outlet)
            figure_period = split[0] if split and i == 0 else period  # the sentence's, but for a partner's clause
            # with a period of its own, or the earlier value "2018'de 3,6 milyar dolar olan"
            if baseline:  # the same pair and flow, a period before: no growth of its own
                pair, flow, growth = found[-1].pair, found[-1].flow, None
            elif further:  # "…, and in the first four months of this year it reached $2.4 billion, up 6 percent"
                pair, flow = found[-1].pair, found[-1].flow
                clause_end = amounts[i + 1].start if i + 1 < len(amounts) else len(sentence)
                growth = money.growth_in(sentence[previous_end + further[1]:clause_end])
            elif share_of:  # Azerbaijani: the flow follows the amount, "12,7 milyon dolları ixracın payına düşüb"
                clause_end = amounts[i + 1].start if i + 1 < len(amounts) else len(sentence)
                after = sentence[amount.end:clause_end]
                growth = money.growth_in(sentence[previous_end:clause_end]) if figure_done else money.growth_in(sentence)
                # round 103 (h2): a later amount with no flow after it, its own clause after the comma naming its
                # flow before it, "… ixracının payına düşüb, Türkiyədən idxal isə 1 milyard 870 milyon dollar olub"
                # (dev/1533)
                own = segment[segment.rfind(",") + 1:] if i and "," in segment else ""
                flow = _flow(after, lowered(after)) or _flow(own, lowered(own)) or "turnover"
            elif partners:  # "Kazakhstan ranked second with $600.3 million, followed by Uzbekistan, with which ..."
                pair, clause_start, clause_end = partners[i]
                # "…, while with China it reached $2 billion": no partner of the ties
                if not places.TIE_CODES.issuperset(pair):
                    continue
                # round 25: from its partner's clause on, not the amount before's growth told after it ("about $38
                # million, 4.5% less than a year earlier, while trade with Tajikistan fell to $21.4 million")
                growth = money.growth_in(sentence[max(previous_end, clause_start):clause_end])
                # a further partner with no trade word of its own goes on with the flow before it ("Exports to
                # Kyrgyzstan stood at $14.2 million, and to Turkmenistan at $40 million")
                flow = _flow(segment, segment_check) \
                    or (found[-1].flow if figure_done and i and not _TRADE.search(segment) else "turnover")
                # "…, Özbəkistanla isə bu ilin doqquz ayında … 260 milyon dollar": the clause's own period, up to the
                # next amount (one told after a comparison's amount is the comparison's: "…, while exports to Uzbekistan
                # reached $96 million, up from $71.3 million in January–September 2025")
                own_end = min(clause_end, amounts[i + 1].start) if i + 1 < len(amounts) else clause_end
                figure_period = when.period_in(sentence[clause_start:own_end], published) or period
            elif figure_done:  # its own clause: from its own trade word (else the amount before) up to the next amount
                clause_start = previous_end + _clause_start(segment)
                if split and previous_end <= split[2] < amount.start:
                    # round 59 (trade59): from the clause its own period opens on, not the rate of the amount before
                    # ("$3.05 billion, a 7.9% decline, compared with $3.31 billion in the same period of 2025")
                    clause_start = max(clause_start, split[2])
                clause_end = amounts[i + 1].start if i + 1 < len(amounts) else len(sentence)
                if split and i + 1 < len(amounts):  # round 85 (k6): up to a further clause of its own period
                    clause_end = _next_own_period_clause(sentence, amount.end, clause_end, period, published)
                growth = money.growth_in(sentence[clause_start:clause_end])
                # the flow named last before it: "… 3 milyard dollarlıq məhsul ixrac edib, bu ölkədən idxal isə 1 milyard"
                # (the main clause after a relative one goes on with its flow: "Turkish exports …, which stood at …,
                # rose to …")
                flow = _flow_verb_after(sentence, amount.end) or _flow_noun_predicate_after(sentence, amount.end) \
                    or _flow_last(segment, segment_check) or _sold_before(segment, segment_check) \
                    or ("turnover" if _TRADE.search(segment) or not (other or split) else found[-1].flow)
                if "from" in segment and (sender := _sent_from(doc, s, previous_end, segment, pair)):
                    pair = sender  # "…, while goods sent from the north to Turkey amounted to $142 million"
                elif not other and flow in ("export", "import") \
                        and (ordered := _flow_pair_in_order(doc, s, previous_end, amount.start, pair)):
                    pair = ordered  # round 38: "…, while Turkish exports to Uzbekistan came to $2.1 billion"
                if other:  # the same trade of another state (the elliptic clause goes on with the flow before it)
                    pair = two_others or (_owner_before(doc, s, previous_end, found[-1].pair, other), other)
                    # round 21: its growth from its state on, not the amount before's told between ("…, увеличившись на
                    # 9%, а с Азербайджаном – почти 560 млн": none)
                    growth = money.growth_in(sentence[_named_from(doc, s, other, clause_start):clause_end])
                    if not places.TIE_CODES.issuperset(pair):
                        continue
                    figure_period = when.period_in(sentence[clause_start:clause_end], published) or period
                elif not split and ";" in segment and found[-1].kind == "trade" \
                        and (back := _semicolon_figure_back_period(segment, found[-1].period)):
                    figure_period = (back[0], *period[1:])  # round 49: "…; bu rakam geçen yılın aynı döneminde …"
                    growth = None
                # round 85 (k6): or a third amount past an "olan" split's second (_next_own_period_clause)
                elif (not split or i >= 2 and split[2] <= previous_end) \
                        and (own := when.period_in(segment[segment.rfind(", ") + 1:], published)) \
                        and own[0] != period[0]:  # (round 46: a split's own periods stand, _own_period_each)
                    # its clause's own period since the amount before: "В первом полугодии показатель составлял 201
                    # млн долларов, а по итогам всего 2024 года объем взаимной торговли составил около 390 млн"; from
                    # the segment's last comma on, not the period told after the amount before ("…, while in 2024 …")
                    figure_period = own
                elif not split and (opened := _clause_period(segment, published, period[0])):
                    # round 49: a further clause of its own trade word opened by "and (that)" right after the amount
                    # before's own year, "stood at some $2.9 billion last year and that trade in the first five
                    # months of this year exceeded $2.2 billion": the clause's period, not the sentence's first
                    figure_period = (opened[0], *period[1:])
            else:
                # not the growth of a further amount's own clause ("экспорт … 356,1 млн долларов (рост на 31,2%),
                # импорт … сократился на 6,3% – до 56,5 млн": the import's fall is not the export's)
                growth = money.growth_in(sentence[max(growth_from, _own_clause_start(sentence, amount.start)):
                                                  split[2] if split else _first_clause_end(sentence, amounts, published)])
                if growth is None and line_growth is not None:
                    growth = (line_growth, 0, 0)
                if volume_that_was:
                    growth = None  # round 93 (t2): "1,31 mlr $ olan hacim, temmuz-eylülde %3,2 geriledi"
                # "put bilateral turnover at $172.4 million …, with oil products making up most of Hungarian
                # imports": a turnover word before the amount makes it the turnover, whatever flow follows
                # nor does a flow in an aside after the amount on what drove it ("it rose by 31% to $1.3 billion,
                # with Kazakh exports of metals driving most of the increase"): the trade's turnover
                whole = sentence[:_aside_after(sentence, amount.end)]
                if len(amounts) > 1:
                    whole = whole[:_next_clause_of_its_own(sentence, amount.end, amounts[1].start)]
                flow = elliptic_flow or _part_of_turnover_flow(sentence, segment, amount) \
                    or (_clause_names_trade(segment) and "turnover") or _flow_last(segment, segment_check) \
                    or _sold_before(segment, segment_check) \
                    or (None if _TURNOVER.search(segment) or _trade_told_before(segment)
                        else _flow(whole, lowered(whole))) or "turnover"
            if flow == "import" and (seller := _bought_goods_of(segment, segment_check, pair)):
                pair, flow = seller, "export"  # round 54: "the TRNC bought Turkish goods worth …"
            if other_way:
                pair, flow = (found[-1].pair[1], found[-1].pair[0]), found[-1].flow
            if share_flow:
                pair, flow = share_flow
            elif not other_way and flow in ("export", "import") \
                    and any(word in s.check for word in TA_FLOW_NOUNS) \
                    and (turned := _pair_by_case(doc, s, pair, amount.start, previous_end if figure_done else 0)):
                pair = turned  # round 50: "Macarıstana Azərbaycanın ixracı", "Macaristan'dan ithalat"
                # (round 51: a later figure's too, by the states of its own clause: "…, Macarıstana ixrac isə …")
            label = _month_alone_after(sentence, amount, published) or baseline or (further and further[0]) \
                or figure_period[0]
            if growth_from and amount.start > growth_from and (years := _A_YEAR.findall(sentence, 0, growth_from)):
                label = years[-1]  # round 55: "This is 23% more than in 2024; that year trade stood at …" (2024)
            compared_when = None  # round 86 (n4): the compared period of a growth line's "when" clause
            if growth_from and amount.start > growth_from and "when" in sentence[growth_from:amount.start] \
                    and (compared_when := _baseline_period(sentence, sentence[:amount.start], amount, growth_of)):
                # "…, when trade stood at $2,789.4 million — not 40 percent higher": the compared period's, no growth
                # of its own (the rate was the figure's before), and the report stays on that figure's period
                label, growth = compared_when, None
            each = _each_with_one(doc, s) if " each " in s.check and len(amounts) == 1 else []
            found.append(FigureFound("trade", each[0] if each else pair, amount.usd_m, amount.qualifier, span,
                                     0.85 if len(codes) >= 2 else 0.75, period=label,
                                     flow=flow, growth_pct=growth[0] if growth else None, stated_by=stated_by,
                                     scope=_scope(sentence, s.check),
                                     rule=f"figure: {amount.rule}, period {label!r}"))
            if each:  # round 85 (k2): "A and B each traded … with C", one figure of each (_EACH_WITH_ONE)
                found.append(replace(found[-1], pair=each[1]))
            if further and further[1] == 0 and figure_done and i and _threshold_then_exact(sentence, amounts, i, "") \
                    and found[-2].span[0] == a + amounts[i - 1].start:
                # round 53 (traderel): the round threshold passed on the way is no figure of its own; its growth stays
                if found[-1].growth_pct is None:
                    found[-1].growth_pct = found[-2].growth_pct
                del found[-2]
            if exactly and not figure_done and _told_exactly(found[-2], found[-1]):
                # round 48: "… reached $300 million. The exact figure is $301.2 million": one figure, the round one's
                # growth kept when the exact one has none
                if found[-1].growth_pct is None:
                    found[-1].growth_pct = found[-2].growth_pct
                del found[-2]
            if further and i:
                _growth_over_two_levels(sentence, amounts[0], found, a)  # round 102 (q1)
            rated = None
            if i == 0 and "when" in s.check and "than" in s.check \
                    and (rated := _rate_over_year_when(sentence, amount, found)):
                found[-1].growth_pct = None  # round 49: the rate is the figure's told before, not the year's
            elif found[-1].kind == "trade" and len(found) > 1:
                _growth_since_earlier_level(sentence, s.check, amount, found)  # round 86 (m1)
            figure_done = True
            # a breakdown in the next sentences is of the figure, not of the period it is compared with; nor of
            # an earlier period "this figure" looked back to ("In 2023 this figure was $2.9 billion. Imports …")
            looked_back = looks_back and carried and _ends_before(figure_period[0], carried[1][0])
            aside = carried and (_period_alone(sentence, figure_period)
                                 or k - carried[0] <= 1 and _ends_before(figure_period[0], carried[1][0]))
            # round 26: a further clause's own period goes on ("…, and rose 9% to $4.1bn in January–September this year.
            # Exports were about $2.3bn over the same nine months"), not the sentence's first
            carried = (k, carried[1] if looked_back or aside or compared_when
                       else (further[0], *figure_period[1:]) if further and not baseline
                       # round 54 (tradetext): not a part set apart by "alone" (", while June alone brought in …"):
                       # the report goes on with its whole
                       and " alone " not in segment[further[1]:] else figure_period)
            if rated:
                carried = (k, (rated.period, *figure_period[1:]))  # round 49: the report stays on the rated figure's
            if from_amount and (before := _from_figure(sentence, found[-1], *from_amount)):
                found.append(before)
            from_amount = None
    _give_growths_before(doc, found, growths_before, context_pair)
    _give_rate_lines(found, doc, rate_lines)
    _give_share_line_growths(doc, found, published)  # round 73
    _give_partner_clause_growths(doc, found, published)  # round 84 (h3)
    _give_round_figure_levels(doc, found, published)  # round 98 (q2)
    grid_figures = _grid_figures(doc, published, resolver, outlet, found)  # round 46
    _give_growths_before(doc, grid_figures, growths_before, context_pair)  # round 79 (table79): a grid's too
    _give_grid_flow_growths(doc, grid_figures, published)  # round 81 (customs81)
    found += grid_figures
    headline_end = doc.text.find("\n")
    kept = _above_turnover(_rounded_told_exactly(_grid_told_in_text(_told_again(_headline_told_again(_one_per_target(
        _headline_target_told_again(_goal_set_for_year_after(doc, _goal_year_told_later(doc, found, published),
                                                             published), headline_end)), headline_end))), doc))
    kept = _exact_told_round_before(kept)  # round 49
    kept = _without_corrected_away(doc, kept)  # round 86 (n1)
    return _with_mirror_flows(doc, found, kept)  # round 28


# Round 86 (n1, corrected_away): an update that puts a figure right and names the one it replaces as the report's own
# earlier one ("the ministry now puts last year's trade … at $612.8 million, not $621.8 million as we reported in the
# 13:15 entry below", a live blog whose earlier entry still holds the wrong one, dev/1314): the replaced amount, told
# anywhere for the same pair and period, is no figure; the update's own is. Only "not <amount> as (we) reported/
# stated …", so a contrast of two true figures ("$5m, not $4m as in 2024") is none.
_CORRECTED_AMOUNT = r"\$\s?\d[\d.,]*\s*(?:million|billion|mln|bn|m)\b"
_CORRECTED_AWAY = re.compile(r"\bnot\s+(?P<amount>" + _CORRECTED_AMOUNT + r")\s*,?\s+as\s+"
                             r"(?:(?:we|it|was|were|had|has|been|first|earlier|previously|wrongly|initially)\s+){0,3}"
                             r"(?:reported|stated|published|wrote|written|said|given)\b"
                             # Round 86 (w2, corrected_away): the replaced amount after "corrected from", "… at $612.8
                             # million (corrected from $621.8 million)", or after "rather than" in an update or
                             # correction (_CORRECTION_CUES): "Update: the ministry now puts it at $612.8 million rather
                             # than $621.8 million" (no dev article; a known gap of round 86)
                             r"|\bcorrected\s+from\s+(?P<corrected>" + _CORRECTED_AMOUNT + r")"
                             r"|\brather\s+than\s+(?P<rather>" + _CORRECTED_AMOUNT + r")", re.I)
_CORRECTED_AWAY_WORDS = ("reported", "stated", "published", "wrote", "written", "said", "given", "corrected from",
                         "rather than")  # one is in every _CORRECTED_AWAY match
_CORRECTED_AWAY_CUES = ("not ", "corrected from", "rather than")  # as doc.text has them (the first word of each form)
# round 86 (w2): "rather than $X" replaces $X only in an update or a correction; elsewhere it may weigh two true
# figures ("exports to Kazakhstan, at $40 million rather than $30 million for Uzbekistan, …")
_CORRECTION_CUES = ("update", "correct", "now puts", "now says", "now gives", "revised")


def _without_corrected_away(doc: Document, kept: list[FigureFound]) -> list[FigureFound]:
    """`kept` without a trade figure whose amount a later update names as the wrong one it replaces (_CORRECTED_AWAY),
    of the pair and period of the figure that update sentence itself gives."""
    if not any(f.kind == "trade" for f in kept) or not any(cue in doc.text for cue in _CORRECTED_AWAY_CUES):
        return kept
    wrong: list[tuple[tuple[str, str], str, float]] = []
    for s, told in zip(doc.sentences, doc.held(_CORRECTED_AWAY_WORDS)):
        if not told or not any(cue in s.check for cue in _CORRECTED_AWAY_CUES) \
                or not (m := _CORRECTED_AWAY.search(s.text)):
            continue
        if m["rather"] and not any(cue in s.check for cue in _CORRECTION_CUES):
            continue  # round 86 (w2): "rather than $X" corrects nothing outside an update or correction
        amount = money.amounts_in(m["amount"] or m["corrected"] or m["rather"])
        right = [f for f in kept if f.kind == "trade" and s.start <= f.span[0] < s.end]
        if len(amount) == 1 and right:
            wrong += [(tuple(sorted(f.pair)), f.period, amount[0].usd_m) for f in right
                      if f.value_usd_m != amount[0].usd_m]
    if not wrong:
        return kept
    return [f for f in kept if f.kind != "trade" or (tuple(sorted(f.pair)), f.period, f.value_usd_m) not in wrong]


# Round 24: a state named as the route goods take is no party to the trade: "Last year the turnover was $7.1 million, most of
# it shipped through Turkish ports", "via Georgia", Russian "через Казахстан", Turkish "Kırgızistan'a ihracat, Rusya
# üzerinden yürütülen transit ticaretteki daralmayla …", Azerbaijani "Gürcüstan ərazisindən", "Türkmənistan üzərindən".
_TRANSIT_BEFORE = re.compile(r"\b(?:through|via|across|transiting|через|транзитом\s+через)\s+(?:the\s+)?"
                             r"(?:[^\W\d]+\s+(?:and|or|и|или)\s+)?$", re.I)  # "via Georgia and Russia": both
_TRANSIT_AFTER = re.compile(r"[\w'’]{0,4}(?:\s+[^\W\d]+)?\s+(?:üzerinden|üzərindən|ərazisindən)\b", re.I)
_TRANSIT_WORDS = ("through", "via", "across", "transit", "через", "üzerinden", "üzərindən", "ərazisindən")
# (as cheap.lowered() has them; one is in every match of either)
TRANSIT_BEFORE = 24  # characters before a state's name where its route word stands


def _transit(doc: Document, mention) -> bool:
    """Is the state at `mention` named as the route of the goods (_TRANSIT_BEFORE, _TRANSIT_AFTER)?"""
    return bool(_TRANSIT_BEFORE.search(doc.text, max(0, mention.start - TRANSIT_BEFORE), mention.start)
                or _TRANSIT_AFTER.match(doc.text, mention.end))


def _trading_mentions(doc: Document, s) -> list:
    """The sentence's mentions of states but those named as a route (_transit): the states that trade."""
    mentions = doc.mentions(s)
    if not any(word in s.check for word in _TRANSIT_WORDS):
        return mentions
    return [m for m in mentions if not _transit(doc, m)]


# Round 24: a clause that tells what caused the change names its trade as the cause, not as the amount's subject:
# "Kırgızistan'a ihracat, Rusya üzerinden yürütülen transit ticaretteki daralmanın etkisiyle yüzde 6 azalarak 720 milyon
# dolara geriledi" (exports fell, owing to the contraction in transit trade): still the exports.
# Round 97 (v1): the Russian "за счёт" (owing to) too, "Товарооборот с Азербайджаном снизился на 3,1% в основном за
# счёт сокращения импорта нефтепродуктов" (dev/1448: the turnover fell, the imports only its cause; _cause_cut)
_CAUSE_ASIDE = re.compile(r"\b(?:etkisiyle|nedeniyle|dolayısıyla|yüzünden|səbəbindən|nəticəsində|due\s+to|because\s+of|"
                          r"owing\s+to|из-за|вследствие|на\s+фоне|за\s+сч[её]т)\b", re.I)
_CAUSE_WORDS = ("etkisiyle", "nedeniyle", "dolayisiyla", "yüzünden", "səbəbindən", "nəticəsində", "due to", "because of",
                "owing to", "из-за", "вследствие", "на фоне", "за сч")  # as cheap.lowered() has them; one is in every
# match


def _cause_aside(clause: str) -> bool:
    """Does the clause tell a cause (_CAUSE_ASIDE)?"""
    check = lowered(clause)
    return any(word in check for word in _CAUSE_WORDS) and bool(_CAUSE_ASIDE.search(clause))


def _cause_cut(clause: str) -> str:
    """Round 97 (v1): the clause up to the cause it tells (_CAUSE_ASIDE), whole when it tells none: a flow named in the
    cause is none of the clause's subject ("… снизился на 3,1% в основном за счёт сокращения импорта", dev/1448)."""
    return clause[:m.start()] if _cause_aside(clause) and (m := _CAUSE_ASIDE.search(clause)) else clause


# Round 24: one good as the subject of the amount, no trade word before it: "Turkmen gas that reaches Türkiye through
# Iran is worth roughly $300 million a year, but it is recorded as an Iranian transaction rather than bilateral trade",
# "Туркменский газ, поставляемый в Турцию, стоит около 300 млн долларов", "Türkmən qazı … 300 milyon dollar dəyərindədir".
# (the local words with their case endings only: not "Qazaxıstan", "газета", "Neftçala")
_GOOD_BEFORE = re.compile(r"\b(?:" + _GOODS_EN + r"|газ(?:а|у|ом|е)?|нефт[ьи]|зерн[оа]|пшениц[аы]|хлоп(?:ок|ка)|qaz(?:ı|ın)?|"
                          r"neft(?:i|in)?|taxıl(?:ı|ın)?|buğda(?:sı|nın)?|pambıq(?:ı|ın)?|doğal\s*gaz(?:ı|ın)?|"
                          r"petrol(?:ü|ün)?|tahıl(?:ı|ın)?|pamuk(?:u|un)?)\b", re.I)


# Round 25: "export" as a word of the good's role is no trade of the sentence: "Cotton fibre remains the main export item,
# with deliveries of around $180 million" (one good's)
# (round 43: "Pharmaceuticals remained the largest item on the import side at $38.6 million", the side of the trade)
_EXPORT_ITEM = re.compile(r"\s+(?:items?|products?|commodit(?:y|ies)|goods?|staples?|side)\b", re.I)
# … and so is a trade word that only tells how the good came or what it makes up: Azerbaijani and Turkish participles,
# "Türkmənistandan idxal olunan neft məhsullarının dəyəri … təxminən 190 milyon dollar" (of the oil products imported),
# "ithal edilen doğalgaz"; Russian "Основу экспорта составляют пшеница и мука: на них пришлось порядка $520 млн".
# Round 96 (t1): or the goods that lead it, "В структуре экспорта по-прежнему лидируют зерно и мука, на которые
# пришлось $74 млн" (dev/1445: in the make-up of exports grain and flour lead, accounting for $74 million),
# "преобладают"
_TRADE_OF_GOOD = re.compile(r"\s+(?:olunan|edilən|edilen|olunmuş|edilmiş)\s+"
                            r"|[^.:;]{0,30}?\s(?:составля\w+|составил\w*|лидиру\w+|преоблада\w+)\s+", re.I)


# Round 48 (trade B): … or the trade word is what the good is an item of, told before it: "Fuel and petroleum products
# made up the largest single item in imports from Türkiye, at $287.5 million" (one good's)
_ITEM_OF_FLOW = re.compile(r"\b(?:items?|commodit(?:y|ies)|categor(?:y|ies))\s+(?:in|of|among)\s+"
                           r"(?:the\s+|all\s+|its\s+)?$", re.I)
ITEM_OF_FLOW_BEFORE = 30  # characters before the trade word where its item word stands


def _names_the_good(sentence: str, trade: re.Match) -> bool:
    """Is the trade word `trade` only the good's role or how it came (_EXPORT_ITEM; _TRADE_OF_GOOD then the good), or
    what the good is an item of (_ITEM_OF_FLOW)?"""
    return bool(_EXPORT_ITEM.match(sentence, trade.end())) or bool(
        (told := _TRADE_OF_GOOD.match(sentence, trade.end())) and _GOOD_BEFORE.match(sentence, told.end())) \
        or bool(_ITEM_OF_FLOW.search(sentence, max(0, trade.start() - ITEM_OF_FLOW_BEFORE), trade.start()))


def _good_subject(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount one good's, the good named in the text since the amount before (`check` its cheap.lowered(), from
    `start`) and no trade word in the sentence before the amount (_GOOD_BEFORE)? Round 41 (trade B): none in the
    amount's own clause after a colon ("Wheat makes up a third of imports from Kazakhstan: grain purchases reached $121
    million"), nor one in an aside on the good ("Hungarian pharmaceuticals, which make up the bulk of Kyrgyz imports
    from Hungary, accounted for about $17 million")."""
    if not any(word in check for word in _SECTOR_WORDS):
        return False
    clause = _after_colon(sentence, start, amount.start)
    if (semicolon := sentence.rfind("; ", start, amount.start)) >= clause:
        # round 48 (trade B): the amount's own clause after a semicolon names the good itself ("Citrus fruit … led the
        # exports to Türkiye; citrus sales to the Turkish market alone earned $9.4 million")
        clause = start = semicolon + 2
    elif (converb := max(sentence.rfind("ken, ", start, amount.start), sentence.rfind("kən, ", start, amount.start))) \
            >= clause:
        # Round 93 (t2, WHILE_CLAUSE_GOOD): so too a clause after a Turkish or Azerbaijani "while" converb ("-ken,",
        # "-kən,"): "İhracattaki artışta otomotiv … öne çıkarken, Azerbaycan'dan yapılan doğal gaz alımları … 210 mn $
        # civarında kaldı" (dev/1406): the gas purchases' value, one good's, not the exports told before
        clause = start = converb + 5
    return bool(_GOOD_BEFORE.search(sentence, start, amount.start)) \
        and all(_names_the_good(sentence, m) or _in_aside_on_the_good(sentence, m, amount.start)
                for m in _TRADE.finditer(sentence, clause, amount.start))


# Round 49 (trade other): Azerbaijani and Turkish tell a flow's leading goods by the place they take in it,
# "Macarıstandan idxalda əsas yeri əczaçılıq məhsulları tutur ki, onların da həcmi 41 milyon dollar olub" (in imports
# from Hungary the main place is taken by pharmaceuticals, whose volume was $41 million), "ithalatta ilk sırayı ilaç
# ürünleri alıyor":
# the amount after it is those goods', no figure of the pair.
_MAIN_PLACE_IN_FLOW = re.compile(r"\b(?:ixrac|idxal|ihracat|ithalat)\w*\s+(?:(?:ən\s+|en\s+)?(?:əsas|başlıca|mühüm|"
                                 r"önemli|böyük|büyük|birinci|ilk)\s+)?(?:yer|sıra|pay)\w*\s+(?:[^\W\d]+\s+){1,4}?"
                                 r"(?:tut|al[ıi]r|al[ıi]yor|al[ıi]b|çek)\w*", re.I)
_MAIN_PLACE_WORDS = (" yer", " sira", " pay")  # as cheap.lowered() has them; one is in every match


# Round 71 (trade71, dev/1136): the first place in a flow told before the amount, the good that takes it after, in the
# instrumental with the verb of taking place last: "İhracatta ilk sırada yaklaşık 210 bin dolarla hellim yer aldı" (in
# exports, first came halloumi with about $210,000), "ixracda birinci yerdə 5 milyon dollarla pambıq gəlir": a good's
# amount, no figure of the pair. A state in that place (_RANKED's "İkinci sırada 2,1 milyar dolarla Özbekistan yer
# aldı") is a partner's figure, so the word after the amount must name no place.
_FIRST_PLACE_IN_FLOW_BEFORE = re.compile(r"\b(?:ixrac|idxal|ihracat|ithalat)\w*\s+(?:(?:ən|en)\s+)?(?:ilk|birinci)\s+"
                                         r"(?:sırada|yerdə|yerde)\s+(?:[^\W\d]+\s+)?$", re.I)
_TAKER_AFTER_AMOUNT = re.compile(r"(?:y?l[ae]|\s+il[əe])\s+([^\W\d][\w'’]*)")
FIRST_PLACE_REACH = 50  # characters before an amount where the flow's first place is told


def _main_place_in_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount told after a flow's leading goods named by their place in it (_MAIN_PLACE_IN_FLOW), since the
    amount before (`start`, `check` that text's cheap.lowered()), or between a flow's first place and the good that
    takes it, no state (_FIRST_PLACE_IN_FLOW_BEFORE, _TAKER_AFTER_AMOUNT)?"""
    if not any(word in check for word in _MAIN_PLACE_WORDS):
        return False
    if _MAIN_PLACE_IN_FLOW.search(sentence, start, amount.start):
        return True
    reach = max(start, amount.start - FIRST_PLACE_REACH)
    return bool(_FIRST_PLACE_IN_FLOW_BEFORE.search(sentence, reach, amount.start)) \
        and bool(taker := _TAKER_AFTER_AMOUNT.match(sentence, amount.end)) and not places.is_place_word(taker.group(1))


def _after_colon(sentence: str, start: int, end: int) -> int:
    """Where the text after the last colon between `start` and `end` begins (a clause of its own that tells the
    figure: "…: grain purchases reached $121 million"), else 0 (the whole sentence before the amount)."""
    colon = sentence.rfind(": ", start, end)
    return colon + 2 if colon >= 0 else 0


# Round 41 (trade B): a relative aside right after the good, between commas: "Hungarian pharmaceuticals, which make up the
# bulk of Kyrgyz imports from Hungary, accounted for …"; its trade word tells what the good is part of.
_ASIDE_ON_GOOD = re.compile(r",\s+(?:which|that)\s+[^,;:]*$", re.I)
GOOD_BEFORE_ASIDE = 40  # characters before the aside's comma where the good is named


def _in_aside_on_the_good(sentence: str, trade: re.Match, end: int) -> bool:
    """Does the trade word `trade` stand in a relative aside (_ASIDE_ON_GOOD) that opens right after a good's name
    (_GOOD_BEFORE) and closes with a comma before the amount at `end`?"""
    if "," not in sentence[trade.end():end] or not (aside := _ASIDE_ON_GOOD.search(sentence, 0, trade.start())):
        return False
    return bool(_GOOD_BEFORE.search(sentence, max(0, aside.start() - GOOD_BEFORE_ASIDE), aside.start()))


# Round 24: a ranking of one state's partners, the state ranked named alone, often with no trade word: "На втором месте
# Турция — $2,31 млрд (+6,4%)", "Türkiye came second with $1.71 billion", "In third place is Kyrgyzstan with $1 billion",
# Turkish "İkinci sırada 2,1 milyar dolarla Özbekistan yer aldı", Azerbaijani "Özbəkistan ikinci yerdədir: 180 milyon dollar".
_RANKED = re.compile(r"\b(?:(?:came|ranked|was|is|placed|finished|stood|comes|ranks|remains)\s+(?:in\s+)?(?:a\s+)?"
                     r"(?:second|third|fourth|fifth|sixth|next)\b|in\s+(?:second|third|fourth|fifth|sixth)\s+place\b"
                     r"|на\s+(?:втором|третьем|четв[её]ртом|пятом|шестом)\s+месте|(?:второе|третье|четв[её]ртое|пятое)\s+место"
                     # "Вторым по величине партнером стал Узбекистан — $640 млн", "the second-largest partner"
                     r"|(?:вторым|третьим|четв[её]ртым|пятым)\s+(?:по\s+\w+\s+)?(?:торговым\s+)?партн[её]ром"
                     r"|(?:second|third|fourth|fifth)[-\s](?:largest|biggest)\s+(?:trad\w+\s+)?partner"
                     r"|(?:ikinci|üçüncü|dördüncü|beşinci|altıncı)\s+(?:sırada|sırayı|sıraya|yerdə|yeri|yerə|yerdədir)\b"
                     # round 68 (tradetr68b, dev/1108): the first place too, in the past, "Azerbaycan, … ihracat
                     # değeriyle de ilk sıradaydı" (was first too), "birinci yerdəydi"
                     r"|(?:ilk|birinci)\s+(?:sırada(?:ydı|ydi|dır)?|yerdə(?:ydi|dir)?)\b"
                     # round 25: the partner that grew fastest, "Самый высокий темп прироста — у Азербайджана: $34,6 млн",
                     # "The fastest growth was with Azerbaijan, at $34.6 million", "En hızlı artış Azerbaycan ile …"
                     r"|самы[йе]\s+высок\w+\s+темп\w*(?:\s+(?:прироста|роста))?|наибольш\w+\s+(?:прирост|рост)\w*"
                     r"|(?:the\s+)?(?:fastest|highest|strongest)\s+growth(?:\s+rate)?|en\s+(?:hızlı|yüksek)\s+artış"
                     r"|ən\s+(?:sürətli|yüksək)\s+artım"
                     # round 49: "The sharpest jump of all was with Turkmenistan: the bureau recorded $318.2 million"
                     r"|(?:the\s+)?(?:sharpest|steepest|biggest|largest)\s+(?:jump|rise|increase|gain)(?:\s+of\s+all)?"
                     r"\s+(?:was|came)\s+(?:with|in\s+trade\s+with)\b"
                     # round 30: a further partner's share of the round-up, "Tajikistan accounted for $612.4 million"
                     r"|(?:accounted|accounts)\s+for"
                     # round 56 (traderel): the partner with the smallest or largest volume, "Hungary, an observer,
                     # showed the smallest volume among the group, at under $200 million", "наименьший объем — у
                     # Венгрии", "ən kiçik həcm Macarıstanla", "en düşük hacim Macaristan ile"
                     r"|(?:showed|shows|had|has|recorded|posted|registered)\s+the\s+(?:smallest|lowest|largest|"
                     r"biggest|highest)\s+(?:trade\s+)?(?:volume|figure|total)"
                     r"(?:\s+(?:among|of)\s+(?:the\s+)?(?:group|them|all|(?:\w+\s+)?partners))?"
                     r"|(?:наименьш|наибольш)\w+\s+объ[её]м|ən\s+(?:kiçik|az|böyük)\s+həcm"
                     r"|en\s+(?:düşük|küçük|büyük)\s+hacim)",
                     re.I)
_RANKED_WORDS = ("accounted for", "accounts for", "second", "third", "fourth", "fifth", "sixth", "next", "втор", "трет", "четв", "пят", "шест", "ikinci",
                 "üçüncü", "dördüncü", "beşinci", "altinci", "самы", "наибольш", "fastest", "highest", "strongest",
                 "en hizli", "en yüksek", "ən sürətli", "ən yüksək",
                 "sharpest", "steepest", "biggest", "largest",
                 # round 56 (traderel): the smallest or largest volume
                 "smallest", "lowest", "ən kiçik", "ən az", "ən böyük", "en düşük", "en küçük", "en büyük",
                 "наименьш",
                 # round 68 (tradetr68b): the first place, "ilk sıradaydı", "birinci yerdə"
                 "ilk sira", "birinci sira", "ilk yerdə", "birinci yerdə")
# (as cheap.lowered() has them; one is in every match)


_JUMP_RANKS = ("the sharpest", "the steepest", "the biggest", "the largest",
               "sharpest", "steepest", "biggest", "largest")


def _ranked_home(doc: Document, s, found: list[FigureFound]) -> str | None:
    """The home of the round-up of partners whose figures are `found`, when the sentence ranks one other state with an
    amount (_RANKED): the state every figure holds (_home_of_figures); None when the sentence names another number of
    states, a state of the figure just reported, or speaks of the two."""
    if not any(word in s.check for word in _RANKED_WORDS) or not (rank := _RANKED.search(s.text)) \
            or _OF_THE_TWO.search(s.text):
        return None
    mentions = _trading_mentions(doc, s)
    named = {m.iso3 for m in mentions}
    last = _last_trade_figure(found)
    home = _home_of_figures(doc, [f for f in found if f.kind == "trade"])
    # round 31: the home may be named too, as where the goods left ("İkinci yerdə Qazaxıstan gəlir: Türkiyədən bu ölkəyə
    # 1,6 milyard dollardan çox məhsul göndərilib")
    source = _RANKED_HOME_SOURCE.search(s.text) if len(named) == 2 and home in named else None
    named = named - {home} if source else named
    if len(named) == 2 and home in named and rank.group().lower().startswith(_JUMP_RANKS) \
            and (amounts := money.amounts_in(s.text, s.check)) \
            and all(m.start - s.start >= amounts[0].end for m in mentions if m.iso3 == home):
        named = named - {home}  # round 49: "…, after … larger deliveries of Kazakh grain": the home after the amount
    if len(named) != 1 or last is None or named & set(last.pair) \
            or not (_ranked_amount(doc, s, rank, mentions) or source and _amount_right_after(s, source.end())):
        return None
    return home if home and home not in named and places.TIE_CODES.issuperset(named) else None


# Round 43: partners listed in the order of their amounts, "respectively" after the last one: "The figures for
# Kyrgyzstan and Tajikistan remained small, at $8.7 million and $6.1 million respectively" (each state its own amount,
# not the one named last before it).
_RESPECTIVELY_AFTER = re.compile(r",?\s*respectively\b", re.I)


def _respective_partners(doc: Document, s, home: str | None,
                         amounts: list[money.Amount]) -> list[tuple[tuple[str, str], int, int]] | None:
    """(pair, clause start, clause end) of each amount when the states other than `home` are all named before the first
    amount, as many as the amounts, and "respectively" follows the last (_RESPECTIVELY_AFTER); else None. A clause runs
    from the amount before to the next one."""
    if home is None or len(amounts) < 2 or "respectively" not in s.check \
            or not _RESPECTIVELY_AFTER.match(s.text, amounts[-1].end):
        return None
    others = [m for m in _trading_mentions(doc, s) if m.iso3 != home]
    named = list(dict.fromkeys(m.iso3 for m in others))
    if len(named) != len(amounts) or any(m.end - s.start > amounts[0].start for m in others):
        return None
    ends = [amount.start for amount in amounts[1:]] + [len(s.text)]
    return [((home, code), amounts[j - 1].end if j else 0, ends[j]) for j, code in enumerate(named)]


def _respective_home(doc: Document, s, found: list[FigureFound]) -> str | None:
    """The home of the round-up whose figures are `found` (_home_of_figures), when the sentence lists further partners
    of it with "respectively" and no trade word ("The figures for Kyrgyzstan and Tajikistan …"); else None."""
    trades = [f for f in found if f.kind == "trade"]
    if "respectively" not in s.check or not trades:
        return None
    home = _home_of_figures(doc, trades)
    amounts = money.amounts_in(s.text, s.check)
    return home if _respective_partners(doc, s, home, amounts) else None


# Round 43: a release's table of partners, one line each: "Kazakhstan – $2.64 billion (up 7.9%);", after a lead that
# names the home's trade and ends with a colon ("… the agency's January–July figures for Uzbekistan's trade were as
# follows:") or after another such line. The line is the state, a dash or colon, one amount and at most its bracket.
# Round 43, second wave: the lead may be a heading, with no colon, no full stop and no amount ("Trade with the Turkic
# states in January–June 2026"); a line may name both states of its pair, joined by a dash or "and" ("Kazakhstan–
# Uzbekistan – $2.1 billion;", "Azerbaijan and Türkiye: $4.2 billion"), whatever the home of the lead.
# Round 45: a customs release's dash list ("– Hungary (observer state): $98.7 million, an increase of 21.7%."): a dash
# as the bullet, a bracket after the state, a qualifier before the amount ("– Türkiye: nearly $1.9 billion (+4.2%);"),
# and after the amount its growth told in words and a remark holding no number ("…, mainly due to lower re-exports;",
# "…; Kazakhstan remains Uzbekistan's largest partner in the region;"), whose states are not the line's.
# Round 90 (t1): or an item's number, "1. Узбекистан — 4,4 млрд долларов (+7%)" (a ranking of partners, dev/1363)
_LINE_HEAD = re.compile(r"[\s•*·–—-]{0,3}$|\s*\d{1,2}[.)]\s+$")  # before the state: a bullet or number at most
# (round 98, q3: "just" before the qualifier, "Hungary–Kyrgyzstan: Just over $38 million …", dev/1463)
_LINE_GAP = re.compile(r"(?:\s*\([^()\d]{0,40}\)|,[^\d,:;()]{1,60}(?=:))?\s*[–—:-]\s*(?:(?:just\s+)?(?:"
                       + money.QUALIFIER_WORDS + r")\s+)?", re.I)
_LINE_TAIL = re.compile(r"\s*(?:\([^()]{0,40}\))?"  # after the amount: its growth in brackets
                        r"(?:,\s*(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth|up|down)\s+"
                        r"(?:of\s+|by\s+)?"
                        r"\d+(?:[.,]\d+)?\s?%)?"  # or in words
                        r"(?:\s*[;,]\s*[^\d$;.]*)?\s*[;.,]?\s*")  # and a remark with no number
# Round 50: a bulleted line ("• Турция: 3,02 млрд долларов, прирост – 6,3%.", "- Kazakhstan: US$412.6 million in
# January–October, an 18.2% increase.") may end in any words after its one amount (its growth, period or a remark), and
# may follow a lead naming no trade ("Остальные партнеры", "The picture with the Central Asian members … was more
# mixed:") once the article has told trade figures; further sentences of a line's own paragraph ("Imports from
# Kazakhstan … accounted for US$301.4 million.") may stand between two lines (_table_goes_on).
_BULLET_HEAD = re.compile(r"\s*[•*·–—-]\s*")
_BULLET_TAIL = re.compile(r"(?:[\s,;(–—-][^\n]*)?")
_LINE_PAIR_JOIN = re.compile(r"\s*[–—/-]\s*|\s+(?:and|ve|və|и|ile|ilə)\s+", re.I)  # between a line's two states
_SENTENCE_END = (".", "!", "?", "…")


def _listed_line(doc: Document, s, unit: float | None = None, bullet: bool = False,
                 any_tail: bool = False) -> tuple[tuple[str, ...], money.Amount] | None:
    """The state (or the two states, _LINE_PAIR_JOIN) of a line of a table of partners (_LINE_HEAD, _LINE_GAP,
    _LINE_TAIL) and its amount, else None: a bare number is one in the table's `unit` (money.table_unit); with
    `bullet`, a line opening with a bullet may end in any words (_BULLET_TAIL), and with `any_tail` any line."""
    bullet = any_tail or bullet and bool(_BULLET_HEAD.match(s.text)) and _BULLET_HEAD.match(s.text).end() > 0 \
        and not s.text[:_BULLET_HEAD.match(s.text).end()].isspace()
    amounts = money.amounts_in(s.text, s.check)
    # the states before the line's amount (a remark after it may name others)
    mentions = [m for m in _trading_mentions(doc, s) if not amounts or m.end - s.start <= amounts[0].start]
    if not 1 <= len(mentions) <= 2 or not _LINE_HEAD.match(s.text[:mentions[0].start - s.start]):
        return None
    if len(mentions) == 2 and (mentions[0].iso3 == mentions[1].iso3 or not _LINE_PAIR_JOIN.fullmatch(
            s.text, mentions[0].end - s.start, mentions[1].start - s.start)):
        return None
    gap = _LINE_GAP.match(s.text, mentions[-1].end - s.start)
    if not amounts and unit and gap and (bare := money.number_in_unit(s.text, gap.end(), unit)):
        amounts = [bare]
    if len(amounts) != 1 or not gap or gap.end() != amounts[0].start \
            or not (_LINE_TAIL.fullmatch(s.text, amounts[0].end)
                    or bullet and _BULLET_TAIL.fullmatch(s.text, amounts[0].end)):
        return None
    return tuple(m.iso3 for m in mentions), amounts[0]


# Round 90 (t1): a lead that ranks a state's trading partners names trade so ("Рейтинг торговых партнёров Казахстана
# среди тюркских стран по итогам 2025 года выглядит так:", "Kazakhstan's top trading partners among the Turkic states in
# 2025:", dev/1363): each line's amount is the home's turnover with the line's state. ("ticaret ortakları", "ticarət
# tərəfdaşları", "trade partners" hold a _TRADE word already.)
_PARTNERS_WORDS = ("partner", "партн")  # the gate: one is in every _TRADING_PARTNERS match
_TRADING_PARTNERS = re.compile(r"\btrading\s+partners?\b|\bторгов\w*\s+партн[её]р", re.I)


def _table_lead(doc: Document, k: int) -> bool:
    """Does sentence k (the lead) open a table of partners: it names trade and ends with a colon, or is a heading (no
    sentence's end and no amount)?"""
    lead = doc.sentences[k]
    text = lead.text.rstrip()
    # (speed, sp84: every _TRADE match holds one of _TRADE_WORDS, as find_figures' gate has it; a lead with none is
    # answered before the search: most of the ~50 sentences an article asks this of)
    if not (doc.held(_TRADE_WORDS)[k] and _TRADE.search(text)) \
            and not (doc.held(_PARTNERS_WORDS)[k] and _TRADING_PARTNERS.search(text)):
        return False
    return text.endswith(":") or not text.endswith(_SENTENCE_END) and not money.amounts_in(text, lead.check)


def _list_lead(doc: Document, k: int, found: list[FigureFound]) -> bool:
    """Round 50: is sentence k - 1 the lead of a bulleted list of partners though it names no trade: it ends with a
    colon or is a heading (no sentence's end, no amount), after trade figures?"""
    text = doc.sentences[k - 1].text.rstrip()
    return any(f.kind == "trade" for f in found) and (text.endswith(":") or not text.endswith(_SENTENCE_END)) \
        and not money.amounts_in(text, doc.sentences[k - 1].check)


def _table_goes_on(doc: Document, k: int, table: Table | None) -> bool:
    """Does sentence k come right after the table's last line, or open the next line after further sentences of that
    line's own paragraph (at most three)?"""
    if not table or table[0] >= k:
        return False
    if table[0] == k - 1:
        return True
    text, sentences = doc.text, doc.sentences
    return k - table[0] <= 4 and "\n" not in text[sentences[table[0]].end:sentences[k - 1].end] \
        and "\n" in text[sentences[k - 1].end:sentences[k].start] and bool(_BULLET_HEAD.match(sentences[k].text)) \
        and not sentences[k].text[:_BULLET_HEAD.match(sentences[k].text).end()].isspace()


# Round 93 (t1, data_release_lead): a statistics office's release of trade data for a period, naming no state, leads the
# figures after it, which are of that period ("В пятницу Бюро национальной статистики опубликовало данные о внешней
# торговле за семь месяцев. Товарооборот с Турцией …", dev/1401), not of a year a figure of another paragraph told
# before; English "released trade data for January–July". The gate words are cheap.lowered()'s; one is in every match.
_DATA_RELEASE_WORDS = ("данные", "data")
_DATA_RELEASE_LEAD = re.compile(r"\b(?:опубликова\w*|обнародова\w*|представи\w*|распространи\w*)\s+"
                                r"(?:\w+\s+){0,2}данные\s+(?:(?:о|по)\s+)?(?:\w+\s+)?торговл"
                                r"|\b(?:published|released|issued)\s+(?:\w+\s+){0,2}(?:foreign[- ])?trade\s+data\b")


def _opens_table(doc: Document, k: int) -> bool:
    """Is sentence k the lead of a table of partners (_table_lead), the next sentence one of its lines
    (_listed_line)?"""
    return k + 1 < len(doc.sentences) and _table_lead(doc, k) \
        and _listed_line(doc, doc.sentences[k + 1], money.table_unit(doc.sentences[k].text)) is not None


# A table of partners as its lines go: (the last line's sentence, the table's home or None, its unit or None)
Table = tuple[int, str | None, float | None]


def _table_home(doc: Document, k: int, table: Table | None, found: list[FigureFound]):
    """(home, table) when sentence `k` is a line of a table of partners (_listed_line): its home is the home of the line
    before (`table`), or the one state of the lead before it (_table_lead; of the figures so far when it names none),
    and `table` goes on with this line; None when the sentence is no such line or names the home. A line naming both
    states is their pair's whatever the home: its home is the first of them then."""
    going_on = _table_goes_on(doc, k, table)
    bulleted = going_on or not going_on and k and _list_lead(doc, k, found)
    if not k or not going_on and not bulleted and not _table_lead(doc, k - 1):
        return None
    unit = table[2] if going_on else money.table_unit(doc.sentences[k - 1].text)
    if (line := _listed_line(doc, doc.sentences[k], unit, bool(bulleted))) is None:
        return None
    states = line[0]
    if len(states) == 2:
        return (states[0], (k, table[1] if going_on else None, unit)) if places.TIE_CODES.issuperset(states) else None
    state = states[0]
    if going_on:
        home = table[1]
    else:
        lead = doc.sentences[k - 1]
        named = {m.iso3 for m in _trading_mentions(doc, lead)} & places.TIE_CODES
        trades = [f for f in found if f.kind == "trade"]
        home = named.pop() if len(named) == 1 else None if named or not trades else _home_of_figures(doc, trades) \
            or _home_of_most_figures(trades)
    return (home, (k, home, unit)) if home and home != state and state in places.TIE_CODES else None


# Round 98 (q3): a newsletter's section under a heading naming trade ("TRADE WATCH") gives each pair a paragraph of its
# own, opened by a label of the two states joined by a dash and a colon: "Hungary–Kyrgyzstan: Just over $38 million in
# the first half of 2026, according to Kyrgyzstan's National Statistical Committee." (dev/1463). Such a paragraph names
# no trade word when its line is an amount and its period: the pair's turnover, read as a table's line that may end in
# any words (_listed_line's `any_tail`). The heading is the last subheading alone on its line before it
# (_subheading_before), the paragraphs of the other pairs between.
SECTION_REACH = 16  # sentences back to the section's heading (five pairs' paragraphs of up to three sentences)
TRADE_SECTION_HEADING_WORDS = 6  # words a trade section's heading runs to at most ("Trade with the Turkic states")
_PAIR_LABEL_CHARS = 40  # characters from the paragraph's opening where the pair's label ends with its colon


def _trade_section_pair_line(doc: Document, k: int) -> list[str] | None:
    """The two states of sentence k when it opens a paragraph with a pair's label and its amount under a heading
    naming trade (see above), else None."""
    s, sentences = doc.sentences[k], doc.sentences
    if not k or ":" not in s.check[:_PAIR_LABEL_CHARS] or "\n" not in doc.text[sentences[k - 1].end:s.start] \
            or (line := _listed_line(doc, s, any_tail=True)) is None or len(line[0]) != 2 \
            or not places.TIE_CODES.issuperset(line[0]) \
            or (heading := _subheading_before(doc, k, TRADE_SECTION_HEADING_WORDS, SECTION_REACH)) is None:
        return None
    return list(line[0]) if _TRADE.search(heading.text) else None


# Round 49: a table's lead may give the flow of all its lines ("Seçilmiş ülkelere ihracat, ocak-ekim 2026 (milyon dolar,
# parantez içinde yıllık değişim yüzdesi):") and say its brackets hold the yearly change in per cent with no "%" in them
# ("Azerbaycan: 3.284,0 (8,1)").
_RATES_IN_BRACKETS = re.compile(r"\b(?:parantez|brackets?|parenthes[ie]s|mötərizə|скобках)\b[^()]{0,40}?"
                                r"(?:yüzde|%|per\s?cent|faiz|процент)"
                                r"|(?:change|growth|değişim|artış|dəyişmə|изменени\w*)"
                                r"[^()]{0,20}?(?:%|yüzde|per\s?cent)[^()]{0,20}?(?:in\s+brackets|parantez)", re.I)
_BRACKET_RATE = re.compile(r"\((?P<rate>[-−–+]?\d+(?:[.,]\d+)?)\)\s*[;,.]?\s*$")


def _table_lead_says(lead) -> tuple[str | None, bool]:
    """(the one flow a table's lead names or None, whether it says its brackets hold rates in per cent)."""
    flow = _flow(lead.text, lead.check)
    return (flow if flow in ("export", "import") else None), bool(_RATES_IN_BRACKETS.search(lead.text))


def _bracket_rate(line: str) -> float | None:
    """The bare rate in brackets ending a table's line, signed, else None."""
    m = _BRACKET_RATE.search(line)
    return float(m["rate"].replace(",", ".").replace("−", "-").replace("–", "-")) if m else None


def _home_of_most_figures(trades: list[FigureFound]) -> str | None:
    """Round 49: the one state held by all the trade figures so far but one, of three at least (a release's figures of
    its home with one misread pair among them), else None: the home of a table whose lead names no state."""
    if len(trades) < 3:
        return None
    counts = Counter(code for f in trades for code in set(f.pair))
    most = [code for code, n in counts.items() if n >= len(trades) - 1]
    return most[0] if len(most) == 1 else None


def _line_amount(doc: Document, s, table: Table | None) -> list[money.Amount]:
    """The amount of the table's line `s` told as a bare number in the table's unit (the line `table` ends with), else
    []."""
    if not table or not table[2] or doc.sentences[table[0]] is not s:
        return []
    line = _listed_line(doc, s, table[2])
    return [line[1]] if line and line[1].rule == "number in the table's unit" else []


# Round 69 (timeline69): a table of one pair's trade by period, a line each, "- 2024: 438.2 (+6.5%)", "- January–
# February 2026: 97.4" (dev/1114, an explainer's list under "Trade, USD million (Azerbaijani customs data)"): the
# line is a bullet at most, its period (a year alone, or words ending in a year that when.period_in reads), a colon or
# dash, a bare number in the unit of the heading (money.table_unit) and its growth in brackets at most (_LINE_TAIL).
# The heading names trade (_table_lead) and no state but the two's (its source's, "Azerbaijani customs data"); the
# lines go on one after another. Their pair is the two states the heading names, else the article's.
# Round 75 (sidebar75): with no bullet, the year's word after it and an amount in its own unit too, under a lead naming
# the pair's trade and ending in a colon with no unit ("Товарооборот Таджикистана и Узбекистана (по данным …):",
# "2024 г. – 637,9 млн долл. (+9,2%)", dev/1183's "Справка"); the growth in brackets on its line is the line's.
_PERIOD_LINE = re.compile(r"[ \t]*(?:[•*·–—-][ \t]*)?(?P<period>(?:19|20)\d\d|[^\W\d][^\n:]{0,30}?(?:19|20)\d\d)"
                          r"(?:[ \t]*(?:г\.|года?))?[ \t]*[:–—][ \t]*(?=(?:US)?\$?[ \t]?\d)")
# (the last line's sentence, the table's unit (None: each line tells its own), its pair)
PeriodTable = tuple[int, float | None, tuple[str, str]]


# Round 85 (k1): the dollar's country after the unit, "2023 год – 4,5 млрд долл. США;" (dev/1303's "Справка")
_DOLLAR_COUNTRY_AFTER = re.compile(r"\s+США\b")


def _own_unit_amount(text: str, start: int) -> money.Amount | None:
    """The amount told with its own unit right at `start` of a list's line, its abbreviation's stop ("млн долл.")
    and the dollar's country after it ("долл. США", _DOLLAR_COUNTRY_AFTER) taken in, else None."""
    amount = next((a for a in money.amounts_in(text) if a.start == start), None)
    if amount is not None and text.startswith(".", amount.end) and text[amount.end - 1].isalpha():
        amount = amount._replace(end=amount.end + 1)
    if amount is not None and "США" in text and (us := _DOLLAR_COUNTRY_AFTER.match(text, amount.end)):
        amount = amount._replace(end=us.end())
    return amount


def _period_table_line(doc: Document, k: int, period_table: PeriodTable | None, published: date,
                       context_pair: tuple[str, str] | None
                       ) -> tuple[PeriodTable, money.Amount, tuple[str, int, int]] | None:
    """(the table going on with this line, the line's amount, its period) when sentence `k` is a line of a table of one
    pair's trade by period (_PERIOD_LINE), else None."""
    s = doc.sentences[k]
    if not k or (m := _PERIOD_LINE.match(s.text)) is None:
        return None
    if period_table and period_table[0] == k - 1:
        unit, pair = period_table[1], period_table[2]
    else:
        heading = doc.sentences[k - 1]
        named = list(dict.fromkeys(doc.codes(heading)))
        unit = money.table_unit(heading.text)
        if not _table_lead(doc, k - 1) or not unit and not heading.text.rstrip().endswith(":") \
                or not (pair := _period_table_pair(named, context_pair)):
            return None
    amount = money.number_in_unit(s.text, m.end(), unit) if unit else _own_unit_amount(s.text, m.end())
    if amount is None or not _LINE_TAIL.fullmatch(s.text, amount.end):
        return None
    told = m["period"]
    period = (told, m.start("period"), m.end("period")) if told.isdigit() \
        else when.period_in(told, published, lowered(told))
    if period is None:
        return None
    return (k, unit, pair), amount, (period[0], m.start("period"), m.end("period"))


def _period_table_pair(named: list[str], context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The pair of a table of trade by period: the two states of the ties its heading names, else the article's when
    the heading names none of any other state."""
    if len(named) == 2 and places.TIE_CODES.issuperset(named):
        return named[0], named[1]
    if context_pair and set(named) <= set(context_pair):
        return context_pair
    return None


# Round 46: a release's grid of partners, a row a line and its cells split by "|" or tabs: a header row naming each
# column's period ("January–June 2026") or flow ("Exports"), maybe a column of the change in per cent, then a row per
# partner ("Kazakhstan | 1,182.6 | 1,097.4 | +7.8"); a row of no state ("Total") is none. The line before the grid (its
# heading) gives the unit in brackets ("(USD million)", as _TABLE_UNIT reads it; the header row may give it instead),
# the home (its one state of the ties, else the home of the figures so far), and the period of a column that names
# none. The change is the growth of the latest period's column of its flow (of the turnover's when the columns are
# flows of one period); a Russian index column ("темп роста, %", "в % к …": 107.8) gives the growth less 100. (Round 70:
# the rows and their cells are read in one home, Document.grids and Document.grid_cells, as visits' grids read them.)
_GRID_CHANGE = re.compile(r"%|\b(?:change|growth|increase|y/y|yoy|изменени\w*|прирост\w*|рост\w*|artış\w*|değişim\w*|"
                          r"dəyiş\w*|artım\w*)\b", re.I)
_GRID_INDEX = re.compile(r"темп\w*\s+роста|в\s+%\s+к\b|as\s+%\s+of\b|in\s+%\s+of\b", re.I)
_GRID_SHARE = re.compile(r"\b(?:share|доля|удельн\w*|pay[ıi]|payı)\b", re.I)  # a share of the total is no growth
_GRID_RATE = re.compile(r"([+\-−–]?)\s*(\d+(?:[.,]\d+)?)\s*%?")
_GRID_TURNOVER = re.compile(r"\b(?:turnover|total\s+trade|trade|товарооборот\w*|ticaret\s+hacmi|dövriyyə\w*)\b", re.I)


_GRID_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_GRID_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # Turkish and Azerbaijani thousands: "3.100,5"
# Round 81 (customs81, dev/1260): thousands split by spaces, a decimal comma at most, "5 812 406,3" (Azerbaijani and
# Russian customs tables); a plain or no-break space, the same one throughout
_GRID_SPACED = re.compile(r"\d{1,3}([ \u00a0\u202f])\d{3}(?:\1\d{3})*(?:,\d+)?")


def _grid_period(text: str, published: date) -> tuple[str, int, int] | None:
    """The period a header cell names: a bare year ("2025") too, a year and a count of its months ("2026, 9 ay"), and
    a span of months in the year the cell writes (when.period_in reads "Январь–июнь 2025" with no "года" as this
    year's)."""
    period = when.period_in(text, published)
    years = _GRID_YEAR.findall(text)
    if period is None and (label := when.year_and_count_cell(text)):  # round 72 (table72): "2026, 9 ay"
        return (label, 0, len(text))
    if period is None:
        return (years[0], 0, len(text)) if len(years) == 1 and text.strip() == years[0] else None
    if len(years) == 1 and not period[0].startswith(years[0]) and period[0][4:5] == "-":
        return (years[0] + period[0][4:], *period[1:])
    return period


def _grid_amount(text: str, x: int, y: int, unit: float) -> money.Amount | None:
    """The cell text[x:y] as an amount in the grid's unit, else None."""
    cell = text[x:y]
    if _GRID_DOTTED.fullmatch(cell):
        value = float(cell.replace(".", "").replace(",", ".")) * unit
        return money.Amount(round(value, 3), x, y, "exact", "number in the table's unit") if value > 0 else None
    if _GRID_SPACED.fullmatch(cell):
        value = float(re.sub(r"\D", "", cell[:cell.find(",")] if "," in cell else cell)
                      + ("." + cell[cell.find(",") + 1:] if "," in cell else "")) * unit
        return money.Amount(round(value, 3), x, y, "exact", "number in the table's unit") if value > 0 else None
    amount = money.number_in_unit(text[:y], x, unit)
    return amount if amount is not None and amount.end == y else None


def _grid_column(text: str, published: date, heading_period: tuple | None, heading_flow: str | None) -> tuple | None:
    """(kind, period, flow) of a header cell: kind "change" or "index" for a column of rates (not of a share:
    _GRID_SHARE), "amount" for one of amounts (its own period or the heading's; its flow, else the heading's, else
    "turnover"); else None."""
    if _GRID_SHARE.search(text):
        return None
    period = _grid_period(text, published)
    if period is None and _GRID_CHANGE.search(text):
        return ("index" if _GRID_INDEX.search(text) else "change"), None, None
    flow = _grid_flow(text)
    if period is None and flow is None:
        return None
    period = period or heading_period
    # a column naming no flow (None) takes its row's (_grid_flow of the row's label), else "turnover" (round 76)
    return ("amount", period[0], flow or heading_flow) if period else None


def _grid_flow(text: str) -> str | None:
    """The flow a grid's cell (a header's or a row's label) names: export, import, turnover, else None."""
    return _flow(text, lowered(text)) or ("turnover" if _GRID_TURNOVER.search(text) else None)


def _grid_figures(doc: Document, published: date, resolver: Resolver, outlet: str,
                  found: list[FigureFound]) -> list[FigureFound]:
    """The trade figures of each grid of partners in the article (see above)."""
    figures: list[FigureFound] = []
    for grid in doc.grids:  # round 70 (review70): the grids are read in one home, Document.grids
        figures += _one_grid(doc, published, resolver, outlet, grid, found + figures)
    return figures


def _one_grid(doc: Document, published: date, resolver: Resolver, outlet: str, grid: list[tuple[int, int]],
              found: list[FigureFound]) -> list[FigureFound]:
    """The trade figures of one grid (its rows' spans), the first row its header."""
    heading = next((s for s in reversed(doc.sentences)
                    if s.start < grid[0][0] and doc.text[s.start:grid[0][0]].strip()), None)
    if heading is None:
        return []
    heading_text = doc.text[heading.start:min(heading.end, grid[0][0])]
    # round 82 (t82): a lead of the partners' rates before the grid; the heading is the sentence before it
    rates_lead = heading if _rates_lead(heading, heading_text) else None
    if rates_lead is not None:
        heading = next((s for s in reversed(doc.sentences) if s.end <= rates_lead.start), None)
        if heading is None:
            return []
        heading_text = heading.text
    header = doc.grid_cells(*grid[0])
    unit = money.table_unit(heading_text) or money.table_unit(doc.text[grid[0][0]:grid[0][1]])
    heading_period = when.period_in(heading_text, published) or _release_period(doc, grid, published)
    # a heading of one flow ("Exports of Uzbekistan to the Turkic states") gives it to columns naming none
    flows = {name for name, pattern in _FLOW if pattern.search(heading_text)}
    heading_flow = flows.pop() if len(flows) == 1 else None
    if _GRID_PERIOD_HEAD.fullmatch(doc.text, *header[0]):  # round 73 (table73): rows of years, columns of flows
        return _period_rows_grid(doc, published, grid, heading_text, resolver, outlet)
    columns = [_grid_column(doc.text[a:b], published, heading_period, heading_flow) for a, b in header[1:]]
    amounts = [c for c in columns if c and c[0] == "amount"]
    if not unit or not amounts or doc.countries.within(*header[0]):
        return []
    named = {m.iso3 for m in doc.countries.within(heading.start, rates_lead.start if rates_lead else grid[0][0])} \
        & places.TIE_CODES
    trades = [f for f in found if f.kind == "trade"]
    # round 81 (customs81, dev/1260): naming none, the state whose trade the release's lead tells (release_home:
    # "Azərbaycan Respublikası Dövlət Gömrük Komitəsi … ölkənin xarici ticarətinə dair"), else the figures' so far
    home = named.pop() if len(named) == 1 else None if named \
        else release_home(doc) or (_home_of_figures(doc, trades) if trades else None)
    lead_rates = _lead_rates(doc, rates_lead, home) if rates_lead is not None else {}
    # the column a rate belongs to: the latest period's of its flow, the turnover's when the flows share one period
    latest = max((c for c in amounts), key=lambda c: ((c[2] or "turnover") == "turnover", _period_end(c[1])))
    figures = []
    for a, b in grid[1:]:
        cells = doc.grid_cells(a, b)
        states = [m.iso3 for m in doc.countries.within(*cells[0])]
        # round 76 (table76, dev/1201): a row of one flow, its label the flow ("Azərbaycanın Qazaxıstana ixracı",
        # "Ticarət dövriyyəsi") under columns of periods; its states may be the heading's pair's (_flow_row_states)
        row_flow = _grid_flow(doc.text[slice(*cells[0])])
        if row_flow and (heading_pair := _caption_pair(heading_text)):
            states = _flow_row_states(states, heading_pair)
        elif row_flow == "turnover" and not states:
            states = list(_rows_pair(doc, grid))  # round 79 (table79): "Товарооборот" over rows of the pair's flows
        if len(cells) != len(header) or not states or not places.TIE_CODES.issuperset(states):
            continue
        if len(states) == 2 and states[0] != states[1]:
            pair = (states[0], states[1])
        elif len(states) == 1 and home and home != states[0]:
            pair = (home, states[0])
        else:
            continue
        growth = None
        for column, (x, y) in zip(columns, cells[1:]):
            if column and column[0] != "amount" and (rate := _GRID_RATE.fullmatch(doc.text, x, y)):
                value = float(rate[2].replace(",", "."))
                falls = bool(rate[1]) and rate[1] in "-−–"
                growth = round(value - 100, 1) if column[0] == "index" else -value if falls else value
        if growth is None:
            growth = lead_rates.get(pair[1] if pair[0] == home else pair[0] if pair[1] == home else None)
        row = []
        for column, (x, y) in zip(columns, cells[1:]):
            if not column or column[0] != "amount":
                continue
            if (amount := _grid_amount(doc.text, x, y, unit)) is None:
                continue
            row.append(FigureFound("trade", pair, amount.usd_m, "exact", (x, y), 0.8, period=column[1],
                                   flow=column[2] or row_flow or "turnover",
                                   growth_pct=growth if column is latest else None,
                                   stated_by=_stated_by(heading_text, lowered(heading_text), pair, resolver, outlet),
                                   rule=f"grid of partners, period {column[1]!r}"))
        figures += row
    return figures



# Round 82 (t82): the partners' rates told in the sentence right before a grid, which ends in a colon and holds no
# amount: "Trade with Kazakhstan grew by 12.4%, with Uzbekistan by 8%:", "Товарооборот с Казахстаном вырос на 12,4%, с
# Узбекистаном – на 8%:". A clause each (_RATES_CLAUSE_BREAK: not a dash, "с Узбекистаном – на 8%"), naming one state
# but the home and a rate (money.growth_in), gives that rate to the row of that state, in the column the grid's own
# rates would go to; a clause with no verb of its own ("with Uzbekistan by 8%") moves the way the first one does. The
# heading (home, period) is the sentence before it.
_RATES_CLAUSE_BREAK = re.compile(r"[,;]\s")


def _rates_lead(s, text: str) -> bool:
    """Is `s` (its text up to the grid: `text`) a lead of the partners' rates (see above)?"""
    return text.rstrip().endswith(":") and any(word in s.check for word in money.GROWTH_WORDS) \
        and not money.amounts_in(s.text, s.check)


def _lead_rates(doc: Document, s, home: str | None) -> dict[str, float]:
    """The rate of each partner a lead of rates tells (see above), by the partner's code."""
    rates: dict[str, float] = {}
    sign = 0.0
    start = 0
    for clause in _RATES_CLAUSE_BREAK.split(s.text):
        at = s.text.find(clause, start)
        start = at + len(clause)
        states = {m.iso3 for m in doc.countries.within(s.start + at, s.start + start)} - {home}
        if len(states) != 1 or (growth := money.growth_in(clause)) is None:
            continue
        rate = growth[0]
        if not sign:
            sign = -1.0 if rate < 0 else 1.0
        elif rate > 0 and not _ANOTHER_QUANTITY_MOVED.search(clause):
            rate = sign * rate  # "…fell by 3%, with Uzbekistan by 8%": the first clause's way
        rates[states.pop()] = rate
    return rates


# Round 81 (customs81, dev/1260): a grid whose header and heading name no period ("Ölkə | İxrac | İdxal | Dövriyyə"
# under "Əsas tərəfdaş ölkələrlə ticarətin göstəriciləri aşağıdakı cədvəldə verilir (min ABŞ dolları ilə):") is of the
# release's one period: the period every sentence before it that tells one tells ("2026-cı ilin yanvar-iyul aylarında
# … açıqlayıb"); none when two differ (a comparison with another year before the grid).
def _release_period(doc: Document, grid: list[tuple[int, int]], published: date) -> tuple | None:
    """The one period the sentences before the grid tell (see above), else None."""
    periods = {p[0] for s in doc.sentences if s.end <= grid[0][0] and (p := when.period_in(s.text, published, s.check))}
    return (periods.pop(), 0, 0) if len(periods) == 1 else None


# Round 81 (customs81, dev/1260): after a release's grid of partners, a sentence naming one of its partners (the home
# too at most) and no amount tells the change of that partner's flows, a clause each: "Qardaş ölkəyə ixrac 3,1 faiz
# azalsa da, Türkiyədən idxal 22,2 faiz artıb" (exports down 3.1%, imports up 22.2%), "Türkmənistanla ticarət
# dövriyyəsi isə 11,2 faiz azalıb", "Exports to Hungary fell 3.1%, while imports rose 34.5%", "Импорт из Венгрии вырос
# на 34,5%". A clause naming one flow (_grid_flow: the turnover when neither) and a rate (money.growth_in: not a share,
# "payı 9,8 faiz olub") gives it to the grid's figure of that partner and flow of the latest period, when it has none.
# Not a sentence naming two partners ("Rusiya ilə dövriyyə 4,2 faiz, Çinlə 16,9 faiz artıb") or another period.
_GROWTH_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–]\s")  # not "23,6": a decimal comma has no space after it
_GRID_GROWTH_FLOWS = {name: pattern for name, pattern in _FLOW}


def _give_grid_flow_growths(doc: Document, grid_figures: list[FigureFound], published: date) -> None:
    """Each growth a sentence after the grid tells of one partner's flow, to that flow's grid figure (see above)."""
    if not grid_figures:
        return
    after = min(f.span[1] for f in grid_figures)
    homes = _shared_by_figures(grid_figures)
    for s in doc.sentences:
        if s.start < after or not any(word in s.check for word in money.GROWTH_WORDS):
            continue
        partners = set(doc.codes(s)) - homes
        if len(partners) != 1 or money.amounts_in(s.text, s.check):
            continue
        partner = partners.pop()
        mine = [f for f in grid_figures if partner in f.pair and f.span[1] <= s.start]
        own = when.period_in(s.text, published, s.check) if mine else None
        if not mine or own and own[0] not in {f.period for f in mine}:
            continue
        latest = max((f.period for f in mine), key=_period_end)
        for clause in map(_cause_cut, _GROWTH_CLAUSE_BREAK.split(s.text)):  # round 97 (v1): not the cause's flow
            flows = [name for name, pattern in _GRID_GROWTH_FLOWS.items() if pattern.search(clause)]
            flow = flows[0] if len(flows) == 1 else None if flows else _grid_flow(clause)
            if flow is None or (growth := money.growth_in(clause)) is None:
                continue
            for f in mine:
                if f.flow == flow and f.period == latest and f.growth_pct is None:
                    f.growth_pct = growth[0]


def _grid_told_in_text(found: list[FigureFound]) -> list[FigureFound]:
    """Round 81 (customs81, dev/1260): a figure of a grid of partners ("2 839 222,8" in thousands) the text tells again
    to its tenth of a million ("2 milyard 839,2 milyon dollar … 7,8 faiz artıb") is one figure: the grid's, with the
    text's growth when the grid gives none."""
    grid = [f for f in found if f.kind == "trade" and f.rule.startswith("grid of partners")]
    if not grid:
        return found
    kept = []
    for f in found:
        same = None if f.kind != "trade" or f in grid else next(
            (g for g in grid if set(g.pair) == set(f.pair) and g.period == f.period and g.flow == f.flow
             and round(g.value_usd_m, 1) == f.value_usd_m), None)
        if same is None:
            kept.append(f)
        elif same.growth_pct is None:
            same.growth_pct = f.growth_pct
    return kept


# Round 79 (table79, dev/1239): a grid whose heading names no state ("Динамика основных показателей (млн долларов
# США):"), its rows the flows of one pair ("Экспорт Узбекистана в Азербайджан", "Импорт Узбекистана из Азербайджана")
# and a row of the turnover naming none ("Товарооборот | 484,7 | 628,9"): the turnover is that pair's. Not when the
# rows name other states or one state alone ("Экспорт в Казахстан"), nor for a row of one flow naming none (whose?).
def _rows_pair(doc: Document, grid: list[tuple[int, int]]) -> tuple[str, ...]:
    """The two states of the ties every row of the grid naming states names, in its first such row's order, else ()."""
    named = [list(dict.fromkeys(m.iso3 for m in doc.countries.within(*doc.grid_cells(a, b)[0]))) for a, b in grid[1:]]
    named = [states for states in named if states]
    if not named or len(named[0]) != 2 or not places.TIE_CODES.issuperset(named[0]) \
            or any(set(states) != set(named[0]) for states in named):
        return ()
    return tuple(named[0])


def _flow_row_states(states: list[str], heading_pair: tuple[str, str]) -> list[str]:
    """The states of a grid's row of one flow under a heading naming a pair ("Azerbaijan–Kazakhstan trade"): the
    pair's when the label names none ("Ticarət dövriyyəsi", "Turnover"), the pair's other state and the one it names
    when that is the partner ("Exports to Kazakhstan"), else its own."""
    if not states:
        return list(heading_pair)
    if len(set(states)) == 1 and states[0] in heading_pair:
        return [heading_pair[1] if states[0] == heading_pair[0] else heading_pair[0], states[0]]
    return states


# Round 73 (table73): a grid turned the other way, a row a period and a column a flow: "| Year | Exports | Imports |
# Turnover |", "| 2023 | 41.2 | 6.8 | 48.0 |" (dev/1168, a Markdown table; its "|------|" rule is no row of periods).
# The caption below it (else the heading above) gives the unit ("(USD million; …)") and the pair, the two states of
# the ties it names ("Hungary–Turkmenistan goods trade"); the side the flows are told from ("exports and imports from
# the Hungarian side") is the pair's home, else the first state named.
_GRID_PERIOD_HEAD = re.compile(r"\s*(?:year|period|год|период|yıl|dönem|il|dövr)\s*", re.I)
_GRID_SIDE = re.compile(r"\b(?:from|on)\s+the\s+[^\W\d]+\s+side\b|\bс\s+[^\W\d]+\s+стороны\b", re.I)


def _grid_caption(doc: Document, grid: list[tuple[int, int]]) -> str:
    """The line right below a grid (its caption: "Figure 1: … (USD million). Source: …"), else ""."""
    end = grid[-1][1]
    rest = doc.text[end:end + 400].lstrip("\n")
    if not rest or rest[0].isspace():
        return ""
    return rest.split("\n", 1)[0]


def _caption_pair(caption: str) -> tuple[str, str] | None:
    """The pair a grid's caption names: its two states of the ties, the one whose side the flows are told from
    (_GRID_SIDE) first, else the first named."""
    named = list(dict.fromkeys(m.iso3 for m in places.mentions(caption) if m.iso3 in places.TIE_CODES))
    if len(named) != 2:
        return None
    side = _GRID_SIDE.search(caption)
    sided = [m.iso3 for m in places.mentions(side[0])] if side else []
    return (named[1], named[0]) if sided == [named[1]] else (named[0], named[1])


# Round 77 (chart77, dev/1216): a chart told in a line of text, its label, its title (a flow and the two states), a
# span of years, its unit in a bracket, then one value a year: "Chart: Hungary's exports to Azerbaijan, 2021–2025
# ($m): 98, 112, 131, 140, 165" (a figure of each year, the flow the title's), "Graph: Kazakhstan–Uzbekistan trade,
# 2022-2024 (US$ billion): 4.6, 5.1, 5.6". A count of values other than the span's years, or a year to come, is no
# such series.
_CHART_SERIES = re.compile(r"\W*(?:chart|graph|graphic|infographic|figure)\s*\d*\s*:\s+(?P<title>[^:;()]{5,160}?),?\s+"
                           r"(?P<first>(?:19|20)\d\d)\s*[–—-]\s*(?P<last>(?:19|20)\d\d)\s*"
                           r"(?P<unit>\([^()]{1,30}\))\s*:\s*"
                           r"(?P<values>\d[\d.]*(?:\s*[,;]\s+\d[\d.]*)+)\s*(?:\.|$)", re.I)
_CHART_WORDS = ("chart", "graph", "figure")  # as cheap.lowered() has them; one is in every _CHART_SERIES match
_CHART_VALUE = re.compile(r"\d[\d.]*")


def _chart_series(s, published: date) -> list[FigureFound]:
    """The trade figures of a chart told in the line `s` (_CHART_SERIES): one a year, in the unit its bracket
    names (money.table_unit), of the pair its title names (_caption_pair) and the flow (_flow; else the turnover);
    none unless the line is such a chart of the two's trade."""
    if not any(word in s.check for word in _CHART_WORDS) or (m := _CHART_SERIES.match(s.text)) is None:
        return []
    first, last = int(m["first"]), int(m["last"])
    values = list(_CHART_VALUE.finditer(s.text, m.start("values"), m.end("values")))
    scale = money.table_unit(m["unit"])
    pair = _caption_pair(m["title"])
    if scale is None or pair is None or len(values) != last - first + 1 or last > published.year \
            or not _TRADE.search(m["title"]):
        return []
    flow = _flow(m["title"], lowered(m["title"])) or "turnover"
    figures = []
    for year, value in zip(range(first, last + 1), values):
        if (amount := money.number_in_unit(s.text, value.start(), scale)) is not None:
            span = (s.start + amount.start, s.start + amount.end)
            figures.append(FigureFound("trade", pair, amount.usd_m, "exact", span, 0.8, period=str(year), flow=flow,
                                       rule=f"chart series, flow {flow!r}"))
    return figures


# Round 86 (m3, year list): a list of one pair's trade by year in one line, each item a year, a colon and an amount
# in its own unit, the items split by semicolons, under a lead naming the pair's trade: "Görsel: KKTC ile Azerbaycan
# arasındaki ticaretin yıllara göre gelişimini gösteren sütun grafiği. 2021: 9,8 milyon dolar; 2022: 13,2 milyon
# dolar; …" (an infographic's alt text, dev/1313), "Trade between Kazakhstan and Uzbekistan by year: 2022: $5.1
# billion; 2023: $6.0 billion." The lead is the line's own text before the first year, ending in a colon, else the
# sentence right before it, holding no amount; it names trade (_TRADE) and the pair as a period table's heading does
# (_period_table_pair); the flow is the lead's (_flow), else the turnover. Each item is a record of its year; years
# that do not rise one after another, or a year to come, are no such list (a forecast's or a ranking's).
# Round 91 (t2, year list in the sentence): the items may follow the sentence's own lead after its colon, each year
# with a dash (Russian "г." after it), its growth in brackets, the unit told once: "товарооборот между Кыргызстаном и
# Казахстаном … растет: 2023 г. — 1,73 млрд долларов; 2024 г. — 1,86 млрд; 2025 г. — 2,04 млрд (+9,7%)." (dev/1376;
# the later items' currency the first's, money._BARE), English "2023 — $1.73bn; 2024 — $1.86bn", Turkish "2023'te 1,73
# milyar dolar; 2024'te 1,86 milyar dolar". The dash wants spaces round it ("2023-2024" is a span, no item).
_YEAR_ITEM = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?:\s*:\s+|(?:\s*г(?:\.|од[уа]?\b))?\s+[—–-]\s+|['’][dt][ae]\s+)")
_YEAR_ITEM_TAIL = re.compile(r"(?:\s*(?P<rate>\([+−–-]?\d+(?:[.,]\d+)?\s?%\)))?(?:\s*;\s*|\s*\.?\s*$)")


# Round 91 (code_pair_t1): a data box names its pair by two-letter codes joined by a dash before a trade word ("• UZ–TR
# turnover, H1 2026: $1,921.6m", dev/1374); only the ties' codes, only before a trade word (no "TR–UZ" of a route)
_TWO_LETTER_CODES = {"UZ": "UZB", "TR": "TUR", "KZ": "KAZ", "AZ": "AZE", "KG": "KGZ", "TM": "TKM", "HU": "HUN"}
_CODE_PAIR = re.compile(r"(?<![\w-])(UZ|TR|KZ|AZ|KG|TM|HU)\s?[–-]\s?(UZ|TR|KZ|AZ|KG|TM|HU)(?![\w-])"
                        r"(?=\s+(?:bilateral\s+)?(?:trade|turnover|exports?|imports?)\b)")


def _code_pair(sentence: str) -> tuple[str, str] | None:
    """The two states a dash joins by their codes before a trade word (_CODE_PAIR), else None."""
    m = _CODE_PAIR.search(sentence)
    return (_TWO_LETTER_CODES[m[1]], _TWO_LETTER_CODES[m[2]]) if m and m[1] != m[2] else None


# Round 91 (period_bullet_t1): a line of a bulleted box of one pair's figures that names only its period, then a colon
# and the amount ("• June 2026 alone: $341.7m (+9.8% y/y)", "• 9M 2025: $2.53bn", "• FY 2025: $3.41bn (+7.2%)" under
# "• UZ–TR turnover, H1 2026: …", dev/1374): the turnover of the box's pair, whose earlier lines, right before, told
# it. Not a line naming a state or a flow ("• Exports to Türkiye, H1 2026: …" is the ordinary reading's), nor one
# after lines of no turnover.
# Round 92 (t1, period bullet): so too a Telegram post's "▪️" line in Russian, its period in words and the rate after
# a comma, "▪️ Январь–июль 2026 года: свыше 3,1 млрд долларов, рост на 9,4%" under "▪️ Товарооборот Казахстана и
# Узбекистана в 2025 году: …" (dev/1387); a qualifier may stand before the amount ("свыше", "over").
_PERIOD_BULLET_HEADS = ("•", "·", "*", "▪")
# a month's name in any case (not "Прогноз 2026 года:", a forecast's line)
_RU_MONTH_WORD = (r"(?:[Яя]нвар|[Фф]еврал|[Мм]арт|[Аа]прел|[Мм]а[йяе]|[Ии]юн|[Ии]юл|[Аа]вгуст|[Сс]ентябр|[Оо]ктябр"
                  r"|[Нн]оябр|[Дд]екабр)\w*")
_PERIOD_BULLET = re.compile(r"[•·*▪]\ufe0f?\s*(?P<head>[A-Za-z0-9 ]{0,24}?(?:19|20)\d\d"
                            r"|" + _RU_MONTH_WORD + r"(?:\s?[–—-]\s?" + _RU_MONTH_WORD + r")?\s+(?:19|20)\d\d\s+года)"
                            r"(?:\s+alone)?\s*:\s+")
_BULLET_QUALIFIER = re.compile(r"(?:свыше|более|около|почти|over|about|around|nearly|almost|some|more\s+than)\s+$")
_BULLET_RATE = re.compile(r",\s*(?:(?P<up>рост|прирост|up)|(?P<down>снижение|спад|down))\s+(?:на\s+)?[+]?"
                          r"(?P<rate>\d+(?:[.,]\d+)?)\s?(?:%|percent)\s*[;.]?\s*$")
_FULL_YEAR_HEAD = re.compile(r"(?:FY|[Ff]ull[- ]year)\s+((?:19|20)\d\d)")
_BRACKET_GROWTH = re.compile(r"\s*\(\s*([+−-]\d+(?:[.,]\d+)?)\s?%(?:\s+(?:y/y|yoy|year[- ]on[- ]year))?\s*\)"
                             r"\s*[;.]?\s*$")
_BULLET_END = re.compile(r"\s*[;.]?\s*$")


def _period_bullet(doc: Document, k: int, published: date, found: list[FigureFound]) -> FigureFound | None:
    """The turnover figure of sentence k when it is a period's line of a box of one pair (see above), else None."""
    s = doc.sentences[k]
    m = _PERIOD_BULLET.match(s.text)
    if not m or doc.mentions(s):
        return None
    amounts = money.amounts_in(s.text, s.check)
    if len(amounts) != 1 or amounts[0].start != m.end() and s.text[m.end():amounts[0].start].strip() \
            and not _BULLET_QUALIFIER.fullmatch(s.text, m.end(), amounts[0].start):
        return None
    tail = _BRACKET_GROWTH.match(s.text, amounts[0].end)
    rate = _BULLET_RATE.match(s.text, amounts[0].end) if tail is None else None
    if tail is None and rate is None and not _BULLET_END.match(s.text, amounts[0].end):
        return None
    head = m["head"]
    full = _FULL_YEAR_HEAD.fullmatch(head)
    period = full[1] if full else (when.period_in(head if head[-1] == "а" else "in " + head, published) or ("",))[0]
    if not period or int(period[:4]) > published.year:
        return None
    # the box: the bullet lines right before, one of them the pair's turnover
    j = k - 1
    while j >= 0 and doc.sentences[j].text[:1] in _PERIOD_BULLET_HEADS:
        j -= 1
    box = [f for f in found if f.kind == "trade" and doc.sentences[j + 1].start <= f.span[0] < s.start]
    turnover = [f for f in box if f.flow == "turnover"]
    if j == k - 1 or not turnover or any(f.pair != turnover[0].pair for f in box):
        return None
    pair = turnover[0].pair
    growth = float(tail[1].replace(",", ".").replace("−", "-")) if tail else None
    if rate:  # round 92 (t1): ", рост на 9,4%"
        growth = float(rate["rate"].replace(",", ".")) * (-1 if rate["down"] else 1)
    return FigureFound("trade", pair, amounts[0].usd_m, amounts[0].qualifier, (s.start + amounts[0].start,
                       s.start + amounts[0].end), 0.8, period=period, flow="turnover", growth_pct=growth,
                       rule=f"period bullet, period {period!r}")


def _year_list(doc: Document, k: int, published: date, context_pair: tuple[str, str] | None) -> list[FigureFound]:
    """The trade figures of sentence `k` when it is a list of one pair's trade by year (see above), else []."""
    s = doc.sentences[k]
    items = list(_YEAR_ITEM.finditer(s.text))
    if len(items) < 2:
        return []
    lead = s.text[:items[0].start()].rstrip()
    if lead and not lead.endswith(":"):
        return []
    head = doc.sentences[k - 1] if not lead and k else None
    if not lead and (head is None or money.amounts_in(head.text, head.check)):
        return []
    lead_text = lead or head.text
    named = list(dict.fromkeys(m.iso3 for m in places.mentions(lead_text) if m.iso3 in places.TIE_CODES)) \
        if lead else list(dict.fromkeys(doc.codes(head)))
    if not _TRADE.search(lead_text) or not (pair := _period_table_pair(named, context_pair)):
        return []
    years = [int(m[1]) for m in items]
    if any(b <= a for a, b in zip(years, years[1:])) or years[-1] > published.year:
        return []
    flow = _flow(lead_text, lowered(lead_text)) or "turnover"
    ends = [m.start() for m in items[1:]] + [len(s.text)]
    figures = []
    for year, m, end in zip(years, items, ends):
        amount = _own_unit_amount(s.text, m.end())
        if amount is None or not (tail := _YEAR_ITEM_TAIL.fullmatch(s.text, amount.end, end)):
            return []
        span = (s.start + amount.start, s.start + amount.end)
        growth = money.growth_in(tail["rate"]) if tail["rate"] else None  # round 91 (t2): "2,04 млрд (+9,7%)"
        figures.append(FigureFound("trade", pair, amount.usd_m, "exact", span, 0.8, period=str(year), flow=flow,
                                   growth_pct=growth[0] if growth else None, rule=f"year list, flow {flow!r}"))
    return figures


def _period_rows_grid(doc: Document, published: date, grid: list[tuple[int, int]], heading_text: str,
                      resolver: Resolver, outlet: str) -> list[FigureFound]:
    """The trade figures of a grid of periods by flows (see above): a record a cell."""
    header = doc.grid_cells(*grid[0])
    caption = _grid_caption(doc, grid)
    unit = money.table_unit(caption) or money.table_unit(heading_text) \
        or money.table_unit(doc.text[grid[0][0]:grid[0][1]])
    pair = _caption_pair(caption) or _caption_pair(heading_text)
    flows = [_flow(doc.text[a:b], lowered(doc.text[a:b]))
             or ("turnover" if _GRID_TURNOVER.search(doc.text, a, b) else None) for a, b in header[1:]]
    if not unit or not pair or not any(flows):
        return []
    told = caption if money.table_unit(caption) else heading_text
    figures = []
    for a, b in grid[1:]:
        cells = doc.grid_cells(a, b)
        period = _grid_period(doc.text[slice(*cells[0])], published) if cells[0][1] > cells[0][0] else None
        if len(cells) != len(header) or period is None:
            continue
        for flow, (x, y) in zip(flows, cells[1:]):
            if flow and (amount := _grid_amount(doc.text, x, y, unit)) is not None:
                figures.append(FigureFound("trade", pair, amount.usd_m, "exact", (x, y), 0.8, period=period[0],
                                           flow=flow, stated_by=_stated_by(told, lowered(told), pair, resolver, outlet),
                                           rule=f"grid of periods, flow {flow!r}"))
    return figures


# Round 24: the partner told by a pronoun for the state the sentence before named: "Самые высокие темпы показал
# Азербайджан. Товарооборот с ним (с этой страной) вырос на 38,6%", "Azerbaijan grew fastest. Trade with the country
# rose …", Turkish "bu ülkeyle ticaret", Azerbaijani "bu ölkə ilə ticarət".
_PARTNER_PRONOUN = re.compile(r"\b(?:с\s+(?:ним|ней|этой\s+страной|этим\s+государством|данной\s+страной)"
                              r"|with\s+(?:it|the\s+country|this\s+country|that\s+country|the\s+latter)"
                              r"|(?:bu|söz\s+konusu)\s+ülke(?:yle|\s+ile)|(?:bu|həmin)\s+ölkə(?:\s+ilə|yl[əa])"
                              # round 30: the state named before as the neighbour, "Крупнейшим партнером остается
                              # Казахстан. Товарооборот с соседней республикой …", "trade with the neighbouring country"
                              r"|с\s+соседн\w+\s+(?:республикой|страной|государством)"
                              r"|with\s+(?:the|its|our)\s+neighbou?ring\s+(?:country|republic|state)"
                              r"|komşu\s+ülke(?:yle|\s+ile)|qonşu\s+ölkə(?:\s+ilə|yl[əa])"
                              # round 52 (trade52): a flow "there" or "to the country", "Azerbaijan remained the largest
                              # market. Shipments there reached $1.9 billion", "Sales to the country grew 24.7 percent"
                              r"|(?:exports?|sales|shipments|deliveries)\s+(?:there|to\s+(?:it|the\s+country|this\s+"
                              r"country|that\s+market|the\s+market|this\s+market"
                              r"|the\s+neighbou?ring\s+(?:country|republic|state)))"  # (round 65, trade65)
                              # round 59 (trade59): a flow to or from "this country", Turkish "bu ülkeye ihracat",
                              # "bu ülkeden ithalat", Azerbaijani "bu ölkəyə ixrac", Russian "экспорт в эту страну"
                              r"|(?:bu|söz\s+konusu)\s+ülke(?:ye|den)|(?:bu|həmin)\s+ölkə(?:yə|dən)"
                              r"|(?:в\s+эту\s+страну|из\s+этой\s+страны))\b", re.I)
_PRONOUN_WORDS = ("с ним", "с ней", "с этой", "с этим", "с данной", "в эту", "из этой", "with it", "with the",
                  "with this", "with that", "ülke", "ölkə", "с соседн", "with its", "with our", "there", "to it",
                  "to the", "to this",
                  "to that")  # as cheap.lowered() has them; one is in every match


def _partner_by_pronoun(doc: Document, s, before, found: list[FigureFound]) -> tuple[str, str] | None:
    """(home, partner) when the sentence names trade "with it" (_PARTNER_PRONOUN), the sentence `before` names one state,
    the partner, and every trade figure so far shares one state other than it (the round-up's home); else None."""
    if not any(word in s.check for word in _PRONOUN_WORDS) or not _PARTNER_PRONOUN.search(s.text):
        return None
    named = {m.iso3 for m in _trading_mentions(doc, before)}
    trades = [f for f in found if f.kind == "trade"]
    # round 25: before any figure, the home a release's lead told ("Общий внешнеторговый оборот Кыргызстана … Крупнейшим
    # партнером остается Казахстан. Товарооборот с ним …")
    home = (_home_of_figures(doc, trades) if trades else _lead_home(doc, s.start)) if len(named) == 1 else None
    return (home, named.pop()) if home and home not in named else None


# Round 24: a group named in an aside on a partner's membership is no group's trade: "With Hungary, an observer state of
# the OTS, turnover amounted to $61.4 million", "С Венгрией, которая имеет статус наблюдателя в ОТГ, объём торговли
# составил …", Turkish "TDT'nin gözlemci üyesi olan Macaristan ile", Azerbaijani "TDT-yə müşahidəçi olan Macarıstanla".
_MEMBER_ASIDE = re.compile(r",\s+[^,.;\d]{0,40}?\b(?:observer|member|наблюдател\w*|член\w*|gözlemci\w*|üyes\w*|müşahidəçi\w*|"
                           # round 25: "С Таджикистаном, который не входит в ОТГ, торговля составила …" (is no part of)
                           r"üzv\w*|входит|входящ\w*|part)\b[^,.;:\d]{0,40}(?:,(?=\s)|(?=:\s))"  # r. 50: colon
                           # round 48 (trade A): or a partner of it, in apposition: "Trade with Tajikistan, an OTS
                           # partner, amounted to" (not ", with its OTS partners,", the group's own trade)
                           r"|,\s+(?:an?|one\s+of\s+(?:the|its))\s+[^,.;\d]{0,40}?\bpartners?\b[^,.;\d]{0,40},(?=\s)"
                           r"|,\s+партн[её]р(?:ом|ами)\s+[^,.;\d]{0,40},(?=\s)"  # "С Таджикистаном, партнёром по ОТГ,"
                           # round 50: an opening phrase placing the partner among the group's observers or members,
                           # "Among the OTS observers, trade with Hungary …", "Среди наблюдателей ОТГ, …"
                           r"|^\W*(?i:among|среди)\s+(?:the\s+)?(?:[^,.;\d]{0,30}?\s)?"
                           r"(?:observers?|members?|наблюдател\w*|член\w*)\b[^,.;\d]{0,30},(?=\s)"
                           # (round 45: the group's name before, "Türk Dövlətləri Təşkilatına müşahidəçi qismində daxil
                           # olan Macarıstanla", joined in the capacity of observer)
                           r"|(?:(?:\b(?:" + _GROUPS + r")\s+)?\b[^\s,.;]+\s+)?\b(?:gözlemci|üye|müşahidəçi|üzv)\w*"
                           r"(?:\s+(?:üyesi|üzvü))?"
                           # (round 51: "TDT-də müşahidəçi statusu olan Macarıstanla", having the observer status)
                           r"(?:\s+(?:qismində|sıfətilə|sıfatıyla|statusunda|statusu|statüsü|olarak|kimi))?"
                           r"(?:\s+(?:daxil|dahil))?"
                           r"\s+(?:olan|olmayan|ülke|ölkə)\w*\s+(?=[A-ZÇĞİÖŞÜƏ])"  # round 50: not a member
                           # round 50: the group's name and the observer word right before the state, "TDT gözlemcisi
                           # Macaristan'a … ihracat", "TDT-nin müşahidəçisi Macarıstanla"
                           # (round 56, tradetext56: or the organization by its noun, "teşkilat üyesi Macaristan")
                           r"|\b(?:OTS|TDT|ОТГ|[Tt]eşkilat(?:[ıi]n)?|[Tt]əşkilat(?:ın)?)(?:['’-]?n[iı]n)?\s+"
                           r"(?:gözlemci|üye|müşahidəçi|üzv)\w*"
                           r"\s+(?=[A-ZÇĞİÖŞÜƏ])")
_MEMBER_WORDS = ("observer", "member", "наблюдател", "член", "gözlemci", "üye", "müşahidəçi", "üzv", "входит", "входящ",
                 "part", "партн")  # as cheap.lowered()
# has them; one is in every match


def _without_member_aside(sentence: str, check: str) -> tuple[str, str]:
    """The sentence and its cheap.lowered() `check` with each aside on membership (_MEMBER_ASIDE) blanked out."""
    if not any(word in check for word in _MEMBER_WORDS):
        return sentence, check
    blanked = _MEMBER_ASIDE.sub(lambda m: " " * len(m[0]), sentence)
    return blanked, (check if blanked == sentence else lowered(blanked))


# Round 53 (traderel): a state named as the direction of the trade is its partner, as one "with" whom is: a headline
# "Türk dünyası ilə ticarətdə ən sürətli artım Özbəkistan istiqamətindədir" (the fastest growth is in Uzbekistan's
# direction), Turkish "Özbekistan yönünde", Russian "на узбекском направлении"; the release's home is the state its
# lead names, not that partner.
_DIRECTION_AFTER = re.compile(r"[\w'’]{0,5}\s+(?:istiqamət\w*|yönün\w*|yönlü\w*|направлени\w*)", re.I)


# "в направлении Узбекистана", "in the direction of Kyrgyzstan"
_DIRECTION_BEFORE = re.compile(r"(?:направлени[иея]|direction\s+of)\s+(?:the\s+)?$", re.I)


def _direction_partner(doc: Document, mention) -> bool:
    """Is the state named as the direction of trade, a partner (_DIRECTION_AFTER, _DIRECTION_BEFORE)?"""
    return bool(_DIRECTION_AFTER.match(doc.text, mention.end)
                or _DIRECTION_BEFORE.search(doc.text, max(0, mention.start - 20), mention.start))


# Round 66 (tradeaz66): a state that "stands out" in trade with a group is one of the group, a partner ranked first,
# as a direction is (_DIRECTION_AFTER): the headline "Türk dövlətləri ilə ticarətdə Özbəkistan 2,3 dəfə artımla önə
# çıxıb" (in trade with the Turkic states Uzbekistan came to the fore with 2.3-fold growth, dev/1077) over a report of
# Azerbaijan's trade, Turkish "… ticarette Özbekistan öne çıktı", English "Kazakhstan stands out in …". Russian
# "… лидирует Узбекистан" is not read (its word order is free). A few words (a growth) may stand between the state
# and its verb.
_STANDS_OUT_AFTER = re.compile(r"[\w'’]{0,5}\s+(?:[^\s.;!?]+\s+){0,4}?"
                               r"(?:önə\s+çıx\w*|öne\s+çık\w*|fərqlən\w*|öndədir|öndedir|liderdir|stands?\s+out)",
                               re.I)
_STANDS_OUT_WORDS = ("önə", "öne", "fərqlən", "öndə", "önde", "liderdir", "stand")  # as cheap.lowered() has them;
# one is in every _STANDS_OUT_AFTER match


def _stands_out_partner(doc: Document, mention, end: int, check: str) -> bool:
    """Is the state told as standing out in the trade told up to `end` (_STANDS_OUT_AFTER), a partner? `check`: the
    cheap.lowered() text it stands in."""
    return any(word in check for word in _STANDS_OUT_WORDS) \
        and bool(_STANDS_OUT_AFTER.match(doc.text, mention.end, end))


def headline_direction(doc: Document) -> set[str]:
    """The states the headline (the text's first paragraph) names as the direction of trade (_direction_partner)."""
    end = doc.text.find("\n\n")
    if end < 0:
        return set()
    check = lowered(doc.text[:end])
    return {m.iso3 for m in doc.countries.within(0, end)
            if _direction_partner(doc, m) or _stands_out_partner(doc, m, end, check)}


def headline_partners_home(doc: Document, first_two: tuple[str, str]) -> str | None:
    """Round 67 (komite67, dev/1088): a headline (the text's first paragraph) that names the article's first two
    states each only as a partner "with" whom (_after_with), "Türkmənistanla ticarət 18,6 faiz artıb, Qazaxıstanla
    hədəf 2 milyard dollardır", tells two partners of one home, no pair of theirs: that home is the state of the
    language it says "trade with one state" in (_home_of_language), else None."""
    end = doc.text.find("\n\n")
    if end < 0:
        return None
    mentions = doc.countries.within(0, end)
    if {m.iso3 for m in mentions} != set(first_two) or not all(_after_with(doc, m) for m in mentions):
        return None
    home = _home_of_language(doc.text[:end])
    return home if home not in first_two else None


def _lead_home(doc: Document, before: int) -> str | None:
    """Round 24: the state a release is about, told once in its lead: the one state named in a sentence before `before`
    (the first figure) that tells its trade with a group or the world ("Kazakhstan's trade with OTS member states grew in
    January–August", "Товарооборот Узбекистана с государствами ОТГ …", "Türkiye'nin TDT üyesi ülkelerle ticareti …");
    None when there is none."""
    for s in doc.sentences:
        if s.start >= before:
            return None
        if any(word in s.check for word in _GROUP_OR_TOTAL_WORDS) and _TRADE.search(s.text) \
                and _GROUP_OR_TOTAL.search(s.text) and len(named := set(doc.codes(s))) == 1 \
                and not all(_after_with(doc, m) or _partner_of_flow(doc, m) or _direction_partner(doc, m)
                            or _stands_out_partner(doc, m, s.end, s.check) for m in doc.mentions(s)):
            # (round 44: not a partner "with" whom the lead names, "türk dövlətləri ilə xarici ticarət: Qırğızıstanla
            # dövriyyə 38,6 faiz artıb" is a release on Azerbaijan's trade, its fastest-growing partner told; round 48:
            # nor where a flow goes or comes from, "Foreign Trade Statistics, 2025: imports from Türkiye up 6.8 percent"
            # over a Turkish Cypriot release)
            return named.pop()
    return None


# Round 31: the round-up's home named as where the goods left, from it to the partner just ranked: "Türkiyədən bu ölkəyə"
# (from Türkiye to this country), Turkish "Türkiye'den bu ülkeye", "from Türkiye to the country", "из Турции в эту страну".
_RANKED_HOME_SOURCE = re.compile(r"\b\w+(?:dən|dan|den|ten|tan|tən)\s+(?:bu|həmin)\s+ölkəyə\b"
                                 r"|\w+['’](?:den|dan|ten|tan)\s+(?:bu|söz\s+konusu)\s+ülkeye\b"
                                 r"|\bfrom\s+\w+\s+to\s+(?:the|this|that)\s+country\b"
                                 r"|\bиз\s+\w+\s+в\s+(?:эту|данную)\s+страну\b", re.I)


def _amount_right_after(s, end: int) -> bool:
    """Does an amount follow `end` in the sentence with at most RANKED_GAP_WORDS words between?"""
    return any(amount.start >= end and len(_WORD.findall(s.text[end:amount.start])) <= RANKED_GAP_WORDS
               for amount in money.amounts_in(s.text, s.check))


RANKED_GAP_WORDS = 3  # words at most between a ranking and its amount, the state's name aside ("came second with")


def _ranked_amount(doc: Document, s, rank: re.Match, mentions) -> bool:
    """Does an amount stand next to the ranking `rank`, at most RANKED_GAP_WORDS words between besides the state's name
    ("Türkiye came second with $1.71 billion", "На втором месте Турция — $2,31 млрд"; not "came second in the tender with
    a $45 million bid")?"""
    for amount in money.amounts_in(s.text, s.check):
        a, b = (rank.end(), amount.start) if amount.start >= rank.end() else (amount.end, rank.start())
        gap = s.text[a:b]
        for m in mentions:
            if a <= m.start - s.start and m.end - s.start <= b:
                gap = gap.replace(doc.text[m.start:m.end], " ")
        if ":" in gap:
            # round 49: "…was with Turkmenistan: the bureau recorded $318.2 million"
            gap = _SOURCE_RECORDED.sub(" ", gap)
        if len(_WORD.findall(gap)) <= RANKED_GAP_WORDS:
            return True
    return False


_SOURCE_RECORDED = re.compile(r":\s*(?:the\s+)?(?:bureau|agency|committee|office|service|statistics|customs)\s+"
                              r"(?:recorded|reported|registered|counted)\s", re.I)


# ---------------------------------------------------------------------------------------------------------------------
# Round 24 (targets): who a target is between when the sentence names the people who set it rather than their states
# (or lists a further partner), deadlines told as a span of years, wishes to reach an amount told after it, a target's
# amount told again, and targets told as met.

# A target two office holders of two states agreed or set is their states' trade, whatever pair the article is about:
# "Erdogan and Mirziyoyev agreed to accelerate work towards their goal of $5 billion", Azerbaijani "İlham Əliyev və
# Kasım-Jomart Tokayev ticarət dövriyyəsini 1 milyard dollara çatdırmaq məqsədini qoyublar", Russian "Токаев и Жапаров
# поручили довести товарооборот до …"; and a speaker's "we" with one of them, "Мы с Шавкатом Мирзиёевым поставили цель
# довести товарооборот до …", "Mirziyoyev and I agreed …", "Biz Tokayev ilə …": the speaker's state and that one's.
# Only the two names joined by a conjunction (and a title or two) are read: "Erdogan, who met Aliyev, said trade with
# Uzbekistan …" names no two who set it.
_PEOPLE_JOINED = re.compile(r"\s*,?\s+(?:and|və|ve|и|ile|ilə|with|с|со)\s+(?:[^\W\d]+\s+){0,2}?", re.I)
# the speaker's "we with" before the name ("Мы с …", "we with"), Azerbaijani and Turkish "biz" before it and the
# postposition after it ("Biz Prezident Tokayev ilə", "Biz Sayın Tokayev ile"), English "… and I" after it
_WE_WITH = re.compile(r"(?:^|[\s«\"“„'])(?:мы|we)\s+(?:с|со|with)\s+(?:[^\W\d]+\s+){0,2}?$", re.I)
_WE_LOCAL = re.compile(r"(?:^|[\s«\"“„'])biz\s+(?:[^\W\d]+\s+){0,2}?$", re.I)
_WITH_AFTER_NAME = re.compile(r"\s+(?:ilə|ile)\b")
_AND_I = re.compile(r"\s+and\s+I\b")
WE_BEFORE = 30  # characters before the name where the speaker's "we" stands
_PEOPLE_WORDS = (" and ", " və ", " ve ", " и ", " ile ", " ilə ", " with ", " с ", " со ")  # as cheap.lowered() has them;
# one is in every _PEOPLE_JOINED, _WE_WITH and _WITH_AFTER_NAME match
# the subject of a target sentence naming one state: "Cumhurbaşkanı Erdoğan, Kazakistan ile ticaret hacmini … 10 milyar
# dolara çıkarmayı hedeflediklerini söyledi" (Erdoğan's state and Kazakhstan); the name opens the sentence
SUBJECT_AT_MOST = 3  # characters before the subject's name run (a quote mark, a dash)
# A Turkish case ending after an apostrophe ends a name: "Erdoğan ve Mirziyoyev'den 5 milyar dolarlık ticaret hedefi"
_CASE_AFTER_APOSTROPHE = re.compile(r"['’](?!s\b)\w+$")
# A headline lists the two with a comma: "Aliyev, Japarov set $500 million trade target" (only two names opening it)
_HEADLINE_JOINED = re.compile(r",\s+")
HEADLINE_COMMA_AT_MOST = 45  # characters: the comma between the two names opening a headline stands within them


def _joined(lead: str, m1: re.Match, m2: re.Match) -> bool:
    """Are the name runs m1 and m2 of `lead` joined as two who act together (_PEOPLE_JOINED, _HEADLINE_JOINED)?"""
    return bool(_PEOPLE_JOINED.fullmatch(lead, m1.end(), m2.start())
                or m1.start() <= SUBJECT_AT_MOST and _HEADLINE_JOINED.fullmatch(lead, m1.end(), m2.start()))


# What _setters_pair gives for three or more states' office holders joined ("Tokayev, Aliyev and Mirziyoyev agreed to
# bring trade to $10 billion"): a target of a group, no pair's (read only when the sentence names no two states)
SETTERS_OF_A_GROUP = ("", "")


def _joined_pair(lead: str, runs: list[tuple[re.Match, Person]]) -> tuple[str, str] | None:
    """The states of the first two office holders of two states joined in `lead` (SETTERS_OF_A_GROUP when a third
    state's holder is joined to them), else None."""
    for j, ((m1, p1), (m2, p2)) in enumerate(zip(runs, runs[1:])):
        if p1.iso3 != p2.iso3 and _joined(lead, m1, m2):
            third = runs[j + 2] if j + 2 < len(runs) else None
            if third and third[1].iso3 not in (p1.iso3, p2.iso3) and _joined(lead, m2, third[0]):
                return SETTERS_OF_A_GROUP
            return (p1.iso3, p2.iso3)
    return None


def _holder_in(run: str, resolver: Resolver) -> Person | None:
    """The office holder of a state of the ties a name run names (in the Russian instrumental too, "Шавкатом
    Мирзиёевым", and with a Turkish case ending, "Mirziyoyev'den"), else None; a leading plural office word
    ("Presidents", "Президенты") is read past."""
    run = _CASE_AFTER_APOSTROPHE.sub("", run)
    for phrase in (run, run.split(" ", 1)[1] if " " in run else ""):
        # only a run with a word of a holder's name is resolved (a set lookup first: most runs hold none)
        for form in (phrase, ru_nominative(phrase)) if is_cyrillic(phrase) else (phrase,):
            if form and has_name_word(form) and (person := resolver.resolve(form, speaking=False)) is not None \
                    and person.rule in ("name", "office") and person.iso3 in places.TIE_CODES:
                return person
    return None


# Round 41 (trade B): a sentence opening with a person's name (one to four capitalised words) and a comma: "Uraloğlu,
# Özbekistan ile …", "Shakkaliyev, speaking in Ankara, …".
_SUBJECT_RUN = re.compile(r"([A-ZÇĞİÖŞÜƏА-ЯЁ][\w'’-]+(?:\s+[A-ZÇĞİÖŞÜƏА-ЯЁ][\w'’-]+){0,3}),\s")


# Round 45: a speaker's "his country's trade with X": the subject's state, the name opening the sentence before its
# speech verb ("Tokayev said the volume of cargo … had grown and that his country's trade with Azerbaijan had exceeded
# $450 million last year").
_HIS_COUNTRY = re.compile(r"\b(?:his|her)\s+country['’]s\s+(?:\w+\s+)?(?:trade|turnover|exports?|imports?)\b", re.I)
_SUBJECT_SAID = re.compile(r"([A-ZÇĞİÖŞÜƏ][\w'’-]+(?:\s+[A-ZÇĞİÖŞÜƏ][\w'’-]+){0,3})\s+(?:said|noted|stated|told|"
                           r"recalled|added|stressed|pointed\s+out|reported)\b")


# Round 60 (trade60): Turkish and Azerbaijani tell the trade as the object of a participle whose subject, a demonym and
# an office, follows it: "Türkiye ile ticaretin geçen yıl yaklaşık 3,9 milyar dolar olduğunu hatırlatan Özbek lider, …"
# (the Uzbek leader, who recalled that trade with Türkiye was …): the trade is the demonym's state's with the one named.
_PARTICIPLE_TELLER = re.compile(r"\w(?:y?an|y?en|y?ən)\s+(?=\w+\s+(?:lider|cumhurbaşkan|prezident|başbakan|bakan|"
                                r"nazir|devlet\s+başkan|baş\s+nazir|dışişleri\s+bakan|xarici\s+işlər\s+nazir)\w*)",
                                re.I)
_PARTICIPLE_OFFICE_WORDS = ("lider", "cumhurbaşkan", "prezident", "bakan", "nazir", "devlet başkan")  # as s.check


def _participle_teller_home(sentence: str) -> str | None:
    """The state of a demonym and office right after a participle (_PARTICIPLE_TELLER), else None."""
    for m in _PARTICIPLE_TELLER.finditer(sentence):
        if country := _local_demonym_country(sentence[m.end():m.end() + 40]):
            return country[0]
    return None


def _subject_home(doc: Document, s, resolver: Resolver) -> str | None:
    """The state of the person whose name opens sentence `s` before a comma and before any state is named
    (_SUBJECT_RUN): an office holder's (_holder_in), else, for a name the table does not know, the state of the language
    the sentence says "trade with one state" in (_home_of_language: a Turkish report's minister); else None."""
    m = _SUBJECT_RUN.match(s.text)
    if m is None and _HIS_COUNTRY.search(s.text):
        m = _SUBJECT_SAID.match(s.text)  # round 45: "Tokayev said … his country's trade with Azerbaijan had exceeded …"
        if m is None or any(mention.start - s.start < m.end() for mention in doc.mentions(s)):
            return None
        holder = _holder_in(m[1], resolver)
        return holder.iso3 if holder else None
    if m is None or any(mention.start - s.start < m.end() for mention in doc.mentions(s)):
        return None
    if holder := _holder_in(m[1], resolver):
        return holder.iso3
    return _home_of_language(s.text)


def _with_the_speaker(lead: str, m: re.Match) -> bool:
    """Is the name run m of `lead` told as the speaker's partner, "we with" him or "he and I" (_WE_WITH, _WE_LOCAL and
    _WITH_AFTER_NAME, _AND_I)?"""
    start = max(0, m.start() - WE_BEFORE)
    # a capitalised "Biz" opening the sentence is the run's first word: "Biz Prezident Japarov ilə …"
    we_local = m[0][:4].lower() == "biz " or _WE_LOCAL.search(lead, start, m.start())
    return bool(_WE_WITH.search(lead, start, m.start()) or _AND_I.match(lead, m.end())
                or we_local and _WITH_AFTER_NAME.match(lead, m.end()))


# An opening participle of the topic before the subject: "Speaking about Uzbekistan, Mikayil Jabbarov recalled that the
# two countries aim to raise mutual trade to 2 billion US dollars" (Jabbarov the subject, Uzbekistan the partner).
_OPENING_ASIDE = re.compile(r"(?:Speaking|Commenting|Turning|Referring|Talking|Asked)\s+(?:about|on|to)\s+[^,.;]{1,60},\s*")


def _opening_aside_end(lead: str) -> int:
    """Where the subject of a sentence opening on a participle of its topic (_OPENING_ASIDE) starts, else 0."""
    m = _OPENING_ASIDE.match(lead) if lead[:1] in "SCTRA" else None
    return m.end() if m else 0


def _setters_pair(doc: Document, s, end: int, resolver: Resolver, quoted, codes: list[str]) -> tuple[str, str] | None:
    """The two states whose office holders, named before `end` in sentence `s`, set the target there (_PEOPLE_JOINED,
    _WE_WITH, _AND_I); or the subject's state and the one state the sentence names (SUBJECT_AT_MOST). None when the
    sentence names a state of neither, or the two are one state. A leading plural office word of the run ("Presidents
    Mirziyoyev and Rahmon", "Президенты …") is read past (_holder_in)."""
    lead = s.text[:end]
    check = s.check[:end]
    if not any(word in check for word in _PEOPLE_WORDS) and len(set(codes)) != 1 \
            and "," not in check[:HEADLINE_COMMA_AT_MOST]:
        return None
    runs = [(m, person) for m in NAME_RUN.finditer(lead) if (person := _holder_in(m[0], resolver))]
    pair = _joined_pair(lead, runs)
    if pair is None and (speaker := _quoted_by(quoted, s)):
        pair = next(((speaker, p.iso3) for m, p in runs if p.iso3 != speaker and _with_the_speaker(lead, m)), None)
    subject_at = _opening_aside_end(lead) if runs else 0  # past "Speaking about Kazakhstan, " (_OPENING_ASIDE)
    if pair is None and len(set(codes)) == 1 and runs and 0 <= runs[0][0].start() - subject_at <= SUBJECT_AT_MOST \
            and runs[0][1].iso3 != codes[0]:
        pair = (runs[0][1].iso3, codes[0])
    return pair if pair and set(codes) <= set(pair) else None


# A further target listed with its own partner after a target of one state with another: "Türkiye, Kazakistan ile ticaret
# hacmini 10 milyar dolara, Özbekistan ile ise 5 milyar dolara çıkarmayı hedefliyor", "Uzbekistan hopes to raise trade
# with Azerbaijan to $1 billion and with Turkey to $5 billion", "Казахстан намерен довести товарооборот с Узбекистаном до
# 10 млрд долларов, а с Азербайджаном – до 1 млрд": the state of the first that is not its partner (the partner: the
# state named last before the first amount) and the one named since.
def _listed_target_partner(doc: Document, s, start: int, end: int, before: FigureFound) -> tuple[str, str] | None:
    """The pair of a target whose text since the target `before` (from `start` to its amount at `end`) names one state
    outside `before`'s pair; None otherwise."""
    mentions = doc.mentions(s)
    named = list(dict.fromkeys(m.iso3 for m in mentions if start <= m.start - s.start < end))
    if len(named) != 1 or named[0] in before.pair:
        return None
    partner = next((m.iso3 for m in reversed(mentions) if m.end - s.start <= before.span[0] - s.start
                    and m.iso3 in before.pair), None)
    if partner is None:
        return None
    return (before.pair[1] if partner == before.pair[0] else before.pair[0], named[0])


# A deadline told as a span of years from the report's year: "to raise trade to $25 million within three years", "in
# the next five years", "over the coming two years", "in five years' time", Russian "в ближайшие пять лет", "в течение
# трёх лет", "Ближайшие три года мы должны …", Turkish "5 yıl içinde", "önümüzdeki üç yıl içinde", Azerbaijani "yaxın
# beş ildə", "üç il ərzində": the report's year plus the span. Not a span gone by ("in the past five years", "son beş
# yılda", "за последние пять лет", "son beş il ərzində"). Read in the amount's clause after it, else before it with no
# other amount between (Turkish, Azerbaijani and Russian tell it first: "в ближайшие пять лет довести товарооборот до 2
# млрд долларов").
_SPAN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
                 "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
                 "десять": 10, "десяти": 10, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "dörd": 4, "beş": 5, "altı": 6,
                 "yedi": 7, "yeddi": 7, "sekiz": 8, "səkkiz": 8, "dokuz": 9, "doqquz": 9, "on": 10}
_SPAN_N = r"(?:\d{1,2}|" + "|".join(sorted(_SPAN_NUMBERS, key=len, reverse=True)) + r")"  # each form's in a group
_YEARS_SPAN = re.compile(r"\b(?:(?:within|in|over|during)\s+the\s+(?:next|coming)\s+|within\s+(?:the\s+next\s+)?)"
                         r"(" + _SPAN_N + r")\s+years\b"
                         r"|\bin\s+(" + _SPAN_N + r")\s+years['’]?\s+time\b"
                         r"|(?<!\w)(?:(?:в|за)\s+)?(?:ближайшие|следующие|предстоящие)\s+(" + _SPAN_N
                         + r")\s+(?:лет|года?)(?!\w)"
                         r"|(?<!\w)в\s+течение\s+(?:(?:ближайших|следующих)\s+)?(" + _SPAN_N + r")\s+(?:лет|года?)(?!\w)"
                         r"|(?<!son )(?<!geçen )(?<!ötən )\b(" + _SPAN_N
                         + r")\s+(?:yıl\s+(?:içinde|içerisinde|zarfında)|il\s+ərzində)(?!\w)"
                         r"|\b(?:önümüzdeki|gelecek|yaxın|növbəti|gələn)\s+(" + _SPAN_N
                         + r")\s+(?:yıl(?:da|\s+içinde|\s+içerisinde)?|il(?:də|\s+ərzində))(?!\w)", re.I)
_YEARS_SPAN_WORDS = ("year", "лет", "год", "yil", " il")  # as cheap.lowered() has them; one is in every match
# Round 89 (t1, growth_over_months): a rate told over a count of months with no year, "Qeyri-neft ticarətində artım
# doqquz ayda 38 faizə çatıb" (in nine months) after a whole year's figure (dev/1358), Turkish "dokuz ayda", English
# "in the nine months", "over nine months": another period's growth (when.period_in reads no period there).
_GROWTH_OVER_MONTHS = re.compile(r"(?<!\w)(?:(?:in|over|during|for)\s+(?:the\s+(?:first\s+)?)?(?:" + _SPAN_N
                                 + r")\s+months\b|(?:ilk\s+)?(?:" + _SPAN_N
                                 + r")\s+(?:ayda|ayında|ay\s+ərzində)(?!\w))", re.I)
_MONTHS_COUNT_WORDS = ("month", "ayda", "ayında", "ay ərzində")  # as cheap.lowered() has them; one is in every match
# Round 103 (h6): a Russian flow's figure right after a dollar figure, over the count of months that figure told, its
# currency left out ("За январь — август … достигла почти 1,4 млрд долларов. Кыргызский экспорт в Казахстан за восемь
# месяцев увеличился в 1,3 раза — до 610 млн", dev/1539): read as a look back's bare amount, as round 92's English
# "in those five months" (_THOSE_MONTHS)
_RU_MONTHS_COUNTED = re.compile(r"(?<!\w)за\s+(?:эти\s+|те\s+)?(" + _SPAN_N + r")\s+месяц\w*", re.I)


def _months_counted_again(sentence: str, check: str, period: str) -> bool:
    """Does a Russian sentence count the months of `period` (a figure's "2026-8M") again (_RU_MONTHS_COUNTED)?"""
    if "месяц" not in check or not period.endswith("M") or not (m := _RU_MONTHS_COUNTED.search(sentence)):
        return False
    count = int(m[1]) if m[1].isdigit() else _SPAN_NUMBERS.get(m[1].lower())
    return period.endswith(f"-{count}M")


SPAN_AFTER = 60  # characters after a target's amount where its span is told (in its clause)
SPAN_BEFORE = 80  # characters before it
# Round 64 (trade64c): a span told after a judgement that the goal is reachable is when it may be reached, no deadline
# set: 'the goal - bilateral trade of $6 billion - was now "within reach in the next two years," though he gave no firm
# deadline' (dev/1061), "a $2 billion target that is achievable within three years".
_REACHABLE = re.compile(r"\bwithin\s+reach\b|\b(?:achiev|reach|attain)able\b", re.I)
_REACHABLE_WORDS = ("reach", "achievable", "attainable")  # as cheap.lowered() has them; one is in every match


def _judged_reachable(between: str) -> bool:
    """Does the text between a target's amount and its span judge the goal reachable (_REACHABLE)?"""
    check = lowered(between)
    return any(word in check for word in _REACHABLE_WORDS) and _REACHABLE.search(between) is not None


def _span_years(m: re.Match) -> int:
    """The number of years a _YEARS_SPAN match tells."""
    word = next(group for group in m.groups() if group)
    return int(word) if word.isdigit() else _SPAN_NUMBERS[word.lower()]


def _years_from_now(sentence: str, amount: money.Amount, published: date) -> int | None:
    """The deadline year of a target told as a span of years (_YEARS_SPAN) after its amount, in its clause, else before
    it with no other amount between; None when none is told."""
    window = sentence[amount.end:amount.end + SPAN_AFTER]
    check = lowered(sentence[max(0, amount.start - SPAN_BEFORE):amount.end + SPAN_AFTER])
    if not any(word in check for word in _YEARS_SPAN_WORDS):
        return None
    if m := _YEARS_SPAN.search(window, 0, _deadline_window_end(window)):
        return None if _judged_reachable(window[:m.start()]) else published.year + _span_years(m)
    start = max(0, amount.start - SPAN_BEFORE)
    if _ANOTHER_AMOUNT_AFTER.search(sentence, start, amount.start):
        return None  # "to $4 billion within three years, and to $6 billion": the span is the amount before's
    before = [m for m in _YEARS_SPAN.finditer(sentence, start, amount.start)]
    return published.year + _span_years(before[-1]) if before else None


# Turkish and Azerbaijani tell a wish to reach an amount with the infinitive of a verb of reaching after it and a verb of
# wanting, aiming or working for: "2030 yılında 10 milyar doları yakalamak istiyoruz" (we want to catch $10 billion),
# "15 milyar dolara ulaşmayı amaçlıyoruz", "5 milyar dolara ulaşmak için çalışıyoruz", Azerbaijani "1 milyard dollara
# çatmaq istəyirik", "nail olmağı planlaşdırırıq". Matched from the amount's end ("ulaştı", reached, is a result;
# "ulaşabilir", could reach, a potential: neither has the infinitive).
_REACH_WISHED_AFTER = re.compile(r"\w{0,4}\s+(?:(?:ticaret|ticarət)\s+(?:hacmine|həcminə|dövriyyəsinə)\s+)?"
                                 r"(?:yakala|ulaş|eriş|çat|nail\s+ol)m[aəe]\w*\s+"
                                 r"(?:isti|istə|hedefl|hədəfl|amaçl|planl|niyyət|(?:için|üçün)\s+çalış)\w*", re.I)
_REACH_WISHED_WORDS = ("yakala", "ulaş", "eriş", "çat", "nail ol")  # as cheap.lowered() has them; one is in every match


def _quote_goes_on(quoted, at: int, start: int) -> bool:
    """Do the text offset `at` (a target's amount) and the sentence starting at `start` lie in one direct quote?"""
    return any(a <= at < b and a <= start < b for a, b, _ in quoted)


# A target's amount told again in the next sentence with its deadline: "… towards the goal of $5bn in annual trade set by
# their leaders. "Five billion dollars by 2030 is not a dream, it is a plan with dates," he said." (the goal's year);
# "Hedefimiz 10 milyar dolar. 2030'a kadar 10 milyar dolar bizim için bir plan." Only with no other amount in it, and
# not a year before the report's.
def _restated_with_deadline(sentence: str, check: str, value: float, published: date) -> int | None:
    """The deadline year told right with the amount of a target just found (of `value`), when the sentence's only
    amounts are that one; else None."""
    amounts = money.amounts_in(sentence, check)
    if not amounts or any(x.usd_m != value for x in amounts):
        return None
    if _could_reach(sentence, check, amounts[0]) \
            or any(word in check for word in _FORECASTER_WORDS) and _FORECASTER.search(sentence):
        # round 56 (tradetext56): a forecast of the same amount is no deadline of the goal, "Bazı ekonomistler … hacmin
        # 2027'de 6 milyar dolara ulaşabileceğini öngörüyor" (could reach), "Analysts expect trade to hit $6bn in 2027"
        return None
    year = _target_year(sentence, amounts[0], published)
    return year if year and year >= published.year else None


def _target_told_again(found: list[FigureFound], amount: money.Amount, pair: tuple[str, str], check: str) -> bool:
    """Is `amount` a target of `pair` found before, told again in a sentence naming targets ("ticaret hedeflerinin
    gerçekçi olduğunu … '5 milyar dolar ancak kâğıt üzerinde kalır'", "the goal of $5 billion is realistic")? Then it is
    no figure of the trade (the caller makes sure the sentence names no period of its own)."""
    return any(word in check for word in _TARGET_NOUN_WORDS) and any(
        f.kind == "target" and f.value_usd_m == amount.usd_m and set(f.pair) == set(pair) for f in found)


# Russian lists a further target after a target with "а"/"и" and its own "до": "довести товарооборот с Узбекистаном до 10
# млрд долларов, а с Азербайджаном – до 1 млрд долларов" (as English "… to $1 billion and with Turkey to $5 billion",
# _TARGET_AGAIN). Matched on the text between the two amounts.
_TARGET_AGAIN_RU = re.compile(r"[^.;]{0,60}?(?:,\s*|\s)(?:а|и)\s[^.;]{0,40}?(?<!\w)до\s+$", re.I)


# A target told as met is a past one, no target: "the earlier target of $5 billion has already been reached", "was
# exceeded last year", Russian "Ранее поставленная цель в 5 млрд долларов … уже достигнута" (not "должна быть достигнута",
# must be reached, nor "не достигнута", not reached), Turkish "5 milyar dolarlık hedefe ulaşıldı" (was reached), "hedef aşıldı", Azerbaijani "1 milyard
# dollar hədəfinə artıq çatılıb"; read after the amount up to the next one. Or the verb of meeting before it: "have
# already met their earlier target of $5 billion", "trade surpassed the $1 billion goal".
_TARGET_MET_AFTER = re.compile(r"\b(?:has|have|had|was|were)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:met|reached|achieved|"
                               r"attained|surpassed|exceeded|hit|fulfilled)\b"
                               # "a goal of $5 billion in trade, which they reached in 2024", "которую уже достигли"
                               # (not a purpose, "working on a roadmap so that this target is met in the shortest time")
                               r"|(?<!so )(?<!order )\b(?:which|that)\s+(?:\w+\s+){0,3}?(?:met|reached|achieved|surpassed|exceeded)\b"
                               r"|(?<!\w)котор\w+\s+(?:\w+\s+){0,2}?(?:достигли|превысили|перевыполнили)(?!\w)"
                               r"|(?<!быть )(?<!будет )(?<!не )(?<!\w)(?:достигнут[аоы]?|перевыполнен[аоы]?|превышен[аоы]?)(?!\w)"
                               r"|\b(?:ulaşıldı|aşıldı|yakalandı|ulaşılmıştır|aşılmıştır|çatılıb|çatıldı|aşılıb|keçilib)\b",
                               re.I)
_TARGET_MET_WORDS = ("met", "reached", "achieved", "attained", "surpassed", "exceeded", "hit", "fulfilled", "достигнут",
                     "перевыполн", "превыш", "достигли", "ulaşildi", "aşildi", "yakalandi", "ulaşilmişt", "aşilmişt", "çatilib",
                     "çatildi", "aşilib", "keçilib")  # as cheap.lowered() has them; one is in every match of either
# ("hit" only after "has": "aim to hit the $5 billion target" is an aim)
_TARGET_MET_BEFORE = re.compile(r"\b(?:already\s+)?(?:met|reached|achieved|surpassed|exceeded|topped|passed)\s+"
                                r"(?:the|its|their|our)\s+(?:(?:earlier|previous|initial|first|old)\s+)?"
                                r"(?:(?:target|goal)\s+of\s+)?$", re.I)
MET_BEFORE = 60  # characters before the amount where its verb of meeting stands


def _target_met(sentence: str, check: str, amount: money.Amount, following: money.Amount | None) -> bool:
    """Is the target at `amount` told as met (_TARGET_MET_AFTER up to the `following` amount, _TARGET_MET_BEFORE)?"""
    if not any(word in check for word in _TARGET_MET_WORDS):
        return False
    end = following.start if following else len(sentence)
    return bool(_TARGET_MET_AFTER.search(sentence, amount.end, end)
                or _TARGET_MET_BEFORE.search(sentence, max(0, amount.start - MET_BEFORE), amount.start))


# Round 24: a potential is no target (the convention: "a potential or an assessment … is no target"). The states are told
# to have, or there is said to be, the potential to bring trade to an amount: "the countries had the potential to bring
# turnover to 1 billion dollars", "there is potential for Uzbekistan and Kyrgyzstan to raise trade to $5 billion", Russian
# "Потенциал двух стран позволяет довести товарооборот до 10 млрд", "имеется потенциал для увеличения … до", "есть
# потенциал довести", read before the amount; Azerbaijani "1 milyard dollara çatdırmaq potensialı var", Turkish "10 milyar
# dolara çıkarma potansiyeli bulunuyor", "çıkaracak potansiyele sahip", read after it. Not a potential used or matched
# ("using their full potential", "to realise our potential, we set the goal of …", "which matches our potential"), nor one
# with a word of intent between it and the amount ("the potential is there, and we will bring trade to …"), nor one the
# sentence names a goal after ("…, which the presidents set as their goal").
_POTENTIAL_TO = re.compile(r"\b(?:ha(?:s|ve|d)|having|there\s+is|there's|see|sees|saw|noted?|notes|estimates?|"
                           r"estimated)\s+(?:[\w-]+\s+){0,2}?potential\s+(?:to|for|of)\b"
                           # the noun as the sentence's subject: "“The potential to take trade to $2 billion is there”"
                           r"|^\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?potential\s+(?:to|for|of)\b"
                           r"|(?<!\w)(?:потенциал\w*\s+(?:[^\s.;]+\s+){0,4}?позволя\w+|потенциал\w*\s+(?:для|к)\s"
                           r"|(?:есть|имеется|существует|облада\w+|располага\w+)\s+(?:[^\s.;]+\s+){0,2}?потенциал\w*)",
                           re.I)
_POTENTIAL_WORDS = ("potential", "потенциал")  # as cheap.lowered() has them; one is in every _POTENTIAL_TO match
# … a Russian word of intent between as _INTENT is the English one's
_INTENT_RU = re.compile(r"(?<!\w)(?:цел|задач|план|намер|договорил|поручи|будем|будут|должн)", re.I)
POTENTIAL_BEFORE = 200  # characters before the amount where its potential is read
# after the amount: the verb of bringing or reaching in the dative's infinitive, participle or verbal noun, then the noun
_POTENTIAL_AFTER = re.compile(r"\w{0,6}\s+(?:(?:qədər|kadar)\s+)?[^\W\d]+\s+(?:(?:üçün|için)\s+(?:[^\W\d]+\s+){0,2}?)?"
                              r"(?:potensial|potansiyel)",
                              re.I)
_POTENTIAL_AFTER_WORDS = ("potensial", "potansiyel")  # as cheap.lowered() has them; one is in every match


def _told_as_potential(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the target-like amount a potential, no target (_POTENTIAL_TO before it with no word of intent between and no
    goal named after it, _POTENTIAL_AFTER right after it)? `check`: cheap.lowered(sentence)."""
    if any(word in check for word in _POTENTIAL_AFTER_WORDS) and _POTENTIAL_AFTER.match(sentence, amount.end):
        return True
    if not any(word in check for word in _POTENTIAL_WORDS):
        return False
    start = max(0, amount.start - POTENTIAL_BEFORE)
    told = None
    for told in _POTENTIAL_TO.finditer(sentence, start, amount.start):
        pass
    if told is None:
        return False
    between = sentence[told.end():amount.start]
    return not (_INTENT.search(between) or _INTENT_RU.search(between)
                or any(word in lowered(sentence[amount.end:]) for word in _TARGET_NOUN_WORDS))


# Round 57 (trade57): an amount told as the size of a potential is no figure either: Turkish "iki ülke arasındaki
# ticaret potansiyelinin 5 milyar doların üzerinde olduğunu" (that the trade potential is over $5 billion), Azerbaijani
# "ticarət potensialı 3 milyard dollar qiymətləndirilir", English "put the trade potential at over $5 billion", "a
# potential of $5 billion", Russian "потенциал товарооборота оценивают в 5 млрд долларов"; or after it, "5 milyar
# dolarlık ticaret potansiyeli", "a $5 billion potential". The noun right before the amount (no figure, comma or
# clause between) or right after it.
_POTENTIAL_NOUN_BEFORE = re.compile(r"\bpotential\s+(?:(?:is|was)\s+)?(?:(?:estimated|put|valued|seen|assessed)\s+)?"
                                    r"(?:at|of)\s+(?:[a-z]+\s+){0,2}?(?:US)?\$?$"
                                    r"|(?<![\w-])(?:potansiyel|potensial)\w*\s+(?:[^\W\d]+\s+)?$"
                                    r"|(?<![\w-])потенциал\w*\s+(?:[а-яё]+\s+){0,3}?(?:(?:в|на)\s+)?(?:[а-яё]+\s+)?$",
                                    re.I)
_POTENTIAL_NOUN_AFTER = re.compile(r"[\w'’]{0,6}\s+(?:[^\W\d]+\s+)?(?:potential|potansiyel|potensial|потенциал)", re.I)
_POTENTIAL_NOUN_WORDS = ("potential", "potansiyel", "potensial", "потенциал")  # as cheap.lowered() has them
POTENTIAL_NOUN_BEFORE = 60  # characters before the amount where the potential is named
# Round 87 (POTENTIAL_FOR_CLAUSE): or the potential named for what the amount would add, in the amount's own clause
# (no comma, stop, colon or dash between): "Мы видим потенциал для дополнительного экспорта … в Азербайджан ещё
# примерно на 300 млн долларов", "we see potential for exports to Azerbaijan to grow by another $300 million"
# (dev/1331): a size of what could be, no figure of what was
_POTENTIAL_FOR_CLAUSE = re.compile(r"(?:(?<![\w-])потенциал\w*\s+(?:для|к)|\bpotential\s+(?:for|to))"
                                   r"\s[^,.;:!?—–«»\"“”]*$", re.I)
POTENTIAL_FOR_BEFORE = 120  # characters before the amount where the potential for it is named


def _amount_of_a_potential(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount the size of a potential, its noun right before or after it (_POTENTIAL_NOUN_BEFORE,
    _POTENTIAL_NOUN_AFTER) or for it in its clause (_POTENTIAL_FOR_CLAUSE)? `check`: cheap.lowered(sentence)."""
    return any(word in check for word in _POTENTIAL_NOUN_WORDS) \
        and (bool(_POTENTIAL_NOUN_BEFORE.search(sentence, max(0, amount.start - POTENTIAL_NOUN_BEFORE), amount.start))
             or bool(_POTENTIAL_NOUN_AFTER.match(sentence, amount.end))
             or bool(_POTENTIAL_FOR_CLAUSE.search(sentence, max(0, amount.start - POTENTIAL_FOR_BEFORE), amount.start)))


# Round 25: a target in a quote naming one state is of the speaker's state and that one ('«Мы должны выйти на $3 млрд
# товарооборота с Казахстаном к 2030 году», — сказал он', the speaker a Kyrgyz minister): whoever sets a goal for trade
# "with Kazakhstan" speaks for the other side of it; the round-up's home or the article's pair may be another state.
def _speakers_target_pair(quoted, s, codes: list[str]) -> tuple[str, str] | None:
    """The speaker's state and the one state the sentence names, when it begins inside a quote by a speaker of another
    state; else None."""
    if len(set(codes)) != 1:
        return None
    speaker = _quoted_by(quoted, s)
    return (speaker, codes[0]) if speaker and speaker != codes[0] else None


# Round 84 (h6 goal_set_by_our_leaders): a Russian goal named by its size, "цель в N долларов", then a clause naming
# its setters as the two's presidents ("Цель в три миллиарда долларов, которую поставили наши президенты, никто не
# отменял", dev/1291; "…, которую определили главы наших государств"), in a sentence with no trade word, however far
# after the trade figure: that trade's target (not an investment's or another sector's, _OTHER_TARGET_WORDS)
_GOAL_SET_BY_OUR_LEADERS = re.compile(r"\bцел[ьи]\s+в\s+[^,.;:«»]{3,50}?,\s+(?:которую|которая\s+была)\s+"
                                      r"(?:поставил[иа]|определил[иа]|обозначил[иа]|поставлена|определена)\s+"
                                      r"(?:наши|оба|два|двое|главы\s+(?:наших|двух)\s+государств"
                                      # Round 91 (q4): or the bare "главы государств", the two's as the minister says
                                      # it of his partner's trade, "…, которую поставили главы государств" (dev/1379;
                                      # not a bloc's heads named after them, "главы государств ЕАЭС")
                                      r"|главы\s+государств(?!\s+(?-i:[А-ЯЁA-Z])|\s*[-–—]\s*(?:член|участ)))\s*"
                                      r"(?:президент\w*|лидер\w*)?", re.I)


# Round 88 (t2, goal_set_by_our_leaders): the English one, the goal with its setters the subject and the amount right
# after its verb, "The goal our presidents set is $10 billion, and I think we will see it within this decade"
# (dev/1342), "The target that our leaders agreed on is $5 billion": however far after the trade figure (an
# interview's answer with the host's questions between). Only "our"/"both"/"the two" presidents or leaders, not one
# state's own goal.
_GOAL_OUR_LEADERS_SET_EN = re.compile(r"[\W_]*(?:(?:and|but|so)\s+)?(?:the|our)\s+(?:(?:trade|turnover)\s+)?"
                                      r"(?:goal|target)\s+(?:(?:that|which)\s+)?(?:our|both|the\s+two)\s+"
                                      r"(?:presidents|leaders|heads\s+of\s+state)\s+(?:have\s+|had\s+)?"
                                      r"(?:set|agreed\s+on|named|fixed)\s+(?:is|was|remains)\s+", re.I)


def _goal_set_by_our_leaders(sentence: str, check: str) -> bool:
    """Does the sentence name a goal by its size and the two's presidents as its setters (_GOAL_SET_BY_OUR_LEADERS,
    _GOAL_OUR_LEADERS_SET_EN), with no word of investment or another sector? `check`: cheap.lowered(sentence)."""
    if any(word in check for word in _INVESTMENT_WORDS + _OTHER_TARGET_WORDS):
        return False
    if "цел" not in check:
        if ("goal" in check or "target" in check) and (en := _GOAL_OUR_LEADERS_SET_EN.match(sentence)):
            amounts = money.amounts_in(sentence, check)
            return bool(amounts) and amounts[0].start == en.end()
        return False
    m = _GOAL_SET_BY_OUR_LEADERS.search(sentence)
    return m is not None and ("президент" in m[0] or "лидер" in m[0] or "глав" in m[0]) \
        and bool(money.amounts_in(sentence[m.start():m.end()]))


def _target_of_the_two_before(doc: Document, k: int) -> bool:
    """Round 43: does sentence k give a target's size by its noun ("Hedef 3 milyar dolar", "Our goal is $3 billion",
    "Цель — 300 млн долларов") right after a sentence that names the two's target with no amount and no trade word
    ("Kırgız yetkili, iki ülke liderlerinin belirlediği hedefi hatırlatarak şöyle konuştu:", "He recalled the goal the
    two presidents set:")? Then it is that target, of the article's two (the headline's "Hedef 3 milyar dolar" alone is
    not).
    The lead-in may end in a colon within the same sentence ('… şöyle konuştu: "Hedef 3 milyar dolar.').
    """
    s = doc.sentences[k]
    if not any(word in s.check for word in _TARGET_NOUN_WORDS) or any(word in s.check for word in _OTHER_TARGET_WORDS):
        return False
    amounts = money.amounts_in(s.text, s.check)
    if not amounts:
        return False
    colon = s.text.rfind(":", 0, amounts[0].start)
    if colon > 0:
        before, told = s.text[:colon], s.text[colon + 1:amounts[0].start]
    elif k:
        before, told = doc.sentences[k - 1].text, s.text[:amounts[0].start]
    else:
        return False
    if not any(word in lowered(before) for word in _TARGET_NOUN_WORDS) \
            or not (_OF_THE_TWO.search(before) or _TWO_BY_COUNT.search(before)) \
            or _TRADE.search(before) or money.amounts_in(before):
        return False
    return _TARGET_NOUN.search(told) is not None or _TARGET_NOUN_LOCAL.search(told.lstrip(' "“«„')) is not None


# Round 25: a target named by its size in a sentence with no trade word of its own, soon after one naming trade ("This
# leaves the $5 billion target set by Erdoğan and Berdimuhamedow further away than ever", Turkish 'Bolat, "Kazakistan ile
# 10 milyar dolarlık hedefimize adım adım yaklaşıyoruz" …'): the amount right before a target noun (_TARGET_NOUN_AFTER)
# is the trade target the report is about, its setters named anywhere in the sentence; not an investment's target.
TARGET_SIZE_AFTER_NAMED = 2  # sentences at most since the last one naming trade
# Round 87 (GOAL_SET_BY_THE_TWO_LEADERS): a target named by its size and set by the two's leaders ("He described the
# $15bn goal set by the two presidents as ambitious", dev/1326) is the two's trade goal however far the sentence stands
# from the last naming trade (its size alone, "the $15bn goal", stays within TARGET_SIZE_AFTER_NAMED)
_GOAL_SET_BY_THE_TWO_LEADERS = re.compile(r"\s+(?:trade\s+)?(?:target|goal)\s+(?:(?:that\s+)?(?:was\s+)?)?"
                                          r"(?:set|agreed|fixed)\s+by\s+(?:the\s+|their\s+)?(?:two|both)\s+"
                                          r"(?:presidents|leaders|heads\s+of\s+state)\b", re.I)


def _goal_set_by_the_two_leaders(sentence: str, check: str) -> bool:
    """Does an amount of the sentence stand right before its target noun set by the two leaders
    (_GOAL_SET_BY_THE_TWO_LEADERS)? `check`: cheap.lowered(sentence)."""
    return " by " in check and any(word in check for word in ("two", "both")) \
        and any(_GOAL_SET_BY_THE_TWO_LEADERS.match(sentence, amount.end)
                for amount in money.amounts_in(sentence, check))


# a sentence ends so; a subheading ("Azerbaycan ile 15 milyar dolar hedefi") does not, and the body under it tells its
# target with the pair and setters
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»", "…")
# a target of something else than trade, told by its size as a trade target is: "the $3 billion target for tourism
# revenue", "a $2 billion lending target", Turkish "turizm gelirinde 5 milyar dolarlık hedef" (as cheap.lowered() has them)
# Round 44: one sector's target, "bu sahədə növbəti üç ildə 100 milyon dollar hədəfi" (in this field: the farm trade
# just told), "bu alanda", "в этой сфере", "in this sector": read in the text since the amount before.
_SECTOR_TARGET_WORDS = ("bu sahədə", "bu sahada", "bu alanda", "bu sektörde", "в этой сфере", "в этой отрасли",
                        "in this sector", "in this field")
_OTHER_TARGET_WORDS = ("revenue", "tourism", "lending", "loan", "budget", "output", "production", "gdp", "turizm", "gelir",
                       "gəlir", "туризм", "доход", "кредит", "kredi", *_SECTOR_TARGET_WORDS)


def _target_by_size(sentence: str, check: str) -> bool:
    """Does the sentence name a target by its amount (an amount right before a target noun), with no word of investment?
    `check`: cheap.lowered(sentence)."""
    if not any(word in check for word in _TARGET_NOUN_AFTER_WORDS) \
            or any(word in check for word in _INVESTMENT_WORDS + _OTHER_TARGET_WORDS) \
            or not sentence.rstrip().endswith(_SENTENCE_ENDS):
        return False
    return any(_TARGET_NOUN_AFTER.match(sentence, amount.end) for amount in money.amounts_in(sentence, check))


def _last_pair_with(found: list[FigureFound], code: str) -> tuple[str, str] | None:
    """The pair of the last trade figure found that holds `code` (the trade a target named by its size "with" that
    state is of: "Kazakistan ile … 4,9 milyar dolar … Kazakistan ile 10 milyar dolarlık hedefimize"), else None."""
    return next((f.pair for f in reversed(found) if f.kind == "trade" and code in f.pair), None)


# Round 25: a figure told at one of several meetings, the sentence naming no state but the office holder met ("During the
# meeting with Sadyr Japarov, the parties noted that last year mutual trade exceeded 1.7 billion dollars", Russian "В ходе
# встречи с Садыром Жапаровым стороны отметили …", Turkish "Caparov ile görüşmede", Azerbaijani "Japarov ilə görüşdə"): the
# pair of that holder's state and the article's other side, not the pair of the meeting before it.
_MEETING_WITH = re.compile(r"\b(?:during|at|in)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:meeting|talks|negotiations|conversation)s?"
                           r"\s+with\s+(?:(?:the\s+)?[^\W\d]+\s+of\s+(?:the\s+)?[^\W\d]+\s+)?"
                           r"|(?<!\w)(?:в\s+ходе|на|во\s+время)\s+(?:встреч[иеу]|переговоров|беседы)\s+с\s+", re.I)
_MEETING_AFTER = re.compile(r"\s+(?:ile|ilə)\s+(?:(?:yaptığı|yapılan|keçirilən|olan)\s+)?(?:görüşme\w*|görüş(?:də|ündə)|"
                            r"müzakirələr\w*)", re.I)
_MEETING_WORDS = ("meeting", "talks", "negotiations", "conversation", "встреч", "переговор", "беседы", "görüş", "müzakirə")
MEETING_AT_MOST = 80  # characters from the sentence's start where its meeting is told (it opens the sentence)


def _met_holder(lead: str, resolver: Resolver) -> Person | None:
    """The office holder of a state of the ties the sentence opening `lead` tells a meeting with (_MEETING_WITH before the
    name, _MEETING_AFTER after it), else None."""
    m = _MEETING_WITH.search(lead)
    if m and (run := NAME_RUN.match(lead, m.end())):
        return _holder_in(run[0], resolver)
    for run in NAME_RUN.finditer(lead):
        if _MEETING_AFTER.match(lead, run.end()):
            return _holder_in(run[0], resolver)
    return None


def _meeting_pair(s, resolver: Resolver, context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The pair of a sentence naming no state that opens on a meeting with a holder of one (_met_holder): that state and
    the other state of the article's pair (`context_pair`, which holds it); None otherwise."""
    if context_pair is None or not any(word in s.check[:MEETING_AT_MOST] for word in _MEETING_WORDS):
        return None
    holder = _met_holder(s.text[:MEETING_AT_MOST], resolver)
    if holder is None or holder.iso3 not in context_pair:
        return None
    return context_pair if context_pair[1] == holder.iso3 else (context_pair[1], context_pair[0])


# Round 25: a target of "the presidents" (the sides, the leaders, the heads of state) in a sentence naming no state, right
# after one naming the two office holders who met ("President Ilham Aliyev received President of Tajikistan Emomali
# Rahmon. The heads of state stressed the importance of bringing mutual trade turnover to 500 million US dollars",
# Russian "Стороны договорились …", Turkish "Liderler …", Azerbaijani "Dövlət başçıları …"): of those two holders' states.
_BOTH_LEADERS = re.compile(r"\b(?:the\s+(?:two\s+)?(?:sides|parties|presidents|leaders|heads\s+of\s+state)|both\s+sides|"
                           r"both\s+leaders)\b|(?<!\w)(?:стороны|президенты|лидеры|главы\s+государств|taraflar|liderler|"
                           r"cumhurbaşkanları|tərəflər|liderlər|prezidentlər|dövlət\s+başçıları)(?!\w)"
                           # round 66 (tradetr66, dev/1080): Turkish and Azerbaijani count them, "iki liderin koyduğu …
                           # hedef" (the goal the two leaders set), "iki cumhurbaşkanı", "iki prezidentin", "iki lider"
                           r"|\biki\s+(?:lider|cumhurbaşkan|prezident|devlet\s+başkan|dövlət\s+başçı)\w*", re.I)
_BOTH_LEADERS_WORDS = ("sides", "parties", "presidents", "leaders", "heads of state", "стороны", "президенты", "лидеры",
                       "главы государств", "taraflar", "liderler", "cumhurbaşkanlar", "tərəflər", "liderlər",
                       "prezidentlər", "dövlət başçilari", "iki lider", "iki cumhurbaşkan", "iki prezident",
                       "iki devlet başkan", "iki dövlət başçi")  # as cheap.lowered() has them; one is in every match


# Round 44: "the two countries" at the meeting the sentence before tells a leader received another at ("Erdoğan, Caparov
# ile görüşmesinin ardından Kazakistan Cumhurbaşkanı Tokayev'i kabul etti. Görüşmede, iki ülke arasındaki ticaret
# hacminin geçen yıl 7,4 milyar dolar …": Türkiye and Kazakhstan), the leader met before it in an aside ("after his
# meeting with Japarov", "X ile görüşmesinin ardından", "после встречи с X") left out.
_RECEIVED = re.compile(r"\b(?:received|hosted)\b|['’](?:[yn]?[iıuü])\s+kabul\s+etti|\bqəbul\s+(?:edib|etdi)|"
                       r"(?<!\w)принял\w*", re.I)
_MET_BEFORE_ASIDE = re.compile(r"\s+ile\s+(?:yaptığı\s+)?görüşme(?:si)?nin\s+ardından|\s+ilə\s+görüşdən\s+sonra", re.I)
_MET_BEFORE_ASIDE_EN = re.compile(r"\bafter\s+(?:his\s+|her\s+)?(?:meeting|talks)\s+with\s+"
                                  r"|(?<!\w)после\s+встречи\s+с\s+", re.I)
_AT_THE_MEETING = re.compile(r"(?<!\w)(?:görüşmede|görüşdə|during\s+the\s+(?:meeting|talks)|"
                             r"at\s+the\s+(?:meeting|talks)|в\s+ходе\s+(?:встречи|переговоров))(?!\w)[^.]{0,80}?"
                             r"(?:iki\s+ülke|iki\s+ölkə|two\s+countries|двух\s+стран)", re.I)


def _received_pair(before, sentence: str, resolver: Resolver) -> tuple[str, str] | None:
    """The host's and the guest's states of the sentence `before` telling a leader received another (_RECEIVED), when
    `sentence` goes on about the two countries at that meeting (_AT_THE_MEETING); a leader met before, in an aside
    (_MET_BEFORE_ASIDE, _MET_BEFORE_ASIDE_EN), left out. Else None."""
    if not _AT_THE_MEETING.search(sentence) or not _RECEIVED.search(before.text):
        return None
    runs = [m for m in NAME_RUN.finditer(before.text)]
    aside = {i for i, m in enumerate(runs) if _MET_BEFORE_ASIDE.match(before.text, m.end())
             or _MET_BEFORE_ASIDE_EN.search(before.text, max(0, m.start() - 30), m.start())}
    states = list(dict.fromkeys(p.iso3 for i, m in enumerate(runs) if i not in aside
                                and (p := _holder_in(m[0], resolver)) and p.iso3))
    return (states[0], states[1]) if len(states) == 2 else None


# Round 58 (trade58): "the two countries" of a sentence naming one state whose subject told an office holder of another:
# "the Kazakh leader told Fidan that trade between the two countries reached 5.1 billion dollars in 2025" (Kazakhstan
# and Fidan's Türkiye, not the article's first pair).
_TOLD_THE_TWO = re.compile(r"\btold\s+(?P<run>[A-ZÇĞİÖŞÜƏ][\w'’-]+(?:\s+[A-ZÇĞİÖŞÜƏ][\w'’-]+){0,2})\s+that\s+"
                           r"[^.;]{0,80}?\b(?:the\s+two\s+(?:countries|states)|both\s+countries)\b")


def _told_holder_pair(s, code: str, resolver: Resolver) -> tuple[str, str] | None:
    """The state `code` sentence `s` names and the state of the office holder its subject told of "the two countries"
    (_TOLD_THE_TWO), when that holder is of another state of the ties; else None."""
    if not (m := _TOLD_THE_TWO.search(s.text)) or (holder := _holder_in(m["run"], resolver)) is None:
        return None
    return (code, holder.iso3) if holder.iso3 != code and holder.iso3 in places.TIE_CODES else None


def _leaders_met_before(before, sentence: str, check: str, resolver: Resolver) -> tuple[str, str] | None:
    """The states of the two office holders of two states the sentence `before` names, when `sentence` (`check`: its
    cheap.lowered()) tells of the two leaders (_BOTH_LEADERS); else None."""
    if not any(word in check for word in _BOTH_LEADERS_WORDS) or not _BOTH_LEADERS.search(sentence):
        return None
    states = list(dict.fromkeys(p.iso3 for m in NAME_RUN.finditer(before.text) if (p := _holder_in(m[0], resolver))))
    return (states[0], states[1]) if len(states) == 2 else None


# Round 71 (trade71, dev/1139): "the sides" of a sentence naming no state, in a paragraph that told a visit a few
# sentences before: the visit's two states, the guest's and the host's (its capital too), not the article's pair (a
# year review's month by month: "10 июня с официальным визитом в Бишкек прибыл Министр иностранных дел Туркменистана
# …. По итогам переговоров подписаны …. Стороны подтвердили намерение довести двусторонний товарооборот до 100 млн
# долларов", Kyrgyzstan and Turkmenistan, not the Tajik border treaty of the paragraph before).
# Round 96 (q2): "the two countries" (_TWO_BY_NAME) are read so too, and a delegation told in the city it came to tells
# the visit ("Noyabrın 2-də Qazaxıstan … müavini X Y-in rəhbərlik etdiyi nümayəndə heyəti Bakıda olub …. … ilin ilk
# səkkiz ayında iki ölkə arasında təxminən 380 milyon dollar təşkil etmiş ticarət dövriyyəsinin …": Azerbaijan and
# Kazakhstan, not the Uzbek pair of the briefing's answer before, dev/1443)
_VISIT_TOLD = re.compile(r"\b(?:visit\w*|arriv\w*|ziyaret\w*|səfər\w*|delegation\w*|nümayəndə\s+heyət\w*)"
                         r"|(?<!\w)(?:визит\w*|прибы\w+|делегаци\w*)", re.I)
VISIT_SIDES_BACK = 3  # sentences before "the sides" where the paragraph's visit is told


def _sides_of_a_visit_before(doc: Document, s, k: int) -> tuple[str, str] | None:
    """The two states of the nearest of the VISIT_SIDES_BACK sentences before the k-th, in its paragraph, that names
    a state, when `s` tells of the sides (_BOTH_LEADERS) or the two countries (_TWO_BY_NAME, round 96) and that
    sentence tells a visit (_VISIT_TOLD) and names two states of the ties; else None."""
    if not (any(word in s.check for word in _BOTH_LEADERS_WORDS) and _BOTH_LEADERS.search(s.text)
            or any(word in s.check for word in _TWO_BY_NAME_WORDS) and _TWO_BY_NAME.search(s.text)):
        return None
    for before in reversed(doc.sentences[max(0, k - VISIT_SIDES_BACK):k]):
        if "\n" in doc.text[before.end:s.start]:
            return None  # another paragraph's
        named = list(dict.fromkeys(m.iso3 for m in doc.mentions(before)))
        if named:
            if len(named) != 2 or not places.TIE_CODES.issuperset(named) or not _VISIT_TOLD.search(before.text):
                return None
            return (named[0], named[1])
    return None


# Round 102 (q1, posting_sides_before): "the two countries" (_TWO_BY_NAME) of a sentence naming no state right after one
# in its paragraph that tells an envoy's posting in a state ("Затем он пять лет представлял страну в Казахстане.
# Коллеги вспоминают, что за это время товарооборот двух стран вырос почти вчетверо …", dev/1507; "He then served as
# ambassador to Kazakhstan"): the state he represented, the article's own (the first of its pair that is not the
# posting's), and the one he was posted in; not the article's pair (his first posting's state, Türkiye)
_POSTED_IN = re.compile(r"(?<!\w)(?:представлял\w*\s+(?:свою\s+|нашу\s+)?(?:страну|республику)"
                        r"|(?:был|работал|служил)\w*\s+послом|возглавлял\w*\s+посольство)\s+(?:в|во)\s+"
                        r"|\b(?:represented\s+(?:his|her|their|the)\s+country"
                        r"|(?:served|worked)\s+as\s+(?:ambassador|envoy)|was\s+(?:ambassador|envoy))"
                        r"\s+(?:in|to)\s+", re.I)
_POSTED_IN_WORDS = ("представлял", "послом", "посольство", "represented", "ambassador", "envoy")  # one in every match


def _posting_sides_before(doc: Document, s, k: int, context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """(home, the posting's state) when `s` (the k-th sentence) tells of the two countries and the sentence before, in
    its paragraph, tells an envoy's posting in a state (_POSTED_IN) other than the home, the first of `context_pair`
    that is not the posting's; else None."""
    if not context_pair or not any(word in s.check for word in _TWO_BY_NAME_WORDS) or not _TWO_BY_NAME.search(s.text):
        return None
    before = doc.sentences[k - 1]
    if "\n" in doc.text[before.end:s.start] or not any(word in before.check for word in _POSTED_IN_WORDS):
        return None
    starts = {before.start + m.end() for m in _POSTED_IN.finditer(before.text)}
    posted = next((m.iso3 for m in doc.mentions(before) if m.start in starts), None)
    home = next((code for code in context_pair if code != posted), None)
    return (home, posted) if posted and home else None


# Round 25: Turkish "Özbekistan ile 5 milyar dolarlık ticaret hedefine", Azerbaijani "Qazaxıstanla 1 milyard dollarlıq
# hədəf" (a target "with" one state, sized, no subject): as _WITH_ONE's trade "with" one state, the target of the state
# whose language the report is in.
_TARGET_WITH_BEFORE = re.compile(r"(?:\s+(?P<TUR>ile)|(?P<AZE>\s+ilə|(?<=\w)(?:la|lə)))\s+$", re.I)
TARGET_WITH_BEFORE = 12  # characters before the amount where "ile"/"ilə" stands


def _home_of_sized_target(sentence: str, check: str, amounts: list[money.Amount]) -> str | None:
    """The state of the language a sentence tells a sized target "with" one state in (_TARGET_WITH_BEFORE right before
    an amount that _TARGET_NOUN_AFTER follows), else None. `check`: cheap.lowered(sentence)."""
    if not any(word in check for word in ("hedef", "hədəf")):
        return None
    for amount in amounts:
        before = _TARGET_WITH_BEFORE.search(sentence, max(0, amount.start - TARGET_WITH_BEFORE), amount.start)
        if before and _TARGET_NOUN_AFTER.match(sentence, amount.end):
            return before.lastgroup
    return None


# Round 25: Russian "Стороны нацелены на два миллиарда долларов товарооборота" (are aimed at), "нацеливаются на": a target
# as "выйти на" is (_TARGET_REACH_RU), a few words between at most.
# Round 54 (traderel): "ориентируются на" (take as their guide) likewise, "С Казахстаном стороны ориентируются на
# планку в 3 млрд долларов" (a bar of).
_AIMED_AT_RU = re.compile(r"(?<!\w)(?:нацел|ориентиру)\w*\s+на\s+(?:[а-яё]+\s+){0,2}?$", re.I)


_AIMED_AT_RU_WORDS = ("нацел", "ориентиру")  # as cheap.lowered() has them; one is in every _AIMED_AT_RU match


def _aimed_at_ru(segment: str, check: str) -> bool:
    """Does the text before the amount (`check`: its cheap.lowered()) end on "нацелены на" / "ориентируются на"?"""
    return any(word in check for word in _AIMED_AT_RU_WORDS) and bool(_AIMED_AT_RU.search(segment))


# Round 25: a release of one state's trade with several partners ("Нацстатком опубликовал данные о внешней торговле
# Кыргызстана …", "Azerbaijan's trade with Central Asian states grew …") is about that state: "the two countries" of such
# an article are that state and the first other one it names, not the first two its headline names ("Узбекистан
# догоняет Казахстан": two partners compared). The lead is the first RELEASE_LEAD_SENTENCES sentences.
RELEASE_LEAD_SENTENCES = 4


def release_home(doc: Document) -> str | None:
    """The state whose trade with a group or the world the lead tells (_lead_home) up to its first sentence with an
    amount (that one too: "Общий внешнеторговый оборот Кыргызстана … составил $13,9 млрд"), else None."""
    lead = doc.sentences[:RELEASE_LEAD_SENTENCES]
    if not lead:
        return None
    with_amount = (s.end for s in lead if money.amounts_in(s.text, s.check))
    end = next(with_amount, lead[-1].end)
    home = _lead_home(doc, end) or _our_group_trade_home(doc, end)
    if home is None and end <= doc.text.find("\n\n") and (second := next(with_amount, None)) is not None:
        # Round 84 (h3, release_after_headline_total): a headline's own total names no home, the group's trade with
        # one partner "with" whom ("Türk dövlətləri ilə ticarət 10 ayda 5,6 milyard dolları ötüb: Qazaxıstanla
        # dövriyyə 18,8 faiz artıb", dev/1298): the lead sentence with the next amount still tells whose it is
        # ("Azərbaycanın … ölkələrlə xarici ticarət dövriyyəsi … 5 milyard 671 milyon ABŞ dolları təşkil edib")
        home = _lead_home(doc, second) or _our_group_trade_home(doc, second)
    return home


# Round 68 (tradetr68, dev/1108): a ministry's own release tells its state's trade with a group in the first person,
# naming no state: "TDT üye ve gözlemci ülkelerine yönelik ihracatımız … 13 milyar dolara ulaştı" (our exports),
# Azerbaijani "türk dövlətlərinə ixracımız". "Our" is the state of the language the trade noun is in.
_OUR_TRADE_NOUN = re.compile(r"\b(?P<TUR>(?:[iİ]hracat|[iİ]thalat|ticaret)(?:\s+hacm)?(?:ımız|imiz))"
                             r"|\b(?P<AZE>(?:ixrac|idxal|ticarət|dövriyyə)(?:\s+həcm)?(?:ımız|imiz|miz))", re.I)


# Round 96 (t1): or its bare flow, no owner named, with a group of states as where it goes or comes from (the group in
# the dative or the ablative right before it): "Ekim ayında ihracat … 25,4 milyar dolara yükseldi; Türk devletlerine
# ihracatta çift haneli artış" (dev/1436's headline, the trade ministry's monthly bulletin naming no state of its own),
# "TDT ülkelerinden ithalat", Azerbaijani "türk dövlətlərinə ixrac": exports with no owner are the home's. Not the
# group's own ("Türk Devletleri'nin ihracatı", a genitive).
_FLOW_WITH_GROUP = re.compile(r"\b(?:" + _GROUPS + r")(?:(?<=[aeə])|(?<=[dt][aeə]n))\s+"
                              r"(?:(?P<TUR>ihracat|ithalat)|(?P<AZE>ixrac|idxal))", re.I)


def _our_group_trade_home(doc: Document, before: int) -> str | None:
    """Round 68 (tradetr68): the state of the language a lead sentence before `before` tells "our" trade with a group or
    the world in (_OUR_TRADE_NOUN, _GROUP_OR_TOTAL), no state named in it; round 96 (t1), or a bare flow with a group
    (_FLOW_WITH_GROUP); else None."""
    for s in doc.sentences:
        if s.start >= before:
            return None
        if ("imiz" in s.check or any(word in s.check for word in TA_FLOW_NOUNS)) \
                and any(word in s.check for word in _GROUP_OR_TOTAL_WORDS) \
                and not doc.codes(s) and _GROUP_OR_TOTAL.search(s.text) \
                and (our := _OUR_TRADE_NOUN.search(s.text) or _FLOW_WITH_GROUP.search(s.text)):
            return our.lastgroup
    return None


# Round 25: a potential is no figure (nor a target): "trade could reach $5 billion", "may exceed", Russian "товарооборот
# может превысить $1,6 млрд" (may exceed), "могут достичь", Azerbaijani "100 milyon dollara çata bilər" (can reach),
# Turkish "5 milyar dolara ulaşabilir". Without this the amount took the period the report carried. The verb stands
# right before the amount (English, Russian; a qualifier word may stand between) or right after it (Azerbaijani, Turkish).
# Round 58 (trade58): any adverb in -ly between, "could comfortably pass $700 million", "can realistically top".
# Round 59 (trade59): "could approach", Russian "может приблизиться к" (may come close to) too.
_COULD_REACH_BEFORE = re.compile(r"\b(?:could|may|might|can)\s+(?:(?:well|soon|even|still|[a-z]{2,}ly)\s+)?"
                               r"(?:reach|exceed|top|hit|"
                               r"surpass|pass|rise\s+to|grow\s+to|climb\s+to|increase\s+to|be\s+worth|approach"
                               # round 66 (trade66): a multiple of the figure as the way there, "trade could double to
                               # $25 million by 2027" (dev/1078; a potential, no target)
                               r"|(?:double|triple|treble|quadruple)\s+to)\s+"
                               r"(?:(?:more\s+than|over|about|around|nearly|almost)\s+)?(?:US)?\$?$"
                               rf"|(?<!\w){_RU_ABLE}\s+(?:[а-яё]+\s+){{0,2}}?{_RU_YEAR_BEFORE_VERB}"
                               r"(?:превысить|составить|достичь|достигнуть|вырасти\s+до|увеличиться\s+до|выйти\s+на|"
                               # round 59 (trade59): "может приблизиться к 1,7 млрд" (may approach)
                               r"дойти\s+до|приблизиться\s+к"
                               # round 103 (h6): "may add" to the trade, "снятие ограничений может добавить к
                               # двусторонней торговле до 50 млн долларов в год" (dev/1539: a potential, no figure)
                               r"|добавить(?:\s+к\s+(?:[а-яё]+\s+)?[а-яё]+)?)\s+(?:[а-яё]+\s+)?(?:\$\s?)?$", re.I)
_COULD_REACH_BEFORE_WORDS = ("could", "may", "might", "can", "мож", "мог", "способ")  # as cheap.lowered() has them; one is in
# every _COULD_REACH_BEFORE match
_COULD_REACH_AFTER = re.compile(r"[\w'’]{0,5}\s+"
                              # round 37 (trade and targets): an adverb of ease between, "2 milyar doları kolayca
                              # aşabileceğini" (could easily exceed), Azerbaijani "asanlıqla keçə bilər"
                              r"(?:(?:kolayca|kolaylıkla|rahatlıkla|rahatça|hızla|rahatlıqla|asanlıqla|sürətlə)\s+)?"
                              # round 62 (trade62a): the threshold named between, "650 milyon dollar həddini keçə
                              # bilər", Turkish "1 milyar dolar eşiğini aşabilir"
                              r"(?:(?:həddini|hüdudunu|sərhədini|eşiğini|sınırını|barajını)\s+)?"
                              # round 72 (table72): the Azerbaijani nominal too, as the Turkish "-bileceğini",
                              # "dövriyyənin 1 milyard dollara çata biləcəyi istisna edilmir" (dev/1157)
                              r"(?:(?:çata|keçə|ötə|arta|yüksələ)\s+bil(?:ər|əcə[kyğ]\w*)"
                              r"|(?:ulaş|aş|çık|yüksel|art)[ae]?"
                              r"(?:bilir|bilece[kğ]\w*)"
                              # "ticaretin 7,5 milyar doları geçmesinin mümkün olduğunu" (that it is possible it exceeds),
                              # Azerbaijani "… dolları keçməsi mümkündür"
                              r"|(?:geçmesi|aşması|ulaşması|bulması|keçməsi|ötməsi|çatması)\w*\s+(?:mümkün|muhtemel|olası)"
                              r")\b", re.I)
_COULD_REACH_AFTER_WORDS = ("bilər", "biləcə", "bilir", "bilece", "mümkün", "muhtemel", "olasi")  # as cheap.lowered()
# has them; one is in every match
COULD_REACH_BEFORE_CHARS = 60  # characters before an amount where its potential verb stands
# Round 88 (WITHIN_REACH_AFTER): or the amount, the sentence's subject, judged reachable right after it, "Five billion
# dollars of trade is within reach if we build the plants" (dev/1348), "$2 billion in annual trade is achievable": a
# potential, no figure of the period the report carried (nor a target, no goal being named)
_WITHIN_REACH_AFTER = re.compile(r"(?:\s+(?:of|in)\s+(?:(?:annual|bilateral|mutual|two-way)\s+)?(?:trade|turnover))?"
                                 r"\s+(?:is|are|was|were|seems|looks|remains)\s+"
                                 r"(?:(?:now|well|already|clearly|still)\s+)?"
                                 r"(?:within\s+(?:our\s+)?reach|achievable|attainable|reachable|realistic|feasible)\b",
                                 re.I)
_WITHIN_REACH_WORDS = ("reach", "achievable", "attainable", "realistic", "feasible")  # as cheap.lowered() has them; one
# is in every _WITHIN_REACH_AFTER match
# a goal named right before the amount is judged reachable, the goal still told ("the presidents' goal of $5 billion in
# annual trade was within reach", a target)
_GOAL_RIGHT_BEFORE = re.compile(r"\b(?:target|goal|aim|objective)\s+(?:of\s+)?(?:US\s?)?\$?\s?$", re.I)


# Round 53 (tradetext): the modal shared with a verb a dash stands for (_GAPPED_RU), further back: "грузопоток может
# вырасти в полтора раза, а товарооборот — превысить 2 млрд долларов".
_GAPPED_REACH_RU = re.compile(rf"(?<!\w){_GAPPED_RU}(?:превысить|составить|достичь|достигнуть|вырасти\s+до|"
                              r"увеличиться\s+до|выйти\s+на|дойти\s+до)\s+(?:[а-яё]+\s+)?(?:\$\s?)?$", re.I)
GAPPED_REACH_CHARS = 200  # characters before an amount where the shared modal stands


# Round 73 (visits73a): the amount as the object of a gerund of reaching that opens the sentence, its subject: what
# reaching it would take, no figure ("Reaching $200 million within three years would require trade to more than double",
# dev/1158; "Hitting $1 billion by 2030 means …")
_GERUND_OF_REACHING_WORDS = ("Reaching ", "Hitting ", "Achieving ", "Attaining ", "Topping ", "Crossing ")
_GERUND_OF_REACHING = re.compile(r"(?:Reaching|Hitting|Achieving|Attaining|Topping|Crossing)\s+(?:the\s+)?"
                                 r"(?:(?:annual|bilateral|mutual)\s+)?(?:trade\s+(?:of\s+)?)?(?:US\s?)?\$?\s?$")


def _could_reach(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount what trade could reach, no result (_COULD_REACH_BEFORE, _GAPPED_REACH_RU, _COULD_REACH_AFTER,
    _WITHIN_REACH_AFTER)?"""
    return any(word in check for word in _COULD_REACH_BEFORE_WORDS) \
        and (bool(_COULD_REACH_BEFORE.search(sentence, max(0, amount.start - COULD_REACH_BEFORE_CHARS), amount.start))
             or ("—" in sentence or "–" in sentence)
             and bool(_GAPPED_REACH_RU.search(sentence, max(0, amount.start - GAPPED_REACH_CHARS), amount.start))) \
        or any(word in check for word in _COULD_REACH_AFTER_WORDS) \
        and bool(_COULD_REACH_AFTER.match(sentence, amount.end)) \
        or any(word in check for word in _WITHIN_REACH_WORDS) \
        and bool(_WITHIN_REACH_AFTER.match(sentence, amount.end)) \
        and not _GOAL_RIGHT_BEFORE.search(sentence, max(0, amount.start - 40), amount.start)


# Round 31: an estimate told in the future tense is a forecast, no figure (nor a target): "По его оценке, при нынешних
# темпах товарооборот по итогам 2025 года превысит 1,2 миллиарда долларов" (by his estimate … will exceed), "по
# прогнозам … составит", "at the current pace trade will exceed $1.2 billion this year, he estimated". The future verb
# stands right before the amount; an estimate word anywhere in the sentence (a plan "достигнет … к 2030 году" has none).
# Round 40 (trade A): the conditional too, with "the current growth rate": "Even at the current growth rate, turnover
# would reach roughly $250 million this year" (a projection, no target).
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:превысит|составит|достигнет|вырастет\s+до|увеличится\s+до|выйдет\s+на|"
                            r"приблизится\s+к|перевалит\s+за)\s+(?:(?:около|почти|более|свыше)\s+)?(?:\$\s?)?$"
                            # round 44: an expectation of the trade itself, "expected turnover with Türkiye to exceed
                            # $3.5 billion by the end of the year if the current pace was maintained"
                            r"|\b(?:(?:will|would)|expect\w*\s+(?:[^\W\d]+\s+){0,5}?to)\s+"
                            r"(?:reach|exceed|top|surpass|pass|hit|approach)\s+"
                            # round 96 (t1): a hedge before the amount, "At the current pace, trade would reach perhaps
                            # $6.5 billion by the end of the decade" (dev/1438)
                            r"(?:(?:perhaps|possibly|probably)\s+)?"
                            r"(?:(?:more\s+than|over|about|around|roughly|nearly|almost)\s+)?(?:US)?\$?$", re.I)
_FUTURE_WORDS = ("превысит", "составит", "достигнет", "вырастет", "увеличится", "выйдет", "приблизится", "перевалит",
                 "will", "would", "expect")  # as cheap.lowered() has them; one is in every _FUTURE_BEFORE match
_ESTIMATE = re.compile(r"\b(?:по\s+(?:его|ее|её|их|моей|нашей|предварительной)\s+оценке|по\s+оценк\w+|по\s+прогноз\w+|"
                       r"при\s+(?:нынешних|текущих|сохранении)|"
                       r"estimat\w+|(?:at|if)\s+(?:the\s+)?(?:current|present)\s+(?:growth\s+)?(?:pace|rate)|"
                       # round 80 (check80): or a past year's rate carried on, "At the 2025 growth rate of the Kazakh
                       # series, trade would reach roughly $7.5 billion by the end of the decade" (dev/1242)
                       r"(?:at|if)\s+(?:the\s+)?(?:(?:19|20)\d\d|last\s+year['’]s)\s+growth\s+(?:pace|rate)|"
                       # round 44: the year under way as the horizon of an expectation, "By the end of the year,
                       # turnover is expected to exceed $4.8 billion" (a forecast of this year's figure)
                       r"(?<=expected\s)to\s+\w+\s+[^.]*\bby\s+the\s+end\s+of\s+(?:the|this)\s+year|"
                       r"\bby\s+the\s+end\s+of\s+(?:the|this)\s+year\b[^.]*\bexpected\s+to)", re.I)
_ESTIMATE_WORDS = ("оценк", "прогноз", "при нынешн", "при текущ", "при сохранен", "estimat", "current pace", "end of",
                   "current rate", "present pace", "present rate", "current growth", "present growth",
                   " growth rate", " growth pace")  # one is in every _ESTIMATE match


def _estimated_future(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount what trade will reach by an estimate (_FUTURE_BEFORE and _ESTIMATE), no result?"""
    return any(word in check for word in _FUTURE_WORDS) and any(word in check for word in _ESTIMATE_WORDS) \
        and bool(_FUTURE_BEFORE.search(sentence, max(0, amount.start - COULD_REACH_BEFORE_CHARS), amount.start)) \
        and bool(_ESTIMATE.search(sentence))


# Round 48 (trade B): an expectation of the figure of the year under way or the next, named by its number or
# "this/next year", is a forecast as "by the end of the year" is (_ESTIMATE): "The State Planning Organisation expects
# imports from Türkiye to exceed $1.7 billion in 2026 as construction activity continues to grow" (published in 2026);
# not a goal "in the coming years" or "by 2030".
_EXPECTED_BEFORE = re.compile(r"\bexpect\w*\s+(?:[^\W\d]+\s+){0,5}?to\s+"
                              r"(?:reach|exceed|top|surpass|pass|hit|approach)\s+"
                              r"(?:(?:more\s+than|over|about|around|roughly|nearly|almost)\s+)?(?:US)?\$?$", re.I)
# Round 79 (feature79): the year told as the soonest, "he expected trade to reach $4bn as early as next year"
# (dev/1234), "as soon as 2027" (the year bare after it)
_THIS_YEAR_AFTER = re.compile(r"\s*(?:as\s+(?:early|soon)\s+as\s+)?"
                              r"(?:(?:(?:in|for|during)\s+(?:the\s+(?:whole|full)\s+(?:of\s+)?)?|(?<=\sas\s))"
                              r"(?P<year>20\d\d)\b"
                              r"|(?:in\s+)?(?:this|next)\s+year\b"
                              # round 49: "He expects turnover with Hungary to exceed $300 million for the full year"
                              r"|(?:for|over|in)\s+the\s+(?:full|whole|entire)\s+year\b"
                              r"|by\s+(?:the\s+)?(?:year[-\s]end|end\s+of\s+the\s+year)\b)", re.I)


# Round 102 (t1): or the year's figure told as what is expected, before the verb ("In the first eight months of this
# year, trade grew … to nearly $300 million, and the commission expects the annual figure to pass half a billion dollars
# for the first time", dev/1526; "the full-year total"), when no year is named after the amount (not "… by 2030")
_EXPECTED_YEAR_FIGURE = re.compile(r"\bexpect\w*\s+(?:the\s+)?(?:annual|full[-\s]year|year[-\s]end)\s+"
                                   r"(?:figure|total|turnover)\s+to\b", re.I)


def _expected_this_year(sentence: str, check: str, amount: money.Amount, published: date) -> bool:
    """Is the amount what someone expects trade to reach (_EXPECTED_BEFORE) in the year under way or the next, told
    right after it (_THIS_YEAR_AFTER) or as the year's figure before it (_EXPECTED_YEAR_FIGURE)?"""
    if "expect" not in check:
        return False
    if not (year := _THIS_YEAR_AFTER.match(sentence, amount.end)):
        return ("annual" in check or "year" in check) and not _A_YEAR.search(sentence, amount.end) \
            and bool(expected := _EXPECTED_BEFORE.search(sentence, max(0, amount.start - COULD_REACH_BEFORE_CHARS),
                                                         amount.start)) \
            and bool(_EXPECTED_YEAR_FIGURE.match(sentence, expected.start()))  # round 102 (t1)
    if year["year"] and not 0 <= int(year["year"]) - published.year <= 1:
        return False
    return bool(_EXPECTED_BEFORE.search(sentence, max(0, amount.start - COULD_REACH_BEFORE_CHARS), amount.start))


# Round 66 (trade66): a projection of the year under way's figure, told as a model's reading or on the condition that
# the trend holds, is no figure: "Our own institute's model suggests turnover of about $800 million this year if current
# trends hold" (dev/1078), "Should the present pace continue, trade will come to some $900 million in 2026". The
# amount is told with the year under way or the next right after it (_THIS_YEAR_AFTER), as _expected_this_year reads.
_PROJECTION = re.compile(r"\b(?:if|should|as\s+long\s+as)\s+(?:the\s+)?(?:current|present|recent)\s+"
                         r"(?:trends?|pace|dynamics|growth(?:\s+rates?)?)\s+(?:holds?|continues?|persists?|"
                         r"(?:is|are)\s+(?:maintained|sustained))\b"
                         r"|\b(?:model|forecast|projection)s?\s+(?:\w+\s+)?(?:suggests?|shows?|projects?|predicts?|"
                         r"points?\s+to|implies?)\b", re.I)
_PROJECTION_WORDS = ("current", "present", "recent", "model", "forecast", "projection")  # as cheap.lowered() has them;
# one is in every _PROJECTION match


def _projected_this_year(sentence: str, check: str, amount: money.Amount, published: date) -> bool:
    """Is the amount a projection (_PROJECTION) of the figure of the year under way or the next, told right after it
    (_THIS_YEAR_AFTER)?"""
    if not any(word in check for word in _PROJECTION_WORDS) \
            or not (year := _THIS_YEAR_AFTER.match(sentence, amount.end)) \
            or year["year"] and not 0 <= int(year["year"]) - published.year <= 1:
        return False
    return bool(_PROJECTION.search(sentence))


# Round 25: "Trade with Türkiye fell by 3.2% to $412.5 million, as lower aluminium prices reduced the value of Tajikistan's
# exports to the Turkish market, which dropped to $188 million": a trade noun with no flow before the amount makes it the
# turnover, as "turnover" does (_TURNOVER), whatever flow a later clause names.
def _trade_told_before(segment: str) -> bool:
    """Whether `segment` (the text before the amount) names trade (_TRADE_NOUN) and no flow (_flow)."""
    return bool(_TRADE_NOUN.search(segment)) and _flow(segment, lowered(segment)) is None


# Round 25: a state named only in a relative aside on a partner is no state of the sentence's figures: "Turnover with
# Turkmenistan stood at about $150 million, while trade with Azerbaijan, which Dushanbe has courted intensively since
# 2024, amounted to just over $40 million" (Tajikistan's partners; Dushanbe is no third state of a pair), "…, с которым
# Ташкент …,". Read in a sentence naming three states or more.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|whom|who|где|котор\w+|с\s+котор\w+)\s[^,;$]{1,100},", re.I)
_RELATIVE_ASIDE_WORDS = ("which", "whom", "who", "где", "котор")  # as cheap.lowered() has them; one is in every match


# Round 44: so too a state outside the ties in a list between two dashes after a flow, its goods and where they come
# from: "Kazakh exports — grain, metals and, increasingly, goods from China relabelled as transit — accounted for just
# over $390 million" (China is no state of the figure). Only when the aside holds no amount; the states of the ties a
# dash aside lists stay named ("Members of the bloc — Turkey, Azerbaijan, … — traded $40 billion with each other").
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–\d$]{1,160}?\s[—–]\s")


# Round 44: a wire's dateline names where the story was filed, no state of its figures: "AWAZA, Turkmenistan, August 8 —
# Kazakh President … and his Kyrgyz counterpart … agreed on Friday to raise bilateral trade to $3 billion by 2030" (a
# state it names is one of the figure's only as named after it, in that order).
_DATELINE = re.compile(r"^[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ'’.\- ]+,\s+[A-Z][\w'’ ]{2,30}?"
                       r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*[—–-]\s")


def _without_relative_aside(doc: Document, s, codes: list[str], aside: re.Pattern = _RELATIVE_ASIDE) -> list[str]:
    """`codes` less the states named only inside a relative aside of the sentence (_RELATIVE_ASIDE, or `aside`)."""
    asides = [(s.start + m.start(), s.start + m.end()) for m in aside.finditer(s.text)]
    if not asides:
        return codes
    outside = {m.iso3 for m in doc.mentions(s) if not any(a <= m.start < b for a, b in asides)}
    return [code for code in codes if code in outside]


# Round 25: the first amount told of the report's period by reference ("ilk 10 ayda", "in the ten months", "за тот же
# период") and a later clause of a period of its own: "Kazakistan ile ticaretin ilk 10 ayda yaklaşık 4,9 milyar dolar
# olduğunu söyleyen Bolat, geçen yıl iki ülke arasındaki ticaretin 5,8 milyar dolar olduğunu hatırlattı" (ten months,
# then last year): each part its own period, as _periods_split gives them.
def _back_then_own(sentence: str, amounts: list[money.Amount], period: tuple[str, int, int], last: str):
    """(the report's period `last` referred back to before the first amount, `period`, where `period`'s clause begins)
    when `period` is named after the first amount and the words before that amount refer back (when.period_back_in);
    else None."""
    if period[1] < amounts[0].end:
        return None
    if not (back := when.period_back_in(sentence[:amounts[0].start], last)):
        return _back_after_then_own(sentence, amounts, period, last)
    clause = sentence.rfind(",", amounts[0].end, period[1])
    if len(period[0]) == 4 and len(last) > 4 and (_SAME_PART_OF.search(sentence, max(0, period[1] - 40), period[1])
                                                  or _SAME_PART_AFTER.match(sentence, period[2])):
        # round 59 (trade59): "…, compared with $3.31 billion in the corresponding period of 2025", "…; geçen yılın
        # aynı döneminde bu rakam 4,63 milyar dolar düzeyindeydi": `last`'s months of that year
        period = (period[0] + last[4:], *period[1:])
    return back, period, clause if clause >= 0 else period[1]


# the months of the period just told, of a year named right after: "in the same period of", "the corresponding months
# of"
_SAME_PART_OF = re.compile(r"\bthe\s+(?:same|corresponding)\s+(?:period|months)\s+(?:(?:of|in)\s+)?$"
                           r"|(?<!\w)(?:за|в)\s+(?:аналогичн\w+|тот\s+же)\s+период\w*\s+$", re.I)
# the same after a year in the genitive: Turkish "geçen yılın aynı döneminde", Azerbaijani "ötən ilin eyni dövründə"
_SAME_PART_AFTER = re.compile(r"\w*\s+(?:aynı|eyni|müvafiq)\s+(?:dönem|dövr)\w*", re.I)


# Round 56 (traderel): the reference back told right after the first amount, the later clause opened by a semicolon
# or "while": "turnover doubled to $301.4 million in the ten months; for the whole of last year it had been $207.9
# million", "… 512 milyon dollar olub; ötən il isə …". The first amount the report's period, the second its own.
_BACK_AFTER_END = re.compile(r"\s*(?:;|,?\s+while\b|,\s+whereas\b)")


def _back_after_then_own(sentence: str, amounts: list[money.Amount], period: tuple[str, int, int], last: str):
    """_back_then_own's parts when the words right after the first amount, up to a semicolon or "while" before
    `period`, refer back to the report's period `last`; else None."""
    if ";" not in sentence and " wh" not in sentence or len(amounts) < 2:
        return None
    end = next((m for m in _BACK_AFTER_END.finditer(sentence, amounts[0].end, min(period[1], amounts[1].start))), None)
    if end is None or not (back := when.period_back_in(sentence[amounts[0].end:end.start()], last)) \
            or not _OWN_PERIOD_NEXT.fullmatch(sentence, amounts[0].end, amounts[0].end + back[1]):
        return None
    return (back[0], back[1] + amounts[0].end, back[2] + amounts[0].end), period, end.start()


# Round 26: a further clause of the same trade that tells its rate first and its period after the amount: "Trade … reached
# $5.2bn in 2024, and rose 9% to nearly $4.1bn in January–September this year" (the 9% and the nine months are the
# second amount's, the first keeps no growth; the comma may be left out). Its verb of change, "to" and at most two words
# before the amount close the text since the amount before; its period follows the amount with a preposition only between.
_RATE_TO_END = re.compile(r"(?:[,;]\s*|\s)(?:and|but|while|whereas)\s+(?:(?:it|the\s+figure|trade|turnover)\s+)?"
                          r"(?:rose|grew|increased|climbed|jumped|fell|declined|dropped|slipped)\s+(?:by\s+)?"
                          # a rate in words too: "rose by a third to", "fell by half to"; round 39 (trade and targets): an
                          # approximate word before the rate and "year on year" after it, "and rose 7% year on year to"
                          r"(?:(?:about|around|roughly|nearly|almost|some)\s+)?"
                          r"(?:\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent)\s+(?:year[\s-]on[\s-]year\s+)?"
                          r"|(?:a\s+)?(?:third|quarter|fifth|half)\s+)?"
                          # round 41 (trade B): its period between the rate and "to", "and grew by roughly 9 percent in the
                          # first half of 2025 to $412 million"
                          r"(?P<period>(?:in|over|during|for)\s+[^,.;$]{3,40}?\s+)?"
                          r"to(?:\s+[a-z]+){0,2}\s*$", re.I)
# (round 43: "for the whole of 2025", a year told whole; round 83 (h5, all of a year): "in all of 2025", as an AP wire
# writes it, "… nearly $1.2 billion in the first half of the year, …, after $2.3 billion in all of 2025", dev/1282)
_PERIOD_RIGHT_AFTER = re.compile(r"\s*(?:(?:in|over|during|for)\s+(?:the\s+)?(?:(?:whole|full|entire)\s+(?:of\s+)?"
                                 r"|all\s+(?:of\s+)?)?)?", re.I)  # (when.period_in may take "of 2025" as its own)


# Round 80 (chrono80): a trade's years told as steps of one series, each further clause its verb of change or of
# reaching and its amount, the year right after it: "turnover stood at $1.2 billion in 2017, rose to $2.1 billion in
# 2019 and passed $3 billion for the first time in 2021", "…, it recovered to $3.4 billion in 2024 and reached about
# $3.9 billion last year" (dev/1248). Only a later year than the step before's (a look back is a comparison's) and
# none after the article's.
# (the verbs of change, "rose to"; of reaching, "passed"; the words of about before the amount: one home for the
# series' three patterns and their gate)
# (round 97, q5: a step told by the level it stood at, "… reached $654 million in 2025, up 28% on the year before, and
# stood at nearly $560 million in January–September this year", dev/1456: a later year's figure as "reached" is)
_SERIES_CHANGE_VERBS = ("rose", "grew", "climbed", "jumped", "fell", "dropped", "declined", "slipped", "dipped",
                        "recovered", "rebounded")
_SERIES_REACH_VERBS = ("passed", "exceeded", "topped", "surpassed", "crossed", "reached", "hit", "stood at")
_SERIES_ABOUT = r"(?:(?:about|around|nearly|almost|some|roughly)\s+)?"
_SERIES_STEP_END = re.compile(r"(?:,|,?\s+and)\s+(?:then\s+)?(?:it\s+)?"
                              rf"(?:(?:{'|'.join(_SERIES_CHANGE_VERBS)})"
                              rf"\s+to|{'|'.join(_SERIES_REACH_VERBS)})\s+"
                              + _SERIES_ABOUT + r"(?:US)?\$?\s*$", re.I)
_SERIES_STEP_WORDS = _SERIES_CHANGE_VERBS + _SERIES_REACH_VERBS
_FIRST_TIME_AFTER = re.compile(r"\s+for\s+the\s+first\s+time", re.I)


def _series_step_further(sentence: str, segment: str, amount: money.Amount, published: date, last: str):
    """(the year told right after a further step of a series, where its clause opens in `segment`) when the clause is
    that form (_SERIES_STEP_END) and the year is later than `last`'s and not after `published`; else None."""
    if not last[:4].isdigit() or not any(w in segment for w in _SERIES_STEP_WORDS) \
            or not (m := _SERIES_STEP_END.search(segment)):
        return None
    after = sentence[amount.end:amount.end + 60]
    first_time = _FIRST_TIME_AFTER.match(after)
    skip = first_time.end() if first_time else 0
    own = when.period_in(after[skip:], published)
    if own is None or not _PERIOD_RIGHT_AFTER.fullmatch(after, skip, skip + own[1]) or not own[0][:4].isdigit() \
            or not int(last[:4]) < int(own[0][:4]) <= published.year:
        return None
    return own[0], m.start()


# Round 80 (series80b): the series goes on in the next sentence, no trade word in it, "it" its subject and its first
# step opening it: "After a dip to $2.9 billion in 2023, it recovered to $3.4 billion in 2024 and …", "It then fell to
# $2.9 billion in 2023 and …" right after "… turnover … passed $3 billion for the first time in 2021" (dev/1248). The
# first amount's year is told right after it and is later than the figure before's (not after the article's); an
# "After a …" opening needs ", it <step>" (_SERIES_STEP_END) next, so "After a dip to $2.9 billion in 2023, the lira
# …" is no step of the trade's. Its further steps are read by _series_step_further.
_SERIES_GOES_ON_LEAD = re.compile(r"(?:After\s+an?\s+(?:\w+\s+)?(?:dip|fall|drop|decline|slump|slide|rise|jump|climb"
                                  r"|rebound|recovery)"
                                  rf"|It\s+(?:then\s+)?(?:{'|'.join(_SERIES_CHANGE_VERBS)}))"
                                  r"\s+to\s+" + _SERIES_ABOUT, re.I)


def _series_goes_on(sentence: str, check: str, published: date, last: str) -> bool:
    """Does `sentence` go on with the steps of the series whose last figure is of `last` (_SERIES_GOES_ON_LEAD)?"""
    if not (check.startswith("after a") or check.startswith("it ")) or not last[:4].isdigit() \
            or not (lead := _SERIES_GOES_ON_LEAD.match(sentence)) \
            or not (amounts := money.amounts_in(sentence, check)) or amounts[0].start != lead.end():
        return False
    after = sentence[amounts[0].end:amounts[0].end + 60]
    own = when.period_in(after, published)
    if own is None or not _PERIOD_RIGHT_AFTER.fullmatch(after, 0, own[1]) or not own[0][:4].isdigit() \
            or not int(last[:4]) < int(own[0][:4]) <= published.year:
        return False
    if lead.group().startswith(("I", "i")):
        return True
    rest = sentence[amounts[0].end + own[2]:amounts[1].start] if len(amounts) > 1 else ""
    return bool(_SERIES_STEP_END.match(rest)) and "it " in rest[:6].lower()


def _rate_to_further(sentence: str, segment: str, amount: money.Amount, published: date, last: str):
    """The period told right after a further amount whose clause opens with its verb and rate (_RATE_TO_END), and where
    that clause opens in `segment`; None when the form is not that or the period is the amount before's."""
    if "to" not in segment or not (m := _RATE_TO_END.search(segment)):
        return None
    if m["period"]:  # told before the amount: "and grew by 9 percent in the first half of 2025 to $412 million"
        own = when.period_in(m["period"], published)
        return (own[0], m.start()) if own and own[0] != last else None
    after = sentence[amount.end:amount.end + 60]
    own = when.period_in(after, published)
    if own is None or own[0] == last or not _PERIOD_RIGHT_AFTER.fullmatch(after, 0, own[1]):
        return None
    return own[0], m.start()


# Round 42 (trade A): one month set apart by "alone" right after the amount is that amount's own period, whatever period
# the sentence named first: "Trade reached $1.9 billion in January–May 2026, with turnover of $420 million in May alone",
# "turnover with Hungary came to $20.3 million in July alone, after $101.1 million for the first half of the year"
# (when.period_in reads "<month> alone").
def _month_alone_after(sentence: str, amount: money.Amount, published: date) -> str | None:
    """The month told right after the amount with "alone" (_PERIOD_RIGHT_AFTER, when.period_in), else None."""
    after = sentence[amount.end:amount.end + 30]
    if " alone" not in after.lower() or not (own := when.period_in(after, published)):
        return None
    one_month = len(own[0]) == 7 and own[0][5:].isdigit()
    return own[0] if one_month and _PERIOD_RIGHT_AFTER.fullmatch(after, 0, own[1]) \
        and after[own[2]:own[2] + 6].lower() == " alone" else None


# Round 26: a further amount of the same trade joined by a bare "and", its period after it: "Trade … totalled $3.1bn in
# 2024 and $3.6bn in 2025", "… $3.1bn in the first nine months of 2025 and $3.6bn in the same period of 2026" (the
# months of the amount before, in the year named). Not a period to come ("and $5bn by 2030" is a target's), nor one
# before the amount before's.
# Round 99 (v2): the two words may be followed by a qualifier of more words, "…, and came close to $320 million in the
# first seven months of this year" (dev/1474), "and came to nearly $X in …"
_AND_ALONE_END = re.compile(r"\s(?:and|while|but)\s+(?:[a-z]+\s+){0,2}(?:(?:" + money.QUALIFIER_WORDS + r")\s+)?$",
                            re.I)
_SAME_PERIOD_OF = re.compile(r"\s*(?:in|over|during|for)\s+the\s+same\s+period\s+of\s+(20\d\d)\b", re.I)
# Round 43: or by ", after" with the period it followed, "came to $20.3 million in July alone, after $101.1 million for
# the first half of the year": an earlier period too (a step the trade went through, told as a figure of its own).
_AFTER_ALONE_END = re.compile(r",\s+after\s+$", re.I)


# Round 47 (trade releases): a further clause of a part of the period just told, its verb left out and a dash before the
# amount: Russian "в четвёртом квартале … достиг 29,8 млн долларов, а только в декабре — 11,3 млн долларов", English
# "…, and in December alone – $11.3 million", Azerbaijani/Turkish "…, yalnız dekabrda isə – …". The clause opens with a
# conjunction; only "only"/"alone" words, the period and a dash or colon stand between it and the amount.
_PART_CLAUSE_OPEN = re.compile(r"[,;]\s*(?:а|и|но|and|but|while|ve|ise|isə)\s+"
                               r"(?:(?:только|лишь|only|just|yalnız|yalnızca|sadece|təkcə)\s+)?", re.I)
_PART_CLAUSE_GAP = re.compile(r"(?:\s+alone)?(?:\s+(?:ise|isə|же))?\s*[—–:-]\s*"
                              # round 54 (tradetext): or "alone" and a verb of amounting, ", while June alone brought
                              # in $341.5 million"
                              r"|(?:\s+alone)?\s+(?:brought(?:\s+in)?|added|accounted\s+for|came\s+to|reached|"
                              r"totall?ed|amounted\s+to|was|stood\s+at)\s+"
                              r"(?:(?:about|around|nearly|almost|some|over|more\s+than|just\s+over|just\s+under|under|"
                              r"less\s+than)\s+)?", re.I)


def _part_alone_further(segment: str, published: date, last: str):
    """The period of a verbless further clause of a part of `last` (_PART_CLAUSE_OPEN, _PART_CLAUSE_GAP) and where it
    opens in `segment`; None when the form is not that or the period is not a part of `last`."""
    opened = None
    for opened in _PART_CLAUSE_OPEN.finditer(segment):
        pass
    if opened is None or not (own := when.period_in(segment[opened.end():], published)) or own[1] != 0 \
            or not _PART_CLAUSE_GAP.fullmatch(segment, opened.end() + own[2]):
        return None
    return (own[0], opened.start()) if _is_part_of(own[0], last) else None


def _is_part_of(label: str, last: str) -> bool:
    """Is the period `label` a part of the period `last` and not all of it?"""
    try:
        part, whole = parse_period(label), parse_period(last)
    except BadPeriod:
        return False
    return label != last and None not in (part.start, part.end, whole.start, whole.end) \
        and whole.start <= part.start and part.end <= whole.end


# Round 64 (trade64c): a share of the figure just told, in a sentence of its own with no trade word, told by its amount
# and "of that" with a part of that figure's period: "Some $91 million of that was booked in the fourth quarter alone"
# (dev/1061), "About $40 million of it came in December"; or "of that" opening the sentence, "Of that, $91 million was
# booked in the fourth quarter". The same trade and flow, over the part.
_OF_THAT = r"of\s+(?:that|this|it|th(?:at|is|e)\s+(?:total|sum|figure|amount))\b"
_OF_THAT_AFTER = re.compile(r"\s+" + _OF_THAT, re.I)
_OF_THAT_OPENING = re.compile(r"\s*" + _OF_THAT + r"[\s,]*(?:(?:about|some|nearly|almost|around|roughly|over|more\s+"
                              r"than)\s+)?\$?$", re.I)
_OF_THAT_WORDS = ("of that", "of this", "of it", "of the")  # as cheap.lowered() has them; one is in every match


def _flow_of_period(found: list[FigureFound], period: str) -> str:
    """The flow of the last trade figure of `period`, else of the last figure."""
    return next((f.flow for f in reversed(found) if f.kind == "trade" and f.period == period), found[-1].flow)


def _share_of_that_alone(sentence: str, check: str, published: date, last: str) -> bool:
    """Is the sentence's one amount a share of the figure of period `last` just told, "of that" right after it
    (_OF_THAT_AFTER) or opening the sentence (_OF_THAT_OPENING), and a part of `last` its period?"""
    if not any(word in check for word in _OF_THAT_WORDS):
        return False
    amounts = money.amounts_in(sentence, check)
    if len(amounts) != 1 or not (_OF_THAT_AFTER.match(sentence, amounts[0].end)
                                 or _OF_THAT_OPENING.fullmatch(sentence, 0, amounts[0].start)):
        return False
    own = when.period_in(sentence, published, check)
    return own is not None and _is_part_of(own[0], last)


def _and_alone_further(sentence: str, segment: str, amount: money.Amount, published: date, last: str):
    """The period told right after a further amount joined by a bare "and" (_AND_ALONE_END), and where its clause
    opens in `segment`; None when the form is not that, or the period is the amount before's, ends before it or
    after `published`."""
    stepped = "after" in segment and _AFTER_ALONE_END.search(segment)
    if not stepped and ("and" not in segment and "while" not in segment and "but" not in segment
                        or not _AND_ALONE_END.search(segment)):
        return None
    m = stepped or _AND_ALONE_END.search(segment)
    after = sentence[amount.end:amount.end + 60]
    if (same := _SAME_PERIOD_OF.match(after)) and last[:4].isdigit():
        label = f"{same[1]}{last[4:]}"
    elif (own := when.period_in(after, published)) and _PERIOD_RIGHT_AFTER.fullmatch(after, 0, own[1]):
        label = own[0]
    else:
        return None
    # an earlier period is left as before ("came to $3 billion, and $2.5 billion in 2023": no figure, round 15)
    if label == last or not label[:4].isdigit() or int(label[:4]) > published.year \
            or _ends_before(label, last) and not stepped:
        return None
    return label, m.start()


def _and_alone_later(sentence: str, amounts: list[money.Amount], published: date) -> re.Match | None:
    """The bare "and" (_AND_ALONE_END) before a sentence's second amount when that amount is a further figure of a later
    period (_and_alone_further): its clause, not the first amount's, holds the growth after it ("$510 million in 2024
    and $640 million in 2025, up 25%"); else None ("$3 billion in 2024 and $2.5 billion in 2023, a rise of 20%")."""
    between = sentence[amounts[0].end:amounts[1].start]
    if not (m := _AND_ALONE_END.search(between)) or not (first := when.period_in(sentence[:amounts[1].start], published)):
        return None
    return m if _and_alone_further(sentence, between, amounts[1], published, first[0]) else None


# Round 27: Turkish and Azerbaijani put a good in the genitive before the state it is sold to: "hellimin Türkiye'ye
# ihracatı geçen yıl 25 milyon doları buldu" (halloumi's exports to Türkiye), "pambığın Türkiyəyə ixracı" — one good's,
# not the pair's. A state's genitive is capitalised ("Türkiye'nin KKTC'ye ihracatı"); the lowercase words that stand
# for a state, a region or a year ("ülkemizin", "adanın", "bölgenin", "yılın") are not goods.
_GOOD_GENITIVE_FLOW = re.compile(r"(?<![\w'’])(?!(?:ülke|devlet|cumhuriyet|memleket|bölge|ölkə|dövlət|respublika|region|"
                                 r"şirket|firma|ekonomi|iqtisadiyyat)\w*\s|(?:yıl|ay|il|[Aa]da(?:mız)?)n?[ıi]n\s)"
                                 # opening a Turkish sentence, capitalised: a state's name would take an apostrophe
                                 r"(?:[a-zçğıöşüə]|^[A-ZÇĞİÖŞÜ](?=[a-zçğıöşü]+\s))[a-zçğıöşüə]+(?:n[ıiuü]n|[ıiuü]n)\s+"
                                 r"(?:(?:ise|isə|da|de|də)\s+)?"
                                 # round 50 (trade text): or the state told before, the good's genitive right before
                                 # its flow, "Türkiye'ye en çok sattığı ürün olan hellimin ihracatı ise 38 milyon …"
                                 r"(?:[A-ZÇĞİÖŞÜƏ]\w*(?:['’]\w+)?\s+)?(?:ihracat|ithalat|ixrac|idxal)\w*")


def _good_genitive_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount one good's exports or imports, the good in the genitive before the state (_GOOD_GENITIVE_FLOW),
    in its clause since `start`? `check`: cheap.lowered() of the text from `start` to the amount."""
    # round 29: not a state's own genitive opening an Azerbaijani sentence, which takes no apostrophe ("Qazaxıstanın
    # Özbəkistana ixracı 2,55 milyard dollar"): a good's word names no state
    return any(word in check for word in TA_FLOW_NOUNS) \
        and any(not places.codes_in(m[0].split(None, 1)[0])
                for m in _GOOD_GENITIVE_FLOW.finditer(sentence, max(start, _own_clause_start(sentence, amount.start)),
                                                      amount.start))


# Round 53 (traderel): the value of one good sent, its participle of the flow before it: Turkish "Kazakistan'dan ithal
# edilen buğdayın değeri ise 210 milyon dolara ulaştı" (the value of the wheat imported from Kazakhstan), "ihraç edilen
# fındığın değeri", Azerbaijani "Qazaxıstandan idxal olunan taxılın dəyəri" — one good's, no pair's figure; goods as a
# whole ("ithal edilen malların değeri", "ürünlerin", "məhsulların") stay the flow's.
_GOOD_VALUE_FLOW = re.compile(r"\b(?:ithal|ihraç|idxal|ixrac)\s+(?:edilen|edilən|olunan)\s+"
                              r"(?!(?:ürün|mal|məhsul|emtia|eşya|əmtəə)\w*\s)"
                              r"[a-zçğıöşüə]+(?:n[ıiuü]n|[ıiuü]n)\s+(?:toplam\s+|ümumi\s+)?(?:değeri|dəyəri)\b")
_GOOD_VALUE_WORDS = ("değeri", "dəyəri")  # as cheap.lowered() has them; one is in every _GOOD_VALUE_FLOW match


def _good_value_of_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount the value of one good imported or exported (_GOOD_VALUE_FLOW), told in its clause since `start`?
    `check`: cheap.lowered() of the text from `start` to the amount."""
    return any(word in check for word in _GOOD_VALUE_WORDS) \
        and _GOOD_VALUE_FLOW.search(sentence, max(start, _own_clause_start(sentence, amount.start)), amount.start) \
        is not None


# Round 27: an amount that trade is to reach by a year not yet over, with no target's words before it, is a forecast, no
# figure: "The baseline scenario foresees turnover of around $4.2 billion by the end of 2026", Russian "… около 1 млрд
# долларов к концу 2027 года". Read right after the amount.
_FORECAST_BY_YEAR = re.compile(r"\s+(?:by|until)\s+(?:the\s+end\s+of\s+|end[-\s])?(20\d\d)\b"
                               r"|\s+(?:к|до)\s+(?:(?:концу|конца)\s+)?(20\d\d)\s+(?:год|г\.)", re.I)


# Round 49: Turkish and Azerbaijani tell what someone expects trade to reach with the verb of reaching as a noun after
# the amount and "expects" after it: "Sektör temsilcileri, yıl sonunda ihracatın 4 milyar doları aşmasını bekliyor",
# "… 1 milyar dolara ulaşmasını öngörüyor", "… 500 milyon dolları keçməsini gözləyir": a forecast, no figure (the
# passive "… ulaşması bekleniyor" is a target, _FORECAST_AFTER, but for the year under way's end, _EXPECTED_FUTURE).
_EXPECTS_AFTER = re.compile(r"\w{0,6}\s+(?:aşma|ulaşma|geçme|bulma|çıkma|yükselme|olma|keçmə|çatma|yüksəlmə|olma)"
                            # round 71 (trade71, dev/1136): the genitive with the passive's participle, a forecast
                            # reported, "ticaret hacminin bu yıl 3 milyon doları aşmasının beklendiğini belirtti" (said
                            # it is expected to pass), "… keçməsinin gözlənildiyini bildirdi"
                            r"s[ıiə]n[ıiə]n?\s+(?:bekliyor|bekledi|beklediğ|beklediğini|öngörüyor|öngördüğ|tahmin\s+ed|"
                            r"gözləyir|gözlədiy|proqnozlaşdır|beklendiğ|öngörüldüğ|gözlənildiy)\w*", re.I)
_EXPECTS_WORDS = ("bekl", "öngör", "tahmin", "gözlə", "proqnoz")  # as cheap.lowered() has them; one is in every match
# Round 61 (trade61): the future participle of the verb of reaching, "can" or not, with a verb of expecting, estimating
# or being sure after it: "Bakanlık yetkilileri, yıl sonunda ticaretin 6,5 milyar doları bulabileceğini tahmin ediyor",
# Azerbaijani "ticarətin bu il 8 milyard dolları keçəcəyinə əminik" (we are sure it will pass): a forecast, no figure.
# Round 79 (rakam79): and the bare participle before the passive of estimating or thinking, "bu yıl söz konusu rakamın
# 7,7 milyar doları bulabileceği tahmin ediliyor" (it is estimated it may reach; dev/1233), "… aşacağı düşünülüyor":
# no plan's words ("ulaşacağı bekleniyor" with a numbered year stays a target, _FORECAST_AFTER).
# Round 97 (v1): or before the passive of saying, hearsay of the future, "bu yıl ticaretin 7 milyar doları aşacağı
# söyleniyor" (it is said trade will pass $7 billion this year; dev/1446), "… aşacağı konuşuluyor".
_BELIEVED_AFTER = re.compile(r"\w{0,6}\s+(?:aş|ulaş|geç|bul|çık|yüksel|ol|keç|çat|yüksəl|öt)(?:[aeə]\s?bil)?"
                             r"y?(?:acağ|eceğ|acaq|əcəy|əcək)(?:[ıiə]n[ıiaə]\s+(?:[^\W\d]+\s+)?"
                             r"(?:tahmin|bekl|öngör|düşün|inan|emin|əmin|gözlə|hesab|proqnoz|ümid|umu)"
                             r"|[ıi]\s+(?:tahmin\s+edil|düşünül|söylen|konuşul))\w*", re.I)
_BELIEVED_WORDS = ("acağ", "eceğ", "acaq", "əcəy", "əcək")  # as cheap.lowered() has them; one is in every match


def _forecast_by_year(sentence: str, amount: money.Amount, published: date) -> bool:
    """Is the amount told as reached by a year not yet over (_FORECAST_BY_YEAR)?"""
    m = _FORECAST_BY_YEAR.match(sentence, amount.end)
    return bool(m) and int(m[1] or m[2]) >= published.year


# Round 27: a comment clause after the sentence's last amount is no subject of its figures: "In January–August trade
# reached over $450 million, which suggests that this year's total will exceed last year's" (its "total" makes no
# group's or world total of the sentence, _about_group_or_world).
# Round 90 (t2, means_after): a clause of the means after a target's amount, "«Нам нужно довести товарооборот до 1
# миллиарда долларов, и для этого у нас есть все возможности: …, общий контейнерный оператор»" (dev/1371), Turkish
# ", ve bunun için …", Azerbaijani ", və bunun üçün …", English ", and to that end …": its "общий" (common) is no total
_COMMENT_AFTER = re.compile(r",\s+(?:which|meaning|suggesting|implying|и\s+для\s+этого|ve\s+bunun\s+için"
                            r"|və\s+bunun\s+üçün|and\s+to\s+that\s+end)\b")
_COMMENT_AFTER_WORDS = (", which", ", meaning", ", suggesting", ", implying", ", и для этого", ", ve bunun için",
                        ", və bunun üçün", ", and to that end")  # one is in every _COMMENT_AFTER match


def _before_comment_after(sentence: str, check: str, end: int) -> tuple[str, str]:
    """The sentence and its cheap.lowered() `check` cut before a comment clause after `end` (_COMMENT_AFTER)."""
    if not any(word in check for word in _COMMENT_AFTER_WORDS) or not (m := _COMMENT_AFTER.search(sentence, end)):
        return sentence, check
    return sentence[:m.start()], check[:m.start()] if len(check) == len(sentence) else lowered(sentence[:m.start()])


def _without_comment_after(doc: Document, s, codes: list[str], end: int) -> list[str]:
    """Round 43: `codes` less the states named only in a comment clause after `end`, the sentence's last amount
    (_COMMENT_AFTER): "Turnover with Azerbaijan amounted to $302.8 million, which means that Hungary came close to
    matching Azerbaijan in Kazakhstan's trade statistics" is trade with Azerbaijan, of the report's home."""
    if not (m := _COMMENT_AFTER.search(s.text, end)):
        return codes
    before = {mention.iso3 for mention in doc.mentions(s) if mention.start < s.start + m.start()}
    return [code for code in codes if code in before]


# Round 27: a total said to be between the two is the pair's sum, no state's total: "Kazakh exports of steel to
# Uzbekistan reached about $300 million, while total trade between the two came to $4.4 billion" (_before_total).
_BETWEEN_RIGHT_AFTER = re.compile(r"\s+(?:between|among)\s+(?:the\s+two|both|them)\b", re.I)


def _total_between_the_two(text: str, total: re.Match) -> bool:
    """Is the total word `total` (_TOTAL_LEAD) followed by "between the two" (_BETWEEN_RIGHT_AFTER)?"""
    return bool(_BETWEEN_RIGHT_AFTER.match(text, total.end()))


# Round 28: one good named right before "worth" and the amount is that good's trade, no pair's: "The north also imported
# Kazakh wheat worth some $6 million", "Tashkent bought Turkmen cotton valued at about $40 million" (the trade verb
# before the good: _GOOD_AFTER reads the good only after the amount, _good_subject only with no trade word before).
_GOOD_WORTH = re.compile(r"\b" + _GOODS_EN + r"\s+(?:worth|valued\s+at)\s+(?:[a-z]+\s+){0,2}?$", re.I)
_GOOD_WORTH_CHARS = 80  # characters before the amount where the good and "worth" stand


def _good_worth_before(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount one good's, the good right before "worth" or "valued at" in front of it (_GOOD_WORTH)? `check`:
    cheap.lowered() of the amount's clause (its trade words)."""
    return ("worth" in check or "valued" in check) and any(word in check for word in _SECTOR_WORDS) \
        and bool(_GOOD_WORTH.search(sentence, max(0, amount.start - _GOOD_WORTH_CHARS), amount.start))


# A list of goods the other way, after a flow's figure, is that flow's make-up, no one good's trade: "Uzbek exports to
# Azerbaijan, mostly cotton yarn and fruit, rose to $190 million, while Azerbaijan shipped polymers, oil products and
# chemicals worth nearly $120 million to Uzbekistan" (Azerbaijan's exports; "while it shipped wheat worth $6 million" is
# still one good's).
_GOODS_LISTED_OTHER_WAY = re.compile(r"\b(?:while|whereas)\s+[^,.;]{1,60}?\b(?:shipped|sent|exported|supplied|sold|delivered)"
                                     r"\s+[^.;$]{1,80}?,\s+[^.;$]{1,60}?\sand\s+[^.;$]{1,40}?\s(?:worth|valued\s+at)\s+"
                                     r"(?:[a-z]+\s+){0,2}?$", re.I)


def _goods_listed_other_way(sentence: str, previous_end: int, amount: money.Amount) -> bool:
    """Is the amount's clause, after an amount before it (`previous_end` > 0), the other flow told by its goods listed
    (_GOODS_LISTED_OTHER_WAY)?"""
    return previous_end > 0 and bool(_GOODS_LISTED_OTHER_WAY.search(sentence, previous_end, amount.start))


def _shipped_back(doc: Document, s, previous_end: int, amount: money.Amount, last: FigureFound) -> bool:
    """Is the clause since the amount before the export (`last`, just found) the other way, its goods listed
    (_goods_listed_other_way) and its sender the state `last` exports to, named first in it?"""
    if last.kind != "trade" or last.flow != "export" or not _goods_listed_other_way(s.text, previous_end, amount):
        return False
    named = [m.iso3 for m in doc.mentions(s) if previous_end <= m.start - s.start < amount.start]
    return bool(named) and named[0] == last.pair[1]


# Round 28: a figure compared with an amount of an earlier year, that year the sentence's only period and told right after
# the compared amount: "Trade with Turkmenistan slipped to $2.05 billion from $2.3 billion in 2024", "came to about $1.62
# billion, compared with just over $1.5 billion in 2024". The year is the compared amount's (_baseline_period gives it);
# the figure's own period is the report's, carried from the sentences before, when that is later.
def _report_period_over_baseline(sentence: str, amounts: list[money.Amount], period: tuple[str, int, int],
                                 carried: tuple[str, int, int]):
    """The carried period `carried` for the amounts before when the sentence's period `period` is the year told right
    after a later amount, a comparison (_BASELINE_BEFORE, _BASELINE_AFTER), and ends before `carried`; else None.
    That amount is the comparison of the one right before it: "Exports to Kazakhstan rose to $118.7 million, while
    exports to Uzbekistan reached $96 million, up from $71.3 million in January–September 2025" (the report's period for
    both)."""
    j = max(i for i, x in enumerate(amounts) if x.end <= period[1] or i == 0)  # the amount the period follows
    second = amounts[j]
    if j == 0 or not _BASELINE_BEFORE.search(sentence, amounts[j - 1].end, second.start):
        return None
    m = _BASELINE_AFTER.match(sentence, second.end)
    if m is None or not (m["year"] or m["before"]) or m.end() < period[2] or not _ends_before(period[0], carried[0]):
        return None
    return _same_part_a_year_on(period, carried) or carried


# Round 47 (trade releases): a comparison of one month (or quarter) a year before is a year-on-year one, the figure that
# month of the next year: "Trade … stood at $436.8 million, 11.6 percent more than the $391.5 million recorded in July
# last year" after January–July is July's, not the seven months'.
def _same_part_a_year_on(period: tuple[str, int, int], carried: tuple[str, int, int]):
    """`period` a year later when it is one month or quarter and that ends no later than `carried`; else None."""
    try:
        part = parse_period(period[0])
    except BadPeriod:
        return None
    if part.kind not in ("month", "quarter"):
        return None
    later = (f"{int(period[0][:4]) + 1}{period[0][4:]}", *carried[1:])
    return None if _ends_before(carried[0], later[0]) else later


# Round 28: a flow above the pair's turnover that another source tells, its partner named, is that source's count of the
# pair's flow (mirror statistics differ: "According to the Turkish Statistical Institute, Turkey's exports to the north
# reached nearly $1.9 billion last year", after the north's own turnover of $1.62 billion), no state's total with the
# world, which _above_turnover drops: the source is named in the flow's sentence ("according to … statistic(s)/institute/
# data", "по данным", "verilerine göre", "məlumatına görə") and the flow's partner right after it ("exports to …").
_ANOTHER_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?[^,.;]{0,60}?\b(?:statistic\w*|institute|office|data|figures)\b"
                             # round 44: the source told by its adjective, "по душанбинским данным", "по официальным
                             # данным"
                             r"|\bпо\s+(?:[а-яё]+(?:ским|ным|вым)\s+)?данным\b|\bverilerine\s+göre\b"
                             r"|\bməlumatına\s+görə\b", re.I)
_ANOTHER_SOURCE_WORDS = ("according to", "данным", "verilerine", "məlumatına")  # one is in every match, lowered
# (round 44: the flow's owner may stand between, "Экспорт Таджикистана в Азербайджан", "Kazakhstan's exports to")
_FLOW_TO_PARTNER = re.compile(r"\b(?i:exports?|imports?|экспорт\w*|импорт\w*)\s+(?:[A-ZА-ЯЁ]\w+\s+)?"
                              r"(?i:to|from|в|из)\s")


def _with_mirror_flows(doc: Document, found: list[FigureFound], kept: list[FigureFound]) -> list[FigureFound]:
    """`kept` (found after _above_turnover) with each flow it left out that another source tells with its partner
    named (_ANOTHER_SOURCE, _FLOW_TO_PARTNER), in the order of `found`."""
    if len(kept) == len(found):
        return kept
    # round 77 (chart77, dev/1216): a figure _told_again merged into one kept (a chart's value the text tells again
    # "according to KSH data") is no flow left out
    told = {(frozenset(f.pair), f.period, f.flow, f.value_usd_m) for f in kept if f.kind == "trade"}
    back = {id(f) for f in found if f not in kept and (frozenset(f.pair), f.period, f.flow, f.value_usd_m) not in told
            and _told_by_another_source(doc, f)}
    return [f for f in found if f in kept or id(f) in back] if back else kept


def _told_by_another_source(doc: Document, figure: FigureFound) -> bool:
    """Does the sentence of the flow `figure` name another source and the flow's partner (_with_mirror_flows)?"""
    if figure.kind != "trade" or figure.flow == "turnover":
        return False
    s = next((s for s in doc.sentences if s.start <= figure.span[0] < s.end), None)
    return s is not None and any(word in s.check for word in _ANOTHER_SOURCE_WORDS) \
        and bool(_ANOTHER_SOURCE.search(s.text)) and bool(_FLOW_TO_PARTNER.search(s.text))


# Round 28: a person named "with" in Turkish or Azerbaijani, a word of a person (friend, brother, counterpart, a title)
# right before the name, is the leader the trade was talked over with, no partner the places do not know: "Değerli dostum
# Rahman ile ticaret hacmimizi 2 milyar dolara çıkarma hedefimizi teyit ettik" (with my dear friend Rahmon), "qardaşım
# Mirziyoyev ilə ticarət dövriyyəsini …" (the trade is the speaker's state's with the partner's).
_PERSON_WORD_BEFORE = re.compile(r"\b(?:dost(?:um|umuz)|kardeş(?:im|imiz)|qardaş(?:ım|ımız)|mevkida[sş]\w*|həmkar\w*|sayın|"
                                 r"hörmətli|cumhurbaşkanı|prezident(?:i)?|başbakan(?:ı)?|baş\s+nazir(?:i)?)\s+$", re.I)
_PERSON_WORD_CHARS = 24  # characters before the name where the person's word stands


def _person_named(sentence: str, m: re.Match) -> bool:
    """Is the partner name of the _WITH_PARTNER match `m` (its Turkish or Azerbaijani "X ile/ilə") a person's, a word of
    a person right before it (_PERSON_WORD_BEFORE)?"""
    return bool(m["az"]) and (bool(_PERSON_WORD_BEFORE.search(sentence, max(0, m.start("az") - _PERSON_WORD_CHARS),
                                                              m.start("az")))
                              or lowered(m["az"]) in _HONORIFICS_AFTER)


# Round 44: an honorific after a surname is a person's, "Cabbarov Bey ile ticaret hacmini … 50 milyon dolara çıkarmayı
# konuştuk" (with Mr Jabbarov), Azerbaijani "Cabbarov bəy ilə"
_HONORIFICS_AFTER = frozenset(lowered(word) for word in ("Bey", "Beyefendi", "Hanım", "Hanımefendi", "Bəy", "Xanım"))


# Round 28: a speaker's targets with several partners, each told in its own clause ('"With Kazakhstan, our common goal is
# ten billion dollars, and we have agreed with Türkiye on five billion," Saidov said', the speaker Uzbek): each target is
# of the speaker's state and the one state its clause names, no pair of the two partners. The further one is a target
# though told with no target word again: after a target, "and" and (a few words and) "with" a named state, then "on",
# "at", a comma or "is" right before its amount; Turkish and Azerbaijani the state "with" and "ise"/"isə" (_TARGET_WITH_ANOTHER).
_TARGET_WITH_ANOTHER = re.compile(r"\s*,?\s*(?:and|while|but)\s+(?:[a-z]+\s+){0,3}?with\s+(?:the\s+)?"
                                  r"[A-ZÇĞİÖŞÜ][\w-]+(?:\s+[A-Z][\w-]+)?\s*(?:,\s*|(?:on|at|of|it\s+is|is)\s+)"
                                  r"(?:(?:about|around|some|nearly|over|more\s+than)\s+)?"
                                  # Turkish and Azerbaijani: "…, Macaristan ile ise 500 milyon dolar", "Macarıstanla isə"
                                  r"|\s*,?\s*(?:ve\s+|və\s+)?[A-ZÇĞİÖŞÜƏ][\w'’-]+?(?:\s+ile|\s+ilə|['’]?(?:y?l[ae]|y?lə))\s+"
                                  r"(?:(?:ise|isə|de|da|də)\s+)?(?:(?:yaklaşık|təxminən|en\s+az|ən\s+azı)\s+)?")


def _speakers_clause_target_pair(doc: Document, quoted, s, codes: list[str], start: int, end: int):
    """The speaker's state and the one state named in the target's clause (from `start` to its amount at `end`), when the
    sentence begins inside a quote (or its amount stands in one) by a speaker of a state it does not name and names two
    states or more; else None."""
    if len(set(codes)) < 2:
        return None
    # the quote the sentence begins inside, or the one its amount stands in ('Saidov, "Azerbaycan ile hedefimiz …" dedi')
    speaker = _quoted_by(quoted, s, end)
    if not speaker or speaker in codes:
        return None
    named = {m.iso3 for m in doc.mentions(s) if start <= m.start - s.start < end}
    return (speaker, named.pop()) if len(named) == 1 else None


def _year_between(sentence: str, start: int, end: int, published: date):
    """The period told in sentence[start:end] (the text between an amount risen from and the figure's, _FROM_AMOUNT), its
    span in the sentence; None when none is told there."""
    own = when.period_in(sentence[start:end], published)
    return (own[0], own[1] + start, own[2] + start) if own else None


# Round 29: "sales to" is a trade word only as a state's exports ("the TRNC's sales to Türkiye amounted to about $98
# million", "Uzbekistan's sales to Kazakhstan"); a company's sales ("a single pharmaceutical company's sales to
# Uzbekistan were worth nearly $90 million") are no pair's trade.
_SALES_OWNER = re.compile(r"([\w-]+)(?:['’]s)?\s+sales\s+to\b", re.I)  # round 37: or a state's adjective (_DEMONYM_SALES)
# Round 50: Turkish, the owner in the genitive before the state's dative, "KKTC'nin Türkiye'ye satışları" (not
# "Şirketin Türkiye'ye satışları", the company's)
_SALES_OWNER_LOCAL = re.compile(r"([\w-]+?)(?:['’]?n?[ıiuü]n)\s+[\w-]+['’]y?[ae]\s+satış", re.I)


def _only_sales_of_no_state(sentence: str, check: str) -> bool:
    """Every trade word of the sentence is "sales to" after an owner that names no state (round 50: or Turkish
    "satışları" after a state's dative, _SALES_OWNER_LOCAL)."""
    if "satiş" in check:
        if any(not m[0].lower().startswith("satış") for m in _TRADE.finditer(sentence)):
            return False
        return not any(places.codes_in(m[1]) for m in _SALES_OWNER_LOCAL.finditer(sentence))
    if "sales to" not in check:
        return False
    if any(not m[0].lower().startswith("sales") for m in _TRADE.finditer(sentence)):
        return False
    if (there := _FLOW_THERE_RE.match(sentence)) and (not there["to"] or there["to"].lower() in ("it", "the", "this")
                                                       or places.codes_in(there["to"])):
        # round 52: "Sales to the country grew …", the partner named before (_PARTNER_PRONOUN); not with a good named
        # before the amount, "Sales to Hungary, which began taking Azerbaijani gas, brought in …"
        digit = _A_DIGIT.search(sentence)
        return bool(_A_GOOD_NAMED.search(sentence, 0, digit.start() if digit else len(sentence)))
    return not any(places.codes_in(m[1]) for m in _SALES_OWNER.finditer(sentence))


_A_GOOD_NAMED = re.compile(r"\b" + _GOODS_EN + r"\b", re.I)
_FLOW_THERE_RE = re.compile(r"^\W*(?:" + _FLOW_THERE + r")(?:\s+to\s+(?P<to>\w+))?", re.I)  # opening the sentence


# Round 29 (targets): working towards an amount is a target for it: "We have agreed to work towards a turnover of one
# billion dollars by 2028", "Baku and Astana are working towards the $1bn in annual trade their presidents set as a
# goal". Read at the end of the text before the amount (_is_target), the trade word before or after it.
_WORK_TOWARDS = re.compile(r"\bwork(?:s|ed|ing)?\s+(?:together\s+)?towards?\s+(?:(?:a|an|the)\s+)?"
                           r"(?:(?:(?:annual|mutual|bilateral|total)\s+)?(?:trade|turnover)(?:\s+volume)?\s+(?:of|at)\s+)?$",
                           re.I)


# Round 29: a city's or a region's exports or imports are no pair's ("İZTO verilerine göre İzmir'in Kazakistan'a ihracatı
# ise geçen yıl 187 milyon dolarda kaldı", "the region's exports to Türkiye amounted to just $41 million", "Kayseri's
# exports to Uzbekistan"): the owner in the genitive before the flow names no state (a state's own genitive, "Türkiye'nin
# KKTC'ye ihracatı", "Hungary's exports to", stays the pair's). Read in the amount's clause, as _good_genitive_flow is.
_PLACE_OWNER_FLOW = re.compile(r"(?<![\w'’])(?P<owner>[A-ZÇĞİÖŞÜ]\w+)['’]n?[ıiuü]n\s+(?:(?:ise|da|de)\s+)?"
                               r"[A-ZÇĞİÖŞÜƏ]\w*(?:['’]\w+)?\s+(?:ihracat|ithalat|ixrac|idxal)\w*"
                               r"|(?<![\w'’])(?:(?P<local>region|city|province|oblast)|(?P<named>[A-ZÇĞİÖŞÜ]\w+))['’]s\s+"
                               r"(?:exports?|imports?|sales)\s+(?:to|from)\b")
_PLACE_OWNER_WORDS = ("ihracat", "ithalat", "ixrac", "idxal", "export", "import", "sales")  # one is in every match


def _place_owners_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount a city's or a region's exports or imports (_PLACE_OWNER_FLOW), in its clause since `start`?
    `check`: cheap.lowered() of the text from `start` to the amount."""
    if not any(word in check for word in _PLACE_OWNER_WORDS):
        return False
    at = max(start, _own_clause_start(sentence, amount.start))
    return any(m["local"] or not places.codes_in(m["owner"] or m["named"])
               for m in _PLACE_OWNER_FLOW.finditer(sentence, at, amount.start))


# Round 29: a sentence on one flow's growth tells no growth of the turnover just reported: "… turnover was about $2
# billion. Kyrgyz electricity exports to Kazakhstan, which doubled last year, are part of the same equation" (the
# exports doubled, not the turnover), unless it names the turnover too.
def _flow_growth_after_turnover(last: FigureFound, s) -> bool:
    """Is `last` a turnover and the sentence `s` a growth of exports or imports, naming no turnover?"""
    return last.flow == "turnover" and _flow(s.text, s.check) is not None and not _TURNOVER.search(s.text)


# Round 30: a target whose setters, two leaders of two states, are named before its amount and before any state, in a
# sentence that names another pair only in a later clause: "Presidents A and B agreed to bring trade to $10 billion by
# 2030, and Tashkent and Ankara aim for $5 billion" (the first the two leaders' states, not the capitals' pair after it).
def _setters_before_any_state(doc: Document, s, end: int, resolver: Resolver, quoted) -> tuple[str, str] | None:
    """The two office holders' states (_setters_pair) when the sentence `s` names no state before `end`; else None."""
    if any(m.start - s.start < end for m in doc.mentions(s)):
        return None
    return _setters_pair(doc, s, end, resolver, quoted, [])


# Round 30: the same target told again for another partner after the target's amount, its amount left out: "… довести
# товарооборот между двумя странами до 1 млрд долларов, такая же цель зафиксирована и в отношениях с Казахстаном", "…
# to $1 billion; the same goal was set with Kazakhstan", Azerbaijani "eyni hədəf Qazaxıstanla da qoyulub", Turkish "aynı
# hedef Kazakistan ile de belirlendi". A target of the report's home state (the state every figure so far holds, else
# the article's pair's) with the one state named after it.
_SAME_TARGET = re.compile(r"\b(?:(?:такая|та)\s+же|аналогичная|подобная)\s+(?:цель|задача)"
                          r"|\b(?:the\s+same|a\s+similar|an\s+identical)\s+(?:goal|target)\b"
                          r"|\b(?:eyni|bənzər|analoji)\s+hədəf|\b(?:aynı|benzer)\s+hedef", re.I)
_SAME_TARGET_WORDS = ("такая же", "та же", "аналогичная", "подобная", "same", "similar", "identical", "eyni", "bənzər",
                      "analoji", "ayni", "benzer")  # as cheap.lowered() has them; one is in every _SAME_TARGET match


def _same_target_with(doc: Document, s, amount: money.Amount, found: list[FigureFound],
                      context_pair: tuple[str, str] | None) -> FigureFound | None:
    """The target just found (`found[-1]`, at `amount` of sentence `s`) told again after it for one other state
    (_SAME_TARGET): the same value and year between its home and that state; None otherwise."""
    check = s.check[amount.end:]
    if not any(word in check for word in _SAME_TARGET_WORDS) or not _SAME_TARGET.search(s.text, amount.end):
        return None
    target = found[-1]
    named = list(dict.fromkeys(m.iso3 for m in doc.mentions(s) if m.start - s.start >= amount.end))
    if len(named) != 1 or named[0] in target.pair or not places.TIE_CODES.issuperset(named):
        return None
    trades = [f for f in found if f.kind == "trade"]
    home = _home_of_figures(doc, trades) if trades else None
    if home not in target.pair:
        homes = set(target.pair) & set(context_pair or ())
        home = homes.pop() if len(homes) == 1 else None
    if home is None:
        return None
    return FigureFound("target", (home, named[0]), target.value_usd_m, target.qualifier, target.span, 0.75,
                       target_year=target.target_year, stated_by=target.stated_by, rule="target: the same, another partner")


# Round 30: "the two countries" in a sentence naming no state, right after a sentence naming the trade of exactly two
# states of the ties: "Bayramov stressed the growth of trade between Azerbaijan and Kazakhstan. In January–March the
# turnover of the two countries rose 26% to $168.3 million" (those two, not the article's visit pair).
_TWO_BY_NAME = re.compile(r"\b(?:two\s+countries|both\s+countries|двух\s+(?:стран|государств)|обеих\s+стран|"
                          r"iki\s+ölkə\w*|iki\s+ülke\w*)\b", re.I)
_TWO_BY_NAME_WORDS = ("two countries", "both countries", "двух", "обеих", "iki ölkə", "iki ülke")  # as cheap.lowered()


def _two_of_the_figure_before(doc: Document, s, before, found: list[FigureFound],
                              published: date) -> tuple[str, str] | None:
    """Round 51: the pair of the trade figure the sentence `before` told, naming one state of it (the home left out),
    when `s` names no state, speaks of "the two countries" (_TWO_BY_NAME) and tells a period of its own, a figure's:
    "Qazaxıstanla ticarət dövriyyəsi … 512,8 milyon dollara çatıb. Təkcə oktyabr ayında iki ölkə arasında dövriyyə 58
    milyon dolları keçib" (Azerbaijan and Kazakhstan, not the article's first pair); not after a comparison ("Для
    сравнения: …"), nor a goal of "the heads of the two states" (the article's pair, as round 26 has it)."""
    if not found or found[-1].kind != "trade" or not any(word in s.check for word in _TWO_BY_NAME_WORDS) \
            or not _told_in(found[-1], before) or not _TWO_BY_NAME.search(s.text) \
            or _COMPARED_BEFORE.match(before.text):
        return None
    named = {m.iso3 for m in doc.mentions(before)}
    if len(named) != 1 or not named <= set(found[-1].pair) or not when.period_in(s.text, published, s.check):
        return None
    return found[-1].pair


# (not a comparison's, "Для сравнения: товарооборот Казахстана с Турцией … Главы двух государств …": the article's two)
_COMPARED_BEFORE = re.compile(_COMPARISON_LEAD.replace(",\\s*", "[,:]\\s*"), re.I)


def _two_named_before(doc: Document, s, before) -> tuple[str, str] | None:
    """The two states the sentence `before` names with a trade word, when `s` speaks of "the two countries"
    (_TWO_BY_NAME); None otherwise."""
    if not any(word in s.check for word in _TWO_BY_NAME_WORDS) or not _TWO_BY_NAME.search(s.text) \
            or not _TRADE.search(before.text) or _COMPARED_BEFORE.match(before.text):
        return None
    named = list(dict.fromkeys(m.iso3 for m in doc.mentions(before)))
    return (named[0], named[1]) if len(named) == 2 and places.TIE_CODES.issuperset(named) else None


# Round 30: a deadline right after an earlier amount of the sentence is that amount's, not a later target's it stands
# before: "довести товарооборот с Казахстаном до 10 млрд долларов к 2030 году, а с Кыргызстаном – до 2 млрд долларов в
# ближайшие годы" (the second has none). A deadline before both stays both ("к 2030 году довести … до 1 млрд, а … до 2").
_RU_DEADLINE_FIRST = frozenset("кКд")  # the first letter of _YEAR_BEFORE's Russian forms ("к 2030 году", "до конца")
TRAILING_DEADLINE_GAP = 3  # characters between an amount's end and its own deadline (a space, a case ending)


# Round 57 (trade57): a deadline before an amount told as a potential (_could_reach), a target after both, is the
# potential's year: "полагают, что к концу 2026 года показатель может достичь 1,5 млрд, а главы государств ранее
# поставили задачу довести взаимный оборот до 2 млрд долларов" (the target has no year of its own).
def _deadline_of_a_potential_between(sentence: str, at: int, amount: money.Amount) -> bool:
    """Does an amount told as what trade could reach stand between the deadline ending at `at` and `amount`?"""
    check = lowered(sentence)
    return any(word in check for word in _COULD_REACH_BEFORE_WORDS + _COULD_REACH_AFTER_WORDS) \
        and any(other.start >= at and _could_reach(sentence, check, other)  # its currency may be left out ("1,5 млрд")
                for other in (*money.amounts_in(sentence[:amount.start]), *money.bare_amounts(sentence[:amount.start])))


def _trails_another_amount(sentence: str, at: int, amount: money.Amount) -> bool:
    """Does the deadline found at `at` follow another amount of the sentence, before `amount`, within
    TRAILING_DEADLINE_GAP characters, no comma between? Only the Russian forms, which follow their amount (Turkish and
    Azerbaijani deadlines precede theirs: "1 milyar dolara, 2030 yılına kadar da 2 milyar dolara")."""
    return sentence[at] in _RU_DEADLINE_FIRST \
        and any(0 <= at - other.end <= TRAILING_DEADLINE_GAP and "," not in sentence[other.end:at]
                for other in money.amounts_in(sentence[:amount.start]))


# Round 30: Russian names the state whose exports or imports they are by its adjective, as English does by "Uzbek
# exports": "рост экспорта узбекских товаров в Таджикистан", "таджикский экспорт в Узбекистан", "импорт казахстанской
# продукции из Турции". The adjective right before the flow word, or after it with goods/products: that state is the
# flow's owner, the one named after it the partner. (Not "узбекских компаний", firms: only goods or the flow itself.)
_RU_DEMONYM = "|".join(sorted((stem.lower() for stem in places.RU_ADJECTIVE_STEMS), key=len, reverse=True))
_RU_DEMONYM_FLOW = re.compile(rf"(?<!\w)(?:(?P<before>{_RU_DEMONYM})[а-яё]{{1,3}}\s+(?:экспорт|импорт)"
                              rf"|(?:экспорт|импорт)[а-яё]{{0,2}}\s+(?P<after>{_RU_DEMONYM})[а-яё]{{1,3}}\s+"
                              r"(?:товар|продукци|продукт))", re.I)


def _ru_demonym_flow_owner(sentence: str) -> str | None:
    """The state whose exports or imports the sentence names by its Russian adjective (_RU_DEMONYM_FLOW); else None."""
    m = _RU_DEMONYM_FLOW.search(sentence)
    if m is None:
        return None
    stem = (m["before"] or m["after"]).lower()
    return next(iso3 for s, iso3 in places.RU_ADJECTIVE_STEMS.items() if s.lower() == stem)


# Round 47 (trade releases): an interview with a state's envoy in another state, named so in the headline or lead
# ("KKTC-nin Bakıdakı nümayəndəsi: Türkiyə ilə ticarətimiz …", "KKTC'nin Ankara Büyükelçisi", "Kazakhstan's
# ambassador", "посол Узбекистана в Баку"): the "our" of its quotes (a flow or trade with a first-person possessive,
# _FIRST_PERSON_TRADE) is the envoy's state, not the outlet's language's nor the host's, when no speaker's state is
# known.
_ENVOY_AFTER = re.compile(r"(?:-?['’]?n?[ıiuüə]n|['’]s)?\s+(?:[A-ZÇƏĞİÖŞÜ][\w'’-]*\s+)?"
                          r"(?:nümayəndə\w*|səfir\w*|temsilci\w*|büyükelçi\w*|"
                          r"(?:representative|ambassador|envoy)\b)", re.I)
_ENVOY_BEFORE_RU = re.compile(r"(?:посол|представител\w*|посланник\w*)\s+$", re.I)
_FIRST_PERSON_TRADE = re.compile(r"\b(?:idxal|ixrac|ithalat|ihracat|ticarət|ticaret|dövriyyə|həcm|hacm)\w*"
                                 r"(?:ımız|imiz|umuz|"
                                 r"ümüz)\b|\b(?:our|наш\w*)\s+(?:\w+\s+){0,2}?(?:trade|turnover|exports?|imports?|"
                                 r"товарооборот\w*|торговл\w*|экспорт\w*|импорт\w*)\b", re.I)
_FIRST_PERSON_WORDS = ("imiz", "umuz", "ümüz", "our ", "наш")  # as cheap.lowered() has them
ENVOY_LEAD_SENTENCES = 2  # the headline and the lead


def _envoy_home(doc: Document) -> str | None:
    """The state whose envoy the headline or lead names (_ENVOY_AFTER, _ENVOY_BEFORE_RU), else None."""
    for t in doc.sentences[:ENVOY_LEAD_SENTENCES]:
        for mention in doc.mentions(t):
            start, end = mention.start - t.start, mention.end - t.start
            if _ENVOY_AFTER.match(t.text, end) or _ENVOY_BEFORE_RU.search(t.text, max(0, start - 20), start):
                return mention.iso3
    return None


def _envoys_our(doc: Document, s, partner: str, quoted, resolver: Resolver) -> str | None:
    """The envoy's state (_envoy_home) for a first-person trade with `partner` in a sentence no known speaker's quote
    holds; else None. Round 100 (v1): or the state of the one whose speech the page prints whole, its headline naming
    it his (people.speech_headline_speaker: "Full text: Foreign Minister Bakhtiyor Saidov's address at …", then "Our
    trade with Kazakhstan, …, exceeded 4.8 billion dollars last year": Uzbekistan's, not the Türkiye the figures before
    were of, dev/1484). Round 101 (t1): or the writer a letter to the editor is signed by (people.letter_signer:
    "The $820 million figure is … our trade with Uzbekistan and Kazakhstan taken together", dev/1497)."""
    if not any(word in s.check for word in _FIRST_PERSON_WORDS) or _quoted_by(quoted, s) \
            or not _FIRST_PERSON_TRADE.search(s.text):
        return None
    home = _envoy_home(doc) or ((speaker := speech_headline_speaker(doc.text, resolver)) and speaker.iso3) \
        or ((writer := letter_signer(doc.text, resolver)) and writer.iso3)  # round 101 (t1): a letter's "our"
    return home if home and home != partner else None


# Round 30: "our trade with X" in the language of one state, said by a speaker whose state is not known (an official the
# reference tables do not list: '"Özbekistan ile ticaret hacmimiz geçen yıl 3,6 milyar dolara ulaştı" diye konuştu'):
# the trade of the state whose language the "our" is in (_home_of_language), not the article's visit pair.
def _our_home_by_language(doc: Document, s, partner: str, quoted,
                          context_pair: tuple[str, str] | None = None) -> str | None:
    """The state of the language of the sentence's "our trade with `partner`", when no speaker's state is known; the
    article's other state when it writes that language too (_LANGUAGE_SHARED_WITH)."""
    if "imiz" not in s.check and "ımız" not in s.check:
        return None
    if _quoted_by(quoted, s) or _our_trade_with(doc, s) != partner:
        return None
    home = _home_of_language(s.text)
    if context_pair is not None and partner in context_pair \
            and (other := next((c for c in context_pair if c != partner), None)) in _LANGUAGE_SHARED_WITH.get(home, ()):
        return other
    return home if home and home != partner else None


# Round 65 (tradetr65, dev/1068): "the two countries" right after a speaker's "our trade with X" told with no amount
# ("2025 yılı Kazakistan ile ticaretimizde bir rekor yılı oldu. İki ülke arasındaki ticaret hacmi … 5 milyar 340 milyon
# dolara yükseldi"): the two are the speaker's state (_our_home_by_language) and X, not the article's first two states.
def _ours_of_the_two_before(doc: Document, s, before, quoted,
                            context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """(home, partner) when `s` speaks of "the two countries" (_TWO_BY_NAME) and the sentence `before` tells "our trade
    with" one state (_our_home_by_language) and no amount; else None."""
    if not any(word in s.check for word in _TWO_BY_NAME_WORDS) or not _TWO_BY_NAME.search(s.text) \
            or money.amounts_in(before.text, before.check) or len(partners := set(doc.codes(before))) != 1:
        return None
    partner = partners.pop()
    home = _our_home_by_language(doc, before, partner, quoted, context_pair) or _home_of_our_partner(before, partner,
                                                                                                    quoted)
    return (home, partner) if home else None


# Round 66 (tradetr66, dev/1080): so too when `before` speaks of the one state in the first person plural with no trade
# word, an interview's answer ("Azerbaycan bizim için sadece bir tedarikçi değil, kardeş bir ülke. Geçen yıl iki ülke
# arasındaki ticaret hacmi …", Azerbaijani "Qazaxıstan bizim üçün …", "Kazakhstan is more than a supplier for us"): the
# two are the speaker's state (his quote's) and that one. A speaker of no state told (a minister by his portfolio alone)
# says "biz" in his language: Azerbaijani when the sentence has its letter ə, else Turkish.
_WE_OF_THE_SPEAKER = re.compile(r"\b(?:biz(?:im|e|ə|i|den|dən)?|(?:for|to)\s+us|our|для\s+нас|нам|наш\w*)\b", re.I)
_WE_OF_THE_SPEAKER_WORDS = ("biz", " us", "our", "нас", "нам", "наш")  # as cheap.lowered() has them; one is in every
# _WE_OF_THE_SPEAKER match


def _home_of_our_partner(s, partner: str, quoted) -> str | None:
    """The speaker's state when `s` speaks of `partner` in the first person plural (_WE_OF_THE_SPEAKER): his quote's,
    else the state of the Turkic language his "biz" is in; None when that is the partner or unknown."""
    if not any(word in s.check for word in _WE_OF_THE_SPEAKER_WORDS) or not (we := _WE_OF_THE_SPEAKER.search(s.text)):
        return None
    home = _quoted_by(quoted, s)
    if home is None and we.group().lower().startswith("biz"):
        home = "AZE" if "ə" in s.check else "TUR"
    return home if home != partner else None


# Round 44 (trade-az): Turkish is Northern Cyprus's language too, so a Turkish "Azerbaycan ile ticaret hacmimiz" in an
# article on Northern Cyprus and Azerbaijan (a Turkish Cypriot envoy interviewed) is Northern Cyprus's, not Türkiye's
_LANGUAGE_SHARED_WITH = {"TUR": frozenset({"CYN"})}


# Round 101 (t1): "our" trade with two partners taken together (_OUR_TRADE_BEFORE before the first, _JOINED between,
# _AMONG_MEMBERS's "taken together", "combined" right after the second) is the first person's sum, no pair's figure; a
# partner's share of it told after ("The $820 million figure is, almost to the dollar, our trade with Uzbekistan and
# Kazakhstan taken together: Kazakhstan's share last year was $403.9 million", dev/1497) is that partner's trade with
# the state of the "our" (_envoys_our: an envoy's, a speech's, a letter's writer's). A mention may end past its "'s".
_SHARE_AFTER = re.compile(r"(?:(?<=['’]s)|['’]s)\s+(?:\w+\s+)?(?:share|part|portion)\b", re.I)


def _our_sum_then_share(doc: Document, s, amounts: list[money.Amount], quoted,
                        resolver: Resolver) -> tuple[list[money.Amount], tuple[str, str] | None] | None:
    """(the amounts told after the first-person sum sentence `s` tells, (the "our" state, the partner whose share they
    are) or None when no share is told), or None when `s` tells no such sum (see above)."""
    mentions = doc.mentions(s)
    for first, second in zip(mentions, mentions[1:]):
        start, end = first.start - s.start, second.end - s.start
        if first.iso3 == second.iso3 or not _JOINED.fullmatch(doc.text, first.end, second.start) \
                or not _OUR_TRADE_BEFORE.search(s.text, max(0, start - 60), start) \
                or not (together := _AMONG_MEMBERS.match(s.text, end + 1)) \
                or not (home := _envoys_our(doc, s, first.iso3, quoted, resolver)) or home == second.iso3:
            continue
        later = [x for x in amounts if x.start >= together.end()]
        share = next((m for m in mentions if m.start - s.start >= together.end() and m.iso3 in (first.iso3, second.iso3)
                      and _SHARE_AFTER.match(doc.text, m.end)), None)
        return later, ((home, share.iso3) if share else None)
    return None


# Round 30: two states joined as one subject, "Uzbekistan and Kyrgyzstan, whose trade exceeded $1.5 billion in 2025, have
# set a goal of $2 billion", "Казахстан и Азербайджан …", "Türkiye ve Macaristan …": the two are the pair, no partners of
# the state a commentary or a round-up spoke of before ("trade with Uzbekistan and Kyrgyzstan" stays partners).
_JOINED = re.compile(r"\s+(?:and|ve|və|и)\s+$", re.I)


def _two_joined(doc: Document, s) -> tuple[str, str] | None:
    """The sentence's two states when it names them joined by "and" before any amount and the first not after "with";
    else None."""
    mentions = doc.mentions(s)
    if len(mentions) != 2 or mentions[0].iso3 == mentions[1].iso3 or _after_with(doc, mentions[0]):
        return None
    between = doc.text[mentions[0].end:mentions[1].start]
    if not _JOINED.match(between):
        return None
    return mentions[0].iso3, mentions[1].iso3


# Round 30: a period told as when a remark was made is no period of the figures after it: '"Our trade has doubled in
# five years," Mirziyoyev said in Tashkent in December' (then "Türkiye's trade with Uzbekistan stood at $3.6 billion" is
# of the report's year, not of December). A verb of saying in the period's clause right before it.
_SAID_BEFORE_PERIOD = re.compile(r"\b(?:said|told|stated|noted|announced|added|declared|promised|сказал\w*|заявил\w*|"
                                 r"отметил\w*|söyledi|dedi|bildirdi|deyib|bildirib)\b[^.;,\"“”«»]{0,40}$", re.I)
SAID_BEFORE_CHARS = 60  # characters before the period where its verb of saying stands


def _when_said(sentence: str, start: int) -> bool:
    """Is the period at `start` when something was said (_SAID_BEFORE_PERIOD)?"""
    return bool(_SAID_BEFORE_PERIOD.search(sentence, max(0, start - SAID_BEFORE_CHARS), start))


# Round 30: a commentary names the pair it turns to by a hyphened compound in a sentence with no amount, "The
# Kazakhstan-Türkiye relationship looks healthier on paper.", then gives its figure as the two's, naming at most one of
# them (often as the source): "Turkish data put bilateral trade at $7.1 billion last year" (not the pair before).
_HYPHEN = frozenset({"-", "–", "—"})


def _hyphen_pair_before(doc: Document, s, before, codes: list[str]) -> tuple[str, str] | None:
    """The two states the sentence `before` joins by a hyphen ("Kazakhstan-Türkiye"), naming no other state and no
    amount, when `s` speaks of the two (_OF_THE_TWO) and names none but them; else None."""
    if "-" not in before.text and "–" not in before.text:
        return None
    mentions = doc.mentions(before)
    if len(mentions) != 2 or doc.text[mentions[0].end:mentions[1].start] not in _HYPHEN \
            or mentions[0].iso3 == mentions[1].iso3 or not _OF_THE_TWO.search(s.text) \
            or money.amounts_in(before.text, before.check):
        return None
    pair = (mentions[0].iso3, mentions[1].iso3)
    return pair if set(codes) <= set(pair) and places.TIE_CODES.issuperset(pair) else None


# Round 30: a target named again by its size alone, in a sentence naming no state ("Tokayev has been more cautious,
# calling the $10 billion goal 'a matter of discipline'"), is the last target of that size told before, not the
# article's pair.
def _last_target_of_value(found: list[FigureFound], value: float) -> tuple[str, str] | None:
    """The pair of the last target found of `value`, else None."""
    return next((f.pair for f in reversed(found) if f.kind == "target" and f.value_usd_m == value), None)


# Round 30: "their trade" in a sentence naming no state is the trade of the two states the sentence before joined last
# by "and": "The most dynamic pair is not Türkiye and anyone, but Kazakhstan and Uzbekistan. Their trade reached $4.6
# billion in 2025" (Russian "их товарооборот", Turkish "ikisi arasındaki ticaret" is left to _OF_THE_TWO).
_THEIR_TRADE = re.compile(r"\b(?:their|их)\s+(?:\w+\s+)?(?:trade|turnover|commerce|товарооборот\w*|торговл\w*)\b", re.I)


def _their_pair_before(doc: Document, s, before) -> tuple[str, str] | None:
    """The last two states `before` joins by "and" (_JOINED), when `s` names "their trade" (_THEIR_TRADE); else None."""
    if ("their " not in s.check and "их " not in s.check) or not _THEIR_TRADE.search(s.text):
        return None
    mentions = doc.mentions(before)
    for first, second in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if first.iso3 != second.iso3 and _JOINED.match(doc.text[first.end:second.start]):
            pair = (first.iso3, second.iso3)
            return pair if places.TIE_CODES.issuperset(pair) else None
    return None


# Round 49 (trade other): a figure told back ("last year's figure") with its rate over a year, and that year's amount
# in a "when" clause after it: "last year's figure was 9.2 percent higher than in 2024, when trade stood at $2.17bn".
# The amount is the year's, with no growth; the rate is the figure's told before, and the report stays on its period.
_RATE_THAN_WHEN = re.compile(r"\b(\d+(?:[.,]\d+)?)\s?(?:%|percent|per\s+cent)\s+"
                             r"(?P<way>higher|more|larger|up|lower|less|smaller|down)\s+(?:than|on|from|over)\s+"
                             r"(?:in\s+)?((?:19|20)\d\d),?\s+when\b", re.I)
_RATE_DOWN = frozenset(("lower", "less", "smaller", "down"))


def _rate_over_year_when(sentence: str, amount: money.Amount, found: list[FigureFound]) -> FigureFound | None:
    """The trade figure told before (turnover, no growth, the year after the "when" clause's) that takes the rate of
    a _RATE_THAN_WHEN clause ahead of `amount` with no amount between, the rate set on it; else None."""
    m = None
    for m in _RATE_THAN_WHEN.finditer(sentence, 0, amount.start):
        pass
    if m is None or money.amounts_in(sentence[m.end():amount.start]):
        return None
    after = str(int(m[3]) + 1)
    for figure in reversed(found[:-1]):
        if figure.kind == "trade" and set(figure.pair) == set(found[-1].pair):
            if figure.flow != "turnover" or figure.growth_pct is not None or figure.period != after:
                return None
            rate = float(m[1].replace(",", "."))
            figure.growth_pct = -rate if m["way"].lower() in _RATE_DOWN else rate
            return figure
    return None


# Round 86 (m1, growth_since_earlier_level): a figure of an earlier period than the trade figure before it, then "that
# is" and the growth over the time between: "2024-cü ildə bu göstərici doxsan səkkiz milyon dollar idi, yəni dövriyyə
# bir il ərzində təxminən bir yarım dəfə artıb" (in 2024 this figure was $98 million, i.e. turnover grew about one and a
# half times in a year, dev/1305), "In 2024 it was $98 million, meaning trade grew 1.5 times in a year", Russian "…, то
# есть вырос в 1,5 раза". The growth is the later figure's (the one before, of the same pair and flow, with none of its
# own), as an exact multiple's; the earlier level has none. Not a clause that names a year or what it compares with
# ("…, i.e. 20% more than in 2023" is the earlier level's own growth).
_MEANING_CLAUSE = re.compile(r"[,;]\s*(?:i\.\s?e\.,?|that\s+is,?|meaning|which\s+means|yəni|yani|demək|"
                             r"то\s+есть|т\.\s?е\.|(?:а\s+)?значит)\s", re.I)
_MEANING_WORDS = ("i.e.", "that is", "meaning", "means", "yəni", "yani", "demək", "то есть", "т.е.", "т. е.",
                  "значит")  # as cheap.lowered() has them; one is in every _MEANING_CLAUSE match
_ANOTHER_BASE = re.compile(r"\b(?:than|compared|versus|müqayisədə|nisbətən|göre|kıyasla|чем|сравнени\w*|"
                           r"относительно)\b|(?<!\d)(?:19|20)\d\d(?!\d)", re.I)


def _growth_since_earlier_level(sentence: str, check: str, amount: money.Amount,
                                found: list[FigureFound]) -> FigureFound | None:
    """The trade figure before found[-1] (the level at `amount`) that takes the growth of a _MEANING_CLAUSE after
    `amount` (see above), the growth moved onto it; else None."""
    if not any(word in check for word in _MEANING_WORDS) or not (m := _MEANING_CLAUSE.search(sentence, amount.end)):
        return None
    clause = sentence[m.end():]
    if money.amounts_in(sentence[amount.end:]) or _ANOTHER_BASE.search(clause) \
            or (growth := money.growth_in(clause)) is None:
        return None
    level = found[-1]
    figure = next((f for f in reversed(found[:-1]) if f.kind == "trade"), None)
    if figure is None or set(figure.pair) != set(level.pair) or figure.flow != level.flow \
            or figure.growth_pct is not None or not _ends_before(level.period, figure.period):
        return None
    figure.growth_pct, level.growth_pct = growth[0], None
    return figure


# Round 102 (q1, growth_over_two_levels): a growth told before a colon, then the levels it spans, an earlier one and a
# later one in a further clause: "товарооборот двух стран вырос почти вчетверо: если в 2004 году он не превышал 200 млн
# долларов, то в 2009-м составил около 780 млн" (dev/1507), "trade grew fourfold: in 2004 it was …, in 2009 …". The
# growth is the later figure's (the rise from the one level to the other); the earlier level has none.
def _growth_over_two_levels(sentence: str, first: money.Amount, found: list[FigureFound], a: int) -> None:
    """Move the growth of found[-2] onto found[-1] when both are the sentence's (it starts at `a`) levels of one trade,
    the earlier first, and the growth is told before a colon ahead of the first amount (`first`)."""
    if len(found) < 2 or ":" not in sentence[:first.start]:
        return
    earlier, later = found[-2], found[-1]
    if earlier.kind != "trade" or later.kind != "trade" or earlier.span[0] != a + first.start \
            or set(earlier.pair) != set(later.pair) or earlier.flow != later.flow \
            or earlier.growth_pct is None or later.growth_pct is not None \
            or not _ends_before(earlier.period, later.period):
        return
    growth = money.growth_in(sentence[:first.start])
    if growth is not None and ":" in sentence[growth[2]:first.start]:
        later.growth_pct, earlier.growth_pct = earlier.growth_pct, None


# Round 34 (visits, trade and targets): a year followed by "when" before the first amount is that amount's period, the
# year the clause is about, not a year of a comparison told after it nor a part-year carried from the sentences before:
# "The half-year data follow a strong 2025, when turnover climbed to over $3.9bn, up from $3.4bn in 2024" (2025; the
# $3.4bn is 2024's by _baseline_period).
_YEAR_THEN_WHEN = re.compile(r"\b((?:19|20)\d\d),?\s+when\b")


def _year_when_before(sentence: str, amount: money.Amount) -> tuple[str, int, int] | None:
    """The year told right before "when" ahead of `amount` with no amount between (_YEAR_THEN_WHEN), as a period; else
    None."""
    m = None
    for m in _YEAR_THEN_WHEN.finditer(sentence, 0, amount.start):
        pass
    if m is None or money.amounts_in(sentence[m.end():amount.start]):
        return None
    if (span := _MONTH_SPAN_BEFORE_YEAR.search(sentence, max(0, m.start(1) - 30), m.start(1))):
        # round 86 (n4): a span of months before the year, that year's months to date (_MONTH_SPAN_BEFORE_YEAR)
        return (when.months_to_date_label(int(m[1]), span["span_end"]), span.start(), m.end(1))
    return (m[1], m.start(1), m.end(1))


# Round 86 (n4, month_span_when): the year before "when" closes a span of months from January, the clause is about
# those months, not the whole year: "… set against January–September 2023, when trade amounted to $2,227.1 million"
# (2023-9M, dev/1318). Searched only right before the year (_year_when_before).
_MONTH_SPAN_BEFORE_YEAR = re.compile(r"\bjanuary\s*[-–—]\s*(?P<span_end>february|march|april|may|june|july|august"
                                     r"|september|october|november|december)\s+(?:of\s+)?$", re.I)


# Round 34 (visits, trade and targets): Turkish and Azerbaijani also open the further clause with "ve"/"və" (and) right
# after the first amount's verb, its own period first, no "ise": "Geçen yıl ticaret hacmi 2,1 milyar dolar oldu ve bu
# yılın ilk yarısında yüzde 8 artışla 1,2 milyar dolara ulaştı", "… olub və bu ilin ilk yarısında 9 faiz artaraq …".
# The growth after the period is the further amount's, not the year's.
# Round 89 (t1, while_clause): or "iken"/"ikən" (while it was) right after the first amount, the further amount's
# period and growth after it: "ticaret hacmi 2024'te 3 milyar 450 milyon dolar iken geçen yıl yüzde 19,4 artışla 4
# milyar 120 milyon dolara ulaştı" (dev/1352), Azerbaijani "… 500 milyon dollar ikən ötən il …": two figures, the
# growth the second's.
# Round 96 (t1): or the first amount's verb as a "while" converb and a comma, "Azerbaycan'a ihracat Ekim ayında yüzde
# 9,4 artışla 318,6 milyon dolara yükselirken, Ocak-Ekim döneminde yüzde 6,1 artışla 3 milyar 12 milyon dolar olarak
# gerçekleşti" (dev/1436: while rising to … in October, in January–October it came to …), Azerbaijani "… artarkən, …"
_LOCAL_AND_OPEN = re.compile(r"\s*(?:oldu|olmuştu|olmuş|idi|olub|olmuşdu|gerçekleşti|təşkil\s+edib|"
                             r"təşkil\s+etmişdi)?,?\s+(?:ve|və)\s+|\s+(?:iken|ikən),?\s+"
                             r"|\w{0,3}\s+[^\W\d]+(?:ken|kən),\s+", re.I)
_LOCAL_AND_TAIL = re.compile(r"(?:\s+(?:aylarında|döneminde|dövründə))?"
                             r"(?:\s+(?:" + _ELLIPTIC_GROWTH + r"))?(?:\s+(?:yaklaşık|təxminən))?\s*$", re.I)


def _local_and_clause_period(segment: str, published: date, period: str) -> tuple[str, int] | None:
    """The period of a further Turkish/Azerbaijani clause opened by "ve"/"və" after the amount before's verb, or by its
    "while" converb (_LOCAL_AND_OPEN), its period right after and nothing but a growth or an approximate word up to the
    amount (_LOCAL_AND_TAIL), when not the figure's; with where the clause opens. Else None."""
    if " ve " not in segment and " və " not in segment and " iken " not in segment and " ikən " not in segment \
            and "ken, " not in segment and "kən, " not in segment:
        return None
    opened = _LOCAL_AND_OPEN.match(segment)
    if opened is None:
        return None
    rest = segment[opened.end():]
    own = when.period_in(rest, published)
    if own is None or rest[:own[1]].strip() or not _LOCAL_AND_TAIL.fullmatch(rest, own[2]):
        return None
    return (own[0], opened.start()) if own[0] != period else None


# Round 35 (trade and targets): one sector's goal is no target of the pair, as one sector's figure is no figure of it
# (_SECTOR_FLOW in the amount's clause before it): "tarım ürünleri ticaretini 2030'a kadar 1,5 milyar dolara
# çıkarmayı hedefliyoruz", "to raise agricultural trade to $500 million by 2028".
# Round 61 (trade61): a target amount with one sector's flow right after it, "a separate goal of $50 million in
# agricultural exports", "$300 million of farm trade": one sector's goal (a good's, _GOOD_AFTER, is read as well).
_SECTOR_FLOW_AFTER = re.compile(r"\s*(?:in|of)\s+(?:annual\s+)?(?:agricultural|agri-food|farm|food|textile|energy|"
                                r"tourism|IT|digital|services?|industrial|construction)\s+"
                                r"(?:exports?|imports?|trade|sales)\b", re.I)
_SECTOR_FLOW_AFTER_WORDS = ("agri", "farm", "food", "textile", "energy", "tourism", "it ", "digital", "service",
                            "industrial", "construction")  # as cheap.lowered() has them; one is in every match


def _sector_flow_after(sentence: str, check: str, amount: money.Amount) -> bool:
    """The amount has one sector's flow right after it (_SECTOR_FLOW_AFTER). `check`: cheap.lowered(sentence)."""
    return any(word in check for word in _SECTOR_FLOW_AFTER_WORDS) \
        and bool(_SECTOR_FLOW_AFTER.match(sentence, amount.end))


def _sector_target(sentence: str, segment_check: str, previous_end: int, amount: money.Amount) -> bool:
    """The target amount's own clause names one sector's or good's trade before it (_SECTOR_FLOW)."""
    return any(w in segment_check for w in _SECTOR_WORDS) \
        and bool(_SECTOR_FLOW.search(sentence, max(previous_end, _own_clause_start(sentence, amount.start)),
                                     amount.start)) \
        or _sector_named_back(sentence, segment_check, previous_end, amount) \
        or _non_oil_before(sentence, segment_check, previous_end, amount) \
        or _non_oil_after(sentence, amount) \
        or _good_flow_object(sentence, segment_check, previous_end, amount)


# Round 46: Turkish and Azerbaijani name the flow a goal raises in the accusative, one good's bare before it:
# "Bakanlığın ayrıca hellim ihracatını tek başına 10 milyon dolara taşıma hedefi bulunuyor" (to carry halloumi exports
# alone to $10 million), "pambıq ixracını 50 milyon dollara çatdırmaq": one good's goal, no target of the pair (a
# state's name, capitalised, or a word of all goods before the flow is no good: "Kazakistan'a ihracatını", "toplam
# ihracatını").
_GOOD_FLOW_OBJECT = re.compile(r"(?<![\w'’-])(?P<good>[a-zçğıöşüə]{3,})\s+(?:ihracat|ithalat|ixrac|idxal)[ıi]n[ıi]\b")


def _good_flow_object(sentence: str, segment_check: str, previous_end: int, amount: money.Amount) -> bool:
    """The target amount's clause names one good's flow as the goal's object before it (_GOOD_FLOW_OBJECT)."""
    if not any(word in segment_check for word in TA_FLOW_NOUNS):
        return False
    return any(_a_good_word(m["good"]) for m in _GOOD_FLOW_OBJECT.finditer(
        sentence, max(previous_end, _own_clause_start(sentence, amount.start)), amount.start))


# Round 35 (trade and targets): a sector told in the sentence before and named back as "the sector" ("İlk sırada hazır
# giyim ve tekstil yer aldı. Sektörün 10 aylık ihracatı 210 milyon doları buldu", "the sector's exports reached $90
# million", "экспорт отрасли составил", "sektorun ixracı"): one sector's, no figure or target of the pair. Non-oil trade
# ("qeyri-neft ixracı 400 milyon dollar") stays a figure of its own scope, as data/raw/trade.csv keeps such rows
# (_scope); a non-oil goal is no target of the pair's trade (targets have no scope).
_SECTOR_BACK = re.compile(r"\b(?:sekt[öo]r\w*|(?:the|this)\s+sector(?:['’]s)?|отрасл\w*)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?(?:exports?|imports?|sales|trade|ihracat\w*|ithalat\w*|ixrac\w*|"
                          r"idxal\w*|экспорт\w*|импорт\w*)"
                          r"|\b(?:экспорт|импорт)\w*\s+(?:этой\s+|данной\s+)?отрасл\w*", re.I)
_SECTOR_BACK_WORDS = ("sektör", "sektor", "sector", "отрасл")  # as cheap.lowered() has them; one is in every match


def _sector_named_back(sentence: str, segment_check: str, previous_end: int, amount: money.Amount) -> bool:
    """The amount's own clause before it names a sector's flow back (_SECTOR_BACK)."""
    if not any(w in segment_check for w in _SECTOR_BACK_WORDS):
        return False
    return bool(_SECTOR_BACK.search(sentence, max(previous_end, _own_clause_start(sentence, amount.start)), amount.start))


def _non_oil_before(sentence: str, segment_check: str, previous_end: int, amount: money.Amount) -> bool:
    """The amount's own clause before it names non-oil trade (_NON_OIL)."""
    if not any(w in segment_check for w in _NON_OIL_WORDS):
        return False
    return bool(_NON_OIL.search(sentence, max(previous_end, _own_clause_start(sentence, amount.start)), amount.start))


# Round 57 (trade57): a goal's non-oil trade named right after its amount, "ориентир в 1,5 млрд долларов по ненефтяной
# торговле", "a goal of $1.5 billion in non-oil trade": no target of the pair (as _non_oil_before).
_NON_OIL_AFTER = re.compile(r"[\w'’]{0,6}\s+(?:(?:по|в|для|in|of|for)\s+)?(?:the\s+)?(?:[^\W\d]+\s+)?"
                            r"(?:non-oil|ненефтян|qeyri-neft|petrol\s+dışı)", re.I)


def _non_oil_after(sentence: str, amount: money.Amount) -> bool:
    """Non-oil trade is named right after the target's amount (_NON_OIL_AFTER)."""
    return bool(_NON_OIL_AFTER.match(sentence, amount.end))


# Round 35 (trade and targets): a lead's round figure ("ihracatı yılın ilk 10 ayında 1 milyar doları geçti", "exports
# topped $1 billion") that a later sentence tells exactly ("… 1 milyar 12 milyon dolar oldu") is one figure, the exact
# one, as a headline's is (_headline_told_again): same pair, period and flow, within ROUNDED_WITHIN of the exact value,
# and on the side its qualifier says ("over" below the exact value, "under"/"approaching" above it).
ROUNDED_WITHIN = 0.05
_BELOW_EXACT = frozenset(("over", "at least"))  # qualifiers of a round value below the exact one
_ABOVE_EXACT = frozenset(("under", "approaching"))  # qualifiers of a round value above it


# Round 49 (trade other): a lower bound told round is the exact value cut to the round one's digits, however far below
# it: "over $2 billion" of $2,148 million (an interviewer's question, the answer's exact figure); not "over $2 billion"
# of $3,148 million, nor "nearly $3 billion" of $2,410 million (an upper bound stays within ROUNDED_WITHIN).
def _cut_to_its_digits(rounded: FigureFound, exact: FigureFound) -> bool:
    """Is `rounded` (over, at least) `exact`'s value cut down to its own significant digits?"""
    value = rounded.value_usd_m
    if rounded.qualifier not in _BELOW_EXACT or value <= 0 or value != int(value):
        return False
    digits = str(int(value))
    scale = 10 ** (len(digits) - len(digits.rstrip("0")))
    return (exact.value_usd_m // scale) * scale == value


def _rounds_exact(rounded: FigureFound, exact: FigureFound) -> bool:
    """`rounded` (a later or earlier figure with an approximate qualifier) is `exact`'s value told round."""
    if exact.qualifier != "exact" or rounded.qualifier == "exact" or exact.kind != "trade" \
            or set(exact.pair) != set(rounded.pair) or (exact.period, exact.flow) != (rounded.period, rounded.flow):
        return False
    if abs(exact.value_usd_m - rounded.value_usd_m) > ROUNDED_WITHIN * exact.value_usd_m \
            and not _cut_to_its_digits(rounded, exact):
        return False
    if rounded.qualifier in _BELOW_EXACT:
        return rounded.value_usd_m <= exact.value_usd_m
    if rounded.qualifier in _ABOVE_EXACT:
        return rounded.value_usd_m >= exact.value_usd_m
    return True


def _told_exactly(rounded: FigureFound, exact: FigureFound) -> bool:
    """Round 48: `exact`, told as "the exact figure", is `rounded` (the trade figure right before it, with or without
    an approximate word) told exactly: the same pair, period and flow, within ROUNDED_WITHIN of it."""
    return rounded.kind == "trade" and set(rounded.pair) == set(exact.pair) \
        and (rounded.period, rounded.flow) == (exact.period, exact.flow) \
        and abs(exact.value_usd_m - rounded.value_usd_m) <= ROUNDED_WITHIN * exact.value_usd_m


# Round 75 (sidebar75): or an earlier one: a social media post's "5 milyar doları aşan ticaret hacmimiz" after the body
# told the same year's "5 milyar 140 milyon dolar" (dev/1184) is that figure told round again.
def _rounded_told_exactly(found: list[FigureFound], doc: Document) -> list[FigureFound]:
    """`found` without each round trade figure another one, later or earlier, tells exactly (_rounds_exact), unless
    its teller is set against that one's (_set_against_before).
    Round 93 (t1, round_telling_growth): the exact one takes the round telling's growth when it has none ("Geçen yıl
    ikili ticaret hacmimiz 5 milyar 120 milyon dolar olarak gerçekleşti" then "… geçen yıl yüzde 16 artışla 5,1
    milyar doları aştı", dev/1404: the same figure, up 16%)."""
    kept = []
    starts = None  # the sentences' starts, on first need (_set_against_before)
    for f in found:
        exact = None if f.kind != "trade" or f.qualifier == "exact" \
            else next((other for other in found if other is not f and _rounds_exact(f, other)), None)
        if exact is not None and (" isə " in doc.text or " ise " in doc.text):
            starts = starts or [s.start for s in doc.sentences]
            if _set_against_before(doc, starts, f, exact):
                exact = None
        if exact is None:
            kept.append(f)
        elif exact.growth_pct is None and f.growth_pct is not None:
            exact.growth_pct = f.growth_pct
    return kept


# Round 98 (q2, set_against_before): a round figure whose sentence sets its teller against the sentence right before it
# by "isə"/"ise" (whereas, as for) before its amount, when that sentence told the exact figure it would round: "Türkiyə
# Statistika İnstitutunun hesablamalarına görə isə … ticarət 7 milyard 684 milyon dollar olub. İqtisadiyyat naziri X Y
# isə … ötən il dövriyyənin "8 milyard dollara yaxın" olduğunu bildirib" (dev/1462) is the minister's own figure beside
# the statistics office's, each a record ("three different figures"); not a round figure told before the exact one
# (a later exact count of the same teller: dev/803), nor one set against nothing that told a figure.
_SET_AGAINST = re.compile(r" (?:isə|ise) ")  # (the gate in _rounded_told_exactly: the same words)


def _set_against_before(doc: Document, starts: list[int], rounded: FigureFound, exact: FigureFound) -> bool:
    """Does `rounded`'s sentence set its teller against the sentence right before it, which told `exact`?"""
    k = bisect_right(starts, rounded.span[0]) - 1
    if k < 1 or bisect_right(starts, exact.span[0]) - 1 != k - 1:
        return False
    s = doc.sentences[k]
    return _SET_AGAINST.search(s.text, 0, rounded.span[0] - s.start) is not None


# Round 49 (trade releases): a lead's figure told round with no approximate word ("Trade with Kazakhstan reached $1.12
# billion") and the same pair's, period's and flow's figure told exactly in a later paragraph ("Turnover amounted to
# $1,118.6 million, up 6.1%") are one figure, the exact one: the round value has three significant digits at most and is
# the exact value rounded to its last one. The round one's growth is kept when the exact one has none.
ROUND_DIGITS = 3  # significant digits a round value has at most


def _round_step(value: float) -> float | None:
    """The place a round value (`value`, USD million) is told to: the largest power of ten (a million at least) it is
    a multiple of, when it has ROUND_DIGITS significant digits at most; else None."""
    if value < 1 or value != int(value):
        return None
    step = 1
    while int(value) % (step * 10) == 0:
        step *= 10
    return step if value / step < 10 ** ROUND_DIGITS else None


def _exact_told_round_before(found: list[FigureFound]) -> list[FigureFound]:
    """`found` without each exact trade figure told round (_round_step) that another trade figure of the same pair,
    period and flow tells more exactly (not a multiple of that step, the same value when rounded to it, within
    ROUNDED_WITHIN: $10 billion is no rounding of $5.27 billion): mostly a later one, but a summary's round repeat
    after the exact one is the same figure too."""
    dropped = set()
    for i, f in enumerate(found):
        if f.kind != "trade" or f.qualifier != "exact" or (step := _round_step(f.value_usd_m)) is None:
            continue
        for other in found:
            if other.kind == "trade" and other.qualifier == "exact" and set(other.pair) == set(f.pair) \
                    and (other.period, other.flow) == (f.period, f.flow) and other.value_usd_m % step \
                    and round(other.value_usd_m / step) * step == f.value_usd_m \
                    and abs(other.value_usd_m - f.value_usd_m) <= ROUNDED_WITHIN * other.value_usd_m:
                if other.growth_pct is None:
                    other.growth_pct = f.growth_pct
                dropped.add(i)
                break
    return [f for i, f in enumerate(found) if i not in dropped] if dropped else found


# Round 35 (trade and targets): a period as the subject that "added another" amount to the trade just reported is a
# further figure of it, as an elliptic sentence is (_elliptic), with a growth aside after it allowed: "The first quarter
# of 2026 added another $31.2 million, a 22% increase on the same period of last year", "January–March brought a further
# $40 million", Russian "Первый квартал 2026 года добавил ещё $31,2 млн".
_ADDED_WORDS = ("added", "brought", "contributed", "добавил")  # as cheap.lowered() has them; one is in every match
_ADDED_ANOTHER = re.compile(r"\s+(?:alone\s+)?(?:added|brought(?:\s+in)?|contributed|добавил[аио]?)\s+"
                            r"(?:another|a\s+further|an\s+additional|ещё|еще)\s+"
                            r"(?:(?:about|around|nearly|almost|some|около|почти)\s+)?", re.I)
_ADDED_AFTER = re.compile(r"\s*(?:[.!]|$|,\s+(?:a|an|up|down|что|или)\b)", re.I)


def _period_added_another(sentence: str, check: str, published: date) -> bool:
    """Is the sentence a period that "added another" amount (_ADDED_ANOTHER), then its end or an aside?"""
    if not any(word in check for word in _ADDED_WORDS) or not _A_DIGIT.search(sentence):
        return False
    amounts = money.amounts_in(sentence, check)
    period = when.period_in(sentence, published, check) if amounts else None
    if period is None or period[2] > amounts[0].start:
        return False
    return bool(_ELLIPTIC_BEFORE.match(sentence, 0, period[1])
                and _ADDED_ANOTHER.fullmatch(sentence, period[2], amounts[0].start)
                and _ADDED_AFTER.match(sentence, amounts[0].end))


# Round 37 (trade and targets): a further clause joined by "and" with its own verb of amounting, its period a whole year
# after the amount, is a figure of that year even when the year ends before the amount before's period (a look back told
# as a statement, not a comparison): "trade reached $1.46 billion in January–August and was about $2.1 billion for the
# whole of last year". A bare "and $2.5 billion in 2023" stays no figure (_and_alone_further), and "than"/"from" before
# the amount never ends in this verb.
_AND_VERB_END = re.compile(r"\s(?:and|but|while|whereas)\s+(?:(?:it|the\s+figure|trade|turnover)\s+)?"
                           r"(?:had\s+)?(?:was|stood\s+at|came\s+to|amounted\s+to|totall?ed|reached)\s+"
                           r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just\s+over)\s+)?\$?$"
                           # round 40 (trade B): a look back told by "after"/"having" and a verb of reaching, "rose 18% to
                           # $41.6 million in January–September, after reaching $47.9 million for the whole of 2024"
                           r"|,?\s(?:after|having)\s+(?:reaching|reached|hitting|hit|totall?ing|totall?ed|"
                           r"standing\s+at|amounting\s+to)\s+"
                           r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just\s+over)\s+)?\$?$"
                           # round 72 (visits72): a look back told by "against", the year told whole after the amount
                           # ("… $684.5 thousand in January–September 2026, against $512.3 thousand for the whole of
                           # 2025", dev/1149; a bare "against $X in 2025" stays the same part of that year)
                           r"|(?P<against>,\s+against\s+)"
                           r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just\s+over)\s+)?\$?$", re.I)
_WHOLE_YEAR_AFTER = re.compile(r"\s*(?:in|for|over)\s+(?:the\s+(?:whole|full|entire)\s+(?:of\s+)?|all\s+of\s+)?"
                               r"(?=(?:19|20)\d\d|last\s+year|the\s+previous\s+year)", re.I)


def _and_verb_whole_year(sentence: str, segment: str, amount: money.Amount, published: date, last: str):
    """The whole year told right after a further amount whose clause opens with "and" and a verb of amounting
    (_AND_VERB_END, _WHOLE_YEAR_AFTER), and where that clause opens in `segment`; None when the form is not that, the
    year is the amount before's or is not over at `published`."""
    if "and" not in segment and "while" not in segment and "but" not in segment and "after" not in segment \
            and "having" not in segment and "against" not in segment or not (m := _AND_VERB_END.search(segment)):
        return None
    after = sentence[amount.end:amount.end + 60]
    if not (lead := _WHOLE_YEAR_AFTER.match(after)) or not (own := when.period_in(after, published)):
        return None
    if m["against"] and not any(word in lead[0].lower() for word in ("whole", "full", "entire", "all of")):
        return None  # round 72 (visits72): "against $X in 2025" compares with the same part of that year
    if own[1] != lead.end() and not after[lead.end():own[1]].strip().lower() in ("", "the"):
        return None
    label = own[0]
    if label == last or len(label) != 4 or not label.isdigit() or int(label) >= published.year:
        return None
    return label, m.start()


# Round 37 (trade and targets): a target told with no year gets the year a later sentence gives "the target" or "the goal"
# of the same amount: '"Ten billion dollars is not a dream, it is a plan," she said, referring to the target set by the
# presidents for 2030' after "a long-standing goal of taking trade to $10 billion". Only a sentence whose every amount is
# the target's, and a year not before the article's.
_GOAL_WORDS = ("target", "goal")  # one is in every _GOAL_FOR_YEAR match
_GOAL_FOR_YEAR = re.compile(r"\b(?:target|goal)\b[^.;!?]{0,60}?\b(?:for|by)\s+((?:20)\d\d)\b", re.I)


def _goal_year_told_later(doc: Document, found: list[FigureFound], published: date) -> list[FigureFound]:
    """`found` with each yearless target given the year a sentence after it tells its goal by (_GOAL_FOR_YEAR)."""
    if not any(f.kind == "target" and f.target_year is None for f in found):
        return found
    for f in found:
        if f.kind != "target" or f.target_year is not None:
            continue
        for s in doc.sentences:
            if s.end <= f.span[0] or not any(word in s.check for word in _GOAL_WORDS) \
                    or not (m := _GOAL_FOR_YEAR.search(s.text)) or int(m[1]) < published.year:
                continue
            amounts = money.amounts_in(s.text, s.check)
            if amounts and all(a.usd_m == f.value_usd_m for a in amounts):
                f.target_year = int(m[1])
                break
    return found


# Round 37 (trade and targets): a further clause on the flow "in the other direction" after one state's exports (or
# imports) to another is the partner's same flow to the first: "Turkey's exports to the north came to about $2.2 billion
# last year, while sales in the other direction stood at some $92 million", "…, and shipments the other way at $40
# million". Its subject is a word of goods moving; "talks in the other direction" is none.
_OTHER_WAY_WORDS = ("other direction", "opposite direction", "reverse direction", "other way",
                    "обратном направлении")  # one in every match
_OTHER_WAY = re.compile(r"\b(?:sales|exports|shipments|deliveries|supplies|flows?|trade)\s+(?:going\s+|heading\s+)?"
                        r"(?:in\s+the\s+(?:other|opposite|reverse)\s+direction|the\s+other\s+way)\b"
                        r"[^.;]{0,40}?\s*$"
                        # round 38: Russian "поставки в обратном направлении составили $120 млн"
                        r"|(?<!\w)(?:поставки|экспорт|продажи|торговля)\s+в\s+обратном\s+направлении(?!\w)[^.;]{0,40}?\s*$",
                        re.I)


# Round 59 (trade59c): the total of a pair's export and import told before it in the sentence, its turnover though it
# names no trade word: "… ithalat 1,06 milyar dolar olurken toplam hacim 3,1 milyar dolar civarında gerçekleşti",
# "ümumi həcm", "общий объём", ", while the total came to …"; not a flow's or a state's total ("toplam ihracatı",
# "Türkiye'nin toplam ihracatı", "the total exports", "of the total": a share), nor "dünyaya toplam" (the world's).
_TOTAL_OF_FLOWS = re.compile(r"\b(?:toplam|ümumi)\s+(?:(?:ticaret|ticarət)\s+)?(?:hac(?:im|m)\w*|həcm\w*|ticaret\w*|"
                             r"ticarət\w*|dövriyyə\w*)(?!\s+(?:hedef|hədəf))|"
                             r"\bобщ(?:ий|его|ая|ее)\s+(?:объ[её]м\w*|товарооборот\w*|оборот\w*)|"
                             r"(?<!\bof )\bthe\s+total(?:\s+(?:trade|turnover))?(?!\s+(?:foreign|external|exports?|"
                             r"imports?|of)\b)", re.I)
_TOTAL_OF_FLOWS_WORDS = ("toplam", "ümumi", "общ", "the total")  # one is in every _TOTAL_OF_FLOWS match


def _total_of_flows(doc: Document, s, segment: str, check: str, start: int, amount: money.Amount,
                    found: list[FigureFound]) -> bool:
    """Is a further amount, its clause (`segment`, since the amount before at `start`) naming no trade word but a
    total, the turnover of the export and import just found, the last in this sentence (_TOTAL_OF_FLOWS)? Not when the
    clause names a state (its total: "Türkiye'nin toplam ticaret hacmi") or the world or a group."""
    if not any(word in check for word in _TOTAL_OF_FLOWS_WORDS) or not (total := _TOTAL_OF_FLOWS.search(segment)):
        return False
    if not _flows_of_a_pair_before(found) or _A_GROUP.search(segment) \
            or any(start <= m.start - s.start < amount.start for m in doc.mentions(s)):
        return False
    return not _FLOW_LAST_AFTER_TOTAL.match(segment, total.end())


def _pairs_total_word(sentence: str, total: re.Match) -> bool:
    """Is the total word `total` (_GROUP_OR_TOTAL) the start of a pair's total of its flows (_TOTAL_OF_FLOWS)?"""
    return bool((m := _TOTAL_OF_FLOWS.search(sentence, max(0, total.start() - 4), total.end() + 30))
                and m.start() <= total.start() < m.end()) and not _A_GROUP.search(sentence, total.start())


# Round 59 (trade59c): a flow's total with no state named, after the pair's figure: "…, dünyaya toplam ihracat 260
# milyar dolara ulaştı", ", while total exports came to $80 billion", "общий экспорт страны" (one state's with the
# world, no pair's figure; "Özbekistan'a toplam ihracat" names its partner and stays).
_WORLD_FLOW_TOTAL = re.compile(r"\b(?:toplam|ümumi)\s+(?:ihracat|ithalat|ixrac|idxal)\w*|"
                               r"\b(?:total|overall)\s+(?:exports?|imports?)\b|"
                               r"\bобщ\w+\s+(?:объ[её]м\w*\s+)?(?:экспорт|импорт)\w*", re.I)
_WORLD_FLOW_TOTAL_WORDS = ("toplam", "ümumi", "total", "overall", "общ")  # one is in every _WORLD_FLOW_TOTAL match


def _world_flow_total(doc: Document, s, segment: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is a further amount's clause (`segment`, since the amount before at `start`) a flow's total naming no state
    (_WORLD_FLOW_TOTAL)?"""
    return any(word in check for word in _WORLD_FLOW_TOTAL_WORDS) and bool(_WORLD_FLOW_TOTAL.search(segment)) \
        and not any(start <= m.start - s.start < amount.start for m in doc.mentions(s))


def _flows_of_a_pair_before(found: list[FigureFound]) -> bool:
    """Are the last two figures found one pair's export and import of one period (the amount before's sentence, or
    the sentence before it for the first)?"""
    return len(found) > 1 and {found[-1].flow, found[-2].flow} == {"export", "import"} \
        and found[-1].kind == found[-2].kind == "trade" and frozenset(found[-1].pair) == frozenset(found[-2].pair) \
        and found[-1].period == found[-2].period


_FLOW_LAST_AFTER_TOTAL = re.compile(r"\s+(?:\w+\s+)?(?:ihracat|ithalat|ixrac|idxal|экспорт|импорт|exports?|imports?)",
                                    re.I)


def _other_way_flow(segment: str, segment_check: str, last: FigureFound) -> bool:
    """Is the clause since the amount before (`segment`) the flow of `last`, an export or import, the other way round
    (_OTHER_WAY)?"""
    return last.kind == "trade" and last.flow in ("export", "import") \
        and any(word in segment_check for word in _OTHER_WAY_WORDS) and bool(_OTHER_WAY.search(segment))


# Round 37 (trade and targets): Turkish and Azerbaijani also name the good bare between the state it goes to and the flow:
# "KKTC'den Türkiye'ye hellim ihracatı geçen yıl 24 milyon dolar oldu" (halloumi exports to Türkiye), "Özbəkistandan
# Türkiyəyə pambıq ixracı" — one good's, not the pair's (as _GOOD_GENITIVE_FLOW). The state's dative is capitalised; the
# word between is no word of all goods ("toplam", "mal"), no participle of the flow ("yaptığı ihracat", "etdiyi ixrac")
# and no scope word ("petrol dışı", "qeyri-neft": non-oil trade is a figure of its own scope).
_GOOD_BARE_FLOW = re.compile(r"[A-ZÇĞİÖŞÜƏ]\w*(?:['’](?:y?[ae]|n[ae])|(?:y[aə]|[aə]))\s+"
                             r"(?<![\w'’-])(?P<good>[a-zçğıöşüə]{3,})\s+(?:ihracat|ithalat|ixrac|idxal)\w*")
_NOT_A_GOOD = frozenset(("toplam", "mal", "ürün", "ikili", "karşılıklı", "yıllık", "genel", "ümumi", "məhsul",
                         "dışı", "dış", "xarici", "neft", "yönelik", "olan", "yaptığı", "gerçekleştirdiği", "yapılan",
                         "gerçekleşen", "etdiyi", "edilən", "olunan", "etdiyimiz", "yaptığımız", "aylık", "illik",
                         "kümülatif", "resmi", "rəsmi", "doğrudan", "birbaşa", "cari", "ise", "isə", "da", "de", "də",
                         "yeniden", "geçen", "bu", "ilk", "son", "olub"))


def _good_bare_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount one good's exports or imports, the good bare between the state's dative and the flow
    (_GOOD_BARE_FLOW), in its clause since `start`?"""
    return any(word in check for word in TA_FLOW_NOUNS) \
        and any(m["good"] not in _NOT_A_GOOD and not places.codes_in(m["good"])
                for m in _GOOD_BARE_FLOW.finditer(sentence, max(start, _own_clause_start(sentence, amount.start)),
                                                  amount.start))


# Round 37 (trade and targets): the further Turkish/Azerbaijani clause with "ise"/"isə" may open at a semicolon as at a
# comma: "… 2025'te 1,4 milyar dolara ulaştı; bu yılın ocak-haziran döneminde ise 780 milyon dolar oldu"
# (_local_clause_period).
# Round 96 (t1): not a decimal comma, "ihracat yapıldı (yüzde 21,6 artış); Ocak-Ekim döneminde …" (dev/1436)
_CLAUSE_MARK = re.compile(r";|,(?!\d)")


def _clause_comma(segment: str) -> int:
    """Where the first comma (no decimal one) or semicolon of `segment` stands; -1 when none."""
    mark = _CLAUSE_MARK.search(segment)
    return mark.start() if mark else -1


# Round 38 (trade and targets): a further clause's own flow that names both states of the pair, in its own order, is
# that order's flow, not the clause before's: "Uzbek exports to Türkiye reached $1.3 billion, while Turkish exports to
# Uzbekistan came to $2.1 billion", "Türkiye'nin Macaristan'a ihracatı 2,8 milyar dolar olurken, Macaristan'ın
# Türkiye'ye ihracatı 3,9 milyar dolar oldu", "…, а экспорт Узбекистана в Казахстан — $1,4 млрд", "exports from
# Azerbaijan to Kazakhstan". The state named first owns the flow, as in a first clause (_pair).
def _flow_pair_in_order(doc: Document, s, start: int, end: int, pair: tuple[str, str]) -> tuple[str, str] | None:
    """The `pair` in the order the clause from `start` to the amount at `end` names its two states, when it names both
    and no other; else None."""
    named = list(dict.fromkeys(m.iso3 for m in doc.mentions(s) if start <= m.start - s.start < end))
    return (named[0], named[1]) if len(named) == 2 and set(named) == set(pair) else None


# Round 38 (trade and targets): a further clause of the same trade may open at a bare semicolon, no conjunction, with its
# period first and its own verb (and subject) after it: "trade reached $7.5 billion last year; in January–August it was
# $5.1 billion", "…; in the first nine months of 2026 the figure was $290 million", Russian "…; за январь–июнь 2026 года
# он составил $410 млн" (_CLAUSE_GAP, _CLAUSE_VERB as after a conjunction).
_SEMICOLON_OPEN = re.compile(r"\s*(?:(?:and|but|а|и|но)\s+)?", re.I)
_SEMICOLON_SUBJECT = re.compile(r"\s+(?:(?:the|this)\s+figure|trade|turnover|the\s+total|товарооборот|показатель)(?=\s)",
                                re.I)


def _semicolon_clause_period(segment: str, published: date, period: str) -> tuple[str, int] | None:
    """The period of a further clause opened by a semicolon at most AFTER_AMOUNT characters after the amount before
    (_SEMICOLON_OPEN, _CLAUSE_GAP, the period, _SEMICOLON_SUBJECT, _CLAUSE_VERB), when not the figure's, and where it
    opens; else None."""
    semi = segment.find(";")
    if semi < 0 or semi > AFTER_AMOUNT:
        return None
    opened = _SEMICOLON_OPEN.match(segment, semi + 1)
    rest = segment[opened.end():]
    own = when.period_in(rest, published)
    if own is None or own[0] == period or not _CLAUSE_GAP.fullmatch(rest, 0, own[1]):
        return None
    end = opened.end() + own[2]
    subject = _SEMICOLON_SUBJECT.match(segment, end)
    return (own[0], semi) if _CLAUSE_VERB.match(segment, subject.end() if subject else end) else None


# Round 49: Turkish and Azerbaijani "this figure" opening the clause after a semicolon, then the same period a year
# before: "…; bu rakam geçen yılın aynı döneminde 3 milyar 38 milyon dolardı", "…; bu rəqəm ötən ilin eyni dövründə …".
_SEMICOLON_FIGURE_BACK = re.compile(r"\s*" + _THIS_FIGURE_LOCAL + r"\s", re.I)


def _semicolon_figure_back_period(segment: str, period: str) -> tuple[str, int] | None:
    """The period of a further clause opened by a semicolon and "this figure" (_SEMICOLON_FIGURE_BACK) that looks back
    to the same period a year before (when.period_back_in), and where it opens; else None."""
    semi = segment.find(";")
    if semi < 0 or semi > AFTER_AMOUNT or not _SEMICOLON_FIGURE_BACK.match(segment, semi + 1):
        return None
    back = when.period_back_in(segment[semi + 1:], period)
    return (back[0], semi) if back and back[0] != period else None


# Round 38 (trade and targets): a share of the figure just told, its flow named after the amount: "ticaret hacminin 2,2
# milyar dolara ulaştığını, bunun 2 milyar 130 milyon dolarlık kısmının Türkiye'nin KKTC'ye ihracatından oluştuğunu"
# (of which X was Türkiye's exports to the TRNC), "bunun 3,9 milyar dolarlık kısmını Macaristan'dan ithalat oluşturdu",
# Azerbaijani "…, bunun 410 milyon dolları Azərbaycanın ixracının payına düşüb", English "of which $2.9 billion were Kazakh
# exports", "and the rest, $900 million, were imports from Turkmenistan". Its period is the figure's. Whose flow: the two
# states named with it in their order; one named is its owner, or its partner after "from"/"to" or in a case of
# direction ("Macaristan'dan"); none, the figure before's. Not one good's: "of which $1 billion were exports of oil",
# "bunun 1 milyar dolarlık kısmı petrol ihracatı" (a word between that names no state).
# Round 80 (cyprus80b): "only" between the share's opening and its amount, Turkish "bunun yalnızca 2,3 milyon dolarının
# KKTC'nin Azerbaycan'a ihracatından oluştuğunu" (of which only 2.3 million was the TRNC's exports), Azerbaijani "bunun
# yalnız/təkcə …", Russian "из них лишь …", English "of which only/just $…" (dev/1250)
_SHARE_OPEN = re.compile(r"(?:\bof\s+(?:which|this|that|it)|\bbunun|\bthe\s+rest|\bthe\s+remain(?:der|ing)|"
                         r"(?<!\w)из\s+(?:которых|них)|(?<!\w)в\s+том\s+числе)[\s,]*"
                         r"(?:(?:only|just|yalnızca|yalnız|sadece|sadəcə|təkcə|лишь|только)\s+)?"
                         r"(?:(?:about|some|nearly|almost|around|over|more\s+than|roughly|yaklaşık|təxminən)\s+)?\$?$", re.I)
_SHARE_OPEN_WORDS = ("of which", "of this", "of that", "of it", "bunun", "the rest", "the remain", "из которых",
                     "из них", "в том числе")  # one in every match
_SHARE_AFTER_EN = re.compile(r"[\s,]*(?:(?:were|was|came\s+from|consisted\s+of|represented|made\s+up)\s+)?"
                             r"(?P<who>(?:[\w’'-]+\s+){0,2}?)(?:(?P<export>exports|shipments|sales)|(?P<import>imports))\b"
                             r"(?!\s+of\b)(?:\s+(?:from|to)\s+(?:the\s+)?[\w’'-]+)?", re.I)
_SHARE_AFTER_LOCAL = re.compile(r"\w{0,4}(?:\s+kısm\w*)?\s+(?P<who>(?:[\w’'-]+\s+){0,2}?)"
                                r"(?:(?P<export>ihracat|ixrac)|(?P<import>ithalat|idxal))\w*", re.I)
# Russian: "из которых $250 млн пришлось на экспорт Венгрии" (fell to Hungary's exports); the states after the flow, then
# no word of a good ("на экспорт зерна")
_SHARE_AFTER_RU = re.compile(r"\s+(?:пришл\w+|приходи\w+)\s+на\s+(?:долю\s+)?(?:(?P<export>экспорт|поставк)|(?P<import>импорт))"
                             r"\w*(?P<who>(?:\s+(?:из\s+|в\s+)?[А-ЯЁ][\w-]+){0,2})(?=\s*(?:[.,;)—–]|$|\s+(?:и|а|что|при)\s))")
_TOWARD_BEFORE = re.compile(r"(?:\b(?:from|to)\s+(?:the\s+)?|(?<!\w)(?:из|в)\s+)$", re.I)
_TOWARD_AFTER = re.compile(r"[’']?(?:n?d[aeə]n|t[aeə]n|y?[aeə])\b", re.I)  # "Macaristan'dan", "KKTC'ye", "Qazaxıstana"
_SHARE_PAIR_GAP = re.compile(r"[\w’'-]+")
# what may stand by the states' names before the flow: a case ending, a possessive, "from"/"to"
_SHARE_NAME_REST = re.compile(r"[’']?(?:n?[ıiuüə]n|n?d[aeə]n|t[aeə]n|y?[aeə]|s)|from|to|the|из|в", re.I)


# Round 44: a part of a figure told before whose own flow is not named after it ("Bu ihracatın 412 milyon dolarlık kısmı
# Mersin'deki firmalar tarafından gerçekleştirildi": the part of this export that firms in Mersin made, Azerbaijani
# "… milyon dollarlıq hissəsi …") is no figure of the pair; "bunun 2 milyar dolarlık kısmı Türkiye'nin KKTC'ye
# ihracatıydı" names its flow (_share_flow_after).
_PART_AFTER = re.compile(r"(?:l[ıi][kq])\s+(?:kısm|bölüm|hissə)\w*\b(?P<rest>[^.;]*)", re.I)  # "dolar|lık kısmı"
_FLOW_WORD_LOCAL = re.compile(r"(?:ihracat|ithalat|ixrac|idxal|ticaret|ticarət)", re.I)


def _part_of_no_flow(sentence: str, amount: money.Amount) -> bool:
    """Is the amount a part of a figure told before, its flow not named after it (_PART_AFTER)?"""
    m = _PART_AFTER.match(sentence, amount.end)
    return m is not None and not _FLOW_WORD_LOCAL.search(m["rest"])


def _opens_a_share(segment: str) -> bool:
    """Does the text before an amount since the one before open it as a share of that one (_SHARE_OPEN)? (Round 102,
    q1: one home for _share_flow_after and find_figures' share of one good's amount.)"""
    tail = lowered(segment[-40:])
    return any(word in tail for word in _SHARE_OPEN_WORDS) and bool(_SHARE_OPEN.search(segment))


def _share_flow_after(doc: Document, s, segment: str, amount: money.Amount, before: FigureFound):
    """(pair, flow) of an amount the text since the figure `before` opens as its share (_SHARE_OPEN) and whose flow
    follows it (_SHARE_AFTER_EN, _SHARE_AFTER_LOCAL); None when the form is not that."""
    if before.kind != "trade" or not _opens_a_share(segment):
        return None
    m = _SHARE_AFTER_EN.match(s.text, amount.end) or _SHARE_AFTER_LOCAL.match(s.text, amount.end) \
        or _SHARE_AFTER_RU.match(s.text, amount.end)
    if m is None:
        return None
    mentions = [n for n in doc.mentions(s) if m.start() <= n.start - s.start < m.end()]
    who = s.text[m.start("who"):m.end("who")]
    for n in mentions:
        who = who.replace(doc.text[n.start:n.end], " ")
    if not all(_SHARE_NAME_REST.fullmatch(w) for w in _SHARE_PAIR_GAP.findall(who)):
        return None  # a word besides the states' names: a good's ("petrol ihracatı") or another's
    flow = "export" if m["export"] else "import"
    named = list(dict.fromkeys(n.iso3 for n in mentions))
    if len(named) == 2 and set(named) == set(before.pair):
        return (named[0], named[1]), flow
    if len(named) > 1 or named and named[0] not in before.pair:
        return None
    if not named:
        return before.pair, flow
    n = next(x for x in mentions if x.iso3 == named[0])
    partner = _TOWARD_BEFORE.search(doc.text, max(0, n.start - 12), n.start) or _TOWARD_AFTER.match(doc.text, n.end)
    other = before.pair[1] if before.pair[0] == named[0] else before.pair[0]
    return ((other, named[0]) if partner else (named[0], other)), flow


# Round 38 (trade and targets): a target told with no year gets the year the next sentence or the one after sets "the
# goal" for with no amount of its own: "… agreed to raise trade to $300 million. The goal, set for 2027, …", "The target
# is to be reached by 2030", Russian "… довести товарооборот до $2 млрд. Эта цель поставлена на 2028 год". Only the
# target last told before it, a year not before the article's, and only a verb of setting between the goal word and the
# year (_GOAL_SET_GAP: not "the goal to double investment by 2030", "the target for new rail links, set for 2029").
GOAL_SET_AFTER = 2  # sentences after the target's where its goal's year may be told
_GOAL_SET_FOR = re.compile(r"\b(?:target|goal)\b(?P<gap>[^.;!?]{0,40}?)\b(?:for|by)\s+(?P<year>20\d\d)\b"
                           r"|(?<!\w)(?:цел[ьи]|задач[аи])(?!\w)(?P<gap_ru>[^.;!?]{0,40}?)(?<!\w)(?:на|к)\s+"
                           r"(?P<year_ru>20\d\d)\s+год", re.I)
_GOAL_SET_WORDS = ("target", "goal", "цел", "задач")  # as cheap.lowered() has them; one is in every _GOAL_SET_FOR match
# between the goal word and its year only the verb of setting it: "The goal, set for 2027", "the target was agreed for
# 2030", "to be reached by 2030", Russian "поставлена на", "должна быть достигнута к"
_GOAL_SET_GAP = re.compile(r"[\s,]*(?:(?:is|was|has\s+been|had\s+been|now)\s+)?(?:(?:set|fixed|agreed|put|planned|scheduled)"
                           r"|to\s+be\s+(?:reached|met|achieved|attained))?[\s,]*"
                           r"|\s*(?:(?:была|будет|должна\s+быть)\s+)?(?:поставлен\w*|установлен\w*|намечен\w*|"
                           r"достигнут\w*|рассчитан\w*)?\s*", re.I)


def _goal_set_for_year_after(doc: Document, found: list[FigureFound], published: date) -> list[FigureFound]:
    """`found` with the last yearless target given the year one of the GOAL_SET_AFTER sentences after it sets its goal
    for (_GOAL_SET_FOR), a sentence with no amount."""
    yearless = [f for f in found if f.kind == "target" and f.target_year is None]
    if not yearless:
        return found
    starts = [s.start for s in doc.sentences]
    for f in yearless:
        k = bisect_right(starts, f.span[0]) - 1
        later = [g for g in found if g.kind == "target" and g.span[0] > f.span[0]]
        for s in doc.sentences[k + 1:k + 1 + GOAL_SET_AFTER]:
            if later and later[0].span[0] < s.end:
                break  # another target told first: the goal is that one's
            if not any(word in s.check for word in _GOAL_SET_WORDS) or not (m := _GOAL_SET_FOR.search(s.text)) \
                    or not _GOAL_SET_GAP.fullmatch(m["gap"] if m["gap"] is not None else m["gap_ru"]) \
                    or money.amounts_in(s.text, s.check):
                continue
            year = int(m["year"] or m["year_ru"])
            if year >= published.year:
                f.target_year = year
            break
    return found



# Round 39 (trade and targets): a bracket right after an amount that only gives it in another currency is a conversion,
# not the end of the amount's clause (_clause_start), so the growth after it is that amount's: "Trade … reached $1.07bn
# (£800m) last year, up 11% on 2024, when it stood at $967m", "… 510 milyon dollar (867 milyon manat) olub".
_OTHER_CURRENCY_BRACKET = re.compile(r"\w{0,4}\s*\(\s*(?:(?:about|around|some|approx\.?|около|təxminən|yaklaşık)\s+)?"
                                     r"(?:[£€₺₽]\s?\d[\d.,]*\s?(?:bn|m|mn|billion|million)?"
                                     r"|\d[\d.,]*\s?(?:bn|m|mn|billion|million|milyar|milyard|milyon|млрд|млн)?\.?\s*"
                                     r"(?:euros?|pounds?|sterling|manat|lira|liras|tenge|soms?|rubles?|roubles?|forints?|"
                                     r"евро|рубл\w*|манат\w*|тенге|сом\w*|avro|TL|AZN|EUR|GBP|HUF|KZT|RUB|TRY))\s*\)")


# Round 39 (trade and targets B): a forecast whose verb of reaching follows "can/could" is a potential, not a target:
# "По прогнозу экспертов, товарооборот … может превысить 6 млрд долларов", "могут составить", "мог бы достичь" (as
# English "could reach"). Read only after _FORECAST_RU has matched the lead, so it costs nothing on other sentences.
_POTENTIAL_FORECAST_RU = re.compile(rf"\b{_RU_ABLE}\s+(?:[а-яё]+\s+){{0,2}}?(?:достичь|достигнуть|превысить|составить|"
                                    r"вырасти|увеличиться)\b", re.I)


# Round 39 (trade and targets B): a bare "Total trade" (or "overall trade/turnover") in a sentence that names no state of
# its own is the sum of the two states the report is about, after their exports and imports: "Hungary's exports to
# Türkiye reached … while Türkiye's exports to Hungary … Total trade in 2024 was just over $1.9 billion". Not "total
# foreign trade" or a group's ("total trade with the OTS"), nor when the sentence names a state (its total: _TOTAL_LEAD).
# Round 43: Turkish, Azerbaijani and Russian too, the owner's ending or none: "Toplam ticaret hacmimiz 2024'te … 1,48
# milyar dolara ulaştı" after "ithalatımız …; ihracatımız ise …", "ümumi ticarət dövriyyəsi", "общий товарооборот" (not
# "toplam dış ticaret", "общий объём внешней торговли": another word between).
_BARE_TOTAL = re.compile(r"\b(?:total|overall)\s+(?:trade|turnover)\b(?!\s+(?:with|of)\b)"
                         r"|\b(?:toplam|ümumi)\s+(?:ticaret|ticarət|dövriyyə)\w*(?:\s+(?:hacm|həcm|dövriyyə)\w*)?"
                         # round 45: "Toplam hacim 1 milyar 840 milyon 300 bin dolar" after the two flows
                         r"|\btoplam\s+hac[iı]m\b"
                         r"(?!\s+(?:ile|ilə)\b)|\bобщ(?:ий|его|им)\s+товарооборот\w*(?!\s+(?:с|со)\s)", re.I)


# Round 56 (tradetext56): a bare volume word as the subject, no owner nor thing after it (the trade's volume, its trade
# word left out), "Yılın ilk yarısında ise hacim, …", "yıllık hacim" (the annual volume), Azerbaijani "illik həcm",
# English "the annual volume", Russian "годовой объём"; not "yatırım hacmi", "the volume of investment", "объём
# инвестиций" (an owner or a thing named).
_BARE_VOLUME = re.compile(r"(?:^|\b(?:ise|isə|ama|ancak|fakat|lakin|but|yet|же|а|но)\s+|[,:;]\s+|\b(?:[Bb]una\s+rağmen|"
                          r"[Bb]una\s+baxmayaraq|(?:[Hh]owever|[Ss]till),?)\s+|\b(?:the|its)\s+"
                          # Round 93 (t2, period's volume): or right after a Turkish period in the locative, "Geçen
                          # yılın aynı çeyreğinde hacim 1,33 mlr $ seviyesindeydi", and the period's total, "Ocak-eylül
                          # döneminin toplamı ise 2,34 mlr $ oldu" (dev/1406)
                          r"|\b(?:çeyre(?:ğinde|kte)|dönem(?:in)?de)\s+(?=hac)|\b(?:döneminin|çeyreğinin)\s+(?=toplam))"
                          r"(?:(?P<annual>y[ıi]ll[ıi]k|illik|annual|yearly|годово[йг]\w*)\s+)?"
                          r"(?:(?:hac[iı]m|həcm|volume|(?<=\s)toplam[ıi])(?![\w'’])(?!\s+of\b)"
                          r"|объ[её]м(?=\s*[,–—-]|\s+(?:достиг|состав|"
                          r"превы|вырос|сократи|снизи|увеличи|уменьши|был|оказал|остал)\w*))", re.I)
# Round 93 (t2, VOLUME_THAT_WAS): the bare volume after the amount, told of it by the participle "olan" (which was):
# "2026'nın 2. çeyreğinde 1,31 mlr $ olan hacim, temmuz-eylülde %3,2 geriledi" (dev/1406): that trade's volume in the
# period told before the amount (the rate is the change after it, not this figure's)
_VOLUME_THAT_WAS = re.compile(r"\S{0,4}\s+olan\s+hac[iı]m(?![\w'’])", re.I)
_BARE_VOLUME_WORDS = ("hacim", "həcm", "volume", "объем", "объём", "nin toplami")  # as cheap.lowered() has them


def _bare_volume(doc: Document, s) -> re.Match | None:
    """Round 56 (tradetext56): the bare volume word (_BARE_VOLUME) before the sentence's first amount, in a sentence
    naming no state; else None."""
    if doc.mentions(s) or not (amounts := money.amounts_in(s.text, s.check)):
        return None
    if " olan hac" in s.check and (that_was := _VOLUME_THAT_WAS.match(s.text, amounts[0].end)):
        return that_was  # round 93 (t2)
    return _BARE_VOLUME.search(s.text, 0, amounts[0].start)


def _total_word_of_the_two_before(sentence: str, before: str) -> bool:
    """Round 45: does a sentence naming no group say its total word ("dış ticaret", "foreign trade", "внешн…") as the
    sentence before said it of the two ("Böylece iki ülke arasındaki dış ticaret hacmi … Geçen yılın aynı döneminde
    dış ticaret hacmi 3 milyar 244 milyon dolar seviyesindeydi")? Then the word is the two's, as it was there."""
    if _A_GROUP.search(sentence) or _A_GROUP.search(before) or not _OF_THE_TWO.search(before):
        return False
    words = {lowered(m[0]) for m in _GROUP_OR_TOTAL.finditer(sentence)}
    return bool(words) and words <= {lowered(m[0]) for m in _GROUP_OR_TOTAL.finditer(before)}


def _bare_total_of_the_context(doc: Document, s, sentence: str, end: int) -> bool:
    """Is the total word before `end` a bare "total trade" (_BARE_TOTAL) in a sentence naming no state and no group?"""
    return not doc.mentions(s) and bool(_BARE_TOTAL.search(sentence, 0, end)) and not _A_GROUP.search(sentence)


# Round 39 (trade and targets B): an elliptic sentence (the trade's stand-in, a period and an amount) may end in its
# growth told as a comparison: "За январь–апрель показатель достиг 1,6 млрд долларов, что на 12% больше, чем за
# аналогичный период прошлого года", "In January–June the figure reached $90 million, which is 8% more than a year
# earlier", Azerbaijani "…, bu da 5 faiz çoxdur". The clause is cut off before _elliptic weighs the sentence's size.
# Round 89 (b1): the Russian "this is" too, "За восемь месяцев этого года — 3,9 миллиарда, это на 11 процентов больше,
# чем год назад." (dev/1355)
_GROWTH_COMPARED_TAIL = re.compile(r",\s*(?:что|это|which\s+(?:is|was)|this\s+is|bu\s+da)\s+(?:на\s+)?"
                                   r"\d+(?:[.,]\d+)?\s?"
                                   r"(?:%|процент\w*|percent|per\s+cent|faiz)\s+(?:больше|меньше|выше|ниже|more|less|"
                                   r"higher|lower|up|down|çox|az)\b[^.!?]*[.!]?$"
                                   # round 46: Turkish, the baseline first and the change as a noun, "…; geçen yılın
                                   # aynı dönemine göre yüzde 4,8'lik bir artış var", "…, bir önceki yıla kıyasla %3
                                   # düşüş oldu"
                                   r"|[,;]\s*(?:geçen|bir\s+önceki)\s+(?:yılın\s+aynı\s+dönemine|yıla)\s+"
                                   r"(?:göre|kıyasla)\s+(?:yüzde\s*|%\s?)\d+(?:[.,]\d+)?"
                                   r"(?:['’]?l[ıiuü]k)?(?:\s+bir)?\s+"
                                   r"(?:artış|düşüş|azalış|azalma|büyüme|gerileme)\w*(?:\s+(?:var|oldu|yaşandı|demek))?"
                                   r"\s*[.!]?$", re.I)
# one is in every _GROWTH_COMPARED_TAIL match (round 46: "göre"/"kıyasla", the Turkish baseline's postposition, as
# cheap.lowered() has them)
_GROWTH_TAIL_WORDS = ("что", "это", "which is", "which was", "this is", "bu da", "göre", "kiyasla")


def _growth_compared_tail(core: str, check: str) -> re.Match | None:
    """The growth comparison clause ending the sentence (_GROWTH_COMPARED_TAIL), or None."""
    if not any(word in check for word in _GROWTH_TAIL_WORDS):
        return None
    return _GROWTH_COMPARED_TAIL.search(core)


# Round 39 (trade and targets C): a tonnage of goods told before ", worth" and the amount is those goods' value, one
# good's trade, whatever the good ("imported close to 41,000 tonnes of tomatoes from Turkmenistan in 2025, worth some $38
# million"; the year may stand between the good and "worth", which _GOOD_WORTH does not allow). English only.
_TONNAGE_WORTH = re.compile(r"\b(?:tonnes|tons)\s+of\b[^.;$]{0,100}?\b(?:worth|valued\s+at)\s+(?:[a-z]+\s+){0,2}?$", re.I)
_TONNAGE_WORTH_CHARS = 140  # characters before the amount where the tonnage and "worth" stand


def _tonnage_worth_before(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount the value of a tonnage of goods told before it (_TONNAGE_WORTH)? `check`: cheap.lowered() of the
    amount's clause."""
    return ("worth" in check or "valued" in check) and ("tonnes" in check or "tons" in check) \
        and bool(_TONNAGE_WORTH.search(sentence, max(0, amount.start - _TONNAGE_WORTH_CHARS), amount.start))


# Round 40 (trade B (visits' and interviews' figures, targets)): Turkish and Azerbaijani name a good of one or two words
# bare after the state it comes from, in the ablative, as after the state it goes to (_GOOD_BARE_FLOW): "Türkiye'nin
# Özbekistan'dan pamuk ipliği ithalatı 310 milyon doları aştı" (cotton yarn imports), "Qazaxıstandan buğda idxalı" —
# one good's, not the pair's. Two words after the dative too ("Türkiye'ye kuru meyve ihracatı"). The words are no word
# of all goods nor a participle of the flow (_NOT_A_GOOD, _PARTICIPLE_ENDINGS: "gerçekleştirilen ithalat").
# Round 57 (trade57): a participle of the flow may stand between the state and the good, "Azerbaycan'a yapılan mobilya
# ihracatının 64 milyon dolarla …" (the furniture exports made to Azerbaijan), "Qazaxıstana edilən un ixracı".
_GOOD_WORDS_FLOW = re.compile(r"[A-ZÇĞİÖŞÜƏ]\w*(?:['’](?:y?[ae]|n[ae]|[dt][ae]n)|(?:y[aə]|[aə]|d[aə]n))\s+"
                              r"(?:(?:yapılan|gerçekleştirilen|edilen|edilən|olunan)\s+)?"
                              r"(?<![\w'’-])(?P<good>[a-zçğıöşüə]{3,})(?:\s+(?P<second>[a-zçğıöşüə]{3,}))?\s+"
                              r"(?:ihracat|ithalat|ixrac|idxal)\w*")
_PARTICIPLE_ENDINGS = ("dığı", "diği", "duğu", "düğü", "tığı", "tiği", "tuğu", "tüğü", "lan", "len", "lən", "nan", "nen",
                       "nən", "yan", "yen", "yən", "diyi", "dıyı", "tiyi", "dığımız", "diğimiz", "diyimiz")
_TIME_NOT_A_GOOD = frozenset(("yıl", "yılı", "yılın", "ötən", "keçən", "geçtiğimiz", "ilin", "ili", "aylıq", "rüblük",
                              "dönem", "dövr"))  # "Azərbaycana ötən il ixrac", "Türkiye'ye yılın ilk yarısında …"


def _a_good_word(word: str | None) -> bool:
    """Could `word` (lower case) be a good's word: none of all goods, no scope, no participle, no state?"""
    return word not in _NOT_A_GOOD and word not in _TIME_NOT_A_GOOD and not word.endswith(_PARTICIPLE_ENDINGS) \
        and not places.codes_in(word)


def _good_words_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount one good's exports or imports, the good's one or two words bare after a state's ablative or dative
    (_GOOD_WORDS_FLOW), in its clause since `start`? `check`: cheap.lowered() of the text from `start` to the amount."""
    if not any(word in check for word in TA_FLOW_NOUNS):
        return False
    return _good_words_between(sentence, max(start, _own_clause_start(sentence, amount.start)), amount.start)


def _good_words_between(sentence: str, start: int, end: int) -> bool:
    """Does one good's flow after a state's ablative or dative (_GOOD_WORDS_FLOW) stand between `start` and `end`?"""
    return any(_a_good_word(m["good"]) and (m["second"] is None or _a_good_word(m["second"]))
               for m in _GOOD_WORDS_FLOW.finditer(sentence, start, end))


def _good_flow_of_line(sentence: str, check: str, amount: money.Amount) -> bool:
    """Round 70 (numbers70, dev/1124): is the amount a by-the-numbers line's (_amount_led_line) whose words after
    the dash are one good's flow, "86,9 milyon dollar — Qazaxıstandan buğda idxalı" (wheat imports from Kazakhstan),
    "120 milyon dolar – Türkiye'ye fındık ihracatı"? `check`: cheap.lowered() of the sentence."""
    return any(word in check for word in TA_FLOW_NOUNS) and _amount_led_line(sentence, amount) \
        and _good_words_between(sentence, amount.end, len(sentence))


# Round 42 (trade A): Turkish and Azerbaijani open a sentence with one good's flow, no state named before it, often
# after "only": "Hellim ihracatı ise aynı dönemde 1,1 milyon dolara yükseldi" (halloumi exports), "Yalnız elektrik
# enerjisi ixracı 8 ayda 96 milyon dollara çatıb" — one good's, not the pair's. The one or two words before the flow
# (possessive "ihracatı", "ixracı") are no state, no word of all goods, no time (_a_good_word): not "KKTC'nin
# ihracatı", "Özbəkistanın ixracı", "Toplam ihracatı", "Ümumi ixracı".
# Round 78 (tr78): so too the flow in the genitive, the subject of a clause told as reported ("Hellim ihracatının ise
# ilk kez 210 bin doları bulduğu belirtildi", that halloumi exports reached $210,000) (dev/1225)
_GOOD_OPENS_FLOW = re.compile(r"(?:(?:yalnız(?:ca)?|təkcə|sadece|sadəcə|sırf)\s+)?"
                              r"(?P<good>[^\W\d_]{3,})(?:\s+(?P<second>[a-zçğıöşüə]{3,}))?\s+"
                              r"(?:ihracat|ithalat|ixrac|idxal)[ıi](?:n[ıi]n)?\b", re.I)


def _good_opens_flow(sentence: str, check: str, amount: money.Amount) -> bool:
    """Is the amount one good's exports or imports, the good's one or two words opening the sentence before the flow
    (_GOOD_OPENS_FLOW)? `check`: cheap.lowered() of the text before the amount."""
    if any(word in check for word in _RU_ONLY_WORDS) and _ru_only_good_delivered(sentence, amount):
        return True  # round 78 (ru78)
    if not any(word in check for word in TA_FLOW_NOUNS):
        return False
    m = _GOOD_OPENS_FLOW.match(sentence, 0, amount.start)
    if m and _a_good_word(m["good"].lower()) and (m["second"] is None or _a_good_word(m["second"])):
        return True
    # round 58 (trade58): or a later clause opens with "only" and one good's flow, after a semicolon or colon ("Artımın
    # əsas hissəsi neft-kimya məhsullarının payına düşür; təkcə polietilen ixracı 38 milyon dollar olub")
    # ("only" tells a part: no participle test, "polietilen" ends as one)
    return any(word in check for word in _ONLY_WORDS) and any(
        all(w is None or w not in _NOT_A_GOOD and w not in _TIME_NOT_A_GOOD and not places.codes_in(w)
            for w in (m["good"].lower(), m["second"]))
        for m in _ONLY_GOOD_CLAUSE.finditer(sentence, 0, amount.start))


_ONLY_GOOD_CLAUSE = re.compile(r"[;:]\s+(?:yalnız(?:ca)?|təkcə|sadece|sadəcə|sırf)\s+"
                               r"(?P<good>[^\W\d_]{3,})(?:\s+(?P<second>[a-zçğıöşüə]{3,}))?\s+"
                               r"(?:ihracat|ithalat|ixrac|idxal)[ıi]\b", re.I)
_ONLY_WORDS = ("yalniz", "təkcə", "sadece", "sadəcə", "sirf")  # as cheap.lowered() has them; one is in every match


# Round 78 (ru78): Russian tells one good's part the same way, "only" and the good in the genitive before a neuter
# participle of the flow and "на" the amount ("Основу экспорта составляют фасоль и хлопок: только фасоли в Турцию
# поставлено на 24,6 млн долларов", dev/1219; "Лишь хлопкового волокна вывезено на …"): that good's, no pair's. Not
# goods as a whole ("только кыргызских товаров поставлено на …", _RU_ALL_GOODS), nor "only" before a place or time.
_RU_ONLY_GOOD_DELIVERED = re.compile(
    r"(?:^|[;:—–]\s+)(?:[Тт]олько|[Лл]ишь)\s+(?:(?:в|во|из)\s+[А-ЯЁ][\w\-]+\s+)?"
    r"(?:[а-яё]{3,}\s+)?(?P<good>[а-яё]{3,})\s+"
    r"(?:(?:в|во|из)\s+[А-ЯЁ][\w\-]+\s+)?(?:было\s+)?"
    r"(?:поставлено|экспортировано|импортировано|вывезено|ввезено|продано|закуплено|отгружено)\s+"
    r"(?:(?:в|во|из)\s+[А-ЯЁ][\w\-]+\s+)?на\s+(?:сумму\s+)?(?:более\s+|около\s+|почти\s+|свыше\s+)?$")
_RU_ONLY_WORDS = ("только", "лишь")  # as cheap.lowered() has them; one is in every match
_RU_ALL_GOODS = frozenset(("товаров", "товара", "продукции", "продуктов", "грузов", "изделий"))


def _ru_only_good_delivered(sentence: str, amount: money.Amount) -> bool:
    """Is the amount one good's, told as "только <good> (в X) поставлено на <amount>" (_RU_ONLY_GOOD_DELIVERED)?"""
    m = _RU_ONLY_GOOD_DELIVERED.search(sentence, 0, amount.start)
    return m is not None and m["good"] not in _RU_ALL_GOODS


# Round 40 (trade B): a city's exports told from it, in the ablative, to a state in the dative ("Konya'dan Tacikistan'a
# ihracat geçen yıl 14,8 milyon dolar oldu", "Kayseri'den Özbekistan'a ihracat"), or a state's to a city ("Özbekistan'dan
# Bursa'ya ithalat"), are the city's, not the pair's (as _PLACE_OWNER_FLOW reads the genitive): a place that names no
# state on either side.
_PLACE_FROM_TO_FLOW = re.compile(r"(?<![\w'’])(?P<origin>[A-ZÇĞİÖŞÜ]\w+)['’][dt][ae]n\s+"
                                 r"(?P<goal>[A-ZÇĞİÖŞÜ]\w+)['’](?:y?[ae]|n[ae])\s+(?:ihracat|ithalat)\w*")


# Round 53 (tradetext): the same with no state after the place, "yalnızca Mersin'den adaya yapılan ihracat 610 milyon
# doları buldu" (the exports from Mersin alone to the island), Azerbaijani "Gəncədən Özbəkistana ixrac" without the
# apostrophe (then only a city of places.CITIES): the city's, whatever the words up to the flow.
_PLACE_FROM_FLOW = re.compile(r"(?<![\w'’])(?:(?P<origin>[A-ZÇĞİÖŞÜ]\w+)['’][dt][ae]n"
                              r"|(?P<city>[A-ZÇĞİÖŞÜƏ]\w+[dt][aə]n))"
                              r"\s+(?:[^\W\d]+\s+){0,2}?(?:ihracat|ithalat|ixrac|idxal)\w*")


def _place_from_to_flow(sentence: str, check: str, start: int, amount: money.Amount) -> bool:
    """Is the amount a city's exports or imports, told from or to a place that names no state (_PLACE_FROM_TO_FLOW,
    _PLACE_FROM_FLOW), in its clause since `start`? `check`: cheap.lowered() of the text from `start` to the amount."""
    if not any(word in check for word in TA_FLOW_NOUNS):
        return False
    clause = max(start, _own_clause_start(sentence, amount.start))
    return any(not places.codes_in(m["origin"]) or not places.codes_in(m["goal"])
               for m in _PLACE_FROM_TO_FLOW.finditer(sentence, clause, amount.start)) \
        or any(_stateless_place(m["origin"]) and lowered(m["origin"]) not in when.MONTHS_TR if m["origin"]
               else places.is_city_word(m["city"]) and not places.codes_in(m["city"])
               for m in _PLACE_FROM_FLOW.finditer(sentence, clause, amount.start))
