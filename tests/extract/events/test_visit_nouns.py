"""A visit noun that names its own visitor (issue 14, items 1 and 6): in "X recalled the visit of
President Y to Z" Y is the visitor; X, the subject who tells of it, is no party of that visit."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "teller", "visitor"), [
    ("ASTANA, June 10 (Steppe Wire) - Kazakh Foreign Minister Murat Nurtleu held talks with Qatari Prime "
     "Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday.\n\nNurtleu also recalled the visit of Emir "
     "Tamim bin Hamad Al Thani to Astana in October 2024.", "Murat Nurtleu", "Tamim bin Hamad Al Thani"),
    ("HANOI, June 10 (Red River Post) - Vietnamese Foreign Minister Bui Thanh Son received Indonesian Foreign "
     "Minister Sugiono on Monday.\n\nSon praised the outcomes of the state visit by President Prabowo Subianto "
     "to Hanoi in March 2025.", "Bui Thanh Son", "Prabowo Subianto"),
])
def test_the_teller_of_a_recalled_visit_is_not_its_party(extract, text, teller, visitor):
    record = extract(text)
    (past,) = [e for e in record.events if e.kind == "visit" and e.date is not None
               and e.date.start < "2025-06"]
    assert visitor in past.persons
    assert teller not in past.persons


def test_the_host_who_welcomes_the_visit_stays_its_party(extract):
    record = extract("HANOI, June 10 (Red River Post) - Vietnamese Foreign Minister Bui Thanh Son held talks in "
                     "Hanoi on Monday with Indonesian Foreign Minister Sugiono, who is on an official visit to "
                     "Vietnam.\n\nSon welcomed Sugiono's visit, the first by an Indonesian foreign minister in "
                     "five years.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all({"Sugiono", "Bui Thanh Son"} <= set(v.persons) for v in visits)


def test_the_host_acting_during_the_visit_stays_its_party(extract):
    record = extract("RIYADH, June 10 (Gulf Desk) - Saudi Foreign Minister Prince Faisal bin Farhan said on Tuesday "
                     "that a technical team would travel to Damascus.\n\nHe first announced the plan last week "
                     "during a visit by French Foreign Minister Jean-Noel Barrot.")
    visits = [e for e in record.events if e.kind == "visit" and "Jean-Noel Barrot" in e.persons]
    assert visits and all("Faisal bin Farhan" in v.persons for v in visits)


def test_the_teller_of_a_meeting_between_two_named_sides_is_no_party(extract):
    record = extract("CAIRO, June 10 (Nile Desk) - Egyptian Foreign Minister Badr Abdelatty visited Port Sudan on "
                     "Tuesday.\n\nHe recalled the meeting between Abdel Fattah Al-Burhan and Abdel Fattah El-Sisi "
                     "in El Alamein in July 2025.")
    (past,) = [e for e in record.events if e.kind == "meeting" and "Abdel Fattah El-Sisi" in e.persons]
    assert "Badr Abdelatty" not in past.persons
