"""The reviewed lexicon data files, read as plain YAML (independent of the loader).

countries.yaml, groups.yaml, organizations.yaml, institutions.yaml: coverage of the UN
members, one country per name, valid ISO codes, unique acronyms and names, and spot checks
of the cases news copy gets wrong.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

LEXICONS = Path(__file__).resolve().parents[2] / "dateline" / "lexicons"

# ISO 3166-1 entries that are neither UN members nor listed on purpose: dependent
# territories and uninhabited areas.
TERRITORIES = frozenset(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM FLK FRO GGY GIB GLP GRL "
    "GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS "
    "SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF".split()
)
# States or disputed entities that are not UN members but take part in the news.
NON_MEMBERS = frozenset({"PSE", "VAT", "TWN", "ESH", "XKX"})
ISO3 = frozenset(c.alpha_3 for c in pycountry.countries)
VALID_CODES = ISO3 | {"XKX"}
UN_MEMBERS = ISO3 - TERRITORIES - NON_MEMBERS
FIELDS = ("names", "demonyms", "capitals")


def _load(name: str) -> Any:
    with (LEXICONS / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


COUNTRIES: dict[str, dict[str, list[str]]] = {
    k: v for k, v in _load("countries.yaml").items() if not k.startswith("_")
}
AMBIGUOUS: list[str] = _load("countries.yaml").get("_ambiguous", [])
GROUPS: dict[str, dict[str, Any]] = _load("groups.yaml")
ORGS: dict[str, dict[str, Any]] = _load("organizations.yaml")
INSTITUTIONS: dict[str, list[dict[str, Any]]] = _load("institutions.yaml")


def _country_index() -> dict[str, set[str]]:
    """casefolded name/demonym/capital → the countries it is listed under."""
    index: dict[str, set[str]] = defaultdict(set)
    for code, entry in COUNTRIES.items():
        for field in FIELDS:
            for term in entry[field]:
                index[term.casefold()].add(code)
    return dict(index)


COUNTRY_INDEX = _country_index()


def _lookup(term: str) -> set[str]:
    return COUNTRY_INDEX.get(term.casefold(), set())


# --- countries.yaml -------------------------------------------------------------------


def test_un_member_list_is_the_193() -> None:
    assert len(UN_MEMBERS) == 193


def test_every_un_member_state_has_a_name_and_a_demonym() -> None:
    missing = sorted(UN_MEMBERS - COUNTRIES.keys())
    assert not missing, f"UN members without an entry: {missing}"
    for code in UN_MEMBERS:
        assert COUNTRIES[code]["names"], code
        assert COUNTRIES[code]["demonyms"], code


def test_non_members_in_the_news_are_listed() -> None:
    assert NON_MEMBERS <= COUNTRIES.keys()
    assert len(COUNTRIES) >= 193


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_country_entry_shape(code: str) -> None:
    assert code in VALID_CODES
    entry = COUNTRIES[code]
    assert set(entry) == set(FIELDS), code
    for field in FIELDS:
        terms = entry[field]
        assert isinstance(terms, list), (code, field)
        assert all(isinstance(t, str) and t and t == t.strip() for t in terms), (code, field)
        assert len({t.casefold() for t in terms}) == len(terms), (code, field, "duplicate")


def test_no_term_names_two_countries_unless_marked_ambiguous() -> None:
    allowed = {t.casefold() for t in AMBIGUOUS}
    clashes = {t: sorted(c) for t, c in COUNTRY_INDEX.items() if len(c) > 1 and t not in allowed}
    assert not clashes, clashes


def test_ambiguous_terms_really_are_listed_under_several_countries() -> None:
    for term in AMBIGUOUS:
        assert len(_lookup(term)) >= 2, term


@pytest.mark.parametrize(
    ("term", "code"),
    [
        ("Kazakh", "KAZ"),
        ("Kazakhstani", "KAZ"),
        ("Azeri", "AZE"),
        ("Emirati", "ARE"),
        ("Saudi", "SAU"),
        ("American", "USA"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Islamic Republic of Iran", "IRN"),
        ("Republic of Korea", "KOR"),
        ("DPRK", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Nur-Sultan", "KAZ"),
        ("Astana", "KAZ"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Kremlin", "RUS"),
        ("White House", "USA"),
        ("Downing Street", "GBR"),
        ("Beijing", "CHN"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Czech Republic", "CZE"),
        ("Burma", "MMR"),
        ("Swaziland", "SWZ"),
        ("Macedonia", "MKD"),
        ("Holy See", "VAT"),
        ("DRC", "COD"),
        ("Congolese", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Republic of the Congo", "COG"),
        ("Guinean", "GIN"),
        ("Bissau-Guinean", "GNB"),
        ("Equatorial Guinean", "GNQ"),
        ("Dominican", "DOM"),
        ("Dominica", "DMA"),
        ("Georgian", "GEO"),
        ("Filipino", "PHL"),
        ("Philippine", "PHL"),
        ("Dutch", "NLD"),
        ("Swiss", "CHE"),
        ("Belarusian", "BLR"),
        ("Moldovan", "MDA"),
        ("Ukrainian", "UKR"),
        ("Uzbek", "UZB"),
        ("Kyrgyz", "KGZ"),
        ("Tajik", "TJK"),
        ("Turkmen", "TKM"),
        ("Omani", "OMN"),
        ("Qatari", "QAT"),
        ("Bahraini", "BHR"),
        ("Kuwaiti", "KWT"),
        ("Kosovo", "XKX"),
        ("Palestinian", "PSE"),
    ],
)
def test_spot_checks(term: str, code: str) -> None:
    assert _lookup(term) == {code}


@pytest.mark.parametrize("term", ["Chad", "Persian", "Male", "Pole", "Kiwi"])
def test_common_words_are_not_demonyms_or_capitals(term: str) -> None:
    for code, entry in COUNTRIES.items():
        assert term.casefold() not in {
            t.casefold() for t in entry["demonyms"] + entry["capitals"]
        }, code


def test_congo_is_ambiguous_and_korea_is_not() -> None:
    assert _lookup("Congo") == {"COD", "COG"}
    assert _lookup("Korea") == {"KOR"}


# --- groups.yaml ----------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(GROUPS))
def test_group_entry_shape(key: str) -> None:
    group = GROUPS[key]
    assert (
        {"name", "names", "members"}
        <= group.keys()
        <= {"name", "names", "members", "org_members", "note"}
    )
    assert group["names"] and group["members"]
    assert all(m in VALID_CODES for m in group["members"]), key
    assert len(set(group["members"])) == len(group["members"]), key
    assert all(o in ORGS for o in group.get("org_members", [])), key


def test_group_names_are_unique_across_groups() -> None:
    seen: dict[str, str] = {}
    for key, group in GROUPS.items():
        for name in group["names"]:
            assert seen.setdefault(name.casefold(), key) == key, (name, seen[name.casefold()], key)


@pytest.mark.parametrize(
    ("phrase", "members"),
    [
        ("Caspian littoral states", {"AZE", "IRN", "KAZ", "RUS", "TKM"}),
        ("Five Central Asian countries", {"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
        ("C5", {"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
        ("South Caucasus", {"ARM", "AZE", "GEO"}),
        ("Turkic states", {"AZE", "KAZ", "KGZ", "TUR", "UZB"}),
        ("G7 countries", {"CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"}),
        ("Gulf states", {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}),
        ("Nordic countries", {"DNK", "FIN", "ISL", "NOR", "SWE"}),
        ("Baltic states", {"EST", "LTU", "LVA"}),
        ("Visegrad Group", {"CZE", "HUN", "POL", "SVK"}),
        ("Benelux", {"BEL", "LUX", "NLD"}),
        ("Quad", {"AUS", "IND", "JPN", "USA"}),
    ],
)
def test_group_membership(phrase: str, members: set[str]) -> None:
    hits = [g for g in GROUPS.values() if phrase.casefold() in {n.casefold() for n in g["names"]}]
    assert len(hits) == 1, phrase
    assert set(hits[0]["members"]) == members


def test_large_groups() -> None:
    by_name = {g["name"]: g for g in GROUPS.values()}
    g20 = by_name["G20 countries"]
    assert len(g20["members"]) == 19 and set(g20["org_members"]) == {"EU", "AU"}
    assert len(by_name["EU member states"]["members"]) == 27
    assert {"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE"} <= set(
        by_name["BRICS countries"]["members"]
    )
    assert "SAU" not in by_name["BRICS countries"]["members"]
    assert {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"} <= set(
        by_name["ASEAN member states"]["members"]
    )
    assert {"KAZ", "RUS", "BLR"} <= set(by_name["CIS member states"]["members"])


@pytest.mark.parametrize(
    ("group", "org"),
    [
        ("eu_member_states", "EU"),
        ("asean_member_states", "ASEAN"),
        ("cis_member_states", "CIS"),
        ("gulf_states", "GCC"),
        ("brics_countries", "BRICS"),
        ("g7_countries", "G7"),
        ("g20_countries", "G20"),
        ("turkic_states", "OTS"),
        ("sco_member_states", "SCO"),
    ],
)
def test_group_and_organisation_agree_on_members(group: str, org: str) -> None:
    assert set(GROUPS[group]["members"]) == set(ORGS[org]["members"])


# --- organizations.yaml ---------------------------------------------------------------

KINDS = {"igo", "association", "court", "bank", "agency"}


@pytest.mark.parametrize("acronym", sorted(ORGS))
def test_organisation_entry_shape(acronym: str) -> None:
    org = ORGS[acronym]
    assert (
        {"name", "names", "kind"}
        <= org.keys()
        <= {"name", "names", "kind", "members", "parent", "note"}
    )
    assert org["kind"] in KINDS, acronym
    assert org["name"] in org["names"], acronym
    assert acronym not in VALID_CODES, f"{acronym} would read as a country code"
    assert all(m in VALID_CODES for m in org.get("members", [])), acronym
    assert len(set(org.get("members", []))) == len(org.get("members", [])), acronym
    assert org.get("parent") in {None, *ORGS}, acronym


def test_acronyms_are_unique() -> None:
    folded = [a.casefold() for a in ORGS]
    assert len(folded) == len(set(folded))


def test_organisation_names_are_unique_across_organisations() -> None:
    seen: dict[str, str] = {}
    for acronym, org in ORGS.items():
        for name in org["names"]:
            assert seen.setdefault(name.casefold(), acronym) == acronym, (
                name,
                seen[name.casefold()],
                acronym,
            )


def test_group_phrases_and_organisation_names_do_not_overlap() -> None:
    org_names = {n.casefold() for org in ORGS.values() for n in org["names"]}
    group_names = {n.casefold() for g in GROUPS.values() for n in g["names"]}
    assert not org_names & group_names


def test_country_terms_are_not_group_or_organisation_names() -> None:
    other = {n.casefold() for d in (*ORGS.values(), *GROUPS.values()) for n in d["names"]}
    assert not set(COUNTRY_INDEX) & other


@pytest.mark.parametrize(
    ("acronym", "size"),
    [
        ("EU", 27),
        ("NATO", 32),
        ("OIC", 57),
        ("LAS", 22),
        ("AU", 55),
        ("OSCE", 57),
        ("CoE", 46),
        ("GCC", 6),
        ("OAS", 32),
        ("ECOWAS", 12),
        ("SADC", 16),
        ("OECD", 38),
        ("APEC", 21),
    ],
)
def test_organisation_sizes(acronym: str, size: int) -> None:
    assert len(ORGS[acronym]["members"]) == size


def test_required_organisations_are_present() -> None:
    required = (
        "UN UNODC UNDP UNHCR UNESCO UNICEF WHO IAEA OSCE CIS SCO OTS ECO CICA ASEAN EU EC EP NATO OIC "
        "GCC LAS AU CSTO EAEU BRICS G7 G20 IAP INTERPOL EUROPOL IMF WB WTO ADB AIIB EBRD IsDB OPEC "
        "OPEC+ TURKPA TURKSOY CAREC CoE PACE ICC ICJ FATF NonAligned Commonwealth BSEC GUAM APA IPU "
        "CCPG EUROJUST"
    ).split()
    assert not [a for a in required if a not in ORGS]
    assert "Turkic Council" in ORGS["OTS"]["names"]


def test_no_organisation_key_reads_as_a_country_code_in_any_case() -> None:
    assert not [a for a in ORGS if a.upper() in VALID_CODES]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Organization of American States", "OAS"),
        ("Organisation of American States", "OAS"),
        ("OAS", "OAS"),
        ("ECOWAS", "ECOWAS"),
        ("Economic Community of West African States", "ECOWAS"),
        ("Mercosur", "MERCOSUR"),
        ("APEC", "APEC"),
        ("the Andean Community", "AndeanCommunity"),
        ("Pacific Islands Forum", "PacificIslandsForum"),
        ("World Food Programme", "WFP"),
        ("International Organization for Migration", "IOM"),
        ("UN Human Rights Council", "UNHRC"),
        ("Inter-American Development Bank", "IDB"),
        ("Islamic Development Bank", "IsDB"),
        ("Arab League", "LAS"),
        ("U.N. General Assembly", "UNGA"),
    ],
)
def test_lookup_org_resolves_regional_and_un_bodies(text: str, acronym: str) -> None:
    from dateline.extract.places import lookup_org

    org = lookup_org(text)
    assert org is not None, text
    assert org.acronym == acronym


@pytest.mark.parametrize("text", ["CAN", "PA", "PIF", "AES", "Andean", "Benelux", "V4"])
def test_ambiguous_short_forms_are_not_organisations(text: str) -> None:
    from dateline.extract.places import lookup_org

    assert lookup_org(text) is None


# --- institutions.yaml ----------------------------------------------------------------

SECTORS = {"GOV", "JUD", "LEG", "MIL", "COP", "SPY", "EDU"}


def test_institution_entries() -> None:
    names = [i["name"] for i in INSTITUTIONS["institutions"]]
    assert len(names) == len(set(names))
    for inst in INSTITUTIONS["institutions"]:
        assert inst["sector"] in SECTORS, inst["name"]
        assert inst["name"] in inst["variants"], inst["name"]


def test_parliaments_name_a_valid_country() -> None:
    for parl in INSTITUTIONS["parliaments"]:
        assert parl["country"] in VALID_CODES, parl["name"]
        assert parl["name"] in parl["variants"], parl["name"]


def test_institution_and_parliament_variants_are_unique() -> None:
    seen: dict[str, str] = {}
    for entry in INSTITUTIONS["institutions"] + INSTITUTIONS["parliaments"]:
        for variant in entry["variants"]:
            assert seen.setdefault(variant.casefold(), entry["name"]) == entry["name"], variant


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("General Prosecutor's Office", "Prosecutor General's Office"),
        ("Prosecutor-General's Office", "Prosecutor General's Office"),
        ("Office of the Prosecutor General", "Prosecutor General's Office"),
        ("Foreign Ministry", "Ministry of Foreign Affairs"),
        ("MFA", "Ministry of Foreign Affairs"),
        ("Interior Ministry", "Ministry of Internal Affairs"),
        ("Ministry of Defence", "Ministry of Defense"),
        ("State Border Service", "State Border Service"),
        ("National Security Committee", "National Security Committee"),
    ],
)
def test_institution_variants(variant: str, canonical: str) -> None:
    hits = [i["name"] for i in INSTITUTIONS["institutions"] if variant in i["variants"]]
    assert hits == [canonical]


@pytest.mark.parametrize(
    ("variant", "code"),
    [
        ("Milli Majlis", "AZE"),
        ("Mazhilis", "KAZ"),
        ("State Duma", "RUS"),
        ("Federation Council", "RUS"),
        ("Grand National Assembly", "TUR"),
        ("Islamic Consultative Assembly", "IRN"),
        ("Oliy Majlis", "UZB"),
        ("Jogorku Kenesh", "KGZ"),
        ("Majlisi Oli", "TJK"),
        ("Mejlis", "TKM"),
        ("Verkhovna Rada", "UKR"),
        ("Knesset", "ISR"),
        ("Bundestag", "DEU"),
        ("Sejm", "POL"),
    ],
)
def test_parliament_countries(variant: str, code: str) -> None:
    hits = [p["country"] for p in INSTITUTIONS["parliaments"] if variant in p["variants"]]
    assert hits == [code]


def test_titles_imply_known_institutions() -> None:
    """titles.yaml names organisations by their canonical institution name."""
    titles = _load("titles.yaml")
    names = {i["name"] for i in INSTITUTIONS["institutions"]}
    heads = titles.get("heads", []) if isinstance(titles, dict) else titles
    implied = {h["organization"] for h in heads if h.get("organization")}
    if isinstance(titles, dict):
        implied |= {f"Ministry of {domain}" for domain in titles.get("domains", {})}
    assert not sorted(o for o in implied if "{" not in o and o not in names)


class _KeysOnce(yaml.SafeLoader):
    """A loader that refuses a key given twice in one mapping (plain YAML keeps the last silently)."""


def _mapping_once(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    assert not twice, f"line {node.start_mark.line + 1}: keys given twice: {twice}"
    return loader.construct_mapping(node)


_KeysOnce.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_once)


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.yaml")), ids=lambda p: p.name)
def test_no_lexicon_gives_a_key_twice(path: Path) -> None:
    # a second "itinerary_nouns:" in event_words.yaml once hid the first list from its reader
    with path.open(encoding="utf-8") as fh:
        yaml.load(fh, Loader=_KeysOnce)  # noqa: S506 - a SafeLoader subclass


def test_territories_that_take_part_through_their_state_name_a_member_state():
    listed = _load("countries.yaml")["_territories"]
    assert listed, "Hong Kong and Macau take part as China"
    for code, row in listed.items():
        assert code in TERRITORIES and row["state"] in UN_MEMBERS | NON_MEMBERS
        assert row["names"] and all(n.casefold() not in COUNTRY_INDEX for n in row["names"])
