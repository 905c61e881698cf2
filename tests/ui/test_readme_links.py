"""Every example link in the README opens its page without the "not understood" notice, and the
Ties map's `measure` takes the words the README documents as well as the older names."""
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from dashboard.views import PAGES
from tests.ui.test_pages import app_for

README = Path(__file__).resolve().parents[2] / "README.md"
PATHS = {p.url_path for p in PAGES}


def readme_links() -> list[str]:
    """The example links of the README: code spans that are a page path or a query (`/trade?…`, `?years=…`)."""
    spans = re.findall(r"`([^`\s]+)`", README.read_text(encoding="utf-8"))
    return sorted({s for s in spans if s.startswith("?") or (s.startswith("/") and "?" in s)})


def open_link(link: str):
    parts = urlsplit(link)
    path = parts.path.strip("/")
    assert path in PATHS, f"{link}: no page at /{path}"
    return app_for(path, **{k: v for k, v in parse_qs(parts.query, keep_blank_values=True).items()})


def notices(at) -> list[str]:
    return [w.value for w in at.warning if "not understood" in w.value]


def test_the_readme_has_example_links_for_every_documented_parameter():
    links = readme_links()
    for parameter in ("country", "years", "focus", "measure", "partner", "q", "topic", "quote", "mentions"):
        assert any(f"{parameter}=" in link for link in links), parameter


@pytest.mark.parametrize("link", readme_links())
def test_each_readme_example_link_opens_without_a_notice(link):
    at = open_link(link)
    assert not at.exception, [e.value for e in at.exception]
    assert not notices(at), notices(at)


MAP_TITLES = {"trade": "largest trade partner", "visits": "most often", "documents": "Most documents signed"}


@pytest.mark.parametrize("value, shows", [
    ("trade", "trade"), ("visits", "visits"), ("documents", "documents"),
    ("turnover", "trade"), ("meetings", "visits"),  # the names older links carry
    ("Visits", "visits"),  # as a person might type it
])
def test_the_map_measure_accepts_the_documented_words_and_the_old_names(value, shows):
    at = app_for("", measure=[value])
    assert not notices(at), notices(at)
    titles = [m.value for m in at.markdown if m.value.startswith("**")]
    assert any(MAP_TITLES[shows] in t for t in titles), titles
    # The link is rewritten with the documented word (none for the default, trade).
    assert at.query_params.get("measure") in ((None, "trade") if shows == "trade" else (shows, [shows]))


def test_an_unknown_measure_is_dropped_with_a_notice_naming_the_documented_words():
    at = app_for("", measure=["gdp"])
    (notice,) = notices(at)
    assert "gdp" in notice and "trade, visits, documents" in notice
