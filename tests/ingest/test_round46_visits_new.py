"""Forty-sixth round, visits of the 68th set (docs/extraction.md: visits.py, places.py): the forms behind the dev/810,
813, 814, 815, 816 and 819 misses and the failures the probes found, told in short invented sentences. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 8)  # a Friday
RU_VISIT = "Премьер-министр Казахстана Олжас Бектенов 4 мая прибыл в Баку с официальным визитом. "
BEKTENOV = ("Olzhas Bektenov", "Azerbaijan", "2026-05-04", "Baku", "official")


def test_a_russian_count_of_further_documents_after_one_named_adds_to_it():
    # plant: the `if counted := _RU_MORE_COUNTED.search(…)` branch dropped from visits._documents_named
    text = RU_VISIT + "Стороны подписали межправительственное соглашение, а также ещё пять документов."
    assert proposed.visits(text, DAY) == [BEKTENOV]
    assert proposed.documents(text, DAY) == ["6"]
    # the ones listed after the count are among it
    listed = RU_VISIT + ("Стороны подписали дорожную карту, а также ещё два документа – меморандум о торговле и план "
                         "консультаций.")
    assert proposed.documents(listed, DAY) == ["3"]
    others = RU_VISIT + "Стороны подписали программу сотрудничества и шесть других соглашений."
    assert proposed.documents(others, DAY) == ["7"]


def test_companies_contracts_after_the_visits_count_add_to_it():
    # plant: "компании" dropped from visits._TOLD_AS_MORE
    text = RU_VISIT + "Стороны подписали восемь документов. На полях бизнес-форума компании подписали пять контрактов."
    assert proposed.documents(text, DAY) == ["13"]
    # a smaller count of no companies stays a part of the one told
    part = RU_VISIT + "Стороны подписали восемь документов. Из них три меморандума касаются энергетики."
    assert proposed.documents(part, DAY) == ["8"]


def test_russian_contracts_are_documents():
    # plant: "контракт" dropped from the first alternative of visits._LOCAL_DOCUMENTS
    text = RU_VISIT + "Компании подписали четыре контракта."
    assert proposed.documents(text, DAY) == ["4"]


def test_a_bare_title_opening_an_azerbaijani_or_turkish_visit_is_the_one_named_with_it_before():
    # plant: the `_ta_title_told_before` call dropped from visits.find_visits
    az = ("Azərbaycan nümayəndə heyətinə iqtisadiyyat naziri Mikayıl Cabbarov rəhbərlik edir. Nazir mayın 4-də "
          "Səmərqəndə gəlib.")
    assert proposed.visits(az, DAY) == [("Mikayıl Cabbarov", "Uzbekistan", "2026-05-04", "Samarkand", "other")]
    tr = "Türk heyetine Türkiye Ticaret Bakanı Ömer Bolat başkanlık ediyor. Bakan salı günü Almatı'ya geldi."
    assert proposed.visits(tr, DAY) == [("Ömer Bolat", "Kazakhstan", "2026-05-05", "Almaty", "other")]
    # two ministers named before: the title says neither; one of the host state: he is at home
    two = ("Toplantıya Türkiye Ticaret Bakanı Ömer Bolat ve Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov katılacak. "
           "Bakan 5 Mayıs'ta Taşkent'e geldi.")
    assert proposed.visits(two, DAY) == []
    home = "Kazakistan Ticaret Bakanı Arman Şakkaliyev açıklama yaptı. Bakan 5 Mayıs'ta Almatı'ya geldi."
    assert proposed.visits(home, DAY) == []


def test_a_titled_name_running_into_a_place_is_read_before_the_place():
    # plant: `ends = [run.end()]` in visits._ta_titled_named_in (the run read whole only)
    text = "Qazaxıstanın ticarət naziri Arman Şakkaliyev Bakıya səfər edəcək. Nazir mayın 4-də Bakıya gəlib."
    assert proposed.visits(text, DAY) == [("Arman Şakkaliyev", "Azerbaijan", "2026-05-04", "Baku", "other")]


def test_a_visit_told_as_lasting_until_a_day_keeps_the_type_it_says():
    # plant: `_LASTS_UNTIL.search(sentence)` made `_LASTS_UNTIL is None` in the told-visit branch of visits.find_visits
    az = ("Azərbaycan nümayəndə heyətinə iqtisadiyyat naziri Mikayıl Cabbarov rəhbərlik edir. Nazir mayın 4-də "
          "Səmərqəndə gəlib. Nazirin Özbəkistana işgüzar səfəri mayın 6-dək davam edəcək.")
    assert proposed.visits(az, DAY) == [("Mikayıl Cabbarov", "Uzbekistan", "2026-05-04", "Samarkand", "working")]
    en = "Kazakh Trade Minister Arman Shakkaliyev arrived in Baku on Monday. The official visit will last until Friday."
    assert proposed.visits(en, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2026-05-04", "Baku", "official")]
    # a visit still to come gives no type
    to_come = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Baku on Monday. He will pay an official visit to "
               "Baku next year.")
    assert proposed.visits(to_come, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2026-05-04", "Baku", "other")]


def test_hungarys_county_seats_are_visit_cities():
    # plant: "Miskolc" dropped from places.CITIES["HUN"]
    text = "Kazakh Deputy Prime Minister Serik Zhumangarin arrived in Miskolc on Monday."
    assert proposed.visits(text, DAY) == [("Serik Zhumangarin", "Hungary", "2026-05-04", "Miskolc", "other")]


def test_hungarian_county_seats_written_without_accents_or_in_russian():
    # plant: "Кечкемет" dropped from places.CITY_SPELLINGS
    ru = "Министр торговли Казахстана Арман Шаккалиев прибыл в Кечкемет во вторник."
    assert proposed.visits(ru, DAY) == [("Arman Shakkaliyev", "Hungary", "2026-05-05", "Kecskemét", "other")]


def test_a_gloss_in_brackets_in_the_title_of_a_delegations_head():
    # plant: the bracketed-gloss alternative dropped from visits._HEAD_LED_BY's title words
    text = ("A delegation from Kazakhstan's Turkistan region, led by regional akim (governor) Darkhan Satybaldy, "
            "wrapped up a visit on Friday. The delegation arrived in Bursa on Tuesday.")
    assert proposed.visits(text, DAY) == [("Darkhan Satybaldy", "Türkiye", "2026-05-05", "Bursa", "other")]


def test_an_interviews_we_went_after_a_question_of_the_interviewees_own_trip():
    # plant: the "мы … работали в" alternative dropped from visits._FIRST_PERSON_TRIP
    lead = ("Министр торговли Таджикистана Завки Завкизода рассказал о торговле.\n\n— Каковы итоги года?\n\n"
            "— Хорошие.\n\n")
    text = lead + ("— В марте вы возглавляли делегацию в Самарканде. Каковы итоги?\n\n— 3–4 марта мы вместе с "
                   "бизнесменами работали в Самарканде. Подписано пять соглашений.")
    assert proposed.visits(text, DAY) == [("Zavki Zavkizoda", "Uzbekistan", "2026-03-03", "Samarkand", "other")]
    assert proposed.documents(text, DAY) == ["5"]
    # after a question of no trip of his, "we" may be anyone
    no_trip = lead + "— Что дальше?\n\n— 3–4 марта мы работали в Самарканде, и это дало результат."
    assert proposed.visits(no_trip, DAY) == []


def test_a_turkish_relative_clause_of_an_event_a_delegation_took_part_in():
    # plant: "katıldığı" dropped from visits._LOCAL_TOOK_PART
    text = ("Uzman, Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov başkanlığındaki heyetin 3 Mayıs'ta Taşkent'te katıldığı "
            "iş forumunu hatırlattı.")
    assert proposed.visits(text, DAY) == [("Mikayıl Cabbarov", "Uzbekistan", "2026-05-03", "Tashkent", "other")]


def test_a_turkish_cypriot_bodys_title_gives_its_heads_state():
    # plant: the _TURKISH_CYPRIOT_OFFICE branch dropped from visits._local_took_part_visit
    text = ("Uzman, Kıbrıs Türk Sanayi Odası Başkanı Ali Çıralı başkanlığındaki heyetin 3 Mayıs'ta Taşkent'te "
            "katıldığı iş forumunu hatırlattı.")
    assert proposed.visits(text, DAY) == [("Ali Çıralı", "Uzbekistan", "2026-05-03", "Tashkent", "other")]
    # at home in the north no visit
    home = "Kıbrıs Türk Ticaret Odası Başkanı Ali Çıralı'nın 5 Mayıs'ta Lefkoşa'da katıldığı toplantı sona erdi."
    assert proposed.visits(home, DAY) == []


def test_the_genitive_subject_of_a_turkish_took_part_clause():
    # plant: the _TR_GENITIVE cut dropped from visits._local_took_part_visit
    text = "Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov'un dün Ankara'da katıldığı forumda üç anlaşma imzalandı."
    assert proposed.visits(text, DAY) == [("Mikayıl Cabbarov", "Türkiye", "2026-05-07", "Ankara", "other")]
    assert proposed.documents(text, DAY) == ["3"]


def test_leaders_of_three_or_more_countries_meeting_is_a_summit():
    # plant: the "leaders … of three or more countries … met" alternative dropped from visits._GATHERING
    text = ("Presidents of four countries met in Baku on Monday. Kyrgyz President Sadyr Japarov arrived on Sunday.")
    assert proposed.visits(text, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-05-03", "Baku", "summit")]
    hosted = ("Leaders and foreign ministers of the four countries met in Tashkent on Tuesday. Uzbek President Shavkat "
              "Mirziyoyev hosted Turkish President Recep Tayyip Erdoğan.")
    assert proposed.visits(hosted, DAY) == [("Recep Tayyip Erdoğan", "Uzbekistan", "2026-05-05", "Tashkent", "summit")]
    # the leaders of two countries meeting is a bilateral visit, no summit
    assert proposed.visits("The leaders of the two countries met in Baku on Tuesday.", DAY) == []


def test_flown_in_dates_a_summit_guests_arrival():
    # plant: "flown" dropped from visits._ARRIVED (the arrival's day not read)
    text = ("Heads of state gathered in Baku on Tuesday for a summit. Erdoğan, who had flown in on Monday evening, "
            "spoke.")
    assert proposed.visits(text, DAY) == [("Recep Tayyip Erdoğan", "Azerbaijan", "2026-05-04", "Baku", "summit")]
