"""The Quotes page in a real browser: search, permalinks, hostile links, the who-about-whom filter."""
import re
from urllib.parse import urlencode

import pytest

from dashboard.data.build import build_tables
from tests.e2e.helpers import current_query, goto, main_text, settle

BROTHERS = "We are allies, we are brothers, we are friends"


@pytest.fixture(scope="module")
def quotes():
    return build_tables().quotes


def count_line(page) -> str:
    match = re.search(r"\d+ of \d+ quotes", main_text(page))
    assert match, f"no 'N of M quotes' line in:\n{main_text(page)[:800]}"
    return match.group()


def card(page, quote_id, where="list"):
    return page.locator(f".st-key-{where}-{quote_id}")


def test_searching_brothers_shows_aliyevs_words_with_their_source(page, quotes):
    goto(page, "/quotes?q=brothers")
    seed = quotes[quotes["text"] == BROTHERS].iloc[0]
    shown = card(page, seed["quote_id"])
    assert shown.count() == 1, "the Azernews quote is not on the first page of results"
    text = shown.inner_text()
    assert BROTHERS in text and "Ilham Aliyev" in text and "Source: Azernews" in text
    assert shown.locator(".stMarkdownColoredBackground", has_text="brothers").count() == 1  # the match is marked
    assert current_query(page)["q"] == ["brothers"]


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_a_hostile_search_in_the_link_runs_no_script_and_is_shown_as_typed(page, hostile):
    goto(page, "/quotes?" + urlencode({"q": hostile}))  # the page guard fails the test on any dialog
    main = page.locator("[data-testid=stMain]")
    assert main.locator("script, img[onerror], img[src=x]").count() == 0
    assert page.get_by_role("textbox", name="Search the quotes").input_value() == hostile
    assert count_line(page).startswith("0 of ")
    assert "No quotes match these filters" in main_text(page)


def test_a_permalink_opens_the_page_on_its_quote(page, quotes):
    seed = quotes[quotes["text"] == BROTHERS].iloc[0]
    goto(page, f"/quotes?quote={seed['quote_id']}")
    pinned = card(page, seed["quote_id"], "pin")
    assert pinned.count() == 1 and "The quote this link opens" in pinned.inner_text()
    assert BROTHERS in pinned.inner_text()
    pinned.get_by_role("button", name="Link").click()
    code = page.locator("[data-testid=stPopoverBody] [data-testid=stCode]").first
    code.wait_for()
    assert code.inner_text().strip().endswith(f"/quotes?quote={seed['quote_id']}")
    assert current_query(page)["quote"] == [seed["quote_id"]]


def test_turkiye_with_and_without_dots_finds_the_same_quotes(page):
    goto(page, "/quotes?q=Turkiye")
    plain = count_line(page)
    goto(page, "/quotes?q=T%C3%BCrkiye")
    assert count_line(page) == plain and not plain.startswith("0 of")


def test_junk_in_the_link_is_dropped_with_a_notice(page):
    goto(page, "/quotes?speaker=Nobody%20Known&topic=trade&quote=q-nope")
    text = main_text(page)
    assert "Nobody Known" in text and "no quote has the id" in text
    assert current_query(page).get("topic") == ["trade"] and "speaker" not in current_query(page)


def test_clicking_a_bubble_shows_the_quotes_of_that_pair(page):
    goto(page, "/quotes")
    page.get_by_role("tab", name="Who speaks about whom").click()
    settle(page)
    bubbles = page.locator("[data-testid=stPlotlyChart] .scatterlayer .trace").first.locator(".points path")
    assert bubbles.count() > 10
    biggest = max(range(bubbles.count()), key=lambda i: bubbles.nth(i).bounding_box()["width"])
    box = bubbles.nth(biggest).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    settle(page)
    query = current_query(page)
    assert len(query.get("speaker_country", [])) == 1 and len(query.get("mentions", [])) == 1
    assert page.get_by_role("tab", name="Quotes").get_attribute("aria-selected") == "true"
    assert int(count_line(page).split()[0]) > 0


def test_the_next_page_button_moves_on_and_a_new_filter_starts_again_at_page_one(page):
    goto(page, "/quotes")
    page.get_by_role("button", name="Next").click()
    settle(page)
    assert "Page 2 of" in main_text(page)
    page.get_by_role("button", name=re.compile(r"^trade")).click()
    settle(page)
    assert "Page 1 of" in main_text(page) and current_query(page)["topic"] == ["trade"]


def test_the_quotes_page_reads_well_at_phone_width(phone_page):
    goto(phone_page, "/quotes?q=brothers")
    assert BROTHERS in main_text(phone_page)
    rights = phone_page.evaluate("() => Array.from(document.querySelectorAll('[class*=st-key-list-q-]'))"
                                 ".map(e => e.getBoundingClientRect().right)")
    assert rights and max(rights) <= 390, f"a quote card overflows the phone screen: {rights}"
    assert phone_page.evaluate("() => document.documentElement.scrollWidth") <= 390
