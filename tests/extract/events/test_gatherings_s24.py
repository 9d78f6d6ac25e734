"""Gatherings and multilateral sittings (session 24, issue 14 items 3 and 4): a summit named with a
modifier the parser hangs as ``nmod`` ("the G20 economic summit") is named; two sittings of one series
told in one report, each placed in another state or named with another year, stay two; and the
officials a passive "attended by" seats at a meeting are its states."""

from __future__ import annotations

import pytest


def _gatherings(record):
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize("text", [
    "Dockers walked out on Thursday, on the eve of the G20 economic summit in London.",
    "The seizures, on the eve of the G20 global economic summit in London, mark the third such protest.",
])
def test_a_summit_named_by_its_group_before_an_adjective_is_a_gathering(extract, text):
    found = _gatherings(extract(text, published="2026-04-01"))
    assert len(found) == 1
    assert found[0].place is not None and found[0].place.country in {"GBR", "JPN"}


def test_two_sittings_of_one_series_placed_in_two_states_stay_two(extract):
    found = _gatherings(extract(
        "The presidents met on the sidelines of the Ibero-American Summit in Quito. The two countries had last "
        "restored ties during the 2010 Ibero-American summit in Mar del Plata."))
    assert sorted(e.place.country for e in found if e.place is not None) == ["ARG", "ECU"]
    assert len(found) == 2


def test_the_ministers_attending_by_a_passive_participle_are_the_meetings_states(extract):
    record = extract(
        "RIYADH, Jan 12 (SPA) - Saudi Foreign Minister Prince Faisal bin Farhan chaired the meeting of the "
        "GCC Ministerial Council in Riyadh on Sunday, attended by the foreign ministers of Bahrain, Kuwait, "
        "Oman, Qatar and the UAE.", published="2026-01-12")
    found = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(found) == 1
    assert set(found[0].countries) >= {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}



def test_the_sides_own_envoy_attending_keeps_the_talks_bilateral(extract):
    record = extract("ASHGABAT (TDH) - Foreign Minister Rashid Meredov received Kuwait's Deputy Foreign Minister "
                     "Nawaf Al-Enezi on Tuesday. The meeting was also attended by the Ambassador of Kuwait to "
                     "Turkmenistan Fahd Al-Mutairi.", published="2026-02-24")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["KWT", "TKM"]]


@pytest.mark.parametrize("text, states", [
    ("EU foreign ministers, who met in Luxembourg on Monday, agreed to extend the sanctions.", ["EU", "LUX"]),
    ("ASEAN leaders who met in Laos last week approved a plan for a new regional grouping.", ["ASEAN", "LAO"]),
    ("The leaders of the Association of Southeast Asian Nations met in Laos last week.", ["ASEAN", "LAO"]),
])
def test_an_organisations_members_meeting_is_its_sitting(extract, text, states):
    record = extract(text, published="2026-10-12")
    assert [e.countries for e in record.events if e.kind == "multilateral"] == [states]
    assert not [e for e in record.events if e.kind == "meeting"]



def test_a_session_the_summit_owns_is_the_summit_not_a_name_of_its_own(extract):
    record = extract("DUSHANBE, Oct 3 (Khovar) - Leaders of the Shanghai Cooperation Organisation opened their summit "
                     "in Dushanbe on Thursday. Turkmen President Serdar Berdimuhamedov, who arrived in the Tajik "
                     "capital on Thursday to take part in the summit's expanded \"SCO Plus\" session, said "
                     "Turkmenistan wanted more trade.", published="2026-10-03")
    (summit,) = _gatherings(record)
    assert "session" not in (summit.name or "")
