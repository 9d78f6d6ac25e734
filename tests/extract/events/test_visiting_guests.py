"""Where agency copy puts talks it does not place (issue 14, items 1 and 2): "met with visiting Chinese
Foreign Minister X" makes X the guest and the clause's subject the host, so the visit and the talks are
in the host's state (the dateline's city), never in the guest's; an unplaced event of the report's day
or the day before ("met on Monday", reported on Tuesday) is in the dateline's city."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "guest", "host", "city", "country"), [
    ("KAMPALA, Uganda (Lake Wire) -- Ugandan President Yoweri Museveni met with visiting Chinese Foreign "
     "Minister Wang Yi on Monday.", "Wang Yi", "Yoweri Museveni", "Kampala", "UGA"),
    ("Doha: His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met with visiting Syrian President Ahmed "
     "al-Sharaa at the Amiri Diwan today.", "Ahmed al-Sharaa", "Tamim bin Hamad Al-Thani", "Doha", "QAT"),
    ("LIMA, June 9 (Andes Desk) - Peruvian Foreign Minister Elmer Schialer received visiting Ecuadorian Foreign "
     "Minister Gabriela Sommerfeld on Monday.", "Gabriela Sommerfeld", "Elmer Schialer", "Lima", "PER"),
])
def test_the_visiting_official_is_the_guest(extract, text, guest, host, city, country):
    record = extract(text)
    visits = [e for e in record.events if e.kind == "visit"]
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and all(t.place is not None and (t.place.name, t.place.country) == (city, country) for t in talks)
    for visit in visits:
        assert visit.persons[0] == guest and host in visit.persons
        assert visit.place is not None and visit.place.country == country


def test_visiting_a_country_is_no_guest_phrase(extract):
    record = extract("HANOI, June 9 (Red River Post) - Vietnamese Prime Minister Pham Minh Chinh is visiting Japan "
                     "this week, the government said on Monday.")
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.persons == ["Pham Minh Chinh"] and visit.place is not None and visit.place.country == "JPN"


@pytest.mark.parametrize(("text", "published", "city"), [
    ("Tehran, IRNA -- Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi "
     "on Monday.", "2025-06-10", "Tehran"),
    ("ASTANA, June 10 (Steppe Wire) - Kazakh Foreign Minister Murat Nurtleu held talks with his Kyrgyz "
     "counterpart Jeenbek Kulubaev on Monday.", "2025-06-10", "Astana"),
])
def test_the_day_before_the_report_is_told_from_the_dateline(extract, text, published, city):
    (talks,) = [e for e in extract(text, published).events if e.kind == "meeting"]
    assert talks.place is not None and talks.place.name == city


def test_an_older_meeting_takes_no_dateline_city(extract):
    record = extract("Tehran, IRNA -- Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister "
                     "Badr Albusaidi on May 20.", "2025-06-10")
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert talks.place is None or talks.place.name != "Tehran"


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("Turkish officials have received assurances from a visiting Japanese official that Tokyo will keep "
     "funding the Bosphorus bridge project.", "JPN", "TUR"),
    ("Georgian leaders got a promise of support from a visiting German minister on Monday.", "DEU", "GEO"),
])
def test_an_unnamed_visiting_official_visits_the_clause_subjects_state(extract, text, guest, host):
    """'Turkish officials received assurances from a visiting Japanese official': the guest's state
    visits the subject's, never its own."""
    (visit,) = [e for e in extract(text).events if e.kind == "visit"]
    assert sorted(visit.countries) == sorted([guest, host])
    assert visit.place is not None and visit.place.country == host



@pytest.mark.parametrize(("text", "guest"), [
    ("MUSCAT, March 2 (ONA) -- His Majesty Sultan Haitham bin Tarik received at Al Alam Palace on Sunday the "
     "visiting Foreign Minister of Kuwait Sheikh Abdullah Ali Al-Yahya.", "Abdullah Ali Al-Yahya"),
    ("MANAMA, March 2 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received at Sakhir Palace on Sunday "
     "the visiting Foreign Minister of Oman Sayyid Badr bin Hamad Al Busaidi.", "Badr bin Hamad Al Busaidi"),
    ("DOHA, March 2 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani received at the Amiri Diwan "
     "on Sunday the visiting Deputy Prime Minister of Kuwait Sheikh Fahad Yousef Saud Al-Sabah.",
     "Fahad Yousef Saud Al-Sabah"),
])
def test_the_visiting_guest_whose_name_the_parser_splits_from_the_title(extract, text, guest):
    """'received ... the visiting Foreign Minister of Kuwait Sheikh X': the name run right after the
    guest's phrase (an honorific inside it) is the guest's (events/hosts.py _name_after)."""
    record = extract(text, published="2025-03-02")
    visit = next(e for e in record.events if e.kind == "visit")
    assert guest in visit.persons
