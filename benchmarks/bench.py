"""Speed and memory benchmark of coopextract (issue: a pipeline close to the model's limit).

Generates a deterministic synthetic corpus (French with some English and other
languages, ~2,000 characters a document) and measures, in one run:

- throughput of (a) bare `nlp.pipe` of fr_core_news_md with the same model
  components enabled and (b) the full `coopextract run`, and the ratio b/a;
- the speed-up of `--workers 2` over `--workers 1`;
- peak resident memory of a full run on N and on 5×N documents;
- the share of run time spent outside the statistical model (language
  detection, rules, dates, events, tables), from a profile of the run.

Prints one line per figure and writes them all as JSON.

    python benchmarks/bench.py [--n 2000] [--seed 13] [--json benchmarks/out/results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

AGENCIES_FR = [
    ("Roscosmos", "l'agence spatiale russe"), ("la CNSA", "l'Administration spatiale nationale chinoise"),
    ("l'ESA", "l'Agence spatiale européenne"), ("la NASA", "l'agence spatiale américaine"),
    ("le CNES", "le Centre national d'études spatiales"), ("l'ISRO", "l'Organisation indienne de recherche spatiale"),
    ("la JAXA", "l'agence spatiale japonaise"), ("le DLR", "le Centre allemand pour l'aéronautique et l'astronautique"),
]
COUNTRIES_FR = ["la Russie", "la Chine", "l'Inde", "le Japon", "la France", "l'Allemagne", "le Brésil", "l'Italie"]
MISSIONS = ["ILRS", "Chang'e-7", "Luna-26", "ExoMars", "Gateway", "NISAR", "SVOM", "LUPEX"]
AGREEMENTS_FR = ["un mémorandum d'entente", "un accord-cadre", "une lettre d'intention", "un protocole de coopération",
                 "un programme de coopération", "une déclaration commune", "un accord de coopération"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FRENCH_TEMPLATES = [
    "Le {day} {month} {year}, {a1} et {a2} ont signé {agr} portant sur la mission {mission}.",
    "{A1}, représentée par son directeur, a annoncé la signature prochaine d'{agr_short} avec {c2}.",
    "Selon un communiqué publié {weekday}, {c1} et {c2} se sont entendues sur {agr} pour la période {y1}-{y2}.",
    "Le document est entré en vigueur le {day} {month} {year}, a précisé {a2}.",
    "Les deux agences travaillent depuis plusieurs années à la préparation de la mission {mission}, dont le lancement est prévu en {year2}.",
    "Plus tôt, durant l'été {year}, {c1} avait ouvert son projet {mission} à la collaboration internationale.",
    "Les partenaires ont rappelé que la coopération spatiale entre {c1} et {c2} connaît un essor dynamique.",
    "Des ingénieurs des deux pays se réuniront à Paris en {month} pour préparer les instruments scientifiques.",
]
ENGLISH_TEMPLATES = [
    "On {month_en} {day}, {year}, NASA and ISRO signed a memorandum of understanding on the {mission} mission.",
    "The agreement entered into force in {year2}, officials said on Tuesday.",
    "ESA and JAXA issued a joint statement in Tokyo, pledging to cooperate on lunar exploration.",
    "Engineers from both agencies have worked together for many years on instruments and ground stations.",
]
OTHER_TEMPLATES = [
    "Die Raumfahrtagenturen DLR und CNES haben am Dienstag eine Absichtserklärung über die Mission {mission} unterzeichnet.",
    "La agencia espacial mexicana y la CNSA firmaron un memorando de entendimiento sobre la exploración lunar.",
    "L'Agenzia spaziale italiana ha firmato un accordo con la NASA per il programma Artemis e la stazione Gateway.",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def corpus_sentences() -> list[str]:
    """Sentences of the bundled French corpus, to mix real press prose into the synthetic texts."""
    sentences = []
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if " date " not in text[:20]:
            continue
        body = text.split(" ", 3)[-1]
        for part in body.replace("\n", " ").split(". "):
            part = part.strip()
            if 60 < len(part) < 400 and not part.startswith("©"):
                sentences.append(part.rstrip(".") + ".")
    return sentences


def fill(template: str, rng: random.Random) -> str:
    (a1, a1_long), (a2, _) = rng.sample(AGENCIES_FR, 2)
    c1, c2 = rng.sample(COUNTRIES_FR, 2)
    year = rng.randint(2005, 2024)
    return template.format(
        day=rng.randint(1, 28), month=rng.choice(MONTHS_FR), month_en=rng.choice(MONTHS_EN), year=year,
        year2=year + rng.randint(1, 6), y1=year, y2=year + 4, a1=a1, A1=a1_long[:1].upper() + a1_long[1:], a2=a2,
        c1=c1, c2=c2, mission=rng.choice(MISSIONS), agr=rng.choice(AGREEMENTS_FR),
        agr_short=rng.choice(AGREEMENTS_FR)[3:], weekday=rng.choice(WEEKDAYS_FR),
    )


def make_document(rng: random.Random, real: list[str], target_chars: int = 2000) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.80:
        templates, mix, lang = FRENCH_TEMPLATES, real, "fr"
    elif roll < 0.95:
        templates, mix, lang = ENGLISH_TEMPLATES, [], "en"
    else:
        templates, mix, lang = OTHER_TEMPLATES, [], "other"
    paragraphs, size = [], 0
    while size < target_chars:
        sentences = [fill(rng.choice(templates), rng) if not mix or rng.random() < 0.6 else rng.choice(mix)
                     for _ in range(rng.randint(2, 4))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    date = f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return lang, f" date {date} " + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, n: int, seed: int) -> int:
    rng = random.Random(seed)
    real = corpus_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        _, text = make_document(rng, real)
        (folder / f"bench_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def coopextract_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("coopextract")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "coopextract.cli"]


def timed_run(inputs: Path, out: Path, workers: int) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of a full `coopextract run` in a fresh process."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*coopextract_cmd(), "run", str(inputs), "--out", str(out), "--workers", str(workers), "--quiet"]
    wrapper = [sys.executable, "-c", _RSS_WRAPPER, *cmd]
    started = time.perf_counter()
    done = subprocess.run(wrapper, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak_kib = int(done.stderr.strip().splitlines()[-1].split("=")[1])
    return seconds, peak_kib


# runs a command and reports the peak RSS of its whole process tree (children included)
_RSS_WRAPPER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"peak_kib={peak}", file=sys.stderr)
sys.exit(code)
"""


def model_load_seconds() -> float:
    code = "import time,spacy;t=time.perf_counter();spacy.load('fr_core_news_md');print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def bare_model_seconds(folder: Path) -> float:
    """(a) bare nlp.pipe over the same French texts, same model components, one process."""
    import spacy

    from coopextract.ingest import read_document
    from coopextract.language import assign_language
    from coopextract.pipeline import FRENCH_DISABLED, FRENCH_MODEL

    nlp = spacy.load(FRENCH_MODEL, exclude=list(FRENCH_DISABLED))
    texts = []
    for path in sorted(folder.glob("*.txt")):
        document = assign_language(read_document(path))
        if document.lang == "fr" and document.status == "ok":
            texts.append(document.text)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


def overhead_share(folder: Path, sample: int) -> dict[str, float]:
    """Profile an in-process run: time in the model vs in coopextract's own steps."""
    import cProfile
    import pstats

    from coopextract.pipeline import Extractor
    from coopextract.runner import run

    files = sorted(folder.glob("*.txt"))[:sample]
    tmp = Path(tempfile.mkdtemp())
    for f in files:
        shutil.copy(f, tmp / f.name)
    extractor = Extractor()
    profiler = cProfile.Profile()
    profiler.enable()
    run([tmp], tmp / "out", progress=False, extractor=extractor)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    buckets = {"language": "language.py", "rules": "entity_ruler.py", "dates": "dates.py", "events": "events.py",
               "ingest": "ingest.py", "tables": "tables.py"}
    shares = {}
    for name, filename in buckets.items():
        seconds = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(filename) and k[2] != "<module>"
                      and _is_entry(stats, k, filename))  # type: ignore[attr-defined]
        shares[name] = seconds / total if total else 0.0
    shutil.rmtree(tmp, ignore_errors=True)
    return shares


def _is_entry(stats, key, filename: str) -> bool:
    """Count cumulative time only for functions not called from the same file (no double counting)."""
    callers = stats.stats[key][4]
    return not any(c[0].endswith(filename) for c in callers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="documents in the base corpus")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--memory-factor", type=int, default=5)
    parser.add_argument("--profile-sample", type=int, default=200)
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "out" / "results.json")
    parser.add_argument("--skip", nargs="*", default=[], choices=["workers", "memory", "profile"])
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="coopextract-bench-"))
    results: dict[str, object] = {"n_documents": args.n, "seed": args.seed, "cpus": os.cpu_count()}
    try:
        base = work / "n"
        chars = generate(base, args.n, args.seed)
        results["n_chars"] = chars
        print(f"corpus: {args.n} documents, {chars} characters, seed {args.seed}")

        load = model_load_seconds()
        results["model_load_s"] = round(load, 2)
        print(f"model load: {load:.1f} s (included once in every full run below)")

        bare = bare_model_seconds(base)
        results["bare_model_s"] = round(bare, 2)
        results["bare_docs_per_s"] = round(args.n / bare, 2)
        print(f"(a) bare nlp.pipe fr_core_news_md: {bare:.1f} s, {args.n / bare:.1f} docs/s, {chars / bare:,.0f} chars/s")

        full, peak_n = timed_run(base, work / "out1", workers=1)
        results["full_run_s"] = round(full, 2)
        results["full_docs_per_s"] = round(args.n / full, 2)
        results["full_run_peak_rss_mib"] = round(peak_n / 1024, 1)
        print(f"(b) full coopextract run --workers 1: {full:.1f} s, {args.n / full:.1f} docs/s, {chars / full:,.0f} chars/s")
        ratio = bare / full
        ratio_no_load = bare / max(full - load, 1e-9)
        results["ratio_full_over_bare"] = round(ratio, 3)
        results["ratio_full_over_bare_without_model_load"] = round(ratio_no_load, 3)
        print(f"throughput ratio b/a: {ratio:.2f} (target ≥ 0.85); without the one-off model load: {ratio_no_load:.2f}")

        if "workers" not in args.skip:
            two, _ = timed_run(base, work / "out2", workers=2)
            results["workers2_run_s"] = round(two, 2)
            results["speedup_workers2"] = round(full / two, 3)
            print(f"--workers 2: {two:.1f} s, speed-up {full / two:.2f}× over --workers 1 (target ≥ 1.7 on 2 cores)")

        if "memory" not in args.skip:
            big = work / "n5"
            generate(big, args.n * args.memory_factor, args.seed + 1)
            _, peak_5n = timed_run(big, work / "out5", workers=1)
            growth = peak_5n / peak_n - 1
            results["peak_rss_n_mib"] = round(peak_n / 1024, 1)
            results["peak_rss_5n_mib"] = round(peak_5n / 1024, 1)
            results["peak_rss_growth"] = round(growth, 3)
            print(f"peak RSS: {peak_n / 1024:.0f} MiB for N, {peak_5n / 1024:.0f} MiB for {args.memory_factor}×N "
                  f"({growth:+.1%}; target within 15%)")

        if "profile" not in args.skip:
            shares = overhead_share(base, args.profile_sample)
            results["overhead_shares"] = {k: round(v, 4) for k, v in shares.items()}
            total = sum(shares.values())
            results["overhead_share_total"] = round(total, 4)
            detail = ", ".join(f"{k} {v:.1%}" for k, v in shares.items())
            print(f"time outside the model: {total:.1%} of the run ({detail}; target < 10%)")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
