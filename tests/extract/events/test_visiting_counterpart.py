"""'his visiting counterpart X': the guest is X, the host the clause's subject (events/hosts.py
``visiting_guests``), and a thanks 'for the invitation' is the invitation told already
(events/sameness.py)."""

from __future__ import annotations

import pytest
from event_views import one, people

PUBLISHED = "2025-03-03"


@pytest.mark.parametrize(("text", "guest", "host", "countries", "city"), [
    ("Vietnamese Prime Minister Pham Minh Chinh held talks with his visiting Singaporean counterpart Lawrence "
     "Wong in Hanoi on Monday.", "Lawrence Wong", "Pham Minh Chinh", ["SGP", "VNM"], "Hanoi"),
    ("Egyptian President Abdel Fattah al-Sisi received his visiting Kenyan counterpart William Ruto at the "
     "Ittihadiya Palace on Sunday.", "William Ruto", "Abdel Fattah al-Sisi", ["EGY", "KEN"], "Cairo"),
])
def test_his_visiting_counterpart_is_the_guest(extract, text, guest, host, countries, city):
    record = extract(text)
    visit = one(record, "visit")
    assert [record.actor(a).name for a in visit.source] == [guest]
    assert host in people(record, visit)
    assert visit.countries == countries
    assert visit.place is not None and visit.place.name == city


def test_an_agency_report_with_a_visiting_counterpart(extract):
    record = extract(
        "HANOI, 3 March (VNA) -- Prime Minister Pham Minh Chinh held talks with his visiting Singaporean "
        "counterpart Lawrence Wong on Monday.\n\nThe two leaders agreed to upgrade ties to a comprehensive "
        "strategic partnership and discussed cooperation in digital trade and clean energy.\n\nWong is on a "
        "two-day official visit to Vietnam.")
    visit = one(record, "visit")
    assert [record.actor(a).name for a in visit.source] == ["Lawrence Wong"]
    assert visit.place is not None and visit.place.name == "Hanoi"
    assert one(record, "meeting").place.name == "Hanoi"


def test_thanks_for_the_invitation_is_the_invitation_told(extract):
    record = extract(
        "ISLAMABAD, 6 Oct. (APP) -- Pakistani Foreign Minister Ishaq Dar and Turkish Foreign Minister Hakan "
        "Fidan spoke by telephone on Monday.\n\nFidan invited his Pakistani counterpart to attend the Antalya "
        "Diplomacy Forum in April. Dar thanked him for the invitation.")
    invitation = one(record, "invitation")
    assert invitation.countries == ["PAK", "TUR"]
    assert people(record, invitation) == {"Ishaq Dar", "Hakan Fidan"}
