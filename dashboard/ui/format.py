"""How every number, date and label reads on every page: the one house style (docs/architecture.md).

The data layer returns numbers and dates; only this module turns them into words, so a figure reads
the same in a KPI, a hover, a title and a table. No Streamlit here: pure functions, tested directly.

House style:
- money (USD millions in the data): "$6.4m", "$461.9m", "$5.8bn", "$15bn"; one decimal, a trailing
  ".0" dropped; from $1bn (after rounding: 999.95 → "$1bn") in billions;
- percent: "+40%", "+14.6%", "−7.5%", "0%": one decimal, a trailing ".0" dropped;
- the minus sign is always "−" (U+2212), never the hyphen "-";
- dates as precise as the source: "21 Oct 2025", "Oct 2025", "2025";
- year ranges: "2004–2026", one year as "2024";
- a missing value is "—".
"""
from __future__ import annotations

import math
import re

import pandas as pd

from dashboard.data import targets as tg
from dashboard.data.countries import FOCUS_DEFAULT, short_name
from dashboard.data.trade import SIDE_FOCUS, SIDE_PARTNER

MINUS = "\u2212"
MISSING = "—"
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _trim(number: float, decimals: int = 1) -> str:
    """'5.8', '15' (a trailing .0 dropped), with thousands separators."""
    text = f"{number:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def minus(text: str) -> str:
    """A leading hyphen-minus as the typographic minus sign."""
    return MINUS + text[1:] if text.startswith("-") else text


def usd(value_m) -> str:
    """USD millions as a reader says them: '$6.4m', '$461.9m', '$5.8bn', '−$12m'; '—' when missing."""
    if _missing(value_m):
        return MISSING
    amount = abs(float(value_m))
    if round(amount, 1) >= 1000:  # 999.95 rounds to 1000.0: "$1bn", never "$1,000m"
        number, unit = _trim(amount / 1000), "bn"
    else:  # below $1m two decimals, so a small pair's $0.04m is not "$0m"
        number, unit = _trim(amount, 2 if amount < 1 else 1), "m"
    sign = MINUS if value_m < 0 and number != "0" else ""
    return f"{sign}${number}{unit}"


def usd_range(low_m, high_m) -> str:
    """Two amounts as one range: '$221–258.3m', '$2–4.5bn', '$500m–1.2bn'; one amount when they are equal."""
    if _missing(low_m) or _missing(high_m):
        return usd(high_m if _missing(low_m) else low_m)
    low, high = usd(low_m), usd(high_m)
    if low == high:
        return low
    if low_m < 0 or high_m < 0:
        return f"{low} to {high}"
    low_unit = "bn" if low.endswith("bn") else "m"
    high_unit = "bn" if high.endswith("bn") else "m"
    if low_unit == high_unit:
        low = low.removesuffix(low_unit)
    return f"{low}–{high.removeprefix('$')}"


def pct(value, signed: bool = True) -> str:
    """'+40%', '+14.6%', '−7.5%', '0%': one decimal, a trailing .0 dropped; '—' when missing."""
    if _missing(value) or (isinstance(value, float) and math.isinf(value)):
        return MISSING
    shown = _trim(abs(value))
    if shown == "0":
        return "0%"
    sign = MINUS if value < 0 else ("+" if signed else "")
    return f"{sign}{shown}%"


def date(day, precision: str = "day") -> str:
    """A date as precisely as the source gives it: '21 Oct 2025', 'Oct 2025', '2025'; '' when undated."""
    if _missing(day):
        return ""
    day = pd.Timestamp(day)
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{MONTH_ABBR[day.month - 1]} {day.year}"
    return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"


def published(text) -> str:
    """A source's publication date as written in the raw files ('2023-04-11', '2023-04', '2023') in the
    house style; any other text as given, '' when empty."""
    if _missing(text):
        return ""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(text).strip())
    if not match:
        return str(text)
    precision = "day" if match[3] else "month" if match[2] else "year"
    return date(pd.Timestamp(int(match[1]), int(match[2] or 1), int(match[3] or 1)), precision)


def years(span: tuple[int, int]) -> str:
    """A year range: '2004–2026', or '2024' for one year."""
    first, last = int(span[0]), int(span[1])
    return f"{first}–{last}" if first != last else str(first)


def year_runs(values) -> str:
    """[2009, 2010, 2011, 2019] -> '2009–2011, 2019' (consecutive years as one range)."""
    runs: list[list[int]] = []
    for year in sorted(set(int(y) for y in values)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(years((r[0], r[-1])) for r in runs)


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 visit', '3 visits'."""
    return f"{n} {word if int(n) == 1 else (many or word + 's')}"


def period(kind: str, label: str, start, months) -> str:
    """A trade figure's period: '2022', 'H1 2022', 'Jan–Sep 2022', 'Nov 2019', '2020–2024 total'."""
    year = label[:4]
    if kind == "year":
        return year
    if kind in ("half", "quarter"):
        return f"{label[-2:]} {year}"
    if kind == "months_to_date" and not _missing(months):
        return f"Jan–{MONTH_ABBR[int(months) - 1]} {year}"
    if kind == "month" and not _missing(start):
        return f"{MONTH_ABBR[pd.Timestamp(start).month - 1]} {year}"
    if kind == "year_to_date":
        return f"{year} so far"
    if kind == "cumulative":
        return label.split(" ")[0].replace("-", "–") + " total"
    if kind == "current_level":
        return f"{year} ('current level')"
    return label


PERIOD_COLUMNS = ["period_kind", "period", "period_start", "months"]


def with_period_labels(rows: pd.DataFrame) -> pd.DataFrame:
    """Trade rows with `period_label`, worded once per distinct period (a big table repeats a few
    hundred periods millions of times)."""
    periods = rows[PERIOD_COLUMNS]
    distinct = periods.drop_duplicates()
    labels = distinct.assign(period_label=pd.array(
        [period(*values) for values in distinct.itertuples(index=False)], dtype="str"))
    # A left merge keeps the rows' order; missing keys (NaT, <NA>) match each other, as wanted here.
    merged = periods.merge(labels, on=PERIOD_COLUMNS, how="left")["period_label"].array
    return rows.assign(period_label=pd.Series(merged, index=rows.index, dtype="str"))


def side(which: str, counterpart: str, focus: str = FOCUS_DEFAULT) -> str:
    """Whose count a figure is: "Azerbaijan's figure", "Kazakhstan's figure"."""
    if which == SIDE_FOCUS:
        return f"{short_name(focus)}'s figure"
    if which == SIDE_PARTNER:
        return f"{short_name(counterpart)}'s figure"
    return "a third party's figure"


VISIT_TYPES = {"state": "State visit", "official": "Official visit", "working": "Working visit",
               "summit": "Summit", "other": "Visit (type not stated)"}


def visit_type(kind: str) -> str:
    return VISIT_TYPES.get(kind, str(kind))


def visit_place(row) -> str:
    """'Astana, Kazakhstan' (the city when the source names one)."""
    return ", ".join(p for p in (row["city"], short_name(row["host_iso3"])) if p)


def visitor_detail(row) -> str:
    """'(President, Azerbaijan)', or '(Azerbaijan)' when the source gives no role."""
    country = short_name(row["visitor_iso3"])
    return f"({row['visitor_role']}, {country})" if row["visitor_role"] else f"({country})"


def visit_date(row) -> str:
    return date(row["start_date"], row["date_precision"])


def meeting_label(row) -> str:
    """One meeting in a line: 'Summit in Gabala, Azerbaijan — 7 Oct 2025' or
    'Ilham Aliyev (President) to Astana, Kazakhstan (State visit) — 21 Oct 2025'."""
    if row["is_summit"]:
        return f"Summit in {visit_place(row)} — {visit_date(row)}"
    role = f" ({row['visitor_role']})" if row["visitor_role"] else ""
    return f"{row['visitor']}{role} to {visit_place(row)} ({visit_type(row['visit_type'])}) — {visit_date(row)}"


def source_line(row) -> str:
    """'Source: Trend, 21 Oct 2025'."""
    when = published(row["published"])
    return f"Source: {row['publisher']}" + (f", {when}" if when else "")


def why_not_tracked(row) -> str:
    """Why a target is not measured against the series, from its reason code (dashboard.data.targets)."""
    why = row["why_not_tracked"]
    if why == tg.OTHER_PAIR:
        sides = " and ".join(dict.fromkeys(short_name(c) for c in (row["a_iso3"], row["b_iso3"])))
        return f"a target for {sides}, not for {short_name(row['focus_iso3'])}'s trade with one partner"
    if why == tg.GROUP_TARGET:
        return f"a target for trade with a group ({short_name(row['partner_iso3'])}), which has no annual series here"
    return {tg.NOT_TURNOVER: "not a trade-turnover target", tg.NO_VALUE: "no dollar value was stated",
            tg.ZERO_VALUE: "a target of zero has no share to measure"}.get(why, str(why))


def target_summary(row) -> str:
    """Where a stated target stands, in one plain sentence (plain text: the page escapes it)."""
    status, target_year = row["status"], row["target_year"]
    if status == tg.NOT_TRACKED:
        return f"Not tracked: {why_not_tracked(row)}."
    if _missing(row["latest_year"]):
        latest = "no full-year figure on record"
    else:
        share = pct(row["latest_usd_m"] / row["value_usd_m"] * 100, signed=False) if row["value_usd_m"] else MISSING
        latest = f"latest full year {usd(row['latest_usd_m'])} ({int(row['latest_year'])}), {share} of the target"
    if status == tg.OPEN:
        growth, left = row["required_growth_pct"], row["years_left"]
        if not _missing(row["latest_usd_m"]) and row["latest_usd_m"] == 0:
            return f"Open until {target_year}: {latest}; no yearly growth rate can start from zero."
        if _missing(growth) or _missing(left) or int(left) < 1:
            return f"Open until {target_year}: {latest}."
        return (f"Open until {target_year}: {latest}; needs {pct(growth, signed=False)} growth a year "
                f"for {plural(int(left), 'year')}.")
    if status == tg.REACHED:
        return f"Reached: {latest}."
    if status == tg.NO_DEADLINE:
        return f"No deadline given: {latest}."
    if status in (tg.MET, tg.MISSED):
        return f"Deadline {target_year} passed, {status}: {usd(row['judged_usd_m'])} in {row['judged_years'][0]}."
    judged = " and ".join(str(y) for y in row["judged_years"])
    if status in (tg.LIKELY_MET, tg.LIKELY_MISSED):
        return (f"Deadline {target_year} passed, {status}: no figure for {target_year}; "
                f"{judged} {'were' if len(row['judged_years']) > 1 else 'was'} "
                f"{'above' if status == tg.LIKELY_MET else 'below'} the target.")
    if row["deadline_passed"]:
        return f"Deadline {target_year} passed; no full-year figure for {target_year} to judge by ({latest})."
    return f"Open until {target_year}: {latest}."


def why_no_quote(result) -> str:
    """What to do when no quote matches (a dashboard.data.quote_search.SearchResult): blame the words or
    the filters, whichever it is."""
    widen = "remove a speaker, topic or country above, or widen the countries and years in the sidebar."
    if not result.terms:
        return widen[0].upper() + widen[1:]
    if result.text_matches:
        return f"The search words alone find {plural(result.text_matches, 'quote')}: {widen}"
    return "No quote has these words. Try fewer or shorter ones (“brother” also finds “brotherly”), or " + widen


def documents_label(row) -> str:
    """A visit's documents as reported: '14', 'more than 20; also reported: 10 (Kazinform)',
    '7 (announced before the visit)', 'not given' (from `visits.timeline_rows` / `documents_report`)."""
    if _missing(row["documents_signed"]):
        return "not given"
    count = int(row["documents_signed"])
    label = f"more than {count}" if row["documents_more_than"] else str(count)
    if row["documents_announced"]:
        label += " (announced before the visit)"
    if len(row["documents_reported"]):
        label += "; also reported: " + ", ".join(f"{n}" + (f" ({who})" if who else "") for n, who in row["documents_reported"])
    return label
