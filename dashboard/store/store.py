"""The Store: schema, transactional saves with dedup, reading back, export to the raw CSV format."""
from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Collection, Mapping

import pandas as pd
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from dashboard.data.paths import RAW_DIR
from dashboard.data.readers import OPTIONAL, REQUIRED, TABLES

from .keys import keys_of, problems_of

from .location import DEFAULT_PATH, DEFAULT_URL, STORE_URL_ENV, default_url, has_rows_to_read  # noqa: F401
RETRIES = 8  # a save that lost a race (a concurrent save of the same row, a busy SQLite file) is redone

metadata = sa.MetaData()
saves = sa.Table(
    "user_saves", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("added_by", sa.String(200), nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("article_url", sa.Text, nullable=False, default=""),
    sa.Column("rows_saved", sa.Integer, nullable=False),
)
rows = sa.Table(
    "user_rows", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("save_id", sa.Integer, sa.ForeignKey("user_saves.id"), nullable=False, index=True),
    sa.Column("table_name", sa.String(20), nullable=False),
    sa.Column("row_key", sa.String(40), nullable=False),
    sa.Column("record", sa.Text, nullable=False),  # JSON object: raw column -> value
    sa.Column("added_by", sa.String(200), nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("table_name", "row_key", name="user_rows_one_per_key"),
)


class StoreError(ValueError):
    """A save that cannot be done (invalid rows, an unknown table); the message says what to fix."""


@dataclass
class SaveResult:
    save_id: int | None
    saved: dict[str, list[int]] = field(default_factory=dict)  # table -> stored row ids
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (table, key, where it already is)

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.saved.values())


def _sqlite_setup(engine: Engine) -> None:
    """SQLite: WAL (readers never wait for a writer), wait up to 30 s for a lock, and take the write
    lock at BEGIN so two concurrent saves queue instead of failing half way (pysqlite's own BEGIN is deferred)."""
    if getattr(engine, "_turkic_ties_ready", False):
        return

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    engine._turkic_ties_ready = True


class Store:
    """User-added rows in one SQL database. Takes an Engine (e.g. st.connection("sql").engine) or a URL."""

    def __init__(self, engine: Engine | str | None = None):
        if engine is None or isinstance(engine, str):
            url = sa.make_url(engine or default_url())
            if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(url)
        self.engine = engine
        if engine.dialect.name == "sqlite":
            _sqlite_setup(engine)
        self._created = False

    @staticmethod
    def exists(url: str) -> bool:
        """False for a default SQLite file nobody has saved to yet: reading it would create it."""
        return has_rows_to_read(url)

    def create(self) -> None:
        if not self._created:
            metadata.create_all(self.engine, checkfirst=True)
            self._created = True

    def save(self, records: Mapping[str, list[dict[str, str]]], added_by: str, article_url: str = "",
             known_keys: Mapping[str, Collection[str]] | None = None) -> SaveResult:
        """Store the records (table -> raw records) in one transaction; rows whose key is already in the
        store or in `known_keys` (the curated files' ids) are skipped and reported, never saved twice."""
        if not added_by.strip():
            raise StoreError("who is saving is unknown: sign in first")
        prepared: list[tuple[str, str, dict[str, str]]] = []
        for table, items in records.items():
            if table not in TABLES:
                raise StoreError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
            bad = problems_of(table, items, f"{table} to save")
            if bad:
                raise StoreError("; ".join(f"{table} row {p.line}: {p.field}: {p.message}" for p in bad))
            prepared += [(table, key, item) for key, item in zip(keys_of(table, items), items)]
        self.create()
        for attempt in range(RETRIES):
            try:
                return self._save_once(prepared, added_by.strip(), article_url, known_keys or {})
            except (IntegrityError, OperationalError):
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _save_once(self, prepared, added_by, article_url, known_keys) -> SaveResult:
        now = datetime.now(timezone.utc)
        result = SaveResult(None)
        with self.engine.begin() as conn:
            stored: dict[tuple[str, str], int] = {}
            for table in {t for t, _, _ in prepared}:
                keys = [k for t, k, _ in prepared if t == table]
                found = conn.execute(sa.select(rows.c.row_key, rows.c.id).where(
                    rows.c.table_name == table, rows.c.row_key.in_(keys))).all()
                stored.update({(table, key): row_id for key, row_id in found})
            fresh, seen = [], set()
            for table, key, item in prepared:
                if (table, key) in stored:
                    result.duplicates.append((table, key, f"database row {stored[(table, key)]}"))
                elif key in known_keys.get(table, ()):
                    result.duplicates.append((table, key, "the curated data"))
                elif (table, key) in seen:
                    result.duplicates.append((table, key, "this save"))
                else:
                    seen.add((table, key))
                    fresh.append((table, key, item))
            if not fresh:
                return result
            save_id = conn.execute(saves.insert().values(added_by=added_by, added_at=now, article_url=article_url,
                                                         rows_saved=len(fresh))).inserted_primary_key[0]
            result.save_id = save_id
            for table, key, item in fresh:
                row_id = conn.execute(rows.insert().values(
                    save_id=save_id, table_name=table, row_key=key, record=json.dumps(item, ensure_ascii=False),
                    added_by=added_by, added_at=now)).inserted_primary_key[0]
                result.saved.setdefault(table, []).append(row_id)
        return result

    def records(self, table: str) -> pd.DataFrame:
        """Stored rows of a table: raw columns, plus `_line` (row id), `added_by`, `added_at`."""
        self.create()
        with self.engine.connect() as conn:
            found = conn.execute(sa.select(rows.c.id, rows.c.record, rows.c.added_by, rows.c.added_at)
                                 .where(rows.c.table_name == table).order_by(rows.c.id)).all()
        data = [{**json.loads(r.record), "_line": r.id, "added_by": r.added_by, "added_at": r.added_at} for r in found]
        return pd.DataFrame(data)

    def raw_frames(self) -> dict[str, pd.DataFrame]:
        """Every table's stored rows in the shape build_tables(extra_raw=...) takes."""
        out = {}
        for table in TABLES:
            frame = self.records(table)
            if not frame.empty:
                out[table] = frame.drop(columns=["added_by", "added_at"])
        return out

    def export_csv(self, table: str, raw_dir: Path = RAW_DIR) -> str:
        """The stored rows of a table as CSV with the curated file's header (rows ready to append)."""
        header = _header(table, raw_dir)
        frame = self.records(table)
        extra = [c for c in frame.columns if c not in header and c not in ("_line", "added_by", "added_at")
                 and frame[c].fillna("").astype(str).str.len().gt(0).any()]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header + extra)
        for record in frame.fillna("").to_dict("records"):
            writer.writerow([record.get(c, "") for c in header + extra])
        return out.getvalue()

    def count(self) -> int:
        self.create()
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(rows)).scalar_one()


def _header(table: str, raw_dir: Path) -> list[str]:
    path = Path(raw_dir) / f"{table}.csv"
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [h.strip() for h in next(csv.reader(handle))]
    except (OSError, StopIteration):
        return list(dict.fromkeys([*REQUIRED[table], *OPTIONAL]))
