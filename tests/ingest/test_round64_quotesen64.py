"""Sixty-fourth round, quotesen64 (docs/extraction.md: quotes.py): the forms behind the dev/1051, 1055 and 1061 misses,
told in short invented sentences. A paragraph opened by a state's head of government by that title ("The Kyrgyz head
of government struck a warm tone.") before a quote running over paragraphs to "he told reporters" (1051); a naming
verb's "as being" with a preposition before the partial quote ("described relations as being at “…”", 1051); a
participle of telling with its addressee before a partial quote (", telling Eurasian Wire that … “…”", 1061); and the
agent of a participle on a noun ("the goal set by Prime Minister X and President Y"), who is no speaker of the
sentence, in a reported clause (1061) and in the sentence before "In his words" (1055). Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 12, 10)
LATER = date(2026, 2, 19)
KG_KZ_LEAD = ("ASTANA — Adylbek Kasymaliyev, Chairman of the Cabinet of Ministers of Kyrgyzstan, held talks with "
              "Kazakh Prime Minister Olzhas Bektenov on Wednesday.\n\n"
              "\"Our two countries are bound by water, roads and a long shared history,\" Bektenov said.\n\n")


# plant: the _EN_THE_STATE_HEAD_OF_GOVERNMENT_OPENING branch dropped from quotes._paragraph_subjects
def test_a_paragraph_opened_by_a_states_head_of_government_by_title():
    text = KG_KZ_LEAD + ("The Kyrgyz head of government answered in kind. \"We have cleared the queues at the border "
                         "crossings this year. Still, much remains to be done.\n\n\"Our aim is a freight hub on each "
                         "side of the frontier,\" he told journalists.")
    assert proposed.quotes(text, DAY)[1] == (
        "Adylbek Kasymaliyev", "We have cleared the queues at the border crossings this year. Still, much remains to "
        "be done. Our aim is a freight hub on each side of the frontier")
    possessive = KG_KZ_LEAD + ("Kyrgyzstan's head of government also spoke of the railway. \"The line to the south "
                               "will carry grain and coal within two years,\" he said.")
    assert proposed.quotes(possessive, DAY)[1] == (
        "Adylbek Kasymaliyev", "The line to the south will carry grain and coal within two years")
    # the title of the state's premier who spoke before keeps him
    same = KG_KZ_LEAD + ("The Kazakh head of government went on. \"The new checkpoints will open before the spring "
                         "sowing begins,\" he said.")
    assert proposed.quotes(same, DAY)[1][0] == "Olzhas Bektenov"


# plant: _EN_AS_HAVING_END back to r"\sas\s+(?:having|being)(?:\s+been)?\s*$" (no preposition after the participle)
def test_described_as_being_and_a_preposition_before_the_partial_quote():
    lead = ("ASTANA — President Kassym-Jomart Tokayev received Kyrgyz Chairman of the Cabinet of Ministers Adylbek "
            "Kasymaliyev at the Akorda on Wednesday.\n\n")
    text = lead + ("Tokayev described the partnership as being at \"a level of real trust between our peoples\", "
                   "according to the presidential press office.")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "a level of real trust between our peoples")]
    within = lead + ("Tokayev characterised the water talks as being within \"a step or two of a final deal on the "
                     "reservoirs\".")
    assert proposed.quotes(within, DAY) == [("Kassym-Jomart Tokayev", "a step or two of a final deal on the "
                                                                       "reservoirs")]


# plant: {_EN_TELLING_THAT} dropped from quotes._PARTICIPLE_CLAUSE
def test_a_participle_of_telling_and_its_addressee_before_the_partial_quote():
    lead = "BUDAPEST — Hungary's trade with Türkiye hit a record in 2025, official data showed on Thursday.\n\n"
    text = lead + ("Foreign Minister Péter Szijjártó welcomed the data, telling state radio that the partnership had "
                   "\"grown into one of our most valuable\" and that more deals would follow.")
    assert proposed.quotes(text, LATER) == [("Péter Szijjártó", "grown into one of our most valuable")]
    assuring = lead + ("Foreign Minister Péter Szijjártó praised the exporters, assuring his Turkish hosts that "
                       "Budapest would \"keep every door open for Turkish investors\".")
    assert proposed.quotes(assuring, LATER) == [("Péter Szijjártó", "keep every door open for Turkish investors")]


# plant: _en_without_bystanders returning `words` unchanged (the agent phrase left in)
def test_the_agent_of_a_participle_on_a_noun_in_a_reported_clause_is_no_speaker():
    lead = ("BUDAPEST — \"Our exporters have never had a better year in the Turkish market,\" Foreign Minister Péter "
            "Szijjártó said on Thursday.\n\n")
    text = lead + ("He added that the target agreed by Prime Minister Viktor Orbán and President Recep Tayyip Erdoğan "
                   "was \"well within our reach before the decade ends,\" though he named no date.")
    assert ("Péter Szijjártó", "well within our reach before the decade ends") in proposed.quotes(text, LATER)
    drawn = lead + ("He said that the roadmap drawn up by President Recep Tayyip Erdoğan and Prime Minister Viktor "
                    "Orbán would \"bring our railways and ports much closer\".")
    assert ("Péter Szijjártó", "bring our railways and ports much closer") in proposed.quotes(drawn, LATER)


# plant: the _EN_AGENT_PHRASE cut of `previous` dropped from quotes._according_speaker
def test_the_agent_of_a_participle_on_a_noun_before_in_his_words_is_no_speaker():
    words = ("ANKARA — Foreign Minister Péter Szijjártó met Turkish exporters on Thursday.\n\nSzijjártó said Hungary "
             "backed the goal set by Presidents Recep Tayyip Erdoğan and Shavkat Mirziyoyev of a wider corridor. In "
             "his words, Budapest could \"triple its freight to the east within five years\" if the route opens.")
    assert proposed.quotes(words, LATER) == [("Péter Szijjártó", "triple its freight to the east within five years")]
    # a passive's agent is a person of the sentence: two named before "his", no guess
    passive = ("ANKARA — Foreign Minister Péter Szijjártó met Turkish exporters on Thursday.\n\nSzijjártó was received "
               "by President Recep Tayyip Erdoğan at the palace. In his words, Budapest could \"triple its freight to "
               "the east within five years\" if the route opens.")
    assert proposed.quotes(passive, LATER) == []
