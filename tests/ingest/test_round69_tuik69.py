"""Sixty-ninth round, tuik69 (docs/extraction.md: money.py, figures.py, people.py): the forms behind the dev/1120 misses
(a statistics office's bulletin on Türkiye's trade with three Turkic states), told in short invented sentences. A grid
of partners whose heading gives its unit after a one-word label in brackets, "(Değer: bin ABD doları)", "(Value: USD
thousand)"; a first clause closed by the "while" converb ("…aşarken,", "…olarkən,") and a later clause telling where
trade grew fastest with no figure ("en hızlı büyüme Özbekistan ile yaşandı"), whose state is no pair of the amount;
"the two countries" right after a line naming trade with one partner and no amount, in a round-up whose lead names no
home, the home told by the first figure's sentence; and a statistician, "istatistikçi X Y", whose next paragraph's
'"…," dedi.' is hers. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from collections import Counter
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 7, 30)
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
TM_TR = proposed.pair("Turkmenistan", "Türkiye")


# plant: the label before the unit ("(?:[^\W\d]+\s*:\s*)?") dropped from money._TABLE_UNIT
def test_a_grid_whose_unit_follows_a_label():
    text = ("Türkiye'nin Türk devletleriyle ticareti ilk yarıda arttı. Kırgızistan ile ticaret hacmi 230 milyon "
            "doları aştı.\n\n"
            "Dış ticaret hacmi, Ocak-Haziran (Değer: bin ABD doları)\n\n"
            "Ülke | 2025 Ocak-Haziran | 2026 Ocak-Haziran | Değişim (%)\n\n"
            "Kırgızistan | 204.500 | 236.200 | 15,5\n\n"
            "Türkmenistan | 802.100 | 845.300 | 5,4\n")
    # each row two records, the later column with the row's change; the round lead figure of a row gives none
    # compared as multisets: two equal frozensets may print their states in different orders, so no sort by str
    assert Counter(proposed.trade(text, DAY)) == Counter([
        (KG_TR, "2025-H1", "turnover", 204.5, "exact", ""), (KG_TR, "2026-H1", "turnover", 236.2, "exact", "15.5"),
        (TM_TR, "2025-H1", "turnover", 802.1, "exact", ""), (TM_TR, "2026-H1", "turnover", 845.3, "exact", "5.4")])
    english = ("Trade between Türkiye and Azerbaijan reached $3.2 billion in January-June.\n\n"
               "Trade with the Turkic states, January-June (Value: USD thousand)\n\n"
               "Country | January-June 2025 | January-June 2026 | Change (%)\n\n"
               "Kyrgyzstan | 204,500 | 236,200 | 15.5\n")
    assert proposed.trade_values(english, DAY) == {(AZ_TR, "2026-H1", "turnover", 3200.0),
                                                   (KG_TR, "2025-H1", "turnover", 204.5),
                                                   (KG_TR, "2026-H1", "turnover", 236.2)}


# plant: the figures._WHILE_CONVERB_CLAUSE fallback dropped from figures._partners_without_figure
def test_a_while_converb_then_where_trade_grew_fastest():
    text = ("Türkiye'nin Türk devletleriyle ticareti ilk yarıda arttı.\n\n"
            "Kazakistan ile ticaret hacmi ilk yarıda 2,1 milyar doları aşarken, en güçlü artış Kırgızistan ile "
            "görüldü.")
    assert proposed.trade(text, DAY) == [(KZ_TR, "2026-H1", "turnover", 2100.0, "over", "")]
    azerbaijani = ("Azərbaycanın Türk dövlətləri ilə ticarəti artıb.\n\n"
                   "Qazaxıstanla ticarət dövriyyəsi yanvar-iyun aylarında 500 milyon dollar olarkən, ən sürətli artım "
                   "Özbəkistanla qeydə alınıb.")
    assert proposed.trade(azerbaijani, DAY) == [(AZ_KZ, "2026-H1", "turnover", 500.0, "exact", "")]


# plant: the `_trade_with_partner … _home_of_figures` fallback dropped from figures._partner_of_the_two_before (the
# homes left to the lead's alone); for the route's line, the `_trade_with_partner` condition dropped
def test_the_two_after_a_line_on_trade_with_the_next_partner():
    # the headline names the two, no lead tells the home's trade with a group (_lead_home)
    text = ("Ticarette yarıyıl bilançosu: Azerbaycan Türkiye için yine ilk sırada\n\n"
            "Azerbaycan ile ticaret hacmi ilk yarıda 3,1 milyar dolar olurken, en hızlı büyüme Özbekistan ile "
            "yaşandı. Türkiye'nin bu ülkeye ihracatı 2,2 milyar dolar oldu. Kazakistan ile ticarette haziran ayı "
            "dikkat çekti. Yalnızca haziranda iki ülke arasındaki ticaret hacmi 410 milyon dolara ulaştı.")
    assert (KZ_TR, "2026-06", "turnover", 410.0) in proposed.trade_values(text, DAY)
    azerbaijani = ("Yarımilin yekunu: Türkiyə Azərbaycan üçün yenə birinci yerdədir\n\n"
                   "Türkiyə ilə ticarət dövriyyəsi yanvar-iyun aylarında 3,1 milyard dollar olarkən, ən sürətli artım "
                   "Özbəkistanla qeydə alınıb. Azərbaycanın bu ölkəyə ixracı 1,2 milyard dollar olub. Qazaxıstanla "
                   "ticarətdə iyun ayı diqqət çəkib. Təkcə iyunda iki ölkə arasında ticarət dövriyyəsi 95 milyon "
                   "dollara çatıb.")
    assert (AZ_KZ, "2026-06", "turnover", 95.0) in proposed.trade_values(azerbaijani, DAY)
    # a line naming a state on a route, no trade with it, gives no pair (dev/531's form)
    route = ("Türkiye ile Kırgızistan arasındaki ticaret 2025 yılında 1,4 milyar dolar oldu. İhracat 1,1 milyar dolar "
             "oldu. Tırlar Gürcistan ve Azerbaycan üzerinden iki haftada geliyor. İlk çeyrekte iki ülke arasındaki "
             "ticaret hacmi 340 milyon dolara ulaştı.")
    assert {figure[0] for figure in proposed.trade(route, DAY) if figure[3] == 340.0} == {KG_TR}


# plant: "istatistikçi" dropped from people._AZ_TITLES (and, for the capitalised one, from people._TITLE_WORDS)
def test_a_statisticians_quote_in_the_next_paragraph():
    text = ("Rakamlar açıklandı.\n\n"
            "Kurumun dış ticaret biriminden istatistikçi Derya Kalkan, verilerin dikkatle okunması gerektiğini "
            "söyledi.\n\n"
            "\"Artışın bir bölümü kur etkisinden geliyor. Miktar olarak büyüme daha sınırlı,\" dedi.\n")
    assert proposed.quotes(text, DAY) == [
        ("Derya Kalkan", "Artışın bir bölümü kur etkisinden geliyor. Miktar olarak büyüme daha sınırlı")]
    capitalised = ("Rakamlar açıklandı.\n\n"
                   "İstatistikçi Murat Özdemir, aylık verilerin oynak olduğunu belirtti.\n\n"
                   "\"Tek bir aya bakarak karar vermemek gerekir,\" diye ekledi.\n")
    assert proposed.quotes(capitalised, DAY) == [("Murat Özdemir", "Tek bir aya bakarak karar vermemek gerekir")]
