"""Seventy-third round, history73 (docs/extraction.md: visits.py, people.py, officeholders.csv): the forms behind the
dev/1161 misses, an anniversary piece on Heydar Aliyev's trips to Ashgabat in the 1990s, told in short invented
sentences. The office holders table now knows the heads of state of the 1990s (Heydar Aliyev, Süleyman Demirel,
Askar Akayev, …), so their names are the table's; a visit told by the years gone since it on the day of writing
("Bu gün … səfərindən 30 il ötür") was that many years back; "O," as the subject of a sentence of taking part in a
summit or forum is the one the sentence before opens with; a summit ending "with the adoption" of a declaration in
the Azerbaijani noun form ("bəyannaməsinin qəbulu ilə") leaves its documents unstated; "Ümummilli lider" and "Ulu öndər"
are Heydar Aliyev; and an airport named after him ("Heydər Əliyev Beynəlxalq Hava Limanında") names no visitor (dev/466,
the guard). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 15)
HEAD = "Tarixi səfər\n\n"


# plant: the rows of Heydar Aliyev, Süleyman Demirel and Askar Akayev taken out of data/reference/officeholders.csv
# (all three, and each row alone)
def test_heads_of_state_of_the_nineties_are_the_table_s_names():
    az = HEAD + 'Heydər Əliyev mətbuat konfransında demişdi: "Biz qardaş xalqlarıq və bu dostluğu qoruyacağıq."'
    assert proposed.quotes(az, DAY) == [("Heydar Aliyev", "Biz qardaş xalqlarıq və bu dostluğu qoruyacağıq.")]
    tr = "Tarihi ziyaret\n\n" + ('Cumhurbaşkanı Süleyman Demirel, "Türk dünyasının kapıları artık ardına kadar '
                                 'açıktır" dedi.')
    assert proposed.quotes(tr, DAY) == [("Süleyman Demirel", "Türk dünyasının kapıları artık ardına kadar açıktır")]
    ru = "Визит\n\n«Мы открываем новую страницу наших отношений», — сказал президент Киргизии Аскар Акаев."
    assert proposed.quotes(ru, DAY) == [("Askar Akayev", "Мы открываем новую страницу наших отношений")]
    # the Azerbaijani spellings are the table's aliases alone (each row's own plant)
    az_tr = HEAD + 'Türkiyə Prezidenti Süleyman Dəmirəl demişdi: "Biz bir millət, iki dövlətik."'
    assert proposed.quotes(az_tr, DAY) == [("Süleyman Demirel", "Biz bir millət, iki dövlətik.")]
    az_kg = HEAD + 'Qırğızıstan Prezidenti Əsgər Akayev bildirib: "Biz yeni əməkdaşlıq səhifəsini açırıq."'
    assert proposed.quotes(az_kg, DAY) == [("Askar Akayev", "Biz yeni əməkdaşlıq səhifəsini açırıq.")]


# plant: the call of _back_by_the_years_since dropped from visits._days
def test_a_visit_told_by_the_years_since_it_on_the_day_of_writing():
    az = HEAD + "Bu gün Heydər Əliyevin Qazaxıstana ilk rəsmi səfərindən 29 il ötür."
    assert proposed.visits(az, DAY) == [("Heydar Aliyev", "Kazakhstan", "1997-05-15", "", "official")]
    en = "A historic visit\n\nToday marks 25 years since President Heydar Aliyev's official visit to Hungary."
    assert [v[:3] for v in proposed.visits(en, DAY)] == [("Heydar Aliyev", "Hungary", "2001-05-15")]


# plant: the round 73 rule of _LOCAL_PRONOUN_SUBJECT taken out of find_visits (the summit) and out of
# _local_took_part_visit (the forum)
def test_he_as_the_subject_of_taking_part_is_the_one_the_sentence_before_opens_with():
    summit = HEAD + ("Heydər Əliyev iki il sonra yenidən Qazaxıstan paytaxtında olub. O, 1998-ci il iyunun 3-də "
                     "Almatıda keçirilən dövlət başçılarının zirvə toplantısında iştirak edib.")
    assert proposed.visits(summit, DAY) == [("Heydar Aliyev", "Kazakhstan", "1998-06-03", "Almaty", "summit")]
    forum = HEAD + ("Süleyman Demirel həmin il yenidən Bakıda olub. O, 1999-cu il martın 4-də Bakıda keçirilən biznes "
                    "forumunda iştirak edib.")
    assert [v[:4] for v in proposed.visits(forum, DAY)] == [("Süleyman Demirel", "Azerbaijan", "1999-03-04", "Baku")]


# plant: "qəbulu ilə" taken out of visits._ADOPTED_VERBS
def test_a_summit_ending_with_the_adoption_of_a_declaration_leaves_documents_unstated():
    text = HEAD + ("Prezident İlham Əliyev aprelin 10-da Aşqabadda keçirilən zirvə toplantısında iştirak edib. Zirvə "
                   "toplantısı Aşqabad bəyannaməsinin qəbulu ilə başa çatıb.")
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Turkmenistan", "2026-04-10", "Ashgabat", "summit")]
    assert proposed.documents(text, DAY) == [""]
    other = HEAD + ("Prezident İlham Əliyev aprelin 10-da Daşkənddə keçirilən zirvə görüşündə iştirak edib. Görüş "
                    "birgə bəyanatın qəbulu ilə yekunlaşıb.")
    assert [v[3:] for v in proposed.visits(other, DAY)] == [("Tashkent", "summit")]
    assert proposed.documents(other, DAY) == [""]


# plant: "ümummilli lider" taken out of people.TITLES_OF_ONE
def test_the_national_leader_and_the_great_leader_are_heydar_aliyev():
    text = HEAD + ('Ümummilli lider çıxışında nəqliyyatın əhəmiyyətini vurğulayaraq, "Yollarımız xalqlarımızı '
                   'bir-birinə daha da yaxınlaşdıracaq" deyib.')
    assert proposed.quotes(text, DAY) == [("Heydar Aliyev", "Yollarımız xalqlarımızı bir-birinə daha da "
                                                            "yaxınlaşdıracaq")]
    other = HEAD + 'Ulu öndər bildirib: "Müstəqilliyimiz bizim ən böyük sərvətimizdir və əbədidir."'
    assert proposed.quotes(other, DAY) == [("Heydar Aliyev", "Müstəqilliyimiz bizim ən böyük sərvətimizdir və "
                                                             "əbədidir.")]


# plant: the names_a_namesake check taken out of visits._persons_in ("if names_a_namesake(run, …): continue" made
# "if False:"; the resolver's own names_a_namesake check in people.Resolver.resolve kept)
def test_an_airport_named_after_a_head_of_state_names_no_visitor():
    text = HEAD + ("Sentyabrın 22-də Bakıya gələn Özbəkistan nümayəndə heyətini Heydər Əliyev Beynəlxalq Hava "
                   "Limanında rəsmi şəxslər qarşılayıb.")
    assert [v[0] for v in proposed.visits(text, DAY)] != ["Heydar Aliyev"]
    other = HEAD + ("Mayın 12-də Astanaya gələn Qırğızıstan nümayəndə heyətini Nursultan Nazarbayev Beynəlxalq Hava "
                    "Limanında rəsmi şəxslər qarşılayıb.")
    assert [v[0] for v in proposed.visits(other, DAY)] != ["Nursultan Nazarbayev"]
    # after "имени" the run is the name alone: only _persons_in's check reads the words before it
    ru = "Визит\n\n" + ("22 сентября прибывшую в Баку делегацию Узбекистана встретили официальные лица в аэропорту "
                       "имени Гейдара Алиева.")
    assert "Heydar Aliyev" not in [v[0] for v in proposed.visits(ru, DAY)]
