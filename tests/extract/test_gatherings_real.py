"""Named sessions of bodies as real copy tells them (issue 14, item 3): gatherings with their
name, host, organisation and status, however the sentence refers to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.article import Article
from dateline.record import Event, Record

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def gatherings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"gathering", "multilateral"}]


def only(record: Record) -> Event:
    found = gatherings(record)
    assert len(found) == 1, [(e.kind, e.name) for e in record.events]
    return found[0]


def test_numbered_session_of_a_body_is_a_gathering_with_host_and_organisation(extract):
    event = only(extract("Ghanaian Foreign Minister Samuel Ablakwa chaired the 47th session of the Executive "
                         "Council of the African Union in Accra on Monday."))
    assert event.kind == "gathering"
    assert event.name == "47th session of the Executive Council of the African Union"
    assert set(event.countries) == {"AU", "GHA"}
    assert event.place is not None and event.place.name == "Accra"
    assert event.status == "occurred"


def test_meeting_of_a_council_of_an_igo_takes_its_host(extract):
    event = only(extract("The 9th meeting of the Council of Interior Ministers of the Andean Community held "
                         "in Lima on Tuesday adopted a plan against illegal mining."))
    assert event.kind == "multilateral"
    assert set(event.countries) == {"AndeanCommunity", "PER"}
    assert event.status == "occurred"


def test_summit_of_a_community_planned_in_a_capital(extract):
    event = only(extract("Heads of state will gather for the fifteenth summit of the Community of Portuguese "
                         "Language Countries in Bissau next month."))
    assert event.kind == "gathering"
    assert event.name == "fifteenth summit of the Community of Portuguese Language Countries"
    assert set(event.countries) == {"CPLP", "GNB"}
    assert event.status == "planned"
    assert event.date is not None and event.date.start == "2025-04"


@pytest.mark.parametrize(("text", "name", "countries"), [
    ("Brazil will host COP30 in Belem in November.", "COP30", {"BRA", "UN"}),
    ("Delegations are already arriving for COP31, which Turkey will host in Antalya.", "COP31", {"TUR", "UN"}),
])
def test_numbered_conference_of_the_parties_is_a_un_gathering(extract, text, name, countries):
    event = only(extract(text))
    assert (event.kind, event.name, event.status) == ("gathering", name, "planned")
    assert set(event.countries) == countries


def test_forum_planned_to_be_held_in_a_city_takes_the_city(extract):
    event = only(extract("The first Caribbean Blue Economy Forum is planned to be held in Bridgetown in June."))
    assert event.name == "first Caribbean Blue Economy Forum"
    assert event.status == "planned"
    assert event.place is not None and event.place.country == "BRB"
    assert event.countries == ["BRB"]


@pytest.mark.parametrize("text", [
    "Speaking of the forthcoming holding of the 30th session of the Conference of the Parties to the UN "
    "Framework Convention on Climate Change (COP30) in Brazil, the minister praised the preparations.",
    "Ahead of the 30th session of the Conference of the Parties (COP30) in Brazil, the ministers "
    "compared their climate plans.",
    "Preparations for the 30th session of the Conference of the Parties (COP30) in Brazil were discussed.",
])
def test_a_gathering_told_in_passing_is_still_one_planned_gathering(extract, text):
    event = only(extract(text))
    assert event.kind == "gathering"
    assert event.name.startswith("30th session of the Conference of the Parties")
    assert event.status == "planned"
    assert set(event.countries) == {"BRA", "UN"}


def test_summit_on_whose_sidelines_leaders_met_is_a_gathering(extract):
    record = extract("On the sidelines of the 17th BRICS summit in Rio de Janeiro, Indian Prime Minister "
                     "Narendra Modi met South African President Cyril Ramaphosa.")
    event = only(record)
    assert (event.kind, event.name) == ("gathering", "17th BRICS summit")
    assert set(event.countries) == {"BRA", "BRICS"}
    assert any(e.kind == "meeting" for e in record.events)


def test_forum_under_way_is_occurring(extract):
    event = only(extract("The ASEAN Regional Forum is under way in Vientiane."))
    assert (event.kind, event.status) == ("gathering", "occurred")
    assert set(event.countries) == {"ASEAN", "LAO"}


def test_hosting_by_possessive_names_the_host(extract):
    event = only(extract("The minister recalled Seoul's hosting of the G20 summit in 2010.", published="2024-05-02"))
    assert set(event.countries) == {"G20", "KOR"}


@pytest.mark.parametrize("text", [
    "The president wants to bring the treaty home so he can start promoting it to Congress, which must approve it.",
    "Iran's Prosecutor General, who addressed the first session, called for a regional mechanism.",
    "The commission held its ninth meeting in Tbilisi on Monday, the commission's first session of 2025.",
    "The prime minister helped London win the bid to host the 2012 Summer Games.",
    "Members of a delegation from the Congress of South African Trade Unions (COSATU) were denied entry to "
    "Zimbabwe on Wednesday.",
])
def test_standing_bodies_and_sittings_are_not_gatherings_of_their_own(extract, text):
    assert not [e for e in extract(text).events if e.kind == "gathering"]


def test_the_agenda_of_the_parties_is_not_an_organiser(extract):
    record = extract("The talks took place on the sidelines of the Ibero-American Summit in Quito, where "
                         "heads of state met to discuss a candidate to head the Organization of American States.")
    [event] = [e for e in record.events if e.kind == "gathering"]
    assert "OAS" not in event.countries
    assert "ECU" in event.countries


def test_other_parties_of_the_clause_do_not_host_a_gathering(extract):
    event = only(extract("Turkish Prime Minister Recep Tayyip Erdogan rejected a request by the European "
                         "Union before next week's EU summit."))
    assert event.countries == ["EU"]
    assert event.status == "planned"


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not available")
def test_seed_report_has_the_cop29_gathering(extractor):
    path = next(SEED.glob("*.txt"))
    record = extractor.extract(Article(text=path.read_text(encoding="utf-8"), id=path.stem))
    cop = [e for e in record.events if e.kind == "gathering" and e.name and "Conference of the Parties" in e.name]
    assert len(cop) == 1
    assert cop[0].status == "planned"
    assert cop[0].countries == ["AZE", "UN"]
    assert cop[0].place is not None and cop[0].place.country == "AZE"


@pytest.mark.parametrize(("text", "name"), [
    ("Climate will be a major topic at this week's Group of Seven summit in Canada.", "Group of Seven summit"),
    ("The finance ministers will settle their differences before the G7 summit next month in Kananaskis.",
     "G7 summit"),
])
def test_named_summits_however_parsed(extract, text, name):
    event = only(extract(text))
    assert (event.kind, event.name, event.status) == ("gathering", name, "planned")


def test_an_informal_summit_needs_no_predicate(extract):
    event = only(extract("Leaders hope the one-day informal summit of the European Union will end the budget "
                         "stalemate."))
    assert event.kind == "gathering"
    assert "EU" in event.countries


def test_a_summit_of_a_groups_leaders_in_a_plan_is_not_held_on_its_own(extract):
    record = extract("Foreign ministers of the Organization of Turkic States met in Bishkek on Tuesday to finalise "
                     "documents for a summit of the group's leaders in the Kyrgyz capital.")
    assert not [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "codes"), [
    ("The new sanctions, adopted at an EU foreign ministers' meeting in Luxembourg, include an embargo on timber.",
     {"EU"}),
    ("The ASEAN leaders' meeting in Vientiane ended on Friday.", {"ASEAN"}),
])
def test_a_meeting_of_an_igos_ministers_is_multilateral(extract, text, codes):
    event = only(extract(text))
    assert event.kind == "multilateral"
    assert codes <= set(event.countries)


def test_a_summit_of_an_igos_leaders_stays_a_gathering(extract):
    event = only(extract("The G20 Leaders' Summit, under way in Rio de Janeiro since Monday, closes on Tuesday."))
    assert event.kind == "gathering"
    assert set(event.countries) == {"BRA", "G20"}


def test_the_opening_ceremony_of_an_expo_is_the_expo(extract):
    event = only(extract("Turkmen President Serdar Berdimuhamedov attended the opening ceremony of Expo 2025 in "
                         "Osaka on Sunday."))
    assert (event.name, event.countries) == ("Expo 2025", ["JPN"])


@pytest.mark.parametrize(("text", "name", "codes"), [
    ("Azerbaijani President Ilham Aliyev attended the XVI BRICS summit in Kazan.", "XVI BRICS summit",
     {"BRICS", "RUS"}),
    ("Uzbek Foreign Minister Bakhtiyor Saidov addressed the 80th session of the UN General Assembly in New York.",
     "80th session of the UN General Assembly", {"UN", "USA"}),
])
def test_numbered_sessions_of_real_bodies(extract, text, name, codes):
    event = only(extract(text))
    assert (event.kind, event.name) == ("gathering", name)
    assert set(event.countries) == codes


def test_the_sitting_of_a_named_body_without_its_organisation_is_a_gathering(extract):
    event = only(extract("Belarusian Prime Minister Roman Golovchenko attended the regular meeting of the Council of "
                         "Heads of Government in Minsk on Friday."))
    assert (event.kind, event.name) == ("gathering", "regular meeting of the Council of Heads of Government")
    assert event.countries == ["BLR"]
    assert (event.status, event.date.start) == ("occurred", "2025-03-07")


def test_the_sitting_of_a_body_of_a_named_organisation_stays_multilateral(extract):
    event = only(extract("Belarusian Prime Minister Roman Golovchenko attended the regular meeting of the CIS Council "
                         "of Heads of Government in Minsk on Friday."))
    assert event.kind == "multilateral"
    assert set(event.countries) >= {"BLR", "CIS"}
