"""A given name the gazetteer reads as a place, in a person's slot after a title or a style,
is the person's given name (dateline/extract/name_places.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def person(record: Record, name: str):
    return next((a for a in record.actors if a.kind == "person" and a.name == name), None)


def event_people(record: Record, kind: str) -> set[str]:
    event = next(e for e in record.events if e.kind == kind)
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_a_city_as_given_name_after_a_title_is_the_person(extractor):
    record = run(extractor, "ASUNCION, Oct. 13 - Paraguayan President Santiago Pena received Uruguayan "
                            "President Yamandu Orsi at the Lopez Palace on Monday. Pena said the two "
                            "countries would build a second bridge over the river.")
    pena = person(record, "Santiago Pena")
    assert pena is not None and pena.title == "President" and pena.country == "PRY"
    assert not any(a.kind == "person" and a.name == "Pena" for a in record.actors)
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["PRY", "URY"]  # not Chile, whose capital the given name is
    assert event_people(record, "meeting") == {"Santiago Pena", "Yamandu Orsi"}


def test_other_city_given_names(extractor):
    record = run(extractor, "Kenyan Cabinet Secretary Florence Wanjiru met Ugandan State Minister Victoria "
                            "Nakato in Kampala on Tuesday to discuss cross-border trade.")
    florence, victoria = person(record, "Florence Wanjiru"), person(record, "Victoria Nakato")
    assert florence is not None and florence.country == "KEN" and florence.title == "Cabinet Secretary"
    assert victoria is not None and victoria.country == "UGA"
    assert next(e for e in record.events if e.kind == "meeting").countries == ["KEN", "UGA"]


def test_a_country_as_given_name_when_the_title_already_has_its_state(extractor):
    record = run(extractor, "Israeli Defense Minister Israel Katz met his Greek counterpart Nikos Dendias "
                            "in Athens on Wednesday.")
    katz = person(record, "Israel Katz")
    assert katz is not None and katz.title == "Defense Minister" and katz.country == "ISR"
    assert event_people(record, "meeting") == {"Israel Katz", "Nikos Dendias"}


def test_a_place_after_a_title_that_opens_no_name_stays_a_place(extractor):
    record = run(extractor, "The foreign minister arrived in Santiago on Monday. Peruvian Foreign Minister "
                            "Elmer Schialer met the Chilean President in Santiago.")
    assert {a.name for a in record.actors if a.kind == "person"} == {"Elmer Schialer"}
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.place is not None and meeting.place.country == "CHL"


def test_a_country_as_given_name_after_a_bare_title_when_the_name_closes_on_the_verb(extractor):
    """'Deputy Foreign Minister Georgia X met': a country's name after a title with no state, the
    name words after it unknown to the gazetteer and closed by the clause's verb."""
    record = run(extractor, "TBILISI, 14 Oct (Interpressnews) - Deputy Foreign Minister Georgia Mikautadze "
                            "received the Ambassador of Lithuania, Andrius Kalindra, on Monday.")
    given = person(record, "Georgia Mikautadze")
    assert given is not None and given.title == "Deputy Foreign Minister" and given.country == "GEO"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("MANILA, Oct 14 (PNA) - Philippine Foreign Secretary Enrique Manalo hosted Paris Haddad, Lebanon's deputy "
     "minister of economy, at the DFA on Tuesday.", "Paris Haddad", "LBN"),
    ("BAKU, Azerbaijan, Oct 14. President Ilham Aliyev received Israel Lotan, the Minister of Tourism of "
     "Israel, on Tuesday, Trend reports.", "Israel Lotan", "ISR"),
    ("NAIROBI, Oct 14 (KNA) - Jordan Wekesa, the Cabinet Secretary for Trade, met a Ugandan delegation "
     "in Nairobi on Tuesday.", "Jordan Wekesa", "KEN"),
])
def test_a_place_as_given_name_before_an_apposed_title(extractor, text, name, country):
    """Outside a title's slot, a place, name words and a comma opening a title's apposition: a person."""
    record = run(extractor, text)
    found = person(record, name)
    assert found is not None and found.title and found.country == country, \
        [(a.name, a.title, a.country) for a in record.actors if a.kind == "person"]


def test_a_place_before_a_comma_and_no_title_stays_a_place(extractor):
    record = run(extractor, "BAKU, Azerbaijan, Oct 14. Foreign Minister Jeyhun Bayramov will visit Paris "
                            "next week, the ministry said.")
    assert {a.name for a in record.actors if a.kind == "person"} == {"Jeyhun Bayramov"}
