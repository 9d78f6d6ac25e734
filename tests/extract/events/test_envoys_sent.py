"""A visit told by who sent the traveller (filter.py, sending_verbs; issue 14): "X dispatched his
intelligence chief to Damascus", "sent a government delegation to Dushanbe" is a visit of the sender's
state to the destination; troops, aid, a letter or an envoy sent "to the region" make no visit."""

from __future__ import annotations

PUBLISHED = "2025-03-10"


def _visits(record):
    return [e for e in record.events if e.kind == "visit"]


def test_an_official_dispatched_to_a_capital(extract):
    record = extract(
        "CAIRO, March 9 (MENA) -- Egyptian President Abdel Fattah el-Sisi dispatched his intelligence chief "
        "to Damascus on Sunday, in a move to ease tensions between Syria and Lebanon.")
    (visit,) = _visits(record)
    assert visit.countries == ["EGY", "SYR"]
    assert visit.place is not None and visit.place.name == "Damascus"
    assert visit.status == "occurred"


def test_a_delegation_sent_in_an_agency_report(extract):
    record = extract(
        "TASHKENT, 9 March (UzA) -- Uzbekistan sent a government delegation to Dushanbe on Monday for "
        "consultations on water sharing in the Syr Darya basin.\n\n"
        "The delegation is headed by the Minister of Water Resources, the ministry said.")
    visits = _visits(record)
    assert [v.countries for v in visits] == [["TJK", "UZB"]]
    assert visits[0].place is not None and visits[0].place.country == "TJK"


def test_an_envoy_to_be_sent_is_planned(extract):
    record = extract(
        "ASTANA, 9 March (Kazinform) -- President Kassym-Jomart Tokayev will send his special envoy to "
        "Bishkek next week to discuss the border.")
    (visit,) = _visits(record)
    assert visit.countries == ["KAZ", "KGZ"]
    assert visit.status == "planned"


def test_troops_aid_letters_or_the_region_are_no_visit(extract):
    for text in ("Turkey sent troops to northern Syria on Monday.",
                 "Japan will send emergency aid to Myanmar after the earthquake.",
                 "The Kazakh president sent a letter to his Kyrgyz counterpart on Monday.",
                 "The president said he is sending his foreign minister to the region next week."):
        assert _visits(extract(text)) == [], text
