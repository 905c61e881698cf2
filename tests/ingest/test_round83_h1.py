"""Eighty-third round, h1 (docs/extraction.md: quotes.py): two forms of quotes, told in short invented sentences. A TV
news script's soundbite under a sync label on a line of its own, "SİNXRON — X Y, title:" (Russian "СИНХРОН", English
"SYNC"), the speaker's words in the plain paragraphs under it up to the next role label ("MÜXBİR:", "REPORTER:"), one
quote a paragraph, or on the label's own line (quotes._SYNC_LABEL, _sync_label_paragraph, _sync_goes_on); and a
Turkish partial quote in a nominalised clause whose subject follows a participle of chatting, 'işçilerle sohbet eden
X, projenin "…" bir yatırım olduğunu söyledi' (quotes._TR_SPEAKING_SUBJECT). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
AZ_SCRIPT = ("Şakkaliyev Bakıda: sərmayəçilərlə görüş\n\n"
             "APARICI: Qazaxıstanın ticarət və inteqrasiya naziri Arman Şakkaliyev bu gün Bakıya gəlib. Ətraflı "
             "müxbirimiz xəbər verir.\n\n"
             "MÜXBİR: Nazir Bakıda yerli sərmayəçilərlə görüşüb, yeni logistika layihələrini müzakirə edib.\n\n"
             "SİNXRON — Arman Şakkaliyev, Qazaxıstanın ticarət və inteqrasiya naziri:\n\n")
AZ_FIRST = "Biz Azərbaycanla ticarəti iki dəfə artırmaq istəyirik. Xəzər limanları bunun üçün hazırdır."
AZ_SECOND = "Yeni logistika mərkəzi gələn il Aktauda açılacaq və yüklər daha sürətlə daşınacaq."
AZ_NARRATION = "Görüşdən sonra nazir Sumqayıt sənaye parkına yollanıb."


# plant: the _sync_label_paragraph call in quotes._unmarked_paragraph removed (the label read as no one's)
def test_a_sync_label_line_gives_the_paragraph_under_it_to_the_named_speaker():
    text = AZ_SCRIPT + AZ_FIRST + "\n\nMÜXBİR: " + AZ_NARRATION
    assert proposed.quotes(text, DAY) == [("Arman Şakkaliyev", AZ_FIRST)]
    # the words on the label's own line, an English script's "SYNC"
    english = ("Kazakhstan's trade minister in Baku\n\nANCHOR: Kazakhstan's trade minister Arman Shakkaliyev arrived "
               "in Baku today.\n\nREPORTER: The minister met local investors.\n\nSYNC — Arman Shakkaliyev, "
               "Kazakhstan's trade minister: We want to double our trade with Azerbaijan. The ports are ready for "
               "it.\n\nREPORTER: After the talks the minister left for Sumgait.")
    assert proposed.quotes(english, DAY) == [
        ("Arman Shakkaliyev", "We want to double our trade with Azerbaijan. The ports are ready for it.")]
    # the near form: the correspondent's narration under his role label is no one's quote
    assert [q for q in proposed.quotes(text, DAY) if q[1] == AZ_NARRATION] == []


# plant: quotes._sync_goes_on returning None at once
def test_a_soundbite_goes_on_in_plain_paragraphs_up_to_the_next_role_label():
    text = AZ_SCRIPT + AZ_FIRST + "\n\n" + AZ_SECOND + "\n\nMÜXBİR: " + AZ_NARRATION
    assert proposed.quotes(text, DAY) == [("Arman Şakkaliyev", AZ_FIRST), ("Arman Şakkaliyev", AZ_SECOND)]
    russian = ("Министр торговли Казахстана в Баку\n\nВЕДУЩИЙ: Министр торговли и интеграции Казахстана Арман "
               "Шаккалиев сегодня прибыл в Баку.\n\nКОРРЕСПОНДЕНТ: Министр встретился с инвесторами.\n\n"
               "СИНХРОН — Арман Шаккалиев, министр торговли и интеграции Казахстана:\n\n"
               "Мы хотим удвоить торговлю с Азербайджаном. Порты Каспия к этому готовы.\n\n"
               "Новый логистический центр откроется в Актау в следующем году.\n\n"
               "КОРРЕСПОНДЕНТ: После встречи министр отправился в Сумгаит.")
    assert [q[1][:12] for q in proposed.quotes(russian, DAY)] == ["Мы хотим удв", "Новый логист"]


# plant: quotes._sync_goes_on accepting the script's end in place of a label after the run
def test_paragraphs_after_a_soundbite_with_no_label_to_end_them_are_no_one_s():
    # the near form: the narration goes on unlabelled after the soundbite, so where his words end is not told
    text = AZ_SCRIPT + AZ_FIRST + "\n\n" + AZ_SECOND + "\n\n" + AZ_NARRATION
    assert proposed.quotes(text, DAY) == [("Arman Şakkaliyev", AZ_FIRST)]


TR_HEAD = ("Erdoğan Kars'ta\n\nCumhurbaşkanı Recep Tayyip Erdoğan bugün Kars'ta demiryolu şantiyesini gezdi.\n\n")
TR_WORDS = "bölgenin ticaret haritasını baştan çizecek"


# plant: "sohbet eden" taken out of quotes._TR_SPEAKING_SUBJECT
def test_a_partial_quote_after_a_participle_of_chatting_is_the_subject_s():
    text = TR_HEAD + ('Şantiyede çalışan işçilerle sohbet eden Erdoğan, hattın "' + TR_WORDS
                      + '" bir proje olduğunu söyledi.')
    assert proposed.quotes(text, DAY) == [("Recep Tayyip Erdoğan", TR_WORDS)]
    # the near form: the one he chats with is the subject, his words no Erdoğan's
    worker = TR_HEAD + ('Şantiyede Erdoğan ile sohbet eden işçi Ahmet Kaya, hattın "' + TR_WORDS
                        + '" bir proje olduğunu söyledi.')
    assert [q for q in proposed.quotes(worker, DAY) if q[0] == "Recep Tayyip Erdoğan"] == []
