"""Ninety-fifth round, q3 (docs/extraction.md: quotes.py, people.py): a Turkish embassy release's formal past in the
second quote of one sentence ('"…," demiş ve şöyle devam etmiştir: "…"', quotes._TR_AND_ADDED_COLON); a bare
"Büyükelçi, " before a reported clause that a partial quote ends ('Büyükelçi, … "… yaratacağını" de vurgulamıştır.',
quotes._tr_bare_local_title with its clause); a bare "Sn. Bakan" opening a sentence after an ambassador spoke, the one
minister the release addressed as "Bakan <Surname>" (quotes._tr_minister_addressed); a reported quote whose
participle a second clause of the same speaker follows before the passive ('X'in "…" dediği, … hatırlattığı
belirtildi', quotes.REPORTED_AFTER); an Azerbaijani name the lead gave in the accusative ("naziri Mehmet Kayanı qəbul
edib") read back by its bare surname ("Nazir Kaya … deyib. O bildirib: “…”", people.Resolver._unlisted_surname); and
an Azerbaijani colon sentence opening "X isə" whose words before the verb name another in the genitive before the noun
he owns ("… Baş nazir Y-nun salamlarını çatdıraraq deyib:", quotes._az_topic_subject_over_owner).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)
TR_LEAD = "T.C. Ticaret Bakanı Ali Vural, dün Astana'ya resmi bir ziyaret gerçekleştirmiştir.\n\n"
TR_FIRST = "Kazak dostlarımızla ticaretimizi her yıl büyütüyoruz"
TR_SECOND = "Yeni lojistik merkezi iki ülkenin ihracatçılarına büyük kolaylık sağlayacaktır."


# plant: the formal past ("|eklemiştir|devam etmiştir|…|demiştir") taken out of quotes._TR_AND_ADDED_COLON
def test_the_second_quote_after_demis_ve_soyle_devam_etmistir_is_the_same_speaker_s():
    text = TR_LEAD + (f'Forumda konuşan Sn. Bakan Vural, "{TR_FIRST}," demiş ve şöyle devam etmiştir: "{TR_SECOND}"')
    assert proposed.quotes(text, DAY) == [("Ali Vural", TR_FIRST), ("Ali Vural", TR_SECOND)]
    # the near form: a new sentence with a subject of its own before the colon is that subject's
    other = text.replace("demiş ve şöyle devam etmiştir:",
                         "demiştir. Kazak Bakan Nurlan Sadykov ise şöyle konuşmuştur:")
    assert proposed.quotes(other, DAY) == [("Ali Vural", TR_FIRST), ("Nurlan Sadykov", TR_SECOND)]


AMBASSADOR = ("T.C. Astana Büyükelçisi Ayşe Demir ile Ticaret Bakanı Ali Vural dün iş forumuna katılmıştır.\n\n"
              'Bakan Vural, "Ticaretimiz her yıl büyüyor," demiştir. Büyükelçi, Türk firmalarının bölgedeki '
              'yatırımlarının "yeni iş imkânları yaratacağını" de vurgulamıştır.')


# plant: clause=True taken out of the NOMINALISED_END branch's call of quotes._tr_bare_local_title
def test_a_bare_ambassador_before_a_reported_clause_is_the_ambassador_named():
    assert proposed.quotes(AMBASSADOR, DAY) == [("Ali Vural", "Ticaretimiz her yıl büyüyor"),
                                                ("Ayşe Demir", "yeni iş imkânları yaratacağını")]
    # the near form: no ambassador named before, the bare title is no one's (not the minister who spoke last)
    unnamed = AMBASSADOR.replace("T.C. Astana Büyükelçisi Ayşe Demir ile ", "")
    assert proposed.quotes(unnamed, DAY) == [("Ali Vural", "Ticaretimiz her yıl büyüyor")]


SN_BAKAN = TR_LEAD + (f'Forumda konuşan Sn. Bakan Vural, "{TR_FIRST}," demiştir.\n\n'
                      'Resepsiyonda konuşan Büyükelçi Ayşe Demir, "Büyükelçilik olarak her zaman firmalarımızın '
                      'yanındayız," demiştir.\n\n'
                      'Sn. Bakan daha sonra üniversiteyi ziyaret etmiştir. Sn. Bakan burada yaptığı konuşmada, '
                      '"Gençlerimiz iki ülke arasında köprü olacaktır," sözleriyle öğrencilere seslenmiştir.')
YOUTH = "Gençlerimiz iki ülke arasında köprü olacaktır"


# plant: quotes._tr_minister_addressed returning None
def test_a_bare_sn_bakan_is_the_one_minister_the_release_addressed_by_surname():
    assert proposed.quotes(SN_BAKAN, DAY)[-1] == ("Ali Vural", YOUTH)
    # the near form: two ministers addressed so ("Bakan Vural", "Bakan Sadykov"), the bare title is neither's
    two = SN_BAKAN.replace("Resepsiyonda", "Kazakistan Ticaret Bakanı Arman Sadykov ile görüşülmüştür. Bakan Sadykov, "
                                           '"Türk yatırımcılara kapımız açıktır," demiştir.\n\nResepsiyonda')
    assert all(quote != YOUTH for _, quote in proposed.quotes(two, DAY))


REPORTED = ("Cumhurbaşkanı Erdoğan, bugün Kazakistan Başbakanı Olcas Bektenov'u kabul etti.\n\n"
            'Cumhurbaşkanı Erdoğan\'ın görüşmede, "Kazakistan ile ortak projelerimizi hızla büyüteceğiz," dediği, '
            "iki ülke arasındaki ticaretin geçen yıl arttığını hatırlattığı belirtildi.")


# plant: the second clause "(?:,\s+…(?:{_REPORTED_SAID}|hatırlattığı|eklediği))?" taken out of quotes.REPORTED_AFTER
def test_a_reported_quote_with_a_second_clause_of_the_speaker_before_the_passive_is_his():
    assert proposed.quotes(REPORTED, DAY) == [("Recep Tayyip Erdoğan",
                                               "Kazakistan ile ortak projelerimizi hızla büyüteceğiz")]
    # the near form: a name in quote marks he launched (no participle of saying after it) are no words of his
    launched = REPORTED.replace('"Kazakistan ile ortak projelerimizi hızla büyüteceğiz," dediği',
                                '"Orta Koridor Ortaklığı" girişimini başlattığı')
    assert proposed.quotes(launched, DAY) == []


AZ_ACCUSATIVE = ("Bakı, 14 may, AZƏRTAC\n\nAzərbaycan Respublikasının Prezidenti İlham Əliyev mayın 14-də Türkiyə "
                 "Respublikasının ticarət naziri Mehmet Kayanı qəbul edib.\n\n"
                 "Dövlətimizin başçısı vurğulayıb: “Türkiyə bizim ən yaxın müttəfiqimizdir.”\n\n"
                 "Nazir Kaya səfər çərçivəsində dünən iqtisadiyyat naziri ilə görüşdüyünü deyib. O bildirib: “Ticarət "
                 "dövriyyəsi bu il rekord həddə çatacaq.”")
AZ_HOST = ("Ilham Aliyev", "Türkiyə bizim ən yaxın müttəfiqimizdir.")
AZ_GUEST = "Ticarət dövriyyəsi bu il rekord həddə çatacaq."


# plant: the accusative loop taken out of people.Resolver._unlisted_surname
def test_a_bare_surname_reads_back_the_guest_the_lead_named_in_the_accusative():
    assert proposed.quotes(AZ_ACCUSATIVE, DAY) == [AZ_HOST, ("Mehmet Kaya", AZ_GUEST)]
    # the near form: a shorter word the accusative's endings do not make ("Kay" of "Kayanı") is not he
    shorter = AZ_ACCUSATIVE.replace("Nazir Kaya ", "Nazir Kay ")
    assert all(not speaker.startswith("Mehmet") for speaker, _ in proposed.quotes(shorter, DAY))


AZ_TOPIC = ("Bakı, 14 may, AZƏRTAC\n\nAzərbaycan Respublikasının Prezidenti İlham Əliyev mayın 14-də Macarıstanın "
            "xarici işlər naziri Peter Kovacs ilə görüşüb.\n\n"
            "Peter Kovacs isə Baş nazir Andras Szabonun salamlarını çatdıraraq deyib: “Azərbaycan qazı bizim üçün çox "
            "vacibdir.”")
GAS = "Azərbaycan qazı bizim üçün çox vacibdir."


# plant: quotes._az_topic_subject_over_owner returning None
def test_the_name_before_ise_speaks_not_the_genitive_owner_of_the_greetings():
    assert proposed.quotes(AZ_TOPIC, DAY) == [("Peter Kovacs", GAS)]
    # the near form: the premier's words recalled ("sözlərini xatırladıb") are not the minister's own
    recalled = AZ_TOPIC.replace("salamlarını çatdıraraq deyib:", "sözlərini xatırladıb:")
    assert proposed.quotes(recalled, DAY) == []
