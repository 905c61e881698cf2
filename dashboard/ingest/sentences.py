"""Sentences with their spans: the unit the visit, trade and target rules read."""
from __future__ import annotations

import re

# A sentence ends at . ! ? followed by space and a capital (Azerbaijani and Turkish Ö, Ə, İ, Ş… too) or
# quote or a year ("… oldu. 2023'te bu rakam …", "… olub. 2024-cü ildə …"), or at a paragraph break;
# abbreviations common in news ("Mr.", "U.S.", "Jan.") and decimals do not end one, nor a Roman numeral
# of two to four letters, which Turkish writes as an ordinal with a full stop ("XII. Küresel Bakü Forumu",
# "VII. Zirve"; one letter is an initial, already in the list).
# Written to start with one character class ([.!?\n]) for speed only: re then jumps from stop to stop
# in C instead of trying the pattern at every character. The lookbehinds take the stop in (".") so
# they test the same characters as "(?<!\bMr)" in front of it did; the matches are the same.
# Round 85 (k1): nor a Russian given name's initial, "прибыл Президент Узбекистана Ш. Мирзиёев." (dev/1303), "Дж."
# Round 95 (v1): nor the Turkish "Sn." (Sayın) and the academic "Prof." before a name, as an embassy's release titles
# its minister ("T.C. Çalışma ve Sosyal Güvenlik Bakanı Sn. Prof. Dr. Vedat Işıkhan, 14-15 Nisan 2026 tarihlerinde …
# resmi bir ziyaret gerçekleştirmiştir.", dev/1428): the title and the name are one sentence's subject
# The months English news abbreviates with a full stop ("Jan.", "Sept.", "Oct. 28"): one home, the quotes' sentence
# break reads them too (round 100, q3: quotes._QUOTE_SENTENCE_BREAK, dev/1488)
ABBREVIATED_MONTHS = ("Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
_NOT_AFTER = ("Mr", "Mrs", "Dr", "St", "[A-Z]") + ABBREVIATED_MONTHS + (
    "[IVX]{2}", "[IVX]{3}", "[IVX]{4}", "[А-ЯЁ]", "Дж", "Sn", "Prof")
# Nor does an Arabic ordinal before the noun Turkish numbers a session or meeting by ("KEK 9. Dönem Toplantısı'na",
# "12. Dönem", "5. Zirve"): a list of those nouns, as "June 9. He" ends a sentence in English.
# Round 31 (Russian, Azerbaijani, Turkish): the noun may close the event's capitalised name, its place first ("5. Antalya
# Diplomasi Forumu'na", "11. Türk Devletleri Teşkilatı Zirvesi"): up to three capitalised words between.
# Round 37 (visits B): a fair, exhibition or congress numbered so too ("95. İzmir Enternasyonal Fuarı", "28. Sergi").
_ORDINAL_NOUNS = (r"\s+(?:[A-ZÇĞİÖŞÜƏ][\w'’]*\s+){0,3}(?:Dönem|Toplantı|Zirve|Oturum|Olağan|Kurultay|Forum|Uluslararası"
                  r"|Fuar|Sergi|Kongre|Konferans|Festival)")
_ORDINAL = "".join(rf"(?!(?<=\b{d}\.){_ORDINAL_NOUNS})" for d in (r"\d", r"\d\d", r"\d\d\d"))
# Round 19b: a day and its month open a sentence too ("… прибыл в Баку. 19 мая президент …", "… arrived in Baku.
# 19 May saw …", ". 18 Mayıs'ta …", ". 14–16 мая …"), not a bare number (a list's "1. …" is read as before).
_DAY_MONTH_START = (r"|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
                    r"|октября|ноября|декабря|January|February|March|April|May|June|July|August|September|October"
                    r"|November|December|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)\b")
# Round 43, second wave: nor does the abbreviated Russian dollar before "США" ("млн долл. США", a table's unit)
# Round 80 (post80): nor the abbreviated Azerbaijani or Turkish scale before the country of the dollar ("246,8 mln. ABŞ
# dolları", "2 mlrd. ABD doları", dev/1249): a unit, as "долл. США" above, not a sentence's end.
_SCALE_BEFORE_US = "".join(rf"(?!(?<=\b{w}\.)\s+AB[ŞD]\b)" for w in ("mln", "mlrd", "milyon", "milyard"))
# Round 49: a single line break ends one before a table's line "State: number" ("Azerbaycan: 3.284,0 (8,1)",
# "Kazakhstan: $2.1 billion"), a release listing its partners one a line with no stop after each.
# The head of such a line, also what text_input keeps a pasted list's line breaks by (one home for the shape).
TABLE_LINE_HEAD = r"[ \t]*[•*·–—-]?[ \t]*[A-ZÇĞİÖŞÜƏ][^\W\d][^\n:.!?]{0,40}:[ \t]*(?:US)?\$?[ \t]?\d"
_TABLE_LINE_NEXT = r"|(?<=\n)(?=" + TABLE_LINE_HEAD + ")"
# Round 69 (timeline69): a single line break ends one before a bulleted line ("- 12 March 2026 — X in Baku, state visit;
# 9 documents", "- 2024: 438.2 (+6.5%)"): a list's item, told with no stop at its end (dev/1114, a timeline of dated
# items). The bullet: a dash, dot or star and a space; text_input keeps a bulleted list's line breaks (one home).
# Round 92 (t1, period bullet): a Telegram post's small square too, with the emoji selector after it ("▪️ Январь–июль
# 2026 года: свыше 3,1 млрд долларов, рост на 9,4%", dev/1387).
BULLET_LINE_HEAD = r"[ \t]*(?:[•*·–—-]|▪\ufe0f?)[ \t]"
_BULLET_LINE_NEXT = r"|(?<=\n)(?=" + BULLET_LINE_HEAD + ")"
# Round 75 (sidebar75): so too before a line of a list of periods with no bullet, its period, a colon or spaced dash
# and its amount: "2024 г. – 637,9 млн долл. (+9,2%)" (dev/1183's sidebar), "January–June 2026: $41.2 million";
# text_input keeps such a list's line breaks (one home for the shape).
PERIOD_LINE_HEAD = (r"[ \t]*(?:[^\W\d][^\n:.!?]{0,30}?[ \t])?(?:19|20)\d\d(?:[ \t]*(?:г\.|года?))?"
                    r"[ \t]*(?::|[ \t][–—-])[ \t]*(?:US)?\$?[ \t]?\d")
_PERIOD_LINE_NEXT = r"|(?<=\n)(?=" + PERIOD_LINE_HEAD + ")"
# Round 87 (year_first_chronology): so too before a chronology's line opened by its year, a comma, a day maybe and its
# month, then a spaced dash: "2022, 24 avqust – Qasım-Jomart Tokayevin Azərbaycana dövlət səfəri (Bakı)", "2023, noyabr
# – …" (dev/1329's "Xronologiya" box, no stop after its lines); text_input keeps such a list's line breaks (one home).
YEAR_FIRST_LINE_HEAD = r"[ \t]*(?:19|20)\d\d,[ \t]+(?:\d{1,2}[ \t]+)?[^\W\d_]{3,}[ \t]+[–—-][ \t]"
_YEAR_FIRST_LINE_NEXT = r"|(?<=\n)(?=" + YEAR_FIRST_LINE_HEAD + ")"
# Round 71 (trade71, dev/1141): a footnote's number in brackets after the stop ends the sentence too, as commentary
# with sources writes it: "… an increase of 14.2 per cent on the previous year.[2] The Uzbek series …", "….[12] He".
# The one form of a footnote's marker (its number the group): visits finds a sentence's note by it.
FOOTNOTE_MARK = r"\[(\d{1,3})\]"
# Round 90 (t1): a numbered list, one item a line with no stop after it ("1. Узбекистан — 4,4 млрд долларов (+7%)" /
# "2. Турция — …", "1. Uzbekistan — $4.4 billion (+7%)", dev/1363's ranking of partners): each item is a sentence of
# its own, its number with it. A single line break ends one before the next item's number, and the stop after an
# item's number at a line's start ends none (it read "1." as a sentence, and the item before glued to "\n2.").
# text_input keeps such a list's line breaks (one home for the shape).
NUMBERED_LINE_HEAD = r"[ \t]*\d{1,2}[.)][ \t]+(?=[^\W\d_])"
_NUMBERED_LINE_NEXT = r"|(?<=\n)(?=" + NUMBERED_LINE_HEAD + ")"
_NOT_ITEM_NUMBER = r"(?<!\n\d\.)(?<!\n\d\d\.)(?<!\n[ \t]\d\.)(?<!\n[ \t]\d\d\.)"
_END = re.compile(r"[.!?\n](?:(?<=\n)\s*\n" + _TABLE_LINE_NEXT + _BULLET_LINE_NEXT + _PERIOD_LINE_NEXT
                  + _YEAR_FIRST_LINE_NEXT + _NUMBERED_LINE_NEXT
                  + r"|(?<=[.!?])" + "".join(rf"(?<!\b{w}.)" for w in _NOT_AFTER) + _ORDINAL + _NOT_ITEM_NUMBER
                  + r"(?!(?<=долл\.)\s+США\b)" + _SCALE_BEFORE_US
                  + r"[”\"»]?(?:" + FOOTNOTE_MARK + ")?"
                  + r"\s+(?=[A-Z“\"«А-ЯЁÀ-ÖØ-ÞĞİŞƏ]|(?:19|20)\d\d(?!\d)" + _DAY_MONTH_START + "))")


# Round 72 (tv72): a TV show's transcript opens each turn with its timecode and the speaker's label in capitals
# ("[00:01:13] YERZHAN ASHIKBAYEV: From January to April it was …", "[00:01:10] HOST: And this year?", dev/1156): the
# turn's first sentence starts after them, so the trade and visit rules read its words as a sentence's opening. The
# one form of a timecode (quotes starts a turn's paragraph after it).
# Round 81 (caption81): a podcast's write-up opens each segment with its time stamp in round brackets ("(12:40) On
# energy, Kudratov is cautious. Asked …, he answers: "…"", dev/1264): the same stamp, its sentence's words after it.
TIMECODE = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\))"
TIMECODE_OPENERS = ("[", "(")  # the cheap gate: the first character of a timecode
_CAPS_LABEL_WORD = r"[A-ZÇĞİÖŞÜƏ][A-ZÇĞİÖŞÜƏ'’.\-]*"
_TIMECODED_TURN_HEAD = re.compile(TIMECODE + rf"[ \t]*(?:{_CAPS_LABEL_WORD}(?:[ \t]+{_CAPS_LABEL_WORD}){{0,3}}"
                                  r"[ \t]*:)?[ \t]*(?=\S)")


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(text):
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        if text[start:end].strip():
            spans.append((_after_turn_head(text, start, end), end))
        start = m.end()
    if text[start:].strip():
        spans.append((_after_turn_head(text, start, len(text)), len(text)))
    return spans


def _after_turn_head(text: str, start: int, end: int) -> int:
    """Where a sentence from `start` begins its words: after a transcript turn's timecode and label, if it opens so."""
    if text[start:start + 1] not in TIMECODE_OPENERS or not (head := _TIMECODED_TURN_HEAD.match(text, start, end)):
        return start
    return head.end()
