"""Forty-second round, trade A (statistics releases; docs/extraction.md: figures.py, when.py): the forms behind the
dev/715, 719, 728 and 736 misses and the failures the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")


def test_one_goods_flow_opening_a_sentence_is_no_pair_figure():
    # plant: the _good_opens_flow call dropped from the goods' checks in figures.find_figures
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmi 2025 yılında 3,4 milyar dolara ulaştı. Pamuk ipliği "
            "ihracatı ise 210 milyon dolar oldu.")
    assert proposed.trade(text, DAY) == [(TR_UZ, "2025", "turnover", 3400.0, "exact", "")]
    after_only = ("Qazaxıstanla Azərbaycan arasında ticarət dövriyyəsi 2025-ci ildə 600 milyon dollar olub. Təkcə buğda "
                  "idxalı 120 milyon dollara çatıb.")
    assert proposed.trade(after_only, DAY) == [(AZ_KZ, "2025", "turnover", 600.0, "exact", "")]
    # a state's flow opening the sentence stays the pair's
    state = ("Qazaxıstanla Azərbaycan arasında ticarət dövriyyəsi 2025-ci ildə 600 milyon dollar olub. Qazaxıstanın "
             "ixracı 400 milyon dollar olub.")
    assert (AZ_KZ, "2025", "export", 400.0, "exact", "") in proposed.trade(state, DAY)


def test_a_month_alone_is_the_figures_month_not_a_later_year():
    # plant: the _MONTH_ALONE candidate dropped from when.period_in
    text = ("Trade between Kazakhstan and Kyrgyzstan reached $410 million in January–March 2026. March alone brought "
            "$160 million in bilateral trade, the best month since the series began in 2019.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2026-Q1", "turnover", 410.0, "exact", ""),
                                         (KZ_KG, "2026-03", "turnover", 160.0, "exact", "")]
    # "alone" after a state names no month
    state = ("Trade between Kazakhstan and Kyrgyzstan reached $410 million in 2025. Kazakhstan alone shipped goods "
             "worth $160 million in bilateral trade since 2019.")
    assert (KZ_KG, "2025-03", "turnover", 160.0, "exact", "") not in proposed.trade(state, DAY)


def test_a_month_alone_right_after_a_further_amount():
    # plant: figures._month_alone_after returning None
    text = ("Trade between Uzbekistan and Türkiye reached $1.9 billion in January–May 2026, with turnover of $420 "
            "million in May alone.")
    assert proposed.trade(text, DAY) == [(TR_UZ, "2026-5M", "turnover", 1900.0, "exact", ""),
                                         (TR_UZ, "2026-05", "turnover", 420.0, "exact", "")]
    # a month with no "alone" after the amount leaves the sentence's period
    plain = ("Trade between Uzbekistan and Türkiye reached $1.9 billion in January–May 2026, with turnover of $420 "
             "million in Tashkent.")
    assert (TR_UZ, "2026-05", "turnover", 420.0, "exact", "") not in proposed.trade(plain, DAY)


def test_a_citys_or_the_regions_figure_is_no_pairs():
    # plant: the "city" / "among the regions" alternatives dropped from figures._NOT_PAIR_SUBJECT
    city = ("Trade between Uzbekistan and Türkiye reached $1.9 billion in January–May 2026. Tashkent city "
            "accounted for turnover of $700 million in the period.")
    assert proposed.trade(city, DAY) == [(TR_UZ, "2026-5M", "turnover", 1900.0, "exact", "")]
    regions = ("Trade between Uzbekistan and Türkiye reached $1.9 billion in January–May 2026. Among the regions, "
               "Samarkand led with turnover of $300 million.")
    assert proposed.trade(regions, DAY) == [(TR_UZ, "2026-5M", "turnover", 1900.0, "exact", "")]
    # the state's own figure after it is still read
    state = ("Trade between Uzbekistan and Türkiye reached $1.9 billion in January–May 2026. Uzbek exports to "
             "Türkiye reached $800 million.")
    assert (TR_UZ, "2026-5M", "export", 800.0, "exact", "") in proposed.trade(state, DAY)


def test_remarks_on_a_state_keep_a_releases_period():
    # plant: figures._remarks_since returning k - j
    text = ("In January–September 2026, trade between Azerbaijan and Kazakhstan came to $520 million. Kazakhstan "
            "remains one of Azerbaijan's main partners in Central Asia. The gain came mostly from the Azerbaijani "
            "side. Azerbaijan's exports to Kazakhstan rose to $310 million.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-9M", "turnover", 520.0, "exact", ""),
                                         (AZ_KZ, "2026-9M", "export", 310.0, "exact", "")]
    # remarks that name no state break the report
    no_state = ("In January–September 2026, trade between Azerbaijan and Kazakhstan came to $520 million. Analysts "
                "call the pace modest. Few expect a change soon. Azerbaijan's exports to Kazakhstan rose to $310 "
                "million.")
    assert proposed.trade(no_state, DAY) == [(AZ_KZ, "2026-9M", "turnover", 520.0, "exact", "")]


def test_purchases_from_a_state_are_imports():
    # plant: the "purchases(?=\s+from\b)" alternative dropped from figures._SOLD_BEFORE
    text = ("Trade between Kazakhstan and Kyrgyzstan reached $410 million in 2025, up 8%. Purchases from Kyrgyzstan "
            "reached $120 million, while Kazakh exports to Kyrgyzstan amounted to $290 million.")
    assert proposed.trade_values(text, DAY) == {(KZ_KG, "2025", "turnover", 410.0), (KZ_KG, "2025", "import", 120.0),
                                                (KZ_KG, "2025", "export", 290.0)}
    # purchases of a good are no import of the pair
    good = ("Trade between Kazakhstan and Kyrgyzstan reached $410 million in 2025. Purchases of Kyrgyz electricity "
            "came to $120 million.")
    assert proposed.trade_values(good, DAY) == {(KZ_KG, "2025", "turnover", 410.0)}
