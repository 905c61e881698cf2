"""Ninety-first round, q3 (docs/extraction.md: quotes.py and people.py, speakers told by a thread's number, a deputy's
demonym title and an outlet's "our state"): a story built on a minister's thread of posts sets each post in marks after
its number, "(2/4) "…"", under a lead naming him whatever its verb ("X, dizinin ikinci mesajında belgeleri sıraladı:"):
each post is his. A deputy who spoke is then told by his state's demonym and title ("Türkmen Başbakan Yardımcısı, "…"
diye konuştu"). A state outlet's English "the head of our state said" is its own president, the first head of state
it named, not the guest president who spoke last. A number before a quote under a lead naming two people, and a bare
"the head of state" after the guest spoke, are not read so. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)

THREAD = ("Bakan Arslan Kazakistan temaslarını paylaşımlarla anlattı\n\n"
          "Ticaret Bakanı Murat Arslan, dün gittiği Kazakistan'daki görüşmelerini sosyal medya hesabından bir paylaşım "
          "dizisiyle duyurdu.\n\n"
          "Arslan, dizinin ilk mesajında görüşmelerin konusunu özetledi:\n\n"
          "(1/3) \"Astana'da Kazak mevkidaşlarımızla ticaret ve lojistik alanlarındaki işbirliğimizi ele aldık.\"\n\n"
          "Arslan, ikinci mesajında imzalanan belgeleri sıraladı:\n\n"
          "(2/3) \"Gümrük ve e-ticaret alanlarında iki mutabakat zaptını imza altına aldık.\"")


# plant: _past_thread_post_numbers returns the spans unchanged (the numbered paragraph then opens with no quote)
def test_each_numbered_post_is_the_thread_authors():
    assert proposed.quotes(THREAD, DAY) == [
        ("Murat Arslan",
         "Astana'da Kazak mevkidaşlarımızla ticaret ve lojistik alanlarındaki işbirliğimizi ele aldık."),
        ("Murat Arslan", "Gümrük ve e-ticaret alanlarında iki mutabakat zaptını imza altına aldık.")]


# plant: _thread_post_author takes the first person its lead names, not only the one
def test_a_post_under_a_lead_naming_two_people_is_nobodys():
    text = THREAD.replace("Arslan, ikinci mesajında imzalanan belgeleri sıraladı:",
                          "Arslan ile Kazak Bakan Serik Jumanov, ikinci mesajda imzalanan belgeleri sıraladı:")
    assert ("Murat Arslan", "Gümrük ve e-ticaret alanlarında iki mutabakat zaptını imza altına aldık.") \
        not in proposed.quotes(text, DAY)


DEPUTY = ("Toplantıya Türkmen tarafından Türkmenistan Bakanlar Kurulu Başkan Yardımcısı Batyr Amanow eş başkanlık etti."
          "\n\nToplantı sonrası konuşan Amanow, \"Türkiye en önemli ortaklarımızdan biridir\" dedi. Türkmen Başbakan "
          "Yardımcısı, \"Serbest ekonomik bölgede Türk şirketlerine her türlü kolaylığı sağlayacağız\" diye konuştu.")


# plant: in Resolver._deputy_last_speaker, `return None` first
def test_a_deputy_told_by_his_states_demonym_after_he_spoke():
    assert ("Batyr Amanow", "Serbest ekonomik bölgede Türk şirketlerine her türlü kolaylığı sağlayacağız") \
        in proposed.quotes(DEPUTY, DAY)


OUR_STATE = ("Today, President of Turkmenistan Serdar Berdimuhamedov held talks with President of Kazakhstan "
             "Kassym-Jomart Tokayev, who arrived in our country on an official visit.\n\n"
             "\"I am glad to be in Ashgabat again,\" the President of Kazakhstan noted.\n\n"
             "\"Kazakhstan is our reliable partner,\" the head of our state said.")


# plant: in Resolver._resolve, the _EN_OUR_HEAD_OF_STATE branch taken out (the phrase then names no one)
def test_the_head_of_our_state_is_the_outlets_own_president():
    assert proposed.quotes(OUR_STATE, DAY) == [("Kassym-Jomart Tokayev", "I am glad to be in Ashgabat again"),
                                               ("Serdar Berdimuhamedow", "Kazakhstan is our reliable partner")]


# plant: "the head of state" added to _EN_OUR_HEAD_OF_STATE
def test_a_bare_head_of_state_after_the_guest_spoke_stays_the_guest():
    text = OUR_STATE.replace("the head of our state said", "the head of state said")
    assert ("Serdar Berdimuhamedow", "Kazakhstan is our reliable partner") not in proposed.quotes(text, DAY)
