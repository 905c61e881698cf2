"""What the rules propose for a small invented text, in the shapes the rule tests compare: one home for the
helpers every tests/ingest/test_round*.py file used to define for itself."""
from __future__ import annotations

from datetime import date

from dashboard.ingest import Article, propose


def pair(*names: str) -> frozenset[str]:
    """Two states in no order, as a trade figure or target names them."""
    return frozenset(names)


def quotes(text: str, day: date) -> list[tuple[str, str]]:
    """(speaker, quote) of each quote."""
    return [(p.record["speaker"], p.record["quote"]) for p in propose(Article(text, day, outlet="x"))
            if p.table == "quotes"]


def visits(text: str, day: date) -> list[tuple]:
    """(visitor, host, start, city, type) of each visit."""
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"], p.record["city"],
             p.record["visit_type"]) for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def documents(text: str, day: date) -> list[str]:
    """The documents-signed field of each visit ("" when none were told, "signed" counts as told)."""
    return [p.record["documents_signed"] for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def records(table: str, text: str, day: date) -> list[dict[str, str]]:
    """The raw rows of one table."""
    return [p.record for p in propose(Article(text, day, "https://example.org/a", "Outlet")) if p.table == table]


def trade(text: str, day: date) -> list[tuple]:
    """(pair, period, flow, value, qualifier, growth) of each trade figure."""
    return [(frozenset((r["reporter_country"], r["partner_country"])), r["period"], r["flow"],
             float(r["value_usd_million"]), r["value_qualifier"], r["growth_pct"]) for r in records("trade", text, day)]


def trade_values(text: str, day: date) -> set[tuple]:
    """(pair, period, flow, value) of each trade figure: what a test of which figure is read asserts, qualifier and
    growth left to the tests of those."""
    return {figure[:4] for figure in trade(text, day)}


def targets(text: str, day: date) -> list[tuple]:
    """(pair, value, year) of each target."""
    return [(frozenset((r["country_a"], r["country_b"])), float(r["target_value_usd_million"]), r["target_year"])
            for r in records("targets", text, day)]
