"""Fortieth round, trade A (statistics releases and commentaries; docs/extraction.md: figures.py, money.py, when.py): the
forms behind the dev/676, 679 and 680 misses and the failures the probes found, told in short invented sentences. Each
test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")


def test_growth_line_after_a_source_named_by_its_domain():
    # plant: the "\.(?=\w)" alternative dropped from figures._GROWTH_NEXT
    text = ("Yanvar-sentyabr aylarında Azərbaycanla Macarıstan arasında ticarət dövriyyəsi 120,6 milyon dollar təşkil "
            "edib. Oxu.az Statistika Komitəsinə istinadən xəbər verir ki, bu, ötən ilin eyni dövrü ilə müqayisədə "
            "18,3 faiz çoxdur.")
    assert proposed.trade(text, DAY) == [(AZ_HU, "2026-9M", "turnover", 120.6, "exact", "18.3")]
    # a sentence that is no growth line of the figure gives it no growth
    other = ("Yanvar-sentyabr aylarında Azərbaycanla Macarıstan arasında ticarət dövriyyəsi 120,6 milyon dollar təşkil "
             "edib. Oxu.az Statistika Komitəsinə istinadən xəbər verir ki, ixracın 18,3 faizi qazdır.")
    assert proposed.trade(other, DAY) == [(AZ_HU, "2026-9M", "turnover", 120.6, "exact", "")]


def test_azerbaijani_passive_verb_of_importing_after_the_amount():
    # plant: "olun" dropped from figures._FLOW_VERB_AFTER
    text = ("Yanvar-sentyabr aylarında Azərbaycandan Macarıstana 40,3 milyon dollarlıq məhsul ixrac edilib, "
            "Macarıstandan isə ölkəmizə 62,8 milyon dollarlıq məhsul idxal olunub.")
    assert proposed.trade(text, DAY) == [(AZ_HU, "2026-9M", "export", 40.3, "exact", ""),
                                         (AZ_HU, "2026-9M", "import", 62.8, "exact", "")]
    # the passive of exporting stays an export
    export = "Yanvar-sentyabr aylarında Azərbaycandan Macarıstana 40,3 milyon dollarlıq məhsul ixrac olunub."
    assert proposed.trade(export, DAY) == [(AZ_HU, "2026-9M", "export", 40.3, "exact", "")]


def test_over_a_count_of_months_is_a_span_not_more_than():
    # plant: the count-of-months alternative dropped from money._OVER_TIME
    text = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan reached $812.5 million. Kazakh exports to "
            "Kyrgyzstan over six months grew to $540.2 million.")
    assert (KZ_KG, "2026-H1", "export", 540.2, "exact", "") in proposed.trade(text, DAY)
    # "over" before the amount is still "more than"
    more = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan reached $812.5 million. Kazakh exports to "
            "Kyrgyzstan in the six months grew to over $540 million.")
    assert (KZ_KG, "2026-H1", "export", 540.0, "over", "") in proposed.trade(more, DAY)


def test_over_the_period_is_a_span_not_more_than():
    # plant: the "the period" alternative dropped from money._OVER_TIME
    text = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan reached $812.5 million. Kazakh exports to "
            "Kyrgyzstan over the period came to $540.2 million.")
    assert (KZ_KG, "2026-H1", "export", 540.2, "exact", "") in proposed.trade(text, DAY)


def test_twelve_months_earlier_the_span_figure():
    # plant: "(?:[\w-]+-month )?" dropped from figures._FIGURE_BACK
    text = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan reached $812.5 million. Twelve months "
            "earlier, the six-month figure stood at $744.1 million.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2026-H1", "turnover", 812.5, "exact", ""),
                                         (KZ_KG, "2025-H1", "turnover", 744.1, "exact", "")]
    # a figure of another kind ("the six-month rate") is no trade figure
    rate = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan reached $812.5 million. Twelve months "
            "earlier, the six-month rate stood at 4.1 percent.")
    assert proposed.trade(rate, DAY) == [(KZ_KG, "2026-H1", "turnover", 812.5, "exact", "")]


def test_twelve_months_earlier_opens_the_year_before():
    # plant: "(?:twelve|12)\s+months" dropped from when._SAME_PERIOD_YEAR_BEFORE
    text = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan reached $812.5 million. Twelve months "
            "earlier, it stood at $744.1 million.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2026-H1", "turnover", 812.5, "exact", ""),
                                         (KZ_KG, "2025-H1", "turnover", 744.1, "exact", "")]


def test_a_conditional_at_the_current_growth_rate_is_no_target():
    # plant: the _estimated_future check dropped from the target branch of figures (before _sector_target)
    text = ("Kazakhstan and Kyrgyzstan have set themselves the goal of bringing annual trade to $3 billion. Even at the "
            "current growth rate, turnover would reach about $1.9 billion this year.")
    assert [(r["target_value_usd_million"], r["target_year"]) for r in proposed.records("targets", text, DAY)] \
        == [("3000", "")]
    # a goal with no estimate word stays a target
    goal = ("Kazakhstan and Kyrgyzstan have set themselves the goal of bringing annual trade to $3 billion by 2030. "
            "The ministers said turnover would reach $5 billion by 2035.")
    assert ("5000", "2035") in [(r["target_value_usd_million"], r["target_year"])
                                for r in proposed.records("targets", goal, DAY)]
