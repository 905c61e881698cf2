"""Sixty-second round, trade62a (a statistics release's partner lines; docs/extraction.md: figures.py, places.py): the
forms behind the dev/1026 misses and what the probes found, told in short invented sentences: a lead's later clause
giving one partner's figure after a clause of partners with no figure, a partner named by the Azerbaijani copula
("… Türkiyədir") before "the two countries", the figure named back right after a span of months, and a potential
with its threshold named between the amount and the verb. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 19)
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
KZ_HU = proposed.pair("Kazakhstan", "Hungary")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
LEAD_AZ = "Mərkəz Azərbaycanın türk dövlətləri ilə ticarətinə dair növbəti icmalını yayıb. "


def test_a_later_clauses_figure_is_of_the_partner_it_names_with_the_releases_home():
    # plant: the _partners_of_a_later_clause call dropped from figures.find_figures (codes left as told)
    az = (LEAD_AZ + "Yanvar-sentyabr aylarında Özbəkistan və Qırğızıstanla ticarətdə artım davam edib, Macarıstanla "
          "dövriyyə isə 140 milyon dollar təşkil edib.")
    assert proposed.trade(az, DAY) == [(AZ_HU, "2026-9M", "turnover", 140.0, "exact", "")]
    en = ("The agency published Kazakhstan's trade with the Turkic states for January-September. Trade with Türkiye "
          "and Uzbekistan kept growing, while trade with Hungary reached $310 million.")
    assert proposed.trade(en, DAY) == [(KZ_HU, "2026-9M", "turnover", 310.0, "exact", "")]
    ru = ("Агентство опубликовало данные о торговле Казахстана с тюркскими государствами. За январь–сентябрь "
          "товарооборот с Турцией и Узбекистаном вырос, а товарооборот с Венгрией составил 310 млн долларов.")
    assert proposed.trade(ru, DAY) == [(KZ_HU, "2026-9M", "turnover", 310.0, "exact", "")]
    # no home told: the report's language names it
    bare = "Yanvar-sentyabr aylarında Türkiyə ilə ticarət artıb, Macarıstanla dövriyyə isə 250 milyon dollar olub."
    assert proposed.trade(bare, DAY) == [(AZ_HU, "2026-9M", "turnover", 250.0, "exact", "")]
    # the state owning the first clause's trade is the home
    owner = ("Kazakhstan's trade with Türkiye and Uzbekistan grew in 2025, while its trade with Hungary reached "
             "$310 million.")
    assert proposed.trade(owner, DAY) == [(KZ_HU, "2025", "turnover", 310.0, "exact", "")]
    # a clause naming both states keeps its own pair
    both = "Yanvar-sentyabr aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 420 milyon dollar olub."
    assert proposed.trade(both, DAY) == [(AZ_KZ, "2026-9M", "turnover", 420.0, "exact", "")]


def test_a_rounded_lead_figure_of_a_later_clause_gives_way_to_the_exact_one():
    # plant: the _partners_of_a_later_clause call dropped from figures.find_figures
    text = (LEAD_AZ + "Yanvar-sentyabr aylarında Türkiyə və Qazaxıstanla ticarət artıb, Macarıstanla dövriyyə isə 200 "
            "milyon dollara yaxınlaşıb. Macarıstanla ticarət dövriyyəsi yanvar-sentyabr aylarında 197,4 milyon "
            "dollar təşkil edib.")
    assert proposed.trade(text, DAY) == [(AZ_HU, "2026-9M", "turnover", 197.4, "exact", "")]


def test_a_partner_named_by_the_copula_is_the_two_countries_next():
    # plant: the f"d{e}r" (copula) endings dropped from places._declined
    text = (LEAD_AZ + "Yanvar-sentyabr aylarında Qırğızıstanla dövriyyə 50 milyon dollar olub. Ən böyük tərəfdaş isə "
            "Türkiyədir. Doqquz ayda iki ölkə arasında dövriyyə 5 milyard 100 milyon dollar təşkil edib.")
    assert proposed.trade(text, DAY) == [(AZ_KG, "2026-9M", "turnover", 50.0, "exact", ""),
                                         (AZ_TR, "2026-9M", "turnover", 5100.0, "exact", "")]
    other = (LEAD_AZ + "Yanvar-sentyabr aylarında Türkiyə ilə dövriyyə 5 milyard dollar olub. Ən yaxın tərəfdaş isə "
             "Qazaxıstandır. İki ölkə arasında dövriyyə 420 milyon dollar təşkil edib.")
    assert (AZ_KZ, "2026-9M", "turnover", 420.0, "exact", "") in proposed.trade(other, DAY)
    # the name as before, no copula, still a state
    plain = (LEAD_AZ + "Yanvar-sentyabr aylarında Türkiyə ilə dövriyyə 5 milyard 100 milyon dollar olub.")
    assert proposed.trade(plain, DAY) == [(AZ_TR, "2026-9M", "turnover", 5100.0, "exact", "")]


def test_the_figure_named_back_right_after_a_span_of_months():
    # plant: the month-span / "dövründə" alternative dropped from figures._FIGURE_BACK
    az = ("Yanvar-sentyabr aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 420,5 milyon dollar təşkil "
          "edib. Ötən ilin yanvar-sentyabrında göstərici 380 milyon dollar olub.")
    assert proposed.trade(az, DAY) == [(AZ_KZ, "2026-9M", "turnover", 420.5, "exact", ""),
                                       (AZ_KZ, "2025-9M", "turnover", 380.0, "exact", "")]
    tr = ("Ocak-eylül döneminde Türkiye ile Özbekistan arasındaki ticaret hacmi 2,1 milyar dolar oldu. Geçen yılın "
          "ocak-eylül döneminde rakam 1,8 milyar dolardı.")
    assert proposed.trade(tr, DAY) == [(TR_UZ, "2026-9M", "turnover", 2100.0, "exact", ""),
                                       (TR_UZ, "2025-9M", "turnover", 1800.0, "exact", "")]
    # "the same months" is not read as this year's
    same = ("Yanvar-sentyabr aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 420,5 milyon dollar təşkil "
            "edib. Ötən ilin eyni aylarında göstərici 380 milyon dollar olub.")
    assert (AZ_KZ, "2026-9M", "turnover", 380.0, "exact", "") not in proposed.trade(same, DAY)


def test_a_threshold_trade_could_pass_is_no_figure():
    # plant: the threshold nouns (həddini, eşiğini …) dropped from figures._COULD_REACH_AFTER
    az = ("Yanvar-sentyabr aylarında Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi 610 milyon dollar olub. "
          "Proqnoza görə, ilin sonunadək Özbəkistanla dövriyyə 800 milyon dollar həddini keçə bilər.")
    assert proposed.trade(az, DAY) == [(AZ_UZ, "2026-9M", "turnover", 610.0, "exact", "")]
    tr = ("Ocak-eylül döneminde Türkiye ile Özbekistan arasındaki ticaret hacmi 2,1 milyar dolar oldu. Yıl sonunda "
          "hacim 3 milyar dolar eşiğini aşabilir.")
    assert proposed.trade(tr, DAY) == [(TR_UZ, "2026-9M", "turnover", 2100.0, "exact", "")]
    # a potential told with no threshold stays left out too, the figure before it read
    plain = ("Yanvar-sentyabr aylarında Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi 610 milyon dollar olub. "
             "İlin sonunadək dövriyyə 800 milyon dollara çata bilər.")
    assert proposed.trade(plain, DAY) == [(AZ_UZ, "2026-9M", "turnover", 610.0, "exact", "")]
