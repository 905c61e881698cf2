"""Money amounts in article text -> USD millions: "$1.4bn", "USD 229.6 million", "half-billion",
"a billion dollars", "5 milyard 57 milyon dollar" and "1 milyard 214,7 milyon dollar" (Azerbaijani), "1,2 млрд долларов" and
"4 миллиарда долларов" (Russian).
Each amount keeps its span and the approximate word in front of it ("approaching", "over"...)."""
from __future__ import annotations

import re
from typing import NamedTuple

from . import places
from .cheap import lower_twin, lowered

SCALE = {"bn": 1000, "billion": 1000, "b": 1000, "milyard": 1000, "milyar": 1000, "mlrd": 1000, "млрд": 1000, "milliard": 1000,
         "mlr": 1000,  # round 93 (t2): Turkish "1,46 mlr $"
         "mn": 1, "m": 1, "mln": 1, "million": 1, "milyon": 1, "млн": 1, "thousand": 0.001, "min": 0.001, "bin": 0.001, "тыс": 0.001,
         "k": 0.001}
# Approximate words -> the trade table's value_qualifier (exact|about|over|under|approaching|at least).
QUALIFIERS = (
    ("approaching", "approaching"), ("nearly", "approaching"), ("almost", "approaching"), ("close to", "approaching"),
    ("near", "approaching"), ("approached", "approaching"), ("approaches", "approaching"), ("neared", "approaching"),
    ("nearing", "approaching"), ("nears", "approaching"), ("about", "about"), ("around", "about"), ("approximately", "about"),
    ("roughly", "about"), ("some", "about"), ("an estimated", "about"), ("over", "over"), ("more than", "over"),
    ("exceeding", "over"), ("exceeded", "over"), ("exceeds", "over"), ("exceed", "over"), ("above", "over"),
    ("topped", "over"), ("tops", "over"), ("topping", "over"), ("surpassed", "over"), ("surpassing", "over"), ("upwards of", "over"),
    ("crossed", "over"), ("crosses", "over"), ("crossing", "over"), ("in excess of", "over"), ("at least", "at least"),
    ("under", "under"), ("less than", "under"), ("below", "under"), ("up to", "under"),
    # the same words in Azerbaijani, Turkish and Russian reports
    ("təxminən", "about"), ("yaklaşık", "about"), ("около", "about"), ("порядка", "about"), ("примерно", "about"),
    ("почти", "approaching"), ("более", "over"), ("свыше", "over"), ("превысил", "over"), ("превысила", "over"),
    ("превысило", "over"), ("приблизился к", "approaching"), ("приблизилась к", "approaching"),
    ("приблизилось к", "approaching"),
    # round 21: Russian "менее" (less than: "он составлял менее 30 миллионов долларов"; "не менее", at least, is _DENIED's)
    ("менее", "under"),
    # round 22: the imperfective past of "exceed" is a result too: "в 2024 году он едва превышал 42 млн долларов"
    # (barely exceeded) — still over; the present "превышает" as well ("объем превышает 300 млн")
    ("превышал", "over"), ("превышала", "over"), ("превышало", "over"), ("превышает", "over"),
    # round 27: the participle, "казахстанского экспорта, превысившего в прошлом году 400 миллионов долларов" (exports,
    # which exceeded $400 million last year) — over
    ("превысившего", "over"), ("превысивший", "over"), ("превысившая", "over"), ("превысившей", "over"),
    ("превысившим", "over"), ("превысившие", "over"), ("превысивших", "over"),
    # round 33: a total that passed a round sum is over it, as "topped" ("trade with Uzbekistan passed $300 million")
    ("passed", "over"), ("passes", "over"), ("passing", "over"),
    # round 45: Russian "a little more than", "Наш экспорт в Турцию — чуть больше 130 млн долларов"
    ("чуть больше", "over"), ("немногим больше", "over"), ("чуть более", "over"),
    # round 99 (q3): the colloquial "меньше" as "менее", "тогда как в 2017 году был меньше 250 млн" (dev/1471; "не
    # меньше", at least, is _DENIED's)
    ("меньше", "under"),
)
# Russian groups thousands with a (no-break) space and a decimal comma: "8 563,4 тыс. долларов"
# round 49: Turkish/continental writing groups thousands with a dot AND has a decimal comma, "1.562,4 milyon dolar"
# (unambiguous only with both: "1.562 milyon" stays 1.562)
_NUM = r"(\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+,\d+|\d+(?:[.,]\d+)?)"
# Russian also spells the units out, in any case: "4 миллиарда долларов", "128,4 миллиона долларов"
# thousands also in Russian ("229,6 тыс. долларов", "тысяч"), Azerbaijani ("912,5 min dollar") and Turkish ("bin dolar")
_UNIT = (r"(bn|billion|b|mn|mln|million|m|milyard|milyar|mlrd|milyon|milliard|млрд|млн|миллиард\w*|миллион\w*|thousand|"
         r"тыс|тысяч\w*|min|bin)\b\.?")
_RU_SPELLED = (("миллиард", "млрд"), ("миллион", "млн"), ("тысяч", "тыс"))  # a spelled-out Russian unit in any case -> its SCALE key
# Round 72 (tv72): the tens and units after "… hundred and" ("twenty", "thirty-one", "nine"; _rate_in_words's value)
_TENS_AND_UNITS_IN_WORDS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
                            r"six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
# Round 85 (k6): a Turkish or Azerbaijani whole number below a thousand in words ("yüz qırx beş", "doxsan səkkiz",
# "üç yüz"). TURKIC_UNITS is the one table of the unit words (visits counts documents in them too); each word is
# matched as written or as cheap.lowered has it (ı -> i), and _turkic_number reads the lowered form
TURKIC_UNITS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "dörd": 4, "beş": 5, "altı": 6, "yedi": 7, "yeddi": 7,
                "sekiz": 8, "səkkiz": 8, "dokuz": 9, "doqquz": 9}
_TURKIC_TENS = {"on": 10, "yirmi": 20, "iyirmi": 20, "otuz": 30, "kırk": 40, "qırx": 40, "elli": 50, "əlli": 50,
                "altmış": 60, "yetmiş": 70, "seksen": 80, "səksən": 80, "doksan": 90, "doxsan": 90}
_TURKIC_NUMBER_OF = {lowered(word): value for word, value in {**TURKIC_UNITS, **_TURKIC_TENS}.items()}


def _either_form(words) -> str:
    """An alternation of `words` as written and as lowered, the longest first."""
    return "|".join(sorted({*words, *map(lowered, words)}, key=lambda word: (-len(word), word)))


_TU = _either_form(TURKIC_UNITS)
_TT = _either_form(_TURKIC_TENS)
_TURKIC_NUMBER = rf"(?:(?:{_TU})\s+)?yüz(?:\s+(?:{_TT}))?(?:\s+(?:{_TU}))?|(?:{_TT})(?:\s+(?:{_TU}))?|(?:{_TU})"


def _turkic_number(words: str) -> float:
    """"yüz qırx beş" -> 145, "üç yüz" -> 300 (_TURKIC_NUMBER)."""
    value = pending = 0
    for word in lowered(words).split():
        if word == "yüz":
            value, pending = value + (pending or 1) * 100, 0
        else:
            pending += _TURKIC_NUMBER_OF[word]
    return float(value + pending)


_PATTERNS = (  # compound forms first: "5 milyard 57 milyon" must not be read as "57 milyon"
    # the millions may have a decimal part ("2 milyard 116,4 milyon"); Turkish writes "milyar … dolar"
    # round 44 (trade-az): the thousands after them too, "4 milyard 722 milyon 180 min ABŞ dolları", Turkish "1 milyar
    # 680 milyon 630 bin dolar" (else "722 milyon 180 min" alone was read, a billion short)
    ("Azerbaijani compound", re.compile(r"\b(\d+)\s*milyard?\s*(\d+(?:,\d+)?)\s*milyon\s*"
                                        r"(?:(\d+(?:,\d+)?)\s*(?:bin|min)\s*)?(?:ABŞ\s*|ABD\s*)?doll?ar", re.I)),
    # millions and thousands: Turkish "95 milyon 300 bin dolar", Azerbaijani "12 milyon 450 min dollar"
    ("millions and thousands", re.compile(r"\b(\d+)\s*milyon\s*(\d+(?:,\d+)?)\s*(?:bin|min)\s*(?:ABŞ\s*)?doll?ar",
                                          re.I)),
    # round 19b: thousands and units: Turkish "45 bin 600 dolar", Azerbaijani "12 min 450 dollar" (a count of dollars
    # after the thousands, so below a million)
    ("thousands and units", re.compile(r"\b(\d{1,3})\s*(?:bin|min)\s+(\d{1,3})\s*(?:ABŞ\s*)?doll?ar", re.I)),
    # round 25: Russian billions and millions, "$1 млрд 612,4 млн" and "1 млрд 14,3 млн долларов" (the dollar sign
    # before or the currency after; "$1 млрд" alone would be read as 1,000)
    ("Russian compound", re.compile(r"(?:(\$)\s?|\b)(\d+)\s?(?:млрд|миллиард\w*)\.?\s+(\d+(?:,\d+)?)\s?(?:млн|миллион\w*)\.?"
                                    r"(\s+долл\w*)?", re.I)),
    # round 50 (trade text): English billions and millions, "1 billion 146 million US dollars", "$2 billion 40
    # million" (the dollar sign before or the currency after, as the Russian compound; else "146 million" alone; not
    # "$2 billion and 1.5 million tonnes", another quantity after "and")
    ("English compound", re.compile(r"(?:(\$)\s?|\b)(\d+)\s?billion\s+(\d{1,3}(?:\.\d+)?)\s?million"
                                    r"(\s+(?:US\s|U\.S\.\s)?dollars)?(?!\s+(?:tonnes|tons|barrels|cubic|people))",
                                    re.I)),
    # Round 93 (t2): Turkish economy desks abbreviate the scale and put the dollar sign after it: "1,46 mlr $ oldu",
    # "210 mn $ civarında", "812 mn $'a ulaştı" (dev/1406). The apostrophe of the case ending is taken, its suffix
    # left for the words of comparing after the amount ("3,5 mlr $'ı aştı", over)
    ("abbreviated scale, dollar sign after", re.compile(rf"\b{_NUM}\s?(mlrd|mlr|mln|mn)\.?\s?\$['’]?", re.I)),
    ("dollar sign", re.compile(rf"(?:US)?\$\s?{_NUM}(?:\s|-)?(?:{_UNIT})?", re.I)),
    ("currency code", re.compile(rf"\b(?:USD|US dollars?)\s?{_NUM}\s?(?:{_UNIT})?", re.I)),
    # "ABŞ dolları" (US dollars) is how Azerbaijani reports write the currency: "471,6 milyon ABŞ dolları"
    # Turkish writes "4,4 milyar dolar" ("dolara", "doların" in its cases)
    # Xinhua and others write "226.6 million U.S. dollars"
    # round 40 (trade B): Turkish "ABD doları" as Azerbaijani "ABŞ dolları" ("3 milyar ABD dolarından fazla")
    ("number and unit", re.compile(rf"\b{_NUM}\s?{_UNIT}\s*(?:(?:US\s|U\.S\.\s|ABŞ\s)?dollars?|USD|долл\w*|dollar|(?:ABD\s)?dolar)",
                                   re.I)),
    ("half a billion", re.compile(r"\bhalf[- ]a[- ]billion|\bhalf[- ]billion", re.I)),
    # Russian "полмиллиарда долларов" (round 25: "до полумиллиарда долларов" too), Azerbaijani "yarım milyard dollar", Turkish "yarım milyar dolar"
    ("half a billion, local", re.compile(r"\bполу?миллиарда\s+долл\w*|\byarım\s+milyard?\s+(?:ABŞ\s+)?doll?ar", re.I)),
    ("a billion", re.compile(r"\b(?:a|one)[- ]billion(?:\s+(?:U\.?S\.?\s)?dollars)?", re.I)),
    # round 27: six to nine as well ("lift it to six billion dollars"), and the round tens and teens a goal is told in
    # ("fifteen billion dollars")
    ("billions in words", re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                                     r"thirty|fifty)[- ]billion(?:\s+(?:U\.?S\.?\s)?dollars)?", re.I)),
    # round 41 (trade B): hundreds of millions in words, the currency told after them, as a speaker's goal has it: "the
    # trade goal was one hundred million dollars", "a hundred million dollars" (not "one hundred million tonnes")
    # round 72 (tv72): and the tens and units after "and", as a TV guest says them: "six hundred and twenty million US
    # dollars", "two hundred and thirty-one million dollars" (dev/1156)
    ("hundreds of millions in words", re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine)[- ]hundred[- ]"
                                                 rf"(?:and[- ]({_TENS_AND_UNITS_IN_WORDS})[- ])?"
                                                 r"million\s+(?:U\.?S\.?\s)?dollars\b", re.I)),
    # round 19: Russian "a billion" in words, any case, "one" before it or none: "довести товарооборот до одного
    # миллиарда долларов", "достиг миллиарда долларов", "один миллиард долларов" (not "полтора/двух миллиардов": a
    # number word before it, _COUNT_BEFORE; "4 миллиарда долларов" is "number and unit", found first)
    ("a billion, Russian", re.compile(r"(?<![\w-])(?:(?:один|одного|одному|одним|одном)\s+)?миллиард(?:а|у|ом|е)?\s+"
                                      r"(?:долл\w*|\$)", re.I)),
    # round 25: a count of billions in words in Russian (any case), Turkish and Azerbaijani: "довести объем торговли до
    # двух миллиардов долларов", "полтора миллиарда долларов", "iki milyar dolara", "üç milyard dollar" (not a count
    # word after a tens word, "on beş milyar": _TENS_BEFORE)
    ("billions in words, local", re.compile(r"(?<![\w-])(полтора|полутора|дв[аеу]х?|двумя|тр[её]х|три|тр[её]м|тремя|"
                                            r"четыр(?:е|[её]х|[её]м|ьмя)|пят[иь]|пятью|шест[иь]|сем[иь]|восемь|восьми|"
                                            r"девят[иь]|десят[иь]|bir|iki|üç|dört|dörd|beş|altı|yedi|yeddi|sekiz|səkkiz|"
                                            r"dokuz|doqquz|on)\s+(?:миллиард\w*\s+(?:долл\w*|\$)|"
                                            r"milyard?\s+(?:ABŞ\s+)?doll?ar)", re.I)),
    # Round 83 (h3): Russian hundreds of millions in words, any case, as the English "one hundred million dollars"
    # above: "довести товарооборот до ста миллионов долларов к 2030 году" (dev/1287), "двести миллионов долларов" (not
    # "ста пятидесяти миллионов": the tens after the hundreds word no match, left unread)
    ("hundreds of millions in words, Russian", re.compile(
        r"(?<![\w-])(сто|ста|двести|двухсот|триста|тр[её]хсот|четыреста|четыр[её]хсот|пятьсот|пятисот|шестьсот|"
        r"шестисот|семьсот|семисот|восемьсот|восьмисот|девятьсот|девятисот)\s+миллион(?:ов|ам|ами|ах)?\s+"
        r"(?:долл\w*|\$)", re.I)),
    # Round 85 (k6): Azerbaijani and Turkish millions written wholly in words, hundreds, tens and units, the currency
    # after them: "yüz qırx beş milyon dollar" (145), "doxsan səkkiz milyon dollar", "üç yüz milyon dollara" (dev/1305),
    # Turkish "yetmiş beş milyon dolar"; with billions in words before them, "iki milyard üç yüz milyon dollar" (2,300)
    ("millions in words, local", re.compile(rf"(?<![\w-])(?:({_TURKIC_NUMBER})\s+milyard?\s+)?({_TURKIC_NUMBER})"
                                            r"\s+milyon\s+(?:ABŞ\s+|ABD\s+)?doll?ar", re.I)),
)
# Round 83 (h3): the hundreds word of each "hundreds of millions in words, Russian" match (lowered), in millions
_RU_HUNDREDS = {"сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300,
                "четыреста": 400, "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500, "пятисот": 500,
                "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800,
                "девятьсот": 900, "девятисот": 900}
# round 25: the count word of each "billions in words, local" match, lower-cased by cheap.lowered (ı -> i), in billions
_LOCAL_BILLIONS = {"полтора": 1.5, "полутора": 1.5, "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3,
                   "трех": 3, "трёх": 3, "трем": 3, "трём": 3, "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
                   "четырем": 4, "четырём": 4, "четырьмя": 4, "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6,
                   "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
                   "bir": 1, "iki": 2, "üç": 3, "dört": 4, "dörd": 4, "beş": 5, "alti": 6, "yedi": 7, "yeddi": 7,
                   "sekiz": 8, "səkkiz": 8, "dokuz": 9, "doqquz": 9, "on": 10}
# A tens word right before the count: "on beş milyar" (fifteen), "yirmi iki": not the count alone (left out)
_TENS_BEFORE = re.compile(r"\b(?:on|yirmi|iyirmi|otuz|kırk|qırx|elli|əlli|altmış|altmış|yetmiş|seksen|səksən|doksan|"
                          r"doxsan|двадцат\w*|тридцат\w*|сорок\w*|пятьдесят\w*)\s+$", re.I)
# A number before a Russian "миллиард" in words: another count than one ("полтора", "двух", "нескольких", a digit)
# Round 95 (v1): and "a few" before Turkish or Azerbaijani hundreds in words, "birkaç yüz milyon dolar", "bir neçə yüz
# milyon dollar": no amount, not one hundred (dev/737's "… hacmimiz de birkaç yüz milyon dolar eriyor")
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:полтора|полутора|дв[аеу]х?|тр[её]х|три|четыр\w*|пят\w*|шест\w*|сем\w*|восьм\w*|"
                           r"девят\w*|десят\w*|нескольк\w*|сотн\w*|десятк\w*|пол|birkaç|bir\s+kaç|neçə))\s*$", re.I)
_PATTERNS_LOW = tuple((rule, lower_twin(pattern)) for rule, pattern in _PATTERNS)
_HUNDREDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9}  # the count word of a "hundreds of millions in words" match
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50}


class Amount(NamedTuple):  # a tuple: made by the thousand, and a frozen dataclass is slow to make
    usd_m: float
    start: int
    end: int
    qualifier: str  # exact, about, over, under, approaching, at least
    rule: str


_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")  # "1.562,4", "12.345.678,9"
# Round 91 (t2, dot-grouped thousands): before the Turkish/Azerbaijani/Russian thousand ("bin", "min", "тыс.") a dot
# followed by groups of three digits groups thousands, as those languages write the decimal with a comma: "312.450 bin
# dolar" is 312,450 thousand dollars (312.45 million, not 0.31; dev/1384). Not before "milyon" ("1.562 milyon" may be
# an English-style decimal, round 49) nor before English "thousand".
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_LOCAL_THOUSAND = ("bin", "min", "тыс")


def _number(text: str) -> float:
    text = text.replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if "." in text and "," in text and _DOT_THOUSANDS.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def _value(rule: str, m: re.Match) -> float | None:
    if rule == "Azerbaijani compound":
        return int(m[1]) * 1000 + float(m[2].replace(",", ".")) + float((m[3] or "0").replace(",", ".")) / 1000
    if rule == "Russian compound":  # no dollar sign before and no currency after: another currency's
        return int(m[2]) * 1000 + float(m[3].replace(",", ".")) if m[1] or m[4] else None
    if rule == "English compound":  # as the Russian compound: a dollar sign or the currency told
        return int(m[2]) * 1000 + float(m[3]) if m[1] or m[4] else None
    if rule == "millions and thousands":
        return int(m[1]) + float(m[2].replace(",", ".")) / 1000
    if rule == "thousands and units":
        return int(m[1]) / 1000 + int(m[2]) / 1_000_000
    if rule in ("half a billion", "half a billion, local"):
        return 500.0
    if rule in ("a billion", "a billion, Russian"):
        return 1000.0
    if rule == "billions in words":
        return _WORD_NUMBERS[lowered(m[1])] * 1000.0
    if rule == "hundreds of millions in words, Russian":
        return float(_RU_HUNDREDS[lowered(m[1])])
    if rule == "hundreds of millions in words":
        return _HUNDREDS[lowered(m[1])] * 100.0 + (_rate_in_words(m[2]) if m[2] else 0.0)
    if rule == "billions in words, local":
        return _LOCAL_BILLIONS[lowered(m[1])] * 1000.0
    if rule == "millions in words, local":  # round 85 (k6)
        return (_turkic_number(m[1]) * 1000 if m[1] else 0.0) + _turkic_number(m[2])
    unit = lowered(m[2] or "").rstrip(".")  # "bıllıon" matched too: see cheap.py
    unit = next((short for word, short in _RU_SPELLED if unit.startswith(word)), unit)
    if not unit:
        return None if rule != "dollar sign" else _number(m[1]) / 1e6
    if unit in _LOCAL_THOUSAND and "." in m[1] and _DOT_GROUPED.fullmatch(m[1]):
        return float(m[1].replace(".", "")) * SCALE[unit]
    return _number(m[1]) * SCALE[unit]


# The approximate words as one alternation, in QUALIFIERS order (round 99, v2: one home for the rules that read a
# qualifier before an amount, here and in figures._LINE_GAP and figures._AND_ALONE_END)
QUALIFIER_WORDS = "|".join(re.escape(words) for words, _ in QUALIFIERS)
# One pass for all qualifiers: a lookahead finds overlapping ones too, and at one position the
# alternation takes the first in QUALIFIERS order, as the loop over QUALIFIERS it replaced did.
_QUALIFIER = re.compile(r"(?=\b(" + QUALIFIER_WORDS + r")\b)")
_QUALIFIER_OF = dict(QUALIFIERS)


# Turkish and Azerbaijani put "exceeded" after the amount: "6 milyar doları aştı", "1 milyard dolları ötüb/keçib";
# matched right after the amount's end (the case ending of "dolar"/"dollar" first). Not a verb further on.
# Round 69 (tr69): the postposition "aşkın" (exceeding) on the accusative too, before the noun it measures ("1 milyon
# doları aşkın bir seviyeye ulaştı", a level of over $1 million, dev/1116; "2 milyar doları aşkın yatırım").
# Reported ("dolları ötdüyünü bildirib", that it exceeded) the verb takes -dığı/-düyü: "ötdü…", "keçdi…"
# (not "ötən", which is also "last": "ötən il").
# Round 26: the converb "while exceeding" too, a figure put beside another: "ithalatı 1,9 milyar doları aşarken, …".
# The pluperfect too: "420 milyon dolları ötmüşdü" / "keçmişdi" (had exceeded).
# Round 51: a word of degree between, "1,9 milyar doları biraz aştı" (slightly exceeded), "bir qədər ötüb".
# Round 95 (t1): the currency's name written as a proper noun, its case ending after an apostrophe: "2026 yılının ilk
# çeyreğinde ise 350 milyon ABD Doları'nı aştığını" (dev/1428)
# Round 99 (q2): a Turkish word of "already" between, and the passive's past told as heard: "Bu yılın ilk dokuz ayında
# ise 1 milyar dolar çoktan aşılmış." (has long been exceeded, a column, dev/1480; "şimdiden", "zaten"), over too.
# TR_ALREADY is the elliptic sentence's too (figures._ELLIPTIC_AFTER).
TR_ALREADY = r"(?:çoktan|şimdiden|zaten)\s+"
_QUALIFIER_AFTER = re.compile(r"\w{0,3}(?:['’]\w{1,3})?\s+(?:(?:biraz|bir\s+qədər|bir\s+az|xeyli|epey|az\s+farkla)\s+)?"
                              rf"(?:{TR_ALREADY})?"
                              r"(?:aş(?:tı|mış|arak|arken|an|ıyor|ıb|ıl(?:dı|mış)|kın)\w*|ötüb|ötərək|keçib|keçərək|"
                              r"ötdü\w*|keçdi\w*|ötmüş\w*|keçmiş(?:di|dir)\w*)\b"
                              # Turkish "3 milyar doları geçti" only on the accusative: "dolar geçen yıl" is "last year"
                              r"|[ıi]\s+geç(?:ti|miş|erek|en|iyor|tiğini)\w*\b", re.I)
_AFTER_WORDS = ("aş", "ötüb", "ötərək", "keçib", "keçərək", "ötdü", "keçdi", "ötmüş", "keçmiş", "geç")


# Azerbaijani and Turkish also put "close to", "less than", "more than" after the amount, on its case ending:
# "190 milyon dollara yaxın" / "dolara yakın", "30 milyon dollardan az", "dolardan fazla" / "dollardan çox";
# a part "more than" it takes the possessive: "bunun 4 milyard dollardan çoxu" / "dolardan fazlası" (more than … of it);
# the verb of nearing too: Turkish "1,9 milyar dolara yaklaştı", Azerbaijani "dollara yaxınlaşıb" (approaching);
# "about" as Turkish "4,3 milyar dolar civarında", Azerbaijani "1 milyard dollar ətrafında".
# A word of degree may stand between: "28,5 milyon dollardan bir qədər çox" (somewhat more than), "bir az", "xeyli",
# Turkish "dolardan biraz (daha) fazla", "daha az".
# The copula may close the sentence on the word: "9 milyon dollardan bir qədər çoxdur" (is somewhat more than),
# "dollara yaxındır", "dolardan fazladır", "azdır" (_IS).
_IS = r"(?:y?d[ıiuü]r|y?t[ıiuü]r|yd[ıi])?"
_COMPARED_AFTER = re.compile(r"\w{0,2}\s+(?P<approaching>yaxınlaş\w*|yaklaş\w*|(?:yaxın|yakın)" + _IS + r")\b"
                             r"|\w{0,2}\s+(?P<about>civar(?:ı|ında|ındaydı)|ətrafında)\b"
                             # round 40 (trade B): the possessive before the ablative, "620 milyon ABŞ dollarından çox"
                             r"|(?:[ıi]n)?(?:dan|dən|tan|tən)\s+(?:(?:bir\s+qədər|bir\s+az|xeyli|biraz|epey|daha)\s+)?(?:daha\s+)?"
                             r"(?:(?P<under>(?:az|aşağı)" + _IS + r")|(?P<over>(?:(?:çox|fazla)(?:s?[ıiu])?|artıq|yuxarı)"
                             + _IS + r"))\b"
                             # "above"/"below" on the genitive: "2,5 milyar doların üzerinde", "dolların üzərində",
                             # "doların altında"
                             # round 37 (trade and targets): a word of degree between, "70 milyon doların biraz
                             # üzerinde" (slightly above), Azerbaijani "dolların bir qədər üzərində"
                             # round 55 (traderel): "4,5 milyar doların hemen altında" (just under)
                             r"|\w{0,3}\s+(?:(?:biraz|bir\s+qədər|bir\s+az|xeyli|epey|hafif|hemen|az\s+da\s+olsa)\s+)?"
                             # round 66 (tradetr66): risen above it, on the dative, "8 milyar 200 milyon doların üzerine
                             # çıktı" (dev/1080), "dolların üzərinə çıxıb", "doların üstüne yükseldi"
                             r"(?:(?P<over_>üzerinde|üstünde|üzərində|"
                             r"(?:üzerine|üstüne|üzərinə)\s+(?:çık|çıx|yüksel|yüksəl)\w*)|(?P<under_>altında))\b"
                             # round 18: a verb of reaching or passing denied after the amount, as English "did not
                             # reach" before it: Azerbaijani "300 milyon dollara çatmayıb/çatmadı/çatmamışdı", "dolları
                             # keçməyib/ötməyib", Turkish "300 milyon dolara ulaşmadı/ulaşamadı", "doları aşmadı/bulmadı"
                             # (not the infinitive "çatmaq", a target, nor "ulaşması", a forecast's noun)
                             # the conditional too, "1 milyard dollara çatmasa da" (though it did not reach), "ulaşmasa da"
                             r"|\w{0,3}\s+(?P<under__>(?:çatma(?:y[ıi]b|d[ıi]|m[ıi]ş|y[ıi]r|z|sa\b)|çatm[ıi]r|keçmə(?:yib|di|miş)|"
                             r"ötmə(?:yib|di|miş)|ulaş(?:a)?ma(?:d[ıi]|m[ıi]ş|z|sa\b)|ulaşm[ıi]yor|(?:aş|bul)(?:a)?ma(?:d[ıi]|m[ıi]ş)"
                             r"|aşm[ıi]yor)\w*)", re.I)
_COMPARED_WORDS = ("yaxin", "yakin", "yaklaş", "civar", "ətraf", "az", "aşaği", "çox", "artiq", "fazla", "yuxari",
                   "üzerinde", "üstünde", "üzərində", "üzerine", "üstüne", "üzərinə", "altinda", "çatma", "çatmi",
                   "keçmə", "ötmə", "ulaş", "aşma", "aşama", "bulma", "bulama", "aşmi")  # as cheap.lowered() has them


def qualifier_after(text: str, end: int) -> str | None:
    """"over" when a verb of exceeding follows the amount (Turkish, Azerbaijani), or the qualifier a word of
    comparing after it gives (_COMPARED_AFTER); else None."""
    window = text[end:end + 30]
    low = lowered(window)
    if any(word in low for word in _COMPARED_WORDS) and (m := _COMPARED_AFTER.match(window)):
        return m.lastgroup.rstrip("_")
    # every verb holds ş, ö or ç: an ASCII window (every English amount) has none
    if window.isascii():
        return None
    if not any(word in low for word in _AFTER_WORDS):
        return None
    return "over" if _QUALIFIER_AFTER.match(window) else None


# Round 75 (manat75): a dollar amount in brackets right after an amount in the home currency is its conversion, and
# the words of comparing stand on the home amount: before it ("более 340 млн манатов (200 млн долларов)") or after the
# bracket on the home amount's case ending ("340 milyon manatdan (200 milyon dollar) çox", more than, dev/1190).
# Round 93 (t3): the home currency's code or sign before its amount, "more than EUR 427 million (USD 462 million)",
# "€1 billion ($1.08 billion)", "HUF 5 billion (USD 14 million)" (dev/1399): no case ending
# Round 95 (t1): any other currency's code (_OTHER_CODE), and trillions: "mutual trade exceeded KZT 2.4 trillion (USD
# 4.7 billion)" is over $4.7 billion (dev/1424)
_OTHER_CODE = r"(?-i:EUR|GBP|HUF|KZT|AZN|UZS|TRY|RUB|KGS|TMT|TJS)"  # upper case only
_HOME_AMOUNT_BEFORE_BRACKET = re.compile(r"(?:\d[\d.,]*\s?(?:mln|million|milyon|milyard|milyar|bn|billion|trillion|"
                                         r"млн|млрд|трлн|миллион\w*|миллиард\w*|триллион\w*)?\.?\s*(?:manat|tenge|"
                                         r"soms?\b|lira|forint|euro|rubl|roubl|манат|тенге|сом|рубл|евро|avro)"
                                         r"(?P<ending>\w*)"
                                         rf"|(?P<code>\b{_OTHER_CODE}\s?|€\s?)\d[\d.,]*\s?"
                                         r"(?:mln|million|bn|billion|trillion)?\.?)"
                                         r"\s*\(\s*(?:US\s?)?$", re.I)
_BRACKET_CLOSES = re.compile(r"\s*\)")
HOME_AMOUNT_BEFORE = 50  # characters before a bracketed dollar amount where the home amount it converts is read


def home_amount_of_conversion(text: str, start: int, end: int) -> tuple[int, str] | None:
    """When the dollar amount at start..end is the bracketed conversion of a home-currency amount right before it
    (_HOME_AMOUNT_BEFORE_BRACKET): where the home amount starts, and the words after it as told on it (its case
    ending, then what follows the bracket: "a çatdırmağı" of "850 milyon manata (500 milyon dollar) çatdırmağı");
    else None."""
    if not (close := _BRACKET_CLOSES.match(text, end)) or "(" not in text[max(0, start - 6):start]:
        return None
    if not (home := _HOME_AMOUNT_BEFORE_BRACKET.search(text, max(0, start - HOME_AMOUNT_BEFORE), start)):
        return None
    return home.start(), (home["ending"] or "") + text[close.end():]


# Round 93 (t3): the words around a conversion told with the currency's code before its amount, or with English
# "euro(s)"/"forint(s)" after it, are the dollar amount's: "up from EUR 381 million (USD 412 million) in 2024" reads
# as "up from USD 412 million in 2024", "to EUR 1 billion (USD 1.08 billion) by 2030" as a target's (dev/1399). Not
# a home amount with a case ending (round 75's "manatdan (…) çox", read through home_amount_of_conversion).
_SPANNED_HOME = re.compile(r"(?:euro|forint)s?$", re.I)


def _conversion_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the home amount and its bracketed conversion, the dollar amount at start..end, start and end together,
    when the home amount is told with no case ending (_SPANNED_HOME, or a currency code before it); else None."""
    if not (close := _BRACKET_CLOSES.match(text, end)) or "(" not in text[max(0, start - 6):start]:
        return None
    if not (home := _HOME_AMOUNT_BEFORE_BRACKET.search(text, max(0, start - HOME_AMOUNT_BEFORE), start)):
        return None
    if home["code"] or _SPANNED_HOME.search(text, home.start(), home.start("ending") + len(home["ending"])):
        return home.start(), close.end()
    return None


def _qualifier_of_converted(text: str, start: int, end: int) -> str | None:
    """The qualifier told on the home-currency amount whose bracketed conversion the dollar amount at start..end is
    (home_amount_of_conversion); else None."""
    if not (home := home_amount_of_conversion(text, start, end)):
        return None
    before = qualifier_before(text, home[0])
    return before if before != "exact" else qualifier_after(home[1][:40], 0)


# "over" that opens a span of time is a preposition, not "more than": "exports over January-May came to
# $1.3 billion", "over the first five months", "over the past year", "over 2023", "over this period".
# Round 40 (trade A): a count of months or years too, "Kazakh exports to Hungary over six months grew to $68.9 million",
# "over 10 months", "over the nine months", "over the period".
_OVER_TIME = re.compile(r"\s+(?:(?:the\s+)?(?:first|past|last|previous|same|whole|entire|next|this|that|"
                        r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)"
                        r"|(?:the\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(?:months?|years?|quarters?)\b|the\s+(?:period|year|quarter|half)\b"
                        r"|(?:19|20)\d\d\b(?!\s*(?:million|billion|mln|bln|bn)))")


# An approximate word before a multiple is the multiple's, not the amount's: "nearly doubled to $600 million", "more
# than doubled", Russian "почти вдвое", "более чем в два раза", Turkish "yaklaşık iki katına çıkarak", Azerbaijani
# "təxminən iki dəfə". Matched on the lower-cased window right after the word.
# (round 47: "more than double the $298 million recorded in 2021", the multiple of a comparison figure)
_MULTIPLE = re.compile(r"\s+(?:чем\s+)?(?:doubled|tripled|quadrupled|twice|twofold|threefold|вдвое|втрое|вчетверо|"
                       r"(?:double|triple|treble)(?=\s+the\s)|"
                       r"в\s+(?:два|три|четыре|пять|\d+(?:[.,]\d+)?)\s+раза?|(?:iki|üç|dört|dörd)\s+(?:kat|dəfə)\w*|ikiqat\w*)")


# A verb of reaching denied, right before the amount, tells it was not reached: "fell short of $300 million", "did not
# reach", "failed to reach", "just shy of", Russian "не дотянула до 300 млн долларов" (fell short of), "не достигла",
# "не превысил" (did not exceed), "не дошел до" — all `under`; "не более" (no more than) is under too and "не менее"
# (no less than) at least. (Azerbaijani and Turkish deny the verb after the amount: _COMPARED_AFTER.)
# (Round 99, q3: "не меньше" at least too, now that "меньше" alone is a QUALIFIERS word, dev/1471.)
_DENIED = re.compile(r"(?:\b(?:fell|falls?|falling|fallen|came|comes|coming|remained|remains|stayed|stays)\s+"
                     r"(?:(?:just|slightly|well|far|a\s+little|somewhat)\s+)?short\s+of"
                     r"|\b(?:did\s+not|didn['’]t|failed\s+to|has\s+not|hasn['’]t|have\s+not|had\s+not|has\s+yet\s+to|"
                     r"have\s+yet\s+to)\s+(?:yet\s+)?(?:reach|hit|exceed|top|surpass|pass|cross)(?:ed)?"
                     r"|\b(?:just|slightly|a\s+little)\s+shy\s+of"
                     r"|(?<!\w)не\s+(?:(?:смог\w*|сумел\w*)\s+)?(?:дотяну\w*|дотягива\w*|достиг\w*|дош(?:ел|ёл|ла|ло|ли)|"
                     r"превы\w+|добра\w*|вы(?:шел|шла|шло|шли|ходил\w*)\s+на(?:\s+уровень)?)(?:\s+(?:и|даже))?"
                     r"(?:\s+(?:до|отметки|уровня|планки))?"
                     r"|(?<!\w)(?P<under>не\s+более(?:\s+чем)?)|(?<!\w)(?P<least>не\s+мен(?:ее|ьше)(?:\s+чем)?))"
                     r"\s+(?:the\s+)?(?:US)?$",
                     re.I)
_DENIED_WORDS = ("short of", "not", "n't", "failed to", "yet to", "shy of", "не ")  # one is in every _DENIED match


# The English fractions a growth may be told in, with the percentage each is (_FRACTION_OF; as a pattern for
# _FRACTION_GROWTH, _RATE_BETWEEN and figures._CHANGE_BY_RATE)
_EN_FRACTION_OF = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
EN_FRACTIONS = "|".join(_EN_FRACTION_OF)
# A rate between an approximate word and the amount takes the word (_GROWTH's units)
# round 103 (h5): a fraction in words too, "growing by nearly a quarter to $930 million" (dev/1538): the rate's "nearly"
_RATE_BETWEEN = re.compile(r"\d\s?(?:%|percent|per cent|faiz|процент)|\byüzde\s"
                           rf"|\b(?:a|one)\s+(?:{EN_FRACTIONS})\b(?!\s+of\b)", re.I)


_COMPARED_THAN = frozenset(("less than", "more than", "above", "below"))  # before "the" and an amount: the amount compared with, exact
# (round 35: "well above the $80.7 million recorded in 2024")


def qualifier_before(text: str, start: int) -> str:
    """The approximate word nearest before the amount, at most five spaces from its end; else exact."""
    window = text[max(0, start - 40):start].lower()
    if any(word in window for word in _DENIED_WORDS) and (denied := _DENIED.search(window)):
        return "at least" if denied["least"] else "under"
    for m in reversed(list(_QUALIFIER.finditer(window))):
        if m[1] == "over" and _OVER_TIME.match(window, m.start() + 4):
            continue  # a span of time (_OVER_TIME)
        if _MULTIPLE.match(window, m.start() + len(m[1])):
            continue  # a multiple's ("nearly doubled to"), _MULTIPLE
        if m[1] in _COMPARED_THAN and window.startswith(" the ", m.start() + len(m[1])):
            continue  # round 25: a comparison's, "3.8 per cent less than the $2.4 billion recorded in 2024"
        if _RATE_BETWEEN.search(window, m.start() + len(m[1])):
            continue  # a rate's: "уменьшился почти на 10% и составил 450 млн", "fell nearly 10 percent to $450 million"
        if _DIGIT.search(window, m.start() + len(m[1])):
            break  # round 20: another amount's, "около 470 млн долларов против 418 млн", "about $5m against $4m"
        if window.count(" ", m.start() + len(m[1])) <= 5:
            return _QUALIFIER_OF[m[1]]
    return "exact"


# Words one of which every match of a pattern holds (see cheap.py): a pattern whose words are all
# missing from the text is not run.
def _spelled(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> tuple[str, ...]:
    """Every "first second" and "first-second" (a [- ] in the pattern): one is in each match."""
    return tuple(f"{a}{joint}{b}" for a in firsts for b in seconds for joint in " -")


_NEEDS = {"Azerbaijani compound": ("milyar",), "Russian compound": ("млрд", "миллиард"), "millions and thousands": ("milyon",), "thousands and units": (" bin ", " min "), "dollar sign": ("$",), "currency code": ("usd", "us dollar"),
          "abbreviated scale, dollar sign after": ("$",),  # round 93 (t2)
          "number and unit": ("dollar", "usd", "долл", "dolar"),
          "English compound": ("billion",),  # round 50
          "half a billion": _spelled(("half",), ("a billion", "a-billion", "billion")),
          "half a billion, local": ("полмиллиарда", "полумиллиарда", "yarim"),  # round 25: the genitive too
          "a billion": _spelled(("a", "one"), ("billion",)),
          "billions in words": _spelled(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty"), ("billion",)),
          "hundreds of millions in words": ("hundred million", "hundred-million", "hundred and", "hundred-and"),
          "a billion, Russian": ("миллиард",),
          "hundreds of millions in words, Russian": ("миллион",),  # round 83 (h3)
          "billions in words, local": ("миллиард", "milyar"),
          "millions in words, local": ("milyon",)}  # round 85 (k6)


def _fewest(words) -> tuple[str, ...]:
    """The words of `words` that hold no other one: a text holding none of these holds none of `words`."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


# The gate of amounts_in, made from _NEEDS so that a rule's new word widens it: every pattern runs only
# when one of its _NEEDS words is in the check text, and each of those holds one of these.
_ANY_NEEDED = _fewest(word for words in _NEEDS.values() for word in words)
_BILLION_WORDS = frozenset(("half a billion", "a billion", "billions in words"))
assert all("billion" in word for rule in _BILLION_WORDS for word in _NEEDS[rule])


def amounts_in(text: str, check: str | None = None) -> list[Amount]:
    """Every amount in `text`, in order. `check`: cheap.lowered(text), when the caller has it."""
    if check is None:
        check = lowered(text)
    if not any(word in check for word in _ANY_NEEDED):
        return []  # no pattern would run (_ANY_NEEDED)
    found: list[Amount] = []
    digit = None
    # the plain twins on the lower-cased text when that is safe (cheap.lower_twin): same matches, faster. An
    # ASCII text's `check` is its lower() (the look-alike letters are none of them), so it is not lowered again.
    low = check if text.isascii() and len(check) == len(text) else text.lower()
    subject, patterns = (low, _PATTERNS_LOW) if low == check else (text, _PATTERNS)
    billion = "billion" in check  # in every word the last three rules need
    for rule, pattern in patterns:
        if rule in _BILLION_WORDS and not billion or not any(word in check for word in _NEEDS[rule]):
            continue
        # Where a match can begin at the earliest, so re does not try the pattern at every character
        # before it (none of these looks behind its start but for \b, which re reads the same there):
        # "dollar sign" at the first "$" or "US" right before it; the two that begin with a number at
        # the first digit.
        start = 0
        if rule == "dollar sign":
            start = max(0, text.find("$") - 2)
        elif rule in ("number and unit", "abbreviated scale, dollar sign after", "Azerbaijani compound",
                      "millions and thousands", "thousands and units"):
            if digit is None:
                first = _DIGIT.search(text)
                digit = first.start() if first else len(text)
            start = digit
        for m in pattern.finditer(subject, start):
            if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
                continue
            if rule in ("a billion, Russian", "millions in words, local") \
                    and _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "полтора миллиарда долларов", "двух миллиардов": not one billion; "birkaç yüz milyon"
            if rule == "billions in words, local" and _TENS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "on beş milyar dolar": fifteen, not five
            value = _value(rule, m)
            # Round 90 (t1): nor one that rounds to 0 (a bare "$1.1" is a dollar and ten cents: the lower end of
            # "between $1.1 and $1.3 billion", "grew from $1.1 to $1.3 billion", never a figure of 0; dev/1369)
            if value is None or round(value, 3) <= 0:
                continue
            qualifier = qualifier_before(text, m.start())
            if qualifier == "exact":
                qualifier = qualifier_after(text, m.end()) or _qualifier_of_converted(text, m.start(), m.end()) \
                    or qualifier
            if "(" in text and (span := _conversion_span(text, m.start(), m.end())):
                found.append(Amount(round(value, 3), span[0], span[1], qualifier, rule))  # round 93 (t3)
                continue
            found.append(Amount(round(value, 3), m.start(), m.end(), qualifier, rule))
    if found and any(unit in check for unit in _BARE_UNITS):
        found += _bare_after(text, found)
        before = _bare_before(text, found)
        if before is not None:
            found.append(before)
        if "," in text:
            found += _bare_list_before(text, before or min(found, key=lambda a: a.start))
    if len(found) > 1 and any(dash in text for dash in "-–—"):
        found = _with_gapped_qualifiers(text, found)
    if any(word in check for word in _RANGE_GATE):
        found = _ranges_as_lower_bounds(text, found)
    if any(dash in text for dash in "-–—"):
        found = [a for a in found if not _in_a_range(text, a)]
    if "between" in check and len(found) > 1:
        found = _no_between_and(text, sorted(found, key=lambda a: a.start))
    if found and any(word in check for word in _RANGE_WORDS):
        found = [a for a in found if not _RANGE_WORDS_BEFORE.search(text, max(0, a.start - RANGE_WORDS_BEFORE), a.start)]
    return sorted(found, key=lambda a: a.start)


# A range is no one amount: "$1.1–1.2 billion" ("$1.1" alone would be a dollar and ten cents), "1,5–1,7 млрд
# долларов", "$1.1bn-$1.2bn". The number before the dash is no year ("January–September 2025 – $500 million" stays);
# after an amount the other end needs its unit ("$500 million – 20% more" stays).
_SCALE_WORD = r"(?:bn|billion|mn|mln|million|milyard|milyar|milyon|млрд|млн|тыс)"
_RANGE_BEFORE = re.compile(rf"(?:\d[.,]\d+|(?<![\w.,])\d{{1,3}}|\d\s?{_SCALE_WORD}\.?)\s?[-–—]\s?(?:US)?\$?$", re.I)
_RANGE_AFTER = re.compile(rf"\s?[-–—]\s?(?:US)?\$?\d+(?:[.,]\d+)?\s?{_SCALE_WORD}\b", re.I)


# Round 90 (t1): a range of amounts is its lower bound with "over" (docs/extraction.md, the 114th set's convention:
# "bilateral turnover in 2025 was somewhere between $1.1 and $1.3 billion" is 1100, over; dev/1369): the unit told
# once, after the second number ("between $1.1 and $1.3 billion", "ranging from $1.1 to $1.3 billion", "от 1,1 до 1,3
# млрд", "1,1 ile 1,3 milyar dolar arasında", "1,1 ilə 1,3 milyard dollar", "1,1–1,3 milyard dollar", "$1.1–1.3
# billion") or after both ("between $400 million and $500 million"). The lower end takes the upper's scale, never a
# value of its own (a bare "$1.1" was a figure of 0.0); "from $1.1 to $1.3 billion" with no word of a range before
# "from" is a change ("grew from … to …"), and Russian "с 2 до 2,5 млрд" too: not ranges. A range whose ends are not
# read so is still dropped by the filters after (_in_a_range, _no_between_and, _RANGE_WORDS_BEFORE).
_RANGE_GATE = ("between", "от ", "from", "ila", "ilə", "ile", "-", "–", "—")  # one is in every _RANGE_LOW match
_LOW_END = r"(?:US)?\$?(?P<low>\d{1,3}(?:[.,]\d{1,2})?(?!\d))(?P<scale>\s?" + _SCALE_WORD + r"\.?)?"
_RANGE_LOW = re.compile(r"(?:(?P<word>\bbetween|\bот|\b(?:rang(?:es|ed|ing)|anywhere|somewhere)\s+from)\s+|(?<![\w.,]))"
                        + _LOW_END + r"(?:\s?(?P<dash>[-–—])|\s+(?P<join>and|до|to|ila|ilə|ile))\s?$", re.I)
_JOINS = {"between": "and", "от": "до"}  # a word of a range and its joining word; "… from" joins with "to"
_BARE_JOINS = ("", "ila", "ilə", "ile")  # with no word before the lower end: a dash ("") or these
_UPPER_END = re.compile(r"(?:US)?\$?\s?(\d{1,3}(?:[.,]\d{1,2})?)(?!\d)\s?" + _SCALE_WORD, re.I)
# A range someone expects or forecasts stays no amount, as every range was before round 90: "He expects full-year
# turnover to land somewhere between $550 million and $600 million", "Analysts expect … at around $4.6–4.8 billion"
# (a forecast, no record: dev/451, dev/679).
_FORECAST_BEFORE_RANGE = re.compile(r"\b(?:expect|forecast|predict|projected|projection|ожида|прогноз|bekle|öngör"
                                    r"|tahmin|gözlə|proqnoz)", re.I)
_DOLLAR_RANGE = re.compile(r"(?:US)?\$\s?(?P<low>\d{1,3}(?:[.,]\d{1,2})?)\s?[-–—]\s?"
                           r"(?P<high>\d{1,3}(?:[.,]\d{1,2})?)\s?"
                           r"(?P<unit>bn|billion|mn|mln|million)\b", re.I)
_AMONG_AFTER = re.compile(r"[^.;:\d]{0,25}?\barasında\b", re.I)  # Turkish "ile" joins a range only so


def _ranges_as_lower_bounds(text: str, found: list[Amount]) -> list[Amount]:
    """Round 90 (t1): `found` with each range of two amounts (_RANGE_LOW before the upper end, _UPPER_END) made one
    amount, its lower bound in the upper's unit, qualifier "over"."""
    ranges, inside = [], set()
    if "$" in text:  # the dollar sign on the lower end only, the unit on the upper: "$1.1–1.3 billion"
        for m in _DOLLAR_RANGE.finditer(text):
            low, high = float(m["low"].replace(",", ".")), float(m["high"].replace(",", "."))
            scale = SCALE.get(lowered(m["unit"]))  # (a look-alike letter, "mıllıon", is none of the table's)
            if scale and 0 < low < high and not _FORECAST_BEFORE_RANGE.search(text, 0, m.start()) \
                    and not any(m.start() < a.end and a.start < m.end() for a in found):
                ranges.append(Amount(round(low * scale, 3), m.start(), m.end(), "over", "dollar sign"))
    for upper in found:
        low = _RANGE_LOW.search(text, max(0, upper.start - 45), upper.start)
        top = _UPPER_END.match(text, upper.start)
        if not low or not top or top.end() > upper.end or float(top[1].replace(",", ".")) <= 0:
            continue
        word, join = (low["word"] or "").lower(), (low["join"] or "").lower()
        if (join != _JOINS.get(word, "to") if word else join not in _BARE_JOINS) \
                or join == "ile" and not _AMONG_AFTER.match(text, upper.end):
            continue
        start = low.start("low")
        if _FORECAST_BEFORE_RANGE.search(text, 0, start):
            continue
        scale = upper.usd_m / float(top[1].replace(",", "."))
        lower = [a for a in found if a is not upper and start < a.end and a.start < upper.start]
        start = min([start] + [a.start for a in lower])
        value = lower[0].usd_m if low["scale"] and len(lower) == 1 else float(low["low"].replace(",", ".")) * scale
        if not 0 < value < upper.usd_m or len(lower) > 1:
            continue
        inside.update(a.start for a in lower + [upper])
        ranges.append(Amount(round(value, 3), start, upper.end, "over", upper.rule))
    if not ranges:
        return found
    return sorted([a for a in found if a.start not in inside] + ranges, key=lambda a: a.start)


# "ranged between $400 million and $500 million": both ends of a range
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND = re.compile(r"\s+and\s+")


def _no_between_and(text: str, found: list[Amount]) -> list[Amount]:
    """`found` (in order) without the two ends of each "between <amount> and <amount>" (_BETWEEN, _AND)."""
    ends = set()
    for a, b in zip(found, found[1:]):
        if _AND.fullmatch(text, a.end, b.start) and _BETWEEN.search(text, max(0, a.start - 10), a.start):
            ends.update((a.start, b.start))
    return [a for a in found if a.start not in ends]


def _in_a_range(text: str, amount: Amount) -> bool:
    """The amount is one end of a range of amounts (_RANGE_BEFORE, _RANGE_AFTER)."""
    return bool(_RANGE_BEFORE.search(text[max(0, amount.start - 16):amount.start])
                or _RANGE_AFTER.match(text, amount.end))


# A number and unit with no currency after a dollar amount of the same sentence, the currency left out: "товарооборот
# с Турцией превысил 2,4 млрд долларов, а с Казахстаном составил почти 3,3 млрд.", "exports reached $1.2 billion and
# imports 0.8 billion." Only at a clause's end (a stop, comma, semicolon or bracket right after the unit: not "1,1 млн
# тонн", "42 billion tenge", "2 billion cubic meters") and with no currency sign before it ("€3 billion"). Round 18: also
# before a bracketed rate, "…, с Кыргызстаном – 1,6 млрд (-5,2%)".
# Round 20: also before the period a comparison amount is of, "около 790 млн долларов против 650 млн годом ранее",
# "$790 million, against 650 million a year earlier", "… in 2024".
# Round 32: the Russian units spelled out too, "импорт из Таджикистана — немногим более 90 миллионов."
# Round 51: nor with another currency's code before it (_OTHER_CODE): "Hungarian exports made up USD 118 million of
# this sum, while imports from Azerbaijan totalled EUR 103 million" (no dollar amount).
# Round 92 (t1, those months): "in those five months", the months a figure just told (also figures._THOSE_MONTHS)
THOSE_MONTHS = r"(?:in|during|over)\s+(?:those|these)\s+(?:\w+\s+)?months"
_BARE_TAIL = (r"(?=(?:\s+(?:годом\s+(?:ранее|раньше)|год\s+назад|a\s+year\s+(?:earlier|before|ago)|"
              r"(?:in|в)\s+(?:19|20)\d\d(?:\s+году)?"
              # round 61 (trade61): "compared with 118 million in the same period of 2024", "за аналогичный
              # период прошлого года"
              r"|(?:in|during|over)\s+the\s+same\s+period\s+(?:of\s+(?:19|20)\d\d|last\s+year|a\s+year\s+"
              r"(?:earlier|before|ago))|(?:за|в)\s+аналогичн\w+\s+период\w*\s+(?:прошлого|(?:19|20)\d\d)\s+года"
              # Round 92 (t1, those months): the months just told, "Our exports alone came to 71.3 million in those
              # five months, …" (dev/1386)
              rf"|{THOSE_MONTHS}"
              r"))?\s*(?:[.,;!?)»”\"]|\((?=[-−–+]?\d)|$))")
# Round 84 (h6 part_of_the_sum): or before "из этой суммы" (of this sum), the part of the sum just told, its currency
# that sum's: "Свыше 300 миллионов из этой суммы пришлось на импорт …, тогда как экспорт … составил 121,4 млн
# долларов" (dev/1291); _bare_before reads it before the sentence's dollar amount
_PART_OF_THE_SUM = r"\s+из\s+(?:этой\s+суммы|этого\s+объ[её]ма)(?![\w\-])"
_BARE = re.compile(rf"(?<![€£₺₽$])(?<!{_OTHER_CODE})(?<!{_OTHER_CODE}\s)\b{_NUM}"
                   r"\s?(bn|billion|mln|million|milyard|milyar|milyon|млрд|млн"
                   rf"|миллиард\w*|миллион\w*)\b\.?(?:(?={_PART_OF_THE_SUM})|{_BARE_TAIL})", re.I)
_PART_OF_THE_SUM_AT = re.compile(_PART_OF_THE_SUM)
PART_OF_THE_SUM_BEFORE = 150  # characters from such a part to the sentence's dollar amount (no digit between)
_NO_DIGIT = re.compile(r"[^\d]*")
# Round 62 (trade62b): the billions and millions of a compound told so, "против 1 млрд 584 млн годом ранее", "against
# 1 billion 584 million a year earlier" (else "584 млн" alone was read, a billion short).
_BARE_COMPOUND = re.compile(rf"(?<![€£₺₽$])(?<!{_OTHER_CODE})(?<!{_OTHER_CODE}\s)\b(\d{{1,3}})\s?(?:млрд|миллиард\w*|"
                            r"billion|milyard|milyar)\.?\s+(\d{1,3}(?:[.,]\d+)?)\s?(?:млн|миллион\w*|million|milyon)"
                            r"\b\.?" + _BARE_TAIL, re.I)
_BARE_UNITS = ("bn", "billion", "mln", "million", "milyar", "milyon", "млрд", "млн", "миллиард", "миллион")  # one is in
# every _BARE match


def _scale_of_unit(unit: str) -> float:
    """The SCALE of a _BARE unit, a spelled-out Russian one in any case by its short form ("миллионов" as "млн")."""
    unit = lowered(unit)
    return SCALE[next((short for word, short in _RU_SPELLED if unit.startswith(word)), unit)]


def bare_amounts(text: str) -> list[Amount]:
    """Round 43: the amounts without a currency in a sentence that looks back at a dollar figure told before it ("Годом
    ранее он равнялся 48,5 млн."), the currency that figure's (_BARE); round 72, or told in words
    (_BARE_HUNDREDS_IN_WORDS)."""
    if not any(unit in (low := lowered(text)) for unit in _BARE_UNITS):
        return []
    return _bare_after(text, []) or (_bare_hundreds_in_words(text) if "hundred" in low else [])


# Round 85 (k4, bare_goal_amounts): a goal the trade must reach told with its currency left out, the unit in the dative
# right before the verb of reaching in the mood of necessity ("Bakı ilə Budapeşt arasında ticarət yarım milyarda
# çatmalıdır", "ticaret hacmi 5 milyara ulaşmalı", dev/1310): the currency that of the dollar figures told before it
# (the caller asks for them). Only that mood: "5 milyara ulaştı" (reached) is no goal, and is left unread.
_BARE_GOAL = re.compile(rf"(?<![\w€£₺₽$])(?:(yarım)|{_NUM})\s?(milyard|milyar|milyon)(?:a|ə)\s+"
                        r"(?:çat|ulaş|çatdırıl|çıkarıl|yüksəldil|yükseltil)(?:malı|məli)\w*", re.I)
_BARE_GOAL_WORDS = ("mali", "məli")  # one is in every _BARE_GOAL match, as cheap.lowered has it (ı as i)


def bare_goal_amounts(text: str, check: str) -> list[Amount]:
    """The goals of _BARE_GOAL in `text` (`check`: its cheap.lowered twin), each as the amount before the verb."""
    if "mily" not in check or not any(word in check for word in _BARE_GOAL_WORDS):
        return []
    out = []
    for m in _BARE_GOAL.finditer(text):
        value = 0.5 * _scale_of_unit(m[3]) if m[1] else _number(m[2]) * _scale_of_unit(m[3])
        out.append(Amount(round(value, 3), m.start(), m.end(3), qualifier_before(text, m.start()),
                          "number and unit, its currency the one before"))
    return out


# Round 72 (tv72): a TV guest's hundreds of millions in words with no currency, looking back at a dollar figure of his
# before ("in 2023 we were at around four hundred and fifty million.", dev/1156), at a clause's end as _BARE
_BARE_HUNDREDS_IN_WORDS = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine)[- ]hundred[- ]"
                                     rf"(?:and[- ]({_TENS_AND_UNITS_IN_WORDS})[- ])?million\b" + _BARE_TAIL, re.I)


def _bare_hundreds_in_words(text: str) -> list[Amount]:
    """The amounts in words without a currency in `text` (_BARE_HUNDREDS_IN_WORDS)."""
    return [Amount(_HUNDREDS[lowered(m[1])] * 100.0 + (_rate_in_words(m[2]) if m[2] else 0.0), m.start(), m.end(),
                   qualifier_before(text, m.start()), "number and unit, its currency the one before")
            for m in _BARE_HUNDREDS_IN_WORDS.finditer(text)]


def _bare_after(text: str, found: list[Amount]) -> list[Amount]:
    """The amounts without a currency after the first dollar amount in `found` (_BARE), not inside one of them (from
    the start when `found` is empty: bare_amounts)."""
    first = min((a.end for a in found), default=0)
    out = []
    # round 16: from the first digit on (every match begins with _NUM's \d, the same class as _DIGIT; the look-behind
    # and \b read the text before the start as they would), not at every character after the first amount
    digit = _DIGIT.search(text, first)
    if digit is None:
        return out
    if any(unit in lowered(text) for unit in ("млрд", "миллиард", "billion", "milyar")):  # one is in every match
        for m in _BARE_COMPOUND.finditer(text, digit.start()):
            if not any(a.start <= m.start() < a.end for a in found):
                out.append(Amount(round(int(m[1]) * 1000 + _number(m[2]), 3), m.start(), m.end(),
                                  qualifier_before(text, m.start()), "number and unit, its currency the one before"))
    for m in _BARE.finditer(text, digit.start()):
        if any(a.start <= m.start() < a.end for a in (*found, *out)):
            continue
        value = _number(m[1]) * _scale_of_unit(m[2])
        if value > 0:
            out.append(Amount(round(value, 3), m.start(), m.end(), qualifier_before(text, m.start()), "number and unit, "
                              "its currency the one before"))
    return sorted(out, key=lambda a: a.start) if len(out) > 1 else out


# Round 55 (traderel): a number and unit with no currency in the clause right before the first dollar amount, whose
# unit is the same, the currency told once after the second: "на казахстанский экспорт пришлось 2 287,9 млн, на импорт
# из Узбекистана – 1 124,7 млн долларов". Only with a comma or semicolon and no digit between them.
_BARE_BEFORE_CHARS = 60
_NO_DIGIT_GAP = re.compile(r"\s*[,;][^\d.!?]*")
# Round 84 (w2, trade_item_clause): a bare amount taken back is a trade item only when its own clause (from the last
# comma, semicolon or stop before it) names a trade word or a partner: "с Турцией", "with Turkey", the comitative
# "Qazaxıstanla", "Türkiyə ilə"; not "Qırğızıstanda əhali 3,7 milyon, Türkmənistanla ticarət dövriyyəsi isə 310 milyon
# ABŞ dolları olub" (a population, not a trade figure). The partner's name capitalised: "с учётом" names none.
_CLAUSE_START = re.compile(r".*[,;.!?:](?!\d)", re.S)
_TRADE_ITEM_CLAUSE = re.compile(r"(?i:trade|turnover|export|import|shipment|товарооборот|торговл|оборот|экспорт|импорт|"
                                r"поставк|ticarət|dövriyyə|ixrac|idxal|ticaret|ihracat|ihraç|ithal|hacm|həcm)"
                                r"|\b(?:с|со|из|[Ww]ith|from)\s+[A-ZА-ЯЁ]"
                                r"|\b[A-ZÇƏĞIİÖŞÜ][^\W\d]*(?:y?l[aəe])\b|\s(?:ilə|ile)\b")
_TRADE_ITEM_CLAUSE_CHARS = 120


def _in_a_trade_item_clause(text: str, start: int) -> bool:
    """The clause before `start` (back to its comma, semicolon or stop) names trade or a partner
    (_TRADE_ITEM_CLAUSE)."""
    begin = max(0, start - _TRADE_ITEM_CLAUSE_CHARS)
    stop = _CLAUSE_START.match(text, begin, start)
    return bool(_TRADE_ITEM_CLAUSE.search(text, stop.end() if stop else begin, start))


def _bare_before(text: str, found: list[Amount]) -> Amount | None:
    """The amount without a currency right before the first amount in `found` (_BARE) sharing its unit, else None."""
    first = min(found, key=lambda a: a.start)
    if first.rule not in ("number and unit", "dollar sign"):
        return None
    for m in _BARE.finditer(text, 0, first.start):  # from the start: not inside a number ("2 287,9")
        if first.start - m.end() <= _BARE_BEFORE_CHARS and _NO_DIGIT_GAP.fullmatch(text, m.end(), first.start) \
                and lowered(m[2]).rstrip(".") in lowered(text[first.start:first.end]) \
                and _in_a_trade_item_clause(text, m.start()) \
                or first.start - m.end() <= PART_OF_THE_SUM_BEFORE and _PART_OF_THE_SUM_AT.match(text, m.end()) \
                and _NO_DIGIT.fullmatch(text, m.end(), first.start):  # round 84 (h6): "300 миллионов из этой суммы"
            value = _number(m[1]) * _scale_of_unit(m[2])
            if value > 0:
                return Amount(round(value, 3), m.start(), m.end(), qualifier_before(text, m.start()),
                              "number and unit, its currency the one after")
    return None


# Round 84 (h3, bare_list_before): the earlier items of a list of partners, each its name and a dash (or "isə",
# whereas) before its bare amount, the currency told once after the last: "ticarət dövriyyəsi Türkiyə ilə – 4,1
# milyard, Qazaxıstanla – 512 milyon, Özbəkistanla – 240 milyon ABŞ dolları olub", "Türkiyə ilə dövriyyə 3,8 milyard,
# Qazaxıstanla isə 431 milyon dollar", "с Казахстаном — 1,2 млрд, с Узбекистаном — 500 млн долларов" (dev/1298). Back
# from the first dollar amount (or the one _bare_before read) item by item while each gap is one name (its
# preposition or "ilə" beside it) and a dash or "isə": the unit free (a billion beside millions), the items one list.
# Round 84 (w2, whereas_with_item): in Russian "а" (whereas) and the partner's preposition mark the item without a dash,
# "Товарооборот Азербайджана с Турцией составил 4,1 млрд, а с Казахстаном 431 млн долларов"; "а" may stand before a
# dashed item too, "…, а с Казахстаном — 431 млн долларов".
_LIST_ITEM_GAP = re.compile(r"\s*,\s*(?:(?:а\s+)?(?:(?:с|со|из|в|with|to)\s+)?[^\W\d]+(?:\s+(?:ilə|ile))?"
                            r"\s*(?:[—–-]|isə\b|ise\b)|а\s+(?:с|со|из)\s+[^\W\d]+)\s*", re.I)


def _bare_list_before(text: str, last: Amount) -> list[Amount]:
    """The bare amounts of the list items before `last` (_LIST_ITEM_GAP), nearest first."""
    if last.rule not in ("number and unit", "dollar sign", "number and unit, its currency the one after"):
        return []
    out: list[Amount] = []
    for m in reversed(list(_BARE.finditer(text, 0, last.start))):  # from the start: not inside a number ("2 287,9")
        if not _LIST_ITEM_GAP.fullmatch(text, m.end(), last.start) or not _in_a_trade_item_clause(text, m.start()):
            break
        value = _number(m[1]) * _scale_of_unit(m[2])
        if value <= 0:
            break
        last = Amount(round(value, 3), m.start(), m.end(), qualifier_before(text, m.start()),
                      "number and unit, its currency the one after")
        out.append(last)
    return out


# Round 44: a further clause with its verb left out, a dash in its place, shares the verb of the clause before and so
# its qualifier: "торговля с Узбекистаном превысила 4,4 млрд долларов, а с Кыргызстаном — 2 млрд" (exceeded, both over).
# Only a verb's qualifier ("более 4,4 млрд, а с Кыргызстаном — 2 млрд": the adverb is of its own amount alone).
_GAPPED_CLAUSE = re.compile(r"\s*[,;]\s*(?:а|и|and|while)\s+(?:с|со|в|во|из|with|to|from)\s+[^\W\d]+\s*[—–-]\s*"
                            r"(?:\$\s?)?$", re.I)
_VERB_OF_QUALIFIER = re.compile(r"(?<!не )\b(?:превысил\w*|превышал\w*|exceeded|topped|surpassed)\s+"
                                r"(?:[^\W\d]+\s+){0,3}[$]?$", re.I)


def _with_gapped_qualifiers(text: str, found: list[Amount]) -> list[Amount]:
    """`found` with each exact amount that ends a clause whose verb is left out (_GAPPED_CLAUSE) given the qualifier of
    the amount right before it, when that qualifier is its verb's (_VERB_OF_QUALIFIER)."""
    in_order = sorted(found, key=lambda a: a.start)
    given = {}
    for previous, amount in zip(in_order, in_order[1:]):
        previous = given.get(previous.start, previous)
        if amount.qualifier == "exact" and previous.qualifier != "exact" \
                and _GAPPED_CLAUSE.fullmatch(text, previous.end, amount.start) \
                and _VERB_OF_QUALIFIER.search(text, max(0, previous.start - 40), previous.start):
            given[amount.start] = amount._replace(qualifier=previous.qualifier)
    return [given.get(a.start, a) for a in found] if given else found


# Round 43, second wave: a release's table gives its unit once, in brackets after its heading, and bare numbers in its
# lines: "Trade with the Turkic states in January–June 2026 (USD million)" then "Kazakhstan – 2,100.4 (up 5%);";
# "(in US$ million)", "(million USD)", "(USD thousand)", Russian "(млн долл. США)", "(млн долларов)", Turkish "(milyon
# dolar)", "(bin ABD doları)", Azerbaijani "(milyon ABŞ dolları)".
# Round 69 (tuik69, dev/1120): a one-word label and a colon may stand before the unit inside the bracket, "(Değer: bin
# ABD doları)", "(Value: USD million)". Round 69 (timeline69): or the unit follows a comma closing the heading, its
# source's bracket at most after it ("Trade, USD million (Azerbaijani customs data)", dev/1114; "Товарооборот, млн
# долларов"). Round 77 (chart77, dev/1216): or the dollar sign and the short unit, "($m)", "($bn)", "(US$ mn)".
# Round 81 (customs81, dev/1260): the postposition "in" after the unit, Azerbaijani "(min ABŞ dolları ilə)", Turkish
# "(bin ABD doları ile)", and Russian "в" before it, "(в тыс. долларов США)".
# Round 82 (t82): the bracket may open with the table's period, a year in it, then a comma and the unit: "Turnover
# (Jan–Sep 2026, US$ thousand)", "Dövriyyə (yanvar–oktyabr 2026, min ABŞ dolları)" (the period is the column's own,
# as _grid_column reads it).
_TABLE_UNIT = re.compile(r"(?:(?P<bracket>\()\s*(?:[^\W\d]+\s*:\s*|[^(),\d]{0,40}(?:19|20)\d\d[^(),\d]{0,30},\s*)?|,)"
                         r"\s*(?:in\s+|в\s+)?"
                         r"(?:(?:USD|US\$|\$)\s*(?P<after>thousand|million|mln|billion|bn|mn|m|b)"
                         r"|(?P<before>thousand|million|mln|billion|bn|тыс|млн|млрд|bin|min|milyon|milyar|"
                         r"milyard)\.?\s+(?:USD|US\$|(?:US\s+)?dollars|долл\w*\.?(?:\s+США)?|"
                         r"(?:ABD\s+|ABŞ\s+)?doll?ar\w*(?:\s+il[əe])?))"
                         r"(?(bracket)(?:\s*[,;][^()]{0,80})?\s*\)|\s*(?=\(|$))", re.I)
_TABLE_UNIT_WORDS = ("usd", "us$", "$", "dollar", "долл", "dolar")  # as cheap.lowered() has them; one is in every match
_TABLE_NUMBER = re.compile(r"(?<![\w.,])" + _NUM + r"(?![\w%]|[.,]\d)")


def table_unit(heading: str) -> float | None:
    """The SCALE of a table's unit told in its heading (_TABLE_UNIT), else None."""
    check = lowered(heading)
    if ("(" not in heading and "," not in heading) or not any(word in check for word in _TABLE_UNIT_WORDS):
        return None
    m = _TABLE_UNIT.search(heading)
    return SCALE[lowered(m["after"] or m["before"])] if m else None


def number_in_unit(text: str, start: int, scale: float) -> Amount | None:
    """The bare number at `start` of a table's line (_TABLE_NUMBER) as an amount in the table's unit (`scale`:
    table_unit's), else None."""
    m = _TABLE_NUMBER.match(text, start)
    if m is None or (value := _number(m[1]) * scale) <= 0:
        return None
    return Amount(round(value, 3), m.start(), m.end(), "exact", "number in the table's unit")


# Turkish puts the percent word first: "yüzde 33 artarak"; Russian spells it out, "на 32,5 процента"
# ("%18", as Turkish also writes it)
# A rate in words, as a speaker's quote has it: "nine per cent more than a year earlier", "twenty-five percent",
# Russian "на девять процентов" (English and Russian only: Turkish and Azerbaijani reports write the digits).
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_RU_NUMBERS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
               "десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30,
               "сорок": 40, "пятьдесят": 50}
_RATE_WORDS = {**_EN_UNITS, **_EN_TENS, **_RU_NUMBERS}
_RATE_IN_WORDS = (rf"\b((?:{'|'.join(_EN_TENS)})(?:[- ](?:{'|'.join(_EN_UNITS)}))?|{'|'.join(_EN_UNITS)}|"
                  rf"{'|'.join(_RU_NUMBERS)})\s+(?:percent|per cent|процент\w*)")
_GROWTH = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent|faiz|процент\w*)"
                     r"|(?:\byüzde\s+|(?<![\w%])%\s?)(\d+(?:[.,]\d+)?)|"
                     + _RATE_IN_WORDS, re.I)


def _rate_in_words(words: str) -> float:
    """"nine" -> 9, "twenty-five" -> 25, "девять" -> 9 (_RATE_IN_WORDS)."""
    return float(sum(_RATE_WORDS[word] for word in re.split(r"[- ]", lowered(words))))  # "nıne" as IGNORECASE reads it
# Russian, Azerbaijani and Turkish words for a fall too: "на 12% меньше", "снизился", "19 faiz azdır", "azalıb".
# Also "dipped", "slid", "slipped", "plunged", "tumbled", "sank", Azerbaijani "geriləyib", "enib".
# Round 18: the Russian gerunds ("составил 3,1 млрд долларов, сократившись на 9,4%", "снизившись", "уменьшившись", "упав")
# and nouns ("сокращение", "снижение"); "shrinking", "slumped"; Azerbaijani "kiçilərək"/"kiçilib" (shrank), Turkish
# "daralarak"/"daraldı" (contracted), "küçülerek"/"küçüldü".
_DOWN = re.compile(r"\b(decreas\w*|declin\w*|fell|fall\w*|drop\w*|down|contract\w*|shrank|shrunk|shrink\w*|lower|"
                   r"dip(?:s|ped)?|sl(?:id|ides|ipped|ips)|plung\w+|plummet\w*|tumbl\w+|sank|slump\w*|"
                   r"меньше|снизил\w*|сократил\w*|уменьшил\w*|упал\w*|падени\w*|"
                   r"сократив\w*|снизив\w*|уменьшив\w*|упав\w*|сокращени\w*|снижени\w*|"
                   r"azdır|azal\w*|düş\w*|kiçil\w*|daral\w*|küçül\w*|"
                   r"geril(?:edi|eyerek|eme)\w*|gerilə(?:yib|yərək|mə)\w*|enib)\b", re.I)


PERCENT_WORDS = ("%", "percent", "per cent", "faiz", "yüzde", "процент")  # one is in every growth_in match
# Round 65 (trade65): Azerbaijani and Turkish tell the rate's way by the verb right after it, "…, 4 milyard 705 milyon
# dolları Azərbaycanın Türkiyəyə ixracının payına düşür, ixrac 6,1 faiz artıb" (falls to the share of exports, exports
# grew 6.1 percent: dev/1069): a rise, whatever falling word (_DOWN, here "düşür", falls to) stands before it.
# Round 71 (trade71, dev/1137): the Azerbaijani noun of rising too, "… ixracının payına düşüb, ixracda 33,6 faiz artım
# qeydə alınıb" (a 33.6 percent rise was recorded in exports), "21,4 faiz artım deməkdir".
_RISE_RIGHT_AFTER = re.compile(r"\s+(?:art(?:ıb|ib|araq|mış\w*|dı\w*|tı\w*|arak|ış\w*|ım\w*)|yüksəl\w*|yüksel\w*|"
                               r"büyü\w*)", re.I)
# A rate with its sign, as tables and Russian reports write it: "1,6 млрд долларов (-5,2%)", "(−3.1%)" (only right after
# a bracket or a space: "4-5%" is a range)
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−–]$")
# A fall told as "less"/"below" right after the rate: "which is 6.2% less than in 2019", "12 percent below the 2019
# level", Russian "на 1,8% ниже уровня 2023 года", Turkish "yüzde 6,2 daha az", Azerbaijani "6,2 faiz az", "faiz aşağı"
# ("less than" elsewhere is a qualifier: "up 5%, to less than $1 billion" is a rise).
_LESS_AFTER = re.compile(r"\s+(?:less|below|ниже|(?:daha\s+)?az|aşağı)\b", re.I)


# A share is no growth: "accounted for 13% of Azerbaijan's foreign trade, or $3.4 billion", "a 13% share", Russian
# "13% от общего объема", "0,6% внешнеторгового оборота", "на долю Турции пришлось 13%", Azerbaijani "ticarətin 13
# faizi(ni)", "payı 13 faiz", Turkish "yüzde 13'ü(nü)", "payı yüzde 13", "yüzde 13 pay".
_SHARE_AFTER = re.compile(r"(?:\s+(?:of|share|от|pay\w*|(?:всего|всей|общего|общей|внешнеторгового|внешней)\b|"
                          r"(?:товарооборота|экспорта|импорта|торговли)\b)|'?[ıiuü](?:n[ıiuü])?\b"
                          # round 60 (trade60): more or nearly than a rate, as a share: Azerbaijani "İxracın 80 faizdən
                          # çoxu", "faizə yaxını", Turkish "yüzde 80'inden fazlası", "yüzde 80'ine yakını"
                          r"|[’']?(?:[ıiuü]n)?(?:d[aeə]n\s+(?:çoxu|artığı|fazlası)|[aeə]\s+(?:yaxını|yakını))\b)", re.I)
# round 43: or further within its clause, "its share of the country's foreign trade remained below one percent" (no
# "and"/"while" between: "Hungary's share stayed small while trade grew by 12%" is a growth)
_EN_UP = r"increased|grew|rose|jumped|surged|soared|expanded|climbed|multiplied|went\s+up"
_EN_DOWN = r"decreased|declined|fell|dropped|shrank|contracted|went\s+down"
# Round 43, second wave: close to the share word too a contrast opens another clause, whose rate is a growth ("Hungary's
# share stayed small while trade grew by 12%", "доля невелика, а товарооборот вырос на 12%", "payı küçük, ancak …"), and
# so does "and" before a verb of change ("… was small and trade grew 7%"); not "and" inside the share's own words ("the
# share of Kazakhstan and Uzbekistan was 12%") nor a verb with "to" ("… and Uzbekistan grew to 12%": a level)
# (Russian "а также", "но и" join the share's own words: "на долю Турции, а также Азербайджана пришлось 13%")
_SHARE_CONTRAST = (r"\b(?:but|while|whereas|а(?!\s+также)|но(?!\s+и\b)|ancak|ama|fakat|iken|oysa|lakin|amma)\b"
                   rf"|\band\s+(?:\w+\s+){{0,2}}?(?:{_EN_UP}|{_EN_DOWN})\b(?!\s+to\b)")
_SHARE_BEFORE = re.compile(r"\b(?:share|доля|долю|доли|payı|payını)\b"
                           rf"(?:(?:(?!{_SHARE_CONTRAST})[^.%]){{0,40}}"
                           rf"|(?:(?!\b(?:and|but|while|whereas)\b|{_SHARE_CONTRAST})[^.%,;]){{41,60}})$", re.I)
SHARE_BEFORE_CHARS = 70  # characters before a rate where its share word stands (_SHARE_BEFORE: the word and 60 more)


# Round 44: a rate a verb of change reaches "to" is a level, no growth: "The share of Uzbekistan in the total foreign
# trade turnover of the Kyrgyz Republic rose to 9.8 percent" (its share word too far back), "доля выросла до 9,8%";
# "rose by 9.8 percent", "rose 9.8 percent to $1 billion" stay growths.
# So is a rate told "at the level of" ("держится на уровне около 19–20%", "stays at the level of about 20 percent").
_LEVEL_BEFORE = re.compile(rf"(?:\b(?:{_EN_UP}|{_EN_DOWN}|reached)\s+to\s+|(?<!\w)(?:вырос|вырасл|снизил|"
                           r"увеличил|сократил|достиг)\w*\s+до\s+|(?<!\w)на\s+уровне\s+(?:около\s+|порядка\s+)?"
                           r"|\bat\s+(?:a|the)\s+level\s+of\s+(?:about\s+|around\s+)?)"
                           r"(?:\d+(?:[.,]\d+)?\s?[–-]\s?)?$", re.I)


# Round 66 (trade66): a share told as the subject of its clause, the rate its predicate right after a verb of being,
# its words too long for _SHARE_BEFORE: "Доля Узбекистана во внешнеторговом обороте Казахстана со странами Центральной
# Азии составила 47,6%" (dev/1083), "Uzbekistan's share in Kazakhstan's foreign trade with the countries of Central Asia
# came to 47.6%" (no contrast nor clause's end between: "… share was small, but trade grew by 12%" is a growth).
_SHARE_SUBJECT_BEFORE = re.compile(r"\b(?:share|доля|долю|доли)\b"
                                   rf"(?:(?!{_SHARE_CONTRAST}|\b(?:and|whereas)\b)[^.%,;]){{1,120}}?"
                                   r"(?<!\w)(?:составил\w*|составля\w*|была|был|достигл\w*|was|is|stood\s+at|came\s+to"
                                   r"|amounted\s+to|reached)\s+(?:about\s+|around\s+|около\s+|почти\s+|порядка\s+)?$",
                                   re.I)
SHARE_SUBJECT_CHARS = 160  # characters before a rate where the share word of _SHARE_SUBJECT_BEFORE stands


# Round 83 (h2): a change told in percentage points is no growth (it is a share's or a rate's change): Azerbaijani "bu
# da ötən ilin eyni dövrü ilə müqayisədə 0,3 faiz bəndi çoxdur", Russian "на 0,3 процентного пункта", Turkish "yüzde
# 0,3 puan", English "0.3 percentage points" ("percent" is read inside "percentage") (dev/1286).
_IN_POINTS_AFTER = re.compile(r"(?:age)?\s+(?:points?|bənd\w*|пункт\w*|puan\w*)\b", re.I)


def _a_share(text: str, m: re.Match) -> bool:
    """A share (or a change in percentage points, _IN_POINTS_AFTER), not a growth."""
    return bool(_SHARE_AFTER.match(text, m.end()) or _IN_POINTS_AFTER.match(text, m.end())
                or _SHARE_BEFORE.search(text, max(0, m.start() - SHARE_BEFORE_CHARS), m.start())
                or _LEVEL_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _SHARE_SUBJECT_BEFORE.search(text, max(0, m.start() - SHARE_SUBJECT_CHARS), m.start()))


# A growth told as a multiple: "it increased 1.7 times", "grew 2.5-fold", "a threefold increase", "1.7 times higher",
# "doubled"; Russian "вырос в 1,7 раза", "в 2 раза больше", "вырос вдвое"; Azerbaijani "1,7 dəfə artıb", "iki dəfə
# çoxdur", "ikiqat artıb"; Turkish "1,7 kat arttı", "iki katına çıktı", "ikiye katlandı". A rise of t times is
# (t − 1) × 100 percent ("1.7 times" → 70); a fall ("decreased 2 times", "сократился в 2 раза", "2 dəfə azalıb", "yarı
# yarıya") is (1/t − 1) × 100. Only past forms and comparatives: "plans to double", "увеличить в 2 раза", "iki dəfə
# artırmaq" are intentions. An approximate multiple ("nearly doubled", "more than 2 times", "более чем в 2 раза",
# "təxminən iki dəfə") gives no growth: the rate is not told.
# Round 84 (h2): a multiple and a half in words, "grew one and a half times" (= 50), "two-and-a-half times", Turkish
# "bir buçuk kat", Azerbaijani "bir yarım dəfə", as "1.5 times" (dev/1294); before "two" so that the longer is taken
# (figures reads its elliptic growth between a year and an amount with the same numbers, so a multiple it steps over
# is one this module rates)
TIMES_NUMBERS = (r"\d+(?:[.,]\d+)?|(?:one|two|three)[\s-]and[\s-]a[\s-]half|(?:bir|iki|üç)\s+(?:buçuk|yarım)|two|"
                 r"three|four|five|ten|два|три|четыре|пять|десять|полтора|iki|üç|dörd|dört|beş|on")


def _times(name: str) -> str:
    """The number of a multiple as the group `name` (each alternative of _MULTIPLE_GROWTH has its own)."""
    return f"(?P<{name}>{TIMES_NUMBERS})"


# (round 44: the gerund too, "составил 44,9 млн долларов, увеличившись в 1,3 раза", as _RU_DOWN has "сократившись")
_RU_UP = r"вырос\w*|вырасти\b|увеличил\w*|увеличив\w*|возрос\w*|рост\w*|увеличени\w+"
_RU_DOWN = r"сократил\w*|снизил\w*|уменьшил\w*|упал\w*|сократив\w*|снизив\w*|уменьшив\w*|упав\w*|сокращени\w+|снижени\w+"
# an approximate word before a rate, the rate's (_MULTIPLE_GROWTH, _FRACTION_GROWTH, figures._CHANGE_BY_RATE)
APPROXIMATE_RATE = r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?"
_MULTIPLE_GROWTH = re.compile(
    # (round 86, m1: an approximate word before the number is the multiple's, "grew about 1.5 times" 50)
    rf"\b(?:(?P<en_up>{_EN_UP})|(?P<en_down>{_EN_DOWN}))\s+(?:by\s+)?"
    rf"{APPROXIMATE_RATE}{_times('n1')}(?:\s+times|-?fold)\b"
    rf"|\b{_times('n2')}(?:\s+times|-?fold)\s+(?:(?P<en_up2>more|higher|greater|larger|bigger|increase|rise|growth|jump)"
    r"|(?P<en_down2>less|lower|smaller|decrease|decline|drop|fall))\b"
    r"|\b(?P<en_times>doubled|tripled|trebled|quadrupled|halved)\b"
    # round 49: "$318.2 million, 2.1 times the level of a year earlier" (the earlier level times n: up)
    rf"|\b{_times('n6')}\s+times\s+(?:the|its|their)\s+(?:level|figure|value|amount|total|volume)\b"
    rf"|(?:\b(?:(?P<ru_up>{_RU_UP})|(?P<ru_down>{_RU_DOWN}))\s+(?:[а-яё]+\s+){{0,2}}?)?(?<!\w)в\s+{_times('n3')}\s+раза?\b"
    r"(?:\s+(?:(?P<ru_up2>больше|выше|вырос\w*|увеличил\w*|возрос\w*)|(?P<ru_down2>меньше|ниже|сократил\w*|снизил\w*|"
    r"уменьшил\w*)))?"
    # (round 86, m1: an approximate word between the verb and "вдвое" is the multiple's, "увеличился почти вдвое" 100)
    rf"|(?:\b(?:(?P<ru_up3>{_RU_UP})|(?P<ru_down3>{_RU_DOWN}))\s+(?:(?:почти|примерно|более\s+чем|менее\s+чем)\s+)?)?"
    # (round 102, q1: and fourfold, "вырос почти вчетверо", dev/1507)
    r"(?P<ru_times>вдвое|втрое|вчетверо)"
    r"(?:\s+(?:(?P<ru_up4>больше|выше|вырос\w*|увеличил\w*|возрос\w*)|(?P<ru_down4>меньше|ниже|сократил\w*|снизил\w*|"
    r"уменьшил\w*)))?"
    # Round 89 (a1 more_than_times_local): "more than N times" before the verb, "beş dəfədən çox artaraq" (grew more
    # than fivefold, 400 as "more than 2 times" is 100), Turkish "beş kattan fazla artarak" (dev/1353)
    rf"|\b{_times('n4')}\s+(?:dəfə|kat)(?:dən\s+(?:çox|artıq)|tan\s+fazla)?"
    r"\s+(?:(?P<local_up>art(?:ıb|araq|mış\w*|dı\w*|tı\w*|arak|ış\w*)|çox\w*|"
    r"büyü(?:dü|müş|yerek)\w*|yüksel(?:di|miş|erek)\w*|fazla\w*)|(?P<local_down>azal(?:ıb|araq|mış|dı|arak)\w*|az(?:dır)?|"
    r"düş(?:tü|müş|erek)\w*))\b"
    # (round 99, q2: the transitive "çıkar-" only in the past, "çıkardık", "çıkarıldı", "çıkarılarak"; "Bunu iki
    # katına çıkarmak istiyoruz", we want to double it, dev/1480, and "çıkaracağız" are intentions)
    rf"|\b{_times('n5')}\s+katına\s+(?:çık|yüksel|ulaş)(?:tı|dı|mış|arak|ar(?:ıl)?(?:dı|mış|arak))\w*"
    r"|\b(?P<local_two>ikiqat\s+art(?:ıb|araq|mış|dı)\w*|ikiye\s+katlan(?:dı|mış|arak)\w*)", re.I)
MULTIPLE_WORDS = ("times", "fold", "doubled", "tripled", "trebled", "quadrupled", "halved", "раз", "вдвое", "втрое",
                  "вчетверо",  # round 102 (q1)
                  "dəfə", "kat", "ikiqat")  # as cheap.lowered() has them; one is in every _MULTIPLE_GROWTH match
# Round 54 (tradetext): a growth told as a fraction in words (docs/annotating.md: growth in words is a percentage):
# "roughly a fifth more than in 2024", "a third higher", "up by a quarter", "rose by half", Russian "на треть больше",
# "выросла на четверть" (an approximate word before it leaves the fraction told: "roughly a fifth more" = 20).
_RU_FRACTION_OF = {"половину": 50.0, "треть": 33.3, "четверть": 25.0}
_FRACTION_OF = {**_EN_FRACTION_OF, **_RU_FRACTION_OF}
# Round 103 (h5): the participle of rising too, and an approximate word before the fraction, "with Uzbek exports to
# Kazakhstan growing by nearly a quarter to $930 million" (dev/1538: 25, as "nearly doubled" is 100)
_FRACTION_GROWTH = re.compile(
    rf"\b(?:a|one)\s+(?P<en>{EN_FRACTIONS})\s+(?:(?P<up>more|higher|greater|larger|bigger|up)"
    r"|(?P<down>less|lower|smaller|down))\b"
    rf"|\b(?:(?P<up2>{_EN_UP}|up|(?:grow|ris|increas)ing)|(?P<down2>{_EN_DOWN}|down))\s+by\s+{APPROXIMATE_RATE}"
    rf"(?:(?:a|one)\s+)?(?P<en2>{EN_FRACTIONS})\b(?!\s+of\b)"
    rf"|(?:\b(?:(?P<ru_up>{_RU_UP})|(?P<ru_down>{_RU_DOWN}))\s+)?(?<!\w)на\s+(?P<ru>{'|'.join(_RU_FRACTION_OF)})"
    r"(?:\s+(?:(?P<ru_up2>больше|выше)|(?P<ru_down2>меньше|ниже)))?(?!\w)", re.I)
FRACTION_WORDS = tuple(_FRACTION_OF)  # one is in every match


def _fraction_growth(text: str) -> tuple[float, int, int] | None:
    """The growth a fraction in words tells (_FRACTION_GROWTH), signed, with its span; Russian only with a verb or a
    comparative ("на треть" alone may be a share's)."""
    for m in _FRACTION_GROWTH.finditer(text):
        if m["ru"] and not (m["ru_up"] or m["ru_down"] or m["ru_up2"] or m["ru_down2"]):
            continue
        value = _FRACTION_OF[lowered(m["en"] or m["en2"] or m["ru"])]
        down = m["down"] or m["down2"] or m["ru_down"] or m["ru_down2"]
        return (-value if down else value, m.start(), m.end())
    return None


GROWTH_WORDS = PERCENT_WORDS + MULTIPLE_WORDS + FRACTION_WORDS  # one is in every growth_in match
_TIMES_OF = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "два": 2, "три": 3, "четыре": 4, "пять": 5,
             "десять": 10, "полтора": 1.5, "iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "on": 10,
             "one": 1, "bir": 1}  # round 84 (h2): the whole of "one and a half", "bir buçuk" (_AND_A_HALF adds .5)
_AND_A_HALF = re.compile(r"(?P<whole>\w+)[\s-]+(?:and[\s-]+a[\s-]+half|buçuk|yarım)", re.I)
_MULTIPLE_OF = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5, "вдвое": 2, "втрое": 3,
                "вчетверо": 4}  # round 102 (q1)
# Round 86 (m1, comparison_multiple): a multiple said of a target or a goal compares two things, the goal with the
# trade, and tells no growth: "The official target is almost three times higher" (dev/727), "the goal is three times
# larger than today's trade", "цель в три раза выше", "hədəf üç dəfə çoxdur", "hedef üç kat fazla". The subject's word
# before the multiple in its clause (from the last comma), not after it nor in a clause before ("trade tripled, a
# step toward the target", "To meet the target, exports doubled" are growth).
_COMPARED_SUBJECT = re.compile(r"\b(?:target|goal|objective|aim|цел[ьи]|ориентир\w*|hədəf\w*|hedef\w*)", re.I)
_COMPARED_SUBJECT_WORDS = ("target", "goal", "objective", "aim", "цел", "ориентир", "hədəf", "hedef")  # as lowered()
# Round 86 (w2, multiple_than_a_flow): a multiple compared with another flow compares two things, not two periods, and
# tells no growth either: "Kazakhstan's exports to Kyrgyzstan are three times higher than its imports from it", "в три
# раза больше, чем импорт", "втрое превышает импорт" (no dev article; a known gap of round 86). Only the flow right
# after "than"/"чем" or the verb of exceeding; "three times more than in 2020" stays growth.
_THAN_A_FLOW = re.compile(r",?\s*(?:than|чем|превыша\w*)\s+"
                          r"(?:(?:its|their|our|the|total|его|их|наш\w*|весь|общ\w*)\s+)?"
                          r"(?:re-?)?(?:imports?|exports?|импорт\w*|экспорт\w*|ввоз\w*|вывоз\w*)\b", re.I)
_THAN_A_FLOW_WORDS = ("than", "чем", "превыша")  # as lowered(); one is in every _THAN_A_FLOW match
# Round 98 (q4): so does a Russian multiple compared with another state's figure, its adjective in the genitive right
# after the comparative (the noun left out): "«зеркальный» товарооборот почти вдвое выше кыргызского" (Türkiye's
# figure of the pair's trade against Kyrgyzstan's, dev/1468); "вдвое выше прошлогоднего" (last year's) stays growth
_THAN_A_STATE_S = re.compile(r"\s+(?:чем\s+)?(?:" + "|".join(stem.lower() for stem in places.RU_ADJECTIVE_STEMS)
                             + r")\w*?(?:ого|ой|их)\b", re.I)


def _multiple_growth(text: str) -> tuple[float, int, int] | None:
    """The growth a multiple tells (_MULTIPLE_GROWTH), signed, with its span. An approximate multiple tells its rate
    as "about 40%" does (docs/annotating.md, round 86: "nearly doubled" 100, "более чем в 2 раза" 100, "təxminən bir
    yarım dəfə" 50); one said of a target (_COMPARED_SUBJECT) tells none."""
    check = lowered(text)
    target_told = any(word in check for word in _COMPARED_SUBJECT_WORDS)
    than_told = any(word in check for word in _THAN_A_FLOW_WORDS)
    for m in _MULTIPLE_GROWTH.finditer(text):
        if target_told and _COMPARED_SUBJECT.search(text, max(text.rfind(sep, 0, m.start()) for sep in ",;:") + 1,
                                                    m.start()):
            return None  # round 86 (m1): "The official target is almost three times higher"
        if than_told and _THAN_A_FLOW.match(text, m.end()):
            return None  # round 86 (w2): "exports are three times higher than its imports"
        if (m["ru_up2"] or m["ru_down2"] or m["ru_up4"] or m["ru_down4"]) and _THAN_A_STATE_S.match(text, m.end()):
            return None  # round 98 (q4): "вдвое выше кыргызского"
        word = lowered(m["en_times"] or m["ru_times"] or "")  # look-alike letters as IGNORECASE reads them
        if word:
            times = _MULTIPLE_OF[word]
        elif m["local_two"]:
            times = 2
        else:
            n = lowered(next(m[name] for name in ("n1", "n2", "n3", "n4", "n5", "n6") if m[name]))
            half = _AND_A_HALF.fullmatch(n)  # round 84 (h2): "one and a half" is its whole and .5
            n = lowered(half["whole"]) if half else n
            times = (_TIMES_OF[n] if n in _TIMES_OF else float(n.replace(",", "."))) + (0.5 if half else 0)
        down = m["en_down"] or m["en_down2"] or m["ru_down"] or m["ru_down2"] or m["ru_down3"] or m["ru_down4"] \
            or m["local_down"]
        if word == "halved":
            times, down = 2, True
        if times <= 1 or times > 100:
            continue
        if down:
            return (float(round((1 / times - 1) * 100, 1)), m.start(), m.end())
        if m["n3"] and not (m["ru_up"] or m["ru_up2"]) or m["ru_times"] and not (m["ru_up3"] or m["ru_up4"]):
            continue  # Russian "в 2 раза", "вдвое" with no verb or comparative: more or less, not told
        return (float(round((times - 1) * 100, 1)), m.start(), m.end())
    return None


def growth_in(text: str) -> tuple[float, int, int] | None:
    """A growth rate stated with a percentage ("a 40 percent increase", "fell by 12%"), signed; not a share. Or told as a
    multiple ("increased 1.7 times", _multiple_growth): the first of the two in the text."""
    check = lowered(text)  # round 16: every _GROWTH match holds one of PERCENT_WORDS as IGNORECASE reads it
    multiple = _multiple_growth(text) if any(word in check for word in MULTIPLE_WORDS) else None
    if multiple is None and any(word in check for word in FRACTION_WORDS):
        multiple = _fraction_growth(text)  # round 54: "roughly a fifth more than in 2024"
    if not any(word in check for word in PERCENT_WORDS):
        return multiple
    m = next((m for m in _GROWTH.finditer(text) if not _a_share(text, m)), None)
    if not m:
        return multiple
    if multiple and multiple[1] < m.start():
        return multiple
    value = float((m[1] or m[2]).replace(",", ".")) if m[1] or m[2] else _rate_in_words(m[3])
    around = text[max(0, m.start() - 40):m.end() + 30]
    down = _DOWN.search(around) or _LESS_AFTER.match(text, m.end()) or _MINUS_BEFORE.search(text, max(0, m.start() - 2),
                                                                                            m.start())
    if down and not _LESS_AFTER.match(text, m.end()) and _RISE_RIGHT_AFTER.match(text, m.end()):
        down = None  # round 65 (trade65): the rate's own verb of rising after it, a falling word before is another's
    return (-value if down else value, m.start(), m.end())


# Round 24: a range told in words with a bare number for its lower end: Russian "в диапазоне от 4 до 4,5 млрд долларов"
# (not "с 4 до 4,5 млрд", a change from one to the other), English "between 4 and 4.5 billion dollars", Turkish "4 ila 4,5
# milyar dolar", Azerbaijani "4 ilə 4,5 milyard dollar arasında". No year (four digits) as the lower end: "in 2025 to".
_RANGE_WORDS_BEFORE = re.compile(r"(?:\bот|\bbetween)\s+(?:US)?\$?\d{1,3}(?:[.,]\d+)?\s+(?:до|and)\s+(?:US)?\$?$"
                                 r"|(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s+(?:ila|ilə)\s+$", re.I)
_RANGE_WORDS = ("от ", "between", "ila", "ilə")  # as cheap.lowered() has them; one is in every match
RANGE_WORDS_BEFORE = 30  # characters before an amount where its range's lower end is told
