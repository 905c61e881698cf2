"""Visits and summits: who met whom, when, and how many documents were signed (with disagreements).

A *meeting* (an event) is one bilateral visit row, or one summit: summit rows with the same host
country in the same month are one summit, attended by every listed visitor and the host. Documents
signed at a summit are counted once per summit (the largest count its rows report), not once per
attending leader.

A visit's documents count is the row's `documents_signed`; its summary can tell more: "more than
20", "planned for signing" (the count announced before the visit), or another outlet's count
("Kazinform reported 10"). A row whose summary gives a different count is *disputed*: both counts
are shown, never averaged.
"""
from __future__ import annotations

import re

import pandas as pd

from . import countries
from .countries import FOCUS_DEFAULT

TYPE_ORDER = ("summit", "state", "official", "working", "other")
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"
_DOC_COUNT = re.compile(
    r"(?P<qual>more than|over|at least)?\s*['‘’]?\b" + _NUMBER.replace("(", "(?P<n>", 1)
    + r"['‘’]?\s+(?:[\w/-]+\s+){0,2}?(?:documents?|agreements?)\b(?P<after>[^;,.()]{0,30})",
    re.IGNORECASE)
_REPORTED = re.compile(r"(?P<who>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?) reported (?P<n>\d+)")
_ANNOUNCED = ("planned", "forecast", "announced", "prepared", "expected")


def _as_int(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def documents_report(documents_signed, summary: str) -> dict:
    """One visit's documents count as reported: whether the source said "more than", whether it was
    announced before the visit, other counts in the summary (count, who), and the range of counts.
    Numbers and flags only; dashboard/ui/format.py words them."""
    if pd.isna(documents_signed):
        return {"documents_more_than": False, "documents_announced": False, "documents_reported": (),
                "documents_low": pd.NA, "documents_high": pd.NA, "documents_disputed": False, "documents_other": ""}
    count = int(documents_signed)
    more_than, announced, others = False, False, {}
    for match in _DOC_COUNT.finditer(summary or ""):
        n = _as_int(match["n"])
        if n == count:
            more_than |= bool(match["qual"])
            announced |= any(word in (match["after"] or "").lower() for word in _ANNOUNCED)
        elif match["qual"] is None and not any(w in (match["after"] or "").lower() for w in _ANNOUNCED):
            others.setdefault(n, "")
    for match in _REPORTED.finditer(summary or ""):
        if int(match["n"]) != count:
            others[int(match["n"])] = match["who"]
    values = [count, *others]
    return {"documents_more_than": more_than, "documents_announced": announced,
            "documents_reported": tuple(sorted(others.items())), "documents_low": min(values),
            "documents_high": max(values), "documents_disputed": bool(others),
            "documents_other": "; ".join(str(n) for n in sorted(others))}


def with_partner(visits: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Add `partner_iso3` (the side that is not `focus`), `direction` and `is_visit` (not a hosted summit)."""
    visitor, host = visits["visitor_iso3"], visits["host_iso3"]
    partner = host.where(visitor == focus, visitor)
    # Codes, not words (the UI words them): to_focus, from_focus, hosted (a summit the focus hosted), between_others.
    direction = pd.Series("between_others", index=visits.index, dtype="string")
    direction = direction.mask(host == focus, "to_focus")
    direction = direction.mask(visitor == focus, "from_focus")
    direction = direction.mask((visitor == focus) & (host == focus), "hosted")
    return visits.assign(partner_iso3=partner, direction=direction, is_visit=visitor != host)


def event_ids(visits: pd.DataFrame) -> pd.Series:
    """The meeting each row belongs to: a summit (host and month) or the visit itself."""
    month = visits["start_date"].dt.strftime("%Y-%m")
    summit = "summit:" + visits["host_iso3"] + ":" + month
    return summit.where(visits["is_summit"], "visit:" + visits["visit_id"])


def timeline_rows(visits: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """The visits shown on the Visits page, oldest first, with partner, labels and documents as reported."""
    rows = with_partner(visits, focus)
    docs = pd.DataFrame([documents_report(d, s) for d, s in zip(rows["documents_signed"], rows["summary"])],
                        index=rows.index, columns=["documents_more_than", "documents_announced", "documents_reported",
                                                   "documents_low", "documents_high", "documents_disputed",
                                                   "documents_other"])
    rows = rows.assign(
        visitor_country=rows["visitor_iso3"].map(countries.short_name),
        host_country=rows["host_iso3"].map(countries.short_name),
        partner_country=rows["partner_iso3"].map(countries.short_name),
        event_id=event_ids(rows),
    ).join(docs)
    for column in ("documents_low", "documents_high"):
        rows[column] = rows[column].astype("Int64")
    rows["documents_disputed"] = rows["documents_disputed"].astype(bool)
    return rows.sort_values(["start_date", "visitor"], kind="stable").reset_index(drop=True)


def events(visits: pd.DataFrame, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per meeting: date, host, summit or not, attendees, documents (counted once) and its rows.

    `rows` may pass `timeline_rows(visits)` when the caller has them already.
    """
    columns = ["event_id", "start_date", "host_iso3", "is_summit", "attendees", "documents", "documents_low",
               "documents_high", "visit_ids"]
    if visits.empty:
        return pd.DataFrame(columns=columns)
    rows = timeline_rows(visits) if rows is None else rows
    # With several rows for one summit, the range runs from the smallest count any row gives.
    out = rows.groupby("event_id", sort=False).agg(
        start_date=("start_date", "min"), host_iso3=("host_iso3", "first"), is_summit=("is_summit", "first"),
        documents=("documents_signed", "max"), documents_low=("documents_low", "min"),
        documents_high=("documents_high", "max"), visit_ids=("visit_id", tuple),
        visitors=("visitor_iso3", tuple), hosts=("host_iso3", tuple)).reset_index()
    out["attendees"] = [tuple(sorted(set(v) | set(h))) for v, h in zip(out["visitors"], out["hosts"])]
    for column in ("documents", "documents_low", "documents_high"):
        out[column] = out[column].astype("Int64")
    return out[columns].sort_values("start_date", kind="stable").reset_index(drop=True)


def documents_total(visits: pd.DataFrame, context: pd.DataFrame | None = None) -> dict:
    """Documents signed at these rows' meetings (summits once): as reported, and the range sources allow.

    `context` (e.g. every visit in the selected years) lets a summit count the documents its host's
    row reports even when a country filter left that row out.
    """
    meetings = events(visits if context is None else context)
    if context is not None and len(meetings):
        wanted = set(visits["visit_id"])
        meetings = meetings[meetings["visit_ids"].map(lambda ids: bool(wanted.intersection(ids)))]
    known = meetings[meetings["documents"].notna()] if len(meetings) else meetings
    return {"total": int(known["documents"].sum()) if len(known) else 0,
            "low": int(known["documents_low"].sum()) if len(known) else 0,
            "high": int(known["documents_high"].sum()) if len(known) else 0,
            "meetings_with_count": len(known), "meetings": len(meetings)}


def disputed_documents(rows: pd.DataFrame) -> pd.DataFrame:
    """Timeline rows whose sources give different counts of documents signed."""
    return rows[rows["documents_disputed"]]


def per_year_by_partner(rows: pd.DataFrame) -> pd.DataFrame:
    """Visits (not hosted summits) per year and partner, for the small stacked chart."""
    visits = rows[rows["is_visit"]]
    counts = visits.groupby(["year", "partner_iso3"]).size().rename("visits").reset_index()
    counts["partner_country"] = counts["partner_iso3"].map(countries.short_name)
    return counts.sort_values(["year", "partner_iso3"]).reset_index(drop=True)
