"""Paragraph breaks as sentence starts: the vectorised component against the rule written as a loop."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.attrs import SENT_START

from coopextract.nlp.paragraphs import SENTENCE_END, ParagraphSplitter


def loop_reference(doc):
    """The rule, token by token: a start after a line break, none after a word that cannot end a sentence."""
    values = [int(v) for v in doc.to_array([SENT_START]).astype("int64")]
    values[0] = 1
    previous, after_break = doc[0], False
    for token in doc[1:]:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break:
            values[token.i] = 1
        elif previous.text[-1:] not in SENTENCE_END:
            values[token.i] = -1
        previous, after_break = token, False
    return values


PIECES = ["\n", "\n\n", " ", "  ", "\t", "\n \n", "Le", "CNES", "M.", ".", "!", "…", ")", "»", "«", "”", '"', ":", "x;",
          "2021", "a", "Premier", "ministre"]


def _texts():
    rng = random.Random(11)
    texts = ["", "a", "\n", "Titre\n\nLe texte. Suite", "Le Premier ministre russe\nMikhaïl Michoustine a signé."]
    for _ in range(1500):
        texts.append("".join(rng.choice(PIECES) + (" " if rng.random() < 0.5 else "") for _ in range(rng.randint(1, 30))))
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_paragraph_splitter_is_the_loop_rule(lang):
    nlp = spacy.blank(lang)
    splitter = ParagraphSplitter(nlp)
    for text in _texts():
        doc = nlp.make_doc(text)
        if len(doc) < 2:
            continue
        expected = loop_reference(nlp.make_doc(text))
        assert [int(v) for v in splitter(doc).to_array([SENT_START]).astype("int64")] == expected, repr(text)
