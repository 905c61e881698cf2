"""The article scanned once (dashboard/ingest/document.py): a sentence's trigger words are found where
they are, also in Azerbaijani and Turkish text, whose "İ" lower-cases to two characters, and read as
cheap.lowered() reads them (an "İ" a plain i: "İxrac" holds "ixrac")."""
from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.ingest.cheap import lowered
from dashboard.ingest.document import Document

GOLD = Path(__file__).resolve().parents[1] / "extraction" / "gold"
WORDS = ("visit", "talks", "met", "signed", "named after", "ticarət", "ixrac", "katıl")


def _one_by_one(doc: Document, words: tuple[str, ...]) -> list[bool]:
    return [any(lowered(word) in lowered(s.text) for word in words) for s in doc.sentences]


@pytest.mark.parametrize("text", [
    "İlham Əliyev arrived. The visit began. Talks were held.",
    "İİİİ. Nothing here. The documents were signed.",
    "A street named after İ. Heydar Aliyev. He met them.",
    "VİSİT. visit. İ visit",
    "Bu il. İxrac artıb. KATILDI.",
])
def test_trigger_words_are_placed_in_their_own_sentence_after_an_i_with_a_dot(text):
    doc = Document(text)
    assert doc.holding(WORDS) == _one_by_one(doc, WORDS)


def test_every_gold_article_with_i_with_a_dot_put_in_finds_the_same_sentences():
    for path in sorted(GOLD.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8").replace("I", "İ").replace("The ", "The İ ")
        doc = Document(text)
        assert doc.holding(WORDS) == _one_by_one(doc, WORDS), path.name
