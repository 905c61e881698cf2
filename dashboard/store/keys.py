"""Dedup keys of raw records: the stable id the table builder gives the row (one home: build.py)."""
from __future__ import annotations

import pandas as pd

from dashboard.data.build import ID_COLUMNS, normalise
from dashboard.data.readers import OPTIONAL, RENAMES
from dashboard.data.schemas import Problem, validate


def as_raw_frame(table: str, records: list[dict[str, str]], lines: list[int] | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(records, dtype="str").fillna("")
    for column in OPTIONAL:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame.rename(columns=RENAMES[table])
    frame["_line"] = pd.Series(lines or list(range(1, len(records) + 1)), dtype="int64")
    return frame


def problems_of(table: str, records: list[dict[str, str]], shown: str) -> list[Problem]:
    """Schema problems of records about to be saved; line = position in `records`, from 1."""
    return validate(table, as_raw_frame(table, records), shown) if records else []


def keys_of(table: str, records: list[dict[str, str]]) -> list[str]:
    """The stable id of each (valid) record, as the built table will have it."""
    if not records:
        return []
    built, _ = normalise(table, as_raw_frame(table, records))
    return list(built[ID_COLUMNS[table]])
