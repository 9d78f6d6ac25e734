"""A gathering told by its audience (events/filter.py _gathering_predicate; issue 14): "X told the U.N.
General Assembly that ..." puts X at the Assembly as "addressed" does; a news conference, Congress or
a body's session told the same way is no gathering between states."""

from __future__ import annotations

PUBLISHED = "2025-09-24"


def _gatherings(record):
    return [e for e in record.events if e.kind == "gathering"]


def test_told_the_general_assembly(extract):
    record = extract(
        "UNITED NATIONS, September 23 (Anadolu) -- Cypriot President Nikos Christodoulides told the United "
        "Nations General Assembly on Tuesday that talks on the island's future must resume.")
    (gathering,) = _gatherings(record)
    assert "UN" in gathering.countries
    assert gathering.persons == ["Nikos Christodoulides"]
    assert gathering.status == "occurred"


def test_told_a_named_forum_in_an_agency_report(extract):
    record = extract(
        "ASTANA, 23 September (Kazinform) -- President of Kazakhstan Kassym-Jomart Tokayev told the Astana "
        "International Forum on Tuesday that sanctions hurt every economy of the region.\n\n"
        "The Head of State said Kazakhstan was ready to host talks between its neighbours.")
    (gathering,) = _gatherings(record)
    assert gathering.countries == ["KAZ"]
    assert gathering.persons == ["Kassym-Jomart Tokayev"]
    assert gathering.place is not None and gathering.place.name == "Astana"


def test_a_news_conference_congress_or_a_session_is_no_audience(extract):
    for text in ("French Foreign Minister Jean-Noel Barrot told a Paris news conference on Monday that the "
                 "government will respond.",
                 "U.S. Defense Secretary Pete Hegseth told Congress on Tuesday that more troops were needed.",
                 "The Maltese ambassador told the Security Council session on Monday that the ceasefire was holding."):
        assert _gatherings(extract(text)) == [], text
