"""Parties come from the event's own clause (events/participants.py): a state named in a clause of
its own that neither holds the event nor modifies its noun is no party ("who urged Y to stop raids
into Z", "met as negotiators work on a deal to let it join the WTO"); the "by" phrase of an
event noun is its doer ("a visit to Lima by X")."""

from __future__ import annotations

from event_views import one, people

from dateline.record import Record

PUBLISHED = "2025-05-20"  # the extract fixture's default (tests/conftest.py)


def names(record: Record, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := record.actor(i)) is not None}


def test_a_relative_clause_of_the_visitor_adds_no_state(extract):
    record = extract("The talks were announced after a two-day visit to Nairobi by Ugandan President Yoweri "
                     "Museveni, who urged Kenyan President William Ruto to help stop smuggling into South Sudan.")
    visit = one(record, "visit")
    assert visit.countries == ["KEN", "UGA"]
    assert "Yoweri Museveni" in names(record, visit.source)
    assert "SSD" not in visit.countries


def test_the_by_phrase_of_a_visit_noun_is_the_visitor(extract):
    record = extract("Relations improved during a visit to Hanoi by Indonesian Foreign Minister Sugiono in March.")
    visit = one(record, "visit")
    assert names(record, visit.source) == {"Sugiono"}
    assert visit.countries == ["IDN", "VNM"]


def test_an_adverbial_clause_with_its_own_subject_adds_no_party(extract):
    record = extract("Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei met in "
                     "Brasilia on Monday as their negotiators worked on a deal that would let Bolivia join the "
                     "customs union.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["ARG", "BRA"]
    assert people(record, meeting) == {"Luiz Inacio Lula da Silva", "Javier Milei"}


def test_a_clause_that_modifies_the_talks_keeps_its_parties(extract):
    record = extract("Kazakh Foreign Minister Murat Nurtleu held talks in Astana on Monday, which were also "
                     "attended by Kyrgyz Foreign Minister Jeenbek Kulubaev and Uzbek Foreign Minister Bakhtiyor "
                     "Saidov.")
    assert any({"KAZ", "KGZ", "UZB"} <= set(e.countries) for e in record.events if e.kind in {"meeting",
                                                                                          "multilateral"})
