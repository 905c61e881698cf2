"""Browser harness: the real app on a free port, headless Debian Chromium, and strict page guards.

Every test here is marked `browser`. A test fails if its page asked for anything outside the app
(the dashboard must work offline), raised a JavaScript error, or opened a dialog (a script ran).
Without Chromium the suite is skipped locally and fails in CI (CI=true).
"""
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.e2e.helpers import settle

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1400, "height": 1800}
PHONE = {"width": 390, "height": 1600}
HEALTH_TIMEOUT_S = 60


def pytest_collection_modifyitems(config, items):
    # This hook sees the whole session's items, not just this folder's.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail the test itself (not its teardown) when one of its pages broke a guard."""
    guards = getattr(item, "_page_guards", [])
    try:
        result = yield
    except BaseException:
        for guard in guards:
            if guard.problems():
                item.add_report_section("call", "page guard", guard.report())
        raise
    for guard in guards:
        guard.flush()
    broken = [guard for guard in guards if guard.problems()]
    if broken:
        pytest.fail("\n\n".join(guard.report() for guard in broken), pytrace=False)
    return result


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path, lines=40):
    text = Path(path).read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:]) or "(empty log)"


def _healthy(url):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    try:
        with opener.open(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _is_local(url, base):
    return url == base or url.startswith((base + "/", "blob:", "data:"))


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium (Playwright cannot download its own browser here)."""
    if not os.access(CHROMIUM, os.X_OK):
        message = f"Chromium not found at {CHROMIUM}: browser tests SKIPPED; apt-get install -y chromium"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message.replace("SKIPPED", "cannot run in CI"), pytrace=False)
        pytest.skip(message)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def serve_app(browser, log_dir, env: dict[str, str] | None = None, args: tuple[str, ...] = ()):
    """`streamlit run streamlit_app.py` from the project root on a free port; yields its base URL.
    `args` are extra streamlit options, e.g. ("--secrets.files", path) for a test's own secrets."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = log_dir / "streamlit.log"
    command = [sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
               "--server.port", str(port), "--server.headless", "true",
               "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", *args]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                env={**os.environ, **(env or {})})
    try:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while not _healthy(base + "/_stcore/health"):
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with code {proc.returncode} before it was healthy; "
                            f"log {log_path}:\n{_tail(log_path)}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer /_stcore/health within {HEALTH_TIMEOUT_S} s; "
                            f"log {log_path}:\n{_tail(log_path)}", pytrace=False)
            time.sleep(0.25)
        # Streamlit issue 9992: the first session after a start that deep-links to a sub-page can
        # show a spurious "Page not found", so one throwaway session loads the main page first.
        context = browser.new_context(base_url=base, viewport=DESKTOP)
        context.route("**/*", lambda r: r.continue_() if _is_local(r.request.url, base) else r.abort())
        try:
            warmup = context.new_page()
            warmup.goto("/")
            settle(warmup)
        finally:
            context.close()
        yield base
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def app_server(browser, tmp_path_factory):
    """The app on the shipped data; yields its base URL."""
    with serve_app(browser, tmp_path_factory.mktemp("streamlit")) as base:
        yield base


def _stop(proc):
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


class PageGuard:
    """Blocks and records every request outside the app, page errors and dialogs of one context."""

    def __init__(self, context, base, label):
        self.base, self.label = base, label
        self.blocked, self.errors, self.dialogs = [], [], []
        self._pages = []
        context.route("**/*", self._route)
        context.on("page", self.watch)

    def _route(self, route):
        url = route.request.url
        if _is_local(url, self.base):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def watch(self, page):
        if any(seen is page for seen in self._pages):
            return
        self._pages.append(page)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def flush(self):
        """Let events that are still in flight (a late error, a dialog) be delivered."""
        for page in self._pages:
            try:
                if not page.is_closed():
                    page.evaluate("0")
            except Exception:
                pass

    def problems(self):
        return bool(self.blocked or self.errors or self.dialogs)

    def counts(self):
        return len(self.blocked), len(self.errors), len(self.dialogs)

    def report(self):
        lines = [f"{self.label} page broke the guards:"]
        lines += [f"  request outside the app blocked: {url}" for url in self.blocked]
        lines += [f"  page error: {error}" for error in self.errors]
        lines += [f"  dialog opened (a script ran): {message}" for message in self.dialogs]
        return "\n".join(lines)


def _guarded_page(request, browser, base, viewport, label):
    context = browser.new_context(base_url=base, viewport=viewport)
    guard = PageGuard(context, base, label)
    page = context.new_page()
    guard.watch(page)
    request.node._page_guards = [*getattr(request.node, "_page_guards", []), guard]
    yield page
    # The call phase has already checked the guard; what arrives only now still fails, at teardown.
    seen = guard.counts()
    guard.flush()
    context.close()
    if guard.counts() != seen:
        pytest.fail(guard.report() + "\n  (some of these arrived after the test body ended)",
                    pytrace=False)


@pytest.fixture
def page(request, browser, app_server):
    """A fresh desktop-width page (1400x1800) on the app; relative paths resolve against it."""
    yield from _guarded_page(request, browser, app_server, DESKTOP, "desktop")


def guarded_page(request, browser, base, label="desktop"):
    """A fresh desktop-width page with the guards, on any app server (for extra servers in a module)."""
    yield from _guarded_page(request, browser, base, DESKTOP, label)


@pytest.fixture
def phone_page(request, browser, app_server):
    """A fresh phone-width page (390x1600) on the app, with the same guards as `page`."""
    yield from _guarded_page(request, browser, app_server, PHONE, "phone")
