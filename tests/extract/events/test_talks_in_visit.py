"""Talks a visit is told to include (issue 14 item 1; events/build.py ``visit_first``).

"X is in Argentina for a visit that will include talks with Y": the talks name only the host;
their other side is the traveller of the visit the same sentence tells (told by "is in", a stay
found after the sentence's other cues), so the report has the visit and the talks of guest and host.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.article import Article
from dateline.record import Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str | None = "2025-05-15") -> Record:  # a Thursday: "is in Cuba Thursday" is that day
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


@pytest.mark.parametrize(("text", "host_country", "guest", "host"), [
    ("Haitian President-elect Rene Preval is in Cuba Thursday, for a visit that will include talks with Cuban "
     "President Fidel Castro.", "CUB", "Rene Preval", "Fidel Castro"),
    ("Chilean President-elect Jose Antonio Kast is in Argentina on Thursday, for a visit that will include talks "
     "with Argentine President Javier Milei.", "ARG", "Jose Antonio Kast", "Javier Milei"),
    ("Peruvian Prime Minister Eduardo Arana is in Quito on Monday for a visit that will include talks with "
     "Ecuadorian President Daniel Noboa.", "ECU", "Eduardo Arana", "Daniel Noboa"),
])
def test_talks_a_visit_includes_are_the_travellers_talks_with_the_host(extract, text, host_country, guest, host):
    """The guest's title may leave the guest's state unknown ("President-elect"): the talks are still
    the guest's, with the host."""
    record = extract(text)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert host_country in visit.countries and host_country in talks.countries
    assert {guest, host} <= people(record, talks)
    assert (visit.status, talks.status) == ("occurred", "planned")


def test_one_trigger_is_one_visit_whatever_its_tense(extract):
    """Told the day before ("is in Peru Thursday" on a Wednesday), the stay and the visit noun read
    the tense differently; their one trigger is still one visit."""
    record = extract("Bolivian President-elect Rodrigo Paz is in Peru Thursday, for a visit that will include "
                     "talks with Peruvian President Dina Boluarte.", published="2025-05-14")
    assert len([e for e in record.events if e.kind == "visit"]) == 1
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert {"Rodrigo Paz", "Dina Boluarte"} <= people(record, talks)
