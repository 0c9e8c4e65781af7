"""One bad document costs that document: a component that fails marks the Doc and hands it on."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from . import attributes  # noqa: F401  (declares doc._.failure)

log = logging.getLogger(__name__)
Component = TypeVar("Component")


def guarded(call: Callable[[Component, Doc], Doc]) -> Callable[[Component, Doc], Doc]:
    """Wrap a component's __call__: an exception becomes `doc._.failure`, read when results are assembled.

    Done inside the component rather than with spaCy's error handler, which drops the Doc from
    the stream (and cannot be set on the Cython parser), and so that it works in worker processes.
    """

    @functools.wraps(call)
    def wrapper(self: Component, doc: Doc) -> Doc:
        try:
            return call(self, doc)
        except Exception as exc:  # noqa: BLE001 - recorded on the document, reported in its row
            name = getattr(self, "name", type(self).__name__)
            log.warning("component %s failed on %s: %s: %s", name, doc._.doc_id, type(exc).__name__, exc)
            doc._.failure = doc._.failure or f"component {name}: {type(exc).__name__}: {exc}"
            return doc

    return wrapper
