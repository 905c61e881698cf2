"""Visit forms of the seventh held-out set (dev/78–89), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from dashboard.ingest import places
from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents


_FRIDAY = date(2025, 3, 7)


def test_one_of_several_documents_counts_the_several():
    """Planted: the "(?!\\s+of\\b)" after the count of visits._DOCUMENTS removed (1 was taken)."""
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Wednesday. "
            "The water treaty was one of four agreements signed at the talks.")
    assert _documents(text, _FRIDAY) == ["4"]


def test_a_total_of_documents_is_the_count():
    """Planted: visits._TOTAL_DOCUMENTS made to match nothing ("(?!)") (no count was found)."""
    text = ("Kyrgyz President Sadyr Japarov arrived in Astana on Wednesday. The two leaders signed a joint "
            "statement, and ministers concluded eleven more agreements, bringing the total to 12 documents.")
    assert _documents(text, _FRIDAY) == ["12"]


def test_the_day_of_where_the_visitor_came_from_is_not_the_visits():
    """Planted: visits._days keeping the days of _CAME_FROM clauses (the visit started on the Monday)."""
    text = ("Uzbek President Shavkat Mirziyoyev arrived in Baku on Wednesday for an official visit. "
            "Mirziyoyev flew to Baku from Ankara, where he had opened a trade fair on Monday.")
    assert _visits(text, _FRIDAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2025-03-05", "Baku", "official")]


def test_a_time_leading_the_subject_is_no_visitor():
    """Planted: the time alternative of visits._VISITOR_LEAD removed ("On Friday" was proposed as a visitor)."""
    text = "On Thursday the two ministers travelled to Shusha, where they laid flowers."
    assert _visits(text, _FRIDAY) == []


def test_an_arrival_right_after_a_summit_is_a_summit_visit_and_the_list_runs_on():
    """Planted: visits._came_for returning False at once (the arrival stayed 'other' and the next leader,
    three sentences after the summit, was missed)."""
    text = ("The first summit of the presidents of Kazakhstan, Uzbekistan and Turkmenistan was held on Thursday "
            "in Avaza. The leaders agreed to meet every year. Kassym-Jomart Tokayev arrived in Avaza on "
            "Wednesday and was met at the airport. Shavkat Mirziyoyev flew in on the day of the summit.")
    # (round 70, joint70: the resort's one name is Awaza, as the gold writes it, whatever the spelling told)
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Turkmenistan", "2025-03-05", "Awaza", "summit"),
                                      ("Shavkat Mirziyoyev", "Turkmenistan", "2025-03-06", "Awaza", "summit")]


def test_an_azerbaijani_day_with_its_year_first_keeps_that_year():
    """Planted: when._AZ_MONTH_THEN_DAY's year group left unused (None passed: the day of the latest year)."""
    text = ("Xatırladaq ki, Özbəkistan Prezidenti Şavkat Mirziyoyev 2019-cu il martın 4-də Azərbaycana "
            "dövlət səfəri edib.")
    assert _visits(text, _FRIDAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2019-03-04", "", "state")]


def test_a_local_visitor_the_table_does_not_know_is_the_name_after_the_title():
    """Planted: visits._titled_newcomer returning None at once (no visit was proposed)."""
    text = "Ticaret Bakanı Ayşe Demirkol, resmi ziyaret kapsamında dün Kazakistan'ın başkenti Astana'ya geldi."
    assert _visits(text, _FRIDAY) == [("Ayşe Demirkol", "Kazakhstan", "2025-03-06", "Astana", "official")]
    text = "Министр энергетики Республики Казахстан Ерлан Сапаров 5 марта прибыл с рабочим визитом в Баку."
    assert _visits(text, _FRIDAY) == [("Yerlan Saparov", "Azerbaijan", "2025-03-05", "Baku", "working")]


def test_no_office_word_before_the_name_no_newcomer():
    """Planted: the office-word check of visits._titled_newcomer removed (a newspaper's name was a visitor)."""
    text = ("Yeni Şafak Gazetesi Muhabiri Can Ersoy, çalışma ziyareti kapsamında dün Azerbaycan'ın başkenti "
            "Bakü'ye geldi.")
    assert _visits(text, _FRIDAY) == []


def test_the_city_may_come_in_the_second_sentence_after():
    """Planted: visits.CITY_SENTENCES = 1 (the city stayed empty)."""
    text = ("Xarici işlər naziri Ceyhun Bayramov martın 5-də işgüzar səfərlə Qırğızıstana gəlib. "
            "Bu barədə nazirliyin mətbuat xidməti məlumat verib. "
            "Bişkek Beynəlxalq Hava Limanında nazirin müavini qarşılayıb.")
    assert _visits(text, _FRIDAY) == [("Jeyhun Bayramov", "Kyrgyzstan", "2025-03-05", "Bishkek", "working")]


def test_a_russian_republic_named_by_its_adjective_is_the_country():
    """Planted: places._RU_REPUBLICS emptied (no country was found)."""
    assert places.codes_in("делегация прибыла в Кыргызскую Республику") == ["KGZ"]
    assert places.codes_in("переговоры в Азербайджанской Республике") == ["AZE"]


def test_leaders_gathering_is_a_summit_for_those_brought_together():
    """Planted: visits._GATHERING_WORDS emptied (the gate: no summit, no one proposed)."""
    text = ("The heads of state of the Turkic world gathered in Astana on Thursday for an informal meeting. "
            "It brought together Azerbaijan's Ilham Aliyev and Uzbekistan's Shavkat Mirziyoyev, with Kazakh "
            "President Kassym-Jomart Tokayev as host.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Kazakhstan", "2025-03-06", "Astana", "summit"),
                                      ("Shavkat Mirziyoyev", "Kazakhstan", "2025-03-06", "Astana", "summit")]


def test_the_capital_told_by_its_adjective():
    """Planted: visits._capital_by_demonym returning None (no place, no visit)."""
    text = "Turkish President Recep Tayyip Erdoğan arrived in the Kyrgyz capital on Wednesday."
    assert _visits(text, _FRIDAY) == [("Recep Tayyip Erdoğan", "Kyrgyzstan", "2025-03-05", "Bishkek", "other")]


def test_samarkand_in_azerbaijani():
    """Planted: "Səmərqənd" removed from places.CITY_SPELLINGS."""
    assert places.city_in("Səmərqənddə keçirilən zirvə") == ("UZB", "Samarkand")
