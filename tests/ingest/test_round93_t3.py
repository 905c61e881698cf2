"""Ninety-third round, t3 (docs/extraction.md: money.py's conversions in brackets). A government release telling its
amounts in euros with the dollars in brackets, the currency's code or sign before the euro amount ("more than EUR 250
million (USD 270 million)", "€1 billion ($1.08 billion)") or English "euros" after it ("200 million euros ($216
million)"), reads the dollar amount with the words around the whole pair: the qualifier before the euro amount is the
dollar amount's, "up from EUR … (USD …) in 2024" is that year's figure, and "to raise trade to EUR … (USD …) by 2030"
a target. A euro amount with no dollars gives nothing, nor a credit line told in both; an Azerbaijani home amount with
its case ending before the bracket ("850 milyon manata (500 milyon dollar) çatdırmağı") is still read as round 75 reads
it. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)
HU_UZ = proposed.pair("Hungary", "Uzbekistan")
AZ_HU = proposed.pair("Azerbaijan", "Hungary")

RELEASE = ("Hungary and Uzbekistan will build a new logistics centre, Minister Péter Szijjártó announced in Tashkent "
           "on Tuesday.\n\n"
           "The minister said that bilateral trade turnover rose by 9 percent last year to more than EUR 250 million "
           "(USD 270 million), up from EUR 230 million (USD 248 million) in 2024. The two governments aim to raise "
           "annual trade to EUR 500 million (USD 540 million) by 2030.")


# plant: the currency code's alternative (`code`) taken out of money._HOME_AMOUNT_BEFORE_BRACKET (the qualifier then
# exact, the 2024 base and the target unread)
def test_a_dollar_amount_in_brackets_after_a_euro_code_takes_the_words_around_both():
    assert proposed.trade(RELEASE, DAY) == [(HU_UZ, "2025", "turnover", 270.0, "over", "9"),
                                            (HU_UZ, "2024", "turnover", 248.0, "exact", "")]
    assert proposed.targets(RELEASE, DAY) == [(HU_UZ, 540.0, "2030")]
    # the euro sign and the dollar sign read the same
    signs = RELEASE.replace("EUR ", "€").replace("USD ", "$")
    assert proposed.trade(signs, DAY) == proposed.trade(RELEASE, DAY)
    assert proposed.targets(signs, DAY) == [(HU_UZ, 540.0, "2030")]


# plant: money._SPANNED_HOME matching nothing ("(?!)"; the 2024 base and the target then unread)
def test_english_euros_after_the_amount_with_dollars_in_brackets():
    text = RELEASE.replace("EUR 250 million (USD 270 million)", "250 million euros ($270 million)") \
        .replace("EUR 230 million (USD 248 million)", "230 million euros ($248 million)") \
        .replace("EUR 500 million (USD 540 million)", "500 million euros ($540 million)")
    assert proposed.trade_values(text, DAY) == {(HU_UZ, "2025", "turnover", 270.0), (HU_UZ, "2024", "turnover", 248.0)}
    assert proposed.targets(text, DAY) == [(HU_UZ, 540.0, "2030")]


# plant: money._SPANNED_HOME as r"\w*$" (a home amount with a case ending spanned too: the Azerbaijani target lost)
def test_no_figure_from_euros_alone_nor_from_a_credit_line_and_case_endings_as_before():
    text = ("Hungary and Uzbekistan signed four agreements in Tashkent on Tuesday, Minister Péter Szijjártó said.\n\n"
            "In January trade between the two countries grew by 30 percent to EUR 21 million. Eximbank has opened a "
            "credit line of EUR 150 million (USD 162 million) for Hungarian companies investing in Uzbekistan.")
    assert proposed.trade(text, DAY) == []
    assert proposed.targets(text, DAY) == []
    az = ("Azərbaycan Prezidenti İlham Əliyev Budapeştdə Macarıstanın Baş naziri Viktor Orban ilə görüşüb. Tərəflər "
          "ticarət dövriyyəsini 2030-cu ilədək 850 milyon manata (500 milyon dollar) çatdırmağı qərara alıblar.")
    assert proposed.targets(az, DAY) == [(AZ_HU, 500.0, "2030")]
