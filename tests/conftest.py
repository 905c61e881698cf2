"""Shared test setup: make the project root importable (`import dashboard`, `import tests.e2e.helpers`)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


import pytest  # noqa: E402 -- after the path set-up above


@pytest.fixture(autouse=True, scope="session")
def _private_user_store(tmp_path_factory):
    """Rows a developer saved in data/user/ never leak into tests: the store is a temporary file."""
    import os

    from dashboard.store import STORE_URL_ENV

    if not os.environ.get(STORE_URL_ENV):
        os.environ[STORE_URL_ENV] = f"sqlite:///{tmp_path_factory.mktemp('user-store') / 'added.sqlite'}"
    yield


@pytest.fixture(scope="session")
def real_trade():
    """The real trade table as built from data/raw (shared, never modified)."""
    from dashboard.data.build import build_tables

    return build_tables().trade


@pytest.fixture(scope="session")
def synthetic_trade_30k(real_trade):
    """30,000 synthetic rows shaped like the real table (benchmarks/synthetic.py), fixed seed."""
    from benchmarks.synthetic import synthetic_trade

    return synthetic_trade(real_trade, 30_000, seed=11)
