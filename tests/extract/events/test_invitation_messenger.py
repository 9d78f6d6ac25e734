"""An invitation passed on by a messenger (events/participants.py): "X conveyed an invitation
from President Y to Z" is Y's invitation to Z; X, who only passes it on, is no party (guide:
Araghchi conveying Pezeshkian's invitation to Ilham Aliyev gives Pezeshkian and Aliyev)."""

from __future__ import annotations

from event_views import people

from dateline.article import Article
from dateline.record import Event, Record


def invitation(record: Record) -> Event:
    found = [e for e in record.events if e.kind == "invitation"]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def test_the_messenger_is_no_party(extractor):
    record = extractor.extract(Article(id="t", published="2025-03-04", text=(
        "Later on Tuesday, Paraguayan Foreign Minister Ruben Ramirez was received by Bolivian President Luis "
        "Arce. Ramirez conveyed an invitation from President Mario Abdo Benitez to Arce to visit Asuncion "
        "next year.")))
    event = invitation(record)
    assert people(record, event) == {"Mario Abdo Benitez", "Luis Arce"}
    assert event.countries == ["BOL", "PRY"]  # the inviter serves the messenger's state
    assert record.actor(event.source[0]).name == "Mario Abdo Benitez"


def test_an_inviter_in_the_subject_stays(extractor):
    record = extractor.extract(Article(id="t", published="2025-03-04", text=(
        "Paraguayan President Mario Abdo Benitez invited Bolivian President Luis Arce to visit Asuncion.")))
    event = invitation(record)
    assert people(record, event) == {"Mario Abdo Benitez", "Luis Arce"}
    assert event.countries == ["BOL", "PRY"]


def test_a_handed_letter_of_invitation_from_the_president(extractor):
    record = extractor.extract(Article(id="t", published="2025-03-04", text=(
        "Kyrgyz Foreign Minister Jeenbek Kulubaev handed Tajik President Emomali Rahmon an invitation from "
        "Kyrgyz President Sadyr Japarov to attend the summit in Bishkek.")))
    event = invitation(record)
    assert "Jeenbek Kulubaev" not in people(record, event)
    assert {"Sadyr Japarov", "Emomali Rahmon"} <= people(record, event)
