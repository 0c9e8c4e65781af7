"""The events step inside the pipeline: candidates stored on `doc._.coop_events`.

Candidates are kept as plain JSON-able dicts so that they travel with the Doc
between worker processes (`nlp.pipe(n_process=...)` serialises `user_data`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..events import EventExtractor
from . import attributes  # noqa: F401
from .guard import guarded
from .words import DocWords


class EventComponent:
    def __init__(self, nlp: Language, name: str = "coop_events", *, lang: str) -> None:
        self.name = name
        self.extractor = EventExtractor(lang)

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.coop_events = [c.to_json() for c in self.extractor(doc)]
        finally:
            DocWords.release(doc)
        return doc


@Language.factory("coop_events", assigns=["doc._.coop_events"], default_config={"lang": "fr"})
def make_event_component(nlp: Language, name: str, lang: str) -> EventComponent:
    return EventComponent(nlp, name, lang=lang)
