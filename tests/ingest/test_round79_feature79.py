"""Seventy-ninth round, feature79 (docs/extraction.md: quotes.py, figures.py): the forms behind the dev/1234 and
dev/1240 misses (an English feature with a pull quote and a correction note; an op-ed quoting an ambassador's column),
told in short invented sentences. A pull quote, someone's words set again as a paragraph of their own, is no second
record (nor the words of the speaker of the paragraph before it), while a quote paragraph of new words stays that
speaker's; an expectation of what trade will reach "as early as next year" is a forecast, no target, while the goal
told beside it stays one; and an envoy titled with his post's city ("Turkey's ambassador in Baku, X Y,") who "wrote
in a column for …" that the relationship “…” is the speaker of those words, not when the clause gives them to someone
else. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 15)
UZ_TR = proposed.pair("Uzbekistan", "Türkiye")
LEAD = ("Trucks and textiles: a new Silk Road\n\n"
        "“The border is open, but the paperwork is still closed,” said Aida Karimova, an economist at a Tashkent "
        "research centre.\n\n"
        "Deputy Prime Minister Jamshid Khodjaev flew to Bursa last week. “Bursa and Andijan weave the same cloth,” "
        "Khodjaev told textile makers there.\n\n")
KARIMOVA = ("Aida Karimova", "The border is open, but the paperwork is still closed")
KHODJAEV = ("Jamshid Khodjaev", "Bursa and Andijan weave the same cloth")


# plant: quotes._drop_pull_quotes returning `found` unchanged
def test_a_pull_quote_is_no_second_record_nor_the_last_speakers():
    text = LEAD + "“The border is open, but the paperwork is still closed.”\n\nSome exporters are less sure."
    assert proposed.quotes(text, DAY) == [KARIMOVA, KHODJAEV]
    # set before the telling in running text, it is dropped too
    early = ("Trucks and textiles: a new Silk Road\n\nDeputy Prime Minister Jamshid Khodjaev flew to Bursa last week. "
             "“Bursa and Andijan weave the same cloth,” Khodjaev told textile makers there.\n\n"
             "“The border is open, but the paperwork is still closed.”\n\n"
             "“The border is open, but the paperwork is still closed,” said Aida Karimova, an economist at a Tashkent "
             "research centre.")
    assert proposed.quotes(early, DAY) == [KHODJAEV, KARIMOVA]
    # a paragraph of new words after a speaker's quote stays his
    words = "Our mills will double their orders from Turkish buyers within two years."
    new = LEAD + f"“{words}”\n\nSome exporters are less sure."
    assert proposed.quotes(new, DAY) == [KARIMOVA, KHODJAEV, ("Jamshid Khodjaev", words)]


# plant: the "as (early|soon) as" opening dropped from figures._THIS_YEAR_AFTER
def test_an_expectation_as_early_as_next_year_is_a_forecast_not_a_target():
    text = ("Uzbekistan and Türkiye traded goods worth $3bn last year.\n\nTrade Minister Laziz Kudratov said he "
            "expected trade between Uzbekistan and Türkiye to reach $4bn as early as next year, and that the "
            "presidents' goal of $5 billion in annual trade was within reach.")
    assert proposed.targets(text, DAY) == [(UZ_TR, 5000.0, "")]
    assert proposed.targets(text.replace("as early as next year", "as soon as 2027"), DAY) == [(UZ_TR, 5000.0, "")]
    # an expectation by a year further off stays a target, as before
    assert (UZ_TR, 4000.0, "2030") in proposed.targets(text.replace("as early as next year", "by 2030"), DAY)


COLUMN = ("Trade notes\n\nOfficials insist the numbers tell only half the story. {} “cannot be measured only by what "
          "crosses the border at Sarp”. Fair enough.")
WORDS = "cannot be measured only by what crosses the border at Sarp"


# plant: "column|commentary" dropped from quotes._EN_IN_MESSAGE_THAT
def test_a_columnists_words_after_wrote_in_a_column_that():
    text = COLUMN.format("Ambassador Ahmet Demirci wrote in a column for Yeni Gazete this month that the relationship")
    assert proposed.quotes(text, DAY) == [("Ahmet Demirci", WORDS)]
    # the clause giving the words to someone else: none of his
    other = COLUMN.format("Ambassador Ahmet Demirci wrote in a column for Yeni Gazete that President Ilham Aliyev had "
                          "called the relationship")
    assert ("Ahmet Demirci", WORDS) not in proposed.quotes(other, DAY)


# plant: "in" dropped from the title's prepositions in quotes._TITLE_NAME_APPOSITIVE
def test_an_envoy_titled_with_his_posts_city_before_his_name():
    text = COLUMN.format("Turkey's ambassador in Baku, Ahmet Demirci, said that the relationship")
    assert proposed.quotes(text, DAY) == [("Ahmet Demirci", WORDS)]
    both = COLUMN.format("Turkey's ambassador in Baku, Ahmet Demirci, wrote in a column for Yeni Gazete this month "
                         "that the relationship")
    assert proposed.quotes(both, DAY) == [("Ahmet Demirci", WORDS)]
