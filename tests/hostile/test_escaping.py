"""Text from sources reaches the page as words only: markdown, HTML, Streamlit syntax and links are disarmed."""
import csv
import io
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data.query import to_csv_bytes
from dashboard.ui.safe import escape_markdown, escape_plotly, md_link, safe_href

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    "**bold** _it_ `code` # heading",
    ":red[coloured] :material/warning: :smile:",
    "$\\frac{1}{2}$ and $$x$$",
    "![img](https://evil.example/pixel.png)",
    "<https://evil.example/autolink>",
]


def render_quote_card(text: str) -> AppTest:
    """The real quote card, with `text` as the quote's words, its speaker and its publisher."""
    def script(value):
        import pandas as pd
        from dashboard.ui import quote_cards
        quote_cards.quote_card({
            "quote_id": "q-0123456789", "date": pd.Timestamp("2023-04-10"), "date_label": "2023-04-10",
            "date_precision": "day", "speaker": value, "speaker_role": "", "speaker_iso3": "AZE", "text": value,
            "language": "en", "topics": (), "mentioned_iso3": (), "source_url": "", "publisher": value,
            "publisher_type": "news", "published": "2023-04-11"})

    return AppTest.from_function(script, args=(text,)).run()


def unescape(markdown: str) -> str:
    """What a markdown reader shows of backslash-escaped text: each escaped character as itself."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_has_no_markup_left_for_markdown_to_read(text):
    escaped = escape_markdown(text)
    for ch in "<>[]()*_`#:$!":
        assert f"{ch}" not in escaped.replace(f"\\{ch}", ""), (ch, escaped)


def unescaped_markup(markdown: str) -> list[str]:
    """Markup characters a markdown reader would act on: those not preceded by a backslash."""
    return re.findall(r"(?<!\\)[<>\[\]()*_`#:$!]", re.sub(r"\\.", "", markdown))


@pytest.mark.parametrize("text", HOSTILE)
def test_source_text_in_a_quote_card_reaches_the_page_as_words_only(text):
    at = render_quote_card(text)
    assert not at.exception
    shown = [e.value for e in (*at.markdown, *at.caption)]
    source = next(v for v in shown if v.startswith("Source: "))
    # Strip the card's own markup around each field; what is left is the source text as sent.
    fields = {"words": re.fullmatch(r"“(.*)”", shown[0], re.S)[1],
              "speaker": re.fullmatch(r"\*\*(.*)\*\* · Azerbaijan", shown[1], re.S)[1],
              "publisher": re.fullmatch(r"Source: (.*) · published 11 Apr 2023 · no link recorded", source, re.S)[1]}
    for name, markdown in fields.items():
        assert not unescaped_markup(markdown), (name, markdown)
        assert unescape(markdown) == text, (name, markdown)  # a reader sees the words exactly as written


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "//evil.example", "JaVaScRiPt:alert(1)"])
def test_non_http_links_become_plain_text(url):
    assert safe_href(url) is None
    assert "](" not in md_link("Publisher", url)


def test_http_link_keeps_its_target_and_escapes_its_label():
    link = md_link("Trend [repost]", "https://en.trend.az/a_(b)")
    assert link == "[Trend \\[repost\\]](https://en.trend.az/a_%28b%29)"


def test_plotly_text_cannot_carry_tags():
    assert escape_plotly('<a href="javascript:alert(1)">x</a>') == '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;'


def test_csv_download_defuses_spreadsheet_formulas_but_keeps_numbers():
    frame = pd.DataFrame({"note": ["=HYPERLINK(\"https://evil\")", "+1+1", "@SUM(A1)", "-2+3", "plain"], "value": [1.0, -5.0, 2.0, 3.0, 4.0]})
    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(frame).decode("utf-8"))))
    assert [r["note"] for r in rows] == ["'=HYPERLINK(\"https://evil\")", "'+1+1", "'@SUM(A1)", "'-2+3", "plain"]
    assert [r["value"] for r in rows] == ["1.0", "-5.0", "2.0", "3.0", "4.0"]
