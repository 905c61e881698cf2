"""Row identity: two figures from different publications never collide; a true duplicate is dropped."""
import pytest

from dashboard.data.build import build_tables, quote_id
from tests.builders import raw_row, write_raw

UNLINKED = dict(source_url="", source_published="2023-04-11")


@pytest.mark.parametrize("table", ["trade", "targets"])
@pytest.mark.parametrize("differs", [
    dict(source_publisher="Trend", source_title="Trade with Kazakhstan"),  # another publisher, same title
    dict(source_publisher="Azernews", source_title="Another article"),       # same publisher, another title
    dict(source_publisher="Azernews", source_title="Trade with Kazakhstan", source_published="2023-05-02"),
])
def test_two_unlinked_rows_from_different_publications_both_survive(tmp_path, table, differs):
    first = raw_row(table, **UNLINKED, source_publisher="Azernews", source_title="Trade with Kazakhstan")
    second = raw_row(table, **{**UNLINKED, **differs})
    tables = build_tables(write_raw(tmp_path, **{table: [first, second]}))
    assert tables.problems == (), [str(p) for p in tables.problems]
    assert len(tables.table(table)) == 2
    assert tables.table(table)["publisher"].tolist() == ["Azernews", differs["source_publisher"]]


@pytest.mark.parametrize("field, value", [("value_qualifier", "about"), ("scope", "non-oil"), ("growth_pct", "41")])
def test_figures_that_differ_only_in_how_they_are_qualified_are_both_kept(tmp_path, field, value):
    tables = build_tables(write_raw(tmp_path, trade=[raw_row("trade"), raw_row("trade", **{field: value})]))
    assert tables.problems == () and len(tables.trade) == 2


@pytest.mark.parametrize("table", ["trade", "targets"])
def test_a_true_duplicate_is_still_dropped_naming_the_first_line(tmp_path, table):
    row = raw_row(table, **UNLINKED, source_publisher="Azernews", source_title="Trade with Kazakhstan")
    tables = build_tables(write_raw(tmp_path, **{table: [row, raw_row(table, note="a second copy"), row]}))
    id_column = {"trade": "row_id", "targets": "target_id"}[table]
    assert [(p.line, p.field, p.message) for p in tables.problems] == [
        (4, id_column, "duplicate of the row on line 2; left out")]
    assert tables.table(table)["line"].tolist() == [2, 3]


def test_a_quote_id_stays_its_date_speaker_and_words_whatever_the_publication(tmp_path):
    one = build_tables(write_raw(tmp_path / "a", quotes=[raw_row("quotes")])).quotes
    other = build_tables(write_raw(tmp_path / "b", quotes=[raw_row("quotes", source_url="https://report.az/x",
                                                                     source_published="2023-04-12")])).quotes
    assert one["quote_id"].tolist() == other["quote_id"].tolist() == [
        quote_id("2023-04-10", "Ilham Aliyev", "We are allies, we are brothers, we are friends")]
