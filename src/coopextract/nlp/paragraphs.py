"""Paragraph breaks are sentence breaks: press paragraphs never share a sentence.

Runs before the parser (which keeps boundaries set in advance) or after a
sentencizer, so that a title or a credit line never glues onto the next
paragraph's first sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


# a sentence never starts right after one of these... unless a paragraph break intervenes
SENTENCE_END = frozenset({".", "!", "?", "…", "»", '"', "”", ":", ";", ")"})


class ParagraphSplitter:
    """Sentence starts at paragraph breaks; none after a word that cannot end a sentence.

    The second rule keeps the statistical parser from cutting "Le Premier ministre
    russe | Mikhaïl Michoustine avait chargé ..." in two.
    """

    def __init__(self, nlp: Language, name: str = "coop_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        previous = None
        for token in doc:
            if token.i == 0:
                previous = token
                continue
            if token.is_space:
                if "\n" in token.text:
                    previous = None
                continue
            if previous is None:
                token.is_sent_start = True
            elif previous.text[-1:] not in SENTENCE_END and not previous.is_space:
                token.is_sent_start = False
            previous = token
        return doc


@Language.factory("coop_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter(nlp, name)
