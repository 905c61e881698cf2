"""Ninety-second round, q2 (docs/extraction.md: quotes.py): a committee hearing's transcript extract, the deputies'
questions under "Депутат <Surname>:" and the answers under "Министр:" ("Minister:", "Bakan:", "Nazir:"), the lead
naming the one minister who answers: each answer, and the plain paragraph running it on, is his (quotes._QA_QUESTION,
_QA_ANSWER's role, _QA_ROLE_NAMED); and messenger posts reprinted one a paragraph, each opening with an emoji and its
time stamp ("💬 13:45 X Y …"), read as a live blog's entries, so a dash line after a sentence's end in a post is a
paragraph of its own, its attribution's title ("— подчеркнул глава узбекского правительства.") read up to its stop,
the post's closing hashtags left out (quotes._LIVE_STAMP_AFTER_BULLET, _POST_HASHTAGS).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
ANSWER = "Мы рассчитываем открыть новый торговый дом в Баку до конца года. Переговоры уже идут."
RUN_ON = "Кроме того, в Сумгайыте строится склад для наших экспортёров, он заработает весной."
SECOND = "Паромы будут ходить чаще, как только порт Курык примет новые суда."


def hearing(lead: str) -> str:
    return ("Депутаты обсудили торговлю с Азербайджаном\n\n" + lead + "\n\n"
            "Депутат Ахметов: Господин министр, когда откроется торговый дом в Баку?\n\n"
            "Министр: " + ANSWER + "\n\n" + RUN_ON + "\n\n"
            "Депутат Серикова: А что с паромами через Каспий?\n\n"
            "Министр: " + SECOND + "\n\n"
            "По итогам заседания комитет одобрил законопроект.")


# plant: "Министр" taken out of _QA_ANSWER's role alternatives
def test_a_minister_s_answers_in_a_hearing_are_the_minister_the_lead_names():
    text = hearing("Министр торговли Арман Шаккалиев ответил на вопросы депутатов комитета.")
    assert proposed.quotes(text, DAY) == [("Arman Shakkaliyev", ANSWER), ("Arman Shakkaliyev", RUN_ON),
                                          ("Arman Shakkaliyev", SECOND)]
    # the near form: the lead names a prime minister only, so "Министр:" is no one known
    prime = hearing("Премьер-министр Олжас Бектенов поручил ускорить ратификацию соглашения.")
    assert proposed.quotes(prime, DAY) == []


# plant: the "Депутат <Surname>" alternative taken out of _QA_QUESTION (the answers then have no question before)
def test_a_deputy_s_question_is_no_record_and_makes_the_answer_under_it_one():
    text = hearing("Министр торговли Арман Шаккалиев ответил на вопросы депутатов комитета.")
    speakers = [speaker for speaker, _ in proposed.quotes(text, DAY)]
    assert speakers == ["Arman Shakkaliyev"] * 3
    # the near form: "Министр:" with no deputy's question before it (a plain statement) gives nothing
    plain = ("Заявление министерства\n\nМинистр торговли Арман Шаккалиев выступил в Мажилисе.\n\n"
             "Министр: " + ANSWER)
    assert proposed.quotes(plain, DAY) == []


POSTS = ("Премьер-министр Узбекистана Абдулла Арипов прибыл в Актау на переговоры.\n\n"
         "📍 09:40 Начались переговоры премьер-министров Казахстана и Узбекистана.\n\n"
         "💬 10:15 Олжас Бектенов приветствовал гостя. «Мы готовы расширять транзит через наши порты на Каспии», "
         "— сказал он. — Узбекские компании будут возить грузы через Актау круглый год, — подчеркнул глава "
         "узбекского правительства. #цитата\n\n"
         "📌 11:20 Завтра программа визита продолжится в Курыке.")


# plant: the entry_starts.update(...) line in quotes._live_entry_paragraphs taken out
def test_a_dash_line_in_a_stamped_post_is_a_line_of_speech_of_its_own():
    got = proposed.quotes(POSTS, DAY)
    assert ("Abdulla Aripov", "Узбекские компании будут возить грузы через Актау круглый год") in got
    assert ("Olzhas Bektenov", "Мы готовы расширять транзит через наши порты на Каспии") in got


# plant: the _POST_HASHTAGS cut in quotes._live_entry_paragraphs taken out (the title then read as "he", Bektenov)
def test_a_post_s_closing_hashtags_leave_the_attribution_s_title_to_name_the_speaker():
    got = proposed.quotes(POSTS, DAY)
    assert ("Olzhas Bektenov", "Узбекские компании будут возить грузы через Актау круглый год") not in got
    assert ("Abdulla Aripov", "Узбекские компании будут возить грузы через Актау круглый год") in got
    # the near form: a dash line after a post's sentence naming no one who speaks (a list of documents) is no quote
    signed = POSTS.replace("💬 10:15 Олжас Бектенов", "✍️ 10:15 По итогам подписаны документы. — Соглашение о "
                           "совместном логистическом операторе и меморандум о хабе. #документы\n\n💬 10:30 Олжас "
                           "Бектенов")
    assert len(proposed.quotes(signed, DAY)) == 2
