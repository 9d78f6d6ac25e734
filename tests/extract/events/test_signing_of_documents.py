"""'witnessed the signing of more than 20 cooperation documents': a signing whose documents are named
by a word that is no document cue of its own is one agreement of the talks' parties (events/act_cues.py;
one signing occasion is one agreement, however many documents it counts)."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-05-14"


def test_documents_signed_after_talks_are_the_talks_parties_agreement(extract):
    record = extract(
        "BEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping held talks with Serbian President "
        "Aleksandar Vucic in Beijing on Tuesday.\n\nAfter the talks, the two heads of state witnessed the "
        "signing of more than 20 cooperation documents in areas including trade, infrastructure and culture.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["CHN", "SRB"]
    assert people(record, agreement) == {"Xi Jinping", "Aleksandar Vucic"}
    assert agreement.status == "occurred"
    assert agreement.date is not None and agreement.date.start == "2025-05-13"
    assert agreement.place is not None and agreement.place.country == "CHN"


def test_a_package_of_documents_signed_at_a_commission(extract):
    record = extract(
        "TASHKENT, May 13 (Dunyo) -- The fifth meeting of the Uzbek-Turkmen intergovernmental commission was "
        "held in Tashkent on Tuesday. It was co-chaired by Uzbek Deputy Prime Minister Jamshid Khodjaev and "
        "Turkmen Deputy Prime Minister Batyr Amanov. The meeting ended with the signing of a package of documents.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["TKM", "UZB"]
    assert agreement.status == "occurred"


def test_the_signing_of_documents_planned_for_a_visit(extract):
    record = extract(
        "ASHGABAT, May 13 (TDH) -- Preparations are under way for the state visit of Mongolian President "
        "Ukhnaagiin Khurelsukh to Turkmenistan on May 20-21. The signing of a number of documents is "
        "expected during the visit.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["MNG", "TKM"]
    assert agreement.status == "planned"
