"""Eightieth round, series80b (docs/extraction.md: figures.py): the form behind the second half of dev/1248's yearly
series, told in short invented sentences. A trade's years are told as steps of one series, and the series goes on in
the next sentence with no trade word of its own, "it" its subject and its first step opening it ("After a dip to $410
million in 2022, it recovered to $480 million in 2024 and reached about $520 million last year, up 8.3%", "It then
fell to $410 million in 2022 and climbed to …"): each step is that year's figure of the same two states' turnover, and
a rate told at the end is the last step's. Not when the clause after the opening step is not the trade's ("…, the
tenge recovered to …"), nor when its year is not later than the figure before's (a look back). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 1)
LEAD = ("Ties\n\nTrade between Kazakhstan and Azerbaijan has grown. Bilateral turnover stood at $300 million in 2018 "
        "and rose to $450 million in 2020. ")
KAZ_AZE = proposed.pair("Kazakhstan", "Azerbaijan")
BEFORE = {(KAZ_AZE, "2018", "turnover", 300.0), (KAZ_AZE, "2020", "turnover", 450.0)}


# plant: the _series_goes_on branch of find_figures dropped (the next sentence's steps give no figure)
def test_a_series_going_on_after_a_dip_gives_each_steps_figure():
    text = LEAD + ("After a dip to $410 million in 2022, it recovered to $480 million in 2024 and reached about "
                   "$520 million last year, up 8.3% on the year before.")
    assert proposed.trade_values(text, DAY) == BEFORE | {(KAZ_AZE, "2022", "turnover", 410.0),
                                                         (KAZ_AZE, "2024", "turnover", 480.0),
                                                         (KAZ_AZE, "2025", "turnover", 520.0)}


# plant: "It" dropped from _SERIES_GOES_ON_LEAD's openings
def test_a_series_going_on_with_it_then_fell_gives_each_steps_figure():
    text = LEAD + "It then fell to $410 million in 2022 and climbed to $480 million in 2024."
    assert proposed.trade_values(text, DAY) == BEFORE | {(KAZ_AZE, "2022", "turnover", 410.0),
                                                         (KAZ_AZE, "2024", "turnover", 480.0)}


# plant: the _SERIES_STEP_END clause end dropped from _first_clause_end (the first step takes the last step's rate)
def test_the_rate_at_the_series_end_is_the_last_steps_only():
    text = LEAD + ("After a dip to $410 million in 2022, it recovered to $480 million in 2024 and reached about "
                   "$520 million last year, up 8.3% on the year before.")
    growth = {figure[1]: figure[5] for figure in proposed.trade(text, DAY)}
    assert growth == {"2018": "", "2020": "", "2022": "", "2024": "", "2025": "8.3"}


# plant: _series_goes_on returns True for an "After a …" opening whatever clause follows it
def test_a_dip_opening_another_things_clause_is_no_step_of_the_trade():
    text = LEAD + "After a dip to $410 million in 2022, the tenge recovered to 450 per dollar in 2024."
    assert proposed.trade_values(text, DAY) == BEFORE


# plant: _series_goes_on's "later than the figure before's year" test dropped
def test_a_dip_to_an_earlier_year_is_no_step_of_the_series():
    text = LEAD + "After a dip to $410 million in 2019, it recovered to $480 million in 2024."
    assert proposed.trade_values(text, DAY) == BEFORE
