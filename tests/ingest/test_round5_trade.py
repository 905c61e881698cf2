"""Fifth round, trade figures and targets (docs/extraction.md: figures.py, money.py, the periods of when.py).
Each rule was written for a miss of dev/42–53 and is tested here with other wordings than the article's."""
from datetime import date

from dashboard.ingest.when import period_in
from tests.ingest import proposed

_pair = proposed.pair
_records = proposed.records
_trade = proposed.trade


def _targets(text, day):
    return [(frozenset((r["country_a"], r["country_b"])), float(r["target_value_usd_million"]), r["target_year"])
            for r in _records("targets", text, day)]


# Periods (when.py); the fifth round's period and amount forms are in test_extraction_rules.py's lists

def test_the_last_months_are_no_months_to_date():
    assert period_in("son 3 ayda ticaret hacmi arttı", date(2023, 5, 1)) is None


def test_compared_with_the_same_period_of_last_year_is_no_period():
    assert period_in("увеличившись на 7% по сравнению с аналогичным периодом прошлого года", date(2024, 5, 1)) is None


def test_a_russian_range_not_from_january_is_no_period_nor_is_its_first_month():
    assert period_in("в феврале-марте товарооборот вырос", date(2024, 5, 1)) is None


def test_a_russian_month_alone_gives_way_to_another_period():
    assert period_in("В декабре, по итогам 2023 года, товарооборот вырос", date(2024, 5, 1))[0] == "2023"


def test_an_azerbaijani_month_alone_gives_way_to_another_period():
    # as English "in May" without a year: the period only when the sentence names no other
    assert period_in("Dekabr ayında, 2023-cü ilin sonunda ticarət artıb", date(2024, 5, 1))[0] == "2023"


# Figures (figures.py)

def test_a_figure_of_a_state_outside_the_ties_is_none_nor_is_its_breakdown():
    text = ("Kazakhstan and Uzbekistan signed a trade deal on Monday. "
            "Trade between Kazakhstan and Uzbekistan rose to 4.1 billion U.S. dollars in 2023. "
            "Russia remains Kazakhstan's largest trading partner, with bilateral trade reaching $26 billion in 2023. "
            "Exports accounted for $10.2 billion.")
    assert _trade(text, date(2024, 3, 1)) == [(_pair("Kazakhstan", "Uzbekistan"), "2023", "turnover", 4100.0, "exact", "")]


def test_a_pairs_own_figure_right_after_a_world_total_is_no_breakdown_of_it():
    text = ("Kazakhstan's foreign trade turnover stood at $140 billion in 2023. "
            "Last year, bilateral trade amounted to $1.2 billion.")
    # the article is about Kazakhstan and Azerbaijan (its first two states)
    text = "Azerbaijan and Kazakhstan held talks. " + text
    assert _trade(text, date(2024, 3, 1)) == [(_pair("Azerbaijan", "Kazakhstan"), "2023", "turnover", 1200.0, "exact", "")]


def test_a_sentence_that_names_its_pair_is_no_round_up_of_the_visitors_partners():
    # Aliyev's visit to Kazakhstan makes Azerbaijan the article's country; the figure is Kazakhstan's with Türkiye
    text = ("Ilham Aliyev arrived in Astana on a state visit on Monday. "
            "Trade between Kazakhstan and Türkiye rose by 20 percent to $6.4 billion last year, while Turkish "
            "firms have invested over $5 billion in Kazakhstan.")
    found = _trade(text, date(2024, 3, 1))
    assert found == [(_pair("Kazakhstan", "Türkiye"), "2023", "turnover", 6400.0, "exact", "20")]


def test_a_headline_figure_the_body_tells_exactly_is_one_figure():
    body = "Trade between Kazakhstan and Azerbaijan reached $1.52 billion in 2023, the statistics bureau said."
    day = date(2024, 2, 1)
    headline = "Kazakh-Azerbaijani trade tops $1.5 billion in 2023\n\n"
    assert _trade(headline + body, day) == [(_pair("Azerbaijan", "Kazakhstan"), "2023", "turnover", 1520.0, "exact", "")]
    # another amount in the headline is another figure, and stays
    headline = "Kazakh-Azerbaijani trade hit $1.2 billion in 2023\n\n"
    assert len(_trade(headline + body, day)) == 2


def test_a_sentence_naming_one_state_of_the_pair_just_reported_goes_on_about_that_pair():
    text = ("Ilham Aliyev arrived in Astana on a state visit on Monday. "
            "Trade between Kazakhstan and Uzbekistan rose to $4 billion in 2023. "
            "The plan is to bring bilateral trade to $10 billion, the Uzbek minister told reporters.")
    day = date(2024, 3, 1)
    assert _targets(text, day) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "")]


def test_bringing_the_total_after_the_amounts_it_adds_up_is_a_result():
    text = ("Kazakhstan's exports to Uzbekistan grew to $2.5 billion in 2023 and imports were $1.6 billion, "
            "bringing bilateral trade to $4.1 billion.")
    day = date(2024, 3, 1)
    assert [(f[2], f[3]) for f in _trade(text, day)] == [("export", 2500.0), ("import", 1600.0), ("turnover", 4100.0)]
    assert _targets(text, day) == []
    # without the comma it is no adding up: the sides talk of bringing trade to an amount
    text = "Kazakhstan's exports to Uzbekistan grew to $2.5 billion in 2023 as the sides discussed bringing trade to $10 billion."
    assert _targets(text, day) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "")]


def test_a_target_told_as_a_noun_with_its_amount():
    day = date(2024, 3, 1)
    # right after the figure, in a sentence without a trade word
    text = "Trade between Kyrgyzstan and Kazakhstan reached $2 billion in 2023. The leaders set a target of $3 billion."
    assert _targets(text, day) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "")]
    # in the trade sentence itself
    text = "Trade between Türkiye and Hungary stood at $6 billion last year, and the objective is $10 billion by 2030."
    assert _targets(text, day) == [(_pair("Hungary", "Türkiye"), 10000.0, "2030")]
    assert len(_trade(text, day)) == 1


def test_a_headline_that_aims_for_an_amount_of_trade_is_a_target():
    body = "\n\nKyrgyz President Sadyr Japarov met Uzbek President Shavkat Mirziyoyev in Tashkent on Monday."
    day = date(2024, 3, 1)
    assert _targets("Kyrgyzstan, Uzbekistan eye $3 billion in trade" + body, day) == [
        (_pair("Kyrgyzstan", "Uzbekistan"), 3000.0, "")]
    assert _targets("Kyrgyzstan, Uzbekistan aim for $3bn trade turnover" + body, day) == [
        (_pair("Kyrgyzstan", "Uzbekistan"), 3000.0, "")]
    # the amount is no trade: no target
    assert _targets("Kyrgyzstan, Uzbekistan eye $3 billion investment to lift trade" + body, day) == []


def test_an_azerbaijani_share_gives_each_amount_the_flow_named_after_it():
    text = ("2023-cü ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 500 milyon ABŞ dolları olub. "
            "Bunun 320 milyon dolları idxalın, 180 milyon dolları isə ixracın payına düşür.")
    assert [(f[1], f[2], f[3]) for f in _trade(text, date(2024, 2, 1))] == [
        ("2023", "turnover", 500.0), ("2023", "import", 320.0), ("2023", "export", 180.0)]


def test_a_sentence_of_only_a_period_and_an_amount_goes_on_with_the_trade_just_reported():
    text = ("Türkiye ile Özbekistan arasındaki ticaret hacmi geçen yıl 3 milyar dolar oldu. "
            "Bu yılın ocak-haziran döneminde de 1,8 milyar dolara ulaştı.")
    assert [(f[1], f[2], f[3]) for f in _trade(text, date(2024, 8, 20))] == [
        ("2023", "turnover", 3000.0), ("2024-H1", "turnover", 1800.0)]
    text = ("Azerbaijan's exports to Kazakhstan reached $900 million last year. "
            "In the first quarter of this year, $250 million.")
    assert [(f[1], f[2], f[3]) for f in _trade(text, date(2024, 5, 20))] == [
        ("2023", "export", 900.0), ("2024-Q1", "export", 250.0)]
    # another subject between the period and the amount: not the same trade
    text = ("Azerbaijan's exports to Kazakhstan reached $900 million last year. "
            "In the first quarter of this year, investments reached $250 million.")
    assert [(f[1], f[2], f[3]) for f in _trade(text, date(2024, 5, 20))] == [("2023", "export", 900.0)]
