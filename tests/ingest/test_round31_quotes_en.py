"""English quote forms of round 31 (dev/403, 404, 409, 415, 416, 420, 426, 428, 433 and probes in the styles of wires,
state news agencies' English services, business and analysis papers), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _TITLE_WORDS (round 31's sentence-opening prepositions and adverbs)

def test_a_preposition_opening_a_sentence_before_a_surname_is_no_given_name():
    """'During Kovacs's stay, …' names no "During Kovacs": a later "Kovacs said" is the one named in full before
    ("Gabor Kovacs"), as "Before Kovacs left" and "Meanwhile Kovacs" are; a real given name still makes two people."""
    # plant: "during" dropped from people.py's round 31 _TITLE_WORDS words (the quote went to "During Kovacs")
    # plant: "meanwhile" dropped from the same words (the second quote went to "Meanwhile Kovacs")
    said = "“Our engineers are ready to build the first plant next spring,” Kovacs said."
    lead = "Hungarian industry minister Gabor Kovacs opened a fair in Shymkent on Monday.\n\n"
    assert _quotes(lead + "During Kovacs's stay, four contracts were signed.\n\n" + said) \
        == [("Gabor Kovacs", said[1:said.index(",”")])]
    assert _quotes(lead + "Meanwhile Kovacs toured a dairy farm near the city.\n\n" + said) \
        == [("Gabor Kovacs", said[1:said.index(",”")])]
    assert _quotes(lead + "Later Anna Kovacs, his deputy, toured a farm.\n\n" + said) \
        == [("Anna Kovacs", said[1:said.index(",”")])]


# quotes.py: _CREDIT_LINE (round 31's "contributed to this report")

def test_a_dash_led_credit_line_naming_the_reporter_first_is_no_quote():
    """'— Outlet's Jane Roe contributed to this report.' at a wire story's end is the newsroom's credit, not a line of
    dialogue of the last speaker; so is "— X Y contributed reporting from Baku."; a dash line of speech stays a quote."""
    # plant: the `contributed` alternative dropped from _CREDIT_LINE (the credit line went to Rustam Aliev)
    quote = "“Freight through the port has doubled since spring,” said Rustam Aliev, a port official in Aktau.\n\n"
    assert _quotes(quote + "— Bloomberg's Sarah Lindqvist contributed to this report.")[1:] == []
    assert _quotes(quote + "— Olga Petrenko contributed reporting from Baku.")[1:] == []
    assert _quotes(quote + "— The ferries are full every week, and we need more of them.")[1:] \
        == [("Rustam Aliev", "The ferries are full every week, and we need more of them.")]


# quotes.py: SUBJECT (_EN_BASED_FIELD)

def test_a_place_based_person_with_a_lower_case_field_before_the_title_is_the_subject():
    """'Baku-based shipping consultant X Y thinks … . “…,” he told …' is X Y's (the field word between "-based" and
    the title no verb); without "-based" a lower-case word before a titled name stays a verb's object."""
    # plant: `(?:{_EN_BASED_FIELD})?` dropped from SUBJECT (the quote went to Farid Musayev, who spoke before)
    spoke = "“Our ferries run at full load,” said Farid Musayev, head of a ferry line.\n\n"
    quote = "Insurance costs more than fuel on this route"
    lead = "Almaty-based freight insurance consultant Aigerim Tulegenova thinks prices will rise. "
    assert _quotes(spoke + lead + "“" + quote + ",” she told Kapital.")[1:] == [("Aigerim Tulegenova", quote)]


# quotes.py: _paragraph_subjects, _en_but_clause_subject

def test_he_after_a_person_subject_of_a_but_clause_is_that_person():
    """'The two delegations discussed …, but X declined to name a date. “…,” he said' is X's, not the last speaker's;
    a sentence whose own subject is a person keeps him."""
    # plant: the `_en_but_clause_subject` branch dropped from _paragraph_subjects (the quote went to Kemal Arslan)
    spoke = "Trade minister Kemal Arslan met Uzbek officials. “Our firms want to invest,” Arslan said.\n\n"
    quote = "Textiles alone will not take us to ten billion, but they help"
    said = "“" + quote + ",” he said."
    assert _quotes(spoke + "The two delegations discussed the trade goal, but Bobur Nazarov declined to name a date. "
                   + said)[1:] == [("Bobur Nazarov", quote)]
    assert _quotes(spoke + "Arslan discussed the trade goal, but Bobur Nazarov declined to name a date. " + said)[1:] \
        == [("Kemal Arslan", quote)]


# people.py: _BODY_WORDS (round 31's newspapers' last words)

def test_a_quote_after_one_told_to_a_newspaper_goes_on_in_the_same_voice():
    """'“…,” X told the Steppe Herald. “…”': the newspaper names no one, so the second quote is X's too."""
    # plant: "herald" dropped from _BODY_WORDS' round 31 words (the second quote was lost)
    first, second = "Rail tariffs are still too high for small shippers", "The state must cut them before winter."
    text = ("“" + first + ",” Laszlo Szabo, a Budapest logistics analyst, told the Steppe Herald. “" + second + "”")
    assert _quotes(text) == [("Laszlo Szabo", first), ("Laszlo Szabo", second)]


# quotes.py: SUBJECT (_EN_HEARSAY_ADVERBS)

def test_a_hearsay_adverb_between_subject_and_verb_keeps_the_subject():
    """'X reportedly assured his guest that the country “…”' is X's partial quote, "reportedly" no verb; so is
    "X publicly said …"."""
    # plant: `(?:(?:{_EN_HEARSAY_ADVERBS})\s+)?` dropped from SUBJECT (the quotes were lost)
    quote = "ready to ship grain through any port on the Caspian"
    assert _quotes("Ilham Aliyev, who hosted the talks, reportedly assured his guest that Azerbaijan was “"
                   + quote + "”.") == [("Ilham Aliyev", quote)]
    assert _quotes("Ilham Aliyev publicly said Azerbaijan was “" + quote + "”.") == [("Ilham Aliyev", quote)]


# quotes.py: _attribute, _en_inset_said_speaker

def test_an_attribution_set_between_commas_before_a_partial_quote_names_its_speaker():
    """'…, where, he said, “…”' is the paragraph's "he"; '…, which, Arslan added, “…”' is Arslan's; a comma clause
    that is no attribution ("where, in his words" aside) gives no one by this rule."""
    # plant: the `_en_inset_said_speaker` branch dropped from _attribute (the quotes were lost)
    quote = "the gates are open for Turkish builders and farmers"
    lead = "Trade minister Kemal Arslan visited Shusha on Monday. “Our firms are ready to build here,” Arslan said.\n\n"
    assert _quotes(lead + "He invited firms to the region, where, he said, “" + quote + ".”")[1:] \
        == [("Kemal Arslan", quote + ".")]
    assert _quotes(lead + "He praised the new airport, which, Arslan added, “" + quote + ".”")[1:] \
        == [("Kemal Arslan", quote + ".")]


# quotes.py: _indefinite_subject (_en_descriptor_named), _subject (_EN_DESCRIPTOR_NAME_OF)

def test_another_analyst_named_with_his_institute_or_title_between_commas_is_she():
    """'Another economist, X Y of the Institute for …, told Z that … . “…,” she said' is X Y's; so is "Another
    economist, Astana-based consultant X Y, …"; "Another economist said …" names no one, so "she" is nobody."""
    # plant: the `_en_descriptor_named` branch dropped from _indefinite_subject (the quotes were lost)
    # plant: `_EN_DESCRIPTOR_NAME_OF.match(sentence) or` dropped from _en_descriptor_named (the first quote was lost)
    quote = "Wagons wait for days at the border, and every day costs money"
    said = " “" + quote + ",” she said."
    assert _quotes("Another economist, Gulnara Seitova of the Institute for Transport Policy, told Kursiv that the "
                   "problem was rail." + said) == [("Gulnara Seitova", quote)]
    assert _quotes("Another economist, Astana-based consultant Gulnara Seitova, said the problem was rail." + said) \
        == [("Gulnara Seitova", quote)]
    assert _quotes("Another economist said the problem was rail." + said) == []


# quotes.py: _AS_VERBS_MORE (round 31's participles)

def test_a_participle_describing_something_as_a_partial_quote_after_an_aside_is_the_subject():
    """'Another analyst, X Y, was more upbeat, describing the zone as “…”' is X Y's partial quote."""
    # plant: "describing" dropped from _AS_VERBS_MORE (the quote was lost)
    quote = "a project that has been promised many times before"
    assert _quotes("Another analyst, Tair Baimukhanov, was more upbeat, describing the new port as “" + quote
                   + "”.") == [("Tair Baimukhanov", quote)]


# quotes.py: _subject_partial (_EN_AS_OWNER_END)

def test_praising_something_as_a_possessive_partial_quote_is_the_subject():
    """'Turkey's trade minister praised Georgia as Ankara's “…”' is the minister's partial quote, with a possessive or a
    determiner between "as" and the quote; "praised Georgia's “…”" (no "as") is no naming by this rule."""
    # plant: `or _EN_AS_OWNER_END.search(rest) is not None` dropped from _subject_partial (the quotes were lost)
    quote = "most dependable partner in the Caucasus"
    assert _quotes("Turkey's foreign minister praised Azerbaijan as Ankara's “" + quote + "” on Monday.") \
        == [("Hakan Fidan", quote)]
    assert _quotes("Turkey's foreign minister described Azerbaijan as its “" + quote + "” on Monday.") \
        == [("Hakan Fidan", quote)]


# quotes.py: _subject (_EN_DATELINE)

def test_a_wire_dateline_before_the_subject_of_a_partial_quote_is_no_part_of_it():
    """'BISHKEK, June 3 (Reuters) - Kyrgyz President X said … “…”' is X's partial quote (so with "--" and no date);
    a dateline before a sentence whose subject names nobody gives no one."""
    # plant: the `_EN_DATELINE` branch dropped from _subject (the quotes were lost)
    # plant: the `|\d{1,2}\s*\([^()]{2,30}\)` alternative dropped from _EN_DATELINE (the third quote was lost)
    quote = "the shortest road from China to the Persian Gulf"
    assert _quotes("BISHKEK, June 3 (Reuters) - Kyrgyz President Sadyr Japarov said the new railway would be “"
                   + quote + "”.") == [("Sadyr Japarov", quote)]
    assert _quotes("BISHKEK -- Kyrgyz President Sadyr Japarov said the new railway would be “" + quote + "”.") \
        == [("Sadyr Japarov", quote)]
    assert _quotes("BISHKEK, Jun. 3 (Xinhua) -- Kyrgyz President Sadyr Japarov said the new railway would be “"
                   + quote + "”.") == [("Sadyr Japarov", quote)]
    assert _quotes("BISHKEK, June 3 (Reuters) - The new railway would be “" + quote + "”, officials said.") == []


def test_describing_something_as_ones_countrys_partial_quote_is_the_subject():
    """'Kyrgyzstan's president described China as his country's “…”' is the president's ("as" then a determiner and a
    possessive noun)."""
    # plant: `(?:\s+[a-z][\w\-]*['’]s)?` dropped from _EN_AS_OWNER_END (the quote was lost)
    quote = "largest investor and most patient creditor"
    assert _quotes("Kyrgyzstan's president described China as his country's “" + quote + "”.") \
        == [("Sadyr Japarov", quote)]


# quotes.py: _paragraph_subjects, _en_according_subject

def test_he_after_an_according_to_sentence_is_its_person():
    """'According to Japarov, trade could double. “…,” he said' is Japarov's, not the last speaker's; "According to
    the customs service, …" is a source, so "he" stays the last speaker."""
    # plant: the `_en_according_subject` branch dropped from _paragraph_subjects (the quote went to Nurlan Abenov)
    spoke = "“Prices are rising fast,” said Nurlan Abenov, a trader in Osh.\n\n"
    quote = "Our border posts will work around the clock from June"
    said = " “" + quote + ",” he said."
    assert _quotes(spoke + "According to Japarov, trade could double by 2030." + said)[1:] \
        == [("Sadyr Japarov", quote)]
    assert _quotes(spoke + "According to the customs service, trade could double by 2030." + said)[1:] \
        == [("Nurlan Abenov", quote)]


# quotes.py: _name_opening (_EN_PHRASE_OPENERS)

def test_a_name_after_an_opening_preposition_is_no_subject_before_the_comma():
    """'Unlike Japarov, Mirziyoyev avoided the topic. “…,” he said' is Mirziyoyev's (the name after "Unlike" is no
    subject), and "Unlike Japarov, the delegation …" makes no one of him."""
    # plant: the `_EN_PHRASE_OPENERS` check dropped from _name_opening (the quote went to Nurlan Abenov)
    spoke = "“Prices are rising fast,” said Nurlan Abenov, a trader in Osh.\n\n"
    quote = "Our border posts will work around the clock from June"
    said = " “" + quote + ",” he said."
    assert _quotes(spoke + "Unlike Japarov, Mirziyoyev avoided the topic of water." + said)[1:] \
        == [("Shavkat Mirziyoyev", quote)]
    assert _quotes(spoke + "Like Japarov, Mirziyoyev praised the new road." + said)[1:] \
        == [("Shavkat Mirziyoyev", quote)]
    assert _quotes(spoke + "Unlike Japarov, the delegation avoided the topic of water." + said)[1:] \
        == [("Nurlan Abenov", quote)]
