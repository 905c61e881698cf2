"""Seventy-sixth round, table76 (docs/extraction.md: figures.py): the form behind the dev/1201 misses, told in short
invented tables. A grid of periods by flows, a column a year ("Göstərici | 2023 | 2024 | 2025") and a row a flow, its
label naming it ("Azərbaycanın Qazaxıstana ixracı", "…idxalı", "Ticarət dövriyyəsi"): each cell a record of its row's
flow, not of turnover; a row naming no state (the turnover's) or only the partner ("Exports to Kazakhstan") is of the
pair the heading names ("Cədvəl: Azərbaycan–Qazaxıstan ticarəti (milyon ABŞ dolları)"). Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 1)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


def _flows(text: str) -> set[tuple]:
    """(exporter-side state, period, flow, value) of each trade figure."""
    return {(r["reporter_country"], r["period"], r["flow"], float(r["value_usd_million"]))
            for r in proposed.records("trade", text, DAY)}


# plant: figures._one_grid's figures take column[2] or "turnover" (the row's flow, row_flow, left out)
def test_a_row_labelled_by_its_flow_gives_that_flow():
    text = ("Rəqəmlər aşağıdakı cədvəldədir:\n\n"
            "Cədvəl: Azərbaycan–Qazaxıstan ticarəti (milyon ABŞ dolları)\n"
            "Göstərici | 2022 | 2023\n"
            "Azərbaycanın Qazaxıstana ixracı | 88,4 | 97,1\n"
            "Azərbaycanın Qazaxıstandan idxalı | 201,6 | 230,2\n")
    assert _flows(text) == {("Azerbaijan", "2022", "export", 88.4), ("Azerbaijan", "2023", "export", 97.1),
                            ("Azerbaijan", "2022", "import", 201.6), ("Azerbaijan", "2023", "import", 230.2)}
    english = ("The figures are set out below.\n\n"
               "Table 2. Türkiye–Uzbekistan trade (USD million)\n"
               "Indicator | 2024 | 2025\n"
               "Türkiye's exports to Uzbekistan | 1,410.5 | 1,588.0\n"
               "Türkiye's imports from Uzbekistan | 930.2 | 1,002.7\n")
    assert _flows(english) == {("Türkiye", "2024", "export", 1410.5), ("Türkiye", "2025", "export", 1588.0),
                               ("Türkiye", "2024", "import", 930.2), ("Türkiye", "2025", "import", 1002.7)}


# plant: figures._flow_row_states returns `states` unchanged (a turnover row naming no state is skipped then)
def test_a_row_naming_no_state_is_the_headings_pair():
    text = ("Rəqəmlər aşağıdakı cədvəldədir:\n\n"
            "Cədvəl: Azərbaycan–Qazaxıstan ticarəti (milyon ABŞ dolları)\n"
            "Göstərici | 2022 | 2023\n"
            "Azərbaycanın Qazaxıstana ixracı | 88,4 | 97,1\n"
            "Ticarət dövriyyəsi | 290,0 | 327,3\n")
    assert proposed.trade_values(text, DAY) == {
        (AZ_KZ, "2022", "export", 88.4), (AZ_KZ, "2023", "export", 97.1),
        (AZ_KZ, "2022", "turnover", 290.0), (AZ_KZ, "2023", "turnover", 327.3)}
    russian = ("Данные приводятся ниже.\n\n"
               "Таблица: торговля Казахстана и Азербайджана (млн долларов США)\n"
               "Показатель | 2024 | 2025\n"
               "Товарооборот | 410,2 | 455,9\n")
    assert proposed.trade_values(russian, DAY) == {(AZ_KZ, "2024", "turnover", 410.2),
                                                   (AZ_KZ, "2025", "turnover", 455.9)}
    # a row of no flow and no state ("Cəmi", a total) stays no record
    total = ("Rəqəmlər aşağıdakı cədvəldədir:\n\n"
             "Cədvəl: Azərbaycan–Qazaxıstan ticarəti (milyon ABŞ dolları)\n"
             "Göstərici | 2022 | 2023\n"
             "Cəmi | 290,0 | 327,3\n")
    assert proposed.trade_values(total, DAY) == set()


# plant: figures._flow_row_states keeps a row's one state (then no pair: the row is skipped)
def test_a_row_naming_only_the_partner_is_the_headings_pair():
    text = ("The figures are set out below.\n\n"
            "Table 2. Türkiye–Uzbekistan trade (USD million)\n"
            "Indicator | 2024 | 2025\n"
            "Exports to Uzbekistan | 1,410.5 | 1,588.0\n"
            "Imports from Uzbekistan | 930.2 | 1,002.7\n")
    assert _flows(text) == {("Türkiye", "2024", "export", 1410.5), ("Türkiye", "2025", "export", 1588.0),
                            ("Türkiye", "2024", "import", 930.2), ("Türkiye", "2025", "import", 1002.7)}
    turkish = ("Rakamlar aşağıda yer alıyor.\n\n"
               "Tablo: Türkiye–Özbekistan ticareti (milyon dolar)\n"
               "Gösterge | 2024 | 2025\n"
               "Özbekistan'a ihracat | 1.410,5 | 1.588,0\n")
    assert _flows(turkish) == {("Türkiye", "2024", "export", 1410.5), ("Türkiye", "2025", "export", 1588.0)}
