"""Eighty-ninth round, t1 (docs/extraction.md: figures.py, trade figures and their growth): a Turkish or Azerbaijani
sentence of two figures joined by "iken"/"ikən" (while it was: "… 2023'te 2 milyar dolar iken geçen yıl yüzde 15
artışla 2,3 milyar dolara yükseldi") gives both, each of its own period, the growth the second's, as the "ve"/"və"
clause does; and a growth told alone in the sentence after a whole year's figure is not that figure's when it is of
another scope (non-oil trade, "Qeyri-neft ticarətində artım …") or of a count of months with no year ("… səkkiz ayda
25 faiz …", "in the first eight months"). Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")

_WHILE_TR = ("Ankara ile Astana yakınlaşıyor\n\n"
             "Resmi verilere göre Türkiye ile Kazakistan arasındaki ticaret hacmi 2024'te 2 milyar 600 milyon dolar "
             "iken geçen yıl yüzde 15 artışla 2 milyar 990 milyon dolara yükseldi. Bu artış sevindirici.")


# plant: the `|\s+(?:iken|ikən),?\s+` alternative taken out of _LOCAL_AND_OPEN (the rule before round 89: one figure,
# the 2024 one, with the second's growth)
def test_two_figures_joined_by_iken_each_of_its_own_period_the_growth_the_seconds():
    assert sorted(proposed.trade(_WHILE_TR, DAY), key=lambda f: f[1]) == [
        (TR_KZ, "2024", "turnover", 2600.0, "exact", ""),
        (TR_KZ, "2025", "turnover", 2990.0, "exact", "15")]
    # the near forms: after "iken" another partner's trade, or a goal, is no further figure of the pair (no round 89
    # plant: they still pass with _local_and_clause_period's guards after the period dropped, the other pair's and the
    # target's own readings hold them; checked on the merged code, round 89 re-plant)
    other = ("Ankara ile Astana yakınlaşıyor\n\n"
             "Türkiye ile Kazakistan arasındaki ticaret hacmi geçen yıl 3 milyar dolar iken Özbekistan ile ticaret "
             "2024'te 2 milyar dolara ulaştı.")
    assert proposed.trade_values(other, DAY) == {(TR_KZ, "2025", "turnover", 3000.0),
                                                 (proposed.pair("Türkiye", "Uzbekistan"), "2024", "turnover", 2000.0)}
    goal = ("Ankara ile Astana yakınlaşıyor\n\n"
            "Türkiye ile Kazakistan arasındaki ticaret hacmi 2024'te 3 milyar dolar iken 2030'da 10 milyar dolara "
            "çıkması hedefleniyor.")
    assert proposed.trade_values(goal, DAY) == {(TR_KZ, "2024", "turnover", 3000.0)}
    assert proposed.targets(goal, DAY) == [(TR_KZ, 10000.0, "2030")]


# plant: `" ikən " not in segment` dropped from the gate of _local_and_clause_period (the Azerbaijani form not read)
def test_the_azerbaijani_ikan_too():
    text = ("Bakı və Daşkənd arasında ticarət artır\n\n"
            "Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi 2024-cü ildə 300 milyon dollar ikən ötən il 20 "
            "faiz artaraq 360 milyon dollara çatıb.")
    assert sorted(proposed.trade(text, DAY), key=lambda f: f[1]) == [
        (AZ_UZ, "2024", "turnover", 300.0, "exact", ""),
        (AZ_UZ, "2025", "turnover", 360.0, "exact", "20")]


_AZ_YEAR = ("Azərbaycan və Özbəkistan əməkdaşlığı\n\n"
            "Ötən il Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi 400 milyon dollara yaxın olub. ")


# plant: the `_scope(s.text, s.check) != last.scope` guard taken out of _growth_of_last
def test_a_non_oil_growth_after_a_years_figure_is_not_its_growth():
    text = _AZ_YEAR + "Qeyri-neft ticarətində artım 25 faiz olub."
    assert [f[5] for f in proposed.trade(text, DAY) if f[1] == "2025"] == [""]
    english = ("Azerbaijan and Uzbekistan\n\nLast year trade between Azerbaijan and Uzbekistan came to $400 million. "
               "Non-oil trade grew 25 percent.")
    assert [f[5] for f in proposed.trade(english, DAY) if f[1] == "2025"] == [""]


# plant: the _GROWTH_OVER_MONTHS guard taken out of _growth_of_last
def test_a_growth_over_a_count_of_months_is_not_a_whole_years():
    text = _AZ_YEAR + "Dövriyyədə artım səkkiz ayda 25 faizə çatıb."
    assert [f[5] for f in proposed.trade(text, DAY) if f[1] == "2025"] == [""]
    english = ("Azerbaijan and Uzbekistan\n\nLast year trade between Azerbaijan and Uzbekistan came to $400 million. "
               "Trade grew 25 percent in the first eight months.")
    assert [f[5] for f in proposed.trade(english, DAY) if f[1] == "2025"] == [""]


# the near form: the pair's own growth on the year before still goes to the figure (plant: `return False` at the head
# of _growth_of_last's round 89 scope guard, made unconditional)
def test_the_pairs_own_growth_after_still_goes_to_the_figure():
    text = _AZ_YEAR + "Ötən illə müqayisədə ticarət dövriyyəsi 25 faiz artıb."
    assert [f[5] for f in proposed.trade(text, DAY) if f[1] == "2025"] == ["25"]
