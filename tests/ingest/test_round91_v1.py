"""Ninety-first round, v1 (docs/extraction.md: visits.py, a summit's sidelines and a printed letter): a summit report
telling that no declaration was adopted ("no final declaration was adopted") tells no document of the summit's own, so
the guests left out of the one bilateral signing on its sidelines signed none there (0) while that meeting's guest
takes its count, the headline retelling the same count ("Tokayev, Mirziyoyev sign two documents") being no other
signing of his; a guest who "crossed into Kazakhstan by road" or "drove into Shymkent" the evening before starts his
visit then; and a president's letter printed whole after "Məktubda deyilir:" (or "В письме говорится:") recalling "my
visit" ("… Astanaya dövlət səfərim zamanı …", "мой государственный визит в Астану") with a day and a place is the
sender's visit, the documents "imzaladığımız" (that we signed) counted. A declaration told adopted leaves the other
guests' documents unstated, an adoption told with "no objection" is still one, "crossed into a new stage" is no
arrival, "our visit" ("səfərimiz"), a visit to come, and a sentence after the letter's closing make no visit. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 7)

SIDELINES = ("Sidelines of Shymkent: Tokayev, Mirziyoyev sign two documents\n\n"
             "SHYMKENT – The informal summit of the Organization of Turkic States held in Shymkent on Friday brought "
             "together President of Azerbaijan Ilham Aliyev, President of Uzbekistan Shavkat Mirziyoyev and President "
             "of Kyrgyzstan Sadyr Japarov. As is usual at informal meetings, no joint declaration was adopted.\n\n"
             "On the sidelines of the summit, President Tokayev met President Mirziyoyev. The two leaders signed two "
             "documents: an agreement on water and a protocol on customs.")


# plant: the `_ADOPTION_DENIED` test dropped from visits._summit_adoption_told (the denial read as an adoption: the
# other guests' documents stayed unstated, "")
def test_no_declaration_adopted_leaves_the_guests_out_of_the_signing_at_none():
    assert proposed.documents(SIDELINES, DAY) == ["0", "2", "0"]


# plant: the `_tells_the_count` exception dropped from visits._bilateral_documents_at_the_summit (the headline, naming
# Mirziyoyev, counted as another signing of his: his count was not given)
def test_the_headline_retelling_the_count_is_the_same_signing():
    assert proposed.documents(SIDELINES, DAY)[1] == "2"
    text = SIDELINES.replace("Tokayev, Mirziyoyev sign two documents", "Tokayev, Mirziyoyev meet on the sidelines")
    assert proposed.documents(text, DAY)[1] == "2"


# the near forms: a declaration told adopted keeps the others' documents unstated, and so does one adopted "with no
# objection" (plant: `\bno\s+` made optional in visits._ADOPTION_DENIED)
def test_a_declaration_adopted_leaves_the_others_unstated():
    adopted = SIDELINES.replace("no joint declaration was adopted", "the Shymkent Declaration was adopted")
    assert proposed.documents(adopted, DAY) == ["", "2", ""]
    objection = SIDELINES.replace("As is usual at informal meetings, no joint declaration was adopted",
                                  "The joint declaration was adopted with no objection")
    assert proposed.documents(objection, DAY) == ["", "2", ""]


ARRIVAL = ("SHYMKENT – The informal summit of the Organization of Turkic States held in Shymkent on Friday brought "
           "together President of Azerbaijan Ilham Aliyev, President of Uzbekistan Shavkat Mirziyoyev and President of "
           "Kyrgyzstan Sadyr Japarov.\n\nJaparov, who crossed into Kazakhstan by road on Thursday evening, was the "
           "first guest to arrive. The other leaders landed on Friday morning.")


# plant: the "crossed into"/"drove into" alternative taken out of visits._BEGAN_EARLIER (Japarov started on Friday)
def test_a_guest_who_crossed_in_by_road_the_evening_before_starts_then():
    assert [visit[2] for visit in proposed.visits(ARRIVAL, DAY)] == ["2026-03-06", "2026-03-06", "2026-03-05"]
    drove = ARRIVAL.replace("crossed into Kazakhstan by road", "drove into Shymkent")
    assert [visit[2] for visit in proposed.visits(drove, DAY)] == ["2026-03-06", "2026-03-06", "2026-03-05"]


# the near form: "crossed into a new stage" is no arrival (plant: the capital `(?-i:[A-Z])` after "into" dropped from
# visits._BEGAN_EARLIER)
def test_crossed_into_a_new_stage_is_no_arrival():
    text = ARRIVAL.replace("Japarov, who crossed into Kazakhstan by road on Thursday evening, was the first guest to "
                           "arrive.", "Japarov said ties with Kazakhstan crossed into a new stage on Thursday.")
    assert [visit[2] for visit in proposed.visits(text, DAY)] == ["2026-03-06", "2026-03-06", "2026-03-06"]


LETTER = ("Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevə təbrik məktubu ünvanlayıb\n\n"
          "Azərbaycan Respublikasının Prezidenti İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevə ad günü "
          "münasibətilə təbrik məktubu ünvanlayıb.\n\n"
          "Məktubda deyilir:\n\n"
          "Hörmətli Kasım-Jomart Kemeleviç!\n\n"
          "Bu il fevralın 12-də Astanaya dövlət səfərim zamanı keçirdiyimiz danışıqları məmnuniyyətlə xatırlayıram. "
          "Səfər çərçivəsində imzaladığımız beş sənəd əməkdaşlığımızı möhkəmləndirdi.\n\n"
          "Hörmətlə,\n\nİlham Əliyev")


# plant: the round-91 `_letter_writer_s_trip` branch taken out of visits.find_visits (the letter gave no visit)
def test_a_letter_recalling_my_visit_is_the_sender_s_visit():
    assert proposed.visits(LETTER, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-02-12", "Astana", "state")]
    assert proposed.quotes(LETTER, DAY) == []
    russian = ("Президент Ильхам Алиев направил поздравительное письмо Президенту Казахстана Касым-Жомарту Токаеву.\n\n"
               "В письме говорится:\n\nУважаемый Касым-Жомарт Кемелевич!\n\n"
               "С большим удовольствием вспоминаю мой государственный визит в Астану 12 февраля этого года.\n\n"
               "С уважением,\n\nИльхам Алиев")
    assert proposed.visits(russian, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-02-12", "Astana", "state")]


# a trip the writer looks forward to, in the present tense (plant: the `_LETTER_AWAITED` test dropped from
# _letter_writer_s_trip: each of these gave a visit dated 12 May of the year before)
def test_a_visit_the_writer_looks_forward_to_is_none():
    awaited = LETTER.replace("Bu il fevralın 12-də Astanaya dövlət səfərim zamanı keçirdiyimiz danışıqları "
                             "məmnuniyyətlə xatırlayıram.", "Mayın 12-də Astanaya dövlət səfərimi səbirsizliklə "
                                                           "gözləyirəm.")
    assert proposed.visits(awaited, DAY) == []
    russian = ("Президент Ильхам Алиев направил поздравительное письмо Президенту Казахстана Касым-Жомарту Токаеву.\n\n"
               "В письме говорится:\n\nУважаемый Касым-Жомарт Кемелевич!\n\n"
               "С нетерпением жду мой государственный визит в Астану 12 мая.\n\nС уважением,\n\nИльхам Алиев")
    assert proposed.visits(russian, DAY) == []


# plant: "imzaladığımız" taken out of visits._LOCAL_DOCUMENTS (the letter's visit had its count unstated, "")
def test_the_documents_we_signed_in_the_letter_are_counted():
    assert proposed.documents(LETTER, DAY) == ["5"]


# the near forms: "our visit" (plant: the `(?!iz)` after "səfərim" dropped from visits._MY_VISIT), a visit to come
# (plant: the `_LOCAL_NOT_VISIT` and `_FUTURE` tests dropped from _letter_writer_s_trip, together or either alone: the
# "olacaq" case is also left dayless by _days, so the planned, expected and online ones carry the plant), and the
# sentence after the letter's closing (plant: the `_LETTER_CLOSING` test dropped from _letter_writer_s_trip)
def test_our_visit_a_visit_to_come_and_one_after_the_closing_are_none():
    ours = LETTER.replace("dövlət səfərim zamanı keçirdiyimiz", "nümayəndə heyətimizin dövlət səfərimiz zamanı "
                                                                "keçirilən")
    assert proposed.visits(ours, DAY) == []
    to_come = LETTER.replace("Bu il fevralın 12-də Astanaya dövlət səfərim zamanı keçirdiyimiz danışıqları "
                             "məmnuniyyətlə xatırlayıram.", "Mayın 12-də Astanaya dövlət səfərim olacaq.")
    assert proposed.visits(to_come, DAY) == []
    planned = LETTER.replace("Bu il fevralın 12-də Astanaya dövlət səfərim zamanı keçirdiyimiz danışıqları "
                             "məmnuniyyətlə xatırlayıram.", "Mayın 12-də Astanaya planlaşdırılan dövlət səfərimi "
                                                           "səbirsizliklə gözləyirəm.")
    assert proposed.visits(planned, DAY) == []
    russian = ("Президент Ильхам Алиев направил поздравительное письмо Президенту Казахстана Касым-Жомарту Токаеву.\n\n"
               "В письме говорится:\n\nУважаемый Касым-Жомарт Кемелевич!\n\n{}\n\nС уважением,\n\nИльхам Алиев")
    assert proposed.visits(russian.format("Мой государственный визит в Астану ожидается 12 мая."), DAY) == []
    online = "Мой государственный визит в Астану 12 мая пройдёт в онлайн-формате."
    assert proposed.visits(russian.format(online), DAY) == []
    after = ("Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevə ad günü münasibətilə təbrik məktubu "
             "ünvanlayıb.\n\nMəktubda deyilir:\n\nHörmətli Kasım-Jomart Kemeleviç!\n\nSizi təbrik edirəm.\n\n"
             "Hörmətlə,\n\nİlham Əliyev\n\nQonaq fevralın 12-də Astanaya səfərim barədə danışan jurnalistlə görüşüb.")
    assert proposed.visits(after, DAY) == []
