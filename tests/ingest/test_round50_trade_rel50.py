"""Fiftieth round, trade releases (docs/extraction.md: figures.py, when.py): the forms behind the dev/881, 885 and
889 misses (a Russian release of a home's trade with a subheading per partner and a bulleted list of the others; an
English release with a dash list of partners after a lead naming no trade, further sentences inside a line, a share of
the country's foreign trade and an observer's figure in an aside; a Turkish release's observer and non-member with
their exports), told in short invented sentences. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 19)
KZ_AZ = proposed.pair("Kazakhstan", "Azerbaijan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
KZ_HU = proposed.pair("Kazakhstan", "Hungary")


def test_a_partners_subheading_names_the_partner_of_the_paragraph_after_it():
    # plant: the _section_heading call dropped from figures._label_pair
    text = ("Товарооборот Казахстана с Турцией за январь–сентябрь 2026 года составил 4,1 млрд долларов.\n\n"
            "Азербайджан\n\n"
            "Азербайджан остается ключевым партнером на Кавказе. Товарооборот с каспийским соседом достиг 520,4 млн "
            "долларов.")
    assert proposed.trade(text, DAY) == [(KZ_TR, "2026-9M", "turnover", 4100.0, "exact", ""),
                                         (KZ_AZ, "2026-9M", "turnover", 520.4, "exact", "")]
    # a subheading naming no state gives the paragraph no partner of its own
    none = text.replace("Азербайджан\n\nАзербайджан остается ключевым партнером на Кавказе. ", "Прочие\n\n")
    assert (KZ_AZ, "2026-9M", "turnover", 520.4, "exact", "") not in proposed.trade(none, DAY)


def test_a_month_alone_and_a_count_of_months_each_before_its_amount():
    # plant: _own_period_before_each returning None
    ru = ("Товарооборот Казахстана и Кыргызстана за январь–сентябрь 2026 года составил 1,9 млрд долларов. Только в "
          "сентябре объем торговли составил 212,4 млн долларов, а по итогам восьми месяцев показатель составлял 1,69 "
          "млрд долларов.")
    assert proposed.trade(ru, DAY)[1:] == [(KZ_KG, "2026-09", "turnover", 212.4, "exact", ""),
                                           (KZ_KG, "2026-8M", "turnover", 1690.0, "exact", "")]
    en = ("Trade between Kazakhstan and Kyrgyzstan reached $1.9 billion in January–September 2026. In September alone "
          "trade came to $212.4 million, while for the first eight months it stood at $1.69 billion.")
    assert proposed.trade(en, DAY)[1:] == [(KZ_KG, "2026-09", "turnover", 212.4, "exact", ""),
                                           (KZ_KG, "2026-8M", "turnover", 1690.0, "exact", "")]
    # one period before both amounts stays both amounts' own ("up 6.8%, while for the whole of 2025 …")
    same = ("Trade between Kazakhstan and Kyrgyzstan reached $1.9 billion in January–September 2026, up 6.8% year on "
            "year, while for the whole of 2025 it stood at about $2.4 billion.")
    assert proposed.trade(same, DAY) == [(KZ_KG, "2026-9M", "turnover", 1900.0, "exact", "6.8"),
                                         (KZ_KG, "2025", "turnover", 2400.0, "about", "")]


def test_a_bulleted_list_of_partners_after_a_heading_naming_no_trade():
    # plant: _list_lead returning False
    text = ("Товарооборот Казахстана с Узбекистаном за январь–сентябрь 2026 года составил 3 млрд долларов.\n\n"
            "Другие страны\n\n"
            "• Азербайджан: 412,6 млн долларов, рост на 12,5%.\n\n"
            "• Турция: около 2,9 млрд долларов, в 1,2 раза больше, чем годом ранее.\n\n"
            "• Кыргызстан: почти 770 млн долларов, что на 4,2% меньше показателя января–сентября 2025 года.")
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3000.0, "exact", ""),
                                         (KZ_AZ, "2026-9M", "turnover", 412.6, "exact", "12.5"),
                                         (KZ_TR, "2026-9M", "turnover", 2900.0, "about", "20"),
                                         (KZ_KG, "2026-9M", "turnover", 770.0, "approaching", "-4.2")]
    # a dash list after a colon with no trade figure before it is no table of partners
    weather = "Damage in the region was counted:\n\n- Kazakhstan: $5 million in damages, officials said."
    assert proposed.trade(weather, DAY) == []


def test_a_baseline_told_as_less_than_the_figure_of_a_period():
    # plant: the Russian "меньше показателя" alternative dropped from when.BASELINE_LEAD
    text = ("Товарооборот Казахстана с Узбекистаном за январь–сентябрь 2026 года составил 3 млрд долларов.\n\n"
            "Другие страны\n\n"
            "• Кыргызстан: почти 770 млн долларов, что на 4,2% меньше показателя января–сентября 2025 года.")
    assert (KZ_KG, "2026-9M", "turnover", 770.0, "approaching", "-4.2") in proposed.trade(text, DAY)
    # a period told in the line's own words is still its period
    own = text.replace(", что на 4,2% меньше показателя января–сентября 2025 года", " за январь–август 2026 года")
    assert (KZ_KG, "2026-8M", "turnover", 770.0, "approaching", "") in proposed.trade(own, DAY)


def test_dash_lines_with_further_sentences_and_words_after_the_amount():
    # plant: _table_goes_on returning table[0] == k - 1 alone
    text = ("Kazakhstan's trade with Uzbekistan reached $3 billion in January–September 2026.\n\n"
            "Elsewhere the picture was mixed:\n\n"
            "- Azerbaijan: US$412.6 million in January–September, a 12.5% increase. Exports to Azerbaijan were "
            "US$300 million.\n\n"
            "- Türkiye: about US$2.9 billion, down 4% on a year earlier.\n\n"
            "- Kyrgyzstan: less than US$40 million, broadly flat.")
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3000.0, "exact", ""),
                                         (KZ_AZ, "2026-9M", "turnover", 412.6, "exact", "12.5"),
                                         (KZ_AZ, "2026-9M", "export", 300.0, "exact", ""),
                                         (KZ_TR, "2026-9M", "turnover", 2900.0, "about", "-4"),
                                         (KZ_KG, "2026-9M", "turnover", 40.0, "under", "")]


def test_an_observers_aside_before_a_lines_colon():
    # plant: the "(?=:\s)" end dropped from figures._MEMBER_ASIDE's first alternative
    text = ("Товарооборот Казахстана с Узбекистаном за январь–сентябрь 2026 года составил 3 млрд долларов.\n\n"
            "Другие страны\n\n"
            "• Венгрия, имеющая статус наблюдателя в ОТГ: 98,1 млн долларов.")
    assert (KZ_HU, "2026-9M", "turnover", 98.1, "exact", "") in proposed.trade(text, DAY)


def test_the_countrys_foreign_trade_in_a_relative_clause_is_no_pairs():
    # plant: the _total_which check dropped from figures.find_figures
    en = ("Kazakhstan's trade with Uzbekistan rose to $3.1bn in January–September 2026. Uzbekistan remained "
          "Kazakhstan's largest partner in Central Asia, with a share of 5.2% of the country's foreign trade, which "
          "totalled $59.7bn over the nine months.")
    assert proposed.trade(en, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "")]
    ru = ("Товарооборот Казахстана с Узбекистаном за январь–сентябрь 2026 года составил 3,1 млрд долларов. Узбекистан "
          "обеспечил 5,2% внешнеторгового оборота Казахстана, который составил 59,7 млрд долларов.")
    assert proposed.trade(ru, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "")]
    # the pair's own trade in a relative clause stays theirs
    pair = ("Uzbekistan remained Kazakhstan's largest partner in Central Asia, with bilateral trade, which totalled "
            "$3.1bn in January–September 2026.")
    assert (KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "") in proposed.trade(pair, DAY)


def test_an_observer_among_the_group_and_a_state_whose_figures_are_not_told():
    # plant: the "among/среди" alternative dropped from figures._MEMBER_ASIDE
    text = ("Kazakhstan's trade with Uzbekistan rose to $3.1bn in January–September 2026. Among the OTS observers, "
            "trade with Hungary over the same nine months was about $210 million.")
    assert proposed.trade(text, DAY)[1:] == [(KZ_HU, "2026-9M", "turnover", 210.0, "about", "")]
    # (plant: the _FIGURES_WORD alternative dropped from figures._partners_without_figure)
    cyprus = text.replace(" million.", " million, while figures for Northern Cyprus are not reported separately.")
    assert proposed.trade(cyprus, DAY)[1:] == [(KZ_HU, "2026-9M", "turnover", 210.0, "about", "")]
    # the group's own trade is still no pair's
    group = ("Kazakhstan's trade with Uzbekistan rose to $3.1bn in January–September 2026. Trade with the OTS "
             "observers over the same nine months was about $210 million.")
    assert proposed.trade(group, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "")]


def test_a_turkish_observers_export_told_with_its_amount_between():
    # plant: _DATIVE_EXPORT_LATER left out of figures._partner_of_flow (also: the "TDT gözlemcisi" alternative
    # dropped from figures._MEMBER_ASIDE; the _OWNER_BEFORE check dropped from _partner_of_flow)
    tr_hu = proposed.pair("Türkiye", "Hungary")
    text = ("Dış ticarette tablo: Özbekistan'a ihracat arttı\n\nTürkiye'nin Azerbaycan'a ihracatı ocak-ekim döneminde "
            "3,3 milyar dolar oldu.\n\nTDT gözlemcisi Macaristan'a ekim ayında 312 milyon dolarlık ihracat yapılırken, "
            "bu ülkeden ithalat 298 milyon dolar oldu.")
    assert proposed.trade(text, DAY)[-2:] == [(tr_hu, "2026-10", "export", 312.0, "exact", ""),
                                              (tr_hu, "2026-10", "import", 298.0, "exact", "")]
    # a city's export to the state is no state's
    city = ("Türkiye'nin Azerbaycan'a ihracatı ocak-ekim döneminde 3,3 milyar dolar oldu. Vali, Kayseri'nin geçen yıl "
            "Macaristan'a yaklaşık 95 milyon dolarlık ihracat yaptığını söyledi.")
    assert all(figure[3] != 95.0 for figure in proposed.trade(city, DAY))


def test_a_state_that_is_not_the_groups_member_keeps_its_own_export():
    # plant: "olmayan" dropped from figures._MEMBER_ASIDE's Turkish alternative
    tr_tj = proposed.pair("Türkiye", "Tajikistan")
    text = ("Türkiye'nin Azerbaycan'a ihracatı ocak-ekim döneminde 3,3 milyar dolar oldu. TDT üyesi olmayan "
            "Tacikistan'a ihracat ise bu dönemde yüzde 14,8 artışla 318,6 milyon dolara çıktı.")
    assert (tr_tj, "2026-10M", "export", 318.6, "exact", "14.8") in proposed.trade(text, DAY)
    # the group's own export is still no pair's
    group = ("Türkiye'nin Azerbaycan'a ihracatı ocak-ekim döneminde 3,3 milyar dolar oldu. TDT üyesi ülkelere ihracat "
             "ise bu dönemde 17,9 milyar dolara ulaştı.")
    assert all(figure[3] != 17900.0 for figure in proposed.trade(group, DAY))
