"""Sixty-ninth round, mfa69 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1118 misses, told in
short invented sentences. A foreign ministry spokesperson's briefing laid out as "Q:" / "A:" paragraphs, the first
answer's label naming who answers, "A (X Y): …", the rest "A: …", the lead naming no one: every answer is X Y's; a
quote of a leader inside a "Q:" question is the interviewer's, no record; a deputy minister's "political
consultations" held with the host's official in the host's capital are a visit, the guest told by a bare title (no
state word) being of the state of the report's dash dateline ("ASTANA – …"); and "a programme of cooperation" the two
ministries signed is one document. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 11)  # a Wednesday


# plant: quotes._qa_labelled_answerer returning None
def test_a_briefings_answers_are_the_one_the_first_answers_label_names():
    text = ("Weekly briefing\n\n"
            "TASHKENT – The Foreign Ministry held its regular press conference on Monday.\n\n"
            "Q: Will the minister travel to Baku this spring?\n\n"
            "A (Akhrorbek Burkhanov): The visit is being prepared and the dates will be announced in due course.\n\n"
            "A: Both sides are also working on a new agreement on visa-free travel for students.\n\n"
            "Q: Any news on the border?\n\n"
            "A: Work on the demarcation is going on and the two commissions meet regularly.")
    speaker = "Akhrorbek Burkhanov"
    assert proposed.quotes(text, DAY) == [
        (speaker, "The visit is being prepared and the dates will be announced in due course."),
        (speaker, "Both sides are also working on a new agreement on visa-free travel for students."),
        (speaker, "Work on the demarcation is going on and the two commissions meet regularly.")]
    worded = ("Press conference\n\n"
              "The ministry's spokesman met reporters on Tuesday.\n\n"
              "Question: How were the talks in Ankara?\n\n"
              "Answer (Aibar Nurlanov): They were frank and covered transit, energy and the Caspian agenda.\n\n"
              "Question: Is a new round planned?\n\n"
              "Answer: A new round will take place in the autumn, most likely in Astana.")
    assert proposed.quotes(worded, DAY) == [
        ("Aibar Nurlanov", "They were frank and covered transit, energy and the Caspian agenda."),
        ("Aibar Nurlanov", "A new round will take place in the autumn, most likely in Astana.")]


# plant: the _qa_question_answered skip dropped from quotes.find_quotes
def test_a_leaders_words_quoted_in_a_question_are_no_record():
    text = ("Weekly briefing\n\n"
            "BAKU – Foreign Ministry spokesperson Aykhan Hajizada held the weekly briefing on Wednesday.\n\n"
            "Q: Prime Minister Orbán said that \"Hungary will always stand with its Turkic friends\". Your view?\n\n"
            "A: We value the position of our Hungarian partners and the growing ties between our nations.")
    assert proposed.quotes(text, DAY) == [
        ("Aykhan Hajizada", "We value the position of our Hungarian partners and the growing ties between our "
                            "nations.")]
    worded = ("Interview\n\n"
              "Azerbaijan's ambassador to Kazakhstan, Rashad Mammadov, spoke to the Steppe Herald.\n\n"
              "Q: President Aliyev called the corridor “the main artery of the whole region”. Do you agree?\n\n"
              "A: The corridor is growing every year and we are investing in new ports together.")
    assert proposed.quotes(worded, DAY) == [
        ("Rashad Mammadov", "The corridor is growing every year and we are investing in new ports together.")]


# plant: the "held … consultations" alternative dropped from visits._MEETING
def test_political_consultations_held_in_the_hosts_capital_are_a_visit():
    text = ("Consultations\n\n"
            "On Tuesday, Kazakh Deputy Foreign Minister Yerlan Sadykov held political consultations with Deputy "
            "Foreign Minister of Azerbaijan Elnur Aliyev in Baku.")
    assert proposed.visits(text, DAY) == [("Yerlan Sadykov", "Azerbaijan", "2026-03-10", "Baku", "other")]
    worded = ("Consultations\n\n"
              "Uzbek Deputy Foreign Minister Bakhtiyor Saidov conducted consultations with Turkish Deputy Foreign "
              "Minister Ahmet Yildiz in Ankara on Monday.")
    assert proposed.visits(worded, DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-03-09", "Ankara", "other")]
    # consultations agreed on for later are no meeting held
    agreed = ("Consultations\n\n"
              "On Tuesday, Kazakh Deputy Foreign Minister Yerlan Sadykov agreed to hold political consultations with "
              "Deputy Foreign Minister of Azerbaijan Elnur Aliyev in Baku.")
    assert proposed.visits(agreed, DAY) == []


# plant: visits._bare_titled_guest_of_host returning None
def test_a_guest_told_by_a_bare_title_is_of_the_datelines_state():
    text = ("Consultations\n\n"
            "ASTANA – The Foreign Ministry reported on Wednesday.\n\n"
            "On Tuesday, Deputy Foreign Minister Yerlan Sadykov held political consultations with First Deputy "
            "Foreign Minister of Uzbekistan Dilshod Karimov in Tashkent.")
    assert proposed.visits(text, DAY) == [("Yerlan Sadykov", "Uzbekistan", "2026-03-10", "Tashkent", "other")]
    worded = ("Envoys meet\n\n"
              "BAKU — The ministry said on Wednesday.\n\n"
              "Deputy Foreign Minister Elnur Mammadov held talks with Kazakh Deputy Foreign Minister Aibek Nurov in "
              "Astana on Monday.")
    assert proposed.visits(worded, DAY) == [("Elnur Mammadov", "Kazakhstan", "2026-03-09", "Astana", "other")]
    # the dateline of the host's own capital: the bare title is the host's man, no guest
    home = ("Consultations\n\n"
            "TASHKENT – The Foreign Ministry reported on Wednesday.\n\n"
            "On Tuesday, Deputy Foreign Minister Yerlan Sadykov held political consultations with First Deputy "
            "Foreign Minister of Uzbekistan Dilshod Karimov in Tashkent.")
    assert proposed.visits(home, DAY) == []


# plant: the "program(me) of … cooperation" alternative dropped from visits._DOCUMENT_NOUN
def test_a_programme_of_cooperation_signed_is_one_document():
    text = ("Consultations\n\n"
            "On Tuesday, Kazakh Deputy Foreign Minister Yerlan Sadykov held political consultations with Deputy "
            "Foreign Minister of Azerbaijan Elnur Aliyev in Baku. Following the talks, the two ministries signed a "
            "programme of cooperation for 2026–2027.")
    assert proposed.documents(text, DAY) == ["1"]
    worded = ("Consultations\n\n"
              "Uzbek Deputy Foreign Minister Bakhtiyor Saidov conducted consultations with Turkish Deputy Foreign "
              "Minister Ahmet Yildiz in Ankara on Monday. The sides signed a program of interministerial cooperation.")
    assert proposed.documents(worded, DAY) == ["1"]
