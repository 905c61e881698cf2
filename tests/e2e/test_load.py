"""Bounded load on loopback: 20 browser sessions change their filters at the same moment, and each
still gets its own answer. Asserts correctness under load, never speed (`make bench` records times)."""
from urllib.parse import parse_qs, urlsplit

import pytest

from benchmarks.load import plan, run_load
from dashboard.data.build import build_tables

SESSIONS = 20


@pytest.fixture(scope="module")
def tables():
    return build_tables()


def test_every_planned_session_has_its_own_view_and_expects_a_different_page_after_its_change(tables):
    plans = plan(tables, SESSIONS)
    assert len({p.url for p in plans}) == SESSIONS
    assert {p.path for p in plans} == {"/data", "/trade"}
    for p in plans:
        assert p.before != p.after, p.label
        assert p.first != p.added, p.label


def test_twenty_sessions_changing_filters_at_once_each_see_their_own_rows(app_server, tables, tmp_path):
    outcomes, _ = run_load(app_server, tables, SESSIONS, shots_dir=tmp_path)
    assert len(outcomes) == SESSIONS, "every session reports back, none is lost"
    failed = [o.describe() for o in outcomes if not o.ok]
    assert not failed, (f"{len(failed)} of {SESSIONS} sessions did not reach their own updated page:\n"
                        + "\n".join(failed))
    for outcome in outcomes:
        query = parse_qs(urlsplit(outcome.final_url).query)
        assert query["country"] == list(outcome.expected_countries), outcome.label
        assert not outcome.blocked and not outcome.page_errors and not outcome.dialogs and not outcome.exception_boxes
