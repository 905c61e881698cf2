"""The build: bad rows are reported with file, line and field and left out; good rows all arrive."""
import os
from pathlib import Path

import pytest

from dashboard.data.build import build_tables, quote_id
from dashboard.data.query import to_csv_bytes
from tests.builders import raw_row, write_raw

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def problems_text(tables) -> list[str]:
    return [str(p) for p in tables.problems]


def test_valid_fixture_builds_without_problems(tmp_path):
    tables = build_tables(write_raw(tmp_path))
    assert tables.problems == ()
    assert [len(tables.table(n)) for n in ("trade", "visits", "targets", "quotes")] == [1, 1, 1, 1]


@pytest.mark.parametrize("table, field, value, expected", [
    ("trade", "value_usd_million", "abc", "value_usd_m: must be a number"),
    ("trade", "value_usd_million", "-5", "value_usd_m: must be a number"),
    ("trade", "value_usd_million", "1e12", "value_usd_m: must be a number"),
    ("trade", "period", "2022-13", "period: not a known period form"),
    ("trade", "period", "2099", "period: not a known period form"),
    ("trade", "flow", "smuggling", "flow: must be one of turnover, export, import"),
    ("trade", "partner_country", "Atlantis", "partner: unknown country"),
    ("trade", "source_url", "javascript:alert(1)", "source_url: must be an http(s) link"),
    ("trade", "source_published", "2099-01-01", "published: must be a past date"),
    ("trade", "value_qualifier", "approx", "value_qualifier: must be one of exact, about, over, under, approaching, at least"),
    ("trade", "value_qualifier", "", "value_qualifier: must be one of exact"),
    ("trade", "scope", "oil only", "scope: must be one of all goods, non-oil, natural gas"),
    ("trade", "flag_reason", "x" * 201, "flag_reason: must be empty, or a short reason"),
    ("targets", "value_qualifier", "roughly", "value_qualifier: must be one of exact"),
    ("visits", "start_date", "10/04/2023", "start_date: must be a past date"),
    ("visits", "visit_type", "secret", "visit_type: must be one of"),
    ("visits", "documents_signed", "-1", "documents_signed: must be a whole number"),
    ("targets", "target_year", "soon", "target_year: must be a year"),
    ("quotes", "quote", "", "text: the quote is empty"),
    ("quotes", "topic", "gossip", "topic: topics must be among"),
    ("quotes", "countries_mentioned", "Azerbaijan;Narnia", "mentioned: a mentioned country is unknown"),
])
def test_a_bad_value_is_reported_with_file_line_and_field_and_the_row_left_out(tmp_path, table, field, value, expected):
    rows = [raw_row(table), raw_row(table, **{field: value})]
    if table == "quotes":
        rows[0] = raw_row(table, quote="Another quote entirely")
    if table == "visits":
        rows[0] = raw_row(table, city="Baku")
    tables = build_tables(write_raw(tmp_path, **{table: rows}))
    messages = problems_text(tables)
    assert any(m.startswith(f"{tmp_path.name}/{table}.csv:3: {expected}") or f"{table}.csv:3: {expected}" in m
               for m in messages), messages
    assert len(tables.table(table)) == 1  # the good row on line 2 survives


def test_every_failure_is_reported_at_once_not_just_the_first(tmp_path):
    rows = [raw_row("trade", flow="x"), raw_row("trade", period="x"), raw_row("trade", value_usd_million="x")]
    tables = build_tables(write_raw(tmp_path, trade=rows))
    lines = sorted(p.line for p in tables.problems)
    assert lines == [2, 3, 4]


def test_end_date_before_start_date_is_rejected(tmp_path):
    rows = [raw_row("visits", start_date="2023-04-10", end_date="2023-04-01")]
    tables = build_tables(write_raw(tmp_path, visits=rows))
    assert any("end_date is before start_date" in str(p) for p in tables.problems)


def test_duplicate_quote_is_left_out_naming_the_first_line(tmp_path):
    tables = build_tables(write_raw(tmp_path, quotes=[raw_row("quotes"), raw_row("quotes")]))
    assert [str(p).split(": ", 1)[1] for p in tables.problems] == ["quote_id: duplicate of the row on line 2; left out"]
    assert len(tables.quotes) == 1


def test_a_row_with_bytes_that_are_not_utf8_is_reported_and_the_others_kept(tmp_path):
    write_raw(tmp_path, quotes=[raw_row("quotes"), raw_row("quotes", quote="Second quote")])
    path = tmp_path / "quotes.csv"
    path.write_bytes(path.read_bytes().replace(b"Second", b"Sec\xff\xfeond"))
    tables = build_tables(tmp_path)
    assert [str(p) for p in tables.problems] == [f"{path}:3: row: bytes that are not UTF-8; save the file as UTF-8 (row left out)"]
    assert list(tables.quotes["text"]) == ["We are allies, we are brothers, we are friends"]


def test_a_file_without_the_required_header_is_left_out_and_the_other_tables_still_build(tmp_path):
    write_raw(tmp_path)
    (tmp_path / "quotes.csv").write_text("date,speaker\n2023,x\n", encoding="utf-8")
    tables = build_tables(tmp_path)
    assert any("quotes.csv:1" in str(p) and "header lacks column(s)" in str(p) for p in tables.problems)
    assert len(tables.quotes) == 0 and len(tables.trade) == 1


def test_a_row_with_too_many_fields_is_reported_and_left_out(tmp_path):
    write_raw(tmp_path)
    path = tmp_path / "visits.csv"
    path.write_text(path.read_text(encoding="utf-8") + "a,b,c\n", encoding="utf-8")
    tables = build_tables(tmp_path)
    assert any(str(p).startswith(f"{path}:3: row: 3 fields where the header has") for p in tables.problems)
    assert len(tables.visits) == 1


def test_broken_csv_quoting_names_the_line(tmp_path):
    write_raw(tmp_path)
    path = tmp_path / "trade.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'Azerbaijan,"Kazakhstan,2022\n', encoding="utf-8")
    tables = build_tables(tmp_path)
    assert any("trade.csv:3: row: broken CSV quoting" in str(p) for p in tables.problems), problems_text(tables)
    assert len(tables.trade) == 1  # the row before it is kept


def test_disagreeing_figures_for_one_pair_and_year_are_all_kept(tmp_path):
    rows = [raw_row("trade", value_usd_million="598.47", reporter_country="Kazakhstan", partner_country="Azerbaijan"),
            raw_row("trade", value_usd_million="529")]
    tables = build_tables(write_raw(tmp_path, trade=rows))
    assert sorted(tables.trade["value_usd_m"]) == [529.0, 598.47]


def test_a_quote_id_does_not_change_when_unrelated_rows_change(tmp_path):
    target = raw_row("quotes")
    first = build_tables(write_raw(tmp_path / "a", quotes=[target]))
    second = build_tables(write_raw(tmp_path / "b", quotes=[raw_row("quotes", quote="Something else"), target]))
    assert first.quotes["quote_id"].iloc[0] in set(second.quotes["quote_id"])
    assert quote_id("2023-04-10", "Ilham Aliyev", "We are allies") == quote_id("2023-04-10", "ILHAM ALIYEV", "we are  allies")


def test_row_without_link_needs_publisher_and_is_cited_by_it(tmp_path):
    rows = [raw_row("quotes", source_url="", source_publisher="Azernews", source_published="2023-04-11", source_title="t")]
    tables = build_tables(write_raw(tmp_path, quotes=rows))
    assert tables.quotes.loc[0, "publisher"] == "Azernews"
    cited = tables.sources.set_index("source_id").loc[tables.quotes.loc[0, "source_id"]]
    assert (cited["publisher"], cited["published"], cited["title"]) == ("Azernews", "2023-04-11", "t")


@pytest.mark.parametrize("name", ["trade", "visits", "targets", "quotes", "sources"])
def test_built_tables_match_their_golden_csv(tmp_path, name):
    rows = {
        "trade": [raw_row("trade"), raw_row("trade", period="2023-H1", flow="export", value_usd_million="100.5",
                                            growth_pct="", stated_by="not attributed (Trend)", note="about $100m",
                                            value_qualifier="about", source_published="2023-07-20"),
                  raw_row("trade", partner_country="OTS member states", period="2020-2024 (cumulative)",
                          stated_by="Turkish Statistical Institute (TÜİK)", reporter_country="Türkiye",
                          source_url="https://www.ensonhaber.com/x", source_published="2025-02-01",
                          note="inconsistent with another figure",
                          flag_reason="inconsistent with another figure")],
        "visits": [raw_row("visits"), raw_row("visits", start_date="2023-06", end_date="", visit_type="summit",
                                              documents_signed="", host_country="Türkiye", city="")],
        "targets": [raw_row("targets"), raw_row("targets", country_b="Türkiye", target_value_usd_million="15000",
                                                target_year="2023", stated_on="")],
        "quotes": [raw_row("quotes"), raw_row("quotes", date="2023-06", speaker="Recep Tayyip Erdoğan",
                                              speaker_country="Turkey", quote="Türkiye ve Azerbaycan", topic="politics;trade",
                                              countries_mentioned="Türkiye;OTS", language="tr",
                                              source_url="https://ru.trend.az/x")],
    }
    tables = build_tables(write_raw(tmp_path, **rows))
    assert tables.problems == ()
    got = to_csv_bytes(tables.table(name)).decode("utf-8")
    golden = GOLDEN / f"{name}.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8"), f"{name} differs from {golden}; run with UPDATE_GOLDEN=1 if intended"
