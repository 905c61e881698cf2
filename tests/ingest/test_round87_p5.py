"""Eighty-seventh round, p5 (docs/extraction.md: document.py, figures.py, quotes.py): a wire roundup's briefs, each
opened by its own dateline ("TASHKENT, Mar 3 (Reuters) - …"), are separate stories, so a figure naming one state
("Trade between the neighbours reached …, according to Tajik customs data") is of its own brief's two states. An amount
the potential is named for in its own clause ("потенциал для дополнительного экспорта … ещё примерно на 300 млн",
"potential for exports … to grow by another $300 million") is no trade figure. A "combined" turnover naming no state
right after one state's trade with a group ("with the five Central Asian republics") is the group's total. A goal named
by its size and "set by the two presidents" is the two's trade target however far from the last trade word. A short
lead split off by a present-tense attribution in straight double marks ('"…," says X, an economist at …, "but …"')
leaves the rest as the quote; and in a paragraph with double marks, a partial quote in straight single marks after a
naming verb ("He described the target as '…'") is read as in curly ones (one with none stays round 84's). Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)
KZ_AZ = proposed.pair("Kazakhstan", "Azerbaijan")
UZ_TJ = proposed.pair("Uzbekistan", "Tajikistan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")

ROUNDUP = ("ROUNDUP-Kazakh trade rises, Tajik minister in Tashkent, Turkey eyes Azerbaijan\n\n"
           "ASTANA, Mar 2 (Reuters) - Trade between Kazakhstan and Azerbaijan rose 5% in 2025 to $610 million,"
           " officials said.\n\n"
           "TASHKENT, Mar 3 (Reuters) - Uzbekistan and Tajikistan signed a transit deal on Tuesday.\n\n"
           "Trade between the neighbours reached $820 million last year, according to Tajik customs data.\n\n"
           "ANKARA, Mar 4 (Reuters) - Turkey's trade with Azerbaijan reached $7 billion last year, the ministry"
           " said.\n")


# plant: the _WIRE_DATELINE alternative taken out of document.Document.digest_items (the brief's figure then goes to
# the article's pair, Kazakhstan with Tajikistan)
def test_a_wire_roundups_brief_is_its_own_story():
    # (the other briefs' figures stay their own pairs')
    assert proposed.trade_values(ROUNDUP, DAY) == {(KZ_AZ, "2025", "turnover", 610.0),
                                                   (UZ_TJ, "2025", "turnover", 820.0),
                                                   (proposed.pair("Türkiye", "Azerbaijan"), "2025", "turnover", 7000.0)}


FIGURE_RU = "Товарооборот между Казахстаном и Азербайджаном в 2025 году составил 612 млн долларов. "
FIGURE_EN = "Trade between Kazakhstan and Azerbaijan reached $612 million in 2025. "


# plant: the _POTENTIAL_FOR_CLAUSE search taken out of figures._amount_of_a_potential (the 300 is then an export)
def test_an_amount_a_potential_is_named_for_is_no_figure():
    text = FIGURE_RU + "Мы видим потенциал для дополнительного экспорта в Азербайджан ещё примерно на 300 млн долларов."
    assert proposed.trade_values(text, DAY) == {(KZ_AZ, "2025", "turnover", 612.0)}
    text = FIGURE_EN + "We see potential for exports to Azerbaijan to grow by another $300 million, the minister said."
    assert proposed.trade_values(text, DAY) == {(KZ_AZ, "2025", "turnover", 612.0)}


# the near form: a potential in a clause of its own, a comma before the figure's, leaves the figure (plant: the comma
# taken out of _POTENTIAL_FOR_CLAUSE's stops)
def test_a_potential_in_another_clause_leaves_the_figure():
    text = FIGURE_EN + ("Despite the untapped potential for growth, Kazakh exports to Azerbaijan reached $300 million"
                        " in 2025.")
    assert (KZ_AZ, "2025", "export", 300.0) in proposed.trade_values(text, DAY)


# plant: the call of figures._combined_of_a_group_before dropped from find_figures (the total then goes to a pair)
def test_a_combined_turnover_after_a_groups_trade_is_no_pair_figure():
    text = ("Türkiye's trade with the five Central Asian republics fell in 2024. Combined turnover reached $13.8"
            " billion last year, up 3.6%. Four of the five partners grew, while Turkmenistan slipped back.")
    assert proposed.trade_values(text, DAY) == set()


# the near form: after one partner's trade "combined" is the pair's own (plant: the _A_GROUP test of the sentence
# before taken out of _combined_of_a_group_before)
def test_a_combined_turnover_after_a_pairs_trade_stays_the_pairs():
    text = "Türkiye's trade with Kazakhstan fell in 2024. Combined turnover reached $6.2 billion last year, up 3.6%."
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2025", "turnover", 6200.0)}


GOAL = ("Trade between Kazakhstan and Türkiye reached $6.2 billion in 2025. Officials in Astana stress the long view. "
        "\"We are building supply chains for decades,\" Kazakhstan's integration minister Arman Shakkaliyev said in"
        " March. He described the $15 billion goal set by the two presidents as realistic.")


# plant: the `or named >= 0 and _goal_set_by_the_two_leaders(…)` alternative taken out of find_figures
def test_a_goal_set_by_the_two_presidents_is_the_twos_target_far_from_trade():
    assert proposed.targets(GOAL, DAY) == [(KZ_TR, 15000.0, "")]


# the near form: the size of a goal alone, as far, is no target (plant: TARGET_SIZE_AFTER_NAMED raised to 3)
def test_a_goal_by_its_size_alone_far_from_trade_is_no_target():
    assert proposed.targets(GOAL.replace(" set by the two presidents", ""), DAY) == []


SPLIT = ('Trade between Kazakhstan and Kyrgyzstan grew. "Roads open doors," says Aida Bekova, an economist at the'
         ' Bishkek Institute for Markets, "but they do not fill the trucks."')


# plant: the straight-mark branch taken out of quotes._en_present_split_speaker (no quote then), and (a second plant)
# the gate's window back to 60 characters (the long aside then hides "says")
def test_a_present_split_in_straight_marks_leaves_the_rest_as_the_quote():
    assert proposed.quotes(SPLIT, DAY) == [("Aida Bekova", "but they do not fill the trucks.")]


# the near form: the past "said" joins the two parts as one quote, as the wires write it (plant: "said" added to
# _EN_PRESENT_VERBS)
def test_a_past_split_in_straight_marks_stays_one_quote():
    assert proposed.quotes(SPLIT.replace("says", "said"), DAY) == [
        ("Aida Bekova", "Roads open doors but they do not fill the trucks.")]


SINGLE = ("\"We are ready to build,\" Kazakhstan's trade minister Arman Shakkaliyev said in March. He described the"
          " target as 'bold but within our reach' and left.")


# plant: the branch of text with other marks taken out of quotes._single_marks_as_quote_marks (returns `text`)
def test_a_partial_quote_in_single_marks_after_a_naming_verb_in_a_paragraph_with_double_marks():
    assert ("Arman Shakkaliyev", "bold but within our reach") in proposed.quotes(SINGLE, DAY)


# the near form: in a paragraph with no double marks the single marks stay straight, read by round 84 with the name
# before the verb (plant: the _DOUBLE_MARK test taken out of _single_marks_as_quote_marks: curled, the words are lost)
def test_single_marks_in_a_paragraph_without_double_marks_stay_round_84s():
    text = SINGLE + ("\n\nThe talks come two months after Kassym-Jomart Tokayev, in his annual address, described"
                     " Türkiye as 'one of our closest partners in the world'.")
    assert ("Kassym-Jomart Tokayev", "one of our closest partners in the world") in proposed.quotes(text, DAY)
