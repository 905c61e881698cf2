"""Ill-formed input gives a clear error or no proposals, never a crash; HTML becomes text safely."""
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest import Article, ArticleError, article_text, propose


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    ("   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (b"caf\xe9 au lait", "not UTF-8"),
    ("word " * 1_100_000, "limit"),
    ("<html><body><script>alert(1)</script></body></html>", "empty"),
])
def test_unreadable_input_gets_a_clear_message(data, message):
    with pytest.raises(ArticleError, match=message):
        article_text(data)


def test_html_keeps_visible_text_and_drops_scripts_styles_and_markup():
    html = ("<html><head><title>x</title><style>p{color:red}</style></head><body><script>alert('x')</script>"
            "<p>“We are brothers and allies,” Ilham Aliyev said.</p><p>Tokayev &amp; Aliyev met <b>today</b>."
            "<img src=x onerror=alert(2)></p><iframe src='https://evil.example'>bad</iframe></body></html>")
    text = article_text(html.encode(), "a.html")
    assert text == "“We are brothers and allies,” Ilham Aliyev said.\n\nTokayev & Aliyev met today."
    [quote] = [p for p in propose(Article(text, date(2023, 4, 11), outlet="x")) if p.table == "quotes"]
    assert quote.record["speaker"] == "Ilham Aliyev"


def test_text_without_any_record_gives_no_proposals():
    assert propose(Article(article_text("The weather was fine in the mountains."), date(2024, 1, 1))) == []


def test_markup_or_tags_in_plain_text_stay_text_and_never_reach_a_record_as_html():
    text = article_text("“<script>alert(1)</script> we are friends and brothers,” Aliyev said.")
    for p in propose(Article(text, date(2023, 4, 11), outlet="x")):
        assert "<script>" not in "".join(p.record.values())


def test_a_long_real_article_of_a_megabyte_minus_one_still_works():
    body = ("Trade between Azerbaijan and Kazakhstan reached $300 million last year. " * 13_000)[:999_000]
    proposals = propose(Article(article_text(body), date(2024, 1, 1), outlet="x"))
    assert proposals and all(p.table == "trade" for p in proposals)


@pytest.mark.parametrize("odd, plain", [("ı", "i"), ("ſ", "s"), ("İ", "I")])
def test_look_alike_letters_that_patterns_read_as_plain_ones_never_crash_the_extraction(odd, plain):
    """re's IGNORECASE reads "bıllıon", "fırst quarter" or "Mondaſ"-style spellings as the plain words;
    the lookups after a match must read them the same way (a Turkish keyboard gives ı and İ)."""
    gold = Path(__file__).resolve().parents[1] / "extraction" / "gold"
    for path in sorted(gold.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8").replace(plain, odd)
        proposals = propose(Article(text, date(2025, 9, 30), outlet="Test"))
        assert isinstance(proposals, list), path.name
