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
from ..text import strip_accents
from .attributes import span_values
from .guard import guarded
from .words import QUOTE_CLOSE, DocWords

MAX_NAME_TOKENS = 4
COORDINATORS = frozenset({"and", "et", "&"})
# a title this many tokens before an apposed name still announces it ("le ministre de l'Innovation,
# des Sciences et de l'Industrie, Navdeep Bains")
APPOSITION_WINDOW = 14
# "Kathryn Sullivan, then NOAA's acting administrator": a title within this many tokens after the name
APPOSITION_AFTER = 6
QUOTE_ENDS = frozenset(QUOTE_CLOSE + '"')  # what closes a quotation, the straight quote included


class PersonFinder:
    def __init__(self, nlp: Language, name: str = "coop_persons", *, lang: str) -> None:
        self.name = name
        data = resources.load_json(f"{lang}/persons.json")
        self.titles = {w.lower() for w in data["titles"]}
        self.cues = {w.lower() for w in data["cues"]}
        self.not_names = {w.lower() for w in data["not_names"]}
        self.particles = {w.lower() for w in data["name_particles"]}
        self.after_verbs = {w.lower() for w in data.get("after_verbs", [])}
        # "built by the Korea Astronomy and Space Science Institute": a name takes no article
        self.determiners = {w.lower() for w in data.get("determiners", [])}
        # "Joel Marciano Jr.": a suffix closes a name (never starts one)
        self.suffixes = set(data.get("name_suffixes", []))
        self.honorifics = set(data.get("honorifics", []))
        self.apposition_breakers = set(data.get("apposition_breakers", []))
        # the full names of known leaders are persons with no title around them ("during Margaret Thatcher's
        # visit"): the English fallback has no statistical model to find them
        self.leaders = {strip_accents(name).lower() for names in resources.load_json("leaders.json")["states"].values()
                        for name in names if " " in name}

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        # agencies, countries, missions found by the rules are not parts of names. Read before any
        # span is made: spaCy keys span attributes by offsets, a new span would share them.
        ents = doc.ents  # each read of Doc.ents walks the whole Doc
        rule_of = span_values(doc, "rule_id")
        ruled = [e for e in ents if e.label_ != "PER" and rule_of(e.start_char, e.end_char)]
        model = [e for e in ents if not (e.label_ != "PER" and rule_of(e.start_char, e.end_char))]
        ruled_tokens = {i for e in ruled for i in range(e.start, e.end)}
        countries = {i for e in ruled if e.label_ == "COUNTRY" for i in range(e.start, e.end)}
        # the tokens' attributes read once into lists: the loops below look at each token several times
        words = DocWords.of(doc)
        texts, lowers = words.texts, words.lowers
        # a name starts with a capital: the other tests only for the few tokens that do
        name_like = [False] * len(texts)
        for i, text in enumerate(texts):
            if text[:1].isupper() and i not in ruled_tokens:
                name_like[i] = self._name_like(text, lowers[i], text.isalpha())
        spans = []
        addressed = []  # "M. Wrochna": one name after a civility word
        i = 0
        while i < len(doc):
            end = self._name_end(words, name_like, i)
            if end - i == 1 and i and lowers[i - 1] in self.honorifics and (i == 1 or words.spaced[i - 2]):
                addressed.append(i)
                i = end
            elif end - i >= 2 and not (i and words.lowers[i - 1] in self.determiners) and (
                    self._has_cue(doc, words, countries, i, end) or self._coordinated(words, i, spans)
                    or self._leader(words, i, end)):
                spans.append(self._person(doc, i, end))
                i = end
            else:
                i += 1
        spans += self._surnames(doc, words, spans, ents)
        # "M. Wrochna les avait signés", after "Grzegorz Wrochna": the surname of a person named in full
        # (by the model too), never a lone capitalised word ("Ionosfera-M. Conçus par ...")
        named = {texts[p.end - 1] for p in (*spans, *model) if p.label_ == "PER" and len(p) >= 2}
        taken = {i for p in (*spans, *ents) for i in range(p.start, p.end)}
        spans += [self._person(doc, i, i + 1) for i in addressed if texts[i] in named and i not in taken]
        # a name the context marks as a person beats the model's other labels on it
        # ("le président de l'ISRO, Sreedhara Somanath" tagged MISC); a model PER keeps its extent
        taken = {i for s in spans for i in range(s.start, s.end)}
        others = ruled + [e for e in model if e.label_ == "PER" or taken.isdisjoint(range(e.start, e.end))]
        doc.ents = sorted(filter_spans(others + spans), key=lambda s: s.start)
        return doc

    def _leader(self, words: DocWords, start: int, end: int) -> bool:
        name = "".join(words.texts[k] + (" " if words.spaced[k] else "") for k in range(start, end)).strip()
        return strip_accents(name).lower() in self.leaders

    @staticmethod
    def _person(doc: Doc, start: int, end: int) -> Span:
        span = Span(doc, start, end, label="PER")
        span._.norm = span.text
        span._.rule_id = f"{doc.lang_}/persons"
        return span

    @staticmethod
    def _coordinated(words: DocWords, start: int, found: list[Span]) -> bool:
        """ "Charles Bolden and K. Radhakrishnan": a name coordinated with a person is a person."""
        return bool(found) and start >= 1 and words.lowers[start - 1] in ("and", ",") and found[-1].end == start - 1

    def _surnames(self, doc: Doc, words: DocWords, found: list[Span], ents: tuple[Span, ...]) -> list[Span]:
        """A surname alone ("Sandhu said ...") after the full name was seen."""
        # (not the tail of a hyphenated name: "Jae-in" ends with "in", no surname)
        surnames = {words.texts[s.end - 1] for s in found
                    if len(s) >= 2 and words.texts[s.end - 1][:1].isupper() and words.texts[s.end - 2] != "-"}
        if not surnames:
            return []
        taken = {i for s in (*found, *ents) for i in range(s.start, s.end)}
        texts = words.texts
        return [self._person(doc, i, i + 1) for i, text in enumerate(texts)
                if text in surnames and i not in taken and not (i and texts[i - 1][:1].isupper())]

    def _name_like(self, text: str, lower: str, alpha: bool) -> bool:
        initial = len(text) == 2 and text[1] == "." and text[0].isupper()
        return (
            text[:1].isupper()
            and (not text.isupper() or initial)
            and (alpha or "-" in text or initial)
            and lower not in self.not_names
            and lower not in self.titles
        )

    def _name_end(self, words: DocWords, name_like: list[bool], start: int) -> int:
        if not name_like[start]:
            return start
        size = len(name_like)
        end = start + 1
        while end < size and end - start < MAX_NAME_TOKENS:
            if name_like[end]:
                end += 1
            elif words.lowers[end] in self.particles and end + 1 < size and name_like[end + 1]:
                end += 2
            elif (words.lowers[end] in self.particles and end + 2 < size and words.texts[end + 1] == "-"
                  and not words.spaced[end] and not words.spaced[end + 1] and name_like[end + 2]):
                end += 3  # "Abdel Fattah el-Sisi", "al-Sissi": a particle hyphened to the name
            elif (words.texts[end] == "-" and not words.spaced[end - 1] and not words.spaced[end]
                  and end + 1 < size and words.alpha[end + 1]):
                end += 2  # "Yoon Young-bin", "Lim Hye-sook": the tokenizer splits the hyphen
            else:
                break
        if end - start >= 2 and end < size and words.texts[end] in self.suffixes:
            end += 1
        return end

    def _has_cue(self, doc: Doc, words: DocWords, countries: set[int], start: int, end: int) -> bool:
        lowers = words.lowers
        before = lowers[max(0, start - 3) : start]
        after = lowers[end : end + APPOSITION_AFTER]
        if any(w in self.titles or w in self.cues for w in before):
            return True
        if after and after[0] in self.after_verbs:
            return True  # "Rakesh Sharma flew", "Pantami said"
        if before and before[-1] in self.after_verbs and start >= 2 and words.texts[start - 2] in QUOTE_ENDS:
            return True  # '... them," said Peter Beck': the speaker after the quotation
        if start >= 2 and lowers[start - 1] in ("'s", "’s") and start - 2 in countries:
            return True  # "Hungary's Tibor Kapu"
        if start >= 1 and words.texts[start - 1] == "," and not self._title_continues(words, end):
            # an apposition after a title phrase: "India's ambassador to the United States, Taranjit Singh Sandhu"
            phrase = lowers[max(doc[start].sent.start, start - APPOSITION_WINDOW) : start - 1]
            if any(w in self.titles for w in phrase):
                return True
        if not after or after[0] not in {",", "("}:
            return False
        for word in after[1:]:  # "Kathryn Sullivan, then NOAA's acting administrator"
            if word in self.titles:
                return True
            if word in self.apposition_breakers:
                return False
        return False


    def _title_continues(self, words: DocWords, end: int) -> bool:
        """ "Minister of Telecommunications, Information Technologies and Social Communication, Mário
        Oliveira": a capitalised run followed by "and", another run and a comma is a list of
        portfolios inside the title; the name comes after it."""
        if end >= len(words.texts) or words.lowers[end] not in COORDINATORS:
            return False
        texts = words.texts
        after = end + 1
        while after < len(texts) and texts[after][:1].isupper():
            after += 1
        return after > end + 1 and after + 1 < len(texts) and texts[after] == "," and texts[after + 1][:1].isupper()


@Language.factory("coop_persons", assigns=["doc.ents", "span._.norm"], default_config={"lang": "en"})
def make_person_finder(nlp: Language, name: str, lang: str) -> PersonFinder:
    return PersonFinder(nlp, name, lang=lang)
