"""Forty-first round, English quotes and speakers (docs/extraction.md: quotes.py, people.py): the forms behind the
dev/648, 668, 673, 678, 680, 684, 698 and 702 misses, told in short invented sentences. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 1)


def test_kyrgyz_surname_with_its_patronymic_after_a_quote():
    # plant: _without_kyrgyz_patronymic returns the phrase unchanged
    opening = ("Toraga (Speaker) of the Jogorku Kenesh of the Kyrgyz Republic Kanybek Asanbek uulu, who arrived in "
               "Tashkent on Monday, held talks with Speaker Nuriddin Ismoilov.\n\nOpening the talks, Nuriddin Ismoilov "
               "noted that relations had reached \"the level of a strategic partnership\".\n\n")
    text = opening + "\"There is no issue between our peoples that dialogue cannot solve,\" Asanbek uulu said."
    assert proposed.quotes(text, DAY) == [
        ("Nuriddin Ismoilov", "the level of a strategic partnership"),
        ("Kanybek Asanbek uulu", "There is no issue between our peoples that dialogue cannot solve")]
    # a surname nobody was named with stays no one's
    other = opening + "\"There is no issue between our peoples that dialogue cannot solve,\" Toktobek uulu said."
    assert proposed.quotes(other, DAY) == [("Nuriddin Ismoilov", "the level of a strategic partnership")]


def test_capitalised_title_before_the_name_between_commas():
    # plant: the capitalised form dropped from the title of people._TITLE_APPOSITIVE
    text = ("A Kazakh delegation held talks with the Mayor of Ankara, Mansur Yavaş, at the city hall.\n\n"
            "\"Cities solve problems faster than any ministry can,\" the mayor said.")
    assert proposed.quotes(text, DAY) == [("Mansur Yavaş", "Cities solve problems faster than any ministry can")]
    # a title of a body, no person, is no one's title
    body = ("A Kazakh delegation visited the Mayor of Ankara's Office, the city's administration.\n\n"
            "\"Cities solve problems faster than any ministry can,\" the mayor said.")
    assert proposed.quotes(body, DAY) == []


def test_the_state_a_title_is_of_names_the_country_minister():
    # plant: _state_of_title returns []
    text = ("Minister Ömer Bolat received Serik Zhumangarin, Minister of National Economy of the Republic of Kazakhstan, "
            "in Ankara.\n\n\"Our routes across the Caspian make balanced trade possible,\" the Kazakh minister added.")
    assert proposed.quotes(text, DAY) == [("Serik Zhumangarin", "Our routes across the Caspian make balanced trade possible")]
    # an ambassador "to" a state is not that state's
    envoy = ("Minister Ömer Bolat received Aibek Nurlanov, ambassador to Türkiye, in Ankara.\n\n"
             "\"Our routes across the Caspian make balanced trade possible,\" the Turkish minister added.")
    assert ("Aibek Nurlanov", "Our routes across the Caspian make balanced trade possible") \
        not in proposed.quotes(envoy, DAY)


def test_occasion_before_adding_that_keeps_the_speaker():
    # plant: the _EN_OCCASION_OF_ATTRIBUTION alternative dropped from quotes.ADDING_THAT
    text = ("\"We will double our trade within five years,\" President Ilham Aliyev said after his talks with "
            "Kassym-Jomart Tokayev, adding that \"the potential of our two economies is far greater.\"")
    assert proposed.quotes(text, DAY) == [("Ilham Aliyev", "We will double our trade within five years"),
                                          ("Ilham Aliyev", "the potential of our two economies is far greater.")]
    # a clause, not an occasion, between: "after X said" makes the partial quote no one's for sure
    clause = ("\"We will double our trade within five years,\" President Ilham Aliyev said after Kassym-Jomart Tokayev "
              "spoke, adding that \"the potential of our two economies is far greater.\"")
    assert ("Ilham Aliyev", "the potential of our two economies is far greater.") not in proposed.quotes(clause, DAY)


def test_occasion_and_pronoun_before_a_second_partial_quote():
    # plant: the occasion-and-pronoun group dropped from quotes._AND_NAMING_GAP
    text = ("President Shavkat Mirziyoyev has often called Hungary \"a reliable partner in Europe,\" and at a recent "
            "forum in Samarkand he urged investors to \"build factories, not only warehouses.\"")
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "a reliable partner in Europe"),
                                          ("Shavkat Mirziyoyev", "build factories, not only warehouses.")]
    # another person's clause between is not his
    other = ("President Shavkat Mirziyoyev has often called Hungary \"a reliable partner in Europe,\" and analysts "
             "say Viktor Orbán urged investors to \"build factories, not only warehouses.\"")
    assert ("Shavkat Mirziyoyev", "build factories, not only warehouses.") not in proposed.quotes(other, DAY)


def test_own_participle_clause_before_the_next_quote():
    # plant: the _EN_OWN_PARTICIPLE_CLAUSE strip dropped from quotes._attribution_ended
    text = ("\"Georgia is our gateway to the Black Sea ports,\" Minister Arman Shakkaliyev said, noting that trade "
            "with Georgia had passed $300 million. \"We would like to see it doubled.\"")
    assert proposed.quotes(text, DAY) == [("Arman Shakkaliyev", "Georgia is our gateway to the Black Sea ports"),
                                          ("Arman Shakkaliyev", "We would like to see it doubled.")]
    # a clause naming someone else leaves the next quote no one's
    other = ("\"Georgia is our gateway to the Black Sea ports,\" Minister Arman Shakkaliyev said, noting that "
             "Irakli Kobakhidze had promised support. \"We would like to see it doubled.\"")
    assert proposed.quotes(other, DAY) == [("Arman Shakkaliyev", "Georgia is our gateway to the Black Sea ports")]


def test_capitalised_title_opening_a_sentence_about_the_next_speaker():
    # plant: the _CAPITALISED_TITLES alternative dropped from quotes._TITLE_NAME_APPOSITIVE
    text = ("Speaking at the forum, the head of a Turkish textile firm, Ahmet Yılmaz, said the firm would grow. "
            "\"We see Uzbekistan as a platform for the region,\" he said.\n\n"
            "The Chairman of the Management Board of Uzbekinvest, Botir Karimov, noted that exports had doubled. "
            "\"Our task is to turn these contacts into supply chains,\" he said.")
    assert proposed.quotes(text, DAY)[1] == ("Botir Karimov", "Our task is to turn these contacts into supply chains")


def test_according_to_makes_the_one_of_two_speakers():
    # plant: the last-speaker choice dropped from people.Resolver._en_one_titled
    # plant: the "According to " branch dropped from quotes._reported_speech
    text = ("Speaker of the Legislative Chamber Nuriddin Ismoilov held talks with Speaker of the National Assembly "
            "László Kövér.\n\n\"We are connected by a common history of many centuries,\" the Hungarian Speaker "
            "said.\n\nAccording to Ismoilov, the parliaments will support the commissions.\n\n"
            "\"Our task is to remove the barriers that business faces,\" the Speaker said.")
    assert proposed.quotes(text, DAY)[-1] == ("Nuriddin Ismoilov", "Our task is to remove the barriers that business faces")


def test_short_answer_then_the_rest_of_it():
    # plant: _short_answer_speaker returns None
    text = ("Asked what slows trade most, the minister did not hesitate.\n\n"
            "\"Border queues,\" Bakhtiyor Saidov replied. \"A truck can wait a week for one stamp at the border.\"")
    assert proposed.quotes(text, DAY) == [("Bakhtiyor Saidov", "A truck can wait a week for one stamp at the border.")]
    # running text between the answer and the quote leaves it no one's
    other = ("Asked what slows trade most, the minister did not hesitate.\n\n"
             "\"Border queues,\" Bakhtiyor Saidov replied. Traders disagree. \"A truck can wait a week for one stamp.\"")
    assert proposed.quotes(other, DAY) == []
