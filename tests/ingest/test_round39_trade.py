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


def test_last_year_next_to_a_part_year_period_is_that_part_of_last_year():
    # plant: the "candidates = _part_of_last_year(…)" dropped from when.period_in
    ak = proposed.pair("Azerbaijan", "Kyrgyzstan")
    az = ("Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi yanvar-iyul aylarında 98,4 milyon dollar olub. Ötən il yanvar-iyul "
          "aylarında bu göstərici 71,2 milyon dollar olub.")
    assert (ak, "2025-7M", "turnover", 71.2) in proposed.trade_values(az, DAY)
    ru = "В прошлом году за январь–июль товарооборот Азербайджана и Кыргызстана составил 71,2 млн долларов."
    assert (ak, "2025-7M", "turnover", 71.2) in proposed.trade_values(ru, DAY)
    tr = "Geçen yıl ocak-temmuz döneminde Azerbaycan ile Kırgızistan arasındaki ticaret hacmi 71,2 milyon dolar oldu."
    assert (ak, "2025-7M", "turnover", 71.2) in proposed.trade_values(tr, DAY)
    # precision: "last year" in a clause of its own keeps its whole year, and the range of no "last year" is this year's
    apart = ("Trade between Azerbaijan and Kyrgyzstan came to $98 million last year, and in January–July it was $71.2 "
             "million.")
    assert {f[1] for f in proposed.trade_values(apart, DAY)} == {"2025", "2026-7M"}


def test_an_amount_given_again_in_another_currency_in_brackets_keeps_its_growth():
    # plant: the "_OTHER_CURRENCY_BRACKET.match(segment)" check dropped from figures._clause_start
    kt = proposed.pair("Kyrgyzstan", "Türkiye")
    text = "Trade between Kyrgyzstan and Türkiye reached $1.2bn (£900m) last year, up 6% on 2024, when it stood at $1.13bn."
    got = proposed.trade(text, DAY)
    assert (kt, "2025", "turnover", 1200.0, "exact", "6") in got and (kt, "2024", "turnover", 1130.0, "exact", "") in got
    euro = text.replace("(£900m)", "(about 1.1 billion euros)")
    assert (kt, "2025", "turnover", 1200.0, "exact", "6") in proposed.trade(euro, DAY)
    # precision: a growth in the bracket is no conversion: it stays the first amount's, the later fall the import's
    ru = ("Товарооборот Кыргызстана с Турцией в 2025 году составил 1,2 млрд долларов (+6%), импорт из Турции сократился на 3% – до "
          "900 млн долларов.")
    got = proposed.trade(ru, DAY)
    assert (kt, "2025", "turnover", 1200.0, "exact", "6") in got and (kt, "2025", "import", 900.0, "exact", "-3") in got
