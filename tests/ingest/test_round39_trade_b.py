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
    # precision: the forecast with no "can" stays a target
    uk = proposed.pair("Uzbekistan", "Kyrgyzstan")
    will = "Ожидается, что товарооборот Узбекистана и Кыргызстана к 2028 году достигнет 4 млрд долларов."
    assert proposed.targets(will, DAY) == [(uk, 4000.0, "2028")]
