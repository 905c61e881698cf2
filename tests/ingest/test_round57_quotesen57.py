"""Fifty-seventh round, English quotes (docs/extraction.md: quotes.py, names of three words): a Turkish woman's name of
two given names ("Ayşe Nur Karaman"), which the surname rules cut to its last two words, behind the dev/974 misses (an
interview laid out as questions and answers under the outlet's and the interviewee's surname labels); told in short
invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 2)
SAID = "The corridor will double its cargo within two years"


def test_an_interviewees_first_of_two_given_names_stays_on_her_answers():
    # plant: the _TURKISH_WOMEN_FIRST_GIVEN_NAMES test dropped from quotes._third_name_word
    text = ("Envoy Aksoy: \"Our contractors need a common timetable now\"\n\n"
            "Hatice Selin Aksoy has served as Türkiye's ambassador in Baku since 2023. She spoke to Caspian Review "
            "about roads.\n\nCR: What did the talks produce?\n\n"
            "Aksoy: Our contractors need a common timetable now. The banks are waiting for it.\n\n"
            "CR: And the roads?\n\nAksoy: The roads are being built on both sides of the border.")
    assert proposed.quotes(text, DAY) == [
        ("Hatice Selin Aksoy", "Our contractors need a common timetable now. The banks are waiting for it."),
        ("Hatice Selin Aksoy", "The roads are being built on both sides of the border.")]
    # a man's two given names are read as before
    man = f"Economist Mehmet Ali Yıldız spoke in Baku.\n\n\"{SAID},\" Yıldız said."
    assert proposed.quotes(man, DAY) == [("Mehmet Ali Yıldız", SAID)]


def test_a_second_given_name_takes_the_given_name_before_it():
    # plant: the second_given alternative dropped from quotes._third_name_word
    text = f"Büşra Nur Demir, a trade analyst in Istanbul, spoke to reporters.\n\n\"{SAID},\" Demir said."
    assert proposed.quotes(text, DAY) == [("Büşra Nur Demir", SAID)]
    gul = f"Derya Gül Arslan, an economist in Izmir, spoke on Friday.\n\n\"{SAID},\" Arslan said."
    assert proposed.quotes(gul, DAY) == [("Derya Gül Arslan", SAID)]
    # a title before the two words is no given name, and "Gül" as a surname stays the holder's
    titled = f"Ambassador Nur Karaman met the minister in Ashgabat.\n\n\"{SAID},\" Karaman said."
    assert proposed.quotes(titled, DAY) == [("Nur Karaman", SAID)]
    surname = f"Former President Abdullah Gül visited Baku.\n\n\"{SAID},\" Gül said."
    assert proposed.quotes(surname, DAY) == [("Abdullah Gül", SAID)]


def test_a_day_before_a_second_given_name_is_no_given_name():
    # plant: the _EN_DAY_MONTH_WORDS test dropped from the second_given alternative in quotes._third_name_word
    text = f"On Monday Nur Aydın, an analyst at a Baku think tank, spoke to reporters.\n\n\"{SAID},\" Aydın said."
    assert proposed.quotes(text, DAY) == [("Nur Aydın", SAID)]
    # the name's own first given name after the day is read
    full = f"On Monday Elif Nur Aydın, an analyst at a Baku think tank, spoke.\n\n\"{SAID},\" Aydın said."
    assert proposed.quotes(full, DAY) == [("Elif Nur Aydın", SAID)]
