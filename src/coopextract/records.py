"""Records passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; `tables.py` is the one
place that turns them into table rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# documents.status values
STATUS_OK = "ok"
STATUS_SKIPPED_LANGUAGE = "skipped_language"
STATUS_EMPTY = "empty"
STATUS_ERROR = "error"
# another input file already holds this doc_id (same file name in another folder): not extracted
STATUS_DUPLICATE = "duplicate_id"
STATUSES = (STATUS_OK, STATUS_SKIPPED_LANGUAGE, STATUS_EMPTY, STATUS_ERROR, STATUS_DUPLICATE)

LABELS = ("AGENCY", "COUNTRY", "MISSION", "AGREEMENT", "DATE", "PER", "ORG", "LOC", "MISC")
ACTIONS = ("signed", "announced", "planned", "entered_into_force", "suspended", "terminated")
AGREEMENT_TYPES = (
    "memorandum",
    "letter_of_intent",
    "intergovernmental_agreement",
    "cooperation_programme",
    "cooperation_protocol",
    "framework_agreement",
    "joint_statement",
    "contract",
    "accords",
    "agreement",
)


@dataclass(frozen=True)
class Document:
    """One input file after ingestion (and language detection).

    `text` is the body after the inline date header, decoded and cleaned, with
    boilerplate lines (credits, teasers) blanked by spaces so that character
    offsets stay those of the body. `status`/`message` record what happened,
    so a document is never silently lost.
    """

    doc_id: str
    path: str
    text: str = ""
    doc_date: str | None = None
    status: str = STATUS_OK
    message: str = ""
    n_chars: int = 0
    sha256: str = ""
    lang: str = ""
    lang_score: float = 0.0


@dataclass(frozen=True)
class DateMatch:
    """A temporal expression found in a text, with its §3 value."""

    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    label: str
    norm: str
    source: str  # "model" or "rule"
    rule_id: str = ""  # which rule made it ("" for the model), so any extraction can be traced
    sentence: str = ""


@dataclass(frozen=True)
class Event:
    doc_id: str
    action: str
    agreement_type: str
    date: str = ""
    countries: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    location: str = ""
    period: str = ""
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    event_id: str = ""
    agreement_id: str = ""


@dataclass(frozen=True)
class Agreement:
    agreement_id: str
    agreement_type: str
    countries: tuple[str, ...]
    first_date: str
    doc_ids: tuple[str, ...]
    n_events: int


@dataclass(frozen=True)
class DocumentResult:
    """Everything extracted from one document."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = field(default_factory=tuple)
