"""Talks on wire copy, session 26 (events/participants.py _in_setting_phrase, events/geometry.py
talked_about): a body in the with-phrase of talks that are themselves the object of a preposition
("during talks with EU officials", "is in talks with the WHO") is a side, not the setting; a state
named anywhere inside the talks' own topic phrase ("talks on issues including how to stop the
violence in X") is no side."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-03-04"


def test_a_body_talked_with_during_talks_is_a_side(extract):
    record = extract("Turkish Prime Minister Recep Tayyip Erdogan raised the issue during talks with European "
                     "Union officials in Brussels on Monday.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["EU", "TUR"]
    assert people(record, meeting) == {"Recep Tayyip Erdogan"}


def test_a_state_in_talks_with_an_agency_meets_it(extract):
    record = extract("Indonesia is in talks with the World Health Organization on a new virus-sharing system.")
    assert one(record, "meeting").countries == ["IDN", "WHO"]
    record = extract("At talks with NATO in Brussels on Monday, Georgian Foreign Minister Ilia Darchiashvili "
                     "asked for a clear path to membership.")
    assert one(record, "meeting").countries == ["GEO", "NATO"]


def test_the_summit_a_meeting_is_set_at_stays_its_setting(extract):
    record = extract("Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping on the "
                     "sidelines of the SCO summit in Astana on Wednesday.")
    assert one(record, "meeting").countries == ["CHN", "KAZ"]


def test_a_state_deep_in_the_talks_topic_is_no_side(extract):
    record = extract("U.S. Defense Secretary Lloyd Austin has arrived in Jordan for talks on issues including "
                     "how to stop the fighting in Syria.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["JOR", "USA"]
    assert one(record, "visit").countries == ["JOR", "USA"]
    record = extract("Japanese Foreign Minister Yoko Kamikawa held talks with Egyptian Foreign Minister Sameh "
                     "Shoukry in Cairo on ways to get more aid to the people of Gaza.")
    assert one(record, "meeting").countries == ["EGY", "JPN"]


def test_a_side_in_a_with_phrase_under_the_topic_is_kept(extract):
    record = extract("Kenya and Ethiopia held talks on Monday about the border trade agreement with Somalia.")
    assert "ETH" in one(record, "meeting").countries and "KEN" in one(record, "meeting").countries
