"""Twenty-second round, trade figures and targets (docs/extraction.md: money.py, figures.py, when.py): the forms behind
the dev/246–257 trade and target misses, told in short invented sentences, and forms found by invented probes in the
styles of statistics and customs releases. Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 14)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_russian_imperfective_exceeded_is_over():
    # plant: ("превышал", "over") dropped from money.QUALIFIERS
    text = "В 2024 году товарооборот между Казахстаном и Узбекистаном едва превышал 75 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2024", "turnover", 75.0, "over", "")]
    # a plain result stays exact
    text = "В 2024 году товарооборот между Казахстаном и Узбекистаном составлял 75 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2024", "turnover", 75.0, "exact", "")]
    # denied, it is under
    text = "В 2024 году товарооборот между Казахстаном и Узбекистаном не превышал 75 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2024", "turnover", 75.0, "under", "")]


def test_a_period_after_than_is_the_growths_baseline():
    # plant: the `_is_baseline` filter dropped from when.period_in (and _names_own_year made `years > 0`)
    lead = "Kyrgyzstan's foreign trade in January–September 2026 came to $11 billion, the statistics service said. "
    text = lead + "Trade between Kyrgyzstan and Türkiye reached $640.2 million, 7% more than in January–September 2025."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Türkiye"), "2026-9M", "turnover", 640.2, "exact", "7")]
    text = lead + "Trade between Kyrgyzstan and Türkiye reached $640.2 million, up 7% compared with 2025."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Türkiye"), "2026-9M", "turnover", 640.2, "exact", "7")]
    # a period of the figure's own, told without "than", stays its own
    text = lead + "Trade between Kyrgyzstan and Türkiye reached $640.2 million in January–September 2025."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Türkiye"), "2025-9M", "turnover", 640.2, "exact", "")]


def test_a_modal_verb_of_trading_with_the_amount_is_no_figure():
    # plant: the `_modal_trade` skip dropped from figures.find_figures
    lead = "Trade between Kazakhstan and Kyrgyzstan reached $1.1 billion in 2025. "
    text = lead + "The two neighbours should trade at least $3 billion a year, an analyst said."
    assert _trade(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 1100.0, "exact", "")]
    text = lead + "The two neighbours could easily export $700 million a year to each other, an analyst said."
    assert _trade(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 1100.0, "exact", "")]
    # a result told after it stays a figure, and an intent with "raise … to" stays a target
    text = lead + "In the first quarter of 2026, the two neighbours traded $310 million."
    assert len(_trade(text)) == 2
    text = lead + "The two neighbours should raise trade to $3 billion, the minister said."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "")]


def test_a_round_up_of_partners_keeps_the_leads_period_past_other_sentences():
    # plant: `or report_home` dropped from the carried-period condition of figures.find_figures
    text = ("Kyrgyzstan's foreign trade in January–September 2026 came to $11 billion, the statistics service said. "
            "Trade with Kazakhstan reached $1.9 billion in the nine months. Kyrgyz exporters mainly sold dairy goods "
            "and gold. Bishkek and Astana hope to widen the list of goods. Officials also discussed a new border "
            "crossing.\n\nTurnover with Tajikistan rose 6% to nearly $95 million.")
    assert _trade(text) == [(_pair("Kyrgyzstan", "Kazakhstan"), "2026-9M", "turnover", 1900.0, "exact", ""),
                            (_pair("Kyrgyzstan", "Tajikistan"), "2026-9M", "turnover", 95.0, "approaching", "6")]
    # a figure with no round-up's home (two states of its own, far from any period) takes no period
    text = ("Trade between Kazakhstan and Uzbekistan reached $2.1 billion in January–September 2026. Officials "
            "discussed a railway. They also discussed water. They also discussed energy.\n\n"
            "Trade between Azerbaijan and Hungary rose 6% to nearly $95 million.")
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2026-9M", "turnover", 2100.0, "exact", "")]


def test_an_industrys_exports_are_one_sectors_trade():
    # plant: "otomotiv|automotive|avtomobil|…|tekstil|textile|тексти\w*" dropped from figures._SECTOR_FLOW
    text = "Türkiye'nin Kazakistan'a otomotiv ürünleri ihracatı 2025 yılında 420 milyon dolar oldu."
    assert _trade(text) == []
    text = "Uzbekistan's textile exports to Kyrgyzstan reached $95 million in 2025."
    assert _trade(text) == []
    # the flow with no industry before it is the pair's
    text = "Türkiye'nin Kazakistan'a ihracatı 2025 yılında 420 milyon dolar oldu."
    assert _trade(text) == [(_pair("Türkiye", "Kazakhstan"), "2025", "export", 420.0, "exact", "")]


def test_a_bank_that_expects_trade_to_reach_an_amount_gives_no_target():
    # plant: "expects?|" dropped from figures._FORECASTER
    text = "The Asian Development Bank expects trade between Kyrgyzstan and Tajikistan to reach $900 million by 2029."
    assert _targets(text) == []
    # the two governments' own expectation stays a target
    text = "Kyrgyzstan and Tajikistan expect to raise trade to $900 million by 2029, the ministers said."
    assert _targets(text) == [(_pair("Kyrgyzstan", "Tajikistan"), 900.0, "2029")]
