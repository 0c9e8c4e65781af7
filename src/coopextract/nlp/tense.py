"""Verb forms the morphologizer gets wrong, read from the surface."""

from __future__ import annotations

from spacy.tokens import Token


def is_future_form(token: Token, endings: tuple[str, ...]) -> bool:
    """Future or conditional by its ending, built on the infinitive ("signeront", "conclurait", "mettra").

    fr_core_news_md often tags such forms as present; the surface form does not lie.
    """
    if token.pos_ not in ("VERB", "AUX") or not endings:
        return False
    lemma, text = (token.lemma_ or token.lower_).lower(), token.lower_
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return text != lemma and text.startswith(stem) and text.endswith(endings)
