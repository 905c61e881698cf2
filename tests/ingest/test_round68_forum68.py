"""Sixty-eighth round, forum68 (docs/extraction.md: figures.py): the form behind the dev/1107 trade miss, told in short
invented sentences. A region's trade named by its adjective and its Turkmen, Uzbek or district word, "товарооборот
Лебапского велаята с соседними областями … около 90 млн долларов", is no figure of the two states (docs/annotating.md:
a region's trade is no record), while the states' own figure told next to it stays. Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 23)
TM_UZ = proposed.pair("Turkmenistan", "Uzbekistan")


# plant: the velayat/viloyat/district alternative dropped from figures._NOT_PAIR_SUBJECT
def test_a_velayats_trade_named_by_its_adjective_is_no_pair_figure():
    text = ("В Мары прошла встреча делегаций Туркменистана и Узбекистана. Хяким отметил, что товарооборот Лебапского "
            "велаята с соседними областями Узбекистана за девять месяцев составил около 90 миллионов долларов.")
    assert proposed.trade_values(text, DAY) == set()
    other = ("Представители Туркменистана и Узбекистана обсудили связи. По данным хокимията, объём торговли "
             "Ферганского вилоята с Туркменистаном в прошлом году превысил 40 миллионов долларов.")
    assert proposed.trade_values(other, DAY) == set()
    # the states' own figure told after the region's stays
    kept = (text + " За январь–сентябрь товарооборот между Туркменистаном и Узбекистаном превысил 1,2 миллиарда "
            "долларов США.")
    assert proposed.trade_values(kept, DAY) == {(TM_UZ, "2026-9M", "turnover", 1200.0)}
