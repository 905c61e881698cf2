"""Thirteenth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py).
Each rule was written for a miss of dev/138–149 and is tested here with other wordings than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 7, 20)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def test_crossed_before_an_amount_is_over():
    # plant: ("crossed", "over") dropped from money.QUALIFIERS
    text = "Trade between Kyrgyzstan and Azerbaijan crossed $150 million last year, customs data show."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), "2024", "turnover", 150.0, "over", "")]


def test_in_excess_of_is_over():
    # plant: ("in excess of", "over") dropped from money.QUALIFIERS
    text = "Trade between Kyrgyzstan and Azerbaijan was in excess of $150 million last year, customs data show."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), "2024", "turnover", 150.0, "over", "")]


def test_more_than_with_the_possessive_after_the_amount_is_over():
    # plant: the possessive "(?:s?[ıiu])?" dropped after "çox|fazla" in money._COMPARED_AFTER
    az = ("Ötən il Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 500 milyon dollar olub. "
          "Bunun 300 milyon dollardan çoxu Azərbaycanın Qazaxıstana ixracının payına düşüb.")
    assert (_pair("Azerbaijan", "Kazakhstan"), "2024", "export", 300.0, "over", "") in _trade(az)
    tr = ("Geçen yıl Türkiye ile Kırgızistan arasındaki ticaret hacmi 900 milyon dolar oldu. "
          "Bunun 600 milyon dolardan fazlası Türkiye'nin Kırgızistan'a ihracatıydı.")
    assert (_pair("Türkiye", "Kyrgyzstan"), "2024", "export", 600.0, "over", "") in _trade(tr)



def test_a_figure_the_body_tells_twice_is_one_figure():
    # plant: figures._told_again left out of find_figures' return
    text = ("Bakan Taşkent'te\n\nTürkiye ile Özbekistan arasındaki ticaret bu yılın ilk 9 ayında yaklaşık 2,1 milyar "
            "dolara ulaştı.\n\nTicaret Bakanlığı verilerine göre, Türkiye ile Özbekistan arasındaki dış ticaret hacmi "
            "ocak-eylül döneminde yaklaşık 2,1 milyar dolar olarak gerçekleşti.")
    assert _trade(text, date(2025, 11, 1)) == [
        (_pair("Türkiye", "Uzbekistan"), "2025-9M", "turnover", 2100.0, "about", "")]


def test_it_topped_after_a_trade_sentence_without_an_amount():
    # plant: "topped|crossed|climbed|jumped|" dropped from figures._FIGURE_BACK
    text = ("Commerce between Kyrgyzstan and Azerbaijan is still modest. It topped $60 million in 2024, a 20% rise on "
            "the year before, officials in Bishkek said.")
    assert _trade(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), "2024", "turnover", 60.0, "over", "20")]


def test_trade_with_one_state_in_a_local_report_is_the_home_states():
    # plant: _home_of_language returning None (the branch never taken)
    tr = ("Bakan Bakü'de\n\nAzerbaycan ile Türkiye arasındaki ticaret hacmi geçen yıl 7 milyar dolar oldu. "
          "Bakan daha sonra Aşkabat'a geçecek. Türkmenistan ile ticaret hacmi geçen yıl 2 milyar dolar civarındaydı.")
    assert (_pair("Türkiye", "Turkmenistan"), "2024", "turnover", 2000.0, "about", "") in _trade(tr)
    assert not any(p == _pair("Azerbaijan", "Turkmenistan") for p, *_ in _trade(tr))



def test_an_amount_lent_is_no_trade_figure():
    # plant: figures._lent returning False
    text = ("Trade between Kazakhstan and Azerbaijan reached $500 million last year, and the Kazakh Export-Import Bank "
            "has opened a credit line of $80 million for projects in Azerbaijan.")
    assert 80.0 not in [value for _, _, _, value, *_ in _trade(text)]
    loan = ("Kyrgyz trade with Azerbaijan rose to $40 million last year, and the Kyrgyz Export Agency arranged a "
            "$25 million loan for projects in Azerbaijan.")
    assert 25.0 not in [value for _, _, _, value, *_ in _trade(loan)]


def test_turkish_gecti_after_the_accusative_amount_is_over():
    # plant: the "[ıi]\s+geç(...)" alternative dropped from money._QUALIFIER_AFTER
    text = "Türkiye ile Kırgızistan arasındaki ticaret hacmi geçen yıl 2 milyar doları geçti."
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 2000.0, "over", "")]
    # "dolar geçen yıl": no accusative, "geçen" is "last"
    last = "Türkiye ile Kırgızistan arasındaki ticaret hacmi 2 milyar dolar geçen yıl oldu."
    assert _trade(last) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 2000.0, "exact", "")]
