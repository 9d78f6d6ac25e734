"""What an official told an official of another state, however the addressee is written or parsed
(events/sides_talked.py addressee, said_inside; issue 14): "told visiting Prime Minister Y that the
talks ...", "told Foreign Minister Y Monday the ..." (the name hung on the day), "told a Chinese
envoy". Reporters, a news agency or parliament are no addressee of talks."""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2025-06-10"


def _meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_told_a_visiting_official_is_talks_and_the_visit(extract):
    record = extract("Austrian Chancellor Karl Nehammer told visiting Slovak Prime Minister Robert Fico that the "
                     "schedule for the pipeline talks should be kept.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.countries) == ["AUT", "SVK"]
    assert people(record, meeting) == {"Karl Nehammer", "Robert Fico"}
    assert meeting.status == "occurred"
    assert [sorted(e.countries) for e in record.events if e.kind == "visit"] == [["AUT", "SVK"]]


def test_the_addressee_hung_on_the_day_after_it(extract):
    record = extract("ANKARA, June 9 (AP) - The Pentagon's Colin Kahl told Turkish Foreign Minister Hakan Fidan "
                     "Monday the United States is committed to preserving Syria's territorial integrity.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.countries) == ["TUR", "USA"]
    assert people(record, meeting) == {"Colin Kahl", "Hakan Fidan"}
    assert meeting.status == "occurred"


def test_an_unnamed_envoy_of_a_state(extract):
    record = extract("Cuban President Miguel Diaz-Canel told a Mexican envoy in Havana on Tuesday that his "
                     "government wants closer trade ties.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.countries) == ["CUB", "MEX"]
    assert people(record, meeting) == {"Miguel Diaz-Canel"}


@pytest.mark.parametrize("text", [
    "Polish Foreign Minister Radoslaw Sikorski told reporters in Warsaw on Monday that talks with Kyiv would resume.",
    "Iranian President Masoud Pezeshkian told state television that the talks would go on.",
    "Indian Prime Minister Narendra Modi told parliament that the visit of the Nepali premier went well.",
    "Brazilian President Luiz Inacio Lula da Silva told the news agency Reuters that the talks had stalled.",
])
def test_no_official_addressed_is_no_talks(extract, text):
    record = extract(text)
    assert all(len(e.countries) < 2 or "told" not in e.trigger.text for e in _meetings(record))


@pytest.mark.parametrize(("text", "countries", "persons"), [
    ("His arrest follows a surprise visit to Kenya by U.S. Secretary of State Antony Blinken, who urged President "
     "William Ruto to do more to stop the smuggling.", ["KEN", "USA"], {"Antony Blinken", "William Ruto"}),
    ("British Foreign Secretary David Lammy, who told Israeli Prime Minister Benjamin Netanyahu that the strikes "
     "must stop, flew home on Friday.", ["GBR", "ISR"], {"David Lammy", "Benjamin Netanyahu"}),
])
def test_the_official_a_relative_clause_hangs_from_tells(extract, text, countries, persons):
    record = extract(text)
    (meeting,) = _meetings(record)
    assert sorted(meeting.countries) == countries
    assert people(record, meeting) == persons
    assert meeting.status == "occurred"


def test_who_told_reporters_is_no_talks(extract):
    record = extract("Spanish Prime Minister Pedro Sanchez, who told reporters in Madrid that the summit went well, "
                     "flew to Lisbon on Friday.")
    assert _meetings(record) == []
