"""Ninety-eighth round, q3 (docs/extraction.md: people.py, quotes.py, figures.py, visits.py): a veteran's honorific
"Gazi" before a name is no part of it ('Gazi Mustafa Kemal Atatürk'ün "…" sözü' is Mustafa Kemal Atatürk's, a title
word of people._TITLE_WORDS). A poet's line of verse in the genitive owner's form, 'Yunus Emre'nin "…" dizesiyle', is
the poet's words (the nouns "dize", "mısra", "misra" of quotes._TURKIC_WORDS_NOUN, read by quotes._turkic_words_owner),
and the subject after the participle whose clause quotes it speaks the next quote ('… dizesiyle tamamlayan X, "…"
dedi.': quotes._tr_verb_final_subject reads a quote mark before the participle as its clause's object). A wire's
crosshead opening with a dash, '- "…"', is a bare subheading, and one that says a quote of the two paragraphs below in
its words with other endings (two thirds of its stems) is that speaker's (quotes._titled_subheading_speakers,
quotes._CROSSHEAD_DASHES, quotes._turkic_stems). A figure in another currency told again in dollars, "Converted at
average monthly rates, that is about $4.31 billion.", is that trade's figure (the conversion of figures._FIGURE_BACK).
A newsletter's paragraph opened by a pair's label, "Hungary–Kyrgyzstan: Just over $38 million in the first half of
2026, …", under a heading naming trade ("TRADE WATCH"), is that pair's turnover (figures._trade_section_pair_line,
figures._listed_line's `any_tail`, "just" before the qualifier in figures._LINE_GAP, figures._subheading_before's
`reach`). A column signed where it ends by a letter's closing ("With warm regards," then the name and title) tells
its signer's own trip in the first person (visits._closing_signer, visits._LETTER_CLOSING, in
visits._signed_author_trip).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_TR = date(2026, 5, 20)
RECALLED = ("Ankara'da Türk Dünyası Günü kutlandı\n\n"
            "Törende konuşan Bakan Selim Karataş, iki ülke arasındaki dostluğun köklü olduğunu söyledi.\n\n"
            "{owner} \"Türk milletinin birliği her şeyin üstündedir\" sözünü hatırlatan Karataş, şöyle konuştu:\n\n"
            "\"Bu birlik bugün ekonomide, kültürde ve eğitimde de güçleniyor.\"\n")
SAYING = "Türk milletinin birliği her şeyin üstündedir"


# plant: "gazi" taken out of people._TITLE_WORDS
def test_a_veterans_honorific_before_a_name_is_no_part_of_it():
    said = proposed.quotes(RECALLED.format(owner="Gazi Mustafa Kemal Atatürk'ün"), DAY_TR)
    assert ("Mustafa Kemal Atatürk", SAYING) in said
    # the near form: a surname opening with the same letters ("Gazioğlu") is kept whole
    assert ("Osman Gazioğlu", SAYING) in proposed.quotes(RECALLED.format(owner="Osman Gazioğlu'nun"), DAY_TR)


VERSE = ("Kültür haftası Bursa'da sona erdi\n\n"
         "Kapanış töreninde Azerbaycan Kültür Bakan Yardımcısı Elnur Məmmədov ve Bursa Valisi Kemal Aydın birer "
         "konuşma yaptı.\n\n"
         "Konuşmasını Bahtiyar Vahapzade'nin \"Dostun bağında gül olup açalım bu bahar\" {noun} tamamlayan {tail}\n")
LINE = "Dostun bağında gül olup açalım bu bahar"
SPRING = "Bu bahar iki halkın kültür baharı olsun."


# plant: the "dizes" alternative of quotes._TURKIC_WORDS_NOUN made to match nothing ("(?!)dizes")
def test_a_poets_line_of_verse_is_the_poets_words():
    text = VERSE.format(noun="dizesiyle", tail=f"Məmmədov, \"{SPRING}\" dedi.")
    assert ("Bahtiyar Vahapzade", LINE) in proposed.quotes(text, DAY_TR)
    assert ("Bahtiyar Vahapzade", LINE) in proposed.quotes(text.replace("dizesiyle", "mısrasıyla"), DAY_TR)
    # the near form: a book's title in the owner's genitive is no one's words
    assert all(q[1] != LINE for q in proposed.quotes(text.replace("dizesiyle", "kitabıyla"), DAY_TR))


# plant: quotes._tr_verb_final_subject giving up on any quote mark of the sentence ("_QUOTE_MARK.search(sentence)"
# for "_QUOTE_MARK.search(sentence, m.start())")
def test_the_participles_subject_speaks_after_a_clause_quoting_another():
    listened = VERSE.format(noun="dizesiyle", tail=f"Məmmədov'u dinleyen Aydın, \"{SPRING}\" dedi.")
    assert ("Kemal Aydın", SPRING) in proposed.quotes(listened, DAY_TR)
    # the near form: two subjects joined by "ile", the words neither's alone
    both = VERSE.format(noun="dizesiyle", tail=f"Məmmədov ile Aydın, \"{SPRING}\" dedi.")
    assert all(q[1] != SPRING for q in proposed.quotes(both, DAY_TR))


FORUM = ("Kazakistan Ticaret Bakanı Bursa'da iş dünyasıyla buluştu\n\n"
         "BURSA (AA) - Kazakistan Ticaret ve Entegrasyon Bakanı Arman Şakkaliyev, Bursa'da düzenlenen iş forumuna "
         "katıldı.\n\n"
         "{head}\n\n"
         "Bakan Şakkaliyev ise forumda iki ülkenin lojistik işbirliğine değindi.\n\n"
         "\"Kazak tırları artık Bursa'ya dokuz günde ulaşıyor. Beş yıl önce bu yolculuk üç hafta sürüyordu.\" diyen "
         "Şakkaliyev, yeni gümrük kapılarının açılacağını söyledi.\n")
SHORTER = "Kazak tırlarının Bursa yolculuğu dokuz güne indi"


# plant: the dash taken out of quotes._titled_subheading_speakers' bare test ("bare = not label.strip()"); and, seen
# failing too, its stems tie taken out ("shared_stems = 0")
def test_a_dash_crosshead_saying_a_quote_below_with_other_endings_is_that_speakers():
    said = proposed.quotes(FORUM.format(head=f"- \"{SHORTER}\""), DAY_TR)
    assert ("Arman Şakkaliyev", SHORTER) in said
    # the near form: a crosshead whose stems no quote below holds is an editor's line, no one's
    line = "Bursa ile Almatı arasında yeni bir köprü"
    assert all(q[1] != line for q in proposed.quotes(FORUM.format(head=f"- \"{line}\""), DAY_TR))


DAY_EN = date(2026, 9, 10)
HUN_AZE = proposed.pair("Hungary", "Azerbaijan")
CONVERTED = ("Hungary and Azerbaijan: a good half-year\n\n"
             "Trade between Hungary and Azerbaijan in January–June came to €212 million, the Hungarian statistics "
             "office reports. {then}\n")


# plant: the conversion's alternative of figures._FIGURE_BACK made to match nothing ("(?!)" opening it)
def test_a_figure_in_another_currency_told_again_in_dollars():
    converted = CONVERTED.format(then="At the average rate for the period, that is roughly $231 million.")
    assert proposed.trade(converted, DAY_EN) == [(HUN_AZE, "2026-H1", "turnover", 231.0, "about", "")]
    # the near form: a difference told in dollars is no figure of the trade
    assert proposed.trade(CONVERTED.format(then="That is $30 million more than a year earlier."), DAY_EN) == []


BULLETIN = ("Chamber bulletin, September 2026\n\n"
            "{heading}\n\n"
            "Hungary–Azerbaijan: Trade in January–June came to $212 million, up 9% year on year.\n\n"
            "Hungary–Turkmenistan: HUF 4.1 billion in the first half of the year.\n\n"
            "Hungary–Tajikistan: Just under $12 million in the first half of 2026, according to Tajik customs.\n\n"
            "MEMBERS' NEWS\n\n"
            "The Chamber welcomed three new members in August.\n")
HUN_TJK = proposed.pair("Hungary", "Tajikistan")


# plant: the _trade_section_pair_line branch taken out of figures.find_figures ("elif False:"); and, seen failing too,
# "just" taken out of figures._LINE_GAP ("(?:just\s+)?" dropped)
def test_a_pairs_labelled_paragraph_under_a_trade_heading_is_the_pairs_turnover():
    assert (HUN_TJK, "2026-H1", "turnover", 12.0, "under", "") in proposed.trade(BULLETIN.format(heading="TRADE WATCH"),
                                                                                 DAY_EN)
    # the near form: under a heading that names no trade, the label and an amount tell no trade
    assert all(f[0] != HUN_TJK for f in proposed.trade(BULLETIN.format(heading="AT A GLANCE"), DAY_EN))


DAY_COL = date(2026, 6, 2)
COLUMN = ("Business Council Letter, June 2026\n\n"
          "A WORD FROM THE CHAIR\n\n"
          "Dear colleagues,\n\n"
          "{trip} Over two days our members met forty Kazakh firms, and two supply agreements were signed.\n\n"
          "I hope to see many of you at our summer reception.\n\n"
          "With best regards,\n"
          "Anna Kovács\n"
          "{title}, Hungarian–Kazakh Business Council\n\n"
          "EVENTS\n\n"
          "The council's board meets on 20 June in Budapest.\n")
LED = "On 14 May I led a delegation of twelve companies to the Kazakh–Hungarian Business Forum in Almaty."


# plant: _closing_signer taken out of visits._signed_author_trip ("person := _signature_author(…)"); and, seen failing
# too, the "regards" alternative taken out of visits._LETTER_CLOSING; the near form of the title seen failing when the
# name check was taken out of _closing_signer ("person.name == named.name" dropped)
def test_a_columns_signer_made_the_trip_it_tells_in_the_first_person():
    column = COLUMN.format(trip=LED, title="Chair")
    assert proposed.visits(column, DAY_COL) == [("Anna Kovács", "Kazakhstan", "2026-05-14", "Almaty", "other")]
    assert proposed.documents(column, DAY_COL) == ["2"]
    # the near forms: the same words in another's quote marks are his, and a title whose office word is a head of
    # state's makes the signer no president
    quoted = COLUMN.format(trip=f"\"{LED[:-1]},\" board member Péter Nagy wrote.", title="Chair")
    assert proposed.visits(quoted, DAY_COL) == []
    assert proposed.visits(COLUMN.format(trip=LED, title="President"), DAY_COL) == []
