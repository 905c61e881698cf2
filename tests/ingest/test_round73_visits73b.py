"""Seventy-third round, visits73b (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1163, 1167 and
1169 misses, told in short invented sentences. A Russian bare title after an opening adverb as the subject of a naming
verb, "Отдельно министр назвал …, подписанных в …, «…»" (1163); an Azerbaijani "the guest" as the subject of "qeyd edib
ki, … “…”", the head of the delegation the text named (1167); an Azerbaijani typed visit's documents named by the
attributive participle, "… dövlət səfəri zamanı imzalanmış sənədlər …", a signing referred to, no signing of the visit
told (1167); a linking aside between commas after the Russian speech verb, "— заявил, в свою очередь, X Y." (1169);
and the host told by an epithet, "прибывшего в братскую страну с государственным визитом", which types the visit as
"our country" does (1169). Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 2, 19)
JUNE = date(2026, 6, 11)


# plant: "министр|президент|лидер" dropped from quotes._RU_OPENING's lookahead; each of the three dropped alone
def test_a_bare_title_after_an_opening_adverb_names_the_last_one():
    text = ("Министр иностранных дел Венгрии Петер Сийярто провел переговоры в Ташкенте. Отдельно министр назвал "
            "число контрактов, подписанных в Самарканде, «лучшим итогом за много лет».")
    assert proposed.quotes(text, DAY) == [("Péter Szijjártó", "лучшим итогом за много лет")]
    other = ("Президент Казахстана Касым-Жомарт Токаев прибыл в Баку. Затем президент назвал переговоры, "
             "прошедшие в узком составе, «важным шагом для двух стран».")
    assert proposed.quotes(other, DAY) == [("Kassym-Jomart Tokayev", "важным шагом для двух стран")]
    leader = ("Президент Туркменистана Сердар Бердымухамедов провел переговоры в Ташкенте. Затем лидер назвал "
              "соглашения, подписанные в Самарканде, «прочной основой для торговли».")
    assert proposed.quotes(leader, DAY) == [("Serdar Berdimuhamedow", "прочной основой для торговли")]


AZ_LEAD = ("Aprelin 21-də Qazaxıstanın nazir müavini Dana Seytovanın rəhbərlik etdiyi nümayəndə heyəti Naxçıvana "
           "səfərə gəlib.\n\nNümayəndə heyətinin rəhbəri Dana Seytova qonaqpərvərliyə görə minnətdarlığını bildirib.")


# plant: the _AZ_GUEST_KI_CLAUSE branch dropped from quotes._az_attribution
def test_the_guest_as_the_subject_of_a_ki_clause_is_the_delegation_head():
    text = AZ_LEAD + "\n\nQonaq həmçinin qeyd edib ki, bu sahədə tədarüklər üçün “bütün imkanlar artıq yaradılıb”."
    assert ("Dana Seytova", "bütün imkanlar artıq yaradılıb") in proposed.quotes(text, DAY)
    other = AZ_LEAD + ("\n\nQonaq da vurğulayıb ki, bu istiqamətdə əməkdaşlıq üçün “geniş perspektivlər artıq "
                       "mövcuddur”.")
    assert ("Dana Seytova", "geniş perspektivlər artıq mövcuddur") in proposed.quotes(other, DAY)


# plant: the typed-visit "imzalanmış" branch dropped from visits._SIGNING_REFERRED_TO
def test_an_earlier_typed_visit_s_documents_as_a_thing_leave_the_one_signed_counted():
    text = (AZ_LEAD + "\n\nNazir qeyd edib ki, Qazaxıstan Prezidentinin Azərbaycana dövlət səfəri zamanı imzalanmış "
            "sənədlər yeni imkanlar açıb.\n\nSonra nazirlik ilə Qazaxıstanın ticarət mərkəzi arasında anlaşma "
            "memorandumu imzalanıb.")
    assert proposed.documents(text, DAY) == ["1"]
    other = (AZ_LEAD + "\n\nQeyd olunub ki, Azərbaycan Prezidentinin Qazaxıstana rəsmi səfəri çərçivəsində "
             "imzalanmış sazişlər artıq icra olunur.\n\nGörüşdə əməkdaşlığa dair memorandum imzalanıb.")
    assert proposed.documents(other, DAY) == ["1"]


# plant: _RU_AFTER_VERB_LINK_ASIDE made empty
def test_a_linking_aside_after_the_verb_before_the_speaker():
    text = ("Президент Узбекистана Шавкат Мирзиёев встретился с гостем. «Наши договорённости открывают новую главу "
            "отношений», — заявил, в свою очередь, Шавкат Мирзиёев.")
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "Наши договорённости открывают новую главу отношений")]
    other = ("Президент Узбекистана Шавкат Мирзиёев встретился с гостем. «Мы готовы строить дороги вместе», — "
             "отметил, в частности, Президент Узбекистана.")
    assert proposed.quotes(other, DAY) == [("Shavkat Mirziyoyev", "Мы готовы строить дороги вместе")]


# plant: the _EPITHET_COUNTRY branch dropped from visits._typed_hosts_or_ours
def test_a_host_told_by_an_epithet_types_the_visit():
    text = ("Вчера, 10 июня, Президент Туркменистана Сердар Бердымухамедов прибыл в Бухару. Сегодня утром состоялась "
            "церемония встречи Президента Туркменистана, прибывшего в братскую страну с государственным визитом.")
    assert proposed.visits(text, JUNE) == [("Serdar Berdimuhamedow", "Uzbekistan", "2026-06-10", "Bukhara", "state")]
    other = ("Вчера, 10 июня, Президент Туркменистана Сердар Бердымухамедов прилетел в Самарканд. Глава государства, "
             "находящийся в дружественной стране с официальным визитом, осмотрел город.")
    assert proposed.visits(other, JUNE) == [("Serdar Berdimuhamedow", "Uzbekistan", "2026-06-10", "Samarkand",
                                            "official")]
