"""A person whose only post is outside the state (a militant group's leader) is no named party of an
engagement between states (events/private_posts.py): the officials of the talks stay its people, the
others stay in the record's actors."""

from __future__ import annotations

PUBLISHED = "2025-03-05"


def test_group_leaders_met_by_a_minister_are_not_its_people(extract):
    record = extract("Militant sources say Hezbollah leader Naim Qassem and Islamic Jihad leader Ziad Nakhaleh "
                     "were both meeting on Wednesday with Iranian Foreign Minister Abbas Araghchi in Beirut.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    for event in meetings:
        assert "Abbas Araghchi" in event.persons
        assert not {"Naim Qassem", "Ziad Nakhaleh"} & set(event.persons)
    assert all(len(e.countries) >= 2 for e in meetings)  # Iran alone with two groups: no talks between states
    assert {"Naim Qassem", "Ziad Nakhaleh"} <= {a.name for a in record.actors if a.kind == "person"}


def test_agency_report_of_talks_with_a_state_and_a_group(extract):
    record = extract(
        "CAIRO, March 4 (MENA) -- Egyptian Foreign Minister Badr Abdelatty held talks in Cairo on Tuesday with "
        "Hamas leader Khalil al-Hayya and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.\n\n"
        "The talks focused on the truce in Gaza and the reconstruction of the Strip, the ministry said.")
    (event,) = [e for e in record.events if e.kind == "meeting"]
    assert event.countries == ["EGY", "QAT"]
    assert set(event.persons) == {"Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani"}
