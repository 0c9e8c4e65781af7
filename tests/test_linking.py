"""Agreements across documents (§4): same type, same countries, compatible dates."""

from __future__ import annotations

from coopextract.linking import link_agreements
from coopextract.records import Event


def ev(doc_id: str, date: str, action: str = "signed", kind: str = "cooperation_programme", countries=("CN", "RU")) -> Event:
    return Event(doc_id=doc_id, action=action, agreement_type=kind, date=date, countries=tuple(countries))


def test_same_programme_in_two_documents_shares_an_id():
    events, agreements = link_agreements([ev("a", "2017-11"), ev("b", "2017-11")])
    assert len({e.agreement_id for e in events}) == 1
    assert len(agreements) == 1
    assert agreements[0].doc_ids == ("a", "b")
    assert agreements[0].first_date == "2017-11"
    assert agreements[0].n_events == 2


def test_a_more_precise_date_is_compatible():
    events, _ = link_agreements([ev("a", "2017-11"), ev("b", "2017-11-22")])
    assert len({e.agreement_id for e in events}) == 1


def test_different_dates_are_different_agreements():
    events, agreements = link_agreements([ev("a", "2013-03"), ev("b", "2016-03")])
    assert len({e.agreement_id for e in events}) == 2
    assert len(agreements) == 2


def test_different_countries_or_types_never_link():
    events, _ = link_agreements([
        ev("a", "2021-03-09", kind="memorandum"),
        ev("b", "2021-03-09", kind="memorandum", countries=("CN", "VE")),
        ev("c", "2021-03-09", kind="joint_statement"),
    ])
    assert len({e.agreement_id for e in events}) == 3


def test_events_of_one_document_stay_together():
    signed = ev("a", "2016-06-25", kind="intergovernmental_agreement")
    in_force = ev("a", "2017-12-18", action="entered_into_force", kind="intergovernmental_agreement")
    events, agreements = link_agreements([signed, in_force])
    assert len({e.agreement_id for e in events}) == 1
    assert agreements[0].first_date == "2016-06-25"


def test_ids_are_stable_across_runs_and_order():
    first, _ = link_agreements([ev("a", "2017-11"), ev("b", "2017-11")])
    second, _ = link_agreements([ev("b", "2017-11"), ev("a", "2017-11")])
    assert {(e.doc_id, e.event_id, e.agreement_id) for e in first} == {(e.doc_id, e.event_id, e.agreement_id) for e in second}


def test_two_agreements_of_one_kind_with_one_first_date_keep_their_own_ids():
    # "signed 2017" in one article, "announced 2017" in another: not linked, so not one id
    events, agreements = link_agreements([ev("a", "2017"), ev("b", "2017", action="announced")])
    assert len({e.agreement_id for e in events}) == 2
    assert len({a.agreement_id for a in agreements}) == 2


def _pairwise_groups(events: list[Event]) -> set[frozenset[str]]:
    """The definition, pair by pair: which documents' local agreements end up together."""
    local: dict[tuple, list[Event]] = {}
    for e in events:
        local.setdefault((e.agreement_type, e.countries, e.doc_id), []).append(e)
    parent = {key: key for key in local}

    def find(key):
        while parent[key] != key:
            key = parent[key]
        return key

    keys = sorted(local)
    for n, a in enumerate(keys):
        for b in keys[n + 1:]:
            if a[:2] == b[:2] and any(
                x.action == y.action and x.date and y.date and (x.date.startswith(y.date) or y.date.startswith(x.date))
                for x in local[a] for y in local[b]
            ):
                parent[find(b)] = find(a)
    for kind in {k[:2] for k in keys}:
        same = [k for k in keys if k[:2] == kind]
        roots = {find(k) for k in same if any(e.date for e in local[k])}
        if len(roots) == 1:
            (root,) = roots
            for k in same:
                if not any(e.date for e in local[k]):
                    parent[find(k)] = find(root)
    members: dict[tuple, set[str]] = {}
    for key in keys:
        members.setdefault(find(key), set()).add(f"{key[2]}|{key[0]}|{';'.join(key[1])}")
    return {frozenset(m) for m in members.values()}


def test_indexed_linking_finds_the_same_agreements_as_comparing_every_pair():
    import random

    rng = random.Random(7)
    dates = ["", "2017", "2017-11", "2017-11-20", "2017-12", "2018", "2018-03-01", "2019-11"]
    for _ in range(200):
        events = [ev(f"d{rng.randint(0, 8)}", rng.choice(dates), action=rng.choice(["signed", "announced"]),
                     kind=rng.choice(["memorandum", "cooperation_programme"]),
                     countries=rng.choice([("CN", "RU"), ("FR", "IN")])) for _ in range(rng.randint(1, 14))]
        linked, agreements = link_agreements(events)
        found: dict[str, set[str]] = {}
        for e in linked:
            found.setdefault(e.agreement_id, set()).add(f"{e.doc_id}|{e.agreement_type}|{';'.join(e.countries)}")
        assert {frozenset(m) for m in found.values()} == _pairwise_groups(events)
        assert sum(a.n_events for a in agreements) == len(events)
