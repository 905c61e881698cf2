"""Twenty-ninth round, visits in English and Russian (docs/extraction.md: visits.py): the forms behind the dev/354–389
visit misses of the part, and those the probes found, told in short invented sentences. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 21)


def test_intergovernmental_documents_not_signed_are_none_whatever_companies_signed():
    # plant: the `_official_documents_not_signed` call dropped from visits._add_details
    text = ("Bishkek, 20 May: Uzbek Foreign Minister Bakhtiyor Saidov, who arrived in Bishkek on Tuesday [19 May], met "
            "Prime Minister Adylbek Kasymaliyev. At the forum, Kyrgyz and Uzbek firms signed 14 commercial agreements. "
            "Intergovernmental documents were not signed during the visit.")
    assert proposed.documents(text, DAY) == ["0"]
    # told as signed, the count stands
    text = text.replace("were not signed", "were also signed")
    assert proposed.documents(text, DAY) == ["14"]


def test_the_visitor_and_his_host_signed_one_titled_document_then_a_second_one():
    lead = ("Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Tuesday for a working visit. "
            "After the talks, Szijjarto and Bayramov signed the 2026 Energy Transit Cooperation Programme. ")
    # plant: the `_EN_TWO_SIGNED_TITLED` branch dropped from visits._en_documents_signed_and_adopted
    assert proposed.documents(lead, DAY) == ["1"]
    # plant: `+ 1` dropped from the ordinal check of visits._en_documents_signed_and_adopted
    text = lead + "A second agreement, on a cable under the Caspian Sea, was also signed."
    assert proposed.documents(text, DAY) == ["2"]
    # a third one told after one: not a count the article gives
    text = lead + "A third agreement, on a cable under the Caspian Sea, was also signed."
    assert proposed.documents(text, DAY) == ["1"]
    # two others signing it: not the visitor's document
    text = ("Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Tuesday for a working visit. "
            "Later, Mammadov and Kovacs signed the 2026 Energy Transit Cooperation Programme.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_russian_headline_city_and_the_delegation_received_the_day_before():
    text = ("Нуржан Нуржигитов в Бишкеке: Астана и Бишкек договорились о воде\n\n"
            "Министр водных ресурсов Казахстана Нуржан Нуржигитов, находящийся с рабочим визитом в Кыргызстане, "
            "в четверг провел переговоры с премьер-министром Адылбеком Касымалиевым. Накануне, в среду, казахстанскую "
            "делегацию принял председатель Жогорку Кенеша.")
    # plant: the `_city_of_the_headline` call dropped from visits.find_visits
    # plant: the `_delegation_received_the_day_before` call dropped from visits.find_visits
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Kyrgyzstan", "2026-05-20", "Bishkek")]
    # another state's delegation received the day before: the visit's day stands; a headline putting him in another
    # state's capital: no city
    text = text.replace("казахстанскую", "узбекскую").replace("Нуржигитов в Бишкеке:", "Нуржигитов в Ташкенте:")
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Kyrgyzstan", "2026-05-21", "")]


def test_russian_ministers_meeting_then_who_arrived_and_who_represented_a_state():
    text = ("Главы МИД ОТГ встретились в Шуше\n\n"
            "Во вторник в Шуше прошло заседание Совета министров иностранных дел Организации тюркских государств. "
            "Стороны обсудили Средний коридор и тарифы\n\n"
            "Фото: пресс-служба министерства\n\n"
            "Заседание открыл министр иностранных дел Азербайджана Джейхун Байрамов. "
            "В Шушу прибыли министр иностранных дел Турции Хакан Фидан и глава МИД Кыргызстана Жээнбек Кулубаев. "
            "Узбекистан представлял министр иностранных дел Бахтиёр Саидов. "
            "По итогам заседания министры подписали протокол и приняли совместное заявление.")
    got = [v[:5] for v in proposed.visits(text, DAY)]
    # plant: `|\bприбыли\b|\bпредставлял[аи]?\b` dropped from visits._CAME_TO_IT
    # plant: the `article_summit = gathered` line dropped from visits.find_visits
    assert [v[0] for v in got] == ["Hakan Fidan", "Jeenbek Kulubaev", "Bakhtiyor Saidov"]
    assert {v[1:] for v in got} == {("Azerbaijan", "2026-05-19", "Shusha", "summit")}  # round 57: several states
    # plant: `(?:приняли\s+|утвердили\s+)?` dropped from visits._RU_MORE_DOCUMENTS
    assert proposed.documents(text, DAY) == ["2", "2", "2"]
    # arriving somewhere else is not coming to the meeting
    text = text.replace("В Шушу прибыли", "В Ташкент прибыли")
    assert "Hakan Fidan" not in [v[0] for v in proposed.visits(text, DAY)]


def test_the_ministers_council_met_then_who_arrived_for_it():
    # plant: the `council\s+of … ministers … met` branch dropped from visits._MINISTERS_GATHERING
    text = ("The OTS Council of Economy Ministers met in Bishkek on Thursday. Turkish Foreign Minister Hakan Fidan and "
            "Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Bishkek for the meeting.")
    assert sorted(v[:5] for v in proposed.visits(text, DAY)) == [
        ("Hakan Fidan", "Kyrgyzstan", "2026-05-21", "Bishkek", "summit"),
        ("Jeyhun Bayramov", "Kyrgyzstan", "2026-05-21", "Bishkek", "summit")]  # round 57: several states
    # the two ministers meeting is no council: whose visit it is the sentence does not say
    text = ("The two ministers met in Bishkek on Thursday. Turkish Foreign Minister Hakan Fidan and "
            "Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Bishkek for the meeting.")
    assert ("Hakan Fidan", "Kyrgyzstan", "2026-05-21", "Bishkek", "other") not in [v[:5] for v in proposed.visits(text, DAY)]


def test_one_document_signed_and_one_adopted_are_two():
    # plant: the `_EN_SIGNED_AND_ADOPTED` branch dropped from visits._en_documents_signed_and_adopted
    lead = "Tajik President Emomali Rahmon arrived in Tashkent on May 20 for a state visit. "
    text = lead + "The two leaders signed a treaty on eternal friendship and adopted a joint declaration."
    assert proposed.documents(text, DAY) == ["2"]
    # adopted nothing countable: one
    text = lead + "The two leaders signed a treaty on eternal friendship and adopted a firm tone on water."
    assert proposed.documents(text, DAY) == ["1"]


def test_a_landmark_named_after_a_capital_and_a_state_as_a_direction_are_no_places():
    lead = "Tajik President Emomali Rahmon arrived in Ashgabat on May 19 for a state visit. "
    # plant: the `_capital_in_a_landmark` checks dropped from visits._place (a visit to Azerbaijan, Baku)
    # plant: the `_state_as_direction` check dropped from visits._place (a visit to Kazakhstan)
    text = lead + ("On Thursday, the last day, Rahmon travelled to Dashoguz in the north, where he inspected a road bridge "
                   "on the highway towards Kazakhstan and Russia and visited the old Baku Khan mausoleum complex.")
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Turkmenistan", "2026-05-19", "Ashgabat")]
    # the landmark alone, no state named before it: the fallback over states in visits._place must skip it too
    # (plant: only its `_capital_in_a_landmark` check dropped — a visit to Azerbaijan with no city)
    text = lead + "Rahmon travelled to Dashoguz on Thursday, the last day, and visited the old Baku Khan mausoleum complex."
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Turkmenistan", "2026-05-19", "Ashgabat")]
    # the capital itself visited next: a place of a visit
    text = lead + "On Thursday, the last day, Rahmon travelled to Baku, where he visited an old mosque."
    assert ("Emomali Rahmon", "Azerbaijan") in [v[:2] for v in proposed.visits(text, DAY)]


def test_the_visit_told_in_a_relative_clause_after_the_visitors_name():
    # plant: the `_who_visited_on_a_day` call dropped from visits._visitors
    text = ("Kazakh Foreign Minister Murat Nurtleu, who visited Tashkent on 18 May for talks with Bakhtiyor Saidov, "
            "believes the goal can be met. No documents were signed, but the ministers agreed on a new road map.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Murat Nurtleu", "Uzbekistan", "2026-05-18", "Tashkent")]
    assert proposed.documents(text, DAY) == ["0"]
    # a past visit's aside with no day of its own is no visit of the aside
    text = ("Kazakh Foreign Minister Murat Nurtleu, who visited Tashkent in 2024, received Bakhtiyor Saidov in Astana "
            "on 18 May.")
    assert ("Murat Nurtleu", "Uzbekistan") not in [v[:2] for v in proposed.visits(text, DAY)]


def test_the_north_of_cyprus_and_the_northern_part_of_nicosia():
    text = ("Turkish Vice President Cevdet Yilmaz arrived in the north of Cyprus on Wednesday for the opening of a "
            "hospital, his second trip to the Turkish Cypriot state this year. He was met at Ercan and then laid a "
            "wreath at a memorial in the northern part of Nicosia.")
    # plant: `(?!\s+(?:Cyprus|the\s+island)\b)` dropped from visits._TO_THE_NORTH
    # plant: the `_northern_nicosia` call dropped from visits.find_visits
    assert [v[:5] for v in proposed.visits(text, DAY)] == [
        ("Cevdet Yilmaz", "Northern Cyprus", "2026-05-20", "North Nicosia", "other")]
    # and further on than the next sentences (which round 31's _city_from_next reads, so the sentence above no longer
    # fails on the plant; found when the two rounds' patterns were made one)
    far = ("Turkish Vice President Cevdet Yilmaz arrived in the north of Cyprus on Wednesday for the opening of a "
           "hospital, his second trip to the Turkish Cypriot state this year. He was met at Ercan by Prime Minister "
           "Unal Ustel. The hospital has 400 beds. It was built with Turkish funds. Work began in 2022. In the evening "
           "Yilmaz laid a wreath at a memorial in the northern part of Nicosia.")
    assert [v[:5] for v in proposed.visits(far, DAY)] == [
        ("Cevdet Yilmaz", "Northern Cyprus", "2026-05-20", "North Nicosia", "other")]
    # the north of another country is no Turkish Cypriot place
    text = text.replace("the north of Cyprus", "the north of Kazakhstan")
    assert ("Cevdet Yilmaz", "Northern Cyprus") not in [v[:2] for v in proposed.visits(text, DAY)]


def test_a_day_opening_an_early_sentence_is_no_dateline_and_its_capital_no_place():
    # plant: visits._dateline_names_a_place returning True (a visit to Azerbaijan, Baku, from the mausoleum's name)
    lead = "Tajik President Emomali Rahmon arrived in Ashgabat on May 19 for a state visit. "
    text = lead + ("On Thursday, the last day, Rahmon travelled to Dashoguz, where he visited the old Baku Khan "
                   "mausoleum complex.")
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Turkmenistan", "2026-05-19", "Ashgabat")]
    # a real dateline still gives the place a visit sentence leaves out (plant: the same function returning False)
    text = ("Ashgabat, 20 May (TDH). Tajik President Emomali Rahmon, on a state visit, was welcomed with an official "
            "ceremony on Wednesday.")
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Turkmenistan", "2026-05-20", "Ashgabat")]
