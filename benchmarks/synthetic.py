"""Synthetic trade tables of any size, shaped like the real one, for the scale benchmark (never committed).

Each synthetic row is a real row of `build_tables().trade` moved to another year: the joint
distribution of reporter/partner (the nine states and the groups), period kind, flow, source kind and
flags is the real one, years follow the real (recent-heavy) year mix within 2004–2025, and values get
log-normal noise. Every row gets a unique `row_id`, so the series rule's tie-break stays deterministic.
Columns and dtypes are exactly those of the real table.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

FIRST_YEAR, LAST_YEAR = 2004, 2025
# Periods without a leading year ("late 2000s") or spanning years ("2020-2024 (cumulative)") keep their year.
FIXED_KINDS = ("vague", "cumulative")
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def _shift_years(dates: pd.Series, shift: np.ndarray) -> np.ndarray:
    """Move datetime64[s] values by whole years (day of month kept; Feb 29 becomes Mar 1)."""
    values = dates.to_numpy(dtype="datetime64[s]")
    months = values.astype("datetime64[M]")
    offset = values - months.astype("datetime64[s]")
    moved = (months + shift * 12).astype("datetime64[s]") + offset
    return np.where(np.isnat(values), values, moved)


def _variants(base: pd.DataFrame) -> pd.DataFrame:
    """Every base row in every year of the range: (len(base) * 22) rows, strings built once here."""
    years = np.arange(FIRST_YEAR, LAST_YEAR + 1)
    rows = base.loc[base.index.repeat(len(years))].reset_index(drop=True)
    target = np.tile(years, len(base))
    fixed = rows["period_kind"].isin(FIXED_KINDS).to_numpy()
    shift = np.where(fixed, 0, target - rows["year"].to_numpy())
    new_year = rows["year"].to_numpy() + shift
    period = [p if s == 0 else f"{y}{p[4:]}" for p, s, y in zip(rows["period"], shift, new_year)]
    # A publication moves with its period; '' (undated) stays ''.
    published = [d if not d or s == 0 else f"{int(d[:4]) + s}{d[4:]}" for d, s in zip(rows["published"], shift)]
    out = rows.assign(period=pd.array(period, dtype=rows["period"].dtype), year=new_year.astype(rows["year"].dtype),
                      period_start=_shift_years(rows["period_start"], shift),
                      period_end=_shift_years(rows["period_end"], shift),
                      published=pd.array(published, dtype=rows["published"].dtype))
    # A row whose year cannot move keeps one variant: its own year.
    keep = ~fixed | (target == FIRST_YEAR)
    return out[keep].reset_index(drop=True)


def _row_ids(n: int, rng: np.random.Generator) -> pd.array:
    """n distinct ids like the real ones ("t-" + 10 hex digits), in random order."""
    # An odd multiplier is a bijection modulo 2**40, so these are distinct without a set.
    numbers = (rng.permutation(n).astype(np.uint64) * np.uint64(0x9E3779B97F) + np.uint64(rng.integers(1 << 40))) \
        & np.uint64((1 << 40) - 1)
    shifts = np.arange(36, -1, -4, dtype=np.uint64)
    digits = _HEX[((numbers[:, None] >> shifts) & np.uint64(0xF)).astype(np.intp)]
    text = np.concatenate([np.full((n, 2), [ord("t"), ord("-")], dtype=np.uint8), digits], axis=1)
    return pd.array(text.view("S12").ravel().astype("U12"), dtype="str")


def synthetic_trade(base: pd.DataFrame, n_rows: int, seed: int = 6) -> pd.DataFrame:
    """A trade table of `n_rows` rows with the columns, dtypes and distributions of `base` (the real table)."""
    rng = np.random.default_rng(seed)
    base = base.reset_index(drop=True)
    variants = _variants(base)
    span = LAST_YEAR - FIRST_YEAR + 1
    fixed = base["period_kind"].isin(FIXED_KINDS).to_numpy()
    first_variant = np.concatenate([[0], np.cumsum(np.where(fixed, 1, span))[:-1]])
    # Pick a real row (keeps its joint shape), then a year from the real year mix.
    year_mix = base["year"].value_counts(normalize=True)
    origin = rng.integers(0, len(base), n_rows)
    year = rng.choice(year_mix.index.to_numpy(), size=n_rows, p=year_mix.to_numpy())
    variant = first_variant[origin] + np.where(fixed[origin], 0, year - FIRST_YEAR)
    out = variants.take(variant).reset_index(drop=True)
    noise = rng.lognormal(0.0, 0.35, n_rows)
    growth = out["growth_pct"].astype("float64").to_numpy() + rng.normal(0.0, 3.0, n_rows)
    out["value_usd_m"] = (out["value_usd_m"].to_numpy() * noise).round(3)
    out["growth_pct"] = pd.array(np.round(growth, 1), dtype=base["growth_pct"].dtype)
    out["row_id"] = _row_ids(n_rows, rng)
    return out[list(base.columns)]
