"""Seventy-second round, abbrev72 (docs/extraction.md: people.py, visits.py, figures.py): the forms behind the dev/1146
and dev/1151 misses, told in short invented sentences. A state told by its abbreviation inside the visitor's title,
after the office word and its body, "Министр торговли и интеграции РК X Y" (the Republic of Kazakhstan; "КР" the Kyrgyz
Republic) (1146), read nowhere else; and an earlier year's level compared inside the figure's own sentence after "ki,
bu da", in the ablative with the rate and a comparative after it, "… ki, bu da 2024-cü ildəki 146,3 milyon dollardan
22 faiz çoxdur" (1151), that year's figure. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 10)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: visits._name_words without the abbreviation's check (the run "РК Ерлан Досжанов" read as a three-word name)
def test_a_state_abbreviated_inside_the_visitors_title():
    text = "8 мая Министр торговли и интеграции РК Ерлан Досжанов прибыл с рабочим визитом в Баку."
    assert proposed.visits(text, DAY) == [("Yerlan Doszhanov", "Azerbaijan", "2026-05-08", "Baku", "working")]
    other = "8 мая Министр экономики и коммерции КР Азамат Токтогулов прибыл с официальным визитом в Ташкент."
    assert proposed.visits(other, DAY) == [("Azamat Toktogulov", "Uzbekistan", "2026-05-08", "Tashkent",
                                            "official")]


# plant: figures._COMPARED_AFTER_LOCAL without its ablative alternative
def test_an_earlier_years_level_compared_after_ki_bu_da():
    text = ("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 520,4 milyon dollar olub ki, bu da "
            "2024-cü ildəki 480 milyon dollardan 8,4 faiz çoxdur.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2025", "turnover", 520.4, "exact", "8.4"),
                                         (AZ_KZ, "2024", "turnover", 480.0, "exact", "")]
    other = ("Türkiye ile Özbekistan arasındaki ticaret hacmi 2025 yılında 3,5 milyar dolar oldu ki, bu da 2024'teki "
             "3,1 milyar dolardan yüzde 12,9 fazla.")
    assert proposed.trade(other, DAY) == [(TR_UZ, "2025", "turnover", 3500.0, "exact", "12.9"),
                                          (TR_UZ, "2024", "turnover", 3100.0, "exact", "")]
    # with no year told before the level, the amount is no figure of its own
    bare = ("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 520,4 milyon dollar olub, bu da 480 "
            "milyon dollardan 8,4 faiz çoxdur.")
    assert proposed.trade(bare, DAY) == [(AZ_KZ, "2025", "turnover", 520.4, "exact", "8.4")]
