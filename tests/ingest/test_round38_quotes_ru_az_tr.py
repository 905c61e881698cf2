"""Round 38 (Russian, Azerbaijani and Turkish quotes): the outlet in quote marks after a Russian speaker ("— сказал X Y
«Outlet»."); a Turkish outlet in the dative with an apostrophe after a name ("X Y Dünya Gazetesi'ne yaptığı
değerlendirmede") is no part of the name."""
from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 3, 12)


# Russian: the outlet told, in quote marks, after the speaker's name
def test_ru_speaker_then_outlet_in_quote_marks():
    text = ("Бишкек. Кыргызстан и Казахстан обсудили поставки угля.\n\n«Мы намерены нарастить экспорт угля уже этой "
            "осенью», — сказал Тимур Байзаков «Вечернему Бишкеку».")
    # plant: the _ru_speaker_then_outlet call dropped from _ru_dash_after -> no quote
    assert quotes(text, DAY) == [("Timur Bayzakov", "Мы намерены нарастить экспорт угля уже этой осенью")]


def test_ru_surname_then_outlet_is_the_full_name_given_before():
    text = ("Бишкек. Директор угольной компании Тимур Байзаков рассказал о планах.\n\n«Мы намерены нарастить экспорт "
            "угля уже этой осенью», — сказал Байзаков «Вечернему Бишкеку».")
    # plant: the _ru_speaker_then_outlet call dropped from _ru_dash_after -> no quote
    assert quotes(text, DAY) == [("Timur Bayzakov", "Мы намерены нарастить экспорт угля уже этой осенью")]


def test_ru_unnamed_source_then_outlet_is_nobody():
    text = ("Бишкек. Кыргызстан и Казахстан обсудили поставки угля.\n\n«Мы намерены нарастить экспорт угля уже этой "
            "осенью», — сказал источник в правительстве «Вечернему Бишкеку».")
    assert quotes(text, DAY) == []
    text = text.replace("источник в правительстве", "близкий к Тимуру Байзакову источник")
    # plant: _RU_SPEAKER_THEN_OUTLET's name-final word widened to lower case [А-ЯЁа-яё] ("Timuru Bayzakovu" came out)
    assert quotes(text, DAY) == []


# Turkish: an outlet in the dative before "yaptığı değerlendirmede" is the one told, not the name's last words
_TR_LEAD = "Kazakistan ile ticaret büyüyor.\n\n"


def test_tr_outlet_of_two_words_in_the_dative_after_a_name():
    text = _TR_LEAD + ("Ekonomist Doç. Dr. Ayşe Korkmaz Ekonomi Gazetesi'ne yaptığı değerlendirmede, \"Demiryolu "
                       "hattı tamamlanırsa ihracat hızla artabilir\" diye konuştu.")
    # plant: the without_tr_outlet_dative line dropped from Resolver._resolve -> no quote (the name runs into the outlet)
    assert quotes(text, DAY) == [("Ayşe Korkmaz", "Demiryolu hattı tamamlanırsa ihracat hızla artabilir")]


def test_tr_acronym_outlet_in_the_dative_after_a_name_then_the_quote_next_sentence():
    text = _TR_LEAD + ("İktisatçı Mehmet Yalçın AA'ya verdiği demeçte hedefin gerçekçi olduğunu belirtti. \"Demiryolu "
                       "hattı tamamlanırsa ihracat hızla artabilir\" diye konuştu.")
    # plant: "verdiği" dropped from _TR_OUTLET_DATIVE's lookahead -> no quote
    assert quotes(text, DAY) == [("Mehmet Yalçın", "Demiryolu hattı tamamlanırsa ihracat hızla artabilir")]


def test_tr_person_in_the_dative_stays_an_object():
    text = _TR_LEAD + ("Ekonomist Ayşe Korkmaz, Mehmet Yalçın'a teşekkür ederek \"Demiryolu hattı tamamlanırsa "
                       "ihracat hızla artabilir\" dedi.")
    assert quotes(text, DAY) == [("Ayşe Korkmaz", "Demiryolu hattı tamamlanırsa ihracat hızla artabilir")]
    text = text.replace("Korkmaz, Mehmet", "Korkmaz Mehmet")
    # plant: _TR_OUTLET_DATIVE's lookahead (yaptığı|verdiği|…) dropped ("Ayşe Korkmaz Mehmet" came out)
    assert not any("Mehmet" in speaker for speaker, _ in quotes(text, DAY))


def test_ru_surname_then_latin_outlet_is_no_part_of_the_name():
    text = ("Бишкек. Экономист Тимур Байзаков оценил рост торговли.\n\n«Мы намерены нарастить экспорт угля уже этой "
            "осенью», — сказал Байзаков Sputnik Кыргызстан.")
    # plant: the _ru_speaker_then_outlet branch dropped from _attribute's pattern loop -> "Bayzakov Sputnik"
    assert quotes(text, DAY) == [("Timur Bayzakov", "Мы намерены нарастить экспорт угля уже этой осенью")]


def test_ru_title_before_latin_outlet_names_no_one():
    text = ("Бишкек. Кыргызстан и Казахстан обсудили поставки угля.\n\n«Мы намерены нарастить экспорт угля уже этой "
            "осенью», — сказал глава Halyk Finance.")
    assert quotes(text, DAY) == []
    text = text.replace("глава Halyk Finance.", "глава Nazarbayev University «Курсиву».")
    # plant: _RU_SPEAKER_THEN_OUTLET's name-final word widened to Latin [А-ЯЁA-Z][\w\-]+ (Nursultan Nazarbayev came out)
    assert quotes(text, DAY) == []


# Russian: a source opening ("По информации Акорды,", "Как сообщает пресс-служба,") before a lower-case title as subject
_RU_HEAD_LEAD = "Астана. Встреча в Акорде.\n\nВечером гостя принял Касым-Жомарт Токаев. "


def test_ru_source_opening_before_a_lower_case_title():
    text = _RU_HEAD_LEAD + ("По данным пресс-службы, президент назвал Венгрию «надежным другом Казахстана в "
                            "Центральной Европе» и передал приветствие премьер-министру.")
    # plant: the _ru_after_source_opening branch dropped from the subject rules -> no quote
    assert quotes(text, DAY) == [("Kassym-Jomart Tokayev", "надежным другом Казахстана в Центральной Европе")]


def test_ru_source_opening_with_how_reports():
    text = _RU_HEAD_LEAD + ("Как сообщает Акорда, президент назвал Венгрию «надежным другом Казахстана в "
                            "Центральной Европе».")
    # plant: "К" dropped from _RU_SCENE_INITIALS -> no quote
    assert quotes(text, DAY) == [("Kassym-Jomart Tokayev", "надежным другом Казахстана в Центральной Европе")]


def test_ru_source_opening_naming_a_person_is_not_read_so():
    text = _RU_HEAD_LEAD + ("По данным министра Армана Исетова, президент назвал Венгрию «надежным другом "
                            "Казахстана в Центральной Европе».")
    # plant: the _names_someone check dropped from _ru_after_source_opening (Kassym-Jomart Tokayev came out)
    assert ("Kassym-Jomart Tokayev", "надежным другом Казахстана в Центральной Европе") not in quotes(text, DAY)


# Turkish / Azerbaijani: a partial quote that is the dative verbal noun of what one was called on to do
def test_tr_partial_quote_before_davet_etti():
    text = _TR_LEAD + ("Özbekistan Yatırım Bakanı Laziz Kudratov temaslarda bulundu.\n\nÖzbek bakan, "
                       "ajansın fuar düzenlemeye hazır olduğunu belirterek, tekstil alanında da \"ortak fabrikalar "
                       "kurmak için birlikte çalışmaya\" davet etti.")
    # plant: the _tr_called_to branch dropped from _attribute -> no quote
    assert ("Laziz Kudratov", "ortak fabrikalar kurmak için birlikte çalışmaya") in quotes(text, DAY)


def test_az_partial_quote_before_devet_edib():
    text = "Xəbər\n\nNazir Samir Vəliyev sahibkarları “regionda birgə müəssisələr yaratmağa” dəvət edib."
    # plant: "vət" dropped from the gate of the _tr_called_to branch -> no quote
    assert quotes(text, DAY) == [("Samir Vəliyev", "regionda birgə müəssisələr yaratmağa")]


def test_tr_event_name_before_davet_etti_is_no_quote():
    text = _TR_LEAD + "Bakan Laziz Kudratov, iş insanlarını \"Taşkent Uluslararası Yatırım Forumu\"na davet etti."
    assert quotes(text, DAY) == []
    text = text.replace("Forumu\"na", "Forumuna\"")
    # plant: the _TR_CALLED_TO_END check dropped from _tr_called_to (Laziz Kudratov came out)
    assert quotes(text, DAY) == []


# Turkish: a whole sentence quoted before a bare "söyledi" / "belirtti"
def test_tr_whole_quote_before_bare_soyledi():
    text = _TR_LEAD + ("İhracatçılar Birliği Başkanı Kemal Durmaz forumda konuştu. Durmaz, \"Kazakistan pazarında "
                       "payımızı iki katına çıkaracağız\" söyledi.")
    # plant: the _tr_whole_quote_bare_verb branch dropped from _attribute -> no quote
    assert quotes(text, DAY) == [("Kemal Durmaz", "Kazakistan pazarında payımızı iki katına çıkaracağız")]


def test_tr_whole_quote_before_bare_verb_of_two_subjects_is_neither():
    text = _TR_LEAD + ("Kemal Durmaz ve Ayşe Korkmaz, \"Kazakistan pazarında payımızı iki katına çıkaracağız\" "
                       "belirtti.")
    # plant: the _local_joint_subject check dropped from _tr_whole_quote_bare_verb (Kemal Durmaz came out)
    assert quotes(text, DAY) == []


def test_ru_source_opening_president_is_the_head_named_not_the_guest():
    text = ("Астана. Визит министра.\n\nМинистр иностранных дел Венгрии Петер Сийярто прибыл в Астану.\n\n"
            "«Мы хотим больше прямых рейсов», — сказал Сийярто.\n\nВечером гостя принял Касым-Жомарт Токаев. По "
            "данным пресс-службы, президент назвал Венгрию «надежным другом Казахстана в Центральной Европе».")
    # plant: _ru_source_subject returned _subject's own person for "президент" -> Péter Szijjártó
    assert ("Kassym-Jomart Tokayev", "надежным другом Казахстана в Центральной Европе") in quotes(text, DAY)


def test_az_whole_quote_before_deyib_stays_with_the_opening_subject():
    text = ("Xəbər\n\nHəmin gün Prezident İlham Əliyev Qazaxıstanın nazirini qəbul edib. Dövlətimizin başçısı "
            "Qazaxıstan Prezidenti Kasım-Jomart Tokayevə salamlarını çatdırmağı xahiş edib və \"Qazaxıstan bizim "
            "üçün qardaş və strateji tərəfdaş ölkədir\" deyib.")
    # plant: BARE_VERB_AFTER (with "deyib") read by _tr_whole_quote_bare_verb -> Kassym-Jomart Tokayev
    assert quotes(text, DAY) == [("Ilham Aliyev", "Qazaxıstan bizim üçün qardaş və strateji tərəfdaş ölkədir")]


def test_ru_source_opening_president_named_in_the_paragraph_before():
    text = ("Астана. Встреча в Акорде.\n\nПрезидент Казахстана Касым-Жомарт Токаев принял министра Венгрии.\n\n"
            "По данным пресс-службы, президент назвал Венгрию «надежным другом Казахстана в Центральной Европе».")
    # plant: the paragraph before dropped from _ru_source_subject's lead -> no quote
    assert quotes(text, DAY) == [("Kassym-Jomart Tokayev", "надежным другом Казахстана в Центральной Европе")]
