"""Text from sources reaches the page as words only: markdown, HTML, Streamlit syntax and links are disarmed."""
import csv
import io

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


def render(text: str) -> AppTest:
    def script(value):
        import streamlit as st
        from dashboard.ui.safe import escape_markdown
        st.markdown(escape_markdown(value))

    return AppTest.from_function(script, args=(text,)).run()


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_has_no_markup_left_for_markdown_to_read(text):
    escaped = escape_markdown(text)
    for ch in "<>[]()*_`#:$!":
        assert f"{ch}" not in escaped.replace(f"\\{ch}", ""), (ch, escaped)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_in_streamlit_without_exception(text):
    at = render(text)
    assert not at.exception
    assert at.markdown[0].value == escape_markdown(text)


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
