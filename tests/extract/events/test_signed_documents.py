"""Documents as agency copy tells them (issue 14, item 5): the signatories named in a later
sentence, the signing witnessed after talks, memoranda exchanged, declarations endorsed by leaders,
older agreements cited with their year in a clause about the future, and previous agreements with
a state. Each case asks what the rule does on a report about another pair of states."""

from __future__ import annotations

import pytest
from event_views import agreements, people

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def only(record: Record) -> Event:
    found = agreements(record)
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "countries", "persons", "place", "start"), [  # place: its country
    ("NAIROBI, March 11 (KNA) - Kenya and Ethiopia signed a protocol on the joint management of the Moyale "
     "border post on Tuesday. The protocol was signed by Kenyan Foreign Minister Musalia Mudavadi and "
     "Ethiopian Foreign Minister Gedion Timothewos.",
     ["ETH", "KEN"], {"Musalia Mudavadi", "Gedion Timothewos"}, "KEN", "2025-03-11"),
    ("BAKU (Trend) - Azerbaijan and Uzbekistan have signed an agreement on mutual visa exemption, Trend reports. "
     "The document was signed by Azerbaijani Foreign Minister Jeyhun Bayramov and Uzbek Foreign Minister "
     "Bakhtiyor Saidov in Baku on Monday.",
     ["AZE", "UZB"], {"Jeyhun Bayramov", "Bakhtiyor Saidov"}, "AZE", "2025-03-10"),
    ("The leaders of Niger and Chad have signed a border accord. Presidents Abdourahamane Tiani of Niger and "
     "Mahamat Deby of Chad reached the agreement on Sunday at a summit hosted by Togolese President Faure "
     "Gnassingbe in Lome.",
     ["NER", "TCD"], {"Abdourahamane Tiani", "Mahamat Deby"}, "TGO", "2025-03-09"),
])
def test_signatories_told_after_the_document_are_its_people(extract, text, countries, persons, place, start):
    record = extract(text)
    event = only(record)
    assert event.countries == countries
    assert people(record, event) == persons  # the summit's host signs nothing
    assert event.place is not None and event.place.country == place
    assert (event.status, event.date.start) == ("occurred", start)


def test_a_document_told_again_keeps_its_states_when_one_signer_has_none(extract):
    record = extract("ASTANA (Kazinform) - Kazakhstan and Kyrgyzstan signed a treaty on the state border regime on "
                     "Tuesday. The document was signed by Kyrgyz Foreign Minister Jeenbek Kulubaev and the Kazakh "
                     "side.")
    event = only(record)
    assert event.countries == ["KAZ", "KGZ"]
    assert event.name == "treaty on the state border regime"
    assert "Jeenbek Kulubaev" in people(record, event)


@pytest.mark.parametrize(("text", "countries", "place", "start"), [
    ("DOHA, March 10 (QNA) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held talks with Rwandan "
     "President Paul Kagame in Doha on Monday. After the talks, the two sides witnessed the signing of several "
     "agreements and memoranda of understanding between the governments of the two countries.",
     ["QAT", "RWA"], "Doha", "2025-03-10"),
    ("ACCRA (GNA) - Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara in Accra "
     "on Friday. Following the talks, the leaders witnessed the signing of four bilateral agreements on trade "
     "and energy.",
     ["CIV", "GHA"], "Accra", "2025-03-07"),
])
def test_the_signing_of_documents_after_talks_is_an_agreement_of_the_talks(extract, text, countries, place, start):
    event = only(extract(text))
    assert event.countries == countries
    assert event.place is not None and event.place.name == place
    assert (event.status, event.date.start) == ("occurred", start)


@pytest.mark.parametrize("text", [
    "ABU DHABI (WAM) - The UAE and Kenya exchanged five memoranda of understanding in Abu Dhabi on Monday.",
    "MUSCAT (ONA) - Oman and Tanzania signed a memo on fisheries in Muscat on Monday.",
])
def test_memoranda_and_memos_are_documents(extract, text):
    event = only(extract(text))
    assert len(event.countries) == 2
    assert (event.status, event.date.start) == ("occurred", "2025-03-10")


def test_a_declaration_endorsed_by_leaders_has_their_states(extract):
    event = only(extract("AMMAN (Petra) - The meeting ended with the adoption of the Amman Declaration, which was "
                         "endorsed by the leaders of Jordan, Egypt and Iraq on Sunday."))
    assert event.countries == ["EGY", "IRQ", "JOR"]
    assert event.name.startswith("Amman Declaration")
    assert event.status == "occurred"


@pytest.mark.parametrize(("text", "countries", "start"), [
    ("Foreign Minister Juan Perez told reporters Argentina has decided to amend a 1994 accord with Chile on "
     "border crossings.", ["ARG", "CHL"], "1994"),
    ("The aim of the negotiations is to replace the 1997 treaty between Ukraine and Romania before it "
     "expires.", ["ROU", "UKR"], "1997"),
])
def test_an_older_document_cited_in_a_clause_about_the_future_occurred(extract, text, countries, start):
    event = only(extract(text))
    assert event.countries == countries
    assert (event.status, event.date.start) == ("occurred", start)


def test_a_document_dated_in_a_later_year_is_not_made_older(extract):
    event = only(extract("The presidents of Peru and Bolivia will sign the 2025 Agreement on Lake Titicaca in "
                         "La Paz on March 20."))
    assert event.status == "planned"
    assert event.date.start == "2025-03-20"


@pytest.mark.parametrize(("text", "countries"), [
    ("Mongolian Defence Minister Gursed Saikhanbayar said the troop cut is part of a previous agreement with "
     "Japan.", ["JPN", "MNG"]),
    ("Paraguay's foreign minister said the earlier agreement between Paraguay and Brazil on the dam remained in "
     "force.", ["BRA", "PRY"]),
])
def test_a_previous_agreement_with_a_state_is_an_agreement(extract, text, countries):
    event = only(extract(text))
    assert event.countries == countries
    assert event.status == "occurred"


@pytest.mark.parametrize("text", [
    "The minister declared illegal a previous agreement between the provincial government and a foreign mining "
    "company, Kivu Gold.",
    "Kenya and Uganda discussed a previous proposal on fishing in Lake Victoria.",
])
def test_a_previous_deal_with_no_state_party_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "countries", "start"), [
    ("A spokesman for the Malaysian foreign ministry said a formal agreement on the satellite project will be "
     "signed in June, when Prime Minister Anwar Ibrahim is scheduled to visit Tokyo.", ["JPN", "MYS"], "2025-06"),
    ("Officials said a treaty on legal assistance would be signed next month during Chilean President Gabriel "
     "Boric's visit to Lima.", ["CHL", "PER"], "2025-04"),
])
def test_a_signing_planned_for_a_visit_has_the_host_state(extract, text, countries, start):
    event = only(extract(text))
    assert event.countries == countries
    assert (event.status, event.date.start) == ("planned", start)


@pytest.mark.parametrize("text", [
    "The letter was signed by someone calling himself Abu Khalid and was sent to police in Mombasa on Friday.",
    "Police said the note found near the station had been signed by a group calling itself the Black Hand.",
])
def test_a_document_no_state_signs_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "countries", "place"), [
    ("The presidents of Paraguay, Uruguay and Bolivia met on Friday in the Paraguayan capital, Asuncion. "
     "Paraguay's Santiago Pena, Uruguay's Yamandu Orsi and Bolivia's Luis Arce signed agreements on river "
     "transport.", ["BOL", "PRY", "URY"], "PRY"),
    ("MOSCOW (TASS) - Russian Deputy Prime Minister Alexei Overchuk held talks with Armenian Deputy Prime "
     "Minister Mher Grigoryan in Yerevan on Monday. Overchuk and Grigoryan signed a protocol on rail transit.",
     ["ARM", "RUS"], "ARM"),
])
def test_a_signing_told_after_talks_of_the_same_people_is_where_they_met(extract, text, countries, place):
    event = only(extract(text))
    assert event.countries == countries
    assert event.place is not None and event.place.country == place
    assert event.status == "occurred"


def test_an_older_document_cited_beside_a_visit_is_not_placed_there(extract):
    record = extract("Uruguay has decided to amend a 1994 accord with Chile on border crossings. The amendment "
                     "will be signed during Foreign Minister Mario Lubetkin's visit to Santiago next week.")
    (older,) = [e for e in agreements(record) if e.date is not None and e.date.start == "1994"]
    assert older.status == "occurred"
    assert older.place is None


@pytest.mark.parametrize("text", [
    "KABUL - The Afghan government and tribal elders signed an accord on Tuesday to end a land dispute in Paktia "
    "province.",
    "MANILA - The accord was signed by the Philippine government and rebel factions in Kuala Lumpur on Monday.",
])
def test_an_accord_with_non_state_sides_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_a_document_name_stops_before_the_talks_it_followed(extract):
    event = only(extract("BAKU (APA) - Azerbaijan and Kazakhstan on Monday adopted a joint statement on allied "
                         "relations following talks between the two presidents in Baku."))
    assert event.name == "joint statement on allied relations"
    assert event.countries == ["AZE", "KAZ"]
    assert (event.status, event.date.start) == ("occurred", "2025-03-10")


@pytest.mark.parametrize(("text", "countries", "start"), [
    ("BAKU (AZERTAC) - Azerbaijani President Ilham Aliyev received Georgian Prime Minister Irakli Kobakhidze in "
     "Baku on Tuesday. The sides agreed to set up a joint commission on energy transit.", ["AZE", "GEO"],
     "2025-03-11"),
    ("Indonesia and Vietnam agreed on Monday to open consulates in Surabaya and Da Nang, the ministry said.",
     ["IDN", "VNM"], "2025-03-10"),
    ("Kazakhstan and Oman agreed on Wednesday to launch direct flights between Almaty and Muscat.",
     ["KAZ", "OMN"], "2025-03-12"),
])
def test_a_concrete_act_agreed_between_states_is_an_agreement(extract, text, countries, start):
    event = only(extract(text))
    assert event.countries == countries
    assert (event.status, event.date.start) == ("occurred", start)


@pytest.mark.parametrize("text", [
    "The two ministers agreed to keep in regular contact and to continue consultations.",
    "Kenya and Uganda agreed to strengthen cooperation in agriculture, the ministry said.",
])
def test_an_oral_understanding_is_still_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "TASHKENT (UzA) - The foreign ministries of Uzbekistan and Hungary signed a plan of consultations on Tuesday.",
    "KUWAIT (KUNA) -- Kuwait and Oman inked on Tuesday a memorandum of understanding on political consultations.",
])
def test_talks_a_document_is_about_are_no_meeting(extract, text):
    record = extract(text)
    assert [e.kind for e in record.events] == ["agreement"]
    assert only(record).date.start == "2025-03-11"


def test_talks_planned_beside_plans_are_still_talks(extract):
    record = extract("US Vice President JD Vance has announced plans to visit Saudi Arabia for talks with Crown "
                     "Prince Mohammed bin Salman.")
    assert any(e.kind == "meeting" for e in record.events)


def test_a_deal_the_agreeing_is_made_in_is_an_agreement(extract):
    event = only(extract("DOHA (QNA) - In a deal with Britain and France, Qatar agreed on Monday to buy 24 "
                         "fighter jets."))
    assert event.countries == ["FRA", "GBR", "QAT"]
    assert (event.status, event.date.start) == ("occurred", "2025-03-10")


def test_a_document_signed_by_its_own_participle_occurred(extract):
    event = only(extract("ANKARA (AA) - Under the agreement signed in Ankara on Monday, Turkey will supply gas to "
                         "Syria."))
    assert event.countries == ["SYR", "TUR"]
    assert (event.status, event.date.start) == ("occurred", "2025-03-10")
    assert event.place is not None and event.place.country == "TUR"
