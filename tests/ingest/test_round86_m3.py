"""Eighty-sixth round, m3 (docs/extraction.md: figures.py, visits.py): a chart's alt text or a fact box lists one
pair's trade by year in one line, each item a year, a colon and an amount in its own unit, the items split by
semicolons ("Görsel: … ticaretin yıllara göre … grafiği. 2022: 1,2 milyar dolar; 2023: 1,5 milyar dolar."): each item
is that pair's trade in its year, the lead (the line's own words before the first year, ending in a colon, else the
sentence right before) naming the trade and the two. Years that fall back, or a lead of no trade, give nothing. And a
visit recalled in a nominalised clause (reported speech) puts its subject in the genitive: "X'un (da) 22 Mayıs'ta
Y'yi ziyaret ettiği hatırlatıldı": the surname is the one the article named in full with a title before, his visit
read as "X, 22 Mayıs'ta Y'yi ziyaret etti" is. A visit decided on ("ziyaret etmesi kararlaştırıldı") is none. Each
test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
CHART = ("Görsel: Türkiye ile Kazakistan arasındaki ticaretin yıllara göre seyrini gösteren grafik. "
         "2022: 1,2 milyar dolar; 2023: 1,5 milyar dolar; 2024: 1,9 milyar dolar.")


# plant: figures._year_list reading only the line's own lead (the sentence before it not taken as the lead)
def test_a_chart_line_of_years_and_amounts_gives_each_year():
    pair = proposed.pair("Türkiye", "Kazakhstan")
    assert proposed.trade_values(CHART, DAY) == {(pair, "2022", "turnover", 1200.0), (pair, "2023", "turnover", 1500.0),
                                                 (pair, "2024", "turnover", 1900.0)}


# plant: the call of figures._year_list taken out of find_figures
def test_a_list_of_years_under_the_lead_in_its_own_line_too():
    text = "Exports from Kazakhstan to Uzbekistan by year: 2023: $2.1 billion; 2024: $2.4 billion."
    pair = proposed.pair("Kazakhstan", "Uzbekistan")
    assert proposed.trade_values(text, DAY) == {(pair, "2023", "export", 2100.0), (pair, "2024", "export", 2400.0)}


# the near forms: a lead of no trade, or years that fall back (a ranking), give no figure (plant: the _TRADE check of
# the lead skipped in figures._year_list; then the rising years' check)
def test_a_list_of_years_of_no_trade_or_not_rising_gives_nothing():
    assert proposed.trade(CHART.replace("ticaretin", "yatırımların"), DAY) == []
    assert proposed.trade(CHART.replace("2022:", "2025:"), DAY) == []


FULL = "Kazakistan'ın Türkistan Valisi Nurlan Seytcanov, Özbek heyetini ağırladı. "


# plant: the call of visits._surname_in_genitive_told_before taken out of the local visit's visitor search
def test_a_visit_recalled_with_its_visitor_in_the_genitive():
    text = FULL + ("Seytcanov'un da 14 Eylül'de Buhara'yı ziyaret ettiği, o ziyarette beş belgenin imzalandığı "
                   "hatırlatıldı.")
    assert proposed.visits(text, DAY) == [("Nurlan Seytcanov", "Uzbekistan", "2026-09-14", "Bukhara", "other")]
    assert proposed.documents(text, DAY) == ["5"]


# the near form: a visit decided on, its verb not nominalised in -DIğI ("etmesi"), is none (plant: the
# _TR_NOMINALISED_VISIT check skipped in visits._surname_in_genitive_told_before)
def test_a_visit_decided_on_with_its_visitor_in_the_genitive_is_none():
    assert proposed.visits(FULL + "Seytcanov'un 14 Aralık'ta Buhara'yı ziyaret etmesi kararlaştırıldı.", DAY) == []
