"""Sixty-fourth round, trade64a (docs/extraction.md: figures.py): the forms behind the dev/1050 misses, told in short
invented sentences. A year-earlier level told after "по сравнению с тем же (аналогичным) периодом 2025 года, когда он
…" (the period in the instrumental); a partner named as "Республикой Казахстан" (the republic noun declined before the
undeclined name), no unknown partner; a round-up's next partner ranked in a sentence of its own with no amount
("Второе место занимает Узбекистан.", "Türkiye came third."), whose figure follows naming no state; and mutual or
bilateral deliveries ("взаимные поставки") as the two's turnover. Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 24)
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
TM_UZ = proposed.pair("Turkmenistan", "Uzbekistan")
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
KG_KZ = proposed.pair("Kyrgyzstan", "Kazakhstan")


# plant: the "(тем же|аналогичным) периодом" alternative dropped from figures._BASELINE_WHEN_RU (and, planted
# apart, the preposition made required again before its quarter or half)
def test_the_year_before_told_after_the_same_period_in_the_instrumental():
    text = ("Товарооборот Казахстана и Кыргызстана за первое полугодие 2026 года составил 900 млн долларов, "
            "увеличившись на 5 процентов по сравнению с тем же периодом 2025 года, когда он составлял 857,1 млн "
            "долларов.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2026-H1", "turnover", 900.0, "exact", "5"),
                                         (KZ_KG, "2025-H1", "turnover", 857.1, "exact", "")]
    months = ("Товарооборот Узбекистана с Азербайджаном за январь–сентябрь 2025 года достиг 700 млн долларов, что на "
              "14,8 процента больше по сравнению с аналогичным периодом 2024 года, когда товарооборот равнялся 610 млн "
              "долларов.")
    assert (AZ_UZ, "2024-9M", "turnover", 610.0, "exact", "") in proposed.trade(months, DAY)
    # a quarter or half in the instrumental, after "со" too
    quarter = ("Во втором квартале 2026 года товарооборот Казахстана и Кыргызстана достиг 480 млн долларов, что на 6 "
               "процентов больше по сравнению со вторым кварталом 2025 года, когда он составлял 452,8 млн долларов.")
    assert (KZ_KG, "2025-Q2", "turnover", 452.8, "exact", "") in proposed.trade(quarter, DAY)


# plant: the Russian branch of figures._state_by_republic returning False
def test_a_partner_named_as_the_republic_of_a_state_in_russian():
    # in a round-up of one state's partners the sentence names the partner alone, as "Республикой Узбекистан"
    text = ("Товарооборот Азербайджана со странами ОТГ в первом полугодии 2026 года вырос на 8 процентов. Товарооборот "
            "с Турцией составил 3,2 млрд долларов. Товарооборот с Республикой Узбекистан составил 210,5 млн долларов.")
    assert proposed.trade(text, DAY) == [(AZ_TR, "2026-H1", "turnover", 3200.0, "exact", ""),
                                         (AZ_UZ, "2026-H1", "turnover", 210.5, "exact", "")]
    joined = ("Внешняя торговля Кыргызстана с тюркскими государствами за 2025 год выросла. Торговля с Турцией достигла "
              "900 млн долларов, а торговля с Республикой Казахстан превысила 2,1 млрд долларов.")
    assert (KG_KZ, "2025", "turnover", 2100.0, "over", "") in proposed.trade(joined, DAY)
    # a republic the places do not know stays an unknown partner
    other = ("Товарооборот Азербайджана со странами ОТГ в первом полугодии 2026 года вырос на 8 процентов. "
             "Товарооборот с Турцией составил 3,2 млрд долларов. Товарооборот с Республикой Корея составил 210,5 млн "
             "долларов.")
    assert proposed.trade(other, DAY) == [(AZ_TR, "2026-H1", "turnover", 3200.0, "exact", "")]
    # the state named after "Республикой" with another state named too reads as before
    two = "Во втором квартале товарооборот Азербайджана с Республикой Узбекистан составил 210,5 млн долларов."
    assert proposed.trade(two, DAY) == [(AZ_UZ, "2026-Q2", "turnover", 210.5, "exact", "")]


# plant: figures._partner_ranked_before returning None
def test_the_next_partner_ranked_in_a_sentence_of_its_own():
    text = ("Товарооборот Кыргызстана со странами ОТГ в первом полугодии 2026 года вырос на 9 процентов. Крупнейшим "
            "партнёром остаётся Казахстан: товарооборот с ним составил 1,1 млрд долларов. Третье место занимает "
            "Турция. За шесть месяцев взаимный товарооборот составил 420 млн долларов.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2026-H1", "turnover", 1100.0, "exact", ""),
                                         (KG_TR, "2026-H1", "turnover", 420.0, "exact", "")]
    english = ("Kazakhstan's trade with the Turkic states grew 7% in the first half of 2026. Trade with Uzbekistan "
               "reached $2.1 billion. Türkiye came third. Turnover over the half-year stood at $1.6 billion.")
    assert proposed.trade(english, DAY) == [(KZ_UZ, "2026-H1", "turnover", 2100.0, "exact", ""),
                                            (KZ_TR, "2026-H1", "turnover", 1600.0, "exact", "")]
    # a sentence between that ranks no partner leaves the pair just reported
    plain = ("Kazakhstan's trade with the Turkic states grew 7% in the first half of 2026. Trade with Uzbekistan "
             "reached $2.1 billion. Officials were pleased. Turnover in June alone stood at $400 million.")
    assert (KZ_UZ, "2026-06", "turnover", 400.0, "exact", "") in proposed.trade(plain, DAY)


# plant: "поставк" dropped from the mutual or bilateral alternative of figures._TRADE
def test_mutual_deliveries_are_the_two_states_turnover():
    text = ("Товарооборот Азербайджана с Казахстаном за первое полугодие 2026 года составил 300 млн долларов. Только в "
            "мае взаимные поставки составили 58 млн долларов.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-H1", "turnover", 300.0, "exact", ""),
                                         (AZ_KZ, "2026-05", "turnover", 58.0, "exact", "")]
    bilateral = ("Товарооборот Туркменистана с Узбекистаном в 2025 году превысил 1,5 млрд долларов. В декабре "
                 "двусторонние поставки достигли 140 млн долларов.")
    assert (TM_UZ, "2025-12", "turnover", 140.0, "exact", "") in proposed.trade(bilateral, DAY)
