"""Thirty-ninth round, visits B (Russian visits; English document counts; docs/extraction.md: visits.py): the forms
behind the dev misses of this part and those its probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_documents_counted_after_the_participle_signing():
    # plant: the _EN_SIGNING_COUNT search in visits._en_documents_signing_count replaced by None
    text = ("Uzbek President Shavkat Mirziyoyev held talks with his Turkmen counterpart Serdar Berdimuhamedov in "
            "Ashgabat on Tuesday, with the two countries signing nine agreements on gas and rail during a state visit.")
    assert proposed.documents(text, DAY) == ["9"]
    # a signing to come is no count
    later = ("Uzbek President Shavkat Mirziyoyev held talks with his Turkmen counterpart Serdar Berdimuhamedov in "
             "Ashgabat on Tuesday during a state visit, ahead of signing 9 agreements in June.")
    assert proposed.documents(later, DAY) == [""]


def test_a_list_of_documents_summed_up_in_an_apposition_is_its_count():
    # plant: "(?=three)" put after the "(both)" group of visits._EN_LIST_SUMMED_UP (only "three" could follow it)
    text = ("Turkish Deputy Trade Minister Ahmet Kaya arrived in Tashkent on Tuesday. Kaya and Botir Aliyev, head of "
            "the leather association, signed a roadmap on joint investment and a memorandum on training, the two "
            "documents of the forum.")
    assert proposed.documents(text, DAY) == ["2"]
    both = ("Turkish Deputy Trade Minister Ahmet Kaya arrived in Tashkent on Tuesday. Kaya and Botir Aliyev signed a "
            "roadmap on leather and a memorandum on training, both documents valid for five years.")
    assert proposed.documents(both, DAY) == ["2"]
    # two things named that are no documents are no count
    other = ("Turkish Deputy Trade Minister Ahmet Kaya arrived in Tashkent on Tuesday. Kaya signed the guest book and "
             "a visitor's card, the two ministries said.")
    assert proposed.documents(other, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_long_title_of_the_first_of_two_documents_signed():
    # plant: _TWO_SIGNED's gap between the two documents put back to {0,100}
    text = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on May 12 for an official visit. Following the talks, "
            "the ministers signed the Plan of Consultations between the Ministries of Foreign Affairs of the Republic "
            "of Kazakhstan and the Republic of Azerbaijan for 2026-2027 and a Memorandum on cooperation between the "
            "diplomatic academies.")
    assert proposed.documents(text, DAY) == ["2"]


def test_a_colon_dateline_in_capitals_names_the_place_of_the_documents_before_the_visit():
    # plant: "or _COLON_CAPS_DATELINE.match(text)" dropped from visits._dateline_city
    text = ("GANJA: Azerbaijan and Kazakhstan signed 8 documents on Thursday as Kazakh Prime Minister Olzhas Bektenov "
            "held talks with his counterpart in the old city.\n\nBektenov arrived in Ganja on Wednesday on an official "
            "visit.")
    assert proposed.documents(text, DAY) == ["8"]
    # a colon after a word that is no place names none
    other = ("UPDATE: Azerbaijan and Kazakhstan signed 8 documents on Thursday as Kazakh Prime Minister Olzhas Bektenov "
             "held talks with his counterpart in the old city.\n\nBektenov arrived in Ganja on Wednesday on an official "
             "visit.")
    assert proposed.documents(other, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_dateline_running_into_its_own_lead_gives_no_day_to_the_next_sentence():
    # plant: "and not _dateline_holds_its_lead(…)" dropped from lead_day in visits.find_visits
    text = ("Baku, 12 May 2026 – Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov paid an official visit to "
            "Azerbaijan, during which he was received by President Ilham Aliyev.\n\nDuring the meeting with the Head of "
            "the Azerbaijani State, the Uzbek Minister conveyed greetings from President Shavkat Mirziyoyev and "
            "reaffirmed Tashkent's commitment to allied relations with Baku.")
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-05-12", "Baku", "official")]


def test_a_capital_told_by_its_state_s_name_is_that_state_s_capital():
    # plant: "or _capital_of_the_state_named(sentence, visitor_iso3)" dropped from visits._place
    ru = ("В столице Казахстана во вторник прошло заседание межправительственной комиссии между Казахстаном и "
          "Турцией. Турецкую делегацию возглавил министр торговли Омер Болат.")
    assert proposed.visits(ru, DAY) == [("Omer Bolat", "Kazakhstan", "2026-05-12", "Astana", "other")]
    en = "Uzbek Foreign Minister Bakhtiyor Saidov arrived in the capital of Azerbaijan on Tuesday."
    assert proposed.visits(en, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-05-12", "Baku", "other")]
    # a former capital is not the capital
    former = "Министр иностранных дел Узбекистана Бахтиёр Саидов во вторник прибыл в бывшую столицу Казахстана."
    assert proposed.visits(former, DAY) == [("Bakhtiyor Saidov", "Kazakhstan", "2026-05-12", "", "other")]
