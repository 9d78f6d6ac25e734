"""Titles told alone (coref_titles.py): a title with no canonical form is read by its words ('the Amir',
never anyone at all), 'the head of the Cabinet' is the chairman of the Cabinet, 'the Head of our state'
a leader, a capitalised 'the Head of State' the agency's own head of state named first, and 'the
minister' no prime minister. These failed on the old code."""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("KUWAIT, May 19 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received Moroccan "
     "Foreign Minister Nasser Bourita at Bayan Palace on Tuesday.\n\n"
     "Bourita conveyed a message from King Mohammed VI.\n\n"
     "Later, the Amir received Tunisian Foreign Minister Mohamed Ali Nafti.",
     "meeting", {"Meshal Al-Ahmad Al-Jaber Al-Sabah", "Mohamed Ali Nafti"}),
    ("DOHA, May 19 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani met President of Ghana John "
     "Mahama at the Amiri Diwan.\n\n"
     "President Mahama earlier held talks with Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al "
     "Thani.\n\n"
     "In the evening the Amir hosted a dinner for Senegalese President Bassirou Diomaye Faye.",
     "meeting", {"Tamim bin Hamad Al Thani", "Bassirou Diomaye Faye"}),
])
def test_a_title_without_canonical_form(extract, text, kind, pair):
    record = extract(text)
    assert any(people(record, e) == pair for e in record.events if e.kind == kind), \
        [(e.trigger.text, people(record, e)) for e in record.events]


@pytest.mark.parametrize("text", [
    "BISHKEK, May 19 (Kabar). Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev met with Prime "
    "Minister of Mongolia Gombojavyn Zandanshatar in Bishkek.\n\n"
    "The head of the Cabinet invited the Mongolian prime minister to attend the next session of the "
    "intergovernmental commission.",
    "TASHKENT, May 19 (UzA). President Shavkat Mirziyoyev received "
    "Prime Minister of Belarus Aleksandr Turchin.\n\n"
    "The Head of our state invited the Belarusian premier to the Tashkent Investment Forum.",
])
def test_the_head_of_a_body_or_state_invites(extract, text):
    record = extract(text)
    invitations = [e for e in record.events if e.kind == "invitation"]
    assert invitations and len(people(record, invitations[0])) == 2, \
        [(e.kind, e.trigger.text, people(record, e)) for e in record.events]


def test_the_capitalised_head_of_state_is_the_agency_s_own(extract):
    record = extract(
        "BEIJING. KAZINFORM - Kazakh President Kassym-Jomart Tokayev and President of the People's Republic of China "
        "Xi Jinping held talks at the Great Hall of the People on Thursday.\n\n"
        "The Head of State arrived in Beijing on Wednesday at the invitation of the Chinese leader.")
    invitations = [e for e in record.events if e.kind == "invitation"]
    assert invitations and people(record, invitations[0]) == {"Kassym-Jomart Tokayev", "Xi Jinping"}


def test_the_minister_is_no_prime_minister(extract):
    record = extract(
        "ASTANA, 19 May. Kazakh President Kassym-Jomart Tokayev received Minister of Foreign Affairs of Slovakia Juraj "
        "Blanar.\n\n"
        "Tokayev asked him to convey greetings to Prime Minister Robert Fico. The minister thanked the President "
        "for the welcome and invited him to visit Bratislava.")
    invitations = [e for e in record.events if e.kind == "invitation"]
    assert invitations and people(record, invitations[0]) == {"Kassym-Jomart Tokayev", "Juraj Blanar"}


@pytest.mark.parametrize("text", [
    "ANKARA, May 19 (Anadolu) - Azerbaijani President Ilham Aliyev arrived in Ankara at the invitation of the "
    "Turkish leader Recep Tayyip Erdogan.\n\n"
    "At the end of the talks, Aliyev invited Erdogan to pay an official visit to Azerbaijan next year.",
    "BEIJING. KAZINFORM - Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks on "
    "Thursday. The Head of State is in Beijing at the invitation of the Chinese leader.\n\n"
    "Tokayev invited Xi Jinping to pay a state visit to Kazakhstan in 2027.",
])
def test_the_guest_inviting_his_host_back_is_a_second_invitation(extract, text):
    record = extract(text)
    invitations = [e for e in record.events if e.kind == "invitation"]
    assert len(invitations) == 2, [(e.trigger.text, people(record, e)) for e in record.events]
