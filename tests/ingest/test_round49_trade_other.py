"""Forty-ninth round, trade other (visit reports, analyses and interviews; docs/extraction.md: figures.py): the forms
behind the dev/862, 864, 865, 869, 871, 878 and 879 misses, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 18)
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_TM = proposed.pair("Türkiye", "Turkmenistan")
UZ_TJ = proposed.pair("Uzbekistan", "Tajikistan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
AZ_CY = proposed.pair("Azerbaijan", "Northern Cyprus")


def test_a_further_clause_after_the_amount_befores_own_year_keeps_its_months():
    # plant: the _clause_period fallback dropped from the figure_done branch of figures.find_figures
    text = ("Bolat said Türkiye's exports to Kazakhstan stood at about $3.1 billion last year and that trade in the "
            "first seven months of this year exceeded $2.6 billion.")
    assert proposed.trade_values(text, DAY) == {(TR_KZ, "2025", "export", 3100.0),
                                                (TR_KZ, "2026-7M", "turnover", 2600.0)}
    # with no period of its own the further amount keeps the sentence's year
    plain = ("Bolat said Türkiye's exports to Kazakhstan stood at about $3.1 billion last year and trade exceeded "
             "$6.4 billion.")
    assert (TR_KZ, "2025", "turnover", 6400.0) in proposed.trade_values(plain, DAY)


def test_an_amount_before_trade_volume_target_is_a_target():
    # plant: "volume\s+" dropped from figures._TARGET_NOUN_AFTER
    text = ("Trade between Türkiye and Kazakhstan reached $5.9 billion in 2025. The minister recalled the $12 billion "
            "trade volume target set by the two presidents.")
    assert proposed.trade_values(text, DAY) == {(TR_KZ, "2025", "turnover", 5900.0)}
    assert proposed.targets(text, DAY) == [(TR_KZ, 12000.0, "")]
    # a trade volume told as a fact stays a figure
    fact = "Trade between Türkiye and Kazakhstan reached a trade volume of $5.9 billion in 2025."
    assert proposed.targets(fact, DAY) == []


def test_a_rate_over_a_year_told_by_when_is_the_figure_befores():
    # plant: figures._rate_over_year_when returning None
    text = ("Trade between Türkiye and Turkmenistan reached $2.64 billion last year. Last year's figure was 6.3 "
            "percent higher than in 2024, when trade between the two countries stood at $2.48bn. Turkish exports "
            "accounted for $1.7bn of the total.")
    assert proposed.trade(text, DAY) == [(TR_TM, "2025", "turnover", 2640.0, "exact", "6.3"),
                                         (TR_TM, "2024", "turnover", 2480.0, "exact", ""),
                                         (TR_TM, "2025", "export", 1700.0, "exact", "")]
    # a fall is told negative
    lower = text.replace("higher", "lower")
    assert (TR_TM, "2025", "turnover", 2640.0, "exact", "-6.3") in proposed.trade(lower, DAY)


def test_the_figure_for_a_span_of_months_with_an_aside_goes_on_with_the_trade():
    # plant: the span-of-months alternative dropped after "the figure" in figures._FIGURE_BACK
    text = ("Trade between Uzbekistan and Tajikistan reached $760.5 million last year. The figure for January "
            "through July, which the customs service released on Monday, stood at nearly $470 million.")
    assert proposed.trade(text, DAY) == [(UZ_TJ, "2025", "turnover", 760.5, "exact", ""),
                                         (UZ_TJ, "2026-7M", "turnover", 470.0, "approaching", "")]
    # "the figure for" an ordinary noun names no period
    noun = ("Trade between Uzbekistan and Tajikistan reached $760.5 million last year. The figure for cement, which "
            "the customs service released on Monday, stood at $47 million.")
    assert (UZ_TJ, "2025", "turnover", 47.0, "exact", "") not in proposed.trade(noun, DAY)


def test_a_russian_speakers_we_reached_for_comparison_is_that_years_figure():
    # plant: the "вышли … на" alternative dropped from figures._ELLIPTIC_BETWEEN
    text = ("По итогам 2025 года товарооборот между Казахстаном и Кыргызстаном составил 2 миллиарда 310 миллионов "
            "долларов. Для сравнения: в 2022 году мы вышли почти на 1,9 миллиарда.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2025", "turnover", 2310.0, "exact", ""),
                                         (KZ_KG, "2022", "turnover", 1900.0, "approaching", "")]
    # a long sentence of another kind is no elliptic one
    other = ("По итогам 2025 года товарооборот между Казахстаном и Кыргызстаном составил 2 миллиарда 310 миллионов "
             "долларов. В 2022 году мы вышли на новые рынки Европы и Азии, а инвестиции составили 1,9 миллиарда.")
    assert (KZ_KG, "2022", "turnover", 1900.0) not in proposed.trade_values(other, DAY)


def test_a_bound_told_round_in_a_question_is_the_answers_exact_figure():
    # plant: figures._cut_to_its_digits returning False
    text = ("SORU: Türkiye ile Türkmenistan arasındaki ticaret hacmi geçen yıl 3 milyar doları aştı. Bunu nasıl "
            "değerlendiriyorsunuz?\n\nBÜYÜKELÇİ: 2025 yılında ticaret hacmimiz tam olarak 3 milyar 412 milyon dolar "
            "oldu.")
    assert proposed.trade(text, DAY) == [(TR_TM, "2025", "turnover", 3412.0, "exact", "")]
    # a bound the exact value does not cut to stays its own record
    far = text.replace("3 milyar doları aştı", "2 milyar doları aştı")
    assert (TR_TM, "2025", "turnover", 2000.0, "over", "") in proposed.trade(far, DAY)


def test_the_goods_taking_the_main_place_in_a_flow_are_no_pair_figure():
    # plant: the _main_place_in_flow call dropped from the goods' checks in figures.find_figures
    text = ("2025-ci ildə Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 310,2 milyon dollar təşkil edib. "
            "Macarıstandan idxalda əsas yeri dərman məhsulları tutur ki, onların həcmi 52 milyon dollar olub.")
    assert proposed.trade_values(text, DAY) == {(AZ_HU, "2025", "turnover", 310.2)}
    # the flow's own amount stays the pair's
    own = ("2025-ci ildə Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 310,2 milyon dollar təşkil edib. "
           "Macarıstandan idxal isə 52 milyon dollar olub.")
    assert (AZ_HU, "2025", "import", 52.0) in proposed.trade_values(own, DAY)


def test_the_two_sides_after_a_comparison_figure_are_the_reports_pair():
    # plant: figures._pair_past_a_comparison returning None
    text = ("Trade between Azerbaijan and Northern Cyprus came to about $27 million in 2025. For comparison, "
            "Türkiye's exports to the north exceeded $2.1 billion last year.\n\nOfficials want to lift the two "
            "sides' annual trade to $80 million by 2029.")
    assert proposed.targets(text, DAY) == [(AZ_CY, 80.0, "2029")]
    # with no comparison the last figure's pair stands
    plain = text.replace("For comparison, Türkiye's", "Türkiye's")
    assert proposed.targets(plain, DAY) == [(proposed.pair("Türkiye", "Northern Cyprus"), 80.0, "2029")]

