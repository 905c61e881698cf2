"""English quote forms found by the round 16b probes (invented passages in the styles of wire agencies, broadsheets,
think-tank analyses and regional English-language sites), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2024, 5, 14)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_another_given_name_before_a_named_holders_surname_is_someone_else():
    """'“…,” said Anar Aliyev, head of a logistics firm' after "President Ilham Aliyev" is not the president, read
    whole or by the surname alone; the holder's own given name still is he. Plants: the `_another_named` check left
    out of `_named_with_surname` (speaker Ilham Aliyev); the `break` in `_resolve`'s loop over
    the people named, made `pass` (speaker Ilham Aliyev)."""
    lead = "Talks in Baku\n\nPresident Ilham Aliyev received the Kazakh delegation on Tuesday.\n\n"
    assert _quotes(lead + "\u201cThe Caspian ports are working at full capacity now,\u201d said Anar Aliyev, "
                          "head of a logistics firm in Baku.") == [
        ("Anar Aliyev", "The Caspian ports are working at full capacity now")]
    assert _quotes(lead + "Anar Aliyev, a Baku-based economist, said: \u201cThe corridor pays off only if tariffs "
                          "are harmonised.\u201d") == [
        ("Anar Aliyev", "The corridor pays off only if tariffs are harmonised.")]
    assert _quotes(lead + "\u201cThe Caspian ports are working at full capacity now,\u201d said Ilham Aliyev.") == [
        ("Ilham Aliyev", "The Caspian ports are working at full capacity now")]
