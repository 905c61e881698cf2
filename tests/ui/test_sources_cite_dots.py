"""The Sources list cites IMF DOTS once, with its citation and link, beside the curated sources."""
from dashboard.data import dots
from tests.ui.test_pages import app_for


def test_the_data_pages_sources_list_cites_imf_dots_once():
    at = app_for("data")
    assert not at.exception
    sources = next(d.value for d in at.dataframe if "kinds" in d.value.columns)
    imf = sources[sources["publisher"].eq(dots.PUBLISHER)]
    assert len(imf) == 1
    assert imf.iloc[0]["url"] == dots.DATA_URL and imf.iloc[0]["title"] == dots.CITATION
    assert len(sources) > 1, "the curated sources stay listed beside it"
