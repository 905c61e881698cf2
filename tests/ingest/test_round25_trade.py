"""Twenty-fifth round, trade figures (docs/extraction.md: figures.py, money.py, __init__.py): the forms behind the
dev/282–305 trade misses, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest import money
from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


# A release of Kazakhstan's trade, its headline naming two partners compared: the lead every release test goes on from.
_RELEASE_RU = ("Туркменистан обгоняет Азербайджан\n\n"
               "Бюро статистики опубликовало данные о внешней торговле Казахстана с государствами ОТГ за январь–август "
               "2026 года. Общий внешнеторговый оборот Казахстана составил $55,2 млрд.\n\n")


def test_russian_billions_and_millions_are_one_amount():
    # plant: `if m[1] or m[4] else None` made `if False else None` in money._value (the compound never read)
    assert [a.usd_m for a in money.amounts_in("оборот составил $2 млрд 318,6 млн за год")] == [2318.6]
    assert [a.usd_m for a in money.amounts_in("импорт достиг 3 млрд 45 млн долларов")] == [3045.0]
    # another currency is no amount of dollars
    assert money.amounts_in("бюджет составил 3 млрд 45 млн рублей") == []


def test_a_release_is_about_its_home_not_the_headlines_two_partners():
    # plant: `_release_or_first_two(doc)` replaced by `_first_two_states(doc)` in ingest.propose
    text = (_RELEASE_RU + "Данные приводятся без учета неорганизованной торговли.\n\nТоварооборот с Азербайджаном "
            "составил $310 млн. Торговля с Туркменистаном выросла и составила $95,4 млн.")
    got = _values(text)
    assert (_pair("Kazakhstan", "Azerbaijan"), "2026-8M", "turnover", 310.0) in got
    assert (_pair("Kazakhstan", "Turkmenistan"), "2026-8M", "turnover", 95.4) in got
    assert not any(f[0] == _pair("Azerbaijan", "Turkmenistan") for f in _trade(text))
    # not a release: an article on the two states its headline names stays theirs
    text = ("Туркменистан и Азербайджан расширяют сотрудничество\n\nТоварооборот между Туркменистаном и Азербайджаном за "
            "январь–август 2026 года составил $410 млн. С Азербайджаном сотрудничество растет, торговля составила $410 млн.")
    assert {f[0] for f in _trade(text)} == {_pair("Azerbaijan", "Turkmenistan")}


def test_trade_with_it_before_any_figure_is_with_the_release_home():
    # plant: `_lead_home(doc, s.start)` replaced by `None` in figures._partner_by_pronoun
    text = _RELEASE_RU + "Крупнейшим партнером остается Узбекистан. Товарооборот с ним составил $2,9 млрд."
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-8M", "turnover", 2900.0) in _values(text)


def test_a_potential_is_no_figure():
    # plant: the `_could_reach(...)` check dropped from figures.find_figures
    lead = "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2025. "
    for tail in ("Analysts say it could reach $6 billion within three years.",
                 "Товарооборот Казахстана и Узбекистана может превысить $6 млрд по итогам года.",
                 "Qazaxıstan ilə Özbəkistan arasında ticarət dövriyyəsi tezliklə 6 milyard dollara çata bilər.",
                 "Kazakistan ile Özbekistan arasındaki ticaret hacmi yakında 6 milyar dolara ulaşabilir."):
        assert {f[3] for f in _trade(lead + tail)} == {4000.0}, tail
    # a result is still a figure
    got = _values(lead + "In January–June 2026 it reached $2.2 billion.")
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-H1", "turnover", 2200.0) in got


def test_an_amount_that_fell_to_one_goods_exports_is_no_figure():
    # plant: the Russian "на экспорт" branch dropped from figures._GOOD_AFTER
    text = ("Товарооборот Казахстана и Таджикистана за январь–июнь 2026 года составил $610 млн. Из них около $75 млн "
            "пришлось на экспорт сельскохозяйственной продукции.")
    assert {f[3] for f in _trade(text)} == {610.0}
    # but not an amount that fell to exports as such
    text = ("Товарооборот Казахстана и Таджикистана за январь–июнь 2026 года составил $610 млн. Из них $420 млн "
            "пришлось на экспорт.")
    assert 420.0 in {f[3] for f in _trade(text)}


def test_the_partner_that_grew_fastest_is_ranked_in_a_release():
    # plant: the "самы[йе] высок…" branch dropped from figures._RANKED
    text = (_RELEASE_RU + "Товарооборот с Узбекистаном составил $2,9 млрд. "
            "Самый высокий темп прироста — у Венгрии: $88,1 млн, рост на 35,2%.")
    assert (_pair("Kazakhstan", "Hungary"), "2026-8M", "turnover", 88.1, "exact", "35.2") in _trade(text)
    text = ("Uzbekistan's trade with Turkic states rose in January–June 2026, the statistics agency said. Trade with "
            "Kazakhstan reached $2.1 billion. The fastest growth was with Hungary, at $88.1 million.")
    assert (_pair("Uzbekistan", "Hungary"), "2026-H1", "turnover", 88.1) in _values(text)
    # not a ranking: the fastest growth of a branch with no amount beside it
    text = (_RELEASE_RU + "Товарооборот с Узбекистаном составил $2,9 млрд. "
            "Самый высокий темп прироста показал текстиль, а Венгрия вложила $88,1 млн в заводы.")
    assert {f[3] for f in _trade(text)} == {2900.0}


def test_an_aside_that_a_partner_is_no_member_is_no_group():
    # plant: `входит|входящ\w*|part` dropped from figures._MEMBER_ASIDE
    text = (_RELEASE_RU + "Товарооборот с Узбекистаном составил $2,9 млрд. "
            "С Таджикистаном, который не входит в ОТГ, торговля составила $61,2 млн.")
    assert (_pair("Kazakhstan", "Tajikistan"), "2026-8M", "turnover", 61.2) in _values(text)


def test_bare_oborot_with_a_partner_is_trade():
    # plant: the bare "оборот" branch dropped from figures._TRADE
    text = (_RELEASE_RU + "Товарооборот с Узбекистаном составил $2,9 млрд. С Венгрией оборот составил $72,8 млн.")
    assert (_pair("Kazakhstan", "Hungary"), "2026-8M", "turnover", 72.8) in _values(text)
    # a company's turnover is none
    text = (_RELEASE_RU + "Товарооборот с Узбекистаном составил $2,9 млрд. Оборот компании в Венгрии — $72,8 млн.")
    assert 72.8 not in {f[3] for f in _trade(text)}


_LEAD_EN = "Kazakhstan's trade with Hungary rose 11.2% to $140.6 million in January–July 2026, the customs office said. "


def test_the_same_period_of_a_year_named_is_the_reports_months_in_it():
    # plant: `if of_year := _same_period_of_year(check, last): return of_year` dropped from when.period_back_in
    got = _values(_LEAD_EN + "In the same period of 2025, turnover between the two countries stood at $126.4 million.")
    assert (_pair("Kazakhstan", "Hungary"), "2025-7M", "turnover", 126.4) in got
    text = ("Товарооборот Казахстана и Венгрии за январь–июль 2026 года составил $140,6 млн. За аналогичный период 2025 "
            "года он составлял $126,4 млн.")
    assert (_pair("Kazakhstan", "Hungary"), "2025-7M", "turnover", 126.4) in _values(text)
    # a year alone is still that year
    got = _values(_LEAD_EN + "In 2025 as a whole, turnover between the two countries stood at $226.4 million.")
    assert (_pair("Kazakhstan", "Hungary"), "2025", "turnover", 226.4) in got


def test_last_year_in_a_growths_baseline_is_no_period_of_the_figure():
    # plant: the "(?:on|from|over|against|versus)\s+the\s+same…" branch dropped from when._BASELINE_BEFORE
    text = _LEAD_EN + "Trade with Uzbekistan reached $96 million over the seven months, up 8% on the same period last year."
    got = _trade(text)
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-7M", "turnover", 96.0, "exact", "8") in got
    assert not any(f[1] == "2025" for f in got)


def test_the_period_of_an_amount_fallen_from_is_that_amounts_alone():
    # plant: the "(?:up|down)\s+from\s+…" branch dropped from figures._BASELINE_YEAR (the sentence then names its own
    # year and takes no carried period)
    text = (_LEAD_EN + "Trade with Kyrgyzstan fell to $12.7 million, down from $15.1 million in January–July 2025.")
    got = _values(text)
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2026-7M", "turnover", 12.7) in got
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025-7M", "turnover", 15.1) in got
    # its months told again, as "in 2025" was read
    # plant: the "[a-z]+\s?[–-]\s?[a-z]+\s+" months dropped from figures._BASELINE_AFTER
    text = (_LEAD_EN + "Trade with Kyrgyzstan amounted to about $9 million, while trade with Uzbekistan fell to "
            "$12.7 million, down from $15.1 million in January–July 2025.")
    assert (_pair("Kazakhstan", "Uzbekistan"), "2025-7M", "turnover", 15.1) in _values(text)


def test_a_listed_partners_growth_is_told_in_its_own_clause():
    # plant: `max(previous_end, clause_start)` made `previous_end` in the `partners` branch of figures.find_figures
    text = (_LEAD_EN + "Trade with Kyrgyzstan amounted to about $9 million, 3.5% less than a year earlier, while trade "
            "with Uzbekistan fell to $12.7 million.")
    got = _trade(text)
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2026-7M", "turnover", 9.0, "about", "-3.5") in got
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-7M", "turnover", 12.7, "exact", "") in got


def test_trade_named_before_the_amount_is_the_turnover_whatever_flow_follows():
    # plant: `or _trade_told_before(segment)` dropped from the flow of a first amount in figures.find_figures
    text = (_LEAD_EN + "Trade with Uzbekistan fell by 2.1% to $87.3 million, as weaker grain prices cut Kazakhstan's "
            "exports to the Uzbek market.")
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-7M", "turnover", 87.3) in _values(text)
    # a flow before the amount is still that flow
    text = _LEAD_EN + "Kazakhstan's exports to Uzbekistan fell by 2.1% to $87.3 million."
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-7M", "export", 87.3) in _values(text)


def test_a_year_something_began_is_no_period_of_the_figures():
    # plant: `years -= len(_SINCE_YEAR.findall(sentence))` dropped from figures._names_own_year
    text = (_LEAD_EN + "Trade with Uzbekistan, a partner Astana has courted since 2023, stood at about $87 million.")
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-7M", "turnover", 87.0) in _values(text)
    # a year of its own still is the figure's
    text = _LEAD_EN + "Trade with Uzbekistan stood at about $87 million in 2023."
    assert (_pair("Kazakhstan", "Uzbekistan"), "2023", "turnover", 87.0) in _values(text)


def test_a_state_named_in_a_relative_aside_is_no_state_of_the_pair():
    # plant: the `_without_relative_aside(doc, s, codes)` call dropped from figures.find_figures
    text = (_LEAD_EN + "Turnover with Kyrgyzstan stood at about $52 million, while trade with Uzbekistan, which Astana "
            "has courted since 2023, amounted to just over $87 million.")
    got = _values(text)
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2026-7M", "turnover", 52.0) in got
    assert (_pair("Kazakhstan", "Uzbekistan"), "2026-7M", "turnover", 87.0) in got


def test_the_first_month_of_a_year_is_its_january():
    # plant: the `_FIRST_MONTH_OF` candidate dropped from when.period_in
    text = ("Trade between Türkiye and Turkmenistan reached $2.1 billion in 2025. In the first month of 2026, the volume "
            "of mutual trade amounted to $164.2 million.")
    assert (_pair("Türkiye", "Turkmenistan"), "2026-01", "turnover", 164.2) in _values(text, date(2026, 3, 2))
    # the first months are still their count
    text = ("Trade between Türkiye and Turkmenistan reached $2.1 billion in 2025. In the first two months of 2026, the "
            "volume of mutual trade amounted to $330 million.")
    assert (_pair("Türkiye", "Turkmenistan"), "2026-2M", "turnover", 330.0) in _values(text, date(2026, 3, 2))


def test_a_good_named_as_the_main_export_item_is_one_goods_amount():
    # plant: `all(_EXPORT_ITEM.match(…) …)` made `not _TRADE.search(sentence, 0, amount.start)` in figures._good_subject
    text = ("Trade between Türkiye and Turkmenistan reached $2.1 billion in 2025. Cotton yarn remains the main export "
            "item, with deliveries of around $410 million.")
    assert {f[3] for f in _trade(text)} == {2100.0}
    # an export named as trade is still a figure
    text = ("Trade between Türkiye and Turkmenistan reached $2.1 billion in 2025. Exports of Turkmen goods, mostly "
            "cotton, came to about $410 million.")
    assert 410.0 in {f[3] for f in _trade(text)}


def test_a_first_amount_of_the_reports_months_then_a_clause_of_its_own_year():
    # plant: the `_back_then_own(...)` call dropped from figures.find_figures
    text = ("Türkiye'nin Türk devletleriyle ticareti ocak-eylül döneminde 14 milyar doları buldu. Özbekistan ile "
            "ticaretin ilk 9 ayda yaklaşık 2,7 milyar dolar olduğunu söyleyen Bakan, geçen yıl iki ülke arasındaki "
            "ticaretin 3,1 milyar dolar olduğunu hatırlattı.")
    got = _values(text, date(2025, 11, 4))
    assert (_pair("Türkiye", "Uzbekistan"), "2025-9M", "turnover", 2700.0) in got
    assert (_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3100.0) in got


def test_a_turkish_possible_exceeding_is_no_figure():
    # plant: the "geçmesi … mümkün" branch dropped from figures._COULD_REACH_AFTER
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmi ocak-eylül döneminde 2,7 milyar dolar oldu. Bakan, yıl sonunda Özbekistan ile ticaretin 3,5 milyar doları geçmesinin mümkün olduğunu söyledi.")
    assert {f[3] for f in _trade(text, date(2025, 11, 4))} == {2700.0}


def test_a_further_clause_with_its_rate_has_its_own_period_and_growth():
    # plant: the "(?:grew|rose|…)\s+(?:by\s+)?… to" branch dropped from figures._CLAUSE_VERB
    text = ("According to the minister, trade between Hungary and Kyrgyzstan amounted to $58.2 million last year, while "
            "in the first six months of this year it grew by 14 percent to $31.9 million.")
    got = _trade(text, date(2025, 9, 10))
    assert (_pair("Hungary", "Kyrgyzstan"), "2024", "turnover", 58.2, "exact", "") in got
    assert (_pair("Hungary", "Kyrgyzstan"), "2025-H1", "turnover", 31.9, "exact", "14") in got


def test_a_trade_word_that_only_tells_how_a_good_came_is_no_trade_of_the_amount():
    # plant: `_names_the_good(sentence, m)` made `_EXPORT_ITEM.match(sentence, m.end())` in figures._good_subject
    text = ("2026-cı ilin yanvar-iyun aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 310,4 milyon dollar "
            "təşkil edib. Qazaxıstandan idxal olunan taxıl məhsullarının dəyəri isə altı ayda təxminən 95 milyon dollar "
            "olub.")
    assert {f[3] for f in _trade(text, date(2026, 7, 20))} == {310.4}
    text = ("Товарооборот Казахстана и Кыргызстана в 2025 году составил $1,8 млрд. Основу казахстанского экспорта "
            "составляют пшеница и мука: на них пришлось около $640 млн.")
    assert {f[3] for f in _trade(text, date(2026, 3, 2))} == {1800.0}
    # an import as such is still a figure
    text = ("2026-cı ilin yanvar-iyun aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 310,4 milyon dollar "
            "təşkil edib. Qazaxıstandan idxal isə altı ayda təxminən 95 milyon dollar olub.")
    assert 95.0 in {f[3] for f in _trade(text, date(2026, 7, 20))}


def test_a_turkish_could_reach_told_as_a_clause_is_no_figure():
    # plant: `bilece[kğ]\w*` made `bilecek` in figures._COULD_REACH_AFTER
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmi ocak-eylül döneminde 2,7 milyar dolar oldu. Yıl sonunda bu "
            "rakamın 3,8 milyar dolara ulaşabileceği belirtildi.")
    assert {f[3] for f in _trade(text, date(2025, 11, 4))} == {2700.0}


def test_a_group_with_a_case_ending_is_a_group():
    # plant: `Türk Devletleri\w*` made `Türk Devletleri` in figures._GROUPS
    text = ("Türkiye'nin Türk devletleriyle ticareti ocak-eylül döneminde 15 milyar doları buldu. Özbekistan ile "
            "ticaret hacmi 2,7 milyar dolar oldu.")
    assert {f[3] for f in _trade(text, date(2025, 11, 4))} == {2700.0}


def test_a_further_clause_with_its_rate_before_its_period():
    # plant: the verb-and-rate opening dropped from figures._CLAUSE_GAP
    text = ("He said trade between Hungary and Kyrgyzstan had grown by 21 percent last year to 44.2 million dollars, and "
            "rose by a further 9 percent in the first six months of this year to nearly 26 million dollars.")
    got = _trade(text, date(2025, 9, 10))
    assert (_pair("Hungary", "Kyrgyzstan"), "2024", "turnover", 44.2, "exact", "21") in got
    assert (_pair("Hungary", "Kyrgyzstan"), "2025-H1", "turnover", 26.0, "approaching", "9") in got


def test_the_amount_a_figure_is_less_than_is_its_earlier_periods():
    # plant: the `than(?=\s+the\s)` branch dropped from figures._BASELINE_BEFORE
    text = ("According to the statistics office, trade between Kazakhstan and Kyrgyzstan amounted to $1.71 billion in "
            "2025, 2.6 per cent less than the $1.76 billion recorded in 2024.")
    got = _trade(text, date(2026, 3, 2))
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2024", "turnover", 1760.0, "exact", "") in got
    # plant: the `_COMPARED_THAN` skip dropped from money.qualifier_before (the amount then "under")
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 1710.0, "exact", "-2.6") in got
    # "more than" with no "the" is still the amount's qualifier
    text = "Trade between Kazakhstan and Kyrgyzstan reached more than $1.7 billion in 2025."
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 1700.0, "over", "") in _trade(text, date(2026, 3, 2))
