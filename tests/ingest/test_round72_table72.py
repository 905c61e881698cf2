"""Seventy-second round, table72 (docs/extraction.md: when.py, figures.py): the forms behind the dev/1157 misses, told
in short invented texts. A release's grid of partners written as text lines whose header names a column by a year and
a count of its months ("Ölkə | 2025 | 2026, 9 ay | Artım, %"): that column is the year's months to date, and the
change column belongs to it (the latest period), not to the full year before it. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 5)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")


# plant: figures._grid_period no longer calls when.year_and_count_cell
def test_a_grid_column_of_a_year_and_a_count_of_months():
    text = ("Nazirlik Azərbaycanın qonşu ölkələrlə ticarətinə dair yeni hesabat yayıb.\n\n"
            "Azərbaycanın Mərkəzi Asiya ölkələri ilə ticarəti (milyon ABŞ dolları)\n\n"
            "Ölkə | 2025 | 2026, 9 ay | Artım, %\n"
            "Qazaxıstan | 700,2 | 488,1 | 9,4\n"
            "Özbəkistan | 350,0 | 260,5 | -3,2\n"
            "Cəmi | 1 050,2 | 748,6 | 4,1\n")
    assert set(proposed.trade(text, DAY)) == {
        (AZ_KZ, "2025", "turnover", 700.2, "exact", ""), (AZ_KZ, "2026-9M", "turnover", 488.1, "exact", "9.4"),
        (AZ_UZ, "2025", "turnover", 350.0, "exact", ""), (AZ_UZ, "2026-9M", "turnover", 260.5, "exact", "-3.2")}
    other = ("The ministry published its review of Kazakhstan's trade with the Turkic states.\n\n"
             "Kazakhstan's trade with the Turkic states (USD million)\n\n"
             "Country | 2024 | 8 months 2025 | Change, %\n"
             "Türkiye | 4,420.5 | 3,120.8 | 5.5\n"
             "Kyrgyzstan | 1,905.0 | 1,300.2 | 12.0\n")
    assert set(proposed.trade(other, date(2025, 10, 1))) == {
        (KZ_TR, "2024", "turnover", 4420.5, "exact", ""), (KZ_TR, "2025-8M", "turnover", 3120.8, "exact", "5.5"),
        (KZ_KG, "2024", "turnover", 1905.0, "exact", ""), (KZ_KG, "2025-8M", "turnover", 1300.2, "exact", "12")}
