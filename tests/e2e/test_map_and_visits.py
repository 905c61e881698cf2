"""Ties map and Visits in the browser, offline: the map draws, a click filters every page, links reproduce views."""
import csv
import io

from tests.e2e.helpers import current_path, current_query, goto, main_text, settle

NINE = ["AZE", "TUR", "KAZ", "UZB", "KGZ", "TKM", "HUN", "CYN", "TJK"]

# Plotly binds each drawn country path to its data; `loc` is the ISO-3 code it was drawn for.
DRAWN_JS = """() => Array.from(document.querySelectorAll('.choroplethlocation'))
    .filter(p => (p.getAttribute('d') || '').length > 0).map(p => (p.__data__ || {}).loc)"""
# A point inside a country's drawn shape, as far as possible from every marker (capitals, line
# midpoints), so the click lands on the country itself.
INSIDE_JS = """(code) => {
  const path = Array.from(document.querySelectorAll('.choroplethlocation')).find(p => (p.__data__ || {}).loc === code);
  if (!path) return null;
  const box = path.getBoundingClientRect(), inverse = path.getScreenCTM().inverse(), svg = path.ownerSVGElement;
  const markers = Array.from(document.querySelectorAll('.scattergeo .point')).map(m => m.getBoundingClientRect())
      .filter(r => r.width > 0).map(r => [r.x + r.width / 2, r.y + r.height / 2]);
  let best = null;
  for (let i = 1; i < 30; i++) for (let j = 1; j < 30; j++) {
    const point = svg.createSVGPoint();
    point.x = box.x + box.width * i / 30; point.y = box.y + box.height * j / 30;
    if (!path.isPointInFill(point.matrixTransform(inverse))) continue;
    const room = Math.min(1e9, ...markers.map(([x, y]) => Math.hypot(x - point.x, y - point.y)));
    if (!best || room > best[2]) best = [point.x, point.y, room];
  }
  return best;
}"""
TABLE_ROWS_JS = """() => Array.from(document.querySelectorAll('[data-testid=stDataFrame] [role=row]'))
    .map(r => Array.from(r.querySelectorAll('[role=gridcell]')).map(c => c.textContent)).filter(r => r.length)"""
LANES_JS = """() => Array.from(document.querySelectorAll('[data-testid=stPlotlyChart]'))[0]
    .querySelectorAll('.yaxislayer-above .ytick text').length ? Array.from(document.querySelectorAll(
    '[data-testid=stPlotlyChart]')[0].querySelectorAll('.yaxislayer-above .ytick text')).map(t => t.textContent) : []"""


def drawn_countries(page):
    return page.evaluate(DRAWN_JS)


def point_inside(page, code):
    point = page.evaluate(INSIDE_JS, code)
    assert point, f"{code} is not drawn on the map"
    return point[0], point[1]


def visits_count_line(page):
    return next(line for line in main_text(page).splitlines() if "visits and summit attendances" in line)


def test_the_map_draws_at_least_the_nine_countries_offline(page):
    goto(page, "/")
    drawn = drawn_countries(page)
    assert len(drawn) >= 9, f"only {len(drawn)} country paths drawn"
    missing = [code for code in NINE if code not in drawn]
    assert not missing, f"not drawn: {missing}"
    assert "largest trade partner" in main_text(page)


def test_hovering_a_country_shows_its_figures_latest_visit_and_source(page):
    goto(page, "/")
    page.mouse.move(*point_inside(page, "KAZ"))
    hover = page.locator(".hoverlayer .hovertext")
    hover.first.wait_for(timeout=5000)
    text = hover.first.text_content()
    for expected in ("Kazakhstan", "Trade turnover", "Visits and summits", "Latest:", "Source:"):
        assert expected in text, f"hover lacks {expected!r}: {text}"


def test_clicking_kazakhstan_puts_it_in_the_url_and_narrows_the_visits_page(page):
    goto(page, "/visits")
    everything = visits_count_line(page)
    goto(page, "/")
    assert "country" not in current_query(page)
    page.mouse.click(*point_inside(page, "KAZ"))
    settle(page)
    assert current_query(page).get("country") == ["KAZ"], page.url
    assert "Filtered to Kazakhstan" in main_text(page)

    page.locator("[data-testid=stTopNavLink], [data-testid=stSidebarNavLink]", has_text="Visits").first.click()
    settle(page)
    assert current_path(page) == "/visits" and current_query(page).get("country") == ["KAZ"], page.url
    narrowed = visits_count_line(page)
    assert "Kazakhstan" in narrowed and int(narrowed.split()[0]) < int(everything.split()[0]), (narrowed, everything)
    assert page.evaluate(LANES_JS) == ["Kazakhstan"]
    rows = page.evaluate(TABLE_ROWS_JS)
    assert rows and all("Kazakhstan" in (row[3], row[4]) for row in rows), rows


def test_the_tajikistan_2024_link_lists_rahmons_visit_and_downloads_exactly_that_row(page):
    goto(page, "/visits?country=TJK&years=2024&years=2024")
    assert current_query(page) == {"country": ["TJK"], "years": ["2024", "2024"]}
    rows = page.evaluate(TABLE_ROWS_JS)
    assert [row[:2] for row in rows] == [["2024-11-11", "Emomali Rahmon"]], rows
    with page.expect_download() as download:
        page.get_by_role("button", name="Download this row (CSV)").click()
    shown = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert [(r["visitor"], r["start_date"], r["host_iso3"]) for r in shown] == [("Emomali Rahmon", "2024-11-11", "AZE")]


def test_a_junk_focus_in_the_link_is_ignored_with_a_notice(page):
    goto(page, "/?focus=NOPE&measure=meetings")
    text = main_text(page)
    assert "focus=NOPE" in text and "was ignored" in text
    assert "Azerbaijan met" in text  # the default focus, by the measure the link asked for (an old name)


def test_the_map_draws_and_the_key_figures_show_at_phone_width(phone_page):
    goto(phone_page, "/?country=KAZ")
    assert all(code in drawn_countries(phone_page) for code in NINE)
    text = main_text(phone_page)
    assert "Latest visit" in text and "Turnover: Kazakhstan" in text
    box = phone_page.locator("[data-testid=stPlotlyChart]").first.bounding_box()
    assert box["width"] <= 390


def test_after_clearing_the_filter_a_second_click_on_the_same_country_filters_again(page):
    goto(page, "/")
    page.mouse.click(*point_inside(page, "KAZ"))
    settle(page)
    assert current_query(page).get("country") == ["KAZ"], page.url
    page.get_by_role("button", name="Show all countries").click()
    settle(page)
    assert "country" not in current_query(page), page.url
    page.mouse.click(*point_inside(page, "KAZ"))
    settle(page)
    assert current_query(page).get("country") == ["KAZ"], page.url


def test_a_focus_and_measure_link_reproduces_the_view_and_survives_a_page_switch(page):
    goto(page, "/?focus=TUR&measure=visits")
    assert "Türkiye met Azerbaijan most often" in main_text(page)
    page.locator("[data-testid=stTopNavLink], [data-testid=stSidebarNavLink]", has_text="Visits").first.click()
    settle(page)
    assert "focus" not in current_query(page)  # a map setting, not a global filter
    page.locator("[data-testid=stTopNavLink], [data-testid=stSidebarNavLink]", has_text="Ties map").first.click()
    settle(page)
    assert current_query(page) == {"focus": ["TUR"], "measure": ["visits"]}, page.url
    assert "Türkiye met Azerbaijan most often" in main_text(page)
