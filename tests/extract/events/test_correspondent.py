"""A national agency's report filed from a city outside its state tells of its state's engagements
held there that day (events/correspondent.py): 'BRUSSELS, June 10 (Trend) --' places the Azerbaijani
minister's talks with the Georgian one in Brussels; a report of that agency from home, or one from
abroad about two other states, lends no such place; a past meeting keeps none."""

from __future__ import annotations

from dateline.extract.events.correspondent import outlet_state
from dateline.record import Event, Record

PUBLISHED = "2026-06-10"


def _meeting(record: Record) -> Event:
    found = [e for e in record.events if e.kind == "meeting"]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def test_agencies_belong_to_their_states():
    assert outlet_state("Trend") == "AZE"
    assert outlet_state("KUNA") == "KWT"
    assert outlet_state("Kazinform") == "KAZ"
    assert outlet_state("Reuters") is None
    assert outlet_state(None) is None


def test_talks_of_the_agencys_state_abroad_are_in_the_dateline_city(extract):
    record = extract(
        "BRUSSELS, June 10 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Foreign "
        "Minister Maka Botchorishvili.\n\nThe ministers discussed the South Caucasus railway projects.")
    meeting = _meeting(record)
    assert set(meeting.countries) == {"AZE", "GEO"}
    assert meeting.place is not None and (meeting.place.name, meeting.place.country) == ("Brussels", "BEL")
    assert meeting.date is not None and meeting.date.start == "2026-06-10"


def test_a_gulf_agency_at_a_european_conference(extract):
    record = extract(
        "MUNICH, June 10 (KUNA) -- Kuwait's Minister of Foreign Affairs Abdullah Al-Yahya held talks on Tuesday "
        "with Slovenian Deputy Prime Minister and Foreign Minister Tanja Fajon.\n\nThey discussed bilateral "
        "relations and the situation in the region.")
    meeting = _meeting(record)
    assert meeting.place is not None and meeting.place.country == "DEU"


def test_a_report_about_two_other_states_lends_no_place(extract):
    record = extract(
        "BRUSSELS, June 10 (Kazinform) -- Georgian Foreign Minister Maka Botchorishvili met with Armenian "
        "Foreign Minister Ararat Mirzoyan.")
    meeting = _meeting(record)
    assert meeting.place is None or meeting.place.country != "BEL"


def test_a_global_agency_abroad_lends_no_place(extract):
    record = extract(
        "BRUSSELS, June 10 (Reuters) - Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Foreign "
        "Minister Maka Botchorishvili.")
    meeting = _meeting(record)
    assert meeting.place is None or meeting.place.country != "BEL"


def test_a_past_meeting_told_from_abroad_is_not_placed_there(extract):
    record = extract(
        "BRUSSELS, June 10 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Foreign "
        "Minister Maka Botchorishvili in Tbilisi in March 2025.")
    meeting = _meeting(record)
    assert meeting.place is not None and meeting.place.country == "GEO"
