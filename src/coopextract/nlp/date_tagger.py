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
        # morphological analysis (by its key) → has Tense=Fut; bounded by the model's analyses
        self._future_morph: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        matches = dates.find_dates(doc.text, doc_date=doc._.doc_date, lang=self.lang, is_future=self._future_hook(doc))
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

    def _future_hook(self, doc: Doc):
        """Tell the date normaliser when the clause of an expression is in the future tense."""
        has_morph = doc.has_annotation("MORPH")
        sentences = SentenceIndex(doc)
        future_sentences: dict[int, bool] = {}
        morphs: list[int] = []
        future_morph = self._future_morph

        def is_future_token(i: int) -> bool:
            # by morphological analysis: reading Token.morph builds an object per token
            value = future_morph.get(morphs[i])
            if value is None:
                value = future_morph[morphs[i]] = "Fut" in doc[i].morph.get("Tense")
            return value

        def sentence_is_future(n: int) -> bool:
            if n not in future_sentences:
                sentence = sentences.spans[n]
                if has_morph:
                    if not morphs:
                        morphs.extend(doc.to_array("MORPH").tolist())
                    future_sentences[n] = any(is_future_token(i) for i in range(sentence.start, sentence.end))
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
