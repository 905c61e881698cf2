"""The URL contract on /data, in a real browser: filters come from the link, go into the link, and junk is refused."""
import csv
import io
import re

from tests.e2e.helpers import current_query, goto, main_text, nav_labels, settle


def sidebar_country_chips(page) -> list[str]:
    tags = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelectTagsContainer]").first
    return [t.strip() for t in tags.inner_text().splitlines() if t.strip()]


def download_rows(page, button_text: str) -> list[dict[str, str]]:
    with page.expect_download() as info:
        page.get_by_role("button", name=button_text).first.click()
    return list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))


def test_country_in_the_link_selects_kazakhstan_and_shows_only_its_rows(page):
    goto(page, "/data?country=KAZ")
    assert sidebar_country_chips(page) == ["Kazakhstan"]
    assert re.search(r"— Kazakhstan, \d{4}–\d{4}", main_text(page))  # every year the data has
    rows = download_rows(page, "Download these")
    assert rows and all("KAZ" in (r["reporter_iso3"], r["partner_iso3"]) for r in rows)
    shown, total = map(int, re.search(r"(\d+) of (\d+) trade figures", main_text(page)).groups())
    assert shown == len(rows) < total  # the count is of exactly the rows the download gives


def test_changing_the_filter_changes_the_link(page):
    goto(page, "/data?country=KAZ")
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect] input").first
    box.click()
    box.fill("Uzbek")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    settle(page)
    assert current_query(page).get("country") == ["KAZ", "UZB"]
    assert "Kazakhstan, Uzbekistan" in main_text(page)


def test_the_filters_survive_a_page_switch(page):
    goto(page, "/data?country=TJK&years=2020&years=2024")
    page.get_by_role("link", name="Visits").first.click()
    settle(page)
    assert page.url.split("?")[0].endswith("/visits")
    assert current_query(page) == {"country": ["TJK"], "years": ["2020", "2024"]}


def test_junk_in_the_link_is_ignored_with_a_notice(page):
    goto(page, "/data?country=XXX&years=abc")
    text = main_text(page)
    assert "Some of this link was not understood and was ignored" in text
    assert "XXX" in text
    assert sidebar_country_chips(page) == []
    shown, total = re.search(r"(\d+) of (\d+) trade figures", text).groups()
    assert shown == total  # the junk country was dropped: every figure is shown
    assert "country" not in current_query(page)


def test_share_control_shows_the_link_of_this_view(page):
    goto(page, "/data?country=HUN")
    page.get_by_role("button", name="Share this view").click()
    code = page.locator("[data-testid=stPopoverBody] code, [data-testid=stPopover] code").first
    code.wait_for()
    assert code.inner_text().strip().endswith("/data?country=HUN")


def test_embed_view_is_clean_without_navigation_open_sidebar_or_share_control(page):
    goto(page, "/trade?country=KAZ&embed=true")
    assert page.locator("[data-testid=stSidebar][aria-expanded=true]").count() == 0
    assert nav_labels(page) == []
    assert page.get_by_role("button", name="Share this view").count() == 0
    assert page.locator("[data-testid=stException]").count() == 0
    assert "Trade" in main_text(page)
