"""Forty-seventh round, part q-local (Azerbaijani, Russian and Turkish quotes and speakers; docs/extraction.md:
quotes.py): the forms behind the dev/826, 827, 831, 833, 838, 839 and 844 misses and what the probes found, told in
short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 15)


def test_a_guillemet_quote_goes_on_into_a_next_paragraph_opening_with_a_latin_capital():
    # plant: `or text[start:start + 1] in _LATIN_CAPITALS` dropped from quotes._ru_closed_in_next
    text = ("Politoloq Nigar Əliyeva bu barədə danışıb.\n\n«Əlaqələr artıq yeni mərhələyə keçib. Tərəflər "
            "konkret layihələr üzərində işləyir.\n\nBu model digər ölkələr üçün nümunə ola bilər», – deyə politoloq "
            "vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Nigar Əliyeva", "Əlaqələr artıq yeni mərhələyə keçib. Tərəflər "
                                           "konkret layihələr üzərində işləyir. Bu model digər ölkələr üçün "
                                           "nümunə ola bilər")]
    turkish = ("Ekonomist Murat Demir değerlendirmesini paylaştı.\n\n«İki ülke arasındaki ticaret hızla büyüyor ve "
               "yeni alanlar açılıyor.\n\nÖzellikle lojistik alanında büyük fırsatlar var», dedi Demir.")
    assert proposed.quotes(turkish, DAY) == [("Murat Demir", "İki ülke arasındaki ticaret hızla büyüyor ve "
                                              "yeni alanlar açılıyor. Özellikle lojistik alanında büyük fırsatlar var")]
    # a next paragraph that names a company first is no continuation
    company = ("İqtisadçı Elnur Quliyev danışıb: «Ticarət dövriyyəsi bu il xeyli artacaq və yeni layihələr "
               "başlayacaq.\n\nŞirkət «Azərenerji» yeni layihəyə başlayıb.")
    assert proposed.quotes(company, DAY) == [("Elnur Quliyev", "Ticarət dövriyyəsi bu il xeyli artacaq və yeni "
                                              "layihələr başlayacaq.")]


def test_a_particle_before_the_verb_after_a_nominalised_partial_quote():
    # plant: `(?:(?:de|da|də)\s+)?` dropped from quotes.BARE_VERB_AFTER
    text = ("Ticaret Bakanı Ömer Bolat, Kazakistan ile ticaretin \"kısa sürede iki katına çıkacağını\" da söyledi.")
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", "kısa sürede iki katına çıkacağını")]
    added = ("Özbekistan Turizm Bakanı Aziz Abdukhakimov ile Bakan Mehmet Nuri Ersoy bir araya geldi.\n\n"
             "Abdukhakimov, ortak projelerin \"bölgenin tüm ekonomisini canlandıracağını\" da sözlerine ekledi.")
    assert proposed.quotes(added, DAY) == [("Aziz Abdukhakimov", "bölgenin tüm ekonomisini canlandıracağını")]


def test_an_analysis_present_tense_verb_after_a_partial_quote():
    # plant: the present forms ("söylüyor|belirtiyor|…|öngörüyor|") dropped from quotes.BARE_VERB_AFTER
    text = "Ekonomist Ayşe Kaya, iki ülke arasındaki ticaretin \"önümüzdeki yıl daha da hızlanacağını\" belirtiyor."
    assert proposed.quotes(text, DAY) == [("Ayşe Kaya", "önümüzdeki yıl daha da hızlanacağını")]
    stressed = "Uzman Kerem Aslan, Orta Koridor'un \"bölgenin en önemli ticaret yolu olduğunu\" vurguluyor."
    assert proposed.quotes(stressed, DAY) == [("Kerem Aslan", "bölgenin en önemli ticaret yolu olduğunu")]


def test_a_present_tense_verb_before_the_speaker():
    # plant: "ekliyor|" dropped from quotes.TR_VERB_SPEAKER
    text = ("Prof. Dr. Ali Yıldız ve Doç. Dr. Canan Öz tabloyu değerlendirdi. \"Bu ortaklık her iki ülke için de "
            "stratejik önem taşıyor,\" diye ekliyor Öz.")
    assert proposed.quotes(text, DAY) == [("Canan Öz", "Bu ortaklık her iki ülke için de stratejik önem taşıyor")]


def test_a_place_in_the_clause_is_no_subject_before_the_opening_surname():
    # plant: `or (person.rule == "unlisted name" and not _tr_met_name(clause, person))` dropped from
    # quotes._clause_subject
    text = ("Kırgızistan Ekonomi Bakanı Nurlan Sadykov ile Ticaret Bakanı Ömer Bolat bir araya geldi.\n\n"
            "Sadykov, Türk firmalarının Çüy Vadisi projelerinin \"yeni iş imkanları yarattığını\" söyledi.")
    assert proposed.quotes(text, DAY) == [("Nurlan Sadykov", "yeni iş imkanları yarattığını")]


def test_a_russian_dash_line_title_before_an_occasion():
    # plant: the `_ru_title_before_occasion` call dropped from quotes' dash-led attribution
    text = ("Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент.\n\n— Наши страны связывает многовековая "
            "дружба и общая история, — отметил узбекский лидер во время переговоров.")
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "Наши страны связывает многовековая дружба и общая "
                                           "история")]
    told = ("Министр торговли Казахстана Арман Шаккалиев прибыл в Баку.\n\n«Мы открыты к сотрудничеству во всех "
            "сферах», — сказал Джейхун Байрамов.\n\n— Мы рассчитываем удвоить товарооборот за три года, — сказал "
            "казахстанский министр журналистам.")
    assert proposed.quotes(told, DAY)[-1] == ("Arman Shakkaliyev", "Мы рассчитываем удвоить товарооборот за три года")


def test_a_bare_governor_title_goes_on_about_the_sentence_before():
    # plant: quotes._tr_previous_subject_titled returning None
    text = ("Buhara Valisi Botir Zaripov ile Mangistav Valisi Nurdaulet Kilybay görüştü.\n\nVali Kilybay, \"Limanımız "
            "her zaman açık olacak\" dedi.\n\nZaripov, turist sayısının arttığını söyledi. Vali, \"Bu yıl Buhara'ya "
            "gelen Kazak turistlerin sayısı rekor kıracak\" dedi.")
    assert proposed.quotes(text, DAY) == [("Nurdaulet Kilybay", "Limanımız her zaman açık olacak"),
                                          ("Botir Zaripov", "Bu yıl Buhara'ya gelen Kazak turistlerin sayısı rekor "
                                           "kıracak")]
    # a sentence before about no governor leaves the one named last with the title
    other = ("Buhara Valisi Botir Zaripov ile Mangistav Valisi Nurdaulet Kilybay görüştü.\n\nVali Kilybay, \"Limanımız "
             "her zaman açık olacak\" dedi.\n\nHeyet, limanı ziyaret etti. Vali, \"Bu liman bölgenin kalbi olarak "
             "çalışmaya devam edecek\" dedi.")
    assert proposed.quotes(other, DAY)[-1] == ("Nurdaulet Kilybay", "Bu liman bölgenin kalbi olarak çalışmaya devam "
                                               "edecek")


def test_an_azerbaijani_lead_whose_reported_words_go_on_over_figures():
    # plant: quotes._az_reported_goes_on returning None
    text = ("Qazaxıstanın ticarət naziri Arman Şakkaliyev Bakıya gəlib. Tacikistanın iqtisadiyyat naziri Zavqi "
            "Zavqizoda da iştirak edib.\n\nÇıxışında Arman Şakkaliyev əlaqələrin inkişaf etdiyini qeyd edib. Nazir "
            "bildirib ki, dövriyyə 500 milyon dollar olub. Cari ildə bu göstərici 20 faiz artıb.\n\n– Biz bu hədəfə "
            "birlikdə çatacağıq və yeni layihələr başlayacaq, – deyə nazir bildirib.")
    assert proposed.quotes(text, DAY) == [("Arman Şakkaliyev", "Biz bu hədəfə birlikdə çatacağıq və yeni layihələr "
                                           "başlayacaq")]


def test_an_occupation_according_to_opening_a_partial_quote():
    # plant: `frozenset("PUEAİ")` -> `frozenset()` for quotes._TR_OCCUPATION_ACCORDING_INITIALS
    text = ("Marmara Üniversitesi'nden Prof. Dr. Deniz Arslan bölgeyi değerlendirdi.\n\nProfesöre göre Türk firmaları "
            "bölgede \"çok hızlı davranmak zorunda\" ve yatırımlarını artırmalı.")
    assert proposed.quotes(text, DAY) == [("Deniz Arslan", "çok hızlı davranmak zorunda")]
    economist = ("Ekonomist Selin Aydemir rakamları yorumladı.\n\nEkonomiste göre ticaret \"yılın sonunda rekor "
                 "kıracak\" ve yeni pazarlar açılacak.")
    assert proposed.quotes(economist, DAY) == [("Selin Aydemir", "yılın sonunda rekor kıracak")]
    # two professors: whose view it is stays unsaid
    two = ("Prof. Dr. Ali Yıldız ve Prof. Dr. Canan Öz panelde konuştu.\n\nProfesöre göre Türk firmaları bölgede "
           "\"çok hızlı davranmak zorunda\" ve yatırımlarını artırmalı.")
    assert proposed.quotes(two, DAY) == []


def test_a_bare_title_before_a_locative_adjective_of_the_occasion():
    # plant: `|[dt](?:akı|əki)` dropped from quotes._AZ_TITLE_BEFORE_OCCASION
    text = ("Macarıstanın xarici işlər və ticarət naziri Peter Siyyarto Bakıya gəlib.\n\n“Macarıstan şirkətləri "
            "Azərbaycanda yalnız bazar deyil, həm də qapı görür”, – deyə nazir forumdakı çıxışında bildirib.")
    assert proposed.quotes(text, DAY) == [("Péter Szijjártó", "Macarıstan şirkətləri Azərbaycanda yalnız bazar deyil, "
                                           "həm də qapı görür")]


def test_a_bare_title_at_an_occasion_is_the_one_the_article_put_there():
    # plant: quotes._az_occasion_participant returning None
    lead = ("Qazaxıstan Ticarət Naziri Arman Şakkaliyev Bakıda: biznes forumunda üç sənəd imzalanıb\n\nKomissiyanın "
            "iclasında çıxış edən iqtisadiyyat naziri Mikayıl Cabbarov bildirib ki, ticarət artıb. “Biz yeni "
            "layihələrə hazırıq və birgə işləyəcəyik”, – deyə Mikayıl Cabbarov qeyd edib.\n\n“Qazaxıstan şirkətləri "
            "Azərbaycanda yeni imkanlar görür”, – deyə nazir ")
    said = "Qazaxıstan şirkətləri Azərbaycanda yeni imkanlar görür"
    assert proposed.quotes(lead + "forumda bildirib.", DAY)[-1] == ("Arman Şakkaliyev", said)
    # the occasion the last speaker was told at leaves him
    assert proposed.quotes(lead + "iclasdakı çıxışında bildirib.", DAY)[-1] == ("Mikayıl Cabbarov", said)
