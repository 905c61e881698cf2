"""Eighty-eighth round, q1 (docs/extraction.md: quotes.py and people.py, a partial quote inside the report's own
sentence whose speaker is told in a second way): a Turkish sentence that opens with a state's title and a lone surname
and a particle ("Kazakistan Enerji Bakanı Nurlanov da … "… olduğunu" söyledi") gives the partial quote to the person
the article named in full with that surname; a Russian sentence whose subject is the head of a state's ministry by its
short name ("Глава казахстанского Минэнерго отметил, что … «…»") gives it to the minister of that state the article
named; an Azerbaijani partial quote told as the role a state plays, praised ('X Qazaxıstanın “…” rolunu yüksək
qiymətləndirib'), is the sentence subject's. A title-case name in quote marks before "rolunu" is no quote, and a
surname nobody was named in full with gives no speaker. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 3)


# plant: the _TR_TITLED_SURNAME_LEAD branch in _tr_surname_named_in_full removed (the titled surname read by no one)
def test_a_titled_surname_with_a_particle_speaks_the_partial_quote():
    text = ("Bakan Bayraktar, Kazak mevkidaşı Almasbek Nurlanov ile Astana'da görüştü.\n\n"
            "Kazakistan Enerji Bakanı Nurlanov da iki ülke arasındaki işbirliğinin \"her zamankinden daha güçlü "
            "olduğunu\" söyledi.")
    assert proposed.quotes(text, DAY) == [("Almasbek Nurlanov", "her zamankinden daha güçlü olduğunu")]


# the near form: a surname the article never named in full (plant: in _tr_surname_named_in_full, a titled surname with
# no full name before returned as a one-word unlisted Person)
def test_a_titled_surname_never_named_in_full_gives_no_speaker():
    text = ("Bakan Bayraktar Astana'da temaslarda bulundu.\n\n"
            "Kazakistan Enerji Bakanı Nurlanov da iki ülke arasındaki işbirliğinin \"her zamankinden daha güçlü "
            "olduğunu\" söyledi.")
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] in ([], [None], [""])


# plant: "|[Гг]лава\s+[а-яё]+ого\s+(?:министерства|ведомства|Мин[а-яё]{3,})" taken out of _RU_HEAD_SUBJECT
def test_the_head_of_a_states_ministry_by_its_short_name_is_its_minister():
    text = ("Министр энергетики Казахстана Алмасбек Нурланов прибыл в Ташкент с рабочим визитом.\n\n"
            "Глава казахстанского Минэнерго отметил, что поставки газа «будут расти из года в год», и предложил "
            "создать рабочую группу.")
    assert proposed.quotes(text, DAY) == [("Almasbek Nurlanov", "будут расти из года в год")]


# plant: "[Мм]ин[а-яё]{3,}" taken out of _RU_BARE_MINISTER (people.py), the head then resolved to no one
def test_the_ministry_head_needs_the_states_minister_named():
    text = ("Министр энергетики Казахстана Алмасбек Нурланов прибыл в Ташкент с рабочим визитом.\n\n"
            "Глава казахстанского Минэнерго отметил, что поставки газа «будут расти из года в год».")
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Almasbek Nurlanov"]
    # the near form: no minister of that state named, no speaker
    other = text.replace("Министр энергетики Казахстана", "Эксперт")
    assert not any(speaker for speaker, _ in proposed.quotes(other, DAY))


# plant: "|rolunu (?:yüksək )?qiymətləndirib" taken out of TR_VERBS
def test_a_role_praised_in_quote_marks_is_the_subjects_partial_quote():
    text = ("Prezident Sadır Japarov Astanada səfərdədir.\n\n"
            "Sadır Japarov Qazaxıstanın “Asiya ilə Avropa arasında etibarlı tərəfdaş” rolunu yüksək "
            "qiymətləndirib və layihələrdən danışıb.")
    assert proposed.quotes(text, DAY) == [("Sadyr Japarov", "Asiya ilə Avropa arasında etibarlı tərəfdaş")]


# the near form: a body's name in quote marks before "rolunu" (plant: the `_title_case(quoted)` guard for "rolunu"
# in _attribute removed)
def test_a_title_case_name_before_rolunu_is_no_quote():
    text = ("Prezident Sadır Japarov Astanada səfərdədir.\n\n"
            "Sadır Japarov Qazaxıstanın “Türk Dünyası Mədəniyyət Mərkəzi Birliyi” rolunu yüksək qiymətləndirib.")
    assert proposed.quotes(text, DAY) == []
