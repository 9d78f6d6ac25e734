"""A stay told by where an official spoke, in a participle set off by commas (events/passing.py;
issue 14): "X, speaking in Astana on Monday, said ..." is X's visit to Kazakhstan, as "Speaking in
Astana, X said" is; an official speaking at home, or a body with no named official, tells none."""

from __future__ import annotations

PUBLISHED = "2025-04-08"


def _visits(record):
    return [e for e in record.events if e.kind == "visit"]


def test_a_foreign_minister_speaking_in_a_capital(extract):
    record = extract(
        "Turkish Foreign Minister Hakan Fidan, speaking in Astana on Monday, said Ankara wants stronger "
        "transport links with Central Asia.")
    (visit,) = _visits(record)
    assert visit.countries == ["KAZ", "TUR"]
    assert visit.persons == ["Hakan Fidan"]
    assert visit.place is not None and visit.place.name == "Astana"


def test_an_agency_report_with_the_participle(extract):
    record = extract(
        "BAKU, 8 April (APA) -- Hungarian Foreign Minister Peter Szijjarto, speaking in Baku on Tuesday, "
        "said gas supplies through the Southern Gas Corridor would grow next year.\n\n"
        "The minister also praised the level of political dialogue between the two countries.")
    visits = _visits(record)
    assert [v.countries for v in visits] == [["AZE", "HUN"]]
    assert visits[0].persons == ["Peter Szijjarto"]


def test_at_home_or_no_named_official_is_no_visit(extract):
    for text in ("Kazakh President Kassym-Jomart Tokayev, speaking in Astana on Monday, said the country "
                 "wants stronger links.",
                 "The Russian delegation, speaking in Geneva, said the talks had failed."):
        assert _visits(extract(text)) == [], text
