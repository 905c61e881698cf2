"""Eightieth round, chrono80 (docs/extraction.md: visits.py, figures.py): the forms behind the dev/1248 misses, told
in short invented sentences. An anniversary piece carries a "Chronology" of dated lines ("25 October 2017 – …"), each
told in the historical present: a leader "pays a state visit to", "arrives in", "travels to", "stops in" a place, or
"attends the summit … in" a city; each dated line is a visit of that day, as its past tense would be. The piece then
tells a trade's years as steps of one series in one sentence ("stood at $1.2 billion in 2017, rose to $2.1 billion
in 2019 and passed $3 billion for the first time in 2021"): each step is that year's figure. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 1)
HEAD = ("Kazakhstan and Azerbaijan: thirty years\n\nASTANA – The two states mark thirty years of ties today."
        "\n\nChronology\n\n")


# plant: "pays" dropped from _VISITOR_CUES (b) (the present-tense visit finds no visitor)
def test_a_chronology_line_paying_a_visit_is_that_days_visit():
    text = HEAD + ("3 June 1996 – Relations are established.\n\n"
                   "14 May 2019 – President Kassym-Jomart Tokayev pays a state visit to Azerbaijan; "
                   "eight documents are signed in Baku.\n")
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2019-05-14", "Baku", "state")]


# plant: "arrives" dropped from _VISIT and _VISITOR_CUES (b)
def test_a_chronology_line_arriving_is_that_days_visit():
    text = HEAD + ("3 June 1996 – Relations are established.\n\n"
                   "9 September 2021 – President Ilham Aliyev arrives in Astana on an official visit.\n")
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kazakhstan", "2021-09-09", "Astana", "official")]


# plant: "stop(s|ped) in" dropped from _VISIT (the near form, a stop in a year, is also kept out by the rules
# reading no place nor day there: dropping the lookaheads alone was seen passing)
def test_stopping_in_a_city_is_a_visit_but_a_trade_stopping_in_a_year_is_none():
    text = HEAD + ("3 June 1996 – Relations are established.\n\n"
                   "2 April 1997 – President Heydar Aliyev stops in Almaty on his tour of the region.\n")
    assert proposed.visits(text, DAY) == [("Heydar Aliyev", "Kazakhstan", "1997-04-02", "Almaty", "other")]
    near = HEAD + ("3 June 1996 – Relations are established.\n\n"
                   "2 April 1997 – Oil shipments by President Heydar Aliyev's order stopped in 1998 for a year.\n")
    assert proposed.visits(near, DAY) == []


# plant: "attends" dropped from _ATTEND
def test_a_chronology_line_attending_a_summit_is_a_summit_visit():
    text = HEAD + ("3 June 1996 – Relations are established.\n\n"
                   "6 July 2024 – President Ilham Aliyev attends the summit of the Shanghai Cooperation "
                   "Organisation in Astana.\n")
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kazakhstan", "2024-07-06", "Astana", "summit")]


SERIES = ("Trade between Kazakhstan and Azerbaijan has grown. Bilateral turnover stood at $300 million in 2018, "
          "rose to $450 million in 2020 and passed $500 million for the first time in 2022.")
KAZ_AZE = proposed.pair("Kazakhstan", "Azerbaijan")


# plant: _series_step_further not called among the further clauses (the steps after the first give no figure)
def test_each_step_of_a_yearly_series_is_its_years_figure():
    read = proposed.trade_values("Ties\n\n" + SERIES, DAY)
    assert read == {(KAZ_AZE, "2018", "turnover", 300.0), (KAZ_AZE, "2020", "turnover", 450.0),
                    (KAZ_AZE, "2022", "turnover", 500.0)}


# plant: _series_step_further's "later than the step before" test dropped
def test_a_step_back_to_an_earlier_year_is_no_figure_of_its_own():
    # a look back to an earlier year is a comparison, not a further step of the series
    text = ("Ties\n\nTrade between Kazakhstan and Azerbaijan has grown. Bilateral turnover reached $500 million in "
            "2022, and passed $300 million in 2018.")
    assert proposed.trade_values(text, DAY) == {(KAZ_AZE, "2022", "turnover", 500.0)}
