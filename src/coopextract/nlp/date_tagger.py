"""DATE entities with §3 values, relative to the document date set on the Doc."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from .. import dates, resources
from .attributes import doc_text
from .sentences import SentenceIndex
from .tense import is_future_form
from .guard import guarded

# rule entities that keep their place against a date ("ExoMars 2022" is a mission)
PROTECTED_LABELS = frozenset({"AGENCY", "MISSION", "AGREEMENT"})
# how far up the parse a date looks for the verb of its clause
CLAUSE_DEPTH = 4
# without a parse, how many tokens before a date may carry its clause's future marker
UNPARSED_WINDOW = 15
CLAUSE_BREAKS = frozenset({";", ":", ".", "—", "–"})
PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ"})
DATELINE_DASH = re.compile(r"\s*(?:\(\w+\)\s*)?[—–-]\s")  # "PÉKIN, 6 novembre (AFP) —"


class DateTagger:
    def __init__(self, nlp: Language, name: str = "coop_dates", *, lang: str) -> None:
        self.name = name
        self.lang = lang
        data = resources.load_json(f"{lang}/dates.json")
        self.future_governors = frozenset(data.get("future_governors", []))
        self.future_words = frozenset(data.get("future_words", []))
        self.future_endings = tuple(data.get("future_endings", []))

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        matches = dates.find_dates(text, doc_date=doc._.doc_date, lang=self.lang, is_future=self._future_hook(doc, text))
        ents = doc.ents
        # token indices as ranges: iterating a Span makes a Token object per token
        protected_tokens = {i for e in ents if e.label_ in PROTECTED_LABELS for i in range(e.start, e.end)}
        date_spans = []
        for match in matches:
            span = doc.char_span(match.start, match.end, label="DATE", alignment_mode="expand")
            if span is None or not protected_tokens.isdisjoint(range(span.start, span.end)):
                continue
            span._.norm = match.value
            span._.rule_id = f"{self.lang}/dates"
            date_spans.append(span)
        date_tokens = {i for s in date_spans for i in range(s.start, s.end)}
        others = [e for e in ents if date_tokens.isdisjoint(range(e.start, e.end))]
        doc.ents = sorted(filter_spans(date_spans + others), key=lambda s: s.start)
        return doc

    def _future_hook(self, doc: Doc, text: str) -> Callable[[int, int], bool]:
        """Tell the date normaliser when the clause of an expression looks ahead.

        With a parse, the clause is the verb (or predicative adjective) the date
        hangs from: future or conditional, or governed by a verb of expectation
        ("doit s'envoler le 22 avril", "sont attendues le 20 juillet"). Without
        one, a future word shortly before the date in the same sentence.
        """
        parsed = doc.has_annotation("DEP")
        sentences = None if parsed else SentenceIndex(doc)

        def is_future(start: int, end: int) -> bool:
            if DATELINE_DASH.match(text, end):
                return False  # "PÉKIN, 6 novembre —": the dateline gives the day of the report
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                return False
            if parsed:
                return self._clause_is_future(span.root)
            sentence = sentences.of(span.start)
            window = []
            for token in reversed(doc[max(sentence.start, span.start - UNPARSED_WINDOW) : span.start]):
                if token.text in CLAUSE_BREAKS:
                    break
                window.append(token)
            return any(t.lower_ in self.future_words for t in window)

        return is_future

    def _clause_is_future(self, token: Token) -> bool:
        predicate = token
        for _ in range(CLAUSE_DEPTH):
            if predicate.head.i == predicate.i:
                break
            predicate = predicate.head
            if predicate.pos_ in PREDICATE_POS:
                break
        if predicate.pos_ not in PREDICATE_POS:
            return False
        chain = [predicate]
        if predicate.dep_ in ("xcomp", "ccomp") or predicate.dep_.startswith("acl"):
            chain.append(predicate.head)  # "doit s'envoler", "prévu de signer"
        for verb in chain:
            forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
            if any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") or is_future_form(t, self.future_endings)
                   for t in forms):
                return True
            if verb.lemma_.lower() in self.future_governors or any(t.lower_ in self.future_words for t in forms):
                return True
        return False


@Language.factory("coop_dates", assigns=["doc.ents", "span._.norm"], default_config={"lang": "fr"})
def make_date_tagger(nlp: Language, name: str, lang: str) -> DateTagger:
    return DateTagger(nlp, name, lang=lang)
