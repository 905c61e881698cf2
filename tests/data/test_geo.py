"""The shipped geometry: data/geo/region.geojson and the topojson files plotly.js fetches offline."""
from __future__ import annotations

import json
import re

import pytest

from dashboard.data import geo
from dashboard.data import countries
from dashboard.data.countries import NORTHERN_CYPRUS
from dashboard.data.paths import PROJECT_ROOT

FOCUS = ("AZE", "TUR", "KAZ", "UZB", "KGZ", "TKM", "HUN", NORTHERN_CYPRUS, "TJK")
NEIGHBOURS = ("ARM", "GEO", "IRN", "RUS", "CHN", "AFG", "UKR", "ROU")
TOPOJSON_DIR = PROJECT_ROOT / "static" / "topojson"


def test_region_has_the_nine_focus_countries_with_valid_non_empty_geometry():
    region = geo.load_region().set_index("iso3")
    for code in FOCUS:
        shape = region.loc[code, "geometry"]
        assert not shape.is_empty and shape.is_valid, code


def test_region_includes_northern_cyprus_under_the_code_the_raw_files_resolve_to():
    from shapely.geometry import Point

    region = geo.load_region().set_index("iso3")
    # The names sources use must land on the shape the map draws, not on Cyprus.
    codes = {countries.resolve(name) for name in ("Northern Cyprus", "TRNC", "Turkish Republic of Northern Cyprus")}
    assert codes == {NORTHERN_CYPRUS} and NORTHERN_CYPRUS != "CYP"
    shape = region.loc[NORTHERN_CYPRUS, "geometry"]
    assert not shape.is_empty and shape.is_valid
    capital = countries.get(NORTHERN_CYPRUS)
    assert shape.distance(Point(capital.lon, capital.lat)) < 0.2  # North Nicosia, at the border line
    assert shape.intersection(region.loc["CYP", "geometry"]).area < 0.01 * shape.area


def test_region_includes_grey_context_neighbours():
    assert set(NEIGHBOURS) <= set(geo.load_region()["iso3"])


def test_region_has_no_missing_or_duplicate_codes():
    codes = geo.load_region()["iso3"]
    assert codes.str.fullmatch(r"[A-Z]{3}").all(), codes[~codes.str.fullmatch(r"[A-Z]{3}")].tolist()
    assert not codes.duplicated().any()
    assert codes.tolist() == sorted(codes)


def test_region_features_carry_only_iso3_and_name():
    collection = geo.region_feature_collection()
    assert collection["type"] == "FeatureCollection"
    assert {tuple(sorted(f["properties"])) for f in collection["features"]} == {("iso3", "name")}


def test_region_coordinates_are_rounded_to_three_decimals():
    text = geo.REGION_GEOJSON.read_text(encoding="utf-8")
    numbers = re.findall(r"-?\d+\.(\d+)", text)
    assert numbers and max(len(decimals) for decimals in numbers) <= 3


def test_region_file_stays_small():
    assert geo.REGION_GEOJSON.stat().st_size < 200 * 1024


def test_region_geometry_covers_the_map_frame():
    minx, miny, maxx, maxy = geo.load_region().total_bounds
    (lon_min, lon_max), (lat_min, lat_max) = geo.REGION_FRAME["lon_range"], geo.REGION_FRAME["lat_range"]
    assert minx <= lon_min and maxx >= lon_max and miny <= lat_min and maxy >= lat_max


def test_representative_point_of_kazakhstan_lies_inside_kazakhstan():
    from shapely.geometry import Point

    points = geo.representative_points().set_index("iso3")
    region = geo.load_region().set_index("iso3")
    assert list(points.columns) == ["lon", "lat"]
    assert region.loc["KAZ", "geometry"].contains(Point(points.loc["KAZ", "lon"], points.loc["KAZ", "lat"]))


def test_loaders_return_copies_so_callers_cannot_change_the_cache():
    region = geo.load_region()
    region.loc[:, "name"] = "changed"
    geo.region_feature_collection()["features"].clear()
    points = geo.representative_points()
    points.loc[:, "lon"] = 0.0
    assert "changed" not in set(geo.load_region()["name"])
    assert (geo.representative_points()["lon"] != 0.0).all()
    assert len(geo.region_feature_collection()["features"]) == len(geo.load_region())


@pytest.mark.parametrize("name", ["world_110m.json", "world_50m.json"])
def test_topojson_file_parses_as_topology_with_countries(name):
    topology = json.loads((TOPOJSON_DIR / name).read_text(encoding="utf-8"))
    assert topology["type"] == "Topology"
    assert "countries" in topology["objects"]
    assert topology["arcs"]
