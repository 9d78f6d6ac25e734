"""An organisation's sitting told as where its members acted ("EU finance ministers agreed on X at a
meeting in Luxembourg", "OPEC kept its quotas at a meeting in Caracas", "the bloc endorsed X at a
meeting in Brussels"): a multilateral meeting of the organisation in its host state, not talks
between the organisation and the host; two such sittings in two cities stay two. Also: a named
format told with its subject inside its name ("the six-nation disarmament talks"), and talks of a
group of two states ("the two Koreas") stay bilateral."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record


def talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"multilateral", "meeting"}]


@pytest.mark.parametrize(("text", "countries"), [
    ("LUXEMBOURG, Sept 17 (Moselle Wire) - European Union finance ministers agreed on a new levy on banks at a "
     "meeting in Luxembourg on Tuesday.", {"EU", "LUX"}),
    ("ALGIERS, Sept 17 (Maghreb Wire) - The Organization of Petroleum Exporting Countries left its output ceiling "
     "unchanged at a meeting in Algiers on Wednesday.", {"OPEC", "DZA"}),
])
def test_members_acting_at_a_meeting_sit_at_their_organisation_s_meeting(extract, text, countries):
    found = talks(extract(text))
    assert [e.kind for e in found] == ["multilateral"], [(e.kind, e.countries) for e in found]
    assert set(found[0].countries) == countries


def test_the_bloc_sitting_is_the_organisation_named_before(extract):
    record = extract(
        "BRUSSELS, Sept 17 (Scheldt Wire) - European Union officials say new sanctions on the regime are ready. "
        "The 27-member bloc approved the measures on Monday at a meeting in Luxembourg.")
    found = talks(record)
    assert [e.kind for e in found] == ["multilateral"], [(e.kind, e.countries) for e in found]
    assert set(found[0].countries) == {"EU", "LUX"}


def test_two_sittings_in_two_cities_stay_two(extract):
    record = extract(
        "LONDON, Sept 17 (Thames Wire) - At the end of their two-day meeting in Manchester on Saturday, EU finance "
        "ministers urged lenders to invest more. Separately, the 27-member bloc extended its sanctions on Monday "
        "at a meeting in Luxembourg.")
    found = talks(record)
    assert sorted(tuple(sorted(e.countries)) for e in found if e.kind == "multilateral") == [
        ("EU", "GBR"), ("EU", "LUX")], [(e.kind, e.countries) for e in found]


def test_a_meeting_with_a_counterpart_is_no_sitting(extract):
    record = extract(
        "ANKARA, Sept 17 (Anatolia Wire) - EU foreign ministers agreed on the aid package at a meeting with "
        "Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday.")
    assert "LUX" not in {c for e in record.events for c in e.countries}
    assert all(e.kind != "multilateral" or "TUR" in e.countries for e in talks(record))


def test_a_named_format_with_its_subject_in_its_name(extract):
    record = extract("SEOUL, Sept 17 (Han Wire) - The six-nation disarmament talks resumed in Beijing on Tuesday "
                     "after a break of eight months.")
    found = talks(record)
    assert len(found) == 1 and found[0].kind == "multilateral", [(e.kind, e.countries) for e in found]
    assert set(found[0].countries) == {"CHN", "JPN", "KOR", "PRK", "RUS", "USA"}


def test_talks_of_the_two_koreas_are_bilateral(extract):
    record = extract("SEOUL, Sept 17 (Han Wire) - The next round of cabinet-level talks between the two Koreas "
                     "is expected to begin in late March.")
    assert all(e.kind != "multilateral" for e in record.events), [(e.kind, e.countries) for e in record.events]
