"""A visit's two sides (issue 14, item 2): the host state and the host the visitor meets.

events/hosts.py gives a visit that names only its visitor the host state its sentence tells;
coreference reads "his visit" as the clause subject's (the guest's under "received"); a trip's
possessor travels, so the country visited is not his; a lone party of a third state borrows
nothing from the last talks (events/merge.py); talks with a foreign head of state told with no place
are in the head's state (events/hosts.py).
"""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-05-12"  # the extract fixture's default (tests/conftest.py)


def people(record: Record, event: Event) -> set[str]:
    ids = [*event.source, *event.recipient, *event.participants]
    return {a.name for i in ids if (a := record.actor(i)) is not None and a.kind == "person"}


def names(record: Record, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := record.actor(i)) is not None and a.kind == "person"}


def of_kind(record: Record, kind: str) -> list[Event]:
    return [e for e in record.events if e.kind == kind]


@pytest.mark.parametrize(("text", "host"), [
    ("Officials said Paraguay has made real progress since Deputy Secretary of State Helen Marsh "
     "visited last month.", "PRY"),
    ("Ghana has pledged to reform its cocoa board since Japanese Trade Minister Kenji Arata visited "
     "in March.", "GHA"),
    ("Morocco's parliament approved the fisheries accord two days after French Prime Minister Claire "
     "Duval visited.", "MAR"),
])
def test_a_visit_without_a_destination_takes_the_state_its_sentence_names(extract, text, host):
    record = extract(text, None)
    visits = of_kind(record, "visit")
    assert visits, [(e.kind, e.trigger.text) for e in record.events]
    visit = visits[0]
    assert host in visit.countries and len(visit.countries) == 2
    assert visit.place is not None and visit.place.country == host


def test_his_visit_is_the_subjects_and_the_person_met_is_the_host(extract):
    record = extract("Sudanese President Hassan Idris is expected to meet with Kenyan President "
                     "William Otieno during his visit next week.")
    visit = of_kind(record, "visit")[0]
    assert names(record, visit.source) == {"Hassan Idris"}
    assert people(record, visit) == {"Hassan Idris", "William Otieno"}
    assert visit.countries == ["KEN", "SDN"]
    assert visit.place is not None and visit.place.country == "KEN"
    assert visit.status == "planned"


def test_received_during_his_visit_the_guest_visits(extract):
    record = extract("Kenyan President William Otieno received Sudanese President Hassan Idris during "
                     "his visit to Nairobi on Monday.")
    visit = of_kind(record, "visit")[0]
    assert names(record, visit.source) == {"Hassan Idris"}
    assert names(record, visit.recipient) == {"William Otieno"}
    assert visit.place is not None and visit.place.name == "Nairobi"
    meeting = of_kind(record, "meeting")[0]
    assert names(record, meeting.source) == {"Hassan Idris"}


def test_the_possessor_of_a_trip_does_not_serve_the_state_he_visits(extract):
    record = extract(
        "The head of the Canadian Justice Department has met with Iraq's prime minister in Baghdad. "
        "Attorney General Marta Villeneuve's two-day trip was meant as a show of support for the "
        "Iraqi government.")
    person = next(a for a in record.actors if a.name == "Marta Villeneuve")
    assert person.country != "IRQ"


def test_a_third_states_leader_borrows_nothing_from_the_last_talks(extract):
    record = extract(
        "Mongolian President Batu Ganbold visited Beijing and held talks with Chinese President "
        "Li Wenhua on Tuesday. Ukrainian President Olena Marchenko met with leaders of parliamentary "
        "factions on Wednesday to end a standoff over the new government.")
    for event in record.events:
        assert "Olena Marchenko" not in people(record, event)
        assert "UKR" not in event.countries


def test_the_travellers_talks_told_by_the_host_alone_take_only_the_traveller(extract):
    record = extract(
        "Deputy Secretary of State Martin Hale was slated to meet with Turkish Foreign Minister Emre "
        "Aksoy in Ankara on Sunday. Earlier, Mr. Hale visited Damascus. The U.S. envoy spoke after "
        "meeting with Syrian President Nabil Haddad.")
    for event in record.events:
        persons = people(record, event)
        assert not {"Emre Aksoy", "Nabil Haddad"} <= persons


def test_received_in_the_passive_during_a_visit_the_subject_visits(extract):
    record = extract("Ghanaian Foreign Minister Kwame Asante was received on Wednesday by Togolese President "
                     "Edem Kodjo at the presidential palace, on the second day of a visit focused on trade.")
    visit = of_kind(record, "visit")[0]
    assert names(record, visit.source) == {"Kwame Asante"}
    assert names(record, visit.recipient) == {"Edem Kodjo"}
    assert visit.countries == ["GHA", "TGO"]


def test_compatriots_of_the_visitor_stay_in_a_visit_sent_elsewhere(extract):
    record = extract(
        "Australian Foreign Minister Claire Hobbs hosted Indonesian Foreign Minister Budi Santoso and Defence "
        "Minister Agus Wirawan in Canberra on Thursday. Mr. Wirawan, who arrived in Canberra on Wednesday, "
        "also toured a shipyard.")
    visit = next(e for e in of_kind(record, "visit") if e.trigger.text == "arrived")
    assert {"Agus Wirawan", "Claire Hobbs"} <= people(record, visit)
    assert visit.countries == ["AUS", "IDN"]


@pytest.mark.parametrize(("text", "host"), [
    ("U.N. special envoy Lars Nygaard has met with Syrian President Bashar al-Assad to press for a "
     "withdrawal of troops.", "SYR"),
    ("Deputy Secretary of State Martin Hale met with Pakistani President Asif Zardari on Tuesday and urged "
     "him to act against the militants.", "PAK"),
])
def test_talks_with_a_foreign_head_of_state_told_nowhere_are_in_the_heads_state(extract, text, host):
    record = extract(text, None)
    meeting = of_kind(record, "meeting")[0]
    assert meeting.place is not None and meeting.place.country == host


def test_talks_between_two_ministers_told_nowhere_stay_unplaced(extract):
    record = extract("Japanese Foreign Minister Kenji Sato met Chinese Foreign Minister Wang Yi on Monday.", None)
    meeting = of_kind(record, "meeting")[0]
    assert meeting.place is None


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("Speaking Monday after talks with Kenyan President Daniel Mwangi, Tanzanian President Samuel Mkapa said the "
     "border dispute was settled. The Kenyan leader's three-day visit to Dodoma ends on Wednesday.",
     "Daniel Mwangi", "Samuel Mkapa"),
    ("Chilean President Ana Rojas praised the new port. Peruvian President Luis Vera's visit to "
     "Santiago is the first by a Peruvian leader in a decade.", "Luis Vera", "Ana Rojas"),
    ("Malaysian Prime Minister Aziz Rahman is on a visit to Thailand this week. Thai Prime Minister "
     "Somchai Wongsa told reporters the two neighbours would reopen the rail link.",
     "Aziz Rahman", "Somchai Wongsa"),
])
def test_a_visit_takes_the_host_head_named_next_to_it(extract, text, visitor, host):
    record = extract(text)
    visits = of_kind(record, "visit")
    assert len(visits) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert visitor in people(record, visits[0])
    assert host in people(record, visits[0])
    assert not names(record, visits[0].source) & {host}


def test_a_visit_takes_no_host_when_two_heads_of_the_host_state_are_named(extract):
    record = extract("Thai King Rama Vajiravong and Thai Prime Minister Somchai Wongsa led the ceremony. "
                     "Malaysian Prime Minister Aziz Rahman is on a visit to Thailand this week.")
    visits = of_kind(record, "visit")
    assert len(visits) == 1
    assert people(record, visits[0]) == {"Aziz Rahman"}
