"""Batch runs as analysts make them: whatever scraping left in the folder, every file gets a
row with a status and a message, the good articles beside them are all extracted, and a
run killed in the middle resumes to exactly the tables of an uninterrupted run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from coopextract import tables
from coopextract.runner import run
from coopextract.store import STORE_NAME

from .corpora import article, write_articles
from .test_store import TABLE_FILES, differing
from .unprivileged import as_unprivileged, give_away, shared_folder

EXE = str(Path(sys.executable).with_name("coopextract"))
FRENCH = " date 2022-06-08 La France a signé les accords Artemis à Washington. Pékin et Moscou ont réagi l'été dernier.\n"
LATIN1 = " date 2021-05-01 L'agence spatiale française a signé un accord à Pékin l'été dernier.\n"
ENGLISH_PARAGRAPH = ("NASA and ISRO signed a memorandum of understanding on the NISAR mission on March 3, 2020 in "
                     "Washington. Engineers from both agencies have worked together for many years.\n\n")
BIG_BODY = ENGLISH_PARAGRAPH * (1_100_000 // len(ENGLISH_PARAGRAPH) + 1)  # longer than spaCy's max_length

# file → (doc_id, status, what the message says)
BAD_INPUTS: dict[str, tuple[str, str, str]] = {
    "empty.txt": ("empty", "empty", "empty file (0 bytes)"),
    "blank.txt": ("blank", "empty", "file holds only whitespace"),
    "image.txt": ("image", "error", "binary file (png image), not a text"),
    "report.txt": ("report", "error", "binary file (pdf), not a text"),
    "utf16.txt": ("utf16", "ok", "decoded as UTF-16 with BOM"),
    "cp1252.txt": ("cp1252", "ok", "decoded as cp1252"),
    "latin1.txt": ("latin1", "ok", "decoded as"),
    "mojibake.txt": ("mojibake", "ok", "mojibake repaired"),
    "nul.txt": ("nul", "ok", "2 NUL bytes removed"),
    "badheader.txt": ("badheader", "ok", "malformed date header '2021-13': no document date"),
    "noheader.txt": ("noheader", "ok", "no date header: no document date"),
    "page.txt": ("page", "ok", "HTML page: text extracted from markup"),
    "big.txt": ("big", "ok", f"long text ({len(BIG_BODY)} characters) processed in 12 parts"),
    "secret.txt": ("secret", "error", "cannot read the file: Permission denied"),
    "loop.txt": ("loop", "error", "symbolic link loop"),
    "sub/back": ("back", "error", "symbolic link loop"),
    "fifo.txt": ("fifo", "error", "not a regular file (fifo)"),
    os.fsdecode(b"caf\xe9.txt"): ("caf\\xe9", "ok", "file name is not valid UTF-8"),
    "copy/article_000.txt": ("article_000~", "duplicate_id", "doc_id 'article_000' is already used by"),
}
GOOD = ["article_000", "article_001", "article_002", "english"]


def make_messy_folder(folder: Path) -> None:
    write_articles(folder, 3)
    (folder / "english.txt").write_text(" date 2023-06-22 India signed the Artemis Accords on Wednesday.", "utf-8")
    data = {
        "empty.txt": b"",
        "blank.txt": b"   \n\t\n  ",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "report.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)),
        "utf16.txt": FRENCH.encode("utf-16"),
        "cp1252.txt": FRENCH.replace("accords", "accords «\u2019»").encode("cp1252"),
        "latin1.txt": LATIN1.encode("latin-1"),
        "mojibake.txt": FRENCH.encode("utf-8").decode("latin-1").encode("utf-8"),
        "nul.txt": FRENCH.encode().replace(b"France", b"Fr\x00ance").replace(b"Moscou", b"Mos\x00cou"),
        "badheader.txt": " date 2021-13 La NASA a signé un accord avec l'ISRO.".encode(),
        "noheader.txt": "La NASA a signé un accord avec l'ISRO.".encode(),
        "page.txt": ("<!DOCTYPE html><html><head><style>p{}</style><script>var x=1;</script></head><body>"
                     "<p>La NASA a sign&eacute; un accord avec l'ISRO.</p><p>Deuxième paragraphe.</p></body></html>").encode(),
        "big.txt": (" date 2021-01-01 " + BIG_BODY).encode(),
        "secret.txt": FRENCH.encode(),
        os.fsdecode(b"caf\xe9.txt"): FRENCH.encode(),
    }
    for name, content in data.items():
        (folder / name).write_bytes(content)
    (folder / "secret.txt").chmod(0)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder / "sub")
    os.mkfifo(folder / "fifo.txt")
    (folder / "copy").mkdir()
    (folder / "copy" / "article_000.txt").write_text(article(7), "utf-8")


@pytest.fixture(scope="module")
def messy_run(extractor, tmp_path_factory):
    """One run over the messy folder, as an unprivileged user so that permissions hold."""
    root = shared_folder()
    try:
        make_messy_folder(root / "in")
        # warm up in this process: whatever is loaded lazily is loaded before dropping privileges
        warm = tmp_path_factory.mktemp("warm")
        (warm / "a.txt").write_text(FRENCH, "utf-8")
        run([warm], warm / "out", progress=False, extractor=extractor)
        out = give_away(root / "out")
        summary = as_unprivileged(lambda: run([root / "in"], out, progress=False, extractor=extractor, batch_size=4))
        yield SimpleNamespace(
            summary=summary,
            **{name: tables.read_table(out, name) for name in tables.TABLE_COLUMNS},
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_input_has_its_row(messy_run, name):
    doc_id, status, message = BAD_INPUTS[name]
    documents = messy_run.documents
    rows = documents[documents["doc_id"].str.startswith(doc_id)] if doc_id.endswith("~") else documents[documents["doc_id"] == doc_id]
    assert len(rows) == 1, name
    row = rows.iloc[0]
    assert row["status"] == status, (name, row["message"])
    assert message in row["message"]
    if name == "copy/article_000.txt":
        assert row["path"].endswith(name)


def test_good_documents_beside_them_are_all_extracted(messy_run):
    documents = messy_run.documents.set_index("doc_id")
    events = messy_run.events
    for doc_id in GOOD:
        assert documents.loc[doc_id, "status"] == "ok" and documents.loc[doc_id, "message"] == ""
        assert (events["doc_id"] == doc_id).any(), doc_id
    assert len(documents) == len(GOOD) + len(BAD_INPUTS)


@pytest.mark.parametrize("doc_id", ["utf16", "cp1252", "latin1", "mojibake", "nul", "caf\\xe9"])
def test_decoded_texts_keep_their_accents(messy_run, doc_id):
    mentions = messy_run.mentions[messy_run.mentions["doc_id"] == doc_id]
    assert "Pékin" in set(mentions["text"])
    assert any("signé" in sentence for sentence in mentions["sentence"])


def test_long_text_is_processed_in_pieces(messy_run):
    mentions = messy_run.mentions[messy_run.mentions["doc_id"] == "big"]
    assert mentions["start"].max() > 1_000_000  # offsets of the last pieces are offsets into the whole body
    for _, row in mentions.tail(5).iterrows():
        assert BIG_BODY[row["start"] : row["end"]] == row["text"]


def test_summary_counts_every_status(messy_run):
    summary = messy_run.summary
    assert summary.statuses == Counter(messy_run.documents["status"])
    assert summary.statuses["error"] == 6 and summary.statuses["empty"] == 2 and summary.statuses["duplicate_id"] == 1
    text = summary.format(seconds=1.0)
    assert "not extracted: 9 (duplicate_id 1, empty 2, error 6; see documents.csv, column message)" in text
    assert f"inputs: {len(GOOD) + len(BAD_INPUTS)} files: {len(GOOD) + len(BAD_INPUTS) - 1} new" in text


def _committed(out: Path, snapshot: Path) -> int:
    """Documents committed by a running process: read from a copy, since the run holds the store's lock."""
    shutil.rmtree(snapshot, ignore_errors=True)
    snapshot.mkdir()
    for name in (STORE_NAME, STORE_NAME + ".wal"):
        if (out / name).exists():
            shutil.copyfile(out / name, snapshot / name)
    if not (snapshot / STORE_NAME).exists():
        return 0
    try:
        with duckdb.connect(str(snapshot / STORE_NAME)) as con:
            return con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    except duckdb.Error:  # copied in the middle of a write, or before the tables exist: look again
        return 0


def test_killed_run_resumes_to_the_tables_of_an_uninterrupted_run(tmp_path, extractor):
    inputs = tmp_path / "in"
    write_articles(inputs, 20)
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    process = subprocess.Popen([EXE, "run", str(inputs), "--out", str(out), "--batch-size", "2", "--no-progress"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    try:
        while process.poll() is None and _committed(out, tmp_path / "snapshot") < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL, f"the run ended before it was killed: {stderr!r}"
    with duckdb.connect(str(out / STORE_NAME)) as con:
        stored = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
        orphans = con.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchall()[0][0]
    assert 2 <= stored < 21 and orphans == 0

    resumed = run([inputs], out, progress=False, extractor=extractor)
    assert (resumed.new, resumed.unchanged) == (21 - stored, stored)
    run([inputs], tmp_path / "reference", progress=False, extractor=extractor)
    assert differing(out, tmp_path / "reference") == []
    assert all((out / name).exists() for name in TABLE_FILES)
