"""The Trade page in a real browser, offline: figures with their disagreeing siblings, targets, charts drawn."""
import re

from tests.e2e.helpers import current_query, goto, main_text, settle

DRAWN_POINTS = "[data-testid=stPlotlyChart] .scatterlayer .point"


def test_kazakhstan_shows_both_counts_official_years_and_the_1bn_target(page):
    goto(page, "/trade?country=KAZ")
    text = main_text(page)
    assert "Azerbaijan – Kazakhstan" in text

    def year_row(year: int) -> str:
        return page.locator("[data-testid=stTable] tr", has_text=re.compile(rf"^\s*{year}")).first.inner_text()

    # 2019: Azerbaijan's own count (IMF DOTS) makes the line, Kazakhstan's own count stands beside it.
    row_2019 = year_row(2019)
    assert "$229.6m" in row_2019 and "Azerbaijan's figure" in row_2019, row_2019
    assert "$175.1m" in row_2019 and "Kazakhstan's figure" in row_2019, row_2019
    # 2022, the seed article's year: "approaching half a billion" on Azerbaijan's side, Akorda's $461.9m mirrored.
    row_2022 = year_row(2022)
    assert "≈$500m" in row_2022 and "$461.9m" in row_2022 and "Akorda" in row_2022, row_2022
    full_years = page.locator("[data-testid=stMetric]", has_text="Full years with a figure").inner_text()
    assert int(re.search(r"(\d+) of \d+", full_years).group(1)) >= 20, full_years
    card = page.locator("[data-testid=stVerticalBlock]", has_text="$1bn trade turnover with Kazakhstan").last
    card_text = card.inner_text()
    assert "47% reached (2024)" in card_text and "No deadline given" in card_text
    assert "10 Apr 2023" in card_text and "Kassym-Jomart Tokayev" in card_text, "who set it and when"
    assert page.locator("[data-testid=stProgress]").count() >= 1
    assert page.locator(DRAWN_POINTS).count() >= 10, "the turnover chart draws its figures as SVG points"


def test_all_partners_by_default_and_a_partner_picked_closer_lands_in_the_link(page):
    goto(page, "/trade")
    text = main_text(page)
    assert "Annual turnover with each partner" in text and "Partners ranked for one year" in text
    assert page.locator("[data-testid=stPlotlyChart]").count() >= 3
    page.get_by_role("radiogroup", name="Look closer at").get_by_role("radio", name="Kazakhstan").click()
    settle(page)
    assert "Azerbaijan – Kazakhstan" in main_text(page)
    assert current_query(page).get("partner") == ["KAZ"]


def test_turkiye_over_a_decade_fits_a_phone_screen(phone_page):
    goto(phone_page, "/trade?country=TUR&years=2015&years=2025")
    assert "Trade with Türkiye" in main_text(phone_page)
    overflow = phone_page.evaluate("""() => Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]'))
        .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1).length""")
    assert overflow == 0, "a chart is wider than the phone screen"
    assert phone_page.locator(DRAWN_POINTS).count() >= 10
