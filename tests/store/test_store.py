"""The store keeps what editors saved: whole saves or nothing, no duplicates, readable back as raw CSV."""
import csv
import io
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard.data.build import build_tables
from dashboard.store import Store, StoreError
from dashboard.store.store import rows, saves
from tests.store.records import quote, trade

ROOT = Path(__file__).resolve().parents[2]


def test_a_save_reads_back_with_who_and_when(store_url):
    store = Store(store_url)
    result = store.save({"quotes": [quote(1)], "trade": [trade()]}, "editor Ann", "https://example.org/a")
    assert result.count == 2
    stored = store.records("quotes")
    assert list(stored["speaker"]) == ["Ilham Aliyev"]
    assert list(stored["added_by"]) == ["editor Ann"]
    assert stored["added_at"].notna().all()


def test_the_same_row_is_never_saved_twice(store_url):
    store = Store(store_url)
    store.save({"quotes": [quote(1)]}, "a")
    again = store.save({"quotes": [quote(1), quote(2)]}, "b")
    assert again.count == 1
    assert [(t, where.startswith("database row")) for t, _, where in again.duplicates] == [("quotes", True)]
    assert len(store.records("quotes")) == 2


def test_rows_already_in_the_curated_files_are_skipped(store_url):
    store = Store(store_url)
    from dashboard.store.keys import keys_of
    known = {"quotes": set(keys_of("quotes", [quote(1)]))}
    result = store.save({"quotes": [quote(1)]}, "a", known_keys=known)
    assert result.count == 0 and result.duplicates[0][2] == "the curated data"


def test_an_invalid_row_stops_the_whole_save(store_url):
    store = Store(store_url)
    bad = quote(2) | {"speaker_country": "Atlantis"}
    with pytest.raises(StoreError, match="speaker_country"):
        store.save({"quotes": [quote(1), bad]}, "a")
    assert store.count() == 0


def test_nobody_saves_anonymously(store_url):
    with pytest.raises(StoreError, match="sign in"):
        Store(store_url).save({"quotes": [quote(1)]}, "  ")


def test_export_has_the_curated_files_header_and_the_saved_values(store_url):
    store = Store(store_url)
    store.save({"trade": [trade("77.5")]}, "a")
    exported = list(csv.reader(io.StringIO(store.export_csv("trade"))))
    header = next(csv.reader(open(ROOT / "data/raw/trade.csv", encoding="utf-8")))
    assert exported[0][:len(header)] == header
    row = dict(zip(exported[0], exported[1]))
    assert row["value_usd_million"] == "77.5" and row["source_url"] == "https://example.org/news/store-test"


def test_twenty_concurrent_saves_lose_nothing(store_url):
    store = Store(store_url)
    store.create()

    def one(n):  # each thread its own Store (own connection pool), as separate sessions would be
        return Store(store_url).save({"quotes": [quote(n), quote(1000 + n)]}, f"editor {n}").count

    with ThreadPoolExecutor(max_workers=20) as pool:
        counts = list(pool.map(one, range(20)))
    assert counts == [2] * 20
    assert store.count() == 40


def test_concurrent_saves_of_the_same_row_store_it_once(store_url):
    Store(store_url).create()
    with ThreadPoolExecutor(max_workers=10) as pool:
        counts = list(pool.map(lambda n: Store(store_url).save({"quotes": [quote(7)]}, f"e{n}").count, range(10)))
    assert sorted(counts) == [0] * 9 + [1]
    assert Store(store_url).count() == 1


SAVER = """
import sys
from sqlalchemy import event
from dashboard.store import Store
from tests.store.records import quote
store = Store(sys.argv[1])
store.create()

@event.listens_for(store.engine, "begin")
def announce(conn):  # tells the test a save's transaction has begun, so it can kill inside it
    print("begin", flush=True)

n = 0
while True:  # saves of 300 rows each (~0.4 s of inserts), until killed
    store.save({"quotes": [quote(n * 1000 + i) for i in range(300)]}, f"save {n}")
    print("committed", n, flush=True)
    n += 1
"""


def test_a_kill_mid_save_loses_nothing_saved_and_leaves_no_half_save(store_url):
    Store(store_url).create()
    proc = subprocess.Popen([sys.executable, "-c", SAVER, store_url], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    committed = []
    try:
        while True:
            line = proc.stdout.readline()
            assert line, "the saver process died before it was killed"
            if line.startswith("committed"):
                committed.append(int(line.split()[1]))
            elif len(committed) >= 2:  # the third save's transaction has begun: kill inside it
                time.sleep(0.02)  # a 300-row transaction takes ~0.1-0.4 s: the kill lands inside it
                proc.kill()
                break
    finally:
        proc.kill()
        proc.wait()
    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        per_save = conn.execute(sa.select(saves.c.added_by, saves.c.rows_saved,
                                          sa.select(sa.func.count()).where(rows.c.save_id == saves.c.id)
                                          .scalar_subquery())).all()
    engine.dispose()
    found = {name: (declared, rows_found) for name, declared, rows_found in per_save}
    assert all(found.get(f"save {n}") == (300, 300) for n in committed), found  # nothing saved is lost
    assert set(found) - {f"save {n}" for n in committed} == set(), found  # the killed save left nothing
    assert Store(store_url).count() == 300 * len(committed)


def test_stored_rows_appear_in_the_built_tables_and_repeats_are_reported(store_url, tmp_path):
    store = Store(store_url)
    store.save({"quotes": [quote(1)]}, "a")
    built = build_tables(extra_raw=store.raw_frames())
    mine = built.quotes[built.quotes["text"].str.startswith("Test statement number 1 ")]
    assert list(mine["source_url"]) == ["https://example.org/news/store-test"]
    assert list(mine["speaker_iso3"]) == ["AZE"]
    # a stored row equal to a curated one is left out, and the problem names the database row
    curated = built.quotes.iloc[0]
    raw = store.raw_frames()["quotes"].iloc[[0]].assign(
        date=curated["date_label"], speaker=curated["speaker"], quote=curated["text"], _line=99)
    again = build_tables(extra_raw={"quotes": raw})
    assert (again.quotes["quote_id"] == curated["quote_id"]).sum() == 1
    assert any(str(p).startswith("database:99: quote_id: repeats the row on line") for p in again.problems)


def test_an_invalid_stored_row_is_reported_by_its_row_id_not_shown(store_url):
    store = Store(store_url)
    store.save({"quotes": [quote(1)]}, "a")
    raw = store.raw_frames()["quotes"].assign(speaker_country="Atlantis", _line=5)
    built = build_tables(extra_raw={"quotes": raw})
    assert not built.quotes["text"].str.startswith("Test statement number 1 ").any()
    assert any(str(p).startswith("database:5: speaker_country") for p in built.problems)


def test_a_save_that_loses_a_race_for_the_same_row_is_redone_and_reports_the_duplicate(store_url):
    """Another session holds the same row in an open transaction; our save waits (PostgreSQL: on the
    unique key, then fails and is redone; SQLite: on the write lock) and ends with nothing stored twice."""
    import threading
    from datetime import datetime, timezone

    from dashboard.store.keys import keys_of

    Store(store_url).create()
    key = keys_of("quotes", [quote(7)])[0]
    engine = sa.create_engine(store_url)
    if engine.dialect.name == "sqlite":
        Store(engine)  # the same BEGIN IMMEDIATE set-up the app uses
    outcome = {}
    with engine.connect() as conn:
        transaction = conn.begin()
        now = datetime.now(timezone.utc)
        save_id = conn.execute(saves.insert().values(added_by="other", added_at=now, article_url="",
                                                     rows_saved=1)).inserted_primary_key[0]
        conn.execute(rows.insert().values(save_id=save_id, table_name="quotes", row_key=key, record="{}",
                                          added_by="other", added_at=now))
        racer = threading.Thread(target=lambda: outcome.update(result=Store(store_url).save({"quotes": [quote(7)]}, "us")))
        racer.start()
        time.sleep(3)  # our save is now waiting for the other transaction
        transaction.commit()
    racer.join(60)
    engine.dispose()
    assert outcome["result"].count == 0
    assert [t for t, _, _ in outcome["result"].duplicates] == ["quotes"]
    assert Store(store_url).count() == 1
