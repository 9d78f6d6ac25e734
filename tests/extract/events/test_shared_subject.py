"""Subject control (events/geometry.controller): a non-finite clause's engagement is done by the
subject of the clause it hangs from ("X spoke after meeting with Y", "X is in Tokyo, holding
talks with Y", "X announced plans to visit Y", "X flew to Y to meet Z")."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-03-04"  # the extract fixture's default (tests/conftest.py)


def test_after_meeting_with_is_the_subjects_meeting(extract):
    record = extract("Estonian Prime Minister Kristen Michal spoke to reporters on Monday after meeting with "
                     "Polish President Andrzej Duda in Warsaw.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["EST", "POL"]
    assert people(record, meeting) == {"Kristen Michal", "Andrzej Duda"}


def test_participle_of_a_stay_holds_the_talks(extract):
    record = extract("Malaysian Prime Minister Anwar Ibrahim is in Japan, holding talks with Japanese Prime "
                     "Minister Shigeru Ishiba on trade and investment.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["JPN", "MYS"]
    assert people(record, meeting) == {"Anwar Ibrahim", "Shigeru Ishiba"}


def test_announced_plans_to_visit_is_the_announcers_visit(extract):
    record = extract("Chilean President Gabriel Boric has announced plans to visit Argentina for talks with "
                     "President Javier Milei.")
    visit = one(record, "visit")
    assert visit.status == "planned"
    assert visit.countries == ["ARG", "CHL"]
    assert people(record, visit) == {"Gabriel Boric", "Javier Milei"}
    meeting = one(record, "meeting")
    assert meeting.countries == ["ARG", "CHL"]
    assert people(record, meeting) == {"Gabriel Boric", "Javier Milei"}


def test_purpose_clause_meets_for_the_traveller(extract):
    record = extract("Kenyan President William Ruto flew to Addis Ababa on Tuesday to meet Ethiopian Prime "
                     "Minister Abiy Ahmed.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["ETH", "KEN"]
    assert people(record, meeting) == {"William Ruto", "Abiy Ahmed"}


def test_an_invitation_to_visit_does_not_make_the_inviter_the_visitor(extract):
    record = extract("Uruguayan President Yamandu Orsi extended an invitation to visit Montevideo to "
                     "Paraguayan President Santiago Pena.")
    assert all(not (e.kind == "visit" and "Yamandu Orsi" in people(record, e)
                    and e.source and record.actor(e.source[0]).name == "Yamandu Orsi")
               for e in record.events)
