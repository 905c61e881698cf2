"""Forty-eighth round, trade B (statistics releases and a city's trade; docs/extraction.md: figures.py): the forms
behind the dev/854 (a Turkish Cypriot release: its partners paired with the wrong state, one good's figures, a
quarter's period carried on, an agency's forecast read as a target) and dev/856 (two cities' trade and goal read as
their states') misses and the failures the probes found, told in short invented sentences. Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")
KG_AZ = proposed.pair("Kyrgyzstan", "Azerbaijan")
KG_KZ = proposed.pair("Kyrgyzstan", "Kazakhstan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")

RELEASE = ("Foreign trade in 2025: imports from Türkiye up 6 percent\n\n"
           "The National Statistical Committee has published foreign trade data for 2025. In 2025 the total imports of "
           "Kyrgyzstan amounted to $9,950.2 million.\n\n"
           "Imports from Türkiye reached $650.3 million in 2025, 6 percent more than a year earlier.")


def test_a_headline_partner_of_a_flow_is_no_release_home():
    # plant: the _partner_of_flow alternative dropped from figures._lead_home
    text = RELEASE + "\n\nImports from Azerbaijan totalled $41.6 million."
    assert proposed.trade_values(text, DAY) == {(KG_TR, "2025", "import", 650.3), (KG_AZ, "2025", "import", 41.6)}
    # a headline naming the home's own exports keeps it the home
    own = ("Kyrgyzstan's foreign trade grows in 2025\n\nKyrgyzstan's foreign trade reached $13.9 billion in 2025. "
           "Exports to Türkiye rose to $310.5 million in 2025.\n\nImports from Kazakhstan were $1,200.4 million.")
    assert proposed.trade_values(own, DAY) == {(KG_TR, "2025", "export", 310.5), (KG_KZ, "2025", "import", 1200.4)}


def test_a_quarters_figures_leave_the_next_paragraph_to_the_year():
    # plant: figures._year_of_the_part returning None
    text = (RELEASE + "\n\nIn the fourth quarter, imports from Türkiye were $171.9 million. In December alone, goods "
            "worth $60.2 million came from Türkiye.\n\nImports from Azerbaijan totalled $41.6 million, against $35.8 "
            "million a year earlier.")
    found = proposed.trade_values(text, DAY)
    assert (KG_AZ, "2025", "import", 41.6) in found and (KG_AZ, "2024", "import", 35.8) in found
    assert (KG_TR, "2025-Q4", "import", 171.9) in found
    # within the quarter's own paragraph the quarter goes on
    same = (RELEASE + "\n\nIn the fourth quarter, imports from Türkiye were $171.9 million. Imports from Azerbaijan "
            "were $9.7 million.")
    assert (KG_AZ, "2025-Q4", "import", 9.7) in proposed.trade_values(same, DAY)


def test_partners_told_after_the_figure_without_one_are_not_its_pair():
    # plant: figures._partners_without_figure returning None
    text = (RELEASE + "\n\nExports to Kazakhstan were just over $0.9 million, while trade with Uzbekistan, Hungary "
            "and Tajikistan remained negligible.")
    assert (KG_KZ, "2025", "export", 0.9, "over", "") in proposed.trade(text, DAY)
    assert not any(figure[3] == 0.9 and figure[0] != KG_KZ for figure in proposed.trade(text, DAY))
    # a later clause with a figure of its own is still its partner's
    both = RELEASE + "\n\nExports to Kazakhstan were $120.4 million, while imports from Azerbaijan were $80.2 million."
    found = proposed.trade_values(both, DAY)
    assert (KG_KZ, "2025", "export", 120.4) in found and (KG_AZ, "2025", "import", 80.2) in found


def test_a_good_named_as_an_item_of_a_flow_is_no_pair_figure():
    # plant: the _ITEM_OF_FLOW alternative dropped from figures._names_the_good
    text = (RELEASE + " Fuel made up the largest single item in imports from Türkiye, at $112.7 million, followed by "
            "cars.")
    assert proposed.trade_values(text, DAY) == {(KG_TR, "2025", "import", 650.3)}
    # a state as the largest partner in imports is no good
    partner = RELEASE + " Türkiye was the second source of imports, at $650.3 million."
    assert (KG_TR, "2025", "import", 650.3) in proposed.trade_values(partner, DAY)


def test_a_goods_own_clause_after_a_semicolon_is_no_pair_figure():
    # plant: the semicolon clause dropped from figures._good_subject
    text = (RELEASE + " Cotton and fruit led the exports to Türkiye; citrus sales to Turkish buyers alone brought in "
            "$14.3 million.")
    assert proposed.trade_values(text, DAY) == {(KG_TR, "2025", "import", 650.3)}
    # a state's flow after the semicolon stays a figure, the goods before it named
    flow = RELEASE + " Cotton and fruit led the exports to Azerbaijan; exports to Azerbaijan were $3.2 million."
    assert (KG_AZ, "2025", "export", 3.2) in proposed.trade_values(flow, DAY)


def test_an_expected_figure_of_the_year_under_way_is_no_target():
    # plant: figures._expected_this_year returning False
    lead = "Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2025. "
    for sentence in ("The State Planning Committee expects imports from Uzbekistan to exceed $4.7 billion in 2026.",
                     "The economy ministry expects trade with Uzbekistan to top $4.5 billion this year.",
                     "The customs service expects turnover to reach about $4.9 billion next year."):
        assert proposed.targets(lead + sentence, DAY) == [], sentence
    # a goal by a later year, or "in the coming years", stays a target
    assert proposed.targets(lead + "The two presidents expect trade to reach $10 billion by 2030.", DAY) \
        == [(KZ_UZ, 10000.0, "2030")]
    assert proposed.targets(lead + "Tokayev said he expected trade to reach $8 billion in the coming years.", DAY) \
        == [(KZ_UZ, 8000.0, "")]


def test_trade_between_two_cities_is_no_pair_figure_nor_target():
    # plant: figures._between_places returning False
    az = ("Sumqayıt ilə Səmərqənd arasında mal dövriyyəsi ötən il 9 milyon dollara çatıb və tərəflər bu rəqəmi 40 "
          "milyon dollara çatdırmağı qarşıya məqsəd qoyublar. Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi "
          "ötən il 805,2 milyon dollar olub.")
    assert proposed.trade_values(az, DAY) == {(AZ_UZ, "2025", "turnover", 805.2)}
    assert proposed.targets(az, DAY) == []
    en = ("Trade between Shymkent and Namangan reached $14 million last year, and the cities aim to raise it to $30 "
          "million.")
    assert proposed.trade(en, DAY) == [] and proposed.targets(en, DAY) == []
    ru = "Товарооборот между Ошем и Андижаном в прошлом году составил 31 млн долларов."
    assert proposed.trade(ru, DAY) == []
    # capitals name their states: their trade stays the pair's
    capitals = "Trade between Baku and Tashkent reached $805.2 million last year."
    assert proposed.trade_values(capitals, DAY) == {(AZ_UZ, "2025", "turnover", 805.2)}
