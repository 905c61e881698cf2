"""Thirty-fourth round, visits, trade figures and targets (docs/extraction.md: visits.py, figures.py): the forms behind
the dev/479, 482 … misses of the part, and those the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)  # a Thursday


def test_a_year_then_when_is_the_period_of_the_amount_after_it_not_a_part_year_carried():
    # plant: the call of figures._year_when_before dropped from figures.find_figures
    # plant: "period and " put back in front of that call's condition (the sentence with no period of its own fails)
    text = ("Trade between Kazakhstan and Azerbaijan grew in the first half of 2026.\n\n"
            "Bilateral trade stood at $610 million in January-June.\n\n"
            "The figures follow a record 2025, when trade rose to nearly $1.1bn, up from $980m in 2024.")
    got = proposed.trade_values(text, DAY)
    ka = proposed.pair("Kazakhstan", "Azerbaijan")
    assert (ka, "2025", "turnover", 1100.0) in got and (ka, "2024", "turnover", 980.0) in got
    assert not any(f[1].endswith("H1") and f[3] in (1100.0, 980.0) for f in got)
    # the sentence's only year, told with no "in" before it, is its period too
    alone = "The figures follow a weak 2024, when trade between Kazakhstan and Azerbaijan fell to $720 million."
    assert proposed.trade_values(alone, DAY) == {(ka, "2024", "turnover", 720.0)}
    # a year told without "when" is no clause of its own: the half-year carried stands
    text = text.replace("a record 2025, when trade rose", "strong sales, as trade rose")
    assert (ka, "2026-H1", "turnover", 1100.0) in proposed.trade_values(text, DAY)


def test_turkish_further_clause_opened_by_ve_takes_its_own_period_and_growth():
    # plant: "or _local_and_clause_period(…)" dropped from figures._clause_period
    text = ("Özbekistan Dışişleri Bakanı Bahtiyor Saidov dün Ankara'yı ziyaret etti. Saidov, \"Geçen yıl ikili ticaret "
            "hacmimiz 3,4 milyar dolar oldu ve bu yılın ilk altı ayında yüzde 9 artışla 1,8 milyar dolara ulaştı\" dedi.")
    got = proposed.trade(text, DAY)
    tu = proposed.pair("Türkiye", "Uzbekistan")
    assert (tu, "2025", "turnover", 3400.0, "exact", "") in got
    assert (tu, "2026-H1", "turnover", 1800.0, "exact", "9") in got
    # Azerbaijani "və" too
    text = ("Qazaxıstanın Baş naziri Olzhas Bektenov dünən Bakıya səfər edib. Ötən il ticarət dövriyyəsi 500 milyon dollar "
            "olub və bu ilin ilk yarısında 6 faiz artaraq 300 milyon dollara çatıb.")
    got = proposed.trade(text, DAY)
    assert (proposed.pair("Azerbaijan", "Kazakhstan"), "2026-H1", "turnover", 300.0, "exact", "6") in got
    # "ve" joining two amounts of one period opens no clause: no second period read
    text = ("Özbekistan Dışişleri Bakanı Bahtiyor Saidov dün Ankara'yı ziyaret etti. Geçen yıl Türkiye'nin ihracatı 2,1 "
            "milyar dolar ve ithalatı 1,3 milyar dolar oldu.")
    assert {f[1] for f in proposed.trade(text, DAY)} == {"2025"}


def test_turkish_arriving_participle_with_the_hosts_city_moves_the_start_to_the_day_before():
    # plant: "|gelen|gələn" dropped from visits._BEGAN_EARLIER
    # plant: the call of visits._names_host_city dropped from visits._earlier_start_told_after
    text = ("Haber Merkezi | 10.09.2026 14:05\n\nKırgızistan Ekonomi Bakanı Daniyar Amangeldiyev, iş forumuna katılmak için geldiği İzmir'de Ticaret Bakanı "
            "Ömer Bolat ile bir araya geldi.\n\nDün akşam İzmir'e gelen Kırgız bakan, bugün foruma katıldı.")
    assert proposed.visits(text, DAY) == [("Daniyar Amangeldiyev", "Türkiye", "2026-09-09", "Izmir", "other")]
    # a city of another state tells no arrival of this visit
    text = text.replace("Dün akşam İzmir'e gelen", "Dün akşam Bişkek'ten dönen")
    assert proposed.visits(text, DAY)[0][2] == "2026-09-10"


def test_a_document_told_signed_also_after_the_count_adds_to_it():
    # plant: the _told_as_more branch dropped from visits._add_details
    text = ("Kırgızistan Ekonomi Bakanı Daniyar Amangeldiyev bugün Ankara'yı ziyaret etti. Ziyarette 6 anlaşma imzalandı. "
            "Ziyaret kapsamında ayrıca iki bakanlık arasında dijital ticaret alanında bir mutabakat zaptı imzalandı.")
    assert proposed.documents(text, DAY) == ["7"]
    # without "ayrıca" the one is part of the six told
    text = text.replace(" ayrıca", "")
    assert proposed.documents(text, DAY) == ["6"]


def test_russian_arrival_the_evening_before_a_ministers_meeting_starts_the_visit_then():
    # plant: visits._attendees reads _dates(s, published) without its Russian days
    text = ("В четверг в Ташкенте прошло заседание Совета министров иностранных дел Узбекистана и Кыргызстана. Глава МИД "
            "Кыргызстана Жээнбек Кулубаев прибыл в столицу накануне вечером и провел переговоры со своим узбекским "
            "коллегой Бахтиёром Саидовым.")
    assert [v[:3] for v in proposed.visits(text, DAY)] == [("Jeenbek Kulubaev", "Uzbekistan", "2026-09-09")]
    # no day before told: the meeting's
    text = text.replace(" накануне вечером", "")
    assert [v[2] for v in proposed.visits(text, DAY)] == ["2026-09-10"]


def test_russian_total_told_alone_after_the_documents_listed():
    # plant: "|(?=\s*[,.;:)–—])" dropped from visits._RU_TOTAL_DOCUMENTS
    text = ("В Бишкеке в среду прошло заседание межправкомиссии. Казахскую делегацию возглавил вице-премьер Серик "
            "Жумангарин, прибывший в столицу Кыргызстана накануне. По итогам заседания подписан протокол и ряд других "
            "документов – всего пять, в том числе соглашение о транзите.")  # round 46: no count before the total (a
    # count "протокол и еще четыре документа" is read as five by itself since round 46, visits._RU_MORE_COUNTED)
    assert proposed.documents(text, DAY) == ["5"]
    # "всего" before another word is no total
    text = text.replace("– всего пять, в том числе", "– всего за пять часов, в том числе")
    assert proposed.documents(text, DAY) != ["5"]


def test_the_speakers_signed_a_memorandum_between_two_bodies_is_one_document():
    # plant: "|speakers|presidents|prime\s+ministers|premiers|parliaments|delegations" dropped from visits._PARTIES_SIGNED_ONE
    # plant: the "between" stop dropped from the lookahead of visits._PARTIES_SIGNED_ONE
    text = ("Kyrgyz parliament speaker Nurlanbek Turgunbek uulu, who arrived in Ankara on Monday on an official visit, held "
            "talks with Turkish parliament speaker Numan Kurtulmuş. Following the talks, the speakers signed a protocol on "
            "cooperation between the Jogorku Kenesh and the Grand National Assembly.")
    assert proposed.documents(text, DAY) == ["1"]
    # a second document listed after it is no single one
    text = text.replace("Grand National Assembly.", "Grand National Assembly and an action plan for 2027.")
    assert proposed.documents(text, DAY) != ["1"]
