"""A document placed only in a country is signed in the city of its states' engagement there only
when both are of one period (events/signings.py): the agreements reached during a visit two years
ago are not signed at today's talks in the capital."""

from __future__ import annotations

PUBLISHED = "2026-03-05"


def test_agreements_of_a_past_visit_are_not_placed_at_todays_talks(extract):
    record = extract(
        "ASTANA, 5 March (Kazinform) -- Kazakh Deputy Prime Minister - Minister of Foreign Affairs Murat Nurtleu "
        "held talks with Foreign Minister of Oman Badr Albusaidi in Astana.\n\nParticular attention was paid to "
        "the implementation of the agreements reached during the visit of the Sultan of Oman to Kazakhstan in "
        "May 2024.")
    past = [e for e in record.events if e.kind == "agreement"]
    assert past == []  # what was agreed then, not a document (test_reached_understandings.py)
    talks = next(e for e in record.events if e.kind == "meeting")
    assert talks.place is not None and talks.place.name == "Astana"


def test_documents_signed_during_todays_visit_are_in_its_city(extract):
    record = extract(
        "ASTANA, 5 March (Kazinform) -- Omani Foreign Minister Badr Albusaidi held talks with his Kazakh "
        "counterpart Murat Nurtleu in Astana on Thursday. During the visit to Kazakhstan, the two ministers "
        "signed an agreement on visa exemption.", "2026-03-06")
    signed = next(e for e in record.events if e.kind == "agreement")
    assert signed.place is not None and signed.place.country == "KAZ"
