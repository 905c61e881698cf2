"""Fortieth round, trade figures and targets B (docs/extraction.md: figures.py, money.py, when.py): the forms behind
the dev misses of the part and of the probes, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 15)


def test_more_than_after_the_possessive_ablative_of_us_dollars():
    # plant: the "(?:[ıi]n)?" before the ablative dropped from money._COMPARED_AFTER
    ak = proposed.pair("Azerbaijan", "Kyrgyzstan")
    az = "Ötən il Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi 85 milyon ABŞ dollarından çox olub."
    assert proposed.trade(az, DAY) == [(ak, "2025", "turnover", 85.0, "over", "")]
    less = "Ötən il Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi 85 milyon ABŞ dollarından az olub."
    assert proposed.trade(less, DAY) == [(ak, "2025", "turnover", 85.0, "under", "")]
    # precision: the plain "ABŞ dolları" stays exact
    plain = "Ötən il Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi 85 milyon ABŞ dolları olub."
    assert proposed.trade(plain, DAY) == [(ak, "2025", "turnover", 85.0, "exact", "")]


def test_turkish_abd_dolari_is_an_amount_in_us_dollars():
    # plant: "(?:ABD\s)?" dropped before "dolar" in money._PATTERNS' "number and unit"
    hk = proposed.pair("Hungary", "Türkiye")
    tr = "Türkiye ile Macaristan arasındaki ticaret hacmi geçen yıl 4,1 milyar ABD doları oldu."
    assert proposed.trade(tr, DAY) == [(hk, "2025", "turnover", 4100.0, "exact", "")]
    over = "Türkiye ile Macaristan arasındaki ticaret hacmi geçen yıl 4 milyar ABD dolarından fazla oldu."
    assert proposed.trade(over, DAY) == [(hk, "2025", "turnover", 4000.0, "over", "")]
    # precision: another currency after "ABD" is no amount in dollars
    lira = "Türkiye ile Macaristan arasındaki ticaret hacmi geçen yıl 4 milyar ABD avrosu oldu."
    assert proposed.trade(lira, DAY) == []


def test_a_years_total_after_the_amount_is_the_pairs_own_figure_not_a_states_total():
    # plant: the "(?<!year's )" lookbehind dropped from figures._GROUP_OR_TOTAL
    kt = proposed.pair("Kazakhstan", "Turkmenistan")
    lead = "Trade between Kazakhstan and Turkmenistan came to $610 million in 2025. "
    text = lead + "In January–June this year it exceeded $340 million, already more than half of last year's total."
    assert (kt, "2026-H1", "turnover", 340.0, "over", "") in proposed.trade(text, DAY)
    # precision: a state's total foreign trade after the amount still keeps it from the pair
    world = lead + "In January–June this year Kazakhstan's total foreign trade passed $34 billion."
    assert proposed.trade(world, DAY) == [(kt, "2025", "turnover", 610.0, "exact", "")]


def test_a_goods_words_bare_after_the_state_it_comes_from_make_one_goods_trade():
    # plant: the call of figures._good_words_flow dropped from figures.find_figures' list of goods' checks
    tr = "Türkiye'nin Kazakistan'dan kuru meyve ithalatı geçen yıl 95 milyon dolar oldu."
    assert proposed.trade(tr, DAY) == []
    az = "Azərbaycanın Özbəkistandan pambıq ipliyi idxalı ötən il 60 milyon dollar olub."
    assert proposed.trade(az, DAY) == []
    # precision: the pair's own imports, a participle of the flow or time words between stay the pair's
    kt = proposed.pair("Kazakhstan", "Türkiye")
    own = "Türkiye'nin Kazakistan'dan ithalatı geçen yıl 950 milyon dolar oldu."
    assert proposed.trade(own, DAY) == [(kt, "2025", "import", 950.0, "exact", "")]
    made = "Türkiye'nin Kazakistan'dan gerçekleştirdiği ithalat geçen yıl 950 milyon dolar oldu."
    assert proposed.trade(made, DAY) == [(kt, "2025", "import", 950.0, "exact", "")]


def test_a_citys_exports_told_from_it_in_the_ablative_are_no_pairs():
    # plant: the call of figures._place_from_to_flow dropped from figures.find_figures' list of goods' checks
    city = "Vali, Kayseri'den Kırgızistan'a ihracatın geçen yıl 42 milyon dolar olduğunu söyledi."
    assert proposed.trade(city, DAY) == []
    to_city = "Vali, Kırgızistan'dan Bursa'ya ithalatın geçen yıl 12 milyon dolar olduğunu söyledi."
    assert proposed.trade(to_city, DAY) == []
    # precision: from a state to a state stays the pair's
    kt = proposed.pair("Kyrgyzstan", "Türkiye")
    state = "Bakan, Türkiye'den Kırgızistan'a ihracatın geçen yıl 1,1 milyar dolar olduğunu söyledi."
    assert proposed.trade(state, DAY) == [(kt, "2025", "export", 1100.0, "exact", "")]


def test_a_look_back_after_reaching_a_whole_years_amount_is_a_figure_of_that_year():
    # plant: the ", after/having reaching" branch dropped from figures._AND_VERB_END
    uk = proposed.pair("Uzbekistan", "Kyrgyzstan")
    lead = "Trade between Uzbekistan and Kyrgyzstan keeps growing. "
    after = lead + "Turnover rose 9% to $1.4 billion in January–August, after reaching $2.2 billion for the whole of 2025."
    assert (uk, "2025", "turnover", 2200.0, "exact", "") in proposed.trade(after, DAY)
    having = lead + "Turnover climbed to $1.4 billion in January–August, having hit about $2.2 billion in 2025."
    assert (uk, "2025", "turnover", 2200.0, "about", "") in proposed.trade(having, DAY)
    # precision: the same period a year before is a baseline, no figure of its own
    same = lead + "Turnover rose to $1.4 billion in January–August, after reaching $1.2 billion in the same period of 2025."
    assert [f[3] for f in proposed.trade(same, DAY)] == [1400.0]
