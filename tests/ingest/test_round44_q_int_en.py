"""Forty-fourth round, quotes of English interviews laid out as questions and answers (docs/extraction.md: quotes.py,
people.py): the forms behind the dev/758, 762, 769 and 782 misses and the failures the probes found, told in short
invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


def test_a_board_in_the_lead_is_no_second_person_of_a_qa_interview():
    # plant: "board" dropped from people._BODY_WORDS
    text = ("Exporters want cheaper freight\n\n"
            "Rauf Hasanov heads the Hungary desk at Azerbaijan's Export Promotion Board. We met him in Baku.\n\n"
            "Q: How is trade going this year?\n\n"
            "A: Exports rose by a fifth last year, mostly machinery and medicines.")
    assert proposed.quotes(text, DAY) == [("Rauf Hasanov", "Exports rose by a fifth last year, mostly machinery and "
                                                           "medicines.")]


def test_a_qa_answer_runs_on_in_a_plain_paragraph_before_the_next_question():
    # plant: quotes._qa_answer_goes_on returning None
    text = ("Grain exporters look south\n\n"
            "Marat Bekov is a grain trader in Astana. We spoke to him about the harvest.\n\n"
            "Q: What changed this year?\n\n"
            "A: Prices fell sharply after the harvest came in.\n\n"
            "Farmers held their grain back for months in the hope of a better price.\n\n"
            "Q: What next?\n\n"
            "A: Rail tariffs must come down before the spring season starts.")
    assert proposed.quotes(text, DAY) == [
        ("Marat Bekov", "Prices fell sharply after the harvest came in."),
        ("Marat Bekov", "Farmers held their grain back for months in the hope of a better price."),
        ("Marat Bekov", "Rail tariffs must come down before the spring season starts.")]
    # a plain paragraph after the last answer, with no question after it, is the article's own text again
    closing = ("Grain exporters look south\n\n"
               "Marat Bekov is a grain trader in Astana. We spoke to him about the harvest.\n\n"
               "Q: What changed this year?\n\n"
               "A: Prices fell sharply after the harvest came in.\n\n"
               "The ministry later said it would publish new export quotas in the spring.")
    assert proposed.quotes(closing, DAY) == [("Marat Bekov", "Prices fell sharply after the harvest came in.")]


def test_a_qa_answer_after_a_run_on_still_finds_the_lead():
    # plant: quotes._qa_first_turn stepping back over labelled paragraphs only (no run-on)
    text = ("Cotton money moves east\n\n"
            "Nodira Karimova runs a textile firm in Namangan. We spoke to her at her mill.\n\n"
            "Q: Why Namangan?\n\n"
            "A: Land, water and power are ready in the new industrial zone.\n\n"
            "Wages are lower than in Tashkent, and the workers are well trained.\n\n"
            "Q: And your plans?\n\n"
            "A: We will open a second spinning line before the end of the year.")
    assert ("Nodira Karimova", "We will open a second spinning line before the end of the year.") \
        in proposed.quotes(text, DAY)


def test_a_dash_answer_runs_on_before_a_question_that_asks_and_then_remarks():
    # plant: the "? " alternative dropped from quotes._answer_goes_on
    text = ("Envoy: ferries must not wait\n\n"
            "Aidos Serikbayev has been Kazakhstan's ambassador to Azerbaijan since 2022. He spoke to Caspian Review "
            "about ferries.\n\n"
            "— Mr Ambassador, how did trade do last year?\n\n"
            "— Trade grew by a tenth last year and reached a new record.\n\n"
            "Our ferries should not wait longer at the port than they spend at sea.\n\n"
            "— What about gas? There has been talk of a new pipeline.\n\n"
            "— We have signed a memorandum and the first shipments are expected in the spring.\n\n"
            "— And in five years?\n\n"
            "— I would like our students to study in each other's universities without visas.")
    assert proposed.quotes(text, DAY) == [
        ("Aidos Serikbayev", "Trade grew by a tenth last year and reached a new record."),
        ("Aidos Serikbayev", "Our ferries should not wait longer at the port than they spend at sea."),
        ("Aidos Serikbayev", "We have signed a memorandum and the first shipments are expected in the spring."),
        ("Aidos Serikbayev", "I would like our students to study in each other's universities without visas.")]


def test_a_dash_answer_holding_a_quote_is_read_whole_and_the_quote_too():
    # plant: quotes._answer_holding_quotes returning False
    text = ("Turkish envoy on the visit\n\n"
            "Türkiye's Ambassador to Uzbekistan, Ahmet Yılmaz Demir, took up his post in the spring. In an interview "
            "with Silk Road Monitor he spoke about trade.\n\n"
            "– Ambassador, how was the visit?\n\n"
            "– It was a useful visit. Trade Minister Ömer Bolat called the talks \"the most productive we have held "
            "this year\", and I agree.\n\n"
            "– What comes next?\n\n"
            "– A business forum in Samarkand in the autumn with two hundred companies.")
    assert proposed.quotes(text, DAY) == [
        ("Ahmet Yılmaz Demir", "It was a useful visit. Trade Minister Ömer Bolat called the talks \"the most "
                               "productive we have held this year\", and I agree."),
        ("Ömer Bolat", "the most productive we have held this year"),
        ("Ahmet Yılmaz Demir", "A business forum in Samarkand in the autumn with two hundred companies.")]
    # a line that opens with its quote mark is a quote whole, not an answer around it
    whole = ("Talks in Baku\n\n"
             "Trade Minister Ömer Bolat arrived in Baku on Monday.\n\n"
             "– Will trade grow?\n\n"
             "– \"We are ready to double the shipments next year,\" Bolat said.")
    assert proposed.quotes(whole, DAY) == [("Ömer Bolat", "We are ready to double the shipments next year")]


def test_a_labelled_answer_after_a_question_with_a_remark():
    # plant: the remark group dropped from quotes._EN_QUESTION_LINE
    text = ("Hungarian wine finds Baku\n\n"
            "Gábor Szabó has been Hungary's trade commissioner in Baku for three years.\n\n"
            "CBJ: How did trade do last year?\n\n"
            "Szabó: It grew by a quarter, mostly machinery and medicines.\n\n"
            "CBJ: And wine? Hungarian wine is popular in Baku.\n\n"
            "Szabó: Our wineries doubled their sales in two years and opened a shop.")
    assert proposed.quotes(text, DAY) == [
        ("Gábor Szabó", "It grew by a quarter, mostly machinery and medicines."),
        ("Gábor Szabó", "Our wineries doubled their sales in two years and opened a shop.")]


def test_a_labelled_answer_holding_a_term_in_quote_marks():
    # plant: the TRANSCRIPT branch of quotes._answer_holding_quotes returning False
    text = ("Hungarian wine finds Baku\n\n"
            "Gábor Szabó has been Hungary's trade commissioner in Baku for three years.\n\n"
            "CBJ: How did trade do last year?\n\n"
            "Szabó: It grew by a quarter, mostly machinery and medicines.\n\n"
            "CBJ: What sells best?\n\n"
            "Szabó: Our wineries sell under the \"Tokaj\" brand now, and sales doubled in two years.")
    assert ("Gábor Szabó", "Our wineries sell under the \"Tokaj\" brand now, and sales doubled in two years.") \
        in proposed.quotes(text, DAY)


def test_the_outlet_the_interviewee_spoke_to_is_no_one():
    # plant: the "he/she spoke to" alternative dropped from quotes._INTERVIEWING_OUTLET
    text = ("Uzbek textiles in Ankara\n\n"
            "Farrukh Tursunov is Uzbekistan's trade representative in Ankara. He spoke to Eurasia Digest about "
            "textiles.\n\n"
            "— How did trade do last year?\n\n"
            "— Trade grew by a tenth last year and reached a new record.")
    assert proposed.quotes(text, DAY) == [("Farrukh Tursunov", "Trade grew by a tenth last year and reached a new "
                                                               "record.")]
    # whom the outlet spoke to is the interviewee
    asked = ("Uzbek textiles in Ankara\n\n"
             "Eurasia Digest spoke to Farrukh Tursunov, Uzbekistan's trade representative in Ankara.\n\n"
             "— How did trade do last year?\n\n"
             "— Trade grew by a tenth last year and reached a new record.")
    assert proposed.quotes(asked, DAY) == [("Farrukh Tursunov", "Trade grew by a tenth last year and reached a new "
                                                                "record.")]
