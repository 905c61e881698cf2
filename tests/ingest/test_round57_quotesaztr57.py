"""Fifty-seventh round, Azerbaijani and Turkish quotes (docs/extraction.md: quotes.py, people.py): the forms behind the
dev/969, 971, 973, 975 and 977 misses, told in short invented sentences: an interviewee's closing courtesy line under
four words, a power plant's or project's name before a partial quote, a quote in single marks in running text, a
cabinet chairman by title after a quote, a bare "nazir" when the text titled two ministers, a title glossed by the
local word in brackets before the name, and a headline label of a place's title and a surname. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


def test_a_labelled_closing_line_under_four_words_is_no_quote():
    # plant: the `_words(m["q"]) < MIN_WORDS` check dropped from quotes._unmarked_paragraph's label branch
    text = ("Bakı ilə Aşqabad: müsahibə\n\nAyna.az səfir Rəşad Məmmədovla danışıb.\n\nAyna.az: Ticarət necə gedir?\n\n"
            "Rəşad Məmmədov: Ticarət dövriyyəsi bu il xeyli artıb, biz razıyıq.\n\nAyna.az: Təşəkkür edirik.\n\n"
            "Rəşad Məmmədov: Sağ olun.")
    assert proposed.quotes(text, DAY) == [("Rəşad Məmmədov", "Ticarət dövriyyəsi bu il xeyli artıb, biz razıyıq.")]
    turkish = ("Astana ile Ankara: röportaj\n\nKRİTER, Büyükelçi Ali Kaya ile konuştu.\n\nKRİTER: Ticaret nasıl "
               "gidiyor?\n\nAli Kaya: Ticaret hacmi bu yıl çok arttı, memnunuz.\n\nKRİTER: Teşekkür ederiz.\n\n"
               "Ali Kaya: Ben teşekkür ederim.")
    assert proposed.quotes(turkish, DAY) == [("Ali Kaya", "Ticaret hacmi bu yıl çok arttı, memnunuz.")]
    # a closing line of four words stays the interviewee's
    longer = text.replace("Sağ olun.", "Mən də sizə təşəkkür edirəm.")
    assert ("Rəşad Məmmədov", "Mən də sizə təşəkkür edirəm.") in proposed.quotes(longer, DAY)


def test_a_power_plants_or_projects_name_is_no_speaker():
    # plant: the round 57 _BODY_WORDS layer (santrali, barajı, projesi, stansiyası, …) dropped from people.py
    text = ("Bakanlar toplandı\n\nTacikistan Enerji Bakanı Daler Juma toplantıya katıldı.\n\nEv sahibi Juma ise Rogun "
            "Hidroelektrik Santrali projesinin \"bölgenin enerji dengesini tamamen değiştireceğini\" belirterek "
            "yatırım çağrısı yaptı.")
    assert proposed.quotes(text, DAY) == [("Daler Juma", "bölgenin enerji dengesini tamamen değiştireceğini")]
    dam = ("Bakanlar toplandı\n\nKırgızistan Enerji Bakanı Taalaybek İbrayev toplantıya katıldı.\n\nİbrayev, "
           "Kambar-Ata Barajı projesinin \"Orta Asya'nın enerji güvenliğini sağlayacağını\" söyledi.")
    assert proposed.quotes(dam, DAY) == [("Taalaybek İbrayev", "Orta Asya'nın enerji güvenliğini sağlayacağını")]
    azerbaijani = ("Nazirlər görüşüb\n\nTacikistanın energetika naziri Daler Juma Bakıya gəlib.\n\nDaler Juma Roqun Su "
                   "Elektrik Stansiyası layihəsinin \"regionun enerji xəritəsini dəyişəcəyini\" bildirib.")
    assert proposed.quotes(azerbaijani, DAY) == [("Daler Juma", "regionun enerji xəritəsini dəyişəcəyini")]


def test_a_quote_in_single_marks_in_running_text_is_its_subjects():
    # plant: quotes._single_marked_in_running_text returning [] at once
    text = ("TDT toplantısı\n\nTDT toplantısı Bakü'de yapıldı.\n\nTDT Genel Sekreteri Kubanıçbek Ömüraliyev de "
            "açılışta 'Orta Koridor artık bütün dünyanın gündeminde' diye konuştu.")
    assert proposed.quotes(text, DAY) == [("Kubanıçbek Ömüraliyev", "Orta Koridor artık bütün dünyanın gündeminde")]
    governor = ("Ziyaret\n\nKazakistan heyeti İzmir'e geldi.\n\nİzmir Valisi Süleyman Elban ise 'Kazak dostlarımızı "
                "her zaman bekliyoruz' dedi. Elban, ticaretin arttığını söyledi.")
    assert proposed.quotes(governor, DAY) == [("Süleyman Elban", "Kazak dostlarımızı her zaman bekliyoruz")]
    # a document's title in single marks, no verb of saying after it, is no quote
    title = ("Ziyaret\n\nKazakistan heyeti İzmir'e geldi.\n\nHeyet, 'Türk Dünyası Vizyonu 2040 Belgesi' metnini "
             "inceledi ve Ege Üniversitesi'ni gezdi.")
    assert proposed.quotes(title, DAY) == []


def test_a_cabinet_chairman_by_title_after_a_quote():
    # plant: the `"Nazirlər" in m["spk"]` branch (_az_opening_cabinet_head) dropped from quotes._attribute
    text = ("Səfər\n\nQırğızıstan Respublikası Nazirlər Kabinetinin sədri Adılbek Kasımaliyev Bakıya gəlib, Baş nazir "
            "Əli Əsədov onu qarşılayıb.\n\n«Bu gün imzalanan sənədlər əməkdaşlığı yeni mərhələyə çıxarır», – deyə "
            "Əli Əsədov bildirib.\n\n«Bizim ölkələr arasında ticarət hələ ki kiçikdir, lakin sürətlə artacaq», – "
            "Qırğızıstan Nazirlər Kabinetinin sədri vurğulayıb.")
    quotes = proposed.quotes(text, DAY)
    assert ("Adylbek Kasymaliyev", "Bizim ölkələr arasında ticarət hələ ki kiçikdir, lakin sürətlə artacaq") in quotes
    # the host's quote, by name, stays his
    assert ("Ali Asadov", "Bu gün imzalanan sənədlər əməkdaşlığı yeni mərhələyə çıxarır") in quotes
    with_deye = text.replace("– Qırğızıstan Nazirlər Kabinetinin sədri vurğulayıb",
                             "– deyə Qırğızıstan Nazirlər Kabinetinin sədri qeyd edib")
    assert ("Adylbek Kasymaliyev", "Bizim ölkələr arasında ticarət hələ ki kiçikdir, lakin sürətlə artacaq") \
        in proposed.quotes(with_deye, DAY)


CO_CHAIRS = ("Komissiya\n\nİclasa komissiyanın həmsədrləri – Azərbaycan Respublikasının ekologiya və təbii sərvətlər "
             "naziri Rauf Həsənov və Qazaxıstanın ticarət naziri Arman Şakkaliyev sədrlik ediblər.\n\n")


def test_a_bare_minister_after_a_quote_is_the_one_a_bare_title_last_meant():
    # plant: quotes._az_bare_title_last_subject returning None at once
    text = (CO_CHAIRS + "İclasda çıxış edən Rauf Həsənov əlaqələrin inkişaf etdiyini bildirib. Nazir ticarətə "
            "toxunaraq qeyd edib ki, 2024-cü ildə ticarət dövriyyəsi 90 milyon dollar olub. Cari ildə isə bu "
            "göstərici artıb.\n\n«Ticarət dövriyyəsi artır, lakin potensial daha böyükdür», – deyə nazir bildirib, – "
            "«Biz yeni layihələrə hazırıq».")
    assert proposed.quotes(text, DAY) == [("Rauf Həsənov", "Ticarət dövriyyəsi artır, lakin potensial daha böyükdür"),
                                          ("Rauf Həsənov", "Biz yeni layihələrə hazırıq")]
    # the other co-chair named after that sentence: the bare title is not given to the first
    other = text.replace("Cari ildə isə bu göstərici artıb.", "Arman Şakkaliyev də çıxış edib.")
    assert ("Rauf Həsənov", "Ticarət dövriyyəsi artır, lakin potensial daha böyükdür") \
        not in proposed.quotes(other, DAY)


def test_a_local_word_glossed_between_title_and_name():
    # plant: people.Resolver.note_names_in reading the name runs of `text` itself (runs_of = text, no gloss cut)
    text = ("Ziyaret\n\nKazakistan'ın Türkistan Bölgesi Valisi (Akim) Darhan Satıbaldı, Bursa'ya geldi.\n\n"
            "\"Bursa ile Türkistan arasında yeni bir köprü kuruyoruz,\" diyen Vali Satıbaldı, \"Tekstil ve turizmde "
            "ortak projeler geliştirmek istiyoruz\" diye konuştu.")
    assert proposed.quotes(text, DAY) == [
        ("Darhan Satıbaldı", "Bursa ile Türkistan arasında yeni bir köprü kuruyoruz"),
        ("Darhan Satıbaldı", "Tekstil ve turizmde ortak projeler geliştirmek istiyoruz")]
    hokim = ("Ziyaret\n\nÖzbekistan'ın Semerkant Bölgesi Valisi (Hokim) Erkinjon Turdimov Konya'ya geldi.\n\n"
             "Turdimov, \"Konya ile Semerkant arasındaki bağlar çok eskidir\" dedi.")
    assert proposed.quotes(hokim, DAY) == [("Erkinjon Turdimov", "Konya ile Semerkant arasındaki bağlar çok eskidir")]
    # an abbreviation in brackets inside a body's name stays as it was
    body = ("Ziyaret\n\nTürkiye Odalar ve Borsalar Birliği (TOBB) Başkanı Rifat Hisarcıklıoğlu Astana'ya gitti.\n\n"
            "Hisarcıklıoğlu, \"Kazakistan ile ticaret hacmimiz hızla büyüyor\" dedi.")
    assert proposed.quotes(body, DAY) == [("Rifat Hisarcıklıoğlu", "Kazakistan ile ticaret hacmimiz hızla büyüyor")]


def test_a_bare_local_title_after_a_glossed_title_is_the_one_named_with_it():
    # plant: quotes._tr_clause_partial's titled-named lookup for a bare title back to `person is None` only
    text = ("Bursa'da Almatı günleri\n\nKazakistan'ın en büyük şehri Almatı'nın Belediye Başkanı (Akim) Nurlan "
            "Sultanov, beraberindeki heyetle Bursa'ya geldi. Bursa Valisi ile görüşen Sultanov, protokol imzaladı.\n\n"
            "Almatı'nın Akimi Nurlan Sultanov, resmi ziyaret kapsamında Valiliği ziyaret etti.\n\n\"Bursa ile Almatı "
            "arasında yeni köprüler kuracağız\" diyen Sultanov, şöyle devam etti:\n\n\"Türk yatırımcıları Almatı'ya "
            "davet ediyoruz, kapımız herkese açık.\"\n\nSultanov, Türk şirketlerinin sayısının arttığını ifade etti. "
            "Akim, Almatı'nın \"bölgenin ticaret ve turizm merkezi olma\" hedefine birlikte ulaşılacağını söyledi.")
    quotes = proposed.quotes(text, DAY)
    assert ("Nurlan Sultanov", "bölgenin ticaret ve turizm merkezi olma") in quotes
    # the quote his colon opened stays his
    assert ("Nurlan Sultanov", "Türk yatırımcıları Almatı'ya davet ediyoruz, kapımız herkese açık.") in quotes


def test_a_headline_label_of_a_places_title_and_a_surname():
    # plant: the `words[-2] in _LOCAL_TITLES` alternative dropped from quotes._headline_label_person's surname_only
    text = ("Türkistan Valisi Satıbaldı: \"Türk dünyasının kalbi burada atıyor\"\n\nKazakistan'ın Türkistan Bölgesi "
            "Valisi Darhan Satıbaldı, Bursa'ya geldi ve Vali ile görüştü.")
    assert proposed.quotes(text, DAY) == [("Darhan Satıbaldı", "Türk dünyasının kalbi burada atıyor")]
    # a body's title with no surname after it labels no one the body names
    body = ("Kazakistan Dışişleri Bakanlığı: \"Türk dünyasının kalbi burada atıyor\"\n\nKazakistan'ın Türkistan "
            "Bölgesi Valisi Darhan Satıbaldı, Bursa'ya geldi.")
    assert proposed.quotes(body, DAY) == []
