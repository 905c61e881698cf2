"""Thirty-ninth round, trade figures and targets C (docs/extraction.md: figures.py): the forms behind the dev misses of
the part, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def test_russian_trade_in_a_good_told_in_the_instrumental_is_one_goods_trade():
    # plant: the "|\bторговл\w*\s+(?:\w+\s+)?" + _GOODS_RU_INSTRUMENTAL branch dropped from figures._SECTOR_FLOW
    farm = "Взаимная торговля сельхозпродукцией между Казахстаном и Кыргызстаном превысила в 2025 году 700 млн долларов."
    assert proposed.trade(farm, DAY) == []
    grain = "Торговля зерном между Казахстаном и Узбекистаном в 2025 году составила 450 млн долларов."
    assert proposed.trade(grain, DAY) == []
    # precision: the pair's own trade, with no good after "торговля", stays a figure
    own = "Взаимная торговля между Казахстаном и Кыргызстаном превысила в 2025 году 1,7 млрд долларов."
    assert proposed.trade_values(own, DAY) == {(proposed.pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 1700.0)}


def test_a_helped_by_aside_after_the_amount_gives_no_flow():
    # plant: the "(?:helped|boosted|supported|fu?ell?ed|buoyed)\s+by" alternative dropped from figures._ASIDE
    kt = proposed.pair("Kazakhstan", "Turkmenistan")
    text = ("Trade between Kazakhstan and Turkmenistan reached $500 million last year. In January–June 2026 it came to "
            "$210.2 million, helped by rising Turkmen exports of fertilisers.")
    assert (kt, "2026-H1", "turnover", 210.2) in proposed.trade_values(text, DAY)
    boosted = ("Trade between Kazakhstan and Turkmenistan reached $500 million last year. In January–June 2026 it came to "
               "$210.2 million, up 9%, boosted by Kazakh exports of wheat.")
    assert (kt, "2026-H1", "turnover", 210.2) in proposed.trade_values(boosted, DAY)
    # precision: an export told before the amount keeps its flow
    export = ("Trade between Kazakhstan and Turkmenistan reached $500 million last year. In January–June 2026 Kazakh "
              "exports to Turkmenistan came to $130.4 million, helped by wheat.")
    assert (kt, "2026-H1", "export", 130.4) in proposed.trade_values(export, DAY)


def test_the_value_of_a_tonnage_of_goods_is_no_figure_of_the_pair():
    # plant: the "or _tonnage_worth_before(…)" dropped from figures' one-good checks
    apricots = "Türkiye imported about 12,500 tonnes of apricots from Uzbekistan in 2025, worth around $27 million, data show."
    assert proposed.trade(apricots, DAY) == []
    valued = "Uzbekistan exported 12,500 tonnes of apricots to Türkiye last year, valued at $27 million."
    assert proposed.trade(valued, DAY) == []
    # precision: goods worth an amount, a tonnage told after it, are the pair's export; "worth noting" is no value
    goods = "Uzbekistan sold goods worth $1.2 billion to Türkiye in 2025, including 30,000 tonnes of cotton yarn."
    assert proposed.trade_values(goods, DAY) == {(proposed.pair("Uzbekistan", "Türkiye"), "2025", "export", 1200.0)}
