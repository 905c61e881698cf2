"""read -> validate -> normalise: the raw files become the tidy, typed tables (docs/architecture.md).

Rows that fail validation are left out of the tables and listed in `Tables.problems` (file, line,
field, reason), so the app keeps serving the good rows while `check` fails loudly.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from . import countries, dots
from .dates import ended_by_publication, published_columns
from .paths import RAW_DIR, display_path
from .periods import parse_partial_date, parse_period
from .readers import OPTIONAL, RENAMES, TABLES, RawFileError, read_raw
from .problems import Problem
from .sources import kind_from_stated_by, language_of, publisher_of, source_id
from .text import fold

SOURCE_COLUMNS = ["source_id", "source_url", "publisher", "publisher_type", "published", "published_date",
                  "published_precision", "source_kind"]


@dataclass(frozen=True)
class Tables:
    countries: pd.DataFrame
    sources: pd.DataFrame
    trade: pd.DataFrame
    visits: pd.DataFrame
    targets: pd.DataFrame
    quotes: pd.DataFrame
    problems: tuple[Problem, ...] = field(default=())
    # Results computed from these very tables ahead of time (dashboard/data/prebuilt.py), by key; empty
    # for tables built at run time. Never part of equality: it only saves recomputing.
    derived: dict = field(default_factory=dict, compare=False, repr=False)

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


def _provenance(frame: pd.DataFrame, kind_of_row) -> pd.DataFrame:
    """Source columns for every row: link, publisher (from the link's domain, else as given), kind."""
    out = pd.DataFrame(index=frame.index)
    url = frame["source_url"]
    given = frame["publisher"]
    by_link = url.map(lambda u: publisher_of(u) if u else None)
    out["source_id"] = [source_id(u, p, d, t) for u, p, d, t in zip(url, given, frame["published"], frame["title"])]
    out["source_url"] = url
    out["publisher"] = [g or (p.name if p else "unknown publisher") for g, p in zip(given, by_link)]
    out["publisher_type"] = [p.type if p else "news" for p in by_link]
    out["published"] = frame["published"]
    out = out.join(published_columns(frame["published"]))
    out["source_kind"] = [kind_of_row(row, p) for row, p in zip(frame.to_dict("records"), by_link)]
    out["title"] = frame["title"]
    out["language"] = [language_of(u) if u else "en" for u in url]
    return out


def _kind_by_publisher(_row: dict, publisher) -> str:
    return "official_statement" if publisher is not None and publisher.type == "official" else "media"


def _kind_by_stated_by(row: dict, _publisher) -> str:
    return kind_from_stated_by(row["stated_by"])


# A row's identity: everything that tells two figures or two publications apart (the publication by its
# link, or by publisher, title and date when it has none), so only a true duplicate shares an id. A
# visit's id is the visit itself (date, visitor, host, city): two reports of one visit are one meeting.
PUBLICATION = ["source_url", "publisher", "title", "published"]
TRADE_IDENTITY = ["reporter", "partner", "period", "flow", "scope", "value_usd_m", "value_qualifier", "growth_pct",
                  "stated_by", *PUBLICATION]
TARGET_IDENTITY = ["a", "b", "metric", "value_usd_m", "value_qualifier", "target_year", "stated_by", "stated_on",
                   *PUBLICATION]


def _trade(raw: pd.DataFrame, prov: pd.DataFrame) -> pd.DataFrame:
    periods = raw["period"].map(parse_period)
    out = pd.DataFrame({
        "row_id": [("t-" + _short_hash(*r)) for r in raw[TRADE_IDENTITY].itertuples(index=False)],
        "reporter_iso3": raw["reporter"].map(countries.resolve),
        "partner_iso3": raw["partner"].map(countries.resolve),
        "period": raw["period"],
        "period_kind": periods.map(lambda p: p.kind),
        "year": periods.map(lambda p: p.year).astype("int64"),
        "period_start": pd.to_datetime(periods.map(lambda p: p.start)),
        "period_end": pd.to_datetime(periods.map(lambda p: p.end)),
        "months": pd.array(periods.map(lambda p: p.months), dtype="Int64"),
        "flow": raw["flow"],
        "value_usd_m": raw["value_usd_m"].astype(float),
        "growth_pct": pd.to_numeric(raw["growth_pct"].replace("", None)).astype("Float64"),
        "stated_by": raw["stated_by"],
        "note": raw["note"],
    })
    # A full year for a series: a calendar year that had ended by today and by the publication
    # (a "2026" figure while 2026 runs, or a "2016" figure published in November 2016, is part of a year).
    out.insert(out.columns.get_loc("months") + 1, "full_year",
               out["period_kind"].eq("year") & out["period_end"].le(pd.Timestamp(date.today()))
               & ended_by_publication(out["period_end"], prov["published_date"]))
    out["is_group"] = out["partner_iso3"].str.startswith("GRP_") | out["reporter_iso3"].str.startswith("GRP_")
    # The markers are explicit raw columns (data/raw/README.md); the booleans serve existing callers.
    out["non_oil"] = raw["scope"].eq("non-oil")
    out["flagged"] = raw["flag_reason"].ne("")
    out["approx"] = raw["value_qualifier"].ne("exact")
    out["value_qualifier"] = raw["value_qualifier"]
    out["scope"] = raw["scope"]
    out["flag_reason"] = raw["flag_reason"]
    return out.join(prov[SOURCE_COLUMNS]).assign(line=raw["_line"])


def _dates(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    parsed = series.map(lambda t: parse_partial_date(t) if t else (None, ""))
    return pd.to_datetime(parsed.map(lambda p: p[0])), parsed.map(lambda p: p[1])


def _visits(raw: pd.DataFrame, prov: pd.DataFrame) -> pd.DataFrame:
    start, precision = _dates(raw["start_date"])
    end, _ = _dates(raw["end_date"])
    out = pd.DataFrame({
        "visit_id": [("v-" + _short_hash(*r)) for r in raw[["start_date", "visitor", "host_country", "city"]].itertuples(index=False)],
        "start_date": start, "date_precision": precision, "end_date": end,
        "year": start.dt.year.astype("int64"),
        "visitor": raw["visitor"], "visitor_role": raw["visitor_role"],
        "visitor_iso3": raw["visitor_country"].map(countries.resolve),
        "host_iso3": raw["host_country"].map(countries.resolve),
        "city": raw["city"], "visit_type": raw["visit_type"],
        "documents_signed": pd.array(raw["documents_signed"].map(lambda t: int(t) if t else None), dtype="Int64"),
        "summary": raw["summary"],
    })
    out["is_summit"] = out["visit_type"].eq("summit")
    return out.join(prov[SOURCE_COLUMNS]).assign(line=raw["_line"])


def _targets(raw: pd.DataFrame, prov: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({
        "target_id": [("g-" + _short_hash(*r)) for r in raw[TARGET_IDENTITY].itertuples(index=False)],
        "a_iso3": raw["a"].map(countries.resolve), "b_iso3": raw["b"].map(countries.resolve),
        "metric": raw["metric"],
        "value_usd_m": pd.to_numeric(raw["value_usd_m"].replace("", None)).astype("Float64"),
        "value_qualifier": raw["value_qualifier"],
        "target_year": pd.array(raw["target_year"].map(lambda t: int(t) if t else None), dtype="Int64"),
        "stated_by": raw["stated_by"], "stated_on": raw["stated_on"], "note": raw["note"],
    })
    return out.join(prov[SOURCE_COLUMNS]).assign(line=raw["_line"])


def quote_id(date: str, speaker: str, text: str) -> str:
    """Stable quote id: depends only on the quote's own date, speaker and words (folded)."""
    return "q-" + _short_hash(date.strip(), fold(speaker), fold(text))


def _split_codes(text: str) -> tuple[str, ...]:
    codes = [countries.resolve(p.strip()) for p in text.split(";") if p.strip()]
    return tuple(dict.fromkeys(codes))


def _quotes(raw: pd.DataFrame, prov: pd.DataFrame) -> pd.DataFrame:
    day, precision = _dates(raw["date"])
    out = pd.DataFrame({
        "quote_id": [quote_id(d, s, t) for d, s, t in zip(raw["date"], raw["speaker"], raw["text"])],
        "date": day, "date_label": raw["date"], "date_precision": precision,
        "year": day.dt.year.astype("int64"),
        "speaker": raw["speaker"], "speaker_role": raw["speaker_role"],
        "speaker_iso3": raw["speaker_country"].map(countries.resolve),
        "text": raw["text"],
        "language": raw["language"].replace("", "en"),
        "topics": raw["topic"].map(lambda t: tuple(p.strip() for p in t.split(";") if p.strip())),
        "mentioned_iso3": raw["mentioned"].map(_split_codes),
    })
    return out.join(prov[SOURCE_COLUMNS]).assign(line=raw["_line"])


NORMALISERS = {"trade": _trade, "visits": _visits, "targets": _targets, "quotes": _quotes}
KIND_RULES = {"trade": _kind_by_stated_by, "targets": _kind_by_stated_by,
              "visits": _kind_by_publisher, "quotes": _kind_by_publisher}


def provenance_of(name: str, raw: pd.DataFrame) -> pd.DataFrame:
    """Source columns of a raw table, computed once and shared by the table and the sources list."""
    if name == "targets":  # a target's page date, when not given, is the day it was stated
        raw = raw.assign(published=raw["published"].where(raw["published"] != "", raw["stated_on"]))
    return _provenance(raw, KIND_RULES[name])


def normalise(name: str, raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(table, provenance) of a validated raw table."""
    prov = provenance_of(name, raw)
    return NORMALISERS[name](raw, prov), prov
ID_COLUMNS = {"trade": "row_id", "visits": "visit_id", "targets": "target_id", "quotes": "quote_id"}


def _drop_duplicates(name: str, table: pd.DataFrame, shown: str) -> tuple[pd.DataFrame, list[Problem]]:
    id_column = ID_COLUMNS[name]
    dupes = table[table.duplicated(id_column, keep="first")]
    first_line = table.drop_duplicates(id_column).set_index(id_column)["line"]
    problems = [Problem(shown, int(row.line), id_column, f"duplicate of the row on line {first_line[getattr(row, id_column)]}; left out")
                for row in dupes.itertuples()]
    return table.drop(dupes.index), problems


def _periods_after_publication(trade: pd.DataFrame, shown: str) -> list[Problem]:
    """A figure cannot cover a period that ends after its publication: it is a part-year figure or a
    forecast, so its period label is wrong. Reported for the curator; the row stays, never as a full
    year. A "current level" statement is exempt: it gives the level when said, not a finished period."""
    late = trade[trade["period_end"].notna() & trade["period_kind"].ne("current_level")
                 & ~ended_by_publication(trade["period_end"], trade["published_date"])]
    return [Problem(shown, int(row.line), "period",
                    f"ends {row.period_end:%Y-%m-%d}, after the publication date {row.published}: a part-year "
                    f"figure or a forecast; label its real span (e.g. {row.year}-YTD or {row.year}-10M). "
                    "The row is kept, never as a full year", row.period)
            for row in late.itertuples()]


def _sources(provenances: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per source page (or unlinked publication), with the kinds of rows that cite it."""
    parts = [prov.assign(table=name) for name, prov in provenances.items() if not prov.empty]
    if not parts:
        return pd.DataFrame(columns=["source_id", "url", "publisher", "publisher_type", "published", "published_date",
                                     "published_precision", "title", "language", "kinds", "tables", "rows"])
    every = pd.concat(parts, ignore_index=True)
    grouped = every.groupby("source_id", sort=False)
    out = grouped.agg(
        url=("source_url", "first"), publisher=("publisher", "first"), publisher_type=("publisher_type", "first"),
        published=("published", lambda s: next((v for v in s if v), "")), title=("title", "first"),
        language=("language", "first"),
        kinds=("source_kind", lambda s: "; ".join(sorted(set(s), key=lambda k: ["official_statistics", "official_statement", "media"].index(k)))),
        tables=("table", lambda s: "; ".join(dict.fromkeys(s))), rows=("table", "size"),
    ).reset_index()
    dated = published_columns(out["published"])
    out.insert(out.columns.get_loc("published") + 1, "published_date", dated["published_date"])
    out.insert(out.columns.get_loc("published_date") + 1, "published_precision", dated["published_precision"])
    return out.sort_values(["publisher", "published", "url"], ignore_index=True)


DATABASE = "database"  # how problems name rows users added through the app (line = the stored row id)


def _checked(name: str, raw: pd.DataFrame, shown: str, problems: list[Problem]):
    """Validate, normalise and de-duplicate one raw frame; (table, provenance) or None when no row is left."""
    from .schemas import validate  # pandera: only when something is built, not when a prebuilt copy is read

    found = validate(name, raw, shown)
    problems.extend(found)
    raw = raw[~raw["_line"].isin({p.line for p in found})].reset_index(drop=True)
    if raw.empty:
        return None
    table, prov = normalise(name, raw)
    table, dupes = _drop_duplicates(name, table, shown)
    problems.extend(dupes)
    if name == "trade":
        problems.extend(_periods_after_publication(table, shown))
    kept = raw["_line"].isin(table["line"])
    return table.reset_index(drop=True), prov[kept].assign(_line=raw.loc[kept, "_line"])


def _stored_raw(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Rows from the store (raw column names, `_line` = row id) in the shape read_raw gives."""
    frame = frame.copy()
    for column in OPTIONAL:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame.fillna("").rename(columns=RENAMES[name])
    return frame.astype({c: "str" for c in frame.columns if c != "_line"}).reset_index(drop=True)


def _add_stored(name: str, table: pd.DataFrame, extra: pd.DataFrame, problems: list[Problem]):
    """The store's rows validated by the same schemas; a row that repeats an existing one is left out."""
    checked = _checked(name, _stored_raw(name, extra), DATABASE, problems)
    if checked is None:
        return table, None
    added, prov = checked
    id_column = ID_COLUMNS[name]
    first_line = table.set_index(id_column)["line"] if not table.empty else pd.Series(dtype="int64")
    repeats = added[id_column].isin(first_line.index)
    problems.extend(Problem(DATABASE, int(row.line), id_column,
                            f"repeats the row on line {first_line[getattr(row, id_column)]} of the curated file; left out")
                    for row in added[repeats].itertuples())
    kept = added[~repeats]
    return pd.concat([table, kept], ignore_index=True) if not table.empty else kept.reset_index(drop=True), \
        prov[prov["_line"].isin(kept["line"])]


def build_tables(raw_dir: Path = RAW_DIR, extra_raw: dict[str, pd.DataFrame] | None = None) -> Tables:
    """All tables from the raw files, plus rows users added (`extra_raw`: table -> frame with the raw
    columns and `_line` = stored row id). Bad rows and unreadable files become problems, not exceptions."""
    problems: list[Problem] = []
    frames: dict[str, pd.DataFrame] = {}
    kept_provenance: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        shown = display_path(Path(raw_dir) / f"{name}.csv")
        frames[name] = _empty(name)
        try:
            read = read_raw(name, raw_dir)
        except RawFileError as exc:
            problems.append(Problem(shown, exc.line, "file", exc.message + "; the whole table is left out"))
            read = None
        if read is not None:
            problems.extend(Problem(shown, p.line, "row", p.message) for p in read.problems)
            checked = _checked(name, read.frame, shown, problems)
            if checked is not None:
                frames[name], kept_provenance[name] = checked
        extra = (extra_raw or {}).get(name)
        if extra is not None and not extra.empty:
            frames[name], stored_prov = _add_stored(name, frames[name], extra, problems)
            if stored_prov is not None:
                kept_provenance[name] = pd.concat([kept_provenance.get(name), stored_prov], ignore_index=True)
    imported = dots.trade_rows(dots.load_dots(Path(raw_dir) / dots.DOTS_DIR.name / dots.TIDY_FILE))
    frames["trade"] = _with_statistics(frames["trade"], imported)
    sources = _sources(kept_provenance)
    if len(imported):
        sources = pd.concat([sources, dots.source_row(len(imported))], ignore_index=True)
    return Tables(countries=countries.countries_frame(), sources=sources, problems=tuple(problems), **frames)


def _with_statistics(curated: pd.DataFrame, imported: pd.DataFrame) -> pd.DataFrame:
    """The curated figures and the imported official statistics (IMF DOTS) in one trade table; curated
    rows are never estimates. Kept side by side: the series rule chooses, nothing is dropped."""
    curated = curated.assign(estimate=False, estimate_reason="")
    if imported.empty:
        return curated.astype({"estimate_reason": "str"})
    return pd.concat([curated, imported], ignore_index=True)


def _empty(name: str) -> pd.DataFrame:
    """A typed empty table (same columns as a built one), for when a whole file is unreadable."""
    sample = {
        "trade": dict(reporter="Azerbaijan", partner="Türkiye", period="2022", flow="turnover", scope="all goods", value_usd_m="1",
                      value_qualifier="exact", growth_pct="", stated_by="x", note="", flag_reason=""),
        "visits": dict(start_date="2022-01-01", end_date="", visitor="x", visitor_role="", visitor_country="Azerbaijan", host_country="Türkiye", city="", visit_type="other", documents_signed="", summary="x"),
        "targets": dict(a="Azerbaijan", b="Türkiye", metric="x", value_usd_m="", value_qualifier="exact", target_year="",
                        stated_by="x", stated_on="", note=""),
        "quotes": dict(date="2022", speaker="x", speaker_role="", speaker_country="Azerbaijan", text="x", topic="politics", mentioned="", language="en"),
    }[name]
    one = pd.DataFrame([{**sample, "source_url": "https://example.org", "published": "", "publisher": "", "title": "", "_line": 0}])
    return normalise(name, one)[0].iloc[0:0]
