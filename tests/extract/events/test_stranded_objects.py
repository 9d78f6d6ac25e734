"""The object of a meeting verb that the parser hands to a coordinated verb (events/geometry.py):
"he met President X at the palace and the two signed ..." is parsed with "X ... and the two" as the
subject of "signed", leaving "met" without an object; the name right after the verb is still the
one met, not a person of an earlier sentence."""

from __future__ import annotations

import pytest
from event_views import one, people

from dateline.article import Article

STORY = ("ACCRA, March 4 (GNA) - Kenyan Foreign Minister Musalia Mudavadi arrived in Accra on Monday. "
         "He was last in Ghana in 2019 with President Uhuru Kenyatta. ")


@pytest.mark.parametrize(("sentence", "host"), [
    ("On Tuesday he met Ghanaian President John Mahama at Jubilee House and the two signed an agreement "
     "on visa exemption.", "John Mahama"),
    ("On Tuesday he received Ghanaian Foreign Minister Samuel Ablakwa at the embassy and the two "
     "discussed trade.", "Samuel Ablakwa"),
])
def test_the_person_after_the_verb_is_the_one_met(extractor, sentence, host):
    record = extractor.extract(Article(text=STORY + sentence, id="t", published="2026-03-04"))
    meeting = one(record, "meeting")
    assert set(people(record, meeting)) == {"Musalia Mudavadi", host}
    assert meeting.countries == ["GHA", "KEN"]


def test_a_verb_with_its_own_object_keeps_it(extractor):
    record = extractor.extract(Article(
        text=STORY + "On Tuesday he met Ghanaian President John Mahama and later the two ministers signed a "
                     "memorandum.", id="t", published="2026-03-04"))
    meeting = one(record, "meeting")
    assert "Uhuru Kenyatta" not in people(record, meeting)
    assert "John Mahama" in people(record, meeting)
