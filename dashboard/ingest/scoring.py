"""Scoring proposals against a gold set (make eval; docs/extraction.md).

- Quotes: a proposal matches a gold quote when the speaker is the same and the word overlap is at
  least 0.8 (|shared words| / |words of the longer of the two|); each gold quote matches at most once.
  Precision, recall, F1 over quotes; speaker accuracy = share of text-matched quotes (overlap ≥ 0.8,
  any speaker) whose speaker is right.
- Trade figures, visits, targets: tuples must be equal (pair unordered; values to 0.1 USD m).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from dashboard.data.countries import try_resolve
from dashboard.data.text import fold

from . import places

OVERLAP = 0.8


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    shared = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    return shared / max(len(wa), len(wb))


@dataclass
class Counts:
    true_pos: int = 0
    proposed: int = 0
    expected: int = 0

    def add(self, other: "Counts") -> None:
        self.true_pos += other.true_pos
        self.proposed += other.proposed
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.true_pos / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    quotes: Counts = field(default_factory=Counts)
    speaker_right: int = 0
    speaker_matched: int = 0
    tuples: dict[str, Counts] = field(default_factory=lambda: {"trade": Counts(), "visits": Counts(), "targets": Counts()})
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.quotes.add(other.quotes)
        self.speaker_right += other.speaker_right
        self.speaker_matched += other.speaker_matched
        for k in self.tuples:
            self.tuples[k].add(other.tuples[k])
        self.misses += other.misses

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_matched if self.speaker_matched else 1.0


def _code(name: str) -> str:
    return try_resolve(name) or name


def _num(text) -> float | None:
    if text in (None, ""):
        return None
    return round(float(text), 1)


def proposal_tuple(table: str, record: dict[str, str]) -> tuple:
    if table == "trade":
        return (frozenset((_code(record["reporter_country"]), _code(record["partner_country"]))), record["period"],
                record["flow"], _num(record["value_usd_million"]), record.get("value_qualifier", "exact"),
                _num(record["growth_pct"]))
    if table == "visits":
        # the city folded as the visitor is: "Eskisehir" and "Eskişehir" are one city, the gold spelling it either way
        return (fold(record["visitor_name"]), _code(record["host_country"]), record["start_date"], fold(record["city"]),
                record["visit_type"], None if record["documents_signed"] == "" else int(record["documents_signed"]))
    return (frozenset((_code(record["country_a"]), _code(record["country_b"]))),
            _num(record["target_value_usd_million"]), None if not record["target_year"] else int(record["target_year"]))


def gold_tuple(table: str, item: dict) -> tuple:
    if table == "trade":
        return (frozenset(item["pair"]), item["period"], item["flow"], _num(item["value"]), item["qualifier"],
                _num(item["growth"]))
    if table == "visits":
        # round 85 (k1): and put through the one English name the rules give a city (places.CITY_SPELLINGS): an
        # annotator's "Turkestan" (the older and the Russian spelling, dev/1303) is the rules' "Turkistan"
        city = places.CITY_SPELLINGS.get(item["city"], item["city"])
        return (fold(item["visitor"]), item["host"], item["start"], fold(city), item["type"], item["documents"])
    return (frozenset(item["pair"]), _num(item["value"]), item["year"])


def _shown(t: tuple) -> tuple:
    """A tuple as the misses list prints it: a pair sorted, so the docs do not change with hash order."""
    return tuple(tuple(sorted(x)) if isinstance(x, frozenset) else x for x in t)


def score(proposals: list, gold: dict, name: str = "") -> Score:
    result = Score()
    quotes = [p.record for p in proposals if p.table == "quotes"]
    expected = list(gold.get("quotes", []))
    result.quotes = Counts(0, len(quotes), len(expected))
    unmatched = list(range(len(expected)))
    for q in quotes:
        by_text = [i for i in unmatched if overlap(q["quote"], expected[i]["text"]) >= OVERLAP]
        if not by_text:
            result.misses.append(f"{name}: extra quote ({q['speaker']}): {q['quote'][:60]}")
            continue
        i = by_text[0]
        result.speaker_matched += 1
        if fold(q["speaker"]) == fold(expected[i]["speaker"]):
            result.speaker_right += 1
            result.quotes.true_pos += 1
            unmatched.remove(i)
        else:
            result.misses.append(f"{name}: wrong speaker {q['speaker']!r} for {expected[i]['speaker']!r}")
    result.misses += [f"{name}: missed quote ({expected[i]['speaker']}): {expected[i]['text'][:60]}" for i in unmatched]
    for table in ("trade", "visits", "targets"):
        got = [proposal_tuple(table, p.record) for p in proposals if p.table == table]
        want = [gold_tuple(table, item) for item in gold.get(table, [])]
        left = list(want)
        hits = 0
        for t in got:
            if t in left:
                left.remove(t)
                hits += 1
            else:
                result.misses.append(f"{name}: extra/wrong {table} {_shown(t)}")
        result.misses += [f"{name}: missed {table} {_shown(t)}" for t in left]
        result.tuples[table] = Counts(hits, len(got), len(want))
    return result
