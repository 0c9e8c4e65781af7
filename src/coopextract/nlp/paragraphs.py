"""Paragraph breaks are sentence breaks: press paragraphs never share a sentence.

Runs before the parser (which keeps boundaries set in advance) or after a
sentencizer, so that a title or a credit line never glues onto the next
paragraph's first sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from .guard import guarded


# a sentence never starts right after one of these... unless a paragraph break intervenes
SENTENCE_END = frozenset({".", "!", "?", "…", "»", '"', "”", ":", ";", ")"})
DASHES = frozenset({"—", "–", "-"})
KICKER_TOKENS = 9  # a rubric or dateline is a few words before its dash


def can_end_sentence(text: str) -> bool:
    """Punctuation that may close a sentence; not an initial ("signé avec G. Madhavan Nair")."""
    return text[-1:] in SENTENCE_END and not (len(text) == 2 and text[1] == "." and text[0].isupper())


class ParagraphSplitter:
    """Sentence starts at paragraph breaks; none after a word that cannot end a sentence.

    The second rule keeps the statistical parser from cutting "Le Premier ministre
    russe | Mikhaïl Michoustine avait chargé ..." in two.
    """

    def __init__(self, nlp: Language, name: str = "coop_paragraphs", *, kickers: bool = True) -> None:
        self.name = name
        # a parser reads "ANALYSE — Entré en vigueur ..." better as two sentences; rules without one
        # read a dateline with the sentence it opens
        self.kickers = kickers
        # does a token text end like a sentence, by string id (the vocabulary bounds it)
        self._closes: dict[int, bool] = {}

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # array arithmetic instead of a loop over Token objects, and one array write: setting
        # Token.is_sent_start one by one re-checks the whole Doc each time
        values = doc.to_array([SENT_START]).astype("int64")
        attrs = doc.to_array([IS_SPACE, ORTH])
        space = attrs[:, 0].astype(bool)
        orths = attrs[:, 1].tolist()
        strings, closes_of = doc.vocab.strings, self._closes
        for orth in set(orths) - closes_of.keys():
            closes_of[orth] = can_end_sentence(strings[orth])
        closes = numpy.array([closes_of[orth] for orth in orths], dtype=bool)
        newline = numpy.zeros(len(doc), dtype=bool)
        for i in numpy.flatnonzero(space[1:]) + 1:  # a break before the first word changes nothing
            newline[i] = "\n" in strings[orths[i]]
        values[0] = 1
        # the words after the first token, each with the word before it (the first token when none)
        words = numpy.flatnonzero(~space[1:]) + 1
        if len(words):
            before = numpy.concatenate(([0], words[:-1]))
            breaks = numpy.cumsum(newline)
            after_break = breaks[words - 1] > breaks[before]
            values[words[after_break]] = 1
            values[words[~after_break & ~closes[before]]] = -1
        for start in numpy.flatnonzero(values == 1).tolist() if self.kickers else ():
            after = self._kicker_end(strings, orths, start)
            if after is not None:
                values[after - 1] = -1  # the dash ends the kicker
                values[after] = 1
        doc.from_array([SENT_START], values.reshape(len(doc), 1).view("uint64"))
        return doc

    @staticmethod
    def _kicker_end(strings: StringStore, orths: list[int], start: int) -> int | None:
        """ "ANALYSE — Entré en vigueur mercredi, le traité ...", "PÉKIN, 6 novembre — Les deux pays ...":
        a rubric or a dateline in capitals and a dash open the paragraph; its sentence starts after the
        dash (else the parser reads the capitals as the subject)."""
        first = strings[orths[start]]
        if len(first) < 3 or not first.isupper() or not first.isalpha():
            return None
        lowercase = 0
        for k in range(start + 1, min(start + KICKER_TOKENS, len(orths) - 1)):
            text = strings[orths[k]]
            if text in DASHES:
                return k + 1
            if (text in SENTENCE_END and text != ")") or "\n" in text:  # "PARIS, 6 mai (AFP) —"
                return None
            lowercase += text.islower()
            if lowercase > 2:
                return None
        return None


@Language.factory("coop_paragraphs", assigns=["token.is_sent_start"], default_config={"kickers": True})
def make_paragraph_splitter(nlp: Language, name: str, kickers: bool) -> ParagraphSplitter:
    return ParagraphSplitter(nlp, name, kickers=kickers)
