"""The state an official acts on or talks with is not his (nationality_encounters.py ``other_party``).

The one country a sentence names goes to its one official without a state ("Iraqi officials say
President X ..."), but not when the official, as the subject, thanks it, meets it or talks with or
about it: that state is the other party.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _country(extractor, text: str, name: str) -> str | None:
    record = extractor.extract(Article(text=text, id="t", published="2025-03-11"))
    return next(a.country for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize("text", [
    "Foreign Minister Tomas Lindqvist thanked Iran for its support during the evacuation.",
    "Prime Minister Tomas Lindqvist discussed trade and energy with Kenya on Tuesday.",
    "Defence Minister Tomas Lindqvist spoke about Ukraine at the conference.",
])
def test_the_other_party_is_not_the_officials_state(extractor, text):
    assert _country(extractor, text, "Tomas Lindqvist") is None


def test_the_state_reporting_its_official_still_is_his(extractor):
    text = "Kenyan officials say President Samuel Otieno will travel to Paris next week."
    assert _country(extractor, text, "Samuel Otieno") == "KEN"


@pytest.mark.parametrize("text", [
    "VILNIUS, 2 May (ELTA) -- Outgoing President Tomas Lindqvist met the Polish ambassador Piotr Lukasik. "
    "Lindqvist thanked Poland for its support.",
    "VILNIUS, 2 May (ELTA) -- Defence Minister Tomas Lindqvist opened the exhibition on Friday. Lindqvist "
    "discussed drones with Latvia later in the day.",
])
def test_the_other_party_of_a_later_surname_is_not_his_state(extractor, text):
    """The same person named again by his surname thanks or talks with the other party."""
    assert _country(extractor, text, "Tomas Lindqvist") == "LTU"
