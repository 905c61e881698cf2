"""Twenty-ninth round, trade figures (docs/extraction.md: figures.py): the forms behind the dev/360, 363, 367 and 383
trade misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


def test_it_after_a_source_and_a_comma_is_the_trade_just_named():
    # plant: `(?:^|,\s*)` made `^` again before the comparison lead in both "in/в … it/он" branches of figures._FIGURE_BACK
    text = ("Товарооборот между Казахстаном и Таджикистаном растет. По данным статкомитета, в 2025 году он составил "
            "52,4 млн долларов, увеличившись на 11,3%.")
    assert (_pair("Kazakhstan", "Tajikistan"), "2025", "turnover", 52.4, "exact", "11.3") in _trade(text)
    text = ("Trade between Hungary and Uzbekistan keeps growing. According to the statistics office, in 2025 it "
            "reached $212 million.")
    assert (_pair("Hungary", "Uzbekistan"), "2025", "turnover", 212.0) in _values(text)
    # a clause on another subject after the comma is no figure of the trade
    text = ("Trade between Hungary and Uzbekistan keeps growing. According to the statistics office, in 2025 its "
            "budget reached $212 million.")
    assert not _values(text)


def test_the_figure_compares_with_an_earlier_amount():
    # plant: `the\s+figure|this\s+figure` dropped from the `compared` branch of figures._FIGURE_BACK
    text = ("According to the Kazakh side, mutual trade with Azerbaijan in 2025 exceeded $900 million. The figure "
            "compares with $720 million recorded in 2024.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 720.0) in _values(text)
    # a comparison that names no earlier period is none
    text = ("According to the Kazakh side, mutual trade with Azerbaijan in 2025 exceeded $900 million. The figure "
            "compares with $2 billion for Georgia.")
    assert {v[3] for v in _values(text)} == {900.0}


def test_a_states_sales_to_another_are_its_exports():
    # plant: the `(?<=['’]s )sales(?=\s+to\b)|` alternative dropped from figures._TRADE
    text = "Hungary's sales to Azerbaijan reached $75 million in 2025."
    assert (_pair("Hungary", "Azerbaijan"), "2025", "export", 75.0) in _values(text)
    text = ("Kazakhstan's exports to Uzbekistan totalled $1.2 billion in 2025, while Uzbekistan's sales to Kazakhstan "
            "amounted to about $640 million.")
    assert (_pair("Kazakhstan", "Uzbekistan"), "2025", "export", 640.0, "about", "") in _trade(text)


def test_sales_of_one_good_or_one_company_are_no_pair_figure():
    # plant: `return False` made the last line of figures._only_sales_of_no_state
    assert not _values("Turkey's arms sales to Azerbaijan reached $75 million in 2025.")
    text = ("Trade between Hungary and Kazakhstan reached $428 million last year. Hungarian textiles make up a fifth of "
            "the total, and one Budapest company's sales to Kazakhstan were worth nearly $70 million.")
    assert not any(v[3] == 70.0 for v in _values(text))


def test_a_subjectless_turkish_sentence_with_a_growth_and_an_approximate_word_goes_on_with_the_trade():
    # plant: the round-29 approximate words dropped from figures._ELLIPTIC_BETWEEN
    text = ("Türkiye ile Kazakistan arasındaki ticaret geçen yıl 6 milyar doları aştı. Bu yılın ilk yedi ayında ise "
            "yüzde 5'lik artışla yaklaşık 3,5 milyar dolara ulaştı.")
    assert (_pair("Türkiye", "Kazakhstan"), "2026-7M", "turnover", 3500.0, "about", "5") in _trade(text)
    text = ("Товарооборот Казахстана и Азербайджана в 2025 году составил 640 млн долларов. В первом полугодии 2026 года "
            "– около 350 млн долларов.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2026-H1", "turnover", 350.0, "about", "") in _trade(text)
    # a sentence that goes on with a subject of its own is no such continuation
    text = ("Türkiye ile Kazakistan arasındaki ticaret geçen yıl 6 milyar doları aştı. Bu yılın ilk yedi ayında ise "
            "yatırımlar yaklaşık 3,5 milyar dolara ulaştı.")
    assert not any(v[3] == 3500.0 for v in _values(text))


def test_a_turkish_growth_in_luk_without_bir():
    # plant: `(?:\s+bir)?` made `\s+bir` again in figures._ELLIPTIC_GROWTH
    text = ("Türkiye ile Kazakistan arasındaki ticaret geçen yıl 6 milyar doları aştı. Bu yılın ilk yedi ayında ise "
            "yüzde 5'lik artışla 3,5 milyar dolara ulaştı.")
    assert (_pair("Türkiye", "Kazakhstan"), "2026-7M", "turnover", 3500.0, "exact", "5") in _trade(text)


def test_an_azerbaijani_states_genitive_opening_a_sentence_is_no_good():
    # plant: `not places.codes_in(m[0].split(None, 1)[0])` made `True` in figures._good_genitive_flow
    text = "Macarıstanın Azərbaycana ixracı 2025-ci ildə 95 milyon dollar olub."
    assert (_pair("Hungary", "Azerbaijan"), "2025", "export", 95.0) in _values(text)
    text = ("Yanvar-sentyabr aylarında Qazaxıstan ilə Qırğızıstan arasında ticarət dövriyyəsi 1 milyard 650 milyon dollar "
            "təşkil edib. Qazaxıstanın Qırğızıstana ixracı 1,15 milyard dollar, bu ölkədən idxalı isə 500 milyon dollar "
            "olub.")
    assert (_pair("Kazakhstan", "Kyrgyzstan"), "2026-9M", "export", 1150.0) in _values(text)
    # a good's genitive, capitalised at the sentence's opening, stays one good's exports
    assert not _values("Pambığın Türkiyəyə ixracı 2025-ci ildə 95 milyon dollar olub.")


def test_a_citys_or_a_regions_exports_are_no_pair_figure():
    # plant: the `_place_owners_flow(...)` call dropped from figures.find_figures
    text = ("Macaristan ile Türkiye arasındaki ticaret hacmi 2025'te 4,1 milyar dolara ulaştı; İzmir'in Macaristan'a "
            "ihracatı ise 120 milyon dolar oldu.")
    assert _values(text) == {(_pair("Hungary", "Türkiye"), "2025", "turnover", 4100.0)}
    text = ("Trade between Turkey and Kazakhstan reached $6 billion in 2025. Bursa's exports to Kazakhstan amounted to $90 "
            "million last year.")
    assert _values(text) == {(_pair("Türkiye", "Kazakhstan"), "2025", "turnover", 6000.0)}
    text = "Trade with Azerbaijan grew. A local official said the region's exports to Azerbaijan amounted to just $12 million last year."
    assert not _values(text)
    # a state's own genitive stays the pair's
    assert (_pair("Türkiye", "Northern Cyprus"), "2025", "export", 1700.0) in _values(
        "Türkiye'nin KKTC'ye ihracatı 2025 yılında 1,7 milyar dolar oldu.")
    assert (_pair("Hungary", "Azerbaijan"), "2025", "export", 60.0) in _values(
        "Hungary's exports to Azerbaijan amounted to $60 million last year.")


def test_a_flows_growth_after_a_turnover_is_not_the_turnovers():
    # plant: the `_flow_growth_after_turnover(last, s)` check dropped from figures._growth_of_last
    text = ("Turkmenistan-Uzbekistan turnover was about $1.1 billion last year. Turkmen gas exports to Uzbekistan, which "
            "doubled last year, are part of the picture.")
    assert _trade(text) == [(_pair("Turkmenistan", "Uzbekistan"), "2025", "turnover", 1100.0, "about", "")]
    # the turnover's own growth told after it still is its growth
    text = ("Trade between Turkmenistan and Uzbekistan was about $1.1 billion last year. Compared with the previous year, "
            "trade between the two countries grew by 15%.")
    assert _trade(text) == [(_pair("Turkmenistan", "Uzbekistan"), "2025", "turnover", 1100.0, "about", "15")]


def test_a_year_earlier_opening_a_contrasting_russian_clause_is_the_year_before():
    # plant: the round-29 `^,\s*(?:тогда\s+как|а|…)` alternative dropped from when._SAME_PERIOD_YEAR_BEFORE
    text = ("В 2025 году торговля между Казахстаном и Венгрией составила 410,2 млн долларов, а годом ранее – 350 млн "
            "долларов.")
    assert (_pair("Kazakhstan", "Hungary"), "2024", "turnover", 350.0) in _values(text)
    text = ("По его словам, в 2025 году торговля между Казахстаном и Венгрией выросла почти на 20% и составила 410,2 млн "
            "долларов, тогда как годом ранее она не превышала 350 млн долларов.")
    assert (_pair("Kazakhstan", "Hungary"), "2024", "turnover", 350.0, "under", "") in _trade(text)
    # a further amount with no year before it is no figure of the year before
    text = ("В 2025 году торговля между Казахстаном и Венгрией составила 410,2 млн долларов, а инвестиции – 350 млн "
            "долларов.")
    assert not any(v[1] == "2024" for v in _values(text))
