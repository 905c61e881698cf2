"""Build data/geo/region.geojson: Natural Earth 1:110m countries around the Turkic states, small and offline.

Source: the Natural Earth "admin 0 countries" 1:110m layer (public domain) as shipped inside the
pyogrio wheel (`pyogrio/tests/fixtures/naturalearth_lowres/`), so the build needs no download.
It is a test fixture, so its output is committed and the app never reads the fixture at run time.

Run from the project root:  uv run python scripts/build_geo.py
The output is deterministic (features sorted by iso3, coordinates rounded to 3 decimals).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import box, mapping

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))  # run as a script: make `dashboard` importable

from dashboard.data.countries import NORTHERN_CYPRUS  # noqa: E402  the project code, defined once

OUTPUT = PROJECT_ROOT / "data" / "geo" / "region.geojson"

# A country is kept when it touches SELECT_BOX (Hungary to Kyrgyzstan plus grey neighbours) and is
# then cut to CLIP_BOX, so Russia, China, Saudi Arabia... stay small but still fill the map frame
# (dashboard.data.geo.REGION_FRAME, lon 15-88, lat 31-56) with margin. (minx, miny, maxx, maxy).
SELECT_BOX = (10.0, 25.0, 95.0, 60.0)
CLIP_BOX = (5.0, 20.0, 100.0, 65.0)
DECIMALS = 3  # ~100 m: far finer than 1:110m data needs

# Natural Earth puts -99 in iso_a3 for these; fixed by name. Somaliland has no code and lies
# outside the region, so it is dropped rather than given an invented one.
CODE_BY_NAME = {"N. Cyprus": NORTHERN_CYPRUS, "France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}
DROP_NAMES = {"Somaliland"}
REQUIRED = ("AZE", "TUR", "KAZ", "UZB", "KGZ", "TKM", "HUN", NORTHERN_CYPRUS, "TJK",
            "ARM", "GEO", "IRN", "RUS", "CHN", "AFG", "UKR", "ROU")


def natural_earth_path() -> Path:
    spec = importlib.util.find_spec("pyogrio")
    if spec is None or spec.origin is None:
        raise SystemExit("pyogrio is not installed: run `uv sync` first")
    path = Path(spec.origin).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    if not path.exists():
        raise SystemExit(f"{path} not found: this pyogrio wheel no longer ships the Natural Earth fixture")
    return path


def fix_codes(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    frame = frame[~frame["name"].isin(DROP_NAMES)].copy()
    fixed = frame["name"].map(CODE_BY_NAME)
    frame["iso3"] = fixed.where(fixed.notna(), frame["iso_a3"])
    unknown = frame.loc[frame["iso3"] == "-99", "name"].tolist()
    if unknown:
        raise SystemExit(f"no ISO-3 code for {unknown}: add them to CODE_BY_NAME in {Path(__file__).name}")
    return frame


def simplify_geometry(geom: shapely.Geometry) -> shapely.Geometry:
    """Clip to CLIP_BOX, snap to a 10^-DECIMALS grid keeping it valid, exterior rings clockwise."""
    geom = shapely.clip_by_rect(geom, *CLIP_BOX)
    geom = shapely.set_precision(geom, 10.0**-DECIMALS)  # valid output; may drop slivers
    geom = shapely.transform(geom, lambda xy: np.round(xy, DECIMALS))  # strip float noise
    # d3-geo (plotly.js geo) reads a counter-clockwise ring as "the whole globe but this", so
    # exteriors must be clockwise: the shapefile order, the opposite of RFC 7946.
    return shapely.orient_polygons(geom, exterior_cw=True)


def build() -> gpd.GeoDataFrame:
    world = gpd.read_file(natural_earth_path(), engine="pyogrio")
    world = fix_codes(world)
    region = world[world.intersects(box(*SELECT_BOX))].copy()
    region["geometry"] = [simplify_geometry(g) for g in region.geometry]
    region = region[~region.geometry.is_empty]
    region = region[["iso3", "name", "geometry"]].sort_values("iso3").reset_index(drop=True)
    missing = sorted(set(REQUIRED) - set(region["iso3"]))
    if missing:
        raise SystemExit(f"region lacks {missing}: widen SELECT_BOX in {Path(__file__).name}")
    if region["iso3"].duplicated().any():
        raise SystemExit(f"duplicate codes: {region.loc[region['iso3'].duplicated(), 'iso3'].tolist()}")
    return region


def to_geojson(region: gpd.GeoDataFrame) -> str:
    """One feature per line: compact, yet a re-build shows up in a diff country by country."""
    features = [
        json.dumps(
            {"type": "Feature", "properties": {"iso3": row.iso3, "name": row.name}, "geometry": mapping(row.geometry)},
            ensure_ascii=False, separators=(",", ":"),
        )
        for row in region.itertuples(index=False)
    ]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(features) + "\n]}\n"


def main() -> None:
    region = build()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(to_geojson(region), encoding="utf-8")
    size_kb = OUTPUT.stat().st_size / 1024
    print(f"wrote {OUTPUT.relative_to(PROJECT_ROOT)}: {len(region)} countries, {size_kb:.0f} KB")


if __name__ == "__main__":
    main()
