"""The incremental store: the results of every run in one embedded DuckDB database.

A run asks the store what it holds (doc_id, path, content hash), writes each batch of
results in one transaction — a document's rows land all together or not at all, so a
run killed at any moment loses at most the batch in flight — re-links agreements over
all stored events, and exports the tables from the store chunk by chunk. Nothing is kept
in memory per document of the corpus.

Besides the columns of the tables, mention, event and agreement rows carry `seq` (their
order in the results of their document, the last sort key, so that ties sort as they
always did), and document rows carry the coopextract `version` and `rules` fingerprint
that made them, so stale results can be told.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pyarrow as pa

from . import tables
from .errors import CoopExtractError, Messages
from .linking import LinkRow, assign_agreements, event_id
from .records import STATUS_DUPLICATE, Document, DocumentResult

STORE_NAME = "coopextract.duckdb"
SCHEMA_VERSION = "1"
# DuckDB's buffer pool caps at this and spills sorts to disk beyond it, so exporting
# a large store does not grow memory; one thread, because each thread sorts in
# buffers of its own and the run's time is in the model, not here
MEMORY_LIMIT = "64MB"
DUCKDB_THREADS = 1
EXPORT_CHUNK_ROWS = 5_000
EXPORT_RANGE_DOCS = 1_000
TABLES = ("documents", "mentions", "events", "agreements")
EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("version", "rules"),
    "mentions": ("seq",),
    "events": ("seq",),
    "agreements": ("seq",),
}
# after the tables' sort keys: ties keep the order of their document's results, as in one run
TIE_BREAK: dict[str, tuple[str, ...]] = {"documents": (), "mentions": ("seq",), "events": ("seq",), "agreements": ("seq",)}


@dataclass(frozen=True)
class Provenance:
    """What made a result; stored results are stale when it changes."""

    version: str
    rules: str

    def __str__(self) -> str:
        return f"coopextract {self.version}, rules {self.rules}"


@dataclass(frozen=True)
class StoredDocument:
    """What the planner needs to know about a stored document."""

    doc_id: str
    path: str
    sha256: str
    status: str
    message: str


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(table: str) -> tuple[str, ...]:
    return (*tables.TABLE_COLUMNS[table], *EXTRA_COLUMNS[table])


def _sql_type(column: str) -> str:
    if column in tables.INT_COLUMNS or column == "seq":
        return "BIGINT"
    if column in tables.FLOAT_COLUMNS:
        return "DOUBLE"
    return "VARCHAR"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _with_provenance(rows: pa.Table, made_by: Provenance) -> pa.Table:
    rows = rows.append_column("version", pa.array([made_by.version] * rows.num_rows, pa.string()))
    return rows.append_column("rules", pa.array([made_by.rules] * rows.num_rows, pa.string()))


def _tuples(rows: pa.Table) -> list[tuple]:
    return list(zip(*(column.to_pylist() for column in rows.columns)))


def _rechunk(batches: Iterable[pa.RecordBatch], size: int) -> Iterator[pa.Table]:
    """Chunks of exactly `size` rows (the last one shorter): the same files whatever DuckDB's batching."""
    pending: list[pa.RecordBatch] = []
    count = 0
    for batch in batches:
        if not batch.num_rows:
            continue
        pending.append(batch)
        count += batch.num_rows
        while count >= size:
            table = pa.Table.from_batches(pending)
            yield table.slice(0, size)
            rest = table.slice(size)
            pending, count = rest.to_batches(), rest.num_rows
    if count:
        yield pa.Table.from_batches(pending)


class Store:
    """The DuckDB database of a run's output folder (`OUT/coopextract.duckdb`)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.con = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, *, rebuild: bool = False) -> Store:
        """Open or create the store; with `rebuild`, a store of another schema is recreated."""
        path = Path(path)
        try:
            connection = duckdb.connect(str(path), config={"memory_limit": MEMORY_LIMIT, "threads": DUCKDB_THREADS})
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise CoopExtractError(Messages.STORE_LOCKED.format(path=path)) from None
            raise CoopExtractError(Messages.STORE_UNUSABLE.format(path=path, error=_first_line(exc))) from None
        store = cls(connection, path)
        try:
            store._prepare(rebuild=rebuild)
        except BaseException:
            connection.close()
            raise
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _prepare(self, *, rebuild: bool) -> None:
        self.con.execute("SET enable_progress_bar = false")
        present = {row[0] for row in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        found = None
        if "meta" in present:
            rows = self.con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
            found = rows[0][0] if rows else "?"
        ours = present & {"meta", *TABLES}
        if ours and found != SCHEMA_VERSION:
            if not rebuild:
                raise CoopExtractError(Messages.STORE_SCHEMA.format(
                    path=self.path, found=found or "unknown", expected=SCHEMA_VERSION))
            with self._transaction():
                for table in sorted(ours):
                    self.con.execute(f"DROP TABLE {_quote(table)}")
            ours = set()
        if ours:
            return
        with self._transaction():
            self.con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
            self.con.execute("INSERT INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])
            for table in TABLES:
                columns = ", ".join(f"{_quote(c)} {_sql_type(c)}" for c in _columns(table))
                self.con.execute(f"CREATE TABLE {_quote(table)} ({columns})")

    # -- reading ---------------------------------------------------------------
    def documents(self) -> dict[str, StoredDocument]:
        """Every stored document by doc_id (rows of duplicate files are not documents)."""
        rows = self.con.execute(
            "SELECT doc_id, path, sha256, status, message FROM documents WHERE status <> ?", [STATUS_DUPLICATE]
        ).fetchall()
        return {row[0]: StoredDocument(*row) for row in rows}

    def count(self, table: str) -> int:
        (count,), = self.con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchall()
        return count

    def status_counts(self) -> Counter[str]:
        return Counter(dict(self.con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall()))

    def stale(self, current: Provenance) -> tuple[int, list[Provenance]]:
        """How many stored documents were made by another version or other rules, and by which."""
        rows = self.con.execute(
            "SELECT version, rules, count(*) FROM documents WHERE status <> ? AND (version <> ? OR rules <> ?) "
            "GROUP BY version, rules ORDER BY count(*) DESC, version, rules",
            [STATUS_DUPLICATE, current.version, current.rules],
        ).fetchall()
        return sum(row[2] for row in rows), [Provenance(row[0], row[1]) for row in rows]

    # -- writing ---------------------------------------------------------------
    def _insert(self, table: str, rows: pa.Table) -> None:
        if not rows.num_rows:
            return
        self.con.register("_rows", rows)
        try:
            self.con.execute(f"INSERT INTO {_quote(table)} BY NAME SELECT * FROM _rows")
        finally:
            self.con.unregister("_rows")

    def _delete(self, doc_ids: Sequence[str]) -> None:
        ids = [list(doc_ids)]
        (stored,), = self.con.execute(
            "SELECT count(*) FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", ids).fetchall()
        if not stored:
            return  # new documents: nothing to scan the large tables for (a document's rows come and go together)
        for table in ("documents", "mentions", "events"):
            self.con.execute(f"DELETE FROM {_quote(table)} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", ids)

    def write(self, results: Sequence[DocumentResult], made_by: Provenance) -> None:
        """Replace all rows of these documents, in one transaction."""
        documents = _with_provenance(tables.arrow_rows("documents", [r.document for r in results]), made_by)
        mentions = tables.arrow_rows("mentions", [m for r in results for m in r.mentions])
        mentions = mentions.append_column("seq", pa.array([n for r in results for n in range(len(r.mentions))], pa.int64()))
        events = tables.arrow_rows("events", [replace(e, event_id=e.event_id or event_id(e))
                                              for r in results for e in r.events])
        events = events.append_column("seq", pa.array([n for r in results for n in range(len(r.events))], pa.int64()))
        with self._transaction():
            self._delete([r.document.doc_id for r in results])
            self._insert("documents", documents)
            self._insert("mentions", mentions)
            self._insert("events", events)

    def remove(self, doc_ids: Sequence[str]) -> None:
        """Forget these documents and everything extracted from them."""
        with self._transaction():
            self._delete(doc_ids)

    def set_paths(self, paths: Mapping[str, str]) -> None:
        """A file moved with its content unchanged: only its path changes."""
        with self._transaction():
            self.con.executemany("UPDATE documents SET path = ? WHERE doc_id = ?",
                                 [[path, doc_id] for doc_id, path in sorted(paths.items())])

    def set_duplicates(self, rows: Sequence[Document], made_by: Provenance) -> None:
        """The rows of the input files whose doc_id another file holds, as found by this run."""
        wanted = tables.arrow_rows("documents", rows)
        columns = ", ".join(_quote(c) for c in tables.DOCUMENT_COLUMNS)
        stored = self.con.execute(f"SELECT {columns} FROM documents WHERE status = ?", [STATUS_DUPLICATE]).fetchall()
        if sorted(stored) == sorted(_tuples(wanted)):
            return
        with self._transaction():
            self.con.execute("DELETE FROM documents WHERE status = ?", [STATUS_DUPLICATE])
            self._insert("documents", _with_provenance(wanted, made_by))

    def relink(self) -> None:
        """Agreement ids over ALL stored events (linking.py); writes only what changed."""
        rows = self.con.execute(
            'SELECT doc_id, event_id, agreement_id, action, agreement_type, "date", countries '
            "FROM events ORDER BY doc_id, seq"
        ).fetchall()
        current = {row[1]: row[2] for row in rows}
        links, agreements = assign_agreements(
            LinkRow(doc_id, eid, action, kind, date, tuple(tables.split_list(countries)))
            for doc_id, eid, _, action, kind, date, countries in rows)
        del rows
        # equal event ids mean equal document, type and countries, hence one agreement
        changed = {eid: agreement for eid, agreement in links.items() if current[eid] != agreement}
        del current, links
        rows = tables.arrow_rows("agreements", agreements)
        rows = rows.append_column("seq", pa.array(range(rows.num_rows), pa.int64()))
        columns = ", ".join(_quote(c) for c in (*tables.AGREEMENT_COLUMNS, "seq"))
        stored = self.con.execute(f"SELECT {columns} FROM agreements ORDER BY seq").fetchall()
        same_agreements = stored == _tuples(rows)
        if not changed and same_agreements:
            return
        with self._transaction():
            if changed:
                links = pa.table({"event_id": list(changed), "agreement_id": list(changed.values())})
                self.con.register("_links", links)
                try:
                    self.con.execute("UPDATE events SET agreement_id = _links.agreement_id FROM _links "
                                     "WHERE events.event_id = _links.event_id")
                finally:
                    self.con.unregister("_links")
            if not same_agreements:
                self.con.execute("DELETE FROM agreements")
                self._insert("agreements", rows)

    # -- export ----------------------------------------------------------------
    def _doc_id_bounds(self) -> list[str]:
        """Every EXPORT_RANGE_DOCS-th doc_id in order: the tables are exported one doc_id range at a time."""
        rows = self.con.execute(
            "SELECT doc_id FROM (SELECT doc_id, row_number() OVER (ORDER BY doc_id) - 1 AS n FROM documents) "
            f"WHERE n % {EXPORT_RANGE_DOCS} = 0 ORDER BY doc_id"
        ).fetchall()
        return [row[0] for row in rows]

    def _sorted_chunks(self, table: str, bounds: Sequence[str]) -> Iterator[pa.Table]:
        columns = ", ".join(_quote(c) for c in tables.TABLE_COLUMNS[table])
        order = ", ".join(_quote(c) for c in (*tables.SORT_KEYS[table], *TIE_BREAK[table]))
        query = f"SELECT {columns} FROM {_quote(table)}"
        if table == "agreements":  # one row per agreement: few, sorted at once
            ranges: list[tuple[str, list[str]]] = [(f"{query} ORDER BY {order}", [])]
        else:
            # a sort of the whole table would hold every row (sentences included) at once;
            # a range of documents at a time keeps memory flat however large the store
            ranges = [(f"{query} WHERE doc_id >= ? AND doc_id < ? ORDER BY {order}", [lo, hi])
                      for lo, hi in zip(bounds, bounds[1:])]
            ranges += [(f"{query} WHERE doc_id >= ? ORDER BY {order}", [lo]) for lo in bounds[-1:]]
            ranges = ranges or [(f"{query} ORDER BY {order}", [])]

        def batches() -> Iterator[pa.RecordBatch]:
            for sql, parameters in ranges:
                yield from self.con.sql(sql, params=parameters).to_arrow_reader(EXPORT_CHUNK_ROWS)

        yield from _rechunk(batches(), EXPORT_CHUNK_ROWS)

    def export(self, out_dir: Path) -> list[Path]:
        """Write the four tables from the store, sorted, as CSV and Parquet (each file atomically)."""
        tables.remove_temporaries(out_dir)
        written: list[Path] = []
        bounds = self._doc_id_bounds()
        for table in TABLES:
            written += tables.export_table(table, self._sorted_chunks(table, bounds), out_dir)
        return written
