"""data/reference/officeholders.csv: every row is a dated term with a source, and no office has two
holders on one day (extraction turns "the Kazakh Foreign Minister" into the one holder on the date)."""
import csv
from datetime import date
from itertools import combinations

from dashboard.data import countries, officeholders

COLUMNS = ["country", "office", "name", "aliases", "start", "end", "source_url"]


def test_the_columns_and_every_row_parse_with_a_source():
    with officeholders.OFFICEHOLDERS_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        rows = list(reader)
    assert len(rows) == len(officeholders.terms())
    codes = {c.iso3 for c in countries.all_countries()}
    for term in officeholders.terms():
        assert term.country in codes, term
        assert term.source_url.startswith(("http://", "https://")), term
        assert term.end is None or term.start <= term.end, term
        assert term.start <= date.today(), term


def test_no_office_has_two_holders_on_one_day():
    for a, b in combinations(officeholders.terms(), 2):
        if (a.country, a.office) != (b.country, b.office):
            continue
        a_end, b_end = a.end or date.max, b.end or date.max
        # a handover day is shared (one leaves, the other arrives): overlap means more than that
        assert a_end <= b.start or b_end <= a.start, (a.name, b.name)


def test_foreign_ministers_filled_this_round_answer_on_a_date():
    for country, day, name in [("KAZ", date(2019, 5, 1), "Beibut Atamkulov"), ("KAZ", date(2023, 6, 1), "Murat Nurtleu"),
                               ("KAZ", date(2025, 10, 1), "Yermek Kosherbayev"), ("KGZ", date(2021, 1, 1), "Ruslan Kazakbaev"),
                               ("KGZ", date(2023, 5, 16), "Jeenbek Kulubaev"), ("UZB", date(2025, 2, 14), "Bakhtiyor Saidov"),
                               ("UZB", date(2022, 6, 1), "Vladimir Norov")]:
        assert officeholders.holder(country, "Foreign Minister", day).name == name
