"""Each set of talks during a visit is its own meeting (issue 14 items 1 and 7; events/sides.py
not_lent, events/merge.py).

"Later, X held talks with Foreign Minister Y. The same day, the guest met with the Speaker Z": the
second talks name their own host-side official, so they do not borrow the first talks' official and
are not merged into them; the visitor is still lent from the story.
"""

from __future__ import annotations

from event_views import people

from dateline.record import Record

PUBLISHED = "2025-03-10"


def meetings(record: Record) -> list[set[str]]:
    return [people(record, e) for e in record.events if e.kind == "meeting"]


def test_talks_with_another_host_official_are_another_meeting(extract):
    record = extract(
        "ASHGABAT, 10 March (TDH) -- President of Turkmenistan Serdar Berdimuhamedov received the Minister of "
        "Foreign Affairs of Hungary Peter Szijjarto on Monday. The parties discussed energy cooperation.\n\n"
        "Later, Szijjarto held talks with Turkmen Foreign Minister Rashid Meredov. The same day, the guest "
        "met with the Chairperson of the Mejlis Dunyagozel Gulmanova.")
    found = meetings(record)
    assert {"Peter Szijjarto", "Rashid Meredov"} in found
    assert {"Peter Szijjarto", "Dunyagozel Gulmanova"} in found
    assert {"Peter Szijjarto", "Serdar Berdimuhamedov"} in found
    assert len(found) == 3


def test_talks_told_again_without_a_host_of_their_own_stay_one_meeting(extract):
    record = extract(
        "ANKARA, 10 March (Anadolu) -- Turkish Foreign Minister Hakan Fidan held talks with his Omani "
        "counterpart Badr Albusaidi in Ankara on Monday. During the meeting, the two ministers discussed "
        "trade and regional security.")
    assert meetings(record) == [{"Hakan Fidan", "Badr Albusaidi"}]
