"""The story frame on full agency reports of several paragraphs (events/story.py, when_linked.py,
place.py): the talks and signings told inside a visit take the visit's city and days, an event in a
later paragraph of a one-engagement report takes the frame, same-day talks reported from the dateline
city are there; a past engagement told in passing and a planned one elsewhere keep their own place
and time."""

from __future__ import annotations

from dateline.record import Event, Record


def _people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def _kind(record: Record, kind: str) -> list[Event]:
    return [e for e in record.events if e.kind == kind]


VISIT_FROM_HOME = (
    "BAKU, Azerbaijan, Dec. 3 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Rome on a "
    "working visit, the ministry's press service reports.\n\n"
    "Within the framework of the visit, Bayramov met with Italian Minister of Defense Guido Crosetto.\n\n"
    "The parties discussed cooperation in the defense industry.\n\n"
    "Bayramov also held talks with Italian Deputy Prime Minister and Foreign Minister Antonio Tajani. Following "
    "the talks, the ministers signed a memorandum on political consultations.")


def test_talks_and_a_signing_inside_a_visit_take_the_visits_city_not_the_datelines(extract):
    record = extract(VISIT_FROM_HOME, "2026-12-03")
    for event in [*_kind(record, "meeting"), *_kind(record, "agreement")]:
        assert event.place is not None and (event.place.name, event.place.country) == ("Rome", "ITA")
        assert event.date is not None and event.date.start == "2026-12-03"
        assert set(event.countries) == {"AZE", "ITA"}
    signing = _kind(record, "agreement")[0]
    assert _people(record, signing) == {"Jeyhun Bayramov", "Antonio Tajani"}


HOSTED_VISIT = (
    "ASTANA, 14 May (Kazinform) -- Kazakh Prime Minister Olzhas Bektenov is paying an official visit to "
    "Tashkent.\n\n"
    "On Wednesday, Bektenov held talks with Uzbek Prime Minister Abdulla Aripov. The heads of government "
    "discussed trade and water management.\n\n"
    "The next day, the prime ministers chaired the meeting of the Intergovernmental Council and signed a "
    "roadmap on industrial cooperation.\n\n"
    "Earlier, in March, Aripov visited Astana, where he met with President Kassym-Jomart Tokayev.")


def test_a_later_paragraph_takes_the_visits_city_and_its_own_day(extract):
    record = extract(HOSTED_VISIT, "2026-05-14")
    roadmap = _kind(record, "agreement")[0]
    assert roadmap.place is not None and roadmap.place.name == "Tashkent"
    assert roadmap.date is not None and roadmap.date.start == "2026-05-14"
    assert _people(record, roadmap) == {"Olzhas Bektenov", "Abdulla Aripov"}


def test_a_past_visit_told_in_passing_keeps_its_own_city_and_month(extract):
    record = extract(HOSTED_VISIT, "2026-05-14")
    past = [e for e in record.events if "Kassym-Jomart Tokayev" in _people(record, e)]
    assert past
    for event in past:
        assert event.place is not None and event.place.name == "Astana"
        assert event.date is not None and event.date.start == "2026-03"


def test_same_day_talks_reported_from_the_host_city_are_there(extract):
    record = extract(
        "DOHA, Feb 20 (QNA) -- HH the Amir Sheikh Tamim bin Hamad Al-Thani received at the Amiri Diwan on "
        "Thursday morning the President of the Republic of Indonesia Prabowo Subianto.\n\n"
        "During the meeting, they discussed bilateral relations. The two sides also signed several "
        "agreements and memoranda of understanding.", "2026-02-20")
    for event in [*_kind(record, "meeting"), *_kind(record, "agreement")]:
        assert event.place is not None and event.place.name == "Doha"
        assert event.date is not None and event.date.start == "2026-02-19"


def test_a_planned_visit_elsewhere_frames_its_own_talks_not_the_datelines(extract):
    record = extract(
        "ANKARA, Oct 8 (AA) - Turkish President Recep Tayyip Erdogan will pay an official visit to Serbia next "
        "week, the Presidential Communications Directorate said on Wednesday.\n\n"
        "During the visit, Erdogan will meet Serbian President Aleksandar Vucic.\n\n"
        "The two leaders are expected to sign several agreements.", "2026-10-08")
    for event in record.events:
        assert event.status == "planned"
        assert event.place is not None and event.place.country == "SRB"
