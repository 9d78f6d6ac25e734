"""Talks told only by what the two sides did (events/sides_talked.py; issue 14, items 1 and 4):
"X and his Hungarian counterpart Y have discussed ...", "the prime ministers of A and B, X and Y,
agreed ...", "the sides discussed ..." in a visit's story make a meeting of the two sides; a report
of a call keeps its call; talks already told are not told twice; one side alone is no cue."""

from __future__ import annotations

PUBLISHED = "2025-03-04"


def _meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_two_named_officials_who_discussed(extract):
    record = extract(
        "BAKU, March 3 (AZERTAC) -- Azerbaijani Foreign Minister Jeyhun Bayramov and his Hungarian "
        "counterpart Peter Szijjarto have discussed energy cooperation and the Middle Corridor.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.persons) == ["Jeyhun Bayramov", "Peter Szijjarto"]
    assert sorted(meeting.countries) == ["AZE", "HUN"]
    assert meeting.place is not None and meeting.place.name == "Baku"
    assert meeting.status == "occurred"


def test_coordinated_presidents_before_the_verb(extract):
    record = extract(
        "CAIRO, March 3 (MENA) -- Egyptian President Abdel Fattah al-Sisi and Kenyan President William Ruto "
        "discussed on Monday ways to boost trade and investment.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.persons) == ["Abdel Fattah al-Sisi", "William Ruto"]
    assert sorted(meeting.countries) == ["EGY", "KEN"]


def test_the_ministers_of_two_states_named_in_apposition(extract):
    record = extract(
        "TASHKENT, March 4 (UzA) -- The Ministers of Foreign Affairs of Uzbekistan and Turkmenistan, "
        "Bakhtiyor Saidov and Rashid Meredov, discussed on Tuesday the agenda of the intergovernmental "
        "commission.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.persons) == ["Bakhtiyor Saidov", "Rashid Meredov"]
    assert sorted(meeting.countries) == ["TKM", "UZB"]


def test_the_sides_in_a_visit_story_are_its_talks(extract):
    record = extract(
        "ULAANBAATAR, March 4 (Montsame) -- Lao Justice Minister Phaivy Siboualipha arrived in Ulaanbaatar "
        "on Monday at the invitation of his Mongolian counterpart Khishgeegiin Nyambaatar. The sides "
        "discussed the training of judges and agreed to exchange delegations.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.persons) == ["Khishgeegiin Nyambaatar", "Phaivy Siboualipha"]
    assert meeting.place is not None and meeting.place.country == "MNG" and meeting.place.name != "Mongolia"


def test_talks_told_then_discussed_are_one_meeting(extract):
    record = extract(
        "ASTANA, 3 March (Kazinform) -- Kazakh President Kassym-Jomart Tokayev held talks with Hungarian "
        "Prime Minister Viktor Orban in Astana on Monday. The two leaders discussed energy and transport. "
        "The sides agreed to expand cooperation in agriculture.")
    assert len(_meetings(record)) == 1


def test_a_call_discussed_and_agreed_stays_a_call(extract):
    record = extract(
        "BAKU, March 3 (AZERTAC) -- Azerbaijani President Ilham Aliyev had a phone conversation with Turkish "
        "President Recep Tayyip Erdogan on Monday. The two leaders discussed regional issues and agreed to "
        "meet soon.")
    assert [e.kind for e in record.events] == ["call"]


def test_one_side_alone_is_no_talks(extract):
    record = extract(
        "ANKARA, March 3 (Anadolu) -- Turkish Foreign Minister Hakan Fidan discussed the Gaza ceasefire with "
        "reporters on Monday. The ministers of the European Union agreed last week to extend sanctions.")
    assert _meetings(record) == []
