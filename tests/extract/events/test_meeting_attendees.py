"""'The meeting was attended by the Ambassador of Kyrgyzstan to the Kingdom, X': the named people a
sentence says attended the talks told just before are parties of those talks (events/attended.py),
not of the visit; a person of a third state, or a meeting named by its own words, takes no one."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-04-14"


def test_the_ambassador_attending_is_a_party_of_the_reception(extract):
    record = extract(
        "MANAMA, April 14 (BNA) -- Foreign Minister Abdullatif bin Rashid Al Zayani received at the ministry today "
        "the Minister of Foreign Affairs of the Kyrgyz Republic, Jeenbek Kulubaev, who is on an official visit to "
        "the Kingdom.\n\n"
        "The two sides reviewed bilateral relations. The meeting was attended by the Ambassador of Kyrgyzstan to "
        "the Kingdom, Almaz Imangaziev.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Abdullatif bin Rashid Al Zayani", "Jeenbek Kulubaev", "Almaz Imangaziev"}
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all("Almaz Imangaziev" not in people(record, v) for v in visits)


def test_an_attendee_of_a_third_state_is_left_out(extract):
    record = extract(
        "Greek Foreign Minister Giorgos Gerapetritis met Cypriot Foreign Minister Constantinos Kombos in Athens "
        "on Monday. The meeting was attended by Egyptian Foreign Minister Badr Abdelatty.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and people(record, talks[0]) == {"Giorgos Gerapetritis", "Constantinos Kombos"}
