"""Fifty-sixth round, visits B (interviews and analyses; docs/extraction.md: visits.py): the forms behind the dev/957,
962, 963 and 964 misses and what the probes found, told in short invented sentences: a Turkish or Azerbaijani answer
opening on "our" title (after its label) for the one the question named so; a Russian dayless visit of someone in the
genitive dated by "он прилетел" after it; the type told by "this is" someone's typed visit at a sentence's end; the type
told by the visitor's surname in the genitive before a bare typed visit "within" (kapsamında, çərçivəsində). Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 20)


def test_our_title_in_an_answer_is_the_minister_the_question_named():
    # plant: the possessive ending dropped from visits._TA_BARE_TITLE
    text = ("Başlık\n\nBüyükelçi sorularımızı yanıtladı.\n\nSORU: Geçen ay Dışişleri Bakanınız Hakan Fidan "
            "Taşkent'teydi. Ne konuşuldu?\n\nCEVAP: Bakanımız 12 Ağustos'ta Taşkent'e çalışma ziyareti "
            "gerçekleştirdi.")
    assert proposed.visits(text, DAY) == [("Hakan Fidan", "Uzbekistan", "2026-08-12", "Tashkent", "working")]
    az = ("Başlıq\n\nSəfir suallarımızı cavablandırıb.\n\nQƏZET: Keçən ay xarici işlər naziriniz Ceyhun Bayramov "
          "Daşkənddə idi. Nə müzakirə olundu?\n\nSƏFİR: Nazirimiz avqustun 12-də Daşkəndə rəsmi səfərə gəlib.")
    assert proposed.visits(az, DAY) == [("Jeyhun Bayramov", "Uzbekistan", "2026-08-12", "Tashkent", "official")]
    # another title than the question's, or two so titled before: no one's visit
    other = text.replace("Bakanımız 12", "Valimiz 12")
    assert proposed.visits(other, DAY) == []
    two = text.replace("Hakan Fidan", "Hakan Fidan ve Ticaret Bakanınız Ömer Bolat")
    assert proposed.visits(two, DAY) == []


def test_russian_dayless_visit_dated_by_he_arrived_after_it():
    # plant: the _ru_guest_dated_by_pronoun call dropped from visits.find_visits
    text = ("Заголовок\n\nВажным событием весны стал официальный визит министра иностранных дел Узбекистана "
            "Бахтиёра Саидова в Баку. Он прибыл 14 апреля и провёл переговоры.")
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-04-14", "Baku", "official")]
    answer = ("Заголовок\n\n— Расскажите о контактах.\n\n— Главным событием стал рабочий визит президента "
              "Кыргызстана Садыра Жапарова в Ташкент. Переговоры были долгими. Он прилетел 5 мая из Бишкека.")
    assert proposed.visits(answer, DAY) == [("Sadyr Japarov", "Uzbekistan", "2026-05-05", "Tashkent", "working")]
    # someone else named between, a place of another state, or a visit to come: no visit
    between = text.replace(" Он прибыл", " Его встретил Джейхун Байрамов. Он прибыл")
    assert proposed.visits(between, DAY) == []
    elsewhere = text.replace("14 апреля и", "14 апреля в Анкару и")
    assert proposed.visits(elsewhere, DAY) == []
    to_come = text.replace("стал официальный визит", "ожидается предстоящий визит")
    assert proposed.visits(to_come, DAY) == []


def test_this_is_someones_typed_visit_types_the_visit_before():
    # plant: the _THIS_IS_THE_TYPED_VISIT search dropped from visits._visit_is_typed
    az = ("Başlıq\n\nXarici işlər naziri Ceyhun Bayramov noyabrın 3-də Daşkəndə gəlib. Qeyd edək ki, bu, nazirin "
          "işgüzar səfəridir.")
    assert proposed.visits(az, DAY) == [("Jeyhun Bayramov", "Uzbekistan", "2025-11-03", "Tashkent", "working")]
    tr = ("Başlık\n\nDışişleri Bakanı Hakan Fidan 3 Kasım'da Taşkent'e geldi. Belirtmek gerekir ki, bu, Bakanın "
          "resmi ziyaretidir.")
    assert proposed.visits(tr, DAY) == [("Hakan Fidan", "Uzbekistan", "2025-11-03", "Tashkent", "official")]
    ru = ("Заголовок\n\nМинистр иностранных дел Турции Хакан Фидан 3 ноября прибыл в Баку. Отметим, что это "
          "рабочий визит главы ведомства.")
    assert proposed.visits(ru, DAY) == [("Hakan Fidan", "Azerbaijan", "2025-11-03", "Baku", "working")]
    en = "Headline\n\nTurkish Foreign Minister Hakan Fidan arrived in Tashkent on Monday. This is a working visit."
    assert proposed.visits(en, DAY) == [("Hakan Fidan", "Uzbekistan", "2026-09-14", "Tashkent", "working")]
    # a visit to come, or the type not at the sentence's end, types nothing
    assert proposed.visits(ru.replace("это рабочий", "это будет рабочий"), DAY)[0][4] == "other"
    assert proposed.visits(en.replace("This is a", "This is not a"), DAY)[0][4] == "other"


def test_visitors_surname_before_a_bare_typed_visit_within_types_it():
    # plant: the "kapsamında|çerçevesinde|çərçivəsində" alternative dropped from visits._LOCAL_VISITOR_S_TYPED
    tr = ("Başlık\n\nKazakistan Dışişleri Bakanı Murat Nurtleu, 14 Mart'ta Ankara'da Hakan Fidan ile görüştü. "
          "Bakan Nurtleu'nun resmi ziyaret kapsamında başkente geldiği bu temasta iki anlaşma imzalandı.")
    assert proposed.visits(tr, DAY) == [("Murat Nurtleu", "Türkiye", "2026-03-14", "Ankara", "official")]
    assert proposed.documents(tr, DAY) == ["2"]
    az = ("Başlıq\n\nQazaxıstanın xarici işlər naziri Murat Nurtleu martın 14-də Bakıya gəlib. Nurtleunun işgüzar "
          "səfər çərçivəsində keçirdiyi görüşdə iki sənəd imzalanıb.")
    assert proposed.visits(az, DAY) == [("Murat Nurtleu", "Azerbaijan", "2026-03-14", "Baku", "working")]
    # another's typed visit (to come) types no visit of his
    other = tr.replace("Bakan Nurtleu'nun resmi ziyaret kapsamında başkente geldiği bu temasta iki anlaşma "
                       "imzalandı.", "Erdoğan'ın resmi ziyaret kapsamında Astana'ya gideceği belirtildi.")
    assert proposed.visits(other, DAY) == [("Murat Nurtleu", "Türkiye", "2026-03-14", "Ankara", "other")]
