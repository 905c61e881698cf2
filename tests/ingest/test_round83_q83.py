"""Eighty-third round, q83 (docs/extraction.md: quotes.py): three forms of quotes no dev article has, told in short
invented sentences. A present-tense split quote whose speaker carries a relative clause as his aside ('“We are
ready,” says X Y, who heads …, “to …”', quotes._EN_PRESENT_SPLIT_GAP, as round 82 reads an article-led aside); the
speaker-first order with an aside before the verb and its colon ('X Y, an analyst at …, says: “…”', 'X Y, who heads
…, said: “…”', already read by quotes.SUBJECT and _subject_colon, guarded here); and a bare title in the genitive
before "in his words" opening the quote's sentence, Azerbaijani "Səfirin/Nazirin sözlərinə görə" and Turkish "Bakanın
ifadesine göre", "Bakan Yardımcısının açıklamasına göre" (quotes._genitive_title_speaker: the one the text titled so,
not an economist who spoke between), with the Turkish bare "Bakan Yardımcısı, “…” dedi." (quotes._BARE_TITLE_OPENING,
a deputy's title of its own). Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
EN_HEAD = "Kazakhstan and Uzbekistan sign a trade deal\n\nASTANA - The two countries signed a trade deal on Friday.\n\n"
REST = "to double the grain shipments through the Caspian ports next year."
WHOLE = "We are ready to double the grain shipments through the Caspian ports next year."


# plant: "who" taken out of the aside's opening words in quotes._EN_PRESENT_SPLIT_GAP
def test_a_present_tense_split_with_a_relative_clause_aside_gives_the_named_speaker():
    text = EN_HEAD + "“We are ready,” says Nurlan Aliyev, who heads the Astana Institute, “" + REST + "”"
    assert proposed.quotes(text, DAY) == [("Nurlan Aliyev", REST)]
    # the article-led aside (round 82) still reads so
    article = EN_HEAD + "“We are ready,” says Nurlan Aliyev, an analyst at the Astana Institute, “" + REST + "”"
    assert proposed.quotes(article, DAY) == [("Nurlan Aliyev", REST)]
    # the near form: the wires' past tense with the relative clause stays one quote, its lead kept
    past = EN_HEAD + "“We are ready,” said Nurlan Aliyev, who heads the Astana Institute, “" + REST + "”"
    assert proposed.quotes(past, DAY) == [("Nurlan Aliyev", "We are ready " + REST)]


# plant: the lower-case aside alternative taken out of quotes.SUBJECT ("X Y, an analyst at …," no longer read past)
def test_the_speaker_first_with_an_aside_before_says_and_a_colon_gives_his_quote():
    for lead in ("Nurlan Aliyev, an analyst at the Astana Institute, says:",
                 "Nurlan Aliyev, who heads the institute, said:"):
        assert proposed.quotes(EN_HEAD + lead + " “" + WHOLE + "”", DAY) == [("Nurlan Aliyev", WHOLE)], lead
    # the near form: an aside naming no one before the colon gives no one's quote
    nobody = EN_HEAD + "The ministry, which oversees the ports, said: “" + WHOLE + "”"
    assert [q for q in proposed.quotes(nobody, DAY) if q[0] == "Nurlan Aliyev"] == []


AZ_HEAD = "Ticarət dövriyyəsi artıb\n\nBakı, 20 may. "
AZ_QUOTE = "20 milyard dollar hədəfinə addım-addım yaxınlaşır"
AZ_ECONOMIST = ("\n\nİqtisadçı Elçin Quliyev də bu fikirlə razılaşıb. “Bazarlar yeni imkanlar açır və ixrac "
                "artacaq”, – deyə iqtisadçı bildirib.\n\n")


# plant: quotes._genitive_title_speaker returns resolver.resolve(title) always (the economist who spoke last)
def test_the_ambassador_s_words_by_his_bare_title_in_the_genitive():
    lead = (AZ_HEAD + "Gürcüstanın Azərbaycandakı səfiri Zurab Pataradze Trend-ə bildirib ki, dövriyyənin artımı "
            "siyasətin nəticəsidir." + AZ_ECONOMIST)
    text = lead + "Səfirin sözlərinə görə, tərəflər “" + AZ_QUOTE + "”."
    assert [q for q in proposed.quotes(text, DAY) if q[1] == AZ_QUOTE] == [("Zurab Pataradze", AZ_QUOTE)]
    # the minister's, the economist between
    minister = (AZ_HEAD + "İqtisadiyyat naziri Mikayıl Cabbarov Trend-ə bildirib ki, dövriyyənin artımı siyasətin "
                "nəticəsidir." + AZ_ECONOMIST + "Nazirin sözlərinə görə, tərəflər “" + AZ_QUOTE + "”.")
    assert [q for q in proposed.quotes(minister, DAY) if q[1] == AZ_QUOTE] == [("Mikayıl Cabbarov", AZ_QUOTE)]
    # the near form: two ambassadors named in one sentence, either may be meant: neither, nor the economist
    two = (AZ_HEAD + "Gürcüstanın səfiri Zurab Pataradze Qazaxıstanın səfiri Nurlan Seytimov ilə görüşüb."
           + AZ_ECONOMIST + "Səfirin sözlərinə görə, tərəflər “" + AZ_QUOTE + "”.")
    assert [q for q in proposed.quotes(two, DAY) if q[1] == AZ_QUOTE and q[0]] == []


TR_HEAD = "Ticaret hacmi artıyor\n\nANKARA, 20 Mayıs. "
TR_QUOTE = "15 milyar dolar hedefine adım adım yaklaşıyor"
TR_DEPUTY = TR_HEAD + "Ticaret Bakan Yardımcısı Mustafa Tuzcu, Azerbaycan ile ticaretin arttığını söyledi.\n\n"
TR_MINISTER = TR_HEAD + "Ticaret Bakanı Ömer Bolat, Azerbaycan ile ticaretin arttığını söyledi.\n\n"


# plant: quotes._TR_BARE_TITLE_ACCORDING without its "Bakan\s+Yardımcısı|" alternative
def test_the_turkish_deputy_minister_s_and_minister_s_words_by_the_bare_title_in_the_genitive():
    text = TR_DEPUTY + "Bakan Yardımcısının açıklamasına göre, iki ülke “" + TR_QUOTE + "”."
    assert proposed.quotes(text, DAY) == [("Mustafa Tuzcu", TR_QUOTE)]
    minister = TR_MINISTER + "Bakanın ifadesine göre, iki ülke “" + TR_QUOTE + "”."
    assert proposed.quotes(minister, DAY) == [("Ömer Bolat", TR_QUOTE)]
    # the near forms: a deputy is no "Bakan", a minister no "Bakan Yardımcısı"
    assert [q for q in proposed.quotes(TR_DEPUTY + "Bakanın ifadesine göre, iki ülke “" + TR_QUOTE + "”.", DAY)
            if q[0]] == []
    assert [q for q in proposed.quotes(TR_MINISTER + "Bakan Yardımcısının açıklamasına göre, iki ülke “" + TR_QUOTE
                                       + "”.", DAY) if q[0]] == []


# plant: "bakan yardımcısı|" taken out of quotes._BARE_TITLE_OPENING
def test_the_turkish_bare_deputy_minister_title_opening_the_quote_s_sentence():
    quote = "İki ülke 15 milyar dolar hedefine adım adım yaklaşıyor"
    text = TR_DEPUTY + "Bakan Yardımcısı, “" + quote + "” dedi."
    assert proposed.quotes(text, DAY) == [("Mustafa Tuzcu", quote)]
    # the near form: the bare minister's title after the deputy was named gives the deputy nothing
    assert [q for q in proposed.quotes(TR_DEPUTY + "Bakan, “" + quote + "” dedi.", DAY)
            if q[0] == "Mustafa Tuzcu"] == []
