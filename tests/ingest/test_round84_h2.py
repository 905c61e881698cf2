"""Eighty-fourth round, h2 (docs/extraction.md: money.py, figures.py, visits.py): a multiple and a half told in words
("grew one and a half times", "two-and-a-half times", Turkish "bir buçuk kat", Azerbaijani "bir yarım dəfə") is a
growth as "1.5 times" is, 50 percent (money.TIMES_NUMBERS, _AND_A_HALF); a second statistics office's count of the
same trade told straight, its amount then "for the same twelve months" (or the year), right after the first office's
figure ("Kyrgyzstan's statistical committee reports $1.42 billion for the same twelve months") is that trade's figure
too (figures._OFFICE_REPORTS_SAME_PERIOD, beside round 80's count before a colon); and Türkiye named only in a joint
institution's name ("Kırgızistan-Türkiye Manas Üniversitesi") leaves a Turkish Cypriot minister, titled by the bare
"Bakanı", Northern Cyprus's, with his trade figure and target (visits._JOINT_INSTITUTION_NAME). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 5)
KAZ_UZB = proposed.pair("Kazakhstan", "Uzbekistan")
CYN_KAZ, KAZ_TUR = proposed.pair("Northern Cyprus", "Kazakhstan"), proposed.pair("Kazakhstan", "Türkiye")


# plant: money.TIMES_NUMBERS without its "one and a half" / "bir buçuk" alternatives
def test_a_multiple_and_a_half_in_words_is_a_growth():
    en = ("Exports grow\n\nUzbek exports to Kazakhstan grew one and a half times in January–June 2026, to $640 "
          "million.")
    assert proposed.trade(en, DAY) == [(KAZ_UZB, "2026-H1", "export", 640.0, "exact", "50")]
    two = en.replace("one and a half", "two-and-a-half")
    assert proposed.trade(two, DAY) == [(KAZ_UZB, "2026-H1", "export", 640.0, "exact", "150")]
    tr = ("İhracat arttı\n\nÖzbekistan'ın Kazakistan'a ihracatı 2026 yılının ocak-haziran döneminde bir buçuk kat "
          "artarak 640 milyon dolara ulaştı.")
    assert [figure[-1] for figure in proposed.trade(tr, DAY)] == ["50"]
    # an approximate multiple tells its rate too (round 86, docs/annotating.md), and "one" alone is no rise
    near = en.replace("one and a half", "nearly one and a half")
    assert proposed.trade(near, DAY) == [(KAZ_UZB, "2026-H1", "export", 640.0, "exact", "50")]
    one = en.replace("one and a half times", "one time")
    assert [figure[-1] for figure in proposed.trade(one, DAY)] == [""]


FIRST = ("Two counts\n\nKazakhstan's statistics bureau puts trade with Uzbekistan in 2025 at $4.1 billion, up 8 "
         "percent on 2024.")


# plant: figures._office_counts_before_colon without its _OFFICE_REPORTS_SAME_PERIOD step
def test_a_second_office_s_count_told_straight_for_the_same_period():
    text = FIRST + " Uzbekistan's statistics committee reports $3.7 billion for the same twelve months."
    assert proposed.trade_values(text, DAY) == {(KAZ_UZB, "2025", "turnover", 4100.0),
                                                (KAZ_UZB, "2025", "turnover", 3700.0)}
    year = FIRST + " The Uzbek statistics office records $3.7 billion for 2025."
    assert (KAZ_UZB, "2025", "turnover", 3700.0) in proposed.trade_values(year, DAY)
    # the near forms: another sum the office counts ("in investment", "in remittances") is no count of that trade
    for other in ("in investment", "in remittances"):
        near = FIRST + f" Uzbekistan's statistics committee reports $3.7 billion {other} for the same twelve months."
        assert proposed.trade_values(near, DAY) == {(KAZ_UZB, "2025", "turnover", 4100.0)}


CYPRIOT = ("Bakan Astana'da\n\nEkonomi ve Enerji Bakanı Ali Demirhan, Kazakistan'a gerçekleştirdiği çalışma ziyareti "
           "kapsamında başkent Astana'da bir dizi temasta bulundu. Pazartesi günü Astana'ya ulaşan Demirhan, "
           "Kazakistan "
           "Ticaret Bakanı ile bir araya geldi. KKTC'nin dış pazarlara erişimi zor.\n\nDemirhan, iki ülke "
           "arasındaki ticaret hacminin geçen yıl yaklaşık 3,2 milyon dolar düzeyinde kaldığını belirterek bu rakamın "
           "2030 yılına kadar 20 milyon dolara çıkarılmasını hedeflediklerini açıkladı.\n\n")


# plant: visits._turkish_cypriot_title counting every Türkiye mention (no _JOINT_INSTITUTION_NAME check)
def test_tuerkiye_named_only_in_a_joint_university_s_name():
    text = CYPRIOT + "Heyet yarın Kazakistan-Türkiye Yesevi Üniversitesi'ni ziyaret edecek."
    assert proposed.trade(text, DAY) == [(CYN_KAZ, "2025", "turnover", 3.2, "about", "")]
    assert proposed.targets(text, DAY) == [(CYN_KAZ, 20.0, "2030")]
    # the near forms: Türkiye named in its own right, or in a pair of states that names no institution, the bare
    # "Bakanı" stays Türkiye's
    for tail in ("Heyet yarın Türkiye'ye dönecek.", "Heyet yarın Kazakistan-Türkiye ilişkilerini görüşecek."):
        assert proposed.targets(CYPRIOT + tail, DAY) == [(KAZ_TUR, 20.0, "2030")]
