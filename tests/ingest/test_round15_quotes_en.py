"""English quote forms of the round 15 misses (dev/162, 170), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 3, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_what_he_called_a_possessive_name():
    """"praised what he called Moscow's “…”": the speaker's own words after a possessive. Plant: the
    `[A-Z][\\w\\-]*['’]s` branch left out of `_WHAT_HE_CALLED` (no speaker)."""
    text = ("Talks in Ankara\n\n"
            "Uzbek President Shavkat Mirziyoyev met Turkish officials on Tuesday.\n\n"
            "Mirziyoyev, in turn, praised what he called Turkey's \"steady help with our railways and ports\" and "
            "said the talks had gone well.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "steady help with our railways and ports")]


def test_a_scene_setting_opening_before_the_pronoun():
    """"In a speech in Tashkent last month he described the city as “…”". Plant: `_SCENE_OPENING`'s
    pronoun look-ahead branch removed (no speaker)."""
    text = ("Caspian plans\n\n"
            "Kazakh President Kassym-Jomart Tokayev has courted investors. "
            "In a speech in Aktau last month he described the port as “the western gate of the whole region”, "
            "and new berths are being built.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "the western gate of the whole region")]


def test_a_long_participle_opening_before_the_subject():
    """"Addressing the … forum in … last week, Name called it “…”" (the opening longer than SUBJECT's own 60
    characters). Plant: `Addressing` left out of `_SCENE_OPENING` (no speaker)."""
    text = ("Forum\n\n"
            "Addressing the annual Caspian transport and logistics forum in Baku last week, Ilham Aliyev called "
            "the new ferry line “a turning point for the whole of the Middle Corridor”.")
    assert _quotes(text) == [("Ilham Aliyev", "a turning point for the whole of the Middle Corridor")]


def test_a_description_then_the_name_between_commas_after_the_quote():
    """'“…,” one grain trader, Name, told me.' Plant: `AFTER_DESCRIPTOR_NAME` not tried in `_attribute` (no
    speaker)."""
    text = ("Grain\n\n"
            "“We send wheat whichever way is cheaper this month, and that changes often,” one grain trader, "
            "Nurlan Abenov, told me.")
    assert _quotes(text) == [("Nurlan Abenov",
                              "We send wheat whichever way is cheaper this month, and that changes often")]


def test_a_description_before_the_name_of_a_place_gives_no_speaker():
    """Precision: a lower-case description and a capitalised place is no speaker ('“…,” the port, Aktau Sea
    Port, said' names an organisation the resolver does not know as a person). Plant: `resolver.resolve`
    replaced by a bare Person of the phrase (a speaker "Aktau Sea Port")."""
    text = ("Port\n\n"
            "“Our berths are full and more ferries are on their way to the port,” the operator, Aktau Sea Port, "
            "said.")
    assert [speaker for speaker, _ in _quotes(text)] in ([], [""], [None])


def test_his_office_quoted_him_as_saying():
    """"Name's office quoted him as saying that “…”": "him" is the one whose office spoke. Plant: `_OWN_OFFICE`'s
    `office` alternative removed (no speaker)."""
    text = ("Phone call\n\n"
            "The two leaders spoke by phone on Monday, their aides said. After the call, Tokayev's office quoted "
            "him as saying that “the ferry line must double its capacity within two years”.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "the ferry line must double its capacity within two years")]


def test_his_office_quoted_him_about_someone_else_gives_no_speaker():
    """Precision: the clause naming another person ('… quoted him as saying that Aliyev had called it “…”')
    is no record of his words. Plant: the `_names_someone` check in the round 15 branch dropped (Tokayev as
    speaker)."""
    text = ("Phone call\n\n"
            "After the call, Tokayev's office quoted him as saying that Ilham Aliyev had described the line as "
            "“the backbone of the whole corridor”.")
    assert ("Kassym-Jomart Tokayev", "the backbone of the whole corridor") not in _quotes(text)


def test_a_ministers_portfolio_in_lower_case_before_the_name():
    """"Uzbekistan's energy minister X Y called the plan “…”". Plant: `energy` left out of the round 15
    `_LOWER_BODY` portfolio words (no speaker)."""
    text = ("Power\n\n"
            "Uzbekistan's energy minister Jurabek Mirzamakhmudov called the plan “the cheapest way to keep the lights "
            "on in winter”.")
    assert _quotes(text) == [("Jurabek Mirzamakhmudov", "the cheapest way to keep the lights on in winter")]


def test_a_description_before_a_bodys_name_gives_no_speaker():
    """Precision: '“…,” one trader, Almaty Grain Exchange, said' names a body, not a person. Plant: the
    `_BODY_WORDS` check dropped from the `AFTER_DESCRIPTOR_NAME` branch (speaker "Almaty Grain Exchange")."""
    text = ("Grain\n\n"
            "“Prices for wheat have doubled since the spring harvest began,” one trader, Almaty Grain Exchange, said.")
    assert all(speaker != "Almaty Grain Exchange" for speaker, _ in _quotes(text))


def test_he_and_another_name_in_the_reported_clause():
    """'X said that he and Y had agreed “…”' is X's account. Plant: `_SELF_AND_OTHER`'s `he|she` made `she`
    only (no speaker: Y blocks the clause)."""
    text = ("Deal\n\n"
            "Speaking in Samarkand on Friday, Kazakh President Kassym-Jomart Tokayev said that he and Mirziyoyev had "
            "agreed “to open two more border crossings before the winter”.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "to open two more border crossings before the winter")]


def test_another_name_alone_in_the_reported_clause_gives_no_speaker():
    """Precision: 'X said that Y had agreed “…”' may be Y's words, so no speaker. Plant: the `_plain_object` check after the
    `_SELF_AND_OTHER` substitution in `_subject_partial` skipped (Tokayev as speaker)."""
    text = ("Deal\n\n"
            "Kazakh President Kassym-Jomart Tokayev said that Shavkat Mirziyoyev had agreed “to open two more border "
            "crossings before the winter”.")
    assert ("Kassym-Jomart Tokayev", "to open two more border crossings before the winter") not in _quotes(text)
