"""Hundred-and-sixth round, h4 (docs/extraction.md: quotes.py, people.py, visits.py): a Turkish link line "İLGİNİZİ
ÇEKEBİLİR: Name: “…”" (it may interest you) is a "read also" line, its words the named person's (quotes._READ_ALSO in
quotes._read_also); a titled name in a Turkish case after an apostrophe ("yönetmen X Y'in … filmiyle") is remembered
without the ending, which ends the name, a capital after it no word of it (people._az_titled_people), for a later
surname alone ('Gösterimin ardından konuşan Y, …: "…"'); an actress titled "oyuncu" is remembered so too
(people._AZ_TITLES), and her partial quote told with a manner between the clause and the verb ('… "… alacağını" esprili
bir dille dile getirdi', quotes.BARE_VERB_AFTER) is hers; a delegation told after the participle of coming by its head's
surname alone ("Pazartesi günü İstanbul'a gelen Y başkanlığındaki heyette …") is the visit of the one named in full
before (visits._TR_TITLED_HEAD_AFTER in visits._participle_titled_head_told_before), a film studio in it ("Kırgızfilm
Stüdyosu") no person and no visitor (people._LOCAL_BODY_WORDS).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
LEAD = ("Kırgız Sineması Günleri İstanbul'da başladı\n\n"
        "İSTANBUL (AA) - Kırgızistan Kültür Bakanı Altınbek Maksütov, dün akşam Atlas Sineması'nda düzenlenen Kırgız "
        "Sineması Günleri'nin açılışına katıldı.\n\n")
LINK = 'İLGİNİZİ ÇEKEBİLİR: Caparov: "Kırgız ve Türk halkları aynı kökten gelen iki kardeştir"\n'
KIN = ("Sadyr Japarov", "Kırgız ve Türk halkları aynı kökten gelen iki kardeştir")
DIRECTOR = ("Günler, yönetmen Temir Asanov'un Issık Göl kıyısında geçen yeni filmiyle açıldı. Gösterimin ardından "
            "konuşan Asanov, seyircinin ilgisinden etkilendiğini anlattı:\n\n"
            "\"İstanbul seyircisi filmimizi kendi filmi gibi sahiplendi. Bu ilgiyi hiç unutmayacağız.\"\n\n")
AUDIENCE = ("Temir Asanov", "İstanbul seyircisi filmimizi kendi filmi gibi sahiplendi. Bu ilgiyi hiç unutmayacağız.")
ACTRESS = ("Filmde öğretmeni canlandıran genç oyuncu Elnura Osmonova ise \"Çok mutluyum\" dedi. Türk dizilerini "
           "izleyerek Türkçe öğrendiğini anlatan Osmonova, bir gün \"bir Türk filminde de rol alacağını\" söyledi.\n\n")
ROLE = ("Elnura Osmonova", "bir Türk filminde de rol alacağını")
DELEGATION = ("Pazartesi günü İstanbul'a gelen Maksütov başkanlığındaki heyette yönetmenler ve oyuncular da yer "
              "alıyor.\n\n")
VISIT = ("Altınbek Maksütov", "Türkiye", "2026-11-16", "Istanbul", "other")


# plant: "(?:bu haber de )?ilginizi çekebilir|" taken out of _READ_ALSO
def test_a_link_line_that_may_interest_you():
    assert proposed.quotes(LEAD + LINK, DAY) == [KIN]
    # the near form: a ministry named on the link line is no person, its words no one's
    assert proposed.quotes(LEAD + LINK.replace("Caparov:", "Bakanlık:"), DAY) == []


# plant: the two lines stripping the case ending taken out of _az_titled_people (name and cased left as matched)
def test_a_director_titled_in_the_genitive_then_his_surname_alone():
    assert proposed.quotes(LEAD + DIRECTOR, DAY) == [AUDIENCE]
    # the near form: another surname after the participle is not the director the article named
    assert AUDIENCE not in proposed.quotes(LEAD + DIRECTOR.replace("konuşan Asanov", "konuşan Osmonbekov"), DAY)


# plant: "oyuncu" taken out of _AZ_TITLES
def test_an_actress_titled_then_her_surname_alone():
    assert proposed.quotes(LEAD + ACTRESS, DAY) == [ROLE]
    # the near form: a surname the article never named in full is not the actress's
    assert ROLE not in proposed.quotes(LEAD + ACTRESS.replace("anlatan Osmonova", "anlatan Sarıyeva"), DAY)


# plant: the manner group "(?:[a-zçğıöşü]+\s+bir\s+(?:dille|üslupla|şekilde)\s+)?" taken out of BARE_VERB_AFTER
def test_a_partial_quote_told_in_a_witty_way():
    witty = ACTRESS.replace("\" söyledi.", "\" esprili bir dille dile getirdi.")
    assert proposed.quotes(LEAD + witty, DAY) == [ROLE]
    # the near form: a place and a time between the clause and the verb are no manner of telling
    assert proposed.quotes(LEAD + witty.replace("esprili bir dille", "İstanbul'da bir gün"), DAY) == []


# plant: the bare title made required again in _TR_TITLED_HEAD_AFTER (r"\s+" + _TR_BARE_TITLE + r"\s+")
def test_a_delegation_its_head_s_surname_heads():
    assert proposed.visits(LEAD + DELEGATION, DAY) == [VISIT]
    # the near form: a surname the article never named in full heads no delegation of anyone's
    assert proposed.visits(LEAD + DELEGATION.replace("gelen Maksütov", "gelen Karaca"), DAY) == []


# plant: "stüdyosu" taken out of _LOCAL_BODY_WORDS
def test_a_film_studio_in_the_delegation_is_no_visitor():
    studio = DELEGATION.replace("heyette yönetmenler", "heyette Kırgızfilm Stüdyosu yöneticilerinin yanı sıra "
                                                    "yönetmenler")
    assert proposed.visits(LEAD + studio, DAY) == [VISIT]
    # the near form: a delegation with the studio's managers and no head is no visit, the studio's neither
    assert proposed.visits(LEAD + "Pazartesi günü İstanbul'a gelen heyette Kırgızfilm Stüdyosu yöneticileri yer "
                           "alıyor.\n\n", DAY) == []
