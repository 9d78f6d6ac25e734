"""Documents as real copy tells them (issue 14, item 5): adopted declarations and communiques,
documents however the parser hangs them, older agreements cited with their date, and deals that
are not states' agreements."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


def only(record: Record) -> Event:
    found = agreements(record)
    assert len(found) == 1, [(e.kind, e.name) for e in record.events]
    return found[0]


def test_adopted_joint_declaration(extract):
    event = only(extract("The presidents of Kenya and Tanzania adopted a joint declaration on regional security "
                         "at the end of their talks in Arusha on Tuesday."))
    assert event.name == "joint declaration on regional security"
    assert (event.status, event.type) == ("occurred", "SUPPORT")
    assert event.countries == ["KEN", "TZA"]
    assert event.date.start == "2025-03-11"


def test_final_communique_of_a_meeting_is_an_agreement(extract):
    record = extract("Foreign ministers of Chile and Argentina met in Mendoza on Monday. The final communique "
                     "of the meeting called for a joint border commission.")
    event = only(record)
    assert event.name.startswith("final communique")
    assert event.countries == ["ARG", "CHL"]
    assert event.status == "occurred"


def test_protocol_setting_out_its_content_is_named_whole(extract):
    event = only(extract("Kenyan Interior Minister Kipchumba Murkomen and Ugandan Internal Affairs Minister "
                         "Kahinda Otafiire signed the Protocol setting out the main areas of cooperation between "
                         "the two ministries."))
    assert event.name == "Protocol setting out the main areas of cooperation between the two ministries"
    assert event.countries == ["KEN", "UGA"]


def test_convention_signed_at_a_summit_keeps_its_full_name(extract):
    record = extract("The leaders of Egypt, Sudan and Eritrea signed the Convention on the Legal Status of the "
                     "Red Sea at the summit in Jeddah on Sunday.")
    event = only(record)
    assert event.name == "Convention on the Legal Status of the Red Sea"
    assert event.countries == ["EGY", "ERI", "SDN"]
    assert event.date.start == "2025-03-09"


def test_agreement_on_opening_trade_missions(extract):
    event = only(extract("Kenya and Ethiopia signed an agreement on opening trade missions in both capitals."))
    assert event.name == "agreement on opening trade missions in both capitals"
    assert event.countries == ["ETH", "KEN"]


def test_agreeing_on_the_outlines_of_a_deal(extract):
    event = only(extract("In July, Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier "
                         "Milei agreed on the outlines of a deal on gas exports."))
    assert event.countries == ["ARG", "BRA"]
    assert event.status == "occurred"


@pytest.mark.parametrize(("text", "name", "start", "countries"), [
    ("Iranian Interior Minister Eskandar Momeni recalled the 2001 Agreement on Combating Smuggling "
     "(March 3, 2001) between Iran and Turkmenistan.", "2001 Agreement on Combating Smuggling", "2001-03-03",
     ["IRN", "TKM"]),
    ("Britain and Ireland remain committed to the 1998 peace accord.", "1998 peace accord", "1998",
     ["GBR", "IRL"]),
])
def test_older_agreement_cited_with_its_date_occurred_then(extract, text, name, start, countries):
    event = only(extract(text))
    assert event.name == name
    assert event.status == "occurred"
    assert event.date is not None and event.date.start == start
    assert event.countries == countries


def test_document_in_a_planned_package_is_planned(extract):
    record = extract("The two presidents will hold talks in Ankara on March 20. A package of documents, including "
                     "a Joint Declaration on Strategic Partnership between Turkey and Kyrgyzstan, is expected to be "
                     "signed after the talks.")
    event = only(record)
    assert event.status == "planned"
    assert event.countries == ["KGZ", "TUR"]


@pytest.mark.parametrize("text", [
    "Boeing signed a deal with Japan Airlines for 30 aircraft on Monday.",
    "The regional government in Iraq's Kurdish region has signed seven new foreign oil deals.",
    "The president urged pensioners in Texas to sign up for a new prescription drug program.",
    "Kenya and Uganda discussed a possible agreement on fishing in Lake Victoria.",
])
def test_not_a_states_agreement(extract, text):
    assert not agreements(extract(text))


def test_reached_an_agreement_at_a_summit(extract):
    record = extract("Presidents Salva Kiir of South Sudan and William Ruto of Kenya reached an agreement on "
                     "Tuesday at a summit hosted by Ugandan President Yoweri Museveni in Entebbe.")
    event = only(record)
    assert {"KEN", "SSD"} <= set(event.countries)
    summit = [e for e in record.events if e.kind == "gathering"]
    assert len(summit) == 1 and summit[0].countries == ["UGA"]
    assert summit[0].place is not None and summit[0].place.name == "Entebbe"


def test_a_treaty_prepared_for_signing_is_planned(extract):
    event = only(extract("The presidents of Kenya and Tanzania instructed their governments to prepare a package "
                         "of documents, including a treaty on border demarcation, for signing during the visit."))
    assert event.status == "planned"
    assert event.name == "treaty on border demarcation"


@pytest.mark.parametrize("text", [
    "Kenya will not ratify the accord unless Somalia first signs a separate agreement on the maritime border.",
    "He said the refusal of Eritrea to sign the border accord with Ethiopia threatened regional stability.",
    "Negotiators from Kenya and Somalia are trying to reach a new agreement on fishing rights.",
    "The ministers discussed the implementation of agreements reached at the highest level by Kenya and Uganda.",
])
def test_conditions_refusals_attempts_and_agreements_in_general_are_not_agreements(extract, text):
    assert not [e for e in extract(text).events if e.kind == "agreement" and e.status == "occurred"]


def test_a_roadmap_keeps_its_period(extract):
    event = only(extract("Following the talks, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat "
                         "Mirziyoyev signed a roadmap for 2025-2027."))
    assert event.name == "roadmap for 2025-2027"


def test_a_declaration_named_after_a_city(extract):
    record = extract("Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov met in Astana on "
                     "Monday. The two presidents adopted the Astana Declaration on strategic partnership.")
    event = only(record)
    assert event.name.startswith("Astana Declaration")
    assert event.countries == ["KAZ", "KGZ"]


def test_a_number_of_documents_signed(extract):
    record = extract("Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in "
                     "Tashkent on Monday. A number of documents were signed following the talks.")
    event = only(record)
    assert event.countries == ["KAZ", "UZB"]
    assert event.status == "occurred"
