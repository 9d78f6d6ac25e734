"""A meeting of an organisation told in a bilateral story keeps its own parties (issue 14 item 3;
events/merge.py).

"Meanwhile, the African Union postponed a meeting on the crisis until Friday": the meeting is the
organisation's (its members stand behind it); the states of the visit or talks told before are not
its parties.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "body", "talks"), [
    ("Ugandan President Yoweri Museveni has visited his counterpart in Kenya. He then left for talks with Tanzanian "
     "officials in Dodoma. Meanwhile, the African Union postponed a meeting on Thursday to discuss the crisis in "
     "Sudan until Friday.", "AU", [["KEN", "UGA"], ["TZA", "UGA"]]),
    ("Peruvian President Dina Boluarte held talks with Bolivian President Luis Arce in La Paz on Monday. Meanwhile, "
     "the Organization of American States will hold a meeting on Wednesday to discuss the election in Venezuela.",
     "OAS", [["BOL", "PER"]]),
])
def test_an_organisations_meeting_is_not_the_storys_talks(extract, text, body, talks):
    """The visit to the counterpart is talks with him too (events/visited.py): the story's talks are
    those of the visit and of the trip, never the organisation's meeting."""
    record = extract(text)
    (meeting,) = [e for e in record.events if e.kind == "multilateral"]
    assert meeting.countries == [body]
    assert meeting.status == "planned"
    assert sorted(e.countries for e in record.events if e.kind == "meeting") == talks
