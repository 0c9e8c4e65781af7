"""Extractor.process: the same results in worker processes as here; no document lost."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from coopextract import pipeline
from coopextract.ingest import iter_documents
from coopextract.records import STATUS_ERROR, STATUS_OK, Document

from .conftest import CORPUS

ENGLISH = "NASA and ISRO signed a memorandum of understanding in Washington on June 21, 2023, officials said."
GERMAN = "Die Raumfahrtagenturen haben am Dienstag eine Absichtserklärung über die Mondstation unterzeichnet."


def _documents() -> list[Document]:
    documents = list(iter_documents([CORPUS / "dev"]))
    french = documents[0]
    documents += [
        Document(doc_id="en", path="en.txt", text=ENGLISH, doc_date="2023-06-22", n_chars=len(ENGLISH)),
        Document(doc_id="de", path="de.txt", text=GERMAN, doc_date="2023-06-22", n_chars=len(GERMAN)),
        Document(doc_id="empty", path="empty.txt", status="empty"),
        # the same file name in two folders: the same doc_id
        replace(french, path="other/" + french.path),
    ]
    return documents


def _key(result):
    return (result.document.path, result.document.doc_id)


def test_workers_give_the_results_of_one_process(extractor):
    documents = _documents()
    here = sorted(extractor.process(documents, n_process=1, batch_size=2), key=_key)
    forked = sorted(extractor.process(documents, n_process=2, batch_size=2), key=_key)
    assert len(here) == len(documents)
    assert forked == here
    assert {r.document.status for r in here} >= {STATUS_OK, "skipped_language", "empty"}


def test_a_document_that_kills_its_worker_fails_alone(extractor, monkeypatch):
    documents = _documents()
    killer = replace(documents[-1], doc_id="killer", path="killer.txt")
    original = pipeline.assign_language

    def assign_or_die(document):
        if document.doc_id == "killer" and os.getpid() != parent:
            os._exit(13)  # as if the process were killed
        return original(document)

    parent = os.getpid()
    monkeypatch.setattr(pipeline, "assign_language", assign_or_die)
    results = list(extractor.process([*documents, killer], n_process=2, batch_size=2))
    by_path = {r.document.path: r for r in results}
    assert len(results) == len(documents) + 1
    assert by_path["killer.txt"].document.status == STATUS_ERROR
    assert "died" in by_path["killer.txt"].document.message
    assert all(r.document.status != STATUS_ERROR for r in results if r.document.path != "killer.txt")


def test_without_fork_spacy_multiprocessing_gives_the_same_results(extractor, monkeypatch):
    documents = _documents()
    here = sorted(extractor.process(documents, n_process=1, batch_size=2), key=_key)
    monkeypatch.setattr(pipeline.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert sorted(extractor.process(documents, n_process=2, batch_size=2), key=_key) == here
