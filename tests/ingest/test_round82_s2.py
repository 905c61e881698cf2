"""Eighty-second round, s2 (docs/extraction.md: visits.py, quotes.py): a leader's speech as his office prints it and an
agency's chronicle of bulletins, told in short invented sentences. A later bulletin's own dateline ("ТУРКЕСТАН, 22
сентября. /Казинформ/.") dates the lead right after it (visits._bulletin_dateline_day); the speaker's arrival told in
the first person in a printed speech's opening dates his visit's start (visits._SPEECH_FOLLOWS); companies' deals told
after a count the ministers signed at a council's meeting add to it (visits._EN_OFFICIALS_SIGNED); "as my brother said,
“…”" is the one person the paragraph named just before (quotes._my_kin_named_before). Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

RU_DAY = date(2026, 5, 21)
EN_DAY = date(2026, 3, 11)

RU_ARRIVAL = ("АКТАУ, 20 мая. /Агентство/. Президент Азербайджана Ильхам Алиев прибыл в Казахстан с государственным "
              "визитом. В аэропорту Актау гостя встретил аким области.")
RU_CHRONICLE = ("Алиев в Актау (хроника)\n\nОбновлено в 12:10\n\nАКТАУ, 21 мая. /Агентство/. Переговоры продолжились "
                "в расширенном составе в Актау.\n\n" + RU_ARRIVAL)


# plant: visits._bulletin_dateline_day returning None
def test_a_later_bulletin_s_dateline_dates_its_lead():
    assert proposed.visits(RU_CHRONICLE, RU_DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-05-20", "Aktau", "state")]
    # the near form: the later bulletin with no dateline of its own tells no day of the arrival
    undated = RU_CHRONICLE.replace("АКТАУ, 20 мая. /Агентство/. ", "")
    assert proposed.visits(undated, RU_DAY) == []


EN_LEAD = ("Speech by President Sadyr Japarov at the business forum in Baku\n\nPresident Sadyr Japarov, who is on a "
           "state visit to Azerbaijan, attended the business forum held in Baku on 11 March. The head of state made a "
           "speech at the forum.\n\nDear friends.\n\nFirst of all, I thank my hosts for their warm welcome. ")


# plant: visits._FIRST_PERSON_ARRIVED never matching
def test_the_speaker_s_own_arrival_in_his_printed_speech_dates_the_visit():
    text = EN_LEAD + "Yesterday, when we landed in Baku, the spring had already come.\n\nThank you."
    assert proposed.visits(text, EN_DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-03-10", "Baku", "state")]
    # the near form: another's landing told in the speech is no start of the speaker's visit
    theirs = EN_LEAD + "Yesterday, when our students landed in Baku, the spring had already come.\n\nThank you."
    assert proposed.visits(theirs, EN_DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-03-11", "Baku", "state")]


EN_VISIT = "Kyrgyz President Sadyr Japarov paid a state visit to Baku on 11 March. "


# plant: visits.VisitFound.officials_count never set True (set False where _EN_OFFICIALS_SIGNED is read)
def test_companies_deals_add_to_a_count_the_ministers_signed():
    text = (EN_VISIT + "At the meeting of the Intergovernmental Commission, the ministers signed nine documents on "
            "transport and energy. Later that day, companies of the two countries signed four commercial agreements.")
    assert proposed.documents(text, EN_DAY) == ["13"]
    # the near form: the ministers' count told of no council's meeting may hold the companies' deals (round 45)
    bare = text.replace("At the meeting of the Intergovernmental Commission, the", "The")
    assert proposed.documents(bare, EN_DAY) == ["9"]


EN_BROTHER = "the door to the Caspian is already open for our goods"


# plant: quotes._my_kin_named_before returning None
def test_my_brother_in_a_speech_is_the_one_named_just_before():
    text = (EN_VISIT + "\n\nYesterday, President Ilham Aliyev and I agreed to build a new ferry line. It will be ready "
            f'next year. As my brother said during our talks, "{EN_BROTHER}".')
    assert proposed.quotes(text, EN_DAY) == [("Ilham Aliyev", EN_BROTHER)]
    # the near form: the sentence before naming two, "my brother" is neither's
    two = text.replace("President Ilham Aliyev and I", "President Ilham Aliyev and Prime Minister Ali Asadov")
    assert ("Ilham Aliyev", EN_BROTHER) not in proposed.quotes(two, EN_DAY)
    assert ("Ali Asadov", EN_BROTHER) not in proposed.quotes(two, EN_DAY)
