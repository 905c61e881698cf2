"""English quotes B, round 40: "he"/"she" after a quote whose speaker's surname tells the other sex, each as a small
invented text.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or the earlier speaker). Each test
was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _en_pronoun_of_other_sex / _en_pronoun_sex_antecedent

def test_she_after_a_mans_quote_is_the_woman_named_in_reported_speech():
    """"…, says X Y, an analyst at …, the figure would …. “…,” she said" after a minister's quote: the analyst."""
    # plant: the `if (\"he \" in after[:12] …) and (pronoun := _en_pronoun_of_other_sex(…))` hook dropped from
    # find_quotes (the quote went to Bakhyt Sultanov)
    text = ("\"Our exporters have found new room to grow in the south,\" Minister Bakhyt Sultanov said.\n\n"
            "Economists are less sure. At this rate, says Aliya Nurmagambetova, chief economist at the Shymkent-based "
            "consultancy Dala Research, the goal would be met only in the late 2030s.\n\n"
            "\"Steady growth is welcome, but it will not double the trade,\" she said.")
    assert _quotes(text)[-1] == ("Aliya Nurmagambetova", "Steady growth is welcome, but it will not double the trade")


def test_he_after_a_womans_quote_is_the_man_named_before_her():
    """"“…,” he said" after an analyst's "she said": the minister named before her, not the analyst."""
    # plant: `return "she"` made `return "he"` in _en_sex_of_name (the quote went to Dilnoza Karimova)
    text = ("Trade Minister Farhod Umarov met investors in Namangan. \"The new terminal will cut the waiting time,\" "
            "Umarov said.\n\n"
            "Dilnoza Karimova, an analyst in Tashkent, was cautious. \"The terminal alone will not fix the queues at "
            "the border,\" she said.\n\n"
            "\"We will open two more crossings before the winter,\" he said.")
    assert _quotes(text)[-1] == ("Farhod Umarov", "We will open two more crossings before the winter")


def test_a_kyrgyz_patronymic_tells_a_man_so_she_is_the_woman_he_met():
    """"X Y uulu met with Z W. “…,” she said": the Kyrgyz "uulu" the text writes after his name makes him a man."""
    # plant: `with_turkic_patronymic(before, name) if has_turkic_patronymic(before) else name` made `name` in
    # _en_pronoun_of_other_sex (the quote went to Almazbek Toktogul uulu)
    text = ("\"Our border is a bridge and no longer a wall,\" Almazbek Toktogul uulu said.\n\n"
            "Later that day, Almazbek Toktogul uulu met with Gulnara Sharipova.\n\n"
            "\"Our chambers must work as one team on every project,\" she said.")
    assert _quotes(text)[-1] == ("Gulnara Sharipova", "Our chambers must work as one team on every project")


def test_a_name_that_tells_no_sex_leaves_the_last_speaker():
    """Precision: "she" after a speaker whose surname tells no sex ("Kovács") stays the last speaker, whoever else the
    text names; and "he" after a man stays the man, though a woman is named after him."""
    # plant: `if sex is not None and sex != pronoun` made `if sex != pronoun` in _en_pronoun_of_other_sex
    # (the first quote went to Aliya Nurmagambetova)
    text = ("\"Hungary wants a bigger share of this trade,\" Eszter Kovács said after meeting Aliya Nurmagambetova.\n\n"
            "\"The ferries are full in both directions now,\" she said.")
    assert _quotes(text)[-1] == ("Eszter Kovács", "The ferries are full in both directions now")
    text = ("\"Our exporters have found new room to grow in the south,\" Minister Bakhyt Sultanov said. He met "
            "Aliya Nurmagambetova of the chamber.\n\n"
            "\"The ferries are full in both directions now,\" he said.")
    assert _quotes(text)[-1] == ("Bakhyt Sultanov", "The ferries are full in both directions now")
