"""Ninety-fourth round, t1 (docs/extraction.md: figures.py, visits.py): a quote on the year's trade broken by its
attribution and resumed with a further clause of another period ('"Last year our trade reached $3.2 billion," the
minister told reporters, "and in the first quarter of this year it has grown by another nine percent."'): that rate is
the quarter's, not the year's figure's (figures._clause_of_another_period, _QUOTE_RESUMED). A sentence "The <year>
figure was N percent above the $X recorded in <earlier year>" right after that year's figure gives it its growth and
$X as the earlier year's level, no growth of its own (figures._THIS_FIGURE_OPENS, _rate_over_level; only the year of
the figure before). And the visitor who "also signed a memorandum … with" a host minister, the document's subject long
before "with", signed one (visits._PARTIES_SIGNED_ONE).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 15)
HU_KZ = proposed.pair("Hungary", "Kazakhstan")
LEAD = ("Budapest and Astana eye more trade\n\n"
        "Astana, May 15 – Hungary and Kazakhstan expect another record year, Hungarian Foreign Minister "
        "Péter Szijjártó said in Astana on Friday.\n\n")


# plant: the _QUOTE_RESUMED branch taken out of _clause_of_another_period (the quarter's rate the year's growth)
def test_a_rate_of_another_period_in_the_resumed_quote_is_not_the_year_s_growth():
    text = LEAD + ('"Last year, trade between Hungary and Kazakhstan reached 3.2 billion dollars," Szijjártó told '
                   'reporters, "and in the first quarter of this year it has grown by another nine percent."')
    assert proposed.trade(text, DAY) == [(HU_KZ, "2025", "turnover", 3200.0, "exact", "")]
    # the near form: resumed with no period of its own, the rate is still the year's
    same = LEAD + ('"Last year, trade between Hungary and Kazakhstan reached 3.2 billion dollars," Szijjártó told '
                   'reporters, "and it has grown by nine percent."')
    assert proposed.trade(same, DAY) == [(HU_KZ, "2025", "turnover", 3200.0, "exact", "9")]


# plant: the "the <year> figure" alternative taken out of _THIS_FIGURE_OPENS (the rate read as the 2024 level's growth)
def test_the_year_figure_above_an_earlier_year_s_amount_gives_that_year_its_growth():
    text = LEAD + ("Last year, trade between Hungary and Kazakhstan reached 3.2 billion dollars. The 2025 figure was "
                   "12 percent above the 2.85 billion dollars recorded in 2024, the minister added.")
    assert sorted(proposed.trade(text, DAY), key=lambda r: r[1]) == [
        (HU_KZ, "2024", "turnover", 2850.0, "exact", ""), (HU_KZ, "2025", "turnover", 3200.0, "exact", "12")]


# plant: the `opens["year"] != last` check taken out of _rate_over_level (another year's figure given the rate)
def test_a_figure_of_another_year_named_gives_the_figure_before_no_growth():
    text = LEAD + ("Last year, trade between Hungary and Kazakhstan reached 3.2 billion dollars. The 2023 figure was "
                   "12 percent above the 2.85 billion dollars recorded in 2022, the minister added.")
    assert (HU_KZ, "2025", "turnover", 3200.0, "exact", "") in proposed.trade(text, DAY)


VISIT = ("Szijjártó in Astana\n\n"
         "Astana, May 15 – Hungarian Foreign Minister Péter Szijjártó said in Astana on Friday that trade keeps "
         "growing.\n\n"
         "Péter Szijjártó, who arrived in the Kazakh capital on Friday morning, held talks with Foreign Minister "
         "Murat Nurtleu. ")


# plant: _PARTIES_SIGNED_ONE's "he … signed an … with" lookahead back to 60 characters
def test_he_also_signed_a_memorandum_with_a_long_subject_before_with_is_one_document():
    text = VISIT + ("He also signed a memorandum of understanding on cooperation in the training of railway "
                    "engineers with Kazakh Minister of Transport Marat Karabayev.")
    assert proposed.documents(text, DAY) == ["1"]
    # the near form: a memorandum he only spoke about is none signed
    spoke = VISIT + ("He also spoke about a memorandum of understanding on cooperation in the training of railway "
                     "engineers with Kazakh Minister of Transport Marat Karabayev.")
    assert proposed.documents(spoke, DAY) in (["0"], [""])  # the visit, no document counted
