"""Speed and memory benchmark of coopextract (issue 6: a pipeline close to the model's limit).

Generates a deterministic synthetic corpus (N documents of about 2,000
characters: French, with some English and other languages, from templates and
the bundled corpus sentences) and measures, in one run:

ratio    throughput of (a) bare `nlp.pipe` of fr_core_news_md with the same model
         components as coopextract's French pipeline, over the texts the run
         gives that model, and (b) the full run (`Extractor` + `runner.run`)
         over every file of the corpus; both in this process, models loaded
         beforehand, same batch size, alternating chunk by chunk, repeated (best
         CPU time of each chunk: other processes' load does not count).
profile  where the full run spends its time outside the statistical model
         (language detection, rules, dates, events, ingest, tables), from a
         low-overhead sampling profile of one in-process run.
workers  speed-up of `coopextract run --workers 2` over `--workers 1` (CLI, wall time).
memory   peak resident memory of the whole `coopextract run` process tree for
         N and for 5×N documents.

Prints one line per figure with its target and writes every figure as JSON.

    python benchmarks/bench.py [--n 2000] [--seed 13] [--skip workers memory] [--json PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DEFAULT_JSON = ROOT / "benchmarks" / "out" / "results.json"
PARTS = ("ratio", "profile", "workers", "memory", "stream")

TARGET_RATIO = 0.85
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_GROWTH = 0.15
TARGET_RULE_SHARE = 0.10
MEMORY_FACTOR = 5

# ---------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------
AGENCIES_FR = [
    ("Roscosmos", "l'agence spatiale russe"), ("la CNSA", "l'Administration spatiale nationale chinoise"),
    ("l'ESA", "l'Agence spatiale européenne"), ("la NASA", "l'agence spatiale américaine"),
    ("le CNES", "le Centre national d'études spatiales"), ("l'ISRO", "l'Organisation indienne de recherche spatiale"),
    ("la JAXA", "l'agence spatiale japonaise"), ("le DLR", "le Centre allemand pour l'aéronautique et l'astronautique"),
    ("l'ASI", "l'Agence spatiale italienne"), ("l'AEB", "l'Agence spatiale brésilienne"),
]
COUNTRIES_FR = ["la Russie", "la Chine", "l'Inde", "le Japon", "la France", "l'Allemagne", "le Brésil", "l'Italie",
                "les États-Unis", "l'Égypte", "le Mexique", "l'Argentine"]
NATIONALITIES_FR = [("russe", "chinoise"), ("française", "indienne"), ("japonaise", "européenne"),
                    ("brésilienne", "argentine"), ("italienne", "américaine")]
CAPITALS_FR = ["Pékin", "Moscou", "Paris", "Tokyo", "New Delhi", "Rome", "Brasilia", "Berlin", "Le Caire"]
MISSIONS = ["ILRS", "Chang'e-7", "Luna-26", "ExoMars", "Gateway", "NISAR", "SVOM", "LUPEX", "Artemis", "Tianwen-2"]
AGREEMENTS_FR = [("un", "mémorandum d'entente"), ("un", "accord-cadre"), ("une", "lettre d'intention"),
                 ("un", "protocole de coopération"), ("un", "programme de coopération"),
                 ("une", "déclaration commune"), ("un", "accord de coopération"), ("un", "accord intergouvernemental")]
PEOPLE = [("M.", "Igor Komarov"), ("Mme", "Anne Lefèvre"), ("M.", "Wu Yanhua"), ("Dr", "Kiran Rao"),
          ("M.", "Josef Aschbacher"), ("Mme", "Hiroko Sato"), ("M.", "Dmitri Rogozine"), ("Mme", "Carla Bruni")]
ROLES_FR = ["directeur général de", "chef adjoint de", "présidente de", "administrateur de", "ministre chargé de l'espace auprès de"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
SEASONS_FR = ["au printemps", "à l'été", "à l'automne", "durant l'hiver"]
RELATIVE_FR = ["hier", "avant-hier", "l'an dernier", "l'année prochaine", "le mois dernier", "le mois prochain",
               "cette année", "aujourd'hui"]
FRENCH_TEMPLATES = [
    "Le {day} {month} {year}, {a1} et {a2} ont signé {agr} portant sur la mission {mission}.",
    "{A1}, représentée par son directeur, a annoncé la signature prochaine d'{agr_bare} avec {c2}.",
    "Selon un communiqué publié {weekday}, {c1} et {c2} se sont entendues sur {agr} pour la période {y1}-{y2}.",
    "Le document est entré en vigueur le {day} {month} {year}, a précisé {a2}.",
    "Les deux agences travaillent depuis plusieurs années à la préparation de la mission {mission}, "
    "dont le lancement est prévu en {year2}.",
    "Plus tôt, durant l'été {year}, {c1} avait ouvert son projet {mission} à la collaboration internationale.",
    "Les partenaires ont rappelé que la coopération spatiale entre {c1} et {c2} connaît un essor dynamique.",
    "Des ingénieurs des deux pays se réuniront à {capital} en {month} pour préparer les instruments scientifiques.",
    "Les agences spatiales {nat1} et {nat2} ont annoncé {relative} leur intention de coopérer sur {mission}.",
    "{agr_cap} a été signé à {capital} par {title} {person}, {role} {a1}, et son homologue de {a2}.",
    "{c1} et {c2} pourraient conclure {agr} d'ici {year2}, selon une source proche du dossier.",
    "{A1} signera {agr} avec {a2} le {weekday} {day} {month} prochain, à l'occasion du forum de {capital}.",
    "{c1} n'a pas signé {agr} proposé par {c2} en {month} {year}.",
    "En {season} {year}, {a1} a suspendu sa participation au programme {mission}.",
    "Le gouvernement de {c1} a approuvé l'accord, qui couvre la période de {y1} à {y2}.",
    "«Nous allons travailler ensemble sur {mission}», a déclaré {title} {person} lors d'une conférence de presse {relative}.",
    "La signature de {agr} entre {a1} et {a2} avait eu lieu le {day} {month} {year} à {capital}.",
    "L'accord signé le 1er {month} prévoit l'échange de données et la formation d'ingénieurs.",
    "Entre {y1} et {y2}, {a1} prévoit de lancer trois satellites d'observation avec {a2}.",
    "Les discussions entre {c1} et {c2} sur {mission} se poursuivent depuis {year}.",
    "{A1} a mis fin à {agr} conclu avec {a2}, a annoncé {relative} son porte-parole.",
    "Mars reste l'objectif commun : la mission {mission} vers Mars partira en {year2} si le financement suit.",
    "Le texte, paraphé le {day}/{month_num}/{year}, sera soumis aux parlements des deux pays.",
    "Ce protocole complète le mémorandum d'entente conclu en {year} par {a1} et {a2}.",
]
ENGLISH_TEMPLATES = [
    "On {month_en} {day}, {year}, NASA and ISRO signed a memorandum of understanding on the {mission} mission.",
    "The agreement entered into force in {year2}, officials said on Tuesday.",
    "ESA and JAXA issued a joint statement in Tokyo, pledging to cooperate on lunar exploration.",
    "Engineers from both agencies have worked together for many years on instruments and ground stations.",
    "NASA Administrator Bill Nelson and his counterpart signed the framework agreement in Washington last week.",
    "Roscosmos will sign a cooperation agreement with CNSA next month, according to a statement.",
    "The two countries had signed an intergovernmental agreement in {month_en} {year} covering {y1}-{y2}.",
    "Brazil and Argentina are negotiating a letter of intent on the {mission} mission.",
    "The space agencies of India and Japan announced yesterday that they would jointly develop {mission}.",
    "The deal was terminated in {year2} after funding for {mission} was cut.",
]
OTHER_TEMPLATES = [
    "Die Raumfahrtagenturen DLR und CNES haben am Dienstag eine Absichtserklärung über die Mission {mission} unterzeichnet.",
    "Die beiden Länder wollen ihre Zusammenarbeit in der Raumfahrt in den kommenden Jahren deutlich ausbauen.",
    "La agencia espacial mexicana y la CNSA firmaron un memorando de entendimiento sobre la exploración lunar.",
    "Los ingenieros de ambos países trabajarán juntos en el desarrollo de nuevos satélites de observación.",
    "L'Agenzia spaziale italiana ha firmato un accordo con la NASA per il programma Artemis e la stazione Gateway.",
    "A Agência Espacial Brasileira assinou um acordo de cooperação com a agência espacial chinesa em {year}.",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
# shares of the corpus: French, English, then other languages (skipped by coopextract)
LANGUAGE_MIX = (("fr", 0.80), ("en", 0.15), ("other", 0.05))
TARGET_CHARS = 2000
REAL_SENTENCE_SHARE = 0.3


def corpus_sentences() -> list[str]:
    """Sentences of the bundled corpus (corpus/dev/*.txt), to mix real press prose into the French texts."""
    sentences: list[str] = []
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body = text.split(" ", 3)[-1] if text.lstrip().startswith("date ") else text
        for line in body.splitlines():
            for part in line.split(". "):
                part = part.strip()
                if 40 < len(part) < 400 and not part.startswith("©"):
                    sentences.append(part if part.endswith((".", "»")) else part + ".")
    return sentences


def _fill(template: str, rng: random.Random) -> str:
    (a1, a1_long), (a2, _) = rng.sample(AGENCIES_FR, 2)
    c1, c2 = rng.sample(COUNTRIES_FR, 2)
    article, agreement = rng.choice(AGREEMENTS_FR)
    title, person = rng.choice(PEOPLE)
    nat1, nat2 = rng.choice(NATIONALITIES_FR)
    year = rng.randint(2005, 2024)
    month = rng.randint(1, 12)
    return template.format(
        day=rng.randint(1, 28), month=MONTHS_FR[month - 1], month_num=f"{month:02d}", month_en=MONTHS_EN[month - 1],
        year=year, year2=year + rng.randint(1, 6), y1=year, y2=year + rng.randint(2, 6),
        a1=a1, A1=a1_long[:1].upper() + a1_long[1:], a2=a2, c1=c1, c2=c2, nat1=nat1, nat2=nat2,
        capital=rng.choice(CAPITALS_FR), mission=rng.choice(MISSIONS), agr=f"{article} {agreement}",
        agr_bare=agreement if article == "un" else f"une {agreement}",
        agr_cap=f"{article} {agreement}"[:1].upper() + f"{article} {agreement}"[1:],
        weekday=rng.choice(WEEKDAYS_FR), season=rng.choice(SEASONS_FR), relative=rng.choice(RELATIVE_FR),
        title=title, person=person, role=rng.choice(ROLES_FR),
    )


def make_document(rng: random.Random, real: Sequence[str]) -> tuple[str, str]:
    """(language, file text): a ` date ...` header, then paragraphs until about TARGET_CHARS."""
    roll, lang = rng.random(), LANGUAGE_MIX[-1][0]
    for name, share in LANGUAGE_MIX:
        if roll < share:
            lang = name
            break
        roll -= share
    templates = {"fr": FRENCH_TEMPLATES, "en": ENGLISH_TEMPLATES}.get(lang, OTHER_TEMPLATES)
    paragraphs: list[str] = []
    size = 0
    while size < TARGET_CHARS:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            if lang == "fr" and real and rng.random() < REAL_SENTENCE_SHARE:
                sentences.append(rng.choice(real))
            else:
                sentences.append(_fill(rng.choice(templates), rng))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    year, month, day = rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28)
    header = f"{year}-{month:02d}-{day:02d}" if rng.random() < 0.8 else f"{year}-{month:02d}"
    return lang, f" date {header} " + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, n: int, seed: int) -> dict[str, Any]:
    """Write n documents to folder (deterministic for a seed); their count by language, size and digest."""
    rng = random.Random(seed)
    real = corpus_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    languages: Counter[str] = Counter()
    chars = 0
    for i in range(n):
        lang, text = make_document(rng, real)
        (folder / f"bench_{i:06d}.txt").write_text(text, encoding="utf-8")
        digest.update(text.encode("utf-8"))
        languages[lang] += 1
        chars += len(text)
    return {"n": n, "chars": chars, "languages": dict(sorted(languages.items())), "sha256": digest.hexdigest()[:16]}


# ---------------------------------------------------------------------------
# (a) bare model vs (b) full run, in this process
# ---------------------------------------------------------------------------
def model_texts(folder: Path) -> tuple[list[str], int]:
    """The bodies the run gives the French model (ingest, then language detection), and their characters."""
    from coopextract.ingest import iter_documents
    from coopextract.language import assign_language

    texts = []
    for document in iter_documents([folder]):
        document = assign_language(document)
        if document.status == "ok" and document.lang == "fr":
            texts.append(document.text)
    return texts, sum(len(t) for t in texts)


def load_bare_model(french_pipeline: Any) -> Any:
    """fr_core_news_md with exactly the model components coopextract's French pipeline keeps."""
    import spacy

    from coopextract.pipeline import FRENCH_MODEL

    full = spacy.load(FRENCH_MODEL)
    kept = set(french_pipeline.pipe_names)
    return spacy.load(FRENCH_MODEL, exclude=[name for name in full.pipe_names if name not in kept])


def time_bare(nlp: Any, texts: Sequence[str], batch_size: int) -> tuple[float, float]:
    """(wall, CPU) seconds of bare nlp.pipe over texts."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def time_full(extractor: Any, folder: Path, batch_size: int, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of a full in-process run over folder."""
    from coopextract.runner import run

    shutil.rmtree(out, ignore_errors=True)
    wall, cpu = time.perf_counter(), time.process_time()
    run([folder], out, batch_size=batch_size, progress=False, extractor=extractor)
    return time.perf_counter() - wall, time.process_time() - cpu


def split_corpus(folder: Path, target: Path, size: int) -> list[Path]:
    """The corpus as folders of `size` documents (hard links where possible)."""
    files = sorted(folder.glob("*.txt"))
    shutil.rmtree(target, ignore_errors=True)
    chunks = []
    for n, start in enumerate(range(0, len(files), size)):
        chunk = target / f"{n:04d}"
        chunk.mkdir(parents=True)
        for path in files[start : start + size]:
            try:
                os.link(path, chunk / path.name)
            except OSError:
                shutil.copy(path, chunk / path.name)
        chunks.append(chunk)
    return chunks


# ---------------------------------------------------------------------------
# profile: a sampling profiler (no dependency), low overhead
# ---------------------------------------------------------------------------
# Each frame of a sampled stack is tried from the innermost outwards; the first
# rule that matches names the bucket (an empty bucket: a helper shared by several
# stages, look further out). spaCy's pipe driver and `Language.__call__` /
# `make_doc` are reached first only when no coopextract code is running inside
# them: that is the statistical model (and spaCy's tokenizer). "tables" covers
# what runs after extraction: runner, linking, tables, the store.
BUCKET_RULES: tuple[tuple[str, str, str], ...] = (
    # (path fragment, function name or "*", bucket)
    ("coopextract/nlp/sentences.py", "*", ""),
    ("coopextract/resources.py", "*", ""),
    ("coopextract/records.py", "*", ""),
    ("coopextract/language.py", "*", "language"),
    ("coopextract/nlp/entity_ruler.py", "*", "rules"),
    ("coopextract/nlp/paragraphs.py", "*", "rules"),
    ("coopextract/nlp/person_finder.py", "*", "rules"),
    ("coopextract/dates.py", "*", "dates"),
    ("coopextract/nlp/date_tagger.py", "*", "dates"),
    ("coopextract/events.py", "*", "events"),
    ("coopextract/nlp/event_extractor.py", "*", "events"),
    ("coopextract/ingest.py", "*", "ingest"),
    ("coopextract/tables.py", "*", "tables"),
    ("coopextract/linking.py", "*", "tables"),
    ("coopextract/store", "*", "tables"),
    ("coopextract/runner.py", "*", "tables"),
    ("coopextract/pipeline.py", "*", "assembly"),
    ("spacy/language.py", "pipe", "model"),
    ("spacy/language.py", "__call__", "model"),
    ("spacy/language.py", "make_doc", "model"),
    ("spacy/language.py", "_ensure_doc", "model"),
    ("spacy/util.py", "_pipe", "model"),
    ("spacy/util.py", "minibatch", "model"),
)
RULE_BUCKETS = ("language", "rules", "dates", "events")
OTHER_BUCKETS = ("ingest", "tables", "assembly", "other")


def _classify(frame: FrameType | None) -> tuple[str, str]:
    """(bucket, innermost coopextract function) of a sampled stack."""
    inner = ""
    while frame is not None:
        code = frame.f_code
        path = code.co_filename.replace(os.sep, "/")
        if not inner and "/coopextract/" in path:
            inner = f"{path.rsplit('/coopextract/', 1)[1]}:{code.co_name}"
        for fragment, function, bucket in BUCKET_RULES:
            if fragment in path and (function == "*" or function == code.co_name):
                if bucket:
                    return bucket, inner
                break
        frame = frame.f_back
    return "other", inner


class Sampler:
    """Samples the main thread's stack on a CPU-time timer; each sample weighs the CPU time since the last one.

    The weight makes a long C call (a matrix product) count for its whole
    duration even though the signal is only handled when it returns; CPU time
    leaves out the time other processes on the machine take.
    """

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.buckets: Counter[str] = Counter()
        self.functions: Counter[str] = Counter()
        self._last = 0.0
        self._previous: Any = None

    def _sample(self, signum: int, frame: FrameType | None) -> None:
        now = time.process_time()
        weight, self._last = now - self._last, now
        bucket, inner = _classify(frame)
        self.buckets[bucket] += weight
        if bucket != "model":
            self.functions[inner or bucket] += weight

    def __enter__(self) -> "Sampler":
        self._previous = signal.signal(signal.SIGPROF, self._sample)
        self._last = time.process_time()
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._previous)


def profile_run(extractor: Any, folder: Path, batch_size: int, out: Path) -> tuple[float, Sampler]:
    sampler = Sampler()
    with sampler:
        _, cpu = time_full(extractor, folder, batch_size, out)
    return cpu, sampler


# ---------------------------------------------------------------------------
# CLI runs in a fresh process: wall time and peak memory of the process tree
# ---------------------------------------------------------------------------
PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int]:
    """Child processes of pid, from /proc/<pid>/task/*/children, else from every process's parent id."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found.extend(int(c) for c in handle.read().split())
        return found
    except FileNotFoundError:
        pass
    except OSError:
        return found
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return found


def tree_rss(root: int) -> tuple[int, int]:
    """(bytes resident in root and all its descendants, number of processes)."""
    total, count, stack = 0, 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * PAGE
            count += 1
        except OSError:
            continue
        stack.extend(_children(pid))
    return total, count


def coopextract_command() -> list[str]:
    exe = Path(sys.executable).with_name("coopextract")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "coopextract.cli"]


def watch(command: Sequence[str], *, poll: float = 0.05) -> tuple[float, float, str]:
    """Run a command: (wall seconds, peak resident MiB of its process tree sampled every `poll` s, stdout)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid)[0])
        time.sleep(poll)
    seconds = time.perf_counter() - started
    stdout, stderr = process.communicate()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stdout}\n{stderr}")
    return seconds, peak / 2**20, stdout


def cli_run(inputs: Path, out: Path, *, workers: int, batch_size: int) -> dict[str, float]:
    """`coopextract run` in a fresh process: wall time and peak resident memory of its process tree."""
    shutil.rmtree(out, ignore_errors=True)
    command = [*coopextract_command(), "run", str(inputs), "--out", str(out), "--workers", str(workers),
               "--batch-size", str(batch_size), "--no-progress"]
    seconds, peak, _ = watch(command)
    return {"seconds": seconds, "peak_tree_rss_mib": peak}


# the pipeline alone, results dropped as they come: does Extractor.process itself stream?
_STREAM_SCRIPT = """
import json, sys
from pathlib import Path
from coopextract.ingest import iter_documents
from coopextract.pipeline import Extractor

def rss():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * PAGE / 2**20

PAGE, checkpoint = int(sys.argv[2]), int(sys.argv[3])
extractor = Extractor()
peak_at_checkpoint, peak = 0.0, 0.0
for i, _ in enumerate(extractor.process(iter_documents([Path(sys.argv[1])]), batch_size=int(sys.argv[4])), start=1):
    if i % 50 == 0 or i == checkpoint:
        peak = max(peak, rss())
        if i <= checkpoint:
            peak_at_checkpoint = peak
print(json.dumps({"peak_first_n_mib": peak_at_checkpoint, "peak_all_mib": max(peak, rss())}))
"""


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _line(label: str, text: str) -> None:
    print(f"{label:<14}{text}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="documents in the base corpus (default 2000)")
    parser.add_argument("--seed", type=int, default=13, help="corpus seed (default 13)")
    parser.add_argument("--skip", nargs="*", default=[], choices=PARTS, help="parts not to run")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"figures as JSON (default {DEFAULT_JSON.relative_to(ROOT)})")
    parser.add_argument("--repeat", type=int, default=2, help="repetitions of each timed variant (best is kept)")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size, for both (a) and (b)")
    parser.add_argument("--chunk", type=int, default=100, help="documents a chunk when (a) and (b) alternate")
    parser.add_argument("--keep", type=Path, help="write the corpus and outputs here and keep them")
    args = parser.parse_args(argv)
    if min(args.n, args.repeat, args.chunk) < 1:
        parser.error("--n, --repeat and --chunk must be at least 1")

    work = args.keep or Path(tempfile.mkdtemp(prefix="coopextract-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "n_documents": args.n, "seed": args.seed, "batch_size": args.batch_size, "repeat": args.repeat,
        "cpus": os.cpu_count(), "python": platform.python_version(), "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "load_average_at_start": os.getloadavg()[0],
        "targets": {"ratio_full_over_bare": TARGET_RATIO, "speedup_workers2": TARGET_SPEEDUP,
                    "memory_growth_5n": TARGET_MEMORY_GROWTH, "rule_share": TARGET_RULE_SHARE},
    }
    try:
        base = work / "corpus_n"
        shutil.rmtree(base, ignore_errors=True)
        corpus = generate(base, args.n, args.seed)
        results["corpus"] = corpus
        languages = ", ".join(f"{v} {k}" for k, v in corpus["languages"].items())
        _line("corpus", f"{args.n} documents ({languages}), {corpus['chars']:,} characters, "
                        f"seed {args.seed}, sha256 {corpus['sha256']}")

        if "ratio" not in args.skip or "profile" not in args.skip:
            in_process(args, base, work, results)
        if "workers" not in args.skip or "memory" not in args.skip:
            subprocess_figures(args, base, work, results)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    results["load_average_at_end"] = os.getloadavg()[0]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _line("json", str(args.json))
    return 0


def in_process(args: argparse.Namespace, base: Path, work: Path, results: dict[str, Any]) -> None:
    from coopextract.pipeline import Extractor

    started = time.perf_counter()
    extractor = Extractor()
    load = time.perf_counter() - started
    bare = load_bare_model(extractor.french)
    components = [name for name in bare.pipe_names]
    results["model"] = {"load_s": round(load, 2), "components": components, "french_pipeline": extractor.french.pipe_names}
    _line("model", f"fr_core_news_md with {', '.join(components)}; Extractor loaded in {load:.1f} s "
                   f"(left out of (a) and (b))")
    chunks = split_corpus(base, work / "chunks", args.chunk)
    chunk_texts = [model_texts(chunk) for chunk in chunks]
    texts = [t for chunk, _ in chunk_texts for t in chunk]
    text_chars = sum(c for _, c in chunk_texts)
    # warm-up: first-call costs (language profiles, date grammars, lazy imports) are not throughput
    time_full(extractor, chunks[0], args.batch_size, work / "out_warm")
    time_bare(bare, chunk_texts[0][0], args.batch_size)

    n, chars = args.n, results["corpus"]["chars"]
    if "ratio" not in args.skip:
        # Chunk by chunk, (a) and (b) alternate (and swap turns), so that load from other
        # processes falls on both alike; each chunk keeps its best time of the repeats.
        best: dict[str, list[tuple[float, float]]] = {"bare": [], "full": []}
        for k, (chunk, (chunk_bodies, _)) in enumerate(zip(chunks, chunk_texts)):
            runs: dict[str, list[tuple[float, float]]] = {"bare": [], "full": []}
            for r in range(args.repeat):
                order = ("bare", "full") if (k + r) % 2 == 0 else ("full", "bare")
                for name in order:
                    if name == "bare":
                        runs[name].append(time_bare(bare, chunk_bodies, args.batch_size))
                    else:
                        runs[name].append(time_full(extractor, chunk, args.batch_size, work / "out_inprocess"))
            for name in best:
                best[name].append(min(runs[name], key=lambda t: t[1]))
        a_wall, a = (sum(t[i] for t in best["bare"]) for i in (0, 1))
        b_wall, b = (sum(t[i] for t in best["full"]) for i in (0, 1))
        ratio, ratio_wall = a / b, a_wall / b_wall
        results["ratio"] = {
            "bare_cpu_s": round(a, 2), "bare_wall_s": round(a_wall, 2),
            "full_cpu_s": round(b, 2), "full_wall_s": round(b_wall, 2),
            "bare_documents": len(texts), "bare_chars": text_chars,
            "bare_docs_per_s": round(n / a, 2), "bare_chars_per_s": round(chars / a),
            "bare_french_docs_per_s": round(len(texts) / a, 2),
            "full_docs_per_s": round(n / b, 2), "full_chars_per_s": round(chars / b),
            "ratio_full_over_bare": round(ratio, 3), "ratio_wall": round(ratio_wall, 3),
            "target": TARGET_RATIO, "pass": ratio >= TARGET_RATIO,
            "method": f"both in one process, models loaded beforehand, batch {args.batch_size}; the corpus in "
                      f"{len(chunks)} chunks of {args.chunk}, (a) and (b) alternating chunk by chunk, best of "
                      f"{args.repeat} per chunk, summed; CPU seconds of this process (wall seconds also given); "
                      f"(a) bare nlp.pipe over the {len(texts)} French bodies the run gives the model, "
                      f"(b) Extractor + runner.run over all {n} files (ingest, language, English side pipeline, "
                      "events, tables); throughput = corpus documents (characters) / time",
        }
        _line("(a) bare", f"{n / a:6.1f} docs/s {chars / a:9,.0f} chars/s  (model alone: bare nlp.pipe over the "
                          f"{len(texts)} French bodies of the corpus, {len(texts) / a:.1f} French docs/s; "
                          f"{a:.1f} CPU s, {a_wall:.1f} wall s)")
        _line("(b) full", f"{n / b:6.1f} docs/s {chars / b:9,.0f} chars/s  (Extractor + runner.run over all {n} files; "
                          f"{b:.1f} CPU s, {b_wall:.1f} wall s)")
        _line("ratio b/a", f"{ratio:.3f}  target ≥ {TARGET_RATIO}  {_verdict(ratio >= TARGET_RATIO)}  "
                           f"(CPU time, same process, models loaded, batch {args.batch_size}, chunks alternated, "
                           f"best of {args.repeat}; wall-time ratio {ratio_wall:.3f})")

    if "profile" not in args.skip:
        seconds, sampler = profile_run(extractor, base, args.batch_size, work / "out_profile")
        total = sum(sampler.buckets.values()) or 1.0
        shares = {k: sampler.buckets.get(k, 0.0) / total for k in ("model", *RULE_BUCKETS, *OTHER_BUCKETS)}
        rule_share = sum(shares[k] for k in RULE_BUCKETS)
        top = [(name, t / total) for name, t in sampler.functions.most_common(12)]
        results["profile"] = {
            "run_cpu_s": round(seconds, 2), "sampled_cpu_s": round(total, 2),
            "shares": {k: round(v, 4) for k, v in shares.items()},
            "rule_share": round(rule_share, 4), "target": TARGET_RULE_SHARE, "pass": rule_share < TARGET_RULE_SHARE,
            "top_functions_outside_model": [{"function": f, "share": round(s, 4)} for f, s in top],
            "method": "SIGPROF sampling every 2 ms of CPU time of one in-process run, each sample weighted by the "
                      "CPU time since the previous one; a sample goes to the innermost coopextract module on the stack, or to "
                      "the model when spaCy's pipe runs no coopextract code",
        }
        detail = ", ".join(f"{k} {shares[k]:.1%}" for k in RULE_BUCKETS)
        rest = ", ".join(f"{k} {shares[k]:.1%}" for k in OTHER_BUCKETS)
        _line("profile", f"model {shares['model']:.1%} of the run; {rest}")
        _line("rules share", f"{rule_share:.1%} ({detail})  target < {TARGET_RULE_SHARE:.0%}  "
                             f"{_verdict(rule_share < TARGET_RULE_SHARE)}")
        _line("top costs", "; ".join(f"{f} {s:.1%}" for f, s in top[:6]))


def subprocess_figures(args: argparse.Namespace, base: Path, work: Path, results: dict[str, Any]) -> None:
    startup = 0.0
    if "workers" not in args.skip:
        # the fixed cost of a run (interpreter, imports, model loading), from a one-document corpus
        one = work / "corpus_1"
        shutil.rmtree(one, ignore_errors=True)
        one.mkdir()
        shutil.copy(sorted(base.glob("*.txt"))[0], one)
        startup = cli_run(one, work / "out_1", workers=1, batch_size=args.batch_size)["seconds"]
        results["cli_startup_s"] = round(startup, 2)

    runs: dict[str, list[dict[str, float]]] = {"w1": [], "w2": []}
    variants = {"w1": 1} if "workers" in args.skip else {"w1": 1, "w2": 2}
    for _ in range(args.repeat if "workers" not in args.skip else 1):
        for name, workers in variants.items():
            runs[name].append(cli_run(base, work / f"out_{name}", workers=workers, batch_size=args.batch_size))
    w1 = min(r["seconds"] for r in runs["w1"])
    peak_n = max(r["peak_tree_rss_mib"] for r in runs["w1"])
    if "workers" not in args.skip:
        w2 = min(r["seconds"] for r in runs["w2"])
        speedup, net = w1 / w2, (w1 - startup) / max(w2 - startup, 1e-9)
        results["workers"] = {
            "workers1_s": [round(r["seconds"], 2) for r in runs["w1"]],
            "workers2_s": [round(r["seconds"], 2) for r in runs["w2"]],
            "workers2_peak_tree_rss_mib": round(max(r["peak_tree_rss_mib"] for r in runs["w2"]), 1),
            "speedup_workers2": round(speedup, 3), "speedup_net_of_startup": round(net, 3),
            "target": TARGET_SPEEDUP, "pass": speedup >= TARGET_SPEEDUP,
            "method": f"`coopextract run` CLI wall time (start-up and model loading included), best of {args.repeat}; "
                      f"net of the start-up measured on a one-document run ({startup:.1f} s)",
        }
        _line("workers", f"--workers 2 {speedup:.2f}× faster than --workers 1 ({w2:.1f} s vs {w1:.1f} s wall time, "
                         f"start-up included; {net:.2f}× net of the {startup:.1f} s start-up)  target ≥ "
                         f"{TARGET_SPEEDUP}  {_verdict(speedup >= TARGET_SPEEDUP)}")
    if "memory" in args.skip and "stream" in args.skip:
        return
    big = work / "corpus_5n"
    shutil.rmtree(big, ignore_errors=True)
    corpus = generate(big, args.n * MEMORY_FACTOR, args.seed + 1)
    if "memory" not in args.skip:
        five = cli_run(big, work / "out_5n", workers=1, batch_size=args.batch_size)
        growth = five["peak_tree_rss_mib"] / peak_n - 1
        results["memory"] = {
            "peak_tree_rss_n_mib": round(peak_n, 1), "peak_tree_rss_5n_mib": round(five["peak_tree_rss_mib"], 1),
            "growth": round(growth, 3), "target": TARGET_MEMORY_GROWTH, "pass": growth <= TARGET_MEMORY_GROWTH,
            "n_5n": corpus["n"], "seconds_5n": round(five["seconds"], 2),
            "method": "`coopextract run --workers 1` on N and on a second corpus of 5×N documents (seed + 1); "
                      "resident memory summed over the process tree, sampled every 50 ms",
        }
        _line("memory", f"peak RSS {peak_n:.0f} MiB for N, {five['peak_tree_rss_mib']:.0f} MiB for {MEMORY_FACTOR}×N "
                        f"({growth:+.1%}; CLI run, whole process tree)  target ≤ +{TARGET_MEMORY_GROWTH:.0%}  "
                        f"{_verdict(growth <= TARGET_MEMORY_GROWTH)}")
    if "stream" not in args.skip:
        command = [sys.executable, "-c", _STREAM_SCRIPT, str(big), str(PAGE), str(args.n), str(args.batch_size)]
        seconds, _, stdout = watch(command)
        figures = json.loads(stdout.strip().splitlines()[-1])
        growth = figures["peak_all_mib"] / figures["peak_first_n_mib"] - 1
        results["stream"] = {
            "peak_first_n_mib": round(figures["peak_first_n_mib"], 1), "peak_5n_mib": round(figures["peak_all_mib"], 1),
            "growth": round(growth, 3), "seconds": round(seconds, 2),
            "method": "Extractor.process alone over the 5×N corpus, results dropped as they come, in a fresh process: "
                      "peak RSS over the first N documents vs over all 5×N",
        }
        _line("stream", f"pipeline alone: peak RSS {figures['peak_first_n_mib']:.0f} MiB after N documents, "
                        f"{figures['peak_all_mib']:.0f} MiB after {MEMORY_FACTOR}×N ({growth:+.1%}; Extractor.process, "
                        "results dropped: what the pipeline itself holds)")
    shutil.rmtree(big, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
