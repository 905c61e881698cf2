"""Fifty-ninth round, trade59c (statistics releases; docs/extraction.md: figures.py): the total told after a pair's
export and import ("toplam hacim", "ümumi həcm", "общий объём", "the total"), that pair's turnover though it names no
trade word, and a flow's total naming no state after the pair's figures ("dünyaya toplam ihracat", "total exports"),
no pair's figure: the forms behind the dev/996 miss and what the probes found, told in short invented sentences. Each
test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")


def test_the_total_after_a_pairs_export_and_import_is_its_turnover():
    # plant: the `not total_of_flows` check dropped from the further amount's skip in figures.find_figures
    tr = ("Türkiye'nin Azerbaycan'a ihracatı 2025'te 2,1 milyar dolar, Azerbaycan'dan ithalatı 900 milyon dolar oldu; "
          "toplam hacim 3 milyar dolara ulaştı.")
    assert (TR_AZ, "2025", "turnover", 3000.0) in proposed.trade_values(tr, DAY)
    az = ("Azərbaycanın Qazaxıstana ixracı 2025-ci ildə 300 milyon dollar, Qazaxıstandan idxalı 200 milyon dollar "
          "olub, ümumi dövriyyə 500 milyon dollar təşkil edib.")
    assert proposed.trade_values(az, DAY) == {(AZ_KZ, "2025", "export", 300.0), (AZ_KZ, "2025", "import", 200.0),
                                              (AZ_KZ, "2025", "turnover", 500.0)}
    ru = ("Экспорт Казахстана в Узбекистан в 2025 году составил 2,1 млрд долларов, импорт из Узбекистана — 1,3 млрд "
          "долларов, а общий объём достиг 3,4 млрд долларов.")
    assert (KZ_UZ, "2025", "turnover", 3400.0) in proposed.trade_values(ru, DAY)
    en = ("Kazakh exports to Kyrgyzstan came to $1.6 billion in 2025 and imports from Kyrgyzstan to $600 million, "
          "while the total came to about $2.2 billion.")
    assert (KZ_KG, "2025", "turnover", 2200.0, "about", "") in proposed.trade(en, DAY)
    # a state's own total after the pair's flows stays out
    own = ("Türkiye'nin Kazakistan'a ihracatı 2025'te 2,1 milyar dolar oldu, Kazakistan'dan ithalat 900 milyon dolar "
           "olurken Türkiye'nin toplam ticaret hacmi 600 milyar dolara ulaştı.")
    assert [f[2] for f in proposed.trade(own, DAY)] == ["export", "import"]


def test_the_total_after_a_partners_import_keeps_the_sentences_amounts():
    # plant: figures._pairs_total_word returning False
    text = ("Türkiye'nin Özbekistan'a ihracatı 2025'te 2 milyar 41 milyon dolar oldu. Özbekistan'dan ithalat 1,06 "
            "milyar dolar olurken toplam hacim 3,1 milyar dolar civarında gerçekleşti.")
    assert proposed.trade(text, DAY) == [(TR_UZ, "2025", "export", 2041.0, "exact", ""),
                                         (TR_UZ, "2025", "import", 1060.0, "exact", ""),
                                         (TR_UZ, "2025", "turnover", 3100.0, "about", "")]
    # a group's total after the partner's flow stays out, the flow stays
    group = ("Türkiye'nin Özbekistan'a ihracatı 2025'te 2 milyar 41 milyon dolar oldu. Özbekistan'dan ithalat 1,06 "
             "milyar dolar olurken Türk Devletleri Teşkilatı ülkelerine toplam ihracat 9 milyar dolara ulaştı.")
    assert proposed.trade_values(group, DAY) == {(TR_UZ, "2025", "export", 2041.0), (TR_UZ, "2025", "import", 1060.0)}


def test_a_flows_total_naming_no_state_after_the_pairs_figures_stays_out():
    # plant: the _world_flow_total call dropped from figures.find_figures
    tr = ("Türkiye'nin Kazakistan'a ihracatı 2025'te 2,1 milyar dolar oldu, Kazakistan'dan ithalat 900 milyon dolar "
          "olurken dünyaya toplam ihracat 260 milyar dolara ulaştı.")
    assert [f[2:4] for f in proposed.trade(tr, DAY)] == [("export", 2100.0), ("import", 900.0)]
    en = ("Kazakhstan's exports to Uzbekistan reached $2.1 billion in 2025 and imports from Uzbekistan $1.3 billion, "
          "while total exports came to $80 billion.")
    assert [f[2:4] for f in proposed.trade(en, DAY)] == [("export", 2100.0), ("import", 1300.0)]
    # the pair's own total after them is still read
    pair_total = en.replace("total exports came to $80 billion", "the total came to $3.4 billion")
    assert (KZ_UZ, "2025", "turnover", 3400.0) in proposed.trade_values(pair_total, DAY)
