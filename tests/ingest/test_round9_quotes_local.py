"""Quote forms of the eighth held-out set's Russian, Azerbaijani and Turkish articles (dev/93–95, 99–101),
each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote when the words could be someone else's).

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the
test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2024, 7, 10)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: Turkish '"…" diyen X, …' (X, who said "…")

def test_turkish_quote_before_diyen_is_the_speaker_after_it():
    """Plant: TR_SAYING left out of `_attribute`'s after-the-quote patterns."""
    text = ("Ankara'da bir toplantı yapıldı.\n\n"
            "\"Enerji alanında ortak projelerimizi hızla hayata geçireceğiz\" diyen Cumhurbaşkanı Erdoğan, "
            "yeni anlaşmaların da yolda olduğunu sözlerine ekledi.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan",
                              "Enerji alanında ortak projelerimizi hızla hayata geçireceğiz")]


def test_azerbaijani_deyen_with_a_bare_title_is_the_last_speaker():
    """Plant: "nazir" left out of TR_SAYING's lower-case titles."""
    text = ("Xarici işlər naziri Ceyhun Bayramov Daşkənddə danışıqlar aparıb.\n\n"
            "«Regionda sülh üçün bütün imkanlardan istifadə edəcəyik», – deyə Ceyhun Bayramov vurğulayıb.\n\n"
            "«Nəqliyyat layihələri iki ölkəni daha da yaxınlaşdırır» deyən nazir sözlərinə yeni rəqəmlər də əlavə edib.")
    assert _quotes(text)[1:] == [("Jeyhun Bayramov", "Nəqliyyat layihələri iki ölkəni daha da yaxınlaşdırır")]


# quotes.py: Turkish '"…" değerlendirmesinde bulundu' (made the assessment "…")

def test_turkish_degerlendirmesinde_bulundu_is_verb_final():
    """Plant: the round-9 `TR_VERBS +=` line removed."""
    text = ("Ankara'da bir toplantı yapıldı.\n\n"
            "Dışişleri Bakanı Hakan Fidan, \"Bölgede kalıcı barış için diplomasi tek yoldur ve bunu sürdüreceğiz\" "
            "değerlendirmesinde bulundu.")
    assert _quotes(text) == [("Hakan Fidan", "Bölgede kalıcı barış için diplomasi tek yoldur ve bunu sürdüreceğiz")]


# quotes.py: a partial quote that ends with the reported clause's nominalised verb, the speech verb after it

def test_turkish_partial_quote_ending_in_nominalised_verb_is_the_subjects():
    """Plant: BARE_VERB_AFTER without "söyledi"."""
    text = ("Ankara'da bir toplantı yapıldı.\n\n"
            "Basın toplantısında konuşan Cumhurbaşkanı Erdoğan, ekonomik ilişkilerin \"hiçbir zaman bu kadar "
            "canlı olmadığını\" söyledi.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "hiçbir zaman bu kadar canlı olmadığını")]


def test_azerbaijani_partial_quote_ending_in_nominalised_verb_is_the_subjects():
    """Plant: BARE_VERB_AFTER without the Azerbaijani verbs ("vurğulayıb")."""
    text = ("Bakıda görüş keçirilib.\n\n"
            "Prezident İlham Əliyev qonağı salamlayaraq iki ölkə arasında ticarətin «son illərdə iki dəfə "
            "artdığını» vurğulayıb.")
    assert _quotes(text) == [("Ilham Aliyev", "son illərdə iki dəfə artdığını")]


# quotes.py: Azerbaijani "X … Y-ni “…” adlandırıb" (a verb that names its object after the quote)

def test_azerbaijani_adlandirib_gives_the_partial_quote_to_the_subject():
    """Plant: AZ_NAMING_AFTER's test dropped from `_az_attribution`."""
    text = ("Bakıda görüş keçirilib.\n\n"
            "Prezident İlham Əliyev nəqliyyat layihələrinə toxunub, yeni dəmir yolunu “iki qitə arasında "
            "etibarlı körpü” adlandırıb.")
    assert _quotes(text) == [("Ilham Aliyev", "iki qitə arasında etibarlı körpü")]


def test_adlandirib_after_a_sentence_holding_another_quote_names_nobody():
    """Plant: the `not _QUOTE_MARK.search(sentence)` test dropped next to AZ_NAMING_AFTER."""
    text = ("Bakıda görüş keçirilib.\n\n"
            "Prezident İlham Əliyev “Şərq-Qərb” dəhlizini xatırladıb, ekspertlər isə yeni dəmir yolunu “iki qitə "
            "arasında etibarlı körpü” adlandırıb.")
    assert _quotes(text) == []


# quotes.py: a dash line with no attribution under a paragraph ending in a colon is that paragraph's subject's

def test_azerbaijani_dash_line_after_a_participle_lead_is_the_leads_subject():
    """Plant: `_colon_lead_speaker` not asked in `_unmarked_paragraph` (the last speaker, Ilham Aliyev, taken)."""
    text = ("Bakıda görüş keçirilib.\n\n"
            "«Qardaş ölkə ilə əlaqələrimiz hər il daha da güclənir», – deyə Prezident İlham Əliyev vurğulayıb.\n\n"
            "Jurnalistlərin suallarını cavablandıran Ceyhun Bayramov bildirib:\n\n"
            "– Sənədin mətni üzərində iş davam edir, tezliklə imzalanacağını gözləyirik.")
    assert _quotes(text)[1:] == [("Jeyhun Bayramov",
                                  "Sənədin mətni üzərində iş davam edir, tezliklə imzalanacağını gözləyirik.")]


def test_russian_dash_line_after_a_titled_lead_with_any_verb_is_the_named_experts():
    """Plant: RU_TITLED_COLON's verb ending `(?:л|ла)` made `(?:ил)` ("оценил" still, "прокомментировала" no)."""
    text = ("Президент Ильхам Алиев принял делегацию.\n\n"
            "«Мы видим большой потенциал в торговле», — заявил Ильхам Алиев.\n\n"
            "Аналитик бишкекского Института стратегических исследований Айгуль Садыкова прокомментировала итоги "
            "переговоров:\n\n"
            "— Соглашения открывают для обеих стран новый рынок, но многое зависит от тарифов.")
    assert _quotes(text)[1:] == [("Aygul Sadykova",
                                  "Соглашения открывают для обеих стран новый рынок, но многое зависит от тарифов.")]


def test_russian_titled_colon_lead_whose_object_names_someone_gives_no_speaker():
    """Plant: the `_plain_object(m["rest"], resolver)` test dropped in `_ru_titled_colon` (the reader of
    the letter taken as its writer)."""
    text = ("Президент Ильхам Алиев принял делегацию.\n\n"
            "Помощник премьера Айгуль Садыкова зачитала письмо Ильхама Алиева:\n\n"
            "«Мы видим большой потенциал в торговле и в транспорте».")
    assert _quotes(text) == []


# people.py: Russian office + country in the genitive; a lower-case Russian title before a name in running text

def test_russian_office_with_country_genitive_is_the_holder():
    """Plant: `_RU_OFFICE_OF` not asked in `Resolver._resolve`."""
    text = ("Переговоры прошли в Баку.\n\n"
            "«Мы ставим перед собой амбициозную, но достижимую цель»,— сказал премьер Казахстана.")
    assert _quotes(text, date(2025, 4, 10)) == [("Olzhas Bektenov",
                                                 "Мы ставим перед собой амбициозную, но достижимую цель")]


def test_russian_lower_case_title_names_a_person_whose_surname_speaks_later():
    """Plant: `_ru_titled_people` not called in `note_names_in` (the "господин Гасанов" of the quote unknown)."""
    text = ("Проект курирует министр транспорта Азербайджана Рашад Гасанов, который возглавляет рабочую группу.\n\n"
            "«Первые паромы выйдут на линию уже следующей весной»,— рассказал журналистам господин Гасанов.")
    assert _quotes(text) == [("Rashad Gasanov", "Первые паромы выйдут на линию уже следующей весной")]


def test_russian_lower_case_title_before_a_declined_name_remembers_no_surname():
    """Plant: `_RU_TITLED`'s lookahead `(?![\\w\\-]|\\s+[А-ЯЁ])` made `(?![\\w\\-])` (the first two capitalised
    words after the title, "Азербайджана Рашад", taken as a name, "Рашад" answering the quote's surname)."""
    text = ("Проект курирует министр транспорта Азербайджана Рашад Гасанов, который возглавляет рабочую группу.\n\n"
            "«Первые паромы выйдут на линию уже следующей весной»,— рассказал журналистам господин Рашад.")
    assert _quotes(text) == []


# quotes.py: Russian reported speech "X заявил, что …" makes X the one "он" means

def test_russian_reported_speech_after_opening_phrases_makes_its_subject_the_pronouns():
    """Plant: `_ru_reported_subject` trying only the sentence's start (the opening phrase "Ранее")."""
    text = ("«Мы видим большой потенциал в торговле», — заявил Ильхам Алиев.\n\n"
            "Ранее, выступая на форуме в Астане, вице-премьер – министр торговли Серик Жумангарин заявил, что "
            "главный резерв роста – транзит.\n\n"
            "«Через порты в прошлом году прошло более пяти миллионов тонн грузов», – сказал он.")
    assert _quotes(text, date(2025, 6, 11))[1:] == [
        ("Serik Zhumangarin", "Через порты в прошлом году прошло более пяти миллионов тонн грузов")]


# quotes.py: Azerbaijani "– deyə ekspert qeyd edib" (a two-word verb) after a lead sentence naming the expert

_EXPERT = ("«Qardaş ölkə ilə əlaqələrimiz hər il daha da güclənir», – deyə Prezident İlham Əliyev vurğulayıb.\n\n"
           "{lead} «Regionda yeni nəqliyyat xətləri ticarəti iki dəfə artıra bilər», – deyə ekspert qeyd edib.")


def test_azerbaijani_expert_after_a_lead_sentence_is_the_named_expert():
    """Plant: `_az_lead_sentence` not called in `find_quotes` (the expert read as the last speaker, Aliyev)."""
    text = _EXPERT.format(lead="İqtisadçı Elnur Məmmədli Report.az-a açıqlamasında yeni dəhlizə diqqət çəkib.")
    assert _quotes(text)[1:] == [("Elnur Məmmədli", "Regionda yeni nəqliyyat xətləri ticarəti iki dəfə artıra bilər")]


def test_deye_before_a_two_word_verb_reads_the_title_alone():
    """Plant: AZ_DEYE_VERB left out of `_attribute`'s after-the-quote patterns (no speaker: "ekspert əlavə")."""
    text = ("«Dəhliz ticarətin həcmini artırır və yeni bazarlar açır», – deyə iqtisadçı Elnur Məmmədli vurğulayıb.\n\n"
            "«Regionda yeni nəqliyyat xətləri ticarəti iki dəfə artıra bilər», – deyə ekspert əlavə edib.")
    assert _quotes(text)[1:] == [("Elnur Məmmədli", "Regionda yeni nəqliyyat xətləri ticarəti iki dəfə artıra bilər")]
