"""Meetings of a group of states' officials and formats a group is a side of, and talks told one by one
after a list of counterparts.

- 'the Central Asia-Japan foreign ministers' meeting', 'the "Central Asia plus Japan" Dialogue foreign
  ministers' meeting due to be held in Tokyo': one multilateral meeting of the group's members and the
  other side (events/gathering_sittings.group_sitting, format_of_sitting), not a gathering named
  'Dialogue' nor nothing;
- 'X met with A, B and C. During the meeting with A ... The talks with B ...': one meeting each
  (events/one_each.told_one_by_one);
- 'the Y Conference, which Tajikistan will co-host with the Netherlands': both host it."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-02-02"

FORMAT = {"JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB"}


def _sittings(record: Record) -> list:
    return [e for e in record.events if e.kind in {"multilateral", "gathering"}]


@pytest.mark.parametrize("text", [
    "TASHKENT, Feb 2 (UzA). The sides discussed preparations for the Central Asia-Japan foreign ministers' "
    "meeting, which will be held in Tokyo in the summer.",
    "BISHKEK, Feb 2 (Kabar) -- Foreign Minister Jeenbek Kulubaev received Ambassador of Japan Kenji Tanaka. The "
    "sides discussed the calendar of events for 2026, including the \"Central Asia plus Japan\" Dialogue foreign "
    "ministers' meeting due to be held in Tokyo in July.",
])
def test_a_format_of_a_group_meets_as_one_multilateral(extract, text):
    (meeting,) = _sittings(extract(text))
    assert meeting.kind == "multilateral"
    assert set(meeting.countries) == FORMAT
    assert meeting.status == "planned"


def test_counterparts_told_one_by_one_were_met_one_by_one(extract):
    record = extract(
        "ASTANA, 2 February. On the sidelines of the Astana International Forum, President Kassym-Jomart Tokayev on "
        "Monday met with President of Finland Alexander Stubb, Prime Minister of Lesotho Samuel Matekane and "
        "President of Mongolia Ukhnaagiin Khurelsukh. During the meeting with Alexander Stubb, the sides discussed "
        "digital cooperation. The talks with the Prime Minister of Lesotho covered mining. In the meeting with "
        "Ukhnaagiin Khurelsukh, the parties noted the growth of trade.")
    meetings = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert {tuple(sorted(m.countries)) for m in meetings} == {("FIN", "KAZ"), ("KAZ", "LSO"), ("KAZ", "MNG")}
    assert all(m.kind == "meeting" for m in meetings)


def test_a_gathering_co_hosted_with_a_state(extract):
    record = extract(
        "DUSHANBE, 2 February. The parties discussed preparations for the UN 2028 Water Conference, which "
        "Tajikistan will co-host with the Kingdom of the Netherlands in New York.")
    (conference,) = _sittings(record)
    assert {"NLD", "TJK"} <= set(conference.countries)
