"""Event places (events/place.py): where an engagement happens, as its clause states it.

A place nested in the place phrase or the object of the trigger's verb ("met with X in New
Delhi", "met at the king's palace in Riyadh") is the event's; a place in a topic ("talks on the
situation in Syria") is not; an invitation and a call have no place.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Event, Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str | None = None) -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def only(record: Record, kind: str) -> Event:
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Sri Lankan President Ranil Wickremesinghe met with Indian Prime Minister Narendra Modi in New Delhi "
     "on Friday.", "New Delhi", "IND"),
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.",
     "Addis Ababa", "ETH"),
    ("Jordan's King Abdullah II and Egyptian President Abdel Fattah al-Sisi met on Sunday at the royal "
     "palace in Amman.", "Amman", "JOR"),
    ("Turkish Foreign Minister Hakan Fidan held talks with his Qatari counterpart at the Foreign "
     "Ministry in Doha on Tuesday.", "Doha", "QAT"),
])
def test_a_place_nested_in_the_clause_is_the_meetings(extract, text, city, country):
    meeting = only(extract(text, "2025-03-10"), "meeting")
    assert meeting.place is not None
    assert (meeting.place.name, meeting.place.country) == (city, country)


def test_a_place_in_a_topic_is_not_the_meetings(extract):
    record = extract("Russian President Vladimir Putin held talks with Iranian President Masoud Pezeshkian "
                     "on the situation in Syria and the war in Gaza.", "2025-01-17")
    meeting = only(record, "meeting")
    assert meeting.place is None or meeting.place.country not in {"SYR", "PSE", "ISR"}


def test_a_visit_paid_to_a_city_is_placed_there(extract):
    record = extract("The ministers reviewed the outcomes of the visit paid by Indian External Affairs "
                     "Minister S. Jaishankar to Nairobi in June.", "2025-10-03")
    visit = only(record, "visit")
    assert visit.place is not None and (visit.place.name, visit.place.country) == ("Nairobi", "KEN")
    assert [record.actor(a).name for a in visit.source] == ["S. Jaishankar"]


@pytest.mark.parametrize("text", [
    "Uzbek President Shavkat Mirziyoyev arrived in Doha on Monday at the invitation of the Emir of Qatar "
    "Sheikh Tamim bin Hamad Al Thani.",
    "DOHA, Feb 21 (QNA) - Emir Sheikh Tamim bin Hamad Al Thani invited Uzbek President Shavkat Mirziyoyev "
    "to visit Qatar, the Amiri Diwan said.",
])
def test_an_invitation_has_no_place(extract, text):
    invitation = only(extract(text, "2024-02-21"), "invitation")
    assert invitation.place is None


def test_a_call_has_no_place(extract):
    record = extract("ANKARA, Jan 9 (AA) - Turkish President Recep Tayyip Erdogan spoke by phone with "
                     "Azerbaijani President Ilham Aliyev on Thursday.", "2025-01-09")
    assert only(record, "call").place is None


@pytest.mark.parametrize(("text", "city", "country"), [
    ("U.S. Deputy Secretary of State Kurt Campbell arrived in the Philippine capital, Manila, on Wednesday "
     "for two days of talks.", "Manila", "PHL"),
    ("A spokesman said UN envoy Geir Pedersen and President Bashar al-Assad met on Saturday in the "
     "northern city of Aleppo.", "Aleppo", "SYR"),
    ("Venezuelan and Chinese officials signed agreements on oil and mining during meetings in Caracas on "
     "Saturday.", "Caracas", "VEN"),
])
def test_a_named_city_in_apposition_or_of_phrase_or_during_talks(extract, text, city, country):
    record = extract(text, "2025-03-10")
    event = record.events[0]
    assert event.place is not None
    assert (event.place.name, event.place.country) == (city, country)


def test_a_trip_on_the_way_to_a_country_is_placed_there(extract):
    record = extract("Brazilian President Luiz Inacio Lula da Silva is on his way to Angola for a two-day trip, "
                     "his first to Africa this year.", "2025-05-02")
    visit = only(record, "visit")
    assert visit.place is not None and visit.place.country == "AGO"


def test_a_visit_is_placed_with_its_host_not_the_visitors_state(extract):
    record = extract("North Korean Premier Kim Tok Hun held talks with Myanmar's leader Min Aung Hlaing on "
                     "Monday. The visit by the North Korean premier was the first in decades.", "2025-05-06")
    visit = only(record, "visit")
    assert visit.place is not None and visit.place.country == "MMR"
    assert only(record, "meeting").place.country == "MMR"


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Sudanese Foreign Minister Ali Karti met Egyptian Foreign Minister Sameh Fahmy on Sunday in the "
     "Egyptian capital.", "Cairo", "EGY"),
    ("Kenyan President Mwai Kibaki held talks with Ugandan President Yoweri Museveni at State House in the "
     "Ugandan capital on Monday.", "Kampala", "UGA"),
])
def test_the_capital_told_by_its_demonym_is_the_place(extractor, text, city, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-02-10"))
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.place is not None and meeting.place.name == city and meeting.place.country == country


def test_a_city_told_with_its_state_before_the_engagement_noun_is_its_place(extractor):
    text = "Former Kenyan President Uhuru Kenyatta rejected that charge in a surprise speech at the Mombasa, Kenya, summit Friday."
    record = extractor.extract(Article(text=text, id="t"))
    summits = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert summits and all(e.place is not None and e.place.name == "Mombasa" for e in summits)


@pytest.mark.parametrize("text, country", [
    ("Ghanaian President John Mahama arrived in the former rebel stronghold of Bouake on Monday.", "CIV"),
    ("Qatari envoy Mohammed Al-Khulaifi arrived in the besieged enclave of Gaza on Monday.", "PSE"),
])
def test_a_place_named_by_the_of_phrase_of_a_place_noun(extractor, text, country):
    record = extractor.extract(Article(text=text, id="t"))
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all(e.place is not None and e.place.country == country for e in visits)
