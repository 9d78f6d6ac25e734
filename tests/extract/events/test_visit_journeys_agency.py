"""Journeys in agency copy that are no visit of their own, and calls told again as separate.

"During the visit, the guest will travel to the
Karabakh region": a part of the visit told, whoever the parse makes the traveller; "The visit
continues tomorrow with a visit to the Ahal velayat": a part whose host the text leaves to the visit
(events/retold.py framed_parts). "In a separate call, X discussed with Y": a call of its own
(events/cues.py); "a telephonic conversation" is a call (South Asian wire copy)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-21"


def _visits(record):
    return [e for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize("text", [
    "BAKU, Azerbaijan, May 20. Kazakh President Kassym-Jomart Tokayev arrived in Baku on a state visit on "
    "Wednesday. Within the framework of the visit, the guest is also expected to travel to the Karabakh region on "
    "May 21, where he will see the reconstruction of the city of Shusha.",
    "Ashgabat, 21 May (TDH). Kyrgyz President Sadyr Japarov arrived in Ashgabat on a state visit on Wednesday. "
    "The visit of the President of Kyrgyzstan continues tomorrow with a visit to the Ahal velayat, where the two "
    "leaders will open a new gas compressor station.",
])
def test_a_journey_within_a_visit_is_that_visit(extract, text):
    [visit] = _visits(extract(text))
    assert len(visit.countries) == 2


def test_a_separate_call_is_a_call_of_its_own(extract):
    record = extract(
        "ABU DHABI, 21st October, 2026 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
        "Affairs, received a phone call from Polish Foreign Minister Radoslaw Sikorski. During the call, the two "
        "sides discussed bilateral relations.\n\nIn a separate call, H.H. Sheikh Abdullah bin Zayed discussed with "
        "Jordanian Foreign Minister Ayman Safadi the latest developments in the region.")
    calls = sorted(e.countries for e in record.events if e.kind == "call")
    assert calls == [["ARE", "JOR"], ["ARE", "POL"]]


def test_a_second_call_for_calm_is_no_call(extract):
    record = extract("CAIRO, Aug 4 (MENA) - Egyptian President Abdel Fattah El-Sisi made a second call for calm in "
                     "Sudan on Sunday, urging the warring parties to return to talks.")
    assert not [e for e in record.events if e.kind == "call"]


def test_a_telephonic_conversation_is_a_call(extract):
    record = extract("ISLAMABAD, May 20 (APP): Prime Minister Shehbaz Sharif and Azerbaijani President Ilham Aliyev "
                     "had a telephonic conversation on Wednesday, exchanging views on regional connectivity.")
    [call] = [e for e in record.events if e.kind == "call"]
    assert call.countries == ["AZE", "PAK"]
