"""An official told without a state who holds talks with a foreign official in a city serves the
city's state (extract/nationality_hosts.py): "Turkish President X held talks with Chancellor Y in
Bonn" is Germany's chancellor; a guest or a sentence naming another state keeps the other rules."""

from __future__ import annotations

from dateline.article import Article


def _record(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def test_the_host_of_talks_in_a_city_serves_its_state(extractor):
    record = _record(extractor, "Turkish President Suleyman Demirel held talks with Chancellor Helmut Kohl in "
                                "Bonn on Tuesday.")
    kohl = next(a for a in record.actors if a.name == "Helmut Kohl")
    assert kohl.country == "DEU"
    assert sorted(e.kind for e in record.events if e.countries == ["DEU", "TUR"]) == ["meeting", "visit"]


def test_the_city_of_a_protest_places_the_talks_it_accompanies(extractor):
    record = _record(extractor, "Dozens of farmers protested in Lima on Friday as the visiting Chilean "
                                "Foreign Minister Alberto van Klaveren held talks with Minister Elmer Schialer.")
    host = next(a for a in record.actors if a.name == "Elmer Schialer")
    assert host.country == "PER"


def test_a_traveller_to_the_city_keeps_no_state_of_it(extractor):
    record = _record(extractor, "Minister Elmer Schialer flew to Santiago on Monday for talks with Chilean "
                                "Foreign Minister Alberto van Klaveren.")
    traveller = next(a for a in record.actors if a.name == "Elmer Schialer")
    assert traveller.country != "CHL"


def test_a_city_of_the_topic_or_a_call_gives_no_state(extractor):
    record = _record(extractor, "Foreign Minister Abdullah Al-Yahya received a phone call from Egyptian Foreign "
                                "Minister Badr Abdelatty, during which they discussed the situation in Gaza.")
    minister = next(a for a in record.actors if a.name == "Abdullah Al-Yahya")
    assert minister.country != "PSE"


def test_the_doers_of_the_accompanying_act_place_the_talks(extractor):
    record = _record(extractor, "Thousands of supporters in Accra cheered on Friday as the visiting Togolese "
                                "President Faure Gnassingbe held talks with President John Mahama.")
    host = next(a for a in record.actors if a.name == "John Mahama")
    assert host.country == "GHA"


def test_a_city_inside_the_topic_of_the_talks_gives_no_state(extractor):
    record = _record(extractor, "Turkish Foreign Minister Hakan Fidan held talks with Minister Ahmed Attaf on "
                                "the war in Khartoum.")
    other = next(a for a in record.actors if a.name == "Ahmed Attaf")
    assert other.country != "SDN"
