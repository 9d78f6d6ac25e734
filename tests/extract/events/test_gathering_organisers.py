"""The organisation that holds a gathering, told apart from its name (events/gathering_organisers.py):
'The conference, co-organized by the Government of X and the United Nations' after the named conference;
'the 53rd session of the Council of Foreign Ministers' after the report named that council with its
organisation."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-06-10"


def _gathering(record: Record):
    found = [e for e in record.events if e.kind == "gathering"]
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "countries"), [
    ("ASHGABAT, June 10 (TDH). The International Conference on Sustainable Transport Corridors opened in Ashgabat "
     "on Tuesday. The conference, co-organised by the Government of Turkmenistan and the United Nations, has "
     "drawn delegations from 40 countries.", {"TKM", "UN"}),
    ("BISHKEK, June 10 (Kabar) -- The Bishkek Mountain Forum will be held on September 3-4. The forum is "
     "organized by the Ministry of Natural Resources and UNESCO.", {"KGZ", "UNESCO"}),
])
def test_organisers_told_of_the_gathering_after_its_name(extract, text, countries):
    assert set(_gathering(extract(text)).countries) == countries


def test_a_body_told_without_its_organisation_is_still_its(extract):
    record = extract(
        "BAKU, June 10 (Trend) -- Foreign Minister Jeyhun Bayramov took part in the meeting of the Council of Foreign "
        "Ministers of the Organization of Turkic States in Gabala on Monday, where the ministers approved the "
        "agenda of the summit. The 12th session of the Council of Foreign Ministers is scheduled to be held in "
        "Bishkek in October.")
    planned = [e for e in record.events if e.kind in {"gathering", "multilateral"} and e.status == "planned"]
    assert len(planned) == 1 and "OTS" in planned[0].countries


@pytest.mark.parametrize("text", [
    "ROME, June 10 (Wire) -- The donor conference, co-hosted by Italy and Ukraine, opened in Rome on Thursday.",
    "KYIV, June 10 (Wire) -- The Ukraine Recovery Conference, co-hosted by Italy and Ukraine, opened in Rome on "
    "Thursday.",
])
def test_the_states_a_participle_has_co_host_the_gathering(extract, text):
    assert _gathering(extract(text)).countries == ["ITA", "UKR"]


@pytest.mark.parametrize("text", [
    "ASHGABAT, June 10 (TDH). The Caspian Transport Forum opened in Ashgabat on Tuesday. The forum, organized "
    "by the Government of Turkmenistan jointly with the United Nations, brings together 600 delegates.",
    "ASHGABAT, June 10 (TDH). The Caspian Transport Forum opened in Ashgabat on Tuesday. The forum, organised "
    "by the Ministry of Transport in cooperation with the United Nations, will close on Thursday.",
    "ASHGABAT, June 10 (TDH). The Caspian Transport Forum opened in Ashgabat on Tuesday. The forum is organized "
    "by the Foreign Ministry together with the United Nations.",
])
def test_an_organiser_joined_to_the_agent_by_with_is_an_organiser(extract, text):
    assert set(_gathering(extract(text)).countries) == {"TKM", "UN"}


def test_an_earlier_edition_of_a_series_has_the_same_organiser(extract):
    record = extract(
        "DUSHANBE, June 10 (Khovar). The Third International Conference on Glaciers opened in Dushanbe on "
        "Tuesday. The conference, co-organised by the Government of Tajikistan and the United Nations, will "
        "close on Thursday. The Second International Conference on Glaciers was held in Dushanbe in 2024.")
    editions = [e for e in record.events if e.kind == "gathering"]
    assert len(editions) == 2, [(e.name, e.countries) for e in editions]
    assert all(set(e.countries) == {"TJK", "UN"} for e in editions), [(e.name, e.countries) for e in editions]


@pytest.mark.parametrize(("text", "edition", "igo"), [
    ("ANKARA, June 10 (AA) -- The NATO summit in Ankara next month will be the second held in Turkiye after "
     "the 2004 Istanbul summit, the foreign ministry said.", "2004 Istanbul summit", "NATO"),
    ("BISHKEK, June 10 (Kabar) -- Kyrgyzstan will host the SCO summit in Bishkek in August. Kyrgyzstan took "
     "over the rotating presidency from China at the Tianjin summit last year.", "Tianjin summit", "SCO"),
])
def test_a_summit_named_by_its_city_is_an_edition_of_the_reports_organisation(extract, text, edition, igo):
    found = [e for e in extract(text).events if e.kind == "gathering" and e.name == edition]
    assert len(found) == 1 and igo in found[0].countries, [(e.name, e.countries) for e in extract(text).events]


def test_a_city_summit_beside_two_organisations_summits_is_neither(extract):
    record = extract(
        "MOSCOW, June 10 (TASS) -- Russia will attend the SCO summit in Bishkek in August and the BRICS summit "
        "in New Delhi in October. Putin recalled the Kazan summit last year.")
    found = [e for e in record.events if e.kind == "gathering" and e.name == "Kazan summit"]
    assert all(set(e.countries) <= {"RUS"} for e in found), [(e.name, e.countries) for e in record.events]
