"""Text folding shared by the extraction and the scorer."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """ "Kaïré" → "Kaire": names written with and without their accents compare equal."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
