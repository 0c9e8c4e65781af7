"""Dates: (text, document date, expected [(matched text, value)]) with a pinned document date."""

from __future__ import annotations

import pytest

from coopextract.dates import find_dates, normalise_date

FRENCH = [
    # a since-date runs till the document date: its year is not carried over from the sentence
    ("Signé le 26 novembre 2021, puis ratifié en 2022 par les Parlements, le traité s'applique depuis le 1er février",
     "2023-02-03", [("26 novembre 2021", "2021-11-26"), ("2022", "2022"), ("1er février", "2023-02-01")]),
    # a year frames its sentence only where it opens it or is set off
    ("Six pays ont rejoint l'ILRS en 2023, et le Nicaragua a signé en avril", "2024-05-10",
     [("2023", "2023"), ("avril", "2024-04")]),
    ("Puis, en 2009, elles ont signé en juin", "2015-10", [("2009", "2009"), ("juin", "2009-06")]),
    # "le même jour" is a day: not a since-date, not a year
    ("Signé le 26 novembre 2021, le traité s'applique depuis le 1er février. Le même jour, un accord",
     "2023-02-03", [("26 novembre 2021", "2021-11-26"), ("1er février", "2023-02-01"), ("Le même jour", "2021-11-26")]),
    # a day alone takes the month of the date before it; not a day before that date, nor a number
    ("Arrivé à Téhéran le 25 avril 2023. Le 28, les deux pays ont signé", "2023-05-02",
     [("25 avril 2023", "2023-04-25"), ("28", "2023-04-28")]),
    ("En mars 2021, la visite. Le 1er au soir, un accord", "2023-05-02", [("mars 2021", "2021-03"), ("1er", "2021-03-01")]),
    ("Arrivé le 30 avril 2023, il a signé le 2, à Pékin", "2023-05-02", [("30 avril 2023", "2023-04-30")]),
    ("Le 28 est un nombre; le 12 avril 2021, réunion. Le 31, signature", "2023-05-02", [("12 avril 2021", "2021-04-12")]),
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
    ("à 2000 km de la Terre", "2021-03", []),  # a quantity, not a year
    ("prévu en 2028 ou 2029", "2025-04", [("2028", "2028"), ("2029", "2029")]),
    ("à l'horizon 2047", "2023-07", [("2047", "2047")]),
    ("le texte de juillet", "2024-08-06", [("juillet", "2024-07")]),
    ("une coopération qui remonte à 1964", "2021-04", [("1964", "1964")]),
    # the day of the document's week; until a day: the coming one
    ("Il doit parler ce mercredi", "2022-12-14", [("ce mercredi", "2022-12-14")]),
    ("ce lundi, la NASA a confirmé", "2022-12-14", [("ce lundi", "2022-12-12")]),
    ("le sommet se poursuit jusqu'à jeudi", "2022-12-14", [("jeudi", "2022-12-15")]),
    # a day with a relative year
    ("le 18 janvier de cette année", "2025-06-26", [("18 janvier de cette année", "2025-01-18")]),
    # anaphora: the precision asked, from the date before
    ("Le 6 juillet 1988, à Pékin. Ce jour-là, ils signèrent.", "2023-04-15",
     [("6 juillet 1988", "1988-07-06"), ("Ce jour-là", "1988-07-06")]),
    ("signé le 14 juillet. Le lendemain, Moscou annonçait", "2022-07-20",
     [("14 juillet", "2022-07-14"), ("Le lendemain", "2022-07-15")]),
    ("En mai 2015, un accord ; l'année suivante, un autre.", "2020", [("mai 2015", "2015-05"), ("l'année suivante", "2016")]),
    ("Ce jour-là, rien.", "2020-05-01", []),  # nothing before it: no value
    # « -là » makes "cette année" the year before, not the article's
    ("Le conflit remonte à 1999. Cette année-là, ils signèrent. En mars 2003, rien. Ce mois-là, non plus.", "2014-01-31",
     [("1999", "1999"), ("Cette année-là", "1999"), ("mars 2003", "2003-03"), ("Ce mois-là", "2003-03")]),
    ("En juin 2018, un mémorandum. Le 3 octobre de la même année, un accord.", "2023-02-22",
     [("juin 2018", "2018-06"), ("3 octobre de la même année", "2018-10-03")]),
    ("lancée en février 2019, elle s'était écrasée le 11 avril suivant", "2023-02-22",
     [("février 2019", "2019-02"), ("11 avril suivant", "2019-04-11")]),
    ("signé le 8 décembre 2020. Huit jours plus tard, le traité", "2024-06-28",
     [("8 décembre 2020", "2020-12-08"), ("Huit jours plus tard", "2020-12-16")]),
    ("le 14 juillet, à la veille de la visite du président", "2022-12-14", [("14 juillet", "2022-07-14")]),
    ("entre février 2020 et mars 2021", "2024-02-28", [("entre février 2020 et mars 2021", "2020-02/2021-03")]),
    ("cet été", "2023-06-21", [("cet été", "2023-SU")]),
    ("en 2024 et 2025", "2023", [("2024", "2024"), ("2025", "2025")]),  # two years, not a period
    # a day without a year takes the year of the full date it is coordinated with
    ("lancés le 14 juillet et le 2 septembre 2023", "2025-05-10",
     [("14 juillet", "2023-07-14"), ("2 septembre 2023", "2023-09-02")]),
    # an agreement named by its date exists: the date is past, even in a clause about the future
    ("l'atelier prévu par l'accord du 11 février se tiendra", "2018-04-20", [("11 février", "2018-02-11")]),
    ("le premier pays de l'année 2024", "2024-01-24", [("2024", "2024")]),
    ("doit être lancé d'ici la fin de l'année", "2018-04-20", [("la fin de l'année", "2018")]),
    ("à la fin de l'année 2019", "2024-01-24", [("2019", "2019")]),
    # the rover Mars 2020 is a name; "en mars 2020" is a month
    ("le rover américain Mars 2020, lancé en juillet 2020", "2018-05-02", [("juillet 2020", "2020-07")]),
    # a date inside a quotation is the speaker's, not an antecedent outside it
    ("signé mercredi. « Aujourd'hui plus que jamais », dit-il. Le même jour, un autre accord", "2024-04-26",
     [("mercredi", "2024-04-24"), ("Aujourd'hui", "2024-04-26"), ("Le même jour", "2024-04-24")]),
    # a month without a year, later in the sentence than a dated one, continues from it
    ("en mars 2022, elle avait suspendu l'accord, avant d'y mettre fin en juillet.", "2025-06-09",
     [("mars 2022", "2022-03"), ("juillet", "2022-07")]),
    ("En novembre 2021, puis en février, ils ont signé.", "2024-01-01", [("novembre 2021", "2021-11"), ("février", "2022-02")]),
    ("En mars 2022 rien. En juillet, tout.", "2025-06-09", [("mars 2022", "2022-03"), ("juillet", "2024-07")]),
    # a weekday set off after a day names that day
    ("Le 4 février 2023, un samedi, le gouvernement a mis fin à l'accord.", "2025-10-30",
     [("4 février 2023", "2023-02-04"), ("samedi", "2023-02-04")]),
    ("précédée du 15 au 19 avril par la réunion du Conseil", "2025-04-25", [("du 15 au 19 avril", "2025-04-15/2025-04-19")]),
    ("un partenariat annoncé en juin de l'an dernier", "2022-07-21", [("juin de l'an dernier", "2021-06")]),
    ("Cette coopération ne date pas d'hier.", "2022-07-21", []),  # an idiom, not a day
]

FRENCH += [
    # a past year given as the time of what follows frames the sentence's months and days
    ("Tout s'est accéléré en 2009 : reçues en janvier, elles ont signé le 20 mars une déclaration, puis, en juin, un accord",
     "2015-10", [("2009", "2009"), ("janvier", "2009-01"), ("20 mars", "2009-03-20"), ("juin", "2009-06")]),
    # ... a year to come does not, nor a year where a month-dated date comes before
    ("le programme, qui doit aboutir en 2030, a été signé le 3 juin", "2024-09-01", [("2030", "2030"), ("3 juin", "2024-06-03")]),
    ("en mars 2022, elle avait suspendu l'accord conclu en 2013, avant d'y mettre fin en juillet", "2024-01-10",
     [("mars 2022", "2022-03"), ("2013", "2013"), ("juillet", "2022-07")]),
]

ENGLISH = [
    ("The minister arrived on April 25, 2023. On the 28th, the two sides signed", "2023-05-02",
     [("April 25, 2023", "2023-04-25"), ("28th", "2023-04-28")]),
    ("In April 2023 the talks began. On the 28th anniversary of the launch", "2023-05-02", [("April 2023", "2023-04")]),
    # a weekday with its day after a comma is one date, that day (not the header's week)
    ("They signed a memorandum on Tuesday, Nov. 14, at the campus.", "2023-11-21", [("Tuesday, Nov. 14", "2023-11-14")]),
    ("SEOUL, April 16 — the agency said on the 16th. Talks were held on the 14th (local time)", "2026-04-16",
     [("April 16", "2026-04-16"), ("16th", "2026-04-16"), ("14th", "2026-04-14")]),
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
    ("New Zealand followed on May 31: Peter Crabtree signed", "2021-06-16", [("May 31", "2021-05-31")]),
    ("since it opened in May", "2024-09-23", [("May", "2024-05")]),
    ("the agencies may sign", "2024-09-23", []),
    ("whose first flight is planned for 2022", "2020-10", [("2022", "2022")]),
    ("on Jan. 18 this year the agency signed", "2025-06-26", [("Jan. 18 this year", "2025-01-18")]),
    ("in the summer of 2020. That October, Japan signed.", "2024-04-10",
     [("summer of 2020", "2020-SU"), ("That October", "2020-10")]),
    ("this Friday", "2024-04-10", [("this Friday", "2024-04-12")]),
    ("signed on April 27, 2016, it took effect on Nov. 3 that year", "2023-04-27",
     [("April 27, 2016", "2016-04-27"), ("Nov. 3 that year", "2016-11-03")]),
    ("the first contract on Dec. 8, 2020. Eight days later, the treaty", "2024-06-28",
     [("Dec. 8, 2020", "2020-12-08"), ("Eight days later", "2020-12-16")]),
    ("a rover to the Moon as early as 2026", "2021-10-15", [("2026", "2026")]),
    ("Brazil has terminated the 2003 treaty with Ukraine", "2015-11-05", [("2003", "2003")]),
    ("the memorandum replaces a 2014 arrangement", "2022-09-22", [("2014", "2014")]),
    ("launched on July 14 and September 2, 2023", "2025-05-10", [("July 14", "2023-07-14"), ("September 2, 2023", "2023-09-02")]),
    ("Poland (October 2021) and Mexico (December)", "2022-03-02", [("October 2021", "2021-10"), ("December", "2021-12")]),
]

FRENCH += [
    # a day of a month given relative to the document's month
    ("Le 6 de ce mois, à Astana, EADS Astrium a signé un contrat", "2009-10-16", [("6 de ce mois", "2009-10-06")]),
    ("Le protocole, signé le 28 du mois dernier, entre en vigueur", "2025-01-10", [("28 du mois dernier", "2024-12-28")]),
    # an initial's period ends no sentence: the year of the sentence still frames its month
    ("Le 25 juin 2023, au Caire, le prédécesseur de M. Bakanov avait annoncé la signature lors du sommet, fin juillet.",
     "2026-02-27", [("25 juin 2023", "2023-06-25"), ("juillet", "2023-07")]),
    # ... but a date coordinated with a full date takes that date's year
    ("En juin 2021, M. Aschbacher et K. Sivan avaient conclu un accord : les sondes lancées le 14 juillet et le "
     "2 septembre 2023 ont été suivies.", "2025-05-10",
     [("juin 2021", "2021-06"), ("14 juillet", "2023-07-14"), ("2 septembre 2023", "2023-09-02")]),
    # an interval across the end of a month, with or without its year
    ("Le congrès s'est tenu du 28 décembre au 3 janvier 2025.", "2025-02-01",
     [("du 28 décembre au 3 janvier 2025", "2024-12-28/2025-01-03")]),
    # with its day and month, a year of any era is a date; "trois ans après qu'il ..." dates an event, not a day
    ("La France a reconnu la Colombie le 19 juin 1822, trois ans après qu'elle a gagné son indépendance.", "2022-05-11",
     [("19 juin 1822", "1822-06-19")]),
]

FRENCH += [
    # a timeline's line opens with its year (a first year coordinated with it too); elsewhere a bare year is none
    ("Les grandes dates :\n- 1996 et 1999 : deux accords sont signés ;\n- 2007 : le CNES conclut un accord ;\n"
     "Il a dit 2020 : rien.", "2018-06-15", [("1996", "1996"), ("1999", "1999"), ("2007", "2007")]),
]

FRENCH += [
    # the last such season before the document date; "mi-mars 2001"; the days before and after a day
    ("Au printemps dernier, au salon ILA, ils ont signé le 27 avril deux lettres. Merkel avait inauguré le salon "
     "l'avant-veille.", "2018-09-27", [("printemps dernier", "2018-SP"), ("27 avril", "2018-04-27"), ("l'avant-veille", "2018-04-25")]),
    ("Le traité, signé à la mi-mars 2001, puis le 7 août 2022 et le surlendemain. En début d'année, rien.", "2024-03-01",
     [("mi-mars 2001", "2001-03"), ("7 août 2022", "2022-08-07"), ("le surlendemain", "2022-08-09"), ("début d'année", "2024")]),
]

ENGLISH += [
    ("Last spring they signed, in mid-March 2001 too; last summer as well.", "2020-07-15",
     [("Last spring", "2020-SP"), ("mid-March 2001", "2001-03"), ("last summer", "2019-SU")]),
]

ENGLISH += [
    ("The memorandum, signed on the 12th of this month, replaces the one of the 3rd of last month.", "2025-04-20",
     [("12th of this month", "2025-04-12"), ("3rd of last month", "2025-03-03")]),
    # an abbreviated month's period ends no sentence; the interval takes the sentence's year
    ("On Sept. 30, 2014, in Toronto, where the congress was held from Sept. 29 to Oct. 3, they signed.", "2025-02-14",
     [("Sept. 30, 2014", "2014-09-30"), ("from Sept. 29 to Oct. 3", "2014-09-29/2014-10-03")]),
    ("The United States recognized Colombia on June 19, 1822, three years after it won its independence.",
     "2022-05-11", [("June 19, 1822", "1822-06-19")]),
]

ENGLISH += [
    # a date heading a timeline paragraph gives its year to the paragraph's months, earlier ones too
    ("Intro.\n\nJuly 15, 2024. They sign it, after a visit in May.\n\nIn May, NASA said.", "2025-05-16",
     [("July 15, 2024", "2024-07-15"), ("May", "2024-05"), ("May", "2025-05")]),
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
    assert normalise_date("le 30 mars", doc_date="2021-03-05", lang="fr", future=True) == "2021-03-30"
    assert normalise_date("le 30 mars", doc_date="2021-03-05", lang="fr") == "2020-03-30"


def test_a_day_just_after_the_document_date_is_the_coming_one():
    # "jusqu'au 18 juin" in a paper of 17 June: not a day almost a year old
    assert normalise_date("le 18 juin", doc_date="2021-06-17", lang="fr") == "2021-06-18"
    assert normalise_date("le 18 juillet", doc_date="2021-06-17", lang="fr") == "2020-07-18"


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


def test_first_characters_of_a_pattern():
    """The class a gate checks before its alternatives: every way a match can start, or None."""
    from coopextract.dates import _first_characters

    assert _first_characters(r"(?:en|au)\s+\d{4}|mars", lowered=True) == "aem"
    assert _first_characters(r"(?:le\s+)?\d{1,2}", lowered=True) == r"\dl"  # an optional prefix: what follows too
    assert _first_characters(r"[0-3]?\d", lowered=True) == r"0-3\d"
    assert _first_characters(r"(?:x)?", lowered=True) is None  # may match empty: no gate
    assert _first_characters(r"[^a]b", lowered=True) is None  # a negated class: any character


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_relative_days_of_the_data_file_agree_with_dateparser(lang):
    from coopextract import resources
    from coopextract.dates import relative_day_offset

    for expression, offset in resources.load_json(f"{lang}/dates.json")["relative_days"].items():
        assert relative_day_offset(expression, lang) == offset, expression


def test_years_after_an_event_is_no_date():
    """ "quatre ans après sa signature": après with an object counts from an event, not a date."""
    found = find_dates("entré en vigueur mercredi, quatre ans après sa signature", doc_date="2020-07-10", lang="fr")
    assert [(m.text, m.value) for m in found] == [("mercredi", "2020-07-08")]
    found = find_dates("Le 3 mars 2015. Deux ans après, le traité", doc_date="2020-07-10", lang="fr")
    assert [(m.text, m.value) for m in found] == [("3 mars 2015", "2015-03-03"), ("Deux ans après", "2017")]

ENGLISH += [
    # the start of the month is the document's month
    ("They signed it at the start of the month, officials said.", "2013-12-11", [("the start of the month", "2013-12")]),
]

FRENCH += [
    # a past year announcing a colon after "remonte à" frames the days after it
    ("Le premier texte remonte à 2014 : le 22 octobre, les deux agences avaient signé un mémorandum.", "2022-06-30",
     [("2014", "2014"), ("22 octobre", "2014-10-22")]),
]
