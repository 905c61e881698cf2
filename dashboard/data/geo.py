"""The regional geometry the maps draw: Natural Earth 1:110m countries, Hungary to Kyrgyzstan.

Built by scripts/build_geo.py into data/geo/region.geojson (properties `iso3`, `name`; Northern
Cyprus under the project code in dashboard.data.countries.NORTHERN_CYPRUS). Large neighbours are
clipped to a box around the region, so their shapes are for grey context only.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .paths import DATA_DIR

if TYPE_CHECKING:
    import geopandas as gpd

REGION_GEOJSON = DATA_DIR / "geo" / "region.geojson"

# The map framing (degrees) for plotly geo with a mercator projection: pass as
# `fig.update_geos(lonaxis_range=..., lataxis_range=...)`. `fitbounds` is no substitute: with
# Russia or China drawn it zooms out to all of Eurasia. The geometry extends past this on every side.
# The states lie within lat 31-56; the frame adds grey context above and below so its box is about
# 5:4 (plotly keeps a frame's proportions): on a 390 px phone the whole region is then ~290 px tall
# instead of ~170 px, tall enough to tap a country (docs/benchmarks.md, "Phone (390 px wide)").
REGION_FRAME = {"lon_range": (15, 88), "lat_range": (20, 62)}


@lru_cache(maxsize=1)
def _load_region() -> gpd.GeoDataFrame:
    # Imported here, not at the top: the app draws from the parsed GeoJSON alone (json), and geopandas
    # with shapely and pyogrio costs a cold start ~0.3-0.8 s (docs/benchmarks.md). Only
    # scripts/build_geo.py and the geometry tests come this way.
    import geopandas as gpd

    frame = gpd.read_file(REGION_GEOJSON, engine="pyogrio")
    return frame[["iso3", "name", "geometry"]]


def load_region() -> gpd.GeoDataFrame:
    """The region's countries (iso3, name, geometry in EPSG:4326), sorted by iso3; a fresh copy."""
    return _load_region().copy()


@lru_cache(maxsize=1)
def _region_text() -> str:
    return REGION_GEOJSON.read_text(encoding="utf-8")


def region_feature_collection() -> dict:
    """The parsed GeoJSON, for plotly `geojson=` with `featureidkey="properties.iso3"`; a fresh dict."""
    return json.loads(_region_text())


@lru_cache(maxsize=1)
def _representative_points() -> pd.DataFrame:
    region = _load_region()
    points = region.geometry.representative_point()
    return pd.DataFrame({"iso3": region["iso3"].to_numpy(), "lon": points.x.to_numpy(), "lat": points.y.to_numpy()})


def representative_points() -> pd.DataFrame:
    """One label point per country (iso3, lon, lat), guaranteed inside its shape unlike a centroid."""
    return _representative_points().copy()
