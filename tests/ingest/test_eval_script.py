"""`make eval` (scripts/eval_extraction.py) on a gold folder of its own: with two held-out sets in heldout/, each set
gets its own row beside the total, so a good set cannot hide a bad one; with one set, only the total."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "extraction" / "gold" / "dev"


@pytest.fixture
def eval_script(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "scripts" / "eval_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "GOLD", tmp_path)
    monkeypatch.setattr(module, "DOC", tmp_path / "absent.md")  # never the real docs
    return module


def _copy(dev_number: str, to: Path, name: str) -> None:
    source = next(DEV.glob(f"{dev_number}-*.json"))
    to.mkdir(parents=True, exist_ok=True)
    for suffix in (".json", ".txt"):
        shutil.copy(source.with_suffix(suffix), to / f"{name}{suffix}")


def _rows(output: str) -> list[str]:
    return [line.split("|")[1].strip() for line in output.splitlines() if line.startswith("| ")][1:]


def test_two_held_out_sets_each_get_a_row_and_one_set_only_the_total(eval_script, tmp_path, capsys):
    # plant: `if len(sets) > 1 else {}` -> `if False else {}` in held_out_sets (no per-set rows)
    _copy("01", tmp_path / "dev", "1-a")
    _copy("02", tmp_path / "heldout", "r31-01-a")
    _copy("03", tmp_path / "heldout", "r31-02-b")
    eval_script.main([])
    assert _rows(capsys.readouterr().out) == ["dev", "heldout"]
    _copy("04", tmp_path / "heldout", "r32-01-c")
    eval_script.main([])
    output = capsys.readouterr().out
    assert _rows(output) == ["dev", "heldout", "heldout r31", "heldout r32"]
    # each set's row counts its own articles
    assert "| heldout r31 | 2 |" in output and "| heldout r32 | 1 |" in output and "| heldout | 3 |" in output


@pytest.mark.parametrize("argv", [["--help"], ["--onyl", "dev"], ["--only", "hedlout"]])
def test_help_or_a_mistyped_flag_stops_before_scoring(eval_script, tmp_path, argv, capsys, monkeypatch):
    # plant: main's argparse replaced by the old `argv[argv.index("--only") + 1] if "--only" in argv else None`
    # (then `--help` and a mistyped flag ran the full eval, which rewrites docs/extraction.md)
    _copy("01", tmp_path / "dev", "1-a")
    monkeypatch.setattr(eval_script, "ROOT", tmp_path)  # so the planted run's "wrote … into <docs>" can name it
    (tmp_path / "absent.md").write_text("<!-- EVAL:START -->\nkept\n<!-- EVAL:END -->\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        eval_script.main(argv)
    assert "| dev |" not in capsys.readouterr().out
    assert "kept" in (tmp_path / "absent.md").read_text(encoding="utf-8")
