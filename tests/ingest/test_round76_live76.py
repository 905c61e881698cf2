"""Seventy-sixth round, live76 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1194 misses (a
live blog of a state visit, newest entries first, each opened by "HH:MM — "), told in short invented sentences. A
toast whose object is the partial quote, "X raised a toast to “…”" (also "raised his glass to", "proposed a toast
to", "toasted “…”"); a partial quote's sentence that opens with the entry's time stamp ("21:10 — At the banquet, X
…“…”"); a pronoun in a later paragraph of an entry, whose own paragraph names its subject ("Y, in his reply, …
“…,” he added." after "“…,” X said."); and a visit the live blog's lead tells as going on, with no day ("X is in
Azerbaijan on a three-day official visit"), which is of the blog's own day. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)
ENTRIES = ("14:10 — Talks in expanded format have started.", "11:00 — The guest has laid a wreath.")


def live(lead: str, *entries: str) -> str:
    """A live blog: a headline, its lead, then its time-stamped entries, newest first."""
    return "LIVE: the visit as it happens\n\n" + lead + "\n\n" + "\n\n".join(entries + ENTRIES) + "\n"


# plant: the _EN_TOAST_VERBS branch dropped from quotes._partial_verb_forms
def test_a_toast_to_a_partial_quote_is_the_toasters_words():
    assert proposed.quotes("At the state banquet, President Ilham Aliyev raised a toast to “the friendship of our "
                           "fraternal nations”.", DAY) == [("Ilham Aliyev", "the friendship of our fraternal nations")]
    assert proposed.quotes("At the gala dinner, President Kassym-Jomart Tokayev raised his glass to “an eternal "
                           "friendship between our two nations”.", DAY) \
        == [("Kassym-Jomart Tokayev", "an eternal friendship between our two nations")]
    assert proposed.quotes("President Shavkat Mirziyoyev proposed a toast to “the prosperity of our common home, "
                           "Central Asia”.", DAY) \
        == [("Shavkat Mirziyoyev", "the prosperity of our common home, Central Asia")]
    assert proposed.quotes("At the banquet in Ankara, Erdogan toasted “the unbreakable brotherhood of the Turkic "
                           "world”.", DAY) \
        == [("Recep Tayyip Erdoğan", "the unbreakable brotherhood of the Turkic world")]


# plant: the time stamp no longer cut from the sentence's front in quotes._subject_partial
def test_a_partial_quote_in_a_sentence_opened_by_the_entry_stamp():
    toast = live("Leaders of Azerbaijan and Kazakhstan hold talks in Baku.",
                 "21:10 — At the state banquet, President Ilham Aliyev raised a toast to “the friendship of our "
                 "fraternal nations”.")
    assert proposed.quotes(toast, DAY) == [("Ilham Aliyev", "the friendship of our fraternal nations")]
    described = live("Leaders of Azerbaijan and Kazakhstan hold talks in Baku.",
                     "19:25 — At the press conference, President Kassym-Jomart Tokayev described the talks as “open "
                     "and very productive”.")
    assert proposed.quotes(described, DAY) == [("Kassym-Jomart Tokayev", "open and very productive")]


# plant: quotes._live_quote_paragraph_start returning 0 (the entry's first-named person again)
def test_a_pronoun_in_a_later_paragraph_of_an_entry_is_its_paragraphs_subject():
    text = live("Leaders of Azerbaijan and Kazakhstan hold talks in Baku.",
                "16:40 — The talks are over. “Kazakhstan is our strategic partner,” Aliyev said.\n\nTokayev, who "
                "spoke next, thanked his host. “We will double our freight on the Middle Corridor this year,” he said.")
    assert proposed.quotes(text, DAY) == [("Ilham Aliyev", "Kazakhstan is our strategic partner"),
                                          ("Kassym-Jomart Tokayev",
                                           "We will double our freight on the Middle Corridor this year")]
    other = live("Leaders hold talks in Samarkand.",
                 "16:40 — Statements to the press. “Uzbekistan is a brotherly country for us,” Mirziyoyev told "
                 "reporters.\n\nThen Japarov spoke. “Our joint factories will open before the end of the year,” he "
                 "said.")
    assert proposed.quotes(other, DAY) == [("Shavkat Mirziyoyev", "Uzbekistan is a brotherly country for us"),
                                           ("Sadyr Japarov",
                                            "Our joint factories will open before the end of the year")]
    # a later paragraph naming no one leaves the pronoun to the entry's subject
    same = live("President Shavkat Mirziyoyev hosts talks in Samarkand.",
                "16:40 — Mirziyoyev has taken the floor. “Uzbekistan is a brotherly country for us,” he said.\n\n"
                "“Our joint factories will open before the end of the year,” he added.")
    assert proposed.quotes(same, DAY) == [("Shavkat Mirziyoyev", "Uzbekistan is a brotherly country for us"),
                                          ("Shavkat Mirziyoyev", "Our joint factories will open before the end of the "
                                                                 "year")]


# plant: visits._live_lead_visit_now returning None
def test_a_visit_the_live_blogs_lead_tells_as_going_on_is_of_the_blogs_day():
    text = live("Kazakh President Kassym-Jomart Tokayev is in Azerbaijan on a three-day official visit, which begins "
                "in Shusha. We follow the day here.", "17:30 — The leaders have left for dinner.")
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-05-14", "Shusha", "official")]
    paying = live("Turkish President Recep Tayyip Erdogan is paying a state visit to Uzbekistan. Our reporters are in "
                  "Samarkand.", "18:00 — The press statements are over.")
    assert proposed.visits(paying, DAY) == [("Recep Tayyip Erdoğan", "Uzbekistan", "2026-05-14", "Samarkand", "state")]
    # a visit the lead announces for later is no visit of the blog's day
    future = live("Kazakh President Kassym-Jomart Tokayev will be in Azerbaijan on an official visit next week. Today "
                  "we follow the preparations.", "17:30 — Officials have left.")
    assert proposed.visits(future, DAY) == []
