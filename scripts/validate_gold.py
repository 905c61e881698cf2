"""Check gold articles' files (tests/extraction/gold; how to write them: docs/annotating.md) before they are used.

    python scripts/validate_gold.py FOLDER          # a new held-out set: also its names (rNN-MM-slug) and length
    python scripts/validate_gold.py --any FOLDER    # any gold folder (dev/ holds the first rounds' short snippets)

Checks each article's JSON: its keys, date, language, country codes (the countries table), trade periods, flows and
qualifiers, visit types and document counts, and that every quote's words stand in the article (in order; one quote
may run over two paragraphs). Prints one line per article and exits 1 if any needs fixing."""
from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.data.text import fold  # noqa: E402  (the scorer's own folding: dashboard/ingest/scoring.py)

KEYS = {"date", "outlet", "url", "language", "quotes", "visits", "trade", "targets"}
LANGUAGES = {"en", "az", "ru", "tr"}
# "2025", "2025-9M" (January–September; 2M…11M), "2025-H1", "2025-Q1", "2025-03" (one month)
PERIOD = re.compile(r"^\d{4}(?:-(?:[2-9]M|1[01]M|H1|Q[1-4]|0[1-9]|1[0-2]))?$")
FLOWS = {"turnover", "export", "import"}
QUALIFIERS = {"exact", "about", "over", "approaching", "under"}
VISIT_TYPES = {"state", "official", "working", "summit", "other"}
NEW_NAME = re.compile(r"^r\d+-\d\d-[a-z0-9-]+$")
MIN_WORDS = 200  # a held-out article is a whole report, not a one-pattern snippet


def country_codes() -> set[str]:
    with (ROOT / "data" / "reference" / "countries.csv").open(encoding="utf-8") as f:
        return {row["iso3"] for row in csv.DictReader(f)}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _is_iso_date(value) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _in_order(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(w in it for w in needle)


def problems(txt: Path, codes: set[str], new: bool = False) -> list[str]:
    """What is wrong with one article's files (empty when nothing is)."""
    meta = txt.with_suffix(".json")
    found = []
    if new and not NEW_NAME.match(txt.stem):
        found.append("name: a held-out article is named rNN-MM-slug (set, number, a few words)")
    if not meta.exists():
        return found + ["no .json beside the .txt"]
    try:
        gold = json.loads(meta.read_text(encoding="utf-8"))
    except ValueError as exc:
        return found + [f"the .json does not parse: {exc}"]
    text = txt.read_text(encoding="utf-8")
    if set(gold) != KEYS:
        found.append(f"keys: {sorted(gold)}, expected {sorted(KEYS)}")
        return found
    if not _is_iso_date(gold["date"]):
        found.append(f"date: {gold['date']!r} is no ISO date")
    if gold["language"] not in LANGUAGES:
        found.append(f"language: {gold['language']!r}")
    if new and len(text.split()) < MIN_WORDS:
        found.append(f"length: {len(text.split())} words, a held-out article has at least {MIN_WORDS}")
    words = _words(text)
    joined = " ".join(words)
    for q in gold["quotes"]:
        if set(q) != {"speaker", "text"} or not str(q["speaker"]).strip():
            found.append(f"quote: {q}")
            continue
        said = _words(q["text"])
        if len(said) < 4:
            found.append(f"quote under four words (a term, not a quote): {q['text']!r}")
        if " ".join(said) not in joined and not _in_order(said, words):
            found.append(f"quote not in the article: {q['text'][:70]!r}")
        if re.search(r"[А-Яа-яЁё]", q["speaker"]):
            found.append(f"speaker in Cyrillic (romanise it): {q['speaker']!r}")
    for v in gold["visits"]:
        if set(v) != {"visitor", "host", "start", "city", "type", "documents"}:
            found.append(f"visit: {v}")
            continue
        if v["host"] not in codes:
            found.append(f"visit host: {v['host']!r} is no code of the countries table")
        if not _is_iso_date(v["start"]):
            found.append(f"visit start: {v['start']!r} is no ISO date")
        if v["type"] not in VISIT_TYPES:
            found.append(f"visit type: {v['type']!r}")
        if not (v["documents"] is None or isinstance(v["documents"], int)):
            found.append(f"visit documents: {v['documents']!r} (a number, or null when signed but not counted)")
    for t in gold["trade"]:
        if set(t) != {"pair", "period", "flow", "value", "qualifier", "growth"}:
            found.append(f"trade: {t}")
            continue
        if len(t["pair"]) != 2 or not set(t["pair"]) <= codes or t["pair"][0] == t["pair"][1]:
            found.append(f"trade pair: {t['pair']}")
        if not PERIOD.match(str(t["period"])):
            found.append(f"trade period: {t['period']!r}")
        if t["flow"] not in FLOWS:
            found.append(f"trade flow: {t['flow']!r}")
        if t["qualifier"] not in QUALIFIERS:
            found.append(f"trade qualifier: {t['qualifier']!r}")
        if not isinstance(t["value"], (int, float)) or t["value"] <= 0:
            found.append(f"trade value: {t['value']!r} (USD million)")
        if not (t["growth"] is None or isinstance(t["growth"], (int, float))):
            found.append(f"trade growth: {t['growth']!r}")
    for t in gold["targets"]:
        if set(t) != {"pair", "value", "year"}:
            found.append(f"target: {t}")
            continue
        if len(t["pair"]) != 2 or not set(t["pair"]) <= codes:
            found.append(f"target pair: {t['pair']}")
        if not isinstance(t["value"], (int, float)) or t["value"] <= 0:
            found.append(f"target value: {t['value']!r} (USD million)")
        if not (t["year"] is None or isinstance(t["year"], int)):
            found.append(f"target year: {t['year']!r} (a year, or null)")
    return found


def main(argv: list[str]) -> int:
    new = "--any" not in argv
    folders = [Path(a) for a in argv if a != "--any"]
    if len(folders) != 1 or not folders[0].is_dir():
        print(__doc__)
        return 2
    codes, bad = country_codes(), 0
    for txt in sorted(folders[0].glob("*.txt")):
        found = problems(txt, codes, new)
        print(("fix " if found else "ok  ") + txt.name)
        for p in found:
            print("     -", p)
        bad += bool(found)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
