"""Ninety-seventh round, q3 (docs/extraction.md: quotes.py, visits.py, places.py): an Azerbaijani interview whose
questions are dash lines with no bold ("– Cənab səfir, … qiymətləndirirsiniz?") and whose answers are plain paragraphs
is the interview of plain paragraphs, every answer the interviewee's (quotes._plain_interview, the question read
without its dash by quotes._dash_question_unmarked); its closing lines, the interviewer's thanks as a dash line ("–
Söhbətə görə təşəkkür edirik.", quotes._interviewer_thanks, quotes._INTERVIEWER_THANKS with "görə") and the byline
"Söhbəti apardı: X Y" (quotes._INTERVIEW_CUE), are no answer and no dash or label that would make it another
interview. A visit told with the city gone to right after the visitor's name ("naziri X Y Namanqana işgüzar səfər
edib") is X Y's, the city no part of the name (visits._titled_newcomer, places.is_city_word); Jalal-Abad is read as
Azerbaijani spells it, "Cəlalabad" (places.CITY_SPELLINGS); and political consultations held in a capital ("… X Y
Bakıda siyasi məsləhətləşmələr aparıb") are a visit there of the one who held them (visits._TA_WAS_IN_PLACE, read by
visits._ta_was_in_place_visit).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 20)
LEAD = ("Özbəkistanın Azərbaycandakı səfiri: “Daşkənd ilə Bakı yaxınlaşır”\n\n"
        "Özbəkistan Respublikasının Azərbaycandakı səfiri Bahrom Aşrafxanov qəzetimizin suallarını cavablandırıb.\n\n")
QA = ("– Cənab səfir, ikitərəfli əlaqələri necə qiymətləndirirsiniz?\n\n"
      "Əlaqələrimiz heç vaxt bu qədər sıx olmayıb. Hər ay yeni layihələr başlayır.\n\n"
      "– Nəqliyyat sahəsində hansı addımlar atılır?\n\n"
      "Yük daşımaları artır, yeni marşrutlar açılır və gömrük işi sürətlənir.\n\n")
ANSWERS = [("Bahrom Aşrafxanov", "Əlaqələrimiz heç vaxt bu qədər sıx olmayıb. Hər ay yeni layihələr başlayır."),
           ("Bahrom Aşrafxanov", "Yük daşımaları artır, yeni marşrutlar açılır və gömrük işi sürətlənir.")]


# plant: _dash_question_unmarked returning the paragraph as it is (the dash question no plain question)
def test_dash_questions_over_plain_answers_are_an_interview_of_plain_answers():
    assert proposed.quotes(LEAD + QA, DAY) == ANSWERS
    # the near form: a lead that tells no interview makes no answers of the paragraphs after its dash questions
    report = LEAD.replace("qəzetimizin suallarını cavablandırıb", "Bakıda sərgidə iştirak edib")
    assert proposed.quotes(report + QA, DAY) == []


# plant: the closing lines let into _plain_interview's dash-and-label test again ("for k in answers", no "not in
# closing"); and, seen failing too, "görə" taken out of _INTERVIEWER_THANKS, and _interviewer_thanks taken out of the
# closing loop (only _INTERVIEW_CUE read there)
def test_the_interviewer_s_thanks_as_a_dash_line_closes_the_interview_of_plain_answers():
    assert proposed.quotes(LEAD + QA + "– Söhbətə görə təşəkkür edirik.\n\n", DAY) == ANSWERS
    # the near form: a long dash line opening with thanks is an answer, no interviewer's thanks: the answers are not
    # the plain interview's (the dash-line interview reads that line alone)
    answer = ("– Təşəkkür edirəm, bu il bizim üçün uğurlu oldu, ticarət artdı və yeni zavodlar açıldı, gələn il də "
              "artacaq.")
    assert proposed.quotes(LEAD + QA + answer + "\n\n", DAY) == [("Bahrom Aşrafxanov", answer[2:])]


# plant: the "söhbəti apar(dı|ıb):" alternative taken out of _INTERVIEW_CUE
def test_the_byline_closing_the_interview_is_no_answer():
    assert proposed.quotes(LEAD + QA + "Söhbəti apardı: Aynur Quliyeva, “Yeni Xəbər”\n\n", DAY) == ANSWERS
    # the near form: an answer speaking of the talk, no byline's colon, is an answer
    last = "Belə bir söhbəti aparmaq hər ikimiz üçün vacibdir, gənclər bunu gözləyir."
    assert proposed.quotes(LEAD + QA + last + "\n\n", DAY) == ANSWERS + [("Bahrom Aşrafxanov", last)]


HEAD = "Aqrar əməkdaşlıq genişlənir\n\n"


# plant: the round 97 block of _titled_newcomer taken out (the city kept as the run's last word)
def test_the_city_gone_to_right_after_the_name_is_no_part_of_it():
    trip = "İyunun 4-də Azərbaycanın kənd təsərrüfatı nazirinin müavini Elçin Rzayev Namanqana işgüzar səfər edib."
    assert proposed.visits(HEAD + trip, DAY) == [("Elçin Rzayev", "Uzbekistan", "2026-06-04", "Namangan", "working")]
    # the near form: an Uzbek official's trip to a city of his own state is no visit
    home = trip.replace("Azərbaycanın", "Özbəkistanın").replace("Elçin Rzayev", "Azamat Toktogulov")
    assert proposed.visits(HEAD + home, DAY) == []


# plant: "Cəlalabad" taken out of places.CITY_SPELLINGS
def test_jalal_abad_as_azerbaijani_spells_it():
    trip = "İyunun 4-də Azərbaycanın kənd təsərrüfatı nazirinin müavini Elçin Rzayev Cəlalabada işgüzar səfər edib."
    assert proposed.visits(HEAD + trip, DAY) == [("Elçin Rzayev", "Kyrgyzstan", "2026-06-04", "Jalal-Abad", "working")]
    # the near form: Jalilabad, a town of Azerbaijan's own, is no Jalal-Abad
    assert proposed.visits(HEAD + trip.replace("Cəlalabada", "Cəlilabada"), DAY) == []


CONSULTED = ("İyunun 4-də Türkmənistanın xarici işlər nazirinin müavini Ahmet Gurbanov Bakıda siyasi məsləhətləşmələr "
             "aparıb, tərəflər əməkdaşlıq proqramını imzalayıblar.")


# plant: the "məsləhətləşmələr aparıb" alternative of _TA_WAS_IN_PLACE made to match nothing ((?!) for its lookbehind)
def test_political_consultations_held_in_a_capital_are_a_visit_there():
    assert proposed.visits(HEAD + CONSULTED, DAY) == [("Ahmet Gurbanov", "Azerbaijan", "2026-06-04", "Baku", "other")]
    assert proposed.documents(HEAD + CONSULTED, DAY) == ["1"]
    # the near forms: consultations still to be held, or held in his own capital, are no visit
    assert proposed.visits(HEAD + CONSULTED.replace("aparıb, tərəflər", "aparacaq, tərəflər"), DAY) == []
    assert proposed.visits(HEAD + CONSULTED.replace("Bakıda", "Aşqabadda"), DAY) == []
