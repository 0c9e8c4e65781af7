"""Document-level rules of §4 on hand-built candidates (no model needed)."""

from __future__ import annotations

from coopextract.events import BACKGROUND, NEWS, Candidate, canonical_people, resolve_events


def cand(action="signed", kind="memorandum", date="", countries=("CN", "RU"), tense=NEWS, start=0, **kw) -> Candidate:
    return Candidate(action=action, agreement_type=kind, date=date, countries=set(countries), tense=tense,
                     evidence_start=start, mention_start=start, **kw)


def test_news_without_date_takes_the_document_date():
    (event,) = resolve_events([cand()], doc_id="d", doc_date="2018-03")
    assert event.date == "2018-03"


def test_background_without_date_stays_undated():
    (event,) = resolve_events([cand(tense=BACKGROUND)], doc_id="d", doc_date="2018-03")
    assert event.date == ""


def test_plan_reported_as_news_takes_the_document_date():
    (event,) = resolve_events([cand(action="planned")], doc_id="d", doc_date="2018-03")
    assert event.date == "2018-03"


def test_plan_in_background_stays_undated():
    (event,) = resolve_events([cand(action="planned", tense=BACKGROUND)], doc_id="d", doc_date="2018-03")
    assert event.date == ""


def test_one_named_party_is_completed_by_its_usual_partner():
    events = resolve_events(
        [cand(date="2021-03-09", start=0), cand(kind="joint_statement", date="2020-05", countries=("RU",), start=90)],
        doc_id="d", doc_date="2021-03", party_counts={"RU": 5, "CN": 4, "US": 1},
    )
    assert {(e.agreement_type, e.countries) for e in events} == {("memorandum", ("CN", "RU")),
                                                                  ("joint_statement", ("CN", "RU"))}


def test_the_two_agencies_are_the_documents_pair():
    events = resolve_events(
        [cand(date="2018-03", countries=(), group="agency")],
        doc_id="d", doc_date="2021-03", party_counts={"RU": 5, "CN": 4, "US": 1},
        agency_counts={"Roscosmos": 3, "CNSA": 2, "NASA": 1},
    )
    assert [(e.countries, e.agencies) for e in events] == [(("CN", "RU"), ("CNSA", "Roscosmos"))]


def test_accords_keep_their_single_signer():
    (event,) = resolve_events([cand(kind="accords", countries=("IN",))], doc_id="d", doc_date="2023-06",
                              party_counts={"US": 4, "IN": 3})
    assert event.countries == ("IN",)


def test_one_event_per_action_and_date_with_merged_fields():
    events = resolve_events(
        [cand(date="2021-03-09", agencies={"Roscosmos"}, start=0), cand(date="2021-03-09", agencies={"CNSA"}, start=50)],
        doc_id="d", doc_date="2021-03",
    )
    assert len(events) == 1
    assert events[0].agencies == ("CNSA", "Roscosmos")


def test_undated_event_dropped_when_the_agreement_has_a_dated_one():
    events = resolve_events(
        [cand(date="2021-03-09", start=0), cand(action="planned", tense=BACKGROUND, start=90)],
        doc_id="d", doc_date="2021-03",
    )
    assert [(e.action, e.date) for e in events] == [("signed", "2021-03-09")]


def test_partial_parties_join_the_agreement_that_includes_them():
    events = resolve_events(
        [cand(date="2021-03-09", start=0), cand(action="planned", countries=("RU",), tense=BACKGROUND, start=90)],
        doc_id="d", doc_date="2021-03",
    )
    assert len(events) == 1


def test_reference_back_inherits_the_agreement():
    signed = cand(kind="intergovernmental_agreement", date="2016-06-25", tense=BACKGROUND, start=10)
    in_force = cand(action="entered_into_force", kind="intergovernmental_agreement", date="2017-12-18",
                    countries=(), start=80, antecedent_start=10)
    events = resolve_events([signed, in_force], doc_id="d", doc_date="2018-03")
    assert {(e.action, e.date, e.countries) for e in events} == {
        ("signed", "2016-06-25", ("CN", "RU")), ("entered_into_force", "2017-12-18", ("CN", "RU"))}


def test_event_without_parties_is_dropped():
    assert resolve_events([cand(countries=())], doc_id="d", doc_date="2018-03") == []


def test_people_take_their_fullest_name():
    mapping = canonical_people(["Komarov", "Igor Komarov", "Wu Yanhua"])
    assert mapping == {"Komarov": "Igor Komarov", "Igor Komarov": "Igor Komarov", "Wu Yanhua": "Wu Yanhua"}


def test_a_short_name_inside_one_fuller_name_takes_it():
    mapping = canonical_people(["Lula", "Luiz Inácio Lula da Silva", "Xi Jinping"])
    assert mapping["Lula"] == "Luiz Inácio Lula da Silva"
    # shared by two fuller names: left alone
    assert canonical_people(["Wang", "Wang Yi", "Wang Zhaoyao"])["Wang"] == "Wang"


def test_a_signing_reported_as_news_takes_the_leads_day_a_plan_the_documents():
    events = resolve_events([cand(), cand(kind="joint_statement", action="planned", start=90)], doc_id="d",
                            doc_date="2019-09-18", news_date="2019-09-17")
    assert {(e.action, e.date) for e in events} == {("signed", "2019-09-17"), ("planned", "2019-09-18")}
