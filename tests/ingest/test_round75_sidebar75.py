"""Seventy-fifth round, sidebar75 (docs/extraction.md: figures.py, sentences.py, text_input.py): the forms behind the
dev/1183 and 1184 misses, told in short invented sentences. A sidebar's list of periods one a line with no bullet under
a lead naming the pair's trade and ending in a colon, each line a period (its year's word after it, "2023 г."), a
spaced dash and an amount in its own unit, its growth in brackets on its line (1183's "Справка"); the speaker's round
figure of the same year ("превысил 700 миллионов") is the list's exact one told round (1183); and a round figure told
after the exact one of the same year, "5 milyar doları aşan" after "5 milyar 140 milyon dolar" (1184). Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest import article_text
from tests.ingest import proposed

DAY = date(2026, 10, 8)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KG_TJ = proposed.pair("Kyrgyzstan", "Tajikistan")
HU_TR = proposed.pair("Hungary", "Türkiye")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")


# plant: _is_list_of_periods dropped from text_input._tidy (the lines joined into one paragraph)
# (so too, apart: _own_unit_amount returning None — no line read; its abbreviation's stop not taken in, the if before
# its last return dropped — the line with its growth in brackets not read, nor the one after it)
def test_a_list_of_periods_under_a_lead_a_line_each():
    text = article_text("Казахстан и Узбекистан обсудили транзит.\n\n"
                        "Товарооборот Казахстана и Узбекистана (по данным таможни):\n\n"
                        "2023 г. – 3 120,5 млн долл.\n"
                        "2024 г. – 3 410,2 млн долл. (+9,3%)\n"
                        "январь–июнь 2026 г. – 1 980,4 млн долл.\n")
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2023", "turnover", 3120.5, "exact", ""),
                                         (KZ_UZ, "2024", "turnover", 3410.2, "exact", "9.3"),
                                         (KZ_UZ, "2026-H1", "turnover", 1980.4, "exact", "")]
    other = article_text("The ministers met in Bishkek.\n\n"
                         "Trade between Kyrgyzstan and Tajikistan (national statistics):\n\n"
                         "2024 – $412.6 million\n"
                         "2025 – $468.1 million (+13.4%)\n")
    assert proposed.trade(other, DAY) == [(KG_TJ, "2024", "turnover", 412.6, "exact", ""),
                                          (KG_TJ, "2025", "turnover", 468.1, "exact", "13.4")]


# plant: _PERIOD_LINE's year word ("(?:[ \t]*(?:г\.|года?))?") dropped (no line read, the round figure of 2025 kept)
def test_a_round_figure_of_the_year_and_the_lists_exact_one_are_one():
    text = article_text("«По итогам прошлого года товарооборот превысил 3,4 миллиарда долларов», — сказал министр "
                        "о торговле Казахстана и Узбекистана.\n\n"
                        "Товарооборот Казахстана и Узбекистана:\n\n"
                        "2024 г. – 3 010,7 млн долл.\n"
                        "2025 г. – 3 410,2 млн долл. (+13,3%)\n")
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2024", "turnover", 3010.7, "exact", ""),
                                         (KZ_UZ, "2025", "turnover", 3410.2, "exact", "13.3")]
    other = article_text("Trade between Kazakhstan and Uzbekistan topped $3.4 billion last year, the minister said.\n\n"
                         "Kazakhstan–Uzbekistan trade:\n\n"
                         "2024 год – 3 010,7 млн долл.\n"
                         "2025 год – 3 410,2 млн долл.\n")
    assert proposed.trade_values(other, DAY) == {(KZ_UZ, "2024", "turnover", 3010.7),
                                                 (KZ_UZ, "2025", "turnover", 3410.2)}


# plant: figures._rounded_told_exactly looking at the later figures only (found[i + 1:])
def test_a_round_figure_told_after_the_exact_one_is_that_one():
    text = ("Macaristan ile Türkiye arasındaki ticaret hacmi 2025 yılında 5 milyar 140 milyon dolara ulaştı. Bakan "
            "paylaşımında \"geçen yıl 5 milyar doları aşan ticaret hacmimizi\" artıracaklarını yazdı.")
    assert proposed.trade(text, DAY) == [(HU_TR, "2025", "turnover", 5140.0, "exact", "")]
    other = ("Trade between Azerbaijan and Kazakhstan reached $612.9 million in 2025. Later the minister wrote that "
             "trade between Azerbaijan and Kazakhstan had exceeded $600 million last year.")
    assert proposed.trade(other, DAY) == [(AZ_KZ, "2025", "turnover", 612.9, "exact", "")]
