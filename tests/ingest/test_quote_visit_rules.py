"""Quote and visit forms of the held-out articles dev/30–41 (en/az/ru/tr), each as a small text.

One behaviour per test: what a journalist writes, and who the rules must say spoke or visited."""
from datetime import date

from dashboard.ingest import Article, propose


def _quotes(text: str, day: date) -> list[tuple[str, str]]:
    return [(p.record["speaker"], p.record["quote"]) for p in propose(Article(text, day, outlet="x"))
            if p.table == "quotes"]


def _visits(text: str, day: date) -> list[tuple]:
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"], p.record["city"],
             p.record["visit_type"]) for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def test_a_label_paragraph_names_the_speaker_of_the_next_paragraph():
    text = ("Then the presidents made press statements.\n\nPresident Ilham Aliyev:\n\n"
            "- Dear friends, our countries have always stood side by side in every hard time.\n\n"
            "President Emomali Rahmon:\n\nOur trade is still very modest and must grow several times.")
    assert _quotes(text, date(2024, 5, 23)) == [
        ("Ilham Aliyev", "Dear friends, our countries have always stood side by side in every hard time."),
        ("Emomali Rahmon", "Our trade is still very modest and must grow several times.")]


def test_a_headline_with_a_name_and_a_colon_is_no_quote():
    text = ("Szijjártó: Hungary wants to buy more Azerbaijani gas\n\n"
            "Hungarian Minister of Foreign Affairs and Trade Péter Szijjártó has arrived in Baku.")
    assert _quotes(text, date(2024, 4, 25)) == []


def test_reported_speech_of_the_head_of_state_gives_a_later_he_said():
    text = ("President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Azerbaijan Ilham Aliyev.\n\n"
            "Opening the talks, the Head of State noted that Azerbaijan is a key partner.\n\n"
            "He said: “Our relations are developing according to a clear plan.”")
    assert _quotes(text, date(2025, 10, 21)) == [
        ("Kassym-Jomart Tokayev", "Our relations are developing according to a clear plan.")]


def test_said_the_and_a_title_that_names_one_person():
    text = ("“Today the Caspian Sea does not divide, but unites our peoples,” said the National Leader of the "
            "Turkmen people.")
    assert _quotes(text, date(2025, 8, 22)) == [
        ("Gurbanguly Berdimuhamedow", "Today the Caspian Sea does not divide, but unites our peoples")]


def test_turkish_verb_after_the_quote_and_speaker_before_it():
    text = ('Ortak basın toplantısında konuşan Erdoğan, "Azerbaycan\'ın sevinci bizim sevincimiz, kederi bizim '
            'kederimizdir." dedi.\n\nAliyev, "Türkiye ve Azerbaycan\'ın birliği, bölgede barışın unsurudur." '
            'ifadesini kullandı.')
    assert [s for s, _ in _quotes(text, date(2020, 2, 25))] == ["Recep Tayyip Erdoğan", "Ilham Aliyev"]


def test_azerbaijani_subject_at_the_sentence_start_before_a_colon():
    text = ('İqtisadiyyat naziri Mikayıl Cabbarov "X" sosial şəbəkəsindəki paylaşımında bildirib: "Türkiyə ilə '
            'ticarət əlaqələrimiz hər il yeni rekordlar qırır".\n\nPrezident İlham Əliyev təşkilatın maliyyə '
            'imkanlarına da toxunub: «Təşkilatın mövcud büdcəsi məqsədlərə çatmaq üçün kifayət deyil».')
    assert [s for s, _ in _quotes(text, date(2024, 11, 6))] == ["Mikayıl Cabbarov", "Ilham Aliyev"]


def test_azerbaijani_head_of_state_words_and_deye_after_the_quote():
    text = ("Xatırladaq ki, Prezident İlham Əliyev noyabrın 5-də Qırğızıstana gəlib.\n\n"
            "Çıxışında dövlətimizin başçısı deyib: «Son iki ildə bu, mənim Qırğızıstana üçüncü səfərimdir».\n\n"
            "«Tranzit daşımalarımız ötən ilin eyni dövrü ilə müqayisədə 15 faiz artıb», – deyə Prezident vurğulayıb.")
    assert [s for s, _ in _quotes(text, date(2024, 11, 6))] == ["Ilham Aliyev", "Ilham Aliyev"]


def test_azerbaijani_country_and_office_words_name_the_holder():
    text = ("Azərbaycan Prezidenti əməkdaşlığın vacibliyini də qeyd edib: «Müdafiə sahəsində əməkdaşlığımız böyük "
            "əhəmiyyət kəsb edir».")
    assert [s for s, _ in _quotes(text, date(2024, 11, 6))] == ["Ilham Aliyev"]


def test_russian_dash_led_speech_with_the_verb_before_a_lower_case_speaker():
    text = ("— За десять месяцев товарооборот превысил 5 млрд долларов, — заявил азербайджанский лидер.\n\n"
            "— Товарооборот с Туркменистаном вырос в пять раз, — добавил он.\n\n"
            "«Мы должны доставлять туркменский газ на европейские рынки», — сказал турецкий президент.")
    assert [s for s, _ in _quotes(text, date(2022, 12, 14))] == ["Ilham Aliyev", "Ilham Aliyev",
                                                                   "Recep Tayyip Erdoğan"]


def test_a_russian_pronoun_after_the_quote_is_the_last_speaker():
    text = ("«Мы должны доставлять туркменский газ на европейские рынки», — сказал турецкий президент.\n\n"
            "«Объем торговли в прошлом году составил почти 2 млрд долларов», — отметил он.")
    assert [s for s, _ in _quotes(text, date(2022, 12, 14))] == ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"]


def test_who_arrived_names_the_visitor_and_the_weekday_is_the_start():
    text = ("President of Tajikistan Emomali Rahmon, who arrived in Baku on a state visit on Wednesday evening, "
            "held talks with President Ilham Aliyev on May 23.")
    assert _visits(text, date(2024, 5, 23)) == [("Emomali Rahmon", "Azerbaijan", "2024-05-22", "Baku", "state")]


def test_a_visit_takes_the_type_a_dayless_sentence_gave_it():
    text = ("President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Azerbaijan Ilham Aliyev, "
            "who is in Kazakhstan on a state visit.\n\nAliyev arrived in Astana on Monday evening.")
    assert _visits(text, date(2025, 10, 21)) == [("Ilham Aliyev", "Kazakhstan", "2025-10-20", "Astana", "state")]


def test_a_visit_to_a_country_takes_the_city_of_the_dateline():
    text = ("Aliyev and Berdimuhamedov hold talks\n\nTurkmenbashi, 22 August (Orient). President of the Republic "
            "of Azerbaijan Ilham Aliyev arrived in Turkmenistan on Friday.")
    [(*_, city, _)] = _visits(text, date(2025, 8, 22))
    assert city == "Turkmenbashi"


def test_a_surname_alone_is_the_person_of_that_name_the_article_named_not_an_office_holder_sharing_it():
    text = ("Chairman of the Cabinet of Ministers Akylbek Japarov arrived in Baku on November 13.\n\n"
            'Opening the meeting, Japarov said: "Azerbaijan is one of our key partners in the South Caucasus."\n\n'
            '"We will meet again in Bishkek next year," President Japarov said later.')
    assert [speaker for speaker, _ in _quotes(text, date(2023, 11, 14))] == ["Akylbek Japarov", "Sadyr Japarov"]


def test_reported_speech_before_a_quote_in_its_paragraph_tells_whom_he_means():
    text = ('Opening the session, Aripov said: "Over the past five years, mutual trade has grown almost threefold."\n\n'
            "Asadov noted that Azerbaijan attaches great importance to its ties with Uzbekistan. "
            "“The agreements reached by our presidents provide a solid basis for cooperation,” he said.")
    assert [speaker for speaker, _ in _quotes(text, date(2025, 10, 9))] == ["Abdulla Aripov", "Ali Asadov"]


def test_a_foreign_ministers_name_in_azerbaijani_spelling_is_him():
    text = ("Ceyhun Bayramov Budapeştdə danışıqlar aparıb. Peter Siyyarto bildirib: «Azərbaycan qazı bizim üçün çox "
            "vacibdir».")
    assert [speaker for speaker, _ in _quotes(text, date(2025, 2, 18))] == ["Péter Szijjártó"]


def test_a_visit_told_twice_is_one_visit_with_the_documents_its_lead_names():
    text = ("Türkiye and Kazakhstan signed 15 agreements on Tuesday as Kazakh President Kassym-Jomart Tokayev paid "
            "an official visit to the Turkish capital Ankara.\n\nTokayev, who arrived in Ankara on Tuesday morning, "
            "was welcomed by President Recep Tayyip Erdoğan.")
    visits = [p.record for p in propose(Article(text, date(2022, 5, 11), outlet="x")) if p.table == "visits"]
    assert [(v["visitor_name"], v["start_date"], v["visit_type"], v["documents_signed"]) for v in visits] == [
        ("Kassym-Jomart Tokayev", "2022-05-10", "official", "15")]
