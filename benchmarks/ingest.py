"""Adding articles: extraction speed on 1,000-word articles (articles per second per core) and a save's
round trip (store the accepted rows, then rebuild the tables that every page reads)."""
from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from .common import ROOT, summary

GOLD = ROOT / "tests" / "extraction" / "gold"
WORDS = 1000
# A gold article this long is a whole news report; shorter ones are snippets written for one pattern each.
NEWS_LENGTH = 250


def _gold_articles() -> list[tuple[str, date]]:
    return [(p.with_suffix(".txt").read_text(encoding="utf-8"), date.fromisoformat(json.loads(p.read_text())["date"]))
            for p in sorted(GOLD.glob("*/*.json"))]


def thousand_word_articles(texts: list[tuple[str, date]] | None = None) -> list[tuple[str, date]]:
    """Each article padded to 1,000 words with the next ones (default: every gold article)."""
    texts = texts if texts is not None else _gold_articles()
    out = []
    for i in range(len(texts)):
        parts, words, j = [], 0, i
        while words < WORDS:
            parts.append(texts[j % len(texts)][0])
            words += len(texts[j % len(texts)][0].split())
            j += 1
        out.append(("\n\n".join(parts), texts[i][1]))
    return out


def corpora() -> dict[str, list[tuple[str, date]]]:
    """Two kinds of 1,000-word article, because the cost follows how much there is to find.

    - "news": the gold articles that are whole news reports (at least NEWS_LENGTH words: the seed and
      the held-out reports), so about as many quotes, visits and figures per word as real reporting.
    - "dense": every gold article, the 30-120-word snippets of the first rounds among them (each holding a
      quote, a visit or a figure); once most of the gold set was news reports, a tenth of it are snippets, so
      the two corpora now read alike."""
    gold = _gold_articles()
    return {"news": thousand_word_articles([t for t in gold if len(t[0].split()) >= NEWS_LENGTH]),
            "dense": thousand_word_articles(gold)}


def _rate(articles: list[tuple[str, date]], seconds: float) -> dict:
    from dashboard.ingest import Article, article_text, propose

    propose(Article(article_text(articles[0][0]), articles[0][1], outlet="x"))  # warm the lookups
    done, found, wall0, cpu0 = 0, 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - wall0 < seconds:
        text, day = articles[done % len(articles)]
        found += len(propose(Article(article_text(text), day, outlet="x")))
        done += 1
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    words = sum(len(t.split()) for t, _ in articles) / len(articles)
    return {"articles": done, "words_per_article": words, "proposals_per_article": found / done,
            "per_s_wall": done / wall, "per_s_cpu": done / cpu}


def extraction(seconds: float = 8.0) -> dict:
    """Articles per second per core (CPU time of this one process) on each corpus, `seconds` each."""
    return {name: _rate(articles, seconds) for name, articles in corpora().items()}


def save_round_trip(runs: int = 10) -> dict:
    from dashboard.data.build import build_tables
    from dashboard.ingest import Article, article_text, propose
    from dashboard.store import Store

    seed = (GOLD / "dev" / "01-seed-azernews.txt").read_text(encoding="utf-8")
    urls = {"SQLite": None}
    if os.environ.get("TURKIC_TIES_TEST_PG_URL"):
        urls["PostgreSQL"] = os.environ["TURKIC_TIES_TEST_PG_URL"]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, url in urls.items():
            store = Store(url or f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
            store.create()
            saves, rebuilds = [], []
            for n in range(runs):  # a new source each time, so every save stores its rows
                article = Article(article_text(seed), date(2023, 4, 11), f"https://example.org/bench/{time.time_ns()}/{n}",
                                  "Bench")
                records: dict[str, list[dict]] = {}
                for p in propose(article):
                    records.setdefault(p.table, []).append(p.record)
                t0 = time.perf_counter()
                store.save(records, "bench")
                saves.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                build_tables(extra_raw=store.raw_frames())
                rebuilds.append(time.perf_counter() - t0)
            out[label] = {"rows_per_save": sum(len(v) for v in records.values()), "save": summary(saves),
                          "rebuild": summary(rebuilds), "stored": store.count()}
    return out


def measure(quick: bool = False) -> dict:
    return {"extraction": extraction(3.0 if quick else 8.0), "save": save_round_trip(3 if quick else 10)}
