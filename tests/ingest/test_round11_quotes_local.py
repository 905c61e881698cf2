"""Quote forms of the tenth held-out set's Russian, Azerbaijani and Turkish articles (dev/118, 123–125), each
as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote when the words could be someone else's).

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the
test's docstring.
"""
from datetime import date

from dashboard.ingest.name_forms import ru_nominative_of_genitive
from tests.ingest import proposed

DAY = date(2024, 7, 10)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: 'Tədbirdə çıxış edən X "…" deyib.' (the Azerbaijani verb alone after the quote)

def test_azerbaijani_bare_verb_after_quote_gives_the_sentences_one_name():
    """Plant: AZ_VERB_FINAL without "deyib" (AZ_VERBS replaced by "bildirib")."""
    text = ("Bakıda forum keçirilib.\n\n"
            "Tədbirdə çıxış edən Ceyhun Bayramov \"Bu sənəd iki ölkə arasında yeni mərhələ açır\" deyib.")
    assert _quotes(text) == [("Jeyhun Bayramov", "Bu sənəd iki ölkə arasında yeni mərhələ açır")]


def test_azerbaijani_bare_verb_after_quote_skips_a_name_in_the_dative():
    """Plant: `_az_verb_final` calling `_one_named` without nominative=True."""
    text = ("Bakıda görüş keçirilib.\n\n"
            "Qonaq Şavkat Mirziyoyevə salamlarını çatdırıb və \"Biz bu ölkəni həmişə dost bilirik\" deyib.")
    assert _quotes(text) == []


# quotes.py: "X … vurğulamışdı ki, … “…”" (pluperfect reported speech)

def test_azerbaijani_pluperfect_reported_speech():
    """Plant: AZ_KI_PAST's endings "mışdı|mişdi" replaced by "mış"."""
    text = ("Ticarət azalıb.\n\n"
            "Prezident İlham Əliyev də ötən həftə vurğulamışdı ki, ticarətin həcmi "
            "\"bizim imkanlarımıza heç cür uyğun deyil\".")
    assert _quotes(text) == [("Ilham Aliyev", "bizim imkanlarımıza heç cür uyğun deyil")]


# quotes.py: a bare title after a quote, the lead paragraph's verb in the present ("… əlaqələndirir.")

def test_azerbaijani_bare_title_after_a_present_tense_lead():
    """Plant: _AZ_PAST_END back to the -ıb endings only."""
    text = ("Nazir Mikayıl Cabbarov bildirib: \"İxrac bu il yenə artacaq və yeni bazarlar açılacaq.\"\n\n"
            "Politoloq Rauf Qəniyev Ölkə.az-a açıqlamasında artımı yeni layihələrlə əlaqələndirir.\n\n"
            "\"Bu artım davam edəcək, çünki yeni layihələr işə düşür\", - ekspert bildirib.")
    assert _quotes(text)[-1] == ("Rauf Qəniyev", "Bu artım davam edəcək, çünki yeni layihələr işə düşür")


# quotes.py: Turkish "X'e göre … “…”" and "X, … değindi:"

def test_turkish_according_to_surname_in_the_dative():
    """Plant: TR_ACCORDING's suffix "(?:y?[ae])" replaced by "ye" (so "Bolat'a" no longer reads)."""
    text = ("Ticaret Bakanı Ömer Bolat dün Bakü'ye gitti.\n\n"
            "Bolat'a göre yeni anlaşma \"iki ülke için tarihi bir dönüm noktası\" olacak.")
    assert _quotes(text) == [("Ömer Bolat", "iki ülke için tarihi bir dönüm noktası")]


def test_turkish_touched_on_before_a_colon():
    """Plant: "değindi" left out of TR_COLON_VERB_MORE."""
    text = ("Ankara'da görüşme yapıldı.\n\n"
            "Ömer Bolat, ticaret hedeflerine de değindi: \"Beş milyar dolar hedefine mutlaka ulaşacağız.\"")
    assert _quotes(text) == [("Ömer Bolat", "Beş milyar dolar hedefine mutlaka ulaşacağız.")]


# quotes.py: Russian "Как отметил X, … «…»"

def test_russian_as_said_opening_the_sentence():
    """Plant: RU_AS_SAID's opening "Как" misspelt ("КакX")."""
    text = ("Итоги визита оценил экономист Азамат Келдибеков.\n\n"
            "Как подчеркнул Келдибеков, стороны готовы «расширить поставки сельхозпродукции в обе стороны».")
    assert _quotes(text) == [("Azamat Keldibekov", "расширить поставки сельхозпродукции в обе стороны")]


# quotes.py: an interviewee named in the genitive after "у" ("спросил у экономиста Марата Казакпаева")

def test_russian_interviewee_in_the_genitive_is_named_in_the_nominative():
    """Plant: `_interviewee` using ru_nominative for the name after "у"."""
    text = ("Товарооборот вырос.\n\n"
            "Об итогах визита мы спросили у политолога Анны Петровой.\n\n"
            "— Чего ждать дальше?\n\n"
            "— Новые маршруты и новые контракты уже в следующем году.")
    quotes = _quotes(text)
    assert [speaker for speaker, _ in quotes] == ["Anna Petrova"]
    assert "Чего" not in quotes[0][1]


def test_russian_genitive_names_to_the_nominative():
    """Plant: the "(ов|ев|ин)ой$" rule of _RU_GENITIVE removed."""
    assert ru_nominative_of_genitive("Марата Казакпаева") == "Марат Казакпаев"
    assert ru_nominative_of_genitive("Анны Петровой") == "Анна Петрова"
    assert ru_nominative_of_genitive("Сергея Иванова") == "Сергей Иванов"


# quotes.py: "По его словам, …. «…», — сказал глава Кабмина." (a bare title in a paragraph of "his words")

def test_russian_bare_title_in_a_his_words_paragraph_is_the_last_speaker():
    """Plant: _RU_HIS_WORDS misspelt ("словамX")."""
    text = ("«Казахстан для нас — надежный партнер и друг», — заявил Азамат Келдибеков.\n\n"
            "По его словам, сотрудничество пока развивается медленно. «Нам нужно вдвое больше совместных "
            "проектов уже в этом году», — сказал глава ассоциации.")
    assert _quotes(text) == [("Azamat Keldibekov", "Казахстан для нас — надежный партнер и друг"),
                             ("Azamat Keldibekov", "Нам нужно вдвое больше совместных проектов уже в этом году")]


def test_russian_bare_title_without_his_words_stays_unattributed():
    """Plant: `_ru_title_in_his_words` without the _RU_HIS_WORDS check (any paragraph opening "По ")."""
    text = ("«Казахстан для нас — надежный партнер и друг», — заявил Азамат Келдибеков.\n\n"
            "По данным статистики, торговля растет. «Нам нужно вдвое больше совместных проектов уже в этом "
            "году», — сказал глава ассоциации.")
    assert _quotes(text) == [("Azamat Keldibekov", "Казахстан для нас — надежный партнер и друг")]
