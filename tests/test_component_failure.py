"""A component that fails on one document costs that document, not the batch or the run."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from coopextract.nlp.guard import guarded
from coopextract.records import STATUS_ERROR, STATUS_OK, Document


class ExplodesOnBoom:
    """Stands for a rule with a bug that only one text triggers."""

    name = "test_explodes_on_boom"

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise ValueError("a bug in a rule")
        return doc


@Language.factory("test_explodes_on_boom")
def make_explodes_on_boom(nlp: Language, name: str) -> ExplodesOnBoom:
    return ExplodesOnBoom()


def test_one_failing_document_does_not_stop_the_batch(extractor):
    texts = {
        "a": "La NASA et l'ISRO ont signé mardi un mémorandum sur la mission NISAR.",
        "b": "BOOM : la CNSA et Roscosmos ont signé un accord sur la Lune.",
        "c": "Le CNES et la JAXA ont signé jeudi un accord-cadre sur la mission MMX.",
    }
    documents = [Document(doc_id=k, path=f"{k}.txt", text=v, doc_date="2024-05-16", n_chars=len(v))
                 for k, v in texts.items()]
    extractor.french.add_pipe("test_explodes_on_boom", after="coop_entity_ruler")
    try:
        results = {r.document.doc_id: r for r in extractor.process(documents, batch_size=8)}
    finally:
        extractor.french.remove_pipe("test_explodes_on_boom")
    failed = results["b"].document
    assert failed.status == STATUS_ERROR
    assert "test_explodes_on_boom" in failed.message and "a bug in a rule" in failed.message
    assert not results["b"].events and not results["b"].mentions
    for ok in ("a", "c"):
        assert results[ok].document.status == STATUS_OK and results[ok].events
