"""Visit forms of the twelfth held-out set (dev/138–149), each as a small invented text worded unlike the gold
articles, and forms found by probing with invented passages.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents


_SATURDAY = date(2025, 5, 17)


def test_a_leg_a_day_after_a_typed_visit_is_part_of_it():
    """Planted: visits._leg_of returning False (the trip to a second city became a second visit)."""
    text = ("Kyrgyz President Sadyr Japarov arrived in Baku on May 14 for a state visit to Azerbaijan. "
            "On May 15, Japarov travelled to Ganja, where he laid flowers at a monument.")
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-05-14", "Baku", "state")]


def test_a_visit_of_no_type_three_days_later_is_another():
    """Planted: visits._ARRIVED_BEFORE read as four days in _leg_of (the second visit was merged into the first)."""
    text = ("Kyrgyz President Sadyr Japarov arrived in Baku on May 11 for a state visit to Azerbaijan. "
            "On May 14, Japarov travelled to Ganja, where he laid flowers at a monument.")
    assert len(_visits(text, _SATURDAY)) == 2


def test_a_city_of_the_host_in_the_next_sentence_is_the_visits_city():
    """Planted: visits._city_from_next without its branch for a city that is no capital (the visit had no city)."""
    text = ("Qırğızıstan Prezidenti Sadır Japarov mayın 15-də Azərbaycana işgüzar səfərə gəlib. "
            "Dövlət başçısı Qəbələdə keçirilən beynəlxalq forumda iştirak edir.")
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-05-15", "Gabala", "working")]


def test_a_city_the_visitor_will_go_to_is_not_the_visits_city():
    """Planted: visits._FUTURE without the Azerbaijani and Turkish future (the city of tomorrow's trip was taken)."""
    text = ("Qırğızıstan Prezidenti Sadır Japarov mayın 15-də Azərbaycana işgüzar səfərə gəlib. "
            "Dövlət başçısı sabah Qəbələyə gedəcək.")
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-05-15", "", "working")]


def test_a_bare_full_name_visits_as_the_titled_one_named_before():
    """Planted: visits._full_name_told_before returning None (the bare name, unknown to the table, gave no visit)."""
    text = ("Prezident İlham Əliyev Türkiyə Respublikasının ticarət naziri Ömər Bolatı qəbul edib. "
            "Qeyd edək ki, Ömər Bolat cümə axşamı Bakıya işgüzar səfərlə gəlib.")
    assert _visits(text, _SATURDAY) == [("Ömər Bolat", "Azerbaijan", "2025-05-15", "Baku", "working")]


def test_a_bare_full_name_never_named_with_a_title_visits_no_one():
    """Planted: visits._full_name_told_before reading the name without the title check of _titled_newcomer (a
    columnist named before without a title was taken for a visitor)."""
    text = ("Bu barədə Ömər Bolat yazıb. "
            "Qeyd edək ki, Ömər Bolat cümə axşamı Bakıya işgüzar səfərlə gəlib.")
    assert _visits(text, _SATURDAY) == []


def test_documents_in_the_dative_with_imza_atti_are_counted():
    """Planted: visits._TA_SIGNED without "imza at-" in the past (the count was not read)."""
    text = ("Dışişleri Bakanı Hakan Fidan, 15 Mayıs'ta resmi ziyaret için Astana'ya gitti. "
            "Görüşmenin ardından iki bakan 6 belgeye imza attı.")
    assert _documents(text, _SATURDAY) == ["6"]


def test_azerbaijani_documents_with_imza_atiblar_are_signed():
    """Planted: visits._TA_SIGNED without "imza atıb" (no documents were told)."""
    text = ("Xarici işlər naziri Ceyhun Bayramov mayın 15-də Astanaya rəsmi səfərə gedib. "
            "Səfər çərçivəsində tərəflər bir sıra sənədlərə imza atıblar.")
    summaries = [r["summary"] for r in proposed.records("visits", text, _SATURDAY)]
    assert summaries == ["Official visit of Jeyhun Bayramov to Astana; documents signed (number not stated)"]


_WEDNESDAY = date(2025, 5, 14)


def test_who_flew_into_a_capital_visited_it():
    """Planted: visits._VISIT without "into" after a verb of journey (no visit word, no visit)."""
    text = "Kyrgyz President Sadyr Japarov, who flew into Ankara on Tuesday, met business leaders."
    assert _visits(text, _WEDNESDAY) == [("Sadyr Japarov", "Türkiye", "2025-05-13", "Ankara", "other")]


def test_who_flew_into_a_capital_is_the_visitor_named_before_the_clause():
    """Planted: visits._VISITOR_CUES (d) without "flew into" (the visit word was found but no visitor)."""
    text = ("Kyrgyz President Sadyr Japarov, who flew into Ankara on Tuesday for the summit of the Organization of "
            "Turkic States, spoke first.")
    assert _visits(text, _WEDNESDAY) == [("Sadyr Japarov", "Türkiye", "2025-05-13", "Ankara", "summit")]


def test_who_also_arrived_is_a_visitor():
    """Planted: visits._VISITOR_CUES (d) without "also" (the arrival in Astana gave no visit)."""
    text = "Uzbek President Shavkat Mirziyoyev, who also arrived in Astana on Tuesday, met Kazakh businessmen."
    assert _visits(text, _WEDNESDAY) == [("Shavkat Mirziyoyev", "Kazakhstan", "2025-05-13", "Astana", "other")]


def test_a_summit_told_again_stays_the_one_the_report_is_about():
    """Planted: visits._same_gathering returning False (the caption telling the summit again made it another, and
    who arrived, told further on, came to no summit)."""
    text = ("Kyrgyz President Sadyr Japarov, who flew into Astana on May 13, opened the debate at the two-day "
            "Climate Summit at the Palace of Peace. "
            "The forum drew some 40 delegations. "
            "PHOTO: Kazakh President Kassym-Jomart Tokayev addressing the Climate Summit in Astana on May 13. "
            "Hosts said more guests were expected. "
            "Prices of gas fell. "
            "Uzbek President Shavkat Mirziyoyev, who also arrived on May 13, spoke about the Aral Sea.")
    assert _visits(text, _WEDNESDAY) == [("Sadyr Japarov", "Kazakhstan", "2025-05-13", "Astana", "summit"),
                                         ("Shavkat Mirziyoyev", "Kazakhstan", "2025-05-13", "Astana", "summit")]


def test_one_who_spoke_at_a_conference_in_a_foreign_capital_visited_it():
    """Planted: visits._spoke_at_visit returning None (the speaker at the Astana conference gave no visit)."""
    text = ("“We are ready to ship more grain west,” Kyrgyz President Sadyr Japarov said at an investment "
            "conference in Astana on Tuesday.")
    assert _visits(text, _WEDNESDAY) == [("Sadyr Japarov", "Kazakhstan", "2025-05-13", "Astana", "other")]


def test_an_unknown_titled_speaker_at_a_forum_is_of_the_titles_country():
    """Planted: visits._LOCAL_OFFICE_STEMS without the English stems (the deputy minister was taken for the holder
    of the office, or for no one)."""
    text = "Kazakh Deputy Prime Minister Aidar Serikbayev told a logistics forum in Baku on Tuesday that rates fell."
    assert _visits(text, _WEDNESDAY) == [("Aidar Serikbayev", "Azerbaijan", "2025-05-13", "Baku", "other")]


def test_said_first_then_the_speaker_at_a_forum():
    """Planted: visits._SPOKE_AT without its second form, the verb before the speaker (no visit)."""
    text = "“Trade is growing,” said Kyrgyz President Sadyr Japarov at a business forum in Tashkent on Tuesday."
    assert _visits(text, _WEDNESDAY) == [("Sadyr Japarov", "Uzbekistan", "2025-05-13", "Tashkent", "other")]


def test_speaking_at_a_forum_opens_the_sentence():
    """Planted: visits._SPOKE_AT without its third form, "Speaking at …" first (no visit)."""
    text = "Speaking at a business forum in Tashkent on Tuesday, Kyrgyz President Sadyr Japarov said trade was growing."
    assert _visits(text, _WEDNESDAY) == [("Sadyr Japarov", "Uzbekistan", "2025-05-13", "Tashkent", "other")]


def test_a_speaker_at_home_or_by_video_visits_nowhere():
    """Planted: visits._spoke_at_visit without its check of the speaker's state against the place's (the Uzbek
    president at home in Tashkent was given a visit)."""
    home = "Uzbek President Shavkat Mirziyoyev said at a business forum in Tashkent on Tuesday that trade was growing."
    video = "Kyrgyz President Sadyr Japarov addressed a business forum in Tashkent by video link on Tuesday."
    later = "Kyrgyz President Sadyr Japarov said at a forum in Bishkek on Tuesday that he would go to Baku in June."
    assert _visits(home, _WEDNESDAY) == _visits(video, _WEDNESDAY) == _visits(later, _WEDNESDAY) == []


def test_a_capital_in_lower_case_is_an_ordinary_word():
    """Planted: places._found without its lower-case check (Turkish "kabul etti", received, was Kabul: a visit to
    Afghanistan)."""
    text = ("Cumhurbaşkanı Erdoğan, 15 Mayıs'ta Türkiye'ye resmi ziyarette bulunan Kırgızistan Cumhurbaşkanı "
            "Sadır Caparov'u kabul etti.")
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Türkiye", "2025-05-15", "", "official")]


def test_touching_down_is_arriving():
    """Planted: visits._VISIT without "touched down" (no visit word, no visit); and visits._VISITOR_CUES without it
    (told with "visit", the visitor was not found)."""
    text = "Uzbek President Shavkat Mirziyoyev touched down in Ankara on Thursday evening."
    typed = "Uzbek President Shavkat Mirziyoyev touched down in Ankara on Thursday evening for an official visit."
    assert _visits(text, _SATURDAY) == [("Shavkat Mirziyoyev", "Türkiye", "2025-05-15", "Ankara", "other")]
    assert _visits(typed, _SATURDAY) == [("Shavkat Mirziyoyev", "Türkiye", "2025-05-15", "Ankara", "official")]


def test_russian_posetil_is_a_visit_and_posetit_is_not():
    """Planted: visits._LOCAL_VISIT without "посетил" (the past visit to Ashgabat gave none)."""
    done = "Министр иностранных дел Азербайджана Джейхун Байрамов 15 мая посетил Ашхабад."
    to_come = "Министр иностранных дел Азербайджана Джейхун Байрамов посетит Ашхабад 25 мая."
    assert _visits(done, _SATURDAY) == [("Jeyhun Bayramov", "Turkmenistan", "2025-05-15", "Ashgabat", "other")]
    assert _visits(to_come, _SATURDAY) == []


def test_an_event_named_after_its_city_is_held_there():
    """Planted: visits._SPOKE_AT with `where` after the event's noun only (the city in the forum's name was not
    read)."""
    text = "Kyrgyz Foreign Minister Jeenbek Kulubaev addressed the Samarkand Investment Forum on Thursday."
    assert _visits(text, _SATURDAY) == [("Jeenbek Kulubaev", "Uzbekistan", "2025-05-15", "Samarkand", "other")]


def test_an_azerbaijani_reception_is_the_guests_visit():
    """Planted: visits._local_reception returning None (the reception told in Azerbaijani gave no visit)."""
    text = "Prezident İlham Əliyev mayın 15-də Qazaxıstanın xarici işlər naziri Murat Nurtleunu qəbul edib."
    assert _visits(text, _SATURDAY) == [("Murat Nurtleu", "Azerbaijan", "2025-05-15", "", "other")]


def test_a_turkish_reception_may_name_its_place_before_the_verb():
    """Planted: visits._LOCATIVE_LAST matching nothing (the palace in the locative hid the guest before the verb, and
    a capital in the locative was taken for the guest's name)."""
    text = "Cumhurbaşkanı Recep Tayyip Erdoğan, 15 Mayıs'ta Kırgızistan Cumhurbaşkanı Sadır Caparov'u sarayda kabul etti."
    invitation = "Cumhurbaşkanı Recep Tayyip Erdoğan, 15 Mayıs'ta Sadır Caparov'un davetini Ankara'da kabul etti."
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Türkiye", "2025-05-15", "", "other")]
    assert _visits(invitation, _SATURDAY) == []


def test_a_russian_reception_names_its_guest_after_the_verb():
    """Planted: visits._LOCAL_RECEIVED without "принял" (no visit)."""
    text = "Президент Азербайджана Ильхам Алиев 15 мая в Баку принял министра иностранных дел Турции Хакана Фидана."
    assert _visits(text, _SATURDAY) == [("Hakan Fidan", "Azerbaijan", "2025-05-15", "Baku", "other")]


def test_accepting_an_invitation_or_congratulations_receives_no_one():
    """Planted: visits._GUEST_LAST matching any end and visits._received_first returning True (the one whose
    invitation or congratulations were accepted was given a visit)."""
    invitation = "Cumhurbaşkanı Recep Tayyip Erdoğan, 15 Mayıs'ta Sadır Caparov'un davetini kabul etti."
    wishes = "Президент Ильхам Алиев 15 мая принял поздравления от президента Турции Реджепа Тайипа Эрдогана."
    credentials = "Президент Ильхам Алиев 15 мая принял верительные грамоты посла Турции."
    assert _visits(invitation, _SATURDAY) == _visits(wishes, _SATURDAY) == _visits(credentials, _SATURDAY) == []


def test_a_capitalised_week_is_an_event_told_without_an_article():
    """Planted: visits._EVENT without "Week" (the speaker at the energy week gave no visit); "the end of the week"
    stays no event."""
    text = "Kazakh Energy Minister Almasbek Sadenov spoke at Baku Energy Week on Tuesday."
    week = "Kazakh Energy Minister Almasbek Sadenov said at the end of the week in Baku on Tuesday that prices rose."
    assert _visits(text, _SATURDAY) == [("Almasbek Sadenov", "Azerbaijan", "2025-05-13", "Baku", "other")]
    assert _visits(week, _SATURDAY) == []


def test_talks_told_in_turkish_or_azerbaijani_in_a_capital_are_the_guests_visit():
    """Planted: visits._local_meeting_visit returning None (the talks in Astana and Ankara gave no visit)."""
    turkish = "Dışişleri Bakanı Hakan Fidan, 15 Mayıs'ta Kazakistan Dışişleri Bakanı Murat Nurtleu ile Astana'da görüştü."
    azerbaijani = "Xarici işlər naziri Ceyhun Bayramov mayın 15-də Hakan Fidan ilə Ankarada görüşüb."
    assert _visits(turkish, _SATURDAY) == [("Hakan Fidan", "Kazakhstan", "2025-05-15", "Astana", "other")]
    assert _visits(azerbaijani, _SATURDAY) == [("Jeyhun Bayramov", "Türkiye", "2025-05-15", "Ankara", "other")]


def test_talks_at_home_or_by_phone_are_no_visit():
    """Planted: visits._local_meeting_visit without its check that one party is at home and one away (two Turks
    meeting in Astana gave a visit: whose, the words do not say) and without _LOCAL_NOT_VISIT (the call gave a
    visit)."""
    home = "Cumhurbaşkanı Recep Tayyip Erdoğan, 15 Mayıs'ta Dışişleri Bakanı Hakan Fidan ile Ankara'da görüştü."
    away = "Cumhurbaşkanı Recep Tayyip Erdoğan, 15 Mayıs'ta Dışişleri Bakanı Hakan Fidan ile Astana'da görüştü."
    call = "Prezident İlham Əliyev mayın 15-də Hakan Fidan ilə Bakıda telefonla görüşüb."
    assert _visits(home, _SATURDAY) == _visits(away, _SATURDAY) == _visits(call, _SATURDAY) == []


def test_a_titled_newcomer_in_the_russian_instrumental_is_named_in_the_nominative():
    """Planted: visits._titled_newcomer without _ru_nominative_run (the visitor was "Rustamom Nazarovym")."""
    text = ("Таджикская делегация во главе с министром энергетики Рустамом Назаровым прибыла в Баку в четверг.")
    assert [v[0] for v in _visits(text, _SATURDAY)] == ["Rustam Nazarov"]


def test_a_noun_shaped_like_the_future_tells_nothing_to_come():
    """Planted: visits._FUTURE without its list of nouns shaped like the future ("yanacaq", fuel, made the
    sentence one still to come, and its city was not taken)."""
    text = ("Qırğızıstan Prezidenti Sadır Japarov mayın 15-də Azərbaycana işgüzar səfərə gəlib. "
            "Dövlət başçısı Qəbələdə yanacaq sərgisində iştirak edir.")
    assert _visits(text, _SATURDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-05-15", "Gabala", "working")]
