"""Eighty-fifth round, k6 (docs/extraction.md: money.py, figures.py). Azerbaijani and Turkish millions written wholly in
words, hundreds, tens and units before "milyon dollar" ("yüz on iki milyon dollar", "üç yüz milyon dollara"), are
read as the digits would be, a trade figure or a target (money's "millions in words, local"); billions in words
before them add up ("bir milyard iki yüz milyon dollar"), and millions in words of another currency ("milyon manat")
are no dollar amount. A Turkish "<year> X olan" sentence going on to two further amounts, the last after a comma with
a period of its own ("2024'te X'e, geçen yıl ise yüzde N artışla Y'ye"), gives each its own period and the rate to
the last only (figures' _next_own_period_clause). Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
AZ_LEAD = "Özbəkistan Prezidenti Şavkat Mirziyoyev martın 10-da Azərbaycana rəsmi səfərə gəlib.\n\n"
TR_LEAD = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev dün Bakü'de Azerbaycan Cumhurbaşkanı İlham Aliyev ile "
           "görüştü.\n\n")
UZ_AZ = proposed.pair("Uzbekistan", "Azerbaijan")


# plant: _turkic_number reading "yüz" as adding 100 to what follows only (the count before it dropped: "iki yüz on
# dört" as 114)
def test_millions_in_words_give_a_trade_figure():
    text = AZ_LEAD + "Ötən il Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi iki yüz on dörd milyon dollar olub."
    assert proposed.trade_values(text, DAY) == {(UZ_AZ, "2025", "turnover", 214.0)}


# plant: the "millions in words, local" pattern left out of money._PATTERNS (no target read)
def test_a_target_in_words_by_a_year():
    text = AZ_LEAD + ("Tərəflər 2030-cu ilədək qarşılıqlı ticarət dövriyyəsini beş yüz milyon dollara çatdırmağı "
                      "qərara alıb.")
    assert proposed.targets(text, DAY) == [(UZ_AZ, 500.0, "2030")]


# plant: the billions group of "millions in words, local" dropped (the sum read as 300 only)
def test_billions_and_millions_in_words_add_up():
    text = TR_LEAD + "Geçen yıl Azerbaycan ile Özbekistan arasındaki ticaret hacmi bir milyar üç yüz milyon dolar oldu."
    assert proposed.trade_values(text, DAY) == {(UZ_AZ, "2025", "turnover", 1300.0)}


# the near form: millions in words of another currency (manat) are no dollar amount (plant: "(?:ABŞ\s+|ABD\s+)?doll?ar"
# made optional in the "millions in words, local" pattern)
def test_millions_in_words_of_another_currency_give_nothing():
    text = AZ_LEAD + "Ötən il Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi iki yüz on dörd milyon manat olub."
    assert proposed.trade_values(text, DAY) == set()


# plant: _next_own_period_clause returning next_start always (the rate then the second amount's too) and the own
# period
# branch kept to "not split" (the third amount given the second's year)
def test_an_olan_chain_gives_each_amount_its_own_period_and_the_rate_to_the_last():
    text = TR_LEAD + ("İki ülke arasındaki verilere göre 2023'te 40,2 milyon dolar olan ticaret hacmi 2024'te 52,3 "
                      "milyon dolara, geçen yıl ise yüzde 20,5 artışla 63 milyon dolara yükseldi.")
    got = {(period, value, growth) for _, period, _, value, _, growth in proposed.trade(text, DAY)}
    assert got == {("2023", 40.2, ""), ("2024", 52.3, ""), ("2025", 63.0, "20.5")}
