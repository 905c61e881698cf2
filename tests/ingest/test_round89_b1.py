"""Eighty-ninth round, b1 (docs/extraction.md: figures.py, an elliptic trade sentence's growth tail; visits.py, a
guest welcomed at the start of his visit, and an interview's answer that is only a day and a place). In Russian a
sentence with only a period and an amount, "За шесть месяцев этого года — 2,1 миллиарда, это на 9 процентов больше,
чем год назад.", is the trade told before, its growth the "это на N процентов больше" clause, as ", что на N% больше"
is. In English "welcoming our Minister of Energy, Mr. X, at the airport at the start of his official visit to <state>"
is X's visit there, the day the sentence's, whatever the writer's own state. In a Russian interview the answer
"— 3 мая, в Анталье." to a question asking when the interviewee was in a country ("Когда вы в последний раз были в …?")
is his trip there that day, what the next sentence of the answer says was signed ("подписали с коллегами три
соглашения") its documents; a question of no trip of his makes the same answer no visit.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

_RU_TRADE = ("Министр торговли Узбекистана ответил на вопросы\n\n"
             "— По итогам 2025 года товарооборот Узбекистана и Азербайджана составил около 2,4 миллиарда долларов. "
             "За шесть месяцев этого года — 1,3 миллиарда, это на 9 процентов больше, чем год назад.")
_RU_DAY = date(2026, 8, 20)


# plant: "это" taken out of _GROWTH_COMPARED_TAIL's alternation (r"(?:что|which\s+(?:is|was)|…)")
def test_an_elliptic_half_year_with_its_growth_told_by_eto():
    figures = proposed.trade(_RU_TRADE, _RU_DAY)
    assert (proposed.pair("Uzbekistan", "Azerbaijan"), "2026-H1", "turnover", 1300.0, "exact", "9") in figures


# the near form: a growth of something else after the amount is no part of the figure's sentence (plant: the tail's
# lead widened to any words, r"(?:что|это|[^\d,]+?|…)", and "за" let in as its comparative)
def test_a_remark_of_another_thing_after_the_amount_is_no_elliptic_figure():
    text = _RU_TRADE.replace("это на 9 процентов больше, чем год назад",
                             "а инвестиции в экономику страны выросли на 9 процентов за то же время")
    assert [f[1] for f in proposed.trade(text, _RU_DAY)] == ["2025"]


_EN = ("Ambassador's post: a busy week in Tashkent\n\n"
       "Kemal Aydın · Ambassador of the Republic of Türkiye to the Republic of Uzbekistan\n"
       "Jun 12, 2026 · 🌐\n\n"
       "What a week in Tashkent! 🇹🇷🇺🇿\n\n"
       "On Monday I had the pleasure of welcoming our Minister of Energy, Mr. Orhan Kaplan, at Tashkent International "
       "Airport ✈️ at the start of his official visit to the Republic of Uzbekistan.\n\n"
       "Talks with the government on gas and power lines followed. 👇")
_EN_DAY = date(2026, 6, 12)


# plant: _visitors without the round 89 _welcomed_at_visit_start call
def test_a_minister_welcomed_at_the_start_of_his_visit_is_the_visitor():
    assert proposed.visits(_EN, _EN_DAY) == [("Orhan Kaplan", "Uzbekistan", "2026-06-08", "Tashkent", "official")]


# the near forms: welcomed at the end of the visit tells no start of it (plant: _WELCOMED_AT_VISIT_START's
# "(?:start|beginning|outset)" widened to r"\w+"); and a welcomed proposal, its name after the comma, names no guest
# (no round 89 plant: the name's resolution holds it, checked on the merged code, round 89 re-plant)
def test_a_welcome_at_another_moment_is_no_visit_start():
    assert proposed.visits(_EN.replace("at the start of his", "at the end of his"), _EN_DAY) == []
    proposal = _EN.replace("welcoming our Minister of Energy, Mr. Orhan Kaplan,",
                           "welcoming our Minister's proposal, Green Corridor,")
    assert proposed.visits(proposal, _EN_DAY) == []


_RU_QA = ("Министр энергетики: «Азербайджан — наш партнёр» | Блиц\n\n"
          "Министр энергетики Казахстана Алмасадам Саткалиев ответил на вопросы нашего блица в Астане.\n\n"
          "**— Азербайджан — партнёр?**\n\n"
          "— Партнёр, надёжный.\n\n"
          "**— Когда вы в последний раз были в Азербайджане?**\n\n"
          "— 3 мая, в Баку. Осмотрели терминал, подписали с азербайджанскими коллегами три соглашения. "
          "А на прошлой неделе заезжал в Гянджу, но там без подписей.\n\n"
          "**— Ваш любимый чай?**\n\n"
          "— Чёрный.")
_QA_DAY = date(2026, 9, 10)


# plant: in _interview_answer_trip the dated_place test dropped (m := _FIRST_PERSON_TRIP.search(s.text) alone)
def test_a_day_and_a_place_answering_when_he_was_there():
    assert proposed.visits(_RU_QA, _QA_DAY) == [("Almasadam Satkaliyev", "Azerbaijan", "2026-05-03", "Baku", "other")]


# plant: _LOCAL_DOCUMENTS without the round 89 counterpart "(?:с\s+…\s+)?" between the verb and the count
def test_what_the_next_sentence_of_the_answer_signed_is_the_trip_s():
    assert proposed.documents(_RU_QA, _QA_DAY) == ["3"]


# the near form: the same answer to a question of no trip of his (plant: the _YOUR_TRIP_ASKED check on the question
# before the dated answer dropped)
def test_a_day_and_a_place_answering_another_question_is_no_visit():
    text = _RU_QA.replace("Когда вы в последний раз были в Азербайджане?", "Когда открыли новый терминал?")
    assert proposed.visits(text, _QA_DAY) == []
