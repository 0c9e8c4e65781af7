"""Language identification: langdetect, made deterministic, with its probability.

`detect_language` runs langdetect 1.0.9's algorithm with its profiles, but each
trial's probability updates are summed as logarithms a chunk of random draws at
a time in numpy, instead of a Python loop of one multiplication per draw, and
character normalisation and the n-grams of each word are memoised. The draws
are the same and stop at the same point, so the answers are langdetect's, the
probabilities equal but for rounding in the last bits (a test compares them
with langdetect itself), at about 3 times the speed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from threading import Lock

import numpy
from langdetect.detector import Detector
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from .errors import Messages
from .records import STATUS_OK, STATUS_SKIPPED_LANGUAGE, Document

SUPPORTED_LANGUAGES = ("fr", "en")
# langdetect's cost grows with the text; a press article's first paragraphs are enough
SAMPLE_CHARS = 500
SEED = 0
_lock = Lock()
_SPACES = re.compile(" {2,}")
WORD_CACHE_SIZE = 20_000
# draws summed per numpy call at first (doubling after): most trials converge within a few dozen
CHUNK_DRAWS = 128


class FastDetector(Detector):
    """langdetect's Detector with its hot loops vectorised or memoised; the original's results."""

    # normalised characters that differ from the original one (str.translate table)
    _translation: dict[int, str] = {}
    _seen: set[str] = set()
    # rows of the n-gram probabilities met so far, by code; at most the profiles' n-grams
    _code: dict[str, int] = {}
    _matrix = numpy.empty((0, 0))  # grown on first use, when the number of languages is known
    # codes of the n-grams a word emits, followed by a space or not (bounded: cleared when full)
    _word_codes: dict[str, list[int]] = {}

    def append(self, text: str) -> None:
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        # the original copies character by character, dropping a space after a space
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def _normalise(self, text: str) -> str:
        new = set(text) - self._seen
        for ch in new:
            normal = NGram.normalize(ch)
            if normal != ch:
                self._translation[ord(ch)] = normal
        self._seen.update(new)
        return text.translate(self._translation)

    def _extract_codes(self) -> list[int]:
        """The codes of the n-grams langdetect would extract, in its order."""
        # After a space the original's n-gram buffer starts afresh, so what a word
        # emits (with the space that ends it) depends on the word alone.
        words = self._normalise(self.text).split(" ")
        cache = self._word_codes
        if len(cache) > WORD_CACHE_SIZE:
            cache.clear()
        result: list[int] = []
        last = len(words) - 1
        for n, word in enumerate(words):
            key = word if n == last else word + " "
            emitted = cache.get(key)
            if emitted is None:
                emitted = cache[key] = [self._code_of(gram) for gram in self._scan(key)]
            result.extend(emitted)
        return result

    def _code_of(self, gram: str) -> int:
        code = self._code.get(gram)
        if code is None:
            cls = FastDetector
            code = cls._code[gram] = len(cls._code)
            if code >= len(cls._matrix):
                grown = numpy.empty((max(1024, 2 * len(cls._matrix)), len(self.langlist)))
                if len(cls._matrix):
                    grown[: len(cls._matrix)] = cls._matrix
                cls._matrix = grown
            cls._matrix[code] = self.word_lang_prob_map[gram]
        return code

    def _scan(self, text: str) -> list[str]:
        """langdetect's n-gram loop over already normalised text, from a fresh buffer."""
        known = self.word_lang_prob_map
        result: list[str] = []
        grams, capital = " ", False
        for ch in text:
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
                if ch == " ":
                    continue
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            for n in range(1, len(grams) + 1):
                w = grams[-n:]
                if w != " " and w in known:
                    result.append(w)
        return result

    def _detect_block(self) -> None:
        """langdetect's trials, a chunk of draws at a time, in log space.

        The original multiplies the language probabilities by one n-gram's
        factors per draw, normalises every fifth draw and stops once one
        language passes CONV_THRESHOLD. Here a chunk of draws is summed as
        logarithms in one numpy call and the stopping point is found among the
        chunk's checkpoints; the random draws are the same ones, and exactly as
        many are consumed, so each trial sees the same n-grams as langdetect's.
        """
        self.cleaning_text()
        codes = self._extract_codes()
        if not codes:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        n_langs = len(self.langlist)
        codes = numpy.array(codes, dtype=numpy.intp)
        matrix = self._matrix
        langprob = numpy.zeros(n_langs)
        # random.choice(ngrams) is ngrams[_randbelow(len)]: getrandbits(bits) with rejection, and
        # getrandbits(bits <= 32) is one 32-bit output of the generator shifted right; getrandbits(32 * k)
        # gives k such outputs, least significant first. So a chunk of draws is one call.
        rng = self.random
        size = len(codes)
        shift = 32 - size.bit_length()

        def draw(count: int) -> tuple[numpy.ndarray, numpy.ndarray]:
            """(accepted draws, index of the generator output each one used), from `count` outputs."""
            words = numpy.frombuffer(rng.getrandbits(32 * count).to_bytes(4 * count, "little"), dtype="<u4")
            picks = words >> shift
            used = numpy.flatnonzero(picks < size)
            return picks[used], used

        rng.seed(self.seed)
        for _ in range(self.n_trial):
            if self.prior_map is not None:
                with numpy.errstate(divide="ignore"):
                    log_prob = numpy.log(numpy.array(self.prior_map, dtype=numpy.float64))
            else:
                log_prob = numpy.full(n_langs, -numpy.log(n_langs))
            alpha = self.alpha + rng.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            done, chunk = 0, CHUNK_DRAWS
            while True:
                state = rng.getstate()
                picks, used = draw(min(chunk, self.ITERATION_LIMIT + 1 - done))
                chunk *= 2
                if not picks.size:
                    continue  # every output rejected: langdetect would have drawn past them too
                factors = matrix[codes[picks]]
                factors += weight
                cumulative = log_prob + numpy.cumsum(numpy.log(factors), axis=0)
                # checkpoints: every fifth draw (0, 5, 10, ...), where the original normalises and tests
                checks = numpy.arange((-done) % 5, len(picks), 5)
                at = cumulative[checks]
                at -= at.max(axis=1, keepdims=True)
                top = 1.0 / numpy.exp(at).sum(axis=1)
                passed = numpy.flatnonzero((top > self.CONV_THRESHOLD) | (done + checks >= self.ITERATION_LIMIT))
                if passed.size:
                    # consume exactly the generator outputs langdetect would have
                    rng.setstate(state)
                    rng.getrandbits(32 * (int(used[checks[passed[0]]]) + 1))
                    prob = numpy.exp(at[passed[0]])
                    prob /= prob.sum()
                    break
                log_prob = cumulative[-1]
                done += len(picks)
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()


def _factory():
    with _lock:
        from langdetect.detector_factory import init_factory

        init_factory()  # loads the profiles once per process
        from langdetect import detector_factory

        return detector_factory._factory


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ("", 0.0) when the text has nothing to go on."""
    sample = " ".join(text.split())[:SAMPLE_CHARS]
    if len(sample) < 3:
        return "", 0.0
    detector = FastDetector(_factory())
    detector.seed = SEED  # a fresh detector with a fixed seed: same answer whatever came before
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return best.lang.split("-")[0], round(float(best.prob), 4)


def assign_language(document: Document) -> Document:
    """Fill lang/lang_score; a language we do not handle is recorded as skipped."""
    if document.status != STATUS_OK:
        return document
    lang, score = detect_language(document.text)
    if not lang:
        return replace(document, status=STATUS_SKIPPED_LANGUAGE, message=_join(document.message, Messages.LANGUAGE_UNKNOWN))
    document = replace(document, lang=lang, lang_score=score)
    if lang not in SUPPORTED_LANGUAGES:
        message = Messages.LANGUAGE_SKIPPED.format(lang=lang, score=score)
        return replace(document, status=STATUS_SKIPPED_LANGUAGE, message=_join(document.message, message))
    return document


def _join(*messages: str) -> str:
    return "; ".join(m for m in messages if m)
