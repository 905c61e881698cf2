"""Seventieth round, factcheck70 (docs/extraction.md: figures.py, name_forms.py, visits.py, when.py): the forms behind
the dev/1122 and 1126 misses, told in short invented sentences. The exact figure told after the source's publication
as a lead, "In its annual bulletin released on February 16, the exact figure is …", which replaces the round one
before it (1122); a state outside the ties named only in an opening aside on the times before a bare trade noun, "In
2022, at the height of the re-export boom that followed sanctions on Russia, turnover reached …" (1122); a holder's
name in the zh romanisation of ж, "Zheenbek Kulubayev" for the table's Jeenbek Kulubaev (1126); one weekday spent in a
place, "spent Monday in Ankara for a session of …" (1126); and speaking to a council in session abroad, "told the
Kazakh–Kyrgyz business council in Almaty on March 5" (1122). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
KG_KZ = proposed.pair("Kyrgyzstan", "Kazakhstan")
TJ_UZ = proposed.pair("Tajikistan", "Uzbekistan")


# plant: figures._EXACT_SOURCE_LEAD left out of _FIGURE_BACK's `exact` branch
def test_the_exact_figure_after_the_source_s_publication():
    text = ("The statistics office puts trade between Kyrgyzstan and Kazakhstan in 2025 at $1.52 billion. In its "
            "yearly report published on January 20, the exact figure is $1,517.6 million, which is 4.2% more than in "
            "2024.")
    assert proposed.trade(text, DAY) == [(KG_KZ, "2025", "turnover", 1517.6, "exact", "4.2")]
    other = ("Trade between Kyrgyzstan and Kazakhstan reached about $1.5 billion last year. According to the "
             "committee's final count, the precise figure was $1,488.2 million.")
    assert proposed.trade(other, DAY) == [(KG_KZ, "2025", "turnover", 1488.2, "exact", "")]


# plant: figures._outsiders_only_in_an_aside ignoring _CONTEXT_ASIDE_BEFORE_TRADE
def test_an_outsider_named_only_in_an_opening_aside_on_the_times():
    text = ("Trade between Tajikistan and Uzbekistan has slowed. In 2023, at the height of the transit boom that "
            "followed sanctions on Russia, turnover reached nearly $900 million.")
    assert proposed.trade(text, DAY) == [(TJ_UZ, "2023", "turnover", 900.0, "approaching", "")]
    other = ("Trade between Tajikistan and Uzbekistan has slowed. In 2022, amid the rush of goods re-routed around "
             "Russia, trade rose to $780 million.")
    assert proposed.trade_values(other, DAY) == {(TJ_UZ, "2022", "turnover", 780.0)}
    # the outsider as the partner after the trade noun is no aside's: no figure of the two
    partner = ("Trade between Tajikistan and Uzbekistan has slowed. In 2023, amid the transit boom, trade with Russia "
               "reached $5 billion.")
    assert proposed.trade_values(partner, DAY) == set()


# plant: the zh variant dropped from name_forms._TRANSLITERATION_VARIANTS
def test_a_holder_s_name_in_the_zh_romanisation():
    text = ('"Our border posts will be open around the clock from May," Foreign Minister Zheenbek Kulubayev wrote on X '
            'on Tuesday.')
    assert proposed.quotes(text, date(2026, 9, 25)) == [
        ("Jeenbek Kulubaev", "Our border posts will be open around the clock from May")]
    other = ('"The budget for roads will double next year," Cabinet chair Akylbek Zhaparov told deputies on Monday.')
    assert proposed.quotes(other, date(2023, 5, 10)) == [
        ("Akylbek Japarov", "The budget for roads will double next year")]


# plant: the weekday dropped from visits._SPENT_ONE_DATE (so too, apart: "spent" dropped from when.WEEKDAY)
def test_a_weekday_spent_in_a_place():
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev spent Monday in Ankara for a session of the joint commission, "
            "where a protocol was signed.")
    assert proposed.visits(text, date(2026, 9, 25)) == [
        ("Jeenbek Kulubaev", "Türkiye", "2026-09-21", "Ankara", "other")]
    other = "Azerbaijani Foreign Minister Jeyhun Bayramov spent Thursday in Tashkent, meeting officials of the region."
    assert proposed.visits(other, date(2026, 9, 25)) == [
        ("Jeyhun Bayramov", "Uzbekistan", "2026-09-24", "Tashkent", "other")]


# plant: "council" dropped from visits._EVENT (so too, apart: the en dash dropped from _EVENT_PHRASE's words)
def test_speaking_to_a_council_in_session_abroad():
    text = ('"Our trade must grow faster," Kyrgyz Foreign Minister Jeenbek Kulubaev told the Kazakh–Kyrgyz business '
            'council in Almaty on March 5, 2026.')
    assert proposed.visits(text, DAY) == [("Jeenbek Kulubaev", "Kazakhstan", "2026-03-05", "Almaty", "other")]
    other = ("Azerbaijani Foreign Minister Jeyhun Bayramov addressed the intergovernmental council in Tashkent on "
             "Tuesday.")
    assert proposed.visits(other, DAY) == [("Jeyhun Bayramov", "Uzbekistan", "2026-03-10", "Tashkent", "other")]
    # at home, no visit
    home = "Kazakh Foreign Minister Murat Nurtleu told the Kazakh–Kyrgyz business council in Almaty on March 5."
    assert proposed.visits(home, DAY) == []
