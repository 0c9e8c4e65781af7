from __future__ import annotations

import pytest

from coopextract.language import assign_language, detect_language
from coopextract.records import Document

TEXTS = [
    ("Les agences spatiales russe et chinoise ont signé un mémorandum sur la station lunaire.", "fr"),
    ("India signed the Artemis Accords in Washington on Wednesday, NASA said.", "en"),
    ("Die Raumfahrtagenturen haben am Dienstag eine Absichtserklärung über die Mondstation unterzeichnet.", "de"),
    ("La agencia espacial mexicana firmó un memorando de entendimiento sobre la exploración lunar.", "es"),
    ("L'Agenzia spaziale italiana ha firmato un accordo con la NASA per il programma Artemis.", "it"),
]


@pytest.mark.parametrize("text,lang", TEXTS)
def test_detects(text, lang):
    detected, score = detect_language(text)
    assert detected == lang and 0.5 < score <= 1.0


def test_deterministic_in_any_order():
    first = [detect_language(t) for t, _ in TEXTS]
    second = [detect_language(t) for t, _ in reversed(TEXTS)][::-1]
    assert first == second


def test_nothing_to_go_on():
    assert detect_language("  ") == ("", 0.0)
    doc = assign_language(Document(doc_id="x", path="x", text="12 34"))
    assert doc.status == "skipped_language"


def test_other_language_is_skipped_with_a_message():
    doc = assign_language(Document(doc_id="x", path="x", text=TEXTS[2][0]))
    assert doc.status == "skipped_language" and doc.lang == "de" and "'de'" in doc.message



def _langdetect(text: str) -> str:
    """langdetect's own answer on the sample `detect_language` reads (its seven random trials, seed 0)."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import LangDetectException

    from coopextract.language import SAMPLE_CHARS, _factory

    detector = Detector(_factory())
    detector.seed = 0
    detector.append(" ".join(text.split())[:SAMPLE_CHARS])
    try:
        return detector.get_probabilities()[0].lang.split("-")[0]
    except (LangDetectException, IndexError):
        return ""


def test_same_language_as_langdetect_on_every_corpus_document():
    from coopextract.ingest import read_document

    from .conftest import CORPUS

    paths = sorted(CORPUS.glob("*/*.txt"))
    assert len(paths) > 300
    for path in paths:
        text = read_document(path).text
        assert detect_language(text)[0] == _langdetect(text), path.name


def test_a_mixed_text_scores_lower_than_a_clear_one():
    french = ("Les agences spatiales russe et chinoise ont signé mercredi à Moscou un mémorandum sur la "
              "construction d'une station lunaire, a annoncé le gouvernement. ")
    english = ("The Russian and Chinese space agencies signed on Wednesday in Moscow a memorandum on building "
               "a lunar station, the government said. ")
    clear, mixed = detect_language(french * 2), detect_language(french + english)
    assert clear == ("fr", 1.0)
    assert mixed[0] == "fr" and mixed[1] < 0.99
