"""Round 16b rules for Russian, Azerbaijani and Turkish quotes and their speakers, found by invented probes in the
style of the region's outlets (short invented sentences, not the gold articles' text)."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2025, 5, 20)


def _quotes(text: str) -> list[tuple[str, str]]:
    return proposed.quotes(text, DAY)


# people.py: a city in the locative after the name

def test_an_azerbaijani_city_in_the_locative_after_a_name_is_no_part_of_it():
    """Plant: `_without_place_case` returning the run unchanged (the speaker "Rəşad Nəbiyev Aktauda")."""
    text = ("Görüşdə nəqliyyat məsələləri müzakirə olunub.\n\nRəqəmsal inkişaf naziri Rəşad Nəbiyev Qəbələdə "
            'jurnalistlərə bildirib: "Biz yükdaşımaların həcmini iki dəfə artırmağı planlaşdırırıq."')
    assert _quotes(text) == [("Rəşad Nəbiyev", "Biz yükdaşımaların həcmini iki dəfə artırmağı planlaşdırırıq.")]


def test_a_turkish_city_in_the_locative_without_an_apostrophe_after_a_titled_name():
    """Plant: the `_without_place_case(m[0]) == m[0]` check out of `_local_titled_person` (the speaker "Ömer Bolat
    Semerkantta")."""
    text = ("İki ülke arasındaki ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat Semerkantta gazetecilere "
            '"Ticaret hacmini kısa sürede artırmayı hedefliyoruz" dedi.')
    assert _quotes(text) == [("Ömer Bolat", "Ticaret hacmini kısa sürede artırmayı hedefliyoruz")]


def test_a_surname_ending_in_zade_keeps_its_last_word():
    """Plant: `(?<!za)` out of `_PLACE_CASE_WORD` (the speaker "Elçin Əli" for "Elçin Əli Əlizadə")."""
    text = ("Görüş Bakıda keçirilib.\n\nPolitoloq Elçin Əli Əlizadə bildirib: "
            '"Orta Dəhliz bölgənin ən vacib nəqliyyat layihəsinə çevrilib."')
    assert [speaker for speaker, _ in _quotes(text)] == ["Elçin Əli Əlizadə"]


# people.py: a bare "minister" never means an economist who spoke before

def test_a_russian_bare_minister_after_an_economist_gives_none():
    """Plant: `occupations.add` out of `_ru_titled_people` (the minister's words went to the economist)."""
    text = ("Товарооборот двух стран вырос.\n\n«Рост товарооборота сохранится еще несколько лет», — считает "
            "политолог Данияр Ашимбаев.\n\n«Мы намерены удвоить поставки зерна уже в этом году», — сказал министр.")
    assert _quotes(text) == [("Daniyar Ashimbayev", "Рост товарооборота сохранится еще несколько лет")]


def test_an_azerbaijani_bare_nazir_after_an_economist_gives_none():
    """Plant: the round 16b `self.occupations` branch out of `Resolver._resolve` (the minister's words went to the
    economist)."""
    text = ("Ticarət dövriyyəsi artıb.\n\nİqtisadçı Vüqar Bayramov hesab edir ki, artım davam edəcək.\n\n"
            'Nazir bildirib: "Biz taxıl tədarükünü bu il iki dəfə artırmağı planlaşdırırıq."')
    assert _quotes(text) == []


def test_a_turkish_bare_bakan_after_an_economist_gives_none():
    """Plant: `occupations.add` out of `_az_titled_people` (the minister's words went to the economist)."""
    text = ("Ticaret hacmi büyüyor.\n\nEkonomist Serkan Demir, \"Artışın kalıcı olacağını düşünüyorum\" dedi.\n\n"
            'Bakan ise "Bu yıl tahıl tedarikini iki katına çıkaracağız" dedi.')
    assert _quotes(text) == [("Serkan Demir", "Artışın kalıcı olacağını düşünüyorum")]


def test_a_bare_nazir_after_a_minister_spoke_is_still_his():
    """Plant: `in self.occupations` made `not in` (a minister's own second quote lost)."""
    text = ("Ticarət dövriyyəsi artıb.\n\nİqtisadiyyat naziri Mikayıl Cabbarov bildirib: "
            '"Biz ticarət dövriyyəsini iki dəfə artırmağı planlaşdırırıq."\n\n'
            '"Yeni logistika mərkəzi gələn il istifadəyə veriləcək", - nazir əlavə edib.')
    assert [speaker for speaker, _ in _quotes(text)] == ["Mikayıl Cabbarov", "Mikayıl Cabbarov"]


# name_forms.py: a Russian genitive adjective before the title

def test_russian_according_to_an_adjective_and_a_title_in_the_genitive():
    """Plant: `head = 0` always in `ru_genitive_phrase` ("кыргызского лидера" read as no one)."""
    text = ("Садыр Жапаров прибыл в Баку.\n\nПо словам кыргызского лидера, «наши народы связывают общие корни, "
            "язык и культура».")
    assert _quotes(text) == [("Sadyr Japarov", "наши народы связывают общие корни, язык и культура")]
    text = ("Хакан Фидан прибыл в Астану.\n\nПо мнению турецкого министра иностранных дел, «Средний коридор "
            "стал главным маршрутом между Европой и Азией».")
    assert [speaker for speaker, _ in _quotes(text)] == ["Hakan Fidan"]


# quotes.py: Russian "как" before the verb after a quote, and where it was said in "Как заявил …, «…»"

def test_russian_kak_before_the_verb_after_a_quote():
    """Plant: `(?:как\\s+)?` out of `AFTER_VERB_SPEAKER_RU` (no speaker)."""
    text = ("Переговоры прошли в Астане.\n\n«Казахстан остается надежным партнером Азербайджана в регионе», — как "
            "подчеркнул министр торговли Казахстана Арман Шаккалиев.")
    assert _quotes(text) == [("Arman Shakkaliyev", "Казахстан остается надежным партнером Азербайджана в регионе")]


def test_russian_as_said_with_where_between_verb_and_speaker():
    """Plant: the round 16b where-phrase group out of `AS_SAID` (no speaker: the phrase is over 60 characters)."""
    text = ("Переговоры прошли в Астане.\n\nКак сообщил на брифинге официальный представитель МИД Кыргызстана "
            "Эрмек Исмаилов, «стороны договорились ускорить работу над соглашением о транзите».")
    assert _quotes(text) == [("Ermek Ismailov", "стороны договорились ускорить работу над соглашением о транзите")]



# people.py: a bare "министр" after a second minister is named gives none

def test_russian_bare_minister_after_talks_of_two_ministers_gives_none():
    """Plants: `_another_minister_named_last` returning False, and the round 16b `or not officeholders.by_name(run)`
    out of `note_names_in` ("Муратом Нуртлеу", an indeclinable surname, not remembered): the words went to Bayramov."""
    text = ("Глава МИД Азербайджана Джейхун Байрамов встретился в Баку с министром иностранных дел Казахстана "
            "Муратом Нуртлеу.\n\n«Мы обсудили загрузку Транскаспийского маршрута на ближайшие годы», — заявил министр.")
    assert _quotes(text) == []


def test_russian_bare_minister_after_the_same_minister_spoke_is_his():
    """Plant: `self.minister_mentioned != self.last_speaker.name` made `==` (the minister's second quote lost)."""
    text = ("«Мы обсудили загрузку Транскаспийского маршрута на ближайшие годы», — заявил глава МИД Казахстана Мурат "
            "Нуртлеу.\n\n«Казахстан готов увеличить экспорт зерна через порт Актау», — добавил министр.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Murat Nurtleu", "Murat Nurtleu"]


def test_russian_bare_minister_after_the_first_minister_spoke_again_is_his():
    """Plant: the `resolver.minister_mentioned = ""` line out of `find_quotes` (the quote after his lost)."""
    text = ("Джейхун Байрамов встретился в Баку с министром иностранных дел Казахстана Муратом Нуртлеу.\n\n"
            "«Мы обсудили загрузку Транскаспийского маршрута на ближайшие годы», — сказал Байрамов.\n\n"
            "«Азербайджан готов принять больше грузов в порту Алят», — добавил министр.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Jeyhun Bayramov", "Jeyhun Bayramov"]


# people.py: Russian titles of regions and parliaments, and a title in the instrumental

def test_russian_akim_and_toraga_before_a_name():
    """Plant: the round 16b "аким|хоким|торага|…" titles out of `_RU_TITLED` (no speaker for the surname)."""
    text = ("Аким Мангистауской области Нурлан Ногаев принял делегацию из Баку.\n\n«Порт Актау готов принимать больше "
            "грузов из Азербайджана», — отметил Ногаев.")
    assert _quotes(text) == [("Nurlan Nogayev", "Порт Актау готов принимать больше грузов из Азербайджана")]
    text = ("Торага Жогорку Кенеша Нурланбек Шакиев встретился с делегацией.\n\n«Кыргызстан высоко ценит поддержку "
            "братского Азербайджана», — сказал Шакиев.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Nurlanbek Shakiyev"]


def test_russian_title_and_name_in_the_instrumental():
    """Plant: `name = m["name"]` always in `_ru_titled_people` (the instrumental "Нурланом Ногаевым" kept, so the
    later nominative surname names nobody)."""
    text = ("Делегация Азербайджана встретилась с акимом Мангистауской области Нурланом Ногаевым.\n\n«Порт Актау готов "
            "принимать больше грузов из Баку», — отметил Ногаев.")
    assert _quotes(text) == [("Nurlan Nogayev", "Порт Актау готов принимать больше грузов из Баку")]


# quotes.py: someone else's words before a colon

def test_azerbaijani_anothers_words_before_a_colon_give_none():
    """Plant: `_AZ_WORDS_OF.search(sentence) or` out of `_local_words_of_another` (the quote went to Bayramov)."""
    text = ("Nazir Bakıda forumda çıxış edib.\n\nCeyhun Bayramov Prezident İlham Əliyevin sözlərini xatırladıb: "
            '"Orta Dəhliz bütün region üçün böyük imkanlar yaradır."')
    assert _quotes(text) == []


def test_russian_anothers_message_before_a_colon_gives_none():
    """Plant: `or _RU_WORDS_OF.search(sentence)` out of `_local_words_of_another` (the quote went to Nurtleu)."""
    text = ("Министры встретились в Баку.\n\nНуртлеу передал Байрамову послание Токаева: "
            "«Казахстан высоко ценит стратегическое партнерство с Азербайджаном».")
    assert _quotes(text) == []



def test_azerbaijani_a_country_genitive_before_a_colon_keeps_the_subject():
    """Plant: `mövqe` (position) added to `_AZ_WORDS_OF`'s nouns (a country's position is the subject's account)."""
    text = ("Nazirlər Bakıda görüşüb.\n\nCeyhun Bayramov Azərbaycanın mövqeyini açıqlayıb: "
            '"Biz Orta Dəhliz üzrə bütün layihələri dəstəkləməyə hazırıq."')
    assert [speaker for speaker, _ in _quotes(text)] == ["Jeyhun Bayramov"]


# people.py: a titled name that shares a holder's surname only

def test_a_titled_name_sharing_a_former_holders_surname_is_its_own_person():
    """Plant: `_holder_named` returning `bool(officeholders.by_name(surname))` (the surname alone: "Yıldırım" became
    the former prime minister Binali Yıldırım)."""
    text = ("Ticaret Bakan Yardımcısı Ahmet Yıldırım Taşkent'te temaslarda bulundu.\n\nYıldırım, \"Özbekistan ile "
            'ticaret hacmimizi kısa sürede iki katına çıkaracağız" dedi.')
    assert [speaker for speaker, _ in _quotes(text)] == ["Ahmet Yıldırım"]



# quotes.py: where between a Russian subject and its verb

def test_russian_place_between_subject_and_verb_before_a_partial_quote():
    """Plant: the round 16b preposition group out of `SUBJECT` (no speaker)."""
    text = ("Переговоры прошли в Астане.\n\nЖапаров на брифинге заявил, что «граница между двумя странами стала "
            "границей дружбы и добрососедства».")
    assert _quotes(text) == [("Sadyr Japarov", "граница между двумя странами стала границей дружбы и добрососедства")]
