"""The app's pages import only what they use: geometry libraries, DuckDB, pandera, SQLAlchemy and the
extraction rules cost a cold start seconds (docs/benchmarks.md, "Where the cold start goes"), and reading
pages need none of them on the shipped data once `make build` has kept the built tables."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# geopandas (with shapely, pyogrio, pyproj) is for scripts/build_geo.py and the geometry tests; the map
# reads data/geo/region.geojson with json. DuckDB is for trade tables of trade_index.MIN_ROWS rows.
# pandera validates when tables are built (make build keeps them built: dashboard/data/prebuilt.py);
# SQLAlchemy opens the store, which a server where nothing was saved never needs; the extraction rules
# are for /add's editors.
NOT_ON_THE_PAGE_PATH = ("geopandas", "shapely", "pyogrio", "pyproj", "duckdb", "pandera", "sqlalchemy",
                        "dashboard.ingest")

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
print(json.dumps({"problems": problems,
                  "modules": sorted(m for m in sys.modules if "." not in m or m.startswith("dashboard."))}))
"""


def test_running_every_page_imports_none_of_the_heavy_libraries(tmp_path):
    from dashboard.data import prebuilt

    prebuilt.write()  # what `make build` does before `make run`
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TURKIC_TIES_STORE_URL": f"sqlite:///{tmp_path / 'none.sqlite'}"}
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    assert "plotly" in result["modules"] and "streamlit" in result["modules"], "the pages did run"
    assert [name for name in NOT_ON_THE_PAGE_PATH if name in result["modules"]] == []
