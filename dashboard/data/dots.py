"""IMF Direction of Trade Statistics (DOTS): eight reporters' workbooks -> one tidy, committed table.

The workbooks in data/raw/imf-dots/ are a snapshot kept unchanged (PROVENANCE.toml names their
source, commit and sha256). `import_workbooks` turns them into the tidy table that is committed as
imf_dots.csv; the app reads only that CSV (`load_dots`), never the xlsx. `verify` is what
`python -m dashboard.data check` runs: it fails when a workbook's bytes or the committed table no
longer match. A damaged workbook gives Problems (file, row, sheet and cell) and the rest still loads.
Layout and caveats: docs/imf-dots.md.
"""
from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .paths import RAW_DIR, display_path
from .problems import Problem

DOTS_DIR = RAW_DIR / "imf-dots"
PROVENANCE_FILE = "PROVENANCE.toml"
TIDY_FILE = "imf_dots.csv"
SHEET_FLOWS = {"Exports, FOB": "export", "Imports, CIF": "import"}
REPORTER_ROW, YEAR_ROW, FIRST_ROW = 4, 7, 8  # the IMF export's layout, column B = names, C on = years
NAME_COLUMN, FIRST_YEAR_COLUMN = 2, 3
MARKED_E = "marked e by the IMF"
# Reporters whose every figure is an IMF estimate, whatever the cell says (docs/imf-dots.md).
NON_REPORTERS = {"TKM": "Turkmenistan does not report: IMF estimate from partners' records"}
_ESTIMATE = re.compile(r"^\s*(-?[\d,]*\.?\d+(?:[eE][-+]?\d+)?)\s+e\s*$")
COLUMNS = ["reporter_iso3", "partner_iso3", "partner_name", "partner_kind", "is_group", "year", "flow",
           "value_usd_m", "estimate", "estimate_reason", "file", "sheet", "row"]
DTYPES = {"reporter_iso3": "str", "partner_iso3": "str", "partner_name": "str", "partner_kind": "str",
          "year": "int64", "flow": "str", "value_usd_m": "float64", "estimate_reason": "str",
          "file": "str", "sheet": "str", "row": "int64"}
SORT = ["reporter_iso3", "partner_iso3", "year", "flow"]

# The citation and link every DOTS figure carries (tables, hovers, CSVs, the Sources list).
CITATION = "International Monetary Fund, Direction of Trade Statistics (DOTS)"
PUBLISHER = "International Monetary Fund (DOTS)"
DATA_URL = "https://data.imf.org/"


@dataclass(frozen=True)
class Workbook:
    file: str
    reporter_iso3: str
    sha256: str


def read_provenance(folder: Path | None = None) -> dict:
    """The sidecar as a dict (raises OSError / TOMLDecodeError: callers turn that into a Problem)."""
    with (Path(folder or DOTS_DIR) / PROVENANCE_FILE).open("rb") as handle:
        return tomllib.load(handle)


def workbooks(provenance: dict) -> list[Workbook]:
    return [Workbook(f["name"], f["reporter_iso3"], f["sha256"]) for f in provenance.get("files", [])]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _cell_value(value) -> tuple[float, bool] | str:
    """(USD millions, marked e) of a cell, or the reason it is not a figure."""
    if isinstance(value, bool):
        return "a true/false cell, not a number"
    if isinstance(value, (int, float)):
        number, marked = float(value), False
    else:
        found = _ESTIMATE.match(str(value))
        if not found:
            return "not a number (a figure is a number, or a number followed by ' e' for an IMF estimate)"
        number, marked = float(found.group(1).replace(",", "")), True
    if not math.isfinite(number) or number < 0:
        return "must be a finite number of USD millions, 0 or more"
    return number, marked


def merge_reasons(*texts: object) -> str:
    """Estimate reasons of several figures as one text, each reason once ("a; b")."""
    parts = [r for text in texts if isinstance(text, str) for r in text.split("; ") if r]
    return "; ".join(dict.fromkeys(parts))


def _estimate_reason(reporter: str, marked: bool) -> str:
    reasons = [MARKED_E] if marked else []
    if reporter in NON_REPORTERS:
        reasons.append(NON_REPORTERS[reporter])
    return "; ".join(reasons)


def _read_sheet(rows: list[tuple], workbook: Workbook, sheet: str, shown: str) -> tuple[list[dict], list[Problem]]:
    """Records and problems of one sheet, given its rows as value tuples (row 1 first)."""
    from openpyxl.utils import get_column_letter

    from . import imf_names  # pycountry: only the import step needs it, never the app

    problems: list[Problem] = []

    def cell(row: int, column: int) -> object:
        values = rows[row - 1] if row <= len(rows) else ()
        return values[column - 1] if column <= len(values) else None

    def where(row: int, column: int, what: str) -> str:
        return f"{sheet}!{get_column_letter(column)}{row} ({what})"

    reporter_name = str(cell(REPORTER_ROW, NAME_COLUMN) or "")
    named = imf_names.resolve(reporter_name)
    if named is None or named.code != workbook.reporter_iso3:
        return [], [Problem(shown, REPORTER_ROW, where(REPORTER_ROW, NAME_COLUMN, "reporter"),
                            f"names a reporter other than {workbook.reporter_iso3} (as {PROVENANCE_FILE} says); "
                            "the sheet is left out", reporter_name[:80])]
    years: dict[int, int] = {}
    header = rows[YEAR_ROW - 1] if len(rows) >= YEAR_ROW else ()
    for column in range(FIRST_YEAR_COLUMN, len(header) + 1):
        text = str(cell(YEAR_ROW, column) or "").strip()
        if text.isdigit() and len(text) == 4:
            years[column] = int(text)
        elif text:
            problems.append(Problem(shown, YEAR_ROW, where(YEAR_ROW, column, "year"),
                                    "not a year; the column is left out", text[:80]))
    if not years:
        return [], problems + [Problem(shown, YEAR_ROW, f"{sheet}!{YEAR_ROW}:{YEAR_ROW}",
                                       "no years in the header row; the sheet is left out")]
    records: list[dict] = []
    first_row_of: dict[str, tuple[int, dict]] = {}
    for row in range(FIRST_ROW, len(rows) + 1):
        name = cell(row, NAME_COLUMN)
        values = {year: cell(row, column) for column, year in years.items() if cell(row, column) is not None}
        if name is None or not str(name).strip():
            if values:
                problems.append(Problem(shown, row, where(row, NAME_COLUMN, "partner"), "figures without a partner name; the row is left out"))
            continue
        partner = imf_names.resolve(str(name))
        if partner is None:
            problems.append(Problem(shown, row, where(row, NAME_COLUMN, "partner"),
                                    f"unknown partner name: add it to {display_path(imf_names.NAMES_CSV)}; "
                                    "the row is left out", str(name)[:80]))
            continue
        if partner.code in first_row_of:
            first, first_values = first_row_of[partner.code]
            if values != first_values:  # the IMF export repeats some rows verbatim; only a real clash matters
                problems.append(Problem(shown, row, where(row, NAME_COLUMN, "partner"),
                                        f"{partner.code} again, with other figures than on row {first}; "
                                        f"row {first} is kept", str(name)[:80]))
            continue
        first_row_of[partner.code] = (row, values)
        for column, year in years.items():
            raw = cell(row, column)
            if raw is None:
                continue
            parsed = _cell_value(raw)
            if isinstance(parsed, str):
                problems.append(Problem(shown, row, where(row, column, str(year)), parsed + "; the figure is left out", str(raw)[:80]))
                continue
            value, marked = parsed
            reason = _estimate_reason(workbook.reporter_iso3, marked)
            records.append(dict(reporter_iso3=workbook.reporter_iso3, partner_iso3=partner.code,
                                partner_name=str(name).strip(), partner_kind=partner.kind, is_group=partner.is_group,
                                year=year, flow=SHEET_FLOWS[sheet], value_usd_m=value, estimate=bool(reason),
                                estimate_reason=reason, file=workbook.file, sheet=sheet, row=row))
    return records, problems


def import_workbook(path: Path, workbook: Workbook) -> tuple[list[dict], list[Problem]]:
    """Records of one workbook; an unreadable file or a missing sheet is a Problem, never an exception."""
    import openpyxl

    shown = display_path(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        return [], [Problem(shown, None, "file", f"missing: {PROVENANCE_FILE} lists it; its figures are left out")]
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        return [], [Problem(shown, None, "file", f"not a readable xlsx workbook ({type(exc).__name__}); its figures are left out")]
    records: list[dict] = []
    problems: list[Problem] = []
    try:
        for sheet in SHEET_FLOWS:
            if sheet not in book.sheetnames:
                problems.append(Problem(shown, None, "sheet", f"sheet {sheet!r} is missing; its figures are left out"))
                continue
            rows = list(book[sheet].iter_rows(values_only=True))
            found, trouble = _read_sheet(rows, workbook, sheet, shown)
            records.extend(found)
            problems.extend(trouble)
    finally:
        book.close()
    return records, problems


def import_workbooks(folder: Path | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """The tidy table of every workbook the sidecar lists, sorted, and every problem met on the way."""
    folder = Path(folder or DOTS_DIR)
    try:
        listed = workbooks(read_provenance(folder))
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        return empty(), [Problem(display_path(folder / PROVENANCE_FILE), None, "file", f"unreadable sidecar: {exc}")]
    records: list[dict] = []
    problems: list[Problem] = []
    for workbook in listed:
        found, trouble = import_workbook(folder / workbook.file, workbook)
        records.extend(found)
        problems.extend(trouble)
    frame = pd.DataFrame(records, columns=COLUMNS) if records else empty()
    return _typed(frame).sort_values(SORT, ignore_index=True), problems


def empty() -> pd.DataFrame:
    return _typed(pd.DataFrame({c: [] for c in COLUMNS}))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({**DTYPES, "is_group": "bool", "estimate": "bool"})


def to_csv_text(frame: pd.DataFrame) -> str:
    """The committed form: fixed column order, shortest round-trip floats, lowercase booleans, \\n lines."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for record in frame[COLUMNS].itertuples(index=False):
        writer.writerow([_csv_field(v) for v in record])
    return out.getvalue()


def _csv_field(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_tidy(folder: Path | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Import the workbooks and (re)write the committed tidy CSV beside them."""
    folder = Path(folder or DOTS_DIR)
    frame, problems = import_workbooks(folder)
    (folder / TIDY_FILE).write_text(to_csv_text(frame), encoding="utf-8", newline="")
    return frame, problems


def load_dots(path: Path | None = None) -> pd.DataFrame:
    """The committed tidy table, typed. An empty table when the file is missing (`check` reports that)."""
    path = Path(path) if path else DOTS_DIR / TIDY_FILE
    if not path.exists():
        return empty()
    frame = pd.read_csv(path, dtype={**DTYPES, "is_group": "bool", "estimate": "bool"},
                        keep_default_na=False, true_values=["true"], false_values=["false"])
    return _typed(frame[COLUMNS])


def verify(folder: Path | None = None) -> tuple[list[Problem], pd.DataFrame]:
    """Problems that make `check` fail: a workbook whose sha256 differs from the sidecar, an import
    problem, or a committed table that is no longer what a fresh import gives. Also the fresh table."""
    folder = Path(folder or DOTS_DIR)
    problems: list[Problem] = []
    try:
        listed = workbooks(read_provenance(folder))
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        return [Problem(display_path(folder / PROVENANCE_FILE), None, "file", f"unreadable sidecar: {exc}")], empty()
    for workbook in listed:
        path = folder / workbook.file
        if path.exists() and sha256_of(path) != workbook.sha256:
            problems.append(Problem(display_path(path), None, "sha256",
                                    f"the workbook's bytes differ from the sha256 in {PROVENANCE_FILE}: the snapshot "
                                    "changed; restore it, or record the new source and sha256 there and re-import"))
    fresh, found = import_workbooks(folder)
    problems.extend(found)
    tidy = folder / TIDY_FILE
    if not tidy.exists():
        problems.append(Problem(display_path(tidy), None, "file", "missing: run `python -m dashboard.data import-dots`"))
    else:
        committed = tidy.read_text(encoding="utf-8").splitlines()
        expected = to_csv_text(fresh).splitlines()
        if committed != expected:
            line = next((i + 1 for i, (a, b) in enumerate(zip(committed, expected)) if a != b),
                        min(len(committed), len(expected)) + 1)
            problems.append(Problem(display_path(tidy), line, "content",
                                    "no longer matches a fresh import of the workbooks (first difference on this "
                                    "line): run `python -m dashboard.data import-dots` and commit the result"))
    return problems, fresh


# --- Shapes the rest of the data layer uses -------------------------------------------------------

TRADE_NOTE = {
    "export": "Exports, FOB, as {reporter} reported them to the IMF.",
    "import": "Imports, CIF, as {reporter} reported them to the IMF.",
    "turnover": ("Turnover = exports + imports as {reporter} reported them to the IMF, for a year where both "
                 "exist (a year with only one of them has no turnover)."),
}
# The snapshot's date (the workbooks were exported from the IMF portal and committed in February 2022):
# in the series rule's "later publication" it is the date of these figures.
SNAPSHOT_PUBLISHED = "2022-02"
# The pages cover the states since independence; the world view keeps every year of the workbooks.
FIRST_PAGE_YEAR = 1992
WORLD_COLUMNS = ["reporter_iso3", "partner_iso3", "partner_name", "partner_kind", "is_group", "year", "flow",
                 "value_usd_m", "estimate", "estimate_reason"]


def stated_by(reporter_iso3: str) -> str:
    from . import countries

    return f"IMF DOTS ({countries.short_name(reporter_iso3)}'s report)"


def _pair_id(*parts: object) -> str:
    return "dots-" + hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:10]


def source_row(rows: int) -> pd.DataFrame:
    """DOTS as one row of the Sources list (the shape of build._sources), citing `rows` figures."""
    from .sources import source_id

    return pd.DataFrame([dict(
        source_id=source_id(DATA_URL), url=DATA_URL, publisher=PUBLISHER, publisher_type="official",
        published=SNAPSHOT_PUBLISHED, published_date=pd.Timestamp(SNAPSHOT_PUBLISHED + "-01"),
        published_precision="month", title=CITATION, language="en", kinds="official_statistics",
        tables="trade", rows=rows)]).astype({"published_date": "datetime64[s]"})


def trade_rows(tidy: pd.DataFrame) -> pd.DataFrame:
    """DOTS figures between two of the project's states, shaped like the rows of `Tables.trade`:
    each side's exports and imports, plus its turnover where both exist, with estimates marked."""
    from . import countries
    from .build import SOURCE_COLUMNS
    from .sources import source_id

    states = set(countries.tie_codes())
    pairs = tidy[tidy["reporter_iso3"].isin(states) & tidy["partner_iso3"].isin(states)
                 & tidy["reporter_iso3"].ne(tidy["partner_iso3"]) & tidy["year"].ge(FIRST_PAGE_YEAR)]
    flows = pairs.assign(line=pairs["row"], where=pairs["file"] + ", sheet \"" + pairs["sheet"] + "\", row "
                         + pairs["row"].astype("str"))
    keys = ["reporter_iso3", "partner_iso3", "year"]
    taken = [*keys, "value_usd_m", "row", "file", "estimate_reason"]
    both = flows.loc[flows["flow"].eq("export"), taken].merge(
        flows.loc[flows["flow"].eq("import"), taken], on=keys, suffixes=("_x", "_m"))  # only where both exist
    if len(both):
        reasons = [merge_reasons(x, m) for x, m in zip(both["estimate_reason_x"], both["estimate_reason_m"])]
        turnover = both[keys].assign(
            flow="turnover", value_usd_m=both["value_usd_m_x"] + both["value_usd_m_m"], line=both["row_x"],
            where=[f"{f}, rows {int(x)} (exports) and {int(m)} (imports)"
                   for f, x, m in zip(both["file_x"], both["row_x"], both["row_m"])],
            estimate_reason=reasons)
        turnover["estimate"] = turnover["estimate_reason"].ne("")
        flows = pd.concat([flows, turnover], ignore_index=True)
    flows = flows.sort_values(["reporter_iso3", "partner_iso3", "year", "flow"], ignore_index=True)
    year = flows["year"].astype("int64")
    out = pd.DataFrame({
        "row_id": [_pair_id(r, p, y, f) for r, p, y, f in zip(flows["reporter_iso3"], flows["partner_iso3"], year, flows["flow"])],
        "reporter_iso3": flows["reporter_iso3"].astype("str"), "partner_iso3": flows["partner_iso3"].astype("str"),
        "period": year.astype("str"), "period_kind": "year", "year": year,
        "period_start": pd.to_datetime(year.astype("str") + "-01-01").astype("datetime64[s]"),
        "period_end": pd.to_datetime(year.astype("str") + "-12-31").astype("datetime64[s]"),
        "months": pd.array([12] * len(flows), dtype="Int64"), "full_year": True,
        "flow": flows["flow"].astype("str"), "value_usd_m": flows["value_usd_m"].astype("float64"),
        "growth_pct": pd.array([None] * len(flows), dtype="Float64"),
        "stated_by": flows["reporter_iso3"].map(stated_by).astype("str"),
        "note": [TRADE_NOTE[f].format(reporter=countries.short_name(r)) + f" Workbook {w}."
                 for f, r, w in zip(flows["flow"], flows["reporter_iso3"], flows["where"])],
        "is_group": False, "non_oil": False, "flagged": False, "approx": False,
        "value_qualifier": "exact", "scope": "all goods", "flag_reason": "",
        "source_id": source_id(DATA_URL), "source_url": DATA_URL, "publisher": PUBLISHER,
        "publisher_type": "official", "published": SNAPSHOT_PUBLISHED,
        "published_date": pd.Timestamp(SNAPSHOT_PUBLISHED + "-01"), "published_precision": "month",
        "source_kind": "official_statistics",
        "line": flows["line"].astype("int64"),
        "estimate": flows["estimate"].astype("bool"), "estimate_reason": flows["estimate_reason"].astype("str"),
    })
    out["note"] = out["note"].astype("str")
    out = out.astype({"published_date": "datetime64[s]"})
    return out[["row_id", "reporter_iso3", "partner_iso3", "period", "period_kind", "year", "period_start",
                "period_end", "months", "full_year", "flow", "value_usd_m", "growth_pct", "stated_by", "note",
                "is_group", "non_oil", "flagged", "approx", "value_qualifier", "scope", "flag_reason",
                *SOURCE_COLUMNS, "line", "estimate", "estimate_reason"]]


def world_table(tidy: pd.DataFrame) -> pd.DataFrame:
    """Every reporter's figures with every partner and group (World, Euro Area...), for the world view."""
    return tidy[WORLD_COLUMNS].reset_index(drop=True)
