"""A host meets several guests; a later sentence tells one of those meetings again ('In the meeting
with B', 'The talks with the Prime Minister of C') or what 'the leaders' did at it: the host's
talks with that guest, not talks of two guests (events/counterpart_talks.py,
events/plural_officials.py)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-14"

LEAD = ("DUSHANBE, 14.05.2026 /NIAT Khovar/. President of the Republic of Tajikistan Emomali Rahmon on 14 May "
        "met with the President of the Republic of Estonia Alar Karis and the Prime Minister of Georgia Irakli "
        "Kobakhidze.\n\n")

AGAIN = [
    pytest.param(
        LEAD + "The talks with the President of Estonia, who is in Tajikistan on his first visit, covered cooperation "
        "in digital services. The leaders attended the signing of a Memorandum of Understanding between the two "
        "countries' statistics agencies.\n\nIn the meeting with Irakli Kobakhidze, the sides noted the "
        "importance of direct air links.",
        id="in-the-meeting-with-after-a-visit"),
    pytest.param(
        LEAD + "The President of Estonia, who arrived in Dushanbe on Wednesday on an official visit, discussed "
        "digital services with his host.\n\nDuring the talks with Irakli Kobakhidze, the parties noted the "
        "importance of direct air links.",
        id="during-the-talks-with-after-an-arrival"),
]


@pytest.mark.parametrize("text", AGAIN)
def test_each_guest_met_the_host_only(extract, text):
    talks = [e for e in extract(text).events if e.kind in {"meeting", "multilateral"}]
    assert sorted(sorted(e.persons) for e in talks) == [
        ["Alar Karis", "Emomali Rahmon"], ["Emomali Rahmon", "Irakli Kobakhidze"]]


LEADERS = [
    pytest.param(
        LEAD + "The talks with the President of Estonia covered energy. The leaders attended the signing of a "
        "memorandum of understanding between the two countries' customs services.",
        ["Alar Karis", "Emomali Rahmon"], id="the-leaders-attended"),
    pytest.param(
        "BAKU, Azerbaijan, May 14. President Ilham Aliyev on Thursday met with President of Latvia Edgars "
        "Rinkevics and President of Moldova Maia Sandu in separate meetings. The conversation with the Moldovan "
        "President dealt with energy. The two presidents then signed a joint declaration on strategic "
        "partnership.",
        ["Ilham Aliyev", "Maia Sandu"], id="the-two-presidents-signed"),
]


@pytest.mark.parametrize(("text", "persons"), LEADERS)
def test_the_leaders_are_the_host_and_the_guest_told_last(extract, text, persons):
    agreement = next(e for e in extract(text).events if e.kind == "agreement")
    assert sorted(agreement.persons) == persons
