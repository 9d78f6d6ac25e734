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
