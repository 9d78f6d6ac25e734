"""Sessions recalled by their name (issue 14, item 3): a named gathering recalled again with no date of its own
("Rahimov, who chaired COP29") is the one dated before; a gathering its words give another
host ("its support to Azerbaijan's hosting of COP29") is not held in the report's city."""

from __future__ import annotations

PUBLISHED = "2025-10-14"


def of_kind(record, *kinds):
    return [e for e in record.events if e.kind in kinds]


def test_a_gathering_recalled_by_name_is_the_one_told_before(extract):
    record = extract(
        "ROME, Oct 14 (Tiber Wire) -- Italian Prime Minister Giorgia Meloni received Azerbaijani Prime "
        "Minister Ali Asadov on Tuesday. She recalled her talks with President Ilham Aliyev in Baku on the "
        "sidelines of COP29 in November 2024. Azerbaijani Minister of Ecology Mukhtar Babayev, who "
        "presided over COP29, accompanied Asadov on the visit.")
    (cop,) = [e for e in of_kind(record, "gathering") if e.name == "COP29"]
    assert cop.place is not None and cop.place.country == "AZE"
    assert set(cop.countries) == {"AZE", "UN"}


def test_a_gathering_hosted_by_another_state_is_not_held_in_the_dateline_city(extract):
    record = extract(
        "HANOI, Oct 14 (Red River Wire) -- Vietnamese National Assembly Chairman Tran Thanh Man held talks on "
        "Tuesday with Speaker of the Milli Majlis of Azerbaijan Sahiba Gafarova. Gafarova thanked Vietnam for "
        "its support to Azerbaijan's hosting of COP29.")
    (cop,) = [e for e in of_kind(record, "gathering") if e.name == "COP29"]
    assert set(cop.countries) == {"AZE", "UN"}
    assert cop.place is not None and cop.place.country == "AZE"
