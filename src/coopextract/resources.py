"""Rule files shipped in the package, read with importlib.resources.

Rule files follow spaCy's SpanRuler schema: one JSON object a line with exactly
`label`, `pattern` and `id`. Unknown or missing keys are an error, as in
medspaCy: a typo in a rule file must not silently disable a rule.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

RULE_KEYS = frozenset({"label", "pattern", "id"})
RULE_FAMILIES = ("agencies", "countries", "missions", "agreements", "places", "organisations")


@dataclass(frozen=True)
class Rule:
    """One pattern; `rule_id` (`<lang>/<family>:<line>`) traces a match back to it."""

    label: str
    pattern: str | tuple[Any, ...]
    id: str
    rule_id: str


def _root():
    return resources.files("coopextract") / "resources"


def read_text(relative: str) -> str:
    return (_root() / relative).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_json(relative: str) -> Any:
    return json.loads(read_text(relative))


@lru_cache(maxsize=None)
def load_rules(lang: str, family: str) -> tuple[Rule, ...]:
    """Read `resources/<lang>/<family>.jsonl`, rejecting malformed lines."""
    relative = f"{lang}/{family}.jsonl"
    rules: list[Rule] = []
    for number, line in enumerate(read_text(relative).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"{relative}:{number}: not JSON ({exc})") from None
        if not isinstance(obj, dict) or set(obj) != RULE_KEYS:
            raise ValueError(f"{relative}:{number}: a rule has exactly the keys {sorted(RULE_KEYS)}")
        if any(value is None for value in obj.values()):
            raise ValueError(f"{relative}:{number}: null value")
        pattern = obj["pattern"]
        if not isinstance(pattern, (str, list)) or not pattern:
            raise ValueError(f"{relative}:{number}: pattern must be a string or a token pattern list")
        rules.append(
            Rule(
                label=obj["label"],
                pattern=pattern if isinstance(pattern, str) else tuple(pattern),
                id=obj["id"],
                rule_id=f"{lang}/{family}:{number}",
            )
        )
    return tuple(rules)


@lru_cache(maxsize=None)
def agencies() -> dict[str, dict[str, Any]]:
    """Canonical agency ids (§5) → {country, name, national_of}."""
    return load_json("agencies.json")


@lru_cache(maxsize=None)
def national_agency(country: str) -> str | None:
    for agency_id, info in agencies().items():
        if info.get("national_of") == country:
            return agency_id
    return None


@lru_cache(maxsize=1)
def capital_states() -> dict[str, str]:
    """A capital's name as written ("Hanoï", "Hanoi") → its state: where an agreement is signed."""
    return {rule.pattern: rule.id for lang in ("fr", "en") for rule in load_rules(lang, "countries")
            if rule.label == "CAPITAL" and isinstance(rule.pattern, str)}


@lru_cache(maxsize=1)
def agency_seats() -> dict[str, str]:
    """A city as written → the side of no one state seated there ("Paris" → ESA, "Bruxelles" → EU)."""
    seats = {city: agency_id for agency_id, info in agencies().items() for city in info.get("seats", [])}
    seats.update(load_json("company_states.json").get("seats", {}))
    return seats


@lru_cache(maxsize=None)
def organisation_side(name: str) -> str:
    """The side an organisation's name stands for ("Commission européenne" → EU), "" when none."""
    return load_json("company_states.json")["states"].get(name, "")


def agency_country(agency_id: str) -> str:
    return agencies()[agency_id]["country"]


@lru_cache(maxsize=1)
def predecessors() -> dict[str, dict[str, str]]:
    """The states that succeeded another (`predecessors` of country_extra.json)."""
    return load_json("country_extra.json").get("predecessors", {})


def state_at(country: str, date: str) -> str:
    """The state a country's code stood for at a date: Russia's acts before 26 December 1991 are the
    USSR's."""
    predecessor = predecessors().get(country)
    return predecessor["state"] if predecessor and date and date <= predecessor["until"] else country


def context(lang: str) -> dict[str, Any]:
    return load_json(f"{lang}/context.json")


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of every rule file and of the code that applies them: stored results are stale
    when it changes (a fix in the event logic matters as much as a new pattern). Read once per
    process: the installed package does not change under a running one."""
    digest = hashlib.sha256()
    package = resources.files("coopextract")
    for name, path in sorted(_iter_files(package, package)):
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _iter_files(folder, top, prefix: str = ""):
    for entry in folder.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _iter_files(entry, top, name + "/")
        elif entry.name.endswith((".json", ".jsonl", ".py")):
            yield name, entry
