"""Hundredth round, q3 (docs/extraction.md: quotes.py, figures.py, visits.py, document.py, sentences.py): an English
explainer's and a factbox's forms. An abbreviated month before its day ("said on Oct. 28 that …", "speaking … on Sept.
30, said …") ends no sentence a quote's speaker is read from (sentences.ABBREVIATED_MONTHS, one home with
sentences._NOT_AFTER, as quotes._ABBREVIATED_MONTH_BEFORE_DAY in quotes._QUOTE_SENTENCE_BREAK). A partial quote ending
its subject's reported clause goes on in his voice after "and added:" (quotes._ADDING_GOES_ON_AFTER,
quotes._adding_goes_on with quotes._ADDING_COLON, the verb of adding only). A factbox bullet's label in capitals and a
colon ("* IN THEIR WORDS: At …, Tokayev called X “…”") stands before the sentence's subject (document.caps_label_end,
document._CAPS_LABEL_BULLET, read in quotes._subject). Another source putting the figure just told at its own amount in
a further clause ("…, and Kazakhstan's Bureau … puts the figure at just over $5.8 billion") is the same trade's figure
of the same period (figures._PUTS_THE_FIGURE, one home with figures._FIGURE_BACK; figures._ANOTHER_COUNT_CLAUSE,
figures._another_count_further in find_figures and figures._first_clause_end). One "who flew to" a city is its visitor
(visits._VISITOR_CUES, d), and a visit sentence with no day that came "for that summit" takes the day of the sentence
before naming the same city (visits._FOR_THAT_EVENT, visits._en_day_of_that_event_before, with
visits._day_of_the_place_before). A summit's participants signing one joint statement sign one document
(visits._LEADERS_SIGNED_ONE in visits._summit_leaders_signed_one).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
SAIDOV_SAID = ('Uzbek Foreign Minister Bakhtiyor Saidov said on Nov. 14 that the corridor would be "a road for goods, '
               'not only for words."')
ROAD = "a road for goods, not only for words."


# plant: _ABBREVIATED_MONTH_BEFORE_DAY taken out of quotes._QUOTE_SENTENCE_BREAK (a stop after "Nov." breaks again)
def test_an_abbreviated_month_before_its_day_ends_no_sentence_of_a_quote():
    assert proposed.quotes("Corridor talks\n\n" + SAIDOV_SAID, DAY) == [("Bakhtiyor Saidov", ROAD)]
    # the near form: the abbreviated month before a capital does end its sentence; the quote after is the ministry's
    near = ('Corridor talks\n\nUzbek Foreign Minister Bakhtiyor Saidov said so in Baku in Nov. The corridor would be '
            '"a road for goods, not only for words," the ministry added.')
    assert proposed.quotes(near, DAY) == []


JAPAROV = ('Kyrgyz President Sadyr Japarov, speaking at a forum in Bishkek on Sept. 12, said the region needed "more '
           'railways and fewer promises" and added: "Our cargo cannot wait for another decade of talks."')


# plant: "said-that" taken out of quotes._ADDING_GOES_ON_AFTER
def test_and_added_after_a_partial_quote_goes_on_in_its_subject_s_voice():
    assert proposed.quotes("Railways first\n\n" + JAPAROV, DAY) == [
        ("Sadyr Japarov", "more railways and fewer promises"),
        ("Sadyr Japarov", "Our cargo cannot wait for another decade of talks.")]
    # the near form: another one adding is no going on in Japarov's voice
    assert proposed.quotes("Railways first\n\n" + JAPAROV.replace("and added:", "and his Kazakh host added:"),
                           DAY) == [("Sadyr Japarov", "more railways and fewer promises")]


FACTBOX = ("FACTBOX-Uzbekistan and Azerbaijan ahead of the minister's visit\n\n"
           "Uzbek Foreign Minister Bakhtiyor Saidov is due in Baku on Monday. Here are some facts:\n\n"
           '* IN HIS WORDS: At a briefing in Tashkent last May, Saidov called Azerbaijan "a gateway for Uzbek goods to '
           'Europe", according to the ministry.\n\n'
           "* TRADE: Trade rose.\n")


# plant: the caps_label_end branch taken out of quotes._subject; and, seen failing too, document._CAPS_LABEL_BULLET
# made to match nothing ("(?!)" at its start)
def test_a_factbox_bullet_s_label_in_capitals_stands_before_the_subject():
    assert proposed.quotes(FACTBOX, DAY) == [("Bakhtiyor Saidov", "a gateway for Uzbek goods to Europe")]
    # the near form: a label naming him does not make him the subject of a sentence about officials
    near = FACTBOX.replace("IN HIS WORDS", "SAIDOV IN BAKU").replace("Saidov called", "officials called")
    assert proposed.quotes(near, DAY) == []


TWO_COUNTS = ("Trade between Uzbekistan and Azerbaijan reached $1.2 billion in 2025, and Azerbaijan's customs "
              "committee puts the figure at just under $1.1 billion, up 5%.")
UZB_AZE = proposed.pair("Uzbekistan", "Azerbaijan")


# plant: the _another_count_further call taken out of find_figures' further clauses; and, seen failing too (the rate),
# the _another_count_further branch taken out of _first_clause_end
def test_another_source_puts_the_figure_at_its_own_amount_in_a_further_clause():
    assert proposed.trade("Two counts\n\n" + TWO_COUNTS, DAY) == [
        (UZB_AZE, "2025", "turnover", 1200.0, "exact", ""), (UZB_AZE, "2025", "turnover", 1100.0, "under", "5")]
    # the near form: the gap between the counts is no figure of the trade
    near = TWO_COUNTS.replace("the figure at just under $1.1 billion, up 5%", "the gap at just under $100 million")
    assert proposed.trade("Two counts\n\n" + near, DAY) == [(UZB_AZE, "2025", "turnover", 1200.0, "exact", "")]


DAY_SUMMIT = date(2026, 6, 10)
EXPLAINER = ("What we know about the summit in Turkistan\n\n"
             "Uzbek Foreign Minister Bakhtiyor Saidov was in Astana on May 20, where he met officials.\n\n"
             "The leaders last met in Shusha, Azerbaijan, on July 6, 2025. Mirziyoyev, who flew to Shusha for that "
             "summit, spoke about transport corridors. The meeting ended with the adoption of the Shusha "
             "Declaration.\n")
SAIDOV_IN_ASTANA = ("Bakhtiyor Saidov", "Kazakhstan", "2026-05-20", "Astana", "other")


# plant: the "(?:flew|travell?ed)\s+to" alternative taken out of _VISITOR_CUES (d); and, seen failing too, the
# _en_day_of_that_event_before call taken out of find_visits
def test_who_flew_to_the_city_for_that_summit_told_with_its_day_before():
    assert proposed.visits(EXPLAINER, DAY_SUMMIT) == [
        SAIDOV_IN_ASTANA, ("Shavkat Mirziyoyev", "Azerbaijan", "2025-07-06", "Shusha", "summit")]
    # the summit's declaration adopted is the summit visit's (null), not the other trip's (none signed)
    assert proposed.documents(EXPLAINER, DAY_SUMMIT) == ["0", ""]
    # the near form: the day told for Shusha is no day of a flight to Baku
    assert proposed.visits(EXPLAINER.replace("flew to Shusha", "flew to Baku"), DAY_SUMMIT) == [SAIDOV_IN_ASTANA]


CONSULTATIVE = ("FACTBOX-Kyrgyzstan and Tajikistan\n\n"
                "President Sadyr Japarov is due in Dushanbe.\n\n"
                "* JAPAROV IN DUSHANBE: The Kyrgyz leader last came to Tajikistan on September 14, 2025, for the "
                "Consultative Meeting of the Heads of State of Central Asia in Dushanbe. The participants signed a "
                "joint communiqué at the end of the meeting.\n")


# plant: "participants" taken out of _LEADERS_SIGNED_ONE's subjects
def test_a_summit_s_participants_signing_one_joint_statement():
    assert proposed.visits(CONSULTATIVE, DAY_SUMMIT) == [
        ("Sadyr Japarov", "Tajikistan", "2025-09-14", "Dushanbe", "summit")]
    assert proposed.documents(CONSULTATIVE, DAY_SUMMIT) == ["1"]
    # the near form: a communiqué and a roadmap are more than one, their number not told
    near = CONSULTATIVE.replace("joint communiqué", "joint communiqué and a roadmap on transit")
    assert proposed.documents(near, DAY_SUMMIT) == [""]
