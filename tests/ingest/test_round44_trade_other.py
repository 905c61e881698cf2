"""Forty-fourth round, trade-other (interviews and analyses; docs/extraction.md: figures.py): the forms behind the
dev/755, 758, 769, 771, 782 and 785 misses, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 20)
CY_KZ = proposed.pair("Northern Cyprus", "Kazakhstan")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
KG_TM = proposed.pair("Kyrgyzstan", "Turkmenistan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TJ_AZ = proposed.pair("Tajikistan", "Azerbaijan")


def test_turkish_our_trade_in_an_article_on_northern_cyprus_is_its_trade():
    # plant: _OTHER_STATES_OF_LANGUAGE emptied in figures.py
    text = ("KKTC'nin Astana Temsilcisi Ali Veli, Kazakistan ile ilişkilerin geliştiğini söyledi.\n\n"
            "Veli: 2025 yılında Kazakistan ile ticaret hacmimiz 9,5 milyon dolar oldu.")
    assert proposed.trade_values(text, DAY) == {(CY_KZ, "2025", "turnover", 9.5)}
    # an article on Türkiye and the partner keeps Türkiye's trade
    turkish = ("Türkiye ile Kazakistan arasındaki ilişkiler gelişiyor. Bakan: \"Kazakistan ile ticaret hacmimiz 2025 "
               "yılında 7,4 milyar dolar oldu\" dedi.")
    assert proposed.trade_values(turkish, DAY) == {(TR_KZ, "2025", "turnover", 7400.0)}


def test_a_speakers_we_had_right_after_the_figure_is_an_earlier_year():
    # plant: the "we|" alternative dropped from figures._ELLIPTIC_BETWEEN
    text = ("The envoy said turnover between Kyrgyzstan and Turkmenistan reached $68.4 million in 2025. In 2024 we had "
            "about $60 million.")
    assert (KG_TM, "2024", "turnover", 60.0) in proposed.trade_values(text, DAY)
    # a longer sentence of "we" with no amounting is no figure
    plain = ("The envoy said turnover between Kyrgyzstan and Turkmenistan reached $68.4 million in 2025. In 2024 we "
             "spent about $60 million on a new road to the border and two warehouses.")
    assert proposed.trade_values(plain, DAY) == {(KG_TM, "2025", "turnover", 68.4)}


def test_a_year_we_ended_at_is_a_figure_of_that_year():
    # plant: the "(?:ended|finished|closed)…at" alternative dropped from figures._ELLIPTIC_BETWEEN
    text = ("In January–September our trade turnover with Kazakhstan was about $3.9 billion, the Turkish envoy said. "
            "For the whole of 2024 we ended at $5.1 billion.")
    assert (TR_KZ, "2024", "turnover", 5100.0) in proposed.trade_values(text, DAY)


def test_the_amount_we_had_in_a_year_is_the_baseline_of_that_year():
    # plant: "(?:we|they)\s+had" dropped from both alternatives of figures._BASELINE_AFTER
    text = ("Trade between Türkiye and Uzbekistan came to $3.9 billion in 2025, 15 percent more than the $3.4 billion "
            "we had in 2024.")
    assert (TR_UZ, "2024", "turnover", 3400.0) in proposed.trade_values(text, DAY)
    before = ("Trade between Türkiye and Uzbekistan fell to $3.1 billion in 2025, less than the $3.4 billion we had a "
              "year earlier.")
    assert (TR_UZ, "2024", "turnover", 3400.0) in proposed.trade_values(before, DAY)


def test_a_flow_by_another_sources_count_above_the_later_turnover_stays():
    # plant: the adjective before "данным" dropped from figures._ANOTHER_SOURCE
    text = ("В 2025 году товарооборот Таджикистана и Азербайджана составил 61,3 млн долларов. Экспорт Таджикистана в "
            "Азербайджан, по официальным данным, составил 41,2 млн долларов. Бакинская таможня приводит другую цифру: "
            "товарооборот двух стран в 2025 году составил 38,9 млн долларов.")
    assert (TJ_AZ, "2025", "export", 41.2) in proposed.trade_values(text, DAY)
    # a state's export with no partner, above the turnover, is its trade with the world: left out
    world = ("В 2025 году товарооборот Таджикистана и Азербайджана составил 61,3 млн долларов. Экспорт Таджикистана, по "
             "официальным данным, составил 2,1 млрд долларов.")
    assert (TJ_AZ, "2025", "export", 2100.0) not in proposed.trade_values(world, DAY)


def test_a_russian_baseline_year_in_its_short_form():
    # plant: the "-м" alternative dropped from figures._BASELINE_WHEN_RU
    text = ("Товарооборот Таджикистана и Азербайджана в 2025 году составил 38,9 млн долларов — на 8,4% больше, чем в "
            "2024-м, когда он равнялся 35,9 млн.")
    assert (TJ_AZ, "2024", "turnover", 35.9) in proposed.trade_values(text, DAY)
