"""A visit told by its visitor's state only ('A top U.S. diplomat is in Georgia', 'A delegation of
Kazakhstan's Ministry of Agriculture has arrived in Baku') takes as visitor the person of that state
the talks told right after it have, and as host their person of the host state
(events/visitors_named.py)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-10-02"


def test_an_unnamed_diplomat_is_the_one_named_next(extract):
    record = extract(
        "A top U.S. diplomat is in Georgia for talks on regional security. Deputy Secretary of State Christopher "
        "Landau was scheduled to meet Georgian Prime Minister Irakli Kobakhidze on Monday.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert people(record, visits[0]) == {"Christopher Landau", "Irakli Kobakhidze"}
    assert visits[0].countries == ["GEO", "USA"]


def test_a_delegation_arriving_is_led_by_the_official_who_holds_the_talks(extract):
    record = extract(
        "BAKU, October 2 (AZERTAC) -- A delegation of Kazakhstan's Ministry of Agriculture has arrived in Baku on "
        "a working visit.\n\n"
        "Kazakh Vice Minister of Agriculture Yermek Kenzhekhanuly met with Azerbaijan's Minister of Agriculture "
        "Majnun Mammadov on Wednesday. The sides discussed grain supplies.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert people(record, visits[0]) == {"Yermek Kenzhekhanuly", "Majnun Mammadov"}


def test_talks_of_another_pair_name_no_visitor(extract):
    record = extract(
        "A Japanese trade delegation is in Vietnam this week. Separately, Vietnamese Foreign Minister Bui Thanh Son "
        "met Lao Foreign Minister Thongsavanh Phomvihane in Hanoi on Tuesday.")
    assert not any(e.kind == "visit" and "JPN" in e.countries and people(record, e) for e in record.events)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and people(record, talks[0]) == {"Bui Thanh Son", "Thongsavanh Phomvihane"}


def test_a_delegation_told_after_the_talks_of_its_days_is_their_visitor(extract):
    record = extract(
        "LIMA, October 2 (Andina) -- Peruvian Foreign Minister Elmer Schialer held talks at the Torre Tagle Palace "
        "on Thursday with Ecuadorian Foreign Minister Gabriela Sommerfeld on border demining and trade.\n\n"
        "The ministers agreed to convene the binational cabinet in the first half of next year.\n\n"
        "The Ecuadorian delegation, which arrived in Lima on Wednesday, will return to Quito on Friday.")
    visits = [e for e in record.events if e.kind == "visit" and "ECU" in e.countries and "PER" in e.countries]
    assert visits
    assert people(record, visits[0]) == {"Gabriela Sommerfeld", "Elmer Schialer"}
