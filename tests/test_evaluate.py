"""The scorer itself, on small hand-made gold/prediction pairs with known P/R/F1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coopextract import tables
from coopextract.errors import GoldFormatError
from coopextract.evaluate import load_gold, run_eval
from coopextract.records import Document, Event, Mention


def gold_file(folder: Path, doc_id: str, *, entities=None, events=(), lang="fr", split="dev", mentions=None) -> None:
    data = {"doc_id": doc_id, "lang": lang, "doc_date": "2021-03", "split": split,
            "entities": entities or {}, "events": list(events)}
    if mentions is not None:
        data["mentions"] = mentions
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def gold_event(**kw):
    base = {"action": "signed", "agreement_type": "memorandum", "date": "2021-03-09", "countries": ["CN", "RU"],
            "agencies": ["CNSA", "Roscosmos"], "projects": ["ILRS"], "signatories": [], "location": "", "period": ""}
    return {**base, **kw}


def pred_event(doc_id="d1", **kw) -> Event:
    base = dict(doc_id=doc_id, action="signed", agreement_type="memorandum", date="2021-03-09", countries=("CN", "RU"),
                agencies=("CNSA", "Roscosmos"), projects=("ILRS",), evidence="evidence sentence")
    base.update(kw)
    return Event(**base)


def mention(doc_id, label, norm, start=0, end=1) -> Mention:
    return Mention(doc_id=doc_id, start=start, end=end, text=norm, label=label, norm=norm, source="rule", sentence="s")


def write_run(folder: Path, docs, mentions=(), events=()) -> Path:
    tables.write_tables({
        "documents": tables.to_frame("documents", docs),
        "mentions": tables.to_frame("mentions", mentions),
        "events": tables.to_frame("events", events),
    }, folder, formats=("csv",))
    return folder


def doc(doc_id, lang="fr"):
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", lang=lang, lang_score=1.0)


@pytest.fixture()
def folders(tmp_path):
    return tmp_path / "gold", tmp_path / "pred"


def test_perfect_match(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"AGENCY": ["CNSA", "Roscosmos"]}, events=[gold_event()])
    write_run(pred, [doc("d1")], [mention("d1", "AGENCY", "CNSA"), mention("d1", "AGENCY", "Roscosmos")], [pred_event()])
    results = {s.split: s for s in run_eval(gold, pred)}
    scores = results["all"]
    assert results["all/fr"].events_strict.f1 == 1.0  # the same documents, as French ones
    assert scores.entities["AGENCY"].f1 == 1.0
    assert scores.events_strict.f1 == 1.0 and scores.language_accuracy == 1.0
    assert scores.field_shares_strict["agencies"] == 1.0


def test_partial_entities(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"COUNTRY": ["CN", "RU"], "DATE": ["2021-03-09"]})
    write_run(pred, [doc("d1")], [mention("d1", "COUNTRY", "CN"), mention("d1", "COUNTRY", "FR"),
                                  mention("d1", "COUNTRY", "CN", 5, 6)])
    scores = run_eval(gold, pred)[0]
    country = scores.entities["COUNTRY"]
    assert (country.tp, country.fp, country.fn) == (1, 1, 1)
    assert country.precision == 0.5 and country.recall == 0.5 and country.f1 == 0.5
    assert (scores.entities["DATE"].tp, scores.entities["DATE"].fn) == (0, 1)
    assert scores.entities["DATE"].f1 == 0.0


def test_wrong_date_is_a_strict_miss_but_a_relaxed_hit(folders):
    gold, pred = folders
    gold_file(gold, "d1", events=[gold_event(), gold_event(action="planned", agreement_type="cooperation_protocol", date="")])
    write_run(pred, [doc("d1")], events=[pred_event(date="2021-03")])
    scores = run_eval(gold, pred)[0]
    assert (scores.events_strict.tp, scores.events_strict.fp, scores.events_strict.fn) == (0, 1, 2)
    assert (scores.events_relaxed.tp, scores.events_relaxed.fp, scores.events_relaxed.fn) == (1, 0, 1)
    assert scores.events_relaxed.precision == 1.0 and scores.events_relaxed.recall == 0.5
    assert round(scores.events_relaxed.f1, 4) == 0.6667
    errors = [e for e in scores.errors if e["kind"] == "event"]
    assert any(e["error"] == "FN" and "near miss" in e["note"] for e in errors)


def test_empty_predictions(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"AGENCY": ["NASA"]}, events=[gold_event()])
    write_run(pred, [doc("d1")])
    scores = run_eval(gold, pred)[0]
    assert scores.entities["AGENCY"].precision == 0.0 and scores.entities["AGENCY"].f1 == 0.0
    assert scores.events_strict.recall == 0.0 and scores.events_strict.f1 == 0.0


def test_both_empty_counts_as_perfect(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"PER": []})
    write_run(pred, [doc("d1")])
    scores = run_eval(gold, pred)[0]
    assert scores.entities["PER"].f1 == 1.0 and scores.events_strict.f1 == 1.0


def test_missing_document_counts_as_misses(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"AGENCY": ["NASA"]}, events=[gold_event()])
    gold_file(gold, "d2", entities={"AGENCY": ["ESA"]}, events=[gold_event(countries=["ESA", "RU"])])
    write_run(pred, [doc("d1")], [mention("d1", "AGENCY", "NASA")], [pred_event()])
    scores = run_eval(gold, pred)[0]
    assert scores.missing_documents == ["d2"]
    assert (scores.entities["AGENCY"].tp, scores.entities["AGENCY"].fn) == (1, 1)
    assert scores.events_strict.recall == 0.5 and scores.language_accuracy == 0.5


def test_mission_and_person_comparison_is_lenient(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"MISSION": ["Chang'e-7", "Luna-26"], "PER": ["Mikhaïl Michoustine"]},
              events=[gold_event(projects=["Chang'e-7"], signatories=["Mikhaïl Michoustine"])])
    write_run(pred, [doc("d1")], [mention("d1", "MISSION", "CHANG’E 7"), mention("d1", "MISSION", "luna26"),
                                  mention("d1", "PER", "mikhail michoustine")],
              [pred_event(projects=("change-7",), signatories=("MIKHAIL MICHOUSTINE",))])
    scores = run_eval(gold, pred)[0]
    assert scores.entities["MISSION"].f1 == 1.0 and scores.entities["PER"].f1 == 1.0
    assert scores.field_shares_strict["projects"] == 1.0 and scores.field_shares_strict["signatories"] == 1.0


def test_field_shares_on_matched_pairs(folders):
    gold, pred = folders
    gold_file(gold, "d1", events=[gold_event(location="Tokyo"), gold_event(date="2017-11", period="2018/2022")])
    write_run(pred, [doc("d1")], events=[pred_event(location="Tokyo"), pred_event(date="2017-11", agencies=("CNSA",))])
    scores = run_eval(gold, pred)[0]
    assert scores.events_strict.f1 == 1.0
    assert scores.field_shares_strict["agencies"] == 0.5
    assert scores.field_shares_strict["period"] == 0.5
    assert scores.field_shares_strict["location"] == 1.0


def test_mention_level_scores(folders):
    gold, pred = folders
    gold_file(gold, "d1", entities={"AGENCY": ["NASA"]},
              mentions=[{"start": 0, "end": 4, "label": "AGENCY", "norm": "NASA"},
                        {"start": 10, "end": 13, "label": "AGENCY", "norm": "NASA"}])
    write_run(pred, [doc("d1")], [mention("d1", "AGENCY", "NASA", 0, 4), mention("d1", "AGENCY", "NASA", 20, 24)])
    scores = run_eval(gold, pred)[0]
    m = scores.mentions["AGENCY"]
    assert (m.tp, m.fp, m.fn) == (1, 1, 1)
    assert scores.mention_norm_agreement == 1.0


def test_language_accuracy_and_splits(folders):
    gold, pred = folders
    gold_file(gold, "d1", split="dev")
    gold_file(gold, "d2", lang="de", split="heldout")
    write_run(pred, [doc("d1"), doc("d2", lang="it")])
    results = {s.split: s for s in run_eval(gold, pred)}
    # each split, then each split by extracted language (d2 is German: no language subset of its own)
    assert set(results) == {"all", "dev", "heldout", "all/fr", "dev/fr"}
    assert results["dev/fr"].n_gold_documents == 1
    assert results["all"].language_accuracy == 0.5
    assert results["dev"].language_accuracy == 1.0 and results["heldout"].language_accuracy == 0.0
    only = run_eval(gold, pred, split="heldout")
    assert [s.split for s in only] == ["heldout"] and only[0].n_gold_documents == 1


@pytest.mark.parametrize(
    "change,field",
    [
        ({"events": [gold_event(date="2021-13-45")]}, "events[0].date"),
        ({"events": [gold_event(action="inked")]}, "events[0].action"),
        ({"events": [gold_event(countries=[])]}, "events[0].countries"),
        ({"events": [gold_event(agencies=["Roskosmos"])]}, "events[0].agencies"),
        ({"entities": {"AGENCY": ["Nasa"]}}, "entities.AGENCY"),
        ({"doc_id": "other"}, "doc_id"),
        ({"lang": "french"}, "lang"),
    ],
)
def test_malformed_gold_is_rejected_with_file_and_field(tmp_path, change, field):
    data = {"doc_id": "bad", "lang": "fr", "doc_date": "2021-03", "entities": {}, "events": []}
    data.update(change)
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold(tmp_path)
    assert "bad.json" in str(info.value) and field in str(info.value)


def test_error_csv_and_json(folders, tmp_path):
    gold, pred = folders
    gold_file(gold, "d1", entities={"AGENCY": ["NASA"]}, events=[gold_event()])
    write_run(pred, [doc("d1")], [mention("d1", "AGENCY", "ESA")], [pred_event(action="planned")])
    json_path = tmp_path / "scores.json"
    run_eval(gold, pred, json_path=json_path)
    figures = json.loads(json_path.read_text())
    assert figures["all"]["entities"]["AGENCY"]["fp"] == 1
    assert figures["all"]["events"]["strict"]["f1"] == 0.0
    errors = tables.pd.read_csv(pred / "eval_errors.csv", dtype=str, keep_default_na=False)
    rows = set(zip(errors["split"], errors["kind"], errors["error"], errors["value"]))
    assert ("all", "entity", "FP", "ESA") in rows and ("all", "entity", "FN", "NASA") in rows
    assert ("all", "event", "FP", "planned memorandum 2021-03-09 CN;RU") in rows
    assert any(e == ("all", "event", "FN", "signed memorandum 2021-03-09 CN;RU") for e in rows)


def test_cli_eval_prints_the_table(folders, tmp_path):
    gold, pred = folders
    gold_file(gold, "d1", entities={"AGENCY": ["NASA"]})
    write_run(pred, [doc("d1")], [mention("d1", "AGENCY", "NASA")])
    exe = Path(sys.executable).with_name("coopextract")
    out = subprocess.run([str(exe), "eval", "--gold", str(gold), "--pred", str(pred), "--json", str(tmp_path / "s.json")],
                         capture_output=True, text=True, check=True).stdout
    assert "AGENCY" in out and "events strict" in out and (tmp_path / "s.json").exists()
