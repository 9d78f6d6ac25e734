"""The sides of talks told by "between" on the talks noun (events/geometry.py topic_mention): "talks
between Azerbaijan and Armenia", "a round of talks between Armenian and Azerbaijani delegations",
"consultations between the foreign ministries of A and B" are a meeting of those two; a conflict
"between" two states discussed at talks stays a topic."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def talks(record: Record) -> list[tuple[str, list[str], str, str | None]]:
    return [(e.kind, e.countries, e.status, e.place.name if e.place else None)
            for e in record.events if e.kind in {"meeting", "multilateral"}]


@pytest.mark.parametrize(("text", "countries", "place"), [
    ("Talks between Azerbaijan and Armenia took place in Washington on Monday.", ["ARM", "AZE"], "Washington"),
    ("A new round of talks between Armenian and Azerbaijani delegations took place in Tbilisi on Wednesday.",
     ["ARM", "AZE"], "Tbilisi"),
    ("The consultations between the foreign ministries of Kazakhstan and Kyrgyzstan were held in Bishkek on "
     "Monday.", ["KAZ", "KGZ"], "Bishkek"),
    ("Negotiations between Egyptian and Ethiopian experts on the dam ended in Cairo on Tuesday.", ["EGY", "ETH"],
     "Cairo"),
])
def test_talks_between_two_states_are_their_meeting(extract, text, countries, place):
    assert talks(extract(text)) == [("meeting", countries, "occurred", place)]


def test_a_conflict_between_two_states_discussed_is_a_topic(extract):
    record = extract("Turkish Foreign Minister Hakan Fidan held talks with Qatari Prime Minister Mohammed bin "
                     "Abdulrahman Al Thani in Doha on Monday on the conflict between Israel and Iran.")
    assert [(k, c) for k, c, _, _ in talks(record)] == [("meeting", ["QAT", "TUR"])]
