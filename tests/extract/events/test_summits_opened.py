"""Who opens a summit and where it is (events/gatherings.py, events/gathering_places.py): "Leaders
of the Economic Community of West African States have begun a two-day summit" is the
organisation's summit; a place its clause only talks about ("during which they will discuss the
crisis in northern Mali") is not where it sits."""

from __future__ import annotations

PUBLISHED = "2025-05-14"


def test_an_organisations_leaders_begin_its_summit(extract):
    record = extract("Leaders of the Economic Community of West African States have begun a two-day summit during "
                     "which they are expected to discuss the crisis in northern Mali.")
    [event] = [e for e in record.events if e.kind == "gathering"]
    assert event.countries == ["ECOWAS"]
    assert event.place is None


def test_the_summit_opened_in_a_capital_sits_there(extract):
    record = extract("Leaders of the Southern African Development Community opened a summit in Harare on Saturday, "
                     "where they will discuss the fighting in eastern Congo.")
    [event] = [e for e in record.events if e.kind == "gathering"]
    assert set(event.countries) == {"SADC", "ZWE"}
    assert event.place is not None and event.place.name == "Harare"
