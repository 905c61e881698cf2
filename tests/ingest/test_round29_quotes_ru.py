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

