"""The storage tests run on SQLite (always) and on a real PostgreSQL when TURKIC_TIES_TEST_PG_URL names one
(`make test` starts a throwaway cluster with scripts/with_postgres.sh; in CI that is required)."""
import os
import uuid

import pytest
import sqlalchemy as sa

PG_ENV = "TURKIC_TIES_TEST_PG_URL"


def _postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        message = (f"{PG_ENV} is not set: PostgreSQL storage tests SKIPPED "
                   "(run them with scripts/with_postgres.sh, or apt-get install -y postgresql)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message.replace("SKIPPED", "cannot run in CI"), pytrace=False)
        pytest.skip(message)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty database URL: a SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    base = sa.make_url(_postgres_url())
    name = f"tt_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()
