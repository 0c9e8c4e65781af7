"""Across documents: events of one agreement share an `agreement_id` (§4).

Events with the same agreement type and countries and compatible dates (equal,
or one a refinement of the other: 2017-11 and 2017-11-20) are one agreement.
Ids are content hashes, so a re-run over the same documents gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from .records import Agreement, Event


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def event_id(event: Event) -> str:
    return "E" + _digest(event.doc_id, event.action, event.agreement_type, ";".join(event.countries), event.date,
                         str(event.evidence_start))


def _compatible(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, item: tuple) -> tuple:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: tuple, b: tuple) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class LinkRow(NamedTuple):
    """What linking needs of an event: the store hands over these, not whole events."""

    doc_id: str
    event_id: str
    action: str
    agreement_type: str
    date: str
    countries: tuple[str, ...]


def link_agreements(events: Iterable[Event]) -> tuple[list[Event], list[Agreement]]:
    """Give every event its event_id and agreement_id; build the agreements table."""
    events = [replace(e, event_id=e.event_id or event_id(e)) for e in events]
    links, agreements = assign_agreements(
        LinkRow(e.doc_id, e.event_id, e.action, e.agreement_type, e.date, e.countries) for e in events)
    return [replace(e, agreement_id=links[e.event_id]) for e in events], agreements


def assign_agreements(rows: Iterable[LinkRow]) -> tuple[dict[str, str], list[Agreement]]:
    """event_id → agreement_id, and the agreements.

    Within a document an agreement is (type, countries); across documents such local
    agreements merge when some same-action events have compatible dates. Compatible
    pairs are found through an index of (action, date) and the prefixes of each date,
    not by comparing every pair, so linking stays linear in the number of events.
    """
    local: dict[tuple, list[LinkRow]] = {}
    for row in rows:
        local.setdefault((row.agreement_type, row.countries, row.doc_id), []).append(row)
    groups = _UnionFind()
    by_kind: dict[tuple, list[tuple]] = {}
    for key in local:
        groups.find(key)
        by_kind.setdefault(key[:2], []).append(key)
    for keys in by_kind.values():
        keys.sort()
        dated: dict[tuple[str, str], tuple] = {}  # (action, date) → first key with such an event
        for key in keys:
            for row in local[key]:
                if row.date:
                    first = dated.setdefault((row.action, row.date), key)
                    groups.union(first, key)
        for (action, date), key in dated.items():
            for end in range(1, len(date)):  # a date is compatible with those it refines
                coarser = dated.get((action, date[:end]))
                if coarser is not None:
                    groups.union(coarser, key)
        # a document that dates none of its events joins the only agreement of its kind
        roots = {groups.find(k) for k in keys if any(r.date for r in local[k])}
        if len(roots) == 1:
            (root,) = roots
            for k in keys:
                if not any(r.date for r in local[k]):
                    groups.union(k, root)
    members: dict[tuple, list[tuple]] = {}
    for key in local:
        members.setdefault(groups.find(key), []).append(key)
    links: dict[str, str] = {}
    agreements: list[Agreement] = []
    for root, keys in members.items():
        group_rows = [r for k in keys for r in local[k]]
        dates = sorted(r.date for r in group_rows if r.date)
        signed = sorted(r.date for r in group_rows if r.date and r.action == "signed")
        first_date = (signed or dates or [""])[0]
        # the root (type, countries, first document) tells apart two agreements of one kind that
        # happen to share a first date ("signed 2017" here, "announced 2017" there)
        agreement_id = "A" + _digest(root[0], ";".join(root[1]), first_date, root[2])
        for r in group_rows:
            links[r.event_id] = agreement_id
        agreements.append(
            Agreement(
                agreement_id=agreement_id,
                agreement_type=root[0],
                countries=root[1],
                first_date=first_date,
                doc_ids=tuple(sorted({k[2] for k in keys})),
                n_events=len(group_rows),
            )
        )
    return links, agreements
