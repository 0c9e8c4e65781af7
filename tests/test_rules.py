"""Rule files and rule families, on short texts written for these tests.

Rule-only cases use a blank French/English pipeline (milliseconds); cases that
need the parse or the model's persons use the real pipeline.
"""

from __future__ import annotations

import json
from importlib import resources as importlib_resources

import pycountry
import pytest
import spacy
from spacy.matcher import Matcher

from coopextract import resources
from coopextract.records import AGREEMENT_TYPES
from coopextract.resources import RULE_FAMILIES, load_rules

AGENCY_IDS = set(resources.agencies())
ALLOWED = {
    "AGENCY": AGENCY_IDS | {"@NATIONAL"},
    "AGREEMENT": set(AGREEMENT_TYPES) | {"@REF"},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("family", RULE_FAMILIES)
def test_rule_files_are_valid(lang, family):
    rules = load_rules(lang, family)
    assert rules
    matcher = Matcher(spacy.blank(lang).vocab, validate=True)
    seen = set()
    for rule in rules:
        key = (rule.label, json.dumps(rule.pattern, ensure_ascii=False))
        assert key not in seen, f"duplicate {rule.rule_id}"
        seen.add(key)
        if rule.label in ("COUNTRY", "CAPITAL", "NATIONALITY"):
            # a state of today, or a former one of ISO 3166-3 (the USSR, SU, for what it signed)
            assert pycountry.countries.get(alpha_2=rule.id) or pycountry.historic_countries.get(alpha_2=rule.id), rule.rule_id
        elif rule.label in ALLOWED:
            assert rule.id in ALLOWED[rule.label], rule.rule_id
        elif rule.label == "MISSION":
            assert rule.id.strip(), rule.rule_id
        elif rule.label == "SEAT":
            # a city for an organisation seated there: the organisation's name, a side of its own
            assert resources.load_json("company_states.json")["states"].get(rule.id), rule.rule_id
        elif rule.label in ("LOC", "ORG"):
            assert rule.id == rule.pattern, rule.rule_id  # a place or an organisation keeps its name as written
        else:
            assert rule.label == "_EXCLUDE", rule.rule_id
        if not isinstance(rule.pattern, str):
            matcher.add(rule.rule_id, [list(rule.pattern)])


def test_every_agency_has_patterns_in_both_languages():
    for lang in ("fr", "en"):
        ids = {r.id for r in load_rules(lang, "agencies")}
        assert AGENCY_IDS <= ids, AGENCY_IDS - ids


def test_country_file_is_what_the_build_script_makes():
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_country_resources.py"
    spec = importlib.util.spec_from_file_location("build_country_resources", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for lang in ("fr", "en"):
        shipped = (importlib_resources.files("coopextract") / "resources" / lang / "countries.jsonl").read_text("utf-8")
        assert shipped == module.render(lang), f"run scripts/build_country_resources.py ({lang})"


def test_malformed_rule_line_is_rejected(tmp_path, monkeypatch):
    bad = tmp_path / "resources" / "fr"
    bad.mkdir(parents=True)
    (bad / "agencies.jsonl").write_text('{"label": "AGENCY", "pattern": "X", "id": "NASA", "extra": 1}\n')
    monkeypatch.setattr(resources, "_root", lambda: tmp_path / "resources")
    load_rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="exactly the keys"):
            load_rules("fr", "agencies")
    finally:
        load_rules.cache_clear()


def ents(nlp, text):
    return [(e.text, e.label_, e._.norm) for e in nlp(text).ents]


FRENCH_RULES = [
    ("Le Centre national d'études spatiales a signé.", [("Centre national d'études spatiales", "AGENCY", "CNES")]),
    ("L'agence spatiale russe Roskosmos et la CNSA.", [("agence spatiale russe", "AGENCY", "Roscosmos"),
                                                       ("Roskosmos", "AGENCY", "Roscosmos"), ("CNSA", "AGENCY", "CNSA")]),
    ("L'Agence spatiale canadienne (ASC) participe.", [("Agence spatiale canadienne", "AGENCY", "CSA"), ("ASC", "AGENCY", "CSA")]),
    ("L'Organisation indienne de recherche spatiale a lancé.", [("Organisation indienne de recherche spatiale", "AGENCY", "ISRO")]),
    ("Pékin et Moscou ont signé.", [("Pékin", "COUNTRY", "CN"), ("Moscou", "COUNTRY", "RU")]),
    ("Le forum s'est tenu à Pékin.", [("Pékin", "LOC", "Pékin")]),
    ("les agences spatiales indienne et japonaise", [("indienne", "COUNTRY", "IN"), ("japonaise", "COUNTRY", "JP")]),
    ("la mission russe vers la Lune", []),
    ("l'Inde et les Émirats arabes unis", [("Inde", "COUNTRY", "IN"), ("Émirats arabes unis", "COUNTRY", "AE")]),
    ("la sonde Chang'e-7 et Chang’e 6", [("Chang'e-7", "MISSION", "Chang'e-7"), ("Chang’e 6", "MISSION", "Chang'e-6")]),
    ("l'orbiteur Louna-Ressours-1 (Louna-26)", [("Louna-Ressours-1", "MISSION", "Luna-26"), ("Louna-26", "MISSION", "Luna-26")]),
    ("la station internationale de recherche lunaire", [("station internationale de recherche lunaire", "MISSION", "ILRS")]),
    ("un accord-cadre et une lettre d'intention", [("accord-cadre", "AGREEMENT", "framework_agreement"),
                                                   ("lettre d'intention", "AGREEMENT", "letter_of_intent")]),
    ("un protocole d'accord", [("protocole d'accord", "AGREEMENT", "memorandum")]),
    # plurals of the multi-word names, not the bare noun plus a generic "entente" / "accord"
    ("deux mémorandums d'entente", [("mémorandums d'entente", "AGREEMENT", "memorandum")]),
    ("deux protocoles d'accord", [("protocoles d'accord", "AGREEMENT", "memorandum")]),
    ("des arrangements de mise en œuvre", [("arrangements de mise en œuvre", "AGREEMENT", "agreement")]),
    # a technology safeguards agreement is always one between governments (the US model text)
    ("un accord de garanties technologiques", [("accord de garanties technologiques", "AGREEMENT", "intergovernmental_agreement")]),
    # the Pentagon stands for the US government, like the White House; "au Pentagone" is a place
    ("Le Pentagone et Séoul ont signé un mémorandum.", [("Pentagone", "COUNTRY", "US"), ("Séoul", "COUNTRY", "KR"),
                                                          ("mémorandum", "AGREEMENT", "memorandum")]),
    # a joint programme the governments adopt is a cooperation programme (plural "programmes communs" are activities)
    ("En 1999, Moscou et Minsk avaient adopté un premier programme commun.",
     [("Moscou", "COUNTRY", "RU"), ("Minsk", "COUNTRY", "BY"),
      ("programme commun", "AGREEMENT", "cooperation_programme")]),
    # a nationality an article makes a noun names the firm after it; a language names nothing
    ("Le DLR a signé avec l'américain Sierra Nevada Corporation.",
     [("DLR", "AGENCY", "DLR"), ("américain", "COUNTRY", "US"), ("Sierra Nevada Corporation", "ORG", "Sierra Nevada Corporation")]),
    ("Le texte est rédigé en russe et en anglais, et le russe fait foi.", []),
    # other French names of a technology safeguards agreement, and the English one quoted in French
    ("un accord sur la protection mutuelle des technologies",
     [("accord sur la protection mutuelle des technologies", "AGREEMENT", "intergovernmental_agreement")]),
    ("un accord de protection des technologies (Technology Safeguards Agreement)",
     [("accord de protection des technologies", "AGREEMENT", "intergovernmental_agreement"),
      ("Technology Safeguards Agreement", "AGREEMENT", "intergovernmental_agreement")]),
    ("la France a rejoint les accords Artemis", [("France", "COUNTRY", "FR"), ("accords Artemis", "AGREEMENT", "accords")]),
    ("ils ont décidé d'un commun accord", []),
    # numbered series by pattern, whatever the number and the spelling
    ("les sondes Chang'e-11 et Chang’e 12", [("Chang'e-11", "MISSION", "Chang'e-11"), ("Chang’e 12", "MISSION", "Chang'e-12")]),
    ("la mission Louna-31 puis Luna 32", [("Louna-31", "MISSION", "Luna-31"), ("Luna 32", "MISSION", "Luna-32")]),
    ("le satellite CBERS-4A", [("CBERS-4A", "MISSION", "CBERS-4A")]),
    ("la mission Artemis IV", [("Artemis IV", "MISSION", "Artemis IV")]),
    # a name introduced by a mission noun, as written
    ("la sonde japonaise Kaguya-3 et l'orbiteur lunaire Pathfinder", [("Kaguya-3", "MISSION", "Kaguya-3"),
                                                                      ("Pathfinder", "MISSION", "Pathfinder")]),
    ("la mission de la NASA vers Mars", [("NASA", "AGENCY", "NASA")]),
    # spaceports are places, whatever the model thinks
    ("un lancement depuis Baïkonour", [("Baïkonour", "LOC", "Baïkonour")]),
    # a launch vehicle is not a mission; a numbered flight of it is
    ("le lanceur Soyouz et la capsule Soyouz MS-22", [("Soyouz MS-22", "MISSION", "Soyuz MS-22")]),
    # a numbered name that is another name of a known mission
    ("la mission Chandrayaan-5", [("Chandrayaan-5", "MISSION", "LUPEX")]),
    # companies are organisations, not persons or missions
    ("un contrat avec Glavkosmos et Arianespace", [("contrat", "AGREEMENT", "contract"), ("Glavkosmos", "ORG", "Glavkosmos"),
                                                   ("Arianespace", "ORG", "Arianespace")]),
    # national space bodies outside the agency list are organisations (their state is a party's)
    ("la CONAE et l'ASES", [("CONAE", "ORG", "CONAE"), ("ASES", "ORG", "ASES")]),
    # nationality adjectives of states beyond the usual space powers
    ("le gouvernement algérien et l'agence spatiale philippine", [("algérien", "COUNTRY", "DZ"), ("philippine", "COUNTRY", "PH")]),
    # a second number keeps the first one's name
    ("les satellites radar SAOCOM 1A et 1B", [("SAOCOM 1A", "MISSION", "SAOCOM 1A"), ("1B", "MISSION", "SAOCOM 1B")]),
    # a name set off before an indefinite mission noun
    ("a placé sur orbite Kowsar, un satellite d'imagerie, et Hodhod, un petit satellite de télécommunications",
     [("Kowsar", "MISSION", "Kowsar"), ("Hodhod", "MISSION", "Hodhod")]),
    ("un programme exécutif de coopération", [("programme exécutif de coopération", "AGREEMENT", "cooperation_programme")]),
    ("La République tchèque a signé", [("République tchèque", "COUNTRY", "CZ")]),
    # "son accord" is consent; "son accord d'association" an agreement
    ("il a donné son accord", []),
    ("signé sans leur accord", []),
    ("l'ESA a suspendu son accord avec Roscosmos", [("ESA", "AGENCY", "ESA"), ("accord", "AGREEMENT", "agreement"),
                                                  ("Roscosmos", "AGENCY", "Roscosmos")]),
    ("son accord d'association avec l'ESA", [("accord d'association", "AGREEMENT", "agreement"), ("ESA", "AGENCY", "ESA")]),
    ("deux déclarations communes", [("déclarations communes", "AGREEMENT", "joint_statement")]),
    ("une déclaration politique commune", [("déclaration politique commune", "AGREEMENT", "joint_statement")]),
    ("une déclaration de principes", [("déclaration de principes", "AGREEMENT", "joint_statement")]),
    # East Germany keeps its withdrawn ISO code, as the USSR does (West Germany is Germany)
    ("la RDA et la RFA", [("RDA", "COUNTRY", "DD"), ("RFA", "COUNTRY", "DE")]),
    ("l'accord de libre-échange", [("accord de libre-échange", "AGREEMENT", "agreement")]),
    # an amendment is of the type of what it amends
    ("un avenant de 164 millions d'euros au contrat", [("avenant", "AGREEMENT", "contract"), ("contrat", "AGREEMENT", "contract")]),
    # a first name that is also a country's short name names no country
    ("signé par Salvador Landeros Ayala au nom d'El Salvador", [("El Salvador", "COUNTRY", "SV")]),
    # short names the ISO French names miss or were held back for
    ("le Chili, le Myanmar, le Vietnam et la Syrie ont signé", [
        ("Chili", "COUNTRY", "CL"), ("Myanmar", "COUNTRY", "MM"), ("Vietnam", "COUNTRY", "VN"), ("Syrie", "COUNTRY", "SY")]),
    # a crewed Soyuz flight is numbered after a space; "Soyouz-2" is the launcher and a bare « Soyouz » the craft type
    ("le vol Soyouz 28, la capsule Soyouz et le lanceur Soyouz-2", [("Soyouz 28", "MISSION", "Soyuz 28")]),
    ("la station Saliout 6 puis Saliout-7", [("Saliout 6", "MISSION", "Salyut 6"), ("Saliout-7", "MISSION", "Salyut 7")]),
    # a nationality on an actor noun the tokenizer split at its hyphen
    ("un accord avec la start-up sud-coréenne", [("accord", "AGREEMENT", "agreement"), ("sud-coréenne", "COUNTRY", "KR")]),
    # the biosatellite series and their numbered flights
    ("le Bion-M2, Bion 12 et le programme Bion, le Foton-M4", [
        ("Bion-M2", "MISSION", "Bion-M2"), ("Bion 12", "MISSION", "Bion 12"), ("Bion", "MISSION", "Bion"),
        ("Foton-M4", "MISSION", "Foton-M4")]),
    # national satellites named with "-sat" and a number, whatever the list knows; not the operator alone
    ("les satellites NigComSat-1R, Türksat 5A et EgyptSat-A, mais pas Eutelsat", [
        ("NigComSat-1R", "MISSION", "NigComSat-1R"), ("Türksat 5A", "MISSION", "Türksat 5A"),
        ("EgyptSat-A", "MISSION", "EgyptSat-A"), ("Eutelsat", "ORG", "Eutelsat")]),
    ("la navette Columbia", [("Columbia", "MISSION", "Columbia")]),
    # the canonical English names of the two great telescopes
    ("le télescope James Webb et Hubble", [("James Webb", "MISSION", "James Webb Space Telescope"),
                                          ("Hubble", "MISSION", "Hubble Space Telescope")]),
    # the press writes the acronym as a word
    ("la sonde Juice et la mission JUICE", [("Juice", "MISSION", "JUICE"), ("JUICE", "MISSION", "JUICE")]),
]


@pytest.mark.parametrize("text,expected", FRENCH_RULES)
def test_french_rules(blank_fr, text, expected):
    assert ents(blank_fr, text) == expected


ENGLISH_RULES = [
    ("Officials from the Pentagon and Britain signed it.", [("Pentagon", "COUNTRY", "US"), ("Britain", "COUNTRY", "GB")]),
    # "Korea" alone is South Korea in the press; the North is named as such
    ("Korea's minister met his North Korean counterpart.", [("Korea", "COUNTRY", "KR"), ("North Korean", "COUNTRY", "KP")]),
    # the seat of the EU stands for Belgium in an article about Belgium that names the EU nowhere else
    ("Belgium signed a memorandum with China, a first step toward what Brussels hopes will become a satellite.",
     [("Belgium", "COUNTRY", "BE"), ("memorandum", "AGREEMENT", "memorandum"), ("China", "COUNTRY", "CN"),
      ("Brussels", "COUNTRY", "BE")]),
    ("Belgium backs the European Union's plan, which Brussels adopted.",
     [("Belgium", "COUNTRY", "BE"), ("European Union", "ORG", "European Union"), ("Brussels", "ORG", "European Union")]),
    ("East Germany and West Germany", [("East Germany", "COUNTRY", "DD"), ("West Germany", "COUNTRY", "DE")]),
    # a shuttle's name comes after the noun, unlike most English mission names
    ("the shuttle Discovery and space shuttle Columbia", [("Discovery", "MISSION", "Discovery"),
                                                          ("Columbia", "MISSION", "Columbia")]),
    ("Ariel 1, the first British satellite", [("Ariel 1", "MISSION", "Ariel 1")]),
    ("Russia's Foton-M and Bion-M satellites, then Foton-M3", [("Russia", "COUNTRY", "RU"),
        ("Foton-M", "MISSION", "Foton-M"), ("Bion-M", "MISSION", "Bion-M"), ("Foton-M3", "MISSION", "Foton-M3")]),
    # a territory that is no state is no COUNTRY
    ("the University of Hong Kong and Macao", []),
    ("an antenna on the Cocos (Keeling) Islands, a station on Guam and a radar in Greenland", []),
    ("a declaration of principles and a Statement of Principles", [
        ("declaration of principles", "AGREEMENT", "joint_statement"),
        ("Statement of Principles", "AGREEMENT", "joint_statement")]),
    # a capital before "-based" is where something is, not the government
    ("the Paris-based agency said", [("Paris", "LOC", "Paris")]),
    # a charter one subscribes to (ESA's PECS charter) is no agreement (gold 349, 413)
    ("the agency subscribed to the charter of the plan", []),
    # a sea named after a state is a place, not that state
    ("navigation in the South China Sea", [("South China Sea", "LOC", "South China Sea")]),
    ("a Technology Safeguards Agreement", [("Technology Safeguards Agreement", "AGREEMENT", "intergovernmental_agreement")]),
    # numbered satellite series
    ("GSAT-24 and RAISE-4 with JPSS-2", [("GSAT-24", "MISSION", "GSAT-24"), ("RAISE-4", "MISSION", "RAISE-4"),
                                         ("JPSS-2", "MISSION", "JPSS-2")]),
    # a company's suffix after a mission noun names no mission
    ("the operator Nigerian Communications Satellite Ltd", [("Nigerian", "COUNTRY", "NG")]),
    # "U.S." is the country where nothing it could qualify follows, the adjective before a noun
    ("Japan signed with the U.S. on Monday", [("Japan", "COUNTRY", "JP"), ("U.S.", "COUNTRY", "US")]),
    ("the US-led accords", []),
    # a nationality counts on a company or an institute as on an agency
    ("signed with the American company SpaceX", [("American", "COUNTRY", "US"), ("SpaceX", "ORG", "SpaceX")]),
    ("the Indian Space Research Organisation said", [("Indian Space Research Organisation", "AGENCY", "ISRO")]),
    ("Beijing and Moscow signed", [("Beijing", "COUNTRY", "CN"), ("Moscow", "COUNTRY", "RU")]),
    ("signed in Washington", [("Washington", "LOC", "Washington")]),
    ("the International Lunar Research Station", [("International Lunar Research Station", "MISSION", "ILRS")]),
    ("a memorandum of understanding and a letter of intent", [("memorandum of understanding", "AGREEMENT", "memorandum"),
                                                             ("letter of intent", "AGREEMENT", "letter_of_intent")]),
    ("India signed the Artemis Accords", [("India", "COUNTRY", "IN"), ("Artemis Accords", "AGREEMENT", "accords")]),
    ("the Russian and Chinese space agencies", [("Russian", "COUNTRY", "RU"), ("Chinese", "COUNTRY", "CN")]),
    ("the Lunar Pathfinder orbiter and Japan's Tsukimi lander", [("Lunar Pathfinder", "MISSION", "Lunar Pathfinder"),
     ("Japan", "COUNTRY", "JP"), ("Tsukimi", "MISSION", "Tsukimi")]),
    ("Tianwen-5 and Chandrayaan-6", [("Tianwen-5", "MISSION", "Tianwen-5"), ("Chandrayaan-6", "MISSION", "Chandrayaan-6")]),
    # a name apposed to a mission noun, hyphenated
    ("a cubesat, K-RadCube, to ride on it", [("K-RadCube", "MISSION", "K-RadCube")]),
    ("signed at the Zhuhai airshow", [("Zhuhai", "LOC", "Zhuhai")]),
]


def test_two_names_joined_after_a_mission_noun(blank_fr):
    found = ents(blank_fr, "leurs satellites radar COSMO-SkyMed et ALOS-4 échangeront des données")
    assert [(t, label) for t, label, _ in found] == [("COSMO-SkyMed", "MISSION"), ("ALOS-4", "MISSION")]


def test_a_reference_back_skips_the_whitespace_of_paragraph_breaks(nlp_en):
    doc = nlp_en("Australia signed an agreement with NASA.\n\nThe agreement was signed on Tuesday. The rover will fly. "
                 "Officials said so.\n\nThe deal builds on a framework agreement that the two governments signed in 2010.")
    assert [e._.norm for e in doc.ents if e.label_ == "AGREEMENT"] == [
        "agreement", "agreement", "agreement", "framework_agreement"]


@pytest.mark.parametrize("text,expected", ENGLISH_RULES)
def test_english_rules(blank_en, text, expected):
    assert ents(blank_en, text) == expected


def test_references_take_the_type_they_refer_to(blank_fr):
    doc = blank_fr("Les deux pays ont signé un accord-cadre. Le document entre en vigueur demain.")
    agreements = [(e.text, e._.norm) for e in doc.ents if e.label_ == "AGREEMENT"]
    assert agreements == [("accord-cadre", "framework_agreement"), ("Le document", "framework_agreement")]


@pytest.mark.parametrize("text,lang,country", [
    ("L'agence spatiale italienne a signé.", "fr", "IT"),
    ("The Indian Space Research Organisation signed.", "en", "IN"),
    ("The UK Space Agency signed.", "en", "GB"),
])
def test_country_word_inside_an_agency_name(text, lang, country, request):
    nlp = request.getfixturevalue(f"blank_{lang}")
    (agency,) = [e for e in nlp(text).ents if e.label_ == "AGENCY"]
    assert agency._.country_word[2] == country


def test_european_agency_names_no_state(blank_fr):
    (agency,) = blank_fr("L'Agence spatiale européenne a signé.").ents
    assert agency._.country_word is None


@pytest.mark.parametrize("text,expected", [
    ("Les gouvernements indien et japonais ont signé un accord.", "intergovernmental_agreement"),
    ("Le gouvernement indien et le gouvernement japonais ont signé un accord.", "intergovernmental_agreement"),
    ("Un accord a été signé en marge de la rencontre des chefs de gouvernement.", "agreement"),
    ("La NASA et le gouvernement japonais ont signé un accord.", "agreement"),
])
def test_intergovernmental_only_between_governments(blank_fr, text, expected):
    assert [e._.norm for e in blank_fr(text).ents if e.label_ == "AGREEMENT"] == [expected]


def test_plural_reference_takes_the_type_named_like_it(blank_en):
    doc = blank_en("Brazil signed the Artemis Accords. It had signed a letter of intent earlier. "
                   "Peru signed the accords in May.")
    assert [e._.norm for e in doc.ents if e.label_ == "AGREEMENT"] == ["accords", "letter_of_intent", "accords"]


def test_bare_agreement_between_governments(blank_fr):
    doc = blank_fr("Les gouvernements indien et français ont conclu un accord sur l'espace.")
    assert [e._.norm for e in doc.ents if e.label_ == "AGREEMENT"] == ["intergovernmental_agreement"]


def test_national_agency_from_context(nlp_fr):
    doc = nlp_fr("Le président brésilien a chargé l'agence spatiale de son pays de négocier un accord.")
    assert ("AGENCY", "AEB") in [(e.label_, e._.norm) for e in doc.ents]


def test_rules_override_the_model(nlp_fr):
    doc = nlp_fr("Conforme aux attentes, Roskosmos a signé avec la CNSA.")
    labels = {e.text: (e.label_, e._.rule_id != "") for e in doc.ents}
    assert labels["Roskosmos"] == ("AGENCY", True)
    assert "Conforme" not in labels


def test_rule_id_traces_the_match(blank_fr):
    (ent,) = blank_fr("la NASA").ents
    assert ent._.rule_id.startswith("fr/agencies:")


def test_every_company_state_names_a_listed_organisation_and_a_state():
    states = resources.load_json("company_states.json")["states"]
    for lang in ("fr", "en"):
        organisations = {r.id for r in load_rules(lang, "organisations")}
        assert set(states) <= organisations, set(states) - organisations
    # a state, the European Union (EU, as the event model has it), or "" for a side of no one state: an
    # international body (the African Space Agency) or a multinational maker named without a nationality
    assert all(pycountry.countries.get(alpha_2=code) or code == "EU" for code in states.values() if code)
    assert {name for name, code in states.items() if not code} == {
        "AfSA", "African Space Agency", "Agence spatiale africaine", "EUMETSAT", "Eumetsat",
        "European Organisation for the Exploitation of Meteorological Satellites",
        "Organisation européenne pour l'exploitation des satellites météorologiques", "Arabsat",
        "Airbus", "Airbus Defence and Space", "Airbus DS", "EADS Astrium", "Astrium", "Astrium Satellites",
        "UNOOSA", "United Nations Office for Outer Space Affairs", "Bureau des affaires spatiales des Nations unies",
        "Office des Nations unies pour les affaires spatiales", "ONU", "Organisation des Nations unies", "Nations unies",
        "United Nations", "UN", "Commission de l'Union africaine", "Commission de l’Union africaine",
        "Commission de l'UA", "Commission de l’UA", "Union africaine", "African Union Commission", "AU Commission",
        "African Union"}
    # the international organisations among them (the lone side of an article about one takes no other state)
    international = set(resources.load_json("company_states.json")["international_bodies"])
    assert international <= {name for name, code in states.items() if not code}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_token_patterns_matched_as_phrases_match_like_the_matcher(lang):
    """Plain token patterns go to a PhraseMatcher for speed: same matches, same order, as spaCy's Matcher."""
    from coopextract.nlp.entity_ruler import CoopEntityRuler

    nlp = spacy.blank(lang)
    ruler = CoopEntityRuler(nlp, lang=lang)
    reference = Matcher(nlp.vocab, validate=True)
    pieces = []
    for family in RULE_FAMILIES:
        for rule in load_rules(lang, family):
            if not isinstance(rule.pattern, str):
                reference.add(rule.rule_id, [list(rule.pattern)])
                values = [next(iter(token.values())) for token in rule.pattern if isinstance(token, dict) and token]
                # an IN list: its first and its last word
                for pick in (0, -1):
                    words = [v if isinstance(v, str) else v["IN"][pick] for v in values
                             if isinstance(v, str) or (isinstance(v, dict) and "IN" in v)]
                    pieces += [" ".join(words), "".join(words), " ".join(w.upper() for w in words),
                               " ".join(w.title() for w in words)]
    texts = [" ; ".join(pieces), " ".join(pieces[::-1]), "le CSA et la csa , TUA tua Change - 1 CHANGE-1 accord - cadre"]
    for text in texts:
        doc = nlp(text)
        ours = [*ruler.token_phrases["LOWER"](doc), *ruler.token_phrases["ORTH"](doc)]
        ours += ruler.matcher(doc) if len(ruler.matcher) else []
        ours.sort(key=lambda m: (m[2], m[1], ruler._token_order[m[0]]))
        assert ours == list(reference(doc))


@pytest.mark.parametrize("text,expected", [
    ("président de la République Emmanuel Macron", ""),  # a function's complement, not a name
    ("ministre des Affaires étrangères", ""),
    ("M. de Villepin", "de Villepin"),  # after an honorific, a lowercase particle begins a name
    ("directeur général Iouri Borissov", "Iouri Borissov"),
])
def test_titles_are_stripped_from_person_names(blank_fr, text, expected):
    assert blank_fr.get_pipe("coop_entity_ruler").clean_person(text) == expected


def test_a_name_apposed_after_a_noun_and_its_modifiers(blank_fr):
    found = ents(blank_fr, "le lancement du premier satellite italien, San Marco 1, en 1964")
    assert ("San Marco 1", "MISSION", "San Marco 1") in found


def test_a_similar_agreement_takes_the_type_of_the_one_before(blank_fr):
    found = ents(blank_fr, "un protocole d'entente avec l'ASI, puis un protocole semblable avec l'UKSA")
    assert [(text, norm) for text, label, norm in found if label == "AGREEMENT"] == [
        ("protocole d'entente", "memorandum"), ("protocole", "memorandum")]
