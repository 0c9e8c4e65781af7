"""The command line, as users call it: exit codes, summary, one row per file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

EXE = str(Path(sys.executable).with_name("coopextract"))


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=600)


def test_run_mixed_folder(tmp_path):
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "fr.txt").write_text(" date 2021-03-10 Roscosmos et la CNSA ont signé hier un mémorandum sur l'ILRS.", "utf-8")
    (inputs / "sub" / "en.txt").write_text(" date 2023-06-22 India signed the Artemis Accords on Wednesday.", "utf-8")
    (inputs / "de.txt").write_text(" date 2023-06-22 Die Raumfahrtagenturen haben am Dienstag eine "
                                   "Absichtserklärung über die Mondstation unterzeichnet.", "utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    out = tmp_path / "out"
    done = cli("run", str(inputs), "--out", str(out), "--no-progress")
    assert done.returncode == 0, done.stderr
    assert "5 documents" in done.stdout and "not extracted: 3" in done.stdout
    assert "inputs: 5 files: 5 new, 0 changed, 0 unchanged (skipped)" in done.stdout
    assert "English pipeline:" in done.stdout
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert documents.loc["fr", "status"] == "ok" and documents.loc["en", "status"] == "ok"
    assert documents.loc["de", "status"] == "skipped_language" and "'de'" in documents.loc["de", "message"]
    assert documents.loc["empty", "status"] == "empty" and documents.loc["scan", "status"] == "error"
    events = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)
    assert set(zip(events["doc_id"], events["action"], events["agreement_type"], events["date"])) == {
        ("fr", "signed", "memorandum", "2021-03-09"), ("en", "signed", "accords", "2023-06-21")}
    for name in ("documents", "mentions", "events", "agreements"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()
        assert pd.read_parquet(out / f"{name}.parquet").shape[0] == pd.read_csv(out / f"{name}.csv").shape[0]


def test_missing_input_is_a_usage_error(tmp_path):
    done = cli("run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.strip().startswith("coopextract: error: input not found")
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    (tmp_path / "in.txt").write_text(" date 2021 Texte.", "utf-8")
    done = cli("run", str(tmp_path / "in.txt"), "--out", str(blocker / "out"))
    assert done.returncode == 2
    assert "cannot write to the output folder" in done.stderr and "Traceback" not in done.stderr


def test_bad_usage_exits_with_argparse_code(tmp_path):
    assert cli("run").returncode == 2
    assert cli("frobnicate").returncode == 2


def test_rerun_with_nothing_new_does_not_load_the_model(tmp_path, extractor):
    from coopextract.runner import run

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "fr.txt").write_text(" date 2021-03-10 Roscosmos et la CNSA ont signé hier un mémorandum sur l'ILRS.", "utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    run([inputs], out, progress=False, extractor=extractor)
    code = ("import sys; from coopextract.cli import main; code = main(sys.argv[1:]); "
            "print('spacy imported:', 'spacy' in sys.modules); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code, "run", str(inputs), "--out", str(out), "--no-progress"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "inputs: 2 files: 0 new, 0 changed, 2 unchanged (skipped)" in done.stdout
    assert "model: not loaded" in done.stdout and "spacy imported: False" in done.stdout


def test_store_in_use_is_a_one_line_error(tmp_path):
    import duckdb

    (tmp_path / "in.txt").write_text(" date 2021 Texte.", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with duckdb.connect(str(out / "coopextract.duckdb")):  # another process holds the store
        done = cli("run", str(tmp_path / "in.txt"), "--out", str(out))
    assert done.returncode == 2
    assert done.stderr.strip().startswith("coopextract: error: the store") and "locked by another process" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_run_options_are_documented():
    done = cli("run", "--help")
    for option in ("--store", "--rebuild", "--prune", "--batch-size"):
        assert option in done.stdout
