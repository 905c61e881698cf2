"""The app's pages import only what they use: geometry libraries and DuckDB cost a cold start seconds
(docs/benchmarks.md, "Where the cold start goes") and the pages need neither on the shipped data."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# geopandas (with shapely, pyogrio, pyproj) is for scripts/build_geo.py and the geometry tests; the map
# reads data/geo/region.geojson with json. DuckDB is for trade tables of trade_index.MIN_ROWS rows.
NOT_ON_THE_PAGE_PATH = ("geopandas", "shapely", "pyogrio", "pyproj", "duckdb")

# A fresh interpreter: the entrypoint (the Ties map), then every other page with the real global filters.
CHILD = """
import json, sys
from streamlit.testing.v1 import AppTest
from tests.ui.test_pages import run_page
from dashboard.views import PAGES

problems = []
at = AppTest.from_file("streamlit_app.py", default_timeout=120).run()
problems += [str(e.value) for e in at.exception]
for spec in PAGES:
    page = AppTest.from_function(run_page, args=(spec.url_path,), default_timeout=120).run()
    problems += [str(e.value) for e in page.exception]
print(json.dumps({"problems": problems, "modules": sorted(m for m in sys.modules if "." not in m)}))
"""


def test_running_every_page_imports_no_geometry_library_and_no_duckdb():
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    assert "plotly" in result["modules"] and "streamlit" in result["modules"], "the pages did run"
    assert [name for name in NOT_ON_THE_PAGE_PATH if name in result["modules"]] == []
