"""An invitation carried by a messenger names its sender and addressee, not the messenger
(events/invitation_carriers.py)."""

from __future__ import annotations

PUBLISHED = "2026-05-12"


def _invitation(record):
    return next(e for e in record.events if e.kind == "invitation")


def test_a_message_containing_an_invitation_handed_over(extract):
    record = extract(
        "ASHGABAT, 12 May. President of Turkmenistan Serdar Berdimuhamedov received Minister of Foreign "
        "Affairs of Iran Abbas Araghchi. The Iranian minister handed over to the head of state a message from "
        "President Masoud Pezeshkian containing an invitation to visit Tehran.")
    assert sorted(_invitation(record).persons) == ["Masoud Pezeshkian", "Serdar Berdimuhamedov"]


def test_greetings_conveyed_and_an_invitation_handed_over_by_an_ambassador(extract):
    record = extract(
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev received the Ambassador of Oman Sheikh Said bin "
        "Hamad Al Harthi at the Akorda. The Omani ambassador conveyed greetings from Sultan Haitham bin Tarik "
        "and handed over an invitation to visit Muscat.")
    assert sorted(_invitation(record).persons) == ["Haitham bin Tarik", "Kassym-Jomart Tokayev"]


def test_a_message_received_containing_an_invitation(extract):
    record = extract(
        "DOHA, Oct 2 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al Thani received a written message from "
        "President of Ghana John Dramani Mahama, containing an invitation to attend an investment summit in "
        "Accra. The message was delivered by Ghana's Minister of Foreign Affairs Samuel Okudzeto Ablakwa.")
    assert sorted(_invitation(record).persons) == ["John Dramani Mahama", "Tamim bin Hamad Al Thani"]
