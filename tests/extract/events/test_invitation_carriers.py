"""An invitation carried by a messenger names its sender and addressee, not the messenger
(events/invitation_carriers.py)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-12"

CARRIED = [
    pytest.param(  # a message containing an invitation, handed over to the host
        "ASHGABAT, 12 May. President of Turkmenistan Serdar Berdimuhamedov received Minister of Foreign "
        "Affairs of Iran Abbas Araghchi. The Iranian minister handed over to the head of state a message from "
        "President Masoud Pezeshkian containing an invitation to visit Tehran.",
        ["Masoud Pezeshkian", "Serdar Berdimuhamedov"], id="message-handed-over"),
    pytest.param(  # greetings conveyed and an invitation handed over: to the one the messenger met
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev received the Ambassador of Oman Sheikh Said bin "
        "Hamad Al Harthi at the Akorda. The Omani ambassador conveyed greetings from Sultan Haitham bin Tarik "
        "and handed over an invitation to visit Muscat.",
        ["Haitham bin Tarik", "Kassym-Jomart Tokayev"], id="greetings-and-invitation"),
    pytest.param(  # a message received, containing an invitation
        "DOHA, Oct 2 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al Thani received a written message from "
        "President of Ghana John Dramani Mahama, containing an invitation to attend an investment summit in "
        "Accra. The message was delivered by Ghana's Minister of Foreign Affairs Samuel Okudzeto Ablakwa.",
        ["John Dramani Mahama", "Tamim bin Hamad Al Thani"], id="message-received"),
    pytest.param(  # "to X" on the invitation itself, though the messenger met another official later
        "TASHKENT, 12 May (UzA). Minister of Foreign Affairs of Qatar Sultan bin Saad Al-Muraikhi held talks with "
        "Minister of Foreign Affairs Bakhtiyor Saidov. The Qatari minister handed over an invitation from Emir "
        "Sheikh Tamim bin Hamad Al Thani to President Shavkat Mirziyoyev to visit Doha. Earlier, Al-Muraikhi met "
        "Minister of Investment Laziz Kudratov.",
        ["Shavkat Mirziyoyev", "Tamim bin Hamad Al Thani"], id="to-on-the-invitation"),
]


@pytest.mark.parametrize(("text", "persons"), CARRIED)
def test_a_carried_invitation_names_sender_and_addressee(extract, text, persons):
    invitation = next(e for e in extract(text).events if e.kind == "invitation")
    assert sorted(invitation.persons) == persons
