"""DATE entities with §3 values, relative to the document date set on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import dates
from . import attributes  # noqa: F401
from .sentences import SentenceIndex

# rule entities that keep their place against a date ("ExoMars 2022" is a mission)
PROTECTED_LABELS = frozenset({"AGENCY", "MISSION", "AGREEMENT"})


class DateTagger:
    def __init__(self, nlp: Language, name: str = "coop_dates", *, lang: str) -> None:
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        matches = dates.find_dates(doc.text, doc_date=doc._.doc_date, lang=self.lang, is_future=self._future_hook(doc))
        protected = [e for e in doc.ents if e.label_ in PROTECTED_LABELS]
        protected_tokens = {t.i for e in protected for t in e}
        date_spans = []
        for match in matches:
            span = doc.char_span(match.start, match.end, label="DATE", alignment_mode="expand")
            if span is None or any(t.i in protected_tokens for t in span):
                continue
            span._.norm = match.value
            span._.rule_id = f"{self.lang}/dates"
            date_spans.append(span)
        date_tokens = {t.i for s in date_spans for t in s}
        others = [e for e in doc.ents if not any(t.i in date_tokens for t in e)]
        doc.ents = sorted(filter_spans(date_spans + others), key=lambda s: s.start)
        return doc

    def _future_hook(self, doc: Doc):
        """Tell the date normaliser when the clause of an expression is in the future tense."""
        has_morph = doc.has_annotation("MORPH")
        sentences = SentenceIndex(doc)
        future_sentences: dict[int, bool] = {}

        def sentence_is_future(n: int) -> bool:
            if n not in future_sentences:
                sentence = sentences.spans[n]
                if has_morph:
                    future_sentences[n] = any("Fut" in t.morph.get("Tense") for t in sentence)
                else:
                    future_sentences[n] = any(t.lower_ in {"will", "'ll", "shall"} for t in sentence)
            return future_sentences[n]

        def is_future(start: int, end: int) -> bool:
            span = doc.char_span(start, end, alignment_mode="expand")
            return span is not None and sentence_is_future(sentences.index(span.start))

        return is_future


@Language.factory("coop_dates", assigns=["doc.ents", "span._.norm"], default_config={"lang": "fr"})
def make_date_tagger(nlp: Language, name: str, lang: str) -> DateTagger:
    return DateTagger(nlp, name, lang=lang)
