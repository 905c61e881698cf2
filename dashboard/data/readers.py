"""Raw CSV file -> frame of strings, columns renamed to short ids, each row knowing its file line.

Every value stays a string here; types are checked by schemas.py and converted by build.py, so a
bad value is reported with its file and line instead of failing somewhere later.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .paths import RAW_DIR, display_path

# raw column -> short id, per table. Columns not listed are kept under their own name.
RENAMES: dict[str, dict[str, str]] = {
    "trade": {"reporter_country": "reporter", "partner_country": "partner", "value_usd_million": "value_usd_m",
              "source_published": "published", "source_publisher": "publisher", "source_title": "title"},
    "visits": {"visitor_name": "visitor", "visitor_country": "visitor_country", "host_country": "host_country",
               "source_published": "published", "source_publisher": "publisher", "source_title": "title"},
    "targets": {"country_a": "a", "country_b": "b", "target_value_usd_million": "value_usd_m",
                "source_published": "published", "source_publisher": "publisher", "source_title": "title"},
    "quotes": {"quote": "text", "countries_mentioned": "mentioned", "source_published": "published",
               "source_publisher": "publisher", "source_title": "title"},
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "trade": ("reporter_country", "partner_country", "period", "flow", "scope", "value_usd_million",
              "value_qualifier", "growth_pct", "stated_by", "source_url", "source_published", "note", "flag_reason"),
    "visits": ("start_date", "end_date", "visitor_name", "visitor_role", "visitor_country", "host_country", "city",
               "visit_type", "documents_signed", "summary", "source_url", "source_published"),
    "targets": ("country_a", "country_b", "metric", "target_value_usd_million", "value_qualifier", "target_year",
                "stated_by", "stated_on", "source_url"),
    "quotes": ("date", "speaker", "speaker_role", "speaker_country", "quote", "topic", "countries_mentioned",
               "source_url"),
}
OPTIONAL = ("source_published", "source_publisher", "source_title", "note", "language")
TABLES = tuple(REQUIRED)


class RawFileError(ValueError):
    """A raw file that cannot be read at all (missing, no header, broken quoting); names file and line."""

    def __init__(self, file: str, line: int | None, message: str):
        super().__init__(f"{file}:{line}: {message}" if line else f"{file}: {message}")
        self.file, self.line, self.message = file, line, message


@dataclass(frozen=True)
class RowProblem:
    """One record the reader could not use (bad bytes, wrong number of fields): left out, reported."""
    line: int
    message: str


@dataclass(frozen=True)
class RawTable:
    name: str
    path: Path
    frame: pd.DataFrame  # strings; plus `_line` (the line the record starts on)
    problems: tuple[RowProblem, ...] = ()


def _decode(data: bytes) -> tuple[str, set[int]]:
    """UTF-8 text and the line numbers holding bytes that are not UTF-8 (replaced, reported later)."""
    try:
        return data.decode("utf-8-sig"), set()
    except UnicodeDecodeError:
        lines = data.split(b"\n")
        bad = set()
        for number, line in enumerate(lines, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                bad.add(number)
        return data.decode("utf-8-sig", errors="replace"), bad


def read_raw(name: str, raw_dir: Path = RAW_DIR) -> RawTable:
    path = Path(raw_dir) / f"{name}.csv"
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RawFileError(shown, None, f"file missing (expected the {name} table here)") from None
    text, bad_lines = _decode(data)
    records, lines, problems = [], [], []
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise RawFileError(shown, None, "empty file (no header row)") from None
    header = [h.strip() for h in header]
    missing = [c for c in REQUIRED[name] if c not in header]
    if missing:
        raise RawFileError(shown, 1, f"header lacks column(s) {', '.join(missing)}")
    start = reader.line_num + 1
    try:
        for row in reader:
            end = reader.line_num
            if not any(cell.strip() for cell in row):  # blank lines are allowed and skipped
                start = end + 1
                continue
            if bad_lines.intersection(range(start, end + 1)):
                problems.append(RowProblem(start, "bytes that are not UTF-8; save the file as UTF-8 (row left out)"))
            elif len(row) != len(header):
                problems.append(RowProblem(start, f"{len(row)} fields where the header has {len(header)} "
                                                  "(a comma inside an unquoted value?); row left out"))
            else:
                records.append(row)
                lines.append(start)
            start = end + 1
    except csv.Error as exc:
        # An unclosed quote swallows the rest of the file: keep the rows before it, report the line.
        problems.append(RowProblem(start, f"broken CSV quoting ({exc}); this row and any after it were not read"))
    frame = pd.DataFrame(records, columns=header, dtype="str")
    for column in OPTIONAL:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame.map(str.strip).rename(columns=RENAMES[name])
    frame["_line"] = pd.Series(lines, dtype="int64")
    return RawTable(name, path, frame.reset_index(drop=True), tuple(problems))
