"""Sixty-seventh round, fidant67 (docs/extraction.md: figures.py): the forms behind the dev/1089 trade and target
misses, told in short invented sentences. A visitor's tour of several capitals tells each leg in its own paragraph, and
"the two countries" of a later leg are the visitor's state and that leg's host, named in the sentence before with the
visitor, not the first leg's host the article's pair holds (1089: "Kırgızistan'a yaptığı ziyaretin … diyen Fidan, iki
ülke arasındaki ticaret hacminin …"); and "our eye" on an amount is a goal, Turkish and Azerbaijani "gözümüz 10 milyar
dolarda" (now our eye is on $10 billion), "gözümüzü 5 milyar dolara diktik" (1089). Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 6)
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
TM_TR = proposed.pair("Turkmenistan", "Türkiye")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: figures._leg_host_of_the_two returning None where it found the leg's host
def test_the_two_countries_of_a_later_leg_of_a_tour():
    text = ("Fidan Kafkasya turunda\n\nANKARA (AA) - Dışişleri Bakanı Hakan Fidan, 3 Mart'ta resmi ziyaret için "
            "Bakü'ye gitti. Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile görüştü.\n\nFidan, ertesi gün "
            "Aşkabat'ta Türkmenistan Dışişleri Bakanı Raşit Meredov ile bir araya geldi. Görüşmede iki ülke "
            "arasındaki ticaret hacminin geçen yıl 2,4 milyar dolar olduğu belirtildi.")
    assert proposed.trade_values(text, DAY) == {(TM_TR, "2025", "turnover", 2400.0)}
    english = ("Fidan wraps up Central Asia tour\n\nTurkish Foreign Minister Hakan Fidan arrived in Baku on March 3 "
               "for an official visit and held talks with Azerbaijani Foreign Minister Jeyhun Bayramov.\n\nOn March 5 "
               "Fidan travelled on to Tashkent, where he met Uzbek Foreign Minister Bakhtiyor Saidov. Trade between "
               "the two countries reached $3.1 billion last year, the ministry said.")
    assert proposed.trade_values(english, DAY) == {(TR_UZ, "2025", "turnover", 3100.0)}


# plant: the office-holder check (`met`) dropped from figures._leg_host_of_the_two
def test_a_state_named_before_without_the_visitor_is_no_leg():
    text = ("Turkish Foreign Minister Hakan Fidan arrived in Baku on March 3 for an official visit and held talks with "
            "Azerbaijani Foreign Minister Jeyhun Bayramov.\n\nTurkmenistan, by comparison, has kept its gas prices "
            "low. Trade between the two countries reached $7.2 billion last year, the ministry said.")
    assert proposed.trade_values(text, DAY) == {(AZ_TR, "2025", "turnover", 7200.0)}


# plant: "gözümüzü?" dropped from figures._TARGET_NOUN_LOCAL
def test_our_eye_on_an_amount_is_a_goal():
    text = ('Koşerbayev, "Türkiye ile ticaret hacmimiz geçen yıl 6 milyar doları aştı, şimdi gözümüz 10 milyar '
            'dolarda" dedi.')
    assert proposed.targets(text, DAY) == [(KZ_TR, 10000.0, "")]
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2025", "turnover", 6000.0)}
    fixed = 'Bakan, "Özbekistan ile ticaretimiz 3 milyar dolara ulaştı, gözümüzü 5 milyar dolara diktik" dedi.'
    assert proposed.targets(fixed, DAY) == [(TR_UZ, 5000.0, "")]
    azerbaijani = ("Nazir bildirib ki, Türkiyə ilə ticarət dövriyyəmiz ötən il 1 milyard dolları keçib, indi gözümüz 2 "
                   "milyard dollardadır.")
    assert proposed.targets(azerbaijani, DAY) == [(AZ_TR, 2000.0, "")]
