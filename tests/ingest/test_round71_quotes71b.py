"""Seventy-first round, quotes71b (docs/extraction.md: quotes.py): the forms behind the dev/1142 misses, told in short
invented sentences. A Turkish quote opening its paragraph with a bare verb that ends only its own sentence, another
quote of the same voice after it ('"…" dedi. "…"'), under a paragraph of reported speech about one titled person: that
person's, the second quote too (1142); and the particle "da/de" (too) between a light verb's noun and its verb before a
colon ('Bakan, … çağrıda da bulundu: "…"'), read as the colon verb without it (1142). Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


# plant: quotes._tr_lead_paragraph_subject back to asking that the verb end its paragraph (the rest stripped of " .")
def test_a_bare_verb_ending_the_first_quotes_sentence_under_a_paragraph_about_one_person():
    text = ("Özbekistan Tarım Bakanı Dilshod Rahimov, Ankara'da tarım fuarını ziyaret etti.\n\n"
            "Fuarın açılışını yapan Rahimov, yeni bir sulama projesini tanıttı. Projenin maliyeti 40 milyon dolar.\n\n"
            "\"Türk yatırımcılar için tarım sektörümüz çok cazip bir alan\" dedi. \"Önümüzdeki yıl yeni ortak "
            "şirketler kurmayı planlıyoruz.\"")
    assert proposed.quotes(text, DAY) == [
        ("Dilshod Rahimov", "Türk yatırımcılar için tarım sektörümüz çok cazip bir alan"),
        ("Dilshod Rahimov", "Önümüzdeki yıl yeni ortak şirketler kurmayı planlıyoruz.")]
    other = ("Kazakistan Enerji Bakanı Almas Nurov, İstanbul'da bir enerji zirvesine katıldı.\n\n"
             "Zirvede konuşan Nurov, boru hattının gelecek yıl tamamlanacağını belirtti. Hattın maliyeti 2 milyar "
             "dolar.\n\n"
             "\"Bu hat iki ülkenin enerji güvenliği için hayati önemde\" diye konuştu. Nurov ayrıca iki yeni "
             "anlaşmanın imzalandığını açıkladı.")
    assert proposed.quotes(other, DAY) == [
        ("Almas Nurov", "Bu hat iki ülkenin enerji güvenliği için hayati önemde")]


# plant: quotes._tr_without_particle_before_colon_verb returning `tail` unchanged
def test_the_particle_too_between_a_light_verbs_noun_and_its_verb_before_a_colon():
    text = ("Özbekistan Tarım Bakanı Dilshod Rahimov, Ankara'da tarım fuarını ziyaret etti.\n\n"
            "Bakan, Türk çiftçilere bir çağrıda da bulundu: \"Sulama teknolojilerinde birlikte çalışmaya hazırız.\"")
    assert proposed.quotes(text, DAY) == [
        ("Dilshod Rahimov", "Sulama teknolojilerinde birlikte çalışmaya hazırız.")]
    other = ("Kazakistan Enerji Bakanı Almas Nurov, İstanbul'da bir enerji zirvesine katıldı.\n\n"
             "Nurov, yatırımcılara net bir mesaj da verdi: \"Kazakistan'da yabancı sermayeye kapılar sonuna kadar "
             "açık.\"")
    assert proposed.quotes(other, DAY) == [
        ("Almas Nurov", "Kazakistan'da yabancı sermayeye kapılar sonuna kadar açık.")]
