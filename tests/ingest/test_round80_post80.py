"""Eightieth round, post80 (docs/extraction.md: sentences.py, visits.py, quotes.py, when.py, figures.py): the forms
behind the dev/1246 and dev/1249 misses (a TV transcript with timecodes and capitals labels; a ministry's post in
Azerbaijani with emoji bullets), told in short invented sentences. The Azerbaijani scale abbreviated before the
dollar's country ("246,8 mln. ABŞ dolları") is a unit, no sentence's end, so the figure, its growth and a target
told so are read; the one met, named in the comitative right before "görüşüb" ("naziri X Yla görüşüb"), is the
visitor without the ending, one visit with his bare name's arrival "dünən"; a transcript's first turn, timecoded,
under the guest's label and holding a term in quote marks is his quote whole, the host's turn none; "In nine months
of this year we have already passed …" after a trade figure is that figure's months to date, over the amount. Each
test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")


# plant: sentences._SCALE_BEFORE_US left out of sentences._END
def test_the_abbreviated_scale_before_the_dollar_s_country_ends_no_sentence():
    text = ("Bakı, 10 iyun, Report. Vurğulanıb ki, 2025-ci ildə Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi "
            "120,4 mln. ABŞ dolları təşkil edib və əvvəlki illə müqayisədə 9,5 faiz artıb.")
    assert proposed.trade(text, DAY) == [(AZ_HU, "2025", "turnover", 120.4, "exact", "9.5")]
    goal = ("Bakı, 10 iyun, Report. Tərəflər Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsinin 2030-cu ilədək "
            "300 mln. ABŞ dollarına çatdırılması hədəfi barədə razılığa gəliblər.")
    assert proposed.targets(goal, DAY) == [(AZ_HU, 300.0, "2030")]


# plant: the comitative ending kept in visits._first_titled_newcomer (no _AZ_MET_IN_COMITATIVE)
def test_the_one_met_in_the_comitative_is_the_visitor_by_his_bare_name():
    text = ("Bakı, 10 iyun, Report. Nazir işgüzar səfərlə ölkəmizdə olan Macarıstanın kənd təsərrüfatı naziri Ferens "
            "Tamaşla görüşüb.\n\nQeyd edək ki, Ferens Tamaş dünən Bakıya gəlib.")
    assert proposed.visits(text, DAY) == [("Ferens Tamaş", "Azerbaijan", "2026-06-09", "Baku", "working")]
    # after a vowel the ending is "-yla"
    vowel = text.replace("Tamaşla", "Tamaşiyla").replace("Ferens Tamaş dünən", "Ferens Tamaşi dünən")
    assert proposed.visits(vowel, DAY) == [("Ferens Tamaşi", "Azerbaijan", "2026-06-09", "Baku", "working")]


# plant: _timecoded_guest_turn always False in quotes._answer_holding_quotes
def test_a_timecoded_first_turn_holding_a_quoted_term_is_the_guest_s_quote():
    text = ("Uzbek President Shavkat Mirziyoyev gave an interview to a weekly programme, recorded in Tashkent on "
            "Monday.\n\n"
            "[00:02:10] MIRZIYOYEV (through interpreter): Kazakhstan is a close neighbour for us. For our people the "
            "word \"neighbour\" means a great deal, in hard times and in good times.\n\n"
            "[00:02:40] HOST: The word \"neighbour\" is heard often in Tashkent. What comes next for the two "
            "countries?\n\n"
            "[00:02:48] MIRZIYOYEV (through interpreter): We will build two new border crossings this year and open "
            "a railway line next spring.\n")
    said = proposed.quotes(text, DAY)
    assert [speaker for speaker, _ in said] == ["Shavkat Mirziyoyev", "Shavkat Mirziyoyev"]
    assert said[0][1].startswith("Kazakhstan is a close neighbour for us.") and said[0][1].endswith("good times.")


# plant: the "in" alternative dropped from when._FIRST_MONTHS; or the "we" alternative from figures._FIGURE_BACK
def test_in_nine_months_of_this_year_we_have_passed_is_the_figure_to_date():
    day = date(2026, 11, 18)
    text = ("Uzbek President Shavkat Mirziyoyev spoke about Azerbaijan.\n\nLast year our trade turnover with "
            "Azerbaijan came to 640 million dollars. In nine months of this year we have already passed 550 million "
            "dollars, with growth of about 15 percent.")
    assert proposed.trade(text, day) == [(AZ_UZ, "2025", "turnover", 640.0, "exact", ""),
                                         (AZ_UZ, "2026-9M", "turnover", 550.0, "over", "15")]
    # a count of months with no year is a time to come, no period: nothing more read
    later = text.replace("In nine months of this year we have already passed", "In nine months we will pass")
    assert proposed.trade(later, day) == [(AZ_UZ, "2025", "turnover", 640.0, "exact", "")]
