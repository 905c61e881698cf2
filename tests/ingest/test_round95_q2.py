"""Ninety-fifth round, q2 (docs/extraction.md: quotes.py, visits.py, figures.py): a Russian interview whose turns carry
both sides' initials with their dots ("Д.К.: …?" / "А.Ж.: По итогам 2025 года …", dev/1427). An answer under dotted
initials right after the interviewer's turn is the words of the one person named before whose name's words begin with
those letters (quotes._INITIAL_LABEL_LINE's `dotted`, quotes._initial_label_answer), and the plain paragraph after it
goes on with it (quotes._labelled_answer_goes_on); that person keeps the state his title gave him though the state's
long name opens his name's run ("Министр … Кыргызской Республики X Y", quotes._with_noted_state). A figure of trade
"with" a third state in his answer is his own state's when his state is one of the two every figure before holds
(figures._home_of_report's `quoted`). The visits read the dotted answer and question as the quotes do
(visits._labelled_answer, visits._labelled_question, visits._answer_label_person through quotes.dotted_initials_line
and quotes.dotted_initials): "мы провели в Баку" after "Вы были в Баку весной." is the interviewee's trip.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 7, 8)
LEAD = ("Бакыт Осмонов о торговле с Азербайджаном\n\n"
        "Министр экономики Кыргызской Республики Бакыт Осмонов в интервью корреспонденту агентства Айгуль Сеитовой "
        "рассказал о логистике.\n\n")
ASKED = "А.С.: Бакыт Маратович, как идёт торговля двух стран?\n\n"


# plant: the `dotted` alternative taken out of _INITIAL_LABEL_LINE
def test_an_answer_under_dotted_initials_is_the_one_named_with_them():
    text = LEAD + ASKED + ("Б.О.: По итогам прошлого года товарооборот вырос на четверть, и мы ждём роста и дальше.\n\n"
                           "Для нас важен прежде всего порт на Каспии, через который пойдут наши грузы.\n\n"
                           "А.С.: Что дальше?\n\n"
                           "Б.О.: Дальше будет новая встреча комиссии, уже осенью в Бишкеке.")
    assert proposed.quotes(text, DAY) == [
        ("Bakyt Osmonov", "По итогам прошлого года товарооборот вырос на четверть, и мы ждём роста и дальше."),
        ("Bakyt Osmonov", "Для нас важен прежде всего порт на Каспии, через который пойдут наши грузы."),
        ("Bakyt Osmonov", "Дальше будет новая встреча комиссии, уже осенью в Бишкеке.")]
    # the near form: initials that fit no one named before are no one's answer (and the question is no quote)
    stranger = LEAD + ASKED + "Т.К.: По итогам прошлого года товарооборот вырос на четверть, и мы ждём роста и дальше."
    assert proposed.quotes(stranger, DAY) == []


# plant: _with_noted_state returning `person` as it is
def test_the_answerer_keeps_the_state_of_his_title():
    text = LEAD + ASKED + "Б.О.: По итогам прошлого года товарооборот вырос на четверть, и мы ждём роста и дальше."
    assert [r["speaker_country"] for r in proposed.records("quotes", text, DAY)] == ["Kyrgyzstan"]
    # the near form: a title that names no state gives him none
    stateless = text.replace("Министр экономики Кыргызской Республики", "Министр экономики")
    assert [r["speaker_country"] for r in proposed.records("quotes", stateless, DAY)] == [""]


# plant: the `quoted` branch taken out of _home_of_report
def test_trade_with_a_third_state_in_his_answer_is_his_own_state_s():
    answers = ("Б.О.: По итогам 2025 года товарооборот составил 60,5 млн долларов.\n\n"
               "А.С.: А с Турцией?\n\n"
               "{}: С Турцией в прошлом году товарооборот превысил 1,2 млрд долларов.")
    text = LEAD + ASKED + answers.format("Б.О.")
    assert proposed.pair("Kyrgyzstan", "Türkiye") in {figure[0] for figure in proposed.trade(text, DAY)}
    # the near form: the same line under initials that fit no one is nobody's quote, and no state of a speaker
    stranger = LEAD + ASKED + answers.format("Т.К.")
    assert proposed.pair("Kyrgyzstan", "Türkiye") not in {figure[0] for figure in proposed.trade(stranger, DAY)}


TRIP_ASKED = "А.С.: Вы были в Баку весной. Что удалось сделать за ту поездку?\n\n"
TRIP = "Б.О.: 12 апреля мы провели в Баку заседание межправительственной комиссии. Подписали три документа."


# plant: the dotted branch taken out of visits._labelled_answer (seen failing too: out of _answer_label_person)
def test_we_held_it_there_under_dotted_initials_is_the_interviewee_s_trip():
    assert proposed.visits(LEAD + TRIP_ASKED + TRIP, DAY) == [
        ("Bakyt Osmonov", "Azerbaijan", "2026-04-12", "Baku", "other")]
    assert proposed.documents(LEAD + TRIP_ASKED + TRIP, DAY) == ["3"]
    # the near form: initials that fit no one named before tell no one's trip
    assert proposed.visits(LEAD + TRIP_ASKED + TRIP.replace("Б.О.", "Т.К."), DAY) == []


# plant: the dotted branch taken out of visits._labelled_question
def test_the_we_trip_needs_the_dotted_question_to_ask_of_his_trip():
    assert [v[0] for v in proposed.visits(LEAD + TRIP_ASKED + TRIP, DAY)] == ["Bakyt Osmonov"]
    # the near form: a question of trade, not of his trip, leaves "we" no one's (round 46)
    assert proposed.visits(LEAD + ASKED + TRIP, DAY) == []
