"""Records → tables. The one place that knows the table schemas."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

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


@lru_cache(maxsize=None)
def _layout(record_type: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(field names, list fields) of a record class: `dataclasses.fields` is slow to call per row."""
    names = tuple(f.name for f in fields(record_type))
    return names, tuple(key for key in LIST_COLUMNS if key in names)


def _row(record: Document | Mention | Event | Agreement) -> dict[str, object]:
    names, lists = _layout(type(record))
    row = {name: getattr(record, name) for name in names}
    for key in lists:
        row[key] = join_list(row[key])
    if "doc_date" in row and row["doc_date"] is None:
        row["doc_date"] = ""
    return row


def to_frame(table: str, records: Iterable[Document | Mention | Event | Agreement]) -> pd.DataFrame:
    columns = list(TABLE_COLUMNS[table])
    frame = pd.DataFrame([_row(r) for r in records], columns=columns)
    return normalise_frame(table, frame)


def arrow_rows(table: str, records: Iterable[Document | Mention | Event | Agreement]) -> pa.Table:
    """Records as table rows, typed as in `normalise_frame`, in the order given (not sorted).

    Arrow rather than pandas: the store writes a small batch at a time, where a
    DataFrame's fixed cost would dominate.
    """
    records = list(records)
    columns: dict[str, pa.Array] = {}
    for column in TABLE_COLUMNS[table]:
        values = [getattr(r, column) for r in records]
        if column in LIST_COLUMNS:
            values = [join_list(v) for v in values]
        if column in INT_COLUMNS:
            columns[column] = pa.array([0 if v is None else int(v) for v in values], pa.int64())
        elif column in FLOAT_COLUMNS:
            floats = np.array([0.0 if v is None else float(v) for v in values], dtype="float64")
            columns[column] = pa.array(np.round(floats, 4), pa.float64())
        else:
            columns[column] = pa.array(["" if v is None else str(v) for v in values], pa.large_string())
    return pa.table(columns)


def _typed(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reindex(columns=list(TABLE_COLUMNS[table]))
    for column in frame.columns:
        if column in INT_COLUMNS:
            frame[column] = frame[column].fillna(0).astype("int64")
        elif column in FLOAT_COLUMNS:
            frame[column] = frame[column].fillna(0.0).astype("float64").round(4)
        else:
            frame[column] = frame[column].fillna("").astype(str)
    return frame


def normalise_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Fixed column order, dtypes and row order, so equal content gives equal files."""
    frame = _typed(table, frame)
    return frame.sort_values(SORT_KEYS[table], kind="stable").reset_index(drop=True)


@cache
def parquet_schema(table: str) -> pa.Schema:
    """The Arrow schema pandas writes for a table (pandas metadata included), whatever writes it; built
    once per process (an empty frame through pandas' converter costs more than a small run's rows)."""
    return pa.Schema.from_pandas(normalise_frame(table, pd.DataFrame()), preserve_index=False)


def _publish(temporary: Path, target: Path) -> None:
    # mkstemp makes files private (0600); tables get the permissions a plain open() would give
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    os.replace(temporary, target)


def _atomic_write(path: Path, write) -> None:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp_name))
        _publish(Path(tmp_name), path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


@contextmanager
def _atomic_files(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary files beside `targets`, renamed over them only when all are written."""
    temporaries: list[Path] = []
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            os.close(fd)
            temporaries.append(Path(name))
        yield temporaries
        for temporary, target in zip(temporaries, targets):
            _publish(temporary, target)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise


def remove_temporaries(out_dir: Path) -> None:
    """Temporary files left by a run that was killed while exporting."""
    for name in TABLE_COLUMNS:
        for suffix in ("csv", "parquet"):
            for leftover in Path(out_dir).glob(f".{name}.{suffix}.*"):
                leftover.unlink(missing_ok=True)


def typed_chunk(table: str, chunk: pa.Table) -> pa.Table:
    """A chunk of stored rows with the columns, types and fill values of `normalise_frame`, in Arrow."""
    schema = parquet_schema(table)
    columns = []
    for field in schema:
        column = chunk.column(field.name) if field.name in chunk.column_names else pa.nulls(chunk.num_rows)
        if field.name in INT_COLUMNS:
            column = pc.fill_null(column.cast(pa.int64()), 0)
        elif field.name in FLOAT_COLUMNS:
            values = pc.fill_null(column.cast(pa.float64()), 0.0).to_numpy(zero_copy_only=False)
            column = pa.array(np.round(values, 4), pa.float64())
        else:
            column = pc.fill_null(column.cast(field.type), "")
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=schema)


def export_table(name: str, chunks: Iterable[pa.Table], out_dir: Path,
                 formats: Sequence[str] = ("csv", "parquet")) -> list[Path]:
    """Write one table, already sorted, chunk by chunk as CSV and Parquet, both atomically.

    Each chunk gets the dtypes of `write_tables` and is written as pandas writes it (pandas
    writes CSV through the csv module, QUOTE_MINIMAL, values as str()), so the files are the
    same, but only one chunk is in memory at a time and no DataFrame is built for it.
    """
    targets = [Path(out_dir) / f"{name}.{fmt}" for fmt in formats]
    schema = parquet_schema(name)
    with _atomic_files(targets) as temporaries:
        paths = dict(zip(formats, temporaries))
        csv_file = open(paths["csv"], "w", encoding="utf-8", newline="") if "csv" in paths else None
        parquet = pq.ParquetWriter(paths["parquet"], schema) if "parquet" in paths else None
        try:
            writer = csv.writer(csv_file, lineterminator="\n") if csv_file is not None else None
            if writer is not None:
                writer.writerow(schema.names)
            first = True
            for chunk in chunks:
                if chunk.num_rows == 0 and not first:
                    continue
                typed = typed_chunk(name, chunk)
                if writer is not None:
                    writer.writerows(zip(*(column.to_pylist() for column in typed.columns)))
                if parquet is not None:
                    parquet.write_table(typed)
                first = False
            if first and parquet is not None:  # no rows: a Parquet file with the schema
                parquet.write_table(schema.empty_table())
        finally:
            if csv_file is not None:
                csv_file.close()
            if parquet is not None:
                parquet.close()
    return targets


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
