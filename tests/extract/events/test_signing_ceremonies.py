"""A signing ceremony told after the talks it closes, then summed up (issue 14, item 5;
events/signings.py signed_at, one_signing): "The ceremony of signing of new cooperation documents
took place after the talks between X and Y" is signed by the two sides of those talks (the frame
noun names the talks of its own sentence), and "In total, 12 documents were signed" that follows
is the same signing told again: one agreement of the two states, where the talks were held."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "persons", "host"), [
    ("DUSHANBE, March 12 (Khovar) -- The ceremony of signing of new cooperation documents took place after "
     "the talks between President Emomali Rahmon and President of Belarus Alexander Lukashenko. In total, "
     "12 documents were signed.",
     ["BLR", "TJK"], {"Emomali Rahmon", "Alexander Lukashenko"}, "TJK"),
    ("ULAANBAATAR, March 11 (Montsame) -- The signing of new bilateral documents took place after the talks "
     "between President of Mongolia Ukhnaagiin Khurelsukh and President of Kyrgyzstan Sadyr Japarov. "
     "Altogether, nine documents were signed.",
     ["KGZ", "MNG"], {"Ukhnaagiin Khurelsukh", "Sadyr Japarov"}, "MNG"),
])
def test_ceremony_after_the_talks_is_one_signing_of_their_sides(extract, text, countries, persons, host):
    record = extract(text)
    found = agreements(record)
    assert len(found) == 1, [(e.name, e.countries) for e in found]
    (event,) = found
    assert event.countries == countries
    assert people(record, event) == persons
    assert event.place is not None and event.place.country == host
    assert event.status == "occurred"


@pytest.mark.parametrize("text", [
    "DUSHANBE, March 12 (Khovar) -- The ceremony of signing of new cooperation documents took place after the "
    "talks between President Emomali Rahmon and President of Belarus Alexander Lukashenko. In 2019, the two "
    "countries signed five documents on industry.",
    "DUSHANBE, March 12 (Khovar) -- The ceremony of signing of new cooperation documents took place after the "
    "talks between President Emomali Rahmon and President of Belarus Alexander Lukashenko. The two foreign "
    "ministries also signed three memoranda on consular matters.",
])
def test_an_older_or_further_signing_stays_apart(extract, text):
    found = agreements(extract(text))
    assert len(found) == 2, [(e.name, e.countries) for e in found]
    assert all(e.countries == ["BLR", "TJK"] for e in found)


def test_an_older_signing_after_todays_talks_is_between_their_states_only(extract):
    record = extract("DUSHANBE, March 12 (Khovar) -- The ceremony of signing of new cooperation documents took place "
                     "after the talks between President Emomali Rahmon and President of Belarus Alexander "
                     "Lukashenko. In 2019, the two countries signed five documents on industry.")
    older = next(e for e in agreements(record) if e.date is not None and e.date.start == "2019")
    assert older.countries == ["BLR", "TJK"]
    assert people(record, older) == set()
    assert older.place is None or older.place.name != "Dushanbe"
