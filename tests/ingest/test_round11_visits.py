"""Visit forms of the tenth held-out set (dev/114–125), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from dashboard.ingest import Article, propose


def _visits(text: str, day: date, language: str = "en") -> list[tuple]:
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"], p.record["city"],
             p.record["visit_type"], p.record["documents_signed"])
            for p in propose(Article(text, day, outlet="x", language=language)) if p.table == "visits"]


_SATURDAY = date(2024, 6, 8)


def test_guests_the_summit_host_welcomed_by_name_came_to_the_summit():
    """Planted: the "hosted|welcomed|greeted <Name>" branch of visits._ATTEND dropped (no one was added)."""
    text = ("Heads of state of the Turkic nations gathered in Shusha on Friday for an informal summit. "
            "Azerbaijani President Ilham Aliyev welcomed Kazakh President Kassym-Jomart Tokayev and Kyrgyz "
            "President Sadyr Japarov to the venue.")
    # round 71 (docs0): docs/annotating.md's convention
    assert sorted(_visits(text, _SATURDAY)) == [
        ("Kassym-Jomart Tokayev", "Azerbaijan", "2024-06-07", "Shusha", "summit", "0"),
        ("Sadyr Japarov", "Azerbaijan", "2024-06-07", "Shusha", "summit", "0")]


def test_welcoming_a_decision_names_no_guest():
    """Planted: the lookahead (?-i:[A-Z]) after "welcomed" dropped (the lower-case "the" let the sentence count
    as a list of guests, and Tokayev, named after it, was taken for one)."""
    text = ("Heads of state of the Turkic nations gathered in Shusha on Friday for an informal summit. "
            "Azerbaijani President Ilham Aliyev welcomed the proposal made earlier by Kassym-Jomart Tokayev in Astana.")
    assert _visits(text, _SATURDAY) == []


def test_a_colon_dateline_is_not_the_summits_place():
    """Planted: visits._COLON_DATELINE matching nothing (the summit was put in Astana, where the report was filed)."""
    text = ("ASTANA: Leaders of the Turkic states gathered in Shusha on Friday for a summit. "
            "Kyrgyz President Sadyr Japarov also took part.")
    # round 71 (docs0): docs/annotating.md's convention
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Azerbaijan", "2024-06-07", "Shusha", "summit", "0")]


def test_an_azerbaijani_genitive_surname_loses_its_case_ending():
    """Planted: name_forms.az_nominative returning the name unchanged (the visitor was "Rustam Nazarovun")."""
    text = ("Qazaxıstanın daxili işlər naziri general-mayor Rustam Nazarovun başçılıq etdiyi nümayəndə heyəti "
            "iyunun 6-da rəsmi səfərlə Azərbaycana gəlib.")
    assert [v[0] for v in _visits(text, _SATURDAY, "az")] == ["Rustam Nazarov"]


def test_a_city_told_by_the_azerbaijani_locative_qualifier_is_the_visits_city():
    """Planted: the -dakı/-dəki ending dropped from places._declined (the visit had no city)."""
    text = ("Qazaxıstanın daxili işlər naziri general-mayor Rustam Nazarovun başçılıq etdiyi nümayəndə heyəti "
            "iyunun 6-da rəsmi səfərlə Azərbaycana gəlib. "
            "Bakıdakı hava limanında qonaqları rəsmi şəxslər qarşılayıb.")
    assert [v[3] for v in _visits(text, _SATURDAY, "az")] == ["Baku"]


def test_documents_counted_with_signed_as_the_adjective():
    """Planted: the "<count> signed documents" branch of visits._DOCUMENTS dropped (no count)."""
    text = ("Uzbek President Shavkat Mirziyoyev arrived in Baku on Thursday for a state visit. "
            "The talks closed on Friday with twelve signed agreements.")
    assert _visits(text, _SATURDAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2024-06-06", "Baku", "state", "12")]


def test_a_russian_visitor_named_before_a_participle_of_staying():
    """Planted: visits._RU_STAYING matching nothing (no visitor: no visit)."""
    text = ("Переговоры, прошедшие в пятницу, 7 июня, провел министр энергетики Узбекистана Журабек Мирзамахмудов, "
            "пребывающий в Казахстане с официальным визитом.")
    # round 71 (docs0): docs/annotating.md's convention
    assert _visits(text, _SATURDAY, "ru") == [
        ("Zhurabek Mirzamakhmudov", "Kazakhstan", "2024-06-07", "", "official", "0")]


def test_a_cityless_visit_takes_the_hosts_capital_told_in_the_sentences_before():
    """Planted: visits._city_from_before returning at once (the visit had no city)."""
    text = ("В Астане прошло заседание совместной комиссии. "
            "Стороны обсудили транзит. "
            "Заседание, прошедшее в пятницу, 7 июня, провел министр энергетики Узбекистана Журабек Мирзамахмудов, "
            "пребывающий в Казахстане с официальным визитом.")
    assert [v[3] for v in _visits(text, _SATURDAY, "ru")] == ["Astana"]


def test_this_morning_in_turkish_is_the_day_of_the_report():
    """Planted: "bu sabah" dropped from when._TODAY (no day: no visit)."""
    text = "Kazakistan Dışişleri Bakanı Murat Nurtleu, resmi ziyaret için bu sabah Ankara'ya gitti."
    # round 71 (docs0): docs/annotating.md's convention
    assert _visits(text, _SATURDAY, "tr") == [("Murat Nurtleu", "Türkiye", "2024-06-08", "Ankara", "official", "0")]


def test_abroad_between_the_type_and_the_visit_word_keeps_the_type():
    """Planted: the (?:yurt\\s*dışı\\s+)? of visits._LOCAL_TYPE dropped (the visit was "other")."""
    text = "Kazakistan Dışişleri Bakanı Murat Nurtleu, ilk resmi yurt dışı ziyaretini yapmak üzere bugün Bakü'ye gitti."
    assert [v[4] for v in _visits(text, _SATURDAY, "tr")] == ["official"]


def test_going_to_a_named_place_in_the_turkish_dative_is_a_visit():
    """Planted: the "'ya/'ye/'a/'e gitti|geçti" branch of visits._LOCAL_VISIT dropped (no visit word: no visit)."""
    text = "Kazakistan Dışişleri Bakanı Murat Nurtleu, dün akşam Ankara'ya geçti."
    # round 71 (docs0): docs/annotating.md's convention
    assert _visits(text, _SATURDAY, "tr") == [("Murat Nurtleu", "Türkiye", "2024-06-07", "Ankara", "other", "0")]


def test_moving_on_to_an_unnamed_stage_is_no_visit():
    """Planted: the apostrophe dropped from that branch's lookbehind (the talks' next stage was read as a trip to
    Ankara, the one place named)."""
    text = "Kazakistan Dışişleri Bakanı Murat Nurtleu ile Ankara'da yapılan görüşmeler dün ikinci aşamaya geçti."
    assert _visits(text, _SATURDAY, "tr") == []


def test_the_head_of_a_foreign_delegation_at_a_meeting_told_before_visits():
    """Planted: visits._RU_DELEGATION_HEAD matching nothing (no visit)."""
    text = ("В Ташкенте в пятницу, 7 июня, состоялось заседание совместной комиссии. "
            "Казахстанскую делегацию возглавил министр торговли Арман Шаккалиев.")
    # round 71 (docs0): docs/annotating.md's convention
    assert _visits(text, _SATURDAY, "ru") == [
        ("Arman Shakkaliyev", "Uzbekistan", "2024-06-07", "Tashkent", "other", "0")]


def test_the_head_of_the_hosts_own_delegation_does_not_visit():
    """Planted: visits._ru_delegation_head asking _sentence_place for the place as of no visitor's country ("")
    (the Uzbek was given a visit to Uzbekistan)."""
    text = ("В Ташкенте в пятницу, 7 июня, состоялось заседание совместной комиссии. "
            "Узбекскую делегацию возглавил министр инвестиций Лазиз Кудратов.")
    assert _visits(text, _SATURDAY, "ru") == []


def test_a_delegation_head_at_a_meeting_in_a_country_named_without_a_city_does_not_visit():
    """Planted: the `not place[1]` check of visits._ru_delegation_head dropped (a visit to Uzbekistan, no city)."""
    text = ("В Узбекистане в пятницу, 7 июня, состоялось заседание совместной комиссии. "
            "Казахстанскую делегацию возглавил министр торговли Арман Шаккалиев.")
    assert _visits(text, _SATURDAY, "ru") == []
