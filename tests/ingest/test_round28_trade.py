"""Twenty-eighth round, trade figures (docs/extraction.md: places.py, figures.py): the forms behind the dev/344 and dev/350
trade misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from dashboard.ingest import places
from tests.ingest import proposed

DAY = date(2026, 3, 20)

_pair = proposed.pair


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


def test_the_north_is_northern_cyprus_in_an_article_about_cyprus():
    # plant: `self._north = _about_cyprus(self._spaced)` made `self._north = False` in places.Index
    text = ("Turkish Cypriot traders welcome new data. Trade between the north and Kazakhstan reached $12.4 million in "
            "2025, the statistics office said.")
    assert (_pair("Northern Cyprus", "Kazakhstan"), "2025", "turnover", 12.4) in _values(text)
    text = ("Cyprus talks resume. The breakaway north's imports from Uzbekistan came to $3.1 million in 2025.")
    assert (_pair("Northern Cyprus", "Uzbekistan"), "2025", "import", 3.1) in _values(text)
    # "the north of" a state is no state, in a Cyprus article or any other
    text = ("Cyprus talks resume. Trade between the north of Kazakhstan and Uzbekistan reached $410 million in 2025.")
    assert not any("Northern Cyprus" in v[0] for v in _values(text))
    text = "Trade between the north and Kazakhstan reached $12.4 million in 2025, the statistics office said."
    assert not any("Northern Cyprus" in v[0] for v in _values(text))


def test_north_opening_a_name_is_no_northern_cyprus():
    # plant: `if not _NAME_GOES_ON.match(text, m.end() - 1)` dropped from places._with_the_north
    text = "Cyprus talks resume. Trade between the North Caucasus and Azerbaijan reached $95 million in 2025."
    assert not any("Northern Cyprus" in v[0] for v in _values(text))
    text = "Cyprus talks resume. Trade between the north and Azerbaijan reached $95 million in 2025."
    assert (_pair("Northern Cyprus", "Azerbaijan"), "2025", "turnover", 95.0) in _values(text)


def test_turkish_cypriots_in_the_plural_are_no_turks():
    # plant: the `if " " in c.demonym:` plural line dropped from places._index
    assert places.codes_in("Turkish Cypriots bought more from Azerbaijan") == ["CYN", "AZE"]
    assert places.codes_in("Turkish firms bought more from Azerbaijan") == ["TUR", "AZE"]


def test_one_good_worth_an_amount_is_no_pair_figure():
    # plant: `or _good_worth_before(sentence, segment_check, amount)` dropped from figures.find_figures
    text = ("Trade between Kyrgyzstan and Azerbaijan reached $64 million in 2025. Azerbaijan also imported Kyrgyz "
            "cotton worth some $9 million last year.")
    assert {v[3] for v in _values(text)} == {64.0}
    # goods in general, worth an amount, stay the pair's flow
    text = ("Trade between Kyrgyzstan and Azerbaijan reached $64 million in 2025. Azerbaijan also imported Kyrgyz "
            "goods worth some $9 million last year.")
    assert (_pair("Kyrgyzstan", "Azerbaijan"), "2025", "import", 9.0) in _values(text)


def test_the_year_after_a_compared_amount_is_its_own_not_the_figures():
    # plant: the `_report_period_over_baseline(...)` call dropped from figures.find_figures
    text = ("Hungary's trade with Uzbekistan grew to $412 million last year. Trade with Kazakhstan eased to $905 "
            "million from $960 million in 2024.")
    values = _values(text)
    assert (_pair("Hungary", "Kazakhstan"), "2025", "turnover", 905.0) in values
    assert (_pair("Hungary", "Kazakhstan"), "2024", "turnover", 960.0) in values
    # the year told after the figure's own amount stays its period
    text = ("Hungary's trade with Uzbekistan grew to $412 million last year. Trade with Kazakhstan eased to $905 "
            "million in 2024 from $960 million.")
    assert (_pair("Hungary", "Kazakhstan"), "2024", "turnover", 905.0) in _values(text)


def test_compared_with_just_over_an_amount():
    # plant: `(?:just\s+)?` dropped from figures._BASELINE_BEFORE
    text = ("Hungary's trade with Uzbekistan grew to $412 million last year. Trade with Kazakhstan came to about $905 "
            "million, compared with just under $960 million in 2024.")
    values = _values(text)
    assert (_pair("Hungary", "Kazakhstan"), "2025", "turnover", 905.0) in values
    assert (_pair("Hungary", "Kazakhstan"), "2024", "turnover", 960.0) in values


def test_another_sources_flow_above_the_turnover_is_kept():
    # plant: `return _with_mirror_flows(doc, found, kept)` made `return kept` in figures.find_figures
    text = ("Kyrgyzstan's trade with Kazakhstan totalled $1.1 billion in 2025, the Kyrgyz statistics committee said. "
            "According to Kazakhstan's national statistics bureau, Kazakh exports to Kyrgyzstan reached $1.3 billion "
            "last year.")
    assert (_pair("Kyrgyzstan", "Kazakhstan"), "2025", "export", 1300.0) in _values(text)
    # a flow above the turnover with no partner of its own is still one state's total, left out
    text = ("Kyrgyzstan's trade with Kazakhstan totalled $1.1 billion in 2025, the Kyrgyz statistics committee said. "
            "According to the national statistics bureau, Kazakhstan's exports reached $81 billion last year.")
    assert {v[3] for v in _values(text)} == {1100.0}


def test_a_partners_membership_aside_is_no_group_total():
    # plant: the `_without_member_aside(segment, check)` line dropped from figures._clause_of_a_total
    text = ("Hungarian exports to Kazakhstan stood at $640 million in 2025, while trade with Turkmenistan, which is an "
            "OTS observer, reached $70 million.")
    assert (_pair("Hungary", "Turkmenistan"), "2025", "turnover", 70.0) in _values(text)
    # a group's total in the clause is still left out
    text = ("Hungarian exports to Kazakhstan stood at $640 million in 2025, while trade with the OTS members reached "
            "$4 billion.")
    assert {v[3] for v in _values(text)} == {640.0}


def test_russian_adjective_and_noun_name_declined():
    # plant: the `_declined_adjective_noun(c.name_ru)` loop dropped from places._index
    assert places.codes_in("Импорт Северного Кипра из Казахстана вырос") == ["CYN", "KAZ"]
    assert places.codes_in("торговля с Северным Кипром") == ["CYN"]
    text = "Экспорт Северного Кипра в Узбекистан в 2025 году составил 1,4 млн долларов."
    assert (_pair("Northern Cyprus", "Uzbekistan"), "2025", "export", 1.4) in _values(text)


def test_russian_amount_risen_from_told_after_the_figure():
    # plant: `|с` dropped from figures._BASELINE_BEFORE
    text = "Товарооборот Кыргызстана и Турции вырос до 1,3 млрд долларов в 2025 году с 1,1 млрд долларов в 2024 году."
    values = _values(text)
    assert (_pair("Kyrgyzstan", "Türkiye"), "2025", "turnover", 1300.0) in values
    assert (_pair("Kyrgyzstan", "Türkiye"), "2024", "turnover", 1100.0) in values
    # "с" naming a partner is no comparison
    text = "Товарооборот Кыргызстана с Турцией в 2025 году составил 1,3 млрд долларов."
    assert _values(text) == {(_pair("Kyrgyzstan", "Türkiye"), "2025", "turnover", 1300.0)}


def test_turkish_risen_from_with_the_figures_year_between():
    # plant: the year group dropped from figures._FROM_AMOUNT
    text = "Türkiye ile Kırgızistan arasındaki ticaret hacmi 2024'teki 1,1 milyar dolardan 2025'te 1,3 milyar dolara yükseldi."
    values = _values(text)
    assert (_pair("Türkiye", "Kyrgyzstan"), "2025", "turnover", 1300.0) in values
    assert (_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 1100.0) in values


def test_azerbaijani_risen_from_takes_the_year_between_for_the_figure():
    # plant: the `period = _year_between(...)` lines dropped from figures.find_figures
    text = ("Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi 2024-cü ildəki 280 milyon dollardan 2025-ci ildə "
            "410 milyon dollara çatıb.")
    values = _values(text)
    assert (_pair("Azerbaijan", "Uzbekistan"), "2025", "turnover", 410.0) in values
    assert (_pair("Azerbaijan", "Uzbekistan"), "2024", "turnover", 280.0) in values
