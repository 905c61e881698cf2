"""The one place for country codes, names, capitals, OTS status and aliases.

Countries are joined by ISO-3 code everywhere. Northern Cyprus has no ISO code; the project code
is `CYN` (defined here and in data/reference/countries.csv only). Groups of countries that sources
report as one partner ("OTS member states", "Turkic states", "SPECA") get `GRP_*` codes so they are
kept as groups, never dropped and never mistaken for a single country.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .paths import REFERENCE_DIR
from .text import fold

COUNTRIES_CSV = REFERENCE_DIR / "countries.csv"
NORTHERN_CYPRUS = "CYN"
FOCUS_DEFAULT = "AZE"
OTS_STATUSES = ("member", "observer", "partner")


class UnknownCountry(ValueError):
    """A raw name that no country or alias matches."""


@dataclass(frozen=True)
class Country:
    iso3: str
    kind: str  # "country" or "group"
    name: str
    short_name: str
    name_az: str
    name_ru: str
    name_tr: str
    capital: str
    lat: float | None
    lon: float | None
    ots_status: str  # member / observer / partner / none / group
    demonym: str
    colour: str
    aliases: tuple[str, ...]
    # the capital as Azerbaijani, Russian and Turkish reports spell it ("Bakı", "Баку", "Bakü")
    capital_names: tuple[str, ...] = ()

    @property
    def is_group(self) -> bool:
        return self.kind == "group"


def _float_or_none(text: str) -> float | None:
    return float(text) if text.strip() else None


@lru_cache(maxsize=1)
def all_countries() -> tuple[Country, ...]:
    """Every country and group of the reference file, in file order (focus states first)."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Country(
            iso3=row["iso3"], kind=row["kind"], name=row["name"], short_name=row["short_name"],
            name_az=row["name_az"], name_ru=row["name_ru"], name_tr=row["name_tr"],
            capital=row["capital"], lat=_float_or_none(row["lat"]), lon=_float_or_none(row["lon"]),
            ots_status=row["ots_status"], demonym=row["demonym"], colour=row["colour"],
            aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
            capital_names=tuple(a.strip() for a in (row.get("capital_names") or "").split(";") if a.strip()),
        )
        for row in rows
    )


@lru_cache(maxsize=1)
def by_code() -> dict[str, Country]:
    return {c.iso3: c for c in all_countries()}


def get(iso3: str) -> Country:
    return by_code()[iso3]


def tie_states() -> tuple[Country, ...]:
    """The nine states the product is about: OTS members, observers and the partner Tajikistan."""
    return tuple(c for c in all_countries() if c.ots_status in OTS_STATUSES)


def tie_codes() -> tuple[str, ...]:
    return tuple(c.iso3 for c in tie_states())


def short_name(iso3: str) -> str:
    """Display name of a code; unknown codes are shown as they are rather than raising."""
    country = by_code().get(iso3)
    return country.short_name if country else iso3


def colour(iso3: str) -> str:
    country = by_code().get(iso3)
    return country.colour if country else "#999999"


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in all_countries():
        for label in (c.iso3, c.name, c.short_name, c.name_az, c.name_ru, c.name_tr, *c.aliases):
            key = fold(label)
            if key and key in index and index[key] != c.iso3:
                raise ValueError(f"{COUNTRIES_CSV.name}: alias {label!r} names both {index[key]} and {c.iso3}")
            index[key] = c.iso3
    return index


def resolve(name: str) -> str:
    """Raw country name (any alias, any case or diacritics) -> code; raises UnknownCountry."""
    code = _alias_index().get(fold(name))
    if code is None:
        raise UnknownCountry(f"unknown country {name!r}: add it or an alias to {COUNTRIES_CSV.name}")
    return code


def try_resolve(name: str) -> str | None:
    return _alias_index().get(fold(name))


def countries_frame() -> pd.DataFrame:
    """The countries table (docs/architecture.md, data/reference/countries.csv) (groups included, marked by kind)."""
    frame = pd.DataFrame([c.__dict__ for c in all_countries()])
    frame["aliases"] = frame["aliases"].map(lambda a: "; ".join(a))
    frame["capital_names"] = frame["capital_names"].map(lambda a: "; ".join(a))
    return frame
