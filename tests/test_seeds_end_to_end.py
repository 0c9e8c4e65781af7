"""The two seed articles: every gold entity set and event is reproduced.

Compares the tables written by a real run with the gold files of
`../shared/gold` (falling back to corpus/gold), not with a copy of the tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopextract import tables

from .conftest import CORPUS, ROOT

SHARED_GOLD = ROOT.parent / "shared" / "gold"
SEEDS = ["000_45f3ea99813d0852", "001_6f61dbd2ec89e298"]


def gold_of(doc_id: str) -> dict:
    path = SHARED_GOLD / f"{doc_id}.json"
    if not path.exists():
        path = CORPUS / "gold" / f"{doc_id}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, extractor):
    from coopextract.runner import run

    out = tmp_path_factory.mktemp("seeds")
    run([CORPUS / "dev" / f"{d}.txt" for d in SEEDS], out, progress=False, extractor=extractor)
    return {name: tables.read_table(out, name) for name in ("documents", "mentions", "events", "agreements")}


@pytest.mark.parametrize("doc_id", SEEDS)
def test_documents_row(seed_run, doc_id):
    row = seed_run["documents"].set_index("doc_id").loc[doc_id]
    gold = gold_of(doc_id)
    assert row["status"] == "ok"
    assert row["lang"] == gold["lang"]
    assert row["doc_date"] == gold["doc_date"]


@pytest.mark.parametrize("doc_id", SEEDS)
def test_entity_sets(seed_run, doc_id):
    mentions = seed_run["mentions"]
    mentions = mentions[mentions["doc_id"] == doc_id]
    for label, values in gold_of(doc_id)["entities"].items():
        predicted = set(mentions.loc[mentions["label"] == label, "norm"])
        assert predicted == set(values), label


def _event_key(event: dict) -> tuple:
    return (
        event["action"], event["agreement_type"], event["date"], tuple(sorted(event["countries"])),
        tuple(sorted(event["agencies"])), tuple(sorted(event["projects"])), tuple(sorted(event["signatories"])),
        event["location"], event["period"],
    )


@pytest.mark.parametrize("doc_id", SEEDS)
def test_events(seed_run, doc_id):
    events = seed_run["events"]
    predicted = []
    for _, row in events[events["doc_id"] == doc_id].iterrows():
        record = row.to_dict()
        for key in ("countries", "agencies", "projects", "signatories"):
            record[key] = tables.split_list(record[key])
        predicted.append(_event_key(record))
    expected = [_event_key(e) for e in gold_of(doc_id)["events"]]
    assert sorted(predicted) == sorted(expected)


def test_shared_agreement_across_seeds(seed_run):
    events = seed_run["events"]
    programme = events[events["agreement_type"] == "cooperation_programme"]
    assert set(programme["doc_id"]) == set(SEEDS)
    assert programme["agreement_id"].nunique() == 1
    agreements = seed_run["agreements"].set_index("agreement_id")
    row = agreements.loc[programme["agreement_id"].iloc[0]]
    assert row["doc_ids"] == ";".join(SEEDS)
    assert row["first_date"] == "2017-11"


def test_evidence_offsets_point_into_the_text(seed_run):
    from coopextract.ingest import read_document

    for _, row in seed_run["events"].iterrows():
        document = read_document(CORPUS / "dev" / f"{row['doc_id']}.txt")
        assert document.text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]
