"""Azerbaijani and Russian quote forms of round 21 (dev/238, dev/243, dev/244 and probes in the styles of Azertac, APA,
Report, Oxu.az, Bakupost, Kazinform, Tengrinews, Sputnik and Interfax), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)
L, R = "\u201c", "\u201d"


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_dash_line_said_by_the_prime_minister_is_the_lead_paragraphs_subject():
    """'– …, – deyə Baş nazir bildirib.' (the title capitalised, two words) or '– deyə baş nazir qeyd edib' (a two-word
    verb) under a paragraph about the prime minister: he speaks; under no lead naming anyone, nobody does."""
    # plant: `(?:[Bb]aş\s+)?` dropped from `_AZ_DASH_TITLE` (the capitalised title read as no bare title)
    # plant: `(?:qeyd\s+|əlavə\s+|bəyan\s+)?` dropped from `_AZ_DASH_TITLE` (the two-word verb not read)
    line = "– Bizim ölkələr arasında münasibətlər strateji tərəfdaşlıq səviyyəsindədir, – deyə Baş nazir bildirib."
    said = "Bizim ölkələr arasında münasibətlər strateji tərəfdaşlıq səviyyəsindədir"
    lead = "Forum\n\nİclasın açılışında çıxış edən Əli Əsədov Prezidentin salamlarını qonaqlara çatdırıb.\n\n"
    assert _quotes(lead + line) == [("Ali Asadov", said)]
    lead2 = "Forum\n\nTədbirdə Baş nazir Əli Əsədov da çıxış edib.\n\n"
    assert _quotes(lead2 + line.replace("Baş nazir bildirib", "baş nazir qeyd edib")) == [("Ali Asadov", said)]
    nobody = "Forum\n\nForumda 200-dən çox iş adamı iştirak edib.\n\n"
    assert _quotes(nobody + line) == []


def test_a_partial_quote_in_his_view_is_the_last_speakers():
    """'Onun fikrincə, daşımalar «…» aparılır' (in his view, the partial quote inside the sentence) after a named
    expert's quote: the expert's; with another person named in the sentence, nobody's."""
    # plant: `_az_his_words_owner` returning None ("On" resolving to no one)
    lead = ("Analiz\n\nİqtisadçı Rauf Məmmədli Report-a danışıb. " + L + "Bu il ticarət artacaq, amma çox yavaş" + R
            + ", - ekspert bildirib.\n\n")
    first = ("Rauf Məmmədli", "Bu il ticarət artacaq, amma çox yavaş")
    assert _quotes(lead + "Onun fikrincə, dəmir yolu daşımaları «hələ də çox yavaş və baha» aparılır.") == [
        first, ("Rauf Məmmədli", "hələ də çox yavaş və baha")]
    assert _quotes(lead + "Onun fikrincə, nazir Ceyhun Bayramovun «hələ də çox yavaş və baha» dediyi layihə gecikir.") \
        == [first]
    # after a sentence of its own paragraph "o" is that sentence's subject, not the last speaker (round 22: his
    # quote, see test_round22_quotes_az_ru.py)
    # plant: `_clause_subject(…)` replaced by `resolver.resolve("o")` in `_az_his_words_owner`
    assert _quotes(lead + "Nazir Samir Vəliyev isə çıxışında limanı xatırladıb. Onun fikrincə, daşımalar «hələ də çox "
                   "yavaş və baha» aparılır.") == [first, ("Samir Vəliyev", "hələ də çox yavaş və baha")]


def test_o_after_a_quote_is_the_one_whose_words_the_sentence_before_reports():
    """'X-in sözlərinə görə, tərəflər … hədəfləyir. “…”, - o deyib.': "o" is X, not the one who spoke last; after a
    body's report ("Komitənin məlumatına görə") it stays the last speaker."""
    # plant: the `_az_according_lead` call dropped from `find_quotes` ("o" the last speaker)
    lead = ("Səfər\n\nPrezident Tamaş Şulyok çıxış edib. " + L + "Türk dünyası ilə əlaqələr bizim üçün çox vacibdir" + R
            + ", - Şulyok deyib.\n\n")
    first = ("Tamás Sulyok", "Türk dünyası ilə əlaqələr bizim üçün çox vacibdir")
    quote = L + "Bunun üçün bir neçə yeni birgə layihəyə ehtiyac var" + R + ", - o deyib."
    said = "Bunun üçün bir neçə yeni birgə layihəyə ehtiyac var"
    assert _quotes(lead + "Ceyhun Bayramovun sözlərinə görə, tərəflər ticarəti artırmağı hədəfləyir. " + quote) == [
        first, ("Jeyhun Bayramov", said)]
    assert _quotes(lead + "Gömrük Komitəsinin məlumatına görə, ticarət 20 faiz artıb. " + quote) == [
        first, ("Tamás Sulyok", said)]


def test_a_russian_partial_quote_after_and_called_two_states():
    """'X поблагодарил … и назвал Туркменистан и Таджикистан «…»' (the object states by name): X's words; a relative
    clause with another subject gives none."""
    # plant: `|[А-ЯЁ][а-яё\-]+(?:(?:,|\s+и)\s+[А-ЯЁ][а-яё\-]+)?` dropped from `_RU_AND_SAID`
    assert _quotes("Ильхам Алиев поблагодарил хозяев за приём и назвал Туркменистан и Таджикистан "
                   "«надёжными партнёрами и добрыми соседями».") == [
        ("Ilham Aliyev", "надёжными партнёрами и добрыми соседями")]
    assert _quotes("Садыр Жапаров поблагодарил хозяев и назвал Казахстан «ключевым партнёром в регионе».") == [
        ("Sadyr Japarov", "ключевым партнёром в регионе")]
    assert _quotes("Ильхам Алиев поблагодарил хозяев, которые назвали Казахстан «ключевым партнёром в регионе».") == []


def test_a_bodys_head_by_title_after_a_quote_is_the_one_named_so_before():
    """'“…”, - Milli Məclisin Sədri vurğulayıb.' under 'Milli Məclisin Sədri X Y-nın başçılıq etdiyi …': X Y; with that
    title before no name, or before two names, nobody."""
    # plant: the `_az_titled_named_before` call dropped from `_attribute` (the quote given no speaker)
    # plant: `len(names) == 1` replaced by `names` in `_az_titled_named_before` (the first of two names taken)
    quote = L + "Qazaxıstan bizim üçün çox etibarlı və yaxın tərəfdaşdır" + R + ", - Milli Məclisin Sədri vurğulayıb."
    said = "Qazaxıstan bizim üçün çox etibarlı və yaxın tərəfdaşdır"
    lead = "Səfər\n\nMilli Məclisin Sədri Sahibə Qafarovanın başçılıq etdiyi nümayəndə heyəti Astanaya gəlib.\n\n"
    assert _quotes(lead + quote) == [("Sahibə Qafarova", said)]
    # the title before a state's body ("… Sədri Qazaxıstan Senatının sədri X Y ilə görüşüb") names no one of its own
    # plant: `and not places.codes_in(m["name"])` dropped from `_az_titled_named_before`
    headline = "Milli Məclisin Sədri Qazaxıstan Senatının sədri Maulen Aşimbayev ilə görüşüb\n\n"
    assert _quotes("Səfər\n\n" + headline + lead.removeprefix("Səfər\n\n") + quote) == [("Sahibə Qafarova", said)]
    assert _quotes("Səfər\n\nMilli Məclisin Sədri Astanaya rəsmi səfərə gəlib.\n\n" + quote) == []
    two = ("Səfər\n\nMilli Məclisin Sədri Sahibə Qafarova və Senatın sədri Maulen Aşimbayev görüşüb. Əvvəllər Milli "
           "Məclisin Sədri Oqtay Əsədov da Astanada olub.\n\n")
    assert _quotes(two + quote) == []


def test_a_title_subheading_quote_is_the_speaker_of_the_later_quote_it_shortens():
    """A subheading 'Ekspert: “…”' whose words the body's later quote of a named expert holds for the most part: that
    expert's; a subheading quote the body never repeats, nobody's."""
    # plant: `3 * shared >= 2 * len(words)` replaced by `False` in `_titled_subheading_speakers`
    # plant: the `_titled_subheading_speakers` call dropped from `_headline_speakers` (its value the round-18 list)
    body = ("Analitik Samir Quliyev Oxu.az-a danışıb.\n\n" + L + "Tarif aşağı düşməsə, Xəzər marşrutu boş qalacaq. "
            "Bunu hamı bilir" + R + ", – analitik bildirib.")
    later = ("Samir Quliyev", "Tarif aşağı düşməsə, Xəzər marşrutu boş qalacaq. Bunu hamı bilir")
    head = "Liman\n\nLimanda yeni terminal açılıb.\n\nEkspert: " + L + "Tarif düşməsə, Xəzər marşrutu boş qalacaq" + R
    assert _quotes(head + "\n\n" + body) == [("Samir Quliyev", "Tarif düşməsə, Xəzər marşrutu boş qalacaq"), later]
    other = "Liman\n\nLimanda yeni terminal açılıb.\n\nEkspert: " + L + "Gələn il yük həcmi iki dəfə artacaq" + R
    assert _quotes(other + "\n\n" + body) == [later]


def test_an_office_holders_name_with_a_doubled_letter_written_single():
    """Azerbaijani writes a foreign name's doubled letter single or double at will ('Peter Siyarto' for the table's
    'Peter Siyyarto'): the office holder; a name that differs by more than that is no one of the table."""
    # plant: `or _single_letter_index().get(...)` dropped from `officeholders.by_name`
    lead = "Səfər\n\nMacarıstanın xarici işlər naziri Peter Siyarto Bakıda jurnalistlərə açıqlama verib.\n\n"
    quote = L + "Azərbaycan qazı Avropanın enerji təhlükəsizliyi üçün çox vacibdir" + R + ", - Siyarto qeyd edib."
    said = "Azərbaycan qazı Avropanın enerji təhlükəsizliyi üçün çox vacibdir"
    assert _quotes(lead + quote) == [("Péter Szijjártó", said)]
    russian = "Визит\n\nПетер Сиярто прибыл в Баку.\n\n«Азербайджанский газ очень важен для Европы», — сказал министр."
    assert _quotes(russian) == [("Péter Szijjártó", "Азербайджанский газ очень важен для Европы")]
    other = lead.replace("Peter Siyarto", "Peter Siyardo") + quote.replace("Siyarto", "Siyardo")
    assert _quotes(other) == [("Peter Siyardo", said)]


def test_o_after_a_quote_is_the_subject_of_the_sentence_before_it_in_its_paragraph():
    """'X forumda çıxış edib. “…”, - o deyib.' (the first quote of the article): X; 'Onun fikrincə, … «…» …' opening
    a paragraph under 'Politoloq X Y Oxu.az-a danışıb.': X Y; under a paragraph naming nobody, nobody."""
    # plant: the `_az_lead_sentence` call after `AZ_PRONOUN_AFTER.match(after)` dropped from `find_quotes`
    # plant: the `before.startswith("Onun ")` branch dropped from `find_quotes`
    said = "Türkiyə ilə ticarət bu il rekord həddə çatacaq"
    assert _quotes("Forum\n\nİqtisadiyyat naziri Mikayıl Cabbarov forumda çıxış edib. " + L + said + R
                   + ", - o deyib.") == [("Mikayıl Cabbarov", said)]
    assert _quotes("Forum\n\nForumda 300 şirkət iştirak edib. " + L + said + R + ", - o deyib.") == []
    partial = "Onun fikrincə, Orta Dəhliz «hələ də tam gücü ilə işləmir»."
    assert _quotes("Dəhliz\n\nPolitoloq Elxan Şahinoğlu Oxu.az-a danışıb.\n\n" + partial) == [
        ("Elxan Şahinoğlu", "hələ də tam gücü ilə işləmir")]
    assert _quotes("Dəhliz\n\nDəhlizdə yük daşımaları artıb.\n\n" + partial) == []


def test_a_russian_bare_deputy_title_after_a_quote_is_the_one_deputy_named_before():
    """'«…», — сказал вице-премьер.' or a dash line so attributed, under 'Вице-премьер Казахстана X Y прибыл в Баку.':
    X Y (no office holder); with two deputy premiers named, or none, nobody."""
    # plant: `|вице-премьер|вице-министр` dropped from `RU_VERB_OCCUPATION` (the bare title read as no occupation)
    # plant: the `_RU_HYPHENATED_TITLE.sub` line dropped from `_ru_one_named` ("Вице-премьер Казахстана Серик" a name)
    said = "Мы рассчитываем увеличить поставки зерна вдвое"
    lead = "Визит\n\nВице-премьер Кыргызстана Эдиль Байсалов прибыл в Ташкент.\n\n"
    assert _quotes(lead + "«" + said + "», — сказал вице-премьер.") == [("Edil Baysalov", said)]
    assert _quotes(lead + "— " + said + ", — сказал вице-премьер.") == [("Edil Baysalov", said)]
    two = "Визит\n\nВице-премьер Кыргызстана Эдиль Байсалов и вице-премьер Узбекистана Жамшид Ходжаев встретились.\n\n"
    assert _quotes(two + "— " + said + ", — сказал вице-премьер.") == []
    assert _quotes("Визит\n\nДелегация прибыла в Ташкент.\n\n— " + said + ", — сказал вице-премьер.") == []
