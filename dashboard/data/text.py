"""Text normalisation shared by name resolution and search: case- and diacritic-insensitive."""
import re
import unicodedata

# Letters that NFKD does not decompose into base + combining mark.
_FOLD = str.maketrans({"ı": "i", "ə": "e", "Ə": "e", "ø": "o", "ß": "ss", "đ": "d", "ł": "l", "’": "'", "ʻ": "'", "ʼ": "'", "‘": "'"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse spaces: 'Türkiye' and 'TURKIYE' fold alike."""
    text = str(text)
    if text.isascii():
        # the same result, read faster (extraction folds every name it looks up): ASCII has nothing to decompose,
        # translate or strip, casefold() is lower(), and str.split() and re's \s take the same white space
        return " ".join(text.lower().split())
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    """fold() of any text."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()
