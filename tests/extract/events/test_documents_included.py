"""Documents told as part of a signed set (issue 14, item 5; events/documents.py): "a number of
documents were signed following the talks, including an agreement on visa exemption", "the sides
signed several documents, including a memorandum on energy". The document named inside the set is
signed with it, and the signing's verb stays the trigger when the document noun the parser hangs
elsewhere is not one the clause signs. One agreement, with the talks' parties and day. Also the
exchange of memoranda (not of views), and documents "concluded between X and Y" (the sides, told on
the verb: events/geometry.py)."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


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


@pytest.mark.parametrize(("text", "countries"), [
    ("BISHKEK, March 10 (Kabar) -- Agreements on trade, investment and culture were concluded between "
     "Kyrgyzstan and Hungary on Monday.", ["HUN", "KGZ"]),
    ("A protocol on fishing quotas was signed between Morocco and Mauritania in Rabat on Sunday, the ministry "
     "said.", ["MAR", "MRT"]),
])
def test_a_document_signed_between_two_states_told_on_the_verb(extract, text, countries):
    found = agreements(extract(text))
    assert [(e.countries, e.status) for e in found] == [(countries, "occurred")]


def test_talks_held_between_two_states_are_theirs(extract):
    record = extract("Talks were held between Armenia and Azerbaijan in Almaty on Monday.")
    assert [(e.kind, e.countries) for e in record.events] == [("meeting", ["ARM", "AZE"])]


def test_the_exchange_of_memoranda_is_their_signing(extract):
    record = extract(
        "DOHA, March 11 (QNA) -- Emir Sheikh Tamim bin Hamad Al Thani and Rwandan President Paul Kagame held "
        "talks at the Amiri Diwan on Tuesday. The two leaders then witnessed the exchange of memoranda of "
        "understanding between the two countries in the fields of energy, education and culture.")
    found = agreements(record)
    assert len(found) == 1
    event = found[0]
    assert (event.countries, event.status, event.date.start if event.date else None) == (
        ["QAT", "RWA"], "occurred", "2025-03-11")
    assert people(record, event) == {"Tamim bin Hamad Al Thani", "Paul Kagame"}


def test_an_exchange_of_views_is_no_document(extract):
    record = extract("The foreign ministers of Oman and Jordan held an exchange of views on regional issues in "
                     "Muscat on Tuesday.")
    assert agreements(record) == []
