"""In headless Chromium: cold start to first chart, filter change to updated page, the server's peak
RSS with one session, and the load run. Every request outside 127.0.0.1 is aborted and counted."""
from __future__ import annotations

import os
import shutil
import tempfile
import time

from playwright.sync_api import sync_playwright

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PageGuard
from tests.e2e.helpers import settle

from .common import ROOT, proc_kb, summary
from .server import Server

# A plotly chart counts as drawn once one of its traces (or, for a map, its base layer) has SVG paths.
FIRST_CHART_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).some(
    el => el.querySelector('.geolayer path, .trace path, .choroplethlocation, .scattergeo path'))"""
# The charts' titles: what a reader sees change when the filter changes the chart.
CHART_TITLES_JS = """() => JSON.stringify(Array.from(document.querySelectorAll('.js-plotly-plot')).map(
    el => (el.layout && el.layout.title && (el.layout.title.text || el.layout.title)) || ''))"""
UPDATED_JS = """([before]) => {
    const app = document.querySelector('[data-testid=stApp]');
    const state = app ? app.getAttribute('data-test-script-state') : null;
    if (state === 'running' || document.querySelectorAll('[data-testid=stSkeleton]').length) return false;
    const plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
    const titles = JSON.stringify(plots.map(
        el => (el.layout && el.layout.title && (el.layout.title.text || el.layout.title)) || ''));
    return titles !== before && plots.length > 0 && plots.every(el => el.querySelector('.trace path, .geolayer path'));
}"""
TEXT_JS = """([text]) => {
    const app = document.querySelector('[data-testid=stApp]');
    const main = document.querySelector('[data-testid=stMain]');
    return app && app.getAttribute('data-test-script-state') !== 'running' && main && main.innerText.includes(text);
}"""
NAV = ("Trade", "Visits", "Quotes", "Data & sources")


class Chromium:
    """One headless Debian Chromium for the sync measurements; contexts get the harness's PageGuard."""

    def __enter__(self) -> "Chromium":
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self.guards: list[PageGuard] = []
        return self

    def page(self, base: str, label: str):
        context = self.browser.new_context(base_url=base, viewport=DESKTOP)
        guard = PageGuard(context, base, label)
        page = context.new_page()
        guard.watch(page)
        self.guards.append(guard)
        return page

    def problems(self) -> list[str]:
        for guard in self.guards:
            guard.flush()
        return [guard.report() for guard in self.guards if guard.problems()]

    def __exit__(self, *exc) -> None:
        self.browser.close()
        self._pw.stop()


def _close(page) -> None:
    page.context.close()


def _first_map(chromium: Chromium, label: str, root=None, script: str = "streamlit_app.py") -> tuple[float, float]:
    """One fresh server: (seconds to /_stcore/health, seconds to the first chart drawn on /)."""
    with Server(root or ROOT, script) as server:
        health = server.wait_healthy()
        page = chromium.page(server.base, label)
        page.goto("/", wait_until="commit")
        page.wait_for_function(FIRST_CHART_JS, timeout=300_000)  # a busy 2-core box can take minutes
        drawn = time.perf_counter() - server.started
        _close(page)
    return health, drawn


def cold_start(chromium: Chromium, runs: int) -> dict[str, object]:
    """Server process start -> /_stcore/health -> first chart drawn on /, a fresh server each run; and the
    same for the bare map page (benchmarks/bare_geo_app.py), run alternately so load weighs on both."""
    health, chart, bare = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-bare-") as folder:
        # The bare page serves the same static topojson and config as the app, from its own folder.
        for name in ("static", ".streamlit"):
            os.symlink(ROOT / name, os.path.join(folder, name))
        shutil.copy(ROOT / "benchmarks" / "bare_geo_app.py", folder)
        for i in range(runs):
            h, drawn = _first_map(chromium, f"cold start {i + 1}")
            health.append(h)
            chart.append(drawn)
            bare.append(_first_map(chromium, f"bare map {i + 1}", folder, "bare_geo_app.py")[1])
    ratios = [a / b for a, b in zip(chart, bare)]
    return {"health": summary(health), "first_chart": summary(chart), "bare_map": summary(bare),
            "ratio": summary(ratios)}


def _add_country(page, name: str) -> float:
    """Type a country into the sidebar filter and select it; returns the moment Enter was pressed."""
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect] input").first
    box.click()
    box.fill(name)
    t0 = time.perf_counter()
    page.keyboard.press("Enter")
    return t0


# Where the browser's time goes during a filter change, by what ran (Chrome's sampling profiler).
PROFILE_GROUPS = (("Plotly", ("PlotlyChart",)), ("data grid", ("DataFrame", "glide")),
                  ("React and Streamlit's elements", ("react", "Markdown", "emotion", "styled", "index.", "utils.")),
                  ("garbage collection", ("(garbage collector)",)))


def _profile_groups(profile: dict) -> dict[str, float]:
    """Seconds of renderer CPU per group; "(program)" is the browser's own style, layout and paint."""
    nodes = {n["id"]: n["callFrame"] for n in profile["nodes"]}
    out: dict[str, float] = {}
    for node_id, micros in zip(profile["samples"], profile["timeDeltas"]):
        frame = nodes[node_id]
        where = frame["url"].rsplit("/", 1)[-1] or frame["functionName"]
        if where == "(idle)":
            continue
        group = "style, layout and paint (the browser's own work)" if where == "(program)" else next(
            (name for name, marks in PROFILE_GROUPS if any(m in where for m in marks)), "other")
        out[group] = out.get(group, 0.0) + micros / 1e6
    return out


def _trade_change(chromium: Chromium, base: str, label: str, profile: bool = False) -> tuple[float, dict]:
    page = chromium.page(base, label)
    page.goto("/trade?country=KAZ")
    settle(page)
    before = page.evaluate(CHART_TITLES_JS)
    cdp = None
    if profile:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 500})
        cdp.send("Profiler.start")
    t0 = _add_country(page, "Uzbekistan")
    page.wait_for_function(UPDATED_JS, arg=[before], timeout=120_000)
    took = time.perf_counter() - t0
    groups = _profile_groups(cdp.send("Profiler.stop")["profile"]) if cdp else {}
    _close(page)
    return took, groups


def filter_change(chromium: Chromium, base: str, runs: int) -> dict[str, object]:
    """Fresh session per run: /trade?country=KAZ settled, add Uzbekistan, until the charts have new titles
    and are drawn; and /data?country=KAZ, add Uzbekistan, until the row count names both. The first
    session is the first to ask for that view (the server builds it); the others find it built. One more
    run is profiled in the browser, to say where its time goes."""
    trade, data = [], []
    for i in range(runs):
        trade.append(_trade_change(chromium, base, f"filter change /trade {i + 1}")[0])
        page = chromium.page(base, f"filter change /data {i + 1}")
        page.goto("/data?country=KAZ")
        settle(page)
        t0 = _add_country(page, "Uzbekistan")
        page.wait_for_function(TEXT_JS, arg=["trade figures — Kazakhstan, Uzbekistan"], timeout=120_000)
        data.append(time.perf_counter() - t0)
        _close(page)
    profiled, groups = _trade_change(chromium, base, "filter change /trade, profiled", profile=True)
    return {"trade_chart": summary(trade), "trade_first": trade[0], "trade_seen": summary(trade[1:]),
            "data_rows": summary(data), "trade_profiled": profiled, "trade_browser_cpu": groups}


def server_rss(chromium: Chromium) -> dict[str, object]:
    """A fresh server; one session visits every page through the navigation; the server's RSS and VmHWM."""
    with Server() as server:
        server.wait_healthy()
        idle = proc_kb("VmRSS", server.pid)
        page = chromium.page(server.base, "server RSS")
        page.goto("/")
        settle(page)
        after_first = proc_kb("VmRSS", server.pid)
        for title in NAV:
            page.get_by_role("link", name=title).first.click()
            settle(page)
        out = {"idle_mb": idle / 1024, "after_map_mb": after_first / 1024,
               "rss_mb": proc_kb("VmRSS", server.pid) / 1024, "hwm_mb": proc_kb("VmHWM", server.pid) / 1024,
               "pages": ["/", *NAV]}
        _close(page)
    return out


def load(chromium: Chromium, sessions: int) -> dict[str, object]:
    """The load run (benchmarks.load) against a fresh server, after one warm-up load of /."""
    from dashboard.data.build import build_tables

    from .load import run_load

    with Server() as server:
        server.wait_healthy()
        warm = chromium.page(server.base, "load warm-up")  # Streamlit issue 9992: load / first
        warm.goto("/")
        settle(warm)
        _close(warm)
        outcomes, wall = run_load(server.base, build_tables(), sessions, chromium=CHROMIUM)
        hwm = proc_kb("VmHWM", server.pid) / 1024
    failed = [o.describe() for o in outcomes if not o.ok]
    return {"sessions": len(outcomes), "ok": len(outcomes) - len(failed), "failed": failed, "wall_s": wall,
            "load": summary([o.load_s for o in outcomes if o.load_s is not None]),
            "update": summary([o.update_s for o in outcomes if o.update_s is not None]),
            "server_hwm_mb": hwm}
