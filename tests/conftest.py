"""Shared fixtures: the real pipelines, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"


@pytest.fixture(scope="session")
def extractor():
    from coopextract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp_fr(extractor):
    return extractor.french


@pytest.fixture(scope="session")
def nlp_en(extractor):
    return extractor.english


@pytest.fixture(scope="session")
def blank_fr():
    """Rules only, no statistical model: milliseconds per test."""
    from coopextract.nlp import components  # noqa: F401

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("coop_entity_ruler", config={"lang": "fr"})
    return nlp


@pytest.fixture(scope="session")
def blank_en():
    from coopextract.nlp import components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("coop_entity_ruler", config={"lang": "en"})
    return nlp


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, extractor):
    """One run of the whole bundled corpus, shared by the end-to-end tests."""
    from coopextract.runner import run

    out = tmp_path_factory.mktemp("corpus_run")
    summary = run([CORPUS], out, progress=False, extractor=extractor)
    return out, summary
