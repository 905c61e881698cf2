"""Raw input (pasted text, an uploaded .txt or .html file) -> plain article text, or a clear error.

HTML is reduced to its visible text with the standard library's parser: script, style and other
non-text elements are dropped with their content, entities are decoded, and block elements become
paragraph breaks. Nothing in the input is ever executed or fetched.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .sentences import BULLET_LINE_HEAD, NUMBERED_LINE_HEAD, PERIOD_LINE_HEAD, TABLE_LINE_HEAD, YEAR_FIRST_LINE_HEAD

MAX_BYTES = 1_000_000  # a long news article is ~30 KB of text; a megabyte is a page dump, not an article
_SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "math", "head", "object", "embed", "canvas"}
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "header", "footer", "figcaption", "pre", "table", "hr", "dd", "dt"}
_LOOKS_LIKE_HTML = re.compile(r"<\s*(html|body|p|div|br|script|style|span|a|h[1-6]|article|head)\b", re.I)


_LOW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # below 32, not tab, newline or carriage return
_BLANKS = re.compile(r"[ \t]+")
_TABS = re.compile(r"[ ]*\t[\t ]*")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # control characters except tab and newline


class ArticleError(ValueError):
    """Input that cannot be read as an article; the message says what is wrong and what to do."""


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _tidy(text: str) -> str:
    """One space between words, one blank line between paragraphs, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    # a paragraph with no tab and no two spaces in a row is left as it is (the same result, much faster)
    paragraphs = [(_BLANKS.sub(" ", _tabs_as_bars(p)) if "\t" in p or "  " in p else p).strip()
                  for p in _PARAGRAPH_BREAK.split(text)]
    lines = [("\n" if _is_grid(p) or _is_list_of_lines(p) or _is_bulleted_list(p) or _is_list_of_periods(p)
              or _is_year_first_chronology(p) or _is_numbered_list(p)
              else " ").join(
        line.strip() for line in p.split("\n") if line.strip())
             if "\n" in p else p for p in paragraphs]
    return "\n\n".join(p for p in lines if p)


def _tabs_as_bars(paragraph: str) -> str:
    """A table pasted from a spreadsheet (two rows of three tab-separated cells at least) with "|" between its cells,
    as _is_grid reads them; any other paragraph as it is."""
    if "\t" not in paragraph or sum(line.count("\t") >= 2 for line in paragraph.split("\n")) < 2:
        return paragraph
    return _TABS.sub(" | ", paragraph)


# Round 49: a table of partners one a line, "State: number" with no stop after each ("Azerbaycan: 3.284,0 (8,1)")
_LIST_LINE = re.compile("^" + TABLE_LINE_HEAD + r"[^\n]{0,40}$", re.M)


def _is_list_of_lines(paragraph: str) -> bool:
    """Is the paragraph a list of two lines at least of a state (or any name) and its number? Its lines keep their
    breaks, each one a sentence (sentences.py), as figures._listed_line reads a table's line."""
    return ":" in paragraph and len(_LIST_LINE.findall(paragraph)) >= 2


# Round 75 (sidebar75): a list of periods one a line with no bullet, "2022 г. – 510,4 млн долл." (dev/1183's sidebar)
_PERIOD_LIST_LINE = re.compile("^" + PERIOD_LINE_HEAD, re.M)


def _is_list_of_periods(paragraph: str) -> bool:
    """Is the paragraph two lines at least, each a period and its amount (PERIOD_LINE_HEAD)? Its lines keep their
    breaks, each one a sentence (sentences.py): joined, a line's growth in brackets and the next line's year run
    together."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return len(lines) >= 2 and all(_PERIOD_LIST_LINE.match(line) for line in lines)


# Round 69 (timeline69): a list of bulleted items, each a line opening with a bullet ("- 17 July 2025 — X in Ashgabat;
# 6 documents", dev/1114's timeline)
_BULLET_LINE = re.compile(BULLET_LINE_HEAD)


def _is_bulleted_list(paragraph: str) -> bool:
    """Is the paragraph two lines at least, each opening with a bullet? Its lines keep their breaks, each item a
    sentence of its own (sentences.py): joined, an item's last words and the next item's date would run together."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if len(lines) >= 4 and not _BULLET_LINE.match(lines[0]) and _BULLET_LINE.match(lines[1]):
        # Round 92 (t1, period bullet): a Telegram post's box, a heading line, its bullets and a closing line of
        # hashtags ("📌 Цифры" / "▪️ Товарооборот … в 2025 году: 4,97 млрд долларов (+12,8%)" / "▪️ Январь–июль 2026
        # года: …" / "#цифры #торговля", dev/1387): the bullets keep their breaks too
        lines = [line for line in lines[1:] if not _HASHTAGS_LINE.fullmatch(line)]
        return len(lines) >= 2 and not _HEADING_DIGIT.search(paragraph.split("\n", 1)[0]) \
            and all(_BULLET_LINE.match(line) for line in lines)
    return len(lines) >= 2 and all(_BULLET_LINE.match(line) for line in lines)


_HASHTAGS_LINE = re.compile(r"\s*#\w+(?:\s+#\w+)*\s*")
_HEADING_DIGIT = re.compile(r"\d|[.!?]\s*$")  # a heading: no number, no sentence's stop at its end


# Round 87 (year_first_chronology): a chronology's lines, each opened by its year, a comma, its day and month and a
# dash ("2022, 24 avqust – X-in Azərbaycana dövlət səfəri", dev/1329)
_YEAR_FIRST_LINE = re.compile(YEAR_FIRST_LINE_HEAD)


def _is_year_first_chronology(paragraph: str) -> bool:
    """Is the paragraph two lines at least, each opened by its year and date (YEAR_FIRST_LINE_HEAD)? Its lines keep
    their breaks, each item a sentence of its own: joined, an item's last words and the next one's year run together."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return len(lines) >= 2 and all(_YEAR_FIRST_LINE.match(line) for line in lines)


# Round 90 (t1): a numbered list, each item a line opened by its number ("1. Узбекистан — 4,4 млрд долларов (+7%)",
# dev/1363's ranking of partners)
_NUMBERED_LINE = re.compile(NUMBERED_LINE_HEAD)


def _is_numbered_list(paragraph: str) -> bool:
    """Is the paragraph two lines at least, each opened by its number (NUMBERED_LINE_HEAD)? Its lines keep their breaks,
    each item a sentence of its own (sentences.py): joined, an item's last words and the next one's number run
    together."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return len(lines) >= 2 and all(_NUMBERED_LINE.match(line) for line in lines)


def _is_grid(paragraph: str) -> bool:
    """Is the paragraph a table written with "|" between its cells, two rows of three cells at least? Its rows keep
    their line breaks: joined into one line, a row's last cell and the next row's first would run together (round 46,
    a release's grid of partners, figures._grid_figures)."""
    if "|" not in paragraph:
        return False
    lines = [line for line in paragraph.split("\n") if line.strip()]
    # round 82 (t82): or a grid of two columns, one "|" on each of three lines at least (document._GRID_PAIR_ROW)
    return sum(line.count("|") >= 2 for line in lines) >= 2 \
        or len(lines) >= 3 and all(line.count("|") == 1 for line in lines)


def article_text(data: bytes | str, filename: str = "") -> str:
    """The readable text of an article; raises ArticleError for empty, binary or oversized input."""
    size = len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    if size > MAX_BYTES:
        raise ArticleError(f"the article is {size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB of text "
                           "(paste the article itself, not a whole site)")
    if isinstance(data, bytes):
        if b"\x00" in data[:8192]:
            raise ArticleError("this is a binary file, not text: upload a .txt or .html file or paste the text")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"the file is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again") from None
    controls = len(_LOW_CONTROL.findall(data, 0, 8192))
    if controls > 0.05 * max(1, min(len(data), 8192)):
        raise ArticleError("this looks like a binary file, not text: upload a .txt or .html file or paste the text")
    is_html = filename.lower().endswith((".html", ".htm")) or bool(_LOOKS_LIKE_HTML.search(data[:20000]))
    text = _tidy(html_to_text(data) if is_html else data)
    if not text:
        raise ArticleError("the article is empty: paste its text or upload a .txt or .html file")
    return text
