"""English quote forms of round 18b (probes in the styles of wire copy, state agencies' English editions and the trade
press), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 2)
L, R = "\u201c", "\u201d"


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_newspaper_or_channel_that_wrote_is_no_speaker():
    """'“…,” the Gundem newspaper wrote' / '… wrote the pro-government daily Kelet Hirek' / 'Steppe Daily wrote' /
    'Magyar Nemzet wrote': a name of the publishers table (data/reference/publishers.csv) is an outlet's, and a
    media noun next to the name makes it one (capitalised in the name, or lower-case right before or after
    it); a columnist named before "in the daily …" still speaks. Plants: `en_outlet_named` returning False (the daily
    given the quote); the media nouns out of people's `_BODY_WORDS` ("Steppe Daily" given it); `publisher_names` an
    empty set ("Magyar Nemzet" given it)."""
    lead = "Visit\n\nTurkish President Recep Tayyip Erdoğan visited Baku on Monday.\n\n"
    quote = L + "The visit opens a new page in the ties of the two brotherly states," + R
    said = "The visit opens a new page in the ties of the two brotherly states"
    assert _quotes(lead + quote + " the Gundem newspaper wrote.") == []
    assert _quotes(lead + quote + " the pro-government daily Kelet Hirek wrote.") == []
    assert _quotes(lead + quote + " wrote the weekly Orta Asya.") == []
    assert _quotes(lead + quote + " Steppe Daily wrote.") == []
    # an outlet of the publishers table by its name alone (the table's note dropped: "Magyar Nemzet (mno.hu)")
    assert _quotes(lead + quote + " Magyar Nemzet wrote.") == []
    assert _quotes(lead + quote + " wrote Vestnik Kavkaza.") == []
    assert _quotes(lead + quote + " Zoltán Varga wrote in the daily Kelet Hirek.") == [("Zoltán Varga", said)]
    assert _quotes(lead + quote + " government spokesman Zoltán Varga wrote.") == [("Zoltán Varga", said)]


def test_a_passive_before_the_colon_is_the_one_told():
    """'Erdoğan was told by officials: “…”' / 'Aliyev has been told that the “…”' / "was reportedly told:" / "was
    greeted with the words:" / "was asked:": the subject of a passive is spoken to, not the speaker; "Erdoğan told
    officials: “…”" and "Erdoğan was blunt: “…”" are his. Plants: `_en_passive` returning False (Erdoğan given the
    first quote); `_EN_PASSIVE_TOLD` matching nothing ("was reportedly told:" given to him)."""
    lead = "Visit\n\nTurkish President Recep Tayyip Erdoğan arrived in Shusha on Monday.\n\n"
    quote = L + "The new airport will be ready in time for the summit." + R
    assert _quotes(lead + "Erdoğan was told by officials: " + quote) == []
    assert _quotes(lead + "Erdoğan was reportedly told: " + quote) == []
    assert _quotes(lead + "Erdoğan has been told that the " + L + "airport will be ready in time for the summit" + R
                   + ".") == []
    assert _quotes(lead + "Erdoğan was greeted with the words: " + quote) == []
    assert _quotes(lead + "Erdoğan was asked: " + L + "Will the new airport be ready in time for the summit?" + R) == []
    assert _quotes(lead + "Erdoğan was blunt: " + quote) == [
        ("Recep Tayyip Erdoğan", "The new airport will be ready in time for the summit.")]
    assert _quotes(lead + "Erdoğan told officials: " + quote) == [
        ("Recep Tayyip Erdoğan", "The new airport will be ready in time for the summit.")]


def test_the_minister_after_two_ministers_the_table_does_not_know_is_neither():
    """'Kazakh Energy Minister X Y met Azerbaijani Energy Minister Z W. … “…,” the minister said.': either minister
    may be meant, so none (as round 16b does for ministers the table knows); one minister named gives him. Plant:
    `Resolver._note_titled` without setting `minister_mentioned` (the first minister given the quote)."""
    quote = "\n\n" + L + "The pipeline will carry more oil from next year," + R + " the minister said."
    assert _quotes("Talks\n\nKazakh Energy Minister Nurbol Sarsenov met Azerbaijani Energy Minister Ramil Gasimov in "
                   "Baku on Monday." + quote) == []
    assert _quotes("Talks\n\nKazakh Energy Minister Nurbol Sarsenov arrived in Baku on Monday for talks on oil "
                   "transit." + quote) == [("Nurbol Sarsenov", "The pipeline will carry more oil from next year")]


def test_a_given_names_initial_before_the_surname():
    """'“…,” J. Bayramov noted.' / "said Sh. Mirziyoyev" / "Sh.Mirziyoyev said", as state agencies' English editions
    write it: the initial opens the speaker phrase and must fit the given name ("A. Bayramov" is not Jeyhun Bayramov).
    Someone the table does not know, named in full before, too ("A. Mammadov said" after "Economist Anar
    Mammadov"; not "R. Mammadov", nor when the initial fits two people named so). Plants: `_EN_INITIAL` out of `_ABBREVIATED_TITLE` (no quote); `_PHRASE_BREAK`
    splitting after an initial again ("A. Bayramov" given to Jeyhun Bayramov); `_EN_INITIAL_WORD` matching nothing
    ("A. Mammadov" no one's); `_en_initial_named_before` without its initial check ("R. Mammadov" given to Anar); the same taking
    either of two names the initial fits (Azer Mammadov given the quote)."""
    lead = "Talks\n\nAzerbaijani Foreign Minister Jeyhun Bayramov received his Kyrgyz counterpart in Baku.\n\n"
    quote = L + "Our peoples are bound by common roots and a common history," + R
    said = [("Jeyhun Bayramov", "Our peoples are bound by common roots and a common history")]
    assert _quotes(lead + quote + " J. Bayramov noted.") == said
    assert _quotes(lead + quote + " said J. Bayramov.") == said
    assert _quotes(lead + quote + " A. Bayramov noted.") == []
    lead = "Meeting\n\nPresident Shavkat Mirziyoyev chaired a meeting on exports on Monday.\n\n"
    quote = L + "Every region must find its own export product this year," + R
    said = [("Shavkat Mirziyoyev", "Every region must find its own export product this year")]
    assert _quotes(lead + quote + " Sh.Mirziyoyev said.") == said
    assert _quotes(lead + quote + " said Sh. Mirziyoyev.") == said
    # someone the table does not know, named in full before: the initial must fit his given name
    lead = "Port\n\nEconomist Anar Mammadov spoke at the forum.\n\n" + L + "The port will need another berth by next year,"
    said = [("Anar Mammadov", "The port will need another berth by next year")]
    assert _quotes(lead + R + " A. Mammadov said.") == said
    assert _quotes(lead + R + " R. Mammadov said.") == []
    two = "Port\n\nEconomists Anar Mammadov and {} Mammadov spoke at the forum.\n\n" + L + "The port will need another " \
          "berth by next year," + R + " A. Mammadov said."
    assert _quotes(two.format("Rauf")) == said  # the initial tells them apart
    assert _quotes(two.format("Azer")) == []  # it fits both


def test_a_bare_title_is_the_one_person_named_with_it():
    """'Hungary’s ambassador to Uzbekistan, X Y, opened … “…,” the envoy told reporters.' / 'X Y, chairman of …, signed
    … “…,” the chairman said': the one person the article named with that title (envoy and ambassador alike, "to" as
    "of" after the title, the name before the title too); none when two were, when none was, for a deputy's title,
    or when the country differs ("the Kazakh ambassador"); a speaker in between does not take it. Plants:
    `_en_one_titled` returning None (no quote); "to|at|in" out of `_TITLE_APPOSITIVE` (the envoy's missed);
    `_EN_NAME_TITLE_APPOSITIVE` without its deputy look-ahead (the deputy given the chairman's quote)."""
    quote = "\n\n" + L + "Our farmers have waited years for this market to open," + R
    said = "Our farmers have waited years for this market to open"
    envoy = "Trade\n\nHungary\u2019s ambassador to Uzbekistan, Zoltán Varga, opened a trade office in Samarkand on Tuesday."
    assert _quotes(envoy + quote + " the envoy told reporters.") == [("Zoltán Varga", said)]
    assert _quotes(envoy + quote + " the Hungarian ambassador said.") == [("Zoltán Varga", said)]
    assert _quotes(envoy + quote + " the Kazakh ambassador said.") == []
    assert _quotes(envoy + quote + " President Shavkat Mirziyoyev said. " + L + "We will help them find buyers in every "
                   "city," + R + " the ambassador added.") == [("Shavkat Mirziyoyev", said),
                                                                ("Zoltán Varga", "We will help them find buyers in every city")]
    assert _quotes("Trade\n\nHungary\u2019s ambassador to Uzbekistan, Zoltán Varga, and Kazakhstan\u2019s ambassador to "
                   "Uzbekistan, Yerlan Bekov, opened a trade office." + quote + " the envoy said.") == []
    assert _quotes("Trade\n\nPresident Shavkat Mirziyoyev met foreign envoys." + quote + " the ambassador said.") == []
    chairman = "Shipping\n\nArman Dauletov, chairman of Kazakh Caspian Shipping Company, signed a deal with the port."
    assert _quotes(chairman + quote + " the chairman said.") == [("Arman Dauletov", said)]
    assert _quotes("Shipping\n\nNurlan Bekov, deputy chairman of the port, signed a deal." + quote + " the chairman "
                   "said.") == []


def test_a_short_lead_then_the_verb_then_the_titled_speaker():
    """'“The corridor,” said Uzbek Transport Minister X Y, “is no longer a dream but a timetable.”': a lead too short to
    stand alone, split by a verb-first attribution, joins the rest as one quote of the speaker (as "“…,” X said, “…”"
    does; also "said the Kazakh leader,"). Plants: `_EN_VERB_NAME_GAP` made to match nothing (no quote);
    `_en_lead_said_before` returning False (two quotes, the first "The corridor")."""
    rest = ", " + L + "is no longer a dream but a timetable." + R
    lead = L + "The corridor," + R + " said "
    assert _quotes("Rail\n\n" + lead + "Uzbek Transport Minister Ilhom Makhkamov" + rest) == [
        ("Ilhom Makhkamov", "The corridor is no longer a dream but a timetable.")]
    assert _quotes("Rail\n\nPresident Kassym-Jomart Tokayev opened the line.\n\n" + lead + "the Kazakh leader" + rest) == [
        ("Kassym-Jomart Tokayev", "The corridor is no longer a dream but a timetable.")]


def test_an_interviews_answers_under_the_interviewees_full_name():
    """'We spoke with Leyla Hasanova, head of …' / 'Caspian Weekly: How busy …?' / 'Leyla Hasanova: Busier than ever …':
    a label repeating a full name the text named before is a transcript's (as an office holder's label is); the
    outlet's questions are no quote, nor a label of someone never named, nor a question under the name, nor an
    editor's "Read Also:" named before only as a label. Plants: `_en_interviewee_label` returning False (no quote);
    its `(?!\\s*:)` removed (the second "Read Also:" line given as a quote)."""
    lead = "Interview\n\nWe spoke with Leyla Hasanova, head of a Baku logistics consultancy, for Caspian Weekly.\n\n"
    qa = ("Caspian Weekly: How busy is the port this year?\n\nLeyla Hasanova: Busier than ever, and the queues of "
          "trucks show it every morning.")
    said = [("Leyla Hasanova", "Busier than ever, and the queues of trucks show it every morning.")]
    assert _quotes(lead + qa) == said
    assert _quotes("Interview\n\nWe spoke with a Baku logistics consultant.\n\n" + qa) == []
    assert _quotes(lead + "Leyla Hasanova: Is the port really as busy as they say this year?") == []
    # an editor's label repeated is no name named before
    assert _quotes("Trade\n\nRead Also: Kazakh wheat exports via Caspian ports hit a record\n\nThe port grew.\n\n"
                   "Read Also: Uzbek cotton exports to Türkiye doubled in the first half") == []



def test_a_name_opening_with_a_capital_with_a_diacritic():
    """'“…,” Ömer Bolat said.' / 'said Ágnes Vadai, an opposition lawmaker' / "said Ülkü Kaya" / "according to Ömer Bolat": Turkish, Hungarian and
    Azerbaijani names open with capitals outside A–Z, and the speaker phrase before or after the verb reads them as
    "Ali Asadov said" is read. Plants: `_EN_CAPITALS` out of `_SPEAKER` (the first missed); out of
    `AFTER_VERB_SPEAKER` (the second missed); out of `AFTER_ACCORDING` ("according to Ömer Bolat" missed)."""
    lead = "Trade\n\nTürkiye and Azerbaijan met in Baku on Monday.\n\n"
    quote = L + "We will reach our target of fifteen billion dollars," + R
    said = "We will reach our target of fifteen billion dollars"
    assert _quotes(lead + quote + " Ömer Bolat said.") == [("Ömer Bolat", said)]
    assert _quotes(lead + quote + " said Ágnes Vadai, an opposition lawmaker.") == [("Ágnes Vadai", said)]
    assert _quotes(lead + quote + " said Ülkü Kaya.") == [("Ülkü Kaya", said)]
    assert _quotes(lead + quote + " according to Ömer Bolat.") == [("Ömer Bolat", said)]
