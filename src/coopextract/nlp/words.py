"""A Doc's token strings as plain lists, read once per Doc.

Each `doc[i]` builds a Token object and each of its string attributes a lookup;
rules that look at every token of a sentence several times read these lists
instead. Texts are sliced from the Doc's source text: the lexeme attributes
LOWER and IS_ALPHA are `str.lower()` and `str.isalpha()` of them.
"""

from __future__ import annotations

from functools import cached_property

import numpy
from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, POS, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from .attributes import doc_text

QUOTE_OPEN, QUOTE_CLOSE = "«“", "»”"
_KEY = "coopextract.words"


class DocWords:
    @classmethod
    def of(cls, doc: Doc) -> "DocWords":
        """The Doc's words, read once: the person finder and the events share them (no component after
        the lemmatizer changes tokens, tags or lemmas). `release` drops them when the last reader is done,
        so that the Doc's `user_data` stays serialisable."""
        words = doc.user_data.get(_KEY)
        if words is None or words.doc is not doc or len(words.texts) != len(doc):
            words = doc.user_data[_KEY] = cls(doc)
        return words

    @staticmethod
    def release(doc: Doc) -> None:
        doc.user_data.pop(_KEY, None)

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        text = doc_text(doc)
        self._rows = doc.to_array([IDX, LENGTH, SPACY, LEMMA, POS]).tolist()
        self.idx = [row[0] for row in self._rows]
        self.texts = [text[row[0] : row[0] + row[1]] for row in self._rows]
        self.lowers = [t.lower() for t in self.texts]

    @cached_property
    def alpha(self) -> list[bool]:
        return [t.isalpha() for t in self.texts]

    @cached_property
    def spaced(self) -> list[bool]:
        """Is the token followed by a space?"""
        return [bool(row[2]) for row in self._rows]

    @cached_property
    def lemmas(self) -> list[str]:
        """The lemma, lowercased, or the lowercase form without a lemmatizer."""
        strings = self.doc.vocab.strings
        ids = [row[3] for row in self._rows]
        lowered = {h: strings[h].lower() for h in set(ids) if h}  # each distinct lemma looked up once
        return [lowered[h] if h else lower for h, lower in zip(ids, self.lowers)]

    @cached_property
    def heads(self) -> list[int]:
        """The position of each token's head (its own for a root, or without a parse)."""
        relative = self.doc.to_array(HEAD).astype("int64")  # offsets, stored unsigned
        return (relative + numpy.arange(len(relative), dtype="int64")).tolist()

    @cached_property
    def pos(self) -> list[str]:
        return [POS_NAMES.get(row[4], "") for row in self._rows]

    def quoted_regions(self, start: int, end: int) -> list[tuple[int, int]]:
        """(opening, closing) character offsets of the quotations between two tokens."""
        regions, opened = [], None
        for k in range(start, end):
            text = self.texts[k]
            if text in QUOTE_OPEN and opened is None:
                opened = self.idx[k]
            elif text in QUOTE_CLOSE and opened is not None:
                regions.append((opened, self.idx[k]))
                opened = None
        return regions


def like_another(lowers: list[str], start: int, end: int, before_from: int, adjectives: set[str],
                 phrases: list[tuple[str, ...]]) -> bool:
    """Is the agreement at [start, end) one more of a kind ("a similar agreement", « un protocole semblable »,
    "arrangements of the same kind")? A similarity adjective may stand from `before_from` up to it, or right
    after it; a similarity phrase right after it."""
    following = tuple(lowers[end : end + 4])
    return any(w in adjectives for w in lowers[max(0, before_from) : start]) \
        or (end < len(lowers) and lowers[end] in adjectives) \
        or any(following[: len(phrase)] == phrase for phrase in phrases)
