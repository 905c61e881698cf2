"""`python -m dashboard.ingest`: the seed's proposals as JSON; unreadable files get a message and exit 2."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "extraction" / "gold" / "dev" / "01-seed-azernews.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.ingest", *args], cwd=ROOT, capture_output=True, text=True)


def test_json_lists_the_seeds_proposals_with_span_rule_and_confidence():
    result = run(str(SEED), "--outlet", "Azernews", "--date", "2023-04-11", "--json")
    assert result.returncode == 0, result.stderr
    proposals = json.loads(result.stdout)
    assert [p["table"] for p in proposals].count("quotes") == 5
    trade = next(p for p in proposals if p["table"] == "trade")
    assert trade["record"]["period"] == "2022" and trade["record"]["value_qualifier"] == "approaching"
    assert all(len(p["span"]) == 2 and p["rule"] and 0 < p["confidence"] <= 1 for p in proposals)


def test_a_binary_file_is_refused_with_its_name_and_exit_code_2(tmp_path):
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\x00\x00" * 100)
    result = run(str(binary), "--date", "2023-04-11")
    assert result.returncode == 2
    assert "photo.html: this is a binary file" in result.stderr


def test_a_bad_date_is_refused_by_the_argument_parser():
    result = run(str(SEED), "--date", "11/04/2023")
    assert result.returncode == 2 and "is not a date like 2023-04-11" in result.stderr
