"""The story frame (events/story.py): a visit lends its parties and place to the talks told with it.

Issue 14, items 1, 2 and 7: the meeting and the signing told after an arrival are the visitor's
and the host's, where the visit is; the visit's people are the visitor and the named hosts; what
the guests also visited during the trip is the same visit; talks told elsewhere or with someone
who serves no state are not the visit's.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Event, Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str | None) -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def people(record: Record, event: Event) -> set[str]:
    ids = [*event.source, *event.recipient, *event.participants]
    return {a.name for i in ids if (a := record.actor(i)) is not None and a.kind == "person"}


def only(record: Record, kind: str) -> Event:
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def test_talks_and_signing_after_an_arrival_take_the_visit_frame(extract):
    record = extract(
        "ULAANBAATAR, March 4 (Montsame) - Lao Justice Minister Phaivy Siboualipha arrived in "
        "Ulaanbaatar on Monday at the invitation of his Mongolian counterpart Khishgeegiin Nyambaatar. "
        "At the bilateral meeting at the ministry, the sides discussed the training of judges and the "
        "transfer of sentenced persons. They signed a memorandum of understanding on legal assistance "
        "in civil matters.", "2025-03-04")
    both = {"Phaivy Siboualipha", "Khishgeegiin Nyambaatar"}
    visit, meeting, signing = only(record, "visit"), only(record, "meeting"), only(record, "agreement")
    for event in (visit, meeting, signing):
        assert people(record, event) == both
        assert sorted(event.countries) == ["LAO", "MNG"]
        assert event.place is not None and event.place.country == "MNG" and event.place.name != "Mongolia"
        assert event.date is not None and event.date.start == "2025-03-03"
        assert event.status == "occurred"
    invitation = only(record, "invitation")
    assert [record.actor(a).name for a in invitation.source] == ["Khishgeegiin Nyambaatar"]
    assert invitation.place is None and invitation.date is None


def test_the_hosts_met_during_the_visit_are_its_people(extract):
    record = extract(
        "Peruvian Foreign Minister Elmer Schialer is on an official visit to Ecuador. On Tuesday he "
        "held talks with Ecuadorian Foreign Minister Gabriela Sommerfeld. He was later received by "
        "Ecuadorian President Daniel Noboa.", "2025-03-05")
    visit = only(record, "visit")
    assert people(record, visit) == {"Elmer Schialer", "Gabriela Sommerfeld", "Daniel Noboa"}
    assert visit.place is not None and visit.place.country == "ECU"
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert sorted(sorted(people(record, m)) for m in meetings) == [
        ["Daniel Noboa", "Elmer Schialer"], ["Elmer Schialer", "Gabriela Sommerfeld"]]
    for meeting in meetings:
        assert meeting.place is not None and meeting.place.country == "ECU"


def test_talks_before_the_visit_clause_are_part_of_it(extract):
    """'X held talks with Y, who is on a visit': the host of the talks hosts the visit."""
    record = extract(
        "ASTANA, May 21 (Kazinform) - Kazakh Interior Minister Yerzhan Sadenov held talks on Wednesday "
        "with Turkmen Interior Minister Mukhammet Khydyrov, who is on a working visit to Kazakhstan on "
        "20-22 May. Following the talks, the two ministers signed a cooperation plan for 2025-2027.",
        "2025-05-21")
    visit = only(record, "visit")
    assert people(record, visit) == {"Mukhammet Khydyrov", "Yerzhan Sadenov"}
    signing = only(record, "agreement")
    assert people(record, signing) == {"Mukhammet Khydyrov", "Yerzhan Sadenov"}
    assert signing.place is not None and signing.place.name == "Astana"


def test_the_dateline_city_places_the_talks_told_from_it(extract):
    record = extract(
        "BAKU, June 5 (Trend) - Georgian Foreign Minister Maka Botchorishvili has arrived in Azerbaijan "
        "on a working visit. She held talks with her Azerbaijani counterpart Jeyhun Bayramov.",
        "2025-06-05")
    visit, meeting = only(record, "visit"), only(record, "meeting")
    assert people(record, visit) == {"Maka Botchorishvili", "Jeyhun Bayramov"}
    assert meeting.place is not None and meeting.place.name == "Baku"
    assert visit.place is not None and visit.place.country == "AZE"


def test_a_call_told_from_a_dateline_has_no_place(extract):
    record = extract(
        "BAKU, June 5 (Trend) - Azerbaijani Foreign Minister Jeyhun Bayramov held a phone conversation "
        "with his Georgian counterpart Maka Botchorishvili on Thursday.", "2025-06-05")
    call = only(record, "call")
    assert call.place is None
    assert people(record, call) == {"Jeyhun Bayramov", "Maka Botchorishvili"}


def test_the_ministry_of_the_host_gives_its_capital(extract):
    record = extract(
        "Omani Foreign Minister Badr Albusaidi held talks with Kenyan Foreign Minister Musalia Mudavadi "
        "at the ministry on Wednesday, on the second day of a visit to Kenya.", "2025-03-06")
    meeting = only(record, "meeting")
    assert meeting.place is not None and (meeting.place.name, meeting.place.country) == ("Nairobi", "KEN")


def test_what_the_guests_also_visited_is_the_same_visit(extract):
    record = extract(
        "TASHKENT, Nov 12 (UzA) - A delegation led by Tajik Foreign Minister Sirojiddin Muhriddin arrived "
        "in Tashkent on Tuesday. Muhriddin held talks with Uzbek Foreign Minister Bakhtiyor Saidov. "
        "During the trip, the guests also visited the Museum of Applied Arts and a textile factory. "
        "On Wednesday the delegation visited Samarkand.", "2025-11-12")
    visit = only(record, "visit")
    assert people(record, visit) == {"Sirojiddin Muhriddin", "Bakhtiyor Saidov"}
    assert visit.place is not None and visit.place.country == "UZB"


def test_talks_told_elsewhere_are_not_the_visits(extract):
    record = extract(
        "Togolese President Faure Gnassingbe went to Libreville on Thursday to seek advice from Gabonese "
        "President Omar Bongo. The Togolese leader then left for talks with Libyan officials in Tripoli.",
        "2005-03-25")
    talks = [e for e in record.events if e.kind == "meeting" and "LBY" in e.countries]
    assert len(talks) == 1
    assert talks[0].place is not None and talks[0].place.name == "Tripoli"
    assert people(record, talks[0]) == {"Faure Gnassingbe"}


def test_meetings_with_people_who_serve_no_state_are_not_engagements(extract):
    record = extract(
        "Georgian Foreign Minister Maka Botchorishvili arrived in Yerevan on Monday. She met with "
        "opposition leader Levon Zurabyan. She also met with businessman Samvel Karapetyan. Later she "
        "held talks with Armenian Foreign Minister Ararat Mirzoyan.", "2025-06-03")
    meeting = only(record, "meeting")
    assert people(record, meeting) == {"Maka Botchorishvili", "Ararat Mirzoyan"}
    assert meeting.place is not None and meeting.place.name == "Yerevan"


def test_talks_in_a_city_abroad_frame_the_talks_that_follow(extract):
    record = extract(
        "Hungarian Prime Minister Viktor Orban has met Chinese leaders in Beijing to discuss trade and the "
        "war in Ukraine. Orban held separate meetings on Tuesday with Chinese Premier Li Qiang and Vice "
        "President Han Zheng.", "2025-07-09")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings
    for meeting in meetings:
        assert meeting.place is not None and (meeting.place.name, meeting.place.country) == ("Beijing", "CHN")


def test_talks_told_before_the_arrival_belong_to_the_visit(extract):
    record = extract(
        "YEREVAN, June 10 (Armenpress) - OSCE Secretary General Feridun Sinirlioglu held talks in Yerevan "
        "on Tuesday with Armenian Foreign Minister Ararat Mirzoyan. Sinirlioglu arrived in Yerevan on "
        "Monday on a working visit that will last until Thursday. On Wednesday, he is scheduled to meet "
        "Prime Minister Nikol Pashinyan.", "2025-06-10")
    visit = only(record, "visit")
    assert people(record, visit) >= {"Feridun Sinirlioglu", "Ararat Mirzoyan"}
    assert visit.place is not None and visit.place.name == "Yerevan"
