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
    "trade": ("reporter_country", "partner_country", "period", "flow", "value_usd_million", "growth_pct",
              "stated_by", "source_url", "source_published", "note"),
    "visits": ("start_date", "end_date", "visitor_name", "visitor_role", "visitor_country", "host_country", "city",
               "visit_type", "documents_signed", "summary", "source_url", "source_published"),
    "targets": ("country_a", "country_b", "metric", "target_value_usd_million", "target_year", "stated_by",
                "stated_on", "source_url"),
    "quotes": ("date", "speaker", "speaker_role", "speaker_country", "quote", "topic", "countries_mentioned",
               "source_url"),
}
OPTIONAL = ("source_published", "source_publisher", "source_title", "note", "language")
TABLES = tuple(REQUIRED)


class RawFileError(ValueError):
    """A raw file that cannot be read at all (encoding, quoting, header); names file and line."""


@dataclass(frozen=True)
class RawTable:
    name: str
    path: Path
    frame: pd.DataFrame  # strings; plus `_line` (the line the record starts on)


def read_raw(name: str, raw_dir: Path = RAW_DIR) -> RawTable:
    path = Path(raw_dir) / f"{name}.csv"
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RawFileError(f"{shown}: file missing (expected the {name} table here)") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RawFileError(f"{shown}:{line}: not UTF-8 (byte {data[exc.start]:#04x}); save the file as UTF-8") from None
    records, lines = [], []
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = next(reader)
        expected_width = len(header)
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                if len(row) != expected_width:
                    raise RawFileError(f"{shown}:{start}: {len(row)} fields where the header has {expected_width} "
                                       "(a comma inside an unquoted value?)")
                records.append(row)
                lines.append(start)
            start = reader.line_num + 1
    except StopIteration:
        raise RawFileError(f"{shown}: empty file (no header row)") from None
    except csv.Error as exc:
        raise RawFileError(f"{shown}:{reader.line_num}: broken CSV quoting ({exc})") from None
    header = [h.strip() for h in header]
    missing = [c for c in REQUIRED[name] if c not in header]
    if missing:
        raise RawFileError(f"{shown}:1: header lacks column(s) {', '.join(missing)}")
    frame = pd.DataFrame(records, columns=header, dtype="str")
    for column in OPTIONAL:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame.map(str.strip).rename(columns=RENAMES[name])
    frame["_line"] = lines
    return RawTable(name, path, frame.reset_index(drop=True))
