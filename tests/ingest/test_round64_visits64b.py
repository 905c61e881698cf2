"""Sixty-fourth round, visits64b (docs/extraction.md: visits.py): the forms behind the dev/1051, 1055, 1057 and 1059
misses, told in short invented sentences: the visitor's trip typed in a relative clause on it ("X's trip, which his
press office billed as a working visit, ends …", 1051); a sentence opening on "The delegation, which …," that tells
the arrival of a delegation whose head a sentence before named by "led by" (1055); a Russian arrival day told as a
calendar date in a participle aside, a weekday after its comma opening the next clause and no apposition of it
("прибывший в Баку вечером 22 апреля, в среду провёл переговоры", 1057); and Turkish contacts told as taking place
within "a" typed visit ("bir çalışma ziyareti kapsamında gerçekleşiyor", 1059). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

_DAY = date(2026, 8, 27)  # a Thursday


# plant: the "(visit|trip), which … billed as" alternative dropped from visits._EN_VISITOR_S_TYPED (made never to
# match by a "(?!)" before it, so that its group, m[3], is still there)
def test_the_visitors_trip_typed_in_a_relative_clause():
    text = ("News\n\nKazakh President Kassym-Jomart Tokayev arrived in Baku on Wednesday for talks with Ilham Aliyev. "
            "Tokayev's trip, which his press office described as a working visit, ends on Thursday.")
    assert proposed.visits(text, _DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-08-26", "Baku", "working")]
    other = ("News\n\nUzbek Foreign Minister Bakhtiyor Saidov arrived in Ankara on Tuesday. Saidov's visit, which the "
             "ministry in Tashkent called an official one, will take him to Istanbul next.")
    assert proposed.visits(other, _DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-08-25", "Ankara", "official")]
    # another's trip so typed gives the visit told no type
    another = ("News\n\nKazakh President Kassym-Jomart Tokayev arrived in Baku on Wednesday for talks with Ilham "
               "Aliyev. Erdogan's trip, which Ankara billed as a state visit, ends on Thursday.")
    assert proposed.visits(another, _DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-08-26", "Baku", "other")]


# plant: the "|which" alternative dropped from visits._THE_DELEGATION_OPENS
def test_the_delegation_which_arrived_is_its_head_told_before():
    text = ("News\n\nA Kyrgyz business delegation led by Osh mayor Jenishbek Toktorbaev toured Türkiye's textile "
            "regions this week. The delegation, which brought together the heads of 20 garment firms, arrived in "
            "Bursa on Monday.")
    assert proposed.visits(text, _DAY) == [
        ("Jenishbek Toktorbaev", "Türkiye", "2026-08-24", "Bursa", "other")]
    other = ("News\n\nA trade mission of Uzbek exporters led by Deputy Minister Laziz Kudratov wrapped up its "
             "programme in Hungary. The mission, which included 30 fruit growers, arrived in Budapest on Tuesday.")
    assert proposed.visits(other, _DAY) == [("Laziz Kudratov", "Hungary", "2026-08-25", "Budapest", "other")]


# plant: the "comprising" and "-strong" words dropped from visits._THE_DELEGATION_OPENS (each alone fails it too)
def test_the_delegation_with_a_participle_aside_or_its_size_is_its_head_told_before():
    for opening in ("The delegation, comprising the heads of 20 garment firms,", "The 20-strong delegation"):
        text = ("News\n\nA Kyrgyz business delegation led by Osh mayor Jenishbek Toktorbaev toured Türkiye's textile "
                f"regions this week. {opening} arrived in Bursa on Monday.")
        assert proposed.visits(text, _DAY) == [
            ("Jenishbek Toktorbaev", "Türkiye", "2026-08-24", "Bursa", "other")], opening
    # a delegation told with no head before it stays no visit
    assert proposed.visits("News\n\nTextile firms met in Bursa this week. The 20-strong delegation arrived in Bursa "
                           "on Monday.", _DAY) == []


# plant: the "and _calendar_date_told(…)" condition dropped from visits._date_in_apposition
def test_a_weekday_after_the_arrival_date_and_its_comma_is_no_apposition():
    ru = ("Новости\n\nМинистр иностранных дел Узбекистана Бахтиёр Саидов, прибывший в Баку вечером 25 августа, в среду "
          "провёл переговоры с Джейхуном Байрамовым.")
    assert proposed.visits(ru, _DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-08-25", "Baku", "other")]
    en = ("News\n\nUzbek Foreign Minister Bakhtiyor Saidov, who arrived in Baku on 25 August, on Wednesday held talks "
          "with Jeyhun Bayramov.")
    assert proposed.visits(en, _DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-08-25", "Baku", "other")]
    # a calendar date set off after a relative day still says which day that is
    kept = "Новости\n\nМинистр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Баку вчера, 25 августа."
    assert proposed.visits(kept, _DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-08-25", "Baku", "other")]


# plant: the "bir … ziyareti kapsamında gerçekleşiyor" alternative dropped from visits._VISIT_IS_TYPED
def test_turkish_contacts_taking_place_within_a_typed_visit():
    text = ("Haber\n\nÖzbekistan Dışişleri Bakanı Bahtiyor Saidov dün Ankara'ya geldi. Bakanın temasları bir resmi "
            "ziyaret kapsamında gerçekleşiyor.")
    assert proposed.visits(text, _DAY) == [("Bakhtiyor Saidov", "Türkiye", "2026-08-26", "Ankara", "official")]
    other = ("Haber\n\nKazakistan Başbakanı Olcas Bektenov dün Bakü'ye geldi. Görüşmeler, hükümetin açıklamasına göre "
             "bir çalışma ziyareti kapsamında sürüyor.")
    assert proposed.visits(other, _DAY) == [("Olzhas Bektenov", "Azerbaijan", "2026-08-26", "Baku", "working")]
    # a visit to come, within which contacts will take place, types none told now
    future = ("Haber\n\nKazakistan Başbakanı Olcas Bektenov dün Bakü'ye geldi. Sonbaharda Tokayev'in Bakü temasları "
              "bir devlet ziyareti kapsamında gerçekleşecek.")
    assert proposed.visits(future, _DAY) == [("Olzhas Bektenov", "Azerbaijan", "2026-08-26", "Baku", "other")]
