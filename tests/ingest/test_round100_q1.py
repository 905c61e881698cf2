"""Hundredth round, q1 (docs/extraction.md: quotes.py): an Azerbaijani dash line broken by its attribution whose
speaker is an initial and a surname ("– …, – deyə V.Qasımlı əlavə edib. – …") is two quotes of the one named in full
before (quotes._AZ_INTERRUPTION, its given name an initial with its dot as quotes._INITIAL_DOT reads it, split by
quotes._split_for). A read-also line "Oxu: X Y: "…"" whose label is a name the running text before named in full
("iqtisadiyyat naziri X Y"), no Turkic surname's ending in it, is that person's words (quotes._named_before in
quotes._read_also: round 100 v1's rule for the same form, kept at the merge for q1's _titled_before). "– o qeyd
edib" after a lead whose second sentence opens with the bare title the first gave its subject right before his name
and ends in his reported words in a nominalised clause ("… vitse-naziri X Y da çıxış edib. Vitse-nazir … hazır
olduğunu deyib.") is that subject (quotes._AZ_BARE_TITLE_CLAUSE, quotes._titled_so_right_before,
quotes.NOMINALISED_END in quotes._az_reported_goes_on). A capitalised run in the reported clause a nominalised verb
ends before the colon verb ("… layihənin Sınıq Körpü … tətbiq oluna biləcəyini bildirib:") is no speaker; the
sentence's opening subject speaks (quotes.NOMINALISED_END on quotes.BEFORE_COLON's speaker in quotes._attribute). A
wire's crosshead after a dash, one line with no stop ("- Bakan Bolat'tan ihracat mesajı"), is no line of speech of
the last speaker (quotes._unmarked_subheading in quotes._unmarked_paragraph's dash lines). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_AZ = date(2026, 10, 20)
LEAD = ("Bakıda rəqəmsal gömrük forumu keçirilib\n\n"
        "Forumu açan iqtisadiyyat naziri Vüsal Qasımlı bildirib ki, gömrük prosedurları tam rəqəmsallaşdırılacaq.\n\n")
SPLIT = ("– Kağız bəyannamələrin dövrü artıq başa çatır, – deyə V.Qasımlı əlavə edib. – Gələn il bütün sərhəd "
         "keçidlərində elektron növbə sistemi işləyəcək.\n\n")
FIRST = "Kağız bəyannamələrin dövrü artıq başa çatır"
SECOND = "Gələn il bütün sərhəd keçidlərində elektron növbə sistemi işləyəcək."


# plant: the _INITIAL_DOT alternative taken out of _AZ_INTERRUPTION (its "(?:[^.;:!?«»“”\"\-–—]){{1,120}}?" alone)
def test_a_dash_line_broken_by_an_attribution_with_an_initial():
    assert proposed.quotes(LEAD + SPLIT, DAY_AZ) == [("Vüsal Qasımlı", FIRST), ("Vüsal Qasımlı", SECOND)]
    # the near form: the attribution ends the line, nothing said after it, so the line is one quote
    assert proposed.quotes(LEAD + SPLIT[:SPLIT.index(" – Gələn")] + "\n\n", DAY_AZ) == [("Vüsal Qasımlı", FIRST)]


READ = "Oxu: Vüsal Qasımlı: \"Sərhəddə növbələr gələn il yarıya qədər azalacaq\"\n\n"
READ_WORDS = ("Vüsal Qasımlı", "Sərhəddə növbələr gələn il yarıya qədər azalacaq")


# plant: _named_before made to return False always; and, seen failing too (the near form), made to return True always
def test_a_read_also_line_s_label_titled_before_with_no_turkic_surname_ending():
    assert proposed.quotes(LEAD + READ, DAY_AZ) == [READ_WORDS]
    # the near form: the text before never named him, and no Turkic surname's ending makes the label a full name
    assert proposed.quotes(LEAD.replace("Vüsal Qasımlı", "Orxan Məmmədli") + READ, DAY_AZ) == []


GUEST = ("Forumda Qazaxıstanın rəqəmsal inkişaf vitse-naziri Yerlan Sarsenov da çıxış edib. Vitse-nazir Qazaxıstanın "
         "elektron gömrük təcrübəsini bölüşməyə hazır olduğunu deyib. «Astana ilə Bakı arasında rəqəmsal sərhəd "
         "olmamalıdır», – o qeyd edib.\n\n")
GUEST_WORDS = "Astana ilə Bakı arasında rəqəmsal sərhəd olmamalıdır"


# plant: _titled_so_right_before made to return False always; and, seen failing too, the NOMINALISED_END check on
# _AZ_BARE_TITLE_CLAUSE's clause made to fail always ("or True" after it), and (the near form) _titled_so_right_before
# made to return True always
def test_he_after_a_lead_whose_bare_title_repeats_the_subject_s_own():
    assert proposed.quotes(LEAD + GUEST, DAY_AZ) == [("Yerlan Sarsenov", GUEST_WORDS)]
    # the near form: a bare title he was not given ("Nazir", the minister who opened the forum) is not about him
    assert proposed.quotes(LEAD + GUEST.replace("Vitse-nazir Qaz", "Nazir Qaz"), DAY_AZ) == [
        ("Vüsal Qasımlı", GUEST_WORDS)]


CAPTAIN = ("Qalib komandanın kapitanı Aysel Həsənli layihənin Sınıq Körpü gömrük məntəqəsində tətbiq oluna biləcəyini "
           "bildirib: «Gələn il layihəmizi bütün sərhəd keçidlərinə yaymaq istəyirik».\n\n")
CAPTAIN_WORDS = "Gələn il layihəmizi bütün sərhəd keçidlərinə yaymaq istəyirik"


# plant: the NOMINALISED_END check on BEFORE_COLON's speaker made to match nothing ("and False"); and, seen failing too
# (the near form), the check taken out, the break taken whenever the quote follows a colon
def test_a_name_in_a_nominalised_clause_before_the_colon_verb_is_no_speaker():
    assert proposed.quotes(LEAD + CAPTAIN, DAY_AZ) == [("Aysel Həsənli", CAPTAIN_WORDS)]
    # the near form: the name right before the verb after a participle's clause speaks, not a run before it
    near = ("Sınıq Körpü gömrük məntəqəsində sınaqdan keçiriləcək layihəni təqdim edən Aysel Həsənli bildirib: "
            "«Gələn il layihəmizi bütün sərhəd keçidlərinə yaymaq istəyirik».\n\n")
    assert proposed.quotes(LEAD + near, DAY_AZ) == [("Aysel Həsənli", CAPTAIN_WORDS)]


DAY_TR = date(2026, 6, 23)
POLL = ("Anket sonuçları açıklandı\n\n"
        "Araştırma şirketinin Genel Müdürü Selim Doğan, \"Vatandaşlar Türk dünyasıyla daha güçlü bağlar istiyor. Bu "
        "talep her yıl artıyor\" dedi.\n\n"
        "- Bakan Bolat'tan ihracat mesajı\n\n"
        "Ticaret Bakanı Ömer Bolat da dün akşam bir televizyon programında soruları yanıtladı.\n\n")
DOGAN_WORDS = ("Selim Doğan", "Vatandaşlar Türk dünyasıyla daha güçlü bağlar istiyor. Bu talep her yıl artıyor")


# plant: the _unmarked_subheading branch taken out of _unmarked_paragraph's dash lines; and, seen failing too (the
# near form), its _unmarked_subheading call taken out (every one-part dash line with no speaker dropped)
def test_a_crosshead_after_a_dash_is_no_line_of_speech():
    assert proposed.quotes(POLL, DAY_TR) == [DOGAN_WORDS]
    # the near form: a dash line that ends in a stop is a line of speech, the last speaker's
    line = POLL.replace("- Bakan Bolat'tan ihracat mesajı", "- Gençlerde bu talep daha da güçlü.")
    assert proposed.quotes(line, DAY_TR) == [DOGAN_WORDS, ("Selim Doğan", "Gençlerde bu talep daha da güçlü.")]
