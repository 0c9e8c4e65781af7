"""Language identification: langdetect, made deterministic, with its probability."""

from __future__ import annotations

from dataclasses import replace
from threading import Lock

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

from .errors import Messages
from .records import STATUS_OK, STATUS_SKIPPED_LANGUAGE, Document

SUPPORTED_LANGUAGES = ("fr", "en")
# langdetect's cost grows with the text; a press article's first paragraphs are enough
SAMPLE_CHARS = 500
SEED = 0
_lock = Lock()


def _factory():
    with _lock:
        init_factory()  # loads the profiles once per process
        from langdetect import detector_factory

        return detector_factory._factory


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ("", 0.0) when the text has nothing to go on."""
    sample = " ".join(text.split())[:SAMPLE_CHARS]
    if len(sample) < 3:
        return "", 0.0
    detector = _factory().create()
    detector.set_seed = None
    DetectorFactory.seed = SEED
    detector.seed = SEED  # a fresh detector with a fixed seed: same answer whatever came before
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return best.lang.split("-")[0], round(float(best.prob), 4)


def assign_language(document: Document) -> Document:
    """Fill lang/lang_score; a language we do not handle is recorded as skipped."""
    if document.status != STATUS_OK:
        return document
    lang, score = detect_language(document.text)
    if not lang:
        return replace(document, status=STATUS_SKIPPED_LANGUAGE, message=_join(document.message, Messages.LANGUAGE_UNKNOWN))
    document = replace(document, lang=lang, lang_score=score)
    if lang not in SUPPORTED_LANGUAGES:
        message = Messages.LANGUAGE_SKIPPED.format(lang=lang, score=score)
        return replace(document, status=STATUS_SKIPPED_LANGUAGE, message=_join(document.message, message))
    return document


def _join(*messages: str) -> str:
    return "; ".join(m for m in messages if m)
