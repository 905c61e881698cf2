"""Thirty-sixth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py): the forms behind
the dev misses of the part, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest import money
from tests.ingest import proposed

DAY = date(2026, 11, 12)  # a Thursday


def test_a_further_clause_in_the_perfect_with_already_keeps_its_own_period():
    # plant: the "(?:(?:had|has)\s+)?(?:already\s+|уже\s+)?" dropped from figures._CLAUSE_VERB
    en = ("Trade between Kazakhstan and Azerbaijan came to about 640 million dollars in 2025, and in January-August "
          "of this year it had already reached 515 million dollars.")
    ka = proposed.pair("Kazakhstan", "Azerbaijan")
    got = proposed.trade_values(en, DAY)
    assert (ka, "2025", "turnover", 640.0) in got and (ka, "2026-8M", "turnover", 515.0) in got
    assert any(f[1] != "2025" and f[3] == 515.0 for f in got)
    ru = ("Товарооборот Туркменистана и Узбекистана в 2025 году составил 1,3 млрд долларов, а за январь–июнь он уже "
          "превысил 700 млн долларов.")
    tu = proposed.pair("Turkmenistan", "Uzbekistan")
    got = proposed.trade_values(ru, DAY)
    assert (tu, "2026-H1", "turnover", 700.0) in got and (tu, "2025", "turnover", 700.0) not in got
    # precision: a word other than the perfect or "already" before the verb opens no clause of its own period
    got = proposed.trade_values(en.replace("it had already reached", "it had mostly reached"), DAY)
    assert not any(f[1] != "2025" and f[3] == 515.0 for f in got)


def test_a_short_sentence_after_a_trade_figure_with_the_figure_as_subject_goes_on_with_that_trade():
    # plant: the "текущего|этого|года|показатель|он|…" and "figure|it|had|…" lines dropped from figures._ELLIPTIC_BETWEEN
    ru = ("По итогам 2025 года товарооборот Туркменистана и Казахстана составил 820 млн долларов. За январь–июнь "
          "текущего года показатель составил 450 млн долларов.")
    tk = proposed.pair("Turkmenistan", "Kazakhstan")
    assert (tk, "2026-H1", "turnover", 450.0) in proposed.trade_values(ru, DAY)
    en = ("Trade between Hungary and Azerbaijan reached $310 million in 2025. In January-March the figure had reached "
          "$95 million.")
    ha = proposed.pair("Hungary", "Azerbaijan")
    assert (ha, "2026-Q1", "turnover", 95.0) in proposed.trade_values(en, DAY)
    # plant (re-plant after merging): only the English "figure|it|had|…" line dropped; the sentence above is also read
    # by the older _FIGURE_BACK, which allows "had" but not "already", so this one fails on it (no 2026-Q1 figure)
    already = en.replace("had reached", "had already reached")
    assert (ha, "2026-Q1", "turnover", 95.0) in proposed.trade_values(already, DAY)
    # precision: another subject (investment, a firm's revenue) is no stand-in of the trade
    other = ru.replace("текущего года показатель", "текущего года объем инвестиций")
    assert not any(f[3] == 450.0 for f in proposed.trade_values(other, DAY))
    other = en.replace("the figure had", "the bank's revenue had")
    assert not any(f[3] == 95.0 for f in proposed.trade_values(other, DAY))


def test_trade_in_a_branchs_goods_is_one_sectors_trade_not_the_pairs():
    # plant: the "|\b(?:trade|exports?|imports?)\s+in\s+…" alternative dropped from figures._SECTOR_FLOW
    text = ("Trade between Kyrgyzstan and Hungary reached $130 million in 2025. Bilateral trade in agricultural "
            "products stood at about $21 million.")
    got = proposed.trade_values(text, DAY)
    assert (proposed.pair("Kyrgyzstan", "Hungary"), "2025", "turnover", 130.0) in got
    assert not any(f[3] == 21.0 for f in got)
    assert not proposed.trade_values("Trade in cotton between Uzbekistan and Türkiye came to $75 million in 2025.", DAY)
    # precision: "trade in" a period or "in" before the pair is the pair's trade
    got = proposed.trade_values("Trade in 2025 between Kyrgyzstan and Hungary reached $130 million.", DAY)
    assert (proposed.pair("Kyrgyzstan", "Hungary"), "2025", "turnover", 130.0) in got


def test_a_hyphenated_dollar_amount_is_read_with_its_unit():
    """'some $3.9-billion' (Mining Weekly's and other South African and trade-press house style) is $3,900 million, not
    $3.9 read as dollars and rounded to nothing; a bare '$500,000' stays half a million."""
    # plant: `(?:\s|-)?` back to `\s?` after the number in money._PATTERNS' "dollar sign" (the figure was 0.0; found
    # by the forty-sixth held-out set after its run, so the rule came after the set was scored)
    text = "Turkish-Uzbek trade reached some $3.9-billion in 2025, and Uzbek exports to Türkiye were $410-million."
    got = proposed.trade_values(text, DAY)
    assert (proposed.pair("Türkiye", "Uzbekistan"), "2025", "turnover", 3900.0) in got
    assert (proposed.pair("Türkiye", "Uzbekistan"), "2025", "export", 410.0) in got
    assert [a.usd_m for a in money.amounts_in("a $500,000 grant")] == [0.5]
