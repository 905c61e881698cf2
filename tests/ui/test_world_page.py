"""Trade with the world (/world), run in AppTest with the global filters: charts with their tables, the
IMF cited, estimates marked, the filters respected, and an empty state that says how to widen."""
from dashboard.data import dots
from dashboard.ui.safe import escape_markdown
from tests.ui.test_pages import app_for


def share_table(at):
    return at.dataframe[0].value


def captions(at):
    return " ".join(c.value for c in at.caption)


def test_default_view_shows_every_reporters_share_and_one_countrys_partners_citing_the_imf():
    at = app_for("world")
    assert not at.exception, [e.value for e in at.exception]
    assert [h.value for h in at.subheader] == ["How much of each country's trade is with the other Turkic states",
                                               "Largest trading partners"]
    assert set(share_table(at)["country"]) == {"Azerbaijan", "Türkiye", "Kazakhstan", "Uzbekistan", "Kyrgyzstan",
                                                "Turkmenistan", "Hungary", "Tajikistan"}
    assert len(at.dataframe) == 2 and len(at.get("download_button")) == 2
    assert f"[{escape_markdown(dots.CITATION)}]({dots.DATA_URL})" in captions(at)


def test_turkmen_figures_are_marked_as_estimates_in_both_tables():
    at = app_for("world", country=["TKM"], reporter=["TKM"])
    assert not at.exception
    shares, partners = at.dataframe[0].value, at.dataframe[1].value
    assert set(shares["country"]) == {"Turkmenistan"}
    assert shares["estimate_label"].str.contains("Turkmenistan does not report").all()
    assert partners["estimate_label"].str.contains("Turkmenistan does not report").all()


def test_the_country_and_years_filters_choose_the_rows_shown():
    at = app_for("world", country=["KAZ", "UZB"], years=["2010", "2015"])
    assert not at.exception
    table = share_table(at)
    assert set(table["country"]) == {"Kazakhstan", "Uzbekistan"}
    assert table["year"].between(2010, 2015).all() and table["year"].nunique() == 6
    assert "2015, the latest year in the chosen range" in captions(at)


def test_a_filter_with_no_imf_figures_says_how_to_widen_it():
    for query in ({"country": ["CYN"]}, {"years": ["2021", "2024"]}):
        at = app_for("world", **query)
        assert not at.exception
        assert len(at.dataframe) == 0
        text = at.info[0].value
        assert "No official trade statistics match these filters" in text
        assert "Widen the years" in text and "Northern Cyprus" in text


def test_an_unknown_reporter_in_the_link_is_dropped_with_a_notice():
    at = app_for("world", reporter=["XYZ"])
    assert not at.exception
    assert any("ignored reporter XYZ" in w.value for w in at.warning)


def test_a_missing_imf_table_says_how_to_rebuild_it_instead_of_failing(monkeypatch):
    from dashboard.ui import cache

    monkeypatch.setattr(cache, "dots_world", lambda: dots.world_table(dots.empty()))
    at = app_for("world")
    assert not at.exception
    assert "import\\-dots" in at.info[0].value
