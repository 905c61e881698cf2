"""Russian quote forms of round 29 (dev/357, 363), each as a small text in
words of its own. Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Визит\n\n" + text, day)


# quotes.py: _RU_AS_SAID_REPORT (reported speech "Как отметил X, …" makes X the last speaker)

def test_as_said_reported_speech_gives_a_later_bare_title_its_speaker():
    """'Как подчеркнул X, товарооборот вырос …' (no quote marks) then '«…», – отметил министр.': the minister is X,
    not the other minister the lead named first; a sentence where "как" is no opening ("так же, как отметил") is not
    read so."""
    # plant: the "Как " branch dropped from _reported_speech (the quote was lost: "министр" was ambiguous)
    said = "Мы только начинаем, но потенциал у нас огромный"
    lead = ("Министр торговли Таджикистана Заки Шарипов провел переговоры с министром экономики Казахстана Русланом "
            "Ахметовым.\n\n")
    assert _quotes(lead + "Как подчеркнул Руслан Ахметов, за девять месяцев объем торговли вырос на 12%.\n\n«" + said
                   + "», – отметил министр.") == [("Ruslan Akhmetov", said)]
    assert ("Ruslan Akhmetov", said) not in _quotes(
        lead + "Объем торговли вырос на 12%, как и прогнозировали аналитики.\n\n«" + said + "», – отметил министр.")


# people.py: _RU_NAMED_BEFORE_NAME (a hyphenated place after "села", "аким" is no part of the name)

def test_a_hyphenated_village_before_a_residents_name():
    """'— рассказал житель села Ак-Булак Марат Исаев.': the village is no part of his name; a hyphenated given name
    after no place word stays."""
    # plant: the place group back to [А-ЯЁ][а-яё\-]+ (the speaker was "Ak-Bulak Marat Isayev")
    said = "Раньше мы ездили на рынок через два поста, теперь через один"
    assert _quotes("«" + said + "», — рассказал житель села Ак-Булак Марат Исаев.") == [("Marat Isayev", said)]
    assert _quotes("«" + said + "», — сказал аким Джалал-Абада Нурбек Токтоматов.") \
        == [("Nurbek Toktomatov", said)]



# quotes.py: _RU_POINTS_TO_THAT (reported speech "X обращает внимание на то, что …")

def test_points_to_that_makes_its_subject_the_one_in_his_words():
    """'Политолог X обращает внимание на то, что … . По его словам, … «…».': "его" is X, not the expert quoted in the
    paragraph before; without the reported clause ("X приехал на форум.") nothing changes that way."""
    # plant: the "на то, что" branch dropped from _reported_speech (the words went to the earlier expert)
    said = "закладывает основу для новых больших контрактов"
    lead = "«Рынок Центральной Азии растет быстрее, чем ожидали», – пояснил экономист Руслан Ахмедов.\n\n"
    assert _quotes(lead + "Казахстанский политолог Асет Нурланов обращает внимание на то, что визит совпал с "
                   "форумом. По его словам, такая дипломатия «" + said + "».")[-1] == ("Aset Nurlanov", said)
    assert _quotes(lead + "Казахстанский политолог Асет Нурланов указывает на то, что визит совпал с "
                   "форумом. По его словам, такая дипломатия «" + said + "».")[-1] == ("Aset Nurlanov", said)


# quotes.py: _quote_marks_beyond_names, _without_short_terms (a short lower-case term in the lead of "– заявил он")

def test_a_short_term_before_he_said_leaves_him_the_subject():
    """'X назвал прошедший год «годом больших решений». «…», – заявил он.': the three-word term is no quote, so "он"
    is X, not the one quoted before."""
    # plant: _without_short_terms returned its text unchanged (the line went to the earlier speaker)
    said = "Мы перешли от слов к конкретным проектам в энергетике"
    lead = "«Мы готовы нарастить поставки уже в этом году», – сказал министр Руслан Ахмедов.\n\n"
    assert _quotes(lead + "Генеральный секретарь Тюркской академии Бакыт Мамытов назвал прошедший год «годом больших "
                   "решений». «" + said
                   + "», – заявил он.")[-1] == ("Bakyt Mamytov", said)


# quotes.py: _named_speaker_spoke (a dash line's named speaker clears "another minister named last")

def test_according_to_the_minister_after_his_dash_line():
    """A lead naming three ministers, then '– …, – сказал Сапаров.', then 'По словам министра, … «…».': the minister is
    Saparov, who spoke last; before anyone spoke, a bare "министра" after a lead naming several stays no one."""
    # plant: the `_named_speaker_spoke` call dropped from find_quotes (the partial quote was lost)
    said = "главным мерилом успеха нашего союза"
    lead = ("Форум открыл министр торговли Казахстана Ерлан Сапаров. Прибыли министр экономики Узбекистана Алишер "
            "Каримов и глава МИД Турции Хакан Фидан.\n\n")
    line = "– Астана – сердце нашего региона, и мы рады всем гостям, – сказал Сапаров, открывая форум.\n\n"
    after = "По словам министра, Казахстан рассчитывает, что торговля станет «" + said + "»."
    assert _quotes(lead + line + after)[-1] == ("Yerlan Saparov", said)
    assert ("Yerlan Saparov", said) not in _quotes(lead + after)
