"""What extraction proposes: records in the raw-CSV shape of a table, each with where it came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from dashboard.data.readers import OPTIONAL, REQUIRED

TABLE_ORDER = ("quotes", "visits", "trade", "targets")


@dataclass(frozen=True)
class Article:
    text: str
    date: date
    url: str = ""
    outlet: str = ""
    language: str = "en"
    title: str = ""


@dataclass
class Proposal:
    """One proposed row: `record` has the raw file's columns; span is [start, end) in the article text."""
    table: str
    record: dict[str, str]
    span: tuple[int, int]
    rule: str
    confidence: float
    evidence: str = ""
    extra_spans: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"table": self.table, "record": dict(self.record), "span": list(self.span), "rule": self.rule,
                "confidence": round(self.confidence, 2), "evidence": self.evidence}


@lru_cache(maxsize=64)  # a handful of (table, extras) pairs; a record is built for every proposal
def _columns(table: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    columns = list(dict.fromkeys([*REQUIRED[table], *OPTIONAL]))
    return tuple(columns + [c for c in extra if c not in columns])


def raw_columns(table: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The raw file's columns for `table` (from readers.py, the one home of the raw format), then extras."""
    return list(_columns(table, extra))


_SOURCE = ("source_url", "source_published", "source_publisher", "source_title")


@lru_cache(maxsize=64)
def _blank(table: str, extra: tuple[str, ...]) -> tuple[dict[str, str], tuple[str, ...]]:
    """An empty record of `table` (copied for each new one) and which source columns it has."""
    blank = dict.fromkeys(_columns(table, extra), "")
    return blank, tuple(k for k in _SOURCE if k in blank)


def raw_record(table: str, article: Article, **values: str) -> dict[str, str]:
    """A record with every raw column of `table` ("" when not given) and the article as its source."""
    blank, source_columns = _blank(table, tuple(values))
    record = blank.copy()  # the columns in their order, as dict.fromkeys made them
    source = {"source_url": article.url, "source_published": article.date.isoformat(),
              "source_publisher": article.outlet, "source_title": article.title}
    for k in source_columns:
        record[k] = source[k]
    for k, v in values.items():
        record[k] = str(v)
    return record
