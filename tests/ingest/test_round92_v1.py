"""Ninety-second round, v1 (docs/extraction.md: visits.py, a trip told in the first person inside someone's words): a
podcast's answer under its guest's initials ("FH: Yes, I led a trade mission to Samarkand on the 9th of April.") after
a cast list naming him with them ("Guest: Farid Hajiyev (FH), …") is his visit, and the signing the next sentence of
his answer tells with no day or year of its own is that trip's; a hearing's answer under the bare label "Министр:"
telling "3 марта я был в Гяндже" is the visit of the one minister the intro names in full; and a written answer printed
in quote marks after "Bakan Bolat'ın yanıtında şu ifadeler yer aldı:" recalling "Semerkant'a gerçekleştirdiğim
ziyaret" (the visit I made) is the minister's visit. Initials two people named share, a sentence after the trip told
on another day, an intro naming two ministers, "our visit" ("gerçekleştirdiğimiz ziyaret") and the same words in the
reporter's own paragraph make no visit or no count. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 18)

PODCAST = ("Trade Talk, Episode 4: a conversation on Central Asian trade\n\n"
           "This is an edited transcript of the episode, released on 18 June 2026.\n\n"
           "Host: Laura Brandt (LB)\n\n"
           "Guest: Farid Hajiyev (FH), Deputy Minister of Economy of Azerbaijan\n\n"
           "LB: You went to Uzbekistan this spring, I think.\n\n"
           "FH: Yes, I led a trade mission to Samarkand on the 9th of April. We stayed two days, visited a textile "
           "park and a logistics hub, and our companies signed five memoranda with Uzbek partners.\n\n"
           "LB: Thank you.")


# plant: the `initials_named_before` fallback taken out of visits._answer_label_person (the answer gave no visit)
def test_an_answer_under_the_guest_s_initials_tells_his_trip():
    assert proposed.visits(PODCAST, DAY) == [("Farid Hajiyev", "Uzbekistan", "2026-04-09", "Samarkand", "other")]


# the near form: initials two people named before share name no one (plant: `len(people) == 1` made `>= 1` in
# quotes.initials_named_before: the visit was Fuad Huseynov's or Farid Hajiyev's)
def test_initials_two_people_share_give_no_visit():
    shared = PODCAST.replace("Host: Laura Brandt (LB)", "Host: Laura Brandt (LB)\n\nGuest: Fuad Huseynov (FH), "
                                                        "economist")
    assert proposed.visits(shared, DAY) == []


# plant: the `_next_tells_the_same_trip` alternative taken out of visits.find_visits' first-person branch (the
# count was "0")
def test_the_signing_the_next_sentence_of_the_answer_tells_is_the_trip_s():
    assert proposed.documents(PODCAST, DAY) == ["5"]


# the near form: the next sentence told on a day of its own is another time's signing (plant: visits.
# _next_tells_the_same_trip made `return True or …`: the count was 10)
def test_a_signing_the_next_sentence_tells_on_another_day_is_not_counted():
    other_day = PODCAST.replace("We stayed two days, visited a textile park and a logistics hub, and our companies "
                                "signed five memoranda with Uzbek partners.",
                                "On 2 May, when we visited Tashkent, our companies signed ten memoranda.")
    assert "10" not in proposed.documents(other_day, DAY)  # (what that sentence itself gives is its own rules')


HEARING = ("Комитет Мажилиса обсудил транзит через Каспий\n\n"
           "Министр торговли и интеграции Арман Шаккалиев во вторник ответил на вопросы депутатов комитета. Приводим "
           "фрагменты стенограммы.\n\n"
           "Депутат Нуриев: Как работают наши торговые дома за рубежом?\n\n"
           "Министр: Работают хорошо. 3 марта я был в Гяндже, где мы открыли новый торговый дом. В тот же день "
           "компании двух стран подписали два меморандума.\n\n"
           "Депутат Нуриев: Спасибо.")


# plant: the "я был в" alternative taken out of visits._FIRST_PERSON_TRIP (no visit); the "Министр" branch (the
# quotes' role holder, quotes._qa_role_holder) taken out of visits._answer_label_person (no visit either)
def test_the_minister_s_labelled_answer_i_was_in_is_his_visit():
    assert proposed.visits(HEARING, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2026-03-03", "Ganja", "other")]
    assert proposed.documents(HEARING, DAY) == ["2"]
    sumgait = HEARING.replace("в Гяндже", "в Сумгайыте")  # (the Azerbaijani spelling of Сумгаит, places.CITY_ALIASES)
    assert proposed.visits(sumgait, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2026-03-03", "Sumgait", "other")]


# the near form: an intro naming two ministers leaves the bare label no one's (plant: `len(names) == 1` made `>= 1` in
# quotes._qa_role_holder: the visit was one of the two's)
def test_a_bare_minister_label_after_two_ministers_gives_no_visit():
    two = HEARING.replace("ответил на вопросы депутатов комитета.",
                          "и Министр энергетики Алмасадам Саткалиев ответили на вопросы депутатов комитета.")
    assert proposed.visits(two, DAY) == []


ANSWER = ("Bakan Bolat'tan Özbekistan önergesine yanıt\n\n"
          "Ticaret Bakanı Ömer Bolat, Özbekistan ile ticarete ilişkin soru önergesini yazılı olarak yanıtladı.\n\n"
          "Bakan Bolat'ın yanıtında şu ifadeler yer aldı:\n\n"
          "\"İki ülke arasındaki ticaret son yıllarda hızla artmaktadır.\"\n\n"
          "\"Bu gelişmede, 4 Mayıs 2026 tarihinde Semerkant'a gerçekleştirdiğim ziyaret sırasında yapılan temasların "
          "katkısı büyüktür. Ziyaret kapsamında toplam üç belge imzalanmıştır.\"")


# plant: the `_quoted_speaker_s_trip` alternative taken out of visits.find_visits (no visit); the "gerçekleştirdiğim"
# alternative taken out of visits._MY_VISIT (no visit either)
def test_a_quoted_written_answer_recalling_the_visit_i_made_is_the_speaker_s():
    assert proposed.visits(ANSWER, DAY) == [("Ömer Bolat", "Uzbekistan", "2026-05-04", "Samarkand", "other")]
    assert proposed.documents(ANSWER, DAY) == ["3"]


# the near forms: "our visit" (plant: the `\s` after the participle in visits._MY_VISIT made `\w*\s` and the gate's
# "ğim " made "ğim" in _MY_VISIT_WORDS, together: either alone still left it none), and the same
# sentence in the reporter's own paragraph, no quote mark opening it (plant: the quote-mark test of the sentence's
# paragraph dropped from visits._quoted_speaker_s_trip)
def test_our_visit_and_the_reporter_s_paragraph_give_no_visit():
    ours = ANSWER.replace("gerçekleştirdiğim ziyaret", "gerçekleştirdiğimiz ziyaret")
    assert proposed.visits(ours, DAY) == []
    narrated = ANSWER.replace("\"Bu gelişmede, 4 Mayıs 2026 tarihinde Semerkant'a gerçekleştirdiğim ziyaret",
                              "Bu gelişmede, 4 Mayıs 2026 tarihinde Semerkant'a gerçekleştirdiğim ziyaret") \
        .replace("imzalanmıştır.\"", "imzalanmıştır.")
    assert proposed.visits(narrated, DAY) == []
