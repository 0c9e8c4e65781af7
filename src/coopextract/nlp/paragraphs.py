"""Paragraph breaks are sentence breaks: press paragraphs never share a sentence.

Runs before the parser (which keeps boundaries set in advance) or after a
sentencizer, so that a title or a credit line never glues onto the next
paragraph's first sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from .guard import guarded


# a sentence never starts right after one of these... unless a paragraph break intervenes
SENTENCE_END = frozenset({".", "!", "?", "…", "»", '"', "”", ":", ";", ")"})


class ParagraphSplitter:
    """Sentence starts at paragraph breaks; none after a word that cannot end a sentence.

    The second rule keeps the statistical parser from cutting "Le Premier ministre
    russe | Mikhaïl Michoustine avait chargé ..." in two.
    """

    def __init__(self, nlp: Language, name: str = "coop_paragraphs") -> None:
        self.name = name

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # one array write: setting Token.is_sent_start one by one re-checks the whole Doc each time
        values = doc.to_array([SENT_START]).astype("int64").reshape(len(doc), 1)
        values[0, 0] = 1
        previous = doc[0]
        after_break = False
        for token in doc[1:]:
            if token.is_space:
                after_break = after_break or "\n" in token.text
                continue
            if after_break:
                values[token.i, 0] = 1
            elif previous.text[-1:] not in SENTENCE_END:
                values[token.i, 0] = -1
            previous, after_break = token, False
        doc.from_array([SENT_START], values.view("uint64"))
        return doc


@Language.factory("coop_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter(nlp, name)
