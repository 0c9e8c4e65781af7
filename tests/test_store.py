"""The incremental store: a re-run changes nothing, only new or changed files are read,
and whatever the history, the tables are those of one run over the same files."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coopextract import store as store_module
from coopextract import tables
from coopextract.errors import CoopExtractError
from coopextract.ingest import iter_documents
from coopextract.linking import link_agreements
from coopextract.runner import run
from coopextract.store import STORE_NAME, Store, _rechunk

from .corpora import article, write_articles

TABLE_FILES = [f"{name}.{ext}" for name in tables.TABLE_COLUMNS for ext in ("csv", "parquet")]


def differing(a: Path, b: Path) -> list[str]:
    """The exported files that differ between two output folders, byte for byte."""
    return [name for name in TABLE_FILES if (a / name).read_bytes() != (b / name).read_bytes()]


def go(inputs: Path, out: Path, extractor, **options):
    return run([inputs], out, progress=False, extractor=extractor, batch_size=4, **options)


def store_rows(out: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(out / STORE_NAME)) as con:
        return con.execute(sql).fetchall()


@pytest.fixture()
def folder(tmp_path):
    inputs = tmp_path / "in"
    write_articles(inputs, 5)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (inputs / "quotes.txt").write_text(' date 2021-03-10 « Roscosmos », dit-il, "et la CNSA" ont signé hier un '
                                       "mémorandum sur l'ILRS.\n\nSecond, paragraphe.", "utf-8")
    return inputs


def test_tables_have_the_format_of_one_in_memory_run(folder, tmp_path, extractor):
    """Exported from the store, chunk by chunk, the files are those tables.write_tables writes."""
    go(folder, tmp_path / "out", extractor)
    results = list(extractor.process(iter_documents([folder])))
    events, agreements = link_agreements(e for r in results for e in r.events)
    tables.write_tables({
        "documents": tables.to_frame("documents", [r.document for r in results]),
        "mentions": tables.to_frame("mentions", [m for r in results for m in r.mentions]),
        "events": tables.to_frame("events", events),
        "agreements": tables.to_frame("agreements", agreements),
    }, tmp_path / "memory")
    assert differing(tmp_path / "out", tmp_path / "memory") == []
    assert tables.read_table(tmp_path / "out", "mentions").shape[0] > 20


def test_chunked_export_writes_the_same_files(folder, tmp_path, extractor):
    go(folder, tmp_path / "out", extractor)
    frame = tables.read_table(tmp_path / "out", "mentions")
    chunks = [pa.Table.from_pandas(frame.iloc[n : n + 7], preserve_index=False) for n in range(0, len(frame), 7)]
    tables.export_table("mentions", chunks, tmp_path / "chunked")
    assert (tmp_path / "chunked" / "mentions.csv").read_bytes() == (tmp_path / "out" / "mentions.csv").read_bytes()
    parquet = pq.ParquetFile(tmp_path / "chunked" / "mentions.parquet")
    assert parquet.metadata.num_row_groups == len(chunks)
    assert parquet.schema_arrow.equals(tables.parquet_schema("mentions"), check_metadata=True)
    assert parquet.read().to_pandas().equals(frame)
    tables.export_table("agreements", [], tmp_path / "empty")  # no rows: a header and a schema
    assert (tmp_path / "empty" / "agreements.csv").read_text("utf-8") == ",".join(tables.AGREEMENT_COLUMNS) + "\n"
    assert pq.read_table(tmp_path / "empty" / "agreements.parquet").num_rows == 0


def test_export_by_document_ranges_writes_the_same_files(folder, tmp_path, extractor, monkeypatch):
    """Ranges of a few documents (boundaries inside the corpus, a last open range) sort like one query."""
    go(folder, tmp_path / "out", extractor)
    monkeypatch.setattr(store_module, "EXPORT_RANGE_DOCS", 2)
    with Store.open(tmp_path / "out" / STORE_NAME) as store:
        assert len(store._doc_id_bounds()) > 2
        store.export(tmp_path / "ranged")
    assert differing(tmp_path / "out", tmp_path / "ranged") == []


def test_rechunk_gives_fixed_sizes():
    batches = [pa.record_batch({"a": list(range(n))}) for n in (3, 0, 9, 1, 5)]
    assert [t.num_rows for t in _rechunk(batches, 4)] == [4, 4, 4, 4, 2]


def test_second_run_changes_nothing(folder, tmp_path, extractor):
    first = go(folder, tmp_path / "out", extractor)
    assert (first.new, first.extracted) == (8, 8)
    snapshot = tmp_path / "first"
    shutil.copytree(tmp_path / "out", snapshot)
    second = go(folder, tmp_path / "out", extractor)
    assert (second.new, second.changed, second.unchanged, second.extracted) == (0, 0, 8, 0)
    assert second.english_pipeline == ""  # the model was not used
    assert "0 new, 0 changed, 8 unchanged (skipped)" in second.format(seconds=0.1)
    assert differing(tmp_path / "out", snapshot) == []


def test_only_new_and_changed_files_are_processed(folder, tmp_path, extractor):
    go(folder, tmp_path / "out", extractor)
    (folder / "article_002.txt").write_text(article(40), "utf-8")
    (folder / "empty.txt").write_text(" date 2022-01-05 La NASA et la JAXA ont signé un accord-cadre.", "utf-8")
    write_articles(folder, 1, start=5)
    summary = go(folder, tmp_path / "out", extractor)
    assert (summary.new, summary.changed, summary.unchanged, summary.extracted) == (1, 2, 6, 3)
    assert "1 new, 2 changed, 6 unchanged (skipped)" in summary.format(seconds=1.0)
    # the changed documents' rows were replaced, not added to: the same as one run over the folder
    go(folder, tmp_path / "fresh", extractor)
    assert differing(tmp_path / "out", tmp_path / "fresh") == []
    documents = tables.read_table(tmp_path / "out", "documents").set_index("doc_id")
    assert documents.loc["empty", "status"] == "ok"


def test_moved_file_keeps_its_results(folder, tmp_path, extractor):
    go(folder, tmp_path / "out", extractor)
    (folder / "sub").mkdir()
    (folder / "article_001.txt").rename(folder / "sub" / "article_001.txt")
    summary = go(folder, tmp_path / "out", extractor)
    assert (summary.unchanged, summary.moved, summary.extracted, summary.kept) == (8, 1, 0, 0)
    go(folder, tmp_path / "fresh", extractor)
    assert differing(tmp_path / "out", tmp_path / "fresh") == []


def test_same_doc_id_in_two_folders(tmp_path, extractor):
    inputs = tmp_path / "in"
    (inputs / "b").mkdir(parents=True)
    (inputs / "b" / "report.txt").write_text(article(1), "utf-8")
    go(inputs, tmp_path / "out", extractor)
    mentions_before = tables.read_table(tmp_path / "out", "mentions")
    # a newcomer whose folder sorts first does not take the id from the stored file
    (inputs / "a").mkdir()
    (inputs / "a" / "report.txt").write_text(article(2), "utf-8")
    summary = go(inputs, tmp_path / "out", extractor)
    assert (summary.duplicates, summary.extracted) == (1, 0)
    documents = tables.read_table(tmp_path / "out", "documents")
    owner = documents[documents["doc_id"] == "report"].iloc[0]
    assert owner["status"] == "ok" and owner["path"].endswith("b/report.txt")
    duplicate = documents[documents["status"] == "duplicate_id"].iloc[0]
    assert duplicate["doc_id"].startswith("report~") and duplicate["path"].endswith("a/report.txt")
    assert f"doc_id 'report' is already used by {owner['path']}" in duplicate["message"]
    assert tables.read_table(tmp_path / "out", "mentions").equals(mentions_before)
    assert "1 not extracted: doc_id already used by another file" in summary.format(seconds=1.0)
    # in a fresh store, the first in path order holds the id
    go(inputs, tmp_path / "fresh", extractor)
    fresh = tables.read_table(tmp_path / "fresh", "documents").set_index("doc_id")
    assert fresh.loc["report", "path"].endswith("a/report.txt")


def test_a_file_given_twice_is_one_input(folder, tmp_path, extractor):
    summary = run([folder, folder / "article_001.txt"], tmp_path / "out", progress=False, extractor=extractor)
    assert (summary.n_inputs, summary.duplicates) == (8, 0)


def test_a_stored_file_elsewhere_is_not_overwritten(tmp_path, extractor):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "note.txt").write_text(article(3), "utf-8")
    go(tmp_path / "day1", tmp_path / "out", extractor)
    (tmp_path / "day2").mkdir()
    (tmp_path / "day2" / "note.txt").write_text(article(4), "utf-8")
    summary = go(tmp_path / "day2", tmp_path / "out", extractor)
    assert (summary.kept, summary.duplicates, summary.extracted) == (1, 1, 0)
    documents = tables.read_table(tmp_path / "out", "documents").set_index("doc_id")
    assert documents.loc["note", "path"] == str(tmp_path / "day1" / "note.txt")
    pruned = go(tmp_path / "day2", tmp_path / "out", extractor, prune=True)
    assert (pruned.pruned, pruned.new, pruned.duplicates) == (1, 1, 0)
    documents = tables.read_table(tmp_path / "out", "documents").set_index("doc_id")
    assert documents.loc["note", "path"] == str(tmp_path / "day2" / "note.txt")


def test_missing_files_are_kept_unless_pruned(folder, tmp_path, extractor):
    go(folder, tmp_path / "out", extractor)
    (folder / "article_003.txt").unlink()
    summary = go(folder, tmp_path / "out", extractor)
    assert (summary.kept, summary.extracted) == (1, 0)
    assert "kept: 1 stored documents whose files are not among the inputs" in summary.format(seconds=0.1)
    assert "article_003" in set(tables.read_table(tmp_path / "out", "mentions")["doc_id"])
    summary = go(folder, tmp_path / "out", extractor, prune=True)
    assert (summary.pruned, summary.kept) == (1, 0)
    go(folder, tmp_path / "fresh", extractor)  # agreements re-linked without it
    assert differing(tmp_path / "out", tmp_path / "fresh") == []


def test_stale_results_are_reported_then_rebuilt(folder, tmp_path, extractor):
    go(folder, tmp_path / "out", extractor)
    snapshot = tmp_path / "first"
    shutil.copytree(tmp_path / "out", snapshot)
    with duckdb.connect(str(tmp_path / "out" / STORE_NAME)) as con:  # as if made by earlier rules
        con.execute("UPDATE documents SET rules = 'earlier-rules' WHERE doc_id LIKE 'article%'")
    summary = go(folder, tmp_path / "out", extractor)
    assert (summary.stale, summary.extracted) == (5, 0)
    (line,) = [line for line in summary.format(seconds=0.1).splitlines() if line.strip().startswith("stale:")]
    assert "5 stored documents" in line and "rules earlier-rules" in line and "--rebuild" in line
    rebuilt = go(folder, tmp_path / "out", extractor, rebuild=True)
    assert (rebuilt.stale, rebuilt.extracted, rebuilt.unchanged) == (0, 8, 8)
    assert differing(tmp_path / "out", snapshot) == []


def test_store_of_another_schema(tmp_path):
    path = tmp_path / STORE_NAME
    Store.open(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    with pytest.raises(CoopExtractError, match="--rebuild"):
        Store.open(path)
    with Store.open(path, rebuild=True) as store:
        assert store.count("documents") == 0


def test_rows_of_a_document_land_together(folder, tmp_path, extractor):
    """Each batch is one transaction: every stored document has its mentions, none are orphans."""
    go(folder, tmp_path / "out", extractor)
    orphans = store_rows(tmp_path / "out", "SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
    assert orphans == [(0,)]
    assert store_rows(tmp_path / "out", "SELECT count(DISTINCT version), count(DISTINCT rules) FROM documents") == [(1, 1)]
