"""One article split and scanned once, shared by the visit, trade and quote rules.

Why: each rule used to split the text into sentences, lower-case each sentence and look for the
countries in it on its own; for a 1,000-word article that work was done two or three times over.
Everything here depends on the article alone, never on what another article held.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache
from typing import NamedTuple

from . import places
from .cheap import lowered, replace_lookalikes
from .sentences import sentences
from .when import MONTH_HEAD


# Round 63: a digest of the day's short news items, each a paragraph opened by its dateline in capitals and a full stop
# ("BAKI. …", "ANKARA – ASTANA. …"): its items are separate stories, for the trade rules (a figure naming no state is of
# its own item's two states) and the visit rules (a visit whose item tells no signing signed none).
# Round 66 (speed): the words of a dateline are parted by a space or a dash, never by nothing: with an empty parting
# allowed, a line in capitals that is no dateline ("TRT HABER: …") was tried in every split of its letters, a tenth
# of all extraction time.
_DIGEST_DATELINE = re.compile(r"^[A-ZÇĞİÖŞÜƏÂА-ЯЁ][A-ZÇĞİÖŞÜƏÂА-ЯЁ'’\-]{2,}"
                              r"(?:(?:\s+(?:[–—-]\s*)?|[–—]\s*)[A-ZÇĞİÖŞÜƏÂА-ЯЁ][A-ZÇĞİÖŞÜƏÂА-ЯЁ'’\-]+)*\.\s", re.M)
# Round 87 (WIRE_DATELINE): a wire roundup's briefs, each a paragraph opened by its own wire dateline, the city in
# capitals, a date, the agency in brackets and a dash ("BISHKEK, Nov 4 (Reuters) - …"): each brief is its own story,
# its figure naming one state of its two not of another brief's pair (dev/1336)
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z'’.\-]{2,}(?:[ /][A-Z][A-Z'’.\-]+)*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"\s+\([^()\n]{2,30}\)\s*(?:--|[-–—])\s", re.M)
# Round 88 (READOUT_HEADING): a press service's page of readouts, each section opened by a line of its own that is a
# kind label in capitals, a date and the section's title parted by bars ("READOUT | October 19, 2026 | Readout of
# President X's Call with President of the Republic of Uzbekistan Y", "PRESS RELEASE | 3 May 2026 | …"): each section
# is its own story, its figure naming no state of the two its section names, not of another section's (dev/1338)
_READOUT_HEADING = re.compile(r"^[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2}[ \t]*\|[ \t]*[^|\n]{0,20}?(?:19|20)\d\d[ \t]*\|"
                              r"[ \t]*[A-Z]", re.M)


def readout_heading_at(text: str, at: int) -> bool:
    """Does a readout section's heading line (_READOUT_HEADING) open at `at`?"""
    return _READOUT_HEADING.match(text, at) is not None


# Round 77 (chrono77): a chronology's items, each a line opened by a full date (day, month, year, a year's word maybe)
# and a dash, told with no verb of its own at times ("14 декабря 2022 г. — Президент … прибыли в Авазу …", "20 мая
# 2025 г. — визит … в Ашхабад, подписаны два документа", "- 12 March 2026 — X in Baku, state visit", "3 Mart 2024 —
# …"; dev/1215's "Хронология" box): each item is an event of its own, as a digest's items are stories of their own
_CHRONOLOGY_DAY_LINE = re.compile(r"^[•*·–—-]?[ \t]*\d{1,2}\s+[^\W\d_]{3,}\s+(?:19|20)\d\d"
                                  r"(?:\s*(?:г\.|года?|y\.|il)|-(?:ci|cı|cu|cü)\s+il)?[ \t]*[–—-][ \t]"
                                  # round 87 (year_first_chronology): or its year first, "2022, 24 avqust – …"
                                  # (dev/1329)
                                  r"|^(?:19|20)\d\d,[ \t]+\d{1,2}[ \t]+[^\W\d_]{3,}[ \t]+[–—-][ \t]", re.M)


# Round 96 (t1): a column of news in brief sets out each story in one paragraph of its own, opened by a short lead
# sentence with no colon ("Mirziyoyev meets Turkish business. President Shavkat Mirziyoyev on Wednesday received a
# delegation of Turkish entrepreneurs …", dev/1442): its items open at its paragraphs, "the two countries" of one story
# being its own (a target naming neither state is Uzbekistan's and Türkiye's, not the Kyrgyz commission's before it)
_IN_BRIEF = re.compile(r"\bnews\s+in\s+brief\b", re.I)
_PARAGRAPH_OPEN = re.compile(r"(?<=\n\n)[^\S\n]*(?=\S)")


# Round 65 (trade65): a review of the week's (or day's) stories, its headline naming itself so ("Week in review:
# …", "News roundup: …", "Gündəlik icmal: …"), each story under a subheading of its own (dev/1070): its items open at
# the subheadings (_REVIEW_SUBHEADING_WORDS words at most on a line of their own, no sentence end, no digit), as a
# dateline digest's open at their datelines.
_REVIEW_HEADLINE = re.compile(r"\b(?:week|day|month)\s+in\s+review\b"
                              r"|\b(?:weekly|daily|news|sunday)\s+(?:round-?up|digest)\b"
                              # round 96 (t1): a column of news in brief, "News in brief: Kazakh trade up 11%, …"
                              # (dev/1442), each story a paragraph of its own (_IN_BRIEF)
                              r"|" + _IN_BRIEF.pattern +
                              r"|^\W*(?:round-?up|digest|in\s+brief)\s*:|\b(?:gündəlik|həftəlik)\s+icmal\b"
                              r"|\bhaftan[ıi]n\s+özeti\b|дайджест|обзор\s+недели"
                              # round 68 (visits68): a chronicle of the week, "Həftənin diplomatik xronikası: …"
                              # (dev/1105), "Haftanın diplomasi kroniği", "Хроника недели"
                              r"|\b(?:həftənin|haftan[ıi]n)\s+(?:\w+\s+)?(?:xronikas[ıi]|kroni[ğg]i)\b"
                              r"|хроника\s+недели|\bweek'?s?\s+(?:\w+\s+)?chronicle\b"
                              # round 76 (digest76): the region in a week, "Центральная Азия за неделю: …" (dev/1199)
                              r"|\bза\s+неделю\s*:"
                              # round 95 (t1): the week's results, "🗓 Итоги недели: МИД Узбекистана (19–24 октября)"
                              # (dev/1425), its stories opened by emoji marks (_EMOJI_ITEM)
                              r"|\bитоги\s+недели\b"
                              # Round 92 (t2): the day's agenda, its headline opened by the word and a bar or colon,
                              # its items under the days' subheadings ("Gündem | 2 Aralık 2026: …", then "BUGÜN",
                              # "YARIN", "CUMA"; dev/1397): "the two countries" of an item are its own, not the last's
                              r"|^\W*(?:gündem|gündəm|agenda)\s*[|:]", re.I)
_REVIEW_HEADLINE_WORDS = ("review", "round", "digest", "brief", "icmal", "özet", "дайджест", "обзор",
                          "xronika", "kroni", "хроника", "chronicle", "неделю", "gündem", "gündəm", "agenda",
                          "итоги")  # gate
_REVIEW_SUBHEADING_WORDS = 8
_REVIEW_SUBHEADING = re.compile(r"^[^\S\n]*[A-ZÇĞİÖŞÜƏÂА-ЯЁ][^\n\d]*$", re.M)
_REVIEW_LINE_ENDS = (".", "!", "?", "…", ":", ";", ",", '"', "”", "»", ")")


def _names_a_review(first_line: str) -> bool:
    """Does the headline name a review of stories (_REVIEW_HEADLINE)?"""
    return any(word in first_line.lower() for word in _REVIEW_HEADLINE_WORDS) \
        and bool(_REVIEW_HEADLINE.search(first_line))


# Round 76 (digest76): a review's story may open its paragraph with a lead phrase in place of a subheading, the topic, a
# colon and its gist, ending in a full stop ("Казахстан и Туркменистан: Каспий и транзит. Министр …", dev/1199;
# "Kazakhstan and Turkmenistan: the Caspian and transit. The minister …"): its items open at those paragraphs
_REVIEW_LEAD_PHRASE = re.compile(r"^[^\S\n]*(?P<lead>[A-ZÇĞİÖŞÜƏÂА-ЯЁ][^\n.:!?\d]{1,60}:[^\n.:!?\d]{1,60})\.\s", re.M)


# Round 95 (t1): or a paragraph opened by an emoji mark, as a channel's review of the week sets out its stories ("✅ 19
# октября первый заместитель министра … провёл в Бишкеке …", then "✅ 21 октября Министр … находился … в Пенджикенте",
# dev/1425): "the two countries" of one story are its own. Only at a paragraph's opening: the marked lines run into one
# paragraph ("По итогам переговоров подписаны: ✅ Программа …; ✅ Соглашение …") list one story's documents.
_EMOJI_ITEM = re.compile(r"(?<=\n\n)[^\S\n]*[✅☑✔🔹🔸▪📌]")


def _review_subheadings(text: str) -> list[int]:
    """Where the subheadings of a review of stories open (_REVIEW_HEADLINE), the headline's line left out; none when
    the headline names no review. Round 76 (digest76): else where its paragraphs' lead phrases open
    (_REVIEW_LEAD_PHRASE); round 95 (t1), else where its paragraphs opened by an emoji mark open (_EMOJI_ITEM); round
    96 (t1), else a column of news in brief's paragraphs (_IN_BRIEF, _PARAGRAPH_OPEN)."""
    first_line = text.split("\n", 1)[0]
    if not _names_a_review(first_line):
        return []
    return [m.start() for m in _REVIEW_SUBHEADING.finditer(text, len(first_line))
            if not m.group().rstrip().endswith(_REVIEW_LINE_ENDS)
            and len(m.group().split()) <= _REVIEW_SUBHEADING_WORDS] \
        or [m.start() for m in _REVIEW_LEAD_PHRASE.finditer(text, len(first_line))
            if len(m["lead"].split()) <= _REVIEW_SUBHEADING_WORDS] \
        or [m.start() for m in _EMOJI_ITEM.finditer(text, len(first_line))] \
        or "brief" in first_line.lower() and _IN_BRIEF.search(first_line) is not None \
        and [m.start() for m in _PARAGRAPH_OPEN.finditer(text, len(first_line))]


# Round 46 (figures, a release's grid of partners), round 70 (review70, a review's grid of visits): a grid written as
# text, a row a line (text_input._is_grid keeps their breaks) and its cells parted by "|" or tabs, three at least
_GRID_ROW = re.compile(r"^[^\n|\t]*(?:[|\t][^\n|\t]*){2,}$", re.M)
_GRID_SPLIT = re.compile(r"[|\t]")
# Round 82 (t82): a grid of two columns, "Country | Turnover (Jan–Sep 2026, US$ thousand)" over rows "Kazakhstan |
# 412,300": a row a line with one "|", three rows at least, the rows under the header a number in their second cell
# (a line of one "|" alone, a byline's "News | Politics", is none)
_GRID_PAIR_ROW = re.compile(r"^[^\n|\t]+\|[^\n|\t]+$", re.M)
_GRID_PAIR_ROWS = 3


# Round 77 (brief77): a newsletter's round-up told in bulleted paragraphs, each opened by a bullet and a label in bold
# naming its story ("• **Kazakhstan–Uzbekistan:** The final figures are in. …", dev/1206; "- **Baku talks** …"):
# its items open at those bullets. The bullet is needed: a bold label alone opens an interview's question ("**AA:**
# …", dev/1188) or a subheading (dev/318), which are no separate stories.
BOLD_LABEL_BULLET = re.compile(r"^[^\S\n]*[•*·–—-][^\S\n]*\*\*[^*\n]{2,60}\*\*", re.M)


# Round 81 (POST_SIGNATURE, links81): the signature line under an embedded social-media post: a dash, the author's
# name, his handle in brackets and the post's day ("— Ömer Bolat (@omerbolat) 19 Kasım 2026", "— X Y (@xy) November
# 19, 2026"), the post's text above it (dev/1257). It is no line of speech (quotes), and it dates the post (visits).
POST_SIGNATURE = re.compile(r"^[^\S\n]*[-–—―][^\S\n]*(?P<name>[^()\n]{2,80}?)[^\S\n]*\(@\w{1,30}\)[^\S\n]*"
                            r"(?P<day>[^()\n]{0,40}?\b(?:19|20)\d\d)\b\.?[^\S\n]*$", re.M)


def _bold_label_bullets(text: str) -> list[int]:
    """Where the bulleted paragraphs opened by a bold label open (BOLD_LABEL_BULLET); none in an article with no
    "**" (most)."""
    if "**" not in text:
        return []
    return [m.start() for m in BOLD_LABEL_BULLET.finditer(text)]


# Round 79 (labels79): a readout's paragraph opened by a bold topic label of a few words ending in a full stop
# ("**Trade.** The parties noted …", "**Business forum.** Addressing the forum, X invited …", dev/1236): the label
# stands before the sentence's subject as a bullet's does. The full stop is needed: "**AA:**" opens an interview's
# question (dev/1188), and a bold sentence of more words is the article's own.
# Round 80 (gq1 bold_topic_colon): or in a colon ("**Railways:** The two leaders agreed … “…,” X said.", "**Water**:
# …"), when the label is no interviewer's: not in capitals ("**AA:**", "**Q:**", "**TRT:**") nor a word for a question
# or an answer (_INTERVIEW_LABELS), and the sentence after it no question ("**Anadolu Agency:** What …?").
# Round 99 (q1): of up to six words, a body's name after "On the" ("**On the Organization of Turkic States:** “…”",
# dev/1478)
BOLD_TOPIC_LABEL = re.compile(r"\*\*(?P<label>[A-ZÀ-ÖØ-ÞƏЁА-Я][^\W\d_]*(?:[ -][^\W\d_]+){0,5})"
                              r"(?:(?P<stop>\.)\*\*|:\*\*|\*\*:)[^\S\n]+")
_INTERVIEW_LABELS = frozenset(("question", "answer", "interviewer", "correspondent", "journalist", "reporter", "host",
                               "вопрос", "ответ", "корреспондент", "журналист", "ведущий", "soru", "cevap", "muhabir",
                               "savol", "javob", "sual", "cavab", "сұрақ", "жауап", "суроо", "жооп"))


def bold_label_end(text: str) -> int:
    """Where the bold label opening a newsletter's bullet ends in `text` (BOLD_LABEL_BULLET: "• **Kazakhstan–
    Uzbekistan:** The final 2025 figures are in."), a colon after it and the space before the words too; 0 with none.
    For the rules reading a sentence's opening words (its subject, its period), which the label stands before.
    Round 79 (labels79): or a paragraph's bold topic label ("**Trade.** The parties …", BOLD_TOPIC_LABEL)."""
    if "**" not in text[:8]:
        return 0
    if text[:2] == "**" and (topic := BOLD_TOPIC_LABEL.match(text)) and (topic["stop"] or _topic_not_interview(topic)):
        return topic.end()
    if not (m := BOLD_LABEL_BULLET.match(text)):
        return 0
    end = m.end() + 1 if text[m.end():m.end() + 1] == ":" else m.end()
    return len(text) - len(text[end:].lstrip()) if end < len(text) else end


# Round 100 (q3): a factbox's bullet opened by its fact's label in capitals and a colon ("* IN THEIR WORDS: At the
# October 2024 press conference in Ashgabat, Tokayev called Turkmenistan “…”", "* TOKAYEV IN ASHGABAT: …", dev/1482):
# the label stands before the sentence's subject as a bold one does. The bullet is needed: a line in capitals before a
# colon alone is an interview's or a transcript's speaker ("ÖMER BOLAT: …", "HOST: …").
_CAPS_LABEL_BULLET = re.compile(r"[^\S\n]*[•*·][^\S\n]+[A-Z0-9][A-Z0-9'’\-]*(?:[^\S\n]+[A-Z0-9][A-Z0-9'’\-]*){0,5}"
                                r"[^\S\n]*:[^\S\n]+(?=\S)")


def caps_label_end(text: str) -> int:
    """Where a factbox bullet's label in capitals and its colon end in `text` (_CAPS_LABEL_BULLET), 0 with none."""
    return m.end() if text[:1] in "•*· \t" and (m := _CAPS_LABEL_BULLET.match(text)) else 0


def _topic_not_interview(topic: re.Match) -> bool:
    """Round 80 (gq1 bold_topic_colon): is a bold label in a colon a topic's, not an interviewer's or a turn's?"""
    label = topic["label"]
    return not label.isupper() and label.lower() not in _INTERVIEW_LABELS \
        and topic.string.rstrip()[-1:] != "?"


class Sentence(NamedTuple):  # a tuple: made by the thousand, and a frozen dataclass is slow to make
    start: int
    end: int
    text: str
    check: str  # cheap.lowered(text) (but for Greek final sigma), for the `in` checks added for speed


@lru_cache(maxsize=256)
def _lowered_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """cheap.lowered() of each trigger word ("katıl" -> "katil"), for Document.holding (a rule's tuples are few)."""
    return tuple(lowered(word) for word in words)


class Document:
    def __init__(self, text: str):
        self.text = text
        whole = text.lower()
        # lower() keeps the length unless the text has an İ; then each sentence is lowered on its own
        check = replace_lookalikes(whole) if len(whole) == len(text) else None
        if check is None and "\u0307" not in text and "\u03a3" not in text:
            # Why: lowered() of each sentence costs a lower() and a look-alike scan per sentence. It is
            # lower() with the combining dot an "İ" leaves dropped, so with no combining dot of the text's
            # own (it would be dropped too) and no capital sigma (lower() reads its neighbours), a slice
            # of the article lowered with each "İ" made an "I" is every sentence's lowered(): exact.
            check = replace_lookalikes(text.replace("\u0130", "I").lower())
        self.sentences = [Sentence(a, b, text[a:b], check[a:b] if check is not None else lowered(text[a:b]))
                          for a, b in sentences(text)]
        # the article as every sentence's `check`, one string with the sentences' own spans; None when no one
        # string is (a combining dot of the text's own, or a capital sigma: holding() then reads each sentence)
        self._check = check
        self._starts = [s.start for s in self.sentences]
        self._ends = [s.end for s in self.sentences]
        self._held: dict[tuple[str, ...], list[bool]] = {}  # held(): holding() of each words' tuple asked so far

    def holding(self, words: tuple[str, ...]) -> list[bool]:
        """For each sentence, any(lowered(word) in sentence.check for word in words).

        Why: the rules ask this of every sentence for their trigger words, as a gate before their IGNORECASE
        patterns; one find() over the whole article per word, each hit placed in its sentence, costs a fraction
        of that. Both sides are cheap.lowered(), as the patterns read them: a capital "İ" is a plain i, so
        "imzalan" is found in "İmzalanmış üç sənəd …" and "idxal" in "İdxalın həcmi …" (str.lower() makes "İ" an
        i and a combining dot, and an "İ" opens many Azerbaijani and Turkish sentences), and a dotless ı is an
        i on both sides ("katıl" is found in "KATILDI")."""
        words = _lowered_words(words)
        if self._check is None:
            return [any(word in s.check for word in words) for s in self.sentences]
        check, starts, ends = self._check, self._starts, self._ends
        flags = [False] * len(starts)
        for word in words:
            i = check.find(word)
            while i != -1:
                k = bisect_right(starts, i) - 1
                if k >= 0 and i + len(word) <= ends[k]:
                    flags[k] = True
                i = check.find(word, i + 1)
        return flags

    def held(self, words: tuple[str, ...]) -> list[bool]:
        """holding(words), found once for this article and then remembered: for a rule that asks it of one sentence
        at a time, over and over (sp84: figures._table_lead, ~50 times an article). Callers only read the list."""
        flags = self._held.get(words)
        if flags is None:
            flags = self._held[words] = self.holding(words)
        return flags

    @cached_property
    def countries(self) -> places.Index:
        """The article folded for the country pattern (on first use: a short article may need none)."""
        return places.Index(self.text)

    @cached_property
    def digest_items(self) -> list[int]:
        """Where a digest's items open (_DIGEST_DATELINE, _WIRE_DATELINE, _READOUT_HEADING; a review's subheadings,
        _review_subheadings; a newsletter's bulleted bold labels, _bold_label_bullets), two at least, else none; the
        article's first line (its headline) opens none."""
        starts = [m.start() for m in _DIGEST_DATELINE.finditer(self.text) if m.start()] \
            or [m.start() for m in _WIRE_DATELINE.finditer(self.text) if m.start()] \
            or "|" in self.text and [m.start() for m in _READOUT_HEADING.finditer(self.text) if m.start()] \
            or _review_subheadings(self.text) or _bold_label_bullets(self.text)
        return starts if len(starts) >= 2 else []

    @cached_property
    def chronology_items(self) -> list[int]:
        """Where a chronology's dated items open (_CHRONOLOGY_DAY_LINE), two at least, else none (round 77)."""
        starts = [m.start() for m in _CHRONOLOGY_DAY_LINE.finditer(self.text)]
        return starts if len(starts) >= 2 else []

    @cached_property
    def month_heads(self) -> list[int]:
        """Where the paragraphs of a chronicle laid out by months open (when.MONTH_HEAD: "Март. …"), two at least, else
        none."""
        starts = [m.start() for m in MONTH_HEAD.finditer(self.text)]
        return starts if len(starts) >= 2 else []

    @cached_property
    def grids(self) -> list[list[tuple[int, int]]]:
        """The grids of the article (_GRID_ROW: rows of three cells at least, only white space between them; round 82,
        _GRID_PAIR_ROW: of two), each its rows' spans, the first its header row; none in an article with no "|" nor tab
        (most)."""
        if "|" not in self.text and "\t" not in self.text:
            return []
        grids: list[list[tuple[int, int]]] = []
        for m in _GRID_ROW.finditer(self.text):
            if grids and self.text[grids[-1][-1][1]:m.start()].strip() == "":
                grids[-1].append((m.start(), m.end()))
            else:
                grids.append([(m.start(), m.end())])
        return sorted(grids + self._pair_grids()) if "|" in self.text else grids

    def _pair_grids(self) -> list[list[tuple[int, int]]]:
        """The grids of two columns (_GRID_PAIR_ROW, see above)."""
        runs: list[list[tuple[int, int]]] = []
        for m in _GRID_PAIR_ROW.finditer(self.text):
            if runs and self.text[runs[-1][-1][1]:m.start()].strip() == "":
                runs[-1].append((m.start(), m.end()))
            else:
                runs.append([(m.start(), m.end())])
        return [run for run in runs if len(run) >= _GRID_PAIR_ROWS
                and all(any(c.isdigit() for c in self.text[a:b].split("|")[1]) for a, b in run[1:])]

    def grid_cells(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans of the cells of the grid's row text[a:b], white space around each left out."""
        cells, start = [], a
        for m in [*_GRID_SPLIT.finditer(self.text, a, b), None]:
            end = m.start() if m else b
            text = self.text[start:end]
            lead = len(text) - len(text.lstrip())
            cells.append((start + lead, start + lead + len(text.strip())))
            start = m.end() if m else b
        # a Markdown row opens and closes with "|": no cells before the first nor after the last
        row = self.text[a:b].strip()
        if row.endswith("|") and cells[-1][0] == cells[-1][1]:
            cells.pop()
        if row.startswith("|") and cells and cells[0][0] == cells[0][1]:
            cells.pop(0)
        return cells

    def mentions(self, sentence: Sentence) -> list[places.Mention]:
        """places.mentions(sentence.text), positions in the article."""
        return self.countries.within(sentence.start, sentence.end)

    def codes(self, sentence: Sentence) -> list[str]:
        """places.codes_in(sentence.text)."""
        return self.countries.codes_within(sentence.start, sentence.end)
