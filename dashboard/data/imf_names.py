"""IMF partner names -> ISO-3 codes: pycountry first, then IMF's regular forms, then a small alias table.

The IMF writes "Kazakhstan, Rep. of", "Kyrgyz Rep.", "St. Lucia", "Bahamas, The". pycountry's exact
lookup knows the plain names; two mechanical rules cover the IMF forms (a trailing honorific after a
comma is dropped, "Rep."/"Dem."/"St." are spelled out); data/reference/imf_dots_names.csv holds the
rest: names no rule can safely reach ("Congo, Dem. Rep. of the" must not become "Congo"), historic
partners (Czechoslovakia, USSR...) and the IMF's groups (World, Euro Area, "not specified"...), each
with a stable code. Why not country_converter: it fails to construct under pandas 3
(docs/imf-dots.md).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .paths import REFERENCE_DIR

NAMES_CSV = REFERENCE_DIR / "imf_dots_names.csv"
KINDS = ("country", "historic", "group")
# Only these qualifiers are dropped: each is a pure title ("Rep. of"), never a part that tells two
# countries apart ("Dem. Rep. of the" Congo, "Dem. People's Rep. of" Korea are spelled out instead).
HONORIFICS = frozenset({
    "Rep. of", "Republic of", "Rep. of the", "The", "Kingdom of", "Kingdom of the Netherlands",
    "Islamic Rep. of", "Arab Rep. of", "United Rep. of", "Union of the", "The State of",
    "Dem. Rep. of", "The Federal Dem. Rep. of", "Rep. Bolivariana de",
})


@dataclass(frozen=True)
class Partner:
    code: str
    kind: str  # country / historic / group

    @property
    def is_group(self) -> bool:
        return self.kind == "group"


@lru_cache(maxsize=1)
def aliases() -> dict[str, Partner]:
    """The maintained alias table: IMF name -> code and kind."""
    with NAMES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = {}
    for row in rows:
        if row["kind"] not in KINDS:
            raise ValueError(f"{NAMES_CSV.name}: {row['imf_name']!r}: kind must be one of {', '.join(KINDS)}")
        table[row["imf_name"].strip()] = Partner(row["code"].strip(), row["kind"])
    return table


def _pycountry(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def _spelled_out(name: str) -> str:
    name = re.sub(r"\bRep\.", "Republic", name)
    name = re.sub(r"\bDem\. ", "Democratic ", name)
    return re.sub(r"\bSt\. ", "Saint ", name)


@lru_cache(maxsize=1024)
def resolve(imf_name: str) -> Partner | None:
    """The partner an IMF name stands for, or None when neither pycountry, the rules nor the table know it."""
    name = imf_name.strip()
    if name in aliases():
        return aliases()[name]
    candidates = [name, _spelled_out(name)]
    base, _, qualifier = name.partition(", ")
    if qualifier in HONORIFICS:
        candidates.append(base)
    for candidate in candidates:
        code = _pycountry(candidate)
        if code:
            return Partner(code, "country")
    return None


def display_name(code: str, imf_name: str) -> str:
    """A reader's name for a partner: pycountry's common name ("South Korea", "Iran") or name, and the
    IMF's own name for groups, historic partners and codes ISO does not have."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return imf_name
    return getattr(country, "common_name", None) or country.name
