"""The main job: input folders → documents → extraction → linked tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from . import tables
from .ingest import discover, read_document
from .linking import link_agreements
from .pipeline import Extractor
from .records import Document, DocumentResult, Event, Mention


@dataclass
class RunSummary:
    statuses: Counter[str] = field(default_factory=Counter)
    n_documents: int = 0
    n_events: int = 0
    n_agreements: int = 0
    n_mentions: int = 0
    english_pipeline: str = ""
    out_dir: Path = Path(".")
    problems: list[str] = field(default_factory=list)

    def format(self, *, seconds: float) -> str:
        lines = [f"coopextract: {self.n_documents} documents in {seconds:.1f}s → {self.out_dir}"]
        lines.append("  by status: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())))
        skipped = self.n_documents - self.statuses.get("ok", 0)
        if skipped:
            lines.append(f"  not extracted: {skipped} (see documents.csv, column message)")
            lines.extend(f"    {p}" for p in self.problems[:10])
            if len(self.problems) > 10:
                lines.append(f"    … {len(self.problems) - 10} more")
        lines.append(f"  mentions {self.n_mentions}, events {self.n_events}, agreements {self.n_agreements}")
        lines.append(f"  English pipeline: {self.english_pipeline}")
        return "\n".join(lines)


def run(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    workers: int = 1,
    batch_size: int = 16,
    progress: bool = True,
    extractor: Extractor | None = None,
) -> RunSummary:
    found = list(discover(inputs))
    extractor = extractor or Extractor()

    def documents():
        for item in found:
            yield item if isinstance(item, Document) else read_document(item)

    results: list[DocumentResult] = []
    bar = tqdm(total=len(found), unit="doc", disable=not progress, desc="coopextract", leave=False)
    for result in extractor.process(documents(), n_process=workers, batch_size=batch_size):
        results.append(result)
        bar.update(1)
    bar.close()
    return write_results(results, out_dir, english_pipeline=extractor.info.english)


def write_results(results: Sequence[DocumentResult], out_dir: Path, *, english_pipeline: str = "") -> RunSummary:
    documents = [r.document for r in results]
    mentions: list[Mention] = [m for r in results for m in r.mentions]
    events, agreements = link_agreements(e for r in results for e in r.events)
    tables.write_tables(
        {
            "documents": tables.to_frame("documents", documents),
            "mentions": tables.to_frame("mentions", mentions),
            "events": tables.to_frame("events", events),
            "agreements": tables.to_frame("agreements", agreements),
        },
        out_dir,
    )
    summary = RunSummary(
        statuses=Counter(d.status for d in documents),
        n_documents=len(documents),
        n_events=len(events),
        n_agreements=len(agreements),
        n_mentions=len(mentions),
        english_pipeline=english_pipeline,
        out_dir=out_dir,
        problems=[f"{d.doc_id}: {d.status}: {d.message}" for d in sorted(documents, key=lambda d: d.doc_id) if d.status != "ok"],
    )
    return summary
