"""An invitation carried by a messenger names its sender and addressee, not the messenger (nor
the one who took it for another) (events/invitation_carriers.py)."""

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
    # 'to His Highness': the style's pronoun read as the messenger; the host he was received by is invited
    pytest.param(
        "ABU DHABI, 14th April, 2026 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan "
        "received today Petteri Orpo, Prime Minister of Finland, who is on an official visit to the country. "
        "During the meeting, the Finnish Prime Minister conveyed to His Highness an invitation from Finnish "
        "President Alexander Stubb to visit Helsinki.",
        ["Alexander Stubb", "Mohamed bin Zayed Al Nahyan"], id="to-his-highness"),
    # 'extended to HH the Amir an invitation from X'
    pytest.param(
        "DOHA, April 14 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al Thani received at the Amiri Diwan on "
        "Tuesday Minister of Foreign Affairs of Indonesia Sugiono. During the meeting, the Indonesian minister "
        "extended to HH the Amir an invitation from President Prabowo Subianto to visit Jakarta.",
        ["Prabowo Subianto", "Tamim bin Hamad Al Thani"], id="extended-to-hh-the-amir"),
    # a letter 'from X, which included an invitation'
    pytest.param(
        "BAKU, Azerbaijan, April 14. President Ilham Aliyev received Minister of Foreign Affairs of Kazakhstan "
        "Murat Nurtleu on Tuesday. The Kazakh minister handed President Aliyev a letter from President "
        "Kassym-Jomart Tokayev, which included an invitation to visit Astana in the autumn.",
        ["Ilham Aliyev", "Kassym-Jomart Tokayev"], id="letter-which-included"),
    # 'received an invitation from X to His Majesty Y': Y is invited, not the one who took it
    pytest.param(
        "MUSCAT, April 14 (ONA) -- Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, received today an "
        "invitation from President of Azerbaijan Ilham Aliyev to His Majesty Sultan Haitham bin Tarik to take part "
        "in a summit in Baku.",
        ["Haitham bin Tarik", "Ilham Aliyev"], id="received-an-invitation-to-the-sultan"),
    # an invitation passed beside a message: the message's sender sends it too
    pytest.param(
        "KHARTOUM, May 11 (SUNA) - Sovereignty Council Chairman Abdel Fattah Al-Burhan received Egyptian Foreign "
        "Minister Badr Abdelatty in Port Sudan on Monday. The Egyptian minister said he had conveyed to the "
        "Chairman a message from President Abdel Fattah El-Sisi on bilateral relations, in addition to an "
        "invitation to visit Cairo.",
        ["Abdel Fattah Al-Burhan", "Abdel Fattah El-Sisi"], id="in-addition-to-a-message"),
    pytest.param(
        "TASHKENT, May 12 (UzA) - President Shavkat Mirziyoyev received Turkmen Foreign Minister Rashid Meredov "
        "on Monday. The minister handed over a letter from President Serdar Berdimuhamedov, along with an "
        "invitation to attend a business forum in Ashgabat.",
        ["Serdar Berdimuhamedov", "Shavkat Mirziyoyev"], id="along-with-a-letter"),
    # 'asked X to convey his invitation to Y': 'his' is the one who asked; X only carries it
    pytest.param(
        "PHNOM PENH, May 12 (AKP) - Cambodian Prime Minister Hun Manet received Singaporean Foreign Minister "
        "Vivian Balakrishnan on Monday. Hun Manet asked the Singaporean minister to convey his invitation to "
        "Prime Minister Lawrence Wong to pay an official visit to Cambodia next year.",
        ["Hun Manet", "Lawrence Wong"], id="asked-to-convey-his-invitation"),
]


@pytest.mark.parametrize(("text", "persons"), CARRIED)
def test_a_carried_invitation_names_sender_and_addressee(extract, text, persons):
    invitation = next(e for e in extract(text).events if e.kind == "invitation")
    assert sorted(invitation.persons) == persons


def test_an_invitation_a_messenger_says_he_had_conveyed_is_dated_by_the_talks(extract):
    record = extract(
        "PORT SUDAN, May 12 (Red Sea Desk) - General Abdel Fattah Al-Burhan received the Egyptian Foreign "
        "Minister Badr Abdelatty today. Abdelatty said he had conveyed to Al-Burhan an invitation from President "
        "Abdel Fattah El-Sisi to visit Cairo.")
    dates = [e.date.start if e.date else None for e in record.events if e.kind == "invitation"]
    assert dates == ["2026-05-12"]


def test_an_invitation_a_guest_says_he_had_received_keeps_no_day(extract):
    record = extract(
        "PORT SUDAN, May 12 (Red Sea Desk) - General Abdel Fattah Al-Burhan received the Egyptian Foreign "
        "Minister Badr Abdelatty today. Al-Burhan said he had received an invitation from President Abdel "
        "Fattah El-Sisi to visit Cairo.")
    assert [e.date for e in record.events if e.kind == "invitation"] in ([None], [])
