"""Hundred-and-sixth round, h2 (docs/extraction.md: people.py, quotes.py, visits.py): an AA report of a YÖK board
member at a summer school in Turkistan (dev/1568) and a TRT Haber report of a joint exercise in Nakhchivan (dev/1576),
both in Turkish.
A rector's bare title before his surname after his quote ('"…," diye konuştu Rektör X.') is no part of his name: the
rector named in full before (people._TITLE_WORDS' "rektör"). A rank below a general's before a soldier's name, his arm
and grade before it ("Piyade Uzman Çavuş X Y") is no part of the name, the words after the rank are
(people._after_lower_rank in people._run_candidates); a rank word that ends the run is a surname ("X Çavuş"). A subject
read with an academic title ("Üniversitenin Rektörü Prof. Dr. X Y da …") is set off by a topic particle as by a comma,
so the partial quote its clause holds is his (quotes._subject_set_off in quotes._tr_clause_partial). A paragraph that
is a quote alone, ending in its stop, under a paragraph whose last sentence tells a titled person's words as reported
speech ("Tümgeneral X Y, … olduğunu belirtti.") is that person's (quotes._tr_reported_lead_subject, through
quotes._reported_sentence_subject, which quotes._crosshead_told_below now reads its subject by too).
A board's member is an office before a visitor's name (visits._LOCAL_OFFICE_STEMS' "üyesi"), read before an academic's
titles too ("Yürütme Kurulu Üyesi Prof. Dr. X Y Z", quotes._TR_ACADEMIC_TITLES taking "Üyesi" only after an
abbreviation), and a three-word name after the titles is read whole (visits._name_words past
visits._ACADEMIC_TITLES_END). A declaration named by the participle of its signing after a year not the visit's
("2021'de imzalanan Şuşa Beyannamesi'nin …") is no signing of the visit (visits._TA_SIGNED_DOCUMENT's "beyanname"), so
the visit with none signed counts 0.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_CAMP = date(2026, 9, 10)  # a Thursday
CAMP_HEAD = "Gençlik kampı Almatı'da açıldı\n\n"
CAMP_LEAD = ("ALMATI (AA) - Almatı'daki Kazak-Türk Üniversitesinde düzenlenen gençlik kampı dün açıldı. Kampa 12 "
             "ülkeden 150 öğrenci katılıyor.\n\n")
RECTOR = ("Üniversitenin Rektörü Prof. Dr. Daniyar Kasımbekov da kampın iki ülke gençleri arasındaki dostluğun \"en "
          "sağlam ve en kalıcı köprüsü\" haline geldiğini söyledi.\n\n")
BRIDGE = ("Daniyar Kasımbekov", "en sağlam ve en kalıcı köprüsü")
RECTOR_SAID = ("\"Bu kampta her yıl yeni arkadaşlıklar kuruluyor. Gençlerimiz birbirlerinin dilini öğreniyor,\" diye "
               "konuştu Rektör Kasımbekov.\n\n")
FRIENDS = ("Daniyar Kasımbekov", "Bu kampta her yıl yeni arkadaşlıklar kuruluyor. Gençlerimiz birbirlerinin dilini "
           "öğreniyor")


# plant: "rektör" taken out of people._TITLE_WORDS (the speaker "Rektör Kasımbekov")
def test_the_bare_rector_after_his_quote():
    assert proposed.quotes(CAMP_HEAD + CAMP_LEAD + RECTOR + RECTOR_SAID, DAY_CAMP) == [BRIDGE, FRIENDS]
    # the near form: a rector's surname the text gave no one in full is no one's
    assert proposed.quotes(CAMP_HEAD + CAMP_LEAD + RECTOR + RECTOR_SAID.replace("Rektör Kasımbekov", "Rektör Aydın"),
                           DAY_CAMP) == [BRIDGE]


# plant: the topic particle taken out of quotes._subject_set_off (the comma alone sets the subject off)
def test_a_partial_quote_after_a_subject_set_off_by_a_particle():
    assert proposed.quotes(CAMP_HEAD + CAMP_LEAD + RECTOR, DAY_CAMP) == [BRIDGE]
    # the near form: a name set off by neither a comma nor a particle may be a word of the clause, no subject
    assert proposed.quotes(CAMP_HEAD + CAMP_LEAD + RECTOR.replace(" da kampın", " kampın"), DAY_CAMP) == []


DAY_DRILL = date(2026, 10, 8)
DRILL_HEAD = "Kars'ta ortak tatbikat tamamlandı\n\n"
DRILL_LEAD = ("Türk ve Azerbaycan birliklerinin Kars'ta icra ettiği ortak tatbikatın son günü bugün "
              "gerçekleştirildi.\n\n")
SOLDIER = ("Tatbikata katılan askerlerden Topçu Uzman Çavuş Emre Kalkan, duygularını muhabirimize şöyle anlattı:\n\n"
           "\"Kardeş ordularla aynı sahada olmak bize büyük bir onur veriyor. Her gün yeni bir şey öğreniyoruz.\"\n\n")
HONOUR = "Kardeş ordularla aynı sahada olmak bize büyük bir onur veriyor. Her gün yeni bir şey öğreniyoruz."


# plant: the _after_lower_rank branch (its "if" and the call) taken out of people._run_candidates (the speaker "Çavuş
# Emre Kalkan")
def test_a_rank_before_a_soldier_s_name():
    assert proposed.quotes(DRILL_HEAD + DRILL_LEAD + SOLDIER, DAY_DRILL) == [("Emre Kalkan", HONOUR)]
    # the near form: a rank word ending the name is a surname ("Çavuş" is one)
    assert proposed.quotes(DRILL_HEAD + DRILL_LEAD + SOLDIER.replace("Topçu Uzman Çavuş Emre Kalkan", "Emre Çavuş"),
                           DAY_DRILL) == [("Emre Çavuş", HONOUR)]


GENERAL = ("Tatbikatı yöneten Tümgeneral Serkan Aktepe, tatbikatın iki ordu için bir ilk olduğunu vurguladı.\n\n"
           "\"Bu tatbikatta iki ülkenin birlikleri ilk kez aynı telsiz ağını kullandı. Hiçbir aksaklık "
           "yaşamadık.\"\n\n")
RADIO = "Bu tatbikatta iki ülkenin birlikleri ilk kez aynı telsiz ağını kullandı. Hiçbir aksaklık yaşamadık."


# plant: the _tr_reported_lead_subject call taken out of quotes.find_quotes (the round 54 line's English one alone)
def test_a_lone_quote_paragraph_under_reported_speech():
    assert proposed.quotes(DRILL_HEAD + DRILL_LEAD + GENERAL, DAY_DRILL) == [("Serkan Aktepe", RADIO)]
    # the near forms: a crosshead in marks, no stop at its end, is an editor's line; a sentence telling no words of his
    # leads no quote
    assert proposed.quotes(DRILL_HEAD + DRILL_LEAD + GENERAL.replace("yaşamadık.\"", "yaşamadık\""), DAY_DRILL) == []
    assert proposed.quotes(DRILL_HEAD + DRILL_LEAD + GENERAL.replace("bir ilk olduğunu vurguladı.", "bir ilk oldu."),
                           DAY_DRILL) == []


CONF_HEAD = "YÖK heyeti Şımkent'te\n\n"
CONF_LEAD = "ŞIMKENT (AA) - Güney Kazakistan Üniversitesinde düzenlenen Türkoloji Konferansı dün başladı.\n\n"
CAME = ("Konferansa katılmak üzere pazartesi günü kente gelen Yükseköğretim Kurulu (YÖK) Denetleme Kurulu Üyesi Prof. "
        "Dr. Ali Rıza Özkan, Türk dünyasında bilim işbirliğinin önemine değindi.\n\n")
CAME_VISIT = ("Ali Rıza Özkan", "Kazakhstan", "2026-09-07", "Shymkent", "other")


# plant: "üyesi" taken out of visits._LOCAL_OFFICE_STEMS (no visit)
def test_a_board_member_came_to_the_city():
    text = CONF_HEAD + CONF_LEAD + CAME.replace("Prof. Dr. ", "")
    assert proposed.visits(text, DAY_CAMP) == [CAME_VISIT]
    # the near form: a name with no office before it is no visitor the rules can tell
    assert proposed.visits(text.replace("Yükseköğretim Kurulu (YÖK) Denetleme Kurulu Üyesi ", ""), DAY_CAMP) == []


# plant: quotes._TR_ACADEMIC_TITLES back to round 105's r"(?:(?:Prof|Doç|Dr|Yrd|Öğr|Arş|Gör)\.\s*|Üyesi\s+){1,4}"
# ("Üyesi" alone an academic title: the visitor "Rıza Özkan")
def test_a_board_member_with_academic_titles():
    assert proposed.visits(CONF_HEAD + CONF_LEAD + CAME, DAY_CAMP) == [CAME_VISIT]
    # the near form: "Öğr. Üyesi" after an abbreviation is an academic's title, no board's office
    assert proposed.visits(CONF_HEAD + CONF_LEAD + CAME.replace(
        "Yükseköğretim Kurulu (YÖK) Denetleme Kurulu Üyesi Prof. Dr.", "Dr. Öğr. Üyesi"), DAY_CAMP) == []


# plant: the _ACADEMIC_TITLES_END branch (its "if" gate and the .sub line) taken out of visits._name_words (the
# visitor "Rıza Özkan")
def test_a_three_word_name_after_a_minister_s_academic_titles():
    text = CONF_HEAD + CONF_LEAD + CAME.replace("Yükseköğretim Kurulu (YÖK) Denetleme Kurulu Üyesi",
                                                "Milli Eğitim Bakanı")
    assert proposed.visits(text, DAY_CAMP) == [CAME_VISIT]
    # the near form: a name of two words after the titles stays two
    assert proposed.visits(text.replace("Ali Rıza Özkan", "Rıza Özkan"), DAY_CAMP) == [
        ("Rıza Özkan",) + CAME_VISIT[1:]]


DAY_GANJA = date(2026, 5, 21)
GANJA = ("Bakan Yılmaz Gence'de\n\n"
         "Ticaret Bakanı Kemal Yılmaz, dün Gence'ye geldi ve burada Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov ile "
         "görüştü.\n\n")
DECLARATION = ("Yılmaz, 2021'de imzalanan Şuşa Beyannamesi'nin iki ülke arasındaki ticarete sağlam bir zemin "
               "kazandırdığını hatırlattı.\n\n")


# plant: "|beyanname|bəyannamə" taken out of visits._TA_SIGNED_DOCUMENT (documents unstated)
def test_a_declaration_signed_years_before_the_visit():
    assert proposed.visits(GANJA + DECLARATION, DAY_GANJA) == [
        ("Kemal Yılmaz", "Azerbaijan", "2026-05-20", "Ganja", "other")]
    assert proposed.documents(GANJA + DECLARATION, DAY_GANJA) == ["0"]
    # the near form: signed in the visit's own year it may be the visit's, its count unstated
    assert proposed.documents(GANJA + DECLARATION.replace("2021'de", "2026'da"), DAY_GANJA) == [""]
