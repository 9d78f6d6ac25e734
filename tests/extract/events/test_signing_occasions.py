"""The talks a signing follows, and where a document was signed, in agency copy.

"signed documents following the talks between A and B": the talks are the occasion of the signing,
not the terms of a document (events/filter.py); "Following the Georgian-Armenian talks, ... in the
presence of X and Y": the talks' sides are the adjectives' states when X and Y belong to another
clause (events/participants.py); "A and B signed a treaty on X in Yerevan, the minister said in
Tbilisi": the signing is placed by its own clause, not by the place of the report
(events/said_places.py); a small town that hosts talks is a place whatever the tagger calls it
(venues.yaml in extract/ruler.py): not the dateline's capital.
"""

from __future__ import annotations

import pytest
from event_views import agreements, one, people

PUBLISHED = "2025-04-17"


@pytest.mark.parametrize("text", [
    "TBILISI, April 17. Georgia and Armenia signed a set of documents following the talks between Prime "
    "Minister Irakli Kobakhidze and Prime Minister Nikol Pashinyan in Tbilisi on Wednesday.",
    "BAKU, Azerbaijan, April 17. The ministers exchanged the signed documents following the talks between "
    "Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakh Foreign Minister Murat Nurtleu in Baku.",
])
def test_talks_a_signing_follows_are_a_meeting(extract, text):
    record = extract(text)
    assert len(one(record, "meeting").countries) == 2


def test_talks_told_by_two_demonyms_beside_a_signing_in_their_presence(extract):
    record = extract(
        "TBILISI, April 17. Following the Georgian-Armenian talks in the narrow format, four documents were "
        "signed in the presence of Prime Minister Irakli Kobakhidze and Prime Minister Nikol Pashinyan.")
    assert one(record, "meeting").countries == ["ARM", "GEO"]


@pytest.mark.parametrize(("text", "city"), [
    ("TASHKENT, 17 April. Uzbekistan and Tajikistan signed a treaty on allied relations in Dushanbe, Uzbek "
     "Foreign Minister Bakhtiyor Saidov told reporters in Tashkent on Thursday.", "Dushanbe"),
    ("BAKU, Azerbaijan, April 17. Azerbaijan and Georgia signed a memorandum on energy security in Tbilisi "
     "last year, Azerbaijani Energy Minister Parviz Shahbazov told journalists in Baku.", "Tbilisi"),
])
def test_a_signing_is_placed_by_its_own_clause_not_by_the_report(extract, text, city):
    found = agreements(extract(text))
    assert [e.place.name for e in found if e.place is not None] == [city]


@pytest.mark.parametrize(("text", "country"), [
    ("BISHKEK, 17 April. Kyrgyzstan and Kazakhstan adopted a joint statement at the talks held by President "
     "Sadyr Japarov and President Kassym-Jomart Tokayev in Cholpon-Ata on Wednesday.", "KGZ"),
    ("ASTANA, 17 April. The documents were signed at the meeting of President Kassym-Jomart Tokayev with "
     "President Ilham Aliyev in Burabay on Wednesday.", "KAZ"),
])
def test_a_signing_at_a_small_town_venue_is_placed_there(extract, text, country):
    record = extract(text)
    (document,) = agreements(record)
    assert document.place is not None and document.place.country == country
    assert document.place.name not in {"Bishkek", "Astana"}
    assert len(people(record, document)) == 2
