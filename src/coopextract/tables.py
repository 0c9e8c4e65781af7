"""Records → tables. The one place that knows the table schemas."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path

import pandas as pd

from .records import Agreement, Document, Event, Mention

LIST_SEPARATOR = ";"

DOCUMENT_COLUMNS = ("doc_id", "path", "doc_date", "lang", "lang_score", "status", "message", "n_chars", "sha256")
MENTION_COLUMNS = ("doc_id", "start", "end", "text", "label", "norm", "source", "rule_id", "sentence")
EVENT_COLUMNS = (
    "event_id", "agreement_id", "doc_id", "action", "agreement_type", "date", "countries", "agencies",
    "projects", "signatories", "location", "period", "evidence", "evidence_start", "evidence_end",
)
AGREEMENT_COLUMNS = ("agreement_id", "agreement_type", "countries", "first_date", "doc_ids", "n_events")
LIST_COLUMNS = ("countries", "agencies", "projects", "signatories", "doc_ids")

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": DOCUMENT_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "events": EVENT_COLUMNS,
    "agreements": AGREEMENT_COLUMNS,
}
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "mentions": ["doc_id", "start", "end", "label"],
    "events": ["doc_id", "evidence_start", "event_id"],
    "agreements": ["agreement_id"],
}
INT_COLUMNS = {"n_chars", "start", "end", "evidence_start", "evidence_end", "n_events"}
FLOAT_COLUMNS = {"lang_score"}


def join_list(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(sorted(set(values)))


def split_list(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return []
    return [v for v in str(value).split(LIST_SEPARATOR) if v]


def _row(record: Document | Mention | Event | Agreement) -> dict[str, object]:
    row = {f.name: getattr(record, f.name) for f in fields(record)}
    for key in LIST_COLUMNS:
        if key in row:
            row[key] = join_list(row[key])
    if "doc_date" in row and row["doc_date"] is None:
        row["doc_date"] = ""
    return row


def to_frame(table: str, records: Iterable[Document | Mention | Event | Agreement]) -> pd.DataFrame:
    columns = list(TABLE_COLUMNS[table])
    frame = pd.DataFrame([_row(r) for r in records], columns=columns)
    return normalise_frame(table, frame)


def normalise_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Fixed column order, dtypes and row order, so equal content gives equal files."""
    frame = frame.reindex(columns=list(TABLE_COLUMNS[table]))
    for column in frame.columns:
        if column in INT_COLUMNS:
            frame[column] = frame[column].fillna(0).astype("int64")
        elif column in FLOAT_COLUMNS:
            frame[column] = frame[column].fillna(0.0).astype("float64").round(4)
        else:
            frame[column] = frame[column].fillna("").astype(str)
    return frame.sort_values(SORT_KEYS[table], kind="stable").reset_index(drop=True)


def _atomic_write(path: Path, write) -> None:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp_name))
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path, formats: Sequence[str] = ("csv", "parquet")) -> list[Path]:
    """Write each table as CSV (UTF-8, one header row) and Parquet, atomically."""
    written: list[Path] = []
    for name, frame in frames.items():
        frame = normalise_frame(name, frame)
        if "csv" in formats:
            target = out_dir / f"{name}.csv"
            _atomic_write(target, lambda p, f=frame: f.to_csv(p, index=False, encoding="utf-8", lineterminator="\n"))
            written.append(target)
        if "parquet" in formats:
            target = out_dir / f"{name}.parquet"
            _atomic_write(target, lambda p, f=frame: f.to_parquet(p, index=False))
            written.append(target)
    return written


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read a table written by `write_tables` (CSV), with its dtypes."""
    path = Path(out_dir) / f"{name}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return normalise_frame(name, frame)
