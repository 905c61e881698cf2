"""Sixty-ninth round, quotesen69 (docs/extraction.md: quotes.py, money.py, visits.py): the forms behind the dev/1110 and
dev/1121 misses, told in short invented sentences. A quote paragraph with no attribution whose next paragraph opens
"The minister said this after his talks with …" (1110: the minister, not the host the sentence names); a title and a
surname alone ("Foreign Minister X visited …") is no newcomer whom a later "the minister said" means (1110); "more than
doubled" is growth 100 of the figure it describes (1110); a quote told inside a leader's quote in single marks after
"X once told me," (1121); the speaker told after reported words, then "calling the partnership “…”" (1121); a sentence
opening "For X," makes X whom "he" means next (1121); and a later visit of another visitor told with what he did there
(", where he pitched …") in a report that counted the first visit's signing signed none (1121). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 10, 14)
LATER = date(2026, 9, 18)
HU_TJ = proposed.pair("Hungary", "Tajikistan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")


# plant: the _en_said_this_next call dropped from quotes.find_quotes
def test_the_minister_said_this_in_the_next_paragraph():
    text = ("Hungary and Tajikistan signed three agreements in Dushanbe on Tuesday during the visit of Minister of "
            "Foreign Affairs and Trade Péter Szijjártó.\n\n“Central Asia is no longer a distant region for our "
            "companies, and we intend to be present in every one of its states.”\n\nThe minister said this after his "
            "talks with Tajik Foreign Minister Sirojiddin Muhriddin in the Tajik capital.")
    assert ("Péter Szijjártó", "Central Asia is no longer a distant region for our companies, and we intend to be "
            "present in every one of its states.") in proposed.quotes(text, DAY)
    assert all(speaker != "Sirojiddin Muhriddin" for speaker, _ in proposed.quotes(text, DAY))
    other = ("President Ilham Aliyev received Uzbek Prime Minister Abdulla Aripov in Baku on Monday.\n\n“The Middle "
             "Corridor will carry twice as much cargo within three years, and we are ready for it.”\n\nAliyev made "
             "these remarks at the opening of the Baku transport forum.")
    assert [speaker for speaker, _ in proposed.quotes(other, DAY)] == ["Ilham Aliyev"]


# plant: quotes._titled_surname_alone returning False
def test_a_title_and_a_surname_alone_is_no_newcomer():
    text = ("Minister of Foreign Affairs and Trade Péter Szijjártó held talks in Dushanbe with Tajik Foreign Minister "
            "Sirojiddin Muhriddin on Tuesday.\n\n“We want to double our trade within three years,” Mr Szijjártó "
            "said.\n\nWe recall that Foreign Minister Muhriddin visited Budapest last spring. According to the "
            "minister, the next session of the joint commission will be held in Budapest.\n\n“In a world of wars, it "
            "is worth a great deal when two countries talk about water and students,” the minister said before "
            "leaving for Tashkent.")
    said = proposed.quotes(text, DAY)
    assert [speaker for speaker, _ in said] == ["Péter Szijjártó", "Péter Szijjártó"]
    other = ("Minister of Foreign Affairs and Trade Péter Szijjártó met Tajik Foreign Minister Sirojiddin Muhriddin in "
             "Dushanbe.\n\n“Our companies are ready to build irrigation systems here,” Mr Szijjártó said.\n\nLast "
             "year Minister Muhriddin travelled to Hungary for the first time.\n\n“It is an ambitious plan, but a "
             "realistic one,” the minister added.")
    assert [speaker for speaker, _ in proposed.quotes(other, DAY)] == ["Péter Szijjártó", "Péter Szijjártó"]


# plant: "more than" before a multiple makes money._multiple_growth return None (an approximate word tells no rate)
def test_more_than_doubled_is_growth_100():
    text = "Last year, trade between Hungary and Tajikistan more than doubled, reaching 38 million dollars."
    assert proposed.trade(text, DAY) == [(HU_TJ, "2024", "turnover", 38.0, "exact", "100")]
    other = "Trade between Azerbaijan and Uzbekistan more than tripled in 2024 to $300 million."
    assert proposed.trade(other, DAY) == [(AZ_UZ, "2024", "turnover", 300.0, "exact", "200")]
    # round 86: a multiple told as nearly reached tells its rate too (docs/annotating.md)
    nearly = "Last year, trade between Hungary and Tajikistan nearly doubled, reaching 38 million dollars."
    assert proposed.trade(nearly, DAY) == [(HU_TJ, "2024", "turnover", 38.0, "exact", "100")]


# plant: the _en_told_inside_quote_speakers call dropped from quotes.find_quotes
def test_a_quote_told_inside_a_leaders_quote():
    text = ("Speaking at a dinner in April, Ilham Aliyev recalled their first meeting: \"My friend Sadyr Japarov once "
            "told me, 'Kyrgyz rivers and Azerbaijani oil can warm the whole region,' and I think he was right.\"")
    said = proposed.quotes(text, LATER)
    assert ("Sadyr Japarov", "Kyrgyz rivers and Azerbaijani oil can warm the whole region") in said
    assert [speaker for speaker, _ in said] == ["Ilham Aliyev", "Sadyr Japarov"]
    other = ("“Shavkat Mirziyoyev said to us, 'The Caspian route must work every single day of the year,' and we "
             "agreed with him,” Kassym-Jomart Tokayev said in Aktau.")
    said = proposed.quotes(other, LATER)
    assert ("Shavkat Mirziyoyev", "The Caspian route must work every single day of the year") in said
    assert [speaker for speaker, _ in said] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


# plant: quotes._en_inverted_said_then_naming returning None
def test_the_speaker_told_after_the_words_then_calling():
    text = ("Trade could reach $250 million within three years if the ferry link works, the fund's director, Ruslan "
            "Mamytov, said in an interview, calling the partnership “the quiet success story of the region”.")
    assert proposed.quotes(text, LATER) == [("Ruslan Mamytov", "the quiet success story of the region")]
    other = ("Exports of Kyrgyz fruit could double by 2028, Aidai Sarybaeva told reporters in Bishkek, describing the "
             "new cargo flights as “a turning point for small exporters”.")
    assert proposed.quotes(other, LATER) == [("Aidai Sarybaeva", "a turning point for small exporters")]


# plant: the "For X," branch dropped from quotes._paragraph_subjects
def test_for_a_person_opening_the_sentence_is_whom_he_means():
    text = ("President Sadyr Japarov visited Baku in April.\n\n“Our trade must grow to match our politics,” Japarov "
            "said.\n\n“The figures flatter the relationship, because the base is very low,” economist Ruslan "
            "Mamytov said.\n\nFor Japarov, the stakes are practical. “We need roads, pipes and planes,” he told "
            "reporters on his return.")
    said = proposed.quotes(text, LATER)
    assert ("Sadyr Japarov", "We need roads, pipes and planes") in said
    other = ("President Sadyr Japarov visited Baku in April.\n\n“Our trade must grow to match our politics,” Japarov "
             "said.\n\n“Nobody should expect miracles from one route,” analyst Ruslan Mamytov said.\n\nFor President "
             "Japarov, the issue is one of jobs. “Every new truck means work for our people,” he said.")
    said = proposed.quotes(other, LATER)
    assert ("Sadyr Japarov", "Every new truck means work for our people") in said


# plant: visits._none_signed_unless_told's call dropped from find_visits (before round 71, docs0:
# visits._another_visitor_with_nothing_signed returning False)
def test_another_visitors_account_with_nothing_signed():
    text = ("Japarov arrived in Baku on April 8 for a two-day working visit. The talks ended with the signing of six "
            "documents.\n\nKyrgyz Prime Minister Adylbek Kasymaliyev came to Baku on June 3 for Baku Energy Week, "
            "where he pitched a hydropower project to Azerbaijani investors. Not everyone is convinced.")
    assert proposed.documents(text, LATER) == ["6", "0"]
    other = ("Japarov arrived in Baku on April 8 for a two-day working visit. The talks ended with the signing of six "
             "documents.\n\nKyrgyz Prime Minister Adylbek Kasymaliyev travelled to Baku on June 3 for an energy "
             "conference, where he presented the country's water plans. The figures are modest.")
    assert proposed.documents(other, LATER) == ["6", "0"]
    # a trip told in passing signed none too (round 71, docs0: dev/218's gold now 0)
    passing = ("Japarov arrived in Baku on April 8 for a two-day working visit. The talks ended with the signing of "
               "six documents.\n\nKyrgyz Prime Minister Adylbek Kasymaliyev held talks in Baku on June 3.")
    assert proposed.documents(passing, LATER) == ["6", "0"]
