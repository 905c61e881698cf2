"""Russian and Turkish quotes, round 35: office holders' Russian forms, a Turkish surname alone after the full name,
and a Russian partial quote after a second predicate (dev/501, 509 and probes in the styles of TASS, Interfax,
Kazinform, 365info, AA, DHA and Mynet), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from dashboard.ingest import Article, propose
from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# data/reference/officeholders.csv: the Russian forms of the Tajik foreign minister and prime minister

def test_the_tajik_foreign_minister_in_russian_is_the_office_holder():
    """"Сироджиддин Мухриддин" (in the instrumental "Сироджиддином Мухриддином" before) is the table's Sirojiddin
    Muhriddin, not a romanised unlisted name."""
    # plant: the aliases "Сироджиддин Мухриддин;Мухриддин" dropped from the Foreign Minister's row (TJK)
    quote = "мы готовы открыть новые пункты пропуска на границе"
    text = ("Глава МИД Узбекистана провёл переговоры с министром иностранных дел Таджикистана Сироджиддином "
            "Мухриддином.\n\nМухриддин заявил, что «" + quote + "».")
    assert _quotes(text) == [("Sirojiddin Muhriddin", quote)]


def test_the_tajik_prime_minister_in_russian_is_the_office_holder_by_name():
    """"Расулзода" alone is the table's Kokhir Rasulzoda (rule "name"), not an unlisted surname."""
    # plant: the aliases "Кохир Расулзода;Расулзода" dropped from the Prime Minister's row (TJK)
    quote = "Душанбе рассчитывает на новые поставки зерна и муки"
    rows = [p for p in propose(Article("Report\n\n«" + quote + "», – сказал Расулзода.", DAY, outlet="x"))
            if p.table == "quotes"]
    assert [(p.record["speaker"], p.rule) for p in rows] == [("Kokhir Rasulzoda", "said-after / speaker by name")]


# quotes.py: _tr_surname_named_in_full (the verb-final branch of the attribution chain)

def test_a_turkish_surname_alone_means_the_one_named_in_full_before():
    """'Title X Y da … davet etti.' then 'Y, "…" dedi.': the resolver remembered no speaker Y, but the article named
    X Y in full."""
    # plant: the `if m and (person := _tr_surname_named_in_full(…))` branch dropped from the verb-final chain
    quote = "Kazak şirketleri bölgedeki en güvenilir ortaklarımız arasında"
    text = ("Kazakistan'ın Ankara Büyükelçiliği Ticaret Müşaviri Nurlan Sarsenov da iş insanlarını tarım alanında "
            "yatırıma davet etti."
            "\n\nSarsenov, \"" + quote + "\" dedi.")
    assert _quotes(text) == [("Nurlan Sarsenov", quote)]


def test_a_surname_inside_a_longer_subject_is_not_its_speaker():
    """Only a lone surname opening the sentence: 'Sarsenov'a yanıt veren bir katılımcı, "…" dedi.' is a participant's,
    never Sarsenov's, and a body ("Bakanlık, "…" dedi.") is no one."""
    # plant: _TR_SURNAME_OPENING.match(before) replaced by re.search(r"(?P<spk>[A-ZÇĞİÖŞÜ]\w+)", before) (the lone-word
    # anchors dropped)
    quote = "Kazak şirketleri bölgedeki en güvenilir ortaklarımız arasında"
    lead = "Kazak ekonomist Nurlan Sarsenov iş insanlarını yatırıma davet etti.\n\n"
    assert ("Nurlan Sarsenov", quote) not in _quotes(lead + "Sarsenov'a yanıt veren bir katılımcı, \"" + quote + "\" dedi.")
    assert _quotes(lead + "Bakanlık, \"" + quote + "\" dedi.") == []


# quotes.py: _ru_and_said_that_end (_subject_partial)

def test_a_russian_second_predicate_with_that_gives_the_partial_quote_to_the_subject():
    """"Глава государства попросил передать привет X Y и выразил уверенность, что «…»": the dative name is the first
    predicate's object, the quote the subject's."""
    # plant: the `_ru_and_said_that_end(rest, resolver)` branch dropped from _subject_partial
    quote = "узбекско-казахстанская дружба будет только крепнуть"
    text = ("Гостя принял президент Узбекистана Шавкат Мирзиёев. Глава государства попросил передать привет Касым-Жомарту "
            "Токаеву и выразил уверенность, что «" + quote + "».")
    assert _quotes(text) == [("Shavkat Mirziyoyev", quote)]


def test_a_russian_second_predicate_with_a_plain_speech_verb():
    # plant: `{RU_VERBS}|` dropped from _RU_AND_SAID_THAT_END (only the phrase verbs)
    quote = "киргизские компании готовы к новым совместным проектам"
    text = ("Министр экономики Кыргызстана Данияр Амангельдиев провёл встречу. Амангельдиев поблагодарил "
            "коллегу за приглашение, пожелал успехов Ильхаму Алиеву и подчеркнул, что «" + quote + "».")
    assert _quotes(text) == [("Daniyar Amangeldiyev", quote)]


def test_a_nominative_name_in_the_first_predicate_is_no_object():
    """"X принял Y, и Y выразил уверенность" is not this form: a person named in the nominative before the "и" may be
    the one who speaks, so the rule gives the quote to no one of its own."""
    # plant: `_RU_OBLIQUE_NAME.search(run)` replaced by `True` in _ru_and_said_that_end
    quote = "узбекско-казахстанская дружба будет только крепнуть"
    text = ("Гостя принял президент Узбекистана Шавкат Мирзиёев. Глава государства встретил гостя, которого "
            "сопровождал Олжас Бектенов и выразил уверенность, что «" + quote + "».")
    assert ("Shavkat Mirziyoyev", quote) not in _quotes(text)


# quotes.py: _ru_opening_according_lead (the bare-title branch after a quote opening its paragraph)

def test_according_to_after_an_opening_adverbial_names_the_bare_title():
    """"Кроме того, по словам X Y, …" in the paragraph before "«…», — отметил министр." is X Y's report, as "По словам
    X Y, …" is: the minister is X Y, not the prime minister quoted last."""
    # plant: the `_ru_opening_according_lead(…)` call dropped around _previous_paragraph in the bare-title branch
    premier = "Правительство поручило ускорить строительство нового терминала"
    minister = "Мы рассчитываем на рост поставок муки и растительного масла"
    text = ("Премьер-министр Кыргызстана Адылбек Касымалиев прибыл в Ташкент. В делегацию вошёл министр экономики "
            "Данияр Амангельдиев.\n\n«" + premier + "», — сказал премьер-министр Кыргызстана.\n\n"
            "Стороны обсудили торговлю. Кроме того, по словам Данияра Амангельдиева, стороны согласовали новый график "
            "поставок.\n\n«" + minister + "», — отметил министр.")
    assert _quotes(text) == [("Adylbek Kasymaliyev", premier), ("Daniyar Amangeldiyev", minister)]


def test_a_named_subject_before_according_to_is_no_opening_adverbial():
    """"Министр финансов X Y, по словам Z W, подписал …": the sentence is about X Y (a name in the nominative opens
    it), so it is no report of Z W's words for "— отметил министр" after it."""
    # plant: `(?:\s+[а-яё]+){0,3}` in _RU_OPENING_BEFORE_ACCORDING replaced by `(?:\s+\w+){0,3}` (capitalised words too)
    premier = "Правительство поручило ускорить строительство нового терминала"
    minister = "Мы рассчитываем на рост поставок муки и растительного масла"
    text = ("Премьер-министр Кыргызстана Адылбек Касымалиев прибыл в Ташкент. В делегацию вошёл министр экономики "
            "Данияр Амангельдиев.\n\n«" + premier + "», — сказал премьер-министр Кыргызстана.\n\n"
            "Стороны обсудили торговлю. Министр финансов Алмаз Бакетаев, по словам Данияра Амангельдиева, подписал "
            "соглашение.\n\n«" + minister + "», — отметил министр.")
    assert ("Daniyar Amangeldiyev", minister) not in _quotes(text)


# quotes.py: _RU_TITLED_SUBJECT (a company's name in quote marks among the title's words)

def test_a_company_name_in_quote_marks_inside_the_title_before_the_name():
    """"Председатель правления АО «Шымкент Сут» X Y считает, что «…»": the business press names the firm in quote
    marks between the title and the name; the firm is part of the title, the partial quote X Y's."""
    # plant: `|(?:[А-ЯЁ]{2,4}\s+)?«[^«»]{1,40}»` dropped from _RU_TITLED_SUBJECT's title words
    quote = "поставки молока в Бишкек вырастут вдвое к весне"
    text = "Председатель правления АО «Шымкент Сут» Гульнара Ержанова считает, что «" + quote + "»."
    assert _quotes(text) == [("Gulnara Yerzhanova", quote)]

