"""Sixty-eighth round, tradetr68b (docs/extraction.md: figures.py): the form behind the dev/1108 miss, told in short
invented sentences. A round-up of one state's exports to its partners, then a partner ranked first with its own
earlier-period figure and a flow word but no "with"/dative ("Azerbaycan, geçen yılın aynı döneminde … olan ihracat
değeriyle de ilk sıradaydı"): that partner's figure in the round-up, not its exports to the world. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 4)
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: _ranked_alone dropped from figures._home_of_report (so too, apart: "ilk|birinci" dropped from _RANKED)
def test_a_partner_ranked_first_with_its_earlier_period_figure():
    text = ("Türk devletlerine ihracatımız ocak-eylül döneminde 9 milyar dolara ulaştı.\n\n"
            "Kazakistan'a ihracatımız yüzde 5 artışla 2 milyar 100 milyon dolar oldu. Özbekistan'a ihracatımız ise "
            "yüzde 4 artışla 1 milyar 900 milyon dolar oldu.\n\n"
            "Kazakistan, geçen yılın aynı döneminde 2 milyar dolar olan ihracat değeriyle de ilk sıradaydı.")
    assert proposed.trade_values(text, DAY) == {(TR_KZ, "2026-9M", "export", 2100.0),
                                                (TR_UZ, "2026-9M", "export", 1900.0),
                                                (TR_KZ, "2025-9M", "export", 2000.0)}
    other = ("Ocak-haziran döneminde Türk devletlerine ihracatımız 6 milyar dolar oldu.\n\n"
             "Azerbaycan'a ihracatımız 1 milyar 600 milyon dolar oldu. Kazakistan'a ihracatımız 1 milyar 100 milyon "
             "dolar oldu.\n\n"
             "Azerbaycan, 2025'in ilk yarısında 1 milyar 450 milyon dolarlık ihracatla da birinci sıradaydı.")
    assert proposed.trade_values(other, DAY) == {(TR_AZ, "2026-H1", "export", 1600.0),
                                                 (TR_KZ, "2026-H1", "export", 1100.0),
                                                 (TR_AZ, "2025-H1", "export", 1450.0)}


# plant: _ranked_alone made always true (every one-state sentence after a round-up read as a partner's figure)
def test_a_state_s_own_exports_unranked_stay_its_world_figure():
    round_up = ("Türk devletlerine ihracatımız ocak-eylül döneminde 9 milyar dolara ulaştı.\n\n"
                "Kazakistan'a ihracatımız yüzde 5 artışla 2 milyar 100 milyon dolar oldu. Özbekistan'a ihracatımız "
                "ise yüzde 4 artışla 1 milyar 900 milyon dolar oldu.\n\n")
    partners = {(TR_KZ, "2026-9M", "export", 2100.0), (TR_UZ, "2026-9M", "export", 1900.0)}
    text = round_up + "Azerbaycan ise aynı dönemde dünyaya 20 milyar dolarlık ihracat yaptı."
    assert proposed.trade_values(text, DAY) == partners
    other = round_up + "Azerbaycan, aynı dönemde toplam 20 milyar dolarlık ihracat gerçekleştirdi."
    assert proposed.trade_values(other, DAY) == partners
