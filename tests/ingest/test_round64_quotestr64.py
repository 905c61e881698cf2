"""Sixty-fourth round, Turkish quotes (quotestr64; docs/extraction.md: quotes.py): the forms behind the dev/1053 and
dev/1059 misses, told in short invented sentences: an interview whose questions are plain paragraphs and whose answers
carry the interviewee's surname (or full name) in running case as a label ("Ulutaş: …", round 60 read only capitals),
the plain paragraphs running such an answer on up to the next question, and a Turkish reminder told with its clause
nominalised ("… olduğunu hatırlattı.") making its subject the one a bare title over the next quote means. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 2, 9)


# plant: _running_label_answer returning None
def test_an_answer_under_a_surname_in_running_case_after_a_plain_question():
    text = ("Büyükelçi konuştu\n\nTürkiye'nin Bişkek Büyükelçisi Kaan Erkılıç gazetemizin sorularını yanıtladı.\n\n"
            "Sayın Büyükelçi, iki ülke arasındaki yatırımlar bu yıl nasıl gelişti?\n\n"
            "Erkılıç: Yatırımlarımız bu yıl belirgin biçimde arttı ve yeni fabrikalar üretime başladı.")
    assert proposed.quotes(text, DAY) == [
        ("Kaan Erkılıç", "Yatırımlarımız bu yıl belirgin biçimde arttı ve yeni fabrikalar üretime başladı.")]
    english = ("Q&A\n\nWe spoke to the logistics analyst Marta Lindqvist about the corridor last week.\n\n"
               "How will the ferry fleet keep up with the cargo?\n\n"
               "Lindqvist: Two new ferries arrive next spring, and the ports are being dredged as well.")
    assert proposed.quotes(english, DAY) == [
        ("Marta Lindqvist", "Two new ferries arrive next spring, and the ports are being dredged as well.")]
    # a surname the article never named is no one's answer, nor is a city's heading, nor the label after no question
    unnamed = text.replace("Erkılıç: ", "Karataş: ")
    assert proposed.quotes(unnamed, DAY) == []
    city = text.replace("Erkılıç: ", "Bişkek: ")
    assert proposed.quotes(city, DAY) == []
    unasked = text.replace("nasıl gelişti?", "hızla gelişti.")
    assert proposed.quotes(unasked, DAY) == []


# plant: the `m["spk"].split()[-1] not in earlier` check dropped from _running_label_answer (the turn check kept)
def test_a_full_name_label_the_text_never_named_is_no_ones_answer():
    text = ("Röportaj\n\nBir lojistik danışmanıyla koridoru konuştuk.\n\nLimanlar bu yıl ne kadar yoğun?\n\n"
            "Selin Arıkan: Hiç olmadığı kadar yoğun, kamyon kuyrukları her sabah bunu gösteriyor.")
    assert proposed.quotes(text, DAY) == []
    named = text.replace("Bir lojistik danışmanıyla", "Lojistik danışmanı Selin Arıkan ile")
    assert proposed.quotes(named, DAY) == [
        ("Selin Arıkan", "Hiç olmadığı kadar yoğun, kamyon kuyrukları her sabah bunu gösteriyor.")]


# plant: the running-case branch (the TRANSCRIPT return) of _name_label_turn_at made `return False` (capitals only,
# as round 60 had it; or _caps_label_run_on back to its round 60 _CAPS_LABEL_LINE/_caps_label_turn test)
def test_plain_paragraphs_run_a_running_case_answer_on_up_to_the_next_question():
    text = ("Röportaj\n\nEnerji uzmanı Deniz Akalın sorularımızı yanıtladı.\n\n"
            "Hazar geçişi nasıl işliyor?\n\n"
            "Akalın: Geçiş süresi bu yıl neredeyse yarıya indi ve yük hacmi artıyor.\n\n"
            "Yine de limanlarda beklemeler sürüyor, yeni rıhtımlara ihtiyaç duyuluyor.\n\n"
            "Demiryolu tarafında durum nedir?\n\n"
            "Akalın: Yeni hatlar açılıyor, yük trenleri eskisinden çok daha hızlı ilerliyor.")
    quotes = proposed.quotes(text, DAY)
    assert ("Deniz Akalın", "Yine de limanlarda beklemeler sürüyor, yeni rıhtımlara ihtiyaç duyuluyor.") in quotes
    assert len(quotes) == 3 and {speaker for speaker, _ in quotes} == {"Deniz Akalın"}
    assert not any(words.endswith("?") for _, words in quotes)  # the questions stay no one's
    english = ("Interview\n\nWe asked the port director Hannah Okafor about the new terminal.\n\n"
               "When will the terminal open?\n\n"
               "Okafor: The first berth opens in June, the second one before the end of the year.\n\n"
               "The cranes have already been delivered and tested by the crews on site.\n\n"
               "What about the rail link?")
    assert ("Hannah Okafor", "The cranes have already been delivered and tested by the crews on site.") \
        in proposed.quotes(english, DAY)


# plant: "hatırlattı" dropped from _TR_NOMINALISED_REPORT
def test_a_reminder_told_so_makes_its_subject_the_bare_title_over_the_next_quote():
    text = ("Forum\n\nTicaret Bakanı Ömer Bolat ile Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov foruma katıldı.\n\n"
            '"Ticaretimiz istikrarlı biçimde büyüyor ve yeni hedefler koyuyoruz" dedi Bolat.\n\n'
            "Cabbarov ise konuşmasında yatırımların 20 milyar doları aştığını, ticaretin de arttığını hatırlattı. "
            "Bakan, yeni projelere değinerek şunları söyledi:\n\n"
            '"Yeni sanayi parkları Türk yatırımcılara açıktır ve her türlü desteği vereceğiz."')
    quotes = proposed.quotes(text, DAY)
    assert ("Mikayıl Cabbarov", "Yeni sanayi parkları Türk yatırımcılara açıktır ve her türlü desteği vereceğiz.") \
        in quotes
    second = ("Zirve\n\nDışişleri Bakanı Hakan Fidan ile Özbekistan Dışişleri Bakanı Bahtiyor Saidov görüştü.\n\n"
              '"Bölgemizde barış için birlikte çalışmayı sürdüreceğiz" dedi Fidan.\n\n'
              "Saidov, iki ülke arasındaki ticaretin geçen yıl rekor kırdığını hatırlattı. Bakan, ulaştırma "
              "projelerine ilişkin şunları söyledi:\n\n"
              '"Orta Koridor üzerinden taşımacılık süresini kısaltmak için yeni adımlar atacağız."')
    assert ("Bakhtiyor Saidov", "Orta Koridor üzerinden taşımacılık süresini kısaltmak için yeni adımlar atacağız.") \
        in proposed.quotes(second, DAY)


# plant: the _name_label_turn_at branch dropped from _answer_holding_quotes (capitals only, as round 60 had it)
def test_a_running_case_answer_holding_quote_marks_is_read_whole():
    text = ("Bakan Taşkent'te\n\nTicaret Bakanı Ömer Bolat Taşkent'teki temaslarının ardından konuştu.\n\n"
            "Müteahhitler ne durumda?\n\n"
            'Bolat: Projeler hızla ilerliyor. Bu ziyarette bir "hızlı izin mekanizması" üzerinde anlaştık.')
    assert proposed.quotes(text, DAY) == [
        ("Ömer Bolat", 'Projeler hızla ilerliyor. Bu ziyarette bir "hızlı izin mekanizması" üzerinde anlaştık.')]
    english = ("Interview\n\nWe met the rail analyst Tomas Verhoeven in Almaty.\n\n"
               "Is the corridor ready for more cargo?\n\n"
               'Verhoeven: Not yet. The operators still call the border crossing "the bottleneck of the route".')
    assert proposed.quotes(english, DAY) == [
        ("Tomas Verhoeven", 'Not yet. The operators still call the border crossing "the bottleneck of the route".')]
