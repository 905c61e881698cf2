"""Eighty-first round, links81 (docs/extraction.md: quotes.py, visits.py): a report's links and embedded posts, told in
short invented sentences. An embedded social-media post's signature line ("— X Y (@handle) 19 Kasım 2026",
document.POST_SIGNATURE) is no dash-led line of speech; and an arrival the lead tells with no day takes the day the
first post after it is signed (visits._day_of_the_post_after). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 18)
TR_QUOTE = "Kırgızistan'ı Orta Asya'ya açılan ortak bir üretim üssü olarak görüyoruz"
TR_POST = ("Kırgız dostlarımızla Kayseri'deyiz. Ticaret hacmimizi artırmak için çalışıyoruz. "
           "pic.twitter.com/Ab12Cd34Ef")


# plant: the POST_SIGNATURE check left out of quotes' dash-led reading
def test_an_embedded_post_s_signature_line_is_no_quote():
    text = ("Ticaret Bakanı Ömer Bolat forumda konuştu.\n\n"
            f'Bolat, "{TR_QUOTE}" dedi.\n\n'
            "Kayseri Valisi de bir paylaşım yaptı:\n\n"
            f"{TR_POST}\n\n— Dr. Ahmet Yıldırım (@ahmetyildirim) 18 Haziran 2026\n\nForum akşam sona erdi.")
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", TR_QUOTE)]
    # the near form: a dash-led line of speech after the quote stays the speaker's words
    spoken = ("Ticaret Bakanı Ömer Bolat forumda konuştu.\n\n"
              f'Bolat, "{TR_QUOTE}" dedi.\n\n'
              "— Kayseri ile Bişkek arasında yeni bir kardeşlik köprüsü kuruyoruz, — dedi Bolat.")
    assert len(proposed.quotes(spoken, DAY)) == 2


TR_ARRIVAL = ("Kırgızistan Ekonomi Bakanı Azamat Tokonov başkanlığındaki heyet, Türkiye-Kırgızistan İş Forumu için "
              "Kayseri'ye geldi.")


# plant: visits._day_of_the_post_after returning []
def test_a_dayless_arrival_takes_the_day_of_the_post_after_it():
    text = (f"Kayseri'de Kırgız forumu\n\n{TR_ARRIVAL}\n\nBakan Ömer Bolat forumun ardından şu paylaşımı yaptı:\n\n"
            f"{TR_POST}\n\n— Ömer Bolat (@omerbolat) 18 Haziran 2026\n\nForum akşam sona erdi.")
    assert proposed.visits(text, DAY) == [("Azamat Tokonov", "Türkiye", "2026-06-18", "Kayseri", "other")]
    # the near forms: no post, or a post signed after the day of publication, dates nothing
    assert proposed.visits(f"Kayseri'de Kırgız forumu\n\n{TR_ARRIVAL}\n\nForum akşam sona erdi.", DAY) == []
    later = text.replace("18 Haziran 2026", "20 Haziran 2026")
    assert proposed.visits(later, DAY) == []
