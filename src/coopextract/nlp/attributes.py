"""Custom attributes, declared once for the whole package."""

from spacy.tokens import Doc, Span


def register() -> None:
    # country_word: (start_char, end_char, ISO code) of a country word inside an agency's name
    for name, default in (("norm", ""), ("rule_id", ""), ("ref", -1), ("country_word", None)):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    # document context set before the pipeline runs (documents stream as Doc objects)
    for name, default in (("doc_id", ""), ("doc_date", None), ("char_offset", 0), ("coop_events", None), ("failure", ""), ("news_date", "")):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
