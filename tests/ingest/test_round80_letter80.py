"""Eightieth round, letter80 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1243, dev/1245 and
dev/1253 misses. A letter's words before the passive that tells them the letter's ("«…», – отмечается в послании",
"«…», – məktubda deyilir", '"…," the letter reads') are its sender's, the subject of the last sentence before that
names a letter; the wish closing a sentence telling a letter or telegram was sent ("X направил телеграмму Y, пожелав
народу «…»") is the sender's words; a Turkish headline whose sentence, its subject a name and a comma after it, runs
into the colon before the quote gives the quote to that name; and an Azerbaijani visit noun owned by a name in the
genitive keeps its owner over "bu il" (this year) before the day. Told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 31)

RU_LETTER = ("Токаев направил письмо Жапарову\n\n"
             "Президент Казахстана Касым-Жомарт Токаев направил поздравительное письмо Президенту Кыргызстана "
             "Садыру Жапарову.\n\n"
             "«Рад нашей встрече на берегу озера и жду новых шагов в нашем сотрудничестве», – отмечается в послании.\n")
EN_LETTER = ("Tokayev writes to Japarov\n\n"
             "President Kassym-Jomart Tokayev sent a congratulatory letter to President Sadyr Japarov.\n\n"
             "\"I recall our meeting by the lake with great warmth and look forward to new steps,\" "
             "the letter reads.\n")
AZ_LETTER = ("Əliyev Japarova məktub ünvanlayıb\n\n"
             "Prezident İlham Əliyev Prezident Sadır Japarova təbrik məktubu ünvanlayıb.\n\n"
             "«Göl sahilində görüşümüzü xüsusi hərarətlə xatırlayıram», – məktubda deyilir.\n")


# plant: quotes._LETTER_SAYS_AFTER's "отмечается в … послании" alternative dropped (and "the letter reads" in EN)
def test_a_letters_words_told_after_the_quote_are_its_senders():
    assert proposed.quotes(RU_LETTER, DAY) == [
        ("Kassym-Jomart Tokayev", "Рад нашей встрече на берегу озера и жду новых шагов в нашем сотрудничестве")]
    assert [s for s, _ in proposed.quotes(EN_LETTER, DAY)] == ["Kassym-Jomart Tokayev"]
    assert [s for s, _ in proposed.quotes(AZ_LETTER, DAY)] == ["Ilham Aliyev"]


# plant: quotes._letter_says_after not skipping a sentence that names no letter (any subject before is the sender)
def test_no_sender_when_no_sentence_before_names_a_letter():
    # the sentence before tells a meeting, not a letter: the passive names no one who wrote the words
    met = RU_LETTER.replace("направил поздравительное письмо Президенту Кыргызстана Садыру Жапарову",
                            "провел переговоры с Президентом Кыргызстана Садыром Жапаровым").replace(
        "Токаев направил письмо Жапарову", "Токаев и Жапаров провели переговоры")
    assert proposed.quotes(met, DAY) == []


RU_WISH = ("Бектенов поздравил Касымалиева\n\n"
           "Премьер-министр Казахстана Олжас Бектенов направил поздравительную телеграмму Председателю Кабинета "
           "министров Кыргызстана Адылбеку Касымалиеву, пожелав братскому народу «мира и процветания на пути "
           "независимого развития».\n")


# plant: quotes._RU_SENDING_VERBS emptied (the wish after "направил телеграмму …, пожелав" read as no one's)
def test_the_wish_closing_a_sent_telegram_is_the_senders_words():
    assert proposed.quotes(RU_WISH, DAY) == [
        ("Olzhas Bektenov", "мира и процветания на пути независимого развития")]
    # a delegation sent is no letter: the wish after it stays unattributed by this rule
    sent = RU_WISH.replace("поздравительную телеграмму Председателю", "делегацию к Председателю")
    assert ("Olzhas Bektenov", "мира и процветания на пути независимого развития") not in proposed.quotes(sent, DAY)


TR_HEADLINE = ("Erdoğan, Tacik mevkidaşı Rahman ile görüştü: \"Hedefimiz iki milyar dolar\"\n\n"
               "Cumhurbaşkanı Recep Tayyip Erdoğan, Tacikistan Cumhurbaşkanı İmamali Rahman'ı Ankara'da kabul etti.\n")


# plant: quotes._HEADLINE_SUBJECT_CLAUSE's past-verb endings narrowed to "-mış" (no headline verb read)
def test_a_headline_sentence_of_a_named_subject_gives_him_the_quote_after_its_colon():
    assert proposed.quotes(TR_HEADLINE, date(2026, 6, 25)) == [("Recep Tayyip Erdoğan", "Hedefimiz iki milyar dolar")]
    # a headline whose subject is a city, no person: not this rule's
    city = TR_HEADLINE.replace("Erdoğan, Tacik mevkidaşı Rahman ile görüştü:", "Ankara, yeni bir dönemi açtı:")
    assert proposed.quotes(city, date(2026, 6, 25)) == []


# plant: quotes._headline_subject_clause_person not asking for _HEADLINE_FIRST_PERSON in the words
def test_a_headline_summary_in_no_ones_voice_is_no_quote():
    summary = TR_HEADLINE.replace("Hedefimiz iki milyar dolar", "Hedef iki milyar dolar")
    assert proposed.quotes(summary, date(2026, 6, 25)) == []


AZ_VISIT = ("Məclis sazişləri təsdiqləyib\n\n"
            "Sənədlər Baş nazir Əli Əsədovun bu il martın 5-də Özbəkistana rəsmi səfəri çərçivəsində Buxarada "
            "imzalanıb.\n")


# plant: visits._AZ_YEAR_BEFORE_ITS_DAY back to the year in digits only
def test_this_years_day_between_the_genitive_owner_and_his_visit():
    assert [(v[0], v[2], v[3]) for v in proposed.visits(AZ_VISIT, date(2026, 5, 19))] == [
        ("Ali Asadov", "2026-03-05", "Bukhara")]
