"""The series rule, defined once: which trade figures may stand for a pair and a year, and which is preferred.

Both engines are built from these declarations: pandas turns them into a boolean mask and sort keys
(`mask`, `sort_keys`), DuckDB into a WHERE clause and an ORDER BY (`where_sql`, `order_sql`). Nothing
else in the project restates the rule; docs/architecture.md describes it in words.

Sides: a figure about a pair is the focus country's own record (`side` "focus": the focus country
reported or stated it) or the partner's (`side` "partner"). The annual line of a pair keeps one side
(the primary side: the focus country's own records when it has any for the pair, else the
partner's); the other side is drawn as a second line, the mirror. So a line never jumps between
whose count it is.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .dates import publication_order_key
from .sources import KIND_RANK


@dataclass(frozen=True)
class Preference:
    """One step of the order: sort `column` ascending or descending; `why` is what it means to a reader."""
    column: str
    descending: bool
    why: str


# A figure that can make a point of an annual turnover line: a completed calendar year, total turnover.
FULL_YEAR_TURNOVER: dict[str, object] = {"full_year": True, "flow": "turnover"}
# ... for one partner, all goods, not flagged as inconsistent.
SERIES: dict[str, object] = {"is_group": False, "scope": "all goods", "flagged": False}
# ... or a total with a group of countries (OTS members, SPECA), shown apart and never ranked with partners;
# like the series, only all-goods figures that are not flagged.
GROUP: dict[str, object] = {"is_group": True, "scope": "all goods", "flagged": False}

ORDER: tuple[Preference, ...] = (
    Preference("kind_rank", False, "official statistics, then official statements, then media"),
    Preference("inexact", False, "exact figures before approximate ones (\"about\", \"over\") and estimates"),
    Preference("published_key", True, "the later publication: a revision supersedes the first report"),
    Preference("row_id", False, "the row id, only so that ties are decided the same way every time"),
)


def ranked(trade: pd.DataFrame) -> pd.DataFrame:
    """The table with the columns the order sorts on (`kind_rank`, `inexact`, `published_key`)."""
    inexact = trade["approx"].astype(bool)
    if "estimate" in trade.columns:
        inexact = inexact | trade["estimate"].astype(bool)
    return trade.assign(kind_rank=trade["source_kind"].map(KIND_RANK).astype("int64"),
                        inexact=inexact,
                        published_key=publication_order_key(trade["published_date"], trade["published_precision"]))


def mask(frame: pd.DataFrame, *conditions: dict[str, object]) -> pd.Series:
    """Rows meeting every condition (column equals value)."""
    keep = pd.Series(True, index=frame.index)
    for condition in conditions:
        for column, value in condition.items():
            keep &= frame[column].eq(value)
    return keep


def sort_keys(partition: list[str], first: tuple[Preference, ...] = ()) -> tuple[list[str], list[bool]]:
    """`sort_values` arguments: the partition columns, then `first` preferences, then the rule's order."""
    steps = (*first, *ORDER)
    return [*partition, *(p.column for p in steps)], [*([True] * len(partition)), *(not p.descending for p in steps)]


def where_sql(*conditions: dict[str, object]) -> str:
    """The conditions as SQL over columns of the same names (values are the rule's own constants)."""
    parts = []
    for condition in conditions:
        for column, value in condition.items():
            if isinstance(value, bool):
                parts.append(column if value else f"NOT {column}")
            else:
                parts.append(f"{column} = '{value}'")
    return " AND ".join(parts) or "TRUE"


def order_sql() -> str:
    """The rule's order as an SQL ORDER BY list."""
    return ", ".join(f"{p.column} {'DESC' if p.descending else 'ASC'} NULLS LAST" for p in ORDER)


def described() -> str:
    """The rule in one sentence, for the pages' captions (built from the declarations above)."""
    return "; ".join(p.why for p in ORDER[:-1]) + "."
