"""A gathering framed by the noun its phrase hangs from (issue 14, item 3): "in the run-up to the X
Forum" (the parser splits "run - up" and may split the name), "thanked him for the excellent
organisation of the Y Forum", "a week ahead of the Z leaders' summit"; a body's name that holds a
gathering word ("the Organization of the Islamic Conference") frames nothing; a gathering named in
another's relative clause is one of its own."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def gatherings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "name"), [
    ("DHAKA, 14 May (BSS) -- In the run-up to the Bay of Bengal Economic Forum, Bangladeshi Commerce Minister "
     "Salman Rahman received a delegation of the Asian Development Bank.", "Bay of Bengal Economic Forum"),
    ("ACCRA, 14 May (GNA) -- In the run-up to the West African Energy Summit, Ghana's Energy Minister John "
     "Jinapor met the Ivorian ambassador in Accra.", "West African Energy Summit"),
])
def test_the_run_up_to_a_gathering_names_a_planned_gathering(extract, text, name):
    [event] = gatherings(extract(text))
    assert (event.name, event.status) == (name, "planned")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("TBILISI, 14 May (Interpressnews) -- The Georgian Prime Minister thanked his Armenian counterpart for the "
     "excellent organisation of the Yerevan Connectivity Forum.", "Yerevan Connectivity Forum", "ARM"),
    ("TASHKENT, 14 May (UzA) -- President Shavkat Mirziyoyev thanked the Kazakh leader for the high-level "
     "organization of the Astana International Forum.", "Astana International Forum", "KAZ"),
])
def test_the_organisation_of_a_forum_is_a_held_forum(extract, text, name, country):
    [event] = gatherings(extract(text))
    assert (event.name, event.status) == (name, "occurred")
    assert event.countries == [country]
    assert event.place is not None and event.place.country == country


def test_the_name_of_a_body_frames_no_gathering(extract):
    record = extract("JEDDAH, 14 May (SPA) -- Envoys of the Organization of the Islamic Conference met in Jeddah on "
                     "Tuesday to discuss the situation in Sudan.")
    assert not gatherings(record)


def test_a_gathering_named_in_anothers_relative_clause_is_its_own(extract):
    record = extract(
        "KUALA LUMPUR, 26 May (Bernama) -- Gulf leaders arrived in Kuala Lumpur on Sunday for the second "
        "ASEAN-GCC Summit, which will be held on Tuesday alongside the 46th ASEAN Summit.\n\n"
        "Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, will host both meetings.",
        published="2025-05-26")
    names = sorted(e.name for e in gatherings(record))
    assert names == ["46th ASEAN Summit", "second ASEAN-GCC Summit"]
    first = next(e for e in gatherings(record) if e.name == "second ASEAN-GCC Summit")
    assert {"ASEAN", "GCC", "MYS"} <= set(first.countries)


def test_a_summit_named_by_its_leaders_words(extract):
    record = extract("PHNOM PENH, 14 May (AKP) -- The ministers signed the accord on Friday in Phnom Penh, a week "
                     "ahead of the Mekong-Lancang leaders' summit there.")
    [event] = gatherings(record)
    assert event.status == "planned"
    assert event.place is not None and (event.place.name, event.place.country) == ("Phnom Penh", "KHM")
