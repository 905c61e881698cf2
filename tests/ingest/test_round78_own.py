"""Seventy-eighth round, own (docs/extraction.md: document.py): the trigger-word gate every visit rule asks first
(`Document.holding`) reads the article as the rules' case-insensitive patterns do. A sentence opening with a capital
dotted "İ" ("İmzalanmış üç sənəd …", "İmzalanan 5 anlaşma …") had its signing word missed, since str.lower() makes
"İ" an i and a combining dot; a capital "I" written for the dotless ı was missed too. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

import pytest

from dashboard.ingest.document import Document
from tests.ingest import proposed

DAY = date(2025, 5, 10)
VISIT_AZ = ("Tokayev Bakıda\n\nMayın 8-də Qazaxıstan Prezidenti Kasım-Jomart Tokayev Bakıya dövlət səfəri ilə gəlib. ")
VISIT_TR = ("Erdoğan Astana'da\n\nCumhurbaşkanı Recep Tayyip Erdoğan 8 Mayıs'ta Astana'ya resmi ziyaret "
            "gerçekleştirdi. ")


# plant: Document.holding searching str.lower() of the article again (the "İ" an i and a combining dot)
@pytest.mark.parametrize("opening, signing, count", [
    (VISIT_AZ, "İmzalanmış üç sənəd ticarət və nəqliyyatı əhatə edir.", "3"),
    (VISIT_AZ, "İmzalanan sənədlərin sayı altıya çatıb.", "6"),
    (VISIT_AZ, "İKİ ÖLKƏ ARASINDA 4 SƏNƏD İMZALANIB.", "4"),
    (VISIT_TR, "İmzalanan 5 anlaşma ticaret ve enerjiyi kapsıyor.", "5"),
])
def test_a_signing_told_after_a_capital_dotted_i_is_counted(opening, signing, count):
    assert proposed.documents(opening + signing, DAY) == [count]


# plant: document._lowered_words giving the words back as they are ("katıl" is then not found in "KATILDI")
def test_a_trigger_word_with_a_dotless_i_is_found_in_capitals():
    assert Document("Bugün. ERDOĞAN ZİRVEYE KATILDI.").holding(("katıl",)) == [False, True]
    assert Document("Bugün. Erdoğan zirveye katıldı.").holding(("katıl",)) == [False, True]
