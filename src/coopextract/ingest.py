"""From files to `Document` records. No document is ever silently lost.

Whatever scraping left in the folder (empty or binary files, UTF-16, cp1252,
mojibake, NUL bytes, HTML saved as .txt, bad headers, unreadable files,
symlink loops, undecodable file names) becomes a Document whose `status` and
`message` say what happened.
"""

from __future__ import annotations

import errno
import hashlib
import html
import os
import re
import stat
from collections.abc import Iterator, Sequence
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import ftfy
from ftfy.badness import BADNESS_RE
from charset_normalizer import from_bytes

from . import resources
from .errors import CoopExtractError, Messages
from .records import STATUS_EMPTY, STATUS_ERROR, STATUS_OK, Document

HEADER_RE = re.compile(r"^[ \t\ufeff]*date[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=[ \t\n]|$)[ \t]?")
# a header whose date is not a date at all ("date 2021-13", "date 21-03")
LOOSE_HEADER_RE = re.compile(r"^[ \t\ufeff]*date[ \t]+([0-9][0-9\-/.]*)(?=[ \t\n]|$)[ \t]?")
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png image"),
    (b"\xff\xd8\xff", "jpeg image"),
    (b"GIF8", "gif image"),
    (b"PK\x03\x04", "zip or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "riff media"),
    (b"\xd0\xcf\x11\xe0", "ms office document"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# control bytes that no text file holds (tab, line feed, form feed and carriage return do)
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
HTML_RE = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<p[\s>].*</p>", re.IGNORECASE | re.DOTALL)


def discover(inputs: Sequence[Path]) -> Iterator[Path | Document]:
    """Files under the inputs, recursively and in a fixed order; problems as error Documents."""
    for raw in inputs:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise CoopExtractError(f"input not found: {path}")
        if path.is_dir():
            yield from _walk(path, seen=set())
        else:
            yield from _file_or_problem(path)


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | Document]:
    try:
        real = os.path.realpath(folder, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            yield _problem(folder, Messages.SYMLINK_LOOP)
            return
        yield _problem(folder, Messages.UNREADABLE.format(error=exc.strerror or exc))
        return
    if real in seen:
        yield _problem(folder, Messages.SYMLINK_LOOP)
        return
    seen = seen | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield _problem(folder, Messages.UNREADABLE.format(error=exc.strerror or exc))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif entry.name.lower().endswith(".txt") or os.fsencode(entry.name).lower().endswith(b".txt"):
            yield from _file_or_problem(path)


def _file_or_problem(path: Path) -> Iterator[Path | Document]:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        yield unreadable_document(path, exc)
        return
    if not stat.S_ISREG(mode):
        # reading a FIFO or a device named *.txt would block or never end
        kind = "fifo" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device or special file"
        yield _problem(path, Messages.NOT_A_FILE.format(kind=kind))
        return
    yield path


def file_sha256(path: Path) -> str:
    """The sha256 of the raw bytes, read in blocks: a file is never held whole to be hashed."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def unreadable_document(path: Path, exc: OSError) -> Document:
    """The row of a file that cannot be opened or read."""
    message = Messages.SYMLINK_LOOP if exc.errno == errno.ELOOP else Messages.UNREADABLE.format(error=exc.strerror or exc)
    return _problem(path, message)


def document_id(path: Path) -> tuple[str, str]:
    """The file name stem; a name that is not valid UTF-8 is made printable and flagged."""
    stem = path.stem if path.suffix.lower() == ".txt" else path.name
    try:
        stem.encode("utf-8")
        return stem, ""
    except UnicodeEncodeError:
        printable = os.fsencode(stem).decode("utf-8", errors="backslashreplace")
        return printable, Messages.BAD_FILENAME


def display_path(path: Path) -> str:
    """The path as shown in the tables; bytes that are not UTF-8 are escaped."""
    return os.fsencode(str(path)).decode("utf-8", errors="backslashreplace")


def _problem(path: Path, message: str, *, status: str = STATUS_ERROR) -> Document:
    doc_id, name_message = document_id(path)
    return Document(doc_id=doc_id, path=display_path(path), status=status, message=_join(name_message, message))


def _join(*messages: str) -> str:
    return "; ".join(m for m in messages if m)


def read_document(path: Path) -> Document:
    """Read, decode, clean and parse one file. Never raises."""
    doc_id, name_message = document_id(path)
    shown = display_path(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return unreadable_document(path, exc)
    try:
        return _parse(raw, doc_id, shown, name_message)
    except Exception as exc:  # a bug must cost one document, not the run
        return Document(doc_id=doc_id, path=shown, status=STATUS_ERROR, sha256=hashlib.sha256(raw).hexdigest(),
                        message=_join(name_message, Messages.PROCESSING_FAILED.format(error=f"{type(exc).__name__}: {exc}")))


def _parse(raw: bytes, doc_id: str, shown: str, name_message: str) -> Document:
    sha = hashlib.sha256(raw).hexdigest()
    base = Document(doc_id=doc_id, path=shown, sha256=sha)
    notes = [name_message] if name_message else []
    if not raw:
        return _with(base, STATUS_EMPTY, notes + [Messages.EMPTY_FILE])
    kind = binary_kind(raw)
    if kind:
        return _with(base, STATUS_ERROR, notes + [Messages.BINARY.format(kind=kind)])
    text, encoding_notes = decode(raw)
    if text is None:
        return _with(base, STATUS_ERROR, notes + [Messages.DECODE_FAILED])
    notes += encoding_notes
    if HTML_RE.search(raw[:20000] if len(raw) > 20000 else raw):
        text = html_to_text(text)
        notes.append(Messages.HTML_EXTRACTED)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return _with(base, STATUS_EMPTY, notes + [Messages.WHITESPACE_ONLY])
    doc_date, body, header_note = parse_header(text)
    if header_note:
        notes.append(header_note)
    body = blank_boilerplate(body)
    if not body.strip():
        return Document(doc_id=doc_id, path=shown, sha256=sha, doc_date=doc_date, status=STATUS_EMPTY,
                        message=_join(*notes, Messages.NO_BODY))
    return Document(doc_id=doc_id, path=shown, text=body, doc_date=doc_date, status=STATUS_OK,
                    message=_join(*notes), n_chars=len(body), sha256=sha)


def _with(base: Document, status: str, notes: list[str]) -> Document:
    return Document(doc_id=base.doc_id, path=base.path, sha256=base.sha256, status=status, message=_join(*notes))


def binary_kind(raw: bytes) -> str:
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            return kind
    if any(raw.startswith(bom) for bom, _ in BOMS):
        return ""
    sample = raw[:4096]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))  # counted in C, not byte by byte
    nul = sample.count(0)
    # UTF-16 without BOM has a NUL every other byte: let the decoder try it
    if nul > len(sample) * 0.3 and (sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4):
        return ""
    if controls > max(8, len(sample) * 0.10):
        return "binary data"
    return ""


def decode(raw: bytes) -> tuple[str | None, list[str]]:
    """Bytes → text: BOMs first, strict UTF-8 next, then charset-normalizer; repair mojibake."""
    notes: list[str] = []
    text: str | None = None
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
                if encoding != "utf-8-sig":
                    notes.append(Messages.DECODED_AS.format(encoding=encoding.upper() + " with BOM"))
                break
            except UnicodeDecodeError:
                text = None
    if text is None:
        nul_count = raw.count(0)
        looks_utf16 = nul_count > len(raw) * 0.3
        if nul_count and not looks_utf16:
            raw = raw.replace(b"\x00", b"")
            notes.append(Messages.NUL_REMOVED.format(count=nul_count))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess(raw, notes)
            if text is None:
                return None, notes
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        count = text.count("\x00")
        text = text.replace("\x00", "")
        notes.append(Messages.NUL_REMOVED.format(count=count))
    fixed = ftfy.fix_encoding(text) if may_be_mojibake(text) else text
    if fixed != text:
        text = fixed
        notes.append(Messages.MOJIBAKE_FIXED)
    return text, notes


# ftfy's mojibake patterns each contain a non-ASCII character and span at most this many
# characters ("ГўВЂВ.x", Windows-1251 over Latin-1 mojibake, is the longest)
MOJIBAKE_REACH = 7
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def may_be_mojibake(text: str) -> bool:
    """ftfy's own test (`badness.is_bad`), run only around the non-ASCII characters.

    `ftfy.fix_encoding` returns a text unchanged unless its BADNESS_RE matches;
    every alternative of that pattern contains a non-ASCII character and is at
    most MOJIBAKE_REACH characters long, so searching the stretches around
    those characters finds what a search of the whole text finds (a test checks
    the premise on ftfy's pattern), at a fraction of the cost on press French.
    """
    search = BADNESS_RE.search
    low = high = -1
    for run in _NON_ASCII_RE.finditer(text):
        start, end = run.start() - MOJIBAKE_REACH, run.end() + MOJIBAKE_REACH
        if start > high:
            if high >= 0 and search(text, max(low, 0), high):
                return True
            low = start
        high = end
    return high >= 0 and bool(search(text, max(low, 0), high))


def _guess(raw: bytes, notes: list[str]) -> str | None:
    best = from_bytes(raw).best()
    candidates: list[str] = []
    if best is not None and best.encoding:
        candidates.append(best.encoding)
    # French press in a single-byte code page: cp1252 is a superset of latin-1 for printable text
    candidates += ["cp1252", "latin-1"]
    for encoding in candidates:
        if encoding in ("ascii", "utf_8"):
            continue
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding.replace("_", "").lower() in ("iso88591", "latin1", "cp1250", "cp1251", "iso88592", "macroman") and _is_cp1252_text(raw):
            text, encoding = raw.decode("cp1252"), "cp1252"
        notes.append(Messages.DECODED_AS.format(encoding=encoding))
        return text
    return None


def _is_cp1252_text(raw: bytes) -> bool:
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return any(c in text for c in "éèàçêâîôûëïüœÉÈÀ’«»")


def parse_header(text: str) -> tuple[str | None, str, str]:
    """(doc_date, body, note): the inline ` date YYYY[-MM[-DD]] ` header, body on the same line."""
    match = HEADER_RE.match(text)
    if match:
        value = match.group(1)
        if _valid_date(value):
            return value, text[match.end() :], ""
        return None, text[match.end() :], Messages.BAD_HEADER.format(header=value)
    loose = LOOSE_HEADER_RE.match(text)
    if loose:
        return None, text[loose.end() :], Messages.BAD_HEADER.format(header=loose.group(1))
    return None, text, Messages.NO_HEADER


def _valid_date(value: str) -> bool:
    parts = value.split("-")
    if any(len(p) != 2 for p in parts[1:]):
        return False
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _boilerplate_prefixes() -> tuple[str, ...]:
    return tuple(p.lower() for p in resources.load_json("boilerplate.json")["line_prefixes"])


def blank_boilerplate(body: str) -> str:
    """Credits and teasers are not content: replace them by spaces so offsets do not move."""
    prefixes = _boilerplate_prefixes()
    lines = body.split("\n")
    for n, line in enumerate(lines):
        if line.strip().lower().startswith(prefixes):
            lines[n] = " " * len(line)
    return "\n".join(lines)


class _TextExtractor(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header",
              "footer", "blockquote", "title", "ul", "ol", "table"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag == "title":
            self.in_title = True
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page; a ` date ...` header before the markup is kept."""
    header = ""
    match = HEADER_RE.match(markup)
    if match:
        header, markup = markup[: match.end()], markup[match.end() :]
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return header + text + "\n"


def iter_documents(inputs: Sequence[Path]) -> Iterator[Document]:
    """Every input file as a Document, problems included."""
    for item in discover(inputs):
        yield item if isinstance(item, Document) else read_document(item)
