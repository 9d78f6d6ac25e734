"""A gathering told with an article and its own place is one occasion (events/placed_occasions.py):
"spoke on the sidelines of a governance conference in Geneva", "a United Nations conference in
Geneva discussed fuel prices"; "a conference on water" with no place of its own, or conferences
in the plural, stay no gathering."""

from __future__ import annotations

PUBLISHED = "2025-05-14"


def gatherings(record):
    return [e for e in record.events if e.kind == "gathering"]


def test_a_placed_conference_someone_spoke_at(extract):
    record = extract("NAIROBI, 14 May (KNA) -- Kenyan President William Ruto said on Saturday that the crisis can "
                     "only be solved through dialogue. He spoke on the sidelines of a governance conference in Geneva.")
    [event] = gatherings(record)
    assert event.countries == ["CHE"]
    assert event.place is not None and event.place.name == "Geneva"
    assert event.status == "occurred"


def test_a_placed_conference_that_sat_and_discussed(extract):
    record = extract("ROME, 14 May (ANSA) -- Last month, a United Nations conference in Geneva discussed rising fuel "
                     "prices.")
    [event] = gatherings(record)
    assert set(event.countries) == {"CHE", "UN"}
    assert event.date is not None and event.date.start == "2025-04"


def test_a_conference_with_no_place_of_its_own_is_no_gathering(extract):
    record = extract("NAIROBI, 14 May (KNA) -- Kenyan officials said a conference on water would be useful.")
    assert not gatherings(record)


def test_conferences_in_the_plural_are_no_occasion(extract):
    record = extract("NAIROBI, 14 May (KNA) -- Kenyan officials have spoken at many conferences in Geneva about "
                     "water.")
    assert not gatherings(record)


def test_a_news_conference_in_a_capital_is_no_gathering(extract):
    record = extract("NAIROBI, 14 May (KNA) -- At a news conference in Nairobi on Tuesday, Kenyan Foreign Minister "
                     "Musalia Mudavadi said the talks with Somalia would go on.")
    assert not gatherings(record)
