"""Sentences of a Doc, computed once: `Span.sent` and `doc.sents` walk the whole Doc each time."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span


# what ends a sentence of running text; a headline ends with none of these
SENTENCE_CLOSERS = (".", "!", "?", "…")
# closing quotation marks: they close a sentence only after one of the closers ("... a-t-il dit. »")
CLOSING_QUOTES = "»\"”"


def unclosed(sentence: Span) -> bool:
    """Does the sentence end without closing punctuation, as a headline does (a quotation without a
    period of its own, 'Russia halts engine deliveries: "Let them fly on broomsticks"', is unclosed)?"""
    return not sentence.text.rstrip().rstrip(CLOSING_QUOTES + " \u00a0\u202f").endswith(SENTENCE_CLOSERS)


class SentenceIndex:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.has_sentences = doc.has_annotation("SENT_START")
        self.spans: list[Span] = list(doc.sents) if self.has_sentences and len(doc) else [doc[:]]
        self.starts = [s.start for s in self.spans]

    def index(self, token_i: int) -> int:
        return max(0, bisect_right(self.starts, token_i) - 1)

    def of(self, token_i: int) -> Span:
        return self.spans[self.index(token_i)]
