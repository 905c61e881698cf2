"""Fifteenth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py).
Each rule was written for a miss of dev/162–173 or a probe of this round and is tested here with other wordings
than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_over_opening_a_span_of_time_is_no_qualifier():
    # plant: the `if m[1] == "over" and _OVER_TIME.match(...)` skip removed from money.qualifier_before
    text = "Uzbek exports to Kazakhstan over January-May amounted to $700 million."
    assert _trade(text) == [(_pair("Uzbekistan", "Kazakhstan"), "2025-5M", "export", 700.0, "exact", "")]
    text = "Trade between Turkey and Uzbekistan over the first nine months stood at $2 billion."
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2025-9M", "turnover", 2000.0, "exact", "")]
    # "over" right before the amount is still "more than"
    text = "Trade between Turkey and Uzbekistan rose to over $2 billion in 2024."
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 2000.0, "over", "")]


def test_a_groups_trade_among_its_members_is_no_pairs_figure():
    # plant: the `or len(set(lead_codes)) > 2 and _among_members(...)` alternative dropped from find_figures
    text = ("The bloc, which brings together Turkey, Azerbaijan, Kazakhstan and Uzbekistan, says its members' "
            "combined trade with one another reached $45 billion in 2024.")
    assert _trade(text) == []
    text = ("Intra-bloc trade among Turkey, Azerbaijan, Kazakhstan and Kyrgyzstan, trade among themselves, "
            "passed $30 billion last year.")
    assert _trade(text) == []
    # two states' trade "with each other" is still their figure
    text = "Turkey and Azerbaijan's trade with each other reached $8 billion in 2024."
    assert _trade(text) == [(_pair("Türkiye", "Azerbaijan"), "2024", "turnover", 8000.0, "exact", "")]


def test_a_turkish_growth_as_an_adjective_in_an_elliptic_figure():
    # plant: `(?:['’]?l[ıiuü]k\s+bir)?` dropped from figures._ELLIPTIC_GROWTH
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmi geçen yıl 3 milyar dolara ulaştı. "
            "Bu yılın ilk 9 ayında ise yüzde 20'lik bir artışla 2,5 milyar doları aştık.")
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", ""),
                            (_pair("Türkiye", "Uzbekistan"), "2025-9M", "turnover", 2500.0, "over", "20")]


def test_lift_that_figure_to_refers_back_to_the_pair():
    # plant: `(?:this|that|the)\s+(?:figure|volume|level|amount)` back to "this figure|the figure|this volume"
    text = ("Trade between Turkey and Uzbekistan reached $3 billion last year. "
            "The leaders said they hoped to raise that level to $5 billion.")
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 5000.0, "")]
    text = ("Trade between Turkey and Uzbekistan reached $3 billion last year. "
            "The ministers want to double that amount to $6 billion by 2028.")
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 6000.0, "2028")]


def test_aim_for_trade_of_an_amount_is_a_target():
    # plant: the `(?P<trade>…)?` group dropped from figures._AIM_FOR
    text = "Kazakhstan and Azerbaijan agreed to aim for annual trade of $1 billion in the coming years."
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "")]
    text = "Turkey and Kyrgyzstan are eyeing bilateral turnover of $3 billion by 2030."
    assert _targets(text) == [(_pair("Türkiye", "Kyrgyzstan"), 3000.0, "2030")]
    # not an investment of the same shape, nor a result
    assert _targets("Turkey and Kyrgyzstan aim for investment of $3 billion.") == []


def test_a_growth_told_before_its_figure_goes_to_it():
    # plant: the `_give_growths_before(...)` call dropped from find_figures
    text = ("Ministers of Turkey and Uzbekistan met in Tashkent.\n\n"
            "The minister recalled that in 2024 bilateral trade grew by 18%.\n\n"
            "Last year turnover between the two countries stood at $3 billion.")
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", "18")]
    ru = ("Министры Азербайджана и Узбекистана провели переговоры.\n\n"
          "В 2024 году взаимная торговля выросла на 15%.\n\n"
          "По итогам прошлого года товарооборот между странами составил $400 млн.")
    assert _trade(ru) == [(_pair("Azerbaijan", "Uzbekistan"), "2024", "turnover", 400.0, "exact", "15")]
    # not a flow's growth, nor a growth of another period
    text = ("Ministers of Turkey and Uzbekistan met in Tashkent.\n\n"
            "In 2023 bilateral trade grew by 18%, and Turkish exports grew by 9% in 2024.\n\n"
            "Last year turnover between the two countries stood at $3 billion.")
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", "")]


def test_over_the_past_year_is_last_year():
    # plant: `(?:in|over)` back to `in` before "the past year" in when._LAST_YEAR
    text = "Over the past year, trade between Turkey and Kyrgyzstan stood at about $1.2 billion."
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2024", "turnover", 1200.0, "about", "")]


def test_take_trade_to_an_amount_is_a_target():
    # plant: `|take|taking|took` dropped from figures._TARGET_CUE
    text = "Turkey and Uzbekistan pledged to take bilateral trade to $5 billion by 2030."
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 5000.0, "2030")]
    text = "Both sides spoke of taking trade between Azerbaijan and Kazakhstan to $1 billion."
    assert _targets(text) == [(_pair("Azerbaijan", "Kazakhstan"), 1000.0, "")]
    # "took … to" reports a result
    text = "A record harvest took trade between Turkey and Uzbekistan to $3 billion in 2024."
    assert _targets(text) == []
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", "")]


def test_states_that_traded_an_amount_with_each_other_are_a_group():
    # plant: `(?:with|among|between)\s+(?:one\s+another|each\s+other|themselves)` back to needing "trade" before it
    text = ("Members of the bloc — Turkey, Azerbaijan, Kazakhstan and Kyrgyzstan — traded $40 billion with each "
            "other in 2024.")
    assert _trade(text) == []


def test_a_further_clause_with_its_own_period_is_a_figure_of_the_same_trade():
    # plant: `or _clause_period(segment, published, found[-1].period)` dropped from find_figures
    day = date(2025, 6, 10)
    ru = ("Товарооборот между Казахстаном и Азербайджаном в 2024 году составил $600 млн, а в январе–марте 2025 года "
          "достиг почти $150 млн.")
    assert _trade(ru, day) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 600.0, "exact", ""),
                               (_pair("Kazakhstan", "Azerbaijan"), "2025-Q1", "turnover", 150.0, "approaching", "")]
    en = ("Last year trade between Turkey and Uzbekistan came to $3 billion, while in the first quarter of 2025 it "
          "stood at $800 million.")
    assert _trade(en, day) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", ""),
                               (_pair("Türkiye", "Uzbekistan"), "2025-Q1", "turnover", 800.0, "exact", "")]
    # an amount after the conjunction with no period before it is no figure of its own
    en = "In 2024 trade between Turkey and Uzbekistan came to $3 billion, and $2.5 billion in 2023."
    assert _trade(en, day) == [(_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3000.0, "exact", "")]


def test_russian_bring_trade_to_the_level_of_is_a_target():
    # plant: the `на\s+уровень` alternative dropped from figures._TARGET_CUE_RU
    ru = "Лидеры договорились вывести товарооборот между Казахстаном и Туркменистаном на уровень $2 млрд к 2030 году."
    assert _targets(ru) == [(_pair("Kazakhstan", "Turkmenistan"), 2000.0, "2030")]
    # a result told with "вышел на уровень" is no target
    ru = "Товарооборот между Казахстаном и Туркменистаном в 2024 году вышел на уровень $600 млн."
    assert _targets(ru) == []
