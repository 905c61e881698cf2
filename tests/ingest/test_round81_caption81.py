"""Eighty-first round, caption81 (docs/extraction.md: quotes.py, sentences.py): a podcast's write-up opens each segment
with its time stamp in round brackets ("(08:15) On transit, X is upbeat."), read as a transcript's "[00:08:15]": the
sentence's words open after it, so a pronoun after it is still the one named there; a question's scene before the
subject of a colon ("Asked whether A could one day sell B or C to D, he answers: "…"", too long for the subject's
aside) is read past, as the partial quotes
read it; and the show's host (titled "Host X Y", "ведущая X Y" in the article) asking the guest in quote marks says
no statement: her question is no quote, the guest's answer is, and the guest's own question stays his. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
LEAD = ("This week's guest is Kazakh Foreign Minister Murat Nurtleu. Host Aigerim Bekova asks him about transit and "
        "grain.\n\n")


# plant: sentences.TIMECODE_OPENERS = ("[",) (the round brackets' stamp not read past)
def test_a_podcast_segment_s_time_stamp_is_read_past():
    text = LEAD + ("(08:15) On transit, Nurtleu is upbeat. Asked whether the corridor can carry more cargo, he "
                   "answers: \"The corridor will carry twice as much cargo next year.\"")
    assert proposed.quotes(text, DAY) == [("Murat Nurtleu", "The corridor will carry twice as much cargo next year.")]


# plant: quotes._subject_colon's scene branch gated on sentence[:1] == "Z"
def test_a_question_s_scene_with_or_before_the_colon_s_subject():
    text = LEAD + ("On grain, Nurtleu is careful. Asked whether Kazakhstan could one day sell wheat or flour to Iran, "
                   "he answers: \"Our farmers will decide that, not the ministry.\"")
    assert proposed.quotes(text, DAY) == [("Murat Nurtleu", "Our farmers will decide that, not the ministry.")]


# plant: quotes._drop_host_questions's hosts = set()
def test_the_host_s_question_is_no_quote():
    text = LEAD + ("On transit, Bekova asks: \"Will the corridor double its cargo by 2030?\" Nurtleu does not "
                   "hesitate. \"Yes, and the railways are ready for it,\" Nurtleu says.")
    assert proposed.quotes(text, DAY) == [("Murat Nurtleu", "Yes, and the railways are ready for it")]
    ru = ("Гостем программы стал министр иностранных дел Казахстана Мурат Нуртлеу. Ведущая Айгерим Бекова спросила его "
          "о транзите.\n\nБекова спрашивает: «Удвоит ли коридор объём грузов к 2030 году?» Нуртлеу отвечает: «Да, "
          "и железная дорога к этому готова».")
    assert [q[0] for q in proposed.quotes(ru, DAY)] == ["Murat Nurtleu"]
    # the near forms: the guest's own question stays his; a question of one the article titles no host stays hers
    own = LEAD + "\"Why should we wait for others to build the road?\" Nurtleu asked."
    assert [q[0] for q in proposed.quotes(own, DAY)] == ["Murat Nurtleu"]
    untitled = LEAD.replace("Host ", "Analyst ") + "Bekova asks: \"Will the corridor double its cargo by 2030?\""
    assert [q[0] for q in proposed.quotes(untitled, DAY)] == ["Aigerim Bekova"]
