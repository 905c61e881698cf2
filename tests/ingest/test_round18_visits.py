"""Round 18 visit rules (dev/198–209 and probes of invented passages). Each test was seen failing once on the plant
its docstring names."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)  # a Thursday


def test_local_office_subject_with_the_day_before_the_place():
    """Plant: _office_subject without the cut at the day (the office and "martın 10-da" five words: no visitor)."""
    text = "Qazaxıstan XİN başçısı martın 10-da Azərbaycana rəsmi səfərə gəlib."
    assert proposed.visits(text, DAY) == [("Yermek Kosherbayev", "Azerbaijan", "2026-03-10", "", "official")]
    yesterday = "Özbəkistanın xarici işlər naziri dünən Azərbaycana işgüzar səfərə gəlib."
    assert proposed.visits(yesterday, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-03-11", "", "working")]


def test_russian_office_alone_keeps_its_state():
    """Plant: _office_subject cutting Russian at the first place (_up_to_place) as before ("Президент" alone: no
    visitor)."""
    text = "Президент Казахстана прибыл в Баку 10 марта."
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-03-10", "Baku", "other")]
    day_first = "Глава МИД Казахстана в среду прибыл в Баку с рабочим визитом."
    assert proposed.visits(day_first, DAY) == [("Yermek Kosherbayev", "Azerbaijan", "2026-03-11", "Baku", "working")]


def test_talks_at_a_ministry_are_in_the_capital():
    """Plant: the _AT_MINISTRY branch of _city_from_next left out (city '')."""
    text = "Qazaxıstan XİN başçısı martın 10-da Azərbaycana rəsmi səfərə gəlib. Görüş Xarici İşlər Nazirliyində keçib."
    assert proposed.visits(text, DAY) == [("Yermek Kosherbayev", "Azerbaijan", "2026-03-10", "Baku", "official")]
    russian = ("Министр иностранных дел Казахстана 10 марта прибыл в Азербайджан с официальным визитом. "
               "Переговоры прошли в МИД.")
    assert proposed.visits(russian, DAY) == [("Yermek Kosherbayev", "Azerbaijan", "2026-03-10", "Baku", "official")]
    # a ministry of another state is no sign of the host's capital
    other = ("Qazaxıstan XİN başçısı martın 10-da Azərbaycana rəsmi səfərə gəlib. "
             "Görüş Qazaxıstan Xarici İşlər Nazirliyinin binasında keçib.")
    assert proposed.visits(other, DAY) == [("Yermek Kosherbayev", "Azerbaijan", "2026-03-10", "", "official")]


def test_title_and_name_set_apart_by_commas():
    """Plant: _appositive_visitor returning None at once (no visitor in any of the three)."""
    title_first = "Turkmenistan's Deputy Prime Minister for energy, Kerim Ovezov, arrived in Baku on Tuesday on a working visit."
    assert proposed.visits(title_first, DAY) == [("Kerim Ovezov", "Azerbaijan", "2026-03-10", "Baku", "working")]
    name_first = "Kerim Ovezov, deputy chairman of Turkmenistan's cabinet, arrived in Baku on Tuesday."
    assert proposed.visits(name_first, DAY) == [("Kerim Ovezov", "Azerbaijan", "2026-03-10", "Baku", "other")]
    known = "Kazakhstan's foreign minister, Yermek Kosherbayev, paid an official visit to Baku on Monday."
    assert proposed.visits(known, DAY) == [("Yermek Kosherbayev", "Azerbaijan", "2026-03-09", "Baku", "official")]
    # no office in the title, or no state: nobody's visit
    assert proposed.visits("His old friend, Kerim Ovezov, arrived in Baku on Tuesday.", DAY) == []
    assert proposed.visits("The company's deputy director, Kerim Ovezov, arrived in Baku on Tuesday.", DAY) == []


def test_no_documents_counted_in_units_of_time():
    """Plant: "decades?|years?|…" left out of _DOCUMENTS' look-ahead (documents '3')."""
    text = ("Turkmen Deputy Prime Minister Kerim Ovezov arrived in Baku on Tuesday. "
            "The field was disputed for three decades until a memorandum was signed.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_month_before_a_year_is_another_time():
    """Plant: _IN_YEAR without the word between "in" and the year (documents '5')."""
    text = ("Turkmen Deputy Prime Minister Kerim Ovezov arrived in Baku on Tuesday. "
            "The two sides had signed five agreements in January 2021.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention
    same_year = ("Turkmen Deputy Prime Minister Kerim Ovezov arrived in Baku on Tuesday. "
                 "Five agreements were signed in March 2026.")
    assert proposed.documents(same_year, DAY) == ["5"]


SUMMIT = ("10 марта в Туркестане прошёл неформальный саммит глав тюркских государств. Город готовился к нему неделю. "
          "Лидеры прилетели в Туркестан во вторник утром. "
          "В аэропорту президента Азербайджана Ильхама Алиева и президента Узбекистана Шавката Мирзиёева встречал "
          "Касым-Жомарт Токаев.")


def test_russian_host_greeting_summit_guests():
    """Plant: _RU_GREETED left out of _CAME_TO_IT (the greeting three sentences after the summit's: no visits);
    second plant: the guests read without _RU_GENITIVE_A (no visits: "Ильхама Алиева" names no one)."""
    assert proposed.visits(SUMMIT, DAY) == [
        ("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Turkistan", "summit"),
        ("Shavkat Mirziyoyev", "Kazakhstan", "2026-03-10", "Turkistan", "summit")]
    # "встретился" is meeting, no greeting of arrivals
    met = SUMMIT.replace("В аэропорту президента Азербайджана Ильхама Алиева и президента Узбекистана Шавката "
                         "Мирзиёева встречал Касым-Жомарт Токаев.",
                         "Касым-Жомарт Токаев встретился с журналистами.")
    assert proposed.visits(met, DAY) == []


def test_russian_took_part_in_the_summit_verb_first():
    """Plant: the "участвовал … в саммите" alternative left out of _CAME_TO_IT (no visit: the sentence is three after
    the summit's); the city by its one English name (docs/extraction.md, gold conventions)."""
    text = ("10 марта в Туркестане прошёл неформальный саммит глав тюркских государств. Город готовился к нему неделю. "
            "Улицы перекрыли. Президент Туркменистана Сердар Бердымухамедов участвовал в саммите в качестве почётного гостя.")
    assert proposed.visits(text, DAY) == [("Serdar Berdimuhamedow", "Kazakhstan", "2026-03-10", "Turkistan", "summit")]


def test_state_of_a_company_is_no_visit_type():
    """Plant: _TYPE as before ("state|official|working" anywhere, the visit word optional: type 'state')."""
    text = "The head of Turkmenistan's state gas concern, Kerim Ovezov, arrived in Baku on Tuesday."
    assert proposed.visits(text, DAY) == [("Kerim Ovezov", "Azerbaijan", "2026-03-10", "Baku", "other")]
    official = "Kerim Ovezov, Turkmenistan's deputy prime minister, arrived in Baku on Tuesday on an official two-day visit."
    assert proposed.visits(official, DAY) == [("Kerim Ovezov", "Azerbaijan", "2026-03-10", "Baku", "official")]
    trip = "Turkmen Deputy Prime Minister Kerim Ovezov arrived in Baku on Tuesday for a working trip."
    assert proposed.visits(trip, DAY) == [("Kerim Ovezov", "Azerbaijan", "2026-03-10", "Baku", "working")]


def test_english_reception_in_the_passive():
    """Plant: the _RECEIVED_BY search left out of _reception (no visit)."""
    text = "Uzbek President Shavkat Mirziyoyev was received by Turkish President Recep Tayyip Erdoğan in Ankara on Tuesday."
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-03-10", "Ankara", "other")]
    warmly = "Kazakh President Kassym-Jomart Tokayev was warmly welcomed by Ilham Aliyev in Baku on Tuesday."
    assert proposed.visits(warmly, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-03-10", "Baku", "other")]
    # a thing welcomed, or several guests (a summit's), is no reception of one
    assert proposed.visits("The proposal was welcomed by Aliyev in Baku on Tuesday.", DAY) == []
    assert proposed.visits("Tokayev and Japarov were welcomed by Aliyev in Baku on Tuesday.", DAY) == []


def test_turkish_and_azerbaijani_reception_in_the_passive():
    """Plant: the "tarafından/tərəfindən … kabul edildi/qəbul edilib" alternative left out of _LOCAL_RECEIVED (no
    visits); second plant: _thing_of_someone always False (his proposal accepted: a visit of Japarov to Türkiye)."""
    turkish = "Kırgızistan Cumhurbaşkanı Sadır Caparov, Cumhurbaşkanı Erdoğan tarafından dün Ankara'da kabul edildi."
    assert proposed.visits(turkish, DAY) == [("Sadyr Japarov", "Türkiye", "2026-03-11", "Ankara", "other")]
    azerbaijani = "Qırğızıstan Prezidenti Sadır Japarov martın 10-da Prezident İlham Əliyev tərəfindən qəbul edilib."
    assert proposed.visits(azerbaijani, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-03-10", "", "other")]
    # a proposal or a law accepted is no one received
    proposal = "Kırgızistan Cumhurbaşkanı Sadır Caparov'un teklifi dün Erdoğan tarafından kabul edildi."
    assert proposed.visits(proposal, DAY) == []
    law = "Qanun layihəsi martın 10-da Milli Məclis tərəfindən qəbul edilib."
    assert proposed.visits(law, DAY) == []


def test_russian_host_greeting_one_guest():
    """Plant: the greeted group left out of _LOCAL_RECEIVED (no visits)."""
    inverted = ("Вчера в аэропорту Баку премьер-министра Казахстана Олжаса Бектенова встретил премьер-министр "
                "Азербайджана Али Асадов.")
    assert proposed.visits(inverted, DAY) == [("Olzhas Bektenov", "Azerbaijan", "2026-03-11", "Baku", "other")]
    host_first = "Ильхам Алиев вчера встретил в аэропорту Баку президента Турции Реджепа Тайипа Эрдогана."
    assert proposed.visits(host_first, DAY) == [("Recep Tayyip Erdoğan", "Azerbaijan", "2026-03-11", "Baku", "other")]
    # "встретил Новый год" greets no one; "встретился с" is a meeting (the meeting rules' own)
    assert proposed.visits("Токаев встретил Новый год 10 марта в Астане.", DAY) == []


def test_leaders_who_gathered_for_a_summit():
    """Plant: the _attendees call for a _GATHERING summit sentence in the visit branch left out (no visits)."""
    text = "The leaders of Azerbaijan, Kazakhstan and Uzbekistan gathered in Astana on Tuesday for a summit."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Astana", "summit"),
                                          ("Shavkat Mirziyoyev", "Kazakhstan", "2026-03-10", "Astana", "summit")]
    named = "Presidents Ilham Aliyev, Shavkat Mirziyoyev and Kassym-Jomart Tokayev convened in Astana on Tuesday for a summit."
    assert proposed.visits(named, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Astana", "summit"),
                                           ("Shavkat Mirziyoyev", "Kazakhstan", "2026-03-10", "Astana", "summit")]
    # "the assembled leaders" is no gathering
    told = ("Kazakh President Kassym-Jomart Tokayev hosted a summit in Astana on Tuesday. "
            "Orbán told the assembled leaders that Europe needed them.")
    assert proposed.visits(told, DAY) == []


def test_arrival_told_after_the_gathering_moves_the_start():
    """Plant: the _merge of an earlier day in _attendees left out (Aliyev's visit starts on the summit's day)."""
    text = ("The leaders of Azerbaijan and Türkiye gathered in Astana on Tuesday for a summit. The talks were long. "
            "The hall was full. "
            "Azerbaijani President Ilham Aliyev, who flew in Monday evening and met his Turkish counterpart, spoke first.")
    assert ("Ilham Aliyev", "Kazakhstan", "2026-03-09", "Astana", "summit") in proposed.visits(text, DAY)


def test_documents_counted_in_dozens():
    """Plant: "a dozen"/"half a dozen" left out of _COUNT_WORDS (documents '')."""
    text = ("Kyrgyz President Sadyr Japarov arrived in Ashgabat on Tuesday for a state visit. "
            "A dozen agreements were signed.")
    assert proposed.documents(text, DAY) == ["12"]
    half = ("Kyrgyz President Sadyr Japarov arrived in Ashgabat on Tuesday for a state visit. "
            "The two sides signed half a dozen agreements.")
    assert proposed.documents(half, DAY) == ["6"]


def test_leaving_for_a_capital():
    """Plant: the "left|departed|set off" alternative left out of _VISITOR_CUES (no visitor); second plant: the
    "left … for" alternative left out of _VISIT (no visit in the sentence without "visit")."""
    text = "Aliyev left for Astana on Tuesday on a state visit."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Astana", "state")]
    bare = "Kazakh President Kassym-Jomart Tokayev left for Baku on Tuesday."
    assert proposed.visits(bare, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-03-10", "Baku", "other")]
    departed = "Kyrgyz President Sadyr Japarov departed on Tuesday for Baku on an official visit."
    assert proposed.visits(departed, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-03-10", "Baku", "official")]
    # leaving for a place outside the ties, or for no place named, is none of theirs
    assert proposed.visits("Aliyev left for Moscow on Tuesday on a working visit.", DAY) == []


def test_is_on_a_visit():
    """Plant: the "(is|was) on a … visit" alternative left out of _VISITOR_CUES (no visitor)."""
    text = "Kazakh President Kassym-Jomart Tokayev is on a state visit to Azerbaijan, which began on Tuesday."
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-03-10", "", "state")]


def test_turkish_type_with_an_article():
    """Plant: "(?:bir\\s+)?" left out of _LOCAL_TYPE's Turkish alternative (type 'other')."""
    text = "Cumhurbaşkanı Erdoğan, dün Özbekistan'a resmi bir ziyaret gerçekleştirdi ve Taşkent'te Mirziyoyev ile görüştü."
    assert proposed.visits(text, DAY) == [("Recep Tayyip Erdoğan", "Uzbekistan", "2026-03-11", "Tashkent", "official")]


def test_summit_guests_told_by_their_states_in_russian_turkish_azerbaijani():
    """Plant: the Russian alternative left out of _LEADERS_OF (no visits); second plant: _leaders_before returning []
    (no Turkish or Azerbaijani visits)."""
    russian = ("10 марта в Бишкеке прошел саммит Организации тюркских государств. "
               "В работе саммита приняли участие президенты Азербайджана, Турции и Узбекистана.")
    leaders = [("Ilham Aliyev", "Kyrgyzstan", "2026-03-10", "Bishkek", "summit"),
               ("Recep Tayyip Erdoğan", "Kyrgyzstan", "2026-03-10", "Bishkek", "summit"),
               ("Shavkat Mirziyoyev", "Kyrgyzstan", "2026-03-10", "Bishkek", "summit")]
    assert proposed.visits(russian, DAY) == leaders
    azerbaijani = ("Martın 10-da Bişkekdə Türk Dövlətləri Təşkilatının Zirvəsi keçirilib. "
                   "Zirvədə Azərbaycan, Türkiyə və Özbəkistan prezidentləri iştirak ediblər.")
    assert proposed.visits(azerbaijani, DAY) == leaders
    # Hungary's "leader" is its prime minister
    turkish = ("Türk Devletleri Teşkilatı Zirvesi 10 Mart'ta Bişkek'te yapıldı. "
               "Zirveye Azerbaycan ve Macaristan liderleri katıldı.")
    assert proposed.visits(turkish, DAY) == [("Ilham Aliyev", "Kyrgyzstan", "2026-03-10", "Bishkek", "summit"),
                                             ("Viktor Orbán", "Kyrgyzstan", "2026-03-10", "Bishkek", "summit")]


def test_officer_of_a_body_outside_the_ties_makes_no_visit():
    """Plant: the _OUTSIDE_BODY check left out of _visitor_of_another_state (a visit of António Costa)."""
    assert proposed.visits("European Council President António Costa visited Tashkent on Tuesday.", DAY) == []
    assert proposed.visits("EU Special Representative Terhi Hakala arrived in Astana on Tuesday.", DAY) == []
    # a Turkic body's officer, named by the table or not, is not such a one
    turkic = "Turkic Council official Kerim Ovezov, a Turkmen diplomat, arrived in Baku on Tuesday."
    assert proposed.visits(turkic, DAY) != []


def test_documents_named_then_the_others_counted():
    """Plant: _OTHER_DOCUMENTS never searched (documents '': "11 other documents" is no count of _DOCUMENTS)."""
    visit = "Kazakh President Kassym-Jomart Tokayev arrived in Bishkek on Tuesday for a two-day state visit. "
    assert proposed.documents(visit + "Tokayev and Japarov signed a treaty on allied relations and 11 other documents.",
                              DAY) == ["12"]
    assert proposed.documents(visit + "The sides signed a declaration, a road map and ten other agreements.", DAY) == ["12"]


def test_russian_trip_is_a_visit_word():
    """Plant: "поездк" left out of _LOCAL_VISIT (no visit)."""
    text = "Президент Азербайджана Ильхам Алиев совершил рабочую поездку в Турцию 10 марта."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Türkiye", "2026-03-10", "", "working")]
    # a trip at home is no visit
    home = "Президент Казахстана Касым-Жомарт Токаев 10 марта совершил рабочую поездку в Мангистаускую область."
    assert proposed.visits(home, DAY) == []


def test_visit_told_in_another_year_takes_no_later_day():
    """Plant: _told_in_another_year always False (visits of Mirziyoyev on Tuesday)."""
    assert proposed.visits("Mirziyoyev was on a visit to Baku in 2024, he recalled on Tuesday.", DAY) == []
    aside = "Uzbek President Shavkat Mirziyoyev, who was on a state visit to Baku in 2024, spoke on Tuesday."
    assert proposed.visits(aside, DAY) == []
    russian = "Мирзиёев, посетивший Баку в 2024 году, во вторник заявил об этом."
    assert proposed.visits(russian, DAY) == []
    # a visit of the day told in another clause stands
    text = "Aliyev, who last visited Astana in 2019, arrived in Astana on Tuesday."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Astana", "other")]


def test_relative_clause_on_the_subject_before_a_cue_verb():
    """Plant: "who" left out of _COMMA_ASIDE (no visitor: the cue's run stops at the comma)."""
    text = "Aliyev, who last visited Astana in 2019, arrived in Astana on Tuesday."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Astana", "other")]


def test_place_in_an_aside_on_the_subject_is_not_the_destination():
    """Plant: the aside check left out of _destination (a visit to Baku)."""
    text = "Mirziyoyev, who was in Baku in 2024, arrived in Astana on Tuesday."
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Kazakhstan", "2026-03-10", "Astana", "other")]


def test_turkish_and_azerbaijani_visit_reported_in_another_year():
    """Plant: _reported_local_visit always False (visits on "dün"/"dünən")."""
    assert proposed.visits("Erdoğan, 2024'te Bakü'ye resmi ziyarette bulunduğunu dün hatırlattı.", DAY) == []
    assert proposed.visits("Prezident Tokayev 2024-cü ildə Bakıya dövlət səfəri etdiyini dünən xatırladıb.", DAY) == []
    # a visit of the day, the nominalised verb another's
    text = "Aliyev dün Ankara'ya geldi ve 2024'te imzalanan anlaşmaların uygulandığını söyledi."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Türkiye", "2026-03-11", "Ankara", "other")]


def test_a_city_has_one_name_whatever_its_spelling():
    """A city is named one way in every language, so the pages group its visits together: "Turkestan" in English and
    "Туркестан" in Russian are Turkistan, as Turkish "Türküstan" is. Plant: "Turkestan" kept as a city of its own
    and "Туркестан" mapped to it (round 18's first reading)."""
    english = "Uzbek President Shavkat Mirziyoyev arrived in Turkestan on Tuesday for an informal summit."
    russian = "Президент Узбекистана Шавкат Мирзиёев во вторник прибыл в Туркестан с рабочим визитом."
    assert [visit[3] for visit in proposed.visits(english, DAY)] == ["Turkistan"]
    assert [visit[3] for visit in proposed.visits(russian, DAY)] == ["Turkistan"]
