"""Rule-based entities: agencies, countries, missions, agreement types.

The patterns are data (`resources/<lang>/*.jsonl`). Matching is spaCy's
Matcher/PhraseMatcher; what this component adds is the context that decides
whether a match counts (a capital after "à" is a place, not an actor; a
nationality adjective counts only on an actor noun; "le document" takes the
type of the agreement it refers back to) and the merge with the statistical
NER, where rule matches win on overlap.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import resources
from ..resources import Rule
from . import attributes  # noqa: F401  (declares the extensions)
from .attributes import doc_text, span_setter
from .sentences import SentenceIndex, unclosed
from .words import DocWords, like_another
from .guard import guarded

# SEAT: a city standing for the organisation seated there ("Bruxelles" for the European Union), its id the ORG name
RULE_LABELS = frozenset({"AGENCY", "COUNTRY", "CAPITAL", "SEAT", "NATIONALITY", "MISSION", "AGREEMENT", "LOC", "ORG", "_EXCLUDE"})
COUNTRY_WORD_LABELS = frozenset({"COUNTRY", "CAPITAL", "NATIONALITY"})
SERIES_RULE_ID = "mission_series"
NAMED_MISSION_RULE_ID = "missions:named-by-noun"
# at most this many words make the name after "la sonde", "le satellite" ...
MAX_MISSION_NAME_TOKENS = 3
ROMAN = r"(?=[IVX])(?:X{0,2})(?:IX|IV|V?I{0,3})"  # never empty: "Artemis " is no number
NATIONAL = "@NATIONAL"
REFERENCE = "@REF"
GENERIC_AGREEMENT = "agreement"
# how far back (in sentences) "le document" / "l'accord" may refer
REFERENCE_WINDOW = 3
# an agreement's amount, between its noun and a relative clause that defines it ("le contrat de 129,4
# millions d'euros qui confiait à OHB System la construction de Hera")
AMOUNT_LINKS = frozenset({"de", "d'", "d’", "of", "worth"})
AMOUNT_WORDS = frozenset({"de", "d'", "d’", "of", "million", "millions", "milliard", "milliards", "billion", "billions",
                          "euros", "dollars", "francs", "roubles", "yens", "yuans", "m", "bn", "mn"})
AMOUNT_REACH = 5
# at most this many words between an agreement and another named as its complement ("l'accord d'adhésion à la Convention")
COMPLEMENT_GAP = 4
# model labels that name the same kinds of things as our rules
MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
# a one-token model entity with one of these parts of speech is a capitalised common word ("Conforme", "Citant")
NOT_NAME_POS = frozenset({"VERB", "ADJ", "ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM", "PUNCT"})
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def phrase_form(pattern: Sequence[dict]) -> tuple[str, list[list[str]]] | None:
    """("LOWER" or "ORTH", phrases) when a token pattern is a plain token sequence, else None.

    spaCy's Matcher tries every pattern at every token; the PhraseMatcher finds
    the same plain sequences in a fraction of the time. Only exact equivalents
    qualify: one LOWER (already lowercase) or TEXT/ORTH key a token, no operator;
    a TEXT without letters ("-", "1") compares the same on LOWER. A LOWER with an
    IN list of lowercase words ("donné", "sans" ... before "son accord") stands
    for each of its words: the pattern is the phrases they make, if not too many.
    """
    options, attrs = [], set()
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        key, value = next(iter(token.items()))
        if key == "LOWER" and isinstance(value, dict) and list(value) == ["IN"]:
            words = value["IN"]
            if not words or not all(isinstance(w, str) and w and w == w.lower() for w in words):
                return None
            attrs.add("LOWER")
            options.append(list(words))
            continue
        if not isinstance(value, str) or not value:
            return None
        if key == "LOWER" and value == value.lower():
            attrs.add("LOWER")
        elif key in ("TEXT", "ORTH"):
            attrs.add("ORTH" if any(c.isalpha() or not c.isascii() for c in value) else "ANY")
        else:
            return None
        options.append([value])
    if "LOWER" in attrs and "ORTH" in attrs:
        return None
    if math.prod(len(o) for o in options) > MAX_PHRASE_VARIANTS:
        return None
    return ("ORTH" if "ORTH" in attrs else "LOWER"), [list(words) for words in itertools.product(*options)]


def _clause_with_subject(item: Span | Token) -> Token | None:
    """The nearest verb above a word (or a span's root) that has a subject of its own; None if none."""
    token = item.root if isinstance(item, Span) else item
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("ROOT", "advcl", "ccomp", "conj", "acl:relcl"):
            if any(c.dep_.startswith("nsubj") for c in token.children):
                return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


# a token pattern with IN lists is matched as phrases up to this many ("donné|sans ... son|leur accord")
MAX_PHRASE_VARIANTS = 512
HYPHENS = frozenset({"-", "‑", "–"})  # "US-led": a hyphen joins the adjective to what it qualifies
# an amendment names what it amends within a few words ("un avenant de 164 millions d'euros au contrat")
AMENDED_REACH = 8

class CoopEntityRuler:
    """Match the rule files, resolve context, merge with the model's entities."""

    def __init__(
        self,
        nlp: Language,
        name: str = "coop_entity_ruler",
        *,
        lang: str,
        families: Sequence[str] = resources.RULE_FAMILIES,
        overwrite_ents: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.lang = lang
        self.families = tuple(families)
        self.overwrite_ents = overwrite_ents
        self.context = resources.context(lang)
        self._actor_nouns = {w.lower() for w in self.context["actor_nouns"]}
        self._adjective_skip = {w.lower() for w in self.context["adjective_skip"]}
        self._location_prepositions = {w.lower() for w in self.context["location_prepositions"]}
        self._government_triggers = {w.lower() for w in self.context["government_triggers"]}
        self._government_title_heads = {w.lower() for w in self.context.get("government_title_heads", [])}
        self._government_single = {w.lower() for w in self.context.get("government_single", [])}
        self._reference_nouns = {w.lower() for w in self.context.get("reference_nouns", [])}
        # "the statement": a reference only to an agreement named with that word ("joint statement"), never
        # to another kind ("said in a statement" after a memorandum is a press statement)
        self._founding_participles = {w.lower() for w in self.context.get("founding_participles", [])}
        self._head_reference_nouns = {w.lower() for w in self.context.get("head_reference_nouns", [])}
        self._launcher_nouns = {w.lower() for w in self.context.get("launcher_nouns", [])}
        self._definite = {w.lower() for w in self.context.get("definite_determiners", [])}
        self._nominal_articles = set(self.context.get("nominal_nationality_articles", []))
        self._negative_determiners = {w.lower() for w in self.context.get("negative_determiners", [])}
        self._similar = {w.lower() for w in self.context.get("similarity_adjectives", [])}
        self._similar_phrases = [tuple(p.lower().split()) for p in self.context.get("similarity_phrases", [])]
        self._restrictive_relatives = {w.lower() for w in self.context.get("restrictive_relatives", [])}
        self._pair_links = {w.lower() for w in self.context.get("pair_links", [])}
        self._place_suffixes = {w.lower() for w in self.context.get("place_suffixes", [])}
        self._amendment_nouns = {w.lower() for w in self.context.get("amendment_nouns", [])}
        self._amended_links = {w.lower() for w in self.context.get("amended_links", [])}
        self._titles = sorted((t for t in self.context["titles"]), key=len, reverse=True)
        # nouns whose name follows them even where names usually come first ("the shuttle Discovery")
        self._names_after = {w.lower() for w in self.context.get("mission_nouns_name_after", [])}
        self._mission_nouns = {w.lower() for w in self.context.get("mission_nouns", [])} | self._names_after
        self._describing_links = {w.lower() for w in self.context.get("describing_links", [])}
        self._body_name_links = {w.lower() for w in self.context.get("body_name_links", [])}
        self._company_nouns = {w.lower() for w in self.context.get("company_nouns", [])}
        bodies = resources.load_json("company_states.json")
        self._body_states: dict[str, str] = bodies["states"]
        self._seat_states: dict[str, str] = bodies.get("seat_states", {})
        self._short_names: dict[str, list[str]] = self.context.get("short_names", {})
        self._mission_noun_ids = {get_string_id(w) for w in self._mission_nouns}  # compared with LOWER arrays
        self._coordinators = {"et", "and"}
        self._mission_modifiers = {w.lower() for w in self.context.get("mission_modifiers", [])}
        self._mission_name_after = self.context.get("mission_name_after_noun", True)
        self._name_stop = {w.lower() for w in self.context.get("mission_name_stop", [])}
        actions = resources.load_json(f"{lang}/actions.json")
        self._celestial = set(actions["celestial_bodies"])
        self._place_prepositions = set(actions["place_prepositions"])  # "à Tunxi": a place
        self._indefinite = set(actions["indefinite_articles"])  # "Kowsar, un satellite"
        self._reset()
        self.add_rules(r for family in self.families for r in resources.load_rules(lang, family))

    def _reset(self) -> None:
        self.rules: dict[str, Rule] = {}
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        # token patterns that are plain token sequences, matched as phrases (see phrase_form)
        self.token_phrases = {attr: PhraseMatcher(self.nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self._token_order: dict[int, int] = {}
        # two rules on the same words, written alike ("US" the country and the adjective), are decided by
        # this, not by the order of the matchers' hash keys: the adjective first (the country where nothing
        # it could qualify follows, see _adjective_used_as_name), then the rule's position in the data
        self._rule_order: dict[int, tuple[bool, int]] = {}

    # -- patterns -----------------------------------------------------------
    def add_rules(self, rules: Iterable[Rule]) -> None:
        for rule in rules:
            if rule.label not in RULE_LABELS:
                raise ValueError(f"{rule.rule_id}: unknown label {rule.label!r}")
            self.rules[rule.rule_id] = rule
            self._rule_order[self.nlp.vocab.strings.add(rule.rule_id)] = (rule.label != "NATIONALITY", len(self._rule_order))
            if isinstance(rule.pattern, str):
                variants = {rule.pattern, rule.pattern[:1].upper() + rule.pattern[1:]}
                self.phrase_matcher.add(rule.rule_id, [self.nlp.make_doc(v) for v in sorted(variants)])
            else:
                key = self.nlp.vocab.strings.add(rule.rule_id)
                self._token_order[key] = len(self._token_order)
                plain = phrase_form(rule.pattern)
                if plain is None:
                    self.matcher.add(rule.rule_id, [list(rule.pattern)])
                else:
                    attr, phrases = plain
                    self.token_phrases[attr].add(rule.rule_id, [Doc(self.nlp.vocab, words=words) for words in phrases])

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = [
            {"label": r.label, "pattern": r.pattern if isinstance(r.pattern, str) else list(r.pattern), "id": r.id}
            for r in self.rules.values()
        ]
        srsly.write_jsonl(path / "patterns.jsonl", lines)
        srsly.write_json(path / "cfg", {"lang": self.lang, "families": list(self.families)})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "CoopEntityRuler":
        path = Path(path)
        self._reset()
        rules = [
            Rule(label=obj["label"], pattern=obj["pattern"] if isinstance(obj["pattern"], str) else tuple(obj["pattern"]),
                 id=obj["id"], rule_id=f"disk:{i}")
            for i, obj in enumerate(srsly.read_jsonl(path / "patterns.jsonl"), start=1)
        ]
        self.add_rules(rules)
        return self

    # -- matching -----------------------------------------------------------
    @guarded
    def __call__(self, doc: Doc) -> Doc:
        spans = self.match(doc)
        spans = self.resolve_context(doc, spans, SentenceIndex(doc))
        self.set_annotations(doc, spans)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Candidate entities. Rule data stays on `RuleMatch` records until the end: spaCy keys a
        span's custom attributes by its character offsets, so two candidates over the same words
        ("Argentine" the country and the adjective) would overwrite each other's."""
        token_matches = [*self.token_phrases["LOWER"](doc), *self.token_phrases["ORTH"](doc)]
        if len(self.matcher):
            token_matches += self.matcher(doc)
        # the order the Matcher gives: by end token, start, rule (ties on one span need it, for filter_spans)
        token_matches.sort(key=lambda m: (m[2], m[1], self._token_order[m[0]]))
        found: dict[tuple[int, int, str], RuleMatch] = {}
        text = doc_text(doc)
        phrase_matches = sorted(self.phrase_matcher(doc), key=lambda m: (m[2], m[1], *self._rule_order[m[0]]))
        for key, start, end in [*token_matches, *phrase_matches]:
            rule = self.rules[self.nlp.vocab.strings[key]]
            span = Span(doc, start, end, label=rule.label)
            candidate = RuleMatch(span, rule.id, rule.rule_id,
                                  isinstance(rule.pattern, str) and rule.pattern == text[span.start_char : span.end_char])
            found[(start, end, rule.label)] = candidate
        matches = _exact_case_first([m for m in found.values() if not _adjective_used_as_name(m, found, doc)])
        series = self.match_series(doc)
        # a numbered name beats a list entry it overlaps ("mission Artemis" | "Artemis IV") unless
        # the entry contains it whole ("Louna-Ressours-1 (Louna-26)" stays two mentions)
        matches = [m for m in matches if not any(_overlaps_partly(m.span, n.span) for n in series)] + series
        by_span = {(m.span.start, m.span.end, m.span.label_): m for m in matches}
        # longest match wins; _EXCLUDE phrases ("d'un commun accord") swallow what they cover
        kept = [by_span[(s.start, s.end, s.label_)] for s in filter_spans([m.span for m in matches])]
        kept = [m for m in kept if m.span.label_ != "_EXCLUDE"]
        spans = []
        set_norm, set_rule_id = span_setter(doc, "norm"), span_setter(doc, "rule_id")  # span._.x = ..., faster
        for m in kept:
            set_norm(m.span, m.norm)
            set_rule_id(m.span, m.rule_id)
            spans.append(m.span)
        self._mark_agency_countries(spans, matches)
        spans.extend(self.match_named_missions(doc, spans))
        return sorted(spans, key=lambda s: s.start)

    def match_series(self, doc: Doc) -> list["RuleMatch"]:
        """Numbered missions by pattern (Chang'e-8, Louna-26, CBERS-4A, Artemis II), not by list."""
        found = []
        for match in _series_regex().finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), label="MISSION", alignment_mode="expand")
            if span is None:
                continue
            template = _series_templates()[match.lastgroup]
            norm = template.replace("{n}", match.group(match.lastgroup + "_n"))
            norm = _series_aliases().get(norm, norm)  # "Chandrayaan-5" is LUPEX
            found.append(RuleMatch(span, norm, f"{SERIES_RULE_ID}:{match.lastgroup}", True))
        taken = {i for m in found for i in range(m.span.start, m.span.end)}
        for match in _satellite_regex().finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), label="MISSION", alignment_mode="expand")
            if span is None or not match.group()[0].isupper() or any(i in taken for i in range(span.start, span.end)):
                continue
            norm = _DASHES_RE.sub("-", " ".join(match.group().split()))
            found.append(RuleMatch(span, _series_aliases().get(norm, norm), f"{SERIES_RULE_ID}:satellite", True))
        return found

    def _mark_agency_countries(self, kept: list[Span], candidates: list["RuleMatch"]) -> None:
        """A country word inside an agency's name ("l'agence spatiale russe", "Indian Space Research
        Organisation") designates its state as an actor: remember it on the agency span."""
        words = [m for m in candidates if m.span.label_ in COUNTRY_WORD_LABELS]
        for agency in kept:
            if agency.label_ != "AGENCY":
                continue
            for word in words:
                if agency.start <= word.span.start and word.span.end <= agency.end:
                    agency._.country_word = (word.span.start_char, word.span.end_char, word.norm)
                    break

    def match_named_missions(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Names that a mission noun introduces: "la sonde SLIM", "the Danuri lunar orbiter"."""
        if not self._mission_nouns:
            return []
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        nouns = self._mission_noun_ids
        # the noun positions from one array of LOWER ids: a Token object only where a noun is
        for position in [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in nouns]:
            token = doc[position]
            if token.i in covered:
                continue
            step = 1 if self._mission_name_after or token.lower_ in self._names_after else -1
            i = token.i + step
            skipped = 0
            while 0 <= i < len(doc) and skipped < 3 and (doc[i].lower_ in self._mission_modifiers or (
                    i in covered and any(s.label_ in COUNTRY_WORD_LABELS and s.start <= i < s.end for s in taken))):
                i += step
                skipped += 1
            name = self._name_run(doc, i, step, covered)
            if not name and step == 1:
                name = self._apposed_before(doc, token.i, covered)
            comma = i if step == 1 else token.i + 1
            if not name and 0 <= comma < len(doc) - 1 and doc[comma].text == ",":
                # "a Korean cubesat, K-RadCube, to ride on ...", "le premier satellite italien, San Marco 1,":
                # the name apposed after the noun and its modifiers
                name = self._name_run(doc, comma + 1, 1, covered)
                after = max(name) + 1 if name else 0
                if not name or (after < len(doc) and doc[after].text not in (",", ".", ")", ";")
                                and not doc[after].is_space) or any(
                        e.label_ == "PER" and e.start <= name[0] < e.end for e in doc.ents):
                    name = []  # "le vice-président du laboratoire, Wu Yanhua,": a person, not a mission
            if not name:
                continue
            names = [name]
            after = max(name) + 1
            if step == 1 and after + 1 < len(doc) and doc[after].lower_ in self._coordinators:
                # "ses satellites radar COSMO-SkyMed et ALOS-4": a second name joined to the first
                second = self._name_run(doc, after + 1, 1, covered)
                if second:
                    names.append(second)
            for k, run in enumerate(names):
                start, end = min(run), max(run) + 1
                span = Span(doc, start, end, label="MISSION")
                if span.text in self._celestial or span.text.lower() in self._mission_modifiers:
                    continue
                if start > 0 and doc[start - 1].lower_ in ("de", "d'", "d’", "of") and any(
                        e.label_ == "LOC" and e.start <= start < e.end for e in doc.ents):
                    continue  # "l'Observatoire de Belgrade": the place the noun belongs to, not its name
                # "ELSA-M." at the end of a sentence: the tokenizer kept the full stop on the last letter
                span._.norm = span.text[:-1] if span.text.endswith(".") and len(span[-1]) <= 2 else span.text
                first = names[0]
                if k == 1 and len(run) == 1 and doc[start].text[:1].isdigit() and len(first) >= 2 \
                        and doc[max(first)].text[:1].isdigit():
                    # "les satellites SAOCOM 1A et 1B": the second number keeps the first one's name
                    span._.norm = f"{doc[min(first):max(first)].text} {span._.norm}"
                span._.rule_id = f"{self.lang}/{NAMED_MISSION_RULE_ID}"
                found.append(span)
                covered.update(range(start, end))
        return found

    def _apposed_before(self, doc: Doc, noun: int, covered: set[int]) -> list[int]:
        """ "a placé sur orbite Kowsar, un satellite d'imagerie, et Hodhod, un petit satellite": a name
        set off before an indefinite mission noun (at most one adjective between) that describes it."""
        k = noun - 1
        if k >= 0 and doc[k].lower_ not in self._indefinite and doc[k].is_alpha and doc[k].text.islower():
            k -= 1  # "un petit satellite"
        if k < 2 or doc[k].lower_ not in self._indefinite or doc[k - 1].text != ",":
            return []
        name = sorted(self._name_run(doc, k - 2, -1, covered))
        if not name or name[0] == 0 or doc[name[0] - 1].is_sent_start or doc[name[0]].is_sent_start or any(
                e.label_ == "PER" and e.start <= name[0] < e.end for e in doc.ents):
            return []  # "Dupont, un ingénieur" (a person), a sentence's first word
        return name

    def _name_run(self, doc: Doc, i: int, step: int, covered: set[int]) -> list[int]:
        """The name-like tokens from i on, in the direction of step; "Spektr-RG", "K-RadCube" (a hyphen
        between two name parts, no space around it) are one name."""
        name: list[int] = []
        while 0 <= i < len(doc) and len(name) < MAX_MISSION_NAME_TOKENS and i not in covered:
            if self._name_like(doc[i]):
                name.append(i)
            elif (doc[i].text == "-" and name and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                  and 0 <= i + step < len(doc) and i + step not in covered and self._name_like(doc[i + step])):
                name.append(i)
            else:
                break
            i += step
        if name and step == 1 and i < len(doc) and i not in covered and doc[i].text.isdigit() and len(doc[i].text) <= 3:
            name.append(i)  # "San Marco 1", "Landsat 9"
        return name

    def _name_like(self, token) -> bool:
        text = token.text
        if token.is_punct or token.is_space or token.lower_ in self._name_stop:
            return False
        return text[:1].isupper() or (text[:1].isdigit() and any(c.isalpha() for c in text))

    def resolve_context(self, doc: Doc, spans: list[Span], sentences: SentenceIndex | None = None) -> list[Span]:
        """Decide what each candidate is in its context; drop what is not an entity."""
        sentences = sentences or SentenceIndex(doc)
        kept: list[Span] = []
        home_seats = self._home_seats(spans)
        for span in spans:
            if span.label_ == "SEAT" and span.text in home_seats and not self._after_location_preposition(span):
                capital = self._relabel(span, "COUNTRY")  # "what Brussels hopes", in an article about Belgium
                capital._.norm = home_seats[span.text]
                kept.append(capital)
            elif span.label_ in ("CAPITAL", "SEAT"):
                if self._after_location_preposition(span):
                    place = self._relabel(span, "LOC")  # "à Pékin", "le forum de Tokyo": a place
                    place._.norm = span.text
                    kept.append(place)
                else:
                    # "Pékin" for China; "Bruxelles" for the European Union, an organisation, no country
                    kept.append(self._relabel(span, "COUNTRY" if span.label_ == "CAPITAL" else "ORG"))
            elif span.label_ == "NATIONALITY":
                if self._qualifies_actor(doc, span, spans):
                    kept.append(self._relabel(span, "COUNTRY"))
            elif span.label_ == "MISSION" and self._names_a_launcher(doc, span):
                continue  # "le lanceur Soyouz", "a Soyuz rocket": a launch vehicle, not a mission
            else:
                kept.append(span)
        resolved: list[Span] = []
        for span in kept:
            if span.label_ == "AGENCY" and span._.norm == NATIONAL:
                agency = self._national_agency(span, resolved, sentences)
                if agency is None:
                    continue
                span._.norm = agency
            elif span.label_ == "AGREEMENT":
                if not self._resolve_agreement(doc, span, resolved, sentences):
                    continue
            resolved.append(span)
        self._headline_agreement(doc, resolved, sentences)
        self._amendment_types(doc, resolved)
        return self._defined_bodies(doc, self._defined_acronyms(doc, resolved))

    def _defined_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "have signed an Implementation Agreement (IA)" ... "The IA was signed Nov. 20": an acronym
        defined in brackets right after an agreement names that agreement wherever it recurs; after an
        indefinite article ("a government-to-government TSA") it names another one of its type."""
        covered = {i for s in spans for i in range(s.start, s.end)}
        defined: dict[str, Span] = {}
        for span in spans:
            end = span.end
            if (span.label_ == "AGREEMENT" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                    and end + 1 not in covered and _acronym(doc[end + 1].text)):
                defined.setdefault(doc[end + 1].text, span)
        if not defined:
            return spans
        starts = {s.start for s in spans if s.label_ == "AGREEMENT"}
        ends = {s.end for s in spans if s.label_ == "AGREEMENT"}
        found = []
        for token in doc:
            definer = defined.get(token.text)
            # "the ECS Agreement": the agreement word that follows is the mention already
            if (definer is None or token.i <= definer.end + 1 or token.i in covered
                    or token.i + 1 in starts or token.i in ends):
                continue
            mention = Span(doc, token.i, token.i + 1, label="AGREEMENT")
            mention._.norm = definer._.norm
            if not self._indefinite_before(doc, token.i):
                mention._.ref = definer.start
            found.append(mention)
        return sorted(spans + found, key=lambda s: s.start) if found else spans

    def _defined_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Mexico's Secretariat of Communications and Transportation (SCT)", "the Korea Advanced
        Institute of Science and Technology (KAIST)", « l'Administration météorologique de Chine (CMA) »:
        an acronym in brackets after the name of a body that names one state stands for a body of that
        state wherever it recurs in the article (the same letters are another body in another one:
        Kenya's KAIST); so does a firm a nationality introduces (`_introduced_companies`). Their mentions
        become ORG spans and `doc._.body_states` gives their state."""
        states: dict[str, str] = {}
        by_start = {s.start: s for s in spans}
        # the bracketed words, from the Doc's words the person finder has read (a Token only where one is)
        texts = DocWords.of(doc).texts
        for k in [k for k in range(2, len(texts) - 1) if texts[k - 1] == "(" and texts[k + 1] == ")"]:
            acronym = texts[k]
            named = by_start.get(k)
            if (not _acronym(acronym) or acronym in states
                    or acronym in self._body_states or (named is not None and not (
                        named.label_ == "ORG" or named._.rule_id == NAMED_MISSION_RULE_ID))):
                continue  # a known agency, country, agreement or mission ("China-Brazil Earth Resources Satellite (CBERS)")
            state = self._named_body_state(doc, k - 1, spans, states)
            if state:
                states[acronym] = state
        for name, state in self._introduced_companies(doc, spans):
            states.setdefault(name, state)
        short = self._short_names_used(spans)
        states.update(short)
        if not states:
            return spans
        names = {tuple(name.split(" ")): name for name in states}
        mentions: list[tuple[int, int, str]] = []
        for k in range(len(texts)):
            for words, name in names.items():
                if tuple(texts[k : k + len(words)]) == words and not (
                        name in short and self._part_of_longer_name(texts, k, k + len(words))):
                    mentions.append((k, k + len(words), name))
        spans_of = {(a, b) for a, b, _ in mentions}
        # "KAIST" read as a mission's or a person's name, "Yahsat" as a person's: the body it stands for
        kept = [s for s in spans if (s.start, s.end) not in spans_of or s.label_ in ("AGENCY", "COUNTRY", "AGREEMENT")]
        covered = {i for s in kept for i in range(s.start, s.end)}
        found = []
        for start, end, name in mentions:
            if covered.isdisjoint(range(start, end)):
                body = Span(doc, start, end, label="ORG")
                body._.norm = name
                found.append(body)
                covered.update(range(start, end))
        doc._.body_states = states
        return sorted(kept + found, key=lambda s: s.start)

    def _short_names_used(self, spans: list[Span]) -> dict[str, str]:
        """ "la Commission" once « la Commission européenne » is named: the short name of a body the
        article named in full stands for it (and its state) wherever it recurs."""
        named = {s._.norm for s in spans if s.label_ == "ORG"}
        return {short: self._body_states[full] for short, fulls in self._short_names.items()
                for full in fulls if full in named and full in self._body_states}

    def _part_of_longer_name(self, texts: Sequence[str], start: int, end: int) -> bool:
        """ "the African Union Commission", « la Commission de l'Union africaine »: another body."""
        return (start > 0 and texts[start - 1][:1].isupper() and texts[start - 1].lower() not in self._definite) \
            or (end < len(texts) and (texts[end][:1].isupper() or texts[end].lower() in self._body_name_links))

    def _introduced_companies(self, doc: Doc, spans: list[Span]) -> Iterator[tuple[str, str]]:
        """ "Emirati satellite operator Yahsat", « le groupe israélien El-Op », "the Japanese television
        network TBS": a firm a nationality and a company noun introduce is of that state wherever the
        article names it again (counted as its state's side, not as a side apart)."""
        taken = {i for s in spans if s.label_ != "COUNTRY" for i in range(s.start, s.end)}
        for country in (s for s in spans if s.label_ == "COUNTRY"):
            if self.lang == "en":
                i = country.end
                while i < min(len(doc), country.end + 3) and doc[i].is_lower and doc[i].is_alpha \
                        and doc[i].lower_ not in self._company_nouns:
                    i += 1
                if i >= len(doc) or doc[i].lower_ not in self._company_nouns:
                    continue
                start = i + 1
            else:
                if country.start == 0 or not (doc[country.start - 1].lower_ in self._company_nouns
                                              or self._nominal_firm(doc, country)):
                    continue
                start = country.end
            end = start
            while end < min(len(doc), start + 4) and end not in taken and (
                    doc[end].text[:1].isupper() or (doc[end].text == "-" and end > start)):
                end += 1
            if end == start or doc[end - 1].text == "-" or (end < len(doc) and doc[end].text == "-"):
                continue
            name = doc[start:end].text
            if name not in self._body_states:
                yield name, country._.norm

    def _named_body_state(self, doc: Doc, bracket: int, spans: list[Span], known: dict[str, str]) -> str:
        """The one state the name before a bracket names: a country word in it, or its possessor
        ("Mexico's ..."; "KAIST's Satellite Technology Research Center (SaTReC)" after KAIST was defined).
        "" when the name holds an agency or a known body, names no state, or two."""
        start = bracket
        capitals = 0
        while start > max(0, bracket - 12):
            token = doc[start - 1]
            if token.is_title or token.is_upper:
                capitals += 1
            elif not (token.lower_ in self._body_name_links or (self.lang == "fr" and token.pos_ == "ADJ")):
                break
            start -= 1
        while start < bracket and doc[start].lower_ in self._body_name_links:
            start += 1
        if start >= bracket or not doc[start].is_title or capitals < 2:
            return ""
        found: set[str] = set()
        for span in spans:
            if span.start >= start and span.end <= bracket:
                if span.label_ == "AGENCY" or (span.label_ == "ORG" and span._.norm in self._body_states):
                    return ""
                if span.label_ == "COUNTRY":
                    found.add(span._.norm)
        if start >= 2 and doc[start - 1].lower_ in ("'s", "’s"):
            possessor = next((s for s in spans if s.end == start - 1 and s.label_ == "COUNTRY"), None)
            if possessor is not None:
                found.add(possessor._.norm)
            elif doc[start - 2].text in known:
                found.add(known[doc[start - 2].text])
        return found.pop() if len(found) == 1 else ""

    def _indefinite_before(self, doc: Doc, i: int) -> bool:
        """Whether the phrase a word ends starts with "a" / "un" (its nearest article within four words,
        the parts of a hyphened word counting as one)."""
        words = 0
        for token in reversed(doc[max(0, i - 12) : i]):
            if token.text == "-" or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_):
                continue
            words += 1
            if words > 4 or token.is_punct or token.lower_ in self._definite:
                return False
            if token.lower_ in self._indefinite:
                return True
        return False

    def _amendment_types(self, doc: Doc, spans: list[Span]) -> None:
        """ "un avenant de 164 millions d'euros au contrat ESPRIT", "an amendment to the 2014 agreement":
        an amendment is of the type of the agreement it amends."""
        agreements = [s for s in spans if s.label_ == "AGREEMENT"]
        for k, span in enumerate(agreements):
            if span[-1].lower_ not in self._amendment_nouns or k + 1 == len(agreements):
                continue
            amended = agreements[k + 1]
            before = doc[max(span.end, amended.start - 2) : amended.start]
            if (amended.start - span.end <= AMENDED_REACH and any(t.lower_ in self._amended_links for t in before)
                    and not any(t.is_sent_start for t in doc[span.end : amended.end])):
                span._.norm = amended._.norm

    @staticmethod
    def _headline_agreement(doc: Doc, spans: list[Span], sentences: SentenceIndex) -> None:
        """ "Japan and the Philippines seal space cooperation pact" over "... inked a memorandum of
        cooperation": a bare agreement word in a headline names the agreement its lead names."""
        if len(sentences.spans) < 2 or not unclosed(sentences.spans[0]):
            return
        headline = sentences.spans[0]
        bare = [s for s in spans if s.label_ == "AGREEMENT" and s.end <= headline.end and s._.norm == GENERIC_AGREEMENT
                and len(s) == 1 and not s[-1].lower_.endswith("s")]  # one agreement, not "deux accords"
        if not bare:
            return
        lead_start = next((s.start for s in sentences.spans[1:] if not all(t.is_space for t in s)), len(doc))
        lead_end = next((k for k in range(lead_start, len(doc)) if doc[k].is_space and "\n" in doc[k].text), len(doc))
        kinds = {s._.norm for s in spans
                 if s.label_ == "AGREEMENT" and lead_start <= s.start < lead_end and s._.norm != GENERIC_AGREEMENT}
        if len(kinds) == 1:
            (kind,) = kinds
            for span in bare:
                span._.norm = kind

    def _names_a_launcher(self, doc: Doc, span: Span) -> bool:
        before = doc[span.start - 1].lower_ if span.start else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return before in self._launcher_nouns or after in self._launcher_nouns

    def _home_seats(self, spans: list[Span]) -> dict[str, str]:
        """The seats that stand for the state whose capital they are: the article names that state, and the
        organisation seated there under no other name."""
        # each seat: the state whose capital it is, and the organisation seated there
        seats = {s.text: (self._seat_states[s.text], self._body_states.get(s._.norm))
                 for s in spans if s.label_ == "SEAT" and s.text in self._seat_states}
        if not seats:
            return {}
        states = {s._.norm for s in spans if s.label_ in COUNTRY_WORD_LABELS}
        organisations = {self._body_states.get(s._.norm) for s in spans if s.label_ == "ORG"}
        return {city: state for city, (state, seated) in seats.items() if state in states and seated not in organisations}

    def _relabel(self, span: Span, label: str) -> Span:
        new = Span(span.doc, span.start, span.end, label=label)
        new._.norm = span._.norm
        new._.rule_id = span._.rule_id
        return new

    def _after_location_preposition(self, span: Span) -> bool:
        """ "à Pékin", "in Washington"; and in English a capital that begins a longer name ("the Paris
        Air Show", "the Beijing Declaration") names that thing, not the government."""
        doc = span.doc
        if self.lang == "en" and span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].is_alpha \
                and span.start > 0 and doc[span.start - 1].lower_ in self._definite:
            return True
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in self._place_suffixes:
            return True  # "the Paris-based agency": where the agency is, not the government
        if span.start == 0:
            return False
        before = doc[span.start - 1].lower_
        return before in self._location_prepositions

    def _qualifies_actor(self, doc: Doc, span: Span, spans: list[Span]) -> bool:
        """A nationality adjective counts when it qualifies an actor noun, on either side."""
        if self._nominal_firm(doc, span):
            return True
        nationality_tokens = {t.i for s in spans if s.label_ == "NATIONALITY" for t in s}
        for step in (-1, 1):
            i = span.start - 1 if step < 0 else span.end
            for _ in range(5):
                if i < 0 or i >= len(doc) or doc[i].is_sent_start and step > 0:
                    break
                token = doc[i]
                lower = token.lower_
                if lower in self._actor_nouns or token.lemma_.lower() in self._actor_nouns:
                    return True
                if step < 0 and i >= 2 and doc[i - 1].text in HYPHENS and \
                        f"{doc[i - 2].lower_}-{lower}" in self._actor_nouns:
                    return True  # « la start-up sud-coréenne »: a noun the tokenizer split at its hyphen
                if lower in self._adjective_skip or i in nationality_tokens or (
                        token.text in HYPHENS and i + step in nationality_tokens) or (  # "the Russian-Ukrainian company"
                        step > 0 and token.is_title and token.is_alpha and not token.is_sent_start and doc.lang_ == "en") or (
                        step < 0 and token.pos_ == "ADJ" and token.is_lower):  # « le groupe minier brésilien Vale »
                    # "the Soviet Hydrometeorological Service": an English name's capitalised words
                    i += step
                    continue
                break
        return False

    def _nominal_firm(self, doc: Doc, span: Span) -> bool:
        """ « avec l'américain Sierra Nevada Corporation », « le russe Energia »: a nationality an article makes a
        noun, right before a name, is that firm's."""
        return span.start > 0 and doc[span.start - 1].lower_ in self._nominal_articles and span[0].is_lower \
            and span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].is_alpha

    def _national_agency(self, span: Span, previous: list[Span], sentences: SentenceIndex) -> str | None:
        """'l'agence spatiale de son pays': the agency of the nearest country before it."""
        sentence_start = sentences.of(span.start).start
        for other in reversed(previous):
            if other.start < sentence_start:
                break
            if other.label_ == "COUNTRY":
                return resources.national_agency(other._.norm)
        return None

    def _resolve_agreement(self, doc: Doc, span: Span, previous: list[Span], sentences: SentenceIndex) -> bool:
        """Give references back the type they refer to; spot agreements between governments."""
        antecedent = self._antecedent(span, previous, sentences)
        if span._.norm == REFERENCE:
            if span[-1].lower_ in self._head_reference_nouns:
                antecedent = self._same_head_antecedent(span, previous)
            elif span[-1].lower_ not in self._reference_nouns:
                # "the accords": named like its antecedent; "Un accord conclu à Libreville le 6 octobre 1986 ...
                # une version révisée de cet accord": the nearest one named with that word, a generic one too
                antecedent = self._same_head_antecedent(span, previous, generic=True) or antecedent
            if antecedent is None:
                return False
            span._.norm = antecedent._.norm
            span._.ref = antecedent.start
            return True
        if span._.norm == GENERIC_AGREEMENT:
            # "des" is "de les" in "la signature des accords", an indefinite article in "ont signé des accords":
            # the morphologizer tells them apart
            definite = span.start > 0 and doc[span.start - 1].lower_ in self._definite and \
                "Ind" not in doc[span.start - 1].morph.get("Definite")
            if antecedent is None or span[-1].lower_ not in {t.lower_ for t in antecedent}:
                # "un accord de partenariat économique ... l'accord": the agreement just named with the
                # same word, before an older one of a specific type
                antecedent = self._same_head_antecedent(span, previous) or antecedent
            antecedent = self._of_the_year(doc, span, previous, sentences) or antecedent
            if antecedent is not None and self._like_another(doc, span):
                span._.norm = antecedent._.norm  # "un protocole semblable": another one of the same type
                return True
            if definite and antecedent is None and len(span) == 1 and self._bare_subject(doc, span):
                # "The pact follows similar agreements ...", paragraphs after any agreement was named: the
                # agreement the article is about, the first one it names
                antecedent = next((s for s in previous if s.label_ == "AGREEMENT" and s._.norm != GENERIC_AGREEMENT), None)
            # "l'accord" refers back; "l'accord de coopération sur le satellite X" names one of its own, and
            # so does "the agreement that created the CBERS programme" (a relative clause with no comma)
            after = self._after_amount(doc, span.end)
            defined = after < len(doc) and doc[after].lower_ in self._restrictive_relatives
            # "l'accord général de coopération scientifique que les gouvernements ont signé": an adjective and a
            # complement describe a new one
            defined = defined or (span.end + 1 < len(doc) and doc[span.end].pos_ == "ADJ"
                                  and doc[span.end + 1].lower_ in self._describing_links)
            # "l'accord créant l'organisation Intersputnik": what it founded says which one
            defined = defined or (span.end < len(doc) and doc[span.end].lower_ in self._founding_participles)
            if definite and antecedent is not None and not defined and (len(span) == 1 or self._same_words(span, antecedent)):
                if antecedent._.norm == GENERIC_AGREEMENT and self._governments_after(doc, span):
                    # "signed an agreement ... The agreement between the two governments ... was signed in
                    # Washington": the words that name it name the one referred to as well
                    antecedent._.norm = "intergovernmental_agreement"
                span._.norm = antecedent._.norm
                span._.ref = antecedent.start
            elif self._between_governments(sentences.of(span.start), span):
                span._.norm = "intergovernmental_agreement"
            return True
        if (antecedent is not None and antecedent._.norm == GENERIC_AGREEMENT and span.start > 0
                and doc[span.start - 1].lower_ in self._definite and self._names_the_last_one(span, antecedent, sentences)
                # ("Les mémorandums signés avec les Américains": those named so before, not the last agreement)
                and not any(o.label_ == "AGREEMENT" and o._.norm == span._.norm for o in previous)
                # ("a signé des accords ... Le contrat de Theos-2 proprement dit": one of them, not all)
                and _plural(span) == _plural(antecedent)):
            # "U.S. Strategic Command signed an agreement on Tuesday with Norway ... The memorandum of understanding
            # was signed by ...": the words of the sentence after name the agreement it told
            antecedent._.norm = span._.norm
            span._.ref = antecedent.start
            return True
        if span.start > 0 and doc[span.start - 1].lower_ in self._definite and len(span) == 1:
            # "The treaty, signed in Brasília ..." after "the 2003 treaty with Ukraine": the same document
            same = self._same_head_antecedent(span, previous)
            # (or, with no agreement named in the sentences before, the last one named so, however far back);
            # "le contrat de 129,4 millions d'euros qui confiait à OHB System ...": a relative clause defines another
            after = self._after_amount(doc, span.end)
            defined = after < len(doc) and doc[after].lower_ in self._restrictive_relatives
            if same is not None and same._.norm == span._.norm and (antecedent is None or same.start == antecedent.start) \
                    and not defined:
                span._.ref = same.start
        return True

    @staticmethod
    def _after_amount(doc: Doc, i: int) -> int:
        """Where the words after an agreement's amount end ("le contrat de 129,4 millions d'euros qui confiait
        ...", "a contract worth $80 million that covers ..."), or i when no amount follows."""
        if i + 1 >= len(doc) or doc[i].lower_ not in AMOUNT_LINKS or not (doc[i + 1].like_num or doc[i + 1].is_currency):
            return i
        for j in range(i + 2, min(len(doc), i + 2 + AMOUNT_REACH)):
            if doc[j].is_punct and not doc[j].is_currency:
                return i
            if not (doc[j].like_num or doc[j].is_currency or doc[j].lower_ in AMOUNT_WORDS):
                return j
        return i

    @staticmethod
    def _of_the_year(doc: Doc, span: Span, previous: list[Span], sentences: SentenceIndex) -> Span | None:
        """ "la reconduction de l'accord de 1972", "the 1972 agreement": the agreement named before in a
        sentence that gives that year."""
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("de", "of") and _YEAR.fullmatch(doc[span.end + 1].text):
            year = doc[span.end + 1].text
        elif span.start >= 2 and _YEAR.fullmatch(doc[span.start - 1].text) and doc[span.start - 2].lower_ == "the":
            year = doc[span.start - 1].text
        else:
            return None
        for other in reversed(previous):
            if other.label_ == "AGREEMENT" and year in sentences.of(other.start).text:
                return other
        return None

    @staticmethod
    def _names_the_last_one(span: Span, antecedent: Span, sentences: SentenceIndex) -> bool:
        """Is `span` the subject of the sentence right after its generic antecedent's, with no year of its own
        ("... signed an agreement on Tuesday. The memorandum of understanding was signed by")? (The dates are
        tagged after this component: a year stands for them.)"""
        here, there = sentences.index(span.start), sentences.index(antecedent.start)
        sentence = sentences.spans[here]
        between = [k for k in range(there + 1, here) if not all(t.is_space for t in sentences.spans[k])]
        return (here > there and not between and span.start - sentence.start <= 1
                and not any(_YEAR.fullmatch(t.text) for t in sentence))

    @staticmethod
    def _bare_subject(doc: Doc, span: Span) -> bool:
        """ "The pact follows", "L'accord est entré en vigueur": one agreement, nothing said of it before its
        verb (not "l'accord conclu entre l'ESA et la CAS", not "des accords formels")."""
        if span.text.lower().endswith(("s", "x")) or span.end >= len(doc):
            return False
        following = doc[span.end]
        if doc.has_annotation("DEP"):
            return following.pos_ in ("VERB", "AUX") and span.root.dep_.startswith("nsubj")
        return following.lower_ in ("is", "was", "has", "had", "follows", "followed", "will", "would", "does", "did")

    def _like_another(self, doc: Doc, span: Span) -> bool:
        """ "a conclu un protocole semblable avec l'UKSA", "signed a similar agreement": a new agreement,
        of the type of the one before (the adjective right before it or right after it)."""
        return like_another(DocWords.of(doc).lowers, span.start, span.end, span.start - 1, self._similar,
                            self._similar_phrases)

    @staticmethod
    def _same_words(span: Span, other: Span) -> bool:
        return [t.lower_ for t in span] == [t.lower_ for t in other]

    def _governments_after(self, doc: Doc, span: Span) -> bool:
        """ "l'accord entre les deux gouvernements", "the agreement among the three governments"."""
        return span.end < len(doc) and doc[span.end].lower_ in self._pair_links and any(
            t.lower_ in self._government_triggers for t in doc[span.end + 1 : span.end + 4])

    def _between_governments(self, sentence: Span, mention: Span | None = None) -> bool:
        """Governments as parties ("les gouvernements russe et chinois", "accord intergouvernemental",
        "le gouvernement français et le gouvernement chinois"), not as a title ("les chefs de
        gouvernement") nor one government beside an agency ("NASA and the government of Japan"),
        nor governments of another clause than the agreement's, which has a subject of its own
        ("les gouvernements avaient publié une déclaration, tandis que le CNES et l'ISRO paraphaient un accord")."""
        doc = sentence.doc
        singles = 0
        own_clause = _clause_with_subject(mention) if mention is not None and doc.has_annotation("DEP") else None
        for token in sentence:
            lower = token.lower_
            if lower not in self._government_triggers and lower not in self._government_single:
                continue
            before = {t.lower_ for t in doc[max(sentence.start, token.i - 2) : token.i]}
            if before & self._government_title_heads:
                continue
            if own_clause is not None and _clause_with_subject(token) != own_clause:
                continue
            if lower in self._government_triggers:
                return True
            singles += 1
        return singles >= 2

    @staticmethod
    def _same_head_antecedent(span: Span, previous: list[Span], *, generic: bool = False) -> Span | None:
        """ "les accords" after "les accords Artemis", "the agreement" after "the framework agreement":
        the nearest earlier agreement named with the same word, however far back (of a specific type,
        unless `generic`)."""
        head = span[-1].lower_
        for other in reversed(previous):
            if other.label_ == "AGREEMENT" and (generic or other._.norm != GENERIC_AGREEMENT) and \
                    head in {t.lower_ for t in other}:
                return other
        return None

    def _antecedent(self, span: Span, previous: list[Span], sentences: SentenceIndex) -> Span | None:
        here = sentences.index(span.start)
        # "n'a encore signé aucun contrat ferme ... y signent l'accord": an agreement denied is no antecedent
        last_two = list(itertools.islice((other for other in reversed(previous) if other.label_ == "AGREEMENT" and not (
            other.start > 0 and other.doc[other.start - 1].lower_ in self._negative_determiners)), 2))
        if not last_two:
            return None
        other = last_two[0]
        # sentences between them, not counting the whitespace a paragraph break leaves as a sentence
        between = sum(1 for k in range(sentences.index(other.start) + 1, here + 1)
                      if not all(t.is_space for t in sentences.spans[k]))
        if between > REFERENCE_WINDOW:
            return None
        if len(last_two) > 1 and self._complement_of(last_two[1], other):
            return last_two[1]  # "l'accord d'adhésion à la Convention de l'ESA ... Le texte": the accession agreement
        return other

    @staticmethod
    def _complement_of(head: Span, other: Span) -> bool:
        """Is `other` named as a complement of the agreement `head` ("l'accord d'adhésion à la Convention")?"""
        doc = head.doc
        gap = doc[head.end : other.start]
        return (0 < len(gap) <= COMPLEMENT_GAP and gap[0].pos_ == "ADP"
                and all(t.pos_ in ("ADP", "DET", "NOUN", "ADJ") and not t.is_punct for t in gap))

    # -- annotations --------------------------------------------------------
    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        ents = doc.ents  # each read of Doc.ents makes its Spans anew
        surnames = self._country_surnames(ents, spans)
        if surnames:
            spans = [s for s in spans if (s.start, s.end) not in surnames]
        rule_tokens = {i for s in spans for i in range(s.start, s.end)}
        model_spans = []
        # words of the persons the model found with a first name: "à Kaïré" could still be one of them
        person_words = {t.lower_ for ent in ents if ent.label_ == "PER" and len(ent) > 1 for t in ent}
        for ent in ents:
            if self.overwrite_ents and not rule_tokens.isdisjoint(range(ent.start, ent.end)):
                continue
            label = MODEL_LABELS.get(ent.label_)
            if label is None or not self._looks_like_name(ent):
                continue
            if (label == "PER" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in self._place_prepositions
                    and ent[0].lower_ not in person_words):
                continue  # "signé jeudi à Tunxi": a lone word after "à" is a place, not a person
            span = Span(doc, ent.start, ent.end, label=label)
            span._.rule_id = ent._.rule_id  # set when an earlier rule component (persons) made it
            span._.norm = self.clean_person(span.text) if label == "PER" else span.text
            if label == "PER" and not span._.norm:
                continue
            model_spans.append(span)
        doc.ents = sorted(filter_spans(spans + model_spans), key=lambda s: s.start)

    def _country_surnames(self, ents: tuple[Span, ...], spans: list[Span]) -> set[tuple[int, int]]:
        """ "Stéphane Israël, président exécutif d'Arianespace": a country's name as the last word of a person
        the model found after capitalised first names is that person's surname, not the state (not "Premier
        ministre japonais", whose last word is an adjective, nor "M. Israël", whose first word is a title)."""
        found: set[tuple[int, int]] = set()
        countries = [s for s in spans if s.label_ == "COUNTRY" and len(s) == 1]
        if not countries:
            return found
        rule_tokens = {i for s in spans for i in range(s.start, s.end)}
        for ent in ents:
            if ent.label_ != "PER" or len(ent) < 2:
                continue
            for country in countries:
                if country.end != ent.end or country.start <= ent.start or not country.text[:1].isupper():
                    continue
                given = ent.doc[ent.start : country.start]
                if all(t.is_alpha and t.is_title and t.i not in rule_tokens for t in given) and \
                        self.clean_person(given.text) == given.text:
                    found.add((country.start, country.end))
        return found

    def _looks_like_name(self, ent: Span) -> bool:
        if not any(c.isupper() for c in ent.text):
            return False
        if len(ent) == 1 and ent[0].pos_ in NOT_NAME_POS:
            return False
        return True

    def clean_person(self, text: str) -> str:
        """Strip titles ("M.", "Dr", "directeur général") from a person's name."""
        name = " ".join(text.split())
        stripped: list[str] = []
        changed = True
        while changed:
            changed = False
            for title in self._titles:
                if name.lower().startswith(title.lower() + " "):
                    name = name[len(title) + 1 :].lstrip()
                    stripped.append(title.lower())
                    changed = True
        if stripped and name[:1].islower() and not all(t in HONORIFICS for t in stripped):
            return ""  # "président de la République": a function's complement, not a name ("M. de Gaulle" is one)
        return name if any(c.isupper() for c in name) else ""


@dataclass(frozen=True)
class RuleMatch:
    """A candidate entity and the rule behind it, before the attributes are set on the span."""

    span: Span
    norm: str
    rule_id: str
    written_as: bool  # the pattern is written exactly as in the text


def _acronym(text: str) -> bool:
    """ "IA", "TSA", "ECS": two to six letters, at least two of them capitals, the first one too."""
    return 2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2


def _plural(span: Span) -> bool:
    """Is the agreement named in the plural ("des accords", "the memoranda")? The tagger's number, else the ending."""
    head = span[-1]
    number = head.morph.get("Number")
    if number:
        return number == ["Plur"]
    return head.lower_.endswith(("s", "x", "memoranda")) and not head.lower_.endswith("ss")


def _adjective_used_as_name(match: RuleMatch, found: dict[tuple[int, int, str], RuleMatch], doc: Doc) -> bool:
    """ "US" and "U.S." are a country's name and its adjective: the adjective reading goes where nothing it
    could qualify follows ("an agreement with the U.S. on Monday", "signed in the US."), not before a noun
    ("U.S. officials", "the US-led accords")."""
    span = match.span
    if span.label_ != "NATIONALITY" or (span.start, span.end, "COUNTRY") not in found:
        return False
    if span.end >= len(doc):
        return True
    following = doc[span.end]
    return (following.is_punct and following.text not in HYPHENS) or following.is_space or following.is_stop


def _exact_case_first(matches: list[RuleMatch]) -> list[RuleMatch]:
    """Two rules on the same words: the one written as in the text wins ("Argentine" the country,
    not "argentine" the adjective capitalised)."""
    best: dict[tuple[int, int], RuleMatch] = {}
    for match in matches:
        key = (match.span.start, match.span.end)
        current = best.get(key)
        if current is None or (match.written_as and not current.written_as):
            best[key] = match
    return list(best.values())


def _overlaps_partly(span: Span, other: Span) -> bool:
    overlap = span.start < other.end and other.start < span.end
    contains = span.start <= other.start and other.end <= span.end
    return overlap and not contains


@lru_cache(maxsize=1)
def _series_spec() -> list[dict]:
    return resources.load_json("mission_series.json")["series"]


@lru_cache(maxsize=1)
def _series_aliases() -> dict[str, str]:
    return resources.load_json("mission_series.json").get("aliases", {})


@lru_cache(maxsize=1)
def _series_templates() -> dict[str, str]:
    return {f"s{n}": entry["id"] for n, entry in enumerate(_series_spec())}


_DASHES_RE = re.compile(r"[‐–]")


@lru_cache(maxsize=1)
def _satellite_regex() -> re.Pattern[str]:
    """One capitalised word ending as national satellites' names do ("-sat"), then a number ("PeruSat-1",
    "Türksat 5A", "NigComSat-1R") or a letter after a hyphen ("EgyptSat-A")."""
    endings = "|".join(re.escape(e) for e in resources.load_json("mission_series.json").get("satellite_name_endings", []))
    if not endings:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w\-/])[^\W\d_][^\W_]*(?i:{endings})(?:[\-‐–](?:\d{{1,3}}[A-Z]?|[A-Z])|\s\d{{1,3}}[A-Z]?)(?![\w'’\-])")


# titles that stand right before a name, whatever its first letter ("M. de Gaulle")
HONORIFICS = frozenset({"m.", "mme", "mm.", "mmes", "mlle", "dr", "dr.", "pr", "pr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})


@lru_cache(maxsize=1)
def _series_regex() -> re.Pattern[str]:
    """One alternation over all series, compiled once; group s<N> tells which series matched."""
    parts = []
    for n, entry in enumerate(_series_spec()):
        names = "|".join(re.escape(name).replace("\\ ", r"[\s\-]") for name in sorted(entry["names"], key=len, reverse=True))
        separator = r"\s" if entry.get("separator") == "space" else \
            r"[\-‐–\s]" if entry.get("separator_required", False) else r"[\-‐–\s]?"
        number = ROMAN if entry["number"] == "roman" else r"\d{1,3}[A-Z]?"
        parts.append(rf"(?P<s{n}>(?:{names}){separator}(?P<s{n}_n>{number}))")
    # the first letters of all names, checked before the alternation: Python's regex engine would
    # otherwise try every series at every word start
    first = "".join(sorted({re.escape(name[0]) for entry in _series_spec() for name in entry["names"]}))
    # an elided article may come right before ("d'Apollo 11"), a letter or a hyphen may not
    return re.compile(rf"(?<![\w\-/])(?=[{first}])(?:{'|'.join(parts)})(?![\w'’\-])")


@Language.factory(
    "coop_entity_ruler",
    assigns=["doc.ents", "span._.norm", "span._.rule_id"],
    default_config={"lang": "fr", "families": list(resources.RULE_FAMILIES), "overwrite_ents": True},
)
def make_entity_ruler(
    nlp: Language, name: str, lang: str, families: list[str], overwrite_ents: bool
) -> CoopEntityRuler:
    return CoopEntityRuler(nlp, name, lang=lang, families=families, overwrite_ents=overwrite_ents)
