"""Forty-second round, quotes of Q&A interviews (docs/extraction.md: quotes.py, interviews): the forms behind the dev/718,
731 and 734 misses and the failures the probes found, told in short invented sentences. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)

EN_LEAD = ("Uzbek envoy: \"Trade is growing fast this year\"\n\n"
           "Ambassador of Uzbekistan to Hungary Farrukh Tashkentov has served in Budapest since 2021. In an interview "
           "with Danube Policy Review he spoke about trade and transport.\n\n")


def test_interviewee_is_not_the_outlet_named_after_interview_with():
    # plant: _without_interviewing_outlet returned the lead as it was (the outlet, named last, became the speaker)
    text = EN_LEAD + ("– Mr Ambassador, how is trade going?\n\n"
                      "– Trade is growing fast this year, and we are glad of it.\n\n"
                      "– And the railway?\n\n"
                      "– The railway will open next spring, as both sides agreed.")
    assert proposed.quotes(text, DAY) == [
        ("Farrukh Tashkentov", "Trade is growing fast this year, and we are glad of it."),
        ("Farrukh Tashkentov", "The railway will open next spring, as both sides agreed.")]


def test_interviewee_is_the_last_name_that_is_someones():
    # plant: _last_resolved resolved only the last run (runs[-1]), as before
    text = ("Mirzəyev: ticarət artır\n\n"
            "Özbəkistan–Azərbaycan İş Şurasının sədri Kamran Mirzəyev Report.az-ın suallarını cavablandırıb. Onun "
            "fikrincə, Orta Dəhliz üzərindən yüklər artır.\n\n"
            "– Kamran bəy, ticarət necədir?\n\n"
            "– Ticarət bu il xeyli artıb və bizi sevindirir.")
    assert proposed.quotes(text, DAY) == [("Kamran Mirzəyev", "Ticarət bu il xeyli artıb və bizi sevindirir.")]


def test_interviewee_is_not_the_agency_named_before_its_questions():
    # plant: the "Ajans|Agentliy|…" alternative dropped from quotes._INTERVIEWING_OUTLET
    text = ("Sapiyev: ticaret büyüyor\n\n"
            "Kazakistan'ın Ankara Büyükelçisi Yerkebulan Sapiyev Anadolu Ajansı'nın sorularını yanıtladı.\n\n"
            "– Sayın Büyükelçi, ticaret ne durumda?\n\n"
            "– Ticaret hacmimiz bu yıl yüzde 10 arttı ve büyümeye devam ediyor.")
    assert proposed.quotes(text, DAY) == [
        ("Yerkebulan Sapiyev", "Ticaret hacmimiz bu yıl yüzde 10 arttı ve büyümeye devam ediyor.")]


def test_answer_goes_on_in_a_plain_paragraph_before_the_next_question():
    # plant: _answer_goes_on returned False (the plain paragraph ended the interview)
    text = EN_LEAD + ("– Mr Ambassador, how is trade going?\n\n"
                      "– Trade is growing fast this year, and we are glad of it.\n\n"
                      "This matters to us, because the target is now within reach.\n\n"
                      "– And the railway?\n\n"
                      "– The railway will open next spring, as both sides agreed.")
    assert proposed.quotes(text, DAY) == [
        ("Farrukh Tashkentov", "Trade is growing fast this year, and we are glad of it."),
        ("Farrukh Tashkentov", "This matters to us, because the target is now within reach."),
        ("Farrukh Tashkentov", "The railway will open next spring, as both sides agreed.")]
    # a plain paragraph after the last answer, with no question after it, is the outlet's note: no quote
    note = EN_LEAD + ("– Mr Ambassador, how is trade going?\n\n"
                      "– Trade is growing fast this year, and we are glad of it.\n\n"
                      "The interview was recorded in Budapest last week by our correspondent.")
    assert proposed.quotes(note, DAY) == [
        ("Farrukh Tashkentov", "Trade is growing fast this year, and we are glad of it.")]


def test_a_remark_between_two_answers_is_the_interviewers():
    # plant: _statement_question returned False
    text = EN_LEAD + ("– Mr Ambassador, how is trade going?\n\n"
                      "– Trade is growing fast this year, and we are glad of it.\n\n"
                      "– Your critics say the trade is mostly cotton and gas.\n\n"
                      "– That is not true, we sell machines and textiles too.")
    assert proposed.quotes(text, DAY) == [
        ("Farrukh Tashkentov", "Trade is growing fast this year, and we are glad of it."),
        ("Farrukh Tashkentov", "That is not true, we sell machines and textiles too.")]
    # an answer of two sentences on two dash lines is still his, both lines
    two = EN_LEAD + ("– Mr Ambassador, how is trade going?\n\n"
                     "– Trade is growing fast this year. We are glad of it.\n\n"
                     "– We also expect the new railway to be ready by the end of 2027. It is agreed.")
    assert len(proposed.quotes(two, DAY)) == 2


def test_a_question_then_a_remark_is_the_interviewers():
    # plant: the '"? " not in' test dropped from _statement_question (only one-sentence remarks)
    text = EN_LEAD + ("– Mr Ambassador, how is trade going?\n\n"
                      "– Trade is growing fast this year, and we are glad of it.\n\n"
                      "– What about solar? Critics call it a passing fashion.\n\n"
                      "– Solar power is the future of our region, I am sure of it.")
    assert proposed.quotes(text, DAY) == [
        ("Farrukh Tashkentov", "Trade is growing fast this year, and we are glad of it."),
        ("Farrukh Tashkentov", "Solar power is the future of our region, I am sure of it.")]


TR_LABELLED = ("Arslan: \"Ticaret büyüyor ve büyümeye devam edecek\"\n\n"
               "İstanbul Sanayi Odası Başkanı Kemal Arslan, Dünya'ya konuştu.\n\n"
               "Dünya: Sayın Başkan, Özbekistan ile ticaret ne durumda?\n\n"
               "Kemal Arslan: Özbekistan ile ticaretimiz geçen yıl rekor kırdı ve büyüyor.\n\n")


def test_labelled_answer_goes_on_before_the_next_labelled_question():
    # plant: _labelled_answer_goes_on returned None
    text = TR_LABELLED + ("Bu büyümenin sürmesi için yeni bir anlaşma hazırlıyoruz.\n\n"
                          "Dünya: Hedef nedir?\n\n"
                          "Kemal Arslan: Hedefimiz ticareti 5 milyar dolara çıkarmak.")
    assert ("Kemal Arslan", "Bu büyümenin sürmesi için yeni bir anlaşma hazırlıyoruz.") in proposed.quotes(text, DAY)
    # the outlet's note after the last answer is no quote
    note = TR_LABELLED + "Söyleşi Ankara'da bakanlıkta gerçekleştirildi ve bir saat sürdü."
    assert all(not q.startswith("Söyleşi") for _, q in proposed.quotes(note, DAY))


def test_labelled_answer_goes_on_only_after_a_question_of_the_same_interviewer():
    # plant: the `asked` test dropped from _labelled_answer_goes_on
    text = ("Arslan: \"Ticaret büyüyor ve büyümeye devam edecek\"\n\n"
            "İstanbul Sanayi Odası Başkanı Kemal Arslan, Dünya'ya konuştu.\n\n"
            "Kemal Arslan: Özbekistan ile ticaretimiz geçen yıl rekor kırdı ve büyüyor.\n\n"
            "Bu açıklama Taşkent ziyareti sırasında yapıldı ve basına dağıtıldı.\n\n"
            "Dünya: Peki bunu başka kimler söyledi?")
    assert all(not q.startswith("Bu açıklama") for _, q in proposed.quotes(text, DAY))
