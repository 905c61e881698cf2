"""Approximate, non-oil and flagged come from explicit raw columns, never from words in the note."""
import pandas as pd

from dashboard.data.build import build_tables
from tests.builders import raw_rows, write_raw


def trade(tmp_path, *rows):
    tables = build_tables(write_raw(tmp_path, trade=raw_rows("trade", rows)))
    assert tables.problems == (), [str(p) for p in tables.problems]
    return tables.trade


def test_a_qualifier_word_in_the_note_does_not_make_a_figure_approximate(tmp_path):
    rows = trade(tmp_path, dict(note="said trade then grew about 8% a year", value_qualifier="exact"),
                 dict(note="'last year' turnover $178,771k", value_qualifier="exact", value_usd_million="178.771"),
                 dict(note="", value_qualifier="about", value_usd_million="200"))
    assert rows["approx"].tolist() == [False, False, True]
    assert rows["value_qualifier"].tolist() == ["exact", "exact", "about"]


def test_flag_and_scope_come_from_their_columns_and_the_reason_is_kept(tmp_path):
    rows = trade(tmp_path, dict(note="inconsistent with another figure"),
                 dict(flag_reason="exports larger than the year's turnover", value_usd_million="4700"),
                 dict(note="non-oil exports only", value_usd_million="80"),
                 dict(scope="non-oil", value_usd_million="81"))
    assert rows["flagged"].tolist() == [False, True, False, False]
    assert rows.loc[1, "flag_reason"] == "exports larger than the year's turnover"
    assert rows["non_oil"].tolist() == [False, False, False, True]
    assert rows["scope"].tolist() == ["all goods", "all goods", "all goods", "non-oil"]


def test_a_trade_file_without_the_marker_columns_names_the_missing_columns(tmp_path):
    folder = write_raw(tmp_path)
    path = folder / "trade.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["value_qualifier", "flag_reason"])
    frame.to_csv(path, index=False)
    problems = [str(p) for p in build_tables(folder).problems]
    assert any("trade.csv:1: file: header lacks column(s) value_qualifier, flag_reason" in p for p in problems), problems


def test_the_shipped_figures_that_notes_wrongly_marked_are_exact():
    shipped = build_tables().trade
    uzbekistan_2023 = shipped[shipped["partner_iso3"].eq("UZB") & shipped["period"].eq("2023")
                              & shipped["flow"].eq("turnover") & shipped["value_usd_m"].eq(178.771)]
    hungary_2008 = shipped[shipped["reporter_iso3"].eq("HUN") & shipped["period"].eq("2008")
                           & shipped["value_usd_m"].eq(85.0)]
    assert uzbekistan_2023["value_qualifier"].tolist() == ["exact"] and not uzbekistan_2023["approx"].any()
    assert hungary_2008["value_qualifier"].tolist() == ["exact"]
    # ... while a figure the source itself qualifies stays marked.
    seed = shipped[shipped["partner_iso3"].eq("KAZ") & shipped["period"].eq("2022") & shipped["value_usd_m"].eq(500.0)]
    assert seed["value_qualifier"].tolist() == ["approaching"] and seed["approx"].all()
