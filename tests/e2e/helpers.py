"""Small Playwright helpers for the browser suite: load a path and wait until Streamlit is done drawing."""
import time
from urllib.parse import parse_qs, urlsplit

# The readiness test (when a page has finished drawing), corrected and extended. Every plotly figure has an
# (empty) `.geolayer`, so a map is recognised by its geo subplot; a map counts as drawn once it has
# paths (plotly.js fetches its topojson first). Charts render lazily behind `stSkeleton`
# placeholders. stApp's data-test-script-state is "initial", "running", then "notRunning".
STATE_JS = """() => {
    const plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
    const isGeo = el => ((el._fullLayout && el._fullLayout._subplots && el._fullLayout._subplots.geo) || []).length > 0;
    const undrawnGeo = plots.filter(el => isGeo(el) && !el.querySelector('.geolayer path')).length;
    const skeletons = document.querySelectorAll('[data-testid=stSkeleton]').length;
    const running = document.querySelectorAll('[data-testid=stStatusWidget]').length;
    const elements = document.querySelectorAll('[data-testid=stElementContainer]').length;
    const app = document.querySelector('[data-testid=stApp]');
    const script = app ? app.getAttribute('data-test-script-state') : null;
    return {shape: [plots.length, elements], busy: undrawnGeo + skeletons + running, script: script};
}"""
SCRIPT_DONE = {None, "notRunning", "compilationError"}


def settle(page, limit=20.0):
    """Wait until the script has finished and the page has stopped changing: the same charts and
    elements for a second, nothing running or loading, and every geo map drawn."""
    page.wait_for_selector("[data-testid=stMain]", timeout=30000)
    t0, last, stable_since = time.time(), None, None
    while time.time() - t0 < limit:
        state = page.evaluate(STATE_JS)
        ready = state["busy"] == 0 and state["script"] in SCRIPT_DONE
        if ready and state["shape"] == last:
            if stable_since and time.time() - stable_since >= 1.0:
                break
            stable_since = stable_since or time.time()
        else:
            stable_since = None
        last = state["shape"]
        page.wait_for_timeout(200)
    page.wait_for_timeout(500)


def goto(page, path):
    """Load `path` (relative to the app's base URL) fresh and wait until it has settled."""
    response = page.goto(path)
    settle(page)
    return response


def current_query(page) -> dict[str, list[str]]:
    """The query parameters of the page's current URL, each with all its values in order."""
    return parse_qs(urlsplit(page.url).query, keep_blank_values=True)


def current_path(page) -> str:
    """The path of the page's current URL, e.g. "/trade"."""
    return urlsplit(page.url).path


def main_text(page) -> str:
    """The visible text of the main area (not the sidebar)."""
    return page.locator("[data-testid=stMain]").inner_text()


def nav_labels(page) -> list[str]:
    """The labels of the page links in the navigation, sidebar or top bar, in order."""
    links = page.locator("[data-testid=stSidebarNavLink], [data-testid=stTopNavLink]")
    return [text.strip() for text in links.all_inner_texts()]
