"""From documents to extraction results, streaming.

French documents go through `fr_core_news_md` plus the coopextract components;
English ones through an English pipeline (a statistical model when one is
installed, else spaCy's English tokenizer and sentence splitter with the rule
components); other languages are recorded as skipped. Documents stream through
`nlp.pipe` in batches, so memory does not grow with the corpus.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import resources
from .errors import Messages
from .events import Candidate, canonical_people, rename_people, resolve_events
from .language import assign_language
from .nlp import components  # noqa: F401  (registers the factories)
from .nlp.sentences import SentenceIndex
from .records import STATUS_ERROR, STATUS_OK, Document, DocumentResult, Mention

log = logging.getLogger(__name__)

FRENCH_MODEL = "fr_core_news_md"
ENGLISH_MODELS = ("en_core_web_md", "en_core_web_sm")
# fr_core_news_md components we run: tok2vec feeds morphologizer (POS, tense and
# mood for actions), parser (sentences, links between triggers, dates and
# parties), attribute_ruler + lemmatizer (lemmas of trigger verbs), ner (PER,
# LOC, ORG). All are used; none is disabled.
FRENCH_DISABLED: tuple[str, ...] = ()
# spaCy's limit on one Doc; longer texts are processed in pieces cut at paragraph breaks
MAX_CHUNK_CHARS = 100_000


@dataclass(frozen=True)
class PipelineInfo:
    french: str
    english: str


def build_french(model: str = FRENCH_MODEL) -> Language:
    nlp = spacy.load(model, exclude=list(FRENCH_DISABLED))
    nlp.add_pipe("coop_paragraphs", before="parser")
    _add_rule_components(nlp, "fr", after="ner")
    return nlp


def build_english() -> tuple[Language, str]:
    """The statistical English model when installed, else tokenizer + sentencizer + rules."""
    for model in ENGLISH_MODELS:
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        nlp.add_pipe("coop_paragraphs", before="parser")
        _add_rule_components(nlp, "en", after="ner")
        return nlp, model
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("coop_paragraphs")
    _add_rule_components(nlp, "en", after="coop_paragraphs")
    return nlp, "rules (spaCy English tokenizer + sentencizer, rule-based persons)"


def _add_rule_components(nlp: Language, lang: str, *, after: str) -> None:
    """Rules, then persons the context marks (the English fallback's only persons, a backstop for
    the French model's), then dates, then events: each step reads what the previous ones found."""
    nlp.add_pipe("coop_entity_ruler", config={"lang": lang}, after=after)
    nlp.add_pipe("coop_persons", config={"lang": lang}, after="coop_entity_ruler")
    nlp.add_pipe("coop_dates", config={"lang": lang}, after="coop_persons")
    nlp.add_pipe("coop_events", config={"lang": lang}, after="coop_dates")


def split_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut a long text at paragraph (else line, else space) breaks into pieces ≤ limit."""
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for separator in ("\n\n", "\n", " "):
                cut = text.rfind(separator, start + limit // 2, end)
                if cut > start:
                    end = cut + len(separator)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces


class Extractor:
    """Holds the pipelines (loaded once) and turns documents into results."""

    def __init__(self, *, french: Language | None = None, english: Language | None = None) -> None:
        self.french = french or build_french()
        # our components mark a document they fail on (nlp/guard.py); should another component
        # fail, spaCy's default handler would end the run: this one logs it, the document is then
        # reported as lost by the pipe. Set directly: set_error_handler also tries the Cython
        # parser, which refuses the attribute.
        self.french.default_error_handler = record_component_error
        if english is None:
            english, english_name = build_english()
        else:
            english_name = "given"
        self.english = english
        self.info = PipelineInfo(french=FRENCH_MODEL, english=english_name)

    def process(self, documents: Iterable[Document], *, n_process: int = 1, batch_size: int = 16) -> Iterator[DocumentResult]:
        """Yield one result per document (order not guaranteed), never dropping one."""
        side: deque[DocumentResult] = deque()
        pending: dict[str, tuple[Document, int, list[Doc]]] = {}

        def french_docs() -> Iterator[Doc]:
            for document in documents:
                try:
                    document = assign_language(document) if document.status == STATUS_OK else document
                    if document.status != STATUS_OK:
                        side.append(DocumentResult(document))
                        continue
                    pieces = split_text(document.text)
                    if len(pieces) > 1:
                        message = Messages.LONG_TEXT.format(n_chars=len(document.text), n_parts=len(pieces))
                        document = replace(document, message=_join(document.message, message))
                    if document.lang == "en":
                        side.append(self._process_serially(self.english, document, pieces))
                    else:
                        pending[document.doc_id] = (document, len(pieces), [])
                        for offset, piece in pieces:
                            yield self._make_doc(self.french, document, piece, offset)
                except Exception as exc:  # one bad document must not stop the run
                    log.exception("failed on %s", document.path)
                    side.append(_failed(document, exc))

        for doc in self.french.pipe(french_docs(), batch_size=batch_size, n_process=n_process):
            while side:
                yield side.popleft()
            document, expected, parts = pending[doc._.doc_id]
            parts.append(doc)
            if len(parts) == expected:
                del pending[doc._.doc_id]
                try:
                    yield self._assemble(document, parts, "fr")
                except Exception as exc:
                    log.exception("failed on %s", document.path)
                    yield _failed(document, exc)
        while side:
            yield side.popleft()
        for document, _, _ in pending.values():  # never lose one, even if the pipe did
            yield _failed(document, RuntimeError("the pipeline returned no result"))

    def _process_serially(self, nlp: Language, document: Document,
                          pieces: list[tuple[int, str]] | None = None) -> DocumentResult:
        try:
            pieces = pieces if pieces is not None else split_text(document.text)
            parts = [nlp(self._make_doc(nlp, document, piece, offset)) for offset, piece in pieces]
            return self._assemble(document, parts, document.lang)
        except Exception as exc:
            log.exception("failed on %s", document.path)
            return _failed(document, exc)

    @staticmethod
    def _make_doc(nlp: Language, document: Document, text: str, offset: int) -> Doc:
        doc = nlp.make_doc(text)
        doc._.doc_id = document.doc_id
        doc._.doc_date = document.doc_date
        doc._.char_offset = offset
        return doc

    def _assemble(self, document: Document, parts: list[Doc], lang: str) -> DocumentResult:
        failures = [doc._.failure for doc in parts if doc._.failure]
        if failures:
            return _failed(document, RuntimeError("; ".join(failures)))
        mentions: list[Mention] = []
        candidates: list[Candidate] = []
        for doc in sorted(parts, key=lambda d: d._.char_offset):
            offset = doc._.char_offset
            sentences = SentenceIndex(doc)
            sentence_texts: dict[int, str] = {}
            for ent in doc.ents:
                n = sentences.index(ent.start)
                if n not in sentence_texts:
                    sentence_texts[n] = sentences.spans[n].text.strip()
                sentence = sentence_texts[n]
                mentions.append(
                    Mention(
                        doc_id=document.doc_id,
                        start=ent.start_char + offset,
                        end=ent.end_char + offset,
                        text=ent.text,
                        label=ent.label_,
                        norm=ent._.norm or ent.text,
                        source="rule" if ent._.rule_id else "model",
                        rule_id=ent._.rule_id,
                        sentence=sentence,
                    )
                )
                if ent._.country_word:  # "l'agence spatiale russe": the state is an actor too
                    start, end, code = ent._.country_word
                    mentions.append(Mention(doc_id=document.doc_id, start=start + offset, end=end + offset,
                                            text=doc.text[start:end], label="COUNTRY", norm=code, source="rule",
                                            rule_id=f"{ent._.rule_id}+country", sentence=sentence))
            candidates.extend(Candidate.from_json(c) for c in (doc._.coop_events or []))
        people = canonical_people(m.norm for m in mentions if m.label == "PER")
        mentions = [replace(m, norm=people.get(m.norm, m.norm)) if m.label == "PER" else m for m in mentions]
        party_counts = Counter(m.norm for m in mentions if m.label == "COUNTRY")
        agency_counts = Counter(m.norm for m in mentions if m.label == "AGENCY")
        party_counts.update(resources.agency_country(a) for a in agency_counts.elements())
        events = resolve_events(candidates, doc_id=document.doc_id, doc_date=document.doc_date,
                                party_counts=party_counts, agency_counts=agency_counts,
                                news_date=min(parts, key=lambda d: d._.char_offset)._.news_date)
        events = rename_people(events, people)
        return DocumentResult(document=document, mentions=tuple(mentions), events=tuple(events))


def record_component_error(name: str, component: object, docs: list[Doc], error: Exception) -> None:
    """spaCy's error handler: log the failure instead of ending the run (the Doc leaves the stream)."""
    log.warning("component %s failed on %s: %s: %s", name, [d._.doc_id for d in docs], type(error).__name__, error)


def _join(*messages: str) -> str:
    return "; ".join(m for m in messages if m)


def _failed(document: Document, exc: BaseException) -> DocumentResult:
    message = Messages.PROCESSING_FAILED.format(error=f"{type(exc).__name__}: {exc}")
    return DocumentResult(replace(document, status=STATUS_ERROR, message=_join(document.message, message)))
