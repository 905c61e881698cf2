"""Forty-third round, Azerbaijani, Turkish and English quotes (docs/extraction.md: quotes.py): the forms behind the
dev/677, 718, 739, 742, 746 and 748 quote misses and the failures the probes found, told in short invented sentences.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 2)


def test_a_second_quote_after_a_split_azerbaijani_attribution_is_the_same_speakers():
    # plant: the comma dropped from quotes._DASH_GAP (back to "[.!?]?")
    text = ("Qırğızıstan Jogorku Keneşinin Torağası Nurlanbek Turqunbek uulu Bakıda Milli Məclisin Sədri ilə görüşüb. "
            "\"Bu səfər parlamentlərimiz arasında yeni mərhələnin başlanğıcıdır\", - deyə o bildirib, - \"Gələn il "
            "birgə komissiyanın iclasını Bişkekdə keçirəcəyik\".")
    quotes = proposed.quotes(text, DAY)
    assert [q for _, q in quotes] == ["Bu səfər parlamentlərimiz arasında yeni mərhələnin başlanğıcıdır",
                                      "Gələn il birgə komissiyanın iclasını Bişkekdə keçirəcəyik"]
    assert len({s for s, _ in quotes}) == 1
    # a quote after running text of its own is not taken up by the dash rule
    apart = ("Nurlanbek Turqunbek uulu Bakıda görüşüb. \"Bu səfər parlamentlərimiz arasında yeni mərhələnin "
             "başlanğıcıdır\", - deyə o bildirib. Ekspertlər isə başqa fikirdədir, - \"Gələn il heç nə dəyişməyəcək\".")
    assert len(proposed.quotes(apart, DAY)) == 1


def test_an_answer_running_on_under_a_web_name_interviewers_question():
    # plant: quotes._line_label reading TRANSCRIPT only (an outlet's "Kun.uz:" label then no question)
    text = ("Aydın Demirtaş, who heads the Türkiye–Uzbekistan Business Council, spoke to Kun.uz after the forum in "
            "Tashkent.\n\nKun.uz: What held the forum back?\n\nDemirtaş: Payments, above all. Our banks still need "
            "weeks to clear a simple transfer to Tashkent.\n\nThe rail freight through Kazakhstan is fine, but the "
            "customs queues at the border are long. We want a green lane for Turkish trucks.\n\nKun.uz: Will "
            "the ministers help?\n\nDemirtaş: They promised to, and we will hold them to it in May.")
    quotes = proposed.quotes(text, DAY)
    assert ("Aydın Demirtaş", "The rail freight through Kazakhstan is fine, but the customs queues at the border are "
            "long. We want a green lane for Turkish trucks.") in quotes
    # a paragraph after the last answer, with no question after it, is running text
    last = text.replace("Demirtaş: They promised to, and we will hold them to it in May.",
                        "Demirtaş: They promised to, and we will hold them to it in May.\n\nThe forum closed on "
                        "Friday with a gala dinner for the delegates.")
    assert not any(q.startswith("The forum closed") for _, q in proposed.quotes(last, DAY))


def test_a_bare_azerbaijani_title_opening_the_sentence_is_its_subject():
    # plant: quotes._az_bare_title_opening returning False
    text = ("Nazir Mikayıl Cabbarov Daşkənddə Özbəkistanın Baş naziri Abdulla Aripov tərəfindən qəbul edilib. Baş "
            "nazir Özbəkistanın Trans-Xəzər Marşrutunun inkişafındakı rolunu qeyd edərək, Ələt limanının “Özbək "
            "yükləri üçün yeni imkan olduğunu” deyib.")
    assert proposed.quotes(text, DAY) == [("Abdulla Aripov", "Özbək yükləri üçün yeni imkan olduğunu")]
    # a name right after the title is the subject it names
    named = ("Baş nazir Abdulla Aripov Daşkənddə görüşlər keçirib. Nazir Mikayıl Cabbarov isə limanın “Özbək yükləri "
             "üçün yeni imkan olduğunu” deyib.")
    assert proposed.quotes(named, DAY) == [("Mikayıl Cabbarov", "Özbək yükləri üçün yeni imkan olduğunu")]


def test_according_to_him_after_a_long_titled_subject_is_that_person():
    # plant: quotes._az_titled_subject returning None
    # plant: the _AZ_BODY_LAST_WORD test dropped from quotes._az_his_words_owner ("… Palatası" then the speaker)
    text = ("Özbəkistan Ticarət-Sənaye Palatası nəzdində fəaliyyət göstərən Özbəkistan–Azərbaycan İş Şurasının sədri "
            "Bahodir Qosimov Report-un suallarını cavablandırıb. Onun sözlərinə görə, Orta Dəhliz üzrə daşımalar "
            "artdıqca Azərbaycan «özbək şirkətləri üçün əsas tərəfdaşa çevrilir».")
    assert proposed.quotes(text, DAY) == [("Bahodir Qosimov", "özbək şirkətləri üçün əsas tərəfdaşa çevrilir")]
    # two titled names in the sentence: neither is taken for its subject
    two = ("Palatanın sədri Bahodir Qosimov və İş Şurasının katibi Elnur Həsənli Report-un suallarını cavablandırıb. "
           "Onun sözlərinə görə, Orta Dəhliz üzrə daşımalar artdıqca Azərbaycan «özbək şirkətləri üçün əsas tərəfdaşa "
           "çevrilir».")
    assert proposed.quotes(two, DAY) == []


def test_a_headline_labelled_by_a_states_title_is_the_body_speaker_so_titled():
    # plant: quotes._en_headline_title_holder returning None
    text = ("Kyrgyz ambassador: \"Bishkek wants the rail line before the next winter\"\n\nAnkara — Kyrgyzstan's "
            "ambassador to Türkiye, Ruslan Kazakbayev, spoke to Daily Sabah about trade.\n\nDaily Sabah: How is "
            "trade going?\n\nKazakbayev: Trade is growing fast, and we hope to reach $1 billion very soon.")
    assert ("Ruslan Kazakbaev", "Bishkek wants the rail line before the next winter") in proposed.quotes(text, DAY)
    # plant: the _EN_HEADLINE_TITLE alternative dropped from quotes._headline_speakers (a label the resolver reads as
    # the minister spoken of, the headline's own quote then left no one's)
    minister = ("Uzbek minister: \"Our exports to Hungary will double by 2030\"\n\nBudapest — Uzbekistan's Minister of "
                "Investment, Industry and Trade, Laziz Kudratov, answered questions from Hungary Today.\n\nHungary "
                "Today: What brought you here?\n\nKudratov: The intergovernmental commission, and a long list of "
                "projects we want to move ahead.")
    assert ("Laziz Kudratov", "Our exports to Hungary will double by 2030") in proposed.quotes(minister, DAY)
    # another state's title names no speaker of this body
    other = text.replace("Kyrgyz ambassador:", "Uzbek ambassador:")
    assert not any(q.startswith("Bishkek wants") and s for s, q in proposed.quotes(other, DAY))


def test_a_quote_alone_as_a_subheading_is_the_speakers_phrase_below():
    # plant: the bare-subheading alternative dropped from quotes._titled_subheading_speakers
    text = ("Kayseri ve Şuşa kardeş şehir oldu\n\nKayseri Büyükşehir Belediye Başkanı Memduh Büyükkılıç Şuşa'da "
            "temaslarda bulundu.\n\n\"Anadolu'nun kalbi ile Karabağ'ın tacı\"\n\nTörende konuşan Büyükkılıç, "
            "\"Anadolu'nun kalbi Kayseri ile Karabağ'ın tacı Şuşa arasında bugün kalıcı bir bağ kuruyoruz\" dedi.")
    assert ("Memduh Büyükkılıç", "Anadolu'nun kalbi ile Karabağ'ın tacı") in proposed.quotes(text, DAY)
    # the sentence said again, shortened, is one record, the body's
    again = text.replace("\"Anadolu'nun kalbi ile Karabağ'ın tacı\"", "\"Bugün kalıcı bir bağ kuruyoruz\"")
    assert [q for _, q in proposed.quotes(again, DAY)] == [
        "Anadolu'nun kalbi Kayseri ile Karabağ'ın tacı Şuşa arasında bugün kalıcı bir bağ kuruyoruz"]
    # in capitals it is an editor's summary
    caps = text.replace("\"Anadolu'nun kalbi ile Karabağ'ın tacı\"", "\"ANADOLU'NUN KALBİ İLE KARABAĞ'IN TACI\"")
    assert len(proposed.quotes(caps, DAY)) == 1
