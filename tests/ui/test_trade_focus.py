"""The Trade page seen from any of the nine states: ?focus=KAZ&country=UZB is the Kazakhstan–Uzbekistan page."""
from tests.ui.test_pages import app_for


def _texts(at) -> list[str]:
    return [e.value for kind in ("title", "subheader", "markdown", "caption") for e in at.get(kind)]


def test_a_focus_in_the_link_makes_the_page_about_that_country():
    at = app_for("trade", focus=["KAZ"], country=["UZB"])
    assert not at.exception
    assert at.selectbox(key="focus").value == "KAZ"
    assert "#### Kazakhstan – Uzbekistan" in _texts(at)
    assert any("between Kazakhstan and each partner" in t for t in _texts(at))


def test_without_a_focus_the_page_is_seen_from_azerbaijan():
    at = app_for("trade", country=["KAZ"])
    assert at.selectbox(key="focus").value == "AZE"
    assert "#### Azerbaijan – Kazakhstan" in _texts(at)


def test_a_junk_focus_is_ignored_with_a_notice():
    at = app_for("trade", focus=["NOPE"])
    assert not at.exception
    assert at.selectbox(key="focus").value == "AZE"
    assert any("NOPE" in w.value and "was not understood" in w.value for w in at.warning)
