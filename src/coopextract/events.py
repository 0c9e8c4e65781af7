"""Events: who signed / announced / planned which agreement, with whom, when, where.

Two steps, as in the event model §4:
1. `EventExtractor` (inside the spaCy pipeline, so it runs in the worker
   processes) reads each AGREEMENT mention in its sentence: the action from the
   trigger word and its tense/mood, the date linked to the trigger, the parties,
   projects, signatories, place and period. It leaves candidates on the Doc.
2. `resolve_events` applies the document-level uniqueness rules: mentions of
   one agreement (same type, same countries) form one agreement, one event per
   distinct (action, date), date-less events dropped when the agreement has a
   dated one, current news taking the document date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from . import resources
from .nlp.sentences import SentenceIndex
from .records import Event

# An action reported as news (passé composé, present, "has signed") without a
# date of its own takes the document date; background (plus-que-parfait) does not.
NEWS, BACKGROUND, UNKNOWN = "news", "background", "unknown"
# in a text without a parse, sentences this early are the lead: news
LEAD_SENTENCES = 2
# without a parse, a date this many tokens from the trigger may still be its date
UNPARSED_DATE_WINDOW = 24
DATED_ACTIONS_DEFAULTING_TO_DOC_DATE = frozenset({"signed", "announced", "entered_into_force", "suspended", "terminated"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    action: str
    sentence: Span
    weak: bool = False


SET_FIELDS = ("countries", "agencies", "projects", "signatories", "follower_projects", "follower_agencies")


@dataclass
class Candidate:
    """One reading of one agreement mention, before document-level resolution."""

    action: str
    agreement_type: str
    date: str = ""
    tense: str = UNKNOWN
    countries: set[str] = field(default_factory=set)
    agencies: set[str] = field(default_factory=set)
    projects: set[str] = field(default_factory=set)
    signatories: set[str] = field(default_factory=set)
    location: str = ""
    period: str = ""
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    mention_start: int = 0
    antecedent_start: int = -1  # char offset of the agreement a reference points back to
    # the next sentence of the paragraph, when it has no agreement of its own: its
    # missions and agencies ("ce projet de station ... avec l'agence spatiale chinoise")
    follower_projects: set[str] = field(default_factory=set)
    follower_agencies: set[str] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        data = self.__dict__.copy()
        for key in SET_FIELDS:
            data[key] = sorted(data[key])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Candidate":
        values = dict(data)
        for key in SET_FIELDS:
            values[key] = set(values[key])
        return cls(**values)


class Lexicon:
    """The per-language word lists of `resources/<lang>/actions.json`."""

    def __init__(self, lang: str) -> None:
        data = resources.load_json(f"{lang}/actions.json")
        self.lemma_actions: dict[str, str] = {}
        self.noun_actions: dict[str, str] = {}
        self.phrases: list[tuple[tuple[str, ...], str]] = []
        for action, spec in data["triggers"].items():
            for lemma in spec.get("lemmas", []):
                self.lemma_actions[lemma] = action
            for noun in spec.get("nouns", []):
                self.noun_actions[noun] = action
            for phrase in spec.get("phrases", []):
                self.phrases.append((tuple(phrase), action))
        self.weak = set(data["trigger_weak_lemmas"])
        self.planned_governors = set(data["planned_governors"])
        self.planned_modifiers = set(data["planned_modifiers"])
        self.intent_governors = set(data["intent_governors"])
        self.negations = set(data["negations"])
        self.reporting_verbs = set(data["reporting_verbs"])
        self.event_nouns = set(data["event_nouns"])
        self.place_prepositions = set(data["place_prepositions"])
        self.agent_markers = set(data["agent_markers"])
        self.celestial_bodies = set(data["celestial_bodies"])
        self.future_auxiliaries = set(data["future_auxiliaries"])
        self.news_aux_tenses = set(data["news_aux_tenses"])
        self.background_aux_tenses = set(data["background_aux_tenses"])
        self.future_endings = tuple(data.get("future_endings", []))


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _ancestors(token: Token, limit: int = 8) -> list[Token]:
    chain = []
    current = token
    while current.head.i != current.i and len(chain) < limit:
        current = current.head
        chain.append(current)
    return chain


def _tree_distance(a: Token, b: Token) -> int:
    path_a = [a, *_ancestors(a, 30)]
    path_b = [b, *_ancestors(b, 30)]
    index_b = {t.i: n for n, t in enumerate(path_b)}
    for n, token in enumerate(path_a):
        if token.i in index_b:
            return n + index_b[token.i]
    return 99


class EventExtractor:
    """Read candidate events off a parsed Doc (see module docstring)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex = Lexicon(lang)
        # a phrase can only start on its first word: the other tokens skip the phrase loop
        self._phrase_starts = {phrase[0] for phrase, _ in self.lex.phrases}

    # -- entry point --------------------------------------------------------
    def __call__(self, doc: Doc) -> list[Candidate]:
        parsed = doc.has_annotation("DEP")
        index = SentenceIndex(doc)
        sentences = index.spans
        ents_by_sentence: dict[int, list[Span]] = {}
        for ent in doc.ents:
            ents_by_sentence.setdefault(index.index(ent.start), []).append(ent)
        candidates: list[Candidate] = []
        by_start: dict[int, Candidate] = {}
        offset = doc._.char_offset
        for n, sentence in enumerate(sentences):
            ents = ents_by_sentence.get(n, [])
            agreements = [e for e in ents if e.label_ == "AGREEMENT"]
            if not agreements:
                continue
            triggers = self.find_triggers(sentence)
            for mention in agreements:
                trigger = self.pick_trigger(mention, triggers, parsed)
                if trigger is None or self.negated(trigger, parsed):
                    continue
                action = self.action_of(trigger, parsed)
                if action is None:
                    continue
                candidate = self.read_candidate(doc, sentence, n, ents, mention, trigger, action, parsed)
                antecedent = by_start.get(mention._.ref) if mention._.ref >= 0 else None
                if antecedent is not None:
                    candidate.countries |= antecedent.countries
                    candidate.agencies |= antecedent.agencies
                    candidate.antecedent_start = antecedent.mention_start
                self.add_followers(candidate, sentences, n, ents_by_sentence, doc)
                candidate.evidence_start += offset
                candidate.evidence_end += offset
                candidate.mention_start = mention.start_char + offset
                by_start[mention.start] = candidate
                candidates.append(candidate)
        return candidates

    # -- triggers -----------------------------------------------------------
    def find_triggers(self, sentence: Span) -> list[Trigger]:
        found: list[Trigger] = []
        tokens = list(sentence)
        lowers = [t.lower_ for t in tokens]
        lemmas = [_lemma(t) for t in tokens]
        phrase_starts = self._phrase_starts
        for k, token in enumerate(tokens):
            if lemmas[k] in phrase_starts or lowers[k] in phrase_starts:
                for phrase, action in self.lex.phrases:
                    n = len(phrase)
                    if tuple(lemmas[k : k + n]) == phrase or tuple(lowers[k : k + n]) == phrase:
                        found.append(Trigger(token, action, sentence))
            lemma = lemmas[k]
            if token.pos_ == "NOUN" or (not token.pos_ and lowers[k] in self.lex.noun_actions):
                action = self.lex.noun_actions.get(lowers[k]) or self.lex.noun_actions.get(lemma)
                if action:
                    found.append(Trigger(token, action, sentence))
                    continue
            action = self.lex.lemma_actions.get(lemma) or self.lex.lemma_actions.get(lowers[k])
            if action and token.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "ADP"):
                found.append(Trigger(token, action, sentence, weak=lemma in self.lex.weak or lowers[k] in self.lex.weak))
        return found

    def pick_trigger(self, mention: Span, triggers: Sequence[Trigger], parsed: bool) -> Trigger | None:
        if not triggers:
            return None
        strong = [t for t in triggers if not t.weak] or list(triggers)

        def key(trigger: Trigger) -> tuple[int, int]:
            token_distance = min(abs(trigger.token.i - mention.start), abs(trigger.token.i - (mention.end - 1)))
            tree = _tree_distance(trigger.token, mention.root) if parsed else token_distance
            return (tree, token_distance)

        return min(strong, key=key)

    def negated(self, trigger: Trigger, parsed: bool) -> bool:
        token = trigger.token
        if parsed:
            near = [*token.children, *(c for a in _ancestors(token, 2) for c in a.children)]
            governors = _ancestors(token, 3)
            return any(_lemma(t) in self.lex.negations and t.dep_.startswith("advmod") for t in near) or any(
                _lemma(t) in self.lex.negations for t in governors
            )
        window = token.doc[max(trigger.sentence.start, token.i - 4) : token.i]
        return any(t.lower_ in self.lex.negations for t in window)

    def action_of(self, trigger: Trigger, parsed: bool) -> str | None:
        base = trigger.action
        if base not in ("signed", "announced"):
            return None if self._future(trigger, parsed) else base
        if self._planned(trigger, parsed):
            return "planned"
        if base == "announced" or self._intent(trigger, parsed):
            return "announced"
        return "signed"

    def _future(self, trigger: Trigger, parsed: bool) -> bool:
        token = trigger.token
        if parsed:
            auxes = [c for c in token.children if c.dep_.startswith("aux")]
            return any("Fut" in t.morph.get("Tense") or self._future_form(t) for t in [token, *auxes])
        window = token.doc[max(trigger.sentence.start, token.i - 3) : token.i]
        return any(t.lower_ in self.lex.future_auxiliaries for t in window)

    def _future_form(self, token: Token) -> bool:
        """Future or conditional by its ending, built on the infinitive ("signeront", "conclurait").

        The morphologizer often tags such forms as present; the surface form does not lie.
        """
        lemma, text = _lemma(token), token.lower_
        if token.pos_ not in ("VERB", "AUX") or not self.lex.future_endings:
            return False
        stem = lemma[:-1] if lemma.endswith("re") else lemma
        return text != lemma and text.startswith(stem) and text.endswith(self.lex.future_endings)

    def _planned(self, trigger: Trigger, parsed: bool) -> bool:
        token = trigger.token
        if self._future(trigger, parsed):
            return True
        if parsed:
            if any(_lemma(c) in self.lex.planned_modifiers or c.lower_ in self.lex.planned_modifiers for c in token.children):
                return True
            if any("Cnd" in t.morph.get("Mood") for t in [token, *token.children] if t.dep_.startswith("aux") or t.i == token.i):
                return True
            governors = [a for a in _ancestors(token, 2) if a.pos_ in ("VERB", "AUX", "ADJ")]
            return any(_lemma(a) in self.lex.planned_governors for a in governors)
        doc = token.doc
        window = doc[max(trigger.sentence.start, token.i - 4) : token.i]
        after = doc[token.i + 1 : min(trigger.sentence.end, token.i + 2)]
        return any(t.lower_ in self.lex.planned_governors for t in window) or any(
            t.lower_ in self.lex.planned_modifiers for t in [*window, *after]
        )

    def _intent(self, trigger: Trigger, parsed: bool) -> bool:
        token = trigger.token
        if parsed:
            return any(_lemma(a) in self.lex.intent_governors for a in _ancestors(token, 2))
        window = token.doc[max(trigger.sentence.start, token.i - 5) : token.i]
        return any(t.lower_ in self.lex.intent_governors for t in window)

    def tense_of(self, trigger: Trigger, sentence_index: int, parsed: bool) -> str:
        token = trigger.token
        if parsed:
            verb = token
            if token.pos_ == "NOUN":
                verbs = [a for a in _ancestors(token, 3) if a.pos_ in ("VERB", "AUX")]
                if not verbs:
                    return UNKNOWN
                verb = verbs[0]
            auxes = [c for c in verb.children if c.dep_.startswith("aux")]
            tenses = {t for a in auxes for t in a.morph.get("Tense")}
            if auxes:
                if tenses & self.lex.background_aux_tenses:
                    return BACKGROUND
                if tenses & self.lex.news_aux_tenses:
                    return NEWS
            own = set(verb.morph.get("Tense"))
            finite = "Fin" in verb.morph.get("VerbForm")
            if finite and "Pres" in own:
                return NEWS
            if finite and own & {"Past", "Imp"}:
                return BACKGROUND
            if "Part" in verb.morph.get("VerbForm") or "Inf" in verb.morph.get("VerbForm"):
                governors = [a for a in _ancestors(verb, 2) if a.pos_ in ("VERB", "AUX")]
                if governors and governors[0].i != verb.i:
                    return self.tense_of(Trigger(governors[0], trigger.action, trigger.sentence), sentence_index, parsed)
            return UNKNOWN
        doc = token.doc
        window = [t.lower_ for t in doc[max(trigger.sentence.start, token.i - 3) : token.i]]
        if "had" in window:
            return BACKGROUND
        if "has" in window or "have" in window:
            return NEWS
        return NEWS if sentence_index < LEAD_SENTENCES else UNKNOWN

    # -- fields -------------------------------------------------------------
    def read_candidate(
        self,
        doc: Doc,
        sentence: Span,
        sentence_index: int,
        ents: list[Span],
        mention: Span,
        trigger: Trigger,
        action: str,
        parsed: bool,
    ) -> Candidate:
        date, period = self.dates_of(trigger, action, ents, parsed)
        text = sentence.text  # built from the tokens at each call: once
        candidate = Candidate(
            action=action,
            agreement_type=mention._.norm,
            date=date,
            period=period,
            tense=self.tense_of(trigger, sentence_index, parsed),
            evidence=text.strip(),
            evidence_start=sentence.start_char + (len(text) - len(text.lstrip())),
            evidence_end=sentence.start_char + len(text.rstrip()),
        )
        parties = self.parties_of(mention, trigger, ents)
        for ent in parties:
            if ent.label_ == "COUNTRY":
                candidate.countries.add(ent._.norm)
            elif ent.label_ == "AGENCY":
                candidate.agencies.add(ent._.norm)
                candidate.countries.add(resources.agency_country(ent._.norm))
        candidate.projects = {e._.norm for e in ents if e.label_ == "MISSION"}
        if action == "signed":
            candidate.signatories = self.signatories_of(trigger, ents, parsed)
            candidate.location = self.location_of(sentence, ents) or ("" if parsed else self.capitalised_place(trigger, ents))
        return candidate

    def dates_of(self, trigger: Trigger, action: str, ents: list[Span], parsed: bool) -> tuple[str, str]:
        """The date of the action (linked to its trigger) and the period the agreement covers."""
        date, period = "", ""
        best = None
        doc_date = trigger.token.doc._.doc_date
        quotes = _quoted_regions(trigger.sentence)
        for ent in ents:
            if ent.label_ != "DATE":
                continue
            if "/" in ent._.norm:
                period = period or ent._.norm
                continue
            if action in REALISED_ACTIONS and _after(ent._.norm, doc_date):
                continue  # a signature reported in an article happened before it
            if _region(ent.start_char, quotes) != _region(trigger.token.idx, quotes):
                continue  # a date inside a quotation belongs to what is quoted
            if not self._linked(ent, trigger.token, parsed):
                continue
            distance = min(abs(ent.start - trigger.token.i), abs(ent.end - 1 - trigger.token.i))
            if best is None or distance < best[0]:
                best = (distance, ent._.norm)
        if best is not None:
            date = best[1]
        return date, period

    def _linked(self, date: Span, trigger: Token, parsed: bool) -> bool:
        """A date belongs to the action unless it hangs from another, non-reporting verb."""
        if not parsed:
            return abs(date.start - trigger.i) <= UNPARSED_DATE_WINDOW
        trigger_chain = {trigger.i, *(a.i for a in _ancestors(trigger, 30))}
        current = date.root
        for _ in range(30):
            if current.i in trigger_chain:
                return True
            if current.i != date.root.i and current.pos_ in ("VERB",) and current.i not in trigger_chain:
                return _lemma(current) in self.lex.reporting_verbs
            if current.head.i == current.i:
                return True
            current = current.head
        return False

    def parties_of(self, mention: Span, trigger: Trigger, ents: list[Span]) -> list[Span]:
        parties = [e for e in ents if e.label_ in ("COUNTRY", "AGENCY")]
        if mention._.norm != "accords":
            return parties
        # multilateral accords: the parties are the states that join, not the accords' authors
        token = trigger.token
        after_agent = any(t.lower_ in self.lex.agent_markers for t in token.doc[token.i + 1 : token.i + 3])
        side = [e for e in parties if (e.start > token.i if after_agent else e.end <= token.i)]
        return side or parties

    def signatories_of(self, trigger: Trigger, ents: list[Span], parsed: bool) -> set[str]:
        token = trigger.token
        names: set[str] = set()
        for ent in ents:
            if ent.label_ != "PER" or not ent._.norm:
                continue
            if ent.start > token.i:
                between = token.doc[token.i + 1 : ent.start]
                if any(t.lower_ in self.lex.agent_markers for t in between):
                    names.add(ent._.norm)
            else:
                between = token.doc[ent.end : token.i]
                if parsed:
                    verbs = [t for t in between if t.pos_ == "VERB"]
                    if not verbs and token.pos_ == "VERB":
                        names.add(ent._.norm)
                elif len(between) <= 6 and not any(t.is_punct for t in between):
                    names.add(ent._.norm)
        return names

    def location_of(self, sentence: Span, ents: list[Span]) -> str:
        doc = sentence.doc
        for ent in ents:
            if ent.label_ != "LOC" or ent.text in self.lex.celestial_bodies:
                continue
            before = doc[ent.start - 1] if ent.start > sentence.start else None
            if before is None:
                continue
            if before.lower_ in self.lex.place_prepositions:
                return ent.text
            window = doc[max(sentence.start, ent.start - 8) : ent.start]
            if before.lower_ in ("de", "of", "d'") and any(_lemma(t) in self.lex.event_nouns for t in window):
                return ent.text
        return ""

    def capitalised_place(self, trigger: Trigger, ents: list[Span]) -> str:
        """Without a statistical NER: "signed in Toronto" — capitalised words after in/at, after the trigger."""
        doc = trigger.token.doc
        sentence = trigger.sentence
        taken = {t.i for e in ents for t in e}
        tokens = list(doc[trigger.token.i + 1 : sentence.end])
        for k, token in enumerate(tokens[:-1]):
            if token.lower_ not in self.lex.place_prepositions:
                continue
            words = []
            for nxt in tokens[k + 1 : k + 4]:
                if nxt.i in taken or not nxt.text[:1].isupper() or not nxt.is_alpha:
                    break
                words.append(nxt)
            if words and words[0].text not in self.lex.celestial_bodies:
                return doc[words[0].i : words[-1].i + 1].text
        return ""

    def add_followers(
        self,
        candidate: Candidate,
        sentences: list[Span],
        index: int,
        ents_by_sentence: dict[int, list[Span]],
        doc: Doc,
    ) -> None:
        """Remember the next sentence's missions and agencies; resolution decides if they join."""
        if index + 1 >= len(sentences):
            return
        this, following = sentences[index], sentences[index + 1]
        if any(t.is_space and "\n" in t.text for t in doc[this.end - 1 : following.start + 1]):
            return
        ents = ents_by_sentence.get(index + 1, [])
        if any(e.label_ == "AGREEMENT" for e in ents):
            return
        candidate.follower_projects = {e._.norm for e in ents if e.label_ == "MISSION"}
        candidate.follower_agencies = {e._.norm for e in ents if e.label_ == "AGENCY"}


REALISED_ACTIONS = frozenset({"signed", "entered_into_force", "suspended", "terminated"})
QUOTE_OPEN, QUOTE_CLOSE = "«“", "»”"


def _after(value: str, doc_date: str | None) -> bool:
    """Is the §3 value wholly after the document date (at the precision both give)?"""
    if not doc_date or not value or value[4:5] not in ("", "-"):
        return False
    first = value.split("/")[0]
    a = [p for p in first.split("-") if p.isdigit()]
    b = doc_date.split("-")
    for x, y in zip(a, b):
        if int(x) != int(y):
            return int(x) > int(y)
    return False


def _quoted_regions(span: Span) -> list[tuple[int, int]]:
    regions, start = [], None
    for token in span:
        if token.text in QUOTE_OPEN and start is None:
            start = token.idx
        elif token.text in QUOTE_CLOSE and start is not None:
            regions.append((start, token.idx))
            start = None
    return regions


def _region(offset: int, regions: list[tuple[int, int]]) -> int:
    for n, (start, end) in enumerate(regions):
        if start <= offset <= end:
            return n
    return -1


# -- document level ---------------------------------------------------------
def _date_prefix_compatible(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


def resolve_events(candidates: Iterable[Candidate], *, doc_id: str, doc_date: str | None) -> list[Event]:
    """Apply the §4 uniqueness rules to one document's candidates."""
    pending = [replace(c, countries=set(c.countries)) for c in candidates]
    # references back inherit their antecedent's agreement, and its date for the same action
    by_mention = {c.mention_start: c for c in pending}
    for c in pending:
        antecedent = by_mention.get(c.antecedent_start)
        if antecedent is not None:
            c.countries |= antecedent.countries
            if not c.date and antecedent.action == c.action:
                c.date = antecedent.date or _news_date(antecedent, doc_date)
    pending = [c for c in pending if c.countries]
    # one agreement = same type and same countries; a mention naming only part of the parties joins
    # the unique agreement of that type whose parties include them
    keys = {(c.agreement_type, frozenset(c.countries)) for c in pending}
    for c in pending:
        key = (c.agreement_type, frozenset(c.countries))
        supersets = [k for k in keys if k[0] == key[0] and k[1] > key[1]]
        maximal = [k for k in supersets if not any(o[0] == k[0] and o[1] > k[1] for o in supersets)]
        if len(maximal) == 1:
            c.countries = set(maximal[0][1])
    agreements: dict[tuple[str, frozenset[str]], list[Candidate]] = {}
    for c in pending:
        agreements.setdefault((c.agreement_type, frozenset(c.countries)), []).append(c)
    events: list[Event] = []
    for (agreement_type, countries), members in agreements.items():
        # news without a date of its own: the date another report of the same action gives,
        # else the document date
        for c in members:
            if c.date:
                continue
            dated = [m for m in members if m.date and m.action == c.action and m.tense != BACKGROUND]
            c.date = dated[0].date if dated and c.tense == NEWS else _news_date(c, doc_date)
        projects = set().union(*(c.projects for c in members))
        for c in members:
            if c.follower_projects & projects:
                c.agencies |= {a for a in c.follower_agencies if resources.agency_country(a) in countries}
        by_action_date: dict[tuple[str, str], Candidate] = {}
        for c in sorted(members, key=lambda m: m.evidence_start):
            slot = (c.action, c.date)
            if slot in by_action_date:
                _merge_into(by_action_date[slot], c)
            else:
                by_action_date[slot] = c
        # the same action dated at two precisions ("in 2014", "on September 30, 2014") is one event
        for (action, date) in sorted(by_action_date, key=lambda k: -len(k[1])):
            finer = [k for k in by_action_date if k[0] == action and k[1] != date and k[1].startswith(date) and date]
            if finer and (action, date) in by_action_date:
                _merge_into(by_action_date[max(finer, key=lambda k: len(k[1]))], by_action_date.pop((action, date)))
        dated = any(date for _, date in by_action_date)
        for (action, date), c in list(by_action_date.items()):
            if dated and not date:
                same_action = sorted((k for k in by_action_date if k[0] == action and k[1]), key=lambda k: k[1])
                if same_action:
                    _merge_into(by_action_date[same_action[0]], c)
                del by_action_date[(action, date)]
        for (action, date), c in by_action_date.items():
            events.append(
                Event(
                    doc_id=doc_id,
                    action=action,
                    agreement_type=agreement_type,
                    date=date,
                    countries=tuple(sorted(countries)),
                    agencies=tuple(sorted(c.agencies)),
                    projects=tuple(sorted(c.projects)),
                    signatories=tuple(sorted(c.signatories)),
                    location=c.location,
                    period=c.period,
                    evidence=c.evidence,
                    evidence_start=c.evidence_start,
                    evidence_end=c.evidence_end,
                )
            )
    return sorted(events, key=lambda e: (e.evidence_start, e.action, e.agreement_type, e.date))


def _news_date(c: Candidate, doc_date: str | None) -> str:
    """An action reported as current news without a date of its own happened at the document date."""
    if c.tense == NEWS and c.action in DATED_ACTIONS_DEFAULTING_TO_DOC_DATE and doc_date:
        return doc_date
    return ""


def _merge_into(target: Candidate, other: Candidate) -> None:
    target.agencies |= other.agencies
    target.projects |= other.projects
    target.signatories |= other.signatories
    target.location = target.location or other.location
    target.period = target.period or other.period


def canonical_people(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the fullest form in the document ("Komarov" → "Igor Komarov")."""
    unique = sorted(set(names), key=lambda n: (-len(n.split()), n))
    mapping: dict[str, str] = {}
    for name in unique:
        parts = name.split()
        for fuller in unique:
            fuller_parts = fuller.split()
            if len(fuller_parts) > len(parts) and fuller_parts[-len(parts) :] == parts:
                mapping[name] = fuller
                break
        else:
            mapping[name] = name
    return mapping


def rename_people(events: Sequence[Event], mapping: dict[str, str]) -> list[Event]:
    return [replace(e, signatories=tuple(sorted({mapping.get(s, s) for s in e.signatories}))) for e in events]
