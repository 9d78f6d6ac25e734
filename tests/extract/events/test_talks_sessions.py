"""A session of talks is the talks: "held a session of talks with his Sudanese counterpart", "the second
session of political consultations between the two countries" are meetings between two states, not
gatherings (a session of a conference, "the plenary session of the summit", stays a part of it)."""

from __future__ import annotations

PUBLISHED = "2026-03-04"


def kinds(record):
    return sorted(e.kind for e in record.events)


def test_a_session_of_talks_is_the_talks(extract):
    record = extract("CAIRO, March 4 (Nile Wire) - Egyptian Foreign Minister Badr Abdelatty held a session of talks "
                     "with his Sudanese counterpart Ali Youssef on Tuesday.")
    assert "gathering" not in kinds(record)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and set(talks[0].countries) == {"EGY", "SDN"}


def test_a_planned_session_of_consultations_is_a_planned_meeting(extract):
    record = extract("ROME, March 4 (Euro Wire) - Italian Foreign Minister Antonio Tajani and his Slovenian "
                     "counterpart Tanja Fajon met in Rome on Tuesday. The two ministers discussed the preparations "
                     "for the second session of political consultations between the two countries, which will be "
                     "held in Ljubljana early next year.")
    assert "gathering" not in kinds(record)
    planned = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert planned and set(planned[0].countries) == {"ITA", "SVN"}
