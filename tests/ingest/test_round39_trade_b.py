"""Thirty-ninth round, trade figures and targets B (docs/extraction.md: figures.py, money.py, when.py): the forms behind
the dev misses of the part and of the probes, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 15)


def test_this_figure_with_a_verb_of_reaching_gives_the_goal_just_told_its_deadline():
    # plant: the two "this figure/level … reach" branches dropped from figures._GOAL_BACK
    at = proposed.pair("Azerbaijan", "Turkmenistan")
    az = ('Türkmənistan prezidenti Azərbaycanla ticarəti yaxın illərdə 500 milyon dollara çatdırmağı hədəflədiklərini '
          'bildirib. "Biz bu rəqəmə 2029-cu ilə qədər çatmalıyıq", – o deyib.')
    assert proposed.targets(az, DAY) == [(at, 500.0, "2029")]
    kt = proposed.pair("Kyrgyzstan", "Türkiye")
    tr = "Kırgızistan ile ticaret hacmini 2 milyar dolara çıkarmayı hedefliyoruz. Bu seviyeye 2028 yılına kadar ulaşmalıyız."
    assert proposed.targets(tr, DAY) == [(kt, 2000.0, "2028")]
    kz = proposed.pair("Kazakhstan", "Turkmenistan")
    ru = ("Стороны поставили цель довести товарооборот Казахстана и Туркменистана до 2 млрд долларов. Этой цифры мы "
          "должны достичь к 2029 году.")
    assert proposed.targets(ru, DAY) == [(kz, 2000.0, "2029")]
    # precision: "this figure" with no verb of reaching tells no deadline of the goal
    grows = ('Türkmənistan prezidenti Azərbaycanla ticarəti yaxın illərdə 500 milyon dollara çatdırmağı hədəflədiklərini '
             'bildirib. Bu rəqəm 2029-cu ilə qədər artacaq.')
    assert proposed.targets(grows, DAY) == [(at, 500.0, "")]


def test_a_russian_forecast_with_can_before_its_verb_is_a_potential_not_a_target():
    # plant: the "not _POTENTIAL_FORECAST_RU.search(lead)" check dropped from figures._is_target
    can = ("По прогнозу аналитиков, товарооборот Узбекистана и Кыргызстана в ближайшие три года может превысить 4 млрд "
           "долларов.")
    assert proposed.targets(can, DAY) == []
    could = "Ожидается, что товарооборот Узбекистана и Кыргызстана мог бы составить 4 млрд долларов к 2028 году."
    assert proposed.targets(could, DAY) == []
    # no forecaster named (an analysts' forecast is no target by an older rule whatever its verb)
    unnamed = ("По прогнозу, товарооборот Узбекистана и Кыргызстана в ближайшие три года может превысить 4 млрд "
               "долларов.")
    assert proposed.targets(unnamed, DAY) == []
    # precision: the forecast with no "can" stays a target
    uk = proposed.pair("Uzbekistan", "Kyrgyzstan")
    will = "Ожидается, что товарооборот Узбекистана и Кыргызстана к 2028 году достигнет 4 млрд долларов."
    assert proposed.targets(will, DAY) == [(uk, 4000.0, "2028")]


def test_the_year_of_the_same_month_a_growth_is_compared_with_is_no_period_of_the_figure():
    # plant: the "_is_same_part_baseline" filter dropped from when.period_in
    hk = proposed.pair("Hungary", "Kazakhstan")
    tr = ("Macaristan ile Kazakistan arasındaki ticaret hacmi yalnızca ağustos ayında, geçen yılın aynı ayına göre yüzde 12 "
          "artışla 84 milyon dolar oldu.")
    assert proposed.trade(tr, DAY) == [(hk, "2026-08", "turnover", 84.0, "exact", "12")]
    en = ("In August alone, trade between Hungary and Kazakhstan rose 12% compared with the same month last year to $84 "
          "million.")
    assert proposed.trade(en, DAY) == [(hk, "2026-08", "turnover", 84.0, "exact", "12")]
    # precision: the locative "geçen yılın aynı ayında" is when the figure was (last year's August)
    then = "Geçen yılın aynı ayında Macaristan ile Kazakistan arasındaki ticaret hacmi 75 milyon dolar olmuştu."
    assert [f[1] for f in proposed.trade(then, DAY)] != ["2026-08"]


def test_a_bare_total_trade_in_a_sentence_naming_no_state_is_the_two_states_sum():
    # plant: the "group = False" of figures._bare_total_of_the_context dropped from figures.find_figures
    kt = proposed.pair("Kazakhstan", "Türkiye")
    text = ("Kazakhstan's exports to Türkiye reached $2.1 billion in the first nine months of the year, while Türkiye's "
            "exports to Kazakhstan came to about $900 million. Total trade in 2025 was just over $4.6 billion.")
    assert (kt, "2025", "turnover", 4600.0, "over", "") in proposed.trade(text, DAY)
    overall = "Trade between Kazakhstan and Türkiye keeps growing. Overall turnover in 2025 was $4.6 billion."
    assert (kt, "2025", "turnover", 4600.0, "exact", "") in proposed.trade(overall, DAY)
    # precision: a total of foreign trade or with a group stays no record of the two
    foreign = ("Kazakhstan's exports to Türkiye reached $2.1 billion in the first nine months of the year. Total foreign "
               "trade in 2025 was $140 billion.")
    assert {f[3] for f in proposed.trade(foreign, DAY)} == {2100.0}
    group = ("Kazakhstan's exports to Türkiye reached $2.1 billion in the first nine months of the year. Total trade with "
             "the OTS states in 2025 was $14 billion.")
    assert {f[3] for f in proposed.trade(group, DAY)} == {2100.0}


def test_an_elliptic_sentence_may_end_in_its_growth_told_as_a_comparison():
    # plant: the "tail = _growth_compared_tail(core, check)" dropped from figures._elliptic (tail = None)
    ku = proposed.pair("Kyrgyzstan", "Uzbekistan")
    lead = "Товарооборот между Кыргызстаном и Узбекистаном по итогам 2025 года составил 1,9 млрд долларов. "
    ru = "За январь–июль 2026 года показатель достиг 1,3 млрд долларов, что на 15% больше, чем за аналогичный период прошлого года."
    assert (ku, "2026-7M", "turnover", 1300.0, "exact", "15") in proposed.trade(lead + ru, DAY)
    en_lead = "Trade between Kyrgyzstan and Uzbekistan came to $1.9 billion in 2025. "
    en = "In January–July the figure reached $1.3 billion, which is 15% more than a year earlier."
    assert (ku, "2026-7M", "turnover", 1300.0, "exact", "15") in proposed.trade(en_lead + en, DAY)
    # the bare elliptic form (the sentence above is read by an older rule too)
    bare = "In January–July 2026, $1.3 billion, which is 15% more than a year earlier."
    assert (ku, "2026-7M", "turnover", 1300.0, "exact", "15") in proposed.trade(en_lead + bare, DAY)
    # precision: a comparison clause after an amount of another sort keeps the sentence no trade figure
    other = "За январь–июль 2026 года инвестиции достигли 1,3 млрд долларов, что на 15% больше, чем годом ранее."
    assert {f[3] for f in proposed.trade(lead + other, DAY)} == {1900.0}
