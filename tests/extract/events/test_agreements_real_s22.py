"""Agreements on real copy, session 22 (issue 14, item 5): a document demanded or striven for is none
("demanded that X sign a peace accord", "efforts to reach a peace agreement"), while one its own participle
tells concluded stays whatever is urged about it; the capitals a concluding participle's by-phrase names
are the document's states ("a 1992 agreement signed by Moscow and Dushanbe")."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize("text", [
    "Opposition lawmakers demanded that Guyana sign a fisheries accord with Suriname.",
    "Farmers' unions insisted that Paraguay conclude a water-sharing deal with Bolivia this year.",
])
def test_demanded_document_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Moscow demanded that Kyiv implement the agreements signed in Minsk in 2015.",
    "The envoy urged Serbia to respect the accord signed with Kosovo in Brussels in 2013.",
])
def test_document_concluded_by_its_own_participle_stays_under_a_demand(extract, text):
    assert len(agreements(extract(text))) == 1


@pytest.mark.parametrize(("text", "countries"), [
    ("About 7,000 Russian border guards patrol the Tajik-Afghan frontier under a 1992 agreement signed by "
     "Moscow and Dushanbe to curb smuggling from Afghanistan.", ["RUS", "TJK"]),
    ("Fishing boats from Turkey keep away from the Libyan coast under the 2019 accord reached by Ankara "
     "and Tripoli.", ["LBY", "TUR"]),
])
def test_capitals_that_signed_are_the_documents_states(extract, text, countries):
    assert [e.countries for e in agreements(extract(text))] == [countries]


@pytest.mark.parametrize("text", [
    "Mediators pressed on with their efforts to reach a peace agreement between Ethiopia and Eritrea.",
    "In a bid to seal a trade deal with Japan, Vietnam cut tariffs on beef on Monday.",
])
def test_document_striven_for_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Hundreds of people rallied in Bratislava on Saturday against the signing of a Slovak-Hungarian "
    "border treaty due to take place on Sunday in Vienna.",
    "Officials in Riga were busy with the upcoming signing of the accord between Latvia and Estonia.",
])
def test_signing_noun_with_its_own_schedule_is_planned(extract, text):
    assert [e.status for e in agreements(extract(text))] == ["planned"]


def test_document_signed_under_which_something_will_be_done_stays_occurred(extract):
    # the relative clause tells what the sides will do under the document, not that it is still to sign
    text = ("The central banks of Chile and Peru signed a memorandum on payment systems on Monday, under "
            "which they will exchange data on cross-border transfers.")
    assert [e.status for e in agreements(extract(text))] == ["occurred"]


def test_signing_noun_told_as_past_stays_occurred(extract):
    text = "The signing of the treaty between Peru and Ecuador, which took place in Brasilia in 1998, ended the war."
    assert [e.status for e in agreements(extract(text))] == ["occurred"]


@pytest.mark.parametrize(("text", "countries"), [
    ("Zambia secured a $1.3 billion bailout deal with the International Monetary Fund on Wednesday.", ["IMF", "ZMB"]),
    ("Kenya secured an agreement with Uganda on the route of the oil pipeline on Tuesday.", ["KEN", "UGA"]),
])
def test_secured_document_is_an_agreement(extract, text, countries):
    assert [e.countries for e in agreements(extract(text))] == [countries]


def test_document_on_the_topic_of_the_concluded_one_is_no_second_agreement(extract):
    text = "Egypt reached a staff-level agreement with the IMF on a $1.2 billion loan programme on Monday."
    assert [e.countries for e in agreements(extract(text))] == [["EGY", "IMF"]]


def test_document_agreed_on_by_itself_stays_an_agreement(extract):
    text = "Chad and Sudan agreed on a border security programme in N'Djamena on Monday."
    assert [e.countries for e in agreements(extract(text))] == [["SDN", "TCD"]]


def test_document_whose_outlines_are_a_chance_is_no_agreement(extract):
    text = ("Negotiators said the talks in Geneva were the last chance to secure the broad outlines of a fisheries "
            "treaty between Norway and Iceland before the winter.")
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("The water accord, which Syria and Iraq signed in Damascus on Monday, covers the Euphrates.",
     ["IRQ", "SYR"], "occurred"),
    ("The transit agreement that Nepal and Bangladesh signed in Dhaka last week will take effect in June.",
     ["BGD", "NPL"], "occurred"),
    ("The water accord, which Syria and Iraq will sign in Damascus next week, covers the Euphrates.",
     ["IRQ", "SYR"], "planned"),
])
def test_relative_clause_whose_object_is_the_document_names_its_signers(extract, text, countries, status):
    assert [(e.countries, e.status) for e in agreements(extract(text))] == [(countries, status)]


@pytest.mark.parametrize(("text", "countries"), [
    ("Tunisia signed an agreement on military cooperation with Algeria on Tuesday.", ["DZA", "TUN"]),
    ("Moldova signed a memorandum on the supply of electricity with Romania in Chisinau on Monday.", ["MDA", "ROU"]),
    ("Chile and Peru signed an agreement on fishing cooperation with Ecuador as an observer.", ["CHL", "PER"]),
])
def test_partner_hung_on_the_documents_topic_is_its_side(extract, text, countries):
    assert [e.countries for e in agreements(extract(text))] == [countries]


def test_counted_set_told_one_by_one_next_is_those_documents(extract):
    record = extract("Malaysia and Brunei signed two agreements during the visit of the Sultan of Brunei to "
                     "Kuala Lumpur on Monday. An agreement on border demarcation was signed by the two foreign "
                     "ministers, and a memorandum on halal certification by the trade ministers.")
    assert sorted(e.name or "" for e in agreements(record)) == [
        "agreement on border demarcation", "memorandum on halal certification"]
