"""Russian quotes, round 36 (Russian quotes): an occupation capitalised before a name ("Бизнесмен X Y", dev/531) and a
head's bare title after a quote pointing back to the person just quoted ("– подчеркнул спикер.", dev/543, dev/525),
each as a small text in words of its own.

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def _quotes(text, day=DAY):
    return proposed.quotes("Новости\n\n" + text, day)


# people.py: _TITLE_WORDS (round 36 occupations)

def test_an_occupation_opening_the_sentence_is_no_part_of_the_name():
    """"Бизнесмен X Y, …, говорит …. «…», — рассказал он.": the speaker is X Y, not "Biznesmen X Y"."""
    # plant: "бизнесмен" dropped from _TITLE_WORDS (gave 'Biznesmen Aybek Toktosunov')
    text = ("Бизнесмен Айбек Токтосунов, который возит в Ош турецкий текстиль, говорит, что спрос растет. "
            "«Машина из Измира идет до Оша почти двадцать дней», — рассказал он.")
    assert _quotes(text) == [("Aybek Toktosunov", "Машина из Измира идет до Оша почти двадцать дней")]
    # plant: "фермер" dropped from _TITLE_WORDS (gave 'Fermer Bakyt Sadykov')
    text = "Фермер Бакыт Садыков жалуется на цены. «Семена из Анталии в этом году подорожали вдвое», — сказал он."
    assert _quotes(text) == [("Bakyt Sadykov", "Семена из Анталии в этом году подорожали вдвое")]


# quotes.py: _ru_bare_head_last_speaker (in _ru_dash_after)

def test_a_bare_head_title_after_the_quote_is_the_speaker_just_quoted():
    """"«…», – отметил спикер." after a quote of a person the article titled a speaker: the same person."""
    lead = ("Председатель Мажилиса Парламента Казахстана Марат Ахметов прибыл в Баку. «Наши парламенты работают "
            "как одна команда уже много лет», – заявил Ахметов.\n\n")
    second = "Мы поддержим каждое соглашение о транспорте и воде"
    # plant: `or _ru_bare_head_last_speaker(…)` dropped from _ru_dash_after (the second quote was missed)
    assert _quotes(lead + "«" + second + "», – подчеркнул спикер.")[-1] == ("Marat Akhmetov", second)
    assert _quotes(lead + "«" + second + "», – отметил спикер нижней палаты.")[-1] == ("Marat Akhmetov", second)


def test_a_bare_head_title_after_a_quote_of_someone_never_titled_a_head_gives_no_one():
    """Precision: the last speaker an economist, "– сказал спикер" may mean another person: no speaker."""
    lead = ("Экономист Марат Ахметов считает, что торговля растет. «Наши рынки работают как одна команда уже много "
            "лет», – сказал Ахметов.\n\n")
    second = "Мы поддержим каждое соглашение о транспорте и воде"
    # plant: the `title.startswith(_RU_HEAD_TITLES)` check dropped from _ru_bare_head_last_speaker (gave 'Marat Akhmetov')
    assert all(quote != second for _, quote in _quotes(lead + "«" + second + "», – подчеркнул спикер."))


def test_a_bare_head_title_before_anyone_spoke_is_the_one_head_the_article_titled():
    """"Торага … X Y встретился с …. «…», – подчеркнул спикер.": the one head titled before; two heads give no one."""
    quote = "Мы откроем новые пункты пропуска до конца года"
    text = "Торага Жогорку Кенеша Бакыт Осмонов встретился с фермерами. «" + quote + "», – подчеркнул спикер."
    # plant: the `last is None` branch of _ru_bare_head_last_speaker returned None (the quote was missed)
    assert _quotes(text) == [("Bakyt Osmonov", quote)]
    two = ("Председатель Мажилиса Айдар Нуржанов встретился с председателем Сената Ерланом Бекеновым. «" + quote
           + "», – подчеркнул спикер.")
    # plant: `len(heads) == 1` to `heads` in _ru_bare_head_last_speaker (gave one of the two)
    assert _quotes(two) == []


# quotes.py: _ru_kyrgyz_patronymic_names

def test_a_lower_case_uulu_or_kyzy_after_a_kyrgyz_name_is_part_of_the_name():
    """"Нурбек Адылбек уулу" and "Айгуль Сапар кызы" are the whole names; the speaker keeps "uulu"/"kyzy"."""
    quote = "Мы видим, как с каждым годом растет число совместных проектов"
    text = ("Делегацию принял вице-спикер Жогорку Кенеша Канатбек Эсен уулу. «" + quote + "», – сказал он.")
    # plant: `_ru_kyrgyz_patronymic_names(` dropped from the return of find_quotes' chain (gave 'Kanatbek Esen')
    assert _quotes(text) == [("Kanatbek Esen uulu", quote)]
    text = ("Директор фонда Айгуль Сапар кызы провела встречу с партнерами из Анкары. «" + quote
            + "», – отметила она.")
    assert _quotes(text) == [("Aygul Sapar kyzy", quote)]


def test_a_kyrgyz_patronymic_of_another_name_leaves_the_speaker_as_written():
    """Precision: "уулу" after another person's name does not join the speaker's two words."""
    quote = "Мы видим, как с каждым годом растет число совместных проектов"
    text = ("Экономист Канатбек Эсенов встретился с Бакытом Осмон уулу. «" + quote + "», – сказал Эсенов.")
    # plant: `full.get(tuple(speaker.name.split()))` to `next(iter(full.values()), None)` in
    # _ru_kyrgyz_patronymic_names, any such name in the text joining (gave 'Kanatbek Esenov uulu')
    assert _quotes(text) == [("Kanatbek Esenov", quote)]
