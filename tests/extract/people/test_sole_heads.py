"""A title that stands alone for one state's head (people/sole_heads.py): 'the pope', 'the
pontiff' told without a name are the Holy See's side; another church's pope is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("The pope arrived in Lisbon on Sunday for a four-day visit to Portugal.", "visit", ["PRT", "VAT"]),
    ("The pope met Polish President Andrzej Duda on Friday.", "meeting", ["POL", "VAT"]),
])
def test_the_nameless_pope_is_the_holy_see(extract, text, kind, countries):
    found = [e for e in extract(text).events if e.kind == kind]
    assert [e.countries for e in found] == [countries]


def test_each_stop_of_the_pontiffs_trips_has_the_holy_see(extract):
    record = extract("During his papacy, the pontiff traveled to Brazil, Mexico and Peru.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 3 and all("VAT" in e.countries for e in visits)


def test_another_churchs_pope_is_not_the_holy_see(extract):
    record = extract("The Coptic pope arrived in Cairo on Sunday after a visit to Ethiopia.")
    assert not any("VAT" in e.countries for e in record.events)
    assert not any(a.country == "VAT" for a in record.actors)
