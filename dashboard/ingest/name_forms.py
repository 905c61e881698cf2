"""People's names as Russian and Azerbaijani news decline them, back to the form the office holders table and
the records use (the nominative): one home for these rules, which the quote rules (an interviewee named "с
Послом … Рустамом Назарзода", "у экономиста Марата Казакпаева") and the visit rules ("с премьер-министром
Азербайджана Али Асадовым", "Baxodir Qurbanovun başçılıq etdiyi nümayəndə heyəti") both need."""
from __future__ import annotations

import re
from functools import lru_cache

from dashboard.data import officeholders
from dashboard.data.text import fold

from .cheap import search_after_literal
from .places import is_place_word

# Russian instrumental (after "с"): "Рустамом" -> "Рустам", "Ибрагимовым" -> "Ибрагимов", "Петровой" -> "Петрова"
# (round 43, second wave: an adjectival surname in -ский/-цкий, "Вишневским" -> "Вишневский", "Вишневской" ->
# "Вишневская"; "Луговым" is left, -овым being the instrumental of the far commoner "Лугов")
_RU_INSTRUMENTAL = ((re.compile(r"(ов|ев|ин)ым$"), r"\1"), (re.compile(r"(ов|ев|ин)ой$"), r"\1а"),
                    (re.compile(r"(ск|цк)им$"), r"\1ий"), (re.compile(r"(ск|цк)ой$"), r"\1ая"),
                    (re.compile(r"(?<=[ьи])ей$"), "я"),  # (and "Натальей" -> "Наталья", "Марией" -> "Мария")
                    (re.compile(r"([бвгджзклмнпрстфхцчшщ])ом$"), r"\1"), (re.compile(r"([аеиоуыэюя])ем$"), r"\1й"),
                    # round 57 (quotesru57): a hushing consonant's unstressed "-ем" ("Куртулмушем" -> "Куртулмуш")
                    (re.compile(r"([жшчщ])ем$"), r"\1"),
                    (re.compile(r"([бвгджзклмнпрстфхцчшщ])ой$"), r"\1а"))
# Russian genitive (after "у"): "Марата" -> "Марат", "Анны" -> "Анна", "Петровой" -> "Петрова", "Сергея" -> "Сергей"
# (round 43, second wave: a man's adjectival surname, "Андрея Лугового" -> "Андрей Луговой", "Вишневского" ->
# "Вишневский", "Белого" -> "Белый", "Крайнего" -> "Крайний", a woman's "Вишневской" -> "Вишневская"; a given name in a
# soft sign, "Игоря" -> "Игорь"; a woman's in -ия/-ья, "Марии" -> "Мария", "Натальи" -> "Наталья")
_RU_ADJECTIVAL_GENITIVE = ((re.compile(r"([оеё]в)ого$"), r"\1ой"), (re.compile(r"([гкхжшчщ])ого$"), r"\1ий"),
                           (re.compile(r"ого$"), "ый"), (re.compile(r"его$"), "ий"),
                           (re.compile(r"(ск|цк)ой$"), r"\1ая"))
_RU_GENITIVE = ((re.compile(r"(ов|ев|ин)ой$"), r"\1а"), *_RU_ADJECTIVAL_GENITIVE,
                (re.compile(r"([бвгджзклмнпрстфхцчшщ])а$"), r"\1"),
                (re.compile(r"([бвгджзклмнпрстфхцчшщ])ы$"), r"\1а"), (re.compile(r"([гкх])и$"), r"\1а"),
                (re.compile(r"([аеиоуыэюя])я$"), r"\1й"), (re.compile(r"(?<=[рл])я$"), "ь"),
                (re.compile(r"(?<=[иь])и$"), "я"))
# Round 26: Russian dative (after "к", "экономисту"): "Азизу" -> "Азиз", "Рахимову" -> "Рахимов", "Сергею" -> "Сергей",
# "Асановой" -> "Асанова", "Гульнаре" -> "Гульнара"
# (round 43, second wave: a man's adjectival surname, "Андрею Луговому" -> "Андрей Луговой", "Вишневскому" ->
# "Вишневский"; a given name in a soft sign, "Игорю" -> "Игорь")
_RU_DATIVE = ((re.compile(r"(ов|ев|ин)у$"), r"\1"), (re.compile(r"(ов|ев|ин)ой$"), r"\1а"),
              (re.compile(r"([оеё]в)ому$"), r"\1ой"), (re.compile(r"([гкхжшчщ])ому$"), r"\1ий"),
              (re.compile(r"ому$"), "ый"), (re.compile(r"ему$"), "ий"), (re.compile(r"(ск|цк)ой$"), r"\1ая"),
              (re.compile(r"(?<=[рл])ю$"), "ь"), (re.compile(r"(?<=ь)е$"), "я"), (re.compile(r"(?<=и)и$"), "я"),
              (re.compile(r"([бвгджзклмнпрстфхцчшщ])у$"), r"\1"), (re.compile(r"([аеиоуыэюя])ю$"), r"\1й"),
              (re.compile(r"([бвгджзклмнпрстфхцчшщ])е$"), r"\1а"))
# An Azerbaijani surname in the genitive, told as whose delegation or visit it is ("Baxodir Qurbanovun başçılıq
# etdiyi nümayəndə heyəti", "Əli Həsənovun səfəri", "Leyla Abdullayevanın", "Kamran Əliyevin"): the case ending
# is dropped after the surname endings that make it certain (-ov/-ev, -ova/-eva, -zadə; round 29: the Russian and
# Kazakh -in/-ın, "Serik Jumanqarinin başçılıq etdiyi": no nominative surname ends in -inin)
# (round 42: and the Tajik -zoda, "Abdurəhmon Nazarzodanın rəhbərlik etdiyi": no nominative surname ends in -zodanın)
_AZ_GENITIVE_SURNAME = re.compile(r"(?<=[oe]v)(?:un|in)$|(?<=[oe]va)(?:nın|nin)$|(?<=zadə)nin$|(?<=zoda)nın$"
                                  r"|(?<=in)in$|(?<=ın)ın$")

# An Azerbaijani name as the object of a verb, in the accusative ("… naziri Hakan Fidanı qəbul edib", "Tokayevi
# qarşılayıb"): -ı/-i/-u/-ü after a consonant, -nı/-ni/-nu/-nü after a vowel. Not certain from the word alone (a
# name may end so, and "Fidanı" could be "Fida" + "nı"), so az_accusative_stripped only offers the forms without it
_AZ_ACCUSATIVE = (re.compile(r"(?<=[^\Waeəıioöuü\d_])[ıiuü]$"), re.compile(r"(?<=[aeəıioöuü])n[ıiuü]$"))


# Round 78 (ru78): a Tajik or Azerbaijani surname in -зода/-заде, which Russian never declines ("министра … Таджикистана
# Завки Завкизода", "экономисту Эльчину Гусейнзаде"): kept as written, not "Завкизод", "Гусейнзада"; and a given name
# the -зода surname is built on, written as in it ("Завки Завкизода"), is in its own form, no genitive to read back
# ("Завки" is no "Завка"'s; "Кохира Расулзода" still "Кохир", dev/1227)
_RU_UNDECLINED_SURNAME = re.compile(r"(?:зода|заде)$")


def _each_word(name: str, endings) -> str:
    """Each word of `name` with the first of `endings` (pattern, replacement) that matches it applied."""
    words = []
    split = name.split()
    own_given = split[-1][:-4] if len(split) > 1 and split[-1].endswith("зода") else ""  # round 78 (ru78)
    for word in split:
        if word == own_given or _RU_UNDECLINED_SURNAME.search(word):
            words.append(word)  # round 78 (ru78)
            continue
        for pattern, repl in endings:
            if pattern.search(word):
                word = pattern.sub(repl, word)
                break
        words.append(word)
    return " ".join(words)


def ru_nominative(name: str) -> str:
    """'Рустамом Назарзода' (after "с", instrumental) -> 'Рустам Назарзода'; words of other cases kept."""
    return _each_word(name, _RU_INSTRUMENTAL)


def ru_nominative_of_genitive(name: str) -> str:
    """'Марата Казакпаева' (after "у", genitive) -> 'Марат Казакпаев'; 'Анны Петровой' -> 'Анна Петрова'."""
    return _each_word(name, _RU_GENITIVE)


def ru_nominative_of_dative(name: str) -> str:
    """Round 26: 'Азизу Рахимову' (after "к экономисту", dative) -> 'Азиз Рахимов'; 'Гульнаре Асановой' -> 'Гульнара
    Асанова'."""
    return _each_word(name, _RU_DATIVE)


# Round 43 (Russian quotes): a surname whose ending marks another case than the nominative: the feminine -овой/-евой/
# -иной (genitive, dative, instrumental) and the masculine -овым/-евым/-иным (instrumental). Not the masculine genitive
# -ова, also a woman's nominative ("Петрова"), nor the dative -ову, also a woman's accusative ("Анну Иванову"); and a
# man's adjectival surname ("Андрей Луговой") is nominative, so the given name must read back in the same case too
# (or be a woman's soft-sign name Russian leaves undeclined, "Айгуль Сейтовой")
_RU_OBLIQUE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин)(?:ой|ым)$"
                                 # (round 43, second wave: a man's adjectival surname in the genitive or dative,
                                 # "Андрея Лугового", "Юрию Белому", or in -ский/-цкий in any oblique case, and a
                                 # woman's, "Натальи Вишневской": a nominative "Андрей Луговской" keeps its given name)
                                 r"|(?:ого|его|ому|ему)$|(?:ск|цк)(?:им|ой)$")
# (and a man's genitive -ова/-ева/-ина or dative -ову/-еву/-ину, a woman's nominative or accusative too, when his given
# name ends as no woman's nominative or accusative does: "Сергея", "Николая", "Игоря", "Никиты", "Ильи"; "Сергею",
# "Игорю", "Никите". A name in -ия, "Юрия", may be "Мария", and one in a consonant and -а or -у, "Марата", "Азизу", may
# be "Марина", "Анну": the text before it decides, people._ru_titled_name)
_RU_MAN_OBLIQUE_NAME = re.compile(r"(?:[еа]я|ря|[ыи])\s+\S+(?:ов|ев|ёв|ин|ын)а$"
                                  r"|(?:[еа]ю|рю|е)\s+\S+(?:ов|ев|ёв|ин|ын)у$")


def ru_nominative_of_oblique(name: str) -> str:
    """Round 43: 'Дилнозы Юсуповой' (a name running text declines, "по словам руководителя фирмы Дилнозы Юсуповой",
    met before the name in the nominative) -> 'Дилноза Юсупова'; 'Дилнозе Юсуповой' -> the same, 'Рустамом
    Назаровым' -> 'Рустам Назаров'. The case is the one that reads back the most words (the surname certainly one);
    a name whose surname has no oblique ending, or whose given name does not read back with it, is returned
    unchanged. Round 43, second wave: a man's adjectival surname too ("Андрея Лугового" -> "Андрей Луговой"), and his
    -ова/-ову after a given name no woman's nominative ends so ("Сергея Иванова", _RU_MAN_OBLIQUE_NAME)."""
    words = name.split()
    if len(words) < 2 or not (_RU_OBLIQUE_SURNAME.search(words[-1]) or _RU_MAN_OBLIQUE_NAME.search(name)):
        return name
    forms = [read(name) for read in (ru_nominative_of_genitive, ru_nominative_of_dative, ru_nominative)]
    best = max(forms, key=lambda form: sum(a != b for a, b in zip(form.split(), words)))
    read = best.split()
    if read[-1] == words[-1] or (read[:-1] == words[:-1] and not _RU_UNDECLINED_WOMANS_NAME.search(name)):
        return name
    return best


# A woman's given name Russian leaves undeclined before her declined surname: one in a soft sign ("Айгуль Сейтовой")
# (round 43, second wave: or the Kazakh and Kyrgyz ones in a hard consonant, "Айгерим Сейтовой", "Жулдыз Омаровой",
# before -овой/-евой/-иной; a man's "Андрей Луговой" ends in -й, and a man's -овой surname after a hard consonant,
# "Марат Садовой", is rare beside them)
_RU_UNDECLINED_WOMANS_NAME = re.compile(r"^\S+ь\s|^\S+[бвгджзклмнпрстфхцчшщ]\s+\S+(?:ов|ев|ёв|ин)ой$")


# The Azerbaijani and Turkish genitive after a consonant ("Ünal Üstelin", "Erdoğan'ın"): one list, for the quotes'
# cheap gate before a name's words (quotes._attribute) and for a visitor named in the genitive
# (visits._visitor_as_written_bare)
TURKIC_GENITIVE_ENDINGS = ("in", "ın", "un", "ün")


def az_nominative(name: str) -> str:
    """'Baxodir Qurbanovun' -> 'Baxodir Qurbanov'; a name with no certain genitive ending unchanged."""
    return _AZ_GENITIVE_SURNAME.sub("", name)


# Round 76 (azquote76): Azerbaijani puts the object of the verb, a capitalised noun phrase in the genitive, right after
# the subject's name with no comma ("Görüşdə çıxış edən X Nəbiyev Orta Dəhlizin iki ölkə üçün … əhəmiyyət daşıdığını
# vurğulayıb", dev/1201): the words after a surname of a certain ending (-ov/-yev/-ova/-zadə) are no part of the name
# when the last of them is in the genitive (-ın/-in/-un/-ün, -nın/-nin after a vowel). So too a second person's name
# in the genitive ("X Quliyev Kamran Əliyevin fikrini dəstəkləyib": whose view X backed): the subject is the first.
_AZ_GENITIVE_NOUN_END = re.compile(r"[ıiuü]n$")


def az_name_before_genitive_phrase(run: str) -> str:
    """'Rəşad Nəbiyev Orta Dəhlizin' -> 'Rəşad Nəbiyev'; a run with no such genitive phrase after a surname
    unchanged."""
    words = run.split()
    if len(words) < 3 or not _AZ_GENITIVE_NOUN_END.search(words[-1]):
        return run
    for i in range(1, len(words) - 1):
        if _TURKIC_SURNAME_END.search(words[i]):
            return " ".join(words[:i + 1])
    return run


# a letter or apostrophe after a name: the name is the start of a longer word ("Satıbaldı" in "Satıbaldının")
NAME_WORD_GOES_ON = re.compile(r"[\w'’]")

# Round 81 (nakh81, n_final_genitive): a name in the genitive whose last word ends in a vowel, "n" and "-ın" reads two
# ways, a vowel-final name and "-nın" ("Tura" + "nın") or an n-final one and "-ın" ("Turan" + "ın"); the grammar cannot
# tell ("Ercan Turanın başçılıq etdiyi heyət", dev/1265), the article can: it writes the n-final name bare elsewhere
# ("İğdır valisi Ercan Turan … təşəkkür edib") and the vowel-final one nowhere
_AZ_N_FINAL_GENITIVE = re.compile(r"(?<=[aeıioöuüə]n)[ıiuü]n$")


def az_n_final_genitive_written(name: str, text: str) -> str | None:
    """'Ercan Turanın' -> 'Ercan Turan' when `text` writes 'Ercan Turan' as a whole name and 'Ercan Tura' nowhere; None
    for any other name or text."""
    if not (m := _AZ_N_FINAL_GENITIVE.search(name)):
        return None
    kept = name[:m.start()]
    return kept if az_bare_name_written(text, kept) and not az_bare_name_written(text, kept[:-1]) else None


def az_bare_name_written(text: str, name: str) -> bool:
    """Is `name` written in `text` as a whole name (not the start of a longer word)?"""
    at = text.find(name)
    while at >= 0:
        if not NAME_WORD_GOES_ON.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def ru_genitive_phrase(phrase: str) -> str:
    """A Russian phrase of a person in the genitive ("По словам Главы государства", "министра экономики
    Азербайджана Микаила Джаббарова") with its head word and the name ending it back in the nominative ("Глава
    государства", "министр экономики Азербайджана Микаил Джаббаров"); the genitives of what the title is of
    ("государства", "Азербайджана") kept."""
    words = phrase.split()
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper() and not is_place_word(words[tail - 1]):
        tail -= 1
    # round 16b: a genitive adjective before the head word ("По словам кыргызского лидера"): the head word is the
    # second ("кыргызского лидер", which the adjective-and-office rule reads in any case of the adjective)
    head = 1 if len(words) > 1 and words[0].endswith(("ого", "его")) else 0
    # (round 78, ru78: the name read back whole, its given name beside its surname, _each_word)
    name = ru_nominative_of_genitive(" ".join(words[tail:])).split() if tail < len(words) else []
    return " ".join([ru_nominative_of_genitive(word) if i == head else word for i, word in enumerate(words[:tail])]
                    + name)


def az_accusative_stripped(name: str) -> list[str]:
    """'Hakan Fidanı' -> ['Hakan Fidan', 'Hakan Fida']: the name without each Azerbaijani accusative ending its last
    word may have (_AZ_ACCUSATIVE); the caller keeps one only when it names someone the office holders table knows."""
    return [pattern.sub("", name) for pattern in _AZ_ACCUSATIVE if pattern.search(name)]


# Round 14: a name in the Turkish or Azerbaijani Latin alphabet, spelt as English (and the office holders table)
# spells it: "Ceenbekov" -> "Jeenbekov", "Caparov" -> "Japarov", "Şavkat" -> "Shavkat", "Cəfərli" -> "Jafarli".
# Those alphabets write the English j, sh, ch, kh as c, ş, ç, x and Azerbaijani the English a of names as ə; the
# other letters (ı, ö, ü, ğ) the table's folding already reads alike.
_TURKIC_LATIN = str.maketrans({"c": "j", "C": "J", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "x": "kh", "X": "Kh",
                               "ə": "a", "Ə": "A"})
_TURKIC_LETTERS = re.compile(r"[cCşŞçÇxXəƏ]")


def english_spelling(name: str) -> str:
    """'Ceenbekov' -> 'Jeenbekov': `name` as English writes it, or `name` itself when it holds none of the letters
    the two alphabets differ in."""
    return name.translate(_TURKIC_LATIN) if _TURKIC_LETTERS.search(name) else name


# Round 26: an office holder's full name in another transliteration than the office holders table's ("Adylbek
# Kasymaliev" for "Adylbek Kasymaliyev", "Shavkat Mirziyoev", "Kassym-Jomart Tokaev", "Dzhaparov"): the y that English
# writes between a vowel and e ("-iyev", "-ayev"), the -ev/-ov after a consonant, a "ye" opening a word ("Yerlan") and
# "dzh"/"dj" (round 70: and "zh") for j are dropped alike from both sides' keys. Looked up only when the name itself is
# none of the table's; a surname alone so found goes through the table's checks for another bearer as the table's own
# spelling does.
_TRANSLITERATION_VARIANTS = ((re.compile(r"(?<=[aeiou])y(?=e)"), ""), (re.compile(r"\bye"), "e"),
                             (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ev(?=a?\b)"), "ov"),
                             (re.compile(r"dzh|dj"), "j"),
                             # round 70 (factcheck70, dev/1126): the zh Russian romanisation writes for ж, which
                             # Kyrgyz and Kazakh English spellings write j: "Zheenbek Kulubayev" is Jeenbek Kulubaev
                             (re.compile(r"zh"), "j"),
                             # the Azerbaijani/Kazakh/Uzbek Latin q of a name English writes k, and the kh English
                             # writes for both Tajik х and ҳ: "Qohir Rasulzoda" is Kokhir Rasulzoda
                             (re.compile(r"q"), "k"), (re.compile(r"kh"), "h"))


def _transliteration_key(name: str) -> str:
    """'Adylbek Kasymaliev' and 'Adylbek Kasymaliyev' -> 'adylbek kasymaliev' (folded, the variants made one)."""
    key = fold(name)
    for pattern, repl in _TRANSLITERATION_VARIANTS:
        key = pattern.sub(repl, key)
    return key


# Round 59 (quotesaztr59): a Hungarian holder's name as Azerbaijani and Turkish write it by its sound ("Tamaş Şuyok"
# for Tamás Sulyok, "Peter Siyarto" for Péter Szijjártó): Hungarian s sounds sh, sz s, cs ch, zs zh, ly and j y. The
# table's Hungarian names are also indexed under that sound (folded, in English letters), which a name's English
# spelling (english_spelling: ş -> sh, ç -> ch) is looked up by; other countries' names are left to the plain key.
_HUNGARIAN_SOUNDS = re.compile(r"cs|zs|sz|s|ly|j+")
_HUNGARIAN_SOUND_OF = {"cs": "ch", "zs": "zh", "sz": "s", "s": "sh", "ly": "y"}
_SOUNDED_COUNTRIES = frozenset({"HUN"})


def _hungarian_sounded(name: str) -> str:
    """'Tamás Sulyok' -> 'tamas shuyok', 'Szijjártó' -> 'siyarto': the folded name in English letters as it sounds."""
    return _HUNGARIAN_SOUNDS.sub(lambda m: _HUNGARIAN_SOUND_OF.get(m[0], "y"), fold(name))


@lru_cache(maxsize=1)
def _holders_by_transliteration_key() -> dict[str, str]:
    """Each name, surname and alias of the office holders table by its transliteration key, to that name as the table
    writes it (which the table's own look-up then reads, with its checks for a surname alone)."""
    index: dict[str, str] = {}
    for term in officeholders.terms():
        for name in (term.name, term.surname, *term.aliases):
            index.setdefault(_transliteration_key(name), name)
    for term in officeholders.terms():  # (after every plain key: a sounded key never shadows one)
        if term.country in _SOUNDED_COUNTRIES:
            for name in (term.name, term.surname):
                index.setdefault(_transliteration_key(_hungarian_sounded(name)), name)
    return index


@lru_cache(maxsize=4096)  # the resolver asks it for each name the table does not hold
def holder_spelling(name: str) -> str | None:
    """'Adylbek Kasymaliev' -> 'Adylbek Kasymaliyev', 'Aliev' -> 'Aliyev': the table's spelling of a holder's name
    (or surname) that `name` spells in another transliteration, or None. Round 59: 'Tamaş Şuyok' -> 'Tamás Sulyok'
    (a Hungarian name written by its sound, _hungarian_sounded, looked up by its English spelling)."""
    index = _holders_by_transliteration_key()
    spelled = index.get(_transliteration_key(name))
    if spelled is None and (english := english_spelling(name)) != name:
        spelled = index.get(_transliteration_key(english))
    return spelled


@lru_cache(maxsize=4096)
def spelled_alike(word: str, other: str) -> bool:
    """'Kosherbaev' and 'Kosherbayev': one surname in two transliterations (the variants above)."""
    return _transliteration_key(word) == _transliteration_key(other)


# Kyrgyz patronymic names end in "uulu" (son of) or "kyzy" (daughter of), Kazakh "uly"/"qyzy", Uzbek "o‘g‘li"/"qizi",
# Azerbaijani and Turkish "oğlu"/"qızı"/"kızı" written apart: part of the name as the article gives it ("Jogorku Keneşin
# sədri Nurlanbek Turqunbek uulu"), so a speaker the rules read as "Nurlanbek Turqunbek" takes it back when the
# article writes his name with it (the rules read names as capitalised runs; the word is lower case)
_TURKIC_PATRONYMICS = ("uulu", "kyzy", "kızı", "qızı", "oğlu", "ogly", "uly", "qyzy", "qizi", "o‘g‘li", "o'g'li")
# a surname before Azerbaijani/Turkish "oğlu"/"qızı" makes it his son or daughter ("Elvin Qasımov oğlu ilə", with his son), no patronymic:
# the word before a patronymic is the father's given name ("Turqunbek uulu", "Əli Rüstəm oğlu")
_TURKIC_SURNAME_END = re.compile(r"(?:ov|ev|ova|eva|zadə|zade|yev|yeva)$")


def turkic_surname(word: str) -> bool:
    """Does `word` end as a Turkic surname does (-ov, -yev, -ova, -zadə …: _TURKIC_SURNAME_END)?"""
    return _TURKIC_SURNAME_END.search(word) is not None


_TURKIC_SON_OR_DAUGHTER = ("oğlu", "qızı", "kızı")  # (Kyrgyz "uulu", "kyzy" mean nothing else in these languages)
_TURKIC_PATRONYMIC_GATE = re.compile(" (?:" + "|".join(_TURKIC_PATRONYMICS) + ")")  # a cheap gate, one C call
# what follows a speaker's name when the article writes it with a patronymic; compiled once, not once per name
# (cheap.search_after_literal finds the name)
_TURKIC_PATRONYMIC_AFTER_NAME = re.compile(rf"\s+({'|'.join(_TURKIC_PATRONYMICS)})"
                                           r"(?![\w‘'])(?!\s+(?:ilə|ile|və|ve|birlikdə|birlikte)\b)")


def has_turkic_patronymic(text: str) -> bool:
    """A cheap gate before with_turkic_patronymic: does the text hold any patronymic word at all?"""
    return _TURKIC_PATRONYMIC_GATE.search(text) is not None


def with_turkic_patronymic(text: str, name: str) -> str:
    """`name` (two or more words) with the patronymic the text writes after it ("Nurlanbek Turqunbek" → "Nurlanbek
    Turqunbek uulu"); a surname before "oğlu"/"qızı" is a son or daughter, no patronymic; else `name` unchanged."""
    if " " not in name:
        return name
    m = search_after_literal(text, name, _TURKIC_PATRONYMIC_AFTER_NAME)
    if m and not (m[1] in _TURKIC_SON_OR_DAUGHTER and _TURKIC_SURNAME_END.search(name)):
        return f"{name} {m[1]}"
    return name
