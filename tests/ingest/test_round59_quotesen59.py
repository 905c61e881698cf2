"""Fifty-ninth round, English quotes (docs/extraction.md: quotes.py, people.py): the forms behind the dev/995, 997 and
1000 misses, told in short invented sentences: a regional head named first with a glossed local title after him
("X Y, khokim (governor) of … region,"), whom a later "the hokim" or "the governor" means; a partial quote in a
"with" clause whose subject a lower-case word of his part introduces ("with host President X urging …"); a participle
presenting a long, hyphenated object as the quote ("presenting the Caspian-Black Sea-Europe … corridor as “…”"); and
a praise verb in a relative clause on the agent, after his office's report as an aside ("received by President X,
who, according to his press service, praised “…”"). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


def test_a_regional_head_named_before_his_glossed_local_title():
    # plant: the _EN_NAME_GLOSSED_HEAD matches dropped from people.en_glossed_region_heads
    text = ("Headline\n\nThe talks in Ganja were led by Bakhtiyor Rahimov, khokim (governor) of Uzbekistan's Fergana "
            "region, and Niyazi Bayramov.\n\nBayramov said: \"We are glad to see our friends from Fergana here.\"\n\n"
            "The hokim said the region wanted more trade. He called the deal \"a first step towards real trade\" "
            "and left.")
    assert proposed.quotes(text, DAY) == [("Niyazi Bayramov", "We are glad to see our friends from Fergana here."),
                                          ("Bakhtiyor Rahimov", "a first step towards real trade")]
    governor = ("Headline\n\nBakhtiyor Rahimov, hokim (governor) of the Fergana region, arrived in Shaki.\n\n"
                "\"Our farmers want to sell their apricots in Baku,\" the governor said.")
    assert proposed.quotes(governor, DAY) == [("Bakhtiyor Rahimov", "Our farmers want to sell their apricots in Baku")]
    # a deputy's title is not his office: "the governor" means no one
    deputy = governor.replace(", hokim", ", deputy hokim")
    assert proposed.quotes(deputy, DAY) == []


def test_a_partial_quote_in_a_with_clause_of_the_host():
    # plant: "urging" dropped from quotes._EN_WITH_SPEECH_PARTICIPLES
    text = ("Headline\n\nLeaders gathered in Astana on Friday, with host President Kassym-Jomart Tokayev urging "
            "partners to turn plans into \"factories and jobs that people can feel.\"")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "factories and jobs that people can feel.")]
    guest = ("Headline\n\nMinisters met in Baku, with visiting Foreign Minister Hakan Fidan urging the hosts to make "
             "the corridor \"a route that works every day of the year.\"")
    assert proposed.quotes(guest, DAY) == [("Hakan Fidan", "a route that works every day of the year.")]
    # a with-clause of two people and no speech gives no one the words
    couple = ("Headline\n\nMinisters met in Baku, with host President Ilham Aliyev and his wife Mehriban Aliyeva "
              "opening \"the new museum of carpets in town.\"")
    assert proposed.quotes(couple, DAY) == []


def test_a_participle_presenting_a_long_object_as_the_quote():
    # plant: the "presenting … as" alternative dropped from quotes._CALLING_END
    text = ("Headline\n\nTokayev turned to transport, presenting the Trans-Caspian International Transport Route as "
            "\"the shortest road between China and Europe.\"")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "the shortest road between China and Europe.")]
    portraying = ("Headline\n\nErdogan spoke about defence, portraying the new joint production line as \"a model "
                  "for the whole Turkic world.\"")
    assert proposed.quotes(portraying, DAY) == [("Recep Tayyip Erdoğan", "a model for the whole Turkic world.")]
    # an object that names someone else gives no one the words
    other = ("Headline\n\nErdogan focused on trade, presenting Hakan Fidan's new plan as \"a project of the whole "
             "Turkic family.\"")
    assert proposed.quotes(other, DAY) == []


def test_a_hyphenated_chain_of_regions_is_no_persons_name():
    # plant: the hyphen-split check dropped from people._body_name
    text = ("Headline\n\nOrban turned to energy, presenting the Caspian-Black Sea-Danube power cable as "
            "\"a lifeline for Hungary's energy security.\"")
    assert proposed.quotes(text, DAY) == [("Viktor Orbán", "a lifeline for Hungary's energy security.")]
    # a hyphenated given name is still a person's
    named = ("Headline\n\n\"Our two countries are brothers and partners,\" Kassym-Jomart Tokayev said.")
    assert proposed.quotes(named, DAY) == [("Kassym-Jomart Tokayev", "Our two countries are brothers and partners")]


def test_praise_in_a_who_clause_on_the_agent_after_his_offices_report():
    # plant: the praise-verb alternative dropped from quotes._who_said_verb
    text = ("Headline\n\nThe Turkish minister was later received by President Tokayev, who, according to his press "
            "service, praised \"the remarkable growth of our trade ties\" and asked for more projects.")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "the remarkable growth of our trade ties")]
    office = ("Headline\n\nThe delegation was received by President Ilham Aliyev, who, according to his office, "
              "hailed \"the new stage of our strategic partnership\".")
    assert proposed.quotes(office, DAY) == [("Ilham Aliyev", "the new stage of our strategic partnership")]
    # praise of another's words is not his own
    others = ("Headline\n\nThe delegation was received by President Japarov, who praised Erdogan's words about "
              "\"the steady growth of our mutual trade\".")
    assert proposed.quotes(others, DAY) == []
