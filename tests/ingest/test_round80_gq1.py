"""Eightieth round, gq1 (docs/extraction.md: quotes.py, people.py, document.py): four forms of quotes found by earlier
probes, told in short invented sentences. A "Key quotes" box may mark its bullets "-", "*" or "·" instead of "•",
and set them line under line: each bullet is its labelled speaker's quote as round 79's "•" bullet is, a bullet
repeating a quote of the body no second record, an editor's point in no quote marks no one's. '“…,” the
vice-premier said' is the one deputy prime minister the article named (of the state it names, when it names one;
no one when two are named and none is told). A paragraph's bold topic label in a colon ("**Water:** X said the
states must share “…”") stands before the sentence's subject as round 79's "**Trade.**" does, while an
interviewer's label ("**AA:**", "**Question:**") stays a question's. And an interview whose bold dash questions
("**— …?**") sit over answers that are dash lines too ("— …") gives each answer as the interviewee's quote, the
questions none. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)
BODY = ("Kyrgyzstan and Azerbaijan signed four documents in Osh on Thursday.\n\n"
        "Azerbaijani Deputy Prime Minister Rauf Gasimzade arrived in Osh on Wednesday for the talks.\n\n"
        "“Osh is the gate of the Fergana valley,” Gasimzade told the session.\n\n"
        "Key quotes\n\n")
ITEMS = ("{b} Rauf Gasimzade, Deputy Prime Minister of Azerbaijan: “Osh is the gate of the Fergana valley.”{gap}"
         "{b} Rauf Gasimzade: “Our cargo needs one timetable, not three different ones.”{gap}"
         "{b} Nurbek Toktosunov, Governor of Osh Region: “We want a direct flight to Baku before the winter.”")


# plant: quotes._QUOTE_BULLET's bullet class back to "•" alone
# plant: quotes._past_quote_bullets keeping a paragraph whole (no split at its bullet lines)
def test_key_quotes_bullets_marked_otherwise_or_line_under_line_are_their_speakers_quotes():
    for bullet in ("-", "*", "·", "•"):
        for gap in ("\n\n", "\n"):
            said = proposed.quotes(BODY + ITEMS.format(b=bullet, gap=gap), DAY)
            assert ("Rauf Gasimzade", "Our cargo needs one timetable, not three different ones.") in said, (bullet, gap)
            assert ("Nurbek Toktosunov", "We want a direct flight to Baku before the winter.") in said, (bullet, gap)
            # the bullet repeating the body's quote is the body's one record
            assert [words for _, words in said].count("Osh is the gate of the Fergana valley") == 1, (bullet, gap)
            assert len(said) == 3, (bullet, gap)
    # an editor's point under a speaker's label in no quote marks: not his words
    # (a "-" line so is read as a transcript's turn before this round: not this rule's, left as it was)
    for bullet in ("*", "·"):
        points = BODY.replace("Key quotes", "Key points") + f"{bullet} President Sadyr Japarov: trade will double."
        assert proposed.quotes(points, DAY) == [("Rauf Gasimzade", "Osh is the gate of the Fergana valley")], bullet


LEAD = ("Kazakhstan and Azerbaijan held the meeting of their commission in Aktau on Tuesday.\n\n"
        "Azerbaijani Deputy Prime Minister Rauf Gasimzade held talks with Kazakh Minister of Trade Arman "
        "Shakkaliyev in Aktau on Tuesday.\n\n")


# plant: the "vice-premier" and "vice premier" entries dropped from people._EN_TITLE_KIN
def test_the_vice_premier_is_the_one_named_deputy_prime_minister():
    for word in ("vice-premier", "vice premier", "deputy prime minister"):
        text = LEAD + f"“We will open a second ferry line to Baku before the winter,” the {word} said."
        assert proposed.quotes(text, DAY) == [
            ("Rauf Gasimzade", "We will open a second ferry line to Baku before the winter")], word
    # two deputy prime ministers named, the anaphor telling neither: no one's
    two = LEAD.replace("Kazakh Minister of Trade Arman Shakkaliyev", "Kazakh Deputy Prime Minister Serik Zhumangarin")
    assert proposed.quotes(two + "“We will open a second ferry line to Baku before the winter,” the vice-premier "
                                 "said.", DAY) == []
    # its state told: that one
    assert proposed.quotes(two + "“We will open a second ferry line to Baku before the winter,” the Kazakh "
                                 "vice-premier said.", DAY) == [
        ("Serik Zhumangarin", "We will open a second ferry line to Baku before the winter")]


READOUT = ("President Kassym-Jomart Tokayev of Kazakhstan received President Shavkat Mirziyoyev of Uzbekistan in "
           "Astana on Tuesday.\n\n"
           "**Water:** Mirziyoyev said the states must share “the rivers of the region fairly and openly” in the "
           "years ahead.\n\n"
           "**Energy:** The Kazakh president said the two sides would build “a new power line to Tashkent by "
           "the next year”.\n")


# plant: document._topic_not_interview always False (a bold label in a colon never read as a topic's)
def test_a_bold_topic_label_in_a_colon_stands_before_the_sentences_subject():
    assert proposed.quotes(READOUT, DAY) == [
        ("Shavkat Mirziyoyev", "the rivers of the region fairly and openly"),
        ("Kassym-Jomart Tokayev", "a new power line to Tashkent by the next year")]
    # the colon outside the bold too
    assert len(proposed.quotes(READOUT.replace(":**", "**:"), DAY)) == 2


# plant: document._topic_not_interview's "not label.isupper()" dropped (an interviewer's capitals read as a topic)
def test_an_interviewers_bold_label_stays_a_question():
    for label in ("AA", "Question"):
        text = ("President Kassym-Jomart Tokayev gave an interview to our agency in Astana.\n\n"
                f"**{label}:** Tokayev said in May that the states must share “the rivers of the region fairly "
                "and openly”. What has been done since then?\n\n"
                "**Tokayev:** “We signed two agreements on the rivers and the reservoirs this year,” and more "
                "will follow.\n")
        said = proposed.quotes(text, DAY)
        assert not any("rivers of the region" in words for _, words in said), label


RU = ("Посол Иванов: «Торговля растет»\n\n"
      "Ташкент, 5 мая — Газета. О перспективах сотрудничества корреспонденту газеты рассказал посол Казахстана в "
      "Узбекистане Ержан Иванов.\n\n"
      "**— Ержан Маратович, как вы оцениваете итоги года?**\n\n"
      "— Итоги хорошие, торговля растет уже третий год подряд.\n\n"
      "**— Что мешает бизнесу?**\n\n"
      "— Очереди на границе, но мы работаем над этим вместе с коллегами.\n")

EN = ("Envoy: the ferries are the weak link\n\n"
      "Kazakhstan's ambassador to Azerbaijan, Serik Zhumabayev, told our correspondent about trade and transit.\n\n"
      "– **Ambassador, how do you see the Middle Corridor today?**\n\n"
      "– The corridor is the backbone of our cooperation, and the ferries are still the weak link.\n\n"
      "– **And what comes next?**\n\n"
      "– New terminals on both shores of the Caspian will open before the end of the decade.\n")


# plant: quotes._bold_dash_question returning the paragraph as it is
def test_dash_answers_under_bold_dash_questions_are_the_interviewees_quotes():
    assert proposed.quotes(RU, DAY) == [
        ("Yerzhan Ivanov", "Итоги хорошие, торговля растет уже третий год подряд."),
        ("Yerzhan Ivanov", "Очереди на границе, но мы работаем над этим вместе с коллегами.")]
    assert [speaker for speaker, _ in proposed.quotes(EN, DAY)] == ["Serik Zhumabayev", "Serik Zhumabayev"]
    for text in (RU, EN):  # the questions are no quotes
        assert not any("?" in quote or "**" in quote for _, quote in proposed.quotes(text, DAY))
    # a report's bold dash line that asks nothing is no question: its dash lines after it are no interview's
    report = RU.replace("О перспективах сотрудничества корреспонденту газеты рассказал посол",
                        "На форуме в Ташкенте выступил посол").replace("как вы оцениваете итоги года?",
                                                                        "итоги года.").replace("Что мешает бизнесу?",
                                                                                              "Бизнес.")
    assert proposed.quotes(report, DAY) == []
