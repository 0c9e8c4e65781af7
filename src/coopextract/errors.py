"""User-facing messages, in one place (as spaCy's errors.py)."""


class Messages:
    EMPTY_FILE = "empty file (0 bytes)"
    WHITESPACE_ONLY = "file holds only whitespace"
    NO_BODY = "no text after the date header"
    BINARY = "binary file ({kind}), not a text"
    UNREADABLE = "cannot read the file: {error}"
    DECODE_FAILED = "cannot decode the text in any known encoding"
    DECODED_AS = "decoded as {encoding}"
    MOJIBAKE_FIXED = "mojibake repaired"
    NUL_REMOVED = "{count} NUL bytes removed"
    NO_HEADER = "no date header: no document date"
    BAD_HEADER = "malformed date header {header!r}: no document date"
    HTML_EXTRACTED = "HTML page: text extracted from markup"
    SYMLINK_LOOP = "symbolic link loop"
    NOT_A_FILE = "not a regular file ({kind})"
    BAD_FILENAME = "file name is not valid UTF-8; id built from its bytes"
    LANGUAGE_SKIPPED = "language {lang!r} (p={score:.2f}) is not handled"
    LANGUAGE_UNKNOWN = "language could not be detected"
    LONG_TEXT = "long text ({n_chars} characters) processed in {n_parts} parts"
    PROCESSING_FAILED = "processing failed: {error}"
    DUPLICATE_ID = "doc_id {doc_id!r} is already used by {owner}: not extracted (rename one of the two files)"
    STORE_LOCKED = "the store {path} is locked by another process (another coopextract run?); wait for it to finish"
    STORE_UNUSABLE = "cannot open the store {path}: {error}"
    STORE_SCHEMA = ("the store {path} was written by another coopextract (store schema {found}, expected {expected}); "
                    "run again with --rebuild to recreate it")
    STALE = ("stale: {count} stored documents were extracted by another coopextract version or other rules "
             "({found}; now {current}); run again with --rebuild to reprocess them")


class CoopExtractError(Exception):
    """An error the CLI reports in one line, without a traceback."""


class GoldFormatError(CoopExtractError):
    """A gold file that breaks the format of the event model §6."""
