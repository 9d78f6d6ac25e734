"""More shapes of 'who attended the talks told just before' (events/attended.py): a bare 'Also present
were', a fronted gerund, 'present during', a passive 'join', the talks as one of two objects, a
delegation's list of members, separate meetings told by one verb and referred to in the plural some
sentences on (these failed on the old code); talks recalled in passing take no one (a guard of the new
delegation lists)."""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2026-05-20"

_TALKS = ("DOHA, May 19 (QNA) - Qatar's Minister of State for Foreign Affairs Mohammed bin Abdulaziz Al Khulaifi "
          "held talks with Slovenian Foreign Minister Tanja Fajon in Doha on Tuesday.\n\n")
_HOSTS = {"Mohammed bin Abdulaziz Al Khulaifi", "Tanja Fajon"}


@pytest.mark.parametrize("told", [
    "Also present were Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri and Slovenian State Secretary "
    "Marko Stucin.",
    "Attending the talks were Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri and Slovenian State Secretary "
    "Marko Stucin.",
    "Taking part in the meeting were Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri and Slovenian State "
    "Secretary Marko Stucin.",
    "Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri and Slovenian State Secretary Marko Stucin were also "
    "present during the meeting.",
    "The talks were later joined by Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri and Slovenian State "
    "Secretary Marko Stucin.",
    "Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri and Slovenian State Secretary Marko Stucin, among "
    "others, attended the official reception and the talks.",
])
def test_attendees_in_more_shapes(extract, told):
    record = extract(_TALKS + told)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1, told
    assert people(record, talks[0]) == _HOSTS | {"Ali bin Hamad Al Marri", "Marko Stucin"}, told


@pytest.mark.parametrize("told", [
    "The Slovenian delegation included State Secretary Marko Stucin and Ambassador Ales Kocjancic.",
    "The Slovenian delegation was made up of State Secretary Marko Stucin and Ambassador Ales Kocjancic.",
    "The delegation also comprised State Secretary Marko Stucin and Ambassador Ales Kocjancic.",
])
def test_a_delegation_list_after_talks(extract, told):
    record = extract(_TALKS + "The two sides discussed energy and tourism.\n\n" + told)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1, told
    assert people(record, talks[0]) == _HOSTS | {"Marko Stucin", "Ales Kocjancic"}, told


def test_separate_meetings_attended_some_sentences_on(extract):
    record = extract(
        "RIYADH, May 19 (SPA) -- Saudi Minister of Foreign Affairs Prince Faisal bin Farhan held separate meetings "
        "today with Italian Foreign Minister Antonio Tajani and Greek Foreign Minister Giorgos Gerapetritis.\n\n"
        "The meetings reviewed bilateral relations. Prince Faisal discussed with Tajani the Mediterranean. He also "
        "discussed with Gerapetritis shipping.\n\n"
        "The minister later chaired a session on the economy. Both visitors praised the reforms.\n\n"
        "The meetings were attended by Deputy Minister of Foreign Affairs Waleed Elkhereiji.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 2
    assert all("Waleed Elkhereiji" in people(record, t) for t in talks)


def test_talks_recalled_in_passing_take_no_delegation(extract):
    record = extract(
        "ANKARA, May 19 (Anadolu) - Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev "
        "held talks in Ankara on Tuesday.\n\n"
        "The two presidents recalled their talks in Baku on March 2, where they agreed on a new gas pipeline.\n\n"
        "The Azerbaijani delegation included Foreign Minister Jeyhun Bayramov and Economy Minister Mikayil "
        "Jabbarov.")
    recalled = [e for e in record.events if e.kind == "meeting" and e.date and e.date.start == "2026-03-02"]
    assert recalled and "Jeyhun Bayramov" not in people(record, recalled[0])


@pytest.mark.parametrize("told", [
    "The ministers agreed to hold the next round of talks in Ljubljana in the autumn.\n\n"
    "Also present were Qatar's Ambassador to Slovenia Ali bin Hamad Al Marri.",
    "The sides agreed to meet again at the Doha Forum in December. Qatar's Ambassador to Slovenia Ali bin Hamad "
    "Al Marri was also present at the meeting.",
])
def test_attendees_told_in_the_past_are_at_the_talks_held(extract, told):
    record = extract(_TALKS + told)
    held = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"]
    assert held and "Ali bin Hamad Al Marri" in people(record, held[0]), told
    planned = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert all("Ali bin Hamad Al Marri" not in people(record, e) for e in planned), told
