"""Thirty-ninth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py): the forms behind
the dev misses of the part and of the probes, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 15)


def test_a_further_rate_clause_may_carry_an_approximate_rate_and_year_on_year():
    # plant: the "(?:year[\s-]on[\s-]year\s+)?" and the approximate word dropped from figures._RATE_TO_END and
    # figures._CLAUSE_VERB
    hu = proposed.pair("Hungary", "Uzbekistan")
    after = ("Trade between Hungary and Uzbekistan reached $310 million in 2025, and rose 9% year on year to $240 million "
             "in the first seven months of 2026.")
    got = proposed.trade(after, DAY)
    assert (hu, "2026-7M", "turnover", 240.0, "exact", "9") in got
    assert (hu, "2025", "turnover", 310.0, "exact", "") in got  # the rate is the further clause's, not the year's
    before = ("Trade between Hungary and Uzbekistan reached 310 million dollars last year, and in January–July this year "
              "it rose by about 9 percent to 240 million dollars.")
    got = proposed.trade(before, DAY)
    assert (hu, "2026-7M", "turnover", 240.0, "exact", "9") in got and (hu, "2025", "turnover", 310.0, "exact", "") in got
    # precision: a comparison amount after the rate is still no figure ("up from")
    up_from = "Trade between Hungary and Uzbekistan rose 9% year on year to $310 million in 2025, up from $284 million."
    assert {f[2:4] for f in proposed.trade(up_from, DAY)} == {("turnover", 310.0)}
