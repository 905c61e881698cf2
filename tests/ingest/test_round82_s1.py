"""Eighty-second round, s1 (docs/extraction.md: quotes.py): a think-tank brief with sources glues a footnote's number
in brackets to a quote's close or to the stop after it ("“…,”[4] said X Y, an analyst", "has called it “…”[2] and",
"“…”.[2]"): the marker is read as blank, so the attribution after it is read as without it; a reference list's lines
("[2] Ministry, “Title of a press release”, 2025.") open with their marker, glued to nothing, and their quoted
titles stay no quotes. And the Azerbaijani bare title "Nazir müavini" (deputy minister), in the genitive before
"sözlərinə görə" ("Nazir müavininin sözlərinə görə, tərəflər “…”"), is a deputy minister's title of its own, not
"Nazir" (a minister's) with a word after it: the deputy minister just quoted says the partial quote, a minister
does not. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 20)


# plant: quotes._markers_blanked without its _GLUED_FOOTNOTE_MARK step (the markers stay)
def test_a_footnote_marker_between_a_quote_and_its_attribution_is_read_past():
    text = ("Georgia and Armenia: a corridor in waiting\n\n"
            "Few analysts in Tbilisi expect quick results. “The corridor is a promise, not yet a road,”[4] said Nino "
            "Beridze, an analyst at Ilia State University. “It needs a tunnel that nobody has paid for yet.”[4]\n\n"
            "President Vahagn Khachaturyan has called the project “a road of peace for the whole region”[2] in "
            "several speeches.\n\n"
            "References\n\n"
            "[2] Office of the President, “Armenia and Georgia open a new chapter”, 2025. https://example.org/a\n"
            "[4] Interview with Nino Beridze, Tbilisi, 3 March 2026.")
    assert proposed.quotes(text, DAY) == [
        ("Nino Beridze", "The corridor is a promise, not yet a road"),
        ("Nino Beridze", "It needs a tunnel that nobody has paid for yet."),
        ("Vahagn Khachaturyan", "a road of peace for the whole region")]
    # the near form: a reference list's quoted title is nobody's words, glued marker or not
    refs = ("Sources\n\n[1] Ministry of Economy, “Trade with Georgia grows again”, 2025.\n"
            "[2] Office of the President, “Armenia and Georgia open a new chapter”, 2025.")
    assert proposed.quotes(refs, DAY) == []


# plant: quotes._BARE_TITLE_OPENING without the "nazir müavini(?:nin)?" alternative
def test_the_deputy_minister_s_words_by_his_bare_title_in_the_genitive():
    lead = ("Ticarət dövriyyəsi artıb\n\nBakı, 20 aprel. İqtisadiyyat nazirinin müavini Elnur Əliyev Trend-ə "
            "bildirib ki, dövriyyənin artımı siyasətin nəticəsidir.\n\n“Biz qeyri-neft ixracını daha da "
            "artırmalıyıq”, – deyə nazir müavini bildirib.\n\n")
    text = lead + "Nazir müavininin sözlərinə görə, tərəflər “20 milyard dollar hədəfinə addım-addım yaxınlaşır”."
    assert proposed.quotes(text, DAY) == [
        ("Elnur Əliyev", "Biz qeyri-neft ixracını daha da artırmalıyıq"),
        ("Elnur Əliyev", "20 milyard dollar hədəfinə addım-addım yaxınlaşır")]
    # the near form: a minister just quoted does not say the words a deputy minister's title gives
    minister = lead.replace("nazirinin müavini Elnur Əliyev", "naziri Mikayıl Cabbarov")
    minister = minister.replace("nazir müavini", "nazir")
    assert proposed.quotes(minister + "Nazir müavininin sözlərinə görə, tərəflər “20 milyard dollar hədəfinə "
                           "addım-addım yaxınlaşır”.", DAY) == [
        ("Mikayıl Cabbarov", "Biz qeyri-neft ixracını daha da artırmalıyıq")]
