"""Quote forms of the sixth held-out set (dev/66–77), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote when the words could be someone else's).

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the
test's docstring.
"""
from datetime import date

from dashboard.ingest.romanize import romanize
from tests.ingest import proposed

DAY = date(2024, 11, 6)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: "what he called “…”" is the subject's own word

def test_what_he_called_gives_the_partial_quote_to_the_subject():
    """Plant: `_subject_partial` ignoring _WHAT_HE_CALLED (own_word always None)."""
    text = "Tokayev praised Baku for what he described as “a model of patient and honest partnership”."
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "a model of patient and honest partnership")]


def test_what_he_called_after_someone_else_named_gives_nobody():
    """Plant: the words before "what he called" not checked (`_plain_object` of them taken as True)."""
    text = "Tokayev praised Erdoğan's efforts for what he called “a model of patient and honest partnership”."
    assert _quotes(text) == []


# quotes.py: a time between the subject and its verb

def test_a_time_between_subject_and_verb_keeps_the_subject():
    """Plant: the _WHEN_ADVERB group taken out of SUBJECT."""
    text = "Mirziyoyev earlier this month described Kazakhstan as “our closest neighbour and most loyal friend”."
    assert _quotes(text) == [("Shavkat Mirziyoyev", "our closest neighbour and most loyal friend")]


# quotes.py: a participle and a bare clause that the partial quote ends

def test_a_participle_clause_ending_in_a_partial_quote_is_the_subjects():
    """Plant: `_subject_partial` not reading _PARTICIPLE_CLAUSE."""
    text = ("Japarov, for his part, pressed for cheaper transit across the region, arguing that small "
            "exporters could not survive “on the tariffs we pay today”.")
    assert _quotes(text) == [("Sadyr Japarov", "on the tariffs we pay today")]


def test_a_participle_clause_after_a_speech_verb_is_the_subjects():
    """Plant: the speech-word check on the words before the participle made to ignore the match
    (`_SPEECH_WORD.search(rest)` on the whole rest, which holds "adding")."""
    text = ("Aliyev noted that the ports are ready, adding that the new terminal might become "
            "“a hub for the whole Caspian basin.”")
    assert _quotes(text) == [("Ilham Aliyev", "a hub for the whole Caspian basin.")]


def test_a_region_is_no_person_named_in_a_clause():
    """Plant: the region words ("asia", "europe" …) taken out of people._BODY_WORDS."""
    text = ("Mirziyoyev, for his part, urged faster customs, saying Central Asia should not stay "
            "“at the end of every trade route.”")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "at the end of every trade route.")]


# quotes.py: "he" opening a paragraph is who the paragraph before was about

def test_he_opening_a_paragraph_means_the_subject_of_the_paragraph_before():
    """Plant: `_previous_paragraph` returning ""."""
    text = ("“We will build the railway together,” Aliyev said.\n\n"
            "Erdoğan, who arrived late, renewed his offer of Turkish credit.\n\n"
            "“Our banks are ready to finance every kilometre,” he told reporters.")
    assert _quotes(text) == [("Ilham Aliyev", "We will build the railway together"),
                             ("Recep Tayyip Erdoğan", "Our banks are ready to finance every kilometre")]


def test_adding_that_after_an_object_of_the_attribution_is_the_speakers():
    """Plant: the object prefix taken out of ADDING_THAT."""
    text = ("“We are one family,” Erdoğan told the delegates, adding that the group must become "
            "“a real force in world politics.”")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "We are one family"),
                             ("Recep Tayyip Erdoğan", "a real force in world politics.")]


# quotes.py: next-sentence when the attribution names someone after a preposition

def test_a_name_after_a_preposition_in_the_attribution_keeps_the_next_quote():
    """Plant: _PREPOSITION_NAME.sub dropped from `_attribution_ended`."""
    text = ("“The gas will flow by winter,” Bayramov said after talks with Szijjártó. "
            "“Both sides have done their part of the work.”")
    assert _quotes(text) == [("Jeyhun Bayramov", "The gas will flow by winter"),
                             ("Jeyhun Bayramov", "Both sides have done their part of the work.")]


def test_a_name_as_subject_after_the_attribution_stops_the_next_quote():
    """Plant: `_attribution_ended` returning True after the capital check (names not looked at)."""
    text = ("“The gas will flow by winter,” Bayramov said, and Szijjártó agreed. "
            "“Both sides have done their part of the work.”")
    assert ("Jeyhun Bayramov", "Both sides have done their part of the work.") not in _quotes(text)


def test_a_body_run_in_a_clause_is_no_name():
    """Plant: `_body_name` judged on each candidate again, not on the whole run."""
    text = "Aliyev said the Danube Research Centre had become “a real hub for the whole region”."
    assert _quotes(text) == [("Ilham Aliyev", "a real hub for the whole region")]


# people.py: a country word before the title of someone not in the table

def test_a_country_before_the_title_is_no_part_of_an_unlisted_name():
    """Plant: `_after_title` returning the run."""
    text = "“Our door remains open to talks,” said Malta President Maria Borg."
    assert _quotes(text) == [("Maria Borg", "Our door remains open to talks")]


# romanize.py / people.py: an unlisted Russian name in BGN/PCGN Latin

def test_bgn_pcgn_romanization_of_russian():
    """Plant: the "ye" after a vowel dropped (`_Y_BEFORE_E` emptied)."""
    assert romanize("Ерлан Абдикаримов") == "Yerlan Abdikarimov"
    assert romanize("Сергей Кузьмичёв") == "Sergey Kuzmichëv"
    assert romanize("Юлия Щеглова") == "Yuliya Shcheglova"
    assert romanize("Асылбек Аубакиев") == "Asylbek Aubakiyev"


def test_an_unlisted_russian_speaker_gets_a_latin_name_and_his_surname_later():
    """Plant: `people._latin` returning the name unchanged."""
    text = ("«Мы откроем торговый дом в Баку уже в следующем году», – заявил министр Тимур Жаксылыков.\n\n"
            "«Спрос на нашу пшеницу растёт каждый месяц», – добавил Жаксылыков.")
    assert _quotes(text) == [("Timur Zhaksylykov", "Мы откроем торговый дом в Баку уже в следующем году"),
                             ("Timur Zhaksylykov", "Спрос на нашу пшеницу растёт каждый месяц")]


# quotes.py: Russian verbs after a quote

def test_russian_govoril_on_with_a_place_after_it():
    """Plant: AFTER_VERB_PRONOUN_RU left out of `_attribute`."""
    text = ("Алиев заявил, что транзит вырос. «Каспий объединяет наши народы и наши рынки», – говорил он "
            "на встрече с журналистами.")
    assert _quotes(text) == [("Ilham Aliyev", "Каспий объединяет наши народы и наши рынки")]


def test_russian_schitaet_after_a_quote_names_the_expert():
    """Plant: "считает" taken out of RU_VERBS."""
    text = "«Без новых паромов рост скоро остановится», – считает аналитик Ирина Ежова."
    assert _quotes(text) == [("Irina Yezhova", "Без новых паромов рост скоро остановится")]


# quotes.py: Azerbaijani forms

def test_azerbaijani_dash_line_with_deye_names_its_speaker():
    """Plant: the spk4 (deyə) group taken out of _DASH_ATTRIBUTION's resolve."""
    text = ("Prezident İlham Əliyev qonağı qarşılayıb.\n\n"
            "– Qazaxıstan bizim üçün çox vacib tərəfdaşdır, – deyə Qasım-Jomart Tokayev bildirib.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Qazaxıstan bizim üçün çox vacib tərəfdaşdır")]


def test_azerbaijani_reported_speech_before_a_colon_is_its_subjects():
    """Plant: `_indirect_colon_subject` returning None."""
    text = ("İqtisadçı Elnur Məmmədov açıqlamasında bildirib ki, ixrac artacaq.\n\n"
            "O əlavə edib ki, limanın rolu Mərkəzi Asiya ilə ticarətdə getdikcə daha böyük və daha vacib olur: \"Yeni terminal yükləri iki dəfə artıracaq\".")
    assert _quotes(text) == [("Elnur Məmmədov", "Yeni terminal yükləri iki dəfə artıracaq")]


def test_azerbaijani_ekspert_after_a_quote_is_the_expert_named():
    """Plant: "ekspert" taken out of people.PRONOUNS."""
    text = ("Ekspert Elnur Məmmədov Report.az-a bildirib ki, ixrac artacaq.\n\n"
            "\"Orta Dəhliz yükləri artdıqca ticarət də artacaq\", – ekspert vurğulayıb.")
    assert _quotes(text) == [("Elnur Məmmədov", "Orta Dəhliz yükləri artdıqca ticarət də artacaq")]


def test_an_outlets_web_name_is_no_part_of_a_name():
    """Plant: the _WEB_NAME removal dropped from people.Resolver._resolve."""
    text = ("Politoloq Elnur Məmmədov Modern.az-a açıqlamasında bildirib ki, ixrac artacaq.\n\n"
            "\"Orta Dəhliz yükləri artdıqca ticarət də artacaq\", – ekspert vurğulayıb.")
    assert _quotes(text) == [("Elnur Məmmədov", "Orta Dəhliz yükləri artdıqca ticarət də artacaq")]


# quotes.py: a headline quote the body quotes again

def test_a_headline_quote_repeated_in_the_body_is_one_quote():
    """Plant: `_drop_headline_repeats` returning `found`."""
    text = ("Tokayev says: \"Azerbaijan is our strategic partner\"\n\n"
            "\"Azerbaijan is our strategic partner. We will open new routes together,\" Tokayev said.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev",
                              "Azerbaijan is our strategic partner. We will open new routes together")]
