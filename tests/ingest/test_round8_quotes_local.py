"""Quote forms of the seventh held-out set's Russian, Azerbaijani and Turkish articles (dev/84–89), each as
a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote when the words could be someone else's).

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the
test's docstring.
"""
from datetime import date

from dashboard.ingest.name_forms import ru_nominative
from tests.ingest import proposed

DAY = date(2024, 7, 10)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: an interview laid out as dash lines, questions and answers

_INTERVIEW = ("Премьер-министр Али Асадов провел переговоры в Ташкенте.\n\n"
              "«Мы открываем новую страницу в наших отношениях и рассчитываем на быстрый результат», – "
              "подчеркнул Али Асадов.\n\n"
              "{lead}\n\n"
              "– Как вы оцениваете результаты переговоров?\n\n"
              "– Результаты превзошли ожидания обеих сторон. Подписаны соглашения по транспорту.\n\n"
              "– Что дальше?\n\n"
              "– Дальше мы будем работать над открытием прямого авиарейса между столицами.\n\n"
              "Напомним, переговоры прошли во вторник.")


def test_interview_questions_are_no_quotes_and_answers_are_the_interviewees():
    """Plant: `_interviewee` resolving the name as written, without `ru_nominative` ("Bakhromom Ibragimovym")."""
    lead = "Корреспондент агентства побеседовал с послом Узбекистана в Азербайджане Бахромом Ибрагимовым."
    assert _quotes(_INTERVIEW.format(lead=lead))[1:] == [
        ("Bakhrom Ibragimov", "Результаты превзошли ожидания обеих сторон. Подписаны соглашения по транспорту."),
        ("Bakhrom Ibragimov", "Дальше мы будем работать над открытием прямого авиарейса между столицами.")]


def test_interview_without_a_named_interviewee_gives_no_quotes():
    """Plant: `_interview_turn` returning None instead of False when the lead names nobody (the
    questions and answers then went to Asadov)."""
    lead = "Корреспондент агентства побеседовал с дипломатом на полях встречи."
    assert [speaker for speaker, _ in _quotes(_INTERVIEW.format(lead=lead))] == ["Ali Asadov"]


def test_russian_instrumental_names_to_nominative():
    """Plant: the "(ов|ев|ин)ым" ending dropped from name_forms._RU_INSTRUMENTAL."""
    assert ru_nominative("Рустамом Назарзода") == "Рустам Назарзода"
    assert ru_nominative("Бахромом Ибрагимовым") == "Бахром Ибрагимов"
    assert ru_nominative("Алексеем Ивановым") == "Алексей Иванов"
    assert ru_nominative("Анной Петровой") == "Анна Петрова"


# quotes.py: a Russian dash line attributed to "он" after running text is that text's subject's

def test_russian_dash_line_with_pronoun_takes_the_running_texts_subject():
    """Plant: `_dash_anaphor_subject` not called (nobody had spoken: the line was dropped)."""
    text = ("Выступая на форуме, Марат Сеитов представил данные таможни.\n\n"
            "— Экспорт за полгода вырос на треть, и это только начало, — отметил он.")
    assert _quotes(text) == [("Marat Seitov", "Экспорт за полгода вырос на треть, и это только начало")]


def test_russian_dash_line_told_to_an_outlet():
    """Plant: `_ru_dash_tail` returning the part unchanged ("пояснил он Kabar.kg" read as words of the quote)."""
    text = ("Аналитик Бакыт Осмонов полагает, что торговля будет расти.\n\n"
            "— Логистика остается главной проблемой для наших экспортеров, — пояснил он Kabar.kg.")
    assert _quotes(text) == [("Bakyt Osmonov", "Логистика остается главной проблемой для наших экспортеров")]


# people.py: "министр" after a quote means the minister named before; Russian titles are no part of a name

def test_russian_bare_minister_after_reported_speech():
    """Plant: "министр" left out of people.PRONOUNS."""
    text = ("Тимур Касымов заявил, что Баку ждет кыргызских экспортеров.\n\n"
            "«Мы готовы предоставить льготные условия в нашем порту», — сказал министр.")
    assert _quotes(text) == [("Timur Kasymov", "Мы готовы предоставить льготные условия в нашем порту")]


def test_capitalised_russian_occupation_is_no_part_of_the_name():
    """Plant: "экономист" left out of the Russian _TITLE_WORDS."""
    text = "«Цель достижима, но только при решении проблем с логистикой», — считает Экономист Нурлан Садыков."
    assert _quotes(text) == [("Nurlan Sadykov", "Цель достижима, но только при решении проблем с логистикой")]


# people.py: Turkish and Azerbaijani titles in running text name an unlisted person, whose surname speaks later

def test_turkish_title_in_running_text_names_the_later_surname_speaker():
    """Plant: "Yardımcısı" left out of _LOCAL_TITLES (the surname then named nobody)."""
    text = ("Cumhurbaşkanı Yardımcısı Kemal Doğru dün Bakü'ye geldi.\n\n"
            "Toplantıda konuşan Doğru, \"İki ülke arasındaki ticaret hızla büyümeye devam ediyor\" dedi.")
    assert _quotes(text) == [("Kemal Doğru", "İki ülke arasındaki ticaret hızla büyümeye devam ediyor")]


# quotes.py: Azerbaijani reported speech around a partial quote, and "according to"

AZ_DAY = date(2022, 11, 11)


def test_azerbaijani_ki_clause_partial_quote_is_the_subjects():
    """Plant: AZ_KI branch of `_az_attribution` taken out (the partial quote went unattributed)."""
    text = "Prezident İlham Əliyev bildirib ki, iki ölkə arasında əlaqələr “yeni və daha yüksək mərhələyə qədəm qoyub”."
    assert _quotes(text, AZ_DAY) == [("Ilham Aliyev", "yeni və daha yüksək mərhələyə qədəm qoyub")]


def test_azerbaijani_ki_clause_naming_someone_else_gives_nobody():
    """Plant: `_plain_object` check of the words after "ki" dropped (the quote went to Aliyev)."""
    text = "Prezident İlham Əliyev bildirib ki, Rəcəb Tayyib Ərdoğan “yeni və daha yüksək mərhələ” barədə danışıb."
    assert _quotes(text, AZ_DAY) == []


def test_azerbaijani_nominalised_clause_partial_quote():
    """Plant: "duğunu" left out of AZ_CLAUSE_AFTER's endings."""
    text = "Şavkat Mirziyoyev görüşün “iki xalqın qardaşlığının yeni səhifəsi” olduğunu bildirib."
    assert _quotes(text, AZ_DAY) == [("Shavkat Mirziyoyev", "iki xalqın qardaşlığının yeni səhifəsi")]


def test_azerbaijani_according_to_the_experts_words():
    """Plant: AZ_ACCORDING's genitive ending without the "n?" (a vowel-final name's "-nin", "Əlizadənin",
    then no longer matched)."""
    text = ("İqtisadçı Vüqar Məmmədli bildirib ki, ixrac artıb.\n\n"
            "Kamran Əlizadənin sözlərinə görə, bu artım davam edəcək: “Yeni bazarlar açıldıqca ixrac da artacaq.”")
    assert _quotes(text, AZ_DAY) == [("Kamran Əlizadə", "Yeni bazarlar açıldıqca ixrac da artacaq.")]


def test_azerbaijani_opinion_verb_makes_the_subject_the_last_speaker():
    """Plant: "hesab edir" left out of AZ_KI (the quote went to the economist named before)."""
    text = ("İqtisadçı Vüqar Məmmədli bildirib ki, ixrac artıb.\n\n"
            "Birliyin sədri Kamran Əlizadə isə hesab edir ki, yeni xətlər ticarəti sürətləndirəcək. "
            "“Türk şirkətləri yeni layihələrə böyük maraq göstərir”, - o qeyd edib.")
    assert _quotes(text, AZ_DAY) == [("Kamran Əlizadə", "Türk şirkətləri yeni layihələrə böyük maraq göstərir")]


def test_azerbaijani_pronoun_with_comma_before_colon():
    """Plant: AZ_PRONOUN_COLON without the optional comma after "O"."""
    text = ("Prezident İlham Əliyev bildirib ki, əlaqələr “yeni və daha yüksək mərhələyə qədəm qoyub”. "
            "O, həmçinin qeyd edib: “Xəzər dənizi bizi ayırmır, əksinə, birləşdirir.”")
    assert _quotes(text, AZ_DAY)[1] == ("Ilham Aliyev", "Xəzər dənizi bizi ayırmır, əksinə, birləşdirir.")


def test_azerbaijani_leader_of_a_country():
    """Plant: OTHER_OFFICE_WORDS["lider"] not set."""
    text = "“Təşkilat artıq regional deyil, qlobal aktordur”, - deyə Türkiyə lideri bildirib."
    assert _quotes(text, AZ_DAY) == [("Recep Tayyip Erdoğan", "Təşkilat artıq regional deyil, qlobal aktordur")]


def test_turkish_title_after_a_long_body_name_still_names_the_person():
    """Plant: note_names_in not adding the _LOCAL_TITLED matches (the name run, cut at six words, lost the
    surname)."""
    text = ("TOBB Türkiye-Gürcistan Ortak İş Konseyi Başkanı Levent Karaca, anlaşmaların önemli olduğunu söyledi. "
            "Karaca, \"Lojistik projeleri iki ülkenin ticaretini çok daha hızlı büyütecek\" dedi.")
    assert _quotes(text) == [("Levent Karaca", "Lojistik projeleri iki ülkenin ticaretini çok daha hızlı büyütecek")]


# quotes.py: the headline "Name [in a place]: “…”" names the speaker of the body quote that repeats it

def test_headline_label_names_the_body_quotes_speaker():
    """Plant: `_headline_speakers` not reading _HEADLINE_LABEL (the body quote stayed unattributed)."""
    text = ("Kamran Əlizadə Bakıda: “Ticarət daha sürətlə artmalıdır”\n\n"
            "Spiker çıxışında iqtisadi əlaqələrə toxunub:\n\n"
            "“Son illərdə dövriyyə artıb. Ticarət daha sürətlə artmalıdır.”")
    assert _quotes(text, AZ_DAY) == [("Kamran Əlizadə", "Son illərdə dövriyyə artıb. Ticarət daha sürətlə artmalıdır.")]


def test_headline_label_gives_nothing_to_a_body_quote_of_other_words():
    """Plant: `_headline_speakers` matching any body quote (`head in words` taken as True)."""
    text = ("Kamran Əlizadə Bakıda: “Ticarət daha sürətlə artmalıdır”\n\n"
            "Spiker çıxışında iqtisadi əlaqələrə toxunub:\n\n"
            "“Son illərdə dövriyyə artıb və yeni layihələr başlayıb.”")
    assert [speaker for speaker, _ in _quotes(text, AZ_DAY)] == []
