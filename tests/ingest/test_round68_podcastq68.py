"""Sixty-eighth round, podcastq68 (docs/extraction.md: quotes.py): the forms behind the dev/1109 misses, told in short
invented sentences. A podcast's transcript under role labels, "HOST: … I'm X Y. … Z W is … . Z, welcome." / "GUEST:
…": every guest paragraph of 4 words or more is the guest's, the one person the host names in full and addresses by
the given name (not the host himself, nor the show's name); and a leader's partial quote inside a guest answer, after
a sentence opening with his surname and then "He told … that "…"", is that leader's, the role label no part of the
sentence. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 1)
PODCAST = ("Caspian Hour, Episode 12: What next for the Middle Corridor?\n\n"
           "HOST: Welcome to Caspian Hour, the show about trade on the Silk Road. I'm Peter Lowell. My guest is "
           "Aigerim Sadykova, an economist at a think tank in Astana. Aigerim, welcome.\n\n"
           "GUEST: Thank you, Peter. It is good to be here.\n\n"
           "HOST: How busy is the corridor now?\n\n"
           "GUEST: Busier than ever, though the ports are still too slow for the cargo they get.\n\n"
           "GUEST: And the railways need new wagons before the next harvest comes in.\n\n"
           "HOST: Aigerim Sadykova, thank you.\n\n"
           "GUEST: Thanks, Peter.")
INTERVIEW = ("Talking Borders, 3 March\n\n"
             "Interviewer: Today we talk about ferries. With me is Murat Ozkan, who runs a shipping line in Baku. "
             "Murat, thanks for coming.\n\n"
             "Guest: My pleasure, really, I have wanted to talk about this for years.\n\n"
             "Interviewer: Are the ferries full?\n\n"
             "Guest: Full every week, and we could fill twice as many if the port allowed it.")


# plant: _podcast_guest returning None (so too, apart: its `run.split()[0] in addressed` check dropped, the host
# "I'm Peter Lowell" named too, two names: no one's)
def test_a_guest_answer_under_a_role_label_is_the_guests():
    assert proposed.quotes(PODCAST, DAY) == [
        ("Aigerim Sadykova", "Thank you, Peter. It is good to be here."),
        ("Aigerim Sadykova", "Busier than ever, though the ports are still too slow for the cargo they get."),
        ("Aigerim Sadykova", "And the railways need new wagons before the next harvest comes in.")]
    assert proposed.quotes(INTERVIEW, DAY) == [
        ("Murat Ozkan", "My pleasure, really, I have wanted to talk about this for years."),
        ("Murat Ozkan", "Full every week, and we could fill twice as many if the port allowed it.")]


# plant: _podcast_guest's `run.split()[0] in addressed` check dropped (the host's turn naming one person in full)
def test_a_guest_the_host_never_addresses_is_no_one():
    text = ("Caspian Hour, Episode 13\n\n"
            "HOST: Welcome back. I'm Peter Lowell, and Aigerim Sadykova is in the studio again with Dana Berg.\n\n"
            "HOST: What changed this month?\n\n"
            "GUEST: Very little changed, and the ports are still too slow.")
    assert proposed.quotes(text, DAY) == []
    alone = ("Steppe Signals, Episode 4\n\n"
             "HOST: Welcome back to the show. Aigerim Sadykova sent us a long letter about the ports this week.\n\n"
             "HOST: So what is your answer to her?\n\n"
             "GUEST: The ports are slow because nobody wants to pay for the new cranes.")
    assert proposed.quotes(alone, DAY) == []


# plant: _without_role_label returning `before` unchanged
def test_a_leaders_partial_quote_inside_a_guest_answer_is_the_leaders():
    text = PODCAST.replace("GUEST: And the railways need new wagons before the next harvest comes in.",
                           'GUEST: Mirziyoyev took a harder line. He told the summit that "the wagons must roll '
                           'before the harvest", and he meant it.')
    found = proposed.quotes(text, DAY)
    assert ("Shavkat Mirziyoyev", "the wagons must roll before the harvest") in found
    assert ("Aigerim Sadykova", 'Mirziyoyev took a harder line. He told the summit that "the wagons must roll '
                                'before the harvest", and he meant it.') in found
    other = PODCAST.replace("GUEST: And the railways need new wagons before the next harvest comes in.",
                            'GUEST: Tokayev was blunter still. He warned the ministers that "slow ports will '
                            'cost us the cargo" this winter.')
    assert ("Kassym-Jomart Tokayev", "slow ports will cost us the cargo") in proposed.quotes(other, DAY)
