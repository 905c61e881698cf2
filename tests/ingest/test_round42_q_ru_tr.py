"""Forty-second round, Russian and Turkish quotes (docs/extraction.md: quotes.py, people.py): the forms behind the
dev/717, 729 and 735 misses and the failures the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 17)


def test_dash_line_surname_alone_after_a_long_title():
    # plant: the _ru_surname_named_before fallback dropped from the dash line's attribution (_unmarked_paragraph)
    text = ("Делегацию возглавил министр энергетики, промышленности и торговли Казахстана Ерлан Сагинбаев.\n\n"
            "— Мы видим большой потенциал в энергетике и логистике, — сказал Сагинбаев.")
    assert proposed.quotes(text, DAY) == [("Yerlan Saginbayev", "Мы видим большой потенциал в энергетике и логистике")]
    # another surname than the one named in full names no one
    other = ("Делегацию возглавил министр энергетики, промышленности и торговли Казахстана Ерлан Сагинбаев.\n\n"
             "— Мы видим большой потенциал в энергетике и логистике, — сказал Нуров.")
    assert proposed.quotes(other, DAY) == []


def test_dash_line_surname_alone_after_a_declined_full_name():
    # plant: ru_nominative dropped from the readings of _ru_surname_declined_before
    text = ("Делегация во главе с полпредом в области Нурланом Ермековым прибыла в Самарканд.\n\n"
            "— Самарканд и Туркестан связывает многовековая история городов, — отметил Ермеков. — Мы готовы "
            "открыть прямой авиарейс уже осенью.")
    assert proposed.quotes(text, DAY) == [
        ("Nurlan Yermekov", "Самарканд и Туркестан связывает многовековая история городов"),
        ("Nurlan Yermekov", "Мы готовы открыть прямой авиарейс уже осенью.")]


def test_declined_full_name_of_another_form_names_no_one():
    # plant: the check that the reading gives the attribution's surname dropped from _ru_surname_declined_before
    # ("Анны Ермековой" is Anna Yermekova, whom "Ермеков" is not)
    text = ("Встреча прошла при участии Анны Ермековой.\n\n"
            "— Самарканд и Туркестан связывает многовековая история городов, — отметил Ермеков.")
    assert proposed.quotes(text, DAY) == []


def test_surname_alone_interrupting_a_quote_in_marks():
    # plant: the _ru_surname_named_before fallback dropped from _ru_interrupted
    text = ("Министр энергетики, промышленности и торговли Казахстана Ерлан Сагинбаев прибыл в Баку.\n\n"
            "«Мы видим большой потенциал в энергетике и логистике, — сказал Сагинбаев. — Мы готовы открыть "
            "прямой авиарейс уже осенью».")
    assert proposed.quotes(text, DAY) == [("Yerlan Saginbayev", "Мы видим большой потенциал в энергетике и логистике"),
                                          ("Yerlan Saginbayev", "Мы готовы открыть прямой авиарейс уже осенью")]


def test_head_of_the_executive_power_named_in_the_instrumental():
    # plant: "главой" dropped from people._RU_INSTRUMENTAL_TITLES
    text = ("Гостей принял глава исполнительной власти Шеки Эльхан Усубов. Делегация встретилась с главой "
            "исполнительной власти Гянджи Рауфом Мамедовым.\n\n"
            "Рауф Мамедов подчеркнул, что Гянджа «открыта для кыргызских предпринимателей и студентов».\n\n"
            "«Наши народы связывает общая история, язык и культура», — сказал глава исполнительной власти.")
    assert proposed.quotes(text, DAY) == [
        ("Rauf Mamedov", "открыта для кыргызских предпринимателей и студентов"),
        ("Rauf Mamedov", "Наши народы связывает общая история, язык и культура")]


def test_bare_mayor_after_the_mayor_named_in_the_lead():
    # plant: "мэр" dropped from quotes._RU_AFTER_VERB_SPEAKER
    text = ("Делегацию встретил мэр Оша Таалайбек Сарыбашов.\n\n"
            "«Ош открыт для партнёров из Турции и Азербайджана», — сказал мэр.")
    assert proposed.quotes(text, DAY) == [("Taalaybek Sarybashov", "Ош открыт для партнёров из Турции и Азербайджана")]


def test_bare_mayor_after_an_economist_is_no_ones():
    # plant: the _titled_city_head check dropped from Resolver._resolve
    text = ("Экономист Айдар Нуров считает, что торговля вырастет.\n\n"
            "«Мы готовы к обмену студентами уже осенью», — сказал мэр.")
    assert proposed.quotes(text, DAY) == []
    # nor after a minister
    minister = ("Министр торговли Казахстана Арман Шаккалиев провёл переговоры в Гяндже.\n\n"
                "«Мы готовы к обмену студентами уже осенью», — сказал глава исполнительной власти.")
    assert proposed.quotes(minister, DAY) == []


def test_a_two_word_country_name_is_no_person_met():
    # plant: the _one_place_name check dropped from people._unlisted_names
    text = ("Ticaret Bakanı Ömer Bolat, Bakü'de temaslarda bulundu.\n\n"
            "Bolat ise Kuzey Kıbrıs ile ilişkilerin “kardeşlik temelinde ve her geçen gün daha da güçlenerek” "
            "geliştiğini söyledi.")
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", "kardeşlik temelinde ve her geçen gün daha da güçlenerek")]
    # a person met ("X Y ile") still leaves the words no one's
    met = ("Ticaret Bakanı Ömer Bolat, Bakü'de temaslarda bulundu.\n\n"
           "Bolat, Ali Veli ile ilişkilerin “kardeşlik temelinde ve her geçen gün daha da güçlenerek” geliştiğini "
           "söyledi.")
    assert proposed.quotes(met, DAY) == []


def test_turkish_colon_after_a_verb_in_the_present():
    # plant: "devam ediyor|" dropped from quotes.TR_COLON_VERB_MORE
    text = ("Ekonomist Deniz Kaptan, ihracatın tekstilden oluştuğunu hatırlatarak şöyle devam ediyor: \"Kazakistan "
            "tarafı ise petrol ve tahıl satıyor.\"")
    assert proposed.quotes(text, DAY) == [("Deniz Kaptan", "Kazakistan tarafı ise petrol ve tahıl satıyor.")]
    # another's words recalled before the colon are not the subject's
    recalled = ("Ekonomist Deniz Kaptan, Bakan Ömer Bolat'ın sözlerini hatırlatıyor: \"Özbekistan ile ticaret "
                "hacmimiz 5 milyar doları aşacak.\"")
    assert proposed.quotes(recalled, DAY) == []


def test_turkish_colon_after_a_verb_in_the_past_perfect():
    # plant: "değinmişti|" dropped from quotes.TR_COLON_VERB_MORE
    text = ("Ticaret Bakanı Ömer Bolat, geçen yıl Taşkent'te aynı konuya değinmişti: \"Özbekistan ile ticaret "
            "hacmimiz 5 milyar doları aşacak.\"")
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", "Özbekistan ile ticaret hacmimiz 5 milyar doları aşacak.")]


def test_turkish_call_made_before_a_colon_ending_its_paragraph():
    # plant: "yapıyor|" dropped from the call's verbs in quotes.TR_COLON_VERB_MORE
    text = ("Bakü'deki ekonomist Vüsale Memmedova ise daha fazla ortak üretim çağrısı yapıyor:\n\n"
            "\"Türk şirketleri Azerbaycan'a sadece mal satmamalı, burada üretmeli.\"")
    assert proposed.quotes(text, DAY) == [("Vüsale Memmedova",
                                           "Türk şirketleri Azerbaycan'a sadece mal satmamalı, burada üretmeli.")]
    # a sentence naming two people in the nominative names no one speaker
    two = ("Ekonomist Deniz Kaptan ile Ahmet Yılmaz konuyu tartışıyor:\n\n"
           "\"Türk şirketleri Azerbaycan'a sadece mal satmamalı, burada üretmeli.\"")
    assert proposed.quotes(two, DAY) == []
