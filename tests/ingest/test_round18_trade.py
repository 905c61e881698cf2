"""Eighteenth round, trade figures and targets (docs/extraction.md: money.py, figures.py, when.py): the forms behind the
seventeenth held-out set's trade misses (dev/201, 206, 208), told in short invented sentences, and forms found by
invented probes in the styles of agencies and papers in English, Russian, Azerbaijani and Turkish. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_a_fall_told_by_a_russian_gerund_or_another_local_verb_of_shrinking():
    # plant: the round-18 words dropped from money._DOWN (the gerunds and kiçil/daral/küçül/slump)
    text = "Товарооборот Казахстана и Узбекистана в 2024 году составил 4,4 млрд долларов, снизившись на 3,2%."
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2024", "turnover", 4400.0, "exact", "-3.2")]
    text = "В 2024 году товарооборот Венгрии и Казахстана составил 900 млн долларов, сократившись на 5%."
    assert _trade(text) == [(_pair("Hungary", "Kazakhstan"), "2024", "turnover", 900.0, "exact", "-5")]
    text = "2024-cü ildə Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi 5,3 faiz kiçilərək 700 milyon dollar olub."
    assert _trade(text) == [(_pair("Azerbaijan", "Uzbekistan"), "2024", "turnover", 700.0, "exact", "-5.3")]
    text = "Türkiye ile Özbekistan arasındaki ticaret hacmi 2024 yılında yüzde 4 daralarak 3 milyar dolar oldu."
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", "-4")]
    text = "Trade between Turkey and Azerbaijan slumped 8% last year to $6.1 billion."
    assert _trade(text) == [(_pair("Türkiye", "Azerbaijan"), "2024", "turnover", 6100.0, "exact", "-8")]
    # a rise stays a rise
    text = "Товарооборот Казахстана и Узбекистана в 2024 году составил 4,4 млрд долларов, увеличившись на 3,2%."
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2024", "turnover", 4400.0, "exact", "3.2")]


def test_a_verb_of_reaching_denied_makes_the_amount_a_ceiling():
    # plants: money._DENIED's check dropped from qualifier_before; the `under__` alternative dropped from _COMPARED_AFTER
    text = "Торговля Казахстана с Азербайджаном в 2024 году и вовсе не дотянула до 300 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 300.0, "under", "")]
    text = "В 2024 году товарооборот Кыргызстана и Турции не превысил 500 млн долларов."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Türkiye"), "2024", "turnover", 500.0, "under", "")]
    text = "Trade between Kazakhstan and Azerbaijan fell just short of $300 million in 2024."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 300.0, "under", "")]
    text = "In 2024 trade between Hungary and Uzbekistan did not reach $200 million."
    assert _trade(text) == [(_pair("Hungary", "Uzbekistan"), "2024", "turnover", 200.0, "under", "")]
    text = "2024-cü ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 300 milyon dollara çatmayıb."
    assert _trade(text) == [(_pair("Azerbaijan", "Kazakhstan"), "2024", "turnover", 300.0, "under", "")]
    text = "Türkiye ile Kırgızistan arasındaki ticaret hacmi geçen yıl 500 milyon dolara ulaşamadı."
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 500.0, "under", "")]
    # "не менее" is a floor
    text = "В 2024 году товарооборот Казахстана и Азербайджана составил не менее 300 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 300.0, "at least", "")]


def _target_qualifiers(text, day=DAY):
    return [(r["target_value_usd_million"], r["value_qualifier"]) for r in proposed.records("targets", text, day)]


def test_a_local_target_or_forecast_is_not_a_denied_reach():
    # plants: `çatma(?:y[ıi]b|…)` widened to `çatma\w*` and `ulaş(?:a)?ma(?:…)` to `ulaşma\w*` in money._COMPARED_AFTER
    text = "Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsinin 2027-ci ilə qədər 1 milyard dollara çatması gözlənilir."
    assert _target_qualifiers(text) == [("1000", "exact")]
    text = "Türkiye ile Kırgızistan arasındaki ticaret hacminin 2027'ye kadar 2 milyar dolara ulaşması bekleniyor."
    assert _target_qualifiers(text) == [("2000", "exact")]
    text = "2024-cü ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 300 milyon dollara çatıb."
    assert _trade(text) == [(_pair("Azerbaijan", "Kazakhstan"), "2024", "turnover", 300.0, "exact", "")]


def test_trade_with_the_turkic_councils_countries_is_no_pairs_figure():
    # plant: the round-18 alternatives dropped from figures._GROUPS (`_GROUPS` ending at "the world")
    text = ("Товарооборот Казахстана с Турцией в 2024 году составил 3,1 млрд долларов. Со странами Тюркского совета "
            "товарооборот Казахстана за прошлый год составил около 7,5 млрд долларов.")
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2024", "turnover", 3100.0, "exact", "")]
    text = ("Товарооборот Казахстана с Турцией в 2024 году составил 3,1 млрд долларов. В целом с государствами-членами "
            "Тюркского совета товарооборот Казахстана за 2024 год составил около 7,5 млрд долларов.")
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2024", "turnover", 3100.0, "exact", "")]
    text = ("Товарооборот Казахстана с Турцией в 2024 году составил 3,1 млрд долларов. Товарооборот Казахстана с "
            "тюркоязычными странами за 2024 год составил около 7,5 млрд долларов.")
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2024", "turnover", 3100.0, "exact", "")]
    text = ("Türkiye ile Kırgızistan arasındaki ticaret hacmi 2024'te 1 milyar dolar oldu. Türkiye'nin Türk Konseyi "
            "ülkeleriyle ticareti ise 2024'te 20 milyar dolar oldu.")
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 1000.0, "exact", "")]
    # all countries: the world
    text = ("Azərbaycanla Qırğızıstan arasında ticarət dövriyyəsi 2024-cü ildə 50 milyon dollar olub. Azərbaycanın bütün "
            "ölkələrlə ticarəti 2024-cü ildə 48 milyard dollar olub.")
    assert _trade(text) == [(_pair("Azerbaijan", "Kyrgyzstan"), "2024", "turnover", 50.0, "exact", "")]
    text = ("Trade between Kyrgyzstan and Turkey reached $1 billion in 2024. In 2024 Turkey's trade with all countries "
            "reached $600 billion.")
    assert _trade(text) == [(_pair("Kyrgyzstan", "Türkiye"), "2024", "turnover", 1000.0, "exact", "")]
    # a summit of the council is no partner
    text = "На саммите Тюркского совета отмечено, что товарооборот Казахстана и Азербайджана в 2024 году составил 500 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 500.0, "exact", "")]


def test_another_sources_count_after_an_amount_in_another_currency():
    # plant: the `year_told` lines dropped from the `k - 1 == named` branch of figures.find_figures
    text = ("Trade between Hungary and Azerbaijan amounted to EUR 187 million last year, a 14 percent increase. "
            "Azerbaijan's State Customs Committee put the 2024 figure at $203.5 million.")
    assert _trade(text) == [(_pair("Hungary", "Azerbaijan"), "2024", "turnover", 203.5, "exact", "")]


def test_one_states_exports_and_imports_with_no_partner_are_its_world_total():
    # plant: the `_flows_of_one` branch dropped from figures.find_figures (the context pair took them)
    text = ("Cari ilin yanvar-oktyabr aylarında Azərbaycanla Türkiyə arasında ticarət dövriyyəsi 6 milyard 912,4 milyon "
            "dollar təşkil edib. Prezident bunu forumda bildirib. Bu barədə xəbər verilir. Qeyd edək ki, 2024-cü "
            "ildə Azərbaycanın ixracı 22 milyard 104 milyon dollar, idxalı isə 17 milyard 408 milyon "
            "dollar təşkil edib.")
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2025-10M", "turnover", 6912.4, "exact", "")]
    text = ("Ilham Aliyev arrived in Ankara on Monday. Trade between Azerbaijan and Turkey reached $7 billion in 2024. "
            "The leaders discussed energy. Officials also spoke of transport. In January-October 2025, Azerbaijan's "
            "exports totalled $22 billion.")
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2024", "turnover", 7000.0, "exact", "")]
    # … but a flow to the partner, or one right after the pair's figure, is still the pair's
    text = ("Trade between Azerbaijan and Turkey reached $7 billion in 2024. Azerbaijan's exports amounted to "
            "$2.7 billion.")
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2024", "turnover", 7000.0, "exact", ""),
                            (_pair("Azerbaijan", "Türkiye"), "2024", "export", 2700.0, "exact", "")]


def test_no_flow_above_its_pairs_turnover():
    # plant: figures._above_turnover made to return `found` unchanged
    text = ("Trade between Azerbaijan and Turkey reached $6.9 billion in January-October 2025. Azerbaijan's exports "
            "totalled $22.1 billion and its imports $17.4 billion.")
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2025-10M", "turnover", 6900.0, "exact", "")]


def test_a_local_passive_of_aiming_after_the_amount_is_a_target():
    # plant: the round-18 words dropped from figures._FORECAST_AFTER (bekleni…proqnozlaşdırıl only)
    text = "Türkiye ile Kazakistan arasındaki ticaret hacminin 2030'a kadar 10 milyar dolara ulaşması hedefleniyor."
    assert _targets(text) == [(_pair("Türkiye", "Kazakhstan"), 10000.0, "2030")]
    text = "Azərbaycanla Özbəkistan arasında ticarət dövriyyəsinin 2030-cu ilə qədər 2 milyard dollara çatması nəzərdə tutulur."
    assert _targets(text) == [(_pair("Azerbaijan", "Uzbekistan"), 2000.0, "2030")]
    assert _trade(text) == []


def test_a_local_conditional_of_not_reaching_is_a_ceiling():
    # plant: `|sa\b` dropped from the `çatma(…)` alternative of money._COMPARED_AFTER
    text = ("Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi ötən il 1 milyard dollara çatmasa da, 2023-cü illə "
            "müqayisədə 20 faiz artıb.")
    assert _trade(text) == [(_pair("Azerbaijan", "Uzbekistan"), "2024", "turnover", 1000.0, "under", "20")]


def test_a_figure_compared_with_a_year_when_trade_stood_at_an_amount():
    # plant: the `or "when" in segment and _BASELINE_WHEN.search(segment)` dropped from figures.find_figures
    text = ("Kazakhstan and Azerbaijan traded goods worth $498 million last year, down 11 percent from 2023, when trade "
            "stood at $560 million.")
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 498.0, "exact", "-11"),
                            (_pair("Kazakhstan", "Azerbaijan"), "2023", "turnover", 560.0, "exact", "")]


def test_an_obligation_to_reach_an_amount_is_a_target():
    # plant: `should|must|needs?\s+to|set\s+to|` dropped from figures._INTENT
    text = "Trade between Azerbaijan and Turkey should reach $15 billion by 2030, Erdogan said."
    assert _targets(text) == [(_pair("Azerbaijan", "Türkiye"), 15000.0, "2030")]
    text = "Trade between Kazakhstan and Uzbekistan is set to reach $10 billion by 2030."
    assert _targets(text) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "2030")]
    # a potential is none
    text = "Azerbaijan's trade with Turkey could reach $15 billion, Erdogan said."
    assert _targets(text) == [] and _trade(text) == []


def test_a_local_future_or_necessitative_of_reaching_after_the_amount_is_a_target():
    # plant: the `_WILL_REACH_AFTER` check dropped from figures._is_target_after
    text = "Türkiye ile Özbekistan arasındaki ticaret hacmi 2030'a kadar 10 milyar dolara ulaşmalı."
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 10000.0, "2030")]
    text = "Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi tezliklə 1 milyard dollara çatacaq."
    assert _targets(text) == [(_pair("Azerbaijan", "Kazakhstan"), 1000.0, "")]
    # the past is a result
    text = "Türkiye ile Özbekistan arasındaki ticaret hacmi 2024'te 10 milyar dolara ulaştı."
    assert _targets(text) == []
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 10000.0, "exact", "")]


def test_a_rate_with_its_minus_sign():
    # plant: the `_MINUS_BEFORE` check dropped from money.growth_in
    text = "Товарооборот Казахстана и Кыргызстана в январе–сентябре 2025 года составил 1,6 млрд долларов (-5,2%)."
    assert _trade(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), "2025-9M", "turnover", 1600.0, "exact", "-5.2")]
    # a range of rates is no minus
    text = "Trade between Turkey and Uzbekistan rose 4-5% to $3 billion in 2024."
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", "5")]


def test_an_approximate_word_before_a_rate_is_the_rates():
    # plant: the `_RATE_BETWEEN` check dropped from money.qualifier_before
    text = ("Товарооборот между Казахстаном и Туркменистаном за прошлый год уменьшился почти на 10% и составил 450 млн "
            "долларов.")
    assert _trade(text) == [(_pair("Kazakhstan", "Turkmenistan"), "2024", "turnover", 450.0, "exact", "-10")]
    text = "Trade between Turkey and Kyrgyzstan fell nearly 10 percent to $1 billion in 2024."
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 1000.0, "exact", "-10")]
    # the amount's own word still counts
    text = "Trade between Turkey and Kyrgyzstan fell 10 percent to nearly $1 billion in 2024."
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 1000.0, "approaching", "-10")]


def test_months_to_date_in_short_form():
    # plant: the `_SHORT_MONTHS` candidate dropped from when.period_in
    text = "Kazakhstan's exports to Turkey in 9M 2025 fell 6% to $2.9 billion."
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2025-9M", "export", 2900.0, "exact", "-6")]
    # "$9M" is an amount, no period
    text = "Trade between Turkey and Kyrgyzstan reached $9M in a single day in March 2025."
    assert [t[1] for t in _trade(text)] == ["2025-03"]


def test_a_main_clause_of_a_fall_after_a_relative_clause():
    # plant: `slid|slipped|…|doubled|` and `уменьшил\w*|упал\w*|` dropped from figures._MAIN_VERB
    text = ("Bilateral trade between Turkey and Turkmenistan, which stood at $2.3 billion in 2023, slid to $2.1 billion "
            "last year.")
    assert _trade(text) == [(_pair("Türkiye", "Turkmenistan"), "2023", "turnover", 2300.0, "exact", ""),
                            (_pair("Türkiye", "Turkmenistan"), "2024", "turnover", 2100.0, "exact", "")]


def test_a_pairs_clause_after_one_states_total():
    # plants: the `_pair_after_a_total` branch dropped from figures.find_figures; the round-18 local alternatives dropped
    # from figures._TOTAL_LEAD
    text = ("Kazakhstan's trade with the world fell 2% to $140 billion last year, while its trade with Turkey rose 5% to "
            "$6.2 billion.")
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2024", "turnover", 6200.0, "exact", "5")]
    text = ("Внешнеторговый оборот Казахстана в 2024 году составил 140 млрд долларов, а товарооборот с Азербайджаном – "
            "500 млн долларов.")
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 500.0, "exact", "")]
    text = "Kazakistan'ın dış ticaret hacmi 2024'te 140 milyar dolar olurken, Türkiye ile ticareti 6,2 milyar dolar oldu."
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2024", "turnover", 6200.0, "exact", "")]
    # the total alone is none; a pair's foreign trade turnover is theirs
    text = "Внешнеторговый оборот Казахстана в 2024 году составил 140 млрд долларов."
    assert _trade(text) == []
    text = "Внешнеторговый оборот Казахстана и Турции в 2024 году составил 6 млрд долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2024", "turnover", 6000.0, "exact", "")]


def test_an_amount_invested_is_no_trade():
    # plant: the round-18 verb alternative dropped from figures._DEAL_BEFORE
    text = ("Turkish companies have invested $15 billion in Kazakhstan, while trade between the two countries reached "
            "$6.4 billion in 2024.")
    assert _trade(text) == [(_pair("Türkiye", "Kazakhstan"), "2024", "turnover", 6400.0, "exact", "")]
    text = ("Турецкие компании инвестировали 15 млрд долларов в Казахстан, а товарооборот Турции и Казахстана в 2024 году "
            "достиг 6,4 млрд долларов.")
    assert _trade(text) == [(_pair("Türkiye", "Kazakhstan"), "2024", "turnover", 6400.0, "exact", "")]


def test_more_local_forms_of_months_to_date():
    # plants: `|ı\s+(?:ərzində|içinde|boyunca)` dropped from when._AZ_TR_PART; `(?:[-–—]\s*|по\s+)` made `[-–—]\s*` in
    # when._RU_RANGE
    text = "2025-ci ilin 10 ayı ərzində Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 512,7 milyon dollar olub."
    assert _trade(text) == [(_pair("Azerbaijan", "Kazakhstan"), "2025-10M", "turnover", 512.7, "exact", "")]
    text = "Türkiye ile Azerbaycan arasındaki ticaret hacmi 2025 yılının ilk 10 ayı boyunca 6,2 milyar dolar oldu."
    assert _trade(text) == [(_pair("Türkiye", "Azerbaijan"), "2025-10M", "turnover", 6200.0, "exact", "")]
    text = "С января по октябрь 2025 года товарооборот Казахстана и Турции составил 5,2 млрд долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Türkiye"), "2025-10M", "turnover", 5200.0, "exact", "")]


def test_a_count_of_months_alone_with_the_possessive():
    # plant: `[ıi]?` dropped from both alternatives of when._COUNT_ALONE (a possessive "10 ayı ərzində" read like "10 ay
    # ərzində")
    text = ("Cari ilin yanvar-oktyabr aylarında Azərbaycanla Türkiyə arasında ticarət dövriyyəsi 6,9 milyard dollar olub. "
            "Bu barədə DGK məlumat yayıb. Nazir forumda çıxış edib. Ekspertlər artımı müsbət qiymətləndirir. "
            "10 ayı ərzində Qazaxıstanla ticarət dövriyyəsi 512,7 milyon dollar olub.")
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2025-10M", "turnover", 6900.0, "exact", ""),
                            (_pair("Azerbaijan", "Kazakhstan"), "2025-10M", "turnover", 512.7, "exact", "")]


def test_a_russian_level_not_reached_is_a_ceiling():
    # plant: `|вы(?:шел|шла|шло|шли|ходил\w*)\s+на(?:\s+уровень)?` dropped from money._DENIED
    text = "Товарооборот Казахстана и Азербайджана в 2024 году так и не вышел на уровень 500 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 500.0, "under", "")]
    # reached, it is exact
    text = "Товарооборот Казахстана и Азербайджана в 2024 году вышел на уровень 500 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 500.0, "exact", "")]


def test_a_list_of_partners_with_bracketed_rates():
    # plants: `|\((?=[-−–+]?\d)` dropped from money._BARE; `_BRACKET_FIRST` made never to match in figures._clause_start
    text = ("Товарооборот Казахстана в январе–сентябре 2025 года: с Узбекистаном – 3,3 млрд долларов (+7,1%), с "
            "Кыргызстаном – 1,6 млрд (-5,2%), с Китаем – 22 млрд.")
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2025-9M", "turnover", 3300.0, "exact", "7.1"),
                            (_pair("Kazakhstan", "Kyrgyzstan"), "2025-9M", "turnover", 1600.0, "exact", "-5.2")]
    # a bracket of words is no rate: "1,1 млн (тонн)" is still no amount
    text = "Экспорт Казахстана в Азербайджан в 2024 году составил 300 млн долларов, а зерна – 1,1 млн (тонн)."
    assert [t[3] for t in _trade(text)] == [300.0]


def test_two_local_targets_listed_before_one_verb():
    # plant: the `_LISTED_DATIVE` check dropped from figures._is_target_after
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmini önce 5 milyar dolara, ardından 10 milyar dolara çıkarmak "
            "istiyoruz.")
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 5000.0, ""), (_pair("Türkiye", "Uzbekistan"), 10000.0, "")]
