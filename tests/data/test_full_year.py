"""Only a finished calendar year published after its end counts as a full year; `check` reports the rest."""
from datetime import date

from dashboard.data import __main__ as cli
from dashboard.data.build import build_tables
from tests.builders import raw_rows, write_raw

THIS_YEAR = date.today().year


def built(tmp_path, *rows):
    return build_tables(write_raw(tmp_path, trade=raw_rows("trade", rows)))


def test_a_year_counts_as_full_only_once_it_has_ended_and_was_published_after_its_end(tmp_path):
    tables = built(tmp_path,
                   dict(period=str(THIS_YEAR), source_published=""),                      # the year is still running
                   dict(period=str(THIS_YEAR - 2), source_published=f"{THIS_YEAR - 1}-01-20"),
                   dict(period=str(THIS_YEAR - 2), source_published=""),                  # undated: nothing to compare
                   dict(period=f"{THIS_YEAR - 2}-12M", source_published=f"{THIS_YEAR - 1}"),
                   dict(period=str(THIS_YEAR - 2), source_published=f"{THIS_YEAR - 2}-11-26"),  # part of the year
                   dict(period=str(THIS_YEAR - 2), source_published=f"{THIS_YEAR - 2}-12"),     # maybe before 31 Dec
                   dict(period=f"{THIS_YEAR - 2}-11M", source_published=f"{THIS_YEAR - 1}"))
    assert tables.trade["full_year"].tolist() == [False, True, True, True, False, False, False]
    assert tables.trade["period_kind"].tolist()[3] == "year"


def test_check_reports_a_figure_whose_period_ends_after_its_publication_and_keeps_the_row(tmp_path, monkeypatch, capsys):
    folder = write_raw(tmp_path, trade=raw_rows("trade", [
        dict(period="2016", source_published="2017-02-01"),
        dict(period="2016", value_usd_million="10.15", source_published="2016-11-26"),
        dict(period="2016 (current level)", source_published="2016-05-01"),  # the level when said: no problem
        dict(period="2016-YTD", source_published="2016-11-26")]))
    tables = build_tables(folder)
    assert [(p.line, p.field, p.value) for p in tables.problems] == [(3, "period", "2016")]
    assert len(tables.trade) == 4 and not tables.trade.loc[1, "full_year"]
    monkeypatch.setattr(cli, "build_tables", lambda: build_tables(folder))
    assert cli.main(["check"]) == 1
    assert "trade.csv:3: period: ends 2016-12-31, after the publication date 2016-11-26: a part-year figure" in capsys.readouterr().err


def test_the_errata_rows_for_uzbekistan_2016_are_year_to_date_in_the_shipped_data():
    shipped = build_tables().trade
    rows = shipped[shipped["partner_iso3"].eq("UZB") & shipped["published"].eq("2016-11-26")]
    assert sorted(rows["value_usd_m"]) == [2.28, 7.87, 10.15]
    assert set(rows["period"]) == {"2016-YTD"} and not rows["full_year"].any()
