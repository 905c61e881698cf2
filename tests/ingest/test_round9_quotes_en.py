"""English quote forms of the eighth held-out set (dev/90–98), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote). Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant
is named in the test's docstring.
"""
from datetime import date

from dashboard.ingest import Article, propose

DAY = date(2023, 5, 10)


def _quotes(text: str, day: date = DAY) -> list[tuple[str, str]]:
    return [(p.record["speaker"], p.record["quote"]) for p in propose(Article(text, day, outlet="x"))
            if p.table == "quotes"]


# people.py: one surname, two people

def test_a_given_name_the_holder_does_not_bear_is_someone_else():
    """Plant: `_another_bearer` returning False (the former prime minister Artur Rasizade speaks)."""
    text = ("Ferries on the Caspian\n\n"
            "“I have crossed this sea a thousand times and never waited this long,” said Elnur Rasizade, "
            "a ferry captain from Baku.")
    assert _quotes(text) == [("Elnur Rasizade", "I have crossed this sea a thousand times and never waited this long")]


def test_a_surname_alone_is_the_unlisted_person_named_before():
    """Plant: the `_unlisted_surname` check before the holder's terms in Resolver._resolve removed."""
    text = ("Ferries on the Caspian\n\n"
            "“I have crossed this sea a thousand times and never waited this long,” said Elnur Rasizade, "
            "a ferry captain from Baku.\n\n"
            "Prices have risen since spring.\n\n"
            "“Nobody can tell me what the next crossing will cost,” Rasizade said.")
    assert _quotes(text)[-1] == ("Elnur Rasizade", "Nobody can tell me what the next crossing will cost")


def test_a_spelling_variant_of_the_holders_given_name_is_the_holder():
    """Plant: `_fold2` comparing whole words, not their first two letters (Ilkham Aliyev an unlisted name)."""
    text = ("Gas talks\n\n"
            "“Our gas will reach Central Europe within three years,” said President Ilkham Aliyev.")
    assert _quotes(text) == [("Ilham Aliyev", "Our gas will reach Central Europe within three years")]
