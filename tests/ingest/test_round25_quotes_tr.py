"""Turkish quote forms of round 25 (dev/293, dev/305 and probes in the styles of Yeni Asya, Volkan, Kıbrıs Postası,
Anadolu, Sabah, Report.az and APA), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 18)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: a headline label naming where the speaker is ('Bakan Kacır Bakü'de: "…"', _without_place_of_stay)

def test_a_headline_label_with_the_place_of_stay_in_the_locative_is_the_named_persons():
    """'Title Surname Place'da: "…"' as the headline, the body naming the person in full: his quote, in Turkish and
    Azerbaijani (the place with or without an apostrophe); a last word that is no place in the locative ('Kuzey Karaca:'
    over no such person) or a place in another case ("Bakü'den") leaves the label no one the body names."""
    # plant: `_without_place_of_stay` returning `label` at once (every headline quote below given no speaker)
    said = "Sanayi yatırımlarında yeni bir sayfa açıyoruz"
    body = ("\n\nSanayi ve Teknoloji Bakanı Selim Kacır, iki günlük ziyaret için Bakü'ye geldi. Bakan Kacır "
            "temaslarına bugün devam edecek.")
    assert _quotes("Bakan Kacır Bakü'de: \"" + said + '"' + body) == [("Selim Kacır", said)]
    assert _quotes("Bakan Kacır Taşkent’te: \"" + said + '"' + body) == [("Selim Kacır", said)]
    az = "Parlament diplomatiyası yeni mərhələyə qədəm qoyur"
    az_body = "\n\nMilli Məclisin sədri Sahibə Qafarova Bişkekdə səfərdədir. Spiker bu gün görüşlər keçirəcək."
    assert _quotes('Sahibə Qafarova Bişkekdə: "' + az + '"' + az_body) == [("Sahibə Qafarova", az)]
    # another case than the locative: no stay, no label of a name
    assert _quotes("Bakan Kacır Bakü'den: \"" + said + '"' + body) == []


# quotes.py: a title opening the sentence with a name after it is no bare title (_NAME_AFTER_TITLE_OPENING)

def test_a_titled_name_opening_the_sentence_is_the_speaker_whatever_the_last_speakers_office():
    """'Bakan Surname, … "…" ifadesini kullandı' after a paragraph whose last speaker is a prime minister: the title
    with a name after it names the minister (not a bare "Bakan" that the prime minister does not fit); a bare "Bakan, …"
    after the same paragraph, no minister named, stays no one's."""
    # plant: the `_name_after_title(…)` check dropped from `_unfit_last_speaker_lead` (the first quote lost)
    lead = ("Başlık\n\nBaşbakan Yardımcısı Kemal Aras ile Tarım Bakanı Deniz Ocak Taşkent'te görüştü.\n\n"
            "Başbakan Aras ise görüşmeyi \"yeni bir dönemin ilk adımı\" olarak nitelendirdi.\n\n")
    said = "Pamuk ve tekstilde ortak üretimi iki katına çıkaracağız"
    assert _quotes(lead + "Bakan Ocak, toplantının ardından yaptığı açıklamada \"" + said + "\" ifadesini kullandı.") \
        == [("Kemal Aras", "yeni bir dönemin ilk adımı"), ("Deniz Ocak", said)]
    assert _quotes(lead.replace("ile Tarım Bakanı Deniz Ocak", "ile heyet") + "Bakan, toplantının ardından yaptığı "
                   "açıklamada \"" + said + "\" ifadesini kullandı.") == [("Kemal Aras", "yeni bir dönemin ilk adımı")]


# people.py: the bare title "Bakan" before a name in running text (_PERSON_TITLES)

def test_the_bare_title_bakan_before_a_name_after_a_declined_word_names_the_person():
    """'… Ticaret Bakanlığı'nda Bakan Ad Soyad ile görüştü' (the run opened by the ministry in the locative): the name
    after "Bakan" is a person's, so a later 'Bakan Soyad, "…" dedi' is his; no name after the title, no one."""
    # plant: "Bakan" dropped from `_PERSON_TITLES` (the quote given no speaker)
    said = "Gümrük kapılarındaki bekleme süresini yarıya indireceğiz"
    text = ("Başlık\n\nAzerbaycan Ekonomi Bakanı Rauf Veliyev, öğleden sonra Ulaştırma Bakanlığı'nda Bakan Cem Tokgöz "
            "ile görüştü.\n\n"
            "Bakan Tokgöz, görüşmenin ardından \"" + said + "\" dedi.")
    assert _quotes(text) == [("Cem Tokgöz", said)]
    assert _quotes(text.replace("Bakan Cem Tokgöz", "bakanlık yetkilileri")) == []


# quotes.py: a title and a name the rules cannot read open the sentence (_bare_title_lead, _clause_subject)

def test_a_title_before_a_name_no_one_introduced_is_not_the_last_minister_named():
    """'Bakan Surname, "…" dedi' / 'Nazir Surname bildirib: "…"' where the article never named that person in full: not
    the minister named in the sentence before (another person); a bare "Bakan, … dedi." after him stays his, and the
    surname after the title is his own when the article named him."""
    # plant: the `_name_after_title` check dropped from `_bare_title_lead` (the quote given to Rauf Veliyev)
    # plant: the `_TITLE_UNKNOWN_NAME_OPENING` check in `_clause_subject` made `if False and …` (the same)
    lead = "Başlık\n\nAzerbaycan Ekonomi Bakanı Rauf Veliyev, öğleden sonra Ulaştırma Bakanlığı'nı ziyaret etti.\n\n"
    said = "Demiryolu taşımacılığında tarifeleri birlikte belirleyeceğiz"
    assert _quotes(lead + "Bakan Sarıkaya, görüşmenin ardından \"" + said + "\" dedi.") == []
    assert _quotes(lead + "Bakan, görüşmenin ardından \"" + said + "\" dedi.") == [("Rauf Veliyev", said)]
    assert _quotes(lead + "Bakan Veliyev, görüşmenin ardından \"" + said + "\" dedi.") == [("Rauf Veliyev", said)]
    az = "Dəmir yolu daşımalarında tarifləri birlikdə müəyyən edəcəyik"
    az_lead = "Başlıq\n\nİqtisadiyyat naziri Rauf Vəliyev Daşkənddə səfərdə olub.\n\n"
    assert _quotes(az_lead + "Nazir Sarıyev jurnalistlərə bildirib: \"" + az + "\"") == []
    assert _quotes(az_lead + "Nazir jurnalistlərə bildirib: \"" + az + "\"") == [("Rauf Vəliyev", az)]


# quotes.py: a headline quote with the speaker's name after a dash (_headline_trailing_name_quotes)

def test_a_headline_quote_with_the_name_after_a_dash_is_that_persons():
    """'"…" - Name Surname' as the headline (Azerbaijani and Turkish sites; Russian '«…» — Фамилия'): the named person's
    quote when a holder or named in full in the body; an outlet, a media tag or a body after the dash gives none."""
    # plant: `_headline_trailing_name_quotes` returning `found` at once (the headline quotes below given no speaker)
    az = "Xəzər limanlarında yük dövriyyəsi iki dəfə artacaq"
    assert _quotes('"' + az + '" - Ceyhun Bayramov\n\nNazir Aktauda forumda çıxış edib.') \
        == [("Jeyhun Bayramov", az)]
    tr = "Gürcistan üzerinden yeni demiryolu hattı açılacak"
    assert _quotes('"' + tr + '" – Bakan Tokgöz\n\nUlaştırma Bakanı Cem Tokgöz, Kars\'ta incelemelerde bulundu.') \
        == [("Cem Tokgöz", tr)]
    ru = "Новый паромный маршрут заработает осенью"
    assert _quotes("«" + ru + "» — Токаев\n\nПрезидент посетил порт Курык.") == [("Kassym-Jomart Tokayev", ru)]
    # plant: the media-tag group dropped from `_HEADLINE_TRAILING_NAME` (the tagged headline below given no speaker)
    assert _quotes('"' + az + '" - Bayramov - VİDEO\n\nNazir Aktauda forumda çıxış edib.') == [("Jeyhun Bayramov", az)]
    assert _quotes('"' + az + '" - Report\n\nNazir Aktauda forumda çıxış edib.') == []
    assert _quotes('"' + az + '" - FOTO\n\nNazir Aktauda forumda çıxış edib.') == []
    assert _quotes('"' + tr + '" – Bakanlık\n\nBakanlık açıklama yaptı.') == []


# quotes.py: a colon sentence whose subject's run ends in the place in the locative (_last_word_before_place_of_stay)

def test_a_colon_sentence_naming_the_speaker_and_where_he_is_is_his():
    """'Surname Place'da konuştu: "…"' (headline or body; the capitalised run "Surname Place'da" declines the place, not
    the person): his; a person in another case before the place ("X'i Place'da karşılayan yetkili şunları söyledi:") is
    no speaker."""
    # plant: `_tr_oblique_run` reading `run.split()[-1]` again (the quotes below given no speaker)
    said = "Hazar geçişli taşımacılıkta yeni bir hat kuruyoruz"
    assert _quotes("Fidan Aktau'da konuştu: \"" + said + '"\n\nDışişleri Bakanı Kazakistan\'da temaslarda bulundu.') \
        == [("Hakan Fidan", said)]
    assert _quotes("Başlık\n\nFidan Aktau'da konuştu: \"" + said + '"') == [("Hakan Fidan", said)]
    assert _quotes("Başlık\n\nFidan'ı Aktau'da karşılayan yetkili şunları söyledi: \"" + said + '"') == []


# quotes.py: words from someone in the ablative before a colon (_TR_ABLATIVE_COLON, _turkic_words_from_colon)

def test_words_from_someone_named_before_a_colon_are_theirs():
    """'Surname'dan … mesajı: "…"' / 'Bakan Surname'dan … açıklaması: "…"' (a headline or a subheading): that person's
    words; a place in the ablative ("Ankara'dan … mesaj:") or a second person in the nominative between ("X'ten sonra Y
    mesajı:") gives none."""
    # plant: `_turkic_words_from_colon` returning None at once (the first two quotes given no speaker)
    said = "Hazar'ın iki yakası arasında feribot seferleri artacak"
    assert _quotes("Fidan'dan Kazakistan mesajı: \"" + said + '"\n\nDışişleri Bakanı Astana\'da temaslarda bulundu.') \
        == [("Hakan Fidan", said)]
    assert _quotes("Başlık\n\nBakan Tokgöz'den limanlara yatırım açıklaması: \"" + said + '"\n\nUlaştırma Bakanı Cem '
                   "Tokgöz, Aktau'da konuştu.") == [("Cem Tokgöz", said)]
    assert _quotes("Başlık\n\nAnkara'dan Hazar'a mesaj: \"" + said + '"') == []
    assert _quotes("Başlık\n\nFidan'dan sonra Bayramov mesajı: \"" + said + '"') == []


def test_azerbaijani_words_from_someone_with_the_ablative_glued_to_the_surname_are_theirs():
    """'Prezident Name Surname-dən … mesaj: "…"' / 'Surname-dan … açıqlama: "…"': that person (the surname without the
    ending, never "Əliyevdən" as a name); a place in the ablative ("Bakıdan … mesaj:") gives none."""
    # plant: `or _AZ_ABLATIVE_COLON.search(…)` dropped from `_turkic_words_from_colon` (the speaker "İlham Əliyevdən")
    said = "Qardaş ölkələrin birliyi heç vaxt sarsılmayacaq"
    assert _quotes("Prezident İlham Əliyevdən Qazaxıstana mesaj: \"" + said + '"\n\nDövlət başçısı məktub göndərib.') \
        == [("Ilham Aliyev", said)]
    assert _quotes("Başlıq\n\nBayramovdan Gürcüstana açıqlama: \"" + said + '"') == [("Jeyhun Bayramov", said)]
    assert _quotes("Başlıq\n\nBakıdan Astanaya mesaj: \"" + said + '"') == []


# quotes.py: a section or urgency tag before a headline label (_HEADLINE_TAG)

def test_a_tag_before_a_headline_label_leaves_the_labelled_persons_quote():
    """'SON DAKİKA: Surname: "…"', 'ÖZEL | Title Surname: "…"', 'TƏCİLİ: Surname: "…"': the tag is no part of the label;
    a tag before a label of no one ("SON DAKİKA: Bakanlık: …") gives none still."""
    # plant: `_HEADLINE_TAG.sub("", …, 1)` replaced by the label text itself in `_headline_label_quotes` (none given)
    tr = "Kafkasya demiryolu hattı yıl sonunda açılacak"
    assert _quotes('SON DAKİKA: Fidan: "' + tr + '"\n\nDışişleri Bakanı açıklama yaptı.') == [("Hakan Fidan", tr)]
    assert _quotes('ÖZEL | Büyükelçi Ocak: "' + tr + '"\n\nTürkiye\'nin Tiflis Büyükelçisi Deniz Ocak konuştu.') \
        == [("Deniz Ocak", tr)]
    az = "Naxçıvan dəmir yolu gələn il açılacaq"
    assert _quotes('TƏCİLİ: Bayramov: "' + az + '"\n\nNazir açıqlama verib.') == [("Jeyhun Bayramov", az)]
    assert _quotes('SON DAKİKA: Bakanlık: "' + tr + '"\n\nBakanlık açıklama yaptı.') == []


# quotes.py: a headline of two statements set apart by a slash or a bar (_headline_segment_quotes)

def test_each_part_of_a_headline_split_by_a_slash_is_its_own_labels():
    """'Surname: "…" / Surname: "…"': each quote its own label's; 'Surname: "…" | "…"': the second part, unlabelled, goes
    on in the first's voice; an unlabelled first part ('"…" / Surname: "…"') is no one's."""
    # plant: `_headline_segment_quotes` returning `found` at once (both headlines' quotes given no speaker)
    one, two = "Kıbrıs'ta kalıcı bir çözüm mümkün", "Ekonomimizi Türkiye ile birlikte büyüteceğiz"
    body = "\n\nKKTC Cumhurbaşkanı Tufan Erhürman ile Başbakan Ünal Üstel ayrı ayrı açıklama yaptı."
    assert _quotes('Erhürman: "' + one + '" / Üstel: "' + two + '"' + body) \
        == [("Tufan Erhürman", one), ("Ünal Üstel", two)]
    assert _quotes('Erhürman: "' + one + '" | "' + two + '"' + body) == [("Tufan Erhürman", one), ("Tufan Erhürman", two)]
    assert _quotes('"' + one + '" / Üstel: "' + two + '"' + body) == [("Ünal Üstel", two)]


# quotes.py: '"…" dedi Surname' ending its paragraph without a stop (TR_VERB_SPEAKER)

def test_a_quote_with_dedi_and_the_name_after_it_at_the_paragraphs_end_is_that_persons():
    """'"…" dedi Fidan' as a headline (no stop after the name): Fidan's; 'dedi Bakanlık' names no one."""
    # plant: `(?:[,.]|$)` in TR_VERB_SPEAKER made `[,.]` again (the headline quote given no speaker)
    said = "Orta Koridor'da yükler her yıl artıyor"
    assert _quotes('"' + said + '" dedi Fidan\n\nDışişleri Bakanı Astana\'da konuştu.') == [("Hakan Fidan", said)]
    assert _quotes('"' + said + '" dedi Bakanlık\n\nBakanlık açıklama yaptı.') == []


# quotes.py: a headline label of titles and a full name the body names with another title (_name_after_titles)

def test_a_headline_label_of_a_title_and_a_full_name_is_the_person_the_body_names():
    """'Başbakan Name Surname: "…"' over a body writing 'KKTC Başbakanı Name Surname': that person (the label's title
    need not stand in the body); a full name the body never gives stays none."""
    # plant: `_name_after_titles(words) in body` made `label in body` again in `_headline_label_person` (none given)
    said = "Limanlarımızın kapasitesi iki katına çıkacak"
    body = "\n\nKKTC Başbakanı Ünal Üstel, Gazimağusa'da incelemelerde bulundu."
    assert _quotes('Başbakan Ünal Üstel: "' + said + '"' + body) == [("Ünal Üstel", said)]
    assert _quotes('Başbakan Kemal Aras: "' + said + '"' + body) == []
