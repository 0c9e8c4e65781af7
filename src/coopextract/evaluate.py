"""Score the tables of `coopextract run` against gold files (event model §6–§7).

- entities: P/R/F1 per label over document-level sets of `norm`, micro-averaged
  over documents (MISSION compared case-, accent-, hyphen-insensitively, PER
  case- and accent-insensitively); mention-level scores where gold files carry
  `mentions` with offsets;
- events: strict (action, agreement_type, countries, date) and relaxed (no
  date) P/R/F1 with a one-to-one matching, and on matched pairs the share of
  exact agencies, projects, signatories, location and period;
- language accuracy; gold documents missing from the run count as misses;
- an error report with every false positive and false negative.

Conventions: precision of an empty prediction set is 0 (and recall of an empty
gold set is 0) unless both are empty, where P = R = F1 = 1; a label absent from
a gold file is not scored for that document.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from . import resources, tables
from .errors import CoopExtractError, GoldFormatError
from .records import ACTIONS, AGREEMENT_TYPES, LABELS
from .text import strip_accents

POINT = r"\d{4}(-(\d{2}(-\d{2})?|SP|SU|FA|WI))?"
DATE_RE = re.compile(rf"^{POINT}(/{POINT})?$")
DOC_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
INTERNATIONAL_PARTIES = frozenset({"ESA", "APSCO"})
EVENT_FIELDS = ("action", "agreement_type", "date", "countries", "agencies", "projects", "signatories", "location", "period")
LIST_FIELDS = ("countries", "agencies", "projects", "signatories")
SHARED_FIELDS = ("agencies", "projects", "signatories", "location", "period")
SCORED_LABELS = ("AGENCY", "COUNTRY", "MISSION", "AGREEMENT", "DATE", "PER")
EXTRACTED_LANGUAGES = ("fr", "en")


# -- value comparison (§7) ----------------------------------------------------
def normalise_value(label: str, value: str) -> str:
    """The form under which two values of a label are equal."""
    if label == "MISSION":
        return re.sub(r"[\s\-‐–—'’_]", "", strip_accents(value).lower())
    if label in ("PER", "LOC_FIELD"):
        return " ".join(strip_accents(value).lower().split())
    return value


# -- gold ---------------------------------------------------------------------
@dataclass(frozen=True)
class GoldEvent:
    action: str
    agreement_type: str
    date: str
    countries: tuple[str, ...]
    agencies: tuple[str, ...]
    projects: tuple[str, ...]
    signatories: tuple[str, ...]
    location: str
    period: str


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    label: str
    norm: str


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    lang: str
    doc_date: str
    split: str
    entities: dict[str, tuple[str, ...]]
    events: tuple[GoldEvent, ...]
    mentions: tuple[GoldMention, ...] | None = None


def valid_value(value: str) -> bool:
    """A §3 value whose points exist on the calendar ("2021-13-45" has the shape but is no date)."""
    if not DATE_RE.match(value):
        return False
    for point in value.split("/"):
        parts = point.split("-")
        try:
            if len(parts) >= 2 and parts[1].isdigit():
                date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) == 3 else 1)
        except ValueError:
            return False
    return True


def _fail(path: Path, where: str, problem: str) -> GoldFormatError:
    return GoldFormatError(f"{path}: {where} {problem}")


def _check_event(path: Path, n: int, raw: Any) -> GoldEvent:
    where = f"events[{n}]"
    if not isinstance(raw, dict):
        raise _fail(path, where, "is not an object")
    missing = [f for f in EVENT_FIELDS if f not in raw]
    if missing:
        raise _fail(path, where, f"misses the fields {missing}")
    if raw["action"] not in ACTIONS:
        raise _fail(path, f"{where}.action", f"{raw['action']!r} is not one of {list(ACTIONS)}")
    if raw["agreement_type"] not in AGREEMENT_TYPES:
        raise _fail(path, f"{where}.agreement_type", f"{raw['agreement_type']!r} is not a §4 type")
    if raw["date"] and not valid_value(str(raw["date"])):
        raise _fail(path, f"{where}.date", f"{raw['date']!r} is not a §3 value")
    if raw["period"] and not (DATE_RE.match(str(raw["period"])) and "/" in raw["period"]):
        raise _fail(path, f"{where}.period", f"{raw['period']!r} is not a §3 interval")
    for key in LIST_FIELDS:
        if not isinstance(raw[key], list):
            raise _fail(path, f"{where}.{key}", "must be a list")
    for country in raw["countries"]:
        if not (re.fullmatch(r"[A-Z]{2}", country) or country in INTERNATIONAL_PARTIES):
            raise _fail(path, f"{where}.countries", f"{country!r} is not ISO alpha-2 nor an international party")
    for agency in raw["agencies"]:
        if agency not in resources.agencies():
            raise _fail(path, f"{where}.agencies", f"{agency!r} is not a canonical agency id")
    if not raw["countries"]:
        raise _fail(path, f"{where}.countries", "is empty: an event needs its parties' countries")
    return GoldEvent(
        action=raw["action"], agreement_type=raw["agreement_type"], date=raw["date"] or "",
        countries=tuple(sorted(raw["countries"])), agencies=tuple(sorted(raw["agencies"])),
        projects=tuple(sorted(raw["projects"])), signatories=tuple(sorted(raw["signatories"])),
        location=raw["location"] or "", period=raw["period"] or "",
    )


def load_gold_file(path: Path) -> GoldDocument:
    """Read and validate one gold file; a malformed one raises GoldFormatError naming the field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFormatError(f"{path}: not readable JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise _fail(path, "the file", "is not a JSON object")
    if raw.get("doc_id") != path.stem:
        raise _fail(path, "doc_id", f"{raw.get('doc_id')!r} differs from the file name")
    if not re.fullmatch(r"[a-z]{2}", str(raw.get("lang", ""))):
        raise _fail(path, "lang", "must be an ISO 639-1 code")
    doc_date = raw.get("doc_date") or ""
    if doc_date and not DOC_DATE_RE.match(doc_date):
        raise _fail(path, "doc_date", f"{doc_date!r} is malformed")
    entities_raw = raw.get("entities", {})
    if not isinstance(entities_raw, dict):
        raise _fail(path, "entities", "must be an object")
    entities: dict[str, tuple[str, ...]] = {}
    for label, values in entities_raw.items():
        if label not in LABELS:
            raise _fail(path, f"entities.{label}", "is not a §2 label")
        if not isinstance(values, list):
            raise _fail(path, f"entities.{label}", "must be a list")
        for value in values:
            if label == "AGENCY" and value not in resources.agencies():
                raise _fail(path, "entities.AGENCY", f"{value!r} is not a canonical id")
            if label == "AGREEMENT" and value not in AGREEMENT_TYPES:
                raise _fail(path, "entities.AGREEMENT", f"{value!r} is not a §4 type")
            if label == "DATE" and not valid_value(str(value)):
                raise _fail(path, "entities.DATE", f"{value!r} is not a §3 value")
            if label == "COUNTRY" and not re.fullmatch(r"[A-Z]{2}", str(value)):
                raise _fail(path, "entities.COUNTRY", f"{value!r} is not ISO alpha-2")
        entities[label] = tuple(values)
    events_raw = raw.get("events")
    if not isinstance(events_raw, list):
        raise _fail(path, "events", "must be a list")
    events = tuple(_check_event(path, n, e) for n, e in enumerate(events_raw))
    if raw["lang"] not in ("fr", "en") and (events or any(entities.values())):
        raise _fail(path, "lang", f"is {raw['lang']!r}: a document in another language has no entities or events")
    mentions = None
    if "mentions" in raw:
        mentions = []
        for n, m in enumerate(raw["mentions"]):
            if not isinstance(m, dict) or not {"start", "end", "label", "norm"} <= m.keys():
                raise _fail(path, f"mentions[{n}]", "needs start, end, label and norm")
            if m["label"] not in LABELS or not (isinstance(m["start"], int) and isinstance(m["end"], int)):
                raise _fail(path, f"mentions[{n}]", "has a bad label or offsets")
            mentions.append(GoldMention(m["start"], m["end"], m["label"], str(m["norm"])))
        mentions = tuple(mentions)
    return GoldDocument(
        doc_id=raw["doc_id"], lang=raw["lang"], doc_date=doc_date, split=str(raw.get("split", "")),
        entities=entities, events=events, mentions=mentions,
    )


def load_gold(gold_dir: Path) -> dict[str, GoldDocument]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise CoopExtractError(f"gold folder not found: {gold_dir}")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise CoopExtractError(f"no gold files (*.json) in {gold_dir}")
    return {doc.doc_id: doc for doc in (load_gold_file(f) for f in files)}


# -- predictions ----------------------------------------------------------------
@dataclass
class Predictions:
    documents: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame


def load_predictions(pred_dir: Path) -> Predictions:
    pred_dir = Path(pred_dir)
    for name in ("documents", "mentions", "events"):
        if not (pred_dir / f"{name}.csv").exists():
            raise CoopExtractError(f"{pred_dir / (name + '.csv')} not found: run `coopextract run ... --out {pred_dir}` first")
    return Predictions(*(tables.read_table(pred_dir, n) for n in ("documents", "mentions", "events")))


# -- scores ---------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    split: str = "all"
    n_gold_documents: int = 0
    missing_documents: list[str] = field(default_factory=list)
    not_in_gold: int = 0
    entities: dict[str, Counts] = field(default_factory=dict)
    mentions: dict[str, Counts] = field(default_factory=dict)
    mention_norm_agreement: float | None = None
    events_strict: Counts = field(default_factory=Counts)
    events_relaxed: Counts = field(default_factory=Counts)
    field_shares_strict: dict[str, float] = field(default_factory=dict)
    field_shares_relaxed: dict[str, float] = field(default_factory=dict)
    language_correct: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def language_accuracy(self) -> float:
        return self.language_correct / self.n_gold_documents if self.n_gold_documents else 0.0

    def entity_all(self) -> Counts:
        total = Counts()
        for label in self.entities:
            total.add(self.entities[label])
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "n_gold_documents": self.n_gold_documents,
            "missing_documents": self.missing_documents,
            "predicted_documents_not_in_gold": self.not_in_gold,
            "entities": {**{k: v.to_dict() for k, v in sorted(self.entities.items())}, "ALL": self.entity_all().to_dict()},
            "mentions": {k: v.to_dict() for k, v in sorted(self.mentions.items())},
            "mention_norm_agreement": self.mention_norm_agreement,
            "events": {
                "strict": self.events_strict.to_dict(),
                "relaxed": self.events_relaxed.to_dict(),
                "field_shares_strict": {k: round(v, 4) for k, v in self.field_shares_strict.items()},
                "field_shares_relaxed": {k: round(v, 4) for k, v in self.field_shares_relaxed.items()},
            },
            "language_accuracy": round(self.language_accuracy, 4),
        }


@dataclass(frozen=True)
class _PredEvent:
    key: tuple
    event: dict[str, Any]


def _pred_event(row: dict[str, Any]) -> dict[str, Any]:
    event = {k: row[k] for k in EVENT_FIELDS}
    for key in LIST_FIELDS:
        event[key] = tuple(sorted(tables.split_list(row[key])))
    event["evidence"] = row.get("evidence", "")
    return event


def _gold_event(event: GoldEvent) -> dict[str, Any]:
    return {k: getattr(event, k) for k in EVENT_FIELDS}


def _field_equal(name: str, a: Any, b: Any) -> bool:
    if name == "projects":
        return sorted(normalise_value("MISSION", x) for x in a) == sorted(normalise_value("MISSION", x) for x in b)
    if name == "signatories":
        return sorted(normalise_value("PER", x) for x in a) == sorted(normalise_value("PER", x) for x in b)
    if name == "location":
        return normalise_value("LOC_FIELD", a) == normalise_value("LOC_FIELD", b)
    return tuple(a) == tuple(b) if isinstance(a, (list, tuple)) else a == b


def _core(event: dict[str, Any], strict: bool) -> tuple:
    key = (event["action"], event["agreement_type"], tuple(sorted(event["countries"])))
    return key + ((event["date"],) if strict else ())


def match_events(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs; among candidates, those agreeing on more other fields first (deterministic)."""
    options = []
    for g, gold_event in enumerate(gold):
        for p, pred_event in enumerate(predicted):
            if _core(gold_event, strict) == _core(pred_event, strict):
                agreement = sum(_field_equal(f, gold_event[f], pred_event[f]) for f in SHARED_FIELDS + ("date",))
                options.append((-agreement, g, p))
    pairs, used_g, used_p = [], set(), set()
    for _, g, p in sorted(options):
        if g not in used_g and p not in used_p:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    return pairs


def _summary(event: dict[str, Any]) -> str:
    return f"{event['action']} {event['agreement_type']} {event['date'] or '-'} {';'.join(event['countries'])}"


def score(gold: dict[str, GoldDocument], predictions: Predictions, *, split: str | None = None,
          lang: str | None = None) -> Scores:
    selected = {d: g for d, g in gold.items() if (split is None or g.split == split) and (lang is None or g.lang == lang)}
    name = "/".join(p for p in (split or "all", lang) if p)
    result = Scores(split=name, n_gold_documents=len(selected))
    documents = predictions.documents.set_index("doc_id") if len(predictions.documents) else predictions.documents
    predicted_ids = set(predictions.documents["doc_id"])
    result.missing_documents = sorted(set(selected) - predicted_ids)
    result.not_in_gold = len(predicted_ids - set(gold))
    mentions_by_doc = {k: v for k, v in predictions.mentions.groupby("doc_id")} if len(predictions.mentions) else {}
    events_by_doc = {k: v for k, v in predictions.events.groupby("doc_id")} if len(predictions.events) else {}
    shares_strict = {f: 0 for f in SHARED_FIELDS}
    shares_relaxed = {f: 0 for f in SHARED_FIELDS}
    n_strict = n_relaxed = 0
    norm_agree = norm_total = 0
    for doc_id, g in sorted(selected.items()):
        if doc_id in predicted_ids and documents.loc[doc_id, "lang"] == g.lang:
            result.language_correct += 1
        doc_mentions = mentions_by_doc.get(doc_id, pd.DataFrame(columns=list(tables.MENTION_COLUMNS)))
        # entities: document-level sets
        for label, values in g.entities.items():
            gold_set = {normalise_value(label, v): v for v in values}
            rows = doc_mentions[doc_mentions["label"] == label]
            pred_set: dict[str, tuple[str, str]] = {}
            for _, row in rows.iterrows():
                pred_set.setdefault(normalise_value(label, row["norm"]), (row["norm"], row["sentence"]))
            counts = result.entities.setdefault(label, Counts())
            counts.tp += len(gold_set.keys() & pred_set.keys())
            for key in sorted(pred_set.keys() - gold_set.keys()):
                counts.fp += 1
                result.errors.append({"kind": "entity", "error": "FP", "doc_id": doc_id, "label": label,
                                      "value": pred_set[key][0], "evidence": pred_set[key][1], "note": ""})
            for key in sorted(gold_set.keys() - pred_set.keys()):
                counts.fn += 1
                result.errors.append({"kind": "entity", "error": "FN", "doc_id": doc_id, "label": label,
                                      "value": gold_set[key], "evidence": "", "note": ""})
        # mentions with offsets
        if g.mentions is not None:
            predicted_spans = {(int(r["start"]), int(r["end"]), r["label"]): r["norm"] for _, r in doc_mentions.iterrows()}
            gold_spans = {(m.start, m.end, m.label): m.norm for m in g.mentions}
            for label in sorted({k[2] for k in gold_spans} | {k[2] for k in predicted_spans if k[2] in g.entities}):
                gs = {k for k in gold_spans if k[2] == label}
                ps = {k for k in predicted_spans if k[2] == label}
                counts = result.mentions.setdefault(label, Counts())
                counts.tp += len(gs & ps)
                counts.fp += len(ps - gs)
                counts.fn += len(gs - ps)
                for k in gs & ps:
                    norm_total += 1
                    norm_agree += normalise_value(label, gold_spans[k]) == normalise_value(label, predicted_spans[k])
        # events
        gold_events = [_gold_event(e) for e in g.events]
        doc_events = events_by_doc.get(doc_id)
        pred_events = [] if doc_events is None else [_pred_event(r) for r in doc_events.to_dict("records")]
        for strict, counts, shares in ((True, result.events_strict, shares_strict), (False, result.events_relaxed, shares_relaxed)):
            pairs = match_events(gold_events, pred_events, strict)
            counts.tp += len(pairs)
            counts.fp += len(pred_events) - len(pairs)
            counts.fn += len(gold_events) - len(pairs)
            for gi, pi in pairs:
                for f in SHARED_FIELDS:
                    shares[f] += _field_equal(f, gold_events[gi][f], pred_events[pi][f])
            if strict:
                n_strict += len(pairs)
                matched_g = {gi for gi, _ in pairs}
                matched_p = {pi for _, pi in pairs}
                relaxed = dict(match_events([gold_events[i] for i in range(len(gold_events)) if i not in matched_g],
                                            [pred_events[i] for i in range(len(pred_events)) if i not in matched_p], False))
                unmatched_g = [i for i in range(len(gold_events)) if i not in matched_g]
                unmatched_p = [i for i in range(len(pred_events)) if i not in matched_p]
                near = {unmatched_g[a]: unmatched_p[b] for a, b in relaxed.items()}
                for pi in unmatched_p:
                    result.errors.append({"kind": "event", "error": "FP", "doc_id": doc_id,
                                          "label": pred_events[pi]["agreement_type"], "value": _summary(pred_events[pi]),
                                          "evidence": pred_events[pi]["evidence"], "note": ""})
                for gi in unmatched_g:
                    pi = near.get(gi)
                    note = (f"near miss: predicted date {pred_events[pi]['date'] or '-'!s}" if pi is not None else "")
                    result.errors.append({"kind": "event", "error": "FN", "doc_id": doc_id,
                                          "label": gold_events[gi]["agreement_type"], "value": _summary(gold_events[gi]),
                                          "evidence": pred_events[pi]["evidence"] if pi is not None else "", "note": note})
            else:
                n_relaxed += len(pairs)
    result.field_shares_strict = {f: (v / n_strict if n_strict else 0.0) for f, v in shares_strict.items()}
    result.field_shares_relaxed = {f: (v / n_relaxed if n_relaxed else 0.0) for f, v in shares_relaxed.items()}
    result.mention_norm_agreement = round(norm_agree / norm_total, 4) if norm_total else None
    for doc_id in result.missing_documents:
        result.errors.append({"kind": "document", "error": "FN", "doc_id": doc_id, "label": "", "value": "missing from the run",
                              "evidence": "", "note": ""})
    return result


def splits_of(gold: dict[str, GoldDocument]) -> list[str]:
    return sorted({g.split for g in gold.values() if g.split})


def error_frame(scores: Iterable[Scores]) -> pd.DataFrame:
    rows = [dict(split=s.split, **e) for s in scores for e in s.errors]
    columns = ["split", "kind", "error", "doc_id", "label", "value", "evidence", "note"]
    return pd.DataFrame(rows, columns=columns).sort_values(["split", "doc_id", "kind", "error", "label", "value"], kind="stable")


def run_eval(
    gold_dir: Path,
    pred_dir: Path,
    *,
    json_path: Path | None = None,
    errors_path: Path | None = None,
    split: str | None = None,
) -> list[Scores]:
    """Score all documents and each split; write the error CSV and the JSON figures."""
    gold = load_gold(Path(gold_dir))
    predictions = load_predictions(Path(pred_dir))
    names: list[str | None] = [split] if split else [None, *splits_of(gold)]
    results = [score(gold, predictions, split=name) for name in names]
    # each split by language: English must score like French (the other languages have no entities)
    results += [score(gold, predictions, split=name, lang=lang) for name in names for lang in EXTRACTED_LANGUAGES
                if any(g.lang == lang and (name is None or g.split == name) for g in gold.values())]
    errors_path = Path(errors_path) if errors_path else Path(pred_dir) / "eval_errors.csv"
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    # the per-language subsets repeat errors already listed under their split
    error_frame(r for r in results if "/" not in r.split).to_csv(errors_path, index=False, encoding="utf-8",
                                                                  lineterminator="\n")
    if json_path:
        Path(json_path).parent.mkdir(parents=True, exist_ok=True)
        payload = {s.split: s.to_dict() for s in results}
        Path(json_path).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def format_report(results: list[Scores]) -> str:
    lines: list[str] = []
    by_language = [s for s in results if "/" in s.split]
    for s in (r for r in results if "/" not in r.split):
        lines.append(f"== {s.split}: {s.n_gold_documents} gold documents"
                     + (f", {len(s.missing_documents)} missing from the run" if s.missing_documents else ""))
        lines.append(f"  {'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}")
        ordered = [l for l in SCORED_LABELS if l in s.entities] + sorted(l for l in s.entities if l not in SCORED_LABELS)
        for label in ordered + ["ALL"]:
            c = s.entity_all() if label == "ALL" else s.entities[label]
            lines.append(f"  {label:<12}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>5}{c.fn:>5}")
        for label, c in sorted(s.mentions.items()):
            lines.append(f"  mention {label:<4}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>5}{c.fn:>5}")
        for name, c in (("events strict", s.events_strict), ("events relaxed", s.events_relaxed)):
            lines.append(f"  {name:<15}{c.precision:>4.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>5}{c.fn:>5}")
        shares = ", ".join(f"{k} {v:.2f}" for k, v in s.field_shares_strict.items())
        lines.append(f"  exact fields on strict matches: {shares}")
        lines.append(f"  language accuracy: {s.language_accuracy:.3f}")
    if by_language:
        lines.append("== by language")
        lines.append(f"  {'subset':<14}{'docs':>5}{'entity F1':>11}{'strict F1':>11}{'relaxed F1':>12}")
        for s in by_language:
            lines.append(f"  {s.split:<14}{s.n_gold_documents:>5}{s.entity_all().f1:>11.3f}"
                         f"{s.events_strict.f1:>11.3f}{s.events_relaxed.f1:>12.3f}")
    return "\n".join(lines)


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold files (*.json, event model §6)")
    parser.add_argument("--pred", type=Path, required=True, help="output folder of `coopextract run`")
    parser.add_argument("--json", type=Path, help="write all figures as one JSON object")
    parser.add_argument("--errors", type=Path, help="error report CSV (default PRED/eval_errors.csv)")
    parser.add_argument("--split", help="score only gold documents of this split (dev, heldout)")


def eval_command(args: argparse.Namespace) -> int:
    results = run_eval(args.gold, args.pred, json_path=args.json, errors_path=args.errors, split=args.split)
    print(format_report(results))
    errors = args.errors or Path(args.pred) / "eval_errors.csv"
    print(f"error report: {errors}" + (f"; figures: {args.json}" if args.json else ""))
    return 0
