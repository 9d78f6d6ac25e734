"""Talks told by the noun alone take the two states of the story around them (events/story_sides.py)."""

from __future__ import annotations

PUBLISHED = "2025-05-14"


def meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_talks_with_no_side_take_the_two_states_of_the_sentences_around(extract):
    record = extract("Armenia says it will reopen two border crossings this month. Talks were under way on "
                     "Tuesday to settle the last disputed villages. Azerbaijani officials said the sticking "
                     "point remains the road through the gorge.")
    (talks,) = meetings(record)
    assert talks.countries == ["ARM", "AZE"]


def test_those_talks_resumed_tells_the_talks_of_the_story(extract):
    record = extract("A senior Thai negotiator says Cambodia plans to withdraw its troops from the temple area "
                     "this week. Those talks resumed Sunday with officers from each side meeting at the border.")
    (talks,) = meetings(record)
    assert talks.countries == ["KHM", "THA"]


def test_a_story_of_one_state_or_of_three_lends_no_sides(extract):
    assert meetings(extract("Kenya's parliament approved the budget on Monday. Talks were under way to end the "
                            "strike by teachers. Kenyan unions said they would march again.")) == []
    assert meetings(extract("Chile and Peru disagree on fishing quotas. Talks were under way on Tuesday. "
                            "Ecuador said it would join them.")) == []


def test_talks_told_before_are_not_told_again(extract):
    record = extract("Serbian President Aleksandar Vucic held talks with Hungarian Prime Minister Viktor Orban "
                     "in Budapest on Monday. The talks focused on energy. Hungary will buy Serbian power.")
    assert len(meetings(record)) == 1
