"""Ninetieth round, q1 (docs/extraction.md: quotes.py, a Q/A interview's answers): a ministry's briefing transcript
labels its answers with the answerer's role, "Question: …?" / "Spokesperson: …" ("Press secretary:", "Sözcü:",
"Mətbuat katibi:", "Пресс-секретарь:"; a Russian one "Вопрос:" / "Ответ:"), the heading or lead naming him with that
role ("Spokesperson X Y, held a weekly briefing", "X Y, spokesperson of the ministry, …"): each answer of four words or
more is his quote, the questions no one's. A role label no one is named for (a lead naming only a minister, or two
spokespeople), and a short answer ("Not yet."), give nothing. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 17)

QA = ("\n\nQuestion: Could you tell us about the results of the visit to Tashkent?\n\n"
      "Spokesperson: The visit was a success and the sides signed four agreements on energy.\n\n"
      "Question: Has a date been set for the next round of talks?\n\nSpokesperson: Not yet.")
ANSWER = "The visit was a success and the sides signed four agreements on energy."


# plant: the `role` alternatives taken out of _QA_ANSWER (a "Spokesperson:" line then read by no rule)
def test_a_role_labelled_answer_is_the_one_the_lead_names_with_that_role():
    text = ("Spokesperson answers media questions at the weekly briefing\n\n"
            "On Friday, Head of the Press Department of the Ministry, Spokesperson Rauf Karimli, held a weekly "
            "briefing for the media." + QA)
    assert proposed.quotes(text, DAY) == [("Rauf Karimli", ANSWER)]


# plant: in _qa_role_holder, the "X Y, spokesperson of …" branch (the name before the role) taken out
def test_the_name_may_come_before_its_role():
    text = ("Weekly briefing of the foreign ministry\n\n"
            "On Friday, Rauf Karimli, spokesperson of the ministry, held a weekly briefing for the media." + QA)
    assert proposed.quotes(text, DAY) == [("Rauf Karimli", ANSWER)]


# plant: "Mətbuat\s+katibi" and "Sözcü" taken out of _QA_ANSWER's role alternatives
def test_azerbaijani_and_turkish_role_labels():
    az = ("Nazirliyin mətbuat katibi Rauf Kərimli brifinq keçirib\n\n"
          "Cümə günü Xarici İşlər Nazirliyinin mətbuat katibi Rauf Kərimli media üçün brifinq keçirib.\n\n"
          "Sual: Daşkənd səfərinin nəticələri barədə nə deyə bilərsiniz?\n\n"
          "Mətbuat katibi: Səfər uğurlu keçdi, tərəflər enerji sahəsində dörd saziş imzaladı.")
    assert [q for _, q in proposed.quotes(az, DAY)] == [
        "Səfər uğurlu keçdi, tərəflər enerji sahəsində dörd saziş imzaladı."]
    tr = ("Dışişleri Bakanlığı Sözcüsü Rauf Kerimli basın toplantısı düzenledi\n\n"
          "Bakanlık Sözcüsü Rauf Kerimli cuma günü haftalık basın toplantısı düzenledi.\n\n"
          "Soru: Taşkent ziyaretinin sonuçlarını değerlendirir misiniz?\n\n"
          "Sözcü: Ziyaret başarılı geçti, taraflar enerji alanında dört anlaşma imzaladı.")
    assert [q for _, q in proposed.quotes(tr, DAY)] == [
        "Ziyaret başarılı geçti, taraflar enerji alanında dört anlaşma imzaladı."]


# plant: "Вопрос" taken out of _QA_QUESTION (the answer then has no question before it)
def test_a_russian_question_and_answer():
    text = ("Пресс-секретарь МИД Мария Петрова ответила на вопросы журналистов\n\n"
            "В четверг пресс-секретарь МИД Мария Петрова провела брифинг для представителей СМИ.\n\n"
            "Вопрос: Как вы оцените итоги визита министра в Баку?\n\n"
            "Ответ: Визит прошёл успешно, стороны подписали шесть документов о сотрудничестве.")
    assert [q for _, q in proposed.quotes(text, DAY)] == [
        "Визит прошёл успешно, стороны подписали шесть документов о сотрудничестве."]


# the near forms (plant: _qa_role_holder returning the first name found, not only the one person named with the role)
def test_a_role_label_no_one_is_named_for_gives_nothing():
    nobody = "Weekly briefing of the foreign ministry\n\nOn Friday the ministry held its weekly briefing." + QA
    assert proposed.quotes(nobody, DAY) == []
    two = ("Weekly briefing of the foreign ministry\n\nOn Friday, Spokesperson Rauf Karimli and Spokesperson Leyla "
           "Hasanova held a weekly briefing for the media." + QA)
    assert proposed.quotes(two, DAY) == []
    minister = ("Брифинг МИД\n\nВ четверг министр иностранных дел Джейхун Байрамов встретился с журналистами.\n\n"
                "Вопрос: Как вы оцените итоги визита в Баку?\n\n"
                "Пресс-секретарь: Визит прошёл успешно, стороны подписали шесть документов.")
    assert proposed.quotes(minister, DAY) == []
