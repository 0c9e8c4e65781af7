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
