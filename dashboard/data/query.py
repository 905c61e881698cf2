"""Pure filters the pages call: frames in, frames out. No Streamlit, no I/O."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

# Which columns hold the countries a row is "about", per table.
COUNTRY_COLUMNS: dict[str, tuple[str, ...]] = {
    "trade": ("reporter_iso3", "partner_iso3"),
    "visits": ("visitor_iso3", "host_iso3"),
    "targets": ("a_iso3", "b_iso3"),
    "quotes": ("speaker_iso3", "mentioned_iso3"),
    "countries": ("iso3",),
}
YEAR_COLUMNS: dict[str, str] = {"trade": "year", "visits": "year", "quotes": "year", "targets": "stated_year"}


def involving(frame: pd.DataFrame, codes: Iterable[str], columns: Sequence[str]) -> pd.Series:
    """Rows whose country columns (plain codes or tuples of codes) name any of `codes`."""
    wanted = set(codes)
    mask = pd.Series(False, index=frame.index)
    for column in columns:
        values = frame[column]
        if len(values) and isinstance(values.iloc[0], tuple):
            mask |= values.map(lambda codes_: bool(wanted.intersection(codes_)))
        else:
            mask |= values.isin(wanted)
    return mask


def in_years(frame: pd.DataFrame, years: tuple[int, int], column: str = "year") -> pd.Series:
    """Rows within an inclusive year range; rows with no year (e.g. a target never dated) are kept."""
    lo, hi = years
    values = pd.to_numeric(frame[column], errors="coerce")
    return values.isna() | values.between(lo, hi)


def filter_table(name: str, frame: pd.DataFrame, countries: Sequence[str] = (), years: tuple[int, int] | None = None) -> pd.DataFrame:
    """The rows of one table under the global filters (no countries selected = all countries)."""
    mask = pd.Series(True, index=frame.index)
    if countries and name in COUNTRY_COLUMNS:
        mask &= involving(frame, countries, COUNTRY_COLUMNS[name])
    if years and name in YEAR_COLUMNS:
        frame = frame if YEAR_COLUMNS[name] in frame.columns else with_stated_year(frame)
        mask &= in_years(frame, years, YEAR_COLUMNS[name])
    return frame[mask]


def with_stated_year(targets: pd.DataFrame) -> pd.DataFrame:
    """Targets are dated by when they were stated; a target without that date keeps its target year."""
    stated = pd.to_numeric(targets["stated_on"].str[:4], errors="coerce")
    return targets.assign(stated_year=stated.fillna(targets["target_year"].astype("float64")))


def sources_of(sources: pd.DataFrame, *frames: pd.DataFrame) -> pd.DataFrame:
    """The sources cited by exactly the given rows."""
    ids: set[str] = set()
    for frame in frames:
        if "source_id" in frame.columns:
            ids.update(frame["source_id"])
    return sources[sources["source_id"].isin(ids)]


def year_bounds(*frames: pd.DataFrame) -> tuple[int, int]:
    """The widest year range the tables cover (for the global years filter)."""
    years = pd.concat([f["year"] for f in frames if "year" in f.columns and len(f)], ignore_index=True)
    return (int(years.min()), int(years.max())) if len(years) else (2004, 2026)


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV of exactly these rows; tuple columns (lists of codes) joined with ';'."""
    out = frame.copy()
    for column in out.columns:
        if len(out) and isinstance(out[column].iloc[0], tuple):
            out[column] = out[column].map(";".join)
        elif pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
        if pd.api.types.is_string_dtype(out[column]) or out[column].dtype == object:
            out[column] = out[column].map(_defuse_formula)
    return out.to_csv(index=False).encode("utf-8")


def _defuse_formula(value):
    """Spreadsheets run cells starting with = + - @ as formulas; a leading ' keeps them text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
