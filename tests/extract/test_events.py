"""Events: kinds, PLOVER coding, participants, dates, status and evidence (issue 5)."""

from __future__ import annotations

import pytest

from dateline.record import Record

SEED = """ date 2024-04-03
BAKU, Azerbaijan, April 3. A delegation headed by Deputy Prosecutor General of Kazakhstan Zhandos Umiraliyev has arrived in Azerbaijan on a working visit at the invitation of Azerbaijani Prosecutor General Kamran Aliyev.

The delegation will take part in a five-sided meeting of the Prosecutor General's Offices of the Caspian littoral states in Baku.

During the visit, Umiraliyev held bilateral talks with Aliyev on extradition and the return of criminal assets.

Aliyev noted that the 29th Annual Conference and General Meeting of the International Association of Prosecutors will be held in Baku from September 29 to October 2 this year. The city will also host the Regional Conference of Prosecutors on Cybercrime on 14-15 November.

An invitation to the conference has been sent to his Kazakh colleague Berik Asylov, Aliyev said.
"""


PUBLISHED = "2024-04-03"  # the extract fixture's default (tests/conftest.py)


def names(record: Record, ids: list[str]) -> set[str]:
    return {record.actor(i).name for i in ids if record.actor(i) is not None}


def test_seed_story_has_exactly_its_seven_events(extract):
    record = extract(SEED, published=None)
    kinds = sorted(e.kind for e in record.events)
    assert kinds == sorted(["visit", "invitation", "multilateral", "meeting", "gathering",
                            "gathering", "invitation"])
    by_kind = {}
    for event in record.events:
        by_kind.setdefault(event.kind, []).append(event)
    visit = by_kind["visit"][0]
    assert (visit.type, visit.mode, visit.status) == ("CONSULT", "visit", "occurred")
    assert set(visit.countries) == {"AZE", "KAZ"}
    assert "Zhandos Umiraliyev" in names(record, visit.source)
    assert visit.date.start == "2024-04-03"
    assert visit.place.country == "AZE"
    multilateral = by_kind["multilateral"][0]
    assert multilateral.countries == ["AZE", "IRN", "KAZ", "RUS", "TKM"]
    assert (multilateral.status, multilateral.type) == ("planned", "AGREE")
    meeting = by_kind["meeting"][0]
    assert names(record, meeting.participants) == {"Zhandos Umiraliyev", "Kamran Aliyev"}
    iap, cyber = sorted(by_kind["gathering"], key=lambda e: e.date.start)
    assert (iap.date.start, iap.date.end, iap.status) == ("2024-09-29", "2024-10-02", "planned")
    assert "International Association of Prosecutors" in iap.name
    assert "IAP" in iap.countries and "AZE" in iap.countries
    assert (cyber.date.start, cyber.date.end) == ("2024-11-14", "2024-11-15")
    invitations = by_kind["invitation"]
    invitees = [names(record, e.recipient) for e in invitations]
    assert {"Zhandos Umiraliyev"} <= invitees[0] or {"Zhandos Umiraliyev"} <= invitees[1]
    assert any("Berik Asylov" in i for i in invitees)
    for event in record.events:
        assert event.type in {"CONSULT", "AGREE", "SUPPORT"}
        sentence = SEED[event.sentence[0]:event.sentence[1]]
        assert SEED[event.trigger.start:event.trigger.end] == event.trigger.text
        assert event.sentence[0] <= event.trigger.start < event.trigger.end <= event.sentence[1]
        assert event.trigger.text in sentence


@pytest.mark.parametrize(
    ("text", "kind", "type_", "mode"),
    [
        ("Kazakh Foreign Minister Murat Nurtleu held a telephone conversation with Azerbaijani "
         "Foreign Minister Jeyhun Bayramov on Monday.", "call", "CONSULT", "phone"),
        ("Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev held talks "
         "via videoconference on Friday.", "call", "CONSULT", "phone"),
        ("The prosecutors general of Azerbaijan and Uzbekistan signed a memorandum of understanding "
         "on cooperation in combating cybercrime in Baku on Tuesday.", "agreement", "SUPPORT", None),
        ("Azerbaijani Foreign Minister Jeyhun Bayramov met with his Georgian counterpart Ilia Darchiashvili "
         "in Tbilisi on Monday.", "meeting", "CONSULT", None),
        ("The foreign ministers of Azerbaijan, Türkiye and Turkmenistan held a trilateral meeting in "
         "Ankara on Friday.", "multilateral", "CONSULT", "multilateral"),
        ("Turkish President Recep Tayyip Erdogan will pay an official visit to Kazakhstan next month.",
         "visit", "AGREE", None),
        ("President Ilham Aliyev invited Uzbek President Shavkat Mirziyoyev to attend the summit.",
         "invitation", "AGREE", None),
    ],
)
def test_kinds_and_plover(extract, text, kind, type_, mode):
    record = extract(text)
    events = [e for e in record.events if e.kind == kind]
    assert events, [(e.kind, e.trigger.text) for e in record.events]
    assert (events[0].type, events[0].mode) == (type_, mode)


def test_planned_visit_date_and_status(extract):
    record = extract("Turkish President Recep Tayyip Erdogan will pay an official visit to Kazakhstan "
                     "next month.")
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.status == "planned"
    assert visit.date.start == "2024-05"
    assert set(visit.countries) == {"KAZ", "TUR"}


def test_negated_and_hypothetical_events_are_not_emitted(extract):
    record = extract("The two ministers did not meet in Baku on Monday. A visit could take place "
                     "if the talks succeed.")
    assert not [e for e in record.events if e.status == "occurred" and e.kind in {"meeting", "visit"}]


def test_one_event_per_engagement_however_often_mentioned(extract):
    record = extract(
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Kazakh Foreign Minister Murat Nurtleu in Astana "
        "on Monday. The meeting focused on transit. At the meeting, the ministers also discussed energy.")
    assert len([e for e in record.events if e.kind == "meeting"]) == 1


def test_two_meetings_with_different_people_stay_apart(extract):
    record = extract(
        "Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Ashgabat with Turkmen Foreign Minister "
        "Rashid Meredov on Monday. Later in the day, Bayramov was received by President of Turkmenistan "
        "Serdar Berdimuhamedov.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 2


def test_reported_arrival_takes_publication_date_and_place(extract):
    record = extract("Georgian Prosecutor General Irakli Shotadze has arrived in Baku on a working visit.",
                     published="2024-04-10")
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.date.start == "2024-04-10"
    assert (visit.place.name, visit.place.country) == ("Baku", "AZE")
    assert visit.place.lat is not None
