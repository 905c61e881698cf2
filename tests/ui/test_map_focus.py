"""The Ties map seen from another state: ?focus=KAZ draws Kazakhstan's ties, sized by its own official count."""
from tests.ui.test_pages import app_for


def _ties_table(at):
    return next(d.value for d in at.dataframe if "pair" in d.value.columns)


def test_a_focus_change_redraws_the_ties_from_that_country():
    seen = {focus: app_for("", focus=[focus]) for focus in ("AZE", "KAZ")}
    for at in seen.values():
        assert not at.exception
    specs = {focus: at.get("plotly_chart")[0].proto.spec for focus, at in seen.items()}
    assert '"Tie with Kazakhstan"' in specs["KAZ"] and '"Tie with Kazakhstan"' not in specs["AZE"]
    ties = _ties_table(seen["KAZ"]).set_index("pair")
    assert "Kazakhstan – Uzbekistan" in ties.index
    assert ties.loc["Kazakhstan – Uzbekistan", "value_usd_m"] > 0


def test_ties_among_the_others_include_trade_between_two_states_other_than_the_focus():
    ties = _ties_table(app_for("")).set_index("pair")
    others = [p for p in ties.index if "Azerbaijan" not in p]
    assert others and ties.loc[others, "value_usd_m"].notna().any()
