"""The main job: input folders → store → tables, incrementally.

A run hashes every input file and extracts only those whose content is new or changed
(the spaCy model is not even loaded when there are none). Results go to the store one
batch per transaction; agreements are re-linked over everything stored and the tables
are exported from the store, so memory does not grow with the corpus and a killed run
resumes where it stopped.

Two files with the same doc_id: the one the store already holds keeps it (else the
first in path order); the other gets a `duplicate_id` row and is not extracted. A stored
document whose file is not among the inputs is kept (`prune` removes it); if its file is
gone and another file with its name appears, that file is the document, moved.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from . import __version__, resources
from .errors import Messages
from .ingest import discover, display_path, document_id, file_sha256, read_document, unreadable_document
from .records import STATUS_DUPLICATE, STATUS_OK, Document, DocumentResult
from .store import STORE_NAME, Provenance, Store, StoredDocument

if TYPE_CHECKING:
    from .pipeline import Extractor

MAX_LISTED_PROBLEMS = 10


@dataclass(frozen=True)
class InputFile:
    """One input as the planner sees it: its id, where it is, and its content hash or its problem."""

    doc_id: str
    shown: str
    path: Path | None = None
    sha256: str = ""
    problem: Document | None = None  # the row of an input that cannot be read at all


@dataclass
class Plan:
    """What a run does with each input file and each stored document."""

    todo: list[InputFile] = field(default_factory=list)  # to (re)read and extract, in input order
    moves: dict[str, str] = field(default_factory=dict)  # doc_id → new path, content unchanged
    duplicates: list[Document] = field(default_factory=list)
    prune: list[str] = field(default_factory=list)
    n_inputs: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0  # stored documents whose files are not among the inputs


@dataclass
class RunSummary:
    out_dir: Path = Path(".")
    store_path: Path = Path(".")
    statuses: Counter[str] = field(default_factory=Counter)  # over the documents table
    n_documents: int = 0
    n_events: int = 0
    n_agreements: int = 0
    n_mentions: int = 0
    n_inputs: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    moved: int = 0
    extracted: int = 0  # documents read and processed by this run
    duplicates: int = 0
    kept: int = 0
    pruned: int = 0
    rebuild: bool = False
    stale: int = 0
    stale_from: list[Provenance] = field(default_factory=list)
    current: Provenance | None = None
    english_pipeline: str = ""  # "" when the model was not loaded
    problems: list[str] = field(default_factory=list)  # documents of this run not extracted, first by doc_id
    n_problems: int = 0

    def note(self, document: Document) -> None:
        if document.status == STATUS_OK:
            return
        self.n_problems += 1
        self.problems.append(f"{document.doc_id}: {document.status}: {document.message}")
        if len(self.problems) > 10 * MAX_LISTED_PROBLEMS:
            self.problems = sorted(self.problems)[:MAX_LISTED_PROBLEMS]

    def format(self, *, seconds: float) -> str:
        lines = [f"coopextract: {self.n_documents} documents in {seconds:.1f}s → {self.out_dir} (store {self.store_path})"]
        unchanged = "unchanged, reprocessed (--rebuild)" if self.rebuild else "unchanged (skipped)"
        inputs = f"  inputs: {self.n_inputs} files: {self.new} new, {self.changed} changed, {self.unchanged} {unchanged}"
        if self.moved:
            inputs += f", of which {self.moved} moved (path updated)"
        if self.duplicates:
            inputs += f"; {self.duplicates} not extracted: doc_id already used by another file"
        lines.append(inputs)
        lines.append("  by status: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())))
        not_extracted = {k: v for k, v in sorted(self.statuses.items()) if k != STATUS_OK}
        if not_extracted:
            detail = ", ".join(f"{k} {v}" for k, v in not_extracted.items())
            lines.append(f"  not extracted: {sum(not_extracted.values())} ({detail}; see documents.csv, column message)")
            listed = sorted(self.problems)[:MAX_LISTED_PROBLEMS]
            if listed:
                lines.append("  this run:")
                lines.extend(f"    {p}" for p in listed)
                if self.n_problems > len(listed):
                    lines.append(f"    … {self.n_problems - len(listed)} more")
        if self.kept:
            lines.append(f"  kept: {self.kept} stored documents whose files are not among the inputs "
                         "(their rows stay in the tables; --prune removes them)")
        if self.pruned:
            lines.append(f"  pruned: {self.pruned} stored documents whose files are not among the inputs")
        if self.stale and self.current is not None:
            found = ", ".join(str(p) for p in self.stale_from[:2]) + (", …" if len(self.stale_from) > 2 else "")
            lines.append("  " + Messages.STALE.format(count=self.stale, found=found, current=self.current))
        lines.append(f"  mentions {self.n_mentions}, events {self.n_events}, agreements {self.n_agreements}")
        if self.english_pipeline:
            lines.append(f"  English pipeline: {self.english_pipeline}")
        else:
            lines.append("  model: not loaded (nothing new or changed to extract)")
        return "\n".join(lines)


def survey(found: Sequence[Path | Document]) -> list[InputFile]:
    """Hash every input file (nothing else is read); inputs that cannot be read keep their row."""
    inputs: list[InputFile] = []
    seen: set[str] = set()
    for item in found:
        shown = item.path if isinstance(item, Document) else display_path(item)
        if shown in seen:  # the same file given twice (`run corpus corpus/dev`) is one input
            continue
        seen.add(shown)
        if isinstance(item, Document):
            inputs.append(InputFile(doc_id=item.doc_id, shown=item.path, problem=item))
            continue
        doc_id, _ = document_id(item)
        try:
            inputs.append(InputFile(doc_id=doc_id, shown=display_path(item), path=item, sha256=file_sha256(item)))
        except OSError as exc:
            inputs.append(InputFile(doc_id=doc_id, shown=display_path(item), problem=unreadable_document(item, exc)))
    return inputs


def _duplicate(item: InputFile, owner: str) -> Document:
    # a documents row of its own (doc_id stays unique in the table), named after the file
    suffix = hashlib.sha1(item.shown.encode("utf-8")).hexdigest()[:8]
    return Document(doc_id=f"{item.doc_id}~{suffix}", path=item.shown, status=STATUS_DUPLICATE, sha256=item.sha256,
                    message=Messages.DUPLICATE_ID.format(doc_id=item.doc_id, owner=owner))


def make_plan(inputs: Sequence[InputFile], stored: dict[str, StoredDocument], *, rebuild: bool = False,
              prune: bool = False) -> Plan:
    """Decide, before any reading, what is new, changed, unchanged, moved, duplicated or gone."""
    plan = Plan(n_inputs=len(inputs))
    groups: dict[str, list[InputFile]] = {}
    for item in inputs:
        groups.setdefault(item.doc_id, []).append(item)
    shown = {item.shown for item in inputs}
    away: dict[str, StoredDocument] = {}  # stored, its file elsewhere and not among the inputs
    for doc_id, record in sorted(stored.items()):
        if record.path in shown:
            continue
        if doc_id in groups and not os.path.lexists(record.path):
            continue  # its file is gone: an input with its name takes it over (moved)
        if prune:
            plan.prune.append(doc_id)
        else:
            plan.kept += 1
            away[doc_id] = record
    pruned = set(plan.prune)
    for doc_id, candidates in groups.items():
        if doc_id in away:
            plan.duplicates += [_duplicate(c, away[doc_id].path) for c in candidates]
            continue
        record = None if doc_id in pruned else stored.get(doc_id)
        owner = next((c for c in candidates if record is not None and c.shown == record.path), candidates[0])
        plan.duplicates += [_duplicate(c, owner.shown) for c in candidates if c is not owner]
        _classify(plan, owner, record, rebuild=rebuild)
    return plan


def _classify(plan: Plan, item: InputFile, record: StoredDocument | None, *, rebuild: bool) -> None:
    if item.problem is not None:
        row = item.problem
        same = record is not None and (record.path, record.status, record.message, record.sha256) == (
            row.path, row.status, row.message, row.sha256)
    else:
        same = record is not None and record.sha256 == item.sha256
    if record is None:
        plan.new += 1
    elif not same:
        plan.changed += 1
    else:
        plan.unchanged += 1
        if rebuild:
            plan.todo.append(item)
        elif record.path != item.shown:
            plan.moves[item.doc_id] = item.shown
        return
    plan.todo.append(item)


def run(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    workers: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    extractor: Extractor | None = None,
    store_path: Path | None = None,
    rebuild: bool = False,
    prune: bool = False,
) -> RunSummary:
    """Bring the store up to date with the inputs and export the tables; see the module docstring."""
    out_dir = Path(out_dir)
    store_path = Path(store_path) if store_path else out_dir / STORE_NAME
    found = list(discover(inputs))
    current = Provenance(version=__version__, rules=resources.rules_fingerprint())
    summary = RunSummary(out_dir=out_dir, store_path=store_path, rebuild=rebuild, current=current)
    loaded: list[Extractor] = [extractor] if extractor is not None else []

    def get_extractor() -> Extractor:
        if not loaded:
            from .pipeline import Extractor

            loaded.append(Extractor())
        return loaded[0]

    out_dir.mkdir(parents=True, exist_ok=True)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(store_path, rebuild=rebuild) as store:
        plan = make_plan(survey(found), store.documents(), rebuild=rebuild, prune=prune)
        if plan.prune:
            store.remove(plan.prune)
        if plan.moves:
            store.set_paths(plan.moves)
        used = _extract(plan.todo, store, current, summary, get_extractor=get_extractor, workers=workers,
                        batch_size=batch_size, progress=progress)
        store.set_duplicates(plan.duplicates, current)
        for row in plan.duplicates:
            summary.note(row)
        store.relink()
        store.export(out_dir)
        summary.statuses = store.status_counts()
        summary.n_documents = sum(summary.statuses.values())
        summary.n_mentions, summary.n_events, summary.n_agreements = (
            store.count("mentions"), store.count("events"), store.count("agreements"))
        summary.stale, summary.stale_from = store.stale(current)
    summary.n_inputs, summary.new, summary.changed, summary.unchanged = plan.n_inputs, plan.new, plan.changed, plan.unchanged
    summary.moved, summary.duplicates, summary.kept, summary.pruned = (
        len(plan.moves), len(plan.duplicates), plan.kept, len(plan.prune))
    summary.english_pipeline = loaded[0].info.english if used and loaded else ""
    return summary


def _extract(todo: Sequence[InputFile], store: Store, made_by: Provenance, summary: RunSummary, *,
             get_extractor: Callable[[], Extractor], workers: int, batch_size: int, progress: bool) -> bool:
    """Read and extract `todo`, one store transaction per batch; True when the model was used."""
    if not todo:
        return False
    used = False

    def documents() -> Iterator[Document]:
        for item in todo:
            yield item.problem if item.problem is not None else read_document(item.path)

    def results() -> Iterator[DocumentResult]:
        nonlocal used
        pending = documents()
        for document in pending:
            if document.status != STATUS_OK:
                yield DocumentResult(document)
                continue
            # the first document that needs the model: load it now, and stream the rest through it
            used = True
            yield from get_extractor().process(chain([document], pending), n_process=workers, batch_size=batch_size)
            return

    batch: list[DocumentResult] = []
    with tqdm(total=len(todo), unit="doc", disable=not progress, desc="coopextract", leave=False) as bar:
        for result in results():
            batch.append(result)
            summary.note(result.document)
            bar.update(1)
            if len(batch) >= batch_size:
                store.write(batch, made_by)
                summary.extracted += len(batch)
                batch = []
        if batch:
            store.write(batch, made_by)
            summary.extracted += len(batch)
    return used
