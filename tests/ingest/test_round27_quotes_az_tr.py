"""Azerbaijani and Turkish quote forms of round 27 (dev/340, dev/334, dev/322, dev/335, dev/341, dev/323, dev/329 and
probes in the styles of Baku agencies and papers, Turkish and Turkish Cypriot papers), each as a small text in words of
its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: the name opening a verb-final sentence is its subject (_turkic_opening_subject in _clause_subject)

def test_the_name_opening_a_sentence_speaks_not_a_holder_it_names_in_the_genitive():
    """'X Y isə … Prezidenti Z-nin salamlarını … çatdırıb. “…”, - deyə o bildirib.': "o" is X Y, the sentence's
    subject, not the president whose greetings he passed on; a sentence the president opens stays his."""
    # plant: `(opening := _turkic_opening_subject(clause, person, resolver))` made `None` (the speaker Mirziyoyev)
    said = "Qazax xalqı bu torpağı həmişə doğma ev kimi görüb"
    text = ("Səfir Bakıda\n\nQırğızıstan parlamentinin sədri Rüstəm Tokoyev Bakıya gəlib.\n\nRüstəm Tokoyev isə Özbəkistan "
            "Prezidenti Şavkat Mirziyoyevin salamlarını ev sahiblərinə çatdırıb. “" + said + "”, - deyə o bildirib.\n")
    assert _quotes(text) == [("Rüstəm Tokoyev", said)]
    text = ("Səfir Bakıda\n\nQırğızıstan parlamentinin sədri Rüstəm Tokoyev Bakıya gəlib.\n\nÖzbəkistan Prezidenti Şavkat "
            "Mirziyoyev isə Rüstəm Tokoyevin sözlərini xatırladıb. “" + said + "”, - deyə o bildirib.\n")
    assert _quotes(text) == [("Shavkat Mirziyoyev", said)]


# people.py: a name a school or street is named after is no speaker (_without_namesakes in _unlisted_names)

def test_a_name_before_adina_is_a_namesake_not_the_speaker():
    """'… X Y adına məktəbin “…” olduğunu deyib': the school is named after X Y; the sentence's subject "Spiker" (the
    last speaker) said it. A name opening the sentence as its subject stays the speaker."""
    # plant: `_TURKIC_NAMESAKE.sub(lambda m: m[0].lower(), phrase)` made `phrase` (the speaker "Nizami Gəncəvi")
    # plant: `and not _az_genitive_after_title(sentence, m)` dropped (no quote: "Spiker Naxçıvanın" read as a name)
    lead = ("Səfər\n\nQazaxıstan Senatının sədri Mauken Aşimbayev Bakıya gəlib. “Ölkələrimiz arasında münasibətlər çox "
            "yüksək səviyyədədir”, - deyə o bildirib.\n\n")
    first = ("Ölkələrimiz arasında münasibətlər çox yüksək səviyyədədir")
    text = lead + ("Spiker Naxçıvanın inkişafından da danışıb, Astanada açılmış Nizami Gəncəvi adına kitabxananın "
                   "“dostluğun ən gözəl rəmzi” olduğunu deyib.\n")
    assert _quotes(text) == [("Mauken Aşimbayev", first), ("Mauken Aşimbayev", "dostluğun ən gözəl rəmzi")]


# quotes.py: a document's title in quote marks is no quote (_TURKIC_DOCUMENT_TITLE)

def test_a_treaty_title_in_quote_marks_is_no_quote():
    """'… imzalanmış «Strateji tərəfdaşlıq haqqında Bəyannamə» …' and '"Ortak Yatırım Fonu Kuruluş Anlaşması"
    imzalandı' name documents; a statement that names a document in lower case stays a quote."""
    # plant: `_TURKIC_DOCUMENT_TITLE.search(words)` made `False` (the title given to Kərimov)
    text = ("Görüş\n\nNazir Vüsal Kərimov bildirib ki, ötən il imzalanmış «Strateji tərəfdaşlıq haqqında Bəyannamə» "
            "əlaqələri yeni səviyyəyə qaldırıb.\n")
    assert _quotes(text) == []
    text = ("Görüşme\n\nTicaret Bakanı Ömer Bolat, törende \"Ortak Yatırım Fonu Kuruluş Anlaşması\" imzalandığını "
            "söyledi.\n")
    assert _quotes(text) == []
    said = "Bu gün imzalanan bəyannamə əməkdaşlığımızın yeni mərhələsidir"
    text = "Görüş\n\n«" + said + "», - deyə Vüsal Kərimov bildirib.\n"
    assert _quotes(text) == [("Vüsal Kərimov", said)]


# people.py: an occupation compound before a name, a channel before "TV-yə" (_title_compound, _OUTLET_CASE)

def test_a_hyphenated_occupation_and_a_tv_channel_are_no_part_of_the_name():
    """'İqtisadçı-ekspert X Y Kanal TV-yə açıqlamasında bildirib ki, …' then '“…”, - deyə ekspert vurğulayıb': the
    speaker is X Y, not "İqtisadçı-ekspert X Y Kanal"; a name with a capitalised hyphenated part stays whole."""
    # plant: `or _title_compound(w)` dropped from _after_title (the speaker "İqtisadçı-ekspert Rauf Məmmədli")
    # plant: `|TV-` dropped from _OUTLET_CASE (the speaker "Rauf Məmmədli Space")
    said = "Daşımalar sabitləşərsə, ixrac iki ilə ikiqat arta bilər"
    text = ("Ekspert\n\nİqtisadçı-ekspert Rauf Məmmədli Space TV-yə açıqlamasında bildirib ki, limanın yükü artır.\n\n“"
            + said + "”, - deyə ekspert vurğulayıb.\n")
    assert _quotes(text) == [("Rauf Məmmədli", said)]
    text = ("Ekspert\n\nEkspert Mir-Cəlal Həsənli bildirib ki, limanın yükü artır.\n\n“" + said
            + "”, - deyə ekspert vurğulayıb.\n")
    assert _quotes(text) == [("Mir-Cəlal Həsənli", said)]


# quotes.py: a company's name in quote marks in the lead sentence (_without_short_quoted_terms in _az_lead_sentence)

def test_a_quoted_company_name_leaves_the_lead_sentence_about_its_director():
    """'… "Xəzər Aqro" şirkətinin direktoru X Y … bildirib ki, ….' over '"…", - o deyib': "o" is X Y, not the minister
    who spoke before; a lead sentence that holds a quote of its own (four words or more) leaves "o" the last speaker."""
    # plant: `and _QUOTE_MARK.search(body := _without_short_quoted_terms(body))` dropped (the speaker Cabbarov)
    minister = "Ticarət dövriyyəsini artırmaq üçün yeni imkanlar var"
    said = "Sərhəddə sənədləşmə çox uzun çəkir, biz hər ay itki veririk"
    lead = ("Forum\n\nİqtisadiyyat naziri Mikayıl Cabbarov forumda çıxış edib. \"" + minister + "\", - o bildirib.\n\n")
    text = lead + ("Forumda iştirak edən \"Xəzər Aqro\" şirkətinin direktoru Kamran Əliyev Report-a bildirib ki, bazar hələ "
                   "tam açılmayıb.\n\n\"" + said + "\", - o deyib.\n")
    assert _quotes(text) == [("Mikayıl Cabbarov", minister), ("Kamran Əliyev", said)]
    text = lead + ("Forumda iştirak edən direktor \"bazar hələ tam açılmayıb\" deyə şikayət edib.\n\n\"" + said
                   + "\", - o deyib.\n")
    assert ("Mikayıl Cabbarov", said) in _quotes(text)


# people.py: a titled Turkish name in an oblique case (_TR_APOSTROPHE_CASE in Resolver._titled_person); "the Tajik
# parliament's chairman" after a quote (_TR_CHAIR_OF_PARLIAMENT)

def test_a_titled_name_in_the_genitive_is_remembered_without_its_case():
    """'… Başkanı X Y'nin davetlisi olarak …' then 'Y ise … "…" olarak nitelendirdi. Kırgız meclis başkanı, "…" dedi.':
    both quotes are X Y's; a bare "meclis başkanı" after a minister spoke is no one."""
    # plant: `_TR_APOSTROPHE_CASE.sub("", found[0])` made `found[0]` (no speaker: "Y" is no one)
    # plant: `return _chair_anaphor(self.last_speaker)` under _TR_CHAIR_OF_PARLIAMENT made `return None`
    one, two = "Orta Asya'daki en yakın ortağımız", "Türk şirketlerini tarım ve madencilikte görmek istiyoruz"
    text = ("Ziyaret\n\nTBMM heyeti, Kırgızistan Jogorku Keneş Başkanı Nurlanbek Turgunbek'in davetlisi olarak Bişkek'e "
            "gitti.\n\nTurgunbek ise Türkiye'yi \"" + one + "\" olarak nitelendirdi. Kırgız meclis başkanı, \"" + two
            + "\" dedi.\n")
    assert _quotes(text) == [("Nurlanbek Turgunbek", one), ("Nurlanbek Turgunbek", two)]
    text = ("Ziyaret\n\nTicaret Bakanı Ömer Bolat, \"" + one + "\" dedi. Kırgız meclis başkanı, \"" + two + "\" dedi.\n")
    assert _quotes(text) == [("Ömer Bolat", one)]


# quotes.py: Turkish reported speech "X Y, … -diğini söyledi." makes X Y the last speaker (_tr_nominalised_report)

def test_a_name_reporting_speech_without_quote_marks_is_the_surname_after_it():
    """'… şirketinin sahibi X Y, … verdiğini söyledi. Y, "…" diye konuştu.': Y is X Y; a bare title opening such a
    sentence ("Bakan, … arttığını söyledi.") leaves the last speaker, the minister."""
    # plant: `_tr_nominalised_report(body, resolver)` made `pass` (no speaker)
    said = "Burada Türk malı güven demek, ama nakliye hâlâ çok pahalı"
    text = ("Ziyaret\n\nAşkabat'ta 10 yıldır çalışan bir tekstil şirketinin sahibi Kemal Arslanoğlu, heyetin iş "
            "insanlarına umut verdiğini söyledi. Arslanoğlu, \"" + said + "\" diye konuştu.\n")
    assert _quotes(text) == [("Kemal Arslanoğlu", said)]
    one = "Orta Asya'daki en yakın ortağımız"
    text = ("Ziyaret\n\nTicaret Bakanı Ömer Bolat, \"" + one + "\" dedi.\n\nBakan, ihracatın arttığını söyledi. Bakan, \""
            + said + "\" dedi.\n")
    assert _quotes(text) == [("Ömer Bolat", one), ("Ömer Bolat", said)]


# people.py: a document's name is no person (round 27 words of _LOCAL_BODY_WORDS); quotes.py: the gerund after a
# nominalised clause (TR_CLAUSE_VERBS) and a bare "TBMM Başkanı," opening the sentence (_clause_subject)

def test_a_document_name_before_the_quote_sentence_is_no_speaker():
    """'X ise … imzalanan Ticari ve Teknik İşbirliği Anlaşması çerçevesinde … belirtti. "…" diye konuştu.': X spoke, not
    "Teknik İşbirliği Anlaşması"; a person's name in the same place stays the speaker."""
    # plant: the round 27 words dropped from _LOCAL_BODY_WORDS (the speaker "Teknik İşbirliği Anlaşması")
    said = "Halkımızın refahı, kardeş ülkenin de refahıdır"
    text = ("Ziyaret\n\nMeclis Başkanı Ahmet Yılmaz Bakü'ye geldi.\n\nYılmaz ise iki ülke arasında imzalanan Ticari ve "
            "Teknik İşbirliği Anlaşması çerçevesinde projelerin hızlanacağını belirtti. \"" + said + "\" diye konuştu.\n")
    assert _quotes(text) == [("Ahmet Yılmaz", said)]


def test_a_partial_quote_before_a_gerund_is_the_subject_s():
    """'TBMM Başkanı, … "…" olduğunu vurgulayarak, … çağırdı.' after the chairman spoke: his words; 'X Y, … "…"
    olduğunu belirterek, …' is X Y's. A minister who spoke last is not "TBMM Başkanı"."""
    # plant: `|vurgulayarak|belirterek|söyleyerek|ifade ederek|kaydederek` dropped from TR_CLAUSE_VERBS (no quote)
    # plant: the `"aşkanı," in clause[:40]` line out of _clause_subject (the second quote lost)
    first, part = "Egemen eşitliğimiz pazarlık konusu değildir", "iki eşit halk ve iki ayrı devlet"
    text = ("Ziyaret\n\nTBMM Başkanı Ahmet Yılmaz, \"" + first + "\" diye konuştu. TBMM Başkanı, adadaki gerçekliğin \""
            + part + "\" olduğunu vurgulayarak, dünyayı izolasyonlara son vermeye çağırdı.\n")
    assert _quotes(text) == [("Ahmet Yılmaz", first), ("Ahmet Yılmaz", part)]
    text = ("Ziyaret\n\nTicaret Bakanı Ömer Bolat, \"" + first + "\" diye konuştu. TBMM Başkanı, adadaki gerçekliğin \""
            + part + "\" olduğunu vurgulayarak, dünyayı izolasyonlara son vermeye çağırdı.\n")
    assert _quotes(text) == [("Ömer Bolat", first)]


def test_a_namesake_after_an_opening_title_is_no_unknown_name():
    """'Nazir Heydər Əliyev adına parkın “…” olduğunu deyib' after the minister was named: the park is named after
    Heydər Əliyev, so "Nazir" stands alone (the minister); 'Nazir Tokgöz …' (a name the rules do not know) stays no one."""
    # plant: `and not (" ad" in sentence and _TURKIC_NAMESAKE.match(…))` dropped from _name_after_title (no quote)
    part = "iki xalqın dostluğunun rəmzi"
    text = ("Səfər\n\nTürkiyənin ticarət naziri Ömer Bolat Bakıda səfərdədir. Nazir Heydər Əliyev adına parkın “" + part
            + "” olduğunu deyib.\n")
    assert _quotes(text) == [("Ömer Bolat", part)]
    text = ("Səfər\n\nTürkiyənin ticarət naziri Ömer Bolat Bakıda səfərdədir. Nazir Tokgöz parkın “" + part
            + "” olduğunu deyib.\n")
    assert _quotes(text) == []


# quotes.py: a term in quote marks in the lead paragraph of a subjectless '"…" dedi.' (_verb_final_lead)

def test_a_short_quoted_term_in_the_lead_leaves_the_next_paragraph_its_subject_s():
    """'Macar Bakan X ise … ilişkilerin "geliştirilmiş stratejik ortaklık" seviyesinde olduğunu hatırlattı.' over
    '"…," dedi.': X's words (a term of three words is no quote); a lead quoting a whole sentence of another stays no one's."""
    # plant: `and _QUOTE_MARK.search(_without_short_quoted_terms(lead))` dropped from _verb_final_lead (no quote)
    said = "Avrupa'nın enerji güvenliği Türkiye olmadan düşünülemez, bunu herkes biliyor"
    text = ("Ziyaret\n\nDışişleri Bakanı Hakan Fidan Budapeşte'de temaslarda bulundu.\n\nMacar Bakan Péter Szijjártó ise "
            "konuşmasında ilişkilerin \"geliştirilmiş stratejik ortaklık\" seviyesinde olduğunu hatırlattı.\n\n\"" + said
            + ",\" dedi.\n")
    assert _quotes(text) == [("Péter Szijjártó", said)]
    text = ("Ziyaret\n\nMacar Bakan Péter Szijjártó ise Erdoğan'ın \"Türkiye ile Macaristan her zaman dost kalacak\" "
            "sözlerini hatırlattı.\n\n\"" + said + ",\" dedi.\n")
    assert ("Péter Szijjártó", said) not in _quotes(text)


# quotes.py: an acronym before a title in a headline label (_headline_label_person's surname_only)

def test_a_headline_label_with_a_body_s_acronym_title_is_the_surname_s_bearer():
    """'TBMM Başkanı Yılmaz Ankara'da: "…"' over a body naming "TBMM Başkanı Ahmet Yılmaz" and reporting the words without
    quote marks: the headline quote is Ahmet Yılmaz's; a label of a body's acronym alone ("TBMM: "…"") names no one."""
    # plant: `or word.isupper()` dropped from surname_only in _headline_label_person (no headline quote)
    said = "Türk dünyası ile Orta Asya arasında köprü olmaya hazırız"
    body = "\n\nTBMM Başkanı Ahmet Yılmaz, Türkiye'nin bölgede köprü olmaya hazır olduğunu belirtti.\n"
    assert _quotes("TBMM Başkanı Yılmaz Ankara'da: \"" + said + "\"" + body) == [("Ahmet Yılmaz", said)]
    assert _quotes("TBMM: \"" + said + "\"" + body) == []


# quotes.py: words another relays, the genitive of the clause holding the quote (_TR_RELAYED_AFTER, _relayed_genitive)

def test_relayed_words_are_the_genitive_s_not_the_relayer_s():
    """'Kabulde, Erdoğan'ın selamlarını ileten Bolat, Tokayev'in Türkiye'yi "…" olarak gördüğünü söylediğini aktardı.':
    Tokayev's words, not Bolat's nor Erdoğan's; two genitives in the quote's clause name no one."""
    # plant: the `_TR_RELAYED_AFTER` line out of _attribute (the quote lost)
    part = "en yakın müttefik ve kardeş ülke"
    text = ("Ziyaret\n\nTicaret Bakanı Ömer Bolat Astana'da temaslarda bulundu.\n\nKabulde, Cumhurbaşkanı Erdoğan'ın "
            "selamlarını ileten Bolat, Tokayev'in Türkiye'yi \"" + part + "\" olarak gördüğünü söylediğini aktardı.\n")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", part)]
    text = ("Ziyaret\n\nTicaret Bakanı Ömer Bolat Astana'da temaslarda bulundu.\n\nKabulde Bolat, Tokayev'in ve "
            "Erdoğan'ın Türkiye'yi \"" + part + "\" olarak gördüğünü söylediğini aktardı.\n")
    assert ("Kassym-Jomart Tokayev", part) not in _quotes(text)
