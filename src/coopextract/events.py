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

import re
from collections import ChainMap, Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from . import resources
from .nlp.attributes import doc_text, span_reader
from .nlp.entity_ruler import GENERIC_AGREEMENT, REFERENCE_WINDOW
from .nlp.sentences import SentenceIndex, unclosed
from .nlp.tense import is_future_form
from .nlp.words import DocWords, like_another
from .records import Event
from .text import strip_accents

# An action reported as news (passé composé, present, "has signed") without a
# date of its own takes the document date; background (plus-que-parfait) does not.
NEWS, BACKGROUND, UNKNOWN = "news", "background", "unknown"
# in a text without a parse, sentences this early are the lead: news
LEAD_SENTENCES = 2
# "l'accord russo-kazakh du 23 décembre 1995": at most this many words (a state's adjective, hyphens
# counted) between the agreement and the link to the day that names it
DATED_NAME_REACH = 3
# "has concluded similar government-to-government space agreements": the words a similarity adjective may
# stand before the agreement (after the verb)
SIMILAR_REACH = 8
# "an agreement in principle": the words after the agreement that may say it is one in principle
PRINCIPLE_REACH = 2
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# the lead's day ("hier", "mardi") dates the signings reported as news when it is this close to the document date
NEWS_DATE_DAYS = 7
# without a parse, how far a subordinator may stand before the trigger of its clause
SUBORDINATE_REACH = 5
# "pas" / "jamais" deny only with a "ne" at most this many tokens before ("n'a pour sa part pas dénoncé")
NE_REACH = 6
# how far after "sa signature" its date may come ("sa signature à Nairobi, le 24 novembre 2016")
POSSESSIVE_DATE_REACH = 6
# without a parse, a date this many tokens from the trigger may still be its date
UNPARSED_DATE_WINDOW = 24
# a date within this many tokens of the sentence start frames the whole sentence
SENTENCE_OPENING_TOKENS = 2
# at most this many words in a sentence that only sets the time of the next one ("Tout commence le 30 juin 1966.")
TIME_SETTING_WORDS = 8
# how far before a state "plutôt que" / "rather than" may stand to set it aside
REJECTED_ALTERNATIVE_REACH = 6
# how many words the name before a bracketed acronym may have ("l'Agence spatiale européenne (ESA)")
BRACKETED_NAME_REACH = 5
# words from a parent group's name back to the link after its subsidiary ("filiale italienne du groupe allemand OHB")
PARENT_REACH = 6
# without a parse, words back from a signing to its infinitive's "to" ("to negotiate , and then sign"), and
# from there to a mandating verb across its object ("empowered the Ministry of Communications and ... to")
INFINITIVE_REACH = 5
MANDATE_REACH = 9
# words from an agent marker to the first signer it introduces ("by the governments of Bangladesh")
AGENT_REACH = 4
# words from a signing verb to the agreement it signs, past the verb's date and place ("conclu en septembre 2010, à
# Prague, un accord général")
VERB_BEFORE_REACH = 12
# words from an entry into force to the preposition of the states it binds ("entered into force for")
FORCE_REACH = 5
# words from a possessive opening the sentence to the agreement it owns ("Its first agreement")
OWNED_AGREEMENT_REACH = 3
DATED_ACTIONS_DEFAULTING_TO_DOC_DATE = frozenset(
    {"signed", "announced", "planned", "entered_into_force", "suspended", "terminated"}
)
# on a tie, a trigger that says what happened to the agreement beats one that only talks about it
ACTION_PREFERENCE = {"signed": 0, "entered_into_force": 0, "suspended": 0, "terminated": 0, "announced": 1}
# a reference back ("le document", "the agreement") takes only a trigger this close in the parse
REFERENCE_TRIGGER_DISTANCE = 2
# international organisations that can be a side of no one state (EUMETSAT, the African Space Agency)
INTERNATIONAL_BODIES = frozenset(resources.load_json("company_states.json")["international_bodies"])
# sides with no country of their own (§5): the EU, and the organisations that count as their own id (ESA, APSCO)
ORGANISATION_SIDES = frozenset({"EU", *(a for a in resources.agencies() if resources.agency_country(a) == a)})
RIGHT_AFTER_REACH = 3  # words between a verb and its date, unparsed ("entered into force on Jan. 1")
BOUND_OBJECT_REACH = 3  # words between "launched" and its agreement, unparsed ("launched the Artemis Accords")
COLON_REACH = 6  # words from a counted mention to the colon that opens its list ("deux mémorandums sur l'ILRS :")
# triggers this close to the mention compete on what they say (a signature beats talk of one)
NEAR_TREE_DISTANCE = 2
NEAR_TOKEN_DISTANCE = 6


@dataclass(frozen=True)
class Trigger:
    token: Token
    action: str
    sentence: Span
    weak: bool = False


# under the mention, a party is at most this many nouns away ("un mémorandum sur la coopération
# entre la CNSA et l'ABAE"), not a modifier of a modifier ("dans le cadre du programme Artemis de la NASA")
MAX_NOUNS_UNDER_MENTION = 1
DASHES = frozenset({"—", "–", "-", "--"})
LIST_COMMAS = frozenset({",", ";"})
# how many words after a state or body "looking on" may follow ("with senior European Commission officials looking on")
ONLOOKER_REACH = 4
# how far after its verb "avec l'agence" / "with the agency" names the partner
DEFINITE_PARTNER_REACH = 12
# subject and object relatives that open a clause on an apposed noun ("…, le petit satellite que construit …")
APPOSED_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "that", "which", "who"})
# how far after an agreement and its verb a pair preposition may name its sides
PAIR_REACH = 14
# what closes a state set off after a place ("in Bremen, Germany, on ..."): not "Germany and France"
PLACE_STATE_CLOSERS = frozenset({",", ".", ";", ")", "—", "–"})
# "2. Greece, Feb. 9, ...", "- la Grèce, le 9 février": the start of an item of a list
LIST_ITEM_RE = re.compile(r"\s*(?:\d{1,2}[.)]|[-•–*])\s")
PRONOUN_SUBJECT_REACH = 4  # tokens back from a verb to its pronoun subject, without a parse ("they had jointly signed")
SPEAKING_REACH = 8  # tokens from a statement to the verb it is the subject of ("a joint statement by X and Y said")
PARTNER_PRONOUN_REACH = 4  # tokens after a verb to its "avec elle" ("a signé hier avec elle")
MAX_PHRASE_TOKENS = 12  # tokens of an agreement's complement before a participle set off after it
RESTATED_DATE_REACH = 7  # words between a coarse date and the precise one restating it ("Two years later, on May 10, 1972")
MAX_DESCRIBED_PHRASE_TOKENS = 24  # the same, when the participle is taken from an earlier mention
AFFILIATION_REACH = 6  # tokens from a person to the "de X" of the title apposed after the name
SIGNER_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
# how a trigger takes the agreement it acts on: "signer un accord", "l'accord a été signé"
OBJECT_DEPS = frozenset({"obj", "nsubj:pass", "nsubj"})
# how a name hangs from the signer's noun: "le directeur général de Roskosmos Igor Komarov", "X et Y"
PERSON_PATH_DEPS = frozenset({"appos", "flat:name", "flat", "conj", "nmod", "compound", "nsubj", "obl:agent"})
# agreements whose parties are states only: an agency head signs them for the state
BETWEEN_STATES = frozenset({"intergovernmental_agreement", "accords"})

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
    # "les deux agences", "both sides": the parties are the document's main pair (agency/country)
    group: str = ""
    # distinct sides read in the sentence: an agency and a company of one state are two sides
    sides: int = 0
    # a side of no state is named (Airbus, EUMETSAT): the agreement is not one of its partner's others
    stateless_side: bool = False
    # the day of a report of the action told in the pluperfect ("said on Thursday they had signed"): the
    # action's date when no other reading of its agreement dates that action
    report_date: str = ""

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
        self.moment_relatives = set(data.get("moment_relatives", []))
        self.date_openers = set(data.get("date_openers", []))
        self.another_phrases = [tuple(p) for p in data.get("another_phrases", [])]
        self.subject_weak = set(data.get("subject_weak_lemmas", []))
        # the tagger misses rare forms of regular verbs ("paraphent" read as an adjective, lemma
        # "paraphent"): their conjugated forms, built from the data file's endings, name the trigger too
        endings = data.get("regular_verb_endings", {})
        self.form_actions: dict[str, str] = {}
        for lemma, action in self.lemma_actions.items():
            if lemma in self.weak or not endings or not lemma.endswith(endings["infinitive"]):
                continue
            stem = lemma[: -len(endings["infinitive"])]
            grave = stem[::-1].replace("é", "è", 1)[::-1]  # "adhérer" → "adhère"
            for ending in endings["forms"]:
                self.form_actions.setdefault(stem + ending, action)
            for ending in endings.get("grave_forms", []):
                self.form_actions.setdefault(grave + ending, action)
        self.planned_governors = set(data["planned_governors"])
        self.planned_modifiers = set(data["planned_modifiers"])
        self.purpose_markers = set(data.get("purpose_markers", []))
        self.actor_possessives = set(data.get("actor_possessives", []))
        self.pair_adjectives = set(data.get("pair_adjectives", []))
        self.object_after_verbs = set(data.get("object_after_verbs", []))
        self.intent_governors = set(data["intent_governors"])
        self.infinitive_markers = set(data.get("infinitive_markers", []))
        self.negations = set(data["negations"])
        self.reporting_verbs = set(data["reporting_verbs"])
        self.event_nouns = set(data["event_nouns"])
        self.place_prepositions = set(data["place_prepositions"])
        self.agent_markers = set(data["agent_markers"])
        self.celestial_bodies = set(data["celestial_bodies"])
        self.future_auxiliaries = set(data["future_auxiliaries"])
        # without a parse: auxiliaries before a trigger that tell news ("has signed", "will sign",
        # "are negotiating") from background ("had signed")
        self.news_auxiliaries = set(data.get("news_auxiliaries", []))
        self.past_simple_endings = tuple(data.get("past_simple_endings", []))
        self.background_auxiliaries = set(data.get("background_auxiliaries", []))
        self.party_blocking_prepositions = set(data.get("party_blocking_prepositions", []))
        self.party_blocking_nouns = set(data.get("party_blocking_nouns", []))
        self.pair_words = set(data.get("pair_words", []))
        # "les présidents José Sarney et Carlos Menem avaient signé": plural heads of two sides, a pair
        self.definite_pair_nouns = set(data.get("definite_pair_nouns", []))
        self.not_places = set(data.get("not_places", []))
        self.non_signer_cues = set(data.get("non_signer_cues", []))
        self.on_behalf_cues = tuple(data.get("on_behalf_cues", []))
        # phrases are compared with the sentence's tokens joined by spaces: "l'issue" is "l' issue"
        # "l'ambassadeur de Turquie en Chine": the state of the posting is no party
        self.posting_nouns = set(data.get("posting_nouns", []))
        self.respective_words = set(data.get("respective_words", []))
        # "…, Israel in January 2022": what may stand between a gapped state and its date
        self.gap_prepositions = set(data.get("gap_prepositions", []))
        self.articles = set(data.get("articles", []))
        # without a parse: a date before these and a trigger after them are in different clauses
        self.subordinators = set(data.get("subordinators", []))
        self.since_words = set(data.get("since_words", []))
        self.when_words = set(data.get("when_words", []))
        self.perfect_auxiliaries = set(data.get("perfect_auxiliaries", []))
        self.negative_coordinators = set(data.get("negative_coordinators", []))
        self.provision_governors = set(data.get("provision_governors", []))
        self.negation_needs_ne = set(data.get("negation_needs_ne", []))
        self.ne_words = set(data.get("ne_words", []))
        self.collection_nouns = set(data.get("collection_nouns", []))
        self.pluperfect_auxiliaries = set(data.get("pluperfect_auxiliaries", []))
        self.terms_markers = list(data.get("terms_markers", []))
        self.relative_words = set(data.get("relative_words", []))
        self.list_heading_nouns = set(data.get("list_heading_nouns", []))
        self.modal_verbs = set(data.get("modal_verbs", []))
        self.reported_progressives = set(data.get("reported_progressives", []))
        self.cooperation_nouns = set(data.get("cooperation_nouns", []))
        self.possessives = set(data.get("possessives", []))
        self.apposition_articles = self.articles | set(data.get("indefinite_articles", []))
        # modal verbs that, in the conditional, make a signing a possibility ("pourrait être signé", "could sign")
        self.possibility_governors = set(data.get("possibility_governors", []))
        context = resources.load_json(f"{lang}/context.json")
        self.another_words = set(context.get("another_words", []))
        self.company_nouns = {w.lower() for w in context.get("company_nouns", [])}
        self.similarity_adjectives = {w.lower() for w in context.get("similarity_adjectives", [])}
        self.similarity_phrases = [tuple(p.lower().split()) for p in context.get("similarity_phrases", [])]
        self.plural_references = set(context.get("plural_reference_nouns", []))
        # without a parse: ", and is negotiating": a coordinated clause starts
        self.clause_coordinators = set(data.get("clause_coordinators", []))
        self.same_occasion_cues = {re.sub(r"(\w['’])(?=\w)", r"\1 ", cue) for cue in data.get("same_occasion_cues", [])}
        self.same_ceremony_cues = {re.sub(r"(\w['’])(?=\w)", r"\1 ", cue) for cue in data.get("same_ceremony_cues", [])}
        self.clause_verbs = set(data.get("clause_verbs", []))
        self.posting_prepositions = set(data.get("posting_prepositions", []))
        self.rejected_alternative_cues = {re.sub(r"(\w['’])(?=\w)", r"\1 ", cue) for cue in data.get("rejected_alternative_cues", [])}
        self.role_nouns = set(data.get("role_nouns", []))
        self.companion_markers = set(data.get("companion_markers", []))
        self.relative_time_prepositions = set(data.get("relative_time_prepositions", []))
        self.arrival_verbs = set(data.get("arrival_verbs", []))
        self.causative_verbs = set(data.get("causative_verbs", []))
        self.vague_time_cues = {re.sub(r"(\w['’])(?=\w)", r"\1 ", cue) for cue in data.get("vague_time_cues", [])}
        self.context_date_cues = {re.sub(r"(\w['’])(?=\w)", r"\1 ", cue) for cue in data.get("context_date_cues", [])}
        self.compound_prefixes: dict[str, str] = data.get("compound_prefixes", {})
        # nationality adjectives of the country rules (lowercase form → ISO code)
        self.nationality_adjectives = {r.pattern.lower(): r.id for r in resources.load_rules(lang, "countries")
                                       if r.label == "NATIONALITY" and isinstance(r.pattern, str)}
        self.reference_pronouns = set(data.get("reference_pronouns", []))
        self.group_pronouns = set(data.get("group_pronouns", []))
        self.actor_pronouns = set(data.get("actor_pronouns", []))
        self.agreeing_verbs = set(data.get("agreeing_verbs", []))
        self.accompaniment_markers = [tuple(p) for p in data.get("accompaniment_markers", [])]
        self.reference_object_pronouns = set(data.get("reference_object_pronouns", []))
        # "La France y a adhéré": "y" stands for the accords only with a verb of joining
        self.joining_pronouns = set(data.get("joining_pronouns", []))
        self.joining_verbs = set(data.get("joining_verbs", []))
        # "... the Artemis Accords. Israel joined in January": a signing verb left without its object
        self.elided_object_types = set(data.get("elided_object_types", []))
        self.elided_object_verbs = set(data.get("elided_object_verbs", []))
        self.elided_object_followers = set(data.get("elided_object_followers", []))
        # "sept autres pays, parmi lesquels le Japon et l'Italie": the states a group of signers includes
        self.inclusion_markers = set(data.get("inclusion_markers", []))
        self.list_glue = set(data.get("list_glue", []))
        self.partner_prepositions = set(data.get("partner_prepositions", []))
        self.membership_phrases = [tuple(p) for p in data.get("membership_phrases", [])]
        self.pair_prepositions = set(data.get("pair_prepositions", []))
        self.aside_participles = set(data.get("aside_participles", []))
        self.onlooker_phrases = list(data.get("onlooker_phrases", []))
        self.definite_agency_nouns = set(data.get("definite_agency_nouns", []))
        self.aside_particles = set(data.get("aside_particles", []))
        self.participle_endings = tuple(data.get("participle_endings", []))
        self.object_bound_verbs = set(data.get("object_bound_verbs", []))
        self.same_parties_phrases = [tuple(p) for p in data.get("same_parties_phrases", [])]
        self.noun_markers = set(data.get("noun_markers", []))
        self.adjectival_nouns = set(data.get("adjectival_nouns", []))
        self.renewal_nouns = set(data.get("renewal_nouns", []))
        self.renewal_verbs = set(data.get("renewal_verbs", []))
        self.pending_markers = tuple(data.get("pending_markers", []))
        self.confirmation_verbs = set(data.get("confirmation_verbs", []))
        self.complement_prepositions = set(data.get("complement_prepositions", []))
        self.date_of_words = set(data.get("date_of_words", []))
        self.date_of_heads = set(data.get("date_of_heads", []))
        self.gap_place_prepositions = set(data.get("gap_place_prepositions", []))
        self.anterior_markers = set(data.get("anterior_markers", []))
        self.infinitive_auxiliaries = set(data.get("infinitive_auxiliaries", []))
        self.dating_verbs = set(data.get("dating_verbs", []))
        self.topic_prepositions = set(data.get("topic_prepositions", []))
        self.group_noun_phrases: dict[str, str] = data.get("group_noun_phrases", {})
        self.participle_endings = tuple(data.get("participle_endings", []))
        self.passive_auxiliaries = set(data.get("passive_auxiliaries", []))
        self.circumstance_openers = [tuple(p) for p in data.get("circumstance_openers", [])]
        self.reported_futures = set(data.get("reported_futures", []))
        dates = resources.load_json(f"{lang}/dates.json")
        # months written in lower case in running text (French): a capital marks a holiday ("le 14 Juillet")
        self.lowercase_months = set(dates["months"]) if dates.get("capitalised_is_other") else set()
        self.partner_pronouns = set(data.get("partner_pronouns", []))
        self.speaking_types = set(data.get("speaking_types", []))
        self.medium_prepositions = set(data.get("medium_prepositions", []))
        self.venue_nouns = set(data.get("venue_nouns", []))
        self.place_nouns = set(data.get("place_nouns", []))
        self.weak_participles = set(data.get("weak_participles", []))
        self.count_words: dict[str, int] = data.get("count_words", {})
        self.date_list_glue = set(data.get("date_list_glue", []))
        self.generic_agreement_words = set(data.get("generic_agreement_words", []))
        self.owner_nouns = set(data.get("owner_nouns", []))
        self.waiting_governors = set(data.get("waiting_governors", []))
        self.meeting_nouns = set(data.get("meeting_nouns", []))
        self.waiting_verbs = set(data.get("waiting_verbs", []))
        self.relative_owner_words = set(data.get("relative_owner_words", []))
        self.of_words = set(data.get("of_words", []))
        self.subsidiary_nouns = set(data.get("subsidiary_nouns", []))
        self.visit_nouns = set(data.get("visit_nouns", []))
        self.prior_adverbs = set(data.get("prior_adverbs", []))
        self.contracted_auxiliaries = set(data.get("contracted_auxiliaries", []))
        self.noun_read_governors = set(data.get("noun_read_governors", []))
        self.planned_phrases = [tuple(p.split()) for p in data.get("planned_phrases", [])]
        self.mandating_verbs = set(data.get("mandating_verbs", []))
        self.force_beneficiary_markers = set(data.get("force_beneficiary_markers", []))
        self.reaching_verbs = set(data.get("reaching_verbs", []))
        self.principle_phrases = set(data.get("principle_phrases", []))
        self.country_place_prepositions = set(data.get("country_place_prepositions", []))
        self.dated_name_links = set(data.get("dated_name_links", []))
        self.term_prepositions = set(data.get("term_prepositions", []))
        self.term_units = set(data.get("term_units", []))
        self.destination_prepositions = set(data.get("destination_prepositions", []))
        self.group_nouns: dict[str, str] = data.get("group_nouns", {})
        self.news_aux_tenses = set(data["news_aux_tenses"])
        self.background_aux_tenses = set(data["background_aux_tenses"])
        # one list of verb endings for the whole package: the date grammar's
        self.future_endings = tuple(resources.load_json(f"{lang}/dates.json").get("future_endings", []))
        # the future's own endings, without the conditional's
        self.plain_future_endings = tuple(resources.load_json(f"{lang}/dates.json").get("plain_future_endings", []))


POSSESSIVES = frozenset({"'s", "’s"})
_norm, _ref = span_reader("norm"), span_reader("ref")  # span._.norm, span._.ref, read fast


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _refer_back(candidate: Candidate, antecedent: Span, by_start: dict[int, Candidate], mention_start: int,
                offset: int) -> None:
    """A reading of a word that stands for the agreement last mentioned ("il", "y", a verb left without its
    object): it points to that mention's reading, with its offsets in the whole text."""
    previous = by_start.get(antecedent.start)
    if previous is not None:
        candidate.antecedent_start = previous.mention_start
    candidate.evidence_start += offset
    candidate.evidence_end += offset
    candidate.mention_start = mention_start


def _previous_in_paragraph(sentences: list[Span], n: int, ents_by_sentence: dict[int, list[Span]],
                           reach: int = 2) -> Iterator[list[Span]]:
    """The entities of the sentences before sentence n, nearest first, up to the paragraph's start."""
    for k in range(n - 1, max(-1, n - 1 - reach), -1):
        if _paragraph_break_between(sentences[k], sentences[k + 1]):
            return
        yield ents_by_sentence.get(k, [])


def _subjects(token: Token) -> Iterator[Token]:
    """The subjects of a trigger's verb, or, when it has none, of the verb just above it ("doivent
    signer"); not that verb's when the trigger has its own ("Il a reconnu que la licence avait été suspendue")."""
    own = [child for child in token.children if child.dep_.startswith("nsubj")]
    if own:
        yield from own
        return
    for verb in (a for a in _ancestors(token, 1) if a.pos_ in ("VERB", "AUX")):
        yield from (child for child in verb.children if child.dep_.startswith("nsubj"))


def _ancestor_ids(token: Token, limit: int = 8) -> list[int]:
    """The positions of a token's heads, nearest first, read off the Doc's head array."""
    heads = DocWords.of(token.doc).heads
    chain = []
    i = token.i
    while heads[i] != i and len(chain) < limit:
        i = heads[i]
        chain.append(i)
    return chain


def _ancestors(token: Token, limit: int = 8) -> list[Token]:
    doc = token.doc
    return [doc[i] for i in _ancestor_ids(token, limit)]


def _tenses(verb: Token) -> set[str]:
    """The verb's tenses, with one correction of the tagger: a first or second person plural is only
    imperfect with "-ions"/"-iez" ("nous comptions"); "nous comptons" is present."""
    tenses = set(verb.morph.get("Tense"))
    if "Imp" in tenses and verb.morph.get("Number") == ["Plur"]:
        person, form = verb.morph.get("Person"), verb.lower_
        if (person == ["1"] and form.endswith("ons") and not form.endswith("ions")) or (
                person == ["2"] and form.endswith("ez") and not form.endswith("iez")):
            tenses = (tenses - {"Imp"}) | {"Pres"}
    return tenses


def _past_conditional(verb: Token) -> bool:
    """ "aurait été reconduit", "aurait signé": a counterfactual or an unconfirmed past, neither a plan
    nor an act (a plan is in the present conditional: "devrait être signé", "serait signé")."""
    return "Part" in verb.morph.get("VerbForm") and any(
        child.dep_ == "aux:tense" and "Cnd" in child.morph.get("Mood") for child in verb.children)


def _apposed_participle(token: Token, mention: Span) -> bool:
    """ "L'accord, entré en vigueur le 1er janvier 1998, prévoyait ...": a participle set off right
    after the mention describes it, whatever the parse made of the commas."""
    return token.i == mention.end + 1 and token.doc[mention.end].text == "," and "Part" in token.morph.get("VerbForm")


def _clause_ancestors(token: Token, limit: int = 30) -> list[Token]:
    """The ancestors of a trigger up to the antecedent of its relative clause: in "contrairement à
    l'Égypte, qui a signé un mémorandum avec la Chine", the clause around "l'Égypte" is not the
    signing's, and its subject is no party; nor is the clause a coordinated clause with its own subject
    joins."""
    chain = []
    current = token
    while current.head.i != current.i and len(chain) < limit:
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") for c in current.children):
            break  # "X et Y ont rejoint l'ILRS, et le Nicaragua a signé un mémorandum": a clause of its own
        relative = current.dep_ == "acl:relcl"
        current = current.head
        chain.append(current)
        if relative:
            break
    return chain


def _governors(token: Token, limit: int, mention: Span | None) -> list[Token]:
    """The verbs above a trigger, up to the agreement it describes: in "une formation prévue par un
    contrat signé le 27 juin", "prévue" governs the contract, not its signature."""
    chain = []
    for ancestor in _ancestors(token, limit):
        if mention is not None and mention.start <= ancestor.i < mention.end:
            break
        chain.append(ancestor)
    return chain


def _tree_distance(a: Token, b: Token) -> int:
    path_a = [a.i, *_ancestor_ids(a, 30)]
    path_b = [b.i, *_ancestor_ids(b, 30)]
    index_b = {i: n for n, i in enumerate(path_b)}
    for n, i in enumerate(path_a):
        if i in index_b:
            return n + index_b[i]
    return 99


class EventExtractor:
    """Read candidate events off a parsed Doc (see module docstring)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex = Lexicon(lang)
        self._known_states: dict[str, str] = resources.load_json("company_states.json")["states"]
        self.company_states: Mapping[str, str] = self._known_states
        # read with the other rule files when the pipeline is built, not on first use: a run may go on
        # as a user who cannot read the installation (resolve_events needs them)
        resources.predecessors()
        self.leader_states: dict[str, str] = {_fold(name): state for state, names in resources.load_json(
            "leaders.json")["states"].items() for name in names}
        # a phrase can only start on its first word: the other tokens skip the phrase loop
        self._phrase_starts = {phrase[0] for phrase, _ in self.lex.phrases}
        # per Doc: a mention's fellow agreement mentions, and each sentence's quotations, by start
        # token (`Span.sent` and a walk over the sentence would otherwise run for every trigger)
        self._agreements_with: dict[int, list[Span]] = {}
        self._sentence_of: dict[int, Span] = {}
        self._quotes: dict[int, list[tuple[int, int]]] = {}
        self._groups: dict[int, str] = {}
        self._affiliations: dict[str, tuple[str, ...]] | None = None
        self._compounds: dict[int, list[tuple[int, set[str]]]] = {}
        self._words: DocWords | None = None
        self._sentence_ents: dict[int, list[Span]] = {}
        self._ents: tuple[Span, ...] = ()

    # -- entry point --------------------------------------------------------
    def __call__(self, doc: Doc) -> list[Candidate]:
        parsed = doc.has_annotation("DEP")
        self._agreements_with, self._sentence_of, self._quotes, self._groups, self._compounds = {}, {}, {}, {}, {}
        self._words = DocWords.of(doc)
        self._affiliations = None
        # the bodies the article defines by an acronym ("Mexico's ... (SCT)") or introduces with a nationality
        # ("Emirati satellite operator Yahsat"), beside the known ones
        defined = doc._.body_states
        self.company_states = ChainMap(defined, self._known_states) if defined else self._known_states
        index = SentenceIndex(doc)
        sentences = index.spans
        ents_by_sentence: dict[int, list[Span]] = {}
        self._ents = doc.ents  # built once: each `doc.ents` makes its Spans anew
        for ent in self._ents:
            ents_by_sentence.setdefault(index.index(ent.start), []).append(ent)
        self._sentence_ents = {sentences[n].start: ents for n, ents in ents_by_sentence.items()}
        candidates: list[Candidate] = []
        by_start: dict[int, Candidate] = {}
        read_in: dict[int, list[Candidate]] = {}  # the readings of each sentence's mentions
        offset = doc._.char_offset
        background_paragraph = self.background_paragraphs(sentences, parsed)
        if doc._.char_offset == 0:
            doc._.news_date = self.news_date(doc, sentences, ents_by_sentence)
        last_mention: tuple[int, Span] | None = None
        for n, sentence in enumerate(sentences):
            ents = ents_by_sentence.get(n, [])
            agreements = [e for e in ents if e.label_ == "AGREEMENT"]
            if not agreements:
                if last_mention is not None and n - last_mention[0] <= REFERENCE_WINDOW:
                    referring = self.pronoun_reference(doc, sentence, n, ents, last_mention[1], by_start) if parsed else []
                    if not referring and _norm(last_mention[1]) in self.lex.elided_object_types:
                        referring = self.elided_signings(doc, sentence, n, ents, last_mention[1], by_start, parsed)
                    candidates.extend(referring)
                continue
            last_mention = (n, agreements[-1])
            for m in agreements:
                self._agreements_with[m.start], self._sentence_of[m.start] = agreements, sentence
            triggers = self.find_triggers(sentence)
            for mention, trigger in ((m, t) for m in agreements
                                     for t in self.pick_triggers(m, triggers, parsed) or self._speaking(m, sentence)
                                     or self._arrival(m, sentence, parsed) or self._dated_name(m, sentence, ents)):
                if self.negated(trigger, parsed, mention):
                    if _lemma(trigger.token) not in self.lex.renewal_verbs or self._future(trigger, parsed):
                        continue
                    # "a annoncé qu'il ne renouvellerait pas ses contrats", "refuse en 1982 de reconduire le
                    # texte": a decision not to renew ends the agreement
                    trigger = replace(trigger, action="terminated")
                    action = "terminated"
                elif (parsed and self._redescription(mention, trigger, agreements)) or self._term_opener(trigger):
                    continue
                else:
                    action = self.action_of(trigger, parsed, mention)
                if action is None:
                    continue
                candidate = self.read_candidate(doc, sentence, n, ents, mention, trigger, action, parsed)
                if not candidate.date and action == "signed":
                    candidate.date = self._verb_before_date(mention, trigger, triggers, agreements, ents, parsed)
                if parsed and self._anterior_infinitive(trigger.token):
                    candidate.tense = BACKGROUND  # "après avoir rejoint les accords": not today's news
                if candidate.tense == UNKNOWN and action == "planned" and parsed and self._plain_future(trigger.token):
                    candidate.tense = NEWS  # "Les mêmes sources assurent que la Chine renouvellera son contrat": a plan stated now
                # ("Bill Nelson avait fait le voyage. ... réuni mercredi, ils ont signé deux textes": a sentence that
                # gives the lead's day is the news, whatever the paragraph opened with)
                if (candidate.tense == NEWS and background_paragraph[n] >= 0 and not self.reports_a_state(trigger)
                        and not (action == "planned" and not _mentioned_since(mention, background_paragraph[n], n,
                                                                              ents_by_sentence))
                        and not (doc._.news_date and any(e.label_ == "DATE" and _norm(e) == doc._.news_date for e in ents))):
                    candidate.tense = BACKGROUND  # "Tass évoque ainsi ..." inside a pluperfect paragraph
                if not candidate.date and action not in ("planned", "announced") and self._same_occasion(sentence):
                    # "during the same trip": the occasion the lead reports (what is still to come is not of it);
                    # "the same ceremony" is that of the signing told last ("Le gouvernement gabonais et l'ESA ont
                    # paraphé le 9 mai 2014 une version révisée. Au cours de la même cérémonie, l'AGEOS et le CNES
                    # avaient signé un protocole")
                    earlier = next((c for c in reversed(candidates) if c.date and c.action == "signed"), None) \
                        if self._has_cue(sentence, self.lex.same_ceremony_cues) else None
                    candidate.date = earlier.date if earlier is not None else doc._.news_date
                if not candidate.date and self._points_back(sentence, trigger):
                    candidate.date = self._previous_sentence_date(sentences, n, ents_by_sentence, read_in.get(n - 1, ()))
                if not candidate.date and not self._perfect(trigger.token):
                    candidate.date = self._heading_date(sentences, n, ents_by_sentence)
                if not candidate.date and action == "signed" and _ref(mention) < 0 and not self._perfect(trigger.token):
                    # "On Tuesday, the partners turned relief into a plan. At a ceremony in Beijing, the CNSA
                    # and the AEB signed a letter of intent": the time the sentence before opened with
                    candidate.date = self._opening_date_before(sentences, n, ents_by_sentence)
                if not candidate.date and action == "signed" and candidate.tense != BACKGROUND and candidate.location \
                        and _ref(mention) < 0:
                    # "In Abuja, the two governments also signed agreements on ...": where the signing the lead
                    # reports was held, with no time of its own: that occasion
                    lead = next((c for c in candidates if c.action == "signed" and c.location and c.date
                                 and c.date == doc._.news_date), None)
                    if lead is not None and lead.location == candidate.location:
                        candidate.date = lead.date
                if not candidate.date and candidate.tense == NEWS and action == "signed" and self._like_another(mention, trigger.token):
                    # "Rome has concluded similar agreements with China, Argentina and Russia": the others of a
                    # kind, signed some time before the news
                    candidate.tense = BACKGROUND
                if not candidate.date and action not in ("planned", "announced") and self._vague_time(sentence):
                    # "Quelques mois plus tard, à Moscou, le CNES et Glavkosmos signent": a time reckoned from
                    # another one the text cannot place; not the document's day
                    candidate.tense = BACKGROUND
                # "le contrat" → "ce contrat" (no event) → "du contrat d'achat ..., conclu le 5 août 2003"
                referred = self._referred(mention, by_start) if _ref(mention) >= 0 else (None, -1)
                antecedent = referred[0]
                if _ref(mention) >= 0 and self._names_its_own(mention, candidate, referred):
                    antecedent, candidate.agreement_type = None, GENERIC_AGREEMENT
                if (antecedent is None and _ref(mention) >= 0 and not (candidate.countries or candidate.agencies)
                        and candidate.date and _ref(mention) in self._sentence_of):
                    # "Séoul avait transmis à Moscou un projet d'accord-cadre ... Le texte n'a été signé qu'en
                    # septembre 2004": the sides named with the agreement referred to, which told no event
                    self._parties_of_sentence(candidate, self._sentence_of[_ref(mention)])
                if antecedent is not None:
                    antecedent = self._national_referent(mention, candidates) or antecedent
                    candidate.antecedent_start = antecedent.mention_start  # resolve_events inherits its parties
                pair_kind = self._pair_subject(trigger.token) if parsed and antecedent is None else ""
                if parsed and antecedent is None and not pair_kind and not any(_subjects(trigger.token)):
                    # "Les deux pays ont ouvert des négociations sur un accord ..., le premier jamais conclu":
                    # a trigger with no subject of its own, in a sentence whose main clause has the pair
                    pair_kind = self._pair_subject(sentence.root)
                if pair_kind:
                    self._pair_from_previous(candidate, pair_kind, sentences, n, ents_by_sentence, ents)
                if antecedent is None and (
                        (not candidate.countries and self._subject_pronoun(trigger.token, self.lex.group_pronouns))
                        if parsed else (len(candidate.countries) < 2
                                        and self._pronoun_before(trigger, sentence, self.lex.group_pronouns))):
                    self._parties_from_previous(candidate, sentences, n, ents_by_sentence)  # "elles avaient adopté"
                elif not candidate.countries and antecedent is None and parsed and self._subject_pronoun(
                        trigger.token, self.lex.reference_pronouns):
                    self._subject_state(candidate, sentences, n, ents_by_sentence)  # "dont elle a signé la convention"
                elif len(candidate.countries) == 1 and candidate.sides < 2 and antecedent is None and parsed and \
                        self._subject_pronoun(trigger.token, self.lex.reference_pronouns) is not None and \
                        not any(e.label_ in ("COUNTRY", "AGENCY") for e in ents if e.start < trigger.token.i):
                    # "Créée en 2014, l'agence émirienne multiplie les partenariats. Elle a conclu en juin 2016 un
                    # accord-cadre avec la NASA": the pronoun is the side the sentences before name first (not
                    # where a side comes before the verb: « Le Nicaragua a fait savoir qu'il négociait avec le groupe »)
                    self._actor_before(candidate, sentences, n, ents_by_sentence, trigger, owner=True)
                elif not parsed and antecedent is None and len(candidate.countries) == 1 and candidate.sides < 2 \
                        and (mention.start > trigger.token.i or self._owned_agreement(sentence, ents)) \
                        and ((owned := self._opening_word(sentence) in self.lex.actor_possessives)
                             or self._pronoun_before(trigger, sentence, self.lex.actor_pronouns)):
                    # "KASA ... it signed"; "SANSA ... Its then chief executive ... signed": the side before
                    self._actor_before(candidate, sentences, n, ents_by_sentence, trigger, owner=owned)
                if not (candidate.countries or candidate.agencies) and parsed and self._role_subject(trigger.token):
                    # "... l'ambassadrice de la République dominicaine aux États-Unis, Sonia Guzmán. La diplomate
                    # avait elle-même signé les accords le 4 octobre": the states of the person named before
                    for ents_before in _previous_in_paragraph(sentences, n, ents_by_sentence):
                        states = [e for e in ents_before if e.label_ == "COUNTRY" and not self._posting(e)]
                        if states:
                            candidate.countries |= {_norm(e) for e in states}
                            break
                if not candidate.countries and self._another(mention) and _region(
                        mention.start_char, self.quoted_regions(sentence)) >= 0:
                    # « Nous préparons un second accord, que nous espérons signer »: the speaker's side
                    # and its partner, those of the first agreement of that type
                    earlier = next((c for c in reversed(candidates)
                                    if c.agreement_type == candidate.agreement_type and c.countries), None)
                    if earlier is not None:
                        candidate.countries |= earlier.countries
                        candidate.agencies |= earlier.agencies
                if not (candidate.countries or candidate.agencies) and (
                        self._arrival(mention, sentence, parsed) or (
                            candidate.date and not any(e.label_ in ("COUNTRY", "AGENCY", "ORG", "PER") for e in ents))):
                    # "Un accord-cadre a suivi en octobre 1999", "A European Cooperating State agreement was signed on
                    # Nov. 10, 2009": with no side named, those of the agreement the sentence before told
                    earlier = next((c for c in read_in.get(n - 1, ()) if c.countries), None) if n and not \
                        _paragraph_break_between(sentences[n - 1], sentence) else None
                    if earlier is not None:
                        candidate.countries |= earlier.countries
                        candidate.agencies |= earlier.agencies
                    elif n and not candidate.group and not _paragraph_break_between(sentences[n - 1], sentence):
                        # "It was not the two bodies' first text. A memorandum signed on Oct. 11, 1962, covered
                        # ...": the pair the sentence before speaks of
                        candidate.group = self._per_sentence(self._groups, sentences[n - 1], self.group_reference)
                if not candidate.countries and self._same_parties(sentence):
                    # "l'accord que les mêmes parties avaient conclu à Buenos Aires": the last agreement's
                    earlier = next((c for c in reversed(candidates) if c.countries), None)
                    if earlier is not None:
                        candidate.countries |= earlier.countries
                        candidate.agencies |= earlier.agencies
                if self._partner_pronoun(trigger, sentence):
                    self._partner_from_previous(candidate, sentences, n, ents_by_sentence)
                elif not candidate.agencies and (self._definite_agency_partner(trigger, sentence)
                                                 or self._definite_agency_pair(mention, sentence)):
                    self._add_last_agency(candidate, sentence.start)
                else:
                    self.add_followers(candidate, sentences, n, ents_by_sentence, doc)
                candidate.evidence_start += offset
                candidate.evidence_end += offset
                candidate.mention_start = mention.start_char + offset
                by_start[mention.start] = candidate
                if _ref(mention) >= 0 and mention[-1].lower_ in self.lex.plural_references:
                    # "Les textes ont été signés par ...": every agreement of the sentence referred to
                    siblings = read_in.get(index.index(_ref(mention)), [])
                    if antecedent is None and siblings:  # the mention referred to gave no reading: its fellows' parties
                        candidate.countries |= siblings[0].countries
                        candidate.agencies |= siblings[0].agencies
                    for sibling in siblings:
                        if sibling is not antecedent and sibling.agreement_type != candidate.agreement_type:
                            candidates.append(replace(candidate, agreement_type=sibling.agreement_type,
                                                      antecedent_start=sibling.mention_start))
                read_in.setdefault(n, []).append(candidate)
                for reading in (r for each in self.counted(candidate, mention, ents) for r in self.respective(each, sentence, ents)):
                    for each in self.bracketed(reading, sentence, ents, trigger):
                        candidates.extend(self.gapped(each, sentence, ents, trigger))
            named = next((m for m in agreements if _norm(m) in self.lex.elided_object_types), None)
            if named is not None:
                # "Iceland signed the accords in October 2023, and Sweden signed them in Stockholm in April 2024"
                elided = self.elided_signings(doc, sentence, n, ents, named, by_start, parsed, after=named.end)
                joined = {c for each in elided for c in each.countries}
                for candidate in candidates:
                    if candidate.mention_start == named.start_char + offset and candidate.countries - joined:
                        candidate.countries -= joined
                candidates.extend(elided)
        candidates.extend(self.listed_signings(doc, sentences, ents_by_sentence))
        return candidates

    def listed_signings(self, doc: Doc, sentences: list[Span], ents_by_sentence: dict[int, list[Span]]) -> list[Candidate]:
        """ "This year's signings:" then "2. Greece, Feb. 9, in Washington, signed by Foreign Minister George
        Gerapetritis.": a numbered or bulleted list under a heading about signings, each item a state and
        its date, is one signing of the agreement named last before the heading per item."""
        words = self.words(doc)
        text = doc_text(doc)
        found: list[Candidate] = []
        agreement = ""
        n = 0
        while n < len(sentences):
            sentence = sentences[n]
            agreement = next((_norm(e) for e in reversed(ents_by_sentence.get(n, [])) if e.label_ == "AGREEMENT"),
                             agreement)
            heading = (agreement and text[sentence.start_char : sentence.end_char].rstrip().endswith(":")
                       and any(words.lowers[k] in self.lex.list_heading_nouns for k in range(sentence.start, sentence.end)))
            n += 1
            if not heading:
                continue
            while n < len(sentences) and _paragraph_break_between(sentences[n - 1], sentences[n]) and (
                    LIST_ITEM_RE.match(text, sentences[n].start_char)):
                item = [n]  # the item's paragraph: the sentences up to the next break
                while item[-1] + 1 < len(sentences) and not _paragraph_break_between(sentences[item[-1]], sentences[item[-1] + 1]):
                    item.append(item[-1] + 1)
                found.extend(self._list_item(doc, [sentences[k] for k in item],
                                             [e for k in item for e in ents_by_sentence.get(k, [])], agreement))
                n = item[-1] + 1
        return found

    def _list_item(self, doc: Doc, item: list[Span], ents: list[Span], agreement: str) -> list[Candidate]:
        states = [e for e in ents if e.label_ == "COUNTRY"]
        dates = [e for e in ents if e.label_ == "DATE" and "/" not in _norm(e)]
        if not states or not dates or states[0].start > dates[0].start:
            return []  # an item is a state, then its date
        lowers = self.words(doc).lowers
        offset = doc._.char_offset
        start, end = item[0].start_char, item[-1].end_char
        candidate = Candidate(action="signed", agreement_type=agreement, date=_norm(dates[0]), tense=NEWS,
                              countries={_norm(states[0])}, evidence=doc_text(doc)[start:end].strip(),
                              evidence_start=start + offset, evidence_end=end + offset, mention_start=start + offset)
        candidate.signatories = {_norm(e) for e in ents if e.label_ == "PER"
                                 and any(w in self.lex.agent_markers for w in lowers[max(0, e.start - 4) : e.start])}
        candidate.location = next((e.text for e in ents if e.label_ == "LOC" and e.start
                                   and lowers[e.start - 1] in self.lex.place_prepositions), "")
        return [candidate]

    def news_date(self, doc: Doc, sentences: list[Span], ents_by_sentence: dict[int, list[Span]]) -> str:
        """The day the lead paragraph gives to the news ("ont franchi hier une nouvelle étape", "ont
        relancé vendredi leur coopération"), when it falls within NEWS_DATE_DAYS before the document
        date: a signing reported as news with no date of its own happened that day."""
        anchor = doc._.doc_date or ""
        if len(anchor) != 10:
            return ""
        # the lead: the first paragraph, after the headline when there is one (a first paragraph of
        # one sentence with no closing punctuation)
        # one sentence with no closing punctuation, or several the parser cut it into ("Espace :" | "Lisbonne
        # signe avec Luanda"), before the first paragraph break
        head_end = next((n for n in range(1, len(sentences)) if _paragraph_break_between(sentences[n - 1], sentences[n])), 0)
        lead_start = head_end if head_end and unclosed(sentences[head_end - 1]) else 0
        for n, sentence in enumerate(sentences):
            if n > lead_start and _paragraph_break_between(sentences[n - 1], sentence) and any(
                    e.label_ != "DATE" for k in range(n) for e in ents_by_sentence.get(k, [])):
                break  # past the lead
            days = [ent for ent in ents_by_sentence.get(n, []) if ent.label_ == "DATE" and len(_norm(ent)) == 10
                    and 0 <= (date.fromisoformat(anchor) - date.fromisoformat(_norm(ent))).days <= NEWS_DATE_DAYS
                    and not _dateline(ent) and not self._holiday(ent)]
            if len(days) > 1:
                # "En visite à Pékin lundi et mardi, le ministre a signé mardi un mémorandum": the day of the act
                acts = {t.token.i for t in self.find_triggers(sentence)}
                days = [d for d in days if d.root.head.i in acts] or days
            if days:
                return _norm(days[0])
        return ""

    def _holiday(self, date: Span) -> bool:
        """ "Invité d'honneur du défilé du 14 Juillet": a day named with a capitalised month inside a
        sentence is a holiday's name (in French, where months take no capital), not the news' day."""
        last = date[-1]
        return (last.lower_ in self.lex.lowercase_months and last.text[:1].isupper()
                and not (last.i == date.start and last.is_sent_start))

    def _national_referent(self, mention: Span, earlier: Sequence[Candidate]) -> Candidate | None:
        """ "Le texte canadien a été signé par ..." after a Canadian and a British memorandum: the one
        with that state among its parties, not merely the last one."""
        lowers = self.words(mention.doc).lowers
        state = self.lex.nationality_adjectives.get(lowers[mention.end]) if mention.end < len(lowers) else None
        if state is None:
            return None
        return next((c for c in reversed(earlier) if state in c.countries and c.agreement_type == _norm(mention)), None)

    def _another(self, mention: Span) -> bool:
        """ "un second accord", "another agreement": one more of a kind already in the text."""
        lowers = self.words(mention.doc).lowers
        return any(w in self.lex.another_words for w in lowers[max(0, mention.start - 2) : mention.start + 1])

    def _has_cue(self, sentence: Span, cues: set[str]) -> bool:
        """Does one of the cues (lowercase words, apostrophes split off) occur in the sentence?"""
        text = " " + " ".join(self.words(sentence.doc).lowers[sentence.start : sentence.end]) + " "
        return any(f" {cue} " in text for cue in cues)

    def _same_occasion(self, sentence: Span) -> bool:
        return self._has_cue(sentence, self.lex.same_occasion_cues) or self._has_cue(sentence, self.lex.same_ceremony_cues)

    def _vague_time(self, sentence: Span) -> bool:
        return self._has_cue(sentence, self.lex.vague_time_cues)

    def _points_back(self, sentence: Span, trigger: Trigger) -> bool:
        """ "Ils y ont signé", "À cette occasion, les deux pays avaient signé": the time is the one
        the previous sentence just gave."""
        text = " " + " ".join(self.words(sentence.doc).lowers[sentence.start : sentence.end]) + " "
        if any(f" {cue} " in text for cue in self.lex.context_date_cues if " " in cue):
            return True
        return any(c.lower_ in self.lex.context_date_cues for c in trigger.token.children)

    def _perfect(self, token: Token) -> bool:
        lowers = self.words(token.doc).lowers
        return token.i > 0 and lowers[token.i - 1] in self.lex.perfect_auxiliaries

    def _heading_date(self, sentences: list[Span], n: int, ents_by_sentence: dict[int, list[Span]]) -> str:
        """A timeline: "July 14, 2022. In Jeddah, Al-Tamimi signs the Artemis Accords ...": a date standing
        alone as its paragraph's first sentence dates what the paragraph tells without a date of its own."""
        k = n
        while k > 0 and not _paragraph_break_between(sentences[k - 1], sentences[k]):
            k -= 1
        doc = sentences[k].doc
        start = sentences[k].start_char
        item = LIST_ITEM_RE.match(doc_text(doc), start) is not None
        if item and k < n and len(sentences[k]) <= 2:
            k += 1  # "1." cut off as a sentence of its own: the item's heading is the next one
        if k == n:
            return ""
        dates = [e for e in ents_by_sentence.get(k, []) if e.label_ == "DATE"]
        if len(dates) != 1 or "/" in _norm(dates[0]):
            return ""
        date, texts = dates[0], self.words(doc).texts
        heading = sentences[k]
        alone = all(not any(ch.isalnum() for ch in texts[i]) for i in range(heading.start, heading.end)
                    if not date.start <= i < date.end)
        # "1. NASA and the Luxembourg Space Agency (LSA), Tuesday.": a list item's heading, who and when
        # with no verb of its own, dates the item too
        closing = item and not self.find_triggers(heading) and all(
            not any(ch.isalnum() for ch in texts[i]) for i in range(date.end, heading.end))
        return _norm(date) if alone or closing else ""

    def _opening_date_before(self, sentences: list[Span], n: int, ents_by_sentence: dict[int, list[Span]]) -> str:
        """The date the sentence before, in the same paragraph, opens with."""
        if n == 0 or _paragraph_break_between(sentences[n - 1], sentences[n]):
            return ""
        previous = sentences[n - 1]
        dates = self._point_dates(ents_by_sentence.get(n - 1, []))
        opening = self._opening_dates(previous, dates)
        if opening:
            return _norm(opening[0])
        # "Tout commence le 30 juin 1966. Lors de la visite ..., les deux gouvernements signent": a short
        # sentence that only sets a time, with no event of its own, sets it for the next one
        words = sum(1 for t in previous if not (t.is_punct or t.is_space))
        if len(dates) == 1 and words <= TIME_SETTING_WORDS and not self.find_triggers(previous):
            return _norm(dates[0])
        return ""

    def _point_dates(self, ents: Sequence[Span]) -> list[Span]:
        """Dates that name a time (not a period, not the start of a state: "depuis juin 2016")."""
        return [e for e in ents if e.label_ == "DATE" and "/" not in _norm(e) and not self._since(e)]

    @staticmethod
    def _opening_dates(sentence: Span, dates: list[Span]) -> list[Span]:
        return [e for e in dates if e.start - sentence.start <= SENTENCE_OPENING_TOKENS]

    def _previous_sentence_date(self, sentences: list[Span], n: int, ents_by_sentence: dict[int, list[Span]],
                                read_there: Sequence[Candidate] = ()) -> str:
        """The time "y" or "à cette occasion" points to: that of an event the sentence before tells
        ("28 documents signés mercredi à Belgrade, au lendemain de l'arrivée ... mardi soir"), else its
        last date; not a since-date ("sa première visite depuis juin 2016"), which starts a state."""
        if n == 0 or _paragraph_break_between(sentences[n - 1], sentences[n]):
            return ""
        told = [c.date for c in read_there if c.date and c.tense != BACKGROUND]
        if told:
            return told[-1]
        dates = self._point_dates(ents_by_sentence.get(n - 1, []))
        # "fait partie des dix-neuf textes signés jeudi ..., au lendemain du sommet réuni mercredi": the
        # day a signing word gives
        signings = {t.token.i for t in self.find_triggers(sentences[n - 1]) if t.action == "signed"}
        signed_on = [e for e in dates if any(0 < e.start - i <= RIGHT_AFTER_REACH for i in signings)]
        if signed_on:
            return _norm(signed_on[0])
        # "En août 2019, lors d'une visite ..., ils avaient inauguré une station pour le satellite lancé en
        # mai 2017": a date opening the sentence is its time, later ones belong to its asides
        opening = self._opening_dates(sentences[n - 1], dates)
        return _norm(opening[0]) if opening else _norm(dates[-1]) if dates else ""

    def pronoun_reference(
        self, doc: Doc, sentence: Span, n: int, ents: list[Span], antecedent: Span, by_start: dict[int, Candidate]
    ) -> list[Candidate]:
        """ "Il est entré en vigueur le 18 juillet": a pronoun subject of an action on an agreement
        refers to the last agreement mentioned (within REFERENCE_WINDOW sentences)."""
        for trigger in self.find_triggers(sentence):
            if trigger.action == "announced" or trigger.weak:
                continue
            pronoun = self._subject_pronoun(trigger.token, self.lex.reference_pronouns)
            if pronoun is not None and pronoun.dep_ == "nsubj" and trigger.action == "signed" and not any(
                    c.dep_ == "aux:pass" for c in trigger.token.children):
                pronoun = None  # "il entend souscrire aux programmes": who signs, not what is signed
            if pronoun is None:
                pronoun = self._object_pronoun(trigger.token)
                if pronoun is not None and self._thing_subject(trigger.token, ents):
                    continue  # "Son jumeau doit le rejoindre fin 2012": a satellite joins the one just named
            if pronoun is None or self.negated(trigger, True):
                continue
            action = self.action_of(trigger, True)
            if action is None:
                continue
            candidate = self.read_candidate(doc, sentence, n, ents, doc[pronoun.i : pronoun.i + 1], trigger, action, True)
            candidate.agreement_type = _norm(antecedent)
            _refer_back(candidate, antecedent, by_start, pronoun.idx + doc._.char_offset, doc._.char_offset)
            if not candidate.countries and antecedent.start not in by_start:
                # "Le contrat lie Airbus à la Gistda, l'agence spatiale thaïlandaise. ... il a été conclu le
                # 15 juin": the sides named with the agreement the pronoun stands for
                self._parties_of_sentence(candidate, self._sentence_of.get(antecedent.start) or antecedent.sent)
            if _norm(antecedent) == "accords":  # "La France y a adhéré en juin 2022": the subject joins
                signers = {_norm(e) for e in ents if e.label_ == "COUNTRY" and self._signs(e, trigger.token)}
                candidate.countries = signers or candidate.countries
            # "..., l'Allemagne en septembre 2023": a state and a date with the verb left out
            return self.gapped(candidate, sentence, ents, trigger)
        return []

    def _parties_of_sentence(self, candidate: Candidate, sentence: Span) -> None:
        for ent in self._ents:
            if sentence.start <= ent.start < sentence.end:
                self._add_party(candidate, ent)

    def _add_party(self, candidate: Candidate, ent: Span) -> None:
        """A state, an agency (and its state) or a company's state as a side of the candidate."""
        if ent.label_ == "COUNTRY":
            candidate.countries.add(_norm(ent))
        elif ent.label_ == "AGENCY":
            candidate.agencies.add(_norm(ent))
            candidate.countries.add(resources.agency_country(_norm(ent)))
        elif ent.label_ == "ORG" and self.company_states.get(_norm(ent)):  # "" for a body of no one state (AfSA)
            candidate.countries.add(self.company_states[_norm(ent)])

    def _pronoun_before(self, trigger: Trigger, sentence: Span, pronouns: set[str]) -> bool:
        """Without a parse: one of the pronouns in the verb's stretch of the sentence (back to a comma) is its
        subject: a group pronoun ("in May 2006, in Bangalore, they had signed two memorandums"), or a singular
        one, the side that signs ("On April 7, it signed a memorandum with the Uzbekistan Space Agency")."""
        lowers = self._words.lowers
        for k in range(trigger.token.i - 1, max(sentence.start, trigger.token.i - PRONOUN_SUBJECT_REACH) - 1, -1):
            if lowers[k] in LIST_COMMAS:
                return False
            if lowers[k] in pronouns:
                return True
        return False

    def _opening_word(self, sentence: Span) -> str:
        lowers = self._words.lowers
        return next((lowers[k] for k in range(sentence.start, sentence.end) if lowers[k].strip()), "")

    def _owned_agreement(self, sentence: Span, ents: list[Span]) -> bool:
        """ "Its first agreement with a foreign space agency was a memorandum with JAXA, signed on June 11, 2021":
        the possessive that opens the sentence owns its agreement, however late the signing comes."""
        if self._opening_word(sentence) not in self.lex.actor_possessives:
            return False
        first = next((e for e in ents if e.label_ == "AGREEMENT"), None)
        return first is not None and first.start - sentence.start <= OWNED_AGREEMENT_REACH

    def _actor_before(self, candidate: Candidate, sentences: list[Span], n: int,
                      ents_by_sentence: dict[int, list[Span]], trigger: Trigger, owner: bool = False) -> None:
        """The side a signing pronoun stands for: the first state, agency or company of the sentence
        before it ("Rocket Lab announced that it had signed"), else of the sentence before in the paragraph
        ("KASA is also widening its circle. On April 7, it signed ..."), within the paragraph and two sentences
        back, when it is not the partner already named. The `owner` of a possessive that opens the sentence
        is named in the sentences before it."""
        lowers = self._words.lowers
        for k, sentence in ((k, sentences[k]) for k in range(n - owner, max(-1, n - 3), -1)):
            if k < n and _paragraph_break_between(sentence, sentences[k + 1]):
                return
            # what comes before the sentence's own pronoun ("On April 7, it signed a memorandum with the
            # Uzbekistan Space Agency. It has been discussing ...": not Uzbekistan's agency)
            end = trigger.token.i if k == n else next(
                (i for i in range(sentence.start, sentence.end) if lowers[i] in self.lex.actor_pronouns), sentence.end)
            sides = [e for e in ents_by_sentence.get(k, []) if e.end <= end and (
                e.label_ in ("COUNTRY", "AGENCY") or (e.label_ == "ORG" and self.company_states.get(_norm(e))))]
            if sides:
                side = sides[0]
                state = (resources.agency_country(_norm(side)) if side.label_ == "AGENCY" else
                         self.company_states[_norm(side)] if side.label_ == "ORG" else _norm(side))
                if state not in candidate.countries:
                    self._add_party(candidate, side)
                    candidate.sides += 1
                return

    def _speaking(self, mention: Span, sentence: Span) -> list[Trigger]:
        """ "the two agencies said on Tuesday in a joint statement", "a joint statement by Modi and Biden said":
        a statement that speaks was issued, on the day it spoke (when nothing else is said of it)."""
        if _norm(mention) not in self.lex.speaking_types:
            return []
        words, lex = self._words, self.lex
        k, determiners = mention.start - 1, lex.apposition_articles | lex.possessives
        while k > sentence.start and words.lowers[k] in determiners:
            k -= 1
        in_medium = k >= sentence.start and words.lowers[k] in lex.medium_prepositions
        verbs = [i for i in range(sentence.start, sentence.end) if words.lemmas[i] in lex.reporting_verbs
                 and (in_medium or mention.end <= i <= mention.end + SPEAKING_REACH)]
        if not verbs:
            return []
        nearest = min(verbs, key=lambda i: abs(i - mention.start))
        return [Trigger(mention.doc[nearest], "signed", sentence)]

    def _arrival(self, mention: Span, sentence: Span, parsed: bool) -> list[Trigger]:
        """ "Un accord-cadre de coopération a suivi en octobre 1999", "A framework agreement followed in 2004":
        an agreement that came, as the subject of a verb of succession with no object, was signed then."""
        if not parsed:
            return []
        verb = mention.root.head
        if not (mention.root.dep_ == "nsubj" and _lemma(verb) in self.lex.arrival_verbs
                and verb.pos_ == "VERB" and not any(c.dep_ in ("obj", "ccomp") for c in verb.children)):
            return []
        return [Trigger(verb, "signed", sentence)]

    def _dated_name(self, mention: Span, sentence: Span, ents: list[Span]) -> list[Trigger]:
        """ "l'accord intergouvernemental du 28 novembre 2000", "l'accord russo-kazakh du 23 décembre 1995":
        an agreement named by the day it was signed, with no verb telling anything of it, was signed then."""
        doc = mention.doc
        lowers = self.words(doc).lowers
        for k in range(mention.end, min(mention.end + DATED_NAME_REACH + 1, sentence.end - 1)):
            if lowers[k] in self.lex.dated_name_links:
                date = next((e for e in ents if e.start == k + 1 and e.label_ == "DATE"), None)
                if date is not None and _DAY.fullmatch(_norm(date)):
                    return [Trigger(mention.root, "signed", sentence)]
                return []
            if not (any(e.start <= k < e.end and e.label_ == "COUNTRY" for e in ents) or lowers[k] == "-"
                    or (doc[k].pos_ == "ADJ" and k == mention.end) or (k > 0 and lowers[k - 1] == "-")):
                return []  # only a state's adjective may stand between ("l'accord russo-kazakh du ...")
        return []

    def _like_another(self, mention: Span, trigger: Token) -> bool:
        """ "similar agreements", "similar government-to-government space agreements" (after the verb),
        « un protocole semblable », "arrangements of the same kind"."""
        return like_another(self._words.lowers, mention.start, mention.end,
                            max(trigger.i + 1, mention.start - SIMILAR_REACH), self.lex.similarity_adjectives,
                            self.lex.similarity_phrases)

    def _same_parties(self, sentence: Span) -> bool:
        lowers = self.words(sentence.doc).lowers
        return any(tuple(lowers[k : k + len(phrase)]) == phrase for phrase in self.lex.same_parties_phrases
                   for k in range(sentence.start, sentence.end - len(phrase) + 1))

    def _partner_pronoun(self, trigger: Trigger, sentence: Span) -> bool:
        """ "Le DLR a signé avec elle un protocole": the partner is a pronoun, right after the verb."""
        lowers, lex = self._words.lowers, self.lex
        i = trigger.token.i
        return any(lowers[k] in lex.partner_prepositions and lowers[k + 1] in lex.partner_pronouns
                   for k in range(i + 1, min(i + PARTNER_PRONOUN_REACH, sentence.end - 1)))

    def _definite_agency_partner(self, trigger: Trigger, sentence: Span) -> bool:
        """ "La Hongrie avait signé un accord de coopération avec l'agence dès 1991": the partner is "the
        agency" itself, right after the verb (what follows is no name of another one)."""
        lowers, lex = self._words.lowers, self.lex
        i = trigger.token.i
        for k in range(i + 1, min(i + DEFINITE_PARTNER_REACH, sentence.end - 2)):
            if lowers[k] in lex.partner_prepositions and lowers[k + 1] in lex.articles and \
                    lowers[k + 2] in lex.definite_agency_nouns:
                return not any(e.start <= k + 2 < e.end for e in self._ents)
        return False

    def _definite_agency_pair(self, mention: Span, sentence: Span) -> bool:
        """ "L'accord-cadre entre la Communauté européenne et l'agence": "the agency" as the second of the
        pair the agreement's phrase names."""
        lowers, lex = self._words.lowers, self.lex
        reach = min(mention.end + PAIR_REACH, sentence.end - 2)
        opened = False
        for k in range(mention.end, reach):
            if lowers[k] in (",", ";", ":"):
                return False
            opened = opened or lowers[k] in lex.pair_prepositions
            if opened and lowers[k] in lex.list_glue and lowers[k] != "," and lowers[k + 1] in lex.articles \
                    and lowers[k + 2] in lex.definite_agency_nouns:
                return not any(e.start <= k + 2 < e.end for e in self._ents)
        return False

    def _add_last_agency(self, candidate: Candidate, before: int) -> None:
        """The agency named last before the sentence, of a state not already a side ("The Czech Republic
        joined the European Space Agency in 2008. The country signed a cooperation agreement with the agency
        in 1996.")."""
        for ent in reversed([e for e in self._ents if e.label_ == "AGENCY" and e.end <= before]):
            agency = _norm(ent)
            if resources.agency_country(agency) not in candidate.countries:
                candidate.agencies.add(agency)
                candidate.countries.add(resources.agency_country(agency))
                candidate.sides += 1
                return

    @staticmethod
    def _partner_from_previous(candidate: Candidate, sentences: list[Span], n: int,
                               ents_by_sentence: dict[int, list[Span]]) -> None:
        """ "Lancée fin 2010, l'agence sud-africaine a tissé son réseau. Le DLR a signé avec elle ...": the
        pronoun stands for the first agency or state of the sentence before (in the paragraph), not one of
        the signer's side; the next sentence's parties are another story."""
        for previous in _previous_in_paragraph(sentences, n, ents_by_sentence, reach=1):
            for ent in previous:
                if ent.label_ == "AGENCY" and _norm(ent) not in candidate.agencies:
                    candidate.agencies.add(_norm(ent))
                    candidate.countries.add(resources.agency_country(_norm(ent)))
                    return
                if ent.label_ == "COUNTRY" and _norm(ent) not in candidate.countries:
                    candidate.countries.add(_norm(ent))
                    return

    def elided_signings(self, doc: Doc, sentence: Span, n: int, ents: list[Span], antecedent: Span,
                        by_start: dict[int, Candidate], parsed: bool, after: int | None = None) -> list[Candidate]:
        """ "The accords were first signed in October 2020 ... Israel joined in January, and Romania, Bahrain
        and Singapore all signed in March": after accords that states join, a verb of signing with no object
        has the states before it (back to the previous verb) sign the accords last mentioned. In the sentence
        that names them (`after` their mention), the verb's states are those of its own clause ("and Sweden
        signed them in April 2024", "Canada was among the founding signatories in October 2020, and South
        Korea joined in May 2021")."""
        states = [e for e in ents if e.label_ == "COUNTRY"]
        if not states:
            return []
        words, lex = self._words, self.lex
        found: list[Candidate] = []
        start = sentence.start if after is None else after
        for trigger in self.find_triggers(sentence):
            i = trigger.token.i
            if i < start or trigger.action != "signed" or trigger.weak or words.lemmas[i] not in lex.elided_object_verbs:
                continue
            # "Canada was among the founding signatories in 2020, and South Korea joined in May": a comma and a
            # coordinator, or a semicolon, open the clause the verb's states are in
            start = max([start] + [k + 1 for k in range(start, i) if words.texts[k] == ";" or (
                words.texts[k] == "," and words.lowers[k + 1] in lex.clause_coordinators)])
            following = words.lowers[i + 1] if i + 1 < sentence.end else "."
            subjects = [e for e in states if start <= e.start and e.end <= i]
            # "Oman is the second signatory this year, after Portugal, whose secretary of state ... signed on
            # Jan. 11": the state "whose" stands for signs, not the one before it
            owner = self._relative_owner(trigger, states) if parsed else self._owner_before(trigger, states)
            if owner is not None and owner in subjects:
                subjects = [owner]
            start = i + 1
            # "Austria and Panama joined them last Wednesday", the sentence after the accords: a pronoun object
            elided = following in lex.reference_object_pronouns or following in lex.elided_object_followers
            if not elided or not subjects or self.negated(trigger, parsed):
                continue
            # what is done only: "Brazil is expected to sign in June" may be another text's plan
            action = self.action_of(trigger, parsed)
            if action != "signed":
                continue
            # in the sentence that names the accords, the clause's own dates only (not those of the signing before)
            own = ents if after is None else [e for e in ents if e.start >= subjects[0].start]
            candidate = self.read_candidate(doc, sentence, n, own, doc[i : i + 1], trigger, action, parsed)
            candidate.agreement_type = _norm(antecedent)
            candidate.countries = {_norm(e) for e in subjects}
            _refer_back(candidate, antecedent, by_start, trigger.token.idx + doc._.char_offset, doc._.char_offset)
            found.append(candidate)
        return found

    def _thing_subject(self, token: Token, ents: list[Span]) -> bool:
        """Is the verb's subject a common noun that names no side (no state, agency, person or group of them)?"""
        for subject in _subjects(token):
            if subject.pos_ != "NOUN" or any(e.start <= t.i < e.end for t in subject.subtree for e in ents):
                continue
            words = (subject.lower_, _lemma(subject), _lemma(subject) + "s")
            if not any(w in self.lex.group_nouns or w in self.lex.role_nouns for w in words):
                return True
        return False

    @staticmethod
    def _subject_pronoun(token: Token, pronouns: set[str]) -> Token | None:
        return next((s for s in _subjects(token) if s.pos_ == "PRON" and s.lower_ in pronouns), None)

    def _object_pronoun(self, token: Token) -> Token | None:
        """ "Israël les a signés le 26 janvier": a clitic object of a signing refers to the agreement."""
        for child in token.children:
            # "M. Wrochna les avait signés": a clitic the tagger took for an article, an object all the same
            if child.dep_ in ("obj", "iobj") and child.pos_ in ("PRON", "DET") and child.i < token.i \
                    and child.lower_ in self.lex.reference_object_pronouns:
                return child
            if (child.pos_ == "PRON" and child.lower_ in self.lex.joining_pronouns and child.i < token.i
                    and _lemma(token) in self.lex.joining_verbs):
                return child
        return None

    def _role_subject(self, token: Token) -> bool:
        """Is the subject a person named by a definite role noun ("La diplomate avait signé", "the envoy signed")?"""
        return any(s.lower_ in self.lex.role_nouns and any(c.dep_ == "det" and c.lower_ in self.lex.articles for c in s.children)
                   for s in _subjects(token))

    @staticmethod
    def _subject_state(candidate: Candidate, sentences: list[Span], n: int, ents_by_sentence: dict[int, list[Span]]) -> None:
        """ "L'Iran ... coopère avec la Chine au sein de l'APSCO, dont il a signé la convention": the
        pronoun is the main clause's subject, here or in the sentence before (same paragraph)."""
        for k in (n, n - 1):
            if k < 0 or (k < n and _paragraph_break_between(sentences[k], sentences[n])):
                return
            root = sentences[k].root
            subjects = {t.i for c in root.children if c.dep_.startswith("nsubj") for t in c.subtree}
            states = [e for e in ents_by_sentence.get(k, []) if e.label_ == "COUNTRY" and e.root.i in subjects]
            if states:
                candidate.countries.add(_norm(states[0]))
                return

    def _referred(self, mention: Span, by_start: dict[int, Candidate]) -> tuple[Candidate | None, int]:
        """The reading a reference leads to, through references that gave none ("l'accord" → "ce
        texte" → "une lettre d'intention"), and where that agreement is named."""
        seen: set[int] = set()
        ref = _ref(mention)
        while ref >= 0 and ref not in seen:
            if ref in by_start:
                return by_start[ref], ref
            seen.add(ref)
            ref = next((_ref(e) for e in self._ents if e.start == ref and e.label_ == "AGREEMENT"), -1)
        return None, -1

    def _names_its_own(self, mention: Span, candidate: Candidate, referred: tuple[Candidate | None, int]) -> bool:
        """ "de l'accord conclu le 9 novembre 2017" after a letter of intent of 11 February 2018: a
        generic "accord" taken for a reference to the last agreement, but signed at another date, is
        an agreement of its own (a reference named like its antecedent stays one, unless it names
        other states)."""
        antecedent, start = referred
        head = mention[-1].lower_
        if (antecedent is None or head not in self.lex.generic_agreement_words or not candidate.date
                or not antecedent.date):
            return False
        if candidate.date.startswith(antecedent.date) or antecedent.date.startswith(candidate.date):
            return False
        words = self.words(mention.doc)
        named_by_year = mention.end + 1 < len(words.texts) and words.texts[mention.end + 1] == antecedent.date[:4]
        if (candidate.countries and antecedent.countries and candidate.countries.isdisjoint(antecedent.countries)
                and not named_by_year):  # (not "la reconduction de l'accord de 1972", whose parties are read later)
            return True  # "l'accord d'État coopérant conclu avec la Bulgarie", after Latvia's accession agreement
        return head not in {t.lower_ for t in mention.doc[start : start + 4]}

    def _relative_owner(self, trigger: Trigger, ents: list[Span]) -> Span | None:
        """ "l'Égypte, dont l'agence spatiale avait signé": the state that "dont" stands for owns the
        subject (an actor noun), and is a party."""
        words = self.words(trigger.token.doc)
        for child in _subjects(trigger.token):
            if child.lower_ not in self.lex.owner_nouns:
                continue
            # "dont" opens the subject's phrase, or stands right before it
            k = next((i for i in (child.left_edge.i, child.left_edge.i - 1)
                      if i >= 1 and words.lowers[i] in self.lex.relative_owner_words), None)
            if k is None:
                continue
            return self._state_before(words, k, ents)
        return None

    @staticmethod
    def _state_before(words: "DocWords", relative: int, ents: list[Span]) -> Span | None:
        """The state a relative word ("dont", "whose") at `relative` stands for: the one right before it."""
        before = relative - 1 if words.texts[relative - 1] == "," else relative
        return next((e for e in ents if e.label_ == "COUNTRY" and e.end == before), None)

    def _owner_before(self, trigger: Trigger, ents: list[Span]) -> Span | None:
        """Without a parse: "after Portugal, whose secretary of state for science, Helena Canhão, signed on
        Jan. 11": the state that "whose" stands for, the last one before the verb, signs."""
        words = self.words(trigger.token.doc)
        k = next((i for i in range(trigger.token.i - 1, trigger.sentence.start, -1)
                  if words.lowers[i] in self.lex.relative_owner_words), None)
        return None if k is None else self._state_before(words, k, ents)

    def affiliations(self, doc: Doc) -> dict[str, tuple[str, ...]]:
        """The side each person speaks for, from an apposition: "le directeur général de l'ASES, Maram
        Kaïré", "Iouri Borissov, le patron de Roscosmos,". Keyed by the folded surname."""
        if self._affiliations is not None:
            return self._affiliations
        words = self.words(doc)
        parties = [e for e in self._ents if e.label_ == "AGENCY" or (e.label_ == "ORG" and _norm(e) in self.company_states)]
        found: dict[str, tuple[str, ...]] = {}
        for person in (e for e in self._ents if e.label_ == "PER" and _norm(e)):
            side = None
            for party in parties:
                if party.end == person.start - 1 and words.texts[party.end] == "," and party.start >= 2 and (
                        words.lowers[party.start - 1] in self.lex.of_words
                        or words.lowers[party.start - 2] in self.lex.of_words):
                    side = party
                elif (0 < party.start - person.end <= AFFILIATION_REACH and words.texts[person.end] == ","
                      and words.lowers[self._before_article(words.lowers, party.start)] in self.lex.of_words
                      and not any(p in ("VERB", "AUX") or t in (",", ".", ";")
                                  for p, t in zip(words.pos[person.end + 1 : party.start], words.texts[person.end + 1 : party.start]))):
                    side = party
            if side is not None:
                key = _fold(_norm(person).split()[-1])
                value = ((resources.agency_country(_norm(side)), _norm(side)) if side.label_ == "AGENCY"
                         else (self.company_states[_norm(side)],))
                if not value[0]:
                    continue  # a body of no one state gives no side to its people
                if found.setdefault(key, value) != value:
                    found[key] = ()  # two sides for one surname: none
        self._affiliations = {k: v for k, v in found.items() if v}
        return self._affiliations

    def _before_article(self, lowers: list[str], start: int) -> int:
        """The position of the word before a phrase that starts at `start`, its article left out."""
        return start - 1 - (lowers[start - 1] in self.lex.articles)

    def _pair_subject(self, token: Token) -> str:
        """ "Les deux capitales avaient signé": the kind ("country", "agency") of a pair as the subject."""
        for child in _subjects(token):
            if any(c.lower_ in self.lex.pair_words for c in child.children) or (
                    child.lower_ in self.lex.definite_pair_nouns and any(c.lower_ in self.lex.articles for c in child.children)
                    and not self._own_set(child)):
                kind = self.lex.group_nouns.get(child.text) or self.lex.group_nouns.get(child.lower_)
                if kind:
                    return kind
        return ""

    def _own_set(self, noun: Token) -> bool:
        """ "les gouvernements de neuf pays du bloc socialiste": a complement that counts its own set of
        states says which governments these are (not "des deux pays", the pair)."""
        return any(c.dep_.startswith("nmod") and any(g.like_num and g.lower_ not in self.lex.pair_words
                                                     for g in c.children)
                   for c in noun.children)

    def _pair_from_previous(self, candidate: Candidate, kind: str, sentences: list[Span], n: int,
                            ents_by_sentence: dict[int, list[Span]], ents: list[Span]) -> None:
        """The pair is the last two states (agencies) named before, in the paragraph; the sentence's
        own states stay parties only after "avec" ("les deux pays ont signé avec l'Inde"). Opening a
        paragraph, it is the pair the text has been about, if one stands out ("Les deux délégations
        ont par ailleurs échangé ..."): the states named last may be an aside's."""
        if n and _paragraph_break_between(sentences[n - 1], sentences[n]) and kind == "country":
            counts = Counter(_norm(e) for k in range(n) for e in ents_by_sentence.get(k, []) if e.label_ == "COUNTRY")
            if _dominant_pair(counts):
                candidate.countries = {state for state, _ in counts.most_common(2)}
                return

        def last_two(label: str) -> list[str]:
            named: list[str] = []
            for ents_before in _previous_in_paragraph(sentences, n, ents_by_sentence):
                for ent in sorted(ents_before, key=lambda e: -e.start):
                    # "Le DLR a élargi son partenariat avec l'américain SNC ... les deux partenaires": an agency
                    # names its state
                    value = _norm(ent) if ent.label_ == label else resources.agency_country(_norm(ent)) \
                        if label == "COUNTRY" and ent.label_ == "AGENCY" else ""
                    if value and value not in named:
                        named.append(value)
                if len(named) >= 2:
                    break
            return named

        label = "AGENCY" if kind == "agency" else "COUNTRY"
        named = last_two(label)
        if len(named) < 2 and label == "AGENCY":  # "les deux hommes" after two states' envoys
            label, named = "COUNTRY", last_two("COUNTRY")
        if len(named) < 2 and label == "COUNTRY":
            # "Lors de la visite du général de Gaulle en URSS, les gouvernements des deux pays signent" in
            # an article about Paris and Moscow: the state the sentence names, and the other one is the
            # state the text has named most so far
            named += [state for state in dict.fromkeys(_norm(e) for e in ents if e.label_ == "COUNTRY"
                                                       and not self._under_blocking_noun(e))
                      if state not in named][: 2 - len(named)]
            if len(named) == 1:
                named += self._most_named_other(named[0], sentences, n, ents_by_sentence)
        if len(named) < 2:
            return
        lowers = self.words(sentences[n].doc).lowers
        partners = {_norm(e) for e in ents if e.label_ == "COUNTRY" and e.start >= 1
                    and lowers[self._before_article(lowers, e.start)] in self.lex.partner_prepositions}
        pair = named[:2]
        if label == "AGENCY":
            candidate.agencies = set(pair)
            candidate.countries = {resources.agency_country(a) for a in pair} | partners
        else:
            candidate.countries = set(pair) | partners

    @staticmethod
    def _most_named_other(state: str, sentences: list[Span], n: int, ents_by_sentence: dict[int, list[Span]]) -> list[str]:
        """The state named most before sentence n other than `state` (nor the state it succeeded or that
        succeeded it), when one leads; else nothing."""
        successions = resources.predecessors()
        lineage = {state, *(later for later, before in successions.items() if before["state"] == state)}
        lineage |= {successions[state]["state"]} if state in successions else set()
        counts = Counter(_norm(e) for k in range(n + 1) for e in ents_by_sentence.get(k, [])
                         if e.label_ == "COUNTRY" and _norm(e) not in lineage)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return []
        return [ranked[0][0]]

    def _parties_from_previous(self, candidate: Candidate, sentences: list[Span], n: int,
                               ents_by_sentence: dict[int, list[Span]]) -> None:
        for ents_before in _previous_in_paragraph(sentences, n, ents_by_sentence):
            parties = [e for e in ents_before if e.label_ in ("COUNTRY", "AGENCY")]
            if parties:
                for ent in parties:
                    self._add_party(candidate, ent)
                return

    def background_paragraphs(self, sentences: list[Span], parsed: bool) -> list[int]:
        """For each sentence that continues a paragraph opened in the background tenses, the index of
        that opening sentence (else -1).

        A present tense inside such a paragraph ("Le Premier ministre avait chargé le 12 février
        l'agence ... Citant un décret, Tass évoque ainsi la signature prochaine") narrates the
        past, it is not news. The paragraph's first sentence keeps its own tense.
        """
        openers = [-1] * len(sentences)
        if not parsed:
            return openers
        opener = -1
        for n, sentence in enumerate(sentences):
            new_paragraph = n == 0 or _paragraph_break_between(sentences[n - 1], sentence)
            if new_paragraph:
                root = sentence.root
                background = root.pos_ in ("VERB", "AUX") and self.tense_of(Trigger(root, "signed", sentence), n, parsed) == BACKGROUND
                opener = n if background else -1
            else:
                openers[n] = opener
        return openers

    # -- triggers -----------------------------------------------------------
    def find_triggers(self, sentence: Span) -> list[Trigger]:
        found: list[Trigger] = []
        words = self.words(sentence.doc)
        doc, start, end = sentence.doc, sentence.start, sentence.end
        lowers, lemmas, pos = words.lowers[start:end], words.lemmas[start:end], words.pos[start:end]
        phrase_starts = self._phrase_starts
        for k in range(end - start):
            lower, lemma = lowers[k], lemmas[k]
            token: Token | None = None  # made only for a trigger
            if lemma in phrase_starts or lower in phrase_starts:
                for phrase, action in self.lex.phrases:
                    n = len(phrase)
                    if tuple(lemmas[k : k + n]) == phrase or tuple(lowers[k : k + n]) == phrase:
                        token = token or doc[start + k]
                        found.append(Trigger(token, action, sentence))
            if pos[k] == "NOUN" or (not pos[k] and lower in self.lex.noun_actions) or (
                    pos[k] == "ADJ" and lower in self.lex.adjectival_nouns):  # "les huit États signataires de la convention"
                action = self.lex.noun_actions.get(lower) or self.lex.noun_actions.get(lemma)
                if action:
                    found.append(Trigger(token or doc[start + k], action, sentence))
                    continue
            action = self.lex.lemma_actions.get(lemma) or self.lex.lemma_actions.get(lower)
            if action and not pos[k] and k and lowers[k - 1] in self.lex.noun_markers:
                continue  # untagged: "the culmination of many years of work", "a new study": a noun
            if action and lower in self.lex.agreeing_verbs and k + 2 < end - start and \
                    lowers[k + 1] in self.lex.infinitive_markers and lowers[k + 2] not in self.lex.noun_markers \
                    and lowers[k + 2] not in self.lex.apposition_articles:
                continue  # "agreed to negotiate a new treaty": the infinitive tells the action
            if action and pos[k] not in ("NOUN", "PROPN", "ADJ", "DET", "ADP"):
                found.append(Trigger(token or doc[start + k], action, sentence,
                                     weak=lemma in self.lex.weak or lower in self.lex.weak))
            elif not action and lemma == lower and lower in self.lex.form_actions and (
                    pos[k] in ("ADJ", "ADV", "VERB", "") or (pos[k] == "NOUN" and self._has_subject(doc[start + k]))):
                # a form the lemmatizer left as it is: "les deux hommes paraphent un accord" (tagged as an
                # adjective), "le CNES et l'ISRO paraphaient un accord" (as an adverb), "Roscosmos signe
                # avec la CNSA un mémorandum" (as a noun with a subject)
                found.append(Trigger(token or doc[start + k], self.lex.form_actions[lower], sentence))
        return found

    @staticmethod
    def _has_subject(token: Token) -> bool:
        return any(child.dep_.startswith("nsubj") for child in token.children)

    def words(self, doc: Doc) -> "DocWords":
        """The Doc's token strings as lists (set per Doc in __call__; built here for a direct call)."""
        if self._words is None or self._words.doc is not doc:
            self._words = DocWords(doc)
        return self._words

    def pick_trigger(self, mention: Span, triggers: Sequence[Trigger], parsed: bool) -> Trigger | None:
        """The trigger closest to the mention in the parse; one that modifies the mention
        ("la déclaration signée", "l'accord conclu") or takes it as an argument wins a tie
        over a governor further up, and a signature over talk of one."""
        if not triggers:
            return None
        # a weak verb ("passer", "publier") speaks of the agreement only as its object: "passer un
        # accord", "l'accord passé", not "le texte doit encore passer devant la Douma"
        # (when no stronger verb of the sentence speaks of this mention, one whose object it is still does:
        # "les gouvernements avaient publié une déclaration, tandis que les agences paraphaient un accord")
        strong = [t for t in triggers if not t.weak or (not parsed and t.token.i == mention.end
                                                         and t.token.lower_ in self.lex.weak_participles)]
        usable = self._usable(mention, strong, parsed) if strong else []
        if strong:
            if parsed and not usable:
                strong = [t for t in triggers if t.weak and (
                    (self._object_of(mention, t.token) and t.token.i < mention.start)  # an object before its verb: a parse's slip
                    or self._fronted_participle(t, mention) or self._acts_on_subject(t.token, mention))]
                usable = self._usable(mention, strong, parsed)
        else:
            # without a parse, a weak word after the mention is no act on it unless a participle
            # ("the agreement was reached"): "the protocol covers ... technology exchange"
            strong = [t for t in triggers if (not parsed and (t.token.i < mention.start or t.token.lower_ in self.lex.weak_participles))
                      or (parsed and (self._object_of(mention, t.token) or t.token.head.i == mention.root.i
                                      or self._fronted_participle(t, mention) or self._acts_on_subject(t.token, mention)))]
            usable = self._usable(mention, strong, parsed)
        inside = {t.i for t in mention}

        def key(trigger: Trigger) -> tuple[bool, int, int, int, int]:
            token = trigger.token
            token_distance = min(abs(token.i - mention.start), abs(token.i - (mention.end - 1)))
            tree = _tree_distance(token, mention.root) if parsed else token_distance
            attached = 0 if parsed and (token.head.i in inside or mention.root.head.i == token.i) else 1
            near = tree <= NEAR_TREE_DISTANCE if parsed else token_distance <= NEAR_TOKEN_DISTANCE
            return (not near, ACTION_PREFERENCE.get(trigger.action, 9), tree, attached, token_distance)

        best = min(usable, key=key, default=None)
        if best is None:
            return None
        if (_ref(mention) >= 0 and parsed and _tree_distance(best.token, mention.root) > REFERENCE_TRIGGER_DISTANCE
                and not _apposed_participle(best.token, mention) and not self._object_of(mention, best.token)
                and not self._participle_describes(best.token, mention, past_asides=True)):
            return None  # "Ces textes concrétisent l'accord conclu en 2018": the verb is not the reference's
        return best

    def _acts_on_subject(self, verb: Token, mention: Span) -> bool:
        """ "l'accord a expiré dimanche": a weak verb whose act falls on its subject, the mention."""
        return _lemma(verb) in self.lex.subject_weak and mention.root.head.i == verb.i and mention.root.dep_.startswith("nsubj")

    @staticmethod
    def _fronted_participle(trigger: Trigger, mention: Span) -> bool:
        """ "Lancés en octobre 2020 par les États-Unis, les accords ...": a participle set before its noun,
        the subject of the main verb (however the parse labelled a participle opening the sentence)."""
        token = trigger.token
        return ((token.dep_.startswith(("advcl", "acl")) or (token.i == trigger.sentence.start and "Part" in token.morph.get("VerbForm")))
                and token.i < mention.start and token.head.i == mention.root.head.i and mention.root.dep_.startswith("nsubj"))

    def _object_of(self, mention: Span, verb: Token) -> bool:
        """Is the mention the verb's object, directly or through a collection noun ("échangé une série
        d'accords", "signed a package of agreements")?"""
        root = mention.root
        if root.head.i != verb.i and _lemma(root.head) in self.lex.collection_nouns and root.head.i != root.i:
            root = root.head
        else:
            root = self._renewal_of(mention) or root  # "signent la reconduction pour cinq ans de l'accord": signed
        return root.head.i == verb.i and root.dep_ in OBJECT_DEPS

    def _renewal_of(self, mention: Span) -> Token | None:
        """The renewal noun the mention is the complement of ("la reconduction pour cinq ans de l'accord")."""
        if not mention.doc.has_annotation("DEP"):
            return None
        for ancestor in _ancestors(mention.root, 2):
            if ancestor.pos_ != "NOUN":
                return None
            if _lemma(ancestor) in self.lex.renewal_nouns:
                return ancestor
        return None

    def _usable(self, mention: Span, triggers: Sequence[Trigger], parsed: bool) -> list[Trigger]:
        """Triggers that may speak of this mention: not inside it, not another agreement's, on the
        same side of a quotation mark, and linked to it (noun triggers) or not beyond another mention."""
        inside = range(mention.start, mention.end)
        others = [e for e in self.sentence_agreements(mention) if e.start != mention.start]
        quotes = self.quoted_regions(self._sentence_of.get(mention.start) or mention.sent)
        here = _region(mention.start_char, quotes)
        lowers = self.words(mention.doc).lowers
        return [t for t in triggers if t.token.i not in inside and not self._closer_to_another(t, mention, others, parsed)
                # "a joint declaration on ending the border fighting": the agreement's topic, no act on it
                and not (t.token.i == mention.end + 1 and lowers[mention.end] in self.lex.topic_prepositions)
                and _region(t.token.idx, quotes) == here
                and not (parsed and t.action == "terminated" and self._ends_another(t.token, mention))
                and (self._noun_linked(t, mention) and not self._other_object(t.token, mention) if parsed
                     else not _between([o for o in others if not self._joined(o.end, mention.start)], t.token.i, mention)
                     and self._bound_object_follows(t.token, mention))]

    def _ends_another(self, verb: Token, mention: Span) -> bool:
        """ "trois accords qui mettent un terme à leur différend": the agreement is what ends something, as the
        subject of the ending verb (or of its relative clause); not one whose act falls on its subject ("l'accord
        a expiré")."""
        if _lemma(verb) in self.lex.subject_weak or not any(c.dep_ == "obj" for c in verb.children):
            return False  # (not "le texte est devenu caduc", "l'accord a été dénoncé par Brasília")
        for subject in _subjects(verb):
            if subject.dep_ != "nsubj":
                continue
            if subject.i == mention.root.i or (subject.pos_ == "PRON" and verb.dep_.startswith("acl")
                                               and verb.head.i == mention.root.i):
                return True
        return False

    def _joined(self, end: int, start: int) -> bool:
        """Is the word at `end` a coordinator right before `start`? "signed 22 agreements and memoranda" (a
        mention joined to the one after it shares its verb), "was signed and took effect" (so does a verb)."""
        return start - end == 1 and self._words.lowers[end] in self.lex.clause_coordinators

    def _bound_object_follows(self, verb: Token, mention: Span) -> bool:
        """Without a parse, a verb that is an action only on an agreement ("launched the Artemis Accords") has
        it right after it, not elsewhere ("NigeriaSat-1, launched in September 2003 from Plesetsk")."""
        words = self.words(verb.doc)
        if verb.lower_ in self.lex.object_after_verbs:
            return mention.start > verb.i and all(w[:1].isalnum() for w in words.texts[verb.i + 1 : mention.start])
        if verb.lower_ not in self.lex.object_bound_verbs:
            return True
        if mention.end <= verb.i:  # "The accords were launched in October 2020": its passive subject
            return all(w in self.lex.passive_auxiliaries for w in words.lowers[mention.end : verb.i]) and \
                verb.i - mention.end <= BOUND_OBJECT_REACH
        between = words.texts[verb.i + 1 : mention.start]
        return len(between) <= BOUND_OBJECT_REACH and all(w[:1].isalnum() for w in between)

    def _other_object(self, verb: Token, mention: Span) -> bool:
        """ "a dénoncé une « opération médiatique » et nié que la province ait négocié le moindre accord":
        a verb that is an action only on an agreement ("dénoncer un accord"), with another object, says
        nothing of it."""
        if verb.pos_ != "VERB" or _lemma(verb) not in self.lex.object_bound_verbs:
            return False
        objects = [child.i for child in verb.children if child.dep_ == "obj"]
        if not objects:
            return False
        holders = {mention.root.i, *_ancestor_ids(mention.root)}
        return not any(i in holders for i in objects)

    def _verb_before_date(self, mention: Span, trigger: Trigger, triggers: Sequence[Trigger], agreements: list[Span],
                          ents: list[Span], parsed: bool) -> str:
        """ "avaient conclu en septembre 2010, à Prague, un accord général de coopération, signé par Keiji
        Tachikawa": an undated signing word of the mention (the participle of its signers) takes the date of
        the signing verb before the mention, when no other agreement stands between them; « a annoncé jeudi
        avoir signé un accord …, formalisé le 4 décembre »: or that of a participle that describes the mention."""
        inside = range(mention.start, mention.end)
        for other in triggers:
            i = other.token.i
            # (or a participle describing the mention after it: "avoir signé … un accord …, formalisé le 4 décembre")
            describes = parsed and i >= mention.end and (other.token.head.i in inside
                                                         or self._set_off_after_phrase(other.token, mention))
            if (other is trigger or other.action != "signed" or other.weak
                    or not (0 < mention.start - i <= VERB_BEFORE_REACH or describes)
                    or any(min(i, mention.start) < a.start < max(i, mention.start) for a in agreements)):
                continue
            date = self.dates_of(other, "signed", ents, parsed, mention)[0]
            if date:
                return date
        return ""

    def pick_triggers(self, mention: Span, triggers: Sequence[Trigger], parsed: bool) -> list[Trigger]:
        """The best trigger, and any other that tells a different thing that happened to the same
        agreement: "L'accord, signé en 2019, est entré en vigueur le 4 mars 2021" is two events."""
        best = self.pick_trigger(mention, triggers, parsed)
        if best is None:
            return []
        picked = [best]
        for trigger in self._usable(mention, triggers, parsed):
            if (parsed and trigger.action == best.action and not trigger.weak and trigger.token.dep_ == "conj"
                    and trigger.token.head.i == best.token.i and self._own_date(trigger, mention, parsed)):
                picked.append(trigger)  # "signé en 1992 et renouvelé en 2019": each signing at its date
                continue
            if trigger.action in (best.action, "announced") or trigger.weak or any(p.action == trigger.action for p in picked):
                continue
            if parsed:
                close = ((_tree_distance(trigger.token, mention.root) <= NEAR_TREE_DISTANCE
                          or self._possessive_link(trigger, mention)) and self._noun_linked(trigger, mention)
                         ) or self._set_off_after_phrase(trigger.token, mention)
            else:
                gap = _gap(trigger.token.i, mention)
                others = [e for e in self.sentence_agreements(mention) if e.start != mention.start]
                before = trigger.token.doc[max(0, trigger.token.i - 2) : trigger.token.i]
                refers = trigger.token.i > mention.start and any(t.lower_ in self.lex.reference_pronouns for t in before)
                # "was signed and took effect on June 13, 2000": a verb joined to the best one speaks of its subject
                joined = trigger.token.i > best.token.i and self._joined(best.token.i + 1, trigger.token.i)
                close = joined or ((gap <= NEAR_TOKEN_DISTANCE or refers) and all(gap <= _gap(trigger.token.i, o) for o in others))
            if close and self._own_date(trigger, mention, parsed):
                picked.append(trigger)  # an undated participle ("l'accord conclu avec X") only describes
        return picked

    def _set_off_after_phrase(self, token: Token, mention: Span) -> bool:
        """ "un accord-cadre sur les applications pacifiques des techniques spatiales, entré en vigueur
        le 18 mars 1998": a participle after a comma that closes the agreement's phrase describes the
        agreement, whichever noun of the phrase the parse hung it on (or, a parse's slip, on the comma itself:
        "Un nouvel accord, conclu à Athènes le 17 janvier 2001, est entré en vigueur en novembre")."""
        if not ((token.dep_.startswith("acl") or token.head.pos_ == "PUNCT") and "Part" in token.morph.get("VerbForm")
                and token.i > mention.end
                and token.doc[token.i - 1].text == ","):
            return False
        words = self.words(token.doc)
        between = range(mention.end, token.i - 1)
        others = [e for e in self.sentence_agreements(mention) if mention.end <= e.start < token.i]
        return not others and len(between) <= MAX_PHRASE_TOKENS and all(
            words.pos[k] not in ("VERB", "AUX") and words.texts[k] not in (",", ";", ":") for k in between)

    def _own_date(self, trigger: Trigger, mention: Span, parsed: bool) -> bool:
        """A date of its own: in the trigger's subtree ("signé en 2019"), not one of a governing verb."""
        sentence_ents = self._sentence_ents.get(trigger.sentence.start)
        if sentence_ents is None:
            sentence_ents = list(trigger.sentence.ents)
        ents = [e for e in sentence_ents if e.label_ == "DATE" and "/" not in _norm(e)]
        if parsed:
            token = trigger.token
            owners = {token.i} | ({token.head.i} if token.pos_ == "NOUN" and token.dep_.startswith("nsubj") else set())
            if any(owners & set(_ancestor_ids(e.root, 6)) for e in ents):
                return True
            # "après sa signature à Nairobi, le 24 novembre 2016": a date set off right after the noun;
            # ", entré en vigueur le 18 mars 1998": right after a participle set off after the phrase
            return (self._possessive_link(trigger, mention) or self._set_off_after_phrase(token, mention)) and any(
                0 < e.start - token.i <= POSSESSIVE_DATE_REACH for e in ents)
        return any(self._linked(e, trigger, parsed) and _nearest(e, trigger.token, ents) for e in ents)

    def _closer_to_another(self, trigger: Trigger, mention: Span, others: list[Span], parsed: bool) -> bool:
        """A trigger that belongs to another agreement of the sentence: one in its relative clause
        ("Ce protocole, rattaché à l'accord-cadre que les deux gouvernements avaient signé en 1994";
        "le mémorandum concrétise une déclaration ... que X et Y avaient signée") or one that takes it
        as its object ("Tokyo, qui avait signé une déclaration d'intention, négocie le protocole")."""
        if not others:
            return False
        token = trigger.token
        if not parsed:
            # "The memorandum, signed by ..., replaces a 2014 arrangement": the participle set off
            # right after another mention is that mention's
            return any(token.i == o.end + 1 and token.doc[o.end].text == "," for o in others)
        inside = range(mention.start, mention.end)
        for ancestor in _ancestors(token, 6):
            if ancestor.i in inside:
                break
            if any(o.start <= ancestor.i < o.end for o in others):
                return True
        if any(self._participle_describes(token, o, past_asides=False) for o in others if o.start >= mention.end):
            return True
        texts = self.words(token.doc).texts
        governed = [o for o in others if o.root.head.i == token.i and o.root.dep_ in OBJECT_DEPS
                    # "signer trois ententes : un protocole avec ..., ...": the items of the object's list are its
                    and not (o.end < mention.start and texts[o.end] == ":")
                    # "ont signé deux textes : un accord-cadre ... et un mémorandum ...": so are the items after one
                    and not (token.i < o.start and o.end < mention.start and ":" in texts[token.i + 1 : o.start])
                    # "avaient conclu un accord intergouvernemental ..., assorti d'une lettre d'intention": so is
                    # what accompanies it
                    and not (o.end < mention.start and self._accompanies(mention))]
        return bool(governed) and not (mention.root.head.i == token.i and mention.root.dep_ in OBJECT_DEPS)

    def _accompanies(self, mention: Span) -> bool:
        """Is the mention introduced as what accompanies the agreement before ("assorti d'une lettre
        d'intention", "along with a memorandum")?"""
        lowers = self.words(mention.doc).lowers
        k = mention.start
        while k > 0 and lowers[k - 1] in self.lex.apposition_articles:
            k -= 1
        return any(k >= len(p) and tuple(lowers[k - len(p) : k]) == p for p in self.lex.accompaniment_markers)

    def _participle_describes(self, token: Token, agreement: Span, *, past_asides: bool) -> bool:
        """A participle after an agreement's phrase, with no verb between, describes that agreement, whatever
        the parse hung it on. Set off by a comma right after the phrase: "Ce mémorandum s'inscrit dans le
        prolongement de l'accord intergouvernemental sur la coopération ... à des fins pacifiques, signé à
        Hanoï le 7 novembre 2012" (a bare participle, taken from the subject's mention). With
        `past_asides`, also past the phrase's own asides and no other agreement between: "du contrat d'achat
        de dix-huit chasseurs, d'une valeur d'environ 900 millions de dollars, conclu le 5 août 2003"."""
        if not (token.i > agreement.end and "Part" in token.morph.get("VerbForm")
                and token.i - agreement.end <= MAX_DESCRIBED_PHRASE_TOKENS + 1):
            return False
        words = self.words(token.doc)
        if past_asides:
            between, stops = range(agreement.end, token.i), (".", ";", ":")
            if not token.dep_.startswith(("acl", "advcl")):
                return False
        else:
            between, stops = range(agreement.end, token.i - 1), (",", ";", ":")
            if words.texts[token.i - 1] != "," or any(c.dep_.startswith(("aux", "nsubj")) for c in token.children):
                return False
        if len(between) > MAX_DESCRIBED_PHRASE_TOKENS or any(
                words.pos[k] in ("VERB", "AUX") or words.texts[k] in stops for k in between):
            return False
        return not past_asides or not any(agreement.end <= e.start < token.i for e in self.sentence_agreements(agreement))

    def _noun_linked(self, trigger: Trigger, mention: Span) -> bool:
        """A noun trigger ("la signature d'un mémorandum", "l'adhésion aux accords") must govern the
        mention or hang from it; a noun elsewhere in the sentence ("Ces adhésions restent modestes
        au regard des accords Artemis") says nothing about it."""
        token = trigger.token
        if token.pos_ != "NOUN":
            return True
        root = mention.root
        if token.i in _ancestor_ids(root, 3) or root.i in _ancestor_ids(token, 3):
            return True
        # "le 33e signataire de la déclaration conjointe", whatever the parse made of it: the mention
        # as the noun's complement, right after it
        lowers = self.words(token.doc).lowers
        between = lowers[token.i + 1 : mention.start]
        if 1 <= len(between) <= 2 and between[0] in self.lex.complement_prepositions and all(
                w in self.lex.articles for w in between[1:]):
            return True
        return self._possessive_link(trigger, mention)

    def _possessive_link(self, trigger: Trigger, mention: Span) -> bool:
        """ "L'accord ... est entré en vigueur, quatre ans après sa signature": a noun trigger with a
        possessive points back to the nearest agreement before it."""
        token = trigger.token
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in self.lex.possessives for c in token.children):
            return False
        before = [m for m in self.sentence_agreements(mention) if m.end <= token.i]
        return bool(before) and max(before, key=lambda m: m.start).start == mention.start

    def negated(self, trigger: Trigger, parsed: bool, mention: Span | None = None) -> bool:
        token = trigger.token
        if mention is not None and any(_lemma(t) in self.lex.negations for t in mention.root.children if t.i < mention.start):
            return True  # "aucun accord n'a été signé", "no agreement has been reached"
        if token.pos_ == "NOUN" and any(_lemma(t) in self.lex.negations for t in token.children if t.i < token.i):
            return True  # "aucune négociation en vue d'un nouvel accord n'a été annoncée"
        # the verb the mention hangs from, and whether it is denied
        verb = next((a for a in _ancestors(mention.root, 3) if a.pos_ in ("VERB", "AUX")), None) \
            if parsed and mention is not None else None
        verb_denied = verb is not None and any(self._denies(c) for c in verb.children)
        if verb_denied and _lemma(verb) in self.lex.confirmation_verbs:
            return True  # "Rabat n'a jamais confirmé le contrat passé avec Thales": no signing is asserted
        if parsed and mention is not None and token.dep_.startswith("acl") and mention.start <= token.head.i < mention.end:
            # "l'accord signé à Téhéran le 27 mars 2021 n'a jamais été publié": the participle
            # asserts the signing whatever the main verb denies
            return any(self._denies(t) for t in token.children)
        if parsed and mention is not None and token.i < mention.start and self._participial_adjunct(token):
            # "Lancés en octobre 2020 par les États-Unis ..., les accords n'ont pas de valeur contraignante":
            # the fronted participle asserts the launch whatever the main verb denies
            return any(self._denies(t) for t in token.children)
        if verb_denied:
            return True  # "ce protocole ne doit pas être confondu avec les accords Artemis"
        if parsed and any(t.lower_ in self.lex.negative_coordinators for s in _subjects(token)
                          for t in (s, *s.children, *(c for x in s.conjuncts for c in x.children))):
            return True  # "Ni la Chine ni la Russie n'ont signé les accords"
        above = next((a for a in _ancestors(token, 3) if a.pos_ in ("VERB", "AUX")), None) \
            if parsed and token.pos_ == "NOUN" else None
        if above is not None and sum(c.lower_ in self.lex.negative_coordinators for c in above.children) >= 2:
            # "Ni l'agence russe ni la partie saoudienne n'ont fait état de la signature de ce programme": the
            # verb the noun hangs from denied (the parse hung both "ni" on it)
            return True
        if parsed:
            near = [*token.children, *(c for a in _ancestors(token, 2) for c in a.children)]
            governors = _ancestors(token, 3)
            return any(self._denies(t) for t in near) or any(
                _lemma(t) in self.lex.negations for t in governors
            ) or any(  # "et nié que la province ait négocié": the denial hung on the verb as its marker
                t.dep_ == "mark" and t.pos_ == "VERB" and _lemma(t) in self.lex.negations for t in token.children)
        window = token.doc[max(trigger.sentence.start, token.i - 4) : token.i]
        before = " ".join(t.lower_ for t in window)
        if any(before.endswith(marker) for marker in self.lex.pending_markers):
            return True  # "the text has yet to enter into force": not done
        if mention is not None:
            window = token.doc[max(trigger.sentence.start, min(token.i, mention.start) - 4) : max(token.i, mention.start)]
        return any(t.lower_ in self.lex.negations or t.lower_ in self.lex.negative_coordinators for t in window)

    def _denies(self, token: Token) -> bool:
        """A negation adverb; "pas" and "jamais" only with a "ne" shortly before ("n'a pour sa part pas
        dénoncé"): "un pas politique" is a step."""
        if _lemma(token) not in self.lex.negations or not token.dep_.startswith("advmod"):
            return False
        lowers = self.words(token.doc).lowers
        return token.lower_ not in self.lex.negation_needs_ne or any(
            w in self.lex.ne_words for w in lowers[max(0, token.i - NE_REACH) : token.i])

    def action_of(self, trigger: Trigger, parsed: bool, mention: Span | None = None) -> str | None:
        base = trigger.action
        if self._provided_for(trigger, parsed, mention):
            return None  # "l'accord permet à chaque partenaire de s'en retirer": a right, not an act
        if mention is not None and self._under_terms(mention) and self._after_the_terms(mention, trigger.token):
            return None  # "Under the agreement, the two agencies will work together": what it provides
        if parsed and _past_conditional(trigger.token):
            return None  # "faute de dénonciation, le texte aurait été reconduit": a past that did not happen
        if base not in ("signed", "announced"):
            # "before the text can enter into force", "l'accord pourrait être suspendu": not (yet) an event
            # "menacer de dénoncer le contrat", "wanted to withdraw": an intent, not the act
            return None if (self._future(trigger, parsed) or self._modal(trigger, parsed)
                            or self._intent(trigger, parsed, mention)) else base
        # a plan to talk ("doit encore être négocié", "a autorisé Roscosmos à négocier") is still talk; a plan
        # to negotiate and sign ("chargé Roscosmos de négocier et de signer") expects a signature
        if (base == "signed" or self._signing_coordinated(trigger.token, parsed)) and self._planned(trigger, parsed, mention):
            return "planned"
        if base == "announced" or self._intent(trigger, parsed, mention) or self._reached_in_principle(trigger, mention):
            return "announced"
        return "signed"

    def _reached_in_principle(self, trigger: Trigger, mention: Span | None) -> bool:
        """ "the partners had reached an agreement in principle": settled, not yet signed (an agreement in
        principle that is signed is signed)."""
        if mention is None or _lemma(trigger.token) not in self.lex.reaching_verbs:
            return False
        lowers = self.words(mention.doc).lowers
        text = " " + " ".join(lowers[mention.start : mention.end + PRINCIPLE_REACH]) + " "
        return any(f" {phrase} " in text for phrase in self.lex.principle_phrases)

    def _signing_coordinated(self, token: Token, parsed: bool) -> bool:
        return parsed and any(c.dep_ == "conj" and self.lex.lemma_actions.get(_lemma(c)) == "signed" for c in token.children)

    def _under_terms(self, mention: Span) -> bool:
        """ "Under the agreement", "aux termes de l'accord": what follows is the agreement's content."""
        before = self.words(mention.doc).lowers[max(0, mention.start - 4) : mention.start]
        while before and before[-1] in self.lex.articles:
            before = before[:-1]
        text = " " + " ".join(before)
        return any(text.endswith(" " + marker) for marker in self.lex.terms_markers)

    def _after_the_terms(self, mention: Span, token: Token) -> bool:
        """The main clause after "Under the agreement," — not a clause describing the agreement ("under the
        framework agreement that Blinken and Hayashi signed", "under a memorandum signed with NASA")."""
        between = self.words(mention.doc).lowers[mention.end : token.i]
        return "," in between and not any(w in self.lex.relative_words for w in between)

    def _provided_for(self, trigger: Trigger, parsed: bool, mention: Span | None) -> bool:
        """The agreement itself allows the action ("L'accord permet à chaque partenaire de s'en retirer", "the
        agreement allows either side to withdraw"); an actor allowing it ("le gouvernement a autorisé
        Roscosmos à conclure l'accord") is a plan."""
        token = trigger.token
        if parsed:
            return any(_lemma(a) in self.lex.provision_governors and any(
                c.dep_.startswith("nsubj") and c.ent_type_ == "AGREEMENT" for c in a.children)
                for a in _governors(token, 2, mention))
        window = token.doc[max(trigger.sentence.start, token.i - 4) : token.i]
        return mention is not None and any(t.lower_ in self.lex.provision_governors and 0 <= t.i - mention.end <= 1
                                           for t in window)

    def _modal(self, trigger: Trigger, parsed: bool) -> bool:
        token = trigger.token
        if parsed:
            # "a dû suspendre", "dut mettre fin": an obligation told in the past was met
            return any(_lemma(a) in self.lex.modal_verbs and not any(c.dep_ == "aux:tense" for c in a.children)
                       and "Past" not in a.morph.get("Tense")
                       for a in _ancestors(token, 2) if a.pos_ in ("VERB", "AUX"))
        window = self.words(token.doc).lowers[max(trigger.sentence.start, token.i - 3) : token.i]
        return any(w in self.lex.modal_verbs for w in window)

    def _future(self, trigger: Trigger, parsed: bool) -> bool:
        token = trigger.token
        if parsed:
            auxes = [c for c in token.children if c.dep_.startswith("aux")]
            return any("Fut" in t.morph.get("Tense") or is_future_form(t, self.lex.future_endings) for t in [token, *auxes])
        window = token.doc[max(trigger.sentence.start, token.i - 3) : token.i]
        return any(t.lower_ in self.lex.future_auxiliaries for t in window)

    def _still_ahead(self, verb: Token) -> bool:
        """ "se rendrait", "ira": a simple future or conditional, what was still to come (not "aurait
        signé", a past conditional, nor "avait signé")."""
        return "Part" not in verb.morph.get("VerbForm") and (
            "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood") or is_future_form(verb, self.lex.future_endings))

    def _plain_future(self, token: Token) -> bool:
        """A future indicative ("renouvellera", "sera signé"), not a conditional ("signerait")."""
        verbs = [token, *(c for c in token.children if c.dep_.startswith("aux"))]
        return any(("Fut" in t.morph.get("Tense") and "Cnd" not in t.morph.get("Mood"))
                   or (t.lower_.endswith(self.lex.plain_future_endings) and is_future_form(t, self.lex.future_endings))
                   for t in verbs)

    def _planned(self, trigger: Trigger, parsed: bool, mention: Span | None = None) -> bool:
        token = trigger.token
        if self._future(trigger, parsed):
            return True
        if parsed:
            if any(_lemma(c) in self.lex.planned_modifiers or c.lower_ in self.lex.planned_modifiers for c in token.children):
                return True
            if any("Cnd" in t.morph.get("Mood") for t in [token, *token.children] if t.dep_.startswith("aux") or t.i == token.i):
                return True
            if (token.dep_.startswith(("advcl", "acl")) and token.i < (mention.start if mention is not None else token.i + 1)
                    and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
                    and not any(c.dep_.startswith("aux") for c in token.children)):
                return False  # "Conclu le 18 mars à Washington, le texte doit permettre ...": done, whatever follows
            if "Inf" in token.morph.get("VerbForm") and token.head.i == token.i - 1 and \
                    token.head.lower_ in self.lex.noun_read_governors:
                return True  # « le CNES compte signer »: "compte" read as a noun
            copulas = [c for c in token.children if c.dep_ == "cop" and "Fin" in c.morph.get("VerbForm")]
            if copulas:
                # "des accords Artemis, dont Varsovie et Kigali sont signataires": a predicate with its own finite
                # copula is a clause of its own, whatever verb the parse hangs it from
                return any("Fut" in c.morph.get("Tense") or "Cnd" in c.morph.get("Mood") for c in copulas)
            governors = [a for a in _governors(token, 2, mention) if a.pos_ in ("VERB", "AUX", "ADJ")]
            if token.pos_ == "NOUN" and not governors:
                # "prévoit la création d'un groupe ... et la conclusion d'arrangements": a noun's verb, past
                # the nouns it is coordinated with
                governors = [a for a in _ancestors(token, 4) if a.pos_ in ("VERB", "AUX")][:1]
            if any(c.dep_ == "aux:tense" for c in token.children):
                # "ont signé lundi l'accord ..., à la veille de la rencontre ..., prévue ce mardi": a verb in a
                # compound tense is governed by nothing after it; a participle there is a parse's slip
                governors = [a for a in governors if a.i < token.i]
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.purpose_markers for c in token.children) \
                    and self._still_ahead(token.head):
                return True  # "annoncé que son administrateur se rendrait au Pérou pour y signer ce texte"
            return any(_lemma(a) in self.lex.planned_governors and not self._waited_for(a) for a in governors)
        doc = token.doc
        window = doc[max(trigger.sentence.start, token.i - 4) : token.i]
        after = doc[token.i + 1 : min(trigger.sentence.end, token.i + 2)]
        before = tuple(t.lower_ for t in window)
        if any(before[-len(phrase):] == phrase for phrase in self.lex.planned_phrases):
            return True  # "the two agencies are still to conclude flight agreements"
        if self._mandated(trigger):
            return True
        return any(t.lower_ in self.lex.planned_governors for t in window) or any(
            t.lower_ in self.lex.planned_modifiers for t in [*window, *after]
        )

    def _mandated(self, trigger: Trigger) -> bool:
        """Without a parse: "empowered the Ministry of Communications and Information Technology to negotiate,
        and then sign, an agreement": a mandating verb before the signing's infinitive (which may follow
        another), across the object in between."""
        if not self.lex.mandating_verbs:
            return False
        lowers = self._words.lowers
        start = trigger.sentence.start
        marker = next((k for k in range(trigger.token.i - 1, max(start, trigger.token.i - INFINITIVE_REACH) - 1, -1)
                       if lowers[k] == "to"), None)
        return marker is not None and any(lowers[k] in self.lex.mandating_verbs
                                          for k in range(max(start, marker - MANDATE_REACH), marker))

    def _waited_for(self, governor: Token) -> bool:
        """ "il a fallu attendre le 26 avril 2018 pour qu'elles signent": a wait told in the past
        ended with the signing; "on attend la signature" still looks ahead."""
        if _lemma(governor) not in self.lex.waiting_governors:
            return False
        told_in_past = [governor, *(a for a in _ancestors(governor, 1) if _lemma(a) in self.lex.waiting_verbs)]
        if any(c.dep_ == "aux:tense" for t in told_in_past for c in t.children):
            return True
        # "Il faut attendre le 15 avril 1987 pour qu'un nouvel accord soit signé": a wait in the narrative
        # present, up to a day before the document's
        doc_date = governor.doc._.doc_date
        waited_until = [e for e in governor.sent.ents if e.label_ == "DATE" and e.root.head.i == governor.i]
        return bool(doc_date) and any(_norm(e) < doc_date[: len(_norm(e))] for e in waited_until if "/" not in _norm(e))

    def _intent(self, trigger: Trigger, parsed: bool, mention: Span | None = None) -> bool:
        token = trigger.token
        inside = range(mention.start, mention.end) if mention is not None else range(0)
        words = self.words(token.doc)
        if (token.i >= 2 and words.lowers[token.i - 1] in self.lex.infinitive_markers
                and words.lemmas[token.i - 2] in self.lex.intent_governors):
            return True  # "son intention de conclure", "its intention to sign", however the parse attached it
        if parsed:
            governors = [a for a in _governors(token, 2, mention) if a.i not in inside]
            # "qui pourrait être signé": a possible signature is talk of one, not a signing
            return any(_lemma(a) in self.lex.intent_governors or (
                _lemma(a) in self.lex.possibility_governors and "Cnd" in a.morph.get("Mood")) for a in governors)
        window = token.doc[max(trigger.sentence.start, token.i - 5) : token.i]
        return any(t.lower_ in self.lex.intent_governors or t.lower_ in self.lex.possibility_governors
                   for t in window if t.i not in inside)

    def tense_of(self, trigger: Trigger, sentence_index: int, parsed: bool) -> str:
        token = trigger.token
        if parsed:
            verb = token
            if token.pos_ == "NOUN":
                verbs = [a for a in _ancestors(token, 3) if a.pos_ in ("VERB", "AUX")]
                if not verbs:
                    return UNKNOWN
                verb = verbs[0]
            auxes = [c for c in verb.children if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")]
            tenses = {t for a in auxes for t in a.morph.get("Tense")}
            if auxes:
                if tenses & self.lex.background_aux_tenses and not self._reported_state(verb, auxes):
                    return BACKGROUND
                if any(c.lower_ in self.lex.prior_adverbs for c in verb.children):
                    return BACKGROUND  # "Moscou a déjà signé des accords avec ...": done before today's news
                if tenses & self.lex.news_aux_tenses:
                    return NEWS
            own = _tenses(verb)
            finite = "Fin" in verb.morph.get("VerbForm")
            if verb.morph.get("VerbForm") == ["Inf"] and verb.lower_ != _lemma(verb) and not auxes:
                finite, own = True, {"Pres"}  # "Tokyo négocie" tagged as an infinitive: the form says present
            if not auxes and verb.lower_ != _lemma(verb) and verb.lower_.endswith(self.lex.past_simple_endings):
                return BACKGROUND  # "les deux gouvernements signèrent": a passé simple narrates the past
            if finite and "Pres" in own:
                # "Des sources avaient indiqué la semaine dernière que les deux pays signeraient un mémorandum":
                # what a pluperfect report said is of its past, whatever tense the parse gives the clause
                return BACKGROUND if self._pluperfect_report(verb) else NEWS
            if finite and own == {"Imp"} and not auxes and self._reported_state(verb, auxes):
                return NEWS  # "Rome a notifié à Pékin qu'elle mettait fin au mémorandum": the report's own day
            if finite and own & {"Past", "Imp"}:
                return BACKGROUND
            if "Part" in verb.morph.get("VerbForm") or "Inf" in verb.morph.get("VerbForm"):
                governors = [a for a in _ancestors(verb, 2) if a.pos_ in ("VERB", "AUX")]
                if governors and governors[0].i != verb.i:
                    return self.tense_of(Trigger(governors[0], trigger.action, trigger.sentence), sentence_index, parsed)
            return UNKNOWN
        doc = token.doc
        window = {t.lower_ for t in doc[max(trigger.sentence.start, token.i - 4) : token.i]}
        if not token.i or doc[token.i - 1].lower_ not in self.lex.contracted_auxiliaries:
            # "a contract that TÜBİTAK's BİLTEN institute signed": a possessive, not "it's signed"
            window -= self.lex.contracted_auxiliaries
        if window & self.lex.background_auxiliaries:
            return BACKGROUND
        if (window & self.lex.reporting_verbs and window & self.lex.reported_progressives
                and token.lower_.endswith("ing")):
            return NEWS  # "POLSA said it was also working with NASA on ...": the report's present
        if window & self.lex.news_auxiliaries:
            # "Brussels has already signed similar arrangements with ...": done before today's news
            return BACKGROUND if window & self.lex.prior_adverbs else NEWS
        if window & self.lex.reporting_verbs and window & self.lex.reported_futures:
            return NEWS  # "KASA said it would sign an agreement": a plan made public now
        return NEWS if sentence_index < LEAD_SENTENCES else UNKNOWN

    def _pluperfect_report(self, verb: Token) -> bool:
        """Is the verb's clause the complement of a reporting verb in the pluperfect ("avaient indiqué que")?"""
        for governor in _ancestors(verb, 2):
            if governor.pos_ == "VERB" and _lemma(governor) in self.lex.reporting_verbs:
                return any(c.dep_ == "aux:tense" and "Imp" in c.morph.get("Tense") for c in governor.children)
        return False

    def reports_a_state(self, trigger: Trigger) -> bool:
        """Is the trigger a reported present state ("Berlin a précisé que le protocole était suspendu")?
        Such a report is news even in a paragraph that narrates the past."""
        verb = trigger.token
        if verb.pos_ == "NOUN":
            verb = next((a for a in _ancestors(verb, 3) if a.pos_ in ("VERB", "AUX")), None)
            if verb is None:
                return False
        auxes = [c for c in verb.children if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")]
        tenses = {t for a in auxes for t in a.morph.get("Tense")} if auxes else _tenses(verb)
        return bool(tenses & self.lex.background_aux_tenses) and self._reported_state(verb, auxes)

    def _reported_state(self, verb: Token, auxes: list[Token]) -> bool:
        """ "Berlin a précisé que le protocole était suspendu": a passive in the imperfect (or an active
        imperfect without auxiliary: "a notifié qu'elle mettait fin"), reported by a verb in the present
        or the passé composé, is the state now (the sequence of tenses), unlike a pluperfect ("a confirmé
        qu'un accord avait été conclu"), which stays anterior."""
        if not all(a.dep_ == "aux:pass" for a in auxes) or verb.dep_ != "ccomp":
            return False
        reporter = verb.head
        if _lemma(reporter) not in self.lex.reporting_verbs:
            return False
        reporter_auxes = [c for c in reporter.children if c.dep_.startswith("aux")]
        tenses = {t for a in reporter_auxes for t in a.morph.get("Tense")} if reporter_auxes else set(
            reporter.morph.get("Tense"))
        return "Pres" in tenses

    def sentence_agreements(self, mention: Span) -> list[Span]:
        """The agreement mentions of the mention's sentence (itself included)."""
        found = self._agreements_with.get(mention.start)
        return found if found is not None else [e for e in mention.sent.ents if e.label_ == "AGREEMENT"]

    @staticmethod
    def _per_sentence(cache: dict[int, Any], sentence: Span, read: Callable[[Span], Any]) -> Any:
        """What `read` says of a sentence, read once per Doc (several mentions share a sentence)."""
        if sentence.start not in cache:
            cache[sentence.start] = read(sentence)
        return cache[sentence.start]

    def quoted_regions(self, sentence: Span) -> list[tuple[int, int]]:
        found = self._quotes.get(sentence.start)
        if found is None:
            words = self.words(sentence.doc)
            found = self._quotes[sentence.start] = words.quoted_regions(sentence.start, sentence.end)
        return found

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
        date, period, report_date = self.dates_of(trigger, action, ents, parsed, mention)
        text = doc_text(doc)[sentence.start_char : sentence.end_char]  # Span.text joins the tokens' texts
        candidate = Candidate(
            action=action,
            agreement_type=_norm(mention),
            date=date,
            period=period,
            tense=self.tense_of(trigger, sentence_index, parsed),
            evidence=text.strip(),
            evidence_start=sentence.start_char + (len(text) - len(text.lstrip())),
            evidence_end=sentence.start_char + len(text.rstrip()),
            report_date=report_date,
        )
        parties = self.parties_of(mention, trigger, ents, parsed)
        # "Dakar rejoint l'Égypte, dont l'agence spatiale avait signé un accord avec la CNSA": the state
        # "dont" stands for, and the parties of the relative clause, not those of the main one
        owner = self._relative_owner(trigger, ents) if parsed else self._owner_before(trigger, ents)
        if owner is not None:
            parties = [owner, *(e for e in parties if e.start > owner.end)]
        lowered = text.lower()
        if any(cue in lowered for cue in self.lex.on_behalf_cues):
            parties = [e for e in parties if e.label_ != "AGENCY"]  # agency heads signing for their governments
        candidate.group = self._per_sentence(self._groups, sentence, self.group_reference) or self._called_bilateral(mention)
        # the distinct sides: states, and companies apart from their state (an agency and a company of
        # one state are two sides; an agency and its state are one; "China Great Wall Industry
        # Corporation (CGWIC)", a company named twice, is one; a body the article defines by an acronym
        # ("the Mexican Space Agency (AEM)") or introduces with a nationality ("Emirati satellite operator
        # Yahsat") is its state's, like an agency)
        defined = sentence.doc._.body_states or {}
        candidate.sides = len({("company", self.company_states[_norm(e)]) if e.label_ == "ORG" and _norm(e) not in defined else
                               defined[_norm(e)] if e.label_ == "ORG" else
                               resources.agency_country(_norm(e)) if e.label_ == "AGENCY" else
                               self.leader_state(e) if e.label_ == "PER" else _norm(e) for e in parties
                               # « le groupe public chinois China Great Wall Industry Corporation »: the firm's own nationality
                               if not (e.label_ == "COUNTRY" and any(o.start == e.end and o.label_ == "ORG" for o in parties))})
        candidate.stateless_side = any(e.label_ == "ORG" and not self.company_states[_norm(e)] for e in parties)
        candidate.countries |= self.compound_parties(sentence, mention, parsed, trigger.token)  # "la coopération franco-chinoise"
        for ent in parties:
            if ent.label_ == "PER":  # "lors de la visite de M. Poutine": the leader's state
                candidate.countries.add(self.leader_state(ent))
            else:
                self._add_party(candidate, ent)
        candidate.projects = {_norm(e) for e in ents if e.label_ == "MISSION"}
        if action == "signed":
            candidate.signatories = self.signatories_of(trigger, ents, parsed)
            for name in candidate.signatories:  # "M. Kaïré avait signé", named earlier "le directeur de l'ASES"
                side = self.affiliations(doc).get(_fold(name.split()[-1]))
                if side is not None and side[0] not in candidate.countries:
                    candidate.countries.add(side[0])
                    candidate.agencies.update(side[1:])
                    candidate.sides += 1
            candidate.location = self.location_of(sentence, ents) or ("" if parsed else self.capitalised_place(trigger, ents))
        return candidate

    def dates_of(self, trigger: Trigger, action: str, ents: list[Span], parsed: bool,
                 mention: Span | None = None) -> tuple[str, str, str]:
        """The date of the action (linked to its trigger), the period the agreement covers, and the day of a
        report of the action in the pluperfect."""
        date, period = "", ""
        best = None
        reported = ""
        doc_date = trigger.token.doc._.doc_date
        if parsed and self._anterior_infinitive(trigger.token):
            return "", "", ""  # "Près d'un an après avoir rejoint les accords, la Bulgarie a reçu cette semaine ..."
        trigger_governors = set(_ancestor_ids(trigger.token)) if parsed else set()
        words = self.words(trigger.token.doc)
        quotes = self.quoted_regions(trigger.sentence)
        for ent in ents:
            if ent.label_ != "DATE":
                continue
            if "/" in _norm(ent):
                if len(_norm(ent)) <= 15:  # years or months; "du 15 au 19 avril" is a meeting's days, no period
                    period = period or _norm(ent)
                continue
            if _after(_norm(ent), doc_date) or (action == "planned" and doc_date and doc_date.startswith(_norm(ent))
                                                 and len(_norm(ent)) < len(doc_date)):
                # a signature reported in an article happened before it; for a plan or an intent
                # a later date is the expected signature, not the day the plan was made public, and so
                # is the period the article is in ("will sign in 2025" in February 2025)
                continue
            if _region(ent.start_char, quotes) != _region(trigger.token.idx, quotes):
                continue  # a date inside a quotation belongs to what is quoted
            if action == "planned" and parsed and ent.root.head.i == trigger.token.i and self._future(trigger, parsed):
                continue  # "annonçait qu'ils signeraient le 3 juin": the expected day, not the plan's
            if self._attributive_year(ent):
                continue  # "to replace the 2010 text": the year names a thing, it dates no action
            if _dateline(ent):
                continue  # "WASHINGTON, June 22 — Ecuador signed ... on Wednesday"
            if mention is not None and (action != "signed" or self._renewal_of(mention) is not None) and \
                    self._names_the_agreement(ent, mention):
                continue  # "terminated the 2003 treaty", "la reconduction de l'accord de 1972": the treaty's year
            if mention is not None and any(m.start != mention.start and self._names_the_agreement(ent, m)
                                           for m in self.sentence_agreements(mention)):
                continue  # "signed ..., replaces a 2014 arrangement": that year is the other agreement's
            if not parsed and self._in_subordinate_after(ent, trigger.token):
                continue  # "lifted off on Wednesday, a decade after the two agencies signed": the main clause's date
            if not parsed and self._in_other_clause(ent, trigger, mention):
                continue  # "KASA, launched in May last year, signed ... on Sept. 19, 2024": the aside's date
            if not parsed and mention is not None and any(
                    m.start != mention.start and trigger.token.i < m.start and m.end <= ent.start and self._apposed(m)
                    for m in self.sentence_agreements(mention)):
                continue  # "negotiating an agreement ..., a deal first rejected in 2001": the apposition's date
            if action == "signed" and self._since(ent):
                continue  # "Membre de l'ESA depuis novembre 2012, la Pologne avait signé ... dès 1994"
            if not self._linked(ent, trigger, parsed) and not (
                    not parsed and action in ("planned", "announced") and self._reporting_incise(ent, trigger.token)):
                if not reported and action not in ("planned", "announced") and self._reports_it(ent, trigger, parsed):
                    reported = _norm(ent)
                continue
            if parsed and self._another_actions_date(ent, trigger):
                continue  # "signé le 9 décembre 1978 et entré en vigueur le 1er janvier 1979"
            if parsed and self._reference_events_date(ent, trigger):
                continue  # "avaient signé ..., douze jours après l'annonce par Donald Trump, le 10 décembre, ..."
            distance = min(abs(ent.start - trigger.token.i), abs(ent.end - 1 - trigger.token.i))
            # the nearest; at equal distance, the one the trigger governs ("signé en 1992 et renouvelé en 2019")
            chain = _ancestors(ent.root, 2) if parsed else []
            own = bool(chain) and (chain[0].i == trigger.token.i or (
                len(chain) > 1 and chain[1].i == trigger.token.i and chain[0].pos_ not in ("VERB", "AUX")))
            # without a parse, a date right after the verb's phrase ("which entered into force on Jan. 1,
            # 1979") is its own, however near a date before it ("signed ... on Dec. 9, 1978, which ...")
            after = not parsed and self._right_after(ent, trigger.token)
            # without a parse, "ahead of the anniversary of Yuri Gagarin's flight of April 12, 1961": a date
            # as a noun's complement dates that noun, so it comes after any other
            of_noun = not parsed and ent.start >= 2 and words.lowers[ent.start - 1] in self.lex.date_of_words and \
                words.texts[ent.start - 2].isalpha() and words.lowers[ent.start - 2] not in self.lex.date_of_heads
            # "signé le 12 juin 2009 ..., approuvé en octobre par le gouvernement": a date hanging from
            # another verb of the sentence dates that verb's act, so it comes after the trigger's own
            # (a governor's date may be the act's: "préparé ... par une lettre signée"; and so is "un exemplaire
            # signé du texte, daté du 10 octobre")
            foreign = bool(chain) and chain[0].pos_ in ("VERB", "AUX") and chain[0].i != trigger.token.i and \
                chain[0].i not in trigger_governors and _lemma(chain[0]) not in self.lex.dating_verbs
            key = (not after, of_noun, foreign, distance, not own)
            if best is None or key < best[0]:
                best = (key, _norm(ent), ent)
        if best is not None:
            date = self._restated(best[2], ents) or best[1]
        return date, period, reported

    def _anterior_infinitive(self, verb: Token) -> bool:
        """ "après avoir rejoint", "after having signed": an act before the main clause's, at a time the
        sentence does not give (its dates are the main clause's)."""
        return any(c.dep_ == "mark" and c.lower_ in self.lex.anterior_markers for c in verb.children) and any(
            c.dep_.startswith("aux") and c.lower_ in self.lex.infinitive_auxiliaries for c in verb.children)

    def _restated(self, date: Span, ents: list[Span]) -> str:
        """ "Two years later, on May 10, 1972", "Quatre ans plus tard, presque jour pour jour, le 22 mars
        1981": a date set off right after a coarser one that it makes precise is the one to keep."""
        value = _norm(date)
        words = self.words(date.doc)
        for ent in ents:
            if ent.label_ != "DATE" or ent.start < date.end or ent.start - date.end > RESTATED_DATE_REACH:
                continue
            if not (words.texts[date.end] == "," and all(words.pos[k] not in ("VERB", "AUX") and words.texts[k] not in (".", ";", ":")
                                                         for k in range(date.end, ent.start))):
                return ""
            finer = _norm(ent)
            return finer if len(finer) > len(value) and finer.startswith(value) and "/" not in finer else ""
        return ""

    def _attributive_year(self, date: Span) -> bool:
        """ "the 2010 text", "the 1992 pact": a bare year between an article and a common noun."""
        words = self.words(date.doc)
        following = words.texts[date.end] if date.end < len(words.texts) else ""
        return (len(date) == 1 and date.start > 0 and words.lowers[date.start - 1] in self.lex.articles
                and _norm(date).isdigit() and following.isalpha() and following.islower())

    def _right_after(self, date: Span, trigger: Token) -> bool:
        """The date follows the trigger within a few words, nothing between them but words."""
        between = self.words(date.doc).texts[trigger.i + 1 : date.start]
        return date.start > trigger.i and len(between) <= RIGHT_AFTER_REACH and not any(
            not w[:1].isalnum() for w in between)

    def _since(self, date: Span) -> bool:
        """ "depuis novembre 2012", "since 2019": the start of a lasting state, not a signing's day, unless
        a clause about that day follows ("since December, when Pontes and Bridenstine signed ...")."""
        lowers = self.words(date.doc).lowers
        if date.start == 0 or lowers[date.start - 1] not in self.lex.since_words:
            return False
        after = [w for w in lowers[date.end : date.end + 2] if w != ","][:1]
        return not (after and after[0] in self.lex.when_words)

    def _another_actions_date(self, date: Span, trigger: Trigger) -> bool:
        """The date's verb is another action coordinated with the trigger ("signé le 9 décembre 1978
        et entré en vigueur le 1er janvier 1979"): that action's date, not this one's."""
        token = trigger.token
        for ancestor in _ancestors(date.root, 3):
            if ancestor.i == token.i:
                return False
            if ancestor.pos_ in ("VERB", "AUX"):
                coordinated = (token.dep_ == "conj" and token.head.i == ancestor.i) or (
                    ancestor.dep_ == "conj" and ancestor.head.i == token.i)
                return coordinated and _lemma(ancestor) in self.lex.lemma_actions
        return False

    def _reference_events_date(self, date: Span, trigger: Trigger) -> bool:
        """The date hangs from a noun the action is placed before or after ("douze jours après l'annonce
        par Donald Trump, le 10 décembre"): that event's date, not the action's. Before the action, such a
        phrase sets the scene for the date after it ("Deux jours avant l'annonce ..., le 10 octobre 2018, M.
        Schneider avait signé"), which stays the action's."""
        if date.start < trigger.token.i:
            return False
        for ancestor in _ancestors(date.root, 3):
            if ancestor.i == trigger.token.i or ancestor.pos_ in ("VERB", "AUX"):
                return False
            if ancestor.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in self.lex.relative_time_prepositions
                                               for c in ancestor.children):
                return True
        return False

    def _in_subordinate_after(self, date: Span, trigger: Token) -> bool:
        """Without a parse: is the trigger inside a clause that a subordinator opens after the date
        ("..., a decade after the two agencies signed"), with no comma closing that clause first?"""
        lowers = self.words(date.doc).lowers
        for k in range(date.end, trigger.i):
            if lowers[k] in self.lex.subordinators:
                return trigger.i - k <= SUBORDINATE_REACH and "," not in lowers[k + 1 : trigger.i]
        return False

    def _in_other_clause(self, date: Span, trigger: Trigger, mention: Span | None) -> bool:
        """Without a parse: the date is in an aside set off by commas, which the trigger is not in, opened by
        a participle ("KASA, launched in May last year, signed") or holding a subordinate clause ("The talks,
        the first meeting hosted by the U.S. since Trump began his term in January, ended with"): the
        aside's date."""
        words = self.words(date.doc)
        sentence = trigger.sentence
        low = next((k for k in range(date.start - 1, sentence.start - 1, -1) if words.texts[k] == ","), None)
        high = next((k for k in range(date.end, sentence.end) if words.texts[k] == ","), None)
        # an aside that closes the sentence, after the trigger ("signed a letter of intent on its participation
        # in the next airshow, held in November 2022.")
        closing = high is None and low is not None and low > trigger.token.i
        if closing:
            high = sentence.end
        if low is None or high is None or low < trigger.token.i < high:
            return False
        opener = words.texts[low + 1]
        if opener.lower() in self.lex.lemma_actions and mention is not None and mention.end <= low:
            return False  # "an arrangement ..., signed in Washington on Oct. 16, 2015,": the agreement's own participle
        # an irregular participle ("The UK Space Agency, set up this spring to replace ..., signed") is also a
        # past tense ("Wellington, for its part, set up its agency in 2016, the year it signed"): only an aside
        # right before the trigger's verb
        irregular = opener in self.lex.aside_participles and (high + 1 == trigger.token.i or closing)
        return (opener[:1].islower() and (opener.endswith(self.lex.participle_endings) or irregular)) or any(
            words.lowers[k] in self.lex.subordinators for k in range(low + 1, date.start))

    def _term_opener(self, trigger: Trigger) -> bool:
        """ "Conclu pour sept ans, le texte ouvre ...", "Signed for five years, the memorandum covers ...": a
        participle opening the sentence with the agreement's term describes the agreement; it tells no signing."""
        words = self.words(trigger.token.doc)
        i = trigger.token.i
        first = next((k for k in range(trigger.sentence.start, trigger.sentence.end) if words.lowers[k].strip()), -1)
        return (i == first and i + 3 < trigger.sentence.end and words.lowers[i + 1] in self.lex.term_prepositions
                and trigger.token.doc[i + 2].like_num and words.lowers[i + 3] in self.lex.term_units)

    def _redescription(self, mention: Span, trigger: Trigger, agreements: list[Span]) -> bool:
        """ "ont signé ... un accord de partenariat (CECPA), le premier accord commercial conclu par l'Inde avec un
        pays africain": an apposition describing the agreement just named, by a participle of its own, tells
        no second signing."""
        token = trigger.token
        if not (token.dep_.startswith("acl") and token.head.i == mention.root.i):
            return False
        before = [m for m in agreements if m.end <= mention.start]
        if not before:
            return False
        words = self.words(mention.doc)
        between = range(before[-1].end, mention.start)
        closed = [k for k in between if words.texts[k] == ")"]
        k = closed[-1] + 1 if closed else before[-1].end  # "(CECPA)" after the first name
        return (k < mention.start and words.texts[k] == ","
                and all(words.pos[j] in ("DET", "ADJ", "NUM") for j in range(k + 1, mention.start)))

    def _apposed(self, mention: Span) -> bool:
        """ "…, a deal first rejected by Congress": a mention set off by a comma describes the one before."""
        texts = self.words(mention.doc).texts
        k = mention.start - 1
        if k >= 0 and texts[k].lower() in self.lex.apposition_articles:
            k -= 1
        return k >= 0 and texts[k] == ","

    def _names_the_agreement(self, date: Span, mention: Span) -> bool:
        """ "the 2003 treaty", "l'accord de 2003": a date that names the agreement by its year."""
        lowers = self.words(date.doc).lowers
        return date.end == mention.start or (date.start == mention.end + 1 and lowers[mention.end] in ("de", "du", "of"))

    def _linked(self, date: Span, found: Trigger, parsed: bool) -> bool:
        """A date belongs to the action unless it hangs from another, non-reporting verb.

        Through a participial adjunct ("Réunis jeudi en ligne, les deux agences ont conclu") it
        does; from a reporting verb above a pluperfect ("a confirmé vendredi qu'un accord avait
        été conclu") it does not: the report is later than what it reports.
        """
        trigger = found.token
        if not parsed:
            if self._reported_earlier(date, trigger):
                return False
            # a date that opens the sentence ("On Sept. 30, 2014, X and Y signed ...") frames all of it
            opens = date.start - found.sentence.start <= SENTENCE_OPENING_TOKENS and date.start < trigger.i
            return opens or abs(date.start - trigger.i) <= UNPARSED_DATE_WINDOW or self._moment_of(date, trigger)
        if self._opens_colon_clause(date, trigger):
            return True
        trigger_chain = {trigger.i, *_ancestor_ids(trigger, 30)}
        current = date.root
        for _ in range(30):
            if current.i in trigger_chain:
                if current.i != trigger.i and _lemma(current) in self.lex.reporting_verbs and self._pluperfect(trigger, current):
                    return False
                return True
            if current.i != date.root.i and current.pos_ in ("VERB",) and current.i not in trigger_chain:
                # (not one set off after a noun the signing's phrase ends with: "un contrat pour un satellite appelé
                # à succéder à EgyptSat-2, perdu l'an dernier" describes the satellite, whatever the parse says)
                if self._participial_adjunct(current) and current.head.i in trigger_chain and not (
                        current.i > trigger.i and current.i >= 2 and current.doc[current.i - 1].text == ","
                        and current.doc[current.i - 2].pos_ in ("NOUN", "PROPN")
                        and _lemma(current) not in self.lex.dating_verbs):
                    current = current.head
                    continue
                if self._meeting_participle(current):
                    # "a profité du Congrès, tenu fin octobre à Dubaï, pour signer": the meeting's days
                    current = current.head
                    continue
                if _lemma(current) in self.lex.waiting_governors and current.head.i in trigger_chain:
                    # "Il a fallu attendre décembre 2006 ... pour qu'un mémorandum soit signé": the wait's end
                    current = current.head
                    continue
                if current.dep_ == "xcomp" and _lemma(current.head) in self.lex.causative_verbs:
                    # "avait fait savoir mercredi 11 février ... que le contrat serait conclu": the verb
                    # phrase "faire savoir" reports
                    current = current.head
                    continue
                return _lemma(current) in self.lex.reporting_verbs
            if current.head.i == current.i:
                return True
            current = current.head
        return False

    def _opens_colon_clause(self, date: Span, trigger: Token) -> bool:
        """ "L'accord prolonge un rapprochement engagé l'an dernier : en 2015, les deux agences avaient signé": a
        date that opens the clause after a colon, set off by a comma, frames that clause, however the parse hung
        it on the clause before."""
        words = self.words(date.doc)
        k = date.start - 1
        while k >= 0 and words.lowers[k] in self.lex.date_openers:
            k -= 1
        return (k >= 0 and words.texts[k] == ":" and date.end < trigger.i and words.texts[date.end] == ","
                and not any(w in (":", ";") for w in words.texts[date.end : trigger.i]))

    def _moment_of(self, date: Span, trigger: Token) -> bool:
        """Without a parse: "was sealed in The Hague on Oct. 4, 1977, when NASA Administrator Robert A. Frosch
        and ... signed a memorandum": the clause after the date's comma tells what happened at that date."""
        lowers = self.words(date.doc).lowers
        return date.end + 1 < trigger.i and lowers[date.end] == "," and lowers[date.end + 1] in self.lex.moment_relatives

    def _reporting_incise(self, date: Span, trigger: Token) -> bool:
        """Without a parse: "has approved extending its agreement ..., the cabinet said on Saturday": the day
        of the report after the news is the day a plan or an intent was made public."""
        return date.start > trigger.i and self._after_reporting_verb(date)

    def _after_reporting_verb(self, date: Span) -> bool:
        """ "said on Saturday", "announced Tuesday": the date right after a reporting verb is the report's."""
        lowers = self.words(date.doc).lowers
        return any(w in self.lex.reporting_verbs for w in lowers[max(0, date.start - 2) : date.start])

    def _reports_it(self, date: Span, found: Trigger, parsed: bool) -> bool:
        """Is the date that of a report of the action in the pluperfect ("a confirmé vendredi qu'un accord
        avait été conclu", "said on Thursday they had signed")? `_linked` keeps it from the action."""
        trigger = found.token
        if not parsed:
            return self._reported_earlier(date, trigger)
        chain = {trigger.i, *_ancestor_ids(trigger, 30)}
        current = date.root
        for _ in range(30):
            if current.i in chain:
                return (current.i != trigger.i and _lemma(current) in self.lex.reporting_verbs
                        and self._pluperfect(trigger, current))
            if current.head.i == current.i:
                return False
            current = current.head
        return False

    def _reported_earlier(self, date: Span, trigger: Token) -> bool:
        """Without a parse: "said on Wednesday it had signed": the date right after a reporting verb is the
        report's, and a pluperfect after it tells something earlier."""
        if not (date.start < trigger.i and self._after_reporting_verb(date)):
            return False
        lowers = self.words(date.doc).lowers
        return any(w in self.lex.pluperfect_auxiliaries for w in lowers[date.end : trigger.i])

    def _pluperfect(self, trigger: Token, reporting: Token) -> bool:
        """Is the trigger's clause (up to the reporting verb, not beyond) in the pluperfect? "avaient publié une
        déclaration, tandis que les agences paraphaient un accord": the report's own tense says nothing."""
        above = []
        for ancestor in _ancestors(trigger, 2):
            if ancestor.i == reporting.i:
                break
            above.append(ancestor)
        verbs = [trigger, *(a for a in above if a.pos_ in ("VERB", "AUX"))][:2]
        return any("Imp" in c.morph.get("Tense") for v in verbs for c in v.children
                   if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm"))

    def _meeting_participle(self, verb: Token) -> bool:
        """ "le Congrès, tenu fin octobre à Dubaï": a participle describing a meeting gives the meeting's date."""
        head = verb.head
        return ("Part" in verb.morph.get("VerbForm") and verb.dep_.startswith("acl") and head.pos_ in ("NOUN", "PROPN")
                and (_lemma(head) in self.lex.meeting_nouns or head.lower_ in self.lex.meeting_nouns))

    @staticmethod
    def _participial_adjunct(verb: Token) -> bool:
        """ "Réunis jeudi en ligne, ...": a participle without auxiliary or subject of its own."""
        return ("Part" in verb.morph.get("VerbForm") and verb.dep_ in ("advcl", "acl", "conj", "obl:mod")
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children))

    def parties_of(self, mention: Span, trigger: Trigger, ents: list[Span], parsed: bool = False) -> list[Span]:
        # a company's state counts ("un contrat avec ispace"), the company is no agency
        place_ends = {e.end for e in ents if e.label_ == "LOC"}
        parties = [e for e in ents if (e.label_ in ("COUNTRY", "AGENCY") or (e.label_ == "ORG" and _norm(e) in self.company_states)
                                       or self.leader_state(e))
                   and not self._posting(e) and not self._foreign_parent(e, ents)
                   and not self._locates(e, place_ends) and not self._venue(e) and not self._host_country(e)
                   and not self._membership(e) and not self._in_circumstance_phrase(e, trigger.token)
                   and not self._rejected_alternative(e, trigger.sentence.start)]
        if parsed:
            # states and agencies of another clause ("l'accord qui fait de la Russie un partenaire"), of a
            # circumstance ("après le retrait de la NASA", "en pleine guerre en Ukraine") are not parties
            free = [e for e in parties if not self._under_blocking_noun(e) and not self._reported_by(e, trigger.token)
                    and not self._in_apposed_relative(e, mention, trigger.token)]
            parties = [e for e in free if self._in_event_clause(e, trigger.token, mention)] or free
            parties = self._listed_partners(mention, trigger.token, parties, ents)
            if _norm(mention) == "accords":
                # "le royaume a adhéré aux accords Artemis promus par Washington": the agent of another participle
                # is the accords' author, not a state that joins
                parties = [e for e in parties if not self._participle_agent(e, trigger.token)]
                # multilateral accords: the states that sign — the subject or the agent of the signing
                # ("la Slovaquie a signé les accords, au siège de la NASA à Washington")
                signers = [e for e in parties if self._signs(e, trigger.token)]
                if signers:
                    signers += [e for e in self._listed_with(signers, parties) if e not in signers]
                    return signers + self._included(signers, parties)
                if self._subject_pronoun(trigger.token, self.lex.reference_pronouns | self.lex.group_pronouns):
                    return []  # "dont il a signé la convention": the pronoun's state, resolved by the caller
                # states join the accords: an agency that does not sign is named in passing ("Près d'un an
                # après avoir rejoint les accords, la Bulgarie a reçu l'administrateur de la NASA")
                parties = [e for e in parties if e.label_ != "AGENCY"] or parties
        else:
            parties = self._segment_parties(mention, [e for e in parties if not self._maker_aside(e, trigger.token.i, mention)], ents)
        if _norm(mention) != "accords":
            return self._named_pair(mention, trigger, parties)
        # multilateral accords: the parties are the states that join, not the accords' authors
        token = trigger.token
        after_agent = any(t.lower_ in self.lex.agent_markers for t in token.doc[token.i + 1 : token.i + 3]) or (
            trigger.action == "entered_into_force"  # "entered into force for Switzerland on Sept. 1, 1985"
            and any(t.lower_ in self.lex.force_beneficiary_markers for t in token.doc[token.i + 1 : token.i + FORCE_REACH]))
        if not after_agent and not any(e.label_ == "COUNTRY" and e.end <= token.i for e in parties):
            # "APSCO's convention was signed on Oct. 28, 2005, in Beijing, by the governments of Bangladesh, China
            # and Peru": with no state before the verb, the agent phrase further on, after its date and place
            # (not "Greece became the 35th country to sign the accords, drawn up by the United States")
            first = min((e.start for e in parties if e.start > token.i), default=None)
            after_agent = first is not None and any(
                t.lower_ in self.lex.agent_markers for t in token.doc[max(token.i + 1, first - AGENT_REACH) : first])
        side = [e for e in parties if (e.start > token.i if after_agent else e.end <= token.i)]
        if side:  # "by the United States and seven founding partners: Australia, Canada, ..."
            side += [e for e in self._included(side, parties) if e not in side]
            # "Canada was among the founding signatories of the accords in October 2020, alongside the United States"
            lowers = self.words(token.doc).lowers
            first = next((e for e in sorted(parties, key=lambda e: e.start) if e.label_ == "COUNTRY" and e.start > token.i
                          and lowers[self._before_article(lowers, e.start)] in self.lex.companion_markers), None)
            if first is not None:
                side += [e for e in (first, *self._listed_with([first], parties)) if e not in side]
        return side or parties

    @staticmethod
    def _participle_agent(ent: Span, trigger: Token) -> bool:
        """Is the entity the agent ("par Washington") of a participle with no auxiliary, other than the trigger?"""
        verb = ent.root.head
        return (ent.root.dep_ == "obl:agent" and verb.i != trigger.i and "Part" in verb.morph.get("VerbForm")
                and not any(c.dep_.startswith("aux") for c in verb.children))

    def _named_pair(self, mention: Span, trigger: Trigger, parties: list[Span]) -> list[Span]:
        """ "l'accord intergouvernemental conclu à Turin le 29 janvier 2001 entre la France et l'Italie": the
        sides a pair preposition lists after the agreement are its parties, not the other states of the
        sentence (those that finance the system it founded)."""
        if len(parties) < 3:
            return parties
        lowers = self.words(mention.doc).lowers
        glue = self.lex.list_glue
        by_start = {p.start: p for p in parties}
        reach = min(max(mention.end, trigger.token.i + 1) + PAIR_REACH, trigger.sentence.end)
        for k in range(mention.end, reach):
            if lowers[k] == ";":
                break
            if lowers[k] not in self.lex.pair_prepositions:
                continue
            j = k + 1
            while j < reach and lowers[j] in glue and lowers[j] != ",":
                j += 1  # the article
            sides = [by_start[j]] if j in by_start else []
            for party in sorted(parties, key=lambda p: p.start):
                if sides and party.start >= sides[-1].end and all(w in glue for w in lowers[sides[-1].end : party.start]):
                    sides.append(party)
            return sides if len(sides) >= 2 else parties
        return parties

    def _listed_partners(self, mention: Span, trigger: Token, parties: list[Span], ents: list[Span]) -> list[Span]:
        """ "pour signer trois ententes : un protocole avec l'agence britannique, un autre avec l'ASI et le
        renouvellement de son entente-cadre avec le CNES": in a list of agreements after the verb, a
        partner goes with the item it follows ("un autre" opens an item of its own); the subject goes
        with all of them."""
        items = sorted((e for e in ents if e.label_ == "AGREEMENT" and e.start > trigger.i), key=lambda e: e.start)
        if len(items) < 2 or not any(m.start == mention.start for m in items):
            return parties
        words = self.words(mention.doc)
        if not all(any(w in LIST_COMMAS or w in self.lex.clause_coordinators for w in words.lowers[a.end : b.start])
                   for a, b in zip(items, items[1:])):
            return parties  # "un avenant à son contrat avec l'ESA": one phrase, not a list
        starts = [m.start for m in items]
        for k in range(items[0].end, max((p.start for p in parties), default=0)):
            # "un autre", ", another": an item that names no agreement word, after a comma and maybe an article
            if words.lowers[k] in self.lex.another_words and (words.texts[k - 1] in LIST_COMMAS or words.texts[k - 2] in LIST_COMMAS):
                starts.append(k)
        kept = []
        for party in parties:
            if party.end <= items[0].start:
                kept.append(party)  # the subject, or the partners of the whole list
                continue
            owner = max((k for k in starts if k < party.start), default=None)
            if owner == mention.start:
                kept.append(party)
        return kept

    def _listed_with(self, states: list[Span], parties: list[Span]) -> list[Span]:
        """The states that follow the last of `states` in one list ("par le Bangladesh, la Chine, ..., le Pérou
        et la Thaïlande"), joined only by commas, "et" / "and" and articles."""
        lowers = self.words(states[0].doc).lowers
        end = max(e.end for e in states)
        listed: list[Span] = []
        for state in sorted((e for e in parties if e.label_ == "COUNTRY" and e.start >= end), key=lambda e: e.start):
            if not all(w in self.lex.list_glue for w in lowers[end : state.start]):
                break
            listed.append(state)
            end = state.end
        return listed

    def _included(self, signers: list[Span], parties: list[Span]) -> list[Span]:
        """ "par les États-Unis et sept autres pays fondateurs, parmi lesquels le Japon, l'Italie et le
        Luxembourg": the states listed after an inclusion marker that follows the signers sign too."""
        words = self.words(signers[0].doc)
        last = max(e.end for e in signers)
        marker = next((k for k in range(last, min(last + 8, len(words.lowers)))
                       if words.lowers[k] in self.lex.inclusion_markers), None)
        if marker is None or any(words.texts[k] in (".", ";", ":") for k in range(last, marker)):
            return []
        included: list[Span] = []
        position = marker + 1
        for party in sorted((p for p in parties if p.start > marker and p.label_ == "COUNTRY"), key=lambda p: p.start):
            if any(w not in self.lex.list_glue for w in words.lowers[position : party.start]):
                break
            included.append(party)
            position = party.end
        return included

    def counted(self, candidate: Candidate, mention: Span, ents: list[Span]) -> list[Candidate]:
        """ "1996 et 1999 : deux accords intergouvernementaux sont signés": a mention counted by a number
        and signed at as many dates coordinated together, or listed after a colon, is one signing at each."""
        words = self._words
        count = self.lex.count_words.get(words.lowers[mention.start - 1], 0) if mention.start > 0 else 0
        if count < 2 or not candidate.date:
            return [candidate]
        dates = [e for e in ents if e.label_ == "DATE"]
        for k in range(len(dates) - count + 1):
            run = dates[k : k + count]
            glued = all(all(words.lowers[i] in self.lex.date_list_glue for i in range(a.end, b.start)) and b.start > a.end
                        for a, b in zip(run, run[1:]))
            if glued and candidate.date in {_norm(d) for d in run}:
                return [replace(candidate, date=_norm(d)) for d in run]
        # "trois contrats successifs : quatre lanceurs en juin 2007, dix le 20 septembre 2008 ...",
        # "deux mémorandums d'entente sur l'ILRS : le premier vendredi 5 avril ...": a list after a colon
        # that closes the mention's phrase, with as many dates as the count
        colon = next((k for k in range(mention.end, min(mention.end + COLON_REACH, len(words.texts)))
                      if words.texts[k] in (":", ",", ";", ".")), None)
        colon = colon if colon is not None and words.texts[colon] == ":" else None
        items = [d for d in dates if colon is not None and d.start > colon]
        listed = [_norm(d) for d in items]
        if len(listed) != count or candidate.date not in listed or any("/" in d for d in listed):
            return [candidate]
        # "... le premier vendredi 5 avril à Addis-Abeba avec l'institut éthiopien, le second lundi à Konza,
        # avec le Kenya ...": the states of each item, from its date to the next one, are its own
        bounds = [colon, *(d.start for d in items[1:]), ents[-1].end if ents else colon]
        own = [{_norm(e) for e in ents if e.label_ == "COUNTRY" and _norm(e) in candidate.countries
                and max(bounds[k], items[k].start if k else colon) <= e.start < bounds[k + 1]}
               for k in range(count)]
        if all(own) and len(set().union(*own)) == sum(len(o) for o in own):
            shared = candidate.countries - set().union(*own)
            return [replace(candidate, date=d, countries=shared | states, signatories=set())
                    for d, states in zip(listed, own)]
        return [replace(candidate, date=d) for d in listed]

    def respective(self, candidate: Candidate, sentence: Span, ents: list[Span]) -> list[Candidate]:
        """ "L'Équateur et l'Argentine ont adhéré aux accords, respectivement en juin et en juillet":
        one event per state, each with its date, when the states and the dates pair up."""
        words = self.words(sentence.doc)
        cue = next((k for k in range(sentence.start, sentence.end) if words.lowers[k] in self.lex.respective_words), None)
        if cue is None:
            return [candidate]
        states = list(dict.fromkeys(_norm(e) for e in ents if e.label_ == "COUNTRY" and e.end <= cue
                                    and _norm(e) in candidate.countries))
        dates = [_norm(e) for e in ents if e.label_ == "DATE" and e.start > cue][: len(states)]
        if len(states) < 2 or len(dates) != len(states) or any("/" in d for d in dates):
            return [candidate]
        return [replace(candidate, countries={state}, date=date) for state, date in zip(states, dates)]

    def bracketed(self, candidate: Candidate, sentence: Span, ents: list[Span], trigger: Trigger | None = None) -> list[Candidate]:
        """ "joined by Ukraine (November 2020), South Korea and New Zealand (May 2021), Brazil (June
        2021)", "with New Zealand, in 2016, and Brazil, in March 2019": each state, or states, with the
        date in brackets or set off by commas right after them; one event per date."""
        words = self.words(sentence.doc)
        ordered = sorted(ents, key=lambda e: e.start)
        groups: list[tuple[set[str], str, bool]] = []  # (states, date, set off by commas)
        pending: set[str] = set()
        last_state = -1
        for ent in ordered:
            if ent.label_ == "COUNTRY" and ent.start >= 1 and words.lowers[ent.start - 1] in self.lex.party_blocking_prepositions:
                continue  # "Avant Budapest, la Finlande (janvier) ...": a point of comparison, no item
            if ent.label_ == "COUNTRY" and _norm(ent) in candidate.countries:
                pending.add(_norm(ent))
                last_state = ent.end
            elif ent.label_ == "DATE" and pending and "/" not in _norm(ent) and ent.start >= 1:
                if self._in_brackets(words.texts, ent):
                    groups.append((pending, _norm(ent), False))
                elif self._set_off_after(words, ent, last_state, sentence.end):
                    # the list follows the verb: its subject ("The US government has concluded") is no item
                    after = {_norm(e) for e in ordered if e.label_ == "COUNTRY" and _norm(e) in pending
                             and (trigger is None or e.start > trigger.token.i) and e.end <= ent.start}
                    if not after:
                        continue
                    groups.append((after, _norm(ent), True))
                else:
                    continue
                pending = set()
        if len(groups) < 2:
            return [candidate]
        if all(set_off for _, _, set_off in groups):
            # "has concluded agreements with New Zealand, in 2016, and Brazil, in March 2019": the other
            # side, the subject, is a party of each
            others = candidate.countries - {state for states, _, _ in groups for state in states}
            return [replace(candidate, countries=states | others, agencies=set(), signatories=set(), date=date)
                    for states, date, _ in groups]
        readings = []
        for states, date, _ in groups:
            readings.append(replace(candidate, countries=states, agencies=set(), signatories=set(), date=date))
            candidate.countries -= states
        return ([candidate] if candidate.countries else []) + readings

    @staticmethod
    def _in_brackets(texts: list[str], date: Span) -> bool:
        return texts[date.start - 1] == "(" and date.end < len(texts) and texts[date.end] == ")"

    def _set_off_after(self, words: "DocWords", date: Span, state_end: int, sentence_end: int) -> bool:
        """ "New Zealand, in 2016, and ...": the date right after the state, between commas."""
        between = words.lowers[state_end : date.start]
        return (bool(between) and between[0] == "," and all(w in self.lex.gap_prepositions for w in between[1:])
                and (date.end >= sentence_end or words.texts[date.end] in (",", ".", ";")))

    def gapped(self, candidate: Candidate, sentence: Span, ents: list[Span], trigger: Trigger) -> list[Candidate]:
        """ "The Emirates signed the Artemis Accords in October 2020, Israel in January 2022": after the
        clause, a state and a date with the verb left out do the same thing at their own date."""
        if not candidate.date:
            return [candidate]
        words = self.words(sentence.doc)
        ordered = sorted(ents, key=lambda e: e.start)
        offset = sentence.doc._.char_offset
        # "..., puis sur un accord conclu entre Moscou et Pékin en novembre 2022": a state after another
        # agreement is that one's
        others = [e.start for e in ordered if e.label_ == "AGREEMENT" and e.start > trigger.token.i
                  and e.start_char + offset != candidate.mention_start]
        # "that Washington concluded with New Zealand in 2016, Brazil in 2019": when the clause's first
        # state after the verb is its partner, the listed states are partners too, and the subject's
        # side is a party of each
        first = next((e for e in ordered if e.label_ == "COUNTRY" and e.start > trigger.token.i), None)
        partners = first is not None and words.lowers[self._before_article(words.lowers, first.start)] in self.lex.partner_prepositions
        extra: list[Candidate] = []
        for k, ent in enumerate(ordered[:-1]):
            date = ordered[k + 1]
            if any(start < ent.start for start in others):
                break
            before = self._before_article(words.lowers, ent.start)  # ", le Mexique en décembre"
            # "and another one with Kenya in Nairobi the next day": the state after "another" and a partner
            # preposition, its place between it and its date
            another = self._another_opener(words, before)
            place = ""
            if another and date.label_ == "LOC" and k + 2 < len(ordered):
                place, date = date.text, ordered[k + 2]  # its place comes first
            between = words.lowers[ent.end : date.start]
            if another and len(between) >= 2 and between[0] in self.lex.gap_place_prepositions \
                    and words.texts[ent.end + 1][:1].isupper():
                between = between[2:]
            # ", le Mexique en décembre, la Colombie en mai 2022 et l'Équateur le mois dernier."
            if (ent.label_ != "COUNTRY" or ent.start <= trigger.token.i
                    or not (words.texts[before] == "," or words.lowers[before] in self.lex.clause_coordinators or another)
                    or date.label_ != "DATE" or "/" in _norm(date) or _norm(date) == candidate.date
                    or any(w not in self.lex.gap_prepositions for w in between)
                    or (date.end < sentence.end and words.texts[date.end] not in (",", ".", ";")
                        and words.lowers[date.end] not in self.lex.clause_coordinators
                        # "et la Slovénie le 19 avril à Ljubljana": the gapped clause's own place
                        and not (words.lowers[date.end] in self.lex.gap_place_prepositions and date.end + 1 < sentence.end
                                 and words.texts[date.end + 1][:1].isupper()))):
                continue
            extra.append(replace(candidate, countries={_norm(ent)}, agencies=set(), signatories=set(), location=place,
                                 date=_norm(date), sides=1))
            candidate.countries.discard(_norm(ent))
            candidate.sides = max(1, candidate.sides - 1)  # "La Chine a signé son accord ..., et Israël le sien": one side each
        if partners and extra:
            subject_side = candidate.countries - {_norm(first)}
            for reading in extra:
                reading.countries |= subject_side
                reading.agencies |= {a for a in candidate.agencies if resources.agency_country(a) in subject_side}
        return [candidate, *extra]

    def _another_opener(self, words: "DocWords", before: int) -> bool:
        """ "..., and another one with Kenya": a partner preposition after "another (one)" / « un autre »,
        itself after a comma or a coordinator: a new agreement of the same kind, with its own partner."""
        if words.lowers[before] not in self.lex.partner_prepositions:
            return False
        for phrase in self.lex.another_phrases:
            start = before - len(phrase)
            if start >= 1 and tuple(words.lowers[start:before]) == phrase and (
                    words.texts[start - 1] == "," or words.lowers[start - 1] in self.lex.clause_coordinators):
                return True
        return False

    def _in_circumstance_phrase(self, ent: Span, trigger: Token) -> bool:
        """ "en marge du sommet du groupe formé par le Brésil, la Russie, l'Inde ...", "on the sidelines of a
        summit with ...": states inside a circumstance phrase (up to the comma that closes it, past the commas
        of a list of states) that the trigger is not in."""
        lowers = self.words(ent.doc).lowers
        sentence = self._sentence_of.get(ent.start) or ent.sent
        opener, length = next(((k, len(p)) for k in range(ent.start - 1, sentence.start - 1, -1)
                               for p in self.lex.circumstance_openers if tuple(lowers[k : k + len(p)]) == p), (None, 0))
        if opener is None or opener < trigger.i < ent.start:
            return False
        if lowers[opener + length].endswith("ing"):
            return False  # "signed a joint statement, after meeting Israel's science minister": an act with the partner
        states = [e for e in self._ents if e.label_ in ("COUNTRY", "AGENCY")]
        starts, ends = {e.start for e in states}, {e.end for e in states}
        for k in range(opener + 1, ent.start):  # (past the comma that opens an aside: ", after Russia's annexation")
            # a comma between two states of a list ("le Brésil, la Russie") is inside the phrase
            listed = k in ends and (k + 1 in starts or (lowers[k + 1] in self.lex.articles and k + 2 in starts))
            if lowers[k] in (";", ":") or (lowers[k] == "," and not listed):
                return False  # the phrase closed before the state
        return True

    def _membership(self, ent: Span) -> bool:
        """ "by Canada, Japan and eleven member states of the European Space Agency", "les États membres
        de l'ESA": an organisation whose members act is no party itself."""
        lowers = self.words(ent.doc).lowers
        end = self._before_article(lowers, ent.start) + 1 if ent.start > 1 else ent.start
        ends = [end]
        if ent.start > 1 and lowers[ent.start - 1] == "(":
            # "onze pays membres de l'Agence spatiale européenne (ESA)": the acronym of a name so preceded
            ends += range(max(0, ent.start - 1 - BRACKETED_NAME_REACH), ent.start - 1)
        return any(end >= len(phrase) and tuple(lowers[end - len(phrase) : end]) == phrase
                   for end in ends for phrase in self.lex.membership_phrases)

    def _rejected_alternative(self, ent: Span, sentence_start: int) -> bool:
        """ "le contrat serait conclu avec le lanceur européen plutôt qu'avec l'américain SpaceX": the side
        passed over is no party."""
        words = self.words(ent.doc)
        start = max(sentence_start, ent.start - REJECTED_ALTERNATIVE_REACH)
        window = words.lowers[start : ent.start]
        cut = max((k + 1 for k, w in enumerate(window) if w in (",", ";", ":", "(")), default=0)
        text = " " + " ".join(window[cut:]) + " "
        return any(f" {cue} " in text for cue in self.lex.rejected_alternative_cues)

    def _venue(self, ent: Span) -> bool:
        """ "dans le pavillon de l'Agence spatiale européenne", "at NASA headquarters": the place the
        signing was held, not a party."""
        lowers = self.words(ent.doc).lowers
        before = self._before_article(lowers, ent.start) if ent.start > 1 else ent.start - 1
        if before >= 1 and lowers[before] in self.lex.of_words and lowers[before - 1] in self.lex.venue_nouns:
            return True
        if ent.end + 1 < len(lowers) and lowers[ent.end] in POSSESSIVES and any(
                w in self.lex.place_nouns or w in self.lex.venue_nouns for w in lowers[ent.end + 1 : ent.end + 4]):
            return True  # "on New Zealand's Mahia Peninsula", "at the European Union's delegation in Washington"
        if self._onlooker(ent, lowers):
            return True
        return ent.end < len(lowers) and lowers[ent.end] in self.lex.venue_nouns  # "NASA headquarters"

    def _host_country(self, ent: Span) -> bool:
        """ "signed ... in June 2004, at a summit in Ireland", "the session held in Kyrgyzstan": the state that
        hosted the meeting, not a side (where the meeting is "a visit", the host is the partner)."""
        lowers = self.words(ent.doc).lowers
        return ent.label_ == "COUNTRY" and ent.start > 1 and lowers[ent.start - 1] in self.lex.country_place_prepositions \
            and any(w in self.lex.event_nouns for w in lowers[max(0, ent.start - 4) : ent.start - 1])

    def _onlooker(self, ent: Span, lowers: list[str]) -> bool:
        """ "with senior European Commission officials looking on": those who watch the signing."""
        if not any(w in self.lex.partner_prepositions for w in lowers[max(0, ent.start - 3) : ent.start]):
            return False
        after = " ".join(lowers[ent.end : ent.end + ONLOOKER_REACH])
        return any(f" {phrase} " in f" {after} " for phrase in self.lex.onlooker_phrases)

    def _foreign_parent(self, ent: Span, ents: list[Span]) -> bool:
        """ "avec OHB Italia, la filiale italienne du groupe allemand OHB", "the British subsidiary of
        France's Astrium": the side is the subsidiary, of the state its nationality names; the parent group
        and the parent's state are named to describe it. Only where the subsidiary has a nationality of its
        own: "une filiale de Roscosmos" is of the parent's state, which stays a side."""
        if not self.lex.subsidiary_nouns or not ent.start:
            return False
        lowers = self.words(ent.doc).lowers
        for link in range(ent.start - 1, max(0, ent.start - PARENT_REACH), -1):
            word = lowers[link]
            if word in POSSESSIVES:
                continue  # "of Germany's OHB group": the parent's state, then the parent
            if not word[:1].isalpha() and word not in self.lex.of_words:
                return False  # a comma, a bracket: the parent's description ends there
            if word not in self.lex.of_words:
                continue
            # "filiale italienne du", "Italian subsidiary of": the noun and its nationality right before the link
            nouns = [i for i in range(max(0, link - 3), link) if lowers[i] in self.lex.subsidiary_nouns]
            if nouns:  # (the rare case: the nationalities are looked up only here, not for every party)
                around = set(range(max(0, nouns[-1] - 1), link)) - {nouns[-1]}
                if any(e.label_ == "COUNTRY" and around.intersection(range(e.start, e.end)) for e in ents):
                    return True
        return False

    def _posting(self, ent: Span) -> bool:
        """ "l'ambassadeur de Turquie en Chine", "India's ambassador to the United States": the state a
        diplomat is posted to, right after a posting preposition, a few words after the diplomat."""
        if ent.label_ != "COUNTRY" or not ent.start:
            return False
        lowers = self.words(ent.doc).lowers
        return lowers[ent.start - 1] in self.lex.posting_prepositions and any(
            w in self.lex.posting_nouns for w in lowers[max(0, ent.start - 6) : ent.start - 1])

    def leader_state(self, ent: Span) -> str:
        """The state a head of state or government named by name speaks for ("Xi Jinping"), else ""."""
        return self.leader_states.get(_fold(_norm(ent) or ent.text), "") if ent.label_ == "PER" else ""

    def _in_apposed_relative(self, ent: Span, mention: Span, trigger: Token) -> bool:
        """ "un mémorandum d'entente sur Lunar Pathfinder, le petit satellite que construit le britannique
        SSTL": a state or a company in a relative clause on a noun set off after the agreement's phrase
        tells who makes that thing, whatever the parse hung it on."""
        if ent.start <= mention.end or trigger.i > mention.start:
            return False
        lowers = self.words(ent.doc).lowers
        between = range(mention.end, ent.start)
        comma = next((k for k in between if lowers[k] in LIST_COMMAS or lowers[k] == "."), None)
        # a subject or object relative ("que construit"), not an inclusion ("parmi lesquelles l'Observatoire de Belgrade")
        return comma is not None and lowers[comma] == "," and any(
            lowers[k] in APPOSED_RELATIVES for k in range(comma + 2, ent.start))

    def _maker_aside(self, ent: Span, trigger_i: int, mention: Span) -> bool:
        """Without a parse: "His Marco Polo mission, paid for by the Italian Space Agency, was flown under a
        framework agreement signed in 2001 by ...": the agent of a participle set off by commas, away from
        the agreement and its verb, made or paid for something; it is no side of the agreement."""
        lowers = self.words(ent.doc).lowers
        k = self._before_article(lowers, ent.start) if ent.start > 1 else ent.start - 1
        if k < 3 or lowers[k] not in self.lex.agent_markers:
            return False
        verb = k - 1 if lowers[k - 1] not in self.lex.aside_particles else k - 2
        participle = lowers[verb]
        if not (participle.endswith(self.lex.participle_endings) or participle in self.lex.aside_participles) or lowers[verb - 1] != ",":
            return False
        end = next((i for i in range(ent.end, len(lowers)) if lowers[i] in LIST_COMMAS or lowers[i] == "."), len(lowers))
        return not any(verb <= i < end for i in (trigger_i, mention.start))

    def _locates(self, ent: Span, place_ends: set[int]) -> bool:
        """ "signé à Noordwijk (Pays-Bas)", the dateline "HIROSHIMA, Japan —": a state right after a place
        says where it is."""
        if ent.label_ != "COUNTRY" or ent.start < 2 or ent.end >= len(ent.doc):
            return False
        texts = self.words(ent.doc).texts
        if texts[ent.start - 1] == "(" and ent.start - 1 in place_ends and texts[ent.end] == ")":
            return True
        return _dateline(ent) or self._after_named_place(ent, texts)

    def _after_named_place(self, ent: Span, texts: list[str]) -> bool:
        """ "signed Oct. 3 in Bremen, Germany, on the sidelines of the congress": a state set off by commas
        after a capitalised name that a place preposition opens is where that place is."""
        comma = ent.start - 1
        if texts[comma] != "," or texts[ent.end] not in PLACE_STATE_CLOSERS:
            return False
        k = comma - 1
        while k > comma - 4 and k > 0 and texts[k].isalpha() and texts[k].istitle():
            k -= 1
        return k < comma - 1 and self.words(ent.doc).lowers[k] in self.lex.place_prepositions

    def _segment_parties(self, mention: Span, parties: list[Span], ents: list[Span]) -> list[Span]:
        """Without a parse: in "terminated the contract with Russia and signed a new contract with
        France's Arianespace", a party goes with the nearest agreement, and the subject before the
        first one with all of them; a party after "amid", "after the invasion of" is a circumstance."""
        doc = mention.doc
        mentions = sorted((e for e in ents if e.label_ == "AGREEMENT"), key=lambda e: e.start)

        def gap(party: Span, other: Span) -> int:
            return max(other.start - party.end, party.start - other.end, 0)

        def blocked(party: Span) -> bool:
            before = doc[max(0, party.start - 3) : party.start]
            return any(t.lower_ in self.lex.party_blocking_prepositions or t.lower_ in self.lex.party_blocking_nouns
                       for t in before)

        free = [p for p in parties if not blocked(p)]
        # ", and is negotiating another one with China": a coordinated clause with a verb of its own
        # has its own parties; the subject before the first agreement is shared
        lowers = self.words(doc).lowers
        sentence = self._sentence_of.get(mention.start) or mention.sent
        breaks = [k for k in range(sentence.start, sentence.end - 2) if lowers[k] == "," and lowers[k + 1] in
                  self.lex.clause_coordinators and lowers[k + 2] in self.lex.clause_verbs]
        if breaks and mentions:
            first = mentions[0].start
            low = max([b for b in breaks if b < mention.start], default=sentence.start)
            high = min([b for b in breaks if b > mention.start], default=sentence.end)
            free = [p for p in free if low <= p.start < high or p.end <= first]
        # "..., before Moscow turned to China": a clause a subordinator opens after a comma, once
        # the mention has been read, tells something else
        cut = next((k for k in range(mention.end + 1, sentence.end) if (lowers[k] in self.lex.subordinators
                    and lowers[k - 1] == ",") or lowers[k] == ";"), None)  # "...; Russia's annexation of Crimea ..."
        if cut is not None:
            free = [p for p in free if p.start < cut] or free
        if len(mentions) < 2:
            return free
        own = [p for p in free
               if p.end <= mentions[0].start or min(mentions, key=lambda m: (gap(p, m), m.start)).start == mention.start]
        if not own and mention.end < sentence.end and lowers[mention.end] in self.lex.pair_prepositions and \
                self.group_reference(doc[mention.end : min(mention.end + 5, sentence.end)]):
            return []  # "..., which constitutes an agreement between the two governments": the document's pair
        return own or free

    def _under_blocking_noun(self, ent: Span) -> bool:
        """ "la guerre en Ukraine", "the invasion of Ukraine": a state named as a circumstance."""
        root = ent.root
        if root.dep_.startswith("nmod") and root.pos_ == "PROPN" and not any(c.dep_ == "case" for c in root.children):
            # "Dans le voisinage de l'Autriche, la Suisse les a signés": no preposition makes it the noun's
            # complement, whatever the parse hung it on
            return False
        if any(_lemma(a) in self.lex.party_blocking_nouns or a.lower_ in self.lex.party_blocking_nouns
               for a in _ancestors(ent.root, 2) if a.pos_ == "NOUN"):
            return True
        # "en ouverture du sommet spatial de l'ESA": the host of a meeting, as the meeting noun's complement
        head = ent.root.head
        return ent.root.dep_.startswith("nmod") and head.pos_ == "NOUN" and (
            _lemma(head) in self.lex.meeting_nouns or head.lower_ in self.lex.meeting_nouns)

    def _reported_by(self, ent: Span, trigger: Token) -> bool:
        """ "..., a annoncé l'Agence spatiale italienne": the source of an incise after the news is no party."""
        head = ent.root.head
        return (head.i != trigger.i and trigger.i < head.i < ent.start and _lemma(head) in self.lex.reporting_verbs
                and ent.root.dep_ in ("nsubj", "obj"))

    def _in_event_clause(self, ent: Span, trigger: Token, mention: Span) -> bool:
        anchor = {trigger.i, *(a.i for a in _clause_ancestors(trigger)), *range(mention.start, mention.end)}
        current = ent.root
        nouns = 0  # nouns passed on the way: "dans le cadre du programme Artemis de la NASA"
        # "un accord de coopération dans les technologies spatiales avec l'Agence japonaise": the partner
        # preposition names a party, however deep the parse hung it under the agreement's topic
        partner = any(c.dep_ == "case" and c.lower_ in self.lex.partner_prepositions for c in ent.root.children)
        for _ in range(30):
            if current.i in anchor:
                # under the mention, a party is at most one noun away ("un mémorandum sur la
                # coopération entre la CNSA et l'ABAE"), not a modifier of a modifier
                return partner or not (mention.start <= current.i < mention.end and nouns > MAX_NOUNS_UNDER_MENTION)
            if current.i != ent.root.i and current.pos_ in ("NOUN", "PROPN"):
                nouns += 1
                if current.dep_ == "acl:relcl" and not any(
                        e.root.i == current.i and e.label_ in ("COUNTRY", "AGENCY") for e in self._ents):
                    # "SSC, dont les antennes en Suède, au Chili ...": a relative clause's noun, misparsed (not
                    # "par neuf pays socialistes, dont l'URSS et Cuba": a list of the parties it includes)
                    return False
            if any(c.dep_ == "case" and c.lower_ in self.lex.party_blocking_prepositions for c in current.children):
                return False
            if current.i != ent.root.i and current.pos_ == "VERB" and _lemma(current) not in self.lex.reporting_verbs and not (
                    # "suspendu l'accord ExoMars conclu en 2013 avec Roscosmos": the agreement's own
                    # signing participle names its parties
                    current.dep_.startswith("acl") and mention.start <= current.head.i < mention.end
                    and self.lex.lemma_actions.get(_lemma(current)) == "signed"):
                return False
            if current.head.i == current.i:
                return True  # another root: a parse split, no evidence against
            current = current.head
        return True

    def compound_states(self, sentence: Span) -> list[tuple[int, set[str]]]:
        """ "franco-chinoise", "sino-russe", "russo-indien": two states in one adjective (by token)."""
        found: list[tuple[int, set[str]]] = []
        lowers = self.words(sentence.doc).lowers
        for k in range(sentence.start, sentence.end):
            head, _, tail = lowers[k].partition("-")
            if not tail and k + 2 < sentence.end and lowers[k + 1] == "-":
                head, tail = lowers[k], lowers[k + 2]  # "russo", "-", "kazakh": split by the tokenizer
            if tail and head in self.lex.compound_prefixes and tail in self.lex.nationality_adjectives:
                found.append((k, {self.lex.compound_prefixes[head], self.lex.nationality_adjectives[tail]}))
        return found

    def compound_parties(self, sentence: Span, mention: Span, parsed: bool, trigger: Token | None = None) -> set[str]:
        """The states of compound adjectives that speak of the agreement: in its own phrase ("l'accord
        sur le satellite franco-indien"), on a noun of cooperation ("la coopération franco-chinoise"), or on
        the signing's subject ("le constructeur franco-italien Thales Alenia Space a signé"); not "un rover
        franco-allemand" in a clause about a mission."""
        states: set[str] = set()
        doc = sentence.doc
        for k, pair in self._per_sentence(self._compounds, sentence, self.compound_states):
            if not parsed:
                states |= pair
                continue
            token = doc[k]
            in_phrase = mention.root.left_edge.i <= k <= mention.root.right_edge.i and not any(
                a.dep_.startswith("acl") for a in _ancestors(token, 8) if a.i != mention.root.i
                and mention.root.left_edge.i <= a.i <= mention.root.right_edge.i)
            signer = trigger is not None and token.head.dep_.startswith("nsubj") and token.head.head.i == trigger.i
            # "a signé le contrat ... avec la société franco-russe Starsem": the partner firm's two states
            partner = trigger is not None and _lemma(token.head) in self.lex.company_nouns and token.head.head.i == trigger.i \
                and any(c.lower_ in self.lex.partner_prepositions for c in token.head.children)
            if in_phrase or signer or partner or _lemma(token.head) in self.lex.cooperation_nouns:
                states |= pair
        return states

    def _called_bilateral(self, mention: Span) -> str:
        """ "un accord bilatéral de coopération", "a bilateral agreement": between the document's pair."""
        lowers = self.words(mention.doc).lowers
        around = lowers[max(0, mention.start - 1) : min(len(lowers), mention.end + 1)]
        return "country" if any(w in self.lex.pair_adjectives for w in around) else ""

    def group_reference(self, sentence: Span) -> str:
        """ "les deux agences", "both sides": the parties are the document's pair ("agency"/"country")."""
        words = self.words(sentence.doc)
        for k in range(sentence.start, sentence.end - 1):
            if words.lowers[k] in self.lex.pair_words or (
                    words.lowers[k] in self.lex.articles and words.lowers[k + 1] in self.lex.definite_pair_nouns):
                # "les deux chefs d'État", "both heads of state": a longer group noun first
                following = " ".join(words.lowers[k + 1 : min(k + 4, len(words.lowers))])
                kind = next((v for phrase, v in self.lex.group_noun_phrases.items()
                             if following == phrase or following.startswith(phrase + " ")), None)
                kind = kind or self.lex.group_nouns.get(words.texts[k + 1]) or self.lex.group_nouns.get(words.lowers[k + 1])
                if kind:
                    return kind
        return ""

    def signatories_of(self, trigger: Trigger, ents: list[Span], parsed: bool) -> set[str]:
        token = trigger.token
        names: set[str] = set()
        for ent in ents:
            if ent.label_ != "PER" or not _norm(ent):
                continue
            if self._in_circumstance(ent, trigger):
                continue
            if (parsed and self._signs(ent, token)) or self._signs_by_position(ent, trigger, parsed):
                names.add(_norm(ent))
        return names

    def _in_circumstance(self, person: Span, trigger: Trigger) -> bool:
        """ "en présence de", "lors de la visite de", "attended by": a person there did not sign."""
        doc = trigger.token.doc
        token = trigger.token
        if person.start > token.i:
            between = doc[token.i + 1 : person.start]
            markers = [t for t in between if t.lower_ in self.lex.agent_markers]
            window = doc[markers[0].i + 1 : person.start] if markers else between
        else:
            window = doc[max(trigger.sentence.start, person.start - 6) : token.i]
        return any(t.lower_ in self.lex.non_signer_cues for t in window)

    def _signs_by_position(self, person: Span, trigger: Trigger, parsed: bool) -> bool:
        """The surface reading, for long appositions the parser gets wrong: a name after the agent
        marker ("signé ... par le président du CNES, Jean-Yves Le Gall, et ...") or before the
        verb in its clause — unless a circumstance introduces it ("en présence de", "lors de la
        visite de", "attended by")."""
        token = trigger.token
        doc = token.doc
        if person.start > token.i:
            between = doc[token.i + 1 : person.start]
            markers = [t for t in between if t.lower_ in self.lex.agent_markers]
            if not markers:
                return False
            after = doc[markers[0].i + 1 : person.start]
            return not any(parsed and t.pos_ == "VERB" for t in after)
        if person.end < len(doc) and doc[person.end].lower_ in ("'s", "’s"):
            return False  # "Nelson's predecessor Jim Bridenstine signed": Nelson qualifies the signer
        between = doc[person.end : token.i]
        if parsed:
            return not any(t.pos_ == "VERB" for t in between) and token.pos_ == "VERB"
        commas = [t.i for t in between if t.text == ","]
        if len(commas) >= 2 and commas[0] == person.end:
            between = doc[commas[-1] + 1 : token.i]  # "Peter Crabtree, head of the agency, signed"
        return len(between) <= 6 and not any(t.is_punct for t in between)

    def _signs(self, person: Span, trigger: Token) -> bool:
        """A signatory is the subject or the agent of the signing ("par le directeur général de
        Roskosmos Igor Komarov", "Bolden and Radhakrishnan signed"), possibly through a title,
        an apposition or a coordination — not a person of a circumstance ("lors de la visite de
        Vladimir Poutine") or of another verb."""
        current = person.root
        for _ in range(8):
            head = current.head
            if head.i == current.i:
                return False
            if head.i == trigger.i:
                dep = current.dep_
                return dep in SIGNER_DEPS or (dep.startswith("obl") and any(
                    c.dep_ == "case" and c.lower_ in self.lex.agent_markers for c in current.children))
            if current.dep_ not in PERSON_PATH_DEPS or head.pos_ in ("VERB", "AUX"):
                return False
            current = head
        return False

    def location_of(self, sentence: Span, ents: list[Span]) -> str:
        doc = sentence.doc
        for ent in ents:
            if ent.label_ != "LOC" or ent.text in self.lex.celestial_bodies or ent.text in self.lex.not_places:
                continue
            before = doc[ent.start - 1] if ent.start > sentence.start else None
            if before is None:
                continue
            if before.lower_ in self.lex.place_prepositions:
                return ent.text
            if before.lower_ in self.lex.destination_prepositions and ent.start - 2 >= sentence.start and \
                    _lemma(doc[ent.start - 2]) in self.lex.visit_nouns:
                return ent.text  # "signed during a visit to Kiev"
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
        if index + 1 >= len(sentences) or _paragraph_break_between(sentences[index], sentences[index + 1]):
            return
        ents = ents_by_sentence.get(index + 1, [])
        if any(e.label_ == "AGREEMENT" for e in ents):
            return
        candidate.follower_projects = {_norm(e) for e in ents if e.label_ == "MISSION"}
        candidate.follower_agencies = {_norm(e) for e in ents if e.label_ == "AGENCY"}


def _gap(token_i: int, span: Span) -> int:
    return max(span.start - token_i, token_i - (span.end - 1), 0)


def _between(mentions: list[Span], token_i: int, mention: Span) -> bool:
    """Does another agreement mention stand between a trigger and this mention?"""
    low, high = sorted((token_i, mention.start))
    return any(low < m.start < high for m in mentions)


def _nearest(date: Span, token: Token, dates: list[Span]) -> bool:
    """Without a parse: is `date` the closest date to `token`?"""
    return min(dates, key=lambda d: min(abs(d.start - token.i), abs(d.end - 1 - token.i))) is date


def _mentioned_since(mention: Span, first: int, n: int, ents_by_sentence: dict[int, list[Span]]) -> bool:
    """Was an agreement of this type mentioned in the sentences first..n-1? A signature planned in the
    present tense then goes on narrating that agreement's past ("Tass évoque ainsi la signature
    prochaine"); the plan of a new agreement ("un accord ... doit être signé en septembre") is news."""
    return any(e.label_ == "AGREEMENT" and _norm(e) == _norm(mention)
               for k in range(first, n) for e in ents_by_sentence.get(k, []))


def _paragraph_break_between(previous: Span, following: Span) -> bool:
    """A line break from the last token of one sentence to the first of the next: only whitespace
    tokens hold one, and spaCy often ends a sentence with such a token."""
    last, first = previous[-1], following[0]
    return "\n" in doc_text(previous.doc)[last.idx : first.idx + len(first)]


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


def _region(offset: int, regions: list[tuple[int, int]]) -> int:
    for n, (start, end) in enumerate(regions):
        if start <= offset <= end:
            return n
    return -1


# -- document level ---------------------------------------------------------
def resolve_events(
    candidates: Iterable[Candidate],
    *,
    doc_id: str,
    doc_date: str | None,
    party_counts: Mapping[str, int] | None = None,
    agency_counts: Mapping[str, int] | None = None,
    news_date: str = "",
    international_mentions: int = 0,
) -> list[Event]:
    """Apply the §4 uniqueness rules to one document's candidates.

    `party_counts` (mentions per state, agencies counted as their state) and
    `agency_counts` say who the document is about; they complete agreements
    whose sentence names one party or says "les deux agences". `news_date` is
    the lead's day: a signing reported as news with no date of its own happened
    then (a plan or an intent reported as news is dated by the document).
    `international_mentions` counts the mentions of international organisations that can be a side (EUMETSAT).
    """
    pending = [replace(c, countries=set(c.countries), agencies=set(c.agencies)) for c in candidates]
    # references back inherit their antecedent's agreement, and its date for the same action
    by_mention = {c.mention_start: c for c in pending}
    for c in pending:
        antecedent = by_mention.get(c.antecedent_start)
        if antecedent is None:
            continue
        if c.agreement_type == "accords" and antecedent.countries and not (c.action == "planned" and c.countries) and (
                not c.date or (c.date == antecedent.date and c.action == antecedent.action
                               and antecedent.countries <= c.countries)):
            # "The accords were signed in Washington by India's ambassador": the signing just
            # reported, by its signers only (a state joining names others in passing: "Bahreïn a adhéré le
            # 2 mars aux accords promus par Washington, M. Al Aseeri signant le texte"; another state that
            # signs the same day signs for itself; "Chile is due to sign the accords" after them plans its own)
            c.countries, c.agencies = set(antecedent.countries), set(antecedent.agencies)
        elif c.group and len(antecedent.countries) >= 2 and c.agreement_type != "accords":
            # "le texte engage les deux organismes à se concerter sur les travaux menés à l'ESA": the pair
            # of the agreement referred to, not the bodies its terms name
            c.countries, c.agencies = set(antecedent.countries), set(antecedent.agencies)
        elif c.agreement_type != "accords" or not c.countries:
            c.countries |= antecedent.countries
            c.agencies |= antecedent.agencies
        if not c.date and antecedent.action == c.action:
            c.date = antecedent.date or _news_date(antecedent, doc_date, news_date)
    _complete_parties(pending, party_counts or {}, agency_counts or {}, international_mentions)
    for c in pending:
        if c.agreement_type == "accords":
            # states join multilateral accords, organisations do not ("Greece, the island's closest partner in
            # the European Union, joined the accords")
            c.countries -= ORGANISATION_SIDES
    pending = [c for c in pending if c.countries]
    for c in pending:  # "Paris et Moscou signent" in 1966: the USSR
        if c.date:
            c.countries = {resources.state_at(country, c.date) for country in c.countries}
    # one agreement = same type and same countries; a mention naming only part of the parties joins
    # the unique agreement of that type whose parties include them
    keys = {(c.agreement_type, frozenset(c.countries)) for c in pending}
    for c in pending:
        if c.agreement_type == "accords":
            continue  # each state joining a multilateral accord is an event of its own
        key = (c.agreement_type, frozenset(c.countries))
        if len(c.countries) >= 2 and c.date:
            # "la JAXA et le DLR ont signé en octobre 2012 le mémorandum": both sides and a date of its
            # own, an agreement of its own, not part of the trilateral one of 2024
            continue
        if c.stateless_side and c.sides >= 2:
            # "l'accord conclu en mai par Azercosmos et Airbus Defence and Space": both sides named, one of
            # them a company of no state, not part of Azerbaijan's agreement with Malaysia
            continue
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
            c.date = dated[0].date if dated and c.tense == NEWS else _news_date(c, doc_date, news_date)
        for c in members:
            # "said on Thursday they had signed", with no day of its own: the report's day, unless another
            # reading of the agreement dates that action ("... signed on Tuesday in Riyadh")
            if not c.date and c.report_date and not any(m.date and m.action == c.action for m in members):
                c.date = c.report_date
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
                    agencies=() if agreement_type in BETWEEN_STATES else tuple(sorted(c.agencies)),
                    projects=tuple(sorted(projects)),  # what the agreement is about, for all its events
                    signatories=tuple(sorted(c.signatories)),
                    location=c.location,
                    period=c.period,
                    evidence=c.evidence,
                    evidence_start=c.evidence_start,
                    evidence_end=c.evidence_end,
                )
            )
    return sorted(events, key=lambda e: (e.evidence_start, e.action, e.agreement_type, e.date))


def _complete_parties(pending: list[Candidate], party_counts: Mapping[str, int], agency_counts: Mapping[str, int],
                      international_mentions: int = 0) -> None:
    """An agreement has two sides: when its sentence names one, or says "les deux agences", the
    other comes from the document — the partner it is most often paired with, else the state the
    document names most, unless an international organisation is named more often still (EUMETSAT's
    agreements with Chinese bodies, in a dispatch from "DARMSTADT (Allemagne)"). Multilateral
    accords are left alone: one state joining is the norm."""
    ranked = [c for c, n in sorted(party_counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    paired: dict[str, Counter[str]] = {}
    for c in pending:
        if c.agreement_type != "accords" and len(c.countries) >= 2:
            for a in c.countries:
                paired.setdefault(a, Counter()).update(b for b in c.countries if b != a)

    def partner(country: str) -> str | None:
        most_named = next((c for c in ranked if c != country), None)
        if country in paired:
            best = sorted(paired[country].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            # the partner it is paired with, unless the document names another more than twice as often
            # ("la CNSA et Roscosmos ont signé un programme", told in the background of an article about
            # Luxembourg's signing with the CNSA)
            if most_named is None or party_counts.get(most_named, 0) <= 2 * party_counts.get(best, 0):
                return best
        if most_named is not None and international_mentions > party_counts.get(most_named, 0):
            return None
        return most_named

    for c in pending:
        if c.agreement_type == "accords" or len(c.countries) >= 2 or c.sides >= 2:
            continue
        before = set(c.countries)
        if c.countries:
            known = next(iter(c.countries))
            # "lors de la visite à Hanoï de son homologue François Fillon": signed in the capital of
            # another state, with that state (an organisation, the ESA or the EU, is at home in its seat's
            # capital: "à Paris, au siège de l'ESA")
            other = partner(known)
            host = resources.capital_states().get(c.location)
            seated = resources.agency_seats().get(c.location)
            if seated and seated != known and (agency_counts.get(seated) or party_counts.get(seated)):
                # "Estonia signed its accession agreement on 4 February in Paris", in an article about the
                # ESA: the agency of no one state whose seat it is
                other = seated
                if seated in resources.agencies():
                    c.agencies.add(seated)
            elif host and host != known and (not {known, other} & ORGANISATION_SIDES
                                             or (known in ORGANISATION_SIDES and seated is None)):
                # (an organisation's agreement signed in a capital that is no organisation's seat: "a
                # cooperation agreement with the ESA signed in Athens")
                other = host
            if other:
                c.countries.add(other)
        elif (c.group or (c.agreement_type == "intergovernmental_agreement" and _dominant_pair(party_counts))) \
                and len(ranked) >= 2:
            # "Un accord intergouvernemental a été signé à Minsk en 2011", no party named, in an
            # article about Belarus and Russia: the pair the document is about
            c.countries |= set(ranked[:2])
        if c.group == "agency" or c.agencies:  # an agreement between agencies: the partner's agency too
            for country in c.countries - before:
                agencies = [a for a, n in sorted(agency_counts.items(), key=lambda kv: (-kv[1], kv[0]))
                            if resources.agency_country(a) == country]
                if agencies:
                    c.agencies.add(agencies[0])


def _dateline(item: Span) -> bool:
    """ "WASHINGTON, June 22 —", "BELGRADE, 9 mai (AFP) -", "HIROSHIMA, Japan —", "FARNBOROUGH, England, July 22 —":
    what follows the dispatch's place, its day (not the day of the news) or its state (no party)."""
    doc = item.doc
    after = item.end
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        after += 3  # the agency's credit
    if item.start < 2 or doc[item.start - 1].text != "," or after >= len(doc) or doc[after].text not in DASHES:
        return False
    place = doc[item.start - 2]
    if not place.is_upper and item.start >= 4 and doc[item.start - 3].text == "," and place.text[:1].isupper():
        place = doc[item.start - 4]  # "FARNBOROUGH, England, July 22 —": the place, its state, the day
    return place.is_upper and len(place.text) > 1


def _dominant_pair(party_counts: Mapping[str, int]) -> bool:
    """Two states named at least twice each, clearly more often than any third one."""
    counts = sorted(party_counts.values(), reverse=True)
    return len(counts) >= 2 and counts[1] >= 2 and (len(counts) == 2 or counts[1] >= 2 * counts[2])


def _news_date(c: Candidate, doc_date: str | None, news_date: str = "") -> str:
    """An action reported as current news without a date of its own happened at the document date
    — a signing, on the day the lead gives, when it gives one."""
    if c.tense != NEWS or c.action not in DATED_ACTIONS_DEFAULTING_TO_DOC_DATE:
        return ""
    if news_date and c.action not in ("planned", "announced"):
        return news_date
    return doc_date or ""


def _merge_into(target: Candidate, other: Candidate) -> None:
    target.agencies |= other.agencies
    target.projects |= other.projects
    target.signatories |= other.signatories
    target.location = target.location or other.location
    target.period = target.period or other.period


def canonical_people(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the fullest form in the document ("Komarov" → "Igor Komarov"; "Lula" →
    "Luiz Inácio Lula da Silva" when it is one word of exactly one fuller name)."""
    unique = sorted(set(names), key=lambda n: (-len(n.split()), n))
    # words compared without case or accents: "Kairé" is the "Maram Kaïré" of another paragraph
    folded = {name: _fold(name).split() for name in unique}
    mapping: dict[str, str] = {}
    for name in unique:
        parts = folded[name]
        fuller = [f for f in unique if len(folded[f]) > len(parts) and folded[f][-len(parts):] == parts]
        if not fuller and len(parts) == 1:
            fuller = [f for f in unique if len(folded[f]) > 1 and parts[0] in folded[f]]
            fuller = fuller if len(fuller) == 1 else []
        if not fuller:  # the same name written with other accents: the first form stands for both
            fuller = [f for f in unique if f < name and folded[f] == parts][:1]
        mapping[name] = fuller[0] if fuller else name
    return mapping


def _fold(text: str) -> str:
    return strip_accents(text).lower()


def rename_people(events: Sequence[Event], mapping: dict[str, str]) -> list[Event]:
    return [replace(e, signatories=tuple(sorted({mapping.get(s, s) for s in e.signatories}))) for e in events]
