"""Quote forms of the fourteenth held-out set's Russian, Azerbaijani and Turkish articles (dev/165, 166, 167, 172,
173) and of probes of attribution in those languages, each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote when the words could be someone else's).

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the
test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 6, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# people.py

def test_a_turkic_spelling_of_a_holders_given_name_is_the_holder():
    """Plant: `_another_bearer` without the `english_spelling` of the given name ("Ceenbek" then someone else)."""
    text = ("Qırğızıstanın xarici işlər naziri Ceenbek Kulubayev Bakıya gəlib.\n\n"
            '"Biz Xəzər üzərindən yükdaşımaları artırmaq istəyirik", – deyə Ceenbek Kulubayev bildirib.')
    assert _quotes(text) == [("Jeenbek Kulubaev", "Biz Xəzər üzərindən yükdaşımaları artırmaq istəyirik")]


def test_a_turkish_demonym_before_an_office_is_that_countrys_holder():
    """Plant: `_local_demonym_country` always returning [] ("Kazak lider" names nobody)."""
    text = ("Zirve Astana'da yapıldı.\n\n"
            'Kazak lider, "Orta Koridor hepimiz için stratejik bir öneme sahiptir" diye konuştu.')
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Orta Koridor hepimiz için stratejik bir öneme sahiptir")]


def test_a_turkish_occupation_and_academic_titles_before_a_name_remember_the_person():
    """Plant: `_ACADEMIC` matching nothing ("Doç. Dr." then read as the name and the surname unknown)."""
    text = ("Gazetemize konuşan ekonomist Doç. Dr. Ayşe Karabulut, hedefin iddialı olduğunu savundu. "
            'Karabulut, "İhracat artmadan bu rakama ulaşmak kolay olmayacak" ifadelerini kullandı.')
    assert _quotes(text) == [("Ayşe Karabulut", "İhracat artmadan bu rakama ulaşmak kolay olmayacak")]


def test_a_turkish_expert_in_lower_case_before_a_name():
    """Plant: "uzman" out of `_AZ_TITLES` (the surname alone then names nobody)."""
    text = ("Enerji uzmanı değil, lojistik uzman Kerem Aydoğdu konuya farklı bakıyor. "
            'Aydoğdu, "Hazar geçişinde bekleme süreleri hâlâ çok uzun" dedi.')
    assert _quotes(text) == [("Kerem Aydoğdu", "Hazar geçişinde bekleme süreleri hâlâ çok uzun")]


def test_a_turkish_titled_name_of_three_words():
    """Plant: `_local_titled_person` without the `_LOCAL_TITLED_THREE` try ("Mehmet Ali" taken for the name)."""
    text = ('İş Forumu\'nda konuşan Türkiye-Özbekistan İş Konseyi Başkanı Mehmet Ali Korkmaz da şunları söyledi: '
            '"Özbekistan, Türk yatırımcılar için yeni bir kapıdır."')
    assert _quotes(text) == [("Mehmet Ali Korkmaz", "Özbekistan, Türk yatırımcılar için yeni bir kapıdır.")]


# quotes.py: Turkish

def test_a_turkish_body_in_a_case_is_no_second_person_before_a_colon():
    """Plant: `_colon_subject` without the `_TR_CASE_SUFFIX` condition ("Kalkınma Forumu'nda" read as a second person,
    so the sentence names two and gives none)."""
    text = ('Bakü Kalkınma Forumu\'nda konuşan DEİK Türkiye-Azerbaycan İş Konseyi Başkanı Selim Oktar şunları söyledi: '
            '"Azerbaycan, Türk şirketleri için bölgenin anahtarıdır."')
    assert _quotes(text) == [("Selim Oktar", "Azerbaycan, Türk şirketleri için bölgenin anahtarıdır.")]


# quotes.py: Azerbaijani

def test_azerbaijani_head_of_the_delegation_is_the_paragraphs_lead_subject():
    """Plant: `_DELEGATION_HEAD` matching nothing (the title then names nobody and the quote is dropped)."""
    text = ("İclasda Qazaxıstanın ticarət naziri Arman Şakkaliyev iştirak edib.\n\n"
            "Nazir Mikayıl Cabbarov bildirib ki, dövriyyə artır.\n\n"
            "Arman Şakkaliyev isə çıxışında Xəzər limanlarına diqqət yetirib. O deyib ki, Orta Dəhliz üzrə yüklər "
            "artıb. “Biz Aktau limanının gücünü iki dəfə artıracağıq”, – deyə qazax nümayəndə heyətinin rəhbəri "
            "bildirib.")
    assert _quotes(text) == [("Arman Şakkaliyev", "Biz Aktau limanının gücünü iki dəfə artıracağıq")]


def test_azerbaijani_o_sentences_are_about_the_lead_not_the_last_speaker():
    """Plant: `_AZ_PRONOUN_OPENING` matching nothing (then "O deyib ki" is the last speaker, Cabbarov)."""
    text = ("İqtisadiyyat naziri Mikayıl Cabbarov bildirib ki, dövriyyə artır.\n\n"
            "“Biz bu il yeni layihələrə başlayacağıq”, – deyə nazir əlavə edib.\n\n"
            "Qazaxıstanın ticarət naziri Arman Şakkaliyev isə çıxışında limanlara diqqət yetirib. O deyib ki, yüklər "
            "artıb. “Aktau limanının gücünü iki dəfə artıracağıq”, – deyə nazir bildirib.")
    assert _quotes(text)[-1] == ("Arman Şakkaliyev", "Aktau limanının gücünü iki dəfə artıracağıq")


# quotes.py: Russian

def test_russian_dash_line_of_an_expert_is_the_expert_named_before():
    """Plant: `_dash_anaphor_subject` without the `_RU_OCCUPATION_PART` branch (the expert's words then the last
    speaker's, Nurtleu's)."""
    text = ("— Мы готовы увеличить транзит, — заявил Мурат Нуртлеу.\n\n"
            "Опрошенный «Ведомостями» старший научный сотрудник Института экономики Иван Петров считает, что "
            "сближение носит прагматичный характер.\n\n"
            "— Для Казахстана это вопрос диверсификации маршрутов, — пояснил эксперт.")
    assert _quotes(text) == [("Murat Nurtleu", "Мы готовы увеличить транзит"),
                             ("Ivan Petrov", "Для Казахстана это вопрос диверсификации маршрутов")]


def test_russian_dash_line_of_an_expert_is_no_office_holder():
    """Plant: `_unmarked_paragraph` without the `occupation` check (the last speaker, Tokayev, then "the expert")."""
    text = ("— Мы готовы увеличить транзит, — заявил Мурат Нуртлеу.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев считает, что сближение носит прагматичный характер.\n\n"
            "— Для Казахстана это вопрос диверсификации маршрутов, — пояснил эксперт.")
    assert ("Kassym-Jomart Tokayev", "Для Казахстана это вопрос диверсификации маршрутов") not in _quotes(text)


def test_russian_head_of_state_with_a_country_adjective_and_a_source_aside():
    """Plant: `_RU_HEAD_SUBJECT` back to round 11's pattern (no adjective, no aside)."""
    text = ("Министра принял президент Касым-Жомарт Токаев. Глава казахстанского государства, как сообщает Акорда, "
            "отметил, что отношения двух стран «находятся на очень высоком уровне доверия».")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "находятся на очень высоком уровне доверия")]


def test_russian_head_of_state_aside_that_names_someone_gives_none():
    """Plant: `_ru_head_subject` without the aside's `_names_someone` check."""
    text = ("Министра принял президент Касым-Жомарт Токаев. Глава казахстанского государства, по данным Джейхуна "
            "Байрамова, отметил, что отношения двух стран «находятся на очень высоком уровне доверия».")
    assert _quotes(text) == []


def test_russian_second_verb_called_it_ends_the_sentence():
    """Plant: `_RU_AND_SAID` matching nothing (the partial quote after "и назвал это" then unattributed)."""
    text = ("Министр иностранных дел Джейхун Байрамов прибыл в Астану.\n\n"
            "Байрамов, в свою очередь, напомнил, что торговля выросла на 22%, и назвал это «хорошим, но "
            "недостаточным результатом для наших стран».")
    assert _quotes(text) == [("Jeyhun Bayramov", "хорошим, но недостаточным результатом для наших стран")]


def test_russian_second_speech_verb_with_a_bare_clause():
    """Plant: the `{RU_VERBS}, что` alternative out of `_RU_AND_SAID`."""
    text = ("Министр иностранных дел Джейхун Байрамов прибыл в Астану.\n\n"
            "Байрамов напомнил о росте торговли и добавил, что Баку готов «предоставить всю необходимую "
            "инфраструктуру для казахстанских грузов».")
    assert _quotes(text) == [("Jeyhun Bayramov", "предоставить всю необходимую инфраструктуру для казахстанских грузов")]


# probes

def test_azerbaijani_demonym_and_bare_minister_is_that_countrys_minister():
    """Plant: `_local_minister_country` without the `_LOCAL_DEMONYMS` look-up ("türk nazir" then no country)."""
    text = ("Görüşdə Türkiyənin ticarət naziri Ömer Bolat çıxış edib. “Azərbaycanla ticarətimizi iki dəfə "
            "artıracağıq”, – deyə türk nazir vurğulayıb.")
    assert _quotes(text) == [("Ömer Bolat", "Azərbaycanla ticarətimizi iki dəfə artıracağıq")]


def test_turkish_demonym_and_office_after_a_participle():
    """Plant: `_LOCAL_DEMONYM_OFFICE` anchored at the phrase's start (the clause opens with "Basın", no demonym)."""
    text = ('Basın toplantısında konuşan Özbek Dışişleri Bakanı, "Orta Koridor bizim için hayati önemdedir" '
            "ifadelerini kullandı.")
    assert _quotes(text) == [("Bakhtiyor Saidov", "Orta Koridor bizim için hayati önemdedir")]


def test_turkish_demonym_and_title_opening_a_colon_sentence():
    """Plant: `_TR_OPENING_TITLE` matching nothing (the lower-case "lider" is no capitalised run to resolve)."""
    text = 'Türkmen lider, zirvede şunları söyledi: "Doğal gazımızı Avrupa\'ya ulaştırmak istiyoruz."'
    assert _quotes(text) == [("Serdar Berdimuhamedow", "Doğal gazımızı Avrupa'ya ulaştırmak istiyoruz.")]


def test_a_turkish_demonym_before_a_people_is_no_office():
    """Plant: `_LOCAL_DEMONYM_OFFICE` taking any word after the demonym (`(?:\\w+)` for the office words:
    "Kırgız halkına seslenen Cumhurbaşkanı" would be Kyrgyzstan's)."""
    text = ('Kırgız halkına seslenen Cumhurbaşkanı, "Bu ziyaret iki ülke için yeni bir dönemin başlangıcıdır" dedi.')
    assert _quotes(text) == []


def test_russian_titled_subject_with_lower_case_genitives_before_a_partial_quote():
    """Plant: `_RU_TITLED_SUBJECT` matching nothing (SUBJECT wants capitals all through, so no subject)."""
    text = ("Директор института Иван Сидоров, в свою очередь, напомнил, что экспорт вырос, и назвал его "
            "«лучшим результатом за последнее десятилетие».")
    assert _quotes(text) == [("Ivan Sidorov", "лучшим результатом за последнее десятилетие")]


def test_russian_titled_subject_whose_sentence_names_another_gives_none():
    """Plant: `_plain_object` returning True (the sentence naming Tokayev then still the director's)."""
    text = ("Директор института Иван Сидоров напомнил, что Касым-Жомарт Токаев доволен ростом, и назвал это "
            "«лучшим результатом за последнее десятилетие».")
    assert _quotes(text) == []
