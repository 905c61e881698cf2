"""Visit forms of the ninth held-out set (dev/102–113), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from tests.ingest import proposed

_visits = proposed.visits


_FRIDAY = date(2025, 3, 7)


def test_a_type_said_in_a_dated_sentence_that_names_no_visitor_types_the_visit():
    """Planted: find_visits adding a said type only for a dayless sentence again (the visit stayed "other")."""
    text = ("On Friday, Kazakh President Kassym-Jomart Tokayev received Azerbaijani Foreign Minister Jeyhun "
            "Bayramov, who is in Kazakhstan on an official visit. "
            "Bayramov arrived in Astana on Thursday night.")
    assert _visits(text, _FRIDAY) == [("Jeyhun Bayramov", "Kazakhstan", "2025-03-06", "Astana", "official")]


def test_a_visit_still_to_come_gives_no_type_to_the_one_told():
    """Planted: visits._FUTURE matching nothing (the arrival was given the type of Aliyev's coming visit)."""
    text = ("Azerbaijani Economy Minister Mikayil Jabbarov arrived in Tashkent on Thursday for talks. "
            "Ilham Aliyev is expected to pay a state visit to Uzbekistan in the autumn.")
    assert _visits(text, _FRIDAY) == [("Mikayil Jabbarov", "Uzbekistan", "2025-03-06", "Tashkent", "other")]


def test_who_arrived_after_a_host_verb_is_the_one_the_host_received():
    """Planted: visits._who_arrived returning its whole phrase (the host's words were taken for the visitor:
    no visit)."""
    text = "Kyrgyz President Sadyr Japarov on Friday met with Ali Asadov, who arrived in Bishkek for talks."
    assert _visits(text, _FRIDAY) == [("Ali Asadov", "Kyrgyzstan", "2025-03-07", "Bishkek", "other")]


def test_the_day_before_a_meeting_told_in_an_arrival_clause_starts_the_visit():
    """Planted: visits._DAY_BEFORE matching nothing (the visit started on Thursday, the day of the meeting)."""
    text = ("Uzbek President Shavkat Mirziyoyev on Thursday received Azerbaijani Economy Minister Mikayil "
            "Jabbarov, who had arrived in Tashkent a day earlier to co-chair a commission.")
    assert _visits(text, _FRIDAY) == [("Mikayil Jabbarov", "Uzbekistan", "2025-03-05", "Tashkent", "other")]


def test_a_russian_arrival_clause_names_its_own_day():
    """Planted: visits._arrival_first returning its days unchanged (Thursday's talks, not the arrival the
    evening before, started the visit)."""
    text = ("Ташкент, 7 марта. Президент Узбекистана Шавкат Мирзиёев в пятницу провел переговоры с министром "
            "иностранных дел Азербайджана Джейхуном Байрамовым, прилетевшим в Ташкент с рабочим визитом накануне вечером.")
    assert _visits(text, _FRIDAY) == [("Jeyhun Bayramov", "Uzbekistan", "2025-03-06", "Tashkent", "working")]


def test_a_russian_visitor_in_the_instrumental_is_named_in_the_nominative():
    """Planted: visits._ru_nominative_run returning its run unchanged (the visitor was "ali asadovym")."""
    text = ("Бишкек, 7 марта. Президент Кыргызстана Садыр Жапаров в пятницу встретился с премьер-министром "
            "Азербайджана Али Асадовым, прибывшим в Бишкек с официальным визитом.")
    assert _visits(text, _FRIDAY) == [("Ali Asadov", "Kyrgyzstan", "2025-03-07", "Bishkek", "official")]


def test_the_host_named_first_in_his_own_capital_is_no_visitor():
    """Planted: visits._guest_first returning its persons unchanged (the Kyrgyz host, named first, was given a
    visit to Azerbaijan, the guest's country)."""
    text = ("Президент Кыргызстана Садыр Жапаров в пятницу принял в Бишкеке министра иностранных дел Азербайджана, "
            "прибывшего с официальным визитом.")
    assert _visits(text, _FRIDAY) == []


def test_the_azerbaijani_past_day_is_yesterday():
    """Planted: "ötən gün" removed from when._YESTERDAY (the visit told with no day proposed none)."""
    text = "Qazaxıstanın xarici işlər naziri Murat Nurtleu ötən gün işgüzar səfərlə Daşkəndə gəlib."
    assert _visits(text, _FRIDAY) == [("Murat Nurtleu", "Uzbekistan", "2025-03-06", "Tashkent", "working")]


def test_a_surname_alone_is_the_one_the_article_named_in_full_with_a_title():
    """Planted: visits._surname_told_before returning None (the surname alone proposed no visit)."""
    text = ("Алматы, 7 марта. Об этом сообщил министр транспорта Туркменистана Мамметхан Чакыев. "
            "Чакыев прибыл в Астану в четверг.")
    assert _visits(text, _FRIDAY) == [("Mammetkhan Chakyyev", "Kazakhstan", "2025-03-06", "Astana", "other")]


def test_a_russian_capital_told_by_its_country_adjective_is_that_capital():
    """Planted: visits._RU_DEMONYM_CAPITAL with no stems (the Kazakh capital was no place: no visit)."""
    text = "Министр иностранных дел Азербайджана Джейхун Байрамов прибыл в казахстанскую столицу в четверг."
    assert _visits(text, _FRIDAY) == [("Jeyhun Bayramov", "Kazakhstan", "2025-03-06", "Astana", "other")]


def test_an_aside_between_commas_after_the_visitor_is_no_part_of_his_name():
    """Planted: visits._COMMA_ASIDE matching nothing (the aside, not the name, was read as the visitor)."""
    text = ("Ali Asadov, the prime minister of Azerbaijan since 2019, arrived in the Kyrgyz capital on Thursday "
            "for talks.")
    assert _visits(text, _FRIDAY) == [("Ali Asadov", "Kyrgyzstan", "2025-03-06", "Bishkek", "other")]


def test_a_summit_hosted_by_it_is_in_the_place_told_just_before():
    """Planted: visits._hosted_by_it returning None (the summit had no place: no visit)."""
    text = ("The streets of Gabala were swept overnight. On Thursday it hosted a summit of Turkic leaders. "
            "Shavkat Mirziyoyev of Uzbekistan flew in that morning.")
    assert _visits(text, _FRIDAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2025-03-06", "Gabala", "summit")]


def test_the_country_of_one_who_arrived_for_a_summit_is_no_other_place():
    """Planted: visits._attendees counting the arriving leader's own country as a place elsewhere (no visit)."""
    text = ("On Thursday Baku hosted a summit of Turkic leaders. "
            "Sadyr Japarov of Kyrgyzstan arrived a day early, on Wednesday, to open an exhibition.")
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-03-05", "Baku", "summit")]


def test_who_also_came_for_a_summit_took_part():
    """Planted: "also came"/"came for" removed from visits._ATTEND (no visit for those who came)."""
    text = ("On Thursday Baku hosted a summit of Turkic leaders. "
            "Viktor Orbán, Hungary's prime minister, came for the opening.")
    assert _visits(text, _FRIDAY) == [("Viktor Orbán", "Azerbaijan", "2025-03-06", "Baku", "summit")]


def test_a_leader_who_sent_an_envoy_stayed_away_and_the_envoy_took_part():
    """Planted: visits._attendees reading every person of a "sent" sentence (the sender was given a visit) and
    _envoys not giving an unknown envoy the sender's country (the envoy was dropped)."""
    text = ("On Thursday Baku hosted a summit of Turkic leaders. "
            "Turkish President Recep Tayyip Erdoğan stayed in Ankara and sent his adviser, Ahmet Demirkol.")
    assert _visits(text, _FRIDAY) == [("Ahmet Demirkol", "Azerbaijan", "2025-03-06", "Baku", "summit")]


def test_stepping_off_the_plane_under_a_dateline_is_arriving_in_its_city():
    """Planted: the "stepped off" alternative removed from visits._VISIT (no visit)."""
    text = ("BAKU, Azerbaijan — A military band played on Thursday as Sadyr Japarov stepped off his plane here. "
            "Japarov came on a state visit, his second to the Azerbaijani capital.")
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-03-06", "Baku", "state")]
