"""Seventy-sixth round, tracks76 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1185, 1193 and
1200 misses, told in short invented sentences. A committee report's speaker introduced in brackets with the party title
and the province at the sentence's start, '(… Milletvekili X Y, İl) ise … "…" … gerektiğini söyledi.' (1200); a pair
before the postposition "between", '… A ile B arasındaki …', whose last name is in no nominative (1200); a delegation
that attended a ceremony told in the sentence before with its day, 'Törene … başkanlığındaki heyet de katıldı.'
(1193); and a statement printed under a heading that names its owner in the genitive, "Prezident X Y-in bəyanatı",
its paragraphs each reopened with “ (1185). Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


# plant: the _BRACKETED_DEPUTY_OPENING branch of quotes._tr_clause_partial dropped ("if False:")
def test_a_deputy_introduced_in_brackets_speaks_a_partial_quote():
    text = ('Komisyonda bütçe görüşüldü.\n\n(CHP Milletvekili Ayşe Demirtaş, Manisa) ise ihracatçılara destek '
            'verilmesi gerektiğini savunarak, üreticilerin ürünlerini "yeni pazarlara çok daha hızlı" ulaştırması '
            'gerektiğini söyledi.')
    assert proposed.quotes(text, DAY) == [("Ayşe Demirtaş", "yeni pazarlara çok daha hızlı")]
    other = ('Genel Kurulda ulaştırma bütçesi görüşüldü.\n\n(AK Parti Milletvekili Murat Kaya, Konya) da limanların '
             '"bölgenin en önemli ticaret kapısı" olmaya devam edeceğini belirtti.')
    assert proposed.quotes(other, DAY) == [("Murat Kaya", "bölgenin en önemli ticaret kapısı")]


# plant: "or following.startswith(_BETWEEN_POSTPOSITION)" dropped from quotes._others_oblique
def test_a_pair_before_between_is_no_second_subject():
    text = ('MHP Milletvekili Kemal Aksoy ise Ege ile Yeşil Ada arasındaki köprünün "her geçen yıl biraz daha" '
            'sağlamlaşması gerektiğini söyledi.')
    assert proposed.quotes(text, DAY) == [("Kemal Aksoy", "her geçen yıl biraz daha")]
    other = ('İYİ Parti Milletvekili Selim Koç da Doğu Trakya ile Kara Deniz arasında işleyen feribotların "yük '
             'taşımacılığında çok daha etkin" kullanılması gerektiğini vurguladı.')
    assert proposed.quotes(other, DAY) == [("Selim Koç", "yük taşımacılığında çok daha etkin")]


# plant: "tören" dropped from visits._LOCAL_EVENT
def test_a_delegation_that_attended_a_ceremony_told_the_sentence_before():
    text = ("Kars'ta yenilenen havalimanı terminali bugün düzenlenen törenle hizmete açıldı. Törene Azerbaycan "
            "Ekonomi Bakanı Mikayıl Cabbarov başkanlığındaki heyet de katıldı.")
    assert proposed.visits(text, DAY) == [("Mikayıl Cabbarov", "Türkiye", "2026-05-12", "Kars", "other")]
    other = ("Edirne'de dün düzenlenen törenle yeni gümrük binası hizmete girdi. Törene Özbekistan Yatırım, Sanayi "
             "ve Ticaret Bakanı Laziz Kudratov da katıldı.")
    assert proposed.visits(other, DAY) == [("Laziz Kudratov", "Türkiye", "2026-05-11", "Edirne", "other")]


# plant: quotes._statement_heading_owner returning None
def test_a_statement_under_a_heading_naming_its_owner_in_the_genitive():
    text = ("Prezidentlər mətbuata bəyanatlarla çıxış ediblər.\n\nPrezident Kasım-Jomart Tokayevin bəyanatı\n\n"
            "“Hörmətli dostlar, bu gün çox vacib sənədlər imzaladıq.\n\n“İki ölkə arasında ticarət sürətlə artır və "
            "biz bunu davam etdirəcəyik.\n\n“Sizi Astanaya səfərə dəvət edirəm, əziz qardaşım.”")
    assert proposed.quotes(text, DAY) == [
        ("Kassym-Jomart Tokayev", "Hörmətli dostlar, bu gün çox vacib sənədlər imzaladıq. İki ölkə arasında ticarət "
                                  "sürətlə artır və biz bunu davam etdirəcəyik. Sizi Astanaya səfərə dəvət edirəm, "
                                  "əziz qardaşım.")]
    other = ("Liderler basına ortak açıklama yaptı.\n\nCumhurbaşkanı Erdoğan'ın konuşması\n\n“Değerli basın "
             "mensupları, bugün çok verimli görüşmeler yaptık.\n\n“Ticaret hacmimizi kısa sürede iki katına "
             "çıkarmayı hedefliyoruz.”")
    assert proposed.quotes(other, DAY) == [
        ("Recep Tayyip Erdoğan", "Değerli basın mensupları, bugün çok verimli görüşmeler yaptık. Ticaret hacmimizi "
                                 "kısa sürede iki katına çıkarmayı hedefliyoruz.")]
