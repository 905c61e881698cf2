"""English quote forms of the round 16 misses (dev/175, 176, 181) and of the probes after them, each as a small
text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2024, 3, 21)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_as_a_surname_put_it_before_a_colon():
    """'As X put it: “…”' closing a feature, the surname of someone named in full before. Plants: AS_SAID's end
    back to a comma only (`[,:]` -> `,`; no speaker); `full_names` keeping "As Karimova" as a full name (no
    speaker)."""
    text = ("Ferries\n\n"
            "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "
            "As Karimova put it: \"Ministers sign memoranda. Ferries carry the trucks.\"")
    assert _quotes(text) == [("Aida Karimova", "Ministers sign memoranda. Ferries carry the trucks.")]


def test_as_he_told_someone_somewhere_before_a_comma():
    """'As X told reporters in Baku last week, “…”': whom and where between the verb and the comma. Plant: the
    `(?:\\s+(?:to|in|at|…)\\s[\\w ]{1,40}?)?` part left out of AS_SAID (no speaker for "put it to me")."""
    text = ("Ferries\n\n"
            "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "
            "As Karimova put it to me in Baku, \"ministers sign memoranda, but ferries carry the trucks.\"")
    assert _quotes(text) == [("Aida Karimova", "ministers sign memoranda, but ferries carry the trucks.")]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name():
    """'But Karimova added: “…”' / 'When Nurlan Abenov spoke …, he was blunt: “…”': the capitalised conjunction is
    no given name. Plant: the round 16 conjunctions left out of people._TITLE_WORDS (speakers "But Karimova",
    "When Nurlan Abenov")."""
    text = ("Ferries\n\n"
            "\"The ferries are still far too slow for this,\" said Aida Karimova, an analyst. But Karimova added: "
            "\"Things are getting better every single month.\"\n\n"
            "When Nurlan Abenov spoke to the forum, he was blunt: \"The queues at the port cost us a week.\"")
    assert _quotes(text) == [("Aida Karimova", "The ferries are still far too slow for this"),
                             ("Aida Karimova", "Things are getting better every single month."),
                             ("Nurlan Abenov", "The queues at the port cost us a week.")]


def test_as_someone_unnamed_put_it_gives_no_speaker():
    """Precision: 'As one trader put it: “…”' names no one the article knows. Plant: `_as_said_speaker` returning
    the last full name before for any phrase (a speaker "Aida Karimova")."""
    text = ("Ferries\n\n"
            "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "
            "As one trader put it: \"Ministers sign memoranda. Ferries carry the trucks.\"")
    assert _quotes(text) == []


def test_a_titled_label_then_a_dash_on_its_line():
    """A TV transcript: 'Name, Minister of … of Country:' then a dash line, which tidying joins into one paragraph
    ("…: – words"). Plant: the `_titled_label_paragraph` call left out of `_unmarked_paragraph` (no quote)."""
    text = ("Ferries\n\n"
            "The two ministers met in Aktau on Friday.\n\n"
            "Aida Karimova, Minister of Economy of Azerbaijan: – Our ferries will sail twice a week from May. "
            "The tariffs will be the same on both shores.")
    assert _quotes(text) == [("Aida Karimova", "Our ferries will sail twice a week from May. "
                                               "The tariffs will be the same on both shores.")]


def test_a_titled_label_on_a_line_of_its_own_before_the_next_paragraph():
    """'Kazakh Minister of Transport X Y:' alone, the words the next paragraph, no dash (title first, no comma;
    a dash line would be read by the colon rules too). Plant:
    `_titled_label_paragraph` returning None for a label with no words after it (no quote)."""
    text = ("Ferries\n\n"
            "The two ministers met in Aktau on Friday.\n\n"
            "Kazakh Minister of Transport Nurlan Abenov:\n\n"
            "We will add two new berths at the port before the end of next year.")
    assert _quotes(text) == [("Nurlan Abenov", "We will add two new berths at the port before the end of next year.")]


def test_a_title_first_label_with_the_name_after_a_comma():
    """'Minister of Transport of Kazakhstan, X Y:' (the name in the part after the comma). Plant: `_titled_label`
    trying the label's first part only (`parts[:1]`; no quote)."""
    text = ("Ferries\n\n"
            "The two ministers met in Aktau on Friday.\n\n"
            "Minister of Transport of Kazakhstan, Nurlan Abenov: – We will add two new berths at the port soon.")
    assert _quotes(text) == [("Nurlan Abenov", "We will add two new berths at the port soon.")]


def test_a_titled_label_before_words_in_quote_marks():
    """'Name, an analyst at …:' then the words in quote marks (a quote event, `_attribute`). Plant: the
    TITLED_LABEL branch left out of `_attribute` (no speaker)."""
    text = ("Ferries\n\n"
            "The two ministers met in Aktau on Friday.\n\n"
            "Aida Karimova, an analyst at a Baku think tank:\n"
            "\"The ferries are still far too slow, and the queues are getting longer.\"")
    assert _quotes(text) == [("Aida Karimova", "The ferries are still far too slow, and the queues are getting longer.")]


def test_a_sentence_with_a_colon_is_no_titled_label():
    """Precision: 'Name, an economist, has one worry: …' is a sentence, not a label (a clause after the name).
    Plant: `_appositive_part` always true (a quote "the queues …" of Aida Karimova)."""
    text = ("Ferries\n\n"
            "The two ministers met in Aktau on Friday.\n\n"
            "Aida Karimova, an economist, has one worry: the queues at the port are growing every single month.")
    assert _quotes(text) == []


def test_a_heading_with_a_title_word_names_no_speaker_of_the_list_under_it():
    """Precision: 'Executive Summary:' over a dash list: the heading is no person, and reading it as a label must
    not make it the last speaker. Plant: `resolver.resolve(part)` in `_titled_label` with speaking=True (the list
    item quoted as "Executive Summary")."""
    text = ("Ferries\n\n"
            "Executive Summary:\n\n"
            "- Trade between the two countries grew by a fifth in the first half of the year.")
    assert _quotes(text) == []


def test_a_known_holders_label_then_a_dash_keeps_the_dash_out_of_the_quote():
    """'President Ilham Aliyev: – …' (a label line and a dash line, joined by tidying): the quote is the words, not
    the dash. Plant: `_LEADING_DASH.sub` left out of the TRANSCRIPT branch (the quote opens with "– ")."""
    text = ("Ferries\n\n"
            "The two presidents met in Baku on Friday.\n\n"
            "President Ilham Aliyev: – Our ferries will sail twice a week from the spring onwards.")
    assert _quotes(text) == [("Ilham Aliyev", "Our ferries will sail twice a week from the spring onwards.")]


_GUEST = "Uzbek President Shavkat Mirziyoyev arrived in Baku on Monday, where Ilham Aliyev welcomed him.\n\n"


def test_met_someone_and_said_a_bare_clause_ending_in_a_partial_quote():
    """'X, an aside, met Y on the sidelines and said he expected … “…”': the object of "met" is no speaker. Plant:
    the `_and_said_after_object` branch left out of `_subject_partial` (no speaker)."""
    text = ("Ferries\n\n" + _GUEST +
            "Mirziyoyev, the first guest of the forum, met Aliyev on the sidelines and said he expected the ferry "
            "line to open \"before the end of the year\".")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "before the end of the year")]


def test_met_someone_and_told_reporters_that():
    """'X met Y at the palace and told reporters that … “…”' (also "and expressed hope that"). Plant: the
    `told\\s+[\\w ]{1,30}?` branch left out of `_AND_SAID_MORE` (no speaker)."""
    text = ("Ferries\n\n" + _GUEST +
            "Mirziyoyev met Aliyev at the palace and told reporters that trade could double \"within the next "
            "three years\".")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "within the next three years")]


def test_and_said_a_clause_about_another_person_gives_no_speaker():
    """Precision: 'X met Y and said Y had promised “…”' may quote Y. Plant: `_and_said_after_object` returning
    True without reading the clause (speaker Shavkat Mirziyoyev)."""
    text = ("Ferries\n\n" + _GUEST +
            "Mirziyoyev met Aliyev at the palace and said Aliyev had promised \"a new ferry every single month\".")
    assert _quotes(text) == []


def test_a_surname_alone_is_the_namesake_named_in_full_not_a_former_holder():
    """'Economist Elnur Mammadov …' then '“…,” Mammadov said' and 'Mammadov said: “…”': the unlisted namesake the
    article named, not former Prime Minister Novruz Mammadov of the office holders table. Plants: the namesake
    branch left out of `_surname_speaker` (speaker Novruz Mammadov); the phrase resolved speaking first (the
    holder made one named, the namesake read as him)."""
    text = ("Ferries\n\n"
            "Economist Elnur Mammadov follows the Caspian trade closely.\n\n"
            "\"The ferry fleet is the main bottleneck on the whole route,\" Mammadov said.\n\n"
            "Asked about the tariffs, Mammadov said: \"They will have to come down by a third.\"")
    assert _quotes(text) == [("Elnur Mammadov", "The ferry fleet is the main bottleneck on the whole route"),
                             ("Elnur Mammadov", "They will have to come down by a third.")]


def test_a_title_of_address_before_an_unlisted_surname():
    """'Aida Karimova is an analyst …' then '“…,” Mrs Karimova said'. Plant: the `_ADDRESS_TITLE.sub` line left
    out of `_surname_named_before` (no speaker)."""
    text = ("Ferries\n\n"
            "Aida Karimova is an analyst at a Baku think tank.\n\n"
            "\"The ferries are still far too slow for this kind of trade,\" Mrs Karimova said.")
    assert _quotes(text) == [("Aida Karimova", "The ferries are still far too slow for this kind of trade")]


def test_quoted_the_president_as_saying_before_a_colon():
    """"X's spokesman Y Z quoted the president as saying: “…”": the one quoted speaks, not the subject. Plant: the
    `_QUOTED_AS_SAYING` branch left out of `_attribute` (speaker the spokesman, by the colon's subject rule)."""
    text = ("Talks\n\n"
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday.\n\n"
            "Tokayev's spokesman Ruslan Zheldibay quoted the president as saying: \"Our two nations share one history "
            "and one future.\"")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Our two nations share one history and one future.")]


def test_quoted_an_outlet_as_saying_gives_no_speaker():
    """Precision: 'Y Z quoted Kazinform as saying: “…”' (an outlet, no person) gives no speaker, not the
    subject. Plant: the branch falling through to the colon rules when `_quoted_as_saying` gives nobody (speaker
    Ruslan Zheldibay)."""
    text = ("Talks\n\n"
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday.\n\n"
            "Spokesman Ruslan Zheldibay quoted Kazinform as saying: \"Our two nations share "
            "one history and one future.\"")
    assert _quotes(text) == []


def test_an_english_title_capitalised_before_a_name_is_no_part_of_it():
    """'Spokesman X Y said: “…”', '“…,” Presidential Adviser X Y said': the title is no part of the speaker's name.
    Plant: the round 16 English titles left out of people._TITLE_WORDS (speakers "Spokesman Ruslan Zheldibay",
    "Presidential Adviser Erlan Karin")."""
    text = ("Talks\n\n"
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday.\n\n"
            "Spokesman Ruslan Zheldibay said: \"The two leaders agreed to meet again before the end of the year.\"\n\n"
            "\"Both sides want the ferry line to open in the spring,\" Presidential Adviser Erlan Karin said.")
    assert _quotes(text) == [("Ruslan Zheldibay", "The two leaders agreed to meet again before the end of the year."),
                             ("Erlan Karin", "Both sides want the ferry line to open in the spring")]


_BAKU = "Azerbaijani President Ilham Aliyev received the delegation in Baku.\n\n"


def test_an_opposition_leader_opening_the_sentence_of_a_partial_quote():
    """'Turkish opposition leader X Y called the summit “…”': a lower-case "opposition leader" before the name.
    Plant: the round 16 `_LOWER_TITLES` line left out (no speaker)."""
    text = ("Summit\n\n"
            "Turkish President Recep Tayyip Erdogan hosted the summit in Ankara.\n\n"
            "Turkish opposition leader Ozgur Ozel called the summit \"a costly show for a domestic audience\".")
    assert _quotes(text) == [("Ozgur Ozel", "a costly show for a domestic audience")]


def test_an_opposition_leader_of_a_country_is_not_its_president():
    """Precision: '“…,” said Azerbaijani opposition leader Ali Karimli' is Ali Karimli, not President Ilham Aliyev
    (whose surname shares the given name's first letters, so the round 13 name check keeps the office). Plant:
    the round 16 `_DEPUTY_OFFICE` extension left out (speaker Ilham Aliyev)."""
    text = ("Deal\n\n" + _BAKU +
            "\"This deal is a betrayal of our national interests,\" said Azerbaijani opposition leader Ali Karimli.")
    assert _quotes(text) == [("Ali Karimli", "This deal is a betrayal of our national interests")]


def test_a_partial_quote_in_a_clause_after_another_quote():
    """'X called the deal “…”, but Aliyev said it was “…”': the second quote is the second clause's subject's.
    Plant: the round 16 `elif` of `_subject_partial` left out (no speaker for the second)."""
    text = ("Deal\n\n" + _BAKU +
            "Opposition leader Ali Karimli called the deal \"a betrayal of national interests\", but Aliyev said "
            "it was \"a historic step for the country\".")
    assert _quotes(text) == [("Ali Karimli", "a betrayal of national interests"),
                             ("Ilham Aliyev", "a historic step for the country")]


def test_an_age_between_commas_after_the_subject():
    """'Japarov, 55, said: “…”' and 'X, 61, said the road would be “…”': an age is an aside. Plant: the `|\\d{2}`
    alternative left out of SUBJECT's aside (no speaker)."""
    text = ("Visit\n\n"
            "Kyrgyz President Sadyr Japarov arrived in Baku on Tuesday.\n\n"
            "Japarov, 55, said: \"Kyrgyzstan sees Azerbaijan as a gateway to the Caucasus and beyond.\"")
    assert _quotes(text) == [("Sadyr Japarov", "Kyrgyzstan sees Azerbaijan as a gateway to the Caucasus and beyond.")]


_ASTANA = "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday.\n\n"


def test_a_scene_opening_then_he_replied_reads_the_paragraph_before():
    """'Asked about …, he replied: “…”' opening its paragraph, no one having spoken: "he" is the subject of the
    running-text paragraph before. Plant: the `_scene_then_pronoun` branch left out of `find_quotes` (no
    speaker)."""
    text = ("Talks\n\n" + _ASTANA +
            "Asked about the new pipeline, he replied: \"We will decide together with our partners.\"")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "We will decide together with our partners.")]


def test_said_before_adding_a_second_quote():
    """'“…,” he said, before adding: “…”': the second quote is the same speaker's. Plant: the `_ADDING_COLON`
    alternative left out of the continuation rule (no speaker for the second)."""
    text = ("Talks\n\n" + _ASTANA +
            "\"We will decide together with our partners,\" Tokayev said, before adding: \"Nobody will dictate "
            "to us.\"")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "We will decide together with our partners"),
                             ("Kassym-Jomart Tokayev", "Nobody will dictate to us.")]


_KARIMOVA = "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "


def test_as_she_puts_it_in_the_present():
    """'As Karimova puts it, “…”' (a feature's present tense). Plant: `puts? it` back to `put it` in AS_SAID (no
    speaker)."""
    text = "Ferries\n\n" + _KARIMOVA + "As Karimova puts it, \"Ministers sign memoranda. Ferries carry the trucks.\""
    assert _quotes(text) == [("Aida Karimova", "Ministers sign memoranda. Ferries carry the trucks.")]


def test_in_a_named_persons_words_before_the_quote():
    """'In Karimova's words: “…”': the named person, a surname of someone named in full before. Plant: the `spk3`
    alternative left out of AS_SAID (no speaker)."""
    text = "Ferries\n\n" + _KARIMOVA + "In Karimova's words: \"Ministers sign memoranda. Ferries carry the trucks.\""
    assert _quotes(text) == [("Aida Karimova", "Ministers sign memoranda. Ferries carry the trucks.")]


def test_held_talks_and_voiced_hope_that():
    """'X held talks with Y and voiced hope that … “…”'. Plant: `voiced` left out of `_AND_SAID_MORE` (no
    speaker)."""
    text = ("Ferries\n\n" + _GUEST +
            "Mirziyoyev held talks with Aliyev and voiced hope that trade would double \"within the next three "
            "years\".")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "within the next three years")]


def test_the_subject_of_a_subordinate_clause_is_no_speaker_before_a_colon():
    """Precision: 'As Aliyev arrived, the crowd chanted: “…”' and 'When Aliyev met the press, a reporter asked:
    “…”' are not Aliyev's words. Plant: the `_SUBORDINATORS` check left out of `_subject` (speaker Ilham
    Aliyev)."""
    text = ("Visit\n\n" + _BAKU +
            "As Aliyev arrived, the crowd chanted: \"One nation, two states, one heart forever!\"\n\n"
            "When Aliyev met the press, a reporter asked: \"Will the new terminal open before the end of the year?\"")
    assert _quotes(text) == []


def test_a_coordinated_clause_with_a_title_for_its_subject():
    """'Aliyev met Tokayev, and the Kazakh leader said … “…”': the quote is the second clause's subject's, though
    the first subject's verb names someone. Plants: the `elif` of `_subject_partial` left out (no speaker);
    `_COORDINATED_CLAUSE` (capitals only) for `_COORDINATED_CLAUSE_SUBJECT` (no speaker)."""
    text = ("Visit\n\n" + _BAKU +
            "Aliyev met Tokayev, and the Kazakh leader said the talks had produced \"a common tariff for the whole "
            "route\".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "a common tariff for the whole route")]
