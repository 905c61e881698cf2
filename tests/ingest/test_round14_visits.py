"""Visit forms of the thirteenth held-out set (dev/150–161), each as a small invented text worded unlike the gold
articles, and forms found by probing with invented passages.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from dashboard.ingest import when
from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents

_THURSDAY = date(2024, 6, 13)


def test_a_summit_is_not_on_the_day_its_arrival_clause_tells():
    """Planted: visits._summit_day returning the sentence's first day (the summit and the leaders listed after it
    were dated on the Turkish president's arrival)."""
    text = ("Leaders of the Turkic states met on the Caspian shore on Thursday. "
            "Erdogan, who landed in the Azerbaijani capital on Wednesday night, addressed the summit of the Organization "
            "of Turkic States. "
            "Also present were Kyrgyz President Sadyr Japarov and Uzbekistan's Shavkat Mirziyoyev.")
    assert sorted(_visits(text, _THURSDAY)) == [
        ("Recep Tayyip Erdoğan", "Azerbaijan", "2024-06-12", "Baku", "summit"),
        ("Sadyr Japarov", "Azerbaijan", "2024-06-13", "Baku", "summit"),
        ("Shavkat Mirziyoyev", "Azerbaijan", "2024-06-13", "Baku", "summit")]


def test_an_arrival_in_a_relative_clause_is_the_last_listed_leaders_alone():
    """Planted: visits._arrived_alone returning None (all three leaders were dated on the arrival of the last)."""
    text = ("The summit of the Organization of Turkic States opened in Astana on Thursday. "
            "Around the table sat Uzbek President Shavkat Mirziyoyev, Sadyr Japarov of Kyrgyzstan and Turkish President "
            "Recep Tayyip Erdogan, who is the group's longest-serving leader and arrived in the city on Tuesday.")
    assert sorted(_visits(text, _THURSDAY)) == [
        ("Recep Tayyip Erdoğan", "Kazakhstan", "2024-06-11", "Astana", "summit"),
        ("Sadyr Japarov", "Kazakhstan", "2024-06-13", "Astana", "summit"),
        ("Shavkat Mirziyoyev", "Kazakhstan", "2024-06-13", "Astana", "summit")]


def test_who_both_arrived_tells_the_arrival_of_both():
    """Planted: visits._WHO_CLAUSE without its "both|all" group (the plural clause was read as the last one's)."""
    text = ("The summit of the Organization of Turkic States opened in Astana on Thursday. "
            "Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov and Turkish President Recep Tayyip "
            "Erdogan, who all arrived in the city on Tuesday, took part in it.")
    assert {v[2] for v in _visits(text, _THURSDAY)} == {"2024-06-11"}


def test_an_english_meeting_of_heads_of_state_is_a_summit():
    """Planted: visits._GATHERING without its "meeting of the Council of Heads of State" alternatives (no summit,
    so the leaders who took part in it gave no visits)."""
    text = ("A meeting of the Council of Heads of State of the CIS was held in Bishkek on Thursday. "
            "Azerbaijani President Ilham Aliyev and Kazakh President Kassym-Jomart Tokayev took part in the talks.")
    assert sorted(_visits(text, _THURSDAY)) == [
        ("Ilham Aliyev", "Kyrgyzstan", "2024-06-13", "Bishkek", "summit"),
        ("Kassym-Jomart Tokayev", "Kyrgyzstan", "2024-06-13", "Bishkek", "summit")]


def test_a_turkish_list_of_those_at_the_summit_further_on():
    """Planted: visits._CAME_TO_IT without its Turkish, Azerbaijani and Russian alternative (the list four sentences
    after the summit's gave no visits)."""
    text = ("Türk Devletleri Teşkilatı Zirvesi dün Astana'da yapıldı. "
            "Cumhurbaşkanı Erdoğan zirvede konuştu. "
            "\"Birlikte daha güçlüyüz.\" "
            "\"Ticaretimizi artıracağız.\" "
            "Zirveye ev sahibi Tokayev'in yanı sıra Azerbaycan Cumhurbaşkanı İlham Aliyev ve Kırgızistan "
            "Cumhurbaşkanı Sadır Caparov katıldı.")
    found = _visits(text, _THURSDAY)
    assert ("Ilham Aliyev", "Kazakhstan", "2024-06-12", "Astana", "summit") in found
    assert ("Sadyr Japarov", "Kazakhstan", "2024-06-12", "Astana", "summit") in found


def test_a_turkish_weekday_with_a_time_of_day():
    """Planted: when._LOCAL_WEEKDAY's Turkish days with "günü" alone ("salı akşamı" was no day)."""
    days = [d[0] for d in when.local_dates_in("Aliyev salı akşamı Ankara'ya geldi, cuma sabahı döndü.", _THURSDAY)]
    assert days == [date(2024, 6, 11), date(2024, 6, 7)]


def test_an_arrival_told_with_the_summit_word_is_no_second_summit():
    """Planted: visits._same_gathering asking the same first day (the arrival the day before the summit made a
    second summit, of no city, and the list further on was no longer of the summit the report is about)."""
    text = ("Türk Devletleri Teşkilatı Zirvesi dün Astana'da yapıldı. "
            "Salı akşamı Kazakistan'a gelen Cumhurbaşkanı Erdoğan, zirvede konuştu. "
            "\"Birlikte daha güçlüyüz.\" "
            "\"Ticaretimizi artıracağız.\" "
            "Zirveye Azerbaycan Cumhurbaşkanı İlham Aliyev ve Kırgızistan Cumhurbaşkanı Sadır Caparov katıldı.")
    assert sorted(_visits(text, _THURSDAY)) == [
        ("Ilham Aliyev", "Kazakhstan", "2024-06-12", "Astana", "summit"),
        ("Recep Tayyip Erdoğan", "Kazakhstan", "2024-06-11", "Astana", "summit"),
        ("Sadyr Japarov", "Kazakhstan", "2024-06-12", "Astana", "summit")]


def test_the_guest_welcomed_in_a_visit_sentence_visits():
    """Planted: visits._welcomed_guest returning None (the visit sentence named no visitor by a cue verb)."""
    text = ("Kazakh President Kassym-Jomart Tokayev welcomed Uzbek President Shavkat Mirziyoyev to Astana on Tuesday "
            "for a state visit. Seven documents were signed.")
    assert _visits(text, _THURSDAY) == [("Shavkat Mirziyoyev", "Kazakhstan", "2024-06-11", "Astana", "state")]
    assert _documents(text, _THURSDAY) == ["7"]


def test_a_guest_welcomed_with_his_country_before_his_name():
    """Planted: visits._welcomed_guest refusing a guest phrase with "'s" (Azerbaijan's Ilham Aliyev was no guest)."""
    text = "Erdogan welcomed Azerbaijan's Ilham Aliyev to Ankara on Tuesday for a working visit."
    assert _visits(text, _THURSDAY) == [("Ilham Aliyev", "Türkiye", "2024-06-11", "Ankara", "working")]
    assert _visits("Tokayev welcomed Ilham Aliyev's initiative in Astana on Tuesday, ahead of a state visit.",
                   _THURSDAY) == []


def test_a_type_said_of_a_visit_to_another_state_is_not_this_ones():
    """Planted: visits._typed_hosts returning every state the sentence names (the Kazakh minister's talks in Baku
    took the type of Tokayev's state visit to Uzbekistan)."""
    text = ("Ties between Astana and Baku grew after Kazakh President Kassym-Jomart Tokayev's state visit to "
            "Uzbekistan in 2022. "
            "Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Astana on May 14 with Kazakh officials.")
    assert _visits(text, _THURSDAY) == [("Jeyhun Bayramov", "Kazakhstan", "2024-05-14", "Astana", "other")]


def test_a_meeting_told_without_a_meeting_verb():
    """Planted: visits._meeting_visit not calling _meeting_with_visit (no visit without a verb of meeting)."""
    text = ("“Our railways must be linked,” Kyrgyz President Sadyr Japarov said on Monday, at a meeting with "
            "Azerbaijani Prime Minister Ali Asadov in Bishkek.")
    assert _visits(text, _THURSDAY) == [("Ali Asadov", "Kyrgyzstan", "2024-06-10", "Bishkek", "other")]
    text = "During talks with Turkish Foreign Minister Hakan Fidan in Baku on Monday, Aliyev praised the corridor."
    assert _visits(text, _THURSDAY) == [("Hakan Fidan", "Azerbaijan", "2024-06-10", "Baku", "other")]


def test_a_meeting_with_ones_own_or_of_no_two_parties_gives_no_visit():
    """Planted: visits._meeting_with_visit without its check that one party is of the place's state and one not
    (the Kyrgyz president's meeting with his own prime minister abroad gave a visit)."""
    assert _visits("Azerbaijani President Ilham Aliyev said on Monday, at a meeting with Foreign Minister "
                   "Jeyhun Bayramov in Astana, that trade grew.", _THURSDAY) == []
    assert _visits("Ilham Aliyev said on Monday, at a meeting with Jeyhun Bayramov in Baku, that trade grew.",
                   _THURSDAY) == []
    assert _visits("Japarov said on Monday, at a meeting with his ministers in Bishkek, that trade grew.",
                   _THURSDAY) == []


_FRIDAY = date(2025, 3, 14)


def test_the_day_a_visit_to_come_was_announced_is_not_its_start():
    """Planted: visits.find_visits without its _SAID_ON step (the visit next month was dated on the day it was
    announced)."""
    text = "Kyrgyz President Sadyr Japarov will pay an official visit to Uzbekistan in April, his press office said on Thursday."
    assert _visits(text, _FRIDAY) == []
    text = "Kyrgyz President Sadyr Japarov arrived in Tashkent on Thursday for an official visit, his press office said."
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Uzbekistan", "2025-03-13", "Tashkent", "official")]


def test_a_titled_guest_the_table_does_not_know_at_a_meeting_with():
    """Planted: visits._meeting_with_visit taking only guests of rule "name" or "office" (a vice-president the table
    does not list was no party)."""
    text = "“We are one family,” Tokayev said at a meeting with Turkish Vice President Cevdet Yilmaz in Astana on Tuesday."
    assert _visits(text, _FRIDAY) == [("Cevdet Yilmaz", "Kazakhstan", "2025-03-11", "Astana", "other")]


def test_russian_talks_that_took_place_name_their_parties_in_the_genitive():
    """Planted: visits._LOCAL_MET without its "состоялись переговоры" alternative (no visit)."""
    text = ("В среду в Баку состоялись переговоры министра иностранных дел Казахстана Мурата Нуртлеу с главой МИД "
            "Азербайджана Джейхуном Байрамовым.")
    assert _visits(text, _FRIDAY) == [("Murat Nurtleu", "Azerbaijan", "2025-03-12", "Baku", "other")]
    assert _visits("Встреча состоялась в Баку в среду.", _FRIDAY) == []


def test_a_visit_by_names_its_visitor():
    """Planted: visits._VISITOR_CUES without its "visit by" alternative (no visitor, no visit)."""
    text = "Mirziyoyev praised the new railway in Tashkent on Tuesday, during an official visit by Sadyr Japarov."
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Uzbekistan", "2025-03-11", "Tashkent", "official")]


def test_a_russian_meeting_told_without_a_verb_of_meeting():
    """Planted: visits._LOCAL_MET without its "в ходе встречи с" alternative (no visit)."""
    text = ("На встрече с премьер-министром Азербайджана Али Асадовым в Ташкенте во вторник Шавкат Мирзиёев "
            "предложил новые маршруты.")
    assert _visits(text, _FRIDAY) == [("Ali Asadov", "Uzbekistan", "2025-03-11", "Tashkent", "other")]
    assert _visits("На встрече с журналистами в Ташкенте во вторник Шавкат Мирзиёев ответил на вопросы.",
                   _FRIDAY) == []
