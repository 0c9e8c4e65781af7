"""From documents to extraction results, streaming.

French documents go through `fr_core_news_md` plus the coopextract components;
English ones through an English pipeline (a statistical model when one is
installed, else spaCy's English tokenizer and sentence splitter with the rule
components); other languages are recorded as skipped. Documents stream through
`nlp.pipe` in batches, so memory does not grow with the corpus.
"""

from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from dataclasses import dataclass, replace

import spacy
from spacy.language import Language
from spacy.attrs import NORM, ORTH, SPACY
from spacy.tokens import Doc

from . import resources
from .errors import Messages
from .events import INTERNATIONAL_BODIES, ORGANISATION_SIDES, Candidate, canonical_people, rename_people, resolve_events
from .language import assign_language
from .nlp import components  # noqa: F401  (registers the factories)
from .nlp.attributes import span_values
from .nlp.sentences import SentenceIndex
from .records import STATUS_ERROR, STATUS_OK, Document, DocumentResult, Mention

log = logging.getLogger(__name__)

FRENCH_MODEL = "fr_core_news_md"
ENGLISH_MODELS = ("en_core_web_md", "en_core_web_sm")
# fr_core_news_md components we run: tok2vec feeds morphologizer (POS, tense and
# mood for actions) and parser (sentences, links between triggers, dates and
# parties); attribute_ruler sets POS/MORPH of whitespace tokens; lemmatizer
# (lemmas of trigger words, needs POS); ner (PER, LOC, ORG, MISC; its own
# tok2vec). All are used; none is disabled (see README, "Speed and memory").
FRENCH_DISABLED: tuple[str, ...] = ()
# spaCy's limit on one Doc; longer texts are processed in pieces cut at paragraph breaks
MAX_CHUNK_CHARS = 100_000


def skip_empty_entry_point_scans() -> None:
    """Stop srsly from scanning installed packages for msgpack plug-ins at every (de)serialisation.

    With n_process > 1 every Doc crosses between processes twice (`Doc.to_bytes`
    / `from_bytes`, msgpack), and srsly's encoder and decoder registries look for
    entry points each time: an importlib.metadata scan, two thirds of the cost
    of serialising a Doc. When no installed package declares one (the scan
    finds nothing), not scanning changes nothing.
    """
    import srsly.msgpack

    for registry in (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders):
        if registry.entry_points and not registry.get_entry_points():
            registry.entry_points = False


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
    for abbreviation in resources.load_json("en/context.json").get("title_abbreviations", []):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("coop_paragraphs", config={"kickers": False})
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


def with_sound_edges(doc: Doc) -> Doc:
    """The tokenizer's Doc rebuilt from its words, with each token's tree edges on itself.

    spaCy 3.8's English tokenizer leaves wrong left/right edges after an abbreviation
    split off inside a hyphenated word ("SABIA-Mar. Created ..."): in a Doc that no
    parser rewrites, reading a token's children then walks out of the Doc's memory
    and kills the process. A Doc built from words and spaces has sound edges; the
    tokenizer's norms of special cases ("Mar." → "march") are copied over.
    """
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY, NORM])
    rebuilt = Doc(doc.vocab, words=[strings[orth] for orth in rows[:, 0].tolist()],
                  spaces=rows[:, 1].astype(bool).tolist())
    rebuilt.from_array([NORM], rows[:, 2:3])
    return rebuilt


class Extractor:
    """Holds the pipelines (loaded once) and turns documents into results."""

    def __init__(self, *, french: Language | None = None, english: Language | None = None) -> None:
        skip_empty_entry_point_scans()
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
        # The models are hundreds of thousands of long-lived objects: out of the garbage collector's
        # way (it would walk them all at each full collection) and shared, not copied, by forked workers.
        gc.collect()
        gc.freeze()
        # ... and back under it at exit, so that objects of native extensions (DuckDB's) are finalised
        # normally rather than reported as leaked
        atexit.register(gc.unfreeze)

    def process(self, documents: Iterable[Document], *, n_process: int = 1, batch_size: int = 16) -> Iterator[DocumentResult]:
        """Yield one result per document (order not guaranteed), never dropping one.

        With n_process > 1, forked worker processes take batches of documents
        through the whole per-document work (language, either pipeline,
        assembly); this process only hands out documents and collects results,
        small records rather than Docs.
        """
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from self._process_in_workers(documents, n_process=n_process, batch_size=batch_size)
        else:  # without fork (Windows), spaCy's own multiprocessing, which sends Docs both ways
            yield from self._process_here(documents, n_process=n_process, batch_size=batch_size)

    def _process_here(self, documents: Iterable[Document], *, n_process: int = 1, batch_size: int = 16) -> Iterator[DocumentResult]:
        side: deque[DocumentResult] = deque()
        # documents waiting for their French Docs, in input order: nlp.pipe keeps the order
        pending: deque[tuple[Document, int, list[Doc]]] = deque()

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
                        docs = [self._make_doc(self.french, document, piece, offset) for offset, piece in pieces]
                        pending.append((document, len(pieces), []))
                        yield from docs
                except Exception as exc:  # one bad document must not stop the run
                    log.exception("failed on %s", document.path)
                    side.append(_failed(document, exc))

        for doc in self.french.pipe(french_docs(), batch_size=batch_size, n_process=n_process):
            while side:
                yield side.popleft()
            document, expected, parts = pending[0]
            parts.append(doc)
            if len(parts) == expected:
                pending.popleft()
                try:
                    yield self._assemble(document, parts, "fr")
                except Exception as exc:
                    log.exception("failed on %s", document.path)
                    yield _failed(document, exc)
        while side:
            yield side.popleft()
        for document, _, _ in pending:  # never lose one, even if the pipe did
            yield _failed(document, RuntimeError("the pipeline returned no result"))

    def _process_in_workers(self, documents: Iterable[Document], *, n_process: int, batch_size: int) -> Iterator[DocumentResult]:
        workers = _Workers(self, n_process=n_process, batch_size=batch_size)
        in_flight: deque[tuple[list[Document], Future[list[DocumentResult]]]] = deque()
        try:
            for batch in _batches(documents, batch_size):
                in_flight.append((batch, workers.submit(batch)))
                # a few batches ahead, so that no worker waits; no more, so that memory stays flat
                if len(in_flight) > 2 * n_process:
                    yield from workers.collect(in_flight)
            while in_flight:
                yield from workers.collect(in_flight)
        finally:
            workers.close()

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
        if "parser" not in nlp.pipe_names:
            doc = with_sound_edges(doc)
        doc._.doc_id = document.doc_id
        doc._.doc_date = document.doc_date
        doc._.char_offset = offset
        doc._.source_text = text
        return doc

    def _assemble(self, document: Document, parts: list[Doc], lang: str) -> DocumentResult:
        failures = [doc._.failure for doc in parts if doc._.failure]
        if failures:
            return _failed(document, RuntimeError("; ".join(failures)))
        rows: list[tuple[int, int, str, str, str, str, str]] = []
        candidates: list[Candidate] = []
        for doc in sorted(parts, key=lambda d: d._.char_offset):
            offset = doc._.char_offset
            # the Doc was made from document.text[offset:...]: a Span's text is a slice of it, cheaper
            # than Span.text or Doc.text, which join the tokens' texts
            text = document.text
            norm_of, rule_of = span_values(doc, "norm"), span_values(doc, "rule_id")
            country_of = span_values(doc, "country_word")
            sentences = SentenceIndex(doc)
            sentence_texts: dict[int, str] = {}
            for ent in doc.ents:
                start, end = ent.start_char, ent.end_char
                n = sentences.index(ent.start)
                sentence = sentence_texts.get(n)
                if sentence is None:
                    span = sentences.spans[n]
                    sentence = sentence_texts[n] = text[offset + span.start_char : offset + span.end_char].strip()
                ent_text = text[offset + start : offset + end]
                rule_id = rule_of(start, end)
                rows.append((start + offset, end + offset, ent_text, ent.label_, norm_of(start, end) or ent_text,
                             rule_id, sentence))
                country_word = country_of(start, end)
                if country_word:  # "l'agence spatiale russe": the state is an actor too
                    word_start, word_end, code = country_word
                    rows.append((word_start + offset, word_end + offset, text[offset + word_start : offset + word_end],
                                 "COUNTRY", code, f"{rule_id}+country", sentence))
            candidates.extend(Candidate.from_json(c) for c in (doc._.coop_events or []))
        people = canonical_people(norm for _, _, _, label, norm, _, _ in rows if label == "PER")
        mentions = tuple(
            Mention(
                doc_id=document.doc_id,
                start=start,
                end=end,
                text=ent_text,
                label=label,
                norm=people.get(norm, norm) if label == "PER" else norm,
                source="rule" if rule_id else "model",
                rule_id=rule_id,
                sentence=sentence,
            )
            for start, end, ent_text, label, norm, rule_id, sentence in rows
        )
        party_counts = Counter(m.norm for m in mentions if m.label == "COUNTRY")
        agency_counts = Counter(m.norm for m in mentions if m.label == "AGENCY")
        party_counts.update(resources.agency_country(a) for a in agency_counts.elements())
        # the European Union, a side of no country, named as "l'UE", "la Commission", "Bruxelles"
        party_counts.update(side for m in mentions if m.label == "ORG"
                            and (side := resources.organisation_side(m.norm)) in ORGANISATION_SIDES)
        # international organisations that can be a side (EUMETSAT), named how often
        international_mentions = sum(1 for m in mentions if m.label == "ORG" and m.norm in INTERNATIONAL_BODIES)
        events = resolve_events(candidates, doc_id=document.doc_id, doc_date=document.doc_date,
                                party_counts=party_counts, agency_counts=agency_counts,
                                international_mentions=international_mentions,
                                news_date=min(parts, key=lambda d: d._.char_offset)._.news_date)
        events = rename_people(events, people)
        return DocumentResult(document=document, mentions=mentions, events=tuple(events))


# The Extractor of a forked worker: set in the parent just before the workers are forked.
_WORKER_EXTRACTOR: Extractor | None = None


def _work(batch: list[Document], batch_size: int) -> list[DocumentResult]:
    """In a worker process: a batch of documents through the whole per-document work."""
    extractor = _WORKER_EXTRACTOR
    assert extractor is not None, "not a coopextract worker process"
    try:
        return list(extractor._process_here(batch, batch_size=batch_size))
    except Exception:  # the batch broke the pipeline: one document at a time, so that only the culprit fails
        log.exception("batch failed; retrying its documents one by one")
        results: list[DocumentResult] = []
        for document in batch:
            try:
                results.extend(extractor._process_here([document], batch_size=1))
            except Exception as exc:
                log.exception("failed on %s", document.path)
                results.append(_failed(document, exc))
        return results


class _Workers:
    """Forked processes, each with the parent's loaded pipelines, taking batches of documents."""

    def __init__(self, extractor: Extractor, *, n_process: int, batch_size: int) -> None:
        global _WORKER_EXTRACTOR
        _WORKER_EXTRACTOR = extractor
        self.n_process = n_process
        self.batch_size = batch_size
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=multiprocessing.get_context("fork"))

    def submit(self, batch: list[Document]) -> Future[list[DocumentResult]]:
        return self._executor.submit(_work, batch, self.batch_size)

    def collect(self, in_flight: deque[tuple[list[Document], Future[list[DocumentResult]]]]) -> list[DocumentResult]:
        """The results of the oldest batch in flight (if a worker died: of every batch in flight)."""
        batch, future = in_flight.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # a worker died (killed, out of memory, crashed in native code) and took the pool with it;
            # redo what was in flight one document at a time, so that a killer document takes only itself down
            log.error("a worker process died; retrying %d batches one document at a time", 1 + len(in_flight))
            batches = [batch, *(b for b, _ in in_flight)]
            in_flight.clear()
            self._restart()
            return [result for b in batches for document in b for result in self._isolated(document)]
        except Exception as exc:  # results that could not come back (unpicklable...)
            log.error("batch failed: %s", exc)
            return [_failed(document, exc) for document in batch]

    def _isolated(self, document: Document) -> list[DocumentResult]:
        try:
            return self._executor.submit(_work, [document], 1).result()
        except BrokenProcessPool:
            self._restart()
            return [_failed(document, RuntimeError("the worker process died on this document"))]
        except Exception as exc:
            return [_failed(document, exc)]

    def _restart(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def record_component_error(name: str, component: object, docs: list[Doc], error: Exception) -> None:
    """spaCy's error handler: log the failure instead of ending the run (the Doc leaves the stream)."""
    log.warning("component %s failed on %s: %s: %s", name, [d._.doc_id for d in docs], type(error).__name__, error)


def _join(*messages: str) -> str:
    return "; ".join(m for m in messages if m)


def _failed(document: Document, exc: BaseException) -> DocumentResult:
    message = Messages.PROCESSING_FAILED.format(error=f"{type(exc).__name__}: {exc}")
    return DocumentResult(replace(document, status=STATUS_ERROR, message=_join(document.message, message)))
