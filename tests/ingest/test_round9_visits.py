"""Visit forms of the eighth held-out set (dev/90–101), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents


_FRIDAY = date(2025, 3, 7)


def test_a_participle_of_the_visit_word_names_who_follows_it_not_the_subject():
    """Planted: find_visits not calling visits._participle_visitors (the host, named first, was given a
    visit to the guest's country)."""
    text = ("Martın 6-da Daşkənddə Özbəkistan Prezidenti Şavkat Mirziyoyevin və işgüzar səfərdə olan "
            "Azərbaycan Prezidenti İlham Əliyevin görüşü keçirilib.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Uzbekistan", "2025-03-06", "Tashkent", "working")]


def test_landing_is_an_arrival_and_one_right_after_a_summit_came_for_it():
    """Planted: "landed" removed from visits._VISIT (the landing proposed no visit)."""
    text = ("Leaders of the Turkic states held a summit in Bishkek on Thursday. "
            "Azerbaijani President Ilham Aliyev had landed in Bishkek late on Wednesday and was met by the "
            "Kyrgyz prime minister.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Kyrgyzstan", "2025-03-05", "Bishkek", "summit")]


def test_those_seated_with_the_one_who_came_for_a_summit_took_part_on_the_day_told():
    """Planted: visits._later_day returning None (the leaders seated on Thursday were given Wednesday, the
    day the first flew in)."""
    text = ("Uzbek President Shavkat Mirziyoyev flew into Ashgabat on Wednesday evening for the summit of "
            "Central Asian leaders. On Thursday he sat down alongside Kazakhstan's Kassym-Jomart Tokayev and "
            "Kyrgyzstan's Sadyr Japarov.")
    assert _visits(text, _FRIDAY) == [
        ("Shavkat Mirziyoyev", "Turkmenistan", "2025-03-05", "Ashgabat", "summit"),
        ("Kassym-Jomart Tokayev", "Turkmenistan", "2025-03-06", "Ashgabat", "summit"),
        ("Sadyr Japarov", "Turkmenistan", "2025-03-06", "Ashgabat", "summit")]


def test_a_state_represented_at_a_summit_by_someone_named_sent_them():
    """Planted: the "represented by" alternative removed from visits._ATTEND (no visit for the envoy)."""
    text = ("The summit of the Organization of Turkic States opened in Baku on Wednesday. "
            "Kazakhstan was represented by President Kassym-Jomart Tokayev, Kyrgyzstan by a deputy minister.")
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-05", "Baku", "summit")]


def test_russian_nakanune_alone_is_the_day_before_the_report():
    """Planted: the _EVE alternative of when._LOCAL_RELATIVE removed (the visit had no day, none proposed)."""
    text = ("Президент Кыргызстана Садыр Жапаров, прибывший накануне с государственным визитом в Ташкент, "
            "провел переговоры с Шавкатом Мирзиёевым.")
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Uzbekistan", "2025-03-06", "Tashkent", "state")]


def test_russian_nakanune_before_a_noun_is_ahead_of_it_no_day():
    """Planted: the lookahead of when._EVE removed ("накануне визита" was read as yesterday)."""
    from dashboard.ingest import when
    assert when.local_dates_in("Накануне визита министры обсудили повестку.", _FRIDAY) == []


def test_who_follows_came_to_a_place_in_the_dative_came_there():
    """Planted: the "gelen/gələn" alternative of visits._LOCAL_VISIT removed (no visit: the one visit word,
    "ziyareti", has no participle after it)."""
    text = ("Çalışma ziyareti kapsamında perşembe günü Astana'ya gelen Azerbaycan Cumhurbaşkanı İlham Aliyev, "
            "Kazakistan Başbakanı ile görüştü.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Kazakhstan", "2025-03-06", "Astana", "working")]


def test_the_head_of_a_delegation_received_is_the_visitor_of_the_delegations_country():
    """Planted: the delegation prefix of visits._RECEIVED removed (the one received began with a lower-case
    "a delegation", none proposed)."""
    text = ("President Ilham Aliyev on Thursday received a delegation of the Republic of Kazakhstan led by "
            "Minister of Trade Arman Shakkaliyev.")
    assert _visits(text, _FRIDAY) == [("Arman Shakkaliyev", "Azerbaijan", "2025-03-06", "", "other")]


def test_a_delegation_arriving_earlier_is_its_heads_arrival():
    """Planted: visits._delegation_head returning None (the visit started on the day of the reception)."""
    text = ("President Ilham Aliyev on Thursday received a delegation of the Republic of Kazakhstan led by "
            "Minister of Trade Arman Shakkaliyev. The Kazakh delegation arrived in Baku on Tuesday for a meeting "
            "of the intergovernmental commission.")
    assert _visits(text, _FRIDAY) == [("Arman Shakkaliyev", "Azerbaijan", "2025-03-04", "Baku", "other")]


def test_the_two_presidents_on_the_sidelines_of_a_summit_and_later_documents_stay_with_the_visit():
    """Planted: visits._latest returning visits[-1] (the eleven documents went to the recalled summit visit)."""
    text = ("President Kassym-Jomart Tokayev on Thursday received Minister of Foreign Affairs of Kyrgyzstan "
            "Jeenbek Kulubaev in Astana. The sides recalled the talks between the two presidents on the "
            "sidelines of the CIS summit in Bishkek on 14 February. Eleven documents were signed.")
    assert _visits(text, _FRIDAY) == [("Jeenbek Kulubaev", "Kazakhstan", "2025-03-06", "Astana", "other"),
                                      ("Kassym-Jomart Tokayev", "Kyrgyzstan", "2025-02-14", "Bishkek", "summit")]
    assert _documents(text, _FRIDAY) == ["11", "0"]  # round 71 (docs0): docs/annotating.md's convention
