"""'The sides recalled the agreements reached during the talks ...': a definite plural told only as
reached is what the sides agreed on, not a document signed (events/documents.py _understandings; GUIDE:
oral understandings are no agreement)."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize("text", [
    "ASTANA, 12 May (Kazinform). President Kassym-Jomart Tokayev received Minister of Foreign Affairs of Oman "
    "Badr Albusaidi at the Akorda on Tuesday, the Akorda press service reported.\n\nThe sides discussed trade, "
    "investment and transport. They recalled the agreements reached during the talks of the two heads of state "
    "in Muscat in October 2025 and discussed preparations for the next meeting of the business council.",
    "DUSHANBE, 12 May. President Emomali Rahmon met with the Minister of Foreign Affairs of Qatar Sheikh "
    "Mohammed bin Abdulrahman Al Thani on Tuesday.\n\nThe parties noted with satisfaction the implementation of "
    "the agreements reached during the state visit of the Head of State to Qatar in March 2025, including "
    "projects in energy.",
])
def test_agreements_reached_are_no_document(extract, text):
    assert agreements(extract(text)) == []
