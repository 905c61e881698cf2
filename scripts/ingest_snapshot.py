"""Every proposal the rules make on the gold articles and on the bench's 1,000-word articles, as JSON:
a speed change must leave this output byte for byte the same (docs/extraction.md, "Speed").

    python scripts/ingest_snapshot.py > before.json   # then change the code
    python scripts/ingest_snapshot.py | cmp - before.json
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.ingest import GOLD, corpora  # noqa: E402
from dashboard.ingest import Article, article_text, propose  # noqa: E402


def main() -> int:
    out = {}
    for meta in sorted(GOLD.glob("*/*.json")):
        gold = json.loads(meta.read_text(encoding="utf-8"))
        article = Article(article_text(meta.with_suffix(".txt").read_bytes()), date.fromisoformat(gold["date"]),
                          gold.get("url", ""), gold.get("outlet", ""), gold.get("language", "en"))
        out[str(meta.relative_to(GOLD))] = [p.as_dict() | {"extra_spans": p.extra_spans} for p in propose(article)]
    for kind, articles in corpora().items():
        for i, (text, day) in enumerate(articles):
            proposals = propose(Article(article_text(text), day, outlet="x"))
            out[f"bench/{kind}/{i}"] = [p.as_dict() | {"extra_spans": p.extra_spans} for p in proposals]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
