"""Gatherings named only in passing (issue 14, item 3): "in the run-up to COP30", "within the
framework of the World Government Summit in Dubai", "on the margins of the Munich Security
Conference", "will attend the ministerial meeting of the Non-Aligned Movement in Kampala". The
gathering is its own event, ahead or where its name puts it; the talks told beside it are set there,
and the clause's own day and place are not the gathering's."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-06-10"


def _kind(record: Record, *kinds: str):
    (event,) = [e for e in record.events if e.kind in kinds]
    return event


def test_talks_in_the_run_up_to_a_numbered_session(extract):
    record = extract(
        "MOSCOW, 10 June (TASS) -- In the run-up to COP30, Russian Foreign Minister Sergey Lavrov held talks with "
        "his Brazilian counterpart Mauro Vieira in Moscow on Tuesday, the ministry said.")
    cop = _kind(record, "gathering")
    assert cop.status == "planned"
    assert cop.countries == ["UN"]
    assert cop.place is None and cop.date is None
    talks = _kind(record, "meeting")
    assert set(talks.countries) == {"BRA", "RUS"} and talks.status == "occurred"


def test_talks_within_the_framework_of_a_summit_are_held_where_it_is(extract):
    record = extract(
        "ABU DHABI, 10 June (WAM) -- Within the framework of the World Government Summit in Dubai, UAE Minister of "
        "State Khalifa Shaheen Al Marar met Tajik Foreign Minister Sirojiddin Muhriddin on Tuesday.")
    summit = _kind(record, "gathering")
    assert summit.place is not None and summit.place.name == "Dubai"
    talks = _kind(record, "meeting")
    assert talks.place is not None and talks.place.name == "Dubai"


def test_a_conference_named_after_its_city_told_from_another(extract):
    record = extract(
        "BERLIN, 10 June (dpa) -- On the margins of the Munich Security Conference, German Foreign Minister Johann "
        "Wadephul met Chinese Foreign Minister Wang Yi on Tuesday.")
    conference = _kind(record, "gathering")
    assert conference.place is not None and (conference.place.name, conference.place.country) == ("Munich", "DEU")
    talks = _kind(record, "meeting")
    assert talks.place is not None and talks.place.name == "Munich"


def test_the_ministerial_meeting_of_a_movement(extract):
    record = extract(
        "TEHRAN, 10 June (IRNA) -- Iranian Foreign Minister Abbas Araghchi will attend the ministerial meeting of "
        "the Non-Aligned Movement in Kampala next week, the ministry spokesman said.")
    meeting = _kind(record, "multilateral", "gathering")
    assert meeting.status == "planned"
    assert {"NonAligned", "UGA"} <= set(meeting.countries)
    assert meeting.place is not None and (meeting.place.name, meeting.place.country) == ("Kampala", "UGA")


def test_a_country_hosting_a_forum_named_after_its_city(extract):
    record = extract(
        "ANKARA, 10 June (Anadolu) -- Turkiye hosted the 4th Antalya Diplomacy Forum on Friday, which was attended "
        "by over 20 heads of state and government.")
    forum = _kind(record, "gathering")
    assert forum.countries == ["TUR"]
    assert forum.place is not None and (forum.place.name, forum.place.country) == ("Antalya", "TUR")


def test_an_associations_annual_meeting_is_no_body_of_states(extract):
    record = extract(
        "ULAANBAATAR, 10 June (Montsame) -- The prosecutors general of Mongolia and Kyrgyzstan met in Ulaanbaatar on "
        "Tuesday on the sidelines of the annual general meeting of the International Association of Prosecutors.")
    talks = _kind(record, "meeting")
    assert set(talks.countries) == {"KGZ", "MNG"}


def test_a_session_of_a_forum_named_after_its_city(extract):
    record = extract(
        "MOSCOW, 10 June (TASS) -- Russian President Vladimir Putin will speak at the plenary session of the St. "
        "Petersburg International Economic Forum (SPIEF) on June 20, the Kremlin said.")
    forum = _kind(record, "gathering")
    assert forum.status == "planned"
    assert forum.place is not None and forum.place.country == "RUS" and "Petersburg" in (forum.place.name or "")
    assert "Vladimir Putin" in forum.persons


def test_two_summits_attended_in_one_sentence(extract):
    record = extract(
        "ASTANA, 10 June (Kazinform) -- President Kassym-Jomart Tokayev will attend the SCO summit in Tianjin and "
        "the CSTO summit in Moscow this autumn, his press secretary said.")
    summits = {tuple(sorted(e.countries)) for e in record.events if e.kind == "gathering"}
    assert summits == {("CHN", "SCO"), ("CSTO", "RUS")}


def test_a_named_gathering_told_as_the_scene_of_a_protest_is_one(extract):
    record = extract("Hundreds of farmers protested on Monday outside the United Nations International Conference "
                     "on Food Security in Chile's capital Santiago.")
    gathering = _kind(record, "gathering")
    assert set(gathering.countries) >= {"UN"} and gathering.status == "occurred"


def test_a_named_gathering_told_as_a_time_is_one(extract):
    record = extract("In the weeks around the United Nations Conference on Climate Finance in 2019, the city banned "
                     "street vendors.")
    assert _kind(record, "gathering").countries == ["UN"]


def test_a_day_of_a_conference_tells_the_conference(extract):
    record = extract("Police arrested twenty people on day two of a Japanese-organized conference on ocean plastics "
                     "in Osaka.")
    assert _kind(record, "gathering").countries == ["JPN"]


def test_an_unnamed_conference_outside_which_people_gather_is_not_made_one(extract):
    record = extract("Hundreds of farmers protested on Monday outside the conference hall in Santiago.")
    assert [e.kind for e in record.events] == []
