"""Eightieth round, check80 (docs/extraction.md: when.py, quotes.py, visits.py, figures.py): the forms behind the
dev/1242, dev/1251 and dev/1252 misses (an English fact-check of a minister's figure against two statistics offices;
a Russian working visit to two cities; an English weekly newsletter of bullets), told in short invented sentences. A
Russian span of days "с 14 по 16 октября" starts the visit on its first day; a quote closed by its full stop and
followed by "X answered in kind." is not X's but the speaker's who introduced it; taking "some 60 companies" or a
delegation to a city is a visit there; a second statistics office that "counts even less for the same year: just
under $X" gives that trade's figure of the year just told; and a figure trade "would reach" at a past year's growth
rate is a projection, no target. Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 16)
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")


# plant: the "по" alternative dropped from when._DAY_THEN_MONTH
def test_a_russian_span_from_one_day_to_another_starts_on_the_first():
    text = ("Визит в Баку\n\nМинистр торговли Казахстана Арман Шаккалиев с 12 по 14 октября находился с рабочим "
            "визитом в Азербайджане. Переговоры прошли в Баку.")
    assert [v[2] for v in proposed.visits(text, DAY)] == ["2026-10-12"]
    # a day told alone after "по" with no day before it is no span
    alone = text.replace("с 12 по 14 октября находился", "находился по 14 октября")
    assert "2026-10-12" not in [v[2] for v in proposed.visits(alone, DAY)]


# plant: the " in kind" alternative dropped from quotes._new_sentence
def test_a_reply_in_kind_after_a_closed_quote_is_not_its_attribution():
    text = ("Forum notes\n\nAzerbaijani Economy Minister Mikayil Jabbarov called Kazakhstan \"our most reliable "
            "partner in the Caspian.\" Serik Zhumangarin answered in kind. \"We feel the same,\" he said.")
    assert ("Mikayil Jabbarov", "our most reliable partner in the Caspian.") in proposed.quotes(text, DAY)
    # with a comma inside the quote, "X answered in kind" still gives X his own words
    own = ("Forum notes\n\n\"We feel exactly the same about Baku,\" Serik Zhumangarin answered in kind.")
    assert proposed.quotes(own, DAY) == [("Serik Zhumangarin", "We feel exactly the same about Baku")]


# plant: the _TOOK_COMPANIES_TO alternative dropped from visits._VISIT
def test_taking_companies_to_a_city_is_a_visit_there():
    text = ("Week in review\n\nAzerbaijan's Economy Minister Mikayil Jabbarov took some 40 companies to Tashkent on "
            "Tuesday for a business forum.")
    assert [(v[0], v[3]) for v in proposed.visits(text, DAY)] == [("Mikayil Jabbarov", "Tashkent")]
    # taking part in a forum is no visit by these words
    assert proposed.visits(text.replace("took some 40 companies to Tashkent", "took part in a forum"), DAY) == []


# plant: the _office_counts_before_colon branch in figures.find_figures (_office_counts_before_colon returning None)
def test_a_second_office_counting_less_for_the_same_year_gives_its_figure():
    text = ("Fact check\n\nAccording to Kazakhstan's Bureau of National Statistics, trade between Kazakhstan and "
            "Türkiye amounted to $4.1 billion in 2025. Kazakh exports made up $2.5 billion of it.\n\n"
            "The Turkish Statistical Institute counts even less for the same year: just under $3.9 billion.")
    assert (KZ_TR, "2025", "turnover", 3900.0, "under", "") in proposed.trade(text, DAY)
    # a company counting more is no office of statistics: no figure
    firm = text.replace("The Turkish Statistical Institute counts", "The shipping firm counts")
    assert 3900.0 not in [t[3] for t in proposed.trade(firm, DAY)]


# plant: the past-year growth-rate alternative dropped from figures._ESTIMATE
def test_a_projection_at_a_past_years_growth_rate_is_no_target():
    text = ("Fact check\n\nThe two governments have set a goal of $10 billion in annual trade between Kazakhstan and "
            "Türkiye by 2030. At the 2025 growth rate, trade would reach roughly $6.5 billion by the end of the "
            "decade.")
    assert [t[1] for t in proposed.targets(text, DAY)] == [10000.0]
    # the goal itself, told with "would reach" and no growth rate, stays a target
    goal = text.replace("At the 2025 growth rate, trade would reach roughly $6.5 billion by the end of the decade.",
                        "The leaders agreed that trade would reach $12 billion by 2035.")
    assert 12000.0 in [t[1] for t in proposed.targets(goal, DAY)]
