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



def _probabilities(detector_class, text: str):
    """Every language's probability and the ranking, as `detect_language` samples the text."""
    from langdetect.lang_detect_exception import LangDetectException

    from coopextract.language import SAMPLE_CHARS, SEED, _factory

    detector = detector_class(_factory())
    detector.seed = SEED
    detector.append(" ".join(text.split())[:SAMPLE_CHARS])
    try:
        ranking = detector.get_probabilities()
    except LangDetectException as exc:
        return str(exc)
    return detector.langprob, [(language.lang, language.prob) for language in ranking]


def _varied_texts() -> list[str]:
    import random

    from .conftest import CORPUS

    texts = [t for t, _ in TEXTS]
    for path in sorted(CORPUS.glob("*/*.txt")):
        body = path.read_text(encoding="utf-8")
        texts += [body, body[700:], body.upper()]
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ éèàçôœ«»’'-0123456789.,;!?  \n\tабвгдλμνξ日本語中文한국어ひらがなカタカナابت"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 600))) for _ in range(150)]
    texts += ["see http://example.org/x?a=b or write to me@example.org  now", "AAAA BBBB CCCC", "x y", "ÀÉÎÕÜ àéîõü ſ K"]
    return texts


def test_fast_detector_gives_langdetects_answers():
    """Same n-grams drawn, same stopping points: the same ranking, probabilities equal but for rounding in the last bits."""
    from langdetect.detector import Detector

    from coopextract.language import FastDetector

    for text in _varied_texts():
        fast, original = _probabilities(FastDetector, text), _probabilities(Detector, text)
        if isinstance(original, str):
            assert fast == original, text[:80]
            continue
        assert fast[0] == pytest.approx(original[0], abs=1e-9), text[:80]
        assert [lang for lang, _ in fast[1]] == [lang for lang, _ in original[1]], text[:80]
        assert [round(p, 4) for _, p in fast[1]] == [round(p, 4) for _, p in original[1]], text[:80]
