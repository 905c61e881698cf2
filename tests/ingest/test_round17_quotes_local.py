"""Round 17 rules for Russian, Azerbaijani and Turkish quotes and their speakers (short invented sentences, not the
gold articles' text). Each test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)


def _quotes(text: str) -> list[tuple[str, str]]:
    return proposed.quotes(text, DAY)


# quotes.py: a Russian chain of titles between the verb and the name

def test_a_russian_chain_of_titles_before_the_name_gives_the_name():
    """Plant: the `_ru_title_chain` call out of `_attribute` (the quote had no speaker)."""
    text = ("Рынок растет.\n\n«Транзит через Каспий вырастет вдвое уже к концу года», — пояснил политолог, эксперт "
            "Института стран Центральной Азии Тимур Ахметжанов.")
    assert _quotes(text) == [("Timur Akhmetzhanov", "Транзит через Каспий вырастет вдвое уже к концу года")]


def test_a_russian_chain_with_adjectives_before_the_title():
    """Plant: `{0,2}?` -> `{0}` in `_RU_CHAIN_PART` ("ведущий научный сотрудник" no title part: no speaker)."""
    text = ("Рынок растет.\n\n«Средний коридор стал для региона необходимостью, а не выбором», — считает экономист, "
            "ведущий научный сотрудник Института экономики Ерлан Абдикаримов.")
    assert _quotes(text) == [("Yerlan Abdikarimov", "Средний коридор стал для региона необходимостью, а не выбором")]


def test_a_russian_chain_ending_in_a_body_names_no_one():
    """Plant: the given-name checks (`_RU_OBLIQUE_NAME.search(given)`, the endings "у", "ю", "ы") out of
    `_ru_title_chain` (the speaker "Shkoly Ekonomiki")."""
    text = ("Рынок растет.\n\n«Транзит через Каспий вырастет вдвое уже к концу года», — пояснил политолог, эксперт "
            "Института стран Центральной Азии.\n\n«Средний коридор стал для региона необходимостью, а не выбором», — "
            "отметил экономист, преподаватель Высшей Школы Экономики.")
    assert _quotes(text) == []


def test_a_russian_gerund_clause_after_the_title_is_no_chain():
    """Plant: the `all(_RU_CHAIN_PART.match(part) …)` check out of `_ru_title_chain` (the speaker "Timur
    Akhmetzhanova", the object of "поблагодарив")."""
    text = ("Рынок растет.\n\n«Транзит через Каспий вырастет вдвое уже к концу года», — сказал министр, "
            "поблагодарив Тимура Ахметжанова.")
    assert _quotes(text) == []


# people.py: a local body's words before a name

def test_a_russian_body_genitive_before_the_name_is_no_part_of_it():
    """Plant: "азии" out of `_LOCAL_BODY_WORDS` (the speaker "Tsentralnoy Azii Timur Akhmetzhanov")."""
    text = ("Рынок растет.\n\nПолитолог, эксперт Института стран Центральной Азии Тимур Ахметжанов пояснил: "
            "«Транзит через Каспий вырастет вдвое уже к концу года».")
    assert [speaker for speaker, _ in _quotes(text)] == ["Timur Akhmetzhanov"]


def test_an_azerbaijani_body_in_the_genitive_is_no_name():
    """Plant: "mərkəzinin" out of `_LOCAL_BODY_WORDS` (the speaker "Strateji Araşdırmalar Mərkəzinin")."""
    text = ("Ticarət artır.\n\n«Orta Dəhliz region üçün artıq zərurətə çevrilib», – deyə politoloq, Strateji "
            "Araşdırmalar Mərkəzinin eksperti Rauf Qəniyev bildirib.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Rauf Qəniyev"]


def test_a_turkish_body_before_an_occupation_is_no_name():
    """Plant: "merkezi" out of `_LOCAL_BODY_WORDS` (the speaker "Orta Asya")."""
    text = ("Ticaret artıyor.\n\nSiyaset bilimci, Orta Asya Araştırmaları Merkezi uzmanı Timur Ahmetcanov, "
            '"Orta Koridor bölge için artık bir zorunluluk haline geldi" dedi.')
    assert [speaker for speaker, _ in _quotes(text)] == ["Timur Ahmetcanov"]


# people.py: a demonym opening a run is no given name

def test_a_turkish_demonym_before_a_title_and_surname():
    """Plant: the `_local_demonym(words[0])` strip out of `_run_candidates` (the speaker "Kazak Şakkaliyev")."""
    text = ("Ticaret artıyor.\n\nKazakistan Ticaret Bakanı Arman Şakkaliyev toplantıya katıldı.\n\n"
            'Kazak Bakan Şakkaliyev ise "Türk şirketleri en güvenilir ortaklarımız arasında yer alıyor" dedi.')
    assert _quotes(text) == [("Arman Şakkaliyev", "Türk şirketleri en güvenilir ortaklarımız arasında yer alıyor")]


def test_a_country_demonym_in_li_before_a_title_and_surname():
    """Plant: `_local_demonym` reading only the bare demonyms (the speaker "Kazakistanlı Şakkaliyev")."""
    text = ("Ticaret artıyor.\n\nKazakistan Ticaret Bakanı Arman Şakkaliyev toplantıya katıldı.\n\n"
            'Kazakistanlı Bakan Şakkaliyev ise "Türk şirketleri en güvenilir ortaklarımız arasında yer alıyor" dedi.')
    assert [speaker for speaker, _ in _quotes(text)] == ["Arman Şakkaliyev"]


def test_a_demonym_as_a_surname_is_kept():
    """Plant: every demonym word dropped from the run, not only an opening one (the speaker "Hasan" alone, or
    none)."""
    text = 'Ticaret artıyor.\n\nHasan Özbek, "Özbek pazarı Türk şirketleri için büyük bir fırsat" dedi.'
    assert [speaker for speaker, _ in _quotes(text)] == ["Hasan Özbek"]


# quotes.py: a Turkish/Azerbaijani partial quote inside the reported clause, words of the clause after it

def test_a_turkish_partial_quote_before_a_plural_nominalised_verb():
    """Plant: "dıklarını|diklerini" out of `_TR_NOMINALISED` (the partial quote had no speaker)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat, müzakerelerin \"en geç yıl sonuna kadar "
            'tamamlanmasını" beklediklerini söyledi.')
    assert _quotes(text) == [("Ömer Bolat", "en geç yıl sonuna kadar tamamlanmasını")]


def test_a_turkish_partial_quote_before_a_gerund_of_saying():
    """Plant: "belirterek" out of TR_CLAUSE_AFTER's verbs (the partial quote had no speaker)."""
    text = ("Ticaret artıyor.\n\nÖzbekistan Yatırım Bakanı Laziz Kudratov ise Türk şirketlerinin ülkesinde \"en "
            'güvenilir yatırımcılar arasında" yer aldığını belirterek yeni projeler açıkladı.')
    assert _quotes(text) == [("Laziz Kudratov", "en güvenilir yatırımcılar arasında")]


def test_a_turkish_partial_quote_after_a_participle_of_speaking():
    """Plant: `_TR_OPENING_RUN` tried before `_TR_SPEAKING_SUBJECT` ("Toplantıda" read as the subject: none)."""
    text = ("Ticaret artıyor.\n\nToplantıda konuşan Ticaret Bakanı Ömer Bolat, anlaşmanın \"bu yıl içinde "
            'yürürlüğe girmesini" beklediklerini söyledi.')
    assert _quotes(text) == [("Ömer Bolat", "bu yıl içinde yürürlüğe girmesini")]


def test_a_bare_turkish_minister_title_opening_the_partial_quote_sentence():
    """Plant: the anaphor branch out of `_tr_clause_partial` (the second quote had no speaker)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat, \"Türkiye ile Özbekistan arasındaki ticaret hızla "
            'büyüyor" dedi.\n\nBakan da anlaşmanın "bu yıl içinde yürürlüğe girmesini" beklediklerini söyledi.')
    assert _quotes(text)[1] == ("Ömer Bolat", "bu yıl içinde yürürlüğe girmesini")


def test_another_persons_words_in_the_clause_are_not_the_subjects():
    """Plant: the `_TR_SAID_NOMINAL` check out of `_tr_clause_partial` (Erdoğan's words given to Bolat)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat, Cumhurbaşkanı Erdoğan'ın \"iki ülke ilişkileri tarihin "
            'en iyi seviyesinde" dediğini hatırlattı.')
    assert _quotes(text) == []


def test_two_people_in_the_nominative_give_the_partial_quote_to_no_one():
    """Plant: the `_others_oblique` check out of `_tr_clause_partial` (the quote given to Bolat)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat ve Kazakistan Ticaret Bakanı Arman Şakkaliyev görüştü.\n\n"
            'Bolat ve Şakkaliyev, ticaretin "yeni bir döneme girdiğini ve hızla" arttıklarını söyledi.')
    assert [speaker for speaker, q in _quotes(text) if q.startswith("yeni")] == []


# quotes.py: a Turkish/Azerbaijani sentence opening with two people joined

def test_a_turkish_joint_subject_before_a_verb_final_quote_gives_none():
    """Plant: `_local_joint_subject` returning False (the joint words given to Bolat, the first named)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat ve Kazakistan Ticaret Bakanı Arman Şakkaliyev görüştü.\n\n"
            'Bolat ile Şakkaliyev, "İki ülke arasındaki ticaret yeni bir döneme girdi" dedi.\n\n'
            'Bolat ve Şakkaliyev, ticaretin "yeni bir döneme girdiğini ve hızla arttığını" açıkladı.')
    assert _quotes(text) == []


def test_one_person_with_another_in_a_case_keeps_the_verb_final_quote():
    """Plant: `_LOCAL_JOINT` without the comma or lower-case word after the second name (the quote lost as joint)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat ve Kazakistan Ticaret Bakanı Arman Şakkaliyev görüştü.\n\n"
            "Bolat ile Şakkaliyev'in görüşmesinde Bolat, \"İki ülke arasındaki ticaret yeni bir döneme girdi\" dedi.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Ömer Bolat"]


def test_an_azerbaijani_partial_quote_before_a_gerund_with_a_titled_subject():
    """Plant: `titled or` out of `_tr_clause_partial` (an unlisted minister named with "naziri" read as no one)."""
    text = ("Ticarət artır.\n\nİqtisadiyyat naziri Mikayıl Cabbarov iki ölkə arasında ticarətin \"son illərin ən "
            'yüksək səviyyəsinə" çatdığını vurğulayaraq yeni layihələrdən danışıb.')
    assert _quotes(text) == [("Mikayıl Cabbarov", "son illərin ən yüksək səviyyəsinə")]


def test_words_put_as_another_persons_in_the_clause_are_not_the_subjects():
    """Plant: the `_TR_SAID_WORDS` check out of `_tr_clause_partial` (Şakkaliyev's words given to Bolat)."""
    text = ("Ticaret artıyor.\n\nTicaret Bakanı Ömer Bolat, Şakkaliyev'in toplantıda \"iki ülke arasında yeni bir "
            'dönem başladı" diye anlattığını söyledi.')
    assert _quotes(text) == []
