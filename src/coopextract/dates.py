"""Temporal expressions → §3 values, relative to a document date given explicitly.

Candidates are found with patterns compiled once from the language data files
(`resources/<lang>/dates.json`: month and weekday names, seasons, relative
words, prepositions), never with dateparser's `search_dates`, which fires on
"sa", "le" or the planet Mars and invents days and months. The value is built
from the parts the text gives — never more precise than the text. Relative
days ("hier", "avant-hier", "demain") are the data file's offsets from the
document date, checked against dateparser's reading of each expression once per
process (a disagreement is logged; dateparser's `parse` costs milliseconds, far
too much to call per mention).

For speed, one combined pattern (the gate) scans a text once for the places
where any pattern matches, case-sensitively on the lowercased text when that is
equivalent; each pattern is then tried only there (same matches as scanning
the text once per pattern, about half the time).
"""

from __future__ import annotations

import logging
import re
import re._parser as _sre_parser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from . import resources
from .records import DateMatch

log = logging.getLogger(__name__)

YEAR = r"(?:19[5-9]\d|20\d\d)"
# with its day and month a year is a date whatever the era ("June 19, 1822"); alone, only the space age's
FULL_DATE_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# Characters that case-insensitive matching folds otherwise than str.lower() does: İ (lowercased
# to two characters), Σ (ς or σ) and the non-ASCII members of the re module's case-fix classes
# (ı ~ i, ſ ~ s, Greek and Cyrillic variants). A text with one of them is never lowercased for matching.
CASE_FOLD_EXCEPTIONS = "İΣµıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ"
_CASE_FOLD_RE = re.compile(f"[{CASE_FOLD_EXCEPTIONS}]")
FUTURE_WINDOW = 25  # characters after an expression where "prochain"/"next" still counts
NEAR_FUTURE_DAYS = 14  # a day without a year this close after the document date is the coming one
SEASON_ORDER = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_QUOTATION_RE = re.compile(r"«[^»]*»|“[^”]*”")
ANAPHORA = "@ANAPHORA"  # placeholder value of "ce jour-là" until the date before it is known


@dataclass(frozen=True)
class DocDate:
    """The document date with what it knows: year, month or day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> "DocDate | None":
        if not value:
            return None
        parts = [int(p) for p in value.split("-")]
        return cls(*parts[:3])  # type: ignore[arg-type]

    @property
    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.month and self.day else None


def _alternation(words) -> str:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.sub(r"\\ |['’]", lambda m: r"\s+" if m.group(0) == "\\ " else "['’]", re.escape(w)) for w in ordered)


class Grammar:
    """The compiled patterns of one language."""

    def __init__(self, lang: str) -> None:
        data = resources.load_json(f"{lang}/dates.json")
        self.lang = lang
        self.months: dict[str, int] = data["months"]
        self.weekdays: dict[str, int] = data["weekdays"]
        self.seasons: dict[str, str] = data["seasons"]
        self.relative_days: dict[str, int] = {k.replace("’", "'"): v for k, v in data["relative_days"].items()}
        self.relative_years = {k.replace("’", "'"): v for k, v in data["relative_years"].items()}
        self.relative_seasons: dict[str, str] = {_norm(k): v for k, v in data.get("relative_seasons", {}).items()}
        self.relative_months = {k.replace("’", "'"): v for k, v in data["relative_months"].items()}
        self.past_markers = set(data["past_markers"])
        self.frame_year_prepositions = {w.lower() for w in data.get("frame_year_prepositions", [])}
        since = _alternation(data.get("since_markers", []))
        self.since_re = re.compile(rf"(?<![\w])(?:{since})\s+$", re.IGNORECASE) if since else None
        self.future_markers = set(data["future_markers"])
        self.ambiguous_months = set(data["ambiguous_months"])
        # "sept", "juil": written with a full stop that is not the sentence's
        self.abbreviations = frozenset(k for k in self.months if any(o != k and o.startswith(k) for o in self.months))
        # French "Mars" capitalised mid-sentence is the planet; English "May" capitalised is the month
        self.capitalised_is_other = bool(data.get("capitalised_is_other", False))
        self.planet_context = data["planet_context"]
        # "ce jour-là", "le même mois", "that year": the precision they take from the date before them
        self.anaphora: dict[str, str] = {_norm(k): v for k, v in data.get("anaphora", {}).items()}
        month = rf"(?:{_alternation(self.months)})\.?"
        weekday = rf"(?:{_alternation(self.weekdays)})"
        season = rf"(?:{_alternation(self.seasons)})"
        first = _alternation(data["first_day"])
        day = rf"(?:{first + '|' if first else ''}[0-3]?\d)(?:st|nd|rd|th)?"
        marker = rf"(?:{_alternation(self.past_markers | self.future_markers)})"
        joiner = _alternation(data["interval_joiners"])
        opener = _alternation(data["interval_openers"])
        year_prep = _alternation(data["year_prepositions"])
        month_prep = _alternation(data["month_prepositions"])
        link = _alternation(data["season_links"])
        units = _alternation(data.get("quantity_units", ["km"]))
        this = _alternation(data.get("this_markers", [])) or "(?!)"
        until = _alternation(data.get("until_markers", [])) or "(?!)"
        that = _alternation(data.get("that_markers", [])) or "(?!)"
        relyear = _alternation(self.relative_years)
        anaphora = _alternation(data.get("anaphora", {})) or "(?!)"
        self.that_year: dict[str, str] = {_norm(k): v for k, v in data.get("that_year", {}).items()}
        that_year = _alternation(data.get("that_year", {})) or "(?!)"
        self.numbers: dict[str, int] = data.get("numbers", {})
        numbers = _alternation(self.numbers) or "(?!)"
        self.later_units: dict[str, str] = data.get("later_units", {})
        units_later = _alternation(self.later_units) or "(?!)"
        later = _alternation(data.get("later_words", [])) or "(?!)"
        # "quatre ans après sa signature": après with an object is a preposition, relative to an event
        later_object = _alternation(data.get("later_objects", [])) or "(?!)"
        event_of = _alternation(data.get("anaphora_event_of", [])) or "(?!)"
        # "Le 28, les deux pays ont signé": a day alone, in the month of the date before
        bare = data.get("bare_day", {})
        bare_before = _alternation(bare.get("before", [])) or "(?!)"
        bare_day = rf"(?:{first + '|' if first else ''}[0-3]?\d){bare.get('suffix', '')}"
        bare_after = _alternation(bare.get("after", [])) or "(?!)"
        # "au printemps dernier", "last spring": the last such season before the document date
        last_season = data.get("last_season", {})
        season_before = _alternation(last_season.get("before", [])) or "(?!)"
        season_after = _alternation(last_season.get("after", [])) or "(?!)"
        # "le 6 de ce mois", "on the 12th of last month": a day of a month given relative to the document's
        of_month = data.get("day_of_month", {})
        self.day_of_month: dict[str, int] = {_norm(k): v for k, v in of_month.get("months", {}).items()}
        of_links = _alternation(of_month.get("links", [])) or "(?!)"
        of_months = _alternation(self.day_of_month) or "(?!)"
        list_joiner = _alternation(data.get("coordinators", [])[:1]) or "(?!)"  # "et", "and"
        b = r"(?<![\w\-/])"
        e = r"(?![\w\-/]|\.\d)"
        patterns = [
            ("iso", rf"{b}(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d){e}"),
            ("numeric", rf"{b}(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>{YEAR}){e}"),
            # "entre février 2020 et mars 2021"
            ("month_interval", rf"{b}(?:{opener})\s+(?P<mo1>{month})\s+(?P<y1>{YEAR})\s*(?:{joiner})\s*"
                               rf"(?P<mo2>{month})\s+(?P<y2>{YEAR}){e}"),
            # "2018-2022", "de 2021 à 2025", "entre 2019 et 2024" — but "en 2024 et 2025" is two years
            ("interval", rf"{b}(?:(?:{opener})\s+(?P<y1>{YEAR})\s*(?:{joiner})\s*(?P<y2>{YEAR})"
                         rf"|(?P<y3>{YEAR})\s*[\-–—]\s*(?P<y4>{YEAR})){e}"),
            # "du 29 septembre au 3 octobre", "from Sept. 29 to Oct. 3, 2014": across a month's end
            ("cross_month_interval", rf"{b}(?:{opener})\s+(?:le\s+)?(?:(?P<d1>{day})\s+(?P<mo1>{month})|(?P<mo3>{month})\s+(?P<d3>{day}))"
                                     rf"\s*(?:{joiner})\s*(?:le\s+)?(?:(?P<d2>{day})\s+(?P<mo2>{month})|(?P<mo4>{month})\s+(?P<d4>{day}))"
                                     rf"(?:,?\s+(?P<y>{YEAR}))?{e}"),
            # "du 15 au 19 avril", "between 15 and 19 April 2025"
            ("day_interval", rf"{b}(?:{opener})\s+(?:le\s+)?(?P<d1>{day})\s*(?:{joiner})\s*(?:le\s+)?(?P<d2>{day})\s+"
                             rf"(?P<mo>{month})(?:,?\s+(?P<y>{YEAR}))?{e}"),
            ("day_month_year", rf"{b}(?:(?P<wd>{weekday})\s+)?(?P<d>{day})\s+(?P<mo>{month})(?:,)?\s+(?P<y>{FULL_DATE_YEAR}){e}"),
            ("month_day_year", rf"{b}(?P<mo>{month})\s+(?P<d>{day}),?\s+(?P<y>{FULL_DATE_YEAR}){e}"),
            # "le 3 octobre de la même année", "Nov. 3 that year", "le 11 avril suivant"
            ("day_month_that_year", rf"{b}(?P<d>{day})\s+(?P<mo>{month})\s+(?P<ay>{that_year})(?![\w])"),
            ("month_day_that_year", rf"{b}(?P<mo>{month})\s+(?P<d>{day}),?\s+(?P<ay>{that_year})(?![\w])"),
            ("month_that_year", rf"{b}(?P<mo>{month})\s+(?P<ay>{that_year})(?![\w])"),
            # "le 18 janvier de cette année", "Jan. 18 this year"
            ("day_month_rel", rf"{b}(?P<d>{day})\s+(?P<mo>{month})\s+(?:de\s+)?(?P<r>{relyear})(?![\w])"),
            ("month_day_rel", rf"{b}(?P<mo>{month})\s+(?P<d>{day}),?\s+(?P<r>{relyear})(?![\w])"),
            # "en juin de l'an dernier", "in June of last year"
            ("month_rel", rf"{b}(?P<mo>{month})\s+(?:de\s+|of\s+)?(?P<r>{relyear})(?![\w])"),
            ("day_month", rf"{b}(?:(?P<wd>{weekday})\s+)?(?P<d>{day})\s+(?P<mo>{month})(?:\s+(?P<mk>{marker}))?(?![\w])"),
            ("month_day", rf"{b}(?P<mo>{month})[^\S\n]+(?P<d>{day})(?![\w]|:\d)"),  # not "January.\n2. Greece"
            # before the relative months: "on the 12th of this month" is a day
            ("day_of_month", rf"(?<![\w])(?:(?:{bare_before})\s+)?(?P<d>{bare_day})\s+(?:{of_links})\s+(?P<r>{of_months})(?![\w])"),
            ("last_season", rf"(?<![\w])(?:(?P<s>{season})\s+(?:{season_after})|(?:{season_before})\s+(?P<s2>{season}))(?![\w])"),
            # "à la mi-mars 2001", "in mid-March 2001"
            ("mid_month_year", rf"(?<![\w])(?:mi|mid)-(?P<mo>{month})\s+(?:of\s+)?(?P<y>{YEAR}){e}"),
            ("season_year", rf"{b}(?P<s>{season})\s+(?:(?:{link})\s*)?(?P<y>{YEAR}){e}"),
            ("month_year", rf"{b}(?P<mo>{month})\s+(?:of\s+)?(?P<y>{YEAR}){e}"),
            ("relative_season", rf"{b}(?P<r>{_alternation(self.relative_seasons) or '(?!)'})(?![\w])"),
            # "l'an prochain" / "la fin de l'année", but not "la fin de l'année 2019" (the year is given)
            # (not "cette année-là", "ce mois-là": the year or month of the date before, an anaphora)
            ("relative_year", rf"{b}(?P<r>{_alternation(self.relative_years)})(?![\w]|-l[àa])(?!\s*{YEAR})"),
            ("relative_month", rf"{b}(?P<r>{_alternation(self.relative_months)})(?![\w]|-l[àa])"),
            ("relative_day", rf"{b}(?P<r>{_alternation(self.relative_days)})(?![\w])"),
            ("month_alone", rf"(?<![\w])(?:(?P<p>{month_prep})\s*|(?P<pre>{marker})\s+)(?P<mo>{month})(?:\s+(?P<mk>{marker}))?(?![\w])"),
            ("that_month", rf"(?<![\w])(?:{that})\s+(?P<mo>{month})(?![\w])"),
            # "huit jours plus tard", "two years later"
            ("later", rf"(?<![\w])(?P<num>\d{{1,2}}|{numbers})\s+(?P<unit>{units_later})\s+(?:{later})(?![\w])"
                      rf"(?!\s+(?:{later_object})(?:(?<=['’])|(?![\w])))"),
            # "la veille de la visite", "the day before the summit": relative to an event, not a date
            ("anaphora", rf"(?<![\w])(?P<a>{anaphora})(?![\w])(?!\s+(?:{event_of})\b)"),
            # "Le samedi 29, Pékin rompt avec Tarawa": a weekday may name the day
            ("bare_day", rf"(?<![\w])(?:{bare_before})\s+(?:{weekday}\s+)?(?P<d>{bare_day})(?=\s*[,;:.(]|\s+(?:{bare_after})(?![\w]))"),
            ("weekday", rf"{b}(?:(?P<this>{this})\s+|(?P<until>{until})\s*|(?P<pre>{marker})\s+)?(?P<wd>{weekday})"
                        rf"(?:\s+(?P<mk>{marker}))?(?![\w])"),
            # a timeline's item: "- 2007 : le CNES et Roscosmos concluent ...", "1996 et 1999 : deux accords ..."
            # (at the start of a line, see _value: the gate needs every pattern to begin at a word start)
            ("timeline_year", rf"{b}(?P<y>{YEAR})(?=\s*[:—–]\s|\s+(?:{list_joiner})\s+{YEAR}\s*[:—–]\s)"),
            ("year", rf"(?:(?<![\w])(?P<p>{year_prep})\s*)(?P<y>{YEAR}){e}(?!\s*(?:{units})(?!\w))"),
        ]
        self.patterns = [(name, re.compile(p, re.IGNORECASE)) for name, p in patterns]
        self.gate = _gate([p for _, p in patterns], lowered=False)
        self.lowered_gate = _gate([p for _, p in patterns], lowered=True)
        self.planet_re = (
            re.compile(rf"(?:{_alternation(self.planet_context)})\s*$", re.IGNORECASE) if self.planet_context else None
        )
        idioms = _alternation(data.get("idioms", []))
        self.idiom_re = re.compile(rf"(?<![\w])(?:{idioms})(?![\w])", re.IGNORECASE) if idioms else None
        named = _alternation(data.get("named_by_date", []))
        self.named_by_date_re = re.compile(rf"(?<![\w])(?:{named})\s*$", re.IGNORECASE) if named else None
        coordinators = _alternation(data.get("coordinators", []))
        self.coordinated_year_re = re.compile(
            rf"\s*,?\s*(?:{coordinators})\s+(?:(?P<d>{day})\s+(?P<mo>{month})|(?P<mo2>{month})\s+(?P<d2>{day})),?\s+"
            rf"(?P<y>{YEAR}){e}", re.IGNORECASE) if coordinators else None

    def named_by_date(self, text: str, start: int) -> bool:
        """ "l'accord du 11 février": the date names an agreement that exists, so it is past."""
        return self.named_by_date_re is not None and bool(self.named_by_date_re.search(text[max(0, start - 30) : start]))

    def coordinated_year(self, text: str, end: int, month: int) -> int | None:
        """ "le 14 juillet et le 2 septembre 2023": the year of the full date coordinated after, if no earlier in it."""
        if self.coordinated_year_re is None:
            return None
        m = self.coordinated_year_re.match(text, end)
        if m is None:
            return None
        return int(m["y"]) if self.month_number(m["mo"] or m["mo2"]) >= month else None

    def since(self, text: str, start: int) -> bool:
        """ "s'applique depuis le 1er février": a state lasting till the document date, whose start is the
        last such day before it, whatever dates the sentence gave before."""
        return self.since_re is not None and self.since_re.search(text, max(0, start - 20), start) is not None

    def ends_sentence(self, text: str, start: int, end: int) -> bool:
        """Does a sentence end between start and end? Not at the period of an initial ("le prédécesseur de
        M. Bakanov", as the paragraph splitter has it) or of an abbreviated month ("from Sept. 29 to Oct. 3")."""
        for m in _SENTENCE_END_RE.finditer(text, start, end):
            word = _WORD_BEFORE_RE.search(text, max(0, m.start() - 12), m.end()) if text[m.start()] == "." else None
            if word is None or not ((len(word[1]) == 1 and word[1].isupper()) or word[1].lower() in self.abbreviations):
                return True
        return False

    def month_number(self, text: str) -> int:
        return self.months[text.lower().rstrip(".")]

    def starts(self, text: str) -> list[int]:
        """Every position where at least one pattern matches, in order."""
        lowered = text.lower()
        if self.lowered_gate is not None and len(lowered) == len(text) and not _CASE_FOLD_RE.search(text):
            return [m.start() for m in self.lowered_gate.finditer(lowered)]
        return [m.start() for m in self.gate.finditer(text)]


def _gate(sources: list[str], *, lowered: bool) -> re.Pattern[str] | None:
    """One pattern that matches (empty) wherever one of `sources` matches, and maybe elsewhere.

    Scanning a text once with it, then trying each pattern only where it
    matched, finds what scanning the text once per pattern finds, at a
    fraction of the cost. The word-start condition all patterns begin with is
    checked once, before the alternatives. The lowered variant is
    case-sensitive, for lowercased texts: without IGNORECASE the regex engine
    skips most alternatives by their first character.
    """
    rests = [_after_word_start(source) for source in sources]
    if all(rest is not None for rest in rests):
        alternatives = "|".join(_unnamed(rest) for rest in rests if rest is not None)
        # the characters a match can start with, tested before the alternatives are tried one by one
        first = _first_characters(alternatives, lowered=lowered)
        pattern = rf"(?<!\w){f'(?=[{first}])' if first else ''}(?={alternatives})"
    else:
        pattern = f"(?={'|'.join(_unnamed(source) for source in sources)})"
    if not lowered:
        return re.compile(pattern, re.IGNORECASE)
    lowercase = _lowercase_literals(pattern)
    if lowercase is None or _CASE_FOLD_RE.search(pattern) or _CASE_FOLD_RE.search(lowercase):
        return None
    return re.compile(lowercase)


def _first_characters(pattern: str, *, lowered: bool) -> str | None:
    """A character class (without brackets) holding every character a match of `pattern` can
    start with; None when any character may start one, or the pattern uses what this does not read."""
    try:
        items = _first_items(_sre_parser.parse(pattern, 0 if lowered else re.IGNORECASE).data)
    except (re.error, ValueError):
        return None
    if items is None or items[1]:  # an empty match is possible: no first character
        return None
    return "".join(sorted(items[0]))


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _first_items(items: list) -> tuple[set[str], bool] | None:
    """(class items a match of this sequence can start with, whether it can match empty)."""
    found: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            return found | {re.escape(chr(av))}, False
        if name == "IN":
            for item_op, item_av in av:
                item = str(item_op)
                if item == "LITERAL":
                    found.add(re.escape(chr(item_av)))
                elif item == "RANGE":
                    found.add(f"{re.escape(chr(item_av[0]))}-{re.escape(chr(item_av[1]))}")
                elif item == "CATEGORY" and str(item_av) in _CATEGORIES:
                    found.add(_CATEGORIES[str(item_av)])
                else:
                    return None
            return found, False
        if name == "SUBPATTERN":
            inner = _first_items(av[-1].data)
        elif name == "BRANCH":
            branches = [_first_items(branch.data) for branch in av[1]]
            if any(b is None for b in branches):
                return None
            inner = set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _first_items(av[2].data)
            if inner is not None and av[0] == 0:
                inner = inner[0], True
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: what follows starts the match
        else:
            return None
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _after_word_start(source: str) -> str | None:
    """The pattern without its leading word-start assertion (each implies (?<!\\w)); None if it has none."""
    for prefix in (r"(?<![\w\-/])", r"(?<![\w])"):
        if source.startswith(prefix):
            return source[len(prefix) :]
    if source.startswith(r"(?:(?<![\w])"):
        return "(?:" + source[len(r"(?:(?<![\w])") :]
    return None


def _unnamed(source: str) -> str:
    return re.sub(r"[(][?]P<[^>]+>", "(?:", source)


def _lowercase_literals(pattern: str) -> str | None:
    """The pattern with its letters lowercased, escapes kept (\\S stays \\S); None with codes or inline flags."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if escaped:
            if ch in "xuUNpP":
                return None
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        else:
            out.append(ch.lower())
    return None if re.search(r"[(][?][aiLmsux-]+[:)]", pattern) else "".join(out)


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    return Grammar(lang if lang in ("fr", "en") else "fr")


# any ordinary day serves as the base: dateparser's answer is read as an offset from it
_OFFSET_BASE = datetime(2001, 6, 13)


@lru_cache(maxsize=256)
def relative_day_offset(expression: str, lang: str) -> int | None:
    """The day offset dateparser gives a relative day ("hier" → -1), asked once per expression."""
    parsed = dateparser.parse(
        expression, languages=[lang], settings={"RELATIVE_BASE": _OFFSET_BASE, "PREFER_DATES_FROM": "past"})
    return (parsed.date() - _OFFSET_BASE.date()).days if parsed else None


@lru_cache(maxsize=256)
def _check_relative_day(expression: str, lang: str, offset: int) -> None:
    """Warn (once) where the data file and dateparser disagree on a relative day: one of them is wrong."""
    found = relative_day_offset(expression, lang)
    if found is not None and found != offset:
        log.warning("%s/dates.json gives %r a day offset of %d, dateparser %d; the data file is used",
                    lang, expression, offset, found)


# patterns whose value depends on whether the clause looks ahead ("le 3 mars" next March or last)
TENSE_SENSITIVE = frozenset({"day_month", "month_day", "month_alone", "weekday", "day_interval", "cross_month_interval"})
# the last month of each season: "l'été dernier" in August is the summer before
SEASON_END_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}
# months and days that may take their year from the sentence's narrative (when they do not give it)
YEARLESS = frozenset({"month_alone", "day_month", "month_day", "day_interval", "cross_month_interval"})
# patterns that give a year and a month
YEAR_GIVEN = frozenset({"iso", "numeric", "day_month_year", "month_day_year", "month_year", "mid_month_year", "timeline_year"})
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_WORD_BEFORE_RE = re.compile(r"(\w+)\.\s$")
# what may open a timeline's line before its year: a bullet or a number, and a first year ("1996 et 1999 :")
_TIMELINE_LEAD_RE = re.compile(rf"\s*(?:[-•–*]\s+|\d{{1,2}}[.)]\s+)?(?:{YEAR}\s+\w+\s+)?")
_APPOSED_WEEKDAY_RE = re.compile(r",\s*(?:un|une|le|a|on)\s+", re.IGNORECASE)
_WEEKDAY_COMMA_RE = re.compile(r",[^\S\n]*")


def find_dates(
    text: str,
    *,
    doc_date: str | None,
    lang: str,
    is_future: Callable[[int, int], bool] | None = None,
) -> list[DateMatch]:
    """Every temporal expression of `text` that can be placed on the calendar."""
    g = grammar(lang)
    anchor = DocDate.parse(doc_date)
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    dated: list[DateMatch] = []  # dates written with their year and month
    yearless: list[DateMatch] = []  # months and days whose year was inferred
    weekdays: list[DateMatch] = []
    starts = g.starts(text)
    for name, pattern in g.patterns:
        for match in _finditer(pattern, text, starts):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            # the clause's tense is looked up (a parse walk) only where a value depends on it
            future = name in TENSE_SENSITIVE and (
                _future_marker(g, text, match)
                or (is_future is not None and not g.named_by_date(text, start) and is_future(start, end)))
            value = _value(g, name, match, anchor, future, text, lang)
            if value is None:
                continue
            core_start, core_end = _core(name, match)
            if text[core_end - 1] == "." and _norm(text[core_start : core_end - 1]).split()[-1] not in g.abbreviations:
                core_end -= 1  # "le 14 juillet." ends a sentence; "le 14 juil." abbreviates
            taken.append((start, end))
            found.append(DateMatch(core_start, core_end, text[core_start:core_end], value))
            if name in YEAR_GIVEN or (name == "year" and _frames_the_sentence(g, match, anchor)):
                dated.append(found[-1])
            elif (name in YEARLESS and not _gives_year(match) and not _past_marker(g, match)
                  and not match.groupdict().get("mk") and not _coordinated_with_year(g, name, match, text)):
                yearless.append(found[-1])
            elif name == "weekday":
                weekdays.append(found[-1])
    if g.idiom_re is not None:  # "ne date pas d'hier": not new, no day
        idioms = [m.span() for m in g.idiom_re.finditer(text)]
        found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in idioms)]
    # a since-date starts a state ("s'applique depuis le 1er février"): its year is not the sentence's, and
    # "le même jour" is not that day
    since = {m.start for m in found if g.since(text, m.start)}
    found = _narrative_years(g, text, found, dated, [m for m in yearless if m.start not in since])
    found = _apposed_weekdays(text, found, weekdays)
    return _resolve_anaphora(g, sorted(found, key=lambda m: m.start), anchor, _quoted_spans(text), since)


def _coordinated_with_year(g: Grammar, name: str, match: re.Match[str], text: str) -> bool:
    """ "le 14 juillet et le 2 septembre 2023": the year is the coordinated date's, not the sentence's."""
    return name in ("day_month", "month_day") and g.coordinated_year(text, match.end(), g.month_number(match["mo"])) is not None


def _gives_year(match: re.Match[str]) -> bool:
    """Does the match give its year ("du 3 au 5 juin 2024")?"""
    return bool(match.groupdict().get("y"))


def _frames_the_sentence(g: Grammar, match: re.Match[str], anchor: "DocDate | None") -> bool:
    """ "En 2009, elles ont signé le 20 mars ...": a past year given as the time of what follows. A year
    to come is left out ("le programme, qui doit aboutir en 2030, a été signé le 3 juin")."""
    if not (match["p"].lower() in g.frame_year_prepositions and anchor is not None and int(match["y"]) < anchor.year):
        return False
    # it opens the sentence, stands between commas or announces a colon ("En 2009, ...", "Puis, en 2009,
    # ...", "accéléré en 2009 : ..."); "ratifié en 2022 par les Parlements, le traité s'applique depuis le
    # 1er février" and "ont rejoint l'ILRS en 2023, et le Nicaragua a signé en avril" date their clause only
    text = match.string
    head = text[: match.start()].rstrip(" ")
    following = text[match.end() : match.end() + 2].lstrip()[:1]
    return not head.strip() or head[-1] in ".!?\n" or following == ":" or (head[-1] == "," and following == ",")


def _apposed_weekdays(text: str, found: list[DateMatch], weekdays: list[DateMatch]) -> list[DateMatch]:
    """ "Le 4 février 2023, un samedi, le gouvernement ...": the weekday set off after a day names that
    day; "on Tuesday, Nov. 14": a weekday with its day after a comma is one date, that day."""
    if not weekdays:
        return found
    days = [m for m in found if len(m.value) == 10]
    replaced: dict[int, DateMatch] = {}
    merged: set[int] = set()
    for match in weekdays:
        after = next((d for d in days if d.start >= match.end and _WEEKDAY_COMMA_RE.fullmatch(text, match.end, d.start)), None)
        if after is not None:
            replaced[id(match)] = DateMatch(match.start, after.end, text[match.start : after.end], after.value)
            merged.add(id(after))
            continue
        before = next((d for d in days if d.end <= match.start and _APPOSED_WEEKDAY_RE.fullmatch(text, d.end, match.start)), None)
        if before is not None:
            replaced[id(match)] = DateMatch(match.start, match.end, match.text, before.value)
    return [replaced.get(id(m), m) for m in found if id(m) not in merged]


def _narrative_years(g: Grammar, text: str, found: list[DateMatch], dated: list[DateMatch], yearless: list[DateMatch]) -> list[DateMatch]:
    """ "en mars 2022, elle avait suspendu l'accord, avant d'y mettre fin en juillet": a month or a day
    without a year, later in the sentence than a date with one (or a past year framing it, "en 2009 :"),
    continues from it (the next such month, in that year or the one after), whatever the document date;
    in a paragraph a date heads on its own ("July 15, 2024. ... in May"), it takes that date's year."""
    if not dated or not yearless:
        return found
    replaced: dict[int, DateMatch] = {}
    for match in yearless:
        before = [d for d in dated if d.end <= match.start and (
            not g.ends_sentence(text, d.end, match.start) or _heads_paragraph_of(text, d, match.start))]
        if not before:
            continue
        # the nearest date with its month; a year alone ("en 2009 :") only where none comes before
        antecedent = next((d for d in reversed(before) if len(d.value) >= 7), before[-1])
        year, month = int(antecedent.value[:4]), int(antecedent.value[5:7] or 1)  # a year alone frames from January
        own_month = int(match.value[5:7])
        # a later month of the sentence follows on, into the next year if need be; a paragraph's
        # heading date gives its year as it is ("July 15, 2024. ... after a visit in May")
        heading = g.ends_sentence(text, antecedent.end, match.start)
        shift = year + (own_month < month and not heading) - int(match.value[:4])
        value = "/".join(f"{int(part[:4]) + shift}{part[4:]}" for part in match.value.split("/"))
        if value != match.value:
            replaced[id(match)] = DateMatch(match.start, match.end, match.text, value)
    return [replaced.get(id(m), m) for m in found]



def _heads_paragraph_of(text: str, date: DateMatch, position: int) -> bool:
    """A timeline: "July 15, 2024. Nelson and Al-Tamimi sign ..., after a visit ... in May": a date standing
    alone at the start of a paragraph frames the paragraph (up to `position`)."""
    line_start = text.rfind("\n", 0, date.start) + 1
    return (not text[line_start : date.start].strip() and text[date.end : date.end + 1] in (".", ":")
            and "\n" not in text[date.end : position])


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each « ... » / “ ... ” quotation of the text."""
    return [m.span() for m in _QUOTATION_RE.finditer(text)] if "«" in text or "“" in text else []


def _resolve_anaphora(g: Grammar, found: list[DateMatch], anchor: DocDate | None,
                      quoted: list[tuple[int, int]] = (), since: set[int] = frozenset()) -> list[DateMatch]:
    """ "Le 6 juillet 1988 ... Ce jour-là", "in the summer of 2020 ... That October": the value comes
    from the closest date before, at the precision the expression asks for; none, no value. A date
    inside a quotation is the speaker's ("« Aujourd'hui plus que jamais »"): not an antecedent outside it."""
    resolved: list[DateMatch] = []
    for match in found:
        if not match.value.startswith(ANAPHORA):
            resolved.append(match)
            continue
        inside = next((q for q in quoted if q[0] <= match.start < q[1]), None)
        points = [m.value for m in reversed(resolved) if "/" not in m.value and m.start not in since
                  and next((q for q in quoted if q[0] <= m.start < q[1]), None) == inside]
        previous = points[0] if points else None
        if match.value == ANAPHORA:
            need = g.anaphora.get(_norm(match.text), "month")  # "That October": the year of the date before
            if need.startswith("month"):
                # a month takes its year from a recent date of month precision or finer, if there is
                # one: a bare year nearby is often a duration ("the first flight since 1972")
                previous = next((p for p in points[:3] if len(p) >= 7), previous)  # a month, a day or a season
            elif need.startswith("day"):
                previous = next((p for p in points[:3] if len(p) == 10), previous)  # a day, past a year
            value = _from_antecedent(g, need, previous, match.text, anchor)
        elif match.value.startswith(f"{ANAPHORA}:D"):
            # a day alone is in the month of a recent date of month precision or finer; before that date only
            # when it is the report's own day ("SEOUL, April 16 — ... talks on the 14th"): after a narrative's
            # date ("arrivé le 30 avril, il a signé le 2") it may be of the next month
            month = next((p for p in points[:3] if len(p) >= 7 and p[5:7].isdigit()), None)
            day = int(match.value[len(ANAPHORA) + 2 :])
            value = None
            report_day = anchor is not None and anchor.as_date is not None and month == anchor.as_date.isoformat()
            if month is not None and (len(month) < 10 or day >= int(month[8:10]) or report_day):
                try:
                    value = _ymd(int(month[:4]), int(month[5:7]), day)
                except ValueError:
                    value = None
        else:
            value = _from_encoded(match.value[len(ANAPHORA) + 1 :], previous)
        if value:
            resolved.append(DateMatch(match.start, match.end, match.text, value))
    return resolved


def _from_encoded(spec: str, previous: str | None) -> str | None:
    """ "MM-DD:f" / "MM:f" (a day or month of the antecedent's year, the next one if f and it falls
    before the antecedent) or "+Nunit" (N days, weeks, months or years after the antecedent)."""
    if previous is None or not previous[:4].isdigit():
        return None
    year = int(previous[:4])
    try:
        if spec.startswith("+"):
            number, unit = int(spec[1:].rstrip("dwmy")), spec[-1]
            if unit in "dw":
                if len(previous) != 10:
                    return None
                return (date.fromisoformat(previous) + timedelta(days=number * (7 if unit == "w" else 1))).isoformat()
            if unit == "m":
                if len(previous) < 7 or not previous[5:7].isdigit():
                    return None
                index = year * 12 + int(previous[5:7]) - 1 + number
                return f"{index // 12}-{index % 12 + 1:02d}"
            return str(year + number)
        parts, following = spec.rsplit(":", 1)
        here = parts.split("-")
        if following == "1" and previous[5:7].isdigit() and tuple(int(p) for p in here) < tuple(
                int(p) for p in previous[5:5 + len(parts)].split("-") if p):
            year += 1
        return _ymd(year, int(here[0]), int(here[1])) if len(here) == 2 else f"{year}-{int(here[0]):02d}"
    except ValueError:
        return None


def _from_antecedent(g: Grammar, need: str, previous: str | None, text: str, anchor: DocDate | None) -> str | None:
    """The antecedent's value at the unit `need` names ("day", "month", "year"), shifted by its
    offset ("day-1" for "la veille", "year+1" for "l'année suivante")."""
    if previous is None:
        return None
    unit, _, offset = need.partition("+") if "+" in need else need.partition("-")
    shift = int(offset or 0) * (-1 if "-" in need else 1)
    year = int(previous[:4])
    if unit == "year":
        return str(year + shift)
    if unit == "month":
        named = next((n for w, n in g.months.items() if _norm(text).endswith(w)), None)  # "That October"
        if named:
            return f"{year}-{named:02d}"
        if len(previous) < 7 or not previous[5:7].isdigit():
            return None
        index = year * 12 + int(previous[5:7]) - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}"
    if unit == "day" and len(previous) == 10:
        return (date.fromisoformat(previous) + timedelta(days=shift)).isoformat()
    return None


def _finditer(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), trying only the positions where some pattern can match."""
    resume = 0
    for position in starts:
        if position < resume:
            continue
        match = pattern.match(text, position)
        if match is not None:
            resume = match.end() if match.end() > position else position + 1
            yield match


def normalise_date(expression: str, *, doc_date: str | None, lang: str, future: bool = False) -> str | None:
    """The value of one expression (the whole string must be a date expression)."""
    matches = find_dates(expression, doc_date=doc_date, lang=lang, is_future=(lambda s, e: future))
    return matches[0].value if len(matches) == 1 else None


def _core(name: str, match: re.Match[str]) -> tuple[int, int]:
    """Leave leading prepositions out of the mention ("en 2022" → "2022")."""
    if name == "year":
        return match.start("y"), match.end()
    if name == "timeline_year":
        return match.span("y")
    if name == "month_alone" and match.group("p"):
        return match.start("mo"), match.end()
    if name == "bare_day":
        return match.start("d"), match.end("d")
    if name == "day_of_month":
        return match.start("d"), match.end()
    if name == "weekday" and match.group("until"):
        return match.start("wd"), match.end()
    return match.span()


def _future_marker(g: Grammar, text: str, match: re.Match[str]) -> bool:
    words = match.group(0).lower().split()
    if any(w in g.future_markers for w in words):
        return True
    after = text[match.end() : match.end() + FUTURE_WINDOW].lower().split()[:1]
    return bool(after) and after[0].strip(",.;") in g.future_markers


def _past_marker(g: Grammar, match: re.Match[str]) -> bool:
    return any(w in g.past_markers for w in match.group(0).lower().split())


def _value(g: Grammar, name: str, m: re.Match[str], anchor: DocDate | None, future: bool, text: str, lang: str) -> str | None:
    try:
        if name == "iso":
            return _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
        if name == "numeric":
            a, b = int(m["a"]), int(m["b"])
            day, month = (b, a) if lang == "en" and a <= 12 < b else (a, b)
            if lang == "en" and a <= 12 and b <= 12:
                day, month = b, a
            return _ymd(int(m["y"]), month, day)
        if name == "interval":
            y1, y2 = int(m["y1"] or m["y3"]), int(m["y2"] or m["y4"])
            return f"{y1}/{y2}" if y1 < y2 <= y1 + 50 else None
        if name == "cross_month_interval":
            first_month, last_month = g.month_number(m["mo1"] or m["mo3"]), g.month_number(m["mo2"] or m["mo4"])
            first, last = _day(m["d1"] or m["d3"]), _day(m["d2"] or m["d4"])
            if m["y"]:
                year = int(m["y"]) - (last_month < first_month)  # "du 28 décembre au 3 janvier 2025"
            else:
                start = _infer_year(anchor, first_month, first, future)
                if start is None:
                    return None
                year = int(start[:4])
            if (first_month, first) == (last_month, last):
                return None
            end = _ymd(year + (last_month < first_month), last_month, last)
            return f"{_ymd(year, first_month, first)}/{end}"
        if name == "day_interval":
            month, first, last = g.month_number(m["mo"]), _day(m["d1"]), _day(m["d2"])
            if first >= last:
                return None
            if m["y"]:
                year = int(m["y"])
            else:
                start = _infer_year(anchor, month, first, future)
                if start is None:
                    return None
                year = int(start[:4])
            return f"{_ymd(year, month, first)}/{_ymd(year, month, last)}"
        if name in ("day_month_year", "month_day_year"):
            return _ymd(int(m["y"]), g.month_number(m["mo"]), _day(m["d"]))
        if name in ("day_month", "month_day"):
            month, day = g.month_number(m["mo"]), _day(m["d"])
            year = g.coordinated_year(text, m.end(), month)
            if year is not None:
                return _ymd(year, month, day)
            return _infer_year(anchor, month, day, future and not _past_marker(g, m))
        if name == "month_rel":
            return f"{anchor.year + g.relative_years[_norm(m['r'])]}-{g.month_number(m['mo']):02d}" if anchor else None
        if name in ("day_month_rel", "month_day_rel"):
            return _ymd(anchor.year + g.relative_years[_norm(m["r"])], g.month_number(m["mo"]), _day(m["d"])) if anchor else None
        if name in ("that_month", "anaphora"):
            return ANAPHORA  # resolved from the date before it, in find_dates
        if name == "bare_day":
            return f"{ANAPHORA}:D{_day(m['d']):02d}"
        if name in ("day_month_that_year", "month_day_that_year"):
            following = g.that_year[_norm(m["ay"])] == "following"
            return f"{ANAPHORA}:{g.month_number(m['mo']):02d}-{_day(m['d']):02d}:{int(following)}"
        if name == "month_that_year":
            following = g.that_year[_norm(m["ay"])] == "following"
            return f"{ANAPHORA}:{g.month_number(m['mo']):02d}:{int(following)}"
        if name == "later":
            number = int(m["num"]) if m["num"].isdigit() else g.numbers[m["num"].lower()]
            return f"{ANAPHORA}:+{number}{g.later_units[m['unit'].lower()]}"
        if name == "season_year":
            return f"{int(m['y'])}-{g.seasons[m['s'].lower()]}"
        if name == "month_year":
            if g.capitalised_is_other and m["mo"].lower() in g.ambiguous_months and _looks_like_planet(text, m):
                return None  # "le rover Mars 2020": a name, not March 2020
            return f"{int(m['y'])}-{g.month_number(m['mo']):02d}"
        if name == "month_interval":
            first, last = (int(m["y1"]), g.month_number(m["mo1"])), (int(m["y2"]), g.month_number(m["mo2"]))
            return f"{first[0]}-{first[1]:02d}/{last[0]}-{last[1]:02d}" if first < last else None
        if name == "last_season":
            if not anchor or not anchor.month:
                return None
            season = g.seasons[(m["s"] or m["s2"]).lower()]
            return f"{anchor.year - (anchor.month <= SEASON_END_MONTH[season])}-{season}"
        if name == "mid_month_year":
            return f"{int(m['y'])}-{g.month_number(m['mo']):02d}"
        if name == "relative_season":  # "cet été", "this summer": the document's year
            return f"{anchor.year}-{g.relative_seasons[_norm(m['r'])]}" if anchor else None
        if name == "relative_year":
            return str(anchor.year + g.relative_years[_norm(m["r"])]) if anchor else None
        if name == "day_of_month":
            if not anchor or not anchor.month:
                return None
            month_index = anchor.year * 12 + anchor.month - 1 + g.day_of_month[_norm(m["r"])]
            return _ymd(month_index // 12, month_index % 12 + 1, _day(m["d"]))
        if name == "relative_month":
            if not anchor or not anchor.month:
                return None
            month_index = anchor.year * 12 + anchor.month - 1 + g.relative_months[_norm(m["r"])]
            return f"{month_index // 12}-{month_index % 12 + 1:02d}"
        if name == "relative_day":
            if not anchor or not anchor.as_date:
                return None
            offset = g.relative_days[_norm(m["r"])]
            _check_relative_day(m["r"].lower(), lang, offset)
            return (anchor.as_date + timedelta(days=offset)).isoformat()
        if name == "month_alone":
            mo = m["mo"].lower().rstrip(".")
            if mo in g.ambiguous_months and g.planet_re and g.planet_re.search(text[max(0, m.start() - 20) : m.start("mo")]):
                return None
            if mo in g.ambiguous_months and g.capitalised_is_other and _looks_like_planet(text, m):
                return None  # "vers Mars", "de Mars": the planet
            if mo in g.ambiguous_months and not g.capitalised_is_other and not m.group("mo")[:1].isupper():
                return None  # "may", "march": a verb; the month is written "May", "March"
            return _infer_month(anchor, g.month_number(mo), future and not _past_marker(g, m), _past_marker(g, m))
        if name == "weekday":
            if not anchor or not anchor.as_date:
                return None
            weekday = g.weekdays[m["wd"].lower()]
            if m.group("this"):  # "ce mercredi", "this Friday": the day of the document's week
                return (anchor.as_date + timedelta(days=weekday - anchor.as_date.weekday())).isoformat()
            future = (future or bool(m.group("until"))) and not _past_marker(g, m)  # "jusqu'à jeudi"
            return _weekday(anchor.as_date, weekday, future, _past_marker(g, m)).isoformat()
        if name == "timeline_year":
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            return str(int(m["y"])) if _TIMELINE_LEAD_RE.fullmatch(line) else None
        if name == "year":
            return str(int(m["y"]))
    except (ValueError, KeyError):
        return None
    return None


def _looks_like_planet(text: str, m: re.Match[str]) -> bool:
    """'de Mars' / 'en Mars' capitalised mid-sentence is the planet; 'en mars' is the month."""
    word = m.group("mo")
    if not word[:1].isupper():
        return False
    before = text[max(0, m.start() - 2) : m.start()]
    sentence_start = not before.strip() or before.strip()[-1:] in ".!?»"
    return not sentence_start


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _day(text: str) -> int:
    lowered = text.lower()
    if lowered in ("1er", "premier"):
        return 1
    return int(re.sub(r"(st|nd|rd|th)$", "", lowered))


def _ymd(year: int, month: int, day: int) -> str:
    return date(year, month, day).isoformat()


def _infer_year(anchor: DocDate | None, month: int, day: int, future: bool) -> str | None:
    """A day without a year: the most recent one not after the document date, or the next one if future."""
    if anchor is None:
        return None
    year = anchor.year
    if anchor.month is None:
        return _ymd(year, month, day)
    reference = (anchor.month, anchor.day or 31)
    if future:
        if (month, day) < (anchor.month, anchor.day or 1):
            year += 1
    elif (month, day) > reference and not _days_ahead(anchor, month, day):
        year -= 1
    return _ymd(year, month, day)


def _days_ahead(anchor: DocDate, month: int, day: int) -> bool:
    """A day a few days after the document date ("jusqu'au 18 juin" in a paper of 17 June) is the
    coming one: an article does not name a day almost a year old without its year."""
    if anchor.as_date is None:
        return False
    try:
        ahead = (date(anchor.year, month, day) - anchor.as_date).days
    except ValueError:
        return False
    return 0 < ahead <= NEAR_FUTURE_DAYS


def _infer_month(anchor: DocDate | None, month: int, future: bool, past: bool) -> str | None:
    if anchor is None or anchor.month is None:
        return None
    year = anchor.year
    if future:
        if month < anchor.month or (month == anchor.month and past):
            year += 1
    elif month > anchor.month or (past and month == anchor.month):
        year -= 1
    return f"{year}-{month:02d}"


def _weekday(anchor: date, weekday: int, future: bool, past: bool) -> date:
    if future:
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if past and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)
