"""A home official told without a state in a datelined report stays the dateline's state when the
sentence's trip word is the guest's (extract/nationality_encounters.py others_trip): "Prime Minister X
held talks with visiting Indian Foreign Minister Y", "X met visiting ...", "X met the visiting
delegation"; an official who is himself "visiting" a city is still a traveller."""

from __future__ import annotations

from dateline.article import Article


def _record(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def _country(record, name: str) -> str | None:
    return next(a for a in record.actors if a.name == name).country


def test_the_host_of_a_visiting_minister_serves_the_dateline_state(extractor):
    record = _record(extractor, "DHAKA, Oct 14 (AFP) - Prime Minister Nadia Rahman held talks with visiting "
                                "Indian Foreign Minister Arjun Mehta on Tuesday.")
    assert _country(record, "Nadia Rahman") == "BGD"
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["BGD", "IND"]


def test_met_visiting_read_as_a_verb_still_names_the_guest(extractor):
    record = _record(extractor, "NAIROBI, Oct 14 (Xinhua) - Foreign Minister Peter Otieno met visiting Ethiopian "
                                "Deputy Prime Minister Tesfaye Bekele on Tuesday.")
    assert _country(record, "Peter Otieno") == "KEN"


def test_an_official_visiting_a_city_himself_is_still_a_traveller(extractor):
    record = _record(extractor, "DHAKA, Oct 14 (AFP) - Foreign Minister Karim Uddin, visiting New Delhi, met "
                                "Indian Prime Minister Ravi Kumar on Tuesday.")
    assert _country(record, "Karim Uddin") is None
