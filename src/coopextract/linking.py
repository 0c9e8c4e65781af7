"""Across documents: events of one agreement share an `agreement_id` (§4).

Events with the same agreement type and countries and compatible dates (equal,
or one a refinement of the other: 2017-11 and 2017-11-20) are one agreement.
Ids are content hashes, so a re-run over the same documents gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

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


def link_agreements(events: Iterable[Event]) -> tuple[list[Event], list[Agreement]]:
    """Give every event its event_id and agreement_id; build the agreements table."""
    events = [replace(e, event_id=e.event_id or event_id(e)) for e in events]
    # within a document an agreement is (type, countries); across documents such local
    # agreements merge when some same-action events have compatible dates
    local: dict[tuple, list[Event]] = {}
    for e in events:
        local.setdefault((e.agreement_type, e.countries, e.doc_id), []).append(e)
    groups = _UnionFind()
    by_kind: dict[tuple, list[tuple]] = {}
    for key in local:
        groups.find(key)
        by_kind.setdefault(key[:2], []).append(key)
    for kind, keys in by_kind.items():
        keys.sort()
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                if any(ea.action == eb.action and _compatible(ea.date, eb.date) for ea in local[a] for eb in local[b]):
                    groups.union(a, b)
        # a document that dates none of its events joins the only agreement of its kind
        roots = {groups.find(k) for k in keys if any(e.date for e in local[k])}
        if len(roots) == 1:
            (root,) = roots
            for k in keys:
                if not any(e.date for e in local[k]):
                    groups.union(k, root)
    members: dict[tuple, list[tuple]] = {}
    for key in local:
        members.setdefault(groups.find(key), []).append(key)
    linked: list[Event] = []
    agreements: list[Agreement] = []
    for root, keys in members.items():
        group_events = [e for k in keys for e in local[k]]
        dates = sorted(e.date for e in group_events if e.date)
        signed = sorted(e.date for e in group_events if e.date and e.action == "signed")
        first_date = (signed or dates or [""])[0]
        # the root (type, countries, first document) tells apart two agreements of one kind that
        # happen to share a first date ("signed 2017" here, "announced 2017" there)
        agreement_id = "A" + _digest(root[0], ";".join(root[1]), first_date, root[2])
        linked.extend(replace(e, agreement_id=agreement_id) for e in group_events)
        agreements.append(
            Agreement(
                agreement_id=agreement_id,
                agreement_type=root[0],
                countries=root[1],
                first_date=first_date,
                doc_ids=tuple(sorted({k[2] for k in keys})),
                n_events=len(group_events),
            )
        )
    return linked, agreements
