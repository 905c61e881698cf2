"""Forty-seventh round, English quotes and speakers (docs/extraction.md: people.py, quotes.py): the forms behind the
dev/822, 829, 836 and 842 misses and the failures the probes found, told in short invented sentences. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 6, 10)
WORDS = "Our two peoples share one history and one future, and our trade must grow with it"
Q = f"“{WORDS},”"


def test_a_place_or_body_named_after_a_person_names_no_speaker():
    # plant: _namesake_at returning False
    airport = (f"President Ilham Aliyev received the guests in Baku. They were met at Heydar Aliyev International "
               f"Airport by the premier. {Q} Aliyev said.")
    assert proposed.quotes(airport, DAY) == [("Ilham Aliyev", WORDS)]
    foundation = (f"President Ilham Aliyev met the delegation. The Heydar Aliyev Foundation hosted a concert. {Q} "
                  "Aliyev said.")
    assert proposed.quotes(foundation, DAY) == [("Ilham Aliyev", WORDS)]
    congress = f"President Ilham Aliyev opened the summit at the Heydar Aliyev Congress Center. {Q} Aliyev said."
    assert proposed.quotes(congress, DAY) == [("Ilham Aliyev", WORDS)]
    # a person named in full before a body of his own stays the speaker ("an analyst at the Baku Centre")
    analyst = f"Rovshan Aliyev, an analyst at the Baku Centre, was sceptical. {Q} Aliyev said."
    assert proposed.quotes(analyst, DAY) == [("Rovshan Aliyev", WORDS)]


def test_a_name_after_named_after_or_a_grave_is_no_speaker():
    # plant: the _NAMESAKE_BEFORE search dropped from _namesake_at
    street = (f"President Ilham Aliyev arrived in Astana. He opened a street named after Heydar Aliyev. {Q} "
              f"Aliyev said.")
    assert proposed.quotes(street, DAY) == [("Ilham Aliyev", WORDS)]
    grave = f"President Ilham Aliyev laid a wreath at the grave of national leader Heydar Aliyev. {Q} Aliyev said."
    assert proposed.quotes(grave, DAY) == [("Ilham Aliyev", WORDS)]


def test_a_turkish_park_named_after_a_person_names_no_speaker():
    # plant: "Parkı" dropped from people._NAMESAKE_NOUNS
    text = ("Cumhurbaşkanı İlham Aliyev, Ankara'da Haydar Aliyev Parkı'nı ziyaret etti. Aliyev, \"İki halkımız aynı "
            "tarihi ve aynı geleceği paylaşıyor, ticaretimiz de büyümeli\" dedi.")
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Ilham Aliyev"]


def test_a_bare_title_subject_before_anyone_spoke_is_the_one_he_means():
    # plant: the _EN_BARE_TITLE_SUBJECT branch dropped from quotes._paragraph_subjects
    text = f"Hakan Fidan arrived in Baku on Monday.\n\nAt the press conference, the minister was direct. {Q} he said."
    assert proposed.quotes(text, DAY) == [("Hakan Fidan", WORDS)]
    president = f"President Sadyr Japarov received the guests in Bishkek.\n\nThe president was upbeat. {Q} he said."
    assert proposed.quotes(president, DAY) == [("Sadyr Japarov", WORDS)]
    # two ministers named: the bare title means neither
    two = f"Hakan Fidan met Jeyhun Bayramov in Baku.\n\nThe minister was direct. {Q} he said."
    assert proposed.quotes(two, DAY) == []


def test_a_surname_in_the_paragraph_before_a_quote_paragraph_is_the_one_named_in_full_earlier():
    # plant: _before_previous_paragraph returning ""
    text = ("Mayor Nurlan Abenov led the delegation. The hosts were led by the deputy hokim of Fergana, Ulugbek "
            "Tursunov.\n\n“Ferries must run daily and our ports must grow with the trade we now see,” Abenov said.\n\n"
            f"Tursunov said the region was ready. He offered land.\n\n{Q} he said.")
    assert proposed.quotes(text, DAY) == [("Nurlan Abenov", "Ferries must run daily and our ports must grow with the "
                                                             "trade we now see"), ("Ulugbek Tursunov", WORDS)]


def test_said_is_a_surname_as_well():
    # plant: "said" put back into people._TITLE_WORDS
    text = f"The delegation met the head of the district, Rustam Said. {Q} Said said."
    assert proposed.quotes(text, DAY) == [("Rustam Said", WORDS)]
    opening = (f"The delegation met the head of the district, Rustam Said.\n\nSaid, for his part, invited investors. "
               f"{Q} he said.")
    assert proposed.quotes(opening, DAY) == [("Rustam Said", WORDS)]
    # the verb opening a sentence names no one
    verb = (f"Minister Hakan Fidan arrived in Baku. {Q} Fidan said. Said the minister: “We will open a new consulate "
            "in Ganja next year.”")
    assert ("Hakan Fidan", WORDS) in proposed.quotes(verb, DAY)
    assert all(speaker == "Hakan Fidan" for speaker, _ in proposed.quotes(verb, DAY))


def test_a_demonym_and_title_mean_the_one_whose_title_names_a_city_of_that_state():
    # plant: _titled_state returning person.iso3
    text = ("Izmir Mayor Cemil Tugay met the akim of Almaty, Yerbolat Dossayev. “The Silk Road was never only a road "
            f"of goods; it was a road of friendship and trust,” Dossayev said. {Q} the Turkish mayor said.")
    assert proposed.quotes(text, DAY) == [("Yerbolat Dossayev", "The Silk Road was never only a road of goods; it was "
                                                                "a road of friendship and trust"),
                                          ("Cemil Tugay", WORDS)]
