"""The one fixture builder for small raw data: valid rows by default, override any field per row."""
from __future__ import annotations

import csv
from pathlib import Path

from dashboard.data.readers import OPTIONAL, REQUIRED

DEFAULTS: dict[str, dict[str, str]] = {
    "trade": dict(reporter_country="Azerbaijan", partner_country="Kazakhstan", period="2022", flow="turnover",
                  scope="all goods", value_usd_million="461.9", value_qualifier="exact", growth_pct="40",
                  stated_by="State Customs Committee of Azerbaijan", source_url="https://en.trend.az/business/1.html", source_published="2023-01-20", note="",
                  flag_reason=""),
    "visits": dict(start_date="2023-04-10", end_date="2023-04-10", visitor_name="Ilham Aliyev", visitor_role="President",
                   visitor_country="Azerbaijan", host_country="Kazakhstan", city="Astana", visit_type="official",
                   documents_signed="3", summary="Talks in Astana", source_url="https://president.az/en/articles/view/1",
                   source_published="2023-04-10"),
    "targets": dict(country_a="Azerbaijan", country_b="Kazakhstan", metric="trade turnover",
                    target_value_usd_million="1000", value_qualifier="exact", target_year="",
                    stated_by="President Ilham Aliyev", stated_on="2023-04-10", source_url="https://www.azernews.az/nation/1.html"),
    "quotes": dict(date="2023-04-10", speaker="Ilham Aliyev", speaker_role="President", speaker_country="Azerbaijan",
                   quote="We are allies, we are brothers, we are friends", topic="politics",
                   countries_mentioned="Azerbaijan;Kazakhstan", source_url="https://www.azernews.az/nation/2.html"),
}


# Each row of a scenario gets its own page, so the build never drops one as a duplicate.
DISTINCT_URL = {"trade": "https://en.trend.az/business/{i}.html", "visits": "https://president.az/en/articles/view/{i}"}


def raw_row(table: str, **fields: str) -> dict[str, str]:
    return {**DEFAULTS[table], **fields}


def raw_rows(table: str, rows, **common: str) -> list[dict[str, str]]:
    """One raw row per dict of overrides, each with its own source URL; `common` applies to all
    (a row's own fields win)."""
    return [raw_row(table, **{"source_url": DISTINCT_URL[table].format(i=i), **common, **r}) for i, r in enumerate(rows)]


def write_raw(folder: Path, **tables: list[dict[str, str]]) -> Path:
    """Write data/raw-style CSVs into `folder`; tables not given get one default row."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in REQUIRED:
        rows = tables.get(name, [raw_row(name)])
        columns = list(dict.fromkeys([*REQUIRED[name], *OPTIONAL]))
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({c: row.get(c, "") for c in columns})
    return folder


# --- IMF DOTS workbooks (the layout of the IMF's Excel export, see docs/imf-dots.md) ---------------

DOTS_YEARS = ("2018", "2019")
DOTS_ROWS = [("World", 100.0, 120.0), ("Turkey", 10.0, "12.5 e"), ("Kazakhstan, Rep. of", 4.0, 5.0)]


def write_dots_workbook(path: Path, reporter: str = "Azerbaijan, Rep. of",
                        sheets: dict[str, list[tuple]] | None = None, years=DOTS_YEARS) -> Path:
    """A small DOTS workbook: reporter in B4, years in row 7 from column C, one partner per row from row 8.
    `sheets` maps a sheet name to its rows (name, value per year...); both flows by default."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in (sheets if sheets is not None else {"Exports, FOB": DOTS_ROWS, "Imports, CIF": DOTS_ROWS}).items():
        sheet = book.create_sheet(title)
        sheet["B2"], sheet["B4"], sheet["B5"] = title, reporter, "US Dollars, Millions"
        for offset, year in enumerate(years):
            sheet.cell(row=7, column=3 + offset, value=year)
        for number, row in enumerate(rows):
            for offset, value in enumerate(row):
                sheet.cell(row=8 + number, column=2 + offset, value=value)
    book.save(path)
    return path


def write_dots_folder(folder: Path, workbooks: dict[str, str] | None = None) -> Path:
    """A data/raw/imf-dots-style folder: PROVENANCE.toml listing `workbooks` (file -> reporter ISO-3),
    with the sha256 of whatever files are there; missing files stay listed."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    listed = workbooks or {"DOTS_13.xlsx": "AZE"}
    lines = ['source = "test"']
    for name, iso3 in listed.items():
        path = folder / name
        sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "0" * 64
        lines += ["", "[[files]]", f'name = "{name}"', f'reporter_iso3 = "{iso3}"', f'sha256 = "{sha}"']
    (folder / "PROVENANCE.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
