"""Russian and Turkish quotes, round 33 (dev/459, 461, 467), each as a small text in words of its own. Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def _quotes(text, day=DAY):
    return proposed.quotes("Новости\n\n" + text, day)


# quotes.py: _RU_REGION_ADJECTIVE inside _RU_TITLED_SUBJECT (a region's adjective among the title's words)

def test_a_regional_official_with_the_region_in_his_title_names_a_partial_quote():
    """'Заместитель акима Мангистауской области X Y назвал … «…» и отметил, что …': the capitalised adjective of the
    region before "области" is part of the title, so the name after it is the subject; a capitalised word before a
    noun that is no region's ("Ассоциации") still ends the title, so no subject."""
    # plant: _RU_REGION_ADJECTIVE dropped from _RU_TITLED_SUBJECT (the partial quote was lost)
    said = "важным, но только первым шагом"
    got = _quotes("Заместитель акима Мангистауской области Бауыржан Сейтказиев назвал соглашение «" + said
                  + "» и отметил, что порт готов принять новые суда.")
    assert got == [("Bauyrzhan Seytkaziyev", said)]
    got = _quotes("Губернатор Ставропольского края Андрей Волков назвал ярмарку «" + said + "».")
    assert got == [("Andrey Volkov", said)]
    # near form: "Ассоциации" is no region's noun, so the capitalised word before it does not join the title
    got = _quotes("Председатель Ферганской Ассоциации фермеров Азиз Каримов назвал сезон «" + said
                  + "» и отметил, что урожай вырос.")
    assert ("Aziz Karimov", said) not in got


def _tr_quotes(text, day=DAY):
    return proposed.quotes("Haber\n\n" + text, day)


_TR_LEAD = "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev dün Ankara'ya geldi.\n\n"
_TR_SAID = "Petrolümüzün Avrupa pazarlarına ulaşması için birlikte çalışmaya hazırız."


# quotes.py: _tr_according_colon ("X'a göre …: "…"")

def test_whose_view_it_is_before_a_colon_names_the_quote():
    """'Yılmaz'a göre asıl sorun lojistik: "…"' after "Doç. Dr. X Yılmaz" named in full: his quote, in the same
    paragraph or the next; "Resmi verilere göre …:" names no one."""
    # plant: the _tr_according_colon call dropped from _round11_local (both quotes were lost)
    lead = "Marmara Üniversitesi'nden Doç. Dr. Kemal Yılmaz, ticaretin arttığını hatırlattı.\n\n"
    said = "Demiryolu tamamlanırsa iki ülke arasındaki ticaretin yapısı tamamen değişir."
    assert _tr_quotes(lead + "Yılmaz'a göre asıl sorun lojistik: \"" + said + "\"") == [("Kemal Yılmaz", said)]
    assert _tr_quotes(lead + "Yılmaz'a göre asıl sorun lojistik:\n\n\"" + said + "\"") == [("Kemal Yılmaz", said)]
    # near form: the view of data, no person
    assert _tr_quotes(lead + "Resmi verilere göre asıl sorun lojistik: \"" + said + "\"") == []


# quotes.py: TR_COLON_VERB_MORE grown ("mesaj verdi:", "mesajlar verdi:")

def test_a_message_without_the_accusative_before_a_colon():
    """'Tokayev, enerji konusunda da net mesaj verdi: "…"': the one person named speaks; two named, no one."""
    # plant: "mesaj(?:ı|lar|ları)?" narrowed back to "mesajı" in TR_COLON_VERB_MORE (the quote was lost)
    assert _tr_quotes(_TR_LEAD + "Tokayev, enerji konusunda da net mesaj verdi: \"" + _TR_SAID + "\"") == [
        ("Kassym-Jomart Tokayev", _TR_SAID)]
    assert _tr_quotes(_TR_LEAD + "Tokayev ve Erdoğan, enerji konusunda mesajlar verdi: \"" + _TR_SAID + "\"") == []


# quotes.py: _tr_colon_demonym_subject ('"…" diyen Kazak lider, … verdi: "…"')

def test_a_leader_by_demonym_after_his_own_quote_before_a_colon():
    """'"…" diyen Kazak lider, enerji konusunda da net mesaj verdi:' then the quote in the next paragraph: the leader
    of that country, as his first quote's; a demonym with no office ("Kazak iş insanı") is no one."""
    # plant: the _tr_colon_demonym_subject call dropped from _round11_local (the second quote was lost)
    first = "Kazakistan bölgesel diyaloğa katkı sunmaya her zaman hazırdır"
    got = _tr_quotes(_TR_LEAD + "\"" + first + "\" diyen Kazak lider, enerji konusunda da net mesaj verdi:\n\n\""
                     + _TR_SAID + "\"")
    assert got == [("Kassym-Jomart Tokayev", first), ("Kassym-Jomart Tokayev", _TR_SAID)]
    got = _tr_quotes(_TR_LEAD + "Kazak iş insanı, enerji konusunda da net mesaj verdi:\n\n\"" + _TR_SAID + "\"")
    assert got == []


# quotes.py: _tr_lead_paragraph_subject ('X, … söyledi.\n\n"…" dedi.')

def test_a_bare_verb_quote_paragraph_is_the_previous_paragraphs_one_subject():
    """A paragraph '"…" dedi.' after a paragraph of reported speech whose first sentence's subject is the one person it
    names: his quote, even when another minister spoke last and that paragraph's second sentence opens with a bare
    "Bakan"; a paragraph naming two people gives no one."""
    lead = ("Özbekistan Yatırım Bakanı Laziz Kudratov ve Ticaret Bakanı Ömer Bolat Taşkent'te görüştü.\n\n"
            "Bolat, \"Ticaretimiz bu yıl yüzde on artacak\" dedi.\n\n")
    said = "Ortak fabrikalarımızın sayısını iki katına çıkarmak istiyoruz. Bunun için teşvikler hazır"
    # plant: the _tr_lead_paragraph_subject line dropped from _attribute (the quote went to Bolat, the last speaker)
    got = _tr_quotes(lead + "Kudratov, Özbekistan'da 300'den fazla Türk şirketi bulunduğunu belirtti. Bakan, "
                     "teşviklerin yabancı yatırımcılara da açık olduğunu vurguladı.\n\n\"" + said + "\" dedi.")
    assert got[-1] == ("Laziz Kudratov", said)
    # plant: the same line dropped (the quote was lost: the paragraph's last sentence has no subject)
    got = _tr_quotes(lead + "Kudratov ise yatırımların arttığına dikkat çekti. Kudratov'un verdiği bilgiye göre, yatırım "
                     "geçen yıl 2 milyar dolar oldu.\n\n\"" + said + "\" diye konuştu.")
    assert got[-1] == ("Laziz Kudratov", said)
    # near form: the paragraph names Bolat too, so it is no one person's
    got = _tr_quotes(lead + "Kudratov, Bolat ile birlikte fabrikayı gezdi. Yatırım geçen yıl 2 milyar dolar oldu.\n\n\""
                     + said + "\" dedi.")
    assert ("Laziz Kudratov", said) not in got


# quotes.py: _RU_BODY_GENITIVE inside _RU_TITLED_SUBJECT (a body's capitalised first word among the title's words)

def test_a_body_named_in_capitals_inside_a_russian_title():
    """'Председатель Союза экспортеров X Y считает, что «…»': the body's capitalised genitive before its lower-case
    words is part of the title; a capitalised word that is no body's ("Президент Казахстана X Y и …") still ends it."""
    # plant: _RU_BODY_GENITIVE dropped from _RU_TITLED_SUBJECT (the partial quote was lost)
    said = "экспорт фруктов вырастет уже к осени"
    assert _quotes("Председатель Союза экспортеров Дильшод Каримов считает, что «" + said + "».") == [
        ("Dilshod Karimov", said)]
    # near form: a body word with no lower-case word after it opens no title of its own
    got = _quotes("Исполнительный директор Союза Дильшод Каримов и его коллеги считают, что «" + said + "».")
    assert ("Dilshod Karimov", said) not in got


# people.py: "вице-министр" in _RU_TITLED (the name after a vice minister's title is remembered)

def test_a_dash_line_of_a_vice_minister_named_before_by_surname():
    """'Вице-министр энергетики Кыргызстана X Y провела встречу.' then '— …, — сказала Y.': the vice minister named
    before speaks; a surname nobody named before gives no quote."""
    # plant: "|вице-министр" dropped from _RU_TITLED (the dash line was lost)
    lead = "Вице-министр энергетики Кыргызстана Гульнара Асанова провела встречу с делегацией Турции.\n\n"
    said = "Мы откроем инвесторам три новых гидроэлектростанции"
    assert _quotes(lead + "— " + said + ", — сказала Асанова.") == [("Gulnara Asanova", said)]
    # near form: a surname the text never named
    assert _quotes(lead + "— " + said + ", — сказала Петрова.") == []


# people.py: "аким"/"хоким"/"губернатор" in _TURKIC_BARE_OCCUPATIONS, and the governor's name among `occupations`

def test_a_bare_akim_after_his_own_quote_is_the_governor():
    """'Хоким Наманганской области X Y назвал … «…».' then '«…», — добавил хоким.': the governor who spoke last; after
    a minister spoke last, a bare "хоким" is no one (the minister is no governor)."""
    # plant: "хоким" dropped from _TURKIC_BARE_OCCUPATIONS (the second quote was lost)
    said = "Мы выделим инвесторам землю уже в этом месяце"
    got = _quotes("Хоким Наманганской области Шавкат Абдураззаков назвал ярмарку «важной, но далеко не последней»."
                  "\n\n«" + said + "», — добавил хоким.")
    assert got[-1] == ("Shavkat Abdurazzakov", said)
    # plant: "хоки" dropped from the occupations' stems in _ru_titled_people (the second quote was lost)
    # near form: the last speaker is a minister
    got = _quotes("Министр транспорта Узбекистана Ильхом Махкамов открыл терминал.\n\n«Грузов станет вдвое больше»"
                  ", — сказал Махкамов.\n\n«" + said + "», — добавил хоким.")
    assert all(quote != said for _, quote in got)


# people.py: Resolver._ru_named_after_place_word (a port's or town's name before a titled person's two words)

def test_a_place_name_between_the_title_and_the_name_is_no_part_of_the_name():
    """'Директор порта Курык Ерлан Ахметов рассказал о планах.' then '«…», — подчеркнул он.': Yerlan Akhmetov, not
    "Kuryk Yerlan Akhmetov" (the title named him by his two words)."""
    # plant: the _ru_named_after_place_word line dropped from Resolver._resolve (the speaker was "Kuryk Yerlan Akhmetov")
    said = "Без нового причала мы не примем больше судов"
    got = _quotes("Директор порта Курык Ерлан Ахметов рассказал о планах.\n\n«" + said + "», — подчеркнул он.")
    assert got == [("Yerlan Akhmetov", said)]
