"""Hostile input in a real browser: no script ever runs, the app keeps serving, the user is told."""
import csv
import shutil

import pytest

from tests.builders import raw_row
from tests.e2e.conftest import ROOT, guarded_page, serve_app
from tests.e2e.helpers import goto, main_text

PAGES = ["/", "/trade", "/world", "/visits", "/quotes", "/data"]
MARKDOWN_TRAP = "Trap [click](javascript:alert(1)) **bold** :red[x] $y$"


@pytest.fixture(scope="module")
def hostile_server(browser, tmp_path_factory):
    """The app served from the shipped raw files plus hostile rows, some refused, one valid but markdown-laden."""
    raw = tmp_path_factory.mktemp("hostile_raw")
    for csv_file in (ROOT / "data" / "raw").glob("*.csv"):
        shutil.copy(csv_file, raw / csv_file.name)
    extra = {
        "quotes": [raw_row("quotes", quote="<script>alert('quote')</script>"),
                   raw_row("quotes", speaker='<img src=x onerror="alert(1)">'),
                   raw_row("quotes", source_url="javascript:alert(1)", quote="A quote with a hostile link"),
                   raw_row("quotes", quote=MARKDOWN_TRAP, date="2024-01-02")],
        "trade": [raw_row("trade", value_usd_million="-1"), raw_row("trade", note="<svg onload=alert(1)>")],
    }
    for name, rows in extra.items():
        with open(raw / f"{name}.csv", encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        with open(raw / f"{name}.csv", "a", encoding="utf-8", newline="") as handle:
            csv.DictWriter(handle, fieldnames=header, extrasaction="ignore", lineterminator="\n").writerows(rows)
    with serve_app(browser, tmp_path_factory.mktemp("hostile_log"), {"TURKIC_TIES_RAW_DIR": str(raw)}) as base:
        yield base


@pytest.fixture
def hostile_page(request, browser, hostile_server):
    yield from guarded_page(request, browser, hostile_server, "hostile")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_keeps_serving_with_hostile_rows_and_runs_no_script(hostile_page, path):
    goto(hostile_page, path)
    assert hostile_page.locator("[data-testid=stException]").count() == 0
    assert main_text(hostile_page).strip()


def test_refused_rows_are_listed_for_the_user_with_file_and_line(hostile_page):
    goto(hostile_page, "/data")
    expander = hostile_page.get_by_text("raw row(s) were left out")
    assert "5 raw row(s) were left out" in main_text(hostile_page)
    expander.click()
    text = main_text(hostile_page)
    assert "quotes.csv" in text and "text: must be plain text" in text
    assert "source_url: must be an http(s) link" in text


def test_markdown_in_a_valid_quote_is_shown_as_literal_words(hostile_page):
    goto(hostile_page, "/quotes?q=Trap")
    text = main_text(hostile_page)
    assert "[click](javascript:alert(1))" in text and "**bold**" in text
    assert hostile_page.locator("[data-testid=stMain] a[href^='javascript']").count() == 0


@pytest.mark.parametrize("path", [f"{p}?country=%3Cscript%3Ealert(1)%3C/script%3E&years=%3Cimg%20src=x%20onerror=alert(1)%3E&years=2" for p in PAGES]
                         + ["/quotes?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/quotes?quote=%3Cscript%3Ealert(1)%3C/script%3E",
                            "/data?country=" + "A" * 5000])
def test_hostile_links_run_no_script_and_show_a_notice(page, path):
    goto(page, path)
    assert page.locator("[data-testid=stException]").count() == 0
    if "q=" not in path:
        assert "was not understood" in main_text(page)
