"""What talks are about is no party (events/participants.py _is_topic, events/sides.py).

"met with President X to review the Israeli-Palestinian conflict": Israel and Palestine are the topic;
the meeting is the two officials' even when the parser hangs the topic on "met".
"""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "persons"), [
    ("Pakistani Prime Minister Shehbaz Sharif met with President Donald Trump to review the war on terror, the "
     "Israeli-Palestinian conflict and the hunt for militants.", ["PAK", "USA"], {"Shehbaz Sharif", "Donald Trump"}),
    ("Turkish Foreign Minister Hakan Fidan held talks with Egyptian Foreign Minister Badr Abdelatty on the "
     "Sudanese conflict and the Libyan question in Ankara.", ["EGY", "TUR"], {"Hakan Fidan", "Badr Abdelatty"}),
    ("Omani Foreign Minister Badr Albusaidi met US envoy Steve Witkoff in Muscat to discuss the Iranian nuclear "
     "programme.", ["OMN", "USA"], {"Badr Albusaidi", "Steve Witkoff"}),
])
def test_states_named_by_the_topic_are_no_party(extract, text, countries, persons):
    record = extract(text)
    [meeting] = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert meeting.kind == "meeting"
    assert meeting.countries == countries
    assert people(record, meeting) == persons


def test_the_two_countries_are_not_the_state_they_discussed(extract):
    record = extract("Ethiopia and Kenya discussed Somalia's security situation on Monday, during the first talks "
                     "between the two countries in three years.")
    [meeting] = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert meeting.kind == "meeting"
    assert meeting.countries == ["ETH", "KEN"]
