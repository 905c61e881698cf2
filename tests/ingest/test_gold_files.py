"""Every gold article's files are well formed (scripts/validate_gold.py; docs/annotating.md): a record the scorer
cannot match (a misspelt period, a code outside the countries table, a quote not in the text) would silently count
as a miss or be dropped, and the figures of `make eval` would be wrong without anyone seeing why."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import validate_gold  # noqa: E402

GOLD = ROOT / "tests" / "extraction" / "gold"
CODES = validate_gold.country_codes()


@pytest.mark.parametrize("txt", sorted(GOLD.glob("*/*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_gold_article_is_well_formed(txt):
    # plant: "period": "2025-13" written into one dev article's JSON (a month that does not exist) — failed, reverted
    assert validate_gold.problems(txt, CODES, new=txt.parent.name == "heldout") == []


GOOD = {"date": "2026-05-14", "outlet": "Kazinform", "url": "https://example.org/news/r99-01", "language": "en",
        "quotes": [{"speaker": "Ilham Aliyev", "text": "We are allies, we are brothers"}],
        "visits": [{"visitor": "Ilham Aliyev", "host": "KAZ", "start": "2026-05-13", "city": "Astana",
                    "type": "state", "documents": None}],
        "trade": [{"pair": ["AZE", "KAZ"], "period": "2025-9M", "flow": "turnover", "value": 480.5,
                   "qualifier": "approaching", "growth": 40.0}],
        "targets": [{"pair": ["AZE", "KAZ"], "value": 1000, "year": None}]}
TEXT = ("Aliyev in Astana\n\n" + "The two presidents met in Astana. " * 40
        + '"We are allies, we are brothers," Aliyev said.\n')


def _article(tmp_path, change=None, text=TEXT, name="r99-01-kazinform-aliyev-astana"):
    gold = json.loads(json.dumps(GOOD))
    if change:
        change(gold)
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return validate_gold.problems(tmp_path / f"{name}.txt", CODES, new=True)


def test_a_well_formed_held_out_article_has_no_problems(tmp_path):
    # plant: `if " ".join(said) not in joined and not _in_order(...)` made `if True:` (every quote "not in the
    # article") — failed, reverted
    assert _article(tmp_path) == []


@pytest.mark.parametrize("change, expected", [
    (lambda g: g["trade"][0].update(period="2025-13"), "trade period"),  # plant: PERIOD made r".*"
    (lambda g: g["trade"][0].update(period="9M 2025"), "trade period"),
    (lambda g: g["trade"][0].update(qualifier="nearly"), "trade qualifier"),  # plant: the qualifier check dropped
    (lambda g: g["trade"][0].update(pair=["AZE", "XYZ"]), "trade pair"),  # plant: `<= codes` check dropped
    (lambda g: g["visits"][0].update(host="NCY"), "visit host"),  # Northern Cyprus is CYN in the countries table
    (lambda g: g["visits"][0].update(documents="two"), "visit documents"),
    (lambda g: g["visits"][0].update(start="13 May"), "visit start"),  # plant: the start check dropped
    (lambda g: g["targets"][0].update(year="2030"), "target year"),
    (lambda g: g["quotes"].append({"speaker": "Ilham Aliyev", "text": "allies and brothers"}), "under four words"),
    (lambda g: g["quotes"].append({"speaker": "Ильхам Алиев", "text": "We are allies, we are brothers"}), "Cyrillic"),
    (lambda g: g["quotes"].append({"speaker": "Ilham Aliyev", "text": "We are friends and neighbours"}),
     "not in the article"),  # plant: the quote-in-text check dropped
    (lambda g: g.pop("targets"), "keys"),
])
def test_a_malformed_record_is_named(tmp_path, change, expected):
    # each plant above (one at a time) made its case pass with no problem found — failed, reverted
    found = _article(tmp_path, change)
    assert any(expected in p for p in found), found


def test_a_held_out_article_is_a_whole_report_with_a_set_name(tmp_path):
    # plant: `if new and len(text.split()) < MIN_WORDS` made `if False` — failed, reverted
    assert any("length" in p for p in _article(tmp_path, text='"We are allies, we are brothers," Aliyev said.'))
    assert any("name" in p for p in _article(tmp_path, name="99-aliyev-astana"))
