"""Talks told as what the speaker and a named official discussed (events/sides_talked.py; issue 14):
"X says he and Mr. Y also discussed ..." is a meeting of X and Y, whether or not a visit is told;
a pronoun with a name that holds no office abroad tells no talks between states."""

from __future__ import annotations

PUBLISHED = "2025-03-06"


def _meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_the_speaker_and_a_named_minister_discussed(extract):
    record = extract(
        "ISLAMABAD, March 5 (APP) -- Iranian Foreign Minister Abbas Araghchi, who arrived in Islamabad on "
        "Wednesday for a two-day visit, says he and Pakistani Foreign Minister Ishaq Dar discussed a gas "
        "pipeline and border trade.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.persons) == ["Abbas Araghchi", "Ishaq Dar"]
    assert sorted(meeting.countries) == ["IRN", "PAK"]
    assert meeting.status == "occurred"
    assert meeting.place is not None and meeting.place.country == "PAK"


def test_a_report_that_goes_on_with_what_he_and_the_host_agreed(extract):
    record = extract(
        "ASTANA, 4 March (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu arrived in Ulaanbaatar on "
        "Tuesday for an official visit to Mongolia.\n\n"
        "Nurtleu told reporters he and Mongolian Foreign Minister Battsetseg Batmunkh also discussed "
        "transit fees and a new rail link to the Chinese border.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.countries) == ["KAZ", "MNG"]
    assert "Battsetseg Batmunkh" in meeting.persons


def test_he_and_a_private_person_tell_no_talks_between_states(extract):
    record = extract("The senator said he and Mr. Smith discussed the budget over dinner in Ohio.")
    assert _meetings(record) == []
