"""Fifty-seventh round, visits of set 81 (docs/extraction.md: visits.py): the forms behind the dev/967, 968, 969, 970,
973, 974 and 975 misses, told in short invented sentences: companies' deals told signed "there" after a sentence naming
the forum, and in a "while" clause after the count; a Russian aside typing the visit; talks in "the <demonym> capital";
"It was formally a working visit"; a surname before a comma as the subject of a Turkish visit told months before, with
one document "on that visit"; Azerbaijani and Turkish deals "bağlandı"; an Azerbaijani or Turkish visit told ending on a
day. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)


def test_company_deals_told_signed_there_after_the_forum_add_to_the_count():
    # plant: the _EN_FIRM_DEALS_THERE branch dropped from visits._add_details
    lead = "Kyrgyz President Sadyr Japarov arrived in Astana on Monday. The presidents signed twelve documents. "
    text = lead + "A business forum was held at the Expo centre. Firms from both countries signed six contracts there."
    assert proposed.documents(text, DAY) == ["18"]
    # "there" after a sentence that names no forum may be a part of the count told: left as it was
    toured = lead + "Japarov later toured the Expo centre. Companies signed four agreements there."
    assert proposed.documents(toured, DAY) == ["12"]


def test_company_deals_in_a_while_clause_after_the_count_add_to_it():
    # plant: the _en_while_more_counted call dropped from visits._add_details
    lead = "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Baku on Monday. The ministers signed four documents, "
    assert proposed.documents(lead + "while Socar and Uzbekneftegaz concluded three further agreements.", DAY) == ["7"]
    at_forum = lead + "while two companies signed three contracts at the business forum in the evening."
    assert proposed.documents(at_forum, DAY) == ["7"]
    # a clause on the documents themselves, or on ones still to come, adds none
    assert proposed.documents(lead + "while two of them concern energy.", DAY) == ["4"]
    assert proposed.documents(lead + "while three agreements are still being prepared.", DAY) == ["4"]


def test_a_russian_aside_saying_the_visits_nature_types_it():
    # plant: the "визит, который носит" alternative dropped from visits._VISIT_TYPED_BY_WHICH
    lead = "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Баку 18 мая. "
    text = lead + "Визит, который носит рабочий характер, продлится два дня."
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-05-18", "Baku", "working")]
    status = lead + "Визит, который имеет статус официального, завершится в среду."
    assert [v[4] for v in proposed.visits(status, DAY)] == ["official"]
    # a visit to come, its nature in the future, types nothing
    coming = lead + "Предстоящий визит, который будет носить государственный характер, готовится."
    assert [v[4] for v in proposed.visits(coming, DAY)] == ["other"]


def test_talks_held_in_the_capital_told_by_its_demonym_are_a_visit():
    # plant: the _capital_by_demonym fallback dropped from visits._meeting_visit
    text = "Turkish Trade Minister Omer Bolat held talks in the Uzbek capital on 12 May."
    assert proposed.visits(text, DAY) == [("Omer Bolat", "Uzbekistan", "2026-05-12", "Tashkent", "other")]
    # a minister at home in his own capital makes no visit
    assert proposed.visits("Kazakh Foreign Minister Murat Nurtleu held talks in the Kazakh capital on 12 May.",
                           DAY) == []


def test_it_was_a_typed_visit_in_the_past_types_the_visit_before():
    # plant: the "^(?:this|it)\s+was" alternative dropped from visits._THIS_IS_THE_TYPED_VISIT
    lead = "Turkish Trade Minister Omer Bolat arrived in Tashkent on 12 May. "
    text = lead + "It was formally a working visit, and it was planned that way."
    assert proposed.visits(text, DAY) == [("Omer Bolat", "Uzbekistan", "2026-05-12", "Tashkent", "working")]
    # denied, or another visit of another year: no type
    assert [v[4] for v in proposed.visits(lead + "It was not a working visit.", DAY)] == ["other"]
    assert [v[4] for v in proposed.visits(lead + "It was a state visit in 2019 that set the tone.", DAY)] == ["other"]


def test_a_surname_before_a_comma_tells_a_visit_looked_back_on():
    # plant: the _surname_before_comma_told_before call dropped from visits.find_visits
    lead = ("Kazakh Akim Yermek Sadykov 18 Mayıs'ta İzmir'e geldi. İzmir Valisi Süleyman Elban tarafından karşılanan "
            "Sadykov, ilişkileri anlattı. ")
    text = lead + "Elban, 3 Ekim 2025'te Aktau'yu ziyaret etmişti."
    assert proposed.visits(text, DAY) == [("Yermek Sadykov", "Türkiye", "2026-05-18", "Izmir", "other"),
                                          ("Süleyman Elban", "Kazakhstan", "2025-10-03", "Aktau", "other")]


def test_one_document_on_that_visit_and_later_counts_for_the_articles_visit():
    # plant: _LOOKED_BACK_DAYS made 1000 (the visit months before no more looked back on)
    lead = ("Kazakh Akim Yermek Sadykov 18 Mayıs'ta İzmir'e geldi. İzmir Valisi Süleyman Elban tarafından karşılanan "
            "Sadykov, ilişkileri anlattı. Elban, 3 Ekim 2025'te Aktau'yu ziyaret etmiş, o ziyarette iki şehir arasında "
            "bir niyet mektubu imzalanmıştı. ")
    assert proposed.documents(lead + "Görüşmede iki belge imzalandı.", DAY) == ["2", "1"]
    # plant: the _TA_ONE_ON_THAT_VISIT branch dropped from visits._add_details
    assert proposed.documents(lead, DAY) == ["0", "1"]  # round 71 (docs0): none told signed is 0


def test_deals_told_concluded_bagland_count_as_signed():
    # plant: "bağla…" dropped from visits._TA_SIGNED
    az = ("Nazir Mikayıl Cabbarov mayın 12-də Daşkəndə gəlib. Görüşdə beş sənəd imzalanıb. Biznes forumunda şirkətlər "
          "arasında üç müqavilə bağlanıb.")
    assert proposed.documents(az, DAY) == ["8"]
    tr = ("Bakan Ömer Bolat 12 Mayıs'ta Taşkent'e geldi. Görüşmelerde beş belge imzalandı. İş forumunda şirketler "
          "arasında üç ticari anlaşma bağlandı.")
    assert proposed.documents(tr, DAY) == ["8"]
    # a connection ("bağlantı") or a conclusion to come signs nothing
    link = ("Bakan Ömer Bolat 12 Mayıs'ta Taşkent'e geldi. Görüşmelerde beş belge imzalandı. İki ülke arasındaki yol "
            "bağlantısı da ele alındı.")
    assert proposed.documents(link, DAY) == ["5"]
    assert proposed.documents("Bakan Ömer Bolat 12 Mayıs'ta Taşkent'e geldi. Forumda üç anlaşmanın bağlanması "
                              "bekleniyor.", DAY) == ["0"]


def test_a_visit_told_ending_on_a_day_is_no_new_visit():
    # plant: the _LOCAL_VISIT_ENDS check dropped from visits.find_visits
    az = ("Özbəkistanın xarici işlər naziri Baxtiyor Saidov mayın 12-də Bakıya gəlib. Saidovun Azərbaycana rəsmi "
          "səfəri mayın 14-də başa çatıb.")
    assert [v[:4] for v in proposed.visits(az, DAY)] == [("Bakhtiyor Saidov", "Azerbaijan", "2026-05-12", "Baku")]
    tr = ("Özbekistan Dışişleri Bakanı Bakhtiyor Saidov 12 Mayıs'ta Ankara'ya geldi. Saidov'un Türkiye'ye çalışma "
          "ziyareti 14 Mayıs'ta sona erdi.")
    assert [v[:4] for v in proposed.visits(tr, DAY)] == [("Bakhtiyor Saidov", "Türkiye", "2026-05-12", "Ankara")]
    # a visit told alone, ending on a day, is still proposed
    alone = "Adılbek Kasımaliyevin Azərbaycana rəsmi səfəri mayın 20-də başa çatıb."
    assert [v[0] for v in proposed.visits(alone, DAY)] == ["Adylbek Kasymaliyev"]
