"""/add: read-only without an editor sign-in configured, a sign-in for visitors, and for a signed-in
editor the whole path: paste -> proposals -> accept two -> save -> in the store and in every table."""
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store import STORE_URL_ENV, Store
from dashboard.store.passwords import hash_password
from tests.ui.test_pages import run_page

ARTICLE = (Path(__file__).resolve().parents[1] / "extraction" / "new_article.txt").read_text(encoding="utf-8")
PASSWORD = "correct horse battery staple"


@pytest.fixture
def store_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'added.sqlite'}"
    monkeypatch.setenv(STORE_URL_ENV, url)
    yield url
    from dashboard.ui import cache
    cache.refresh()  # later tests must not see this test's rows


def add_page(**secrets) -> AppTest:
    at = AppTest.from_function(run_page, args=("add",), default_timeout=60)
    for key, value in secrets.items():
        at.secrets[key] = value
    return at.run()


def edit_controls(at: AppTest) -> int:
    return len(at.text_area) + len(at.get("file_uploader")) + len(at.checkbox)


def labelled(widgets, label):
    return next(w for w in widgets if w.label == label)


def test_without_sign_in_configured_the_page_says_read_only_and_shows_no_edit_control(store_url):
    at = add_page()
    assert not at.exception
    assert "read-only" in at.info[0].value
    assert edit_controls(at) == 0 and len(at.button) == 0


def test_with_an_identity_provider_a_visitor_sees_only_a_sign_in_button(store_url):
    at = add_page(auth={"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                        "client_id": "id", "client_secret": "secret",
                        "server_metadata_url": "https://accounts.example.org/.well-known/openid-configuration"})
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert edit_controls(at) == 0


def sign_in(at: AppTest, password: str) -> AppTest:
    labelled(at.text_input, "Your name (recorded with what you save)").input("Test Editor")
    labelled(at.text_input, "Editor password").input(password)
    return labelled(at.button, "Sign in").click().run()


def test_a_wrong_password_does_not_open_the_page(store_url):
    at = sign_in(add_page(editor_password_hash=hash_password(PASSWORD, iterations=1000)), "wrong password")
    assert "Wrong password." in [e.value for e in at.error]
    assert edit_controls(at) == 0


def test_a_signed_in_editor_pastes_accepts_two_proposals_and_saves_them_everywhere(store_url):
    at = sign_in(add_page(editor_password_hash=hash_password(PASSWORD, iterations=1000)), PASSWORD)
    assert not at.exception
    labelled(at.text_area, "Article text").input(ARTICLE)
    labelled(at.text_input, "Outlet").input("Test Wire")
    at = labelled(at.button, "Propose records").click().run()
    assert any("Give the date the article was published" in e.value for e in at.error)
    at.date_input[0].set_value(date(2025, 3, 5))
    labelled(at.text_input, "Article address (http/https)").input("https://example.org/news/add-page-test")
    at = labelled(at.button, "Propose records").click().run()
    assert [c.label for c in at.checkbox] == ["Accept Quote 1", "Accept Visit 1", "Accept Trade figure 1"]
    labelled(at.checkbox, "Accept Quote 1").check()
    labelled(at.checkbox, "Accept Trade figure 1").check()
    at = at.run()
    at = labelled(at.button, "Save 2 accepted row(s)").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Saved 2 row(s)" in s.value for s in at.success)
    store = Store(store_url)
    [quote] = store.records("quotes").to_dict("records")
    assert quote["speaker"] == "Shavkat Mirziyoyev" and quote["added_by"] == "Test Editor"
    assert len(store.records("trade")) == 1 and store.records("visits").empty
    from dashboard.ui import cache
    tables = cache.tables()
    assert "step by step" in " ".join(tables.quotes.loc[tables.quotes["speaker"] == "Shavkat Mirziyoyev", "text"])
    assert (tables.trade["source_url"] == "https://example.org/news/add-page-test").sum() == 1
