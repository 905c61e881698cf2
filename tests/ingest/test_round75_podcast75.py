"""Seventy-fifth round, podcast75 (docs/extraction.md: quotes.py, figures.py, visits.py): the forms behind the dev/1189
misses (an English podcast transcript), told in short invented texts. A legend naming the host by his initials ("Host:
X Y (XY). Guests: …") makes the host's lines under those initials no answer, though they follow a guest's remark;
another side's count of the figure just told, a few sentences on, naming its year ("On our side the figure for 2025 is
just over …"); and a minister's visit told as opening his state's trade house or consulate in a foreign city. Each
test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 2, 11)
HU_UZ = proposed.pair("Hungary", "Uzbekistan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")

PODCAST = ("Trade Talk, Episode 12: Kazakhstan and Türkiye\n\n"
           "Host: Gábor Fehérvári (GF). Guests: Aliya Nurbekova (AN), an economist in Almaty; Mert Kalkan (MK), "
           "an analyst in Istanbul.\n\n"
           "GF: Welcome to the show. Aliya, where does the trade stand?\n\n"
           "AN: It keeps growing, and the big projects in logistics are only now starting to pay off for both "
           "sides.\n\n"
           "GF: Mert, you travelled to Almaty with the delegation in the spring.\n\n"
           "MK: I did, and the mood among the business people there was better than I had expected to find.\n\n"
           "GF: Aliya Nurbekova, Mert Kalkan, thank you both for coming to the studio today.")


# plant: _legend_host_initials's call dropped from quotes._en_initials_answer
def test_the_hosts_lines_under_the_legends_initials_are_no_quotes():
    said = proposed.quotes(PODCAST, DAY)
    assert ("Aliya Nurbekova", "It keeps growing, and the big projects in logistics are only now starting to pay off "
            "for both sides.") in said
    assert ("Mert Kalkan", "I did, and the mood among the business people there was better than I had expected to "
            "find.") in said
    assert not [speaker for speaker, _ in said if speaker == "Gábor Fehérvári"]
    moderated = PODCAST.replace("Host: Gábor Fehérvári (GF)", "Moderator: Gábor Fehérvári (GF)")
    assert not [speaker for speaker, _ in proposed.quotes(moderated, DAY) if speaker == "Gábor Fehérvári"]


# plant: the "on … side" lead dropped from figures._FIGURE_BACK (so too, apart: _YEAR_NAMED_BACK back to 3)
def test_the_other_sides_count_of_the_figure_a_few_sentences_on():
    text = ("Hungary and Uzbekistan.\n\nAN: Last year our trade with Uzbekistan came to about 500 million dollars. "
            "That is a lot.\n\nMK: One remark. Their office counts it another way, because goods pass through Vienna. "
            "On their side the figure for 2025 is just over 420 million dollars.")
    assert (HU_UZ, "2025", "turnover", 420.0, "over", "") in proposed.trade(text, DAY)
    other = ("Hungary and Uzbekistan.\n\nLast year trade between Hungary and Uzbekistan came to about 500 million "
             "dollars. Tashkent sees it otherwise. Its committee leaves out goods sent through Austria. "
             "On the Uzbek side, the figure for 2025 was about 430 million dollars.")
    assert (HU_UZ, "2025", "turnover", 430.0, "about", "") in proposed.trade(other, DAY)


# plant: the who4/where4 alternative dropped from visits._SPOKE_AT
def test_a_minister_opening_his_states_trade_house_abroad_visits():
    text = ("Hungary and Uzbekistan.\n\nForeign Minister Péter Szijjártó spoke of new markets.\n\n"
            "On 27 January Minister Szijjártó opened the Hungarian trade house in Samarkand, and the two sides "
            "signed two agreements.")
    assert proposed.visits(text, DAY) == [("Péter Szijjártó", "Uzbekistan", "2026-01-27", "Samarkand", "other")]
    other = ("Kazakhstan and Türkiye.\n\nKazakh Foreign Minister Murat Nurtleu opened the new consulate of Kazakhstan "
             "in Izmir on 3 February.")
    assert proposed.visits(other, DAY) == [("Murat Nurtleu", "Türkiye", "2026-02-03", "Izmir", "other")]
