"""Ninety-first round, t1 (docs/extraction.md: figures.py trade figures, visits.py a visit's days). A data desk's box of
one pair's figures names the pair by two-letter codes ("• AZ–KZ turnover, H1 2026: $812.4m") and goes on with lines
naming only a period ("• May 2026 alone: $150.2m (+4.1% y/y)", "• 9M 2025: $1.31bn", "• FY 2025: $1.75bn (+6.0%)"):
each the box pair's turnover, its growth in the bracket. A state "whose" trade with another the clause tells ("…,
behind Kazakhstan, whose H1 turnover with Azerbaijan came to $1.10bn") owns that figure. The value a balance changed
"from" ("the deficit narrowed to $210m from about $230m") is the balance's, no trade figure. "As recently as 2019 it
was under $90 million" looks back to the trade just told. A visit told as ended "that began in <city> on Monday"
began that Monday. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 12)  # a Wednesday
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")

BOX = ("BAKU, 12 August — Azerbaijan's trade with Kazakhstan reached $812.4m in H1 2026, the statistics committee "
       "said on Tuesday.\n\nKey numbers\n\n"
       "• AZ–KZ turnover, H1 2026: $812.4m (+12.0% y/y)\n"
       "• Azerbaijani exports to Kazakhstan, H1 2026: $301.5m\n")


# plant: _PERIOD_BULLET's head made to require "turnover" (the period-only lines then read by no rule)
def test_a_box_line_naming_only_its_period_is_the_box_pairs_turnover():
    text = BOX + "• May 2026 alone: $150.2m (+4.1% y/y)\n• 9M 2025: $1.31bn\n• FY 2025: $1.75bn (+6.0%)\n"
    found = proposed.trade(text, DAY)
    assert (AZ_KZ, "2026-05", "turnover", 150.2, "exact", "4.1") in found
    assert (AZ_KZ, "2025-9M", "turnover", 1310.0, "exact", "") in found
    assert (AZ_KZ, "2025", "turnover", 1750.0, "exact", "6") in found


# plant: in _period_bullet, `turnover = box` (any flow of the lines before taken as the box's turnover)
def test_a_period_line_after_no_box_of_turnover_gives_nothing():
    text = ("BAKU, 12 August — Azerbaijan's exports to Kazakhstan grew in the first half.\n\nKey numbers\n\n"
            "• Azerbaijani exports to Kazakhstan, H1 2026: $301.5m\n• 9M 2025: $1.31bn\n")
    assert {figure[1] for figure in proposed.trade(text, DAY)} == {"2026-H1"}


# plant: _code_pair's branch taken out of find_figures (the box's first line then the figure before's pair)
def test_two_letter_codes_joined_by_a_dash_name_the_boxs_pair():
    text = ("ASTANA, 12 August — Kazakhstan's trade with Uzbekistan reached $2.1bn in H1 2026.\n\nKey numbers\n\n"
            "• AZ–KZ turnover, H1 2026: $812.4m (+12.0% y/y)\n")
    assert (AZ_KZ, "2026-H1", "turnover", 812.4) in proposed.trade_values(text, DAY)


# plant: the "whose" alternative taken out of _clause_pair's owners
def test_the_state_whose_trade_a_relative_clause_tells_owns_the_figure():
    text = ("BAKU, 12 August — Türkiye's trade with Azerbaijan reached $3.4bn in H1 2026. Hungary ranked third among "
            "Azerbaijan's partners in the group, behind Kazakhstan, whose H1 turnover with Azerbaijan came to $1.10bn.")
    found = proposed.trade_values(text, DAY)
    assert (AZ_KZ, "2026-H1", "turnover", 1100.0) in found
    assert (proposed.pair("Azerbaijan", "Türkiye"), "2026-H1", "turnover", 1100.0) not in found


# plant: _FROM_THE_BALANCE_BEFORE's skip taken out (the earlier value then read as a trade figure)
def test_the_value_a_balance_changed_from_is_no_trade_figure():
    text = ("BAKU, 12 August — Azerbaijan's trade with Kazakhstan reached $812.4m in H1 2026. Exports grew faster "
            "than imports, narrowing Azerbaijan's deficit with Kazakhstan to $210.0m from about $230m a year earlier.")
    values = {figure[3] for figure in proposed.trade_values(text, DAY)}
    assert 812.4 in values and 230.0 not in values and 210.0 not in values


# plant: "(?<=recently\s)as" taken out of when._YEAR (the sentence then has no period of its own)
def test_as_recently_as_a_year_it_was_looks_back_to_the_trade_told():
    text = ("In 2025 trade between Azerbaijan and Kazakhstan reached $512.4 million, 21 per cent more than in 2024. "
            "As recently as 2019 it was under $90 million.")
    assert (AZ_KZ, "2019", "turnover", 90.0, "under", "") in proposed.trade(text, DAY)
    # not a year to come, "as late as" a deadline
    later = text.replace("As recently as 2019 it was", "As recently as 2019, officials said,")
    assert not any(figure[1] == "2019" for figure in proposed.trade(later, DAY))


# plant: in _ended_first, the began-clause branch taken out (the Monday then the last day, the visit from Sunday)
def test_an_ended_visit_that_began_on_a_day_starts_that_day():
    text = ("BAKU, 12 August — Mikayil Jabbarov, Azerbaijan's economy minister, wrapped up a two-day working visit to "
            "Kazakhstan that began in Aktau on Monday.")
    assert [visit[2] for visit in proposed.visits(text, DAY)] == ["2026-08-10"]
    # the day of the ending told, no beginning: the visit began the day before it
    ended = ("BAKU, 12 August — Mikayil Jabbarov, Azerbaijan's economy minister, wrapped up a two-day working visit "
             "to Kazakhstan on Tuesday.")
    assert [visit[2] for visit in proposed.visits(ended, DAY)] == ["2026-08-10"]
