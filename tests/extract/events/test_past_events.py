"""Past engagements told in passing (issue 14 item 6; events/passing.py, merge.py, dates.py).

"his first visit to the country since 2016", "was last in Lima in May 2022", "the visit paid by
the Indian minister to Nairobi in June" are visits of their own, occurred, with their dates; an
invitation a party says "has been sent" has no date; "the five-sided meeting" told again is the
meeting announced before.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

LEAD = ("LIMA, Sept 10 (Andina) - Chilean Foreign Minister Alberto van Klaveren arrived in Lima on "
        "Tuesday for talks with his Peruvian counterpart Elmer Schialer. ")


PUBLISHED = "2025-09-10"  # the extract fixture's default (tests/conftest.py)


def visits(record: Record) -> list[tuple[str | None, str | None, str]]:
    return sorted(((e.date.start if e.date else None), (e.place.country if e.place else None), e.status)
                  for e in record.events if e.kind == "visit")


def test_a_first_visit_since_a_year_tells_a_visit_that_year(extract):
    record = extract(LEAD + "It is his first visit to the country since 2016.")
    assert visits(record) == [("2016", "PER", "occurred"), ("2025-09-09", "PER", "occurred")]


@pytest.mark.parametrize(("sentence", "start"), [
    ("Van Klaveren was last in Lima in May 2022.", "2022-05"),
    ("Van Klaveren had previously been in Lima in 2019.", "2019"),
])
def test_a_last_stay_with_its_date_is_a_visit(extract, sentence, start):
    record = extract(LEAD + sentence)
    assert visits(record) == [(start, "PER", "occurred"), ("2025-09-09", "PER", "occurred")]
    past = next(e for e in record.events if e.kind == "visit" and e.date and e.date.start == start)
    assert past.place is not None and past.place.name == "Lima"
    assert "Alberto van Klaveren" in {record.actor(a).name for a in past.source}


def test_a_stay_at_home_or_without_a_date_is_no_visit(extract):
    record = extract(LEAD + "Schialer was last in Lima in May. Van Klaveren was previously in Lima.")
    assert len(visits(record)) == 1


def test_a_visit_paid_in_an_earlier_month_is_its_own(extract):
    record = extract("NAIROBI, Oct 3 - Kenyan Foreign Minister Musalia Mudavadi met Indian External Affairs "
                     "Minister S. Jaishankar in New Delhi on Thursday. The two ministers reviewed the outcomes "
                     "of the visit paid by Jaishankar to Nairobi in June.", "2025-10-03")
    # the June visit told in passing, and today's stay in New Delhi told by the talks (events/abroad.py)
    past, today = sorted((e for e in record.events if e.kind == "visit"), key=lambda e: e.date.start if e.date else "")
    assert (past.date.start if past.date else None, past.status) == ("2025-06", "occurred")
    assert past.place is not None and past.place.country == "KEN"
    assert today.place is not None and today.place.name == "New Delhi" and today.date is not None \
        and today.date.start == "2025-10-02"
    (meeting,) = [e for e in record.events if e.kind == "meeting"]
    assert meeting.place is not None and meeting.place.name == "New Delhi"


def test_an_invitation_a_party_says_has_been_sent_has_no_date(extract):
    record = extract(
        "ASTANA, April 9 (Kazinform) - Kyrgyz Interior Minister Ulan Niyazbekov has arrived in Astana on a "
        "working visit at the invitation of Kazakh Interior Minister Yerzhan Sadenov. Sadenov also said "
        "the regional conference of interior ministers will be held in Astana in June, and an invitation "
        "has been sent to his Tajik colleague Ramazon Rahimzoda.", "2025-04-09")
    invitations = [e for e in record.events if e.kind == "invitation"]
    assert len(invitations) == 2
    for invitation in invitations:
        assert invitation.date is None and invitation.place is None and invitation.status == "occurred"


def test_a_planned_meeting_told_again_is_one_meeting(extract):
    record = extract(
        "BAKU, April 3 (Trend) - A delegation headed by Turkmen Deputy Prosecutor General Batyr Ovezov has "
        "arrived in Baku. The delegation will take part in a five-sided meeting of representatives of the "
        "Prosecutor General's Offices of the Caspian littoral states, which will be held in Baku. Ovezov "
        "stressed the significance of the five-sided meeting of the Caspian littoral states.", "2024-04-03")
    multilateral = [e for e in record.events if e.kind == "multilateral"]
    assert len(multilateral) == 1
    assert multilateral[0].status == "planned"
    assert {record.actor(a).name for a in multilateral[0].participants
            if record.actor(a).kind == "person"} == {"Batyr Ovezov"}


def test_the_visits_end_goes_to_the_visit_of_those_days(extract):
    record = extract(
        "BAKU, May 12 (Trend) - Uzbek Foreign Minister Bakhtiyor Saidov arrived in Baku on Monday. He held "
        "talks with Azerbaijani Foreign Minister Jeyhun Bayramov. During his trip, Saidov also visited the "
        "Heydar Aliyev Center. His trip is the first by an Uzbek foreign minister since 2019. The visit "
        "will end on Tuesday.", "2025-05-12")
    spans = sorted(((e.date.start, e.date.end) if e.date else (None, None)) for e in record.events
                   if e.kind == "visit")
    assert spans == [("2019", "2019"), ("2025-05-12", "2025-05-13")]


@pytest.mark.parametrize(("text", "country"), [
    ("Chilean Foreign Minister Alberto van Klaveren is in Lima for talks with his Peruvian counterpart "
     "Elmer Schialer.", "PER"),
    ("Indian External Affairs Minister S. Jaishankar was in Nairobi on Monday for a two-day visit.", "KEN"),
])
def test_a_stay_for_talks_is_a_visit(extract, text, country):
    record = extract(text)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.status == "occurred" and visit.place is not None and visit.place.country == country


@pytest.mark.parametrize(("text", "countries"), [
    # for days of talks
    ("Polish Foreign Minister Radoslaw Sikorski is in Kyiv for two days of talks with Ukrainian officials "
     "on grain exports.", ["POL", "UKR"]),
    # a purpose clause that is the engagement
    ("Polish Foreign Minister Radoslaw Sikorski is in Kyiv to meet Ukrainian officials on grain exports.",
     ["POL", "UKR"]),
    ("A senior Turkish diplomat is in Baghdad to resume talks on water sharing, officials said.", ["IRQ", "TUR"]),
])
def test_a_stay_for_days_of_talks_or_to_meet_is_a_visit(extract, text, countries):
    record = extract(text)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.status == "occurred" and visit.countries == countries


def test_a_stay_at_home_to_meet_guests_is_no_visit(extract):
    record = extract("Polish Foreign Minister Radoslaw Sikorski is in Warsaw to meet Ukrainian officials.")
    assert [e for e in record.events if e.kind == "visit"] == []
