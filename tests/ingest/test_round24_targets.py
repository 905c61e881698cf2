"""Twenty-fourth round, trade targets (docs/extraction.md: figures.py): the forms behind the dev/243–277 target misses
and the probes' failures, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_two_office_holders_joined_who_set_a_target_give_its_pair():
    # plant: `_PEOPLE_JOINED.fullmatch(lead, m1.end(), m2.start())` replaced by `False` in figures._setters_pair
    before = "Trade between Azerbaijan and Türkiye reached $7 billion in 2025. "
    text = before + "Tokayev and Japarov agreed to keep working towards their goal of $3 billion in annual trade."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "")]
    text = ("Azərbaycan ilə Türkmənistan arasında ticarət dövriyyəsi ötən il 300 milyon dollar olub. İlham Əliyev və "
            "Sadır Japarov ticarət dövriyyəsini 500 milyon dollara çatdırmaq məqsədini qoyublar.")
    assert _targets(text) == [(_pair("Azerbaijan", "Kyrgyzstan"), 500.0, "")]
    # the two states the sentence names stay its pair: the two leaders only welcomed another pair's plan
    text = before + "Tokayev and Japarov welcomed plans to lift trade between Uzbekistan and Tajikistan to $2 billion."
    assert _targets(text) == [(_pair("Uzbekistan", "Tajikistan"), 2000.0, "")]


def test_a_speakers_we_with_an_office_holder_is_the_two_states():
    # plant: `_WE_WITH.search(lead, max(0, m.start() - 30), m.start()) or ` dropped from figures._setters_pair
    before = "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,1 млрд долларов. "
    text = before + ("«Мы с Ильхамом Алиевым поставили цель довести товарооборот до 1 миллиарда долларов к 2030 году», "
                     "– сказал Мирзиёев.")
    assert _targets(text) == [(_pair("Azerbaijan", "Uzbekistan"), 1000.0, "2030")]
    # "we" alone goes on with the trade just told
    text = before + "«Мы поставили цель довести товарооборот до 10 миллиардов долларов к 2030 году», – сказал Мирзиёев."
    assert _targets(text) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "2030")]


def test_a_sentence_with_no_pair_but_the_two_who_set_a_target_is_read_for_the_target_only():
    # plant: the `if pair is None and (pair := _setters_pair(…))` block dropped from figures.find_figures
    text = "Tokayev and Japarov instructed their governments to raise trade to $3 billion by 2028."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "2028")]
    # a figure the two tell is none of theirs: whose trade it is, the sentence does not say
    text = "Tokayev and Japarov said trade had reached $2 billion last year."
    assert _targets(text) == [] and proposed.trade(text, DAY) == []


def test_the_subject_office_holder_and_the_one_state_named():
    # plant: the `len(set(codes)) == 1 and runs and runs[0][0].start() <= SUBJECT_AT_MOST` branch dropped from
    # figures._setters_pair
    text = ("Cumhurbaşkanı Erdoğan, Kazakistan ile ticaret hacmini 2030'a kadar 10 milyar dolara çıkarmayı "
            "hedeflediklerini söyledi.")
    assert _targets(text) == [(_pair("Türkiye", "Kazakhstan"), 10000.0, "2030")]
    # the subject's name does not open the sentence: no pair of his
    text = ("Kazakistan ile ticaret hacmini 2030'a kadar 10 milyar dolara çıkarmayı hedeflediklerini söyleyen "
            "Cumhurbaşkanı Erdoğan, Astana'ya gitti.")
    assert _targets(text) == []


def test_a_further_target_listed_with_its_own_partner():
    # plant: `_listed_target_partner` made to return None at its start in figures
    text = "Türkiye, Azerbaycan ile ticaret hacmini 15 milyar dolara, Türkmenistan ile ise 5 milyar dolara çıkarmayı hedefliyor."
    assert set(_targets(text)) == {(_pair("Türkiye", "Azerbaijan"), 15000.0, ""),
                                   (_pair("Türkiye", "Turkmenistan"), 5000.0, "")}
    text = "Uzbekistan hopes to raise trade with Azerbaijan to $1 billion and with Turkey to $5 billion."
    assert set(_targets(text)) == {(_pair("Uzbekistan", "Azerbaijan"), 1000.0, ""),
                                   (_pair("Uzbekistan", "Türkiye"), 5000.0, "")}
    # a second amount with no state of its own keeps the first one's pair
    text = "Uzbekistan hopes to raise trade with Azerbaijan to $1 billion by 2027 and to $2 billion by 2030."
    assert set(_targets(text)) == {(_pair("Uzbekistan", "Azerbaijan"), 1000.0, "2027"),
                                   (_pair("Uzbekistan", "Azerbaijan"), 2000.0, "2030")}
