"""Custom attributes, declared once for the whole package."""

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span


def register() -> None:
    for name, default in (("norm", ""), ("rule_id", ""), ("ref", -1)):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    # document context set before the pipeline runs (documents stream as Doc objects)
    for name, default in (("doc_id", ""), ("doc_date", None), ("char_offset", 0), ("coop_events", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()


def span_values(doc: Doc, name: str) -> Callable[[int, int], Any]:
    """A fast reader of one Span extension: (start_char, end_char) → `span._.<name>`.

    `Span._` builds an Underscore object on every access; where thousands of
    spans are read this reads the same `doc.user_data` entry directly. Only for
    plain extensions (a default, no getter or method).
    """
    default, method, getter, _ = Span.get_extension(name)
    if method is not None or getter is not None or isinstance(default, (dict, list, set)):
        raise ValueError(f"span extension {name!r} is not a plain value")
    get = doc.user_data.get
    return lambda start, end: get(("._.", name, start, end), default)
