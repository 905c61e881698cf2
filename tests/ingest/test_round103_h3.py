"""Hundred-and-third round, h3 (docs/extraction.md: quotes.py, people.py, places.py, visits.py): a Russian dash line
"– …, – признался X журналистам." is the X named in full before, the addressee after the surname no part of it
(quotes._ru_surname_before_occasion, now in quotes._unmarked_paragraph's dash path as after a quote in marks); "X-скую
делегацию возглавляет министр … X Y. В Ташкент с официальным визитом он прибыл в среду, 21 октября" is the delegation
head's visit (visits._ru_guest_dated_by_pronoun: the present "возглавляет" in visits._RU_HEADED read by
visits._headed_delegation; the type between the place and "он" in visits._RU_PRONOUN_ARRIVED); a count's documents
named "Главный из них – …" then "Кроме того, … заключили соглашение" are the count's, no one more
(visits._RU_ONE_OF_THEM, VisitFound.itemized_end in visits._one_more_signed); a signing told naming another guest's
state and not the visitor's own is none of his (visits._signing_of_another_guest_s_state in
visits._uncounted_signings). A Turkish partial quote ending a nominalised clause before "anlattı" is the subject's
(quotes.BARE_VERB_AFTER); "Mimar" before a name is a title, no part of it (people._TITLE_WORDS, people._AZ_TITLES); "…
belirten genç mimar, şunları söyledi:" is the one named "Mimar X Y" before (quotes._TR_PARTICIPLE_OCCUPATION in
quotes._colon_subject, people._TURKIC_BARE_OCCUPATIONS); "Navoi'ye gelen X" goes to the city Navoi
(places._TR_OWN_NAMES_IN_A_PLACE_CASE); "Özbekistan'a çalışma ziyareti kapsamında gelen X'ın …" types X's visit
(visits._LOCAL_VISITOR_S_TYPED in visits._typed_as_the_visitor_s_local).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_RU = date(2026, 10, 23)
FAIR = "В Баку открылась книжная ярмарка\n\nВ Баку открылась международная книжная ярмарка.\n\n"
POET = ("Большой интерес вызвал сборник стихов поэта Рустама Алиханова, изданного на азербайджанском языке.\n\n"
        "– Эти стихи я писал в горах, а читают их теперь у моря. Для поэта это лучший подарок, – признался Алиханов "
        "журналистам.\n\n")
GIFT = ("Rustam Alikhanov", "Эти стихи я писал в горах, а читают их теперь у моря. Для поэта это лучший подарок")


# plant: the _ru_surname_before_occasion call taken out of _unmarked_paragraph's dash path (the phrase as it was)
def test_dash_line_surname_then_to_journalists():
    assert proposed.quotes(FAIR + POET, DAY_RU) == [GIFT]
    # the near form: a surname the text never named in full is no one's
    assert proposed.quotes(FAIR + POET.replace("Алиханов журналистам", "Гусейнов журналистам"), DAY_RU) == []


HEADED = ("Узбекскую делегацию возглавляет заместитель министра культуры Алишер Турсунов. В Баку с рабочим визитом он "
          "прибыл во вторник, 20 октября, и в тот же день провёл переговоры с коллегами.\n\n")
TURSUNOV = ("Alisher Tursunov", "Azerbaijan", "2026-10-20", "Baku", "working")


# plant: the _headed_delegation branch taken out of _ru_guest_dated_by_pronoun
def test_he_arrived_after_the_delegation_s_head():
    assert proposed.visits(FAIR + HEADED, DAY_RU) == [TURSUNOV]
    # the near form: one who accompanies the delegation is not its head, whom "он" means
    assert proposed.visits(FAIR + HEADED.replace("возглавляет", "сопровождает"), DAY_RU) == []


FLEW = ("Специально для участия в ярмарке из Ташкента прилетел заместитель министра культуры Узбекистана Алишер "
        "Турсунов. В Баку с официальным визитом он прибыл во вторник, 20 октября.\n\n")


# plant: "(?:с\s+[а-яё]+\s+визитом\s+)?" taken out of _RU_PRONOUN_ARRIVED
def test_the_type_between_the_place_and_he():
    assert proposed.visits(FAIR + FLEW, DAY_RU) == [("Alisher Tursunov", "Azerbaijan", "2026-10-20", "Baku",
                                                     "official")]
    # the near form: "они" (they) is no pronoun of the one who flew in
    assert proposed.visits(FAIR + FLEW.replace("он прибыл", "они прибыли"), DAY_RU) == []


SIGNED = ("По итогам переговоров стороны подписали два документа. Главный из них – план совместных выставок на 2027 "
          "год. Кроме того, издательства двух стран заключили соглашение о выпуске серии книг для детей.\n\n")


# plant: the _RU_ONE_OF_THEM check setting visit.itemized_end (its "if" and the line under it) taken out of
# _add_details
def test_the_count_s_documents_named_of_them():
    assert proposed.documents(FAIR + HEADED + SIGNED, DAY_RU) == ["2"]
    # the near form: with no document of the count named "of them", the one "besides" is one more (round 50)
    assert proposed.documents(FAIR + HEADED + SIGNED.replace(
        "Главный из них – план совместных выставок на 2027 год.", "Переговоры длились три часа."), DAY_RU) == ["3"]


GUESTS = ("Азербайджан стал гостем книжной ярмарки в Ташкенте: подписана программа переводов\n\n"
          "В Ташкенте открылась международная книжная ярмарка.\n\n"
          "Азербайджанскую делегацию возглавляет министр культуры Рашад Гулиев. В Ташкент с официальным визитом он "
          "прибыл в среду, 21 октября, и в тот же день провёл переговоры с коллегой.\n\n"
          "По итогам переговоров стороны подписали два документа.\n\n"
          "В четверг ярмарку посетил и заместитель министра культуры Туркменистана Бердымурад Оразов, прибывший в тот "
          "же день в Ташкент.\n\n")


# plant: the _signing_of_another_guest_s_state clause taken out of _uncounted_signings
def test_a_signing_told_of_another_guest_s_state():
    assert proposed.visits(GUESTS, DAY_RU) == [
        ("Rashad Guliyev", "Uzbekistan", "2026-10-21", "Tashkent", "official"),
        ("Berdymurad Orazov", "Uzbekistan", "2026-10-22", "Tashkent", "other")]
    assert proposed.documents(GUESTS, DAY_RU) == ["2", "0"]
    # the near form: a headline naming the guest's own state too may tell his signing
    assert proposed.documents(GUESTS.replace("Азербайджан стал гостем", "Туркменистан и Азербайджан стали гостями"),
                              DAY_RU) == ["2", "1"]


DAY_TR = date(2026, 9, 18)
MEDRESE = ("Tarihi medrese yeniden açıldı\n\nSEMERKANT (AA) - Türk İşbirliği ve Koordinasyon Ajansı tarafından restore "
           "edilen tarihi medrese ziyarete açıldı.\n\n")
RECOUNTED = ('Kültür ve Turizm Bakan Yardımcısı Ahmet Yılmaz, eserin "yüzyıllar boyunca depremlere rağmen ayakta '
             'kaldığını" anlattı.\n\n')


# plant: "anlattı|" taken out of BARE_VERB_AFTER
def test_a_partial_quote_recounted():
    assert proposed.quotes(MEDRESE + RECOUNTED, DAY_TR) == [
        ("Ahmet Yılmaz", "yüzyıllar boyunca depremlere rağmen ayakta kaldığını")]
    # the near form: a verb of seeing is no verb of saying
    assert proposed.quotes(MEDRESE + RECOUNTED.replace("anlattı", "gördü"), DAY_TR) == []


ARCHITECT = ('Restorasyonu yöneten Mimar Ayşe Demirtaş, kubbedeki çinilerin "tek tek temizlenip eski yerlerine '
             'takıldığını" anlattı. Yeni çinilerin ise eski fırınlarda pişirildiğini belirten deneyimli mimar, şunları '
             'söyledi:\n\n"Otuz usta ile iki yıl çalıştık. Her çini için eski kayıtlara baktık. Bu medrese artık '
             'yeniden nefes alıyor."\n\n')
TILES = "tek tek temizlenip eski yerlerine takıldığını"
BREATHES = "Otuz usta ile iki yıl çalıştık. Her çini için eski kayıtlara baktık. Bu medrese artık yeniden nefes alıyor."


# plant: "mimar" taken out of people._TITLE_WORDS
def test_the_architect_s_title_is_no_part_of_her_name():
    assert ("Ayşe Demirtaş", TILES) in proposed.quotes(MEDRESE + ARCHITECT, DAY_TR)
    # the near form: the title before a surname alone names no one in full
    assert proposed.quotes(MEDRESE + ARCHITECT.replace("Mimar Ayşe Demirtaş", "Mimar Demirtaş"), DAY_TR) == []


# plant: the _TR_PARTICIPLE_OCCUPATION branch taken out of _colon_subject
def test_the_young_architect_after_her_participle():
    assert proposed.quotes(MEDRESE + ARCHITECT, DAY_TR) == [("Ayşe Demirtaş", TILES),
                                                            ("Ayşe Demirtaş", BREATHES)]
    # the near form: a deputy minister who spoke last is no architect the text named
    assert proposed.quotes(MEDRESE + ARCHITECT.replace("Restorasyonu yöneten Mimar Ayşe Demirtaş",
                                                       "Kültür ve Turizm Bakan Yardımcısı Ahmet Yılmaz"), DAY_TR) == [
        ("Ahmet Yılmaz", TILES)]


NAVOI = ("Bakan Yardımcısı Yılmaz Navoi'de\n\nNAVOİ (AA) - Türk İşbirliği ve Koordinasyon Ajansı tarafından restore "
         "edilen tarihi medrese ziyarete açıldı.\n\nAçılışa Kültür ve Turizm Bakan Yardımcısı Ahmet Yılmaz, vali ve "
         "bölge halkı katıldı. Tören için dün sabah Navoi'ye gelen Yılmaz, restorasyonun üç yıl sürdüğünü "
         "hatırlattı.\n\n")
TYPED = "Özbekistan'a çalışma ziyareti kapsamında gelen Yılmaz'ın yarın Türkiye'ye dönmesi bekleniyor.\n\n"


# plant: the _TR_OWN_NAMES_IN_A_PLACE_CASE alternative taken out of places._OWN_NAME_AS_A_PLACE
def test_navoi_in_a_turkish_case_of_place():
    assert proposed.visits(NAVOI, DAY_TR) == [("Ahmet Yılmaz", "Uzbekistan", "2026-09-17", "Navoi", "other")]
    # the near form: the poet's genitive is no place gone to
    assert proposed.visits(NAVOI.replace("Tören için dün sabah Navoi'ye gelen",
                                         "Dün sabah Navoi'nin şiirlerini okuyan"), DAY_TR) == []


# plant: the round 103 alternative taken out of visits._LOCAL_VISITOR_S_TYPED
def test_the_type_told_by_the_participle_of_coming():
    assert proposed.visits(NAVOI + TYPED, DAY_TR) == [
        ("Ahmet Yılmaz", "Uzbekistan", "2026-09-17", "Navoi", "working")]
    # the near form: the participle's surname another's
    assert proposed.visits(NAVOI + TYPED.replace("Yılmaz'ın", "Demir'in"), DAY_TR) == [
        ("Ahmet Yılmaz", "Uzbekistan", "2026-09-17", "Navoi", "other")]
