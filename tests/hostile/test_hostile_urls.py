"""Junk and oversized URL parameters on every page: ignored with a notice, never an exception."""
import re

import pytest

from dashboard.views import PAGES
from tests.ui.test_pages import app_for

JUNK = {
    "script-country": {"country": ["<script>alert(1)</script>"]},
    "img-country": {"country": ['"><img src=x onerror=alert(1)>']},
    "years-text": {"years": ["abc", "def"]},
    "years-three-values": {"years": ["2018", "2019", "2020"]},
    "years-reversed-far-future": {"years": ["9999", "8888"]},
    "oversized-country": {"country": ["A" * 10_000]},
    "hundred-countries": {"country": ["KAZ"] * 100},
    "markdown-in-country": {"country": ["[x](javascript:alert(1))"]},
}
# A "<" that markdown would read: one not escaped with a backslash.
UNESCAPED_TAG = re.compile(r"(?<!\\)<[a-zA-Z/!]")
PAGE_PATHS = [p.url_path for p in PAGES]


@pytest.mark.parametrize("url_path", PAGE_PATHS, ids=[p or "map" for p in PAGE_PATHS])
@pytest.mark.parametrize("junk", list(JUNK), ids=list(JUNK))
def test_junk_url_parameter_gives_a_notice_and_the_page_still_renders(url_path, junk):
    at = app_for(url_path, **JUNK[junk])
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "the page still rendered"
    if junk != "hundred-countries":  # a repeated valid code is not junk, only cut to one
        assert any("was not understood" in w.value for w in at.warning)
    notice = " ".join(w.value for w in at.warning)
    assert not UNESCAPED_TAG.search(notice), "junk is echoed escaped, never as markup"


QUOTE_JUNK = {
    "hostile-q": {"q": ["<script>alert(1)</script>"]},
    "oversized-q": {"q": ["x" * 50_000]},
    "unknown-speaker": {"speaker": ["Nobody Atall"]},
    "unknown-topic": {"topic": ["gossip"]},
    "unknown-quote-id": {"quote": ["q-doesnotexist"]},
    "quote-id-script": {"quote": ["<script>alert(1)</script>"]},
}


@pytest.mark.parametrize("junk", list(QUOTE_JUNK), ids=list(QUOTE_JUNK))
def test_junk_quote_parameters_never_raise(junk):
    at = app_for("quotes", **QUOTE_JUNK[junk])
    assert not at.exception, [e.value for e in at.exception]
    for element in [*at.markdown, *at.caption, *at.warning, *at.info]:
        assert not UNESCAPED_TAG.search(element.value), element.value
