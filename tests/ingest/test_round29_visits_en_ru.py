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
    # plant: the `_EN_TWO_SIGNED_TITLED` branch dropped from visits._en_documents_round29
    assert proposed.documents(lead, DAY) == ["1"]
    # plant: `+ 1` dropped from the ordinal check of visits._en_documents_round29
    text = lead + "A second agreement, on a cable under the Caspian Sea, was also signed."
    assert proposed.documents(text, DAY) == ["2"]
    # a third one told after one: not a count the article gives
    text = lead + "A third agreement, on a cable under the Caspian Sea, was also signed."
    assert proposed.documents(text, DAY) == ["1"]
    # two others signing it: not the visitor's document
    text = ("Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Tuesday for a working visit. "
            "Later, Mammadov and Kovacs signed the 2026 Energy Transit Cooperation Programme.")
    assert proposed.documents(text, DAY) == [""]


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
