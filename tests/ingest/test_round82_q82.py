"""Eighty-second round, q82 (docs/extraction.md: quotes.py): four forms of quotes no dev article has, told in short
invented sentences. An English link line under the "Related:" label ("Related: Tokayev: “…”"), read as "See also:"
and "Читайте также:" are (quotes._READ_ALSO); an interview pasted with no headline, its lead paragraph naming the
interviewee right above the bold questions and plain answers (quotes._plain_interview: the lead is that paragraph);
a Russian sentence opening with the conjunction "А"/"И" before a lower-case title and the full name ("А министр … X Y
отметил, что «…»", quotes._RU_OPENING and _ru_titled_subject); and a present-tense split quote whose speaker carries
an aside led by an article ('“We are ready,” says X Y, an analyst at …, “to …”', quotes._EN_PRESENT_SPLIT_GAP). Each
test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
EN_HEAD = "Kazakhstan and Uzbekistan sign a trade deal\n\nASTANA - The two countries signed a trade deal on Friday.\n\n"


# plant: "related" taken out of quotes._READ_ALSO's labels
def test_a_related_link_line_gives_the_named_person_s_quote():
    quote = "Trade with Uzbekistan will reach ten billion dollars"
    for label in ("Related", "Related story", "See also"):
        text = EN_HEAD + label + ": Tokayev: “" + quote + "”\n\nThe deal covers farm goods, the ministry said."
        assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", quote)], label
    # a title before the surname under the label
    titled = EN_HEAD + "Related: President Tokayev: “" + quote + "”\n\nThe deal covers farm goods."
    assert proposed.quotes(titled, DAY) == [("Kassym-Jomart Tokayev", quote)]
    # the near form: a label naming no one gives nobody's quote
    nobody = EN_HEAD + "Related: Exports: “" + quote + "”\n\nThe deal covers farm goods."
    assert [q for q in proposed.quotes(nobody, DAY) if q[0]] == []


LEAD = ("In an interview with our agency, Kazakhstan's deputy trade minister Aidar Seitkali spoke about the country's "
        "plans for trade with Azerbaijan.\n\n")
ANSWER1 = "Trade grew by almost a third last year, and we expect it to reach one billion dollars by 2027."
ANSWER2 = "The ports on both shores of the Caspian need more capacity, and we are building new terminals in Aktau."
QA = ("**How much did trade between the two countries grow last year?**\n\n" + ANSWER1 + "\n\n"
      "**What do you see holding the corridor back?**\n\n" + ANSWER2)


# plant: quotes._plain_interview's lead back to bodies[1:first] only (a headline-less lead names no one)
def test_an_interview_with_no_headline_gives_the_interviewee_s_answers():
    assert proposed.quotes(LEAD + QA, DAY) == [("Aidar Seitkali", ANSWER1), ("Aidar Seitkali", ANSWER2)]
    # the italic questions too
    italic = LEAD + QA.replace("**", "*")
    assert proposed.quotes(italic, DAY) == [("Aidar Seitkali", ANSWER1), ("Aidar Seitkali", ANSWER2)]
    # the near form: a lead that says no interview took place leaves the paragraphs the writer's
    report = ("Kazakhstan's deputy trade minister Aidar Seitkali visited Baku on Monday to discuss trade with "
              "Azerbaijan.\n\n" + QA)
    assert [q for q in proposed.quotes(report, DAY) if q[1] in (ANSWER1, ANSWER2)] == []


RU_HEAD = "Казахстан и Азербайджан обсудили торговлю\n\nАСТАНА. Стороны обсудили расширение торговли.\n\n"


# plant: the "[АИ]" opening taken out of quotes._RU_OPENING (and, seen too: the conjunction step of _ru_titled_subject)
def test_a_russian_sentence_opening_with_a_conjunction_before_the_title_gives_the_named_speaker():
    quote = "товарооборот между странами вырастет вдвое за три года"
    for conjunction in ("А", "И"):
        text = RU_HEAD + conjunction + (" министр экономики Казахстана Серик Жумангарин отметил, что «" + quote
                                        + "».")
        assert [(q[0].split()[0], q[1]) for q in proposed.quotes(text, DAY)] == [("Serik", quote)], conjunction
    # the near form: a ministry, no one named, gives no speaker
    ministry = RU_HEAD + "А в министерстве экономики отметили, что «" + quote + "»."
    assert [q for q in proposed.quotes(ministry, DAY) if q[0]] == []


# plant: the aside in quotes._EN_PRESENT_SPLIT_GAP removed
def test_a_present_tense_split_with_an_aside_gives_the_named_speaker():
    rest = "to double the grain shipments through the Caspian ports next year."
    text = EN_HEAD + "“We are ready,” says Nurlan Aliyev, an analyst at the Astana Institute, “" + rest + "”"
    assert proposed.quotes(text, DAY) == [("Nurlan Aliyev", rest)]
    # the near form: the wires' past tense with the aside stays one quote, its lead kept
    past = EN_HEAD + "“We are ready,” said Nurlan Aliyev, an analyst at the Astana Institute, “" + rest + "”"
    assert proposed.quotes(past, DAY) == [("Nurlan Aliyev", "We are ready " + rest)]
