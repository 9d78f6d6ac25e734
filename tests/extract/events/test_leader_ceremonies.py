"""A leader's inauguration or funeral that a foreign guest attends is a gathering in the host state
("will lead the delegation to the inauguration of Iranian President X"); the inauguration of a
bridge, or a funeral at home with no foreign guest, is none."""

from __future__ import annotations

PUBLISHED = "2025-06-10"


def _gatherings(record):
    return [e for e in record.events if e.kind == "gathering"]


def test_a_delegation_to_a_presidents_inauguration(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- Prime Minister Ali Asadov will lead the Azerbaijani delegation to the "
        "inauguration of Iranian President Masoud Pezeshkian in Tehran on Sunday.")
    (gathering,) = _gatherings(record)
    assert gathering.countries == ["IRN"]
    assert gathering.status == "planned"
    assert "Ali Asadov" in gathering.persons
    assert gathering.place is not None and gathering.place.name == "Tehran"


def test_a_crown_prince_at_a_late_presidents_funeral(extract):
    record = extract(
        "KUWAIT, 10 June (KUNA) -- Kuwait's Crown Prince attended on Tuesday the funeral of the late President "
        "of the United Arab Emirates Sheikh Khalifa bin Zayed in Abu Dhabi.")
    (gathering,) = _gatherings(record)
    assert gathering.countries == ["ARE"]
    assert gathering.status == "occurred"


def test_a_delegation_for_a_possessive_inauguration(extract):
    record = extract(
        "WASHINGTON, 10 June (Xinhua) -- The White House said Secretary of State Antony Blinken will lead a "
        "delegation to Mexico City for Sunday's inauguration of President Claudia Sheinbaum.")
    (gathering,) = _gatherings(record)
    assert gathering.countries == ["MEX"]


def test_the_inauguration_of_a_bridge_is_no_gathering(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- President Ilham Aliyev attended the inauguration of a new bridge in Baku on Friday.")
    assert _gatherings(record) == []


def test_a_funeral_at_home_without_foreign_guests_is_no_gathering(extract):
    record = extract(
        "WASHINGTON, 10 June (Xinhua) -- U.S. President Joe Biden attended the funeral of former President "
        "Jimmy Carter in Washington on Thursday.")
    assert _gatherings(record) == []
