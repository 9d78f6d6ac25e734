"""Unnamed visitors (issue 14; events/hosts.py visiting_guests).

"a visiting U.S. official", "the visiting Japanese minister": the guest is not named, but the
demonym or country that modifies him is the visit's source; the clause's subject is the host.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "source", "host"), [
    ("Vietnamese Prime Minister Pham Minh Chinh received a visiting U.S. official in Hanoi on Monday.",
     "USA", "VNM"),
    ("Mongolian President Ukhnaagiin Khurelsukh held talks with the visiting Japanese minister in "
     "Ulaanbaatar on Thursday.", "JPN", "MNG"),
    ("TASHKENT, 12 March (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov received the visiting Korean "
     "delegation at the ministry on Wednesday. The sides discussed transport and energy links.", "KOR", "UZB"),
])
def test_unnamed_visitor_takes_the_demonym_state(extract, text, source, host):
    record = extract(text)
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert set(visits[0].countries) == {source, host}
    countries = {a.id: a.country for a in record.actors}
    assert {countries[a] for a in visits[0].source} == {source}
    assert visits[0].place is not None and visits[0].place.country == host


def test_visiting_as_a_verb_names_no_guest(extract):
    record = extract("Kazakh President Kassym-Jomart Tokayev is visiting Tajikistan on Tuesday.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert [sorted(v.countries) for v in visits] == [["KAZ", "TJK"]]
