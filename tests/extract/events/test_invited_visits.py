"""The invitation a visit is paid at names its inviter and its visitors, no one else
(events/invited_visits.py): not the official who received the guest in the same sentence, nor the
one who tells of it."""

from __future__ import annotations

import pytest
from event_views import first, people

from dateline.article import Article

INVITED = [  # (text, published, the invitation's people)
    ("YEREVAN, February 10 (Armenpress). Prime Minister Nikol Pashinyan received the delegation led by Speaker of "
     "the Saeima of Latvia Daiga Mierina, who is in Armenia on an official visit on February 9-11 at the "
     "invitation of President of the National Assembly Alen Simonyan, the Office of the Prime Minister reported.",
     "2026-02-10", {"Daiga Mierina", "Alen Simonyan"}),
    ("PHNOM PENH, June 2 (AKP) - Prime Minister Hun Manet on Tuesday received the Thai minister, who is on an "
     "official visit to Cambodia at the invitation of his Cambodian counterpart, Minister of Commerce Cham Nimul.",
     "2026-06-02", {"Cham Nimul"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), INVITED)
def test_an_invitation_a_visit_is_paid_at(extractor, text, published, expected):
    record = extractor.extract(Article(text=text, id="t", published=published))
    assert people(record, first(record, "invitation")) == expected
