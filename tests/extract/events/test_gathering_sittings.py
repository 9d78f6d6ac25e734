"""The meeting of a named conference is that conference's sitting, and the short name its full name
gives in brackets tells the same sitting again (issue 14, item 3: named sessions of bodies; one
gathering told over several sentences is one event)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def gatherings(record):
    return [e for e in record.events if e.kind in {"gathering", "multilateral", "meeting"}]


@pytest.mark.parametrize(("text", "host", "city"), [
    ("ULAANBAATAR, June 9 (Steppe Wire) -- Mongolia will host the 17th meeting of the Conference of the Parties to "
     "the UN Convention to Combat Desertification in Ulaanbaatar in August 2026, the environment ministry said.",
     "MNG", "Ulan Bator"),
    ("RIYADH, June 9 (Gulf Desk) -- Saudi Arabia hosted the 16th meeting of the Conference of the Parties to the UN "
     "Convention to Combat Desertification in Riyadh in December, the environment minister recalled.",
     "SAU", "Riyadh"),
])
def test_the_meeting_of_a_named_conference_is_one_gathering(extract, text, host, city):
    (event,) = gatherings(extract(text))
    assert event.kind == "gathering"
    assert set(event.countries) == {host, "UN"}
    assert event.place is not None and (event.place.name, event.place.country) == (city, host)
    assert event.name is not None and event.name.lower().startswith(("17th meeting", "16th meeting"))


def test_the_short_name_in_brackets_tells_the_same_sitting_again(extract):
    record = extract(
        "BAKU, June 9 (Caspian Wire) -- Azerbaijan hosted the 29th session of the Conference of the Parties to "
        "the UN Framework Convention on Climate Change (COP29) in Baku in November 2024. Speaking of COP29, "
        "Deputy Minister of Ecology Umayra Taghiyeva said on Monday that the country would share its experience "
        "with the next hosts. COP29 had brought together delegations from nearly 200 states.")
    (event,) = gatherings(record)
    assert set(event.countries) == {"AZE", "UN"}
    assert event.status == "occurred"
    assert event.date is not None and event.date.start == "2024-11"
    assert event.place is not None and event.place.country == "AZE"


def test_a_different_short_name_is_another_sitting(extract):
    record = extract(
        "BRASILIA, June 9 (Planalto Wire) -- Brazil will host the 30th session of the Conference of the Parties "
        "(COP30) in Belem in November. Officials said the lessons of COP28 in Dubai would be taken into account.")
    found = gatherings(record)
    assert any(e.place is not None and e.place.country == "BRA" and e.status == "planned" for e in found)
    assert len(found) == 2, [(e.name, e.countries) for e in found]


def test_a_body_sitting_told_again_with_its_states_is_one_multilateral_meeting(extract):
    record = extract(
        "ASHGABAT, June 9 (Karakum Wire) -- The 11th meeting of the Council of Foreign Ministers of the Caspian "
        "littoral states was held in Ashgabat on Monday. The meeting brought together the foreign ministers of "
        "Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan. The ministers discussed navigation and fisheries.")
    (event,) = gatherings(record)
    assert event.kind == "multilateral"
    assert set(event.countries) == {"AZE", "IRN", "KAZ", "RUS", "TKM"}
    assert event.place is not None and (event.place.name, event.place.country) == ("Ashgabat", "TKM")
    assert event.name is None


def test_a_body_sitting_told_again_without_states_stays_one_gathering(extract):
    record = extract(
        "BRIDGETOWN, June 9 (Caribbean Desk) -- The 49th regular meeting of the Conference of Heads of "
        "Government was held in Bridgetown on Monday. The meeting was chaired by the host prime minister.")
    (event,) = gatherings(record)
    assert event.place is not None and event.place.country == "BRB"
