"""Forty-first round, English and Azerbaijani visits (docs/extraction.md: visits.py): the forms behind the dev/643, 648,
666, 678, 708 and 710 misses and the failures the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 5)  # a Thursday: "Monday" is 2 March, "Tuesday" 3 March
UZ_IN_BAKU = "Uzbek Speaker Nuriddin Ismoilov arrived in Baku on Monday on an official visit. "
AZ_IN_TASHKENT = ("Azerbaijani Economy Minister Mikayil Jabbarov arrived in Tashkent on Monday for the intergovernmental "
                  "commission. ")


def test_one_document_told_with_a_long_name_of_its_two_parties():
    # plant: "|[^.;,]{121,240}?" dropped from visits._EN_ONE_DOCUMENT
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Astana on Monday on an official visit. After the talks an "
            "agreement on cooperation between the diplomatic academies of the Kyrgyz Republic and the Republic of "
            "Kazakhstan in the field of training of young diplomats was signed.")
    assert proposed.documents(text, DAY) == ["1"]
    # a clause between commas is no part of the name: the verb may be another's
    aside = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Astana on Monday on an official visit. He recalled that "
             "an agreement on cooperation between the diplomatic academies of the Kyrgyz Republic and the Republic of "
             "Kazakhstan, which had been prepared over many years by both ministries, was signed.")
    assert proposed.documents(aside, DAY) == [""]


def test_the_two_chambers_signing_one_document():
    # plant: "chambers|houses" dropped from visits._PARTIES_SIGNED_ONE
    text = UZ_IN_BAKU + ("He held talks with Milli Majlis Speaker Sahiba Gafarova, after which the two chambers signed a "
                         "memorandum on cooperation.")
    assert proposed.documents(text, DAY) == ["1"]
    # the two chambers told doing something else sign nothing
    other = UZ_IN_BAKU + "The two chambers of the Azerbaijani parliament have long cooperated with their Uzbek counterparts."
    assert proposed.documents(other, DAY) == ["0"]  # round 71 (docs0): none told signed is 0


def test_the_two_chambers_signing_two_documents():
    # plant: "|chambers|houses" dropped from visits._TWO_SIGNED
    text = UZ_IN_BAKU + ("He held talks with Milli Majlis Speaker Sahiba Gafarova, after which the two chambers signed a "
                         "memorandum on cooperation and a plan of joint events.")
    assert proposed.documents(text, DAY) == ["2"]


def test_further_documents_adopted_after_the_protocol_signed():
    # plant: "further|" dropped from visits._OTHER_DOCUMENTS
    text = AZ_IN_TASHKENT + ("The co-chairs signed the protocol of the session, and two further agreements were adopted on "
                             "transport and tourism.")
    assert proposed.documents(text, DAY) == ["3"]
    # "further" of no documents adds none
    talks = AZ_IN_TASHKENT + "The co-chairs signed the protocol of the session; further talks are planned in two weeks."
    assert proposed.documents(talks, DAY) == ["1"]


def test_the_visitor_and_his_host_signing_two_joined_by_as_well_as():
    # plant: the _PAIR_SIGNED_TWO branch dropped from visits._en_pair_signed_documents
    text = AZ_IN_TASHKENT + ("Jabbarov and Laziz Kudratov signed an agreement on trade facilitation, as well as a "
                             "memorandum on e-commerce.")
    assert proposed.documents(text, DAY) == ["2"]
    # two companies' signing is no document of the visit
    firms = AZ_IN_TASHKENT + ("SOCAR and Uzbekneftegaz signed an agreement on exploration, as well as a memorandum on gas "
                              "supplies.")
    assert proposed.documents(firms, DAY) == [""]


def test_a_visitor_named_with_a_kyrgyz_patronymic_in_the_pair():
    # plant: "(?:\s+(?:uulu|kyzy))?" after (?P<a>…) dropped from visits._PAIR_SIGNED
    text = ("Kyrgyz Speaker Nurlanbek Turgunbek uulu arrived in Baku on Monday on an official visit. Nurlanbek Turgunbek "
            "uulu and Sahiba Gafarova signed an agreement on cooperation, as well as a plan of joint events.")
    assert proposed.documents(text, DAY) == ["2"]


def test_the_sides_signing_two_joined_by_as_well_as():
    # plant: the "as well as" alternative dropped from visits._AND_A_SECOND
    text = AZ_IN_TASHKENT + "The two ministers signed a protocol on trade, as well as a road map for 2026-2027."
    assert proposed.documents(text, DAY) == ["2"]


def test_and_is_no_word_of_a_document_s_name():
    # plant: "(?!and\s)" dropped from visits._NOUN_WORDS
    text = AZ_IN_TASHKENT + "Jabbarov and Kudratov signed a protocol and a road map for 2026-2027."
    assert proposed.documents(text, DAY) == ["2"]


def test_three_listed_are_not_read_as_two():
    # plant: visits._UP_TO_THE_SECOND made r"[^.;]{0,200}?" (a second may be skipped)
    text = AZ_IN_TASHKENT + "The two ministers signed a protocol on trade, as well as a road map, and a plan of joint events."
    assert proposed.documents(text, DAY) == [""]


def test_one_named_after_as_well_as_before_the_others_counted():
    # plant: the "as well as" alternative dropped from visits._NAMED_DOCUMENT
    text = AZ_IN_TASHKENT + ("Jabbarov and Kudratov signed a protocol, as well as a memorandum, and three other "
                             "agreements.")
    assert proposed.documents(text, DAY) == ["5"]


def test_a_stay_told_in_the_present_after_a_title_and_name_between_commas():
    # plant: "|" + _IS_IN_ON_A_VISIT dropped from visits._APPOSITIVE_END
    text = ("The Kyrgyz Minister of Economy, Daniyar Amangeldiyev, is in Ankara for a two-day working visit that began on "
            "Tuesday.")
    assert proposed.visits(text, DAY) == [("Daniyar Amangeldiyev", "Türkiye", "2026-03-03", "Ankara", "working")]
    # "is in" of no place and visit is no stay
    opinion = ("The Kyrgyz Minister of Economy, Daniyar Amangeldiyev, is in favour of a visit to Ankara in the spring, he "
               "said on Tuesday.")
    assert proposed.visits(opinion, DAY) == []


def test_a_delegation_led_to_a_meeting_held_in_a_capital():
    # plant: the "meeting|session … held in" alternative dropped from visits._DELEGATION_TO
    text = ("Kazakh Trade Minister Arman Shakkaliyev led his ministry's delegation to the meeting of the joint commission, "
            "held in the Uzbek capital on Tuesday.")
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2026-03-03", "Tashkent", "other")]
    # a meeting with no place it was held in is no journey
    placeless = ("Kazakh Trade Minister Arman Shakkaliyev led his ministry's delegation to the meeting of the joint "
                 "commission on Tuesday.")
    assert proposed.visits(placeless, DAY) == []


def test_a_title_case_dateline_is_no_part_of_the_visitor():
    # plant: visits._without_place_dateline returns the sentence unchanged
    text = "Ankara — Azerbaijani Defence Minister Zakir Hasanov arrived in Ankara on Tuesday for talks."
    assert proposed.visits(text, DAY) == [("Zakir Hasanov", "Türkiye", "2026-03-03", "Ankara", "other")]


def test_a_protocol_adopted_along_with_other_documents():
    # plant: "along\s+with|" dropped from visits._OTHER_DOCUMENTS
    text = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Tashkent on Tuesday. The commission adopted a protocol "
            "along with three other documents on trade.")
    assert proposed.documents(text, DAY) == ["4"]
    # the others must be documents; and another year's are none of the visit's
    agenda = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Tashkent on Tuesday. The commission adopted a protocol "
              "together with the agenda for next year.")
    # round 71 (docs0): a protocol adopted at a visit (no summit's declaration) is no signing told: 0
    assert proposed.documents(agenda, DAY) == ["0"]
    earlier = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Tashkent on Tuesday. Last year the commission adopted a "
               "protocol along with three other documents on trade.")
    assert proposed.documents(earlier, DAY) == ["0"]  # round 71 (docs0): none told signed is 0


def test_a_city_before_its_governor_s_title_is_the_visitor_s_own():
    # plant: the _TITLE_OWNER_CITY blanking dropped from visits._sentence_place
    text = ("Almatının akimi Yerbolat Dosayevin başçılıq etdiyi nümayəndə heyəti martın 2-dən Azərbaycanda işgüzar "
            "səfərdədir.")
    assert [v[:3] for v in proposed.visits(text, DAY)] == [("Yerbolat Dosayev", "Azerbaijan", "2026-03-02")]
