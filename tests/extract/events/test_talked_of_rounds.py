"""A planned sitting of a series whose sentence names people only as those who talk of it has none
(events/rounds.py talked_of_rounds)."""

from __future__ import annotations

from event_views import people

from dateline.article import Article

LEAD = ("BAKU, April 14 (Trend) - Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Baku on Tuesday with "
        "his Georgian counterpart Maka Botchorishvili, who is on an official visit to Azerbaijan. ")


def sittings(record, noun):
    return [e for e in record.events if e.trigger is not None and e.trigger.text.lower() == noun
            and e.status == "planned"]


def test_ministers_who_review_the_preparations_of_a_session_do_not_sit_at_it(extractor):
    text = LEAD + ("The two ministers reviewed the preparations for the second session of the Azerbaijan-Georgia "
                   "Intergovernmental Commission, which will be held in Tbilisi in the autumn.")
    record = extractor.extract(Article(text=text, id="t", published="2026-04-14"))
    found = sittings(record, "session")
    assert found and all(people(record, e) == set() for e in found)
    assert all(set(e.countries) >= {"AZE", "GEO"} for e in found)


def test_a_sitting_discussed_in_a_conversation_with_someone_names_no_one(extractor):
    text = LEAD + ("In the conversation with Botchorishvili, the sides discussed the 8th meeting of the "
                   "Azerbaijan-Georgia Joint Commission, which will be held in Tbilisi in December.")
    record = extractor.extract(Article(text=text, id="t", published="2026-04-14"))
    found = sittings(record, "meeting")
    assert found and all(people(record, e) == set() for e in found)


def test_those_who_will_co_chair_the_next_sitting_take_part(extractor):
    text = LEAD + ("The ministers announced that the next meeting of the Azerbaijan-Georgia Joint "
                   "Commission will be convened in Tbilisi in the autumn, co-chaired by Bayramov and Botchorishvili.")
    record = extractor.extract(Article(text=text, id="t", published="2026-04-14"))
    found = sittings(record, "meeting")
    assert found and any(people(record, e) == {"Jeyhun Bayramov", "Maka Botchorishvili"} for e in found)


def test_one_who_travels_to_take_part_in_a_sitting_sits_at_it(extractor):
    text = LEAD + ("Bayramov will travel to Tbilisi next week to take part in the 9th meeting of the "
                   "Azerbaijan-Georgia Joint Commission.")
    record = extractor.extract(Article(text=text, id="t", published="2026-04-14"))
    found = sittings(record, "meeting")
    assert found and any(people(record, e) == {"Jeyhun Bayramov"} for e in found)
