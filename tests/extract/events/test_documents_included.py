"""Documents told as part of a signed set (issue 14, item 5; events/documents.py): "a number of
documents were signed following the talks, including an agreement on visa exemption", "the sides
signed several documents, including a memorandum on energy". The document named inside the set is
signed with it, and the signing's verb stays the trigger when the document noun the parser hangs
elsewhere is not one the clause signs. One agreement, with the talks' parties and day."""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


@pytest.mark.parametrize(("text", "countries", "persons", "place", "start"), [
    ("ASTANA, March 12 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping "
     "held talks in Astana on Wednesday. A number of documents were signed following the talks, including an "
     "agreement on mutual visa exemption.",
     ["CHN", "KAZ"], {"Kassym-Jomart Tokayev", "Xi Jinping"}, "KAZ", "2025-03-12"),
    ("YEREVAN, March 10 (Armenpress) - Armenian Prime Minister Nikol Pashinyan received Georgian Prime Minister "
     "Irakli Kobakhidze in Yerevan on Monday. The sides signed several documents, including a memorandum on "
     "energy.",
     ["ARM", "GEO"], {"Nikol Pashinyan", "Irakli Kobakhidze"}, "ARM", "2025-03-10"),
    ("Malaysian Prime Minister Anwar Ibrahim held talks with Thai Prime Minister Paetongtarn Shinawatra in "
     "Bangkok on Sunday. Seven documents were signed after the talks, among them a protocol on border trade.",
     ["MYS", "THA"], {"Anwar Ibrahim", "Paetongtarn Shinawatra"}, "THA", "2025-03-09"),
])
def test_a_document_included_in_a_signed_set(extract, text, countries, persons, place, start):
    record = extract(text)
    found = agreements(record)
    assert len(found) == 1, [(e.name, e.countries, e.trigger.text) for e in found]
    event = found[0]
    assert event.countries == countries
    assert persons <= people(record, event)
    assert (event.status, event.date.start if event.date else None) == ("occurred", start)
    assert event.place is not None and event.place.country == place
