"""Gatherings and multilateral sittings (session 25, issue 14 items 3 and 4): a meeting of an
organisation's officials in the plural ("an informal meeting of NATO defence officials", "a meeting of
EU ambassadors") is a sitting of that organisation's members, multilateral."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, org", [
    ("U.S. Defense Secretary Lloyd Austin will attend an informal meeting of NATO defense officials in Budapest "
     "on Thursday.", "NATO"),
    ("The Irish foreign minister briefed a meeting of EU ambassadors in Brussels on Monday on the talks.", "EU"),
    ("Kenyan Foreign Minister Musalia Mudavadi addressed a meeting of African Union representatives in Addis "
     "Ababa on Friday.", "AU"),
])
def test_a_meeting_of_an_organisations_officials_is_multilateral(extract, text, org):
    record = extract(text, published="2026-04-01")
    found = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(found) == 1, [(e.kind, e.countries) for e in record.events]
    assert found[0].kind == "multilateral" and org in found[0].countries


def test_a_meeting_of_two_states_officials_stays_bilateral(extract):
    record = extract("A meeting of senior officials of Azerbaijan and Kazakhstan was held in Baku on Monday.",
                     published="2026-04-01")
    assert not [e for e in record.events if e.kind == "multilateral"]


def test_a_bilateral_ministerial_dialogue_is_no_multilateral_meeting(extract):
    record = extract("Indian Defence Minister Rajnath Singh and Japanese Defence Minister Shinjiro Koizumi agreed to "
                     "hold the next bilateral ministerial dialogue in Tokyo in September.", published="2026-04-01")
    assert not [e for e in record.events if e.kind == "multilateral"]
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert talks.countries == ["IND", "JPN"]


@pytest.mark.parametrize("text, host", [
    ("BAKU, Nov 11 (AZERTAC) - COP29 opened in Baku on Monday, bringing together delegations from nearly "
     "200 countries.", "AZE"),
    ("BELEM, Nov 10 (Agencia Brasil) - COP30 got under way in Belem on Monday with a call for faster cuts in "
     "emissions.", "BRA"),
])
def test_a_numbered_session_opening_a_sentence_is_named(extract, text, host):
    record = extract(text, published="2026-04-01")
    (found,) = [e for e in record.events if e.kind == "gathering"]
    assert found.countries == sorted([host, "UN"])
