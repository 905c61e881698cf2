"""Sixty-seventh round, quotesru67 (docs/extraction.md: quotes.py, people.py, places.py): the forms behind the dev/1086
and dev/1091 misses, told in short invented sentences. A state's two-word name in the genitive after a title ("Министр
экономики Северного Кипра в Бишкеке: «…»") is no titled person (1086); a quote interrupted by a title with the acronym
the text glossed in brackets before a full name ("… Турецкой Республики Северного Кипра (ТРСК) X Y" … "«…, —
подчеркнул министр ТРСК. — …»"), two quotes of X Y (1086); a speech gerund and its "что" clause after the subject's
other verb before a partial quote ("X поддержал эту задачу, добавив, что стороны «…»"), with the subject a bare
"Кипрский министр" after the Turkish Cypriot minister was titled with his state's full Russian name (1086); and a
Russian interview's headline label in the nominative over a body that names the interviewee only declined ("Рустам
Назаров: «…»" … "мы поговорили с … Рустамом Назаровым") (1091). Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 16)


def _speakers(text: str) -> set[str]:
    return {speaker for speaker, _ in proposed.quotes(text, DAY)}


# plant: people._ru_titled_people without its _one_place_name(name) check
def test_a_states_genitive_name_after_a_title_is_no_person():
    text = ("Министр торговли Северного Кипра прибыл в Астану.\n\n"
            "«Казахстан для нас важный партнер и друг», — сказал министр.")
    assert "Severnogo Kipra" not in _speakers(text)
    headline = ("Глава МИД Северного Кипра в Баку: «Азербайджан для нас важный партнер»\n\nБАКУ. В Баку прибыла "
                "делегация.\n\n«Азербайджан для нас важный партнер», — заявил он журналистам.")
    assert "Severnogo Kipra" not in _speakers(headline)


# plant: the _ru_acronym_title_named_before call dropped from quotes._ru_interrupted (so too: people._RU_TITLED's
# second "of" alternative, the long name closed by the gloss, dropped)
def test_a_quote_interrupted_by_a_title_of_a_glossed_acronym():
    text = ("БАКУ, 16 апреля. Министр туризма и окружающей среды Турецкой Республики Северного Кипра (ТРСК) Фикри "
            "Атаоглу прибыл в Баку с рабочим визитом.\n\n«Мы хотим больше прямых рейсов между Баку и Эрджаном, — "
            "отметил министр ТРСК. — Туристы из Азербайджана уже едут к нам каждый месяц».")
    assert proposed.quotes(text, DAY) == [
        ("Fikri Ataoglu", "Мы хотим больше прямых рейсов между Баку и Эрджаном"),
        ("Fikri Ataoglu", "Туристы из Азербайджана уже едут к нам каждый месяц")]
    other = ("ТАШКЕНТ, 16 апреля. Директор Агентства по развитию экспорта при Министерстве инвестиций Узбекистана "
             "(АРЭ) Бахтиёр Саидов встретился с партнерами.\n\n«Экспорт в Казахстан растет каждый квартал, — сказал "
             "директор АРЭ. — Мы ждем новых контрактов уже летом».")
    assert proposed.quotes(other, DAY) == [("Bakhtiyor Saidov", "Экспорт в Казахстан растет каждый квартал"),
                                           ("Bakhtiyor Saidov", "Мы ждем новых контрактов уже летом")]


# plant: the _RU_SAYING_GERUND_THAT_END branch dropped from quotes._subject_partial
def test_a_speech_gerund_and_its_that_clause_before_a_partial_quote():
    text = ("БИШКЕК, 16 апреля. Министр экономики Азербайджана Микаил Джаббаров прибыл в Бишкек.\n\n"
            "Джаббаров поддержал это предложение, отметив, что предприниматели «готовы выйти на рынок уже в этом "
            "году».")
    assert proposed.quotes(text, DAY) == [("Mikail Dzhabbarov", "готовы выйти на рынок уже в этом году")]
    other = ("АСТАНА, 16 апреля. Министр торговли Казахстана Арман Шаккалиев провел переговоры в Анкаре.\n\n"
             "Шаккалиев одобрил план, подчеркнув при этом, что стороны «должны работать быстрее и смелее».")
    assert proposed.quotes(other, DAY) == [("Arman Shakkaliyev", "должны работать быстрее и смелее")]


# plant: "кипрск" dropped from people.RU_COUNTRY_ADJECTIVES (so too, apart: places._RU_REPUBLICS_OF emptied, the
# minister then of Türkiye by his state's first two words)
def test_the_cypriot_minister_after_the_turkish_cypriot_state_named_in_full():
    text = ("БИШКЕК, 16 апреля. Министр экономики и энергетики Турецкой Республики Северного Кипра (ТРСК) Олгун "
            "Амджаоглу прибыл в Бишкек. Его принял министр экономики Кыргызстана Данияр Амангельдиев.\n\n«Рынок "
            "маленький, но перспективный», — сказал Амангельдиев.\n\nКипрский министр согласился с этим, добавив, "
            "что стороны «должны начать с малого, но двигаться быстро».")
    assert proposed.quotes(text, DAY) == [("Daniyar Amangeldiyev", "Рынок маленький, но перспективный"),
                                          ("Olgun Amdzhaoglu", "должны начать с малого, но двигаться быстро")]
    other = ("АНКАРА, 16 апреля. Министр сельского хозяйства Турецкой Республики Северного Кипра Хусейн Чавуш "
             "встретился с коллегой из Казахстана Айдарбеком Сапаровым.\n\n«Зерно нужно везти через Мерсин», — "
             "сказал Сапаров.\n\nКипрский министр поддержал идею, заявив, что порт «справится и с большими "
             "объемами».")
    assert proposed.quotes(other, DAY)[-1] == ("Khuseyn Chavush", "справится и с большими объемами")


# plant: quotes._headline_label_person without the _ru_named_declined_in alternative
def test_an_interview_headline_label_over_a_body_naming_him_declined():
    text = ("Марат Исаев: «Торговля с Казахстаном должна расти быстрее»\n\nО торговле и планах мы поговорили с "
            "директором ассоциации экспортеров Кыргызстана Маратом Исаевым.\n\nКак идут дела у экспортеров?\n\n— "
            "Неплохо. За квартал экспорт в Казахстан вырос на десять процентов, и это нас радует.\n\nЧего ждать "
            "дальше?\n\n— Мы ждем новых контрактов и новых рынков уже этим летом.")
    assert proposed.quotes(text, DAY)[0] == ("Marat Isayev", "Торговля с Казахстаном должна расти быстрее")
    other = ("Айгуль Сейтова: «Туристов из Турции станет вдвое больше»\n\nО туризме мы побеседовали с председателем "
             "ассоциации туроператоров Айгуль Сейтовой.\n\nСколько туристов приехало?\n\n— За полгода к нам приехали "
             "около ста тысяч туристов из Турции, это рекорд.\n\nА что дальше?\n\n— Дальше будут новые рейсы и "
             "новые отели на Иссык-Куле.")
    assert proposed.quotes(other, DAY)[0] == ("Aygul Seytova", "Туристов из Турции станет вдвое больше")
