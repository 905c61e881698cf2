"""Eighty-sixth round, n3 (docs/extraction.md: quotes.py, people.py): a Turkish TV bulletin's transcript labels its
anchor "SUNUCU:" and its correspondent with where he reports from ("MUHABİR (Kazan):"), and each soundbite with a title,
a surname in capitals and a note in running case ("BAKAN DEMİR (Ses): …", a translation's "(Çeviri)"): the soundbite
is the words of the person the bulletin named in full, the anchor's and correspondent's lines no one's. In Azerbaijani,
a government's name in the genitive ("Nazirlər Kabinetinin") is no person: a dash line closed by a deputy chairman's
full title is the one the text titled so before his name; a bare "Nazir …: “…”" after him is the one minister named;
and a naming verb goes on after "və" with the same subject ('X Y-i “…” adlandırıb və … dəvət edib'). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 4)

BULLETIN = ("Akşam Haberleri | Bakan Demir Kazan'da\n\n"
            "SUNUCU: İyi akşamlar. Ticaret Bakanı Selim Demir bugün Kazan'da. Ayrıntılar muhabirimizde.\n\n"
            "MUHABİR (Kazan): Bakan Demir sabah Tataristan Cumhurbaşkanı Rüstem Minnihanov ile görüştü ve fuarı "
            "gezdi.\n\n"
            "TİCARET BAKANI DEMİR (Ses): Tataristan ile ticaretimizi iki katına çıkarmak için yeni adımlar "
            "atacağız.\n\n"
            "TATARİSTAN CUMHURBAŞKANI MİNNİHANOV (Çeviri): Türk şirketleri burada her zaman hoş karşılanır.\n\n"
            "MUHABİR (Kazan): Görüşmede yatırımlar da ele alındı ve iki belge imzalandı.\n\n"
            "SUNUCU: Bakan Demir yarın Ankara'ya dönecek.")


# plant: "Ses" taken out of quotes._SOUNDBITE_NOTE and "SUNUCU" and the bracketed note out of _BULLETIN_ROLE_LINE
# (the label then no soundbite outside a bulletin the rules know); plant: body[:60] back to body[:40] in
# quotes._labelled_answer_goes_on (the first soundbite then runs on over the second's label, four words and a note)
def test_a_bulletin_soundbite_under_a_title_and_surname_is_the_named_person_s():
    got = proposed.quotes(BULLETIN, DAY)
    assert ("Selim Demir", "Tataristan ile ticaretimizi iki katına çıkarmak için yeni adımlar atacağız.") in got
    assert ("Rüstem Minnihanov", "Türk şirketleri burada her zaman hoş karşılanır.") in got


# the near form: the anchor's and the correspondent's lines are no one's words, only the two soundbites are quotes
# (plant: the same _SOUNDBITE_NOTE/_BULLETIN_ROLE_LINE plant as above: one quote, not two)
def test_the_correspondent_s_lines_after_a_soundbite_are_no_quote():
    got = proposed.quotes(BULLETIN, DAY)
    assert len(got) == 2
    assert not any("MUHABİR" in quote or "belge" in quote for _, quote in got)


AZ_LEAD = ("Noyabrın 3-də İqtisadiyyat naziri Əli Həsənov Aşqabadda olub.\n\n"
           "Nazir Türkmənistan Nazirlər Kabinetinin sədr müavini Murad Annayevlə görüşüb.\n\n")


# plant: "|kabineti|kabinesi" taken out of people._DECLINED_BODY_NOUN (the quote then "Nazirlər Kabinetinin"'s)
def test_a_dash_line_closed_by_a_full_title_is_the_one_titled_so_before():
    text = AZ_LEAD + ("– Azərbaycan bizim üçün Avropaya açılan etibarlı qapıdır, – deyə Türkmənistan Nazirlər "
                      "Kabinetinin sədr müavini vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Murad Annayev", "Azərbaycan bizim üçün Avropaya açılan etibarlı qapıdır")]


# plant: the round-86 _turkic_only_minister return taken out of quotes._unfit_last_speaker_lead (the post then the
# deputy chairman's, who spoke last)
def test_a_bare_minister_s_post_after_a_deputy_chairman_spoke_is_the_minister_s():
    text = AZ_LEAD + ("– Azərbaycan bizim üçün Avropaya açılan etibarlı qapıdır, – deyə Türkmənistan Nazirlər "
                      "Kabinetinin sədr müavini vurğulayıb.\n\n"
                      "Nazir səfərlə bağlı Facebook səhifəsində paylaşım edib: “Aşqabadda səmərəli görüşlər keçirdik”.")
    assert proposed.quotes(text, DAY)[-1] == ("Əli Həsənov", "Aşqabadda səmərəli görüşlər keçirdik")


# plant: the round-86 "və" alternation taken out of quotes.AZ_NAMING_AFTER
def test_a_naming_verb_going_on_after_and_keeps_its_subject():
    text = AZ_LEAD + ("Forumdakı çıxışında Ə.Həsənov limanı “Xəzər hövzəsinin ən vacib qapısı” adlandırıb və "
                      "şirkətləri dəvət edib.")
    assert proposed.quotes(text, DAY) == [("Əli Həsənov", "Xəzər hövzəsinin ən vacib qapısı")]


# the near form: a clause after "və" with a subject of its own ("və Nazir X Y …") takes the quote from no one
# (plant: the two-capitals lookahead and the title lookahead taken out of the round-86 alternation)
def test_a_naming_verb_then_another_subject_gives_no_quote_to_the_first():
    text = AZ_LEAD + ("Forumdakı çıxışında Ə.Həsənov limanı “Xəzər hövzəsinin ən vacib qapısı” adlandırıb və Murad "
                      "Annayev bunu təsdiq edib.")
    assert proposed.quotes(text, DAY) == []
