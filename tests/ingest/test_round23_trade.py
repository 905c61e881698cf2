"""Twenty-third round, trade figures and targets (docs/extraction.md: figures.py): the forms behind the dev/243–269
trade and target misses, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def test_a_round_ups_first_partner_told_of_the_two_is_no_home():
    # plant: `_partner_of_the_two(...)` replaced by `set()` in figures._home_of_report
    lead = ("Kyrgyzstan's foreign trade in January–June 2026 came to $7.9 billion, the statistics committee said. "
            "Turkic states took about a fifth of it. ")
    text = lead + ("The largest partner was Kazakhstan: trade between the two countries reached $1.2 billion. "
                   "Trade with Azerbaijan rose to $41.5 million.")
    got = {(f[0], f[3]) for f in _trade(text)}
    assert got == {(_pair("Kazakhstan", "Kyrgyzstan"), 1200.0), (_pair("Azerbaijan", "Kyrgyzstan"), 41.5)}
    # a first sentence naming both of the two still makes the state named first the home
    text = ("Trade between Uzbekistan and Kazakhstan reached $2.1 billion in January–June 2026. "
            "Trade with Azerbaijan rose to $41.5 million.")
    got = {(f[0], f[3]) for f in _trade(text)}
    assert got == {(_pair("Kazakhstan", "Uzbekistan"), 2100.0), (_pair("Azerbaijan", "Uzbekistan"), 41.5)}


def test_a_partner_named_again_in_another_case_is_still_the_round_ups_partner():
    # plant: `_each_state_a_partner(doc, mentions)` replaced by the old `all(_after_with(doc, m) or
    # _partner_of_flow(doc, m) for m in mentions)` in figures._home_of_report
    lead = ("Altı ayın bilançosu: Kırgızistan ilk sırada, Kazakistan'a ihracat geriledi\n\n"
            "Türkiye ile Kırgızistan arasındaki ticaret hacmi ocak-haziran döneminde 1,1 milyar dolar oldu. ")
    text = lead + ("Özbekistan ile ticaret hacmi ise aynı dönemde 1,9 milyar dolara ulaştı; bu rakamın bir kısmını "
                   "Özbekistan'dan alınan pamuk oluşturuyor.")
    got = {(f[0], f[3]) for f in _trade(text, date(2026, 7, 20))}
    assert got == {(_pair("Türkiye", "Kyrgyzstan"), 1100.0), (_pair("Türkiye", "Uzbekistan"), 1900.0)}
    # a state named only as a trader of its own ("Özbekistan'ın …") is no partner of the round-up
    text = lead + "Özbekistan'ın Tacikistan ile ticaret hacmi ise aynı dönemde 900 milyon dolara ulaştı."
    got = {(f[0], f[3]) for f in _trade(text, date(2026, 7, 20))}
    assert (_pair("Türkiye", "Uzbekistan"), 900.0) not in got and (_pair("Türkiye", "Tajikistan"), 900.0) not in got


def test_russian_traded_with_verb_is_the_pairs_turnover():
    # plant: "наторгова\w*" dropped from figures._TRADE (and "наторгова" from _TRADE_WORDS)
    text = ("Товарооборот Казахстана и Киргизии за девять месяцев 2026 года составил $1,6 млрд. "
            "С Узбекистаном Киргизия наторговала на $640 млн, рост составил 12%.")
    got = _trade(text)
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-9M", "turnover", 640.0, "exact", "12") in got
    # a verb of selling goods alone ("продала зерна") is no trade word of the pair
    text = ("Товарооборот Казахстана и Киргизии за девять месяцев 2026 года составил $1,6 млрд. "
            "Узбекистану Киргизия продала электроэнергии на $40 млн.")
    assert [f[3] for f in _trade(text)] == [1600.0]
