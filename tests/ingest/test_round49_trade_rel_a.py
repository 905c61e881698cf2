"""Forty-ninth round, trade releases A (docs/extraction.md: figures.py): the forms behind the dev/859 misses (a customs
release heading each partner's paragraph with the state's name alone, a round lead figure told exactly later, a month's
figure before a paragraph of the nine months', a semicolon opening the next flow's clause) and what the probes found,
told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
TJ_KZ = proposed.pair("Tajikistan", "Kazakhstan")
TJ_UZ = proposed.pair("Tajikistan", "Uzbekistan")


def test_a_partners_name_alone_heads_its_paragraph():
    # plant: figures._label_pair returning None
    text = ("Azerbaijan's foreign trade, January–June 2026\n\nBaku, 10 July 2026. The State Customs Committee of "
            "Azerbaijan published data on foreign trade for January–June 2026.\n\nKazakhstan. Turnover amounted to "
            "$312.4 million, up 8.2% from $288.7 million a year earlier.\n\nUzbekistan. Turnover came to $140.5 "
            "million, 3.1% less than a year earlier.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-H1", "turnover", 312.4, "exact", "8.2"),
                                         (AZ_KZ, "2025-H1", "turnover", 288.7, "exact", ""),
                                         (AZ_UZ, "2026-H1", "turnover", 140.5, "exact", "-3.1")]
    ru = ("Внешняя торговля Казахстана за январь–июнь 2026 года\n\nАстана, 15 июля 2026 года. Бюро национальной "
          "статистики Казахстана опубликовало данные о внешней торговле за январь–июнь 2026 года.\n\nКыргызстан. "
          "Товарооборот составил 812,3 млн долларов.")
    assert proposed.trade_values(ru, DAY) == {(KZ_KG, "2026-H1", "turnover", 812.3)}
    # a sentence of the labelled paragraph naming a state of its own keeps it
    own = ("Kazakhstan's trade with Central Asia, 2025\n\nAstana, 20 January 2026. In 2025 Kazakhstan's trade with "
           "Central Asian states grew.\n\nUzbekistan. Turnover reached $4.6 billion, up 9%. Trade with Kyrgyzstan came "
           "to $1.9 billion.")
    assert proposed.trade_values(own, DAY) == {(KZ_UZ, "2025", "turnover", 4600.0),
                                               (KZ_KG, "2025", "turnover", 1900.0)}


def test_a_round_lead_figure_told_exactly_later_is_one_figure():
    # plant: figures._exact_told_round_before returning `found` unchanged
    text = ("Tajikistan's trade, 2025\n\nDushanbe, 20 January 2026. In 2025 Tajikistan's trade with Kazakhstan "
            "reached $1.3 billion and with Uzbekistan about $700 million.\n\nKazakhstan. Turnover came to $1,296.4 "
            "million, up 4.2%.\n\nUzbekistan. Turnover came to $712.8 million.")
    assert proposed.trade(text, DAY) == [(TJ_KZ, "2025", "turnover", 1296.4, "exact", "4.2"),
                                         (TJ_UZ, "2025", "turnover", 712.8, "exact", "")]
    # the round one's growth goes to the exact one
    growth = ("Trade between Kazakhstan and Uzbekistan reached $4.6 billion in 2025, up 9%. The customs committee "
              "later said turnover came to $4,612.3 million in 2025.")
    assert proposed.trade(growth, DAY) == [(KZ_UZ, "2025", "turnover", 4612.3, "exact", "9")]
    # another year's, or a value the exact one does not round to, is a figure of its own
    other_year = ("Trade between Kazakhstan and Uzbekistan reached $4.6 billion in 2025. In 2024 it was $4,612.3 "
                  "million.")
    assert proposed.trade_values(other_year, DAY) == {(KZ_UZ, "2025", "turnover", 4600.0),
                                                      (KZ_UZ, "2024", "turnover", 4612.3)}
    other_value = ("Trade between Kazakhstan and Uzbekistan reached $4.7 billion in 2025. The customs committee said "
                   "turnover came to $4,612.3 million in 2025.")
    assert proposed.trade_values(other_value, DAY) == {(KZ_UZ, "2025", "turnover", 4700.0),
                                                       (KZ_UZ, "2025", "turnover", 4612.3)}


def test_a_months_figure_ends_with_its_paragraph():
    # plant: figures._whole_of_the_part returning None
    text = ("Kazakhstan's trade with Uzbekistan rose\n\nAstana, 20 October 2026. In January–September 2026 trade "
            "between Kazakhstan and Uzbekistan reached $3.1 billion. In September, trade totalled $390.2 million.\n\n"
            "Trade between Kazakhstan and Kyrgyzstan fell by 2% to $1.4 billion.")
    assert proposed.trade_values(text, DAY) == {(KZ_UZ, "2026-9M", "turnover", 3100.0),
                                                (KZ_UZ, "2026-09", "turnover", 390.2),
                                                (KZ_KG, "2026-9M", "turnover", 1400.0)}
    # in the month's own paragraph the next figure is still the month's
    same = ("Kazakhstan's trade with Uzbekistan rose\n\nAstana, 20 October 2026. In January–September 2026 trade "
            "between Kazakhstan and Uzbekistan reached $3.1 billion. In September, trade totalled $390.2 million. "
            "Kazakhstan's exports to Uzbekistan came to $210.4 million.")
    assert (KZ_UZ, "2026-09", "export", 210.4) in proposed.trade_values(same, DAY)


def test_a_semicolon_opens_the_next_flows_clause():
    # plant: figures._semicolon_clause_end returning len(sentence)
    text = ("In 2025 Kazakhstan's imports from Uzbekistan amounted to $1.2 billion, of which fruit accounted for some "
            "$300 million; exports to Uzbekistan fell by 8% to $2.1 billion.")
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2025", "import", 1200.0, "exact", ""),
                                         (KZ_UZ, "2025", "export", 2100.0, "exact", "-8")]
    # a growth after the semicolon with no trade of its own stays the first amount's
    remark = ("In 2025 Kazakhstan's imports from Uzbekistan amounted to $1.2 billion, of which fruit some $300 "
              "million; this was 6% more than in 2024.")
    assert proposed.trade(remark, DAY) == [(KZ_UZ, "2025", "import", 1200.0, "exact", "6")]
