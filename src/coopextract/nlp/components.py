"""All coopextract spaCy factories; importing this module registers them."""

from .date_tagger import DateTagger, make_date_tagger
from .entity_ruler import CoopEntityRuler, make_entity_ruler
from .event_extractor import EventComponent, make_event_component
from .paragraphs import ParagraphSplitter, make_paragraph_splitter
from .person_finder import PersonFinder, make_person_finder

__all__ = [
    "CoopEntityRuler",
    "DateTagger",
    "EventComponent",
    "ParagraphSplitter",
    "PersonFinder",
    "make_date_tagger",
    "make_entity_ruler",
    "make_event_component",
    "make_paragraph_splitter",
    "make_person_finder",
]
