"""Rule-based persons: the English fallback's only source of PER, and a backstop
for the French model where it mislabels a name that the context marks as a person.

Good enough for signatories: a run of capitalised words next to a title
("NASA Administrator Bill Nelson", "Bill Nelson, the NASA Administrator", "le
président de l'ISRO, Sreedhara Somanath") or after "signed by".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import resources
from . import attributes  # noqa: F401
from .guard import guarded

MAX_NAME_TOKENS = 4
# a title this many tokens before an apposed name still announces it ("le ministre de l'Innovation,
# des Sciences et de l'Industrie, Navdeep Bains")
APPOSITION_WINDOW = 14


class PersonFinder:
    def __init__(self, nlp: Language, name: str = "coop_persons", *, lang: str) -> None:
        self.name = name
        data = resources.load_json(f"{lang}/persons.json")
        self.titles = {w.lower() for w in data["titles"]}
        self.cues = {w.lower() for w in data["cues"]}
        self.not_names = {w.lower() for w in data["not_names"]}
        self.particles = {w.lower() for w in data["name_particles"]}
        self.after_verbs = {w.lower() for w in data.get("after_verbs", [])}
        self._countries: set[int] = set()
        self._ruled: set[int] = set()

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        # agencies, countries, missions found by the rules are not parts of names. Read before any
        # span is made: spaCy keys span attributes by offsets, a new span would share them.
        ruled = [e for e in doc.ents if e._.rule_id and e.label_ != "PER"]
        model = [e for e in doc.ents if not (e._.rule_id and e.label_ != "PER")]
        self._ruled = {t.i for e in ruled for t in e}
        self._countries = {t.i for e in ruled if e.label_ == "COUNTRY" for t in e}
        spans = []
        i = 0
        while i < len(doc):
            end = self._name_end(doc, i)
            if end - i >= 2 and (self._has_cue(doc, i, end) or self._coordinated(doc, i, spans)):
                spans.append(self._person(doc, i, end))
                i = end
            else:
                i += 1
        spans += self._surnames(doc, spans)
        # a name the context marks as a person beats the model's other labels on it
        # ("le président de l'ISRO, Sreedhara Somanath" tagged MISC); a model PER keeps its extent
        taken = {t.i for s in spans for t in s}
        others = ruled + [e for e in model if e.label_ == "PER" or not any(t.i in taken for t in e)]
        doc.ents = sorted(filter_spans(others + spans), key=lambda s: s.start)
        return doc

    @staticmethod
    def _person(doc: Doc, start: int, end: int) -> Span:
        span = Span(doc, start, end, label="PER")
        span._.norm = span.text
        span._.rule_id = f"{doc.lang_}/persons"
        return span

    @staticmethod
    def _coordinated(doc: Doc, start: int, found: list[Span]) -> bool:
        """ "Charles Bolden and K. Radhakrishnan": a name coordinated with a person is a person."""
        return bool(found) and start >= 1 and doc[start - 1].lower_ in ("and", ",") and found[-1].end == start - 1

    def _surnames(self, doc: Doc, found: list[Span]) -> list[Span]:
        """A surname alone ("Sandhu said ...") after the full name was seen."""
        surnames = {s[-1].text for s in found if len(s) >= 2}
        taken = {t.i for s in found for t in s} | {t.i for e in doc.ents for t in e}
        return [self._person(doc, t.i, t.i + 1) for t in doc
                if t.text in surnames and t.i not in taken and not (t.i and doc[t.i - 1].text[:1].isupper())]

    def _is_name_token(self, token) -> bool:
        if token.i in self._ruled:
            return False
        text = token.text
        initial = len(text) == 2 and text[1] == "." and text[0].isupper()
        return (
            text[:1].isupper()
            and (not text.isupper() or initial)
            and (token.is_alpha or "-" in text or initial)
            and token.lower_ not in self.not_names
            and token.lower_ not in self.titles
        )

    def _name_end(self, doc: Doc, start: int) -> int:
        if not self._is_name_token(doc[start]):
            return start
        end = start + 1
        while end < len(doc) and end - start < MAX_NAME_TOKENS:
            token = doc[end]
            if self._is_name_token(token):
                end += 1
            elif token.lower_ in self.particles and end + 1 < len(doc) and self._is_name_token(doc[end + 1]):
                end += 2
            elif (token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_
                  and end + 1 < len(doc) and doc[end + 1].is_alpha):
                end += 2  # "Yoon Young-bin", "Lim Hye-sook": the tokenizer splits the hyphen
            else:
                break
        return end

    def _has_cue(self, doc: Doc, start: int, end: int) -> bool:
        before = [t.lower_ for t in doc[max(0, start - 3) : start]]
        after = [t.lower_ for t in doc[end : end + 4]]
        if any(w in self.titles or w in self.cues for w in before):
            return True
        if after and after[0] in self.after_verbs:
            return True  # "Rakesh Sharma flew", "Pantami said"
        if start >= 2 and doc[start - 1].lower_ in ("'s", "’s") and doc[start - 2].i in self._countries:
            return True  # "Hungary's Tibor Kapu"
        if start >= 1 and doc[start - 1].text == ",":
            # an apposition after a title phrase: "India's ambassador to the United States, Taranjit Singh Sandhu"
            phrase = [t.lower_ for t in doc[max(doc[start].sent.start, start - APPOSITION_WINDOW) : start - 1]]
            if any(w in self.titles for w in phrase):
                return True
        return bool(after) and after[0] in {",", "("} and any(w in self.titles for w in after[1:])


@Language.factory("coop_persons", assigns=["doc.ents", "span._.norm"], default_config={"lang": "en"})
def make_person_finder(nlp: Language, name: str, lang: str) -> PersonFinder:
    return PersonFinder(nlp, name, lang=lang)
