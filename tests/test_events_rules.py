"""Events read from short texts written for these tests (not from the seeds).

Each case: a text, its document date, and the events expected as
(action, agreement_type, date, countries) with some field checks.
"""

from __future__ import annotations

import pytest

from coopextract.records import Document


def extract(extractor, text: str, doc_date: str | None, lang: str = "fr"):
    document = Document(doc_id="t", path="t.txt", text=text, doc_date=doc_date, lang=lang, lang_score=1.0,
                        n_chars=len(text))
    nlp = extractor.french if lang == "fr" else extractor.english
    return extractor._process_serially(nlp, document)


FRENCH_CASES = [
    (
        "Le Centre national d'études spatiales et l'Organisation indienne de recherche spatiale ont signé mardi "
        "un accord-cadre sur la surveillance maritime.",
        "2018-03-14",
        {("signed", "framework_agreement", "2018-03-13", ("FR", "IN"))},
    ),
    (
        "L'Agence spatiale européenne a suspendu le 17 mars 2022 son accord de coopération avec Roscosmos "
        "sur la mission ExoMars.",
        "2022-03-20",
        {("suspended", "agreement", "2022-03-17", ("ESA", "RU"))},
    ),
    (
        "Le ministre a annoncé que la NASA et la JAXA signeront un mémorandum d'entente sur la station Gateway.",
        "2020-12-01",
        {("planned", "memorandum", "2020-12-01", ("JP", "US"))},  # a plan reported as news: the header date
    ),
    (
        "En juin 2019, le gouvernement français et le gouvernement chinois avaient signé un accord sur l'espace. "
        "Le texte est entré en vigueur le 2 février 2020.",
        "2021-05-10",
        {("signed", "intergovernmental_agreement", "2019-06", ("CN", "FR")),
         ("entered_into_force", "intergovernmental_agreement", "2020-02-02", ("CN", "FR"))},
    ),
    (
        "Roscosmos a démenti avoir signé un mémorandum avec la NASA.",
        "2020-10-01",
        set(),
    ),
    (  # a negative determiner on the agreement
        "Aucun accord n'a été signé avec la NASA, précise l'agence brésilienne.",
        "2020-10-01",
        set(),
    ),
    (  # a pronoun subject refers back to the last agreement
        "La Chine et le Brésil ont signé en 2015 un accord-cadre sur les satellites. Il est entré en vigueur le "
        "3 mars 2017.",
        "2018-01-10",
        {("signed", "framework_agreement", "2015", ("BR", "CN")),
         ("entered_into_force", "framework_agreement", "2017-03-03", ("BR", "CN"))},
    ),
    (  # two things that happened to one agreement, each with its own date
        "L'accord de coopération, signé en 2019 par la Chine et le Pakistan, est entré en vigueur le 4 mars 2021.",
        "2021-03-10",
        {("signed", "agreement", "2019", ("CN", "PK")), ("entered_into_force", "agreement", "2021-03-04", ("CN", "PK"))},
    ),
    (  # an undated participle only describes the agreement
        "L'ESA a décidé mardi de mettre fin à l'accord de coopération conclu avec Roscosmos.",
        "2022-07-13",
        {("terminated", "agreement", "2022-07-12", ("ESA", "RU"))},
    ),
    (  # a state named as a circumstance is no party
        "Roscosmos et la NASA ont signé le 14 juillet 2022, en pleine guerre en Ukraine, un accord d'échange de sièges.",
        "2022-07-20",
        {("signed", "agreement", "2022-07-14", ("RU", "US"))},
    ),
    (  # multilateral accords: the state that signs, not the host
        "La Slovaquie a signé jeudi les accords Artemis au siège de la NASA à Washington.",
        "2024-05-31",
        {("signed", "accords", "2024-05-30", ("SK",))},
    ),
    (  # "y", "à cette occasion": the time the previous sentence gave
        "Le 29 novembre 2017, le ministre luxembourgeois s'est rendu à Tokyo. Il y a signé avec le Japon un "
        "mémorandum de coopération.",
        "2019-05-11",
        {("signed", "memorandum", "2017-11-29", ("JP", "LU"))},
    ),
    (  # a pronoun subject is the main clause's subject
        "L'Iran coopère aussi avec la Chine au sein de l'APSCO, dont il a signé la convention à Pékin en octobre 2005.",
        "2022-12-15",
        {("signed", "accords", "2005-10", ("IR",))},
    ),
    (  # two states in one adjective
        "La relation spatiale franco-chinoise repose sur un accord intergouvernemental signé en 1997.",
        "2019-11-07",
        {("signed", "intergovernmental_agreement", "1997", ("CN", "FR"))},
    ),
    (  # a press name of a state
        "L'État hébreu a signé les accords Artemis le 26 janvier 2022.",
        "2023-02-22",
        {("signed", "accords", "2022-01-26", ("IL",))},
    ),
    (  # "les deux agences": the document's pair
        "Le CNES et la JAXA coopèrent depuis 2010 sur les petits corps. Mardi, les deux agences ont signé un "
        "mémorandum sur la mission MMX.",
        "2019-06-13",
        {("signed", "memorandum", "2019-06-11", ("FR", "JP"))},
    ),
    (  # one named party: the other comes from the document
        "La NASA et la JAXA ont signé un accord-cadre en 2019. En 2022, la JAXA a adopté une déclaration "
        "commune sur la station Gateway.",
        "2023-02-01",
        {("signed", "framework_agreement", "2019", ("JP", "US")), ("signed", "joint_statement", "2022", ("JP", "US"))},
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", FRENCH_CASES)
def test_french_events(extractor, text, doc_date, expected):
    result = extract(extractor, text, doc_date)
    got = {(e.action, e.agreement_type, e.date, e.countries) for e in result.events}
    assert got == expected


def test_signatories_and_place(extractor):
    text = ("Le 5 juillet 2023, à Pékin, l'Administration spatiale nationale chinoise et l'agence spatiale "
            "vénézuélienne ont signé une déclaration commune, paraphée par Zhang Kejian et Ana Rodríguez.")
    result = extract(extractor, text, "2023-07-06")
    (event,) = result.events
    assert event.location == "Pékin"
    assert event.date == "2023-07-05"
    assert event.agreement_type == "joint_statement"


def test_persons_of_a_circumstance_are_not_signatories(extractor):
    text = ("L'accord a été signé à Bangalore le 4 mars par le président du CNES, Philippe Baptiste, et le président "
            "de l'ISRO, Sreedhara Somanath, en présence d'Emmanuel Macron et de Narendra Modi.")
    (event,) = extract(extractor, "Le CNES et l'ISRO ont conclu un accord sur TRISHNA. " + text, "2024-03-06").events
    assert event.signatories == ("Philippe Baptiste", "Sreedhara Somanath")
    assert event.location == "Bangalore"


def test_a_reference_to_a_joining_keeps_its_signer(extractor):
    text = ("L'Argentine a signé jeudi les accords Artemis, rédigés par les États-Unis. Les accords ont été signés à "
            "Washington par l'ambassadeur argentin aux États-Unis, Jorge Argüello.")
    (event,) = extract(extractor, text, "2023-07-29").events
    assert (event.action, event.agreement_type, event.date, event.countries) == ("signed", "accords", "2023-07-27", ("AR",))
    assert event.location == "Washington" and event.agencies == ()


def test_a_reported_state_is_news_after_a_background_sentence(extractor):
    """ "a précisé que le protocole était suspendu": the suspension is current news, dated by the lead's day."""
    text = ("Le DLR a annoncé samedi la suspension de sa coopération avec Roscosmos.\n\n"
            "L'accord avait été signé en 2007 par les deux agences, qui avaient ensuite conclu un protocole de "
            "coopération en 2009. Berlin a précisé que le protocole était suspendu et non dénoncé.")
    events = {(e.action, e.agreement_type, e.date) for e in extract(extractor, text, "2022-03-08").events}
    assert ("suspended", "cooperation_protocol", "2022-03-05") in events
    assert ("signed", "cooperation_protocol", "2009") in events


def test_a_new_agreement_planned_in_a_background_paragraph_is_news(extractor):
    """After a pluperfect opening, the plan of ANOTHER agreement in the present is current news
    (the header date); the planned signature of the agreement the paragraph narrates is not (seed 000)."""
    text = ("Roscosmos et la CNSA avaient signé le 9 mars 2021 un mémorandum d'entente sur l'ILRS. "
            "Un accord intergouvernemental entre Moscou et Pékin doit être signé en septembre, selon l'agence TASS.")
    events = {(e.action, e.agreement_type, e.date) for e in extract(extractor, text, "2025-05-10").events}
    assert ("planned", "intergovernmental_agreement", "2025-05-10") in events
    assert ("signed", "memorandum", "2021-03-09") in events


def test_the_lead_after_a_headline_dates_the_news(extractor):
    """A headline paragraph does not end the lead: "hier" in the first paragraph dates the signing."""
    text = ("Ankara signe à son tour la convention de l'APSCO\n\n"
            "La Turquie est devenue hier le neuvième État signataire de la convention. L'ambassadeur de Turquie en "
            "Chine, Oktay Özüye, a signé le texte au nom de son gouvernement lors d'une cérémonie à Pékin.")
    (event,) = [e for e in extract(extractor, text, "2006-06-02").events if e.action == "signed"]
    assert event.date == "2006-06-01"
    assert event.countries == ("TR",)  # China is where the ambassador is posted, not a party


def test_a_signing_at_the_end_of_dated_talks_takes_their_date(extractor):
    text = ("Volodymyr Zelensky a été reçu mercredi par Recep Tayyip Erdoğan pour sa première visite en Turquie. "
            "À l'issue de leurs entretiens, la Turquie et l'Ukraine ont signé un protocole de coopération spatiale.")
    (event,) = extract(extractor, text, "2019-08-08").events
    assert (event.action, event.date) == ("signed", "2019-08-07")


def test_states_and_dates_given_respectively_pair_up(extractor):
    text = ("L'Équateur et l'Argentine ont adhéré aux accords Artemis l'an dernier, respectivement en juin et en juillet, "
            "et l'Uruguay a signé le texte en février.")
    events = {(e.countries, e.date) for e in extract(extractor, text, "2024-05-31").events if e.action == "signed"}
    assert {(("EC",), "2023-06"), (("AR",), "2023-07")} <= events


def test_the_clause_around_a_relative_antecedent_gives_no_party(extractor):
    text = ("Le Sénégal ne participe pas au projet ILRS mené par la Chine et la Russie, contrairement à l'Égypte, "
            "qui a signé en 2023 un mémorandum d'adhésion à l'ILRS avec la Chine.")
    (event,) = extract(extractor, text, "2025-07-26").events
    assert (event.action, event.countries, event.date) == ("signed", ("CN", "EG"), "2023")


def test_a_signature_that_could_happen_is_talk_of_one(extractor):
    text = ("Buenos Aires et Pékin négocient un mémorandum d'entente sur la formation d'ingénieurs, "
            "qui pourrait être signé lors du prochain sommet du G20.")
    assert {e.action for e in extract(extractor, text, "2016-10-20").events} == {"announced"}


def test_a_gapped_state_signs_at_its_own_date_in_french(extractor):
    text = "Le Brésil a signé les accords Artemis en juin 2021, le Mexique en décembre 2021."
    events = {(e.countries, e.date) for e in extract(extractor, text, "2022-03-16").events}
    assert events == {(("BR",), "2021-06"), (("MX",), "2021-12")}


def test_a_second_agreement_in_a_quote_has_the_first_ones_partners(extractor):
    text = ("L'Agence spatiale italienne et la JAXA ont conclu lundi un accord de coopération.\n\n"
            "« Nous préparons déjà un second accord, sur les vols habités, que nous espérons signer d'ici décembre », "
            "a déclaré le président de l'ASI.")
    events = {(e.action, e.countries, e.agencies) for e in extract(extractor, text, "2024-05-07").events}
    assert ("announced", ("IT", "JP"), ("ASI", "JAXA")) in events


def test_plural_reference_signs_every_agreement_of_the_sentence(extractor):
    text = ("Le CNES et l'ISRO ont paraphé mercredi à Bangalore un protocole d'entente sur la météorologie spatiale "
            "ainsi qu'une lettre d'intention sur les vols habités. "
            "Les textes ont été signés par MM. Philippe Baptiste et S. Somanath.")
    signed = {e.agreement_type: e.signatories for e in extract(extractor, text, "2025-02-14").events}
    assert signed == {"memorandum": ("Philippe Baptiste", "S. Somanath"),
                      "letter_of_intent": ("Philippe Baptiste", "S. Somanath")}


def test_a_qualified_definite_mention_is_an_agreement_of_its_own(extractor):
    """ "L'accord de coopération sur le satellite X" after a letter of intent is not that letter."""
    text = ("Le CNES et l'ISRO ont signé mercredi une lettre d'intention sur les vols habités. "
            "L'accord de coopération sur le satellite franco-indien Megha-Tropiques, entré en vigueur en 2008, "
            "arrive à échéance en 2027.")
    events = {(e.action, e.agreement_type, e.date) for e in extract(extractor, text, "2025-02-14").events}
    assert ("entered_into_force", "agreement", "2008") in events


def test_nous_comptons_is_present_whatever_the_tagger_says(extractor):
    text = ("Le CNES et l'ISRO ont signé mercredi une lettre d'intention.\n\n"
            "« Nous comptons signer d'ici juin un accord-cadre avec l'ISRO sur l'exploration lunaire », "
            "a ajouté le président du CNES.")
    events = {(e.action, e.agreement_type, e.date) for e in extract(extractor, text, "2025-02-14").events}
    assert ("planned", "framework_agreement", "2025-02-14") in events


def test_a_participle_set_off_after_a_reference_is_its_action(extractor):
    text = ("Le gouvernement ukrainien a dénoncé jeudi l'accord intergouvernemental conclu en 1997 avec la Russie. "
            "L'accord, entré en vigueur le 1er janvier 1998, prévoyait des lancements communs depuis Baïkonour.")
    events = {(e.action, e.date) for e in extract(extractor, text, "2018-06-22").events}
    assert {("terminated", "2018-06-21"), ("signed", "1997"), ("entered_into_force", "1998-01-01")} <= events


def test_a_compound_adjective_on_a_side_detail_is_no_party(extractor):
    """ "un petit rover franco-allemand" in a clause about the mission adds no Germany; the agreement's
    own phrase ("l'accord sur le satellite franco-indien") and cooperation nouns do give states."""
    text = ("Le CNES et la JAXA ont signé mercredi un arrangement de mise en œuvre sur la mission martienne MMX, "
            "qui doit décoller en 2026 avec un petit rover franco-allemand.")
    (event,) = extract(extractor, text, "2023-05-04").events
    assert event.countries == ("FR", "JP")
    text = ("L'accord de coopération sur le satellite franco-indien Megha-Tropiques est entré en vigueur en 2008.")
    (event,) = extract(extractor, text, "2025-02-14").events
    assert event.countries == ("FR", "IN")


def test_its_signature_with_a_date_set_off_after_it(extractor):
    """ "quatre ans après sa signature à Nairobi, le 24 novembre 2016": the agreement's signing; the
    agency of the incise "a annoncé l'ASI" is the source, not a party."""
    text = ("L'accord intergouvernemental entre l'Italie et le Kenya sur la base de Malindi est entré en vigueur "
            "mercredi, a annoncé l'Agence spatiale italienne (ASI), quatre ans après sa signature à Nairobi, "
            "le 24 novembre 2016.")
    events = {(e.action, e.date, e.location, e.agencies) for e in extract(extractor, text, "2020-07-10").events}
    assert events == {("entered_into_force", "2020-07-08", "", ()), ("signed", "2016-11-24", "Nairobi", ())}


def _keys(events):
    return {(e.action, e.agreement_type, e.date, e.countries) for e in events}


def test_states_listed_after_the_signers_of_accords_sign_too(extractor):
    text = ("La Belgique a rejoint mardi les accords Artemis. Les accords ont été signés le 13 octobre 2020 par les "
            "États-Unis et sept autres pays fondateurs, parmi lesquels le Japon, l'Italie et le Luxembourg.")
    assert ("signed", "accords", "2020-10-13", ("IT", "JP", "LU", "US")) in _keys(extract(extractor, text, "2024-01-24").events)


def test_a_state_joins_through_y_and_a_gapped_state_at_its_own_date(extractor):
    text = "La Belgique a rejoint mardi les accords Artemis. La France y a adhéré en juin 2022, l'Allemagne en septembre 2023."
    keys = _keys(extract(extractor, text, "2024-01-24").events)
    assert {("signed", "accords", "2022-06", ("FR",)), ("signed", "accords", "2023-09", ("DE",))} <= keys


def test_the_two_capitals_are_the_pair_named_before(extractor):
    text = ("Washington présente ses accords comme un contrepoids au projet rival porté par Pékin et Moscou. Les deux "
            "capitales avaient signé en mars 2021 un mémorandum sur l'ILRS, auquel se sont ralliés le Venezuela et le Pakistan.")
    assert _keys(extract(extractor, text, "2024-01-24").events) == {("signed", "memorandum", "2021-03", ("CN", "RU"))}


def test_a_generic_accord_signed_at_another_date_is_no_reference(extractor):
    text = ("Le 11 février 2018, le CNES et l'Agence spatiale des Émirats arabes unis avaient signé une lettre "
            "d'intention à Dubaï. Ce texte était la première traduction de l'accord conclu entre les deux agences le "
            "9 novembre 2017.")
    types = {(e.agreement_type, e.date) for e in extract(extractor, text, "2018-04-20").events}
    assert types == {("letter_of_intent", "2018-02-11"), ("agreement", "2017-11-09")}


def test_the_state_dont_stands_for_and_a_signatory_s_affiliation(extractor):
    text = ("Le texte a été paraphé par le directeur général de l'ASES, Maram Kaïré, et par l'ingénieur en chef de la "
            "CNSA, Li Guoping. Dakar rejoint l'Afrique du Sud et l'Égypte, dont l'agence spatiale avait signé en "
            "décembre 2023 un accord sur l'ILRS avec la CNSA. En avril, à Ankara, M. Kairé avait signé un mémorandum "
            "d'entente avec le président de l'Agence spatiale turque.")
    keys = _keys(extract(extractor, text, "2024-09-06").events)
    assert ("signed", "agreement", "2023-12", ("CN", "EG")) in keys
    assert ("signed", "memorandum", "2024-04", ("SN", "TR")) in keys


def test_a_signing_and_its_renewal_each_at_its_date(extractor):
    text = "La coopération entre Rome et Buenos Aires repose sur un accord intergouvernemental signé en 1992 et renouvelé en 2019."
    dates = {e.date for e in extract(extractor, text, "2022-06-22").events}
    assert dates == {"1992", "2019"}


def test_a_weak_verb_needs_the_agreement_as_its_object(extractor):
    text = ("La Russie et la Chine ont signé le 25 novembre 2022 un accord intergouvernemental sur l'ILRS. "
            "Le texte doit encore passer devant la Douma.")
    assert {e.action for e in extract(extractor, text, "2024-04-26").events} == {"signed"}


def test_a_verb_form_the_tagger_missed(extractor):
    text = ("En 2014, Jean-Yves Le Gall, président du CNES, et Xu Dazhe, administrateur de la CNSA, signent un premier "
            "accord. Le 29 janvier 2015, les deux hommes paraphent à Pékin un second accord sur CFOSAT.")
    assert ("signed", "agreement", "2015-01-29", ("CN", "FR")) in _keys(extract(extractor, text, "2018-10-30").events)


def test_an_intergovernmental_agreement_with_no_party_named_is_the_document_s_pair(extractor):
    text = ("La Biélorussie et la Russie ont lancé un programme commun. Minsk et Moscou financent la constellation. "
            "Un accord intergouvernemental sur l'espace a été signé à Minsk le 15 mars 2011.")
    assert ("signed", "intergovernmental_agreement", "2011-03-15", ("BY", "RU")) in _keys(
        extract(extractor, text, "2024-04-16").events)


def test_english_states_with_their_dates_in_brackets(extractor):
    text = ("Romania signed the Artemis Accords on Tuesday. The accords were launched in October 2020 by the United "
            "States and seven founding partners: Australia, Canada, Italy, Japan, Luxembourg, the United Arab Emirates "
            "and Britain. Since then the accords have been joined by Ukraine (November 2020), South Korea and New "
            "Zealand (May 2021) and Mexico (December).")
    keys = _keys(extract(extractor, text, "2022-03-02", lang="en").events)
    assert {("signed", "accords", "2020-10", ("AE", "AU", "CA", "GB", "IT", "JP", "LU", "US")),
            ("signed", "accords", "2020-11", ("UA",)), ("signed", "accords", "2021-05", ("KR", "NZ")),
            ("signed", "accords", "2021-12", ("MX",))} <= keys


def test_coordinated_actions_keep_their_own_dates(extractor):
    text = ("Le premier accord de coopération entre le Canada et l'ESA a été signé à Montréal le 9 décembre 1978 et est "
            "entré en vigueur le 1er janvier 1979. Il a été renouvelé à plusieurs reprises ; l'avant-dernière version a "
            "été signée à Paris le 15 décembre 2010.")
    events = {(e.action, e.date) for e in extract(extractor, text, "2025-06-09").events}
    assert events == {("signed", "1978-12-09"), ("entered_into_force", "1979-01-01"), ("signed", "2010-12-15")}


def test_the_parties_of_the_agreement_s_own_participle(extractor):
    text = ("En mars 2022, l'ESA avait suspendu l'accord ExoMars conclu en 2013 avec l'agence spatiale russe Roscosmos, "
            "avant d'y mettre fin en juillet.")
    keys = _keys(extract(extractor, text, "2025-06-09").events)
    assert {("suspended", "agreement", "2022-03", ("ESA", "RU")), ("terminated", "agreement", "2022-07", ("ESA", "RU"))} <= keys


def test_a_subject_pronoun_of_an_active_signing_is_the_signer(extractor):
    text = ("Le Canada et l'ESA ont renouvelé leur accord de coopération en 2010. Au Conseil de novembre, Ottawa dira "
            "jusqu'où il entend souscrire aux nouveaux programmes européens.")
    assert {e.date for e in extract(extractor, text, "2025-06-09").events} == {"2010"}


def test_a_wait_told_in_the_past_ended_with_the_signing(extractor):
    text = ("La NASA et l'ESA avaient signé une lettre d'intention en 2009. Sur Mars, il a fallu attendre le 26 avril "
            "2018 pour qu'elles signent, à Berlin, une déclaration d'intention sur MSR.")
    assert {(e.action, e.date) for e in extract(extractor, text, "2025-01-09").events} == {
        ("signed", "2009"), ("signed", "2018-04-26")}


def test_a_company_named_twice_is_one_side(extractor):
    text = ("Caracas et Pékin ont signé lundi un accord sur le satellite VRSS-2. Le contrat de construction avec la "
            "China Great Wall Industry Corporation (CGWIC) reste à conclure : sa signature est prévue à l'automne.")
    assert ("planned", "contract", "2014-07-23", ("CN", "VE")) in _keys(extract(extractor, text, "2014-07-23").events)


def test_english_a_clause_opened_by_before_has_other_parties(extractor):
    text = ("Roscosmos signed a joint statement with NASA on the Gateway concept in September 2017, before Moscow "
            "turned to China.")
    assert _keys(extract(extractor, text, "2024-01-12", lang="en").events) == {
        ("signed", "joint_statement", "2017-09", ("RU", "US"))}


def test_a_participle_set_off_after_the_agreement_s_phrase(extractor):
    text = ("Le 9 avril 1996, à Buenos Aires, le Brésil et l'Argentine concluaient un accord-cadre sur les applications "
            "pacifiques des sciences et techniques spatiales, entré en vigueur le 18 mars 1998.")
    assert {(e.action, e.date) for e in extract(extractor, text, "2010-04-30").events} == {
        ("signed", "1996-04-09"), ("entered_into_force", "1998-03-18")}


def test_plural_heads_of_state_are_the_document_s_pair(extractor):
    text = ("Le Brésil et l'Argentine relancent leur satellite commun. Brasília et Buenos Aires financent les études. "
            "Dès le 24 août 1989, les présidents José Sarney et Carlos Menem avaient signé une déclaration conjointe.")
    assert ("signed", "joint_statement", "1989-08-24", ("AR", "BR")) in _keys(extract(extractor, text, "2010-04-30").events)


def test_english_a_dateline_is_not_the_day_of_the_news(extractor):
    text = "WASHINGTON, June 22 — Ecuador signed the Artemis Accords on Wednesday, becoming the 26th country to do so."
    assert _keys(extract(extractor, text, "2023-06-22", lang="en").events) == {("signed", "accords", "2023-06-21", ("EC",))}


def test_english_a_capital_that_begins_a_name_is_a_place(extractor):
    text = "On Monday, at the Paris Air Show, NASA and DLR signed a joint agreement on radiation detectors."
    (event,) = extract(extractor, text, "2025-06-19", lang="en").events
    assert event.countries == ("DE", "US")


def test_a_dated_bilateral_signing_is_not_merged_into_a_larger_agreement(extractor):
    text = ("En octobre 2012, à Naples, la JAXA et le DLR ont signé un mémorandum d'entente sur MASCOT. En juin "
            "dernier, le CNES, le DLR et la JAXA ont signé au Bourget un mémorandum d'entente sur le rover IDEFIX.")
    keys = _keys(extract(extractor, text, "2023-10-03").events)
    assert ("signed", "memorandum", "2012-10", ("DE", "JP")) in keys


def test_the_host_of_a_meeting_and_states_defeated_are_no_parties(extractor):
    text = ("En février 2019, l'Égypte l'avait emporté face à l'Éthiopie et au Nigeria, et la Commission de l'UA avait "
            "été chargée de conclure avec Le Caire un accord de siège. Dimanche, l'ESA et l'AfSA ont signé un "
            "mémorandum d'entente sur l'observation de la Terre.")
    keys = _keys(extract(extractor, text, "2025-04-25").events)
    (planned,) = [k for k in keys if k[0] == "planned"]
    assert "EG" in planned[3] and not {"ET", "NG"} & set(planned[3])
    assert ("signed", "memorandum", "2025-04-20", ("ESA",)) in keys


def test_a_denied_main_verb_does_not_deny_the_agreement_s_participle(extractor):
    text = "L'accord de coopération signé à Téhéran le 27 mars 2021 par l'Iran et la Chine n'a jamais été publié."
    assert _keys(extract(extractor, text, "2025-05-06").events) == {("signed", "agreement", "2021-03-27", ("CN", "IR"))}
    text = "Ce protocole ne doit pas être confondu avec les accords Artemis, signés par la France en 2022."
    assert not {k for k in _keys(extract(extractor, text, "2025-05-06").events) if k[1] == "memorandum"}


def test_a_since_date_is_no_signing_day(extractor):
    """ "Membre de l'ESA depuis novembre 2012, la Pologne avait signé ... dès 1994": depuis opens a lasting state."""
    text = ("Membre de plein droit de l'ESA depuis novembre 2012, la Pologne avait signé avec l'agence un premier "
            "accord de coopération dès 1994.")
    assert _keys(extract(extractor, text, "2023-08-09").events) == {("signed", "agreement", "1994", ("ESA", "PL"))}


def test_a_since_date_with_a_when_clause_dates_that_clause(extractor):
    text = ("The signature had been in preparation since December, when the two agencies signed a statement of intent "
            "with NASA and the Brazilian Space Agency.")
    dates = {e.date for e in extract(extractor, text, "2021-06-15", "en").events}
    assert dates == {"2020-12"}


def test_a_weak_verb_keeps_its_object_beside_a_stronger_verb_of_another_clause(extractor):
    """The government's published declaration and the agencies' initialled agreement are two signings of that day,
    the agreement no intergovernmental one: its clause has its own subject."""
    text = ("Ce jour-là, le 10 mars 2018, les deux gouvernements avaient publié une déclaration conjointe, tandis que "
            "le CNES et l'ISRO paraphaient un premier accord sur le suivi des navires.")
    assert _keys(extract(extractor, text, "2019-03-08").events) == {
        ("signed", "joint_statement", "2018-03-10", ("FR", "IN")), ("signed", "agreement", "2018-03-10", ("FR", "IN"))}


def test_states_each_with_a_date_set_off_by_commas(extractor):
    """ "with New Zealand, in 2016, and Brazil, in March 2019": one signing per state, the subject a party of each."""
    text = "Le gouvernement américain a conclu des accords semblables avec la Nouvelle-Zélande, en 2016, et le Brésil, en mars 2019."
    assert _keys(extract(extractor, text, "2020-06-17").events) == {
        ("signed", "agreement", "2016", ("NZ", "US")), ("signed", "agreement", "2019-03", ("BR", "US"))}
    text = "The US government has concluded similar agreements with New Zealand, in 2016, and Brazil, in March 2019."
    assert {(e.date, e.countries) for e in extract(extractor, text, "2020-06-17", "en").events} == {
        ("2016", ("NZ", "US")), ("2019-03", ("BR", "US"))}


def test_a_nationality_on_a_secretary_or_an_ambassador_is_a_party(extractor):
    text = "Le 10 mai 2019, le secrétaire américain au Commerce, Wilbur Ross, signait un mémorandum sur la coopération spatiale."
    assert _keys(extract(extractor, text, "2022-11-30").events) == {("signed", "memorandum", "2019-05-10", ("US",))}


def test_a_date_heading_a_timeline_paragraph_dates_its_events(extractor):
    """ "November 2023. The State Department says the two countries have begun negotiating ...": the heading's
    date, not the article's; a perfect in such a paragraph ("NASA has signed") is a remark, not dated by it."""
    text = ("Here is how it was built.\n\nNovember 2023. The State Department says the United States and Saudi Arabia "
            "have begun negotiating a framework agreement on cooperation in space.\n\nMay 13, 2025. NASA and the Saudi "
            "Space Agency sign a CubeSat agreement. NASA has signed similar agreements with Germany and South Korea.")
    keys = _keys(extract(extractor, text, "2025-05-16", "en").events)
    assert ("announced", "framework_agreement", "2023-11", ("SA", "US")) in keys
    assert ("signed", "agreement", "2025-05-13", ("SA", "US")) in keys
    assert {key[2] for key in keys if key[3] == ("DE", "KR", "US")} != {"2025-05-13"}


def test_a_nationality_on_a_subsidiary_is_a_party(extractor):
    text = ("L'ESA a annoncé mardi avoir signé avec Airbus Defence and Space, la filiale allemande du groupe, "
            "le contrat du troisième module de service.")
    assert {e.countries for e in extract(extractor, text, "2020-05-28").events} == {("DE", "ESA")}


def test_ni_ni_denies_the_signing(extractor):
    assert not extract(extractor, "Ni la Chine ni la Russie n'ont signé les accords Artemis.", "2022-12-22").events


def test_a_right_the_agreement_gives_is_no_event(extractor):
    text = ("L'accord intergouvernemental qui régit la station permet à chaque partenaire de s'en retirer, "
            "à condition de le notifier un an à l'avance.")
    assert not extract(extractor, text, "2022-08-02").events


def test_a_verb_form_tagged_as_a_noun_with_a_subject_is_a_trigger(extractor):
    text = "En mars 2021, Roscosmos signe avec l'agence spatiale chinoise un mémorandum sur une station lunaire commune."
    assert _keys(extract(extractor, text, "2022-08-02").events) == {("signed", "memorandum", "2021-03", ("CN", "RU"))}


def test_a_meeting_held_on_a_date_dates_what_is_signed_there(extractor):
    text = ("L'Agence spatiale canadienne a profité du Congrès international d'astronautique, tenu fin octobre à Dubaï, "
            "pour signer une entente-cadre avec le CNES.")
    assert _keys(extract(extractor, text, "2021-11-04").events) == {("signed", "framework_agreement", "2021-10", ("CA", "FR"))}


def test_pas_without_ne_is_no_denial(extractor):
    """ "un pas politique" is a step; "n'a pour sa part pas dénoncé" still denies, "ne" a few words before."""
    text = "Jérusalem a depuis franchi un pas politique : l'État hébreu a signé les accords Artemis le 26 janvier 2022."
    assert _keys(extract(extractor, text, "2022-06-01").events) == {("signed", "accords", "2022-01-26", ("IL",))}
    text = "La France n'a pour sa part pas dénoncé l'accord de 2003 avec la Russie."
    assert not extract(extractor, text, "2022-06-01").events


def test_a_state_in_brackets_after_a_place_is_no_party(extractor):
    text = ("La Pologne a signé le 12 mai 2023 à Darmstadt (Allemagne) son accord d'association avec l'Agence "
            "spatiale européenne.")
    assert _keys(extract(extractor, text, "2023-06-01").events) == {("signed", "agreement", "2023-05-12", ("ESA", "PL"))}


def test_a_rubric_before_a_dash_is_its_own_sentence(extractor):
    """ "ANALYSE — Entré en vigueur ...": without the split, the parser takes the rubric for the subject."""
    text = ("ANALYSE — Entré en vigueur lundi, l'accord intergouvernemental entre la France et l'Inde consacre un "
            "chapitre entier à l'espace.")
    assert ("entered_into_force", "intergovernmental_agreement", "2024-03-11", ("FR", "IN")) in _keys(
        extract(extractor, text, "2024-03-13").events)


def test_agreements_of_a_collection_noun_are_the_verbs_object(extractor):
    """ "échanger" speaks of an agreement only as its object, also through "une série de"; "Les deux
    délégations" opening a paragraph are the pair the text is about, not the states of an aside; "par
    ailleurs" is the occasion of the lead."""
    text = ("Le Japon et le Viêt Nam ont signé jeudi une déclaration commune sur l'espace. Tokyo financera le "
            "satellite que Hanoï exploitera, comme il l'a fait pour les Philippines et la Thaïlande.\n\n"
            "Les deux délégations ont par ailleurs échangé une série d'accords de coopération.")
    keys = _keys(extract(extractor, text, "2023-11-28").events)
    assert ("signed", "agreement", "2023-11-23", ("JP", "VN")) in keys


def test_what_is_still_to_come_is_no_part_of_the_lead_occasion(extractor):
    text = ("L'Inde et la France ont signé mardi une feuille de route spatiale. Paris et New Delhi négocient par "
            "ailleurs un mémorandum sur la formation de spationautes.")
    assert ("announced", "memorandum", "2023-07-16", ("FR", "IN")) in _keys(extract(extractor, text, "2023-07-16").events)


def test_a_clause_with_its_own_subject_is_not_the_governors(extractor):
    """The subject of "reconnu" is not the subject of "suspendue", which has its own: no pronoun reference."""
    text = ("Moscou et Séoul avaient signé un contrat de lancement en 2019. Il a toutefois reconnu que la licence "
            "d'exportation avait été suspendue pour une durée indéterminée.")
    assert {k[0] for k in _keys(extract(extractor, text, "2023-02-01").events)} == {"signed"}


def test_a_leader_named_by_name_stands_for_a_state(extractor):
    text = ("Moscou et Pyongyang ont d'abord signé un traité d'amitié. Deux déclarations communes ont ensuite "
            "été adoptées lors de la visite de M. Poutine à Pyongyang en juillet 2000.")
    assert ("signed", "joint_statement", "2000-07", ("KP", "RU")) in _keys(extract(extractor, text, "2023-09-15").events)


def test_a_coordinated_clause_with_its_own_subject_has_its_own_parties(extractor):
    text = ("Le Venezuela, le Pakistan et l'Égypte ont rejoint l'ILRS en 2023, et le Nicaragua a signé en avril "
            "son propre mémorandum avec la CNSA.")
    assert _keys(extract(extractor, text, "2024-05-10").events) == {("signed", "memorandum", "2024-04", ("CN", "NI"))}


def test_y_points_to_the_time_of_the_event_before(extractor):
    """ "y" is the signing of the sentence before (mercredi), not its last date (mardi, nor a since-date)."""
    text = ("Les deux mémorandums font partie des documents signés mercredi à Belgrade, au lendemain de l'arrivée "
            "du dirigeant chinois mardi soir, pour sa première visite depuis juin 2016. La Chine et la Serbie y ont "
            "paraphé une déclaration commune.")
    assert ("signed", "joint_statement", "2024-05-08", ("CN", "RS")) in _keys(extract(extractor, text, "2024-05-10").events)


def test_a_similar_agreement_has_the_type_of_the_one_before_and_a_national_text_its_parties(extractor):
    text = ("L'Agence spatiale canadienne a signé mardi un protocole d'entente avec l'agence spatiale italienne. Le "
            "même jour, l'ASI a conclu un protocole semblable avec l'Agence spatiale du Royaume-Uni. Le texte "
            "canadien a été signé par Lisa Campbell.")
    events = extract(extractor, text, "2023-10-05").events
    assert {(e.agreement_type, e.countries) for e in events} == {("memorandum", ("CA", "IT")), ("memorandum", ("GB", "IT"))}
    assert {e.countries for e in events if e.signatories} == {("CA", "IT")}


def test_a_participle_after_a_compound_tense_does_not_govern_it(extractor):
    """ "ont signé ..., à la veille de la rencontre ..., prévue ce mardi": the parser may hang the verb on the
    participle; a verb in a compound tense is governed by nothing after it."""
    text = ("Le Brésil et les États-Unis ont signé lundi à Washington l'accord de garanties technologiques qui "
            "doit permettre de lancer des fusées depuis la base d'Alcântara, à la veille de la rencontre entre "
            "Jair Bolsonaro et Donald Trump, prévue ce mardi à la Maison Blanche.")
    assert {k[0] for k in _keys(extract(extractor, text, "2019-03-19").events)} == {"signed"}


def test_a_list_of_agreements_gives_each_its_own_partner(extractor):
    text = ("L'Agence spatiale canadienne a profité du congrès, tenu fin octobre à Dubaï, pour signer trois ententes "
            "avec des partenaires européens : un protocole d'entente avec l'Agence spatiale du Royaume-Uni, un autre "
            "avec l'Agence spatiale italienne et le renouvellement de son entente-cadre avec le Centre national "
            "d'études spatiales.")
    keys = _keys(extract(extractor, text, "2021-11-04").events)
    assert ("signed", "framework_agreement", "2021-10", ("CA", "FR")) in keys
    assert ("signed", "memorandum", "2021-10", ("CA", "GB")) in keys


def test_an_amendment_has_the_type_of_what_it_amends_and_a_compound_subject_names_two_states(extractor):
    text = ("Le constructeur franco-italien Thales Alenia Space a signé lundi à Milan un avenant de 164 millions "
            "d'euros à son contrat avec l'Agence spatiale européenne.")
    assert _keys(extract(extractor, text, "2024-10-15").events) == {("signed", "contract", "2024-10-14", ("ESA", "FR", "IT"))}


def test_a_bulleted_list_of_signatories_gives_one_event_per_item(extractor):
    text = ("Les accords Artemis comptent dix nouveaux membres cette année. Les nouveaux signataires :\n\n"
            "- la Grèce, le 9 février, à Washington ;\n\n"
            "- l'Uruguay, le 15 février, à Washington.\n\n"
            "Les accords ne sont pas contraignants.")
    keys = _keys(extract(extractor, text, "2024-06-13").events)
    assert {("signed", "accords", "2024-02-09", ("GR",)), ("signed", "accords", "2024-02-15", ("UY",))} <= keys


def test_states_each_with_its_date_after_a_colon(extractor):
    """A gapped list, its last item after "et"; a state of another agreement's phrase is not gapped."""
    text = ("Avant Buenos Aires, quatre pays avaient signé les accords Artemis : le Brésil en juin 2021, le Mexique en "
            "décembre de la même année, la Colombie en mai 2022 et l'Équateur le mois dernier.")
    assert _keys(extract(extractor, text, "2023-07-28").events) == {
        ("signed", "accords", "2021-06", ("BR",)), ("signed", "accords", "2021-12", ("MX",)),
        ("signed", "accords", "2022-05", ("CO",)), ("signed", "accords", "2023-06", ("EC",))}
    text = ("L'ILRS repose sur un mémorandum signé en mars 2021 par Roscosmos et la CNSA, puis sur un accord "
            "intergouvernemental conclu entre Moscou et Pékin en novembre 2022.")
    assert ("signed", "memorandum", "2021-03", ("CN", "RU")) in _keys(extract(extractor, text, "2023-07-28").events)



def test_an_entry_into_force_that_can_come_is_no_event_one_that_had_to_is(extractor):
    text = ("Le Kazakhstan et l'Ouzbékistan ont signé lundi un accord spatial. Les deux pays doivent encore achever "
            "leurs procédures avant que l'accord puisse entrer en vigueur.")
    assert {k[0] for k in _keys(extract(extractor, text, "2021-12-07").events)} == {"signed"}
    text = "L'ESA a dû suspendre le 17 mars 2022 l'accord de coopération avec Roscosmos."
    assert {k[0] for k in _keys(extract(extractor, text, "2022-03-20").events)} == {"suspended"}


def test_what_the_agreement_provides_is_no_event(extractor):
    text = ("Le CNES et l'ISRO ont signé mardi un accord-cadre. Aux termes de l'accord, les deux agences "
            "travailleront ensemble sur la surveillance maritime.")
    assert {k[0] for k in _keys(extract(extractor, text, "2024-03-13").events)} == {"signed"}


def test_a_participle_before_its_noun_is_done_whatever_the_main_verb_plans(extractor):
    text = ("Le Brésil et les États-Unis ont signé lundi un accord de garanties technologiques. Conclu à Washington "
            "entre les deux gouvernements, le texte doit permettre des lancements depuis Alcântara.")
    assert "planned" not in {k[0] for k in _keys(extract(extractor, text, "2019-03-19").events)}


def test_a_pronoun_partner_is_the_state_of_the_sentence_before(extractor):
    text = ("Lancée fin 2010, l'agence sud-africaine a tissé son réseau. Le DLR a signé avec elle un protocole d'entente "
            "le 12 juillet 2012. Le 16 juillet 2015, c'était au tour de l'agence spatiale britannique.")
    assert ("signed", "memorandum", "2012-07-12", ("DE", "ZA")) in _keys(extract(extractor, text, "2020-11-19").events)


def test_russia_before_1992_is_the_ussr_and_a_counted_mention_is_signed_at_each_date(extractor):
    text = ("Les grandes dates :\n- juin 1966 : lors de la visite du général de Gaulle en URSS, Paris et Moscou signent "
            "un accord intergouvernemental de coopération spatiale ;\n- 1996 et 1999 : deux accords "
            "intergouvernementaux franco-russes sont signés ;\n- 2007 : le CNES et Roscosmos concluent un accord.")
    keys = _keys(extract(extractor, text, "2018-06-15").events)
    assert ("signed", "intergovernmental_agreement", "1966-06", ("FR", "SU")) in keys
    assert {("signed", "intergovernmental_agreement", year, ("FR", "RU")) for year in ("1996", "1999")} <= keys
    assert ("signed", "agreement", "2007", ("FR", "RU")) in keys


def test_the_european_union_is_a_party_without_a_country_entity(extractor):
    text = "L'Union européenne et la Chine ont signé le 30 octobre 2003 à Pékin un accord de coopération sur Galileo."
    result = extract(extractor, text, "2025-07-17")
    assert ("signed", "agreement", "2003-10-30", ("CN", "EU")) in _keys(result.events)
    assert "EU" not in {m.norm for m in result.mentions if m.label == "COUNTRY"}


def test_a_body_named_as_the_venue_is_no_party(extractor):
    text = ("Le 10 mai, au siège de la NASA à Washington, la ministre colombienne Marta Lucía Ramírez a signé les "
            "accords Artemis.")
    assert ("signed", "accords", "2022-05-10", ("CO",)) in _keys(extract(extractor, text, "2022-05-12").events)


def test_the_signing_of_accords_retold_in_the_same_sentence_keeps_the_state_that_joins(extractor):
    text = ("Bahreïn a également adhéré le 2 mars 2022 aux accords Artemis promus par Washington, M. Al Aseeri signant "
            "le texte au nom du royaume. Le même jour, la Slovaquie a signé à son tour les accords.")
    keys = _keys(extract(extractor, text, "2025-10-03").events)
    assert ("signed", "accords", "2022-03-02", ("BH",)) in keys
    assert not any(k[3] == ("BH", "US") for k in keys)


def test_a_joint_statement_that_speaks_was_issued_that_day(extractor):
    text = "Le CNES et la JAXA ont indiqué mardi dans une déclaration commune que la sonde partira en 2026."
    assert ("signed", "joint_statement", "2020-07-14", ("FR", "JP")) in _keys(extract(extractor, text, "2020-07-15").events)



def test_a_past_conditional_is_neither_a_plan_nor_an_act(extractor):
    text = ("La France et l'Inde ont signé en 2019 un mémorandum sur l'espace. Faute de dénonciation, le texte "
            "aurait été reconduit tacitement pour cinq ans.")
    assert _keys(extract(extractor, text, "2023-12-07").events) == {("signed", "memorandum", "2019", ("FR", "IN"))}


def test_an_imperfect_reported_by_a_verb_in_the_passe_compose_is_the_news(extractor):
    text = "Rome a notifié à Pékin qu'elle mettait fin au mémorandum d'entente signé en 2019."
    keys = _keys(extract(extractor, text, "2023-12-07").events)
    assert ("terminated", "memorandum", "2023-12-07") in {k[:3] for k in keys}


def test_a_definite_mention_far_from_any_agreement_refers_to_the_last_one_named_so(extractor):
    text = ("L'Italie a quitté le mémorandum d'entente conclu avec la Chine. Les exportations ont bondi. La balance "
            "commerciale s'est dégradée. Les investisseurs chinois sont restés prudents. Le 23 mars 2019, à Rome, "
            "Luigi Di Maio et He Lifeng signaient le mémorandum.")
    assert ("signed", "memorandum", "2019-03-23", ("CN", "IT")) in _keys(extract(extractor, text, "2023-12-07").events)


def test_a_counted_mention_with_a_list_of_dates_after_a_colon(extractor):
    text = ("Le groupe Arianespace a signé avec Roscosmos trois contrats successifs : quatre lanceurs en juin 2007, "
            "dix le 20 septembre 2008 à Sotchi, puis dix encore le 19 juin 2010.")
    dates = {k[2] for k in _keys(extract(extractor, text, "2011-10-21").events) if k[1] == "contract"}
    assert dates == {"2007-06", "2008-09-20", "2010-06-19"}


def test_a_counted_plural_mention_splits_its_listed_items_by_date_and_state(extractor):
    """ "deux mémorandums d'entente sur l'ILRS : le premier ... avec l'Éthiopie, le second ... avec le Kenya":
    the colon a few words after the plural mention opens the list; each item has its day and its state."""
    text = ("Le laboratoire chinois DSEL a signé deux mémorandums d'entente sur l'ILRS : le premier vendredi 5 avril "
            "à Addis-Abeba avec l'Éthiopie, le second lundi à Konza, au sud de Nairobi, avec le Kenya.")
    keys = _keys(extract(extractor, text, "2024-04-12").events)
    assert keys == {("signed", "memorandum", "2024-04-05", ("CN", "ET")), ("signed", "memorandum", "2024-04-08", ("CN", "KE"))}


def test_one_known_side_signing_in_another_state_s_capital_signs_with_that_state(extractor):
    """Only France is named as a side, the signing is "lors de la visite à Hanoï": Vietnam is the other
    side, not Japan, the state the rest of the article pairs most with."""
    text = ("En janvier 2009, le Premier ministre Nguyen Tan Dung avait choisi Paris pour fournir la technologie du "
            "projet. En novembre de la même année, lors de la visite à Hanoï de son homologue François Fillon, les deux "
            "gouvernements avaient conclu un accord intergouvernemental de coopération spatiale, par lequel la France "
            "s'engageait à accompagner le programme.\n\n"
            "Tokyo, de son côté, finance un centre spatial : le Japon a décidé en 2011 de prêter au Vietnam, et la JAXA "
            "forme des ingénieurs japonais.")
    keys = _keys(extract(extractor, text, "2013-05-13").events)
    assert keys == {("signed", "intergovernmental_agreement", "2009-11", ("FR", "VN"))}


def test_the_member_states_of_an_organisation_make_it_no_party(extractor):
    text = ("Les Européens restent liés à l'ISS par l'accord intergouvernemental signé à Washington le 29 janvier 1998 "
            "par les États-Unis, la Russie, le Japon, le Canada et onze États membres de l'ESA.")
    keys = _keys(extract(extractor, text, "2023-03-01").events)
    assert keys == {("signed", "intergovernmental_agreement", "1998-01-29", ("CA", "JP", "RU", "US"))}


def test_a_denounced_operation_and_a_denied_negotiation_are_no_events(extractor):
    """ "dénoncer" ends an agreement only as its object; the denial the parse hangs on the verb as a
    marker ("et nié que ... ait négocié") still denies."""
    text = ("Son secrétaire, Rodolfo Laffite, a dénoncé une « opération médiatique » et nié que la province ait "
            "négocié le moindre accord de cette nature avec le gouvernement chinois.")
    assert _keys(extract(extractor, text, "2018-07-31").events) == set()


def test_the_same_parties_are_those_of_the_agreement_just_told(extractor):
    text = ("Son cadre juridique tient en un accord signé le 16 novembre 2009 entre le gouvernement argentin et l'ESA. "
            "Le texte s'appuyait sur l'accord de coopération spatiale que les mêmes parties avaient conclu à "
            "Buenos Aires le 11 mars 2002.")
    keys = _keys(extract(extractor, text, "2018-07-31").events)
    assert ("signed", "agreement", "2002-03-11", ("AR", "ESA")) in keys


def test_also_in_the_next_sentence_keeps_the_time_that_opened_the_one_before(extractor):
    """ "Ils avaient aussi assisté à la signature": the same occasion as the sentence before, whose time is
    the date that opens it, not the date of its aside ("lancé en mai 2017")."""
    text = ("Thimphou et New Delhi ne partent pas de rien. En août 2019, lors d'une visite de M. Modi à Thimphou, les deux "
            "Premiers ministres avaient inauguré une station pour le South Asia Satellite, lancé par l'Inde en mai 2017. "
            "Ils avaient aussi assisté à la signature d'un protocole d'accord entre l'ISRO et le département bhoutanais "
            "des technologies de l'information.")
    dates = {k[2] for k in _keys(extract(extractor, text, "2020-11-20").events) if k[1] == "memorandum"}
    assert dates == {"2019-08"}


def test_bruxelles_as_an_actor_is_the_european_union_and_as_a_place_the_place(extractor):
    text = ("Bruxelles et Pékin ont signé un accord sur Galileo le 30 octobre 2003. "
            "Le Maroc a signé à Bruxelles en décembre 2006 un accord avec le Japon.")
    events = {(e.date, e.countries, e.location) for e in extract(extractor, text, "2010-01-01").events}
    assert events == {("2003-10-30", ("CN", "EU"), ""), ("2006-12", ("JP", "MA"), "Bruxelles")}


def test_a_provision_for_a_noun_coordinated_with_others_is_a_plan(extractor):
    """ "prévoit la création d'un groupe ... et la conclusion d'arrangements": the noun's verb is reached past
    the nouns it is coordinated with (the settled "provision reported in the present")."""
    text = ("L'ISRO a signé jeudi un mémorandum avec l'agence bahreïnie NSSA. Le mémorandum prévoit la création d'un "
            "groupe de travail conjoint et la conclusion, entre l'ISRO et la NSSA, d'arrangements de mise en œuvre "
            "pour chaque domaine.")
    actions = {k[:3] for k in _keys(extract(extractor, text, "2019-03-29").events)}
    assert ("planned", "agreement", "2019-03-29") in actions


def test_a_pronoun_for_an_agreement_with_no_reading_takes_the_sides_named_with_it(extractor):
    text = ("Le contrat de Theos-2, d'environ 200 millions d'euros, lie le constructeur à la Gistda, l'agence spatiale "
            "thaïlandaise. D'après celle-ci, il a été conclu dès le 15 juin à Bangkok.")
    keys = _keys(extract(extractor, text, "2018-06-26").events)
    assert keys == {("signed", "contract", "2018-06-15", ("TH",))}


def test_the_two_heads_of_state_are_the_pair_of_states(extractor):
    text = ("Tout avait commencé le 26 mars 2007, au Kremlin, à Moscou. Ce jour-là, en présence des présidents Hu Jintao "
            "et Vladimir Poutine, la Chine et la Russie avaient signé un accord sur l'exploration de Mars. Le même jour, "
            "les deux chefs d'État avaient signé une déclaration commune sur leur partenariat stratégique.")
    keys = _keys(extract(extractor, text, "2012-01-16").events)
    assert ("signed", "joint_statement", "2007-03-26", ("CN", "RU")) in keys


def test_a_holiday_in_the_lead_is_not_the_day_of_the_news(extractor):
    """ "Invité d'honneur du défilé du 14 Juillet": a capitalised month names the holiday; the news is
    "jeudi dernier", which "le même jour" refers to after a background paragraph."""
    text = (
        "Invité d'honneur du défilé du 14 Juillet, le Mexique est aussi reparti avec un accord spatial. "
        "Jeudi dernier à Paris, au palais de l'Élysée, le président du Centre national d'études spatiales "
        "(CNES), Jean-Yves Le Gall, et le directeur général de l'Agence spatiale mexicaine (AEM), Francisco "
        "Javier Mendieta Jiménez, ont signé un accord de coopération pour l'étude de l'environnement, du "
        "climat et des océans, en présence de François Hollande et du président mexicain, Enrique Peña "
        "Nieto, en visite d'État en France.\n\n"
        "Il prévoit de renforcer les compétences des deux pays dans l'exploration des mers et des littoraux, "
        "afin de préserver la biodiversité marine, et de développer ensemble des instruments et des "
        "applications océanographiques spatiales. Un groupe de travail commun, baptisé ENCO (pour "
        "Environnement-Climat-Océans), sera chargé de définir les actions des deux agences et de leur "
        "proposer un plan de travail.\n\n"
        "Ce texte s'inscrit dans le cadre juridique de l'accord-cadre de coopération spatiale que MM. Le "
        "Gall et Mendieta Jiménez avaient signé en avril 2014 à Mexico, lors de la visite d'État de François "
        "Hollande. L'agence mexicaine, créée en 2010, avait conclu dans la foulée, fin 2014, un premier "
        "accord de coopération spécifique avec son homologue française.\n\n"
        "Le même jour, les deux chefs d'État ont assisté à la signature d'une série d'autres textes, parmi "
        "lesquels une déclaration conjointe sur la conférence de Paris sur le climat (COP21) et une "
        "déclaration d'intention sur la coopération dans l'agriculture, l'élevage et la sylviculture."
    )
    keys = _keys(extract(extractor, text, "2015-07-19").events)
    assert ("signed", "joint_statement", "2015-07-16", ("FR", "MX")) in keys


def test_a_state_named_by_its_collapse_is_no_party(extractor):
    text = ("La Russie et le Kazakhstan ont signé vendredi un accord sur Baïkonour. Le texte ne touche pas au loyer fixé "
            "par le contrat de location conclu en décembre 1994 entre les deux gouvernements, trois ans après la "
            "disparition de l'URSS.")
    keys = _keys(extract(extractor, text, "2004-01-10").events)
    assert ("signed", "contract", "1994-12", ("KZ", "RU")) in keys


def test_signed_at_the_seat_of_an_agency_the_article_names_is_with_that_agency(extractor):
    """Paris in an article about the ESA: the other side of Estonia's accession agreement is the ESA, not
    France (the capital rule) nor Hungary (its usual partner)."""
    text = ("La Hongrie est devenue mardi le 22e État membre de l'Agence spatiale européenne (ESA). En 2003, la Hongrie "
            "et l'Estonie avaient signé un accord de coopération scientifique. L'Estonie avait signé son accord "
            "d'adhésion le 4 février 2015 à Paris.")
    keys = _keys(extract(extractor, text, "2015-11-25").events)
    assert ("signed", "agreement", "2015-02-04", ("EE", "ESA")) in keys


def test_states_in_a_circumstance_phrase_are_no_parties(extractor):
    """ "en marge du sommet du groupe formé par le Brésil, la Russie, ...": a circumstance, up to the comma
    that closes it (past the commas of its list of states); a state after that comma is a party again."""
    text = ("L'Agence spatiale nationale sud-africaine (SANSA) et l'Agence spatiale fédérale russe (Roscosmos) ont "
            "signé mardi, en marge du cinquième sommet du groupe formé par le Brésil, la Russie, l'Inde, la Chine et "
            "l'Afrique du Sud, un accord qui associe le pays à la mission RadioAstron.")
    assert _keys(extract(extractor, text, "2013-03-27").events) == {("signed", "agreement", "2013-03-26", ("RU", "ZA"))}
    text = ("Le 13 décembre, en marge du sommet États-Unis–Afrique, le Rwanda et le Nigeria ont été les premiers pays "
            "africains à signer les accords Artemis.")
    countries = {k[3] for k in _keys(extract(extractor, text, "2023-01-10").events)}
    assert countries == {("NG", "RW")}


def test_a_plan_to_talk_is_talk_and_a_plan_to_negotiate_and_sign_is_a_plan(extractor):
    text = ("La Croatie a signé lundi un accord de coopération avec l'ESA. Un accord d'État européen coopérant doit "
            "encore être négocié avec l'ESA.")
    actions = {k[0] for k in _keys(extract(extractor, text, "2018-02-20").events)}
    assert actions == {"signed", "announced"}
    text = ("En mars 2023, le gouvernement russe a chargé Roscosmos de négocier et de signer avec la CNSA un protocole "
            "de coopération sur la navigation.")
    actions = {k[0] for k in _keys(extract(extractor, text, "2024-01-10").events)}
    assert actions == {"planned"}


def test_signed_in_brussels_in_an_article_about_the_eu_is_with_the_eu(extractor):
    text = ("La Commission européenne a ouvert lundi des négociations avec l'ASECNA. L'accord de coopération sur "
            "Galileo avec la Corée du Sud a été paraphé à Bruxelles le 12 janvier 2006.")
    keys = _keys(extract(extractor, text, "2016-04-05").events)
    assert ("signed", "agreement", "2006-01-12", ("EU", "KR")) in keys


def test_an_intent_noun_right_before_the_infinitive_makes_an_intent(extractor):
    text = ("Dès janvier, Abuja avait fait part de son intention de conclure un nouveau contrat avec le groupe "
            "chinois CGWIC plutôt que de se tourner vers un constructeur occidental.")
    actions = {k[0] for k in _keys(extract(extractor, text, "2009-03-25").events)}
    assert actions == {"announced"}


def test_according_to_an_agreement_introduces_its_content(extractor):
    text = ("NASA and KASA issued a joint statement in May 2024. According to the statement, the two sides took stock "
            "of a study agreement that NASA and KASA completed in October 2024.")
    keys = _keys(extract(extractor, text, "2025-01-10", "en").events)
    assert not any(k[0] == "announced" and k[1] == "joint_statement" for k in keys)


def test_the_statement_refers_back_only_to_a_statement(extractor):
    text = ("Australia signs up for NASA's Moon-to-Mars push\n\nWASHINGTON — Australia's space agency has signed a joint "
            "statement of intent with NASA, Prime Minister Scott Morrison announced during his state visit.\n\nMegan "
            "Clark and Jim Morhard signed the statement on Saturday at NASA Headquarters in Washington.")
    result = extract(extractor, text, "2019-09-23", "en")
    assert ("signed", "letter_of_intent", "2019-09-21", ("AU", "US")) in _keys(result.events)
    text = ("NASA and ISRO signed a memorandum of understanding in March. The statement issued by the White House "
            "on Monday welcomed it.")
    mentions = extract(extractor, text, "2024-05-15", "en").mentions
    assert [m.text for m in mentions if m.label == "AGREEMENT"] == ["memorandum of understanding"]


def test_leaders_named_only_by_name_stand_for_their_states(extractor):
    text = ("The same day, President William Ruto and President Abdel Fattah el-Sisi signed a joint declaration in "
            "Cairo.")
    assert ("signed", "joint_statement", "2025-01-29", ("EG", "KE")) in _keys(extract(extractor, text, "2025-01-29", "en").events)


def test_a_company_officer_s_title_is_no_part_of_the_name(extractor):
    text = "LSA Chief Executive Officer Marc Serres and CSA President Lisa Campbell signed the MOU on Tuesday."
    people = {m.norm for m in extract(extractor, text, "2024-05-15", "en").mentions if m.label == "PER"}
    assert people == {"Marc Serres", "Lisa Campbell"}


def test_a_pluperfect_signing_without_a_day_takes_its_report_s(extractor):
    text = "OneWeb said yesterday it had signed a contract with India's NewSpace India Limited to launch its satellites."
    assert ("signed", "contract", "2022-04-21", ("GB", "IN")) in _keys(extract(extractor, "The British operator " + text, "2022-04-22", "en").events)
    text = ("L'agence américaine a confirmé vendredi qu'un accord avait été conclu avec Roscosmos. Le texte a été signé "
            "jeudi à Moscou.")
    dates = {k[2] for k in _keys(extract(extractor, text, "2022-07-16").events) if k[0] == "signed"}
    assert dates == {"2022-07-14"}


def test_a_state_after_avant_is_no_item_of_a_bracketed_list(extractor):
    text = ("WASHINGTON, 23 oct (AFP) — La Hongrie a signé les accords Artemis, qui fixent les règles de l'exploration "
            "lunaire, a annoncé mercredi l'administrateur de la NASA, Sean Duffy. Budapest devient le 57e pays "
            "signataire.\n\nAvant Budapest, la Finlande (janvier), le Bangladesh (avril) et la Norvège (mai) avaient "
            "signé les accords cette année.")
    keys = _keys(extract(extractor, text, "2025-10-23").events)
    assert {("signed", "accords", "2025-01", ("FI",)), ("signed", "accords", "2025-04", ("BD",)),
            ("signed", "accords", "2025-05", ("NO",))} <= keys


def test_speakers_after_a_quotation_and_titles_a_few_words_after_a_name(extractor):
    text = ('"We are proud to deliver them," said Peter Beck, the company\'s founder. The deal had been foreseen by '
            "an agreement that Ratier and Kathryn Sullivan, then NOAA's acting administrator, signed in 2013.")
    people = {m.norm for m in extract(extractor, text, "2025-10-13", "en").mentions if m.label == "PER"}
    assert {"Peter Beck", "Kathryn Sullivan"} <= people
    text = "Israël les a signés le 26 janvier à Tel-Aviv, par la main du directeur général de son agence spatiale."
    people = {m.norm for m in extract(extractor, text, "2022-02-01").mentions if m.label == "PER"}
    assert "Tel-Aviv" not in people


def test_an_approved_extension_is_a_plan_dated_by_the_report(extractor):
    text = ("MOSCOW — Russia's government has approved extending its agreement with the United States on space "
            "cooperation through 2030, the cabinet said on Saturday.")
    keys = _keys(extract(extractor, text, "2021-04-04", "en").events)
    assert ("planned", "2021-04-03", ("RU", "US")) in {(k[0], k[2], k[3]) for k in keys}


def test_a_state_whose_possessive_names_a_place_is_no_party(extractor):
    text = ("JAXA signed a contract with SpaceX on Friday for two launches from its pad on New Zealand's Mahia "
            "Peninsula.")
    keys = _keys(extract(extractor, text, "2025-10-13", "en").events)
    assert ("signed", "contract", "2025-10-10", ("JP", "US")) in keys


def test_a_short_sentence_that_only_sets_a_time_dates_the_next_signing(extractor):
    text = ("Un demi-siècle d'accords spatiaux entre Paris et Moscou\n\n"
            "Il y a quarante ans, le premier Français partait d'un cosmodrome russe. Depuis l'invasion de l'Ukraine, "
            "la coopération entre la France et la Russie est presque à l'arrêt.\n\n"
            "Tout commence le 30 juin 1966. Lors de la visite du général de Gaulle en URSS, les gouvernements "
            "des deux pays signent à Moscou un accord intergouvernemental de coopération spatiale.")
    keys = _keys(extract(extractor, text, "2022-06-24").events)
    # the date of the time-setting sentence; Paris is the partner the text names most, and a Russian act
    # of 1966 is the USSR's
    assert ("signed", "intergovernmental_agreement", "1966-06-30", ("FR", "SU")) in keys


def test_a_signing_placed_some_months_later_is_not_the_news_day(extractor):
    text = ("Les sommets de novembre 1988 et de juillet 1989 relancent la machine. Quelques mois plus tard, à "
            "Moscou, le CNES et l'Agence spatiale russe signent un protocole de coopération.")
    keys = _keys(extract(extractor, text, "2022-06-24").events)
    assert {k[:3] for k in keys} == {("signed", "cooperation_protocol", "")}


def test_a_side_passed_over_rather_than_chosen_is_no_party(extractor):
    text = ("Arianespace a signé vendredi avec l'institut coréen KARI le contrat de lancement de deux satellites.\n\n"
            "Le ministère sud-coréen de la Science avait fait savoir mercredi 11 février, dans un communiqué publié "
            "avant la signature, que le contrat serait conclu avec le lanceur européen plutôt qu'avec l'américain "
            "SpaceX et sa Falcon 9.")
    keys = _keys(extract(extractor, text, "2015-02-16").events)
    # "faire savoir" reports: its day is the day the plan was made public
    assert ("planned", "contract", "2015-02-11") in {k[:3] for k in keys}
    assert not any("US" in k[3] for k in keys)



def test_an_apposition_describing_the_agreement_just_named_is_no_second_signing(extractor):
    text = ("Port-Louis et New Delhi ont signé le 22 février 2021 un accord de partenariat économique global (CECPA), "
            "le premier accord commercial conclu par l'Inde avec un pays africain, entré en vigueur le 1er avril "
            "suivant.")
    keys = _keys(extract(extractor, text, "2024-01-06").events)
    # Port-Louis is the capital of Mauritius
    assert ("signed", "agreement", "2021-02-22", ("IN", "MU")) in keys
    assert not any(k[0] == "signed" and k[2] == "2021-04-01" for k in keys)


def test_a_reference_back_takes_the_agreement_not_the_text_named_as_its_complement(extractor):
    text = ("La Roumanie a signé jeudi l'accord d'adhésion à la Convention de l'Agence spatiale européenne (ESA). "
            "Le texte a été paraphé au ministère par le directeur général de l'ESA, Jean-Jacques Dordain.")
    keys = _keys(extract(extractor, text, "2011-01-21").events)
    assert {k[1] for k in keys} == {"agreement"}


def test_an_agreement_that_followed_was_signed_then(extractor):
    text = ("La Roumanie a signé jeudi son accord d'adhésion à l'Agence spatiale européenne (ESA).\n\n"
            "En 1992, la Roumanie avait conclu avec l'agence un accord de coopération. Un accord-cadre de "
            "coopération de cinq ans a suivi en octobre 1999.")
    keys = _keys(extract(extractor, text, "2011-01-21").events)
    assert ("signed", "framework_agreement", "1999-10", ("ESA", "RO")) in keys


def test_the_acronym_of_an_organisation_whose_members_sign_is_no_party(extractor):
    text = ("Les représentants de quinze pays ont signé jeudi à Washington l'accord intergouvernemental sur la Station "
            "spatiale internationale (ISS), le plus vaste programme de coopération scientifique jamais entrepris. Le "
            "secrétaire d'Etat Strobe Talbott a signé le texte pour les Etats-Unis, aux côtés des représentants du "
            "Japon et de onze pays membres de l'Agence spatiale européenne (ESA) : l'Allemagne, la France et l'Italie.")
    events = extract(extractor, text, "1998-01-30").events
    # "le plus vaste programme de coopération" describes the station: "le texte" is the agreement
    assert {(e.agreement_type, e.countries) for e in events} == {
        ("intergovernmental_agreement", ("DE", "FR", "IT", "JP", "US"))}


def test_a_plan_in_the_future_reported_today_is_dated_by_the_document(extractor):
    text = ("Le groupe public SSC a annoncé lundi qu'il cessait de servir des clients chinois.\n\n"
            "Pékin a minimisé mardi la portée de la décision. Des sources du secteur spatial chinois assurent que la "
            "Chine renouvellera son contrat avec SSC à son expiration.")
    keys = _keys(extract(extractor, text, "2020-09-22").events)
    # SSC is the Swedish Space Corporation, a Swedish company
    assert ("planned", "contract", "2020-09-22", ("CN", "SE")) in keys


def test_a_state_that_signed_them_in_the_accords_sentence_signs_the_accords(extractor):
    text = ("Finland has signed the Artemis Accords, NASA said.\n\n"
            "The signing completes a run of Nordic accessions. Iceland signed the accords in October 2023, and "
            "Sweden signed them in Stockholm in April 2024.")
    keys = _keys(extract(extractor, text, "2025-01-22", "en").events)
    assert ("signed", "accords", "2023-10", ("IS",)) in keys
    assert ("signed", "accords", "2024-04", ("SE",)) in keys  # the date of its own clause


def test_a_state_that_joined_in_its_own_clause_of_the_accords_sentence_signs_apart(extractor):
    text = ("Seoul and Ottawa signed a memorandum on satellite communications on Tuesday.\n\n"
            "Both countries are also signatories of the Artemis Accords: Canada was among the eight founding "
            "signatories in October 2020, and South Korea joined in May 2021 as the 10th signatory.")
    keys = _keys(extract(extractor, text, "2026-04-16", "en").events)
    assert ("signed", "accords", "2021-05", ("KR",)) in keys
    assert ("signed", "accords", "2020-10", ("CA",)) in keys  # the state that joined later is not a founder


def test_a_clitic_read_as_an_article_after_a_civility_word_still_refers_to_the_accords(extractor):
    text = ("L'agence rwandaise et la POLSA, présidée par Grzegorz Wrochna, ont signé lundi un mémorandum. Il prévoit "
            "des activités communes au titre des accords Artemis, dont Varsovie et Kigali sont signataires. "
            "M. Wrochna les avait signés au nom de la Pologne le 26 octobre 2021, à Dubaï.")
    keys = _keys(extract(extractor, text, "2024-02-28").events)
    assert ("signed", "accords", "2021-10-26", ("PL",)) in keys
    # "dont ... sont signataires" is a clause of its own in the present: no plan of "prévoit"
    assert not any(action == "planned" for action, *_ in keys)


def test_a_firm_a_nominal_nationality_introduces_keeps_its_state(extractor):
    text = ("Le satellite, construit par le singapourien ST Electronics, a été lancé mercredi depuis l'Inde.\n\n"
            "Ce tir est le fruit d'un accord de services de lancement signé le 5 février 2014 par Antrix et "
            "ST Electronics. Le Japon suit le dossier.")
    keys = _keys(extract(extractor, text, "2015-12-17").events)
    assert ("signed", "agreement", "2014-02-05", ("IN", "SG")) in keys


def test_a_signing_a_body_is_mandated_to_make_is_a_plan_however_long_the_object(extractor):
    text = ("At its meeting on June 23, the Iranian cabinet empowered the Ministry of Communications and Information "
            "Technology to negotiate, and then sign, an agreement between the governments of Iran and Russia on "
            "cooperation in space.")
    keys = _keys(extract(extractor, text, "2021-06-28", "en").events)
    assert keys == {("planned", "intergovernmental_agreement", "2021-06-23", ("IR", "RU"))}


def test_the_states_an_agent_phrase_names_after_the_date_sign_an_organisation_s_convention(extractor):
    text = ("The organisation turns ten this week. APSCO's convention was signed on Oct. 28, 2005, in the Great Hall "
            "of the People in Beijing, by the governments of Bangladesh, China and Peru.")
    keys = _keys(extract(extractor, text, "2018-11-16", "en").events)
    assert ("signed", "accords", "2005-10-28", ("BD", "CN", "PE")) in keys


def test_a_signing_participle_after_the_agreement_takes_the_date_of_the_verb_before_it(extractor):
    text = ("La fusée a décollé jeudi.\n\nLa JAXA et le centre norvégien avaient par ailleurs conclu en septembre "
            "2010, à Prague, un accord général de coopération, signé par Keiji Tachikawa et Bo Andersen.")
    keys = _keys(extract(extractor, text, "2021-11-06").events)
    assert keys == {("signed", "agreement", "2010-09", ("JP", "NO"))}


def test_an_entry_into_force_for_a_state_binds_that_state_not_the_convention_s_organisation(extractor):
    text = ("Switzerland joined Inmarsat on Wednesday. The convention of Eutelsat, the European Telecommunications "
            "Satellite Organization, entered into force for Switzerland on Sept. 1, 1985.")
    keys = _keys(extract(extractor, text, "1989-05-18", "en").events)
    assert ("entered_into_force", "accords", "1985-09-01", ("CH",)) in keys


def test_the_african_union_commission_is_a_side_of_no_state(extractor):
    text = ("DAKAR — Le Sénégal a accueilli mardi le dialogue spatial. Le pays hôte, le Sénégal, en a tiré profit.\n\n"
            "En janvier, au Caire, la Commission de l'UA et le gouvernement égyptien ont signé l'accord de siège.")
    keys = _keys(extract(extractor, text, "2023-10-27").events)
    assert ("signed", "agreement", "2023-01", ("EG",)) in keys  # no Senegal to complete the pair


def test_an_undated_signing_takes_the_date_of_a_participle_describing_the_agreement(extractor):
    text = ("Le satellite a été largué vendredi.\n\nLe 3 décembre 2015, à Bali, la JAXA et le LAPAN avaient signé une "
            "version révisée de leur accord. L'Indonésie a aussi conclu avec l'Inde un accord-cadre sur les "
            "utilisations pacifiques de l'espace, signé à Jakarta en mai 2018, lors de la visite de Narendra Modi.")
    keys = _keys(extract(extractor, text, "2023-01-07").events)
    assert ("signed", "framework_agreement", "2018-05", ("ID", "IN")) in keys


def test_the_two_partners_after_an_agency_and_a_state_are_the_agency_s_state_and_that_state(extractor):
    text = ("Le DLR a signé mercredi à Adélaïde un accord avec l'Australie. L'Australie et l'Allemagne coopèrent depuis "
            "longtemps.\n\nLe DLR a enfin élargi son partenariat avec l'américain Sierra Nevada Corporation. Selon un "
            "communiqué diffusé jeudi par l'industriel, les deux partenaires ont signé un mémorandum d'entente.")
    keys = _keys(extract(extractor, text, "2017-09-30").events)
    assert ("signed", "memorandum", "2017-09-28", ("DE", "US")) in keys


def test_agreements_that_put_an_end_to_a_dispute_are_signed_not_ended(extractor):
    text = ("Le luxembourgeois SES et le français Eutelsat ont annoncé jeudi la conclusion de trois accords qui "
            "mettent un terme à leur différend sur la position orbitale de 28,5 degrés Est.")
    keys = _keys(extract(extractor, text, "2014-01-31").events)
    assert keys == {("signed", "agreement", "2014-01-30", ("FR", "LU"))}


def test_a_reference_to_an_agreement_that_told_no_event_takes_the_sides_named_with_it(extractor):
    text = ("Tout a commencé sur le papier. Séoul avait transmis dès mai 2001 à la Russie un projet d'accord-cadre "
            "sur l'espace. Le texte n'a été signé qu'en septembre 2004, lors de la visite du président coréen à "
            "Moscou.")
    keys = _keys(extract(extractor, text, "2013-02-02").events)
    assert ("signed", "framework_agreement", "2004-09", ("KR", "RU")) in keys


def test_states_joining_or_due_to_sign_the_accords_sign_for_themselves(extractor):
    text = ("Wednesday's ceremony caps a busy month for the Artemis Accords. The Dominican Republic's ambassador "
            "signed the accords on Oct. 4 without a public ceremony, and Estonia joined them on Oct. 13 in Milan, "
            "where Economy Minister Erkki Keldo put his name to the text. Chile is due to sign the accords on Friday "
            "at NASA headquarters in Washington. Greece, the island's closest partner in the European Union, joined "
            "the accords on Feb. 9.")
    keys = _keys(extract(extractor, text, "2024-10-23", "en").events)
    assert ("signed", "accords", "2024-10-13", ("EE",)) in keys  # "joined them" before "the text" is named
    assert ("planned", "accords", "2024-10-23", ("CL",)) in keys  # not the state of the signing before
    assert ("signed", "accords", "2024-02-09", ("GR",)) in keys  # the EU joins no accords


@pytest.mark.parametrize("text, lang, date, countries", [
    ("Katmandou avait signé dès mars 2016 avec New Delhi un mémorandum d'entente sur le satellite.", "fr", "2016-03",
     ("IN", "NP")),
    ("Vientiane and Beijing signed a memorandum of understanding on satellites in March 2016.", "en", "2016-03",
     ("CN", "LA")),
])
def test_capitals_of_south_and_central_asia_stand_for_their_states(extractor, text, lang, date, countries):
    keys = _keys(extract(extractor, text, "2018-04-27", lang).events)
    assert ("signed", "memorandum", date, countries) in keys


def test_a_signing_some_years_ago_is_not_the_news_day(extractor):
    text = ("The telescope is on its way after a flawless launch, fulfilling an agreement NASA signed with the "
            "European Space Agency almost 15 years ago.")
    keys = _keys(extract(extractor, text, "2021-12-27", "en").events)
    assert {k[2] for k in keys} == {""}


def test_a_date_of_the_event_an_action_is_placed_after_is_not_the_actions(extractor):
    text = ("Le 22 décembre 2020, à Rabat, le chef du gouvernement marocain, Saâdeddine El Othmani, le conseiller de "
            "la Maison Blanche Jared Kushner et le conseiller israélien à la sécurité nationale, Meir Ben-Shabbat, "
            "avaient signé une déclaration conjointe tripartite en présence du roi Mohammed VI, douze jours après "
            "l'annonce par Donald Trump, le 10 décembre, d'un revirement de Washington sur le dossier saharien.")
    keys = _keys(extract(extractor, text, "2024-07-12").events)
    # the White House's adviser and the Israeli adviser speak for their states
    assert ("signed", "joint_statement", "2020-12-22", ("IL", "MA", "US")) in keys


def test_a_fronted_participle_launching_the_accords_is_not_denied_by_the_main_verb(extractor):
    text = ("Le Chili a signé les accords Artemis vendredi.\n\nLancés en octobre 2020 par les États-Unis et sept "
            "autres pays, les accords n'ont pas de valeur contraignante.")
    keys = _keys(extract(extractor, text, "2024-10-26").events)
    assert ("signed", "accords", "2020-10", ("US",)) in keys


def test_states_listed_alongside_the_signer_of_the_accords_sign_too(extractor):
    text = ("Estonia signed the Artemis Accords in Milan on Sunday. Canada was among the founding signatories of the "
            "accords in October 2020, alongside the United States, Japan and Italy.")
    keys = _keys(extract(extractor, text, "2024-10-14", "en").events)
    assert ("signed", "accords", "2020-10", ("CA", "IT", "JP", "US")) in keys


def test_every_state_of_the_list_that_signed_a_convention_signs_it(extractor):
    text = ("La convention qui fonde l'APSCO avait été signée le 28 octobre 2005 au Palais de l'Assemblée du peuple, "
            "à Pékin, par le Bangladesh, la Chine, l'Indonésie, l'Iran, la Mongolie, le Pakistan, le Pérou et la "
            "Thaïlande.")
    keys = _keys(extract(extractor, text, "2008-12-17").events)
    assert ("signed", "accords", "2005-10-28", ("BD", "CN", "ID", "IR", "MN", "PE", "PK", "TH")) in keys


def test_a_signer_named_by_a_role_noun_signs_for_the_state_of_the_person_named_before(extractor):
    text = ("Le Chili a signé vendredi les accords Artemis à Washington.\n\nQuelques heures plus tôt, M. Nelson avait "
            "reçu au même endroit l'ambassadrice de la République dominicaine aux États-Unis, Sonia Guzmán, pour "
            "saluer l'adhésion de son pays. La diplomate avait elle-même signé les accords le 4 octobre, sans "
            "cérémonie.")
    keys = _keys(extract(extractor, text, "2024-10-26").events)
    assert ("signed", "accords", "2024-10-04", ("DO",)) in keys


def test_a_dated_signing_with_no_side_named_takes_the_sides_of_the_signing_before(extractor):
    text = ("Estonia signed a cooperation agreement with the European Space Agency in Tallinn on June 20, 2007. "
            "A European Cooperating State agreement was signed on Nov. 10, 2009.")
    keys = _keys(extract(extractor, text, "2024-10-14", "en").events)
    assert ("signed", "agreement", "2009-11-10", ("EE", "ESA")) in keys


def test_governments_of_a_counted_set_of_states_are_the_states_listed_not_a_pair(extractor):
    text = ("Le 14 mai 1977, à Budapest, les gouvernements de neuf pays, parmi lesquels l'URSS, la Hongrie, Cuba et la "
            "Pologne, avaient signé un accord intergouvernemental sur la coopération spatiale.")
    keys = _keys(extract(extractor, text, "2017-07-08").events)
    assert ("signed", "intergovernmental_agreement", "1977-05-14", ("CU", "HU", "PL", "SU")) in keys


def test_the_agreement_refers_to_the_one_just_named_with_that_word_not_an_older_one_of_a_specific_type(extractor):
    text = ("En 1992, la Russie et la Mongolie avaient signé un accord intergouvernemental sur l'espace.\n\n"
            "Le Japon et la Mongolie ont signé à Tokyo le 10 février 2015 un accord de partenariat économique. "
            "L'accord est entré en vigueur en juin 2016.")
    keys = _keys(extract(extractor, text, "2017-07-08").events)
    assert ("entered_into_force", "agreement", "2016-06", ("JP", "MN")) in keys


def test_a_pair_subject_of_the_main_clause_gives_the_sides_of_a_trigger_with_no_subject(extractor):
    text = ("Le 14 mai 1977, à Budapest, les gouvernements de neuf pays, parmi lesquels l'URSS, la Mongolie, Cuba et la "
            "Pologne, avaient signé un accord intergouvernemental sur la coopération spatiale. Le texte est entré en "
            "vigueur le 2 mars 1978.\n\nC'est toutefois le Japon qui s'impose comme partenaire. Les deux pays ont "
            "ouvert en juin 2012 des négociations sur un accord de partenariat économique, le premier jamais conclu "
            "par la Mongolie.")
    keys = _keys(extract(extractor, text, "2017-07-08").events)
    assert ("announced", "agreement", "2012-06", ("JP", "MN")) in keys


def test_signatory_states_of_a_convention_sign_it_and_the_organisation_it_founds_is_no_party(extractor):
    text = ("Le 28 octobre 2005, à Pékin, la Mongolie figurait parmi les huit États signataires de la convention "
            "fondatrice de l'Organisation de coopération spatiale Asie-Pacifique (APSCO), et sa ratification rapide a "
            "compté dans l'entrée en vigueur du texte, en octobre 2006.")
    keys = _keys(extract(extractor, text, "2017-07-08").events)
    assert ("signed", "accords", "2005-10-28", ("MN",)) in keys
    assert ("entered_into_force", "accords", "2006-10", ("MN",)) in keys


def test_a_participle_set_off_after_a_later_agreements_phrase_describes_that_agreement(extractor):
    text = ("Roscosmos a annoncé lundi la signature d'un mémorandum avec l'Académie des sciences du Vietnam. "
            "Ce mémorandum s'inscrit dans le prolongement de l'accord intergouvernemental sur la coopération dans "
            "l'exploration et l'utilisation de l'espace à des fins pacifiques, signé à Hanoï le 7 novembre 2012.")
    keys = _keys(extract(extractor, text, "2016-06-28").events)
    assert ("signed", "intergovernmental_agreement", "2012-11-07", ("RU", "VN")) in keys
    assert not any(k[:3] == ("signed", "memorandum", "2012-11-07") for k in keys), keys


def test_an_agreement_of_the_same_type_takes_the_type_named_before(extractor):
    text = ("La Russie et le Vietnam ont signé un accord intergouvernemental sur l'espace le 7 novembre 2012. "
            "La Douma a approuvé en juillet 2014 un accord du même type avec le Nicaragua, signé à Moscou le "
            "26 janvier 2012.")
    keys = _keys(extract(extractor, text, "2016-06-28").events)
    assert ("signed", "intergovernmental_agreement", "2012-01-26", ("NI", "RU")) in keys


def test_a_nationality_before_an_english_institutions_name_makes_its_state_a_party(extractor):
    text = ("An agreement signed in New Delhi on May 14, 1970, between India's space committee and the Soviet "
            "Hydrometeorological Service brought weather rockets to Thumba.")
    keys = _keys(extract(extractor, text, "2025-08-01", "en").events)
    assert ("signed", "agreement", "1970-05-14", ("IN", "SU")) in keys


def test_a_precise_date_set_off_after_a_coarse_one_dates_the_action(extractor):
    text = ("India signed a first space agreement with Moscow in 1970. Two years later, on May 10, 1972, Mstislav "
            "Keldysh, president of the Soviet Academy of Sciences, and M.G.K. Menon, then at the head of ISRO, signed "
            "the agreement under which a Soviet launcher would put Aryabhata into orbit.")
    keys = _keys(extract(extractor, text, "2025-08-01", "en").events)
    assert ("signed", "agreement", "1972-05-10", ("IN", "SU")) in keys


def test_a_dated_signing_with_no_side_takes_the_pair_the_sentence_before_speaks_of(extractor):
    text = ("NASA and ISRO signed a memorandum of understanding on Sept. 18, 1969. It was not the two bodies' first "
            "text. A memorandum signed on Oct. 11, 1962, covered sodium-vapour payloads.")
    keys = _keys(extract(extractor, text, "2025-08-01", "en").events)
    assert ("signed", "memorandum", "1962-10-11", ("IN", "US")) in keys


def test_a_wait_told_in_the_narrative_present_up_to_a_past_day_ends_with_the_signing(extractor):
    text = ("Il faut attendre le 15 avril 1987 pour qu'un nouvel accord entre les États-Unis et l'URSS soit signé à "
            "Moscou par George Shultz et Edouard Chevardnadze.")
    keys = _keys(extract(extractor, text, "2025-07-30").events)
    assert ("signed", "agreement", "1987-04-15", ("SU", "US")) in keys or \
        ("signed", "intergovernmental_agreement", "1987-04-15", ("SU", "US")) in keys, keys


def test_signing_the_renewal_of_the_agreement_of_a_year_signs_that_agreement_anew(extractor):
    text = ("En mai 1972, les États-Unis et l'URSS signent à Moscou un accord intergouvernemental sur "
            "l'espace.\n\nLe 11 mai 1977, la NASA et l'Académie des sciences de l'URSS signent un accord sur les vols "
            "habités ; une semaine plus tard, le 18 mai, le secrétaire d'État Cyrus Vance et le ministre soviétique "
            "des Affaires étrangères Andreï Gromyko signent la reconduction pour cinq ans de l'accord de 1972.")
    keys = _keys(extract(extractor, text, "2025-07-30").events)
    assert ("signed", "intergovernmental_agreement", "1977-05-18", ("SU", "US")) in keys


def test_a_refusal_to_renew_the_agreement_terminates_it(extractor):
    text = ("En mai 1972, les États-Unis et l'URSS signent un accord intergouvernemental sur l'espace. "
            "En 1982, l'administration Reagan refuse de reconduire le texte pour protester contre la loi "
            "martiale en Pologne.")
    keys = _keys(extract(extractor, text, "2025-07-30").events)
    assert ("terminated", "intergovernmental_agreement", "1982", ("SU", "US")) in keys


def test_states_in_a_relative_clause_on_the_subject_are_no_parties(extractor):
    text = ("Le groupe spatial public suédois SSC, dont les antennes en Suède, au Chili et en Australie aident à "
            "piloter des satellites chinois, a annoncé lundi qu'il ne renouvellerait pas ses contrats avec la Chine.")
    keys = _keys(extract(extractor, text, "2020-09-22").events)
    assert ("terminated", "contract", "2020-09-21", ("CN", "SE")) in keys


def test_a_plan_reported_in_the_past_is_dated_by_its_report_not_by_the_expected_signing(extractor):
    text = ("Le 19 mai 1985, la NASA annonçait que son administrateur, James Beggs, et le directeur général de l'ESA, "
            "Reimar Lüst, signeraient le 3 juin, au Salon du Bourget, un mémorandum d'entente sur la station.")
    keys = _keys(extract(extractor, text, "2023-11-28").events)
    assert ("planned", "memorandum", "1985-05-19", ("ESA", "US")) in keys


def test_esro_is_the_esa_under_its_former_name(extractor):
    text = ("Le 24 septembre 1973, à Washington, l'administrateur de la NASA, James Fletcher, et le directeur général "
            "de l'ESRO, Alexander Hocker, signent le mémorandum d'entente sur Spacelab.")
    keys = _keys(extract(extractor, text, "2023-11-28").events)
    assert ("signed", "memorandum", "1973-09-24", ("ESA", "US")) in keys


def test_an_entry_into_force_still_to_come_is_no_event(extractor):
    text = ("Italy and Kenya signed a new intergovernmental agreement on the Malindi base in Nairobi on November 24, "
            "2016; the text has yet to enter into force.")
    keys = _keys(extract(extractor, text, "2018-05-12", "en").events)
    assert ("signed", "intergovernmental_agreement", "2016-11-24", ("IT", "KE")) in keys
    assert not any(k[0] == "entered_into_force" for k in keys), keys


def test_a_participle_after_the_agreements_phrase_and_its_asides_dates_a_reference(extractor):
    text = ("Kuala Lumpur paie son astronaute avec un contrat d'armement.\n\nCe vol constitue l'une des compensations "
            "industrielles du contrat d'achat de dix-huit chasseurs russes, d'une valeur d'environ 900 millions de "
            "dollars, conclu le 5 août 2003 à Kuala Lumpur avec la Russie.")
    keys = _keys(extract(extractor, text, "2007-10-11").events)
    assert ("signed", "contract", "2003-08-05", ("MY", "RU")) in keys


def test_a_reference_takes_the_sides_of_the_agreement_a_chain_of_references_leads_to(extractor):
    text = ("La Malaisie et la Russie ont conclu le 5 août 2003 un contrat d'achat de chasseurs. Ce contrat prévoyait "
            "aussi la formation de deux astronautes.\n\nEn mai 2003, le ministre de la Défense, Najib Razak, avait "
            "annoncé l'achat avec son homologue russe, en précisant que le contrat devait être signé avant la fin de "
            "l'année.\n\nLe Brésil avait signé en 2005 un contrat avec Roskosmos pour le vol de Marcos Pontes.")
    keys = _keys(extract(extractor, text, "2007-10-11").events)
    assert ("planned", "contract", "2003-05", ("MY", "RU")) in keys


def test_a_contract_whose_signing_is_never_confirmed_is_no_event(extractor):
    text = ("Le Maroc a signé vendredi à Rabat une déclaration avec la France.\n\nRabat n'a jamais confirmé le contrat "
            "passé avec Thales Alenia Space et Airbus pour ses satellites d'observation.")
    keys = _keys(extract(extractor, text, "2021-07-12").events)
    assert not any(k[1] == "contract" for k in keys), keys


def test_an_action_noun_right_before_its_agreement_speaks_of_it_whatever_the_parse(extractor):
    text = ("RABAT — Le Maroc est devenu vendredi le 33e signataire de la déclaration conjointe d'intérêt du Space "
            "Climate Observatory (SCO), l'initiative portée par la France.")
    keys = _keys(extract(extractor, text, "2021-07-12").events)
    assert any(k[:3] == ("signed", "joint_statement", "2021-07-09") for k in keys), keys


def test_a_date_complementing_a_noun_comes_after_the_actions_own_date(extractor):
    text = ("In an interview published on April 5, ahead of the 60th anniversary of Yuri Gagarin's flight of April 12, "
            "1961, Yildirim said Turkey planned to sign an agreement with Russia in the near future.")
    keys = _keys(extract(extractor, text, "2021-11-23", "en").events)
    assert any(k[2] == "2021-04-05" and k[3] == ("RU", "TR") for k in keys), keys


def test_an_agreement_being_prepared_is_announced(extractor):
    text = ("Roscosmos said on Feb. 10 that the bilateral intergovernmental agreement with Turkey was being "
            "actively prepared.")
    keys = _keys(extract(extractor, text, "2021-11-23", "en").events)
    assert ("announced", "intergovernmental_agreement", "2021-02-10", ("RU", "TR")) in keys


def test_a_headline_ending_with_a_quotation_is_no_sentence_of_the_lead(extractor):
    text = ('Russia halts engine deliveries to U.S.: "Let them fly on broomsticks"\n\nRussia is suspending deliveries '
            "of rocket engines to the United States under the contracts between its engine maker NPO Energomash and "
            "American companies, and will stop servicing the engines already in U.S. hands, Roscosmos Director General "
            "Dmitry Rogozin said on Thursday in response to Western sanctions.")
    keys = _keys(extract(extractor, text, "2022-03-04", "en").events)
    assert ("suspended", "contract", "2022-03-03", ("RU", "US")) in keys


def test_states_after_a_semicolon_and_a_providers_nationality(extractor):
    text = ("The U.S. launch provider signed an agreement with Blue Origin in September 2014 to co-fund the BE-4 "
            "engine; Russia's annexation of Crimea earlier that year had raised doubts in Congress.")
    keys = _keys(extract(extractor, text, "2022-03-04", "en").events)
    assert ("signed", "agreement", "2014-09", ("US",)) in keys


def test_a_participle_opening_the_sentence_launches_the_accords_whatever_its_label(extractor):
    text = ("L'Autriche a signé mercredi les accords Artemis.\n\nLancés en octobre 2020 par les États-Unis et sept autres "
            "pays, parmi lesquels l'Italie et le Luxembourg, les accords ont recueilli dix-sept signatures au cours de "
            "la seule année 2024.")
    keys = _keys(extract(extractor, text, "2024-12-12").events)
    assert ("signed", "accords", "2020-10", ("IT", "LU", "US")) in keys


def test_a_gapped_signing_keeps_its_own_place_and_a_state_set_before_the_clause_is_no_signer(extractor):
    text = ("L'Autriche a signé mercredi les accords Artemis.\n\nDans le voisinage de l'Autriche, la Suisse les a signés "
            "le 15 avril et la Slovénie le 19 avril à Ljubljana, où le secrétaire d'État avait apposé sa signature.")
    keys = _keys(extract(extractor, text, "2024-12-12").events)
    assert ("signed", "accords", "2024-04-15", ("CH",)) in keys
    assert ("signed", "accords", "2024-04-19", ("SI",)) in keys


def test_an_agency_named_in_passing_joins_no_accords_and_an_act_after_apres_avoir_is_not_todays(extractor):
    text = ("La Bulgarie reçoit la NASA\n\nPrès d'un an après avoir rejoint les accords Artemis, la Bulgarie a reçu "
            "jeudi l'administrateur de la NASA, Bill Nelson.\n\nC'est le 9 novembre 2023, au siège de la NASA à "
            "Washington, que la ministre bulgare de l'Innovation avait signé les accords au nom de Sofia.")
    keys = _keys(extract(extractor, text, "2024-10-23").events)
    assert ("signed", "accords", "2023-11-09", ("BG",)) in keys
    assert not any(k[0] == "signed" and k[2].startswith("2024") for k in keys), keys


def test_an_agency_named_with_the_accords_is_no_side_of_a_states_joining(extractor):
    text = ("La Bulgarie reçoit la NASA\n\nMembre des accords Artemis depuis leur signature en novembre 2023 avec "
            "l'administrateur de la NASA, la Bulgarie veut un astronaute.")
    keys = _keys(extract(extractor, text, "2024-10-23").events)
    assert any(k[1:] == ("accords", "2023-11", ("BG",)) for k in keys), keys
    assert not any("US" in k[3] for k in keys), keys


def test_a_date_hanging_from_another_verb_of_the_sentence_does_not_date_the_signing(extractor):
    text = ("Le 12 juin 2009, à Kiev, le directeur de l'Agence spatiale nationale d'Ukraine et le président de "
            "l'Académie des sciences du Bélarus avaient signé un accord-cadre intergouvernemental sur l'utilisation "
            "de l'espace, approuvé en octobre par le gouvernement ukrainien.")
    keys = _keys(extract(extractor, text, "2019-12-16").events)
    assert ("signed", "framework_agreement", "2009-06-12", ("BY", "UA")) in keys


def test_a_date_given_by_dater_still_dates_the_signed_copy(extractor):
    text = ("Les Pays-Bas ont signé mercredi les accords Artemis. Le communiqué de la NASA a révélé que l'Islande "
            "avait rejoint les accords en octobre.\n\nSelon la NASA, l'ambassade d'Islande à Washington lui a remis "
            "le 31 octobre, la veille de la cérémonie néerlandaise, un exemplaire signé du texte, daté du 10 octobre.")
    keys = _keys(extract(extractor, text, "2023-11-02").events)
    assert ("signed", "accords", "2023-10-10", ("IS",)) in keys, keys


def test_an_action_word_as_the_agreements_topic_is_no_act_on_it(extractor):
    text = ("On Sunday in Kuala Lumpur, Trump and Prime Minister Anwar Ibrahim signed, for the US and Malaysian "
            "governments, an Agreement on Reciprocal Trade. Earlier that day the two men had looked on as Thai Prime "
            "Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed a joint declaration on ending "
            "the border fighting between their countries.")
    keys = _keys(extract(extractor, text, "2025-10-30", "en").events)
    assert not any(k[0] == "terminated" for k in keys), keys


def test_a_state_set_off_after_a_named_place_is_where_it_is(extractor):
    text = ("Under an agreement signed Oct. 3 last year in Bremen, Germany, on the sidelines of the International "
            "Astronautical Congress, by NASA Administrator Jim Bridenstine and Israel Space Agency Director Avi "
            "Blasberger, the U.S. agency supplied a laser retroreflector array.")
    keys = _keys(extract(extractor, text, "2019-04-12", "en").events)
    assert ("signed", "agreement", "2018-10-03", ("IL", "US")) in keys, keys


def test_a_pair_preposition_after_the_agreement_names_its_sides(extractor):
    text = ("Financé à 90 % par la France, le reste par la Belgique, l'Espagne, la Suède et l'Autriche, le système "
            "dual ORFEO est né de l'accord intergouvernemental conclu à Turin le 29 janvier 2001 entre la France et "
            "l'Italie, signé par Lionel Jospin et Giuliano Amato.")
    keys = _keys(extract(extractor, text, "2011-12-18").events)
    assert ("signed", "intergovernmental_agreement", "2001-01-29", ("FR", "IT")) in keys, keys


def test_a_thing_that_joins_the_one_just_named_joins_no_agreement(extractor):
    text = ("Pléiades forme avec les radars italiens COSMO-SkyMed le système ORFEO, né de l'accord "
            "intergouvernemental conclu à Turin le 29 janvier 2001 entre la France et l'Italie. Son jumeau doit le "
            "rejoindre fin 2012.")
    keys = _keys(extract(extractor, text, "2011-12-18").events)
    assert keys == {("signed", "intergovernmental_agreement", "2001-01-29", ("FR", "IT"))}, keys


def test_the_algerian_space_techniques_centre_is_a_side(extractor):
    text = ("Alsat-2A et Alsat-2B sont issus d'un contrat signé en février 2006 par le Centre national des techniques "
            "spatiales (CNTS) d'Arzew avec EADS Astrium, filiale française du groupe européen EADS.")
    keys = _keys(extract(extractor, text, "2016-09-26").events)
    assert ("signed", "contract", "2006-02", ("DZ", "FR")) in keys, keys


def test_a_lone_side_takes_the_state_the_article_is_about_over_a_pairing_in_the_background(extractor):
    text = ("Espace : le Luxembourg signe avec la CNSA\n\nEn visite de travail à Pékin, le ministre de l'Économie, "
            "Étienne Schneider, a signé mardi un mémorandum d'entente avec l'Administration spatiale nationale "
            "chinoise (CNSA).\n\nLe Luxembourg veut peser dans le droit de l'espace. Le Luxembourg a adopté une loi "
            "en 2017, et le Luxembourg attire des entreprises. Le Luxembourg est membre de l'ESA depuis 2005, et le "
            "Luxembourg y pèse. Le Luxembourg innove.\n\nEn novembre 2017, la CNSA et l'agence spatiale russe "
            "Roscosmos ont signé un programme de coopération.")
    keys = _keys(extract(extractor, text, "2018-01-17").events)
    assert ("signed", "memorandum", "2018-01-16", ("CN", "LU")) in keys, keys


def test_the_lead_day_of_the_act_dates_the_news_over_the_visits_first_day(extractor):
    text = ("Le Luxembourg signe avec la CNSA\n\nEn visite de travail à Pékin lundi et mardi, le ministre "
            "luxembourgeois de l'Économie, Étienne Schneider, a signé mardi un mémorandum d'entente avec "
            "l'Administration spatiale nationale chinoise (CNSA).\n\nLe ministre a également signé avec la CNSA un "
            "accord portant création d'un laboratoire au Luxembourg.")
    keys = _keys(extract(extractor, text, "2018-01-17").events)
    assert ("signed", "agreement", "2018-01-16", ("CN", "LU")) in keys, keys


def test_the_grand_duchy_is_luxembourg(extractor):
    result = extract(extractor, "Le Grand-Duché ajoute la Chine à la liste de ses partenaires spatiaux.", "2018-01-17")
    assert {m.norm for m in result.mentions if m.label == "COUNTRY"} == {"LU", "CN"}


def test_the_de_facto_embassies_of_taiwan_and_the_us_sign_for_their_states(extractor):
    text = ("The same channel served for the first constellation: the American Institute in Taiwan and the Taipei "
            "Economic and Cultural Representative Office concluded the FORMOSAT-3/COSMIC agreement on June 30, 1999.")
    keys = _keys(extract(extractor, text, "2019-06-25", "en").events)
    assert ("signed", "agreement", "1999-06-30", ("TW", "US")) in keys, keys


def test_rosaviakosmos_is_roscosmos(extractor):
    result = extract(extractor, "Shuttleworth spent six months negotiating with Russia's space agency, then known as "
                     "Rosaviakosmos.", "2022-04-25", "en")
    assert "Roscosmos" in {m.norm for m in result.mentions if m.label == "AGENCY" and m.text == "Rosaviakosmos"}


def test_states_that_joined_them_the_sentence_after_the_accords_sign_them(extractor):
    text = ("Thailand signed the Artemis Accords on Monday in Bangkok. Thailand is the 18th country to sign the Accords "
            "this year. Austria and Panama joined them last Wednesday, taking the total to 50.")
    keys = _keys(extract(extractor, text, "2024-12-17", "en").events)
    assert ("signed", "accords", "2024-12-11", ("AT", "PA")) in keys, keys


def test_a_threat_to_denounce_a_contract_ends_nothing(extractor):
    text = ("Début 2014, la découverte de composants américains à bord avait conduit Abou Dhabi à menacer de "
            "dénoncer le contrat signé en 2013 avec Airbus.")
    keys = _keys(extract(extractor, text, "2020-12-03").events)
    assert not any(k[0] == "terminated" for k in keys), keys


def test_a_nationality_on_armed_forces_names_their_state(extractor):
    text = ("Le contrat avait été signé le 22 juillet 2013 à Abou Dhabi entre les forces armées émiriennes et les "
            "industriels français Astrium et Thales Alenia Space.")
    keys = _keys(extract(extractor, text, "2020-12-03").events)
    assert ("signed", "contract", "2013-07-22", ("AE", "FR")) in keys, keys


def test_the_agent_of_a_maker_aside_is_no_side_without_a_parse(extractor):
    text = ("Commanded by Yuri Gidzenko, the capsule also carried Roberto Vittori. His Marco Polo mission, paid for by "
            "the Italian Space Agency, was flown under a framework agreement signed in 2001 by ESA's director general, "
            "Antonio Rodota, and the head of Roscosmos, Yuri Koptev.")
    keys = _keys(extract(extractor, text, "2022-04-25", "en").events)
    assert ("signed", "framework_agreement", "2001", ("ESA", "RU")) in keys, keys


NOORDWIJK_LEAD = (
    "Noordwijk : l'ESA et la NASA scellent deux accords\n\nBill Nelson avait fait le voyage jusqu'à l'ESTEC. Au terme "
    "de la session du Conseil de l'Agence spatiale européenne, réuni mercredi à Noordwijk (Pays-Bas), l'administrateur "
    "de la NASA et le directeur général de l'ESA, Josef Aschbacher, ont signé deux textes : un accord-cadre pour un "
    "partenariat stratégique en sciences du système Terre et un mémorandum d'entente sur Lunar Pathfinder, le petit "
    "satellite de télécommunications lunaires que construit le britannique SSTL pour le compte de l'agence européenne.")


def test_a_sentence_giving_the_leads_day_is_news_after_a_pluperfect_opening(extractor):
    keys = _keys(extract(extractor, NOORDWIJK_LEAD, "2022-06-16").events)
    assert ("signed", "framework_agreement", "2022-06-15", ("ESA", "US")) in keys, keys


def test_every_item_listed_after_the_colon_of_a_signed_object_is_signed(extractor):
    keys = _keys(extract(extractor, NOORDWIJK_LEAD, "2022-06-16").events)
    assert any(k[:2] == ("signed", "memorandum") for k in keys), keys


def test_the_maker_in_a_relative_clause_on_an_apposed_noun_is_no_side(extractor):
    keys = _keys(extract(extractor, NOORDWIJK_LEAD, "2022-06-16").events)
    memorandums = [k for k in keys if k[1] == "memorandum"]
    assert memorandums and all("GB" not in k[3] for k in memorandums), keys


def test_the_agency_as_partner_is_the_agency_named_last(extractor):
    text = ("La Turquie a signé un accord-cadre avec l'ESA. La Turquie espère beaucoup de ce texte, et la Turquie y voit "
            "un tournant.\n\nPour l'ESA, le texte prolonge une politique d'ouverture vers l'est de l'Europe. La Hongrie "
            "avait signé un accord de coopération avec l'agence dès 1991, la première en Europe centrale.")
    keys = _keys(extract(extractor, text, "2004-09-07").events)
    assert ("signed", "agreement", "1991", ("ESA", "HU")) in keys, keys


def test_brunei_and_taiwan_by_their_short_names(extractor):
    english = extract(extractor, "India and Brunei renewed a memorandum on Wednesday.", "2024-09-04", "en")
    french = extract(extractor, "Taiwan a lancé un satellite.", "2024-09-04")
    assert "BN" in {m.norm for m in english.mentions if m.label == "COUNTRY"}
    assert "TW" in {m.norm for m in french.mentions if m.label == "COUNTRY"}


def test_a_strategic_cooperation_programme_is_a_cooperation_programme(extractor):
    result = extract(extractor, "Les deux gouvernements ont signé le nouveau programme stratégique de coopération pour "
                     "2023-2027.", "2023-06-07")
    assert "cooperation_programme" in {m.norm for m in result.mentions if m.label == "AGREEMENT"}


def test_a_headline_the_parser_cut_in_two_leaves_the_lead_its_day(extractor):
    text = ("Espace : Lisbonne signe avec Luanda et poursuit son offensive lusophone\n\nLISBONNE, 7 juin — L'agence "
            "spatiale portugaise et le bureau angolais ont signé lundi à Luanda un mémorandum d'entente sur l'espace.\n\n"
            "Au cours de la même cérémonie, les deux gouvernements ont signé un accord de coopération.")
    keys = _keys(extract(extractor, text, "2023-06-07").events)
    assert ("signed", "intergovernmental_agreement", "2023-06-05", ("AO", "PT")) in keys, keys


def test_the_host_delegation_and_the_onlookers_of_a_signing_are_no_sides(extractor):
    text = ("NASA and ISRO signed an agreement on Aug. 27, 2013, at the European Union's delegation in Washington, "
            "with senior European Commission officials looking on.")
    keys = _keys(extract(extractor, text, "2015-12-04", "en").events)
    assert ("signed", "agreement", "2013-08-27", ("IN", "US")) in keys, keys



def test_a_commitment_to_conclude_in_the_same_statement_is_a_plan_of_the_statements_day(extractor):
    text = ("On Tuesday, at the annual ministerial consultations in Annapolis, Australia and the United States issued "
            "a joint statement. In the same statement Australia and the United States committed to conclude a "
            "framework agreement on civil space cooperation.")
    keys = _keys(extract(extractor, text, "2024-08-08", "en").events)
    assert ("planned", "framework_agreement", "2024-08-06", ("AU", "US")) in keys, keys


def test_satellite_operators_and_makers_are_sides_through_their_states(extractor):
    french = extract(extractor, "En mars 2011, l'opérateur public Türksat a signé avec Melco un contrat de 571 millions "
                     "de dollars portant sur deux satellites.", "2014-02-17")
    english = extract(extractor, "In October 2001, Egypt's remote-sensing authority signed a contract with Yuzhnoye for "
                      "its first satellite.", "2008-04-11", "en")
    assert ("signed", "contract", "2011-03", ("JP", "TR")) in _keys(french.events), _keys(french.events)
    assert any(k[:3] == ("signed", "contract", "2001-10") and "UA" in k[3] for k in _keys(english.events)), \
        _keys(english.events)


def test_a_described_agreement_is_no_reference_to_the_contract_before(extractor):
    text = ("Le contrat correspondant reste à conclure, a indiqué l'institut brésilien.\n\nLe compagnonnage ne date pas "
            "d'hier. Il repose sur l'accord général de coopération scientifique et technologique que le Brésil et "
            "l'Allemagne ont signé à Bonn le 9 juillet 1969.")
    keys = _keys(extract(extractor, text, "2023-08-08").events)
    assert not any(k[1] == "contract" and k[2] == "1969-07-09" for k in keys), keys
    assert any(k[2] == "1969-07-09" for k in keys), keys


def test_declaring_agreements_void_terminates_them_on_the_weekday_and_day_given(extractor):
    text = ("En novembre 2003, Taipei et Tarawa ont établi des relations diplomatiques. Le samedi 29, Pékin rompt avec "
            "Tarawa et déclare caducs l'ensemble des accords conclus entre les deux gouvernements.")
    keys = _keys(extract(extractor, text, "2020-01-07").events)
    assert any(k[:3] == ("terminated", "intergovernmental_agreement", "2003-11-29") for k in keys), keys


def test_a_multinational_maker_of_no_stated_state_adds_no_country(extractor):
    # the writers' rule: Airbus or Astrium named without a nationality is a side of no state, so the
    # contract is the buyer's alone, not completed with the state the article names most
    text = ("Paris a salué la coopération franco-coréenne. Le ministre français a rappelé les liens entre la France "
            "et la Corée. En juillet 2013, le KARI avait signé avec Astrium un contrat pour l'imageur GOCI-II.")
    assert ("signed", "contract", "2013-07", ("KR",)) in _keys(extract(extractor, text, "2015-02-13").events)


def test_a_nationality_on_the_branch_of_a_multinational_names_its_state(extractor):
    text = "Le Pérou a signé le 24 avril 2014 le contrat industriel avec la branche française d'Airbus Defence and Space."
    assert _keys(extract(extractor, text, "2014-04-25").events) == {("signed", "contract", "2014-04-24", ("FR", "PE"))}


def test_an_agreement_with_a_side_of_no_state_joins_none_of_its_partners_others(extractor):
    text = ("Le 25 mai 2010, l'Azerbaïdjan avait conclu avec la Malaisie un accord sur la position orbitale 46° Est. "
            "La cession de SPOT-7 s'inscrit dans l'accord de coopération conclu en mai 2014 par Azercosmos et "
            "Airbus Defence and Space.")
    keys = _keys(extract(extractor, text, "2014-09-04").events)
    assert ("signed", "agreement", "2014-05", ("AZ",)) in keys


def test_a_pronoun_signing_in_english_is_the_side_named_before_it(extractor):
    text = ("Washington, April 15 -- The United States and NASA hosted the dialogue; U.S. officials and the U.S. "
            "State Department praised it. KASA is also widening its circle. On April 7 (local time), it signed a memorandum of "
            "understanding with the Uzbekistan Space Agency in Colorado Springs. It has been discussing a memorandum "
            "with the European Space Agency since January.")
    keys = _keys(extract(extractor, text, "2025-04-15", "en").events)
    assert ("signed", "memorandum", "2025-04-07", ("KR", "UZ")) in keys
    assert not any(k[3] == ("ESA", "UZ") for k in keys)


def test_this_agreement_is_the_generic_one_just_named_not_an_older_framework(extractor):
    text = ("Le CNES et l'agence gabonaise ont signé mercredi un accord-cadre. Un accord conclu à Libreville le "
            "6 octobre 1986 entre le Gabon et l'Agence spatiale européenne a permis d'installer une station. Le "
            "gouvernement gabonais et l'ESA ont paraphé le 9 mai 2014 une version révisée de cet accord.")
    keys = _keys(extract(extractor, text, "2015-12-03").events)
    assert ("signed", "agreement", "2014-05-09", ("ESA", "GA")) in keys
    assert not any(k[1] == "framework_agreement" and k[2] == "2014-05-09" for k in keys)


def test_agreements_with_an_indefinite_des_are_new_ones_not_the_protocol_before(extractor):
    text = ("Le CNES et l'AGEOS avaient signé un protocole de coopération en 2009. Le 24 février 2010, les "
            "gouvernements français et gabonais avaient signé des accords débloquant 9 millions d'euros.")
    keys = _keys(extract(extractor, text, "2015-12-03").events)
    assert ("signed", "intergovernmental_agreement", "2010-02-24", ("FR", "GA")) in keys
    assert ("signed", "cooperation_protocol", "2009", ("FR", "GA")) in keys


def test_states_a_dont_list_includes_among_the_signers_are_sides(extractor):
    text = ("Son vol s'inscrivait dans le programme Interkosmos, encadré par un accord intergouvernemental signé à "
            "Moscou le 13 juillet 1976 par neuf pays socialistes, dont l'URSS et Cuba, et entré en vigueur le 25 mars 1977.")
    keys = _keys(extract(extractor, text, "2013-02-19").events)
    assert ("signed", "intergovernmental_agreement", "1976-07-13", ("CU", "SU")) in keys


def test_the_agreement_founding_an_organisation_is_a_new_one_not_the_one_before(extractor):
    text = ("Le programme Interkosmos était encadré par un accord intergouvernemental signé à Moscou le 13 juillet 1976 "
            "par l'URSS, la Pologne et Cuba. Cinq ans plus tôt, le 15 novembre 1971, les mêmes pays avaient signé "
            "l'accord créant l'organisation Intersputnik.")
    keys = _keys(extract(extractor, text, "2013-02-19").events)
    assert ("signed", "agreement", "1971-11-15", ("CU", "PL", "SU")) in keys


def test_a_wait_until_a_month_dates_the_signing_it_ended_with(extractor):
    text = ("Il a fallu attendre décembre 2006 et la visite de M. Yudhoyono en Russie pour qu'un simple mémorandum "
            "d'entente soit signé entre l'Indonésie et la Russie.")
    assert _keys(extract(extractor, text, "2012-02-15").events) == {("signed", "memorandum", "2006-12", ("ID", "RU"))}


def test_a_participle_set_off_after_the_agreement_signs_it_however_misparsed(extractor):
    text = ("Un premier accord de coopération avait été signé avec l'ESA en 1994. Un nouvel accord, conclu à Athènes "
            "le 17 janvier 2001, est entré en vigueur en novembre de la même année.")
    keys = _keys(extract(extractor, text, "2004-07-20").events)
    # (signed in Athens, no organisation's seat: with Greece)
    assert ("signed", "agreement", "2001-01-17", ("ESA", "GR")) in keys
    assert ("entered_into_force", "agreement", "2001-11", ("ESA", "GR")) in keys


def test_the_agency_as_second_of_the_pair_is_the_agency_named_last(extractor):
    text = ("Ces élargissements interviennent alors que l'ESA resserre ses liens avec l'Union européenne. L'accord-cadre "
            "entre la Communauté européenne et l'agence, signé à Bruxelles le 25 novembre 2003, est entré en vigueur "
            "le 28 mai.")
    keys = _keys(extract(extractor, text, "2004-07-20").events)
    assert ("signed", "framework_agreement", "2003-11-25", ("ESA", "EU")) in keys


def test_a_state_in_an_english_aside_after_a_comma_and_after_is_no_side(extractor):
    text = ("Lybid was meant to give Ukraine its first satellite. The contract was signed in 2009 between Ukraine's "
            "national space agency and the Canadian group MDA. Delays piled up, and in 2014, after Russia's annexation "
            "of Crimea, MDA declared force majeure and suspended the contract.")
    keys = _keys(extract(extractor, text, "2018-12-08", "en").events)
    assert ("suspended", "contract", "2014", ("CA", "UA")) in keys
    text = ("On Aug. 10, 2010, Bolden and Kaplan signed a joint statement of intent at NASA headquarters in Washington, "
            "after meeting Israel's science minister.")
    assert ("signed", "letter_of_intent", "2010-08-10", ("IL", "US")) in _keys(extract(extractor, text, "2015-10-13", "en").events)


@pytest.mark.parametrize("verb, action", [("agreed to negotiate", "announced"), ("agreed to sign", "planned"),
                                          ("agreed to", "signed")])
def test_agreeing_to_an_infinitive_is_what_the_infinitive_says(extractor, verb, action):
    text = f"In 2009 Australia and the United States {verb} a new treaty on tracking stations."
    assert _keys(extract(extractor, text, "2010-02-26", "en").events) == {
        (action, "intergovernmental_agreement", "2009", ("AU", "US"))}


def test_a_nationality_on_a_commission_or_university_names_its_state(extractor):
    text = ("Installée au large de Malindi avec l'accord de Nairobi, la base kényane sert à la NASA. En mai 1962, "
            "M. Broglio, alors président de la Commission italienne de recherches spatiales, et M. Hugh Dryden, "
            "administrateur adjoint de la NASA, avaient signé un premier mémorandum d'accord.")
    keys = _keys(extract(extractor, text, "1970-12-14").events)
    assert ("signed", "memorandum", "1962-05", ("IT", "US")) in keys


def test_an_english_accord_concluded_by_a_gerund(extractor):
    text = ("BEIJING — The United States and China on Monday signed a new memorandum in Beijing. On Feb. 26, the two "
            "governments had averted a trade war by concluding an agreement on the protection of intellectual property.")
    keys = _keys(extract(extractor, text, "1995-03-14", "en").events)
    assert ("signed", "intergovernmental_agreement", "1995-02-26", ("CN", "US")) in keys
    text = "Malta and the European Space Agency signed an accord in Valletta on March 15, 2018."
    assert _keys(extract(extractor, text, "2018-03-16", "en").events) == {("signed", "agreement", "2018-03-15", ("ESA", "MT"))}


def test_the_same_ceremony_is_that_of_the_signing_told_last(extractor):
    text = ("LIBREVILLE, 3 décembre — Le CNES et l'AGEOS ont signé mercredi un accord-cadre. Le gouvernement gabonais et "
            "l'ESA ont paraphé le 9 mai 2014, à Libreville, une version révisée de leur accord. Au cours de la même "
            "cérémonie, l'AGEOS et le CNES avaient signé un protocole de coopération.")
    keys = _keys(extract(extractor, text, "2015-12-03").events)
    assert ("signed", "cooperation_protocol", "2014-05-09", ("FR", "GA")) in keys


def test_a_denied_contract_is_no_antecedent_of_the_agreement_signed_after(extractor):
    text = ("Début 1998, Piotr Klimouk reconnaît que la Slovaquie n'a encore signé aucun contrat ferme avec la Russie. "
            "Le 28 mai 1998, à Moscou, le secrétaire d'État slovaque Jozef Gajdoš et le directeur de l'agence spatiale "
            "russe, Iouri Koptev, ont signé l'accord sur le vol du cosmonaute slovaque.")
    keys = _keys(extract(extractor, text, "2024-02-20").events)
    assert ("signed", "agreement", "1998-05-28", ("RU", "SK")) in keys
    assert not any(k[1] == "contract" for k in keys)


def test_a_company_that_still_hoped_to_sign_announces(extractor):
    text = ("Luis Gomes, SSTL's director for Earth observation, said on Tuesday that the British company still hoped "
            "to sign a contract with at least one government for a fourth satellite.")
    assert {k[0] for k in _keys(extract(extractor, text, "2015-07-15", "en").events)} == {"announced"}


def test_agreeing_to_draw_up_announces_and_neither_side_reporting_a_signing_denies_it(extractor):
    text = ("Roscosmos et l'agence saoudienne travaillent à un programme de coopération bilatérale, qu'elles étaient "
            "convenues d'élaborer le 13 février à Riyad.")
    assert {k[0] for k in _keys(extract(extractor, text, "2019-04-19").events)} == {"announced"}
    text = ("Ni l'agence russe ni la partie saoudienne n'ont toutefois fait état, mercredi, de la signature de ce "
            "programme de coopération entre la Russie et l'Arabie saoudite.")
    assert not extract(extractor, text, "2019-04-19").events
    text = "La Russie et l'Arabie saoudite sont convenues d'un accord en 2018."
    assert _keys(extract(extractor, text, "2019-04-19").events) == {("signed", "agreement", "2018", ("RU", "SA"))}


def test_a_participle_set_off_after_a_noun_dates_that_noun_not_the_signing(extractor):
    text = ("Le Caire aura bien un nouveau satellite. La corporation russe RKK Energia a signé avec l'Égypte un contrat "
            "pour la construction d'un satellite de télédétection appelé à succéder à EgyptSat-2, perdu l'an dernier. "
            "« Oui, le contrat est signé », a confirmé mardi à la presse le président d'Energia, Vladimir Solntsev.")
    keys = _keys(extract(extractor, text, "2016-05-25").events)
    assert ("signed", "contract", "2016-05-24", ("EG", "RU")) in keys
    assert not any(k[2] == "2015" for k in keys)


@pytest.mark.parametrize("text, lang", [
    ("La RFA et la France ont signé un accord de coopération spatiale en 1974.", "fr"),
    ("West Germany and France signed a space cooperation agreement in 1974.", "en")])
def test_west_germany_is_germany(extractor, text, lang):
    assert _keys(extract(extractor, text, "1976-01-16", lang).events) == {("signed", "agreement", "1974", ("DE", "FR"))}


def test_what_accompanies_a_signed_agreement_is_signed_with_it(extractor):
    text = ("Mardi, à Addis-Abeba, la France et l'Éthiopie avaient conclu un accord intergouvernemental de coopération "
            "de défense, « inédit » selon le président français, assorti d'une lettre d'intention sur l'appui de Paris "
            "à la création d'une composante navale éthiopienne.")
    keys = _keys(extract(extractor, text, "2019-03-14").events)
    assert ("signed", "letter_of_intent", "2019-03-12", ("ET", "FR")) in keys


@pytest.mark.parametrize("text, lang", [
    ("Russia and Argentina signed a protocol on space cooperation on Oct. 8, 2019.", "en"),
    ("La Russie et l'Argentine ont signé le 8 octobre 2019 un protocole sur la coopération spatiale.", "fr")])
def test_a_protocol_on_cooperation_is_a_cooperation_protocol(extractor, text, lang):
    assert _keys(extract(extractor, text, "2020-12-08", lang).events) == {
        ("signed", "cooperation_protocol", "2019-10-08", ("AR", "RU"))}


def test_a_weak_word_after_the_mention_is_no_act_on_it_without_a_parse(extractor):
    # "exchange" as in "exchanged notes", here a noun after the protocol it is no act on
    text = ("Russia and Argentina signed a space cooperation protocol on Oct. 8, 2019. It updates an "
            "intergovernmental agreement that Argentina concluded with the Soviet Union in 1990. Unlike that text, "
            "Khailov said at the time, the protocol covers intellectual property and technology exchange.")
    keys = _keys(extract(extractor, text, "2020-12-08", "en").events)
    assert keys == {("signed", "cooperation_protocol", "2019-10-08", ("AR", "RU")),
                    ("signed", "intergovernmental_agreement", "1990", ("AR", "SU"))}


@pytest.mark.parametrize("text, lang, expected", [
    ("Mexico's Secretariat of Communications and Transportation (SCT) long bought its satellites in Europe: France "
     "built two of them, and France launched them. In December 2010 the SCT awarded Boeing a contract for two "
     "satellites.", "en", ("signed", "contract", "2010-12", ("MX", "US"))),
    ("L'Administration météorologique de Chine (CMA) a longtemps acheté des images à la France, puis encore à la "
     "France. En juillet 2008, la CMA et la NASA ont signé un accord de coopération.", "fr",
     ("signed", "agreement", "2008-07", ("CN", "US")))])
def test_an_acronym_defined_after_a_national_body_stands_for_its_state(extractor, text, lang, expected):
    # without the definition, the lone side would take the state the article names most (France)
    assert expected in _keys(extract(extractor, text, "2017-03-16", lang).events)


def test_a_defined_acronym_is_the_state_this_article_defines_it_with(extractor):
    # the same letters are Korea's institute elsewhere: the state is the one this article's definition names
    text = ("Le Kenya Advanced Institute of Science and Technology (KAIST) a été fondé avec l'aide du Japon, sur un "
            "modèle venu du Japon. Le KAIST a signé lundi un mémorandum avec l'Administration spatiale nationale "
            "chinoise.")
    keys = _keys(extract(extractor, text, "2023-03-01").events)
    assert keys == {("signed", "memorandum", "2023-02-27", ("CN", "KE"))}


def test_a_lone_side_in_an_article_about_an_international_body_takes_no_other_state(extractor):
    # EUMETSAT, not Germany of the dateline, is the partner the agreement with the CMA leaves unnamed
    text = ("DARMSTADT (Allemagne), 16 mars - EUMETSAT et la CNSA ont signé mercredi un accord-cadre.\n\n"
            "EUMETSAT coopère depuis longtemps avec Pékin. Un premier accord avec la Chine est entré en vigueur en "
            "1998. EUMETSAT a lancé Metop. EUMETSAT prépare MTG.")
    keys = _keys(extract(extractor, text, "2017-03-16").events)
    assert ("entered_into_force", "agreement", "1998", ("CN",)) in keys
    assert not any("DE" in k[3] for k in keys)


def test_a_junta_is_its_state(extractor):
    text = ("Reçu lundi à l'Élysée par Emmanuel Macron, le chef de la junte thaïlandaise a signé avec le président "
            "français des accords sur la fourniture d'un satellite.")
    assert _keys(extract(extractor, text, "2018-06-26").events) == {("signed", "agreement", "2018-06-25", ("FR", "TH"))}


def test_a_signing_in_a_purpose_clause_of_a_future_in_the_past_is_a_plan(extractor):
    text = ("Le ministère avait indiqué lundi que le ministre se rendrait à Nairobi pour y signer un mémorandum "
            "entre l'Agence spatiale kényane et le CNES.")
    keys = _keys(extract(extractor, text, "2023-05-10").events)
    assert {k[0] for k in keys} == {"planned"}


def test_among_the_texts_signed_on_a_day_each_is_signed_that_day(extractor):
    # the day the signing word gives, not the forum's of the same sentence
    text = ("Hanoï attend toujours son satellite. Le mémorandum, paraphé côté vietnamien par le ministre, faisait "
            "partie des douze textes signés le 11 janvier à Hanoï, au lendemain du forum réuni le 10 janvier. Parmi "
            "eux figurait un contrat de fourniture d'un satellite, signé par le ministre des Transports avec le "
            "groupe japonais NEC.")
    keys = _keys(extract(extractor, text, "2018-03-01").events)
    assert ("signed", "contract", "2018-01-11", ("JP", "VN")) in keys


def test_a_statement_issued_at_the_end_of_the_visit_is_of_the_visit(extractor):
    text = ("Le Premier ministre chinois et son homologue cambodgien ont signé jeudi à Phnom Penh un accord-cadre "
            "sur un satellite. Une déclaration commune publiée à l'issue de la visite du chef du gouvernement chinois "
            "appelle à coopérer dans l'espace.")
    keys = _keys(extract(extractor, text, "2018-01-12").events)
    assert ("signed", "joint_statement", "2018-01-11", ("CN", "KH")) in keys


def test_a_possessive_opening_the_sentence_names_the_side_before_as_signer(extractor):
    text = ("CAPE TOWN - SANSA has been widening its circle of partners. Its then chief executive, Valanathan "
            "Munsami, and UK Space Agency chief executive Paul Bate signed a memorandum of understanding in Dubai in "
            "October 2021. NASA has long worked with South Africa, and NASA still runs the United States' program.")
    keys = _keys(extract(extractor, text, "2024-10-12", "en").events)
    assert keys == {("signed", "memorandum", "2021-10", ("GB", "ZA"))}


@pytest.mark.parametrize("text, lang", [
    ("Pakistan inks space memorandum with Azerbaijan, widening its circle beyond Beijing", "en"),
    ("Le Pakistan signe un mémorandum spatial avec l'Azerbaïdjan, au-delà de la Chine", "fr")])
def test_a_state_beyond_which_a_side_looks_is_no_party(extractor, text, lang):
    keys = _keys(extract(extractor, text, "2022-10-25", lang).events)
    assert keys == {("signed", "memorandum", "2022-10-25", ("AZ", "PK"))}


def test_a_verb_joined_to_the_signing_speaks_of_the_same_agreement(extractor):
    text = ("An implementing arrangement on Czech participation in PRODEX, the agency's programme for scientific "
            "experiments, between the Czech Republic and ESA, was signed and took effect on June 13, 2000.")
    keys = _keys(extract(extractor, text, "2008-07-09", "en").events)
    assert ("entered_into_force", "agreement", "2000-06-13", ("CZ", "ESA")) in keys


def test_an_agreement_that_became_void_is_terminated(extractor):
    text = ("En février 1984, le gouvernement portugais avait signé avec l'ESA un accord sur les satellites "
            "météorologiques. Ce texte est devenu caduc le 19 juin 1986.")
    keys = _keys(extract(extractor, text, "1999-12-14").events)
    assert ("terminated", "agreement", "1986-06-19", ("ESA", "PT")) in keys


@pytest.mark.parametrize("text, lang", [
    ("Le Portugal veut rejoindre l'ESA. Le Portugal n'arrive pas en terrain inconnu auprès de l'ESA. En vertu d'un "
     "accord bilatéral de coopération signé en 1996, il participe déjà à des programmes.", "fr"),
    ("Portugal wants to join ESA. Portugal is no stranger to ESA. Under a bilateral cooperation agreement signed "
     "in 1996, it already takes part in some programmes.", "en")])
def test_an_agreement_called_bilateral_is_between_the_articles_pair(extractor, text, lang):
    keys = _keys(extract(extractor, text, "1999-12-14", lang).events)
    assert ("signed", "agreement", "1996", ("ESA", "PT")) in keys


def test_a_framework_cooperation_agreement_is_a_framework_agreement(extractor):
    text = "France and Brazil signed a new framework cooperation agreement on Tuesday."
    assert _keys(extract(extractor, text, "2021-06-24", "en").events) == {
        ("signed", "framework_agreement", "2021-06-22", ("BR", "FR"))}


def test_working_acts_on_an_agreement_named_after_it_not_before(extractor):
    text = ("On Dec. 23, 2008, during Nicolas Sarkozy's visit to Brazil, CNES President Yannick d'Escatha and AEB "
            "President Carlos Ganem signed four texts in the presence of the French leader: a general cooperation "
            "programme and three specific agreements. The three specific agreements covered French expertise for "
            "Brazil's SGDC geostationary satellite, the training in Toulouse of Brazilian engineers working on the "
            "PMM multi-mission satellite bus, and studies for a satellite.")
    keys = _keys(extract(extractor, text, "2021-06-24", "en").events)
    assert "announced" not in {k[0] for k in keys}
    text = "POLSA said it was also working with NASA on a bilateral framework agreement."
    keys = _keys(extract(extractor, text, "2021-10-28", "en").events)
    assert keys == {("announced", "framework_agreement", "2021-10-28", ("PL", "US"))}


@pytest.mark.parametrize("text, lang, expected", [
    ("Emirati satellite operator Yahsat said on Monday it was pleased. On June 10 Yahsat announced that it had "
     "awarded the manufacturing contract to Airbus Defence and Space SAS, the French arm of the European group.",
     "en", ("signed", "contract", "2024-06-10", ("AE", "FR"))),
    ("Le groupe israélien El-Op a présenté sa caméra, testée en France puis encore en France. En mars 2001, El-Op "
     "a signé un contrat avec l'Agence spatiale européenne.", "fr", ("signed", "contract", "2001-03", ("ESA", "IL")))])
def test_a_firm_a_nationality_introduces_is_of_that_state_when_named_again(extractor, text, lang, expected):
    assert expected in _keys(extract(extractor, text, "2024-07-02", lang).events)


def test_a_reference_with_the_two_bodies_keeps_the_pair_of_its_agreement(extractor):
    text = ("Lundi à Malaga, le CNES et le CDTI espagnol ont signé un accord-cadre. Conclu pour cinq ans, le texte "
            "engage les deux organismes à se concerter sur les travaux menés à l'ESA et dans le cadre de l'Union "
            "européenne.")
    keys = _keys(extract(extractor, text, "2017-02-21").events)
    assert keys == {("signed", "framework_agreement", "2017-02-20", ("ES", "FR"))}


def test_mentions_joined_by_and_share_their_verb_without_a_parse(extractor):
    text = ("India and Bangladesh signed 22 agreements and memoranda of understanding in New Delhi on Saturday, "
            "covering fields from defence to outer space, after talks between the two prime ministers.")
    keys = _keys(extract(extractor, text, "2017-04-09", "en").events)
    assert ("signed", "memorandum", "2017-04-08", ("BD", "IN")) in keys
    assert "announced" not in {k[0] for k in keys}


def test_a_nationality_after_a_firm_noun_and_its_adjectives_names_its_state(extractor):
    text = ("À Brasília, la banque publique chinoise Eximbank a conclu jeudi avec le groupe minier brésilien Vale un "
            "accord-cadre de financement.")
    assert _keys(extract(extractor, text, "2014-07-18").events) == {
        ("signed", "framework_agreement", "2014-07-17", ("BR", "CN"))}


def test_a_firms_own_nationality_is_no_side_apart_from_it(extractor):
    # the Chinese firm and its nationality are one side: the lone side takes the article's partner, Bolivia
    text = ("La Bolivie exploite Túpac Katari depuis 2014. La Bolivie l'a payé cher. Le contrat avait été signé en "
            "décembre 2010 avec le groupe public chinois China Great Wall Industry Corporation (CGWIC).")
    assert ("signed", "contract", "2010-12", ("BO", "CN")) in _keys(extract(extractor, text, "2016-03-10").events)


def test_the_state_whose_official_signs_is_the_signer(extractor):
    text = ("Oman signed the Artemis Accords on Monday in Muscat. Oman is the second signatory this year, after "
            "Portugal, whose secretary of state for science, Helena Canhão, signed on Jan. 11.")
    keys = _keys(extract(extractor, text, "2026-01-27", "en").events)
    assert ("signed", "accords", "2026-01-11", ("PT",)) in keys
    text = ("Oman is the second signatory this year, after Portugal, whose secretary of state for science signed the "
            "Artemis Accords on Jan. 11.")
    assert _keys(extract(extractor, text, "2026-01-27", "en").events) == {("signed", "accords", "2026-01-11", ("PT",))}


@pytest.mark.parametrize("text, lang", [
    ("Le Maroc a paraphé mardi à Bruxelles son accord Galileo avec l'Union européenne. Le royaume devient le "
     "cinquième pays à rejoindre Galileo, après d'autres partenaires de l'Union européenne. La Chine a signé son "
     "accord à Pékin en octobre 2003, et Israël le sien en juillet 2004.", "fr"),
    ("Morocco initialled its Galileo agreement with the European Union in Brussels on Tuesday, after other partners "
     "of the European Union. China signed its agreement in Beijing in October 2003, and Israel its own in July 2004.",
     "en")])
def test_a_gapped_clause_with_its_own_agreement_is_a_side_of_its_own(extractor, text, lang):
    keys = _keys(extract(extractor, text, "2005-11-09", lang).events)
    assert {("signed", "agreement", "2003-10", ("CN", "EU")), ("signed", "agreement", "2004-07", ("EU", "IL"))} <= keys


@pytest.mark.parametrize("text, lang", [
    ("L'ESA a renoncé à Tiangong. L'ESA ne volera pas. En 2016, la CMSA avait conclu avec le Bureau des affaires "
     "spatiales des Nations unies (UNOOSA) un accord-cadre pour accueillir des expériences.", "fr"),
    ("ESA gave up on Tiangong, and ESA will not fly there. In 2016 CMSA signed a framework agreement with the United "
     "Nations Office for Outer Space Affairs to host experiments.", "en")])
def test_the_un_space_office_is_a_side_of_no_state(extractor, text, lang):
    assert _keys(extract(extractor, text, "2019-06-14", lang).events) == {
        ("signed", "framework_agreement", "2016", ("CN",))}


def test_an_agreement_that_expires_is_terminated(extractor):
    text = ("Quinze ans après sa signature, l'accord intergouvernemental entre le Japon et la Russie sur l'espace a "
            "expiré dimanche, faute d'avoir été prolongé.")
    assert _keys(extract(extractor, text, "2008-10-14").events) == {
        ("terminated", "intergovernmental_agreement", "2008-10-12", ("JP", "RU"))}
    # a weak verb still needs the agreement as its subject: "expirer" said of a mandate is no end of it
    text = "Le mandat du négociateur a expiré dimanche, avant la signature d'un accord entre le Japon et la Russie."
    assert not any(k[0] == "terminated" for k in _keys(extract(extractor, text, "2008-10-14").events))


def test_a_negotiation_under_a_negative_determiner_is_denied(extractor):
    text = ("L'accord spatial entre Tokyo et Moscou a expiré. Mais aucune négociation en vue d'un nouvel accord "
            "intergouvernemental entre le Japon et la Russie n'a été annoncée.")
    assert not any(k[0] == "announced" for k in _keys(extract(extractor, text, "2008-10-14").events))


def test_a_when_clause_after_a_date_happened_at_that_date(extractor):
    text = ("The partnership was sealed in The Hague on Oct. 4, 1977, when NASA Administrator Robert A. Frosch and "
            "A. B. Wolff, chairman of the Netherlands Agency for Aerospace Programs, signed a memorandum of "
            "understanding on the infrared satellite.")
    keys = _keys(extract(extractor, text, "1983-01-27", "en").events)
    assert keys == {("signed", "memorandum", "1977-10-04", ("NL", "US"))}


def test_an_irregular_participle_aside_and_a_dateline_with_its_state_date_nothing(extractor):
    text = ("FARNBOROUGH, England, July 22 — The UK Space Agency, set up this spring to replace the British National "
            "Space Centre, signed a memorandum of understanding with Russia's Federal Space Agency, Roscosmos, at the "
            "Farnborough International Airshow on Wednesday.")
    assert _keys(extract(extractor, text, "2010-07-22", "en").events) == {("signed", "memorandum", "2010-07-21", ("GB", "RU"))}
    # the same word as a past tense, not set off before the verb, dates its own clause
    text = ("Wellington, for its part, set up its space agency in 2016, the year it signed a technology safeguards "
            "agreement with the United States.")
    assert {k[2] for k in _keys(extract(extractor, text, "2019-10-24", "en").events)} == {"2016"}


def test_a_known_leader_named_without_a_title_is_a_side(extractor):
    text = ("An intergovernmental agreement on cooperation in outer space was signed in Moscow on March 31, 1987, "
            "during Margaret Thatcher's visit to the Soviet Union.")
    assert _keys(extract(extractor, text, "2010-07-22", "en").events) == {
        ("signed", "intergovernmental_agreement", "1987-03-31", ("GB", "SU"))}


@pytest.mark.parametrize("text, lang", [
    ("Le 17 mars 2021, le président de l'ISRO et le prince Sultan ben Salmane, alors à la tête de la Commission "
     "spatiale saoudienne, avaient examiné la possibilité de conclure un mémorandum entre l'Inde et l'Arabie saoudite.",
     "fr"),
    ("On March 17, 2021, the heads of ISRO and of the Saudi Space Commission discussed the possibility of signing "
     "a memorandum between India and Saudi Arabia.", "en")])
def test_the_possibility_of_a_signing_is_talk_of_one(extractor, text, lang):
    assert _keys(extract(extractor, text, "2023-09-06", lang).events) == {
        ("announced", "memorandum", "2021-03-17", ("IN", "SA"))}


def test_the_agent_of_the_accords_participle_is_their_author_not_a_signer(extractor):
    text = "L'Arabie saoudite coopère avec la NASA. Le pays a adhéré le 16 juillet 2022 aux accords Artemis promus par Washington."
    assert not any(k[1] == "accords" and "US" in k[3] for k in _keys(extract(extractor, text, "2023-09-06").events))


def test_the_partner_preposition_names_a_party_under_the_agreements_topic(extractor):
    text = ("La France et le Vietnam ont signé lundi un accord intergouvernemental. Paris financera le satellite du "
            "Vietnam. Dès 2006, la VAST avait signé un accord-cadre de coopération dans les technologies spatiales avec "
            "l'Agence japonaise d'exploration aérospatiale (JAXA).")
    assert ("signed", "framework_agreement", "2006", ("JP", "VN")) in _keys(extract(extractor, text, "2013-05-08").events)


@pytest.mark.parametrize("body, state", [("LAPAN", "ID"), ("KACST", "SA"), ("NARSS", "EG"), ("TÜBİTAK", "TR")])
def test_national_bodies_outside_the_agency_list_are_their_states_sides(extractor, body, state):
    text = f"L'Agence spatiale italienne et la {body} ont signé un mémorandum d'entente en 2012."
    assert _keys(extract(extractor, text, "2013-05-08").events) == {("signed", "memorandum", "2012", tuple(sorted(("IT", state))))}


def test_the_united_nations_are_a_side_of_no_state(extractor):
    text = ("L'ONU signe un accord-cadre avec Rome. Le Bureau des affaires spatiales des Nations unies a signé lundi à "
            "Vienne un accord-cadre avec le gouvernement italien. Le Japon avait lancé avec lui en 2015 un programme "
            "de satellites, et la JAXA a mis ses modules à la disposition de pays en développement.")
    keys = _keys(extract(extractor, text, "2017-11-21").events)
    assert {k[3] for k in keys if k[1] == "framework_agreement"} == {("IT",)}


def test_a_reference_that_names_other_states_at_another_date_is_their_own_agreement(extractor):
    text = ("L'Estonie a signé mercredi à Darmstadt son accord d'adhésion à EUMETSAT. Membre d'EUMETSAT, elle siégera au "
            "Conseil d'EUMETSAT. La Lettonie avait signé son propre accord d'adhésion le 17 décembre 2008 à Darmstadt. "
            "Fin 2009, le Conseil d'EUMETSAT avait par ailleurs prolongé de deux ans l'accord d'État coopérant conclu "
            "avec la Bulgarie.")
    keys = _keys(extract(extractor, text, "2011-12-15").events)
    assert ("signed", "agreement", "2009", ("BG",)) in keys and ("signed", "agreement", "2008-12-17", ("LV",)) in keys
    # a reference named by its antecedent's year stays one, whatever parties the sentences have read so far
    text = ("La mission Apollo-Soyouz était l'enfant d'un accord intergouvernemental signé à Moscou le 24 mai 1972 par "
            "Richard Nixon et Alexeï Kossyguine. Le 18 mai 1977, Cyrus Vance et le ministre soviétique des Affaires "
            "étrangères Andreï Gromyko signent la reconduction pour cinq ans de l'accord de 1972.")
    keys = _keys(extract(extractor, text, "2005-07-17").events)
    assert {k[1] for k in keys if k[2] == "1977-05-18"} == {"intergovernmental_agreement"}


@pytest.mark.parametrize("text, lang", [
    ("Le CNES a signé un accord-cadre avec l'Éthiopie à Addis-Abeba le 13 mars 2019, et un autre avec le Kenya à "
     "Nairobi le lendemain.", "fr"),
    ("CNES signed a framework agreement with Ethiopia in Addis Ababa on March 13, 2019, and another one with Kenya in "
     "Nairobi the next day.", "en")])
def test_another_one_with_a_partner_is_a_new_agreement_of_the_same_kind(extractor, text, lang):
    keys = _keys(extract(extractor, text, "2019-06-01", lang).events)
    assert ("signed", "framework_agreement", "2019-03-14", ("FR", "KE")) in keys
    assert not any("KE" in k[3] and "ET" in k[3] for k in keys)


def test_a_date_opening_the_clause_after_a_colon_dates_it(extractor):
    text = ("Le CNES et l'agence thaïlandaise GISTDA ont signé lundi un accord. L'accord prolonge un rapprochement engagé "
            "l'an dernier : en 2015, les deux agences avaient signé une lettre d'intention pour développer leur "
            "coopération dans les applications spatiales.")
    assert ("signed", "letter_of_intent", "2015", ("FR", "TH")) in _keys(extract(extractor, text, "2016-09-06").events)


@pytest.mark.parametrize("text, lang", [
    ("L'Agence spatiale européenne a signé mardi à Rome avec Avio Sistemi, la filiale italienne du groupe allemand "
     "Thyssen, un contrat pour le lanceur.", "fr"),
    ("The European Space Agency signed a contract on Tuesday in Rome with Avio Sistemi, the Italian subsidiary of the "
     "German group Thyssen, for the launcher.", "en")])
def test_the_foreign_parent_of_a_subsidiary_is_no_side(extractor, text, lang):
    keys = _keys(extract(extractor, text, "2021-05-13", lang).events)
    assert {k[3] for k in keys if k[1] == "contract"} == {("ESA", "IT")}


def test_an_amount_before_a_relative_clause_defines_another_contract(extractor):
    text = ("L'ESA a signé jeudi à Paris avec OHB Italia le contrat de construction de Comet Interceptor. En 2020, "
            "l'agence avait signé à Brême le contrat de 129,4 millions d'euros qui confiait à OHB System la "
            "construction de Hera.")
    keys = _keys(extract(extractor, text, "2022-12-16").events)
    assert ("signed", "contract", "2020", ("DE", "ESA")) in keys
    assert ("signed", "contract", "2022-12-15", ("ESA", "IT")) in keys


def test_a_country_name_as_a_surname_is_no_state(extractor):
    text = ("Le contrat a été signé le 3 mai à Kourou par Jan Wörner, directeur général de l'ESA, et Stéphane Israël, "
            "président d'Arianespace.")
    result = extract(extractor, text, "2019-05-06")
    assert "IL" not in {m.norm for m in result.mentions if m.label == "COUNTRY"}
    assert "Stéphane Israël" in {m.norm for m in result.mentions if m.label == "PER"}
    # a title is no first name: "M. Israël" alone stays the state the rules read
    result = extract(extractor, "Le ministre a signé un accord avec Israël et M. Dupont.", "2019-05-06")
    assert "IL" in {m.norm for m in result.mentions if m.label == "COUNTRY"}


def test_an_undated_signing_where_the_lead_signing_was_held_is_of_that_occasion(extractor):
    text = ("Peru and Japan sign space memorandum\n\nLIMA, May 14 — Peru and Japan signed a memorandum on space "
            "cooperation in Lima on Tuesday during the prime minister's visit.\n\nThe memorandum was one of several "
            "documents signed in the presence of the two leaders after talks. The Peruvian space agency said it "
            "hoped for a satellite.\n\nIn Lima, the two governments also signed agreements on fisheries and on "
            "taxation. In 2012, the two countries had signed a treaty on investment.")
    keys = _keys(extract(extractor, text, "2019-05-15", "en").events)
    assert ("signed", "intergovernmental_agreement", "2019-05-14", ("JP", "PE")) in keys


@pytest.mark.parametrize("text, lang", [
    ("The United States and Peru have signed an agreement on satellite data, officials said. The agreement between "
     "the two governments was signed in Lima on Tuesday by the ambassador and the foreign minister.", "en"),
    ("Les États-Unis et le Pérou ont signé un accord sur les données satellitaires. L'accord entre les deux "
     "gouvernements a été signé mardi à Lima par l'ambassadeur et le ministre des Affaires étrangères.", "fr")])
def test_an_agreement_between_governments_names_the_one_it_refers_to(extractor, text, lang):
    keys = _keys(extract(extractor, text, "2019-05-16", lang).events)
    assert {k[1] for k in keys} == {"intergovernmental_agreement"}


def test_the_place_a_visit_leads_to_is_where_its_signing_was_held(extractor):
    text = "Canada signed a cooperation agreement with Peru in 2016 during a visit to Lima by its foreign minister."
    assert {e.location for e in extract(extractor, text, "2017-01-10", "en").events} == {"Lima"}


def test_a_possessive_opening_the_sentence_owns_its_agreement(extractor):
    text = ("Kenya and Italy sign space memorandum\n\nThe Kenya Space Agency and the Italian Space Agency signed a "
            "memorandum on Monday in Rome.\n\nThe Kenya Space Agency, created in 2017, has been building a network "
            "of partners. Its first agreement with a foreign agency was a memorandum with the Japan Aerospace "
            "Exploration Agency (JAXA), signed on May 3, 2019, by its director and JAXA's president.")
    keys = _keys(extract(extractor, text, "2021-06-09", "en").events)
    assert ("signed", "memorandum", "2019-05-03", ("JP", "KE")) in keys


def test_what_a_pluperfect_report_said_is_background(extractor):
    text = ("Le Chili et l'Inde signent un mémorandum sur l'espace\n\nLe Chili et l'Inde ont signé lundi à Santiago un "
            "mémorandum d'entente sur l'espace.\n\nDes sources diplomatiques chiliennes avaient indiqué la semaine "
            "dernière que les deux pays signeraient probablement un mémorandum sur l'espace.")
    keys = _keys(extract(extractor, text, "2021-09-08").events)
    assert {k[0] for k in keys} == {"signed"}


def test_an_aside_closing_the_sentence_does_not_date_the_signing(extractor):
    text = ("Italy and Kenya sign space memorandum\n\nNAIROBI — Italy and Kenya signed a space memorandum on Monday."
            "\n\nA few weeks before the launch of the satellite, at the Nairobi space forum in March 2019, Joseph Kamau "
            "Mwangi and Giulia Rossi Bianchi, then the Italian ambassador to Kenya and head of the Italian mission in "
            "Nairobi, reviewed the project, and the Kenyan minister signed a letter of intent with the Italian Space "
            "Agency on its part in the next forum, held in October 2020.")
    keys = _keys(extract(extractor, text, "2021-01-12", "en").events)
    assert not any(k[2] == "2020-10" for k in keys)


@pytest.mark.parametrize("text, lang", [
    ("Le Chili est membre associé de l'ESA depuis mardi. L'accord d'association conclu entre l'agence et le "
     "gouvernement chilien est entré en vigueur ce jour-là.\n\nConclu pour sept ans, le texte ouvre aux universités "
     "les programmes de l'agence.", "fr")])
def test_a_participle_with_the_agreements_term_tells_no_signing(extractor, text, lang):
    keys = _keys(extract(extractor, text, "2016-05-05", lang).events)
    assert keys and {k[0] for k in keys} == {"entered_into_force"}


def test_the_organisation_a_state_presides_is_no_side(extractor):
    text = ("ROME — Italy signed a space cooperation pact with Slovenia's government on Tuesday, ahead of Ljubljana "
            "taking over the rotating presidency of the Council of the European Union.")
    keys = _keys(extract(extractor, text, "2021-06-23", "en").events)
    assert {k[3] for k in keys} == {("IT", "SI")}


def test_a_specific_name_right_after_a_generic_agreement_names_it(extractor):
    text = ("U.S. Space Command and Peru sign data-sharing pact\n\nU.S. Space Command signed an agreement on Tuesday with "
            "Peru's defense ministry to share space situational awareness data.\n\nThe memorandum of understanding "
            "was signed by Air Force Maj. Gen. John D. Smith at the Space Symposium in Colorado Springs.")
    result = extract(extractor, text, "2022-04-07", "en")
    assert _keys(result.events) == {("signed", "memorandum", "2022-04-05", ("PE", "US"))}
    # the rank's period ends no sentence, and "Space Command" is no person
    assert {e.location for e in result.events} == {"Colorado Springs"}
    assert {m.norm for m in result.mentions if m.label == "PER"} == {"John D. Smith"}


def test_a_nationality_before_a_command_names_its_state(extractor):
    text = "U.S. Strategic Command signed an agreement with Peru on Tuesday to share tracking data."
    result = extract(extractor, text, "2022-04-07", "en")
    assert {k[3] for k in _keys(result.events)} == {("PE", "US")}
    assert not [m for m in result.mentions if m.label == "PER"]


def test_a_pronoun_subject_with_a_named_partner_is_the_side_named_before(extractor):
    text = ("Le Canada et le Kenya signent un mémorandum\n\nL'Agence spatiale canadienne et le Kenya ont signé mardi un "
            "mémorandum d'entente.\n\nCréée en 2017, l'agence kényane multiplie depuis les partenariats avec les grandes "
            "puissances spatiales. Elle a notamment conclu en juin 2019 un accord-cadre avec la NASA.")
    keys = _keys(extract(extractor, text, "2021-05-12").events)
    assert ("signed", "framework_agreement", "2019-06", ("KE", "US")) in keys


def test_statement_issued_after_the_lead_talks_is_of_that_day(extractor):
    """The talks or the visit the lead reports, referred to with nothing of their own, are that occasion."""
    english = ("NEW DELHI — India and Ghana signed a memorandum of understanding on space cooperation on Monday during "
               "the visit of the Ghanaian president.\n\nThe memorandum covers remote sensing and satellite training.\n\n"
               "In a joint statement issued after their talks, the two countries also pledged to work on disaster "
               "monitoring.")
    assert ("signed", "joint_statement", "2023-03-06", ("GH", "IN")) in _keys(
        extract(extractor, english, "2023-03-07", "en").events)


def test_perfect_with_already_is_not_today_news(extractor):
    """ "has already signed" / « a déjà signé »: a signing before the news, with no date of its own."""
    english = ("BRUSSELS — The European Commission and Peru signed an arrangement on Copernicus data on Monday.\n\n"
               "Brussels has already signed similar arrangements with Chile and Colombia.")
    keys = _keys(extract(extractor, english, "2023-03-07", "en").events)
    assert ("signed", "agreement", "", ("CL", "CO", "EU")) in keys
    french = ("La Commission européenne et le Pérou ont signé lundi à Bruxelles un arrangement sur les données de "
              "Copernicus.\n\nBruxelles a déjà signé des arrangements semblables avec le Chili et la Colombie.")
    keys = _keys(extract(extractor, french, "2023-03-07").events)
    assert ("signed", "agreement", "", ("CL", "CO", "EU")) in keys


def test_short_name_of_a_body_named_in_full_stands_for_it(extractor):
    """ "the Commission" once "the European Commission" is named is the EU; "the African Union Commission" is not."""
    text = ("BRUSSELS — Australia and the European Commission signed a Copernicus arrangement on Monday.\n\n"
            "On 16 October, the Commission signed a similar arrangement with the United States government. In "
            "2018, the African Union Commission signed a Copernicus arrangement with Kenya.")
    keys = _keys(extract(extractor, text, "2023-03-07", "en").events)
    assert ("signed", "agreement", "2022-10-16", ("EU", "US")) in keys
    assert not any(date == "2018" and "EU" in countries for _, _, date, countries in keys)


def test_state_hosting_the_meeting_is_no_side(extractor):
    """ "at a summit in Ireland": where the signing was held; "a visit to Malaysia" names the partner instead."""
    english = ("WASHINGTON — The United States and China signed a joint statement on GPS and BeiDou on Monday.\n\n"
               "Washington signed an agreement with the European Union on GPS and Galileo in June 2004, at a summit "
               "in Ireland.")
    keys = _keys(extract(extractor, english, "2017-12-05", "en").events)
    assert ("signed", "agreement", "2004-06", ("EU", "US")) in keys


def test_agreement_named_by_its_day_was_signed_then(extractor):
    """ « l'accord intergouvernemental du 28 novembre 2000 »: the day names the signing."""
    text = ("L'ASI et Roscosmos ont signé vendredi à Saint-Pétersbourg un mémorandum sur le projet GEOSAR.\n\n"
            "La coopération spatiale entre Rome et Moscou repose sur l'accord intergouvernemental du 28 novembre 2000 "
            "relatif à l'utilisation de l'espace à des fins pacifiques.")
    keys = _keys(extract(extractor, text, "2016-06-18").events)
    assert ("signed", "intergovernmental_agreement", "2000-11-28", ("IT", "RU")) in keys


def test_compound_nationality_split_by_the_tokenizer_names_two_states(extractor):
    """ "russo-kazakh" read as "russo", "-", "kazakh" still names Russia and Kazakhstan."""
    text = ("Moscou et Astana ont signé lundi deux documents sur le cosmodrome.\n\n"
            "Le second est un protocole qui modifie l'accord russo-kazakh du 23 décembre 1995 sur le statut de la "
            "ville de Baïkonour.")
    keys = _keys(extract(extractor, text, "2016-12-27").events)
    assert ("signed", "agreement", "1995-12-23", ("KZ", "RU")) in keys


def test_organisation_agreement_signed_in_a_capital_is_with_its_state(extractor):
    """An agreement with the ESA signed in Athens, no organisation's seat, is with Greece (not with the state the
    article names most)."""
    text = ("NICOSIA — Cyprus launched its first satellite on Tuesday. Cyprus and its operator celebrated the "
            "launch, and Cyprus plans a second one.\n\n"
            "The European Space Agency signed a cooperation agreement in Athens on Jan. 17, 2001.")
    keys = _keys(extract(extractor, text, "2003-05-14", "en").events)
    assert ("signed", "agreement", "2001-01-17", ("ESA", "GR")) in keys


def test_similar_agreements_in_the_perfect_are_not_of_the_news_day(extractor):
    """ "Rome has concluded similar ... agreements with China, Argentina and Russia": others of the kind, signed
    before the news."""
    text = ("WASHINGTON — Italy and the U.S. signed a space framework agreement in Washington on Tuesday.\n\n"
            "Rome has concluded similar government-to-government space agreements with China, Argentina and Russia.")
    keys = _keys(extract(extractor, text, "2013-03-20", "en").events)
    assert ("signed", "intergovernmental_agreement", "", ("AR", "CN", "IT", "RU")) in keys


def test_possessive_s_is_no_auxiliary(extractor):
    """ "a contract that TÜBİTAK's BİLTEN institute signed with ...": told in the past, not today's news."""
    text = ("YASNY — A Dnepr rocket launched Turkey's RASAT satellite on Wednesday.\n\n"
            "The launch went well. RASAT builds on BILSAT-1, a microsatellite built in Guildford under a contract that "
            "TÜBİTAK's BİLTEN institute signed with Britain's Surrey Satellite Technology Ltd (SSTL).")
    keys = _keys(extract(extractor, text, "2011-08-18", "en").events)
    assert ("signed", "contract", "", ("GB", "TR")) in keys


def test_hyphenated_pair_of_nationalities_on_an_actor_names_both(extractor):
    """ "the Russian-Ukrainian company": both states."""
    text = ("TÜBİTAK UZAY signed the launch contract for RASAT in August 2009 with ISC Kosmotras, the "
            "Russian-Ukrainian company that markets the Dnepr.")
    keys = _keys(extract(extractor, text, "2011-08-18", "en").events)
    assert ("signed", "contract", "2009-08", ("RU", "TR", "UA")) in keys


def test_compte_signer_read_as_a_noun_is_still_a_plan(extractor):
    """ « le CNES compte signer »: the parser reads « compte » as a noun; the signing is still to come."""
    text = ("MOSCOU — Le Centre national d'études spatiales (CNES) compte signer « dans les prochaines semaines » avec "
            "l'agence spatiale russe un accord de coopération en sciences spatiales, a indiqué lundi à Moscou son "
            "président.")
    keys = _keys(extract(extractor, text, "2016-06-25").events)
    assert ("planned", "agreement", "2016-06-20", ("FR", "RU")) in keys
    assert not any(action == "signed" for action, *_ in keys)


def test_be_to_before_the_verb_is_a_plan(extractor):
    """ "the two agencies are still to conclude flight agreements": not signed yet."""
    text = ("BERLIN — DLR and Roscosmos signed a framework agreement on Wednesday.\n\n"
            "It is an umbrella text: the two agencies are still to conclude flight agreements for the Bion-M missions.")
    keys = _keys(extract(extractor, text, "2010-06-10", "en").events)
    assert ("planned", "agreement", "2010-06-10", ("DE", "RU")) in keys
    assert not any(action == "signed" and kind == "agreement" for action, kind, *_ in keys)


def test_agreement_in_principle_reached_is_announced(extractor):
    """ "had reached an agreement in principle": settled, not signed; one signed in principle is signed."""
    english = ("MOSCOW — On Tuesday, a Roscosmos official said that Roscosmos and NASA had reached an agreement in "
               "principle on a year-long mission to the station.")
    keys = _keys(extract(extractor, english, "2012-10-03", "en").events)
    assert ("announced", "agreement", "2012-10-02", ("RU", "US")) in keys
    signed = ("MOSCOW — Roscosmos and NASA signed an agreement in principle on a year-long mission on Friday, "
              "after talks in Naples.")
    assert ("signed", "agreement", "2012-10-05", ("RU", "US")) in _keys(extract(extractor, signed, "2012-10-06", "en").events)


def test_parent_group_after_a_possessive_state_is_no_side(extractor):
    """ "OHB Sweden, the Swedish subsidiary of Germany's OHB group": neither Germany nor OHB is a side."""
    text = ("OHB Sweden, the Swedish subsidiary of Germany's OHB group, concluded a launch contract with the U.S. "
            "company Rocket Lab on Tuesday.")
    keys = _keys(extract(extractor, text, "2022-07-13", "en").events)
    assert ("signed", "contract", "2022-07-12", ("SE", "US")) in keys
    assert not any("DE" in countries for *_, countries in keys)


def test_compound_nationality_of_the_partner_firm_names_both_states(extractor):
    """ « avec la société franco-russe Starsem »: the partner firm is of both states."""
    text = ("L'Agence spatiale européenne (ESA) a signé lundi, au Salon du Bourget, le contrat de lancement de Mars "
            "Express avec la société franco-russe Starsem.")
    keys = _keys(extract(extractor, text, "1999-06-15").events)
    assert ("signed", "contract", "1999-06-14", ("ESA", "FR", "RU")) in keys
