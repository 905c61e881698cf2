"""English quote forms of round 18 (the misses of dev/199 and 204, and the round's probes), each as a small text in
words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 2)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_quote_after_an_attribution_ending_in_a_possessive_appositive_goes_on_in_his_voice():
    """'“…,” said Farid Mammadli, Azerbaijan’s envoy in Aktau, at a dinner. “…”': the country's possessive opens the
    speaker's own title, the sentence goes on, and the next quote is his (also "Tokayev’s adviser", the foreign
    minister of a country whose holder the table knows). Not when the rest of the sentence names someone else who
    spoke. Plant: `_en_attribution_goes_on` without its comma branch (the second quote missed)."""
    lead = "Dinner\n\nA reception was held in Aktau on Friday.\n\n"
    second = " \u201cThe ferries will be full by autumn if the port keeps its promises.\u201d"
    first = "\u201cThe new line is a question of timing, not of money,\u201d said Farid Mammadli, "
    assert _quotes(lead + first + "Azerbaijan\u2019s envoy in Aktau, at a dinner for exporters." + second) == [
        ("Farid Mammadli", "The new line is a question of timing, not of money"),
        ("Farid Mammadli", "The ferries will be full by autumn if the port keeps its promises.")]
    assert _quotes(lead + first + "Tokayev\u2019s senior adviser on transport." + second)[1] == (
        "Farid Mammadli", "The ferries will be full by autumn if the port keeps its promises.")
    assert _quotes(lead + "\u201cThe new line is a question of timing, not of money,\u201d said Péter Szijjártó, "
                          "Hungary\u2019s foreign minister, after the talks." + second)[1] == (
        "Péter Szijjártó", "The ferries will be full by autumn if the port keeps its promises.")
    # someone else in the rest of the sentence: no guess
    assert len(_quotes(lead + first + "Azerbaijan\u2019s envoy in Aktau, as Tokayev nodded and replied." + second)) == 1


def test_according_to_a_statement_from_a_body_leaves_the_subject_to_speak():
    """'According to a statement from the Communications Directorate, Erdoğan described X as “…”': the statement is a
    source, its body no person, so the sentence's subject speaks (also "a readout issued by the presidency"); not
    "According to a statement from Aliyev, …" (he is the source: the subject's quote is not told as his own). Plant:
    `_ACCORDING_SOURCE` without its "from …" part (no quote)."""
    lead = "Talks\n\nPresident Recep Tayyip Erdoğan received the Azerbaijani prime minister on Thursday.\n\n"
    rest = "Erdoğan described the new railway as \u201ca turning point for trade across the region\u201d."
    expected = [("Recep Tayyip Erdoğan", "a turning point for trade across the region")]
    assert _quotes(lead + "According to a statement from the Communications Directorate, " + rest) == expected
    assert _quotes(lead + "According to a readout issued by the presidency, " + rest) == expected
    assert _quotes(lead + "According to a statement from the Foreign Ministry, " + rest) == expected
    assert _quotes(lead + "According to a statement from Viktor Orbán, " + rest) != expected


def test_a_long_aside_between_the_speaker_and_the_verb_after_a_quote():
    """'“…,” Leyla Hasanova, head of the Türkiye–Azerbaijan Business Council at the Foreign Economic Relations Board
    (DEİK), told reporters.': an aside of up to 120 characters between commas is the speaker's title. Plant: `_ASIDE`
    back to 80 characters (no quote)."""
    quote = "\u201cOur contractors have finished projects worth billions, but trade in goods lags behind,\u201d"
    assert _quotes("Forum\n\n" + quote + " Leyla Hasanova, head of the Türkiye–Azerbaijan Business Council at the "
                   "Foreign Economic Relations Board (DEİK), told reporters.") == [
        ("Leyla Hasanova", "Our contractors have finished projects worth billions, but trade in goods lags behind")]


def test_a_second_verb_of_thanks_or_warning_after_a_partial_quote():
    """"X described Türkiye as “…” and thanked Ankara for its support during “…”": the second partial quote ends the
    same subject's second verb (also "and warned of", "and called for"); not "and thanked Ankara for what analysts
    called “…”" (their word). Plant: `_AND_NAMING_GAP`'s verbs without "thanked" (the second quote missed)."""
    lead = "Visit\n\nAzerbaijani Prime Minister Ali Asadov arrived in Ankara on Wednesday.\n\n"
    first = "Asadov described Türkiye as \u201cthe closest friend of the Azerbaijani people\u201d and "
    assert _quotes(lead + first + "thanked Ankara for its support during \u201cthe hardest years of our history.\u201d") \
        == [("Ali Asadov", "the closest friend of the Azerbaijani people"),
            ("Ali Asadov", "the hardest years of our history.")]
    assert _quotes(lead + first + "warned of \u201ca new race for the Caspian\u2019s resources\u201d.")[1] == (
        "Ali Asadov", "a new race for the Caspian\u2019s resources")
    assert _quotes(lead + first + "thanked Ankara for what analysts called \u201cthe most generous loan of the "
                                  "decade\u201d.") == [("Ali Asadov", "the closest friend of the Azerbaijani people")]


def test_a_partial_quote_ending_a_promise_or_a_hope_is_the_subjects():
    """"X pledged to turn Baku into “…”" (vowed, promised, then an infinitive) and "X expressed hope that the corridor
    would become “…”" (confidence, conviction, concern …): what was promised or hoped is the subject's; not "pledged
    to fund what critics called “…”" (their word). Plant: `_en_promise_or_hope` returning False (no quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    assert _quotes(lead + "Aliyev pledged to turn Baku into \u201cthe main logistics hub between Europe and "
                          "Asia\u201d.") == [("Ilham Aliyev", "the main logistics hub between Europe and Asia")]
    assert _quotes(lead + "Tokayev vowed to keep the Caspian \u201ca zone of peace, trade and good "
                          "neighbourliness\u201d.") == [("Kassym-Jomart Tokayev", "a zone of peace, trade and good "
                                                                                   "neighbourliness")]
    assert _quotes(lead + "Tokayev expressed his firm confidence that the corridor would become \u201ca reliable "
                          "bridge between East and West\u201d.") == [
        ("Kassym-Jomart Tokayev", "a reliable bridge between East and West")]
    assert _quotes(lead + "Aliyev pledged to fund what critics have called \u201ca bridge to nowhere in the "
                          "steppe\u201d.") == []
    assert _quotes(lead + "Aliyev expressed the view of his ministers, who called it \u201ca bridge to nowhere in "
                          "the steppe\u201d.") == []


def test_this_was_stated_by_after_the_quote_names_its_speaker():
    """'“…” This was stated by Kazakh Transport Minister X Y at a briefing.' (also '“…,” this was noted by X during …',
    "With these words, X began …", "These words belong to X"; the sentence opening the next paragraph too): the one
    person named up to where it was said speaks (a full name right after a company's name too); a ministry, or two
    people, give none. Plants: `_en_stated_by`
    returning None (no quote); `_en_stated_by_next` always None (the next paragraph's); "belong" out of `EN_STATED_BY`;
    `_EN_BODY_THEN_NAME` made to match nothing (the name after a company's missed)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    quote = "\u201cThe volume of cargo through Aktau has doubled since 2022.\u201d"
    said = [("Kassym-Jomart Tokayev", "The volume of cargo through Aktau has doubled since 2022.")]
    assert _quotes(lead + quote + " This was stated by Tokayev at a meeting with Aliyev.") == said
    assert _quotes(lead + quote + " With these words, President Tokayev began his speech.") == said
    assert _quotes(lead + quote + "\n\nThis was stated by Kazakh Transport Minister Nurlan Sauranbayev at a "
                                  "briefing.") == [("Nurlan Sauranbayev", said[0][1])]
    assert _quotes(lead + "\u201cWe will finish the railway by the end of 2028,\u201d this was noted by Aliyev during "
                          "the talks.") == [("Ilham Aliyev", "We will finish the railway by the end of 2028")]
    assert _quotes(lead + quote + " This was stated by the Kazakh foreign ministry.") == []
    assert _quotes(lead + quote + " This was said by Tokayev and Aliyev in a joint statement.") == []
    assert _quotes(lead + quote + " This was reported by Kazinform.") == []
    assert _quotes(lead + quote + " These words belong to Tokayev.") == said
    assert _quotes(lead + quote + " This was stated by the chairman of Kazakh Caspian Shipping Company Arman "
                                  "Dauletov.") == [("Arman Dauletov", said[0][1])]


def test_with_these_words_wants_the_speaker_as_its_subject():
    """'“…” With these words the crowd met President X at the airport.': X is the one met, not the speaker; after "With these
    words" the subject, capitalised, speaks. Plant: `(?=[A-Z])` removed from `EN_STATED_BY` (X given the quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    assert _quotes(lead + "\u201cWe will never forget your help in the hard years.\u201d With these words the crowd "
                          "met President Aliyev at the airport.") == []
    assert _quotes(lead + "\u201cWe will never forget your help in the hard years.\u201d With these words Tokayev "
                          "greeted President Aliyev.") == [
        ("Kassym-Jomart Tokayev", "We will never forget your help in the hard years.")]


def test_which_he_called_ending_the_sentence_is_the_subjects_word():
    """"Aliyev also touched on the Zangezur corridor, which he called “…”": "he" is the subject when the words before
    name nobody (as round 15's "what he called"); not after "met Tokayev and …", nor "which critics called". Plant:
    `_EN_WHICH_HE_CALLED` made to match nothing (no quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    quote = "\u201ca road of peace for the whole region\u201d."
    assert _quotes(lead + "In his speech, Aliyev also touched on the Zangezur corridor, which he called " + quote) == [
        ("Ilham Aliyev", "a road of peace for the whole region")]
    assert _quotes(lead + "Aliyev met Tokayev again and praised the new corridor, which he called " + quote) == []
    assert _quotes(lead + "Aliyev praised the new corridor, which critics called " + quote) == []


def test_a_source_quoting_the_speaker_after_the_quote():
    """'“…,” Kazinform quoted Tokayev as saying.' / '“…,” the Akorda press service quoted Tokayev as saying' / '“…,”
    Aliyev’s office quoted him as saying': the one quoted speaks ("him" the owner of the office); "Kazinform quoted him"
    names no one, "Aliyev quoted Heydar Aliyev as saying" is neither's for sure; "cited X as saying" as "quoted". Plants:
    `_en_quoted_after` returning None (no quote); "cited" out of `_QUOTED_WHOM` (its assertion)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    quote = "\u201cWe will build the second track of the railway by 2027,\u201d "
    said = "We will build the second track of the railway by 2027"
    assert _quotes(lead + quote + "Kazinform quoted Tokayev as saying.") == [("Kassym-Jomart Tokayev", said)]
    assert _quotes(lead + quote + "the Akorda press service quoted Tokayev as saying.") == [
        ("Kassym-Jomart Tokayev", said)]
    assert _quotes(lead + quote + "Aliyev\u2019s office quoted him as saying.") == [("Ilham Aliyev", said)]
    assert _quotes(lead + quote + "Kazinform quoted him as saying.") == []
    assert _quotes(lead + quote + "Kazinform cited Tokayev as saying.") == [("Kassym-Jomart Tokayev", said)]
    assert _quotes(lead + quote + "Aliyev quoted Heydar Aliyev as saying.") == []


def test_cited_as_saying_in_the_quotes_sentence():
    """"Trend news agency cited Aliyev as saying the corridor was “…”": "cited" reads as "quoted" (round 12's form).
    Plant: "cited" out of `_QUOTED_WHOM` (no quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    assert _quotes(lead + "Trend news agency cited Aliyev as saying the corridor was \u201ca guarantee of stability "
                          "for the region\u201d.") == [("Ilham Aliyev", "a guarantee of stability for the region")]


def test_a_name_after_a_possessive_and_a_relation_word_is_whom_she_means():
    """'“…,” said X Y, an analyst. ¶ His colleague Madina Abenova was more upbeat. “…,” she said': the colleague named
    after "His"/"Y’s" and a relation word is whom "she" means, not Y (also "His Kazakh counterpart X Y agreed", "His
    colleague at the institute, X Y, disagreed"); "His colleague was more upbeat" names no one, so "she" is no one's;
    "His talks with X Y ended late" is still about Y. Plants: `_en_relation_subject`'s call in `_paragraph_subjects`
    removed (Sarsenov given her words); `_EN_NOT_RELATION` made to allow anything (the talks' partner given them)."""
    lead = ("Ferries\n\n\u201cFerries are still half-empty in the winter months,\u201d said Daniyar Sarsenov, a "
            "logistics analyst at a consultancy.\n\n")
    quote = " \u201cThe new terminal will be a game changer for grain exporters,\u201d she said."
    said = "The new terminal will be a game changer for grain exporters"
    assert _quotes(lead + "His colleague Madina Abenova was more upbeat." + quote)[1:] == [("Madina Abenova", said)]
    assert _quotes(lead + "Sarsenov\u2019s colleague Madina Abenova was more upbeat. In remarks to reporters, she said "
                          "the terminal would be \u201ca game changer for grain exporters\u201d.")[1:] == [
        ("Madina Abenova", "a game changer for grain exporters")]
    assert _quotes(lead + "His colleague at the institute, Madina Abenova, disagreed." + quote)[1:] == [
        ("Madina Abenova", said)]
    assert _quotes(lead + "His colleague was more upbeat." + quote)[1:] == []
    assert _quotes(lead + "His talks with counterpart Madina Abenova ended late." + quote.replace("she", "he"))[1:] \
        == [("Daniyar Sarsenov", said)]


def test_adding_that_after_an_appositive_with_capitals():
    """'“…,” said X Y, a logistics analyst at Almaty-based consultancy Steppe Freight, adding that tariffs remained “…”':
    the appositive may hold capitals and hyphens before "adding that". Plant: ADDING_THAT's appositive alternative
    removed (the partial quote missed)."""
    assert _quotes("Ferries\n\n\u201cFerries are still half-empty in the winter months,\u201d said Daniyar Sarsenov, a "
                   "logistics analyst at Almaty-based consultancy Steppe Freight, adding that tariffs remained "
                   "\u201cthe main obstacle for shippers\u201d.") == [
        ("Daniyar Sarsenov", "Ferries are still half-empty in the winter months"),
        ("Daniyar Sarsenov", "the main obstacle for shippers")]


def test_in_the_words_of_or_to_quote_before_the_quote():
    """"In the words of Tokayev, “…”" / "To quote Aliyev: “…”": the speaker in the phrase right before the quote (as
    round 16's "As X put it,"); "In the words of one Kazakh official" names no one, "To quote Tokayev and Aliyev" is
    neither's alone. Plant: `EN_WORDS_OF_OPENING` made to match nothing (no quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    quote = "\u201cthe Caspian should unite, not divide, our nations.\u201d"
    said = "the Caspian should unite, not divide, our nations."
    assert _quotes(lead + "In the words of Tokayev, " + quote) == [("Kassym-Jomart Tokayev", said)]
    assert _quotes(lead + "To quote Aliyev: " + quote) == [("Ilham Aliyev", said)]
    assert _quotes(lead + "In the words of one Kazakh official, " + quote) == []
    assert _quotes(lead + "To quote Tokayev and Aliyev, " + quote) == []


def test_was_how_he_put_it_or_those_were_his_words_after_the_quote():
    """'“…,” was how Aliyev put it.' (is how, described it, summed up) and '“…” Those were Aliyev’s words at the summit.'
    ("These were the words of X"): the one person named; "is how one trader put it", "the words of a taxi driver" and
    two people give none. Plant: `EN_HOW_PUT` and `EN_WORDS_WERE` left out of `_en_stated_by` (no quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    quote = "\u201cThe Caspian is our common home and our future,\u201d"
    said = "The Caspian is our common home and our future"
    assert _quotes(lead + quote + " was how Aliyev put it.") == [("Ilham Aliyev", said)]
    assert _quotes(lead + quote + " is how one trader put it.") == []
    assert _quotes(lead + quote + " was how Tokayev and Aliyev put it.") == []
    full = "\u201cThe Caspian is our common home and our future.\u201d "
    assert _quotes(lead + full + "Those were Aliyev\u2019s words at the summit.") == [("Ilham Aliyev", said + ".")]
    assert _quotes(lead + full + "These were the words of Tokayev at the summit.") == [
        ("Kassym-Jomart Tokayev", said + ".")]
    assert _quotes(lead + full + "Those were the words of a taxi driver in Aktau.") == []


def test_a_source_said_quoting_the_speaker_after_the_quote():
    """'“…,” the statement said, quoting Aliyev.' / '“…,” the presidency said in a statement, citing Aliyev.': the one
    quoted speaks; "quoting Tokayev and Aliyev" and "citing unnamed officials" give none. Plant: `_en_said_quoting`
    returning None (no quote)."""
    lead = "Talks\n\nKazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on Monday.\n\n"
    quote = "\u201cWe will never accept dividing lines in the Caspian Sea,\u201d "
    said = [("Ilham Aliyev", "We will never accept dividing lines in the Caspian Sea")]
    assert _quotes(lead + quote + "the statement said, quoting Aliyev.") == said
    assert _quotes(lead + quote + "the presidency said in a statement, citing Aliyev.") == said
    assert _quotes(lead + quote + "the statement said, quoting Tokayev and Aliyev.") == []
    assert _quotes(lead + quote + "the statement said, citing unnamed officials.") == []
