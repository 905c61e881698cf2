"""Visit forms of the eleventh held-out set (dev/126–137), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from dashboard.ingest import when
from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents


_FRIDAY = date(2025, 3, 7)


def test_a_place_in_the_locative_may_stand_between_the_visit_word_and_its_participle():
    """Planted: visits._PARTICIPLE without the optional locative word (the host, named first, was given a visit
    to the guest's country)."""
    text = ("Cumhurbaşkanı Recep Tayyip Erdoğan, 5 Mart'ta resmi ziyaretle Ankara'da bulunan Kazakistan "
            "Cumhurbaşkanı Kasım Cömert Tokayev ile görüştü.")
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Türkiye", "2025-03-05", "Ankara", "official")]


def test_an_azerbaijani_accusative_names_the_office_holder_received():
    """Planted: visits._accusative_holder returning None (the name in the accusative, "Tokayevi", resolved to
    no one of a known country, and no visit was proposed)."""
    text = "Prezident İlham Əliyev martın 5-də Bakıda rəsmi səfərdə olan Qasım-Jomart Tokayevi qəbul edib."
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-05", "Baku", "official")]


def test_an_office_as_subject_is_read_in_its_clause_up_to_the_destination():
    """Planted: visits._office_subject returning the subject unchanged (the words after the comma, the place and
    the day made it too long to be an office; no visit)."""
    text = "Qeyd edək ki, Özbəkistanın xarici işlər naziri Bakıya çərşənbə axşamı gəlib."
    assert _visits(text, _FRIDAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2025-03-04", "Baku", "other")]


def test_a_titled_newcomer_may_be_followed_by_the_day_and_the_destination():
    """Planted: the _up_to_place fallback removed from visits._local_visitors (the last capitalised run before
    the visit word was the destination, so no newcomer was read)."""
    text = "Qırğızıstanın nəqliyyat naziri Tilek Abdraimov dünən Bakıya işgüzar səfərə gəlib."
    assert _visits(text, _FRIDAY) == [("Tilek Abdraimov", "Azerbaijan", "2025-03-06", "Baku", "working")]


def test_a_memorandum_told_by_two_turkish_nouns_is_counted():
    """Planted: visits._TA_DOCUMENT_NOUN without the compound's second noun (the count of "üç mutabakat zaptı
    imzalandı" was not read)."""
    text = ("Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, dün çalışma ziyareti için Ankara'ya geldi. "
            "Görüşmenin ardından enerji ve ulaştırma alanlarında üç mutabakat zaptı imzalandı.")
    assert _visits(text, _FRIDAY) == [("Jeyhun Bayramov", "Türkiye", "2025-03-06", "Ankara", "working")]
    assert _documents(text, _FRIDAY) == ["3"]


def test_reaching_a_place_in_the_turkish_dative_is_arriving():
    """Planted: "ulaştı" removed from visits._LOCAL_VISIT (no visit word, no visit)."""
    text = "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, dün akşam saatlerinde Ankara'ya ulaştı."
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Türkiye", "2025-03-06", "Ankara", "other")]


def test_reaching_a_sum_is_no_arrival():
    """Planted: "ulaştı" in visits._LOCAL_VISIT as r"\bulaştı", without the dative before it or the word's end
    ("ulaştığını", a sum reached, was taken for the place reached; precision)."""
    text = "Cumhurbaşkanı Erdoğan, dün Bakü'de iki ülke arasındaki ticaretin 5 milyar dolara ulaştığını söyledi."
    assert _visits(text, _FRIDAY) == []


def test_a_co_chair_of_a_two_state_commission_came_from_the_other_state():
    """Planted: find_visits not calling visits._co_chair_visit (no visit), then, separately, the _add_details call
    for a visit the meeting rules propose, in find_visits, removed (the documents of its own sentence were lost: [""])."""
    text = ("Transport Minister Marat Karabayev spoke to reporters about the corridor. Karabayev co-chaired a meeting "
            "of the Kazakh-Azerbaijani intergovernmental commission in Baku on March 4, where the sides signed five "
            "documents.")
    assert _visits(text, _FRIDAY) == [("Marat Karabayev", "Azerbaijan", "2025-03-04", "Baku", "other")]
    assert _documents(text, _FRIDAY) == ["5"]


def test_the_hosts_own_co_chair_made_no_visit():
    """Planted: visits._co_chair_visit without its host check (the Azerbaijani co-chair was given a visit to Baku
    from the commission's other state)."""
    text = ("Azerbaijani Deputy Prime Minister Shahin Mustafayev co-chaired the meeting of the Azerbaijani-Kyrgyz "
            "commission in Baku on March 4.")
    assert _visits(text, _FRIDAY) == []


def test_an_invitation_to_pay_a_state_visit_gives_no_type_to_the_visit_told():
    """Planted: the invitation alternative removed from visits._FUTURE (the visit told took the type of the one
    invited to: state)."""
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Tuesday. President Sadyr Japarov accepted "
            "an invitation to pay a state visit to Azerbaijan.")
    assert _visits(text, _FRIDAY) == [("Jeenbek Kulubaev", "Azerbaijan", "2025-03-04", "Baku", "other")]


def test_a_delegations_head_arriving_on_no_day_of_his_own_came_for_the_meeting_told_before():
    """Planted, one at a time: "минувш…" removed from when._LOCAL_WEEKDAY (the meeting had no day); find_visits
    not sending a delegation head's sentence with no day of its own to visits._ru_delegation_head (its arrival word
    made it a visit sentence, with no day: nothing); visits._RU_DELEGATION_HEAD's head stopping at the first comma
    (the title's list cut the name off). Each gave no visit."""
    text = ("В минувшую среду в Ташкенте прошло заседание межправительственной комиссии. Казахстанскую делегацию "
            "возглавил министр промышленности, торговли и интеграции Арман Шаккалиев, прибывший в узбекскую "
            "столицу вместе с группой предпринимателей.")
    assert _visits(text, _FRIDAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-03-05", "Tashkent", "other")]


def test_last_thursday_told_on_a_thursday_is_a_week_before():
    """Planted: when.local_dates_in without the week back for "в прошлый …" on that weekday (it gave the day of
    the report)."""
    thursday = date(2025, 3, 6)
    assert [d[0] for d in when.local_dates_in("Встреча прошла в прошлый четверг.", thursday)] == [date(2025, 2, 27)]
    assert [d[0] for d in when.local_dates_in("Встреча прошла в четверг.", thursday)] == [thursday]


def test_the_day_of_a_phone_call_is_not_that_of_a_visit_told_with_it():
    """Planted: visits._days without the _CALL_CLAUSE filter (the call's day made an old visit, told with no day
    of its own, a visit on February 20)."""
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday. The trip follows a phone call "
            "between the two leaders on February 20 and Aliyev's state visit to Astana in 2024.")
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-04", "Baku", "other")]


def test_the_signing_of_a_number_of_documents_counts_them():
    """Planted: "signing of" left out of find_visits' gate for documents (only "signed" asked; no count read)."""
    text = ("Uzbek President Shavkat Mirziyoyev arrived in Ankara on Tuesday for a state visit. The two leaders "
            "then witnessed the signing of twelve intergovernmental documents.")
    assert _documents(text, _FRIDAY) == ["12"]


def test_a_leg_within_a_visit_told_with_its_length_is_part_of_it():
    """Planted: visits._last_day returning None (the trip to Samarkand on the visit's second day was a second
    visit, and the visit had no last day)."""
    text = ("Azerbaijani President Ilham Aliyev arrived in Tashkent on Monday for a two-day state visit. "
            "On Tuesday, Aliyev travelled to Samarkand to tour the old city.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Uzbekistan", "2025-03-03", "Tashkent", "state")]
    assert [r["end_date"] for r in proposed.records("visits", text, _FRIDAY)] == ["2025-03-04"]


def test_a_country_told_as_whose_a_leader_is_is_no_place_of_his_visit():
    """Planted: visits._owner_of_name returning False ("Uzbekistan's Shavkat Mirziyoyev" made Uzbekistan the place
    the Kazakh leader came to)."""
    text = "Kazakhstan's Kassym-Jomart Tokayev and Uzbekistan's Shavkat Mirziyoyev arrived on Thursday morning."
    assert _visits(text, _FRIDAY) == []


def test_those_arriving_next_came_where_the_one_before_did_and_all_came_for_the_summit():
    """Planted, one at a time: visits._arrived_there_too returning None (the later arrivals had no place: no visit);
    the _came_for loop over the visits told before a summit's sentence removed (the first to arrive kept type
    other)."""
    text = ("Turkish President Recep Tayyip Erdoğan arrived in Shusha on Wednesday evening. Kazakhstan's "
            "Kassym-Jomart Tokayev and Kyrgyzstan's Sadyr Japarov arrived on Thursday morning, before the summit "
            "opened.")
    assert _visits(text, _FRIDAY) == [
        ("Recep Tayyip Erdoğan", "Azerbaijan", "2025-03-05", "Shusha", "summit"),
        ("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-06", "Shusha", "summit"),
        ("Sadyr Japarov", "Azerbaijan", "2025-03-06", "Shusha", "summit"),
    ]


_SUMMIT_LEAD = ("Leaders of the Turkic states gathered in Ashgabat on Thursday for a summit of the organisation. "
                "The talks focused on transport. Gas was also on the agenda. The hosts showed off a new conference hall. ")


def test_who_came_to_the_summit_a_report_opens_with_may_be_told_further_on():
    """Planted: visits._attended without its far branch (`summit[1] is article_summit and …` made False: the list
    four sentences after the summit's gave no visits)."""
    text = _SUMMIT_LEAD + "Also attending were Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov."
    assert _visits(text, _FRIDAY) == [("Shavkat Mirziyoyev", "Turkmenistan", "2025-03-06", "Ashgabat", "summit"),
                                      ("Sadyr Japarov", "Turkmenistan", "2025-03-06", "Ashgabat", "summit")]


def test_far_from_the_summit_attending_somewhere_else_is_no_visit_to_it():
    """Planted: visits._about_the_summit without its capital check (Japarov, who had attended a forum in Baku, was
    given a visit to the summit; precision)."""
    text = _SUMMIT_LEAD + "Kyrgyz President Sadyr Japarov had attended a transport forum in Baku."
    assert _visits(text, _FRIDAY) == []


def test_a_weekday_with_a_time_of_day_needs_no_on():
    """Planted: the time-of-day alternative removed from when.WEEKDAY (no day read)."""
    assert [d[0] for d in when.dates_in("Aliyev, who flew in Saturday evening, met the host.", _FRIDAY)] == \
        [date(2025, 3, 1)]
    assert when.dates_in("The Saturday market was closed.", _FRIDAY) == []


def test_far_from_the_summit_taking_part_in_another_event_is_no_visit_to_it():
    """Planted: visits._CAME_TO_IT taking any "took part" (Mirziyoyev, who took part in a forum, was given a visit
    to the summit; precision)."""
    text = _SUMMIT_LEAD + "Uzbek President Shavkat Mirziyoyev took part in a forum on energy."
    assert _visits(text, _FRIDAY) == []
