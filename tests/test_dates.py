"""Dates: (text, document date, expected [(matched text, value)]) with a pinned document date."""

from __future__ import annotations

import pytest

from coopextract.dates import find_dates, normalise_date

FRENCH = [
    ("Le communiqué publié ce 9 mars précise", "2021-03", [("9 mars", "2021-03-09")]),
    ("Il avait été chargé le 12 février de négocier", "2021-03", [("12 février", "2021-02-12")]),
    ("durant l'été 2020, l'agence", "2021-03", [("été 2020", "2020-SU")]),
    ("à l'automne 2022", "2023-01-10", [("automne 2022", "2022-FA")]),
    ("En novembre 2017, les deux agences", "2021-03", [("novembre 2017", "2017-11")]),
    ("pour la période 2018-2022", "2021-03", [("2018-2022", "2018/2022")]),
    ("de 2021 à 2025", "2021-03", [("de 2021 à 2025", "2021/2025")]),
    ("entre 2019 et 2024", "2021-03", [("entre 2019 et 2024", "2019/2024")]),
    ("une coopération renforcée depuis 2017", "2021-03", [("2017", "2017")]),
    ("Le 25 juin 2016, les gouvernements", "2018-03", [("25 juin 2016", "2016-06-25")]),
    ("le 1er juillet 2022", "2023-01", [("1er juillet 2022", "2022-07-01")]),
    ("le 3 fevrier 2020 et le 4 aout 2021", "2022", [("3 fevrier 2020", "2020-02-03"), ("4 aout 2021", "2021-08-04")]),
    ("hier, la NASA a confirmé", "2022-03-17", [("hier", "2022-03-16")]),
    ("avant-hier", "2022-03-17", [("avant-hier", "2022-03-15")]),
    ("mardi, à Pékin", "2022-03-17", [("mardi", "2022-03-15")]),
    ("mardi dernier", "2022-03-17", [("mardi dernier", "2022-03-15")]),
    ("mardi prochain", "2022-03-17", [("mardi prochain", "2022-03-22")]),
    ("le 9 mars prochain", "2021-03-05", [("9 mars prochain", "2021-03-09")]),
    ("le 20 décembre", "2021-03-05", [("20 décembre", "2020-12-20")]),
    ("en juillet dernier", "2022-03-17", [("juillet dernier", "2021-07")]),
    ("en mars", "2022-05-02", [("mars", "2022-03")]),
    ("l'an dernier", "2022-03", [("l'an dernier", "2021")]),
    ("l'année prochaine", "2022-03", [("l'année prochaine", "2023")]),
    ("début 2023", "2022-10", [("2023", "2023")]),
    ("d'ici 2030", "2022", [("2030", "2030")]),
    ("le 2021-03-09", "2022", [("2021-03-09", "2021-03-09")]),
    ("le 09/03/2021", "2022", [("09/03/2021", "2021-03-09")]),
    # negatives: no value, or nothing placed on the calendar
    ("sa mission et le lanceur", "2021-03", []),
    ("une mission vers Mars en préparation", "2021-03", []),
    ("la sonde sur Mars", "2021-03", []),
    ("la mission Louna-26 et ses 2 000 km", "2021-03", []),
    ("depuis plusieurs années", "2021-03", []),
    ("pendant dix ans", "2021-03", []),
    ("hier", "2022-03", []),  # no day in the document date: never invent one
    ("mardi", None, []),
    ("le 9 mars", None, []),
]

ENGLISH = [
    ("On March 9, 2021, the agencies", "2021-04", [("March 9, 2021", "2021-03-09")]),
    ("signed on 30 September 2014", "2014-10", [("30 September 2014", "2014-09-30")]),
    ("in the summer of 2020", "2021", [("summer of 2020", "2020-SU")]),
    ("from 2018 to 2022", "2021", [("from 2018 to 2022", "2018/2022")]),
    ("for 2018-2022", "2021", [("2018-2022", "2018/2022")]),
    ("last Tuesday", "2022-03-17", [("last Tuesday", "2022-03-15")]),
    ("yesterday", "2022-03-17", [("yesterday", "2022-03-16")]),
    ("in July", "2022-10-01", [("July", "2022-07")]),
    ("last year", "2022-10", [("last year", "2021")]),
    ("since 2017", "2022", [("2017", "2017")]),
    ("the Mars Sample Return mission", "2022", []),
    ("for many years", "2022", []),
]


@pytest.mark.parametrize("text,doc_date,expected", FRENCH)
def test_french(text, doc_date, expected):
    assert [(m.text, m.value) for m in find_dates(text, doc_date=doc_date, lang="fr")] == expected


@pytest.mark.parametrize("text,doc_date,expected", ENGLISH)
def test_english(text, doc_date, expected):
    assert [(m.text, m.value) for m in find_dates(text, doc_date=doc_date, lang="en")] == expected


def test_offsets_point_at_the_expression():
    text = "Roscosmos a signé le 12 février 2021 un accord."
    (match,) = find_dates(text, doc_date="2021-03", lang="fr")
    assert text[match.start : match.end] == "12 février 2021"


def test_future_hook_moves_a_day_forward():
    assert normalise_date("le 9 mars", doc_date="2021-03-05", lang="fr", future=True) == "2021-03-09"
    assert normalise_date("le 9 mars", doc_date="2021-03-05", lang="fr") == "2020-03-09"


def test_seed_sentences():
    text = ("Un communiqué publié ce 9 mars par Roskosmos. Plus tôt, durant l'été 2020, Pékin avait ouvert son projet. "
            "En novembre 2017, un programme de coopération pour la période 2018-2022.")
    values = [m.value for m in find_dates(text, doc_date="2021-03", lang="fr")]
    assert values == ["2021-03-09", "2020-SU", "2017-11", "2018/2022"]


def _gate_texts(lang: str) -> list[str]:
    """Texts full of date expressions, in every case, with the characters case folding treats apart."""
    import random

    from coopextract.dates import CASE_FOLD_EXCEPTIONS

    from .conftest import CORPUS

    cases = FRENCH if lang == "fr" else ENGLISH
    texts = [text for text, _, _ in cases]
    texts += [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*/*.txt"))]
    rng = random.Random(5)
    words = " ".join(texts).split() + ["Mars", "MARS", "Janv.", "sept.", "1ST", "ıl", "ſept", "İci", "Σ", "KM"]
    for _ in range(300):
        sample = rng.sample(words, min(len(words), rng.randint(1, 40)))
        text = " ".join(sample)
        texts.append(rng.choice([text, text.upper(), text.title(), text.lower()]))
    texts += [t.upper() for t in texts[:50]] + [t.replace("i", "ı") for t in texts[:20]]
    texts += [t.replace("s", rng.choice(CASE_FOLD_EXCEPTIONS)) for t in texts[:20]]
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_gate_finds_what_scanning_with_every_pattern_finds(lang):
    """find_dates tries each pattern only where the combined gate matched: same matches as pattern.finditer."""
    from coopextract.dates import _finditer, grammar

    g = grammar(lang)
    assert g.lowered_gate is not None  # the fast path exists for the shipped grammars
    for text in _gate_texts(lang):
        starts = g.starts(text)
        for _, pattern in g.patterns:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _finditer(pattern, text, starts)] == expected, (pattern.pattern[:40], text[:80])


@pytest.mark.parametrize("lowered", [False, True])
def test_gate_of_patterns_without_a_word_start(lowered):
    """A pattern that may start inside a word makes the gate drop its shared word-start check."""
    import re

    from coopextract.dates import _finditer, _gate

    sources = [r"(?<![\w\-/])(?P<d>\d+)\s+(?P<mo>mai)", r"x(?P<n>\d)", r"(?:(?<![\w])(?P<p>en)\s*)(?P<y>20\d\d)"]
    gate = _gate(sources, lowered=lowered)
    patterns = [re.compile(source, re.IGNORECASE) for source in sources]
    for text in ["12 mai, ax1 bx2 en 2021 En2022 3 MAI", "AX9 12 Mai", "x1x2x3", "1/2 mai-3 mai en  2020"]:
        subject = text.lower() if lowered else text
        starts = [m.start() for m in gate.finditer(subject)]
        for pattern in patterns:
            assert [m.span() for m in _finditer(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]
