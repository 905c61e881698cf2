"""Forty-ninth round, visits (docs/extraction.md: visits.py, places.py): the forms behind the visits misses of
dev/858, 860, 861, 863, 864, 865, 867, 869, 870, 871 and 878 — company deals at the visit's forum in a sentence of their
own, a type told in a relative clause or as "the first official visit", the type of another named or expected visit,
three documents listed, a Russian "ещё" count, "a day after arriving", a Turkish honorific and "yaptığı ziyaret", an
interview's visitor listing what "we" signed — told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
EN_LEAD = "Title\n\nKazakh Prime Minister Olzhas Bektenov arrived in Baku on Monday for an official visit. "
SAIDOV = "Title\n\nUzbek Foreign Minister Bakhtiyor Saidov arrived in Ankara on Monday for talks. "


def test_company_deals_signed_at_the_forum_add_to_the_states_documents():
    # plant: the round-49 forum-deals branch of _add_details (told + count) made `elif False`
    counted = EN_LEAD + "The two heads of government oversaw the signing of nine documents. "
    assert proposed.documents(counted + "Companies from the two countries signed four commercial agreements on the "
                              "sidelines of the forum, the organisers said.", DAY) == ["13"]
    assert proposed.documents(counted + "Two agreements between Azerbaijani and Kazakh companies in logistics were "
                              "signed at the Forum.", DAY) == ["11"]
    assert proposed.documents(counted + "On Tuesday he addressed the Business Forum, where Azerbaijani and Kazakh "
                              "companies signed three deals worth $200m.", DAY) == ["12"]
    # a total told with them, deals of another year and deals still to come leave the count
    assert proposed.documents(counted + "Companies signed four agreements on the sidelines of the forum, bringing "
                              "the total to 13.", DAY) == ["13"]
    assert proposed.documents(counted + "Companies from the two countries signed four agreements last year.",
                              DAY) == ["9"]
    assert proposed.documents(counted + "Companies will sign four agreements at the forum.", DAY) == ["9"]


def test_type_told_in_a_relative_clause_or_as_the_first_such_visit():
    # plant: _visit_is_typed not searching _VISIT_TYPED_BY_WHICH
    assert proposed.visits(SAIDOV + "The visit, which the ministry in Tashkent described as a working visit, ends "
                           "on Wednesday.", DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-05-18", "Ankara", "working")]
    assert proposed.visits(SAIDOV + "It is the first state visit to Türkiye by an Uzbek minister.", DAY)[0][4] == "state"
    ru = ("Заголовок\n\nМинистр иностранных дел Узбекистана Бахтиёр Саидов во вторник прибыл в Баку. Поездку, которую "
          "в МИД охарактеризовали как рабочую, завершит встреча с президентом.")
    assert proposed.visits(ru, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-05-19", "Baku", "working")]
    # a visit told with no type stays "other"
    assert proposed.visits(SAIDOV + "The visit ends on Wednesday.", DAY)[0][4] == "other"


def test_type_of_another_persons_named_visit_is_not_the_visits():
    # plant: _owner_of_the_type returning "" when the possessive does not match
    assert proposed.visits(SAIDOV + "The agreements reached during the state visit of Shavkat Mirziyoyev to Ankara "
                           "remain the guide.", DAY)[0][4] == "other"
    assert proposed.visits(SAIDOV + "When Erdoğan made his 2022 state visit to Tashkent, trade was lower.",
                           DAY)[0][4] == "other"
    # the visitor's own visit typed by the possessive still types it
    assert proposed.visits(SAIDOV + "Saidov's state visit follows.", DAY)[0][4] == "state"


def test_type_of_a_visit_someone_is_expected_on_is_not_the_visits():
    # plant: the _EXPECTED_IN check dropped from the typed sentences in find_visits
    text = SAIDOV + "President Shavkat Mirziyoyev is expected in Türkiye on a state visit in the autumn."
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-05-18", "Ankara", "other")]


def test_three_documents_listed_after_the_sides_signed():
    # plant: the _THREE_SIGNED branch dropped from _add_details
    lead = "Title\n\nKyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Monday. "
    assert proposed.documents(lead + "The sides signed a protocol on consultations, a memorandum on culture, and a "
                              "plan of joint events.", DAY) == ["3"]
    assert proposed.documents(lead + "The ministers signed an agreement on visas, a programme of cooperation and a "
                              "memorandum on youth.", DAY) == ["3"]
    # two stay two
    assert proposed.documents(lead + "The sides signed an agreement on visas and a memorandum on culture.",
                              DAY) == ["2"]


def test_russian_count_told_with_one_more_after_the_verb_adds_to_the_one_before():
    # plant: the _RU_MORE_IN_COUNT alternative dropped from _add_details
    lead = ("Заголовок\n\nМинистр иностранных дел Венгрии Петер Сийярто в понедельник прибыл в Баку. По итогам "
            "переговоров подписаны четыре документа. ")
    assert proposed.documents(lead + "На полях форума было подписано ещё пять коммерческих соглашений.", DAY) == ["9"]
    assert proposed.documents(lead + "Компании заключили ещё три контракта.", DAY) == ["7"]


def test_a_day_after_arriving_starts_the_visit_the_day_before():
    # plant: _days_after_arriving_first returning `days` unchanged
    day = date(2026, 2, 13)
    text = ("Title\n\nTurkmen President Serdar Berdimuhamedow held talks with President Recep Tayyip Erdoğan in Ankara "
            "on Wednesday, a day after arriving in the Turkish capital.")
    assert proposed.visits(text, day) == [("Serdar Berdimuhamedow", "Türkiye", "2026-02-10", "Ankara", "other")]
    two = ("Title\n\nKazakh President Kassym-Jomart Tokayev met President Ilham Aliyev in Baku on Friday, two days "
           "after arriving in the Azerbaijani capital.")
    assert proposed.visits(two, day)[0][2] == "2026-02-11"
    # a day after something else is the day told
    other = ("Title\n\nKazakh President Kassym-Jomart Tokayev met President Ilham Aliyev in Baku on Friday, a day after "
             "talks in Tbilisi.")
    assert proposed.visits(other, day)[0][2] == "2026-02-13"


def test_turkish_honorific_between_title_and_name_and_the_circumflexed_type():
    # plant: the "Sayın" strip dropped from _local_visitors
    text = "Başlık\n\nTicaret Bakanı Sayın Ömer Bolat 12 Mayıs'ta Bakü'ye resmî bir ziyaret gerçekleştirdi."
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Azerbaijan", "2026-05-12", "Baku", "official")]
    plain = "Başlık\n\nDışişleri Bakanı Hakan Fidan 12 Mayıs'ta Astana'ya çalışma ziyareti gerçekleştirdi."
    assert proposed.visits(plain, DAY) == [("Hakan Fidan", "Kazakhstan", "2026-05-12", "Astana", "working")]


def test_turkish_visit_someone_made_to_a_place_told_in_the_genitive():
    # plant: _TR_VISIT_MADE never searched in _local_visitors
    text = "Başlık\n\nAnlaşma, Ticaret Bakanı Ömer Bolat’ın 12 Mayıs’ta Bakü’ye yaptığı ziyarette imzalandı."
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Azerbaijan", "2026-05-12", "Baku", "other")]


def test_interview_visitor_lists_what_we_signed_in_his_own_answer():
    # plant: _en_documents_we_signed returning before the list is read
    lead = ("Title\n\nOn May 12 Kazakh Foreign Minister Murat Nurtleu held talks in Baku with Jeyhun Bayramov. Back "
            "in Astana, he talked to us.\n\nQ: What did the trip produce?\n\n")
    assert proposed.documents(lead + "Nurtleu: In Baku we signed a protocol on consultations, a roadmap for 2026, and "
                              "two agreements on visas.", DAY) == ["4"]
    assert proposed.documents(lead + "MN: Minister Bayramov and I signed a programme of cooperation and a memorandum "
                              "on culture.", DAY) == ["2"]
    # what is no list of documents counts none
    assert proposed.documents(lead + "Nurtleu: We signed the protocol last year, a roadmap in 2024.", DAY) == ["0"]
