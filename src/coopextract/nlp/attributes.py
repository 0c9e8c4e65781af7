"""Custom attributes, declared once for the whole package."""

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span


def register() -> None:
    # country_word: (start_char, end_char, ISO code) of a country word inside an agency's name
    for name, default in (("norm", ""), ("rule_id", ""), ("ref", -1), ("country_word", None)):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    # document context set before the pipeline runs (documents stream as Doc objects)
    # source_text: the string the Doc was made from (`Doc.text` joins the tokens' texts at each call)
    # body_states: the state of each body the article defines by an acronym ("Mexico's ... (SCT)") or
    # introduces with a nationality ("Emirati satellite operator Yahsat")
    for name, default in (("doc_id", ""), ("doc_date", None), ("char_offset", 0), ("coop_events", None), ("failure", ""),
                          ("news_date", ""), ("source_text", None), ("body_states", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()


def doc_text(doc: Doc) -> str:
    """The Doc's text, without rebuilding it from the tokens when the pipeline was given it."""
    text = doc.user_data.get(("._.", "source_text", None, None))
    return text if text is not None else doc.text


def _plain(name: str) -> Any:
    default, method, getter, setter = Span.get_extension(name)
    if method is not None or getter is not None or setter is not None or isinstance(default, (dict, list, set)):
        raise ValueError(f"span extension {name!r} is not a plain value")
    return default


def span_setter(doc: Doc, name: str) -> Callable[[Span, Any], None]:
    """A fast writer of one Span extension: `put(span, value)` does `span._.<name> = value`.

    Writes the `doc.user_data` entry that `Span._` would write, without building
    an Underscore object per access. Only for plain extensions.
    """
    _plain(name)
    user_data = doc.user_data

    def put(span: Span, value: Any) -> None:
        user_data[("._.", name, span.start_char, span.end_char)] = value

    return put


def span_reader(name: str) -> Callable[[Span], Any]:
    """A fast reader of one Span extension: `read(span)` is `span._.<name>`, without the Underscore
    object `Span._` builds on every access (the event rules read thousands). Only for plain extensions."""
    default = _plain(name)
    key = "._."

    def read(span: Span) -> Any:
        return span.doc.user_data.get((key, name, span.start_char, span.end_char), default)

    return read


def span_values(doc: Doc, name: str) -> Callable[[int, int], Any]:
    """A fast reader of one Span extension: (start_char, end_char) → `span._.<name>`.

    `Span._` builds an Underscore object on every access; where thousands of
    spans are read this reads the same `doc.user_data` entry directly. Only for
    plain extensions (a default, no getter or method).
    """
    default = _plain(name)
    get = doc.user_data.get
    return lambda start, end: get(("._.", name, start, end), default)
