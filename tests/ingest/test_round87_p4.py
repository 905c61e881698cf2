"""Eighty-seventh round, p4 (docs/extraction.md: visits.py, sentences.py, text_input.py, figures.py): an Azerbaijani
chronology box lists earlier visits one a line, its year first, then its day and month, a dash and a noun phrase with
no verb ("2021, 15 iyun – X-in Azərbaycana dövlət səfəri (Bakı)", "2025, 11 aprel – Baş nazir Y-in Bakıya işgüzar
səfəri, 4 sənəd imzalanıb"): each dated line is a visit, its visitor in the genitive, its host by the country in the
dative or the city in the locative, its type the line's and its documents those the line counts (else none); a
participation ("iştirakı") is a visit only at a summit. A line with a month and no day, a phone call, or a
participation in a forum gives none. The box's lines keep their breaks when pasted (each a sentence). And a target's
deadline attached to it by a pronoun, its year after a colon ("the goal of $10bn … and attached a deadline to it:
2030"), is its year. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from dashboard.ingest import article_text
from tests.ingest import proposed

DAY = date(2026, 5, 4)
BOX = ("Prezident İlham Əliyev Daşkəndə gedib.\n\n"
       "Xronologiya\n\n"
       "2021, 15 iyun – Şavkat Mirziyoyevin Azərbaycana dövlət səfəri (Bakı)\n"
       "2023, 3 mart – İlham Əliyevin Daşkənddə Türk Dövlətləri Təşkilatının Zirvə görüşündə iştirakı\n"
       "2024, mart – Baş nazir Əli Əsədovun Daşkəndə səfəri\n"
       "2024, 9 sentyabr – Şavkat Mirziyoyevin Bakıda investisiya forumunda iştirakı\n"
       "2025, 11 aprel – Baş nazir Abdulla Aripovun Bakıya işgüzar səfəri, 4 sənəd imzalanıb\n"
       "2025, 2 dekabr – Prezidentlərin telefon danışığı\n")
EXPECTED = [("Shavkat Mirziyoyev", "Azerbaijan", "2021-06-15", "Baku", "state"),
            ("Ilham Aliyev", "Uzbekistan", "2023-03-03", "Tashkent", "summit"),
            ("Abdulla Aripov", "Azerbaijan", "2025-04-11", "Baku", "working")]


# plant: the call of visits._year_first_chronology_visit dropped from the visit loop
def test_each_dated_line_of_a_year_first_chronology_is_a_visit():
    assert proposed.visits(BOX, DAY) == EXPECTED
    assert proposed.documents(BOX, DAY) == ["0", "0", "4"]


# plant: _is_year_first_chronology dropped from text_input._tidy (the pasted box's lines joined into one)
def test_a_pasted_chronology_keeps_its_lines():
    assert proposed.visits(article_text(BOX), DAY) == EXPECTED


# the near form: a participation in a forum, not a summit, is no visit (plant: the `kind != "summit"` check dropped
# from visits._year_first_chronology_visit)
def test_a_participation_in_a_forum_is_no_visit():
    text = "Xronologiya\n\n2024, 9 sentyabr – Şavkat Mirziyoyevin Bakıda investisiya forumunda iştirakı\n" \
           "2025, 2 dekabr – Prezidentlərin telefon danışığı\n"
    assert proposed.visits(text, DAY) == []


ENGLISH_DAY = date(2026, 2, 12)
UZ_TR = proposed.pair("Uzbekistan", "Türkiye")


# plant: the round-87 "deadline to it" alternative taken out of figures._GOAL_BACK
def test_a_deadline_attached_to_the_goal_is_its_year():
    text = ("Presidents Shavkat Mirziyoyev and Recep Tayyip Erdoğan restated the goal of $10bn in annual trade "
            "between Uzbekistan and Türkiye first floated in 2022 and attached a deadline to it: 2030.")
    assert proposed.targets(text, ENGLISH_DAY) == [(UZ_TR, 10000.0, "2030")]
    # the near form: a deadline still to be set tells no year
    text = ("Presidents Shavkat Mirziyoyev and Recep Tayyip Erdoğan restated the goal of $10bn in annual trade "
            "between Uzbekistan and Türkiye first floated in 2022, with no deadline set for it.")
    assert proposed.targets(text, ENGLISH_DAY) == [(UZ_TR, 10000.0, "")]
