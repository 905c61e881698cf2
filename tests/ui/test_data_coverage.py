"""The Data page's coverage tab: per pair and side, the years with an official figure, under the filters."""
from tests.ui.test_pages import app_for


def _coverage(at):
    return next(d.value for d in at.dataframe if "Whose records" in d.value.columns)


def test_coverage_lists_only_pairs_with_the_chosen_country_and_names_whose_records():
    at = app_for("data", country=["KAZ"])
    assert not at.exception
    table = _coverage(at)
    assert len(table) > 0
    assert table["Pair"].str.contains("Kazakhstan").all()
    assert set(table["Whose records"]) <= {"Kazakhstan", *table["Pair"].str.split(" – ").explode()}


def test_holes_and_spans_stay_inside_the_chosen_years():
    at = app_for("data", years=["2016", "2019"])
    table = _coverage(at)
    for span, holes in zip(table["Years"], table["Holes"]):
        first, _, last = span.partition("–")
        assert 2016 <= int(first) and int(last or first) <= 2019
        for part in holes.replace("none", "").replace("–", ", ").split(", "):
            assert not part or 2016 <= int(part) <= 2019
