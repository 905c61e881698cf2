"""Publication dates keep their precision and are ordered as dates, by one stated rule."""
import pandas as pd

from dashboard.data.build import build_tables
from dashboard.data.dates import published_columns, publication_order_key
from tests.builders import raw_rows, write_raw


def order(*published: str) -> list[int]:
    dated = published_columns(pd.Series(published, dtype="str"))
    return publication_order_key(dated["published_date"], dated["published_precision"]).tolist()


def test_an_undated_publication_counts_as_older_than_any_dated_one():
    undated, old, new = order("", "1990-01-01", "2024-05-01")
    assert undated < old < new


def test_a_partial_date_counts_as_the_last_day_its_precision_allows():
    year, first_day, last_day = order("2024", "2024-01-01", "2024-12-31")
    assert year > first_day and year == last_day
    month, day_in_month, month_end = order("2024-03", "2024-03-30", "2024-03-31")
    assert month > day_in_month and month == month_end
    # As dates, not text: "2024-02" is earlier than "2024-10-01" although both sort alike as text.
    february, october = order("2024-02", "2024-10-01")
    assert february < october


def test_every_built_table_with_a_publication_date_carries_it_as_a_date_with_its_precision(tmp_path):
    rows = raw_rows("trade", [dict(source_published="2023-04"), dict(source_published=""),
                              dict(source_published="2023-04-10")])
    tables = build_tables(write_raw(tmp_path, trade=rows))
    assert tables.problems == ()
    trade = tables.trade
    assert trade["published_date"].tolist()[0] == pd.Timestamp("2023-04-01") and pd.isna(trade["published_date"][1])
    assert trade["published_precision"].tolist() == ["month", "", "day"]
    for name in ("visits", "targets", "quotes", "sources"):
        frame = tables.table(name)
        assert pd.api.types.is_datetime64_any_dtype(frame["published_date"]), name
        assert set(frame["published_precision"]) <= {"day", "month", "year", ""}, name
