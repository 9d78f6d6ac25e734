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
    """The talking verbs tell the call again; 'agreed to meet soon' is the planned meeting (the guide)."""
    record = extract(
        "BAKU, March 3 (AZERTAC) -- Azerbaijani President Ilham Aliyev had a phone conversation with Turkish "
        "President Recep Tayyip Erdogan on Monday. The two leaders discussed regional issues and agreed to "
        "meet soon.")
    assert sorted((e.kind, e.status) for e in record.events) == [("call", "occurred"), ("meeting", "planned")]


def test_one_side_alone_is_no_talks(extract):
    record = extract(
        "ANKARA, March 3 (Anadolu) -- Turkish Foreign Minister Hakan Fidan discussed the Gaza ceasefire with "
        "reporters on Monday. The ministers of the European Union agreed last week to extend sanctions.")
    assert _meetings(record) == []


def test_an_agreement_on_the_next_round_is_that_round_only(extract):
    """'The sides agreed to hold the next round of consultations': the planned round, not other talks."""
    record = extract(
        "BAKU, May 8 (AZERTAC) -- Azerbaijani Foreign Minister Jeyhun Bayramov held a video call with his "
        "Omani counterpart Badr Albusaidi. The sides also agreed to hold the next round of political "
        "consultations in Muscat.", "2025-05-08")
    kinds = sorted((e.kind, e.status) for e in record.events)
    assert kinds == [("call", "occurred"), ("meeting", "planned")]


def test_what_an_official_told_a_foreign_official(extract):
    record = extract(
        "ANKARA, March 4 (Anadolu) -- Japanese Deputy Foreign Minister Kenji Saito told Turkish Foreign "
        "Minister Hakan Fidan on Monday that Tokyo would keep funding the bridge project.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.persons) == ["Hakan Fidan", "Kenji Saito"]
    assert sorted(meeting.countries) == ["JPN", "TUR"]


def test_told_by_phone_is_a_call(extract):
    record = extract(
        "French President Emmanuel Macron told U.S. President Donald Trump by phone on Monday that the "
        "ceasefire must hold.")
    assert [(e.kind, sorted(e.countries)) for e in record.events] == [("call", ["FRA", "USA"])]


def test_told_reporters_is_no_talks(extract):
    record = extract("Turkish Foreign Minister Hakan Fidan told reporters in Ankara on Monday that the "
                     "talks with Syria would resume.")
    assert _meetings(record) == [] or all("Hakan Fidan" not in m.persons or len(m.persons) == 1
                                          for m in _meetings(record))
