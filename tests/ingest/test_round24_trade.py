"""Twenty-fourth round, trade figures (docs/extraction.md: figures.py, when.py): the forms behind the dev/251–279 trade
misses, above all the release form (one state's trade with several partners, the home named once in the lead and then
implied), told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


# A round-up of Kyrgyzstan's partners, the home told by its first figure: the lead every test below goes on from.
_LEAD_EN = ("Kyrgyzstan's trade with Turkic states in January–September 2026 grew, the statistics committee said. "
            "The largest partner was Kazakhstan: trade between the two countries reached $1.9 billion. ")
_LEAD_RU = ("Товарооборот Киргизии с тюркскими странами в январе–сентябре 2026 года вырос. "
            "Крупнейшим партнером остается Казахстан: товарооборот двух стран достиг $1,9 млрд. ")


def test_a_ranked_partner_alone_is_the_round_ups_home_with_it():
    # plant: `_RANKED.search(s.text)` replaced by `None` in figures._ranked_home
    text = _LEAD_EN + "Uzbekistan came second with $640 million, against $520 million a year earlier."
    got = _values(text)
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-9M", "turnover", 640.0) in got
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2025-9M", "turnover", 520.0) in got
    text = _LEAD_RU + "На третьем месте Турция — $410 млн (+7,2%)."
    got = _trade(text)
    assert (_pair("Kyrgyzstan", "Türkiye"), "2026-9M", "turnover", 410.0, "exact", "7.2") in got
    text = ("Türkiye'nin Türk devletleriyle ticareti ocak-ağustos döneminde arttı. Kazakistan ile ticaret hacmi 4 milyar "
            "dolar oldu. İkinci sırada 2,4 milyar dolarla Özbekistan yer aldı.")
    assert (_pair("Türkiye", "Uzbekistan"), "2026-8M", "turnover", 2400.0) in _values(text)
    # not a ranking: a state named alone with an amount after a figure is no partner of the round-up
    text = _LEAD_EN + "Uzbekistan spent $640 million on new roads."
    assert {f[3] for f in _trade(text)} == {1900.0}
    # nor a ranking of a state of the figure just told
    text = _LEAD_EN + "Kazakhstan came second with $640 million in investment."
    assert {f[3] for f in _trade(text)} == {1900.0}


def test_trade_with_it_is_with_the_state_the_sentence_before_named():
    # plant: the `_partner_by_pronoun(...)` branch of figures.find_figures made `elif False and …` (dropped)
    text = (_LEAD_RU + "Торговля с Узбекистаном выросла до $700 млн. Самый быстрый рост показал Азербайджан. "
            "Товарооборот с ним за январь–сентябрь составил $96,5 млн против $70,1 млн годом ранее.")
    got = _values(text)
    assert (_pair("Azerbaijan", "Kyrgyzstan"), "2026-9M", "turnover", 96.5) in got
    assert (_pair("Azerbaijan", "Kyrgyzstan"), "2025-9M", "turnover", 70.1) in got
    text = (_LEAD_EN + "Trade with Uzbekistan rose to $700 million. Azerbaijan showed the fastest growth. "
            "Trade with the country climbed to $96.5 million.")
    assert (_pair("Azerbaijan", "Kyrgyzstan"), "2026-9M", "turnover", 96.5) in _values(text)
    # no pronoun: the sentence is not read as that state's
    text = (_LEAD_EN + "Trade with Uzbekistan rose to $700 million. Azerbaijan showed the fastest growth. "
            "Bilateral trade climbed to $96.5 million.")
    assert (_pair("Azerbaijan", "Kyrgyzstan"), "2026-9M", "turnover", 96.5) not in _values(text)


def test_a_partners_membership_aside_is_no_groups_trade():
    # plant: `_without_member_aside(sentence, s.check)` replaced by `(sentence, s.check)` in figures.find_figures
    text = _LEAD_EN + "With Hungary, an observer state of the OTS, turnover amounted to $44.3 million."
    assert (_pair("Hungary", "Kyrgyzstan"), "2026-9M", "turnover", 44.3) in _values(text)
    text = _LEAD_RU + "С Венгрией, которая является наблюдателем в ОТГ, объем торговли составил $44,3 млн."
    assert (_pair("Hungary", "Kyrgyzstan"), "2026-9M", "turnover", 44.3) in _values(text)
    # the group's own trade is still none: "trade with the OTS member states"
    text = _LEAD_EN + "Trade with the OTS member states, the committee said, amounted to $4.3 billion."
    assert {f[3] for f in _trade(text)} == {1900.0}


def test_a_state_named_as_the_route_is_no_party_to_the_trade():
    # plant: `_TRANSIT_WORDS` made `()` in figures (no mention is a route's)
    text = ("Trade between Azerbaijan and Northern Cyprus amounted to $5.2 million in January–October 2026. "
            "Last year the turnover was $6.3 million, most of it shipped through Turkish ports.")
    got = _values(text)
    assert (_pair("Azerbaijan", "Northern Cyprus"), "2025", "turnover", 6.3) in got
    assert not any("Türkiye" in f[0] for f in got)
    text = ("Türkiye'nin Türk devletlerine ihracatı ocak-eylül döneminde arttı. Kazakistan ile ticaret hacmi 3,1 milyar "
            "dolar oldu. Özbekistan ile ticaret hacmi 2,2 milyar dolara yükseldi. Tacikistan'a ihracat, İran üzerinden "
            "taşınan yüklerin azalmasıyla 95 milyon dolara geriledi.")
    assert (_pair("Türkiye", "Tajikistan"), "2026-9M", "export", 95.0) in _values(text)
    # a partner "with" whom is no route: "trade with Georgia" still names Georgia's trade (none of the ties)
    text = ("Trade between Azerbaijan and Northern Cyprus amounted to $5.2 million in January–October 2026. "
            "Trade with Georgia was $6.3 million.")
    assert {f[3] for f in _trade(text)} == {5.2}


def test_a_flow_to_a_state_with_its_short_name_in_brackets():
    # plant: `\)?` dropped from figures._FLOW_AFTER
    text = ("Türkiye'nin Türk devletleriyle ticareti ocak-haziran döneminde arttı. Azerbaycan ile ticaret hacmi 3 milyar "
            "dolar oldu. Kuzey Kıbrıs Türk Cumhuriyeti'ne (KKTC) ihracat ise 780 milyon dolar olarak kayda geçti.")
    assert (_pair("Türkiye", "Northern Cyprus"), "2026-H1", "export", 780.0) in _values(text)


def test_a_cause_clause_naming_trade_leaves_the_flow_the_clauses_own():
    # plant: `and not _cause_aside(clause)` dropped from figures._clause_names_trade
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi ocak-eylül döneminde 4 milyar dolar oldu. Kazakistan'a "
            "ihracat, sınır ticaretindeki daralmanın etkisiyle yüzde 8 azalarak 1,1 milyar dolara geriledi.")
    assert (_pair("Türkiye", "Kazakhstan"), "2026-9M", "export", 1100.0) in _values(text)
    # a clause naming trade with no cause word still makes the amount the turnover
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi ocak-eylül döneminde 4 milyar dolar oldu. Kazakistan'a "
            "ihracat arttı, ikili ticaret ise 2025'te 4,5 milyar dolara ulaştı.")
    assert (_pair("Türkiye", "Kazakhstan"), "2025", "turnover", 4500.0) in _values(text)


def test_one_good_as_the_amounts_subject_is_no_figure_of_the_pair():
    # plant: `or _good_subject(sentence, segment_check, previous_end, amount)` dropped from figures.find_figures
    text = ("Trade between Türkiye and Turkmenistan stood at $2.1 billion in 2025. Turkmen gas that reaches Türkiye "
            "through Iran is worth about $400 million a year, though it is counted as Iranian rather than bilateral trade.")
    assert {f[3] for f in _trade(text, date(2026, 3, 1))} == {2100.0}
    # a trade word before the amount keeps it the pair's figure, a good named or not
    text = ("Trade between Türkiye and Turkmenistan, mostly gas and textiles, stood at $2.1 billion in 2025.")
    assert {f[3] for f in _trade(text, date(2026, 3, 1))} == {2100.0}


def test_a_branchs_products_in_russian_are_no_figure_of_the_pair():
    # plant: the round 24 alternative of figures._GOODS_RU made unmatchable ("продукци\w*" -> "продукциXXX")
    text = ("Товарооборот Киргизии и Казахстана за девять месяцев 2026 года составил $1,9 млрд. "
            "Только экспорт киргизской плодоовощной продукции в Казахстан превысил $210 млн.")
    assert {f[3] for f in _trade(text)} == {1900.0}
    # the state's products as a whole are its exports
    text = ("Товарооборот Киргизии и Казахстана за девять месяцев 2026 года составил $1,9 млрд. "
            "Экспорт киргизской продукции в Казахстан превысил $610 млн.")
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2026-9M", "export", 610.0) in _values(text)


def test_this_years_months_in_azerbaijani_are_a_further_clauses_period():
    # plant: "bu|cari" dropped from when._AZ_RANGE
    text = ("Nazirin sözlərinə görə, ötən il Azərbaycanla Qırğızıstan arasında ticarət dövriyyəsi 52,4 milyon dollar "
            "təşkil edib, bu ilin yanvar-avqust aylarında isə 47 milyon dolları ötüb.")
    got = _trade(text)
    assert (_pair("Azerbaijan", "Kyrgyzstan"), "2025", "turnover", 52.4, "exact", "") in got
    assert (_pair("Azerbaijan", "Kyrgyzstan"), "2026-8M", "turnover", 47.0, "over", "") in got
    # last year's months stay last year's
    text = "Ötən ilin yanvar-avqust aylarında Azərbaycanla Qırğızıstan arasında ticarət 40 milyon dollar olub."
    assert {f[1] for f in _trade(text)} == {"2025-8M"}


def test_an_azerbaijani_range_in_the_locative_is_a_period():
    # plant: `(?:d[aə])?` dropped from when._AZ_RANGE
    text = ("Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 500 milyon dollar olub. Özbəkistanla "
            "ticarətdə isə artım var: yanvar-avqustda dövriyyə 210 milyon dollar olub, bu da 2025-ci ilin müvafiq dövrü "
            "ilə müqayisədə 7 faiz çoxdur.")
    assert (_pair("Azerbaijan", "Uzbekistan"), "2026-8M", "turnover", 210.0) in _values(text)
    # a word merely starting like the month is none ("yanvar-mayda" is; "yanvar-maydan" is no locative)
    text = "Azərbaycanla Qazaxıstan arasında ticarət yanvar-maydan sonra 210 milyon dollar olub."
    assert "2026-5M" not in {f[1] for f in _trade(text)}


def test_a_further_russian_clause_for_the_whole_year_nearing_an_amount():
    # plant: "по\s+итогам" dropped from figures._CLAUSE_GAP
    text = ("Для сравнения: за девять месяцев 2025 года товарооборот Казахстана и Киргизии составлял около 1,7 млрд "
            "долларов, а по итогам всего 2025 года приблизился к 2,4 млрд долларов.")
    got = _trade(text)
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 2400.0, "approaching", "") in got
    # the English form: "and for the whole of 2025 it approached $2.4 billion"
    text = ("Trade between Kazakhstan and Kyrgyzstan was about $1.7 billion in January–September 2025, and for the whole "
            "of 2025 it approached $2.4 billion.")
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 2400.0) in _values(text, date(2026, 3, 1))
    # a comparison with no clause verb is no further figure ("… против 1,5 млрд")
    text = ("За девять месяцев 2025 года товарооборот Казахстана и Киргизии составил около 1,7 млрд долларов против "
            "1,5 млрд годом ранее.")
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 1500.0) not in _values(text, date(2026, 3, 1))


def test_the_leads_state_with_a_group_is_the_round_ups_home():
    # plant: `_lead_home(doc, trades[0].span[0])` replaced by `None` in figures._home_of_figures
    text = ("Tajikistan's trade with OTS member states grew in January–June 2026, the statistics agency said. "
            "Kyrgyzstan remained the largest partner, with turnover of $410 million. Türkiye came second with $260 million.")
    got = _values(text)
    assert (_pair("Tajikistan", "Türkiye"), "2026-H1", "turnover", 260.0) in got
    assert not any(f[0] == _pair("Kyrgyzstan", "Türkiye") for f in got)
    # a lead naming two states tells no home of its own: the first figure's partner rule still holds
    text = ("Tajikistan and Kyrgyzstan discussed their trade with OTS member states. Trade with Kyrgyzstan reached $410 "
            "million in January–June 2026. Türkiye came second with $260 million.")
    assert (_pair("Tajikistan", "Türkiye"), "2026-H1", "turnover", 260.0) in _values(text)


def test_trade_with_it_after_one_figure_takes_the_home_of_that_figure():
    # plant: `_home_of_figures(doc, trades)` replaced by `None` in figures._partner_by_pronoun
    text = ("Trade with Kazakhstan reached $1.9 billion in January–September 2026, Kyrgyz statistics show. "
            "Tajikistan showed the fastest growth. Trade with the country rose 22% to $95 million.")
    assert (_pair("Kyrgyzstan", "Tajikistan"), "2026-9M", "turnover", 95.0) in _values(text)


def test_a_local_reports_trade_with_one_state_is_its_own_when_the_article_names_no_other():
    # plant: `context_pair is None or ` dropped from the second test of the _home_of_language branch (figures.find_figures)
    text = 'Bakan, "Kazakistan ile ticaret hacmimiz geçen yıl 6 milyar dolara yaklaştı" dedi.'
    assert _values(text) == {(_pair("Türkiye", "Kazakhstan"), "2025", "turnover", 6000.0)}
    text = "Nazir bildirib ki, Qazaxıstanla ticarət dövriyyəsi ötən il 480 milyon dollar olub."
    assert _values(text) == {(_pair("Azerbaijan", "Kazakhstan"), "2025", "turnover", 480.0)}
    # an English report names no home by its language
    text = "The minister said trade with Kazakhstan reached $6 billion last year."
    assert _values(text) == set()


def test_each_state_of_a_route_told_with_and_is_no_party():
    # plant: `(?:[^\W\d]+\s+(?:and|or|и|или)\s+)?` dropped from figures._TRANSIT_BEFORE
    text = ("Trade between Azerbaijan and Uzbekistan reached $310 million in January–September 2026. Last year turnover "
            "was $380 million, much of it shipped via Georgia and Kazakhstan.")
    assert (_pair("Azerbaijan", "Uzbekistan"), "2025", "turnover", 380.0) in _values(text)



def test_a_states_foreign_trade_told_after_the_pairs_figure_in_russian_is_no_figure():
    # plant: the round 24 line of figures._TOTAL_LEAD dropped
    text = ("Товарооборот Киргизии с Казахстаном за январь–июнь 2026 года составил $1,2 млрд, а общий внешнеторговый "
            "оборот республики — $9,1 млрд.")
    assert _values(text) == {(_pair("Kazakhstan", "Kyrgyzstan"), "2026-H1", "turnover", 1200.0)}
    # a later clause with a partner of its own is still a figure
    text = ("Товарооборот Киргизии с Казахстаном за январь–июнь 2026 года составил $1,2 млрд, а с Узбекистаном — "
            "$640 млн.")
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-H1", "turnover", 640.0) in _values(text)


def test_a_turkish_membership_before_the_partners_name_is_no_groups_trade():
    # plant: `(?:\b[^\s,.;]+\s+)?` dropped from the second alternative of figures._MEMBER_ASIDE
    text = ("Türkiye'nin Türk devletleriyle ticareti ocak-haziran döneminde arttı. Kazakistan ile ticaret hacmi 3 milyar "
            "dolar oldu. TDT'nin gözlemci üyesi olan Macaristan ile ticaret hacmi ise 2,2 milyar dolara ulaştı.")
    assert (_pair("Türkiye", "Hungary"), "2026-H1", "turnover", 2200.0) in _values(text)
    # the members' trade as a whole is still none
    text = ("Türkiye'nin Türk devletleriyle ticareti ocak-haziran döneminde arttı. Kazakistan ile ticaret hacmi 3 milyar "
            "dolar oldu. TDT üyesi ülkelerle toplam ticaret hacmi ise 22 milyar dolara ulaştı.")
    assert {f[3] for f in _trade(text)} == {3000.0}


def test_a_partner_ranked_second_largest_is_the_round_ups():
    # plant: the "вторым … партнером" and "second-largest partner" alternatives dropped from figures._RANKED
    text = (_LEAD_RU.replace("Крупнейшим партнером остается Казахстан: товарооборот двух стран достиг $1,9 млрд. ",
                             "Торговля с Казахстаном составила $1,9 млрд. ")
            + "Вторым по величине партнером стал Узбекистан — $640 млн.")
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-9M", "turnover", 640.0) in _values(text)
    text = _LEAD_EN + "Uzbekistan was the second-largest partner, at $640 million."
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-9M", "turnover", 640.0) in _values(text)


def test_a_range_told_in_words_gives_its_lower_bound():
    # plant: the `_RANGE_WORDS_BEFORE` filter line dropped from money.amounts_in
    # round 90 (t1): a range is its lower bound with "over" (the 114th set's convention); one expected stays none
    text = "Товарооборот Казахстана и Киргизии в 2025 году оценивается в диапазоне от 2 до 2,5 млрд долларов."
    assert _values(text) == {(_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 2000.0)}
    text = "Türkiye ile Kırgızistan arasındaki ticaret hacmi geçen yıl 1 ila 1,2 milyar dolar arasında gerçekleşti."
    assert [r[4] for r in _trade(text)] == ["over"] and [r[3] for r in _trade(text)] == [1000.0]
    text = "Товарооборот Казахстана и Киргизии в 2026 году, как ожидается, составит от 2 до 2,5 млрд долларов."
    assert _trade(text) == []
    # a change from one amount to another is no range ("вырос с 2 до 2,5 млрд")
    text = "Товарооборот Казахстана и Киргизии в 2025 году вырос с 2 до 2,5 млрд долларов."
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2025", "turnover", 2500.0) in _values(text)


def test_a_ranking_far_from_its_amount_is_no_partners_figure():
    # plant: `_ranked_amount(doc, s, rank, mentions)` replaced by `money.amounts_in(s.text, s.check)` in figures._ranked_home
    text = _LEAD_EN + "Uzbekistan came second in the road tender with a $45 million bid."
    assert {f[3] for f in _trade(text)} == {1900.0}
    text = _LEAD_EN + "In second place was Uzbekistan with $640 million."
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-9M", "turnover", 640.0) in _values(text)


def test_a_local_reports_flow_to_one_state_is_its_own():
    # plant: the `TUR_FLOW` and `AZE_FLOW` alternatives dropped from figures._WITH_ONE
    text = "Bakan, Kırgızistan'a ihracatın 2025'te 900 milyon dolar olduğunu söyledi."
    assert _values(text) == {(_pair("Türkiye", "Kyrgyzstan"), "2025", "export", 900.0)}
    text = "Nazir bildirib ki, ötən il Qırğızıstana ixrac 30 milyon dollar olub."
    assert _values(text) == {(_pair("Azerbaijan", "Kyrgyzstan"), "2025", "export", 30.0)}
    # a state's own exports in the genitive are no exports of the outlet's state to it
    text = "Bakan, Kırgızistan'ın ihracatının 2025'te 900 milyon dolar olduğunu söyledi."
    assert _values(text) == set()
