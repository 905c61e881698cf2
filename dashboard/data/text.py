"""Text normalisation shared by name resolution and search: case- and diacritic-insensitive."""
import re
import unicodedata

# Letters that NFKD does not decompose into base + combining mark.
_FOLD = str.maketrans({"ı": "i", "ə": "e", "Ə": "e", "ø": "o", "ß": "ss", "đ": "d", "ł": "l", "’": "'", "ʻ": "'", "ʼ": "'", "‘": "'"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse spaces: 'Türkiye' and 'TURKIYE' fold alike."""
    text = unicodedata.normalize("NFKD", str(text).translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()
