"""Sixty-third round, quotes in en/az/tr (docs/extraction.md: people.py, quotes.py): the forms behind the dev/1042,
1044, 1046 and 1048 misses, told in short invented sentences: a deputy prime minister's title after his name and a
later "the deputy prime minister said"; a Turkic kin word before a surname inside a quote ("Kardeşim X"); '"…," dedi X
ve ekledi: "…"'; "… şu bilgileri verdi:"; an editor's clause "…, during which X described … as “…”"; a demonym and
"diplomat" as a Turkic sentence's subject. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 24)
WORDS = '"We want more investment in processing and less in raw materials," the deputy prime minister said.'


def _en(lead: str, body: str) -> str:
    return f"Council meets in Baku\n\n{lead}\n\n{body}\n"


def test_a_deputy_prime_ministers_title_after_his_name_is_his_later_bare_title():
    # plant: the _en_deputy_prime_ministers_named call dropped from people.Resolver.note_names_in
    lead = "Talks were led by Ulan Jumabayev, Kyrgyzstan's Deputy Prime Minister and Minister of Energy, in Baku."
    assert proposed.quotes(_en(lead, WORDS), DAY) == [
        ("Ulan Jumabayev", "We want more investment in processing and less in raw materials")]
    of_state = "Talks were led by Jamshid Turgunov, Deputy Prime Minister of Uzbekistan, in Baku."
    assert [s for s, _ in proposed.quotes(_en(of_state, WORDS), DAY)] == ["Jamshid Turgunov"]
    # two so titled: the bare title is neither's, the state's word chooses one
    two = ("Talks were led by Ulan Jumabayev, Kyrgyzstan's Deputy Prime Minister, and Aidar Bekov, Kazakhstan's "
           "Deputy Prime Minister and Minister of Trade, in Baku.")
    assert proposed.quotes(_en(two, WORDS), DAY) == []
    kazakh = WORDS.replace("the deputy", "the Kazakh deputy")
    assert [s for s, _ in proposed.quotes(_en(two, kazakh), DAY)] == ["Aidar Bekov"]
    # a former deputy prime minister is no one the bare title means
    former = "Talks were led by Ulan Jumabayev, Kyrgyzstan's former Deputy Prime Minister, in Baku."
    assert proposed.quotes(_en(former, WORDS), DAY) == []


def test_a_kin_word_before_a_surname_in_a_quote_names_no_newcomer():
    # plant: "kardeşim" left out of people._KIN_VOCATIVES
    text = ("Mirziyoyev Ankara'da\n\nÖzbekistan Cumhurbaşkanı Şevket Mirziyoyev, Cumhurbaşkanı Recep Tayyip Erdoğan "
            "ile görüştü.\n\nErdoğan şunları söyledi: \"Kardeşim Mirziyoyev ile ticaret hedefimizi bir kez daha teyit "
            "ettik.\"\n\nMirziyoyev, Türk şirketlerini \"bölgemizin en güvenilir yatırımcıları\" olarak "
            "nitelendirdi.\n")
    assert proposed.quotes(text, DAY) == [
        ("Recep Tayyip Erdoğan", "Kardeşim Mirziyoyev ile ticaret hedefimizi bir kez daha teyit ettik."),
        ("Shavkat Mirziyoyev", "bölgemizin en güvenilir yatırımcıları")]


def test_said_then_the_name_and_added_with_a_colon():
    # plant: the "ve ekledi:" lookahead dropped from quotes.TR_VERB_SPEAKER
    text = ("Caparov Ankara'da\n\nKırgızistan Cumhurbaşkanı Sadır Caparov, Cumhurbaşkanı Recep Tayyip Erdoğan ile "
            "görüştü.\n\n\"Türk yatırımcılar için yeni sanayi bölgeleri kuruyoruz,\" dedi Caparov ve ekledi: \"Her "
            "bölgede Türk şirketlerini görmek istiyoruz.\"\n")
    assert proposed.quotes(text, DAY) == [
        ("Sadyr Japarov", "Türk yatırımcılar için yeni sanayi bölgeleri kuruyoruz"),
        ("Sadyr Japarov", "Her bölgede Türk şirketlerini görmek istiyoruz.")]
    # the name closing its sentence still reads as before
    plain = text.replace(" ve ekledi: \"Her bölgede Türk şirketlerini görmek istiyoruz.\"", ".")
    assert proposed.quotes(plain, DAY) == [("Sadyr Japarov", "Türk yatırımcılar için yeni sanayi bölgeleri kuruyoruz")]


def test_gave_this_information_before_a_colon():
    # plant: the "bilgi(?:leri|yi) verdi" alternative dropped from quotes.TR_COLON_VERB
    text = ("Caparov Ankara'da\n\nKırgızistan Cumhurbaşkanı Sadır Caparov, Cumhurbaşkanı Recep Tayyip Erdoğan ile "
            "görüştü.\n\nBasın toplantısında konuşan Erdoğan, ilişkilerden memnun olduğunu belirterek şu bilgileri "
            "verdi: \"Ticaret hacmimiz geçen yıl yüzde 8 arttı. Bu rakamı yeterli görmüyoruz.\"\n")
    assert proposed.quotes(text, DAY) == [
        ("Recep Tayyip Erdoğan", "Ticaret hacmimiz geçen yıl yüzde 8 arttı. Bu rakamı yeterli görmüyoruz.")]
    shared = text.replace("Basın toplantısında konuşan Erdoğan, ilişkilerden memnun olduğunu belirterek şu bilgileri "
                          "verdi", "Caparov, yatırımlar hakkında şu bilgiyi paylaştı")
    assert [s for s, _ in proposed.quotes(shared, DAY)] == ["Sadyr Japarov"]


def test_a_meetings_clause_then_during_which_the_speaker():
    # plant: the _EN_WHICH_CAPITAL_SUBJECT branch dropped from quotes (the "during which" subject)
    lead = "ASTANA. President Kassym-Jomart Tokayev received President Shavkat Mirziyoyev at Akorda."
    during = ("Later, the two presidents held a meeting in private, during which Tokayev described the ties between "
              "the capitals as \"a partnership of a new quality\".")
    assert proposed.quotes(_en(lead, during), DAY) == [("Kassym-Jomart Tokayev", "a partnership of a new quality")]
    at = 'A dinner followed, at which President Mirziyoyev called the corridor "the shortest route to Europe".'
    assert proposed.quotes(_en(lead, at), DAY) == [("Shavkat Mirziyoyev", "the shortest route to Europe")]
    # no person after "which": no speaker
    passive = 'The leaders met at Akorda, during which Kazakhstan was described by analysts as "a hub for the region".'
    assert proposed.quotes(_en(lead, passive), DAY) == []


def test_a_demonym_and_diplomat_is_that_states_foreign_minister():
    # plant: quotes._turkic_demonym_diplomat returning None
    text = ("Gündəlik icmal\n\nBAKI. Qırğızıstanın xarici işlər naziri Ceenbek Kulubayev bu gün Bakıda Azərbaycanın "
            "xarici işlər naziri Ceyhun Bayramovla görüşüb.\n\nNazirin sözlərinə görə, ticarət dövriyyəsi 30 milyon "
            "dollar təşkil edib. Qırğız diplomat isə dövriyyənin \"hələ çox aşağı səviyyədə qaldığını\" "
            "vurğulayıb.\n")
    assert proposed.quotes(text, DAY) == [("Jeenbek Kulubaev", "hələ çox aşağı səviyyədə qaldığını")]
    # a state whose minister the article did not name: no one
    uzbek = text.replace("Qırğız diplomat", "Özbək diplomat")
    assert proposed.quotes(uzbek, DAY) == []
