"""Streamlit Community Cloud readiness: what the platform needs is in the repository and nothing else is."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_entrypoint_is_streamlit_app_py_at_the_root():
    assert (ROOT / "streamlit_app.py").is_file()


def test_static_serving_is_on_and_usage_statistics_off():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
    assert config["browser"]["gatherUsageStats"] is False


def test_the_offline_map_files_are_in_the_static_folder():
    for name in ("world_110m.json", "world_50m.json"):
        assert (ROOT / "static" / "topojson" / name).stat().st_size > 100_000


def test_python_version_is_stated_and_the_lock_file_is_committed():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11"
    assert (ROOT / ".python-version").read_text().strip() == "3.11"
    assert "[[package]]" in (ROOT / "uv.lock").read_text(encoding="utf-8")


def test_secrets_are_optional_read_in_two_places_and_none_is_committed():
    # Secrets only switch on editing (sign-in) and a remote database; the dashboard runs without them
    # (tests/ui/test_add_page.py runs /add with none: read-only).
    readers = {p.relative_to(ROOT).as_posix() for p in [ROOT / "streamlit_app.py", *ROOT.glob("dashboard/**/*.py")]
               if "st.secrets" in p.read_text(encoding="utf-8")}
    assert readers == {"dashboard/ui/editor.py", "dashboard/ui/store_access.py"}
    assert not (ROOT / ".streamlit" / "secrets.toml").exists()


def test_nothing_in_the_app_fetches_from_the_web():
    code = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "streamlit_app.py", *ROOT.glob("dashboard/**/*.py")])
    assert not re.search(r"\b(requests|urllib\.request|httpx|aiohttp)\b", code)
    assert "unsafe_allow_html" not in code
