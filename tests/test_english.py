"""English texts: the same tables, ids and values as their French twins."""

from __future__ import annotations

import pytest

from coopextract.records import Document

FRENCH_TWIN = (
    "L'Inde a signé mercredi les accords Artemis à Washington, devenant le 27e pays à rejoindre le cadre "
    "proposé par la NASA. Le texte a été signé par l'ambassadeur Taranjit Singh Sandhu."
)
ENGLISH = (
    "India signed the Artemis Accords on Wednesday in Washington, becoming the 27th country to join the "
    "NASA-led framework. The accords were signed by Ambassador Taranjit Singh Sandhu."
)


def run_one(extractor, text, lang, doc_date="2023-06-22"):
    document = Document(doc_id=f"twin_{lang}", path="x.txt", text=text, doc_date=doc_date, lang=lang, lang_score=1.0,
                        n_chars=len(text))
    nlp = extractor.french if lang == "fr" else extractor.english
    return extractor._process_serially(nlp, document)


def event_values(result):
    return {(e.action, e.agreement_type, e.date, e.countries, e.agencies, e.signatories, e.location) for e in result.events}


def test_india_signs_the_artemis_accords_like_its_french_twin(extractor):
    english, french = run_one(extractor, ENGLISH, "en"), run_one(extractor, FRENCH_TWIN, "fr")
    expected = {("signed", "accords", "2023-06-21", ("IN",), (), ("Taranjit Singh Sandhu",), "Washington")}
    assert event_values(english) == expected
    assert event_values(french) == expected
    labels = lambda r: {(m.label, m.norm) for m in r.mentions if m.label in ("COUNTRY", "AGREEMENT", "DATE", "AGENCY")}
    assert labels(english) == labels(french)


ENGLISH_CASES = [
    ("NASA and the Indian Space Research Organisation inked a memorandum of understanding on Tuesday.",
     "2024-05-16", {("signed", "memorandum", "2024-05-14", ("IN", "US"))}),
    # a plan is dated when it is made public, not by the signature it expects
    ("ESA and JAXA will sign a joint statement next month.", "2023-06-22", {("planned", "joint_statement", "2023-06-22", ("ESA", "JP"))}),
    ("Seoul said it had terminated the launch contract with Russia and had signed a new contract with France "
     "in early 2023.", "2023-05-02", {("terminated", "contract", "2023", ("KR", "RU")), ("signed", "contract", "2023", ("FR", "KR"))}),
    ("The European Space Agency suspended its cooperation agreement with Roscosmos on March 17, 2022.",
     "2022-03-20", {("suspended", "agreement", "2022-03-17", ("ESA", "RU"))}),
    ("The framework agreement between Japan and the United States entered into force in 2024.",
     "2024-05-01", {("entered_into_force", "framework_agreement", "2024", ("JP", "US"))}),
    ("Roscosmos denied that it had signed an agreement with NASA.", "2020-01-10", set()),
]


def test_english_events(extractor):
    for text, doc_date, expected in ENGLISH_CASES:
        result = run_one(extractor, text, "en", doc_date)
        assert {(e.action, e.agreement_type, e.date, e.countries) for e in result.events} == expected, text


def test_english_signatories_by_title(extractor):
    text = ("The agreement was signed in Toronto by NASA Administrator Charles Bolden and ISRO Chairman "
            "K. Radhakrishnan on September 30, 2014, the two agencies said of the NISAR mission agreement.")
    result = run_one(extractor, "NASA and ISRO signed an agreement on the NISAR mission. " + text, "en", "2014-10-01")
    (event,) = result.events
    assert event.signatories == ("Charles Bolden", "K. Radhakrishnan")
    assert event.location == "Toronto" and event.date == "2014-09-30" and event.projects == ("NISAR",)


ENGLISH_PERSONS = [
    ("The accords were signed by India's ambassador to the United States, Taranjit Singh Sandhu.", {"Taranjit Singh Sandhu"}),
    ("Then-NASA Administrator Charles Bolden and K. Radhakrishnan signed it.", {"Charles Bolden", "K. Radhakrishnan"}),
    ("It was signed by KASA Administrator Yoon Young-bin.", {"Yoon Young-bin"}),
    # the tail of a hyphenated name is no surname to look for ("in" is no person)
    ("It was signed by KASA Administrator Lee Jae-in in Seoul.", {"Lee Jae-in"}),
    ("He is the second Indian in space, after Rakesh Sharma flew in 1984.", {"Rakesh Sharma"}),
    ("The crew includes Hungary's Tibor Kapu.", {"Tibor Kapu"}),
    ("Peggy Whitson commands it. Whitson said so.", set()),  # no cue for the full name: nothing to anchor "Whitson"
    ("The Indian Space Research Organisation and the European Space Agency signed.", set()),
    # portfolios listed inside a title are not names; the name after them is
    ("Angola's Minister of Telecommunications, Information Technologies and Social Communication, Mário Oliveira, "
     "signed the document.", {"Mário Oliveira"}),
    ("The cubesat was built by the Korea Astronomy and Space Science Institute.", set()),  # a name takes no article
    # a civility word makes the surname of a person named in full a person; alone, it anchors nothing
    ("The letters were signed by Ambassador Carla Hills. Mrs. Hills called them a start.", {"Carla Hills", "Hills"}),
    ("Mrs. Hills called the letters a start.", set()),
]


@pytest.mark.parametrize("text,expected", ENGLISH_PERSONS)
def test_english_persons_by_rule(nlp_en, text, expected):
    assert {e.text for e in nlp_en(text).ents if e.label_ == "PER"} == expected


def test_english_coordinated_clause_and_same_occasion(extractor):
    text = ("TOKYO — Luxembourg and Japan signed a memorandum of cooperation on space resources on Wednesday.\n\n"
            "During the same trip, the Luxembourg government signed a separate agreement with the Japanese company ispace.\n\n"
            "Luxembourg had already signed a similar memorandum with the United Arab Emirates in October, "
            "and is negotiating another one with China, officials said.")
    events = {(e.action, e.agreement_type, e.countries, e.date) for e in run_one(extractor, text, "en", "2017-11-30").events}
    assert ("signed", "agreement", ("JP", "LU"), "2017-11-29") in events  # the lead's day
    assert ("signed", "memorandum", ("AE", "LU"), "2017-10") in events  # China belongs to the next clause


def test_a_gapped_state_signs_at_its_own_date(extractor):
    text = "The Emirates signed the Artemis Accords in October 2020, Israel in January 2022."
    events = {(e.countries, e.date) for e in run_one(extractor, text, "en", "2022-03-16").events}
    assert events == {(("AE",), "2020-10"), (("IL",), "2022-01")}


def test_gapped_partners_share_the_subject_of_the_clause(extractor):
    """After "concluded with New Zealand in 2016", the gapped states are partners: Washington signs each."""
    text = ("The pact follows agreements that Washington concluded with New Zealand in 2016, Brazil in 2019 "
            "and Australia in 2023.")
    events = {(e.countries, e.date) for e in run_one(extractor, text, "en", "2025-01-21").events}
    assert events == {(("NZ", "US"), "2016"), (("BR", "US"), "2019"), (("AU", "US"), "2023")}


def test_an_acronym_defined_after_an_agreement_names_it_again(extractor, nlp_en):
    """ "an Implementation Agreement (IA)" then "The IA was signed Nov. 20": the later day is the signing's;
    "a government-to-government TSA" after "a Technology Safeguards Agreement (TSA)" is another one."""
    text = ("ISRO and the Australian Space Agency have signed an Implementation Agreement (IA) on crew recovery, "
            "officials said.\n\n"
            "The IA was signed Nov. 20 by officials of the two agencies.")
    events = {(e.action, e.agreement_type, e.date) for e in run_one(extractor, text, "en", "2024-11-21").events}
    assert events == {("signed", "agreement", "2024-11-20")}
    doc = nlp_en("Norway signed a Technology Safeguards Agreement (TSA) on Jan. 16. "
                 "Canada is negotiating a government-to-government TSA. The TSA opens Andøya to U.S. rockets.")
    acronyms = [(e._.norm, e._.ref) for e in doc.ents if e.text == "TSA" and e.start > 10]
    assert acronyms == [("intergovernmental_agreement", -1), ("intergovernmental_agreement", 3)]  # refers to token 3


def test_a_date_right_after_the_verb_is_its_own_without_a_parse(extractor):
    text = ("Canada takes part in ESA programmes under a cooperation agreement first signed in Montreal on Dec. 9, "
            "1978, which entered into force on Jan. 1, 1979.")
    events = {(e.action, e.date) for e in run_one(extractor, text, "en", "2009-09-10").events}
    assert events == {("signed", "1978-12-09"), ("entered_into_force", "1979-01-01")}


def test_treaty_wording_members_and_a_pair_between_governments(extractor):
    """ "done at Ottawa on Feb. 4, 1997" is a signing; "eleven member states of the European Space Agency"
    make the ESA no party; "an agreement between the two governments" has the document's pair, not the
    states listed for the agreement before it."""
    text = ("OTTAWA — Canada and the United States signed a framework agreement on Wednesday.\n\n"
            "It recalls the intergovernmental agreement on the International Space Station, signed in Washington "
            "on Jan. 29, 1998 by Canada, the United States, Japan, Russia and eleven member states of the European "
            "Space Agency, and an exchange of notes on intellectual property, done at Ottawa on Feb. 4, 1997, "
            "which constitutes an agreement between the two governments.")
    events = {(e.action, e.date, e.countries) for e in run_one(extractor, text, "en", "2009-09-10").events}
    assert ("signed", "1998-01-29", ("CA", "JP", "RU", "US")) in events
    assert ("signed", "1997-02-04", ("CA", "US")) in events


def test_an_untagged_trigger_word_after_a_determiner_is_a_noun(extractor):
    """ "the culmination of many years of work": no talks about an agreement ("work" as a verb is one)."""
    text = ("NASA and the Canadian Space Agency signed a framework agreement on Wednesday. Bolden, who took office "
            "in July, called the agreement the culmination of many years of work.")
    events = {(e.action, e.date) for e in run_one(extractor, text, "en", "2009-09-10").events}
    assert events == {("signed", "2009-09-09")}


def test_a_definite_bare_subject_far_from_any_mention_is_the_article_s_agreement(extractor):
    """ "The pact follows ...", paragraphs after the last agreement named: the lead's agreement, so the
    "similar agreements" are of its type."""
    text = ("OSLO — Norway and the United States have signed a Technology Safeguards Agreement, the two "
            "governments announced.\n\n"
            "Andøya Spaceport received a license in August. No American company has announced plans to fly "
            "from the site. NASA has launched sounding rockets from the island for decades. Oslo also sees a "
            "military role for it.\n\n"
            "The pact follows similar agreements that Washington concluded with New Zealand in 2016.")
    events = {(e.agreement_type, e.date, e.countries) for e in run_one(extractor, text, "en", "2025-01-21").events}
    assert ("intergovernmental_agreement", "2016", ("NZ", "US")) in events


def test_a_date_in_an_aside_opened_by_another_verb_is_the_aside_s(extractor):
    text = "KASA, launched in May last year, signed a joint statement with NASA in Washington on Sept. 19, 2024."
    assert {e.date for e in run_one(extractor, text, "en", "2025-04-16").events} == {"2024-09-19"}
    # the agreement's own participle after it is no aside of another verb
    text = ("The EU had already concluded an arrangement with the United States, signed in Washington on Oct. 16, "
            "2015, by Philippe Brunet.")
    assert {e.date for e in run_one(extractor, text, "en", "2018-03-20").events} == {"2015-10-16"}


def test_a_definite_mention_with_a_restrictive_relative_names_its_own_agreement(extractor):
    text = ("In May 1984 Brazil and China signed a complementary agreement to their framework agreement on "
            "scientific cooperation. On July 6, 1988, during a visit to Beijing by President José Sarney, the two "
            "governments signed the agreement that created the CBERS programme.")
    events = {(e.agreement_type, e.date) for e in run_one(extractor, text, "en", "2014-12-12").events}
    assert ("intergovernmental_agreement", "1988-07-06") in events


def test_launched_signs_only_an_agreement_it_takes_as_object(extractor):
    """ "The accords were launched in October 2020" is their signing; a satellite "launched in September 2003"
    near "the deal" is not."""
    text = ("Nigeria signed a contract with SSTL on Monday. The deal deepens a relationship that began with "
            "NigeriaSat-1, which SSTL built and which was launched in September 2003 from Plesetsk in Russia.")
    events = {(e.action, e.date) for e in run_one(extractor, text, "en", "2006-11-07").events}
    assert events == {("signed", "2006-11-06")}
    text = "The Artemis Accords were launched in October 2020 by the United States and seven other countries."
    events = {(e.action, e.agreement_type, e.date) for e in run_one(extractor, text, "en", "2022-12-01").events}
    assert events == {("signed", "accords", "2020-10")}


def test_an_undated_signing_takes_the_time_the_sentence_before_opened_with(extractor):
    text = ("China launched CBERS-4 on Sunday.\n\n"
            "On Tuesday, the partners turned relief into a plan. At a ceremony in Beijing, the China National Space "
            "Administration and the Brazilian Space Agency signed a letter of intent to build CBERS-4A.")
    events = {(e.agreement_type, e.date) for e in run_one(extractor, text, "en", "2014-12-12").events}
    assert events == {("letter_of_intent", "2014-12-09")}


def test_an_attributive_year_dates_no_action(extractor):
    text = ("DLR and NASA are expected to sign a new framework agreement to replace the 2010 text later this year, "
            "officials said.")
    events = {(e.action, e.date) for e in run_one(extractor, text, "en", "2025-06-19").events}
    assert events == {("planned", "2025-06-19")}


def test_a_future_reported_by_a_verb_of_saying_is_a_plan_made_public_now(extractor):
    text = ("SYDNEY — KASA signed three memorandums on Monday.\n\n"
            "Two more texts are in the pipeline. KASA said it would sign an agreement with the European Space Agency "
            "on deep-space exploration.")
    events = {(e.action, e.agreement_type, e.date) for e in run_one(extractor, text, "en", "2025-09-30").events}
    assert ("planned", "agreement", "2025-09-30") in events


def test_english_treaty_terminated_then_recalled(extractor):
    text = ("BRASILIA — Brazil has terminated the 2003 treaty with Ukraine on the Cyclone-4 launcher, "
            "President Dilma Rousseff's office said on Wednesday.\n\n"
            "The treaty, signed in Brasília on Oct. 21, 2003, created a binational company.\n\n"
            "Brazil is now negotiating a technology safeguards agreement with the United States, "
            "a deal first rejected by Congress in 2001.")
    events = {(e.action, e.agreement_type, e.countries, e.date) for e in run_one(extractor, text, "en", "2015-11-05").events}
    assert ("terminated", "intergovernmental_agreement", ("BR", "UA"), "2015-11-04") in events  # not the treaty's year
    assert ("signed", "intergovernmental_agreement", ("BR", "UA"), "2003-10-21") in events  # "The treaty" refers back
    # 2001 is the later mention's; a technology safeguards agreement is between governments
    assert ("announced", "intergovernmental_agreement", ("BR", "US"), "2015-11-05") in events


def test_a_headline_pact_is_the_memorandum_of_the_lead(extractor):
    text = ("Japan and the Philippines seal space cooperation pact\n\n"
            "MANILA — Japan and the Philippines inked a memorandum of cooperation on space on Thursday, "
            "signed by Philippine Space Agency Director General Joel Marciano Jr. and JAXA President Hiroshi Yamakawa.")
    result = run_one(extractor, text, "en", "2023-12-08")
    assert {(e.action, e.agreement_type, e.date) for e in result.events} == {("signed", "memorandum", "2023-12-07")}
    assert "Joel Marciano Jr." in {m.norm for m in result.mentions if m.label == "PER"}


def test_a_signing_in_a_clause_after_the_date_is_not_dated_by_it(extractor):
    text = ("SRIHARIKOTA, India — The NISAR satellite, built by NASA and the Indian Space Research Organisation, "
            "lifted off on Wednesday, more than a decade after the two agencies signed the partnership agreement.\n\n"
            "The agreement was signed on Sept. 30, 2014, in Toronto.")
    events = {(e.action, e.date) for e in run_one(extractor, text, "en", "2025-07-31").events}
    assert events == {("signed", "2014-09-30")}


def test_a_participle_set_off_after_another_mention_is_not_this_ones(extractor):
    text = ("The Canadian Space Agency and JAXA signed a memorandum of understanding on Tuesday.\n\n"
            "The memorandum, signed by CSA President Lisa Campbell and JAXA President Hiroshi Yamakawa in Paris, "
            "replaces a 2014 arrangement between the two agencies.")
    events = {(e.agreement_type, e.date) for e in run_one(extractor, text, "en", "2022-09-22").events}
    assert events == {("memorandum", "2022-09-20")}


def test_a_mission_name_at_the_end_of_a_paragraph(nlp_en):
    """ "..., ELSA-M." before a paragraph break: the tokenizer keeps the full stop on "M."; the name is ELSA-M."""
    doc = nlp_en("Astroscale is developing a debris-removal demonstration mission, ELSA-M.\n\nThe two governments agree.")
    assert [(e._.norm, e.label_) for e in doc.ents if e.label_ == "MISSION"] == [("ELSA-M", "MISSION")]


def test_a_hyphenated_abbreviation_leaves_sound_token_edges(extractor):
    """spaCy's English tokenizer leaves wrong tree edges after "SABIA-Mar."; reading a token's children then
    crashed the process. Docs of the English side pipeline are rebuilt with sound edges."""
    from coopextract.pipeline import Extractor

    text = "The mission was renamed SABIA-Mar. Created in 2023, the agency has signed an agreement with NASA."
    document = Document(doc_id="t", path="t.txt", text=text, doc_date="2024-11-26", lang="en", lang_score=1.0,
                        n_chars=len(text))
    doc = Extractor._make_doc(extractor.english, document, text, 0)
    assert doc.text == text and "Mar." in [t.text for t in doc]
    assert all(t.left_edge.i == t.i == t.right_edge.i for t in doc)
    events = extractor._process_serially(extractor.english, document).events
    assert [(e.action, e.countries) for e in events] == [("signed", ("US",))]


def test_neither_nor_denies_the_signing(extractor):
    assert not run_one(extractor, "Neither China nor Russia has signed the Artemis Accords.", "en").events


def test_a_dateline_state_is_no_party(extractor):
    text = ("OSAKA, Japan — Indian Prime Minister Narendra Modi and Canadian Prime Minister Justin Trudeau signed "
            "on Saturday a memorandum of understanding on space cooperation.")
    assert {e.countries for e in run_one(extractor, text, "en", "2019-06-30").events} == {("CA", "IN")}


def test_a_report_date_is_not_the_day_of_an_earlier_signing(extractor):
    """ "said on Wednesday it had signed": the report's day; the signing's own day comes later in the text."""
    text = ("SEOUL — South Korea's space agency said on Wednesday it had signed a memorandum of understanding with "
            "the Saudi Space Agency. The memorandum was signed on Tuesday in Riyadh.")
    assert {e.date for e in run_one(extractor, text, "en", "2025-03-12").events} == {"2025-03-11"}


def test_what_an_agreement_provides_is_no_event(extractor):
    text = ("NASA and the Indian Space Research Organisation signed a memorandum on Tuesday. Under the agreement, the "
            "two agencies will work together on human spaceflight.")
    assert {e.action for e in run_one(extractor, text, "en", "2025-03-12").events} == {"signed"}


def test_a_numbered_list_of_signings_gives_one_event_per_item(extractor):
    text = ("WASHINGTON — Ten countries have joined the Artemis Accords this year. This year's signings:\n\n"
            "1. Greece, Feb. 9, in Washington, signed by Foreign Minister George Gerapetritis.\n\n"
            "2. Uruguay, Feb. 15, in Washington.\n\n"
            "The accords are non-binding.")
    events = run_one(extractor, text, "en", "2024-06-13").events
    assert {(e.countries, e.date, e.location) for e in events} == {
        (("GR",), "2024-02-09", "Washington"), (("UY",), "2024-02-15", "Washington")}


def test_accords_established_by_their_founders(extractor):
    text = "Established in October 2020 by the United States, Australia and Japan, the Artemis Accords have gathered pace."
    assert {(e.action, e.date, e.countries) for e in run_one(extractor, text, "en", "2024-06-13").events} == {
        ("signed", "2020-10", ("AU", "JP", "US"))}


def test_a_protocol_of_intent_and_an_entry_into_force_yet_to_come(extractor):
    text = ("The visit ended with the signing of a protocol of intent between Uzbekistan and Kazakhstan on Monday. "
            "Both countries still have to complete their procedures before the protocol can enter into force.")
    assert {(e.action, e.agreement_type) for e in run_one(extractor, text, "en", "2021-12-07").events} == {
        ("signed", "letter_of_intent")}


def test_a_reported_progressive_is_the_present_of_the_report(extractor):
    text = ("Poland signed the Artemis Accords in Dubai on Tuesday, the space agency said. Officials praised the "
            "ceremony. The delegation toured the exhibition. POLSA said it was also working with NASA on a bilateral "
            "framework agreement that would deepen ties between the two countries.")
    events = run_one(extractor, text, "en", "2021-10-28").events
    assert ("announced", "framework_agreement", "2021-10-28") in {(e.action, e.agreement_type, e.date) for e in events}


def test_states_sign_accords_with_the_object_left_out(extractor):
    text = ("Colombia signed the Artemis Accords on Tuesday. The accords were first signed in October 2020 by the "
            "United States. Israel joined in January, and Romania, Bahrain and Singapore all signed in March. "
            "Brazil is expected to sign in June.")
    keys = {(e.action, e.agreement_type, e.date, e.countries) for e in run_one(extractor, text, "en", "2022-05-11").events}
    assert ("signed", "accords", "2022-01", ("IL",)) in keys
    assert ("signed", "accords", "2022-03", ("BH", "RO", "SG")) in keys
    assert not any(k[3] == ("BR",) for k in keys)  # what is only expected may be another plan


def test_a_weak_participle_right_after_the_agreement_speaks_of_it(extractor):
    text = ("India and the United States welcomed the joint statement issued after their talks in Washington yesterday. "
            "New Delhi and Washington will sign a framework agreement in 2025.")
    keys = {(e.action, e.agreement_type, e.date, e.countries) for e in run_one(extractor, text, "en", "2025-02-14").events}
    assert ("signed", "joint_statement", "2025-02-13", ("IN", "US")) in keys
    # a plan is dated by the day it is reported, not by the period its signature is expected in
    assert ("planned", "framework_agreement", "2025-02-14", ("IN", "US")) in keys


def test_a_list_item_heading_dates_its_item(extractor):
    text = ("The main agreements signed during the week:\n\n1. NASA and the Italian Space Agency, Tuesday. Italy and the "
            "United States signed a joint statement on the Moon.\n\n2. CNES and the DLR, the same day. France and "
            "Germany signed a letter of intent.")
    keys = {(e.action, e.agreement_type, e.date, e.countries) for e in run_one(extractor, text, "en", "2019-10-25").events}
    assert ("signed", "joint_statement", "2019-10-22", ("IT", "US")) in keys
    assert ("signed", "letter_of_intent", "2019-10-22", ("DE", "FR")) in keys


def test_a_joint_statement_that_speaks_was_issued_that_day(extractor):
    text = ("The capsule will land at Woomera on December 6, the Australian Space Agency and the Japan Aerospace "
            "Exploration Agency said on Tuesday in a joint statement.")
    keys = {(e.action, e.agreement_type, e.date, e.countries) for e in run_one(extractor, text, "en", "2020-07-15").events}
    assert ("signed", "joint_statement", "2020-07-14", ("AU", "JP")) in keys


def test_they_as_the_subject_without_a_parse_are_the_parties_of_the_sentence_before(extractor):
    text = ("The framework agreement was signed by NASA Administrator Michael Griffin and ISRO Chairman G. Madhavan "
            "Nair. The two men knew each other: in May 2006, in Bangalore, they had signed two memorandums of "
            "understanding putting NASA's instruments aboard Chandrayaan-1.")
    keys = {(e.action, e.agreement_type, e.date, e.countries) for e in run_one(extractor, text, "en", "2025-02-14").events}
    assert ("signed", "memorandum", "2006-05", ("IN", "US")) in keys

