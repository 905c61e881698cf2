"""Sixty-eighth round, tradetr68 (docs/extraction.md: figures.py): the form behind the dev/1108 misses, told in short
invented sentences. A ministry's own release tells its state's trade with a group in the first person, naming no state
in its lead ("TDT ülkelerine ihracatımız …", "our exports"): the release's home is the state of the language the
trade noun is in (Türkiye for Turkish), so each partner listed after is paired with it, not with the first partner
named. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 4)
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: release_home without `or _our_group_trade_home(doc, end)`
def test_our_exports_to_a_group_make_the_release_home_the_language_state():
    text = ("Türk Devletlerine İhracatımız Rekor Kırdı\n\n"
            "Açıklanan verilere göre TDT üyesi ülkelere ihracatımız ocak-eylül döneminde 9 milyar dolara ulaştı.\n\n"
            "Azerbaycan'a ihracatımız yüzde 5 artışla 2 milyar 500 milyon dolar oldu. Kazakistan'a ihracatımız "
            "yüzde 7 artışla 1 milyar 900 milyon dolara yükseldi.")
    pairs = {record[0] for record in proposed.trade_values(text, DAY)}
    assert TR_AZ in pairs and TR_KZ in pairs
    assert proposed.pair("Azerbaijan", "Kazakhstan") not in pairs
    other = ("Türk Dünyasına Satışlarımız Artıyor\n\n"
             "Bakanlığımızın verilerine göre Türk devletleri ile ticaretimiz ilk yarıda 8 milyar doları aştı.\n\n"
             "Özbekistan'a ihracat 1 milyar 200 milyon dolar, Azerbaycan'a ihracat ise 1 milyar 700 milyon dolar "
             "olarak gerçekleşti.")
    other_pairs = {record[0] for record in proposed.trade_values(other, DAY)}
    assert TR_UZ in other_pairs and TR_AZ in other_pairs
    assert proposed.pair("Uzbekistan", "Azerbaijan") not in other_pairs
