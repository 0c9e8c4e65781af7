"""Ingestion of real files in a temporary folder: every bad input gets a row and a message."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coopextract.errors import CoopExtractError
from coopextract.ingest import blank_boilerplate, discover, iter_documents, parse_header, read_document

from .unprivileged import as_unprivileged, shared_folder

FRENCH = " date 2022-06-08 La France a signé les accords Artemis à Washington. Pékin et Moscou ont réagi l'été dernier.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "header,expected_date,expected_message",
    [
        (" date 2021 Texte", "2021", ""),
        (" date 2021-03 Texte", "2021-03", ""),
        ("date 2021-03-09 Texte", "2021-03-09", ""),
        ("   date 2021-03-09 Texte", "2021-03-09", ""),
        (" date 2021-13 Texte", None, "malformed date header '2021-13'"),
        (" date 2021-02-30 Texte", None, "malformed date header '2021-02-30'"),
        ("Texte sans en-tête", None, "no date header"),
    ],
)
def test_header(header, expected_date, expected_message):
    doc_date, body, note = parse_header(header)
    assert doc_date == expected_date
    assert expected_message in note
    assert body.endswith("Texte") or body.endswith("Texte sans en-tête")


def test_body_starts_on_the_header_line(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", FRENCH.encode()))
    assert doc.status == "ok" and doc.doc_date == "2022-06-08"
    assert doc.text.startswith("La France a signé")
    assert doc.doc_id == "a" and doc.n_chars == len(doc.text) and len(doc.sha256) == 64


def test_boilerplate_is_blanked_without_moving_offsets():
    body = "Premier paragraphe.\n© AFP 2018 NASA légende\nLire aussi : la NASA et Roscosmos\nDernier mot."
    blanked = blank_boilerplate(body)
    assert len(blanked) == len(body)
    assert "NASA" not in blanked and "AFP" not in blanked
    assert blanked.index("Dernier mot") == body.index("Dernier mot")


CASES = {
    "empty.txt": (b"", "empty", "empty file"),
    "blank.txt": (b"   \n\t\n  ", "empty", "only whitespace"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "error", "binary file (png image)"),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)), "error", "binary file (pdf)"),
    "utf16.txt": (FRENCH.encode("utf-16"), "ok", "UTF-16 with BOM"),
    "cp1252.txt": (FRENCH.replace("accords", "accords «\u2019»").encode("cp1252"), "ok", "decoded as cp1252"),
    "latin1.txt": (" date 2021-05-01 L'agence spatiale française a signé un accord à Pékin l'été dernier.\n".encode("latin-1"), "ok", "decoded as"),
    "mojibake.txt": (FRENCH.encode("utf-8").decode("latin-1").encode("utf-8"), "ok", "mojibake repaired"),
    "nul.txt": (FRENCH.encode().replace(b"France", b"Fr\x00ance"), "ok", "1 NUL bytes removed"),
    "badheader.txt": (b" date 2021-13 La NASA a sign\xc3\xa9 un accord.", "ok", "malformed date header '2021-13'"),
    "noheader.txt": ("La NASA a signé un accord avec l'ISRO.".encode(), "ok", "no date header"),
    "page.txt": (b"<!DOCTYPE html><html><head><style>p{}</style><script>var x=1;</script></head><body><p>La NASA a sign&eacute; un accord.</p><p>Deuxi\xc3\xa8me paragraphe.</p></body></html>", "ok", "HTML page"),
}


@pytest.fixture()
def messy_folder(tmp_path):
    for name, (data, _, _) in CASES.items():
        write(tmp_path, name, data)
    write(tmp_path, "good.txt", FRENCH.encode())
    return tmp_path


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_input_gets_a_status_and_a_message(messy_folder, name):
    _, status, message = CASES[name]
    doc = read_document(messy_folder / name)
    assert doc.status == status
    assert message in doc.message


def test_decoded_texts_keep_their_accents(messy_folder):
    for name in ("utf16.txt", "cp1252.txt", "mojibake.txt"):
        doc = read_document(messy_folder / name)
        assert "Pékin" in doc.text and "l'été" in doc.text, name
        assert doc.doc_date == "2022-06-08"
    assert "française" in read_document(messy_folder / "latin1.txt").text


def test_html_text_is_extracted(messy_folder):
    doc = read_document(messy_folder / "page.txt")
    assert "La NASA a signé un accord." in doc.text and "Deuxième" in doc.text
    assert "var x" not in doc.text and "<p>" not in doc.text


def test_no_document_is_lost(messy_folder):
    docs = list(iter_documents([messy_folder]))
    assert sorted(d.doc_id for d in docs) == sorted(Path(n).stem for n in [*CASES, "good.txt"])
    assert next(d for d in docs if d.doc_id == "good").status == "ok"


def test_unreadable_file():
    folder = shared_folder()  # read as an unprivileged user: as root, permissions would not stop reading
    try:
        path = write(folder, "secret.txt", FRENCH.encode())
        os.chmod(path, 0)
        doc = as_unprivileged(lambda: read_document(path))
        assert doc.status == "error" and doc.message == "cannot read the file: Permission denied"
        assert doc.doc_id == "secret"
    finally:
        shutil.rmtree(folder)


def test_fifo_does_not_block(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "good.txt", FRENCH.encode())
    docs = {d.doc_id: d for d in iter_documents([tmp_path])}
    assert docs["pipe"].status == "error" and docs["pipe"].message == "not a regular file (fifo)"
    assert docs["good"].status == "ok"


def test_symlink_loop(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path / "sub")
    write(tmp_path, "good.txt", FRENCH.encode())
    docs = list(iter_documents([tmp_path]))
    loop = [d for d in docs if d.doc_id == "loop"]
    assert loop and loop[0].status == "error" and "symbolic link loop" in loop[0].message
    assert any(d.doc_id == "good" and d.status == "ok" for d in docs)


def test_non_utf8_file_name(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_bytes(FRENCH.encode())
    (doc,) = list(iter_documents([tmp_path]))
    assert doc.status == "ok" and "not valid UTF-8" in doc.message
    doc.doc_id.encode("utf-8")  # printable


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(CoopExtractError):
        list(discover([tmp_path / "nope"]))


def test_several_megabytes(tmp_path):
    paragraph = "La NASA et l'ESA ont signé un accord le 3 mars 2020. " * 20 + "\n\n"
    data = (" date 2021-01-01 " + paragraph * 1200).encode()
    doc = read_document(write(tmp_path, "big.txt", data))
    assert doc.status == "ok" and doc.n_chars > 1_000_000


def test_mojibake_gate_premise_holds_for_ftfys_pattern():
    """Every alternative of ftfy's BADNESS_RE needs a non-ASCII character and spans at most MOJIBAKE_REACH."""
    import re._parser as sre_parse
    from re._constants import BRANCH, IN, LITERAL, NEGATE, RANGE

    from ftfy.badness import BADNESS_RE

    from coopextract.ingest import MOJIBAKE_REACH

    def only_non_ascii(op, av) -> bool:
        if op == LITERAL:
            return av > 0x7F
        if op == IN:
            items = list(av)
            if any(o == NEGATE for o, _ in items):
                return False
            return all((o == LITERAL and a > 0x7F) or (o == RANGE and a[0] > 0x7F) for o, a in items)
        return False

    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert parsed.getwidth()[1] <= MOJIBAKE_REACH
    [(op, (_, branches))] = list(parsed)
    assert op == BRANCH
    for branch in branches:
        assert any(only_non_ascii(o, a) for o, a in branch), branch


def test_mojibake_gate_agrees_with_ftfy():
    import random

    from ftfy.badness import is_bad

    from coopextract.ingest import may_be_mojibake

    from .conftest import CORPUS

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))[:40]]
    cases = list(texts)
    for text in texts:
        for encoding in ("cp1252", "latin-1", "mac_roman", "cp1251", "cp437"):
            cases.append(text.encode("utf-8").decode(encoding, errors="replace"))
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(32, 0x500)] + list("€™œŒ“”‘’–—…•√≈‚ГўВЂ")
    cases += ["".join(rng.choice(alphabet) if rng.random() < 0.3 else rng.choice("abc Xé.") for _ in range(rng.randint(1, 12)))
              for _ in range(5000)]
    assert sum(is_bad(c) for c in cases) > 300  # the cases do exercise the pattern
    assert [may_be_mojibake(c) for c in cases] == [is_bad(c) for c in cases]
