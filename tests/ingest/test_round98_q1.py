"""Ninety-eighth round, q1 (docs/extraction.md: quotes.py, visits.py, figures.py): an English agency report giving
each quote's original words in a bracket of their own after it, '"…," X said ("…").', has the original read as the
same speaker's words, as round 76's bracket naming the language was (quotes._ORIGINAL_LANGUAGE_GAP, its language
now optional, read in quotes._original_of_quote_before only when the bracket closes right after the original's mark).
A visitor whose ministry's fields are listed with commas before his name ("Minister of Construction, Housing and
Urban Planning X Y, who arrived in …") is the name the whole title ends on (visits._named_before_who_came, reading
people._TITLE_OF_NAME), not the fields' last words with it. A total of the documents told in words with no noun,
closing its clause ("…, bringing the total to six.") is the visit's count (visits._TOTAL_DOCUMENTS), and a total is
no count told as more than the one before ("two more agreements …, bringing the total to nine": visits._add_details
asks visits._en_count_told_as_more only of no total). "Trade in construction materials" is one sector's trade, no
pair's (figures._GOODS_EN, in figures._SECTOR_FLOW's "trade in" a good).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 5)
HEAD = ("Uzbekistan, Kazakhstan agree on joint water projects\n\n"
        "TASHKENT, Uzbekistan, November 5. Kazakhstan's Minister of Water Resources and Irrigation Nurzhan Nurzhigitov "
        "held talks in Tashkent with Uzbekistan's Minister of Water Resources Shavkat Khamrayev, Trend reports.\n\n")
SAID = ('"Our two countries will manage the waters of the Syr Darya together," Nurzhigitov said '
        '("Екі еліміз Сырдария суын бірге басқаратын болады").')


# plant: the language named again required in _ORIGINAL_LANGUAGE_GAP (the "?" after its group taken out); and, for the
# near form, the closing bracket's check taken out of _original_of_quote_before
def test_the_original_alone_in_a_bracket_after_the_attribution_is_the_same_speaker_s():
    assert proposed.quotes(HEAD + SAID, DAY) == [
        ("Nurzhan Nurzhigitov", "Our two countries will manage the waters of the Syr Darya together"),
        ("Nurzhan Nurzhigitov", "Екі еліміз Сырдария суын бірге басқаратын болады")]
    # the near form: a bracket that goes on after the quote ("… was the forum's motto") holds no original of his
    motto = SAID.replace('болады").', 'болады" was the forum\'s motto).')
    assert proposed.quotes(HEAD + motto, DAY) == [
        ("Nurzhan Nurzhigitov", "Our two countries will manage the waters of the Syr Darya together")]


DAY_VISIT = date(2026, 10, 8)
VISIT = ("Azerbaijan, Kyrgyzstan sign housing deals\n\n"
         "BAKU, Azerbaijan, October 8. Azerbaijan and Kyrgyzstan have signed documents on housing in Baku.\n\n"
         "The documents were signed on Wednesday following talks between Azerbaijan's Minister of Economy Mikayil "
         "Jabbarov and {guest}, who arrived in Baku on Tuesday evening.\n\n")
LISTED = "Kyrgyzstan's Minister of Construction, Housing and Urban Planning Meder Mashiyev"


# plant: the title branch taken out of _named_before_who_came ("phrase = m['name']" kept)
def test_a_visitor_after_a_ministry_s_fields_listed_with_commas_is_the_title_s_name():
    assert [v[0] for v in proposed.visits(VISIT.format(guest=LISTED), DAY_VISIT)] == ["Meder Mashiyev"]
    # the near form: a name right after "and" with no title of its own is that name, not the minister titled before it
    assert [v[0] for v in proposed.visits(VISIT.format(guest="Meder Mashiyev"), DAY_VISIT)] == ["Meder Mashiyev"]


COUNTED = (VISIT.format(guest=LISTED).replace("have signed documents", "have signed four documents")
           + "In addition, two agreements between Azerbaijani and Kyrgyz companies were signed at a business round "
             "table held as part of the visit, bringing the total {total}.")


# plant: the count-alone alternative of _TOTAL_DOCUMENTS made to match nothing ("(?!)" before "(?=[.;]?$")
def test_a_total_told_in_words_closing_its_clause_is_the_visit_s_count():
    assert proposed.documents(COUNTED.format(total="to six"), DAY_VISIT) == ["6"]
    # the near form: a total of something else ("to six projects") is no count of documents: the two agreements are
    assert proposed.documents(COUNTED.format(total="to six projects"), DAY_VISIT) == ["2"]


MORE = ("Kyrgyzstan, Hungary sign agreements in Osh\n\n"
        "OSH, Kyrgyzstan, June 16. Hungarian President Tamás Sulyok arrived in Osh on June 15 on a state visit.\n\n"
        "After the talks, the two presidents witnessed the signing of five intergovernmental documents. On the second "
        "day, two more agreements were signed between Kyrgyz and Hungarian companies at the business forum{total}.")


# plant: "not total and" taken out before _en_count_told_as_more in _add_details
def test_a_total_after_more_counted_is_the_total_not_more_over_the_count():
    assert proposed.documents(MORE.format(total=", bringing the total to seven"), DAY) == ["7"]
    # the near form: with no total, the two more are added to the five (the same count, read the other way)
    assert proposed.documents(MORE.format(total=""), DAY) == ["7"]
    assert proposed.documents(MORE.format(total=", bringing the total to 7 documents"), DAY) == ["7"]


TRADE = ("Azerbaijan, Uzbekistan trade grows\n\n"
         "According to Azerbaijan's State Customs Committee, trade turnover between Azerbaijan and Uzbekistan amounted "
         "to $310 million in January-September 2026. {sector} between the two countries rose to $95 million over the "
         "nine months, the ministry noted.")


# plant: the "(?:construction|building)\s+materials" alternative taken out of _GOODS_EN
def test_trade_in_construction_materials_is_one_sector_s():
    assert [f[3] for f in proposed.trade(TRADE.format(sector="Trade in construction materials"), DAY)] == [310.0]
    # the near form: the pair's trade "in goods" is the pair's
    assert 95.0 in [f[3] for f in proposed.trade(TRADE.format(sector="Trade in goods"), DAY)]
