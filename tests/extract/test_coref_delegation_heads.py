"""'A delegation of the Ministry of Defence of Turkmenistan led by Deputy Minister X ... The guests held
talks with Y': the head of a delegation whose own state is told only by the delegation's phrase heads
it all the same (coref._delegations), so 'the guests' and 'the delegation' are X."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-05-12"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


REPORT = (
    "TASHKENT, 12 May (UzA) -- A delegation of the Ministry of Emergency Situations of Tajikistan led by "
    "Deputy Minister Rustam Nazarzoda arrived in Tashkent on Monday.\n\n"
    "The guests held talks with Deputy Minister of Emergency Situations of Uzbekistan Abdulla Kuldashev. "
    "The sides discussed joint rescue exercises in the Fergana Valley.")


def test_the_guests_are_the_delegation_head(extract):
    record = extract(REPORT)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Rustam Nazarzoda", "Abdulla Kuldashev"}
    assert talks[0].countries == ["TJK", "UZB"]


def test_the_head_heads_his_states_delegation(extract):
    record = extract(REPORT)
    head = next(a for a in record.actors if a.name == "Rustam Nazarzoda")
    assert head.head_of == "TJK" and head.country == "TJK"
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1 and people(record, visits[0]) == {"Rustam Nazarzoda", "Abdulla Kuldashev"}


GAPPED = (
    "MINSK, 8 October (BelTA) - Belarus and Mongolia held consultations on consular issues at the Foreign "
    "Ministry in Minsk on Thursday.\n\n"
    "The Belarusian delegation was led by Deputy Foreign Minister Igor Sekreta, and the Mongolian delegation "
    "by State Secretary Gerelmaa Davaasuren.\n\n"
    "The Mongolian delegation is in Belarus on a working visit until October 10.")


def test_the_head_told_with_the_verb_left_out_heads_the_second_delegation(extract):
    record = extract(GAPPED)
    head = next(a for a in record.actors if a.name == "Gerelmaa Davaasuren")
    assert head.head_of == "MNG"
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert "Gerelmaa Davaasuren" in people(record, visit)


def test_the_state_named_delegation_is_its_head_whose_own_state_is_told_later(extract):
    record = extract(
        "ISLAMABAD, Sept 22 (APP): Senate Chairman Yousuf Raza Gilani on Tuesday received a parliamentary "
        "delegation of the Grand National Assembly of Turkiye led by Chairman of the Friendship Group Ali Sahin.\n\n"
        "Both sides agreed to strengthen parliamentary exchanges.\n\n"
        "The Turkish delegation, which arrived in Islamabad on Monday on a four-day visit, also called on "
        "Speaker National Assembly Sardar Ayaz Sadiq separately.")
    calls = [e for e in record.events if e.kind == "meeting" and "Ayaz Sadiq" in people(record, e)]
    assert calls and all("Ali Sahin" in people(record, e) for e in calls)
