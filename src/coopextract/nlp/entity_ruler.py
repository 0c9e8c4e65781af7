"""Rule-based entities: agencies, countries, missions, agreement types.

The patterns are data (`resources/<lang>/*.jsonl`). Matching is spaCy's
Matcher/PhraseMatcher; what this component adds is the context that decides
whether a match counts (a capital after "à" is a place, not an actor; a
nationality adjective counts only on an actor noun; "le document" takes the
type of the agreement it refers back to) and the merge with the statistical
NER, where rule matches win on overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import resources
from ..resources import Rule
from . import attributes  # noqa: F401  (declares the extensions)
from .attributes import span_setter
from .sentences import SentenceIndex

RULE_LABELS = frozenset({"AGENCY", "COUNTRY", "CAPITAL", "NATIONALITY", "MISSION", "AGREEMENT", "_EXCLUDE"})
NATIONAL = "@NATIONAL"
REFERENCE = "@REF"
GENERIC_AGREEMENT = "agreement"
# how far back (in sentences) "le document" / "l'accord" may refer
REFERENCE_WINDOW = 3
# model labels that name the same kinds of things as our rules
MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
# a one-token model entity with one of these parts of speech is a capitalised common word ("Conforme", "Citant")
NOT_NAME_POS = frozenset({"VERB", "ADJ", "ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM", "PUNCT"})


def phrase_form(pattern: Sequence[dict]) -> tuple[str, list[str]] | None:
    """("LOWER" or "ORTH", words) when a token pattern is a plain token sequence, else None.

    spaCy's Matcher tries every pattern at every token; the PhraseMatcher finds
    the same plain sequences in a fraction of the time. Only exact equivalents
    qualify: one LOWER (already lowercase) or TEXT/ORTH key a token, no operator;
    a TEXT without letters ("-", "1") compares the same on LOWER.
    """
    words, attrs = [], set()
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        key, value = next(iter(token.items()))
        if not isinstance(value, str) or not value:
            return None
        if key == "LOWER" and value == value.lower():
            attrs.add("LOWER")
        elif key in ("TEXT", "ORTH"):
            attrs.add("ORTH" if any(c.isalpha() or not c.isascii() for c in value) else "ANY")
        else:
            return None
        words.append(value)
    if "LOWER" in attrs and "ORTH" in attrs:
        return None
    return ("ORTH" if "ORTH" in attrs else "LOWER"), words


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
        self._definite = {w.lower() for w in self.context.get("definite_determiners", [])}
        self._titles = sorted((t for t in self.context["titles"]), key=len, reverse=True)
        self._reset()
        self.add_rules(r for family in self.families for r in resources.load_rules(lang, family))

    def _reset(self) -> None:
        self.rules: dict[str, Rule] = {}
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        # token patterns that are plain token sequences, matched as phrases (see phrase_form)
        self.token_phrases = {attr: PhraseMatcher(self.nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self._token_order: dict[int, int] = {}

    # -- patterns -----------------------------------------------------------
    def add_rules(self, rules: Iterable[Rule]) -> None:
        for rule in rules:
            if rule.label not in RULE_LABELS:
                raise ValueError(f"{rule.rule_id}: unknown label {rule.label!r}")
            self.rules[rule.rule_id] = rule
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
                    attr, words = plain
                    self.token_phrases[attr].add(rule.rule_id, [Doc(self.nlp.vocab, words=words)])

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
    def __call__(self, doc: Doc) -> Doc:
        spans = self.match(doc)
        spans = self.resolve_context(doc, spans, SentenceIndex(doc))
        self.set_annotations(doc, spans)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        token_matches = [*self.token_phrases["LOWER"](doc), *self.token_phrases["ORTH"](doc)]
        if len(self.matcher):
            token_matches += self.matcher(doc)
        # the order the Matcher gives: by end token, start, rule (ties on one span need it, for filter_spans)
        token_matches.sort(key=lambda m: (m[2], m[1], self._token_order[m[0]]))
        matches = token_matches + list(self.phrase_matcher(doc))
        spans = []
        set_norm, set_rule_id = span_setter(doc, "norm"), span_setter(doc, "rule_id")  # span._.x = ..., faster
        for key, start, end in matches:
            rule = self.rules[self.nlp.vocab.strings[key]]
            span = Span(doc, start, end, label=rule.label)
            set_norm(span, rule.id)
            set_rule_id(span, rule.rule_id)
            spans.append(span)
        # longest match wins; _EXCLUDE phrases ("d'un commun accord") swallow what they cover
        return [s for s in filter_spans(spans) if s.label_ != "_EXCLUDE"]

    def resolve_context(self, doc: Doc, spans: list[Span], sentences: SentenceIndex | None = None) -> list[Span]:
        """Decide what each candidate is in its context; drop what is not an entity."""
        sentences = sentences or SentenceIndex(doc)
        kept: list[Span] = []
        for span in spans:
            if span.label_ == "CAPITAL":
                if self._after_location_preposition(span):
                    place = self._relabel(span, "LOC")  # "à Pékin", "le forum de Tokyo": a place
                    place._.norm = span.text
                    kept.append(place)
                else:
                    kept.append(self._relabel(span, "COUNTRY"))
            elif span.label_ == "NATIONALITY":
                if self._qualifies_actor(doc, span, spans):
                    kept.append(self._relabel(span, "COUNTRY"))
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
        return resolved

    def _relabel(self, span: Span, label: str) -> Span:
        new = Span(span.doc, span.start, span.end, label=label)
        new._.norm = span._.norm
        new._.rule_id = span._.rule_id
        return new

    def _after_location_preposition(self, span: Span) -> bool:
        if span.start == 0:
            return False
        before = span.doc[span.start - 1].lower_
        return before in self._location_prepositions

    def _qualifies_actor(self, doc: Doc, span: Span, spans: list[Span]) -> bool:
        """A nationality adjective counts when it qualifies an actor noun, on either side."""
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
                if lower in self._adjective_skip or i in nationality_tokens:
                    i += step
                    continue
                break
        return False

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
            if antecedent is None:
                return False
            span._.norm = antecedent._.norm
            span._.ref = antecedent.start
            return True
        if span._.norm == GENERIC_AGREEMENT:
            definite = span.start > 0 and doc[span.start - 1].lower_ in self._definite
            if definite and antecedent is not None:
                span._.norm = antecedent._.norm
                span._.ref = antecedent.start
            elif any(t.lower_ in self._government_triggers for t in sentences.of(span.start)):
                span._.norm = "intergovernmental_agreement"
        return True

    def _antecedent(self, span: Span, previous: list[Span], sentences: SentenceIndex) -> Span | None:
        here = sentences.index(span.start)
        for other in reversed(previous):
            if other.label_ != "AGREEMENT":
                continue
            return other if here - sentences.index(other.start) <= REFERENCE_WINDOW else None
        return None

    # -- annotations --------------------------------------------------------
    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        rule_tokens = {i for s in spans for i in range(s.start, s.end)}
        model_spans = []
        for ent in doc.ents:
            if self.overwrite_ents and not rule_tokens.isdisjoint(range(ent.start, ent.end)):
                continue
            label = MODEL_LABELS.get(ent.label_)
            if label is None or not self._looks_like_name(ent):
                continue
            span = Span(doc, ent.start, ent.end, label=label)
            span._.rule_id = ent._.rule_id  # set when an earlier rule component (persons) made it
            span._.norm = self.clean_person(span.text) if label == "PER" else span.text
            if label == "PER" and not span._.norm:
                continue
            model_spans.append(span)
        doc.ents = sorted(filter_spans(spans + model_spans), key=lambda s: s.start)

    def _looks_like_name(self, ent: Span) -> bool:
        if not any(c.isupper() for c in ent.text):
            return False
        if len(ent) == 1 and ent[0].pos_ in NOT_NAME_POS:
            return False
        return True

    def clean_person(self, text: str) -> str:
        """Strip titles ("M.", "Dr", "directeur général") from a person's name."""
        name = " ".join(text.split())
        changed = True
        while changed:
            changed = False
            for title in self._titles:
                if name.lower().startswith(title.lower() + " "):
                    name = name[len(title) + 1 :].lstrip()
                    changed = True
        return name if any(c.isupper() for c in name) else ""


@Language.factory(
    "coop_entity_ruler",
    assigns=["doc.ents", "span._.norm", "span._.rule_id"],
    default_config={"lang": "fr", "families": list(resources.RULE_FAMILIES), "overwrite_ents": True},
)
def make_entity_ruler(
    nlp: Language, name: str, lang: str, families: list[str], overwrite_ents: bool
) -> CoopEntityRuler:
    return CoopEntityRuler(nlp, name, lang=lang, families=families, overwrite_ents=overwrite_ents)
