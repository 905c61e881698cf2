"""IMF DOTS: the import reproduces the committed table, the README's cross-checks come out of it, estimates
are marked, and a damaged workbook gives problems with file, sheet and row instead of a crash."""
import pandas as pd
import pytest

from dashboard.data import dots, imf_names
from dashboard.data.build import SOURCE_COLUMNS
from dashboard.data import countries
from tests.builders import write_dots_folder, write_dots_workbook


@pytest.fixture(scope="module")
def tidy():
    """A fresh import of the committed workbooks (so these tests guard the import, not just the CSV)."""
    frame, problems = dots.import_workbooks()
    assert problems == []
    return frame


@pytest.fixture(scope="module")
def pairs(tidy):
    return dots.trade_rows(tidy)


def turnover(pairs, reporter, partner, year):
    row = pairs[pairs["reporter_iso3"].eq(reporter) & pairs["partner_iso3"].eq(partner)
                & pairs["year"].eq(year) & pairs["flow"].eq("turnover")]
    assert len(row) == 1, (reporter, partner, year)
    return row.iloc[0]


# --- The committed snapshot ---------------------------------------------------------------------

def test_a_fresh_import_of_the_workbooks_reproduces_the_committed_table_and_sidecar():
    problems, fresh = dots.verify()
    assert problems == []
    assert (dots.DOTS_DIR / dots.TIDY_FILE).read_text(encoding="utf-8") == dots.to_csv_text(fresh)


def test_the_app_reads_the_committed_csv_with_the_imports_types(tidy):
    pd.testing.assert_frame_equal(dots.load_dots(), tidy)


# --- The README's cross-checks, from the app's own functions -------------------------------------

@pytest.mark.parametrize("reporter, partner, year, expected", [
    ("AZE", "TUR", 2019, 4508.9), ("TUR", "AZE", 2019, 2199.4), ("KAZ", "AZE", 2018, 258.27),
    ("AZE", "UZB", 2019, 81.96), ("AZE", "KAZ", 2019, 229.6), ("KAZ", "AZE", 2019, 175.1)])
def test_turnover_of_each_side_matches_the_figures_officials_stated(pairs, reporter, partner, year, expected):
    decimals = len(str(expected).split(".")[1])
    assert round(turnover(pairs, reporter, partner, year)["value_usd_m"], decimals) == expected


def test_the_two_sides_of_a_pair_are_both_kept_and_say_whose_they_are(pairs):
    azerbaijans, turkiyes = turnover(pairs, "AZE", "TUR", 2019), turnover(pairs, "TUR", "AZE", 2019)
    assert azerbaijans["stated_by"] == "IMF DOTS (Azerbaijan's report)"
    assert turkiyes["stated_by"] == "IMF DOTS (Türkiye's report)"


def test_turnover_is_only_given_where_both_exports_and_imports_exist():
    tidy = dots._typed(pd.DataFrame([
        dict(reporter_iso3="AZE", partner_iso3="TKM", partner_name="Turkmenistan", partner_kind="country", is_group=False,
             year=2009, flow="export", value_usd_m=50.0, estimate=False, estimate_reason="", file="DOTS_13.xlsx",
             sheet="Exports, FOB", row=90)]))
    rows = dots.trade_rows(tidy)
    assert list(rows["flow"]) == ["export"]


# --- Estimates ----------------------------------------------------------------------------------

def test_every_turkmen_figure_is_marked_as_an_imf_estimate(tidy, pairs):
    turkmen = tidy[tidy["reporter_iso3"].eq("TKM")]
    assert len(turkmen) and turkmen["estimate"].all()
    assert turkmen["estimate_reason"].str.contains("Turkmenistan does not report").all()
    assert pairs.loc[pairs["reporter_iso3"].eq("TKM"), "estimate"].all()
    assert not turnover(pairs, "AZE", "TUR", 2019)["estimate"]


def test_cells_marked_e_are_estimates_with_their_number(tidy):
    marked = tidy[tidy["estimate_reason"].str.contains(dots.MARKED_E, regex=False)]
    assert set(marked["reporter_iso3"]) >= {"UZB", "TJK", "KAZ"}
    assert marked["value_usd_m"].ge(0).all()


# --- Names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, code, kind", [
    ("Kazakhstan, Rep. of", "KAZ", "country"), ("Kyrgyz Rep.", "KGZ", "country"), ("Turkey", "TUR", "country"),
    ("China, P.R.: Mainland", "CHN", "country"), ("Russian Federation", "RUS", "country"),
    ("Congo, Dem. Rep. of the", "COD", "country"), ("Congo, Rep. of", "COG", "country"),
    ("Korea, Rep. of", "KOR", "country"), ("St. Lucia", "LCA", "country"), ("Bahamas, The", "BHS", "country"),
    ("World", "GRP_WORLD", "group"), ("Euro Area", "GRP_EURO_AREA", "group"),
    ("Countries & Areas not specified", "GRP_NOT_SPECIFIED", "group"), ("Advanced Economies", "GRP_ADVANCED", "group"),
    ("Czechoslovakia", "CSK", "historic"), ("Belgium-Luxembourg", "BLX", "historic")])
def test_imf_names_map_to_iso3_and_groups_stay_groups(name, code, kind):
    assert imf_names.resolve(name) == imf_names.Partner(code, kind)


def test_a_qualifier_that_is_more_than_a_title_is_never_dropped():
    assert imf_names.resolve("Sudan, South") is None  # not Sudan: unknown, so the import asks for an alias


def test_every_partner_code_is_unique_per_reporter_year_and_flow(tidy):
    assert not tidy.duplicated(["reporter_iso3", "partner_iso3", "year", "flow"]).any()
    assert tidy.loc[tidy["partner_iso3"].str.startswith("GRP_"), "is_group"].all()
    assert not tidy.loc[~tidy["partner_iso3"].str.startswith("GRP_"), "is_group"].any()


# --- Shapes for the trade model and the Sources list ---------------------------------------------

def test_trade_rows_are_shaped_like_the_trade_table_and_cite_the_imf(real_trade, pairs):
    assert set(real_trade.columns) <= set(pairs.columns)
    assert {"estimate", "estimate_reason"} <= set(pairs.columns)
    states = set(countries.tie_codes())
    assert set(pairs["reporter_iso3"]) <= states and set(pairs["partner_iso3"]) <= states
    assert pairs["reporter_iso3"].ne(pairs["partner_iso3"]).all()
    assert set(pairs["flow"]) == {"export", "import", "turnover"}
    assert set(pairs["source_kind"]) == {"official_statistics"}
    assert pairs["source_url"].str.startswith("https://").all()
    assert set(pairs["publisher"]) == {dots.PUBLISHER}
    # Ids never collide with curated rows: the built table has every DOTS row once, beside the curated ones.
    curated = real_trade[real_trade["publisher"].ne(dots.PUBLISHER)]
    assert pairs["row_id"].is_unique and not pairs["row_id"].isin(curated["row_id"]).any()
    assert real_trade["row_id"].is_unique and pairs["row_id"].isin(real_trade["row_id"]).all()
    assert list(pairs[SOURCE_COLUMNS].drop_duplicates().index) == [0]


def test_dots_is_one_source_row_with_its_citation_and_link():
    row = dots.source_row(10)
    assert len(row) == 1 and row.iloc[0]["title"] == dots.CITATION and row.iloc[0]["url"] == dots.DATA_URL


# --- Damaged workbooks ----------------------------------------------------------------------------

def two_workbooks(folder, damage):
    """AZE's workbook (damaged by `damage`) and a healthy KAZ workbook beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    damage(folder / "DOTS_13.xlsx")
    write_dots_workbook(folder / "DOTS_103.xlsx", reporter="Kazakhstan, Rep. of",
                        sheets={"Exports, FOB": [("World", 1.0, 2.0)], "Imports, CIF": [("World", 3.0, 4.0)]})
    return write_dots_folder(folder, {"DOTS_13.xlsx": "AZE", "DOTS_103.xlsx": "KAZ"})


def test_a_healthy_workbook_imports_every_figure_and_marks_e(tmp_path):
    folder = two_workbooks(tmp_path, write_dots_workbook)
    frame, problems = dots.import_workbooks(folder)
    assert problems == []
    azerbaijan = frame[frame["reporter_iso3"].eq("AZE")]
    assert len(azerbaijan) == 12
    marked = azerbaijan[azerbaijan["partner_iso3"].eq("TUR") & azerbaijan["year"].eq(2019)]
    assert list(marked["value_usd_m"]) == [12.5, 12.5] and marked["estimate"].all()


def test_a_missing_sheet_is_a_problem_and_the_other_sheet_loads(tmp_path):
    folder = two_workbooks(tmp_path, lambda p: write_dots_workbook(p, sheets={"Exports, FOB": [("World", 1.0, 2.0)]}))
    frame, problems = dots.import_workbooks(folder)
    assert [(p.field, "Imports, CIF" in p.message) for p in problems] == [("sheet", True)]
    assert problems[0].file.endswith("DOTS_13.xlsx")
    assert set(frame.loc[frame["reporter_iso3"].eq("AZE"), "flow"]) == {"export"}
    assert set(frame["reporter_iso3"]) == {"AZE", "KAZ"}


def test_text_in_a_number_cell_names_sheet_row_and_cell_and_keeps_the_rest(tmp_path):
    rows = [("World", 100.0, "n/a"), ("Turkey", 10.0, 11.0)]
    folder = two_workbooks(tmp_path, lambda p: write_dots_workbook(p, sheets={"Exports, FOB": rows, "Imports, CIF": rows}))
    frame, problems = dots.import_workbooks(folder)
    assert len(problems) == 2
    assert "DOTS_13.xlsx:8: Exports, FOB!D8 (2019): not a number" in str(problems[0])
    assert problems[0].value == "n/a"
    azerbaijan = frame[frame["reporter_iso3"].eq("AZE")]
    assert len(azerbaijan) == 6  # 2 flows x (World 2018, Turkey 2018 and 2019)


def test_an_unknown_partner_is_a_problem_with_its_row_and_the_other_rows_load(tmp_path):
    rows = [("World", 1.0, 2.0), ("Atlantis, Rep. of", 3.0, 4.0), ("Turkey", 5.0, 6.0)]
    folder = two_workbooks(tmp_path, lambda p: write_dots_workbook(p, sheets={"Exports, FOB": rows, "Imports, CIF": rows}))
    frame, problems = dots.import_workbooks(folder)
    assert {(p.line, p.value) for p in problems} == {(9, "Atlantis, Rep. of")}
    assert all("unknown partner name" in p.message and "imf_dots_names.csv" in p.message for p in problems)
    assert set(frame.loc[frame["reporter_iso3"].eq("AZE"), "partner_iso3"]) == {"GRP_WORLD", "TUR"}


@pytest.mark.parametrize("damage, words", [
    (lambda p: None, "missing"),
    (lambda p: p.write_bytes(b"PK\x03\x04 this is not a zip"), "not a readable xlsx"),
    (lambda p: p.write_text("reporter,partner\n", encoding="utf-8"), "not a readable xlsx"),
], ids=["missing-file", "broken-zip", "csv-named-xlsx"])
def test_a_missing_or_unreadable_workbook_is_a_problem_and_the_others_load(tmp_path, damage, words):
    folder = two_workbooks(tmp_path, damage)
    frame, problems = dots.import_workbooks(folder)
    assert len(problems) == 1 and words in problems[0].message and problems[0].file.endswith("DOTS_13.xlsx")
    assert set(frame["reporter_iso3"]) == {"KAZ"}


def test_a_workbook_of_another_reporter_than_the_sidecar_says_is_left_out(tmp_path):
    folder = two_workbooks(tmp_path, lambda p: write_dots_workbook(p, reporter="Hungary"))
    frame, problems = dots.import_workbooks(folder)
    assert len(problems) == 2 and all("reporter other than AZE" in p.message for p in problems)
    assert set(frame["reporter_iso3"]) == {"KAZ"}


# --- check ----------------------------------------------------------------------------------------

def test_check_fails_when_the_committed_table_no_longer_matches_the_workbooks(tmp_path):
    folder = two_workbooks(tmp_path, write_dots_workbook)
    dots.write_tidy(folder)
    assert dots.verify(folder)[0] == []
    tidy = folder / dots.TIDY_FILE
    tidy.write_text(tidy.read_text(encoding="utf-8").replace("12.5", "13.5"), encoding="utf-8")
    problems, _ = dots.verify(folder)
    assert len(problems) == 1 and "no longer matches a fresh import" in problems[0].message
    assert "import-dots" in problems[0].message and problems[0].line


def test_check_fails_when_a_workbook_differs_from_the_sha256_in_the_sidecar(tmp_path):
    folder = two_workbooks(tmp_path, write_dots_workbook)
    dots.write_tidy(folder)
    write_dots_workbook(folder / "DOTS_103.xlsx", reporter="Kazakhstan, Rep. of",
                        sheets={"Exports, FOB": [("World", 1.0, 2.5)], "Imports, CIF": [("World", 3.0, 4.0)]})
    problems, _ = dots.verify(folder)
    assert any(p.field == "sha256" and p.file.endswith("DOTS_103.xlsx") for p in problems)


def test_the_check_command_names_a_stale_committed_table(tmp_path, monkeypatch, capsys):
    from dashboard.data import __main__ as cli

    folder = two_workbooks(tmp_path, write_dots_workbook)
    dots.write_tidy(folder)
    (folder / dots.TIDY_FILE).write_text(",".join(dots.COLUMNS) + "\n", encoding="utf-8")
    monkeypatch.setattr(dots, "DOTS_DIR", folder)
    assert cli.main(["check"]) == 1
    captured = capsys.readouterr()
    assert "imf_dots.csv:2: content: no longer matches a fresh import" in captured.err


def test_the_trade_table_holds_both_sides_of_a_pair_from_dots(real_trade):
    """The README's cross-checks through the app's own series: Azerbaijan–Kazakhstan 2019 is $229.6m by
    Azerbaijan's count (the line) and $175.1m by Kazakhstan's (the mirror); AZE–TUR 2019 4,508.9 vs 2,199.4."""
    from dashboard.data import trade

    def lines(focus, partner, year):
        rows = trade.annual_series(real_trade, focus)
        return rows[rows["counterpart_iso3"].eq(partner) & rows["year"].eq(year)].set_index("line")["value_usd_m"]

    kaz = lines("AZE", "KAZ", 2019)
    assert round(kaz[trade.LINE_PRIMARY], 1) == 229.6 and round(kaz[trade.LINE_MIRROR], 1) == 175.1
    tur = lines("AZE", "TUR", 2019)
    assert round(tur[trade.LINE_PRIMARY], 1) == 4508.9 and round(tur[trade.LINE_MIRROR], 1) == 2199.4
    assert round(lines("KAZ", "AZE", 2018)[trade.LINE_PRIMARY], 2) == 258.27
    assert round(lines("AZE", "UZB", 2019)[trade.LINE_PRIMARY], 2) == 81.96


def test_turkmenistan_figures_stay_marked_as_estimates_in_the_trade_table(real_trade):
    tkm = real_trade[real_trade["reporter_iso3"].eq("TKM") & real_trade["publisher"].eq(dots.PUBLISHER)]
    assert len(tkm) and tkm["estimate"].all() and tkm["estimate_reason"].str.contains("Turkmenistan").all()
