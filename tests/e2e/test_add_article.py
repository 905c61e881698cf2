"""/add in a real browser: an editor signs in with the password, pastes an article, accepts two
proposals and saves; the quote is then on /quotes and the figure in /data's download, with its
source. The app runs on a temporary SQLite store and its own secrets file (editor password)."""
import csv
import io
from pathlib import Path

import pytest

from dashboard.store.passwords import hash_password
from tests.e2e.conftest import guarded_page, serve_app
from tests.e2e.helpers import goto, main_text, settle

ARTICLE = (Path(__file__).resolve().parents[1] / "extraction" / "new_article.txt").read_text(encoding="utf-8")
PASSWORD = "correct horse battery staple"
SOURCE = "https://example.org/news/e2e-add"


@pytest.fixture(scope="module")
def editor_app(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("add-article")
    secrets = folder / "secrets.toml"
    secrets.write_text(f'editor_password_hash = "{hash_password(PASSWORD, iterations=1000)}"\n', encoding="utf-8")
    env = {"TURKIC_TIES_STORE_URL": f"sqlite:///{folder / 'added.sqlite'}"}
    with serve_app(browser, folder, env=env, args=("--secrets.files", str(secrets))) as base:
        yield base


@pytest.fixture
def editor_page(request, browser, editor_app):
    yield from guarded_page(request, browser, editor_app)


def test_an_editor_pastes_accepts_two_saves_and_finds_them_on_quotes_and_data(editor_page):
    page = editor_page
    goto(page, "/add")
    assert page.get_by_role("textbox", name="Article text").count() == 0  # nothing to edit before sign-in
    page.get_by_label("Your name (recorded with what you save)").fill("E2E Editor")
    page.get_by_label("Editor password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    settle(page)
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Article address (http/https)").fill(SOURCE)
    page.get_by_label("Outlet").fill("Test Wire")
    date_box = page.locator("[data-testid=stDateInput] input")
    date_box.fill("2025-03-05")
    date_box.press("Enter")
    page.get_by_role("button", name="Propose records").click()
    settle(page)
    assert "Quote 1" in main_text(page) and "Trade figure 1" in main_text(page)
    page.get_by_text("Accept Quote 1").click()
    settle(page)
    page.get_by_text("Accept Trade figure 1").click()
    settle(page)
    page.get_by_role("button", name="Save 2 accepted row(s)").click()
    settle(page)
    assert "Saved 2 row(s)" in main_text(page)

    goto(page, "/quotes?q=trans-Caspian")
    text = main_text(page)
    assert "step by step" in text and "Mirziyoyev" in text

    goto(page, "/data?country=UZB")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download these").first.click()
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    mine = [r for r in rows if r["source_url"] == SOURCE]
    assert [(r["period"], float(r["value_usd_m"])) for r in mine] == [("2024", 229.6)]
