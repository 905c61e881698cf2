"""`python -m dashboard.data`: check fails on any problem; stats prints rows and unsourced rows."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.data import __main__ as cli
from dashboard.data.build import build_tables
from tests.builders import raw_row, write_raw

ROOT = Path(__file__).resolve().parents[2]
SHARED_FACTS = ROOT.parent / "shared" / "facts"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.data", *args], cwd=ROOT, capture_output=True, text=True)


def test_check_passes_on_the_shipped_data_with_zero_rows_lacking_a_source():
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert "0 rows without a source; 0 problem(s)" in result.stdout


def test_stats_json_gives_rows_and_rows_without_source_per_table():
    figures = json.loads(run_cli("stats", "--json").stdout)
    assert set(figures) == {"countries", "sources", "trade", "visits", "targets", "quotes"}
    assert all(row["rows_without_source"] == 0 for row in figures.values())


@pytest.mark.skipif(not SHARED_FACTS.exists(), reason="shared facts not beside the checkout")
def test_every_shared_fact_and_the_seed_facts_are_loaded():
    figures = json.loads(run_cli("stats", "--json").stdout)
    imported = figures["trade"]["imported_rows"]
    for name, seed_rows in {"trade": 1, "visits": 1, "targets": 1, "quotes": 5}.items():
        shared = sum(1 for _ in (SHARED_FACTS / f"{name}.csv").open(encoding="utf-8")) - 1
        curated = figures[name]["rows"] - (imported if name == "trade" else 0)
        assert curated == shared + seed_rows, name


def test_seed_article_facts_are_in_the_data():
    tables = build_tables()
    visit = tables.visits[(tables.visits["start_date"] == "2023-04-10") & (tables.visits["host_iso3"] == "KAZ")]
    assert "Heydar Aliyev" in visit["summary"].iloc[0] and "Days of Azerbaijani Culture" in visit["summary"].iloc[0]
    assert "We are allies, we are brothers, we are friends" in set(tables.quotes["text"])
    target = tables.targets[(tables.targets["b_iso3"] == "KAZ") & (tables.targets["value_usd_m"] == 1000)]
    assert not target.empty
    pair = tables.trade["partner_iso3"].eq("KAZ") | tables.trade["reporter_iso3"].eq("KAZ")
    claim = tables.trade[pair & (tables.trade["growth_pct"] == 40) & (tables.trade["year"] == 2022)]
    assert set(claim["value_usd_m"]) >= {500.0, 461.9}


def test_check_exits_non_zero_and_names_file_and_line_of_a_bad_row(tmp_path, monkeypatch, capsys):
    folder = write_raw(tmp_path, trade=[raw_row("trade"), raw_row("trade", flow="barter")])
    monkeypatch.setattr(cli, "build_tables", lambda: build_tables(folder))
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert "trade.csv:3: flow: must be one of turnover, export, import (got 'barter')" in err
