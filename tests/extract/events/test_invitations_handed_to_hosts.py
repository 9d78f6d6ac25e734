"""An invitation a messenger hands to the host he was received by: addressed by a style ('to His
Highness', 'to HH the Amir'), or carried in a message 'which included' it
(events/invitation_carriers.py)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-04-14"

HANDED = [
    pytest.param(
        "ABU DHABI, 14th April, 2026 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan "
        "received today Petteri Orpo, Prime Minister of Finland, who is on an official visit to the country. "
        "During the meeting, the Finnish Prime Minister conveyed to His Highness an invitation from Finnish "
        "President Alexander Stubb to visit Helsinki.",
        ["Alexander Stubb", "Mohamed bin Zayed Al Nahyan"], id="to-his-highness"),
    pytest.param(
        "DOHA, April 14 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al Thani received at the Amiri Diwan on "
        "Tuesday Minister of Foreign Affairs of Indonesia Sugiono. During the meeting, the Indonesian minister "
        "extended to HH the Amir an invitation from President Prabowo Subianto to visit Jakarta.",
        ["Prabowo Subianto", "Tamim bin Hamad Al Thani"], id="extended-to-hh-the-amir"),
    pytest.param(
        "BAKU, Azerbaijan, April 14. President Ilham Aliyev received Minister of Foreign Affairs of Kazakhstan "
        "Murat Nurtleu on Tuesday. The Kazakh minister handed President Aliyev a letter from President "
        "Kassym-Jomart Tokayev, which included an invitation to visit Astana in the autumn.",
        ["Ilham Aliyev", "Kassym-Jomart Tokayev"], id="letter-which-included"),
]


@pytest.mark.parametrize(("text", "persons"), HANDED)
def test_the_host_is_invited_not_the_messenger(extract, text, persons):
    invitation = next(e for e in extract(text).events if e.kind == "invitation")
    assert sorted(invitation.persons) == persons


RECEIVED_FOR = [
    pytest.param(
        "MUSCAT, April 14 (ONA) -- Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, received today an "
        "invitation from President of Azerbaijan Ilham Aliyev to His Majesty Sultan Haitham bin Tarik to take part "
        "in a summit in Baku.",
        ["Haitham bin Tarik", "Ilham Aliyev"], id="received-an-invitation-to-the-sultan"),
]


@pytest.mark.parametrize(("text", "persons"), RECEIVED_FOR)
def test_an_invitation_received_for_another_invites_him(extract, text, persons):
    invitation = next(e for e in extract(text).events if e.kind == "invitation")
    assert sorted(invitation.persons) == persons
