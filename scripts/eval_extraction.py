"""`make eval`: run the extraction rules on the gold articles (tests/extraction/gold), print the scores
and write them into docs/extraction.md between its EVAL markers. dev = the articles the rules were
tuned on; heldout = articles written before the last round of rule changes, never used to change a rule.

`--only dev` scores one split and prints it without touching the docs: while rules are being changed,
only dev may be looked at (docs/extraction.md, "How the gold set was made")."""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.ingest import Article, article_text, propose  # noqa: E402
from dashboard.ingest.scoring import Score, score  # noqa: E402

GOLD = ROOT / "tests" / "extraction" / "gold"
DOC = ROOT / "docs" / "extraction.md"


def run(split: str, written_as: str = "") -> tuple[Score, int]:
    """The scores of one split's articles, or of those whose name starts with `written_as` (one held-out set)."""
    total, n = Score(), 0
    for meta_path in sorted((GOLD / split).glob(f"{written_as}*.json")):
        gold = json.loads(meta_path.read_text(encoding="utf-8"))
        text = article_text(meta_path.with_suffix(".txt").read_bytes())
        article = Article(text, date.fromisoformat(gold["date"]), gold.get("url", ""), gold.get("outlet", ""),
                          gold.get("language", "en"))
        total.add(score(propose(article), gold, meta_path.stem))
        n += 1
    return total, n


def table(results: dict[str, tuple[Score, int]]) -> str:
    lines = ["| set | articles | quote P | quote R | quote F1 | speaker accuracy | trade F1 | visits F1 | targets F1 |",
             "|---|---|---|---|---|---|---|---|---|"]
    for split, (s, n) in results.items():
        q = s.quotes
        lines.append(f"| {split} | {n} | {q.precision:.2f} | {q.recall:.2f} | {q.f1:.2f} | {s.speaker_accuracy:.2f} "
                     f"({s.speaker_right}/{s.speaker_matched}) | {s.tuples['trade'].f1:.2f} | "
                     f"{s.tuples['visits'].f1:.2f} | {s.tuples['targets'].f1:.2f} |")
    return "\n".join(lines)


def held_out_sets(results: dict[str, tuple[Score, int]]) -> dict[str, tuple[Score, int]]:
    """When heldout holds more than one set (each written for one round, named rNN-…), each set's own row too:
    the sets are separate estimates, and one set's figures must not hide another's."""
    if "heldout" not in results:
        return {}
    sets = sorted({m[0] for p in (GOLD / "heldout").glob("*.json") if (m := re.match(r"r\d+-", p.name))})
    return {f"heldout {name[:-1]}": run("heldout", name) for name in sets} if len(sets) > 1 else {}


def main(argv: list[str]) -> int:
    # argparse, so that `--help` or a mistyped flag stops with a message instead of running the full eval, which
    # rewrites docs/extraction.md (a helper's `--help` did that in round 103)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("dev", "heldout"), help="score one split, print it, leave the docs alone")
    only = parser.parse_args(argv).only
    splits = [only] if only else ["dev", "heldout"]
    # A split with no articles (heldout between rounds) has no figures: shown as 1.00 it would read as perfect.
    results = {split: scored for split in splits if (GOLD / split).is_dir() and (scored := run(split))[1]}
    shown = table(results | held_out_sets(results))
    print(shown)
    for split, (s, _) in results.items():
        for miss in s.misses:
            print(f"  [{split}] {miss}")
    misses = "\n".join(f"- [{split}] {m}" for split, (s, _) in results.items() for m in s.misses) or "- none"
    block = f"<!-- EVAL:START -->\n{shown}\n\nWhat the rules got wrong:\n\n{misses}\n<!-- EVAL:END -->"
    if DOC.exists() and only is None:
        text = DOC.read_text(encoding="utf-8")
        DOC.write_text(re.sub(r"<!-- EVAL:START -->.*<!-- EVAL:END -->", lambda _: block, text, flags=re.S),
                       encoding="utf-8")
        print(f"wrote the figures into {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
