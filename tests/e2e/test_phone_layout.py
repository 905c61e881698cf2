"""Every page at phone width (390 px): no sideways scroll of the page, a map tall enough to tap a country,
key figures two to a row (not stacked one per row), tables inside the screen, chart legends clear of chart titles."""
import pytest

from tests.e2e.conftest import PHONE
from tests.e2e.helpers import goto, settle

# What each page must show at its default view, so that no check below passes for want of elements.
PAGES = {
    "/": {"map", "metrics", "tables"},
    # One partner: the detail's four key figures alone (the all-partners view adds the groups' cards,
    # a block of its own whose size depends on the year).
    "/trade?country=KAZ": {"metrics", "charts"},
    "/visits": {"charts", "tables"},
    "/quotes": {"charts"},
    "/data": {"tables"},
}
MIN_MAP_HEIGHT_PX = 280  # the whole region; smaller and a finger covers Azerbaijan and its neighbours

# Charts, tables and key figures below the fold are mounted only once scrolled to.
SCROLL_THROUGH_JS = """async () => {
    const boxes = [document.scrollingElement, ...document.querySelectorAll('[data-testid=stMain], [data-testid=stAppScrollToBottomContainer]')];
    for (const box of boxes) {
        for (let y = 0; y < box.scrollHeight; y += 400) { box.scrollTo(0, y); await new Promise(r => setTimeout(r, 60)); }
        box.scrollTo(0, 0);
    }
}"""
FACTS_JS = """() => {
    const box = el => { const r = el.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}; };
    const shown = b => b.w > 0 && b.h > 0;
    const overlap = (a, b) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5
                              && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
    const scrollers = [document.documentElement, document.body, ...document.querySelectorAll('[data-testid=stMain]')];
    const charts = Array.from(document.querySelectorAll('.js-plotly-plot')).filter(el => shown(box(el))).map(el => {
        const legends = Array.from(el.querySelectorAll('.legend')).map(box).filter(shown);
        const titles = Array.from(el.querySelectorAll('.gtitle')).map(box).filter(shown);
        return {title: titles.length ? el.querySelector('.gtitle').textContent : '',
                clashes: legends.filter(l => titles.some(t => overlap(l, t))).length};
    });
    return {
        viewport: window.innerWidth,
        scroll_width: Math.max(...scrollers.map(el => el.scrollWidth)),
        maps: Array.from(document.querySelectorAll('.geolayer .geo .bg')).map(box).filter(shown),
        metric_tops: Array.from(document.querySelectorAll('[data-testid=stMetric]')).map(box).filter(shown).map(b => Math.round(b.y)),
        tables: Array.from(document.querySelectorAll('[data-testid=stDataFrame]')).map(box).filter(shown),
        charts: charts,
    };
}"""


def phone_facts(page, path):
    goto(page, path)
    if path == "/quotes":  # its chart sits in the second tab
        page.get_by_role("tab", name="Who speaks about whom").click()
        settle(page)
    page.evaluate(SCROLL_THROUGH_JS)
    settle(page)
    return page.evaluate(FACTS_JS)


@pytest.mark.parametrize("path", list(PAGES))
def test_each_page_fits_a_phone_screen(phone_page, path):
    facts = phone_facts(phone_page, path)
    width = PHONE["width"]
    assert facts["viewport"] == width
    assert facts["scroll_width"] <= width, "the page scrolls sideways"
    expected = PAGES[path]
    if "map" in expected:
        assert len(facts["maps"]) == 1
        plot = facts["maps"][0]
        assert plot["h"] >= MIN_MAP_HEIGHT_PX and plot["w"] >= 0.9 * width, plot
    if "metrics" in expected:
        tops = facts["metric_tops"]
        per_row = [tops.count(top) for top in sorted(set(tops))]
        assert len(tops) >= 2 and all(n == 2 for n in per_row[:-1]) and per_row[-1] in (1, 2), f"cards per row: {per_row}"
    if "tables" in expected:
        assert facts["tables"]
    for table in facts["tables"]:
        assert table["x"] >= 0 and table["x"] + table["w"] <= width, table
    if "charts" in expected:
        assert facts["charts"]
    assert [c["title"] for c in facts["charts"] if c["clashes"]] == [], "a legend covers its chart's title"
