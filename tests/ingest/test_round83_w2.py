"""Eighty-third round, w2 (docs/extraction.md: visits.py): a press release that quotes the joint statement's text
after its own account, and one document signed before "a further" count, told in short invented sentences. A visit
told only in a clause of the quoted text ("Below is the text of the Joint Declaration." "1. At the invitation of …, X
paid a state visit to …") takes its documents from the whole account before the text (visits._QUOTED_TEXT_FOLLOWS);
"the presidents signed the Joint Declaration. …, a further nine documents were signed" is ten, the one named and the
nine more, whether told after the visit's sentence or before it (visits._EN_ONE_SIGNED_NO_COUNT). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 5)

ACCOUNT = ("Kyrgyz-Uzbek talks held in Cholpon-Ata\n\nThe talks of the two presidents were held in Cholpon-Ata on the "
           "shore of Lake Issyk-Kul. After the talks, the presidents signed eight documents in Cholpon-Ata. The "
           "leaders then spoke to the press. They praised the growth of trade. They also discussed water and energy. "
           "The talks were warm.\n\n")
INTRO = "Below is the text of the Joint Declaration.\n\n"
QUOTED = ("JOINT DECLARATION of the Presidents\n\n1. At the invitation of the President of the Kyrgyz Republic, "
          "President of Uzbekistan Shavkat Mirziyoyev paid a state visit to Kyrgyzstan on 4-5 June 2026.\n\n"
          "2. The Sides held talks in Cholpon-Ata.")
VISIT = ("Shavkat Mirziyoyev", "Kyrgyzstan", "2026-06-04", "Cholpon-Ata", "state")


# plant: visits._quoted_text_before returning False
def test_a_visit_told_in_the_quoted_text_takes_the_account_s_count():
    text = ACCOUNT + INTRO + QUOTED
    assert proposed.visits(text, DAY) == [VISIT]
    assert proposed.documents(text, DAY) == ["8"]
    # the near form: with no sentence telling a text follows, the count six sentences before the visit is not its
    assert proposed.documents(ACCOUNT + QUOTED, DAY) == ["0"]


FURTHER = ("Uzbek President Shavkat Mirziyoyev paid a state visit to Kyrgyzstan on 4-5 June 2026. In Cholpon-Ata, the "
           "two presidents held talks and signed the Joint Declaration. In their presence, a further nine documents "
           "were signed.")


# plant: visits._right_after_one_signed returning False
def test_a_further_count_after_one_document_signed_adds_that_one():
    assert proposed.visits(FURTHER, DAY) == [VISIT]
    assert proposed.documents(FURTHER, DAY) == ["10"]
    assert proposed.documents(FURTHER.replace("a further nine documents", "nine more documents"), DAY) == ["10"]
    # the near forms: a count not told as more may hold the one before; and two documents named before are no one
    assert proposed.documents(FURTHER.replace("a further nine", "nine"), DAY) == ["9"]
    two = FURTHER.replace("the Joint Declaration.", "the Joint Declaration and an agreement on water.")
    assert proposed.documents(two, DAY) != ["10"]


# plant: in visits._signed_before, the `or _right_after_one_signed(...)` of the loop's condition left out
def test_a_further_count_told_before_the_visit_continues_the_signing():
    text = ("The talks of the two presidents were held in Cholpon-Ata. After the talks, the presidents signed the "
            "Joint Declaration. In their presence, a further nine documents were signed. The leaders then praised the "
            "growth of trade.\n\nUzbek President Shavkat Mirziyoyev paid a state visit to Cholpon-Ata on 4-5 June "
            "2026.")
    assert proposed.documents(text, DAY) == ["10"]
