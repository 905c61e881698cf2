"""English quote forms of round 32 (dev/440, 444, 445 and probes in the styles of wires, state news agencies' English
services, local and business papers), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _en_sole_unlisted_minister

def test_the_minister_before_anyone_spoke_is_the_one_unlisted_minister_named():
    """'… as Uzbekistan's Minister of Water Resources X Y opened …. “…,” the minister said.' with nobody speaking before: the
    one minister named, though the office table does not know him; two ministers named leave it to nobody."""
    # plant: `or (_en_sole_unlisted_minister(self) …)` dropped from Resolver._turkic_only_minister (no quote kept)
    quote = "Every canal we line with concrete saves water for three villages"
    one = ("NUKUS – Farmers got pumped water on Friday as Uzbekistan's Minister of Water Resources Bakhrom Tursunov "
           "opened a new station.\n\n“" + quote + ",” the minister said.")
    assert _quotes(one) == [("Bakhrom Tursunov", quote)]
    two = ("NUKUS – Farmers got pumped water on Friday as Uzbekistan's Minister of Water Resources Bakhrom Tursunov "
           "and Kazakhstan's Minister of Ecology Nurlan Sadykov opened a new station.\n\n“" + quote
           + ",” the minister said.")
    assert _quotes(two) == []


# quotes.py: _en_subject_past_body_name (_EN_OWN_BODY_AFTER_NAME)

def test_a_subject_with_a_body_holding_and_after_the_name_opens_the_paragraph():
    """'Analyst X Y of the Almaty-based Institute for Economic and Political Studies thinks …. “…,” he said' is X Y's,
    not the minister's who spoke before; without the analyst's sentence "he" stays the minister."""
    # plant: the `_en_subject_past_body_name` fallback dropped from _subject (the quote went to Gabor Nemeth)
    minister = ("“Our banks will finance the first two plants,” Foreign Trade Minister Gabor Nemeth told reporters "
                "in Almaty.\n\n")
    quote = "Without a ferry line across the Caspian the plants will import every spare part by truck"
    analyst = ("Analyst Timur Bekov of the Almaty-based Institute for Economic and Political Studies thinks the plan "
               "is too optimistic. ")
    assert _quotes(minister + analyst + "“" + quote + ",” he said.")[1:] == [("Timur Bekov", quote)]
    assert _quotes(minister + "“" + quote + ",” he said.")[1:] == [("Gabor Nemeth", quote)]


def test_a_capitalised_field_and_an_academic_title_before_a_name_of_a_university():
    """'Political scientist Dr X Y of Z University said …. “…,” she said' is X Y's: the field capitalised at the
    sentence's start and the university after the name; a sentence naming only the university names nobody."""
    # plant: "scientist" dropped from quotes.py's _LOWER_TITLES (the quote went to Orhan Demir)
    minister = "“We want direct flights by the summer,” Tourism Minister Orhan Demir said in Kyrenia.\n\n"
    quote = "Ankara will set the pace, and Baku will follow it step by step"
    scholar = "Political scientist Dr Selin Arıkan of Girne American University said the talks were cautious. "
    assert _quotes(minister + scholar + "“" + quote + ",” she said.")[1:] == [("Selin Arıkan", quote)]
    place = "Students of Girne American University said the talks were cautious. "
    assert _quotes(minister + place + "“" + quote + ",” he said.")[1:] == [("Orhan Demir", quote)]


# quotes.py: _EN_THE_TITLE_OPENING; people.py: _TITLE_OF_NAME ("of the" inside the body)

def test_the_body_chairwoman_opening_a_paragraph_is_the_chairwoman_named_before():
    """'Chairwoman of the Board of the National Bank X Y visited …. … The Bank chairwoman stressed …. She called it “…”'
    is X Y's, though a minister spoke last; "She" alone after the minister's words stays his (no title opens it)."""
    # plant: the `_EN_THE_TITLE_OPENING` branch dropped from _paragraph_subjects (the quote went to Daniyar Kassenov)
    # plant: `(?:the\s+)?` after "and|of" dropped from people.py's _TITLE_OF_NAME (the same)
    lead = ("Chairwoman of the Board of the National Bank Aigul Seitova visited Baku on Monday.\n\n"
            "“Our payment systems will be linked by June,” Finance Minister Daniyar Kassenov said.\n\n")
    quote = "a quiet revolution in regional payments"
    assert _quotes(lead + "The Bank chairwoman stressed the role of the regulators. She called the link “" + quote
                   + "”.")[1:] == [("Aigul Seitova", quote)]
    assert _quotes(lead + "He stressed the role of the regulators. He called the link “" + quote + "”.")[1:] \
        == [("Daniyar Kassenov", quote)]


# people.py: _EN_COMPOUND_DESCRIPTOR; quotes.py: _LOWER_TITLES ("businessman")

def test_a_place_based_descriptor_with_a_demonym_is_no_name_and_the_businessman_speaks():
    """'Berlin-based Turkish Cypriot businessman X Y, who …, told … . “…,” he said' is X Y's: "Berlin-based Cypriot" is
    no name, and the businessman opens the paragraph; a real two-word name after "-based" is still read."""
    # plant: the `_EN_COMPOUND_DESCRIPTOR` condition dropped from _unlisted_names (the quote went to "Berlin-based Cypriot")
    # plant: "businessman" dropped from quotes.py's _LOWER_TITLES (the quote went to Kemal Ozan)
    minister = "“Flights will start in spring,” Transport Minister Kemal Ozan said in Nicosia.\n\n"
    quote = "Tour operators call me every week, but the fares are simply too high"
    business = ("Berlin-based Turkish Cypriot businessman Hasan Yıldıray, who owns two hotels in Famagusta, told the "
                "paper that demand was real. ")
    assert _quotes(minister + business + "“" + quote + ",” he said.")[1:] == [("Hasan Yıldıray", quote)]
    assert _quotes(minister + "“" + quote + ",” said Berlin-based Turkish Cypriot businessman Hasan Yıldıray.")[1:] \
        == [("Hasan Yıldıray", quote)]


# quotes.py: AFTER_VERB_LOWER_TITLE_NAME

def test_the_verb_then_a_lower_case_title_and_a_full_name_after_a_quote():
    """'“…,” said veteran diplomat X Y.' / '“…,” says economist X Y.' are X Y's (the wires' order); a plural occupation
    before a name ("said officials close to Minister X Y") names no speaker."""
    # plant: the `AFTER_VERB_LOWER_TITLE_NAME` branch dropped from find_quotes' attribution chain (no quote kept)
    quote = "Signed memorandums do not move a single freight wagon"
    assert _quotes("“" + quote + ",” said veteran diplomat Arslan Beketov.") == [("Arslan Beketov", quote)]
    assert _quotes("“" + quote + ",” says economist Arslan Beketov.") == [("Arslan Beketov", quote)]
    assert _quotes("“" + quote + ",” said officials close to Transport Minister Arslan Beketov.") == []


# quotes.py: _LOWER_BODY ("central")

def test_a_central_bank_governor_after_a_wire_dateline_opens_the_paragraph():
    """'BISHKEK, June 3 (Reuters) - Kyrgyzstan's central bank governor X Y said …. “…,” he told reporters' is X Y's."""
    # plant: "central" dropped from quotes.py's _LOWER_BODY words (no quote kept)
    quote = "We expect the som to hold steady through the harvest"
    text = ("BISHKEK, June 3 (Reuters) - Kyrgyzstan's central bank governor Melis Turgunbayev said on Tuesday that "
            "inflation was easing. “" + quote + ",” he told reporters.")
    assert _quotes(text) == [("Melis Turgunbayev", quote)]


# people.py: _TITLE_WORDS (round 32's business people); quotes.py: _EN_THE_TITLE_OPENING (a lower-case word)

def test_a_capitalised_business_title_at_a_sentence_start_is_no_given_name():
    """'Hotelier X Y, who owns …, told …. “…,” he said' is X Y's, not "Hotelier X Y"; as "Investor X Y" is."""
    # plant: "hotelier" dropped from people.py's round 32 _TITLE_WORDS words (the speaker was "Hotelier Selim Aktan")
    quote = "Guests from Baku stay longer than anyone else"
    text = "Hotelier Selim Aktan, who runs a resort near Bafra, told the paper that bookings rose. “" + quote + ",” he said."
    assert _quotes(text) == [("Selim Aktan", quote)]


def test_the_bank_chairman_with_a_lower_case_word_opens_the_paragraph():
    """'The bank chairman stressed …. He called the deal “…”' after 'Chairman of the Board of the X Bank Y Z' is Y Z's,
    though a minister spoke last."""
    # plant: `[\w\-]+` back to `[A-Z][\w\-]*` in _EN_THE_TITLE_OPENING (the quote went to Askar Temirov)
    lead = ("Chairman of the Board of the Eurasian Development Bank Nurlan Abishev signed the loan in Tashkent.\n\n"
            "“The money will reach the farms by July,” Agriculture Minister Askar Temirov said.\n\n")
    quote = "a template for every border region"
    assert _quotes(lead + "The bank chairman stressed the role of export credit. He called the deal “" + quote + "”.")[1:] \
        == [("Nurlan Abishev", quote)]


# quotes.py: _UNNAMED_PERSON (round 32's occupations)

def test_an_indefinite_consultant_named_between_commas_opens_the_paragraph():
    """'A Shymkent-based trade consultant, X Y, was blunter. “…,” he said' is X Y's, not the minister's who spoke before;
    the same consultant "who asked not to be named" makes "he" nobody the record can name (no quote kept)."""
    # plant: "consultant" dropped from _UNNAMED_PERSON (both quotes went to Berik Amanov)
    minister = "“Two new border posts will open in June,” Deputy Trade Minister Berik Amanov said in Shymkent.\n\n"
    quote = "Without a second ferry across the Caspian nothing really changes"
    named = "A Shymkent-based trade consultant, Yerzhan Kemelov, was blunter. “" + quote + ",” he said."
    assert _quotes(minister + named)[1:] == [("Yerzhan Kemelov", quote)]
    unnamed = "A Shymkent-based trade consultant who asked not to be named was blunter. “" + quote + ",” he said."
    assert _quotes(minister + unnamed)[1:] == []


# quotes.py: _EN_OCCUPATIONS (round 32's business people and senators)

def test_the_businessman_after_a_quote_is_the_businessman_named_before():
    """'Businessman X Y owns a mill …. “…,” the businessman said' is X Y's, though a minister spoke before."""
    # plant: "businessman" dropped from _EN_OCCUPATIONS (no quote kept)
    minister = "“Grain will move by rail from July,” Agriculture Minister Aidarbek Saparov said in Kostanay.\n\n"
    quote = "The harvest is good but the wagons are always late"
    text = "Businessman Timur Zhaksylykov owns a flour mill near the border. “" + quote + ",” the businessman said."
    assert _quotes(minister + text)[1:] == [("Timur Zhaksylykov", quote)]
