"""Seventy-first round, docs0 (docs/extraction.md: visits.py): a visit's documents as docs/annotating.md has them, in
short invented sentences: 0 when the article tells no signing during the visit (dev/08, 12, 15, 16, 17, 104, 110, 119,
150, 175, 180, 253, 81, … whose gold was settled to the convention), null only when it tells a signing without a count
(dev/103, 61, 657), the count when it tells one (a single document told signed in the visit's account, dev/155, 166,
221), and null kept for a summit whose declaration is only said to be adopted (dev/35, 57, 116). The signing of
another visit, of another time, to come, or in a line linking another report is none of the visit's (dev/08, 1139,
282, 341, 50). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)


# plant: visits._none_signed_unless_told's call dropped from find_visits
def test_a_visit_told_with_no_signing_signed_none():
    en = "Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Tuesday. He held talks on transit and energy."
    assert proposed.documents(en, DAY) == ["0"]
    en2 = "Hungarian Foreign Minister Péter Szijjártó paid a working visit to Tashkent on Monday to discuss gas."
    assert proposed.documents(en2, DAY) == ["0"]
    ru = ("12 мая министр иностранных дел Кыргызстана Жээнбек Кулубаев прибыл в Баку с рабочим визитом. Стороны "
          "обсудили транзит.")
    assert proposed.documents(ru, DAY) == ["0"]
    az = ("Mayın 12-də Qazaxıstanın xarici işlər naziri Murat Nurtleu Bakıya işgüzar səfərə gəlib. Tərəflər nəqliyyat "
          "məsələlərini müzakirə ediblər.")
    assert proposed.documents(az, DAY) == ["0"]
    tr = "Dışişleri Bakanı Hakan Fidan 12 Mayıs'ta Bakü'ye geldi. Fidan, Azerbaycanlı mevkidaşı ile enerjiyi görüştü."
    assert proposed.documents(tr, DAY) == ["0"]


# plant: the `not told` test in visits._none_signed_unless_told dropped (every unstated visit given 0)
def test_a_signing_told_without_a_count_stays_unstated():
    en = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Tuesday. The sides signed a raft of agreements on "
          "transport.")
    assert proposed.documents(en, DAY) == [""]
    ru = ("12 мая министр иностранных дел Кыргызстана Жээнбек Кулубаев прибыл в Баку. По итогам переговоров "
          "состоялась церемония подписания документов.")
    assert proposed.documents(ru, DAY) == [""]
    deals = ("12 мая министр экономики Узбекистана Лазиз Кудратов прибыл в Бишкек. На форуме компании подписали "
             "контракты на сотни миллионов долларов.")
    assert proposed.documents(deals, DAY) == [""]


# plant: visits._one_document_told returning None
def test_a_count_told_is_the_count():
    counted = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Tuesday. The sides signed four agreements on "
               "transport.")
    assert proposed.documents(counted, DAY) == ["4"]
    # one document, told signed later in the visit's account, is one
    tr = ("Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov 12 Mayıs'ta İzmir'e geldi. Cabbarov fuarı gezdi. Fuar "
          "kapsamında iki ajans arasında iş birliği mutabakatı imzalandı.")
    assert proposed.documents(tr, DAY) == ["1"]
    az = ("Mayın 12-də Qırğızıstanın xarici işlər naziri Ceenbek Kulubayev Bakıya rəsmi səfərə gəlib. Nazir "
          "görüşlər keçirib. Sonda nazirliklər arasında məsləhətləşmələr planı imzalanıb.")
    assert proposed.documents(az, DAY) == ["1"]


SUMMIT = ("Leaders of the Organization of Turkic States met in Gabala on Tuesday for their summit. Kazakh President "
          "Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov attended the summit. ")


# plant: the `adopted` test ("if adopted: continue") dropped from visits._none_signed_unless_told, which the second text
# catches (the first's "ended with the adoption of" is read as a signing told with no count, _uncounted_signings)
def test_a_summits_declaration_only_adopted_stays_unstated():
    assert proposed.documents(SUMMIT + "The summit ended with the adoption of the Gabala Declaration.", DAY) == ["", ""]
    assert proposed.documents(SUMMIT + "The leaders adopted a joint statement on connectivity.", DAY) == ["", ""]
    # a summit whose declaration is only talked of signed none
    assert proposed.documents(SUMMIT + "No summit declaration will change the figures, one economist said.",
                              DAY) == ["0", "0"]


# plant: the _SIGNING_REFERRED_TO test dropped from visits._uncounted_signings, which the first and second texts catch
# (and apart: _another_time's test dropped, which the third text catches, and _links_another_story's, the fourth)
def test_a_signing_of_another_time_or_report_is_none_of_the_visits():
    referred = ("KKTC Cumhurbaşkanı Tufan Erhürman 12 Mayıs'ta Ankara'ya geldi. Türkiye, bu yıl için imzalanan "
                "iktisadi işbirliği anlaşması kapsamında kaynak aktarıyor.")
    assert proposed.documents(referred, DAY) == ["0"]
    when = ("Azerbaijani Economy Minister Mikayil Jabbarov arrived in Tashkent on Tuesday. The two presidents set the "
            "goal when they signed the Treaty on Allied Relations.")
    assert proposed.documents(when, DAY) == ["0"]
    year = ("Azerbaijani Economy Minister Mikayil Jabbarov arrived in Tashkent on Tuesday. The two countries signed "
            "a memorandum on transit in 2019.")
    assert proposed.documents(year, DAY) == ["0"]
    link = ("Mayın 12-də Azərbaycanın xarici işlər naziri Ceyhun Bayramov Budapeştə işgüzar səfərə gəlib. Tərəflər "
            "enerjini müzakirə ediblər.\nOxşar xəbərlər: Azərbaycan və Macarıstan yeni memorandum imzalayıb")
    assert proposed.documents(link, DAY) == ["0"]


# plant: visits._told_in_the_visit_s_account returning True
def test_a_signing_told_in_another_visits_account_is_none_of_this_ones():
    text = ("Uzbek Foreign Minister Bakhtiyor Saidov arrived in Baku on May 12. He discussed transit. Earlier, Kyrgyz "
            "President Sadyr Japarov paid a state visit to Tashkent on May 5. Officials said agreements on water had "
            "been inked there.")
    assert proposed.documents(text, DAY) == ["0", ""]
    ru = ("12 мая министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Баку. Стороны обсудили транзит. 5 мая "
          "Президент Кыргызстана Садыр Жапаров прибыл в Ташкент с государственным визитом. Там был подписан ряд "
          "документов.")
    assert proposed.documents(ru, DAY) == ["0", ""]


# plant: the other visits' read spans dropped from visits._uncounted_signings
def test_a_signing_read_for_another_visit_is_none_of_this_ones():
    text = ("Kyrgyz President Sadyr Japarov paid a state visit to Tashkent on May 5. Uzbek Foreign Minister Bakhtiyor "
            "Saidov arrived in Baku on May 12. He discussed transit. During Japarov's visit, a number of documents "
            "were signed.")
    assert proposed.documents(text, DAY) == ["", "0"]


# plant: visits._names_a_document reading s.text.lower() again (a capital "İ" lowers to "i" and a combining dot, so
# "SAZİŞ" is no "saziş")
def test_a_recalled_visits_document_named_in_capitals_leaves_it_unstated():
    az = ("Xatırladaq ki, Qazaxıstan Prezidenti Kasım-Jomart Tokayev 2022-ci il avqustun 24-də Azərbaycana dövlət "
          "səfəri edib. Həmin səfər zamanı NƏQLİYYAT HAQQINDA SAZİŞİN əsası qoyulub.")
    assert proposed.documents(az, DAY) == [""]
