"""BGN/PCGN romanization of Russian Cyrillic, for the names of people the office holders table does not
know: records carry a Latin name ("Арман Шаккалиев" -> "Arman Shakkaliyev", "Ерлан Абдикаримов" ->
"Yerlan Abdikarimov"), as the gold set writes them. From the BGN/PCGN 1947 system for Russian: е and ё
are ye/yë at the start of a word and after a vowel, й, ъ or ь (else e/ë); ъ and ь are left out (the
system's optional apostrophes and the middle dot between ambiguous pairs, t·s, are not used in names).
No library here does this table; it is the standard's 33 letters."""
from __future__ import annotations

import re

_LETTERS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ë", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
            "ь": "", "э": "e", "ю": "yu", "я": "ya",
            # round 51 (quotes_gaps51): the letters of Kazakh and Kyrgyz names that Russian has not, as BGN/PCGN's
            # Kazakh (1979) and Kyrgyz (1979) systems write them ("Қилыбай" -> Qilybay, "Өмүралиев" -> Ömüraliyev);
            # the letters both share with Russian keep the Russian system's Latin, as names in Russian text are read
            "ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h", "і": "i"}
# after these (or at a word's start) е and ё carry a y: "Ерлан" -> Yerlan, "Шаккалиев" -> Shakkaliyev
_Y_BEFORE_E = frozenset("аеёиоуыэюяйъьәөұүі")


# The characters whose lower case is a Russian letter (а-я or ё): the capitals and small letters А-я (one block of
# code points) and Ё, ё, as a walk over every code point finds (tests/ingest/test_speed_gates.py does it again).
_RUSSIAN_LETTER = re.compile("[А-яЁё]")


def is_cyrillic(text: str) -> bool:
    """Whether text.lower() holds a Russian letter (а-я or ё). Why a pattern on `text` itself: it is one C scan with
    no lower-cased copy, where a loop over the characters cost ~5 µs a sentence (asked of ~90 sentences an article)."""
    return _RUSSIAN_LETTER.search(text) is not None


def romanize(text: str) -> str:
    """`text` with its Russian Cyrillic letters in BGN/PCGN Latin, capitals kept ("Щ" -> "Shch")."""
    out, previous = [], ""
    for ch in text:
        low = ch.lower()
        latin = _LETTERS.get(low)
        if latin is None:
            out.append(ch)
        else:
            if low in "её" and (not previous.isalpha() or previous in _Y_BEFORE_E):
                latin = "y" + latin
            out.append(latin.capitalize() if ch != low else latin)
        previous = low
    return "".join(out)
