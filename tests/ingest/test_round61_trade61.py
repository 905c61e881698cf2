"""Sixty-first round, trade61 (trade and targets; docs/extraction.md: figures.py): the forms behind the dev/1015, 1016,
1018 and 1024 misses, told in short invented sentences: a Turkish or Azerbaijani future participle with a verb of
estimating or being sure after it (a forecast, no figure), one sector's flow right after a goal's amount (no target of
the pair), and a pronoun standing for the flow the sentence before names with no amount (that flow's figure). Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 20)
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")


def test_an_amount_someone_estimates_trade_will_come_to_is_no_figure():
    # plant: the _BELIEVED_AFTER check dropped from figures.find_figures
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi ocak-mayıs döneminde 2 milyar 370 milyon dolar oldu. "
            "Yetkililer, yıl sonunda ticaretin 5,7 milyar doları aşabileceğini tahmin ediyor.")
    assert proposed.trade(text, DAY) == [(TR_KZ, "2026-5M", "turnover", 2370.0, "exact", "")]
    assert proposed.targets(text, DAY) == []
    azeri = ("Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi yanvar-iyun aylarında 214 milyon dollar olub. "
             "Nazir bildirib ki, ticarətin bu il 450 milyon dolları keçəcəyinə əminik.")
    assert proposed.trade(azeri, DAY) == [(AZ_UZ, "2026-H1", "turnover", 214.0, "exact", "")]
    # the passive of expecting stays a target, as before
    passive = ("Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi yanvar-iyun aylarında 214 milyon dollar olub. "
               "Dövriyyənin 2030-cu ildə 1 milyard dollara çatması gözlənilir.")
    assert proposed.targets(passive, DAY) == [(AZ_UZ, 1000.0, "2030")]


def test_a_goal_for_one_sectors_exports_is_no_target_of_the_pair():
    # plant: _sector_flow_after returning False
    text = ("Trade between Kazakhstan and Uzbekistan reached $1.37 billion in January–June. The ministers agreed to "
            "bring annual turnover to $5 billion. A further goal of $340 million in agricultural exports was named.")
    assert proposed.targets(text, DAY) == [(KZ_UZ, 5000.0, "")]
    farm = ("Trade between Kazakhstan and Uzbekistan reached $1.37 billion in January–June. They also set a target "
            "of $260 million of textile trade by 2028.")
    assert proposed.targets(farm, DAY) == []
    # a goal of the pair's trade with its own words after the amount stays
    bilateral = ("Trade between Kazakhstan and Uzbekistan reached $1.37 billion in January–June. The presidents set "
                 "a target of $7 billion in bilateral trade by 2030.")
    assert proposed.targets(bilateral, DAY) == [(KZ_UZ, 7000.0, "2030")]


def test_a_pronoun_standing_for_the_flow_named_the_sentence_before():
    # plant: _flow_named_before returning None
    text = ("За январь–июнь 2026 года товарооборот Кыргызстана и Турции составил 612,4 млн долларов. Отдельно "
            "министр остановился на кыргызском экспорте в Турцию. За полгода он вырос в 1,8 раза — до 83,7 млн "
            "долларов.")
    assert (KG_TR, "2026-H1", "export", 83.7, "exact", "80") in proposed.trade(text, DAY)
    # a sentence before naming trade but no flow leaves the pair's turnover
    plain = ("За январь–июнь 2026 года товарооборот Кыргызстана и Турции составил 612,4 млн долларов. Отдельно "
             "министр остановился на торговле. За полгода он вырос на 9% — до 640,2 млн долларов.")
    assert (KG_TR, "2026-H1", "turnover", 640.2, "exact", "9") in proposed.trade(plain, DAY)
