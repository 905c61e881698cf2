"""Quote cards and the who-speaks-about-whom figure: hostile source text renders as text, links only http(s)."""
import re

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.data import quote_search as qs
from dashboard.ui import quote_cards, quote_charts

HOSTILE = {
    "quote_id": "q-0123456789", "date": pd.Timestamp("2023-04-10"), "date_label": "2023-04", "date_precision": "month",
    "speaker": "<img src=x onerror=alert(1)> Mallory", "speaker_role": "[Role](javascript:alert(2)) :red[red]",
    "speaker_iso3": "AZE",
    "text": "<script>alert(3)</script> we are brothers [click](javascript:alert(4)) <b>bold</b> $x^2$ :material/home:",
    "language": "ru", "topics": ("<i>politics</i>",), "mentioned_iso3": ("TUR",),
    "source_url": "javascript:alert(5)", "publisher": "<svg onload=alert(6)>Evil](http://evil.example)",
    "publisher_type": "news", "published": "<img src=y onerror=alert(7)>", "source_kind": "media",
}


def test_highlighting_escapes_every_piece_and_marks_only_the_matches():
    text = "<b>we</b> are brothers [x](javascript:y)"
    out = quote_cards.highlighted(text, qs.match_spans(text, qs.parse_query("brothers")))
    assert out.count(":orange-background[") == 1 and ":orange-background[**brothers**]" in out
    assert "<b>" not in out and "](javascript" not in out
    assert r"\<b\>" in out and r"\[x\]\(javascript\:y\)" in out


def test_a_match_containing_brackets_cannot_close_the_highlight_early():
    text = "today [Wednesday] we met"
    out = quote_cards.highlighted(text, qs.match_spans(text, qs.parse_query('"today wednesday"')))
    assert out.startswith(r":orange-background[**today \[Wednesday**]")


def test_a_source_link_is_shown_only_for_http_addresses():
    assert "](javascript" not in quote_cards.source_line(HOSTILE)
    assert "link withheld" in quote_cards.source_line(HOSTILE)
    good = {**HOSTILE, "publisher": "Azernews", "source_url": "https://www.azernews.az/a"}
    assert "[Azernews](https://www.azernews.az/a)" in quote_cards.source_line(good)
    unlinked = {**HOSTILE, "publisher": "Azernews", "source_url": "", "published": "2023-04-11"}
    assert quote_cards.source_line(unlinked) == "Source: Azernews · published 11 Apr 2023 · no link recorded"


def test_the_card_says_the_language_date_topics_and_countries_mentioned():
    line = quote_cards.meta_line({**HOSTILE, "topics": ("trade", "energy"), "mentioned_iso3": ("TUR", "CYN")})
    assert line.startswith("Apr 2023 · in Russian, as printed")
    assert ":gray-badge[trade]" in line and "mentions Türkiye, Northern Cyprus" in line
    assert "in English" not in quote_cards.meta_line({**HOSTILE, "language": "en"})


def test_permalinks_point_at_the_quotes_page_from_the_browsers_address_or_a_relative_path():
    assert quote_cards.link_base("https://ties.example/quotes") == "https://ties.example/quotes"
    assert quote_cards.link_base("http://127.0.0.1:8501/") == "http://127.0.0.1:8501/quotes"
    assert quote_cards.link_base(None) == "/quotes"
    assert quote_cards.link_base("javascript:alert(1)") == "/quotes"
    assert qs.permalink("/quotes", "q-1") == "/quotes?quote=q-1"


CARD_SCRIPT = """
import pandas as pd
from dashboard.data import quote_search as qs
from dashboard.ui import quote_cards
row = {row!r}
row["date"] = pd.Timestamp(row["date"])
quote_cards.quote_card(row, terms=qs.parse_query("brothers script"), base="http://127.0.0.1:8501/quotes", key_prefix="t")
"""


def test_a_hostile_quote_card_renders_its_text_inert_with_no_javascript_link():
    row = {**HOSTILE, "date": "2023-04-10"}
    at = AppTest.from_string(CARD_SCRIPT.format(row=row), default_timeout=30).run()
    assert not at.exception
    bodies = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert any("brothers" in b for b in bodies)
    for body in bodies:
        assert "javascript:" not in body  # only ever escaped, as javascript\:
        assert not re.search(r"(?<!\\)[<>]", body), body
        # the only live brackets are the highlight and topic badges this module wraps around escaped text
        assert all(body[:m.start()].endswith((":orange-background", ":gray-badge"))
                   for m in re.finditer(r"(?<!\\)\[", body)), body
    assert all(not m.proto.allow_html for m in at.markdown)
    assert [c.value for c in at.code] == ["http://127.0.0.1:8501/quotes?quote=q-0123456789"]


# ---------------------------------------------------------------- who speaks about whom

PAIRS = pd.DataFrame({"speaker_iso3": ["TUR", "AZE", "AZE", "HUN"], "mentioned_iso3": ["AZE", "TUR", "KAZ", "AZE"],
                      "quotes": [55, 29, 3, 35]})


def test_the_pair_chart_title_names_the_most_quoted_pair_and_each_bubble_carries_its_codes():
    fig = quote_charts.who_about_whom_figure(PAIRS)
    assert fig.layout.title.text == "Türkiye speaks most about Azerbaijan"
    bubbles = fig.data[0]
    assert [list(c[:2]) for c in bubbles.customdata] == PAIRS[["speaker_iso3", "mentioned_iso3"]].values.tolist()
    sizes = dict(zip(PAIRS["quotes"], bubbles.marker.size))
    assert sizes[55] > sizes[35] > sizes[29] > sizes[3]
    assert list(fig.layout.xaxis.categoryarray) == ["Azerbaijan", "Türkiye", "Hungary"]  # speakers: columns
    assert list(fig.layout.yaxis.categoryarray) == ["Azerbaijan", "Türkiye", "Kazakhstan"]


def test_the_cell_the_quotes_are_filtered_to_is_outlined():
    assert len(quote_charts.who_about_whom_figure(PAIRS).data) == 1
    fig = quote_charts.who_about_whom_figure(PAIRS, selected_speakers=["HUN"], selected_mentions=["AZE"])
    assert len(fig.data) == 2 and list(fig.data[1].x) == ["Hungary"] and list(fig.data[1].y) == ["Azerbaijan"]


def test_an_empty_pair_table_gives_a_title_that_says_so():
    assert quote_charts.takeaway(PAIRS.iloc[0:0]).startswith("No quote mentions")
