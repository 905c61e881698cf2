"""Seventy-fourth round, bold74 (docs/extraction.md: quotes.py): an interview whose questions are set wholly in
Markdown bold ("**Sayın Büyükelçi, … ne durumda?**") and whose answers are plain paragraphs with no label (dev/1172,
the Aşkabat ambassador's interview): each answer of four words or more is one quote of the interviewee the lead names,
the bold questions none; and a Turkic noun's second person plural possessive ("mesajınız", "fikriniz") as a question
speaking to the interviewee, as a verb's second person plural already was. Told in short invented sentences. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 20)

TR_BOLD = ("Ekonomist Demir: \"Lojistik hâlâ en büyük sorun\"\n\n"
           "Ekonomist Murat Demir, gazetemize verdiği röportajda Türkiye ile Özbekistan arasındaki ticareti "
           "değerlendirdi.\n\n"
           "**Sizce ticaretteki en büyük engel nedir?**\n\n"
           "Gümrüklerdeki bekleme süreleri hâlâ çok uzun. Bunu kısaltmadan ilerleme zor.\n\n"
           "**Bu yıl için beklentiler nasıl?**\n\n"
           "Yılın ikinci yarısında yeni projelerin başlamasını bekliyoruz.\n")

EN_BOLD = ("Envoy: the ferries are the weak link\n\n"
           "Kazakhstan's ambassador to Azerbaijan, Serik Zhumabayev, spoke to us about trade and transit.\n\n"
           "**Ambassador, how do you see the Middle Corridor today?**\n\n"
           "The corridor is the backbone of our cooperation, and the ferries are still the weak link.\n\n"
           "**And what comes next?**\n\n"
           "New terminals on both shores of the Caspian will open before the end of the decade.\n")


# plant: quotes._unbolded returning its body as it is (so too, apart: the "?**\n" count dropped from _plain_interview's
# gate)
def test_answers_under_bold_questions_are_the_interviewees_quotes():
    assert proposed.quotes(TR_BOLD, DAY) == [
        ("Murat Demir", "Lojistik hâlâ en büyük sorun"),
        ("Murat Demir", "Gümrüklerdeki bekleme süreleri hâlâ çok uzun. Bunu kısaltmadan ilerleme zor."),
        ("Murat Demir", "Yılın ikinci yarısında yeni projelerin başlamasını bekliyoruz.")]
    assert proposed.quotes(EN_BOLD, DAY) == [
        ("Serik Zhumabayev", "The corridor is the backbone of our cooperation, and the ferries are still the weak "
                             "link."),
        ("Serik Zhumabayev", "New terminals on both shores of the Caspian will open before the end of the decade.")]
    for text in (TR_BOLD, EN_BOLD):  # the bold questions are no quotes
        assert not any("?" in quote or "**" in quote for _, quote in proposed.quotes(text, DAY))


# plant: the possessive alternative (ınız|iniz|unuz|ünüz) dropped from quotes._ASKS_YOU
def test_a_question_asking_with_your_possessive_speaks_to_the_interviewee():
    text = ("Büyükelçi Kaya: fırsatlar büyük\n\n"
            "Türkiye'nin Taşkent Büyükelçisi Ahmet Kaya, Anadolu Ajansına verdiği röportajda ilişkileri anlattı.\n\n"
            "**Ticaret hacmi ne durumda?**\n\n"
            "Rakamlar olumlu, ticaret her yıl biraz daha büyüyor.\n\n"
            "**Türk iş insanlarına mesajınız nedir?**\n\n"
            "Tarım ve turizmde çok ciddi fırsatlar var, cesur olsunlar.\n")
    assert proposed.quotes(text, DAY) == [
        ("Ahmet Kaya", "Rakamlar olumlu, ticaret her yıl biraz daha büyüyor."),
        ("Ahmet Kaya", "Tarım ve turizmde çok ciddi fırsatlar var, cesur olsunlar.")]
    az = ("Səfir Əliyev: əməkdaşlıq genişlənir\n\n"
          "Azərbaycanın Daşkənddəki səfiri Rauf Əliyev saytımıza müsahibə verib.\n\n"
          "Ticarətdə vəziyyət necədir?\n\n"
          "Dövriyyə artır və yeni layihələr hazırlanır, bu da bizi sevindirir.\n\n"
          "Nəqliyyat dəhlizi barədə fikriniz nədir?\n\n"
          "Dəhliz bizim üçün strateji əhəmiyyət daşıyır və onu gücləndirəcəyik.\n")
    assert [speaker for speaker, _ in proposed.quotes(az, DAY)] == ["Rauf Əliyev", "Rauf Əliyev"]


# a report whose lead names a person but tells no interview keeps its bold questions and paragraphs as running text
# plant: the `_INTERVIEW_CUE.search(lead)` check dropped from quotes._plain_interview
def test_bold_questions_without_an_interview_lead_give_no_quotes():
    text = ("Ticarette yeni dönem\n\n"
            "Ekonomist Murat Demir'e göre Türkiye ile Özbekistan arasındaki ticaret geçen yıl yüzde 12 arttı.\n\n"
            "**Sizce hedefe ulaşılabilir mi?**\n\n"
            "Uzmanlar lojistik maliyetlerin düşmesi gerektiğini belirtiyor.\n\n"
            "**Peki sıradaki adım nedir?**\n\n"
            "Yeni gümrük kapılarının açılması bekleniyor.\n")
    assert proposed.quotes(text, DAY) == []
