"""Fifty-second round, quotes A (Azerbaijani quotes; docs/extraction.md: quotes.py): the forms behind the dev/909, 913
and 917 misses, told in short invented sentences: a campaign's slogan in quote marks is no quote, and a partial quote
that a naming verb closes ("… “…” adlandırıb") stays its speaker's when the same sentence names such a slogan before
it; a name ending in "n" before the genitive of "X-in sözlərinə görə" keeps its last letter; "«…», – deyən X …" with a
dash; a dash line's attribution with an outlet's web name ("– deyə ekspert Oxu.az-a bildirib."); an event's name in
quote marks in the lead before "– o bildirib."; "X hesab edir ki, …:" over a quote. Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 12)


def test_a_campaign_slogan_is_no_quote_and_a_naming_verb_after_it_keeps_the_speaker():
    # plant: "kampaniya|kampanya" dropped from quotes._CONCEPT_NOUN; also the _AZ_CONCEPT_QUOTED sub in _az_attribution
    text = ("Bakıda Azərbaycanın kənd təsərrüfatı naziri Məcnun Həsənli ilə Özbəkistanın kənd təsərrüfatı naziri "
            "Dilşod Karimov arasında görüş keçirilib.\n\n"
            "– Biz Daşkənddə birgə toxum istehsalı müəssisəsi yaratmağı təklif edirik, – deyə Dilşod Karimov "
            "bildirib.\n\n"
            "Qonaq nazir Azərbaycanda aparılan “Yaşıl kənd – firavan gələcək” kampaniyası ilə maraqlandığını deyib "
            "və bu təcrübəni “Özbəkistanın dağ rayonları üçün də çox dəyərli” adlandırıb.")
    found = proposed.quotes(text, DAY)
    assert all("Yaşıl kənd" not in quote for _, quote in found)
    assert found[1:] == [("Dilşod Karimov", "Özbəkistanın dağ rayonları üçün də çox dəyərli")]
    # the dash-led quote before it stays as it was
    assert found[0] == ("Dilşod Karimov", "Biz Daşkənddə birgə toxum istehsalı müəssisəsi yaratmağı təklif edirik")


def test_a_name_ending_in_n_before_according_to_his_words_keeps_its_letter():
    # plant: _az_according_stem returning the regex's stem alone (return spk first)
    text = ("Tacikistan Prezidenti Emoməli Rəhmon Bakıya gəlib.\n\n"
            "Emoməli Rəhmonun sözlərinə görə, iki ölkənin təcrübəsi «bütün region üçün çox faydalı nümunədir».")
    assert proposed.quotes(text, DAY) == [("Emomali Rahmon", "bütün region üçün çox faydalı nümunədir")]
    unlisted = ("Ekspert Nərgiz Həsən Bakıda çıxış edib.\n\n"
                "Nərgiz Həsənin sözlərinə görə, bu layihə «iki ölkə üçün çox faydalı nümunədir».")
    assert proposed.quotes(unlisted, DAY) == [("Nərgiz Həsən", "iki ölkə üçün çox faydalı nümunədir")]
    # a name without a last "n" keeps the genitive off as before
    other = ("Ekspert Vüsal Əliyev Bakıda çıxış edib.\n\n"
             "Vüsal Əliyevin sözlərinə görə, bu layihə «iki ölkə üçün çox faydalı nümunədir».")
    assert proposed.quotes(other, DAY) == [("Vüsal Əliyev", "iki ölkə üçün çox faydalı nümunədir")]


def test_a_participle_of_saying_after_a_dash_names_the_speaker():
    # plant: the optional dash dropped from quotes.TR_SAYING
    text = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev Bakıya gəlib.\n\n"
            "«Biz ticarət dövriyyəsini iki milyard dollara çatdırmaq istəyirik», – deyən Qazaxıstan Prezidenti əlavə "
            "edib: «Bunun üçün bütün imkanlar var».")
    assert proposed.quotes(text, DAY) == [
        ("Kassym-Jomart Tokayev", "Biz ticarət dövriyyəsini iki milyard dollara çatdırmaq istəyirik"),
        ("Kassym-Jomart Tokayev", "Bunun üçün bütün imkanlar var")]
    # without the dash, as before
    assert proposed.quotes(text.replace("», – deyən", "», deyən"), DAY)[0][0] == "Kassym-Jomart Tokayev"


def test_a_dash_line_told_to_a_web_outlet_keeps_its_speaker_and_words():
    # plant: _az_dash_outlet_cut returning the part as it is (also: not asked in _dash_anaphor_subject: "o Oxu.az-a")
    lead = "İqtisadçı ekspert Orxan Talıbov artımı logistika ilə əlaqələndirir.\n\n"
    line = "– Ələt limanından Türkmənbaşıya reyslərin sayı artdıqca ticarət də artır, – deyə {} bildirib."
    words = "Ələt limanından Türkmənbaşıya reyslərin sayı artdıqca ticarət də artır"
    for who in ("ekspert Oxu.az-a", "Orxan Talıbov Modern.az-a", "o Oxu.az-a", "ekspert"):
        assert proposed.quotes(lead + line.format(who), DAY) == [("Orxan Talıbov", words)], who


def test_a_bare_title_told_to_an_outlet_by_case_is_the_lead_expert():
    # plant: the outlet group dropped from quotes._AZ_DASH_TITLE
    text = ("İqtisadçı ekspert Orxan Talıbov artımı logistika ilə əlaqələndirir.\n\n"
            "– Ələt limanından Türkmənbaşıya reyslərin sayı artdıqca ticarət də artır, – deyə ekspert Report-a "
            "bildirib.")
    assert proposed.quotes(text, DAY) == [
        ("Orxan Talıbov", "Ələt limanından Türkmənbaşıya reyslərin sayı artdıqca ticarət də artır")]


def test_an_event_named_in_quote_marks_leaves_the_lead_subject_for_a_pronoun_dash_line():
    # plant: the _AZ_EVENT_NAME_QUOTED substitution dropped from quotes._az_lead_sentence
    text = ("Ekspert Aynur Kərimova bazar haqqında danışıb.\n\n"
            "– Biz bu bazarı hələ də yaxşı tanımırıq və öyrənməliyik, – deyə ekspert bildirib.\n\n"
            "Bakıda keçirilən «Orta Dəhliz: yeni imkanlar və çağırışlar» forumunda çıxış edən «Xəzər Trans» "
            "şirkətinin direktoru Vüqar Əliyev tarif məsələsinə toxunub.\n\n"
            "– Tariflər hələ də çox yüksəkdir və bu yükdaşımanı ləngidir, – o bildirib.")
    assert proposed.quotes(text, DAY) == [
        ("Aynur Kərimova", "Biz bu bazarı hələ də yaxşı tanımırıq və öyrənməliyik"),
        ("Vüqar Əliyev", "Tariflər hələ də çox yüksəkdir və bu yükdaşımanı ləngidir")]


def test_an_opinion_with_ki_before_a_colon_gives_the_quote_below_its_subject():
    # plant: the _AZ_OPINION_KI alternative dropped from quotes._indirect_colon_subject
    text = ("Beynəlxalq münasibətlər üzrə ekspert Sevda Quliyeva isə hesab edir ki, hədəf realdır, amma vaxt tələb "
            "edir:\n\n"
            "«Logistika məsələləri həll olunmadan heç bir hədəfə çatmaq mümkün olmayacaq».")
    assert proposed.quotes(text, DAY) == [
        ("Sevda Quliyeva", "Logistika məsələləri həll olunmadan heç bir hədəfə çatmaq mümkün olmayacaq")]
