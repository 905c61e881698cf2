"""Ninety-fourth round, q2 (docs/extraction.md: quotes.py): a dash-dialogue interview whose last answer runs on into
the article's last paragraph, no dash, in the first person, is the interviewee's answer too
(quotes._last_answer_runs_on); a Russian lead "… казахстанский министр ответил:" over a dash line gives the line to
the minister of that state named before, not to whoever spoke last (quotes._RU_STATE_LEADER_SAID_COLON); and a Turkish
crosshead in capitals in single marks, a paragraph alone, in the first person, four words at least and repeated
nowhere, is the quote of the one the section under it quotes (quotes._SINGLE_MARKED_CAPS_CROSSHEAD,
quotes._bare_caps_crosshead_speaker).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 6)
FIRST = "Мы увеличили выработку электроэнергии на десять процентов и запустили две новые станции."
SECOND = "В следующем году мы начнём строительство ещё одной станции под Алматы, это большой проект."
LAST = "Кроме того, мы прорабатываем с соседями единый рынок электроэнергии, и первые договорённости уже есть."
INTERVIEW = ("Министр энергетики Казахстана Ерлан Нуржанов в интервью газете рассказал о планах.\n\n"
             "— Ерлан Кайратович, каковы итоги года?\n\n— " + FIRST + "\n\n— Что дальше?\n\n— " + SECOND
             + "\n\n" + LAST + "\n")


# plant: _last_answer_runs_on returns False
def test_the_last_answer_runs_on_into_the_article_s_last_paragraph_in_the_first_person():
    speaker = "Yerlan Nurzhanov"
    assert proposed.quotes(INTERVIEW, DAY) == [(speaker, FIRST), (speaker, SECOND), (speaker, LAST)]
    # the near form: the outlet's closing note tells of him in the third person, no answer of his
    note = INTERVIEW.replace(LAST, "Кроме того, министр сообщил, что ведомство прорабатывает с соседями единый рынок.")
    assert proposed.quotes(note, DAY) == [(speaker, FIRST), (speaker, SECOND)]


PILOT = "Пилотный режим начнётся с 1 января, полный переход мы планируем на середину года."
READY = "Мы готовы принимать до 30 поездов в сутки уже в следующем году"
TALKS = ("Министр транспорта Казахстана Нурлан Сауранбаев провёл переговоры в Ашхабаде с заместителем председателя "
         "Кабинета министров Туркменистана Мамметханом Чакыевым.\n\n"
         "«" + READY + "», – сказал Мамметхан Чакыев.\n\n"
         "На вопрос журналистов о сроках перехода казахстанский министр ответил:\n\n– " + PILOT + "\n")


# plant: "министр" taken out of _RU_STATE_LEADER_SAID_COLON
def test_a_state_s_minister_answering_before_a_colon_is_the_minister_of_that_state_named_before():
    assert proposed.quotes(TALKS, DAY) == [("Mammetkhan Chakyyev", READY), ("Nurlan Sauranbayev", PILOT)]
    # the near form: a state whose minister the text never named gives the line to nobody it names
    other = TALKS.replace("казахстанский министр", "узбекский министр")
    assert ("Nurlan Sauranbayev", PILOT) not in proposed.quotes(other, DAY)


BELOW = "Türk yatırımcılar için 200 hektarlık bir alan ayırdık."
SECTION = ("Başbakan Ali Esedov ise konuşmasında ortak sanayi bölgesine ilişkin ayrıntılar verdi. "
           "Esedov, \"" + BELOW + "\" dedi.\n")
CROSSHEAD = "ŞEHİR YENİ TEKSTİL MERKEZİMİZ OLACAK"
REPORT = ("Cumhurbaşkanı Yardımcısı Cevdet Yılmaz dün Gence'deydi. Yılmaz, ilişkilerin güçlü olduğunu söyledi.\n\n"
          "'" + CROSSHEAD + "'\n\n" + SECTION)


# plant: _bare_caps_crosshead_speaker returns None
def test_a_crosshead_in_capitals_in_single_marks_is_the_quote_of_the_one_the_section_below_quotes():
    assert proposed.quotes(REPORT, DAY) == [("Ali Asadov", CROSSHEAD), ("Ali Asadov", BELOW)]
    # the near forms: an editor's line in no one's voice, or one of three words, is nobody's quote
    plain = REPORT.replace(CROSSHEAD, "HEDEF YENİ TEKSTİL BÖLGESİ")
    assert proposed.quotes(plain, DAY) == [("Ali Asadov", BELOW)]
    short = REPORT.replace(CROSSHEAD, "MERKEZİMİZ HAZIR OLACAK")
    assert proposed.quotes(short, DAY) == [("Ali Asadov", BELOW)]
