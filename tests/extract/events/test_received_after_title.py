"""'X received at <palace> in <city> today <title> <name>': a guest's name the NER missed still counts
as the one received when its title stands before it (dateline/extract/events/filter.py _receives_a_party)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2026-09-16"))


def test_a_reception_of_a_titled_guest_the_tagger_missed(extractor):
    record = run(extractor, "RIYADH, Sept 16 (SPA) -- Crown Prince Mohammed bin Salman received at Al-Yamamah Palace "
                            "in Riyadh today President of the Republic of Senegal Bassirou Diomaye Faye, who is paying "
                            "an official visit to the Kingdom.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and set(meetings[0].countries) == {"SAU", "SEN"}
    assert meetings[0].place is not None and meetings[0].place.country == "SAU"


def test_received_things_are_still_no_guests(extractor):
    record = run(extractor, "Crown Prince Mohammed bin Salman received at Al-Salam Palace in Jeddah yesterday a "
                            "written message from President of the Republic of Senegal Bassirou Diomaye Faye.")
    assert not [e for e in record.events if e.kind == "meeting" and e.trigger.text == "received"]
