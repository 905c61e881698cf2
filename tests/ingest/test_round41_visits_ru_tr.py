"""Forty-first round, Russian and Turkish visits (docs/extraction.md: visits.py, places.py): the forms behind the
dev/573, 623, 647, 653, 657, 659, 665, 671, 675, 677, 681, 683, 687, 693, 695, 699 and 707 misses, told in short
invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)  # a Thursday


def test_turkish_industrial_centre_is_the_visit_city():
    # plant: "Kayseri" dropped from places.CITIES["TUR"]
    text = "Özbekistan Dışişleri Bakanı Bahtiyar Saidov, dün Kayseri'ye geldi."
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-03-11", "Kayseri", "other")]
    # a Russian report spells it so too
    ru = "Министр иностранных дел Узбекистана Бахтиёр Саидов в среду прибыл в Мерсин."
    assert proposed.visits(ru, DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-03-11", "Mersin", "other")]
    # declined: "в Конью"
    to = "Министр иностранных дел Узбекистана Бахтиёр Саидов во вторник прибыл в Конью."
    assert proposed.visits(to, DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-03-10", "Konya", "other")]


def test_city_of_a_mayor_s_title_is_not_where_he_went():
    # plant: places._HEAD_OF_CITY_TITLE made to match nothing ("(?!)")
    text = ("Kayseri Büyükşehir Belediye Başkanı Memduh Büyükkılıç, 10 Mart Salı günü Özbekistan'a giderek ilk durak "
            "olarak Semerkant'ta temaslarda bulundu.")
    assert proposed.visits(text, DAY) == [("Memduh Büyükkılıç", "Uzbekistan", "2026-03-10", "Samarkand", "other")]
    # the city a guest went to is still read when it stands alone
    alone = "Kazakistan Ticaret Bakanı Arman Şakkaliyev, dün Konya'ya geldi."
    assert proposed.visits(alone, DAY) == [("Arman Şakkaliyev", "Türkiye", "2026-03-11", "Konya", "other")]


def test_city_of_an_akim_s_turkish_title_is_his_own():
    # plant: the _AKIM_OF_CITY condition dropped from places._city_match
    text = ("Şımkent'in Akimi Gabit Syzdykbekov, dün başladığı resmi ziyaret kapsamında bugün İstanbul Valiliği'ni "
            "ziyaret etti.")
    assert proposed.visits(text, DAY) == [("Gabit Syzdykbekov", "Türkiye", "2026-03-11", "Istanbul", "official")]


def test_russian_delegation_of_a_region_comes_from_it():
    # plant: places._OWNER_BEFORE_CITY made to match nothing ("(?!)")
    text = ("Делегация Павлодарской области во главе с акимом региона Асаином Байхановым с 9 марта находится с "
            "рабочим визитом в Турецкой Республике. Визит начался в Измире с бизнес-форума.")
    assert proposed.visits(text, DAY) == [("Asain Baykhanov", "Türkiye", "2026-03-09", "Izmir", "working")]


def test_next_day_in_the_same_city_is_the_same_stay():
    # plant: _stay_in_the_same_city returns False
    text = ("Kırgızistan Bakanlar Kurulu Başkanı Adılbek Kasımaliyev, dün Bursa'ya geldi. Kasımaliyev'in programı "
            "bugün Uludağ ziyareti ve Bursa'daki öğrencilerle görüşmesiyle sona erecek.")
    assert proposed.visits(text, DAY) == [("Adylbek Kasymaliyev", "Türkiye", "2026-03-11", "Bursa", "other")]
    # another city two days on is another leg, told apart
    other = ("Kırgızistan Ekonomi Bakanı Daniyar Amangeldiyev, 10 Mart'ta Bursa'ya geldi. Kırgızistan Ekonomi Bakanı "
             "Daniyar Amangeldiyev bugün İzmir'e geçti.")
    assert len(proposed.visits(other, DAY)) == 2


def test_dayless_lead_told_again_then_a_welcome_by_participle():
    # plant: _surname_of_the_lead_guest returns False
    text = ("Macar Bakan Konya'da. Macaristan Tarım Bakanı István Nagy, Türk mevkidaşı İbrahim Yumaklı ile bir araya "
            "geldi. Merhaba Haber. Macaristan Tarım Bakanı István Nagy, beraberindeki heyetle Konya'ya geldi. Dün "
            "sabah Konya Havalimanı'nda Vali tarafından karşılanan Nagy, Türkiye'ye yaptığı çalışma ziyaretinin ilk "
            "durağı olan fuarı gezdi.")
    assert proposed.visits(text, DAY) == [("István Nagy", "Türkiye", "2026-03-11", "Konya", "working")]


def test_welcome_told_by_a_participle_before_the_guest():
    # plant: the participle alternative dropped from _WELCOMED_PASSIVE
    text = ("Macaristan Dışişleri Bakanı Péter Szijjártó, beraberindeki heyetle Ankara'ya geldi. Dün akşam "
            "Esenboğa Havalimanı'nda Bakan Yardımcısı tarafından karşılanan Szijjártó, otele geçti.")
    assert proposed.visits(text, DAY) == [("Péter Szijjártó", "Türkiye", "2026-03-11", "Ankara", "other")]
    # a welcome of someone else is no day of the lead's guest
    other = ("Macaristan Dışişleri Bakanı Péter Szijjártó, beraberindeki heyetle Ankara'ya geldi. Dün akşam "
             "Esenboğa Havalimanı'nda Bakan Yardımcısı tarafından karşılanan Kazak bakan Nurlan, otele geçti.")
    assert proposed.visits(other, DAY) == []


def test_day_between_the_place_and_the_participle_of_coming():
    # plant: the "günü gelen" alternative dropped from _LOCAL_VISIT
    text = ("Özbekistan Başbakan Yardımcısı Camşid Kuçkarov, İstanbul'da düzenlenen İş Forumu'na katıldı. "
            "Türkiye'ye iki günlük çalışma ziyareti için Çarşamba günü gelen Kuçkarov, Bakan Şimşek ile görüştü.")
    assert proposed.visits(text, DAY) == [("Camşid Kuçkarov", "Türkiye", "2026-03-11", "Istanbul", "working")]


def test_coming_to_the_city_told_before():
    # plant: the Turkish alternative dropped from _THE_TOWN
    text = ("Kazakistan Ticaret Bakanı Arman Şakkaliyev, Gaziantep Sanayi Odası'nda düzenlenen İş Forumu'na katıldı. "
            "Salı akşamı kalabalık bir heyetle kente gelen Şakkaliyev, dün forumda konuştu.")
    assert proposed.visits(text, DAY) == [("Arman Şakkaliyev", "Türkiye", "2026-03-10", "Gaziantep", "other")]


def test_done_within_the_typed_visit_types_it():
    # plant: the "ziyareti kapsamında" alternative dropped from _VISIT_IS_TYPED
    text = ("Soğd Valisi Racabboy Ahmadzoda, heyetle dün Konya'ya geldi. Çalışma ziyareti kapsamında ilk olarak "
            "Büyükşehir Belediyesi'ni ziyaret eden Ahmadzoda, fabrikaları gezdi.")
    assert proposed.visits(text, DAY) == [("Racabboy Ahmadzoda", "Türkiye", "2026-03-11", "Konya", "working")]
    # another's visit, in the genitive, types none
    other = ("Soğd Valisi Racabboy Ahmadzoda, heyetle dün Konya'ya geldi. Erdoğan'ın resmi ziyareti kapsamında "
             "imzalanan anlaşmalar da ele alındı.")
    assert proposed.visits(other, DAY) == [("Racabboy Ahmadzoda", "Türkiye", "2026-03-11", "Konya", "other")]


def test_typed_sentence_gives_its_type_to_the_host_of_its_city():
    # plant: _typed_hosts returns doc.codes(s) alone
    text = ("Kırgızistan Bakanlar Kurulu Başkanı Adılbek Kasımaliyev, çalışma ziyareti kapsamında geldiği Kayseri'de "
            "İş Forumu'na katıldı. Haber Merkezi. Kırgızistan Bakanlar Kurulu Başkanı Adılbek Kasımaliyev, dün "
            "Kayseri'ye geldi.")
    assert proposed.visits(text, DAY) == [("Adylbek Kasymaliyev", "Türkiye", "2026-03-11", "Kayseri", "working")]


def test_one_memorandum_of_cooperation_in_two_words():
    # plant: the "iş\s+birliği" alternative dropped from _TA_QUALIFIERS
    text = ("Kazakistan Ticaret Bakanı Arman Şakkaliyev, dün Bursa'ya geldi. Ziyaret kapsamında BTSO ile Atameken "
            "arasında bir iş birliği mutabakat zaptı imzalandı.")
    assert proposed.documents(text, DAY) == ["1"]
    # two, told by count
    two = ("Kazakistan Ticaret Bakanı Arman Şakkaliyev, dün Bursa'ya geldi. Ziyaret kapsamında iki iş birliği "
           "mutabakat zaptı imzalandı.")
    assert proposed.documents(two, DAY) == ["2"]


def test_eve_of_the_event_the_sentences_before_told():
    # plant: _eve_of_the_event_before returns None
    text = ("Ош, 12 марта. Форум, который во вторник прошел в Оше, собрал 600 предпринимателей. Делегацию "
            "Узбекистана возглавил вице-премьер Узбекистана Джамшид Ходжаев, который прибыл в Ош накануне вечером.")
    assert proposed.visits(text, DAY) == [("Dzhamshid Khodzhayev", "Kyrgyzstan", "2026-03-09", "Osh", "other")]
    # told after the report's own day only, the eve is the report's
    report = ("Ош, 12 марта. Форум собрал 600 предпринимателей. Делегацию Узбекистана возглавил вице-премьер "
              "Узбекистана Джамшид Ходжаев, который прибыл в Ош накануне вечером.")
    assert proposed.visits(report, DAY) == [("Dzhamshid Khodzhayev", "Kyrgyzstan", "2026-03-11", "Osh", "other")]


def test_date_in_apposition_to_the_eve_is_the_day():
    # plant: _date_in_apposition returns False
    text = "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Бишкек накануне, 9 марта."
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Kyrgyzstan", "2026-03-09", "Bishkek", "other")]


def test_bare_russian_title_is_the_one_so_titled_before():
    # plant: _ru_title_told_before returns None
    text = ("Во вторник в Алматы прошёл бизнес-форум, который открыли министр торговли Турции Омер Болат и министр "
            "торговли Казахстана Арман Шаккалиев. Турецкий министр прибыл в южную столицу накануне, 9 марта.")
    assert proposed.visits(text, DAY) == [("Omer Bolat", "Kazakhstan", "2026-03-09", "Almaty", "other")]
    # a title of a state no one named before is nobody's
    other = ("Во вторник в Алматы прошёл бизнес-форум, который открыли министр торговли Турции Омер Болат и министр "
             "торговли Казахстана Арман Шаккалиев. Венгерский министр прибыл в южную столицу накануне, 9 марта.")
    assert proposed.visits(other, DAY) == []


def test_visit_told_by_the_visitor_s_title_and_state_adjective():
    # plant: _ru_visit_of_title_told_before returns None
    text = ("Министр сельского хозяйства Казахстана Айдарбек Сапаров провёл в Ташкенте переговоры с узбекским "
            "коллегой. Рабочий визит главы казахстанского агроведомства в Узбекистан прошёл 9–10 марта.")
    assert proposed.visits(text, DAY) == [("Aydarbek Saparov", "Uzbekistan", "2026-03-09", "Tashkent", "working")]
    # one the office holders table knows, told so before
    known = ("Министр иностранных дел Узбекистана Бахтиёр Саидов провёл в Баку переговоры с коллегой. Официальный "
             "визит главы узбекского МИД в Азербайджан прошёл 10–11 марта.")
    assert proposed.visits(known, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-03-10", "Baku", "official")]
    # a title of a state no one was named of is nobody's
    nobody = ("Министр иностранных дел Узбекистана Бахтиёр Саидов провёл в Баку переговоры с коллегой. Официальный "
              "визит главы туркменского МИД в Азербайджан прошёл 10–11 марта.")
    assert proposed.visits(nobody, DAY) == []


def test_russian_documents_told_as_more_after_one_named():
    # plant: the "ещ[её]" alternative dropped from _LOCAL_DOCUMENTS
    text = ("Президент Турции Реджеп Тайип Эрдоган прибыл в Астану в среду. По итогам переговоров стороны одобрили "
            "декларацию и подписали ещё пять документов.")
    assert proposed.documents(text, DAY) == ["6"]
    # without "ещё" the count is all
    alone = ("Президент Турции Реджеп Тайип Эрдоган прибыл в Астану в среду. По итогам переговоров стороны подписали "
             "пять документов.")
    assert proposed.documents(alone, DAY) == ["5"]


def test_russian_signing_told_by_its_noun():
    # plant: the "подписани" alternative dropped from _RU_ONE_DOCUMENT
    text = ("Хоким Самарканда прибыл в Баку 10 марта. Итогом переговоров стало подписание программы сотрудничества, "
            "а также меморандума о взаимодействии.")
    assert proposed.documents(text, DAY) == []  # no visitor named: no visit
    named = ("Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Баку 10 марта. Итогом переговоров стало "
             "подписание программы сотрудничества, а также меморандума о взаимодействии.")
    assert proposed.documents(named, DAY) == ["2"]


def test_eve_in_an_arrival_clause_after_the_day_told():
    # plant: _eve_of_the_day_told returns False
    text = ("В понедельник, 9 марта, в Бишкеке прошло заседание комиссии, которое провёл вице-премьер Казахстана Серик "
            "Жумангарин, прибывший в Бишкек накануне вечером.")
    assert proposed.visits(text, DAY) == [("Serik Zhumangarin", "Kyrgyzstan", "2026-03-08", "Bishkek", "other")]
    # "накануне визита" (ahead of the visit) is no eve of the day told
    ahead = ("В понедельник, 9 марта, в Бишкеке прошло заседание комиссии, которое провёл вице-премьер Казахстана "
             "Серик Жумангарин, прибывший в Бишкек.")
    assert proposed.visits(ahead, DAY) == [("Serik Zhumangarin", "Kyrgyzstan", "2026-03-09", "Bishkek", "other")]
