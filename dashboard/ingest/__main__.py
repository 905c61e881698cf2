"""`python -m dashboard.ingest ARTICLE.txt|.html --url … --outlet … --date … [--language en] [--json]`:
print the records the rules propose for an article (nothing is saved)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import Article, ArticleError, article_text, propose
from .model import TABLE_ORDER


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2023-04-11") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.ingest", description=__doc__)
    parser.add_argument("article", type=Path, help="the article as a .txt or .html file")
    parser.add_argument("--url", default="", help="the article's address (http/https)")
    parser.add_argument("--outlet", default="", help="who published it, e.g. Azernews")
    parser.add_argument("--date", required=True, type=_day, help="publication date, YYYY-MM-DD")
    parser.add_argument("--language", default="en")
    parser.add_argument("--title", default="")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a readable list")
    args = parser.parse_args(argv)
    try:
        data = args.article.read_bytes()
    except OSError as exc:
        print(f"{args.article}: cannot read the file ({exc.strerror})", file=sys.stderr)
        return 2
    try:
        text = article_text(data, args.article.name)
    except ArticleError as exc:
        print(f"{args.article}: {exc}", file=sys.stderr)
        return 2
    article = Article(text, args.date, args.url, args.outlet, args.language, args.title)
    proposals = propose(article)
    if args.json:
        json.dump([p.as_dict() for p in proposals], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"{args.article}: {len(proposals)} proposal(s)")
    for table in TABLE_ORDER:
        for p in (p for p in proposals if p.table == table):
            print(f"\n[{table}] {p.rule} (confidence {p.confidence:.2f}, characters {p.span[0]}-{p.span[1]})")
            for key, value in p.record.items():
                if value and not key.startswith("source_"):
                    print(f"    {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
