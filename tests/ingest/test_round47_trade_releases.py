"""Forty-seventh round, trade releases (statistics releases and an envoy's interview; docs/extraction.md: figures.py,
when.py): the forms behind the dev/823, 830, 832, 837 and 845 misses and the failures the probes found, told in short
invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TR_KG = proposed.pair("Türkiye", "Kyrgyzstan")
TR_HU = proposed.pair("Türkiye", "Hungary")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_TM = proposed.pair("Kazakhstan", "Turkmenistan")
UZ_TM = proposed.pair("Uzbekistan", "Turkmenistan")
KZ_AZ = proposed.pair("Kazakhstan", "Azerbaijan")
KZ_HU = proposed.pair("Kazakhstan", "Hungary")


def test_the_same_period_far_past_a_look_back_is_the_reports_own():
    # plant: figures._same_period_past_a_look_back returning `period` first thing
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmi yılın ilk altı ayında 1 milyar 200 milyon dolara ulaştı. "
            "İhracatın yarısı tekstil. Makine ikinci sırada. Geçen yılın tamamında ise ticaret hacmi 2 milyar 400 "
            "milyon dolar olmuştu. İhracatçılar memnun. Oda başkanı iyimser konuştu. Pazar da büyüyor. Aynı dönemde "
            "Türkiye ile Kırgızistan arasındaki ticaret hacmi 600 milyon dolar oldu.")
    assert proposed.trade(text, date(2026, 7, 30)) == [(TR_UZ, "2026-H1", "turnover", 1200.0, "exact", ""),
                                                       (TR_UZ, "2025", "turnover", 2400.0, "exact", ""),
                                                       (TR_KG, "2026-H1", "turnover", 600.0, "exact", "")]


def test_a_growth_after_a_source_lead_is_the_figures():
    # plant: the "göre / according to …," alternative dropped from figures._GROWTH_NEXT
    text = ("Türkiye ile Macaristan arasındaki ticaret hacmi yılın ilk altı ayında 2 milyar dolara ulaştı. Bakanlık "
            "verilerine göre bu rakam, geçen yılın aynı dönemine göre yüzde 4,5 artışı gösteriyor.")
    assert proposed.trade(text, date(2026, 7, 30)) == [(TR_HU, "2026-H1", "turnover", 2000.0, "exact", "4.5")]
    english = ("Trade between Hungary and Türkiye reached $2 billion in January–June 2026. According to the ministry, "
               "this is 4.5 percent more than a year earlier.")
    assert proposed.trade(english, date(2026, 7, 30)) == [(TR_HU, "2026-H1", "turnover", 2000.0, "exact", "4.5")]
    # "bu yıl" (this year) after the source is a period, no pointer back to the figure
    this_year = ("Türkiye ile Macaristan arasındaki ticaret hacmi 2025 yılında 4 milyar dolara ulaştı. Bakanlık "
                 "verilerine göre bu yıl ihracatçılar yüzde 4,5 daha az kazandı.")
    assert proposed.trade(this_year, date(2026, 7, 30)) == [(TR_HU, "2025", "turnover", 4000.0, "exact", "")]


def test_a_month_of_last_year_is_that_month():
    # plant: the _MONTH_LAST_YEAR branch dropped from when.period_in (the month alone left as before)
    text = "Trade between Kazakhstan and Uzbekistan reached $150 million in March last year."
    assert proposed.trade(text, date(2026, 7, 30)) == [(KZ_UZ, "2025-03", "turnover", 150.0, "exact", "")]


def test_a_local_month_of_last_year_is_that_month():
    # plant: when._LAST_YEAR_OF_MONTH emptied (the year's word read as this year's)
    russian = "Товарооборот Казахстана и Узбекистана в марте прошлого года составил 150 млн долларов."
    assert proposed.trade(russian, date(2026, 7, 30)) == [(KZ_UZ, "2025-03", "turnover", 150.0, "exact", "")]
    azerbaijani = "Qazaxıstanla Özbəkistan arasında ticarət dövriyyəsi ötən ilin mart ayında 150 milyon dollar olub."
    assert proposed.trade(azerbaijani, date(2026, 7, 30)) == [(KZ_UZ, "2025-03", "turnover", 150.0, "exact", "")]


def test_a_year_on_year_month_comparison_gives_the_figure_that_month():
    # plant: figures._same_part_a_year_on returning None
    text = ("Trade between Kazakhstan and Uzbekistan reached $1.9 billion in January–May 2026. May was the busiest "
            "month. Turnover came to $420 million, 5 percent more than the $400 million recorded in May last year.")
    assert proposed.trade(text, date(2026, 6, 20)) == [(KZ_UZ, "2026-5M", "turnover", 1900.0, "exact", ""),
                                                       (KZ_UZ, "2026-05", "turnover", 420.0, "exact", "5"),
                                                       (KZ_UZ, "2025-05", "turnover", 400.0, "exact", "")]


def test_a_verbless_clause_of_a_part_of_the_period():
    # plant: the _part_alone_further call dropped from the further clauses in figures.find_figures
    text = ("В первом полугодии 2026 года товарооборот Казахстана с Туркменистаном достиг 300 млн долларов, а только "
            "в июне — 70 млн долларов.")
    assert proposed.trade(text, date(2026, 7, 30)) == [(KZ_TM, "2026-H1", "turnover", 300.0, "exact", ""),
                                                       (KZ_TM, "2026-06", "turnover", 70.0, "exact", "")]


def test_a_russian_month_before_a_dash_and_an_amount_is_a_month():
    # plant: the lookahead of when._RU_ONE_MONTH back to (?!\s*[-–—]) (any dash after it a range)
    text = "Товарооборот Казахстана с Туркменистаном в июне — 70 млн долларов."
    assert proposed.trade(text, date(2026, 7, 30)) == [(KZ_TM, "2026-06", "turnover", 70.0, "exact", "")]


def test_a_listed_partners_growth_is_not_the_first_partners():
    # plant: the _LISTED_PARTNER_CLAUSE check dropped from figures._first_clause_end
    text = ("Товарооборот Туркменистана с Казахстаном в 2025 году составил около 1,2 млрд долларов, с Узбекистаном — "
            "900 млн долларов (рост на 12%).")
    assert proposed.trade(text, date(2026, 2, 1)) == [(KZ_TM, "2025", "turnover", 1200.0, "about", ""),
                                                      (UZ_TM, "2025", "turnover", 900.0, "exact", "12")]


def test_member_and_observer_states_are_a_group():
    # plant: the "(member and) observer states" alternative dropped from figures._GROUPS
    text = ("Trade between Kazakhstan and Azerbaijan reached $700 million in 2025. Altogether, the member and observer "
            "states accounted for $30 billion of Kazakhstan's foreign trade.")
    assert proposed.trade(text, date(2026, 2, 1)) == [(KZ_AZ, "2025", "turnover", 700.0, "exact", "")]


def test_an_envoys_our_is_the_envoys_state():
    # plant: figures._envoy_home returning None
    text = ("Özbəkistanın Bakıdakı səfiri: Qazaxıstanla ticarətimiz artır\n\nÖzbəkistanın Bakıdakı səfiri Əli Vəliyev "
            "qəzetə müsahibə verib.\n\n– Qazaxıstandan idxalımız 2025-ci ildə 900 milyon dollar təşkil edib.")
    assert proposed.trade(text, date(2026, 1, 22)) == [(KZ_UZ, "2025", "import", 900.0, "exact", "")]
    # no envoy named: the language's state, as before
    plain = ("Bakıda iqtisadi forum keçirilib\n\nForumda ekspert Əli Vəliyev çıxış edib.\n\n– Qazaxıstandan idxalımız "
             "2025-ci ildə 900 milyon dollar təşkil edib.")
    assert proposed.trade(plain, date(2026, 1, 22)) == [(KZ_AZ, "2025", "import", 900.0, "exact", "")]


def test_that_year_is_the_year_the_sentence_before_named():
    # plant: figures._that_year returning None
    text = ("Türkiyə ilə Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 5 milyard dollar olub, bu da 2024-cü illə "
            "müqayisədə 10 faiz çoxdur. Həmin il bu rəqəm 4 milyard 545 milyon dollar idi.")
    assert proposed.trade(text, date(2026, 1, 22)) == [(TR_KZ, "2025", "turnover", 5000.0, "exact", "10"),
                                                       (TR_KZ, "2024", "turnover", 4545.0, "exact", "")]


def test_a_growth_after_but_this_is_the_figures():
    # plant: the conjunction alternative ("but this", "amma bu") dropped from figures._GROWTH_NEXT
    text = ("Türkiyə ilə Qırğızıstan arasında ticarət dövriyyəsi 2025-ci ildə 1 milyard dollar olub. Amma bu, 2024-cü "
            "illə müqayisədə 12 faiz çoxdur.")
    assert proposed.trade(text, date(2026, 1, 22)) == [(TR_KG, "2025", "turnover", 1000.0, "exact", "12")]
    # "Ama bu yıl" (but this year) is a period of its own
    this_year = ("Türkiye ile Kırgızistan arasındaki ticaret hacmi 2025 yılında 1 milyar dolar oldu. Ama bu yıl "
                 "ihracatçılar yüzde 12 daha az sevk etti.")
    assert proposed.trade(this_year, date(2026, 1, 22)) == [(TR_KG, "2025", "turnover", 1000.0, "exact", "")]


def test_the_sides_are_the_two_named_between_before():
    # plant: figures._sides_between_before returning None
    text = ("Trade between Kazakhstan and Hungary reached $800 million in 2025.\n\nWhat about the new agreement "
            "between Tashkent and Ankara?\n\nOur minister went to Ankara in May. A protocol was signed there. The "
            "sides aim to raise mutual trade to $5 billion by 2030.")
    assert proposed.targets(text, date(2026, 6, 1)) == [(TR_UZ, 5000.0, "2030")]
    # a third state named between: not those two
    third = text.replace("went to Ankara", "went to Baku")
    assert proposed.targets(third, date(2026, 6, 1)) == [(KZ_HU, 5000.0, "2030")]


def test_a_growth_of_this_year_after_but_or_a_source_is_no_growth_of_the_figure():
    # plant: the "not yıl/year/month…" lookaheads dropped from the conjunction and "göre / according to" alternatives of
    # figures._GROWTH_NEXT (either one alone fails the sentence of its own)
    but = ("Trade between Kyrgyzstan and Türkiye reached $1 billion in 2025. But this year exporters expect 12 percent "
           "more.")
    assert proposed.trade(but, date(2026, 1, 22)) == [(TR_KG, "2025", "turnover", 1000.0, "exact", "")]
    source = ("Trade between Kyrgyzstan and Türkiye reached $1 billion in 2025. According to the ministry, this year "
              "exporters expect 12 percent more.")
    assert proposed.trade(source, date(2026, 1, 22)) == [(TR_KG, "2025", "turnover", 1000.0, "exact", "")]
