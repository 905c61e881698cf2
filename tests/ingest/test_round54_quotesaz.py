"""Fifty-fourth round, Azerbaijani quotes (docs/extraction.md: quotes.py, people.py): the forms behind the dev/934 (an
analysis quoting two experts) and dev/940 (a ministry's release on talks with the Uzbek minister) misses and what the
probes found, told in short invented sentences: "the Uzbek minister" after a quote as the minister the text titled of
that state, a pronoun's lead naming the outlet by its web name before its colon, a dash line's attribution in the
present ("– deyə X Y qeyd edir."), "deyə o əlavə edib" after such a dash line, and a place in the locative opening a
sentence, which is no speaker. Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 15)
LEAD = ("Nazir Vüqar Mustafayev Səmərqənddə {state} Baş nazirinin müavini, sənaye və ticarət naziri {name} ilə "
        "görüşüb.\n\nQonağı qarşılayan {name} əməkdaşlığın genişləndiyini qeyd edib. ")
WORDS = "Bu il birgə zavodların sayı iki dəfə artıb"


def test_a_demonyms_minister_after_a_quote_is_the_one_titled_minister_of_that_state():
    # plant: quotes._az_state_minister_named_before returning None at once
    marks = "Başlıq\n\n" + LEAD.format(state="Özbəkistanın", name="Timur Rəsulov") + f"“{WORDS}”, – deyə özbək " \
        "naziri bildirib. “Gələn il kimya sənayesində də layihələr başlayacaq.”"
    assert proposed.quotes(marks, DAY) == [("Timur Rəsulov", WORDS),
                                           ("Timur Rəsulov", "Gələn il kimya sənayesində də layihələr başlayacaq.")]
    dash = "Başlıq\n\n" + LEAD.format(state="Qazaxıstan Respublikasının", name="Marat Cumabəyov") \
        + f"\n\n– {WORDS}, – deyə qazax naziri vurğulayıb."
    assert proposed.quotes(dash, DAY) == [("Marat Cumabəyov", WORDS)]
    # a minister of another state than the one titled is no one
    other = "Başlıq\n\n" + LEAD.format(state="Özbəkistanın", name="Timur Rəsulov") + f"“{WORDS}”, – deyə qırğız " \
        "naziri bildirib."
    assert proposed.quotes(other, DAY) == []


def test_a_pronouns_lead_with_the_outlets_web_name_before_its_colon():
    # plant: the web name's optional group dropped from quotes.AZ_PRONOUN_COLON
    text = ("Başlıq\n\nPolitoloq Rauf Həsənov hesab edir ki, səfər uğurlu olub. O, Yeniavaz.com-a açıqlamasında "
            "bildirib: “İki ölkə arasında ticarət hər il artmaqda davam edir.”")
    assert proposed.quotes(text, DAY) == [("Rauf Həsənov", "İki ölkə arasında ticarət hər il artmaqda davam edir.")]
    # the outlet's plain name, as before, and a quote reopened in the next paragraph is one
    plain = ("Başlıq\n\nAnalitik Tural Nəsirov hesab edir ki, tranzit artıb. O, APA-ya açıqlamasında bildirib: "
             "“Tranzit yükləri artıb, amma istehsal zəifdir.\n\n“Birgə zavodlar açılmasa, hədəf çətin reallaşar.”")
    assert proposed.quotes(plain, DAY) == [("Tural Nəsirov", "Tranzit yükləri artıb, amma istehsal zəifdir. Birgə "
                                                             "zavodlar açılmasa, hədəf çətin reallaşar.")]


def test_a_dash_lines_attribution_with_its_verb_in_the_present():
    # plant: the present verbs' alternative dropped from quotes._DASH_ATTRIBUTION's "deyə" branch
    text = "Başlıq\n\nDosent Leyla Qasımova marşruta diqqət yönəldir.\n\n– Limanda yüklər hər il artır, – deyə " \
        "Leyla Qasımova qeyd edir."
    assert proposed.quotes(text, DAY) == [("Leyla Qasımova", "Limanda yüklər hər il artır")]
    # the verb in the past, as before
    past = text.replace("qeyd edir", "qeyd edib")
    assert proposed.quotes(past, DAY) == [("Leyla Qasımova", "Limanda yüklər hər il artır")]


def test_a_bare_title_in_a_dash_lines_present_attribution_is_the_lead_paragraphs_person():
    # plant: the present verbs' alternative dropped from quotes._AZ_DASH_TITLE
    text = ("Başlıq\n\nEkspert Fuad Kərimli marşruta diqqət çəkir.\n\n– Limanlarda yük dövriyyəsi iki dəfə artıb, – "
            "deyə ekspert hesab edir.")
    assert proposed.quotes(text, DAY) == [("Fuad Kərimli", "Limanlarda yük dövriyyəsi iki dəfə artıb")]


def test_he_added_after_a_dash_line_is_the_dash_lines_speaker():
    # plant: the dash line's early return dropped from quotes._az_lead_sentence
    text = ("Başlıq\n\nDosent Leyla Qasımova marşruta diqqət yönəldir.\n\n– Yaşıl Körpü layihəsi sürətlə irəliləyir, "
            "– deyə Leyla Qasımova qeyd edib.\n\n“Gələn il dövriyyə yeni rekorda çata bilər”, – deyə o əlavə edib.")
    assert proposed.quotes(text, DAY) == [("Leyla Qasımova", "Yaşıl Körpü layihəsi sürətlə irəliləyir"),
                                          ("Leyla Qasımova", "Gələn il dövriyyə yeni rekorda çata bilər")]
    # under a paragraph of running text, "o" is still its subject
    running = ("Başlıq\n\nİqtisadçı Rauf Həsənov Bakıda çıxış edib.\n\n“Gələn il dövriyyə yeni rekorda çata bilər”, – "
               "deyə o əlavə edib.")
    assert proposed.quotes(running, DAY) == [("Rauf Həsənov", "Gələn il dövriyyə yeni rekorda çata bilər")]


def test_a_place_in_the_locative_opening_a_sentence_is_no_speaker():
    # plant: the "-də" check dropped from people._unlisted_names
    text = ("Başlıq\n\nEkspertlər optimistdir.\n\nYaşıl Körpüdə yük daşımaları artır. “Bu artım ikitərəfli ticarətə "
            "birbaşa təsir edir”, – deyə o əlavə edib.")
    assert proposed.quotes(text, DAY) == []
    # the person named before the place is still the speaker, and a surname in "-zadə" is still a name
    named = ("Başlıq\n\nİqtisadçı Rauf Həsənov bildirib ki, tranzit artır. Orta Dəhlizdə yük daşımaları artır. "
             "“Bu artım ikitərəfli ticarətə birbaşa təsir edir”, – deyə o əlavə edib.")
    assert proposed.quotes(named, DAY) == [("Rauf Həsənov", "Bu artım ikitərəfli ticarətə birbaşa təsir edir")]
    zade = ("Başlıq\n\nPolitoloq Elnur Səfərzadə Bakıda çıxış edib. “Bu artım ticarətə birbaşa təsir edir”, – deyə o "
            "əlavə edib.")
    assert proposed.quotes(zade, DAY) == [("Elnur Səfərzadə", "Bu artım ticarətə birbaşa təsir edir")]
