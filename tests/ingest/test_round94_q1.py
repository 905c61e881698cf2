"""Ninety-fourth round, q1 (docs/extraction.md: quotes.py, people.py): a quote credited after it to a name with a
capitalised title of a body between commas, as press releases write it ('"…," X Y, Chairman of the Board of Z, said.'),
is that name's words (quotes._ASIDE takes _CAPITAL_TITLE_OF), not the one named before; and his "He added that … “…”"
follows. And "the minister" of an opening before a quote, "In the words of the minister, “…”" or "As the minister put
it, “…”", after a researcher spoke last, is the one minister the article named (quotes._opening_minister_not_last),
a panel report's "Panelists: X Y, Minister of …; Z W, Head of …" list titling him (people._EN_NAME_TITLE_APPOSITIVE
ends at a semicolon too). Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 14)
RELEASE = ("Two rail companies sign a freight deal\n\n"
           "Tashkent, 14 September 2026 – The two national railways signed a freight agreement on Monday.\n\n"
           '"This deal doubles our container traffic," said Daniyar Seitkali, Chairman of the Board of Kaz Rail.\n\n'
           "According to Mr Seitkali, the first trains will run in March.\n\n")


# plant: _ASIDE without its _CAPITAL_TITLE_OF branch (only a lower-case aside read)
def test_a_name_with_a_capitalised_title_of_a_body_then_said_is_the_speaker():
    text = RELEASE + ('"Our exporters have waited ten years for a faster route to the sea," Bobur Karimov, Chairman '
                      "of the Management Board of Uzbek Rail, said. He added that the deal would "
                      '"open the southern ports to our grain".')
    got = proposed.quotes(text, DAY)
    assert ("Bobur Karimov", "Our exporters have waited ten years for a faster route to the sea") in got
    assert ("Bobur Karimov", "open the southern ports to our grain") in got
    assert not any(speaker == "Daniyar Seitkali" and "exporters" in words for speaker, words in got)
    # the near form: a capitalised phrase with no title's word between commas ("Tashkent, Capital …") names no one
    place = RELEASE + ('"Our exporters have waited ten years for a faster route to the sea," Tashkent Rail, Depot '
                       "of the Year, said.")
    assert not any(speaker == "Tashkent Rail" for speaker, _ in proposed.quotes(place, DAY))


PANEL = ("Panel on Caspian trade\n\n"
         "On 3 November 2026, a think tank in Baku hosted a panel on trade across the Caspian.\n\n"
         "Panelists: Rauf Aliyev, Minister of Transport of the Republic of Azerbaijan; Dana Serikova, Senior Fellow, "
         "Institute of Trade Studies; Emin Guliyev, Head of the Ports Department, Caspian Research Center.\n\n"
         'Minister Aliyev opened the discussion. As Aliyev put it, "We need more ferries and faster customs."\n\n'
         'Emin Guliyev looked at the ports. As he put it, "The ports are full, but the trains are empty."\n\n')
WORDS = "If we fix the customs, the rest will follow within two years."


# plant: _opening_minister_not_last returning None; and (near form) without its "the minister" check
def test_in_the_words_of_the_minister_after_a_researcher_spoke_is_the_one_minister_named():
    text = PANEL + ('In the closing round, each panelist named one priority. In the words of the minister, '
                    '"If we fix the customs, the rest will follow within two years."')
    # (the near form: "As he put it" after the researcher is still his, not the minister's)
    assert proposed.quotes(text, DAY) == [("Rauf Aliyev", "We need more ferries and faster customs."),
                                          ("Emin Guliyev", "The ports are full, but the trains are empty."),
                                          ("Rauf Aliyev", WORDS)]
    put = PANEL + ('In the closing round, each panelist named one priority. As the minister put it, '
                   '"If we fix the customs, the rest will follow within two years."')
    assert proposed.quotes(put, DAY)[-1] == ("Rauf Aliyev", WORDS)
    # the near form: "In the words of" a name is that name's, the minister's title or not
    named = PANEL + f'In the words of Dana Serikova, "{WORDS}"'
    assert proposed.quotes(named, DAY)[-1] == ("Dana Serikova", WORDS)


# plant: _EN_NAME_TITLE_APPOSITIVE ending at [,.] only again (the panel list's minister, before a semicolon, untitled)
def test_a_panel_list_s_minister_before_a_semicolon_is_the_minister():
    text = PANEL + f'In the words of the minister, "{WORDS}"'
    assert proposed.quotes(text, DAY)[-1] == ("Rauf Aliyev", WORDS)
    # the near form: a minister who spoke last keeps "the minister", the list's other minister named or not
    last = PANEL.replace("Head of the Ports Department", "Minister of Economy")
    last += f'In the words of the minister, "{WORDS}"'
    assert proposed.quotes(last, DAY)[-1] == ("Emin Guliyev", WORDS)
