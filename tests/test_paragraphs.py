"""Paragraph breaks as sentence starts: the vectorised component against the rule written as a loop."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.attrs import SENT_START

from coopextract.nlp.paragraphs import DASHES, KICKER_TOKENS, SENTENCE_END, ParagraphSplitter


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
        elif previous.text[-1:] not in SENTENCE_END or (len(previous.text) == 2 and previous.text[0].isupper()
                                                          and previous.text[1] == "."):
            values[token.i] = -1
        previous, after_break = token, False
    # a paragraph opened by capitals and a dash within a few words ("ANALYSE —", "PÉKIN, 6 mai (AFP) —"):
    # the dash ends that sentence, the next word starts one
    for start in [i for i, v in enumerate(values) if v == 1]:
        first = doc[start].text
        if len(first) < 3 or not first.isupper() or not first.isalpha():
            continue
        lowercase = 0
        for k in range(start + 1, min(start + KICKER_TOKENS, len(doc) - 1)):
            text = doc[k].text
            if text in DASHES:
                values[k], values[k + 1] = -1, 1
                break
            if (text in SENTENCE_END and text != ")") or "\n" in text:
                break
            lowercase += text.islower()
            if lowercase > 2:
                break
    return values


PIECES = ["\n", "\n\n", " ", "  ", "\t", "\n \n", "Le", "CNES", "M.", ".", "!", "…", ")", "»", "«", "”", '"', ":", "x;",
          "2021", "a", "Premier", "ministre", "G.", "—", "-", "PÉKIN", "ANALYSE", ",", "(AFP)"]


def _texts():
    rng = random.Random(11)
    texts = ["", "a", "\n", "Titre\n\nLe texte. Suite", "Le Premier ministre russe\nMikhaïl Michoustine a signé.",
             "ANALYSE — Entré en vigueur mercredi, le traité", "Titre\n\nPÉKIN, 6 mai (AFP) - La Chine a signé."]
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


def test_a_kicker_ends_at_its_dash():
    nlp = spacy.blank("fr")
    doc = ParagraphSplitter(nlp)(nlp.make_doc("Titre\n\nPÉKIN, 6 mai (AFP) - La Chine a signé. NASA — un mot"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Titre", "PÉKIN", "La"]


def test_an_initial_ends_no_sentence():
    nlp = spacy.blank("fr")
    doc = ParagraphSplitter(nlp)(nlp.make_doc("Il a signé avec G. Madhavan Nair deux mémorandums. Puis il est parti."))
    assert [t.text for t in doc if t.is_sent_start] == ["Il"]
