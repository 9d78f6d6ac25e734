"""What a title keeps and drops (people/title_info.py).

"Ambassador to the U.N." is an Ambassador, "Consul General in Dubai" a Consul General: the
organisation or place after "to" or "in" is the post's scope, not
the state the envoy serves (GUIDE: the host is dropped). A seat of government before the head is
an institution, not the state's name, and stays: "White House spokeswoman", "Kremlin spokesman".
"""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("U.S. Ambassador to the U.N. Carla Dean met the Kenyan envoy on Monday.", "Carla Dean", "Ambassador", "USA"),
    ("Carla Dean, the U.S. ambassador to the United Nations, met Kenyan officials.", "Carla Dean",
     "Ambassador", "USA"),
    ("Kazakhstan's Permanent Representative to the UN Serik Abdrakhmanov addressed the council.",
     "Serik Abdrakhmanov", "Permanent Representative", "KAZ"),
    ("White House spokeswoman Dana Perry told reporters that Honduras had agreed.", "Dana Perry",
     "White House spokeswoman", "USA"),
    ("Kremlin spokesman Oleg Smirnov said the Kazakh president would visit Moscow.", "Oleg Smirnov",
     "Kremlin spokesman", "RUS"),
])
def test_scope_dropped_and_seat_kept(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("UN Resident Coordinator in Kazakhstan Maria Lund met Deputy Foreign Minister Roman Vasilenko.",
     "Maria Lund", "Resident Coordinator", "UN"),
    ("IMF Managing Director Elena Petrova held talks with Egyptian President Omar Farouk.", "Elena Petrova",
     "Managing Director", "IMF"),
    ("Murat Aliyev, Kazakhstan's Consul General in Dubai, attended the ceremony.", "Murat Aliyev",
     "Consul General", "KAZ"),
    ("The UNICEF Representative in Uzbekistan, Jonas Berg, met the health minister.", "Jonas Berg",
     "Representative", "UN"),
])
def test_the_place_of_a_post_is_its_scope(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)
