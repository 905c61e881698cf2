"""Bounded load on loopback: N browser sessions load their own filtered view, then change the country
filter at the same moment; each must reach ITS updated page (its own row count, its own link).

One headless Chromium, one context (one Streamlit session) per simulated user, Playwright's async API
on a private thread (so it never meets the sync API of the browser test harness). Every request that
is not to the app is aborted and recorded; page errors, dialogs and exception boxes are recorded.
Bounded: a fixed number of sessions, a timeout on every wait, and nothing left running afterwards.
"""
from __future__ import annotations

import asyncio
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from dashboard.data import countries
from dashboard.data import trade as trade_rules
from dashboard.data.build import Tables
from dashboard.data.query import filter_table, year_bounds

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 1800}
# Partners with trade figures in most years, so every planned view has rows to show.
PARTNERS = ("KAZ", "UZB", "TUR", "TJK", "KGZ", "TKM", "HUN")
YEAR_RANGES = ((2016, 2024), (2018, 2025), (2010, 2023), (2019, 2025), (2014, 2022))
SCRIPT_DONE_JS = """() => {
    const app = document.querySelector('[data-testid=stApp]');
    const state = app ? app.getAttribute('data-test-script-state') : null;
    return state !== 'running' && state !== 'initial'
        && document.querySelectorAll('[data-testid=stStatusWidget]').length === 0;
}"""
# The expected sentence, not preceded by a digit ("12 of 288" must not match "112 of 288").
SHOWS_JS = """([pattern]) => {
    const main = document.querySelector('[data-testid=stMain]');
    if (!main || !new RegExp(pattern).test(main.innerText)) return false;
    return (%s)();
}""" % SCRIPT_DONE_JS


@dataclass(frozen=True)
class Plan:
    """One simulated user: where it starts and which country it adds, with the text each view must show."""
    label: str
    path: str
    first: str
    added: str
    years: tuple[int, int]
    before: str  # regex the page must match before the change
    after: str   # ... and after it

    @property
    def url(self) -> str:
        return self.path + "?" + urlencode({"country": self.first, "years": self.years}, doseq=True)


@dataclass
class Outcome:
    label: str
    url: str
    load_s: float | None = None
    update_s: float | None = None
    final_url: str = ""
    error: str = ""
    blocked: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    exception_boxes: int = 0
    screenshot: str = ""
    expected_countries: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        got = tuple(parse_qs(urlsplit(self.final_url).query).get("country", []))
        return (not self.error and not self.blocked and not self.page_errors and not self.dialogs
                and not self.exception_boxes and self.update_s is not None and got == self.expected_countries)

    def describe(self) -> str:
        parts = [f"{self.label} {self.url}: load {self.load_s}, update {self.update_s}, final {self.final_url}"]
        parts += [f"  error: {self.error}"] if self.error else []
        parts += [f"  blocked: {u}" for u in self.blocked] + [f"  page error: {e}" for e in self.page_errors]
        parts += [f"  dialog: {d}" for d in self.dialogs]
        parts += [f"  {self.exception_boxes} exception box(es)"] if self.exception_boxes else []
        return "\n".join(parts)


def _data_text(tables: Tables, codes: list[str], years: tuple[int, int]) -> str:
    rows = filter_table("trade", tables.trade, codes, years)
    names = ", ".join(countries.short_name(c) for c in codes)
    return rf"(^|\D){len(rows)} of {len(tables.trade)} trade figures — {re.escape(names)}, {years[0]}–{years[1]}"


def _trade_text(tables: Tables, codes: list[str], years: tuple[int, int]) -> str:
    shown = trade_rules.figures_shown(tables.trade, codes, years, include_groups=False)
    return rf"(^|\D){len(shown)} figures, {years[0]}–{years[1]}, each with its source"


def plan(tables: Tables, sessions: int = 20) -> list[Plan]:
    """`sessions` distinct views, alternating /data and /trade, each with its own country and years."""
    lo, hi = year_bounds(tables.trade, tables.visits, tables.quotes)
    plans = []
    for i in range(sessions):
        first, added = PARTNERS[i % len(PARTNERS)], PARTNERS[(i + 1 + i // len(PARTNERS)) % len(PARTNERS)]
        years = YEAR_RANGES[i % len(YEAR_RANGES)]
        years = (max(lo, years[0]), min(hi, years[1]))
        text = _data_text if i % 2 == 0 else _trade_text
        path = "/data" if i % 2 == 0 else "/trade"
        plans.append(Plan(f"session {i + 1:02d}", path, first, added, years,
                          text(tables, [first], years), text(tables, [first, added], years)))
    return plans


def _is_local(url: str, base: str) -> bool:
    return url == base or url.startswith((base + "/", "blob:", "data:"))


class Gate:
    """Opens once every session has either typed its country or failed (a failure never blocks the rest)."""

    def __init__(self, count: int) -> None:
        self.left, self.open = count, asyncio.Event()

    def arrive(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.open.set()


async def _session(browser, base: str, p: Plan, gate: Gate, timeout_s: float, shots_dir: Path | None) -> Outcome:
    out = Outcome(p.label, p.url, expected_countries=(p.first, p.added))
    context = await browser.new_context(base_url=base, viewport=VIEWPORT)

    async def route(r):
        if _is_local(r.request.url, base):
            await r.continue_()
        else:
            out.blocked.append(r.request.url)
            await r.abort()

    async def dialog(d):
        out.dialogs.append(f"{d.type}: {d.message}")
        await d.dismiss()

    arrived, page = False, None
    try:
        await context.route("**/*", route)
        page = await context.new_page()
        page.on("pageerror", lambda e: out.page_errors.append(str(e)))
        page.on("dialog", dialog)
        ms = timeout_s * 1000
        t0 = time.perf_counter()
        await page.goto(p.url, timeout=ms)
        await page.wait_for_function(SHOWS_JS, arg=[p.before], timeout=ms)
        out.load_s = time.perf_counter() - t0
        box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect] input").first
        await box.click(timeout=ms)
        await box.fill(countries.short_name(p.added), timeout=ms)
        arrived = True
        gate.arrive()
        await asyncio.wait_for(gate.open.wait(), timeout_s)  # everyone presses Enter together
        t0 = time.perf_counter()
        await page.keyboard.press("Enter")
        await page.wait_for_function(SHOWS_JS, arg=[p.after], timeout=ms)
        out.update_s = time.perf_counter() - t0
        out.final_url = page.url
        out.exception_boxes = await page.locator("[data-testid=stException]").count()
        await page.evaluate("0")  # let a late page error or dialog arrive before we look
    except Exception as exc:  # noqa: BLE001 -- any failure of one session is its outcome
        out.error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
        if shots_dir is not None:
            try:
                out.screenshot = str(shots_dir / f"{p.label.replace(' ', '-')}.png")
                await page.screenshot(path=out.screenshot, full_page=True)
                out.error += f" (screenshot: {out.screenshot})"
            except Exception:  # noqa: BLE001 -- the page may be gone
                pass
        if not arrived:
            gate.arrive()
    finally:
        await context.close()
    return out


async def _run(base: str, plans: list[Plan], timeout_s: float, chromium: str,
               shots_dir: Path | None) -> tuple[list[Outcome], float]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            gate = Gate(len(plans))
            t0 = time.perf_counter()
            outcomes = await asyncio.wait_for(
                asyncio.gather(*(_session(browser, base, p, gate, timeout_s, shots_dir) for p in plans)),
                timeout=3 * timeout_s + 30)
            return list(outcomes), time.perf_counter() - t0
        finally:
            await browser.close()


def run_load(base: str, tables: Tables, sessions: int = 20, timeout_s: float = 180.0,
             chromium: str = CHROMIUM, shots_dir: Path | None = None) -> tuple[list[Outcome], float]:
    """Run the load on its own thread and event loop; returns every session's outcome and the wall time.
    A failed session's page is saved as a PNG in `shots_dir`, if given."""
    plans = plan(tables, sessions)
    result: dict[str, object] = {}

    def target():
        try:
            result["value"] = asyncio.run(_run(base, plans, timeout_s, chromium, shots_dir))
        except BaseException as exc:  # noqa: BLE001 -- handed to the caller's thread
            result["error"] = exc

    worker = threading.Thread(target=target, name="load", daemon=True)
    worker.start()
    worker.join(4 * timeout_s + 60)
    if worker.is_alive():
        raise TimeoutError("the load run did not stop by itself")
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["value"]  # type: ignore[return-value]
