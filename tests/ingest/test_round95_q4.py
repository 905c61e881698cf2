"""Ninety-fifth round, q4 (docs/extraction.md: quotes.py, visits.py). Azerbaijani: a paragraph opening on a bare title's
reported speech ("Deputat qeyd edib ki, … . Onun fikrincə, … “…”") is about the one the paragraph before is about
(quotes._az_bare_title_colon, then quotes._az_opening_sentence_subject), and "in his view" after it is that titled
one's, when the text wrote the title right before his name (quotes._az_his_words_owner); a sentence opening on a
participle of giving a statement ("… jurnalistlərə açıqlama verən X Y … bildirib. Onun fikrincə, “…”") has the name
after it for its subject (quotes._AZ_SPEAKING_PARTICIPLE_OPENING, read by quotes._opens_with_after_speaking); a
memorandum told signed and then as "the document" ("Sənədi X və Y imzalayıblar") is one document
(visits._TA_THE_DOCUMENT_OPENING in visits._one_document_told_again). English: "Chairman of the Chamber of Commerce
and Industry of … X Y said that …" opens on X Y, whom the "he said" after means (quotes._EN_PORTFOLIO_AND); "X Y,
Minister of Investment, Industry and Trade of …, who arrived in … on a working visit" is X Y's visit
(visits._TITLED_BEFORE_WHO_CAME).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_AZ = date(2026, 5, 14)
DELEGATION = ("Elçin Məmmədov Bişkekdə: “Aqrar ticarət genişlənməlidir”\n\nBişkek. APA\n\n"
              "Milli Məclisin Aqrar siyasət komitəsinin sədri, deputat Elçin Məmmədovun rəhbərlik etdiyi nümayəndə "
              "heyəti mayın 12-dən Qırğızıstanda işgüzar səfərdədir.\n\n")
IN_HIS_VIEW = ("qeyd edib ki, bu ilin ilk rübündə ixrac iki dəfə artıb. Onun fikrincə, bu nəticə "
               "“hökumətlərimizin birgə səylərinin məntiqi nəticəsidir”.")
HIS_VIEW = "hökumətlərimizin birgə səylərinin məntiqi nəticəsidir"


# plant: the "ki" branch taken out of _az_bare_title_colon (only the colon form read)
def test_a_bare_deputy_s_reported_speech_opening_a_paragraph_is_the_paragraph_before_s_subject():
    # (the paragraph before goes on with a title the resolver gives no one, "Komitə sədri bildirib ki", as dev/1432's)
    text = DELEGATION + ("Bişkekdəki görüşdə Elçin Məmmədov iki ölkə arasında kənd təsərrüfatı əlaqələrinin sürətlə "
                         "inkişaf etdiyini deyib. Komitə sədri bildirib ki, ötən il ticarət 20 faiz artıb.\n\n"
                         "Deputat " + IN_HIS_VIEW)
    assert proposed.quotes(text, DAY_AZ) == [("Elçin Məmmədov", HIS_VIEW)]
    # the near form: a body's reported speech ("Komitə qeyd edib ki"), no bare title of a person: no one's view
    body = text.replace("\n\nDeputat ", "\n\nKomitə ")
    assert HIS_VIEW not in [quote for _, quote in proposed.quotes(body, DAY_AZ)]


# plant: the round 95 branch of _az_his_words_owner taken out (its 5 lines from 'title = title_ki["title"]' to the
# return of titled.name: a bare "Deputat" before "ki" read as no one)
def test_in_his_view_after_a_bare_title_s_ki_is_the_one_the_text_titled_so():
    text = DELEGATION + ("– Kənd təsərrüfatı məhsullarının ticarəti iki ölkə üçün prioritetdir, – deyə Elçin Məmmədov "
                         "bildirib.\n\nDeputat " + IN_HIS_VIEW)
    assert ("Elçin Məmmədov", HIS_VIEW) in proposed.quotes(text, DAY_AZ)
    # the near form: an economist spoke last and no one was titled a deputy: the deputy's view is not the economist's
    economist = ("Bişkekdə aqrar forum\n\nBişkek. APA\n\nBişkekdə Azərbaycan və Qırğızıstan fermerlərinin forumu "
                 "keçirilib.\n\n– Kənd təsərrüfatı məhsullarının ticarəti iki ölkə üçün prioritetdir, – deyə "
                 "iqtisadçı Rauf Qarayev bildirib.\n\nDeputat " + IN_HIS_VIEW)
    assert ("Rauf Qarayev", HIS_VIEW) not in proposed.quotes(economist, DAY_AZ)


STATEMENT = ("sənədin fermerlər üçün yeni imkanlar açdığını bildirib. Onun fikrincə, "
             "“bu saziş kənd təsərrüfatı ixracatçılarına birbaşa dəstəkdir”.")


# plant: "açıqlama verən" taken out of _AZ_SPEAKING_PARTICIPLE_OPENING
def test_the_name_after_a_participle_of_giving_a_statement_is_the_subject_whose_view_follows():
    text = DELEGATION + ("Sazişin imzalanmasından sonra jurnalistlərə açıqlama verən Elçin Məmmədov " + STATEMENT)
    assert proposed.quotes(text, DAY_AZ) == [("Elçin Məmmədov",
                                             "bu saziş kənd təsərrüfatı ixracatçılarına birbaşa dəstəkdir")]
    # the near form: a delegation member, no name, gave the statement: the view is no one's the rules know
    member = DELEGATION + ("Sazişin imzalanmasından sonra jurnalistlərə açıqlama verən heyətin üzvü " + STATEMENT)
    assert proposed.quotes(member, DAY_AZ) == []


MEMORANDUM = (DELEGATION.split("\n\n", 1)[1] +
              "Səfərin ikinci günü Milli Məclisin Aqrar siyasət komitəsi ilə Jogorku Keneşin Aqrar komitəsi arasında "
              "əməkdaşlıq haqqında memorandum imzalanıb. ")


# plant: _TA_THE_DOCUMENT_OPENING matching nothing
def test_a_memorandum_told_again_as_the_document_is_one_document():
    text = "Elçin Məmmədov Bişkekdə\n\n" + MEMORANDUM + "Sənədi Elçin Məmmədov və Almaz Usenov imzalayıblar."
    assert proposed.documents(text, DAY_AZ) == ["1"]
    # the near form: "the documents" (a plural) after it tells more than the one memorandum, no count
    plural = "Elçin Məmmədov Bişkekdə\n\n" + MEMORANDUM + "Sənədləri Elçin Məmmədov və Almaz Usenov imzalayıblar."
    assert proposed.documents(plural, DAY_AZ) == [""]


DAY_EN = date(2026, 6, 4)
FAIR = ("Kazakh goods fair opens in Bishkek\n\n"
        "Bishkek, 4 June 2026. A fair of Kazakh producers opened yesterday in the Kyrgyz capital.\n\n")
VISITORS = "\"We counted more than 3,000 visitors on the first day alone,\" he said."


# plant: "(?<=Commerce )" taken out of _EN_PORTFOLIO_AND
def test_the_chamber_of_commerce_and_industry_s_chairman_said_that_is_the_he_after():
    minister = "\"Our trade grows every month,\" Kazakh Trade Minister Arman Shakkaliyev told journalists.\n\n"
    text = FAIR + minister + ("Chairman of the Chamber of Commerce and Industry of Kyrgyzstan Aidar Tokonov said that "
                              "demand had exceeded all expectations. " + VISITORS)
    assert ("Aidar Tokonov", "We counted more than 3,000 visitors on the first day alone") \
        in proposed.quotes(text, DAY_EN)
    # the near form: the chamber thanked by the minister, no chairman named: "he" is still the minister
    thanked = FAIR + minister + ("Minister Shakkaliyev thanked the Chamber of Commerce and Industry of Kyrgyzstan for "
                                 "its help with the stands. " + VISITORS)
    assert ("Arman Shakkaliyev", "We counted more than 3,000 visitors on the first day alone") \
        in proposed.quotes(thanked, DAY_EN)


HEADED = ("The Kazakh delegation is headed by Arman Shakkaliyev, Minister of Trade, Industry and Integration of "
          "Kazakhstan, who ")


# plant: the capitalised-title alternative taken out of _TITLED_BEFORE_WHO_CAME
def test_a_name_before_a_title_listing_its_ministry_s_fields_and_who_arrived_is_the_visitor():
    text = FAIR + HEADED + "arrived in Bishkek on Wednesday on a working visit."
    assert proposed.visits(text, DAY_EN) == [("Arman Shakkaliyev", "Kyrgyzstan", "2026-06-03", "Bishkek", "working")]
    # the near form: one still to come ("who will arrive … on Friday") is no visit
    assert proposed.visits(FAIR + HEADED + "will arrive in Bishkek on Friday on a working visit.", DAY_EN) == []
